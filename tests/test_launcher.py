"""The launcher (tests/launcher.py) runs a command as a real interpreter does: the same exit code,
standard output and error, byte for byte, and a fresh process each time."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from launcher import LAUNCHER, explainer, python_m

BASE = Path(__file__).parent / "fixtures" / "rules" / "base"

COMMANDS = {
    "errors, human": ["validate", "content", "--strict"],
    "errors, json": ["validate", "content", "--format", "json"],
    "errors, github": ["validate", "--format", "github"],
    "usage error": ["validate", "nope"],
    "unknown option": ["validate", "--no-such-option"],
    "help": ["fmt", "--help"],
    "a file's format": ["fmt", "--check", "content"],
}


@pytest.fixture
def content(tmp_path: Path) -> Path:
    shutil.copytree(BASE, tmp_path / "content")
    actors = tmp_path / "content" / "harbour-strike" / "actors.yaml"
    text = actors.read_text("utf-8")
    assert "kind: organisation" in text
    actors.write_text(text.replace("kind: organisation", "kind: organisaton", 1) + "\n\n", "utf-8")
    return tmp_path


@pytest.mark.parametrize("args", COMMANDS.values(), ids=COMMANDS.keys())
def test_a_run_is_what_a_real_interpreter_prints(content: Path, args: list[str]) -> None:
    env = {**os.environ, "NO_COLOR": "1"}
    real = subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=content, env=env, capture_output=True, text=True
    )
    forked = explainer(*args, cwd=content, env=env)
    assert LAUNCHER.forks_for(env)
    assert (forked.returncode, forked.stdout, forked.stderr) == (real.returncode, real.stdout, real.stderr)
    assert real.stdout or real.stderr


def test_each_run_starts_from_a_fresh_process(content: Path) -> None:
    """A run changes nothing the next one sees: the folder, the environment, the process."""
    first = explainer("validate", "harbour-strike", cwd=content / "content", env={**os.environ, "A": "1"})
    second = explainer("validate", "content", cwd=content, env={**os.environ, "NO_COLOR": "1"})
    assert first.returncode == second.returncode == 1
    assert "harbour-strike/actors.yaml" in first.stdout
    assert "content/harbour-strike/actors.yaml" in second.stdout


def test_an_environment_python_reads_at_start_gets_a_real_interpreter(content: Path) -> None:
    env = {**os.environ, "PYTHONHASHSEED": "123"}
    assert not LAUNCHER.forks_for(env)
    done = explainer("validate", "content", cwd=content, env=env)
    assert done.returncode == 1


def test_a_build_is_what_a_real_interpreter_builds(tmp_path: Path) -> None:
    project = shutil.copytree(Path(__file__).parent / "fixtures" / "sites" / "basic", tmp_path / "site")
    env = {**os.environ, "PYTHONWARNINGS": "ignore", "EXPLAINER_REUSE": "0", "NO_MKDOCS_2_WARNING": "1"}
    args = ["build", "--strict", "--site-dir"]
    real = subprocess.run(
        [sys.executable, "-m", "mkdocs", *args, "real"], cwd=project, env=env, capture_output=True, text=True
    )
    forked = python_m("mkdocs", *args, "forked", cwd=project, env=env)
    assert LAUNCHER.forks_for(env)
    assert (forked.returncode, forked.stdout) == (real.returncode, real.stdout) == (0, "")

    def lines(err: str) -> list[str]:
        return [re.sub(r"[\d.]+ seconds|/(real|forked)\b", "", line) for line in err.splitlines()]

    assert lines(forked.stderr) == lines(real.stderr) and "Documentation built" in real.stderr
    assert files(project / "forked") == files(project / "real")


def files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}
