"""Reusing a page's layout relies on MkDocs internals (``generator.plugin.layouts``): ``_build_page``
asks the environment for the page's template and renders it with the context, whose page, menu and
table of contents have the attributes the key reads. These tests build a real site with the real
MkDocs and Material and fail on a release that changes any of them."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import jinja2
import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator.plugin.layouts import layout_key
from generator.site.reuse import REUSE_VARIABLE

pytestmark = pytest.mark.slow

BASIC = Path(__file__).parent / "fixtures" / "sites" / "basic"


@contextmanager
def counting_layouts() -> Iterator[list[str]]:
    """The names of the theme templates rendered for a page meanwhile (pages laid out afresh)."""
    rendered: list[str] = []
    original = jinja2.Template.render

    def render(self: jinja2.Template, *args: Any, **kwargs: Any) -> str:
        if dict(*args, **kwargs).get("page") is not None:
            rendered.append(str(self.name))
        return original(self, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(jinja2.Template, "render", render)
        yield rendered


def site(project: Path, out: str) -> dict[str, bytes]:
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / out))
    config.plugins.on_startup(command="build", dirty=False)
    build(config)
    return {
        p.relative_to(project / out).as_posix(): p.read_bytes()
        for p in (project / out).rglob("*")
        if p.is_file()
    }


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(REUSE_VARIABLE, "1")
    monkeypatch.setenv("EXPLAINER_WORKERS", "1")
    return shutil.copytree(BASIC, tmp_path / "site")


def test_an_unchanged_page_is_not_laid_out_again_and_comes_out_the_same(project: Path) -> None:
    with counting_layouts() as first:
        cold = site(project, "cold")
    pages = sum(1 for path in cold if path.endswith("index.html"))
    assert len(first) == pages > 10
    assert any((project / ".cache" / "explainer" / "layouts").rglob("*"))
    with counting_layouts() as second:
        warm = site(project, "warm")
    assert second == [] and warm == cold


def test_an_edit_lays_out_again_only_the_pages_it_reaches(project: Path) -> None:
    site(project, "cold")
    guide = project / "docs" / "guide.md"
    guide.write_text(guide.read_text("utf-8") + "\nOne more sentence.\n", "utf-8")
    with counting_layouts() as rendered:
        warm = site(project, "warm")
    assert rendered == ["main.html"]  # the guide only: its menu entry, title and neighbours are unchanged
    assert b"One more sentence." in warm["guide/index.html"]
    (project / "mkdocs.yml").write_text(
        (project / "mkdocs.yml").read_text("utf-8") + "\ncopyright: Heron Press\n", "utf-8"
    )
    with counting_layouts() as again:
        footer = site(project, "footer")
    assert len(again) > 10  # a setting every page shows lays out every page again
    assert all(b"Heron Press" in data for path, data in footer.items() if path.endswith("index.html"))


def test_the_key_reads_the_page_its_menu_and_its_table_of_contents(project: Path) -> None:
    keys: list[str] = []
    original = jinja2.Template.render

    def render(self: jinja2.Template, *args: Any, **kwargs: Any) -> str:
        context = dict(*args, **kwargs)
        page = context.get("page")
        if page is not None and page.file.src_uri == "guide.md":
            keys.append(layout_key("site", str(self.name), context))
            assert page.toc and page.content and context["nav"].items
            title = page.title
            page.title = "Another title"  # the same context with another title: another key
            keys.append(layout_key("site", str(self.name), context))
            page.title = title
        return original(self, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(jinja2.Template, "render", render)
        site(project, "out")
    assert len(keys) == 2 and keys[0] != keys[1]
