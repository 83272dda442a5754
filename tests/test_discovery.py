"""`validate`, `fmt` and `diff` agree on what a dossier is: the same files, hence the same entries;
and what each command is pointed at (a content folder, a story, a file, or nothing: found from where
it runs), with one line saying what to give when it is wrong."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.authoring.changes import read_entries
from generator.checking import selection
from generator.checking.discovery import files_under
from generator.checking.loader import load_site
from generator.checking.selection import Selection, find_content, select, select_here
from generator.checking.yamlfile import MAX_BYTES
from generator.cli import cli
from generator.errors import UsageError

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


def test_a_folder_whose_name_starts_with_an_underscore_or_a_dot_is_no_story(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    shutil.copytree(content / "harbour-strike", content / "_drafts")
    shutil.copytree(content / "harbour-strike", content / ".old")
    site = load_site(content, check_snapshots=False).raise_for_problems()
    assert [dossier.slug for dossier in site.dossiers] == ["harbour-strike"]
    assert {path.parent.name for path in files_under([content])} == {"harbour-strike"}


def test_a_story_folder_is_known_by_its_dossier_file_or_by_any_kind_file(tmp_path: Path) -> None:
    """`fmt story/` on a story that holds only `dossier.yaml`, or only `actors.yaml`, formats that file
    (the folder is not taken for a content folder of stories)."""
    only_meta, only_actors = tmp_path / "only-meta", tmp_path / "only-actors"
    only_meta.mkdir()
    only_actors.mkdir()
    shutil.copy(BASE / "harbour-strike" / "dossier.yaml", only_meta)
    shutil.copy(BASE / "harbour-strike" / "actors.yaml", only_actors)
    assert files_under([only_meta]) == [only_meta / "dossier.yaml"]
    assert files_under([only_actors]) == [only_actors / "actors.yaml"]


def test_an_empty_content_folder_says_how_to_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "content").mkdir()
    monkeypatch.chdir(tmp_path)
    found = load_site(Path("content"))
    assert found.site is None
    assert [(d.path, d.line, d.col, d.rule, d.message, d.hint) for d in found.diagnostics] == [
        (
            "content",
            1,
            1,
            "dossier-missing",
            "the content folder holds no dossier",
            "add a folder such as content/my-story/ with a dossier.yaml",
        )
    ]


def placed(content: Path, max_bytes: int = MAX_BYTES) -> list[tuple[str, int, int, str, str, str]]:
    found = load_site(content, check_snapshots=False, max_bytes=max_bytes).diagnostics
    return [(d.path, d.line, d.col, d.rule, d.message, d.hint) for d in found]


def test_a_linked_file_or_story_is_read_only_inside_the_content_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    monkeypatch.chdir(tmp_path)
    (content / "_shared").mkdir()
    (content / "harbour-strike" / "glossary.yaml").rename(content / "_shared" / "glossary.yaml")
    (content / "harbour-strike" / "glossary.yaml").symlink_to(Path("..") / "_shared" / "glossary.yaml")
    assert placed(Path("content")) == []
    (content / "harbour-strike").rename(tmp_path / "harbour-strike")
    (content / "harbour-strike").symlink_to(tmp_path / "harbour-strike")
    assert placed(Path("content")) == [
        (
            "content/harbour-strike",
            1,
            1,
            "file-outside",
            "this dossier folder is a symlink to a place outside the content folder",
            "move the dossier into the content folder",
        )
    ]


def test_a_story_without_its_dossier_file_or_with_a_file_over_the_limit_is_told_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    monkeypatch.chdir(tmp_path)
    over = [(d[0], d[3], d[5]) for d in placed(Path("content"), max_bytes=300)]
    assert over == [
        (
            "content/harbour-strike/actors.yaml",
            "file-too-large",
            "split the entries over several files in a folder named after the kind",
        )
    ]
    (content / "harbour-strike" / "dossier.yaml").unlink()
    assert placed(Path("content")) == [
        (
            "content/harbour-strike",
            1,
            1,
            "dossier-missing",
            "this dossier folder has no dossier.yaml",
            "add dossier.yaml with title, slug, summary, language, published, last_reviewed and licence",
        )
    ]


# -- What a command points at (generator/checking/selection.py), in process --------------------------


@pytest.fixture
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with content/harbour-strike (its actors in a folder) and content/harbour-strike-2,
    the working folder at its root."""
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    story = content / "harbour-strike"
    (story / "actors").mkdir()
    (story / "actors.yaml").rename(story / "actors" / "asia.yaml")
    shutil.copytree(BASE / "harbour-strike", content / "harbour-strike-2")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Docs\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_content_folder_selects_everything(repository: Path) -> None:
    for given in ("content", "."):
        chosen = select(Path(given))
        assert (chosen.content, chosen.scope, chosen.slug, chosen.kind_file) == (
            Path("content"),
            None,
            None,
            None,
        )
        assert chosen.covers("content/harbour-strike/claims.yaml")


def test_a_story_folder_or_its_bare_name_selects_that_story_only(repository: Path) -> None:
    for given in ("content/harbour-strike", "harbour-strike"):
        chosen = select(Path(given))
        assert (chosen.content, chosen.scope) == (Path("content"), Path("content/harbour-strike")), given
        assert (chosen.slug, chosen.kind_file) == ("harbour-strike", None)
        assert chosen.covers("content/harbour-strike/claims.yaml")
        assert chosen.covers("content/harbour-strike")
        # A story whose name starts with this one's is another story.
        assert not chosen.covers("content/harbour-strike-2/claims.yaml")
        assert not chosen.covers("content/settings.yaml")


def test_a_file_selects_its_kind(repository: Path) -> None:
    chosen = select(Path("content/harbour-strike/claims.yaml"))
    assert (chosen.content, chosen.slug, chosen.kind_file) == (Path("content"), "harbour-strike", "claims")
    assert chosen.covers("content/harbour-strike/claims.yaml")
    assert not chosen.covers("content/harbour-strike/events.yaml")
    in_folder = select(Path("content/harbour-strike/actors/asia.yaml"))
    assert (in_folder.content, in_folder.slug, in_folder.kind_file) == (
        Path("content"),
        "harbour-strike",
        "actors",
    )
    folder = select(Path("content/harbour-strike/actors"))
    assert (folder.content, folder.scope, folder.kind_file) == (
        Path("content"),
        Path("content/harbour-strike/actors"),
        None,
    )
    assert folder.covers("content/harbour-strike/actors/asia.yaml")


def test_the_repository_root_selects_its_content_folder(repository: Path) -> None:
    assert select(Path(".")).content == Path("content")
    assert select(repository).content == Path("content")
    assert select_here(None) == Selection(Path("content"))


def test_from_inside_the_content_a_command_finds_its_place(
    repository: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repository / "content")
    assert select_here(None) == Selection(Path("."))
    assert select_here(Path("harbour-strike")).scope == Path("harbour-strike")
    monkeypatch.chdir(repository / "content" / "harbour-strike")
    assert select_here(None) == Selection(Path(".."), Path("."))
    monkeypatch.chdir(repository / "content" / "harbour-strike" / "actors")
    assert select_here(None) == Selection(Path("../.."), Path("."))
    chosen = select(Path("."))
    assert chosen.scope is not None and chosen.kind_file is None
    assert (chosen.content.resolve(), chosen.scope.resolve()) == (
        (repository / "content").resolve(),
        (repository / "content" / "harbour-strike" / "actors").resolve(),
    )
    assert find_content(repository / "docs") == Selection(Path("../.."))


def test_each_wrong_path_says_in_one_line_what_to_give(repository: Path) -> None:
    cases = {
        "harbour-strik": "'harbour-strik' does not exist, nor does content/harbour-strik; a story is named "
        "by its folder, content/<slug>",
        "content/harbour-strik": "'content/harbour-strik' does not exist",
        "docs/index.md": "'docs/index.md' is not a dossier file (.yaml)",
        "docs": "'docs' holds no dossier (a folder with dossier.yaml); give the content folder, e.g. content, "
        "or a story's folder, e.g. content/<slug>",
    }
    (repository / "docs" / "notes.yaml").write_text("a: 1\n", encoding="utf-8")
    cases["docs/notes.yaml"] = "'docs/notes.yaml' is not a file of a dossier folder"
    (repository / "content" / "harbour-strike" / "notes.yaml").write_text("a: 1\n", encoding="utf-8")
    cases["content/harbour-strike/notes.yaml"] = (
        "'content/harbour-strike/notes.yaml' is not a file of a dossier folder"
    )
    for given, said in cases.items():
        with pytest.raises(UsageError) as raised:
            select(Path(given))
        assert str(raised.value) == said


def test_outside_any_repository_the_command_asks_for_the_content_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    # The folders above a test's temporary folder may hold other tests' dossiers: here, none is found.
    monkeypatch.setattr(selection, "find_content", lambda start: None)
    with pytest.raises(UsageError) as no_content:
        select_here(None)
    assert str(no_content.value) == (
        "no content folder here or above; run the command in the repository (the folder holding "
        "content/) or give the content folder's path"
    )
    with pytest.raises(UsageError) as raised:
        select(Path("my-story"))
    assert str(raised.value) == (
        "'my-story' does not exist, nor does content/my-story; a story is named by its folder, content/<slug>"
    )


def test_a_folder_named_content_is_the_content_folder_even_when_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "content").mkdir()
    monkeypatch.chdir(tmp_path)
    assert select_here(None) == Selection(Path("content"))
    assert select(Path("content")) == Selection(Path("content"))


def test_a_subfolder_or_file_that_is_no_kind_of_entry_is_not_selected(repository: Path) -> None:
    story = repository / "content" / "harbour-strike"
    (story / "notes").mkdir()
    (story / "notes" / "todo.yaml").write_text("a: 1\n", encoding="utf-8")
    with pytest.raises(UsageError, match="holds no dossier"):
        select(Path("content/harbour-strike/notes"))
    with pytest.raises(UsageError, match="is not a file of a dossier folder"):
        select(Path("content/harbour-strike/notes/todo.yaml"))
    # A missing path of several parts is not looked up inside the content folder.
    with pytest.raises(UsageError) as raised:
        select(Path("harbour-strike/claims.yaml"))
    assert str(raised.value) == "'harbour-strike/claims.yaml' does not exist"


def test_from_a_subfolder_of_a_story_the_story_is_selected(
    repository: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (repository / "content" / "harbour-strike" / "notes").mkdir()
    monkeypatch.chdir(repository / "content" / "harbour-strike" / "notes")
    assert select_here(None) == Selection(Path("../.."), Path(".."))


def test_dot_dot_from_a_kind_folder_is_the_story(repository: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repository / "content" / "harbour-strike" / "actors")
    chosen = select(Path(".."))
    assert chosen.scope is not None and chosen.slug == "harbour-strike"
    assert (chosen.content.resolve(), chosen.scope.resolve()) == (
        (repository / "content").resolve(),
        (repository / "content" / "harbour-strike").resolve(),
    )


def test_a_missing_story_is_named_where_the_content_folder_is(
    repository: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repository / "content")
    with pytest.raises(UsageError) as raised:
        select(Path("harbour-strik"))
    assert str(raised.value) == (
        "'harbour-strik' does not exist, nor does ./harbour-strik; a story is named by its folder, ./<slug>"
    )
