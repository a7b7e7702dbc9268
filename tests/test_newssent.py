"""The news sentence-sentiment data set (analysis.newssent) and the news decision rule."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from analysis import newssent as N
from analysis import sentiment as S
from analysis.models import TrainConfig, load_model


def _write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


PARTS = ("writer1", "writer2")
TEXTS = {  # id -> (text, valence A, valence B)
    "w1-1": ("Town celebrates first title in a century", 3, 2),
    "w1-2": ("Council to meet on Tuesday", 0, 0),
    "w1-3": ("Dozens killed as storm hits coast", -3, -3),
    "w1-4": ("Inflation edges up to 3.4 %", -1, 0),      # classes differ -> adjudicated
    "w2-1": ("No one was hurt in the fire, officials said.", 1, 1),
    "w2-2": ("The factory will close, cutting 400 jobs.", -2, -2),
    "w2-3": ("Talks resumed in Geneva on Monday.", 0, 1),  # classes differ -> unresolved
    "h-1": ("FLOODS FORCE THOUSANDS FROM HOMES", -2, -3),
    "h-2": ("Library reopens after repairs", 1, 2),
}


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    parts = {"writer1": ["w1-1", "w1-2", "w1-3", "w1-4"], "writer2": ["w2-1", "w2-2", "w2-3"],
             "heldout": ["h-1", "h-2"]}
    for part, ids in parts.items():
        _write(tmp_path / "raw" / f"{part}.jsonl",
               [{"id": i, "text": TEXTS[i][0], "kind": "headline", "style": "wire",
                 "topic": "t"} for i in ids])
        for which, col in (("A", 1), ("B", 2)):
            _write(tmp_path / "labels" / which / f"{part}.jsonl",
                   [{"id": i, "valence": TEXTS[i][col], "unsure": False} for i in ids])
    _write(tmp_path / "adjudication" / "decisions.jsonl",
           [{"id": "w1-4", "valence": -1, "rule": "a rise framed as a worry"},
            {"id": "w2-3", "unresolved": True}])
    return tmp_path


def test_class_of_is_the_sign():
    assert [N.class_of(v) for v in (-3, -0.5, 0, 0.5, 2)] == \
        ["negative", "negative", "neutral", "positive", "positive"]


def test_gold_is_mean_when_classes_agree_else_the_decision(folder):
    items = {i.id: i for i in N.load_items("writer1", folder)}
    assert items["w1-1"].valence == 2.5 and items["w1-1"].label == "positive"
    assert items["w1-4"].valence == -1.0 and items["w1-4"].label == "negative"
    unresolved = {i.id: i for i in N.load_items("writer2", folder)}["w2-3"]
    assert unresolved.label is None and unresolved.unresolved


def test_agreement_by_hand(folder):
    items = N.load_items("writer1", folder) + N.load_items("writer2", folder) \
        + N.load_items("heldout", folder)
    rep = N.agreement(items)
    # classes: 9 items, 7 agree (w1-4 and w2-3 differ)
    assert rep["sentences"] == 9 and rep["raw_agreement"] == round(7 / 9, 4)
    assert rep["disagreements"] == 2 and rep["not_yet_adjudicated"] == 0
    # Cohen's kappa by hand: A = [+,0,-,-,+,-,0,-,+], B = [+,0,-,0,+,-,+,-,+]
    p_o = 7 / 9
    a = {"negative": 4, "neutral": 2, "positive": 3}
    b = {"negative": 3, "neutral": 2, "positive": 4}
    p_e = sum(a[k] * b[k] for k in a) / 81
    assert rep["cohen_kappa"] == pytest.approx((p_o - p_e) / (1 - p_e), abs=1e-4)
    assert rep["gold"] == {"negative": 4, "neutral": 1, "positive": 3, "unresolved": 1}


def test_build_writes_splits_and_keeps_unresolved_out(folder):
    report = N.build(folder, train_parts=PARTS)
    written = sum(report[s]["written"] for s in ("train", "dev", "heldout"))
    assert written == 8  # 9 sentences, one unresolved, counted in agreement.json
    heldout = [json.loads(x) for x in (folder / "heldout.jsonl").read_text().splitlines()]
    assert [r["id"] for r in heldout] == ["h-1", "h-2"]
    assert heldout[0]["valence"] == -2.5 and heldout[0]["label"] == "negative"
    assert json.loads((folder / "agreement.json").read_text())["all"]["gold"]["unresolved"] == 1
    texts, labels, valence, kinds = N.read_split(folder / "heldout.jsonl")
    assert labels == ["negative", "positive"] and valence == [-2.5, 1.5]


def test_missing_label_names_file_and_id(folder):
    _write(folder / "labels" / "B" / "writer1.jsonl", [{"id": "w1-1", "valence": 2}])
    with pytest.raises(N.NewsSentimentDataError, match=r"w1-2 has no label in labels/B/writer1"):
        N.load_items("writer1", folder)


def test_bad_valence_names_file_and_line(folder):
    _write(folder / "labels" / "A" / "writer1.jsonl", [{"id": "w1-1", "valence": 5}])
    with pytest.raises(N.NewsSentimentDataError, match=r"writer1.jsonl:1: valence 5"):
        N.load_items("writer1", folder)


def test_decision_rule_by_hand():
    # gold neg, neu, neu, pos; argmax gets the 2nd row wrong (negative) and the 4th (neutral)
    probs = np.array([[0.7, 0.2, 0.1], [0.45, 0.4, 0.15], [0.2, 0.6, 0.2], [0.1, 0.5, 0.4]])
    gold = np.array([0, 1, 1, 2])
    rule = S.choose_decision_rule(probs, gold)
    assert rule["dev_macro_f1"] == 1.0 and rule["dev_macro_f1_argmax"] < 1.0
    assert S.predict_labels(probs, {"decision": rule}).tolist() == [0, 1, 1, 2]
    # the smallest shift that separates, by hand: row 2 needs -b_neg > log(0.45/0.4) = 0.118,
    # row 4 needs b_pos > log(0.5/0.4) = 0.223; on the 0.1 grid: b_neg = -0.2, b_pos = 0.3
    assert rule["log_bias"] == {"negative": -0.2, "neutral": 0.0, "positive": 0.3}
    # without a rule: the most probable class
    assert S.predict_labels(probs, {}).tolist() == [0, 0, 1, 1]


def test_zero_bias_is_kept_when_argmax_is_best():
    probs = np.array([[0.7, 0.2, 0.1], [0.2, 0.6, 0.2], [0.1, 0.3, 0.6]])
    rule = S.choose_decision_rule(probs, np.array([0, 1, 2]))
    assert rule["log_bias"] == {"negative": 0.0, "neutral": 0.0, "positive": 0.0}


def test_training_with_news_sentiment_chooses_a_rule(folder, tmp_path):
    if not (S.GOEMOTIONS_DIR / "train.tsv").is_file():
        pytest.skip("GoEmotions data not found")
    N.build(folder, train_parts=PARTS)
    # dev must not be empty for the tiny set: put every training sentence in dev by rebuilding
    # with train as dev too (the split rule itself is tested above).
    (folder / "dev.jsonl").write_text((folder / "train.jsonl").read_text()
                                      + (folder / "dev.jsonl").read_text())
    cfg = TrainConfig(epochs=1, max_steps=2, batch_size=8, max_length=32)
    out = tmp_path / "model"
    metrics = S.train_sentiment(S.GOEMOTIONS_DIR, out, cfg, news_sentiment_dir=folder,
                                news_sentiment_repeat=2, limit=40, log=lambda m: None)
    loaded = load_model(out)
    rule = loaded.meta["decision"]
    assert rule["dev_macro_f1"] >= rule["dev_macro_f1_argmax"]
    assert set(rule["log_bias"]) == set(S.LABELS) and rule["log_bias"]["neutral"] == 0.0
    assert "newssent_heldout" in metrics["final"]
    assert "pearson_r" in metrics["final"]["newssent_heldout"]["transformer"]
    assert metrics["n_train_news_sentiment"] > 0


def test_init_from_continues_a_trained_artifact(tmp_path):
    """--init-from starts from the artifact's adapter and head, not a fresh one; a large-encoder
    artifact (the shipped sentiment-v3) is refused with its path named."""
    from analysis.models import make_peft_model

    small = S.ARTIFACTS_DIR / "sentiment-v2"  # a LoRA artifact of the small encoder
    cfg = TrainConfig(init_from=str(small))
    model, tok = make_peft_model(S.LABELS, cfg)
    model.eval()
    shipped = load_model(small, backend="torch")
    import torch

    batch = tok(["Rescuers reached the trapped miners."], return_tensors="pt")
    with torch.no_grad():
        continued = model(**batch).logits.numpy()
        reference = shipped.model(**batch).logits.numpy()
    assert np.allclose(continued, reference, atol=1e-4)
    with pytest.raises(ValueError, match="has labels"):
        make_peft_model(["a", "b"], cfg)
    with pytest.raises(ValueError, match="sentiment-v3 is a large-encoder artifact"):
        make_peft_model(S.LABELS, TrainConfig(init_from=str(S.DEFAULT_SENTIMENT_MODEL)))


@pytest.mark.parametrize("module", ["newssent", "warnews"])
def test_committed_splits_are_what_the_build_writes(module, tmp_path):
    """The committed train/dev/heldout files and agreement.json of both written data sets are
    exactly what `python -m analysis.<module> build` writes from raw, labels and decisions."""
    import importlib
    import shutil

    mod = importlib.import_module(f"analysis.{module}")
    copy = tmp_path / "data"
    shutil.copytree(mod.DATA_DIR, copy)
    for f in ("train.jsonl", "dev.jsonl", "heldout.jsonl", "agreement.json"):
        (copy / f).unlink()
    assert mod.main(["build", "--data", str(copy)]) == 0
    for f in ("train.jsonl", "dev.jsonl", "heldout.jsonl", "agreement.json"):
        assert (copy / f).read_bytes() == (mod.DATA_DIR / f).read_bytes(), f


#: Each earlier round's splits, rebuilt with ``build --train-parts``, and where the digests of
#: the files its models were trained or chosen on are recorded: (training parts, a stance artifact
#: or a run of the sweep record, the splits that record holds).
EARLIER_ROUNDS = {
    "first round: stance-v2": (("writer1", "writer2", "writer3"), "stance-v2",
                               ("train", "dev", "heldout")),
    "second round: stance-v3": ("ROUND2_PARTS", "stance-v3", ("dev", "heldout")),
    "third round: the students of stops 28-31": ("ROUND3_PARTS", "student_t3_seed7_run",
                                                 ("train", "dev", "heldout")),
    "fourth round: stance-large-v3 and the runs of stops 32-37": (
        "ROUND4_SPLIT_PARTS", "stance-large-v3", ("train", "dev", "heldout")),
    "fifth round: stance-large-v4": ("ROUND5_SPLIT_PARTS", "stance-large-v4",
                                     ("train", "dev", "heldout")),
}


@pytest.mark.parametrize("round_name", list(EARLIER_ROUNDS))
def test_an_earlier_rounds_rebuild_is_what_its_models_recorded(round_name, tmp_path):
    """`build --train-parts` with an earlier round's training parts rebuilds the war-news splits
    its models were trained or chosen on byte for byte (their sha256 equal the digests the
    artifact's metrics.json or the sweep record holds), and that round's dev pairs are exactly
    those of today's dev file written by its parts."""
    import hashlib
    import shutil

    from analysis import warnews

    parts, recorded_by, splits = EARLIER_ROUNDS[round_name]
    parts = getattr(warnews, parts) if isinstance(parts, str) else parts
    copy = tmp_path / "war"
    shutil.copytree(warnews.DATA_DIR, copy)
    assert warnews.main(["build", "--data", str(copy), "--train-parts", *parts]) == 0
    package = Path(warnews.__file__).parent
    if (package / "artifacts" / recorded_by).is_dir():
        recorded = json.loads((package / "artifacts" / recorded_by
                               / "metrics.json").read_text())["data"]
    else:
        sweep = package.parent / "data" / "stance-sweep" / "distil-mpnet.json"
        recorded = json.loads(sweep.read_text())[recorded_by]["data"]
    for split in splits:
        digest = hashlib.sha256((copy / f"{split}.jsonl").read_bytes()).hexdigest()
        assert digest == recorded[f"war-news-stance/{split}.jsonl"], split
    then = (copy / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    today = (warnews.DATA_DIR / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    # a pair's id starts with its part: writer7 wrote w7-…
    prefixes = {part.replace("writer", "w") for part in parts}
    assert len(then) < len(today)
    assert then == [line for line in today
                    if json.loads(line)["primary_gid"].split("-")[0] in prefixes]


def test_the_sixth_round_is_in_the_default_splits_fully_adjudicated():
    """The sixth round (writer24-26, written in stop 42 and kept apart until a model trained on
    it) is labelled twice, fully adjudicated and in today's splits: its pairs split between train
    and dev by the same hash as every other part, and agreement.json reports only the seventh
    round outside the splits."""
    from analysis import warnews

    assert set(warnews.ROUND6_PARTS) <= set(warnews.TRAIN_PARTS)
    report = json.loads((warnews.DATA_DIR / "agreement.json").read_text())
    assert set(report.get("labelled_not_in_splits", {})) <= set(warnews.ROUND7_PARTS)
    prefixes = {part.replace("writer", "w") for part in warnews.ROUND6_PARTS}
    in_splits = {}
    for split in ("train", "dev"):
        lines = (warnews.DATA_DIR / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
        rows = [json.loads(line) for line in lines]
        new = [row for row in rows if row["primary_gid"].split("-")[0] in prefixes]
        assert new and all(warnews.in_dev(row["primary_gid"]) == (split == "dev")
                           for row in new)
        in_splits[split] = new
    for part in warnews.ROUND6_PARTS:
        pairs = warnews.load_pairs(part)
        assert len(pairs) > 500 and all(p.gold is not None for p in pairs)
        assert report["parts"][part]["not_yet_adjudicated"] == 0
        assert report["parts"][part]["pairs"] == len(pairs)


def test_the_seventh_round_is_labelled_but_outside_the_default_splits(tmp_path):
    """The seventh round (writer27-29, stop 46) is labelled twice and fully adjudicated; the
    default splits, those the default model was chosen on, leave it out (agreement.json reports it
    apart), and ``--train-parts`` with it added gives splits that hold every default line plus its
    pairs, its dev share by the same hash."""
    import shutil

    from analysis import warnews

    assert not set(warnews.ROUND7_PARTS) & set(warnews.TRAIN_PARTS)
    report = json.loads((warnews.DATA_DIR / "agreement.json").read_text())
    assert sorted(report["labelled_not_in_splits"]) == sorted(warnews.ROUND7_PARTS)
    for part, written in zip(warnews.ROUND7_PARTS, (602, 552, 558)):
        pairs = warnews.load_pairs(part)
        assert len(pairs) == written and all(p.gold is not None for p in pairs)
        assert report["labelled_not_in_splits"][part]["not_yet_adjudicated"] == 0
        assert report["labelled_not_in_splits"][part]["pairs"] == len(pairs)
    # writer27 was labelled again in stop 47: its first labelling covers every pair, and every
    # pair where the second labelling's agreed label differs from it was decided across the two
    first = warnews.first_labelling("writer27")
    pairs = warnews.load_pairs("writer27")
    assert set(first) == {(p.id, p.target) for p in pairs}
    conflicts = [p for p in pairs if p.label_a == p.label_b != first[(p.id, p.target)]]
    assert len(conflicts) == 87 and all(p.across for p in conflicts)
    assert sum(p.across for p in pairs) == 87
    assert report["labelled_not_in_splits"]["writer27"]["decided_across_labellings"] == 87
    assert not any(warnews.first_labelling(part) for part in warnews.LABELLED_PARTS
                   if part != "writer27")
    prefixes = {part.replace("writer", "w") for part in warnews.ROUND7_PARTS}
    today = {split: (warnews.DATA_DIR / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
             for split in ("train", "dev")}
    assert not any(json.loads(line)["primary_gid"].split("-")[0] in prefixes
                   for lines in today.values() for line in lines)
    copy = tmp_path / "war"
    shutil.copytree(warnews.DATA_DIR, copy)
    parts = [*warnews.TRAIN_PARTS, *warnews.ROUND7_PARTS]
    assert warnews.main(["build", "--data", str(copy), "--train-parts", *parts]) == 0
    for split, lines in today.items():
        seven = (copy / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
        new = [json.loads(line) for line in seven
               if json.loads(line)["primary_gid"].split("-")[0] in prefixes]
        assert set(lines) <= set(seven) and len(seven) == len(lines) + len(new) and new
        assert all(warnews.in_dev(row["primary_gid"]) == (split == "dev") for row in new)
    assert "labelled_not_in_splits" not in json.loads((copy / "agreement.json").read_text())


def test_the_seven_round_build_is_what_the_seven_round_run_recorded(tmp_path):
    """``build --train-parts`` with :data:`TRAIN_PARTS` and :data:`ROUND7_PARTS` rebuilds, byte
    for byte, the splits stop 47's seven-round run trained and was judged on (the sha256 in its
    sweep record, ``teacher_round7_stop47``), and the committed dev file is the six-round dev
    its rule names, the one the default was chosen on; a change to the seventh round's labels
    or to the build shows here, and the record then describes files that no longer exist."""
    import hashlib
    import shutil

    from analysis import warnews

    sweep = Path(warnews.__file__).parent.parent / "data" / "stance-sweep" / "distil-mpnet.json"
    recorded = json.loads(sweep.read_text())["teacher_round7_stop47"]["data"]
    copy = tmp_path / "war"
    shutil.copytree(warnews.DATA_DIR, copy)
    parts = [*warnews.TRAIN_PARTS, *warnews.ROUND7_PARTS]
    assert warnews.main(["build", "--data", str(copy), "--train-parts", *parts]) == 0
    for split in ("train", "dev", "heldout"):
        digest = hashlib.sha256((copy / f"{split}.jsonl").read_bytes()).hexdigest()
        assert digest == recorded[f"war-news-stance/{split}.jsonl"], (
            f"the seven-round {split}.jsonl is no longer the file teacher_round7_stop47 recorded")
    # its rule's six-round dev is the committed one, the dev the default was chosen on
    default = json.loads((Path(warnews.__file__).parent / "artifacts" / "stance-large-v6"
                          / "metrics.json").read_text())["data"]["war-news-stance/dev.jsonl"]
    six_round_dev = hashlib.sha256((warnews.DATA_DIR / "dev.jsonl").read_bytes()).hexdigest()
    assert six_round_dev == default
    assert default in json.loads(sweep.read_text())["teacher_round7_stop47"][
        "rule_amended_before_results"]


def test_build_refuses_a_decision_naming_no_pair(tmp_path, monkeypatch):
    """A decision whose id or target names no pair of the labelled parts (a mistyped id, a
    target index past the sentence's targets) is refused by ``build``, naming it, before any
    split is written; the same folder with the decision corrected builds."""
    from analysis import warnews

    monkeypatch.setattr(warnews, "LABELLED_PARTS", ("writer1",))
    monkeypatch.setattr(warnews, "HELDOUT_PARTS", ())
    rows = [("w1-0001", "Kyiv thanked Oslo.", ["Kyiv", "Oslo"])]
    for wrong in ({"id": "w1-0010", "target": 1, "label": "positive"},
                  {"id": "w1-0001", "target": 2, "label": "positive"}):
        _war_part(tmp_path, rows, ["neutral", "neutral"], ["neutral", "positive"],
                  decisions=[wrong])
        with pytest.raises(warnews.WarNewsDataError,
                           match=f"decisions.jsonl: {wrong['id']} target {wrong['target']} is no "
                                 "pair"):
            warnews.build(tmp_path, train_parts=("writer1",))
        assert not (tmp_path / "train.jsonl").exists()
    _war_part(tmp_path, rows, ["neutral", "neutral"], ["neutral", "positive"],
              decisions=[{"id": "w1-0001", "target": 1, "label": "positive"}])
    report = warnews.build(tmp_path, train_parts=("writer1",))
    assert report["all"]["gold"] == {"neutral": 1, "positive": 1}


@pytest.mark.parametrize("parts, message", [
    (["writer13"], "unknown training part(s) writer13; the training parts are writer1, writer2"),
    (["writer1", "heldout"], "heldout: held out, never a training part"),
    (["writer1", "writer1"], "training part(s) named more than once: writer1"),
])
def test_build_refuses_wrong_training_parts(tmp_path, capsys, parts, message):
    import shutil

    from analysis import warnews

    copy = tmp_path / "war"
    shutil.copytree(warnews.DATA_DIR, copy)
    before = (copy / "train.jsonl").read_bytes()
    assert warnews.main(["build", "--data", str(copy), "--train-parts", *parts]) == 2
    assert message in capsys.readouterr().err
    assert (copy / "train.jsonl").read_bytes() == before  # nothing written
    with pytest.raises(warnews.WarNewsDataError, match="held out"):
        warnews.build(copy, train_parts=["heldout"])  # the API refuses a leak too
    with pytest.raises(SystemExit):
        warnews.main(["disagreements", "--train-parts", "writer1"])


def test_mention_inside_a_longer_word_is_an_error_naming_the_sentence(tmp_path):
    import shutil

    from analysis import warnews

    assert warnews.locate("Russian officials said Russia would respond.", "Russia", 2) == (23, 29)
    with pytest.raises(ValueError, match="inside the word 'Russian'"):
        warnews.locate("Russian officials said Russia would respond.", "Russia")
    copy = tmp_path / "war"
    shutil.copytree(warnews.DATA_DIR, copy)
    raw = copy / "raw" / "writer5.jsonl"
    raw.write_text(raw.read_text(encoding="utf-8").replace(
        '{"mention": "Russia", "occurrence": 2}', '{"mention": "Russia"}'), encoding="utf-8")
    with pytest.raises(warnews.WarNewsDataError, match=r"raw/writer5.jsonl: w5-0339 target 3"):
        warnews.load_pairs("writer5", copy)


def test_build_error_names_the_file(tmp_path, capsys):
    assert N.main(["build", "--data", str(tmp_path)]) == 2
    assert "raw/writer1.jsonl: missing" in capsys.readouterr().err


def _war_part(folder, rows, a, b, first=None, decisions=()):
    """A one-part war-news folder: ``rows`` (id, text, mentions), labels by pair in order."""
    _write(folder / "raw" / "writer1.jsonl",
           [{"id": i, "text": text, "targets": [{"mention": m} for m in mentions]}
            for i, text, mentions in rows])
    keys = [(i, t, m) for i, _, mentions in rows for t, m in enumerate(mentions)]
    for which, labels in (("A", a), ("B", b)):
        _write(folder / "labels" / which / "writer1.jsonl",
               [{"id": i, "target": t, "mention": m, "label": lab}
                for (i, t, m), lab in zip(keys, labels)])
    (folder / "labels" / "first-labelling" / "writer1.jsonl").unlink(missing_ok=True)
    if first is not None:
        _write(folder / "labels" / "first-labelling" / "writer1.jsonl",
               [{"id": i, "target": t, "mention": m, "label_a": g, "label_b": g, "gold": g}
                for (i, t, m), g in zip(keys, first)])
    _write(folder / "adjudication" / "decisions.jsonl", list(decisions))


def test_a_part_labelled_twice_over_takes_decisions_across_its_labellings(tmp_path, monkeypatch):
    """A decision marked ``across_labellings`` settles a pair A and B agree on when the part's
    first labelling reached another label; a plain decision on an agreed pair is still ignored;
    a stale decision across labellings (no conflict, or A and B disagree) is refused, naming the
    pair; agreement.json counts the pairs so decided."""
    from analysis import warnews

    rows = [("w1-0001", "Moscow said its troops took the village.", ["Moscow", "its troops"]),
            ("w1-0002", "Kyiv thanked Oslo.", ["Kyiv", "Oslo"])]
    decisions = [{"id": "w1-0001", "target": 1, "label": "positive", "across_labellings": True},
                 {"id": "w1-0002", "target": 0, "label": "negative"},  # agreed: ignored
                 {"id": "w1-0002", "target": 1, "label": "positive"}]
    _war_part(tmp_path, rows, ["neutral", "neutral", "neutral", "positive"],
              ["neutral", "neutral", "neutral", "neutral"],
              first=["neutral", "positive", "neutral", "positive"], decisions=decisions)
    pairs = warnews.load_pairs("writer1", tmp_path)
    assert [p.gold for p in pairs] == ["neutral", "positive", "neutral", "positive"]
    assert [p.across for p in pairs] == [False, True, False, False]
    report = warnews.agreement(pairs)
    assert report["decided_across_labellings"] == 1 and report["disagreements"] == 1
    assert "decided_across_labellings" not in warnews.agreement(pairs[2:])
    # without its decision the conflict has no gold yet: pending, and listed to adjudicate
    _war_part(tmp_path, rows, ["neutral", "neutral", "neutral", "positive"],
              ["neutral", "neutral", "neutral", "neutral"],
              first=["neutral", "positive", "neutral", "positive"], decisions=decisions[1:])
    pairs = warnews.load_pairs("writer1", tmp_path)
    assert pairs[1].conflict and pairs[1].gold is None
    assert warnews.agreement(pairs)["not_yet_adjudicated"] == 1
    monkeypatch.setattr(warnews, "LABELLED_PARTS", ("writer1",))
    monkeypatch.setattr(warnews, "HELDOUT_PARTS", ())
    todo = [json.loads(line) for line in
            warnews.write_disagreements(tmp_path).read_text().splitlines()]
    assert [(r["id"], r["target"], r.get("first_labelling")) for r in todo] == \
        [("w1-0001", 1, "positive"), ("w1-0002", 1, None)]
    # an earlier labelling must cover the part's pairs exactly
    _war_part(tmp_path, rows, ["neutral"] * 4, ["neutral"] * 4, first=["neutral"] * 4)
    path = tmp_path / "labels" / "first-labelling" / "writer1.jsonl"
    path.write_text("".join(path.read_text().splitlines(True)[:3]))
    with pytest.raises(warnews.WarNewsDataError, match="w1-0002 target 1 is missing"):
        warnews.load_pairs("writer1", tmp_path)

    stale = [{"id": "w1-0001", "target": 0, "label": "positive", "across_labellings": True}]
    _war_part(tmp_path, rows, ["neutral"] * 4, ["neutral"] * 4, first=["neutral"] * 4,
              decisions=stale)
    with pytest.raises(warnews.WarNewsDataError, match="w1-0001 target 0 .* agree with "
                                                       "labels/first-labelling/writer1.jsonl"):
        warnews.load_pairs("writer1", tmp_path)
    _war_part(tmp_path, rows, ["positive", "neutral", "neutral", "neutral"], ["neutral"] * 4,
              first=["neutral"] * 4, decisions=stale)
    with pytest.raises(warnews.WarNewsDataError, match="w1-0001 target 0 .* disagree"):
        warnews.load_pairs("writer1", tmp_path)
    _war_part(tmp_path, rows, ["neutral"] * 4, ["neutral"] * 4, decisions=stale)  # no first
    with pytest.raises(warnews.WarNewsDataError, match="w1-0001 target 0 .* no earlier"):
        warnews.load_pairs("writer1", tmp_path)


def test_the_stance_records_name_the_committed_splits():
    """Stop 50's run (every weight trained, record ``teacher_full_ft_stop50``) trained and was
    judged on the default six-round splits, stop 54's ensemble probe (``ensemble_v6_v3_stop54``)
    on its dev and held-out files; the records' digests must be the committed files', or their
    figures describe files that no longer exist."""
    import hashlib

    from analysis import warnews

    sweep = Path(warnews.__file__).parent.parent / "data" / "stance-sweep" / "distil-mpnet.json"
    records = json.loads(sweep.read_text())
    record = records["teacher_full_ft_stop50"]
    assert record["settings"]["lora_rank"] is None and record["settings"]["lr"] == 3e-5
    for split in ("train", "dev", "heldout"):
        digest = hashlib.sha256((warnews.DATA_DIR / f"{split}.jsonl").read_bytes()).hexdigest()
        assert digest == record["data"][f"war-news-stance/{split}.jsonl"], split
    # stop 54's ensemble probe was judged on the same dev and held-out files
    ensemble = records["ensemble_v6_v3_stop54"]
    for split in ("dev", "heldout"):
        digest = hashlib.sha256((warnews.DATA_DIR / f"{split}.jsonl").read_bytes()).hexdigest()
        assert digest == ensemble["data"][f"war-news-stance/{split}.jsonl"], split
    assert ensemble["gates"]["1"]["macro_f1"]["v6"] == \
        records["sideswap_tta_stop51"]["gates"]["1"]["macro_f1"]["v6"]
