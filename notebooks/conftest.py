"""nbval setup for the notebooks: kernels import this checkout's ``analysis`` package.

nbval starts each notebook's kernel with this process's environment and the notebook's folder
as working directory, so without an installed package ``import analysis`` would fail there.
Putting the repository root on ``PYTHONPATH`` makes ``pytest notebooks --nbval`` test the code
in this checkout, installed or not. (Run the notebooks with ``python -m analysis.notebooks``.)
"""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_paths = [str(REPO), *[p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]]
os.environ["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(_paths))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
