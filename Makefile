# Two entry points for people: `make serve` and `make test`. Both set up .venv themselves.
PYTHON ?= python3
ADDR ?= 127.0.0.1:8000
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup serve build test lint fmt clean

# Serving needs only the package itself; the test extras (Playwright, ruff, ...) come with `make test`,
# so a first `make serve` is quick. Each set has its own stamp: `make test` after `make serve` adds the
# extras, and a change to pyproject.toml re-installs both.
SERVE_STAMP := $(VENV)/.installed-serve
TEST_STAMP := $(VENV)/.installed-test

$(SERVE_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -e .
	touch $@

$(TEST_STAMP): $(SERVE_STAMP)
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

setup: $(TEST_STAMP)

serve: $(SERVE_STAMP)
	@$(BIN)/python scripts/port_free.py $(ADDR)
	$(BIN)/mkdocs serve --dev-addr $(ADDR)

build: $(SERVE_STAMP)
	$(BIN)/mkdocs build --strict

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check generator tests benchmarks

test: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/python -m pytest

fmt: $(SERVE_STAMP)
	$(BIN)/explainer fmt content

clean:
	rm -rf site .pytest_cache
