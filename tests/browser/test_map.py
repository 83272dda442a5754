"""Locator maps as a reader sees them: legible labels that never overlap, at 390 and 1280 px, and
small enough to cost a page little.

The overviews of both shipped stories and of an unseen fixture story have a map; a place's page has
a small one; a page without located places carries no map and no map styles.
"""

from __future__ import annotations

import gzip
import re
from typing import Any

import pytest
from browsing import DESKTOP, Site

pytestmark = pytest.mark.browser

WIDTHS = {"1280": DESKTOP, "390": {"width": 390, "height": 844}}

# Per map: its texts' smallest rendered size, the pairs of texts that overlap, the texts outside the
# map, its marked places and the places listed under it.
MEASURE = """() => [...document.querySelectorAll('figure.explainer-map')].map(figure => {
    const svg = figure.querySelector('svg');
    const frame = svg.getBoundingClientRect();
    const scale = frame.width / svg.viewBox.baseVal.width;
    const texts = [...svg.querySelectorAll('text')].map(t => {
        const r = t.getBoundingClientRect();
        return {text: t.textContent, size: parseFloat(t.getAttribute('font-size')) * scale,
                left: r.left, right: r.right, top: r.top, bottom: r.bottom};
    });
    const overlaps = [];
    for (let a = 0; a < texts.length; a++) for (let b = a + 1; b < texts.length; b++) {
        const p = texts[a], q = texts[b];
        if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom)
            overlaps.push(p.text + ' / ' + q.text);
    }
    const outside = texts.filter(t => t.left < frame.left - 0.5 || t.right > frame.right + 0.5
        || t.top < frame.top - 0.5 || t.bottom > frame.bottom + 0.5).map(t => t.text);
    let list = figure.nextElementSibling;
    while (list && list.tagName !== 'UL') list = list.nextElementSibling;
    return {
        smallest: Math.min(...texts.map(t => t.size)), overlaps, outside,
        places: [...svg.querySelectorAll('text.explainer-map__place')].map(
            t => [...t.querySelectorAll('tspan')].map(s => s.textContent).join(' ')),
        spots: svg.querySelectorAll('circle.explainer-map__spot').length,
        listed: list ? [...list.querySelectorAll('li')].map(li => li.innerText) : [],
        lines: list ? [...list.querySelectorAll('li')].map(li => Math.round(
            li.getBoundingClientRect().height / parseFloat(getComputedStyle(li).lineHeight))) : [],
        title: svg.querySelector('title').textContent, desc: svg.querySelector('desc').textContent,
        width: frame.width, page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
    };
})"""

OVERVIEWS = ["myanmar-scam-handover/", "the-fall-of-laukkai/", "kokang-crime-families-on-trial/"]


def maps(browser: Any, url: str, viewport: dict[str, int]) -> list[dict[str, Any]]:
    context = browser.new_context(viewport=viewport)
    try:
        page = context.new_page()
        page.goto(url, wait_until="load")
        return list(page.evaluate(MEASURE))
    finally:
        context.close()


def assert_readable(found: dict[str, Any]) -> None:
    assert found["smallest"] >= 12, found["smallest"]
    assert found["overlaps"] == []
    assert found["outside"] == []
    assert found["page"][0] <= found["page"][1]
    assert found["title"].startswith("Map: ") and "inset" in found["desc"]


@pytest.mark.parametrize("width", ["1280", "390"])
@pytest.mark.parametrize("path", OVERVIEWS)
def test_an_overview_maps_its_places_legibly(browser: Any, site: Site, path: str, width: str) -> None:
    (found,) = maps(browser, site.url(path), WIDTHS[width])
    assert_readable(found)
    assert found["spots"] >= 2
    # Every marked place is listed as text under the map, saying what it is, with the source of its
    # point; in four lines at most on a phone (a place with its events' titles ran to eight).
    assert len(found["listed"]) == found["spots"]
    assert all(re.fullmatch(r"[^:]+: [A-Z].+\.\d+", item, re.S) for item in found["listed"]), found["listed"]
    assert set(found["places"]) <= {item.split(":")[0] for item in found["listed"]}
    assert max(found["lines"]) <= (4 if width == "390" else 2), (found["listed"], found["lines"])


@pytest.mark.parametrize("width", ["1280", "390"])
def test_a_place_page_has_a_small_map(browser: Any, site: Site, width: str) -> None:
    (found,) = maps(browser, site.url("myanmar-scam-handover/actors/laukkai/"), WIDTHS[width])
    assert_readable(found)
    assert found["places"] == ["Laukkai"]


def test_a_map_costs_little_and_only_where_it_is_drawn(site: Site) -> None:
    for path in OVERVIEWS:
        text = (site.root / path / "index.html").read_text("utf-8")
        figure = re.search(r'<figure class="explainer-map".*?</figure>', text, re.S)
        assert figure is not None
        assert len(gzip.compress(figure.group(0).encode())) <= 60_000
        # No tile, script or font of another host: the map is its own paths.
        assert not re.search(r"<(script|image|img|use)\b", figure.group(0))
    for path in ["myanmar-scam-handover/numbers/", "myanmar-scam-handover/actors/ming-xuechang/"]:
        assert "explainer-map" not in (site.root / path / "index.html").read_text("utf-8")
