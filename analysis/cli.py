"""Command line: ``python -m analysis <command>``. Thin: parse arguments, call the package."""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from pathlib import Path

from .score import DEFAULT_CORPUS, DEFAULT_FIGURES, REPO_ROOT

NEWSMTSC_DIR = REPO_ROOT.parent / "shared" / "data" / "newsmtsc"


def _warn_line(message, category, filename, lineno, file=None, line=None):
    # One readable line per warning: users see what happened to which file, not a stack frame.
    print(f"warning: {message}", file=sys.stderr)


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _out_folder(args: argparse.Namespace) -> Path:
    from .report import check_out, default_out

    return check_out(args.corpus, args.out if args.out else default_out(args.corpus))


def cmd_score(args: argparse.Namespace) -> int:
    from .report import TABLES_DIR
    from .score import score_corpus

    out = _out_folder(args)
    cache = False if args.no_cache else None
    started = time.perf_counter()
    if args.engine == "dask":
        from .engine import print_summary, score_dask

        result = score_dask(args.corpus, out / TABLES_DIR, actors=args.actors,
                            sentiment=not args.no_sentiment, batch_size=args.batch_size,
                            scheduler=args.scheduler, workers=args.workers, cache=cache,
                            progress=True)
        print_summary(result)
        for path in result.paths.values():
            print(f"wrote {path}")
        return 0
    scored = score_corpus(args.corpus, actors=args.actors, sentiment=not args.no_sentiment,
                          batch_size=args.batch_size, progress=True, cache=cache, log=_say)
    paths = list(scored.save(out / TABLES_DIR).values())
    _print_summary(scored, paths, out, time.perf_counter() - started)
    return 0


def _print_summary(scored, paths: list[Path], out: Path, seconds: float) -> None:
    """What a run did: counts, what came from the score cache, where the files went."""
    s, st, a = scored.sentences, scored.stances, scored.articles
    print(f"{len(a)} articles, {len(s)} rows: " + ", ".join(
        f"{k}={v}" for k, v in s["kind"].value_counts().sort_index().items()))
    # n_mentions counts the body only; a mention in the title or a heading is a mention too.
    unmentioned = len(set(a["doc_id"].astype(str)) - set(st["doc_id"].astype(str)))
    print(f"{_quoted_summary(s)}, {len(st)} actor mentions; "
          f"{unmentioned} articles without any actor mention")
    skipped = a.attrs.get("skipped") or []
    for item in skipped:
        print(f"skipped: {item['path']} ({item['reason']})")
    untitled = _untitled_note(a)
    if untitled:
        print(untitled)
    names = {"annotations": "articles segmented", "stance": "stance pairs",
             "sentiment": "sentences' sentiment"}
    stats = getattr(scored, "cache_stats", {}) or {}
    if stats:
        print("from the score cache: " + ", ".join(
            f"{hits} of {total} {names.get(table, table)}"
            for table, (hits, total) in sorted(stats.items())))
    else:
        print("score cache not used")
    print(f"wrote {len(paths)} files to {out} in {seconds:.1f} s:")
    for path in paths:
        print(f"  {path}")


def _untitled_note(articles) -> str:
    """A note naming the articles with no title (a plain-text file whose manifest row leaves
    ``title`` empty: its headline is read as a heading only, so no row is the headline, a
    Nigeria newcomer's eight of nine); the title is never guessed from the text, so the note
    says where to give it. "" when every article has one."""
    if "title" not in articles:
        return ""
    untitled = articles.loc[articles["title"].fillna("").astype(str).str.strip().eq(""),
                            "doc_id"].astype(str).tolist()
    if not untitled:
        return ""
    shown = ", ".join(untitled[:5]) + (f", … ({len(untitled) - 5} more)" if len(untitled) > 5
                                        else "")
    return (f"{len(untitled)} articles have no title ({shown}): their headline counts as a "
            f"heading, not the title; give a title column in sources.csv (a .md file's one "
            f"'# ' heading on its first line is its title)")


def _quoted_summary(sentences) -> str:
    """The quoted sentences as the voice tables and figures count them
    (:func:`analysis.framing.voiced_sentences`): quote sentences and partial quotes with a
    speaker, content only, so the summary's total is theirs (a newcomer read "102 quoted
    sentences" here against 137 in the voice table)."""
    from .framing import voiced_sentences

    voiced = voiced_sentences(sentences)
    partial = int((~voiced["is_quote"]).sum())
    nobody = int(voiced["speaker"].eq("").sum())
    return (f"{len(voiced)} quoted sentences ({len(voiced) - partial} quotes, {partial} partial "
            f"quotes with a speaker; {nobody} with no speaker found)")


def cmd_figures(args: argparse.Namespace) -> int:
    from .report import TABLES_DIR, write_figures
    from .score import SENTIMENT_COLUMNS, ScoredCorpus

    scores = Path(args.scores)
    if (scores / TABLES_DIR / "sentences.csv").is_file():
        scores = scores / TABLES_DIR  # the folder `score` / `report` wrote, given as a whole
    scored = ScoredCorpus.load(scores)
    lacking = [c for c in SENTIMENT_COLUMNS if c not in scored.sentences.columns]
    if lacking:
        # Several figures plot sentence sentiment; say so here rather than fail in one of them.
        raise ValueError(f"{scores}: sentences.csv has no sentiment scores (missing "
                         f"{', '.join(lacking)}; was it written by `score --no-sentiment`?); "
                         f"the figures need them: run `score` again without --no-sentiment")
    out = Path(args.out) if args.out else scores.parent if scores.name == TABLES_DIR else scores
    for path in write_figures(scored, out, actors_shown=args.actors_shown):
        print(f"wrote {path}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from .report import report_corpus

    out = _out_folder(args)
    started = time.perf_counter()
    scored, paths = report_corpus(args.corpus, out, actors=args.actors, contrast=args.contrast,
                                  actors_shown=args.actors_shown, log=_say)
    _print_summary(scored, paths, out, time.perf_counter() - started)
    return 0


def cmd_train_stance(args: argparse.Namespace) -> int:
    from .models import TrainConfig
    from .stance import train_stance

    cfg = TrainConfig(epochs=args.epochs, lr=args.lr, batch_size=args.batch_size,
                      lora_r=args.lora_r, lora_alpha=2 * args.lora_r,
                      label_smoothing=args.label_smoothing, seed=args.seed,
                      max_steps=args.max_steps)
    metrics = train_stance(args.data, args.out, cfg, form=args.form, extra=args.extra,
                           heldout=args.heldout, use_further=args.further_mentions,
                           dev_extra=args.dev_extra,
                           limit=args.limit, log=lambda m: print(m, flush=True))
    print(json.dumps(metrics["selected"], indent=2))
    return 0


def cmd_evaluate_stance(args: argparse.Namespace) -> int:
    from .sideswap import format_side_swap, side_swap_report
    from .stance import (evaluate_file, format_report, get_stance_model, predict_examples,
                         read_newsmtsc)

    loaded = get_stance_model(args.model) if args.swap_sides else None
    for f in args.files:
        print(format_report(evaluate_file(f, model_path=args.model)))
        if loaded is not None:
            print(format_side_swap(side_swap_report(
                read_newsmtsc(f), lambda examples: predict_examples(loaded, examples))))
    return 0


def cmd_compare_stance(args: argparse.Namespace) -> int:
    from .stance import compare_models

    print(json.dumps(compare_models(args.base, args.candidate, args.files,
                                    replicates=args.replicates, seed=args.seed), indent=2))
    return 0


def cmd_soup_stance(args: argparse.Namespace) -> int:
    from .models import average_artifacts
    from .stance import soup_meta, soup_stance

    out = Path(args.out)
    if out.resolve() in {Path(c).resolve() for c in args.components}:
        raise ValueError(f"--out {out} is one of the components; write the soup elsewhere")
    if out.exists() and any(out.iterdir()):
        # a soup over an old artifact would keep its metrics.json (scores, temperature record)
        raise ValueError(f"--out {out} exists and is not empty; choose a new folder")
    if args.data is None:
        if args.dev_extra or args.heldout:
            raise ValueError("--dev-extra and --heldout score the soup: they need --data")
        print(average_artifacts(args.components, out, soup_meta(args.components)))
        return 0
    metrics = soup_stance(args.components, args.out, args.data, dev_extra=args.dev_extra or (),
                          heldout=args.heldout or ())
    print(json.dumps(metrics["selected"], indent=2, sort_keys=True))
    return 0


def cmd_calibrate_stance(args: argparse.Namespace) -> int:
    from .stance import DEFAULT_STANCE_MODEL, calibrate_temperature

    if args.record_selected and not args.write:
        print("error: --record-selected writes to metrics.json; give --write too", file=sys.stderr)
        return 2
    try:
        result = calibrate_temperature(args.model or DEFAULT_STANCE_MODEL, args.dev,
                                       report_files=args.report or (), write=args.write,
                                       record_selected=args.record_selected)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(result, indent=2))
    if not args.write:
        print("(measured only: nothing written; --write stores the temperature in model.json)",
              file=sys.stderr)
    return 0


def cmd_checklist(args: argparse.Namespace) -> int:
    import pandas as pd

    from .checklist import run_checklist, summarise

    if args.sentiment:
        from .sentiment_checklist import print_report

        print_report(failures=args.failures)
        return 0
    results = run_checklist()
    with pd.option_context("display.width", 200, "display.max_colwidth", 70):
        print(summarise(results).to_string(index=False))
        if args.failures:
            print(results.loc[~results["passed"],
                              ["capability", "sentence", "target", "expect", "label", "delta"]]
                  .to_string(index=False))
    return 0


def add_actors_cli(sub) -> None:
    """``actors suggest CORPUS --out draft.toml``: candidate actors as a registry draft."""
    def run(args: argparse.Namespace) -> int:
        from .discover import suggest_command

        return suggest_command(args.corpus, args.out, actors=args.actors,
                               standalone=args.standalone, min_count=args.min_count,
                               max_candidates=args.max)

    a = sub.add_parser("actors", help="actor registry tools (actors suggest)")
    actions = a.add_subparsers(dest="actors_command", required=True, help="what to do")
    s = actions.add_parser(
        "suggest", help="draft [[actor]] entries for the speakers, titled names, frequent names "
                        "and organisations of a corpus that the registry lacks")
    s.add_argument("corpus", help="folder or .csv/.jsonl file, as for `score`")
    s.add_argument("--out", required=True, help="the draft registry to write (TOML)")
    s.add_argument("--actors", help="the registry the draft extends and whose actors it leaves "
                                    "out (default: the shipped one)")
    s.add_argument("--standalone", action="store_true",
                   help="ignore the shipped registry: a draft for another topic (extends = "
                        "\"none\")")
    s.add_argument("--min-count", type=int, default=2,
                   help="mentions a name needs (speakers and titled names: 1); default 2")
    s.add_argument("--max", type=int, default=100, help="at most this many candidates (100)")
    s.set_defaults(func=run)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m analysis",
                                description="Stance and sentiment analytics of news.")
    sub = p.add_subparsers(dest="command", required=True)

    out_help = ("output folder; tables go to OUT/tables/, figures and report.html to OUT/ "
                "(default: figures/ for the seed corpus, else CORPUS-newsstance/ beside the "
                "corpus — never inside the repository)")
    corpus_help = ("a folder of .txt/.md/.html files (+ sources.csv), or a .csv/.jsonl file "
                   "(default: the seed corpus in seeds/)")
    actors_help = "actor registry TOML (default: the shipped analysis/actors.toml)"
    s = sub.add_parser("score", help="score a corpus; write tables/articles.csv, sentences.csv "
                                     "and stances.csv")
    s.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS), help=corpus_help)
    s.add_argument("--out", help=out_help)
    s.add_argument("--actors", help=actors_help)
    s.add_argument("--batch-size", type=int, default=None,
                   help="inputs per model forward pass (default 64)")
    s.add_argument("--no-sentiment", action="store_true", help="skip sentence sentiment")
    s.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local: one process, in memory (default); dask: partitions on a Dask "
                        "cluster, streamed from disk, Parquet output (see README, 'Scaling')")
    s.add_argument("--scheduler", help="dask: address of a running scheduler (tcp://host:8786); "
                                       "default: start a local cluster")
    s.add_argument("--workers", type=int,
                   help="dask: local worker processes (default: one per core)")
    s.add_argument("--no-cache", action="store_true",
                   help="neither read nor write the score cache (see `cache info`)")
    s.set_defaults(func=cmd_score)

    f = sub.add_parser("figures", help="draw every figure from scored tables")
    f.add_argument("--scores", default=str(DEFAULT_FIGURES / "tables"),
                   help="the folder `score` or `report` wrote, or its tables/ folder "
                        "(default: figures/tables)")
    f.add_argument("--out", help="folder for the PNGs (default: the folder above tables/)")
    f.add_argument("--actors-shown", nargs="+", metavar="ACTOR",
                   help="actors of the actor heatmap (default: the ten most discussed)")
    f.set_defaults(func=cmd_figures)

    r = sub.add_parser("report", help="score the corpus, write tables, figures and report.html")
    r.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS), help=corpus_help)
    r.add_argument("--out", help=out_help)
    r.add_argument("--actors", help=actors_help)
    r.add_argument("--contrast", nargs="+", metavar="PHRASE",
                   help="phrases compared side by side in the report (default: the seeds' two "
                        "phrases for the seed corpus, else the most distinctive phrase of each "
                        "of the two largest outlets that have one)")
    r.add_argument("--actors-shown", nargs="+", metavar="ACTOR",
                   help="actors of the actor heatmaps (default: the most discussed)")
    r.set_defaults(func=cmd_report)

    t = sub.add_parser("train-stance", help="train the stance model (LoRA adapter + head)")
    t.add_argument("--data", default=str(NEWSMTSC_DIR), help="NewsMTSC folder (train/dev files)")
    t.add_argument("--out", required=True, help="artifact folder to write")
    t.add_argument("--extra", nargs="*", default=[], help="extra training files, NewsMTSC format")
    t.add_argument("--heldout", nargs="*", default=[], help="files scored for the record only")
    t.add_argument("--dev-extra", nargs="*", default=[],
                   help="more dev files (NewsMTSC format) in the selection mean, e.g. the "
                        "war-news dev split")
    t.add_argument("--form", default="mark+pair", choices=["mark", "pair", "mark+pair"],
                   help="input form: markers around the mention, the mention as a second "
                        "segment, or both (default)")
    t.add_argument("--epochs", type=int, default=4, help="passes over the training data")
    t.add_argument("--lr", type=float, default=5e-4, help="peak learning rate (AdamW)")
    t.add_argument("--batch-size", type=int, default=32, help="targets per optimiser step")
    t.add_argument("--lora-r", type=int, default=16, help="LoRA rank (alpha = 2 x rank)")
    t.add_argument("--label-smoothing", type=float, default=0.0,
                   help="label smoothing of the cross-entropy (stance-v2: 0.1)")
    t.add_argument("--seed", type=int, default=13, help="random seed of the run")
    t.add_argument("--further-mentions", action="store_true",
                   help="also mark the target's further mentions")
    t.add_argument("--limit", type=int, help="use only the first N training targets (smoke tests)")
    t.add_argument("--max-steps", type=int, help="stop after N optimiser steps (smoke tests)")
    t.set_defaults(func=cmd_train_stance)

    e = sub.add_parser("evaluate-stance", help="accuracy, macro-F1, confusion on NewsMTSC-format files")
    e.add_argument("files", nargs="+", help="NewsMTSC-format JSONL files with gold labels")
    e.add_argument("--model", help="artifact folder (default: the shipped stance model)")
    e.add_argument("--swap-sides", action="store_true",
                   help="also score each pair naming a side with the sides' names swapped "
                        "(Russia <-> Ukraine, ...): how often the label changes (guideline "
                        "rule 9, even-handedness)")
    e.set_defaults(func=cmd_evaluate_stance)

    cs = sub.add_parser("compare-stance",
                        help="paired bootstrap of two stance models' mean macro-F1 on dev files "
                             "(the rule for replacing the shipped model)")
    cs.add_argument("base", help="artifact folder (e.g. the shipped model)")
    cs.add_argument("candidate", help="artifact folder")
    cs.add_argument("files", nargs="+", help="NewsMTSC-format files with gold labels")
    cs.add_argument("--replicates", type=int, default=2000)
    cs.add_argument("--seed", type=int, default=0)
    cs.set_defaults(func=cmd_compare_stance)

    u = sub.add_parser("soup-stance", help="average stance artifacts of one encoder into one "
                                           "(a uniform model soup); measure it with "
                                           "evaluate-stance --model and checklist")
    u.add_argument("components", nargs="+",
                   help="artifact folders (same LoRA scale alpha/rank and targets; ranks may differ)")
    u.add_argument("--out", required=True, help="artifact folder to write")
    u.add_argument("--data", help="also score the soup and write its metrics.json: the folder "
                                  "with NewsMTSC dev-rw.jsonl / dev-mt.jsonl")
    u.add_argument("--dev-extra", nargs="*", help="with --data: more dev files (selection key)")
    u.add_argument("--heldout", nargs="*", help="with --data: files scored for the record only")
    u.set_defaults(func=cmd_soup_stance)

    k = sub.add_parser("calibrate-stance",
                       help="temperature scaling of the stance model on dev files (NLL)")
    k.add_argument("dev", nargs="+", help="NewsMTSC-format dev files the temperature is fit on")
    k.add_argument("--report", nargs="*", help="files also reported (NLL / ECE), never fit on")
    k.add_argument("--model", help="artifact folder (default: the shipped stance model)")
    k.add_argument("--write", action="store_true",
                   help="store the temperature in model.json and the figures in metrics.json")
    k.add_argument("--record-selected", action="store_true",
                   help="with --write: also store each file's macro-F1 and accuracy under "
                        "'selected' in metrics.json, as soup-stance does (for a teacher soup or "
                        "compressed artifact; one that has them keeps them if equal, else error)")
    k.set_defaults(func=cmd_calibrate_stance)

    c = sub.add_parser("checklist", help="behavioural test pass rates of the stance model")
    c.add_argument("--failures", action="store_true", help="also list failing cases")
    c.add_argument("--sentiment", action="store_true",
                   help="the sentence sentiment CheckList, transformer and VADER side by side")
    c.set_defaults(func=cmd_checklist)

    try:
        from .sentiment import add_cli
    except ImportError:
        add_cli = None
    if add_cli is not None:
        add_cli(sub)
    from .cache import add_cli as add_cache_cli

    add_cache_cli(sub)
    add_actors_cli(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    warnings.showwarning = _warn_line
    try:
        return int(args.func(args) or 0)
    except (FileNotFoundError, ValueError, RuntimeError) as exc:
        # Errors raised by the package already name the file and the problem.
        print(f"error: {exc}", file=sys.stderr)
        return 2
