"""A stance training run stopped after an epoch continues from its checkpoint and ends as an
uninterrupted run does (analysis.models.training.train_classifier, checkpoint=)."""

import json

import numpy as np
import pytest

from analysis.models import CheckpointError, TrainConfig
from analysis.stance import CHECKPOINT_NAME, train_stance


class Stop(Exception):
    pass


def _stop_in_epoch(n):
    def log(message):
        if message.startswith(f"epoch {n} step 0/"):
            raise Stop(message)
    return log


def _adapter(folder):
    from safetensors.numpy import load_file

    return load_file(str(folder / "adapter_model.safetensors"))


def _history(folder):
    epochs = json.loads((folder / "metrics.json").read_text())["history"]["epochs"]
    return [{k: v for k, v in e.items() if k != "elapsed_s"} for e in epochs]


CFG = TrainConfig(epochs=3, batch_size=8, seed=1, label_smoothing=0.1, lora_dropout=0.1)


def test_a_stopped_run_resumes_and_ends_as_an_uninterrupted_one(tmp_path, newsmtsc_dir):
    whole, stopped = tmp_path / "whole", tmp_path / "stopped"
    train_stance(newsmtsc_dir, whole, CFG, limit=16, log=lambda m: None)
    with pytest.raises(Stop):
        train_stance(newsmtsc_dir, stopped, CFG, limit=16, log=_stop_in_epoch(3))
    assert (stopped / CHECKPOINT_NAME).is_file()
    assert not (stopped / "metrics.json").exists()
    messages = []
    train_stance(newsmtsc_dir, stopped, CFG, limit=16, log=messages.append)
    assert any(m.startswith("resuming after epoch 2 of 3") for m in messages)
    # only the third epoch ran again
    assert not any(m.startswith(("epoch 1 step", "epoch 2 step")) for m in messages)
    a, b = _adapter(whole), _adapter(stopped)
    assert a.keys() == b.keys()
    for key in a:  # dropout, batch order and optimiser state all restored: the same bits
        assert np.array_equal(a[key], b[key]), key
    assert _history(whole) == _history(stopped)
    assert not (whole / CHECKPOINT_NAME).exists() and not (stopped / CHECKPOINT_NAME).exists()


def test_a_checkpoint_of_another_run_is_refused(tmp_path, newsmtsc_dir):
    out = tmp_path / "run"
    with pytest.raises(Stop):
        train_stance(newsmtsc_dir, out, CFG, limit=16, log=_stop_in_epoch(2))
    other = TrainConfig(**{**CFG.to_dict(), "seed": 2})
    with pytest.raises(CheckpointError, match="checkpoint.pt.*another training run"):
        train_stance(newsmtsc_dir, out, other, limit=16, log=lambda m: None)
    with pytest.raises(CheckpointError):  # other data: one row fewer
        train_stance(newsmtsc_dir, out, CFG, limit=15, log=lambda m: None)
    assert (out / CHECKPOINT_NAME).is_file()  # never deleted by a refused run
