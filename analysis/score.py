"""Score a corpus: the sentence table and the (sentence × actor) stance table.

``score_corpus`` runs the whole pipeline — load, segment, attribute quotes, find mentions, score
stance per mention and sentiment per sentence — and returns a :class:`ScoredCorpus`; its
``save`` writes the CSVs that ``python -m analysis score`` produces. Output is deterministic:
rows sorted, floats rounded, no timestamps or absolute paths.
"""

from __future__ import annotations

import io
import re
import unicodedata
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from .actors import Registry

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT / "seeds"
#: Where the seed corpus's tables, figures and report are committed (``make report``).
DEFAULT_FIGURES = REPO_ROOT / "figures"


def is_seed_corpus(corpus: Path | str | pd.DataFrame, actors: object = None) -> bool:
    """Whether ``corpus`` is the shipped seed corpus read with the shipped actor registry (the
    only corpus the committed outputs and the hand-written seed readings describe)."""
    return (not isinstance(corpus, pd.DataFrame) and actors is None
            and Path(corpus).resolve() == DEFAULT_CORPUS.resolve())
FLOAT_DECIMALS = 6
#: Floats of two runs that differ by less than this are the same number. Model probabilities
#: computed on another CPU differ in the sixth decimal; every figure a reader sees shows at most
#: three decimals. See README, "What may differ between machines".
FLOAT_TOLERANCE = 5e-5

SENTENCE_COLUMNS = ["doc_id", "source", "sentence_id", "paragraph_id", "start", "end", "kind",
                    "reason", "text", "dateline", "is_quote", "speaker", "speaker_camp",
                    "speaker_status", "partial_quote"]
SENTIMENT_COLUMNS = ["sentiment_label", "sentiment_score", "p_negative", "p_neutral",
                     "p_positive", "vader_compound", "top_emotion"]
STANCE_COLUMNS = ["doc_id", "source", "sentence_id", "actor", "camp", "mention", "start", "end",
                  "locative", "stance_label", "p_negative", "p_neutral", "p_positive"]
ARTICLE_COLUMNS = ["doc_id", "source", "title", "url", "published", "author", "language", "path",
                   "encoding", "flags", "n_chars", "n_sentences", "n_mentions"]


@dataclass
class ScoredCorpus:
    """The scored tables of one corpus (see README, 'Data model')."""

    articles: pd.DataFrame
    sentences: pd.DataFrame
    stances: pd.DataFrame
    #: (read from the score cache, asked for) per cache table, for the run summary; empty when
    #: the cache was off or the tables were read back from disk.
    cache_stats: dict[str, tuple[int, int]] = field(default_factory=dict, repr=False)

    def save(self, out: Path | str) -> dict[str, Path]:
        """Write ``articles.csv``, ``sentences.csv`` and ``stances.csv`` into ``out``."""
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        paths = {}
        for name in ("articles", "sentences", "stances"):
            path = out / f"{name}.csv"
            write_table(getattr(self, name), path, float_columns=_float_columns(name))
            paths[name] = path
        return paths

    @classmethod
    def load(cls, folder: Path | str) -> "ScoredCorpus":
        """Read tables written by :meth:`save` back, with their dtypes."""
        folder = Path(folder)
        tables = {}
        for name in ("articles", "sentences", "stances"):
            path = folder / f"{name}.csv"
            if not path.is_file():
                raise FileNotFoundError(f"{path} not found: run `python -m analysis score` first")
            tables[name] = pd.read_csv(path, keep_default_na=False,
                                       na_values={c: [""] for c in _float_columns(name)},
                                       dtype={"doc_id": str, "source": str})
        return cls(**tables)


def tables_agree(old: pd.DataFrame, new: pd.DataFrame, float_columns: list[str], *,
                 atol: float = FLOAT_TOLERANCE) -> bool:
    """Whether two versions of a table say the same thing: the same columns and rows, every
    non-float cell equal, every float within ``atol`` (NaN where the other is NaN)."""
    if list(old.columns) != list(new.columns) or len(old) != len(new):
        return False
    for col in new.columns:
        a, b = old[col], new[col]
        if col in float_columns:
            x = pd.to_numeric(a, errors="coerce").to_numpy(dtype=float)
            y = pd.to_numeric(b, errors="coerce").to_numpy(dtype=float)
            if not np.allclose(x, y, rtol=0.0, atol=atol, equal_nan=True):
                return False
        elif not (a.astype(str).to_numpy() == b.astype(str).to_numpy()).all():
            return False
    return True


def write_table(df: pd.DataFrame, path: Path, *, float_columns: list[str]) -> bool:
    """Write ``df`` as CSV unless ``path`` already holds the same table up to float noise.

    Another machine computes the model probabilities with differences in the sixth decimal
    (float sums in another order); re-running the pipeline there must not rewrite a committed
    table over that noise. Returns whether the file was (re)written.
    """
    if path.is_file():
        try:
            old = pd.read_csv(path, keep_default_na=False, na_values={c: [""] for c in float_columns},
                              dtype=str)
        except (OSError, ValueError, pd.errors.ParserError):
            old = None
        fresh = pd.read_csv(io.StringIO(df.to_csv(index=False, lineterminator="\n")),
                            keep_default_na=False, na_values={c: [""] for c in float_columns},
                            dtype=str)
        if old is not None and tables_agree(old, fresh, float_columns):
            return False
    df.to_csv(path, index=False, lineterminator="\n")
    return True


def _float_columns(table: str) -> list[str]:
    if table == "sentences":
        return ["sentiment_score", "p_negative", "p_neutral", "p_positive", "vader_compound"]
    if table == "stances":
        return ["p_negative", "p_neutral", "p_positive"]
    return []


def _round(df: pd.DataFrame) -> pd.DataFrame:
    floats = df.select_dtypes(include="floating").columns
    df[floats] = df[floats].round(FLOAT_DECIMALS)
    return df


def score_stances(sentences: pd.DataFrame, mentions: pd.DataFrame, *,
                  batch_size: int | None = None, progress: bool = False,
                  cache: bool | None = None) -> pd.DataFrame:
    """Stance per (sentence, actor mention): mentions + stance_label and probabilities.

    With the score cache on (``cache=None``: unless ``NEWSSTANCE_NO_CACHE``), pairs scored before
    by the same stance artifact are read back instead of re-run (see :mod:`analysis.cache`).
    """
    from .cache import cache_enabled, cached_stance_scores
    from .stance import score_targets

    if mentions.empty:
        return pd.DataFrame({c: pd.Series(dtype=float if c.startswith("p_") else
                                          bool if c == "locative" else object)
                             for c in STANCE_COLUMNS})
    text = sentences.set_index(["doc_id", "sentence_id"])["text"]
    sentence_texts = [text.loc[(d, s)] for d, s in zip(mentions["doc_id"], mentions["sentence_id"])]
    spans = list(zip(mentions["start"].astype(int), mentions["end"].astype(int)))
    if cache_enabled(cache):
        scores = cached_stance_scores(sentence_texts, spans, lambda t, s: score_targets(
            t, s, batch_size=batch_size, progress=progress))
    else:
        scores = score_targets(sentence_texts, spans, batch_size=batch_size, progress=progress)
    out = mentions.reset_index(drop=True).copy()
    out["stance_label"] = scores["label"].to_numpy()
    for col in ("p_negative", "p_neutral", "p_positive"):
        out[col] = scores[col].to_numpy()
    return out[STANCE_COLUMNS]


def sentence_sentiment_scores(texts: list[str], *, batch_size: int | None = None
                              ) -> pd.DataFrame:
    """The :data:`SENTIMENT_COLUMNS` of each text, in input order (the model work)."""
    from .sentiment import score_emotions, score_sentiment

    tr = score_sentiment(texts, model="transformer", batch_size=batch_size)
    vd = score_sentiment(texts, model="vader")
    emo = score_emotions(texts)
    return pd.DataFrame({"sentiment_label": tr["label"].to_numpy(),
                         "sentiment_score": tr["score"].to_numpy(),
                         "p_negative": tr["p_negative"].to_numpy(),
                         "p_neutral": tr["p_neutral"].to_numpy(),
                         "p_positive": tr["p_positive"].to_numpy(),
                         "vader_compound": vd["score"].to_numpy(),
                         "top_emotion": _top_emotion(emo)})


def _top_emotion(emo: pd.DataFrame) -> np.ndarray:
    """Most probable emotion per row; "" for a row of NaN (no scorable text)."""
    top = pd.Series("", index=emo.index, dtype=object)
    scored = emo.notna().any(axis=1)
    top[scored] = emo[scored].idxmax(axis=1)
    return top.to_numpy()


def score_sentence_sentiment(sentences: pd.DataFrame, *, batch_size: int | None = None,
                             cache: bool | None = None) -> pd.DataFrame:
    """Sentiment columns for every scored row (body sentences, headings and titles:
    :data:`analysis.segment.SCORED_KINDS`); empty for boilerplate.

    With the score cache on, sentences scored before by the same models are read back.
    """
    from .cache import cache_enabled, cached_sentence_sentiment
    from .segment import SCORED_KINDS

    out = sentences.copy()
    for col in SENTIMENT_COLUMNS:
        out[col] = "" if col in ("sentiment_label", "top_emotion") else np.nan
    mask = out["kind"].isin(SCORED_KINDS).to_numpy()
    texts = out.loc[mask, "text"].tolist()
    if not texts:
        return out
    if cache_enabled(cache):
        scores = cached_sentence_sentiment(
            texts, lambda t: sentence_sentiment_scores(t, batch_size=batch_size))
    else:
        scores = sentence_sentiment_scores(texts, batch_size=batch_size)
    for col in SENTIMENT_COLUMNS:
        out.loc[mask, col] = scores[col].to_numpy()
    return out


def _article_summary(articles: pd.DataFrame, sentences: pd.DataFrame,
                     stances: pd.DataFrame) -> pd.DataFrame:
    out = articles.copy()
    out["n_chars"] = out["text"].str.len()
    # Body sentences and their mentions; the headline rows (title, headings) are not counted.
    body = sentences[sentences["kind"] == "sentence"]
    counts = body.groupby("doc_id").size()
    out["n_sentences"] = out["doc_id"].map(counts).fillna(0).astype(int)
    in_body = stances.merge(body[["doc_id", "sentence_id"]], on=["doc_id", "sentence_id"])
    mentions = in_body.groupby("doc_id").size()
    out["n_mentions"] = out["doc_id"].map(mentions).fillna(0).astype(int)
    for col in ARTICLE_COLUMNS:
        if col not in out:
            out[col] = ""
    return out[ARTICLE_COLUMNS]


#: A body "sentence" longer than this (characters) is text without sentence ends.
RUN_ON_CHARS = 1500


def _warn_run_on_sentences(sentences: pd.DataFrame) -> None:
    """One warning naming the articles whose body has "sentences" over :data:`RUN_ON_CHARS`:
    each counts as one sentence (one unit of every comparison) however many actors it names."""
    if sentences.empty or "kind" not in sentences:
        return
    lengths = sentences["text"].astype(str).str.len()
    long = sentences.loc[(sentences["kind"] == "sentence") & (lengths > RUN_ON_CHARS)]
    if long.empty:
        return
    from .corpus import CorpusWarning

    shown = ", ".join(f"{d!r} ({n:,} characters)" for d, n in
                      zip(long["doc_id"][:5], lengths[long.index][:5]))
    warnings.warn(f"{len(long)} sentence(s) over {RUN_ON_CHARS:,} characters: {shown}"
                  f"{', ...' if len(long) > 5 else ''}; the text has no sentence ends there, so "
                  f"each is one sentence in every comparison (add the full stops, or check how "
                  f"the text was extracted)", CorpusWarning, stacklevel=3)


def annotate_articles(articles: pd.DataFrame, registry) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The model-free stages: segment, attribute quotes, find actor mentions.

    Returns (sentences with the quote columns, mentions). Every stage works article by article,
    so any split of ``articles`` gives the same rows.
    """
    from .actors import find_mentions
    from .quotes import attribute_quotes
    from .segment import segment_corpus

    sentences = segment_corpus(articles, registry)
    sentences = attribute_quotes(sentences, articles, registry)
    return sentences, find_mentions(sentences, registry)


#: ``reason`` of a title row.
TITLE_REASON = "title"
#: ``sentence_id``, ``paragraph_id``, ``start`` and ``end`` of a title row that is not part of
#: the article text: before every body row, and pointing nowhere into the text.
TITLE_POSITION = -1


#: Rows at the top of an article searched for a repeat of its title: a byline or a timestamp
#: ("By Jane Doe", "Updated 11:05 am ET") may come before the headline. Boilerplate rows are
#: not counted: a press statement's letterhead, type line, reference and dateline stand over
#: its headline (a Libya newcomer's UNSMIL statement had the headline counted twice, as the
#: title and as a heading in its fifth row).
TITLE_SEARCH_ROWS = 3
# Typographic and straight forms of one quote mark: a page's <title> and its <h1> often differ
# only there ("Russia's" and "Russia’s").
_QUOTE_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'",
                             "`": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
                             "\u00ab": '"', "\u00bb": '"'})
# A site or section name after the headline, as <title> elements and exports add it
# ("… | Outlet", "… - Outlet", "… | World | Outlet"): the last separator and a short name.
_NAME_SEPARATOR = re.compile(r"\s+[|\u2013\u2014-]\s+")
#: A name removed after a title has at most this many words, and what stays at least
#: :data:`TITLE_MIN_WORDS`: "Ukraine - the view from Kyiv" is a headline, not "Ukraine" + a site.
SITE_NAME_MAX_WORDS = 4
TITLE_MIN_WORDS = 3


def _headline_key(text: str) -> str:
    """``text`` as compared with a title: compatibility forms and quote marks folded, invisible
    characters and whitespace runs gone, case folded, end punctuation dropped."""
    from .corpus import remove_invisible

    text = remove_invisible(unicodedata.normalize("NFKC", text)).translate(_QUOTE_FOLD)
    return " ".join(text.split()).casefold().rstrip(" .!?:;\u2026")


def _words(text: str) -> int:
    return sum(any(ch.isalnum() for ch in word) for word in text.split())


# Words a site or section name may hold in lower case ("Voice of America", "World news",
# "Russia-Ukraine war News").
_NAME_SMALL_WORDS = frozenset({"a", "an", "and", "at", "de", "for", "in", "of", "on", "the",
                               "news", "world", "live", "latest", "updates", "politics",
                               "opinion", "business", "europe", "video", "war"})
_DOMAIN = re.compile(r"\.(?:com|org|net|co\.uk|co|uk|ua|ru|de|fr|eu|info|news)$")


def _looks_like_a_name(text: str) -> bool:
    """Every word capitalised but the small ones: "The Kyiv Independent", "World", not
    "Kherson falls" (the end of a headline after a dash)."""
    return all(not any(ch.isalpha() for ch in word) or word[:1].isupper() or word.isupper()
               or word.casefold() in _NAME_SMALL_WORDS for word in text.split())


def _without_site_names(title: str, source: str = "") -> list[tuple[str, bool]]:
    """``title`` with one, then two, … site or section names cut from its end ("Russia's army
    retreats | World | Outlet" → "… | World", "Russia's army retreats"), each with whether a
    name cut so far is the article's ``source``. A cut stops at a long name, at a short
    headline left, and at a name in lower case that is not the source."""
    source_key = _outlet_key(source) if isinstance(source, str) else ""
    shorter, end, is_source = [], len(title), False
    for separator in reversed(list(_NAME_SEPARATOR.finditer(title))):
        kept, name = title[:separator.start()], title[separator.end():end]
        if _words(name) > SITE_NAME_MAX_WORDS or _words(kept) < TITLE_MIN_WORDS:
            break
        # Only the name that is the source skips the name check, not the ones before it.
        names_source = bool(source_key) and _same_outlet(_outlet_key(name), source_key)
        if not names_source and not _looks_like_a_name(name):
            break
        is_source = is_source or names_source
        shorter.append((kept, is_source))
        end = separator.start()
    return shorter


def _outlet_key(name: str) -> str:
    """An outlet's name compared loosely: "The Guardian" and "guardian", "Reuters.com" and
    "Reuters"."""
    key = _DOMAIN.sub("", _headline_key(name).removeprefix("www."))
    return key.removeprefix("the ").strip()


def _same_outlet(a: str, b: str) -> bool:
    """Whether two outlet keys name one outlet: equal, or one the start of the other ("al
    jazeera" and "al jazeera english")."""
    return bool(a and b) and (a == b or a.startswith(b + " ") or b.startswith(a + " "))


#: A letterhead over the headline: at least this many of its lines.
MIN_LETTERHEAD_LINES = 2


def _letterhead_headings(ordered: pd.DataFrame) -> pd.Series:
    """Which of the (doc, sentence ordered) rows are heading rows of a letterhead's line
    (:func:`analysis.segment.is_letterhead_line`) at the article's top, with only boilerplate
    or such lines before them; the title search does not count them, as it counts no
    boilerplate ("HEADQUARTERS" / "WESTERN MINDANAO COMMAND" / "ARMED FORCES OF THE
    PHILIPPINES" over a Philippines newcomer's release headline put it past the search)."""
    from .segment import is_letterhead_line

    line = (ordered["kind"] == "heading") & ordered["text"].astype(str).map(is_letterhead_line)
    top = (line | (ordered["kind"] == "boilerplate")).astype(int)
    return line & top.groupby(ordered["doc_id"], sort=False).cumprod().astype(bool)


def _letterhead_over(leading: list, at: object, letterhead: pd.Series) -> list:
    """The letterhead's lines (``letterhead``) among the ``leading`` rows before the title's
    row ``at``, when there are :data:`MIN_LETTERHEAD_LINES` or more: with the headline
    confirmed under them by the manifest's title they are the letterhead, as over a release's
    type line (the segmenter, which lacks the title, keeps such lines over a story headings)."""
    over = [i for i in leading[:leading.index(at)] if letterhead.get(i, False)]
    return over if len(over) >= MIN_LETTERHEAD_LINES else []


def _title_row(sentences: pd.DataFrame, leading: list, title: str, source: str = ""
               ) -> list | None:
    """The indexes of the first of an article's ``leading`` rows that repeat ``title`` (one
    row, or a line the segmenter cut into consecutive rows of one paragraph), or ``None``.
    The title as given is looked for first, then forms without the site names after it
    ("… | Outlet"): in any row when a name cut is the article's ``source``, else only in a
    heading, the form a page's own headline takes. Punctuation between words is not compared
    (a manifest's "…: Kigali warns" is the text's "…, Kigali Warns"). Each search ends at the
    first body sentence that does not match (the body has begun)."""
    forms = [(_headline_key(title), True)]
    forms += [(_headline_key(kept), is_source)
              for kept, is_source in _without_site_names(title, source)]
    forms += [(_headline_key(rest), False) for rest in _without_programme_name(title)]
    for key, any_kind in forms:
        loose = _loose_key(key)
        for n, at in enumerate(leading):
            row_kind = sentences.at[at, "kind"]
            row_key = _headline_key(str(sentences.at[at, "text"]))
            if (any_kind or row_kind == "heading") and key and _loose_key(row_key) == loose:
                return [at]
            if row_kind == "heading" and key and (_title_with_tail(row_key, key)
                                                 or _title_with_rubric(row_key, key)
                                                 or _title_with_tail(key, row_key,
                                                                     _LIVE_TAIL_WORDS)):
                # the page's headline with a tail or a rubric of its own, or the title with a
                # tail the page's headline lacks ("… – as it happened" in a manifest)
                return [at]
            if row_kind != "boilerplate" and key and _title_with_rubric(row_key, key, True):
                # the title quoted after a rubric or the document's word, which the quotation
                # marks make a sentence ('Transcript: "Is Cabo Delgado safe enough for
                # TotalEnergies?"', a Mozambique newcomer's DW page: its headline counted
                # twice, once as body text)
                return [at]
            if any_kind and loose:
                # "Analysis: Who won the four-day war? Both sides claim victory, but …": one
                # line the segmenter cut in two
                rows = [at]
                for after in leading[n + 1:]:
                    if sentences.at[after, "paragraph_id"] != sentences.at[at, "paragraph_id"]:
                        break
                    rows.append(after)
                    joined = " ".join(str(sentences.at[r, "text"]) for r in rows)
                    if _loose_key(_headline_key(joined)) == loose:
                        return rows
            if row_kind == "sentence":
                break
    return None


# A programme's or rubric's name before a colon opening a manifest's title ("Cameroon Calling:
# The situation in the North-West and South-West").
_TITLE_PROGRAMME = re.compile(r"(?P<name>[^|:\u2013\u2014]{1,40}?):\s+(?P<rest>.+)")


def _without_programme_name(title: str) -> list[str]:
    """The title without a name of at most :data:`RUBRIC_MAX_WORDS` words before a colon
    opening it, which the page's own line may leave out: a Cameroon newcomer's CRTV transcript,
    titled "Cameroon Calling: The situation in the North-West and South-West" in its manifest,
    printed 'Transcript – "The situation in the North-West and South-West"', a heading beside
    the added title row. Only a heading, or the title quoted after a rubric, is matched with
    it (:func:`_title_row`), and the rest must be a headline's length."""
    m = _TITLE_PROGRAMME.fullmatch(title.strip())
    if m is None or not 0 < _words(m["name"]) <= RUBRIC_MAX_WORDS \
            or _words(m["rest"]) < TITLE_MIN_WORDS:
        return []
    return [m["rest"]]


def _loose_key(key: str) -> str:
    """A :func:`_headline_key` with the punctuation between its words gone."""
    return " ".join(re.findall(r"\w+", key))


# A rubric before a headline: "Opinion | …", "Analysis: …", "EXCLUSIVE – …", "ANALYSIS-…".
_RUBRIC = re.compile(r"(?P<rubric>[^|:\u2013\u2014]{1,40}?)(?:\s+[|\u2013\u2014-]\s+|:\s+)"
                     r"|(?P<glued>analysis|exclusive|update|factbox|explainer|insight|column|"
                     r"breaking)-")  # Reuters' "ANALYSIS-…", folded to lower case
RUBRIC_MAX_WORDS = 3


def _before_quoted_title(heading: str, title: str) -> str | None:
    """What comes before ``title`` when a heading (as :func:`_headline_key` gives it) ends
    with it in quotation marks ('transcript: "is cabo delgado safe enough for
    totalenergies?"': the quoted title's own end punctuation is inside the marks), else
    None."""
    for mark in "\"'":
        inner = heading[:-1].rstrip(" .!?:;\u2026") if heading.endswith(mark) else ""
        if inner.endswith(mark + title):
            return inner[:len(inner) - len(title) - 1]
    return None


def _title_with_rubric(heading: str, title: str, quoted: bool = False) -> bool:
    """Whether a heading (as :func:`_headline_key` gives it) is ``title`` after a rubric of at
    most :data:`RUBRIC_MAX_WORDS` words and a separator ("opinion | pakistan lost the war");
    ``quoted``: the title in quotation marks after it ('transcript: "is … safe?"')."""
    if heading == title or _words(title) < TITLE_MIN_WORDS:
        return False
    before = (_before_quoted_title(heading, title) if quoted
              else heading[:len(heading) - len(title)] if heading.endswith(title) else None)
    if before is None:
        return False
    rubric = _RUBRIC.fullmatch(before)
    return rubric is not None and (bool(rubric.group("glued")) or  # Reuters' "ANALYSIS-…"
                                   0 < _words(rubric.group("rubric")) <= RUBRIC_MAX_WORDS)


# A heading's own tail after its title: " – as it happened", ": live updates", " (as it
# happened)".
_TITLE_TAIL = re.compile(r"(?:\s+[|\u2013\u2014-]\s+|:\s+)(?P<tail>.+)|\s+\((?P<tail2>[^()]+)\)")


# The words of a tail a manifest's title may add to the page's headline: "as it happened",
# "live updates", "what we know so far" (not the end of a headline: "- Kherson falls").
_LIVE_TAIL_WORDS = frozenset("as it happened live updates update latest blog what we know so far "
                             "recap".split())


def _title_with_tail(heading: str, title: str, words: frozenset[str] | None = None) -> bool:
    """Whether a heading (as :func:`_headline_key` gives it) is ``title`` with a short tail
    after a separator or in brackets: "us vetoes gaza resolution – as it happened", "… | live
    updates", "…: live updates", "… (as it happened)"; with ``words``, a tail of those words
    only."""
    if not heading.startswith(title) or _words(title) < TITLE_MIN_WORDS:
        return False
    tail = _TITLE_TAIL.fullmatch(heading, len(title))
    if tail is None:
        return False
    text = tail.group("tail") or tail.group("tail2")
    if words is not None and not set(re.findall(r"\w+", text)) <= words:
        return False
    return 0 < _words(text) <= SITE_NAME_MAX_WORDS


def add_titles(articles: pd.DataFrame, sentences: pd.DataFrame, mentions: pd.DataFrame,
               registry) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Add each article's ``title`` (manifest or saved page) to the annotations as a row of kind
    ``title``, and its actor mentions to ``mentions``.

    The title is not part of the cleaned article text, so its row has ``sentence_id``,
    ``paragraph_id``, ``start`` and ``end`` = :data:`TITLE_POSITION` (-1): it sorts before the
    body and points nowhere into the text; body rows keep their ids and offsets. When the text
    already opens with the title (a scraped page that repeats its headline; within its first
    :data:`TITLE_SEARCH_ROWS` rows that are not boilerplate, after a byline or timestamp, before
    the first body sentence), that row becomes the title row instead (it keeps its real
    offsets, its quote, speaker and dateline are cleared and its mentions found again) and no
    row is added; the
    comparison folds case, spacing, quote marks, invisible characters and punctuation (a line
    the segmenter cut into rows of one paragraph becomes one title row again, the others
    dropped, so their ``sentence_id`` are missing), and
    a row may match the title without short site names after it ("… | Outlet": any row when
    a name cut is the article's source, else a heading; :func:`_title_row`), and a heading
    may add a short tail of its own to the title ("… – as it happened") or a short rubric
    before it ("Opinion | …"). A blank or missing
    title adds nothing. Title rows are never quotes and have no speaker or dateline.

    Runs after the (cached) per-article annotations: the cache is keyed by the article text,
    which does not hold the title.
    """
    from .actors import find_mentions
    from .corpus import remove_invisible
    from .segment import TITLE_KIND

    # An article without body text still has its headline: a corpus of titles alone (every
    # body empty) gets its title rows too, so only a frame without columns is left as it is.
    if articles.empty or "title" not in articles or sentences.columns.empty:
        return sentences, mentions
    sentences = sentences.copy()
    ordered = sentences.sort_values(["doc_id", "sentence_id"], kind="stable")
    # the rows up to the TITLE_SEARCH_ROWS-th that is not boilerplate nor a letterhead's line
    # at the top, those before it too
    letterhead = _letterhead_headings(ordered)
    searched = (ordered["kind"] != "boilerplate") & ~letterhead
    counted = searched.groupby(ordered["doc_id"], sort=False).cumsum()
    before = counted - searched
    top = ordered.loc[before < TITLE_SEARCH_ROWS]
    leading: dict[str, list] = {}
    for index, doc in zip(top.index, top["doc_id"].astype(str)):
        leading.setdefault(doc, []).append(index)
    new_rows, relabelled, merged, letterheads = [], [], [], []
    for doc_id, source, title in zip(articles["doc_id"].astype(str),
                                     articles["source"].astype(str), articles["title"]):
        title = "" if pd.isna(title) else remove_invisible(str(title)).strip()
        if not title:
            continue
        rows = _title_row(sentences, leading.get(doc_id, []), title, source)
        if rows is not None:
            at = rows[0]
            letterheads.extend(_letterhead_over(leading.get(doc_id, []), at, letterhead))
            if len(rows) > 1:  # one line cut in two: one row again, the headline's whole line
                sentences.at[at, "end"] = sentences.at[rows[-1], "end"]
                sentences.at[at, "text"] = " ".join(str(sentences.at[r, "text"])
                                                    for r in rows)
                merged.extend(rows[1:])
            relabelled.append(at)
            continue
        row = {c: "" for c in sentences.columns}
        row.update(doc_id=doc_id, source=source, sentence_id=TITLE_POSITION,
                   paragraph_id=TITLE_POSITION, start=TITLE_POSITION, end=TITLE_POSITION,
                   kind=TITLE_KIND, reason=TITLE_REASON, text=title)
        for flag in ("is_quote", "partial_quote"):
            if flag in row:
                row[flag] = False
        new_rows.append(row)
    # A row that repeats the title becomes the title row, with what a title row never has
    # (quote, speaker, dateline) cleared; its mentions are found again below, as a headline's
    # (a row read as boilerplate or as a body line in capitals was not scanned as one).
    sentences.loc[relabelled, ["kind", "reason"]] = [TITLE_KIND, TITLE_REASON]
    # the letterhead over the title's row is its byline, as over a release's type line, and
    # names no one (:func:`_letterhead_over`)
    if letterheads:
        sentences.loc[letterheads, ["kind", "reason"]] = ["boilerplate", "byline"]
        if len(mentions):
            byline = set(zip(sentences.loc[letterheads, "doc_id"].astype(str),
                             sentences.loc[letterheads, "sentence_id"]))
            mentions = mentions.loc[[key not in byline for key in zip(
                mentions["doc_id"].astype(str), mentions["sentence_id"])]]
    for column in ("dateline", "speaker", "speaker_camp", "speaker_status"):
        if column in sentences:
            sentences.loc[relabelled, column] = ""
    for flag in ("is_quote", "partial_quote"):
        if flag in sentences:
            sentences.loc[relabelled, flag] = False
    again = set(zip(sentences.loc[relabelled + merged, "doc_id"].astype(str),
                    sentences.loc[relabelled + merged, "sentence_id"]))
    sentences = sentences.drop(index=merged)
    rescanned = sentences.loc[relabelled]
    titles = pd.DataFrame(new_rows, columns=sentences.columns)
    if len(titles):
        titles = titles.astype(sentences.dtypes.to_dict())
        sentences = (pd.concat([sentences, titles], ignore_index=True) if len(sentences)
                     else titles)
    sentences = sentences.sort_values(["doc_id", "sentence_id"], kind="stable")
    sentences = sentences.reset_index(drop=True)
    if len(titles) or again:
        if again and len(mentions):
            kept = [key not in again for key in zip(mentions["doc_id"].astype(str),
                                                    mentions["sentence_id"])]
            mentions = mentions.loc[kept]
        scan = pd.concat([f for f in (rescanned, titles) if len(f)], ignore_index=True)
        found = find_mentions(scan, registry)
        mentions = pd.concat([f for f in (mentions, found) if len(f)] or [mentions],
                             ignore_index=True)
        mentions = mentions.sort_values(["doc_id", "sentence_id", "start"], kind="mergesort")
        mentions = mentions.reset_index(drop=True)
    return sentences, mentions


def score_corpus(corpus: str | Path | pd.DataFrame = DEFAULT_CORPUS, *,
                 actors: str | Path | Registry | None = None, sentiment: bool = True,
                 batch_size: int | None = None, progress: bool = False,
                 cache: bool | None = None,
                 log: Callable[[str], None] | None = None,
                 canonical_speakers: bool = True) -> ScoredCorpus:
    """Run the whole pipeline on a corpus (a path for ``load_corpus`` or an articles frame).

    ``actors``: a registry file (see :func:`analysis.actors.load_registry`: ``extends =
    "default"`` adds to the shipped actors), a loaded :class:`~analysis.actors.Registry`, or
    ``None`` for the shipped registry.

    ``cache``: use the score cache (:mod:`analysis.cache`); ``None`` = on unless the environment
    variable ``NEWSSTANCE_NO_CACHE`` is set. Results are the same either way; what came from the
    cache is in ``ScoredCorpus.cache_stats``. ``log``: a callable that gets one line per stage
    (the command line passes ``print``); ``progress``: progress bars while the models run.
    ``canonical_speakers=False`` leaves speaker names as each article resolved them, for a
    caller that sees only part of the corpus and canonicalises the whole afterwards (the Dask
    engine: :func:`analysis.speakers.canonicalise_speakers` looks across articles).
    """
    from .actors import load_registry, without_outlet_names
    from .cache import cache_enabled, cache_stats, cached_annotations, reset_cache_stats
    from .corpus import load_corpus
    from .speakers import canonicalise_speakers

    say = log or (lambda message: None)
    reset_cache_stats()
    # The registry first: a mistake in the user's file is reported before a long corpus load.
    registry = load_registry(actors)
    articles = corpus if isinstance(corpus, pd.DataFrame) else load_corpus(corpus)
    say(f"loaded {len(articles)} articles")
    if cache_enabled(cache):
        sentences, mentions = cached_annotations(
            articles, registry, lambda subset: annotate_articles(subset, registry))
    else:
        sentences, mentions = annotate_articles(articles, registry)
    sentences, mentions = add_titles(articles, sentences, mentions, registry)
    mentions = without_outlet_names(sentences, mentions)
    _warn_run_on_sentences(sentences)
    say(f"segmented into {len(sentences)} pieces of text; {len(mentions)} actor mentions; "
        f"scoring stance")
    stances = score_stances(sentences, mentions, batch_size=batch_size, progress=progress,
                            cache=cache)
    # Annotations are made (and cached) article by article; speaker names are then made
    # canonical across the corpus ("Marchuk" → "Olena Marchuk", one camp per person).
    if canonical_speakers:
        sentences = canonicalise_speakers(sentences, registry)
    sentences = sentences[SENTENCE_COLUMNS]
    if sentiment:
        from .segment import SCORED_KINDS
        say(f"scoring sentiment and emotions of {int(sentences['kind'].isin(SCORED_KINDS).sum())} "
            f"sentences and headlines")
        sentences = score_sentence_sentiment(sentences, batch_size=batch_size, cache=cache)
    # Sentences of an article that repeats an earlier one are kept but flagged, so aggregates
    # count a duplicated wire story once (see README, 'Input').
    flags = articles.set_index("doc_id")["flags"].fillna("")
    duplicates = set(flags.index[flags.str.contains("duplicate_of=")])
    sentences["duplicate"] = sentences["doc_id"].isin(duplicates)
    # Text recovered from HTML is marked on its rows, so a reader of sentences.csv sees it.
    html = set(flags.index[flags.str.contains("html_stripped")])
    from_html = sentences["doc_id"].isin(html) & (sentences["reason"] == "")
    sentences.loc[from_html, "reason"] = "html_stripped"
    sentences = _round(sentences.sort_values(["doc_id", "sentence_id"]).reset_index(drop=True))
    stances = _round(stances.sort_values(["doc_id", "sentence_id", "start", "actor"])
                     .reset_index(drop=True))
    return ScoredCorpus(articles=_article_summary(articles, sentences, stances),
                        sentences=sentences, stances=stances, cache_stats=cache_stats())
