"""Behavioural tests of sentence sentiment in the CheckList manner (Ribeiro et al., ACL 2020).

The sibling of :mod:`analysis.checklist` (stance) for :func:`analysis.sentiment.score_sentiment`,
run on both backends: the shipped transformer and the VADER baseline. Every case is a sentence
written for this suite (none from the seed articles); the score is the backend's ``score``
(transformer: p_positive − p_negative; VADER: the compound score), both in [−1, 1].

Kinds:

- MFT: the label must equal ``expect``;
- NOT: the label must not be ``expect`` ("isn't a bad idea" must not read negative);
- DIR_UP / DIR_DOWN: the variant must not move the score down / up compared with its ``base``
  by more than :data:`DIR_TOLERANCE` (intensifiers must not move toward neutral, hedges must
  not be more extreme than the plain form);
- CLEAR_UP / CLEAR_DOWN: the variant must move the score up / down by at least
  :data:`CLEAR_SHIFT` (a negation must clearly undo the plain sentence's polarity);
- INV: the variant must keep the base's label and move the score by at most
  :data:`INV_TOLERANCE` (headline vs full sentence, curly vs straight punctuation).

``run_sentiment_checklist(model="transformer"|"vader")`` returns one row per case;
:func:`analysis.checklist.summarise` the pass rate per capability. Run
``python -m analysis checklist --sentiment [--failures]`` to print both backends.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pandas as pd

from .checklist import summarise

#: A DIR case fails when the variant moves the score the wrong way by more than this. "No more
#: extreme than" allows no change at all; a few thousandths is no change a reader could see, and
#: with 1e-6 the verdict would hang on float noise.
DIR_TOLERANCE = 0.02
#: A CLEAR case needs the variant to move the score at least this far the stated way: "isn't a
#: bad idea" must be clearly less negative than "is a bad idea", not merely a little.
CLEAR_SHIFT = 0.30
#: An INV case fails when the label changes or the score moves by more than this: a period, a
#: headline's dropped articles or a curly apostrophe carry no sentiment, and 0.10 is a twentieth
#: of the score range — larger than float noise, smaller than any change a reader would notice.
INV_TOLERANCE = 0.10

KINDS = ("MFT", "NOT", "DIR_UP", "DIR_DOWN", "CLEAR_UP", "CLEAR_DOWN", "INV")


@dataclass(frozen=True)
class SentimentCase:
    capability: str
    kind: str
    sentence: str
    expect: str = ""  # MFT / NOT: a label
    base: str = ""  # DIR / CLEAR / INV: the sentence the variant is compared with


def _m(capability: str, sentence: str, expect: str, kind: str = "MFT") -> SentimentCase:
    return SentimentCase(capability, kind, sentence, expect=expect)


def _d(capability: str, kind: str, sentence: str, base: str) -> SentimentCase:
    return SentimentCase(capability, kind, sentence, base=base)


CASES: list[SentimentCase] = [
    # -- negation: "not bad" is not negative, and clearly less negative than "bad" ------------
    _m("negation", "The ceasefire isn\u2019t a bad idea.", "negative", "NOT"),
    _d("negation", "CLEAR_UP", "The ceasefire isn\u2019t a bad idea.", "The ceasefire is a bad idea."),
    _m("negation", "The new budget is not a failure.", "negative", "NOT"),
    _d("negation", "CLEAR_UP", "The new budget is not a failure.", "The new budget is a failure."),
    _m("negation", "Residents don\u2019t trust the governor.", "positive", "NOT"),
    _d("negation", "CLEAR_DOWN", "Residents don\u2019t trust the governor.", "Residents trust the governor."),
    _m("negation", "The reform did not help small farmers.", "positive", "NOT"),
    _d("negation", "CLEAR_DOWN", "The reform did not help small farmers.", "The reform helped small farmers."),
    # -- intensifiers must not move toward neutral ---------------------------------------------
    _d("intensifier", "DIR_UP", "The harvest was very good this year.", "The harvest was good this year."),
    _d("intensifier", "DIR_UP", "Voters gave the plan an extremely warm welcome.", "Voters gave the plan a warm welcome."),
    _d("intensifier", "DIR_UP", "The rescue was a truly remarkable success.", "The rescue was a remarkable success."),
    _d("intensifier", "DIR_DOWN", "The flooding caused very serious damage to the port.", "The flooding caused serious damage to the port."),
    _d("intensifier", "DIR_DOWN", "Inspectors found extremely poor conditions in the prison.", "Inspectors found poor conditions in the prison."),
    _d("intensifier", "DIR_DOWN", "The strike left commuters deeply frustrated.", "The strike left commuters frustrated."),
    # -- hedges must not be more extreme than the plain form (same verb form, no added words with
    #    a sentiment of their own: "will save" vs "could possibly save", not "saved") ------------
    _d("hedge", "DIR_DOWN", "The new vaccine may be a success.", "The new vaccine is a success."),
    _d("hedge", "DIR_DOWN", "The merger could possibly save thousands of jobs.", "The merger will save thousands of jobs."),
    _d("hedge", "DIR_DOWN", "Analysts say the recovery might be strong.", "Analysts say the recovery is strong."),
    _d("hedge", "DIR_UP", "The bridge may have been badly damaged.", "The bridge was badly damaged."),
    _d("hedge", "DIR_UP", "The drought could perhaps ruin the harvest.", "The drought will ruin the harvest."),
    _d("hedge", "DIR_UP", "Officials say the outbreak might be spreading.", "Officials say the outbreak is spreading."),
    # -- contrast: the clause after "but" decides ---------------------------------------------
    _m("contrast", "The talks were long and tense, but they ended in a fair agreement.", "positive"),
    _m("contrast", "The economy is growing, but unemployment has soared to a painful record.", "negative"),
    _m("contrast", "The stadium is beautiful, but the project left the city deep in debt.", "negative"),
    _m("contrast", "The storm destroyed dozens of homes, but no one was hurt and aid arrived quickly.", "positive"),
    _m("contrast", "Critics mocked the proposal at first, but it has won wide support.", "positive"),
    _m("contrast", "The minister promised quick relief, but families are still waiting in despair.", "negative"),
    # -- headline vs full sentence, with and without a final period: must not flip -------------
    _d("headline", "INV", "The city council has approved a new children\u2019s hospital", "The city council has approved a new children\u2019s hospital."),
    _d("headline", "INV", "City council approves new children\u2019s hospital", "The city council has approved a new children\u2019s hospital."),
    _d("headline", "INV", "City council approves new children\u2019s hospital.", "The city council has approved a new children\u2019s hospital."),
    _d("headline", "INV", "A gas explosion has killed three workers at the refinery", "A gas explosion has killed three workers at the refinery."),
    _d("headline", "INV", "Gas explosion kills three workers at refinery", "A gas explosion has killed three workers at the refinery."),
    _d("headline", "INV", "Gas explosion kills three workers at refinery.", "A gas explosion has killed three workers at the refinery."),
    # -- curly vs straight punctuation: must not change the label ------------------------------
    _d("typography", "INV", "Investors aren\u2019t happy with the merger.", "Investors aren't happy with the merger."),
    _d("typography", "INV", "The mayor called the plan \u201cwonderful\u201d.", 'The mayor called the plan "wonderful".'),
    _d("typography", "INV", "The deal is good \u2014 for now.", "The deal is good - for now."),
    _d("typography", "INV", "The rescue failed\u2026 again.", "The rescue failed... again."),
    _d("typography", "INV", "The union won\u2019t accept a\u00a0bad offer.", "The union won't accept a bad offer."),
    # -- plain factual news is neutral ---------------------------------------------------------
    _m("neutral_fact", "The parliament will vote on the budget on Thursday.", "neutral"),
    _m("neutral_fact", "The central bank kept its main interest rate at 4.5 percent.", "neutral"),
    _m("neutral_fact", "The minister arrived in Nairobi on Monday for a two-day visit.", "neutral"),
    _m("neutral_fact", "The census counted 2.3 million residents in the region.", "neutral"),
    _m("neutral_fact", "The company will publish its quarterly results next week.", "neutral"),
    _m("neutral_fact", "The train line between the two cities runs every hour.", "neutral"),
]

Scorer = Callable[[list[str]], pd.DataFrame]


def _scorer(model: str | Scorer) -> Scorer:
    if callable(model):
        return model
    if model not in ("transformer", "vader"):
        raise ValueError(f"unknown sentiment model {model!r}; choose 'transformer' or 'vader'")
    from .sentiment import score_sentiment

    return lambda texts: score_sentiment(texts, model=model)


def _verdict(case: SentimentCase, label: str, score: float, base_label: str | None,
             delta: float) -> bool:
    if case.kind == "MFT":
        return label == case.expect
    if case.kind == "NOT":
        return label != case.expect
    if case.kind == "DIR_UP":  # not more negative than the base
        return delta >= -DIR_TOLERANCE
    if case.kind == "DIR_DOWN":  # not more positive than the base
        return delta <= DIR_TOLERANCE
    if case.kind == "CLEAR_UP":
        return delta >= CLEAR_SHIFT
    if case.kind == "CLEAR_DOWN":
        return delta <= -CLEAR_SHIFT
    if case.kind == "INV":
        return label == base_label and abs(delta) <= INV_TOLERANCE
    raise ValueError(f"unknown case kind {case.kind!r}")


def run_sentiment_checklist(cases: Sequence[SentimentCase] | None = None, *,
                            model: str | Scorer = "transformer") -> pd.DataFrame:
    """Score every case with ``model`` ("transformer", "vader", or a function mapping a list of
    sentences to a frame with ``label`` and ``score`` columns); one row per case with the
    prediction, the change from its base (NaN for MFT / NOT) and whether it passed."""
    cases = list(CASES if cases is None else cases)
    for c in cases:
        if c.kind not in KINDS:
            raise ValueError(f"unknown case kind {c.kind!r}")
        if (c.kind in ("MFT", "NOT")) == bool(c.base):
            raise ValueError(f"{c.kind} case {c.sentence!r}: base is "
                             f"{'not allowed' if c.base else 'required'}")
    # Score each distinct sentence once (bases are shared between cases).
    texts = list(dict.fromkeys([c.sentence for c in cases] + [c.base for c in cases if c.base]))
    frame = _scorer(model)(texts)
    label = dict(zip(texts, frame["label"]))
    score = dict(zip(texts, frame["score"].astype(float)))
    rows = []
    for c in cases:
        s = score[c.sentence]
        delta = s - score[c.base] if c.base else float("nan")
        base_label = label[c.base] if c.base else None
        rows.append({"capability": c.capability, "kind": c.kind, "sentence": c.sentence,
                     "base": c.base, "expect": c.expect, "label": label[c.sentence],
                     "base_label": base_label or "", "score": round(s, 4),
                     "delta": round(delta, 4),
                     "passed": bool(_verdict(c, label[c.sentence], s, base_label, delta))})
    return pd.DataFrame(rows)


def pass_rates(models: Sequence[str] = ("transformer", "vader")
               ) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    """Pass rate per capability for each backend, side by side, and each backend's results."""
    results = {m: run_sentiment_checklist(model=m) for m in models}
    table = None
    for m, res in results.items():
        s = summarise(res).rename(columns={"passed": f"{m}_passed", "pass_rate": m})
        table = s if table is None else table.merge(s.drop(columns="cases"), on="capability")
    return table, results


def print_report(failures: bool = False) -> None:
    """What ``python -m analysis checklist --sentiment [--failures]`` prints."""
    table, results = pass_rates()
    with pd.option_context("display.width", 220, "display.max_colwidth", 70):
        print(table.to_string(index=False))
        if failures:
            for m, res in results.items():
                bad = res.loc[~res["passed"], ["capability", "kind", "sentence", "expect",
                                               "label", "base_label", "score", "delta"]]
                print(f"\nfailures, {m} ({len(bad)}):")
                print(bad.to_string(index=False))
