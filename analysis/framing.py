"""Framing analytics: how each outlet (``source``) frames each actor.

Every function takes the scored tables described in README, "Data model"
(``sentences`` with quote and sentiment columns, ``stances`` = mentions with
stance probabilities) and returns a tidy, deterministically sorted DataFrame.

Conventions shared by all functions:

* Only body rows (``kind == "sentence"``) count; headline rows (``kind`` =
  ``title`` or ``heading``, scored like sentences) and boilerplate never enter
  an aggregate, except :func:`headline_vs_body`, which sets the headlines
  against the body (``section="headline"`` selects them where a function takes
  a ``section``).  Articles flagged by an optional boolean ``duplicate``
  column on the sentences table are skipped as well (missing column = False).
* The stance score of a mention is ``p_positive - p_negative`` (in [-1, 1]).
* The unit of analysis is the *sentence*: when a sentence mentions an actor
  (or a camp) several times the mentions are averaged first, so a sentence
  naming Putin twice weighs no more than one naming him once, and the
  bootstrap resamples sentences, which are the (roughly) independent units.
* ``voice`` separates the journalist's own words (``authorial``: not a quote)
  from the words of people quoted (``quoted``); ``all`` pools both.  They are
  always kept apart unless ``all`` is asked for explicitly.
* A mention flagged ``locative`` (a country named as a place, "fighting in
  Ukraine": see :func:`analysis.actors.is_locative`) says nothing about how the
  actor is portrayed, so stance aggregates leave it out unless
  ``include_locative=True`` (missing column = no locative mentions).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, Literal

import numpy as np
import pandas as pd

# Re-exported: the one parser of ``published`` (ISO, offsets, RSS, dd.mm.yyyy day first).
from .corpus import parse_published
from .segment import QA_LABEL, SPEAKER_LABEL, own_label_end

__all__ = [
    "camp_voice_shares_by_story",
    "compare_within_stories",
    "embed_texts",
    "group_stories",
    "parse_published",
    "sign_flip_test",
    "stance_by_story",
    "story_distances",
    "story_table",
    "story_texts",
    "story_weighted_stance",
    "STORY_DISTANCE",
    "STORY_WINDOW_DAYS",
    "CORRECTIONS",
    "LABELS",
    "SECTIONS",
    "SHARE_ESTIMATORS",
    "STOP_WORDS",
    "ATTRIBUTION_WORDS",
    "NEWSROOM_VOICES",
    "VOICES",
    "bootstrap_mean_ci",
    "NO_SPEAKER",
    "UNREGISTERED",
    "adjusted_count",
    "adjusted_counts",
    "adjusted_label_shares",
    "camp_voice_shares",
    "cohens_d",
    "compare_outlets",
    "content_sentences",
    "contrast",
    "difference_sentences",
    "distinctive_phrases",
    "emotion_profile",
    "exemplars",
    "headline_vs_body",
    "heldout_confusion",
    "holm_adjust",
    "normalize_text",
    "quoted_voices_about",
    "permutation_test",
    "sentence_stances",
    "sentiment_by_source",
    "sentiment_trajectory",
    "stance_by_source_actor",
    "stance_by_source_camp",
    "stance_over_time",
    "tokenize",
    "voice_bucket",
    "voice_shares",
    "voiced_sentences",
]

Voice = Literal["all", "authorial", "quoted"]

#: Voices in display order; ``all`` pools authorial and quoted sentences.
VOICES: tuple[str, ...] = ("all", "authorial", "quoted")
#: Stance / sentiment labels, in the order of the ``share_*`` columns.
LABELS: tuple[str, ...] = ("negative", "neutral", "positive")
#: Sections of an article, in the output order of :func:`headline_vs_body`: the headline rows
#: (title and headings) and the body (``kind == "sentence"``).
SECTIONS: tuple[str, ...] = ("headline", "body")
#: Directions of :func:`exemplars`, in output order.
DIRECTIONS: tuple[str, ...] = ("positive", "negative")

_KEY = ["doc_id", "sentence_id"]
_SHARE_COLUMNS = [f"share_{label}" for label in LABELS]
_SUMMARY_COLUMNS = ["n", "mean_score", "ci_low", "ci_high", *_SHARE_COLUMNS, "small_n"]
_EMOTION_PREFIX = "emotion_"

# A bootstrap draws n_boot x n indices; above this many the draws are made in
# blocks of whole replicates so memory stays bounded on large corpora.
_MAX_DRAWS_PER_BLOCK = 4_000_000

# English function words.  Written out (rather than imported from scikit-learn)
# so results do not depend on which optional packages are installed, and
# because scikit-learn's list also drops content words that matter in news
# about war ("fire", "made", "side", "move", "back", "found", "show", ...).
# Contractions appear in both apostrophe forms' normalised spelling ("'"),
# since :func:`tokenize` maps typographic apostrophes to ASCII.
STOP_WORDS: frozenset[str] = frozenset(
    """
    a about above across after afterwards again against all almost alone along
    already also although always am among amongst an and another any anyhow
    anyone anything anyway anywhere are aren't around as at be became because
    become becomes becoming been before beforehand behind being below beside
    besides between beyond both but by can can't cannot could couldn't did
    didn't do does doesn't doing don't done down during each either else
    elsewhere enough etc even ever every everyone everything everywhere except
    few for former formerly from further had hadn't has hasn't have haven't
    having he he'd he'll he's hence her here here's hereafter hereby herein
    hereupon hers herself him himself his how however i i'd i'll i'm i've if in
    indeed into is isn't it it's its itself just latter latterly least less
    let's many may me meanwhile might mine more moreover most mostly much must
    mustn't my myself namely neither never nevertheless no nobody none noone nor
    not nothing now nowhere of off often on once only onto or other others
    otherwise ought our ours ourselves out over own per perhaps rather same
    shall shan't she she'd she'll she's should shouldn't since so some somehow
    someone something sometime sometimes somewhere still such than that that's
    the their theirs them themselves then thence there there's thereafter
    thereby therefore therein thereupon these they they'd they'll they're
    they've this those though through throughout thru thus to together too
    toward towards under until up upon us very via was wasn't we we'd we'll
    we're we've were weren't what what's whatever when whence whenever where
    where's whereafter whereas whereby wherein whereupon wherever whether which
    while whither who who's whoever whole whom whose why will with within
    without won't would wouldn't yet you you'd you'll you're you've your yours
    yourself yourselves s t
    """.split()
)

# Unicode-aware word characters (letters and digits, not "_"), with inner
# apostrophes kept so "don't" and "russia's" stay one token.
# Dotted initialisms are one token ("U.S." is "u.s.", not the words "u" and "s").
_TOKEN_RE = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:'[^\W_]+)*")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
# What load_corpus could not repair: literal escapes and UTF-8 read as cp1252 ("â€™", "Ã©").
_ENCODING_DEBRIS = re.compile(
    r"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4})"
    r"|â€[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    r"\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]?"
    r"|[ÃÂ][\u0080-\u00bf]"
)


# ---------------------------------------------------------------------------
# shared helpers
# ---------------------------------------------------------------------------


def _require(df: pd.DataFrame, columns: Iterable[str], table: str) -> None:
    """Raise a KeyError naming every column of ``columns`` missing from ``df``."""
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise KeyError(
            f"the {table} table lacks column(s) {missing} (see README, 'Data model'); "
            f"it has {list(df.columns)}"
        )


#: How far outside [0, 1] a stance probability may lie before it is refused (float rounding).
_PROB_TOLERANCE = 1e-6


def _check_stance_values(stances: pd.DataFrame) -> None:
    """``ValueError`` naming the column, the number of rows and the first of them when a
    stance probability is missing or outside [0, 1], or a ``stance_label`` is not one of
    ``LABELS``: from a hand-edited table these would give NaN means, scores outside [-1, 1],
    label shares that do not add up, and tests "significant" on NaN."""
    problems: dict[str, tuple[pd.Series, str]] = {}
    for column in (c for c in _PROB_COLUMNS if c in stances.columns):
        values = pd.to_numeric(stances[column], errors="coerce")
        # float32 rounding from another tool ("1.0000001") is not a bad value
        problems[column] = (values.isna() | (values < -_PROB_TOLERANCE)
                            | (values > 1 + _PROB_TOLERANCE), "is missing or outside [0, 1]")
    if "stance_label" in stances.columns:
        # read as _label_shares reads them: "Positive" and "negative " count
        labels = stances["stance_label"].astype("string").str.strip().str.lower()
        problems["stance_label"] = (~labels.isin(LABELS).fillna(False).astype(bool),
                                    f"is not one of {', '.join(LABELS)}")
    for column, (bad, problem) in problems.items():
        if bad.any():
            first = stances.loc[bad].iloc[0]
            where = ", ".join(f"{k} {first[k]}" for k in _KEY if k in stances.columns)
            raise ValueError(f"the stances table has {int(bad.sum())} row(s) whose {column} "
                             f"{problem} (first: {where}, value {first[column]}); the "
                             f"model writes them (see README, 'Data model')")


def _as_bool(values: pd.Series) -> pd.Series:
    """Coerce a flag column to bool; NaN/None count as False.

    Flags arrive as real booleans from the pipeline but as strings when a
    table was round-tripped through CSV by hand, hence the string handling.
    """
    if pd.api.types.is_bool_dtype(values):
        return values.fillna(False).astype(bool)
    if pd.api.types.is_numeric_dtype(values):
        return values.fillna(0).astype(float).ne(0)
    text = values.astype("string").str.strip().str.lower()
    return text.isin(["true", "1", "yes", "y", "t"]).fillna(False).astype(bool)


def _flag(df: pd.DataFrame, column: str) -> pd.Series:
    """Boolean flag column of ``df``, all False when the column is absent."""
    if column not in df.columns:
        return pd.Series(False, index=df.index, dtype=bool)
    return _as_bool(df[column])


def _plain(value: Any) -> Any:
    """A numpy scalar as the Python value it holds, for messages ("5", not "np.int64(5)")."""
    return value.item() if isinstance(value, np.generic) else value


def _norm_key(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Copy of ``df`` with join keys in canonical dtypes (str doc_id, int sentence_id).

    Without this, a table read back from CSV (doc_id parsed as int, say) would
    silently fail to join with one built in memory.  A missing ``doc_id`` or a
    ``sentence_id`` that is missing or not a whole number (a hand-edited CSV) is a
    ``ValueError`` naming ``table``, the count and the first row: pandas' own error
    names neither, and a "nan" doc_id would join nothing.
    """
    out = df.copy()
    raw = out["sentence_id"]
    ids = pd.to_numeric(raw.where(~raw.map(lambda v: isinstance(v, (bool, np.bool_)))),
                        errors="coerce")  # True is no sentence number
    as_float = ids.astype(float)
    whole = ids.notna() & np.isfinite(as_float) & (as_float % 1 == 0) & (as_float.abs() < 2**53)
    doc_missing = out["doc_id"].isna() | (out["doc_id"].astype(str).str.strip() == "")
    for column, bad, problem in (
            ("doc_id", doc_missing, "is missing"),
            ("sentence_id", ~whole, "is missing or not a whole number below 2**53")):
        if bad.any():
            first = out.loc[bad].iloc[0]
            raise ValueError(
                f"the {table} table has {int(bad.sum())} row(s) whose {column} {problem} "
                f"(first: index {first.name}, doc_id {_plain(first['doc_id'])!r}, sentence_id "
                f"{_plain(first['sentence_id'])!r}); every row needs a doc_id and a whole-number "
                f"sentence_id (see README, 'Data model')")
    out["doc_id"] = out["doc_id"].astype(str)
    out["sentence_id"] = ids.astype("int64")
    return out


def _text_column(values: pd.Series) -> pd.Series:
    """String column with missing values as "" (the data model's 'unknown')."""
    return values.astype(object).where(values.notna(), "").astype(str)


#: Speakers that are the newsroom's own voice, as :mod:`analysis.quotes` names a
#: transcript's or interview's unnamed turns ("Q:", "HOST:", "ANCHOR:"): questions and links,
#: not someone the outlet quotes (a newcomer's Q&A had its interviewer as 37 % of its voices).
NEWSROOM_VOICES: frozenset[str] = frozenset(
    {"interviewer", "host", "co-host", "anchor", "presenter", "moderator", "announcer"})


def _section_kinds(section: str) -> tuple[str, ...]:
    """The row kinds of a section: ``body`` = sentences, ``headline`` = title and headings."""
    from .segment import HEADLINE_KINDS

    if section == "body":
        return ("sentence",)
    if section == "headline":
        return HEADLINE_KINDS
    raise ValueError(f"section must be one of {SECTIONS}, got {section!r}")


def content_sentences(sentences: pd.DataFrame, *, section: str = "body") -> pd.DataFrame:
    """Rows that are real sentences of non-duplicate articles, sorted by key.

    Keeps the body (``kind == "sentence"``) by default, or with
    ``section="headline"`` the headline rows (``title`` and ``heading``);
    boilerplate never.  Drops rows whose optional ``duplicate`` flag is true.
    Keys are normalised (str ``doc_id``, int ``sentence_id``), quote flags are
    coerced to bool, and missing speaker fields become "" so that group-bys
    never drop them.  A transcript's newsroom turns (``speaker_status`` "newsroom": a
    named host, anchor or correspondent, "STEVE INSKEEP, HOST:"; or speaker one of
    :data:`NEWSROOM_VOICES`: "interviewer", "host", "anchor" …) are the outlet's own
    voice, so ``is_quote`` is False for them here (speaker kept): no aggregate counts
    an interviewer's "Q: What about the frozen Russian assets?" as someone quoted.
    """
    _require(sentences, ["doc_id", "sentence_id", "source", "kind"], "sentences")
    kinds = _section_kinds(section)
    keep = sentences["kind"].astype(str).isin(kinds) & ~_flag(sentences, "duplicate")
    out = _norm_key(sentences.loc[keep], "sentences")
    out["source"] = out["source"].astype(str)
    for column in ("is_quote", "partial_quote"):
        if column in out.columns:
            out[column] = _as_bool(out[column])
    for column in ("speaker", "speaker_camp", "text"):
        if column in out.columns:
            out[column] = _text_column(out[column])
    if "is_quote" in out.columns and "speaker" in out.columns:
        newsroom = out["speaker"].isin(NEWSROOM_VOICES)
        if "speaker_status" in out.columns:
            newsroom |= out["speaker_status"].astype(str).eq("newsroom")
        out["is_quote"] = out["is_quote"] & ~newsroom
    return out.sort_values(_KEY, kind="mergesort").reset_index(drop=True)


def _label_shares(labels: pd.Series) -> pd.DataFrame:
    """One-hot ``share_<label>`` columns for a label column (case-insensitive)."""
    clean = labels.astype("string").str.strip().str.lower()
    return pd.DataFrame(
        {f"share_{label}": clean.eq(label).fillna(False).astype(float) for label in LABELS},
        index=labels.index,
    )


def _select_voices(units: pd.DataFrame, voice: str | None) -> pd.DataFrame:
    """Stack ``units`` once per requested voice, with a ``voice`` column.

    ``None`` stacks all three voices so authorial and quoted framing are never
    silently pooled; a single voice name returns just that slice.
    """
    if voice is not None and voice not in VOICES:
        raise ValueError(f"voice must be one of {VOICES} or None, got {voice!r}")
    wanted = VOICES if voice is None else (voice,)
    masks = {
        "all": pd.Series(True, index=units.index),
        "authorial": ~units["is_quote"],
        "quoted": units["is_quote"],
    }
    parts = [units.loc[masks[v]].assign(voice=v) for v in wanted]
    return pd.concat(parts, ignore_index=True)


def bootstrap_mean_ci(
    values: Sequence[float] | np.ndarray,
    *,
    n_boot: int = 2000,
    seed: int = 0,
    level: float = 0.95,
) -> tuple[float, float]:
    """Seeded percentile-bootstrap confidence interval of the mean.

    Draws ``n_boot`` resamples (with replacement, same size as ``values``)
    using ``numpy.random.default_rng(seed)``, and returns the
    ``(1 - level) / 2`` and ``(1 + level) / 2`` percentiles (numpy's default
    linear interpolation) of the resampled means.  Resampling indices are
    drawn as one ``(n_boot, n)`` integer array, in blocks of whole replicates
    only when that array would be very large.  Returns ``(nan, nan)`` for an
    empty input.
    """
    if n_boot < 1:
        raise ValueError(f"n_boot must be >= 1, got {n_boot}")
    if not 0 < level < 1:
        raise ValueError(f"level must lie in (0, 1), got {level}")
    x = np.asarray(values, dtype=float)
    if x.size == 0:
        return (float("nan"), float("nan"))
    rng = np.random.default_rng(seed)
    block = max(1, _MAX_DRAWS_PER_BLOCK // x.size)
    means = np.empty(n_boot)
    for start in range(0, n_boot, block):
        stop = min(n_boot, start + block)
        idx = rng.integers(0, x.size, size=(stop - start, x.size))
        means[start:stop] = x[idx].mean(axis=1)
    tail = (1.0 - level) / 2.0
    low, high = np.percentile(means, [100.0 * tail, 100.0 * (1.0 - tail)])
    return (float(low), float(high))


def _check_min_n(min_n: int) -> None:
    """``ValueError`` for a ``min_n`` that is not a whole number >= 0: a negative one was
    accepted and read as 0, hiding a slip in the caller's arithmetic."""
    if (isinstance(min_n, bool) or not isinstance(min_n, (int, float, np.integer, np.floating))
            or not float(min_n).is_integer() or min_n < 0):
        raise ValueError(f"min_n must be a whole number >= 0, got {min_n!r}")


def _summarise(
    units: pd.DataFrame,
    group_cols: list[str],
    *,
    n_boot: int,
    seed: int,
    min_n: int,
) -> pd.DataFrame:
    """Per-group n, mean ``score``, bootstrap CI, label shares and small-n flag.

    ``units`` holds one row per sentence with a ``score`` and ``share_*``
    columns and must already be sorted by sentence key: the bootstrap's
    resamples depend on row order.  Each group gets its own generator seeded
    with ``seed``, so a group's interval does not change when other groups
    are added or filtered out.
    """
    rows: list[dict[str, Any]] = []
    for key, group in units.groupby(group_cols, sort=True, observed=True):
        scores = group["score"].to_numpy(dtype=float)
        low, high = bootstrap_mean_ci(scores, n_boot=n_boot, seed=seed)
        row = dict(zip(group_cols, key if isinstance(key, tuple) else (key,)))
        row.update(n=len(scores), mean_score=float(scores.mean()), ci_low=low, ci_high=high)
        row.update({c: float(group[c].mean()) for c in _SHARE_COLUMNS})
        row["small_n"] = len(scores) < min_n
        rows.append(row)
    out = pd.DataFrame(rows, columns=[*group_cols, *_SUMMARY_COLUMNS])
    return out.astype({"n": "int64", "small_n": bool})


def _sort_voice_last(df: pd.DataFrame, leading: list[str]) -> pd.DataFrame:
    """Sort by ``leading`` columns then voice in :data:`VOICES` order."""
    order = df["voice"].map({v: i for i, v in enumerate(VOICES)})
    return (
        df.assign(_voice_order=order)
        .sort_values([*leading, "_voice_order"], kind="mergesort")
        .drop(columns="_voice_order")
        .reset_index(drop=True)
    )


# ---------------------------------------------------------------------------
# stance toward actors and camps
# ---------------------------------------------------------------------------


def sentence_stances(
    stances: pd.DataFrame,
    sentences: pd.DataFrame,
    *,
    by: str = "actor",
    include_locative: bool = False,
    section: str = "body",
) -> pd.DataFrame:
    """One row per (sentence, actor) -- or (sentence, camp) with ``by="camp"``.

    Joins mentions to content sentences on (doc_id, sentence_id) -- mentions in
    headlines, boilerplate or duplicate articles drop out here (with
    ``section="headline"``, mentions in the title and headings are kept and
    those in the body drop out) -- and averages
    the mentions of the same actor/camp within a sentence: ``score`` is the
    mean of ``p_positive - p_negative`` and ``share_<label>`` the fraction of
    those mentions with that ``stance_label``.  The source, quote flag, speaker
    and text come from the sentences table.  Locative mentions are dropped
    unless ``include_locative``.  Sorted by (doc_id, sentence_id, by).
    """
    if by not in ("actor", "camp"):
        raise ValueError(f"by must be 'actor' or 'camp', got {by!r}")
    _require(stances, [*_KEY, by, "p_positive", "p_negative", "stance_label"], "stances")
    _check_stance_values(stances)
    sents = content_sentences(sentences, section=section)
    _require(sents, ["is_quote"], "sentences")
    if not include_locative:
        stances = stances.loc[~_flag(stances, "locative")]
    raw = _norm_key(stances, "stances")
    mentions = pd.DataFrame(
        {
            "doc_id": raw["doc_id"],
            "sentence_id": raw["sentence_id"],
            by: raw[by].astype(str),
            "score": raw["p_positive"].astype(float) - raw["p_negative"].astype(float),
        }
    ).join(_label_shares(raw["stance_label"]))
    per_sentence = (
        mentions.groupby([*_KEY, by], sort=True)[["score", *_SHARE_COLUMNS]]
        .mean()
        .reset_index()
    )
    context = [c for c in ("source", "is_quote", "speaker", "speaker_camp", "text") if c in sents]
    merged = per_sentence.merge(sents[[*_KEY, *context]], on=_KEY, how="inner")
    return merged.sort_values([*_KEY, by], kind="mergesort").reset_index(drop=True)


def _stance_by(
    stances: pd.DataFrame,
    sentences: pd.DataFrame,
    by: str,
    *,
    voice: str | None,
    n_boot: int,
    seed: int,
    min_n: int,
    include_locative: bool,
) -> pd.DataFrame:
    """Shared body of :func:`stance_by_source_actor` / :func:`stance_by_source_camp`."""
    units = _select_voices(
        sentence_stances(stances, sentences, by=by, include_locative=include_locative), voice)
    summary = _summarise(
        units, ["source", by, "voice"], n_boot=n_boot, seed=seed, min_n=min_n
    )
    return _sort_voice_last(summary, ["source", by])


def stance_by_source_actor(
    stances: pd.DataFrame,
    sentences: pd.DataFrame,
    *,
    voice: Voice | None = None,
    n_boot: int = 2000,
    seed: int = 0,
    min_n: int = 5,
    include_locative: bool = False,
) -> pd.DataFrame:
    """Mean stance of each source toward each actor, with a bootstrap 95% CI.

    Parameters
    ----------
    stances, sentences:
        Scored tables (see README, "Data model"); ``sentences`` needs ``is_quote``.
    voice:
        ``"all"``, ``"authorial"`` (journalist's own sentences) or ``"quoted"``;
        ``None`` (default) returns all three stacked.
    n_boot, seed:
        Percentile-bootstrap replicates over sentences and the generator seed.
    min_n:
        Groups with fewer sentences are flagged ``small_n``.
    include_locative:
        Also count mentions flagged ``locative`` (a country named as a place);
        by default they are left out.

    Returns
    -------
    DataFrame with columns source, actor, voice, n (sentences), mean_score,
    ci_low, ci_high, share_negative, share_neutral, share_positive, small_n,
    sorted by (source, actor, voice in all/authorial/quoted order).
    """
    _check_min_n(min_n)
    return _stance_by(
        stances, sentences, "actor", voice=voice, n_boot=n_boot, seed=seed, min_n=min_n,
        include_locative=include_locative,
    )


def stance_by_source_camp(
    stances: pd.DataFrame,
    sentences: pd.DataFrame,
    *,
    voice: Voice | None = None,
    n_boot: int = 2000,
    seed: int = 0,
    min_n: int = 5,
    include_locative: bool = False,
) -> pd.DataFrame:
    """Like :func:`stance_by_source_actor` but pooled over each actor's camp.

    A sentence mentioning two actors of the same camp contributes one value to
    that camp (the mean over its mentions).  Columns: source, camp, voice, n,
    mean_score, ci_low, ci_high, share_negative, share_neutral, share_positive,
    small_n.
    """
    _check_min_n(min_n)
    return _stance_by(
        stances, sentences, "camp", voice=voice, n_boot=n_boot, seed=seed, min_n=min_n,
        include_locative=include_locative,
    )


def headline_vs_body(
    stances: pd.DataFrame,
    sentences: pd.DataFrame,
    *,
    by: str = "actor",
    voice: Voice = "all",
    n_boot: int = 2000,
    seed: int = 0,
    min_n: int = 5,
    include_locative: bool = False,
) -> pd.DataFrame:
    """Mean stance of each source toward each actor (or camp) in its headlines vs its body.

    Headlines are the rows of kind ``title`` and ``heading``; the body is the
    rows of kind ``sentence``.  Each is summarised as in
    :func:`stance_by_source_actor` (a headline row is one unit, like a
    sentence: mentions averaged within it; percentile bootstrap over units,
    each group with its own generator seeded ``seed``), so the body rows equal
    that function's rows for the same ``voice``.  ``voice``: ``"all"``
    (default; headlines are rarely quotes), ``"authorial"`` or ``"quoted"``.

    Only (source, actor) pairs that occur in at least one headline are listed,
    each with a ``headline`` and a ``body`` row; a pair never mentioned in the
    body gets a body row with n = 0 and NaN scores (``small_n`` True).

    Columns: source, actor (or camp), section ("headline" then "body"), n
    (headline rows / sentences), mean_score, ci_low, ci_high, share_negative,
    share_neutral, share_positive, small_n; sorted by (source, actor, section).
    """
    _check_min_n(min_n)
    if voice not in VOICES:
        raise ValueError(f"voice must be one of {VOICES}, got {voice!r}")
    parts = []
    for section in SECTIONS:
        units = _select_voices(sentence_stances(stances, sentences, by=by, section=section,
                                                include_locative=include_locative), voice)
        parts.append(units.assign(section=section))
    units = pd.concat(parts, ignore_index=True)
    group_cols = ["source", by, "section"]
    columns = [*group_cols, *_SUMMARY_COLUMNS]
    summary = _summarise(units, group_cols, n_boot=n_boot, seed=seed, min_n=min_n)
    pairs = summary.loc[summary["section"] == "headline", ["source", by]]
    if pairs.empty:
        return _empty_frame({"source": object, by: object, "section": object, "n": "int64",
                             "mean_score": float, "ci_low": float, "ci_high": float,
                             **{c: float for c in _SHARE_COLUMNS}, "small_n": bool})
    grid = pd.concat([pairs.assign(section=section) for section in SECTIONS], ignore_index=True)
    out = grid.merge(summary, on=group_cols, how="left")
    out["n"] = out["n"].fillna(0).astype("int64")
    out["small_n"] = out["n"] < min_n
    out["_section_order"] = out["section"].map({s: i for i, s in enumerate(SECTIONS)})
    out = out.sort_values(["source", by, "_section_order"], kind="mergesort")
    return out[columns].astype({c: float for c in _SUMMARY_COLUMNS
                                if c not in ("n", "small_n")}).reset_index(drop=True)


# ---------------------------------------------------------------------------
# who gets quoted
# ---------------------------------------------------------------------------


def _empty_frame(dtypes: dict[str, Any]) -> pd.DataFrame:
    """A table with no rows but the documented columns and dtypes."""
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in dtypes.items()})


def voiced_sentences(sentences: pd.DataFrame, *, partial: bool = True) -> pd.DataFrame:
    """The content sentences (:func:`content_sentences` rows and columns) that give someone's
    words: every row the voice tables count.  Needs is_quote, speaker and speaker_camp
    (``ValueError`` naming what is missing).

    Quote sentences (``is_quote``), and with ``partial`` also the partial quotes whose
    speaker was found (``partial_quote`` and a ``speaker``: "Peskov called it “pure
    terror”"); a partial quote without a speaker (scare quotes, "the so-called
    “referendums”") gives nobody's voice.  A frame without ``partial_quote`` has none.
    """
    sents = content_sentences(sentences)
    _require(sents, ["is_quote", "speaker", "speaker_camp"], "sentences")
    return sents.loc[_voiced(sents, partial)]


def _voiced(sents: pd.DataFrame, partial: bool) -> pd.Series:
    """The rows of :func:`content_sentences` output that :func:`voiced_sentences` keeps."""
    keep = sents["is_quote"]
    if partial and "partial_quote" in sents.columns:
        keep = keep | (sents["partial_quote"] & sents["speaker"].ne(""))
    return keep


def _n_partial(quoted: pd.DataFrame, keys: list[str]) -> pd.Series:
    """Per group of ``keys``: how many of its voiced sentences are partial quotes."""
    return (~quoted["is_quote"]).groupby([quoted[k] for k in keys], sort=True).sum()


def voice_shares(sentences: pd.DataFrame, *, partial: bool = True) -> pd.DataFrame:
    """How each source's quoted sentences split by speaker.

    A quoted sentence is a quote sentence (``is_quote``) or, with ``partial`` (the default
    since stop 56), a partial quote whose speaker was found ("Zakharova described the
    meeting as “a gathering of arsonists”"): an outlet that quotes an official only in such
    phrases still gives that official a voice.  Scare quotes with no speaker count nowhere.

    Columns: source, speaker_camp, speaker, n_quoted (quoted sentences), n_partial (how
    many of them are partial quotes; 0 without ``partial``), share_of_source_quotes
    (n_quoted / all quoted sentences of the source).  Unknown speakers and camps are "" as
    in the data model.  Sorted by (source, -n_quoted, speaker_camp, speaker).
    """
    quoted = voiced_sentences(sentences, partial=partial)
    if quoted.empty:  # groupby on no rows loses the column dtypes under pandas 3
        return _empty_frame({"source": object, "speaker_camp": object, "speaker": object,
                             "n_quoted": "int64", "n_partial": "int64",
                             "share_of_source_quotes": float})
    keys = ["source", "speaker_camp", "speaker"]
    counts = quoted.groupby(keys, sort=True).size().rename("n_quoted").to_frame()
    counts["n_partial"] = _n_partial(quoted, keys)
    counts = counts.reset_index()
    counts["share_of_source_quotes"] = counts["n_quoted"] / counts.groupby("source")[
        "n_quoted"
    ].transform("sum")
    counts = counts.astype({"n_quoted": "int64", "n_partial": "int64",
                            "share_of_source_quotes": float})
    return counts.sort_values(
        ["source", "n_quoted", "speaker_camp", "speaker"],
        ascending=[True, False, True, True],
        kind="mergesort",
    ).reset_index(drop=True)


#: ``camp_voice_shares`` buckets for quotes without a camp: nobody found, or a speaker the text
#: gives no side (a civilian, an expert, a critic, an unnamed soldier; a newcomer read the old
#: name, "(speaker outside the registry)", as the registry's blind spot, not the text's).
NO_SPEAKER = "(no speaker found)"
UNREGISTERED = "(speaker of no stated camp)"


def voice_bucket(camp: str, speaker: str) -> str:
    """The camp of a quote, or :data:`NO_SPEAKER` / :data:`UNREGISTERED` when it has none."""
    if camp:
        return camp
    return UNREGISTERED if speaker else NO_SPEAKER


def camp_voice_shares(sentences: pd.DataFrame, *, partial: bool = True) -> pd.DataFrame:
    """How each source's quoted sentences split by the speaker's camp.

    Quoted sentences as in :func:`voice_shares` (partial quotes with a speaker count unless
    ``partial`` is false).  Columns: source, speaker_camp, n_quoted, n_partial (how many of
    them are partial quotes), share_of_source_quotes (of the source's quoted sentences) and
    share_of_source_sentences (of all the source's content sentences, i.e. in how much of
    its text that camp is heard).  Quotes without a camp are split into :data:`NO_SPEAKER`
    (no speaker found) and :data:`UNREGISTERED` (a speaker the text gives no camp).  Sorted
    by (source, -n_quoted, speaker_camp).
    """
    totals = content_sentences(sentences).groupby("source").size()
    quoted = voiced_sentences(sentences, partial=partial)
    if quoted.empty:
        return _empty_frame({"source": object, "speaker_camp": object, "n_quoted": "int64",
                             "n_partial": "int64", "share_of_source_quotes": float,
                             "share_of_source_sentences": float})
    quoted = quoted.assign(speaker_camp=[
        voice_bucket(c, s) for c, s in zip(quoted["speaker_camp"], quoted["speaker"])])
    keys = ["source", "speaker_camp"]
    counts = quoted.groupby(keys, sort=True).size().rename("n_quoted").to_frame()
    counts["n_partial"] = _n_partial(quoted, keys)
    counts = counts.reset_index()
    counts["share_of_source_quotes"] = counts["n_quoted"] / counts.groupby("source")[
        "n_quoted"
    ].transform("sum")
    counts["share_of_source_sentences"] = counts["n_quoted"] / counts["source"].map(totals)
    counts = counts.astype({"n_quoted": "int64", "n_partial": "int64",
                            "share_of_source_quotes": float, "share_of_source_sentences": float})
    return counts.sort_values(
        ["source", "n_quoted", "speaker_camp"], ascending=[True, False, True], kind="mergesort"
    ).reset_index(drop=True)


# ---------------------------------------------------------------------------
# distinctive phrases: weighted log-odds with an informative Dirichlet prior
# ---------------------------------------------------------------------------


def tokenize(text: str) -> list[str]:
    """Lower-cased word tokens; typographic apostrophes become ``'``.

    Tokens are runs of Unicode letters/digits, keeping inner apostrophes
    ("don't", "russia's"), and dotted initialisms ("u.s.", "u.n."); all other
    punctuation separates tokens.  Literal
    escape sequences (``\\xe2``, ``\\u2019``) and typical mojibake (``â€™``)
    left in a text are not words and are dropped ("x80" is never a phrase).
    """
    text = _ENCODING_DEBRIS.sub(" ", text)
    return _TOKEN_RE.findall(text.lower().translate(_APOSTROPHES))


#: News's neutral attribution formula: every outlet says "said" and "told reporters", so an
#: n-gram starting or ending on one of these is how often an outlet attributes, not how it
#: frames (a newcomer's figure led with "said", "ministry said" and "told reporters"). Loaded
#: reporting verbs ("claimed", "admitted", "insisted") are not here: choosing them frames.
ATTRIBUTION_WORDS: frozenset[str] = frozenset(
    "said says say saying told tells tell telling added adds according reporters speaking "
    "spoke".split())


#: A broadcast's pleasantries: a phrase made of these alone ("good morning", "welcome back",
#: "thanks for joining") says how a show opens, not how it frames (a newcomer's radio show led
#: its distinctive phrases with them).
PLEASANTRIES: frozenset[str] = frozenset(
    "good morning evening afternoon thank thanks welcome back hello joining".split())
# ... of which these are pleasantries alone too ("back", "good" are words of news prose)
_PLEASANTRY_WORDS = frozenset("morning evening afternoon thank thanks welcome hello".split())


def _is_filler(token: str) -> bool:
    """Stop words, neutral attribution words and bare numbers carry no framing on their
    own."""
    return token in STOP_WORDS or token in ATTRIBUTION_WORDS or token.isdigit()


def _sentence_ngrams(tokens: list[str], ngram_range: tuple[int, int]) -> Iterable[str]:
    """n-grams of one sentence that start and end on a content word.

    Edge stop words only make near-copies of a phrase ("of thousands", "thousands of");
    inner ones are kept ("city of death"). Called per sentence, so no n-gram ever spans a
    sentence boundary.
    """
    low, high = ngram_range
    for n in range(low, high + 1):
        for i in range(len(tokens) - n + 1):
            gram = tokens[i : i + n]
            if not (_is_filler(gram[0]) or _is_filler(gram[-1])) and not (
                    gram[0] in _PLEASANTRY_WORDS if n == 1 else
                    all(t in PLEASANTRIES or t in STOP_WORDS for t in gram)):
                yield " ".join(gram)


def _bare(token: str) -> str:
    """A token less a possessive ending ("review's" → "review")."""
    return token[:-2] if token.endswith("'s") else token


#: Last words of a programme's name after its outlet's possessive name.
_PROGRAMME_WORDS: frozenset[str] = frozenset(
    "desk show programme program hour edition today tonight live podcast briefing bulletin "
    "newsletter magazine journal report digest weekly daily service".split())


def _phrase_runs(text: str, names: list[tuple[str, ...]],
                 own_words: frozenset[str] = frozenset(), speaker: object = "") -> list[list[str]]:
    """The tokens of one sentence as runs that n-grams may span: a transcript's speaker label
    opening it ("KASK: Minister, …", "Q: …"; in title case, "Maria Zakharova: …", when it
    names the row's ``speaker``: :func:`analysis.segment.own_label_end`) is dropped, and the
    sentence is cut at every source name it holds, possessive included ("Baltic Radio
    Review's Liisa Kask"), so no phrase holds a name or a piece of one ("meridian", "wire"
    from "told Meridian Wire").
    Both say who speaks or where a story came from, not how an outlet frames it. So do the
    capitalised words after a source name's possessive (its programme: "Sahel FM's Morning
    Desk") and the capitalised ``own_words`` (the outlet's name's last word, "Express" of
    "Moskovsky Express"; its initials, "GWS" of "Global Wire Service"; its own journalists'
    names, a host's "Steve")."""
    label = SPEAKER_LABEL.match(text) or QA_LABEL.match(text)
    # (title case: a newcomer's briefing had "lin", "jian", "lin jian" as the ministry's top
    # three phrases, from its spokesman's "Lin Jian: …" turns)
    body = text[label.end():] if label else text[own_label_end(text, speaker):]
    raw = _TOKEN_RE.findall(_ENCODING_DEBRIS.sub(" ", body).translate(_APOSTROPHES))
    tokens = [token.lower() for token in raw]
    cut = [bool(own_words) and token[:1].isupper() and _bare(low) in own_words
           for token, low in zip(raw, tokens)]
    for name in names:
        width = len(name)
        for i in range(len(tokens) - width + 1):
            window = tokens[i:i + width]
            if tuple(window[:-1]) == name[:-1] and _bare(window[-1]) == name[-1]:
                cut[i:i + width] = [True] * width
                k = i + width
                while window[-1] != name[-1] and k < len(raw) and raw[k][:1].isupper():
                    k += 1
                if k > i + width and tokens[k - 1] in _PROGRAMME_WORDS:
                    # the capitalised words after its possessive name the outlet's programme
                    # or desk ("Sahel FM's Morning Desk", a newcomer's distinctive phrase; not
                    # "Radio Dabanga's El Fasher correspondent")
                    cut[i + width:k] = [True] * (k - i - width)
    runs: list[list[str]] = [[]]
    for token, is_name in zip(tokens, cut):
        if is_name:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(token)
    return [run for run in runs if run]


def _source_names(sources: Iterable[Any]) -> list[tuple[str, ...]]:
    """Each source's name as tokens, less a leading "the" ("The Kyiv Herald" is ("kyiv",
    "herald"); "Source A" is ("source", "a"), which no phrase ending on a content word holds)."""
    names = set()
    for source in sources:
        tokens = tokenize(str(source))
        names.add(tuple(tokens[1:] if tokens[:1] == ["the"] else tokens))
    return sorted(name for name in names if name)


def _own_words(source: str, sentences: pd.DataFrame,
               others: frozenset[str] = frozenset()) -> frozenset[str]:
    """Words an outlet names itself and its journalists by: its name's last word when the name
    has two or more ("express" of "Moskovsky Express"; not "a" of "Source A"), its initials when
    three or more ("gws" of "Global Wire Service"), and the words of
    the names of its newsroom speakers (``speaker_status`` "newsroom") and of the speakers of
    its transcripts' labelled turns."""
    tokens = tokenize(source)
    words = {tokens[-1]} if len(tokens) > 1 and len(tokens[-1]) > 3 and \
        tokens[-1] not in STOP_WORDS else set()
    initials = "".join(token[0] for token in tokens if token not in STOP_WORDS)
    if len(initials) > 2 and initials not in others:
        # its initials ("told GWS" in Global Wire Service's copy), unless other outlets write
        # them too: an actor's ("SAF" of a "Sudan Analysis Forum", a breaker's)
        words.add(initials)
    if "speaker_status" in sentences.columns and "speaker" in sentences.columns:
        newsroom = sentences.loc[sentences["speaker_status"].astype(str) == "newsroom", "speaker"]
        # and a transcript's guests, whose labelled turns say who speaks ("BEGLARYAN: …", then
        # "Artak Beglaryan" in the introduction): a name, not a framing (a third newcomer's
        # television transcript had its guest's name as its distinctive phrase)
        from .segment import SPEAKER_LABEL

        labelled = sentences["text"].astype(str).map(lambda t: bool(SPEAKER_LABEL.match(t)))
        guests = sentences.loc[labelled & (sentences["speaker"].astype(str) != ""), "speaker"]
        words |= {w for name in pd.concat([newsroom, guests]).astype(str).unique()
                  for w in tokenize(name) if w not in NEWSROOM_VOICES and w not in STOP_WORDS}
    return frozenset(words)


_CAPITALS = re.compile(r"\b[A-Z]{3,}\b")


def _ngram_counts(sentences: pd.DataFrame, ngram_range: tuple[int, int]) -> pd.DataFrame:
    """Long table (source, phrase, count) over content sentences, sources' names and
    speaker labels left out (:func:`_phrase_runs`)."""
    sents = content_sentences(sentences)
    _require(sents, ["text"], "sentences")
    names = _source_names(sents["source"].unique())
    rows: list[tuple[str, str, int]] = []
    # capitalised words each source writes, to tell its initials from an actor's acronym
    capitals = {str(source): {w.lower() for t in group["text"] for w in _CAPITALS.findall(str(t))}
                for source, group in sents.groupby("source", sort=True)}
    for source, group in sents.groupby("source", sort=True):
        counter: Counter[str] = Counter()
        others = frozenset().union(*(words for name, words in capitals.items()
                                     if name != str(source)))
        own = _own_words(str(source), group, others)
        speakers = group["speaker"] if "speaker" in group else [""] * len(group)
        for text, speaker in zip(group["text"], speakers):
            for run in _phrase_runs(text, names, own, speaker):
                counter.update(_sentence_ngrams(run, ngram_range))
        rows.extend((str(source), phrase, count) for phrase, count in counter.items())
    return pd.DataFrame(rows, columns=["source", "phrase", "count"])


def distinctive_phrases(
    sentences: pd.DataFrame,
    *,
    ngram_range: tuple[int, int] = (1, 3),
    top_k: int = 15,
    min_count: int = 2,
    prior_scale: float = 0.1,
) -> pd.DataFrame:
    """Phrases most distinctive of each source versus all other sources.

    Weighted log-odds ratio with an informative Dirichlet prior (Monroe,
    Colaresi & Quinn 2008, "Fightin' Words", eq. 22).  For phrase w, source i
    and the pooled other sources j, with y = n-gram counts, n = total n-gram
    count of a side, and prior pseudo-counts alpha:

        delta_w = log((y_wi + a_w) / (n_i + a_0 - y_wi - a_w))
                - log((y_wj + a_w) / (n_j + a_0 - y_wj - a_w))
        var_w  ~= 1 / (y_wi + a_w) + 1 / (y_wj + a_w)
        z_w     = delta_w / sqrt(var_w)

    Prior choice: ``a_w = prior_scale * y_w`` where y_w is the phrase's count
    in the whole corpus (so ``a_0 = prior_scale * N``).  The prior's shape is
    the corpus distribution (the "informative" prior of the paper) and
    ``prior_scale`` its strength relative to the data: 0.1 means the prior
    weighs a tenth of the corpus.  That shrinks phrases seen only once or
    twice (large variance) without washing out the differences of frequent
    ones, which a prior as large as the corpus itself (1.0) tends to do on
    the small corpora this package targets.

    n-grams of all orders in ``ngram_range`` share one multinomial (totals n
    sum over all orders), are built within a sentence only (never across a
    sentence boundary), from lower-cased regex tokens (:func:`tokenize`);
    n-grams starting or ending on a stop word (:data:`STOP_WORDS`), a number or a
    neutral attribution word (:data:`ATTRIBUTION_WORDS`: "said", "told reporters")
    are dropped, inner ones kept ("city of death").  Headings, boilerplate and duplicate articles are excluded, and so
    are phrases holding a source's name or a piece of it where it is named ("told
    ann"; "meridian" or "wire" from "told Meridian Wire"; "review" from "Baltic
    Radio Review's"): an outlet naming itself or a rival says where a story came
    from, not how it frames it. So is a transcript's speaker label opening a
    sentence ("KASK: …", "Q: …"; "Maria Zakharova: …" and "Question: …" where the
    ``speaker`` column says the label names the row's speaker), which says who speaks.

    Returns, per source, the ``top_k`` phrases with the largest positive z
    among those used at least ``min_count`` times by that source: columns
    source, phrase, n (count in source), log_odds (delta), z, rank (1 =
    most distinctive), sorted by (source, -z, phrase).  Empty when fewer than
    two sources are present.
    """
    columns = ["source", "phrase", "n", "log_odds", "z", "rank"]
    low, high = ngram_range
    if not 1 <= low <= high:
        raise ValueError(f"ngram_range must satisfy 1 <= low <= high, got {ngram_range}")
    if prior_scale <= 0:
        raise ValueError(f"prior_scale must be > 0, got {prior_scale}")
    empty = pd.DataFrame({c: pd.Series(dtype=t) for c, t in
                          zip(columns, [str, str, "int64", float, float, "int64"])})
    counts = _ngram_counts(sentences, ngram_range)
    if counts["source"].nunique() < 2:
        return empty

    corpus = counts.groupby("phrase")["count"].sum()
    total = float(corpus.sum())
    source_totals = counts.groupby("source")["count"].sum()

    y_i = counts["count"].to_numpy(dtype=float)
    y_w = counts["phrase"].map(corpus).to_numpy(dtype=float)
    n_i = counts["source"].map(source_totals).to_numpy(dtype=float)
    y_j, n_j = y_w - y_i, total - n_i
    alpha_w, alpha_0 = prior_scale * y_w, prior_scale * total

    with np.errstate(divide="ignore", invalid="ignore"):
        delta = np.log((y_i + alpha_w) / (n_i + alpha_0 - y_i - alpha_w)) - np.log(
            (y_j + alpha_w) / (n_j + alpha_0 - y_j - alpha_w)
        )
        z = delta / np.sqrt(1.0 / (y_i + alpha_w) + 1.0 / (y_j + alpha_w))

    scored = pd.DataFrame(
        {"source": counts["source"], "phrase": counts["phrase"], "n": counts["count"],
         "log_odds": delta, "z": z}
    )
    keep = (scored["n"] >= min_count) & np.isfinite(scored["z"]) & (scored["z"] > 0)
    scored = scored.loc[keep].sort_values(
        ["source", "z", "phrase"], ascending=[True, False, True], kind="mergesort"
    )
    top = scored.groupby("source", sort=True).head(top_k).copy()
    top["rank"] = top.groupby("source").cumcount() + 1
    if top.empty:
        return empty
    return top.astype({"n": "int64", "rank": "int64"})[columns].reset_index(drop=True)


# ---------------------------------------------------------------------------
# exemplar sentences and phrase look-ups
# ---------------------------------------------------------------------------


def exemplars(stances: pd.DataFrame, sentences: pd.DataFrame, *, k: int = 1) -> pd.DataFrame:
    """The ``k`` most positive and ``k`` most negative sentences per source x actor.

    Scores are per sentence (mentions of the actor averaged within it), over
    all voices.  A group with fewer than 2k sentences can show the same
    sentence in both directions.  Ties break by (doc_id, sentence_id).

    Columns: source, actor, direction ("positive" then "negative"), rank,
    score, text, speaker, is_quote, doc_id, sentence_id; sorted by
    (source, actor, direction, rank).
    """
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    units = sentence_stances(stances, sentences, by="actor")
    for column in ("text", "speaker"):
        if column not in units:
            units[column] = ""
    parts = []
    for direction in DIRECTIONS:
        ascending = direction == "negative"
        ranked = units.sort_values(
            ["source", "actor", "score", "doc_id", "sentence_id"],
            ascending=[True, True, ascending, True, True],
            kind="mergesort",
        )
        top = ranked.groupby(["source", "actor"], sort=True).head(k).copy()
        top["direction"] = direction
        top["rank"] = top.groupby(["source", "actor"]).cumcount() + 1
        parts.append(top)
    columns = ["source", "actor", "direction", "rank", "score", "text", "speaker",
               "is_quote", "doc_id", "sentence_id"]
    out = pd.concat(parts, ignore_index=True)[columns]
    out["_direction_order"] = out["direction"].map({d: i for i, d in enumerate(DIRECTIONS)})
    out = out.sort_values(["source", "actor", "_direction_order", "rank"], kind="mergesort")
    return out.drop(columns="_direction_order").astype({"rank": "int64"}).reset_index(drop=True)


def normalize_text(text: str) -> str:
    """Case-folded text with punctuation and quote marks removed, spaces collapsed.

    Lets a phrase such as "made sense militarily" match text written as
    ``"made sense" militarily`` with typographic quotes in between.  Unicode
    is NFKC-normalised first so ligatures and full-width forms compare equal;
    apostrophes are dropped inside words ("Russia's" -> "russias") so both
    spellings of the apostrophe match.
    """
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_APOSTROPHES)
    folded = re.sub(r"(?<=\w)'(?=\w)", "", folded)
    return " ".join(re.sub(r"[\W_]+", " ", folded).split())


def neutral_emotion_share(sentences: pd.DataFrame) -> pd.DataFrame:
    """Per source: content sentences with a top emotion (``n``) and the share of them whose top
    emotion is ``neutral``. Columns: source, n, neutral_share; sorted by source."""
    sents = content_sentences(sentences)
    if "top_emotion" not in sents or sents.empty:
        return pd.DataFrame({"source": pd.Series(dtype=str), "n": pd.Series(dtype="int64"),
                             "neutral_share": pd.Series(dtype=float)})
    top = _text_column(sents["top_emotion"]).str.strip().str.lower()
    labelled = sents.loc[top.ne(""), ["source"]].assign(neutral=top[top.ne("")].eq("neutral"))
    out = labelled.groupby("source", sort=True)["neutral"].agg(n="count", neutral_share="mean")
    return out.reset_index().astype({"n": "int64", "neutral_share": float})


def contrast_phrases(sentences: pd.DataFrame, *, k: int = 2) -> list[str]:
    """Phrases for :func:`contrast` chosen from the corpus when the user names none: the most
    distinctive phrase (:func:`distinctive_phrases`, longest n-grams first) of each of the ``k``
    sources with the most content sentences among those that have one (a source none of whose
    phrases is used twice is passed over). Empty when no source has a distinctive phrase."""
    table = distinctive_phrases(sentences, ngram_range=(2, 3))
    if table.empty:
        table = distinctive_phrases(sentences)
    if table.empty:
        return []
    sizes = content_sentences(sentences).groupby("source").size()
    ranked = sorted(sizes.index, key=lambda src: (-int(sizes[src]), str(src)))
    phrases: list[str] = []
    for source in ranked:
        rows = table.loc[table["source"] == source]
        rows = rows.loc[~rows["phrase"].isin(phrases)]
        if not rows.empty:
            phrases.append(str(rows.iloc[0]["phrase"]))
        if len(phrases) == k:
            break
    return phrases


def contrast(tables: Any, phrases: Sequence[str]) -> pd.DataFrame:
    """Sentences containing each phrase, with their sentiment and actor stances.

    ``tables`` is any object with ``.sentences`` and ``.stances`` DataFrames
    (e.g. the result of ``score_corpus``).  Matching is case-insensitive on
    :func:`normalize_text` forms and on whole words, so "historic day" does
    not match "prehistoric days".  Headings, boilerplate and duplicate
    articles are not searched.

    Columns: phrase, source, doc_id, sentence_id, speaker, is_quote, text,
    sentiment_score, then one ``stance:<actor>`` column per actor mentioned in
    any matched sentence (mean ``p_positive - p_negative`` of that actor's
    mentions in the sentence; NaN when not mentioned), actors sorted by name.
    Rows follow the order of ``phrases``, then (source, doc_id, sentence_id).
    """
    base = ["phrase", "source", "doc_id", "sentence_id", "speaker", "is_quote", "text",
            "sentiment_score"]
    sents = content_sentences(tables.sentences)
    _require(sents, ["text", "is_quote", "sentiment_score"], "sentences")
    if "speaker" not in sents:
        sents["speaker"] = ""
    padded = " " + sents["text"].map(normalize_text) + " "
    parts = []
    for phrase in phrases:
        needle = normalize_text(phrase)
        if not needle:
            continue
        hits = sents.loc[padded.str.contains(f" {needle} ", regex=False)]
        parts.append(hits.assign(phrase=phrase))
    if not parts or all(p.empty for p in parts):
        return pd.DataFrame(columns=base)
    found = pd.concat(parts, ignore_index=True)
    found["_phrase_order"] = found["phrase"].map({p: i for i, p in enumerate(phrases)})
    found = found.sort_values(
        ["_phrase_order", "source", "doc_id", "sentence_id"], kind="mergesort"
    )[base]

    per_actor = sentence_stances(tables.stances, tables.sentences, by="actor")
    per_actor = per_actor.merge(found[_KEY].drop_duplicates(), on=_KEY, how="inner")
    wide = per_actor.pivot(index=_KEY, columns="actor", values="score")
    wide = wide.reindex(columns=sorted(wide.columns))
    wide.columns = [f"stance:{actor}" for actor in wide.columns]
    out = found.merge(wide.reset_index(), on=_KEY, how="left")
    return out.reset_index(drop=True)


# ---------------------------------------------------------------------------
# sentence-level sentiment
# ---------------------------------------------------------------------------


def sentiment_by_source(
    sentences: pd.DataFrame,
    *,
    voice: Voice | None = "all",
    n_boot: int = 2000,
    seed: int = 0,
    min_n: int = 5,
) -> pd.DataFrame:
    """Mean sentence sentiment per source with a bootstrap 95% CI.

    Columns: source, voice, n, mean_score (mean ``sentiment_score``), ci_low,
    ci_high, share_negative, share_neutral, share_positive (from
    ``sentiment_label``), small_n.  ``voice="all"`` (default) gives one row
    per source; ``None`` stacks all/authorial/quoted.  Same bootstrap as
    :func:`stance_by_source_actor`, over sentences.
    """
    _check_min_n(min_n)
    sents = content_sentences(sentences)
    needed = ["sentiment_score", "sentiment_label"] + ([] if voice == "all" else ["is_quote"])
    _require(sents, needed, "sentences")
    if "is_quote" not in sents:
        sents["is_quote"] = False
    units = pd.DataFrame(
        {
            "source": sents["source"],
            "is_quote": sents["is_quote"],
            "score": sents["sentiment_score"].astype(float),
        }
    ).join(_label_shares(sents["sentiment_label"]))
    units = units.loc[units["score"].notna()]
    summary = _summarise(
        _select_voices(units, voice), ["source", "voice"], n_boot=n_boot, seed=seed, min_n=min_n
    )
    return _sort_voice_last(summary, ["source"])


def sentiment_trajectory(sentences: pd.DataFrame) -> pd.DataFrame:
    """Sentiment along each article, for plotting how tone develops.

    One row per content sentence: source, doc_id, sentence_id, position
    (0-based index among the article's content sentences), n_sentences,
    rel_position (position / (n_sentences - 1), 0 for one-sentence articles),
    sentiment_score, is_quote, speaker.  Sorted by (source, doc_id, position).
    """
    sents = content_sentences(sentences)
    _require(sents, ["sentiment_score", "is_quote"], "sentences")
    out = sents[["source", "doc_id", "sentence_id", "sentiment_score", "is_quote"]].copy()
    out["speaker"] = sents["speaker"] if "speaker" in sents else ""
    out["position"] = out.groupby("doc_id").cumcount().astype("int64")
    out["n_sentences"] = out.groupby("doc_id")["position"].transform("size").astype("int64")
    denominator = (out["n_sentences"] - 1).clip(lower=1)
    out["rel_position"] = out["position"] / denominator
    out["sentiment_score"] = out["sentiment_score"].astype(float)
    columns = ["source", "doc_id", "sentence_id", "position", "n_sentences", "rel_position",
               "sentiment_score", "is_quote", "speaker"]
    return out.sort_values(["source", "doc_id", "position"], kind="mergesort")[
        columns
    ].reset_index(drop=True)


def emotion_profile(sentences: pd.DataFrame, *, exclude: Sequence[str] = ()) -> pd.DataFrame:
    """Average emotion per source, in long form.

    ``exclude``: emotions left out, with the sentences whose top emotion they are (e.g.
    ``("neutral",)``: in news most sentences are neutral, and the profile of the rest is what
    tells outlets apart).

    Uses ``emotion_<name>`` probability columns when present (mean over the
    source's content sentences, ``basis="probability"``); otherwise the
    share of sentences whose ``top_emotion`` is each emotion (a mean of 0/1
    indicators, ``basis="top_emotion_share"``; blank top_emotion ignored;
    every emotion seen anywhere is listed for every source, 0 if absent).

    Columns: source, emotion, mean_p, n (sentences averaged), basis; sorted by
    (source, emotion).  Empty (typed) when neither kind of column exists.
    """
    columns = ["source", "emotion", "mean_p", "n", "basis"]
    empty = pd.DataFrame(
        {c: pd.Series(dtype=t) for c, t in zip(columns, [str, str, float, "int64", str])}
    )
    sents = content_sentences(sentences)
    emotion_cols = sorted(c for c in sents.columns if c.startswith(_EMOTION_PREFIX))
    if emotion_cols:
        probs = sents[emotion_cols].astype(float)
        probs.columns = [c[len(_EMOTION_PREFIX):] for c in emotion_cols]
        probs = probs.drop(columns=[e for e in exclude if e in probs.columns])
        long = probs.assign(source=sents["source"]).melt(
            id_vars="source", var_name="emotion", value_name="p"
        )
        basis = "probability"
    elif "top_emotion" in sents:
        top = _text_column(sents["top_emotion"]).str.strip().str.lower()
        labelled = top.ne("") & ~top.isin([e.lower() for e in exclude])
        emotions = sorted(top.loc[labelled].unique())
        if not emotions:
            return empty
        indicators = pd.DataFrame(
            {e: top.loc[labelled].eq(e).astype(float) for e in emotions}
        )
        long = indicators.assign(source=sents.loc[labelled, "source"]).melt(
            id_vars="source", var_name="emotion", value_name="p"
        )
        basis = "top_emotion_share"
    else:
        return empty
    out = (
        long.groupby(["source", "emotion"], sort=True)["p"]
        .agg(mean_p="mean", n="count")
        .reset_index()
    )
    out["basis"] = basis
    return out.astype({"n": "int64", "mean_p": float})[columns]


# ---------------------------------------------------------------------------
# fair comparisons (issue 18): error-aware shares
# ---------------------------------------------------------------------------

#: The estimators of :func:`adjusted_label_shares`, in column order.
SHARE_ESTIMATORS: tuple[str, ...] = ("raw", "pcc", "adjusted")
_PROB_COLUMNS = [f"p_{label}" for label in LABELS]


def heldout_confusion(
    path: str | Any | None = None, *, model: Any = None
) -> pd.DataFrame:
    """Confusion matrix (counts) of the stance model on a NewsMTSC-format held-out file.

    ``path`` defaults to the project's held-out war set,
    ``data/war-news-stance/heldout.jsonl`` (never used for training or for
    choosing a model); ``model`` is a loaded stance model (default: the shipped
    one, see :func:`analysis.stance.get_stance_model`).  Predictions come from
    :func:`analysis.modelcard.stance_predictions` (argmax of the probabilities); for the
    shipped model (``model=None``) on an fp32 backend and an unchanged file, the counts that
    ``calibrate-stance --write`` recorded in the artifact's ``metrics.json`` are used instead
    of scoring the file again (:func:`analysis.stance.recorded_confusion`;
    ``tests/test_framing.py`` checks that they equal a fresh scoring).

    Returns a 3 x 3 int64 DataFrame, rows = gold label, columns = predicted
    label, both in :data:`LABELS` order -- the input :func:`adjusted_label_shares`
    expects.  Raises FileNotFoundError when the file does not exist.
    """
    from pathlib import Path

    from .modelcard import confusion_table, stance_predictions
    from .models import resolve_backend
    from .stance import FP32_BACKENDS

    if path is None:
        from .warnews import DATA_DIR

        path = DATA_DIR / "heldout.jsonl"
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no held-out file at {path}")
    # The counts were recorded with the fp32 model; an int8 backend labels a few pairs
    # otherwise, so it is scored afresh.
    if model is None and resolve_backend() in FP32_BACKENDS:
        from .stance import recorded_confusion, stance_model_path

        recorded = recorded_confusion(stance_model_path(), path)
        if recorded is not None:
            labels, counts = recorded
            table = pd.DataFrame(np.asarray(counts, dtype=np.int64), index=labels, columns=labels)
            table = table.reindex(index=list(LABELS), columns=list(LABELS), fill_value=0)
            table.index.name, table.columns.name = "gold", "predicted"
            return table
    predictions = stance_predictions([path], model=model)
    return confusion_table(predictions["gold"], predictions["pred"], labels=LABELS)


def _confusion_counts(confusion: Any) -> np.ndarray:
    """Validated K x K count matrix (rows gold, columns predicted) in :data:`LABELS` order."""
    if isinstance(confusion, pd.DataFrame):
        missing = [lab for lab in LABELS
                   if lab not in confusion.index or lab not in confusion.columns]
        if missing:
            raise KeyError(f"the confusion matrix lacks label(s) {missing} in its rows/columns; "
                           f"expected {list(LABELS)}")
        confusion = confusion.loc[list(LABELS), list(LABELS)]
    counts = np.asarray(confusion, dtype=float)
    k = len(LABELS)
    if counts.shape != (k, k):
        raise ValueError(f"confusion must be {k} x {k} (rows gold, columns predicted), "
                         f"got shape {counts.shape}")
    if (counts < 0).any() or not np.isfinite(counts).all():
        raise ValueError("confusion counts must be finite and >= 0")
    empty = [LABELS[i] for i in range(k) if counts[i].sum() == 0]
    if empty:
        raise ValueError(f"the held-out set has no example of gold label(s) {empty}: their "
                         "misclassification rates are unknown")
    return counts


def adjusted_count(observed: Sequence[float] | np.ndarray,
                   rates: Sequence[Sequence[float]] | np.ndarray) -> np.ndarray:
    """Adjusted count: the true label distribution that explains the observed one.

    ``observed`` is the distribution of *predicted* labels (length K, sums to
    1); ``rates`` the K x K misclassification rates ``P(predicted = j | gold = i)``
    (rows gold, each row sums to 1; a count matrix is row-normalised here).
    The predicted shares satisfy ``observed = rates.T @ true`` (Forman 2008,
    "Quantifying counts and costs via classification", the "adjusted count";
    for two classes ``(q - fpr) / (tpr - fpr)``).  The system is solved by
    non-negative least squares with a heavily weighted row ``sum(true) = 1``
    appended (:func:`adjusted_counts`, which gives :func:`scipy.optimize.nnls`'s
    solution), and the solution is clipped at 0 and renormalised to the simplex
    -- so a sampling fluctuation that puts the exact solution outside [0, 1]
    gives the nearest valid distribution instead of a negative share.  Returns a
    length-K float array summing to 1.
    """
    q = np.asarray(observed, dtype=float)
    m = np.asarray(rates, dtype=float)
    return adjusted_counts(q[None, :], m[None, :, :])[0]


def adjusted_counts(observed: np.ndarray, rates: np.ndarray) -> np.ndarray:
    """:func:`adjusted_count` for a stack: ``observed`` (B, K), ``rates`` (B, K, K) -> (B, K).

    The bootstrap of :func:`adjusted_label_shares` solves thousands of these small problems;
    one :func:`scipy.optimize.nnls` call each took 2-3 s per notebook run. For K labels the
    non-negative least-squares optimum is the least-squares solution on one of the 2^K - 1
    column subsets (its passive set, Lawson & Hanson 1974): every subset's solution is
    computed for the whole stack at once and the feasible one (all >= 0) with the smallest
    residual kept. ``tests/test_framing.py`` checks it against ``nnls``.
    """
    q = np.asarray(observed, dtype=float)
    m = np.asarray(rates, dtype=float)
    if q.ndim != 2 or m.ndim != 3 or m.shape != (q.shape[0], q.shape[1], q.shape[1]):
        raise ValueError(f"observed must be (B, K) and rates (B, K, K); got {q.shape} and "
                         f"{m.shape}")
    n, k = q.shape
    m = m / m.sum(axis=2, keepdims=True)
    weight = 1e3
    a = np.concatenate([np.transpose(m, (0, 2, 1)), np.full((n, 1, k), weight)], axis=1)
    b = np.concatenate([q, np.full((n, 1), weight)], axis=1)
    best = np.zeros((n, k))
    best_residual = np.full(n, np.inf)
    for mask in range(1, 2 ** k):
        cols = [j for j in range(k) if mask >> j & 1]
        sub = a[:, :, cols]
        x = np.einsum("bij,bj->bi", np.linalg.pinv(sub), b)
        residual = np.linalg.norm(np.einsum("bij,bj->bi", sub, x) - b, axis=1)
        better = (x >= -1e-12).all(axis=1) & (residual < best_residual - 1e-12)
        best[better] = 0.0
        best[np.ix_(better, cols)] = x[better]
        best_residual[better] = residual[better]
    solution = np.clip(best, 0.0, None)
    total = solution.sum(axis=1, keepdims=True)
    return np.where(total > 0, solution / np.where(total > 0, total, 1.0), 1.0 / k)


def _sentence_probabilities(
    stances: pd.DataFrame, sentences: pd.DataFrame, by: str, *, include_locative: bool,
    voice: str,
) -> pd.DataFrame:
    """:func:`sentence_stances` units of one voice with the mean ``p_<label>`` of the mentions."""
    _require(stances, _PROB_COLUMNS, "stances")
    units = _select_voices(
        sentence_stances(stances, sentences, by=by, include_locative=include_locative), voice)
    raw = stances if include_locative else stances.loc[~_flag(stances, "locative")]
    raw = _norm_key(raw, "stances")
    probs = pd.DataFrame({"doc_id": raw["doc_id"], "sentence_id": raw["sentence_id"],
                          by: raw[by].astype(str),
                          **{c: raw[c].astype(float) for c in _PROB_COLUMNS}})
    probs = probs.groupby([*_KEY, by], sort=True)[_PROB_COLUMNS].mean().reset_index()
    merged = units.merge(probs, on=[*_KEY, by], how="left")
    return merged.sort_values([*_KEY, by], kind="mergesort").reset_index(drop=True)


def _bootstrap_confusions(counts: np.ndarray, n_boot: int, seed: int) -> np.ndarray:
    """``n_boot`` resampled rate matrices: the held-out pairs of each gold label redrawn with
    replacement (a multinomial with the row's size and shares), rows renormalised."""
    rng = np.random.default_rng([seed, 18])
    totals = counts.sum(axis=1)
    draws = np.stack(
        [rng.multinomial(int(round(n)), row / n, size=n_boot) for row, n in zip(counts, totals)],
        axis=1,
    ).astype(float)  # (n_boot, K, K)
    return draws / draws.sum(axis=2, keepdims=True)


def adjusted_label_shares(
    stances: pd.DataFrame,
    sentences: pd.DataFrame,
    confusion: pd.DataFrame | np.ndarray,
    *,
    by: str = "actor",
    voice: Voice = "all",
    n_boot: int = 2000,
    seed: int = 0,
    level: float = 0.95,
    min_n: int = 5,
    include_locative: bool = False,
) -> pd.DataFrame:
    """Share of negative / neutral / positive stance per source x actor (or camp), three ways.

    * ``raw`` -- classify and count: the share of sentences the classifier
      labels so (a sentence mentioning the actor twice counts the fraction of
      its mentions with each label, as in :func:`stance_by_source_actor`).
      Biased whenever the classifier errs: a model that calls 20% of neutral
      sentences negative inflates the negative share (Forman 2008).
    * ``pcc`` -- probabilistic classify and count: the mean of the predicted
      probabilities ``p_<label>`` (mentions averaged within a sentence first;
      Bella, Ferri, Hernandez-Orallo & Ramirez-Quintana 2010, "Quantification
      via probability estimators").  Unbiased when the probabilities are
      calibrated on this kind of text.
    * ``adjusted`` -- the adjusted count (Forman 2008): the raw shares
      corrected with the misclassification rates measured on a held-out set,
      solving ``raw = rates.T @ true`` on the simplex (:func:`adjusted_count`).

    ``confusion``: counts, rows = gold, columns = predicted, labels in
    :data:`LABELS` order (a DataFrame indexed by label, such as
    :func:`heldout_confusion`, or a 3 x 3 array).  Every gold label needs at
    least one held-out example (ValueError otherwise).

    Intervals: percentile bootstrap with ``n_boot`` replicates.  ``raw`` and
    ``pcc`` resample the group's sentences (generator seeded ``seed`` per group,
    as everywhere in this module).  ``adjusted`` resamples the sentences *and*
    the held-out pairs behind the confusion matrix (within each gold label, so
    the held-out set's label mix stays fixed; the same ``n_boot`` matrices for
    every group, drawn from a generator seeded ``[seed, 18]``), so its interval
    includes the uncertainty of the classifier's error rates.  The pcc
    interval does not include any error of the probabilities' calibration.

    Returns one row per (source, actor, label): source, actor (or camp),
    voice, label (in :data:`LABELS` order), n (sentences), raw, raw_low,
    raw_high, pcc, pcc_low, pcc_high, adjusted, adjusted_low, adjusted_high
    (shares in [0, 1]; within a group each estimator sums to 1 over labels),
    small_n (n < ``min_n``); sorted by (source, actor, label order).
    """
    _check_min_n(min_n)
    if voice not in VOICES:
        raise ValueError(f"voice must be one of {VOICES}, got {voice!r}")
    if n_boot < 1:
        raise ValueError(f"n_boot must be >= 1, got {n_boot}")
    if not 0 < level < 1:
        raise ValueError(f"level must lie in (0, 1), got {level}")
    counts = _confusion_counts(confusion)
    rates = counts / counts.sum(axis=1, keepdims=True)
    boot_rates = _bootstrap_confusions(counts, n_boot, seed)
    units = _sentence_probabilities(stances, sentences, by, include_locative=include_locative,
                                    voice=voice)
    tail = 100.0 * (1.0 - level) / 2.0
    columns = ["source", by, "voice", "label", "n"]
    for est in SHARE_ESTIMATORS:
        columns += [est, f"{est}_low", f"{est}_high"]
    columns.append("small_n")
    rows: list[dict[str, Any]] = []
    for (source, name), group in units.groupby(["source", by], sort=True):
        shares = group[_SHARE_COLUMNS].to_numpy(dtype=float)
        probs = group[_PROB_COLUMNS].to_numpy(dtype=float)
        n = len(group)
        rng = np.random.default_rng(seed)
        boot_raw = np.empty((n_boot, len(LABELS)))
        boot_pcc = np.empty((n_boot, len(LABELS)))
        block = max(1, _MAX_DRAWS_PER_BLOCK // n)
        for start in range(0, n_boot, block):
            stop = min(n_boot, start + block)
            idx = rng.integers(0, n, size=(stop - start, n))
            boot_raw[start:stop] = shares[idx].mean(axis=1)
            boot_pcc[start:stop] = probs[idx].mean(axis=1)
        boot_adj = adjusted_counts(boot_raw, boot_rates)
        point = {"raw": shares.mean(axis=0), "pcc": probs.mean(axis=0)}
        point["adjusted"] = adjusted_count(point["raw"], rates)
        bounds = {est: np.percentile(boot, [tail, 100.0 - tail], axis=0)
                  for est, boot in (("raw", boot_raw), ("pcc", boot_pcc),
                                    ("adjusted", boot_adj))}
        for j, label in enumerate(LABELS):
            row: dict[str, Any] = {"source": source, by: name, "voice": voice, "label": label,
                                   "n": n}
            for est in SHARE_ESTIMATORS:
                row[est] = float(point[est][j])
                row[f"{est}_low"] = float(bounds[est][0, j])
                row[f"{est}_high"] = float(bounds[est][1, j])
            row["small_n"] = n < min_n
            rows.append(row)
    if not rows:
        return _empty_frame({c: ("int64" if c == "n" else bool if c == "small_n" else
                                 object if c in ("source", by, "voice", "label") else float)
                             for c in columns})
    return pd.DataFrame(rows, columns=columns).astype({"n": "int64", "small_n": bool})


# ---------------------------------------------------------------------------
# fair comparisons: tests of difference between outlets
# ---------------------------------------------------------------------------

#: Corrections for multiple comparisons accepted by :func:`compare_outlets`.
CORRECTIONS: tuple[str, ...] = ("holm", "bh")


def holm_adjust(p_values: Sequence[float] | np.ndarray) -> np.ndarray:
    """Holm's step-down adjusted p-values (Holm 1979, "A simple sequentially rejective
    multiple test procedure"): sort the m p-values ascending, multiply the k-th smallest
    (k = 1..m) by m - k + 1, take the running maximum and cap at 1.  Rejecting where the
    adjusted value is <= alpha controls the family-wise error rate at alpha.  NaN stays NaN
    and does not count in m."""
    p = np.asarray(p_values, dtype=float)
    out = np.full(p.shape, np.nan)
    valid = np.flatnonzero(~np.isnan(p))
    m = len(valid)
    if m == 0:
        return out
    order = valid[np.argsort(p[valid], kind="mergesort")]
    stepped = np.maximum.accumulate(p[order] * (m - np.arange(m)))
    out[order] = np.minimum(stepped, 1.0)
    return out


def _adjust(p_values: np.ndarray, correction: str) -> np.ndarray:
    """Adjusted p-values: Holm, or Benjamini & Hochberg 1995 (scipy's
    ``false_discovery_control``), which controls the false discovery rate instead."""
    if correction == "holm":
        return holm_adjust(p_values)
    from scipy.stats import false_discovery_control

    out = np.full(p_values.shape, np.nan)
    valid = ~np.isnan(p_values)
    if valid.any():
        out[valid] = false_discovery_control(p_values[valid], method="bh")
    return out


def permutation_test(
    a: Sequence[float] | np.ndarray,
    b: Sequence[float] | np.ndarray,
    *,
    n_permutations: int = 10_000,
    seed: int = 0,
) -> float:
    """Two-sided permutation p-value of the difference of means ``mean(a) - mean(b)``.

    The null hypothesis is exchangeability: the labels "a" and "b" could be
    shuffled among the pooled values (Good 2005, *Permutation, Parametric and
    Bootstrap Tests of Hypotheses*).  When the number of distinct splits
    C(n_a + n_b, n_a) is at most ``n_permutations`` every split is enumerated
    and the exact p-value is returned: the share of splits whose absolute
    difference is at least the observed one (the observed split included).
    Otherwise ``n_permutations`` random shuffles are drawn
    (``numpy.random.default_rng(seed)``) and ``p = (1 + hits) / (1 +
    n_permutations)`` (Phipson & Smyth 2010), which is never 0.  Differences
    equal up to 1e-12 count as ties (hits).  NaN when a side is empty.
    """
    from itertools import combinations

    x = np.asarray(a, dtype=float)
    y = np.asarray(b, dtype=float)
    if x.size == 0 or y.size == 0:
        return float("nan")
    if n_permutations < 1:
        raise ValueError(f"n_permutations must be >= 1, got {n_permutations}")
    pooled = np.concatenate([x, y])
    n, n_a = pooled.size, x.size
    total = pooled.sum()
    observed = abs(x.mean() - y.mean()) - 1e-12

    def differences(sums_a: np.ndarray) -> np.ndarray:
        return np.abs(sums_a / n_a - (total - sums_a) / (n - n_a))

    if math.comb(n, n_a) <= n_permutations:
        sums = np.array([pooled[list(idx)].sum() for idx in combinations(range(n), n_a)])
        return float(np.mean(differences(sums) >= observed))
    rng = np.random.default_rng(seed)
    hits = 0
    block = max(1, _MAX_DRAWS_PER_BLOCK // n)
    for start in range(0, n_permutations, block):
        stop = min(n_permutations, start + block)
        keys = rng.random((stop - start, n))
        first = np.argsort(keys, axis=1)[:, :n_a]
        hits += int((differences(pooled[first].sum(axis=1)) >= observed).sum())
    return (1 + hits) / (1 + n_permutations)


def cohens_d(a: Sequence[float] | np.ndarray, b: Sequence[float] | np.ndarray) -> float:
    """Cohen's d: ``(mean(a) - mean(b)) / s_pooled`` with ``s_pooled = sqrt(((n_a - 1) s_a^2 +
    (n_b - 1) s_b^2) / (n_a + n_b - 2))`` (sample variances; Cohen 1988).  NaN when there are
    fewer than 3 values in all or the pooled standard deviation is 0."""
    x = np.asarray(a, dtype=float)
    y = np.asarray(b, dtype=float)
    dof = x.size + y.size - 2
    if x.size == 0 or y.size == 0 or dof < 1:
        return float("nan")
    ss = ((x - x.mean()) ** 2).sum() + ((y - y.mean()) ** 2).sum()
    pooled = math.sqrt(ss / dof)
    return float((x.mean() - y.mean()) / pooled) if pooled > 0 else float("nan")


def _bootstrap_difference_ci(x: np.ndarray, y: np.ndarray, *, n_boot: int, seed: int,
                             level: float) -> tuple[float, float]:
    """Percentile interval of mean(x) - mean(y), each side resampled on its own."""
    rng = np.random.default_rng(seed)
    mx = x[rng.integers(0, x.size, size=(n_boot, x.size))].mean(axis=1)
    my = y[rng.integers(0, y.size, size=(n_boot, y.size))].mean(axis=1)
    tail = 100.0 * (1.0 - level) / 2.0
    low, high = np.percentile(mx - my, [tail, 100.0 - tail])
    return float(low), float(high)


def compare_outlets(
    stances: pd.DataFrame,
    sentences: pd.DataFrame,
    *,
    by: str = "actor",
    voice: Voice = "all",
    min_n: int = 5,
    n_permutations: int = 10_000,
    n_boot: int = 2000,
    seed: int = 0,
    correction: str = "holm",
    alpha: float = 0.05,
    include_locative: bool = False,
) -> pd.DataFrame:
    """Does outlet A frame an actor (or camp) differently from outlet B?  Every pair, tested.

    For each actor and each pair of sources (``source_a < source_b``
    alphabetically) with at least ``min_n`` sentences each (units of
    :func:`sentence_stances`, one voice), compares the mean stance:

    * ``difference`` = mean_a - mean_b (stance units, in [-2, 2]), with a
      percentile-bootstrap interval (``ci_low``, ``ci_high``; each outlet's
      sentences resampled separately, ``n_boot`` replicates, generator seeded
      ``seed`` per comparison);
    * ``cohens_d``: the difference in pooled standard deviations (:func:`cohens_d`);
    * ``p_value``: two-sided permutation test of the difference of means
      (:func:`permutation_test`, exact when the splits are few, else
      ``n_permutations`` shuffles seeded ``seed``);
    * ``p_adjusted``: corrected over *all* rows of the table -- ``"holm"``
      (Holm 1979, family-wise error rate; default) or ``"bh"`` (Benjamini &
      Hochberg 1995, false discovery rate);
    * ``significant``: ``p_adjusted <= alpha``.

    Columns: ``by`` (actor or camp), source_a, source_b, voice, n_a, n_b,
    mean_a, mean_b, difference, ci_low, ci_high, cohens_d, p_value,
    p_adjusted, significant; sorted by (actor, source_a, source_b).  Empty
    (typed) when no pair has enough sentences.
    """
    _check_min_n(min_n)
    from itertools import combinations

    if correction not in CORRECTIONS:
        raise ValueError(f"correction must be one of {CORRECTIONS}, got {correction!r}")
    if voice not in VOICES:
        raise ValueError(f"voice must be one of {VOICES}, got {voice!r}")
    columns = {by: object, "source_a": object, "source_b": object, "voice": object,
               "n_a": "int64", "n_b": "int64", "mean_a": float, "mean_b": float,
               "difference": float, "ci_low": float, "ci_high": float, "cohens_d": float,
               "p_value": float, "p_adjusted": float, "significant": bool}
    units = _select_voices(
        sentence_stances(stances, sentences, by=by, include_locative=include_locative), voice)
    rows: list[dict[str, Any]] = []
    for name, group in units.groupby(by, sort=True):
        scores = {src: g["score"].to_numpy(dtype=float)
                  for src, g in group.groupby("source", sort=True) if len(g) >= min_n}
        for src_a, src_b in combinations(sorted(scores), 2):
            x, y = scores[src_a], scores[src_b]
            low, high = _bootstrap_difference_ci(x, y, n_boot=n_boot, seed=seed, level=0.95)
            rows.append({by: name, "source_a": src_a, "source_b": src_b, "voice": voice,
                         "n_a": x.size, "n_b": y.size, "mean_a": float(x.mean()),
                         "mean_b": float(y.mean()), "difference": float(x.mean() - y.mean()),
                         "ci_low": low, "ci_high": high, "cohens_d": cohens_d(x, y),
                         "p_value": permutation_test(x, y, n_permutations=n_permutations,
                                                     seed=seed)})
    if not rows:
        return _empty_frame(columns)
    out = pd.DataFrame(rows)
    out["p_adjusted"] = _adjust(out["p_value"].to_numpy(dtype=float), correction)
    out["significant"] = out["p_adjusted"] <= alpha
    return out[list(columns)].astype({"n_a": "int64", "n_b": "int64", "significant": bool})


def _format_p(p: float) -> str:
    return "p_adj < 0.001" if p < 0.001 else f"p_adj = {p:.3f}"


def difference_sentences(table: pd.DataFrame, *, alpha: float | None = None) -> list[str]:
    """Plain-language lines for the significant rows of :func:`compare_outlets`.

    One line per row with ``significant`` true (or, when ``alpha`` is given,
    ``p_adjusted <= alpha``), in table order: "X is more negative toward Y than
    Z (difference −0.31, p_adj = 0.004)", X being the outlet with the lower
    mean, so the difference (X's mean minus Z's, written with a minus sign) is
    always negative; "p_adj < 0.001" below that.  Rows that are not
    significant give no line: no "differ" without a test.  Empty list for an
    empty table.
    """
    if table.empty:
        return []
    entity = "actor" if "actor" in table.columns else "camp"
    keep = table["significant"] if alpha is None else table["p_adjusted"] <= alpha
    lines = []
    for row in table.loc[keep.astype(bool)].itertuples(index=False):
        r = row._asdict()
        lower, higher = ((r["source_a"], r["source_b"]) if r["difference"] < 0
                         else (r["source_b"], r["source_a"]))
        diff = -abs(float(r["difference"]))
        lines.append(f"{lower} is more negative toward {r[entity]} than {higher} "
                     f"(difference \u2212{abs(diff):.2f}, {_format_p(float(r['p_adjusted']))})")
    return lines


# ---------------------------------------------------------------------------
# fair comparisons: who quotes whom about whom
# ---------------------------------------------------------------------------


def quoted_voices_about(
    stances: pd.DataFrame,
    sentences: pd.DataFrame,
    *,
    by: str = "actor",
    n_boot: int = 2000,
    seed: int = 0,
    min_n: int = 5,
    include_locative: bool = False,
) -> pd.DataFrame:
    """Per outlet: which camp's quoted speakers talk about which actor (or camp), and how.

    Quote sentences only (``is_quote``; not the partial quotes :func:`voice_shares` counts,
    whose sentence stance is mostly the narration's), units of :func:`sentence_stances`
    (mentions of the target averaged within a sentence).  The speaker's camp
    comes from ``speaker_camp``; quotes without one are kept apart as
    :data:`NO_SPEAKER` and :data:`UNREGISTERED` (:func:`voice_bucket`), as in
    :func:`camp_voice_shares`.  A speaker talking about their own side (a
    Ukrainian official on Ukraine) is kept: it is how an outlet lets a side
    present itself.

    Columns: source, speaker_camp, ``by`` (the target actor or camp), n
    (quoted sentences), mean_score (mean stance toward the target, in
    [-1, 1]), ci_low, ci_high (percentile bootstrap over sentences, generator
    seeded ``seed`` per group), share_of_target_quotes (n over all the
    source's quoted sentences about that target: which voices speak about it),
    small_n; sorted by (source, speaker_camp, target).
    """
    _check_min_n(min_n)
    columns = {"source": object, "speaker_camp": object, by: object, "n": "int64",
               "mean_score": float, "ci_low": float, "ci_high": float,
               "share_of_target_quotes": float, "small_n": bool}
    _require(sentences, ["is_quote", "speaker", "speaker_camp"], "sentences")
    units = sentence_stances(stances, sentences, by=by, include_locative=include_locative)
    quoted = units.loc[units["is_quote"]]
    if quoted.empty:
        return _empty_frame(columns)
    quoted = quoted.assign(speaker_camp=[
        voice_bucket(c, s) for c, s in zip(quoted["speaker_camp"], quoted["speaker"])])
    rows: list[dict[str, Any]] = []
    for (source, camp, name), group in quoted.groupby(["source", "speaker_camp", by],
                                                      sort=True):
        scores = group["score"].to_numpy(dtype=float)
        low, high = bootstrap_mean_ci(scores, n_boot=n_boot, seed=seed)
        rows.append({"source": source, "speaker_camp": camp, by: name, "n": len(scores),
                     "mean_score": float(scores.mean()), "ci_low": low, "ci_high": high})
    out = pd.DataFrame(rows)
    out["share_of_target_quotes"] = out["n"] / out.groupby(["source", by])["n"].transform("sum")
    out["small_n"] = out["n"] < min_n
    return out[list(columns)].astype({"n": "int64", "share_of_target_quotes": float,
                                      "small_n": bool})


# ---------------------------------------------------------------------------
# fair comparisons: framing over time
# ---------------------------------------------------------------------------


def stance_over_time(
    stances: pd.DataFrame,
    sentences: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    freq: str = "W",
    by: str = "camp",
    voice: Voice = "all",
    n_boot: int = 2000,
    seed: int = 0,
    min_n: int = 5,
    include_locative: bool = False,
) -> pd.DataFrame:
    """Mean stance per period x source x camp (or actor), with bootstrap 95% intervals.

    ``published`` of the articles table is parsed by :func:`parse_published`, so ISO
    dates, timestamps with offsets, RFC-822 feed dates and ``dd.mm.yyyy`` (day first) all
    work and anything unparseable counts as *no date*; a sentence takes its article's date.
    ``freq`` is a pandas period alias: ``"D"`` (day), ``"W"`` (week, Monday
    to Sunday) or ``"M"`` (month); ``period`` is the period's first day
    (tz-naive, UTC).  Summaries as in :func:`stance_by_source_actor` (one
    voice; percentile bootstrap over sentences, each group seeded ``seed``).

    Columns: period, source, ``by``, voice, n, mean_score, ci_low, ci_high,
    share_negative, share_neutral, share_positive, small_n; sorted by
    (period, source, by).  Articles without a usable date are not dropped
    silently: ``out.attrs["undated"]`` is a DataFrame (source, n_articles,
    n_sentences: content sentences that mention the actor/camp) of what was
    left out, and ``out.attrs["n_undated_articles"]`` their total.  Raises
    KeyError when ``articles`` lacks ``doc_id`` or ``published``.
    """
    _check_min_n(min_n)
    if voice not in VOICES:
        raise ValueError(f"voice must be one of {VOICES}, got {voice!r}")
    if freq not in ("D", "W", "M"):
        raise ValueError(f"freq must be 'D', 'W' or 'M', got {freq!r}")
    _require(articles, ["doc_id", "published"], "articles")
    dates = articles[["doc_id", "published"]].copy()
    dates["doc_id"] = dates["doc_id"].astype(str)
    dates["date"] = parse_published(dates["published"])
    dates = dates.drop_duplicates("doc_id")
    units = _select_voices(
        sentence_stances(stances, sentences, by=by, include_locative=include_locative), voice)
    units = units.merge(dates[["doc_id", "date"]], on="doc_id", how="left")
    undated = units.loc[units["date"].isna()]
    undated_docs = dates.loc[dates["date"].isna(), "doc_id"]
    sources = content_sentences(sentences).drop_duplicates("doc_id").set_index("doc_id")["source"]
    missing_docs = pd.DataFrame({"doc_id": undated_docs}).assign(
        source=lambda d: d["doc_id"].map(sources)).dropna(subset=["source"])
    # articles in the sentences table but absent from the articles table have no date either
    unknown = sorted(set(sources.index) - set(dates["doc_id"]))
    missing_docs = pd.concat([missing_docs, pd.DataFrame(
        {"doc_id": unknown, "source": [sources[d] for d in unknown]})], ignore_index=True)
    report = (missing_docs.groupby("source", sort=True).size().rename("n_articles").to_frame()
              .join(undated.groupby("source").size().rename("n_sentences"), how="outer")
              .fillna(0).astype("int64").reset_index())
    dated = units.loc[units["date"].notna()].copy()
    period_freq = {"D": "D", "W": "W-SUN", "M": "M"}[freq]
    dated["period"] = (dated["date"].dt.tz_convert(None).dt.to_period(period_freq)
                       .dt.start_time)
    dated = dated.sort_values([*_KEY, by], kind="mergesort")
    group_cols = ["period", "source", by, "voice"]
    if dated.empty:
        out = _empty_frame({"period": "datetime64[ns]", "source": object, by: object,
                            "voice": object, "n": "int64", "mean_score": float,
                            "ci_low": float, "ci_high": float,
                            **{c: float for c in _SHARE_COLUMNS}, "small_n": bool})
    else:
        out = _summarise(dated, group_cols, n_boot=n_boot, seed=seed, min_n=min_n)
    out.attrs["undated"] = report
    out.attrs["n_undated_articles"] = int(len(missing_docs))
    out.attrs["freq"] = freq
    return out


# ---------------------------------------------------------------------------
# fair comparisons: same-event comparisons (stories)
# ---------------------------------------------------------------------------

#: Cosine distance (1 - cosine similarity of normalised title + lead embeddings) below which
#: articles join one story under average linkage.  Chosen on the synthetic multi-story corpus
#: (``python -m analysis.bench make-corpus``) and the seeds: with all-MiniLM-L6-v2, two
#: articles on one event by different outlets sit at a median 0.28 (seeds: 0.23-0.38; at most
#: 0.7 between two wordings), articles on different events of the same war at a median 0.7.
STORY_DISTANCE = 0.6
#: Articles more than this many days apart never share a story (when both have a date).
STORY_WINDOW_DAYS = 7
#: Body sentences after the title that make an article's "lead" for story grouping.
LEAD_SENTENCES = 3
#: Distances are rounded to this many decimals before clustering, so float noise of another
#: machine (1e-6) cannot reorder merges; ties are then broken by article order.
STORY_DECIMALS = 3
# Distance given to a pair of articles outside the date window: above any cosine distance of
# normalised vectors (at most 2), so average linkage keeps such pairs apart.
_FAR = 4.0


def story_texts(articles: pd.DataFrame, sentences: pd.DataFrame, *,
                lead_sentences: int = LEAD_SENTENCES) -> pd.DataFrame:
    """The text each article is grouped by: its title plus its lead, with its date.

    One row per article of the sentences table that has content sentences (duplicates
    left out, as everywhere in this module): doc_id, source, title (from ``articles``,
    else the first ``title`` row of the sentences table, else ""), lead (the first
    ``lead_sentences`` body sentences), text (title and lead joined), date (parsed
    ``published``, NaT when missing).  Sorted by doc_id.
    """
    _require(articles, ["doc_id"], "articles")
    sents = content_sentences(sentences)
    lead = (sents.groupby("doc_id", sort=True)
            .agg(source=("source", "first"),
                 lead=("text", lambda t: " ".join(list(t)[:lead_sentences]))))
    meta = articles.copy()
    meta["doc_id"] = meta["doc_id"].astype(str)
    meta = meta.drop_duplicates("doc_id").set_index("doc_id")
    titles = (_text_column(meta["title"]) if "title" in meta.columns
              else pd.Series("", index=meta.index))
    heads = sentences.loc[sentences["kind"].astype(str) == "title"]
    head_titles = (_norm_key(heads, "sentences").sort_values(_KEY).drop_duplicates("doc_id")
                   .set_index("doc_id")["text"].astype(str)) if len(heads) else pd.Series(
        dtype=object)
    out = lead.reset_index()
    title = out["doc_id"].map(titles).fillna("").astype(str).str.strip()
    title = title.where(title.ne(""), out["doc_id"].map(head_titles).fillna("").astype(str))
    out["title"] = title
    out["text"] = [f"{t}. {lead_}" if t else lead_ for t, lead_ in zip(title, out["lead"])]
    published = (meta["published"] if "published" in meta.columns
                 else pd.Series(pd.NA, index=meta.index, dtype="string"))
    # Parsed over every article, then picked: slashed dates are read one way per column, and
    # the date that decides which way may belong to an article without a lead.
    out["date"] = out["doc_id"].map(parse_published(published.astype("string")))
    return out[["doc_id", "source", "title", "lead", "text", "date"]]


def embed_texts(texts: Sequence[str], *, batch_size: int = 32, max_length: int = 256
                ) -> np.ndarray:
    """Sentence embeddings from the packaged encoder (all-MiniLM-L6-v2): mean pooling of the
    last hidden states over the tokens, L2-normalised, float64 array of shape
    (len(texts), 384); see :func:`analysis.models.embed_sentences` (the ONNX graph by default,
    torch as the fallback; repeatable on one machine)."""
    from .models import embed_sentences

    return embed_sentences(texts, batch_size=batch_size, max_length=max_length)


def story_distances(embeddings: np.ndarray, dates: Sequence[Any] | pd.Series | None = None, *,
                    window_days: float | None = STORY_WINDOW_DAYS,
                    decimals: int = STORY_DECIMALS) -> np.ndarray:
    """Pairwise distances for story grouping: cosine distance of the (re-normalised)
    embeddings, rounded to ``decimals``; pairs of dated articles more than ``window_days``
    apart get a distance above any cosine distance (undated articles have no window)."""
    x = np.asarray(embeddings, dtype=float)
    x = x / np.linalg.norm(x, axis=1, keepdims=True).clip(min=1e-12)
    dist = np.round(np.clip(1.0 - x @ x.T, 0.0, 2.0), decimals)
    np.fill_diagonal(dist, 0.0)
    dist = (dist + dist.T) / 2.0
    if dates is not None and window_days is not None:
        when = pd.to_datetime(pd.Series(list(dates)), utc=True, errors="coerce")
        days = ((when - pd.Timestamp(0, tz="UTC")).dt.total_seconds() / 86400.0).to_numpy()
        gap = np.abs(days[:, None] - days[None, :])
        dist[np.nan_to_num(gap, nan=0.0) > window_days] = _FAR
    return dist


def group_stories(
    articles: pd.DataFrame,
    sentences: pd.DataFrame,
    *,
    embeddings: np.ndarray | None = None,
    distance_threshold: float = STORY_DISTANCE,
    window_days: float | None = STORY_WINDOW_DAYS,
    lead_sentences: int = LEAD_SENTENCES,
    decimals: int = STORY_DECIMALS,
) -> pd.DataFrame:
    """Group articles into stories (events) across outlets.

    Each article is represented by its title + lead (:func:`story_texts`), embedded with the
    packaged sentence encoder (:func:`embed_texts`; or pass ``embeddings``, one row per
    article in doc_id order, e.g. in tests).  Articles are clustered by agglomerative
    clustering (scikit-learn ``AgglomerativeClustering``, average linkage on the precomputed
    distances of :func:`story_distances`; Manning, Raghavan & Schütze 2008, ch. 17): two
    groups merge while the mean cosine distance between their articles is below
    ``distance_threshold``.  With dates, articles more than ``window_days`` apart are kept
    apart (set to a distance above any cosine distance), so a later event with similar
    wording starts a new story; ``window_days=None`` switches the window off.  Distances are
    rounded to ``decimals`` so float noise cannot change a merge.

    Returns one row per article: doc_id, source, story (1, 2, ... numbered by first date,
    then first doc_id; undated stories after dated ones), title, date (UTC, NaT when
    missing), text (what was embedded); sorted by (story, date, doc_id).
    """
    from sklearn.cluster import AgglomerativeClustering

    texts = story_texts(articles, sentences, lead_sentences=lead_sentences)
    columns = ["doc_id", "source", "story", "title", "date", "text"]
    if texts.empty:
        return _empty_frame({"doc_id": object, "source": object, "story": "int64",
                             "title": object, "date": "datetime64[ns, UTC]", "text": object})
    if embeddings is None:
        embeddings = embed_texts(texts["text"].tolist())
    embeddings = np.asarray(embeddings, dtype=float)
    if embeddings.shape[0] != len(texts):
        raise ValueError(f"embeddings has {embeddings.shape[0]} rows for {len(texts)} articles "
                         "(one row per article, in doc_id order)")
    if len(texts) == 1:
        labels = np.zeros(1, dtype=int)
    else:
        dist = story_distances(embeddings, texts["date"], window_days=window_days,
                               decimals=decimals)
        labels = AgglomerativeClustering(n_clusters=None, metric="precomputed",
                                         linkage="average",
                                         distance_threshold=distance_threshold
                                         ).fit_predict(dist)
    texts["cluster"] = labels
    first = (texts.assign(_undated=texts["date"].isna())
             .groupby("cluster").agg(date=("date", "min"), doc=("doc_id", "min")))
    first["undated"] = first["date"].isna()
    first = first.sort_values(["undated", "date", "doc"], kind="mergesort")
    number = {cluster: i + 1 for i, cluster in enumerate(first.index)}
    texts["story"] = texts["cluster"].map(number).astype("int64")
    out = texts.sort_values(["story", "date", "doc_id"], kind="mergesort", na_position="last")
    return out[columns].reset_index(drop=True)


def story_table(stories: pd.DataFrame, sentences: pd.DataFrame | None = None, *,
                top_k: int = 6) -> pd.DataFrame:
    """One row per story of :func:`group_stories`: what it is about and who covered it.

    Columns: story, n_articles, n_outlets, outlets (comma-separated, sorted), first_date,
    last_date (dates as YYYY-MM-DD; "" when no article of the story has a date), top_terms
    (the ``top_k`` terms with the highest TF-IDF weight, comma-separated).  TF-IDF
    (scikit-learn ``TfidfVectorizer``, unigrams and bigrams, :data:`STOP_WORDS` removed,
    sublinear tf; Spärck Jones 1972, Salton & Buckley 1988) treats each story as one
    document: the titles + leads of its articles, plus all their body sentences when
    ``sentences`` is given, so a term scores high when it is frequent in the story and rare in
    the others.  Ties are broken alphabetically.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    columns = ["story", "n_articles", "n_outlets", "outlets", "first_date", "last_date",
               "top_terms"]
    if stories.empty:
        return _empty_frame({"story": "int64", "n_articles": "int64", "n_outlets": "int64",
                             "outlets": object, "first_date": object, "last_date": object,
                             "top_terms": object})
    docs = stories[["doc_id", "story", "text"]].copy()
    if sentences is not None:
        body = (content_sentences(sentences).groupby("doc_id", sort=True)["text"]
                .agg(" ".join))
        docs["text"] = docs["text"] + " " + docs["doc_id"].map(body).fillna("")
    per_story = docs.groupby("story", sort=True)["text"].agg(" ".join)
    vectorizer = TfidfVectorizer(tokenizer=tokenize, preprocessor=None, lowercase=False,
                                 token_pattern=None, stop_words=sorted(STOP_WORDS),
                                 ngram_range=(1, 2), sublinear_tf=True)
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "stop_words may be inconsistent" (tokenizer is ours)
        try:
            weights = vectorizer.fit_transform(per_story.tolist()).toarray()
            vocabulary = vectorizer.get_feature_names_out()
        except ValueError:  # no term at all
            weights, vocabulary = np.zeros((len(per_story), 0)), np.array([], dtype=object)
    rows = []
    for i, story in enumerate(per_story.index):
        group = stories.loc[stories["story"] == story]
        w = np.round(weights[i], 9)
        order = sorted((j for j in range(len(vocabulary)) if w[j] > 0),
                       key=lambda j: (-w[j], vocabulary[j]))[:top_k]
        dates = group["date"].dropna()
        rows.append({"story": int(story), "n_articles": len(group),
                     "n_outlets": group["source"].nunique(),
                     "outlets": ", ".join(sorted(group["source"].astype(str).unique())),
                     "first_date": dates.min().strftime("%Y-%m-%d") if len(dates) else "",
                     "last_date": dates.max().strftime("%Y-%m-%d") if len(dates) else "",
                     "top_terms": ", ".join(str(vocabulary[j]) for j in order)})
    return pd.DataFrame(rows, columns=columns).astype(
        {"story": "int64", "n_articles": "int64", "n_outlets": "int64"})


def stance_by_story(
    stances: pd.DataFrame,
    sentences: pd.DataFrame,
    stories: pd.DataFrame,
    *,
    by: str = "actor",
    voice: Voice = "all",
    n_boot: int = 2000,
    seed: int = 0,
    min_n: int = 5,
    include_locative: bool = False,
) -> pd.DataFrame:
    """Stance by story x outlet x actor (or camp): outlets compared on the same events.

    For every story of :func:`group_stories`, every actor (or camp) mentioned in the story
    and *every* outlet of the corpus, one row.  Outlets with an article in the story have
    ``covered`` true and the summary of their sentences in it (units of
    :func:`sentence_stances`, one voice; n, mean_score, bootstrap interval seeded ``seed``
    per group, share of each label, small_n) -- n = 0 and NaN summaries when they covered
    the story without mentioning the actor.  Outlets without an article in the story have
    ``covered`` false and NaN summaries (n = 0): not covering a story is not neutrality,
    and nothing downstream may read it as 0.

    Columns: story, source, ``by``, voice, covered, n, mean_score, ci_low, ci_high,
    share_negative, share_neutral, share_positive, small_n; sorted by (story, by, source).
    """
    _check_min_n(min_n)
    if voice not in VOICES:
        raise ValueError(f"voice must be one of {VOICES}, got {voice!r}")
    _require(stories, ["doc_id", "story"], "stories")
    columns = ["story", "source", by, "voice", "covered", *_SUMMARY_COLUMNS]
    story_of = stories.assign(doc_id=stories["doc_id"].astype(str)).set_index("doc_id")["story"]
    units = _select_voices(
        sentence_stances(stances, sentences, by=by, include_locative=include_locative), voice)
    units = units.assign(story=units["doc_id"].map(story_of)).dropna(subset=["story"])
    units["story"] = units["story"].astype("int64")
    summary = _summarise(units.sort_values([*_KEY, by], kind="mergesort"),
                         ["story", "source", by, "voice"], n_boot=n_boot, seed=seed,
                         min_n=min_n)
    all_sources = sorted(content_sentences(sentences)["source"].unique())
    covered = set(zip(stories["story"].astype("int64"), stories["source"].astype(str)))
    frame = []
    for story, group in units.groupby("story", sort=True):
        for name in sorted(group[by].unique()):
            for source in all_sources:
                frame.append({"story": int(story), "source": source, by: name, "voice": voice,
                              "covered": (int(story), source) in covered})
    if not frame:
        return _empty_frame({c: ("int64" if c in ("story", "n") else bool if c in
                                 ("covered", "small_n") else object if c in
                                 ("source", by, "voice") else float) for c in columns})
    out = pd.DataFrame(frame).merge(summary, on=["story", "source", by, "voice"], how="left")
    out["n"] = out["n"].fillna(0).astype("int64")
    out["small_n"] = out["small_n"].astype("boolean").fillna(False).astype(bool) & out["covered"]
    out = out.sort_values(["story", by, "source"], kind="mergesort").reset_index(drop=True)
    return out[columns]


def story_weighted_stance(by_story: pd.DataFrame, *, min_n: int = 1) -> pd.DataFrame:
    """Each outlet's stance toward each actor (or camp) pooled over stories, each story
    weighing equally: the mean of its per-story means (:func:`stance_by_story`) over the
    stories in which it has at least ``min_n`` sentences about the actor.  An outlet that
    covered five battle stories and one grain-deal story does not count the battles five
    times.  Stories it did not cover do not enter (they are not neutral).

    Columns: source, ``by``, voice, n_stories, n (sentences), mean_score (story-weighted),
    sentence_weighted (the ordinary pooled mean over the same sentences, for contrast);
    sorted by (by, source).
    """
    _check_min_n(min_n)
    entity = _entity_column_of(by_story)
    columns = ["source", entity, "voice", "n_stories", "n", "mean_score", "sentence_weighted"]
    rows = by_story.loc[by_story["covered"] & (by_story["n"] >= max(1, min_n))]
    if rows.empty:
        return _empty_frame({"source": object, entity: object, "voice": object,
                             "n_stories": "int64", "n": "int64", "mean_score": float,
                             "sentence_weighted": float})
    out = (rows.assign(_weighted=rows["mean_score"] * rows["n"])
           .groupby(["source", entity, "voice"], sort=True)
           .agg(n_stories=("story", "nunique"), n=("n", "sum"), mean_score=("mean_score", "mean"),
                _weighted=("_weighted", "sum"))
           .reset_index())
    out["sentence_weighted"] = out["_weighted"] / out["n"]
    out = out.sort_values([entity, "source"], kind="mergesort").reset_index(drop=True)
    return out[columns].astype({"n_stories": "int64", "n": "int64"})


def camp_voice_shares_by_story(sentences: pd.DataFrame, stories: pd.DataFrame, *,
                               partial: bool = True) -> pd.DataFrame:
    """The share of each camp's voice per story and outlet: :func:`camp_voice_shares` within
    each story of :func:`group_stories` (quoted sentences as there: partial quotes with a
    speaker count unless ``partial`` is false).

    For every story with at least one quoted sentence, every camp quoted in it (by any outlet;
    quotes without a camp in :data:`NO_SPEAKER` / :data:`UNREGISTERED`, :func:`voice_bucket`)
    and *every* outlet of the corpus, one row.  ``covered`` is false for an outlet without an
    article in the story: n_quoted 0 and both shares NaN -- not covering a story is not giving
    a camp no voice.  An outlet that covered the story but quoted nobody in it has
    share_of_story_quotes NaN (no quotes to share out) and share_of_story_sentences 0.

    Columns: story, source, speaker_camp, covered, n_quoted (the outlet's quoted sentences in
    the story spoken by the camp), n_story_quotes (all its quoted sentences in the story),
    share_of_story_quotes (n_quoted / n_story_quotes), share_of_story_sentences (n_quoted over
    the outlet's content sentences in the story: how much of its text of that story the camp
    speaks); sorted by (story, source, speaker_camp).
    """
    _require(stories, ["doc_id", "story", "source"], "stories")
    columns = {"story": "int64", "source": object, "speaker_camp": object, "covered": bool,
               "n_quoted": "int64", "n_story_quotes": "int64",
               "share_of_story_quotes": float, "share_of_story_sentences": float}
    sents = content_sentences(sentences)
    _require(sents, ["is_quote", "speaker", "speaker_camp"], "sentences")
    all_sources = sorted(sents["source"].astype(str).unique())
    story_of = stories.assign(doc_id=stories["doc_id"].astype(str)).set_index("doc_id")["story"]
    sents = sents.assign(story=sents["doc_id"].astype(str).map(story_of)).dropna(
        subset=["story"])
    sents["story"] = sents["story"].astype("int64")
    totals = sents.groupby(["story", "source"]).size()
    quoted = sents.loc[_voiced(sents, partial)]
    if quoted.empty:
        return _empty_frame(columns)
    quoted = quoted.assign(speaker_camp=[
        voice_bucket(c, s) for c, s in zip(quoted["speaker_camp"], quoted["speaker"])])
    counts = quoted.groupby(["story", "source", "speaker_camp"]).size()
    quotes_total = quoted.groupby(["story", "source"]).size()
    covered = set(zip(stories["story"].astype("int64"), stories["source"].astype(str)))
    rows = []
    for story, group in quoted.groupby("story", sort=True):
        story = int(story)
        for source in all_sources:
            is_covered = (story, source) in covered
            n_total = int(quotes_total.get((story, source), 0))
            n_sentences = int(totals.get((story, source), 0))
            for camp in sorted(group["speaker_camp"].unique()):
                n = int(counts.get((story, source, camp), 0)) if is_covered else 0
                rows.append({
                    "story": story, "source": source, "speaker_camp": camp,
                    "covered": is_covered, "n_quoted": n,
                    "n_story_quotes": n_total if is_covered else 0,
                    "share_of_story_quotes": n / n_total if is_covered and n_total else np.nan,
                    "share_of_story_sentences": (n / n_sentences if is_covered and n_sentences
                                                 else np.nan)})
    return pd.DataFrame(rows, columns=list(columns)).astype(columns)


def _entity_column_of(df: pd.DataFrame) -> str:
    for column in ("actor", "camp"):
        if column in df.columns:
            return column
    raise KeyError(f"expected an 'actor' or 'camp' column, got {list(df.columns)}")


def sign_flip_test(differences: Sequence[float] | np.ndarray, *, n_permutations: int = 10_000,
                   seed: int = 0) -> float:
    """Two-sided paired permutation (sign-flip) test that the mean of ``differences`` is 0.

    Under the null each difference is as likely positive as negative (Fisher 1935; Good
    2005): every one of the 2^k sign patterns is enumerated when 2^k <= ``n_permutations``
    (exact p, the share of patterns whose |mean| >= the observed one), else
    ``n_permutations`` random patterns are drawn (seeded) and p = (1 + hits) / (1 + n)
    (Phipson & Smyth 2010).  Means equal up to 1e-12 count as hits.  NaN when empty.
    """
    from itertools import product

    d = np.asarray(differences, dtype=float)
    if d.size == 0:
        return float("nan")
    observed = abs(d.mean()) - 1e-12
    if 2 ** d.size <= n_permutations:
        signs = np.array(list(product((1.0, -1.0), repeat=d.size)))
        return float(np.mean(np.abs(signs @ d / d.size) >= observed))
    rng = np.random.default_rng(seed)
    signs = rng.choice((-1.0, 1.0), size=(n_permutations, d.size))
    hits = int((np.abs(signs @ d / d.size) >= observed).sum())
    return (1 + hits) / (1 + n_permutations)


def compare_within_stories(
    by_story: pd.DataFrame,
    *,
    min_n: int = 1,
    n_permutations: int = 10_000,
    n_boot: int = 2000,
    seed: int = 0,
    correction: str = "holm",
    alpha: float = 0.05,
) -> pd.DataFrame:
    """Do two outlets frame an actor differently *on the same events*?  Every pair, tested.

    From :func:`stance_by_story`: for each actor (or camp) and pair of outlets (``source_a <
    source_b``), the stories both covered with at least ``min_n`` sentences each about the
    actor.  ``difference`` is the mean over those stories of (mean_a - mean_b) in the story
    -- each story weighs equally, however many sentences it has; ``mean_a`` / ``mean_b`` are
    the two outlets' story-weighted means over the same stories.  Interval: percentile
    bootstrap over the shared stories (``n_boot``, seeded ``seed``); p-value: the sign-flip
    test (:func:`sign_flip_test`); ``p_adjusted`` corrected over all rows (``"holm"``, Holm
    1979, or ``"bh"``); ``significant`` = p_adjusted <= alpha.  With one shared story the
    smallest possible p is 1: one event cannot show a difference of outlets.

    Columns: ``by``, source_a, source_b, voice, n_stories, mean_a, mean_b, difference,
    ci_low, ci_high, p_value, p_adjusted, significant; sorted by (by, source_a, source_b).
    """
    _check_min_n(min_n)
    from itertools import combinations

    if correction not in CORRECTIONS:
        raise ValueError(f"correction must be one of {CORRECTIONS}, got {correction!r}")
    entity = _entity_column_of(by_story)
    columns = {entity: object, "source_a": object, "source_b": object, "voice": object,
               "n_stories": "int64", "mean_a": float, "mean_b": float, "difference": float,
               "ci_low": float, "ci_high": float, "p_value": float, "p_adjusted": float,
               "significant": bool}
    usable = by_story.loc[by_story["covered"] & (by_story["n"] >= max(1, min_n))]
    rows: list[dict[str, Any]] = []
    for name, group in usable.groupby(entity, sort=True):
        wide = group.pivot(index="story", columns="source", values="mean_score")
        voice = str(group["voice"].iloc[0])
        for src_a, src_b in combinations(sorted(wide.columns), 2):
            pair = wide[[src_a, src_b]].dropna()
            if pair.empty:
                continue
            a = pair[src_a].to_numpy(dtype=float)
            b = pair[src_b].to_numpy(dtype=float)
            d = a - b
            rng = np.random.default_rng(seed)
            boot = d[rng.integers(0, d.size, size=(n_boot, d.size))].mean(axis=1)
            low, high = np.percentile(boot, [2.5, 97.5])
            rows.append({entity: name, "source_a": src_a, "source_b": src_b, "voice": voice,
                         "n_stories": int(d.size), "mean_a": float(a.mean()),
                         "mean_b": float(b.mean()), "difference": float(d.mean()),
                         "ci_low": float(low), "ci_high": float(high),
                         "p_value": sign_flip_test(d, n_permutations=n_permutations,
                                                   seed=seed)})
    if not rows:
        return _empty_frame(columns)
    out = pd.DataFrame(rows)
    out["p_adjusted"] = _adjust(out["p_value"].to_numpy(dtype=float), correction)
    out["significant"] = out["p_adjusted"] <= alpha
    return out[list(columns)].astype({"n_stories": "int64", "significant": bool})
