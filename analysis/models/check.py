"""``python -m analysis.models export``, ``check`` and ``prune``.

``export`` builds (or finds) the ONNX graphs of the shipped artifacts in the graph cache and
checks each fp32 graph's logits against the merged torch model.

``prune`` removes cached graphs no artifact folder can use any more: every one that used them is
gone or retrained; ``--rekeyed`` adds those a code or library change left behind
(:func:`analysis.models.onnx_backend.prune_graphs`); ``--dry-run`` lists them.

``check --dev`` compares the backends on the small stance model's (``stance-v3``) dev sets —
NewsMTSC ``dev-rw`` / ``dev-mt`` and the war-news ``dev.jsonl`` — by macro-F1 and by label
agreement with torch fp32; ``--sentiment`` adds the sentence-sentiment model on GoEmotions dev
and the NewsMTSC dev sentences. int8 may only be the default when it stays within
:data:`INT8_BUDGET` macro-F1 of fp32 on every set.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from .artifacts import ARTIFACTS_DIR, TEACHER_KIND, artifact_digest, check_artifact
from .runtime import BACKENDS, DEFAULT_BACKEND, LoadedModel, load_model

REPO_ROOT = Path(__file__).resolve().parents[2]
NEWSMTSC_DIR = REPO_ROOT.parent / "shared" / "data" / "newsmtsc"
WAR_NEWS_DEV = REPO_ROOT / "data" / "war-news-stance" / "dev.jsonl"
#: The models whose backends ``check`` compares: the small stance model and the sentence
#: models (the default stance model, ``stance-large-v6``, has no int8 form; ``export`` builds
#: its fp32 graph too, see :data:`EXPORTED`).
SHIPPED = ("stance-v3", "sentiment-v2", "emotion-v1")
#: What ``export`` builds by default: every shipped model's graph, the default stance model's too.
EXPORTED = ("stance-large-v6", *SHIPPED)
#: The most dev macro-F1 a quantised default may cost, on each dev set.
INT8_BUDGET = 0.005


def _artifact(name: str) -> Path:
    path = Path(name)
    return path if path.is_dir() else ARTIFACTS_DIR / name


def cmd_export(args: argparse.Namespace) -> int:
    from . import onnx_backend
    from .torch_backend import load_merged

    for name in args.artifacts or EXPORTED:
        path = _artifact(name)
        meta = check_artifact(path)
        digest = artifact_digest(path)
        if meta.get("kind") == TEACHER_KIND:  # fp32 only; built through the runtime's loader
            target = onnx_backend.teacher_graph_path(path, digest)
            if args.force and target.is_file():
                target.unlink()
            t0 = time.perf_counter()
            built = not target.is_file()
            loaded = load_model(path, backend="onnx")
            if loaded.backend != "onnx":
                raise SystemExit(f"{path.name}: no ONNX graph could be built (see the log)")
            print(f"{path.name} fp32: {'built' if built else 'cached'} "
                  f"({time.perf_counter() - t0:.1f} s) {target}")
            continue
        for precision in ("fp32", "int8") if args.int8 else ("fp32",):
            target = onnx_backend.graph_path(path, digest, precision)
            if args.force and target.is_file():
                target.unlink()
            t0 = time.perf_counter()
            built = not target.is_file()
            graph = onnx_backend.build_graph(path, meta, digest, precision,
                                             torch_model=load_merged(path, meta) if built
                                             and precision == "fp32" else None)
            info = json.loads((graph.parent / "build.json").read_text())
            diff = info.get("max_abs_logit_diff_to_torch")
            print(f"{path.name} {precision}: {'built' if built else 'cached'} "
                  f"({time.perf_counter() - t0:.1f} s) {graph}"
                  + (f"; max |logit - torch| on the probes {diff:.1e}" if diff is not None else ""))
    if not args.artifacts:
        # The plain encoder (sentence embeddings for story grouping) comes with the models.
        target = onnx_backend.encoder_graph_path()
        if args.force and target.is_file():
            target.unlink()
        t0 = time.perf_counter()
        built = not target.is_file()
        graph = onnx_backend.build_encoder_graph()
        info = json.loads((graph.parent / "build.json").read_text())
        print(f"{onnx_backend.ENCODER_GRAPH} fp32: {'built' if built else 'cached'} "
              f"({time.perf_counter() - t0:.1f} s) {graph}; "
              f"max |embedding - torch| on the probes {info['max_abs_diff_to_torch']:.1e}")
    return 0


def _stance_sets(data: Path, war: Path) -> dict[str, list[Any]]:
    from ..stance import read_newsmtsc

    sets = {name: read_newsmtsc(data / f"{name}.jsonl") for name in ("dev-rw", "dev-mt")}
    if war.is_file():
        sets["war-news dev"] = read_newsmtsc(war)
    return sets


def _compare(models: dict[str, LoadedModel], sets: dict[str, Any], predict, gold_of
             ) -> dict[str, dict[str, dict[str, float]]]:
    from ..stance import classification_report

    out: dict[str, dict[str, dict[str, float]]] = {}
    for set_name, data in sets.items():
        gold = gold_of(data)
        labels: dict[str, np.ndarray] = {}
        out[set_name] = {}
        for backend, loaded in models.items():
            t0 = time.perf_counter()
            labels[backend] = predict(loaded, data).argmax(axis=1)
            rep = classification_report(list(gold), labels[backend].tolist(), loaded.labels)
            out[set_name][backend] = {
                "n": rep["n"], "macro_f1": rep["macro_f1"], "accuracy": rep["accuracy"],
                "agreement_with_torch": float((labels[backend] == labels["torch"]).mean()),
                "seconds": round(time.perf_counter() - t0, 1)}
    return out


def _print(task: str, results: dict[str, dict[str, dict[str, float]]]) -> None:
    print(f"\n{task}: dev macro-F1 by backend (agreement = share of labels equal to torch fp32)")
    print(f"{'set':<14} {'backend':<10} {'n':>5} {'macro-F1':>9} {'vs torch':>9} {'agreement':>10}")
    for set_name, rows in results.items():
        base = rows["torch"]["macro_f1"]
        for backend, r in rows.items():
            print(f"{set_name:<14} {backend:<10} {r['n']:>5} {r['macro_f1']:>9.4f} "
                  f"{r['macro_f1'] - base:>+9.4f} {r['agreement_with_torch']:>10.2%}")


def cmd_check(args: argparse.Namespace) -> int:
    from ..stance import LABELS, predict_examples

    backends = [b for b in BACKENDS if b in args.backends]
    if "torch" not in backends:
        backends.insert(0, "torch")
    print(f"load average {tuple(round(x, 2) for x in os.getloadavg())}; default backend "
          f"{DEFAULT_BACKEND!r}; budget for int8: {INT8_BUDGET} macro-F1 per dev set")
    report: dict[str, Any] = {}
    stance = {b: load_model(_artifact(SHIPPED[0]), backend=b) for b in backends}
    for b, m in stance.items():
        if m.backend != b:
            print(f"backend {b} unavailable (fell back to {m.backend}); see the log above")
    sets = _stance_sets(Path(args.data), Path(args.war_news))
    report["stance"] = _compare(stance, sets,
                                lambda m, exs: predict_examples(m, exs, batch_size=args.batch_size),
                                lambda exs: [ex.label for ex in exs])
    _print(SHIPPED[0], report["stance"])
    if args.sentiment:
        from ..sentiment import (GOEMOTIONS_DIR, NEWS_DEV_FILES, goemotions_sentiment,
                                 news_sentences, predict_probabilities)

        sent = {b: load_model(_artifact("sentiment-v2"), backend=b) for b in backends}
        ssets = {"goemotions dev": goemotions_sentiment(Path(GOEMOTIONS_DIR) / "dev.tsv"),
                 "news dev": news_sentences([Path(args.data) / f for f in NEWS_DEV_FILES])}
        report["sentiment"] = _compare(
            sent, ssets, lambda m, d: predict_probabilities(m, d[0], batch_size=args.batch_size),
            lambda d: d[1].tolist())
        _print("sentiment-v2", report["sentiment"])
    if "onnx-int8" in backends:
        costs = [rows["onnx"]["macro_f1"] - rows["onnx-int8"]["macro_f1"]
                 for task in report.values() for rows in task.values() if "onnx" in rows]
        worst = max(costs) if costs else float("nan")
        verdict = "within" if worst <= INT8_BUDGET else "OVER"
        print(f"\nint8 vs fp32 ONNX: largest macro-F1 loss {worst:+.4f} ({verdict} the "
              f"{INT8_BUDGET} budget)")
        report["int8_worst_loss"] = worst
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n")
        print(f"wrote {args.json}")
    print(f"load average {tuple(round(x, 2) for x in os.getloadavg())}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m analysis.models", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    e = sub.add_parser("export", help="build the ONNX graphs of the shipped artifacts and check "
                                      "them against torch")
    e.add_argument("artifacts", nargs="*",
                   help=f"artifact names or folders (default: {', '.join(SHIPPED)})")
    e.add_argument("--int8", action="store_true", help="also build the int8 graphs")
    e.add_argument("--force", action="store_true", help="rebuild graphs already in the cache")
    e.set_defaults(func=cmd_export)
    r = sub.add_parser("prune", help="remove cached ONNX graphs no artifact folder can use any "
                                     "more (each one that used it is gone or retrained)")
    r.add_argument("--rekeyed", action="store_true",
                   help="also the graphs this checkout would key otherwise (left by a code or "
                        "library change; another checkout may still use them)")
    r.add_argument("--dry-run", action="store_true", help="only list them")
    r.set_defaults(func=cmd_prune)
    c = sub.add_parser("check", help="compare the backends' dev macro-F1 and label agreement")
    c.add_argument("--dev", action="store_true",
                   help="score the dev sets (the only mode; kept for the documented command)")
    c.add_argument("--data", default=str(NEWSMTSC_DIR), help="NewsMTSC folder")
    c.add_argument("--war-news", default=str(WAR_NEWS_DEV), help="war-news dev file")
    c.add_argument("--sentiment", action="store_true",
                   help="also compare the sentiment model (GoEmotions dev, NewsMTSC dev sentences)")
    c.add_argument("--backends", nargs="+", default=list(BACKENDS), choices=BACKENDS,
                   help="backends to compare (torch fp32 is always the reference)")
    c.add_argument("--batch-size", type=int, default=64, help="inputs per batch")
    c.add_argument("--json", help="also write the figures to this JSON file")
    c.set_defaults(func=cmd_check)
    return p


def cmd_prune(args: argparse.Namespace) -> int:
    from .onnx_backend import onnx_dir, prune_graphs

    stale = prune_graphs(rekeyed=args.rekeyed, dry_run=args.dry_run)
    for folder in stale:
        print(("would remove " if args.dry_run else "removed ") + str(folder))
    print(f"{len(stale)} graph folder(s) in {onnx_dir()}" + (" to remove" if args.dry_run else
                                                             " removed"))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    return int(args.func(args) or 0)
