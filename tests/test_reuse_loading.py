"""Stories as loaded and checked are kept between builds (``generator.checking.loadcache``): a story
none of whose files changed is not read again, an unchanged publication is not checked again, what
loading reports is the same as a fresh load's (warnings included), and a damaged cache file is
ignored."""

from __future__ import annotations

import hashlib
import pickle
import shutil
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.checking import duplicates, loader
from generator.checking.loadcache import FORMAT, KIND, FileDigests, LoadCache, LoadedStory, files_digest
from generator.checking.loader import load_site
from generator.plugin.workers import story_map

DOSSIERS = Path(__file__).parent / "fixtures" / "dossiers"
STORIES = ("glacier-lake-flood", "suez-canal-blockage")


def content(tmp_path: Path) -> Path:
    for name in STORIES:
        shutil.copytree(DOSSIERS / name, tmp_path / "content" / name)
    # A file of no known kind: a warning that every load must report again.
    (tmp_path / "content" / STORIES[0] / "notes.yaml").write_text("- a note\n", "utf-8")
    return tmp_path / "content"


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The stories read and checked from their files (the real loader, counted)."""
    read: list[str] = []
    real: Callable[..., Any] = loader.load_dossier

    def counted(folder: Path, root: Path, **options: Any) -> Any:
        read.append(folder.name)
        return real(folder, root, **options)

    monkeypatch.setattr(loader, "load_dossier", counted)
    return read


def edit(folder: Path) -> None:
    claims = folder / "claims.yaml"
    claims.write_text(claims.read_text("utf-8").replace("statement: ", "statement: Heron says ", 1), "utf-8")


def test_an_unchanged_publication_is_not_read_again_and_reports_the_same(
    tmp_path: Path, reads: list[str]
) -> None:
    folder = content(tmp_path)
    fresh = load_site(folder)
    assert [d.rule for d in fresh.diagnostics] == ["file-unknown"] and fresh.site is not None
    first = load_site(folder, kept=LoadCache(tmp_path / "cache"))
    second = load_site(folder, kept=LoadCache(tmp_path / "cache"))  # a later build: from disk
    assert first == second == fresh
    assert second.diagnostics[0].source == "- a note"  # the warning, with its line, every build
    assert reads == [*STORIES, *STORIES]  # the fresh load and the first kept one; none the second


def test_an_edited_story_alone_is_read_again(tmp_path: Path, reads: list[str]) -> None:
    folder = content(tmp_path)
    load_site(folder, kept=LoadCache(tmp_path / "cache"))
    edit(folder / STORIES[1])
    reads.clear()
    edited = load_site(folder, kept=LoadCache(tmp_path / "cache"))
    assert reads == [STORIES[1]]
    assert edited == load_site(folder)
    assert edited.site is not None
    assert any("Heron says" in claim.statement for d in edited.site.dossiers for claim in d.claims)


def test_settings_options_and_code_are_part_of_the_key(tmp_path: Path, reads: list[str]) -> None:
    folder = content(tmp_path)
    load_site(folder, kept=LoadCache(tmp_path / "cache"))
    reads.clear()
    (folder / "settings.yaml").write_text("stored_text_max_share: 0.5\n", "utf-8")
    assert load_site(folder, kept=LoadCache(tmp_path / "cache")) == load_site(folder)
    assert sorted(reads) == sorted([*STORIES, *STORIES])  # a setting every story is read with
    reads.clear()
    load_site(folder, kept=LoadCache(tmp_path / "cache"), check_snapshots=False)
    assert sorted(reads) == sorted(STORIES)
    reads.clear()
    load_site(folder, kept=LoadCache(tmp_path / "cache", code="another generator"))
    assert sorted(reads) == sorted(STORIES)


def test_under_serve_stories_are_kept_in_memory(tmp_path: Path, reads: list[str]) -> None:
    folder = content(tmp_path)
    kept = LoadCache(None, hold=True)
    first = load_site(folder, kept=kept)
    kept.forget_unused()  # as after each build
    edit(folder / STORIES[0])
    second = load_site(folder, kept=kept)
    assert reads == [*STORIES, STORIES[0]]
    assert first.site is not None and second.site is not None
    assert first.site.dossiers[1] is second.site.dossiers[1]  # the same object: not read again
    kept.forget_unused()
    assert len(kept.memory) == 2  # the two stories as they are now (each rebuild follows an edit)


def damaged(path: Path) -> list[bytes]:
    """What a cache file may hold that is not a kept load: none of it may be read as one."""
    wrong_key = zlib.compress(pickle.dumps((FORMAT, "another key", LoadedStory(None, ()))))
    return [
        b"",
        b"not zlib at all",
        path.read_bytes()[:-9],
        zlib.compress(b"not a pickle"),
        zlib.compress(pickle.dumps({"a": "dict"})),
        zlib.compress(pickle.dumps((FORMAT + 1, path.name, LoadedStory(None, ())))),
        zlib.compress(pickle.dumps((FORMAT, path.name, ["a list", "not a story"]))),
        zlib.compress(pickle.dumps((FORMAT, path.name, "a text, neither a story nor a site"))),
        wrong_key,
    ]


def test_a_damaged_or_foreign_cache_file_is_ignored(tmp_path: Path, reads: list[str]) -> None:
    folder = content(tmp_path)
    fresh = load_site(folder)
    load_site(folder, kept=LoadCache(tmp_path / "cache"))
    load_site(folder, kept=LoadCache(tmp_path / "cache"))  # the site's entry too
    files = sorted((tmp_path / "cache" / KIND).glob("*/*"))
    assert len(files) == 3 and not list((tmp_path / "cache").rglob(".tmp-*"))
    for variant in range(len(damaged(files[0]))):
        for path in files:
            path.write_bytes(damaged(path)[variant])
        reads.clear()
        assert load_site(folder, kept=LoadCache(tmp_path / "cache")) == fresh, variant
        assert sorted(reads) == sorted(STORIES), variant  # every story read again, and kept anew
    reads.clear()
    assert load_site(folder, kept=LoadCache(tmp_path / "cache")) == fresh and not reads


def test_what_a_build_did_not_use_is_forgotten(tmp_path: Path) -> None:
    folder = content(tmp_path)
    load_site(folder, kept=LoadCache(tmp_path / "cache"))
    edit(folder / STORIES[0])
    kept = LoadCache(tmp_path / "cache")
    load_site(folder, kept=kept)
    assert len(list((tmp_path / "cache" / KIND).glob("*/*"))) == len(STORIES) + 1
    assert kept.forget_unused() == 1  # the edited story's former load
    assert len(list((tmp_path / "cache" / KIND).glob("*/*"))) == len(STORIES)


def test_the_whole_site_is_kept_only_by_a_build_that_read_no_story_again(
    tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build after an edit keeps each story, not the whole site: a build with no edit is rarely
    next, and the site's entry took a one-word rebuild at 1,000 stories 2.9 s to write. The build
    with no edit keeps it, and the one after it reads no story and links none."""
    folder = content(tmp_path)
    load_site(folder, kept=LoadCache(tmp_path / "cache"))
    assert len(list((tmp_path / "cache" / KIND).glob("*/*"))) == len(STORIES)
    load_site(folder, kept=LoadCache(tmp_path / "cache"))
    assert len(list((tmp_path / "cache" / KIND).glob("*/*"))) == len(STORIES) + 1
    linked: list[int] = []
    real = loader._linked
    monkeypatch.setattr(loader, "_linked", lambda *args: linked.append(1) or real(*args))
    assert load_site(folder, kept=LoadCache(tmp_path / "cache")) == load_site(folder)
    assert linked == [1]  # the fresh load's alone


def test_an_unchanged_build_keeps_every_story_for_the_next_edit(tmp_path: Path, reads: list[str]) -> None:
    """A build that finds the whole publication kept still uses each story's entry: forgetting them
    would make the next edit read every story again."""
    folder = content(tmp_path)
    load_site(folder, kept=LoadCache(tmp_path / "cache"))
    kept = LoadCache(tmp_path / "cache")
    load_site(folder, kept=kept)
    assert kept.forget_unused() == 0
    edit(folder / STORIES[0])
    reads.clear()
    load_site(folder, kept=LoadCache(tmp_path / "cache"))
    assert reads == [STORIES[0]]


def test_stories_read_in_worker_processes_load_as_in_one(tmp_path: Path) -> None:
    """Read through ``each`` in forked workers (as a build on every core reads them), the publication
    is the one read in one process, and what the workers kept counts as used."""
    folder = content(tmp_path)
    kept = LoadCache(tmp_path / "cache")
    in_workers = load_site(folder, kept=kept, each=story_map(2))
    assert in_workers == load_site(folder)
    assert kept.forget_unused() == 0
    assert len(list((tmp_path / "cache" / KIND).glob("*/*"))) == len(STORIES)  # each story
    edit(folder / STORIES[1])
    again = LoadCache(tmp_path / "cache")
    assert load_site(folder, kept=again, each=story_map(2)) == load_site(folder)
    assert again.forget_unused() == 1  # the edited story's former load


def follow_ups(tmp_path: Path, count: int) -> Path:
    """The Suez story and ``count`` copies of its follow-up, each after the first writing out the
    same canal chief again (warned: one actor, one record)."""
    folder = tmp_path / "content"
    shutil.copytree(DOSSIERS / "suez-canal-blockage", folder / "suez-canal-blockage")
    for number in range(1, count + 1):
        slug = f"suez-follow-up-{number}"
        shutil.copytree(DOSSIERS / "suez-canal-backlog", folder / slug)
        meta = folder / slug / "dossier.yaml"
        text = meta.read_text("utf-8").replace("slug: suez-canal-backlog", f"slug: {slug}")
        meta.write_text(text.replace("published: 2026-11-30", f"published: 2026-10-0{number}"), "utf-8")
    return folder


def test_under_serve_warnings_across_stories_are_placed_once_while_their_files_hold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    placed: list[str] = []
    real: Callable[..., Any] = duplicates._placed

    def counted(dossier: Any, *args: Any) -> Any:
        placed.append(dossier.slug)
        return real(dossier, *args)

    monkeypatch.setattr(duplicates, "_placed", counted)
    folder = follow_ups(tmp_path, 3)
    kept = LoadCache(None, hold=True)
    first = load_site(folder, kept=kept)
    assert {d.rule for d in first.diagnostics} == {"actor-duplicate"} and len(first.diagnostics) == 2
    assert placed == ["suez-follow-up-2", "suez-follow-up-3"]
    placed.clear()
    assert load_site(folder, kept=kept) == first and placed == []  # nothing read again
    # A line added above the repeated record: that story's warning moves down a line, the other stays.
    actors = folder / "suez-follow-up-3" / "actors.yaml"
    actors.write_text("# kept apart for now\n" + actors.read_text("utf-8"), "utf-8")
    moved = load_site(folder, kept=kept)
    assert placed == ["suez-follow-up-3"]
    placed.clear()
    assert moved == load_site(folder)  # as a load without anything kept gives, line and source
    assert [d.line for d in moved.diagnostics] == [first.diagnostics[0].line, first.diagnostics[1].line + 1]
    assert moved.diagnostics[1].source == first.diagnostics[1].source
    assert len(kept.placements) == 2  # only what the last check used


def test_a_file_is_digested_again_only_when_its_stat_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text("- statement: one\n", "utf-8")
    digests = FileDigests()
    first = digests.of(path)
    assert str(path) not in digests.used  # written just now: a later edit could keep its stat
    monkeypatch.setattr(FileDigests, "RACY", 0)
    assert digests.of(path) == first and str(path) in digests.used
    digests.turn()

    def unread(self: Path) -> bytes:
        raise AssertionError(f"{self} read again")

    with monkeypatch.context() as patched:
        patched.setattr(Path, "read_bytes", unread)
        assert digests.of(path) == first  # unchanged: taken as kept
    path.write_text("- statement: two\n", "utf-8")  # the same size, other bytes
    second = digests.of(path)
    assert second != first and second == hashlib.sha256(path.read_bytes()).digest()
    digests.turn()
    digests.turn()  # a round that did not use it: forgotten
    assert digests.kept == {}
    # A story's key under serve is the key of a build that reads every file.
    folder = content(tmp_path)
    held = LoadCache(None, hold=True)
    story = folder / STORIES[0]
    key = held.story_key(story, folder.resolve(), {})
    assert (
        key
        == held.story_key(story, folder.resolve(), {})
        == LoadCache(None).story_key(story, folder.resolve(), {})
    )
    edit(story)
    assert held.story_key(story, folder.resolve(), {}) != key


def test_a_later_build_reads_no_story_file_whose_stat_is_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each story file's digest is kept between builds while its stat holds (``LoadCache.FILES``):
    after an edit to one story, the next build reads only that story's files (and reads them to load
    it), not every story's to find which changed."""
    monkeypatch.setattr(FileDigests, "RACY", 0)  # the fixtures were copied just now
    folder = content(tmp_path)
    load_site(folder, kept=LoadCache(tmp_path / "cache"))
    edit(folder / STORIES[1])
    opened: list[Path] = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda path: opened.append(path) or real(path))
    edited = load_site(folder, kept=LoadCache(tmp_path / "cache"))
    monkeypatch.setattr(Path, "read_bytes", real)
    assert edited == load_site(folder)
    assert not [path for path in opened if folder / STORIES[0] in path.parents]
    assert [path for path in opened if folder / STORIES[1] in path.parents]


def test_a_folders_digest_follows_its_files_folders_and_links(tmp_path: Path) -> None:

    story = tmp_path / "story"
    (story / "media").mkdir(parents=True)
    (story / "dossier.yaml").write_text("title: A\n", "utf-8")
    (story / "media" / "map.txt").write_text("map\n", "utf-8")
    (tmp_path / "one.txt").write_text("one\n", "utf-8")
    (tmp_path / "two.txt").write_text("two\n", "utf-8")
    (story / "linked.txt").symlink_to(tmp_path / "one.txt")
    known = FileDigests()
    first = files_digest(story)
    assert files_digest(story, known=known) == first == files_digest(story, known=known)
    seen = [first]
    for change in (
        lambda: (story / "media" / "map.txt").write_text("map!\n", "utf-8"),  # bytes deep down
        lambda: (story / "media" / "more").mkdir(),  # an empty folder
        lambda: (story / "linked.txt").unlink() or (story / "linked.txt").symlink_to(tmp_path / "two.txt"),
        lambda: (tmp_path / "two.txt").write_text("two!\n", "utf-8"),  # a linked file's bytes
    ):
        change()
        now = files_digest(story)
        assert now not in seen and files_digest(story, known=FileDigests()) == now
        seen.append(now)
    assert files_digest(story, deep=False) != files_digest(story)
