"""Dependencies by role: building needs no authoring package, and an authoring command without its
extra says in one line what to install (exit 2, no traceback, nothing written).

Each run is the real command in a fresh interpreter whose authoring packages are made unimportable
(``sys.modules[name] = None``, as if they were not installed); it imports the working tree.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import AUTHORING_MODULES

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONWARNINGS": "ignore", "PYTHONPATH": str(ROOT)}
WITHOUT_AUTHORING = f"import sys; sys.modules.update(dict.fromkeys({AUTHORING_MODULES!r}))"


def run(code: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", f"{WITHOUT_AUTHORING}\n{code}", *args]
    return subprocess.run(command, cwd=cwd, env=ENV, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize(
    ("command", "args"),
    [
        ("init", ["init", "--from-article", "article.txt", "--slug", "new-story", "content"]),
        ("snapshot", ["snapshot", "some-source", "--file", "article.txt", "--content", "content"]),
        ("sources check", ["sources", "check", "content"]),
    ],
)
def test_an_authoring_command_without_its_extra_names_it_in_one_line(
    tmp_path: Path, command: str, args: list[str]
) -> None:
    shutil.copytree(ROOT / "tests" / "fixtures" / "sites" / "basic" / "content", tmp_path / "content")
    shutil.copy(ROOT / "tests" / "fixtures" / "articles" / "us-jobs-2010.txt", tmp_path / "article.txt")
    before = sorted(path.relative_to(tmp_path) for path in tmp_path.rglob("*"))
    done = run("from generator.cli import main; main()", *args, cwd=tmp_path)
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        f"error: `explainer {command}` needs the authoring extra ({', '.join(AUTHORING_MODULES)} missing): "
        "pip install 'explainer-sites[authoring]', or `make setup-authoring` in a clone"
    ]
    assert sorted(path.relative_to(tmp_path) for path in tmp_path.rglob("*")) == before


def test_validation_needs_no_authoring_package() -> None:
    done = run("from generator.cli import main; main()", "validate", "content", "--strict", cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_a_strict_build_needs_no_authoring_package(tmp_path: Path) -> None:
    project = shutil.copytree(ROOT / "tests" / "fixtures" / "sites" / "basic", tmp_path / "site-project")
    done = run("from mkdocs.__main__ import cli; cli()", "build", "--strict", cwd=project)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (project / "site" / "index.html").is_file()
