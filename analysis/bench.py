"""Benchmarks (printed figures, never timed unit tests): ``python -m analysis.bench [COMMAND]``.

``speed`` (the default) measures, in one run on this machine, each configuration in its own
fresh process (so its peak RSS is its own, model loading included):

- stance pairs/s on 2,000 NewsMTSC dev pairs of the small stance model ``stance-v3``: a plain
  ``transformers.pipeline("text-classification")`` on the merged torch model called one pair
  at a time; the torch fp32 model batched (``score_targets``); the ONNX Runtime backends fp32
  and int8, each with 1 and 2 intra-op threads (``NEWSSTANCE_THREADS``); then the default
  stance model ``stance-large-v6`` on 500 pairs, on its ONNX graph (the default backend) and
  on torch;
- sentence-sentiment sentences/s of ``score_sentiment`` on the same backends, and of VADER;
- peak RSS of each process;
- the wall time of ``python -m analysis report`` on the seeds, in a subprocess with the score
  cache pointed at an empty temporary folder (the built ONNX graphs stay where they are: they
  are built once per artifact, like an install step), for the default backend and for torch.

The load average is printed at the start and end: on a shared machine every figure is depressed
by whatever else runs.

``make-corpus N --out DIR`` writes a seeded synthetic corpus of real sentences (see
:mod:`analysis.synth`); ``scale --articles N`` scores one with the local engine, Dask with 1 and
with 2 workers and again from the cache (articles/s, peak memory per process); ``profile
--articles N`` shows where the time of one local run goes (see :mod:`analysis.scalebench`).
``report [--repeat N] [--repo CHECKOUT ...]`` times only the report command, the checkouts
taking turns (``git worktree add /tmp/old <commit>`` gives an older one to compare with).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .cli import NEWSMTSC_DIR


def _dev_pairs(data_dir: Path, n: int):
    from .stance import read_newsmtsc

    examples = read_newsmtsc(data_dir / "dev-rw.jsonl") + read_newsmtsc(data_dir / "dev-mt.jsonl")
    # Cycle through dev (785 targets) to reach n pairs: a throughput figure, not a score.
    return [examples[i % len(examples)] for i in range(n)]


def _peak_rss_mib() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _timed(fn, n: int) -> float:
    t0 = time.perf_counter()
    fn()
    return n / (time.perf_counter() - t0)


def measure_one(config: str, data_dir: Path, n: int, n_sentences: int) -> dict[str, float]:
    """Throughput of one configuration in this process: ``pipeline`` (one pair per call),
    ``vader``, or a backend name (``torch``, ``onnx``, ``onnx-int8``)."""
    examples = _dev_pairs(data_dir, n)
    sentences = [ex.sentence for ex in examples]
    spans = [(ex.start, ex.end) for ex in examples]
    out: dict[str, float] = {}
    if config == "vader":
        from .sentiment import score_sentiment

        texts = sentences[:n_sentences]
        score_sentiment(texts[:32], model="vader")
        out["sentences_per_s"] = _timed(lambda: score_sentiment(texts, model="vader"), len(texts))
    elif config == "pipeline":
        import torch
        from transformers import pipeline

        from .models import load_model
        from .models.torch_backend import load_tokenizer
        from .stance import FAST_STANCE_MODEL, encode_example

        loaded = load_model(FAST_STANCE_MODEL, backend="torch")
        # The plain pipeline as a user would build it: transformers' own tokenizer.
        pipe = pipeline("text-classification", model=loaded.model, tokenizer=load_tokenizer(),
                        device=-1)
        form = loaded.meta.get("input_form", "mark+pair")
        inputs = []
        for ex in examples:
            text, pair = encode_example(ex, form)
            inputs.append({"text": text, "text_pair": pair} if pair is not None else text)
        pipe(inputs[0])

        def run() -> None:
            with torch.inference_mode():
                for item in inputs:
                    pipe(item, top_k=None)
        out["pairs_per_s"] = _timed(run, len(inputs))
    elif config in ("large", "large-torch"):
        from .models import load_model
        from .stance import DEFAULT_STANCE_MODEL, score_targets

        loaded = load_model(DEFAULT_STANCE_MODEL, backend="torch" if config == "large-torch"
                            else "onnx")
        out["ran_on"] = loaded.backend  # type: ignore[assignment]
        score_targets(sentences[:32], spans[:32], model=loaded)  # warm-up
        out["pairs_per_s"] = _timed(lambda: score_targets(sentences, spans, model=loaded), n)
    else:
        from .models import load_model
        from .sentiment import get_model, score_sentiment
        from .stance import FAST_STANCE_MODEL, score_targets

        os.environ["NEWSSTANCE_BACKEND"] = config
        loaded = load_model(FAST_STANCE_MODEL, backend=config)
        out["ran_on"] = loaded.backend  # type: ignore[assignment]
        score_targets(sentences[:64], spans[:64], model=loaded)  # warm-up
        out["pairs_per_s"] = _timed(lambda: score_targets(sentences, spans, model=loaded), n)
        get_model("sentiment")
        texts = sentences[:n_sentences]
        score_sentiment(texts[:32])
        out["sentences_per_s"] = _timed(lambda: score_sentiment(texts), len(texts))
    out["peak_rss_mib"] = _peak_rss_mib()
    return out


def _subprocess_measure(config: str, args: argparse.Namespace, threads: int | None
                        ) -> dict[str, float]:
    env = dict(os.environ)
    if threads:
        env["NEWSSTANCE_THREADS"] = str(threads)
        env["OMP_NUM_THREADS"] = str(threads)
    cmd = [sys.executable, "-m", "analysis.bench", "_one", config, "--data", args.data,
           "--pairs", str(args.pipeline_pairs if config in ("pipeline", "large", "large-torch")
                          else args.pairs),
           "--sentences", str(args.sentences)]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def report_wall_time(backend: str | None, repo: Path | str | None = None) -> float:
    """Seconds of ``python -m analysis report`` on the seeds, empty score cache, output to a
    temporary folder (the committed figures are not touched). ``repo``: run that checkout's
    package and seeds instead of this one (e.g. a ``git worktree`` of an older commit, to time
    a change against it); ``RuntimeError`` with the command's stderr when it fails."""
    with tempfile.TemporaryDirectory(prefix="newsstance-bench-") as tmp:
        env = dict(os.environ, NEWSSTANCE_CACHE_DIR=str(Path(tmp) / "cache"))
        if backend:
            env["NEWSSTANCE_BACKEND"] = backend
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "analysis", "report", "--out",
                               str(Path(tmp) / "out")], env=env, capture_output=True, text=True,
                              cwd=repo)
        seconds = time.perf_counter() - t0
        if proc.returncode != 0:
            raise RuntimeError(f"report failed:\n{proc.stderr[-3000:]}")
    return seconds


def _load() -> str:
    return "load average " + ", ".join(f"{x:.2f}" for x in os.getloadavg())


def _speed_parser(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    p.add_argument("--data", default=str(NEWSMTSC_DIR), help="NewsMTSC folder")
    p.add_argument("--pairs", type=int, default=2000, help="stance pairs per batched run")
    p.add_argument("--pipeline-pairs", type=int, default=500,
                   help="pairs for the one-at-a-time pipeline baseline")
    p.add_argument("--sentences", type=int, default=2000, help="sentences per sentiment run")
    p.add_argument("--threads", type=int, nargs="+", default=[1, 2],
                   help="intra-op thread counts to measure the ONNX backends with")
    p.add_argument("--skip-report", action="store_true",
                   help="do not time `python -m analysis report`")
    return p


def cmd_speed(args: argparse.Namespace) -> int:
    from .models import DEFAULT_BACKEND

    print(f"{_load()} on {os.cpu_count()} cores; default backend {DEFAULT_BACKEND!r}", flush=True)
    rows: list[tuple[str, dict[str, float]]] = []
    configs: list[tuple[str, str, int | None]] = [("pipeline", "plain pipeline, one pair per call", None),
                                                  ("torch", "torch fp32, batched", None)]
    for backend in ("onnx", "onnx-int8"):
        for threads in args.threads:
            configs.append((backend, f"{backend} ({'fp32' if backend == 'onnx' else 'int8'}), "
                                     f"{threads} thread{'s' if threads > 1 else ''}", threads))
    configs.append(("vader", "VADER (sentiment only)", None))
    configs.append(("large", "stance-large-v6 (default), onnx", None))
    configs.append(("large-torch", "stance-large-v6 (default), torch", None))
    for config, label, threads in configs:
        r = _subprocess_measure(config, args, threads)
        rows.append((label, r))
        stance = f"{r['pairs_per_s']:7.0f} pairs/s" if "pairs_per_s" in r else " " * 15
        sent = f"{r['sentences_per_s']:7.0f} sentences/s" if "sentences_per_s" in r else " " * 19
        asked = {"large": "onnx", "large-torch": "torch"}.get(config, config)
        ran = f"  (ran on {r['ran_on']})" if r.get("ran_on") not in (None, asked) else ""
        print(f"{label:<36} {stance}  {sent}  peak RSS {r['peak_rss_mib']:6.0f} MiB{ran}",
              flush=True)
    plain = rows[0][1]["pairs_per_s"]
    # The plain pipeline's competitors: the small model's configurations, not the large model.
    small = [row for row in rows[1:] if not row[0].startswith("stance-large")]
    best = max(small, key=lambda row: row[1].get("pairs_per_s", 0.0))
    print(f"best stance: {best[0]}, {best[1]['pairs_per_s'] / plain:.1f}x the plain pipeline")
    if not args.skip_report:
        for backend in (None, "torch"):
            seconds = report_wall_time(backend)
            name = f"default backend ({DEFAULT_BACKEND})" if backend is None else backend
            print(f"python -m analysis report on the seeds, empty score cache, {name}: "
                  f"{seconds:.1f} s", flush=True)
    print(_load())
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """Time ``python -m analysis report`` ``--repeat`` times per checkout (default: this one),
    the checkouts taking turns and swapping who goes first each round (so a change of load hits
    both alike); print each run and the medians."""
    repos = [Path(r).resolve() for r in (args.repo or [Path(__file__).resolve().parents[1]])]
    for repo in repos:
        if not (repo / "analysis" / "__main__.py").is_file():
            raise SystemExit(f"{repo}: not a newsstance checkout (no analysis/__main__.py)")
    if args.repeat < 1:
        raise SystemExit(f"--repeat {args.repeat}: needs at least one run")
    print(f"{_load()} on {os.cpu_count()} cores", flush=True)
    times: dict[Path, list[float]] = {repo: [] for repo in repos}
    for i in range(args.repeat):
        for repo in (repos if i % 2 == 0 else repos[::-1]):  # no checkout always first
            times[repo].append(report_wall_time(args.backend, repo))
            print(f"run {i + 1}  {repo}: {times[repo][-1]:.1f} s  ({_load()})", flush=True)
    for repo, values in times.items():
        print(f"median of {len(values)}: {statistics.median(values):.1f} s  {repo}")
    return 0


def cmd_one(args: argparse.Namespace) -> int:
    print(json.dumps(measure_one(args.config, Path(args.data), args.pairs, args.sentences)))
    return 0


COMMANDS = ("speed", "report", "_one", "make-corpus", "scale", "profile")


def build_parser() -> argparse.ArgumentParser:
    from .scalebench import add_commands

    p = argparse.ArgumentParser(prog="python -m analysis.bench", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    _speed_parser(sub.add_parser("speed", help="stance / sentiment throughput (the default)")
                  ).set_defaults(func=cmd_speed)
    rep = sub.add_parser("report", help="wall time of `python -m analysis report` on the seeds, "
                                        "empty score cache; several checkouts in turn")
    rep.add_argument("--repeat", type=int, default=3, help="runs per checkout")
    rep.add_argument("--repo", action="append",
                     help="a checkout to time (repeatable; default: this package's checkout)")
    rep.add_argument("--backend", default=None, help="NEWSSTANCE_BACKEND for the runs")
    rep.set_defaults(func=cmd_report)
    one = sub.add_parser("_one", help="(internal) measure one configuration, print JSON")
    one.add_argument("config", choices=("pipeline", "vader", "torch", "onnx", "onnx-int8",
                                        "large", "large-torch"))
    one.add_argument("--data", default=str(NEWSMTSC_DIR))
    one.add_argument("--pairs", type=int, default=2000)
    one.add_argument("--sentences", type=int, default=2000)
    one.set_defaults(func=cmd_one)
    add_commands(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in (*COMMANDS, "-h", "--help"):
        argv.insert(0, "speed")  # `python -m analysis.bench [--pairs N ...]` stays the speed run
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
