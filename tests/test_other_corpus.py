"""The notebooks, the report and the command line on a corpus that is not the seeds.

A small corpus written for this test — other outlets, other actors in a registry of its own —
goes through the notebooks (papermill), the HTML report and ``python -m analysis report``. No
sentence of the hand-written seed readings, no seed outlet and no seed-only place may appear in
what a reader gets, and the results must not land in the repository.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from analysis import notebooks
from analysis.notebooks import NOTEBOOK_DIR, SEED_ONLY_TAG

REPO = Path(__file__).resolve().parent.parent

REGISTRY = """\
[[actor]]
name = "Freedonia"
camp = "North"
type = "country"
demonyms = ["Freedonian", "Freedonians"]

[[actor]]
name = "Sylvania"
camp = "South"
type = "country"
demonyms = ["Sylvanian", "Sylvanians"]

[[actor]]
name = "Rufus Firefly"
camp = "North"
type = "person"
aliases = ["Firefly"]
"""

ARTICLES = {
    "harbor-1": ("Harbor Times",
                 "Freedonian engineers rebuilt the bridge over the river in record time.\n\n"
                 "\u201cWe kept our promise to every family,\u201d said Rufus Firefly. "
                 "Sylvanian officials called the work a provocation.\n\n"
                 "Freedonia welcomed the volunteers who cleared the rubble."),
    "harbor-2": ("Harbor Times",
                 "Sylvanian shelling damaged the harbour overnight. Freedonia condemned "
                 "the attack and promised help to the fishermen."),
    "valley-1": ("Valley Post",
                 "Sylvania said its troops had only responded to Freedonian fire.\n\n"
                 "Analysts said Firefly's decision made the ceasefire harder to keep. "
                 "Sylvanian diplomats praised the mediators for their patience."),
    "valley-2": ("Valley Post",
                 "Sylvanian forces withdrew from two villages after heavy losses. "
                 "Freedonian troops entered the villages on Tuesday."),
}


def _write_corpus(folder: Path) -> tuple[Path, Path]:
    corpus = folder / "news"
    corpus.mkdir(parents=True)
    rows = ["doc_id,source"]
    for doc_id, (source, text) in ARTICLES.items():
        (corpus / f"{doc_id}.txt").write_text(text + "\n", encoding="utf-8")
        rows.append(f"{doc_id},{source}")
    (corpus / "sources.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    registry = folder / "actors.toml"
    registry.write_text(REGISTRY, encoding="utf-8")
    return corpus, registry


def _seed_sentences() -> list[str]:
    """Every sentence (≥ 30 characters) of the notebooks' seed-only cells."""
    found = []
    for path in sorted(NOTEBOOK_DIR.glob("[0-9][0-9]_*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            if SEED_ONLY_TAG in cell.metadata.get("tags", []):
                text = " ".join(re.sub(r"[*`_]", "", cell.source).split())
                found += [s for s in re.split(r"(?<=[.!?])\s+", text) if len(s) >= 30]
    return found


SEED_ONLY_WORDS = ["Source A", "Source B", "Source C", "Source D", "Kherson", "seed corpus",
                   "Felgenhauer"]


def _reader_text(nb: nbformat.NotebookNode) -> str:
    """What a reader of an executed notebook sees: markdown and every text output."""
    parts = []
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            parts.append(cell.source)
        for output in cell.get("outputs", []):
            parts.append(output.get("text", ""))
            for kind in ("text/plain", "text/html", "text/markdown"):
                parts.append(output.get("data", {}).get(kind, ""))
    return " ".join(" ".join(parts).split())


def _assert_nothing_from_the_seeds(text: str) -> None:
    plain = " ".join(re.sub(r"[*`_]", "", text).split())
    for word in SEED_ONLY_WORDS:
        assert word not in plain, word
    for sentence in _seed_sentences():
        assert sentence not in plain, sentence


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, Path]:
    return _write_corpus(tmp_path_factory.mktemp("other"))


def test_notebooks_on_another_corpus(corpus, tmp_path):
    news, registry = corpus
    written = notebooks.run_on_corpus(news, tmp_path, actors=registry, log=lambda m: None)
    assert [p.name for p in written] == ["01_corpus.ipynb", "02_sentence_scores.ipynb",
                                         "03_framing.ipynb"]
    for path in written:
        text = _reader_text(nbformat.read(path, as_version=4))
        _assert_nothing_from_the_seeds(text)
        assert "Harbor Times" in text and "Valley Post" in text, path.name
    framing_text = _reader_text(nbformat.read(tmp_path / "03_framing.ipynb", as_version=4))
    assert "North" in framing_text and "South" in framing_text  # the registry's camps
    # the seeds' contrast phrases are not looked for (they were: a newcomer's finding)
    assert "historic day" not in framing_text and "Phrases compared:" in framing_text
    # The committed notebooks were not touched.
    assert "Harbor Times" not in (NOTEBOOK_DIR / "03_framing.ipynb").read_text(encoding="utf-8")


def test_report_command_on_another_corpus(corpus):
    news, registry = corpus
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "report", str(news), "--actors", str(registry),
         "--actors-shown", "Freedonia", "Sylvania"],
        cwd=REPO, capture_output=True, text=True, timeout=900, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    out = news.parent / "news-newsstance"  # beside the corpus, not in the repository
    for name in ("tables/articles.csv", "tables/sentences.csv", "tables/stances.csv",
                 "stance_heatmap.png", "report.html"):
        assert (out / name).is_file(), name
    from analysis.report import FIGURES

    assert f"wrote {len(FIGURES) + 4} files to {out}" in result.stdout  # 3 tables, report
    assert "4 articles" in result.stdout and "score cache" in result.stdout
    page = (out / "report.html").read_text(encoding="utf-8")
    _assert_nothing_from_the_seeds(re.sub(r"<[^>]+>", " ", page))
    assert "Harbor Times" in page and "Phrases compared:" in page
    # The seeds' contrast phrases are not looked for in another corpus.
    assert "historic day" not in page and "made sense militarily" not in page


def test_two_corpus_files_of_one_name_get_their_own_result_folders(tmp_path):
    # "score corpus.jsonl" then "score corpus.csv" wrote to one folder, the second run
    # silently replacing the first (a newcomer's finding)
    from analysis.report import default_out

    (tmp_path / "news.csv").write_text("doc_id,source,text\n", encoding="utf-8")
    assert default_out(tmp_path / "news.csv") == tmp_path / "news-newsstance"
    (tmp_path / "news.jsonl").write_text("", encoding="utf-8")
    assert default_out(tmp_path / "news.csv") == tmp_path / "news-csv-newsstance"
    assert default_out(tmp_path / "news.jsonl") == tmp_path / "news-jsonl-newsstance"
    (tmp_path / "wire").mkdir()
    (tmp_path / "wire.csv").write_text("doc_id,source,text\n", encoding="utf-8")
    assert default_out(tmp_path / "wire") == tmp_path / "wire-newsstance"
    assert default_out(tmp_path / "wire.csv") == tmp_path / "wire-csv-newsstance"


def test_report_refuses_to_overwrite_the_committed_figures(corpus):
    news, _ = corpus
    result = subprocess.run([sys.executable, "-m", "analysis", "report", str(news), "--out",
                             str(REPO / "figures")], cwd=REPO, capture_output=True, text=True,
                            timeout=300, check=False)
    assert result.returncode == 2
    assert "committed figures" in result.stderr


def test_report_on_a_synthetic_multi_story_corpus_with_dates(tmp_path):
    """`make-corpus` articles report known events on known dates: the report groups them into
    several stories, shows the per-story tables and draws the over-time view (issue 18)."""
    news = tmp_path / "synth"
    made = subprocess.run([sys.executable, "-m", "analysis.bench", "make-corpus", "16",
                           "--out", str(news), "--seed", "3"],
                          cwd=REPO, capture_output=True, text=True, timeout=300)
    assert made.returncode == 0, made.stderr
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "analysis", "report", str(news), "--out",
                             str(out)], cwd=REPO, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-2000:]
    html = (out / "report.html").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", " ", html)
    n_stories = re.search(r"(\d+) stories", text)
    assert n_stories and int(n_stories.group(1)) > 1, "several stories expected"
    assert "form one story" not in text and "No time view" not in text
    assert (out / "stance_over_time.png").is_file()
    assert "Reading (seed corpus)" not in text  # no seed reading leaks in
