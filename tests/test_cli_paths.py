"""Every command pointed at a wrong path: exit 2 and one line; validate, fmt and diff on a dossier or a file."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from launcher import explainer

from generator.cli import cli

BASE = Path(__file__).parent / "fixtures" / "rules" / "base"

# Each command with a path that does not exist (or is not what the command reads).
WRONG_PATHS = {
    "validate": [
        ["validate", "nope"],
        ["validate", "content/harbour-strike/nope.yaml"],
        ["validate", "notes.txt"],
    ],
    "fmt": [["fmt", "nope"], ["fmt", "--check", "nope"], ["fmt", "notes.txt"]],
    "diff": [["diff", "nope", "content"], ["diff", "content", "nope"]],
    "build": [["build", "nope", "--out", "out"], ["build", "content/harbour-strike", "--out", "out"]],
    "new": [["new", "actor", "nope"]],
    "init": [
        ["init", "--from-article", "nope.txt", "--slug", "story"],
        ["init", "--from-article", "notes.txt", "--slug", "story", "notes.txt"],
    ],
    "schema": [["schema", "--check", "--out", "nope"]],
    "snapshot": [
        ["snapshot", "some-source", "--file", "nope.html"],
        ["snapshot", "some-source", "--file", "notes.txt", "--content", "nope"],
    ],
    "sources": [["sources", "check", "nope"]],
    "zensical": [["zensical", "-f", "nope.yml"]],
    "shard": [
        ["shard", "1/2", "-f", "nope.yml", "--site-dir", "out"],
        ["shard", "3/2", "-f", "notes.txt", "--site-dir", "out"],
    ],
    "merge": [["merge", "--out", "site", "nope"], ["merge", "--out", "site", "notes.txt"]],
}
WITHOUT_PATHS = {"reference"}


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return explainer(*args, cwd=cwd, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


@pytest.fixture
def site(tmp_path: Path) -> Path:
    shutil.copytree(BASE, tmp_path / "content")
    (tmp_path / "notes.txt").write_text("not a dossier\n", encoding="utf-8")
    return tmp_path


def test_every_command_is_tried_with_a_wrong_path() -> None:
    assert set(WRONG_PATHS) | WITHOUT_PATHS == set(cli.commands)


@pytest.mark.parametrize("args", [args for cases in WRONG_PATHS.values() for args in cases], ids=" ".join)
def test_a_wrong_path_is_a_usage_error_in_one_line(site: Path, args: list[str]) -> None:
    result = run(*args, cwd=site)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    command = " ".join(args[:2]) if args[0] == "sources" else args[0]  # a group names its sub-command
    assert f"explainer {command} -h" in lines[0]
    assert not (site / "out").exists() and not (site / "content" / "story").exists()


def break_both(site: Path) -> None:
    """A second dossier, then one mistake in each dossier."""
    shutil.copytree(site / "content" / "harbour-strike", site / "content" / "rail-strike")
    meta = site / "content" / "rail-strike" / "dossier.yaml"
    meta.write_text(
        meta.read_text(encoding="utf-8").replace("harbour-strike", "rail-strike"), encoding="utf-8"
    )
    for slug, field in [("harbour-strike", "kind: organisation"), ("rail-strike", "kind: government-body")]:
        actors = site / "content" / slug / "actors.yaml"
        actors.write_text(actors.read_text(encoding="utf-8").replace(field, "kind: nobody"), encoding="utf-8")
    events = site / "content" / "rail-strike" / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8").replace('"2024-02"', '"2024-13"'), encoding="utf-8")


def _heads(stdout: str) -> list[str]:
    return [line.split(": ")[0] for line in stdout.splitlines() if line.startswith("content/")]


def test_validate_reports_only_the_dossier_or_file_asked_for(site: Path) -> None:
    break_both(site)
    whole = run("validate", "content", cwd=site)
    assert whole.returncode == 1
    assert _heads(whole.stdout) == [
        "content/harbour-strike/actors.yaml:4:9",
        "content/rail-strike/actors.yaml:11:9",
        "content/rail-strike/events.yaml:3:9",
    ]
    dossier = run("validate", "content/rail-strike", cwd=site)
    assert dossier.returncode == 1
    assert _heads(dossier.stdout) == [
        "content/rail-strike/actors.yaml:11:9",
        "content/rail-strike/events.yaml:3:9",
    ]
    assert dossier.stdout.rstrip().endswith("2 errors, 0 warnings in 2 files")
    one_file = run("validate", "content/rail-strike/events.yaml", cwd=site)
    assert _heads(one_file.stdout) == ["content/rail-strike/events.yaml:3:9"]
    clean = run("validate", "content/rail-strike/glossary.yaml", "--strict", cwd=site)
    assert (clean.returncode, clean.stdout) == (0, "no problems found\n")
    # From inside the dossier folder, "." is the dossier.
    inside = run("validate", ".", cwd=site / "content" / "harbour-strike")
    assert inside.returncode == 1
    assert [line.split(": ")[0] for line in inside.stdout.splitlines() if ".yaml:" in line] == [
        "actors.yaml:4:9"
    ]


def test_fmt_accepts_a_dossier_or_a_file(site: Path) -> None:
    assert run("fmt", "content", cwd=site).returncode == 0
    numbers = site / "content" / "harbour-strike" / "numbers.yaml"
    numbers.write_text(
        numbers.read_text(encoding="utf-8").replace("  value:", "  value:   "), encoding="utf-8"
    )
    assert run("fmt", "--check", "content/harbour-strike/actors.yaml", cwd=site).returncode == 0
    checked = run("fmt", "--check", "content/harbour-strike", cwd=site)
    assert checked.returncode == 1
    assert checked.stdout == "content/harbour-strike/numbers.yaml: would reformat\n"
    assert run("fmt", "content/harbour-strike/numbers.yaml", cwd=site).returncode == 0
    assert run("fmt", "--check", "content", cwd=site).returncode == 0


def test_diff_narrows_to_a_dossier_or_a_file(site: Path, tmp_path: Path) -> None:
    base = tmp_path / "base"
    shutil.copytree(site / "content", base / "content")
    break_both(site)
    whole = run("diff", str(base / "content"), "content", "--format", "text", cwd=site)
    assert "Dossier rail-strike (added)" in whole.stdout and "Dossier harbour-strike" in whole.stdout
    one = run(
        "diff",
        str(base / "content" / "harbour-strike"),
        "content/harbour-strike",
        "--format",
        "text",
        cwd=site,
    )
    assert one.returncode == 0
    assert "rail-strike" not in one.stdout
    assert "Changed actor dock-union" in one.stdout
    only_events = run(
        "diff", str(base / "content"), "content/harbour-strike/events.yaml", "--format", "text", cwd=site
    )
    assert only_events.stdout == "No dossier changes.\n"


def as_repository(site: Path) -> None:
    """The site laid out like a repository: folders beside content/ that are no dossiers."""
    for folder in ["docs", "generator", "benchmarks"]:
        (site / folder).mkdir()
        (site / folder / "notes.md").write_text("# Notes\n", encoding="utf-8")


def test_validate_from_the_repository_root_finds_the_content_folder(site: Path) -> None:
    as_repository(site)
    break_both(site)
    from_root = run("validate", ".", cwd=site)
    assert (from_root.returncode, from_root.stderr) == (1, "")
    assert "dossier-missing" not in from_root.stdout
    assert _heads(from_root.stdout) == _heads(run("validate", "content", cwd=site).stdout)
    assert _heads(run("validate", cwd=site).stdout) == _heads(from_root.stdout)


def test_a_folder_with_no_dossier_is_one_line_saying_what_to_type(site: Path) -> None:
    as_repository(site)
    result = run("validate", "docs", cwd=site)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "error: 'docs' holds no dossier (a folder with dossier.yaml); give the content folder, e.g. "
        "content, or a story's folder, e.g. content/<slug> (see `explainer validate -h`)\n"
    )


def test_a_bare_story_name_finds_its_folder(site: Path) -> None:
    break_both(site)
    by_name = run("validate", "rail-strike", cwd=site)
    assert by_name.returncode == 1
    assert _heads(by_name.stdout) == [
        "content/rail-strike/actors.yaml:11:9",
        "content/rail-strike/events.yaml:3:9",
    ]
    unknown = run("validate", "tram-strike", cwd=site)
    assert (unknown.returncode, unknown.stdout) == (2, "")
    assert unknown.stderr == (
        "error: 'tram-strike' does not exist, nor does content/tram-strike; a story is named by its "
        "folder, content/<slug> (see `explainer validate -h`)\n"
    )
    checked = run("fmt", "--check", "harbour-strike", cwd=site).stdout.splitlines()
    assert checked and all(line.startswith("content/harbour-strike/") for line in checked)


def test_commands_work_from_inside_the_content_folder(site: Path) -> None:
    break_both(site)
    inside = site / "content"
    whole = run("validate", cwd=inside)
    assert whole.returncode == 1
    assert [line.split(": ")[0] for line in whole.stdout.splitlines() if ".yaml:" in line] == [
        "harbour-strike/actors.yaml:4:9",
        "rail-strike/actors.yaml:11:9",
        "rail-strike/events.yaml:3:9",
    ]
    one = run("validate", "rail-strike", cwd=inside)
    assert "harbour-strike" not in one.stdout and "rail-strike/events.yaml:3:9" in one.stdout
    assert "harbour-strike/numbers.yaml: would reformat" in run("fmt", "--check", cwd=inside).stdout
    (site / "article.txt").write_text(
        "A strike closed the port of Harbourton on Monday, the union said.\n", encoding="utf-8"
    )
    drafted = run("init", "--from-article", "../article.txt", "--slug", "port-strike", cwd=inside)
    assert drafted.returncode == 0, drafted.stderr
    assert (inside / "port-strike" / "dossier.yaml").is_file() and not (inside / "content").exists()


def test_commands_work_from_inside_a_dossier_folder(site: Path) -> None:
    break_both(site)
    dossier = site / "content" / "rail-strike"
    here = run("validate", cwd=dossier)
    assert here.returncode == 1
    assert [line.split(": ")[0] for line in here.stdout.splitlines() if ".yaml:" in line] == [
        "actors.yaml:11:9",
        "events.yaml:3:9",
    ]
    added = run("new", "term", cwd=dossier)
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("added term 'new-term' at glossary.yaml:")
