"""The unlabelled war-news articles: built from the written files, read without labels."""

from __future__ import annotations

import json

import pytest

from analysis import warnews
from analysis.stance import read_newsmtsc


def _write(folder, rows):
    """The written file ``folder/raw/writer7.jsonl``; returns the ``raw`` argument of the build."""
    (folder / "raw").mkdir(parents=True, exist_ok=True)
    (folder / "raw" / "writer7.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return [folder / "raw" / "writer7.jsonl"]


ROWS = [
    {"id": "w7-0001", "article": "w7-a01", "style": "headline",
     "text": "Kyiv says Russian troops pulled back near Kupiansk",
     "targets": [{"mention": "Kyiv"}, {"mention": "Russian troops"}]},
    {"id": "w7-0002", "article": "w7-a01", "style": "wire",
     "text": "Rain turned the fields to mud on Tuesday.", "targets": []},
    {"id": "w7-0003", "article": "w7-a01", "style": "wire",
     "text": "Russia said Russia would respond.", "targets": [{"mention": "Russia",
                                                             "occurrence": 2}]},
]


def test_committed_articles_are_what_the_build_writes(tmp_path):
    if not (warnews.UNLABELLED_DIR / "articles.jsonl").is_file():
        pytest.skip("no articles.jsonl committed")
    copy = tmp_path / "u"
    copy.mkdir()
    warnews.build_unlabelled(copy)  # the third round's written files, in file-name order
    assert (copy / "articles.jsonl").read_bytes() == \
        (warnews.UNLABELLED_DIR / "articles.jsonl").read_bytes()


def test_build_writes_spans_without_labels_and_counts_sentences_without_targets(tmp_path):
    raw = _write(tmp_path, ROWS)
    report = warnews.build_unlabelled(tmp_path, raw)
    assert report["files"]["writer7.jsonl"] == {"articles": 1, "sentences": 3, "targets": 3,
                                                 "without_targets": 1}
    assert warnews.main(["build-unlabelled", "--data", str(tmp_path), "--raw", *map(str, raw)]) == 0
    records = [json.loads(line) for line in
               (tmp_path / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["primary_gid"] for r in records] == ["w7-0001", "w7-0003"]
    assert all("polarity" not in t for r in records for t in r["targets"])
    examples = read_newsmtsc(tmp_path / "articles.jsonl", labelled=False)
    assert [ex.sentence[ex.start:ex.end] for ex in examples] == ["Kyiv", "Russian troops",
                                                                 "Russia"]
    assert examples[2].start == 12  # the second "Russia", as the writer said
    assert all(ex.label is None for ex in examples)


@pytest.mark.parametrize("change, message", [
    ({"text": "Ankara said Russian troops pulled back"}, "w7-0001 names Ankara, reserved"),
    ({"targets": [{"mention": "Moscow"}]}, "w7-0001: target 0: 'Moscow' does not occur"),
    ({"id": "w7-0003"}, "w7-0003: duplicate id"),
])
def test_build_names_the_file_and_sentence_of_a_bad_row(tmp_path, capsys, change, message):
    raw = _write(tmp_path, [{**ROWS[0], **change}, *ROWS[1:]])
    with pytest.raises(warnews.WarNewsDataError, match=message):
        warnews.build_unlabelled(tmp_path, raw)
    assert not (tmp_path / "articles.jsonl").exists()
    assert warnews.main(["build-unlabelled", "--data", str(tmp_path), "--raw", *map(str, raw)]) == 2
    assert "writer7.jsonl" in capsys.readouterr().err


def test_build_without_written_files_is_an_error(tmp_path):
    with pytest.raises(warnews.WarNewsDataError, match="no written files"):
        warnews.build_unlabelled(tmp_path, [])
    with pytest.raises(warnews.WarNewsDataError, match="not found: .*writer9.jsonl"):
        warnews.build_unlabelled(tmp_path, [tmp_path / "writer9.jsonl"])


@pytest.mark.parametrize("targets, message", [
    ([{"mention": "Russian troops"}, {"mention": "troops"}],
     "target 1 'troops' overlaps target 0 'Russian troops'; give the occurrence meant"),
    ([{"mention": "Kyiv", "occurrence": 0}], "occurrence must be a whole number >= 1, got 0"),
    ([{"mention": "Kyiv", "occurrence": None}], "occurrence must be a whole number"),
    ("Kyiv", "targets must be a list of objects"),
    ([{"name": "Kyiv"}], "targets must be a list of objects"),
])
def test_build_refuses_overlapping_or_malformed_targets(tmp_path, targets, message):
    raw = _write(tmp_path, [{**ROWS[0], "targets": targets}])
    with pytest.raises(warnews.WarNewsDataError, match=f"writer7.jsonl: w7-0001: .*{message}"):
        warnews.build_unlabelled(tmp_path, raw)


def test_build_names_a_row_without_its_fields_and_counts_an_empty_file(tmp_path):
    raw = _write(tmp_path, [{"id": "w7-0001", "text": "Kyiv said so.", "targets": []}])
    with pytest.raises(warnews.WarNewsDataError,
                       match="writer7.jsonl: w7-0001: needs the strings id, article, style"):
        warnews.build_unlabelled(tmp_path, raw)
    (tmp_path / "raw" / "writer7.jsonl").write_text("")
    report = warnews.build_unlabelled(tmp_path, raw)
    assert report["files"]["writer7.jsonl"] == {"articles": 0, "sentences": 0, "targets": 0,
                                                 "without_targets": 0}


def test_build_takes_one_path_creates_its_folder_and_refuses_two_files_of_one_name(tmp_path,
                                                                                   capsys):
    raw = _write(tmp_path, ROWS)[0]
    report = warnews.build_unlabelled(tmp_path / "new" / "out", str(raw))
    assert report["sentences"] == 3 and (tmp_path / "new" / "out" / "articles.jsonl").is_file()
    other = tmp_path / "other" / "writer7.jsonl"
    other.parent.mkdir()
    other.write_text(raw.read_text())
    with pytest.raises(warnews.WarNewsDataError, match="two written files share a name"):
        warnews.build_unlabelled(tmp_path, [raw, other])
    # another output folder without --raw would silently build the repository's files there
    with pytest.raises(SystemExit):
        warnews.main(["build-unlabelled", "--data", str(tmp_path)])
    assert "needs --raw" in capsys.readouterr().err


def test_second_batch_is_what_the_build_writes_and_shares_no_sentence_with_dev_or_heldout(
        tmp_path):
    committed = warnews.UNLABELLED2_DIR / "articles.jsonl"
    if not committed.is_file():
        pytest.skip("no second batch committed")
    report = warnews.build_unlabelled(tmp_path, warnews.UNLABELLED2_RAW)
    assert (tmp_path / "articles.jsonl").read_bytes() == committed.read_bytes()
    assert set(report["files"]) == {f"writer{n}.jsonl" for n in range(13, 19)}
    # distillation refuses unlabelled text that is chosen or measured on; this batch must pass
    chosen = {ex.sentence for name in ("dev.jsonl", "heldout.jsonl")
              for ex in read_newsmtsc(warnews.DATA_DIR / name, labelled=False)}
    batch = {ex.sentence for ex in read_newsmtsc(committed, labelled=False)}
    assert batch and not batch & chosen


def test_batch_option_builds_the_second_batch_and_still_needs_raw_for_another_folder(
        tmp_path, capsys):
    with pytest.raises(SystemExit):
        warnews.main(["build-unlabelled", "--batch", "2", "--data", str(tmp_path)])
    assert "needs --raw" in capsys.readouterr().err
    assert not (tmp_path / "articles.jsonl").exists()
    if not warnews.UNLABELLED2_RAW:
        pytest.skip("no second batch committed")
    assert warnews.main(["build-unlabelled", "--batch", "2", "--data", str(tmp_path),
                         "--raw", *map(str, warnews.UNLABELLED2_RAW)]) == 0
    assert json.loads(capsys.readouterr().out)["targets"] == sum(
        len(r["targets"]) for r in map(json.loads, (tmp_path / "articles.jsonl").read_text(
            encoding="utf-8").splitlines()))
