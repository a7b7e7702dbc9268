"""Suite-wide setup: offline model loading and no network at all.

Every socket connection to a non-loopback address fails for the whole session, so a test that
passes here proves the package needs no network. (Loopback stays open: Jupyter kernels used by
nbval talk to pytest over it.)
"""

from __future__ import annotations

import ipaddress
import os
import socket
import tempfile
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
# A fresh score cache per run: tests must exercise the models, not what an earlier run stored.
os.environ["NEWSSTANCE_CACHE_DIR"] = tempfile.mkdtemp(prefix="newsstance-test-cache-")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
NEWSMTSC = SHARED / "data" / "newsmtsc"
GOEMOTIONS = SHARED / "data" / "goemotions"


class NetworkBlocked(RuntimeError):
    pass


def _is_loopback(address) -> bool:
    if not isinstance(address, tuple) or not address:
        return True  # AF_UNIX paths and the like never leave the machine
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name other than localhost would need DNS: refuse


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_getaddrinfo = socket.getaddrinfo


def _guarded_connect(self, address):
    if not _is_loopback(address):
        raise NetworkBlocked(f"network access blocked in tests: connect to {address!r}")
    return _real_connect(self, address)


def _guarded_connect_ex(self, address):
    if not _is_loopback(address):
        raise NetworkBlocked(f"network access blocked in tests: connect to {address!r}")
    return _real_connect_ex(self, address)


def _guarded_getaddrinfo(host, *args, **kwargs):
    if host not in (None, "localhost") and not _is_loopback((host,)):
        raise NetworkBlocked(f"network access blocked in tests: DNS lookup of {host!r}")
    return _real_getaddrinfo(host, *args, **kwargs)


socket.socket.connect = _guarded_connect
socket.socket.connect_ex = _guarded_connect_ex
socket.getaddrinfo = _guarded_getaddrinfo


@pytest.fixture(scope="session")
def newsmtsc_dir() -> Path:
    if not (NEWSMTSC / "dev-rw.jsonl").is_file():
        pytest.skip(f"NewsMTSC data not found at {NEWSMTSC} (../shared beside the repo)")
    return NEWSMTSC


@pytest.fixture(scope="session")
def goemotions_dir() -> Path:
    if not (GOEMOTIONS / "test.tsv").is_file():
        pytest.skip(f"GoEmotions data not found at {GOEMOTIONS} (../shared beside the repo)")
    return GOEMOTIONS


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    """An empty score cache of the test's own, switched on; nothing touches ~/.cache.
    The cache and engine tests use it for every test (``pytestmark``)."""
    from analysis import cache

    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_ENV, str(folder))
    monkeypatch.delenv(cache.NO_CACHE_ENV, raising=False)
    return folder


@pytest.fixture(scope="session", autouse=True)
def _no_graphs_of_temporary_models_left(tmp_path_factory):
    """The ONNX graph cache is the user's (a built graph is like an installed file), and tests
    build graphs of throw-away models under the temporary root (90 MB each, about 1 GB a run):
    at the end remove the graphs whose every recorded user lies under that root, and nothing
    else (the shipped models' graphs stay for the next run)."""
    yield
    from analysis.models.onnx_backend import prune_graphs

    prune_graphs(under=tmp_path_factory.getbasetemp())
