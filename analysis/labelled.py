"""What the project's written-and-double-labelled data sets share: JSONL reading with errors
that name file and line, the fixed hash that puts an item in dev, and their command line.

Used by :mod:`analysis.warnews` (war-news stance pairs) and :mod:`analysis.newssent` (news
sentence sentiment); each keeps its own item type, agreement figures and output format.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def read_jsonl(path: Path, error: type[ValueError] = ValueError) -> list[dict[str, Any]]:
    """The objects of a JSONL file, blank lines skipped.

    Raises ``error`` with ``"{path}: missing"`` or ``"{path}:{line}: not JSON (...)"``."""
    if not path.is_file():
        raise error(f"{path}: missing")
    rows = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except ValueError as exc:
                raise error(f"{path}:{lineno}: not JSON ({exc})") from exc
    return rows


def hash_share(item_id: str) -> float:
    """A fixed number in [0, 1) from an item id (SHA-256), so a split never changes when
    items are added: an item is in dev when this is below the data set's dev share."""
    digest = hashlib.sha256(item_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") / 2**32


def main(argv: list[str] | None, *, prog: str, description: str, data_dir: Path,
         write_disagreements: Callable[[Path], Path], build: Callable[[Path], dict[str, Any]],
         error: type[ValueError]) -> int:
    """``disagreements`` (write adjudication/todo.jsonl) and ``build`` (the splits and
    agreement.json) for one data set; a data error is printed, exit status 2."""
    p = argparse.ArgumentParser(prog=prog, description=description)
    p.add_argument("command", choices=["disagreements", "build"],
                   help="disagreements: write adjudication/todo.jsonl; build: the splits")
    p.add_argument("--data", default=str(data_dir), help="the data set folder")
    p.add_argument("--train-parts", nargs="+", metavar="PART",
                   help="build: train and dev from these written parts only (default: all), e.g. "
                        "an earlier round, to rebuild the splits a model was trained on")
    args = p.parse_args(argv)
    try:
        if args.command == "disagreements":
            print(f"wrote {write_disagreements(Path(args.data))}")
        else:
            parts = {"train_parts": tuple(args.train_parts)} if args.train_parts else {}
            print(json.dumps(build(Path(args.data), **parts), indent=2))
    except (error, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0
