"""The war-news stance data set: written, double-labelled and adjudicated for this project.

``data/war-news-stance/`` holds (see its README):

- ``raw/*.jsonl`` — sentences written for the project, each with its targets (no labels):
  ``writer1``–``writer3`` (first round), ``writer4``–``writer6`` (second round: the kinds of
  sentence the first round's model got wrong) and ``writer7``–``writer12`` (third round: whole
  short articles, mostly plain mentions) are the training part, ``heldout`` the held-out part,
  written apart (other styles, actors and places);
- ``labels/A/*.jsonl`` and ``labels/B/*.jsonl`` — two independent labellings of every
  (sentence, target) pair under ``../shared/design/stance-guideline.md``;
- ``adjudication/decisions.jsonl`` — the label of every pair the two labellings disagree on,
  decided against the guideline (or ``"unresolved": true``); and, for a part labelled twice
  over (``labels/first-labelling/``), rows marked ``"across_labellings": true``: the label of a
  pair A and B agree on whose earlier labelling reached another label, decided the same way;
- ``train.jsonl``, ``dev.jsonl``, ``heldout.jsonl`` — built by this module in the NewsMTSC format
  (``analysis.stance.read_newsmtsc`` reads them); ``agreement.json`` — raw agreement and Cohen's
  kappa per file and overall.

Commands::

    python -m analysis.warnews disagreements   # write adjudication/todo.jsonl
    python -m analysis.warnews build           # write train/dev/heldout.jsonl, agreement.json
    python -m analysis.warnews build-unlabelled  # data/war-news-unlabelled/articles.jsonl
                                                 # (the third round without its labels)
    python -m analysis.warnews build-unlabelled --batch 2  # data/war-news-unlabelled-2/
                                                 # articles.jsonl (never labelled)

Pairs left unresolved by adjudication are kept out of the training and evaluation files and
counted in ``agreement.json`` (never silently dropped).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .labelled import check_train_parts, hash_share, read_jsonl
from .labelled import main as labelled_main

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = REPO_ROOT / "data" / "war-news-stance"
#: The third round: short articles (headline, lead, attribution, background), written first as
#: unlabelled text for distillation (``data/war-news-unlabelled/``), then labelled like the rest.
ARTICLE_PARTS = ("writer7", "writer8", "writer9", "writer10", "writer11", "writer12")
#: The fourth round: sentences written around the kinds the shipped model still fails (actors
#: mentioned in charged sentences, framed and plain claims, harm and who causes it).
ROUND4_PARTS = ("writer19", "writer20", "writer21")
#: The fifth round: two targets, two answers (contrasts in the speaker's own words and in the
#: reporter's voice).
ROUND5_PARTS = ("writer22", "writer23")
#: The sixth round (stop 42): acts of state told plainly and framed, long sentences of analysis
#: and hindsight, soldiers, units and prisoners; in the splits since stop 43.
ROUND6_PARTS = ("writer24", "writer25", "writer26")
TRAIN_PARTS = ("writer1", "writer2", "writer3", "writer4", "writer5", "writer6", *ARTICLE_PARTS,
               *ROUND4_PARTS, *ROUND5_PARTS, *ROUND6_PARTS)
#: The seventh round (stop 46): claims of success and who makes them, portrayals without loaded
#: words, the other side in the background and strikes on armed forces. Written, labelled twice
#: and adjudicated, but not in the default splits: the default model was chosen on the six-round
#: dev split, which the model card re-scores, and the run trained on the seven-round splits
#: (stops 47-49, sweep records ``teacher_round7_stop47`` and ``teacher_round7_3epochs_stop48``)
#: was not adopted. ``build
#: --train-parts`` with :data:`TRAIN_PARTS` and these gives the seven-round splits.
ROUND7_PARTS = ("writer27", "writer28", "writer29")
#: Every written training part with both labellings: what ``--train-parts`` may name and what
#: ``disagreements`` and ``agreement.json`` cover.
LABELLED_PARTS = (*TRAIN_PARTS, *ROUND7_PARTS)
#: The training parts of the second round: the splits ``stance-v3`` was trained and chosen on.
ROUND2_PARTS = TRAIN_PARTS[:6]
#: The training parts of the third round: the splits every student of stops 28-31 was chosen on.
ROUND3_PARTS = TRAIN_PARTS[:12]
#: The training parts of the fourth round: the splits ``stance-large-v3`` and the runs of stops
#: 32-37 were trained and chosen on.
ROUND4_SPLIT_PARTS = TRAIN_PARTS[:15]
#: The training parts of the fifth round: the splits ``stance-large-v4`` was trained and chosen on.
ROUND5_SPLIT_PARTS = TRAIN_PARTS[:17]
HELDOUT_PARTS = ("heldout",)
LABELS = ("negative", "neutral", "positive")
POLARITY = {"negative": 2.0, "neutral": 4.0, "positive": 6.0}


class WarNewsDataError(ValueError):
    """A file of the data set is missing or malformed (the message names file and line)."""


@dataclass(frozen=True)
class Pair:
    """One (sentence, target) pair with both labels and, where they differ, the decision."""

    id: str
    part: str
    style: str
    text: str
    target: int
    mention: str
    start: int
    end: int
    label_a: str
    label_b: str
    decided: str | None  # the adjudicated label; None when A and B agree or unresolved
    unresolved: bool = False
    #: A and B agree, but the part's earlier labelling reached another final label: the pair
    #: needs a decision across the two labellings.
    conflict: bool = False
    #: ... and has one (``decided`` holds it).
    across: bool = False

    @property
    def gold(self) -> str | None:
        """The final label: the agreed one (unless it conflicts with an earlier labelling), else
        the adjudicated one, else None (not yet decided, or unresolved)."""
        if self.label_a == self.label_b and not self.conflict:
            return self.label_a
        return None if self.unresolved else self.decided


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return read_jsonl(path, WarNewsDataError)


def locate(text: str, mention: str, occurrence: int = 1) -> tuple[int, int]:
    """Character span of the ``occurrence``-th (1-based) ``mention`` in ``text``.

    Raises ``ValueError`` when it does not occur that often, or when the span found is part of
    a longer word ("Russia" inside "Russian": the writer meant a later occurrence), or when
    ``occurrence`` is not a whole number ≥ 1."""
    if isinstance(occurrence, bool) or not isinstance(occurrence, int) or occurrence < 1:
        raise ValueError(f"occurrence must be a whole number >= 1, got {occurrence!r}")
    start = -1
    for _ in range(occurrence):
        start = text.find(mention, start + 1)
        if start < 0:
            raise ValueError(f"{mention!r} does not occur {occurrence} time(s) in {text!r}")
    end = start + len(mention)
    if (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
        word_start = start
        while word_start > 0 and text[word_start - 1].isalnum():
            word_start -= 1
        word_end = end
        while word_end < len(text) and text[word_end].isalnum():
            word_end += 1
        raise ValueError(f"occurrence {occurrence} of {mention!r} is inside the word "
                         f"{text[word_start:word_end]!r} in {text!r}; give the occurrence meant")
    return start, end


def _labels(path: Path) -> dict[tuple[str, int], str]:
    out = {}
    for i, row in enumerate(_read_jsonl(path), 1):
        label = row.get("label")
        if label not in LABELS:
            raise WarNewsDataError(f"{path}:{i}: label {label!r} is not one of {LABELS}")
        out[(str(row["id"]), int(row["target"]))] = label
    return out


def _decisions(folder: Path) -> dict[tuple[str, int], dict[str, Any]]:
    path = folder / "adjudication" / "decisions.jsonl"
    if not path.is_file():
        return {}
    out = {}
    for i, row in enumerate(_read_jsonl(path), 1):
        if not row.get("unresolved") and row.get("label") not in LABELS:
            raise WarNewsDataError(f"{path}:{i}: label {row.get('label')!r} is not one of {LABELS}")
        out[(str(row["id"]), int(row["target"]))] = row
    return out


#: Where a part labelled twice over keeps its earlier labelling: one row per pair with that
#: labelling's two labels and its final label (``label_a``, ``label_b``, ``gold``).
FIRST_LABELLING = Path("labels") / "first-labelling"


def first_labelling(part: str, folder: Path = DATA_DIR) -> dict[tuple[str, int], str]:
    """The final labels of ``part``'s earlier labelling, by (sentence id, target); empty when the
    part was labelled once. :class:`WarNewsDataError` for a label outside :data:`LABELS`."""
    path = folder / FIRST_LABELLING / f"{part}.jsonl"
    if not path.is_file():
        return {}
    out = {}
    for i, row in enumerate(_read_jsonl(path), 1):
        if row.get("gold") not in LABELS:
            raise WarNewsDataError(f"{path}:{i}: gold {row.get('gold')!r} is not one of {LABELS}")
        out[(str(row["id"]), int(row["target"]))] = row["gold"]
    return out


def load_pairs(part: str, folder: Path = DATA_DIR) -> list[Pair]:
    """Every (sentence, target) pair of one written part with both labels and any decision.

    A decision applies where A and B differ, and, marked ``across_labellings``, where they agree
    but the part's earlier labelling (:func:`first_labelling`) has another final label (such a
    pair without a decision has no gold yet, like an undecided disagreement).
    Raises :class:`WarNewsDataError` when a target lacks a label in either labelling, its
    mention cannot be located (:func:`locate`), the earlier labelling does not cover exactly the
    part's pairs, or a decision across labellings names a pair with no such conflict (a stale
    decision)."""
    sentences = _read_jsonl(folder / "raw" / f"{part}.jsonl")
    a = _labels(folder / "labels" / "A" / f"{part}.jsonl")
    b = _labels(folder / "labels" / "B" / f"{part}.jsonl")
    decisions = _decisions(folder)
    first = first_labelling(part, folder)
    keys = {(str(row["id"]), index) for row in sentences for index in range(len(row["targets"]))}
    if first and set(first) != keys:
        odd = sorted(set(first) ^ keys)[0]
        raise WarNewsDataError(f"{FIRST_LABELLING}/{part}.jsonl does not cover the part's pairs "
                               f"exactly: {odd[0]} target {odd[1]} is "
                               + ("missing" if odd in keys else "not in raw/" + f"{part}.jsonl"))
    pairs = []
    for row in sentences:
        for index, target in enumerate(row["targets"]):
            key = (str(row["id"]), index)
            if key not in a or key not in b:
                which = "A" if key not in a else "B"
                raise WarNewsDataError(f"{part}: {key[0]} target {index} has no label in "
                                       f"labels/{which}/{part}.jsonl")
            try:
                start, end = locate(row["text"], target["mention"],
                                    int(target.get("occurrence", 1)))
            except ValueError as exc:
                raise WarNewsDataError(f"raw/{part}.jsonl: {key[0]} target {index}: {exc}") from exc
            decision = decisions.get(key, {})
            across = bool(decision.get("across_labellings"))
            if across and (a[key] != b[key] or first.get(key, a[key]) == a[key]):
                why = ("labels/A and labels/B disagree (a plain decision settles it)"
                       if a[key] != b[key] else
                       f"{part} has no earlier labelling ({FIRST_LABELLING}/{part}.jsonl)"
                       if not first else f"labels/A and labels/B agree with "
                       f"{FIRST_LABELLING}/{part}.jsonl (nothing to decide)")
                raise WarNewsDataError(f"adjudication/decisions.jsonl: {key[0]} target {index} "
                                       f"is decided across labellings, but {why}")
            conflict = bool(first) and a[key] == b[key] != first[key]
            if a[key] == b[key] and not across:
                decision = {}
            pairs.append(Pair(id=key[0], part=part, style=str(row.get("style", "")),
                              text=row["text"], target=index, mention=target["mention"],
                              start=start, end=end, label_a=a[key], label_b=b[key],
                              decided=decision.get("label"),
                              unresolved=bool(decision.get("unresolved", False)),
                              conflict=conflict, across=across))
    return pairs


def agreement(pairs: list[Pair]) -> dict[str, Any]:
    """Raw agreement and Cohen's kappa (scikit-learn) of labellings A and B, with counts
    (``decided_across_labellings``: where any, the pairs decided across two labellings)."""
    from sklearn.metrics import cohen_kappa_score

    a = [p.label_a for p in pairs]
    b = [p.label_b for p in pairs]
    agree = sum(x == y for x, y in zip(a, b))
    gold = Counter(p.gold or "unresolved" for p in pairs)
    pending = sum(1 for p in pairs if (p.label_a != p.label_b or p.conflict)
                  and p.decided is None and not p.unresolved)
    across = sum(1 for p in pairs if p.across)
    return {"pairs": len(pairs), "sentences": len({p.id for p in pairs}),
            **({"decided_across_labellings": across} if across else {}),
            "raw_agreement": round(agree / len(pairs), 4) if pairs else None,
            "cohen_kappa": round(float(cohen_kappa_score(a, b, labels=list(LABELS))), 4)
            if pairs else None,
            "disagreements": len(pairs) - agree, "not_yet_adjudicated": pending,
            "gold": {k: gold[k] for k in sorted(gold)}}


def _newsmtsc_record(sentence_pairs: list[Pair]) -> dict[str, Any] | None:
    targets = [{"Input.gid": f"{p.id}_{p.target}", "from": p.start, "to": p.end,
                "mention": p.mention, "polarity": POLARITY[p.gold]}
               for p in sentence_pairs if p.gold is not None]
    if not targets:
        return None
    first = sentence_pairs[0]
    return {"primary_gid": first.id, "style": first.style, "sentence_normalized": first.text,
            "targets": targets}


def write_newsmtsc(pairs: list[Pair], path: Path) -> int:
    """Write the labelled pairs as a NewsMTSC-format JSONL file (one record per sentence);
    returns the number of targets written."""
    by_sentence: dict[str, list[Pair]] = {}
    for p in pairs:
        by_sentence.setdefault(p.id, []).append(p)
    lines, n = [], 0
    for sentence_pairs in by_sentence.values():
        record = _newsmtsc_record(sentence_pairs)
        if record is not None:
            lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
            n += len(record["targets"])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return n


def write_disagreements(folder: Path = DATA_DIR) -> Path:
    """``adjudication/todo.jsonl``: every pair on which A and B differ, both labels shown, and
    every pair A and B agree on whose earlier labelling differs (``first_labelling``: its
    label)."""
    out = folder / "adjudication" / "todo.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    rows = []
    for part in LABELLED_PARTS + HELDOUT_PARTS:
        first = first_labelling(part, folder)
        for p in load_pairs(part, folder):
            if p.label_a != p.label_b or p.conflict:
                rows.append({"id": p.id, "target": p.target, "text": p.text,
                             "mention": p.mention, "occurrence_start": p.start,
                             "label_a": p.label_a, "label_b": p.label_b,
                             **({"first_labelling": first[(p.id, p.target)]}
                                if p.conflict else {})})
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                   encoding="utf-8")
    return out


#: Share of the training part's sentences kept apart as the dev split (chosen on, not trained on).
DEV_SHARE = 0.15


def in_dev(sentence_id: str) -> bool:
    """Whether a training-part sentence belongs to the dev split: a fixed hash of its id, so
    the split never changes when sentences are added."""
    return hash_share(sentence_id) < DEV_SHARE


def _check_decisions_name_pairs(folder: Path, pairs: list[Pair]) -> None:
    """Refuse a decision whose (id, target) is no pair of the labelled parts read: a mistyped id
    or target would otherwise go unused, its pair counted as not yet adjudicated. (A mistyped
    target that lands on a pair A and B agree on is still ignored, as any plain decision on an
    agreed pair is.)"""
    known = {(p.id, p.target) for p in pairs}
    for key in _decisions(folder):
        if key not in known:
            raise WarNewsDataError(
                f"adjudication/decisions.jsonl: {key[0]} target {key[1]} is no pair of the "
                f"labelled parts (a mistyped id or target, or a part not in LABELLED_PARTS or "
                f"whose raw/ file is missing)")


def build(folder: Path = DATA_DIR, *, train_parts: Sequence[str] = TRAIN_PARTS
          ) -> dict[str, Any]:
    """Write ``train.jsonl``, ``dev.jsonl``, ``heldout.jsonl`` and ``agreement.json``; return
    the agreement figures. ``dev`` is :data:`DEV_SHARE` of the training parts' sentences
    (:func:`in_dev`); ``heldout`` is the part written apart. ``train_parts`` (default:
    :data:`TRAIN_PARTS`) rebuilds the splits of an earlier round: ``("writer1", "writer2",
    "writer3")`` gives the files ``stance-v2`` was trained and chosen on. The agreement of the
    labelled parts left out of the splits is reported under ``labelled_not_in_splits``.
    Raises :class:`WarNewsDataError` naming a missing or malformed file, a training part
    that is held out or named twice, and a decision naming no pair of the labelled parts."""
    train_parts = check_train_parts(train_parts, HELDOUT_PARTS, WarNewsDataError)
    report: dict[str, Any] = {"parts": {}}
    written = {part: load_pairs(part, folder) for part in train_parts + HELDOUT_PARTS}
    for part, pairs in written.items():
        report["parts"][part] = agreement(pairs)
    left_out = [part for part in LABELLED_PARTS if part not in train_parts
                and (folder / "raw" / f"{part}.jsonl").is_file()]
    outside = {part: load_pairs(part, folder) for part in left_out}
    if outside:
        report["labelled_not_in_splits"] = {part: agreement(pairs)
                                            for part, pairs in outside.items()}
    _check_decisions_name_pairs(folder, [p for pairs in (*written.values(), *outside.values())
                                         for p in pairs])
    training = [p for part in train_parts for p in written[part]]
    splits = {"train": [p for p in training if not in_dev(p.id)],
              "dev": [p for p in training if in_dev(p.id)],
              "heldout": [p for part in HELDOUT_PARTS for p in written[part]]}
    for split, pairs in splits.items():
        report[split] = agreement(pairs)
        report[split]["written"] = write_newsmtsc(pairs, folder / f"{split}.jsonl")
    report["all"] = agreement([p for pairs in written.values() for p in pairs])
    (folder / "agreement.json").write_text(json.dumps(report, indent=2, sort_keys=True) + "\n",
                                           encoding="utf-8")
    return report


#: The third round's articles without their labels (``articles.jsonl``): a teacher's
#: probabilities are their only target there (``analysis.models.distil --unlabelled``).
UNLABELLED_DIR = REPO_ROOT / "data" / "war-news-unlabelled"
#: The written files ``articles.jsonl`` is built from (the third round's raw files), in file-name
#: order (writer10 ... writer9), the order it was first built in: its sha256 is what the teacher's
#: stored probabilities for it are checked against.
ARTICLE_RAW = tuple(sorted((DATA_DIR / "raw" / f"{part}.jsonl" for part in ARTICLE_PARTS),
                           key=lambda path: path.name))

#: The second batch of unlabelled articles (stop 31): written for distillation only, never
#: labelled, by six new writer sessions (writer13 ... writer18); built like the first batch into
#: ``data/war-news-unlabelled-2/articles.jsonl`` from its own ``raw/`` files, in file-name order.
UNLABELLED2_DIR = REPO_ROOT / "data" / "war-news-unlabelled-2"
UNLABELLED2_RAW = tuple(sorted((UNLABELLED2_DIR / "raw").glob("writer*.jsonl"),
                               key=lambda path: path.name))

#: Names and places only the held-out part may use (``WRITING.md``; Kherson is the seeds').
HELDOUT_ONLY = ("Turkey", "Erdogan", "Ankara", "Istanbul", "China", "Xi Jinping", "Beijing",
                "Belarus", "Lukashenko", "Minsk", "Iran", "Tehran", "North Korea", "Kim Jong Un",
                "Pyongyang", "Kadyrov", "Akhmat", "Chechnya", "Grozny", "Saldo", "Balitsky",
                "Pushilin", "Pasechnik", "DPR", "LPR", "occupation administration", "Trump",
                "Budanov", "HUR", "Umerov", "Medvedev", "Moldova", "Sandu", "Chisinau",
                "Transnistria", "Romania", "Bucharest", "Georgia", "Tbilisi", "Emirates", "UAE",
                "Rosatom", "Red Cross", "ICRC", "OSCE", "Crimean Tatar", "Mejlis", "Odesa",
                "Mykolaiv", "Sumy", "Belgorod", "Bryansk", "Donetsk", "Luhansk", "Toretsk",
                "Chasiv Yar", "Snake Island", "Nova Kakhovka", "Melitopol", "Berdiansk", "Tokmak",
                "Henichesk", "Chernihiv", "Kherson")


def _located_targets(sid: str, text: str, targets: Any) -> list[dict[str, Any]]:
    """The targets of written sentence ``sid`` with their spans and ids (``{sid}_{index}``, as
    the labelled parts' ``Input.gid``); ``ValueError`` for a target list
    that is not a list of objects with a ``mention``, a mention :func:`locate` cannot place, or
    two targets whose spans overlap (a repeated name whose ``occurrence`` was left out lands
    inside another target)."""
    if not isinstance(targets, list) or not all(isinstance(t, dict) and isinstance(
            t.get("mention"), str) for t in targets):
        raise ValueError("targets must be a list of objects, each with a \"mention\" string")
    located = []
    for index, target in enumerate(targets):
        try:
            start, end = locate(text, target["mention"], target.get("occurrence", 1))
        except ValueError as exc:
            raise ValueError(f"target {index}: {exc}") from exc
        for other in located:
            if start < other["to"] and other["from"] < end:
                raise ValueError(f"target {index} {target['mention']!r} overlaps target "
                                 f"{other['Input.gid'].rsplit('_', 1)[1]} "
                                 f"{other['mention']!r}; give the occurrence meant")
        located.append({"Input.gid": f"{sid}_{index}", "from": start, "to": end,
                        "mention": target["mention"]})
    return located


def build_unlabelled(folder: Path = UNLABELLED_DIR,
                     raw: Sequence[Path | str] | Path | str = ARTICLE_RAW) -> dict[str, Any]:
    """Write ``folder/articles.jsonl`` from the written files ``raw`` (in the order given, lines
    in order; default: the third round's, :data:`ARTICLE_RAW`): one NewsMTSC-layout record per
    sentence with targets, each target's ``from``/``to`` located by :func:`locate` and **no**
    ``polarity`` (``analysis.stance.read_newsmtsc(..., labelled=False)`` reads it). Returns the
    counts per file (articles, sentences, sentences without targets, targets) and in all.
    Raises :class:`WarNewsDataError` naming the file and the sentence (or line) for no or a
    missing written file, two files of one name, a malformed line or field, a duplicate id, a
    target that cannot be
    located or overlaps another, or a name or place reserved for the held-out part
    (:data:`HELDOUT_ONLY`); nothing is written then. ``folder`` is created if missing."""
    files = [Path(raw)] if isinstance(raw, (str, Path)) else [Path(path) for path in raw]
    if not files:
        raise WarNewsDataError("no written files given")
    missing = [str(path) for path in files if not path.is_file()]
    if missing:
        raise WarNewsDataError(f"written file(s) not found: {', '.join(missing)}")
    names = [path.name for path in files]
    if len(set(names)) < len(names):  # the counts are kept by file name
        raise WarNewsDataError(f"two written files share a name: "
                               f"{', '.join(sorted({n for n in names if names.count(n) > 1}))}")
    records: list[str] = []
    report: dict[str, Any] = {"files": {}}
    seen: set[str] = set()
    for path in files:
        rows = _read_jsonl(path)
        counts = dict.fromkeys(("articles", "sentences", "targets", "without_targets"), 0)
        for lineno, row in enumerate(rows, 1):
            name = row.get("id") if isinstance(row, dict) else None
            where = f"{path.name}: {name if isinstance(name, str) else f'sentence {lineno}'}"
            if not isinstance(row, dict) or not all(
                    isinstance(row.get(key), str) for key in ("id", "article", "style", "text")):
                raise WarNewsDataError(f"{where}: needs the strings id, article, style and text")
            sid, text = row["id"], row["text"]
            if sid in seen:
                raise WarNewsDataError(f"{where}: duplicate id")
            seen.add(sid)
            reserved = [word for word in HELDOUT_ONLY if word in text]
            if reserved:
                raise WarNewsDataError(f"{where} names {', '.join(reserved)}, reserved for the "
                                       f"held-out part")
            try:
                located = _located_targets(sid, text, row.get("targets"))
            except ValueError as exc:
                raise WarNewsDataError(f"{where}: {exc}") from exc
            counts["sentences"] += 1
            counts["targets"] += len(located)
            if not located:
                counts["without_targets"] += 1
                continue
            records.append(json.dumps({"primary_gid": sid, "article": row["article"],
                                       "style": row["style"], "sentence_normalized": text,
                                       "targets": located}, ensure_ascii=False, sort_keys=True))
        counts["articles"] = len({row["article"] for row in rows})
        report["files"][path.name] = counts
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "articles.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    for key in ("articles", "sentences", "targets", "without_targets"):
        report[key] = sum(c[key] for c in report["files"].values())
    return report


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["build-unlabelled"]:
        import argparse

        p = argparse.ArgumentParser(prog="python -m analysis.warnews build-unlabelled",
                                    description="write articles.jsonl (unlabelled targets for "
                                                "distillation) from written files")
        p.add_argument("--data", type=Path, default=None,
                       help="where articles.jsonl is written (default: data/war-news-unlabelled, "
                            "or the --batch's folder)")
        p.add_argument("--batch", type=int, choices=(1, 2), default=1,
                       help="1: the third round's articles (data/war-news-unlabelled); 2: the "
                            "second batch, never labelled (data/war-news-unlabelled-2, from its "
                            "raw/ files)")
        p.add_argument("--raw", type=Path, nargs="+", default=None,
                       help="the written files, in order (default: the --batch's: "
                            "data/war-news-stance/raw/writer7-12.jsonl, or "
                            "data/war-news-unlabelled-2/raw/writer13-18.jsonl; required with "
                            "--data)")
        opts = p.parse_args(args[1:])
        folder, written = ((UNLABELLED_DIR, ARTICLE_RAW) if opts.batch == 1
                           else (UNLABELLED2_DIR, UNLABELLED2_RAW))
        if opts.data is None:
            opts.data = folder
        if opts.raw is None and opts.data.resolve() != folder.resolve():
            p.error("--data other than the default needs --raw FILE ... (the written files "
                    "to build from)")
        try:
            print(json.dumps(build_unlabelled(opts.data, opts.raw or written), indent=2))
        except WarNewsDataError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        return 0
    description = (__doc__.split("\n")[0] + " (also: `build-unlabelled [--data DIR --raw "
                   "FILE ...]`, the third round without its labels)")
    return labelled_main(argv, prog="python -m analysis.warnews", description=description,
                         data_dir=DATA_DIR, write_disagreements=write_disagreements,
                         build=build, error=WarNewsDataError, train_parts=LABELLED_PARTS,
                         heldout_parts=HELDOUT_PARTS)


if __name__ == "__main__":
    raise SystemExit(main())
