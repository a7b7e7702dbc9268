"""analysis.overview: the tables behind the notebooks, on a tiny hand-made scored corpus."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

from analysis import overview

SENTENCE_COLUMNS = ["doc_id", "source", "sentence_id", "kind", "reason", "text", "is_quote",
                    "speaker", "speaker_camp", "sentiment_score", "sentiment_label",
                    "vader_compound", "top_emotion", "duplicate"]
SENTENCES = [
    ("a1", "A", 0, "heading", "subheading", "Kherson news", False, "", "", np.nan, "", np.nan,
     "", False),
    ("a1", "A", 1, "sentence", "", "Putin ordered a retreat\nfrom Kherson.", False, "", "",
     -0.5, "negative", -0.2, "fear", False),
    ("a1", "A", 2, "sentence", "", "\u201cToday is a historic day,\u201d Zelenskyy said.", True,
     "Zelenskyy", "Ukraine", 0.8, "positive", 0.4, "joy", False),
    ("a1", "A", 3, "boilerplate", "call_to_action", "CLICK HERE", False, "", "", np.nan, "",
     np.nan, "", False),
    ("b1", "B", 0, "sentence", "", "Putin faces defeat as NATO watches.", False, "", "", -0.7,
     "negative", -0.6, "anger", False),
    ("b1", "B", 1, "sentence", "", "\u201cWe will win,\u201d a soldier said.", True, "", "", 0.6,
     "positive", 0.5, "joy", False),
    ("b2", "B", 0, "sentence", "", "Putin faces defeat as NATO watches.", False, "", "", -0.7,
     "negative", -0.6, "anger", True),
]
STANCE_COLUMNS = ["doc_id", "source", "sentence_id", "actor", "camp", "mention", "start", "end",
                  "stance_label", "p_negative", "p_neutral", "p_positive"]
STANCES = [
    ("a1", "A", 1, "Putin", "Russia", "Putin", 0, 5, "negative", 0.6, 0.3, 0.1),  # -0.5
    ("a1", "A", 2, "Zelenskyy", "Ukraine", "Zelenskyy", 29, 38, "positive", 0.1, 0.2, 0.7),  # +.6
    ("b1", "B", 0, "Putin", "Russia", "Putin", 0, 5, "negative", 0.8, 0.15, 0.05),  # -0.75
    ("b1", "B", 0, "NATO", "West", "NATO", 24, 28, "neutral", 0.2, 0.6, 0.2),  # 0
    ("b2", "B", 0, "Putin", "Russia", "Putin", 0, 5, "negative", 0.9, 0.05, 0.05),  # duplicate
]


@pytest.fixture
def scored():
    return SimpleNamespace(sentences=pd.DataFrame(SENTENCES, columns=SENTENCE_COLUMNS),
                           stances=pd.DataFrame(STANCES, columns=STANCE_COLUMNS),
                           articles=pd.DataFrame({"doc_id": ["a1", "b1", "b2"]}))


def test_kinds_per_article(scored):
    out = overview.kinds_per_article(scored.sentences)
    assert list(out.columns) == ["doc_id", "source", "sentence", "heading", "boilerplate", "total"]
    assert out.values.tolist() == [["a1", "A", 2, 1, 1, 4], ["b1", "B", 2, 0, 0, 2],
                                   ["b2", "B", 1, 0, 0, 1]]


def test_flagged_rows_explain_the_reason(scored):
    out = overview.flagged_rows(scored.sentences)
    assert out["sentence_id"].tolist() == [0, 3]
    assert out["why"].tolist() == [overview.REASONS["subheading"],
                                   overview.REASONS["call_to_action"]]
    # every reason the segmenter gives has its phrase (a dateline on its own line had none)
    for reason in ("dateline", "headline", "byline", "question_subheading", "sign_off"):
        assert reason in overview.REASONS
    # ... and says what the segmenter now covers: a press release's end mark, a transcript's
    # cue, a wire's credit line (the phrases had kept their old scope; call_to_action's phrase
    # stays as notebook 01's stored output shows it)
    for reason, example in (("sign_off", "###"), ("caption", "SOUNDBITE"),
                            ("byline", "reported from")):
        assert example in overview.REASONS[reason], reason
    unknown = scored.sentences.assign(reason="new_rule")
    assert set(overview.flagged_rows(unknown)["why"]) == {"new_rule"}


def test_articles_table_and_skipped():
    articles = pd.DataFrame({"doc_id": ["b", "a"], "source": ["S", "T"], "text": ["xy", "abc"],
                             "encoding": ["utf-8", "cp1252"], "flags": ["", "html_stripped"]})
    articles.attrs["skipped"] = [{"path": "z.bin", "reason": "binary"}]
    out = overview.articles_table(articles)
    assert out["doc_id"].tolist() == ["a", "b"]
    assert out["n_chars"].tolist() == [3, 2]
    assert out["title"].tolist() == ["", ""]
    assert overview.skipped_files(articles).values.tolist() == [["z.bin", "binary"]]
    assert overview.skipped_files(pd.DataFrame({"doc_id": []})).empty


def test_quotes(scored):
    by_speaker = overview.quotes_by_speaker(scored.sentences)
    assert by_speaker[["source", "speaker", "n_quoted"]].values.tolist() == [
        ["A", "Zelenskyy", 1], ["B", "(unknown)", 1]]
    quoted = overview.quoted_sentences(scored.sentences)
    assert quoted["sentence_id"].tolist() == [2, 1]
    assert not quoted["partial"].any()


def test_quotes_count_partial_quotes_with_a_speaker(scored):
    sents = scored.sentences.copy()
    narration = (sents["source"] == "A") & ~sents["is_quote"] & (sents["kind"] == "sentence")
    first = sents.index[narration][0]
    sents.loc[first, ["partial_quote", "speaker", "speaker_camp"]] = [True, "Peskov", "Russia"]
    by_speaker = overview.quotes_by_speaker(sents)
    assert by_speaker[["source", "speaker", "n_quoted", "n_partial"]].values.tolist() == [
        ["A", "Peskov", 1, 1], ["A", "Zelenskyy", 1, 0], ["B", "(unknown)", 1, 0]]
    quoted = overview.quoted_sentences(sents)
    assert quoted[["sentence_id", "partial"]].values.tolist() == [[1, True], [2, False], [1, False]]


def test_mentions_by_actor(scored):
    out = overview.mentions_by_actor(scored.stances)
    assert list(out.columns) == ["actor", "camp", "A", "B", "total"]
    assert out.values.tolist() == [["Putin", "Russia", 1, 2, 3], ["NATO", "West", 0, 1, 1],
                                   ["Zelenskyy", "Ukraine", 1, 0, 1]]


def test_sentence_table(scored):
    out = overview.sentence_table(scored, max_actors=1)
    assert list(out.columns) == ["source", "doc_id", "sentence_id", "voice", "text", "sentiment",
                                 "vader", "emotion", "Putin", "other actors"]
    # content sentences of non-duplicate articles only
    assert list(zip(out["doc_id"], out["sentence_id"])) == [("a1", 1), ("a1", 2), ("b1", 0),
                                                            ("b1", 1)]
    assert out["voice"].tolist() == ["authorial", "quote: Zelenskyy", "authorial",
                                     "quote: (unknown)"]
    assert out["text"].iloc[0] == "Putin ordered a retreat from Kherson."
    np.testing.assert_allclose(out["Putin"], [-0.5, np.nan, -0.75, np.nan])
    assert out["other actors"].tolist() == ["", "Zelenskyy +0.60", "NATO +0.00", ""]


def test_sentence_table_without_sentiment(scored):
    bare = SimpleNamespace(sentences=scored.sentences.drop(
        columns=["sentiment_score", "sentiment_label", "vader_compound", "top_emotion"]),
        stances=scored.stances)
    out = overview.sentence_table(bare, max_actors=6)
    assert list(out.columns) == ["source", "doc_id", "sentence_id", "voice", "text", "Putin",
                                 "NATO", "Zelenskyy", "other actors"]


def test_styled_table_is_reproducible(scored):
    table = overview.sentence_table(scored)
    first = overview.style_sentence_table(table).to_html()
    assert first == overview.style_sentence_table(table).to_html()
    assert "T_sentences" in first and "\u22120.50" in first


def test_interval_table():
    summary = pd.DataFrame({
        "source": ["A", "A", "B"], "camp": ["Russia", "Russia", "Ukraine"],
        "voice": ["authorial", "quoted", "authorial"], "n": [10, 2, 3],
        "mean_score": [-0.19, 0.5, 0.25], "ci_low": [-0.2, 0.4, 0.1], "ci_high": [-0.17, 0.6, 0.4],
        "small_n": [False, True, True]})
    out = overview.interval_table(summary, voice="authorial")
    assert out.values.tolist() == [["A", "\u22120.19 [\u22120.20, \u22120.17] n=10", ""],
                                   ["B", "", "+0.25 (n=3, too few)"]]


def test_explain_candidates(scored):
    out = overview.explain_candidates(scored, n_actors=2)
    assert list(out.columns) == ["actor", "direction", "source", "doc_id", "sentence_id",
                                 "mention", "start", "end", "score", "text"]
    # Putin (3 mentions, 2 outside the duplicate) first; then NATO/Zelenskyy tie -> by name.
    assert out[["actor", "direction", "doc_id", "sentence_id"]].values.tolist() == [
        ["Putin", "favourable", "a1", 1], ["Putin", "hostile", "b1", 0]]
    text = out.iloc[0]["text"]
    assert text[out.iloc[0]["start"]:out.iloc[0]["end"]] == "Putin"


def test_framing_summary_is_generated_from_the_numbers(scored):
    text = overview.framing_summary(scored, min_n=1)
    # the body and the headlines apart, each with its mentions (b2's is a duplicate's)
    assert text.startswith("- **Corpus:** 3 articles from 2 outlets; 4 content sentences with 4 "
                           "actor mentions; 1 headline or heading with 0 actor mentions.")
    assert "**Toward Russia** (authorial sentences): most favourable A \u22120.50" in text
    assert "least favourable B \u22120.75" in text
    assert "Toward West:** fewer than two outlets" in text
    assert "Toward Ukraine" not in text  # never mentioned in authorial sentences
    assert "A: Ukraine (100% of 1 quoted sentence); B: no speaker found" in text
    assert "**Mean sentence sentiment**" in text


def test_a_tie_for_the_most_quoted_camp_names_every_camp_in_it(scored):
    # A quotes Ukraine once and Russia once: "Russia" alone was an alphabetical pick
    row = ("a1", "A", 4, "sentence", "", "\u201cWe stay,\u201d Peskov said.", True, "Peskov",
           "Russia", 0.0, "neutral", 0.0, "neutral", False)
    sentences = pd.concat([scored.sentences, pd.DataFrame([row], columns=SENTENCE_COLUMNS)],
                          ignore_index=True)
    text = overview.framing_summary(SimpleNamespace(sentences=sentences, stances=scored.stances,
                                                    articles=scored.articles), min_n=1)
    assert "A: Russia and Ukraine (each 50% of 2 quoted sentences)" in text


def test_setup_notebook_sets_display_options():
    with pd.option_context("display.precision", 6):
        overview.setup_notebook()
        assert pd.get_option("display.precision") == 3


def test_show_returns_png():
    from matplotlib.figure import Figure

    fig = Figure(figsize=(2, 1))
    fig.add_subplot().plot([0, 1])
    image = overview.show(fig)
    assert image.data[:8] == b"\x89PNG\r\n\x1a\n"
    assert overview.figure_png(fig) == overview.figure_png(fig)


def test_table_for_reading():
    df = pd.DataFrame({"source": ["A", "B"], "mean_score": [0.12345, np.nan], "n": [3, 4],
                       "text": ["x", "y"]})
    html = overview.table(df).to_html()
    assert html == overview.table(df.copy()).to_html()  # ids derive from the content
    assert "mean score" in html and "mean_score" not in html
    assert "0.123" in html and "0.12345" not in html
    assert "min-width: 24em" in html
    assert overview.table(df.assign(n=[3, 5])).to_html() != html


def test_top_entities():
    summary = pd.DataFrame({"source": ["A", "A", "B", "B", "A"],
                            "actor": ["Putin", "Putin", "NATO", "Kuleba", "Kuleba"],
                            "voice": ["all", "quoted", "all", "all", "all"],
                            "n": [5, 50, 5, 2, 2]})
    out = overview.top_entities(summary, k=2)
    # Putin 5, NATO 5, Kuleba 4 (voice "all" only) -> NATO and Putin (tie broken by name).
    assert out["actor"].tolist() == ["Putin", "Putin", "NATO"]


def test_top_entities_suggests_a_close_name():
    summary = pd.DataFrame({"source": ["A"], "actor": ["Russia"], "voice": ["all"], "n": [3]})
    with pytest.raises(ValueError, match=r"no actor named 'Rusia'.*\(did you mean 'Russia' for 'Rusia'\?\)"):
        overview.top_entities(summary, shown=["Rusia"])


def test_corpus_warnings_read_as_input_notes_in_notebooks(monkeypatch, capsys):
    import warnings

    from analysis.corpus import CorpusWarning

    monkeypatch.setattr(warnings, "showwarning", warnings.showwarning)
    overview.setup_notebook()
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("a.txt: empty article", CorpusWarning)
        warnings.warn("something else", UserWarning)
    err = capsys.readouterr().err
    assert "Input note: a.txt: empty article\n" in err
    assert "CorpusWarning" not in err and "warnings.warn" not in err.split("something")[0]
    assert "UserWarning: something else" in err


def test_wire_copies_and_the_outlets_they_remove_are_named():
    sentences = pd.DataFrame({
        "doc_id": ["a", "a", "b", "c", "d"], "source": ["AP", "AP", "B", "C", "AP"],
        "duplicate": [False, False, True, True, True]})
    note = overview._duplicates_note(sentences)
    assert "3 article(s) repeat an earlier article's text" in note
    assert "AP 1, B 1, C 1." in note
    assert note.endswith("Outlets with no other article, so in no comparison: B, C.")
    assert overview._duplicates_note(sentences.assign(duplicate=False)) == ""


def test_setup_notebook_quiets_transformers_without_importing_it():
    # A fresh interpreter: the ONNX path never imports transformers, and setup_notebook must
    # not either (a second of every kernel's start); a later import still comes up quiet.
    script = ("import sys; from analysis import overview; overview.setup_notebook();"
              "print('transformers' in sys.modules);"
              "from transformers.utils import logging as l;"
              "print(l.get_verbosity() == l.ERROR, l.is_progress_bar_enabled())")
    env = {k: v for k, v in os.environ.items()
           if k not in ("TRANSFORMERS_VERBOSITY", "HF_HUB_DISABLE_PROGRESS_BARS")}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, env=env, cwd=Path(__file__).resolve().parents[1]).stdout
    assert out.split() == ["False", "True", "False"]


def test_a_speaker_the_text_gives_no_side_is_named_so_in_the_summary(scored):
    # a newcomer read "speakers outside the registry" as the registry's blind spot: the bucket
    # holds speakers the text gives no side (a resident, an expert, a soldier of no side)
    row = ("b9", "B", 4, "sentence", "", "\u201cWe stay,\u201d said one resident.", True,
           "resident", "", 0.0, "neutral", 0.0, "neutral", False)
    sentences = pd.concat([scored.sentences, pd.DataFrame([row], columns=SENTENCE_COLUMNS)],
                          ignore_index=True)
    text = overview.framing_summary(SimpleNamespace(sentences=sentences, stances=scored.stances,
                                                    articles=scored.articles), min_n=1)
    assert "B: no speaker found and speakers of no stated camp (each 50% of 2 quoted" in text
