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
from collections.abc import Callable, Sequence
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


def check_train_parts(train_parts: Sequence[str], heldout_parts: Sequence[str],
                      error: type[ValueError], known: Sequence[str] | None = None
                      ) -> tuple[str, ...]:
    """``train_parts`` as a tuple, refused (``error`` naming the parts) when a part is named
    twice (its pairs would be written twice), is a held-out part (they would leak into train
    and dev) or, given ``known``, is not one of the data set's training parts."""
    parts = tuple(train_parts)
    repeated = sorted({part for part in parts if parts.count(part) > 1})
    if repeated:
        raise error(f"training part(s) named more than once: {', '.join(repeated)}")
    held = [part for part in parts if part in heldout_parts]
    if held:
        raise error(f"{', '.join(held)}: held out, never a training part")
    unknown = [part for part in parts if known is not None and part not in known]
    if unknown:
        raise error(f"unknown training part(s) {', '.join(unknown)}; "
                    f"the training parts are {', '.join(known or ())}")
    return parts


def main(argv: list[str] | None, *, prog: str, description: str, data_dir: Path,
         write_disagreements: Callable[[Path], Path], build: Callable[..., dict[str, Any]],
         error: type[ValueError], train_parts: Sequence[str] = (),
         heldout_parts: Sequence[str] = ()) -> int:
    """``disagreements`` (write adjudication/todo.jsonl) and ``build`` (the splits and
    agreement.json) for one data set; a data error is printed, exit status 2.
    ``train_parts`` / ``heldout_parts``: the data set's parts, which ``--train-parts`` is
    checked against."""
    p = argparse.ArgumentParser(prog=prog, description=description)
    p.add_argument("command", choices=["disagreements", "build"],
                   help="disagreements: write adjudication/todo.jsonl; build: the splits")
    p.add_argument("--data", default=str(data_dir),
                   help="the data set folder (build writes its splits into it)")
    p.add_argument("--train-parts", nargs="+", metavar="PART",
                   help="build: train and dev from these written parts only (default: the "
                        "data set's splits, e.g. all its training parts), e.g. "
                        "an earlier round, to rebuild the splits a model was trained on; this "
                        "overwrites the splits in --data, so point --data at a copy")
    args = p.parse_args(argv)
    if args.train_parts and args.command != "build":
        p.error("--train-parts applies to build only")
    try:
        if args.command == "disagreements":
            print(f"wrote {write_disagreements(Path(args.data))}")
        else:
            parts = ({"train_parts": check_train_parts(args.train_parts, heldout_parts, error,
                                                       known=train_parts)}
                     if args.train_parts else {})
            print(json.dumps(build(Path(args.data), **parts), indent=2))
    except (error, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0
