"""A sweep of stance training runs in parallel, for a machine with a GPU (or, slowly, the CPU).

Each run is :func:`analysis.stance.train_stance` with one recipe of :data:`RUNS`, selected on
NewsMTSC dev-rw + dev-mt + the war-news dev split; the war-news held-out set and the templated
war held-out set are scored for the record only. The runs are what the README's "what each lever
gave" table reports; ``stance-v2`` is one of them, re-measured on the CPU runtime (the shipped
``stance-v3`` continues it: :mod:`analysis.models.distil`, ``soup-stance``).

    python -m analysis.sweep --data DIR --out OUT [--runs r1 r2 ...] [--smoke]

``DIR`` holds ``newsmtsc/{train,dev-rw,dev-mt}.jsonl`` and ``absa/*-train.jsonl`` (the layout of
``../shared/data``). Writes ``OUT/summary.json`` (every run's recorded scores, best first) and
``OUT/runs/<name>/`` (each artifact). ``--smoke`` trains a few steps on a few examples, to check
the plumbing anywhere.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
WAR = REPO_ROOT / "data" / "war-news-stance"
TEMPLATES = REPO_ROOT / "analysis" / "data"

#: name -> recipe. ``extra``: training files besides NewsMTSC train ("war": the war-news train
#: split; "templates": analysis/data/war_stance_train.jsonl; "absa": the three ABSA train sets).
RUNS: dict[str, dict[str, Any]] = {
    "newsmtsc+templates": {"extra": ["templates"], "seed": 13},  # the stance-v1 recipe
    "war": {"extra": ["templates", "war"], "seed": 13},
    "war-seed7": {"extra": ["templates", "war"], "seed": 7},
    "war-no-templates": {"extra": ["war"], "seed": 13},
    "war-x2": {"extra": ["templates", "war", "war"], "seed": 13},
    "war+absa": {"extra": ["templates", "war", "absa"], "seed": 13},
    "war-r32": {"extra": ["templates", "war"], "seed": 13, "lora_r": 32},
    "war-6ep": {"extra": ["templates", "war"], "seed": 13, "epochs": 6},
    # second round: optimiser and input settings around the best of the first
    "war-lr1e-3": {"extra": ["templates", "war"], "seed": 13, "lr": 1e-3},
    "war-lr3e-4-6ep": {"extra": ["templates", "war"], "seed": 13, "lr": 3e-4, "epochs": 6},
    "war-mark": {"extra": ["templates", "war"], "seed": 13, "form": "mark"},
    "war-no-smoothing": {"extra": ["templates", "war"], "seed": 13, "label_smoothing": 0.0},
    "war-bs16": {"extra": ["templates", "war"], "seed": 13, "batch_size": 16},
    "war-no-templates-seed7": {"extra": ["war"], "seed": 7},
    "war-x2-seed7": {"extra": ["templates", "war", "war"], "seed": 7},
    "war-no-templates-r32": {"extra": ["war"], "seed": 13, "lora_r": 32},
}


def _files(kind: str, data: Path) -> list[Path]:
    if kind == "war":
        return [WAR / "train.jsonl"]
    if kind == "templates":
        return [TEMPLATES / "war_stance_train.jsonl"]
    if kind == "absa":
        return sorted((data / "absa").glob("*-train.jsonl"))
    raise ValueError(f"unknown training data {kind!r}")


def recipe_config(name: str, *, smoke: bool = False) -> Any:
    """The TrainConfig of run ``name`` (``smoke``: one epoch, two steps)."""
    from .models import TrainConfig

    recipe = RUNS[name]
    return TrainConfig(epochs=1 if smoke else recipe.get("epochs", 4), lr=recipe.get("lr", 5e-4),
                       batch_size=recipe.get("batch_size", 32),
                       lora_r=recipe.get("lora_r", 16), lora_alpha=2 * recipe.get("lora_r", 16),
                       label_smoothing=recipe.get("label_smoothing", 0.1), seed=recipe["seed"],
                       max_steps=2 if smoke else None)


def run_one(name: str, data: Path, out: Path, smoke: bool) -> dict[str, Any]:
    import torch

    from .stance import train_stance

    torch.set_num_threads(2)
    recipe = RUNS[name]
    cfg = recipe_config(name, smoke=smoke)
    extra = [f for kind in recipe["extra"] for f in _files(kind, data)]
    return train_stance(data / "newsmtsc", out / "runs" / name, cfg,
                        form=recipe.get("form", "mark+pair"),
                        extra=extra, dev_extra=[WAR / "dev.jsonl"],
                        heldout=[WAR / "heldout.jsonl", TEMPLATES / "war_stance_heldout.jsonl"],
                        limit=64 if smoke else None, log=lambda m: print(m, flush=True))


def run_all(names: list[str], data: Path, out: Path, smoke: bool) -> list[dict[str, Any]]:
    """Every run as its own process, all at once; returns their scores, best dev mean first."""
    logs = out / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    procs = {}
    for name in names:
        cmd = [sys.executable, "-m", "analysis.sweep", "--one", name, "--data", str(data),
               "--out", str(out)] + (["--smoke"] if smoke else [])
        log = (logs / f"{name}.log").open("w")
        procs[name] = (subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env), log)
    rows = []
    for name, (proc, log) in procs.items():
        code = proc.wait()
        log.close()
        metrics_path = out / "runs" / name / "metrics.json"
        if code != 0 or not metrics_path.is_file():
            rows.append({"run": name, "failed": code})
            continue
        metrics = json.loads(metrics_path.read_text())
        rows.append({"run": name, **RUNS[name], **metrics["selected"],
                     "train_seconds": metrics["history"]["train_seconds"]})
    return sorted(rows, key=lambda r: -r.get("dev_mean_macro_f1", -1.0))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m analysis.sweep", description=__doc__.split("\n")[0])
    p.add_argument("--data", required=True, help="folder with newsmtsc/ and absa/")
    p.add_argument("--out", required=True)
    p.add_argument("--runs", nargs="*", default=list(RUNS), help=f"some of: {', '.join(RUNS)}")
    p.add_argument("--one", help=argparse.SUPPRESS)
    p.add_argument("--smoke", action="store_true", help="a few steps on a few examples")
    args = p.parse_args(argv)
    data, out = Path(args.data), Path(args.out)
    if args.one:
        run_one(args.one, data, out, args.smoke)
        return 0
    start = time.time()
    rows = run_all(args.runs, data, out, args.smoke)
    summary = {"seconds": round(time.time() - start, 1), "runs": rows}
    (out / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    print(json.dumps(summary, indent=2))
    return 0 if all("failed" not in r for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
