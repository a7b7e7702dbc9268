"""Same-event comparisons (analysis.framing: group_stories ... compare_within_stories) and the
over-time figure, against values worked out by hand on toy corpora with known stories.

Toy corpus (hand-made embeddings, so grouping is checked without the encoder): three outlets
A, B, C and three stories --

* story "bridge" (2022-10-08..10): a1 (A), b1 (B), c1 (C);
* story "grain" (2022-07-22..23): a2 (A), b2 (B) -- C did not cover it;
* story "swap-september" (2022-09-21): a3 (A), c3 (C), with the *same* embedding direction as
  "swap-june" (2022-06-29): b4 (B) -- only the date window separates them.
"""

from __future__ import annotations

import math
from itertools import product

import numpy as np
import pandas as pd
import pytest

from analysis import framing, plots

DIM = 8
# doc_id, source, story direction, published
DOCS = [
    ("a1", "A", 0, "2022-10-08"),
    ("a2", "A", 1, "2022-07-22"),
    ("a3", "A", 2, "2022-09-21"),
    ("b1", "B", 0, "Sat, 08 Oct 2022 10:00:00 +0000"),
    ("b2", "B", 1, "2022-07-23T08:00:00+02:00"),
    ("b4", "B", 2, "2022-06-29"),
    ("c1", "C", 0, "2022-10-10"),
    ("c3", "C", 2, "2022-09-21"),
]
TRUTH = {"a1": "bridge", "b1": "bridge", "c1": "bridge", "a2": "grain", "b2": "grain",
         "a3": "swap-sep", "c3": "swap-sep", "b4": "swap-jun"}


def toy_articles() -> pd.DataFrame:
    return pd.DataFrame([{"doc_id": d, "source": s, "title": f"Title {d}", "published": p}
                         for d, s, _, p in DOCS])


def toy_sentences() -> pd.DataFrame:
    rows = []
    for doc_id, source, direction, _ in DOCS:
        words = ["bridge kerch explosion", "grain ships istanbul", "prisoners swap azovstal"][
            direction]
        for i in range(3):
            rows.append({"doc_id": doc_id, "source": source, "sentence_id": i,
                         "kind": "sentence", "text": f"Sentence {i} about {words}.",
                         "is_quote": False, "speaker": "", "speaker_camp": ""})
    return pd.DataFrame(rows)


def toy_embeddings(noise: float = 0.02, seed: int = 1) -> np.ndarray:
    """One row per article in doc_id order: the story's axis plus a little noise."""
    rng = np.random.default_rng(seed)
    rows = []
    for doc_id, _, direction, _ in sorted(DOCS):
        v = np.zeros(DIM)
        v[direction] = 1.0
        rows.append(v + rng.normal(0, noise, DIM))
    return np.array(rows)


def partition(stories: pd.DataFrame) -> set[frozenset[str]]:
    return {frozenset(g["doc_id"]) for _, g in stories.groupby("story")}


def truth_partition() -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for doc, story in TRUTH.items():
        groups.setdefault(story, set()).add(doc)
    return {frozenset(g) for g in groups.values()}


# ---------------------------------------------------------------------------
# grouping
# ---------------------------------------------------------------------------


def test_group_stories_recovers_the_known_stories():
    stories = framing.group_stories(toy_articles(), toy_sentences(),
                                    embeddings=toy_embeddings())
    assert partition(stories) == truth_partition()
    # numbered by first date: June swap, grain deal, September swap, bridge
    first = stories.groupby("story")["doc_id"].apply(lambda d: sorted(d)[0]).to_dict()
    assert first == {1: "b4", 2: "a2", 3: "a3", 4: "a1"}
    assert list(stories.columns) == ["doc_id", "source", "story", "title", "date", "text"]
    assert stories.loc[stories["doc_id"] == "b2", "date"].iloc[0] == pd.Timestamp(
        "2022-07-23 06:00", tz="UTC")
    assert stories.loc[stories["doc_id"] == "a1", "text"].iloc[0].startswith(
        "Title a1. Sentence 0 about bridge")


def test_without_the_date_window_the_two_swaps_merge():
    stories = framing.group_stories(toy_articles(), toy_sentences(),
                                    embeddings=toy_embeddings(), window_days=None)
    assert frozenset({"a3", "c3", "b4"}) in partition(stories)
    assert stories["story"].nunique() == 3


def test_undated_articles_are_grouped_by_text_alone():
    articles = toy_articles()
    articles.loc[articles["doc_id"] == "c1", "published"] = ""
    stories = framing.group_stories(articles, toy_sentences(), embeddings=toy_embeddings())
    assert partition(stories) == truth_partition()
    assert stories.loc[stories["doc_id"] == "c1", "date"].isna().all()


def test_grouping_is_tolerant_to_float_noise():
    base = toy_embeddings(noise=0.15)  # stories closer to the threshold than above
    want = framing.group_stories(toy_articles(), toy_sentences(), embeddings=base)
    rng = np.random.default_rng(7)
    for _ in range(20):
        noisy = base + rng.uniform(-4e-6, 4e-6, base.shape)
        got = framing.group_stories(toy_articles(), toy_sentences(), embeddings=noisy)
        pd.testing.assert_frame_equal(got, want)


def test_story_distances_by_hand():
    e = np.array([[1.0, 0.0], [0.6, 0.8], [0.0, 1.0]])
    d = framing.story_distances(e, ["2022-01-01", "2022-01-05", "2022-01-20"], window_days=7)
    # cosine distances 1 - 0.6 = 0.4 and 1 - 0.8 = 0.2; 0/2 and 1/2 are 19 and 15 days apart
    assert d[0, 1] == pytest.approx(0.4) and d[1, 2] > 2 and d[0, 2] > 2
    d = framing.story_distances(e, None)
    assert d[0, 2] == pytest.approx(1.0) and d[1, 2] == pytest.approx(0.2)
    assert np.allclose(d, d.T) and (np.diag(d) == 0).all()


def test_group_stories_edge_cases():
    one = framing.group_stories(toy_articles().iloc[:1], toy_sentences().iloc[:3],
                                embeddings=np.ones((1, DIM)))
    assert one["story"].tolist() == [1]
    with pytest.raises(ValueError, match="one row per article"):
        framing.group_stories(toy_articles(), toy_sentences(), embeddings=np.ones((3, DIM)))


def test_story_table():
    stories = framing.group_stories(toy_articles(), toy_sentences(),
                                    embeddings=toy_embeddings())
    table = framing.story_table(stories, top_k=3)
    assert table["story"].tolist() == [1, 2, 3, 4]
    assert table["n_articles"].tolist() == [1, 2, 2, 3]
    assert table["outlets"].tolist() == ["B", "A, B", "A, C", "A, B, C"]
    assert table[["first_date", "last_date"]].values.tolist() == [
        ["2022-06-29", "2022-06-29"], ["2022-07-22", "2022-07-23"],
        ["2022-09-21", "2022-09-21"], ["2022-10-08", "2022-10-10"]]
    # words shared by all stories ("sentence", "title") weigh less than each story's own
    assert set(table.loc[3, "top_terms"].split(", ")) <= {
        "bridge", "kerch", "explosion", "bridge kerch", "kerch explosion"}
    assert "grain" in table.loc[1, "top_terms"]


def test_group_stories_with_the_encoder_on_a_synthetic_corpus():
    from analysis.corpus import load_corpus
    from analysis.segment import segment_corpus
    from analysis.synth import SentencePool, generate

    pool = SentencePool(newsmtsc=[("Officials said Trump spoke on Tuesday.", 14, 19),
                                  ("The meeting with Trump lasted an hour.", 17, 22)],
                        seeds=[], actor_forms=["Russia", "Ukraine", "Zelenskyy"])
    table = generate(24, seed=3, pool=pool, median_sentences=3)
    articles = load_corpus_table(table)
    sentences = segment_corpus(articles)
    stories = framing.group_stories(articles, sentences)
    merged = stories.merge(articles[["doc_id", "event"]], on="doc_id")
    # every story holds one event, and every event with dated articles is one story
    assert (merged.groupby("story")["event"].nunique() == 1).all()
    dated = merged.loc[merged["date"].notna()]
    assert (dated.groupby("event")["story"].nunique() == 1).all()
    assert merged["event"].nunique() == 6
    assert framing.group_stories(articles, sentences).equals(stories)  # deterministic


def load_corpus_table(table: pd.DataFrame) -> pd.DataFrame:
    import tempfile
    from pathlib import Path

    from analysis.corpus import load_corpus

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "corpus.jsonl"
        table.to_json(path, orient="records", lines=True, force_ascii=False)
        return load_corpus(path)


# ---------------------------------------------------------------------------
# stance by story, pooled and within-story comparisons
# ---------------------------------------------------------------------------

STORIES = pd.DataFrame({"doc_id": ["a1", "b1", "c1", "a2", "b2"],
                        "source": ["A", "B", "C", "A", "B"],
                        "story": [1, 1, 1, 2, 2]})
# (doc_id, sentence_id, actor, camp, p_negative, p_positive) -> score = p_pos - p_neg
MENTIONS = [
    ("a1", 0, "Putin", "Russia", 0.7, 0.1),    # -0.6
    ("a1", 1, "Putin", "Russia", 0.5, 0.1),    # -0.4   A story 1: mean -0.5 (n 2)
    ("b1", 0, "Putin", "Russia", 0.3, 0.1),    # -0.2   B story 1: -0.2 (n 1)
    ("c1", 0, "Putin", "Russia", 0.2, 0.2),    #  0.0   C story 1: 0.0 (n 1)
    ("c1", 1, "Zelenskyy", "Ukraine", 0.1, 0.5),  # +0.4 only C mentions Zelenskyy
    ("a2", 0, "Putin", "Russia", 0.2, 0.4),    # +0.2
    ("a2", 1, "Putin", "Russia", 0.2, 0.4),    # +0.2
    ("a2", 2, "Putin", "Russia", 0.2, 0.4),    # +0.2   A story 2: +0.2 (n 3)
    ("b2", 0, "Putin", "Russia", 0.5, 0.1),    # -0.4   B story 2: -0.4 (n 1)
]


def story_tables():
    sentences = pd.DataFrame(
        [{"doc_id": d, "source": d[0].upper(), "sentence_id": i, "kind": "sentence",
          "text": f"s{i}", "is_quote": False, "speaker": "", "speaker_camp": ""}
         for d in ("a1", "b1", "c1", "a2", "b2") for i in range(3)])
    stances = pd.DataFrame([
        {"doc_id": d, "source": d[0].upper(), "sentence_id": i, "actor": a, "camp": c,
         "p_negative": n, "p_neutral": 1 - n - p, "p_positive": p,
         "stance_label": "negative" if n > 0.45 else "positive" if p > 0.45 else "neutral"}
        for d, i, a, c, n, p in MENTIONS])
    return stances, sentences


def test_stance_by_story_by_hand():
    stances, sentences = story_tables()
    table = framing.stance_by_story(stances, sentences, STORIES, n_boot=200, min_n=2)
    putin = table.loc[table["actor"] == "Putin"].set_index(["story", "source"])
    assert putin.loc[(1, "A"), "mean_score"] == pytest.approx(-0.5)
    assert putin.loc[(1, "A"), "n"] == 2 and not putin.loc[(1, "A"), "small_n"]
    assert putin.loc[(1, "B"), "mean_score"] == pytest.approx(-0.2)
    assert putin.loc[(1, "B"), "small_n"]
    assert putin.loc[(1, "C"), "mean_score"] == pytest.approx(0.0)
    assert putin.loc[(2, "A"), "mean_score"] == pytest.approx(0.2)
    assert putin.loc[(2, "B"), "mean_score"] == pytest.approx(-0.4)
    # C did not cover story 2: shown as not covered, no estimate -- never neutral
    c2 = putin.loc[(2, "C")]
    assert not c2["covered"] and c2["n"] == 0 and math.isnan(c2["mean_score"])
    assert not c2["small_n"]
    # A and B covered story 1 without naming Zelenskyy: covered, but no estimate
    zel = table.loc[table["actor"] == "Zelenskyy"].set_index("source")
    assert zel["covered"].tolist() == [True, True, True] and zel["n"].tolist() == [0, 0, 1]
    assert zel["mean_score"].isna().tolist() == [True, True, False]
    assert list(table.columns[:5]) == ["story", "source", "actor", "voice", "covered"]
    assert len(table) == 2 * 3 + 1 * 3  # Putin in 2 stories, Zelenskyy in 1; 3 outlets each


def test_story_weighted_stance_by_hand():
    stances, sentences = story_tables()
    by_story = framing.stance_by_story(stances, sentences, STORIES, n_boot=50)
    pooled = framing.story_weighted_stance(by_story).set_index(["actor", "source"])
    # A: stories -0.5 (2 sentences) and +0.2 (3): story-weighted (-0.5 + 0.2) / 2 = -0.15,
    # sentence-weighted (-1.0 + 0.6) / 5 = -0.08
    assert pooled.loc[("Putin", "A"), "mean_score"] == pytest.approx(-0.15)
    assert pooled.loc[("Putin", "A"), "sentence_weighted"] == pytest.approx(-0.08)
    assert pooled.loc[("Putin", "A"), "n_stories"] == 2 and pooled.loc[("Putin", "A"), "n"] == 5
    assert pooled.loc[("Putin", "B"), "mean_score"] == pytest.approx(-0.3)
    # C covered one story: its mean is that story's, the story it missed does not count as 0
    assert pooled.loc[("Putin", "C"), "mean_score"] == pytest.approx(0.0)
    assert pooled.loc[("Putin", "C"), "n_stories"] == 1
    assert ("Zelenskyy", "A") not in pooled.index


def test_compare_within_stories_by_hand():
    stances, sentences = story_tables()
    by_story = framing.stance_by_story(stances, sentences, STORIES, n_boot=50)
    table = framing.compare_within_stories(by_story, n_boot=500)
    rows = table.set_index(["source_a", "source_b"])
    ab = rows.loc[("A", "B")]
    # shared stories 1 and 2: differences -0.5 - (-0.2) = -0.3 and 0.2 - (-0.4) = +0.6
    assert ab["n_stories"] == 2 and ab["difference"] == pytest.approx(0.15)
    assert ab["mean_a"] == pytest.approx(-0.15) and ab["mean_b"] == pytest.approx(-0.3)
    # sign flips of (-0.3, 0.6): |means| 0.15, 0.45, 0.45, 0.15 -> all four >= 0.15
    assert ab["p_value"] == pytest.approx(1.0)
    assert ab["ci_low"] == pytest.approx(-0.3) and ab["ci_high"] == pytest.approx(0.6)
    ac = rows.loc[("A", "C")]
    assert ac["n_stories"] == 1 and ac["difference"] == pytest.approx(-0.5)
    assert ac["p_value"] == 1.0  # one shared event cannot show a difference
    assert set(table["actor"]) == {"Putin"}  # Zelenskyy: one outlet only, no pair
    assert not table["significant"].any()
    np.testing.assert_allclose(table["p_adjusted"], framing.holm_adjust(table["p_value"]))


def test_sign_flip_test_against_brute_force():
    d = np.array([0.3, 0.5, -0.1, 0.4, 0.2, 0.6])
    observed = abs(d.mean())
    hits = sum(abs(np.dot(s, d) / d.size) >= observed - 1e-12
               for s in product((1, -1), repeat=d.size))
    assert framing.sign_flip_test(d) == pytest.approx(hits / 2 ** d.size)
    assert framing.sign_flip_test(d) == pytest.approx(4 / 64)
    assert math.isnan(framing.sign_flip_test([]))
    # sampled when 2^k is above n_permutations: never 0, close to the exact value
    many = np.full(20, 0.5)
    p = framing.sign_flip_test(many, n_permutations=2000, seed=1)
    assert p == pytest.approx((1 + 2000 * 2 / 2 ** 20) / 2001, abs=2e-3) and p > 0


# ---------------------------------------------------------------------------
# framing over time: the figure
# ---------------------------------------------------------------------------


def synthetic_over_time():
    """Articles from analysis.synth (dates of the known events, feed-style and missing ones
    included), segmented; each body sentence gets one seeded random mention of a camp."""
    from analysis.segment import segment_corpus
    from analysis.synth import SentencePool, generate

    pool = SentencePool(newsmtsc=[(f"Officials said Trump spoke {i} times.", 14, 19)
                                  for i in range(200)],
                        seeds=[], actor_forms=["Russia", "Ukraine", "Zelenskyy"])
    articles = load_corpus_table(generate(60, seed=2, pool=pool, median_sentences=4))
    sentences = segment_corpus(articles)
    sentences["is_quote"] = False
    body = sentences.loc[sentences["kind"] == "sentence"]
    rng = np.random.default_rng(0)
    camps = rng.choice(["Russia", "Ukraine", "West"], size=len(body))
    p_neg = rng.uniform(0.05, 0.6, len(body))
    p_pos = rng.uniform(0.05, 0.95 - p_neg)
    stances = pd.DataFrame({"doc_id": body["doc_id"].to_numpy(),
                            "sentence_id": body["sentence_id"].to_numpy(),
                            "actor": camps, "camp": camps, "p_negative": p_neg,
                            "p_neutral": 1 - p_neg - p_pos, "p_positive": p_pos,
                            "stance_label": np.where(p_neg > p_pos, "negative", "positive")})
    return articles, sentences, stances


def test_stance_over_time_plot_on_the_synthetic_corpus(tmp_path):
    articles, sentences, stances = synthetic_over_time()
    table = framing.stance_over_time(stances, sentences, articles, freq="M", n_boot=100)
    n_undated = int((articles["published"].astype(str).str.strip() == "").sum())
    assert n_undated > 0 and table.attrs["n_undated_articles"] == n_undated
    fig = plots.stance_over_time_plot(table)
    assert isinstance(fig, plots.Figure)
    outlets = table["source"].nunique()
    assert len(fig.axes) == outlets and outlets > 10
    assert f"{n_undated} articles without a date" in fig._suptitle.get_text()
    assert {ax.get_title(loc="left") for ax in fig.axes} == set(table["source"])
    a = plots.save_figure(fig, tmp_path / "a.png").read_bytes()
    again = plots.stance_over_time_plot(framing.stance_over_time(
        stances, sentences, articles, freq="M", n_boot=100))
    assert plots.save_figure(again, tmp_path / "b.png").read_bytes() == a
    few = plots.stance_over_time_plot(table, sources=["Daily Courier", "Global Wire", "nope"])
    assert [ax.get_title(loc="left") for ax in few.axes] == ["Daily Courier", "Global Wire"]
    top = plots.stance_over_time_plot(table, max_panels=4)
    assert len(top.axes) == 4 and "4 of" in top._suptitle.get_text()


def test_stance_over_time_plot_without_dates_says_so():
    articles, sentences, stances = synthetic_over_time()
    articles = articles.assign(published="")
    table = framing.stance_over_time(stances, sentences, articles, n_boot=10)
    fig = plots.stance_over_time_plot(table)
    texts = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert any("No article has a publication date" in t and f"{len(articles)} articles" in t
               for t in texts)


# ---------------------------------------------------------------------------
# the report's sentences about stories, time and differences
# ---------------------------------------------------------------------------


def test_report_sentences_say_plainly_what_there_is():
    from analysis import overview

    stories = framing.group_stories(toy_articles(), toy_sentences(), embeddings=toy_embeddings())
    text = overview.stories_summary(stories, framing.story_table(stories))
    assert text.startswith("The 8 articles form **4 stories**; 3 of them were covered by two")
    one = stories.assign(story=1)
    assert "form **one story**" in overview.stories_summary(one, framing.story_table(one))
    grid = overview.story_stance_table(framing.stance_by_story(*story_tables(), STORIES,
                                                               n_boot=20, min_n=2))
    putin = grid.loc[grid["actor"] == "Putin"].set_index("story")
    assert putin.loc[2, "C"] == "not covered" and putin.loc[1, "A"] == "\u22120.50 (n=2)"
    undated = pd.DataFrame({"period": pd.Series([], dtype="datetime64[ns]")})
    undated.attrs["n_undated_articles"] = 4
    assert "none of the 4 articles carries a usable publication date" in \
        overview.over_time_summary(undated, pd.DataFrame({"doc_id": list("abcd")}))
    assert overview.time_freq(toy_articles()) == "W"  # 29 June to 10 October: 103 days
    empty = framing.compare_within_stories(framing.stance_by_story(
        *story_tables(), STORIES.assign(story=1), n_boot=20))
    assert "none shows a difference" in overview.difference_summary(empty)


# ---------------------------------------------------------------------------
# the share of each camp's voice per story
# ---------------------------------------------------------------------------

# doc_id, sentence_id, kind, is_quote, speaker, speaker_camp (STORIES: a1 b1 c1 = story 1,
# a2 b2 = story 2; C did not cover story 2)
VOICE_ROWS = [
    ("a1", 0, "sentence", False, "", ""),
    ("a1", 1, "sentence", True, "Zelenskyy", "Ukraine"),
    ("a1", 2, "sentence", True, "Zelenskyy", "Ukraine"),
    ("a1", 3, "sentence", True, "Peskov", "Russia"),
    ("a1", 4, "heading", True, "Peskov", "Russia"),        # not a content sentence: left out
    ("b1", 0, "sentence", False, "", ""),
    ("b1", 1, "sentence", True, "Peskov", "Russia"),
    ("c1", 0, "sentence", False, "", ""),
    ("c1", 1, "sentence", False, "", ""),
    ("c1", 2, "sentence", False, "", ""),
    ("a2", 0, "sentence", False, "", ""),
    ("a2", 1, "sentence", True, "", ""),                   # nobody found
    ("a2", 2, "sentence", True, "Olena Marchuk", ""),      # outside the registry
    ("b2", 0, "sentence", False, "", ""),
    ("b2", 1, "sentence", False, "", ""),
]


def voice_sentences() -> pd.DataFrame:
    return pd.DataFrame([{"doc_id": d, "source": d[0].upper(), "sentence_id": i, "kind": k,
                          "text": f"s{i}", "is_quote": q, "speaker": sp, "speaker_camp": c}
                         for d, i, k, q, sp, c in VOICE_ROWS])


def test_camp_voice_shares_by_story_by_hand():
    out = framing.camp_voice_shares_by_story(voice_sentences(), STORIES)
    assert list(out.columns) == ["story", "source", "speaker_camp", "covered", "n_quoted",
                                 "n_story_quotes", "share_of_story_quotes",
                                 "share_of_story_sentences"]
    nan = float("nan")
    no, outside = framing.NO_SPEAKER, framing.UNREGISTERED
    expected = [
        # story 1: A quotes Ukraine twice and Russia once (3 quotes, 4 content sentences; the
        # quoted heading is not counted), B Russia once (1 quote, 2 sentences), C nobody.
        (1, "A", "Russia", True, 1, 3, 1 / 3, 1 / 4),
        (1, "A", "Ukraine", True, 2, 3, 2 / 3, 2 / 4),
        (1, "B", "Russia", True, 1, 1, 1.0, 1 / 2),
        (1, "B", "Ukraine", True, 0, 1, 0.0, 0.0),
        (1, "C", "Russia", True, 0, 0, nan, 0.0),
        (1, "C", "Ukraine", True, 0, 0, nan, 0.0),
        # story 2: A's two quotes have no camp (3 sentences); B quotes nobody; C did not cover it
        (2, "A", no, True, 1, 2, 1 / 2, 1 / 3),
        (2, "A", outside, True, 1, 2, 1 / 2, 1 / 3),
        (2, "B", no, True, 0, 0, nan, 0.0),
        (2, "B", outside, True, 0, 0, nan, 0.0),
        (2, "C", no, False, 0, 0, nan, nan),
        (2, "C", outside, False, 0, 0, nan, nan),
    ]
    got = list(out.itertuples(index=False, name=None))
    assert [g[:6] for g in got] == [e[:6] for e in expected]
    for g, e in zip(got, expected):
        for value, want in zip(g[6:], e[6:]):
            assert (math.isnan(value) and math.isnan(want)) or value == pytest.approx(want)
    no_quotes = framing.camp_voice_shares_by_story(voice_sentences().assign(is_quote=False),
                                                   STORIES)
    assert no_quotes.empty and list(no_quotes.columns) == list(out.columns)


def test_story_voice_shares_count_partial_quotes_with_a_speaker():
    sents = voice_sentences().assign(partial_quote=False)
    # C's story-1 narration quotes Zelenskyy in a few words; B's story-2 sentence has scare
    # quotes and no speaker
    c1 = (sents["doc_id"] == "c1") & (sents["sentence_id"] == 1)
    sents.loc[c1, ["partial_quote", "speaker", "speaker_camp"]] = [True, "Zelenskyy", "Ukraine"]
    sents.loc[(sents["doc_id"] == "b2") & (sents["sentence_id"] == 0), "partial_quote"] = True
    out = framing.camp_voice_shares_by_story(sents, STORIES).set_index(
        ["story", "source", "speaker_camp"])
    assert out.loc[(1, "C", "Ukraine"), "n_quoted"] == 1
    assert out.loc[(1, "C", "Ukraine"), "share_of_story_sentences"] == pytest.approx(1 / 3)
    assert out.loc[(2, "B", framing.NO_SPEAKER), "n_quoted"] == 0
    whole = framing.camp_voice_shares_by_story(sents, STORIES, partial=False).set_index(
        ["story", "source", "speaker_camp"])
    assert whole.loc[(1, "C", "Ukraine"), "n_quoted"] == 0


def test_story_voice_table_and_summary():
    from analysis import overview

    shares = framing.camp_voice_shares_by_story(voice_sentences(), STORIES)
    grid = overview.story_voice_table(shares).set_index(["story", "speaker camp"])
    assert list(grid.columns) == ["A", "B", "C"]
    assert grid.loc[(1, "Ukraine"), "A"] == "67% (n=2)"
    assert grid.loc[(1, "Ukraine"), "B"] == "0% (n=0)"
    assert grid.loc[(1, "Russia"), "C"] == "no quotes"
    assert grid.loc[(2, framing.NO_SPEAKER), "C"] == "not covered"
    story_list = pd.DataFrame({"story": [1, 2]})  # story_table: one row per story
    assert "2 of the 2 stories have quotes" in overview.story_voices_summary(shares, story_list)
    one = STORIES.assign(story=1)
    assert "**one story**" in overview.story_voices_summary(
        framing.camp_voice_shares_by_story(voice_sentences(), one), story_list.iloc[:1])


def test_story_dates_are_read_over_every_article():
    # 13/11/2022 decides that the column is day first; its article has no body sentence (no
    # lead), and 09/11/2022 must still be 9 November, not 11 September
    articles = pd.DataFrame({"doc_id": ["a", "b"], "source": ["X", "Y"], "title": ["", ""],
                             "published": ["09/11/2022", "13/11/2022"]})
    sentences = pd.DataFrame([{"doc_id": "a", "source": "X", "sentence_id": 0,
                               "kind": "sentence", "text": "Troops left the city.",
                               "is_quote": False, "speaker": "", "speaker_camp": ""}])
    texts = framing.story_texts(articles, sentences)
    assert texts["doc_id"].tolist() == ["a"]
    assert texts["date"].iloc[0] == pd.Timestamp("2022-11-09", tz="UTC")
