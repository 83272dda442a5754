"""Reusing a page's conversion relies on MkDocs internals (``generator.plugin.rendering``): what
``Page.render`` sets, links looked up through ``Files.get_file_from_path``, MkDocs' loggers. These
tests convert real pages with the real MkDocs and fail on a release that changes any of them."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from generator.plugin.rendering import convert, converter_of, holds, render_reusing, restore, reuse_on
from generator.site.reuse import ReuseStore

BASIC = Path(__file__).parent / "fixtures" / "sites" / "basic"
MARKDOWN = """# Kokang

See [the other page](other.md#second) and [this part](#first), [gone](gone.md).

## First {: #first }

Text[^1] with `code` and **bold** and a <span id="raw">raw anchor</span>.

[^1]: A note.
"""
OTHER = "# Other\n\n## Second\n\nBack to [Kokang](index.md#first).\n"
# What Page.render sets on a page (besides what a Page has before): reuse restores each of them.
RENDERED = {"content", "toc", "_title_from_render", "present_anchor_ids", "links_to_anchors"}


def site() -> MkDocsConfig:
    config = load_config(str(BASIC / "mkdocs.yml"))
    config.plugins._current_plugin = "explainer"
    return config


def pages(config: MkDocsConfig, *, other: bool = True) -> tuple[Files, Page]:
    files = Files([File.generated(config, "index.md", content=MARKDOWN)])
    if other:
        files.append(File.generated(config, "other.md", content=OTHER))
        Page(None, files.get_file_from_path("other.md"), config)  # type: ignore[arg-type]
    page = Page(None, files.get_file_from_path("index.md"), config)  # type: ignore[arg-type]
    page.read_source(config)
    return files, page


def state(page: Page) -> dict[str, object]:
    links = {target.src_uri: anchors for target, anchors in (page.links_to_anchors or {}).items()}
    toc = [(link.title, link.id, link.level, len(link.children), link.url) for link in page.toc]
    return {
        "content": page.content,
        "toc": toc,
        "title": page.title,
        "anchors": page.present_anchor_ids,
        "links": links,
    }


def test_page_render_sets_exactly_what_reuse_restores() -> None:
    config = site()
    _, before = pages(config)
    files, page = pages(config)
    Page.render(page, config, files)
    missing = object()
    changed = {name for name, value in vars(page).items() if value != vars(before).get(name, missing)}
    assert changed - {"markdown", "file", "meta"} == RENDERED


def test_a_restored_page_is_the_page_mkdocs_converts(caplog: pytest.LogCaptureFixture) -> None:
    config = site()
    files, fresh = pages(config)
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        Page.render(fresh, config, files)
    warned = [record.getMessage() for record in caplog.records]
    assert any("gone.md" in message for message in warned)
    files, converted = pages(config)
    # At the level a build logs at (another test in this process may have set the "mkdocs" logger's).
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        conversion = convert(converted, config, files, quiet=True)
    files, reused = pages(config)
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        restore(reused, conversion, files)
    assert state(reused) == state(converted) == state(fresh)
    assert [record.getMessage() for record in caplog.records] == warned
    assert reused.toc.items[0].active  # type: ignore[attr-defined]


def test_links_are_looked_up_through_files_get_file_from_path() -> None:
    config = site()
    files, page = pages(config)
    conversion = convert(page, config, files, quiet=True)
    looked_up = {lookup.path: lookup.url for lookup in conversion.lookups}
    assert looked_up["other.md"] == "other/" and looked_up["gone.md"] is None
    assert holds(conversion, files)
    files.append(File.generated(config, "gone.md", content="# Back\n"))
    assert not holds(conversion, files)
    assert "get_file_from_path" not in vars(files)


def test_a_conversion_is_reused_only_while_its_links_hold(tmp_path: Path) -> None:
    config = site()
    store, converter = ReuseStore(tmp_path), converter_of(config)
    files, page = pages(config)
    reuse_on(page, store, converter)
    page.render(config, files)
    first = page.content
    files, page = pages(config, other=False)  # the linked page is gone: converted again
    render_reusing(page, config, files, store=store, converter=converter)
    assert page.content != first and 'href="other.md#second"' in (page.content or "")
    files, page = pages(config)
    render_reusing(page, config, files, store=store, converter=converter)
    assert page.content == first
