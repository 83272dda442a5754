"""Under `serve --dirty`, a generated page whose Markdown and site are as in the previous build is
not written again (``generator.plugin.files.Unchanged``): MkDocs reads ``File.is_modified`` only in
a dirty build, and skips converting and writing a page it says is not modified."""

from __future__ import annotations

import shutil
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.structure.files import Files, InclusionLevel

from generator.plugin.files import PackedFile, Unchanged
from generator.site.shelf import pack

BASIC = Path(__file__).parent / "fixtures" / "sites" / "basic"
DOSSIERS = Path(__file__).parent / "fixtures" / "dossiers"


def files(**markdown: str) -> Files:
    config = load_config(str(BASIC / "mkdocs.yml"))
    config.plugins._current_plugin = "explainer"  # files made by the plugin, as in a build
    return Files(
        [
            PackedFile.of(config, f"{name}.md", pack(text), InclusionLevel.UNDEFINED)
            for name, text in markdown.items()
        ]
    )


def unchanged(listed: Files) -> list[str]:
    return sorted(f.src_uri for f in listed if isinstance(f, PackedFile) and not f.is_modified())


def test_only_pages_whose_markdown_and_site_are_the_same_stand() -> None:
    memory = Unchanged()
    assert memory.mark(files(a="# A", b="# B"), "shape") == 0  # the first build writes every page
    again = files(a="# A", b="# B edited", c="# C")
    assert memory.mark(again, "shape") == 1 and unchanged(again) == ["a.md"]
    other = files(a="# A", b="# B edited", c="# C")
    assert memory.mark(other, "another shape") == 0 and unchanged(other) == []


def serve_build(project: Path, *, command: str = "serve", site: str = "served") -> None:
    """One build of ``project`` in this process, as `serve --dirty` runs each (``command`` serve) or as
    a plain `mkdocs build`; the plugin keeps its session between them as it does under `serve`."""
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / site))
    config.plugins.on_startup(command=command, dirty=command == "serve")
    build(config, dirty=command == "serve")


def kept(cache: Path) -> set[str]:
    return {path.relative_to(cache).as_posix() for path in cache.rglob("*") if path.is_file()}


def test_serve_dirty_keeps_what_pages_and_stories_it_left_standing_reuse(tmp_path: Path) -> None:
    """A rebuild that leaves pages standing neither converts nor lays them out, and a story kept in
    memory is not read from disk: their entries in the cache stay, so that the next build (here a
    plain one, of the same site) converts nothing it converted before and makes no story again."""
    project = tmp_path / "site"
    shutil.copytree(BASIC, project)
    shutil.copytree(DOSSIERS / "glacier-lake-flood", project / "content" / "glacier-lake-flood")
    cache = project / ".cache" / "explainer"
    serve_build(project)
    glossary = project / "content" / "scam-handover" / "glossary.yaml"
    glossary.write_text(glossary.read_text("utf-8").replace("definition: ", "definition: Zebrafinch ", 1))
    serve_build(project)
    served = kept(cache)
    assert any(path.startswith("stories/") for path in served)
    serve_build(project, command="build", site="built")
    made = {path for path in kept(cache) - served if path.startswith(("pages/", "stories/"))}
    assert made == set()
    assert "Zebrafinch" in (project / "built" / "scam-handover" / "glossary" / "index.html").read_text(
        "utf-8"
    )


def written(site: Path) -> dict[str, bytes]:
    return {
        path.relative_to(site).as_posix(): path.read_bytes() for path in site.rglob("*") if path.is_file()
    }


def test_a_dirty_rebuild_writes_again_only_the_downloads_an_edit_changed(tmp_path: Path) -> None:
    """A download (a story's data as JSON, CSV, ...) whose bytes an edit left the same is not written
    again (it was, every rebuild, about a twelfth of its CPU at 100 stories), and the site the
    rebuilds leave is, byte for byte, what a plain build of the edited stories writes: the JSON-LD
    of pages left the same is taken from the previous build, not serialised again, and a
    hand-written page left unread keeps its title in the menus (MkDocs would name it "None")."""
    project = tmp_path / "site"
    shutil.copytree(BASIC, project)
    shutil.copytree(DOSSIERS / "glacier-lake-flood", project / "content" / "glacier-lake-flood")
    serve_build(project)
    served = project / "served"
    downloads = sorted(served.glob("*/downloads/*"))
    assert {path.parent.parent.name for path in downloads} == {"scam-handover", "glacier-lake-flood"}
    before = {path: path.stat().st_mtime_ns for path in downloads}
    glossary = project / "content" / "scam-handover" / "glossary.yaml"
    glossary.write_text(glossary.read_text("utf-8").replace("definition: ", "definition: Zebrafinch ", 1))
    serve_build(project)
    rewritten = {path.parent.parent.name for path in downloads if path.stat().st_mtime_ns != before[path]}
    assert rewritten == {"scam-handover"}
    assert "Zebrafinch" in (served / "scam-handover" / "downloads" / "scam-handover.json").read_text("utf-8")
    serve_build(project, command="build", site="built")
    # MkDocs' own search plugin (this site's, not Pagefind) indexes only the pages a dirty build read.
    assert written(served).keys() - {"search/search_index.json"} == written(project / "built").keys() - {
        "search/search_index.json"
    }
    for path, text in written(project / "built").items():
        # A hand-written page a dirty build left unread is named in every menu as a build names it.
        assert path == "search/search_index.json" or (served / path).read_bytes() == text, path
