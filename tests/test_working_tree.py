"""The commands tests start (builds in a subprocess, the CLI) import this working tree, wherever they
run and whatever copy of the package is installed (tests/conftest.py puts the tree first on
PYTHONPATH)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_a_command_started_by_a_test_imports_the_working_tree(tmp_path: Path) -> None:
    assert os.environ["PYTHONPATH"].split(os.pathsep)[0] == str(ROOT)
    done = subprocess.run(
        [sys.executable, "-c", "import generator, mkdocs.plugins as p; print(generator.__file__)"],
        cwd=tmp_path,
        env={**os.environ},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()) == ROOT / "generator" / "__init__.py"
