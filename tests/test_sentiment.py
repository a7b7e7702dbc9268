"""Sentence sentiment / emotion models: shipped artifacts, both backends, windows, training."""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the shipped models must load with no network
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import argparse  # noqa: E402
import json  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import pytest  # noqa: E402

from analysis import sentiment as S  # noqa: E402
from analysis.models import TrainConfig, load_model, predict_logits, InputBatchSpec, softmax  # noqa: E402

DATA = S.GOEMOTIONS_DIR
NEWS = S.NEWSMTSC_DIR
needs_data = pytest.mark.skipif(not (DATA / "test.tsv").is_file(),
                                reason=f"GoEmotions data not found at {DATA}")
needs_news = pytest.mark.skipif(not (NEWS / "dev-rw.jsonl").is_file(),
                                reason=f"NewsMTSC data not found at {NEWS}")

POSITIVE_SENTENCES = [
    "I absolutely love this wonderful new park, it is beautiful and makes everyone happy.",
    "Thank you so much for your kind help, you are amazing!",
    "What a fantastic result, the whole team did a brilliant job.",
]
NEGATIVE_SENTENCES = [
    "This is a horrible, disgusting disaster and I hate every part of it.",
    "The service was terrible and the staff were rude and useless.",
    "I am furious and deeply disappointed by this awful decision.",
]


# --------------------------------------------------------------------------------------------
# Shipped artifacts
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("task,folder", [("sentiment", S.DEFAULT_SENTIMENT_MODEL),
                                         ("emotion", S.DEFAULT_EMOTION_MODEL)])
def test_artifact_is_small_and_complete(task, folder):
    files = {p.name for p in folder.iterdir()}
    meta = json.loads((folder / "model.json").read_text())
    # a small-encoder artifact holds a LoRA adapter; a large-encoder one (kind teacher-lowrank)
    # the low-rank changes of its top layers
    weights = ({"upper-lowrank.safetensors"} if meta.get("kind") == "teacher-lowrank"
               else {"adapter_config.json", "adapter_model.safetensors"})
    assert weights | {"model.json", "metrics.json"} <= files
    size = sum(p.stat().st_size for p in folder.iterdir())
    assert size <= 10 * 1024 * 1024
    assert meta["task"] == task and meta["max_length"] > 2
    assert meta["labels"] == (S.LABELS if task == "sentiment" else S.EMOTIONS)
    if task == "emotion":
        assert 0 < meta["threshold"] < 1
    for name in files - {"upper-lowrank.safetensors", "adapter_model.safetensors"}:
        text = (folder / name).read_text()
        assert "/work" not in text and "/home" not in text and "/tmp" not in text, name


@needs_data
@pytest.mark.parametrize("task", ["sentiment", "emotion"])
def test_shipped_model_reproduces_recorded_figure(task):
    """Recompute the recorded reproduction subset of GoEmotions test (every 8th example).

    The whole test split takes minutes on two CPU cores; the subset's score is recorded in
    metrics.json ("repro") next to the full-split figures.
    """
    folder = S.DEFAULT_SENTIMENT_MODEL if task == "sentiment" else S.DEFAULT_EMOTION_MODEL
    metrics = json.loads((folder / "metrics.json").read_text())
    recorded = metrics["repro"]
    report = S.evaluate_sentiment(DATA, task=task, split="test", subset="repro", vader=False)
    got = report["test"]["transformer"] if task == "sentiment" else report["test"]
    assert got["n"] == recorded["n"]
    assert abs(got["macro_f1"] - recorded["macro_f1"]) <= 0.005
    # and the recorded full-test figures clear the bars
    final = metrics["final"]["test"]
    if task == "sentiment":
        assert final["transformer"]["macro_f1"] >= 0.70
    else:
        assert final["macro_f1"] > 0.0 and final["threshold"] == metrics["selected"]["threshold"]


def test_shipped_sentiment_beats_vader_on_news_dev():
    metrics = json.loads((S.DEFAULT_SENTIMENT_MODEL / "metrics.json").read_text())
    news = metrics["final"]["news_dev"]
    assert news["transformer"]["macro_f1"] > news["vader"]["macro_f1"]


# --------------------------------------------------------------------------------------------
# Inference behaviour
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("backend", ["transformer", "vader"])
def test_clear_polarity_sentences(backend):
    frame = S.score_sentiment(POSITIVE_SENTENCES + NEGATIVE_SENTENCES, model=backend)
    assert list(frame.columns) == ["label", "score", "p_negative", "p_neutral", "p_positive"]
    assert frame["label"].tolist() == ["positive"] * 3 + ["negative"] * 3
    assert (frame["score"].iloc[:3] > 0.05).all() and (frame["score"].iloc[3:] < -0.05).all()
    if backend == "transformer":
        p = frame[["p_negative", "p_neutral", "p_positive"]].to_numpy()
        np.testing.assert_allclose(p.sum(axis=1), 1.0, atol=1e-5)
        np.testing.assert_allclose(frame["score"], p[:, 2] - p[:, 0], atol=1e-9)
    else:
        assert frame[["p_negative", "p_neutral", "p_positive"]].isna().all().all()


@pytest.mark.parametrize("backend", ["transformer", "vader"])
def test_input_order_preserved(backend):
    # Very different lengths, so the length-sorted batching really reorders them.
    texts = [NEGATIVE_SENTENCES[0] + " " + NEGATIVE_SENTENCES[1], "Great!",
             POSITIVE_SENTENCES[0], "Awful.", NEGATIVE_SENTENCES[2]]
    together = S.score_sentiment(texts, model=backend, batch_size=2)
    one_by_one = [S.score_sentiment([t], model=backend)["score"].iloc[0] for t in texts]
    np.testing.assert_allclose(together["score"].to_numpy(), one_by_one, atol=1e-5)
    reversed_ = S.score_sentiment(texts[::-1], model=backend)
    np.testing.assert_allclose(reversed_["score"].to_numpy()[::-1], one_by_one, atol=1e-5)


def test_empty_and_whitespace_are_neutral_with_nan():
    for backend in ("transformer", "vader"):
        frame = S.score_sentiment(["", "   \n", "I love it."], model=backend)
        assert frame["label"].tolist()[:2] == ["neutral", "neutral"]
        assert frame["score"].iloc[:2].isna().all()
        assert frame["label"].iloc[2] == "positive"
    assert S.score_sentiment([], model="transformer").empty
    with pytest.raises(TypeError, match="sentence 1"):
        S.score_sentiment(["fine", None])
    with pytest.raises(ValueError, match="unknown sentiment model"):
        S.score_sentiment(["fine"], model="bert")


def test_long_sentence_is_scored_by_sliding_windows():
    loaded = S.get_model("sentiment")
    window = loaded.meta["max_length"]
    long = (" ".join(f"In section {i} the committee reviewed item {i}." for i in range(40))
            + " The ending was a horrible, disgusting disaster.")
    pieces, owner = S.split_windows(loaded.tokenizer, [long], window)
    assert len(pieces) > 2 and set(owner) == {0}
    assert pieces[-1].endswith("disaster.") and pieces[0].startswith("In section 0")
    assert all(len(e.ids) <= window for e in loaded.tokenizer.encode(pieces))
    frame = S.score_sentiment([long, "Fine."])
    expected = softmax(predict_logits(loaded, InputBatchSpec(texts=pieces))).mean(axis=0)
    np.testing.assert_allclose(frame[["p_negative", "p_neutral", "p_positive"]].iloc[0],
                               expected, atol=1e-5)


def test_split_windows_short_text_is_untouched():
    loaded = S.get_model("sentiment")
    pieces, owner = S.split_windows(loaded.tokenizer, ["short one", "another"], 64)
    assert pieces == ["short one", "another"] and owner.tolist() == [0, 1]


def test_emotions_frame():
    texts = ["Thank you so much for your help!", "", "I am so scared of what happens next."]
    frame = S.score_emotions(texts, top_k=3)
    assert list(frame.columns) == S.EMOTIONS + ["top_emotions"]
    probs = frame[S.EMOTIONS]
    assert probs.iloc[[0, 2]].apply(lambda c: c.between(0, 1)).all().all()
    assert probs.iloc[1].isna().all() and frame["top_emotions"].iloc[1] == []
    assert frame["top_emotions"].iloc[0][0] == "gratitude"
    assert "fear" in frame["top_emotions"].iloc[2]
    assert len(frame["top_emotions"].iloc[0]) == 3
    assert 0 < frame.attrs["threshold"] < 1
    plain = S.score_emotions(texts[::-1])
    assert list(plain.columns) == S.EMOTIONS
    np.testing.assert_allclose(plain.to_numpy()[::-1], probs.to_numpy(), atol=1e-5)


# --------------------------------------------------------------------------------------------
# Data and training
# --------------------------------------------------------------------------------------------

@needs_data
def test_goemotions_grouping_matches_dataset_readme():
    _, y = S.goemotions_sentiment(DATA / "train.tsv")
    assert np.bincount(y).tolist() == [8133, 12823, 15216]  # negative, neutral, positive


@needs_news
def test_news_dev_keeps_all_agree_sentences_once():
    texts, y = S.news_sentences([NEWS / f for f in S.NEWS_DEV_FILES])
    assert len(texts) == len(set(texts)) and len(texts) > 400
    assert set(y.tolist()) == {0, 1, 2}


@needs_data
@needs_news
@pytest.mark.parametrize("task", ["sentiment", "emotion"])
def test_training_runs_end_to_end(task, tmp_path):
    cfg = TrainConfig(epochs=1, max_steps=3, batch_size=8, max_length=32)
    out = tmp_path / task
    metrics = S.train_sentiment(DATA, out, cfg, task=task, news_dir=NEWS,
                                news_train=task == "sentiment", limit=40, log=lambda m: None)
    assert (out / "metrics.json").is_file() and metrics["settings"]["max_steps"] == 3
    assert "goemotions/train.tsv" in metrics["data"]
    if task == "emotion":  # head bias started at the label-prior logits
        assert len(metrics["settings"]["init_bias"]) == len(S.EMOTIONS)
    else:
        assert metrics["settings"]["init_bias"] is None and metrics["n_train_news"] > 0
    loaded = load_model(out)
    assert loaded.meta["task"] == task and loaded.meta["max_length"] == 32
    assert loaded.multi_label == (task == "emotion")
    probs = S.predict_probabilities(loaded, ["a fine day", "x " * 100])
    assert probs.shape == (2, len(loaded.labels)) and not np.isnan(probs).any()


def test_cli_registers_both_commands():
    parser = argparse.ArgumentParser()
    S.add_cli(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["train-sentiment", "--out", "x", "--task", "emotion", "--sample",
                              "100"])
    assert args.func is S.cmd_train_sentiment and args.task == "emotion" and args.sample == 100
    args = parser.parse_args(["evaluate-sentiment", "--subset", "repro"])
    assert args.func is S.cmd_evaluate_sentiment and args.split == "test"


@pytest.mark.parametrize(("curly", "straight"), [
    ("Residents don\u2019t trust the governor.", "Residents don't trust the governor."),
    ("The ceasefire isn\u2019t a bad idea.", "The ceasefire isn't a bad idea."),
    ("Officials called the deal \u201cgreat\u201d.", 'Officials called the deal "great".'),
    ("Troops won\u2019t retreat \u2014 they can\u2019t.", "Troops won't retreat - they can't."),
])
def test_vader_reads_news_typography_like_ascii(curly, straight):
    from analysis.sentiment import vader_compound

    assert vader_compound([curly])[0] == vader_compound([straight])[0]


def test_vader_negation_with_a_curly_apostrophe():
    from analysis.sentiment import vader_compound

    assert vader_compound(["Residents don\u2019t trust the governor."])[0] < -0.05


@pytest.mark.parametrize(("news", "plain"), [
    # invisible characters of web copy used to split a word in two
    ("Residents don\u200bt trust the governor.", "Residents dont trust the governor."),
    ("A hor\u00adrible attack on the convoy.", "A horrible attack on the convoy."),
    ("\ufeffA horrible attack.", "A horrible attack."),
    # non-breaking and narrow spaces, ellipsis, other dashes, full-width punctuation (NFKC)
    ("The ceasefire isn\u2019t\u00a0a bad idea\u2026", "The ceasefire isn't a bad idea..."),
    ("Talks fail\u2015again.", "Talks fail - again."),
    ("A good deal\uff01", "A good deal!"),
    # a headline set in capitals is not emphasis, even with a number or a dash in it
    ("5 KILLED IN TERRIBLE ATTACK", "5 killed in terrible attack"),
    ("CEASEFIRE HOLDS \u2014 A GOOD SIGN", "Ceasefire holds - a good sign"),
])
def test_vader_reads_web_copy_and_capitals_like_plain_text(news, plain):
    from analysis.sentiment import vader_compound

    assert vader_compound([news])[0] == vader_compound([plain])[0]


def test_vader_keeps_emphasis_in_mixed_case_text():
    from analysis.sentiment import vader_compound, vader_text

    # VADER's own rule, kept: a capitalised lexicon word in mixed-case text is emphasis.
    assert vader_text("The plan is GOOD.") == "The plan is GOOD."
    assert vader_compound(["The plan is GOOD."])[0] > vader_compound(["The plan is good."])[0]


@pytest.mark.skipif(not (S.NEWS_SENTIMENT_DIR / "heldout.jsonl").is_file(),
                    reason="news sentiment data not built")
def test_shipped_sentiment_reproduces_news_heldout_and_beats_vader():
    """The recorded news held-out figures (never trained or tuned on) are what the shipped
    model gives, and they beat VADER on both class macro-F1 and correlation with valence."""
    metrics = json.loads((S.DEFAULT_SENTIMENT_MODEL / "metrics.json").read_text())
    recorded = metrics["final"]["newssent_heldout"]
    report = S.evaluate_sentiment(DATA, split="dev", subset="repro",
                                  news_sentiment_dir=S.NEWS_SENTIMENT_DIR,
                                  news_sentiment_splits=("heldout",))
    got = report["newssent_heldout"]
    for backend in ("transformer", "vader"):
        assert got[backend]["n"] == recorded[backend]["n"]
        assert abs(got[backend]["macro_f1"] - recorded[backend]["macro_f1"]) <= 0.005
        assert abs(got[backend]["pearson_r"] - recorded[backend]["pearson_r"]) <= 0.005
    assert got["transformer"]["macro_f1"] > got["vader"]["macro_f1"]
    assert got["transformer"]["pearson_r"] > got["vader"]["pearson_r"]
    # the decision rule was chosen on dev, never on the held-out part
    assert "dev" in S.get_model("sentiment").meta["decision"]["chosen_on"]


def test_a_news_sentiment_folder_of_one_kind_is_evaluated_by_the_kind_it_has(tmp_path,
                                                                             goemotions_dir):
    # data/news-sentiment-quotes holds body sentences only: the per-kind sets had an empty
    # headline set and the command stopped with scikit-learn's "empty input" error (stop 55)
    rows = [{"id": f"q{i}", "kind": "body", "label": label, "text": text, "valence": v}
            for i, (label, text, v) in enumerate([
                ("negative", "“They shelled the school,” she said.", -2.0),
                ("positive", "“Power is back in every district,” the mayor said.", 2.0),
                ("neutral", "“The talks resume on Monday,” he said.", 0.0)])]
    (tmp_path / "dev.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    sets = S._eval_sets("sentiment", goemotions_dir, None, ["dev"], news_sentiment_dir=tmp_path,
                        by_kind=True)
    assert "newssent_dev_body" in sets and "newssent_dev_headline" not in sets
    assert len(sets["newssent_dev"][0]) == len(sets["newssent_dev_body"][0]) == 3
