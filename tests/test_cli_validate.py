"""The real `explainer validate` command: exit codes, the three output formats, colour, --strict."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from launcher import explainer
from test_rules import official_in_two_stories

from generator.checking.selection import find_content

BASE = Path(__file__).parent / "fixtures" / "rules" / "base"


def run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in {"FORCE_COLOR", "NO_COLOR"}}
    environment.update(env or {})
    return explainer(*args, cwd=cwd, env=environment)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    shutil.copytree(BASE, tmp_path / "content")
    return tmp_path


def break_many(site: Path) -> None:
    """Six unrelated mistakes in four files."""
    folder = site / "content" / "harbour-strike"
    actors = folder / "actors.yaml"
    actors.write_text(
        actors.read_text(encoding="utf-8")
        .replace("kind: organisation", "kind: organization")
        .replace("name: Port Authority", "nmae: Port Authority"),
        encoding="utf-8",
    )
    numbers = folder / "numbers.yaml"
    numbers.write_text(
        numbers.read_text(encoding="utf-8").replace("value: 2000", "value: 3000"), encoding="utf-8"
    )
    events = folder / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8").replace('"2024-02"', '"2024-13"'), encoding="utf-8")
    claims = folder / "claims.yaml"
    claims.write_text(
        claims.read_text(encoding="utf-8").replace(
            "claimants: [port-authority]", "claimants: [port-authority, mayor]"
        ),
        encoding="utf-8",
    )


def test_clean_content_exits_0(site: Path) -> None:
    result = run("validate", "content", "--strict", cwd=site)
    assert (result.returncode, result.stdout, result.stderr) == (0, "no problems found\n", "")


def test_every_problem_in_one_run_with_source_line_caret_and_hint(site: Path) -> None:
    break_many(site)
    result = run("validate", "content", cwd=site)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    heads = [line for line in result.stdout.splitlines() if line.startswith("content/")]
    assert heads == [
        "content/harbour-strike/actors.yaml:4:9: error[value-invalid]: 'organization' is not a valid kind",
        "content/harbour-strike/actors.yaml:9:3: error[field-missing]: this actor is missing the required field 'name'",
        "content/harbour-strike/actors.yaml:10:3: error[field-unknown]: unknown field 'nmae'",
        "content/harbour-strike/claims.yaml:4:31: error[ref-unknown]: no actor has the id 'mayor'",
        "content/harbour-strike/events.yaml:3:9: error[date-invalid]: '2024-13' is not a real date: month 13 does not exist",
        "content/harbour-strike/numbers.yaml:9:17: error[number-evidence]: the evidence 'more than 2,000 members' does not contain the value 3,000",
    ]
    block = result.stdout.split("\n")
    at = block.index(heads[0])
    assert block[at + 1 : at + 4] == [
        " 4 |   kind: organization",
        "   |         ^",
        "  hint: did you mean 'organisation'?",
    ]
    assert result.stdout.rstrip().endswith("6 errors, 0 warnings in 4 files")


def test_github_format_annotates_lines(site: Path) -> None:
    break_many(site)
    result = run("validate", "content", "--format", "github", cwd=site)
    assert result.returncode == 1
    first = result.stdout.splitlines()[0]
    assert first == (
        "::error file=content/harbour-strike/actors.yaml,line=4,col=9,title=value-invalid::"
        "'organization' is not a valid kind (hint: did you mean 'organisation'?)"
    )
    assert len(result.stdout.splitlines()) == 6


def test_json_format(site: Path) -> None:
    break_many(site)
    result = run("validate", "content", "--format", "json", cwd=site)
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert [d["rule"] for d in data["diagnostics"]] == [
        "value-invalid",
        "field-missing",
        "field-unknown",
        "ref-unknown",
        "date-invalid",
        "number-evidence",
    ]
    assert data["diagnostics"][0] == {
        "path": "content/harbour-strike/actors.yaml",
        "line": 4,
        "col": 9,
        "severity": "error",
        "rule": "value-invalid",
        "message": "'organization' is not a valid kind",
        "hint": "did you mean 'organisation'?",
    }


def test_warnings_pass_but_fail_under_strict(site: Path) -> None:
    sources = site / "content" / "harbour-strike" / "sources.yaml"
    sources.write_text(
        sources.read_text(encoding="utf-8") + "- id: spare\n  title: Spare\n", encoding="utf-8"
    )
    assert run("validate", "content", cwd=site).returncode == 0
    strict = run("validate", "content", "--strict", cwd=site)
    assert strict.returncode == 1
    assert "warning[source-unused]" in strict.stdout


def test_usage_errors_exit_2(site: Path) -> None:
    result = run("validate", "content", "--format", "xml", cwd=site)
    assert result.returncode == 2
    assert "Invalid value for '--format'" in result.stderr


def test_missing_content_folder_is_a_usage_error_not_a_traceback(tmp_path: Path) -> None:
    result = run("validate", "nowhere", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    # The folders above tmp_path are other tests' (one may hold stories, as a content folder does).
    above = find_content(tmp_path)
    where = "content" if above is None else os.path.relpath(above.content, tmp_path)
    assert result.stderr == (
        f"error: 'nowhere' does not exist, nor does {where}/nowhere; a story is named by its folder, "
        f"{where}/<slug> (see `explainer validate -h`)\n"
    )
    deeper = run("validate", "nowhere/actors.yaml", cwd=tmp_path)
    assert deeper.stderr == "error: 'nowhere/actors.yaml' does not exist (see `explainer validate -h`)\n"


def test_colour_only_on_a_terminal(site: Path) -> None:
    break_many(site)
    plain = run("validate", "content", cwd=site)
    assert "\x1b[" not in plain.stdout
    coloured = run("validate", "content", cwd=site, env={"FORCE_COLOR": "1", "TERM": "xterm-256color"})
    assert "\x1b[1;31mcontent/harbour-strike/actors.yaml:4:9: error[value-invalid]" in coloured.stdout


GLACIERS = Path(__file__).parent / "fixtures" / "explained" / "glacier-loss-2025"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        # The margin the source gives is kept: no error.
        ("  margin: 16\n", "  margin: 16\n", []),
        # A margin the quote does not write, put at `margin:` with its rule and a hint.
        (
            "  margin: 16\n",
            "  margin: 18\n",
            [
                "content/glacier-loss-2025/numbers.yaml:14:11: error[number-evidence]: the evidence 'glaciers "
                "worldwide lost 273 ± 16 gigatonnes in mass annually from 2000 to 2023' does not contain the "
                "margin 18",
                " 14 |   margin: 18",
                "    |           ^",
                "  hint: quote the phrase that writes the margin with the figure ('120 ± 8'), or correct or "
                "delete `margin:`",
            ],
        ),
        # A quote that drops the margin the number keeps: the value is there, the margin is not.
        (
            "lost 273 ± 16 gigatonnes",
            "lost 273 gigatonnes",
            [
                "content/glacier-loss-2025/numbers.yaml:14:11: error[number-evidence]: the evidence 'glaciers "
                "worldwide lost 273 gigatonnes in mass annually from 2000 to 2023' does not contain the margin 16"
            ],
        ),
    ],
)
def test_a_margin_is_checked_against_its_evidence(
    tmp_path: Path, old: str, new: str, expected: list[str]
) -> None:
    """ "273 gigatonnes a year (give or take 16)" tells the reader the source's margin: a margin no
    evidence phrase writes is an error, as a value is."""
    story = tmp_path / "content" / GLACIERS.name
    shutil.copytree(GLACIERS, story)
    numbers = story / "numbers.yaml"
    text = numbers.read_text(encoding="utf-8")
    assert old in text
    numbers.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = run("validate", "content", cwd=tmp_path)
    errors = [line for line in result.stdout.splitlines() if "error[" in line]
    assert result.returncode == (1 if expected else 0), result.stdout
    assert errors == expected[:1]
    if expected:  # the source line and caret, then the hint
        lines = result.stdout.splitlines()
        at = lines.index(expected[0])
        assert lines[at : at + len(expected)] == expected


def test_one_bodys_official_figures_across_stories_are_warned_with_a_hint(site: Path) -> None:
    """Two stories sharing the dock union, each with its official count of strikers for one day:
    a warning at the later story's `official:`, and the hint says how a revision is told."""
    official_in_two_stories(site / "content" / "harbour-strike")
    result = run("validate", "content", cwd=site)
    assert result.returncode == 0, result.stdout  # a warning; --strict makes it fatal
    lines = result.stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if "official-conflict-across" in line)
    assert lines[at].startswith("content/rail-strike/numbers.yaml:6:13: warning[official-conflict-across]: ")
    assert lines[at + 1 : at + 4] == [
        " 6 |   official: true",
        "   |             ^",
        "  hint: if the body revised harbour-strike/strikers, give that earlier figure in this story too, "
        "cited from its source, and name it here in `revises:` (which names a figure of the same story); "
        "otherwise check both values against their sources",
    ]
    assert run("validate", "content", "--strict", cwd=site).returncode == 1
