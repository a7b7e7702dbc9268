"""Read a corpus in chunks, never holding all of its text: :func:`iter_corpus`.

:func:`analysis.corpus.load_corpus` reads a whole corpus into one articles table. This module
reads the same formats in *parts* that each hold a bounded number of articles:

* a folder: the ``.txt`` / ``.md`` / ``.html`` / ``.htm`` files, in doc_id order, ``chunk_size`` files per part;
* a ``.jsonl`` or ``.csv`` file: byte ranges of ``chunk_size`` records each, found by one
  streaming pass over the file (for CSV a record ends at a newline outside quotes).

A part is a small, picklable :class:`CorpusPart` (file names or a byte range, no text), so a
Dask worker can read its own part (:func:`read_part`) — that is how the Dask engine scores
corpora larger than memory. Decoding, HTML stripping, the manifest and the warnings are those of
:mod:`analysis.corpus` (its helpers are reused, not copied).

Differences from ``load_corpus``, all documented:

* rows come part by part in file order (folders: doc_id order), each part sorted by doc_id;
* ``duplicate_of=`` flags follow stream order in :func:`iter_corpus`; the Dask engine computes
  them over the whole corpus in doc_id order, exactly as ``load_corpus`` does;
* a table file that is not valid UTF-8 (JSON must be UTF-8) cannot be split into byte ranges:
  it is loaded whole with ``load_corpus`` (with a warning) and then cut into parts.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pandas as pd

from . import corpus as _corpus
from .corpus import ARTICLE_COLUMNS, CorpusError

DEFAULT_CHUNK_SIZE = 256


@dataclass(frozen=True)
class CorpusPart:
    """A slice of a corpus that can be read on its own. Holds no article text (except the
    in-memory fallback, ``frame``), so a list of parts is cheap to build and to ship."""

    number: int
    kind: str                       # "folder", "jsonl", "csv" or "frame"
    path: str
    files: tuple[str, ...] = ()     # folder: file names in this part
    manifest: Mapping[str, dict[str, str]] | None = None  # folder: sources.csv rows of them
    start: int = 0                  # table: byte range [start, end) of whole records
    end: int = 0
    header_end: int = 0             # csv: the header line is bytes [0, header_end)
    first_row: int = 0              # table: index of the part's first record (for messages)
    first_line: int = 1             # table: the file line where the part's byte range starts
    encoding: str = "utf-8"
    frame: pd.DataFrame | None = field(default=None, compare=False, repr=False)
    # folder: columns every record gets ("" if absent), so parts without a saved web page
    # still have the ``author`` column the pages of other parts bring
    columns: tuple[str, ...] = ()


# --------------------------------------------------------------------------------------------
# Planning: one cheap pass that finds the parts
# --------------------------------------------------------------------------------------------

def plan_parts(path: str | os.PathLike[str], chunk_size: int = DEFAULT_CHUNK_SIZE
               ) -> list[CorpusPart]:
    """Split a corpus into parts of at most ``chunk_size`` articles without keeping any text.

    Raises :class:`~analysis.corpus.CorpusError` for what ``load_corpus`` rejects up front
    (missing path, unsupported file, two files with one doc_id, a bad manifest).
    """
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, got {chunk_size}")
    root = Path(path)
    if root.is_dir():
        return _plan_folder(root, chunk_size)
    if not root.exists():
        raise CorpusError(f"{root}: no such file or folder")
    suffix = root.suffix.lower()
    if suffix not in (".csv", ".jsonl"):
        raise CorpusError(f"{root}: unsupported corpus file; expected a folder, .csv or .jsonl")
    try:
        return _plan_table(root, suffix[1:], chunk_size)
    except _NotSplittable as exc:
        _corpus._warn(f"{root}: {exc}; loading it whole instead of streaming")
        return _plan_frame(_corpus.load_corpus(root), root, chunk_size)


def _plan_folder(folder: Path, chunk_size: int) -> list[CorpusPart]:
    manifest = _corpus._read_manifest(folder)
    readable, others = _corpus._folder_files(folder)
    _corpus._check_folder_has_articles(folder, readable, others)
    if manifest is None:
        _corpus._no_manifest_warning(folder, readable)
    # load_corpus sorts articles by doc_id (the stem); file names sort differently when a stem
    # is a prefix of another ("a-b.txt" < "a.txt"), so order by stem to keep doc_id order.
    files = sorted(readable, key=lambda p: (p.stem, p.name))
    _corpus._check_doc_ids(folder, files)
    _corpus._warn_unmatched_manifest_rows(folder, manifest, {f.stem for f in files})
    pages = any(f.suffix.lower() in _corpus.HTML_SUFFIXES for f in files)
    columns = ("author",) if pages else ()
    parts = []
    for number, i in enumerate(range(0, len(files), chunk_size)):
        chunk = files[i:i + chunk_size]
        subset = None if manifest is None else {
            f.stem: manifest[f.stem] for f in chunk if f.stem in manifest}
        parts.append(CorpusPart(number=number, kind="folder", path=str(folder),
                                files=tuple(f.name for f in chunk), manifest=subset,
                                columns=columns))
    if others:
        # Files of a type a folder cannot read ride with the last part, which reports them.
        last = parts[-1] if parts else CorpusPart(number=0, kind="folder", path=str(folder),
                                                  manifest=None if manifest is None else {})
        parts[-1:] = [replace(last, files=last.files + tuple(f.name for f in others))]
    return parts


class _NotSplittable(Exception):
    """A table file that cannot be cut into byte ranges (the message says why)."""


def _plan_table(path: Path, kind: str, chunk_size: int) -> list[CorpusPart]:
    """Find record boundaries in one streaming pass, checking the bytes are UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    parts: list[CorpusPart] = []
    encoding, header_end = "utf-8", 0
    offset = part_start = 0
    records = part_first = 0
    part_line = 1  # the file line where the part's byte range starts
    in_quotes = False  # csv: inside a quoted field at the end of the line read so far
    with path.open("rb") as fh:
        for lineno, line in enumerate(fh):
            if lineno == 0:
                if line.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE,
                                    codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                    raise _NotSplittable("it is UTF-16/UTF-32, not UTF-8")
                if line.startswith(codecs.BOM_UTF8):
                    encoding = "utf-8-sig"
            if b"\x00" in line:
                raise _NotSplittable("it contains NUL bytes (not UTF-8 text)")
            if b"\r" in line.rstrip(b"\r\n"):
                # Lines are cut at \n only; a file saved with classic Mac line endings (CR
                # alone, Excel for Mac's "CSV (Macintosh)") would be one header line and no rows.
                raise _NotSplittable("its lines end in a bare CR (classic Mac line endings)")
            try:
                decoder.decode(line)
            except UnicodeDecodeError as exc:
                raise _NotSplittable(f"it is not valid UTF-8 ({exc.reason} near byte "
                                     f"{offset + exc.start})") from exc
            offset += len(line)
            if kind == "csv":
                in_quotes ^= line.count(b'"') % 2 == 1
                if in_quotes:
                    continue  # a newline inside a quoted field: the record goes on
                if not header_end:
                    header_end = part_start = offset
                    part_line = lineno + 2
                    continue
            if not line.strip():
                continue
            records += 1
            if records - part_first == chunk_size:
                parts.append(_table_part(len(parts), kind, path, part_start, offset, header_end,
                                         part_first, part_line, encoding))
                part_start, part_first, part_line = offset, records, lineno + 2
    if records > part_first:
        parts.append(_table_part(len(parts), kind, path, part_start, offset, header_end,
                                 part_first, part_line, encoding))
    if kind == "csv" and not header_end:
        raise CorpusError(f"{path}: cannot be parsed as CSV (no header line)")
    return parts


def _table_part(number: int, kind: str, path: Path, start: int, end: int, header_end: int,
                first_row: int, first_line: int, encoding: str) -> CorpusPart:
    return CorpusPart(number=number, kind=kind, path=str(path), start=start, end=end,
                      header_end=header_end, first_row=first_row, first_line=first_line,
                      encoding=encoding)


def _plan_frame(articles: pd.DataFrame, path: Path, chunk_size: int) -> list[CorpusPart]:
    return [CorpusPart(number=n, kind="frame", path=str(path),
                       frame=articles.iloc[i:i + chunk_size].reset_index(drop=True))
            for n, i in enumerate(range(0, len(articles), chunk_size))]


# --------------------------------------------------------------------------------------------
# Reading one part
# --------------------------------------------------------------------------------------------

def read_part(part: CorpusPart) -> pd.DataFrame:
    """The articles of one part, sorted by doc_id, in ``load_corpus``'s columns (plus any extra
    manifest / table columns). Files that are not text are listed in ``attrs["skipped"]``.

    Duplicate texts are *not* flagged here (that needs the other parts): see
    :class:`DuplicateTracker`.
    """
    if part.kind == "folder":
        records, skipped = _read_folder_part(part)
    elif part.kind in ("jsonl", "csv"):
        records, skipped = _read_table_part(part), []
    elif part.kind == "frame":
        frame = part.frame.copy() if part.frame is not None else pd.DataFrame()
        frame["flags"] = frame["flags"].map(_without_duplicate_flag) if len(frame) else ""
        frame.attrs["skipped"] = []
        return frame
    else:
        raise ValueError(f"unknown corpus part kind {part.kind!r}")
    return _articles_frame(records, skipped)


def _without_duplicate_flag(flags: str) -> str:
    return ";".join(f for f in str(flags).split(";") if f and not f.startswith("duplicate_of="))


def _read_folder_part(part: CorpusPart) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    folder = Path(part.path)
    manifest = None if part.manifest is None else dict(part.manifest)
    records: list[dict[str, Any]] = []
    skipped: list[dict[str, str]] = []
    for name in part.files:
        record, skip = _corpus._read_folder_file(folder, folder / name, manifest)
        if record is not None:
            records.append({**record, **{c: record.get(c, "") for c in part.columns}})
        if skip is not None:
            skipped.append(skip)
    return records, skipped


def _read_range(part: CorpusPart) -> str:
    with open(part.path, "rb") as fh:
        head = fh.read(part.header_end) if part.header_end else b""
        fh.seek(part.start)
        body = fh.read(part.end - part.start)
    return (head + body).decode("utf-8").removeprefix("\ufeff")


def _read_table_part(part: CorpusPart) -> list[dict[str, Any]]:
    """Rows of a byte range, turned into articles as ``corpus._load_table`` does."""
    path = Path(part.path)
    is_jsonl = part.kind == "jsonl"
    text = _read_range(part)
    table = _corpus._parse_jsonl(text, path, part.first_line) if is_jsonl \
        else _corpus._parse_csv(text, path, part.first_line)
    return _corpus._table_records(table, path, part.encoding, is_jsonl=is_jsonl,
                                  first_row=part.first_row, partial=True)


def _articles_frame(records: list[dict[str, Any]], skipped: list[dict[str, str]]
                    ) -> pd.DataFrame:
    """``corpus._finalise`` without the duplicate flags: columns in order, sorted by doc_id."""
    articles = pd.DataFrame.from_records(records)
    if articles.empty:
        articles = pd.DataFrame(columns=list(ARTICLE_COLUMNS))
    extras = [c for c in articles.columns if c not in ARTICLE_COLUMNS]
    articles = articles[list(ARTICLE_COLUMNS) + extras]
    articles[extras] = articles[extras].fillna("")
    articles = articles.sort_values("doc_id", kind="stable").reset_index(drop=True)
    articles.attrs["skipped"] = skipped
    return articles


# --------------------------------------------------------------------------------------------
# Duplicates across parts
# --------------------------------------------------------------------------------------------

def text_key(text: str) -> str:
    """Whitespace-insensitive identity of an article text ("" for an empty text), as
    ``load_corpus`` compares texts for ``duplicate_of=`` flags, but as a short hash."""
    key = " ".join(str(text).split())
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest() \
        if key else ""


class DuplicateTracker:
    """Flags each later copy of an identical text across any number of parts, remembering one
    hash per distinct text (not the texts)."""

    def __init__(self) -> None:
        self._first: dict[str, str] = {}

    def duplicate_of(self, doc_id: str, key: str) -> str | None:
        """The doc_id this text was first seen under, or None (and remember it)."""
        if not key:
            return None
        first = self._first.setdefault(key, doc_id)
        return None if first == doc_id else first

    def flag(self, articles: pd.DataFrame, keys: list[str] | None = None) -> None:
        """Append ``duplicate_of=<doc_id>`` to the flags of later copies, in place, in row order,
        with ``load_corpus``'s warning."""
        keys = keys if keys is not None else [text_key(t) for t in articles["text"]]
        for index, doc_id, key in zip(articles.index, articles["doc_id"], keys):
            first = self.duplicate_of(str(doc_id), key)
            if first is None:
                continue
            flag = f"duplicate_of={first}"
            flags = articles.at[index, "flags"]
            articles.at[index, "flags"] = ";".join(filter(None, [flags, flag]))
            _corpus._warn(f"article {doc_id!r} has the same text as {first!r}; "
                          f"kept and flagged '{flag}'")


# --------------------------------------------------------------------------------------------
# The iterator API
# --------------------------------------------------------------------------------------------

def iter_corpus(path: str | os.PathLike[str], chunk_size: int = DEFAULT_CHUNK_SIZE
                ) -> Iterator[pd.DataFrame]:
    """Yield the articles table of a corpus in chunks of at most ``chunk_size`` articles.

    Only one chunk's text is in memory at a time (plus a 16-byte hash per distinct text, for the
    duplicate flags, and the doc_ids, to reject a doc_id used twice). Concatenated and sorted by
    doc_id, the chunks equal ``load_corpus(path)``; for a folder they already come in doc_id
    order. ``attrs["skipped"]`` of each chunk lists its files that were not text.
    """
    tracker = DuplicateTracker()
    seen: set[str] = set()
    for part in plan_parts(path, chunk_size):
        articles = read_part(part)
        for doc_id in articles["doc_id"]:
            if doc_id in seen:
                raise CorpusError(f"{path}: duplicated doc_id {doc_id!r}")
            seen.add(doc_id)
        tracker.flag(articles)
        yield articles


__all__ = ["CorpusPart", "DuplicateTracker", "iter_corpus", "plan_parts", "read_part",
           "text_key", "DEFAULT_CHUNK_SIZE"]
