"""The inference runtime: load an artifact on a backend and compute logits in batches.

Every shipped model of the package but the default stance model is the packaged
all-MiniLM-L6-v2 encoder plus a small trained delta (a LoRA adapter and the classification
head, saved with ``peft``; see :mod:`analysis.models.artifacts`). :func:`load_model` serves it
through one of three backends:

- ``"onnx"`` — ONNX Runtime on the fp32 graph exported from the merged model (built once and
  cached, see :mod:`analysis.models.onnx_backend`);
- ``"onnx-int8"`` — the same graph with dynamic int8 quantisation (opt-in: see README, 'Speed');
- ``"torch"`` — the merged torch model: the training path, the reference the graphs are checked
  against, and the fallback when onnxruntime is missing or a graph cannot be built.

The default stance model, ``stance-large-v6`` (``model.json`` kind ``teacher-lowrank``:
all-mpnet-base-v2 with low-rank changes to its layers, :mod:`analysis.models.teacher`), runs on
torch or on its fp32 ONNX graph (both ONNX backends: it has no int8 graph); every other model
runs on the backend in force.

The backend in force is the ``backend`` argument, else ``$NEWSSTANCE_BACKEND``, else
:data:`DEFAULT_BACKEND`. :func:`predict_logits` tokenises once, sorts inputs by token count
and pads each batch to its own longest member (length buckets), whatever the backend; the
test switch :func:`simulate_float_noise` applies to its output for every backend.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .artifacts import TEACHER_KIND, artifact_digest, check_artifact
from .tokenizer import Encoding, EncoderTokenizer, load_encoder_tokenizer

log = logging.getLogger("analysis.models")

BACKENDS = ("torch", "onnx", "onnx-int8")
BACKEND_ENV = "NEWSSTANCE_BACKEND"
#: The backend used when neither an argument nor ``$NEWSSTANCE_BACKEND`` names one.
DEFAULT_BACKEND = "onnx"
DEFAULT_BATCH_SIZE = 64
# Inputs are tokenised and length-sorted this many at a time (bounds memory on huge inputs).
CHUNK = 8192


@dataclass(frozen=True)
class InputBatchSpec:
    """How a task's examples become encoder inputs: a first text and an optional pair text."""

    texts: list[str]
    pairs: list[str] | None = None


@dataclass
class LoadedModel:
    """A model ready for inference: ``model`` is the merged torch module (backend ``"torch"``)
    or an onnxruntime session (``"onnx"``, ``"onnx-int8"``)."""

    model: Any
    tokenizer: EncoderTokenizer
    labels: list[str]
    meta: dict[str, Any]
    path: Path
    multi_label: bool = False
    _digest: str | None = field(default=None, repr=False)
    backend: str = "torch"

    @property
    def digest(self) -> str:
        """Content hash of the artifact files, used to key caches and to stamp outputs
        (suffixed for a quantised model, whose outputs differ)."""
        if self._digest is None:
            self._digest = artifact_digest(self.path)
        return self._digest


class BackendError(ValueError):
    """An unknown backend name."""


def requested_backend(backend: str | None = None) -> str:
    """The backend asked for: ``backend``, else ``$NEWSSTANCE_BACKEND``, else the default."""
    name = (backend or os.environ.get(BACKEND_ENV, "") or DEFAULT_BACKEND).strip().lower()
    if name not in BACKENDS:
        raise BackendError(f"unknown model backend {name!r} (from "
                           f"{'the argument' if backend else BACKEND_ENV}); "
                           f"choose one of {', '.join(BACKENDS)}")
    return name


_NOTED: set[str] = set()


def _note_once(message: str) -> None:
    if message not in _NOTED:
        _NOTED.add(message)
        log.warning(message)


def resolve_backend(backend: str | None = None) -> str:
    """The backend that will run: the requested one, or ``"torch"`` when it needs onnxruntime
    and onnxruntime is not installed (with a logged note). Cheap: loads nothing, so the score
    cache keys its entries by it."""
    from .onnx_backend import onnxruntime_available

    name = requested_backend(backend)
    if name.startswith("onnx") and not onnxruntime_available():
        _note_once(f"onnxruntime is not installed, so the models run on torch (slower); "
                   f"`pip install onnxruntime onnx` for the '{name}' backend")
        return "torch"
    return name


def load_model(path: Path | str, *, backend: str | None = None) -> LoadedModel:
    """Load an artifact folder on a backend (see the module docstring).

    An ONNX backend builds its graph on first use (a few seconds for the small models, about
    30 s for the default stance model; once per artifact and onnxruntime version); if that
    fails, the model runs on torch, with a logged note.
    """
    path = Path(path)
    meta = check_artifact(path)
    if meta.get("kind") == TEACHER_KIND:
        return _load_teacher_artifact(path, meta, backend)
    multi_label = bool(meta.get("multi_label", False))
    name = resolve_backend(backend)
    if name != "torch":
        from . import onnx_backend

        precision = "int8" if name == "onnx-int8" else "fp32"
        digest = artifact_digest(path)
        try:
            graph = onnx_backend.build_graph(path, meta, digest, precision)
            session = onnx_backend.open_session(graph)
        except Exception as exc:  # noqa: BLE001 - any failure: the torch path still works
            _note_once(f"the '{name}' backend is unavailable for {path.name} "
                       f"({type(exc).__name__}: {exc}); running it on torch")
        else:
            return LoadedModel(model=session, tokenizer=load_encoder_tokenizer(),
                               labels=list(meta["labels"]), meta=dict(meta, backend=name),
                               path=path, multi_label=multi_label, backend=name,
                               _digest=digest if precision == "fp32" else f"{digest}-int8")
    from .torch_backend import load_merged

    model, _ = load_merged(path, meta)
    return LoadedModel(model=model, tokenizer=load_encoder_tokenizer(),
                       labels=list(meta["labels"]), meta=dict(meta, backend="torch"), path=path,
                       multi_label=multi_label, backend="torch")


def _load_teacher_artifact(path: Path, meta: dict[str, Any], backend: str | None
                           ) -> LoadedModel:
    """An artifact of kind :data:`TEACHER_KIND` (the default stance model): the assembled
    all-mpnet-base-v2 with the artifact's layers merged in, on torch, or for either ONNX
    backend on its fp32 ONNX graph (exported on first use and cached like the small models';
    about 2x torch's pairs/s on two cores; README, 'Speed'). :class:`ModelArtifactError` with
    the commands to run when the encoder is not assembled, is not the one the artifact was
    made from, or the artifact's weights cannot be read."""
    from .artifacts import ModelArtifactError
    from .teacher import TeacherError, assemble, default_encoder_dir

    name = resolve_backend(backend)
    encoder_dir = default_encoder_dir()
    try:
        if not (encoder_dir / "model.safetensors").is_file():
            # The packages are installed by `make`; the folder may have been cleared since.
            _note_once(f"assembling all-mpnet-base-v2 into {encoder_dir} (once)")
            assemble(encoder_dir)
    except TeacherError as exc:
        raise ModelArtifactError(
            f"cannot load {path}: {exc} (`make large-model` installs and assembles the encoder; "
            "or set NEWSSTANCE_STANCE_MODEL=analysis/artifacts/stance-v3 for the small, faster "
            "stance model; README, 'Stance')") from exc
    tokenizer = EncoderTokenizer(encoder_dir / "tokenizer.json")
    torch_model = None
    if name != "torch":
        import importlib.util

        from . import onnx_backend

        if name == "onnx-int8":
            _note_once(f"{path.name} has no int8 graph (dynamic int8 changed too many of its "
                       "labels); it runs on its fp32 ONNX graph")
        digest = artifact_digest(path)
        graph = onnx_backend.teacher_graph_path(path, digest)
        try:
            if not graph.is_file():  # a built graph needs no torch model at all
                if importlib.util.find_spec("onnx") is None:  # before loading 440 MB for nothing
                    raise onnx_backend.OnnxUnavailable("building its graph needs the 'onnx' "
                                                       "package: pip install onnx")
                torch_model = _load_teacher_weights(path, encoder_dir)
                graph = onnx_backend.build_teacher_graph(path, meta, digest,
                                                         (torch_model, tokenizer))
            else:
                onnx_backend.note_user(graph, path)
            session = onnx_backend.open_session(graph)
        except ModelArtifactError:
            raise
        except Exception as exc:  # noqa: BLE001 - any failure: the torch path still works
            _note_once(f"the '{name}' backend is unavailable for {path.name} "
                       f"({type(exc).__name__}: {exc}); running it on torch")
        else:
            return LoadedModel(model=session, tokenizer=tokenizer, labels=list(meta["labels"]),
                               meta=dict(meta, backend="onnx"), path=path, backend="onnx",
                               _digest=digest)
    return LoadedModel(model=torch_model or _load_teacher_weights(path, encoder_dir),
                       tokenizer=tokenizer, labels=list(meta["labels"]),
                       meta=dict(meta, backend="torch"), path=path, backend="torch")


def _load_teacher_weights(path: Path, encoder_dir: Path) -> Any:
    """The torch teacher of an artifact; :class:`ModelArtifactError` naming the folder and the
    restore command when its weights cannot be read."""
    from .artifacts import ModelArtifactError
    from .teacher import load_teacher

    try:
        model, _ = load_teacher(path, encoder_dir)
    except Exception as exc:  # safetensors and torch raise several types for unreadable weights
        raise ModelArtifactError(
            f"model artifact {path} could not be loaded ({type(exc).__name__}: {exc}); "
            f"restore it with `git checkout -- {path}` or retrain it (README, 'Stance')") from exc
    return model


def quantize_int8(loaded: LoadedModel) -> LoadedModel:
    """An int8 copy of ``loaded``: PyTorch dynamic quantisation of every ``nn.Linear`` for a
    torch model (int8 weights, one scale per output channel; activations quantised per batch),
    the ``"onnx-int8"`` graph for an ONNX one.

    Opt-in, never the default: its probabilities differ from the fp32 model's (and depend on
    the other inputs of a batch), so the recorded dev scores and the score cache describe the
    fp32 model. ``python -m analysis.models check`` measures what it costs. ``ValueError`` for
    the default stance model (kind :data:`TEACHER_KIND`), which has no int8 form.
    """
    if loaded.meta.get("kind") == TEACHER_KIND:
        # Measured (stop 41): torch's dynamic int8 of stance-large-v4 agreed with fp32 on 43 of
        # 60 NewsMTSC dev-rw pairs; a copy that far off would only mislead.
        raise ValueError(f"{loaded.path.name} has no int8 form: dynamic int8 changes too many "
                         "of its labels (README, 'Speed')")
    if loaded.backend != "torch":
        return load_model(loaded.path, backend="onnx-int8")
    from .torch_backend import quantize_dynamic_int8

    meta = dict(loaded.meta, quantized="int8-dynamic")
    # Its own identity, so nothing keyed by the digest mixes int8 and fp32 scores.
    return LoadedModel(model=quantize_dynamic_int8(loaded.model), tokenizer=loaded.tokenizer,
                       labels=list(loaded.labels), meta=meta, path=loaded.path,
                       multi_label=loaded.multi_label, _digest=f"{loaded.digest}-int8",
                       backend="torch")


def _forward(loaded: LoadedModel, batch: dict[str, np.ndarray]) -> np.ndarray:
    if loaded.backend == "torch":
        from .torch_backend import forward
    else:
        from .onnx_backend import forward
    return forward(loaded.model, batch)


def length_buckets(lengths: list[int], batch_size: int) -> list[list[int]]:
    """Indices sorted by length (stable: ties keep input order), cut into batches."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    return [order[i:i + batch_size] for i in range(0, len(order), batch_size)]


def pad_batch(encodings: Sequence[Encoding], idx: Sequence[int], pad_id: int
              ) -> dict[str, np.ndarray]:
    """The encodings ``idx`` as int64 arrays (:data:`onnx_backend.INPUT_NAMES`) padded to
    their longest member."""
    width = max(len(encodings[i].ids) for i in idx)
    ids = np.full((len(idx), width), pad_id, dtype=np.int64)
    mask = np.zeros((len(idx), width), dtype=np.int64)
    types = np.zeros((len(idx), width), dtype=np.int64)
    for r, i in enumerate(idx):
        n = len(encodings[i].ids)
        ids[r, :n] = encodings[i].ids
        mask[r, :n] = 1
        types[r, :n] = encodings[i].type_ids
    return {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}


def predict_logits(loaded: LoadedModel, spec: InputBatchSpec, *, batch_size: int | None = None,
                   max_length: int | None = None, progress: bool = False) -> np.ndarray:
    """Raw logits for every input, in input order.

    Inputs are tokenised once, sorted by token count and batched, so each batch pads to its
    own longest member; the order is restored afterwards.
    """
    n = len(spec.texts)
    out = np.zeros((n, len(loaded.labels)), dtype=np.float32)
    if n == 0:
        return out
    batch_size = batch_size or DEFAULT_BATCH_SIZE
    max_length = max_length or int(loaded.meta.get("max_length", 256))
    pad_id = loaded.tokenizer.pad_token_id
    bar = None
    if progress:
        from tqdm.auto import tqdm
        bar = tqdm(total=n, desc="scoring", unit="input", leave=False)
    for lo in range(0, n, CHUNK):
        texts = spec.texts[lo:lo + CHUNK]
        pairs = spec.pairs[lo:lo + CHUNK] if spec.pairs is not None else None
        enc = loaded.tokenizer.encode(texts, pairs, max_length=max_length)
        for idx in length_buckets([len(e.ids) for e in enc], batch_size):
            logits = _forward(loaded, pad_batch(enc, idx, pad_id))
            out[[lo + i for i in idx]] = logits
            if bar is not None:
                bar.update(len(idx))
    if bar is not None:
        bar.close()
    return simulate_float_noise(out)


_ENCODERS: dict[str, tuple[str, Any]] = {}
_ENCODER_LOCK = threading.Lock()


def _sentence_encoder(backend: str | None) -> tuple[str, Any]:
    """(backend, model) of the plain encoder: an onnxruntime session on the mean-pooled graph
    for any ONNX backend (it is fp32 only), else the torch module; loaded once per process."""
    name = resolve_backend(backend)
    with _ENCODER_LOCK:
        if name not in _ENCODERS:
            if name != "torch":
                from . import onnx_backend

                try:
                    _ENCODERS[name] = ("onnx", onnx_backend.open_session(
                        onnx_backend.build_encoder_graph()))
                except Exception as exc:  # noqa: BLE001 - the torch path still works
                    _note_once(f"the ONNX sentence encoder is unavailable ({type(exc).__name__}: "
                               f"{exc}); running it on torch")
            if name not in _ENCODERS:
                from .torch_backend import load_encoder

                _ENCODERS[name] = ("torch", load_encoder())
        return _ENCODERS[name]


def embed_sentences(texts: Sequence[str], *, batch_size: int = 32, max_length: int = 256,
                    backend: str | None = None) -> np.ndarray:
    """Sentence embeddings from the packaged encoder (all-MiniLM-L6-v2): mean pooling of the
    last hidden states over the tokens, L2-normalised; float64 array (len(texts), 384).

    The same computation as sentence-transformers' for this model (Reimers & Gurevych 2019),
    on the backend in force (ONNX graph built on first use, or torch). Texts are cut at
    ``max_length`` word pieces and run in input order in fixed batches, so a run is
    repeatable on one machine; :data:`FLOAT_NOISE_ENV` moves the values as another machine
    might.
    """
    texts = [str(t) for t in texts]
    if not texts:
        return np.zeros((0, 384))
    kind, model = _sentence_encoder(backend)
    tokenizer = load_encoder_tokenizer()
    parts = []
    for start in range(0, len(texts), batch_size):
        enc = tokenizer.encode(texts[start:start + batch_size], max_length=max_length)
        batch = pad_batch(enc, range(len(enc)), tokenizer.pad_token_id)
        if kind == "onnx":
            from .onnx_backend import forward

            parts.append(forward(model, batch, output="embeddings"))
        else:
            from .torch_backend import mean_pooled

            parts.append(mean_pooled(model, batch))
    vectors = simulate_float_noise(np.concatenate(parts)).astype(float)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True).clip(min=1e-12)


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
    still repeatable; the score cache is bypassed while it is on. Applied by
    :func:`predict_logits` to the output of every backend.
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
