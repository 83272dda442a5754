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
