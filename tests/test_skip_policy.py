"""The CI skip policy, run as a real pytest in a subprocess: a skip passes locally and fails under CI=true."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent

SAMPLE = """\
import pytest

def test_runs():
    assert True

@pytest.mark.skipif(True, reason="needs a tool that is missing")
def test_skipped():
    pass

@pytest.mark.xfail(reason="a known bug", strict=True)
def test_known_bug():
    assert False
"""


def run_pytest(folder: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci is not None:
        env["CI"] = ci
    env["PYTHONPATH"] = str(HERE)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "skip_policy", "-p", "no:cacheprovider", "-q", str(folder)],
        cwd=folder,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_a_skip_passes_locally_and_fails_under_ci(tmp_path: Path) -> None:
    (tmp_path / "test_sample.py").write_text(SAMPLE, encoding="utf-8")
    local = run_pytest(tmp_path, None)
    assert local.returncode == 0, local.stdout
    assert "1 passed, 1 skipped, 1 xfailed" in local.stdout
    ci = run_pytest(tmp_path, "true")
    assert ci.returncode == 1, ci.stdout
    assert "test_sample.py::test_skipped: needs a tool that is missing" in ci.stdout
    assert "1 skipped test(s) fail this run" in ci.stdout


def test_without_skips_ci_passes(tmp_path: Path) -> None:
    (tmp_path / "test_sample.py").write_text("def test_runs():\n    assert True\n", encoding="utf-8")
    assert run_pytest(tmp_path, "true").returncode == 0
