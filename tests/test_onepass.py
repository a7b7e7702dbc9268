"""The one-pass stance experiment (lever 3): grouping, marking and locating targets, and a
smoke run of its training loop."""

from __future__ import annotations

import json

import numpy as np

from analysis.models import onepass

SENTENCE = "Kyiv praised Warsaw for its help but condemned Budapest for blocking the aid."


def test_targets_of_a_sentence_share_a_pass_unless_they_overlap():
    sentences = [SENTENCE, SENTENCE, "The army won.", SENTENCE, SENTENCE]
    spans = [(13, 19), (0, 4), (4, 8), (0, 4), (47, 55)]
    groups = onepass.group_targets(sentences, spans)
    assert sorted(i for g in groups for i in g.items) == [0, 1, 2, 3, 4]
    first = groups[0]
    assert first.items == [1, 0, 4]  # in sentence order
    assert first.text == ("< Kyiv > praised < Warsaw > for its help but condemned < Budapest > "
                          "for blocking the aid.")
    for item, marker, (s, e) in zip(first.items, first.markers, first.spans):
        assert first.text[marker] == "<"
        assert first.text[s:e] == SENTENCE[spans[item][0]:spans[item][1]]
    # the repeated Kyiv span goes to a second pass of the same sentence
    assert groups[1].items == [3] and groups[1].text.startswith("< Kyiv > praised Warsaw")


def test_encoding_finds_each_marker_and_its_word_pieces():
    groups = onepass.encode_groups(onepass.group_targets([SENTENCE] * 2, [(0, 4), (47, 55)]),
                                   max_length=160)
    (g,) = groups
    tokens = g.encoding.tokens
    assert [tokens[k] for k in g.marker_tokens] == ["<", "<"]
    assert ["".join(tokens[k] for k in span).replace("##", "") for span in g.span_tokens] == [
        "kyiv", "budapest"]
    arrays = onepass.collate(groups, pad_id=0)
    assert arrays["target_batch"].tolist() == [0, 0]
    assert arrays["target_span"].sum(axis=1).tolist() == [len(s) for s in g.span_tokens]
    # a target beyond the truncation point is reported, not silently given a wrong token
    cut = onepass.encode_groups(onepass.group_targets([SENTENCE] * 2, [(0, 4), (47, 55)]),
                                max_length=12)[0]
    assert cut.items == [0] and cut.dropped == [1]


def test_training_loop_smoke(tmp_path):
    from analysis.models import TrainConfig

    sentences = ["The rebels routed the army near the river.", "Kyiv praised Warsaw.",
                 "The ministry met on Monday.", "Critics condemned Budapest."] * 2
    spans = [(22, 26), (13, 19), (4, 12), (18, 26)] * 2
    groups = onepass.encode_groups(onepass.group_targets(sentences, spans), max_length=32)
    labels = np.array([0, 2, 1, 0] * 2)
    seen = []

    def evaluate(model, epoch):
        logits, passes = onepass.predict(model, groups, len(sentences), 3)
        seen.append((logits, passes))
        return {"dev_mean_macro_f1": 0.0}

    cfg = TrainConfig(epochs=1, batch_size=4, lora_r=4, lora_alpha=8, seed=1)
    out = tmp_path / "history.json"
    history = onepass.train(groups, labels, cfg, n_labels=3, evaluate=evaluate, out=out,
                            save=tmp_path / "model", meta={"labels": ["n", "o", "p"]},
                            log=lambda m: None)
    (logits, passes), = seen
    assert logits.shape == (8, 3) and not np.isnan(logits).any()
    assert passes == 8  # a repeated (sentence, span) is another pass, not merged
    assert json.loads(out.read_text())["epochs"][0]["epoch"] == 1
    assert history["groups"] == 8 and history["best_epoch"] == 1
    # the saved best epoch gives the logits it was evaluated with
    saved = onepass.load_pooled(tmp_path / "model")
    again, _ = onepass.predict(saved, groups, len(sentences), 3)
    np.testing.assert_allclose(again, logits, atol=1e-5)
