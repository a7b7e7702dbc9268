"""The CheckList's double-labelled cases are the ones their labelling folder admits."""

from __future__ import annotations

import csv
from pathlib import Path

from analysis.checklist import CASES

REPO = Path(__file__).resolve().parent.parent


def _tsv(path: Path) -> dict[str, list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        # QUOTE_NONE: a sentence may start with a quotation mark, which is text here
        return {row[0]: row for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
                if row}


def test_checked_claim_cases_are_those_both_annotators_agreed_on_unflagged():
    """data/checklist-labelling/claims-of-success/: a case enters the suite, with the
    annotators' label, when they agree and do not both flag it "AMBIGUOUS:" (stops 29, 30, 46)."""
    folder = REPO / "data" / "checklist-labelling" / "claims-of-success"
    cases, a, b = (_tsv(folder / name) for name in ("cases.tsv", "labels-A.tsv", "labels-B.tsv"))
    assert set(cases) == set(a) == set(b) and len(cases) == 16
    admitted = {(cases[n][1], cases[n][2], a[n][1]) for n in cases
                if a[n][1] == b[n][1]
                and not (a[n][2].startswith("AMBIGUOUS") and b[n][2].startswith("AMBIGUOUS"))}
    suite = {(c.sentence, c.target, c.expect) for c in CASES if c.capability == "checked_claim"}
    assert suite == admitted and len(suite) == 6
    assert all(cases[n][2] in cases[n][1] for n in cases)  # the target is in its sentence
    orders = []
    for who in "AB":  # each annotator saw every case, unlabelled, in an order of their own
        inputs = _tsv(folder / f"input-{who}.tsv")
        assert inputs == {n: cases[n][:3] for n in cases}
        orders.append(list(inputs))
    assert orders[0] != orders[1] != sorted(cases, key=int)
    left_out = {cases[n][1] for n in cases} - {sentence for sentence, _, _ in admitted}
    assert len(left_out) == 10 and not left_out & {c.sentence for c in CASES}
