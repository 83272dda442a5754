"""`validate`, `fmt` and `diff` agree on what a dossier is: the same files, hence the same entries."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.authoring.changes import read_entries
from generator.checking.discovery import files_under
from generator.checking.loader import load_site
from generator.cli import cli

BASE = Path(__file__).parent / "fixtures" / "rules" / "base"
HIDDEN_ACTOR = "- id: {id}\n  name: Hidden\n  kind: group\n  description: Not part of the dossier.\n  cite:\n    - source: port-news\n"


def spread_out(tmp_path: Path) -> Path:
    """The base dossier with `.yml` files, a folder of files for one kind, and hidden copies."""
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    story = content / "harbour-strike"
    (story / "dossier.yaml").rename(story / "dossier.yml")
    (story / "glossary.yaml").rename(story / "glossary.yml")
    actors = yaml.safe_load((story / "actors.yaml").read_text(encoding="utf-8"))
    (story / "actors.yaml").unlink()
    (story / "actors").mkdir()
    (story / "actors.yml").write_text(yaml.safe_dump(actors[:1], sort_keys=False), encoding="utf-8")
    (story / "actors" / "more.yaml").write_text(yaml.safe_dump(actors[1:], sort_keys=False), encoding="utf-8")
    (story / ".actors.yaml").write_text(HIDDEN_ACTOR.format(id="hidden-top"), encoding="utf-8")
    (story / "actors" / ".backup.yaml").write_text(HIDDEN_ACTOR.format(id="hidden-sub"), encoding="utf-8")
    (content / ".trash").mkdir()
    shutil.copytree(story, content / ".trash" / "harbour-strike")
    return content


def test_validate_fmt_and_diff_read_the_same_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content = spread_out(tmp_path)
    site = load_site(content, check_snapshots=False).raise_for_problems()
    validated = {(type(entry).noun, entry.id) for dossier in site.dossiers for entry in dossier.items()}
    validated |= {("dossier", dossier.slug) for dossier in site.dossiers}

    diffed = {key for entries in read_entries(content).values() for key in entries}
    assert {key for key in diffed if key[0] != "relationship"} == {
        key for key in validated if key[0] != "relationship"
    }

    formatted = files_under([content])
    story = content / "harbour-strike"
    assert formatted == sorted(
        [
            story / "actors" / "more.yaml",
            story / "actors.yml",
            *(story / f"{name}.yaml" for name in ["claims", "events", "numbers", "relationships", "sources"]),
            story / "dossier.yml",
            story / "glossary.yml",
        ]
    )
    assert files_under([story]) == formatted
    assert {("actor", "dock-union"), ("actor", "port-authority"), ("dossier", "harbour-strike")} <= validated
    assert not any(entry_id.startswith("hidden") for _, entry_id in validated | diffed)

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["fmt", "content"])
    assert result.exit_code == 0, result.output
    changed = {line.split(":")[0] for line in result.stdout.splitlines()}
    assert changed <= {str(path.relative_to(tmp_path)) for path in formatted}
    assert (story / ".actors.yaml").read_text(encoding="utf-8") == HIDDEN_ACTOR.format(id="hidden-top")


def test_an_unknown_yaml_file_is_reported_by_validate_and_left_alone_by_fmt(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    (content / "harbour-strike" / "notes.yml").write_text("- anything\n", encoding="utf-8")
    found = load_site(content, check_snapshots=False)
    assert [d.rule for d in found.diagnostics if d.path.endswith("notes.yml")] == ["file-unknown"]
    assert content / "harbour-strike" / "notes.yml" not in files_under([content])
    assert ("dossier", "harbour-strike") in read_entries(content)["harbour-strike"]
