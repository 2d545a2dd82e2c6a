# The two set-up commands of the README: `make run` and `make test`.  Everything else is a helper.
PY        ?= python3
VENV      := .venv
BIN       := $(VENV)/bin
SHARED_LAW ?= ../shared/law
HOST      ?= 127.0.0.1
PORT      ?= 8000

.PHONY: run test lint typecheck unit bench system-deps clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $@ $(VENV)/.installed

## run: install into .venv if needed, import ../shared/law when present, serve on $(HOST):$(PORT)
run: $(VENV)/.installed
	@bash scripts/system-deps.sh runtime
	@if [ -d "$(SHARED_LAW)" ]; then $(BIN)/kzreview law import "$(SHARED_LAW)"; \
	  else echo "$(SHARED_LAW) not found: serving the bundled resolutions only"; fi
	$(BIN)/kzreview serve --host $(HOST) --port $(PORT)

## system-deps: Debian packages the tests use (Tesseract for OCR, headless Chromium for the browser tests)
system-deps:
	@bash scripts/system-deps.sh test

## test: install what tests need, then lint, type-check and run the whole suite
test: $(VENV)/.installed-test system-deps lint typecheck unit

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

unit: $(VENV)/.installed-test
	$(BIN)/pytest

## bench: speed targets, each beside a baseline measured in the same run
bench: $(VENV)/.installed-test
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis
