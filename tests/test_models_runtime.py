"""The model runtime (on the small stance model, ``stance-v3``, the one with a graph): the ONNX
graph matches torch, backend selection and fallback, the graph
cache's keys and folder, and the float-noise test switch on every backend.

No timings here: speed is measured by ``python -m analysis.bench speed``.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
import pytest

from analysis.models import (BACKEND_ENV, FLOAT_NOISE_ENV, BackendError, InputBatchSpec,
                             load_model, predict_logits, requested_backend, resolve_backend)
from analysis.models import onnx_backend, runtime
from analysis.stance import FAST_STANCE_MODEL, MODEL_ENV, TargetExample, encode_batch

SENTENCES = [
    "The rebels' troops are advancing on the capital.",
    "The retreating army left the town mined.",
    "The ministry said on Monday that the talks would resume.",
    "Critics say Putin lied about the war, while the Kremlin praised the decision as historic.",
]
SPANS = [(4, 10), (15, 19), (4, 12), (12, 17)]
#: fp32 ONNX vs torch: float sums in another order; seen about 5e-6 on the logits.
LOGIT_TOLERANCE = 1e-4


def _spec() -> InputBatchSpec:
    return encode_batch([TargetExample(s, a, b) for s, (a, b) in zip(SENTENCES, SPANS)],
                        "mark+pair")


@pytest.fixture(scope="module")
def torch_stance():
    return load_model(FAST_STANCE_MODEL, backend="torch")


@pytest.fixture(scope="module")
def onnx_stance():
    return load_model(FAST_STANCE_MODEL, backend="onnx")


def test_onnx_graph_matches_torch_logits(torch_stance, onnx_stance):
    assert onnx_stance.backend == "onnx" and torch_stance.backend == "torch"
    ref = predict_logits(torch_stance, _spec())
    got = predict_logits(onnx_stance, _spec())
    np.testing.assert_allclose(got, ref, atol=LOGIT_TOLERANCE, rtol=0)
    assert (got.argmax(axis=1) == ref.argmax(axis=1)).all()
    assert onnx_stance.digest == torch_stance.digest  # same model, same cache identity


def test_batching_does_not_change_the_logits(onnx_stance):
    spec = _spec()
    whole = predict_logits(onnx_stance, spec)
    one_by_one = predict_logits(onnx_stance, spec, batch_size=1)
    np.testing.assert_allclose(one_by_one, whole, atol=LOGIT_TOLERANCE, rtol=0)


def test_graph_is_built_into_the_folder_and_reused(tmp_path, monkeypatch, torch_stance):
    monkeypatch.setenv(onnx_backend.ONNX_DIR_ENV, str(tmp_path))
    meta, path = torch_stance.meta, torch_stance.path
    graph = onnx_backend.build_graph(path, meta, torch_stance.digest, "fp32",
                                     torch_model=(torch_stance.model, torch_stance.tokenizer))
    assert graph.is_file() and tmp_path in graph.parents
    info = json.loads((graph.parent / "build.json").read_text())
    assert info["digest"] == torch_stance.digest
    assert info["max_abs_logit_diff_to_torch"] <= onnx_backend.EXPORT_TOLERANCE
    stamp = graph.stat().st_mtime_ns
    assert onnx_backend.build_graph(path, meta, torch_stance.digest, "fp32") == graph
    assert graph.stat().st_mtime_ns == stamp  # found, not rebuilt
    assert not list(graph.parent.glob(".*"))  # no temporary file left behind
    # the artifact is recorded by its resolved path; prune by the folder holding it
    assert onnx_backend.graph_users(graph.parent) == [path.absolute()]
    assert onnx_backend.prune_graphs(under=tmp_path) == []
    assert onnx_backend.prune_graphs(under=path.parent) == [graph.parent]
    assert sorted(p.name for p in graph.parent.iterdir()) == ["build.lock"]


def test_a_failed_build_leaves_nothing_and_the_next_one_builds(tmp_path, monkeypatch,
                                                               torch_stance):
    """A build that fails after writing (here: the export check) removes its half-written
    files, so the folder holds no graph and a later build starts clean."""
    monkeypatch.setenv(onnx_backend.ONNX_DIR_ENV, str(tmp_path))
    meta, path = torch_stance.meta, torch_stance.path

    def half_written(model, meta, out):
        out.write_bytes(b"half")
        out.with_name(out.stem + ".raw.onnx").write_bytes(b"raw")
        raise onnx_backend.OnnxUnavailable("differs from torch")

    monkeypatch.setattr(onnx_backend, "_export_fp32", half_written)
    with pytest.raises(onnx_backend.OnnxUnavailable):
        onnx_backend.build_graph(path, meta, torch_stance.digest, "fp32",
                                 torch_model=(torch_stance.model, torch_stance.tokenizer))
    folder = onnx_backend.graph_path(path, torch_stance.digest, "fp32").parent
    assert sorted(p.name for p in folder.iterdir()) == ["build.lock"]


def test_graph_cache_key(tmp_path, monkeypatch):
    monkeypatch.setenv(onnx_backend.ONNX_DIR_ENV, str(tmp_path / "graphs"))
    art = FAST_STANCE_MODEL
    base = onnx_backend.graph_path(art, "a" * 64, "fp32")
    assert base.parent.parent == tmp_path / "graphs"
    assert base.parent.name.startswith(f"{art.name}-fp32-")
    assert onnx_backend.graph_path(art, "b" * 64, "fp32") != base          # another artifact
    assert onnx_backend.graph_path(art, "a" * 64, "int8") != base          # another precision
    real = onnx_backend._version
    monkeypatch.setattr(onnx_backend, "_version",
                        lambda p: "0.0.1" if p == "onnxruntime" else real(p))
    assert onnx_backend.graph_path(art, "a" * 64, "fp32") != base          # another onnxruntime
    with pytest.raises(ValueError, match="precision"):
        onnx_backend.build_key("a" * 64, "fp16")


def test_graph_folder_default_is_the_cache_folder_not_the_score_cache(tmp_path, monkeypatch):
    monkeypatch.delenv(onnx_backend.ONNX_DIR_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("NEWSSTANCE_CACHE_DIR", str(tmp_path / "scores"))
    assert onnx_backend.onnx_dir() == tmp_path / "xdg" / "newsstance" / "onnx"


def test_backend_selection(monkeypatch):
    monkeypatch.delenv(BACKEND_ENV, raising=False)
    assert requested_backend() == runtime.DEFAULT_BACKEND
    monkeypatch.setenv(BACKEND_ENV, "torch")
    assert requested_backend() == "torch" and resolve_backend() == "torch"
    assert requested_backend("onnx-int8") == "onnx-int8"  # the argument wins
    monkeypatch.setenv(BACKEND_ENV, "tensorrt")
    with pytest.raises(BackendError, match="tensorrt"):
        requested_backend()


def test_missing_onnxruntime_falls_back_to_torch_with_a_note(monkeypatch, caplog):
    monkeypatch.setattr(onnx_backend, "onnxruntime_available", lambda: False)
    monkeypatch.setattr(runtime, "_NOTED", set())
    with caplog.at_level(logging.WARNING, logger="analysis.models"):
        assert resolve_backend("onnx") == "torch"
    assert "onnxruntime is not installed" in caplog.text
    assert "pip install onnxruntime" in caplog.text


def test_a_failed_build_falls_back_to_torch(monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise onnx_backend.OnnxUnavailable("simulated export failure")

    monkeypatch.setattr(onnx_backend, "build_graph", broken)
    monkeypatch.setattr(runtime, "_NOTED", set())
    with caplog.at_level(logging.WARNING, logger="analysis.models"):
        loaded = load_model(FAST_STANCE_MODEL, backend="onnx")
    assert loaded.backend == "torch"
    assert "simulated export failure" in caplog.text and "running it on torch" in caplog.text


def test_score_cache_key_follows_the_backend(monkeypatch):
    from analysis import cache

    monkeypatch.setenv(BACKEND_ENV, "torch")
    on_torch = (cache.stance_model_hash(), cache.sentiment_model_hash())
    monkeypatch.setenv(BACKEND_ENV, "onnx-int8")
    on_int8 = (cache.stance_model_hash(), cache.sentiment_model_hash())
    assert on_torch[0] != on_int8[0] and on_torch[1] != on_int8[1]


@pytest.mark.parametrize("backend", ["torch", "onnx"])
def test_float_noise_switch_applies_on_every_backend(backend, monkeypatch, torch_stance,
                                                     onnx_stance):
    loaded = torch_stance if backend == "torch" else onnx_stance
    clean = predict_logits(loaded, _spec())
    monkeypatch.setenv(FLOAT_NOISE_ENV, "3e-6")
    noisy = predict_logits(loaded, _spec())
    moved = np.abs(noisy - clean)
    assert moved.max() > 0 and moved.max() <= 3e-6 + 1e-7
    np.testing.assert_array_equal(predict_logits(loaded, _spec()), noisy)  # repeatable


def test_sentence_embeddings_onnx_match_torch():
    from analysis.models import embed_sentences

    texts = SENTENCES + ["", "A much longer text about the talks. " * 40]
    assert runtime._sentence_encoder("onnx")[0] == "onnx"  # not the torch fallback
    ref = embed_sentences(texts, backend="torch", batch_size=3)
    got = embed_sentences(texts, backend="onnx", batch_size=3)
    assert got.shape == ref.shape == (len(texts), 384)
    np.testing.assert_allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-9)
    np.testing.assert_allclose(got, ref, atol=1e-5, rtol=0)
    # Cosine similarity orders the texts as expected: two war sentences are closer to each
    # other than to the long talks text.
    assert got[0] @ got[1] > got[0] @ got[5]


def test_scoring_on_onnx_does_not_import_torch():
    # The cold start of a run on the small models: with the graphs built, no torch or
    # transformers import (the default stance model, stance-large-v6, needs torch).
    import subprocess
    import sys

    from analysis.models import embed_sentences

    load_model(FAST_STANCE_MODEL, backend="onnx")  # builds the graphs if they are missing
    embed_sentences(["a"], backend="onnx")
    code = ("import sys; from analysis.stance import score_targets; "
            "from analysis.models import embed_sentences; "
            "score_targets(['The army won.'], [(4, 8)]); embed_sentences(['The army won.']); "
            "print('torch' in sys.modules, 'transformers' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env=dict(__import__("os").environ, **{BACKEND_ENV: "onnx",
                                                               MODEL_ENV: str(FAST_STANCE_MODEL)}))
    assert out.stdout.split()[-2:] == ["False", "False"], out.stderr[-2000:]


def test_prune_removes_only_graphs_no_recorded_user_can_use(tmp_path, monkeypatch, capsys):
    """A graph folder is shared by every artifact folder of its name and digest (clones of the
    repository): prune removes it only when no recorded user would open it today (each gone,
    or keyed otherwise now: retrained, new export code) or, with ``under``, when all lie under
    that folder; it keeps plain-name graphs, failed builds and a folder a build holds locked."""
    import fcntl

    from analysis.models.artifacts import artifact_digest
    from analysis.models.check import main as models_main

    graphs = tmp_path / "graphs"
    monkeypatch.setenv(onnx_backend.ONNX_DIR_ENV, str(graphs))

    def artifact(path: Path, weights: bytes) -> Path:
        path.mkdir(parents=True)
        (path / "adapter.bin").write_bytes(weights)
        return path

    live = artifact(tmp_path / "clone" / "live", b"v1")
    other = artifact(tmp_path / "clone" / "other", b"v1")
    scratch = artifact(tmp_path / "scratch" / "model", b"s")

    def current(path: Path) -> str:
        return onnx_backend.graph_path(path, artifact_digest(path), "fp32").parent.name

    def graph(name: str, *users: Path | str, **record: str) -> Path:
        folder = graphs / name
        folder.mkdir(parents=True)
        (folder / "model.onnx").write_bytes(b"graph")
        digest = artifact_digest(Path(users[-1])) if Path(users[-1]).is_dir() else "x"
        (folder / "build.json").write_text(json.dumps({"artifact": str(users[0]),
                                                       "digest": digest, "precision": "fp32",
                                                       **record}))
        for user in users[1:]:
            onnx_backend.note_user(folder / "model.onnx", Path(user))
        return folder

    graph("gone-fp32-1", tmp_path / "deleted")
    graph(current(live), tmp_path / "deleted-clone", live)      # another clone still uses it
    graph(current(scratch), scratch)
    graph(current(other), scratch, other)
    graph("other-fp32-0ldkey", other)                             # an earlier key of `other`
    live_int8 = onnx_backend.graph_path(live, artifact_digest(live), "int8").parent.name
    graph(live_int8, live, precision="int8")
    live_teacher = onnx_backend.teacher_graph_path(live, artifact_digest(live)).parent.name
    graph(live_teacher, live, kind="teacher")
    graph("encoder-mean-pooled-fp32-5", "encoder-mean-pooled")   # a name, not a folder
    (graphs / "failed-fp32-6").mkdir()
    (graphs / "failed-fp32-6" / "build.lock").touch()
    graph("building-fp32-7", tmp_path / "deleted-too")
    onnx_backend.note_user(graphs / current(other) / "model.onnx", other)  # recorded once
    assert onnx_backend.graph_users(graphs / current(other)) == [scratch, other]

    before = sorted(p.name for p in graphs.iterdir())
    assert models_main(["prune", "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == f"2 graph folder(s) in {graphs} to remove"
    assert sorted(p.name for p in graphs.iterdir()) == before   # a dry run removes nothing
    with open(graphs / "building-fp32-7" / "build.lock", "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        assert onnx_backend.prune_graphs() == [graphs / "gone-fp32-1"]  # building-7: locked
        # the earlier key of a live model: only with rekeyed (another checkout may use it)
        assert onnx_backend.prune_graphs(rekeyed=True) == [graphs / "other-fp32-0ldkey"]
    assert onnx_backend.prune_graphs(under=tmp_path / "scratch") == [graphs / current(scratch)]
    assert onnx_backend.prune_graphs() == [graphs / "building-fp32-7"]  # its lock is free now
    live_graphs = [graphs / name for name in sorted((current(live), live_int8, live_teacher))]
    assert onnx_backend.prune_graphs(rekeyed=True) == []        # int8 and teacher keys: current
    (live / "adapter.bin").write_bytes(b"v2")                     # retrained: another digest
    assert onnx_backend.prune_graphs() == live_graphs
    kept = {p.name for p in graphs.iterdir() if (p / "model.onnx").is_file()}
    assert kept == {current(other), "encoder-mean-pooled-fp32-5"}
    assert [p.name for p in (graphs / "gone-fp32-1").iterdir()] == ["build.lock"]
    monkeypatch.setenv(onnx_backend.ONNX_DIR_ENV, str(tmp_path / "none"))
    assert onnx_backend.prune_graphs() == []
