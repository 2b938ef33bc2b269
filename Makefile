# Relance — the two commands of the quick start are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench setup system-deps clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP)

system-deps:
	@bash packaging/dev/system-deps.sh

run: setup
	$(PY) -m desktop

test: setup system-deps
	$(PY) -m pytest

lint: setup
	$(PY) -m ruff check desktop tracker tests benchmarks
	$(PY) -m mypy

bench: setup system-deps
	$(PY) -m benchmarks

clean:
	rm -rf $(VENV) benchmarks/out
