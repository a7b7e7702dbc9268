"""The torch backend: the packaged encoder with the artifact's LoRA delta merged in.

It is the training path (``peft`` works on torch modules), the reference every other backend
is checked against, the source the ONNX graph is exported from, and the fallback when
onnxruntime is not installed.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .artifacts import ModelArtifactError, encoder_path


def load_tokenizer() -> Any:
    """The encoder's (fast) tokenizer, from the packaged encoder folder."""
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(encoder_path(), local_files_only=True)


def build_base(labels: Sequence[str], *, multi_label: bool = False):
    """The packaged encoder with a fresh classification head for ``labels``."""
    from transformers import AutoModelForSequenceClassification
    from transformers.utils import logging as hf_logging

    path = encoder_path()
    tokenizer = load_tokenizer()
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


def load_merged(path: Path, meta: dict[str, Any]) -> tuple[Any, Any]:
    """(merged torch model in eval mode, tokenizer) for the artifact at ``path``."""
    from peft import PeftModel

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
    return model, tokenizer


def quantize_dynamic_int8(model: Any) -> Any:
    """A copy of a torch model with every ``nn.Linear`` quantised to int8 (PyTorch dynamic
    quantisation, one weight scale per output channel)."""
    import copy

    import torch
    from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

    with warnings.catch_warnings():
        # torch deprecates the eager-mode API in favour of torchao, which is not installed here.
        warnings.filterwarnings("ignore", category=DeprecationWarning)
        warnings.filterwarnings("ignore", message=".*quantiz.*")
        # Per-channel weight scales: on NewsMTSC dev they cost half as much macro-F1 as one
        # scale per matrix (dev-mt -0.009 vs -0.017) at the same speed.
        out = quantize_dynamic(copy.deepcopy(model),
                               {torch.nn.Linear: per_channel_dynamic_qconfig}, dtype=torch.qint8)
    out.eval()
    return out


def forward(model: Any, batch: dict[str, np.ndarray]) -> np.ndarray:
    """Logits of one padded batch (int64 arrays ``input_ids``, ``attention_mask``,
    ``token_type_ids``)."""
    import torch

    device = next(model.parameters()).device
    with torch.inference_mode():
        enc = {k: torch.from_numpy(v).to(device) for k, v in batch.items()}
        if getattr(model.config, "model_type", "") == "mpnet":  # no segment embeddings
            enc.pop("token_type_ids", None)
        return model(**enc).logits.float().cpu().numpy()


def load_encoder() -> Any:
    """The packaged encoder without a head (``transformers.AutoModel``), fp32, eval mode."""
    import torch
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    verbosity, bars = hf_logging.get_verbosity(), hf_logging.is_progress_bar_enabled()
    hf_logging.set_verbosity_error()  # no "Loading weights" bar or notices on stderr
    hf_logging.disable_progress_bar()
    try:
        return AutoModel.from_pretrained(encoder_path(), local_files_only=True,
                                         dtype=torch.float32).eval()
    finally:
        hf_logging.set_verbosity(verbosity)
        if bars:
            hf_logging.enable_progress_bar()


def mean_pooled(encoder: Any, batch: dict[str, np.ndarray]) -> np.ndarray:
    """Mean of the last hidden states over the attention mask, float32 (batch, hidden)."""
    import torch

    with torch.inference_mode():
        enc = {k: torch.from_numpy(v) for k, v in batch.items()}
        hidden = encoder(**enc).last_hidden_state
        mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
        return pooled.float().cpu().numpy()
