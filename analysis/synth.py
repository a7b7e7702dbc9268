"""A seeded synthetic news corpus built from real sentences, for benchmarks and tests.

``python -m analysis.bench make-corpus N --out DIR`` (or :func:`make_corpus`) writes N articles:

* sentences are real news sentences: NewsMTSC train (``sentence_normalized``) plus the seed
  articles' sentences (about 5 %);
* each article is about one to three actors of the registry: in most NewsMTSC sentences the
  annotated target mention ("Trump", "Hillary Clinton") is replaced by one of them, so articles
  have actor mentions to score, as the real corpus does, and few sentences repeat verbatim;
* article lengths are log-normal, median 25 sentences (clipped to 3..150), in paragraphs of
  one to four sentences, under a headline line;
* about 20 outlets, with a skewed (Zipf-like) share of the articles, listed in ``sources.csv``.

The same N and seed give the same corpus byte for byte.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

from .cli import DEFAULT_CORPUS, NEWSMTSC_DIR

OUTLETS = [
    "The Morning Ledger", "Daily Courier", "Evening Standard Post", "Capital Herald",
    "Northern Observer", "The Continental", "Harbor Times", "Metro Dispatch", "The Sentinel",
    "Union Gazette", "Westbrook Chronicle", "Eastern Tribune", "The Daily Record",
    "Global Wire", "Riverside News", "The Independent Voice", "Frontier Report", "Atlas Review",
    "Liberty Bulletin", "The Evening Star",
]
MEDIAN_SENTENCES = 25
SIGMA_SENTENCES = 0.5
MIN_SENTENCES, MAX_SENTENCES = 3, 150
SEED_SHARE = 0.05        # share of sentences taken from the seed articles
SUBSTITUTE_SHARE = 0.8   # share of NewsMTSC sentences whose target becomes a registry actor
START_DATE = date(2022, 2, 24)


@dataclass(frozen=True)
class SentencePool:
    """Real sentences to draw from, with one target span each where known."""

    newsmtsc: list[tuple[str, int, int]]   # (sentence, target start, target end)
    seeds: list[str]
    actor_forms: list[str]


def load_pool(newsmtsc_file: Path | str | None = None, seeds: Path | str | None = None
              ) -> SentencePool:
    """NewsMTSC train sentences, the seed corpus's sentences and the registry's actor names."""
    from .actors import load_registry
    from .corpus import load_corpus
    from .segment import segment_corpus

    path = Path(newsmtsc_file) if newsmtsc_file else NEWSMTSC_DIR / "train.jsonl"
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                record = json.loads(line)
                target = record["targets"][0]
                rows.append((record["sentence_normalized"], int(target["from"]), int(target["to"])))
    sentences = segment_corpus(load_corpus(seeds or DEFAULT_CORPUS))
    seed_sentences = sentences.loc[sentences["kind"] == "sentence", "text"].tolist()
    forms = []
    for actor in load_registry():
        for form in (actor.name, *actor.aliases):
            # Proper names only: a substituted "the West" or "US" reads badly mid-sentence.
            if form[:1].isupper() and "'" not in form and len(form) > 3:
                forms.append(form)
    return SentencePool(newsmtsc=rows, seeds=seed_sentences, actor_forms=sorted(set(forms)))


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _sentence(pool: SentencePool, rng: np.random.Generator, focus: list[str]) -> str:
    if pool.seeds and rng.random() < SEED_SHARE:
        return _one_line(pool.seeds[rng.integers(len(pool.seeds))])
    text, start, end = pool.newsmtsc[rng.integers(len(pool.newsmtsc))]
    if rng.random() < SUBSTITUTE_SHARE and 0 <= start < end <= len(text):
        text = text[:start] + focus[rng.integers(len(focus))] + text[end:]
    return _one_line(text)


def _article(pool: SentencePool, rng: np.random.Generator, median: float
             ) -> tuple[str, str]:
    """(headline, text) of one article."""
    n = int(np.clip(round(rng.lognormal(math.log(median), SIGMA_SENTENCES)),
                    MIN_SENTENCES, MAX_SENTENCES))
    focus = list(rng.choice(pool.actor_forms, size=int(rng.integers(1, 4)), replace=False))
    sentences = [_sentence(pool, rng, focus) for _ in range(n)]
    paragraphs, i = [], 0
    while i < n:
        size = int(rng.integers(1, 5))
        paragraphs.append(" ".join(sentences[i:i + size]))
        i += size
    words = sentences[0].strip(".!?\"“”' ").split()
    headline = " ".join(words[:10])
    return headline, headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


def generate(n: int, *, seed: int = 13, pool: SentencePool | None = None,
             median_sentences: float = MEDIAN_SENTENCES) -> pd.DataFrame:
    """N synthetic articles as a table: doc_id, source, title, url, published, language, text.

    ``median_sentences`` sets the article length (tests use short articles).
    """
    pool = pool or load_pool()
    rng = np.random.default_rng(seed)
    weights = 1.0 / np.arange(1, len(OUTLETS) + 1) ** 0.8
    weights /= weights.sum()
    rows = []
    for i in range(n):
        source = OUTLETS[rng.choice(len(OUTLETS), p=weights)]
        title, text = _article(pool, rng, median_sentences)
        doc_id = f"{i:06d}"
        slug = re.sub(r"[^a-z]+", "-", source.lower()).strip("-")
        rows.append({"doc_id": doc_id, "source": source, "title": title,
                     "url": f"https://example.com/{slug}/{doc_id}",
                     "published": (START_DATE + timedelta(days=int(rng.integers(365)))).isoformat(),
                     "language": "en", "text": text})
    return pd.DataFrame(rows)


def make_corpus(n: int, out: Path | str, *, seed: int = 13, fmt: str = "folder",
                pool: SentencePool | None = None) -> Path:
    """Write N synthetic articles: a folder of ``.txt`` + ``sources.csv`` (``fmt="folder"``)
    or ``DIR/corpus.jsonl`` (``fmt="jsonl"``). Returns the corpus path to score."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    table = generate(n, seed=seed, pool=pool)
    if fmt == "jsonl":
        path = out / "corpus.jsonl"
        with path.open("w", encoding="utf-8", newline="\n") as fh:
            for row in table.to_dict("records"):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        return path
    if fmt != "folder":
        raise ValueError(f"unknown corpus format {fmt!r}; choose 'folder' or 'jsonl'")
    for doc_id, text in zip(table["doc_id"], table["text"]):
        (out / f"{doc_id}.txt").write_text(text, encoding="utf-8", newline="\n")
    table.drop(columns=["text"]).to_csv(out / "sources.csv", index=False, lineterminator="\n")
    return out
