"""Distil a teacher into the shipped form: a ``mark+pair`` MiniLM stance model.

Two teachers were tried (README, "Stance"). First (lever 3) the ensemble of ``stance-v2`` (one
pass per target) and the one-pass model of :mod:`analysis.models.onepass`, which scores higher
on every dev set than either alone but costs both models' passes; its student did not ship.
Then (lever 4) the all-mpnet-base-v2 teacher of :mod:`analysis.models.teacher`, given as the
probabilities it stored for the training files; the greedy soup of two of its students is the
shipped ``stance-v3``. Either way (knowledge distillation, Hinton et al., "Distilling the
Knowledge in a Neural Network", 2015) each training example's target is a mix of its gold label
and the teacher's probabilities, and training continues from ``--init`` (default
``stance-v2``: its adapter and head) with a recipe's data, at a lower learning rate. Selection
is on the same dev sets as every stance run; the held-out sets are scored for the record only.

    python -m analysis.models.distil measure --data ../shared/data --onepass runs/onepass/model \\
        --json data/stance-sweep/ensemble.json
    python -m analysis.models.distil train --data ../shared/data --onepass runs/onepass/model \\
        --out runs/distil
    python -m analysis.models.distil train --data ../shared/data \\
        --teacher-probs runs/teacher/mpnet-top4-2ep/train-soft.npz --out runs/distil-mpnet

``--onepass``: the folder ``python -m analysis.models.onepass --save`` wrote;
``--teacher-probs`` instead: the probabilities another teacher (:mod:`analysis.models.teacher`)
gave the recipe's training files, stored by its ``label`` command or ``train --label-train``. ``measure``
prints the ensemble's scores for several weights (dev sets, held-out sets, CheckList; with
``--json FILE`` also writes them);
``--unlabelled FILE``: war-news targets nobody labelled (``data/war-news-unlabelled/``, built by
``python -m analysis.warnews build-unlabelled``), appended to the training rows with the
teacher's probabilities as their whole target (their probabilities in a second ``.npz`` given to
``--teacher-probs``). ``train`` writes an artifact (adapter, head, ``model.json``, ``metrics.json`` with the
history) to ``--out``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .artifacts import ARTIFACTS_DIR


class Members:
    """The ensemble's two members, loaded once: the shipped-form stance model and the one-pass
    model (torch)."""

    def __init__(self, stance_model: Path, onepass_model: Path) -> None:
        from . import onepass
        from .runtime import load_model

        self.pair_model = load_model(stance_model)
        self.onepass_model = onepass.load_pooled(onepass_model)
        self.max_length = int(json.loads((Path(onepass_model) / "model.json").read_text())
                              ["max_length"])

    def probabilities(self, sentences: Sequence[str], spans: Sequence[tuple[int, int]]
                      ) -> tuple[np.ndarray, np.ndarray]:
        """(pair-model, one-pass-model) probabilities at temperature 1 (the shipped model's
        calibration is left out, so both members are on the same footing), two float arrays of
        shape (len(sentences), 3). A target the one-pass model cannot read (cut off by
        truncation) gets the pair model's probabilities from both. ``ValueError`` as
        :func:`analysis.stance.score_targets` for mismatched lengths or bad spans."""
        from ..stance import TargetExample, _clean, _validate_spans, encode_batch
        from . import onepass
        from .runtime import predict_logits, softmax

        spans = _validate_spans(sentences, spans)
        examples = [TargetExample(s, a, b) for s, (a, b) in zip(sentences, spans)]
        pair = softmax(predict_logits(self.pair_model, encode_batch(
            examples, self.pair_model.meta["input_form"]), batch_size=64))
        groups = onepass.encode_groups(onepass.group_targets(
            [_clean(s) for s in sentences], spans), self.max_length)
        logits, _ = onepass.predict(self.onepass_model, groups, len(examples), pair.shape[1])
        pooled = np.where(np.isnan(logits).any(axis=1, keepdims=True), pair,
                          softmax(np.nan_to_num(logits)))
        return pair, pooled


def teacher_probabilities(examples: Sequence[Any], members: Members, *, weight: float = 0.5
                          ) -> np.ndarray:
    """``weight`` × the pair model's probabilities + (1 − ``weight``) × the one-pass model's
    (see :meth:`Members.probabilities`), shape (len(examples), 3)."""
    pair, pooled = members.probabilities([ex.sentence for ex in examples],
                                         [(ex.start, ex.end) for ex in examples])
    return weight * pair + (1.0 - weight) * pooled


def soft_targets(gold: Sequence[int], teacher: np.ndarray, *, gold_share: float = 0.5
                 ) -> np.ndarray:
    """Rows ``gold_share`` × one-hot(gold) + (1 − ``gold_share``) × ``teacher``; shape of
    ``teacher`` (n, labels), each row summing to 1 when ``teacher``'s rows do. ``ValueError``
    for a ``gold_share`` outside [0, 1] or a gold id outside the labels."""
    if not 0.0 <= gold_share <= 1.0:
        raise ValueError(f"gold_share must lie in [0, 1], got {gold_share}")
    if not all(0 <= g < teacher.shape[1] for g in gold):
        raise ValueError(f"gold ids must lie in [0, {teacher.shape[1]})")
    onehot = np.eye(teacher.shape[1], dtype=np.float64)[np.asarray(gold, dtype=int)]
    return gold_share * onehot + (1.0 - gold_share) * np.asarray(teacher, dtype=np.float64)


def stored_probabilities(files: Sequence[Path | str],
                         stored: Path | str | Sequence[Path | str]) -> np.ndarray:
    """The teacher probabilities of every target of ``files`` in
    :func:`analysis.stance.training_examples` order (a file listed twice repeats its rows), from
    one or more ``.npz`` that ``python -m analysis.models.teacher label`` (or ``train
    --label-train``) wrote: one (n, 3) array per file, keyed by its path, and the file's sha256
    beside it (``.npz`` written before digests were stored have none, and are checked by row
    count only); a later ``.npz`` wins for a file in two. Shape (targets, 3). ``ValueError``
    naming the file and the ``.npz`` when a file has no array, its row count differs from its
    targets or its sha256 from the one stored (the file changed since it was labelled)."""
    from ..stance import read_newsmtsc
    from .artifacts import file_sha256
    from .teacher import DIGEST_PREFIX

    stored = [stored] if isinstance(stored, (str, Path)) else list(stored)
    arrays: dict[Path, tuple[np.ndarray, str | None, Path]] = {}
    for npz_path in stored:
        with np.load(npz_path) as npz:
            for key in npz.files:
                if not key.startswith(DIGEST_PREFIX):
                    digest = (str(npz[DIGEST_PREFIX + key]) if DIGEST_PREFIX + key in npz.files
                              else None)
                    arrays[Path(key).resolve()] = (npz[key], digest, Path(npz_path))
    rows = []
    for f in files:
        if Path(f).resolve() not in arrays:
            raise ValueError(f"{', '.join(map(str, stored))}: no teacher probabilities for {f} "
                             f"(there are: {', '.join(str(k) for k in arrays)})")
        probs, digest, source = arrays[Path(f).resolve()]
        n = len(read_newsmtsc(f, labelled=False))
        if probs.shape != (n, 3):
            raise ValueError(f"{source}: {f} has {n} targets but {probs.shape[0]} rows of "
                             f"teacher probabilities; label it again")
        if digest is not None and digest != file_sha256(Path(f)):
            raise ValueError(f"{source}: {f} changed since its teacher probabilities were "
                             f"stored (sha256 differs); label it again")
        rows.append(probs)
    return np.concatenate(rows).astype(np.float64)


#: Where every recorded student starts: the stance model shipped when distillation was measured
#: (the shipped default has since become a soup of such students).
STUDENT_INIT = ARTIFACTS_DIR / "stance-v2"

WEIGHTS = (0.0, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0)


def measure(members: Members, sets: dict[str, Sequence[Any]], dev_names: Sequence[str],
            weights: Sequence[float] = WEIGHTS) -> list[dict[str, Any]]:
    """For each weight: macro-F1 and accuracy per set, the dev mean (over ``dev_names``) and
    the CheckList pass rates (all, two-actor, holder) of the weighted ensemble."""
    from ..checklist import run_checklist, summarise
    from ..stance import LABELS, classification_report, probabilities_frame

    cached: dict[Any, tuple[np.ndarray, np.ndarray]] = {}

    def pair(sentences: Sequence[str], spans: Sequence[tuple[int, int]]
             ) -> tuple[np.ndarray, np.ndarray]:
        key = (tuple(sentences), tuple(map(tuple, spans)))
        if key not in cached:
            cached[key] = members.probabilities(sentences, spans)
        return cached[key]

    rows = []
    for w in weights:
        row: dict[str, Any] = {"weight_first": w}
        for name, exs in sets.items():
            a, b = pair([ex.sentence for ex in exs], [(ex.start, ex.end) for ex in exs])
            rep = classification_report([ex.label for ex in exs],
                                        (w * a + (1 - w) * b).argmax(axis=1).tolist())
            row[f"{name}_macro_f1"] = rep["macro_f1"]
            row[f"{name}_accuracy"] = rep["accuracy"]
        row["dev_mean_macro_f1"] = float(np.mean([row[f"{n}_macro_f1"] for n in dev_names]))

        def scorer(sentences, spans, w=w):  # noqa: ANN001, ANN202
            a, b = pair(list(sentences), list(spans))
            return probabilities_frame(w * a + (1 - w) * b, LABELS)

        results = run_checklist(scorer=scorer)
        summary = summarise(results).set_index("capability")["pass_rate"]
        row.update({f"checklist_{k}": float(summary[k]) for k in ("ALL", "two_actors", "holder")})
        row["checklist_failures"] = [
            f"{r.capability} | {r.target} -> {r.label} (expected {r.expect}): {r.sentence}"
            for r in results[~results.passed].itertuples()]
        rows.append(row)
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    import sys
    from dataclasses import replace

    from ..stance import (_dev_name, read_newsmtsc, train_stance,
                          training_examples, training_files)
    from ..sweep import RUNS, TEMPLATES, WAR, _files, recipe_config

    p = argparse.ArgumentParser(prog="python -m analysis.models.distil",
                                description=__doc__.split("\n\n")[0])
    p.add_argument("command", choices=("measure", "train"))
    p.add_argument("--data", required=True, help="folder with newsmtsc/ (the sweep's layout)")
    teachers = p.add_mutually_exclusive_group(required=True)
    teachers.add_argument("--onepass", help="the saved one-pass model (teacher = its ensemble "
                                             "with the --init model)")
    teachers.add_argument("--teacher-probs", nargs="+",
                          help="train: the teacher's probabilities on the training files (and "
                               "the --unlabelled files), from `python -m analysis.models.teacher "
                               "label` (one or more .npz)")
    p.add_argument("--out", default="runs/distil", help="train: the artifact folder")
    p.add_argument("--json", help="measure: also write the table to this JSON file")
    p.add_argument("--weight", type=float, default=0.5,
                   help="train: the pair model's weight in the teacher")
    p.add_argument("--recipe", default="war-x2-seed7", help="the data and seed of this recipe")
    p.add_argument("--init", default=str(STUDENT_INIT),
                   help="the stance artifact training continues from (and the ensemble's pair "
                        "model with --onepass); default: stance-v2, the start of every recorded "
                        "run")
    p.add_argument("--seed", type=int, help="train: the seed (default: the recipe's)")
    p.add_argument("--epochs", type=int, default=2)
    p.add_argument("--lr", type=float, default=2e-4)
    p.add_argument("--gold-share", type=float, default=0.5)
    p.add_argument("--unlabelled", nargs="+", default=[], metavar="FILE",
                   help="train: NewsMTSC-format files without labels (e.g. "
                        "data/war-news-unlabelled/articles.jsonl) trained on the teacher's "
                        "probabilities alone")
    args = p.parse_args(argv)
    if args.command == "measure" and args.unlabelled:
        p.error("--unlabelled is for train (measure trains nothing)")
    if args.command == "measure" and args.teacher_probs:
        p.error("measure takes --onepass (it scores the ensemble); --teacher-probs is for train")
    if args.command == "measure" and args.seed is not None:
        p.error("--seed is for train (measure trains nothing)")
    data = Path(args.data)
    init = Path(args.init)
    members = Members(init, Path(args.onepass)) if args.onepass else None
    dev = [data / "newsmtsc" / "dev-rw.jsonl", data / "newsmtsc" / "dev-mt.jsonl",
           WAR / "dev.jsonl"]
    held = [WAR / "heldout.jsonl", TEMPLATES / "war_stance_heldout.jsonl"]
    if args.command == "measure":
        sets = {_dev_name(f): read_newsmtsc(f) for f in [*dev, *held]}
        rows = measure(members, sets, [_dev_name(f) for f in dev])
        for row in rows:
            print(json.dumps(row), flush=True)
        if args.json:
            Path(args.json).write_text(json.dumps(rows, indent=2) + "\n")
        return 0
    recipe = RUNS[args.recipe]
    extra = [f for kind in recipe["extra"] for f in _files(kind, data)]
    unlabelled = [Path(f) for f in args.unlabelled]
    labelled_files = training_files(data / "newsmtsc", extra)
    recipe_files = {g.resolve() for g in [*dev, *held, *labelled_files]}
    reused = [f for f in unlabelled if f.resolve() in recipe_files]
    if reused:  # a dev or held-out file trained on, or a gold file stripped of its labels
        p.error(f"--unlabelled {', '.join(map(str, reused))}: a dev, held-out or labelled "
                f"training file of this recipe")
    # Another file can still hold dev or held-out sentences: the unlabelled articles became a
    # labelled round of the war-news set, and part of it is dev.
    chosen_on = {ex.sentence for f in [*dev, *held] if f.is_file()
                 for ex in read_newsmtsc(f, labelled=False)}
    for f in unlabelled:
        shared = sorted({ex.sentence for ex in read_newsmtsc(f, labelled=False)} & chosen_on)
        if shared:
            p.error(f"--unlabelled {f}: {len(shared)} of its sentences are in a dev or held-out "
                    f"file of this recipe (e.g. {shared[0][:60]!r}); training on them would "
                    f"leak into choosing and measuring")
    # train_stance's rows, in order: the labelled files, then the unlabelled ones
    examples = training_examples(data / "newsmtsc", extra, unlabelled=unlabelled)
    if members is not None:
        teacher = teacher_probabilities(examples, members, weight=args.weight)
    else:
        teacher = stored_probabilities(training_files(data / "newsmtsc", extra, unlabelled),
                                       args.teacher_probs)
    gold = [ex.label for ex in examples if ex.label is not None]
    n_gold = len(gold)
    targets = np.vstack([soft_targets(gold, teacher[:n_gold], gold_share=args.gold_share),
                         teacher[n_gold:]])
    # The teacher was trained on the labelled examples: in-sample, over-confident there.
    agreement = float((teacher[:n_gold].argmax(axis=1) == np.asarray(gold)).mean())
    print(f"teacher on {n_gold} labelled training targets: agrees with gold on {agreement:.3f}"
          f"; {len(examples) - n_gold} unlabelled targets", flush=True)
    cfg = replace(recipe_config(args.recipe), epochs=args.epochs, lr=args.lr,
                  init_from=str(init))
    if args.seed is not None:
        cfg = replace(cfg, seed=args.seed)
    metrics = train_stance(data / "newsmtsc", Path(args.out), cfg, extra=extra, dev_extra=dev[2:],
                           heldout=held, soft_targets=targets, unlabelled=unlabelled,
                           log=lambda m: print(m, flush=True))
    # The record names the artifact, not this machine's path to it.
    metrics["settings"]["init_from"] = (f"analysis/artifacts/{init.name}"
                                        if init.resolve().parent == ARTIFACTS_DIR else str(init))
    metrics["distillation"] = {"teacher": ([init.name, str(args.onepass)]
                                           if members is not None else " ".join(args.teacher_probs)),
                               "weight_first": args.weight if members is not None else None,
                               "gold_share": args.gold_share,
                               "unlabelled": [str(f) for f in unlabelled],
                               "teacher_gold_agreement": round(agreement, 4),
                               "command": "python -m analysis.models.distil " + " ".join(
                                   sys.argv[1:] if argv is None else argv)}
    (Path(args.out) / "metrics.json").write_text(json.dumps(metrics, indent=2, sort_keys=True)
                                                 + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
