"""Why a stance score: word occlusion for one (sentence, target mention) pair.

:func:`occlusion` drops each word of the sentence in turn, re-scores the stance toward the same
target with the stance model, and reports how the score ``p_positive − p_negative`` changes.
A word whose removal lowers the score was pushing the stance toward *favourable*; one whose
removal raises it was pushing toward *hostile*.  :func:`highlight_html` renders the sentence
with each word shaded by that push, :func:`occlusion_figure` draws it as bars.

Conventions
-----------
* Words are runs of letters and digits with inner apostrophes or hyphens ("Russia's",
  "pro-Russian"); numbers keep their separators ("30,000").  Punctuation is never occluded
  on its own.  Dropping a word removes it together with one
  adjacent space, so the shortened sentence reads naturally and the target span is shifted,
  not broken.
* **The target's own words are not occluded.**  Dropping the target would leave the model
  nothing to take a stance toward (the span would be empty), so those rows are kept — the
  table still has one row per word — with ``is_target=True`` and NaN in every score column.
* ``delta`` = score with the word dropped − score of the full sentence (the change in
  ``p_positive − p_negative`` when the word is dropped); ``contribution`` = −``delta``, the
  word's push toward favourable (> 0) or hostile (< 0).  Positive contributions are drawn blue,
  negative red, as in the stance figures.
* Occlusion measures the effect of removing a word in this context only; words act together,
  so contributions do not add up to the score.
"""

from __future__ import annotations

import html
import math
import re
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from . import stance
from .plots import STANCE_CMAP, plot_style

__all__ = ["OCCLUSION_COLUMNS", "find_span", "highlight_html", "occlusion", "occlusion_figure",
           "strongest_words", "words"]

#: Columns of :func:`occlusion`, in order.
OCCLUSION_COLUMNS: list[str] = [
    "position", "word", "start", "end", "is_target", "label", "p_negative", "p_neutral",
    "p_positive", "score", "delta", "contribution",
]

# Letters/digits, joined by inner apostrophes or hyphens ("Russia's", "pro-Russian"), and
# digits joined by "," or "." ("30,000", "2.5").
_WORD_RE = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+(?:['\u2019\-][^\W_]+)*")


def words(sentence: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the words of ``sentence`` (see module conventions)."""
    return [m.span() for m in _WORD_RE.finditer(sentence)]


def find_span(sentence: str, target: str, occurrence: int = 0) -> tuple[int, int]:
    """Span of the ``occurrence``-th (0-based) exact occurrence of ``target`` in ``sentence``."""
    start = -1
    for _ in range(occurrence + 1):
        start = sentence.find(target, start + 1)
        if start == -1:
            raise ValueError(f"target {target!r} (occurrence {occurrence}) not found in "
                             f"sentence {sentence!r}")
    return start, start + len(target)


def _drop(sentence: str, start: int, end: int) -> tuple[str, int, int]:
    """Sentence without [start, end) and one adjacent space; returns (text, cut_start, cut_len).

    The space after the word is taken when there is one, else the space before it.
    """
    if end < len(sentence) and sentence[end] == " ":
        end += 1
    elif start > 0 and sentence[start - 1] == " ":
        start -= 1
    return sentence[:start] + sentence[end:], start, end - start


def _shift(span: tuple[int, int], cut_start: int, cut_len: int) -> tuple[int, int]:
    """The target span after removing ``cut_len`` characters at ``cut_start`` (never inside it)."""
    a, b = span
    if cut_start < a:
        return a - cut_len, b - cut_len
    return a, b


def occlusion(sentence: str, span: tuple[int, int] | str, *, model: Any = None) -> pd.DataFrame:
    """Stance change toward the target when each word of ``sentence`` is dropped.

    ``span`` is the target mention as (start, end) character offsets into ``sentence`` (as in
    the stances table) or as the target string itself (its first occurrence).  ``model`` is a
    loaded stance model (:func:`analysis.stance.get_stance_model`); ``None`` uses the shipped
    one.  All variants are scored in one batch.

    Returns one row per word, in sentence order, with columns :data:`OCCLUSION_COLUMNS`:
    position (0-based word index), word, start, end (offsets into ``sentence``), is_target
    (the word overlaps the target span: not occluded, NaN scores), label and p_negative,
    p_neutral, p_positive (the model's output with the word dropped), score (p_positive −
    p_negative with the word dropped), delta (score − full-sentence score) and contribution
    (−delta).  ``df.attrs`` holds ``sentence``, ``span``, ``target`` and ``base`` (label,
    probabilities and score of the full sentence).
    """
    if isinstance(span, str):
        span = find_span(sentence, span)
    [(start, end)] = stance._validate_spans([sentence], [span])  # messages name "span 0"
    spans = words(sentence)
    is_target = [a < end and b > start for a, b in spans]
    texts, targets = [sentence], [(start, end)]
    for (a, b), target in zip(spans, is_target):
        if not target:
            dropped, cut_start, cut_len = _drop(sentence, a, b)
            texts.append(dropped)
            targets.append(_shift((start, end), cut_start, cut_len))
    scores = stance.score_targets(texts, targets, model=model)
    base_row = scores.iloc[0]
    base_score = float(base_row["p_positive"] - base_row["p_negative"])

    rows, k = [], 1
    for position, ((a, b), target) in enumerate(zip(spans, is_target)):
        row: dict[str, Any] = {"position": position, "word": sentence[a:b], "start": a, "end": b,
                               "is_target": target}
        if target:
            row.update(label="", p_negative=math.nan, p_neutral=math.nan, p_positive=math.nan,
                       score=math.nan, delta=math.nan, contribution=math.nan)
        else:
            r = scores.iloc[k]
            k += 1
            score = float(r["p_positive"] - r["p_negative"])
            row.update(label=str(r["label"]), p_negative=float(r["p_negative"]),
                       p_neutral=float(r["p_neutral"]), p_positive=float(r["p_positive"]),
                       score=score, delta=score - base_score, contribution=base_score - score)
        rows.append(row)
    out = pd.DataFrame(rows, columns=OCCLUSION_COLUMNS)
    out = out.astype({"position": "int64", "start": "int64", "end": "int64", "is_target": bool,
                      "word": str, "label": str})
    out.attrs.update(
        sentence=sentence, span=(start, end), target=sentence[start:end],
        base={"label": str(base_row["label"]), "p_negative": float(base_row["p_negative"]),
              "p_neutral": float(base_row["p_neutral"]),
              "p_positive": float(base_row["p_positive"]), "score": base_score})
    return out


def strongest_words(df: pd.DataFrame, k: int = 8) -> pd.DataFrame:
    """The ``k`` occluded words with the largest |contribution|, strongest first.

    Target words are left out; ties keep sentence order.  Columns as in :func:`occlusion`.
    """
    rows = df.loc[~df["is_target"]]
    order = rows["contribution"].abs().sort_values(ascending=False, kind="mergesort").index
    return rows.loc[order].head(k)


# ---------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------


#: Shading and the colour scale move in steps this coarse: a contribution is a difference of
#: two probabilities, so float noise between machines (about 1e-6) would flip a finer rounding
#: of a colour where it sits on a boundary; at these steps that is vanishingly rare.
SHADE_STEP = 0.05


def _scale(df: pd.DataFrame) -> float:
    """Colour scale: the largest |contribution| rounded up to :data:`SHADE_STEP`, at least
    0.05 (so noise stays pale)."""
    values = df["contribution"].abs().dropna()
    top = float(values.max()) if len(values) else 0.0
    return max(0.05, math.ceil(round(top / SHADE_STEP, 6)) * SHADE_STEP)


def _rgba(value: float, scale: float) -> str:
    """Background colour of a word: blue (favourable push) / red (hostile), alpha by size,
    in steps of :data:`SHADE_STEP` of the scale."""
    from matplotlib import colormaps

    x = max(-1.0, min(1.0, value / scale))
    x = round(x / SHADE_STEP) * SHADE_STEP
    # The darkest ends of RdBu would hide black text: stop short of them, cap the alpha.
    r, g, b, _ = colormaps[STANCE_CMAP](0.5 + 0.4 * x)
    alpha = round(0.75 * abs(x), 3)
    return f"rgba({round(r * 255)}, {round(g * 255)}, {round(b * 255)}, {alpha})"


def _fmt(value: float, digits: int = 3) -> str:
    return f"{value:+.{digits}f}".replace("-", "\u2212")


def highlight_html(df: pd.DataFrame, *, sentence: str | None = None) -> str:
    """The sentence as HTML, each word shaded by its contribution (blue favourable, red hostile).

    The target is boxed and bold.  Hovering a word shows its contribution and the label the
    model gives without it.  A caption states the full-sentence stance and the colour scale.
    ``sentence`` defaults to ``df.attrs["sentence"]``; without either, words are joined by
    spaces.  Output is a self-contained ``<div>`` (inline styles only), identical for
    identical input.
    """
    sentence = sentence if sentence is not None else df.attrs.get("sentence")
    rows = df.sort_values("start", kind="mergesort")
    if sentence is None:
        sentence = " ".join(rows["word"])
        starts, pos = [], 0
        for w in rows["word"]:
            starts.append(pos)
            pos += len(w) + 1
        rows = rows.assign(start=starts, end=[s + len(w) for s, w in zip(starts, rows["word"])])
    scale = _scale(rows)
    parts, cursor = [], 0
    for _, row in rows.iterrows():
        a, b = int(row["start"]), int(row["end"])
        parts.append(html.escape(sentence[cursor:a]))
        word = html.escape(sentence[a:b])
        if row["is_target"]:
            parts.append('<span style="border: 2px solid #222; border-radius: 3px; '
                         f'padding: 0 2px; font-weight: bold;" title="target">{word}</span>')
        else:
            c = float(row["contribution"])
            title = f"contribution {_fmt(c, 2)}; without it: {row['label']}"
            parts.append(f'<span style="background-color: {_rgba(c, scale)}; '
                         f'border-radius: 3px; padding: 0 1px;" title="{html.escape(title)}">'
                         f"{word}</span>")
        cursor = b
    parts.append(html.escape(sentence[cursor:]))
    base = df.attrs.get("base")
    caption = ""
    if base:
        caption = (f"stance toward <b>{html.escape(str(df.attrs.get('target', '')))}</b>: "
                   f"{html.escape(base['label'])} (p_positive − p_negative = "
                   f"{_fmt(base['score'])}). ")
    caption += (f"Blue: the word pushes toward favourable, red: toward hostile; full colour = "
                f"{scale:.2f}. Boxed: the target (not occluded).")
    return ('<div style="font-family: sans-serif; line-height: 1.9; margin: 0.4em 0 1em 0;">'
            f'<div style="font-size: 1.05em;">{"".join(parts)}</div>'
            f'<div style="font-size: 0.85em; color: #555;">{caption}</div></div>')


def occlusion_figure(df: pd.DataFrame, *, title: str | None = None) -> Figure:
    """Bars of each word's contribution, in sentence order (top to bottom).

    Blue bars push toward favourable, red toward hostile; the target's words are labelled
    "(target)" and have no bar.  The title gives the target and the full-sentence stance.
    """
    rows = df.sort_values("start", kind="mergesort").reset_index(drop=True)
    n = len(rows)
    with plot_style():
        fig = Figure(figsize=(6.4, 1.3 + 0.24 * max(n, 1)), layout="constrained")
        ax = fig.add_subplot()
        values = rows["contribution"].to_numpy(dtype=float)
        scale = _scale(rows)
        from matplotlib import colormaps

        cmap = colormaps[STANCE_CMAP]
        colors = [cmap(0.5 + 0.5 * max(-1.0, min(1.0, v / scale))) if np.isfinite(v)
                  else (0, 0, 0, 0) for v in values]
        ax.barh(np.arange(n), np.nan_to_num(values), color=colors, edgecolor="#555555",
                linewidth=0.4, height=0.7)
        labels = [f"{w}  (target)" if t else w for w, t in zip(rows["word"], rows["is_target"])]
        ax.set_yticks(np.arange(n), labels)
        ax.set_ylim(n - 0.5, -0.5)
        ax.axvline(0.0, color="#999999", linewidth=0.8)
        limit = max(scale * 1.1, 0.05)
        ax.set_xlim(-limit, limit)
        ax.set_xlabel("Contribution: score of the sentence − score without the word\n"
                      "(> 0 pushes toward favourable, < 0 toward hostile)")
        ax.grid(axis="x", color="#eeeeee", linewidth=0.8)
        ax.set_axisbelow(True)
        base = df.attrs.get("base")
        if title is None:
            target = df.attrs.get("target", "the target")
            title = f"Which words drive the stance toward \u201c{target}\u201d?"
            if base:
                title += (f"\nFull sentence: {base['label']}, p_positive \u2212 p_negative = "
                          f"{_fmt(base['score'])}")
        ax.set_title(title, fontsize=9.5)
        fig.draw_without_rendering()
    return fig
