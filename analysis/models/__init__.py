"""Model code: artifacts, the inference runtime with its backends, and training.

| module | holds |
|---|---|
| :mod:`.artifacts` | where artifacts live, their check and content digest |
| :mod:`.runtime` | :func:`load_model` on a backend, length-bucketed :func:`predict_logits`, :func:`embed_sentences`, the float-noise test switch |
| :mod:`.tokenizer` | the encoder's WordPiece tokenizer on ``tokenizers`` (no torch import) |
| :mod:`.torch_backend` | the merged torch model (training path, reference, fallback) |
| :mod:`.onnx_backend` | the ONNX graph: built from the artifact on first use, cached, run by onnxruntime |
| :mod:`.training` | the LoRA training loop, saving and averaging artifacts |
| :mod:`.check` | ``python -m analysis.models export`` / ``check``: build graphs, compare backends on dev |
| :mod:`.onepass` | experiment: one encoder pass per sentence for all its targets (not shipped; README, 'Stance') |
| :mod:`.teacher` | all-mpnet-base-v2: assembling it, training its layers, the low-rank artifact form of the default stance model ``stance-large-v6`` |
| :mod:`.distil` | distillation into the small model's form: from the one-pass ensemble (not shipped) or from the teacher (its students' soup is ``stance-v3``; README, 'Stance') |

The task modules (``stance``, ``sentiment``) own how a task's inputs become text; the rest of the
package sees only ``score_targets``, ``score_sentiment`` and ``score_emotions``. Every name
below is importable as ``from analysis.models import NAME``.
"""

from __future__ import annotations

from .artifacts import (ADAPTER_FILES, ARTIFACTS_DIR, DESCRIPTIVE_FILES, ModelArtifactError,
                        _check_artifact, artifact_digest, check_artifact, encoder_path,
                        file_sha256)
from .runtime import (BACKEND_ENV, BACKENDS, DEFAULT_BACKEND, FLOAT_NOISE_ENV, BackendError,
                      InputBatchSpec, LoadedModel, embed_sentences, float_noise_amplitude,
                      length_buckets,
                      load_model, predict_logits, quantize_int8, requested_backend,
                      resolve_backend, sigmoid, simulate_float_noise, softmax)
from .tokenizer import EncoderTokenizer, load_encoder_tokenizer
from .torch_backend import build_base
from .training import (LORA_TARGETS, CheckpointError, TrainConfig, average_artifacts,
                       iter_chunks, make_peft_model, run_fingerprint, save_artifact,
                       seed_everything, sortish_batches, train_classifier)

__all__ = [
    "ADAPTER_FILES", "ARTIFACTS_DIR", "BACKENDS", "BACKEND_ENV", "BackendError", "CheckpointError",
    "DEFAULT_BACKEND",
    "DESCRIPTIVE_FILES", "EncoderTokenizer", "FLOAT_NOISE_ENV", "InputBatchSpec", "LORA_TARGETS",
    "LoadedModel", "ModelArtifactError", "TrainConfig", "artifact_digest", "average_artifacts",
    "build_base", "check_artifact", "embed_sentences", "encoder_path", "file_sha256",
    "float_noise_amplitude", "iter_chunks", "length_buckets", "load_encoder_tokenizer",
    "load_model", "make_peft_model", "predict_logits", "quantize_int8", "requested_backend",
    "resolve_backend", "run_fingerprint", "save_artifact", "seed_everything", "sigmoid",
    "simulate_float_noise", "softmax", "sortish_batches", "train_classifier",
]
