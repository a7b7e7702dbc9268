"""The CheckList's double-labelled cases are the ones their labelling folder admits."""

from __future__ import annotations

import csv
from pathlib import Path

from analysis.checklist import CASES

REPO = Path(__file__).resolve().parent.parent


def _tsv(path: Path) -> dict[str, list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return {row[0]: row for row in csv.reader(f, delimiter="\t") if row}


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
    for n in cases:  # every input line is one of the cases, each annotator in their own order
        for who in "AB":
            assert _tsv(folder / f"input-{who}.tsv")[n] == cases[n][:3]
