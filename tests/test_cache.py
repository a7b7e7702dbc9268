"""The score cache: a rerun does no model work, results are unchanged, keys follow the artifacts,
concurrent writers are safe, and the `cache` command works.

Models are replaced by deterministic fakes (counted), so these tests need no trained artifact;
only the artifact *hash* is real (computed from small stand-in artifact folders).
"""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis import cache
from analysis.cli import main
from analysis.score import SENTIMENT_COLUMNS, score_corpus

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


# A fresh, empty score cache for every test here (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("cache_dir")


def _artifact(folder: Path, content: str) -> Path:
    """A stand-in artifact folder: only its bytes matter to the cache key."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "model.json").write_text(content)
    return folder


class Calls:
    """Counts calls of the fake models and the annotation stage."""

    def __init__(self) -> None:
        self.stance = self.sentiment = self.emotions = self.annotate = 0
        self.stance_pairs: list[tuple[str, int, int]] = []

    def total(self) -> int:
        return self.stance + self.sentiment + self.emotions


def _fake_probs(text: str, salt: int = 0) -> np.ndarray:
    # Deterministic, text-dependent probabilities with full float64 precision.
    seed = int.from_bytes(hashlib.blake2b(f"{salt}|{text}".encode()).digest()[:8], "little")
    rng = np.random.default_rng(seed)
    p = rng.random(3) + 1e-3
    return p / p.sum()


@pytest.fixture
def calls(monkeypatch, tmp_path) -> Calls:
    """Fake stance / sentiment / emotion models with call counters; stand-in artifacts."""
    import analysis.score as score_mod
    import analysis.sentiment as sentiment_mod
    import analysis.stance as stance_mod

    counter = Calls()
    monkeypatch.setenv("NEWSSTANCE_STANCE_MODEL", str(_artifact(tmp_path / "stance-a", "a")))
    monkeypatch.setenv(sentiment_mod.SENTIMENT_MODEL_ENV, str(_artifact(tmp_path / "sent", "s")))
    monkeypatch.setenv(sentiment_mod.EMOTION_MODEL_ENV, str(_artifact(tmp_path / "emo", "e")))

    def score_targets(sentences, spans, **_):
        counter.stance += 1
        counter.stance_pairs += [(s, a, b) for s, (a, b) in zip(sentences, spans)]
        probs = np.array([_fake_probs(f"{s}|{a}|{b}") for s, (a, b) in zip(sentences, spans)])
        return stance_mod.probabilities_frame(probs.reshape(-1, 3), stance_mod.LABELS)

    def score_sentiment(sentences, *, model="transformer", **_):
        counter.sentiment += 1
        probs = np.array([_fake_probs(t, 1) for t in sentences]).reshape(-1, 3)
        frame = stance_mod.probabilities_frame(probs, ["negative", "neutral", "positive"])
        frame.insert(1, "score", probs[:, 2] - probs[:, 0])
        return frame

    def score_emotions(sentences, **_):
        counter.emotions += 1
        return pd.DataFrame([_fake_probs(t, 2) for t in sentences],
                            columns=["joy", "fear", "anger"])

    real_annotate = score_mod.annotate_articles

    def annotate(articles, registry):
        counter.annotate += 1
        return real_annotate(articles, registry)

    monkeypatch.setattr(stance_mod, "score_targets", score_targets)
    monkeypatch.setattr(sentiment_mod, "score_sentiment", score_sentiment)
    monkeypatch.setattr(sentiment_mod, "score_emotions", score_emotions)
    monkeypatch.setattr(score_mod, "annotate_articles", annotate)
    return counter


def _assert_same(a, b) -> None:
    for name in ("articles", "sentences", "stances"):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), check_exact=True)


def test_second_run_does_no_model_work_and_changes_nothing(calls):
    uncached = score_corpus(SEEDS, cache=False)
    assert calls.total() > 0 and calls.annotate == 1
    first = score_corpus(SEEDS)
    before = (calls.stance, calls.sentiment, calls.emotions, calls.annotate)
    second = score_corpus(SEEDS)
    assert (calls.stance, calls.sentiment, calls.emotions, calls.annotate) == before
    _assert_same(uncached, first)
    _assert_same(first, second)
    assert second.sentences[SENTIMENT_COLUMNS].notna().any().all()


def test_a_changed_stance_artifact_misses_only_stance(calls, tmp_path, monkeypatch):
    score_corpus(SEEDS)
    stance_calls, sentiment_calls = calls.stance, calls.sentiment
    monkeypatch.setenv("NEWSSTANCE_STANCE_MODEL", str(_artifact(tmp_path / "stance-b", "b")))
    score_corpus(SEEDS)
    assert calls.stance == stance_calls + 1
    assert calls.sentiment == sentiment_calls  # sentiment is keyed by its own artifacts
    # Back to the first artifact: its entries are still there.
    monkeypatch.setenv("NEWSSTANCE_STANCE_MODEL", str(tmp_path / "stance-a"))
    score_corpus(SEEDS)
    assert calls.stance == stance_calls + 1


def test_edited_artifact_file_changes_the_key(tmp_path):
    folder = _artifact(tmp_path / "m", "one")
    before = cache.artifact_hash(folder)
    (folder / "model.json").write_text("two")
    assert cache.artifact_hash(folder) != before


def test_repeated_inputs_are_scored_once_and_only_misses_are_scored(calls):
    sentences = ["Russia attacked Kyiv.", "Kyiv stood firm.", "Russia attacked Kyiv."]
    spans = [(0, 6), (0, 4), (0, 6)]
    from analysis.stance import score_targets as fake

    first = cache.cached_stance_scores(sentences, spans, fake)
    assert calls.stance_pairs == [("Russia attacked Kyiv.", 0, 6), ("Kyiv stood firm.", 0, 4)]
    calls.stance_pairs.clear()
    second = cache.cached_stance_scores(sentences + ["NATO met."], spans + [(0, 4)], fake)
    assert calls.stance_pairs == [("NATO met.", 0, 4)]
    pd.testing.assert_frame_equal(first, second.iloc[:3], check_exact=True)
    pd.testing.assert_frame_equal(first, fake(sentences, spans), check_exact=True)


def test_no_cache_flag_and_environment_switch_it_off(calls, cache_dir, monkeypatch):
    score_corpus(SEEDS, cache=False)
    assert not (cache_dir / cache.DB_NAME).exists()
    monkeypatch.setenv(cache.NO_CACHE_ENV, "1")
    score_corpus(SEEDS)
    assert not (cache_dir / cache.DB_NAME).exists()
    assert not cache.cache_enabled() and cache.cache_enabled(True)


def test_score_command_no_cache(calls, cache_dir, tmp_path):
    assert main(["score", str(SEEDS), "--out", str(tmp_path / "o"), "--no-cache"]) == 0
    assert not (cache_dir / cache.DB_NAME).exists()
    assert main(["score", str(SEEDS), "--out", str(tmp_path / "p")]) == 0
    stance_calls = calls.stance
    assert main(["score", str(SEEDS), "--out", str(tmp_path / "q")]) == 0
    assert calls.stance == stance_calls
    for name in ("articles.csv", "sentences.csv", "stances.csv"):
        assert ((tmp_path / "o" / "tables" / name).read_bytes()
                == (tmp_path / "q" / "tables" / name).read_bytes())


def test_cache_info_and_clear_commands(calls, cache_dir, capsys):
    score_corpus(SEEDS)
    assert main(["cache", "info"]) == 0
    out = capsys.readouterr().out
    assert str(cache_dir / cache.DB_NAME) in out
    assert "stance" in out and "sentiment" in out and "annotations" in out and "(current)" in out
    assert main(["cache", "clear"]) == 0
    assert "cleared" in capsys.readouterr().out
    assert main(["cache", "info"]) == 0
    assert "empty" in capsys.readouterr().out
    before = calls.stance
    score_corpus(SEEDS)
    assert calls.stance == before + 1


def test_a_corrupt_cache_file_degrades_to_scoring_without_it(calls, cache_dir):
    cache_dir.mkdir(parents=True)
    (cache_dir / cache.DB_NAME).write_bytes(b"this is not a database" * 100)
    with pytest.warns(RuntimeWarning, match="without the cache"):
        scored = score_corpus(SEEDS)
    _assert_same(scored, score_corpus(SEEDS, cache=False))


_WRITER = textwrap.dedent("""
    import sys
    from analysis import cache
    store = cache.open_cache(sys.argv[1])
    model = store.model_id("stance", "shared-model")
    offset = int(sys.argv[2])
    for batch in range(40):
        rows = []
        for i in range(batch * 50, batch * 50 + 50):
            key = cache.stance_key(f"sentence {i + offset}", 0, 3)
            rows.append((key, ("neutral", float(i + offset), 0.5, 0.25)))
        store.put("stance", model, rows)
""")


def test_concurrent_writers_do_not_corrupt(cache_dir):
    # Two processes write 2,000 rows each in 40 transactions; 1,000 keys overlap.
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, str(cache_dir), str(offset)],
                              cwd=REPO, stderr=subprocess.PIPE, text=True)
             for offset in (0, 1000)]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    conn = sqlite3.connect(cache_dir / cache.DB_NAME)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT COUNT(*) FROM stance").fetchone()[0] == 3000
    store = cache.open_cache(cache_dir)
    model = store.model_id("stance", "shared-model")
    keys = [cache.stance_key(f"sentence {i}", 0, 3) for i in range(3000)]
    found = store.get("stance", model, keys)
    assert [found[k][1] for k in keys] == [float(i) for i in range(3000)]


def test_clear_never_hands_a_live_model_id_to_another_model(cache_dir):
    # A notebook keeps its model ids in memory while `cache clear` runs elsewhere.
    notebook, command = cache.ScoreCache(cache_dir), cache.ScoreCache(cache_dir)
    old = notebook.model_id("stance", "artifact-x")
    command.clear()
    assert command.model_id("stance", "artifact-y") != old
