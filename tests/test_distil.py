"""The ensemble / distillation experiment: soft targets, the ensemble's members, and the
CheckList run on any scorer."""

from __future__ import annotations

import numpy as np
import pytest

from analysis.checklist import CASES, run_checklist
from analysis.models import TrainConfig, distil, onepass
from analysis.stance import (DEFAULT_STANCE_MODEL, FAST_STANCE_MODEL, LABELS, TargetExample,
                             probabilities_frame, read_newsmtsc, train_stance,
                             training_examples)

SENTENCE = "Kyiv praised Warsaw for its help but condemned Budapest for blocking the aid."


def test_soft_targets_mix_gold_and_teacher():
    teacher = np.array([[0.2, 0.7, 0.1], [0.1, 0.1, 0.8]])
    out = distil.soft_targets([0, 2], teacher, gold_share=0.5)
    np.testing.assert_allclose(out, [[0.6, 0.35, 0.05], [0.05, 0.05, 0.9]])
    np.testing.assert_allclose(out.sum(axis=1), 1.0)
    with pytest.raises(ValueError, match="gold_share"):
        distil.soft_targets([0, 2], teacher, gold_share=1.5)
    with pytest.raises(ValueError, match="gold ids"):
        distil.soft_targets([0, 3], teacher)


def test_checklist_runs_on_any_scorer():
    def always_neutral(sentences, spans):
        return probabilities_frame(np.tile([0.1, 0.8, 0.1], (len(sentences), 1)), LABELS)

    results = run_checklist(scorer=always_neutral)
    assert len(results) == len(CASES)
    mft = results[results["kind"] == "MFT"]
    # a constant scorer passes exactly the cases that expect its label
    assert (mft["passed"] == (mft["expect"] == "neutral")).all()
    assert (results[results["kind"] == "INV"]["passed"]).all()
    with pytest.raises(ValueError, match="not both"):
        run_checklist(scorer=always_neutral, model=object())


class FakeMembers:
    """Two fixed 'models': the pair model always says negative, the one-pass model positive."""

    def probabilities(self, sentences, spans):
        n = len(sentences)
        return np.tile([0.7, 0.2, 0.1], (n, 1)), np.tile([0.1, 0.2, 0.7], (n, 1))


def test_measure_scores_each_weight_on_sets_and_checklist():
    exs = [TargetExample(SENTENCE, 0, 4, 0), TargetExample(SENTENCE, 47, 55, 2)]
    rows = distil.measure(FakeMembers(), {"a": exs[:1], "b": exs}, ["a"], weights=(1.0, 0.2))
    pair_only, mostly_onepass = rows
    assert pair_only["weight_first"] == 1.0 and mostly_onepass["weight_first"] == 0.2
    assert pair_only["a_accuracy"] == 1.0 and mostly_onepass["a_accuracy"] == 0.0
    assert pair_only["b_accuracy"] == mostly_onepass["b_accuracy"] == 0.5
    assert pair_only["dev_mean_macro_f1"] == pair_only["a_macro_f1"]
    # a constant negative scorer passes some cases, and every failure reads negative
    assert 0 < pair_only["checklist_ALL"] < 1
    assert pair_only["checklist_failures"]
    assert all(" -> negative " in f for f in pair_only["checklist_failures"])


def test_one_hot_soft_targets_train_like_gold_labels(tmp_path, newsmtsc_dir):
    from safetensors.numpy import load_file

    cfg = TrainConfig(epochs=1, max_steps=2, batch_size=8, seed=1, label_smoothing=0.1)
    gold = [ex.label for ex in training_examples(newsmtsc_dir)]
    assert gold == [ex.label for ex in read_newsmtsc(newsmtsc_dir / "train.jsonl")]
    train_stance(newsmtsc_dir, tmp_path / "hard", cfg, limit=16, log=lambda m: None)
    train_stance(newsmtsc_dir, tmp_path / "soft", cfg, limit=16, log=lambda m: None,
                 soft_targets=np.eye(3)[gold])
    a = load_file(str(tmp_path / "hard" / "adapter_model.safetensors"))
    b = load_file(str(tmp_path / "soft" / "adapter_model.safetensors"))
    assert a.keys() == b.keys()
    for key in a:
        np.testing.assert_allclose(a[key], b[key], atol=1e-6, err_msg=key)
    # and a soft target that is not one-hot trains something else
    train_stance(newsmtsc_dir, tmp_path / "flat", cfg, limit=16, log=lambda m: None,
                 soft_targets=np.full((len(gold), 3), 1 / 3))
    c = load_file(str(tmp_path / "flat" / "adapter_model.safetensors"))
    assert any(not np.allclose(a[k], c[k], atol=1e-6) for k in a)


def test_soft_targets_of_the_wrong_shape_are_refused(tmp_path, newsmtsc_dir):
    cfg = TrainConfig(epochs=1, max_steps=1, batch_size=8, seed=1)
    n = len(training_examples(newsmtsc_dir))
    # rows are per example of the whole training read, also under a limit
    for bad in (np.ones((n, 2)) / 2, np.ones((16, 3)) / 3, np.ones((n, 3))):
        with pytest.raises(ValueError, match="soft_targets"):
            train_stance(newsmtsc_dir, tmp_path / "x", cfg, limit=16, log=lambda m: None,
                         soft_targets=bad)


def test_soft_targets_refuse_class_weights():
    from analysis.models import InputBatchSpec, train_classifier

    cfg = TrainConfig(epochs=1, max_steps=1, class_weights=[1.0, 2.0, 1.0])
    with pytest.raises(ValueError, match="class_weights"):
        train_classifier(labels=LABELS, train=InputBatchSpec(["a b"]),
                         targets=np.array([[0.2, 0.5, 0.3]]), cfg=cfg,
                         evaluate=lambda m: {}, select_key="x")


def test_members_give_two_distributions_and_fall_back_when_truncated(tmp_path):
    model = onepass.build_model(3, TrainConfig(lora_r=4, lora_alpha=8))
    onepass.save_pooled(model, tmp_path / "pooled", {"labels": LABELS, "max_length": 12,
                                                      "input_form": "pooled"})
    members = distil.Members(FAST_STANCE_MODEL, tmp_path / "pooled")
    first, second = members.probabilities([SENTENCE] * 2, [(0, 4), (47, 55)])
    assert first.shape == second.shape == (2, 3)
    np.testing.assert_allclose(first.sum(axis=1), 1.0, atol=1e-6)
    np.testing.assert_allclose(second.sum(axis=1), 1.0, atol=1e-6)
    # Budapest lies beyond 12 word pieces: the pooled model cannot read it, so both members
    # give the first model's answer there
    np.testing.assert_array_equal(second[1], first[1])
    two_targets = [TargetExample(SENTENCE, 0, 4, 1), TargetExample(SENTENCE, 47, 55, 0)]
    teacher = distil.teacher_probabilities(two_targets, members, weight=0.25)
    np.testing.assert_allclose(teacher, 0.25 * first + 0.75 * second, atol=1e-6)
    with pytest.raises(ValueError, match="spans"):
        members.probabilities([SENTENCE], [(0, 4), (47, 55)])



def test_stored_teacher_probabilities_follow_the_training_order(tmp_path):
    import json

    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps({"sentence_normalized": SENTENCE, "targets": [
        {"from": 0, "to": 4, "polarity": 4.0}, {"from": 47, "to": 55, "polarity": 2.0}]}) + "\n")
    b.write_text(json.dumps({"sentence_normalized": SENTENCE, "targets": [
        {"from": 13, "to": 19, "polarity": 6.0}]}) + "\n")
    pa = np.array([[0.1, 0.8, 0.1], [0.7, 0.2, 0.1]], dtype=np.float32)
    pb = np.array([[0.1, 0.1, 0.8]], dtype=np.float32)
    stored = tmp_path / "soft.npz"
    np.savez(stored, **{str(a): pa, str(b): pb})
    # b listed twice (the recipe's oversampling) repeats its rows
    got = distil.stored_probabilities([a, b, b], stored)
    np.testing.assert_allclose(got, np.concatenate([pa, pb, pb]), atol=1e-7)
    c = tmp_path / "c.jsonl"
    c.write_text(b.read_text())
    with pytest.raises(ValueError, match="no teacher probabilities for .*c.jsonl"):
        distil.stored_probabilities([a, c], stored)
    np.savez(stored, **{str(a): pa[:1], str(b): pb})
    with pytest.raises(ValueError, match="a.jsonl has 2 targets but 1 rows"):
        distil.stored_probabilities([a], stored)


def test_distil_cli_needs_one_teacher(capsys):
    with pytest.raises(SystemExit):
        distil.main(["train", "--data", "x"])
    assert "one of the arguments --onepass --teacher-probs is required" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        distil.main(["measure", "--data", "x", "--teacher-probs", "p.npz"])
    assert "measure takes --onepass" in capsys.readouterr().err


def test_distil_train_starts_from_stance_v2_and_takes_a_seed(tmp_path, monkeypatch):
    import json

    import analysis.stance as st

    seen = {}

    def fake_train(data, out, cfg, **kwargs):
        seen["cfg"] = cfg
        out.mkdir(parents=True)
        return {"settings": {"init_from": cfg.init_from}}

    examples = [TargetExample(SENTENCE, 0, 4, 1), TargetExample(SENTENCE, 47, 55, 0)]
    monkeypatch.setattr(st, "train_stance", fake_train)
    monkeypatch.setattr(st, "training_examples", lambda *a, **k: examples)
    monkeypatch.setattr(st, "training_files", lambda *a, **k: [])
    monkeypatch.setattr(distil, "stored_probabilities",
                        lambda files, stored: np.tile([0.2, 0.6, 0.2], (2, 1)))
    base = ["train", "--data", str(tmp_path), "--teacher-probs", "p.npz"]
    assert distil.main([*base, "--out", str(tmp_path / "a")]) == 0
    # the recorded students all continue stance-v2, whatever the shipped default is now
    assert seen["cfg"].init_from == str(distil.STUDENT_INIT)
    assert distil.STUDENT_INIT.name == "stance-v2" != DEFAULT_STANCE_MODEL.name
    assert seen["cfg"].seed == 7  # the recipe war-x2-seed7's
    metrics = json.loads((tmp_path / "a" / "metrics.json").read_text())
    assert metrics["settings"]["init_from"] == "analysis/artifacts/stance-v2"
    assert distil.main([*base, "--out", str(tmp_path / "b"), "--seed", "21",
                        "--init", str(tmp_path / "elsewhere")]) == 0
    assert seen["cfg"].seed == 21 and seen["cfg"].init_from == str(tmp_path / "elsewhere")


def _unlabelled_file(path):
    import json

    path.write_text(json.dumps({"sentence_normalized": SENTENCE, "targets": [
        {"from": 13, "to": 19, "mention": "Warsaw"},
        {"from": 47, "to": 55, "mention": "Budapest"}]}) + "\n")
    return path


def test_unlabelled_files_read_without_labels_and_come_last(tmp_path):
    f = _unlabelled_file(tmp_path / "articles.jsonl")
    examples = read_newsmtsc(f, labelled=False)
    assert [(ex.start, ex.end, ex.label) for ex in examples] == [(13, 19, None), (47, 55, None)]
    # read as a labelled file, the missing polarity is an error naming file and line
    with pytest.raises(ValueError, match=r"articles.jsonl:1: not a NewsMTSC record"):
        read_newsmtsc(f)
    data = tmp_path / "newsmtsc"
    data.mkdir()
    (data / "train.jsonl").write_text(__import__("json").dumps({
        "sentence_normalized": SENTENCE, "targets": [{"from": 0, "to": 4, "polarity": 4.0}]})
        + "\n")
    rows = training_examples(data, [data / "train.jsonl"], unlabelled=[f])
    assert [ex.label for ex in rows] == [1, 1, None, None]


def test_train_stance_refuses_unlabelled_files_without_a_teacher(tmp_path):
    f = _unlabelled_file(tmp_path / "articles.jsonl")
    with pytest.raises(ValueError, match="unlabelled files have no gold labels"):
        train_stance(tmp_path, tmp_path / "out", TrainConfig(epochs=1, max_steps=1),
                     unlabelled=[f], log=lambda m: None)


def test_stored_probabilities_merge_several_files(tmp_path):
    import json

    a = tmp_path / "a.jsonl"
    a.write_text(json.dumps({"sentence_normalized": SENTENCE, "targets": [
        {"from": 0, "to": 4, "polarity": 4.0}]}) + "\n")
    u = _unlabelled_file(tmp_path / "u.jsonl")
    pa = np.array([[0.1, 0.8, 0.1]], dtype=np.float32)
    pu = np.array([[0.2, 0.2, 0.6], [0.6, 0.3, 0.1]], dtype=np.float32)
    np.savez(tmp_path / "train.npz", **{str(a): pa})
    np.savez(tmp_path / "unl.npz", **{str(u): pu})
    got = distil.stored_probabilities([a, u], [tmp_path / "train.npz", tmp_path / "unl.npz"])
    np.testing.assert_allclose(got, np.concatenate([pa, pu]), atol=1e-7)
    with pytest.raises(ValueError, match="no teacher probabilities for .*u.jsonl"):
        distil.stored_probabilities([a, u], [tmp_path / "train.npz"])


def test_unlabelled_targets_learn_from_the_teacher_alone(tmp_path, monkeypatch):
    """Through the real reading order (training files, then the unlabelled file) and real stored
    probabilities: labelled rows mix gold and teacher, unlabelled rows are the teacher's."""
    import json

    import analysis.stance as st
    from analysis.models.teacher import save_probabilities
    from analysis.sweep import RUNS, _files

    seen = {}

    def fake_train(data, out, cfg, **kwargs):
        seen.update(kwargs)
        out.mkdir(parents=True)
        return {"settings": {}}

    monkeypatch.setattr(st, "train_stance", fake_train)
    data = tmp_path / "data"
    (data / "newsmtsc").mkdir(parents=True)
    (data / "newsmtsc" / "train.jsonl").write_text(json.dumps({
        "sentence_normalized": SENTENCE, "targets": [{"from": 0, "to": 4, "polarity": 4.0},
                                                     {"from": 47, "to": 55, "polarity": 2.0}]})
        + "\n")
    unl = _unlabelled_file(tmp_path / "articles.jsonl")
    extra = [f for kind in RUNS["war-x2-seed7"]["extra"] for f in _files(kind, data)]
    flat = {f: np.full((len(read_newsmtsc(f)), 3), 1 / 3, dtype=np.float32) for f in extra}
    news = np.array([[0.2, 0.6, 0.2], [0.2, 0.5, 0.3]], dtype=np.float32)
    teacher = np.array([[0.1, 0.2, 0.7], [0.5, 0.3, 0.2]], dtype=np.float32)
    save_probabilities(tmp_path / "a.npz", {data / "newsmtsc" / "train.jsonl": news, **flat})
    save_probabilities(tmp_path / "b.npz", {unl: teacher})
    assert distil.main(["train", "--data", str(data), "--teacher-probs", str(tmp_path / "a.npz"),
                        str(tmp_path / "b.npz"), "--out", str(tmp_path / "run"),
                        "--unlabelled", str(unl)]) == 0
    soft = seen["soft_targets"]
    assert soft.shape == (2 + sum(len(flat[f]) for f in extra) + 2, 3)  # war train twice
    np.testing.assert_allclose(soft[:2], 0.5 * np.eye(3)[[1, 0]] + 0.5 * news, atol=1e-6)
    np.testing.assert_allclose(soft[-2:], teacher, atol=1e-6)  # no gold to mix in
    assert seen["unlabelled"] == [unl]
    record = json.loads((tmp_path / "run" / "metrics.json").read_text())["distillation"]
    assert record["unlabelled"] == [str(unl)]
    assert record["teacher"] == f"{tmp_path / 'a.npz'} {tmp_path / 'b.npz'}"


def test_stored_probabilities_refuse_a_file_changed_since_labelling(tmp_path):
    from analysis.models.teacher import save_probabilities

    u = _unlabelled_file(tmp_path / "u.jsonl")
    save_probabilities(tmp_path / "u.npz", {u: np.full((2, 3), 1 / 3, dtype=np.float32)})
    assert distil.stored_probabilities([u], tmp_path / "u.npz").shape == (2, 3)
    # same number of targets, another span: only the digest tells
    u.write_text(u.read_text().replace('"from": 13, "to": 19, "mention": "Warsaw"',
                                       '"from": 0, "to": 4, "mention": "Kyiv"'))
    with pytest.raises(ValueError, match=r"u.npz: .*u.jsonl changed since"):
        distil.stored_probabilities([u], tmp_path / "u.npz")


def test_distil_refuses_a_dev_or_held_out_file_as_unlabelled(tmp_path, capsys):
    from analysis.sweep import WAR

    for f in (WAR / "dev.jsonl", WAR / "heldout.jsonl", WAR / "train.jsonl"):
        with pytest.raises(SystemExit):
            distil.main(["train", "--data", str(tmp_path), "--teacher-probs", "p.npz",
                         "--unlabelled", str(f)])
        assert "a dev, held-out or labelled training file" in capsys.readouterr().err


def test_distil_refuses_unlabelled_text_that_holds_dev_sentences(tmp_path, capsys):
    # The unlabelled articles were later labelled as the war-news set's third round, and 15 %
    # of their sentences went to its dev split: as unlabelled text they would now leak.
    from analysis.warnews import UNLABELLED_DIR

    with pytest.raises(SystemExit):
        distil.main(["train", "--data", str(tmp_path), "--teacher-probs", "p.npz",
                     "--unlabelled", str(UNLABELLED_DIR / "articles.jsonl")])
    assert "of its sentences are in a dev or held-out file" in capsys.readouterr().err


def test_the_stored_all12_teacher_probabilities_cover_the_recipes_training_files(
        newsmtsc_dir, monkeypatch, tmp_path):
    """``data/stance-sweep/teacher-all12-train-soft.npz`` (the all-12-layer LoRA teacher on the
    recipe's training files with the five-round war-news split, `ROUND5_SPLIT_PARTS`, rebuilt
    here: the sixth round joined the split after it was stored) still matches those files, row
    for row and by sha256, holds distributions, and agrees with their gold labels about as often
    as a teacher fitted to them should: a changed file or a wrong row order fails here."""
    import shutil
    from pathlib import Path

    from analysis import warnews
    from analysis.stance import training_files
    from analysis.sweep import RUNS, _files

    repo = Path(__file__).resolve().parents[1]
    # The .npz keys are paths relative to the repository root: a stand-in root whose war-news
    # folder holds the five-round split and whose other paths lead to the real files.
    root = tmp_path / "repo"
    (root / "data").mkdir(parents=True)
    (root / "analysis").symlink_to(repo / "analysis")
    (tmp_path / "shared").symlink_to(newsmtsc_dir.parents[1])
    war = shutil.copytree(warnews.DATA_DIR, root / "data" / "war-news-stance")
    assert warnews.main(["build", "--data", str(war),
                         "--train-parts", *warnews.ROUND5_SPLIT_PARTS]) == 0
    monkeypatch.chdir(root)
    data = newsmtsc_dir.parent
    extra = [war / "train.jsonl" if f.resolve() == (warnews.DATA_DIR / "train.jsonl").resolve()
             else f for kind in RUNS["war-x2-seed7"]["extra"] for f in _files(kind, data)]
    assert war / "train.jsonl" in extra
    files = training_files(newsmtsc_dir, extra)
    stored = repo / "data" / "stance-sweep" / "teacher-all12-train-soft.npz"
    probs = distil.stored_probabilities(files, stored)
    gold = np.array([ex.label for ex in training_examples(newsmtsc_dir, extra)])
    assert probs.shape == (len(gold), 3)
    np.testing.assert_allclose(probs.sum(1), 1.0, atol=1e-4)
    assert (probs.argmax(1) == gold).mean() >= 0.85
    monkeypatch.chdir(repo)  # today's six-round split: its keys, another file
    with pytest.raises(ValueError, match=r"\d+ targets but 12288 rows .* label it again"):
        distil.stored_probabilities(training_files(newsmtsc_dir, [
            warnews.DATA_DIR / "train.jsonl" if f == war / "train.jsonl" else f
            for f in extra]), stored)


def test_an_artifact_labels_files_at_temperature_one(tmp_path):
    """``teacher label --model``: a shipped artifact's probabilities, one row per target in file
    order, as the runtime scores them but with the artifact's temperature left out; a folder that
    is no stance model is refused by name."""
    from analysis.models.runtime import load_model, softmax
    from analysis.models.teacher import main as teacher_main
    from analysis.stance import score_targets, temperature

    u = _unlabelled_file(tmp_path / "u.jsonl")
    out = tmp_path / "soft.npz"
    assert teacher_main(["label", "--model", str(DEFAULT_STANCE_MODEL), "--out", str(out),
                         str(u)]) == 0
    probs = distil.stored_probabilities([u], out)  # also checks the stored digest
    assert probs.shape == (2, 3)
    served = score_targets([SENTENCE, SENTENCE], [(13, 19), (47, 55)])
    loaded = load_model(DEFAULT_STANCE_MODEL)
    t = temperature(loaded)
    assert t != 1.0  # else the comparison below could not tell the temperature was left out
    # served = softmax(logits / T); log(probs) = logits + c, so softmax(log(probs) / T) = served
    again = softmax(np.log(probs.astype(np.float64)) / t)
    np.testing.assert_allclose(again, served[[f"p_{x}" for x in LABELS]].to_numpy(), atol=1e-4)
    assert not np.allclose(probs, again, atol=1e-3)
    from pathlib import Path

    sentiment = Path(DEFAULT_STANCE_MODEL).parent / "sentiment-v2"
    with pytest.raises(SystemExit, match="sentiment-v2.*not a stance artifact"):
        teacher_main(["label", "--model", str(sentiment), "--out", str(out), str(u)])


@pytest.mark.parametrize("span", [(0.0, 4.7), ("0", "4"), (0, 99)])
def test_the_ensemble_members_refuse_a_bad_span_before_any_model_runs(span):
    members = distil.Members.__new__(distil.Members)  # no models: the spans are checked first
    with pytest.raises(ValueError, match="span 1"):
        members.probabilities(["Kyiv said so.", "Kyiv said so."], [(0, 4), span])
