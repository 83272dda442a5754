"""Docs are tested: every CLI command has help text and appears in the contributor docs."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from generator.cli import cli

DOCS = Path(__file__).resolve().parent.parent / "docs" / "contribute" / "index.md"
COMMANDS = sorted(cli.commands)


def test_there_are_commands() -> None:
    assert {"validate", "fmt", "new", "init", "diff", "reference"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_in_the_contributor_docs(name: str) -> None:
    assert f"`explainer {name}" in DOCS.read_text(encoding="utf-8"), f"document `explainer {name}`"


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help(name: str) -> None:
    command = cli.commands[name]
    assert command.help and command.help.strip()
    for param in command.params:
        if isinstance(param, click.Option) and param.name != "help":
            assert param.help, f"--{param.name} of `explainer {name}` has no help text"
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    first_paragraph = command.help.strip().split("\n\n")[0]
    assert " ".join(first_paragraph.split()) in " ".join(result.stdout.split())
