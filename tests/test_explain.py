"""analysis.explain: word occlusion for a (sentence, target) pair, its HTML and its figure.

Most tests replace the stance model by a transparent fake (a word list decides the
probabilities), so every number can be checked exactly; one test runs the shipped model.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure

from analysis import explain, stance
from analysis.explain import OCCLUSION_COLUMNS, find_span, highlight_html, occlusion, words

SENTENCE = "Ukraine won a clear victory as Russian troops fled in defeat."
TARGET = (0, 7)  # "Ukraine"


class FakeScorer:
    """p_positive rises with "victory"/"won", p_negative with "defeat"/"fled"; records calls."""

    def __init__(self):
        self.calls: list[tuple[list[str], list[tuple[int, int]]]] = []

    def __call__(self, sentences, spans, *, batch_size=None, model=None, progress=False):
        sentences, spans = list(sentences), [tuple(s) for s in spans]
        self.calls.append((sentences, spans))
        rows = []
        for text in sentences:
            tokens = re.findall(r"\w+", text.lower())
            pos = 1.0 + 2.0 * tokens.count("victory") + 1.0 * tokens.count("won")
            neg = 1.0 + 1.5 * tokens.count("defeat") + 0.5 * tokens.count("fled")
            neu = 1.0
            total = pos + neg + neu
            p = {"p_negative": neg / total, "p_neutral": neu / total, "p_positive": pos / total}
            label = max(p, key=p.get)[2:]
            rows.append({"label": label, **p})
        return pd.DataFrame(rows, columns=["label", "p_negative", "p_neutral", "p_positive"])


@pytest.fixture
def fake(monkeypatch) -> FakeScorer:
    scorer = FakeScorer()
    monkeypatch.setattr(stance, "score_targets", scorer)
    return scorer


def fake_score(text: str) -> float:
    row = FakeScorer()([text], [(0, 1)]).iloc[0]
    return float(row["p_positive"] - row["p_negative"])


def test_words_keep_apostrophes_hyphens_and_numbers():
    text = "Russia's pro-Russian 30,000 troops (2.5 km) left \u2014 fast."
    assert [text[a:b] for a, b in words(text)] == [
        "Russia's", "pro-Russian", "30,000", "troops", "2.5", "km", "left", "fast"]


def test_find_span():
    assert find_span("Kyiv and Kyiv again", "Kyiv") == (0, 4)
    assert find_span("Kyiv and Kyiv again", "Kyiv", occurrence=1) == (9, 13)
    with pytest.raises(ValueError, match="not found"):
        find_span("Kyiv", "Moscow")


def test_one_row_per_word_with_exact_columns(fake):
    out = occlusion(SENTENCE, TARGET)
    assert list(out.columns) == OCCLUSION_COLUMNS
    spans = words(SENTENCE)
    assert len(out) == len(spans) == 11
    assert out["position"].tolist() == list(range(11))
    assert list(zip(out["start"], out["end"])) == spans
    assert out["word"].tolist() == [SENTENCE[a:b] for a, b in spans]
    assert out.dtypes["start"] == np.int64 and out.dtypes["is_target"] == bool


def test_target_word_is_not_occluded(fake):
    out = occlusion(SENTENCE, TARGET)
    target = out.loc[out["is_target"]]
    assert target["word"].tolist() == ["Ukraine"]
    assert target["label"].tolist() == [""]
    for column in ("p_negative", "p_neutral", "p_positive", "score", "delta", "contribution"):
        assert target[column].isna().all(), column
    # One batch: the full sentence plus one variant per non-target word.
    assert len(fake.calls) == 1
    assert len(fake.calls[0][0]) == 1 + 10


def test_multiword_target_rows_are_all_marked(fake):
    out = occlusion(SENTENCE, "Russian troops")
    assert out.loc[out["is_target"], "word"].tolist() == ["Russian", "troops"]
    assert out["is_target"].sum() == 2


def test_every_variant_still_points_at_the_target(fake):
    occlusion(SENTENCE, "Russian troops")
    texts, spans = fake.calls[0]
    assert texts[0] == SENTENCE
    for text, (a, b) in zip(texts, spans):
        assert text[a:b] == "Russian troops"
    # Each variant is the sentence minus exactly one word and one space.
    for text in texts[1:]:
        assert len(SENTENCE) - len(text) in {len(w) + 1 for w in SENTENCE.split()} | {
            len(w) for w in re.findall(r"\w+", SENTENCE)}
        assert "  " not in text


def test_scores_deltas_and_contributions_are_exact(fake):
    out = occlusion(SENTENCE, TARGET).set_index("word")
    base = fake_score(SENTENCE)
    without_victory = fake_score(SENTENCE.replace("victory ", ""))
    without_defeat = fake_score(SENTENCE.replace(" defeat", ""))
    assert out.attrs["base"]["score"] == pytest.approx(base)
    assert out.loc["victory", "score"] == pytest.approx(without_victory)
    assert out.loc["victory", "delta"] == pytest.approx(without_victory - base)
    assert out.loc["victory", "contribution"] == pytest.approx(base - without_victory)
    assert out.loc["victory", "contribution"] > 0  # pushed toward favourable
    assert out.loc["defeat", "contribution"] < 0  # pushed toward hostile
    assert out.loc["defeat", "delta"] == pytest.approx(without_defeat - base)
    assert out.loc["clear", "delta"] == pytest.approx(0.0)
    probs = out.loc[~out["is_target"], ["p_negative", "p_neutral", "p_positive"]].sum(axis=1)
    np.testing.assert_allclose(probs, 1.0)
    assert (out.loc[~out["is_target"], "score"]
            == out.loc[~out["is_target"], "p_positive"] - out.loc[~out["is_target"], "p_negative"]
            ).all()


def test_attrs_describe_the_input(fake):
    out = occlusion(SENTENCE, TARGET)
    assert out.attrs["sentence"] == SENTENCE
    assert out.attrs["span"] == TARGET
    assert out.attrs["target"] == "Ukraine"
    assert set(out.attrs["base"]) == {"label", "p_negative", "p_neutral", "p_positive", "score"}


def test_span_given_as_text_equals_offsets(fake):
    pd.testing.assert_frame_equal(occlusion(SENTENCE, "Ukraine"), occlusion(SENTENCE, TARGET))


@pytest.mark.parametrize("span", [(0, 0), (5, 3), (-1, 4), (0, 500), (7, 8), (0.0, 4.5),
                                  ("0", "4"), (0, 4, 5)])
def test_bad_span_raises(fake, span):
    with pytest.raises(ValueError, match="span 0"):
        occlusion(SENTENCE, span)


def test_sentence_of_only_the_target(fake):
    out = occlusion("Ukraine", (0, 7))
    assert out["is_target"].tolist() == [True]
    assert len(fake.calls[0][0]) == 1


def test_strongest_words(fake):
    top = explain.strongest_words(occlusion(SENTENCE, TARGET), k=3)
    assert top["word"].tolist()[0] == "victory"
    assert len(top) == 3 and not top["is_target"].any()
    assert top["contribution"].abs().is_monotonic_decreasing


def test_highlight_html(fake):
    out = occlusion(SENTENCE, TARGET)
    page = highlight_html(out)
    assert page.startswith("<div") and page.endswith("</div>")
    assert page == highlight_html(out)  # deterministic
    # The visible text is the sentence, unchanged; the caption names target and stance.
    text = re.sub(r"<[^>]+>", "", page.split('<div style="font-size: 0.85em')[0])
    assert text == SENTENCE
    assert "stance toward <b>Ukraine</b>: positive" in page
    assert "font-weight: bold;\" title=\"target\">Ukraine</span>" in page
    # "victory" is shaded blue (favourable push), "defeat" red.
    victory = re.search(r'rgba\((\d+), (\d+), (\d+), [\d.]+\)[^>]*>victory<', page)
    defeat = re.search(r'rgba\((\d+), (\d+), (\d+), [\d.]+\)[^>]*>defeat<', page)
    assert int(victory.group(3)) > int(victory.group(1))
    assert int(defeat.group(1)) > int(defeat.group(3))


def test_highlight_html_escapes_text(fake):
    sentence = "Ukraine won 3 < 4 & cheered."
    page = highlight_html(occlusion(sentence, "Ukraine"))
    assert " < " not in page and " &lt; " in page and " &amp; " in page


def test_highlight_html_without_attrs(fake):
    out = occlusion(SENTENCE, TARGET)
    out.attrs = {}
    page = highlight_html(out)
    assert re.sub(r"<[^>]+>", "", page.split('<div style="font-size: 0.85em')[0]) == \
        " ".join(out["word"])


def test_occlusion_figure(fake):
    out = occlusion(SENTENCE, "Russian troops")
    fig = explain.occlusion_figure(out)
    assert isinstance(fig, Figure)
    (ax,) = fig.axes
    assert len(ax.patches) == len(out)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "Ukraine"
    assert "Russian  (target)" in labels and "troops  (target)" in labels
    assert "Russian troops" in ax.get_title(loc="left") + ax.get_title()


def test_with_the_shipped_model():
    if not (stance.stance_model_path() / "model.json").is_file():
        pytest.skip("no stance model artifact")
    out = occlusion("Ukrainian forces liberated the city after a hard-won victory.",
                    "Ukrainian forces")
    assert list(out.columns) == OCCLUSION_COLUMNS
    live = out.loc[~out["is_target"]]
    np.testing.assert_allclose(live[["p_negative", "p_neutral", "p_positive"]].sum(axis=1), 1.0,
                               atol=1e-5)
    assert set(live["label"]) <= {"negative", "neutral", "positive"}
    np.testing.assert_allclose(live["delta"], live["score"] - out.attrs["base"]["score"],
                               atol=1e-12)
    assert not math.isnan(out.attrs["base"]["score"])
