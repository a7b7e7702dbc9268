"""The committed figures and tables are what the code produces now.

A change in scores or style fails here until the figures are regenerated on purpose with
`make figures` (and looked at). On failure a diff image is written next to the new PNG.
"""

from __future__ import annotations

import filecmp
from pathlib import Path

import pandas as pd
import pytest
from matplotlib.testing.compare import compare_images

from analysis import score_corpus
from analysis.report import FIGURES, TABLES_DIR, write_figures
from analysis.score import FLOAT_TOLERANCE, ScoredCorpus

FIGURES_DIR = Path(__file__).resolve().parent.parent / "figures"
TOLERANCE = 2.0  # RMS over 0-255 pixel values: anti-aliasing noise passes, a moved bar does not


@pytest.fixture(scope="module")
def committed() -> ScoredCorpus:
    return ScoredCorpus.load(FIGURES_DIR / TABLES_DIR)


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory, committed) -> Path:
    out = tmp_path_factory.mktemp("figures")
    write_figures(committed, out)
    return out


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_figure_matches_committed(name, regenerated):
    expected = FIGURES_DIR / f"{name}.png"
    actual = regenerated / f"{name}.png"
    assert expected.is_file(), f"{expected} missing: run `make figures`"
    result = compare_images(str(expected), str(actual), tol=TOLERANCE)
    assert result is None, f"{name}.png differs from the committed figure ({result}); " \
                           f"if the change is intended, run `make figures`"


def test_figures_are_byte_identical_across_runs(tmp_path, committed):
    write_figures(committed, tmp_path / "a")
    write_figures(committed, tmp_path / "b")
    for name in FIGURES:
        assert filecmp.cmp(tmp_path / "a" / f"{name}.png", tmp_path / "b" / f"{name}.png",
                           shallow=False), name


def test_png_metadata_is_stripped(regenerated):
    data = (regenerated / "stance_heatmap.png").read_bytes()
    assert b"matplotlib version" not in data and b"Software" not in data


def test_committed_tables_are_what_scoring_gives_now(committed):
    fresh = score_corpus()
    for name in ("sentences", "stances"):
        got = getattr(fresh, name).reset_index(drop=True)
        want = getattr(committed, name).reset_index(drop=True)
        pd.testing.assert_frame_equal(got, want, check_dtype=False, atol=FLOAT_TOLERANCE, rtol=0,
                                      obj=f"{name} (run `make figures` if the change is intended)")
