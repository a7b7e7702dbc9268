"""Scaling benchmarks: ``python -m analysis.bench {make-corpus,scale,profile}``.

``scale --articles N`` measures, in one run on one synthetic corpus (:mod:`analysis.synth`),
each configuration as a separate ``python -m analysis score`` process (so model loading and
start-up are counted, as a user would see them):

1. the local engine, empty cache;
2. Dask, 1 worker, empty cache;
3. Dask, 2 workers, empty cache;
4. Dask, 2 workers again on the cache of run 3 (no model work);
5. the local engine again on the cache of run 1.

For each: wall time, articles/s, and peak resident memory (RSS, sampled every 0.2 s with psutil)
of the driver and of the largest worker process. It checks that all runs wrote the same tables
(probabilities within 1e-6) and prints the scaling ratio and the cached speed-up.

``profile --articles N`` runs the local engine without cache under cProfile and splits the time
into corpus loading, segmentation, quotes, mentions, model loading, tokenisation and the
encoder's forward pass.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

REPO_ROOT = Path(__file__).resolve().parent.parent
TOLERANCE = 1e-6


# --------------------------------------------------------------------------------------------
# make-corpus
# --------------------------------------------------------------------------------------------

def cmd_make_corpus(args: argparse.Namespace) -> int:
    from .synth import make_corpus

    path = make_corpus(args.n, args.out, seed=args.seed, fmt=args.format)
    print(f"wrote {args.n} articles to {path}")
    return 0


# --------------------------------------------------------------------------------------------
# Memory sampling
# --------------------------------------------------------------------------------------------

class PeakRSS:
    """Samples the RSS of a process and its descendants in a background thread; keeps each
    process's peak. Dask worker processes are the descendants started by multiprocessing."""

    def __init__(self, pid: int, interval: float = 0.2) -> None:
        import psutil

        self._root = psutil.Process(pid)
        self._interval = interval
        self._stop = threading.Event()
        self.peaks: dict[int, tuple[str, int]] = {}
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        import psutil

        try:
            procs = [self._root, *self._root.children(recursive=True)]
        except psutil.Error:
            return
        for proc in procs:
            try:
                rss = proc.memory_info().rss
                if proc.pid not in self.peaks:
                    role = "driver" if proc.pid == self._root.pid else (
                        "worker" if "spawn_main" in " ".join(proc.cmdline()) else "other")
                    self.peaks[proc.pid] = (role, rss)
                role, peak = self.peaks[proc.pid]
                self.peaks[proc.pid] = (role, max(peak, rss))
            except psutil.Error:
                continue

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self._interval)

    def stop(self) -> dict[str, float]:
        """Peak RSS in MiB: of the driver, and of the largest worker (0 when there is none)."""
        self._stop.set()
        self._thread.join()
        driver = max((p for r, p in self.peaks.values() if r == "driver"), default=0)
        workers = [p for r, p in self.peaks.values() if r == "worker"]
        return {"driver_mib": driver / 2**20, "worker_mib": max(workers, default=0) / 2**20,
                "n_workers_seen": len(workers)}


# --------------------------------------------------------------------------------------------
# scale
# --------------------------------------------------------------------------------------------

@dataclass
class Run:
    """One timed ``python -m analysis score`` process."""

    name: str
    engine: str
    workers: int
    cached: bool
    seconds: float
    articles_per_s: float
    driver_mib: float
    worker_mib: float
    out: str


def _score_process(corpus: Path, out: Path, *, engine: str, workers: int, cache_dir: Path,
                   sentiment: bool, log: Path) -> tuple[float, dict[str, float]]:
    cmd = [sys.executable, "-m", "analysis", "score", str(corpus), "--out", str(out),
           "--engine", engine]
    if engine == "dask":
        cmd += ["--workers", str(workers)]
    if not sentiment:
        cmd.append("--no-sentiment")
    env = {**os.environ, "NEWSSTANCE_CACHE_DIR": str(cache_dir), "TOKENIZERS_PARALLELISM": "false",
           "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    env.pop("NEWSSTANCE_NO_CACHE", None)
    t0 = time.perf_counter()
    with log.open("w") as fh:
        proc = subprocess.Popen(cmd, cwd=REPO_ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT)
        sampler = PeakRSS(proc.pid)
        rc = proc.wait()
    seconds = time.perf_counter() - t0
    memory = sampler.stop()
    if rc != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed with exit code {rc}; see {log}")
    return seconds, memory


def _tables_match(a: Path, b: Path) -> float:
    """Largest absolute difference between the float columns of two runs' CSVs; raises when
    anything other than a probability differs."""
    from .report import TABLES_DIR
    from .score import ScoredCorpus

    # `python -m analysis score --out DIR` writes its CSVs to DIR/tables.
    x, y = ScoredCorpus.load(a / TABLES_DIR), ScoredCorpus.load(b / TABLES_DIR)
    worst = 0.0
    for name in ("articles", "sentences", "stances"):
        fx, fy = getattr(x, name), getattr(y, name)
        floats = [c for c in fx.columns if pd.api.types.is_float_dtype(fx[c])]
        pd.testing.assert_frame_equal(fx.drop(columns=floats), fy.drop(columns=floats))
        for col in floats:
            diff = np.nanmax(np.abs(fx[col].to_numpy() - fy[col].to_numpy()), initial=0.0)
            worst = max(worst, float(diff))
    return worst


def _sentiment_available() -> bool:
    from . import sentiment

    paths = [Path(os.environ.get(env) or default) for env, default in (
        (sentiment.SENTIMENT_MODEL_ENV, sentiment.DEFAULT_SENTIMENT_MODEL),
        (sentiment.EMOTION_MODEL_ENV, sentiment.DEFAULT_EMOTION_MODEL))]
    return all((p / "model.json").is_file() for p in paths)


def cmd_scale(args: argparse.Namespace) -> int:
    from .synth import make_corpus

    work = Path(args.work or tempfile.mkdtemp(prefix="newsstance-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = Path(args.corpus) if args.corpus else make_corpus(args.articles, work / "corpus",
                                                              seed=args.seed)
    n_articles = args.articles if not args.corpus else None
    sentiment = _sentiment_available() if args.sentiment == "auto" else args.sentiment == "on"
    print(f"corpus: {corpus}; sentiment {'on' if sentiment else 'off (no artifact)'}; "
          f"{os.cpu_count()} cores; work dir {work}", flush=True)
    plan = [("local", "local", 1, "c-local", False), ("dask-1", "dask", 1, "c-dask1", False),
            ("dask-2", "dask", 2, "c-dask2", False), ("dask-2 cached", "dask", 2, "c-dask2", True),
            ("local cached", "local", 1, "c-local", True)]
    runs: list[Run] = []
    for name, engine, workers, cache, cached in plan:
        cache_dir = work / cache
        if not cached and cache_dir.exists():
            shutil.rmtree(cache_dir)  # a first run starts from an empty cache
        out = work / ("out-" + name.replace(" ", "-"))
        seconds, memory = _score_process(corpus, out, engine=engine, workers=workers,
                                         cache_dir=cache_dir, sentiment=sentiment,
                                         log=work / f"{out.name}.log")
        if n_articles is None:
            n_articles = len(pd.read_csv(out / "articles.csv", usecols=["doc_id"]))
        run = Run(name=name, engine=engine, workers=workers if engine == "dask" else 0,
                  cached=cached, seconds=seconds, articles_per_s=n_articles / seconds,
                  driver_mib=memory["driver_mib"], worker_mib=memory["worker_mib"], out=str(out))
        runs.append(run)
        print(f"{name:<14} {seconds:8.1f} s  {run.articles_per_s:7.2f} articles/s  "
              f"peak RSS driver {run.driver_mib:6.0f} MiB"
              + (f", per worker {run.worker_mib:6.0f} MiB" if engine == "dask" else ""),
              flush=True)
    by_name = {r.name: r for r in runs}
    diffs = {r.name: _tables_match(Path(by_name["local"].out), Path(r.out)) for r in runs[1:]}
    results = {
        "articles": n_articles, "cores": os.cpu_count(), "sentiment": sentiment,
        "runs": [asdict(r) for r in runs],
        "scaling_dask2_over_dask1": by_name["dask-1"].seconds / by_name["dask-2"].seconds,
        "dask2_over_local": by_name["local"].seconds / by_name["dask-2"].seconds,
        "cached_speedup_local": by_name["local"].seconds / by_name["local cached"].seconds,
        "cached_speedup_dask2": by_name["dask-2"].seconds / by_name["dask-2 cached"].seconds,
        "max_abs_diff_vs_local": diffs,
    }
    print(f"scaling: dask 2 workers / 1 worker = {results['scaling_dask2_over_dask1']:.2f}x; "
          f"dask 2 workers / local = {results['dask2_over_local']:.2f}x")
    print(f"cached rerun: local {results['cached_speedup_local']:.1f}x faster, "
          f"dask-2 {results['cached_speedup_dask2']:.1f}x faster than the first run")
    print("tables equal to the local run; largest probability difference: "
          + ", ".join(f"{k} {v:.1e}" for k, v in diffs.items()))
    (work / "scale.json").write_text(json.dumps(results, indent=2) + "\n")
    print(f"wrote {work / 'scale.json'}")
    return 0


# --------------------------------------------------------------------------------------------
# profile
# --------------------------------------------------------------------------------------------

# (label, file suffix, function name, how): "sum" adds up every matching entry's cumulative
# time; "max" takes the outermost of nested same-named functions (the encoder's forward calls
# its layers' forward methods).
_STAGES = [
    ("corpus loading", "analysis/corpus.py", "load_corpus", "sum"),
    ("segmentation", "analysis/segment.py", "segment_corpus", "sum"),
    ("quotes", "analysis/quotes.py", "attribute_quotes", "sum"),
    ("actor mentions", "analysis/actors.py", "find_mentions", "sum"),
    ("model loading", "analysis/models/runtime.py", "load_model", "sum"),
    ("tokenisation", "tokenization_utils_base.py", "__call__", "sum"),
    ("encoder forward", "modeling_bert.py", "forward", "max"),
    ("encoder forward (onnxruntime)", "analysis/models/onnx_backend.py", "forward", "sum"),
    ("VADER", "vaderSentiment.py", "polarity_scores", "sum"),
]


def profile_breakdown(stats: pstats.Stats) -> dict[str, float]:
    """Seconds per pipeline stage from cProfile statistics (see :data:`_STAGES`)."""
    out: dict[str, float] = {}
    table = stats.stats  # type: ignore[attr-defined]
    for label, suffix, func, how in _STAGES:
        times = [ct for (file, _line, name), (_cc, _nc, _tt, ct, _callers) in table.items()
                 if name == func and file.replace("\\", "/").endswith(suffix)]
        out[label] = (sum(times) if how == "sum" else max(times, default=0.0))
    out["total"] = max(ct for (_f, _l, _n), (_cc, _nc, _tt, ct, _c) in table.items())
    return out


def cmd_profile(args: argparse.Namespace) -> int:
    from .score import score_corpus
    from .synth import make_corpus

    work = Path(tempfile.mkdtemp(prefix="newsstance-profile-"))
    corpus = Path(args.corpus) if args.corpus else make_corpus(args.articles, work / "corpus",
                                                              seed=args.seed)
    sentiment = _sentiment_available() if args.sentiment == "auto" else args.sentiment == "on"
    profiler = cProfile.Profile()
    profiler.enable()
    scored = score_corpus(corpus, sentiment=sentiment, cache=False)
    profiler.disable()
    stats = pstats.Stats(profiler)
    parts = profile_breakdown(stats)
    total = parts.pop("total")
    n_sent = int((scored.sentences["kind"] == "sentence").sum())
    print(f"profile of one local run, no cache: {len(scored.articles)} articles, {n_sent} "
          f"sentences, {len(scored.stances)} mentions, sentiment {'on' if sentiment else 'off'}")
    for label, seconds in parts.items():
        print(f"  {label:<16} {seconds:8.2f} s  {100 * seconds / total:5.1f} %")
    other = total - sum(parts.values())
    print(f"  {'other':<16} {other:8.2f} s  {100 * other / total:5.1f} %")
    print(f"  {'total':<16} {total:8.2f} s")
    if args.out:
        stats.dump_stats(args.out)
        print(f"wrote {args.out} (open with `python -m pstats` or snakeviz)")
    return 0


def add_commands(sub: Any) -> None:
    """Register ``make-corpus``, ``scale`` and ``profile`` on the bench's subparsers."""
    m = sub.add_parser("make-corpus", help="write a seeded synthetic corpus of real sentences "
                                           "(six known, dated stories)")
    m.add_argument("n", type=int, help="number of articles")
    m.add_argument("--out", required=True)
    m.add_argument("--seed", type=int, default=13)
    m.add_argument("--format", choices=["folder", "jsonl"], default="folder")
    m.set_defaults(func=cmd_make_corpus)

    s = sub.add_parser("scale", help="local vs Dask (1, 2 workers) vs cached rerun")
    s.add_argument("--articles", type=int, default=2000)
    s.add_argument("--corpus", help="score this corpus instead of a synthetic one")
    s.add_argument("--seed", type=int, default=13)
    s.add_argument("--work", help="folder for the corpus, outputs, caches and logs "
                                  "(default: a new temporary folder)")
    s.add_argument("--sentiment", choices=["auto", "on", "off"], default="auto",
                   help="auto: on when the sentiment artifacts exist")
    s.set_defaults(func=cmd_scale)

    p = sub.add_parser("profile", help="where the time of a local run goes (cProfile)")
    p.add_argument("--articles", type=int, default=50)
    p.add_argument("--corpus")
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--sentiment", choices=["auto", "on", "off"], default="auto")
    p.add_argument("--out", help="also save the raw cProfile statistics here")
    p.set_defaults(func=cmd_profile)
