"""Measure segmentation and quote attribution against the golds in ``analysis/data/gold/``.

``python -m analysis.evaluate segment`` scores every sentence splitter of
:data:`analysis.segment.SPLITTERS` on the segmentation gold; ``python -m analysis.evaluate
quotes`` scores quote detection and speaker attribution on the quote gold.  Both print a table
and take ``--json`` for machine-readable output.  The golds and how they were made are
described in ``analysis/data/gold/README.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = [
    "GOLD_DIR", "evaluate_quotes", "evaluate_segmentation", "load_gold", "main",
    "quotes_agreement", "segmentation_agreement", "speaker_matches",
]

GOLD_DIR = Path(str(resources.files(__package__ or "analysis").joinpath("data", "gold")))


def load_gold(name: str, path: str | Path | None = None) -> list[dict[str, Any]]:
    """The records of ``<name>.jsonl`` in the gold folder (or of ``path``)."""
    file = Path(path) if path is not None else GOLD_DIR / f"{name}.jsonl"
    with file.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# --------------------------------------------------------------------------- segmentation


def _gold_bounds(text: str, sentences: Sequence[str]) -> list[tuple[int, int]]:
    """Offsets of the gold sentences, found in order in ``text``."""
    bounds, cursor = [], 0
    for sentence in sentences:
        found = text.find(sentence, cursor)
        if found < 0:
            raise ValueError(f"gold sentence not in text (after {cursor}): {sentence!r}")
        bounds.append((found, found + len(sentence)))
        cursor = found + len(sentence)
    return bounds


@dataclass
class _Score:
    cases: int = 0
    exact: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    datelines: int = 0
    datelines_right: int = 0

    def as_dict(self) -> dict[str, float | int]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "cases": self.cases, "exact": self.exact,
            "case_accuracy": round(self.exact / self.cases, 4) if self.cases else 0.0,
            "boundary_precision": round(precision, 4), "boundary_recall": round(recall, 4),
            "boundary_f1": round(f1, 4),
            "dateline_accuracy": round(self.datelines_right / self.datelines, 4)
            if self.datelines else 1.0,
        }


def evaluate_segmentation(
    cases: list[dict[str, Any]] | None = None, splitters: Sequence[str] | None = None
) -> dict[str, Any]:
    """Per splitter: case accuracy (every boundary right), boundary P/R/F1, dateline accuracy.

    Each case's text goes through the loader's cleaning (HTML entities decoded) first, as in a
    real run.  Boundaries are sentence ends inside the case (the text end is not counted).
    A splitter whose optional package is missing is reported as unavailable.
    """
    from .corpus import decode_entities
    from .segment import SPLITTERS, segment_article

    cases = load_gold("segmentation") if cases is None else cases
    results: dict[str, Any] = {"n_cases": len(cases), "splitters": {}, "by_kind": {},
                               "by_batch": {}, "failures": {}}
    for splitter in splitters or SPLITTERS:
        total, by_kind, by_batch, failures = _Score(), defaultdict(_Score), defaultdict(_Score), []
        try:
            for case in cases:
                text = decode_entities(case["text"])
                gold = _gold_bounds(text, case["sentences"])
                frame = segment_article(case["id"], text, splitter=splitter)
                got = list(zip(frame["start"], frame["end"]))
                gold_cuts = {e for _, e in gold[:-1]}
                got_cuts = {int(e) for _, e in got[:-1]}
                batch = by_batch[case.get("batch", "dev")]
                for score in (total, by_kind[case["kind"]], batch):
                    score.cases += 1
                    score.exact += [(int(s), int(e)) for s, e in got] == gold
                    score.tp += len(gold_cuts & got_cuts)
                    score.fp += len(got_cuts - gold_cuts)
                    score.fn += len(gold_cuts - got_cuts)
                    if case.get("dateline") or frame["dateline"].astype(bool).any():
                        score.datelines += 1
                        first = frame["dateline"].iloc[0] if len(frame) else ""
                        score.datelines_right += first == case.get("dateline", "")
                if [(int(s), int(e)) for s, e in got] != gold:
                    failures.append({"id": case["id"], "got": list(frame["text"])})
        except ImportError as exc:
            results["splitters"][splitter] = {"unavailable": str(exc)}
            continue
        results["splitters"][splitter] = total.as_dict()
        results["by_kind"][splitter] = {k: v.as_dict()["case_accuracy"]
                                        for k, v in sorted(by_kind.items())}
        results["by_batch"][splitter] = {k: v.as_dict() for k, v in sorted(by_batch.items())}
        results["failures"][splitter] = failures
    return results


def _print_segmentation(results: dict[str, Any], verbose: bool) -> None:
    from .segment import DEFAULT_SPLITTER

    print(f"segmentation gold: {results['n_cases']} cases "
          f"({GOLD_DIR / 'segmentation.jsonl'})\n")
    header = (f"{'splitter':<14}{'cases right':>13}{'accuracy':>10}{'bound. P':>10}"
              f"{'bound. R':>10}{'F1':>8}{'datelines':>11}")
    print(header)
    print("-" * len(header))
    for name, score in results["splitters"].items():
        mark = " *" if name == DEFAULT_SPLITTER else ""
        if "unavailable" in score:
            print(f"{name:<14}  unavailable: {score['unavailable']}")
            continue
        print(f"{name:<14}{score['exact']:>7}/{score['cases']:<5}{score['case_accuracy']:>10.1%}"
              f"{score['boundary_precision']:>10.1%}{score['boundary_recall']:>10.1%}"
              f"{score['boundary_f1']:>8.3f}{score['dateline_accuracy']:>11.1%}{mark}")
    batches = sorted({b for table in results["by_batch"].values() for b in table})
    for batch in batches if len(batches) > 1 else []:
        print(f"\n{batch} cases only:")
        for name, table in results["by_batch"].items():
            score = table[batch]
            print(f"{name:<14}{score['exact']:>7}/{score['cases']:<5}"
                  f"{score['case_accuracy']:>10.1%}{score['boundary_precision']:>10.1%}"
                  f"{score['boundary_recall']:>10.1%}{score['boundary_f1']:>8.3f}"
                  f"{score['dateline_accuracy']:>11.1%}")
    print(f"\n* the default splitter (analysis.segment.DEFAULT_SPLITTER = {DEFAULT_SPLITTER!r})")
    kinds = sorted({k for table in results["by_kind"].values() for k in table})
    names = list(results["by_kind"])
    if kinds:
        print("\ncase accuracy by kind:")
        print(f"{'kind':<18}" + "".join(f"{n:>13}" for n in names))
        for kind in kinds:
            print(f"{kind:<18}" + "".join(f"{results['by_kind'][n].get(kind, 0):>13.0%}"
                                          for n in names))
    if verbose:
        for name, failures in results["failures"].items():
            for failure in failures:
                print(f"\n[{name}] {failure['id']}: {failure['got']}")


# --------------------------------------------------------------------------- quotes


def _norm_speaker(name: str) -> str:
    """Speaker names compared case- and determiner-insensitively."""
    words = " ".join(str(name).replace("’", "'").split()).casefold().split()
    while words and words[0] in ("the", "a", "an", "one"):
        words = words[1:]
    return " ".join(words)


def speaker_matches(got: str, gold: str | Sequence[str], registry: Any = None) -> bool:
    """True when the predicted speaker equals the gold one (or one of its accepted forms).

    With a ``registry``, a gold form that is a registry person's name or alias also accepts
    that person's canonical name ("John Healey" accepts "Healey"), so that adding a person to
    the registry, which makes their quotes carry the canonical name, is no error."""
    accepted = [gold] if isinstance(gold, str) else list(gold)
    if registry is not None:
        hits = [registry.lookup(g) for g in accepted]
        accepted += [hit[0].name for hit in hits
                     if hit is not None and hit[0].type == "person" and hit[1] != "roles"]
    return _norm_speaker(got) in {_norm_speaker(g) for g in accepted}


def evaluate_quotes(articles: list[dict[str, Any]] | None = None,
                    registry: Any = None) -> dict[str, Any]:
    """Quote detection and speaker attribution against the quote gold.

    The gold articles go through the real pipeline (load cleaning, segmentation, quote
    attribution with the corpus-level speaker step).  Each gold sentence is found in the
    article and matched to the predicted row that overlaps it most.

    * quote detection: precision / recall of ``is_quote`` over gold quote sentences (gold
      ``partial`` sentences are non-quotes that must be flagged ``partial_quote``);
    * speaker attribution: recall = quote sentences with the right speaker / gold quote
      sentences; precision = right speaker / quote sentences given any speaker.  A predicted
      quote sentence outside the gold counts against precision when it has a speaker.
    * camp accuracy over correctly attributed sentences.
    """
    from .actors import load_registry
    from .corpus import decode_entities
    from .quotes import attribute_quotes, canonicalise_speakers
    from .segment import segment_corpus

    articles = load_gold("quotes") if articles is None else articles
    registry = registry if registry is not None else load_registry()
    table = pd.DataFrame({
        "doc_id": [a["id"] for a in articles],
        "source": [a.get("style", "") for a in articles],
        "text": [decode_entities(a["text"]) for a in articles],
    })
    sentences = segment_corpus(table)
    sentences = canonicalise_speakers(attribute_quotes(sentences, table, registry), registry)
    texts = dict(zip(table["doc_id"], table["text"]))
    counts: Counter[str] = Counter()
    by_style: dict[str, Counter[str]] = defaultdict(Counter)
    by_batch: dict[str, Counter[str]] = defaultdict(Counter)
    errors: list[dict[str, str]] = []
    matched_rows: set[int] = set()
    for article in articles:
        doc = sentences[sentences["doc_id"] == article["id"]]
        text = texts[article["id"]]
        cursor = 0
        for gold in article["sentences"]:
            start = text.find(gold["text"], cursor)
            if start < 0:
                raise ValueError(f"{article['id']}: gold sentence not found: {gold['text']!r}")
            end = start + len(gold["text"])
            cursor = end
            overlap = (doc["end"].clip(upper=end) - doc["start"].clip(lower=start))
            row = doc.loc[overlap.idxmax()]
            matched_rows.add(int(overlap.idxmax()))
            style = by_style[article.get("style", "")]
            batch = by_batch[article.get("batch", "dev")]
            if gold.get("partial"):
                counts["partial"] += 1
                counts["partial_flagged"] += bool(row.get("partial_quote", False))
                counts["fp_quote"] += bool(row["is_quote"])
                continue
            for c in (counts, style, batch):
                c["gold_quotes"] += 1
                c["detected"] += bool(row["is_quote"])
                c["with_speaker"] += bool(row["is_quote"] and row["speaker"])
            right = bool(row["is_quote"]) and speaker_matches(row["speaker"], gold["speaker"],
                                                              registry)
            for c in (counts, style, batch):
                c["right"] += right
            if right:
                counts["camp_checked"] += "camp" in gold
                counts["camp_right"] += "camp" in gold and row["speaker_camp"] == gold["camp"]
            else:
                errors.append({"id": article["id"], "sentence": gold["text"][:70],
                               "gold": str(gold["speaker"]), "got": str(row["speaker"]),
                               "is_quote": str(bool(row["is_quote"])),
                               "status": str(row.get("speaker_status", ""))})
    extra = sentences[sentences["is_quote"] & ~sentences.index.isin(matched_rows)]
    counts["extra_quotes"] = len(extra)
    counts["extra_with_speaker"] = int((extra["speaker"] != "").sum())
    attributed = counts["with_speaker"] + counts["extra_with_speaker"]
    result = {
        "n_articles": len(articles),
        "gold_quote_sentences": counts["gold_quotes"],
        "gold_partial_sentences": counts["partial"],
        "quote_detection_recall": _ratio(counts["detected"], counts["gold_quotes"]),
        "quote_detection_precision": _ratio(
            counts["detected"], counts["detected"] + counts["fp_quote"] + counts["extra_quotes"]),
        "partial_flag_recall": _ratio(counts["partial_flagged"], counts["partial"]),
        "speaker_recall": _ratio(counts["right"], counts["gold_quotes"]),
        "speaker_precision": _ratio(counts["right"], attributed),
        "no_speaker": counts["detected"] - counts["with_speaker"],
        "wrong_speaker": counts["with_speaker"] - counts["right"],
        "camp_accuracy": _ratio(counts["camp_right"], counts["camp_checked"]),
        "by_batch": {k: {"quotes": v["gold_quotes"],
                         "speaker_recall": _ratio(v["right"], v["gold_quotes"]),
                         "speaker_precision": _ratio(v["right"], v["with_speaker"])}
                     for k, v in sorted(by_batch.items())},
        "by_style": {k: {"quotes": v["gold_quotes"],
                         "speaker_recall": _ratio(v["right"], v["gold_quotes"])}
                     for k, v in sorted(by_style.items())},
        "errors": errors,
    }
    return result


def _ratio(numerator: int, denominator: int) -> float:
    return round(numerator / denominator, 4) if denominator else 1.0


def _print_quotes(result: dict[str, Any], verbose: bool) -> None:
    print(f"quote gold: {result['n_articles']} articles, {result['gold_quote_sentences']} quote "
          f"sentences, {result['gold_partial_sentences']} partial-quote sentences "
          f"({GOLD_DIR / 'quotes.jsonl'})\n")
    rows = [
        ("speaker attribution precision", result["speaker_precision"]),
        ("speaker attribution recall", result["speaker_recall"]),
        ("quote detection precision", result["quote_detection_precision"]),
        ("quote detection recall", result["quote_detection_recall"]),
        ("partial quotes flagged", result["partial_flag_recall"]),
        ("camp right (of right speakers)", result["camp_accuracy"]),
    ]
    for label, value in rows:
        print(f"{label:<34}{value:>8.1%}")
    print(f"{'quote sentences without speaker':<34}{result['no_speaker']:>8}")
    print(f"{'quote sentences, wrong speaker':<34}{result['wrong_speaker']:>8}")
    print("\nby batch (dev: written before the rules were tuned on it; blind: written after):")
    for batch, score in result["by_batch"].items():
        print(f"  {batch:<8}{score['quotes']:>5} quotes   speaker recall "
              f"{score['speaker_recall']:>6.1%}   precision {score['speaker_precision']:>6.1%}")
    print("\nspeaker recall by outlet style:")
    for style, score in result["by_style"].items():
        print(f"  {style:<24}{score['quotes']:>5} quotes {score['speaker_recall']:>8.1%}")
    if verbose:
        for error in result["errors"]:
            print(f"\n{error['id']}: {error['sentence']!r}\n  gold {error['gold']!r}  got "
                  f"{error['got']!r} (is_quote {error['is_quote']}, {error['status']})")


# --------------------------------------------------------------------------- CLI


# --------------------------------------------------------------------------- agreement

#: The second, independent labelling of each gold (see the gold README).
SECOND_LABELLING_DIR = GOLD_DIR / "labels_b"


def _boundary_labels(text: str, sentences: Sequence[str]) -> dict[int, bool]:
    """For every gap between two non-blank stretches of ``text``: is a sentence boundary there."""
    import re

    ends = {end for _, end in _gold_bounds(text, sentences)}
    gaps = [m.start() for m in re.finditer(r"\s+", text.rstrip()) if m.start() > 0]
    return {gap: gap in ends for gap in gaps}


def segmentation_agreement(first: list[dict[str, Any]], second: list[dict[str, Any]]
                           ) -> dict[str, Any]:
    """Agreement of two segmentation labellings: share of cases with the same sentences and
    dateline, and raw agreement and Cohen's kappa (scikit-learn) on "is this gap a sentence
    boundary" over every whitespace gap of every text. Cases are matched by ``id``."""
    from sklearn.metrics import cohen_kappa_score

    from .corpus import decode_entities

    by_id = {case["id"]: case for case in second}
    same, a_labels, b_labels, differing = 0, [], [], []
    for case in first:
        other = by_id[case["id"]]
        text = decode_entities(case["text"])
        # Both labellings are read in the decoded text (a labeller who decoded a double-escaped
        # reference once wrote "&#8220;" for "“"; the convention is the decoded text).
        a = _boundary_labels(text, [decode_entities(x) for x in case["sentences"]])
        b = _boundary_labels(text, [decode_entities(x) for x in other["sentences"]])
        a_labels += [a[g] for g in sorted(a)]
        b_labels += [b[g] for g in sorted(a)]
        agree = (a == b
                 and case.get("dateline", "") == other.get("dateline", ""))
        same += agree
        if not agree:
            differing.append(case["id"])
    raw = sum(x == y for x, y in zip(a_labels, b_labels)) / len(a_labels)
    return {"cases": len(first), "cases_identical": same, "gaps": len(a_labels),
            "raw_agreement": round(raw, 4),
            "cohen_kappa": round(float(cohen_kappa_score(a_labels, b_labels)), 4),
            "differing": differing}


def _quote_items(article: dict[str, Any]) -> dict[str, tuple[str, Any]]:
    """Sentence text → (category, speaker) of one labelling of one article; category is
    ``quote`` or ``partial`` (unlisted sentences are ``none``)."""
    items = {}
    for sentence in article["sentences"]:
        key = " ".join(sentence["text"].split())
        category = "partial" if sentence.get("partial") else "quote"
        items[key] = (category, sentence.get("speaker", ""))
    return items


def quotes_agreement(first: list[dict[str, Any]], second: list[dict[str, Any]]
                     ) -> dict[str, Any]:
    """Agreement of two quote labellings, article by article (matched by ``id``): over the
    sentences either labelling lists, raw agreement and Cohen's kappa on the category (quote /
    partial / none); over the sentences both call quotes, the share with the same speaker
    (:func:`speaker_matches`, accepted forms included). Returns the figures and the
    disagreements (id, sentence, both labels)."""
    from sklearn.metrics import cohen_kappa_score

    by_id = {article["id"]: article for article in second}
    cat_a, cat_b, speakers_same, speakers_both, disagreements = [], [], 0, 0, []
    for article in first:
        a, b = _quote_items(article), _quote_items(by_id[article["id"]])
        for key in sorted(set(a) | set(b)):
            ca, sa = a.get(key, ("none", ""))
            cb, sb = b.get(key, ("none", ""))
            cat_a.append(ca)
            cat_b.append(cb)
            same_speaker = True
            if ca == cb == "quote":
                speakers_both += 1
                gold = sa if isinstance(sa, str) else list(sa)
                same_speaker = speaker_matches(sb if isinstance(sb, str) else sb[0], gold)
                speakers_same += same_speaker
            if ca != cb or not same_speaker:
                disagreements.append({"id": article["id"], "text": key, "a": [ca, sa],
                                      "b": [cb, sb]})
    raw = sum(x == y for x, y in zip(cat_a, cat_b)) / len(cat_a)
    return {"articles": len(first), "sentences": len(cat_a),
            "category_raw_agreement": round(raw, 4),
            "category_cohen_kappa": round(float(cohen_kappa_score(cat_a, cat_b)), 4),
            "quotes_in_both": speakers_both,
            "speaker_agreement": round(speakers_same / speakers_both, 4) if speakers_both else None,
            "disagreements": disagreements}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.evaluate", description=__doc__)
    parser.add_argument("what", choices=("segment", "quotes", "agreement"),
                        help="segment / quotes: score the pipeline on a gold; agreement: the "
                             "two independent labellings of each gold against each other")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument("--splitter", action="append",
                        help="segment: evaluate only this splitter (repeatable)")
    args = parser.parse_args(argv)
    if args.what == "agreement":
        figures = {
            "segmentation": segmentation_agreement(
                load_gold("segmentation_a", SECOND_LABELLING_DIR.parent / "labels_a" / "segmentation.jsonl"),
                load_gold("segmentation_b", SECOND_LABELLING_DIR / "segmentation.jsonl")),
            "quotes": quotes_agreement(
                load_gold("quotes_a", SECOND_LABELLING_DIR.parent / "labels_a" / "quotes.jsonl"),
                load_gold("quotes_b", SECOND_LABELLING_DIR / "quotes.jsonl")),
        }
        if not args.verbose:
            figures["quotes"]["disagreements"] = len(figures["quotes"]["disagreements"])
            figures["segmentation"]["differing"] = len(figures["segmentation"]["differing"])
        print(json.dumps(figures, indent=2, ensure_ascii=False))
        return 0
    if args.what == "segment":
        results = evaluate_segmentation(splitters=args.splitter)
        if args.json:
            print(json.dumps({k: v for k, v in results.items() if k != "failures"}, indent=2))
        else:
            _print_segmentation(results, args.verbose)
    else:
        result = evaluate_quotes()
        if args.json:
            print(json.dumps({k: v for k, v in result.items() if k != "errors"}, indent=2))
        else:
            _print_quotes(result, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
