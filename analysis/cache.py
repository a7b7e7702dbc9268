"""The score cache: model outputs keyed by (model artifact hash, input text hash).

Re-scoring an unchanged corpus — ``python -m analysis score``, a notebook, the report, a Dask
run — reads every model output back instead of running a model:

* stance per (sentence text, mention span), keyed by the stance artifact's content hash
  (``LoadedModel.digest``, computed from the files without loading the model), the model
  backend in force (``torch`` / ``onnx`` / ``onnx-int8``) and a hash of the inference code
  (``stance.py``, the runtime modules of ``models/``);
* sentiment per sentence text (transformer probabilities, VADER compound and top emotion),
  keyed by the hashes of the sentiment and emotion artifacts, the VADER version and the
  backend and the inference code (``sentiment.py``, ``models/``, ``score.py``);
* the model-free annotations of an article (sentence segmentation, quotes, actor mentions),
  keyed by the article text and a fingerprint of the code and actor registry that produce them
  — so a cached rerun does not pay for segmentation either.

Where: one SQLite database, ``$NEWSSTANCE_CACHE_DIR/scores.sqlite`` (default
``$XDG_CACHE_HOME/newsstance``, i.e. ``~/.cache/newsstance``). SQLite in WAL mode lets many
processes (Dask workers, a notebook and a CLI run) read and write at once: writers take turns
through short ``BEGIN IMMEDIATE`` transactions and readers never block. Keep the folder on a
local disk: SQLite locking is unreliable on network filesystems, so on several hosts each host
keeps its own cache.

A cached value is the float64 the model produced when it was stored, read back bit for bit;
against a run without cache the only difference is batch composition (repeated inputs are scored
once), i.e. float noise that rounding to 6 decimals can show as 1e-6. Any cache failure (a locked
or corrupt file) degrades to scoring without it, with one warning. ``NEWSSTANCE_NO_CACHE=1`` (or ``--no-cache``, or ``cache=False``) turns it off.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.metadata
import json
import os
import sqlite3
import threading
import time
import warnings
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

CACHE_ENV = "NEWSSTANCE_CACHE_DIR"
NO_CACHE_ENV = "NEWSSTANCE_NO_CACHE"
DB_NAME = "scores.sqlite"
# Bump when a table layout or a stored value's meaning changes: old rows are then ignored.
SCHEMA_VERSION = 1
# A writer waits this long for its turn before giving up on storing (results are unaffected).
BUSY_TIMEOUT_S = 120.0
# SQLite's default limit on host parameters is 999 in older builds; stay below it.
_LOOKUP_CHUNK = 900
# The modules whose code decides segmentation, quotes and mentions (the annotations).
_ANNOTATION_MODULES = ("segment.py", "quotes.py", "speakers.py", "actors.py")

STANCE_FIELDS = ("label", "p_negative", "p_neutral", "p_positive")
SENTIMENT_FIELDS = ("sentiment_label", "sentiment_score", "p_negative", "p_neutral",
                    "p_positive", "vader_compound", "top_emotion")
_TEXT_FIELDS = {"label", "sentiment_label", "top_emotion"}

_DIR_OVERRIDE: ContextVar[Path | None] = ContextVar("newsstance_cache_dir", default=None)


class CacheUnavailable(RuntimeError):
    """The cache database cannot be used (the message says why); scoring goes on without it."""


# --------------------------------------------------------------------------------------------
# Location and switches
# --------------------------------------------------------------------------------------------

def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/newsstance``, else ``~/.cache/newsstance``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsstance"


def cache_dir() -> Path:
    """The cache folder in force: :func:`use_cache_dir`, else ``$NEWSSTANCE_CACHE_DIR``, else
    the default."""
    override = _DIR_OVERRIDE.get()
    if override is not None:
        return override
    env = os.environ.get(CACHE_ENV)
    return Path(env).expanduser() if env else default_cache_dir()


@contextlib.contextmanager
def use_cache_dir(path: Path | str | None) -> Iterator[None]:
    """Use ``path`` as the cache folder inside the block (``None``: leave as is)."""
    if path is None:
        yield
        return
    token = _DIR_OVERRIDE.set(Path(path))
    try:
        yield
    finally:
        _DIR_OVERRIDE.reset(token)


def cache_enabled(flag: bool | None = None) -> bool:
    """Whether to use the cache: an explicit flag wins, else on unless ``NEWSSTANCE_NO_CACHE``.

    Always off while the test switch ``NEWSSTANCE_SIMULATE_FLOAT_NOISE`` is set.
    """
    from .models import float_noise_amplitude

    if float_noise_amplitude():
        return False  # simulated machine noise (a test switch) must never reach the cache
    if flag is not None:
        return bool(flag)
    return os.environ.get(NO_CACHE_ENV, "").strip().lower() in ("", "0", "false", "no")


# --------------------------------------------------------------------------------------------
# Keys
# --------------------------------------------------------------------------------------------

def _hash(*parts: str) -> bytes:
    # Length-prefixed parts, so ("ab", "c") and ("a", "bc") hash differently.
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        data = part.encode("utf-8", "surrogatepass")
        h.update(b"%d:" % len(data))
        h.update(data)
    return h.digest()


def stance_key(sentence: str, start: int, end: int) -> bytes:
    """Cache key of one (sentence text, span) stance input."""
    return _hash(sentence, str(int(start)), str(int(end)))


def sentence_key(sentence: str) -> bytes:
    """Cache key of one sentence's sentiment input."""
    return _hash(sentence)


def article_key(text: str) -> bytes:
    """Cache key of one article's annotations: the text alone (doc_id and source are
    re-attached on reading)."""
    return _hash(text)


_DIGESTS: dict[tuple[str, tuple[tuple[str, int, int], ...]], str] = {}
_DIGEST_LOCK = threading.Lock()


def artifact_hash(path: Path | str) -> str:
    """Content hash of a model artifact folder, as :attr:`analysis.models.LoadedModel.digest`.

    Computed from the files without loading the model (a fully cached run never loads one), and
    memoised per process on the files' sizes and modification times.
    """
    from .models import artifact_digest

    path = Path(path)
    if not path.is_dir():
        raise CacheUnavailable(f"model artifact folder {path} does not exist")
    stamp = tuple(sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns)
                         for p in path.iterdir() if p.is_file()))
    key = (str(path.resolve()), stamp)
    with _DIGEST_LOCK:
        if key not in _DIGESTS:
            _DIGESTS[key] = artifact_digest(path)
        return _DIGESTS[key]


def code_hash(*modules: str) -> str:
    """Hash of package source files: the inference code that turns model outputs into the
    stored values (input encoding, windows, label mapping). Any edit invalidates — safe side."""
    here = Path(__file__).parent
    return _hash(*((here / name).read_text(encoding="utf-8") for name in modules)).hex()


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


# The model code between an artifact and its logits (training code is left out on purpose).
_RUNTIME_MODULES = ("models/runtime.py", "models/torch_backend.py", "models/onnx_backend.py",
                    "models/teacher.py")


def model_backend() -> str:
    """The model backend scores are computed with (``torch``, ``onnx``, ``onnx-int8``): part of
    every model key, so scores of different backends never mix."""
    from .models import resolve_backend

    return resolve_backend()


def stance_model_hash() -> str:
    """Key of the stance scores: the artifact :func:`analysis.stance.score_targets` would load
    (its content hash, as ``LoadedModel.digest``) and the stance inference code."""
    from .stance import stance_model_path

    return _hash("stance", artifact_hash(stance_model_path()), "backend", model_backend(),
                 code_hash("stance.py", *_RUNTIME_MODULES)).hex()


def sentiment_model_hash() -> str:
    """Key of the sentiment columns: both artifacts, the VADER version and the inference code."""
    from . import sentiment

    sent = Path(os.environ.get(sentiment.SENTIMENT_MODEL_ENV) or sentiment.DEFAULT_SENTIMENT_MODEL)
    emo = Path(os.environ.get(sentiment.EMOTION_MODEL_ENV) or sentiment.DEFAULT_EMOTION_MODEL)
    return _hash("sentiment", artifact_hash(sent), "emotion", artifact_hash(emo),
                 "vader", _version("vaderSentiment"), "backend", model_backend(),
                 code_hash("sentiment.py", *_RUNTIME_MODULES, "score.py")).hex()


def annotation_fingerprint(registry: Any) -> str:
    """Hash of what decides an article's annotations: the code of segment / quotes / actors,
    the pysbd version, the first-name gender data's version and the actor registry. Editing any
    of them invalidates the entries."""
    return _hash(code_hash(*_ANNOTATION_MODULES), _version("pysbd"), _version("nomquamgender"),
                 repr(tuple(registry.actors))).hex()


# --------------------------------------------------------------------------------------------
# The store
# --------------------------------------------------------------------------------------------

_TABLES = {
    "stance": ("label TEXT, p_negative REAL, p_neutral REAL, p_positive REAL"),
    "sentiment": ("sentiment_label TEXT, sentiment_score REAL, p_negative REAL, p_neutral REAL, "
                  "p_positive REAL, vader_compound REAL, top_emotion TEXT"),
    "annotations": "payload BLOB",
}
_FIELDS = {"stance": STANCE_FIELDS, "sentiment": SENTIMENT_FIELDS, "annotations": ("payload",)}


class ScoreCache:
    """One process's connection to the cache database (use :func:`open_cache`)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.path = self.folder / DB_NAME
        self._lock = threading.Lock()
        self._model_ids: dict[tuple[str, str], int] = {}
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            # check_same_thread=False: a Dask worker may run successive tasks on different
            # threads; self._lock serialises use of the connection instead.
            self._conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                         check_same_thread=False)
            self._setup()
        except (OSError, sqlite3.Error) as exc:
            raise CacheUnavailable(f"cannot open the score cache {self.path}: {exc}") from exc

    def _setup(self) -> None:
        conn = self._conn
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        _retry_locked(lambda: conn.execute("PRAGMA journal_mode = WAL"))
        # NORMAL is durable enough for a cache in WAL mode (a crash may drop the last
        # transactions, never corrupt the file) and much faster than FULL.
        conn.execute("PRAGMA synchronous = NORMAL")
        with self._write() as cur:
            cur.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            cur.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            cur.execute("CREATE TABLE IF NOT EXISTS models (id INTEGER PRIMARY KEY, "
                        "kind TEXT NOT NULL, digest TEXT NOT NULL, UNIQUE (kind, digest))")
            for table, columns in _TABLES.items():
                cur.execute(f"CREATE TABLE IF NOT EXISTS {table} (model INTEGER NOT NULL, "
                            f"key BLOB NOT NULL, {columns}, PRIMARY KEY (model, key)) "
                            "WITHOUT ROWID")
        schema = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0]
        if schema != str(SCHEMA_VERSION):
            raise CacheUnavailable(f"{self.path} has cache schema {schema}, this code "
                                   f"{SCHEMA_VERSION}: run `python -m analysis cache clear`")

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Cursor]:
        """One short write transaction; BEGIN IMMEDIATE takes the write lock up front, so two
        writers queue on the busy timeout instead of deadlocking on a lock upgrade."""
        cur = self._conn.cursor()
        _retry_locked(lambda: cur.execute("BEGIN IMMEDIATE"))
        try:
            yield cur
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        else:
            cur.execute("COMMIT")

    def model_id(self, kind: str, digest: str) -> int:
        """Small integer id of a (table, model hash) pair, so rows do not repeat the hash."""
        key = (kind, digest)
        if key not in self._model_ids:
            with self._lock:
                with self._write() as cur:
                    cur.execute("INSERT OR IGNORE INTO models (kind, digest) VALUES (?, ?)", key)
                row = self._conn.execute("SELECT id FROM models WHERE kind = ? AND digest = ?",
                                         key).fetchone()
            self._model_ids[key] = int(row[0])
        return self._model_ids[key]

    def get(self, table: str, model: int, keys: Sequence[bytes]) -> dict[bytes, tuple]:
        """Stored rows (field values in :data:`_FIELDS` order) for the keys that are present."""
        found: dict[bytes, tuple] = {}
        unique = list(dict.fromkeys(keys))
        fields = ", ".join(_FIELDS[table])
        with self._lock:
            for i in range(0, len(unique), _LOOKUP_CHUNK):
                chunk = unique[i:i + _LOOKUP_CHUNK]
                marks = ",".join("?" * len(chunk))
                rows = self._conn.execute(
                    f"SELECT key, {fields} FROM {table} WHERE model = ? AND key IN ({marks})",
                    (model, *chunk)).fetchall()
                found.update((row[0], row[1:]) for row in rows)
        return found

    def put(self, table: str, model: int, rows: Sequence[tuple[bytes, tuple]]) -> None:
        """Store rows; an existing key keeps its value (same inputs, same model: same output)."""
        if not rows:
            return
        n = len(_FIELDS[table])
        sql = f"INSERT OR IGNORE INTO {table} VALUES (?, ?{', ?' * n})"
        with self._lock:
            with self._write() as cur:
                cur.executemany(sql, ((model, key, *values) for key, values in rows))

    def info(self) -> dict[str, Any]:
        """Where the cache is, its size on disk, and its row counts per table and model."""
        with self._lock:
            counts = self._conn.execute(
                "SELECT m.kind, m.digest, COUNT(*) FROM models m JOIN ("
                + " UNION ALL ".join(f"SELECT model, '{t}' AS kind FROM {t}" for t in _TABLES)
                + ") r ON r.model = m.id AND r.kind = m.kind GROUP BY m.kind, m.digest "
                  "ORDER BY m.kind, m.digest").fetchall()
        size = sum(p.stat().st_size for p in self.folder.glob(DB_NAME + "*") if p.is_file())
        return {"path": str(self.path), "bytes": size,
                "entries": [{"table": k, "model": d, "rows": int(c)} for k, d, c in counts]}

    def clear(self) -> int:
        """Delete every entry (other processes may keep the file open); returns rows removed.

        The ``models`` rows stay: a running process keeps its model ids in memory, and an id
        reused for another model would hand it that model's scores.
        """
        with self._lock:
            with self._write() as cur:
                removed = sum(cur.execute(f"DELETE FROM {table}").rowcount for table in _TABLES)
            with contextlib.suppress(sqlite3.OperationalError):  # busy: space is reused anyway
                self._conn.execute("VACUUM")
        return removed

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def _retry_locked(op: Callable[[], Any], attempts: int = 50) -> Any:
    """Run a statement that SQLite may refuse with 'database is locked' before the busy handler
    applies (journal-mode switches, BEGIN under heavy contention); back off and retry."""
    for i in range(attempts):
        try:
            return op()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc) or i == attempts - 1:
                raise
            time.sleep(min(0.05 * (i + 1), 1.0))
    return None  # pragma: no cover - the loop returns or raises


_OPEN: dict[tuple[int, Path], ScoreCache] = {}
_OPEN_LOCK = threading.Lock()
_WARNED: set[str] = set()


def open_cache(folder: Path | str | None = None) -> ScoreCache:
    """This process's connection to the cache in ``folder`` (default: :func:`cache_dir`).

    Keyed by process id as well, so a forked child opens its own connection.
    """
    path = Path(folder) if folder is not None else cache_dir()
    key = (os.getpid(), path.resolve())
    with _OPEN_LOCK:
        if key not in _OPEN:
            _OPEN[key] = ScoreCache(path)
        return _OPEN[key]


def _warn_once(message: str) -> None:
    if message not in _WARNED:
        _WARNED.add(message)
        warnings.warn(f"{message}; scoring without the cache", RuntimeWarning, stacklevel=3)


# --------------------------------------------------------------------------------------------
# Cached computations (used by analysis.score)
# --------------------------------------------------------------------------------------------

_STATS: dict[str, list[int]] = {}


def _count(table: str, hits: int, total: int) -> None:
    counts = _STATS.setdefault(table, [0, 0])
    counts[0] += hits
    counts[1] += total


def cache_stats() -> dict[str, tuple[int, int]]:
    """(read from the cache, asked for) per table — ``stance`` pairs, ``sentiment`` sentences,
    ``annotations`` articles — since :func:`reset_cache_stats`; for run summaries."""
    return {table: (hits, total) for table, (hits, total) in _STATS.items()}


def reset_cache_stats() -> None:
    _STATS.clear()


def _lookup_or_compute(table: str, kind: str, digest: Callable[[], str], keys: list[bytes],
                       compute: Callable[[list[int]], list[tuple]]) -> list[tuple] | None:
    """Values for every key: stored ones read back, the rest computed once per distinct key
    (``compute`` gets the input positions to score) and stored. None when the cache cannot be
    used, so the caller computes everything itself."""
    try:
        store = open_cache()
        model = store.model_id(kind, digest())
        found = store.get(table, model, keys)
    except (CacheUnavailable, sqlite3.Error, OSError) as exc:
        _warn_once(str(exc))
        return None
    first: dict[bytes, int] = {}
    for i, key in enumerate(keys):
        if key not in found:
            first.setdefault(key, i)
    _count(table, sum(key in found for key in keys), len(keys))
    if first:
        todo = list(first.values())
        computed = compute(todo)
        fresh = list(zip(first, computed))
        found.update(fresh)
        try:
            store.put(table, model, fresh)
        except sqlite3.Error as exc:
            _warn_once(f"cannot write to the score cache {store.path}: {exc}")
    return [found[key] for key in keys]


def _nan(value: Any) -> Any:
    # SQLite has no NaN: it stores NULL, which comes back as None.
    return np.nan if value is None else value


def _frame(rows: list[tuple], fields: Sequence[str]) -> pd.DataFrame:
    columns = list(zip(*rows)) if rows else [()] * len(fields)
    data = {}
    for name, values in zip(fields, columns):
        if name in _TEXT_FIELDS:
            data[name] = pd.Series(list(values), dtype="str")
        else:
            data[name] = np.array([_nan(v) for v in values], dtype=float)
    return pd.DataFrame(data)


def cached_stance_scores(sentences: Sequence[str], spans: Sequence[tuple[int, int]],
                         score: Callable[[list[str], list[tuple[int, int]]], pd.DataFrame]
                         ) -> pd.DataFrame:
    """``score(sentences, spans)`` (columns label, p_negative, p_neutral, p_positive), with
    every (sentence, span) already seen under the current stance artifact read from the cache."""
    sentences, spans = list(sentences), [(int(a), int(b)) for a, b in spans]
    keys = [stance_key(s, a, b) for s, (a, b) in zip(sentences, spans)]

    def compute(todo: list[int]) -> list[tuple]:
        frame = score([sentences[i] for i in todo], [spans[i] for i in todo])
        return list(frame[list(STANCE_FIELDS)].itertuples(index=False, name=None))

    rows = _lookup_or_compute("stance", "stance", stance_model_hash, keys, compute)
    if rows is None:
        return score(sentences, spans)
    return _frame(rows, STANCE_FIELDS)


def cached_sentence_sentiment(texts: Sequence[str],
                              score: Callable[[list[str]], pd.DataFrame]) -> pd.DataFrame:
    """``score(texts)`` (the sentiment columns of the sentences table), with every sentence
    already seen under the current sentiment/emotion artifacts read from the cache."""
    texts = list(texts)
    keys = [sentence_key(t) for t in texts]

    def compute(todo: list[int]) -> list[tuple]:
        frame = score([texts[i] for i in todo])
        return list(frame[list(SENTIMENT_FIELDS)].itertuples(index=False, name=None))

    try:
        digest = sentiment_model_hash()
    except CacheUnavailable:
        return score(texts)  # a missing artifact: let the model loader raise its own error
    rows = _lookup_or_compute("sentiment", "sentiment", lambda: digest, keys, compute)
    if rows is None:
        return score(texts)
    return _frame(rows, SENTIMENT_FIELDS)


# Per-article annotation payload: the columns and dtypes of the two tables, and their rows without
# the columns re-attached on reading (doc_id and source; a sentence's text is
# article_text[start:end]). Storing the column list keeps the cache right if a stage adds one.
_REATTACHED = ("doc_id", "source", "text")


def _plain(value: Any) -> Any:
    return value.item() if isinstance(value, np.generic) else value


def _table_payload(frame: pd.DataFrame) -> dict[str, Any]:
    kept = [c for c in frame.columns if c not in _REATTACHED]
    return {"columns": list(frame.columns), "dtypes": [str(frame[c].dtype) for c in frame.columns],
            "rows": [[_plain(v) for v in row]
                     for row in frame[kept].itertuples(index=False, name=None)]}


def _encode_annotations(sentences: pd.DataFrame, mentions: pd.DataFrame) -> bytes:
    payload = {"sentences": _table_payload(sentences), "mentions": _table_payload(mentions)}
    return zlib.compress(json.dumps(payload, separators=(",", ":")).encode("utf-8"), 1)


def _table_rows(table: dict[str, Any], doc_id: str, source: str, text: str) -> list[list[Any]]:
    columns = table["columns"]
    kept = [c for c in columns if c not in _REATTACHED]
    rows = []
    for values in table["rows"]:
        row = dict(zip(kept, values), doc_id=doc_id, source=source)
        if "text" in columns:
            row["text"] = text[row["start"]:row["end"]]
        rows.append([row[c] for c in columns])
    return rows


class _Collected:
    """Rows of one table gathered from many cached articles (all with one column layout)."""

    def __init__(self) -> None:
        self.columns: list[str] | None = None
        self.dtypes: list[str] = []
        self.rows: list[list[Any]] = []

    def accepts(self, table: dict[str, Any]) -> bool:
        return self.columns is None or self.columns == table["columns"]

    def add(self, table: dict[str, Any], doc_id: str, source: str, text: str) -> None:
        self.columns, self.dtypes = table["columns"], table["dtypes"]
        self.rows.extend(_table_rows(table, doc_id, source, text))

    def frame(self) -> pd.DataFrame:
        frame = pd.DataFrame(self.rows, columns=self.columns)
        return frame.astype(dict(zip(self.columns, self.dtypes)))


def cached_annotations(articles: pd.DataFrame, registry: Any,
                       annotate: Callable[[pd.DataFrame], tuple[pd.DataFrame, pd.DataFrame]]
                       ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``annotate(articles)`` → (sentences with quote columns, mentions), with the articles whose
    text was annotated before by the same code and registry read from the cache."""
    if articles.empty:
        return annotate(articles)
    docs = list(zip(articles["doc_id"].astype(str), articles["source"].astype(str),
                    articles["text"].astype(str)))
    keys = [article_key(text) for _, _, text in docs]
    try:
        store = open_cache()
        model = store.model_id("annotations", annotation_fingerprint(registry))
        found = store.get("annotations", model, keys)
    except (CacheUnavailable, sqlite3.Error, OSError) as exc:
        _warn_once(str(exc))
        return annotate(articles)
    sentences, mentions = _Collected(), _Collected()
    missing = []
    for i, (key, doc) in enumerate(zip(keys, docs)):
        payload = json.loads(zlib.decompress(found[key][0])) if key in found else None
        if payload is None or not (sentences.accepts(payload["sentences"])
                                   and mentions.accepts(payload["mentions"])):
            missing.append(i)
            continue
        sentences.add(payload["sentences"], *doc)
        mentions.add(payload["mentions"], *doc)
    _count("annotations", len(docs) - len(missing), len(docs))
    if not missing:
        return _sorted(sentences.frame(), mentions.frame())
    fresh_s, fresh_m = annotate(articles.iloc[missing])
    _store_annotations(store, model, [docs[i][0] for i in missing], [keys[i] for i in missing],
                       fresh_s, fresh_m)
    if sentences.columns is None:
        return fresh_s, fresh_m
    return _sorted(_concat(sentences.frame(), fresh_s), _concat(mentions.frame(), fresh_m))


def _concat(cached: pd.DataFrame, fresh: pd.DataFrame) -> pd.DataFrame:
    # Skip empty frames: concatenating one would loosen the other's dtypes.
    frames = [f for f in (cached, fresh) if len(f)] or [fresh]
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]


def _sorted(sentences: pd.DataFrame, mentions: pd.DataFrame
            ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The row order of a fresh run: segment_corpus's and find_mentions's sort keys."""
    sentences = sentences.sort_values(["doc_id", "sentence_id"], kind="stable")
    mentions = mentions.sort_values(["doc_id", "sentence_id", "start"], kind="mergesort")
    return sentences.reset_index(drop=True), mentions.reset_index(drop=True)


def _store_annotations(store: ScoreCache, model: int, doc_ids: list[str], keys: list[bytes],
                       sentences: pd.DataFrame, mentions: pd.DataFrame) -> None:
    by_doc_s = dict(tuple(sentences.groupby(sentences["doc_id"].astype(str), sort=False)))
    by_doc_m = dict(tuple(mentions.groupby(mentions["doc_id"].astype(str), sort=False)))
    empty_s, empty_m = sentences.iloc[:0], mentions.iloc[:0]
    rows = [(key, (_encode_annotations(by_doc_s.get(doc_id, empty_s),
                                       by_doc_m.get(doc_id, empty_m)),))
            for doc_id, key in zip(doc_ids, keys)]
    try:
        store.put("annotations", model, rows)
    except sqlite3.Error as exc:
        _warn_once(f"cannot write to the score cache {store.path}: {exc}")


# --------------------------------------------------------------------------------------------
# CLI: python -m analysis cache {info,clear}
# --------------------------------------------------------------------------------------------

def cmd_cache(args: argparse.Namespace) -> int:
    """``cache info`` / ``cache clear``."""
    store = open_cache(args.dir)
    if args.action == "clear":
        removed = store.clear()
        print(f"cleared {removed} cached scores from {store.path}")
        return 0
    info = store.info()
    print(f"cache: {info['path']} ({info['bytes'] / 1e6:.1f} MB)")
    if not info["entries"]:
        print("empty")
    current = _current_hashes()
    for entry in info["entries"]:
        mark = "  (current)" if current.get(entry["table"]) == entry["model"] else ""
        print(f"  {entry['table']:<12} {entry['model'][:16]}  {entry['rows']:>9} rows{mark}")
    return 0


def _current_hashes() -> dict[str, str]:
    """The keys the current artifacts / code would use, to mark live entries in ``cache info``."""
    out: dict[str, str] = {}
    for table, fn in (("stance", stance_model_hash), ("sentiment", sentiment_model_hash)):
        try:
            out[table] = fn()
        except (CacheUnavailable, OSError, ImportError):
            pass
    with contextlib.suppress(Exception):
        from .actors import load_registry
        out["annotations"] = annotation_fingerprint(load_registry())
    return out


def add_cli(subparsers: Any) -> None:
    """Register ``cache info`` and ``cache clear`` on the package's argparse subparsers."""
    c = subparsers.add_parser("cache", help="inspect or clear the score cache "
                                            f"(${CACHE_ENV}, default ~/.cache/newsstance)")
    c.add_argument("action", choices=["info", "clear"],
                   help="info: where the cache is and what it holds; clear: delete it")
    c.add_argument("--dir", help=f"cache folder (default: ${CACHE_ENV} or {default_cache_dir()})")
    c.set_defaults(func=cmd_cache)
