"""The site folder the last build left (``generator.plugin.standing``): a plain `mkdocs build` with the
cache leaves standing the files it would write again with the same bytes, writes what changed,
deletes what is gone, and still gives the clean build's site byte for byte; a file changed by hand
is written again; a build that fails leaves no list, so the next one writes everything."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from test_plugin_written import build, files, project

from generator.plugin.standing import LIST, StandingSite

pytestmark = pytest.mark.slow


def changed(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}


def edit_prose(folder: Path, story: str, word: str) -> None:
    actors = folder / "content" / story / "actors.yaml"
    actors.write_text(actors.read_text("utf-8").replace("description: ", f"description: {word} ", 1), "utf-8")


def test_a_rebuild_writes_only_what_changed_and_gives_the_clean_site(tmp_path: Path) -> None:
    folder = project(tmp_path)
    config = folder / "mkdocs.yml"  # the search index in parts, one a story or two
    config.write_text(
        config.read_text("utf-8").replace("pagefind: true", "pagefind: true\n      stories_per_index: 1")
    )
    assert build(folder, "site").returncode == 0
    before = changed(folder / "site")
    edit_prose(folder, "glacier-lake-flood", "Zebra")
    warm = build(folder, "site")
    assert warm.returncode == 0, warm.stderr
    after = changed(folder / "site")
    rewritten = {path for path, time in after.items() if before.get(path) != time}
    # The other stories' pages, downloads and search parts stand; the edited story's pages do not.
    assert "suez-canal-blockage/glossary/index.html" not in rewritten
    assert any(p.startswith("glacier-lake-flood/") and p.endswith(".html") for p in rewritten)
    pages = [path for path in after if path.endswith(".html")]
    assert len(rewritten.intersection(pages)) < len(pages) // 2
    assert not [p for p in rewritten if p.startswith("suez-canal-blockage/")]
    index = [path for path in after if path.startswith("pagefind/")]
    assert 0 < len(rewritten.intersection(index)) < len(index)
    assert "files of the last build stand" in warm.stderr
    clean = build(folder, "clean", EXPLAINER_REUSE="0")
    assert clean.returncode == 0, clean.stderr
    assert files(folder / "site") == files(folder / "clean")


def test_a_deleted_story_and_files_changed_by_hand_are_mended(tmp_path: Path) -> None:
    folder = project(tmp_path)
    site = folder / "site"
    assert build(folder, "site").returncode == 0
    shutil.rmtree(folder / "content" / "suez-canal-backlog")
    page = site / "glacier-lake-flood" / "claims" / "index.html"
    page.write_text("<p>changed by hand</p>", "utf-8")
    (site / "assets" / "stray.txt").write_text("stray", "utf-8")
    (site / ".keep").write_text("hidden files at the top stay, as MkDocs' cleaning leaves them", "utf-8")
    (site / "glacier-lake-flood" / "numbers" / "index.html").unlink()
    warm = build(folder, "site")
    assert warm.returncode == 0, warm.stderr
    assert not (site / "suez-canal-backlog").exists() and not (site / "assets" / "stray.txt").exists()
    assert (site / ".keep").is_file()
    clean = build(folder, "clean", EXPLAINER_REUSE="0")
    assert clean.returncode == 0, clean.stderr
    mine, theirs = files(site), files(folder / "clean")
    mine.pop(".keep")
    assert mine == theirs


def test_a_failed_build_leaves_no_list_so_the_next_writes_everything(tmp_path: Path) -> None:
    folder = project(tmp_path)
    listing = folder / ".cache" / "explainer" / LIST
    assert build(folder, "site").returncode == 0
    listed = json.loads(listing.read_text("utf-8"))
    assert listed["site"] == str((folder / "site").resolve()) and len(listed["files"]) > 100
    story = folder / "content" / "glacier-lake-flood" / "actors.yaml"
    good = story.read_text("utf-8")
    story.write_text(good + "\n- id: [broken\n", "utf-8")
    assert build(folder, "site").returncode == 1
    assert not listing.exists()
    story.write_text(good, "utf-8")
    again = build(folder, "site")
    assert again.returncode == 0, again.stderr
    assert "files of the last build stand" in again.stderr and listing.is_file()
    assert build(folder, "clean", EXPLAINER_REUSE="0").returncode == 0
    assert files(folder / "site") == files(folder / "clean")


def test_a_build_into_another_folder_leaves_the_last_one_alone(tmp_path: Path) -> None:
    folder = project(tmp_path)
    assert build(folder, "one").returncode == 0
    kept = files(folder / "one")
    assert build(folder, "two").returncode == 0
    assert files(folder / "one") == kept == files(folder / "two")


def test_a_list_of_another_format_or_site_is_not_read(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    (site / "a" / "index.html").write_text("a", "utf-8")
    cache = tmp_path / "cache"
    first = StandingSite(cache)
    assert not first.set_aside(site)
    first.keys["a/index.html"] = "k"
    first.note("a/index.html", (True, "digest"))
    # Keyed by this build, so it stays; listed with its key for the next.
    assert first.sweep(site, search=False) == 0
    first.record(site)
    second = StandingSite(cache)
    assert second.set_aside(site) and not site.exists()
    second.restore()
    # What the search index read of a page is known again only while the page stands.
    assert second.read("a/index.html") is None
    assert second.stands("a/index.html", "k") and second.read("a/index.html") == (True, "digest")
    assert not second.stands("b/index.html", "k") and second.read("b/index.html") is None
    assert second.sweep(site, search=False) == 0
    second.record(site)
    for damaged in ("{", '{"format": 0}', json.dumps({"format": 1, "site": "/elsewhere", "files": {}})):
        (cache / LIST).write_text(damaged, "utf-8")
        assert not StandingSite(cache).set_aside(site) and site.is_dir()


def test_a_stray_file_made_just_before_the_build_goes_and_one_written_during_it_stays(tmp_path: Path) -> None:
    site, cache = tmp_path / "site", tmp_path / "cache"
    (site / "a").mkdir(parents=True)
    (site / "a" / "index.html").write_text("a", "utf-8")
    first = StandingSite(cache)
    first.set_aside(site)
    first.sweep(site, search=False)
    first.record(site)
    for turn in range(50):  # a file system may stamp the stray later than the build's first writes
        stray = site / "stray" / f"{turn}.html"
        stray.parent.mkdir(exist_ok=True)
        stray.write_text("stray", "utf-8")
        build = StandingSite(cache)
        assert build.set_aside(site)
        build.restore()
        (site / "new.html").write_text("written by the build", "utf-8")
        (site / "a" / "index.html").write_text("a", "utf-8")  # written again, the same bytes
        assert build.sweep(site, search=False) == 1
        assert not stray.exists() and (site / "new.html").is_file() and (site / "a" / "index.html").is_file()
        build.record(site)


def test_a_page_left_standing_is_not_read_from_the_cache(tmp_path: Path) -> None:
    """What MkDocs knew of a page that stands (its anchors, links, front matter) is kept beside the
    list of the site folder, so the page's entry in the cache is not read: here every entry is
    damaged after the first build, and a rebuild still gives the clean site and leaves them be (a
    damaged entry read is forgotten)."""
    folder = project(tmp_path)
    assert build(folder, "site").returncode == 0
    entries = sorted((folder / ".cache" / "explainer" / "written").glob("*/*"))
    assert entries
    for entry in entries:
        entry.write_bytes(b"damaged")
    again = build(folder, "site")
    assert again.returncode == 0, again.stderr
    assert all(entry.read_bytes() == b"damaged" for entry in entries)
    clean = build(folder, "clean", EXPLAINER_REUSE="0")
    assert clean.returncode == 0, clean.stderr
    assert files(folder / "site") == files(folder / "clean")
