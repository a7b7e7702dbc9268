"""Run the notebooks, export the HTML report, and check it in a real browser.

``python -m analysis.notebooks`` (``make notebooks``) re-executes every notebook in
``notebooks/`` in place with a Python kernel of the *current* environment, stores the outputs
and strips what changes from run to run (execution timestamps, kernel and Python versions,
random cell ids), so re-running an unchanged notebook gives no diff.  ``make test`` then checks
with nbval that a fresh run reproduces the stored outputs.

Subcommands::

    python -m analysis.notebooks [run] [NOTEBOOK ...]   # default: every notebook, in place
    python -m analysis.notebooks run --corpus CORPUS --out DIR [--actors TOML] [NOTEBOOK ...]
    python -m analysis.notebooks report [CORPUS] [--actors TOML] [--out figures/report.html]
    python -m analysis.notebooks screenshot [HTML] [--out report.png] [--width 1200] [--height 3000]

``report`` is :func:`export_report`: the framing notebook (``03_framing.ipynb``) executed on a
chosen corpus and saved as one self-contained HTML page without code (figures inline, no
scripts fetched from the network), which opens in any browser from disk.  ``python -m analysis
report`` calls it too.  Notebooks run through papermill: parameters are injected as a cell
tagged ``injected-parameters`` after the cell tagged ``parameters`` (which declares every
parameter).  Cells tagged ``seed-only`` (the hand-written reading of the seed corpus, each marked
"seed corpus" in its text) are dropped when a notebook or the report runs on another corpus or
actor registry (``run --corpus``), so no copy states findings about data it did not look at;
every other reading is generated from the tables of the corpus the notebook runs on.

``screenshot`` renders the report with headless Chromium (Debian: ``apt-get install chromium``)
into a PNG, to look at the page a reader gets.

This module imports nbformat, papermill and nbconvert at the top on purpose: without them,
``import analysis.notebooks`` fails and ``python -m analysis report`` skips the HTML report.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# jsonschema (under nbformat's validator) imports rfc3987-syntax when it is installed, to check
# the "iri" string format; that package compiles a lark Earley grammar at import: 3-4 s of
# every report's start-up on two cores, for a format no notebook schema uses. Marking it absent
# makes jsonschema skip that one check (its import is guarded by ``suppress(ImportError)``).
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]

import nbformat  # noqa: E402
from jinja2 import DictLoader  # noqa: E402
from jupyter_client.blocking import BlockingKernelClient  # noqa: E402
from jupyter_client.kernelspec import KernelSpecManager  # noqa: E402
from jupyter_client.manager import AsyncKernelManager  # noqa: E402
from jupyter_core.utils import run_sync  # noqa: E402
import papermill  # noqa: F401,E402  (imported here so a missing install fails early)
from nbconvert import HTMLExporter  # noqa: E402

from .score import is_seed_corpus  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK_DIR = REPO_ROOT / "notebooks"
DEFAULT_CORPUS = REPO_ROOT / "seeds"
REPORT_NOTEBOOK = "03_framing.ipynb"
DEFAULT_REPORT = REPO_ROOT / "figures" / "report.html"
PARAMETERS_TAG = "parameters"
INJECTED_TAG = "injected-parameters"
SEED_ONLY_TAG = "seed-only"
KERNEL_NAME = "python3"
CELL_TIMEOUT_S = 600
#: The kernelspec stored in every notebook (a fixed value: no machine-specific paths).
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": KERNEL_NAME}
LANGUAGE_INFO = {"name": "python", "pygments_lexer": "ipython3"}
_ADDRESS = re.compile(r"0x[0-9a-fA-F]{6,16}")
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")

__all__ = [
    "StartedKernel",
    "drop_tagged",
    "execute_notebook",
    "export_html",
    "export_report",
    "find_chromium",
    "corpus_parameters",
    "declared_parameters",
    "for_corpus",
    "is_seed_corpus",
    "main",
    "normalise",
    "notebook_paths",
    "run_notebooks",
    "run_on_corpus",
    "screenshot",
    "start_kernel",
]


# ---------------------------------------------------------------------------
# executing
# ---------------------------------------------------------------------------


class _CurrentEnvKernelSpecs(KernelSpecManager):
    """``python3`` always means ipykernel in *this* interpreter's environment.

    A ``python3`` kernelspec installed elsewhere (system Jupyter, another venv) could otherwise
    run the notebooks with different packages than the ones being tested.
    """

    def get_kernel_spec(self, kernel_name: str):  # type: ignore[override]
        if kernel_name == KERNEL_NAME:
            import ipykernel.kernelspec

            return self.kernel_spec_class(resource_dir=ipykernel.kernelspec.RESOURCES,
                                          **ipykernel.kernelspec.get_kernel_dict())
        return super().get_kernel_spec(kernel_name)


#: Variables naming a path, made absolute for the kernel: it runs in ``notebooks/``, so a path
#: relative to the caller (``NEWSSTANCE_STANCE_MODEL=analysis/artifacts/stance-v3``)
#: would name nothing there.
PATH_VARIABLES = ("NEWSSTANCE_STANCE_MODEL", "NEWSSTANCE_SENTIMENT_MODEL",
                  "NEWSSTANCE_EMOTION_MODEL", "NEWSSTANCE_CACHE_DIR", "NEWSSTANCE_ONNX_DIR")


def kernel_env() -> dict[str, str]:
    """Environment of the kernel: this one, plus the repository on ``PYTHONPATH`` (so the
    notebooks import this checkout's ``analysis`` even when it is not pip-installed), offline
    model loading, no tokenizer threads, and the :data:`PATH_VARIABLES` set made absolute
    against this process's working directory."""
    env = dict(os.environ)
    for name in PATH_VARIABLES:
        if env.get(name):
            env[name] = str(Path(env[name]).expanduser().absolute())
    paths = [str(REPO_ROOT), *[p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]]
    env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
    env.setdefault("HF_HUB_OFFLINE", "1")
    env.setdefault("TRANSFORMERS_OFFLINE", "1")
    env.setdefault("TOKENIZERS_PARALLELISM", "false")
    return env


def notebook_paths(names: Sequence[str] = ()) -> list[Path]:
    """The notebooks to run: the given names (or paths; ``04_models`` for ``04_models.ipynb``),
    else every ``NN_*.ipynb``, sorted. Raises ``FileNotFoundError`` naming the folder searched."""
    if not names:
        return sorted(NOTEBOOK_DIR.glob("[0-9][0-9]_*.ipynb"))
    paths = []
    for name in names:
        path = Path(name)
        if not path.is_file():
            path = NOTEBOOK_DIR / Path(name).name
        if not path.is_file() and path.suffix != ".ipynb":
            path = path.with_name(path.name + ".ipynb")
        if not path.is_file():
            raise FileNotFoundError(f"notebook {name} not found (looked in {NOTEBOOK_DIR})")
        paths.append(path)
    return paths


@contextlib.contextmanager
def _kernel_environment() -> Iterator[None]:
    """This process's environment set to :func:`kernel_env` while a kernel starts (papermill
    starts kernels with the environment of the calling process)."""
    saved = dict(os.environ)
    os.environ.update(kernel_env())
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


class _KernelManager(AsyncKernelManager):
    """An ``AsyncKernelManager`` that remembers the clients it makes, so the one nbclient makes
    for papermill can be closed too (nbclient leaves a client open when it was given the
    manager: its heartbeat thread and sockets would outlive the kernel)."""

    def client(self, **kwargs: Any):  # type: ignore[override]
        made = super().client(**kwargs)
        self.__dict__.setdefault("_made_clients", []).append(made)
        return made

    def close_clients(self) -> None:
        for made in self.__dict__.pop("_made_clients", []):
            made.stop_channels()


def _new_manager() -> _KernelManager:
    return _KernelManager(kernel_name=KERNEL_NAME, kernel_spec_manager=_CurrentEnvKernelSpecs())


#: Passed to a kernel started ahead (:func:`start_kernel`), as nbclient does for the kernels it
#: starts: no IPython history file, so running a notebook writes nothing to the user's history.
KERNEL_ARGUMENTS = ["--HistoryManager.hist_file=:memory:"]


@dataclass
class StartedKernel:
    """A kernel started ahead of a notebook run (:func:`start_kernel`), for
    :func:`execute_notebook` to run the notebook in; it shuts the kernel down afterwards."""

    manager: _KernelManager
    cwd: Path
    client: BlockingKernelClient | None = None  # sent the preload; open until shutdown

    def alive(self) -> bool:
        return bool(self.manager.has_kernel and run_sync(self.manager.is_alive)())

    def shutdown(self) -> None:
        """Stop the kernel process and close every client of it (idempotent)."""
        if self.client is not None:
            self.client.stop_channels()
            self.client = None
        self.manager.close_clients()
        if self.manager.has_kernel:
            run_sync(self.manager.shutdown_kernel)(now=True)


#: What the framing notebook (the HTML report) imports, in its cells and inside the package
#: functions they call: sent to its kernel while the main process scores the corpus
#: (:func:`start_kernel`), these imports (about 4 s of the kernel's time on two cores, measured
#: with papermill's cell durations) are off the report's critical path.
REPORT_PRELOAD = """\
import IPython.display
import analysis.framing, analysis.overview, analysis.plots, analysis.report, analysis.score
import scipy.optimize, scipy.stats, sklearn.cluster, sklearn.feature_extraction.text
"""


def start_kernel(*, cwd: Path | str = NOTEBOOK_DIR, preload: str = "") -> StartedKernel:
    """Start a kernel for :func:`execute_notebook` now, and send it ``preload`` (Python source,
    typically imports) to run at once, silently (no execution count; its output is dropped), so
    a caller can do other work while the kernel starts and imports. The kernel serves requests
    in the order they arrive, and this one is sent first, so in practice the notebook's first
    cell runs after it (the messaging protocol does not promise it across two clients; an
    import-only preload gives the same results either way). Anything the preload prints or
    warns is lost, so keep it to imports that print nothing. Returns once the kernel process is
    launched; call ``shutdown()`` if the notebook is never run (nothing is left running if this
    function fails). ``cwd`` must be the ``cwd`` the notebook is then executed with."""
    manager = _new_manager()
    cwd = Path(cwd)
    kernel = StartedKernel(manager, cwd)
    try:
        with _kernel_environment():
            run_sync(manager.start_kernel)(cwd=str(cwd), extra_arguments=KERNEL_ARGUMENTS)
        if preload:
            kernel.client = BlockingKernelClient()
            kernel.client.load_connection_info(manager.get_connection_info())
            kernel.client.start_channels(shell=True, iopub=False, stdin=False, hb=False,
                                         control=False)
            kernel.client.execute(preload, silent=True, store_history=False)
    except BaseException:
        kernel.shutdown()
        raise
    return kernel


def execute_notebook(nb: nbformat.NotebookNode, *, cwd: Path | str = NOTEBOOK_DIR,
                     timeout: int = CELL_TIMEOUT_S,
                     parameters: Mapping[str, Any] | None = None,
                     kernel: StartedKernel | None = None) -> nbformat.NotebookNode:
    """Execute ``nb`` with papermill (working directory ``cwd``) and return the executed
    notebook, cell ids normalised (:func:`normalise`).

    ``parameters`` are injected papermill's way: a cell tagged ``injected-parameters`` after the
    cell tagged ``parameters``, which must declare every name passed (``ValueError`` otherwise).
    The notebook runs in a fresh kernel, or in ``kernel``, one from :func:`start_kernel` started
    in ``cwd`` (``ValueError`` otherwise; a fresh kernel replaces it if it has died meanwhile).
    The kernel is shut down when the run ends, either way. A cell that raises stops the run
    with ``papermill.PapermillExecutionError``.
    """
    import papermill

    try:
        if kernel is not None and kernel.cwd.resolve() != Path(cwd).resolve():
            raise ValueError(f"the kernel was started in {kernel.cwd}, not in {cwd}")
        if parameters:
            _check_parameters(nb, parameters)
        if kernel is not None and not kernel.alive():
            kernel.shutdown()  # e.g. killed while the caller worked: start afresh, not fail
            kernel = None
        if kernel is None:
            kernel = StartedKernel(_new_manager(), Path(cwd))
        with _kernel_environment(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # papermill's notices on metadata it adds and we strip
            executed = papermill.execute_notebook(
                copy.deepcopy(nb), None, parameters=dict(parameters or {}),
                kernel_name=KERNEL_NAME, progress_bar=False, cwd=str(cwd),
                execution_timeout=timeout, km=kernel.manager,
                request_save_on_cell_execute=False)
    finally:
        # papermill leaves a kernel manager it was given running (until this process exits)
        if kernel is not None:
            kernel.shutdown()
    return normalise(executed)


def declared_parameters(nb: nbformat.NotebookNode) -> list[str]:
    """Names assigned in the cell tagged ``parameters`` (``ValueError`` when there is none)."""
    import ast

    cell = next((c for c in nb.cells if PARAMETERS_TAG in _tags(c)), None)
    if cell is None:
        raise ValueError("the notebook has no cell tagged 'parameters'")
    tree = ast.parse(cell.source)
    return [t.id for node in tree.body if isinstance(node, ast.Assign)
            for t in node.targets if isinstance(t, ast.Name)]


def _check_parameters(nb: nbformat.NotebookNode, parameters: Mapping[str, Any]) -> None:
    declared = declared_parameters(nb)
    unknown = [name for name in parameters if name not in declared]
    if unknown:
        raise ValueError(f"parameter(s) {', '.join(unknown)} not declared in the notebook's "
                         f"parameters cell (it declares {', '.join(declared)})")


def normalise(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Strip what changes between runs: execution metadata, versions, random ids.

    * notebook metadata: only ``kernelspec`` (fixed :data:`KERNELSPEC`), ``language_info``
      (name and lexer, no Python version) and ``title`` are kept;
    * cells: ids become ``cell-NN`` (position), metadata keeps only ``tags``;
    * outputs: transient display ids are dropped, and memory addresses in plain-text reprs
      (``<pandas.io.formats.style.Styler at 0x7f...>``) become ``0xADDRESS``, as
      ``notebooks/sanitize.cfg`` does for nbval.  Execution counts stay: they are 1, 2, ...
      in a fresh kernel, and nbval needs them to know a cell was run.

    Timings (the one cell marked ``NBVAL_IGNORE_OUTPUT``) still change from run to run.
    """
    keep = {k: nb.metadata[k] for k in ("title",) if k in nb.metadata}
    nb.metadata = nbformat.from_dict({"kernelspec": KERNELSPEC, "language_info": LANGUAGE_INFO,
                                      **keep})
    for index, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{index:02d}"
        tags = cell.get("metadata", {}).get("tags")
        cell["metadata"] = nbformat.from_dict({"tags": list(tags)} if tags else {})
        for output in cell.get("outputs", []):
            output.pop("transient", None)
            data = output.get("data", {})
            if isinstance(data.get("text/plain"), str):
                data["text/plain"] = _ADDRESS.sub("0xADDRESS", data["text/plain"])
    nb.nbformat, nb.nbformat_minor = 4, 5
    return nb


def run_notebooks(paths: Sequence[Path] | None = None, *, timeout: int = CELL_TIMEOUT_S,
                  log=print) -> list[tuple[Path, float]]:
    """Re-execute each notebook in place (outputs stored, metadata normalised).

    Returns (path, seconds) per notebook.
    """
    done = []
    for path in paths or notebook_paths():
        start = time.perf_counter()
        nb = nbformat.read(path, as_version=4)
        _write(execute_notebook(nb, cwd=path.parent, timeout=timeout), path)
        seconds = time.perf_counter() - start
        log(f"executed {path.relative_to(REPO_ROOT) if path.is_relative_to(REPO_ROOT) else path}"
            f" in {seconds:.1f} s")
        done.append((path, seconds))
    return done


def _write(nb: nbformat.NotebookNode, path: Path) -> None:
    nbformat.validate(nb)
    text = nbformat.writes(nb, version=4)
    path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# parameters
# ---------------------------------------------------------------------------


def _tags(cell: Mapping[str, Any]) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def drop_tagged(nb: nbformat.NotebookNode, tag: str) -> nbformat.NotebookNode:
    """Remove every cell carrying ``tag``."""
    nb.cells = [c for c in nb.cells if tag not in _tags(c)]
    return nb


# ---------------------------------------------------------------------------
# HTML export
# ---------------------------------------------------------------------------

# The JupyterLab page, minus every script loaded from a CDN (require.js, MathJax, mermaid):
# the report is static, must open from disk without a network, and needs no JavaScript.
_TEMPLATE = r"""
{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block extra_css -%}
<style type="text/css">
  body.jp-Notebook { max-width: 1180px; margin: 0 auto; padding: 24px 32px 64px 32px; }
  .jp-RenderedMarkdown { font-size: 15px; line-height: 1.55; max-width: 52em; }
  .jp-RenderedMarkdown h1 { font-size: 1.9em; margin-top: 0.4em; }
  .jp-RenderedMarkdown h2 { border-bottom: 1px solid #ddd; padding-bottom: 0.2em; margin-top: 1.6em; }
  .jp-RenderedImage img { max-width: 100%; height: auto; }
  .jp-OutputArea-output table { font-size: 12.5px; }
  .jp-InputPrompt, .jp-OutputPrompt { display: none; }
</style>
{%- endblock extra_css -%}
"""
_TEMPLATE_NAME = "newsstance_report.html.j2"


def export_html(nb: nbformat.NotebookNode, out_html: Path | str) -> Path:
    """Write an executed notebook as a static HTML page: no code, no prompts, images inline.

    Widget state is dropped (the page runs no JavaScript).
    """
    nb = copy.deepcopy(nb)
    nb.metadata.pop("widgets", None)
    exporter = HTMLExporter(template_name="lab",
                            extra_loaders=[DictLoader({_TEMPLATE_NAME: _TEMPLATE})],
                            template_file=_TEMPLATE_NAME,
                            exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, embed_images=True)
    body, _ = exporter.from_notebook_node(nb)
    out = Path(out_html)
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.is_file() and pages_agree(out.read_text(encoding="utf-8"), body):
        return out  # the same page up to float noise in its figures: leave the file as it is
    out.write_text(body, encoding="utf-8")
    return out


_INLINE_PNG = re.compile(r"data:image/png;base64,([A-Za-z0-9+/=]+)")


def pages_agree(a: str, b: str) -> bool:
    """Whether two exported pages say the same: identical text and, image by image, figures
    that agree up to float noise (:func:`analysis.plots.pngs_agree`)."""
    import base64

    from .plots import pngs_agree

    if a == b:
        return True
    if _INLINE_PNG.split(a)[::2] != _INLINE_PNG.split(b)[::2]:
        return False
    images_a, images_b = _INLINE_PNG.findall(a), _INLINE_PNG.findall(b)
    return len(images_a) == len(images_b) and all(
        x == y or pngs_agree(base64.b64decode(x), base64.b64decode(y))
        for x, y in zip(images_a, images_b))


def for_corpus(nb: nbformat.NotebookNode, corpus: Path | str,
               actors: Path | str | None = None) -> nbformat.NotebookNode:
    """A copy of ``nb`` ready to run on ``corpus``: outputs cleared and, unless it is the seed
    corpus with the shipped registry, the hand-written seed readings (cells tagged
    ``seed-only``) left out, so no stale claim about the seeds reaches another corpus's copy."""
    nb = copy.deepcopy(nb)
    if not is_seed_corpus(corpus, actors):
        drop_tagged(nb, SEED_ONLY_TAG)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    return nb


def corpus_parameters(nb: nbformat.NotebookNode, corpus: Path | str,
                      actors: Path | str | None = None, **extra: Any) -> dict[str, Any]:
    """The papermill parameters that point ``nb`` at ``corpus`` (absolute paths, as the kernel
    runs in the notebooks folder); ``extra`` values that are None are left at their defaults,
    and only parameters the notebook declares are passed."""
    declared = declared_parameters(nb)
    values = {"CORPUS": str(Path(corpus).resolve()),
              "ACTORS": str(Path(actors).resolve()) if actors is not None else None}
    values.update({k: v for k, v in extra.items() if v is not None})
    return {k: v for k, v in values.items() if k in declared}


def run_on_corpus(corpus: Path | str, out_dir: Path | str, *, actors: Path | str | None = None,
                  names: Sequence[str] = (), timeout: int = CELL_TIMEOUT_S,
                  log=print) -> list[Path]:
    """Execute the notebooks on ``corpus`` with papermill and save the executed copies in
    ``out_dir`` (the committed notebooks are not touched). Seed readings are left out for any
    other corpus (:func:`for_corpus`). Returns the paths written."""
    corpus = Path(corpus)
    if not corpus.exists():
        raise FileNotFoundError(f"{corpus}: no such corpus file or folder")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for path in notebook_paths(names):
        nb = nbformat.read(path, as_version=4)
        if "CORPUS" not in declared_parameters(nb):
            continue  # the model card reads no corpus
        start = time.perf_counter()
        parameters = corpus_parameters(nb, corpus, actors)
        if "PHRASES" in declared_parameters(nb) and not is_seed_corpus(corpus, actors):
            parameters["PHRASES"] = None  # chosen from the corpus, not the seeds' phrases
        executed = execute_notebook(for_corpus(nb, corpus, actors), cwd=NOTEBOOK_DIR,
                                    timeout=timeout, parameters=parameters)
        _write(executed, out_dir / path.name)
        log(f"executed {path.name} on {corpus} in {time.perf_counter() - start:.1f} s "
            f"-> {out_dir / path.name}")
        written.append(out_dir / path.name)
    return written


def export_report(corpus: Path | str, out_html: Path | str, *, actors: Path | str | None = None,
                  contrast: Sequence[str] | None = None,
                  actors_shown: Sequence[str] | None = None,
                  timeout: int = CELL_TIMEOUT_S, kernel: StartedKernel | None = None) -> Path:
    """The framing notebook executed on ``corpus`` and exported as ``out_html``.

    ``corpus`` is anything :func:`analysis.corpus.load_corpus` reads; ``actors`` an actor
    registry TOML (default: the shipped one); ``contrast`` the phrases compared side by side
    (default: the notebook's own for the seeds, else chosen from the corpus); ``actors_shown``
    the actors of the actor heatmap. The page has no code cells, its figures are inline PNGs and
    it loads nothing from the network. For a corpus other than the seeds the hand-written seed
    commentary (cells tagged ``seed-only``) is left out; the generated readings and every table
    and figure describe the given corpus. ``kernel``: one started ahead with
    :func:`start_kernel` (e.g. preloading :data:`REPORT_PRELOAD`), shut down in any case.
    Returns the path written.
    """
    try:
        corpus_path = Path(corpus).resolve()
        if not corpus_path.exists():
            raise FileNotFoundError(f"{corpus}: no such corpus file or folder")
        template = nbformat.read(NOTEBOOK_DIR / REPORT_NOTEBOOK, as_version=4)
        seeds = is_seed_corpus(corpus_path, actors)
        nb = for_corpus(template, corpus_path, actors)
        extra: dict[str, Any] = {"ACTORS_SHOWN": list(actors_shown) if actors_shown else None}
        if contrast:
            extra["PHRASES"] = list(contrast)
        parameters = corpus_parameters(nb, corpus_path, actors, **extra)
        if not seeds and not contrast:
            parameters["PHRASES"] = None  # chosen from the corpus, not the seeds' phrases
        nb.metadata["title"] = f"How the outlets frame the actors: {corpus_path.name}"
        # Run from the notebooks folder (relative defaults resolve there); the executed copy stays
        # in memory, the committed notebook is not touched.
        executed = execute_notebook(nb, cwd=NOTEBOOK_DIR, timeout=timeout, parameters=parameters,
                                    kernel=kernel)
    finally:
        if kernel is not None:  # already shut down when the notebook ran; not when refused
            kernel.shutdown()
    return export_html(executed, out_html)


# ---------------------------------------------------------------------------
# browser check
# ---------------------------------------------------------------------------


def find_chromium() -> str | None:
    """Path of a Chromium / Chrome executable on ``PATH``, or None."""
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def screenshot(html: Path | str, png: Path | str, *, width: int = 1200, height: int = 3000,
               chromium: str | None = None, timeout: int = 120) -> Path:
    """Render ``html`` in headless Chromium and save a ``width`` x ``height`` PNG screenshot.

    Network features of the browser are switched off (the page must not need them).  Raises
    ``FileNotFoundError`` when no Chromium is installed (Debian: ``apt-get install chromium``)
    and ``RuntimeError`` when the browser fails or writes no image.
    """
    html, png = Path(html).resolve(), Path(png).resolve()
    if not html.is_file():
        raise FileNotFoundError(f"{html}: no such HTML file")
    browser = chromium or find_chromium()
    if browser is None:
        raise FileNotFoundError("no Chromium found on PATH; install it (Debian: "
                                "`apt-get install chromium`)")
    png.parent.mkdir(parents=True, exist_ok=True)
    if png.exists():
        png.unlink()
    with tempfile.TemporaryDirectory(prefix="newsstance-chromium-") as profile:
        cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--hide-scrollbars",
               f"--user-data-dir={profile}", f"--screenshot={png}",
               f"--window-size={width},{height}", html.as_uri()]
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                                check=False)
    if not png.is_file() or png.stat().st_size == 0:
        raise RuntimeError(f"{browser} wrote no screenshot (exit {result.returncode}):\n"
                           f"{result.stderr[-2000:]}")
    return png


# ---------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m analysis.notebooks",
                                description="Run the notebooks; export and check the HTML report.")
    sub = p.add_subparsers(dest="command")
    r = sub.add_parser("run", help="re-execute notebooks in place (default: all)")
    r.add_argument("notebooks", nargs="*", help="notebook names or paths")
    r.add_argument("--timeout", type=int, default=CELL_TIMEOUT_S, help="seconds per cell")
    r.add_argument("--corpus", help="run on this corpus instead, saving executed copies in --out "
                                    "(the committed notebooks are left as they are)")
    r.add_argument("--actors", help="actor registry TOML for --corpus (default: the shipped one)")
    r.add_argument("--out", help="folder for the executed copies (with --corpus)")
    e = sub.add_parser("report", help="execute the framing notebook on a corpus; write HTML")
    e.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS),
                   help="folder or .csv/.jsonl file (default: the seed corpus)")
    e.add_argument("--actors", help="actor registry TOML (default: the shipped one)")
    e.add_argument("--out", default=str(DEFAULT_REPORT), help="the HTML file to write")
    s = sub.add_parser("screenshot", help="screenshot the HTML report with headless Chromium")
    s.add_argument("html", nargs="?", default=str(DEFAULT_REPORT), help="the page to render")
    s.add_argument("--out", default=str(DEFAULT_REPORT.with_suffix(".png")),
                   help="the PNG to write")
    s.add_argument("--width", type=int, default=1200, help="window width in pixels")
    s.add_argument("--height", type=int, default=3000, help="window height in pixels")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command in (None, "run"):
            names = getattr(args, "notebooks", [])
            timeout = getattr(args, "timeout", CELL_TIMEOUT_S)
            if getattr(args, "corpus", None):
                if not args.out:
                    raise ValueError("run --corpus needs --out: the folder for the executed copies")
                run_on_corpus(args.corpus, args.out, actors=args.actors, names=names,
                              timeout=timeout)
            else:
                run_notebooks(notebook_paths(names), timeout=timeout)
        elif args.command == "report":
            print(f"wrote {export_report(args.corpus, args.out, actors=args.actors)}")
        elif args.command == "screenshot":
            print(f"wrote {screenshot(args.html, args.out, width=args.width, height=args.height)}")
    except (FileNotFoundError, ValueError, RuntimeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
