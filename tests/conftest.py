"""Shared fixtures: paths of the repository, the shipped content and the test dossiers."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import goldens
import profiles
import pytest
import scheduling

# Under CI=true a skipped test fails the run (see skip_policy.py); the hooks are pytest's own names.
from skip_policy import pytest_runtest_logreport, pytest_sessionfinish, pytest_terminal_summary

__all__ = ["pytest_runtest_logreport", "pytest_sessionfinish", "pytest_terminal_summary"]

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
FIXTURES = ROOT / "tests" / "fixtures"

# Every command a test starts (mkdocs, explainer, python -m ...) imports the working tree, not a copy
# of the package installed elsewhere, whatever folder it runs in.
if os.environ.get("PYTHONPATH", "").split(os.pathsep)[0] != str(ROOT):
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))

# A build makes its pages in one process unless a test asks for more (EXPLAINER_WORKERS=2 in
# tests/test_reuse_build.py and test_workers.py hold the forked workers to one process's bytes):
# `pytest -n auto` already keeps every core busy with a test each, and a build forking a worker per
# core on top of that spends about a sixth more CPU for the same pages (the shipped site: 11.8 s of
# CPU in one process, 14.1 s with two workers).
os.environ.setdefault("EXPLAINER_WORKERS", "1")

profiles.register()


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Chromium, once per test process: Playwright's sync API runs one instance per process, so
    every test that reads a page in a browser (tests/browser/ and the few elsewhere) shares it."""
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT / "tests" / "browser"))
    from browsing import ARGS, CHROMIUM

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="rewrite tests/golden/ from a fresh build before collecting the tests that compare with it",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Runs before collection: the golden cases collected are then the pages of this build."""
    scheduling.register(config)
    if config.getoption("--update-goldens"):
        for name in goldens.SITES:
            written = goldens.update(name)
            print(f"updated tests/golden/{name}/: {written} pages")


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """Under `pytest -n`: a test module's tests run on one worker, so its shared builds are made once,
    and so do the browser modules that share a build; the longest go first, each to a worker that has
    run out of work (tests/scheduling.py)."""
    return scheduling.make_scheduler(config, log)
