"""Figures for the framing tables of :mod:`analysis.framing`.

Every plotting function takes the tidy DataFrame returned by the matching
framing function and returns a :class:`matplotlib.figure.Figure`.  Figures are
built with the object-oriented API on ``Figure()`` directly, so nothing is
registered with ``pyplot`` (no global state, no leaked figures in long runs
or tests).  All styling lives in :data:`STYLE`, applied with
:func:`plot_style`; :func:`save_figure` writes byte-reproducible PNGs.

Colours are colour-blind safe: the diverging ``RdBu`` map for stance (red =
hostile, blue = favourable, white = neutral) and the Okabe-Ito palette for
categories.
"""

from __future__ import annotations

import functools
import io
import math
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import ParamSpec

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.ticker import PercentFormatter

__all__ = [
    "STYLE",
    "distinctive_phrases_bars",
    "emotion_profile_plot",
    "headline_vs_body_plot",
    "plot_style",
    "quoted_voices_plot",
    "save_figure",
    "sentiment_trajectories",
    "stance_heatmap",
    "stance_intervals",
    "stance_over_time_plot",
    "voice_share_bars",
]

#: The one place the look of every figure is set (rcParams).  Only fonts
#: shipped with matplotlib are used so output is identical on every machine.
STYLE: dict[str, object] = {
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 9.0,
    "axes.titlesize": 10.0,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 9.0,
    "axes.labelcolor": "#222222",
    "axes.edgecolor": "#555555",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "xtick.labelsize": 8.5,
    "ytick.labelsize": 8.5,
    "xtick.color": "#333333",
    "ytick.color": "#333333",
    "legend.fontsize": 8.5,
    "legend.frameon": False,
    "figure.titlesize": 12.0,
    "figure.titleweight": "bold",
    "figure.facecolor": "white",
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "savefig.facecolor": "white",
    "hatch.color": "#7a7a7a",
    "hatch.linewidth": 0.8,
    "image.interpolation": "nearest",
    "svg.hashsalt": "newsstance",
}

#: Okabe & Ito (2008) colour-blind-safe qualitative palette.
OKABE_ITO: tuple[str, ...] = (
    "#0072B2", "#D55E00", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#F0E442", "#000000",
)
#: Colours for camps a corpus's registry adds ("Axis", "Mediator"), none of them a fixed camp's
#: (:data:`CAMP_COLORS`): the rest of Okabe-Ito, then Paul Tol's muted scheme.
OTHER_CAMP_COLORS: tuple[str, ...] = (
    "#E69F00", "#56B4E9", "#882255", "#999933", "#332288", "#DDCC77", "#AA4499", "#000000",
)
#: Fixed colours for the camps of the registry, so a camp looks the same in every figure.
CAMP_COLORS: dict[str, str] = {
    "Ukraine": "#0072B2",
    "Russia": "#D55E00",
    "West": "#009E73",
    "Other": "#CC79A7",
    "": "#B0B0B0",
    # quotes without a camp (analysis.framing.NO_SPEAKER / UNREGISTERED)
    "(speaker of no stated camp)": "#7F7F7F",
    "(no speaker found)": "#C8C8C8",
}
#: Marker / colour per voice in interval plots.
VOICE_STYLE: dict[str, dict[str, object]] = {
    "authorial": {"color": "#333333", "marker": "o",
                  "label": "Authorial: the outlet's own sentences"},
    "quoted": {"color": "#E69F00", "marker": "s",
               "label": "Quoted: sentences inside quotation marks"},
    "all": {"color": "#0072B2", "marker": "D", "label": "All sentences"},
}
#: How the two sections of :func:`headline_vs_body_plot` are drawn.
SECTION_STYLE: dict[str, dict[str, object]] = {
    "headline": {"color": "#D55E00", "marker": "s", "label": "Headlines (title, subheadings)"},
    "body": {"color": "#333333", "marker": "o", "label": "Body sentences"},
}
STANCE_CMAP = "RdBu"
STANCE_AXIS_LABEL = "Mean stance  (P(positive) \u2212 P(negative);  \u22121 hostile \u2026 +1 favourable)"
SENTIMENT_AXIS_LABEL = "Sentence sentiment  (\u22121 negative \u2026 +1 positive)"
UNKNOWN = "unknown"

P = ParamSpec("P")


@contextmanager
def plot_style() -> Iterator[None]:
    """Apply :data:`STYLE` for the duration of the block (restores rcParams after)."""
    with matplotlib.rc_context(STYLE):
        yield


def _styled(func: Callable[P, Figure]) -> Callable[P, Figure]:
    """Build the figure under :data:`STYLE` and freeze its text properties.

    Tick labels are created lazily at draw time, so a figure drawn later
    outside the style context would pick up whatever rcParams are global
    then; a draw without rendering inside the context fixes them now.  The
    draw also lets constrained layout settle: its first pass places the axes
    a fraction of a pixel away from every later pass, so without it the
    first PNG of a figure would differ from the second.  (Creating only the
    first tick of each axis would freeze the style at a third less drawing
    time, but it breaks that.)
    """

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> Figure:
        with plot_style():
            fig = func(*args, **kwargs)
            fig.draw_without_rendering()
        return fig

    return wrapper


def save_figure(fig: Figure, path: str | Path) -> Path:
    """Write ``fig`` as a byte-reproducible PNG and return the path.

    Agg rendering is deterministic; the only varying bytes matplotlib would
    write are the "Software" text chunk (its version), dropped here.  DPI
    and face colour are fixed by :data:`STYLE` so rcParams of the caller
    cannot change the output.  (``svg.hashsalt`` only affects SVG output.)
    An existing file that shows the same image up to float noise (:func:`pngs_agree`) is left
    as it is, so re-running the pipeline on another machine does not rewrite committed figures.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    with plot_style():
        fig.savefig(buffer, format="png", dpi=100, metadata={"Software": None})
    data = buffer.getvalue()
    if path.is_file() and pngs_agree(path.read_bytes(), data):
        return path
    path.write_bytes(data)
    return path


#: Largest per-channel difference (of 255) between two renderings of the same figure that is
#: still float noise: a value moved by 1e-6 shifts an anti-aliased edge by a ten-thousandth of a
#: pixel; an element moved by a fiftieth of a pixel or more changes some pixel by more than this.
PNG_TOLERANCE = 4


def pngs_agree(a: bytes, b: bytes, *, tolerance: int = PNG_TOLERANCE) -> bool:
    """Whether two PNG files show the same image: same size, and no channel of any pixel
    differing by more than ``tolerance`` (of 255). Identical bytes agree at once."""
    if a == b:
        return True
    from PIL import Image

    try:
        x = np.asarray(Image.open(io.BytesIO(a)).convert("RGBA"), dtype=np.int16)
        y = np.asarray(Image.open(io.BytesIO(b)).convert("RGBA"), dtype=np.int16)
    except OSError:
        return False
    return x.shape == y.shape and int(np.abs(x - y).max(initial=0)) <= tolerance


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------


def _annotate_cells(ax: Axes, means: pd.DataFrame, counts: pd.DataFrame, small: pd.DataFrame, *,
                    fontsize: float, italic_small: bool) -> None:
    """Label each heatmap cell with its mean stance and n: a dash where there is no estimate,
    hatched (and grey, optionally italic) where it rests on too few sentences."""
    for r, row_name in enumerate(means.index):
        for c, col_name in enumerate(means.columns):
            value = means.loc[row_name, col_name]
            if pd.isna(value):
                ax.text(c, r, "\u2013", ha="center", va="center", color="#888888")
                continue
            is_small = bool(small.loc[row_name, col_name])
            if is_small:
                ax.add_patch(Rectangle((c - 0.5, r - 0.5), 1.0, 1.0,
                                       facecolor=(1, 1, 1, 0.6), hatch="///", linewidth=0))
            ax.text(c, r, f"{value:+.2f}\nn={int(counts.loc[row_name, col_name])}",
                    ha="center", va="center", fontsize=fontsize,
                    color="#555555" if is_small else _text_color_on(float(value)),
                    fontstyle="italic" if is_small and italic_small else "normal")


def _interval_point(ax: Axes, row: pd.Series, y: float, style: dict) -> None:
    """One mean with its interval; hollow when it rests on too few sentences."""
    ax.errorbar(
        row["mean_score"], y,
        xerr=[[row["mean_score"] - row["ci_low"]], [row["ci_high"] - row["mean_score"]]],
        color=style["color"], marker=style["marker"], markersize=5.5,
        markerfacecolor="white" if row["small_n"] else style["color"],
        capsize=2.5, linewidth=1.2,
    )


def _stance_panel(ax: Axes, name: str) -> None:
    """Title, the stance scale (-1..+1) and its grid for one actor's or camp's panel."""
    ax.set_title(f"Toward {name}")
    ax.set_xlim(-1.05, 1.05)
    ax.set_xticks([-1.0, -0.5, 0.0, 0.5, 1.0])
    ax.tick_params(labelbottom=True)  # sharex would hide them above a deleted cell
    ax.grid(axis="x", color="#eeeeee", linewidth=0.8)
    ax.set_axisbelow(True)


def _empty_figure(title: str, message: str = "No data to plot") -> Figure:
    """A one-panel figure saying there is nothing to show (keeps pipelines running)."""
    fig = Figure(figsize=(6.0, 2.0), layout="constrained")
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes,
            color="#666666")
    return fig


def _entity_column(df: pd.DataFrame) -> str:
    """The grouping column of a stance table: ``actor`` or ``camp``."""
    for column in ("actor", "camp"):
        if column in df.columns:
            return column
    raise KeyError(f"expected an 'actor' or 'camp' column, got {list(df.columns)}")


def _only_voice(df: pd.DataFrame, voice: str) -> pd.DataFrame:
    """Rows of one voice (tables without a voice column are taken as they are)."""
    return df.loc[df["voice"] == voice] if "voice" in df.columns else df


def _camp_palette(camps: Sequence[str]) -> dict[str, str]:
    """A colour per camp: registry camps their fixed ones (:data:`CAMP_COLORS`); a corpus's own
    camps ("Axis", "SAF") one of :data:`OTHER_CAMP_COLORS` chosen by the camp's name (CRC-32),
    the next free one when two camps of the figure would share it, so that a camp keeps its
    colour from figure to figure whatever else a figure shows."""
    palette = {camp: CAMP_COLORS[camp] for camp in camps if camp in CAMP_COLORS}
    taken: set[int] = set()
    n = len(OTHER_CAMP_COLORS)
    for camp in sorted(set(camps) - set(palette)):
        slot = zlib.crc32(camp.encode("utf-8")) % n
        while slot in taken and len(taken) < n:
            slot = (slot + 1) % n
        taken.add(slot)
        palette[camp] = OTHER_CAMP_COLORS[slot]
    return palette


def _label_color_on(color: str) -> str:
    """White or near-black text, whichever reads on a bar of ``color`` (WCAG relative
    luminance under 0.18: white)."""
    rgb = [int(color.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return "white" if luminance < 0.18 else "#111111"


def _camp_label(camp: str) -> str:
    if camp == "(no speaker found)":
        return "no speaker found"
    if camp == "(speaker of no stated camp)":
        return "speaker of no stated camp"
    return camp if camp else f"{UNKNOWN} speaker"


def _panel_grid(fig: Figure, n_panels: int, ncols: int, **kwargs: object) -> list[Axes]:
    """``n_panels`` axes on a grid, unused grid cells removed."""
    ncols = max(1, min(ncols, n_panels))
    nrows = math.ceil(n_panels / ncols)
    grid = fig.subplots(nrows, ncols, squeeze=False, **kwargs)
    axes = list(grid.ravel())
    for extra in axes[n_panels:]:
        fig.delaxes(extra)
    return axes[:n_panels]


def _text_color_on(value: float) -> str:
    """Readable annotation colour on a diverging map cell."""
    return "white" if abs(value) > 0.55 else "#111111"


def _interval_rows(stance: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """Rows and voices to draw: authorial and quoted when present, else pooled."""
    if "voice" not in stance.columns:
        return stance.assign(voice="all"), ["all"]
    voices = [v for v in ("authorial", "quoted") if (stance["voice"] == v).any()] or ["all"]
    return stance.loc[stance["voice"].isin(voices)], voices


# ---------------------------------------------------------------------------
# stance
# ---------------------------------------------------------------------------


@_styled
def stance_heatmap(
    stance: pd.DataFrame,
    *,
    voice: str = "all",
    title: str = "How each outlet frames each actor",
) -> Figure:
    """Heatmap of mean stance, outlets (rows) x actors (columns).

    Takes :func:`analysis.framing.stance_by_source_actor` output (or the camp
    version).  Cells show the mean and the number of sentences; cells flagged
    ``small_n`` are washed out and hatched, and pairs never mentioned are
    light grey with a dash.  The colour scale is fixed to [-1, 1] and centred
    at 0 so figures are comparable.
    """
    entity = _entity_column(stance)
    data = _only_voice(stance, voice)
    if data.empty:
        return _empty_figure(title)
    sources = sorted(data["source"].unique())
    entities = sorted(data[entity].unique())
    means = data.pivot(index="source", columns=entity, values="mean_score").reindex(
        index=sources, columns=entities)
    counts = data.pivot(index="source", columns=entity, values="n").reindex(
        index=sources, columns=entities)
    small = data.pivot(index="source", columns=entity, values="small_n").reindex(
        index=sources, columns=entities)

    fig = Figure(figsize=(2.8 + 1.05 * len(entities), 1.9 + 0.62 * len(sources)),
                 layout="constrained")
    ax = fig.add_subplot()
    cmap = matplotlib.colormaps[STANCE_CMAP].with_extremes(bad="#eeeeee")
    image = ax.imshow(np.ma.masked_invalid(means.to_numpy(dtype=float)), cmap=cmap,
                      vmin=-1.0, vmax=1.0, aspect="auto")
    _annotate_cells(ax, means, counts, small, fontsize=8, italic_small=True)
    ax.set_xticks(range(len(entities)), entities, rotation=30, ha="right",
                  rotation_mode="anchor")
    ax.set_yticks(range(len(sources)), sources)
    ax.set_xlabel(entity.capitalize())
    ax.set_ylabel("Outlet (source)")
    ax.spines[:].set_visible(False)
    ax.tick_params(length=0)
    voice_text = {"all": "all sentences", "authorial": "the outlet's own sentences",
                  "quoted": "quoted sentences"}.get(voice, voice)
    ax.set_title(f"Mean stance in {voice_text} mentioning the {entity}; n = sentences.\n"
                 "Hatched: too few sentences to trust.  Grey dash: never mentioned.",
                 fontsize=8.5, fontweight="normal", color="#444444")
    colorbar = fig.colorbar(image, ax=ax, shrink=0.9, ticks=[-1, -0.5, 0, 0.5, 1])
    colorbar.set_label(STANCE_AXIS_LABEL.replace(";  ", "\n"))
    fig.suptitle(title)
    return fig


@_styled
def stance_intervals(
    stance: pd.DataFrame,
    *,
    title: str = "Stance toward each camp: the outlet's own words vs. the people it quotes",
    ncols: int = 3,
) -> Figure:
    """Mean stance with 95% bootstrap intervals; one panel per camp (or actor).

    Takes :func:`analysis.framing.stance_by_source_camp` output with
    ``voice=None``.  Within a panel each outlet has two points side by side:
    authorial and quoted.  Hollow markers flag ``small_n`` estimates.
    """
    entity = _entity_column(stance)
    data, voices = _interval_rows(stance)
    if data.empty:
        return _empty_figure(title)
    panels = sorted(data[entity].unique())
    sources = sorted(data["source"].unique())
    position = {s: i for i, s in enumerate(sources)}
    ncols = min(ncols, len(panels))
    nrows = math.ceil(len(panels) / ncols)
    fig = Figure(figsize=(1.6 + 3.3 * ncols, 1.6 + nrows * (0.9 + 0.55 * len(sources))),
                 layout="constrained")
    axes = _panel_grid(fig, len(panels), ncols, sharex=True, sharey=True)
    offsets = {v: o for v, o in zip(voices, np.linspace(-0.17, 0.17, len(voices)))}
    for ax, name in zip(axes, panels):
        ax.axvline(0.0, color="#999999", linewidth=0.8, linestyle="--", zorder=0)
        for voice in voices:
            rows = data.loc[(data[entity] == name) & (data["voice"] == voice)]
            style = VOICE_STYLE[voice]
            for _, row in rows.iterrows():
                _interval_point(ax, row, position[row["source"]] + offsets[voice], style)
        _stance_panel(ax, name)
    axes[0].set_yticks(range(len(sources)), sources)
    axes[0].set_ylim(len(sources) - 0.5, -0.5)
    for ax in axes:
        ax.set_xlabel("Mean stance (\u22121 hostile \u2026 +1 favourable)")
    handles = [Line2D([], [], color=VOICE_STYLE[v]["color"], marker=VOICE_STYLE[v]["marker"],
                      label=VOICE_STYLE[v]["label"]) for v in voices]
    handles.append(Line2D([], [], color="#777777", marker="o", markerfacecolor="white",
                          linestyle="none", label="Hollow: too few sentences to trust"))
    fig.legend(handles=handles, loc="outside lower center", ncols=len(handles))
    fig.suptitle(title + "\nPoints: mean over sentences; bars: 95% bootstrap interval",
                 fontsize=11)
    return fig


#: Most outlets :func:`stance_over_time_plot` draws by default (the ones with most sentences).
OVER_TIME_MAX_PANELS = 20


@_styled
def stance_over_time_plot(
    table: pd.DataFrame,
    *,
    sources: list[str] | None = None,
    max_panels: int = OVER_TIME_MAX_PANELS,
    ncols: int = 4,
    title: str = "Stance over time",
) -> Figure:
    """Small multiples, one panel per outlet: mean stance per period toward each camp (or
    actor), a line per camp with its 95% interval as a band.

    Takes :func:`analysis.framing.stance_over_time` output (one voice).  Every panel shares
    the time axis and the stance scale [-1, 1], so outlets line up; camps keep their colours
    (:data:`CAMP_COLORS`).  ``sources`` chooses the outlets (in that order); by default the
    ``max_panels`` outlets with the most sentences, alphabetically -- 20 outlets make a 5 x 4
    grid of small panels that stays readable, as one panel with 20 x 4 lines would not.
    Hollow points rest on too few sentences (``small_n``); a period without sentences is a
    gap, not a zero.  The number of undated articles (``table.attrs["n_undated_articles"]``)
    is written under the title.  An empty table gives a figure saying there are no dates.
    """
    entity = _entity_column(table) if len(table.columns) else "camp"
    undated = int(table.attrs.get("n_undated_articles", 0))
    note = f"{undated} article{'s' if undated != 1 else ''} without a date left out"
    if table.empty:
        return _empty_figure(title, "No article has a publication date: nothing to draw over "
                             f"time\n({note})")
    if sources is None:
        sizes = table.groupby("source", sort=True)["n"].sum()  # ties: alphabetical order
        chosen = sorted(sizes.sort_values(ascending=False, kind="mergesort").index[:max_panels])
    else:
        chosen = [s for s in sources if s in set(table["source"])]
        if not chosen:
            return _empty_figure(title, "None of the chosen outlets has dated sentences")
    order = list(CAMP_COLORS)
    names = sorted(table[entity].unique(),
                   key=lambda c: (order.index(c) if c in order else len(order), c))
    ncols = max(1, min(ncols, len(chosen)))
    nrows = math.ceil(len(chosen) / ncols)
    fig = Figure(figsize=(1.0 + 3.0 * ncols, 1.4 + 2.1 * nrows), layout="constrained")
    axes = _panel_grid(fig, len(chosen), ncols, sharex=True, sharey=True)
    periods = pd.to_datetime(table["period"])
    all_periods = pd.DatetimeIndex(sorted(periods.unique()))
    span = (periods.min(), periods.max())
    pad = pd.Timedelta(days=max(1.0, (span[1] - span[0]).days * 0.03))
    colors = _camp_palette(names) if entity == "camp" else {
        name: CAMP_COLORS.get(name, OKABE_ITO[i % len(OKABE_ITO)]) for i, name in enumerate(names)}
    for ax, source in zip(axes, chosen):
        rows = table.loc[table["source"] == source]
        ax.axhline(0.0, color="#999999", linewidth=0.8, linestyle="--", zorder=0)
        for i, name in enumerate(names):
            part = rows.loc[rows[entity] == name]
            if part.empty:
                continue
            # every period of the table: one without sentences is NaN, so the line breaks there
            part = part.set_index(pd.to_datetime(part["period"])).reindex(all_periods)
            color = colors[name]
            x = all_periods.to_numpy()
            ax.fill_between(x, part["ci_low"].to_numpy(dtype=float),
                            part["ci_high"].to_numpy(dtype=float), color=color, alpha=0.15,
                            linewidth=0)
            ax.plot(x, part["mean_score"].to_numpy(dtype=float), color=color, linewidth=1.2)
            small = part["small_n"].fillna(False).to_numpy(dtype=bool)
            ax.scatter(x, part["mean_score"].to_numpy(dtype=float), s=14, color=color,
                       facecolors=[("white" if s else color) for s in small], zorder=3)
        ax.set_title(source, fontsize=9.0)
        ax.set_ylim(-1.05, 1.05)
        ax.set_yticks([-1.0, 0.0, 1.0])
        ax.set_xlim(span[0] - pad, span[1] + pad)
        ax.grid(axis="y", color="#eeeeee", linewidth=0.8)
        ax.tick_params(labelbottom=True, labelsize=7.5)
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator(minticks=2, maxticks=4)
    for ax in axes:
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    for ax in axes[::ncols]:
        ax.set_ylabel("Mean stance")
    handles = [Line2D([], [], color=colors[n], marker="o", label=_camp_label(n)
                      if entity == "camp" else n) for n in names]
    handles.append(Line2D([], [], color="#777777", marker="o", markerfacecolor="white",
                          linestyle="none", label="Hollow: too few sentences to trust"))
    fig.legend(handles=handles, loc="outside lower center", ncols=min(len(handles), 6))
    voice = str(table["voice"].iloc[0]) if "voice" in table.columns else "all"
    shown = (f"{len(chosen)} of {table['source'].nunique()} outlets"
             if len(chosen) < table["source"].nunique() else f"{len(chosen)} outlets")
    fig.suptitle(f"{title} ({voice} sentences; {shown})\nLines: mean stance per period "
                 f"toward each {entity}; bands: 95% bootstrap interval; {note}", fontsize=11)
    return fig


@_styled
def headline_vs_body_plot(
    table: pd.DataFrame,
    *,
    title: str = "Stance in headlines vs. body",
    ncols: int = 3,
) -> Figure:
    """Mean stance in headlines and in body sentences, with 95% intervals; one panel per actor
    (or camp), one row per outlet, the two sections side by side.

    Takes :func:`analysis.framing.headline_vs_body` output.  Hollow markers flag ``small_n``
    estimates; a section without any mention (n = 0) is not drawn.
    """
    entity = _entity_column(table)
    data = table.loc[table["n"] > 0] if len(table) else table
    if data.empty:
        return _empty_figure(title, "No actor is mentioned in a title or heading")
    panels = sorted(data[entity].unique())
    sources = sorted(data["source"].unique())
    position = {s: i for i, s in enumerate(sources)}
    ncols = min(ncols, len(panels))
    nrows = math.ceil(len(panels) / ncols)
    # At least 8 inches wide: the legend and the two-line title need it with one panel.
    fig = Figure(figsize=(max(8.0, 1.6 + 3.3 * ncols), 1.6 + nrows * (0.9 + 0.55 * len(sources))),
                 layout="constrained")
    axes = _panel_grid(fig, len(panels), ncols, sharex=True, sharey=True)
    offsets = {"headline": -0.17, "body": 0.17}
    for ax, name in zip(axes, panels):
        ax.axvline(0.0, color="#999999", linewidth=0.8, linestyle="--", zorder=0)
        for section, style in SECTION_STYLE.items():
            rows = data.loc[(data[entity] == name) & (data["section"] == section)]
            for _, row in rows.iterrows():
                _interval_point(ax, row, position[row["source"]] + offsets[section], style)
        _stance_panel(ax, name)
    axes[0].set_yticks(range(len(sources)), sources)
    axes[0].set_ylim(len(sources) - 0.5, -0.5)
    for ax in axes:
        ax.set_xlabel("Mean stance (\u22121 hostile \u2026 +1 favourable)")
    handles = [Line2D([], [], color=st["color"], marker=st["marker"], label=st["label"])
               for st in SECTION_STYLE.values()]
    handles.append(Line2D([], [], color="#777777", marker="o", markerfacecolor="white",
                          linestyle="none", label="Hollow: too few to trust"))
    fig.legend(handles=handles, loc="outside lower center", ncols=len(handles))
    fig.suptitle(title + "\nPoints: mean over headlines / sentences; bars: 95% bootstrap interval",
                 fontsize=11)
    return fig


# ---------------------------------------------------------------------------
# voices quoted
# ---------------------------------------------------------------------------


@_styled
def voice_share_bars(
    shares: pd.DataFrame,
    *,
    title: str = "Whose words does each outlet quote?",
) -> Figure:
    """Stacked bars: each outlet's quoted sentences (quote sentences and partial quotes with a
    speaker) split by the speaker's camp.

    Takes :func:`analysis.framing.camp_voice_shares` output, or the
    speaker-level :func:`analysis.framing.voice_shares` (summed to camps).
    """
    if shares.empty:
        return _empty_figure(title)
    if "speaker" in shares.columns:  # speaker-level voice_shares: camp-less quotes split
        from .framing import voice_bucket

        shares = shares.assign(speaker_camp=[
            voice_bucket(c, s) for c, s in zip(shares["speaker_camp"], shares["speaker"])])
    by_camp = shares.groupby(["source", "speaker_camp"], sort=True)["n_quoted"].sum()
    table = by_camp.unstack("speaker_camp", fill_value=0)
    totals = table.sum(axis=1)
    proportions = table.div(totals, axis=0)
    # Known camps first in registry order, then other camps, quotes without a camp last.
    unknown = ("", "(speaker of no stated camp)", "(no speaker found)")
    camps = sorted(table.columns, key=lambda c: (c in unknown, list(CAMP_COLORS).index(c)
                                                 if c in CAMP_COLORS else len(CAMP_COLORS), c))
    sources = list(table.index)

    fig = Figure(figsize=(8.0, 1.7 + 0.5 * len(sources)), layout="constrained")
    ax = fig.add_subplot()
    left = np.zeros(len(sources))
    colors = _camp_palette(camps)
    for camp in camps:
        widths = proportions[camp].to_numpy()
        ax.barh(range(len(sources)), widths, left=left, height=0.65,
                color=colors[camp], edgecolor="white", linewidth=0.8,
                label=_camp_label(camp))
        for y, (x0, w) in enumerate(zip(left, widths)):
            if w >= 0.08:
                ax.text(x0 + w / 2, y, f"{w:.0%}", ha="center", va="center", fontsize=8,
                        color="white" if camp in ("Ukraine", "Russia", "West") else
                        "#111111" if camp in CAMP_COLORS else _label_color_on(colors[camp]))
        left += widths
    for y, total in enumerate(totals):
        ax.text(1.01, y, f"n={int(total)}", va="center", fontsize=8, color="#444444")
    ax.set_yticks(range(len(sources)), sources)
    ax.set_ylim(len(sources) - 0.5, -0.5)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set_xlabel("Share of the outlet's quoted sentences (quotes and partial quotes with a "
                  "speaker; n = sentences)")
    ax.set_ylabel("Outlet (source)")
    fig.legend(title="Speaker's camp", loc="outside right upper")
    fig.suptitle(title)
    return fig


@_styled
def quoted_voices_plot(
    table: pd.DataFrame,
    *,
    title: str = "Who is quoted about whom: the stance of each camp's voices toward each actor",
    ncols: int = 3,
) -> Figure:
    """Small multiples, one panel per outlet: speaker camp (rows) x target actor or camp
    (columns), colour = mean stance of the quoted sentences, text = mean and n.

    Takes :func:`analysis.framing.quoted_voices_about` output.  Rows follow
    :data:`CAMP_COLORS` order (registry camps first, quotes without a camp last);
    every panel shows the same rows and columns so outlets line up, a pair an outlet
    never quoted is a grey dash (not neutral), and ``small_n`` cells are hatched.  The
    colour scale is fixed to [-1, 1] as in :func:`stance_heatmap`.  "Outlet X lets side A
    talk about side B" reads as a coloured cell in X's panel at row A, column B.
    """
    if table.empty:
        return _empty_figure(title, "No quoted sentence mentions an actor")
    entity = _entity_column(table)
    order = list(CAMP_COLORS)
    camps = sorted(table["speaker_camp"].unique(),
                   key=lambda c: (order.index(c) if c in order else len(order) - 3, c))
    targets = sorted(table[entity].unique())
    sources = sorted(table["source"].unique())
    ncols = max(1, min(ncols, len(sources)))
    nrows = math.ceil(len(sources) / ncols)
    fig = Figure(figsize=(max(8.0, 1.8 + ncols * (1.2 + 0.75 * len(targets))),
                          1.6 + nrows * (0.8 + 0.45 * len(camps))), layout="constrained")
    axes = _panel_grid(fig, len(sources), ncols, sharey=True)
    cmap = matplotlib.colormaps[STANCE_CMAP].with_extremes(bad="#eeeeee")
    image = None
    for ax, source in zip(axes, sources):
        rows = table.loc[table["source"] == source]
        means = rows.pivot(index="speaker_camp", columns=entity, values="mean_score").reindex(
            index=camps, columns=targets)
        counts = rows.pivot(index="speaker_camp", columns=entity, values="n").reindex(
            index=camps, columns=targets)
        small = rows.pivot(index="speaker_camp", columns=entity, values="small_n").reindex(
            index=camps, columns=targets)
        image = ax.imshow(np.ma.masked_invalid(means.to_numpy(dtype=float)), cmap=cmap,
                          vmin=-1.0, vmax=1.0, aspect="auto")
        _annotate_cells(ax, means, counts, small, fontsize=7.5, italic_small=False)
        ax.set_title(source)
        ax.set_xticks(range(len(targets)), targets, rotation=30, ha="right",
                      rotation_mode="anchor")
        ax.set_yticks(range(len(camps)), [_camp_label(c) for c in camps])
        ax.spines[:].set_visible(False)
        ax.tick_params(length=0)
    axes[0].set_ylabel("Quoted speaker's camp")
    colorbar = fig.colorbar(image, ax=axes, shrink=0.9, ticks=[-1, -0.5, 0, 0.5, 1])
    colorbar.set_label(STANCE_AXIS_LABEL.replace(";  ", "\n"))
    # The key on lines of its own: with two panels one long line runs off the figure.
    fig.suptitle(title + f"\nColumns: the {entity} spoken about; n = quoted sentences.\n"
                 "Hatched: too few to trust.  Grey dash: never quoted.", fontsize=11)
    return fig


# ---------------------------------------------------------------------------
# language
# ---------------------------------------------------------------------------


@_styled
def distinctive_phrases_bars(
    phrases: pd.DataFrame,
    *,
    title: str = "Phrases that set each outlet apart from the others",
    ncols: int = 2,
) -> Figure:
    """One panel per outlet: its most distinctive phrases by z-score.

    Takes :func:`analysis.framing.distinctive_phrases` output.  Bars are the
    z-scores of the weighted log-odds ratio (outlet vs. all others); the
    count of the phrase in the outlet is printed at the bar end.
    """
    if phrases.empty:
        return _empty_figure(title)
    sources = sorted(phrases["source"].unique())
    longest = int(phrases.groupby("source").size().max())
    ncols = min(ncols, len(sources))
    nrows = math.ceil(len(sources) / ncols)
    fig = Figure(figsize=(4.6 * ncols, 1.2 + nrows * (0.8 + 0.24 * longest)),
                 layout="constrained")
    axes = _panel_grid(fig, len(sources), ncols, sharex=True)
    for i, (ax, source) in enumerate(zip(axes, sources)):
        rows = phrases.loc[phrases["source"] == source].sort_values("rank")
        ys = np.arange(len(rows))
        ax.barh(ys, rows["z"], color=OKABE_ITO[i % len(OKABE_ITO)], height=0.7)
        for y, (z, n) in enumerate(zip(rows["z"], rows["n"])):
            ax.text(z, y, f" {int(n)}\u00d7", va="center", fontsize=7.5, color="#444444")
        ax.set_yticks(ys, rows["phrase"])
        ax.set_ylim(longest - 0.5, -0.5)
        ax.set_title(source)
        ax.set_xlabel("z-score (higher = more typical of this outlet)")
        ax.tick_params(labelbottom=True)  # sharex would hide them above a deleted cell
        ax.margins(x=0.15)
    fig.suptitle(title + "\nWeighted log-odds with informative Dirichlet prior "
                 "(Monroe et al. 2008); n\u00d7 = uses by the outlet", fontsize=11)
    return fig


# ---------------------------------------------------------------------------
# sentiment and emotion
# ---------------------------------------------------------------------------


@_styled
def sentiment_trajectories(
    trajectory: pd.DataFrame,
    *,
    title: str = "How the tone develops through each article",
    ncols: int = 2,
    max_legend_articles: int = 6,
) -> Figure:
    """Sentiment along each article; one panel per outlet, one line per article.

    Takes :func:`analysis.framing.sentiment_trajectory` output.  Quoted
    sentences are drawn as filled squares, the outlet's own sentences as
    small dots, so a swing in tone can be traced to a quotation.
    """
    if trajectory.empty:
        return _empty_figure(title)
    sources = sorted(trajectory["source"].unique())
    ncols = min(ncols, len(sources))
    nrows = math.ceil(len(sources) / ncols)
    fig = Figure(figsize=(1.0 + 4.6 * ncols, 1.4 + 2.8 * nrows), layout="constrained")
    axes = _panel_grid(fig, len(sources), ncols, sharey=True)
    for ax, source in zip(axes, sources):
        rows = trajectory.loc[trajectory["source"] == source]
        docs = sorted(rows["doc_id"].unique())
        for j, doc in enumerate(docs):
            art = rows.loc[rows["doc_id"] == doc].sort_values("position")
            color = OKABE_ITO[j % len(OKABE_ITO)]
            ax.plot(art["rel_position"], art["sentiment_score"], color=color, linewidth=1.2,
                    alpha=0.85, label=doc)
            own, quoted = art.loc[~art["is_quote"]], art.loc[art["is_quote"]]
            ax.plot(own["rel_position"], own["sentiment_score"], linestyle="none",
                    marker="o", markersize=2.5, color=color)
            ax.plot(quoted["rel_position"], quoted["sentiment_score"], linestyle="none",
                    marker="s", markersize=5.5, markerfacecolor=color,
                    markeredgecolor="#111111", markeredgewidth=0.7)
        ax.axhline(0.0, color="#999999", linewidth=0.8, linestyle="--", zorder=0)
        ax.set_ylim(-1.05, 1.05)
        ax.set_xlim(-0.02, 1.02)
        article_word = "article" if len(docs) == 1 else "articles"
        ax.set_title(f"{source} ({len(docs)} {article_word})")
        ax.set_xlabel("Position in article (0 = first sentence, 1 = last)")
        ax.set_ylabel(SENTIMENT_AXIS_LABEL.replace("  (", "\n("))
        if len(docs) <= max_legend_articles:
            ax.legend(title="Article", fontsize=7, title_fontsize=7.5, loc="upper left",
                      bbox_to_anchor=(1.0, 1.0))
    marker_handles = [
        Line2D([], [], linestyle="none", marker="o", markersize=3, color="#555555",
               label="The outlet's own sentence"),
        Line2D([], [], linestyle="none", marker="s", markersize=6, color="#bbbbbb",
               markeredgecolor="#111111", label="Quoted sentence"),
    ]
    fig.legend(handles=marker_handles, loc="outside lower center", ncols=2)
    fig.suptitle(title)
    return fig


@_styled
def emotion_profile_plot(
    profile: pd.DataFrame,
    *,
    title: str = "Emotional tone of each outlet",
    min_n: int = 5,
    neutral: pd.DataFrame | None = None,
) -> Figure:
    """Heatmap of emotions by outlet from :func:`analysis.framing.emotion_profile`.

    Cells are mean emotion probabilities, or shares of sentences whose
    strongest emotion is that one when only ``top_emotion`` was available
    (the ``basis`` column says which; the colour-bar label follows it).  Each
    row is labelled with its ``n`` (sentences averaged); a row with fewer than
    ``min_n`` is left blank and says so, since one sentence would show as "100 %
    gratitude" (a newcomer's live blog's "Good morning and welcome …").
    ``neutral``: :func:`analysis.framing.neutral_emotion_share` output, whose
    shares join the row labels; an outlet it lists that has no profile row (every
    sentence neutral) is shown with n = 0.
    """
    if profile.empty:
        return _empty_figure(title)
    table = profile.pivot(index="source", columns="emotion", values="mean_p")
    if neutral is not None and not neutral.empty:
        # an outlet whose every sentence is neutral has no profile row: it is shown with n = 0
        table = table.reindex(table.index.union(neutral["source"].astype(str)))
    table = table.sort_index().reindex(columns=sorted(table.columns))
    counts = profile.groupby("source")["n"].max().reindex(table.index).fillna(0).astype(int)
    few = counts < min_n
    if few.all():
        listed = (" (" + ", ".join(f"{source} {n}" for source, n in
                                   zip(table.index, counts.astype(int))) + ")"
                  if len(table) <= 6 else "")
        return _empty_figure(title, f"No outlet has {min_n} sentences to average{listed}:\n"
                                    f"too few for a profile")
    basis = str(profile["basis"].iloc[0]) if "basis" in profile else "probability"
    label = ("Share of sentences whose\nstrongest emotion is this one"
             if basis == "top_emotion_share" else "Mean probability of the\nemotion per sentence")
    neutral_share = ({} if neutral is None or neutral.empty else
                     dict(zip(neutral["source"].astype(str), neutral["neutral_share"])))
    rows = [f"{source} ({neutral_share[str(source)]:.0%} neutral; n = {n})"
            if str(source) in neutral_share else f"{source} (n = {n})"
            for source, n in zip(table.index, counts.astype(int))]
    fig = Figure(figsize=(3.6 + 0.9 * table.shape[1], 1.7 + 0.55 * table.shape[0]),
                 layout="constrained")
    ax = fig.add_subplot()
    values = table.to_numpy(dtype=float, copy=True)
    values[few.to_numpy(), :] = np.nan
    upper = max(float(np.nanmax(values)) if np.isfinite(values).any() else 0.0, 1e-9)
    image = ax.imshow(np.ma.masked_invalid(values), cmap="Blues", vmin=0.0, vmax=upper,
                      aspect="auto")
    for r in range(values.shape[0]):
        if few.iloc[r]:
            ax.text((values.shape[1] - 1) / 2, r, f"too few sentences (fewer than {min_n})",
                    ha="center", va="center", fontsize=8, color="#555555")
            continue
        for c in range(values.shape[1]):
            v = values[r, c]
            if not np.isnan(v):
                ax.text(c, r, f"{v:.0%}" if basis == "top_emotion_share" else f"{v:.2f}",
                        ha="center", va="center", fontsize=8,
                        color="white" if v > 0.6 * upper else "#111111")
    ax.set_xticks(range(table.shape[1]), list(table.columns), rotation=30, ha="right",
                  rotation_mode="anchor")
    ax.set_yticks(range(table.shape[0]), rows)
    ax.set_xlabel("Emotion")
    ax.set_ylabel("Outlet (source)")
    ax.spines[:].set_visible(False)
    ax.tick_params(length=0)
    colorbar = fig.colorbar(image, ax=ax, shrink=0.9)
    if basis == "top_emotion_share":
        colorbar.formatter = PercentFormatter(1.0, decimals=0)
    colorbar.set_label(label)
    fig.suptitle(title)
    return fig
