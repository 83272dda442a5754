"""`explainer fmt`: one canonical layout, nothing lost, a second run changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import profiles
import pytest
from click.testing import CliRunner

from generator.authoring.formatter import FormatError, format_text, read_data
from generator.checking.discovery import files_under, model_for
from generator.cli import cli

CONTENT = Path(__file__).resolve().parent.parent / "content"

MESSY = """\
# yaml-language-server: $schema=../../schema/actors.schema.json
# The people of the story.
- name: "Ming Xuechang"   # as the article spells it
  kind: person
  id: ming-xuechang
  native_name: {lang: zh-Hans, text: 明学昌}
  # Who he is.
  description: 'Head of the Ming family.'
  cite:
  - evidence: "A fourth leader of the gang, Ming Xuechang, committed suicide to avoid arrest, as the article reports it"
    source: ljubas-2023

- id: kokang
  name: "yes"
  kind: place
  cite: [{source: ljubas-2023, evidence: "1:20"}]
  description: |
    A region.
      # Not a comment: part of the text.

# Next: places.
"""

CANONICAL = """\
# yaml-language-server: $schema=../../schema/actors.schema.json
# The people of the story.
- id: ming-xuechang
  name: Ming Xuechang  # as the article spells it
  kind: person
  native_name:
    text: 明学昌
    lang: zh-Hans
  # Who he is.
  description: Head of the Ming family.
  cite:
    - source: ljubas-2023
      evidence: A fourth leader of the gang, Ming Xuechang, committed suicide to avoid arrest, as
        the article reports it

- id: kokang
  name: "yes"
  kind: place
  description: |
    A region.
      # Not a comment: part of the text.
  cite:
    - source: ljubas-2023
      evidence: "1:20"

# Next: places.
"""


def test_canonical_layout() -> None:
    assert format_text(MESSY, model_for(Path("actors.yaml"))) == CANONICAL


def test_values_and_comments_survive() -> None:
    assert read_data(CANONICAL, "x") == read_data(MESSY, "x")
    comments = [
        line.strip() for line in MESSY.splitlines() if line.lstrip().startswith("# ") and "Not" not in line
    ]
    for comment in comments:
        assert comment in CANONICAL


def test_second_run_changes_nothing() -> None:
    assert format_text(CANONICAL, model_for(Path("actors.yaml"))) == CANONICAL


def test_dates_typed_by_the_model() -> None:
    meta = "slug: x\ntitle: T\npublished: '2023-11-24'\nstory:\n- text: yes\n  cite: [{source: a}]\n"
    events = "- id: e\n  date: 2023-11-21\n  end_date: '2023-12'\n  title: T\n"
    assert format_text(meta, model_for(Path("dossier.yaml"))) == (
        'title: T\nslug: x\npublished: 2023-11-24\nstory:\n  - text: "yes"\n    cite:\n      - source: a\n'
    )
    assert format_text(events, model_for(Path("events.yaml"))) == (
        '- id: e\n  date: "2023-11-21"\n  end_date: "2023-12"\n  title: T\n'
    )


def test_unknown_keys_keep_their_place_after_known_ones() -> None:
    text = "- zzz: 1\n  id: a\n  aaa: 2\n  value: 3\n"
    assert format_text(text, model_for(Path("numbers.yaml"))) == "- id: a\n  value: 3\n  zzz: 1\n  aaa: 2\n"


@pytest.mark.parametrize(
    "text", ["a: !!python/object:os.system x\n", "- &a x\n- *a\n", "a: [1\n", "a: 1\na: 2\n"]
)
def test_refuses_what_the_validator_refuses(text: str) -> None:
    with pytest.raises(FormatError, match="not valid dossier YAML"):
        format_text(text, None, "bad.yaml")


@pytest.mark.skipif(not CONTENT.is_dir(), reason="no shipped dossier")
def test_shipped_dossier_is_kept_and_stable() -> None:
    files = files_under([CONTENT])
    assert files
    # Every file under CI; locally (profile `fast`) a third, a story's dossier.yaml among them.
    for path in profiles.sample(files, 3, [lambda p: p.name == "dossier.yaml"]):
        text = path.read_text(encoding="utf-8")
        once = format_text(text, model_for(path), str(path))
        assert read_data(once, str(path)) == read_data(text, str(path)), path
        assert format_text(once, model_for(path), str(path)) == once, path
        assert once.count("\n\n") == text.count("\n\n"), f"{path}: blank lines are kept"


def test_cli_check_lists_then_fmt_fixes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "content" / "story"
    folder.mkdir(parents=True)
    (folder / "actors.yaml").write_text(MESSY, encoding="utf-8")
    (folder / "glossary.yaml").write_text("- id: t\n  term: T\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    checked = runner.invoke(cli, ["fmt", "--check", "content"])
    assert checked.exit_code == 1
    assert checked.stdout == "content/story/actors.yaml: would reformat\n"
    assert checked.stderr == "1 file would be reformatted; run `explainer fmt`\n"
    assert (folder / "actors.yaml").read_text(encoding="utf-8") == MESSY
    fixed = runner.invoke(cli, ["fmt", "content"])
    assert (fixed.exit_code, fixed.stdout) == (0, "content/story/actors.yaml: reformatted\n")
    assert (folder / "actors.yaml").read_text(encoding="utf-8") == CANONICAL
    again = runner.invoke(cli, ["fmt", "--check", "content"])
    assert (again.exit_code, again.stdout) == (0, "")


def test_cli_reports_a_file_it_cannot_format(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "content" / "story"
    folder.mkdir(parents=True)
    (folder / "numbers.yaml").write_text("- id: a\n  value: !secret 1\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["fmt", "content/story/numbers.yaml"])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: content/story/numbers.yaml is not valid dossier YAML")
    assert (folder / "numbers.yaml").read_text(encoding="utf-8") == "- id: a\n  value: !secret 1\n"


def test_folder_of_files_uses_the_folder_kind(tmp_path: Path) -> None:
    base = Path(__file__).parent / "fixtures" / "rules" / "base"
    shutil.copytree(base, tmp_path / "content")
    story = next((tmp_path / "content").iterdir())
    (story / "actors").mkdir()
    (story / "actors" / "more.yaml").write_text("- name: X\n  id: x\n", encoding="utf-8")
    assert story / "actors" / "more.yaml" in files_under([tmp_path / "content"])
    assert model_for(story / "actors" / "more.yaml").__name__ == "Actor"  # type: ignore[union-attr]
