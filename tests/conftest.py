"""Shared fixtures: paths of the repository, the shipped content and the test dossiers."""

from __future__ import annotations

from pathlib import Path

import goldens
import pytest

# Under CI=true a skipped test fails the run (see skip_policy.py); the hooks are pytest's own names.
from skip_policy import pytest_runtest_logreport, pytest_sessionfinish, pytest_terminal_summary

__all__ = ["pytest_runtest_logreport", "pytest_sessionfinish", "pytest_terminal_summary"]

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture
def root() -> Path:
    return ROOT


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="rewrite tests/golden/ from a fresh build before collecting the tests that compare with it",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Runs before collection: the golden cases collected are then the pages of this build."""
    if config.getoption("--update-goldens"):
        for name in goldens.SITES:
            written = goldens.update(name)
            print(f"updated tests/golden/{name}/: {written} pages")
