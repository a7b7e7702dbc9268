"""Benchmarks (printed figures, never timed unit tests): ``python -m analysis.bench [COMMAND]``.

``speed`` (the default) measures, in one run on this machine:
- stance: pairs/s of :func:`analysis.score_targets` on 2,000 NewsMTSC dev pairs, and of a plain
  ``transformers.pipeline("text-classification")`` on the same merged model called one pair at
  a time, and their ratio;
- sentiment: sentences/s of :func:`analysis.score_sentiment` for the transformer and VADER.

``make-corpus N --out DIR`` writes a seeded synthetic corpus of real sentences (see
:mod:`analysis.synth`); ``scale --articles N`` scores one with the local engine, Dask with 1 and
with 2 workers and again from the cache (articles/s, peak memory per process); ``profile
--articles N`` shows where the time of one local run goes (see :mod:`analysis.scalebench`).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .cli import NEWSMTSC_DIR


def _dev_pairs(data_dir: Path, n: int):
    from .stance import read_newsmtsc

    examples = read_newsmtsc(data_dir / "dev-rw.jsonl") + read_newsmtsc(data_dir / "dev-mt.jsonl")
    # Cycle through dev (785 targets) to reach n pairs: a throughput figure, not a score.
    return [examples[i % len(examples)] for i in range(n)]


def bench_stance(data_dir: Path, n: int, n_pipeline: int) -> dict[str, float]:
    import torch
    from transformers import pipeline

    from .models import quantize_int8
    from .stance import encode_example, evaluate_examples, get_stance_model, read_newsmtsc

    examples = _dev_pairs(data_dir, n)
    sentences = [ex.sentence for ex in examples]
    spans = [(ex.start, ex.end) for ex in examples]
    loaded = get_stance_model()  # load outside the timed region: loading is once per process
    fast = _pairs_per_s(sentences, spans, loaded)
    int8 = quantize_int8(loaded)
    fast_int8 = _pairs_per_s(sentences, spans, int8)
    # The price of int8 in quality, on the same dev files the fp32 score was recorded on.
    int8_f1 = {name: evaluate_examples(int8, read_newsmtsc(data_dir / f"{name}.jsonl"))["macro_f1"]
               for name in ("dev-rw", "dev-mt")}

    pipe = pipeline("text-classification", model=loaded.model, tokenizer=loaded.tokenizer,
                    device=-1)
    form = loaded.meta.get("input_form", "mark+pair")
    inputs = []
    for ex in examples[:n_pipeline]:
        text, pair = encode_example(ex, form)
        inputs.append({"text": text, "text_pair": pair} if pair is not None else text)
    pipe(inputs[0])
    t0 = time.perf_counter()
    with torch.inference_mode():
        for item in inputs:
            pipe(item, top_k=None)
    plain = n_pipeline / (time.perf_counter() - t0)
    return {"score_targets_pairs_per_s": fast, "pipeline_pairs_per_s": plain,
            "speedup": fast / plain, "threads": torch.get_num_threads(),
            "int8_pairs_per_s": fast_int8, "int8_dev-rw_macro_f1": int8_f1["dev-rw"],
            "int8_dev-mt_macro_f1": int8_f1["dev-mt"]}


def _pairs_per_s(sentences, spans, loaded) -> float:
    from .stance import score_targets

    score_targets(sentences[:64], spans[:64], model=loaded)  # warm-up
    t0 = time.perf_counter()
    score_targets(sentences, spans, model=loaded)
    return len(sentences) / (time.perf_counter() - t0)


def bench_sentiment(data_dir: Path, n: int) -> dict[str, float]:
    from .sentiment import score_sentiment

    sentences = [ex.sentence for ex in _dev_pairs(data_dir, n)]
    out = {}
    for backend in ("transformer", "vader"):
        score_sentiment(sentences[:32], model=backend)  # warm-up and model load
        t0 = time.perf_counter()
        score_sentiment(sentences, model=backend)
        out[f"{backend}_sentences_per_s"] = n / (time.perf_counter() - t0)
    return out


def _speed_parser(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    p.add_argument("--data", default=str(NEWSMTSC_DIR), help="NewsMTSC folder")
    p.add_argument("--pairs", type=int, default=2000)
    p.add_argument("--pipeline-pairs", type=int, default=2000,
                   help="pairs for the one-at-a-time pipeline baseline")
    p.add_argument("--skip-sentiment", action="store_true")
    return p


def cmd_speed(args: argparse.Namespace) -> int:
    data = Path(args.data)
    stance = bench_stance(data, args.pairs, args.pipeline_pairs)
    print(f"stance  score_targets: {stance['score_targets_pairs_per_s']:.0f} pairs/s "
          f"({args.pairs} dev pairs, {stance['threads']} threads)")
    print(f"stance  plain pipeline, one pair per call: {stance['pipeline_pairs_per_s']:.0f} pairs/s")
    print(f"stance  speed-up: {stance['speedup']:.1f}x")
    print(f"stance  score_targets, int8 dynamic quantisation (opt-in): "
          f"{stance['int8_pairs_per_s']:.0f} pairs/s, dev-rw macro-F1 "
          f"{stance['int8_dev-rw_macro_f1']:.3f}, dev-mt {stance['int8_dev-mt_macro_f1']:.3f}")
    if not args.skip_sentiment:
        for k, v in bench_sentiment(data, args.pairs).items():
            print(f"sentiment {k.replace('_', ' ')}: {v:.0f}")
    return 0


COMMANDS = ("speed", "make-corpus", "scale", "profile")


def build_parser() -> argparse.ArgumentParser:
    from .scalebench import add_commands

    p = argparse.ArgumentParser(prog="python -m analysis.bench", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    _speed_parser(sub.add_parser("speed", help="stance / sentiment throughput (the default)")
                  ).set_defaults(func=cmd_speed)
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
