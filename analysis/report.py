"""The report: scored tables + every figure (+ the HTML report) for one corpus.

``python -m analysis report`` writes, under ``--out`` (default: ``figures/`` for the seed
corpus, else a folder beside the corpus — see :func:`default_out`):
- ``tables/articles.csv``, ``tables/sentences.csv``, ``tables/stances.csv`` (the ``score`` output,
  same layout);
- one PNG per figure in :data:`FIGURES`;
- ``report.html`` when the notebook tooling is installed (see :mod:`analysis.notebooks`).
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from matplotlib.figure import Figure

from . import framing, plots
from .overview import top_entities
from .score import DEFAULT_FIGURES, REPO_ROOT, ScoredCorpus, is_seed_corpus, score_corpus

TABLES_DIR = "tables"
HEATMAP_ACTORS = 10


def _stance_heatmap(t: ScoredCorpus, actors_shown: Sequence[str] | None = None) -> Figure:
    # The ten most mentioned actors: with every actor of a corpus the cells become unreadable.
    table = framing.stance_by_source_actor(t.stances, t.sentences)
    return plots.stance_heatmap(top_entities(table, k=HEATMAP_ACTORS, shown=actors_shown))


def _stance_intervals(t: ScoredCorpus, actors_shown: Sequence[str] | None = None) -> Figure:
    return plots.stance_intervals(framing.stance_by_source_camp(t.stances, t.sentences))


def _headline_vs_body(t: ScoredCorpus, actors_shown: Sequence[str] | None = None) -> Figure:
    # By camp, as the interval figure: per actor the panels multiply on a large corpus.
    return plots.headline_vs_body_plot(framing.headline_vs_body(t.stances, t.sentences,
                                                                by="camp"))


def _voice_shares(t: ScoredCorpus, actors_shown: Sequence[str] | None = None) -> Figure:
    return plots.voice_share_bars(framing.camp_voice_shares(t.sentences))


def _quoted_voices(t: ScoredCorpus, actors_shown: Sequence[str] | None = None) -> Figure:
    # Who quotes whom about whom: the target by camp, so the panels stay readable with many
    # actors (framing.quoted_voices_about(by="actor") has the detail).
    return plots.quoted_voices_plot(
        framing.quoted_voices_about(t.stances, t.sentences, by="camp"),
        title="Who is quoted about whom: the stance of each camp's voices toward each side")


def _distinctive_phrases(t: ScoredCorpus, actors_shown: Sequence[str] | None = None) -> Figure:
    return plots.distinctive_phrases_bars(framing.distinctive_phrases(t.sentences))


def _sentiment_trajectories(t: ScoredCorpus, actors_shown: Sequence[str] | None = None
                            ) -> Figure:
    return plots.sentiment_trajectories(framing.sentiment_trajectory(t.sentences))


#: Fewer sentences with a non-neutral top emotion than this, over the corpus: no emotion chart.
MIN_EMOTIONAL_SENTENCES = 10


def _emotion_profile(t: ScoredCorpus, actors_shown: Sequence[str] | None = None) -> Figure:
    # Most news sentences are "neutral" (80-100 % per outlet), and a chart dominated by that one
    # column says nothing; the profile of the other sentences is what tells outlets apart.
    title = "Emotions of the sentences that are not neutral"
    neutral = framing.neutral_emotion_share(t.sentences)
    profile = framing.emotion_profile(t.sentences, exclude=("neutral",))
    n_emotional = int(round(((1 - neutral["neutral_share"]) * neutral["n"]).sum()))
    if profile.empty or n_emotional < MIN_EMOTIONAL_SENTENCES:
        return plots._empty_figure(title, f"Only {n_emotional} sentences have a top emotion other "
                                          f"than neutral: too few for a profile")
    return plots.emotion_profile_plot(profile, title=title, neutral=neutral)


def _stance_over_time(t: ScoredCorpus, actors_shown: Sequence[str] | None = None) -> Figure:
    # By camp and per day / week / month depending on the span of the dates; a corpus without
    # dates gets a figure that says so (the notebook says it in words and draws nothing).
    from .overview import time_freq

    return plots.stance_over_time_plot(framing.stance_over_time(
        t.stances, t.sentences, t.articles, freq=time_freq(t.articles), by="camp"))


#: Every figure of the report: file stem -> builder from the scored tables.
FIGURES: dict[str, Callable[..., Figure]] = {
    "stance_heatmap": _stance_heatmap,
    "stance_intervals": _stance_intervals,
    "headline_vs_body": _headline_vs_body,
    "voice_shares": _voice_shares,
    "quoted_voices": _quoted_voices,
    "distinctive_phrases": _distinctive_phrases,
    "sentiment_trajectories": _sentiment_trajectories,
    "emotion_profile": _emotion_profile,
    "stance_over_time": _stance_over_time,
}


def build_figures(scored: ScoredCorpus, *, actors_shown: Sequence[str] | None = None
                  ) -> dict[str, Figure]:
    """Every report figure, by name; nothing is saved. ``actors_shown``: the actors of the actor
    heatmap (default: the most discussed)."""
    return {name: build(scored, actors_shown) for name, build in FIGURES.items()}


def write_figures(scored: ScoredCorpus, out: Path | str, *,
                  actors_shown: Sequence[str] | None = None) -> list[Path]:
    """Save every figure as a byte-reproducible PNG under ``out``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    return [plots.save_figure(fig, out / f"{name}.png")
            for name, fig in build_figures(scored, actors_shown=actors_shown).items()]


def default_out(corpus: Path | str) -> Path:
    """Where ``score`` and ``report`` write when no ``--out`` is given.

    The seed corpus: the committed ``figures/`` (regenerating it is what ``make report`` is for).
    Any other corpus: a folder beside it named ``<corpus>-newsstance`` (``news/`` →
    ``news-newsstance/``, ``news.csv`` → ``news-newsstance/``), so a user's results never land in
    the repository; a file whose name but for its suffix another corpus beside it shares
    (``news.csv`` beside ``news.jsonl`` or ``news/``) keeps its suffix in the folder's name
    (``news-csv-newsstance/``), so the two runs do not overwrite each other. Raises
    ``ValueError`` when that folder would be inside the repository (a corpus kept in the
    checkout): then ``--out`` must be given.
    """
    if is_seed_corpus(corpus):
        return DEFAULT_FIGURES
    path = Path(corpus).resolve()
    name = path.stem if path.is_file() else path.name
    if path.is_file() and any(
            other != path and (other.is_dir() or other.suffix.lower() in (".csv", ".jsonl"))
            for other in path.parent.glob(f"{glob.escape(path.stem)}*")
            if other.stem == path.stem or other.name == path.stem):
        name = f"{path.stem}-{path.suffix.lstrip('.').lower()}"
    out = path.parent / f"{name}-newsstance"
    if out.is_relative_to(REPO_ROOT):
        raise ValueError(f"{corpus} is inside the repository, and so would be its results "
                         f"({out}); choose a folder with --out")
    return out


def check_out(corpus: Path | str, out: Path | str) -> Path:
    """``out`` (not created here). ``ValueError`` when it is the corpus folder itself, when it
    is the committed ``figures/`` and the corpus is not the seeds (results of another corpus
    would overwrite the repository's figures), when it is a file, or when it (or the folder it
    would be created in) is not a writable folder."""
    out = Path(out)
    if Path(corpus).is_dir() and out.resolve() == Path(corpus).resolve():
        # report.html and the PNGs would sit among the articles: the next run would read the
        # report as a news article
        raise ValueError(f"the output folder {out} is the corpus folder; choose another --out "
                         f"(the next run would read the report as an article)")
    if out.resolve() == DEFAULT_FIGURES.resolve() and not is_seed_corpus(corpus):
        raise ValueError(f"{out} holds the seed corpus's committed figures; write the results of "
                         f"{corpus} elsewhere (--out)")
    if out.exists() and not out.is_dir():
        raise ValueError(f"the output folder {out} is a file; choose another --out")
    # Checked before any scoring, so an unwritable folder costs no model time; nothing is
    # created here (a run that fails on its input leaves no empty folder behind).
    existing = next(p for p in (out.absolute(), *out.absolute().parents) if p.exists())
    if not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
        raise ValueError(f"cannot write to the output folder {out} ({existing} is "
                         f"{'not a folder' if not existing.is_dir() else 'not writable'}); "
                         f"choose another --out")
    return out


def write_report(corpus: Path | str, out: Path | str | None = None, *,
                 actors: Path | str | None = None, contrast: Sequence[str] | None = None,
                 actors_shown: Sequence[str] | None = None, log=None) -> list[Path]:
    """Score ``corpus``; write its tables, figures and (if possible) the HTML report.

    The paths written; :func:`report_corpus` also returns the scored tables.
    """
    return report_corpus(corpus, out, actors=actors, contrast=contrast,
                         actors_shown=actors_shown, log=log)[1]


def report_corpus(corpus: Path | str, out: Path | str | None = None, *,
                  actors: Path | str | None = None, contrast: Sequence[str] | None = None,
                  actors_shown: Sequence[str] | None = None, log=None
                  ) -> tuple[ScoredCorpus, list[Path]]:
    """Score ``corpus``; write its tables, figures and (if possible) the HTML report.

    ``out``: see :func:`default_out`. ``contrast``: phrases for the report's side-by-side
    comparison (default: the seed corpus's two phrases for the seeds, else chosen from the corpus
    by :func:`analysis.framing.contrast_phrases`). ``actors_shown``: actors of the actor heatmaps
    (default: the most discussed). ``log``: a callable for progress lines (e.g. ``print``).
    Returns the scored tables and the paths written (files left as they were, being equal up to
    float noise, included).
    """
    say = log or (lambda message: None)
    out = check_out(corpus, out if out is not None else default_out(corpus))
    try:
        from . import notebooks
    except ImportError:
        notebooks = None
    # The report's kernel starts now and does its imports while this process scores the corpus:
    # that start-up would otherwise be on the critical path after the scores are in.
    kernel = (notebooks.start_kernel(preload=notebooks.REPORT_PRELOAD)
              if notebooks is not None else None)
    try:
        scored = score_corpus(corpus, actors=actors, progress=log is not None, log=log)
        written = list(scored.save(out / TABLES_DIR).values())
        _check_actors_shown(scored, actors_shown)
        if notebooks is None or kernel is None:
            say("report.html skipped: the notebook tools are not installed "
                "(pip install -e '.[notebooks]')")
            say(f"drawing {len(FIGURES)} figures")
            return scored, written + write_figures(scored, out, actors_shown=actors_shown)
        # The notebook runs in its own kernel process and reads the scores just cached, so it
        # and the figures (drawn in a thread here) use both cores at once: the report's two
        # longest steps. papermill stays in the main thread, where it handles signals (Ctrl-C).
        say(f"executing the framing notebook for report.html while drawing {len(FIGURES)} "
            f"figures")
        # papermill changes the process's working directory while the notebook runs, so the
        # thread must not resolve a relative ``out`` against it (the PNGs would land elsewhere).
        absolute = out.absolute()
        with ThreadPoolExecutor(max_workers=1) as pool:
            figures = pool.submit(write_figures, scored, absolute, actors_shown=actors_shown)
            html = notebooks.export_report(corpus, absolute / "report.html", actors=actors,
                                           contrast=contrast, actors_shown=actors_shown,
                                           kernel=kernel)
            written += [out / path.relative_to(absolute) for path in figures.result()]
        html = out / html.relative_to(absolute)
    finally:
        if kernel is not None:  # already shut down when the notebook ran; not on an earlier error
            kernel.shutdown()
    return scored, written + [html]


def _check_actors_shown(scored: ScoredCorpus, actors_shown: Sequence[str] | None) -> None:
    """A name the corpus lacks: one clear error before figures and notebook."""
    if actors_shown:
        top_entities(framing.stance_by_source_actor(scored.stances, scored.sentences),
                     shown=actors_shown)
