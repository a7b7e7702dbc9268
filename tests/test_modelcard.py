"""analysis.modelcard: recorded scores, predictions, confusion, calibration, errors, speed."""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure

from analysis import modelcard, sentiment, stance
from analysis.models import LoadedModel


# ---------------------------------------------------------------------------
# recorded scores and artifacts
# ---------------------------------------------------------------------------


def write_artifact(folder, model_json: dict, metrics: dict | None) -> None:
    folder.mkdir(parents=True)
    (folder / "model.json").write_text(json.dumps(model_json))
    if metrics is not None:
        (folder / "metrics.json").write_text(json.dumps(metrics))


STANCE_METRICS = {
    "selected": {"epoch": 2, "train_loss": 0.5, "dev-rw_macro_f1": 0.78, "dev-rw_accuracy": 0.80,
                 "dev-mt_macro_f1": 0.70, "dev_mean_macro_f1": 0.74},
    "settings": {"lr": 0.0005},
}
SENTIMENT_METRICS = {
    "selected": {"epoch": 1, "dev_macro_f1": 0.66},
    "final": {"test": {"transformer": {"n": 10, "accuracy": 0.7, "macro_f1": 0.65,
                                       "f1": {"negative": 0.6}, "confusion": [[1]]},
                       "vader": {"n": 10, "accuracy": 0.5, "macro_f1": 0.45}}},
}


def test_recorded_scores(tmp_path):
    write_artifact(tmp_path / "st", {"task": "stance", "labels": ["a", "b", "c"]}, STANCE_METRICS)
    write_artifact(tmp_path / "se", {"task": "sentiment", "labels": ["a", "b", "c"]},
                   SENTIMENT_METRICS)
    write_artifact(tmp_path / "none", {"task": "x", "labels": []}, None)
    out = modelcard.recorded_scores({"stance": tmp_path / "st", "sentiment": tmp_path / "se",
                                     "none": tmp_path / "none"})
    assert list(out.columns) == ["model", "section", "evaluated_on", "metric", "value"]
    rows = {(r.model, r.section, r.evaluated_on, r.metric): r.value for r in out.itertuples()}
    assert rows == {
        ("sentiment", "final", "test / transformer", "accuracy"): 0.7,
        ("sentiment", "final", "test / transformer", "macro_f1"): 0.65,
        ("sentiment", "final", "test / vader", "accuracy"): 0.5,
        ("sentiment", "final", "test / vader", "macro_f1"): 0.45,
        ("sentiment", "selected", "dev", "macro_f1"): 0.66,
        ("stance", "selected", "dev-mt", "macro_f1"): 0.70,
        ("stance", "selected", "dev-rw", "accuracy"): 0.80,
        ("stance", "selected", "dev-rw", "macro_f1"): 0.78,
        ("stance", "selected", "dev_mean", "macro_f1"): 0.74,
    }
    assert out["model"].tolist() == sorted(out["model"])  # sorted


def test_read_metrics_missing(tmp_path):
    assert modelcard.read_metrics(tmp_path) == {}


def test_artifact_summary(tmp_path):
    write_artifact(tmp_path / "em", {"task": "emotion", "labels": list("abcd"), "multi_label": True,
                                     "max_length": 64, "threshold": 0.3}, None)
    out = modelcard.artifact_summary({"emotion": tmp_path / "em", "gone": tmp_path / "gone"})
    assert list(out.columns) == ["model", "task", "labels", "multi_label", "input_form",
                                 "max_length", "threshold", "size_mb", "digest"]
    first = out.iloc[0]
    assert (first["task"], first["labels"], first["multi_label"], first["max_length"],
            first["threshold"]) == ("emotion", 4, True, 64, 0.3)
    assert len(first["digest"]) == 12
    assert out.iloc[1]["task"] == "(missing)"


# ---------------------------------------------------------------------------
# predictions (fake model) and scores
# ---------------------------------------------------------------------------


def newsmtsc_file(path, records) -> None:
    """records: (sentence, target, polarity code) -> a NewsMTSC-format JSONL file."""
    with path.open("w", encoding="utf-8") as fh:
        for sentence, target, polarity in records:
            start = sentence.index(target)
            fh.write(json.dumps({"sentence_normalized": sentence, "targets": [
                {"from": start, "to": start + len(target), "polarity": polarity}]}) + "\n")


RECORDS = [
    ("The army won a great victory.", "army", 6.0),  # gold positive
    ("The army suffered a defeat.", "army", 2.0),  # gold negative
    ("The army met on Monday.", "army", 4.0),  # gold neutral
    ("The army fled in defeat.", "army", 4.0),  # gold neutral, predicted negative
]


def fake_predict(loaded, examples, form=None, batch_size=64):
    rows = []
    for ex in examples:
        if "victory" in ex.sentence:
            rows.append([0.1, 0.2, 0.7])
        elif "defeat" in ex.sentence:
            rows.append([0.8, 0.15, 0.05])
        else:
            rows.append([0.2, 0.6, 0.2])
    return np.array(rows)


@pytest.fixture
def fake_model(monkeypatch):
    loaded = LoadedModel(model=None, tokenizer=None, labels=["negative", "neutral", "positive"],
                         meta={}, path=None)
    monkeypatch.setattr(stance, "predict_examples", fake_predict)
    return loaded


def test_stance_predictions(tmp_path, fake_model):
    newsmtsc_file(tmp_path / "dev-x.jsonl", RECORDS)
    out = modelcard.stance_predictions([tmp_path / "dev-x.jsonl"], model=fake_model)
    assert list(out.columns) == ["file", "sentence", "start", "end", "target", "gold", "pred",
                                 "p_negative", "p_neutral", "p_positive", "confidence", "correct"]
    assert out["gold"].tolist() == ["positive", "negative", "neutral", "neutral"]
    assert out["pred"].tolist() == ["positive", "negative", "neutral", "negative"]
    assert out["correct"].tolist() == [True, True, True, False]
    assert out["confidence"].tolist() == pytest.approx([0.7, 0.8, 0.6, 0.8])
    assert (out["target"] == "army").all() and (out["file"] == "dev-x.jsonl").all()


def test_prediction_scores_match_classification_report(tmp_path, fake_model):
    newsmtsc_file(tmp_path / "a.jsonl", RECORDS)
    newsmtsc_file(tmp_path / "b.jsonl", RECORDS[:2])
    preds = modelcard.stance_predictions([tmp_path / "a.jsonl", tmp_path / "b.jsonl"],
                                         model=fake_model)
    scores = modelcard.prediction_scores(preds)
    assert scores["evaluated_on"].tolist() == ["a.jsonl", "b.jsonl", "all"]
    assert scores["n"].tolist() == [4, 2, 6]
    assert scores.loc[0, "accuracy"] == pytest.approx(0.75)
    assert scores.loc[1, "accuracy"] == pytest.approx(1.0)
    # negative: 2 predicted, 1 right of 1 gold -> P=0.5, R=1, F1=2/3; neutral: P=1, R=0.5 -> 2/3
    assert scores.loc[0, "f1_negative"] == pytest.approx(2 / 3)
    assert scores.loc[0, "f1_neutral"] == pytest.approx(2 / 3)
    assert scores.loc[0, "macro_f1"] == pytest.approx((2 / 3 + 2 / 3 + 1) / 3)
    report = stance.classification_report([2, 0, 1, 1], [2, 0, 1, 0])
    assert modelcard.report_table({"a.jsonl": report}).iloc[0].to_dict() == \
        scores.iloc[0].to_dict()


def test_error_examples(tmp_path, fake_model):
    newsmtsc_file(tmp_path / "d.jsonl", RECORDS)
    out = modelcard.error_examples(modelcard.stance_predictions([tmp_path / "d.jsonl"],
                                                                model=fake_model), k=5)
    assert list(out.columns) == ["file", "gold", "pred", "confidence", "text"]
    assert out["text"].tolist() == ["The \u27e6army\u27e7 fled in defeat."]
    assert out["confidence"].tolist() == pytest.approx([0.8])


# ---------------------------------------------------------------------------
# confusion and calibration
# ---------------------------------------------------------------------------


def test_confusion_table():
    out = modelcard.confusion_table(["negative", "neutral", "neutral", "positive"],
                                    ["negative", "negative", "neutral", "neutral"])
    assert out.index.tolist() == ["negative", "neutral", "positive"]
    assert out.columns.tolist() == ["negative", "neutral", "positive"]
    assert out.to_numpy().tolist() == [[1, 0, 0], [1, 1, 0], [0, 1, 0]]
    assert (out.index.name, out.columns.name) == ("gold", "predicted")


def test_confusion_tables_and_figure():
    preds = pd.DataFrame({"file": ["a", "a", "b"], "gold": ["negative", "neutral", "positive"],
                          "pred": ["negative", "neutral", "neutral"]})
    tables = modelcard.confusion_tables(preds)
    assert list(tables) == ["a", "b", "all"]
    assert int(tables["all"].to_numpy().sum()) == 3
    fig = modelcard.confusion_figure(tables)
    assert isinstance(fig, Figure) and len(fig.axes) == 3
    texts = [t.get_text() for t in fig.axes[2].texts]
    assert "1\n100%" in texts and len(texts) == 9


def test_reliability_table_by_hand():
    out = modelcard.reliability_table([0.05, 0.15, 0.95, 1.0, 0.55], [True, False, True, False, True],
                                      n_bins=10)
    assert list(out.columns) == ["bin", "lower", "upper", "n", "mean_confidence", "accuracy", "gap"]
    assert out["bin"].tolist() == list(range(10))
    assert out["n"].tolist() == [1, 1, 0, 0, 0, 1, 0, 0, 0, 2]
    last = out.iloc[9]
    assert last["mean_confidence"] == pytest.approx(0.975)
    assert last["accuracy"] == pytest.approx(0.5)
    assert last["gap"] == pytest.approx(-0.475)
    assert math.isnan(out.iloc[2]["accuracy"])
    # ECE = (1*|1-.05| + 1*|0-.15| + 1*|1-.55| + 2*|.5-.975|) / 5
    expected = (0.95 + 0.15 + 0.45 + 2 * 0.475) / 5
    assert modelcard.expected_calibration_error(out) == pytest.approx(expected)


def test_reliability_edges_and_errors():
    assert modelcard.reliability_table([0.0, 1.0], [True, True], n_bins=4)["n"].tolist() == \
        [1, 0, 0, 1]
    with pytest.raises(ValueError, match="length"):
        modelcard.reliability_table([0.5], [True, False])
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        modelcard.reliability_table([1.2], [True])
    with pytest.raises(ValueError):
        modelcard.reliability_table([0.5], [True], n_bins=0)
    empty = modelcard.reliability_table([], [])
    assert empty["n"].sum() == 0 and math.isnan(modelcard.expected_calibration_error(empty))


def test_perfect_calibration_has_zero_ece():
    conf = [0.75] * 4
    correct = [True, True, True, False]
    assert modelcard.expected_calibration_error(
        modelcard.reliability_table(conf, correct)) == pytest.approx(0.0)


def test_reliability_figure():
    preds = pd.DataFrame({"file": ["a", "a", "b", "b"], "confidence": [0.9, 0.6, 0.4, 0.95],
                          "correct": [True, False, True, True]})
    tables = modelcard.reliability_tables(preds)
    assert list(tables) == ["a", "b", "all"]
    fig = modelcard.reliability_figure(tables)
    assert isinstance(fig, Figure) and len(fig.axes) == 6  # diagram + count strip per table
    assert "ECE" in fig.axes[0].get_title(loc="left") + fig.axes[0].get_title()


# ---------------------------------------------------------------------------
# sentiment comparison and timing (fake backends)
# ---------------------------------------------------------------------------


def fake_sentiment(sentences, *, model="transformer", batch_size=None, progress=False):
    labels = []
    for text in sentences:
        if model == "vader":
            labels.append("neutral")
        else:
            labels.append("positive" if "good" in text else "negative" if "bad" in text
                          else "neutral")
    return pd.DataFrame({"label": labels, "score": 0.0, "p_negative": np.nan,
                         "p_neutral": np.nan, "p_positive": np.nan})


def test_sentiment_comparison(monkeypatch):
    monkeypatch.setattr(sentiment, "score_sentiment", fake_sentiment)
    texts = ["good news", "bad news", "plain news", "good and bad"]
    gold = np.array([2, 0, 1, 0])
    scores, confusions = modelcard.sentiment_comparison(texts, gold)
    assert scores["model"].tolist() == ["transformer", "vader"]
    assert scores["accuracy"].tolist() == pytest.approx([0.75, 0.25])
    assert list(confusions) == ["transformer", "vader"]
    assert confusions["vader"]["neutral"].tolist() == [2, 1, 1]


def test_time_models(monkeypatch):
    monkeypatch.setattr(sentiment, "score_sentiment", fake_sentiment)
    monkeypatch.setattr(stance, "score_targets", lambda s, p, **kw: pd.DataFrame({"label": []}))
    out = modelcard.time_models(["a b", "c d"], [(0, 1), (2, 3)])
    assert out["task"].tolist() == ["stance (score_targets), pairs",
                                    "sentiment transformer, sentences",
                                    "sentiment VADER, sentences"]
    assert (out["items"] == 2).all() and (out["items_per_s"] > 0).all()


# ---------------------------------------------------------------------------
# the real model: modelcard scores equal evaluate_file's
# ---------------------------------------------------------------------------


def test_prediction_scores_equal_evaluate_file(tmp_path):
    if not (stance.stance_model_path() / "model.json").is_file():
        pytest.skip("no stance model artifact")
    path = tmp_path / "mini.jsonl"
    newsmtsc_file(path, RECORDS + [("Critics said the minister lied to parliament.", "minister",
                                    2.0)])
    mine = modelcard.prediction_scores(modelcard.stance_predictions([path]))
    official = modelcard.report_table({"mini.jsonl": stance.evaluate_file(path)})
    pd.testing.assert_frame_equal(mine, official)


def test_artifacts_in_use_follow_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("NEWSSTANCE_SENTIMENT_MODEL", raising=False)
    monkeypatch.delenv("NEWSSTANCE_EMOTION_MODEL", raising=False)
    monkeypatch.setenv("NEWSSTANCE_STANCE_MODEL", str(tmp_path))
    found = modelcard.artifacts_in_use()
    assert list(found) == ["stance", "sentiment", "emotion"]
    assert found["stance"] == tmp_path
    assert found["sentiment"] == sentiment.DEFAULT_SENTIMENT_MODEL
    assert found["emotion"] == sentiment.DEFAULT_EMOTION_MODEL
    assert [p.name for p in modelcard.newsmtsc_dev_files(tmp_path)] == ["dev-rw.jsonl",
                                                                       "dev-mt.jsonl"]
