"""Guideline rule 9 on real sentences: the sides' names swapped, the target's span and label
kept (``analysis.sideswap``), as a measure (``evaluate-stance --swap-sides``)."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from analysis.sideswap import SIDE_PAIRS, format_side_swap, side_swap_report, swap_sides
from analysis.stance import TargetExample, read_newsmtsc

WAR_DEV = Path(__file__).resolve().parents[1] / "data" / "war-news-stance" / "dev.jsonl"
DATELINE = ("KYIV, Ukraine (AP) — Ukrainian troops drove Russian paratroopers off the "
            "Hostomel airfield, Ukraine's general staff said.")


def _span(text: str, mention: str) -> tuple[int, int]:
    start = text.index(mention)
    return start, start + len(mention)


def test_the_sides_change_places_and_the_target_moves_with_its_words():
    ex = TargetExample(DATELINE, *_span(DATELINE, "Russian paratroopers"), label=0,
                       further=(_span(DATELINE, "Ukraine's general staff"),))
    got = swap_sides(ex)
    assert got.sentence == ("KYIV, Russia (AP) — Russian troops drove Ukrainian paratroopers "
                            "off the Hostomel airfield, Russia's general staff said.")
    assert got.sentence[got.start:got.end] == "Ukrainian paratroopers"
    assert [got.sentence[a:b] for a, b in got.further] == ["Russia's general staff"]
    assert got.label == 0  # the same words describe the mention: the same gold label
    # whole words only, as written: the dateline's capitals and "Russianness" stay
    odd = TargetExample("KYIV residents doubted Russianness claims.", 0, 4)
    assert swap_sides(odd) is None
    assert swap_sides(TargetExample("The rebels routed the army.", 4, 10)) is None


def test_a_target_after_a_longer_name_and_a_span_boundary_inside_a_name():
    text = "Moscow said Kyiv's forces shelled Russian towns; Putin vowed revenge."
    ex = TargetExample(text, *_span(text, "Putin"))
    got = swap_sides(ex)
    assert got.sentence == "Kyiv said Moscow's forces shelled Ukrainian towns; Zelensky vowed revenge."
    assert got.sentence[got.start:got.end] == "Zelensky"
    # a start inside a swapped name moves to the name's start, an end inside it to its end
    inside = swap_sides(TargetExample(text, 2, 9))  # "scow sa"
    assert inside.sentence[inside.start:inside.end] == "Kyiv sa"


@pytest.mark.skipif(not WAR_DEV.is_file(), reason="the war-news dev split is not here")
def test_on_the_war_dev_split_swapping_twice_gives_every_pair_back():
    examples = read_newsmtsc(WAR_DEV)
    table = {a: b for a, b in SIDE_PAIRS} | {b: a for a, b in SIDE_PAIRS}
    names = re.compile(r"\b(" + "|".join(sorted(table, key=len, reverse=True)) + r")\b")
    swapped = 0
    for ex in examples:
        once = swap_sides(ex)
        if once is None:
            assert not names.search(ex.sentence)
            continue
        swapped += 1
        assert swap_sides(once) == ex
        mention = names.sub(lambda m: table[m.group(1)], ex.sentence[ex.start:ex.end])
        assert once.sentence[once.start:once.end] == mention
    assert 0.5 * len(examples) < swapped < len(examples)  # most war sentences name a side


def _name_reader(examples):
    """A model with a side prior: negative whenever the target says "Russia"."""
    out = np.tile([0.1, 0.8, 0.1], (len(examples), 1))
    for row, ex in zip(out, examples):
        if "Russia" in ex.sentence[ex.start:ex.end]:
            row[:] = [0.8, 0.1, 0.1]
    return out


def _wording_reader(examples):
    """A model reading the wording only: negative when the sentence says "shelled"."""
    return np.array([[0.8, 0.1, 0.1] if "shelled" in ex.sentence else [0.1, 0.8, 0.1]
                     for ex in examples])


def test_the_report_counts_the_labels_a_side_prior_changes():
    texts = ["Russian troops shelled the town.", "Ukrainian troops entered the town.",
             "Russia and Ukraine met in Istanbul.", "The rebels shelled the town."]
    examples = [TargetExample(texts[0], 0, 14, label=0), TargetExample(texts[1], 0, 16, label=1),
                TargetExample(texts[2], 0, 6, label=1), TargetExample(texts[3], 0, 10, label=0)]
    prior = side_swap_report(examples, _name_reader)
    assert prior["n"] == 4 and prior["n_swapped"] == 3
    # "Russia..." targets flip to neutral once named Ukraine, and the Ukrainian one to negative
    assert prior["changed"] == 3 and prior["changed_share"] == 1.0
    assert prior["accuracy"] == {"as_written": 2 / 3, "swapped": 1 / 3}
    fair = side_swap_report(examples, _wording_reader)
    assert fair["changed"] == 0 and fair["accuracy"] == {"as_written": 1.0, "swapped": 1.0}
    assert fair["macro_f1"]["as_written"] == fair["macro_f1"]["swapped"]
    assert "label changed on 0 (0.0000)" in format_side_swap(fair)
    none = side_swap_report(examples[3:], _wording_reader)
    assert none == {"n": 1, "n_swapped": 0, "changed": 0, "changed_share": 0.0}
    assert format_side_swap(none).endswith("0 of 1 pairs name a side")
    with pytest.raises(ValueError, match="gold labels"):
        side_swap_report([TargetExample(texts[0], 0, 14)], _wording_reader)


def test_evaluate_stance_prints_the_side_swap_line_with_the_model_asked_for(tmp_path, capsys):
    """``evaluate-stance --swap-sides``: the file's usual report, then rule 9's line, from the
    same model's labels on the pairs as written and swapped."""
    import json

    from analysis.cli import main
    from analysis.stance import FAST_STANCE_MODEL, get_stance_model, predict_examples

    rows = [(DATELINE, ["Russian paratroopers", "Ukrainian troops"], [2.0, 6.0]),
            ("Talks went on in Geneva.", ["Talks"], [4.0])]
    path = tmp_path / "tiny.jsonl"
    path.write_text("".join(json.dumps({"sentence_normalized": s, "targets": [
        {"from": _span(s, m)[0], "to": _span(s, m)[1], "polarity": p}
        for m, p in zip(mentions, pols)]}) + "\n" for s, mentions, pols in rows))
    assert main(["evaluate-stance", "--model", str(FAST_STANCE_MODEL), "--swap-sides",
                 str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("tiny.jsonl  n=3")
    loaded = get_stance_model(FAST_STANCE_MODEL)
    want = side_swap_report(read_newsmtsc(path), lambda e: predict_examples(loaded, e))
    assert want["n_swapped"] == 2
    assert format_side_swap(want) in out
    assert main(["evaluate-stance", "--model", str(FAST_STANCE_MODEL), str(path)]) == 0
    assert "sides swapped" not in capsys.readouterr().out
