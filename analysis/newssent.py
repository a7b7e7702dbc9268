"""The news sentence-sentiment data set: written, double-labelled and adjudicated for this project.

``data/news-sentiment/`` holds (see its README and ``GUIDELINE.md``):

- ``raw/*.jsonl`` — headlines and body sentences written for the project (no labels):
  ``writer1`` (headlines), ``writer2`` (body sentences), ``writer4`` (short feed headlines) and
  ``writer5`` (body sentences rich in negation, contrast, hedges) are the training part,
  ``heldout`` the held-out part, written apart in other outlet styles;
- ``labels/A/*.jsonl`` and ``labels/B/*.jsonl`` — two independent labellings, each line
  ``{"id", "valence": -3..3, "unsure": bool}`` under ``GUIDELINE.md``;
- ``adjudication/decisions.jsonl`` — a valence for every sentence whose two labels fall in
  different classes, decided against the guideline (or ``"unresolved": true``);
- ``train.jsonl``, ``dev.jsonl``, ``heldout.jsonl`` — built here: one line per sentence with
  ``label`` (negative / neutral / positive) and ``valence`` (the mean of the two labellers'
  valences when their classes agree, else the adjudicated valence), both in -3..3;
  ``agreement.json`` — raw agreement and Cohen's kappa of the classes, quadratic-weighted kappa
  and Pearson r of the valences, per part and overall.

The class of a valence is its sign (``class_of``). Commands::

    python -m analysis.newssent disagreements   # write adjudication/todo.jsonl
    python -m analysis.newssent build           # write the splits and agreement.json

Sentences left unresolved are kept out of every split and counted in ``agreement.json``
(never silently dropped).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .labelled import check_train_parts, hash_share, read_jsonl
from .labelled import main as labelled_main

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = REPO_ROOT / "data" / "news-sentiment"
TRAIN_PARTS = ("writer1", "writer2", "writer4", "writer5")
HELDOUT_PARTS = ("heldout",)
LABELS = ("negative", "neutral", "positive")
#: Share of the training part's sentences kept apart as the dev split (chosen on, not trained on).
DEV_SHARE = 0.25


class NewsSentimentDataError(ValueError):
    """A file of the data set is missing or malformed (the message names file and line)."""


def class_of(valence: float) -> str:
    """negative (< 0), neutral (0) or positive (> 0): the sign of a valence on the -3..3 scale."""
    return "negative" if valence < 0 else "positive" if valence > 0 else "neutral"


@dataclass(frozen=True)
class Item:
    """One written sentence with both labellings and, where their classes differ, the decision."""

    id: str
    part: str
    kind: str
    style: str
    topic: str
    text: str
    valence_a: int
    valence_b: int
    decided: int | None  # adjudicated valence; None when the classes agree or unresolved
    unresolved: bool = False

    @property
    def agree(self) -> bool:
        return class_of(self.valence_a) == class_of(self.valence_b)

    @property
    def valence(self) -> float | None:
        """Gold valence: the mean of A and B when their classes agree, else the decision."""
        if self.agree:
            return (self.valence_a + self.valence_b) / 2
        return None if self.unresolved or self.decided is None else float(self.decided)

    @property
    def label(self) -> str | None:
        v = self.valence
        return None if v is None else class_of(v)


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return read_jsonl(path, NewsSentimentDataError)


def _valence(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value) \
            or not -3 <= value <= 3:
        raise NewsSentimentDataError(f"{where}: valence {value!r} is not an integer in -3..3")
    return int(value)


def _labels(path: Path) -> dict[str, int]:
    out = {}
    for i, row in enumerate(_read_jsonl(path), 1):
        if "id" not in row:
            raise NewsSentimentDataError(f"{path}:{i}: no id")
        out[str(row["id"])] = _valence(row.get("valence"), f"{path}:{i}")
    return out


def _decisions(folder: Path) -> dict[str, dict[str, Any]]:
    path = folder / "adjudication" / "decisions.jsonl"
    if not path.is_file():
        return {}
    out = {}
    for i, row in enumerate(_read_jsonl(path), 1):
        if not row.get("unresolved"):
            row = {**row, "valence": _valence(row.get("valence"), f"{path}:{i}")}
        out[str(row["id"])] = row
    return out


def load_items(part: str, folder: Path = DATA_DIR) -> list[Item]:
    """Every written sentence of one part with both labellings and any decision.

    Raises :class:`NewsSentimentDataError` when a sentence lacks a label in either labelling."""
    written = _read_jsonl(folder / "raw" / f"{part}.jsonl")
    a = _labels(folder / "labels" / "A" / f"{part}.jsonl")
    b = _labels(folder / "labels" / "B" / f"{part}.jsonl")
    decisions = _decisions(folder)
    items = []
    for row in written:
        key = str(row["id"])
        if key not in a or key not in b:
            which = "A" if key not in a else "B"
            raise NewsSentimentDataError(f"{part}: {key} has no label in labels/{which}/{part}.jsonl")
        decision = decisions.get(key, {}) if class_of(a[key]) != class_of(b[key]) else {}
        items.append(Item(id=key, part=part, kind=str(row.get("kind", "body")),
                          style=str(row.get("style", "")), topic=str(row.get("topic", "")),
                          text=str(row["text"]), valence_a=a[key], valence_b=b[key],
                          decided=decision.get("valence"),
                          unresolved=bool(decision.get("unresolved", False))))
    return items


def agreement(items: list[Item]) -> dict[str, Any]:
    """Agreement of labellings A and B: raw agreement and Cohen's kappa of the classes
    (scikit-learn), quadratic-weighted kappa and Pearson r (scipy) of the valences, with counts."""
    from scipy.stats import pearsonr
    from sklearn.metrics import cohen_kappa_score

    if not items:
        return {"sentences": 0}
    a = [class_of(i.valence_a) for i in items]
    b = [class_of(i.valence_b) for i in items]
    va = [i.valence_a for i in items]
    vb = [i.valence_b for i in items]
    agree = sum(x == y for x, y in zip(a, b))
    gold = Counter(i.label or "unresolved" for i in items)
    pending = sum(1 for i in items if not i.agree and i.decided is None and not i.unresolved)
    return {"sentences": len(items),
            "raw_agreement": round(agree / len(items), 4),
            "cohen_kappa": round(float(cohen_kappa_score(a, b, labels=list(LABELS))), 4),
            "valence_weighted_kappa": round(float(cohen_kappa_score(
                va, vb, labels=list(range(-3, 4)), weights="quadratic")), 4),
            "valence_pearson_r": round(float(pearsonr(va, vb)[0]), 4),
            "valence_exact": round(sum(x == y for x, y in zip(va, vb)) / len(items), 4),
            "disagreements": len(items) - agree, "not_yet_adjudicated": pending,
            "gold": {k: gold[k] for k in sorted(gold)}}


def write_split(items: list[Item], path: Path) -> int:
    """Write the gold-labelled sentences of a split (unresolved ones left out); returns the count."""
    lines = [json.dumps({"id": i.id, "text": i.text, "kind": i.kind, "style": i.style,
                         "topic": i.topic, "label": i.label, "valence": i.valence},
                        ensure_ascii=False, sort_keys=True)
             for i in items if i.label is not None]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return len(lines)


def read_split(path: Path | str) -> tuple[list[str], list[str], list[float], list[str]]:
    """Texts, labels, gold valences (-3..3) and kinds (headline / body) of a built split."""
    rows = _read_jsonl(Path(path))
    for i, row in enumerate(rows, 1):
        if row.get("label") not in LABELS or "text" not in row:
            raise NewsSentimentDataError(f"{path}:{i}: needs text and a label in {LABELS}")
    return ([r["text"] for r in rows], [r["label"] for r in rows],
            [float(r["valence"]) for r in rows], [str(r.get("kind", "body")) for r in rows])


def write_disagreements(folder: Path = DATA_DIR) -> Path:
    """``adjudication/todo.jsonl``: every sentence whose two labels fall in different classes."""
    out = folder / "adjudication" / "todo.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    rows = [{"id": i.id, "text": i.text, "kind": i.kind, "valence_a": i.valence_a,
             "valence_b": i.valence_b}
            for part in TRAIN_PARTS + HELDOUT_PARTS for i in load_items(part, folder)
            if not i.agree]
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                   encoding="utf-8")
    return out


def in_dev(sentence_id: str) -> bool:
    """Whether a training-part sentence belongs to dev: a fixed hash of its id."""
    return hash_share(sentence_id) < DEV_SHARE


def build(folder: Path = DATA_DIR, *, train_parts: Sequence[str] = TRAIN_PARTS,
          heldout_parts: Sequence[str] = HELDOUT_PARTS) -> dict[str, Any]:
    """Write ``train.jsonl``, ``dev.jsonl``, ``heldout.jsonl`` and ``agreement.json``; return
    the agreement figures. ``dev`` is :data:`DEV_SHARE` of the training parts' sentences
    (:func:`in_dev`); ``heldout`` is the part written apart. Raises
    :class:`NewsSentimentDataError` naming a missing or malformed file, and a training part
    that is held out or named twice."""
    heldout_parts = tuple(heldout_parts)
    train_parts = check_train_parts(train_parts, heldout_parts, NewsSentimentDataError)
    report: dict[str, Any] = {"parts": {}}
    written = {part: load_items(part, folder) for part in train_parts + heldout_parts}
    for part, items in written.items():
        report["parts"][part] = agreement(items)
    training = [i for part in train_parts for i in written[part]]
    splits = {"train": [i for i in training if not in_dev(i.id)],
              "dev": [i for i in training if in_dev(i.id)],
              "heldout": [i for part in heldout_parts for i in written[part]]}
    for split, items in splits.items():
        report[split] = agreement(items)
        report[split]["written"] = write_split(items, folder / f"{split}.jsonl")
    report["all"] = agreement([i for items in written.values() for i in items])
    (folder / "agreement.json").write_text(json.dumps(report, indent=2, sort_keys=True) + "\n",
                                           encoding="utf-8")
    return report


def main(argv: list[str] | None = None) -> int:
    return labelled_main(argv, prog="python -m analysis.newssent", description=__doc__.split("\n")[0],
                         data_dir=DATA_DIR, write_disagreements=write_disagreements,
                         build=build, error=NewsSentimentDataError, train_parts=TRAIN_PARTS,
                         heldout_parts=HELDOUT_PARTS)


if __name__ == "__main__":
    raise SystemExit(main())
