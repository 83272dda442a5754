"""Shared fixtures: paths of the repository, the shipped content and the test dossiers."""

from __future__ import annotations

from pathlib import Path

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
