"""The compressed page File relies on MkDocs internals: these tests fail on a MkDocs release that
changes them (File's content descriptors, ``File.generated`` building the subclass, a Page reading
its source through ``content_string``), before a build could go wrong in a subtler way."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import load_config
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.structure.pages import Page

from generator.plugin.files import PackedFile
from generator.site.shelf import pack

ROOT = Path(__file__).resolve().parent.parent
MARKDOWN = "# Kokang\n\nMing Xuechang (明学昌) and the *alliance*.\n"


def config():  # type: ignore[no-untyped-def]
    site = load_config(str(ROOT / "tests" / "fixtures" / "sites" / "basic" / "mkdocs.yml"))
    # File.generated names the plugin whose event is running, as during a build.
    site.plugins._current_plugin = "explainer"
    return site


def test_mkdocs_file_still_has_the_content_descriptors_packed_file_overrides() -> None:
    for name in ("content_string", "content_bytes"):
        descriptor = vars(File)[name]
        assert hasattr(descriptor, "__get__") and hasattr(descriptor, "__set__"), name
        assert isinstance(vars(PackedFile)[name], property), name


def test_a_packed_file_reads_as_the_markdown_and_a_page_gets_it() -> None:
    site = config()
    file = PackedFile.of(site, "story/actors/kokang.md", pack(MARKDOWN), InclusionLevel.NOT_IN_NAV)
    assert type(file) is PackedFile and file.generated_by == "explainer"
    assert file.content_string == MARKDOWN
    assert file.content_bytes == MARKDOWN.encode()
    page = Page(None, file, site)
    page.read_source(site)
    assert page.markdown == MARKDOWN


def test_setting_a_packed_files_content_replaces_it() -> None:
    site = config()
    file = PackedFile.of(site, "a.md", pack(MARKDOWN), InclusionLevel.UNDEFINED)
    file.content_string = "# New\n"
    assert file.packed is None and file.content_string == "# New\n" and file.content_bytes == b"# New\n"
    file = PackedFile.of(site, "b.md", pack(MARKDOWN), InclusionLevel.UNDEFINED)
    file.content_bytes = "# Bytes ✓\n".encode()
    assert file.packed is None and file.content_string == "# Bytes ✓\n"
