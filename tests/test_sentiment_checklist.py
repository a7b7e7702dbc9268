"""The sentence sentiment CheckList: its machinery (stub model) and VADER's pass rates."""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis import sentiment_checklist as SC  # noqa: E402
from analysis.checklist import summarise  # noqa: E402
from analysis.sentiment_checklist import SentimentCase as C  # noqa: E402

SCORES = {"base+": 0.50, "base-": -0.50, "neutral": 0.0, "up_small": 0.51, "up_big": 0.90,
          "down_tol": 0.485, "down_over": 0.47, "flip": -0.10, "near": 0.58, "far": 0.61}


def stub(texts: list[str]) -> pd.DataFrame:
    scores = [SCORES[t] for t in texts]
    labels = ["positive" if s >= 0.05 else "negative" if s <= -0.05 else "neutral" for s in scores]
    return pd.DataFrame({"label": labels, "score": scores})


def test_machinery_with_a_stub_model():
    cases = [
        C("a", "MFT", "base+", expect="positive"),       # pass
        C("a", "MFT", "neutral", expect="positive"),     # fail
        C("b", "NOT", "neutral", expect="negative"),     # pass
        C("b", "NOT", "base-", expect="negative"),       # fail
        C("c", "DIR_UP", "down_tol", base="base+"),      # -0.015: within tolerance, pass
        C("c", "DIR_UP", "down_over", base="base+"),     # -0.03: fail
        C("c", "DIR_DOWN", "up_small", base="base+"),    # +0.01: pass
        C("c", "DIR_DOWN", "up_big", base="base+"),      # +0.40: fail
        C("d", "CLEAR_UP", "up_big", base="base+"),      # +0.40 >= 0.30: pass
        C("d", "CLEAR_UP", "up_small", base="base+"),    # +0.01: fail
        C("d", "CLEAR_DOWN", "flip", base="base+"),      # -0.60: pass
        C("d", "CLEAR_DOWN", "down_over", base="base+"), # -0.03: fail
        C("e", "INV", "near", base="base+"),             # +0.08, same label: pass
        C("e", "INV", "far", base="base+"),              # +0.11: fail
        C("e", "INV", "neutral", base="base+"),          # label changes: fail
    ]
    res = SC.run_sentiment_checklist(cases, model=stub)
    assert res["passed"].tolist() == [True, False, True, False, True, False, True, False,
                                      True, False, True, False, True, False, False]
    assert res["delta"].iloc[:4].isna().all()
    assert res["delta"].iloc[4] == pytest.approx(-0.015)
    s = summarise(res).set_index("capability")
    assert s.loc["ALL", "cases"] == 15 and s.loc["ALL", "passed"] == 7
    assert s["passed"].drop("ALL").tolist() == [1, 1, 2, 2, 1]


def test_tolerances_are_meaningful():
    # float noise must never decide a verdict
    assert SC.DIR_TOLERANCE >= 0.01 and SC.INV_TOLERANCE >= 0.05 and SC.CLEAR_SHIFT >= 0.2


def test_bad_cases_are_refused():
    with pytest.raises(ValueError, match="unknown case kind"):
        SC.run_sentiment_checklist([C("a", "DIR", "base+", base="base-")], model=stub)
    with pytest.raises(ValueError, match="base is required"):
        SC.run_sentiment_checklist([C("a", "INV", "base+")], model=stub)
    with pytest.raises(ValueError, match="unknown sentiment model"):
        SC.run_sentiment_checklist(model="bert")


def test_suite_shape():
    caps = pd.Series([c.capability for c in SC.CASES]).value_counts().to_dict()
    assert caps == {"negation": 8, "intensifier": 6, "hedge": 6, "contrast": 6, "headline": 6,
                    "typography": 5, "neutral_fact": 6}
    assert all(c.kind in SC.KINDS for c in SC.CASES)


# The VADER figures recorded in README ("Sentiment CheckList"); a change shows as a failure here.
VADER_PASSED = {"negation": 8, "intensifier": 6, "hedge": 6, "contrast": 4, "headline": 4,
                "typography": 5, "neutral_fact": 5, "ALL": 38}


def test_vader_pass_rates_per_capability():
    s = summarise(SC.run_sentiment_checklist(model="vader")).set_index("capability")
    assert s["passed"].to_dict() == VADER_PASSED


def test_cli_flag():
    from analysis.cli import build_parser

    args = build_parser().parse_args(["checklist", "--sentiment", "--failures"])
    assert args.sentiment and args.failures
