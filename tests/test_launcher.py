"""The launcher (tests/launcher.py) runs a command as a real interpreter does: the same exit code,
standard output and error, byte for byte, and a fresh process each time."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from launcher import LAUNCHER, explainer

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
    env = {**os.environ, "PYTHONWARNINGS": "error::DeprecationWarning"}
    assert not LAUNCHER.forks_for(env)
    done = explainer("validate", "content", cwd=content, env=env)
    assert done.returncode == 1
