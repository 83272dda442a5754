"""What the plugin knows of each generated page (``generator.site.catalog``), from a real site's pages."""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

from generator.checking.loader import load_site
from generator.site.catalog import PageCatalog, with_json_ld
from generator.site.pages import Pages, build_pages, described

HERE = Path(__file__).parent
DOSSIERS = HERE / "fixtures" / "dossiers"


def catalog(tmp_path: Path) -> PageCatalog:
    for name in ("suez-canal-blockage", "glacier-lake-flood"):
        shutil.copytree(DOSSIERS / name, tmp_path / name)
    return PageCatalog.of(build_pages(load_site(tmp_path).raise_for_problems()))


def test_stories_and_the_story_of_each_page(tmp_path: Path) -> None:
    pages = catalog(tmp_path)
    assert pages.stories == {"suez-canal-blockage", "glacier-lake-flood"}
    assert pages.story("suez-canal-blockage/numbers.md") == "suez-canal-blockage"
    assert pages.story("index.md") is None and pages.story("suez-canal-blockage") is None
    assert "index.md" in pages.generated and "suez-canal-blockage/index.md" in pages.generated


def test_an_actor_page_gets_its_title_and_keeps_other_front_matter(tmp_path: Path) -> None:
    pages = catalog(tmp_path)
    actor = next(path for path in sorted(pages.titles) if "/actors/" in path)
    assert pages.meta(actor, {"search": {"exclude": False}}) == {
        "title": pages.titles[actor],
        "description": html.escape(pages.descriptions[actor]),
    }
    assert pages.meta("about.md", {"title": "Mine"}) == {}


def test_a_boosted_page_keeps_its_other_search_settings(tmp_path: Path) -> None:
    pages = catalog(tmp_path)
    path, boost = next(iter(sorted(pages.boosts.items())))
    assert pages.meta(path, {"search": {"exclude": False}})["search"] == {"exclude": False, "boost": boost}


def test_search_marks_a_page_and_leaves_out_the_unsearchable(tmp_path: Path) -> None:
    pages = catalog(tmp_path)
    actor = next(path for path in sorted(pages.keywords) if "/actors/" in path)
    marked = pages.marked(actor, "<h1>A</h1><p>text</p>", indexed=True, pagefind=True)
    assert marked.startswith("<div data-pagefind-body") and 'data-pagefind-weight="10"' in marked
    assert "index.md" in pages.unsearchable
    assert "data-pagefind-body" not in pages.marked("index.md", "<p>hub</p>", indexed=True, pagefind=True)
    assert "data-pagefind-body" not in pages.marked(actor, "<p>x</p>", indexed=False, pagefind=True)


def test_a_finished_page_has_its_own_json_ld_or_a_web_pages(tmp_path: Path) -> None:
    pages = catalog(tmp_path)
    layout = "<html><head>\n    <title>T</title>\n</head><body>\n    <p>x</p>\n</body></html>\n"
    overview = pages.finished(
        "suez-canal-blockage/index.md", layout, title="T", url="x/", pagefind=False, site_name="S"
    )
    data = json.loads(re.search(r"<script[^>]*>(.*?)</script>", overview, re.S).group(1))  # type: ignore[union-attr]
    assert "    <" not in overview and data != {}
    about = pages.finished("about.md", layout, title="About us", url="about/", pagefind=False, site_name="S")
    assert '"About us"' in about
    assert with_json_ld("<p>no head</p>", "<script></script>") == "<p>no head</p>"


def test_a_page_keeps_the_script_its_story_part_made() -> None:
    """A page's JSON-LD is made into its script once, where the page is made (``pages.described``),
    and the catalog keeps those very bytes: a part held under `serve`, or read from the story cache,
    is not serialised or compressed again. Nothing in it can close the script element."""
    packed = described({"@type": "Thing", "name": "</script><b>x</b>"})
    catalog = PageCatalog.of(Pages(pages=(), nav=(), jsonld={"a/": packed}))
    assert catalog.scripts.packed("a/") is packed
    script = catalog.scripts.get("a/")
    assert script is not None and script.count("</script>") == 1 and "<b>" not in script
    assert '"name":"\\u003c/script\\u003e\\u003cb\\u003ex\\u003c/b\\u003e"' in script
