"""Under CI=true a skipped test fails the run: a skip there means something was not checked.

Loaded by tests/conftest.py (and usable alone as ``pytest -p skip_policy``). Locally, skips stay
skips: a contributor without Chromium can still run the rest. Expected failures (xfail) are not skips.
"""

from __future__ import annotations

import os

import pytest

_SKIPPED: list[tuple[str, str]] = []


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if in_ci() and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        _SKIPPED.append((report.nodeid, reason.removeprefix("Skipped: ")))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _SKIPPED and exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _SKIPPED:
        return
    terminalreporter.section("skipped under CI=true (each is a failure)", red=True, bold=True)
    for nodeid, reason in _SKIPPED:
        terminalreporter.line(f"{nodeid}: {reason}")
    terminalreporter.line(f"{len(_SKIPPED)} skipped test(s) fail this run: CI must check everything")
