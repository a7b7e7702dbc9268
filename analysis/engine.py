"""Score a corpus on a Dask cluster: ``python -m analysis score CORPUS --out DIR --engine dask``.

How it runs:

1. The driver plans the corpus into parts of ``chunk_size`` articles (:mod:`analysis.stream`):
   file names or byte ranges, never text. Every part is one partition of a Dask dataframe built
   with :func:`dask.dataframe.from_map`, so each worker reads its own articles from disk — the
   corpus is never in one process's memory.
2. A cheap first pass (``map_partitions``) hashes every article text on the workers; the driver
   rejects doc_ids used twice and decides the ``duplicate_of=`` flags over the whole corpus in
   doc_id order, exactly as :func:`analysis.corpus.load_corpus` does.
3. The scoring pass (``map_partitions``) runs :func:`analysis.score.score_corpus` on each
   partition's articles — the same code as the local engine, so the tables are the same. Each
   worker process loads the models once (they are cached per process) and consults the score
   cache (:mod:`analysis.cache`). A partition writes its rows as
   ``DIR/sentences/part-NNNNN.parquet`` and ``DIR/stances/part-NNNNN.parquet`` (atomically:
   a retried task overwrites its own file) and returns only its per-article summary.
   Speaker names are left as each article resolved them.
4. The driver makes speaker names canonical over the whole corpus, as the local engine does
   ("Obama" → "Barack Obama" when another article names him in full; a partition alone would
   miss it): it reads the speaker columns of every part and rewrites the parts that change.
5. The driver writes ``DIR/articles.parquet`` and, for corpora of at most
   :data:`CSV_MAX_ARTICLES` articles, the same three CSVs as the local engine.

Without a scheduler address a ``LocalCluster`` is started: one process per worker, one Dask
thread per worker, and ``OMP_NUM_THREADS = cores // workers`` torch threads, so workers do not
oversubscribe the cores. With ``--scheduler`` the run joins a running ``dask scheduler``; the
corpus path and DIR must then be readable / writable at the same path on every worker host.
"""

from __future__ import annotations

import logging
import os
import sys
import time
import uuid
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from . import corpus as _corpus
from .score import ARTICLE_COLUMNS, ScoredCorpus
from .stream import DuplicateTracker, CorpusPart, plan_parts, read_part, text_key

#: Articles per Dask partition: large enough to batch the models well, small enough that a
#: partition's text and tables stay a few MB and work spreads evenly over the workers.
DEFAULT_CHUNK_SIZE = 64
#: The CSV tables are also written when the corpus has at most this many articles (about
#: 0.5 M sentence rows, a few hundred MB of CSV); beyond it only Parquet is written.
CSV_MAX_ARTICLES = 20_000
ENGINES = ("local", "dask")
#: How long a run joining a scheduler waits for a first worker.
WORKER_WAIT_S = 120.0

_CORPUS_COLUMNS = list(_corpus.ARTICLE_COLUMNS)
_SKIPPED = "skipped"  # reason a file was not read as text; "" for a real article
_PART_NAME = "part-{:05d}.parquet"
_INT_COLUMNS = {"sentence_id", "paragraph_id", "start", "end", "n_chars", "n_sentences",
                "n_mentions"}
_BOOL_COLUMNS = {"is_quote", "duplicate", "locative"}
_FLOAT_COLUMNS = {"p_negative", "p_neutral", "p_positive", "sentiment_score", "vader_compound"}


@dataclass(frozen=True)
class ScoreOptions:
    """What every partition needs to score and write its articles (small and picklable)."""

    out: str
    actors: Any = None  # a loaded actors.Registry (loaded once, so a file warns once), or None
    sentiment: bool = True
    batch_size: int | None = None
    cache: bool = True
    cache_dir: str | None = None  # None: each worker's own default (NEWSSTANCE_CACHE_DIR, ~)


@dataclass
class EngineResult:
    """What a Dask run wrote, with the article summary (one row per article, no text)."""

    out: Path
    articles: pd.DataFrame
    paths: dict[str, Path]
    n_parts: int
    n_workers: int
    seconds: float
    skipped: list[dict[str, str]] = field(default_factory=list)

    def load(self) -> ScoredCorpus:
        """The full tables, read back from Parquet (mind the size of large corpora)."""
        return read_scored(self.out)


# --------------------------------------------------------------------------------------------
# Cluster
# --------------------------------------------------------------------------------------------

def default_workers() -> int:
    """One worker per core: single-threaded model calls scale better than intra-op threads."""
    return max(1, os.cpu_count() or 1)


def torch_threads_per_worker(n_workers: int) -> int:
    """Cores divided between the workers of this machine (at least one thread each)."""
    return max(1, (os.cpu_count() or 1) // max(1, n_workers))


def start_local_cluster(n_workers: int | None = None, *, env: Mapping[str, str] | None = None):
    """A ``LocalCluster`` of worker processes with one Dask thread and a fair share of torch
    threads each; returns ``(client, cluster)``."""
    from distributed import Client, LocalCluster

    n = n_workers or default_workers()
    threads = str(torch_threads_per_worker(n))
    # torch sizes its thread pools from these when it is first imported in the worker.
    worker_env = {"OMP_NUM_THREADS": threads, "MKL_NUM_THREADS": threads,
                  "TOKENIZERS_PARALLELISM": "false", **(env or {})}
    cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=logging.ERROR, env=worker_env)
    return Client(cluster), cluster


def _worker_artifact_hashes() -> dict[str, str]:
    """Run on each worker: the model artifact hashes it would score with."""
    from .cache import CacheUnavailable, sentiment_model_hash, stance_model_hash

    out = {}
    for name, fn in (("stance", stance_model_hash), ("sentiment", sentiment_model_hash)):
        try:
            out[name] = fn()
        except (CacheUnavailable, OSError) as exc:
            out[name] = f"unavailable ({exc})"
    return out


def check_workers_agree(client, *, sentiment: bool = True) -> None:
    """Refuse to mix models: every worker must see the same artifacts (same content hash)."""
    seen = client.run(_worker_artifact_hashes)
    for model in ("stance", "sentiment") if sentiment else ("stance",):
        values = {address: hashes[model] for address, hashes in seen.items()}
        if len(set(values.values())) > 1:
            lines = "; ".join(f"{a}: {v[:16]}" for a, v in sorted(values.items()))
            raise RuntimeError(f"workers have different {model} model artifacts ({lines}); "
                               "install the same artifact on every worker host")


# --------------------------------------------------------------------------------------------
# Partition functions (run on the workers)
# --------------------------------------------------------------------------------------------

def _read_articles(part: CorpusPart, duplicates: Mapping[str, str] | None = None,
                   quiet: bool = False) -> pd.DataFrame:
    """A part's articles in the contract columns, plus one row per skipped (binary) file.

    ``duplicates`` maps doc_id → the doc_id first seen with the same text (decided by the
    driver over the whole corpus). ``quiet`` hides the corpus warnings of a second read.
    """
    with warnings.catch_warnings():
        if quiet:
            warnings.simplefilter("ignore", _corpus.CorpusWarning)
        articles = read_part(part)
    frame = articles[_CORPUS_COLUMNS].copy()
    if duplicates:
        frame["flags"] = [";".join(filter(None, [f, f"duplicate_of={duplicates[d]}"]))
                          if d in duplicates else f
                          for d, f in zip(frame["doc_id"], frame["flags"])]
    frame[_SKIPPED] = ""
    skipped = pd.DataFrame([{**{c: "" for c in _CORPUS_COLUMNS}, "doc_id": Path(s["path"]).stem,
                             "path": s["path"], _SKIPPED: s["reason"]}
                            for s in articles.attrs.get("skipped", [])],
                           columns=frame.columns)
    return _as_strings(pd.concat([frame, skipped], ignore_index=True) if len(skipped) else frame)


def _as_strings(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.astype({c: "str" for c in frame.columns})


_ARTICLES_META = pd.DataFrame({c: pd.Series(dtype="str") for c in [*_CORPUS_COLUMNS, _SKIPPED]})
_KEYS_META = pd.DataFrame({c: pd.Series(dtype="str")
                           for c in ("part", "doc_id", "text_key", _SKIPPED, "path", "published",
                                     "warning")})
_SUMMARY_DTYPES = {c: ("int64" if c in _INT_COLUMNS else "str") for c in ARTICLE_COLUMNS}
_SUMMARY_META = pd.DataFrame({c: pd.Series(dtype=t) for c, t in _SUMMARY_DTYPES.items()})


def _text_keys(part: CorpusPart) -> pd.DataFrame:
    """First pass: doc_id and text hash of every article, and the corpus warnings, as rows."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", _corpus.CorpusWarning)
        articles = _read_articles(part)
    keys = pd.DataFrame({"part": str(part.number), "doc_id": articles["doc_id"],
                         "text_key": [text_key(t) for t in articles["text"]],
                         _SKIPPED: articles[_SKIPPED], "path": articles["path"],
                         "published": articles["published"], "warning": ""})
    notes = pd.DataFrame({"part": str(part.number), "doc_id": "", "text_key": "", _SKIPPED: "",
                          "path": "", "published": "",
                          "warning": [str(w.message) for w in caught
                                      if issubclass(w.category, _corpus.CorpusWarning)]})
    return _as_strings(pd.concat([keys, notes], ignore_index=True))


def _score_partition(articles: pd.DataFrame, options: ScoreOptions,
                     partition_info: dict[str, Any] | None = None) -> pd.DataFrame:
    """Score one partition with :func:`~analysis.score.score_corpus`, write its tables as
    Parquet parts, return its per-article summary (the articles table, no text)."""
    from .cache import use_cache_dir
    from .score import score_corpus

    number = partition_info["number"] if partition_info else 0
    real = articles[articles[_SKIPPED] == ""].drop(columns=[_SKIPPED]).reset_index(drop=True)
    with use_cache_dir(options.cache_dir):
        # Speaker names are made canonical over the whole corpus by the driver afterwards
        # (_canonicalise_speaker_parts): a partition alone would miss names from other parts.
        scored = score_corpus(real, actors=options.actors, sentiment=options.sentiment,
                              batch_size=options.batch_size, cache=options.cache,
                              canonical_speakers=False)
    out = Path(options.out)
    write_parquet(scored.sentences, out / "sentences" / _PART_NAME.format(number))
    write_parquet(scored.stances, out / "stances" / _PART_NAME.format(number))
    # Fixed dtypes: an empty partition must not turn the integer counts into objects.
    return scored.articles[ARTICLE_COLUMNS].astype(_SUMMARY_DTYPES)


# --------------------------------------------------------------------------------------------
# Parquet
# --------------------------------------------------------------------------------------------

def _arrow_type(name: str, dtype: Any):
    import pyarrow as pa

    # By name first: an empty partition's columns have no values to infer a type from, and
    # every part of a dataset must share one schema.
    if name in _INT_COLUMNS:
        return pa.int64()
    if name in _BOOL_COLUMNS:
        return pa.bool_()
    if name in _FLOAT_COLUMNS:
        return pa.float64()
    if pd.api.types.is_bool_dtype(dtype):
        return pa.bool_()
    if pd.api.types.is_integer_dtype(dtype):
        return pa.int64()
    if pd.api.types.is_float_dtype(dtype):
        return pa.float64()
    return pa.string()


def write_parquet(frame: pd.DataFrame, path: Path) -> Path:
    """Write a table to ``path`` atomically (temporary file + rename) with a fixed schema."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(c, _arrow_type(c, frame[c].dtype)) for c in frame.columns])
    table = pa.Table.from_pandas(frame, schema=schema, preserve_index=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)
    return path


def _clear_parts(folder: Path) -> None:
    """Remove the parts of an earlier run (it may have had more partitions than this one)."""
    if folder.is_dir():
        for old in folder.glob("part-*.parquet"):
            old.unlink()


def read_table(folder: Path | str) -> pd.DataFrame:
    """All parts of ``DIR/sentences`` or ``DIR/stances`` as one frame, in part order."""
    import pyarrow.parquet as pq

    files = sorted(Path(folder).glob("part-*.parquet"))
    if not files:
        raise FileNotFoundError(f"{folder}: no part-*.parquet files; run `python -m analysis "
                                "score --engine dask` first")
    frames = [pq.read_table(f).to_pandas() for f in files]
    frames = [f for f in frames if len(f)] or frames[:1]
    return pd.concat(frames, ignore_index=True)


def read_scored(out: Path | str) -> ScoredCorpus:
    """The tables of a Dask run, from Parquet, sorted as the local engine sorts them."""
    out = Path(out)
    sentences = read_table(out / "sentences")
    stances = read_table(out / "stances")
    articles = pd.read_parquet(out / "articles.parquet")
    return ScoredCorpus(
        articles=articles.sort_values("doc_id").reset_index(drop=True),
        sentences=sentences.sort_values(["doc_id", "sentence_id"]).reset_index(drop=True),
        stances=stances.sort_values(["doc_id", "sentence_id", "start", "actor"])
        .reset_index(drop=True))


# --------------------------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------------------------

def _duplicates(keys: pd.DataFrame, corpus: str) -> tuple[dict[str, str], list[dict[str, str]]]:
    """doc_id → first doc_id with the same text, over the whole corpus in doc_id order; and the
    skipped files. Raises CorpusError for a doc_id used twice, or for published dates that
    mix day-first and month-first slashed dates across the parts."""
    keys = keys.sort_values("doc_id", kind="stable")
    articles = keys[keys[_SKIPPED] == ""]
    repeated = articles["doc_id"][articles["doc_id"].duplicated()]
    if len(repeated):
        raise _corpus.CorpusError(f"{corpus}: duplicated doc_id {repeated.iloc[0]!r}")
    # Each part reads its dates alone; one part's day-first dates and another's month-first
    # ones are only seen together here (else framing would stop late, naming no file).
    _corpus._slashed_order(articles["published"], corpus)
    tracker = DuplicateTracker()
    duplicates = {}
    for doc_id, key in zip(articles["doc_id"], articles["text_key"]):
        first = tracker.duplicate_of(doc_id, key)
        if first is not None:
            duplicates[doc_id] = first
            _corpus._warn(f"article {doc_id!r} has the same text as {first!r}; "
                          f"kept and flagged 'duplicate_of={first}'")
    skipped = [{"path": p, "reason": r}
               for p, r in zip(keys.loc[keys[_SKIPPED] != "", "path"],
                               keys.loc[keys[_SKIPPED] != "", _SKIPPED])]
    return duplicates, skipped


def score_dask(corpus: str | os.PathLike[str], out: str | os.PathLike[str], *,
               actors: Any = None, sentiment: bool = True,
               batch_size: int | None = None, scheduler: str | None = None,
               workers: int | None = None, client: Any = None, cache: bool | None = None,
               chunk_size: int = DEFAULT_CHUNK_SIZE, csv_max_articles: int = CSV_MAX_ARTICLES,
               progress: bool = False) -> EngineResult:
    """Score ``corpus`` on Dask and write the tables under ``out`` (see the module docstring).

    ``client``: an existing ``distributed.Client`` to use; else ``scheduler`` (an address such
    as ``tcp://host:8786``) is joined; else a ``LocalCluster`` of ``workers`` processes is
    started and closed at the end. ``cache``: None = on unless ``NEWSSTANCE_NO_CACHE``.
    """
    from .actors import load_registry
    from .cache import cache_dir, cache_enabled

    t0 = time.perf_counter()
    out = Path(out).resolve()
    parts = plan_parts(corpus, chunk_size)
    registry = load_registry(actors) if actors is not None else None  # fails before any work
    for sub in ("sentences", "stances"):
        _clear_parts(out / sub)
    client, owned = _connect(client, scheduler, workers)
    try:
        options = ScoreOptions(out=str(out), actors=registry,
                               sentiment=sentiment, batch_size=batch_size,
                               cache=cache_enabled(cache),
                               # Remote hosts keep their own cache (SQLite wants a local disk).
                               cache_dir=str(cache_dir()) if _is_local_cluster(client) else None)
        check_workers_agree(client, sentiment=sentiment)
        n_workers = len(client.scheduler_info(n_workers=-1)["workers"])
        if parts:
            duplicates, skipped = _first_pass(client, parts, str(corpus))
            summary = _scoring_pass(client, parts, duplicates, options, progress=progress)
        else:
            summary, skipped = _score_partition(_ARTICLES_META.copy(), options), []
    finally:
        for resource in owned:
            resource.close()
    _canonicalise_speaker_parts(out / "sentences", registry)
    articles = summary[ARTICLE_COLUMNS].sort_values("doc_id").reset_index(drop=True)
    paths = _write_outputs(out, articles, csv=len(articles) <= csv_max_articles)
    return EngineResult(out=out, articles=articles, paths=paths, n_parts=len(parts),
                        n_workers=n_workers, seconds=time.perf_counter() - t0, skipped=skipped)


_SPEAKER_COLUMNS = ["speaker", "speaker_camp", "speaker_status"]


def _canonicalise_speaker_parts(folder: Path, registry: Any) -> None:
    """Speaker names made canonical over the whole corpus, as the local engine makes them
    (:func:`analysis.speakers.canonicalise_speakers`): the speaker columns of every part are
    read, canonicalised together, and each part whose speakers change is rewritten."""
    import pyarrow.parquet as pq

    from .speakers import canonicalise_speakers

    files = sorted(folder.glob("part-*.parquet"))
    columns = [pq.read_table(f, columns=_SPEAKER_COLUMNS).to_pandas() for f in files]
    if not files or not sum(len(c) for c in columns):
        return
    both = pd.concat(columns, ignore_index=True)
    canonical = canonicalise_speakers(both, registry)[_SPEAKER_COLUMNS]
    lo = 0
    for path, before in zip(files, columns):
        after = canonical.iloc[lo:lo + len(before)].reset_index(drop=True)
        lo += len(before)
        if after.equals(before):
            continue
        part = pq.read_table(path).to_pandas()
        part[_SPEAKER_COLUMNS] = after.to_numpy()
        write_parquet(part, path)


def _connect(client: Any, scheduler: str | None, workers: int | None) -> tuple[Any, list[Any]]:
    """The client to use, and what this run started (to close at the end, client first)."""
    if client is not None:
        return client, []
    if scheduler:
        from distributed import Client

        client = Client(scheduler)
        try:
            client.wait_for_workers(1, timeout=WORKER_WAIT_S)
        except TimeoutError as exc:
            client.close()
            raise RuntimeError(f"no Dask worker joined the scheduler at {scheduler} within "
                               f"{WORKER_WAIT_S:.0f}s; start some with `dask worker "
                               f"{scheduler}`") from exc
        return client, [client]
    client, cluster = start_local_cluster(workers)
    return client, [client, cluster]


def _first_pass(client: Any, parts: list[CorpusPart], corpus: str
                ) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """Hash every text on the workers; return each part's duplicate flags and the skipped files.

    Raises CorpusError for a doc_id used twice or mixed date orders, before any model work.
    """
    import dask.dataframe as dd

    keys = client.compute(dd.from_map(_text_keys, parts, meta=_KEYS_META)).result()
    for message in keys.loc[keys["warning"] != "", "warning"]:
        warnings.warn(message, _corpus.CorpusWarning, stacklevel=3)
    duplicates, skipped = _duplicates(keys[keys["warning"] == ""], corpus)
    ids = keys.groupby("part")["doc_id"].agg(list).to_dict()
    per_part = [{d: duplicates[d] for d in ids.get(str(p.number), []) if d in duplicates}
                for p in parts]
    return per_part, skipped


def _scoring_pass(client: Any, parts: list[CorpusPart], duplicates: list[dict[str, str]],
                  options: ScoreOptions, *, progress: bool) -> pd.DataFrame:
    """Score every partition on the workers; returns the concatenated article summaries."""
    import dask.dataframe as dd

    articles = dd.from_map(_read_articles, parts, duplicates, [True] * len(parts),
                           meta=_ARTICLES_META)
    scored = articles.map_partitions(_score_partition, options, meta=_SUMMARY_META,
                                     align_dataframes=False)
    future = client.compute(scored)
    if progress and sys.stdout.isatty():  # the bar redraws itself: useless in a log file
        from distributed import progress as show_progress

        show_progress(future)
        print()
    return future.result()


def _is_local_cluster(client) -> bool:
    """Whether every worker runs on this host (then they share this host's cache folder)."""
    import socket

    try:
        hosts = {w["host"] for w in client.scheduler_info(n_workers=-1)["workers"].values()}
    except Exception:  # noqa: BLE001 - unknown layout: assume remote, the safe choice
        return False
    local = {"127.0.0.1", "localhost", "::1", socket.gethostname()}
    try:
        local.add(socket.gethostbyname(socket.gethostname()))
    except OSError:
        pass
    return hosts <= local


def _write_outputs(out: Path, articles: pd.DataFrame, *, csv: bool) -> dict[str, Path]:
    """``articles.parquet`` always; the three CSVs too when the corpus is small enough."""
    paths = {"articles.parquet": write_parquet(articles, out / "articles.parquet"),
             "sentences/": out / "sentences", "stances/": out / "stances"}
    if csv:
        scored = read_scored(out)
        paths.update({f"{k}.csv": v for k, v in scored.save(out).items()})
    return paths


def print_summary(result: EngineResult) -> None:
    """The CLI's closing lines for a Dask run."""
    a = result.articles
    print(f"{len(a)} articles, {int(a['n_sentences'].sum())} sentences, "
          f"{int(a['n_mentions'].sum())} actor mentions; {result.n_parts} partitions on "
          f"{result.n_workers} workers in {result.seconds:.1f}s "
          f"({len(a) / max(result.seconds, 1e-9):.1f} articles/s)")
    for item in result.skipped:
        print(f"skipped: {item['path']} ({item['reason']})")
