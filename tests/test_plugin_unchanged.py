"""Under `serve --dirty`, a generated page whose Markdown and site are as in the previous build is
not written again (``generator.plugin.files.Unchanged``): MkDocs reads ``File.is_modified`` only in
a dirty build, and skips converting and writing a page it says is not modified."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import load_config
from mkdocs.structure.files import Files, InclusionLevel

from generator.plugin.files import PackedFile, Unchanged
from generator.site.shelf import pack

BASIC = Path(__file__).parent / "fixtures" / "sites" / "basic"


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
