"""Even-handedness on real sentences: the two sides' names swapped, the target's label kept.

The stance guideline (``../shared/design/stance-guideline.md``, rule 9): "The same wording gets
the same label whichever side the actor is on; swapping the names of two actors must swap their
labels and change nothing else." The CheckList tests the rule on a few written pairs; this
module applies it to any labelled file. In each sentence every name of one side becomes the
other side's (Russia ↔ Ukraine, Russian ↔ Ukrainian, Moscow ↔ Kyiv, Putin ↔ Zelensky), the
target's span moves with the text, and its gold label stays where it was: the mention at that
place is described by the same words. A model that reads only the wording gives both forms the
same label; the share of pairs whose label changes measures how much it leans on which side a
name belongs to. This is a counterfactual test of the kind of Garg et al., "Counterfactual
fairness in text classification through robustness" (AIES 2019). The same swap also serves as
training augmentation: counterfactual data augmentation, Lu et al., "Gender bias in neural
natural language processing" (2020), used by the teacher's ``--swap-sides``.

Only whole words are swapped, with their case as written ("KYIV" in a dateline stays). The
pairs cover the war the project's data is about; a sentence without any of those names has no
swapped form (``None``).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from .stance import TargetExample, classification_report

#: Names of the two sides, each swapped for the other (longer forms matched first).
SIDE_PAIRS: tuple[tuple[str, str], ...] = (
    ("Russia", "Ukraine"), ("Russian", "Ukrainian"), ("Russians", "Ukrainians"),
    ("Moscow", "Kyiv"), ("Putin", "Zelensky"))


def _swap_table(pairs: Sequence[tuple[str, str]]) -> tuple[dict[str, str], re.Pattern[str]]:
    table = {a: b for a, b in pairs} | {b: a for a, b in pairs}
    names = sorted(table, key=len, reverse=True)
    return table, re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")


_DEFAULT = _swap_table(SIDE_PAIRS)


def swap_sides(example: TargetExample, pairs: Sequence[tuple[str, str]] = SIDE_PAIRS
               ) -> TargetExample | None:
    """The example with every side name of ``pairs`` swapped for the other side's, its target
    span (and further mentions) moved with the text and its label kept; ``None`` when the
    sentence names neither side. A span boundary inside a swapped word moves to that word's
    start or end."""
    table, pattern = _DEFAULT if pairs is SIDE_PAIRS else _swap_table(pairs)
    text = example.sentence
    matches = list(pattern.finditer(text))
    if not matches:
        return None
    pieces: list[str] = []
    starts: list[tuple[int, int, int]] = []  # (old start, old end, shift before the match)
    shift, pos = 0, 0
    for m in matches:
        pieces += [text[pos:m.start()], table[m.group(1)]]
        starts.append((m.start(), m.end(), shift))
        shift += len(table[m.group(1)]) - (m.end() - m.start())
        pos = m.end()
    pieces.append(text[pos:])

    def moved(offset: int, is_end: bool) -> int:
        for start, end, shift_before in starts:
            if offset <= start:
                return offset + shift_before
            if offset < end:  # inside a swapped word: to its start, or its new end
                new_start = start + shift_before
                return new_start + (len(table[text[start:end]]) if is_end else 0)
        return offset + shift  # past every swapped word: the whole shift

    further = tuple((moved(a, False), moved(b, True)) for a, b in example.further)
    return replace(example, sentence="".join(pieces), start=moved(example.start, False),
                   end=moved(example.end, True), further=further)


def side_swap_report(examples: Sequence[TargetExample],
                     predict: Callable[[Sequence[TargetExample]], np.ndarray]
                     ) -> dict[str, Any]:
    """Guideline rule 9 measured on labelled ``examples``: each one naming a side is scored as
    written and with the sides swapped (:func:`swap_sides`), by ``predict`` (examples → an
    (n, 3) array of probabilities or logits in ``analysis.stance.LABELS`` order).

    Returns ``n`` (all examples), ``n_swapped`` (those naming a side), ``changed`` and
    ``changed_share`` (swapped pairs whose label changes; 0 for a model that reads wording
    alone), and ``accuracy`` / ``macro_f1`` on the swapped pairs as written and swapped
    (``{"as_written": …, "swapped": …}``; the gold label is the same for both). ``ValueError``
    for examples without a gold label."""
    if any(ex.label is None for ex in examples):
        raise ValueError("side_swap_report needs gold labels; an example has none")
    pairs = [(ex, s) for ex in examples if (s := swap_sides(ex)) is not None]
    report: dict[str, Any] = {"n": len(examples), "n_swapped": len(pairs)}
    if not pairs:
        return report | {"changed": 0, "changed_share": 0.0}
    gold = np.array([ex.label for ex, _ in pairs])
    written = np.asarray(predict([ex for ex, _ in pairs])).argmax(axis=1)
    swapped = np.asarray(predict([s for _, s in pairs])).argmax(axis=1)
    changed = int((written != swapped).sum())
    scores = {"as_written": classification_report(gold, written),
              "swapped": classification_report(gold, swapped)}
    return report | {
        "changed": changed, "changed_share": changed / len(pairs),
        "accuracy": {form: r["accuracy"] for form, r in scores.items()},
        "macro_f1": {form: r["macro_f1"] for form, r in scores.items()},
    }


def format_side_swap(report: dict[str, Any]) -> str:
    """One line per measure of :func:`side_swap_report`."""
    head = (f"sides swapped (guideline rule 9): {report['n_swapped']} of {report['n']} pairs "
            f"name a side")
    if not report["n_swapped"]:
        return head
    f1, acc = report["macro_f1"], report["accuracy"]
    return (f"{head}; label changed on {report['changed']} ({report['changed_share']:.4f})\n"
            f"  on those pairs: macro-F1 {f1['as_written']:.4f} as written, {f1['swapped']:.4f} "
            f"swapped; accuracy {acc['as_written']:.4f} / {acc['swapped']:.4f}")
