"""Pages written from the cache (``generator.plugin.written``): a plain `mkdocs build` with the cache
gives MkDocs only the pages an edit changed to read, convert and lay out, writes the others as an
earlier build wrote them, and still gives the clean build's site byte for byte; the links a page
written from the cache holds are checked with MkDocs' words."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from launcher import python_m
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from generator.plugin.written import Record, WrittenPages, only_ours, pack, unpack

HERE = Path(__file__).parent
DOSSIERS = HERE / "fixtures" / "dossiers"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONWARNINGS": "ignore"}
CONFIG = """site_name: Written
site_url: https://example.org/news/
theme:
  name: material
  font: false
plugins:
  - explainer:
      pagefind: true
validation:
  links:
    not_found: warn
    anchors: warn
    unrecognized_links: warn
"""


def project(folder: Path) -> Path:
    for name in ("suez-canal-blockage", "suez-canal-backlog", "glacier-lake-flood"):
        shutil.copytree(DOSSIERS / name, folder / "content" / name)
    (folder / "docs").mkdir(parents=True)
    (folder / "docs" / "about.md").write_text("# About\n\nSee [the hub](index.md).\n", "utf-8")
    (folder / "mkdocs.yml").write_text(CONFIG, "utf-8")
    return folder


def build(folder: Path, site: str, **env: str) -> subprocess.CompletedProcess[str]:
    command = ("mkdocs", "build", "--strict", "--verbose", "--site-dir", site)
    return python_m(*command, cwd=folder, env={**ENV, "EXPLAINER_WORKERS": "1", **env}, timeout=300)


def read(result: subprocess.CompletedProcess[str]) -> list[str]:
    """The pages MkDocs read in a build (its debug line for each)."""
    return [line.split("Reading: ", 1)[1] for line in result.stderr.splitlines() if "Reading: " in line]


def files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


@pytest.mark.slow
def test_a_one_word_edit_has_mkdocs_make_only_the_pages_it_changed(tmp_path: Path) -> None:
    folder = project(tmp_path)
    cold = build(folder, "cold")
    assert cold.returncode == 0, cold.stderr
    made = read(cold)
    assert len(made) > 40 and "suez-canal-blockage/glossary.md" in made
    actors = folder / "content" / "glacier-lake-flood" / "actors.yaml"
    actors.write_text(actors.read_text("utf-8").replace("description: ", "description: Zebra ", 1), "utf-8")
    warm = build(folder, "warm")
    assert warm.returncode == 0, warm.stderr
    remade = read(warm)
    # Pages of the edited story are made again; another story's pages are written from the cache.
    assert any(path.startswith("glacier-lake-flood/") for path in remade)
    assert "suez-canal-blockage/glossary.md" not in remade
    assert 0 < len(remade) < len(made) // 2
    clean = build(folder, "clean", EXPLAINER_REUSE="0")
    assert clean.returncode == 0, clean.stderr
    assert files(folder / "warm") == files(folder / "clean")
    # The sitemap lists the pages written from the cache as a clean build does.
    assert "suez-canal-blockage/glossary/" in (folder / "warm" / "sitemap.xml").read_text("utf-8")


@pytest.mark.slow
def test_a_damaged_kept_page_stops_the_build_in_one_line_and_the_next_build_mends_it(tmp_path: Path) -> None:
    folder = project(tmp_path)
    assert build(folder, "cold").returncode == 0
    kept = sorted((folder / ".cache" / "explainer" / "written").rglob("*"))
    damaged = next(path for path in kept if path.is_file())
    damaged.write_bytes(b"\x00\x00\x00\x09not a page")
    broken = build(folder, "broken")
    assert broken.returncode == 1
    assert "the cache's copy of" in broken.stderr and "build again" in broken.stderr
    assert "Traceback" not in broken.stderr + broken.stdout
    assert not damaged.exists()
    again = build(folder, "again")
    assert again.returncode == 0, again.stderr
    assert files(folder / "again") == files(folder / "cold")


@pytest.mark.slow
def test_no_page_is_written_from_the_cache_when_another_plugin_sees_pages(tmp_path: Path) -> None:
    """Material's own search reads every page as MkDocs makes it: with it, every page is made."""
    folder = project(tmp_path)
    config = folder / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("  - explainer:", "  - search\n  - explainer:"))
    config.write_text(config.read_text("utf-8").replace("      pagefind: true\n", "      pagefind: false\n"))
    assert build(folder, "cold").returncode == 0
    warm = build(folder, "warm")
    assert warm.returncode == 0
    assert "suez-canal-blockage/glossary.md" in read(warm)
    assert files(folder / "warm") == files(folder / "cold")


def test_a_kept_page_unpacks_as_packed_and_a_damaged_one_not_at_all() -> None:
    record = Record(("a", "b"), {"x.md": {"top": "x.md#top"}}, {"title": "X"}, ("k1", "k2"))
    packed = pack(record, "<p>é</p>".encode())
    assert unpack(packed) == (record, "<p>é</p>".encode())
    assert unpack(packed[:-3]) is None
    assert unpack(b"\x00\x00\x00\x02xx") is None


def _page(files: Files, config: object, path: str, anchors: set[str]) -> Page:
    file = File(path, None, "site", use_directory_urls=True)
    files.append(file)
    page = Page(None, file, config)  # type: ignore[arg-type]
    page.present_anchor_ids = anchors
    return page


def test_a_link_of_a_page_written_from_the_cache_to_a_missing_anchor_is_reported(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: Links\n", "utf-8")
    config = load_config(str(tmp_path / "mkdocs.yml"))
    files = Files([])
    _page(files, config, "story/a.md", {"here", "fnref:1"})
    _page(files, config, "story/b.md", {"kept"})
    written = WrittenPages()
    written.links = {
        "story/a.md": {
            "story/b.md": {"kept": "b.md#kept", "gone": "b.md#gone"},
            "story/a.md": {"here": "#here", "fnref:2": "#fnref:2"},
        }
    }
    with caplog.at_level(logging.WARNING, logger="mkdocs.structure.pages"):
        written.check_links(files, logging.WARNING)
    assert [r.getMessage() for r in caplog.records] == [
        "Doc file 'story/a.md' contains a link '#fnref:2', but there is no such anchor on this page. "
        "This seems to be a footnote that is never referenced.",
        "Doc file 'story/a.md' contains a link 'b.md#gone', but the doc 'story/b.md' does not contain an "
        "anchor '#gone'.",
    ]
    assert written.links == {}


def test_only_this_packages_handlers_of_page_events_allow_writing_from_the_cache() -> None:
    def ours() -> None: ...

    ours.__module__ = "generator.plugin"

    def theirs() -> None: ...

    theirs.__module__ = "material.plugins.search.plugin"
    assert only_ours({"page_content": [ours], "post_build": [theirs]})
    assert not only_ours({"page_content": [ours], "page_context": [theirs]})
