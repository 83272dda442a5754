# Two entry points for people: `make serve` and `make test`. Both set up .venv themselves.
PYTHON ?= python3
ADDR ?= 127.0.0.1:8000
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup setup-build setup-authoring serve build test check lint fmt lock mutation clean

# Packages are installed from the lock files in requirements/ (exact versions, the same in CI and
# deploy), by uv when it installs (seconds with a warm cache), else by pip. Each role has its own
# stamp: `make serve` installs what building needs, `make test` adds the authoring and test extras,
# and a change to pyproject.toml or a lock file re-installs.
UV_VERSION := 0.13.9
INSTALL = if [ -x $(BIN)/uv ]; then $(BIN)/uv pip install --quiet --python $(BIN)/python $(1); \
	else $(BIN)/pip install --quiet $(1); fi
BUILD_STAMP := $(VENV)/.installed-build
AUTHORING_STAMP := $(VENV)/.installed-authoring
TEST_STAMP := $(VENV)/.installed-test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet uv==$(UV_VERSION) || echo "uv is not available here: installing with pip"

$(BUILD_STAMP): pyproject.toml requirements/build.lock | $(BIN)/python
	$(call INSTALL,-r requirements/build.lock)
	$(call INSTALL,--no-deps -e .)
	touch $@

$(AUTHORING_STAMP): $(BUILD_STAMP) requirements/authoring.lock
	$(call INSTALL,-r requirements/authoring.lock)
	touch $@

$(TEST_STAMP): $(AUTHORING_STAMP) requirements/test.lock
	$(call INSTALL,-r requirements/test.lock)
	touch $@

# Bytecode of every installed module, written once after the test install (pip writes it, uv does
# not unless asked): the hundreds of interpreters the tests start (`python -m generator`, `mkdocs
# build`, `pytest` in pytest) then read mkdocs, Material and pydantic instead of compiling them each
# time; where PYTHONDONTWRITEBYTECODE is set that is every time (tests/test_malformed.py's 49 runs of
# the CLI: 44 s of CPU without, 23 s with).
# `make test` and `make check` compile the working tree's generator/ the same way.
COMPILED_STAMP := $(VENV)/.compiled-test
$(COMPILED_STAMP): $(TEST_STAMP)
	$(BIN)/python -m compileall -q -j0 $(VENV)/lib
	touch $@
COMPILE_TREE = $(BIN)/python -m compileall -q generator
# pytest rewrites each test module's asserts on import and keeps the result beside it
# (tests/__pycache__/, ignored by git), but not where PYTHONDONTWRITEBYTECODE is set: then every pytest
# process (each worker of `-n auto`, and those the tests start) rewrites all of them again, 3 of its 6 s
# of CPU for collecting. The test targets let pytest keep them, as they keep the bytecode above.
PYTEST = PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest

setup: $(TEST_STAMP)
setup-build: $(BUILD_STAMP)
setup-authoring: $(AUTHORING_STAMP)

serve: $(BUILD_STAMP)
	@$(BIN)/python scripts/port_free.py $(ADDR)
	$(BIN)/mkdocs serve --dirty --dev-addr $(ADDR)

build: $(BUILD_STAMP)
	$(BIN)/mkdocs build --strict

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check generator tests benchmarks

# Everything, as CI runs it: CI sets CI=true, which gives the full profile (every hypothesis example,
# every string, page, type and width the sweeps hold) and the browser tests' screenshots, and fails the
# run on a skipped test; locally the fast profile (tests/profiles.py) and no screenshots: about 6
# minutes on the quiet 2-core machine, the longest modules first, each to the worker out of work, both
# done within seconds of each other (README, tests/scheduling.py).
test: $(COMPILED_STAMP)
	$(COMPILE_TREE)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/vulture
	$(PYTEST) -n auto

# The quick loop while working (under a minute on two idle cores: 82-91 s of CPU): lint, types and the tests that build no whole site
# and drive no browser, with the fast hypothesis profile. Left to `make test`: the modules that start
# the command in a fresh interpreter case by case, the goldens' own checks, and the readability
# rules over random dossiers' pages (together two thirds of the loop's time).
CHECK_LEAVES_OUT := $(addprefix --ignore=tests/,test_cli_paths.py test_cli_validate.py test_malformed.py \
	test_stored_text.py test_article_layouts.py test_goldens.py test_sentences.py test_skip_policy.py)
check: $(COMPILED_STAMP)
	$(COMPILE_TREE)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check generator tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/vulture
	$(PYTEST) -n auto -q -m "not browser and not slow" $(CHECK_LEAVES_OUT)

# Mutation testing of format/ and checking/ (docs/mutation.md; weekly in CI): mutmut, pinned here as
# it is no test of every change, then the score per module; fails below 85%. MUTANTS narrows the run:
# `make mutation MUTANTS='generator.checking.journalism*'`.
MUTMUT_VERSION := 3.8.1
MUTANTS ?= generator.format.* generator.checking.*
mutation: $(TEST_STAMP)
	$(call INSTALL,mutmut==$(MUTMUT_VERSION))
	$(BIN)/python scripts/mutation.py $(MUTANTS)

fmt: $(BUILD_STAMP)
	$(BIN)/explainer fmt content

# Rewrites the lock files from pyproject.toml (newest versions its ranges allow, for every platform).
lock: $(BIN)/python
	test -x $(BIN)/uv || $(BIN)/pip install --quiet uv==$(UV_VERSION)
	$(BIN)/uv pip compile -q --universal --python-version 3.11 pyproject.toml -o requirements/build.lock
	$(BIN)/uv pip compile -q --universal --python-version 3.11 --extra authoring pyproject.toml \
		-o requirements/authoring.lock
	$(BIN)/uv pip compile -q --universal --python-version 3.11 --extra test pyproject.toml \
		-o requirements/test.lock

clean:
	rm -rf site .pytest_cache mutants
