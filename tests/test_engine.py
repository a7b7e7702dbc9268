"""The Dask engine and the streaming reader: same tables as the local engine, whatever the
partitioning; corpora are read in chunks.

The Dask tests share one LocalCluster of two worker processes and score with the real stance
model (skipped when no stance artifact is installed); sentiment is off to keep them light.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis import cache
from analysis.cli import main
from analysis.corpus import load_corpus
from analysis.score import ScoredCorpus, score_corpus
from analysis.stream import iter_corpus, plan_parts

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
TOLERANCE = 1e-6  # batching may move a probability by float noise, then rounding by 1e-6


# A fresh, empty score cache for every test here (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("cache_dir")


def _stance_artifact() -> Path:
    from analysis.stance import stance_model_path

    path = stance_model_path()
    if not (path / "model.json").is_file():
        pytest.skip(f"no stance model artifact at {path} (set NEWSSTANCE_STANCE_MODEL)")
    return path


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory, newsmtsc_dir) -> Path:
    """A 12-article synthetic JSONL corpus (short articles) plus a copy of one article, which
    lands in another part than its original."""
    from analysis.synth import generate

    table = generate(12, seed=5, median_sentences=4)
    copy = table.iloc[[2]].assign(doc_id="zz-copy", source="Copycat")
    table = pd.concat([table, copy], ignore_index=True).iloc[::-1]  # not in doc_id order
    path = tmp_path_factory.mktemp("synthetic") / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for row in table.to_dict("records"):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="module")
def seeds_local() -> ScoredCorpus:
    """The local engine's tables for the seeds (the reference of several tests)."""
    _stance_artifact()
    return score_corpus(SEEDS, sentiment=False, cache=False)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    _stance_artifact()
    from analysis.engine import start_local_cluster

    # The workers get their own cache folder: the per-test cache_dir fixture is not active in them.
    folder = tmp_path_factory.mktemp("worker-cache")
    client, cluster = start_local_cluster(2, env={cache.CACHE_ENV: str(folder)})
    yield client
    client.close()
    cluster.close()


def _assert_tables_match(a: ScoredCorpus, b: ScoredCorpus) -> None:
    """Equal tables: every column exactly, probabilities within TOLERANCE."""
    for name in ("articles", "sentences", "stances"):
        x, y = getattr(a, name), getattr(b, name)
        assert list(x.columns) == list(y.columns), name
        floats = [c for c in x.columns if pd.api.types.is_float_dtype(x[c])]
        pd.testing.assert_frame_equal(x.drop(columns=floats), y.drop(columns=floats),
                                      check_dtype=False, obj=name)
        for col in floats:
            # + 1e-12: a value rounded to 6 decimals may flip its last digit (exactly 1e-6).
            np.testing.assert_allclose(x[col].to_numpy(), y[col].to_numpy(), rtol=0,
                                       atol=TOLERANCE + 1e-12, err_msg=f"{name}.{col}")


# --------------------------------------------------------------------------------------------
# Streaming reader
# --------------------------------------------------------------------------------------------

def _without_duplicate_flags(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    frame["flags"] = frame["flags"].str.replace(r";?duplicate_of=[\w-]+", "", regex=True)
    return frame


@pytest.mark.parametrize("chunk_size", [1, 3, 100])
def test_iter_corpus_folder_equals_load_corpus(chunk_size):
    chunks = list(iter_corpus(SEEDS, chunk_size))
    assert all(len(c) <= chunk_size for c in chunks)
    pd.testing.assert_frame_equal(pd.concat(chunks, ignore_index=True), load_corpus(SEEDS))


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_iter_corpus_tables_equal_load_corpus(synthetic, tmp_path, fmt):
    path = synthetic
    if fmt == "csv":
        path = tmp_path / "corpus.csv"
        rows = [json.loads(line) for line in synthetic.read_text(encoding="utf-8").splitlines()]
        pd.DataFrame(rows).to_csv(path, index=False)  # texts with newlines, quotes, commas
    with pytest.warns(UserWarning, match="same text"):
        chunks = list(iter_corpus(path, 4))
    assert [len(c) for c in chunks] == [4, 4, 4, 1]
    got = pd.concat(chunks).sort_values("doc_id").reset_index(drop=True)
    # Duplicate flags follow stream order in iter_corpus (documented); all else is identical.
    pd.testing.assert_frame_equal(_without_duplicate_flags(got),
                                  _without_duplicate_flags(load_corpus(path)))
    assert got["flags"].str.contains("duplicate_of=").sum() == 1


def test_iter_corpus_reads_one_chunk_at_a_time(synthetic, monkeypatch):
    import analysis.stream as stream

    seen: list[int] = []
    real = stream._read_range
    monkeypatch.setattr(stream, "_read_range", lambda part: seen.append(part.number) or real(part))
    parts = plan_parts(synthetic, 5)
    assert seen == [] and all(p.frame is None for p in parts)  # planning keeps no text
    chunks = iter_corpus(synthetic, 5)
    next(chunks)
    assert seen == [0]


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_classic_mac_line_endings_are_read_whole_not_lost(tmp_path, fmt):
    path = tmp_path / f"mac.{fmt}"
    rows = [{"doc_id": f"d{i}", "source": "X", "text": f"Putin spoke on day {i}."}
            for i in range(3)]
    if fmt == "csv":
        text = pd.DataFrame(rows).to_csv(index=False, lineterminator="\r")
    else:
        text = "\r".join(json.dumps(r) for r in rows) + "\r"
    path.write_bytes(text.encode("utf-8"))
    with pytest.warns(UserWarning, match="bare CR.*loading it whole"):
        chunks = list(iter_corpus(path, 2))
    got = pd.concat(chunks).reset_index(drop=True)
    assert got["doc_id"].tolist() == ["d0", "d1", "d2"]
    pd.testing.assert_frame_equal(got, load_corpus(path))


def test_plan_parts_rejects_a_doc_id_used_twice(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"doc_id": "a", "text": "x"}\n{"doc_id": "a", "text": "y"}\n')
    with pytest.raises(ValueError, match="duplicated doc_id"):
        list(iter_corpus(path, 1))


def test_streaming_a_folder_checks_it_like_load_corpus(tmp_path):
    (tmp_path / "bbc").mkdir()
    (tmp_path / "bbc" / "one.txt").write_text("Putin spoke.")
    with pytest.raises(ValueError, match=r"no articles.*subfolders bbc/ \(1\)"):
        list(iter_corpus(tmp_path, 1))
    (tmp_path / "top.txt").write_text("Biden spoke.")
    with pytest.warns(UserWarning, match=r"subfolders bbc/ \(1\)"):
        assert len(plan_parts(tmp_path, 1)) == 1


# --------------------------------------------------------------------------------------------
# Partitioning does not change results
# --------------------------------------------------------------------------------------------

def test_scores_do_not_depend_on_partitioning(seeds_local):
    articles = load_corpus(SEEDS)
    whole = seeds_local
    pieces = [score_corpus(articles.iloc[[i]], sentiment=False, cache=False)
              for i in range(len(articles))]
    split = ScoredCorpus(
        articles=pd.concat([p.articles for p in pieces], ignore_index=True),
        sentences=pd.concat([p.sentences for p in pieces], ignore_index=True),
        stances=pd.concat([p.stances for p in pieces], ignore_index=True))
    _assert_tables_match(whole, split)


# --------------------------------------------------------------------------------------------
# Dask engine
# --------------------------------------------------------------------------------------------

def test_dask_command_matches_local_on_the_seeds(client, seeds_local, tmp_path):
    address = client.scheduler.address
    assert main(["score", str(SEEDS), "--out", str(tmp_path / "dask"), "--engine", "dask",
                 "--scheduler", address, "--no-sentiment", "--no-cache"]) == 0
    _assert_tables_match(seeds_local, ScoredCorpus.load(tmp_path / "dask" / "tables"))
    assert sorted(p.name for p in (tmp_path / "dask" / "tables" / "sentences").iterdir()) == [
        "part-00000.parquet"]


def test_dask_matches_local_on_a_synthetic_corpus_and_fills_the_cache(client, synthetic,
                                                                       tmp_path, monkeypatch):
    import analysis.stance as stance_mod
    from analysis.engine import read_scored, score_dask

    # Workers on this host use the driver's cache folder (here: this test's, empty).
    with pytest.warns(UserWarning, match="same text"):
        result = score_dask(synthetic, tmp_path / "out", sentiment=False, client=client,
                            cache=True, chunk_size=4)
    assert result.n_parts == 4 and len(list((tmp_path / "out" / "stances").iterdir())) == 4
    with pytest.warns(UserWarning, match="same text"):
        local = score_corpus(synthetic, sentiment=False, cache=False)
    dask = read_scored(tmp_path / "out")
    _assert_tables_match(local, dask)
    _assert_tables_match(local, ScoredCorpus.load(tmp_path / "out"))  # the CSVs too
    # The duplicate sits in another partition than its original and is still flagged.
    assert dask.articles.set_index("doc_id").loc["zz-copy", "flags"] == "duplicate_of=000002"
    assert dask.sentences.loc[dask.sentences["doc_id"] == "zz-copy", "duplicate"].all()
    # The workers filled the cache: a local rerun does no model work and reads their values.
    monkeypatch.setattr(stance_mod, "score_targets",
                        lambda *a, **k: pytest.fail("model called on a cached corpus"))
    with pytest.warns(UserWarning, match="same text"):
        rerun = score_corpus(synthetic, sentiment=False)
    assert len(rerun.stances) > 0
    _assert_tables_match(dask, rerun)


def test_dask_makes_speakers_canonical_across_partitions(client, tmp_path):
    # "Obama" in one article is "Barack Obama" because another article names him in full: a
    # corpus-level step that each partition alone cannot take (found by the scale benchmark:
    # 64 of 15,282 sentences differed from the local engine on 500 synthetic articles).
    from analysis.engine import read_scored, score_dask

    corpus = tmp_path / "corpus.jsonl"
    rows = [{"doc_id": "a1", "source": "Wire", "text": "Former President Barack Obama spoke in "
             "Chicago on Monday.\n\n“We must stand with our allies,” Barack Obama said."},
            {"doc_id": "b2", "source": "Daily", "text": "The talks resumed on Tuesday.\n\n"
             "“The sanctions will work,” Obama said after the meeting."}]
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                      encoding="utf-8")
    local = score_corpus(corpus, sentiment=False, cache=False)
    quoted = local.sentences.loc[local.sentences["is_quote"], ["doc_id", "speaker"]]
    assert quoted.values.tolist() == [["a1", "Barack Obama"], ["b2", "Barack Obama"]]
    result = score_dask(corpus, tmp_path / "out", sentiment=False, client=client, cache=False,
                        chunk_size=1)
    assert result.n_parts == 2
    _assert_tables_match(local, read_scored(tmp_path / "out"))


# --------------------------------------------------------------------------------------------
# Benchmark commands
# --------------------------------------------------------------------------------------------

def test_make_corpus_is_seeded_and_realistic(tmp_path, newsmtsc_dir):
    from analysis.bench import main as bench

    for run in ("a", "b"):
        assert bench(["make-corpus", "30", "--out", str(tmp_path / run)]) == 0
    files = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert len(files) == 31 and "sources.csv" in files
    for name in files:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    articles = load_corpus(tmp_path / "a")
    assert articles["source"].nunique() > 5
    paragraphs = articles["text"].str.count("\n\n")
    assert 3 < paragraphs.median() < 40


def test_bench_without_a_command_is_the_speed_run(monkeypatch):
    import analysis.bench as bench

    seen = {}
    monkeypatch.setattr(bench, "cmd_speed", lambda args: seen.update(vars(args)) or 0)
    assert bench.main(["--pairs", "7", "--skip-report"]) == 0
    assert seen["pairs"] == 7 and seen["skip_report"]


def test_bench_report_times_checkouts_in_turn(monkeypatch, tmp_path, capsys):
    import analysis.bench as bench

    old = tmp_path / "old"
    (old / "analysis").mkdir(parents=True)
    (old / "analysis" / "__main__.py").write_text("")
    calls = []
    monkeypatch.setattr(bench, "report_wall_time",
                        lambda backend, repo: calls.append(Path(repo).name) or float(len(calls)))
    here = Path(bench.__file__).resolve().parents[1]
    assert bench.main(["report", "--repeat", "3", "--repo", str(old), "--repo", str(here)]) == 0
    assert calls == ["old", here.name, here.name, "old", "old", here.name]
    out = capsys.readouterr().out
    # old: runs 1, 4, 5 -> median 4.0; here: runs 2, 3, 6 -> median 3.0
    assert f"median of 3: 4.0 s  {old}" in out and f"median of 3: 3.0 s  {here}" in out
    with pytest.raises(SystemExit, match="at least one run"):
        bench.main(["report", "--repeat", "0"])
    with pytest.raises(SystemExit, match="not a newsstance checkout"):
        bench.main(["report", "--repo", str(tmp_path)])


def test_the_dask_first_pass_stops_on_date_orders_mixed_across_parts(tmp_path):
    # each part alone reads its dates one way; together they mix day-first and month-first
    # (was: scoring ran, then framing stopped without naming the file)
    from analysis import engine
    from analysis.corpus import CorpusError

    path = tmp_path / "c.csv"
    path.write_text("doc_id,source,published,text\n"
                    "a,BBC,13/11/2022,Putin spoke.\n"
                    "b,AP,11/14/2022,Zelenskyy spoke.\n", encoding="utf-8")
    keys = pd.concat([engine._text_keys(p) for p in plan_parts(path, 1)], ignore_index=True)
    with pytest.raises(CorpusError, match=r"c\.csv: the published dates mix day-first and "
                                          r"month-first"):
        engine._duplicates(keys[keys["warning"] == ""], str(path))
