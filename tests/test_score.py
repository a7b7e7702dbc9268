"""The whole pipeline on the seeds: the `score` command, its tables, determinism."""

from __future__ import annotations

import filecmp

import pandas as pd
import pytest

from analysis import score_corpus
from analysis.cli import main
from analysis.score import SENTENCE_COLUMNS, SENTIMENT_COLUMNS, STANCE_COLUMNS, ScoredCorpus


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


def test_only_sentences_are_scored(scored):
    s = scored.sentences
    content = s["kind"] == "sentence"
    assert s.loc[content, "sentiment_label"].isin(["negative", "neutral", "positive"]).all()
    assert s.loc[~content, "sentiment_score"].isna().all()
    keys = set(zip(s.loc[content, "doc_id"], s.loc[content, "sentence_id"]))
    assert set(zip(scored.stances["doc_id"], scored.stances["sentence_id"])) <= keys


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
