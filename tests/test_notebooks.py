"""analysis.notebooks: parameter injection, normalisation, the committed notebooks, the HTML
report and its browser check.

The notebooks' outputs themselves are checked by nbval (``make test`` runs ``pytest notebooks
--nbval``); these tests check the machinery and the conventions the notebooks must follow.
"""

from __future__ import annotations

import base64
import re
import struct
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from analysis import notebooks
from analysis.notebooks import (INJECTED_TAG, NOTEBOOK_DIR, PARAMETERS_TAG, SEED_ONLY_TAG,
                                corpus_parameters, declared_parameters, drop_tagged, export_html,
                                for_corpus, normalise)

NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("[0-9][0-9]_*.ipynb"))
# A 1x1 PNG.
PNG = base64.b64encode(bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0000003010100c9fe92ef"
    "0000000049454e44ae426082")).decode()


def toy_notebook() -> nbformat.NotebookNode:
    nb = new_notebook(cells=[
        new_markdown_cell("# Title"),
        new_code_cell('CORPUS = "../seeds"', metadata={"tags": [PARAMETERS_TAG]}),
        new_code_cell("print(CORPUS)"),
        new_markdown_cell("seed commentary", metadata={"tags": [SEED_ONLY_TAG]}),
    ])
    nb.metadata = {"kernelspec": {"name": "other", "display_name": "x", "language": "python"},
                   "language_info": {"name": "python", "version": "3.11.7"},
                   "widgets": {"state": {}}}
    return nb


# ---------------------------------------------------------------------------
# parameters and normalisation
# ---------------------------------------------------------------------------


def test_declared_parameters():
    assert declared_parameters(toy_notebook()) == ["CORPUS"]
    with pytest.raises(ValueError, match="parameters"):
        declared_parameters(new_notebook(cells=[new_code_cell("x = 1")]))


def test_corpus_parameters_pass_only_declared_names(tmp_path):
    params = corpus_parameters(toy_notebook(), tmp_path, None, PHRASES=["a b"])
    assert params == {"CORPUS": str(tmp_path.resolve())}  # ACTORS and PHRASES not declared


def test_for_corpus_drops_seed_readings_only_for_another_corpus(tmp_path):
    seeds = for_corpus(toy_notebook(), notebooks.DEFAULT_CORPUS)
    assert any(SEED_ONLY_TAG in c.metadata.get("tags", []) for c in seeds.cells)
    other = for_corpus(toy_notebook(), tmp_path)
    assert not any(SEED_ONLY_TAG in c.metadata.get("tags", []) for c in other.cells)


def test_execute_notebook_refuses_an_undeclared_parameter():
    with pytest.raises(ValueError, match="not declared"):
        notebooks.execute_notebook(toy_notebook(), parameters={"UNKNOWN": 1})


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_parameter_the_package_passes_is_declared(path):
    # papermill warns "Passed unknown parameter" otherwise, and the value would be ignored.
    nb = nbformat.read(path, as_version=4)
    declared = declared_parameters(nb)
    if "CORPUS" in declared:
        assert {"CORPUS", "ACTORS"} <= set(declared)
    if path.name == notebooks.REPORT_NOTEBOOK:
        assert {"PHRASES", "ACTORS_SHOWN"} <= set(declared)


def test_the_reports_actor_heatmap_shows_as_many_actors_as_its_png():
    # a newcomer saw ten actors in stance_heatmap.png and eight in report.html's heatmap
    from analysis.report import HEATMAP_ACTORS

    nb = nbformat.read(NOTEBOOK_DIR / notebooks.REPORT_NOTEBOOK, as_version=4)
    params = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    assert re.search(rf"^TOP_ACTORS = {HEATMAP_ACTORS}\b", params.source, re.M)


def test_drop_tagged():
    nb = drop_tagged(toy_notebook(), SEED_ONLY_TAG)
    assert [c.source for c in nb.cells] == ["# Title", 'CORPUS = "../seeds"', "print(CORPUS)"]


def test_normalise_strips_run_metadata():
    nb = toy_notebook()
    nb.cells[2].metadata["execution"] = {"iopub.execute_input": "2025-01-01T00:00:00Z"}
    nb.cells[2].metadata["scrolled"] = True
    output = new_output("display_data", data={"text/plain": "<Styler at 0x7f3eabc1cb50>"})
    output["transient"] = {"display_id": "abc"}  # as a kernel sends it
    nb.cells[2].outputs = [output]
    out = normalise(nb)
    assert out.metadata == {"kernelspec": notebooks.KERNELSPEC,
                            "language_info": notebooks.LANGUAGE_INFO}
    assert [c.id for c in out.cells] == ["cell-00", "cell-01", "cell-02", "cell-03"]
    assert out.cells[1].metadata == {"tags": [PARAMETERS_TAG]}
    assert out.cells[2].metadata == {}
    assert "transient" not in out.cells[2].outputs[0]
    assert out.cells[2].outputs[0]["data"]["text/plain"] == "<Styler at 0xADDRESS>"
    nbformat.validate(out)


def test_is_seed_corpus(tmp_path):
    assert notebooks.is_seed_corpus(notebooks.DEFAULT_CORPUS)
    assert not notebooks.is_seed_corpus(notebooks.DEFAULT_CORPUS, "my.toml")
    assert not notebooks.is_seed_corpus(tmp_path)


def test_notebook_paths():
    assert notebooks.notebook_paths() == NOTEBOOKS
    assert notebooks.notebook_paths(["01_corpus.ipynb"]) == [NOTEBOOK_DIR / "01_corpus.ipynb"]
    assert notebooks.notebook_paths(["04_models"]) == [NOTEBOOK_DIR / "04_models.ipynb"]
    with pytest.raises(FileNotFoundError):
        notebooks.notebook_paths(["nope.ipynb"])


# ---------------------------------------------------------------------------
# the committed notebooks follow the conventions
# ---------------------------------------------------------------------------


def test_the_four_notebooks_exist():
    assert [p.name for p in NOTEBOOKS] == ["01_corpus.ipynb", "02_sentence_scores.ipynb",
                                           "03_framing.ipynb", "04_models.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_notebook_conventions(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    # The first code cell holds the parameters (papermill-compatible) ...
    assert PARAMETERS_TAG in code[0].metadata.get("tags", [])
    assert not any(INJECTED_TAG in c.metadata.get("tags", []) for c in nb.cells)
    if path.name != "04_models.ipynb":
        assert 'CORPUS = "../seeds"' in code[0].source and "ACTORS = None" in code[0].source
    # ... every code cell was run in order, without errors or stderr noise ...
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1))
    for cell in code:
        for output in cell.outputs:
            assert output.output_type != "error", cell.source
            assert not (output.output_type == "stream" and output.name == "stderr"), cell.source
    # ... the stored file is normalised (re-running gives no metadata diff) ...
    assert normalise(nbformat.read(path, as_version=4)) == nb
    # ... and outputs are ignored by nbval only where they are timings.
    for cell in code:
        if "NBVAL_IGNORE_OUTPUT" in cell.source or "nbval-ignore-output" in cell.metadata.get(
                "tags", []):
            assert "time_models" in cell.source, cell.source


def test_notebooks_only_call_the_package():
    # No function or class definitions in a notebook: the logic lives in `analysis`.
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "code":
                assert not re.search(r"^\s*(def|class|lambda)\b", cell.source, re.M), \
                    (path.name, cell.source)


# ---------------------------------------------------------------------------
# HTML export
# ---------------------------------------------------------------------------


def executed_toy() -> nbformat.NotebookNode:
    nb = toy_notebook()
    nb.cells[2].execution_count = 1
    nb.cells[2].outputs = [new_output("stream", name="stdout", text="hello from the kernel\n"),
                           new_output("display_data", data={"image/png": PNG,
                                                            "text/plain": "<Figure>"})]
    nb.cells[1].execution_count = 2
    return nb


def test_export_html_is_static_and_has_no_code(tmp_path):
    out = export_html(executed_toy(), tmp_path / "sub" / "page.html")
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "hello from the kernel" in page and "data:image/png;base64," in page
    assert "print(CORPUS)" not in page and "../seeds" not in page  # no code cells
    assert "<script" not in page  # no require.js / MathJax / mermaid from a CDN
    assert not re.search(r"""(src|href)=["']https?://""", page)


def test_main_reports_errors(tmp_path, capsys):
    assert notebooks.main(["screenshot", str(tmp_path / "missing.html")]) == 2
    assert "error:" in capsys.readouterr().err
    assert notebooks.main(["report", str(tmp_path / "no-corpus")]) == 2


def _artifacts_present() -> bool:
    from analysis.sentiment import DEFAULT_EMOTION_MODEL, DEFAULT_SENTIMENT_MODEL
    from analysis.stance import DEFAULT_STANCE_MODEL

    return all((path / "model.json").is_file() for path in (
        DEFAULT_STANCE_MODEL, DEFAULT_SENTIMENT_MODEL, DEFAULT_EMOTION_MODEL))


@pytest.mark.skipif(not _artifacts_present(), reason="model artifacts not installed")
def test_export_report_on_another_corpus(tmp_path):
    corpus = tmp_path / "mini"
    corpus.mkdir()
    (corpus / "one.txt").write_text(
        "Russian troops left the city on Friday. Ukrainian forces entered it to cheers.\n\n"
        "\u201cWe are free at last,\u201d a resident said. Residents said the Russian army had "
        "looted the museum.\n", encoding="utf-8")
    (corpus / "two.txt").write_text(
        "Ukraine's army pushed forward. Russia said its withdrawal was a regrouping.\n",
        encoding="utf-8")
    (corpus / "sources.csv").write_text("doc_id,source\none,Outlet X\ntwo,Outlet Y\n",
                                        encoding="utf-8")
    out = notebooks.export_report(corpus, tmp_path / "report.html")
    page = out.read_text(encoding="utf-8")
    assert "Outlet X" in page and "Outlet Y" in page
    assert "<title>How the outlets frame the actors: mini</title>" in page
    # The hand-written reading of the seed corpus is left out for another corpus.
    assert "This copy reads the seed corpus" not in page
    assert "Source A" not in page
    assert "<script" not in page and page.count("data:image/png;base64,") >= 5
    # The committed notebook was not touched.
    assert "injected-parameters" not in (NOTEBOOK_DIR / "03_framing.ipynb").read_text()
    # Same corpus, same bytes.
    assert notebooks.export_report(corpus, tmp_path / "again.html").read_bytes() == out.read_bytes()


@pytest.mark.skipif(notebooks.find_chromium() is None,
                    reason="Chromium not installed (Debian: apt-get install chromium)")
def test_screenshot_in_a_real_browser(tmp_path):
    html = export_html(executed_toy(), tmp_path / "page.html")
    png = notebooks.screenshot(html, tmp_path / "shot.png", width=640, height=480)
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (640, 480)
    assert Path(png).stat().st_size > 1000  # not blank: the page rendered something


def _words(text: str) -> str:
    """Prose without markup: what a reader sees, for comparing markdown with its HTML."""
    import html

    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    text = re.sub(r"[*`_]", "", text)
    return " ".join(text.split())


def test_committed_report_carries_the_notebooks_current_readings():
    """figures/report.html is built from the framing notebook: after a reading is rewritten
    (e.g. for a new model), the committed report must be rebuilt too (`make figures`)."""
    nb = nbformat.read(NOTEBOOK_DIR / notebooks.REPORT_NOTEBOOK, as_version=4)
    readings = [c.source for c in nb.cells
                if c.cell_type == "markdown" and c.source.startswith("**Reading")]
    assert readings, "the framing notebook has no written readings"
    report = _words((NOTEBOOK_DIR.parent / "figures" / "report.html").read_text(encoding="utf-8"))
    stale = [r[:80] for r in readings if _words(r) not in report]
    assert not stale, f"figures/report.html is older than these readings: {stale}"


# ---------------------------------------------------------------------------
# kernels started ahead (the report's kernel imports while the corpus is scored)
# ---------------------------------------------------------------------------


def _kernel_processes() -> set[int]:
    psutil = pytest.importorskip("psutil")
    found = set()
    for process in psutil.Process().children(recursive=True):
        try:
            if "ipykernel" in " ".join(process.cmdline()):
                found.add(process.pid)
        except psutil.Error:  # exited while listed
            pass
    return found


def _heartbeat_threads() -> int:
    import threading

    return sum(type(t).__name__ == "HBChannel" and t.is_alive() for t in threading.enumerate())


def test_a_started_kernel_runs_its_preload_silently_and_is_shut_down():
    before = _kernel_processes()
    kernel = notebooks.start_kernel(preload="PRELOADED = 41 + 1\nprint('from the preload')")
    assert _kernel_processes() - before  # started at once, before any notebook runs
    nb = toy_notebook()
    nb.cells[2].source = "print(CORPUS, PRELOADED)"
    executed = notebooks.execute_notebook(nb, kernel=kernel)
    code = [c for c in executed.cells if c.cell_type == "code"]
    # The preload left no output and no execution count: the notebook reads as from a fresh
    # kernel, except that the names exist.
    assert [c.execution_count for c in code] == [1, 2]
    assert [o.get("text") for o in code[-1].outputs] == ["../seeds 42\n"]
    assert _kernel_processes() == before


def test_a_started_kernel_keeps_no_ipython_history(tmp_path, monkeypatch):
    # as nbclient does for the kernels it starts: a report must not write the user's history
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    notebooks.execute_notebook(toy_notebook(), kernel=notebooks.start_kernel(preload="x = 1"))
    assert not list((tmp_path / "ipython").rglob("history.sqlite"))


def test_a_failed_start_leaves_no_kernel(monkeypatch):
    from jupyter_client.blocking import BlockingKernelClient

    def refuse(self, *args, **kwargs):
        raise RuntimeError("cannot send")

    before = _kernel_processes()
    monkeypatch.setattr(BlockingKernelClient, "execute", refuse)
    with pytest.raises(RuntimeError, match="cannot send"):
        notebooks.start_kernel(preload="import os")
    assert _kernel_processes() == before


def test_a_started_kernel_that_died_is_replaced():
    import signal
    import time

    kernel = notebooks.start_kernel()
    notebooks.run_sync(kernel.manager.signal_kernel)(signal.SIGKILL)  # e.g. the OOM killer
    for _ in range(50):
        if not kernel.alive():
            break
        time.sleep(0.1)
    assert not kernel.alive()
    executed = notebooks.execute_notebook(toy_notebook(), kernel=kernel)
    assert executed.cells[2].outputs[0]["text"] == "../seeds\n"


def test_execute_notebook_shuts_down_the_kernel_it_starts_and_its_client():
    before, heartbeats = _kernel_processes(), _heartbeat_threads()
    notebooks.execute_notebook(toy_notebook())
    assert _kernel_processes() == before
    assert _heartbeat_threads() == heartbeats  # nbclient's client for papermill is closed too


def test_a_kernel_started_elsewhere_is_refused_and_shut_down(tmp_path):
    before = _kernel_processes()
    kernel = notebooks.start_kernel(cwd=tmp_path)
    with pytest.raises(ValueError, match="started in"):
        notebooks.execute_notebook(toy_notebook(), kernel=kernel)
    assert _kernel_processes() == before


def test_report_shuts_its_kernel_down_when_the_corpus_is_refused(tmp_path):
    from analysis.corpus import CorpusError
    from analysis.report import report_corpus

    (tmp_path / "news").mkdir()
    before = _kernel_processes()
    with pytest.raises(CorpusError, match="no articles"):
        report_corpus(tmp_path / "news", tmp_path / "out")
    assert _kernel_processes() == before


def test_the_kernel_gets_model_and_cache_paths_made_absolute(monkeypatch, tmp_path):
    """The kernel runs in notebooks/: a model path given relative to where the command ran
    (``NEWSSTANCE_STANCE_MODEL=analysis/artifacts/stance-large-v3 make report``) must still
    name the same folder there."""
    from analysis.notebooks import kernel_env

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSSTANCE_STANCE_MODEL", "models/large")
    monkeypatch.setenv("NEWSSTANCE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("NEWSSTANCE_SENTIMENT_MODEL", raising=False)
    env = kernel_env()
    assert env["NEWSSTANCE_STANCE_MODEL"] == str(tmp_path / "models" / "large")
    assert env["NEWSSTANCE_CACHE_DIR"] == str(tmp_path / "cache")
    assert "NEWSSTANCE_SENTIMENT_MODEL" not in env


def test_report_draws_the_figures_under_a_relative_out_while_the_notebook_moves_the_cwd(
        monkeypatch, tmp_path):
    """papermill changes the process's working directory to ``notebooks/`` while the report
    notebook runs, and the figures are drawn in a thread meanwhile: a relative ``--out`` must
    still receive them (they once landed under ``notebooks/`` instead)."""
    import os
    import threading
    from types import SimpleNamespace

    from analysis import report
    from analysis.score import ScoredCorpus

    scored = ScoredCorpus.load(notebooks.REPO_ROOT / "figures" / "tables")
    moved, drawn = threading.Event(), threading.Event()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    real_write_figures = report.write_figures

    def write_figures_once_moved(*args, **kwargs):
        assert moved.wait(60)
        try:
            return real_write_figures(*args, **kwargs)
        finally:
            drawn.set()

    def export_report_moving_the_cwd(corpus, out_html, **kwargs):
        cwd = os.getcwd()
        os.chdir(elsewhere)  # what papermill's cwd= does for the notebook's duration
        moved.set()
        try:
            assert drawn.wait(120)
        finally:
            os.chdir(cwd)
        Path(out_html).write_text("<html></html>", encoding="utf-8")
        return Path(out_html)

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(report, "score_corpus", lambda *a, **k: scored)
    monkeypatch.setattr(report, "write_figures", write_figures_once_moved)
    monkeypatch.setattr(notebooks, "start_kernel",
                        lambda **k: SimpleNamespace(shutdown=lambda: None))
    monkeypatch.setattr(notebooks, "export_report", export_report_moving_the_cwd)
    (tmp_path / "news").mkdir()
    _, written = report.report_corpus(tmp_path / "news", Path("out"))
    pngs = sorted(p for p in written if p.suffix == ".png")
    assert pngs and all(p.parent == Path("out") for p in pngs)
    assert all((tmp_path / p).is_file() for p in written)
    assert not list(elsewhere.rglob("*.png"))
