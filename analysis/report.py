"""The report: scored tables + every figure (+ the HTML report) for one corpus.

``python -m analysis report`` writes, under ``--out`` (default ``figures/``):
- ``tables/articles.csv``, ``tables/sentences.csv``, ``tables/stances.csv`` (the ``score`` output);
- one PNG per figure in :data:`FIGURES`;
- ``report.html`` when the notebook tooling is installed (see :mod:`analysis.notebooks`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from matplotlib.figure import Figure

from . import framing, plots
from .overview import top_entities
from .score import ScoredCorpus, score_corpus

TABLES_DIR = "tables"
HEATMAP_ACTORS = 10


def _stance_heatmap(t: ScoredCorpus) -> Figure:
    # The ten most mentioned actors: with every actor of a corpus the cells become unreadable.
    table = framing.stance_by_source_actor(t.stances, t.sentences)
    return plots.stance_heatmap(top_entities(table, k=HEATMAP_ACTORS))


def _stance_intervals(t: ScoredCorpus) -> Figure:
    return plots.stance_intervals(framing.stance_by_source_camp(t.stances, t.sentences))


def _voice_shares(t: ScoredCorpus) -> Figure:
    return plots.voice_share_bars(framing.camp_voice_shares(t.sentences))


def _distinctive_phrases(t: ScoredCorpus) -> Figure:
    return plots.distinctive_phrases_bars(framing.distinctive_phrases(t.sentences))


def _sentiment_trajectories(t: ScoredCorpus) -> Figure:
    return plots.sentiment_trajectories(framing.sentiment_trajectory(t.sentences))


def _emotion_profile(t: ScoredCorpus) -> Figure:
    return plots.emotion_profile_plot(framing.emotion_profile(t.sentences))


#: Every figure of the report: file stem -> builder from the scored tables.
FIGURES: dict[str, Callable[[ScoredCorpus], Figure]] = {
    "stance_heatmap": _stance_heatmap,
    "stance_intervals": _stance_intervals,
    "voice_shares": _voice_shares,
    "distinctive_phrases": _distinctive_phrases,
    "sentiment_trajectories": _sentiment_trajectories,
    "emotion_profile": _emotion_profile,
}


def build_figures(scored: ScoredCorpus) -> dict[str, Figure]:
    """Every report figure, by name; nothing is saved."""
    return {name: build(scored) for name, build in FIGURES.items()}


def write_figures(scored: ScoredCorpus, out: Path | str) -> list[Path]:
    """Save every figure as a byte-reproducible PNG under ``out``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    return [plots.save_figure(fig, out / f"{name}.png")
            for name, fig in build_figures(scored).items()]


def write_report(corpus: Path | str, out: Path | str, *, actors: Path | str | None = None
                 ) -> list[Path]:
    """Score ``corpus``; write its tables, figures and (if possible) the HTML report."""
    out = Path(out)
    scored = score_corpus(corpus, actors=actors, progress=True)
    written = list(scored.save(out / TABLES_DIR).values())
    written += write_figures(scored, out)
    try:
        from .notebooks import export_report
    except ImportError:
        return written
    written.append(export_report(corpus, out / "report.html", actors=actors))
    return written
