"""The large-encoder sentence-sentiment model: its training data, and a short run that ends in an
artifact the package serves through ``score_sentiment`` as it serves the stance model."""

from __future__ import annotations

import json

import numpy as np
import pytest

from analysis.models import sentiment_large, teacher
from analysis.sentiment import NEWS_DEV_FILES, NEWS_SENTIMENT_DIR, news_sentences

from test_teacher import _saved, _tiny_model


def test_training_data_is_news_sentiment_repeated_newsmtsc_without_its_dev_and_a_goemotions_sample(
        newsmtsc_dir, goemotions_dir):
    texts, y, counts = sentiment_large.training_texts(NEWS_SENTIMENT_DIR, newsmtsc_dir,
                                                      goemotions_dir, news_repeat=2,
                                                      goemotions_sample=300, seed=7)
    n_news = counts["news_sentiment"]
    assert n_news == sum(1 for _ in open(NEWS_SENTIMENT_DIR / "train.jsonl", encoding="utf-8"))
    assert counts["goemotions"] == 300
    assert len(texts) == len(y) == 2 * n_news + counts["newsmtsc_all_agree"] + 300
    assert texts[:n_news] == texts[n_news:2 * n_news]  # the news split, listed twice
    assert set(y.tolist()) == {0, 1, 2}
    dev = set(news_sentences([newsmtsc_dir / f for f in NEWS_DEV_FILES])[0])
    assert dev and not dev & set(texts)
    again, y_again, _ = sentiment_large.training_texts(NEWS_SENTIMENT_DIR, newsmtsc_dir,
                                                       goemotions_dir, news_repeat=2,
                                                       goemotions_sample=300, seed=7)
    assert again == texts and np.array_equal(y_again, y)
    other, _, _ = sentiment_large.training_texts(NEWS_SENTIMENT_DIR, newsmtsc_dir,
                                                 goemotions_dir, news_repeat=1,
                                                 goemotions_sample=300, seed=8)
    assert other[-300:] != texts[-300:] and len(other) == len(texts) - n_news
    with pytest.raises(ValueError, match="news_repeat"):
        sentiment_large.training_texts(NEWS_SENTIMENT_DIR, newsmtsc_dir, goemotions_dir,
                                       news_repeat=0)


def test_a_short_run_makes_an_artifact_score_sentiment_serves(tmp_path, monkeypatch,
                                                              newsmtsc_dir, goemotions_dir):
    """Trained on a tiny MPNet placed where the runtime looks for the encoder: the run keeps its
    best epoch, the artifact is a sentiment model of kind teacher-lowrank with a decision rule
    chosen on news dev, and ``score_sentiment`` with it gives the probabilities of the trained
    weights themselves."""
    from analysis import sentiment

    model, tokenizer = _tiny_model("MPNet", 30527)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("NEWSSTANCE_BACKEND", "torch")
    encoder_dir = teacher.default_encoder_dir()
    encoder_dir.parent.mkdir(parents=True)
    _saved(model, tokenizer, encoder_dir)
    metrics = sentiment_large.train(tmp_path / "out", news_sentiment_dir=NEWS_SENTIMENT_DIR,
                                    newsmtsc_dir=newsmtsc_dir, goemotions_dir=goemotions_dir,
                                    frozen=2, epochs=2, lr=1e-3, limit=48, goemotions_sample=20,
                                    rank=8, log=lambda m: None)
    assert [e["epoch"] for e in metrics["history"]] == [1, 2]
    assert metrics["best_epoch"] == max(
        metrics["history"], key=lambda e: e["newssent_dev_macro_f1_argmax"])["epoch"]
    artifact = tmp_path / "out" / "artifact"
    meta = json.loads((artifact / "model.json").read_text())
    assert (meta["task"], meta["kind"], meta["input_form"], meta["max_length"]) == \
        ("sentiment", "teacher-lowrank", "text", 64)
    assert meta["decision"] == metrics["decision"] and "log_bias" in meta["decision"]
    assert json.loads((artifact / "metrics.json").read_text()) == metrics

    monkeypatch.setenv(sentiment.SENTIMENT_MODEL_ENV, str(artifact))
    monkeypatch.setattr(sentiment, "_LOADED", {})
    texts = ["Talks went on.", "The rebels routed the army near the river."]
    got = sentiment.score_sentiment(texts)
    import torch

    ref, ref_tok = teacher.load_teacher(artifact)
    with torch.inference_mode():
        want = torch.softmax(ref(**ref_tok(texts, padding=True, return_tensors="pt")).logits,
                             -1).numpy()
    np.testing.assert_allclose(got[["p_negative", "p_neutral", "p_positive"]].to_numpy(), want,
                               atol=1e-5)


def test_quoted_copies_keep_the_label_and_skip_sentences_that_would_nest_a_quote():
    texts = ["Dozens were killed when a missile hit the market.",
             "Aid reached the town",
             "“We will win,” the general said.",
             "The talks failed, the ministry said.",
             "KYIV, May 3 - Power returned to the city."]
    out, y = sentiment_large.quoted_copies(texts, np.array([0, 2, 1, 1, 2]), seed=7)
    assert y.tolist() == [0, 0, 2, 2]  # the last three hold a quote, an attribution, a dateline
    trailing, leading = out[0], out[1]
    assert trailing.startswith("“Dozens were killed when a missile hit the market,” ")
    assert any(trailing.endswith(f" {v}.") for v in sentiment_large.QUOTE_VERBS)
    assert leading.endswith(": “Dozens were killed when a missile hit the market.”")
    assert leading[:1].isupper()
    assert out[3].endswith(": “Aid reached the town.”")
    assert sentiment_large.quoted_copies(texts, np.array([0, 2, 1, 1, 2]), seed=7)[0] == out


def test_the_training_data_with_quoted_copies_adds_them_after_the_rest(newsmtsc_dir,
                                                                       goemotions_dir):
    base, y0, _ = sentiment_large.training_texts(NEWS_SENTIMENT_DIR, newsmtsc_dir, goemotions_dir,
                                                 goemotions_sample=300, seed=7)
    texts, y, counts = sentiment_large.training_texts(NEWS_SENTIMENT_DIR, newsmtsc_dir,
                                                      goemotions_dir, goemotions_sample=300,
                                                      seed=7, quote_copies=True)
    n = counts["quoted_copies"]
    assert n > 0 and texts[:-n] == base and np.array_equal(y[:-n], y0)
    assert all("“" in t for t in texts[-n:])


def test_the_command_passes_its_training_settings_on(tmp_path, monkeypatch):
    """``--goemotions-sample`` (stop 54's second configuration) and the recipe's options reach
    ``train``; without ``--out`` or ``--record`` the command stops with a usage error."""
    seen = {}
    monkeypatch.setattr(sentiment_large, "train", lambda out, **kw: seen.update(out=out, **kw))
    assert sentiment_large.main(["--out", str(tmp_path), "--goemotions-sample", "8000",
                                 "--epochs", "2"]) == 0
    assert seen["out"] == tmp_path and seen["goemotions_sample"] == 8000 and seen["epochs"] == 2
    assert seen["quote_copies"] is False
    seen.clear()
    sentiment_large.main(["--out", str(tmp_path), "--quote-copies"])
    assert seen["goemotions_sample"] == 2000  # stop 53's run
    assert seen["quote_copies"] is True
    with pytest.raises(SystemExit):
        sentiment_large.main([])
