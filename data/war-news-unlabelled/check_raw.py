"""The writers' check of one file (JSON per line, ids, verbatim targets that do not overlap, no
name reserved for the held-out part): ``python data/war-news-unlabelled/check_raw.py FILE``.
``python -m analysis.warnews build-unlabelled`` applies the same checks to every file when it
builds ``articles.jsonl``."""
import json
import sys
from pathlib import Path

sys.path.insert(0, Path(__file__).resolve().parents[2].as_posix())
from analysis.warnews import HELDOUT_ONLY, _located_targets  # noqa: E402

bad = 0
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
ids = set()
for r in rows:
    for key in ("id", "article", "style", "text", "targets"):
        if key not in r:
            print(r.get("id"), "missing", key)
            bad += 1
    if r["id"] in ids:
        print(r["id"], "duplicate id")
        bad += 1
    ids.add(r["id"])
    for word in HELDOUT_ONLY:
        if word in r["text"]:
            print(r["id"], "forbidden:", word)
            bad += 1
    try:
        _located_targets(r["id"], r["text"], r["targets"])
    except ValueError as e:
        print(r["id"], e)
        bad += 1
print(f"{len(rows)} sentences, {sum(len(r['targets']) for r in rows)} targets, "
      f"{len({r['article'] for r in rows})} articles, {bad} problems")
sys.exit(1 if bad else 0)
