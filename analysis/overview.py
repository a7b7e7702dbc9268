"""Tables and helpers behind the notebooks (``notebooks/*.ipynb``) and the HTML report.

The notebooks only call the package; this module holds the small pieces that turn the
pipeline's tidy tables (README, "Data model") into what a reader looks at:

* :func:`setup_notebook` — fixed pandas display options and a quiet model stack (no progress
  bars or library warnings in cell outputs), so stored outputs match a fresh run;
* :func:`show` — a figure as a PNG image, rendered the way :func:`analysis.plots.save_figure`
  writes files (byte-reproducible, independent of the notebook's matplotlib backend);
* :func:`table` — a DataFrame styled for reading (no index, readable headers, rounded);
* corpus overview: :func:`articles_table`, :func:`skipped_files`, :func:`kinds_per_article`,
  :func:`flagged_rows` (+ :data:`REASONS`, the plain-English meaning of each segmentation
  reason), :func:`quotes_by_speaker`, :func:`quoted_sentences`, :func:`mentions_by_actor`;
* the sentence table: :func:`sentence_table` and :func:`style_sentence_table`;
* :func:`explain_candidates` — which mentions the explanation notebook looks at;
* framing helpers: :func:`interval_table` (estimates with intervals as a readable grid),
  :func:`top_entities` (the most discussed actors, for a readable heatmap) and
  :func:`framing_summary` — the key comparisons of a scored corpus as Markdown bullets,
  written from the numbers, so the report says something true about *any* corpus.

Every function returns deterministically sorted output with no timestamps or absolute paths.
"""

from __future__ import annotations

import io
import logging
import os
import sys
import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from . import framing
from .plots import plot_style

__all__ = [
    "REASONS",
    "articles_table",
    "comparison_table",
    "difference_summary",
    "over_time_summary",
    "shares_table",
    "stories_summary",
    "story_stance_table",
    "time_freq",
    "explain_candidates",
    "flagged_rows",
    "framing_summary",
    "interval_table",
    "kinds_per_article",
    "mentions_by_actor",
    "quoted_sentences",
    "quotes_by_speaker",
    "sentence_table",
    "setup_notebook",
    "show",
    "skipped_files",
    "style_sentence_table",
    "table",
    "top_entities",
]

#: What each segmentation ``reason`` means (see :mod:`analysis.segment`).
REASONS: dict[str, str] = {
    "call_to_action": "a call to action (subscribe / click / join), often in capitals",
    "headline_list": "a run of title-case headlines after the article body (links to other stories)",
    "inline_promo": "an inline promotion such as \"(You may also read: ...)\"",
    "subheading": "a short stand-alone line without final punctuation (a subheading)",
    "question_subheading": "a short stand-alone question (a question-style subheading)",
    "headline": ("the article's first line over its byline or dateline: short sentences, or a "
                 "long line without final punctuation"),
    "sign_off": ("a sign-off: a live blog's or programme's, a column's disclaimer or author note, "
                 "an end mark (\"Thanks for following.\", \"###\"), a letter's greeting or "
                 "closing (\"Dear Customer,\", \"Kind regards,\")"),
    "dateline": "a dateline on a line of its own (\"MOSCOW, March 14 (Reuters)\"), before the story",
    "title": "the article's title (manifest or saved page): scored as a headline, not as body",
    "player_notice": "a media player's fallback notice (\"Your browser does not support ...\")",
    "embedded_post": "an embedded social-media post (its link or \"- Name (@handle) date\" signature)",
    "copyright": ("a copyright line, a notice on reusing the publisher's materials, or the site "
                  "footer after a dated notice"),
    "table": "a Markdown table row (cells, not prose)",
    "separator": "a rule line between sections (\"---\", \"* * *\")",
    "code_block": "a Markdown code fence or what lies between two",
    "footnote": "a Markdown footnote definition (\"[^1]: ...\")",
    "promo_line": "a line pointing to other stories (\"Related: ...\", \"See also: ...\")",
    "caption": ("a photo caption with its credit (\"... Photograph: AP\"), a video's title and "
                "running time, or a transcript's cue (\"(SOUNDBITE OF ...)\")"),
    "byline": "a byline or a wire's credit line (\"By Jane Doe\", \"X reported from Dubai.\")",
    "timestamp": "a time or date standing alone (\"14:32\", \"Updated 11:05 am ET\", \"2h ago\")",
    "web_ui": "a label of a web page's interface copied with the article (\"Skip to content\", \"Share\", \"Most viewed\")",
    "navigation": "in a copied web page, a short menu line before the body (\"World\", \"Europe\")",
    "after_body": "a short line after the body (a topic tag), or in a copied web page any heading there (other stories)",
}

KINDS: tuple[str, ...] = ("sentence", "heading", "boilerplate")

#: pandas options every notebook runs with (see :func:`setup_notebook`).
DISPLAY_OPTIONS: dict[str, Any] = {
    "display.max_rows": 200,
    "display.max_columns": 40,
    "display.width": 160,
    "display.max_colwidth": 400,
    "display.precision": 3,
    "display.float_format": "{:.3f}".format,  # fixed point: no 1.7e-04 in tables
    "styler.format.precision": 2,
}


def _input_note(message, category, filename, lineno, file=None, line=None):  # noqa: ANN001
    # A reader of a notebook or report needs what happened to which input file, not the
    # package's source line that noticed it.
    from .corpus import CorpusWarning

    text = (f"Input note: {message}\n" if issubclass(category, CorpusWarning)
            else warnings.formatwarning(message, category, filename, lineno, line))
    print(text, file=sys.stderr if file is None else file, end="")


def setup_notebook() -> None:
    """Fixed display options and a quiet model stack, for reproducible cell outputs.

    * pandas: at most 200 rows, 3 decimals in fixed point, wide columns
      (:data:`DISPLAY_OPTIONS`);
    * transformers / huggingface_hub: errors only, no progress bars ("Loading weights" bars and
      load reports go to stderr and would differ between runs);
    * Python warnings of the FutureWarning / DeprecationWarning kind are not shown: they depend
      on library versions, not on the analysis;
    * a corpus warning (:class:`analysis.corpus.CorpusWarning`: what was worked around in the
      input) is shown as one line, ``Input note: <message>``, not with the code that raised it.
    """
    for key, value in DISPLAY_OPTIONS.items():
        pd.set_option(key, value)
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ["HF_HUB_DISABLE_PROGRESS_BARS"] = "1"
    os.environ["TRANSFORMERS_VERBOSITY"] = "error"
    warnings.simplefilter("ignore", FutureWarning)
    warnings.simplefilter("ignore", DeprecationWarning)
    warnings.showwarning = _input_note
    for name in ("transformers", "huggingface_hub", "peft"):
        logging.getLogger(name).setLevel(logging.ERROR)
    # transformers takes its verbosity and progress bars from the environment variables set
    # above when it is first imported; importing it here just to set them would cost every
    # notebook kernel a second (the ONNX runtime path never imports it).
    if "transformers" in sys.modules:
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
    if "huggingface_hub" in sys.modules:  # it, too, reads the variable only at its import
        from huggingface_hub.utils import disable_progress_bars

        disable_progress_bars()


def figure_png(fig: Figure, *, dpi: int = 100) -> bytes:
    """PNG bytes of ``fig``: fixed DPI and style, no "Software" chunk (reproducible bytes)."""
    buffer = io.BytesIO()
    with plot_style():
        fig.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None})
    return buffer.getvalue()


def show(fig: Figure, *, dpi: int = 100):
    """The figure as an ``IPython.display.Image`` (PNG) for a notebook cell to display."""
    from IPython.display import Image

    return Image(data=figure_png(fig, dpi=dpi), format="png")


# ---------------------------------------------------------------------------
# corpus overview
# ---------------------------------------------------------------------------


def articles_table(articles: pd.DataFrame) -> pd.DataFrame:
    """What was loaded: doc_id, source, title, published, language, encoding, flags, n_chars.

    One row per article of :func:`analysis.corpus.load_corpus` output, sorted by doc_id;
    missing manifest fields are "".
    """
    out = pd.DataFrame({"doc_id": articles["doc_id"].astype(str)})
    for column in ("source", "title", "published", "language", "encoding", "flags"):
        values = articles[column] if column in articles else pd.Series("", index=articles.index)
        out[column] = values.fillna("").astype(str).to_numpy()
    out["n_chars"] = articles["text"].fillna("").astype(str).str.len().astype("int64").to_numpy()
    return out.sort_values("doc_id", kind="mergesort").reset_index(drop=True)


def skipped_files(articles: pd.DataFrame) -> pd.DataFrame:
    """Files of the corpus folder that were not loaded, with the reason: path, reason."""
    skipped = articles.attrs.get("skipped") or []
    out = pd.DataFrame([{"path": str(s.get("path", "")), "reason": str(s.get("reason", ""))}
                        for s in skipped], columns=["path", "reason"])
    return out.sort_values("path", kind="mergesort").reset_index(drop=True)


def kinds_per_article(sentences: pd.DataFrame) -> pd.DataFrame:
    """Rows of each kind per article: doc_id, source, sentence, heading, boilerplate, total.

    Counts every row of the segmented article (the sentences table before any filtering);
    sorted by doc_id.
    """
    counts = pd.crosstab([sentences["doc_id"].astype(str), sentences["source"].astype(str)],
                         sentences["kind"].astype(str))
    extra = sorted(set(counts.columns) - set(KINDS))
    counts = counts.reindex(columns=[*KINDS, *extra], fill_value=0).astype("int64")
    counts["total"] = counts.sum(axis=1)
    counts.columns.name = None
    return counts.reset_index().sort_values("doc_id", kind="mergesort").reset_index(drop=True)


def flagged_rows(sentences: pd.DataFrame) -> pd.DataFrame:
    """Every heading and boilerplate row with its reason in plain English.

    Columns: source, doc_id, sentence_id, kind, reason, why, text; sorted by
    (doc_id, sentence_id).  ``why`` comes from :data:`REASONS` (the code itself when unknown).
    """
    rows = sentences.loc[sentences["kind"].astype(str) != "sentence"]
    out = pd.DataFrame({
        "source": rows["source"].astype(str),
        "doc_id": rows["doc_id"].astype(str),
        "sentence_id": rows["sentence_id"].astype("int64"),
        "kind": rows["kind"].astype(str),
        "reason": rows["reason"].astype(str),
        "why": rows["reason"].astype(str).map(lambda r: REASONS.get(r, r)),
        "text": rows["text"].astype(str).str.replace("\n", " ", regex=False),
    })
    return out.sort_values(["doc_id", "sentence_id"], kind="mergesort").reset_index(drop=True)


def quotes_by_speaker(sentences: pd.DataFrame) -> pd.DataFrame:
    """Quoted sentences per (source, speaker): source, speaker, speaker_camp, n_quoted,
    n_partial, example.

    The sentences :func:`analysis.framing.voice_shares` counts: quote sentences and partial
    quotes with a speaker (``n_partial`` of them), content sentences only (no headings,
    boilerplate or duplicate articles); an unknown speaker is shown as "(unknown)".
    ``example`` is the speaker's first quoted sentence in that source.  Sorted by (source,
    -n_quoted, speaker).
    """
    quoted = framing.voiced_sentences(sentences).copy()
    columns = ["source", "speaker", "speaker_camp", "n_quoted", "n_partial", "example"]
    if quoted.empty:
        return pd.DataFrame(columns=columns)
    quoted["speaker"] = quoted["speaker"].replace("", "(unknown)")
    quoted["text"] = quoted["text"].str.replace("\n", " ", regex=False)
    quoted["partial"] = ~quoted["is_quote"]
    grouped = quoted.groupby(["source", "speaker", "speaker_camp"], sort=True)
    out = grouped.agg(n_quoted=("text", "size"), n_partial=("partial", "sum"),
                      example=("text", "first")).reset_index()
    out = out.astype({"n_quoted": "int64", "n_partial": "int64"})
    return out.sort_values(["source", "n_quoted", "speaker"], ascending=[True, False, True],
                           kind="mergesort")[columns].reset_index(drop=True)


def quoted_sentences(sentences: pd.DataFrame) -> pd.DataFrame:
    """Every quoted content sentence (:func:`analysis.framing.voiced_sentences`): source,
    doc_id, sentence_id, speaker, speaker_camp, partial (a partial quote with a speaker, not
    a quote sentence), text.

    Unknown speakers are "(unknown)"; sorted by (doc_id, sentence_id).
    """
    quoted = framing.voiced_sentences(sentences)
    return pd.DataFrame({
        "source": quoted["source"], "doc_id": quoted["doc_id"],
        "sentence_id": quoted["sentence_id"],
        "speaker": quoted["speaker"].replace("", "(unknown)"),
        "speaker_camp": quoted["speaker_camp"],
        "partial": ~quoted["is_quote"],
        "text": quoted["text"].str.replace("\n", " ", regex=False),
    }).reset_index(drop=True)


def mentions_by_actor(mentions: pd.DataFrame) -> pd.DataFrame:
    """Actor mentions per source, wide: actor, camp, one column per source, total.

    Sorted by (-total, actor).
    """
    if mentions.empty:
        return pd.DataFrame(columns=["actor", "camp", "total"])
    table = pd.crosstab([mentions["actor"].astype(str), mentions["camp"].astype(str)],
                        mentions["source"].astype(str))
    table = table.reindex(columns=sorted(table.columns)).astype("int64")
    table["total"] = table.sum(axis=1)
    table.columns.name = None
    out = table.reset_index()
    return out.sort_values(["total", "actor"], ascending=[False, True],
                           kind="mergesort").reset_index(drop=True)


# ---------------------------------------------------------------------------
# the sentence table
# ---------------------------------------------------------------------------


def _actor_order(per_actor: pd.DataFrame) -> list[str]:
    """Actors by number of sentences mentioning them (most first), then by name."""
    counts = per_actor.groupby("actor").size()
    return sorted(counts.index, key=lambda a: (-int(counts[a]), a))


def _voice_label(is_quote: bool, speaker: str) -> str:
    if not is_quote:
        return "authorial"
    return f"quote: {speaker}" if speaker else "quote: (unknown)"


def sentence_table(scored: Any, *, max_actors: int = 6) -> pd.DataFrame:
    """One row per content sentence with its sentiment and its stance toward each actor.

    ``scored`` is a :class:`analysis.score.ScoredCorpus` (anything with ``.sentences`` and
    ``.stances``).  Columns: source, doc_id, sentence_id, voice ("authorial" or
    "quote: <speaker>"), text, then — when the corpus was scored with sentiment —
    sentiment (transformer p_positive − p_negative), vader (compound) and emotion (strongest
    emotion), then one column per actor for the ``max_actors`` most mentioned actors (mean
    stance p_positive − p_negative of the actor's mentions in the sentence; NaN = not
    mentioned) and ``other actors`` ("name +0.12; name −0.40" for the rest, by name).
    Sorted by (doc_id, sentence_id).
    """
    sents = framing.content_sentences(scored.sentences)
    out = pd.DataFrame({
        "source": sents["source"],
        "doc_id": sents["doc_id"],
        "sentence_id": sents["sentence_id"],
        "voice": [_voice_label(q, s) for q, s in zip(sents["is_quote"], sents["speaker"])],
        "text": sents["text"].str.replace("\n", " ", regex=False),
    })
    if "sentiment_score" in sents:
        out["sentiment"] = sents["sentiment_score"].astype(float)
        out["vader"] = sents["vader_compound"].astype(float)
        out["emotion"] = sents["top_emotion"].astype(str)
    per_actor = framing.sentence_stances(scored.stances, scored.sentences, by="actor")
    actors = _actor_order(per_actor)
    shown, rest = actors[:max_actors], set(actors[max_actors:])
    wide = per_actor.pivot(index=["doc_id", "sentence_id"], columns="actor", values="score")
    for actor in shown:
        column = wide[actor] if actor in wide else pd.Series(dtype=float)
        out[actor] = [column.get((d, s), np.nan)
                      for d, s in zip(out["doc_id"], out["sentence_id"])]
    others = per_actor.loc[per_actor["actor"].isin(rest)].sort_values(
        ["doc_id", "sentence_id", "actor"], kind="mergesort")
    summary = others.groupby(["doc_id", "sentence_id"], sort=False).apply(
        lambda g: "; ".join(f"{a} {_signed(v)}" for a, v in zip(g["actor"], g["score"])),
        include_groups=False) if not others.empty else pd.Series(dtype=str)
    out["other actors"] = [summary.get((d, s), "")
                           for d, s in zip(out["doc_id"], out["sentence_id"])]
    return out.reset_index(drop=True)


def _signed(value: float) -> str:
    """+0.12 / −0.40 with a true minus sign."""
    return f"{value:+.2f}".replace("-", "\u2212")


def style_sentence_table(table: pd.DataFrame, *, uuid: str = "sentences"):
    """The :func:`sentence_table` as a pandas Styler: scores coloured like the figures.

    Stance and sentiment cells use the diverging red (hostile / negative) – blue (favourable /
    positive) map on the fixed range [−1, 1]; empty cells (actor not mentioned) stay white.
    The Styler's element ids use ``uuid`` (not a random one), so the HTML is reproducible.
    """
    fixed = {"source", "doc_id", "sentence_id", "voice", "text", "emotion", "other actors"}
    scores = [c for c in table.columns if c not in fixed]
    styler = (table.style.set_uuid(uuid)
              .hide(axis="index")
              .format({c: _signed for c in scores}, na_rep="")
              .background_gradient(cmap="RdBu", vmin=-1.0, vmax=1.0, subset=scores)
              .set_properties(subset=["text"], **{"text-align": "left", "min-width": "28em"})
              .set_properties(subset=scores, **{"text-align": "right"})
              .set_table_styles([{"selector": "th", "props": "text-align: left;"},
                                 {"selector": "td, th", "props": "padding: 2px 6px;"}]))
    return styler.apply(lambda col: ["background-color: white; color: #999999"
                                     if pd.isna(v) else "" for v in col], subset=scores)


def interval_table(summary: pd.DataFrame, *, voice: str = "authorial") -> pd.DataFrame:
    """A stance summary (:func:`analysis.framing.stance_by_source_camp` or ``_actor``) as a
    readable grid for ``voice``: one row per outlet, one column per camp / actor.

    Cells read "−0.19 [−0.20, −0.17] n=10" (mean, 95% interval, sentences); an estimate
    flagged small_n reads "−0.19 (n=2, too few)" without its interval; "" = never mentioned.
    """
    entity = "camp" if "camp" in summary.columns else "actor"
    rows = summary.loc[summary["voice"] == voice] if "voice" in summary else summary

    def cell(r: pd.Series) -> str:
        if bool(r["small_n"]):
            return f"{_signed(r['mean_score'])} (n={int(r['n'])}, too few)"
        return (f"{_signed(r['mean_score'])} [{_signed(r['ci_low'])}, {_signed(r['ci_high'])}]"
                f" n={int(r['n'])}")

    cells = rows.assign(cell=rows.apply(cell, axis=1)) if len(rows) else rows.assign(cell="")
    grid = cells.pivot(index="source", columns=entity, values="cell")
    grid = grid.reindex(index=sorted(grid.index), columns=sorted(grid.columns)).fillna("")
    grid.columns.name = None
    return grid.reset_index()


def top_entities(summary: pd.DataFrame, k: int = 8, *,
                 shown: Sequence[str] | None = None) -> pd.DataFrame:
    """Rows of a stance summary for its ``k`` most discussed actors (or camps) only.

    Ranked by the number of sentences over all outlets (voice ``all`` when there is a voice
    column), ties by name; row order is kept.  Keeps wide heatmaps readable.  ``shown``: the
    actors (or camps) to keep instead, as the user names them (``report --actors-shown``); a
    name the summary lacks raises ``ValueError`` listing the names it has.
    """
    entity = "camp" if "camp" in summary.columns else "actor"
    if shown:
        known = set(summary[entity])
        missing = [name for name in shown if name not in known]
        if missing:
            from difflib import get_close_matches

            hints = [f"{close[0]!r} for {name!r}" for name in missing
                     if (close := get_close_matches(name, list(map(str, known)), n=1))]
            raise ValueError(f"no {entity} named {', '.join(map(repr, missing))} in this corpus's "
                             f"stance table; it has: {', '.join(sorted(map(str, known)))}"
                             + (f" (did you mean {', '.join(hints)}?)" if hints else ""))
        return summary.loc[summary[entity].isin(list(shown))].reset_index(drop=True)
    rows = summary.loc[summary["voice"] == "all"] if "voice" in summary else summary
    totals = rows.groupby(entity)["n"].sum()
    keep = sorted(totals.index, key=lambda e: (-int(totals[e]), e))[:k]
    return summary.loc[summary[entity].isin(keep)].reset_index(drop=True)


def fixed(value: float, decimals: int = 3) -> str:
    """``value`` with ``decimals`` decimals; "" for NaN; never "-0.000" (a value that rounds to
    zero has no sign to show, and noise around an exact zero must not flip one)."""
    if pd.isna(value):
        return ""
    text = f"{value:.{decimals}f}"
    return text[1:] if text.startswith("-") and float(text) == 0 else text


def table(df: pd.DataFrame, *, decimals: int = 3):
    """A DataFrame for reading (the HTML report): no index column, column names with spaces
    instead of underscores, floats to ``decimals``, blanks for NaN, text left-aligned.

    Returns a pandas Styler whose element ids derive from the table *as shown* (floats at
    ``decimals``), so its HTML is the same on every run and on every machine: float noise below
    the shown precision (another CPU sums in another order) changes neither the cells nor the ids.
    """
    import hashlib

    shown = df.rename(columns={c: str(c).replace("_", " ") for c in df.columns})
    floats = [c for c in shown.columns if pd.api.types.is_float_dtype(shown[c])]
    displayed = shown.copy()
    for c in floats:
        displayed[c] = shown[c].map(lambda v: fixed(v, decimals))
    digest = hashlib.sha1(displayed.to_csv(index=False).encode("utf-8")).hexdigest()[:10]
    texts = [c for c in shown.columns if not pd.api.types.is_numeric_dtype(shown[c])
             and not pd.api.types.is_bool_dtype(shown[c])]
    styler = (shown.style.set_uuid(f"t{digest}").hide(axis="index")
              .format({c: (lambda v: fixed(v, decimals)) for c in floats}, na_rep="")
              .set_table_styles([{"selector": "th", "props": "text-align: left;"},
                                 {"selector": "td, th", "props": "padding: 2px 8px;"}]))
    if texts:
        styler = styler.set_properties(subset=texts, **{"text-align": "left"})
    if "text" in shown.columns:
        styler = styler.set_properties(subset=["text"], **{"min-width": "24em"})
    return styler


def explain_candidates(scored: Any, *, n_actors: int = 2) -> pd.DataFrame:
    """Mentions worth explaining: the most favourable and most hostile mention of each of the
    ``n_actors`` most mentioned actors (over content sentences, all voices).

    Columns: actor, direction ("favourable" / "hostile"), source, doc_id, sentence_id,
    mention, start, end (offsets into the sentence text), score (p_positive − p_negative),
    text.  Ties break by (doc_id, sentence_id, start).  A sentence chosen for one actor is
    not chosen again.
    """
    framing._check_stance_values(scored.stances)
    sents = framing.content_sentences(scored.sentences)
    stances = scored.stances.copy()
    stances["doc_id"] = stances["doc_id"].astype(str)
    stances["sentence_id"] = stances["sentence_id"].astype("int64")
    keep = sents[["doc_id", "sentence_id", "text"]]
    mentions = stances.merge(keep, on=["doc_id", "sentence_id"], how="inner")
    mentions["score"] = mentions["p_positive"].astype(float) - mentions["p_negative"].astype(float)
    columns = ["actor", "direction", "source", "doc_id", "sentence_id", "mention", "start",
               "end", "score", "text"]
    if mentions.empty:
        return pd.DataFrame(columns=columns)
    counts = mentions.groupby("actor").size()
    actors = sorted(counts.index, key=lambda a: (-int(counts[a]), a))[:n_actors]
    rows, used = [], set()
    for actor in actors:
        own = mentions.loc[mentions["actor"] == actor]
        for direction, ascending in (("favourable", False), ("hostile", True)):
            ranked = own.sort_values(["score", "doc_id", "sentence_id", "start"],
                                     ascending=[ascending, True, True, True], kind="mergesort")
            for _, row in ranked.iterrows():
                key = (row["doc_id"], row["sentence_id"])
                if key not in used:
                    used.add(key)
                    rows.append({**{c: row[c] for c in columns if c != "direction"},
                                 "direction": direction})
                    break
    out = pd.DataFrame(rows, columns=columns)
    out["text"] = out["text"].astype(str)
    return out.astype({"sentence_id": "int64", "start": "int64", "end": "int64"})


# ---------------------------------------------------------------------------
# the numbers, in words
# ---------------------------------------------------------------------------


def _interval(row: pd.Series) -> str:
    return (f"{_signed(row['mean_score'])} (95% interval {_signed(row['ci_low'])} to "
            f"{_signed(row['ci_high'])}, n = {int(row['n'])})")


def _overlap(a: pd.Series, b: pd.Series) -> bool:
    return not (a["ci_high"] < b["ci_low"] or b["ci_high"] < a["ci_low"])


def _duplicates_note(sentences: pd.DataFrame) -> str:
    """A sentence on the articles that repeat another's text word for word (they are left out
    of every comparison), naming the outlets that thereby drop out altogether; "" when none."""
    if "duplicate" not in sentences or not sentences["duplicate"].astype(bool).any():
        return ""
    per_doc = sentences.drop_duplicates("doc_id")[["doc_id", "source", "duplicate"]]
    copies = per_doc.loc[per_doc["duplicate"].astype(bool)]
    counts = copies.groupby("source").size().sort_index()
    kept = set(per_doc.loc[~per_doc["duplicate"].astype(bool), "source"])
    gone = [str(source) for source in counts.index if source not in kept]
    note = (f" {len(copies)} article(s) repeat an earlier article's text word for word (wire "
            f"copy, or one page saved twice) and are left out of the comparisons: "
            + ", ".join(f"{source} {n}" for source, n in counts.items()) + ".")
    if gone:
        note += f" Outlets with no other article, so in no comparison: {', '.join(gone)}."
    return note


def _count(n: int, noun: str) -> str:
    """"1 quoted sentence", "2 quoted sentences"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _section_counts(scored: Any, body: pd.DataFrame) -> str:
    """"90 content sentences with 144 actor mentions; 7 headlines and headings with 5 actor
    mentions": the
    body and the headlines apart, as every aggregate keeps them (a newcomer read "213 content
    sentences, 255 actor mentions" with 17 of the mentions in headlines)."""
    headlines = framing.content_sentences(scored.sentences, section="headline")
    keys = framing._norm_key(scored.stances, "stances")
    mentions = pd.MultiIndex.from_frame(keys[["doc_id", "sentence_id"]])

    def n_in(rows: pd.DataFrame) -> int:
        return int(mentions.isin(pd.MultiIndex.from_frame(rows[["doc_id", "sentence_id"]])).sum())

    text = f"{_count(len(body), 'content sentence')} with {_count(n_in(body), 'actor mention')}"
    if len(headlines):
        rows = "headline or heading" if len(headlines) == 1 else "headlines and headings"
        text += f"; {len(headlines)} {rows} with {_count(n_in(headlines), 'actor mention')}"
    return text


def framing_summary(scored: Any, *, voice: str = "authorial", min_n: int = 5,
                    camps: Sequence[str] | None = None) -> str:
    """The main comparisons of a scored corpus as Markdown bullet points.

    For each camp (``camps``, default: every camp mentioned), in ``voice`` (default the
    outlets' own, authorial sentences): the most favourable and the most hostile outlet among
    those with at least ``min_n`` sentences, and whether their 95% bootstrap intervals
    overlap (when they do, the data do not show a difference), and the verdict of the
    corrected permutation test (:func:`analysis.framing.compare_outlets`, Holm over every pair
    of outlets and camp): "they differ" only when it is significant.  Then who is quoted most by
    each outlet, and (when scored) each outlet's mean sentence sentiment.  Every sentence is
    generated from the numbers, so it holds for whatever corpus was scored.
    """
    sents = framing.content_sentences(scored.sentences)
    lines = [f"- **Corpus:** {scored.sentences['doc_id'].nunique()} articles from "
             f"{sents['source'].nunique()} outlets; {_section_counts(scored, sents)}."
             + _duplicates_note(scored.sentences)]
    by_camp = framing.stance_by_source_camp(scored.stances, scored.sentences, voice=voice,
                                            min_n=min_n)
    wanted = sorted(by_camp["camp"].unique()) if camps is None else list(camps)
    tests = framing.compare_outlets(scored.stances, scored.sentences, by="camp", voice=voice,
                                    min_n=min_n)
    for camp in wanted:
        rows = by_camp.loc[(by_camp["camp"] == camp) & ~by_camp["small_n"]]
        if len(rows) < 2:
            lines.append(f"- **Toward {camp}:** fewer than two outlets have {min_n} or more "
                         f"{voice} sentences about {camp}; no comparison is possible.")
            continue
        ranked = rows.sort_values(["mean_score", "source"], kind="mergesort")
        low, high = ranked.iloc[0], ranked.iloc[-1]
        test = tests.loc[(tests["camp"] == camp)
                         & (tests["source_a"] == min(low["source"], high["source"]))
                         & (tests["source_b"] == max(low["source"], high["source"]))]
        p_adj = framing._format_p(float(test["p_adjusted"].iloc[0])) if len(test) else ""
        if len(test) and bool(test["significant"].iloc[0]):
            verdict = (f"they differ (permutation test, Holm-corrected over {len(tests)} "
                       f"comparisons: {p_adj})")
        elif _overlap(low, high):
            verdict = "the intervals overlap, so this corpus does not establish a difference"
        else:
            verdict = ("the intervals do not overlap, but corrected for the "
                       f"{len(tests)} comparisons of outlets the difference is not significant "
                       f"(p_adj = {float(test['p_adjusted'].iloc[0]):.4f}), so this corpus does "
                       "not establish it")
        lines.append(f"- **Toward {camp}** ({voice} sentences): most favourable "
                     f"{high['source']} {_interval(high)}; least favourable {low['source']} "
                     f"{_interval(low)}; {verdict}.")
    shares = framing.camp_voice_shares(scored.sentences)
    parts = []
    for source in sorted(sents["source"].unique()):
        group = shares.loc[shares["source"] == source]
        if group.empty:
            parts.append(f"{source}: no quoted sentences")
            continue
        group = group.sort_values(["n_quoted", "speaker_camp"], ascending=[False, True],
                                  kind="mergesort")
        top = group.iloc[0]
        # a tie is said as one: the first camp alone would be a pick the data does not make
        tied = group.loc[group["n_quoted"] == top["n_quoted"], "speaker_camp"].tolist()
        names = [{"": "unidentified speakers", framing.NO_SPEAKER: "no speaker found",
                  framing.UNREGISTERED: "speakers of no stated camp"}.get(c, c)
                 for c in tied]
        camp = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        each = "" if len(names) == 1 else "each "
        parts.append(f"{source}: {camp} ({each}{top['share_of_source_quotes']:.0%} of "
                     f"{_count(int(group['n_quoted'].sum()), 'quoted sentence')})")
    if parts:
        lines.append("- **Most quoted camp:** " + "; ".join(parts) + ".")
    if "sentiment_score" in sents and sents["sentiment_score"].notna().any():
        tone = framing.sentiment_by_source(scored.sentences, min_n=min_n)
        parts = [f"{r['source']} {_signed(r['mean_score'])} "
                 f"[{_signed(r['ci_low'])}, {_signed(r['ci_high'])}]"
                 for _, r in tone.iterrows()]
        lines.append("- **Mean sentence sentiment** (−1 negative … +1 positive, 95% interval): "
                     + "; ".join(parts) + ".")
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# fair comparisons (issue 18): tests, adjusted shares, stories, time
# ---------------------------------------------------------------------------


def difference_summary(table: pd.DataFrame, *, what: str = "camp", voice: str = "authorial",
                       test: str = "permutation test") -> str:
    """Markdown for a :func:`analysis.framing.compare_outlets` table: one bullet per pair of
    outlets whose difference survives the correction (the only place the report says
    "differ"), or one sentence saying how many pairs were tested and that none did."""
    if table.empty:
        return (f"No two outlets have enough {voice} sentences about the same {what} to test "
                "a difference.")
    lines = framing.difference_sentences(table)
    tested = (f"{len(table)} comparison{'s' if len(table) != 1 else ''} of two outlets "
              f"({voice} sentences, {test}, Holm-corrected over all of them)")
    if not lines:
        return (f"Of {tested}, none shows a difference at the 5% level: these data do not "
                "establish that any two outlets differ in stance toward any " + what + ".")
    return (f"Of {tested}, {len(lines)} show{'s' if len(lines) == 1 else ''} a difference at "
            "the 5% level; these outlets differ:\n\n" + "\n".join(f"- {line}" for line in lines))


def comparison_table(table: pd.DataFrame) -> pd.DataFrame:
    """A :func:`analysis.framing.compare_outlets` table for reading: difference [interval],
    Cohen's d, p and corrected p, and the verdict ("differ" only when significant)."""
    entity = "camp" if "camp" in table.columns else "actor"
    out = pd.DataFrame({
        entity: table[entity], "outlet A": table["source_a"], "outlet B": table["source_b"],
        "n A": table["n_a"], "n B": table["n_b"],
        "difference A − B [95% interval]": [
            f"{_signed(d)} [{_signed(lo)}, {_signed(hi)}]"
            for d, lo, hi in zip(table["difference"], table["ci_low"], table["ci_high"])],
        "Cohen's d": [fixed(v, 2) for v in table["cohens_d"]],
        "p": [fixed(v, 4) for v in table["p_value"]],
        "p (Holm)": [fixed(v, 4) for v in table["p_adjusted"]],
        "verdict": np.where(table["significant"], "differ", "not shown to differ"),
    })
    return out.reset_index(drop=True)


def shares_table(shares: pd.DataFrame, *, label: str = "negative") -> pd.DataFrame:
    """:func:`analysis.framing.adjusted_label_shares` for one label, raw and adjusted side by
    side: per outlet x camp (or actor), n, then each estimator as "31% [22%, 40%]"."""
    entity = "camp" if "camp" in shares.columns else "actor"
    rows = shares.loc[shares["label"] == label]

    def pct(v: float) -> str:
        return "" if pd.isna(v) else f"{100 * v:.0f}%"

    out = pd.DataFrame({"source": rows["source"], entity: rows[entity], "n": rows["n"]})
    names = {"raw": "raw (classify and count)", "pcc": "probabilistic (mean probability)",
             "adjusted": "adjusted for the model's errors"}
    for est, name in names.items():
        out[f"{name}"] = [f"{pct(v)} [{pct(lo)}, {pct(hi)}]" + (" (too few)" if s else "")
                          for v, lo, hi, s in zip(rows[est], rows[f"{est}_low"],
                                                  rows[f"{est}_high"], rows["small_n"])]
    return out.reset_index(drop=True)


def stories_summary(stories: pd.DataFrame, table: pd.DataFrame) -> str:
    """Markdown: how many stories the articles form, in plain words (one story: every
    comparison of the report is already a comparison on the same events)."""
    n_articles, n_stories = len(stories), len(table)
    if n_stories == 0:
        return "There are no articles with content sentences to group into stories."
    outlets = stories["source"].nunique()
    if n_stories == 1:
        row = table.iloc[0]
        dates = (f", published {row['first_date']}" + (f" to {row['last_date']}"
                 if row["last_date"] != row["first_date"] else "")
                 if row["first_date"] else ", none of them dated")
        return (f"All {n_articles} articles form **one story** ({row['top_terms']}; "
                f"{outlets} outlet{'s' if outlets != 1 else ''}{dates}). Every comparison in "
                "this report is therefore already a comparison on the same events, and the "
                "story-by-story tables below would repeat the pooled ones: they are left out.")
    shared = int((table["n_outlets"] >= 2).sum())
    return (f"The {n_articles} articles form **{n_stories} stories**; {shared} of them "
            f"{'was' if shared == 1 else 'were'} covered by two or more of the {outlets} "
            "outlets, and only those allow a comparison on the same events.")


def story_stance_table(by_story: pd.DataFrame) -> pd.DataFrame:
    """:func:`analysis.framing.stance_by_story` as a grid: one row per story x camp (or
    actor), one column per outlet; cells "−0.31 (n=12)", "not covered" when the outlet has no
    article in the story, "" when it covered the story without naming the camp."""
    entity = "camp" if "camp" in by_story.columns else "actor"

    def cell(r: pd.Series) -> str:
        if not r["covered"]:
            return "not covered"
        if r["n"] == 0:
            return ""
        return f"{_signed(r['mean_score'])} (n={int(r['n'])}" + (", too few)" if r["small_n"]
                                                                  else ")")

    if by_story.empty:
        return pd.DataFrame(columns=["story", entity])
    cells = by_story.assign(cell=by_story.apply(cell, axis=1))
    grid = cells.pivot(index=["story", entity], columns="source", values="cell")
    grid.columns.name = None
    return grid.reset_index()


def story_voices_summary(shares: pd.DataFrame, story_list: pd.DataFrame) -> str:
    """Markdown before the per-story voice table
    (:func:`analysis.framing.camp_voice_shares_by_story`): with one story, say that the shares
    above already are the story's and draw nothing."""
    n_stories = len(story_list)
    if n_stories == 0:
        return "There are no stories, so there are no voices to share out per story."
    if n_stories == 1:
        return ("All articles form **one story**, so each camp's share of an outlet's quotes in "
                "that story is its share in the table above: no per-story table is drawn.")
    if shares.empty:
        return (f"None of the {n_stories} stories has a quoted sentence: there are no voices "
                "to share out per story.")
    with_quotes = shares["story"].nunique()
    return (f"Each camp's share of each outlet's quoted sentences, story by story ({with_quotes} "
            f"of the {n_stories} stories have quotes). \"not covered\": the outlet has no "
            "article in the story, which is not the same as giving the camp no voice; \"no "
            "quotes\": it covered the story without quoting anyone.")


def story_voice_table(shares: pd.DataFrame) -> pd.DataFrame:
    """:func:`analysis.framing.camp_voice_shares_by_story` as a grid: one row per story x
    speaker camp, one column per outlet; cells "67% (n=2)" (share of the outlet's quoted
    sentences in the story), "not covered" or "no quotes"."""
    if shares.empty:
        return pd.DataFrame(columns=["story", "speaker camp"])

    def cell(r: pd.Series) -> str:
        if not r["covered"]:
            return "not covered"
        if r["n_story_quotes"] == 0:
            return "no quotes"
        return f"{r['share_of_story_quotes']:.0%} (n={int(r['n_quoted'])})"

    cells = shares.assign(cell=shares.apply(cell, axis=1))
    grid = cells.pivot(index=["story", "speaker_camp"], columns="source", values="cell")
    grid.columns.name = None
    return grid.reset_index().rename(columns={"speaker_camp": "speaker camp"})


#: Span of the dated articles (days) up to which :func:`time_freq` picks days, then weeks.
DAILY_UP_TO_DAYS, WEEKLY_UP_TO_DAYS = 14, 120


def time_freq(articles: pd.DataFrame) -> str:
    """The period of the over-time view for a corpus: "D" when its dated articles span at most
    :data:`DAILY_UP_TO_DAYS` days, "W" up to :data:`WEEKLY_UP_TO_DAYS`, else "M"."""
    dates = framing.parse_published(articles["published"]).dropna() if "published" in \
        articles.columns else pd.Series(dtype="datetime64[ns, UTC]")
    if dates.empty:
        return "W"
    span = (dates.max() - dates.min()).days
    return "D" if span <= DAILY_UP_TO_DAYS else "W" if span <= WEEKLY_UP_TO_DAYS else "M"


def over_time_summary(over_time: pd.DataFrame, articles: pd.DataFrame) -> str:
    """Markdown: which articles have dates, the period used, and what is left out."""
    n_articles = articles["doc_id"].nunique()
    undated = int(over_time.attrs.get("n_undated_articles", 0))
    if over_time.empty:
        return (f"**No time view:** none of the {n_articles} articles carries a usable "
                "publication date (`published`), so stance cannot be followed over time and no "
                "chart is drawn.")
    first, last = over_time["period"].min(), over_time["period"].max()
    periods = over_time["period"].nunique()
    unit = {"D": "day", "W": "week", "M": "month"}.get(str(over_time.attrs.get("freq", "")),
                                                        "period")
    left = (f" {undated} of the {n_articles} articles {'has' if undated == 1 else 'have'} no "
            f"usable date and {'is' if undated == 1 else 'are'} left out."
            if undated else " Every article has a date.")
    if periods == 1:
        return (f"All dated articles fall in one {unit} (from {first:%Y-%m-%d}): there is no "
                f"change over time to show, so no chart is drawn.{left}")
    return (f"Mean stance per {unit} from {first:%Y-%m-%d} to {last:%Y-%m-%d} ({periods} "
            f"{unit}s with sentences).{left}")
