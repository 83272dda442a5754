"""The site-wide pages on a phone, as a reader sees them: a heading is as tall as its words."""

from __future__ import annotations

from typing import Any

import pytest
from browsing import Site

pytestmark = pytest.mark.browser

# Each heading of the article whose box is taller than the lines of its words: something unseen
# (the permalink that shows on hover) wrapped onto a line of its own.
TALLER = """() => [...document.querySelectorAll('article h2, article h3')].filter(h => {
    const words = document.createRange();
    words.selectNodeContents(h);
    const link = h.querySelector('.headerlink');
    if (link) words.setEndBefore(link);
    const lines = new Set([...words.getClientRects()].map(r => Math.round(r.top))).size;
    return h.getBoundingClientRect().height > lines * parseFloat(getComputedStyle(h).lineHeight) + 1;
}).map(h => h.textContent)"""


@pytest.mark.parametrize("path", ["quantities/", "people/", "myanmar-scam-handover/"])
def test_a_heading_on_a_phone_is_as_tall_as_its_words(browser: Any, site: Site, path: str) -> None:
    """ "Suspects handed over to China" filled a 390 px line, and its hidden permalink took a second
    line: a blank 35 px under the heading."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(site.url(path), wait_until="load")
        assert page.evaluate(TALLER) == []
    finally:
        context.close()


# Each chart of "Figures across stories": the text of its labels, and how far its widest label
# reaches past the chart's own width (0 when every label fits).
CHART_LABELS = """() => [...document.querySelectorAll('.explainer-chart svg')].map(svg => ({
    text: [...svg.querySelectorAll('.explainer-chart__label')].map(t => t.textContent).join(' '),
    overflow: Math.max(0, ...[...svg.querySelectorAll('.explainer-chart__label')].map(
        t => t.getBBox().x + t.getBBox().width - svg.viewBox.baseVal.width)),
    stories: [...svg.closest('.explainer-chart').previousElementSibling.querySelectorAll('tbody tr')]
        .map(row => row.lastElementChild.querySelector('a').textContent),
}))"""


def test_a_charts_labels_name_each_story_whole(browser: Any, site: Site) -> None:
    """A bar's label was cut at 48 characters ("The fall of Laukkai and the end o…"): a reader could
    not tell which story a bar is. Each label now gives its story's whole title, wrapped to fit."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(site.url("quantities/"), wait_until="load")
        charts = page.evaluate(CHART_LABELS)
        assert charts
        for chart in charts:
            assert "…" not in chart["text"] and chart["overflow"] == 0
            for story in chart["stories"]:
                assert " ".join(story.split()) in chart["text"]
    finally:
        context.close()


# The index's entries: how many, and the height of the lists that hold them.
INDEX_ENTRIES = """() => {
    const lists = [...document.querySelectorAll('article h2 + ul')];
    return {entries: lists.reduce((n, ul) => n + ul.children.length, 0),
            height: lists.reduce((h, ul) => h + ul.getBoundingClientRect().height, 0)};
}"""


def test_the_index_a_to_z_is_compact_on_a_phone(browser: Any, site: Site) -> None:
    """On a 390 px phone the shipped index's 249 entries took 71 px each (bullets, indent and the
    gaps of a loose list; 20,167 px of page). Without them, every word kept, 51 px (14,992 px); with
    who or what each name is (a role, a short definition), 57 px (16,474 px)."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(site.url("a-z/"), wait_until="load")
        measured = page.evaluate(INDEX_ENTRIES)
        assert measured["entries"] > 100
        assert measured["height"] / measured["entries"] < 60, measured
    finally:
        context.close()
