"""Tests for analysis.plots: structure of each figure and byte-stable PNG output."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import matplotlib
import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure

from analysis import framing, plots

SOURCES = ("Outlet North", "Outlet South", "Outlet West")
ACTORS = {"Putin": "Russia", "Shoigu": "Russia", "Zelenskyy": "Ukraine", "Kuleba": "Ukraine",
          "Biden": "West"}
EMOTIONS = ("anger", "fear", "joy", "neutral", "sadness")
WORDS = ("troops withdraw kherson city retreat victory defeat liberation humiliating "
         "strategic bridge river bank mines residents celebrate flags artillery").split()


def synthetic_tables(seed: int = 0, docs_per_source: int = 3, sentences_per_doc: int = 10
                     ) -> SimpleNamespace:
    """A small random scored corpus with the columns of README, "Data model"."""
    rng = np.random.default_rng(seed)
    sentence_rows, stance_rows = [], []
    for s_index, source in enumerate(SOURCES):
        lean = (-0.4, 0.0, 0.4)[s_index]  # each outlet leans differently toward Russia
        for d in range(docs_per_source):
            doc_id = f"{source.split()[1].lower()}-{d}"
            for i in range(sentences_per_doc):
                is_quote = bool(rng.random() < 0.35)
                speaker = str(rng.choice(list(ACTORS))) if is_quote else ""
                kind = "boilerplate" if i == sentences_per_doc - 1 else "sentence"
                words = rng.choice(WORDS, size=6)
                text = " ".join(words).capitalize() + "."
                if s_index == 0:
                    text = "Historic liberation day. " + text  # give outlets distinct phrases
                sentiment = float(np.clip(rng.normal(0.2 * (s_index - 1), 0.4), -1, 1))
                sentence_rows.append({
                    "doc_id": doc_id, "source": source, "sentence_id": i, "kind": kind,
                    "text": text, "is_quote": is_quote, "speaker": speaker,
                    "speaker_camp": ACTORS.get(speaker, ""), "sentiment_score": sentiment,
                    "sentiment_label": ("negative" if sentiment < -0.2 else
                                        "positive" if sentiment > 0.2 else "neutral"),
                    "top_emotion": str(rng.choice(EMOTIONS)),
                })
                for actor in rng.choice(list(ACTORS), size=int(rng.integers(0, 3)),
                                        replace=False):
                    camp = ACTORS[str(actor)]
                    centre = lean if camp == "Russia" else -lean
                    p_pos = float(np.clip(0.35 + centre / 2 + rng.normal(0, 0.15), 0.01, 0.9))
                    p_neg = float(np.clip(0.35 - centre / 2 + rng.normal(0, 0.15), 0.01,
                                          0.99 - p_pos))
                    label = ("positive" if p_pos > max(p_neg, 0.4) else
                             "negative" if p_neg > 0.4 else "neutral")
                    stance_rows.append({
                        "doc_id": doc_id, "source": source, "sentence_id": i,
                        "actor": str(actor), "camp": camp, "p_negative": p_neg,
                        "p_neutral": 1 - p_pos - p_neg, "p_positive": p_pos,
                        "stance_label": label})
    return SimpleNamespace(sentences=pd.DataFrame(sentence_rows),
                           stances=pd.DataFrame(stance_rows))


@pytest.fixture(scope="module")
def tables() -> SimpleNamespace:
    return synthetic_tables()


def all_figures(t: SimpleNamespace) -> dict[str, Figure]:
    return {
        "heatmap": plots.stance_heatmap(
            framing.stance_by_source_actor(t.stances, t.sentences, n_boot=100)),
        "intervals": plots.stance_intervals(
            framing.stance_by_source_camp(t.stances, t.sentences, n_boot=100)),
        "voices": plots.voice_share_bars(framing.camp_voice_shares(t.sentences)),
        "phrases": plots.distinctive_phrases_bars(
            framing.distinctive_phrases(t.sentences, top_k=6)),
        "trajectories": plots.sentiment_trajectories(framing.sentiment_trajectory(t.sentences)),
        "emotions": plots.emotion_profile_plot(framing.emotion_profile(t.sentences)),
    }


def panel_titles(fig: Figure) -> list[str]:
    # STYLE left-aligns titles, so read every title slot
    titles = (" ".join(ax.get_title(loc).strip() for loc in ("left", "center", "right"))
              for ax in fig.axes)
    return [t.strip() for t in titles if t.strip()]


def test_every_plot_returns_a_titled_figure_outside_pyplot(tables):
    import matplotlib.pyplot as plt

    before = plt.get_fignums()
    figures = all_figures(tables)
    assert plt.get_fignums() == before  # nothing registered with pyplot
    for name, fig in figures.items():
        assert isinstance(fig, Figure), name
        assert fig.get_suptitle(), name


def test_axes_per_figure(tables):
    figures = all_figures(tables)
    # heatmaps: the matrix plus its colour bar
    assert len(figures["heatmap"].axes) == 2
    assert len(figures["emotions"].axes) == 2
    # one panel per camp / per source
    assert panel_titles(figures["intervals"]) == ["Toward Russia", "Toward Ukraine", "Toward West"]
    assert panel_titles(figures["phrases"]) == list(SOURCES)
    assert [t.split(" (")[0] for t in panel_titles(figures["trajectories"])] == list(SOURCES)
    assert len(figures["voices"].axes) == 1


def test_heatmap_axes_show_sources_and_actors(tables):
    fig = plots.stance_heatmap(framing.stance_by_source_actor(tables.stances, tables.sentences,
                                                              n_boot=50))
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == list(SOURCES)
    assert [t.get_text() for t in ax.get_xticklabels()] == sorted(ACTORS)
    assert ax.get_images()[0].get_clim() == (-1.0, 1.0)


def test_the_emotion_profile_blanks_an_outlet_with_too_few_sentences():
    # a newcomer's figure showed "100 % gratitude" from one live blog's "Good morning and
    # welcome …"; the rows now carry their n and neutral share
    profile = pd.DataFrame({
        "source": ["A", "A", "B", "B"], "emotion": ["fear", "gratitude"] * 2,
        "mean_p": [0.75, 0.25, 0.0, 1.0], "n": [8, 8, 1, 1],
        "basis": ["top_emotion_share"] * 4})
    # C's sentences are all neutral: it has no profile row but is shown (a newcomer's chart left
    # three of eight outlets out without a note)
    neutral = pd.DataFrame({"source": ["A", "B", "C"], "n": [40, 30, 12],
                            "neutral_share": [0.8, 0.97, 1.0]})
    ax = plots.emotion_profile_plot(profile, neutral=neutral).axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "A (80% neutral; n = 8)", "B (97% neutral; n = 1)", "C (100% neutral; n = 0)"]
    texts = [t.get_text() for t in ax.texts]
    assert texts == ["75%", "25%"] + ["too few sentences (fewer than 5)"] * 2
    assert "100%" not in texts
    blank = plots.emotion_profile_plot(profile, min_n=9)
    assert [t.get_text() for t in blank.axes[0].texts] == [
        "No outlet has 9 sentences to average (A 8, B 1):\ntoo few for a profile"]
    ax = plots.emotion_profile_plot(profile, min_n=1).axes[0]
    assert [t.get_text() for t in ax.texts] == ["75%", "25%", "0%", "100%"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["A (n = 8)", "B (n = 1)"]


def test_heatmap_marks_small_n_cells():
    stance = pd.DataFrame({
        "source": ["A", "A", "B"], "actor": ["X", "Y", "X"], "voice": ["all"] * 3,
        "n": [12, 2, 7], "mean_score": [0.4, -0.3, 0.0], "ci_low": [0.1, -0.6, -0.2],
        "ci_high": [0.6, 0.1, 0.2], "small_n": [False, True, False]})
    fig = plots.stance_heatmap(stance)
    hatched = [p for p in fig.axes[0].patches if p.get_hatch()]
    assert len(hatched) == 1
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "+0.40\nn=12" in texts and "\u2013" in texts  # B/Y never mentioned


def test_empty_inputs_give_a_message_figure():
    fig = plots.distinctive_phrases_bars(pd.DataFrame(columns=["source", "phrase", "z"]))
    assert isinstance(fig, Figure)
    assert "No data" in fig.axes[0].texts[0].get_text()


def test_save_figure_is_byte_identical(tables, tmp_path):
    fig = plots.stance_heatmap(framing.stance_by_source_actor(tables.stances, tables.sentences,
                                                              n_boot=50))
    first = plots.save_figure(fig, tmp_path / "one.png")
    second = plots.save_figure(fig, tmp_path / "sub" / "two.png")
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"Software" not in first.read_bytes()
    # svg.hashsalt (and other caller rcParams) must not change a PNG
    with matplotlib.rc_context({"svg.hashsalt": "something-else", "savefig.dpi": 300}):
        third = plots.save_figure(fig, tmp_path / "three.png")
    assert third.read_bytes() == first.read_bytes()


def test_save_figure_is_byte_identical_across_processes(tmp_path):
    # A fresh interpreter with a different hash seed must write the same bytes.
    script = (
        "import sys; sys.path.insert(0, {root!r}); sys.path.insert(0, {tests!r});"
        "from test_plots import synthetic_tables; from analysis import framing, plots;"
        "t = synthetic_tables();"
        "plots.save_figure(plots.stance_intervals(framing.stance_by_source_camp("
        "t.stances, t.sentences, n_boot=50)), sys.argv[1])"
    ).format(root=str(Path(__file__).resolve().parents[1]),
             tests=str(Path(__file__).resolve().parent))
    outputs = []
    for hash_seed in ("1", "2"):
        target = tmp_path / f"fig-{hash_seed}.png"
        env = {**os.environ, "PYTHONHASHSEED": hash_seed, "MPLBACKEND": "Agg"}
        subprocess.run([sys.executable, "-c", script, str(target)], check=True, env=env)
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]


def test_style_uses_only_bundled_fonts():
    from matplotlib import font_manager

    with plots.plot_style():
        path = font_manager.findfont(font_manager.FontProperties(family=["sans-serif"]),
                                     fallback_to_default=False)
    assert Path(path).name == "DejaVuSans.ttf"


def test_intervals_fall_back_to_pooled_voice(tables):
    pooled = framing.stance_by_source_camp(tables.stances, tables.sentences, voice="all",
                                           n_boot=50)
    fig = plots.stance_intervals(pooled)
    assert panel_titles(fig) == ["Toward Russia", "Toward Ukraine", "Toward West"]
    # three sources x one voice per panel -> three error bars (containers) each
    assert [len(ax.containers) for ax in fig.axes] == [3, 3, 3]


def test_headline_vs_body_plot_draws_both_sections():
    # A / Russia: headline and body; A / Ukraine: headline only (body n = 0, not drawn);
    # B / Russia: headline with too few (hollow).
    table = pd.DataFrame({
        "source": ["A", "A", "A", "A", "B", "B"],
        "camp": ["Russia", "Russia", "Ukraine", "Ukraine", "Russia", "Russia"],
        "section": ["headline", "body"] * 3,
        "n": [6, 20, 5, 0, 1, 9],
        "mean_score": [-0.6, -0.2, 0.3, np.nan, -0.9, -0.4],
        "ci_low": [-0.8, -0.3, 0.1, np.nan, -0.9, -0.6],
        "ci_high": [-0.4, -0.1, 0.5, np.nan, -0.9, -0.2],
        "small_n": [False, False, False, True, True, False],
    })
    fig = plots.headline_vs_body_plot(table)
    assert panel_titles(fig) == ["Toward Russia", "Toward Ukraine"]
    assert [len(ax.containers) for ax in fig.axes] == [4, 1]
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["A", "B"]
    hollow = [line for ax in fig.axes for line in ax.lines if line.get_markerfacecolor() == "white"]
    assert len(hollow) == 1
    empty = plots.headline_vs_body_plot(table.iloc[:0])
    assert "title or heading" in empty.axes[0].texts[0].get_text()


def test_headline_vs_body_plot_from_framing(tables):
    # synthetic_tables has no headline rows: framing says so with an empty table.
    out = framing.headline_vs_body(tables.stances, tables.sentences, by="camp", n_boot=20)
    assert out.empty
    assert isinstance(plots.headline_vs_body_plot(out), Figure)


def test_quoted_voices_plot_one_panel_per_outlet(tables):
    table = framing.quoted_voices_about(tables.stances, tables.sentences, n_boot=50)
    fig = plots.quoted_voices_plot(table)
    assert panel_titles(fig) == list(SOURCES)
    assert len(fig.axes) == len(SOURCES) + 1  # + the colour bar
    panel = fig.axes[0]
    camps = [t.get_text() for t in panel.get_yticklabels()]
    assert camps[:3] == ["Ukraine", "Russia", "West"]  # registry order
    assert [t.get_text() for t in panel.get_xticklabels()] == sorted(table["actor"].unique())
    assert panel.get_images()[0].get_clim() == (-1.0, 1.0)


def test_quoted_voices_plot_marks_missing_and_small_cells():
    table = pd.DataFrame({
        "source": ["A", "A", "B"], "speaker_camp": ["Russia", "(no speaker found)", "Russia"],
        "actor": ["Putin", "Zelenskyy", "Zelenskyy"], "n": [8, 2, 6],
        "mean_score": [0.5, -0.3, -0.6], "ci_low": [0.2, -0.7, -0.9],
        "ci_high": [0.8, 0.1, -0.2], "share_of_target_quotes": [1.0, 1.0, 1.0],
        "small_n": [False, True, False]})
    fig = plots.quoted_voices_plot(table)
    a_panel, b_panel = fig.axes[0], fig.axes[1]
    assert [t.get_text() for t in a_panel.get_yticklabels()] == ["Russia", "no speaker found"]
    texts = [t.get_text() for t in a_panel.texts]
    assert "+0.50\nn=8" in texts and texts.count("\u2013") == 2
    assert len([p for p in a_panel.patches if p.get_hatch()]) == 1
    assert "\u22120.60\nn=6" in [t.get_text() for t in b_panel.texts] or \
        "-0.60\nn=6" in [t.get_text() for t in b_panel.texts]
    empty = plots.quoted_voices_plot(table.iloc[:0])
    assert "No quoted sentence" in empty.axes[0].texts[0].get_text()


@pytest.mark.parametrize("build", ["heatmap", "intervals"])
def test_figure_keeps_its_style_when_drawn_outside_it(tables, tmp_path, build):
    # A user who displays a returned Figure draws it under the global rcParams, not STYLE:
    # tick sizes and colours must still be the style's (matplotlib creates ticks lazily).
    if build == "heatmap":
        fig = plots.stance_heatmap(framing.stance_by_source_actor(
            tables.stances, tables.sentences, n_boot=50))
    else:
        fig = plots.stance_intervals(framing.stance_by_source_camp(
            tables.stances, tables.sentences, n_boot=50))
    with matplotlib.rc_context({"xtick.labelsize": 14.0, "ytick.labelsize": 14.0,
                                "xtick.color": "red", "ytick.color": "red",
                                "xtick.major.size": 9.0, "ytick.major.size": 9.0}):
        fig.savefig(tmp_path / "outside.png", format="png", dpi=100,
                    metadata={"Software": None})
    styled = plots.save_figure(fig, tmp_path / "styled.png")
    assert plots.pngs_agree((tmp_path / "outside.png").read_bytes(), styled.read_bytes())


def test_a_corpus_own_camps_never_take_a_fixed_camps_colour():
    # a newcomer's Middle East registry: "Axis" was drawn in West's green and "Mediator" in
    # Other's pink, so Tehran's Axis bar read as the West's
    camps = ["Ukraine", "Russia", "West", "Other", "Axis", "Mediator", "Israel"]
    sents = pd.DataFrame([
        {"doc_id": "d", "sentence_id": i, "source": "S", "kind": "sentence", "text": "x",
         "is_quote": True, "partial_quote": False, "speaker": f"p{i}", "speaker_camp": camp}
        for i, camp in enumerate(camps)])
    fig = plots.voice_share_bars(framing.camp_voice_shares(sents))
    colours = {bars.get_label(): matplotlib.colors.to_hex(bars.patches[0].get_facecolor())
               for bars in fig.axes[0].containers}
    assert set(colours) == set(camps)
    assert len(set(colours.values())) == len(camps)
    assert colours["West"] == plots.CAMP_COLORS["West"].lower()
    assert plots.CAMP_COLORS["Other"].lower() not in {colours["Axis"], colours["Mediator"]}



def test_a_corpus_own_camp_keeps_its_colour_from_figure_to_figure():
    # a breaker's and a newcomer's: "Axis" was one colour beside Ukraine, Russia, West and
    # Other and another beside Russia alone, since the colour followed the camp's position
    def colours(camps):
        sents = pd.DataFrame([
            {"doc_id": "d", "sentence_id": i, "source": "S", "kind": "sentence", "text": "x",
             "is_quote": True, "partial_quote": False, "speaker": f"p{i}", "speaker_camp": c}
            for i, c in enumerate(camps)])
        fig = plots.voice_share_bars(framing.camp_voice_shares(sents))
        return {bars.get_label(): matplotlib.colors.to_hex(bars.patches[0].get_facecolor())
                for bars in fig.axes[0].containers}

    wide = colours(["Ukraine", "Russia", "West", "Other", "Axis", "SAF", "RSF"])
    narrow = colours(["Russia", "Axis"])
    assert wide["Axis"] == narrow["Axis"]
    assert colours(["SAF", "RSF"]) == {"SAF": wide["SAF"], "RSF": wide["RSF"]}
    assert len(set(wide.values())) == len(wide)
