"""Diagram and map text meets WCAG AA contrast (4.5:1) in the light and the dark colour scheme.

axe-core marks SVG text "needs review": it cannot tell what lies behind a text drawn on shapes. So
this test works it out as the browser paints it: for each text, the shapes under its centre (the
diagram's box, the map's land, sea and inset, with their computed fills and opacities) are laid
over the page's background, bottom up, and the text's own fill over that; a map's text also has a
halo (a stroke of the page's colour painted under the glyphs), which must contrast too. Contrast is
WCAG 2's ratio of relative luminances.
"""

from __future__ import annotations

from typing import Any

import pytest
from browsing import DESKTOP, DOSSIER, Site

pytestmark = pytest.mark.browser

CONTRASTS = r"""() => {
    const rgba = c => {
        const v = (c.match(/[\d.]+/g) || []).map(Number);
        return v.length === 3 ? [...v, 1] : v.length === 4 ? v : null;
    };
    const over = (top, under) => [0, 1, 2].map(i => top[i] * top[3] + under[i] * (1 - top[3]));
    const luminance = c => {
        const [r, g, b] = c.map(v => v / 255)
            .map(v => v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a, b) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (hi + 0.05) / (lo + 0.05);
    };
    // The page's own background: the first opaque one from the body up.
    let ground = [255, 255, 255];
    for (let e = document.body; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c && c[3] > 0) { ground = over(c, [255, 255, 255]); break; }
    }
    const found = [];
    for (const text of document.querySelectorAll('.explainer-graph svg text, .explainer-map svg text')) {
        const r = text.getBoundingClientRect();
        const x = r.left + r.width / 2, y = r.top + r.height / 2;
        const svg = text.ownerSVGElement;
        // Shapes painted under the text's centre, from the lowest up.
        const under = document.elementsFromPoint(x, y)
            .filter(e => e !== text && svg.contains(e) && e.matches('rect, path, circle') && !text.contains(e))
            .reverse();
        let back = ground;
        for (const shape of under) {
            const style = getComputedStyle(shape);
            const fill = rgba(style.fill);
            if (!fill) continue;
            fill[3] *= parseFloat(style.fillOpacity) * parseFloat(style.opacity);
            back = over(fill, back);
        }
        const style = getComputedStyle(text);
        const ink = rgba(style.fill);
        ink[3] *= parseFloat(style.fillOpacity);
        const halo = style.strokeWidth !== '0px' && rgba(style.stroke);
        const behind = halo && halo[3] > 0 ? over(halo, back) : back;
        found.push({
            text: text.textContent, shapes: under.map(e => e.getAttribute('class')),
            contrast: ratio(over(ink, behind), behind),
            // With a halo, the glyphs also meet the shapes beyond it.
            beyond: ratio(over(ink, back), back),
        });
    }
    return found;
}"""

PAGES = [
    f"{DOSSIER}/",  # the overview's map
    f"{DOSSIER}/relationships/",
    f"{DOSSIER}/actors/ming-xuechang/",  # an actor's diagram
    f"{DOSSIER}/actors/laukkai/",  # a place's small map
    "the-fall-of-laukkai/",
]


def contrasts(browser: Any, url: str, scheme: str) -> list[dict[str, Any]]:
    context = browser.new_context(viewport=DESKTOP, color_scheme=scheme)
    try:
        page = context.new_page()
        page.goto(url, wait_until="load")
        return list(page.evaluate(CONTRASTS))
    finally:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_diagram_and_map_text_meets_aa_contrast(browser: Any, site: Site, path: str, scheme: str) -> None:
    texts = contrasts(browser, site.url(path), scheme)
    assert texts, "no diagram or map text on the page"
    low = [(t["text"], t["shapes"], round(t["contrast"], 2)) for t in texts if t["contrast"] < 4.5]
    assert low == []
    beyond = [(t["text"], t["shapes"], round(t["beyond"], 2)) for t in texts if t["beyond"] < 4.5]
    assert beyond == []


def test_the_dark_scheme_is_applied_to_diagrams_and_maps(browser: Any, site: Site) -> None:
    """The test above measures two different paintings, not the light one twice."""
    light, dark = (contrasts(browser, site.url(f"{DOSSIER}/"), scheme) for scheme in ("light", "dark"))
    assert [t["text"] for t in light] == [t["text"] for t in dark]
    assert [round(t["contrast"], 2) for t in light] != [round(t["contrast"], 2) for t in dark]
