"""The whole pipeline on the seeds: the `score` command, its tables, determinism."""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import framing, score_corpus
from analysis.cli import main
from analysis.score import SENTENCE_COLUMNS, SENTIMENT_COLUMNS, STANCE_COLUMNS, ScoredCorpus

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def scored() -> ScoredCorpus:
    return score_corpus()


def test_tables_have_the_documented_columns(scored):
    assert list(scored.sentences.columns) == SENTENCE_COLUMNS + SENTIMENT_COLUMNS + ["duplicate"]
    assert list(scored.stances.columns) == STANCE_COLUMNS


def test_seed_counts(scored):
    kinds = scored.sentences.groupby(["doc_id", "kind"]).size().unstack(fill_value=0)
    assert kinds.to_dict("index") == {
        "000_d91aea6d2b7d52c6": {"boilerplate": 0, "heading": 1, "sentence": 20},
        "001_588ec242c0736e56": {"boilerplate": 2, "heading": 0, "sentence": 13},
        "002_d1053c38a1d33603": {"boilerplate": 17, "heading": 0, "sentence": 22},
        "003_a80f5732ff7e0e2e": {"boilerplate": 2, "heading": 6, "sentence": 35},
    }
    assert scored.articles["source"].tolist() == ["Source A", "Source B", "Source C", "Source D"]


def test_sentences_and_headings_are_scored_boilerplate_not(scored):
    s = scored.sentences
    content = s["kind"].isin(["sentence", "heading"])
    assert s.loc[content, "sentiment_label"].isin(["negative", "neutral", "positive"]).all()
    assert s.loc[~content, "sentiment_score"].isna().all()
    keys = set(zip(s.loc[content, "doc_id"], s.loc[content, "sentence_id"]))
    assert set(zip(scored.stances["doc_id"], scored.stances["sentence_id"])) <= keys
    # Headings' mentions get a stance ("Why has Russia withdrawn troops from Kherson?") ...
    headings = s.loc[s["kind"] == "heading", ["doc_id", "sentence_id"]]
    in_headings = scored.stances.merge(headings)
    assert ("003_a80f5732ff7e0e2e", "Russia") in set(zip(in_headings["doc_id"],
                                                        in_headings["actor"]))
    # ... while the article summary still counts the body's sentences and mentions only.
    body = s.loc[s["kind"] == "sentence", ["doc_id", "sentence_id"]]
    per_doc = scored.stances.merge(body).groupby("doc_id").size()
    assert scored.articles.set_index("doc_id")["n_mentions"].to_dict() == per_doc.to_dict()


def test_title_and_headings_are_scored_apart_from_the_body(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("Russian troops left the city on Friday. Ukraine welcomed "
                                  "the news.\n\nWhat Putin wants\n\nPutin said the move was "
                                  "wise.\n")
    (folder / "b.txt").write_text("Putin humiliated as Russia flees Kherson\n\nRussian troops "
                                  "left the city on Friday.\n")
    (folder / "sources.csv").write_text(
        "doc_id,source,title\na,Wire,Putin humiliated as Russia flees Kherson\n"
        "b,Paper,Putin humiliated as Russia flees Kherson\n")
    scored = score_corpus(folder, cache=False)
    s = scored.sentences
    assert list(s.columns) == SENTENCE_COLUMNS + SENTIMENT_COLUMNS + ["duplicate"]
    rows = list(zip(s["doc_id"], s["sentence_id"], s["paragraph_id"], s["start"], s["end"],
                    s["kind"], s["reason"]))
    assert rows == [
        ("a", -1, -1, -1, -1, "title", "title"),          # the manifest title, not in the text
        ("a", 0, 0, 0, 39, "sentence", ""),
        ("a", 1, 0, 40, 66, "sentence", ""),
        ("a", 2, 1, 68, 84, "heading", "subheading"),
        ("a", 3, 2, 86, 115, "sentence", ""),
        ("b", 0, 0, 0, 40, "title", "title"),             # the text opens with its title
        ("b", 1, 1, 42, 81, "sentence", ""),
    ]
    assert s.loc[0, "text"] == "Putin humiliated as Russia flees Kherson"
    assert not s.loc[0, "is_quote"] and s.loc[0, "speaker"] == "" and s.loc[0, "dateline"] == ""
    # Every row but the added title points into its article; all scored rows have sentiment.
    texts = {"a": (folder / "a.txt").read_text(), "b": (folder / "b.txt").read_text()}
    for r in s.itertuples():
        if r.start >= 0:
            assert texts[r.doc_id][r.start:r.end] == r.text
    assert s["sentiment_label"].isin(["negative", "neutral", "positive"]).all()
    # Mentions inside titles and headings are found and scored.
    st = scored.stances
    assert list(zip(st["doc_id"], st["sentence_id"], st["actor"], st["mention"])) == [
        ("a", -1, "Putin", "Putin"), ("a", -1, "Russia", "Russia"),
        ("a", 0, "Russia", "Russian troops"), ("a", 1, "Ukraine", "Ukraine"),
        ("a", 2, "Putin", "Putin"), ("a", 3, "Putin", "Putin"),
        ("b", 0, "Putin", "Putin"), ("b", 0, "Russia", "Russia"),
        ("b", 1, "Russia", "Russian troops"),
    ]
    assert st["stance_label"].isin(["negative", "neutral", "positive"]).all()
    assert scored.articles["n_sentences"].tolist() == [3, 1]
    assert scored.articles["n_mentions"].tolist() == [3, 1]
    # The body aggregates do not see them; headline_vs_body does.
    from analysis import framing
    body = framing.stance_by_source_actor(st, s, voice="all", n_boot=20)
    assert row_n(body, "Wire", "Russia") == 1 and row_n(body, "Paper", "Putin") is None
    versus = framing.headline_vs_body(st, s, n_boot=20)
    assert list(zip(versus["source"], versus["actor"], versus["section"], versus["n"])) == [
        ("Paper", "Putin", "headline", 1), ("Paper", "Putin", "body", 0),
        ("Paper", "Russia", "headline", 1), ("Paper", "Russia", "body", 1),
        ("Wire", "Putin", "headline", 2), ("Wire", "Putin", "body", 1),
        ("Wire", "Russia", "headline", 1), ("Wire", "Russia", "body", 1),
    ]



def test_a_corpus_of_titles_alone_keeps_every_title(tmp_path):
    """Articles whose body is empty (a list of headlines) still have their headlines: one row
    each, scored, not silently none because no article has body text."""
    corpus = tmp_path / "headlines.jsonl"
    corpus.write_text(
        '{"doc_id": "t1", "source": "A", "title": "Russia retreats from Kherson", "text": ""}\n'
        '{"doc_id": "t2", "source": "B", "title": "Zelenskyy hails the liberation", "text": " "}\n'
        '{"doc_id": "t3", "source": "B", "title": "", "text": ""}\n', encoding="utf-8")
    with pytest.warns(UserWarning, match="empty"):
        scored = score_corpus(corpus, cache=False)
    s = scored.sentences
    assert list(zip(s["doc_id"], s["sentence_id"], s["kind"], s["text"])) == [
        ("t1", -1, "title", "Russia retreats from Kherson"),
        ("t2", -1, "title", "Zelenskyy hails the liberation"),
    ]
    assert s["sentiment_label"].isin(["negative", "neutral", "positive"]).all()
    st = scored.stances
    assert list(zip(st["doc_id"], st["actor"])) == [("t1", "Russia"), ("t2", "Zelenskyy")]
    assert st["stance_label"].isin(["negative", "neutral", "positive"]).all()


def _titled_article(tmp_path, text: str, title: str, source: str = "Wire"):
    """A one-article corpus whose manifest gives its title (quoted as CSV wants)."""
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(text, encoding="utf-8")
    quoted = title.replace('"', '""')
    (folder / "sources.csv").write_text(f'doc_id,source,title\na,{source},"{quoted}"\n',
                                        encoding="utf-8")
    return score_corpus(folder, sentiment=False, cache=False)


HEADLINE = "Russia\u2019s army retreats from Kherson"
REPEATS = [
    HEADLINE,                                                # as the title
    HEADLINE.upper(),
    "Russia's army retreats from Kherson",                   # straight against curly apostrophe
    "Russia\u2019s army retreats from Kher\u00adson",        # a soft hyphen
    f"By Jane Doe, Outlet News\n\n{HEADLINE}",               # after a byline
]


@pytest.mark.parametrize("first_lines, title, source", [
    *((lines, HEADLINE, "Wire") for lines in [*REPEATS, f"{HEADLINE}."]),  # a full stop too
    # A site or section name after a page's <title>, found in the page's own headline ...
    *((lines, f"{HEADLINE} | Outlet H", "Wire") for lines in REPEATS),
    (HEADLINE, f"{HEADLINE} - Outlet H", "Wire"),
    (HEADLINE, f"{HEADLINE} \u2014 Al-Jazeera English", "Wire"),
    (HEADLINE, f"{HEADLINE} | World | The Outlet", "Wire"),
    # ... and in a headline read as a sentence when the name is the article's source.
    (f"{HEADLINE}.", f"{HEADLINE} | Outlet H", "Outlet H"),
    ("\u2018We will not leave\u2019: Zelenskyy vows to hold Kherson",
     "\u2018We will not leave\u2019: Zelenskyy vows to hold Kherson | World | The Guardian",
     "The Guardian"),
    # A section in lower case, the outlet named loosely.
    (HEADLINE, f"{HEADLINE} | World news | The Guardian", "Guardian"),
    (f"{HEADLINE}.", f"{HEADLINE} | reuters.com", "Reuters"),
    # The page's headline with a tail of its own: a newcomer's live blog had its title scored
    # twice, as the manifest's title and as the heading "… – as it happened".
    (f"{HEADLINE} – as it happened", HEADLINE, "Wire"),
    (f"{HEADLINE} | live updates", HEADLINE, "Wire"),
    (f"{HEADLINE} (as it happened)", HEADLINE, "Wire"),                  # a breaker's
    (f"{HEADLINE}: live updates", HEADLINE, "Wire"),
    # A headline of two sentences: a newcomer's tabloid had its title stored three times, as
    # the title and as the two headings the split at "!" made.
    ("OUR BOYS ARE HOME! Tears at the border as 307 heroes return from captivity",
     "OUR BOYS ARE HOME! Tears at the border as 307 heroes return from captivity", "Wire"),
    # Two newcomers' (stop 63): a title whose line the segmenter cut at "?" ...
    ("Analysis: Who won the four-day war? Both sides claim victory, but the real winner may be "
     "Beijing", "Analysis: Who won the four-day war? Both sides claim victory, but the real "
     "winner may be Beijing", "Wire"),
    # ... a manifest that writes a colon where the text has a comma ...
    ("Kinshasa's Hate Speech Endangers Peace, Kigali Warns",
     "Kinshasa's hate speech endangers peace: Kigali warns", "Wire"),
    # ... and a rubric before the page's headline
    (f"Opinion | {HEADLINE}", HEADLINE, "Wire"),
    (f"ANALYSIS: {HEADLINE}", HEADLINE, "Wire"),
    (f"ANALYSIS-{HEADLINE}", HEADLINE, "Wire"),                           # Reuters', glued
    # ... or the document's word before the headline in quotation marks, which make the line a
    # sentence (a Mozambique newcomer's DW transcript: 'Transcript: "Is Cabo Delgado safe
    # enough for TotalEnergies?"' was a body row beside the manifest's title)
    ("Transcript: \u201cIs Kherson safe enough to go home?\u201d",
     "Is Kherson safe enough to go home?", "Wire"),
    # ... and a manifest's title may open with its programme's name, which the page's line
    # leaves out (a Cameroon newcomer's CRTV transcript: 'Transcript – "The situation in the
    # North-West and South-West"' under the title "Cameroon Calling: The situation in …")
    ("Transcript \u2013 \u201cThe situation in the south of the country\u201d",
     "Kherson Calling: The situation in the south of the country", "Wire"),
    ("The situation in the south of the country",
     "Kherson Calling: The situation in the south of the country", "Wire"),
    # a manifest's title with a tail the page's headline lacks (a third newcomer's live blog)
    (HEADLINE, f"{HEADLINE} – as it happened", "Wire"),
])
def test_a_headline_the_text_repeats_is_counted_once_and_never_as_body(tmp_path, first_lines,
                                                                       title, source):
    s = _titled_article(tmp_path, f"{first_lines}\n\nRussian troops left the city on Friday.\n",
                        title, source).sentences
    headline = s.loc[s["kind"].isin(["title", "heading"])]
    assert len(headline) == 1 and headline["kind"].item() == "title"
    assert headline["sentence_id"].item() >= 0        # the text's own row, not an added one
    assert s.loc[s["kind"] == "sentence", "text"].tolist() == [
        "Russian troops left the city on Friday."]


@pytest.mark.parametrize("first_lines, title", [
    # Cut at " - ", these titles would leave too short a headline or cut too long a name.
    ("Ukraine\n\nUkraine - the view from Kyiv", "Ukraine - the view from Kyiv"),
    ("Exclusive\n\nExclusive - Russia plans a new offensive",
     "Exclusive - Russia plans a new offensive"),
    ("Kherson is free.", "Kherson is free - but the war is not over"),
    # Short, but the end of a headline, not a site name; even after the source's name.
    ("War in Ukraine", "War in Ukraine - Kherson falls"),
    ("War in Ukraine", "War in Ukraine - Kherson falls | Reuters"),
])
def test_a_title_is_not_cut_into_a_shorter_headline_that_matches_another_row(tmp_path, first_lines,
                                                                            title):
    s = _titled_article(tmp_path, f"{first_lines}\n\nRussian troops left the city on Friday.\n",
                        title, source="Reuters").sentences
    assert s.loc[s["kind"] == "title", "text"].tolist() == [title]   # whole, once
    assert s.loc[s["sentence_id"] == 0, "kind"].item() != "title"


@pytest.mark.parametrize("heading", [
    f"{HEADLINE} – and what it means for the war in the south",   # a tail too long
    f"{HEADLINE}n",                                                    # no separator
    f"Why the defence of the south collapsed | {HEADLINE}",       # more than a rubric before
    f"Why the defence of the south collapsed: \u201c{HEADLINE}\u201d",  # ... the title quoted
])
def test_a_heading_longer_than_the_title_by_more_than_a_tail_is_a_heading(tmp_path, heading):
    s = _titled_article(tmp_path, f"{heading}\n\nRussian troops left the city on Friday.\n",
                        HEADLINE, source="Wire").sentences
    assert s.loc[s["kind"] == "title", "sentence_id"].tolist() == [-1]   # added, not row 0


@pytest.mark.parametrize("first_lines", [
    # the title's rest after its programme's name in a body sentence stays a sentence, and a
    # rest shorter than a headline matches nothing
    "The situation in the south of the country is grim, officials said.",
])
def test_a_titles_rest_after_its_programme_name_is_matched_in_a_heading_only(tmp_path,
                                                                           first_lines):
    s = _titled_article(tmp_path, f"{first_lines}\n\nRussian troops left the city on Friday.\n",
                        "Kherson Calling: The situation in the south of the country",
                        source="Wire").sentences
    assert s.loc[s["kind"] == "title", "sentence_id"].tolist() == [-1]   # added, not row 0


@pytest.mark.parametrize("mark", ["# ", "## "])
def test_a_title_row_holds_the_headline_without_its_markdown_mark(tmp_path, mark):
    # a newcomer's Yemen .md page: its long "#" headline, read as one by its mark, became the
    # title row "# Sayyed Abdul-Malik: Our operations …", the mark in the headline's words
    title = ("Sayyed Abdul-Malik: Our operations in the Red Sea will continue until the siege "
             "on Gaza is lifted")
    s = _titled_article(tmp_path, f"{mark}{title}\n\nRussian troops left the city on Friday.\n",
                        title).sentences
    assert s.loc[s["kind"] == "title", ["sentence_id", "text"]].values.tolist() == [[0, title]]


def test_a_row_that_becomes_the_title_is_no_quote_and_its_mentions_are_a_headline_s(tmp_path):
    scored = _titled_article(tmp_path, "\u201cWe will not leave Kherson,\u201d Zelenskyy says.\n\n"
                             "Russian troops left the city on Friday.\n",
                             "\u201cWe will not leave Kherson,\u201d Zelenskyy says")
    s = scored.sentences
    first = s.loc[s["sentence_id"] == 0].iloc[0]
    assert (first["kind"], first["is_quote"], first["speaker"]) == ("title", False, "")
    assert (s["kind"] == "title").sum() == 1
    st = scored.stances
    assert list(zip(st["sentence_id"], st["actor"])) == [(0, "Zelenskyy"), (1, "Russia")]


def test_a_headline_under_a_press_statements_header_is_the_title_once(tmp_path):
    # a Libya newcomer's UNSMIL statement: four boilerplate rows over the headline kept it out
    # of the title search, so it was scored twice, as the title and as a heading
    text = ("UNITED NATIONS INTERIM FORCE IN LEBANON\n\nPRESS RELEASE\n\nUNIFIL/PR/2024/118\n\n"
            "Naqoura, 9 June 2024\n\nPeacekeepers report calm along the Blue Line\n\n"
            "The Force urges both parties to respect the cessation of hostilities.\n")
    s = _titled_article(tmp_path, text, "Peacekeepers report calm along the Blue Line").sentences
    assert s.loc[s["kind"].isin(["title", "heading"]), ["sentence_id", "kind"]].values.tolist() \
        == [[4, "title"]]


def test_a_letterhead_over_the_title_is_its_byline_and_names_no_one(tmp_path):
    # a Philippines newcomer's WestMinCom release with no type line: three letterhead lines put
    # the headline past the title search, so it was counted twice (the title and a heading),
    # and the letterhead was two heading rows mentioning the state
    text = ("HEADQUARTERS\nEASTERN UKRAINE COMMAND\nARMED FORCES OF UKRAINE\n\n"
            "TROOPS RETAKE THREE VILLAGES NEAR KHERSON\n\n"
            "Ukrainian troops retook three villages near Kherson on Friday.\n")
    scored = _titled_article(tmp_path, text, "TROOPS RETAKE THREE VILLAGES NEAR KHERSON")
    s = scored.sentences
    assert list(zip(s["sentence_id"], s["kind"], s["reason"]))[:4] == [
        (0, "boilerplate", "byline"), (1, "boilerplate", "byline"),
        (2, "boilerplate", "byline"), (3, "title", "title")]
    assert not set(scored.stances["sentence_id"]) & {0, 1, 2}


@pytest.mark.parametrize("text", [
    # near misses: a single letterhead line over the title, and such lines with no title under
    # them (the title is a body sentence's words), stay headings
    "ARMED FORCES OF UKRAINE\n\nTROOPS RETAKE THREE VILLAGES NEAR KHERSON\n\n"
    "Ukrainian troops retook three villages near Kherson on Friday.\n",
    "EASTERN UKRAINE COMMAND\nARMED FORCES OF UKRAINE\n\nKherson is calm\n\n"
    "Ukrainian troops retook three villages near Kherson on Friday.\n",
])
def test_a_letterhead_needs_two_lines_and_the_title_under_them(tmp_path, text):
    s = _titled_article(tmp_path, text, "TROOPS RETAKE THREE VILLAGES NEAR KHERSON").sentences
    assert "boilerplate" not in set(s["kind"])
    assert (s["kind"] == "title").sum() == 1


def test_a_title_is_searched_in_three_rows_that_are_not_boilerplate(tmp_path):
    # boilerplate rows are not counted, headings are: a repeat after three of them is no title
    text = ("First heading here\n\nSecond heading here\n\nThird heading here\n\n"
            f"{HEADLINE}\n\nRussian troops left the city on Friday.\n")
    s = _titled_article(tmp_path, text, HEADLINE).sentences
    assert s.loc[s["kind"] == "title", "sentence_id"].tolist() == [-1]


def test_a_title_is_not_matched_past_the_first_body_sentence(tmp_path):
    s = _titled_article(tmp_path, "Russian troops left the city on Friday.\n\nKyiv is calm.\n",
                        "Kyiv is calm").sentences
    assert list(zip(s["sentence_id"], s["kind"])) == [(-1, "title"), (0, "sentence"),
                                                      (1, "sentence")]

def row_n(table: pd.DataFrame, source: str, actor: str) -> int | None:
    hit = table.loc[(table["source"] == source) & (table["actor"] == actor), "n"]
    return int(hit.iloc[0]) if len(hit) else None


def test_mention_spans_lie_in_their_sentence(scored):
    text = scored.sentences.set_index(["doc_id", "sentence_id"])["text"]
    for row in scored.stances.itertuples():
        sentence = text.loc[(row.doc_id, row.sentence_id)]
        assert 0 <= row.start < row.end <= len(sentence)
        assert sentence[row.start:row.end] == row.mention


def test_kherson_stances_read_as_a_reader_would(scored):
    st = scored.stances.merge(scored.sentences[["doc_id", "sentence_id", "text"]])
    kuleba = st[st["text"].str.contains("Ukraine is gaining another important victory")
                & (st["actor"] == "Ukraine")]
    assert (kuleba["stance_label"] == "positive").all() and len(kuleba) >= 1


def test_score_command_is_byte_deterministic(tmp_path):
    for run in ("a", "b"):
        assert main(["score", "--out", str(tmp_path / run)]) == 0
    for name in ("articles.csv", "sentences.csv", "stances.csv"):
        assert filecmp.cmp(tmp_path / "a" / "tables" / name, tmp_path / "b" / "tables" / name,
                           shallow=False), name
    back = ScoredCorpus.load(tmp_path / "a" / "tables")
    assert len(back.sentences) == 118
    assert back.sentences["is_quote"].dtype == bool
    text = (tmp_path / "a" / "tables" / "sentences.csv").read_text()
    assert str(tmp_path) not in text and "/work/" not in text


def test_score_command_reports_bad_corpus(tmp_path, capsys):
    assert main(["score", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    assert "missing" in capsys.readouterr().err


def test_figures_of_tables_scored_without_sentiment_is_one_clear_error(tmp_path, capsys):
    tables = tmp_path / "run" / "tables"
    shutil.copytree(REPO_ROOT / "figures" / "tables", tables)
    sentences = pd.read_csv(tables / "sentences.csv")
    sentences.drop(columns=SENTIMENT_COLUMNS).to_csv(tables / "sentences.csv", index=False)
    assert main(["figures", "--scores", str(tmp_path / "run")]) == 2
    err = capsys.readouterr().err
    assert "sentences.csv has no sentiment scores" in err and "Traceback" not in err
    assert not list((tmp_path / "run").glob("*.png"))


def test_the_summary_counts_a_mention_in_the_title_as_a_mention(tmp_path, capsys):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("The weather was mild.\n", encoding="utf-8")
    (folder / "b.txt").write_text("The market opened early.\n", encoding="utf-8")
    (folder / "sources.csv").write_text("doc_id,source,title\na,W,Putin visits the front\nb,W,\n",
                                        encoding="utf-8")
    assert main(["score", str(folder), "--out", str(tmp_path / "o"), "--no-sentiment"]) == 0
    assert "1 articles without any actor mention" in capsys.readouterr().out  # b, not a


def test_the_summary_names_the_articles_without_a_title(tmp_path, capsys):
    # a Nigeria newcomer left the manifest's titles empty: the summary said "title=1" and
    # nothing on the eight .txt articles whose headline was only a heading
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("Putin visits the front\n\nThe weather was mild.\n",
                                  encoding="utf-8")
    (folder / "b.txt").write_text("The market opened early.\n", encoding="utf-8")
    (folder / "sources.csv").write_text("doc_id,source,title\na,W,\nb,W,Markets open\n",
                                        encoding="utf-8")
    assert main(["score", str(folder), "--out", str(tmp_path / "o"), "--no-sentiment"]) == 0
    out = capsys.readouterr().out
    assert "1 articles have no title (a): their headline counts as a heading" in out
    # ... and no note when every article has its title
    (folder / "sources.csv").write_text("doc_id,source,title\na,W,Putin visits\nb,W,Open\n",
                                        encoding="utf-8")
    assert main(["score", str(folder), "--out", str(tmp_path / "o2"), "--no-sentiment"]) == 0
    assert "have no title" not in capsys.readouterr().out

def test_the_summary_counts_quoted_sentences_as_the_voice_tables_do(tmp_path, capsys):
    # a newcomer read "102 quoted sentences" in the summary and 137 in the voice table, which
    # counts partial quotes with a speaker too
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "“We will not give up,” Zelenskyy said.\n\n"
        "Peskov called the plan “pure provocation” on Monday.\n\n"
        "“Nothing is agreed.”\n\n"
        "The so-called “referendums” were held in the autumn.\n", encoding="utf-8")
    assert main(["score", str(folder), "--out", str(tmp_path / "o"), "--no-sentiment"]) == 0
    out = capsys.readouterr().out
    assert ("3 quoted sentences (2 quotes, 1 partial quotes with a speaker; 1 with no speaker "
            "found)") in out
    voices = framing.voice_shares(pd.read_csv(tmp_path / "o" / "tables" / "sentences.csv",
                                              keep_default_na=False))
    assert voices["n_quoted"].sum() == 3


def test_a_bad_registry_is_reported_before_the_corpus_is_loaded(tmp_path, monkeypatch):
    # a mistake in the user's registry file came after "loaded N articles" (a newcomer's
    # finding): on a large corpus, minutes of reading before the one-line error
    from analysis import corpus as corpus_module
    from analysis.actors import RegistryError

    bad = tmp_path / "actors.toml"
    bad.write_text('[[actor]]\nname = "Ukraine"\n', encoding="utf-8")

    def never(*args, **kwargs):
        raise AssertionError("the corpus was read before the registry was checked")

    monkeypatch.setattr(corpus_module, "load_corpus", never)
    with pytest.raises(RegistryError):
        score_corpus(tmp_path / "news", actors=bad)
