"""What every page carries around its own content, on the shipped site: a publication of a thousand
stories is a thousand times this, so it is kept to what readers use (docs/performance.md)."""

from __future__ import annotations

import json
import re
import statistics

import pytest
from browsing import Site

pytestmark = pytest.mark.browser

# Bytes of an actor's page outside its article and its JSON-LD: the theme's head, header, menu,
# table of contents and footer. The median over the shipped site's actor pages is 8.6 KB (8.2 to
# 9.3 KB); it was 10.2 KB before the menu held only what readers use and the palette script went.
# The median, so that one actor's long name does not decide it. The table of contents counts here:
# each section an actor's page has adds an entry of about 120 bytes (since 2026-12-04 a page lists the
# events and others' claims that name its actor, "Events" and "What others say": the median of the
# tests' site went from about 8.9 to 9.0 KB).
CHROME_BUDGET = 9_200
ARTICLE = re.compile(r"<article\b.*?</article>", re.S)
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def chrome(html: str) -> int:
    for pattern in (ARTICLE, JSON_LD):
        html = pattern.sub("", html)
    return len(html.encode("utf-8"))


def test_an_actor_page_carries_little_besides_its_content(site: Site) -> None:
    pages = sorted(site.root.glob("*/actors/*/index.html"))
    assert len(pages) > 20
    assert statistics.median(chrome(page.read_text("utf-8")) for page in pages) <= CHROME_BUDGET


def test_no_page_carries_a_script_for_a_palette_it_does_not_offer(site: Site) -> None:
    for page in site.root.rglob("*.html"):
        assert "__palette" not in page.read_text("utf-8"), page


def test_the_menu_lists_what_readers_use(site: Site) -> None:
    html = (site.root / "about" / "index.html").read_text("utf-8")
    menu = html.split('class="md-nav md-nav--primary"', 1)[1].split(
        'class="md-sidebar md-sidebar--secondary"'
    )[0]
    assert "Contribute" in menu and "How to read these explainers" in menu
    assert "Performance" not in menu and "Format reference" not in menu
    # Left out of the menu, not out of the site: the contributors' page links to both.
    contribute = (site.root / "contribute" / "index.html").read_text("utf-8")
    assert 'href="reference/"' in contribute and 'href="../performance/"' in contribute


def test_an_actors_index_lists_its_actors_by_reference(site: Site) -> None:
    for index in sorted(site.root.glob("*/actors/index.html")):
        match = JSON_LD.search(index.read_text("utf-8"))
        assert match is not None, index
        items = [element["item"] for element in json.loads(match.group(1))["itemListElement"]]
        assert items and all(set(item) == {"@type", "@id", "name", "url"} for item in items), index
        # Each points at a page of the site that describes the actor in full.
        for item in items:
            assert (index.parent / item["url"] / "index.html").is_file(), item
