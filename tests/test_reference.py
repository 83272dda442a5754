"""The format reference is generated from the model: every field, every kind, every rule."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from generator.authoring.reference import EXAMPLES, NESTED, format_reference_markdown
from generator.cli import cli
from generator.format.model import ENTRY_KINDS, Meta
from generator.format.rules import RULES

REFERENCE = format_reference_markdown()


def _section(model: type) -> str:
    """The reference's text about one model: from its heading to the next heading."""
    nested = model in NESTED
    heading = (
        f"### {re.sub(r'(?<!^)(?=[A-Z])', ' ', model.__name__)}\n"
        if nested
        else f"## `{model.file_name}.yaml`: {model.noun}\n"  # type: ignore[attr-defined]
    )
    start = REFERENCE.index(heading) + len(heading)
    return re.split(r"\n##+ ", REFERENCE[start:])[0]


@pytest.mark.parametrize("model", [Meta, *ENTRY_KINDS, *NESTED], ids=lambda m: m.__name__)
def test_every_field_is_documented(model: type) -> None:
    section = _section(model)
    for name, info in model.model_fields.items():  # type: ignore[attr-defined]
        row = next(line for line in section.splitlines() if line.startswith(f"| `{info.alias or name}` |"))
        assert ("**required**" in row) == info.is_required()
        if info.description:
            assert " ".join(info.description.split()).replace("|", "\\|") in row


@pytest.mark.parametrize("model", [Meta, *ENTRY_KINDS], ids=lambda m: m.__name__)
def test_every_kind_has_a_valid_example(model: type) -> None:
    data = EXAMPLES[model]
    for entry in data if isinstance(data, list) else [data]:
        model.model_validate(entry)  # type: ignore[attr-defined]
    assert f"## `{model.file_name}.yaml`: {model.noun}" in REFERENCE  # type: ignore[attr-defined]


def test_types_in_words() -> None:
    lines = REFERENCE.splitlines()
    assert "| `value` | number | **required** |" in "\n".join(lines)
    assert "| `cite` | list of [citation](#citation) | **required** |" in "\n".join(lines)
    assert "| `date` | date (YYYY, YYYY-MM or YYYY-MM-DD, quoted) | **required** |" in "\n".join(lines)
    assert "| `stated_by` | list of id | optional (empty) |" in "\n".join(lines)


def test_every_rule_is_listed() -> None:
    for rule, spec in RULES.items():
        assert f"| `{rule}` | {spec.severity} |" in REFERENCE


def test_cli_prints_it() -> None:
    result = CliRunner().invoke(cli, ["reference"])
    assert (result.exit_code, result.stdout) == (0, REFERENCE)
