# teachapp — quick start: `make run` (the app) and `make test` (the whole suite).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test bench lint system venv test-venv clean

## run: set up and start the app on its defaults (simulated home, SQLite in the user data dir)
run: system venv
	$(BIN)/teachapp

## test: set up (with test extras) and run the whole test suite
test: system test-venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 --dist loadgroup

## bench: speed, accuracy and memory figures (benchmarks/)
bench: test-venv $(VENV)/.installed-bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py

## lint: ruff, the layer contracts (import-linter) and mypy
lint: test-venv
	$(BIN)/ruff check teachapp tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/mypy

system:
	@sh scripts/install-system-deps.sh $(if $(filter test,$(MAKECMDGOALS)),--check,)

$(VENV)/bin/python:
	@echo "teachapp: creating the Python environment in $(VENV) (first run only)…"
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

# The first `make run` installs ~300 MB of packages (about a minute): pip shows each
# package and its download, so the wait is never silent.
$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	@echo "teachapp: installing its Python packages (first run: about a minute)…"
	$(PIP) install --progress-bar on -e .
	@echo "teachapp: installed; starting."
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(PIP) install -q -e '.[test]'
	touch $(VENV)/.installed $@

# The benchmarks' speech is said by a neural voice too (hibari-tts, the `bench` extra).
$(VENV)/.installed-bench: pyproject.toml $(VENV)/.installed-test
	$(PIP) install -q -e '.[test,bench]'
	touch $@

venv: $(VENV)/.installed
test-venv: $(VENV)/.installed-test

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache

-include packaging/dist.mk
