"""newsstance: sentence-level stance and sentiment analytics of news.

The pipeline, one module each: ``corpus`` (load articles) → ``segment`` (sentences, boilerplate,
headings) → ``quotes`` (who speaks) → ``actors`` (who is mentioned) → ``models`` / ``stance`` /
``sentiment`` (scores) → ``score`` (the tables) → ``framing`` (comparisons) → ``plots`` (figures).

Public names are imported lazily so that ``import analysis`` stays cheap (no torch import until a
model is needed).
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "load_corpus": "corpus",
    "segment_corpus": "segment",
    "load_registry": "actors",
    "find_mentions": "actors",
    "attribute_quotes": "quotes",
    "score_targets": "stance",
    "score_sentiment": "sentiment",
    "score_emotions": "sentiment",
    "score_corpus": "score",
    "ScoredCorpus": "score",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
