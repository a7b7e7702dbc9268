"""Load a news corpus into the *articles* table (see README, "Data model").

A corpus is either

* a folder of ``.txt`` / ``.md`` files and saved web pages (``.html`` / ``.htm``),
  optionally with a ``sources.csv`` manifest (``doc_id, source, title, url, published,
  language``), or
* a ``.csv`` or ``.jsonl`` file with the columns ``doc_id, source, text`` (optionally
  ``title, published, url`` and any extra columns, which are kept).

A saved web page goes through trafilatura: its main text (site navigation, related links,
cookie banners and footers dropped) becomes the article, and its title, date, author, URL
and site name fill the metadata the manifest leaves empty (the manifest wins). A text file
that merely contains tags is still cleaned by the plain tag stripper (:func:`strip_html`).

Loading is forgiving about the *content* (odd encodings, HTML saved as text, mojibake and
literal escape sequences, empty or duplicated articles, stray binary files) and strict
about the *structure* (a missing ``text`` column or a duplicated ``doc_id`` is a
:class:`CorpusError`). Every tolerated problem is reported with a :class:`CorpusWarning`
that names the file; a file of a type a folder corpus cannot read (``.docx``, ``.pdf``)
is skipped by name, never silently.
"""

from __future__ import annotations

import codecs
import csv
import html
import html.entities
import io
import json
import os
import re
import sys
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable, Sequence
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pandas as pd
from charset_normalizer import from_bytes

__all__ = [
    "CorpusError", "CorpusWarning", "load_corpus", "decode_bytes", "decode_entities", "strip_html",
]

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
READABLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
MANIFEST_NAME = "sources.csv"
MANIFEST_FIELDS = ("title", "url", "published", "language")
ARTICLE_COLUMNS = (
    "doc_id", "source", "title", "url", "published", "language",
    "path", "text", "encoding", "flags",
)


class CorpusError(ValueError):
    """The corpus is malformed in a way that cannot be repaired safely."""


class CorpusWarning(UserWarning):
    """A corpus problem that was worked around (the message says how)."""


class BinaryContentError(CorpusError):
    """The bytes are not text in any encoding we can recognise."""


def _warn(message: str) -> None:
    """Emit a CorpusWarning attributed to the code that called into this module."""
    # Helpers nest at varying depths; point the warning at the user's load_corpus call.
    frame, level = sys._getframe(1), 2  # level 2 = _warn's caller
    while frame is not None and frame.f_code.co_filename == __file__:
        frame, level = frame.f_back, level + 1
    warnings.warn(message, CorpusWarning, stacklevel=level)


# --------------------------------------------------------------------------- decoding

# Longest BOMs first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)

# Signatures of formats that are commonly mis-saved with a text extension.
_BINARY_MAGIC: tuple[bytes, ...] = (
    b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"%PDF-",
    b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF", b"RIFF", b"\xd0\xcf\x11\xe0",
)

# Control characters other than ordinary whitespace are a sign of a wrong decode.
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_MAX_CONTROL_RATIO = 0.01

# cp1252 may replace the detector's pick when it is about as plausible (chaos is the
# detector's 0..1 "messiness" score); see _decode_legacy for why.
_CP1252_CHAOS_TOLERANCE = 0.1


def _canonical_encoding(name: str) -> str:
    """Normalise codec aliases (``utf_8``, ``latin_1``) to Python's canonical names."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


def _control_ratio(text: str) -> float:
    """Share of characters that are control characters other than whitespace."""
    if not text:
        return 0.0
    bad = sum(
        1 for ch in text
        if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc"
    )
    return bad / len(text)


def _checked(text: str, encoding: str) -> tuple[str, str]:
    """Reject decodes that still look like binary data."""
    if "\x00" in text or _control_ratio(text) > _MAX_CONTROL_RATIO:
        raise BinaryContentError(f"content decodes as {encoding} but looks binary")
    return text, encoding


def _decode_with_bom(data: bytes) -> tuple[str, str] | None:
    """Decode data that starts with a byte-order mark; None when there is none."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom):].decode(codec), label)
            except UnicodeDecodeError as exc:
                if codec == "utf-8":  # stray bytes in a UTF-8 file: read them as cp1252
                    return _checked(data[len(bom):].decode(codec, _CP1252_BYTES),
                                    STRAY_BYTES_ENCODING)
                raise BinaryContentError(f"has a {label} BOM but is not valid {codec}") from exc
    return None


#: The ``encoding`` of a UTF-8 file with a BOM whose few invalid bytes were read as cp1252
#: (without a BOM such a file's encoding is "utf-8"; either way the article is flagged
#: ``stray_bytes``).
STRAY_BYTES_ENCODING = "utf-8-sig+cp1252"
_CP1252_BYTES = "newsstance-cp1252-bytes"


def _cp1252_bytes(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start:exc.end].decode("cp1252", errors="replace"), exc.end


codecs.register_error(_CP1252_BYTES, _cp1252_bytes)


def _decode_nul_bearing(data: bytes) -> tuple[str, str]:
    """NUL bytes mean BOM-less UTF-16/32 or binary data; nothing else has them."""
    best = from_bytes(data).best()
    if best is None or not best.encoding.startswith(("utf_16", "utf_32")):
        raise BinaryContentError("contains NUL bytes and is not UTF-16/UTF-32 text")
    encoding = _canonical_encoding(best.encoding)
    return _checked(data.decode(encoding), encoding)


# The single-byte Latin code pages a Western or Central European file is in. They share
# ASCII and differ in the upper half, where one page's letter is another's symbol: Polish
# "powiedział, że" in ISO-8859-2 read as cp1252 is "powiedzia³, ¿e".
_LATIN_CODE_PAGES = ("cp1252", "cp1250", "iso8859-2")
# Non-letters that do belong inside words: apostrophes, dashes, the middle dot, soft hyphen.
_IN_WORD_MARKS = frozenset("’‘´`ʼ–—·\u00ad")


def _symbols_in_words(text: str) -> int:
    """Non-ASCII characters that are not letters yet sit between two letters ("³" in
    "powiedzia³e"): the sign of a Latin text decoded with the wrong code page."""
    return sum(
        1 for i in range(1, len(text) - 1)
        if text[i] > "\x7f" and not text[i].isalpha() and text[i] not in _IN_WORD_MARKS
        and text[i - 1].isalpha() and (text[i + 1].isalpha() or text[i + 1] in " ,.;:")
    )


def _latin_code_page(data: bytes, encoding: str) -> str:
    """``encoding``, or the Latin code page that leaves fewer symbols inside words when
    ``encoding`` is one of them (the detector takes Polish or Czech ISO-8859-2 for cp1252
    or cp1250; a tie keeps ``encoding``)."""
    if encoding not in _LATIN_CODE_PAGES and encoding not in ("iso8859-1", "iso8859-15"):
        return encoding
    scores = []
    for rank, page in enumerate(dict.fromkeys((encoding, *_LATIN_CODE_PAGES))):
        try:
            scores.append((_symbols_in_words(data.decode(page)), rank, page))
        except UnicodeDecodeError:
            continue
    return min(scores)[2] if scores else encoding


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Decode non-UTF-8 bytes with charset_normalizer's guess.

    On short Western-European text the detector often cannot tell cp1252 from other
    single-byte code pages (a latin-1 "Café" may come back as cp1250 or even
    UTF-16). English news is overwhelmingly cp1252 (a superset of latin-1's printable
    range), so cp1252 wins whenever it decodes about as cleanly as the detector's pick.
    Genuinely different scripts (e.g. cp1251 Cyrillic) make cp1252 look chaotic and
    keep the detector's answer. Among the Latin code pages the one that leaves the fewest
    symbols inside words wins (:func:`_latin_code_page`): Central European text is not
    read as cp1252.
    """
    best = from_bytes(data).best()
    western = from_bytes(data, cp_isolation=["cp1252"]).best()
    if western is not None and (
        best is None or western.chaos <= best.chaos + _CP1252_CHAOS_TOLERANCE
    ):
        best = western
    if best is None:
        raise BinaryContentError("cannot be decoded as text in any known encoding")
    encoding = _latin_code_page(data, _canonical_encoding(best.encoding))
    try:
        return _checked(data.decode(encoding), encoding)
    except UnicodeDecodeError as exc:  # detector and codec disagree: treat as binary
        raise BinaryContentError(f"does not decode as {encoding}") from exc


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode raw file bytes to ``(text, encoding)``.

    Order: byte-order mark, known binary signatures, NUL bytes, strict UTF-8, UTF-8 with a few
    stray bytes (:func:`_decode_mostly_utf8`), then charset_normalizer detection. The BOM is
    removed; line endings are left alone. The few bytes of a UTF-8 file that are not valid
    UTF-8 (a stray cp1252 apostrophe) are read as cp1252: the encoding is then "utf-8", or
    :data:`STRAY_BYTES_ENCODING` after a UTF-8 BOM (:func:`_decode` also says so).

    Raises:
        BinaryContentError: the bytes are not recognisable text.
    """
    text, encoding, _ = _decode(data)
    return text, encoding


def _decode(data: bytes) -> tuple[str, str, bool]:
    """:func:`decode_bytes`, plus whether stray non-UTF-8 bytes were read as cp1252 (the
    loader flags such articles ``stray_bytes``)."""
    decoded = _decode_with_bom(data)
    if decoded is not None:
        return (*decoded, decoded[1] == STRAY_BYTES_ENCODING)
    if data.startswith(_BINARY_MAGIC):
        raise BinaryContentError("starts with the signature of a binary file format")
    if b"\x00" in data:
        return (*_decode_nul_bearing(data), False)
    try:
        return (*_checked(data.decode("utf-8"), "utf-8"), False)
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _decode_mostly_utf8(data)
    if mostly_utf8 is not None:
        return (*_checked(mostly_utf8, "utf-8"), True)
    return (*_decode_legacy(data), False)


# At most this share of a file's non-ASCII characters may be invalid bytes for it to count as
# UTF-8 with stray bytes. Legacy text has the opposite profile: in cp1252, cp1251, latin-2 or
# koi8 prose over 90% of the non-ASCII bytes are invalid UTF-8 and valid multi-byte sequences
# arise only by accident ("É”" is C9 94), so a wide margin separates the two.
_MAX_STRAY_SHARE = 0.5
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # an invalid byte under "surrogateescape"
_NON_ASCII = re.compile("[^\x00-\x7f]")


def _decode_mostly_utf8(data: bytes) -> str | None:
    """``data`` as UTF-8 with its invalid bytes read as cp1252 (``Russia\\x92s`` → ``Russia’s``)
    when it is UTF-8 with a few stray bytes, else None.

    "A few": the file holds at least one valid multi-byte UTF-8 character and the invalid
    bytes are at most :data:`_MAX_STRAY_SHARE` of its non-ASCII characters. A file with no
    valid multi-byte character is left to the detector (pure ASCII plus ``\\x92`` is cp1252).
    """
    escaped = data.decode("utf-8", "surrogateescape")
    n_invalid = len(_ESCAPED_BYTE.findall(escaped))
    n_valid = len(_NON_ASCII.findall(escaped)) - n_invalid
    if n_valid < 1 or n_invalid > _MAX_STRAY_SHARE * (n_valid + n_invalid):
        return None
    return data.decode("utf-8", _CP1252_BYTES)


# Characters that show nothing: zero-width space / joiners, word joiner, BOM, soft hyphen. A text
# of these and whitespace is empty.
# Scripts whose spelling uses the zero-width (non-)joiner, and emoji sequences built with it:
# between two of their characters it is part of the text (Persian "می‌خواهم", "👩‍⚕️").
_SPELLING = "\u0590-\u06ff\u0750-\u077f\u08a0-\u08ff\u0900-\u0dff\ufb1d-\ufdff\ufe70-\ufefe"
_EMOJI = "\u2600-\u27bf\ufe00-\ufe0f\U0001f000-\U0001faff"
# Also invisible: direction marks (LRM, RLM), invisible operators, the Mongolian vowel
# separator; a non-joiner only between letters of a script that spells with it, a joiner there
# or inside an emoji sequence.
_REMOVABLE = re.compile(
    f"[\u200b\u200e\u200f\u2060-\u2064\u180e\ufeff\u00ad]"
    f"|(?<![{_SPELLING}])\u200c|\u200c(?![{_SPELLING}])"
    f"|(?<![{_SPELLING}{_EMOJI}])\u200d|\u200d(?![{_SPELLING}{_EMOJI}])")


def remove_invisible(text: str) -> str:
    """``text`` without the characters that show nothing (soft hyphen, zero-width space and
    joiners, word joiner and invisible operators, direction marks, BOM). Web copy puts them
    inside words ("Zelen\u00adskyy", "Krem\u200blin"), where they would hide an actor's name
    from the registry and split a word for the models and the phrase counts. A zero-width
    non-joiner between two letters of a script that spells with it (Arabic, Persian, Hebrew,
    Indic), and a joiner there or inside an emoji sequence, is kept: there it is part of the
    word."""
    return _REMOVABLE.sub("", text)


def _visible(text: str, flags: list[str]) -> str:
    """:func:`remove_invisible`, flagging ``invisible_removed`` (once) when it removed any."""
    visible = remove_invisible(text)
    if visible != text and "invisible_removed" not in flags:
        flags.append("invisible_removed")
    return visible


# How spreadsheets and pandas (``astype(str)``) write a missing value into a text column.
_MISSING_WORDS = frozenset({"nan", "none", "null", "n/a", "na", "#n/a"})


def _repair(text: str, origin: str, flags: list[str]) -> str:
    """Entities decoded, escapes and mojibake repaired (flagged, the repairs with a warning
    naming ``origin``), then invisible characters removed: each repair can produce one
    ("&shy;", "â€‹"). A flag already in ``flags`` is not added or warned about again."""
    decoded = decode_entities(text)
    if decoded != text:
        text = decoded
        if "entities_decoded" not in flags:
            flags.append("entities_decoded")
    text, repairs = repair_text(text)
    for flag in repairs:
        if flag not in flags:
            flags.append(flag)
            _warn(f"{origin}: {_REPAIR_NOTES[flag]} (flag {flag!r})")
    return _visible(text, flags)


def _is_placeholder(value: str) -> bool:
    """Whether a cell only marks a missing value ("NaN", "None", "N/A")."""
    return value.strip().casefold() in _MISSING_WORDS


def _clean_title(title: str, origin: str, flags: list[str]) -> tuple[str, bool]:
    """An article's title as the tables hold it, repaired as the text is (:func:`_repair`),
    and whether it only marked a missing value ("NaN", "None", "N/A": then ""), which the
    caller warns about; read as written it would be scored as a headline."""
    title = _repair(title, f"{origin} (title)", flags)
    return ("", True) if _is_placeholder(title) else (title, False)


def _normalise_newlines(text: str) -> str:
    """CRLF and lone CR (old Mac files) → LF; also drop a BOM left inside the text."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------------- HTML

# A document-level tag, or several common body tags, distinguish saved HTML from prose
# that merely mentions "<b>" once.
_HTML_DOCUMENT = re.compile(r"<\s*(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?\s*(?:p|div|br|span|a|h[1-6]|li|ul|ol|article|section|header|footer|"
    r"nav|script|style|strong|em|b|i|table|tr|td|blockquote|figure|img|meta)\b[^>]*>",
    re.IGNORECASE,
)
_MIN_HTML_TAGS = 3


def looks_like_html(text: str) -> bool:
    """True when the text is an HTML document or fragment rather than prose."""
    if _HTML_DOCUMENT.search(text):
        return True
    return len(_HTML_TAG.findall(text)) >= _MIN_HTML_TAGS


class _TextExtractor(HTMLParser):
    """Collect visible text; block-level tags become line / paragraph breaks."""

    SKIPPED = frozenset({"script", "style", "noscript", "template", "svg"})
    PARAGRAPH_TAGS = frozenset({
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "article",
        "section", "header", "footer", "blockquote", "figure", "figcaption", "table",
        "tr", "title", "main", "aside", "nav", "pre", "dl", "dt", "dd",
    })

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIPPED:
            self._skip_depth += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in self.PARAGRAPH_TAGS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in self.PARAGRAPH_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            # Whitespace inside HTML source is layout, not content.
            self.parts.append(re.sub(r"\s+", " ", data))


def strip_html(text: str) -> str:
    """Return the visible text of an HTML document, one block per paragraph."""
    parser = _TextExtractor()
    parser.feed(text)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


# --------------------------------------------------------------------------- saved web pages

# Metadata a saved page can supply, in articles-table names; ``author`` is an extra column.
PAGE_FIELDS = ("title", "url", "published", "language", "author")
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)


_BLOCK_TAGS = frozenset({"p", "head", "list", "item", "quote", "table", "row", "code", "div"})


def _element_text(element: Any) -> str:
    """Text of a trafilatura XML element: inline markup dissolved; <lb/> and nested blocks
    (the paragraphs of a blockquote) start a new line."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag in _BLOCK_TAGS:
            parts.append(f"\n{_element_text(child)}\n")
        else:
            parts.append(_element_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


# A list item's mark, as a text file writes it: the segmenter reads a "- " line as an item, a
# body sentence from three words on (a live blog's "Key events" saved as a page, '<li>Petro
# calls the ELN a "narco-guerrilla"</li>', had become a subheading row without its mark: no
# partial quote, and a headline's stance; a Colombia newcomer's).
_ITEM_MARK = "- "


def _blocks_of(element: Any) -> list[str]:
    """Paragraph texts of one top-level element: list items, marked, and table rows on their
    own."""
    if element.tag == "list":
        return [_ITEM_MARK + text.strip() if text.strip() else text
                for item in element.iter("item") for text in [_element_text(item)]]
    if element.tag == "table":
        return [" | ".join(_element_text(cell).strip() for cell in row.iter("cell"))
                for row in element.iter("row")]
    return [_element_text(element)]


def _render_body(body: Any) -> str:
    """trafilatura's main-content XML as text: one paragraph per block, blank line between."""
    blocks: list[str] = []
    for element in body:
        blocks.extend(_blocks_of(element))
        blocks.append(element.tail or "")
    paragraphs = []
    for block in blocks:
        lines = [" ".join(line.split()) for line in block.split("\n")]
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs) + "\n" if paragraphs else ""


def extract_page(html: str) -> tuple[str, dict[str, str]]:
    """Main text and metadata of a saved web page, through trafilatura.

    Returns ``(text, fields)``: the article's paragraphs separated by blank lines (site
    navigation, related links, cookie banners, comments and footers removed), and
    ``fields`` with ``title, url, published, language, author, source`` (the site name),
    "" where the page does not say. ``text`` is "" when trafilatura finds no main text.
    """
    import trafilatura  # imported here: only folders with saved pages need it

    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True,
        include_images=False, deduplicate=False,
        # The date the page declares (meta tags, structured data, the URL), the original
        # publication over a later update; never a date guessed from the page's text, such as
        # a footer's "Last updated: 3 March 2024" under a story from 2022 (htmldate's options).
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    fields = dict.fromkeys((*PAGE_FIELDS, "source"), "")
    lang = _HTML_LANG.search(html)
    fields["language"] = lang.group(1).lower() if lang else ""
    if document is None:
        return "", fields
    meta = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    for name, key in (("title", "title"), ("url", "url"), ("published", "date"),
                      ("author", "author"), ("source", "sitename")):
        fields[name] = " ".join(str(meta.get(key) or "").split())
    body = meta.get("body")
    text = _render_body(body) if body is not None else str(meta.get("text") or "")
    return text, fields


# --------------------------------------------------------------------------- Markdown

# Front matter of a note or web-clipper export: "---", "key: value" lines, "---".
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
# What a front-matter line may be: "key: value", an indented continuation, a "- item", blank.
_FRONT_LINE = re.compile(r"^(?:[ \t]*|[\w.-]+[ \t]*:.*|[ \t]+\S.*|[ \t]*-[ \t].*)$")
_FRONT_KEYS = {"title": "title", "url": "url", "link": "url", "source_url": "url",
               "published": "published", "date": "published", "site": "source",
               "site_name": "source", "publisher": "source", "outlet": "source"}


def _heading_text(match: re.Match[str]) -> str:
    """A Markdown heading's words, with its mark where the segmenter reads them as a heading
    only with it (:func:`analysis.segment.heading_needs_mark`): "## The Chairperson of the
    African Union Commission welcomes the signing of …" (16 words, an Ethiopia newcomer's .md
    release) had lost its mark here and become a body sentence; a short heading loses it."""
    from .segment import heading_needs_mark

    mark, words = match.group(1), match.group(2)
    return f"{mark} {words}" if heading_needs_mark(words) else words


_MD_RULES = (
    (re.compile(r"!\[[^\]\n]*\]\((?:[^()\n]|\([^()\n]*\))*\)"), ""),            # image
    (re.compile(r"\[([^\]\n]+)\]\((?:[^()\n]|\([^()\n]*\))*\)"), r"\1"),       # link
    (re.compile(r"^[ \t]*(#{1,6})[ \t]+(.*?)[ \t#]*$", re.MULTILINE), _heading_text),  # heading
    (re.compile(r"^[ \t]*>[ \t]?", re.MULTILINE), ""),                           # blockquote
    (re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.MULTILINE), ""),               # rule
    (re.compile(r"(?<![\w*])(\*\*|__)(?=\S)(.+?)(?<=\S)\1(?![\w*])"), r"\2"),      # bold
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),        # italic
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"), r"\1"),
)


# A Markdown file's title: its one level-1 heading as its first line ("# Around Lake Chad, two
# jihadist factions fight …" opening a Nigeria newcomer's HumAngle .md, no title in the
# manifest: a heading row, and the article had no title). A file with several "# " headings
# uses them as sections, so none of them is its title.
_H1_LINE = re.compile(r"^[ \t]*#[ \t]+(.*?)[ \t#]*$", re.MULTILINE)


def _leading_h1(text: str) -> str:
    """The words of ``text``'s level-1 heading when it is the first line that is not blank and
    the only one (:data:`_H1_LINE`), its inline marks undone; else ""."""
    headings = list(_H1_LINE.finditer(text))
    if len(headings) != 1 or text[:headings[0].start()].strip():
        return ""
    title = headings[0].group(1)
    for pattern, replacement in _MD_RULES:
        if pattern.flags & re.MULTILINE:
            continue  # the line rules (heading, quote, rule) do not apply inside the title
        title = pattern.sub(replacement, title)
    return title.strip()


def read_markdown(text: str) -> tuple[str, dict[str, str]]:
    """The prose of a Markdown article and the metadata of its front matter.

    Returns ``(text, fields)``: the text with images removed and links, headings, block
    quotes, rules, bold and italics reduced to their words (paragraph breaks kept; a heading
    keeps its mark where only the mark makes it one, :func:`_heading_text`), and
    ``fields`` from a leading ``---`` front matter (``title``, ``url``, ``published``,
    ``source``; a web clipper's ``source: https://...`` is the URL), only those it gives,
    and else the title from the file's one level-1 heading on its first line
    (:func:`_leading_h1`).
    """
    fields: dict[str, str] = {}
    front = _FRONT_MATTER.match(text)
    if front and not all(_FRONT_LINE.match(line) for line in front.group(1).split("\n")):
        front = None  # a rule above ordinary paragraphs, not metadata: keep the text
    if front:
        for line in front.group(1).split("\n"):
            key, sep, value = line.partition(":")
            key, value = key.strip().lower(), value.strip().strip("\"'")
            if key == "source":
                name = "url" if value.startswith(("http://", "https://")) else "source"
            else:
                name = _FRONT_KEYS.get(key, "")
            if sep and name and value and name not in fields:
                fields[name] = value
        text = text[front.end():]
    if "title" not in fields and _leading_h1(text):
        fields["title"] = _leading_h1(text)  # the manifest's title still overrides it
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    return text, fields


# --------------------------------------------------------------------------- repairs

# Literal escape sequences left by a scraper that wrote bytes' repr: "it\xe2\x80\x99s".
_BYTE_ESCAPES = re.compile(r"(?:\\x[0-9A-Fa-f]{2})+")
_UNICODE_ESCAPES = re.compile(r"\\u([0-9A-Fa-f]{4})")
# What ftfy may change: encoding mix-ups only. Quotes, ligatures, widths, line breaks,
# control characters, HTML entities and normalisation stay as the author wrote them.
_FTFY_SETTINGS = dict(
    unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
    fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
    remove_control_chars=False, normalization=None, explain=False,
)


# A UTF-8 lead byte read as latin-1/cp1252 (Â, Ã, Ð, Ñ, â ...) followed by a continuation byte
# read the same way, or a C1 control character: the signature of mojibake.  Only text that has
# it is handed to ftfy (whose own checks cost seconds per megabyte of clean text).
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122]|[\u0080-\u009f]"
)


def _decode_byte_escapes(match: re.Match[str]) -> str:
    """One run of literal \\xNN escapes as the text it encodes (UTF-8, else cp1252)."""
    data = bytes.fromhex(match.group().replace("\\x", ""))
    for codec in ("utf-8", "cp1252"):
        try:
            decoded = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _control_ratio(decoded) == 0:
            return decoded
    return match.group()


# Unprintable characters an escape may still stand for: the invisible ones, which
# remove_invisible then takes out ("Zelen\\u200bskyy" was left as an escape inside the name).
_INVISIBLE_ESCAPED = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064"
                               "\u180e\ufeff\u00ad")


def _decode_unicode_escape(match: re.Match[str]) -> str:
    char = chr(int(match.group(1), 16))
    return char if (char.isprintable() or char in _INVISIBLE_ESCAPED) and \
        not 0xD800 <= ord(char) <= 0xDFFF else match.group()


def repair_text(text: str) -> tuple[str, list[str]]:
    """Undo literal escape sequences and mojibake; returns (text, flags it earned).

    * literal ``\\xNN`` runs are decoded as UTF-8 (else cp1252), ``\\uNNNN`` as the code
      point: flag ``escapes_decoded``;
    * mojibake (UTF-8 read as cp1252/latin-1, "Itâ€™s") is repaired with ftfy, restricted
      to encoding fixes: flag ``mojibake_repaired``;
    * escapes that do not decode, or mojibake ftfy cannot undo, stay in the text, flagged
      ``escapes_left`` / ``mojibake_left`` (and never become words: see
      :func:`analysis.framing.tokenize`).
    """
    flags: list[str] = []
    if "\\" in text:
        decoded = _UNICODE_ESCAPES.sub(_decode_unicode_escape,
                                       _BYTE_ESCAPES.sub(_decode_byte_escapes, text))
        if decoded != text:
            flags.append("escapes_decoded")
            text = decoded
        if _BYTE_ESCAPES.search(text) or _UNICODE_ESCAPES.search(text):
            flags.append("escapes_left")
    if _MOJIBAKE_HINT.search(text):
        import ftfy
        from ftfy.badness import is_bad

        fixed = ftfy.fix_text(text, **_FTFY_SETTINGS)
        if fixed != text:
            flags.append("mojibake_repaired")
            text = fixed
        if is_bad(text):
            flags.append("mojibake_left")
    return text, flags


_REPAIR_NOTES = {
    "escapes_decoded": "literal escape sequences (\\xNN, \\uNNNN) decoded",
    "mojibake_repaired": "mojibake repaired (e.g. 'â€™' -> '’')",
    "escapes_left": "literal escape sequences that do not decode are left in the text",
    "mojibake_left": "text still looks like mojibake after repair",
}
# --------------------------------------------------------------------------- entities

# Only complete references (with the ";"): "AT&T", "R&D" or "&c" are prose, not entities.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Scrapers sometimes escape twice ("&amp;#8217;"); a second pass undoes that, no more.
_ENTITY_PASSES = 2


def _decode_reference(match: re.Match[str]) -> str:
    """One reference decoded; a name HTML does not define stays as written."""
    reference = match.group()
    if reference[1] != "#" and reference[1:] not in html.entities.html5:
        return reference
    return html.unescape(reference)


def decode_entities(text: str) -> str:
    """Decode HTML character references left in plain text ("didn&#8217;t" → "didn’t").

    Only well-formed references ending in ";" are decoded, twice at most (double-escaped
    feeds); unknown names stay as they are. Newlines from ``&#10;`` / ``&#13;`` follow the
    usual LF normalisation.
    """
    for _ in range(_ENTITY_PASSES):
        decoded = _ENTITY.sub(_decode_reference, text)
        if decoded == text:
            break
        text = decoded
    return _normalise_newlines(text)


# --------------------------------------------------------------------------- content

# What a cookie-consent wall or a paywall says; two of them in a short text make a gate page.
_GATE = re.compile(
    r"""\b(?: we\s+use\s+cookies | cookie\s+(?:policy|settings|preferences)
      | accept\s+(?:all\s+)?cookies | ["“]?accept\s+all["”]? | before\s+you\s+continue
      | (?:manage|your)\s+privacy\s+(?:settings|choices|options)
      | already\s+a\s+subscriber | subscribe\s+(?:now|today|to\s+(?:continue|read))
      | (?:sign|log)\s+in\s+to\s+(?:continue|read) | unlimited\s+(?:digital\s+)?access
      | (?:article|content|story)\s+is\s+(?:only\s+)?(?:for|available\s+to)\s+subscribers
    )""", re.IGNORECASE | re.VERBOSE)
_MAX_GATE_WORDS = 200


def _looks_like_gate(text: str) -> bool:
    """A short text with at least two distinct consent / paywall phrases."""
    if len(text.split()) > _MAX_GATE_WORDS:
        return False
    return len({" ".join(m.lower().split()) for m in _GATE.findall(text)}) >= 2


# Share of letters from one non-Latin script above which an article is not English text.
_MIN_SCRIPT_SHARE = 0.5
_SCRIPT_SAMPLE = 20_000  # characters
_LETTER = re.compile(r"[^\W\d_]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")


def _non_latin_script(text: str) -> str:
    """The script ("Cyrillic", "Arabic", "CJK", ...) most of the letters of ``text`` are
    written in when it is not Latin, else "" (also for texts without letters)."""
    text = text[:_SCRIPT_SAMPLE]  # the opening of an article says which script it is in
    letters = len(_LETTER.findall(text))
    if not letters or len(_LATIN_LETTER.findall(text)) / letters >= 1 - _MIN_SCRIPT_SHARE:
        return ""  # the common case, decided without naming every character
    counts: Counter[str] = Counter()
    for char in _LETTER.findall(text):
        name = unicodedata.name(char, "")
        counts["CJK" if name.startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL"))
               else name.split(" ")[0].title()] += 1
    script, n = counts.most_common(1)[0]
    return script if script != "Latin" and n / letters > _MIN_SCRIPT_SHARE else ""


def _clean_text(text: str, origin: str, flags: list[str], *, html: bool = True) -> str:
    """Normalise line endings, strip HTML, decode entities, repair escapes and mojibake, flag
    empty texts. Appends to ``flags``. ``html=False`` skips tag stripping (text already
    extracted).

    The tables hold the cleaned text: ``articles.text`` is what sentence offsets point into.
    """
    text = _normalise_newlines(text)
    if html and looks_like_html(text):
        text = strip_html(text)
        flags.append("html_stripped")
        _warn(f"{origin}: looks like HTML; tags were stripped (flag 'html_stripped')")
    text = _repair(text, origin, flags)
    if not text.strip():
        flags.append("empty")
        _warn(f"{origin}: empty or whitespace-only text; kept and flagged 'empty'")
    if _looks_like_gate(text):
        flags.append("gate_page")
        _warn(f"{origin}: looks like a cookie-consent or paywall page, not an article; kept and "
              f"flagged 'gate_page' (save the article itself, or leave the file out)")
    script = _non_latin_script(text)
    if script:
        flags.append("not_latin_script")
        _warn(f"{origin}: written mostly in {script} script; the models read English only, so "
              f"its stance and sentiment scores mean little (flag 'not_latin_script')")
    return text


def _flag_duplicates(articles: pd.DataFrame) -> None:
    """Flag each later copy of an identical (whitespace-insensitive) text, in place.

    Expects rows sorted by doc_id, so "later" means later in doc_id order.
    """
    first_seen: dict[str, str] = {}
    for index, row in articles.iterrows():
        key = " ".join(row["text"].split())
        if not key:
            continue
        if key in first_seen:
            flag = f"duplicate_of={first_seen[key]}"
            articles.at[index, "flags"] = ";".join(filter(None, [row["flags"], flag]))
            _warn(f"article {row['doc_id']!r} has the same text as {first_seen[key]!r}; "
                  f"kept and flagged '{flag}'")
        else:
            first_seen[key] = row["doc_id"]


# dd.mm.yyyy: day first wherever dates are written with dots (German, Russian, Ukrainian
# usage); pandas alone reads "05.03.2023" as 3 May.
_DOTTED_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\.?(?=$|[\sT,])")


def _day_first(match: re.Match[str]) -> str:
    day, month, year = int(match[1]), int(match[2]), match[3]
    if month > 12:
        return match[0]  # 12.25.2023 cannot be day first: leave it to pandas
    year = year if len(year) == 4 else f"20{year}"
    return f"{year}-{month:02d}-{day:02d}"


# nn/nn/yyyy (or nn-nn-yyyy, nn/nn/yy): day first in British and European copy, month first in
# American. pandas guesses per value (09/11/2022 as 11 Sept, 13/03/2022 as 13 March), so the
# reading is decided once per column instead (_slashed_order).
_SLASHED_DATE = re.compile(r"^(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?=$|[\sT,])")


def _slashed_order(values: pd.Series, origin: str = "") -> tuple[bool, pd.Series]:
    """How the slashed dates of one ``published`` column are read, decided by the column.

    Returns ``(day_first, undecided)``: ``day_first`` is True when some slashed date's first
    number is over 12 and False otherwise (pandas' month-first reading, also when a second
    number is over 12); ``undecided`` holds, when nothing decided it, the values the two
    readings give different dates for (e.g. ``09/11/2022``; index as ``values``), else is empty.

    Raises:
        CorpusError: one date has a first number over 12 and another a second number over 12;
            the message starts with ``origin`` (a file) and names one of each.
    """
    text = values.dropna().astype(str).str.strip()
    fields = text.str.extract(_SLASHED_DATE)
    first, second = pd.to_numeric(fields[0]), pd.to_numeric(fields[2])
    day_first = text[(first > 12) & (second <= 12)]
    month_first = text[(second > 12) & (first <= 12)]
    if len(day_first) and len(month_first):
        raise CorpusError(
            f"{origin + ': ' if origin else ''}the published dates mix day-first and "
            f"month-first slashed dates: {day_first.iloc[0]!r} can only be day/month/year, "
            f"{month_first.iloc[0]!r} only month/day/year; write them one way (yyyy-mm-dd is "
            f"never ambiguous)")
    if len(day_first) or len(month_first):
        return bool(len(day_first)), text.iloc[:0]
    return False, text[first.between(1, 12) & second.between(1, 12) & (first != second)]


def _slashed_to_iso(day_first: bool) -> Callable[[re.Match[str]], str]:
    """A ``re.sub`` replacement rewriting a :data:`_SLASHED_DATE` match as yyyy-mm-dd."""
    def replace(match: re.Match[str]) -> str:
        a, b, year = int(match[1]), int(match[3]), match[4]
        day, month = (a, b) if day_first else (b, a)
        year = year if len(year) == 4 else f"20{year}"
        return f"{year}-{month:02d}-{day:02d}"  # an impossible month or day becomes NaT
    return replace


# Unix time as scrapers and APIs store it: seconds (10 digits: 2001-2286) or milliseconds (13).
_EPOCH = re.compile(r"^(\d{10}|\d{13})(?:\.0*)?$")


def _epoch_to_iso(match: re.Match[str]) -> str:
    digits = match.group(1)
    seconds = int(digits) / 1000 if len(digits) == 13 else int(digits)
    return pd.Timestamp(seconds, unit="s", tz="UTC").isoformat()


def parse_published(values: pd.Series) -> pd.Series:
    """``published`` values as UTC timestamps (a Series of the same index); empty or
    unparseable values become NaT.

    ``pandas.to_datetime(utc=True, errors="coerce", format="mixed")``: ISO dates, timestamps
    with offsets and RFC-822 feed dates all work; ``dd.mm.yyyy`` (or ``dd.mm.yy``) is read
    day first unless its middle number cannot be a month. Slashed dates (``nn/nn/yyyy``,
    ``nn-nn-yyyy``) are read one way for the whole Series: day first when any has a first
    number over 12, else month first (:func:`_slashed_order`). A number of 10 or 13 digits
    is Unix time in seconds or milliseconds (``1668124800`` = 2022-11-11).

    Raises:
        CorpusError: the Series mixes slashed dates that can only be day first with slashed
            dates that can only be month first.
    """
    text = values.astype("string").str.strip()
    text = text.str.replace(_EPOCH, _epoch_to_iso, regex=True)
    text = text.str.replace(_DOTTED_DATE, _day_first, regex=True)
    day_first, _ = _slashed_order(text)
    text = text.str.replace(_SLASHED_DATE, _slashed_to_iso(day_first), regex=True)
    return pd.to_datetime(text.where(text.ne("")), utc=True, errors="coerce", format="mixed")


def _warn_dates(articles: pd.DataFrame, origin: str) -> None:
    """Check the ``published`` column as :func:`parse_published` will read it: a CorpusError
    for mixed day-first and month-first slashed dates (naming ``origin``); one warning when
    no slashed date decides between the two readings; one naming the unreadable dates."""
    _, undecided = _slashed_order(articles["published"], origin)
    if len(undecided):
        example, doc_id = undecided.iloc[0], articles.at[undecided.index[0], "doc_id"]
        read_as = parse_published(pd.Series([example])).iloc[0]
        _warn(f"{origin}: {len(undecided)} published date(s) such as {example!r} (doc_id "
              f"{doc_id!r}) could be day/month/year or month/day/year and no date decides it "
              f"(none has a first or second number over 12): all are read month first "
              f"({example!r} = {read_as:%Y-%m-%d}); if they are day first, write them as "
              f"yyyy-mm-dd")
    _warn_unreadable_dates(articles)


def _warn_unreadable_dates(articles: pd.DataFrame) -> None:
    given = articles["published"].astype("string").str.strip().fillna("").ne("")
    bad = articles.loc[given & parse_published(articles["published"]).isna()]
    if not bad.empty:
        shown = ", ".join(f"{d!r}: {p!r}" for d, p in zip(bad["doc_id"][:5], bad["published"][:5]))
        _warn(f"the published date of {len(bad)} article(s) cannot be read ({shown}"
              f"{', ...' if len(bad) > 5 else ''}); they count as undated in every "
              f"comparison over time")


def _finalise(records: list[dict[str, Any]], skipped: list[dict[str, str]], origin: str
              ) -> pd.DataFrame:
    """Build the articles table: contract columns first, sorted, duplicates flagged, dates
    checked (``origin``, the manifest or table file, is named in date errors and warnings)."""
    articles = pd.DataFrame.from_records(records)
    if articles.empty:
        articles = pd.DataFrame(columns=list(ARTICLE_COLUMNS))
    extras = [c for c in articles.columns if c not in ARTICLE_COLUMNS]
    articles = articles[list(ARTICLE_COLUMNS) + extras]
    # An extra column only some rows have (a page's author) is "" elsewhere, as in a manifest.
    articles[extras] = articles[extras].fillna("")
    articles = articles.sort_values("doc_id", kind="stable").reset_index(drop=True)
    _flag_duplicates(articles)
    _warn_dates(articles, origin)
    articles.attrs["skipped"] = skipped
    return articles


# --------------------------------------------------------------------------- folders

class _ManifestRows(dict):
    """``sources.csv`` rows by doc_id. A file's stem finds its row whatever its Unicode
    normalisation (macOS writes file names decomposed, NFD; a spreadsheet composes them) and
    whatever spaces surround it (a spreadsheet strips them; "trailing space .txt" keeps one)."""

    @staticmethod
    def key(doc_id: str) -> str:
        return unicodedata.normalize("NFC", doc_id).strip()

    def __contains__(self, doc_id: object) -> bool:
        return isinstance(doc_id, str) and dict.__contains__(self, self.key(doc_id))

    def __getitem__(self, doc_id: str) -> dict[str, str]:
        return dict.__getitem__(self, self.key(doc_id))

    def get(self, doc_id: str, default: Any = None) -> Any:  # type: ignore[override]
        return dict.get(self, self.key(doc_id), default)


def _read_manifest(folder: Path) -> dict[str, dict[str, str]] | None:
    """Read ``sources.csv`` into {doc_id: row}; None when the folder has none. Rows are found
    by a file's stem in any Unicode normalisation and with surrounding spaces
    (:class:`_ManifestRows`).

    Raises:
        CorpusError: a column is missing or misnamed (:func:`_check_manifest_columns`), a
            doc_id is empty or duplicated, or the published dates mix day-first and
            month-first slashed dates.
    """
    manifest_path = folder / MANIFEST_NAME
    if not manifest_path.is_file():
        return None
    table = _read_csv(manifest_path)
    _check_manifest_columns(manifest_path, table.columns)
    if "published" in table.columns:  # here too so the Dask engine, which reads it, stops early
        _slashed_order(table["published"], str(manifest_path))
    rows: dict[str, dict[str, str]] = _ManifestRows()
    for line_no, row in _numbered_rows(table):
        if not any(str(v).strip() for v in row.values()):
            continue  # ",,,,," : spreadsheets save the blank rows below the data
        doc_id = _ManifestRows.key(row["doc_id"])
        if Path(doc_id).suffix.lower() in READABLE_SUFFIXES:  # "bbc_1.txt" names bbc_1.txt
            doc_id = Path(doc_id).stem
        if not doc_id:
            raise CorpusError(f"{manifest_path}, line {line_no}: empty doc_id")
        if doc_id in rows:
            raise CorpusError(
                f"{manifest_path}, line {line_no}: duplicated doc_id {doc_id!r} "
                f"(first on line {rows[doc_id]['_line']})"
            )
        rows[doc_id] = {**row, "doc_id": doc_id, "_line": str(line_no)}
    return rows


#: The manifest columns that must be there; the others of README's list are optional.
MANIFEST_REQUIRED = ("doc_id", "source")
# Names people give these columns (spreadsheet exports, scrapers), normalised by _column_key.
_COLUMN_ALIASES: dict[str, frozenset[str]] = {
    "doc_id": frozenset({"doc_id", "docid", "id", "file", "filename", "file_name"}),
    "source": frozenset({"source", "outlet", "publisher", "publication", "site", "site_name",
                         "sitename", "media", "newspaper"}),
    "title": frozenset({"title", "headline"}),
    "url": frozenset({"url", "link", "href"}),
    "published": frozenset({"published", "date", "pubdate", "pub_date", "published_at",
                            "publish_date", "publication_date", "datetime"}),
    "language": frozenset({"language", "lang"}),
    "text": frozenset({"text", "body", "content", "article", "article_text"}),
}


def _column_key(name: str) -> str:
    """A column name compared loosely: "Pub Date" and "pub-date" are "pub_date"."""
    return re.sub(r"[\s_-]+", "_", str(name).strip().lower())


def _stand_in(column: str, columns: Sequence[str]) -> str | None:
    """The first of ``columns`` that looks like ``column`` under another name ("outlet" or
    "Source" for "source"), or None."""
    aliases = _COLUMN_ALIASES.get(column, frozenset({column}))
    return next((str(c) for c in columns if c != column and _column_key(c) in aliases), None)


def _check_manifest_columns(path: Path, columns: Sequence[str]) -> None:
    """CorpusError when the manifest lacks ``doc_id`` or ``source``, or lacks one of its
    other columns while having a column that looks like it ("date" for "published"): such a
    column would otherwise be kept as an extra column and its values silently unused. The
    message covers every such column at once."""
    missing = [column for column in ("doc_id", "source", *MANIFEST_FIELDS)
               if column not in columns
               and (column in MANIFEST_REQUIRED or _stand_in(column, columns) is not None)]
    if missing:
        raise _missing_columns(path, missing, columns, required=missing[0] in MANIFEST_REQUIRED)


def _missing_columns(path: Path, missing: Sequence[str], columns: Sequence[str], *,
                     required: bool) -> CorpusError:
    """One error for several missing columns: the first as :func:`_missing_column` words it,
    then each other with its hint ("; also missing 'published': rename 'date' to …")."""
    error = _missing_column(path, missing[0], columns, required=required)
    also = "".join(f"; also missing {column!r}"
                   + _column_hint(column, columns).replace("; ", ": ", 1)
                   for column in missing[1:])
    return CorpusError(f"{error}{also}")


def _column_hint(column: str, columns: Sequence[str]) -> str:
    """What to do about a missing ``column`` given the ``columns`` found ("" if no idea),
    starting with "; "."""
    found = [str(c) for c in columns]
    stand_in = _stand_in(column, found)
    if stand_in is not None and _column_key(stand_in) == column:
        return f"; column names are case-sensitive: rename {stand_in!r} to {column!r}"
    if stand_in is not None:
        return f"; rename {stand_in!r} to {column!r}, the name newsstance reads"
    if len(found) == 1 and ";" in found[0]:
        return "; the file looks ';'-separated: save it as comma-separated CSV"
    return ""


def _missing_column(path: Path, column: str, columns: Sequence[str], *, required: bool = True
                    ) -> CorpusError:
    """The error for a missing column: the columns found, and the likely cause."""
    found = ", ".join(repr(str(c)) for c in columns) or "none"
    return CorpusError(f"{path}: missing {'required ' if required else ''}column {column!r} "
                       f"(its columns: {found}){_column_hint(column, columns)}")


def _numbered_rows(table: pd.DataFrame) -> list[tuple[int, dict[str, str]]]:
    """Rows with their 1-based physical line number in the CSV file (header is line 1)."""
    lines = table.attrs.get("lines") or [i + 2 for i in range(len(table))]
    return list(zip(lines, table.to_dict("records")))


def _folder_files(folder: Path) -> tuple[list[Path], list[Path]]:
    """(readable, unreadable) visible files directly inside folder, each in name order.

    Readable: .txt / .md / .html / .htm. Unreadable: every other file but the manifest
    (a .docx, .pdf, .rtf ...), which the loader reports by name instead of dropping silently.
    """
    readable, other = [], []
    for path in sorted(folder.iterdir()):
        # Hidden files and Office lock files ("~$article.txt") are not articles.
        if path.name.startswith((".", "~$")) or path.name == MANIFEST_NAME:
            continue
        if path.is_symlink() and not path.exists():
            other.append(path)  # a broken link: reported by name, like any file not read
            continue
        if not path.is_file():
            continue
        (readable if path.suffix.lower() in READABLE_SUFFIXES else other).append(path)
    return readable, other


def _text_files(folder: Path) -> list[Path]:
    """Readable files (.txt/.md/.html/.htm) directly inside folder, in name order."""
    return _folder_files(folder)[0]


def _unreadable(file: Path) -> dict[str, str]:
    """The skipped-file record (and warning) for a file type a folder corpus cannot read, or a
    link to a file that is not there."""
    if file.is_symlink() and not file.exists():
        reason = f"a broken link (to {os.readlink(file)}, which does not exist)"
        _warn(f"{file}: skipped, {reason}")
        return {"path": file.name, "reason": reason}
    kind = file.suffix.lower() or "files without an extension"
    if kind == ".csv":
        # a table beside the articles is most often their manifest under another name (a
        # Kosovo newcomer's "manifest.csv", columns file, source, …: told to convert it to .txt,
        # they lost every outlet's name and title)
        reason = (f"cannot read .csv: a folder corpus reads {', '.join(READABLE_SUFFIXES)}; "
                  f"if this is the folder's manifest, name it {MANIFEST_NAME}, with a doc_id "
                  "column (the file name without extension) and a source column (title, url, "
                  "published, language optional); a .csv corpus of articles is loaded by "
                  "its own path")
        _warn(f"{file}: skipped, {reason}")
        return {"path": file.name, "reason": reason}
    reason = (f"cannot read {kind}: a folder corpus reads {', '.join(READABLE_SUFFIXES)}; "
              "convert it to one of those (or to a row of a .csv/.jsonl corpus)")
    _warn(f"{file}: skipped, {reason}")
    return {"path": file.name, "reason": reason}


def _no_manifest_warning(folder: Path, files: list[Path]) -> None:
    pages = any(f.suffix.lower() in HTML_SUFFIXES for f in files)
    _warn(f"{folder}: no {MANIFEST_NAME}; every article is treated as its own source"
          + (" (a saved web page: its site name when the page gives one)" if pages else ""))


def _source_fields(doc_id: str, file: Path, manifest: dict[str, dict[str, str]] | None,
                   page: dict[str, str] | None = None) -> dict[str, str]:
    """Manifest fields for one file; the source falls back to doc_id with a warning.

    ``page`` holds the metadata of a saved web page (:func:`extract_page`): it fills what
    the manifest leaves empty (its site name is the fallback source), so the manifest can
    always override it. Pages add an ``author`` column.
    """
    entry = dict((manifest or {}).get(doc_id, {}))
    line = entry.pop("_line", None)
    if _is_placeholder(remove_invisible(decode_entities(str(entry.get("title", ""))))):
        # Blanked before the page's fields fill the gaps: a saved page's own title then counts.
        _warn(f"{file}: its title in {MANIFEST_NAME} (line {line}), {entry['title']!r}, only "
              f"marks a missing value; read as no title")
        entry["title"] = ""
    fields = {"source": entry.pop("source", "").strip()}
    fields.update({name: entry.pop(name, "") for name in MANIFEST_FIELDS})
    fields.update({k: v for k, v in entry.items() if k != "doc_id"})  # extra columns
    listed_source = fields["source"]
    for name, value in (page or {}).items():
        if not str(fields.get(name, "")).strip():
            fields[name] = value
    fallback = (f"its site name {fields['source']!r}" if fields["source"]
                else f"the doc_id {doc_id!r}")
    if manifest is not None and doc_id not in manifest:
        _warn(f"{file}: not listed in {MANIFEST_NAME}; using {fallback} as source")
    elif manifest is not None and not listed_source:
        _warn(f"{file}: empty source in {MANIFEST_NAME}; using {fallback} as source")
    if not fields["source"]:
        fields["source"] = doc_id
    return fields


def _printable(name: str) -> str:
    """``name`` unchanged, unless it holds bytes the file system encoding cannot decode (a
    cp1251 name unzipped from a Windows archive, which Python holds as lone surrogates that
    no table or UTF-8 output accepts): those are written as ``\\xNN`` escapes."""
    return os.fsencode(name).decode(sys.getfilesystemencoding(), "backslashreplace")


def _read_folder_file(folder: Path, file: Path, manifest: dict[str, dict[str, str]] | None
                      ) -> tuple[dict[str, Any] | None, dict[str, str] | None]:
    """One file of a folder corpus as (article record, None) or (None, skipped record).

    A file whose name is not valid in the file system encoding is read like any other, under
    its name with the bad bytes escaped (doc_id, path and messages), with a warning.
    """
    suffix = file.suffix.lower()
    shown = Path(_printable(str(file)))  # ``file`` itself is what is opened
    if suffix not in READABLE_SUFFIXES or (file.is_symlink() and not file.exists()):
        return None, _unreadable(shown)
    if shown != file:
        _warn(f"{shown}: the file name is not valid {sys.getfilesystemencoding()} (a name "
              f"from an archive made on Windows?); read as doc_id '{shown.stem}'; rename the "
              f"file (e.g. unzip with -O cp1251, or convmv) to give it a readable doc_id")
    try:
        raw_text, encoding, stray_bytes = _decode(file.read_bytes())
    except BinaryContentError as exc:
        _warn(f"{shown}: skipped, not a text file ({exc})")
        return None, {"path": shown.name, "reason": str(exc)}
    flags: list[str] = []
    if stray_bytes:
        flags.append("stray_bytes")
        _warn(f"{shown}: UTF-8 with a few bytes that are not: read them as cp1252 "
              f"(flag 'stray_bytes')")
    page = None
    if suffix in HTML_SUFFIXES:
        extracted, page = extract_page(_normalise_newlines(raw_text))
        if extracted.strip():
            raw_text = extracted
            flags.append("html_extracted")
        else:
            _warn(f"{shown}: trafilatura found no main text in this page; all its visible text "
                  "is kept instead (tags stripped)")
        page = {name: repair_text(value)[0] for name, value in page.items()}
    elif suffix == ".md":
        plain = _normalise_newlines(raw_text)
        stripped, page = read_markdown(plain)
        if page or stripped != plain:
            raw_text = stripped
            flags.append("markdown_stripped")
    text = _clean_text(raw_text, str(shown), flags)
    fields = _source_fields(shown.stem, shown, manifest, page)
    if "title" in fields:
        fields["title"], placeholder = _clean_title(_as_str(fields["title"]), str(shown), flags)
        if placeholder:
            _warn(f"{shown}: its title only marks a missing value; read as no title")
    record = {
        "doc_id": shown.stem,
        **fields,
        "path": _printable(file.relative_to(folder).as_posix()),
        "text": text,
        "encoding": encoding,
        "flags": ";".join(flags),
    }
    return record, None


def _check_doc_ids(folder: Path, files: list[Path]) -> None:
    """Two readable files with one stem ("a.txt", "a.html") would give one doc_id twice."""
    by_doc_id: dict[str, Path] = {}
    for file in sorted(files, key=lambda p: p.name):
        if file.stem in by_doc_id:
            raise CorpusError(
                f"{folder}: files {by_doc_id[file.stem].name!r} and {file.name!r} "
                f"both give doc_id {file.stem!r}"
            )
        by_doc_id[file.stem] = file


def _warn_unmatched_manifest_rows(folder: Path, manifest: dict[str, dict[str, str]] | None,
                                  doc_ids: set[str]) -> None:
    present = {_ManifestRows.key(doc_id) for doc_id in doc_ids}
    for doc_id, entry in (manifest or {}).items():
        if _ManifestRows.key(doc_id) not in present:
            _warn(f"{folder / MANIFEST_NAME}, line {entry['_line']}: doc_id {doc_id!r} "
                  f"has no matching {'/'.join(READABLE_SUFFIXES)} file in {folder}; row ignored")


def _nested_readable(folder: Path) -> dict[str, int]:
    """Visible subfolders of ``folder`` with the number of readable files anywhere below each
    (only those holding some)."""
    counts = {}
    for sub in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")):
        n = sum(1 for f in sub.rglob("*") if f.is_file() and not f.name.startswith(".")
                and f.suffix.lower() in READABLE_SUFFIXES)
        if n:
            counts[_printable(sub.name)] = n
    return counts


def _check_folder_has_articles(folder: Path, files: list[Path], others: list[Path]) -> None:
    """CorpusError when ``folder`` has no article file directly inside it; a warning naming
    the subfolders that hold article files (they are not read)."""
    nested = _nested_readable(folder)
    note = ""
    if nested:
        listed = ", ".join(f"{name}/ ({n})" for name, n in nested.items())
        note = (f"subfolders {listed} hold {sum(nested.values())} article file(s) that are not "
                f"read: a folder corpus reads the files directly inside it; move them up (a "
                f"{MANIFEST_NAME} can name each file's outlet) or score each subfolder as its "
                f"own corpus")
    if not files:
        raise CorpusError(f"{folder}: no articles: no {'/'.join(READABLE_SUFFIXES)} files "
                          f"directly inside it" + (f"; {note}" if note else "")
                          + (f" (other files: {', '.join(_printable(f.name) for f in others)})"
                             if others else ""))
    if note:
        _warn(f"{folder}: {note}")


def _load_folder(folder: Path) -> pd.DataFrame:
    """Load every readable file of a folder and report the others (see module docstring)."""
    manifest = _read_manifest(folder)
    files, others = _folder_files(folder)
    _check_folder_has_articles(folder, files, others)
    if manifest is None:
        _no_manifest_warning(folder, files)
    _check_doc_ids(folder, files)
    records: list[dict[str, Any]] = []
    skipped: list[dict[str, str]] = []
    for file in sorted(files + others, key=lambda p: p.name):
        record, skip = _read_folder_file(folder, file, manifest)
        if record is not None:
            records.append(record)
        if skip is not None:
            skipped.append(skip)
    _warn_unmatched_manifest_rows(folder, manifest, {f.stem for f in files})
    origin = folder / MANIFEST_NAME if manifest is not None else folder
    return _finalise(records, skipped, str(origin))


# --------------------------------------------------------------------------- tables

def _read_text_file(path: Path) -> tuple[str, str]:
    """Decode a table / manifest file; binary content is an error here, not a skip."""
    try:
        text, encoding, stray_bytes = _decode(path.read_bytes())
    except BinaryContentError as exc:
        raise CorpusError(f"{path}: not a text file ({exc})") from exc
    if stray_bytes:
        _warn(f"{path}: UTF-8 with a few bytes that are not: read them as cp1252")
    return text, encoding


def _csv_records(text: str) -> tuple[list[tuple[int, int]], int]:
    """(physical line where it starts, number of fields) of every non-blank CSV record, the
    header first, and the line the header ends on. A quoted cell may hold newlines, so records
    and lines differ; messages name the line an editor shows (the standard reader counts
    physical lines as it goes)."""
    records, line, header_end = [], 1, 0
    reader = csv.reader(io.StringIO(text))
    try:
        for fields in reader:
            if fields:
                records.append((line, len(fields)))
                header_end = header_end or reader.line_num
            line = reader.line_num + 1
    except csv.Error:
        pass  # what pandas says about it is reported instead
    return records, header_end


def _parse_csv(text: str, path: Path, first_line: int | None = None) -> pd.DataFrame:
    """Parse CSV text with every cell as a string (ids like "007" keep their zeros).

    ``table.attrs["lines"]`` holds each row's physical line in the file: its line in
    ``text``, or, when ``text`` is a header followed by a byte range of a larger file, counted
    from ``first_line``, the file line where that range starts.
    """
    records, header_end = _csv_records(text)
    shift = 0 if first_line is None else first_line - header_end - 1
    try:
        table = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        header = records[0][1] if records else 0
        wide = next((line for line, n in records[1:] if n > header), None)
        if wide is not None:
            wide += shift
            raise CorpusError(f"{path}, line {wide}: cannot be parsed as CSV (a row has more "
                              f"fields than the header's {header}; a stray comma, or a cell "
                              f"with a comma that is not in quotes?)") from exc
        raise CorpusError(f"{path}: cannot be parsed as CSV ({exc})") from exc
    if not isinstance(table.index, pd.RangeIndex):
        # pandas takes a first row with one field more than the header ("a,b,c," — a stray
        # comma) as an index column and shifts every row one column left
        header = records[0][1] if records else len(table.columns)
        wide = next((line for line, n in records[1:] if n > header), None)
        where = f", line {wide + shift}" if wide is not None else ""
        first = next(iter(text.splitlines()[(wide or 2) - 1:(wide or 2)]), "")
        raise CorpusError(f"{path}{where}: cannot be parsed as CSV (a row has more fields than "
                          f"the header's {header}: {first[:60]!r}; a stray comma?)")
    table.columns = [str(c).strip() for c in table.columns]
    lines = [line + shift for line, _ in records[1:]]
    table.attrs["lines"] = lines if len(lines) == len(table) else []
    return table


def _read_csv(path: Path) -> pd.DataFrame:
    """Read a CSV file as strings, whatever its encoding."""
    return _parse_csv(_read_text_file(path)[0], path)


def _parse_jsonl(text: str, path: Path, first_line: int = 1) -> pd.DataFrame:
    """Parse JSON-lines text, one object per line; blank lines are ignored.

    ``first_line`` numbers the text's first line in error messages (a part of a larger file).
    """
    records, lines = [], []
    for line_no, line in enumerate(_normalise_newlines(text).split("\n"), start=first_line):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(f"{path}, line {line_no}: invalid JSON ({exc.msg})") from exc
        if not isinstance(record, dict):
            raise CorpusError(f"{path}, line {line_no}: expected a JSON object")
        for key in ("doc_id", "text", "source", *MANIFEST_FIELDS):
            # str() of a list would be scored as text ("['Putin spoke.', ...]").
            if isinstance(record.get(key), (list, dict)):
                kind = "a list" if isinstance(record[key], list) else "an object"
                raise CorpusError(f"{path}, line {line_no}: {key!r} is {kind}; it must be a "
                                  f"string (join a list of paragraphs with blank lines)")
        records.append(record)
        lines.append(line_no)
    # object columns: an integer field that some records lack must not become a float
    # ("1668124800" read back as "1668124800.0")
    table = pd.DataFrame(records, dtype=object) if records else pd.DataFrame()
    table.attrs["lines"] = lines
    return table


def _as_str(value: Any) -> str:
    """Coerce a cell to str: missing values → "", 7.0 stays "7.0", 7 → "7"."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)


def _load_table(path: Path) -> pd.DataFrame:
    """Load a .csv / .jsonl corpus: one article per row."""
    is_jsonl = path.suffix.lower() == ".jsonl"
    text, encoding = _read_text_file(path)
    if not remove_invisible(text).strip():
        raise CorpusError(f"{path}: the file is empty (a {'.jsonl' if is_jsonl else '.csv'} "
                          f"corpus has one article per {'line' if is_jsonl else 'row'})")
    table = _parse_jsonl(text, path) if is_jsonl else _parse_csv(text, path)
    return _finalise(_table_records(table, path, encoding, is_jsonl=is_jsonl), [], str(path))


def _page_record(html: str, record: dict[str, str], where: str, flags: list[str]) -> str:
    """The main text of a saved web page held in a table's ``text`` cell (:func:`extract_page`,
    flag ``html_extracted``); its title, url and date fill the record's where it has none.
    When trafilatura finds no main text, the page is returned for tag stripping, with a
    warning."""
    extracted, page = extract_page(_normalise_newlines(html))
    if not extracted.strip():
        _warn(f"{where}: trafilatura found no main text in this page; all its visible text is "
              "kept instead (tags stripped)")
        return html
    flags.append("html_extracted")
    for name in ("title", "url", "published"):
        if not record.get(name, "").strip() and page.get(name):
            record[name] = repair_text(page[name])[0]
    return extracted


def _table_records(table: pd.DataFrame, path: Path, encoding: str, *, is_jsonl: bool,
                   first_row: int = 0, partial: bool = False) -> list[dict[str, Any]]:
    """A parsed .csv / .jsonl table as article records, checked row by row.

    ``first_row`` is the table's offset in its file, so errors name the file's own line;
    ``partial`` marks a byte range of a larger file (``analysis.stream``), which may hold no
    rows at all and so no columns.
    """
    for column in ("doc_id", "text"):
        if column not in table.columns and not (partial and table.empty):
            raise _missing_column(path, column, table.columns)
    # "outlet" or "date" for "source" or "published": read as an extra column, its values would
    # go unused without a word (a newcomer's JSONL lost its outlets and dates), as the manifest
    # says of the same names
    stand_ins = [column for column in ("source", *MANIFEST_FIELDS)
                 if column not in table.columns and _stand_in(column, list(table.columns))]
    if stand_ins:
        raise _missing_columns(path, stand_ins, list(table.columns), required=False)
    if "source" not in table.columns:
        _warn(f"{path}: no 'source' column; every article is treated as its own source")
    records: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    no_source: list[str] = []
    placeholder_titles: list[str] = []
    lines = table.attrs.get("lines") or []
    for i, row in enumerate(table.to_dict("records"), start=first_row):
        # the physical line the parser saw (a quoted cell may span lines, a blank line is
        # skipped); else one record per line
        line = lines[i - first_row] if lines else (i + 1 if is_jsonl else i + 2)
        where = f"{path}, line {line}"
        record = {k: _as_str(v) for k, v in row.items()}
        doc_id = record["doc_id"].strip()
        if not doc_id:
            raise CorpusError(f"{where}: empty doc_id")
        if doc_id in seen:
            raise CorpusError(f"{where}: duplicated doc_id {doc_id!r} (first on line "
                              f"{seen[doc_id]})")
        seen[doc_id] = line
        source = record.get("source", "").strip()
        if not source and "source" in table.columns:
            no_source.append(str(line))
        flags: list[str] = []
        raw = record["text"]
        if _HTML_DOCUMENT.search(raw):
            # a whole saved page in a cell: its main text and metadata, as a saved .html file
            # gives them (a newcomer's pages had their menus, banners and comments scored)
            raw = _page_record(raw, record, f"{where} (doc_id {doc_id!r})", flags)
        text = _clean_text(raw, f"{where} (doc_id {doc_id!r})", flags)
        if "title" in record:
            record["title"], placeholder = _clean_title(
                record["title"], f"{where} (doc_id {doc_id!r})", flags)
            if placeholder:
                placeholder_titles.append(str(line))
        record.update({
            "doc_id": doc_id,
            "source": source or doc_id,
            "path": "",
            "text": text,
            "encoding": encoding,
            "flags": ";".join(flags),
        })
        for name in MANIFEST_FIELDS:
            record.setdefault(name, "")
        records.append(record)
    if placeholder_titles:
        # One warning per table: a column written by astype(str) says "nan" on every row.
        _warn(f"{path}: the title on line(s) {', '.join(placeholder_titles[:10])}"
              f"{', ...' if len(placeholder_titles) > 10 else ''} only marks a missing value "
              f"(\"nan\", \"None\", \"N/A\"); read as no title")
    if no_source:
        _warn(f"{path}: empty source on line(s) {', '.join(no_source[:10])}"
              f"{', ...' if len(no_source) > 10 else ''}; each such article is treated as its "
              f"own source (its doc_id)")
    return records


# --------------------------------------------------------------------------- entry point

def load_corpus(path: str | os.PathLike[str]) -> pd.DataFrame:
    """Load a corpus folder or a ``.csv`` / ``.jsonl`` file into the articles table.

    Returns one row per article, sorted by ``doc_id``, with the columns of
    README's "Data model" followed by any extra manifest / table columns.
    ``df.attrs["skipped"]`` lists the files that were not text, as
    ``{"path": ..., "reason": ...}`` dicts.

    Raises:
        CorpusError: the path is missing or unsupported, a folder holds no article file
            directly inside it (subfolders are not read: a warning names those that hold
            article files), a required column is missing, a doc_id is empty or duplicated, or
            a table/manifest cannot be parsed.
    """
    root = Path(path)
    if root.is_dir():
        return _load_folder(root)
    if not root.exists():
        raise CorpusError(f"{root}: no such file or folder")
    if root.suffix.lower() in (".csv", ".jsonl"):
        return _load_table(root)
    raise CorpusError(f"{root}: unsupported corpus file; expected a folder, .csv or .jsonl")
