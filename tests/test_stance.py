"""The stance model: interface contract, the shipped artifact, and the training entry point."""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis import score_targets
from analysis.models import ModelArtifactError, load_model
from analysis.stance import (DEFAULT_STANCE_MODEL, FAST_STANCE_MODEL, TargetExample,
                             encode_example, evaluate_file, read_newsmtsc, target_window,
                             train_stance)
from analysis.models import TrainConfig

SENTENCES = [
    "The rebels' troops are advancing on the capital.",
    "The retreating army left the town mined.",
    "The ministry said on Monday that the talks would resume.",
]
SPANS = [(4, 10), (15, 19), (4, 12)]


def test_score_targets_contract():
    out = score_targets(SENTENCES, SPANS)
    assert list(out.columns) == ["label", "p_negative", "p_neutral", "p_positive"]
    assert len(out) == 3
    assert set(out["label"]) <= {"negative", "neutral", "positive"}
    np.testing.assert_allclose(out[["p_negative", "p_neutral", "p_positive"]].sum(axis=1), 1.0,
                               atol=1e-5)
    # label is the argmax of the probabilities
    argmax = out[["p_negative", "p_neutral", "p_positive"]].to_numpy().argmax(axis=1)
    assert out["label"].tolist() == [["negative", "neutral", "positive"][i] for i in argmax]


def test_score_targets_keeps_input_order():
    forward = score_targets(SENTENCES, SPANS)
    backward = score_targets(SENTENCES[::-1], SPANS[::-1])
    pd.testing.assert_frame_equal(forward, backward.iloc[::-1].reset_index(drop=True),
                                  atol=1e-6, check_exact=False)


def test_scores_do_not_depend_on_batch_size():
    sentences = SENTENCES * 12
    spans = SPANS * 12
    one = score_targets(sentences, spans, batch_size=1)
    many = score_targets(sentences, spans, batch_size=32)
    assert (one["label"] == many["label"]).all()
    np.testing.assert_allclose(one.iloc[:, 1:].to_numpy(), many.iloc[:, 1:].to_numpy(), atol=1e-6)


def test_clear_stance_cases():
    out = score_targets(["The rebels' troops are advancing and have won another battlefield victory.",
                         "The army suffered a humiliating defeat and fled, leaving the town mined."],
                        [(4, 10), (4, 8)])
    assert out["label"].tolist() == ["positive", "negative"]


@pytest.mark.parametrize("span, index", [((3, 3), 1), ((0, 500), 1), ((-1, 2), 1), ((2, 1), 1),
                                         ((0.0, 2.7), 1), ("06", 1), ((0, 2, 3), 1),
                                         ((True, 2), 1), (None, 1)])
def test_bad_span_names_the_index(span, index):
    with pytest.raises(ValueError, match=rf"span {index}\b"):
        score_targets(["Kyiv said so.", "Moscow said so."], [(0, 4), span])


def test_a_huge_whole_float_span_is_quoted_as_given():
    """1e300 is a whole number to Python; the message once printed all 301 digits of it."""
    with pytest.raises(ValueError, match=r"span 1 = \(0, 1e\+300\) is empty or outside "
                                         r"sentence 1 of length 15$"):
        score_targets(["Kyiv said so.", "Moscow said so."], [(0, 4), (0, 1e300)])


def test_a_numpy_span_is_quoted_as_a_number():
    with pytest.raises(ValueError, match=r"span 1 = \(0, 99\) is empty or outside"):
        score_targets(["Kyiv said so.", "Moscow said so."], [(0, 4), np.array([0, 99])])


def test_a_sentence_that_is_not_text_names_the_index():
    with pytest.raises(ValueError, match=r"sentence 1 is float, not text"):
        score_targets(["Kyiv said so.", float("nan")], [(0, 4), (0, 4)])


def test_numpy_spans_are_whole_numbers_too():
    out = score_targets(["Kyiv said so."], [np.array([0, 4])])
    assert out["label"].isin(["negative", "neutral", "positive"]).all()


def test_whole_valued_float_spans_are_read_as_their_numbers():
    # A span column pandas made float (a missing value elsewhere in the CSV) holds 0.0, 4.0.
    sentences = ["Kyiv said so.", "Kyiv and Moscow said so."]
    as_ints = score_targets(sentences, [(0, 4), (9, 15)])
    as_floats = score_targets(sentences, [(0.0, 4.0), np.array([9.0, 15.0])])
    pd.testing.assert_frame_equal(as_ints, as_floats)
    for bad in [(0.0, float("nan")), (0.0, float("inf")), (np.float64(0.5), 4)]:
        with pytest.raises(ValueError, match=r"span 1 is not a \(start, end\) pair"):
            score_targets(sentences, [(0, 4), bad])


def test_empty_input():
    out = score_targets([], [])
    assert out.empty and list(out.columns) == ["label", "p_negative", "p_neutral", "p_positive"]


def test_model_loads_with_network_blocked():
    # conftest blocks every non-loopback connection for the whole suite; prove it is in force.
    with pytest.raises(Exception, match="blocked"):
        socket.create_connection(("203.0.113.1", 443), timeout=1)
    loaded = load_model(DEFAULT_STANCE_MODEL)
    assert loaded.labels == ["negative", "neutral", "positive"]


@pytest.mark.parametrize("artifact", [DEFAULT_STANCE_MODEL, FAST_STANCE_MODEL])
def test_artifact_is_small(artifact):
    total = sum(p.stat().st_size for p in artifact.iterdir())
    assert total <= 10 * 1024 * 1024, f"stance artifact is {total / 2**20:.1f} MB"


def test_missing_artifact_error_names_path_and_fix(tmp_path):
    with pytest.raises(ModelArtifactError, match=str(tmp_path / "nope")) as info:
        load_model(tmp_path / "nope")
    assert "git checkout" in str(info.value)


@pytest.mark.parametrize("artifact, weights", [
    (DEFAULT_STANCE_MODEL, "upper-lowrank.safetensors"),
    (FAST_STANCE_MODEL, "adapter_model.safetensors")])
def test_corrupted_artifact_error(tmp_path, artifact, weights):
    broken = tmp_path / "broken"
    broken.mkdir()
    for f in artifact.iterdir():
        (broken / f.name).write_bytes(f.read_bytes())
    (broken / weights).write_bytes(b"not a safetensors file")
    with pytest.raises(ModelArtifactError, match=f"{broken}.*could not be loaded"):
        load_model(broken)


def test_shipped_model_reproduces_recorded_dev_score(newsmtsc_dir):
    metrics = json.loads((DEFAULT_STANCE_MODEL / "metrics.json").read_text())
    recorded = metrics["selected"]["dev-rw_macro_f1"]
    report = evaluate_file(newsmtsc_dir / "dev-rw.jsonl")
    assert report["n"] == 343
    assert abs(report["macro_f1"] - recorded) <= 0.005


def test_target_window_keeps_target_and_bounds_length():
    sentence = ("word " * 400) + "Kyiv" + (" word" * 400)
    start = sentence.index("Kyiv")
    text, s, e, offset = target_window(sentence, start, start + 4)
    assert len(text) <= 600 and text[s:e] == "Kyiv" and sentence[offset + s:offset + e] == "Kyiv"


def test_encode_marks_target_and_pairs_mention():
    text, pair = encode_example(TargetExample("Russia left Kherson.", 0, 6), "mark+pair")
    assert text == "< Russia > left Kherson." and pair == "Russia"
    text, pair = encode_example(TargetExample("Russia left Kherson.", 0, 6), "pair")
    assert text == "Russia left Kherson." and pair == "Russia"


def test_read_newsmtsc_maps_polarity(tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_text(json.dumps({"sentence_normalized": "A beat B.", "targets": [
        {"from": 0, "to": 1, "polarity": 6.0}, {"from": 7, "to": 8, "polarity": 2.0}]}) + "\n")
    assert [e.label for e in read_newsmtsc(f)] == [2, 0]
    f.write_text('{"targets": []}\n')
    with pytest.raises(ValueError, match=r"x\.jsonl:1"):
        read_newsmtsc(f)



@pytest.mark.parametrize("target, problem", [
    ({"from": 10, "to": 14}, "outside the sentence"),
    ({"from": -1, "to": 1}, "outside the sentence"),
    ({"from": 5, "to": 2}, "outside the sentence"),
    ({"from": 1, "to": 2}, "covers only whitespace"),
    ({"from": 0, "to": 1, "mention": "B"}, "not the mention 'B'"),
    ({"from": 0.0, "to": 1.9}, "not two whole numbers"),
    ({"from": "0", "to": 1}, "not two whole numbers"),
    ({"from": 0, "to": 1, "further_mentions": [{"from": 7, "to": 99}]}, "outside the sentence"),
    ({"from": 0, "to": 1e300}, "span (0, 1e+300) is empty or outside the sentence"),
])
def test_a_gold_target_that_does_not_point_into_its_sentence_is_refused(tmp_path, target,
                                                                        problem):
    """Evaluation would otherwise score a span the model never saw the mention in."""
    f = tmp_path / "gold.jsonl"
    good = {"sentence_normalized": "A beat B.", "targets": [{"from": 7, "to": 8,
                                                             "polarity": 4.0}]}
    bad = {"sentence_normalized": "A beat B.", "targets": [{**target, "polarity": 2.0}]}
    f.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=rf"gold\.jsonl:2: .*{re.escape(problem)}"):
        read_newsmtsc(f)


def test_a_gold_target_with_whole_valued_float_offsets_is_read(tmp_path):
    f = tmp_path / "gold.jsonl"
    record = {"sentence_normalized": "A beat B.", "targets": [{"from": 7.0, "to": 8.0,
                                                               "polarity": 2.0}]}
    f.write_text(json.dumps(record) + "\n", encoding="utf-8")
    [example] = read_newsmtsc(f)
    assert (example.start, example.end) == (7, 8)
    assert type(example.start) is int and type(example.end) is int


@pytest.mark.parametrize("content, problem", [
    (b"", "no records"),
    (b"\n\n", "no records"),
    (b'{"sentence_normalized": 5, "targets": []}\n', "not text"),
    (b'{"sentence_normalized": "A \x92beat B.", "targets": []}\n', ":1: not UTF-8 text"),
])
def test_a_gold_file_that_cannot_be_read_is_refused_by_name(tmp_path, content, problem):
    f = tmp_path / "gold.jsonl"
    f.write_bytes(content)
    with pytest.raises(ValueError, match=rf"gold\.jsonl.*{re.escape(problem)}"):
        read_newsmtsc(f)
    with pytest.raises(ValueError, match="a folder, not a NewsMTSC-format JSONL file"):
        read_newsmtsc(tmp_path)


def test_a_gold_file_with_old_mac_line_ends_reads_line_by_line(tmp_path):
    f = tmp_path / "gold.jsonl"
    record = json.dumps({"sentence_normalized": "A beat B.", "targets": [
        {"from": 0, "to": 1, "polarity": 6.0}]})
    f.write_bytes(f"{record}\r{record}\r\n{record}".encode())
    assert [e.label for e in read_newsmtsc(f)] == [2, 2, 2]


def test_a_gold_file_may_open_with_a_byte_order_mark(tmp_path):
    f = tmp_path / "gold.jsonl"
    f.write_bytes(b"\xef\xbb\xbf" + json.dumps({"sentence_normalized": "A beat B.", "targets": [
        {"from": 0, "to": 1, "polarity": 6.0}]}).encode() + b"\n")
    assert [e.label for e in read_newsmtsc(f)] == [2]

def test_training_entry_point_runs_end_to_end(tmp_path, newsmtsc_dir):
    out = tmp_path / "model"
    cfg = TrainConfig(epochs=1, max_steps=2, batch_size=8, seed=1)
    metrics = train_stance(newsmtsc_dir, out, cfg, limit=16, log=lambda m: None)
    assert {"adapter_model.safetensors", "adapter_config.json", "model.json",
            "metrics.json"} <= {p.name for p in out.iterdir()}
    assert set(metrics["data"]) >= {"train.jsonl", "dev-rw.jsonl", "dev-mt.jsonl"}
    assert "dev-rw_macro_f1" in metrics["selected"]
    # the new artifact loads and scores like the shipped one
    loaded = load_model(out)
    assert len(score_targets(SENTENCES, SPANS, model=loaded)) == 3
    adapter_cfg = json.loads((out / "adapter_config.json").read_text())
    assert "/" not in adapter_cfg["base_model_name_or_path"]
    # peft keeps target_modules as a set; unsorted, the same run would write different bytes
    assert adapter_cfg["target_modules"] == sorted(adapter_cfg["target_modules"])


def test_soup_of_an_artifact_with_itself_scores_like_it(tmp_path, capsys):
    from analysis.cli import main

    out = tmp_path / "soup"
    assert main(["soup-stance", "--out", str(out), str(FAST_STANCE_MODEL),
                 str(FAST_STANCE_MODEL)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    meta = json.loads((out / "model.json").read_text())
    assert meta["soup_of"] == [str(FAST_STANCE_MODEL)] * 2
    assert meta["input_form"] == "mark+pair"  # the components' input form, kept
    # the shipped model's temperature was fitted to its own logits, not the soup's
    t = json.loads((FAST_STANCE_MODEL / "model.json").read_text())["temperature"]
    assert t != 1.0 and "temperature" not in meta
    config = json.loads((out / "adapter_config.json").read_text())
    own = json.loads((FAST_STANCE_MODEL / "adapter_config.json").read_text())
    # rank doubles, scale alpha/r kept
    assert (config["r"], config["lora_alpha"]) == (2 * own["r"], 2 * own["lora_alpha"])
    soup = score_targets(SENTENCES, SPANS, model=load_model(out))
    plain = score_targets(SENTENCES, SPANS, model=load_model(FAST_STANCE_MODEL))
    assert soup["label"].tolist() == plain["label"].tolist()
    # plain = softmax(z / T), so softmax(T * log plain) = softmax(z): the soup's, at T = 1
    z = t * np.log(plain.iloc[:, 1:].to_numpy())
    untempered = np.exp(z - z.max(axis=1, keepdims=True))
    untempered /= untempered.sum(axis=1, keepdims=True)
    np.testing.assert_allclose(soup.iloc[:, 1:].to_numpy(), untempered, atol=1e-5)


def _newsmtsc_file(path, polarities):
    """SENTENCES / SPANS as a NewsMTSC-format file with the given gold polarity codes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = [{"primary_gid": f"g{i}", "sentence_normalized": s,
             "targets": [{"Input.gid": f"g{i}_0", "from": a, "to": b, "mention": s[a:b],
                          "polarity": pol}]}
            for i, (s, (a, b), pol) in enumerate(zip(SENTENCES, SPANS, polarities))]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def _leaning_copy(folder, shift):
    """A copy of the shipped stance model whose classifier bias is shifted by ``shift``."""
    import shutil

    from safetensors.torch import load_file, save_file

    shutil.copytree(FAST_STANCE_MODEL, folder)
    weights = folder / "adapter_model.safetensors"
    state = load_file(str(weights))
    key = next(k for k in state if k.endswith("classifier.bias"))
    state[key] = state[key] + torch_tensor(shift)
    save_file(state, str(weights))
    return folder


def torch_tensor(values):
    import torch

    return torch.tensor(values, dtype=torch.float32)


def test_soup_with_data_scores_the_soup_on_dev_and_keeps_heldout_out_of_the_key(tmp_path):
    from analysis.cli import main
    from analysis.stance import evaluate_examples

    data = tmp_path / "newsmtsc"
    files = {"dev-rw": _newsmtsc_file(data / "dev-rw.jsonl", [2.0, 2.0, 4.0]),
             "dev-mt": _newsmtsc_file(data / "dev-mt.jsonl", [6.0, 2.0, 4.0]),
             "war/dev": _newsmtsc_file(tmp_path / "war" / "dev.jsonl", [2.0, 4.0, 4.0]),
             "war/heldout": _newsmtsc_file(tmp_path / "war" / "heldout.jsonl", [6.0, 6.0, 6.0])}
    # two components that disagree: one pushed hard toward positive, one toward negative
    pos = _leaning_copy(tmp_path / "pos", [-4.0, 0.0, 8.0])
    neg = _leaning_copy(tmp_path / "neg", [8.0, 0.0, -4.0])
    out = tmp_path / "soup"
    assert main(["soup-stance", "--out", str(out), str(pos), str(neg), "--data", str(data),
                 "--dev-extra", str(files["war/dev"]),
                 "--heldout", str(files["war/heldout"])]) == 0
    metrics = json.loads((out / "metrics.json").read_text())
    selected = metrics["selected"]
    soup = load_model(out)
    for name, path in files.items():
        rep = evaluate_examples(soup, read_newsmtsc(path))
        assert selected[f"{name}_macro_f1"] == pytest.approx(rep["macro_f1"])
        assert selected[f"{name}_accuracy"] == pytest.approx(rep["accuracy"])
    # the scores are the soup's, not a component's: every example is positive for `pos`
    all_pos = evaluate_examples(load_model(pos), read_newsmtsc(files["war/heldout"]))
    assert all_pos["accuracy"] == 1.0 and selected["war/heldout_accuracy"] < 1.0
    dev_f1 = [selected[f"{n}_macro_f1"] for n in ("dev-rw", "dev-mt", "war/dev")]
    assert selected["dev_mean_macro_f1"] == pytest.approx(np.mean(dev_f1))
    assert selected["war/heldout_macro_f1"] != pytest.approx(selected["dev_mean_macro_f1"])
    assert sorted(metrics["data"]) == ["dev-mt.jsonl", "dev-rw.jsonl", "war/dev.jsonl",
                                       "war/heldout.jsonl"]
    assert sorted(metrics["soup_of"]) == sorted([str(pos), str(neg)])  # one record each
    assert metrics["backend"] in ("onnx", "torch")


def test_soup_refuses_ambiguous_files_and_folders(tmp_path, capsys):
    from analysis.cli import main

    data = tmp_path / "newsmtsc"
    dev = _newsmtsc_file(data / "dev-rw.jsonl", [2.0, 2.0, 4.0])
    _newsmtsc_file(data / "dev-mt.jsonl", [2.0, 2.0, 4.0])
    model = str(FAST_STANCE_MODEL)
    cases = [
        (["--out", str(tmp_path / "a"), model, model, "--data", str(data), "--heldout", str(dev)],
         "same name: dev-rw"),
        (["--out", str(tmp_path / "b"), model, model, "--heldout", str(dev)], "need --data"),
        (["--out", model, model, model], "is one of the components"),
        (["--out", str(data), model, model], "exists and is not empty"),
        (["--out", str(tmp_path / "c"), model, model, "--data", str(tmp_path)],
         "no such data file: " + str(tmp_path / "dev-rw.jsonl")),
    ]
    for args, message in cases:
        assert main(["soup-stance", *args]) == 2
        assert message in capsys.readouterr().err
    assert not any((tmp_path / name).exists() for name in "abc")  # refused before writing


def test_a_soup_of_models_trained_on_other_inputs_is_refused(tmp_path, capsys):
    import shutil

    from analysis.cli import main

    other = tmp_path / "other"
    shutil.copytree(FAST_STANCE_MODEL, other)
    meta = json.loads((other / "model.json").read_text())
    meta["input_form"] = "mark"
    (other / "model.json").write_text(json.dumps(meta))
    assert main(["soup-stance", "--out", str(tmp_path / "soup"), str(FAST_STANCE_MODEL),
                 str(other)]) == 2
    assert "differ in 'input_form'" in capsys.readouterr().err
    assert not (tmp_path / "soup").exists()


def test_a_soup_of_components_of_other_ranks_is_the_mean_of_their_changes(tmp_path, capsys):
    """stance-v3 (itself a soup, rank 32) with stance-v2 (rank 16): every module's change is the
    mean of the two, the head is averaged, the scale alpha/r is kept; a component with another
    scale is refused before anything is written."""
    import shutil

    from safetensors.torch import load_file

    from analysis.cli import main

    v2 = FAST_STANCE_MODEL.parent / "stance-v2"
    out = tmp_path / "soup"
    assert main(["soup-stance", "--out", str(out), str(FAST_STANCE_MODEL), str(v2)]) == 0
    capsys.readouterr()
    configs = [json.loads((f / "adapter_config.json").read_text())
               for f in (FAST_STANCE_MODEL, v2, out)]
    assert [c["r"] for c in configs] == [32, 16, 48]
    assert len({c["lora_alpha"] / c["r"] for c in configs}) == 1
    states = [load_file(str(f / "adapter_model.safetensors")) for f in (FAST_STANCE_MODEL, v2, out)]
    module = "base_model.model.bert.encoder.layer.3.attention.self.value"
    deltas = [(st[module + ".lora_B.weight"] @ st[module + ".lora_A.weight"]).double()
              for st in states]
    np.testing.assert_allclose(deltas[2].numpy(), ((deltas[0] + deltas[1]) / 2).numpy(),
                               atol=1e-6)
    head = "base_model.model.classifier.weight"
    np.testing.assert_allclose(states[2][head].numpy(),
                               ((states[0][head] + states[1][head]) / 2).numpy(), atol=1e-7)

    other = tmp_path / "other"
    shutil.copytree(v2, other)
    config = json.loads((other / "adapter_config.json").read_text())
    config["lora_alpha"] = 2 * config["lora_alpha"]
    (other / "adapter_config.json").write_text(json.dumps(config))
    assert main(["soup-stance", "--out", str(tmp_path / "refused"), str(v2), str(other)]) == 2
    assert "same LoRA scale" in capsys.readouterr().err
    assert not (tmp_path / "refused").exists()


def test_int8_quantisation_is_a_separate_close_copy(newsmtsc_dir):
    """The opt-in int8 copy of the small stance model leaves the shared fp32 model untouched and
    mostly agrees with it. (Not offered for the large default: torch's dynamic int8 of
    stance-large-v4 agreed with fp32 on 43 of these 60 pairs, stop 41.)"""
    from analysis.models import quantize_int8
    from analysis.stance import get_stance_model

    fp32 = get_stance_model(FAST_STANCE_MODEL)
    before = score_targets(SENTENCES, SPANS, model=fp32)
    int8 = quantize_int8(fp32)
    assert int8.model is not fp32.model and int8.digest != fp32.digest
    examples = read_newsmtsc(newsmtsc_dir / "dev-rw.jsonl")[:60]
    sentences = [ex.sentence for ex in examples]
    spans = [(ex.start, ex.end) for ex in examples]
    full = score_targets(sentences, spans, model=fp32)
    quant = score_targets(sentences, spans, model=int8)
    assert (full["label"] == quant["label"]).mean() >= 0.85
    assert np.abs(full["p_positive"] - quant["p_positive"]).max() > 0  # really a different model
    pd.testing.assert_frame_equal(score_targets(SENTENCES, SPANS, model=fp32), before)
    with pytest.raises(ValueError, match=f"{DEFAULT_STANCE_MODEL.name} has no int8 form"):
        quantize_int8(get_stance_model(DEFAULT_STANCE_MODEL))


# --------------------------------------------------------------------------------------------
# Calibration (temperature scaling)
# --------------------------------------------------------------------------------------------

def test_expected_calibration_error_by_hand():
    from analysis.stance import expected_calibration_error

    # two examples at confidence 0.9 (bin 9), one right one wrong: |0.5 - 0.9| * 2/4;
    # two at 0.6 (bin 6), both right: |1.0 - 0.6| * 2/4
    probs = np.array([[0.9, 0.05, 0.05], [0.9, 0.05, 0.05], [0.2, 0.6, 0.2], [0.2, 0.6, 0.2]])
    gold = [0, 1, 1, 1]
    assert expected_calibration_error(probs, gold) == pytest.approx(0.5 * 0.4 + 0.5 * 0.4)


def test_temperature_changes_probabilities_never_labels():
    import dataclasses

    from analysis import stance as st

    loaded = st.get_stance_model()
    sentences = ["The rebels routed the army near the river.", "Kyiv praised Warsaw for its help."]
    spans = [(4, 10), (0, 4)]
    base = st.score_targets(sentences, spans, model=loaded)
    hot = dataclasses.replace(loaded, meta={**loaded.meta, "temperature": 3.0})
    flat = st.score_targets(sentences, spans, model=hot)
    assert flat["label"].tolist() == base["label"].tolist()
    p = ["p_negative", "p_neutral", "p_positive"]
    assert (flat[p].max(axis=1) < base[p].max(axis=1)).all()  # hotter = less sure


def test_shipped_stance_temperature_was_fit_on_dev_only():
    meta = json.loads((DEFAULT_STANCE_MODEL / "model.json").read_text())
    calib = json.loads((DEFAULT_STANCE_MODEL / "metrics.json").read_text())["calibration"]
    assert meta["temperature"] == calib["temperature"] > 0
    assert not any("heldout" in f or "test" in f for f in calib["dev_files"])
    assert calib["dev"]["nll_after"] <= calib["dev"]["nll_before"]


def test_calibrate_records_selected_scores_once_and_refuses_other_ones(tmp_path, newsmtsc_dir,
                                                                      monkeypatch):
    """``calibrate-stance --write --record-selected`` stores each file's scores under
    ``selected`` as soup-stance names them, keeps an equal record, and refuses a different one
    without writing anything."""
    import shutil

    from analysis.cli import main
    from analysis.models import BACKEND_ENV, load_model
    from analysis.stance import calibrate_temperature, evaluate_examples

    monkeypatch.setenv(BACKEND_ENV, "torch")  # the small model on torch: no graph to export
    ROOT = Path(__file__).resolve().parent.parent
    model = tmp_path / "model"
    shutil.copytree(FAST_STANCE_MODEL, model)
    metrics = json.loads((model / "metrics.json").read_text())
    trained = metrics.pop("selected")
    (model / "metrics.json").write_text(json.dumps(metrics))
    files = {}
    for name, src in (("dev-rw", newsmtsc_dir / "dev-rw.jsonl"),
                      ("dev-mt", newsmtsc_dir / "dev-mt.jsonl"),
                      ("war-news-stance/heldout", ROOT / "data/war-news-stance/heldout.jsonl")):
        files[name] = tmp_path / f"{name}.jsonl"
        files[name].parent.mkdir(exist_ok=True)
        files[name].write_text("".join(src.read_text(encoding="utf-8").splitlines(True)[:25]),
                               encoding="utf-8")
    dev = [str(files["dev-rw"]), str(files["dev-mt"])]
    report = [str(files["war-news-stance/heldout"])]
    with pytest.raises(ValueError, match="needs write"):
        calibrate_temperature(model, dev, record_selected=True)
    assert main(["calibrate-stance", *dev, "--model", str(model), "--report", *report,
                 "--write", "--record-selected"]) == 0
    selected = json.loads((model / "metrics.json").read_text())["selected"]
    loaded = load_model(model)
    for name, f in files.items():
        rep = evaluate_examples(loaded, read_newsmtsc(f))
        assert selected[f"{name}_macro_f1"] == pytest.approx(rep["macro_f1"])
        assert selected[f"{name}_accuracy"] == pytest.approx(rep["accuracy"])
    assert selected["dev_mean_macro_f1"] == pytest.approx(
        (selected["dev-rw_macro_f1"] + selected["dev-mt_macro_f1"]) / 2)
    assert set(selected) == {f"{n}_{m}" for n in files for m in ("macro_f1", "accuracy")} | {
        "dev_mean_macro_f1"}
    # the same files again: an equal record stays; another record is refused, nothing written
    assert main(["calibrate-stance", *dev, "--model", str(model), "--report", *report,
                 "--write", "--record-selected"]) == 0
    metrics = json.loads((model / "metrics.json").read_text())
    metrics["selected"] = trained
    (model / "metrics.json").write_text(json.dumps(metrics))
    before = (model / "model.json").read_text()
    with pytest.raises(ValueError, match="already records other 'selected' scores"):
        calibrate_temperature(model, dev, write=True, record_selected=True)
    assert (model / "model.json").read_text() == before
    assert json.loads((model / "metrics.json").read_text())["selected"] == trained
    assert main(["calibrate-stance", *dev, "--model", str(model), "--record-selected"]) == 2


def test_paired_bootstrap_matches_sklearn_and_reads_a_clear_gain():
    from sklearn.metrics import f1_score

    from analysis.stance import _macro_f1_rows, paired_bootstrap

    rng = np.random.default_rng(3)
    gold = rng.integers(0, 3, size=(50, 40))
    pred = np.where(rng.random((50, 40)) < 0.6, gold, rng.integers(0, 3, size=(50, 40)))
    pred[0] = 0  # a row that never predicts two of the classes
    expected = [f1_score(g, p, labels=[0, 1, 2], average="macro", zero_division=0)
                for g, p in zip(gold, pred)]
    np.testing.assert_allclose(_macro_f1_rows(gold, pred, 3), expected, atol=1e-12)
    g = [0, 1, 2] * 30
    worse = [(y + 1) % 3 if i % 3 == 0 else y for i, y in enumerate(g)]  # a third wrong
    better = list(g)  # all right
    clear = paired_bootstrap([g, g], [worse, worse], [better, better], replicates=200)
    assert clear["p_not_better"] == 0.0 and clear["ci95"][0] > 0.2
    assert clear["gain"] == pytest.approx(np.mean(clear["per_set"]))
    same = paired_bootstrap([g], [worse], [worse], replicates=200)
    assert same["gain"] == 0.0 and same["p_not_better"] == 1.0  # no gain is not "better"
    # the same models swapped: the gain changes sign, the replicates mirror
    swapped = paired_bootstrap([g, g], [better, better], [worse, worse], replicates=200)
    assert swapped["gain"] == -clear["gain"] and swapped["p_not_better"] == 1.0
    with pytest.raises(ValueError, match="must be equal"):
        paired_bootstrap([g], [worse[:-1]], [better])
    with pytest.raises(ValueError, match="one gold, base and candidate"):
        paired_bootstrap([], [], [])


def test_compare_stance_command_scores_both_models_on_each_file(tmp_path, capsys):
    import json

    from analysis.cli import main as cli_main

    f = tmp_path / "war-dev.jsonl"
    f.write_text(json.dumps({"sentence_normalized": "The rebels routed the army near the river.",
                             "targets": [{"from": 4, "to": 10, "polarity": 6.0},
                                         {"from": 22, "to": 26, "polarity": 2.0}]}) + "\n")
    v2 = DEFAULT_STANCE_MODEL.parent / "stance-v2"
    assert cli_main(["compare-stance", str(v2), str(DEFAULT_STANCE_MODEL), str(f),
                     "--replicates", "50"]) == 0
    out = json.loads(capsys.readouterr().out)
    scores = out["files"]["war-dev"]
    assert set(out["files"]) == {"war-dev"} and set(scores) == {"base", "candidate"}
    assert out["gain"] == pytest.approx(scores["candidate"] - scores["base"])
    assert out["replicates"] == 50 and 0.0 <= out["p_not_better"] <= 1.0
