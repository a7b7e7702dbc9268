"""Tests for analysis.framing against values worked out by hand.

The tiny corpus below has two outlets, A (articles a1, a2) and B (b1 plus a
duplicate b2), a heading and a boilerplate row carrying extreme scores (to
prove they are excluded), one sentence mentioning Putin twice (to prove
mentions are averaged within a sentence), and quotes from both camps.
"""

from __future__ import annotations

import math
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

from analysis import framing

SENTENCE_COLUMNS = ["doc_id", "source", "sentence_id", "kind", "text", "is_quote", "speaker",
                    "speaker_camp", "sentiment_score", "sentiment_label", "top_emotion",
                    "duplicate"]
SENTENCE_ROWS = [
    ("a1", "A", 0, "heading", "Kherson news", False, "", "", 1.0, "positive", "joy", False),
    ("a1", "A", 1, "sentence", "Putin ordered a retreat from Kherson.", False, "", "",
     -0.5, "negative", "fear", False),
    ("a1", "A", 2, "sentence", "\u201cToday is a historic day,\u201d Zelenskyy said.", True,
     "Zelenskyy", "Ukraine", 0.8, "positive", "joy", False),
    ("a1", "A", 3, "sentence", "Putin and Zelenskyy spoke about Kherson.", False, "", "",
     0.0, "neutral", "neutral", False),
    ("a1", "A", 4, "boilerplate", "CLICK HERE to subscribe", False, "", "", 1.0, "positive",
     "joy", False),
    ("a2", "A", 0, "sentence", "\u201cPutin made no mistake, Putin is calm,\u201d Peskov said.",
     True, "Peskov", "Russia", 0.2, "neutral", "", False),
    ("a2", "A", 1, "sentence", "Putin\u2019s retreat \u201cmade sense\u201d militarily, analysts said.",
     False, "", "", 0.1, "neutral", "neutral", False),
    ("b1", "B", 0, "sentence", "Putin faces a humiliating defeat in Kherson.", False, "", "",
     -0.7, "negative", "anger", False),
    ("b1", "B", 1, "sentence", "\u201cUkraine will win,\u201d Kuleba said.", True, "Kuleba",
     "Ukraine", 0.6, "positive", "joy", False),
    ("b1", "B", 2, "sentence", "Zelenskyy hailed a historic day.", False, "", "", 0.7,
     "positive", "joy", False),
    ("b2", "B", 0, "sentence", "Putin faces a humiliating defeat in Kherson.", False, "", "",
     -0.9, "negative", "anger", True),
]
STANCE_COLUMNS = ["doc_id", "source", "sentence_id", "actor", "camp", "p_negative", "p_neutral",
                  "p_positive", "stance_label"]
# score = p_positive - p_negative is noted after each row.
STANCE_ROWS = [
    ("a1", "A", 1, "Putin", "Russia", 0.6, 0.3, 0.1, "negative"),        # -0.5
    ("a1", "A", 2, "Zelenskyy", "Ukraine", 0.1, 0.2, 0.7, "positive"),   # +0.6
    ("a1", "A", 3, "Putin", "Russia", 0.2, 0.6, 0.2, "neutral"),         #  0.0
    ("a1", "A", 3, "Zelenskyy", "Ukraine", 0.1, 0.6, 0.3, "neutral"),    # +0.2
    ("a1", "A", 4, "Putin", "Russia", 0.9, 0.0, 0.1, "negative"),        # boilerplate: dropped
    ("a2", "A", 0, "Putin", "Russia", 0.1, 0.4, 0.5, "positive"),        # +0.4 } sentence
    ("a2", "A", 0, "Putin", "Russia", 0.3, 0.5, 0.2, "neutral"),         # -0.1 } mean 0.15
    ("a2", "A", 0, "Peskov", "Russia", 0.2, 0.6, 0.2, "neutral"),        #  0.0
    ("a2", "A", 1, "Putin", "Russia", 0.3, 0.4, 0.3, "neutral"),         #  0.0
    ("b1", "B", 0, "Putin", "Russia", 0.8, 0.15, 0.05, "negative"),      # -0.75
    ("b1", "B", 1, "Ukraine", "Ukraine", 0.05, 0.15, 0.8, "positive"),   # +0.75
    ("b1", "B", 2, "Zelenskyy", "Ukraine", 0.1, 0.2, 0.7, "positive"),   # +0.6
    ("b2", "B", 0, "Putin", "Russia", 0.9, 0.05, 0.05, "negative"),      # duplicate: dropped
]


@pytest.fixture
def sentences() -> pd.DataFrame:
    return pd.DataFrame(SENTENCE_ROWS, columns=SENTENCE_COLUMNS)


@pytest.fixture
def stances() -> pd.DataFrame:
    return pd.DataFrame(STANCE_ROWS, columns=STANCE_COLUMNS)


def plain_bootstrap(values: list[float], n_boot: int, seed: int) -> tuple[float, float]:
    """Textbook percentile bootstrap of the mean, written independently of the module."""
    x = np.array(values, dtype=float)
    rng = np.random.default_rng(seed)
    means = []
    for _ in range(n_boot):
        sample = x[rng.integers(0, len(x), size=len(x))]
        means.append(sample.mean())
    return float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def row(df: pd.DataFrame, **where: object) -> pd.Series:
    mask = np.logical_and.reduce([df[k] == v for k, v in where.items()])
    selected = df.loc[mask]
    assert len(selected) == 1, f"expected one row for {where}, got {len(selected)}"
    return selected.iloc[0]


# ---------------------------------------------------------------------------
# stance
# ---------------------------------------------------------------------------


def test_stance_by_source_actor_hand_values(stances, sentences):
    out = framing.stance_by_source_actor(stances, sentences, n_boot=200, min_n=3)
    assert list(out.columns) == ["source", "actor", "voice", "n", "mean_score", "ci_low",
                                 "ci_high", "share_negative", "share_neutral",
                                 "share_positive", "small_n"]
    # A / Putin, all voices: sentences a1:1 (-0.5), a1:3 (0), a2:0 (mean of 0.4, -0.1 = 0.15),
    # a2:1 (0); the boilerplate mention a1:4 is excluded.
    a_putin = row(out, source="A", actor="Putin", voice="all")
    assert a_putin["n"] == 4
    assert a_putin["mean_score"] == pytest.approx((-0.5 + 0.0 + 0.15 + 0.0) / 4)
    # labels: a1:1 negative, a1:3 neutral, a2:0 half positive/half neutral, a2:1 neutral
    assert a_putin["share_negative"] == pytest.approx(1 / 4)
    assert a_putin["share_neutral"] == pytest.approx(2.5 / 4)
    assert a_putin["share_positive"] == pytest.approx(0.5 / 4)
    assert not a_putin["small_n"]

    authorial = row(out, source="A", actor="Putin", voice="authorial")
    assert authorial["n"] == 3
    assert authorial["mean_score"] == pytest.approx(-0.5 / 3)
    quoted = row(out, source="A", actor="Putin", voice="quoted")
    assert quoted["n"] == 1 and quoted["mean_score"] == pytest.approx(0.15)
    assert quoted["small_n"]
    assert (quoted["ci_low"], quoted["ci_high"]) == pytest.approx((0.15, 0.15))

    # B / Putin: the duplicate article b2 is skipped.
    b_putin = row(out, source="B", actor="Putin", voice="all")
    assert b_putin["n"] == 1 and b_putin["mean_score"] == pytest.approx(-0.75)


def test_stance_bootstrap_matches_plain_numpy(stances, sentences):
    out = framing.stance_by_source_actor(stances, sentences, voice="all", n_boot=500, seed=7)
    a_putin = row(out, source="A", actor="Putin")
    # Sentence-level values in (doc_id, sentence_id) order, as the module resamples them.
    expected = plain_bootstrap([-0.5, 0.0, 0.15, 0.0], n_boot=500, seed=7)
    assert (a_putin["ci_low"], a_putin["ci_high"]) == pytest.approx(expected)
    assert a_putin["ci_low"] <= a_putin["mean_score"] <= a_putin["ci_high"]


def test_bootstrap_mean_ci_is_seeded_and_matches_plain_numpy():
    values = [0.3, -0.2, 0.9, 0.1, -0.6, 0.4, 0.0]
    got = framing.bootstrap_mean_ci(values, n_boot=300, seed=3)
    assert got == pytest.approx(plain_bootstrap(values, n_boot=300, seed=3))
    assert got == framing.bootstrap_mean_ci(values, n_boot=300, seed=3)
    assert got != framing.bootstrap_mean_ci(values, n_boot=300, seed=4)
    assert all(math.isnan(v) for v in framing.bootstrap_mean_ci([], n_boot=10))


def test_stance_voice_selection_and_order(stances, sentences):
    stacked = framing.stance_by_source_actor(stances, sentences, n_boot=50)
    a_putin = stacked.loc[(stacked["source"] == "A") & (stacked["actor"] == "Putin")]
    assert list(a_putin["voice"]) == ["all", "authorial", "quoted"]
    only_quoted = framing.stance_by_source_actor(stances, sentences, voice="quoted", n_boot=50)
    assert set(only_quoted["voice"]) == {"quoted"}
    assert sorted(zip(only_quoted["source"], only_quoted["actor"])) == [
        ("A", "Peskov"), ("A", "Putin"), ("A", "Zelenskyy"), ("B", "Ukraine")]
    with pytest.raises(ValueError):
        framing.stance_by_source_actor(stances, sentences, voice="journalist")


def test_stance_by_source_camp_averages_within_sentence(stances, sentences):
    out = framing.stance_by_source_camp(stances, sentences, voice="all", n_boot=50)
    assert list(out.columns[:3]) == ["source", "camp", "voice"]
    # a2:0 names Putin twice (0.4, -0.1) and Peskov (0.0): camp Russia gets their mean 0.1.
    a_russia = row(out, source="A", camp="Russia")
    assert a_russia["n"] == 4
    assert a_russia["mean_score"] == pytest.approx((-0.5 + 0.0 + 0.1 + 0.0) / 4)
    a_ukraine = row(out, source="A", camp="Ukraine")
    assert a_ukraine["n"] == 2 and a_ukraine["mean_score"] == pytest.approx(0.4)
    b_ukraine = row(out, source="B", camp="Ukraine")
    assert b_ukraine["mean_score"] == pytest.approx((0.75 + 0.6) / 2)


def test_missing_duplicate_column_means_not_duplicate(stances, sentences):
    out = framing.stance_by_source_actor(
        stances, sentences.drop(columns="duplicate"), voice="all", n_boot=50)
    b_putin = row(out, source="B", actor="Putin")
    assert b_putin["n"] == 2 and b_putin["mean_score"] == pytest.approx((-0.75 - 0.85) / 2)


@pytest.mark.parametrize("column, value, problem", [
    ("p_negative", float("nan"), "p_negative is missing or outside"),
    ("p_positive", 1.7, "p_positive is missing or outside"),
    ("p_neutral", "x", "p_neutral is missing or outside"),
    ("stance_label", "pos", "stance_label is not one of"),
])
@pytest.mark.parametrize("call", [
    lambda st, se: framing.stance_by_source_actor(st, se, n_boot=10),
    lambda st, se: framing.compare_outlets(st, se, min_n=1, n_permutations=10, n_boot=10),
    lambda st, se: framing.headline_vs_body(st, se, n_boot=10),
])
def test_a_hand_edited_stance_value_is_one_clear_error(stances, sentences, column, value,
                                                       problem, call):
    """One bad cell once gave NaN means, scores outside [-1, 1], label shares short of 1 and a
    permutation test 'significant' on NaN (p 0.0)."""
    stances = stances.astype({column: object})
    stances.loc[1, column] = value
    with pytest.raises(ValueError, match=rf"the stances table has 1 row\(s\) whose {problem}"
                                         rf".*doc_id a1, sentence_id 2\b"):
        call(stances, sentences)


@pytest.mark.parametrize("table, column, value, problem", [
    ("stances", "sentence_id", float("nan"), r"sentence_id is missing or not a whole number below 2\*\*53"),
    ("stances", "sentence_id", 2.5, r"sentence_id is missing or not a whole number below 2\*\*53"),
    ("sentences", "sentence_id", "two", r"sentence_id is missing or not a whole number below 2\*\*53"),
    ("stances", "doc_id", None, "doc_id is missing"),
    # beyond float precision, a flag, an empty id (a reviewer's findings: 1e20 became a negative
    # int64, True and "" were taken)
    ("stances", "sentence_id", 1e20, r"sentence_id is missing or not a whole number below 2\*\*53"),
    ("stances", "sentence_id", True, r"sentence_id is missing or not a whole number below 2\*\*53"),
    ("sentences", "doc_id", "", "doc_id is missing"),
])
@pytest.mark.parametrize("call", [
    lambda st, se: framing.stance_by_source_actor(st, se, n_boot=10),
    lambda st, se: framing.headline_vs_body(st, se, n_boot=10),
])
def test_a_hand_edited_key_is_one_clear_error(stances, sentences, table, column, value,
                                              problem, call):
    """A NaN sentence_id once raised pandas' IntCastingNaNError from deep inside, naming
    neither the table nor the row; a missing doc_id joined nothing, silently."""
    frame = {"stances": stances, "sentences": sentences}[table].astype({column: object})
    frame.loc[1, column] = value
    tables = {"stances": stances, "sentences": sentences, table: frame}
    with pytest.raises(ValueError, match=rf"the {table} table has 1 row\(s\) whose {problem}"
                                         rf" \(first: index 1\b"):
        call(tables["stances"], tables["sentences"])


@pytest.mark.parametrize("min_n", [-1, 2.5, float("nan"), "5", True])
@pytest.mark.parametrize("call", [
    lambda st, se, m: framing.stance_by_source_actor(st, se, n_boot=10, min_n=m),
    lambda st, se, m: framing.compare_outlets(st, se, min_n=m, n_permutations=10, n_boot=10),
    lambda st, se, m: framing.headline_vs_body(st, se, min_n=m, n_boot=10),
    lambda st, se, m: framing.sentiment_by_source(se, min_n=m),
])
def test_min_n_must_be_a_whole_number_from_0(stances, sentences, min_n, call):
    """A negative min_n was read as 0; a string one failed deep inside a comparison."""
    with pytest.raises(ValueError, match=r"min_n must be a whole number >= 0, got"):
        call(stances, sentences, min_n)


def test_min_n_zero_and_whole_float_are_accepted(stances, sentences):
    base = framing.stance_by_source_actor(stances, sentences, n_boot=10, min_n=1)
    pd.testing.assert_frame_equal(
        framing.stance_by_source_actor(stances, sentences, n_boot=10, min_n=1.0), base)
    assert not framing.stance_by_source_actor(stances, sentences, n_boot=10,
                                              min_n=0)["small_n"].any()


def test_whole_valued_float_and_text_keys_read_as_numbers(stances, sentences):
    """A CSV column with one gap reads as float, an exported one as text: both still join."""
    expected = framing.stance_by_source_actor(stances, sentences, n_boot=10)
    got = framing.stance_by_source_actor(stances.astype({"sentence_id": float}),
                                         sentences.astype({"sentence_id": str}), n_boot=10)
    pd.testing.assert_frame_equal(got, expected)


def test_stance_values_read_as_the_shares_read_them_pass(stances, sentences):
    """Labels in another case or with spaces count as _label_shares counts them, and float
    rounding just past 1 is no error."""
    edited = stances.astype({"stance_label": object})
    edited.loc[0, "stance_label"] = " Negative"
    edited.loc[1, "p_positive"] = 0.7 + 1e-9
    edited.loc[9, "p_positive"] = 1 + 1e-7
    out = framing.stance_by_source_actor(edited, sentences, voice="all", n_boot=10)
    plain = framing.stance_by_source_actor(stances, sentences, voice="all", n_boot=10)
    pd.testing.assert_series_equal(out["share_negative"], plain["share_negative"])


def test_keys_read_back_from_csv_still_join(stances, sentences):
    # CSV round-trips turn flags into strings; they must still be understood.
    sents = sentences.astype({"is_quote": str, "duplicate": str})
    out = framing.stance_by_source_actor(stances, sents, voice="quoted", n_boot=50)
    assert row(out, source="A", actor="Putin")["mean_score"] == pytest.approx(0.15)
    # "True"/"False" strings for duplicate: b2 must still be skipped.
    assert row(framing.sentiment_by_source(sents, n_boot=10), source="B")["n"] == 3


# ---------------------------------------------------------------------------
# voices
# ---------------------------------------------------------------------------


def test_voice_shares(sentences):
    out = framing.voice_shares(sentences)
    assert list(out.columns) == ["source", "speaker_camp", "speaker", "n_quoted",
                                 "n_partial", "share_of_source_quotes"]
    assert list(out.itertuples(index=False, name=None)) == [
        ("A", "Russia", "Peskov", 1, 0, 0.5),
        ("A", "Ukraine", "Zelenskyy", 1, 0, 0.5),
        ("B", "Ukraine", "Kuleba", 1, 0, 1.0),
    ]


def test_camp_voice_shares(sentences):
    out = framing.camp_voice_shares(sentences)
    # A has 5 content sentences, B has 3 (the duplicate b2 is skipped).
    assert list(out.itertuples(index=False, name=None)) == [
        ("A", "Russia", 1, 0, 0.5, pytest.approx(1 / 5)),
        ("A", "Ukraine", 1, 0, 0.5, pytest.approx(1 / 5)),
        ("B", "Ukraine", 1, 0, 1.0, pytest.approx(1 / 3)),
    ]


def partial_quote_sentences() -> pd.DataFrame:
    """One outlet: a quote, a partial quote with a speaker, scare quotes, plain narration."""
    sents = toy_sentences({"X": [
        "“We will not give up,” Zelenskyy said.",
        "Peskov called the strike “pure terror”.",
        "The so-called “referendums” were held in September.",
        "Shelling continued overnight.",
    ]})
    sents["is_quote"] = [True, False, False, False]
    sents["partial_quote"] = [False, True, True, False]
    sents["speaker"] = ["Zelenskyy", "Peskov", "", ""]
    sents["speaker_camp"] = ["Ukraine", "Russia", "", ""]
    return sents


def test_voice_tables_count_partial_quotes_with_a_speaker():
    sents = partial_quote_sentences()
    by_speaker = framing.voice_shares(sents)
    assert list(by_speaker.itertuples(index=False, name=None)) == [
        ("X", "Russia", "Peskov", 1, 1, 0.5),
        ("X", "Ukraine", "Zelenskyy", 1, 0, 0.5),
    ]
    by_camp = framing.camp_voice_shares(sents)
    # the scare quotes give nobody a voice: no "(no speaker found)" row
    assert list(by_camp.itertuples(index=False, name=None)) == [
        ("X", "Russia", 1, 1, 0.5, 0.25),
        ("X", "Ukraine", 1, 0, 0.5, 0.25),
    ]
    whole_only = framing.camp_voice_shares(sents, partial=False)
    assert list(whole_only.itertuples(index=False, name=None)) == [
        ("X", "Ukraine", 1, 0, 1.0, 0.25)]
    assert list(framing.voiced_sentences(sents)["sentence_id"]) == [0, 1]
    # a frame from before partial quotes existed counts its quote sentences
    assert len(framing.voice_shares(sents.drop(columns="partial_quote"))) == 1


def test_a_transcripts_newsroom_turns_are_the_outlets_own_voice():
    # a newcomer's Q&A had its interviewer as 37 % of the outlet's quoted voices, and "Q: What
    # about the frozen Russian assets?" as an outside speaker's hostile quote about Russia
    sents = pd.DataFrame([
        {"doc_id": "d", "sentence_id": i, "source": "E", "kind": "sentence", "text": t,
         "is_quote": True, "partial_quote": False, "speaker": sp, "speaker_camp": camp}
        for i, (t, sp, camp) in enumerate([
            ("Q: What about the frozen Russian assets?", "interviewer", ""),
            ("A: Russia must pay.", "Landsbergis", "West"),
            ("HOST: Welcome back.", "host", ""),
            ("A reporter asked: “Will you resign?”", "reporter", ""),
        ])])
    voices = framing.voice_shares(sents)
    assert list(zip(voices["speaker"], voices["n_quoted"])) == [("reporter", 1),
                                                                ("Landsbergis", 1)]
    content = framing.content_sentences(sents)
    assert list(content["is_quote"]) == [False, True, False, True]
    assert list(content["speaker"]) == ["interviewer", "Landsbergis", "host", "reporter"]
    stances = pd.DataFrame([
        {"doc_id": "d", "sentence_id": 0, "actor": "Russia", "camp": "Russia",
         "p_positive": 0.0, "p_negative": 0.9, "stance_label": "negative"},
        {"doc_id": "d", "sentence_id": 1, "actor": "Russia", "camp": "Russia",
         "p_positive": 0.0, "p_negative": 0.9, "stance_label": "negative"}])
    about = framing.quoted_voices_about(stances, sents, min_n=1)
    assert list(zip(about["speaker_camp"], about["n"])) == [("West", 1)]


# ---------------------------------------------------------------------------
# distinctive phrases
# ---------------------------------------------------------------------------


def toy_sentences(texts_by_source: dict[str, list[str]]) -> pd.DataFrame:
    rows = []
    for source, texts in texts_by_source.items():
        for i, text in enumerate(texts):
            rows.append({"doc_id": f"{source}-doc", "source": source, "sentence_id": i,
                         "kind": "sentence", "text": text})
    return pd.DataFrame(rows)


def test_distinctive_phrases_log_odds_by_hand():
    sents = toy_sentences({"X": ["apple banana", "apple cherry"],
                           "Y": ["banana cherry", "date"]})
    out = framing.distinctive_phrases(sents, ngram_range=(1, 1), min_count=1, prior_scale=1.0)
    assert list(out.columns) == ["source", "phrase", "n", "log_odds", "z", "rank"]
    # Counts: X apple 2, banana 1, cherry 1 (n_X = 4); Y banana 1, cherry 1, date 1 (n_Y = 3).
    # Corpus N = 7; prior_scale 1 -> alpha_w = corpus count, alpha_0 = 7.
    # "apple" in X: y_i=2, y_j=0, alpha=2.
    delta_apple = math.log((2 + 2) / (4 + 7 - 2 - 2)) - math.log((0 + 2) / (3 + 7 - 0 - 2))
    z_apple = delta_apple / math.sqrt(1 / (2 + 2) + 1 / (0 + 2))
    # "date" in Y: y_i=1, y_j=0, alpha=1.
    delta_date = math.log((1 + 1) / (3 + 7 - 1 - 1)) - math.log((0 + 1) / (4 + 7 - 0 - 1))
    z_date = delta_date / math.sqrt(1 / (1 + 1) + 1 / (0 + 1))
    # "banana" (and "cherry") in Y: y_i=1, y_j=1, alpha=2.
    delta_banana = math.log((1 + 2) / (3 + 7 - 1 - 2)) - math.log((1 + 2) / (4 + 7 - 1 - 2))
    z_banana = delta_banana / math.sqrt(1 / (1 + 2) + 1 / (1 + 2))
    # In X banana/cherry have negative z (more typical of Y) and are not listed.
    expected = [
        ("X", "apple", 2, delta_apple, z_apple, 1),
        ("Y", "date", 1, delta_date, z_date, 1),
        ("Y", "banana", 1, delta_banana, z_banana, 2),   # tie with cherry: alphabetical
        ("Y", "cherry", 1, delta_banana, z_banana, 3),
    ]
    got = list(out.itertuples(index=False, name=None))
    assert [(s, p, n, r) for s, p, n, _, _, r in got] == [(s, p, n, r) for s, p, n, _, _, r in expected]
    assert out["log_odds"].tolist() == pytest.approx([e[3] for e in expected])
    assert out["z"].tolist() == pytest.approx([e[4] for e in expected])
    assert z_apple == pytest.approx(0.95466, abs=1e-4)  # the arithmetic itself, once


def test_distinctive_phrases_ngram_rules():
    sents = toy_sentences({"X": ["Of the city.", "City of death.", "Retook 41 villages."],
                           "Y": ["Tanks rolled east."]})
    extra = pd.DataFrame([
        {"doc_id": "X-doc", "source": "X", "sentence_id": 3, "kind": "boilerplate",
         "text": "CLICK HERE to subscribe"},
        {"doc_id": "X-dup", "source": "X", "sentence_id": 0, "kind": "sentence",
         "text": "Duplicated wording", "duplicate": True},
    ])
    sents = pd.concat([sents, extra], ignore_index=True)
    out = framing.distinctive_phrases(sents, min_count=1, top_k=100)
    x_phrases = set(out.loc[out["source"] == "X", "phrase"])
    assert x_phrases == {
        "city", "death", "retook", "villages",
        "city of death", "retook 41 villages",
    }
    # never: n-grams starting or ending on a stop word or number ("the city", "of death",
    # "41 villages"), bare numbers ("41"), n-grams across the
    # boundary between sentences ("city city"), boilerplate ("click") or duplicates.
    assert list(out.loc[out["source"] == "X", "rank"]) == list(range(1, len(x_phrases) + 1))
    assert out.equals(out.sort_values(["source", "z", "phrase"], ascending=[True, False, True],
                                      ignore_index=True))


def test_distinctive_phrases_leave_out_the_sources_own_names():
    # an outlet naming itself ("told ANN") or another is no framing (a newcomer's finding)
    sents = toy_sentences({
        "ANN": ["Graham told ANN the deal was dead.", "The senator told ANN it was over.",
                "A historic day, the envoy said.", "A historic day for the city."],
        "The Kyiv Herald": ["The Kyiv Herald could not verify the claim.",
                            "The Kyiv Herald reported shelling.", "Shelling hit Kyiv.",
                            "Kyiv was shelled."],
    })
    out = framing.distinctive_phrases(sents, min_count=2, top_k=100)
    phrases = set(out["phrase"])
    assert "historic day" in phrases and "kyiv" in phrases
    assert not {p for p in phrases if "ann" in p.split() or "kyiv herald" in p}


def test_distinctive_phrases_leave_out_pieces_of_names_and_speaker_labels():
    # a newcomer's figure listed "meridian" and "wire" (from "told Meridian Wire"), "review"
    # (from "Baltic Radio Review's Liisa Kask") and the labels of an interview's turns
    sents = toy_sentences({
        "Meridian Wire": ["An envoy briefed Meridian Wire: the talks stalled.",
                          "A diplomat briefed Meridian Wire: the talks stalled.",
                          "The wire transfer was frozen.", "A wire transfer, officials said."],
        "Baltic Radio Review": ["KASK: Is Russia testing Nato?", "KASK: Minister, why now?",
                                "Baltic Radio Review's Liisa Kask asked about Nato.",
                                "Baltic Radio Review's editors checked the review.",
                                "Q: Nato again?", "Q: And Nato?"],
    })
    out = framing.distinctive_phrases(sents, min_count=2, top_k=100)
    meridian = set(out.loc[out["source"] == "Meridian Wire", "phrase"])
    baltic = set(out.loc[out["source"] == "Baltic Radio Review", "phrase"])
    # "wire" where it is no name counts; the name's pieces do not
    assert {"talks stalled", "wire", "wire transfer"} <= meridian
    assert "briefed" in meridian   # the words around a name stay
    assert meridian.isdisjoint({"meridian", "meridian wire", "briefed meridian", "wire talks"})
    assert "nato" in baltic and "kask" not in baltic and "q" not in baltic
    assert baltic.isdisjoint({"baltic", "radio", "review", "review's", "baltic radio"})
    n = out.set_index(["source", "phrase"])["n"]
    assert n["Baltic Radio Review", "nato"] == 4   # the label's sentence keeps its words
    assert n["Meridian Wire", "wire"] == 2         # only the two transfers


def test_distinctive_phrases_leave_out_a_title_case_label_naming_the_rows_speaker():
    # a newcomer's briefing had "lin", "jian", "lin jian" as the ministry's top three phrases,
    # from "Lin Jian: …" turns (capitals labels, "KASK: …", were already left out)
    rows = [("Maria Zakharova: Kyiv has sabotaged the talks.", "Zakharova"),
            ("Maria Zakharova: The sanctions are illegal.", "Zakharova"),
            ("Question: And the sanctions?", "interviewer"),
            ("Question: And the talks?", "interviewer"),
            # a French interview's answer label, whoever answers
            ("Réponse : Le blocus est illégal.", "Zakharova"),
            ("Réponse : Le blocus est illégal.", "Zakharova"),
            # a label naming someone else than the row's speaker, and body sentences naming
            # the speaker, keep their words
            ("Putin: that is what the Kremlin says.", "Peskov"),
            ("Putin: that is what the Kremlin says.", "Peskov"),
            ("Zakharova said the talks stalled.", ""),
            ("Zakharova said the talks stalled.", "")]
    sents = toy_sentences({"Ministry": [text for text, _ in rows],
                           "Wire": ["Russia said the talks had stalled.", "Tanks rolled east."]})
    sents["speaker"] = [speaker for _, speaker in rows] + ["", ""]
    out = framing.distinctive_phrases(sents, min_count=1, top_k=100)
    ministry = out.set_index(["source", "phrase"])["n"].loc["Ministry"]
    assert set(ministry.index).isdisjoint({"maria", "maria zakharova", "question", "réponse"})
    assert ministry["blocus"] == 2
    assert ministry["zakharova"] == 2 and ministry["putin"] == 2
    assert ministry["sanctions"] == 2 and ministry["kremlin"] == 2
    # without a speaker column, as before
    out = framing.distinctive_phrases(sents.drop(columns="speaker"), min_count=1, top_k=100)
    assert {"maria zakharova", "question"} <= set(out.loc[out["source"] == "Ministry", "phrase"])


def test_distinctive_phrases_leave_out_the_attribution_formula():
    # a newcomer's figure led with "said", "ministry said" and "told reporters": how often an
    # outlet attributes, not how it frames; a loaded verb ("claimed") is a choice and stays
    sents = toy_sentences({
        "X": ["The ministry said the city fell.", "The ministry said the city fell.",
              "Lysak told reporters the city of death had no water.",
              "Lysak told reporters the city of death had no water.",
              "Moscow claimed a victory.", "Moscow claimed a victory."],
        "Y": ["Tanks rolled east.", "Tanks rolled east."],
    })
    x = set(framing.distinctive_phrases(sents, min_count=2, top_k=100).query(
        "source == 'X'")["phrase"])
    assert {"ministry", "city fell", "city of death", "claimed", "moscow claimed"} <= x
    assert x.isdisjoint({"said", "ministry said", "said the city", "told", "reporters",
                         "told reporters", "lysak told", "reporters the city"})


def test_distinctive_phrases_leave_out_pleasantries_and_an_outlets_own_names():
    # a newcomer's radio show led with "good morning", "thank" and its hosts' first names, and
    # a tabloid with "express" of its own name "Moskovsky Express"
    sents = toy_sentences({
        "Morning Line": ["Good morning, Steve.", "Good morning, Steve.", "Steve, welcome back.",
                         "Steve, welcome back.", "Refineries burned again.",
                         "Refineries burned again."],
        "Moskovsky Express": ["Express readers saw the boys return.",
                              "Express readers saw the boys return.",
                              "The exports express a hope.", "The exports express a hope."],
        "Wire": ["Tanks rolled east.", "Tanks rolled east."],
    })
    sents["speaker"] = ["Steve Inskeep", "Steve Inskeep", "", "", "", ""] + [""] * 6
    sents["speaker_status"] = ["newsroom", "newsroom", "", "", "", ""] + [""] * 6
    out = framing.distinctive_phrases(sents, min_count=2, top_k=100)
    line = set(out.query("source == 'Morning Line'")["phrase"])
    assert {"refineries", "refineries burned"} <= line
    assert line.isdisjoint({"morning", "good morning", "welcome back", "steve"})  # not "good"
    express = set(out.query("source == 'Moskovsky Express'")["phrase"])
    assert "readers" in express and "express a hope" in express   # the verb stays
    assert express.isdisjoint({"express readers"})


def test_distinctive_phrases_leave_out_an_outlets_initials_and_programme():
    # a newcomer's wire led with "gws" ("told GWS") and its radio with "morning desk" of
    # "Sahel FM's Morning Desk", the phrase the report then compared
    sents = toy_sentences({
        "Global Wire Service": ["Residents told GWS the army shelled them.",
                                "Residents told GWS the army shelled them."],
        "Sahel FM": ["Sahel FM's Morning Desk spoke to a doctor in the camp.",
                     "Sahel FM's Morning Desk spoke to a doctor in the camp."],
        "Wire": ["Tanks rolled east.", "Tanks rolled east."],
    })
    out = framing.distinctive_phrases(sents, min_count=2, top_k=100)
    gws = set(out.query("source == 'Global Wire Service'")["phrase"])
    assert "army shelled" in gws and gws.isdisjoint({"gws", "residents told gws"})
    sahel = set(out.query("source == 'Sahel FM'")["phrase"])
    assert "doctor" in sahel and sahel.isdisjoint({"morning", "desk", "morning desk"})
    # ... but initials other outlets write too are an actor's, and a place after the outlet's
    # possessive no programme (a breaker's)
    sents = toy_sentences({
        "Sudan Analysis Forum": ["The SAF shelled Nyala again.", "The SAF shelled Nyala again."],
        "Radio Dabanga": ["Radio Dabanga's El Fasher correspondent saw fires.",
                          "Radio Dabanga's El Fasher correspondent saw fires."],
        "Wire": ["The SAF denied it.", "Tanks rolled east."],
    })
    out = framing.distinctive_phrases(sents, min_count=2, top_k=100)
    assert "saf shelled" in set(out.query("source == 'Sudan Analysis Forum'")["phrase"])
    assert "el fasher" in set(out.query("source == 'Radio Dabanga'")["phrase"])
    # a service's name is the outlet's programme too (a breaker's "Radio Liberty's Ukraine
    # Service")
    sents = toy_sentences({
        "Radio Liberty": ["Radio Liberty's Ukraine Service reported shelling in Sumy.",
                          "Radio Liberty's Ukraine Service reported shelling in Sumy."],
        "Wire": ["Tanks rolled east.", "Tanks rolled east."],
    })
    out = framing.distinctive_phrases(sents, min_count=2, top_k=100)
    assert "ukraine service" not in set(out.query("source == 'Radio Liberty'")["phrase"])


def test_distinctive_phrases_min_count_and_single_source():
    sents = toy_sentences({"X": ["apple banana", "apple cherry"], "Y": ["date"]})
    out = framing.distinctive_phrases(sents, ngram_range=(1, 1))  # default min_count=2
    assert list(out["phrase"]) == ["apple"]
    assert framing.distinctive_phrases(toy_sentences({"X": ["apple"]})).empty


def test_tokenize_and_normalize():
    assert framing.tokenize("Russia\u2019s \u201cdisaster\u201d, 36.5 km") == [
        "russia's", "disaster", "36", "5", "km"]
    # a dotted initialism is one word, not a stray "u" (a newcomer's finding)
    assert framing.tokenize("U.S.-backed forces and the U.N. met Mr. Li.") == [
        "u.s.", "backed", "forces", "and", "the", "u.n.", "met", "mr", "li"]
    assert framing.normalize_text("\u201cMade sense\u201d   militarily!") == "made sense militarily"


# ---------------------------------------------------------------------------
# exemplars and contrast
# ---------------------------------------------------------------------------


def test_exemplars(stances, sentences):
    out = framing.exemplars(stances, sentences)
    assert list(out.columns[:8]) == ["source", "actor", "direction", "rank", "score", "text",
                                     "speaker", "is_quote"]
    a_putin = out.loc[(out["source"] == "A") & (out["actor"] == "Putin")]
    assert list(a_putin["direction"]) == ["positive", "negative"]
    best, worst = a_putin.iloc[0], a_putin.iloc[1]
    assert best["score"] == pytest.approx(0.15) and best["speaker"] == "Peskov"
    assert bool(best["is_quote"])
    assert worst["score"] == pytest.approx(-0.5)
    assert worst["text"] == "Putin ordered a retreat from Kherson."
    two = framing.exemplars(stances, sentences, k=2)
    a_putin2 = two.loc[(two["source"] == "A") & (two["actor"] == "Putin")]
    # positive: 0.15 then the tie at 0.0 broken by (doc_id, sentence_id) -> a1:3
    assert list(zip(a_putin2["direction"], a_putin2["doc_id"], a_putin2["sentence_id"])) == [
        ("positive", "a2", 0), ("positive", "a1", 3), ("negative", "a1", 1), ("negative", "a1", 3)]


def test_contrast(stances, sentences):
    tables = SimpleNamespace(sentences=sentences, stances=stances)
    out = framing.contrast(tables, ["historic day", "made sense militarily", "storic day"])
    assert list(out.columns) == ["phrase", "source", "doc_id", "sentence_id", "speaker",
                                 "is_quote", "text", "sentiment_score", "stance:Putin",
                                 "stance:Zelenskyy"]
    assert list(zip(out["phrase"], out["doc_id"], out["sentence_id"])) == [
        ("historic day", "a1", 2), ("historic day", "b1", 2), ("made sense militarily", "a2", 1)]
    assert out["stance:Zelenskyy"].tolist()[:2] == pytest.approx([0.6, 0.6])
    assert math.isnan(out["stance:Putin"].iloc[0])
    assert out["stance:Putin"].iloc[2] == pytest.approx(0.0)
    assert out["sentiment_score"].tolist() == pytest.approx([0.8, 0.7, 0.1])
    assert out["speaker"].iloc[0] == "Zelenskyy" and bool(out["is_quote"].iloc[0])


# ---------------------------------------------------------------------------
# sentiment and emotion
# ---------------------------------------------------------------------------


def test_sentiment_by_source(sentences):
    out = framing.sentiment_by_source(sentences, n_boot=400, seed=1)
    assert list(out["source"]) == ["A", "B"] and set(out["voice"]) == {"all"}
    a, b = out.iloc[0], out.iloc[1]
    # heading and boilerplate (score 1.0) excluded; duplicate b2 excluded
    assert a["n"] == 5 and a["mean_score"] == pytest.approx((-0.5 + 0.8 + 0.0 + 0.2 + 0.1) / 5)
    assert (a["share_negative"], a["share_neutral"], a["share_positive"]) == pytest.approx(
        (0.2, 0.6, 0.2))
    assert b["n"] == 3 and b["mean_score"] == pytest.approx((-0.7 + 0.6 + 0.7) / 3)
    assert (a["ci_low"], a["ci_high"]) == pytest.approx(
        plain_bootstrap([-0.5, 0.8, 0.0, 0.2, 0.1], n_boot=400, seed=1))
    stacked = framing.sentiment_by_source(sentences, voice=None, n_boot=50)
    assert row(stacked, source="A", voice="quoted")["mean_score"] == pytest.approx(0.5)


def test_sentiment_trajectory(sentences):
    out = framing.sentiment_trajectory(sentences)
    a1 = out.loc[out["doc_id"] == "a1"]
    assert list(a1["sentence_id"]) == [1, 2, 3]
    assert list(a1["position"]) == [0, 1, 2]
    assert a1["rel_position"].tolist() == pytest.approx([0.0, 0.5, 1.0])
    assert list(a1["is_quote"]) == [False, True, False]
    assert list(out.loc[out["doc_id"] == "a2", "rel_position"]) == [0.0, 1.0]
    assert "b2" not in set(out["doc_id"])


def test_emotion_profile_from_top_emotion(sentences):
    out = framing.emotion_profile(sentences)
    got = {(s, e): p for s, e, p in zip(out["source"], out["emotion"], out["mean_p"])}
    # A labelled sentences: fear, joy, neutral, neutral (a2:0 has none); B: anger, joy, joy.
    assert got == pytest.approx({
        ("A", "anger"): 0.0, ("A", "fear"): 0.25, ("A", "joy"): 0.25, ("A", "neutral"): 0.5,
        ("B", "anger"): 1 / 3, ("B", "fear"): 0.0, ("B", "joy"): 2 / 3, ("B", "neutral"): 0.0,
    })
    assert set(out["basis"]) == {"top_emotion_share"}


def test_emotion_profile_from_probabilities(sentences):
    sents = sentences.assign(emotion_joy=np.linspace(0.0, 1.0, len(sentences)),
                             emotion_fear=0.25)
    out = framing.emotion_profile(sents)
    joy = dict(zip(out.loc[out["emotion"] == "joy", "source"],
                   out.loc[out["emotion"] == "joy", "mean_p"]))
    step = 1.0 / (len(sentences) - 1)
    assert joy["A"] == pytest.approx(np.mean([1, 2, 3, 5, 6]) * step)  # rows of A's sentences
    assert joy["B"] == pytest.approx(np.mean([7, 8, 9]) * step)
    assert set(out["basis"]) == {"probability"}
    assert out.loc[out["emotion"] == "fear", "mean_p"].tolist() == pytest.approx([0.25, 0.25])


def test_emotion_profile_empty_but_typed(sentences):
    out = framing.emotion_profile(sentences.drop(columns="top_emotion"))
    assert out.empty
    assert list(out.columns) == ["source", "emotion", "mean_p", "n", "basis"]
    assert out["mean_p"].dtype == float and out["n"].dtype == "int64"


def test_voice_tables_without_any_quote_are_empty_but_typed():
    sents = toy_sentences({"X": ["Plain words.", "More plain words."]})
    sents["is_quote"] = False
    sents["speaker"] = ""
    sents["speaker_camp"] = ""
    assert list(framing.voice_shares(sents).columns) == [
        "source", "speaker_camp", "speaker", "n_quoted", "n_partial", "share_of_source_quotes"]
    camp = framing.camp_voice_shares(sents)
    assert camp.empty and "share_of_source_sentences" in camp.columns


# ---------------------------------------------------------------------------
# locative mentions and encoding debris
# ---------------------------------------------------------------------------


def test_locative_mentions_leave_stance_aggregates(stances, sentences):
    # b1:0 "Putin faces a humiliating defeat in Kherson." gets a locative Russia mention that
    # would pull B's Russia camp score up if it counted.
    extra = pd.DataFrame([("b1", "B", 0, "Russia", "Russia", 0.0, 0.1, 0.9, "positive")],
                         columns=STANCE_COLUMNS)
    marked = pd.concat([stances.assign(locative=False), extra.assign(locative=True)],
                       ignore_index=True)
    camp = framing.stance_by_source_camp(marked, sentences, voice="all", n_boot=50)
    assert row(camp, source="B", camp="Russia")["mean_score"] == pytest.approx(-0.75)
    actors = framing.stance_by_source_actor(marked, sentences, voice="all", n_boot=50)
    assert "Russia" not in set(actors["actor"])
    pooled = framing.stance_by_source_camp(marked, sentences, voice="all", n_boot=50,
                                           include_locative=True)
    assert row(pooled, source="B", camp="Russia")["mean_score"] == pytest.approx(
        (-0.75 + 0.9) / 2)
    # a stances table without the column (older output) is read as no locative mentions
    pd.testing.assert_frame_equal(
        framing.stance_by_source_camp(stances, sentences, voice="all", n_boot=50),
        framing.stance_by_source_camp(marked, sentences, voice="all", n_boot=50))


def test_escape_sequences_and_mojibake_are_not_words():
    assert framing.tokenize("It\\xe2\\x80\\x99s Kyiv\\u2019s \u00e2\u20ac\u2122day, caf\u00c3\u00a9"
                            " in S\u00c3O PAULO") == [
        "it", "s", "kyiv", "s", "day", "caf", "in", "são", "paulo"]
    sents = toy_sentences({"X": ["Kyiv\\xe2\\x80\\x99s mayor spoke.", "Kyiv\\xe2\\x80\\x99s mayor."],
                           "Y": ["Moscow spoke."]})
    phrases = set(framing.distinctive_phrases(sents, min_count=1, top_k=100)["phrase"])
    assert not {p for p in phrases if "x80" in p or "xe2" in p or "x99" in p}
    assert "kyiv" in phrases


# ---------------------------------------------------------------------------
# headlines: titles and headings are scored but kept apart from the body
# ---------------------------------------------------------------------------

# Title rows sit at sentence_id -1 (README, "Data model"); b1 also gets a heading after its
# body, and the duplicate b2 a title (dropped like the rest of b2).
HEADLINE_ROWS = [
    ("a1", "A", -1, "title", "Putin flees, Ukraine sees Putin humbled", False, "", "", -0.9,
     "negative", "anger", False),
    ("b1", "B", -1, "title", "Putin defeated, Ukraine jubilant", False, "", "", -0.2,
     "neutral", "neutral", False),
    ("b1", "B", 3, "heading", "Zelenskyy triumphant", False, "", "", 0.9, "positive", "joy",
     False),
    ("b2", "B", -1, "title", "Putin defeated, Ukraine jubilant", False, "", "", -0.2,
     "neutral", "neutral", True),
]
HEADLINE_STANCES = [
    ("a1", "A", -1, "Putin", "Russia", 0.8, 0.1, 0.1, "negative"),        # -0.7 } title
    ("a1", "A", -1, "Putin", "Russia", 0.6, 0.2, 0.2, "negative"),        # -0.4 } mean -0.55
    ("a1", "A", -1, "Ukraine", "Ukraine", 0.2, 0.6, 0.2, "neutral"),      #  0.0 (not in A's body)
    ("b1", "B", -1, "Putin", "Russia", 0.7, 0.2, 0.1, "negative"),        # -0.6
    ("b1", "B", -1, "Ukraine", "Ukraine", 0.1, 0.2, 0.7, "positive"),     # +0.6
    ("b1", "B", 3, "Zelenskyy", "Ukraine", 0.0, 0.1, 0.9, "positive"),    # +0.9
    ("b2", "B", -1, "Putin", "Russia", 0.9, 0.05, 0.05, "negative"),      # duplicate: dropped
]


@pytest.fixture
def headlined(sentences, stances) -> SimpleNamespace:
    sents = pd.concat([sentences, pd.DataFrame(HEADLINE_ROWS, columns=SENTENCE_COLUMNS)],
                      ignore_index=True).sort_values(["doc_id", "sentence_id"], kind="stable")
    st = pd.concat([stances, pd.DataFrame(HEADLINE_STANCES, columns=STANCE_COLUMNS)],
                   ignore_index=True)
    return SimpleNamespace(sentences=sents.reset_index(drop=True), stances=st)


def test_headline_rows_change_no_body_aggregate(stances, sentences, headlined):
    base = SimpleNamespace(sentences=sentences, stances=stances)
    checks = {
        "stance_by_source_actor": lambda t: framing.stance_by_source_actor(
            t.stances, t.sentences, n_boot=100),
        "stance_by_source_camp": lambda t: framing.stance_by_source_camp(
            t.stances, t.sentences, n_boot=100),
        "sentence_stances": lambda t: framing.sentence_stances(t.stances, t.sentences),
        "exemplars": lambda t: framing.exemplars(t.stances, t.sentences),
        "contrast": lambda t: framing.contrast(t, ["historic day", "Putin"]),
        "sentiment_by_source": lambda t: framing.sentiment_by_source(
            t.sentences, voice=None, n_boot=100),
        "sentiment_trajectory": lambda t: framing.sentiment_trajectory(t.sentences),
        "emotion_profile": lambda t: framing.emotion_profile(t.sentences),
        "neutral_emotion_share": lambda t: framing.neutral_emotion_share(t.sentences),
        "distinctive_phrases": lambda t: framing.distinctive_phrases(t.sentences, min_count=1),
        "voice_shares": lambda t: framing.voice_shares(t.sentences),
        "camp_voice_shares": lambda t: framing.camp_voice_shares(t.sentences),
        "content_sentences": lambda t: framing.content_sentences(t.sentences),
    }
    for name, table in checks.items():
        pd.testing.assert_frame_equal(table(headlined), table(base), obj=name)
    assert framing.contrast_phrases(headlined.sentences) == framing.contrast_phrases(sentences)


def test_headline_section_selects_titles_and_headings(headlined):
    heads = framing.content_sentences(headlined.sentences, section="headline")
    assert list(zip(heads["doc_id"], heads["sentence_id"], heads["kind"])) == [
        ("a1", -1, "title"), ("a1", 0, "heading"), ("b1", -1, "title"), ("b1", 3, "heading")]
    per_actor = framing.sentence_stances(headlined.stances, headlined.sentences,
                                         section="headline")
    assert list(zip(per_actor["doc_id"], per_actor["sentence_id"], per_actor["actor"],
                    per_actor["score"].round(6))) == [
        ("a1", -1, "Putin", -0.55), ("a1", -1, "Ukraine", 0.0), ("b1", -1, "Putin", -0.6),
        ("b1", -1, "Ukraine", 0.6), ("b1", 3, "Zelenskyy", 0.9)]
    with pytest.raises(ValueError):
        framing.content_sentences(headlined.sentences, section="lede")


def test_headline_vs_body_by_actor(headlined):
    out = framing.headline_vs_body(headlined.stances, headlined.sentences, n_boot=200, min_n=2)
    assert list(out.columns) == ["source", "actor", "section", "n", "mean_score", "ci_low",
                                 "ci_high", "share_negative", "share_neutral",
                                 "share_positive", "small_n"]
    # Only pairs named in a headline (A/Zelenskyy is not), each headline then body.
    assert list(zip(out["source"], out["actor"], out["section"])) == [
        ("A", "Putin", "headline"), ("A", "Putin", "body"),
        ("A", "Ukraine", "headline"), ("A", "Ukraine", "body"),
        ("B", "Putin", "headline"), ("B", "Putin", "body"),
        ("B", "Ukraine", "headline"), ("B", "Ukraine", "body"),
        ("B", "Zelenskyy", "headline"), ("B", "Zelenskyy", "body"),
    ]
    assert out["n"].tolist() == [1, 4, 1, 0, 1, 1, 1, 1, 1, 1]
    expected = [-0.55, (-0.5 + 0.0 + 0.15 + 0.0) / 4, 0.0, math.nan, -0.6, -0.75, 0.6, 0.75,
                0.9, 0.6]
    assert out["mean_score"].tolist() == pytest.approx(expected, nan_ok=True)
    assert out["small_n"].tolist() == [True, False, True, True, True, True, True, True, True,
                                       True]
    a_putin = row(out, source="A", actor="Putin", section="headline")
    assert (a_putin["ci_low"], a_putin["ci_high"]) == pytest.approx((-0.55, -0.55))
    assert (a_putin["share_negative"], a_putin["share_neutral"]) == (1.0, 0.0)
    a_ukraine_body = row(out, source="A", actor="Ukraine", section="body")
    assert math.isnan(a_ukraine_body["ci_low"]) and math.isnan(a_ukraine_body["share_neutral"])
    # The body rows are stance_by_source_actor's pooled rows, interval included.
    body = out.loc[(out["section"] == "body") & (out["n"] > 0)].drop(columns="section")
    whole = framing.stance_by_source_actor(headlined.stances, headlined.sentences, voice="all",
                                           n_boot=200, min_n=2).drop(columns="voice")
    pd.testing.assert_frame_equal(
        body.reset_index(drop=True),
        whole.merge(body[["source", "actor"]]).reset_index(drop=True))


def test_headline_vs_body_by_camp_with_bootstrap(headlined):
    out = framing.headline_vs_body(headlined.stances, headlined.sentences, by="camp",
                                   n_boot=300, seed=5, min_n=2)
    assert list(zip(out["source"], out["camp"], out["section"], out["n"])) == [
        ("A", "Russia", "headline", 1), ("A", "Russia", "body", 4),
        ("A", "Ukraine", "headline", 1), ("A", "Ukraine", "body", 2),
        ("B", "Russia", "headline", 1), ("B", "Russia", "body", 1),
        ("B", "Ukraine", "headline", 2), ("B", "Ukraine", "body", 2),
    ]
    # B / Ukraine headlines: the title (Ukraine +0.6) and the heading (Zelenskyy +0.9).
    b_head = row(out, source="B", camp="Ukraine", section="headline")
    assert b_head["mean_score"] == pytest.approx(0.75)
    assert (b_head["ci_low"], b_head["ci_high"]) == pytest.approx(
        plain_bootstrap([0.6, 0.9], n_boot=300, seed=5))
    assert not b_head["small_n"] and b_head["share_positive"] == 1.0
    b_body = row(out, source="B", camp="Ukraine", section="body")
    assert b_body["mean_score"] == pytest.approx((0.75 + 0.6) / 2)
    assert row(out, source="A", camp="Russia", section="body")["mean_score"] == pytest.approx(
        (-0.5 + 0.0 + 0.1 + 0.0) / 4)
    assert row(out, source="A", camp="Ukraine", section="body")["mean_score"] == pytest.approx(
        0.4)


def test_headline_vs_body_voice_and_empty(stances, sentences, headlined):
    quoted = framing.headline_vs_body(headlined.stances, headlined.sentences, voice="quoted",
                                      n_boot=50)
    assert quoted.empty and "section" in quoted.columns  # no headline is a quote
    authorial = framing.headline_vs_body(headlined.stances, headlined.sentences,
                                         voice="authorial", n_boot=50, min_n=2)
    assert row(authorial, source="B", actor="Ukraine", section="body")["n"] == 0  # b1:1 quoted
    none = framing.headline_vs_body(stances, sentences, n_boot=50)
    assert none.empty and list(none.columns)[:3] == ["source", "actor", "section"]
    with pytest.raises(ValueError):
        framing.headline_vs_body(stances, sentences, voice=None)


# ---------------------------------------------------------------------------
# fair comparisons: error-aware shares
# ---------------------------------------------------------------------------

# Probabilities the toy classifier gives each label (rows negative, neutral, positive).
TOY_PROBS = {"negative": (0.7, 0.2, 0.1), "neutral": (0.2, 0.6, 0.2), "positive": (0.1, 0.2, 0.7)}


def labelled_tables(labels_by_group: dict[tuple[str, str], list[str]]) -> SimpleNamespace:
    """One body sentence with one mention per label; group = (source, actor); camp = actor."""
    sentence_rows, stance_rows = [], []
    for (source, actor), labels in labels_by_group.items():
        doc_id = f"{source}-{actor}"
        for i, label in enumerate(labels):
            sentence_rows.append({"doc_id": doc_id, "source": source, "sentence_id": i,
                                  "kind": "sentence", "text": f"s{i}", "is_quote": False,
                                  "speaker": "", "speaker_camp": ""})
            p_neg, p_neu, p_pos = TOY_PROBS[label]
            stance_rows.append({"doc_id": doc_id, "source": source, "sentence_id": i,
                                "actor": actor, "camp": actor, "p_negative": p_neg,
                                "p_neutral": p_neu, "p_positive": p_pos, "stance_label": label})
    return SimpleNamespace(sentences=pd.DataFrame(sentence_rows),
                           stances=pd.DataFrame(stance_rows))


# rates P(pred | gold): negative 0.8/0.2/0, neutral 0.1/0.8/0.1, positive 0/0.2/0.8
TOY_CONFUSION = pd.DataFrame([[8, 2, 0], [1, 8, 1], [0, 2, 8]], index=list(framing.LABELS),
                             columns=list(framing.LABELS))


def test_adjusted_count_closed_form():
    # true (0.5, 0.5, 0) is observed as rates.T @ true = (0.45, 0.5, 0.05)
    assert framing.adjusted_count([0.45, 0.5, 0.05], TOY_CONFUSION.to_numpy()) == pytest.approx(
        [0.5, 0.5, 0.0], abs=1e-9)
    # two classes in effect: (q - fpr) / (tpr - fpr) with tpr = 0.9, fpr = 0.3, q = 0.6 -> 0.5
    rates = [[0.9, 0.0, 0.1], [0.0, 1.0, 0.0], [0.3, 0.0, 0.7]]
    assert framing.adjusted_count([0.6, 0.0, 0.4], rates) == pytest.approx([0.5, 0.0, 0.5],
                                                                         abs=1e-9)
    # outside the simplex: all predicted negative, but 20% of negatives are called neutral,
    # so the exact solution is (1.25, -0.25, 0); the nearest valid distribution is (1, 0, 0)
    rates = [[0.8, 0.2, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]
    assert framing.adjusted_count([1.0, 0.0, 0.0], rates) == pytest.approx([1.0, 0.0, 0.0],
                                                                         abs=1e-6)


def _nnls_reference(q, rates):
    from scipy.optimize import nnls

    m = np.asarray(rates, dtype=float)
    m = m / m.sum(axis=1, keepdims=True)
    a = np.vstack([m.T, np.full((1, m.shape[0]), 1e3)])
    x, _ = nnls(a, np.concatenate([q, [1e3]]))
    x = np.clip(x, 0.0, None)
    return x / x.sum()


def test_adjusted_counts_equal_scipy_nnls():
    # Random stacks: bootstrap-like confusion matrices (some nearly singular, some with empty
    # cells) and observed shares inside and outside what the rates can explain.
    rng = np.random.default_rng(7)
    n = 3000
    counts = rng.integers(0, 40, size=(n, 3, 3)).astype(float)
    counts[: n // 3] += np.eye(3) * 200  # good classifiers
    counts[n // 3: n // 2, 1] = counts[n // 3: n // 2, 0]  # rows 0 and 1 alike: near-singular
    counts += 1e-3 * rng.random(size=counts.shape)
    observed = rng.dirichlet([1.0, 1.0, 1.0], size=n)
    observed[:100] = np.eye(3)[rng.integers(0, 3, size=100)]  # corners: often outside
    got = framing.adjusted_counts(observed, counts)
    want = np.array([_nnls_reference(q, c) for q, c in zip(observed, counts)])
    np.testing.assert_allclose(got, want, atol=1e-8)
    np.testing.assert_allclose(got.sum(axis=1), 1.0, atol=1e-12)
    with pytest.raises(ValueError, match="B, K"):
        framing.adjusted_counts(observed[0], counts)


def test_adjusted_label_shares_hand_values():
    t = labelled_tables({("S", "X"): ["negative"] * 9 + ["neutral"] * 10 + ["positive"]})
    out = framing.adjusted_label_shares(t.stances, t.sentences, TOY_CONFUSION, n_boot=200)
    assert list(out.columns) == ["source", "actor", "voice", "label", "n", "raw", "raw_low",
                                 "raw_high", "pcc", "pcc_low", "pcc_high", "adjusted",
                                 "adjusted_low", "adjusted_high", "small_n"]
    assert out["label"].tolist() == list(framing.LABELS)
    assert (out["n"] == 20).all() and not out["small_n"].any()
    assert out["raw"].tolist() == pytest.approx([0.45, 0.5, 0.05])
    # pcc: negative (9*0.7 + 10*0.2 + 0.1) / 20, neutral (9*0.2 + 10*0.6 + 0.2) / 20, ...
    assert out["pcc"].tolist() == pytest.approx([0.42, 0.40, 0.18])
    assert out["adjusted"].tolist() == pytest.approx([0.5, 0.5, 0.0], abs=1e-9)
    # the raw interval is the module's plain bootstrap of the 0/1 label indicators
    negative = [1.0] * 9 + [0.0] * 11
    low, high = framing.bootstrap_mean_ci(negative, n_boot=200, seed=0)
    assert (out.loc[0, "raw_low"], out.loc[0, "raw_high"]) == pytest.approx((low, high))
    for est in framing.SHARE_ESTIMATORS:
        assert (out[f"{est}_low"] <= out[est] + 1e-9).all()
        assert (out[est] <= out[f"{est}_high"] + 1e-9).all()
    # deterministic
    again = framing.adjusted_label_shares(t.stances, t.sentences, TOY_CONFUSION, n_boot=200)
    pd.testing.assert_frame_equal(out, again)


def test_adjusted_interval_includes_the_classifier_error():
    t = labelled_tables({("S", "X"): ["negative"] * 9 + ["neutral"] * 10 + ["positive"]})
    # a perfect classifier: adjusted = raw, intervals included (the resampled matrix never moves)
    perfect = framing.adjusted_label_shares(t.stances, t.sentences, np.eye(3) * 50, n_boot=200)
    for part in ("", "_low", "_high"):
        assert perfect[f"adjusted{part}"].tolist() == pytest.approx(
            perfect[f"raw{part}"].tolist(), abs=1e-9)
    # same rates measured on 10 vs 1000 examples per label: the small held-out set is less sure
    small = framing.adjusted_label_shares(t.stances, t.sentences, TOY_CONFUSION, n_boot=300)
    large = framing.adjusted_label_shares(t.stances, t.sentences, TOY_CONFUSION * 100,
                                          n_boot=300)
    width = lambda df: (df["adjusted_high"] - df["adjusted_low"]).sum()  # noqa: E731
    assert width(small) > width(large)
    assert small["adjusted"].tolist() == pytest.approx(large["adjusted"].tolist(), abs=1e-9)


def test_adjusted_label_shares_groups_camps_and_errors(stances, sentences):
    out = framing.adjusted_label_shares(stances, sentences, TOY_CONFUSION, by="camp",
                                        n_boot=50, min_n=3)
    assert out[["source", "camp"]].drop_duplicates().values.tolist() == [
        ["A", "Russia"], ["A", "Ukraine"], ["B", "Russia"], ["B", "Ukraine"]]
    sums = out.groupby(["source", "camp"])[["raw", "pcc", "adjusted"]].sum()
    assert np.allclose(sums.to_numpy(), 1.0)
    # A / Russia raw: a1:1 negative; a1:3 neutral; a2:0 Putin (pos, neu) + Peskov neu ->
    # 1/3 positive, 2/3 neutral; a2:1 neutral
    a_russia = out.loc[(out["source"] == "A") & (out["camp"] == "Russia")]
    assert a_russia["raw"].tolist() == pytest.approx([1 / 4, (1 + 2 / 3 + 1) / 4, (1 / 3) / 4])
    assert a_russia["n"].iloc[0] == 4
    with pytest.raises(ValueError, match="no example of gold"):
        framing.adjusted_label_shares(stances, sentences, np.diag([5, 0, 5]))
    with pytest.raises(ValueError, match="3 x 3"):
        framing.adjusted_label_shares(stances, sentences, np.eye(2))


def test_heldout_confusion_with_a_fake_model(tmp_path, monkeypatch):
    import json

    from analysis import stance
    from analysis.models import LoadedModel

    records = [("The army won a great victory.", "army", 6.0),   # gold positive
               ("The army suffered a defeat.", "army", 2.0),     # gold negative
               ("The army met on Monday.", "army", 4.0),         # gold neutral
               ("The army fled in defeat.", "army", 4.0)]        # gold neutral, pred negative
    path = tmp_path / "heldout.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for sentence, target, polarity in records:
            start = sentence.index(target)
            fh.write(json.dumps({"sentence_normalized": sentence, "targets": [
                {"from": start, "to": start + len(target), "polarity": polarity}]}) + "\n")

    def fake_predict(loaded, examples, form=None, batch_size=64):
        return np.array([[0.1, 0.2, 0.7] if "victory" in ex.sentence else
                         [0.8, 0.15, 0.05] if "defeat" in ex.sentence else [0.2, 0.6, 0.2]
                         for ex in examples])

    monkeypatch.setattr(stance, "predict_examples", fake_predict)
    model = LoadedModel(model=None, tokenizer=None, labels=["negative", "neutral", "positive"],
                        meta={}, path=None)
    table = framing.heldout_confusion(path, model=model)
    assert table.index.tolist() == table.columns.tolist() == list(framing.LABELS)
    assert table.to_numpy().tolist() == [[1, 0, 0], [1, 1, 0], [0, 0, 1]]
    with pytest.raises(FileNotFoundError):
        framing.heldout_confusion(tmp_path / "missing.jsonl", model=model)


def test_recorded_heldout_confusion_equals_a_fresh_scoring(monkeypatch):
    # The report reads the counts calibrate-stance recorded instead of scoring the held-out
    # set; they must be what the shipped model gives now. Across machines a near-tie may flip.
    from analysis.models import BACKEND_ENV
    from analysis.stance import get_stance_model

    monkeypatch.setenv(BACKEND_ENV, "onnx")  # the recorded counts serve fp32 backends only
    recorded = framing.heldout_confusion()
    fresh = framing.heldout_confusion(model=get_stance_model())
    assert recorded.index.tolist() == fresh.index.tolist() == list(framing.LABELS)
    assert recorded.to_numpy().sum() == fresh.to_numpy().sum() > 500
    assert np.abs(recorded.to_numpy() - fresh.to_numpy()).sum() <= 2


def test_recorded_confusion_only_for_an_fp32_backend(monkeypatch):
    from analysis import modelcard
    from analysis.models import BACKEND_ENV

    def scored_afresh(*args, **kwargs):
        raise LookupError("scored afresh")

    monkeypatch.setattr(modelcard, "stance_predictions", scored_afresh)
    monkeypatch.setenv(BACKEND_ENV, "onnx")
    assert framing.heldout_confusion().to_numpy().sum() > 500  # the recorded counts
    monkeypatch.setenv(BACKEND_ENV, "onnx-int8")
    with pytest.raises(LookupError, match="scored afresh"):
        framing.heldout_confusion()


def test_recorded_confusion_is_ignored_for_a_changed_file_or_model(tmp_path):
    import json
    import shutil

    from analysis.stance import recorded_confusion, stance_model_path
    from analysis.warnews import DATA_DIR

    heldout = DATA_DIR / "heldout.jsonl"
    assert recorded_confusion(stance_model_path(), heldout) is not None
    # other weights (the digest), or counts recorded on int8: not used
    copy = tmp_path / "model"
    shutil.copytree(stance_model_path(), copy)
    assert recorded_confusion(copy, heldout) is not None
    meta = json.loads((copy / "model.json").read_text())
    (copy / "model.json").write_text(json.dumps(dict(meta, temperature=2.0)))
    assert recorded_confusion(copy, heldout) is None
    shutil.copy(stance_model_path() / "model.json", copy / "model.json")
    metrics = json.loads((copy / "metrics.json").read_text())
    metrics["calibration"]["war-news-stance/heldout.jsonl"]["backend"] = "onnx-int8"
    (copy / "metrics.json").write_text(json.dumps(metrics))
    assert recorded_confusion(copy, heldout) is None
    changed = tmp_path / "war-news-stance" / "heldout.jsonl"
    changed.parent.mkdir()
    lines = (DATA_DIR / "heldout.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    changed.write_text("".join(lines[:-1]), encoding="utf-8")  # one target fewer
    assert recorded_confusion(stance_model_path(), changed) is None


# ---------------------------------------------------------------------------
# fair comparisons: tests of difference
# ---------------------------------------------------------------------------


def scored_tables(scores_by_group: dict[tuple[str, str], list[float]]) -> SimpleNamespace:
    """One body sentence with one mention per score (p_positive - p_negative = score)."""
    sentence_rows, stance_rows = [], []
    for (source, actor), scores in scores_by_group.items():
        doc_id = f"{source}-{actor}"
        for i, score in enumerate(scores):
            sentence_rows.append({"doc_id": doc_id, "source": source, "sentence_id": i,
                                  "kind": "sentence", "text": f"s{i}", "is_quote": False,
                                  "speaker": "", "speaker_camp": ""})
            p_neg, p_pos = max(-score, 0.0), max(score, 0.0)
            stance_rows.append({"doc_id": doc_id, "source": source, "sentence_id": i,
                                "actor": actor, "camp": actor, "p_negative": p_neg,
                                "p_neutral": 1.0 - p_neg - p_pos, "p_positive": p_pos,
                                "stance_label": "neutral"})
    return SimpleNamespace(sentences=pd.DataFrame(sentence_rows),
                           stances=pd.DataFrame(stance_rows))


def brute_force_p(a: list[float], b: list[float]) -> float:
    """Share of all relabellings with |mean difference| >= the observed one."""
    from itertools import combinations

    pooled = a + b
    observed = abs(np.mean(a) - np.mean(b))
    hits = total = 0
    for idx in combinations(range(len(pooled)), len(a)):
        first = [pooled[i] for i in idx]
        second = [pooled[i] for i in range(len(pooled)) if i not in idx]
        total += 1
        hits += abs(np.mean(first) - np.mean(second)) >= observed - 1e-12
    return hits / total


def test_permutation_test_matches_brute_force():
    a, b = [-0.5, -0.4, -0.6], [0.1, 0.2, 0.0]
    # only the observed split and its mirror reach |difference| = 0.6: 2 of C(6, 3) = 20
    assert framing.permutation_test(a, b) == pytest.approx(0.1)
    a, b = [0.3, -0.2, 0.5, 0.1, -0.4], [0.2, 0.6, 0.0, 0.7, 0.4]
    exact = brute_force_p(a, b)
    assert framing.permutation_test(a, b) == pytest.approx(exact)
    # Monte Carlo once the splits outnumber the permutations: (1 + hits) / (1 + n), seeded
    mc = framing.permutation_test(a, b, n_permutations=2000, seed=3)
    assert mc == framing.permutation_test(a, b, n_permutations=2000, seed=3)
    assert abs(mc - exact) < 0.03
    assert math.isnan(framing.permutation_test([], [1.0]))


def test_holm_and_cohens_d_by_hand():
    # sorted: 0.005*4 = 0.02, 0.01*3 = 0.03, 0.03*2 = 0.06, 0.04*1 = 0.04 -> running max
    assert framing.holm_adjust([0.01, 0.04, 0.03, 0.005]).tolist() == pytest.approx(
        [0.03, 0.06, 0.06, 0.02])
    assert framing.holm_adjust([0.5, 0.9]).tolist() == pytest.approx([1.0, 1.0])
    adjusted = framing.holm_adjust([0.01, float("nan")])
    assert adjusted[0] == pytest.approx(0.01) and math.isnan(adjusted[1])
    # means 2 and 4, pooled sd sqrt((2 + 2) / 4) = 1
    assert framing.cohens_d([1, 2, 3], [3, 4, 5]) == pytest.approx(-2.0)
    assert math.isnan(framing.cohens_d([1, 1], [1, 1]))


def test_compare_outlets_hand_values():
    t = scored_tables({("A", "X"): [-0.5, -0.4, -0.6], ("B", "X"): [0.1, 0.2, 0.0],
                       ("C", "X"): [0.1, 0.0, 0.2], ("C", "Y"): [0.5, 0.5]})
    out = framing.compare_outlets(t.stances, t.sentences, min_n=3, n_boot=200)
    assert list(out.columns) == ["actor", "source_a", "source_b", "voice", "n_a", "n_b",
                                 "mean_a", "mean_b", "difference", "ci_low", "ci_high",
                                 "cohens_d", "p_value", "p_adjusted", "significant"]
    # Y has one outlet only (and too few sentences): no comparison
    assert out[["source_a", "source_b"]].values.tolist() == [["A", "B"], ["A", "C"], ["B", "C"]]
    assert out["difference"].tolist() == pytest.approx([-0.6, -0.6, 0.0])
    assert out["p_value"].tolist() == pytest.approx([0.1, 0.1, 1.0])
    # Holm over 3: 0.1*3 = 0.3, max(0.3, 0.1*2) = 0.3, 1.0
    assert out["p_adjusted"].tolist() == pytest.approx([0.3, 0.3, 1.0])
    assert not out["significant"].any()
    # pooled sd of A and B: deviations 0, 0.1, -0.1 on each side -> sqrt(0.04 / 4) = 0.1
    assert out.loc[0, "cohens_d"] == pytest.approx(-6.0)
    assert out.loc[0, "ci_low"] <= -0.6 <= out.loc[0, "ci_high"]
    bh = framing.compare_outlets(t.stances, t.sentences, min_n=3, n_boot=50, correction="bh")
    # BH: sorted 0.1, 0.1, 1.0 -> 0.1*3/2 = 0.15 for both, 1.0
    assert bh["p_adjusted"].tolist() == pytest.approx([0.15, 0.15, 1.0])
    empty = framing.compare_outlets(t.stances, t.sentences, min_n=10)
    assert empty.empty and list(empty.columns) == list(out.columns)
    with pytest.raises(ValueError, match="correction"):
        framing.compare_outlets(t.stances, t.sentences, correction="bonferroni")


def test_difference_sentences_only_for_significant_rows():
    t = scored_tables({("A", "X"): [-0.5, -0.4, -0.6], ("B", "X"): [0.1, 0.2, 0.0],
                       ("C", "X"): [0.1, 0.0, 0.2]})
    table = framing.compare_outlets(t.stances, t.sentences, min_n=3, n_boot=50)
    assert framing.difference_sentences(table) == []  # p_adj = 0.3: nothing to say
    assert framing.difference_sentences(table, alpha=0.5) == [
        "A is more negative toward X than B (difference \u22120.60, p_adj = 0.300)",
        "A is more negative toward X than C (difference \u22120.60, p_adj = 0.300)",
    ]
    handmade = pd.DataFrame({"camp": ["Russia"], "source_a": ["Daily"], "source_b": ["Post"],
                             "difference": [0.314], "p_adjusted": [0.0004],
                             "significant": [True]})
    assert framing.difference_sentences(handmade) == [
        "Post is more negative toward Russia than Daily (difference \u22120.31, p_adj < 0.001)"]
    assert framing.difference_sentences(table.iloc[:0]) == []


# ---------------------------------------------------------------------------
# fair comparisons: who quotes whom about whom
# ---------------------------------------------------------------------------


def test_quoted_voices_about(stances, sentences):
    extra_sentences = pd.DataFrame([
        ("a1", "A", 5, "sentence", "\u201cHe lost,\u201d someone said.", True, "", "", 0.0,
         "neutral", "", False),
        ("a1", "A", 6, "sentence", "\u201cHe lied,\u201d Olena Marchuk said.", True,
         "Olena Marchuk", "", 0.0, "neutral", "", False),
    ], columns=SENTENCE_COLUMNS)
    extra_stances = pd.DataFrame([
        ("a1", "A", 5, "Putin", "Russia", 0.5, 0.4, 0.1, "negative"),   # -0.4
        ("a1", "A", 6, "Putin", "Russia", 0.3, 0.6, 0.1, "neutral"),    # -0.2
    ], columns=STANCE_COLUMNS)
    sents = pd.concat([sentences, extra_sentences], ignore_index=True)
    stans = pd.concat([stances, extra_stances], ignore_index=True)
    out = framing.quoted_voices_about(stans, sents, n_boot=100, min_n=2)
    assert list(out.columns) == ["source", "speaker_camp", "actor", "n", "mean_score", "ci_low",
                                 "ci_high", "share_of_target_quotes", "small_n"]
    got = [(r.source, r.speaker_camp, r.actor, r.n, round(r.mean_score, 6),
            round(r.share_of_target_quotes, 6)) for r in out.itertuples()]
    assert got == [
        ("A", framing.NO_SPEAKER, "Putin", 1, -0.4, round(1 / 3, 6)),
        ("A", framing.UNREGISTERED, "Putin", 1, -0.2, round(1 / 3, 6)),
        ("A", "Russia", "Peskov", 1, 0.0, 1.0),
        ("A", "Russia", "Putin", 1, 0.15, round(1 / 3, 6)),   # Putin twice in a2:0: 0.4, -0.1
        ("A", "Ukraine", "Zelenskyy", 1, 0.6, 1.0),
        ("B", "Ukraine", "Ukraine", 1, 0.75, 1.0),
    ]
    assert out["small_n"].all()
    by_camp = framing.quoted_voices_about(stans, sents, by="camp", n_boot=50)
    a_russia = by_camp.loc[(by_camp["source"] == "A") & (by_camp["speaker_camp"] == "Russia")]
    # a2:0 mentions Putin (0.4, -0.1) and Peskov (0.0): one camp unit, mean 0.1
    assert a_russia["camp"].tolist() == ["Russia"]
    assert a_russia["mean_score"].tolist() == pytest.approx([0.1])
    no_quotes = sentences.assign(is_quote=False)
    empty = framing.quoted_voices_about(stances, no_quotes)
    assert empty.empty and list(empty.columns) == list(out.columns)


# ---------------------------------------------------------------------------
# fair comparisons: framing over time
# ---------------------------------------------------------------------------


def test_stance_over_time(stances, sentences):
    articles = pd.DataFrame({
        "doc_id": ["a1", "a2", "b1", "b2"],
        # a1: late evening in New York is the next day in UTC; a2: an RSS (RFC 822) date;
        # b1: no date; b2 (a duplicate) an unparseable one
        "published": ["2022-11-09T23:30:00-05:00", "Fri, 11 Nov 2022 08:00:00 +0000", "",
                      "last Tuesday"],
    })
    weekly = framing.stance_over_time(stances, sentences, articles, n_boot=100, min_n=3)
    assert list(weekly.columns) == ["period", "source", "camp", "voice", "n", "mean_score",
                                    "ci_low", "ci_high", "share_negative", "share_neutral",
                                    "share_positive", "small_n"]
    got = [(str(r.period.date()), r.source, r.camp, r.n, round(r.mean_score, 6))
           for r in weekly.itertuples()]
    # week of Monday 7 November; A/Russia: -0.5, 0.0, mean(0.4, -0.1, 0.0) = 0.1, 0.0
    assert got == [("2022-11-07", "A", "Russia", 4, -0.1), ("2022-11-07", "A", "Ukraine", 2, 0.4)]
    undated = weekly.attrs["undated"]
    # b1 has no date: its 3 sentence-camp units (Russia, Ukraine, Ukraine) are left out
    assert undated.values.tolist() == [["B", 1, 3]]
    assert weekly.attrs["n_undated_articles"] == 1

    daily = framing.stance_over_time(stances, sentences, articles, freq="D", by="actor",
                                     n_boot=50)
    days = sorted({(str(r.period.date()), r.source) for r in daily.itertuples()})
    assert days == [("2022-11-10", "A"), ("2022-11-11", "A")]
    a_putin_day1 = daily.loc[(daily["actor"] == "Putin")
                             & (daily["period"] == pd.Timestamp("2022-11-10"))]
    assert a_putin_day1["n"].tolist() == [2]
    assert a_putin_day1["mean_score"].tolist() == pytest.approx([-0.25])

    none = framing.stance_over_time(stances, sentences, articles.assign(published=None),
                                    n_boot=10)
    assert none.empty and none.attrs["n_undated_articles"] == 3
    with pytest.raises(ValueError, match="freq"):
        framing.stance_over_time(stances, sentences, articles, freq="Q")
    with pytest.raises(KeyError, match="published"):
        framing.stance_over_time(stances, sentences, articles.drop(columns="published"))


def test_explain_candidates_refuses_a_probability_outside_0_1(stances, sentences):
    from analysis.overview import explain_candidates

    stances.loc[1, "p_positive"] = 1.7   # once a "favourable" candidate scoring 1.6
    with pytest.raises(ValueError, match="p_positive is missing or outside"):
        explain_candidates(SimpleNamespace(stances=stances, sentences=sentences))


def test_distinctive_phrases_leave_out_a_transcripts_guest_names():
    # a third newcomer's television interview had its guest's name as its distinctive phrase
    sents = toy_sentences({
        "Channel 9": ["Artak Beglaryan joins us from Yerevan.", "BEGLARYAN: We were betrayed.",
                      "BEGLARYAN: The exodus was planned.", "Artak Beglaryan was ombudsman.",
                      "Refugees were betrayed.", "Refugees were betrayed."],
        "Wire": ["Tanks rolled east.", "Tanks rolled east."],
    })
    sents["speaker"] = ["", "Artak Beglaryan", "Artak Beglaryan", "", "", ""] + [""] * 2
    sents["speaker_status"] = ["", "outside_registry", "outside_registry", "", "", ""] + [""] * 2
    out = framing.distinctive_phrases(sents, min_count=2, top_k=100)
    tv = set(out.query("source == 'Channel 9'")["phrase"])
    assert "refugees were betrayed" in tv or "betrayed" in tv
    assert tv.isdisjoint({"artak", "beglaryan", "artak beglaryan"})
