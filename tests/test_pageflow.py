"""A page's way through a build (``generator.plugin.pageflow``) on real MkDocs pages, no build."""

from __future__ import annotations

import shutil
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from generator.plugin import assembly
from generator.plugin.fallback import Fallback
from generator.plugin.pageflow import PageFlow
from generator.site.catalog import PageCatalog
from generator.site.pages import build_pages

HERE = Path(__file__).parent
BASIC = HERE / "fixtures" / "sites" / "basic"


def flow(tmp_path: Path) -> tuple[PageFlow, Page]:
    content = shutil.copytree(BASIC / "content", tmp_path / "content")
    pages = Fallback(content).pages(build_pages)
    assert pages is not None
    config = load_config(str(BASIC / "mkdocs.yml"))
    config.plugins._current_plugin = "explainer"
    files = Files([])
    assembly.add_pages(files, config, pages)
    fallback = Fallback(content, serving=True)
    fallback.banners = {"scam-handover/numbers.md": "numbers.yaml:3:1: error"}
    actor = next(path for path in sorted(PageCatalog.of(pages).titles) if "/actors/" in path)
    page = Page(None, files.get_file_from_path(actor), config)  # type: ignore[arg-type]
    page.read_source(config)
    return PageFlow(PageCatalog.of(pages), fallback, pagefind=True), page


def test_a_generated_page_is_titled_shelved_given_back_and_released(tmp_path: Path) -> None:
    pages, page = flow(tmp_path)
    markdown = pages.markdown(page, page.markdown or "")
    assert page.meta["title"] == pages.catalog.titles[page.file.src_uri]
    assert page.file.content_string == "" and "numbers.yaml" not in markdown
    page.markdown = markdown
    assert pages.content(page, "<h1>Ming</h1>\n") == "" and page.markdown == ""
    pages.unshelve(page)
    assert (page.content or "").startswith("<div data-pagefind-body") and page.markdown == markdown
    pages.release(page)
    assert page.content is None and page.markdown == "" and len(pages.shelf) == 0


def test_a_broken_storys_page_shows_its_problems_in_a_banner(tmp_path: Path) -> None:
    pages, page = flow(tmp_path)
    page.file.src_uri = "scam-handover/numbers.md"
    assert "numbers.yaml:3:1: error" in pages.markdown(page, "# Numbers\n")


def test_a_page_the_theme_makes_alone_gets_json_ld_and_other_templates_do_not() -> None:
    pages = PageFlow()
    page = "<html><head><title>Not found</title></head><body></body></html>"
    made = pages.templated("404.html", page, "Explainers")
    assert '<script type="application/ld+json">' in made and '"name": "Explainers"' in made.replace(
        '":"', '": "'
    )
    assert pages.templated("sitemap.xml", "<urlset></urlset>", "Explainers") == "<urlset></urlset>"
