"""Direct quotations and their speakers (the *quotes* columns of docs/DATA_MODEL.md).

1. **Quoted spans** are found in the article text, not per sentence, so that a quotation can
   run over several sentences.  Curly (“…”, «…») quotes pair by direction; straight quotes
   ("…") toggle.  A quotation left open at a paragraph end continues only if the next paragraph
   opens with a quote mark (the newspaper convention for multi-paragraph quotes); otherwise the
   stray mark is ignored.  Single quotes are not used: ’ is also the apostrophe.
2. **is_quote.**  A content sentence is a quote when at least :data:`QUOTE_SHARE` of its
   non-space characters lie inside quotation marks, not counting the attribution clause ("the
   Ukrainian President asserted,", "Kosiak, a Ukrainian artillery commander, told Al Jazeera"):
   that is scaffolding, not content.  Scare quotes (“city of death,”) stay authorial.
3. **Speakers.**  Each quoted span looks for an attribution after it (“…,” X said / said X /
   according to X) and then before it (X said: “…” / According to X, “…”).  The subject phrase
   is resolved with the actor registry (names, roles such as "the Ukrainian President");
   "he"/"she" and bare titles ("the president") resolve to the most recent person actor
   mentioned outside quotations earlier in the article.  A span without its own attribution
   inherits the speaker of the preceding span when only that span's attribution clause
   separates them (“…,” X said. “…”), or of the following span when only whitespace does.
4. **Unknown speakers.**  A proper name that is not in the registry is kept raw
   ("John Kirby", camp "").  A description built on a registry actor keeps the raw phrase and
   takes that actor's camp ("a Ukrainian official" → speaker "Ukrainian official", camp Ukraine;
   "Zelenskyy's office" → camp Ukraine).  Anything else ("officials", "they") is "".

Only ``kind == "sentence"`` rows can be quotes; headings and boilerplate get False / "".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from itertools import accumulate

import pandas as pd

from .actors import Mention, Registry, load_registry, scan_text

__all__ = ["QUOTE_SHARE", "QUOTE_COLUMNS", "Attribution", "attribute_quotes", "find_quote_spans"]

QUOTE_SHARE = 0.5
QUOTE_COLUMNS = ("is_quote", "speaker", "speaker_camp")

_OPENERS = "“«„"
_CLOSERS = "”»"
_STRAIGHT = '"'
_MARKS = re.compile(r'[“”«»„"]|\n[ \t]*\n|\n')
_NOT_QUOTE_CHARS = '.;:!?“”"«»„'

_SPEECH_VERBS = (
    "said", "says", "say", "told", "tells", "added", "adds", "explained", "explains", "warned",
    "warns", "asserted", "asserts", "stated", "claimed", "claims", "noted", "wrote", "writes",
    "answered", "replied", "responded", "insisted", "insists", "argued", "argues", "declared",
    "announced", "affirmed", "stressed", "emphasised", "emphasized", "remarked", "commented",
    "acknowledged", "admitted", "conceded", "urged", "vowed", "promised", "observed",
    "predicted", "recalled", "concluded", "cautioned", "confirmed", "denied", "asked",
    "posted", "tweeted", "reiterated", "suggested", "mentioned", "pointed out", "went on",
)
# "said X" inversions; "told" is not one ("told Al Jazeera" names the listener).
_INVERSION_VERBS = (
    "said", "says", "added", "adds", "explained", "asked", "wrote", "writes", "warned",
    "insisted", "noted", "stated", "declared", "replied", "answered", "recalled", "concluded",
    "remarked", "observed", "continued",
)
_VERB = "(?:" + "|".join(v.replace(" ", r"\s+") for v in _SPEECH_VERBS) + ")"
_INVERSION = "(?:" + "|".join(_INVERSION_VERBS) + ")"
_NQ = r"[^.;:!?“”\"«»„]"  # a character that cannot end or leave an attribution clause

_NC = r"[^,.;:!?“”\"«»„]"  # ... nor contain a comma (the end of a subject noun phrase)
_WORD = r"[^\s,.;:!?“”\"«»„]+"
_TRAIL_ACCORDING = re.compile(rf"[\s,—–-]*(?i:according)\s+to\s+(?P<subj>{_NC}{{1,120}})")
_TRAIL_VERB_FIRST = re.compile(
    rf"[\s,—–-]*(?P<verb>{_INVERSION})(?:\s+\w+ly)?\s+(?P<subj>{_NC}{{1,120}})"
)
_TRAIL_SUBJECT_FIRST = re.compile(
    rf"[\s,—–-]*(?P<subj>{_NQ}{{1,160}}?)\s+(?:(?:has|had|have)\s+)?(?P<verb>{_VERB})\b"
    rf"(?P<obj>(?:\s+{_WORD}){{0,6}})"
)
# A clause opening with one of these continues the sentence; it does not attribute the quote.
_CONJUNCTION = re.compile(
    r"(?:and|but|or|as|while|which|that|because|so|if|when|after|before|since|although|though|"
    r"where|who|whom|whose|to|for|of|in|on|with)\b"
)
_LEAD_ACCORDING = re.compile(rf"(?i:according)\s+to\s+(?P<subj>{_NC}{{1,120}}?)\s*[,:]\s*$")
_LEAD_VERB = re.compile(
    rf"\b(?P<verb>{_VERB})(?:\s+\w+ly)?(?P<obj>(?:\s+{_WORD}){{0,6}}?)\s*[,:]?\s*(?:that\s*)?$"
)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+$")
_ANAPHOR = re.compile(
    r"\b(?:[Hh]e|[Ss]he)\b|\b[Tt]he\s+(?i:president|minister|general|commander|spokesman|"
    r"spokeswoman|spokesperson|adviser|advisor|analyst|ambassador|governor|mayor)\b"
)
_NAME_AT_END = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s*$")
_NAME_AT_START = re.compile(r"\s*((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)")
# Capitalised words that start a subject phrase without naming anyone.
_NOT_NAMES = frozenset(
    "The A An He She It They We I You This That These Those His Her Their Its Our Officials "
    "Analysts Experts Residents Witnesses Sources Critics Some Others Many Reporters Police "
    "Authorities Soldiers Troops Meanwhile However But And Later Earlier Then Also Now Today "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December".split()
)
# Words that end a noun phrase: after "Moscow" in "said Moscow on Thursday" the subject is over.
_NP_BREAK = frozenset(
    "on in at by during late early earlier later yesterday today tonight this last after before "
    "when while as who which that and a an the".split()
)
_ABBREVIATION = re.compile(
    r"\b(?:[A-Z]|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|St|Jr|Sr|Prof|No)\."
)
_MASK = "\u2024"  # one-dot leader: same length as ".", but no longer a sentence end


@dataclass(frozen=True)
class Attribution:
    """Who said a quoted span; ``region`` is the attribution clause in article offsets."""

    speaker: str
    camp: str
    region: tuple[int, int] = (0, 0)
    how: str = ""


@dataclass(frozen=True)
class _Article:
    """One article prepared for attribution (all offsets are article offsets)."""

    text: str
    masked: str
    spans: list[tuple[int, int]]
    inside: list[int]
    mentions: list[Mention]
    sentence_starts: list[int]
    sentence_ends: list[int]


# --------------------------------------------------------------------------- quoted spans


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation in ``text``, marks included, in text order."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for match in _MARKS.finditer(text):
        mark = match.group()
        if mark.startswith("\n"):
            if open_at is None:
                continue
            if _continues_quote(text, match.end()):
                spans.append((open_at, len(text[:match.start()].rstrip())))
                open_at = None
            elif mark != "\n" or _ends_paragraph(text, match.start(), match.end()):
                open_at = None  # unclosed at a paragraph end: a stray mark, not a quotation
            continue
        pos = match.start()
        if open_at is None:
            if mark not in _CLOSERS:
                open_at = pos
        elif mark in _CLOSERS or mark == _STRAIGHT:
            spans.append((open_at, pos + 1))
            open_at = None
        else:
            open_at = pos  # a second opener: the earlier one was never closed
    return spans


def _continues_quote(text: str, pos: int) -> bool:
    """True when the line starting at ``pos`` opens with a quote mark."""
    rest = text[pos:].lstrip()
    return bool(rest) and rest[0] in _OPENERS + _STRAIGHT


def _ends_paragraph(text: str, newline: int, next_line: int) -> bool:
    """True when a single newline ends a paragraph rather than wrapping a sentence.

    Files with one paragraph per line have no blank lines; a line ending a sentence followed by
    a capitalised line is taken as a paragraph break there, so a stray quote mark cannot run on
    through the rest of the article.
    """
    before = text[:newline].rstrip()
    after = text[next_line:].lstrip()
    return before[-1:] in ".!?" and after[:1].isupper()


def _inside_flags(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """1 for every character inside a quoted span, else 0."""
    flags = [0] * len(text)
    for start, end in spans:
        flags[start:end] = [1] * (end - start)
    return flags


# --------------------------------------------------------------------------- preparation


def _prepare(text: str, rows: pd.DataFrame, registry: Registry) -> _Article:
    """Spans, mentions outside quotations and sentence bounds of one article."""
    spans = find_quote_spans(text)
    inside = _inside_flags(text, spans)
    mentions = [m for m in scan_text(text, registry) if not any(inside[m.start : m.end])]
    masked = _ABBREVIATION.sub(lambda m: m.group()[:-1] + _MASK, text)
    order = rows.sort_values("start")
    return _Article(
        text, masked, spans, inside, mentions,
        [int(s) for s in order["start"]], [int(e) for e in order["end"]],
    )


def _sentence_index(article: _Article, pos: int) -> int:
    """Index of the sentence row containing (or last starting before) ``pos``."""
    return max(0, bisect.bisect_right(article.sentence_starts, pos) - 1)


# --------------------------------------------------------------------------- speakers


def _antecedent(article: _Article, pos: int) -> Mention | None:
    """Most recent person mention ending before ``pos`` (mentions in quotations excluded)."""
    for mention in reversed(article.mentions):
        if mention.end <= pos and mention.actor.type == "person":
            return mention
    return None


def _candidates(article: _Article, start: int, end: int) -> list[tuple[int, int, Mention | None]]:
    """Referring expressions in [start, end): (start, end, mention or None for an anaphor)."""
    found: list[tuple[int, int, Mention | None]] = [
        (m.start, m.end, m) for m in article.mentions if start <= m.start and m.end <= end
    ]
    for match in _ANAPHOR.finditer(article.text, start, end):
        if not any(s <= match.start() < e for s, e, _ in found):
            found.append((match.start(), match.end(), None))
    return sorted(found, key=lambda c: c[0])


def _resolve_candidate(
    article: _Article, candidate: tuple[int, int, Mention | None], phrase_end: int
) -> tuple[str, str] | None:
    """(speaker, camp) for a candidate whose noun phrase ends at ``phrase_end``."""
    start, end, mention = candidate
    if mention is None:
        antecedent = _antecedent(article, start)
        return (antecedent.actor.name, antecedent.actor.camp) if antecedent else None
    if _is_modifier(mention, article.text[end:phrase_end]):
        # "a Ukrainian official": a speaker described by, but not equal to, the actor.
        raw = " ".join(article.text[start:phrase_end].split()).rstrip(" ,")
        return raw, mention.actor.camp
    return mention.actor.name, mention.actor.camp


def _is_modifier(mention: Mention, tail: str) -> bool:
    """True when the mention qualifies a head noun after it ("U.S. officials", "Putin's aide").

    A person's name qualifies only through a possessive: "said Zelenskyy on Thursday" is
    Zelenskyy.
    """
    possessive = re.match(r"['’]s\b", tail)
    word = re.match(r"\s+([\w-]+)", tail[possessive.end() :] if possessive else tail)
    if not word or word.group(1).lower() in _NP_BREAK:
        return False
    return bool(possessive) or mention.actor.type != "person"


def _raw_name(article: _Article, start: int, end: int, at_end: bool) -> tuple[str, int] | None:
    """A capitalised name at the end (or start) of [start, end) that is not a common word."""
    segment = article.masked[start:end]
    match = (_NAME_AT_END.search if at_end else _NAME_AT_START.match)(segment)
    if not match:
        return None
    words = match.group(1).split()
    while words and words[0] in _NOT_NAMES:
        words = words[1:]
    if any(w in _NOT_NAMES for w in words):
        words = words[: next(i for i, w in enumerate(words) if w in _NOT_NAMES)]
    if not words:
        return None
    name = " ".join(words).replace(_MASK, ".")
    offset = start + match.start(1) + match.group(1).find(words[0])
    return name, offset


def _speaker_in(
    article: _Article, start: int, end: int, *, pick_last: bool
) -> tuple[str, str, int] | None:
    """(speaker, camp, phrase start) for the subject phrase [start, end)."""
    candidates = _candidates(article, start, end)
    if candidates:
        chosen = candidates[-1] if pick_last else candidates[0]
        phrase_end = end if pick_last else _phrase_end(article, chosen[1], end)
        resolved = _resolve_candidate(article, chosen, phrase_end)
        if resolved:
            return resolved[0], resolved[1], chosen[0]
        return None
    raw = _raw_name(article, start, end, at_end=pick_last)
    return (raw[0], "", raw[1]) if raw else None


def _phrase_end(article: _Article, pos: int, end: int) -> int:
    """End of the noun phrase starting before ``pos``: the next comma, or ``end``."""
    comma = article.text.find(",", pos, end)
    return comma if comma != -1 else end


def _subject_segment(article: _Article, start: int, end: int) -> tuple[int, int]:
    """The clause that holds the subject of a leading attribution ending at ``end``.

    "After X, the Ukrainian President" → "the Ukrainian President"; with an apposition,
    "Dmitry Peskov, Putin's spokesman," → "Dmitry Peskov".
    """
    text = article.text
    stop = len(text[:end].rstrip())
    if stop > start and text[stop - 1] == ",":
        apposition = text.rfind(",", start, stop - 1)
        if apposition != -1:
            before = text.rfind(",", start, apposition)
            return (before + 1 if before != -1 else start), apposition
        stop -= 1
    comma = text.rfind(",", start, stop)
    return (comma + 1 if comma != -1 else start), stop


def _trailing(article: _Article, index: int) -> Attribution | None:
    """Attribution after span ``index``: “…,” X said / said X / according to X."""
    start, end = article.spans[index]
    content = article.text[start + 1 : end - 1].rstrip()
    bound = _trailing_bound(article, index)
    gap = article.text[end:bound]
    if content.endswith(".") and not gap.lstrip()[:1].islower():
        return None  # the quoted sentence ended inside the marks: what follows is new prose
    masked = article.masked
    match = _TRAIL_ACCORDING.match(masked, end, bound)
    if match:
        found = _speaker_in(article, match.start("subj"), match.end("subj"), pick_last=False)
        return _attribution(found, (end, match.end()), "according_to")
    match = _TRAIL_VERB_FIRST.match(masked, end, bound)
    if match:
        found = _speaker_in(article, match.start("subj"), match.end("subj"), pick_last=False)
        return _attribution(found, (end, match.end()), "trailing")
    match = _TRAIL_SUBJECT_FIRST.match(masked, end, bound)
    if (
        match
        and len(match.group("subj").split()) <= 15
        and not _CONJUNCTION.match(match.group("subj").lstrip(" ,—–-"))
    ):
        s_start, s_end = match.start("subj"), match.end("subj")
        head_end = _phrase_end(article, s_start, s_end)
        found = _speaker_in(article, s_start, head_end, pick_last=True)
        if found is None and head_end < s_end:
            found = _speaker_in(article, head_end, s_end, pick_last=True)
        return _attribution(found, (end, match.end()), "trailing")
    return None


def _trailing_bound(article: _Article, index: int) -> int:
    """Where a trailing attribution must stop: the sentence end or the next quotation."""
    start, end = article.spans[index]
    row = _sentence_index(article, end - 1)
    bound = article.sentence_ends[row]
    content = article.text[start + 1 : end - 1].rstrip()
    if not article.text[end:bound].strip() and content[-1:] in ",—–-" and row + 1 < len(
        article.sentence_ends
    ):
        bound = article.sentence_ends[row + 1]  # a segmenter split right after “…,”
    if index + 1 < len(article.spans):
        bound = min(bound, article.spans[index + 1][0])
    return max(bound, end)


def _leading(article: _Article, index: int) -> Attribution | None:
    """Attribution before span ``index``: X said: “…” / According to X, “…”."""
    start, _ = article.spans[index]
    lower = article.sentence_starts[_sentence_index(article, start)]
    if index > 0:
        lower = max(lower, article.spans[index - 1][1])
    if lower >= start:
        return None
    masked = article.masked
    match = _LEAD_ACCORDING.search(masked, lower, start)
    if match:
        found = _speaker_in(article, match.start("subj"), match.end("subj"), pick_last=False)
        return _attribution(found, (match.start(), start), "according_to")
    match = _LEAD_VERB.search(masked, lower, start)
    if not match or _PASSIVE.search(masked, lower, match.start()):
        return None
    seg_start, seg_end = _subject_segment(article, lower, match.start())
    found = _speaker_in(article, seg_start, seg_end, pick_last=True)
    region_start = found[2] if found else match.start()
    return _attribution(found, (region_start, start), "leading")


def _attribution(
    found: tuple[str, str, int] | None, region: tuple[int, int], how: str
) -> Attribution:
    """Wrap a resolved speaker; speaker "" when the clause names nobody ("officials said")."""
    if found is None:
        return Attribution("", "", region, how)
    return Attribution(found[0], found[1], region, how)


def _own_attribution(article: _Article, index: int) -> Attribution | None:
    """The span's own attribution clause, preferring one that names a speaker."""
    trailing = _trailing(article, index)
    if trailing is not None and trailing.speaker:
        return trailing
    leading = _leading(article, index)
    if leading is not None and (leading.speaker or trailing is None):
        return leading
    return trailing


def _attribute_spans(article: _Article) -> list[Attribution | None]:
    """Own attribution of each span, then inheritance within multi-part quotations.

    A span with an attribution clause that names nobody keeps speaker "": it is a new
    quotation, not the continuation of the previous one.
    """
    own = [_own_attribution(article, i) for i in range(len(article.spans))]
    result = list(own)
    for i in range(1, len(result)):
        prev = result[i - 1]
        if result[i] is None and prev and prev.speaker and _joined(article, i - 1, own[i - 1]):
            result[i] = replace(prev, region=(0, 0), how="inherited")
    for i in range(len(result) - 2, -1, -1):
        nxt = result[i + 1]
        gap = article.text[article.spans[i][1] : article.spans[i + 1][0]]
        if result[i] is None and nxt and nxt.speaker and not gap.strip():
            result[i] = replace(nxt, region=(0, 0), how="inherited")
    return result


def _joined(article: _Article, index: int, attribution: Attribution | None) -> bool:
    """True when span ``index + 1`` continues span ``index``'s quotation.

    Only whitespace, punctuation and span ``index``'s own trailing attribution may lie between.
    """
    gap_start = article.spans[index][1]
    if attribution is not None and attribution.how in ("trailing", "according_to"):
        gap_start = max(gap_start, attribution.region[1])
    gap = article.text[gap_start : article.spans[index + 1][0]]
    return not re.search(r"\w", gap)


# --------------------------------------------------------------------------- sentences


def _sentence_quotes(
    article: _Article, attributions: list[Attribution | None], start: int, end: int
) -> tuple[bool, str, str]:
    """(is_quote, speaker, speaker_camp) for the sentence [start, end)."""
    chars = article.text
    nonspace = [0, *accumulate(0 if c.isspace() else 1 for c in chars[start:end])]
    inside = sum(
        1 for i in range(start, end) if article.inside[i] and not chars[i].isspace()
    )
    if not inside:
        return False, "", ""
    regions = [a.region for a in attributions if a is not None]
    scaffolding = sum(
        nonspace[hi - start] - nonspace[lo - start] for lo, hi in _clip_union(regions, start, end)
    )
    content = nonspace[-1] - scaffolding
    if content <= 0 or inside / content < QUOTE_SHARE:
        return False, "", ""
    best, best_overlap = None, 0
    for (s, e), attribution in zip(article.spans, attributions):
        overlap = min(e, end) - max(s, start)
        if attribution is not None and overlap > best_overlap:
            best, best_overlap = attribution, overlap
    if best is None:
        return True, "", ""
    return True, best.speaker, best.camp


def _clip_union(regions: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The union of ``regions`` clipped to [start, end), as sorted disjoint intervals."""
    clipped = sorted((max(lo, start), min(hi, end)) for lo, hi in regions)
    union: list[tuple[int, int]] = []
    for lo, hi in clipped:
        if lo >= hi:
            continue
        if union and lo <= union[-1][1]:
            union[-1] = (union[-1][0], max(union[-1][1], hi))
        else:
            union.append((lo, hi))
    return union


def attribute_quotes(
    sentences: pd.DataFrame, articles: pd.DataFrame, registry: Registry | None = None
) -> pd.DataFrame:
    """Add ``is_quote``, ``speaker`` and ``speaker_camp`` to the sentences table.

    ``articles`` supplies the text the sentence offsets point into; ``registry`` defaults to
    the shipped one.  Row order and the existing columns are kept.
    """
    missing = [c for c in ("doc_id", "start", "end", "kind") if c not in sentences]
    if missing:
        raise ValueError(f"sentences table lacks column(s): {', '.join(missing)}")
    registry = registry if registry is not None else load_registry()
    texts = dict(zip(articles["doc_id"].astype(str), articles["text"].astype(str)))
    unknown = sorted(set(sentences["doc_id"].astype(str)) - set(texts))
    if unknown:
        raise ValueError(f"no article text for doc_id(s): {', '.join(unknown[:5])}")
    # Work by position: the caller's index may be anything, even non-unique.
    n = len(sentences)
    is_quote, speaker, camp = [False] * n, [""] * n, [""] * n
    positions = pd.RangeIndex(n)
    for doc_id, rows in sentences.set_axis(positions).groupby(
        sentences["doc_id"].astype(str).to_numpy(), sort=False
    ):
        article = _prepare(texts[doc_id], rows, registry)
        if not article.spans:
            continue
        attributions = _attribute_spans(article)
        content = rows.loc[rows["kind"] == "sentence"]
        for pos, start, end in zip(content.index, content["start"], content["end"]):
            is_quote[pos], speaker[pos], camp[pos] = _sentence_quotes(
                article, attributions, int(start), int(end)
            )
    out = sentences.drop(columns=[c for c in QUOTE_COLUMNS if c in sentences]).copy()
    out["is_quote"] = pd.Series(is_quote, index=out.index, dtype=bool)
    out["speaker"] = pd.Series(speaker, index=out.index, dtype=str)
    out["speaker_camp"] = pd.Series(camp, index=out.index, dtype=str)
    return out
