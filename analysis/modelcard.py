"""The model card: scores, confusion, calibration, errors and speed of the shipped models.

Used by ``notebooks/04_models.ipynb``; every function is plain pandas / matplotlib on top of
:mod:`analysis.stance` and :mod:`analysis.sentiment`, so the card can be rebuilt anywhere.

* :func:`recorded_scores` — the dev / test scores an artifact's ``metrics.json`` recorded at
  training time (one row per metric).
* :func:`stance_predictions` — one row per target of NewsMTSC-format files, with gold label,
  prediction and probabilities; :func:`prediction_scores` turns it into accuracy / macro-F1 per
  file with :func:`analysis.stance.classification_report` (the same code as
  :func:`analysis.stance.evaluate_file`), :func:`confusion_table` into a confusion matrix.
* :func:`reliability_table` / :func:`expected_calibration_error` /
  :func:`reliability_figure` — calibration: is a prediction made with 80% confidence right 80%
  of the time?
* :func:`error_examples` — the most confident mistakes.
* :func:`sentiment_comparison` — the transformer sentiment model against VADER on labelled
  sentences.
* :func:`time_models` — throughput on this machine (varies run to run; not a score).
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from .plots import OKABE_ITO, plot_style

__all__ = [
    "METRIC_KEYS",
    "NEWSMTSC_DEV_FILES",
    "artifacts_in_use",
    "artifact_summary",
    "confusion_figure",
    "confusion_table",
    "confusion_tables",
    "error_examples",
    "expected_calibration_error",
    "mark_target",
    "newsmtsc_dev_files",
    "prediction_scores",
    "read_metrics",
    "recorded_scores",
    "reliability_figure",
    "reliability_table",
    "reliability_tables",
    "report_table",
    "sentiment_comparison",
    "stance_eval_files",
    "stance_predictions",
    "time_models",
]

LABELS: tuple[str, ...] = ("negative", "neutral", "positive")
#: Leaf names of ``metrics.json`` that :func:`recorded_scores` reports.
METRIC_KEYS: tuple[str, ...] = ("accuracy", "macro_f1", "micro_f1")


# ---------------------------------------------------------------------------
# recorded scores
# ---------------------------------------------------------------------------


#: NewsMTSC dev files (real-world and multi-target), in the order the card reports them.
NEWSMTSC_DEV_FILES: tuple[str, ...] = ("dev-rw.jsonl", "dev-mt.jsonl")


def artifacts_in_use() -> dict[str, Path]:
    """The artifact folders the models load from: stance, sentiment, emotion.

    The shipped defaults under ``analysis/artifacts/`` unless the environment variables
    ``NEWSSTANCE_STANCE_MODEL`` / ``NEWSSTANCE_SENTIMENT_MODEL`` / ``NEWSSTANCE_EMOTION_MODEL``
    point elsewhere — the same rule the scoring functions follow.
    """
    import os

    from . import sentiment, stance

    return {
        "stance": stance.stance_model_path(),
        "sentiment": Path(os.environ.get(sentiment.SENTIMENT_MODEL_ENV)
                          or sentiment.DEFAULT_SENTIMENT_MODEL),
        "emotion": Path(os.environ.get(sentiment.EMOTION_MODEL_ENV)
                        or sentiment.DEFAULT_EMOTION_MODEL),
    }


def newsmtsc_dev_files(folder: Path | str) -> list[Path]:
    """Paths of the NewsMTSC dev files in ``folder`` (whether or not they exist)."""
    return [Path(folder) / name for name in NEWSMTSC_DEV_FILES]


def stance_eval_files(newsmtsc: Path | str) -> list[Path]:
    """The labelled files the stance model is evaluated on, those that exist: NewsMTSC dev
    (``dev-rw``, ``dev-mt``) in ``newsmtsc``; the war-news stance data's dev split (chosen on)
    and held-out part (``data/war-news-stance/``, never used for training or for choosing);
    and the held-out part of the templated war sentences
    (``analysis/data/war_stance_heldout.jsonl``, measured only)."""
    from .warnews import DATA_DIR as WAR_DIR
    from .wardata import DATA_DIR

    candidates = [*newsmtsc_dev_files(newsmtsc), WAR_DIR / "dev.jsonl", WAR_DIR / "heldout.jsonl",
                  DATA_DIR / "war_stance_heldout.jsonl"]
    return [path for path in candidates if path.is_file()]


def eval_file_name(path: Path | str) -> str:
    """How an evaluation file is named in tables: its file name, with the data set's folder for
    the generic split names (``war-news-stance/heldout.jsonl``)."""
    path = Path(path)
    if path.stem in ("dev", "heldout", "train", "test"):
        return f"{path.parent.name}/{path.name}"
    return path.name


def read_metrics(artifact: Path | str) -> dict[str, Any]:
    """The artifact's ``metrics.json`` as a dict; ``{}`` when the file is missing."""
    path = Path(artifact) / "metrics.json"
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def _leaves(node: Any, path: tuple[str, ...]) -> list[tuple[tuple[str, ...], float]]:
    if isinstance(node, dict):
        out = []
        for key in sorted(node):
            out.extend(_leaves(node[key], (*path, str(key))))
        return out
    if isinstance(node, (int, float)) and not isinstance(node, bool):
        return [(path, float(node))]
    return []


def _metric_name(leaf: str) -> str | None:
    """The metric a ``metrics.json`` leaf reports ("dev-rw_macro_f1" -> "macro_f1"), or None."""
    for key in METRIC_KEYS:
        if leaf == key or leaf.endswith("_" + key):
            return key
    return None


def recorded_scores(artifacts: Mapping[str, Path | str]) -> pd.DataFrame:
    """Scores recorded in each artifact's ``metrics.json`` at training time.

    ``artifacts`` maps a model name to its artifact folder.  From the ``selected`` section
    (the epoch kept) and the ``final`` section (scores of the kept model, where the training
    code wrote one), every accuracy / macro-F1 / micro-F1 leaf becomes a row: model, section,
    evaluated_on (the path of the leaf, e.g. ``dev-rw`` or ``test / transformer``), metric,
    value.  Models without ``metrics.json`` are skipped.  Sorted by (model, section,
    evaluated_on, metric).
    """
    rows = []
    for model, folder in artifacts.items():
        metrics = read_metrics(folder)
        for section in ("selected", "final"):
            for path, value in _leaves(metrics.get(section, {}), ()):
                metric = _metric_name(path[-1])
                if metric is None:
                    continue
                prefix = path[-1][: -len(metric)].rstrip("_")
                where = " / ".join([*path[:-1], prefix] if prefix else path[:-1]) or "dev"
                rows.append({"model": model, "section": section, "evaluated_on": where,
                             "metric": metric, "value": value})
    out = pd.DataFrame(rows, columns=["model", "section", "evaluated_on", "metric", "value"])
    return out.sort_values(["model", "section", "evaluated_on", "metric"],
                           kind="mergesort").reset_index(drop=True)


def artifact_summary(artifacts: Mapping[str, Path | str]) -> pd.DataFrame:
    """What each artifact is, from its ``model.json`` (no model is loaded).

    Columns: model, task, labels (number of output labels), multi_label, input_form,
    max_length (word pieces), threshold (emotion decision threshold, NaN otherwise),
    size_mb (all files of the folder), digest (first 12 hex digits of the content hash).
    Missing artifacts get a row with task "(missing)".
    """
    from .models import artifact_digest

    rows = []
    for model, folder in artifacts.items():
        folder = Path(folder)
        meta_path = folder / "model.json"
        if not meta_path.is_file():
            rows.append({"model": model, "task": "(missing)"})
            continue
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        size = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
        rows.append({
            "model": model, "task": str(meta.get("task", "")),
            "labels": len(meta.get("labels", [])),
            "multi_label": bool(meta.get("multi_label", False)),
            "input_form": str(meta.get("input_form", "")),
            "max_length": int(meta.get("max_length", 0)),
            "threshold": float(meta.get("threshold", math.nan)),
            "size_mb": round(size / 1e6, 2),
            "digest": artifact_digest(folder)[:12],
        })
    columns = ["model", "task", "labels", "multi_label", "input_form", "max_length",
               "threshold", "size_mb", "digest"]
    return pd.DataFrame(rows, columns=columns)


# ---------------------------------------------------------------------------
# stance predictions on labelled files
# ---------------------------------------------------------------------------


def mark_target(sentence: str, start: int, end: int) -> str:
    """The sentence with the target wrapped in ⟦ ⟧ (for reading error examples)."""
    return f"{sentence[:start]}\u27e6{sentence[start:end]}\u27e7{sentence[end:]}"


def stance_predictions(files: Sequence[Path | str], *, model: Any = None) -> pd.DataFrame:
    """Predictions of the stance model on NewsMTSC-format files, one row per target.

    Columns: file (name), sentence, start, end, target, gold, pred, p_negative, p_neutral,
    p_positive, confidence (probability of the predicted label), correct.  ``model`` is a
    loaded stance model (default: the shipped one).  Rows keep file order, then file line order.
    """
    from .stance import get_stance_model, predict_examples, read_newsmtsc

    loaded = model or get_stance_model()
    labels = list(loaded.labels)
    frames = []
    for f in files:
        examples = read_newsmtsc(f)
        probs = predict_examples(loaded, examples) if examples else np.zeros((0, len(labels)))
        pred = probs.argmax(axis=1) if len(examples) else np.zeros(0, dtype=int)
        frame = pd.DataFrame({
            "file": eval_file_name(f),
            "sentence": [ex.sentence for ex in examples],
            "start": [ex.start for ex in examples],
            "end": [ex.end for ex in examples],
            "target": [ex.sentence[ex.start:ex.end] for ex in examples],
            "gold": [labels[ex.label] for ex in examples],
            "pred": [labels[j] for j in pred],
        })
        for j, label in enumerate(labels):
            frame[f"p_{label}"] = probs[:, j].astype(float)
        frame["confidence"] = probs.max(axis=1).astype(float) if len(examples) else []
        frame["correct"] = frame["gold"] == frame["pred"]
        frames.append(frame)
    columns = ["file", "sentence", "start", "end", "target", "gold", "pred",
               *[f"p_{label}" for label in labels], "confidence", "correct"]
    if not frames:
        return pd.DataFrame(columns=columns)
    out = pd.concat(frames, ignore_index=True)
    return out.astype({"start": "int64", "end": "int64", "correct": bool})[columns]


def _report_row(name: str, report: Mapping[str, Any]) -> dict[str, Any]:
    row = {"evaluated_on": name, "n": int(report["n"]), "accuracy": float(report["accuracy"]),
           "macro_f1": float(report["macro_f1"])}
    row.update({f"f1_{label}": float(v) for label, v in report["f1"].items()})
    return row


def prediction_scores(predictions: pd.DataFrame, *, labels: Sequence[str] = LABELS,
                      pooled: bool = True) -> pd.DataFrame:
    """Accuracy, macro-F1 and per-class F1 per file (and pooled over all files, ``all``).

    Computed with :func:`analysis.stance.classification_report`, the function behind
    :func:`analysis.stance.evaluate_file`.  Columns: evaluated_on, n, accuracy, macro_f1,
    f1_<label>...  Files in order of appearance, ``all`` last.
    """
    from .stance import classification_report

    index = {label: i for i, label in enumerate(labels)}
    groups = [(str(f), g) for f, g in predictions.groupby("file", sort=False)]
    if pooled and len(groups) > 1:
        groups.append(("all", predictions))
    rows = [_report_row(name, classification_report(g["gold"].map(index).tolist(),
                                                    g["pred"].map(index).tolist(), labels))
            for name, g in groups]
    return pd.DataFrame(rows)


def report_table(reports: Mapping[str, Mapping[str, Any]]) -> pd.DataFrame:
    """Reports of :func:`analysis.stance.evaluate_file` (name -> report) as one table.

    Same columns as :func:`prediction_scores`.
    """
    return pd.DataFrame([_report_row(name, rep) for name, rep in reports.items()])


def confusion_table(gold: Sequence[str] | pd.Series, pred: Sequence[str] | pd.Series, *,
                    labels: Sequence[str] = LABELS) -> pd.DataFrame:
    """Confusion matrix as a DataFrame: rows = gold label, columns = predicted label (counts)."""
    gold_s = pd.Categorical(list(gold), categories=list(labels))
    pred_s = pd.Categorical(list(pred), categories=list(labels))
    table = pd.crosstab(gold_s, pred_s, dropna=False).reindex(index=list(labels),
                                                               columns=list(labels),
                                                               fill_value=0)
    table.index.name, table.columns.name = "gold", "predicted"
    return table.astype("int64")


def confusion_tables(predictions: pd.DataFrame, *, labels: Sequence[str] = LABELS,
                     pooled: bool = True) -> dict[str, pd.DataFrame]:
    """:func:`confusion_table` per file of :func:`stance_predictions` output (+ ``all``)."""
    tables = {str(f): confusion_table(g["gold"], g["pred"], labels=labels)
              for f, g in predictions.groupby("file", sort=False)}
    if pooled and len(tables) > 1:
        tables["all"] = confusion_table(predictions["gold"], predictions["pred"], labels=labels)
    return tables


def confusion_figure(tables: Mapping[str, pd.DataFrame] | pd.DataFrame, *,
                     title: str = "Confusion matrices (rows: gold label; colour: share of row)"
                     ) -> Figure:
    """One heatmap per confusion table: counts and row shares, colour = share of the gold row.

    The diagonal holds the correct predictions; a dark off-diagonal cell is a systematic
    confusion.
    """
    if isinstance(tables, pd.DataFrame):
        tables = {"": tables}
    n = max(1, len(tables))
    with plot_style():
        fig = Figure(figsize=(0.6 + 3.3 * n, 3.5), layout="constrained")
        axes = fig.subplots(1, n, squeeze=False)[0]
        for ax, (name, table) in zip(axes, tables.items()):
            counts = table.to_numpy(dtype=float)
            totals = counts.sum(axis=1, keepdims=True)
            shares = np.divide(counts, totals, out=np.zeros_like(counts), where=totals > 0)
            ax.imshow(shares, cmap="Blues", vmin=0.0, vmax=1.0)
            for r in range(counts.shape[0]):
                for c in range(counts.shape[1]):
                    ax.text(c, r, f"{int(counts[r, c])}\n{shares[r, c]:.0%}", ha="center",
                            va="center", fontsize=8,
                            color="white" if shares[r, c] > 0.6 else "#111111")
            ax.set_xticks(range(table.shape[1]), list(table.columns))
            ax.set_yticks(range(table.shape[0]), list(table.index))
            ax.set_xlabel("predicted")
            ax.set_ylabel("gold")
            ax.spines[:].set_visible(False)
            ax.tick_params(length=0)
            ax.set_title(f"{name}\nn = {int(counts.sum())}" if name else f"n = {int(counts.sum())}")
        fig.suptitle(title, fontsize=10.5)
        fig.draw_without_rendering()
    return fig


# ---------------------------------------------------------------------------
# calibration
# ---------------------------------------------------------------------------


def reliability_table(confidence: Sequence[float] | np.ndarray, correct: Sequence[bool] | np.ndarray,
                      *, n_bins: int = 10) -> pd.DataFrame:
    """Predictions grouped by confidence into ``n_bins`` equal-width bins on [0, 1].

    A confidence c falls in bin ``min(floor(c * n_bins), n_bins - 1)`` (so 1.0 is in the last
    bin).  Columns: bin, lower, upper, n, mean_confidence, accuracy, gap (accuracy −
    mean_confidence; < 0 = over-confident).  Every bin is listed; empty bins have n = 0 and NaN.
    """
    if n_bins < 1:
        raise ValueError(f"n_bins must be >= 1, got {n_bins}")
    conf = np.asarray(confidence, dtype=float)
    ok = np.asarray(correct, dtype=float)
    if conf.shape != ok.shape:
        raise ValueError(f"confidence and correct differ in length: {conf.shape} vs {ok.shape}")
    if conf.size and (np.nanmin(conf) < 0 or np.nanmax(conf) > 1):
        raise ValueError("confidence values must lie in [0, 1]")
    idx = np.minimum((conf * n_bins).astype(int), n_bins - 1)
    rows = []
    for b in range(n_bins):
        mask = idx == b
        k = int(mask.sum())
        mean_conf = float(conf[mask].mean()) if k else math.nan
        acc = float(ok[mask].mean()) if k else math.nan
        rows.append({"bin": b, "lower": b / n_bins, "upper": (b + 1) / n_bins, "n": k,
                     "mean_confidence": mean_conf, "accuracy": acc,
                     "gap": acc - mean_conf if k else math.nan})
    return pd.DataFrame(rows).astype({"bin": "int64", "n": "int64"})


def reliability_tables(predictions: pd.DataFrame, *, n_bins: int = 10,
                       pooled: bool = True) -> dict[str, pd.DataFrame]:
    """:func:`reliability_table` per file of :func:`stance_predictions` output (+ ``all``)."""
    tables = {str(f): reliability_table(g["confidence"], g["correct"], n_bins=n_bins)
              for f, g in predictions.groupby("file", sort=False)}
    if pooled and len(tables) > 1:
        tables["all"] = reliability_table(predictions["confidence"], predictions["correct"],
                                          n_bins=n_bins)
    return tables


def expected_calibration_error(table: pd.DataFrame) -> float:
    """ECE: the n-weighted mean of |accuracy − mean_confidence| over non-empty bins."""
    used = table.loc[table["n"] > 0]
    if used.empty:
        return math.nan
    weights = used["n"] / used["n"].sum()
    return float((weights * (used["accuracy"] - used["mean_confidence"]).abs()).sum())


def reliability_figure(tables: Mapping[str, pd.DataFrame] | pd.DataFrame, *,
                       title: str = "Calibration: accuracy against confidence") -> Figure:
    """Reliability diagram: per bin, accuracy (bars) against the diagonal of perfect calibration.

    One panel per table (name -> :func:`reliability_table`); each panel's title gives n and the
    ECE, and a strip under it shows how many predictions fall in each bin.  Bars below the
    diagonal mean over-confidence.
    """
    if isinstance(tables, pd.DataFrame):
        tables = {"": tables}
    n = max(1, len(tables))
    with plot_style():
        fig = Figure(figsize=(0.6 + 3.6 * n, 4.4), layout="constrained")
        grid = fig.subplots(2, n, squeeze=False, sharex=True,
                            gridspec_kw={"height_ratios": [3.2, 1.0]})
        for col, (name, table) in enumerate(tables.items()):
            ax, hist = grid[0, col], grid[1, col]
            width = float((table["upper"] - table["lower"]).iloc[0]) if len(table) else 0.1
            centres = ((table["lower"] + table["upper"]) / 2).to_numpy(dtype=float)
            used = table["n"].to_numpy() > 0
            ax.plot([0, 1], [0, 1], linestyle="--", color="#999999", linewidth=0.9,
                    label="perfect calibration")
            ax.bar(centres[used], table["accuracy"].to_numpy(dtype=float)[used],
                   width=width * 0.9, color=OKABE_ITO[0], alpha=0.85, label="accuracy in bin")
            ax.plot(table["mean_confidence"].to_numpy(dtype=float)[used],
                    table["accuracy"].to_numpy(dtype=float)[used], marker="o", markersize=3.5,
                    linestyle="none", color=OKABE_ITO[1], label="(mean confidence, accuracy)")
            ax.set_xlim(0, 1)
            ax.set_ylim(0, 1)
            ax.set_ylabel("accuracy")
            ece = expected_calibration_error(table)
            label = f"{name}\n" if name else ""
            ax.set_title(f"{label}n = {int(table['n'].sum())}, ECE = {ece:.3f}")
            ax.grid(color="#eeeeee", linewidth=0.8)
            ax.set_axisbelow(True)
            hist.bar(centres, table["n"].to_numpy(), width=width * 0.9, color="#999999")
            hist.set_xlabel("confidence (probability of the predicted label)")
            hist.set_ylabel("predictions")
            hist.set_xlim(0, 1)
        grid[0, 0].legend(loc="upper left", fontsize=7.5)
        fig.suptitle(title, fontsize=10.5)
        fig.draw_without_rendering()
    return fig


# ---------------------------------------------------------------------------
# errors
# ---------------------------------------------------------------------------


def error_examples(predictions: pd.DataFrame, *, k: int = 10) -> pd.DataFrame:
    """The ``k`` most confident wrong predictions.

    Columns: file, gold, pred, confidence, text (the sentence with the target in ⟦ ⟧).  Sorted
    by confidence (highest first), ties by file and sentence.
    """
    wrong = predictions.loc[~predictions["correct"]].copy()
    wrong["text"] = [mark_target(s, a, b) for s, a, b in
                     zip(wrong["sentence"], wrong["start"], wrong["end"])]
    wrong = wrong.sort_values(["confidence", "file", "sentence", "start"],
                              ascending=[False, True, True, True], kind="mergesort")
    return wrong[["file", "gold", "pred", "confidence", "text"]].head(k).reset_index(drop=True)


# ---------------------------------------------------------------------------
# sentiment: transformer vs VADER
# ---------------------------------------------------------------------------


def sentiment_comparison(texts: Sequence[str], gold: Sequence[int] | np.ndarray, *,
                         labels: Sequence[str] = LABELS) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    """Transformer and VADER sentiment against gold labels (ids into ``labels``).

    Returns (scores, confusions): scores has one row per backend (``transformer``,
    ``vader``) with n, accuracy, macro_f1 and f1_<label>; confusions maps backend ->
    :func:`confusion_table`.  Both backends go through :func:`analysis.sentiment.score_sentiment`.
    """
    from .sentiment import score_sentiment
    from .stance import classification_report

    gold_ids = [int(g) for g in gold]
    gold_names = [labels[g] for g in gold_ids]
    rows, confusions = [], {}
    for backend in ("transformer", "vader"):
        out = score_sentiment(list(texts), model=backend)
        pred = out["label"].tolist()
        index = {label: i for i, label in enumerate(labels)}
        rows.append(_report_row(backend, classification_report(
            gold_ids, [index[p] for p in pred], labels)))
        confusions[backend] = confusion_table(gold_names, pred, labels=labels)
    scores = pd.DataFrame(rows).rename(columns={"evaluated_on": "model"})
    return scores, confusions


# ---------------------------------------------------------------------------
# speed
# ---------------------------------------------------------------------------


def time_models(sentences: Sequence[str], spans: Sequence[tuple[int, int]], *,
                repeats: int = 1) -> pd.DataFrame:
    """Throughput on this machine: stance pairs/s, transformer and VADER sentences/s.

    Models are loaded and warmed up before timing; the best of ``repeats`` runs counts.
    Columns: task, items, seconds, items_per_s, threads.  Timings vary between runs and
    machines: show them, never compare them in a test.
    """
    import torch

    from .sentiment import score_sentiment
    from .stance import score_targets

    sentences, spans = list(sentences), list(spans)
    jobs = {
        "stance (score_targets), pairs": lambda: score_targets(sentences, spans, batch_size=64),
        "sentiment transformer, sentences": lambda: score_sentiment(sentences, model="transformer"),
        "sentiment VADER, sentences": lambda: score_sentiment(sentences, model="vader"),
    }
    rows = []
    for task, job in jobs.items():
        if task.startswith("stance"):
            score_targets(sentences[:8], spans[:8])
        else:
            score_sentiment(sentences[:8], model="vader" if "VADER" in task else "transformer")
        best = math.inf
        for _ in range(max(1, repeats)):
            t0 = time.perf_counter()
            job()
            best = min(best, time.perf_counter() - t0)
        rows.append({"task": task, "items": len(sentences), "seconds": best,
                     "items_per_s": len(sentences) / best if best > 0 else math.inf,
                     "threads": torch.get_num_threads()})
    return pd.DataFrame(rows)
