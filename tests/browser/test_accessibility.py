"""Accessibility: axe-core finds no WCAG 2.0/2.1/2.2 A/AA violation and no best-practice violation on
any page type, on a desktop or a phone, and the keyboard alone reaches every link.

axe-core is vendored (tests/browser/vendor/axe.min.js, version in AXE_VERSION) and injected into
the page; no rule is disabled. A violation in the theme's own frame is fixed in the site's CSS.
"""

from __future__ import annotations

from typing import Any

import pytest
from browsing import AXE, DOSSIER, PAGE_TYPES, Reader, Site

pytestmark = pytest.mark.browser

# WCAG 2.0, 2.1 and 2.2 A/AA (target-size is 2.2 AA, off by default in axe) and axe's best practices
# (heading-order, landmarks, region, aria-dialog-name among them).
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]


def violations(page: Any) -> list[str]:
    """Each violation as one line: the rule, its impact, and the elements that break it."""
    page.add_script_tag(path=str(AXE))
    found = page.evaluate(
        """tags => axe.run(document, {
                runOnly: {type: 'tag', values: tags},
                rules: {'target-size': {enabled: true}},
                resultTypes: ['violations'],
            })
            .then(result => result.violations.map(v =>
                `${v.id} (${v.impact}): ${v.help}: ${v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', ')}`))""",
        WCAG,
    )
    return list(found)


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_no_wcag_violation_on_a_desktop(reader: Reader, site: Site, kind: str) -> None:
    page = reader.open(site.url(PAGE_TYPES[kind]))
    assert violations(page) == []


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_no_wcag_violation_on_a_phone(phone_reader: Reader, site: Site, kind: str) -> None:
    page = phone_reader.open(site.url(PAGE_TYPES[kind]))
    assert violations(page) == []


@pytest.mark.parametrize("kind", ["overview", "actor", "glossary"])
def test_the_keyboard_reaches_every_link(reader: Reader, site: Site, kind: str) -> None:
    page = reader.open(site.url(PAGE_TYPES[kind]))
    visible = page.evaluate(
        """() => {
            const links = [...document.querySelectorAll('a[href]')].filter(a => {
                const style = getComputedStyle(a);
                return a.getClientRects().length > 0 && style.visibility !== 'hidden' && !a.closest('[inert]');
            });
            links.forEach((a, i) => a.dataset.kb = i);
            return links.map(a => a.textContent.trim() || a.getAttribute('aria-label') || a.href);
        }"""
    )
    assert len(visible) > 20
    reached: set[int] = set()
    for _ in range(len(visible) * 2 + 100):
        page.keyboard.press("Tab")
        index = page.evaluate("() => document.activeElement && document.activeElement.dataset.kb")
        if index is not None:
            if int(index) in reached and len(reached) == len(visible):
                break
            reached.add(int(index))
        if len(reached) == len(visible):
            break
    missed = [visible[i] for i in range(len(visible)) if i not in reached]
    assert missed == []


def test_the_first_tab_offers_to_skip_to_the_content(reader: Reader, site: Site) -> None:
    page = reader.open(site.url(f"{DOSSIER}/numbers/"))
    page.keyboard.press("Tab")
    focused = page.evaluate("() => [document.activeElement.textContent.trim(), document.activeElement.hash]")
    assert focused[0] == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("() => location.hash") == focused[1]


DARK_PAGES = ["hub", "overview", "actor", "numbers", "glossary", "relationships", "across stories"]


@pytest.mark.parametrize("kind", DARK_PAGES)
def test_dark_mode_follows_the_system_with_no_violation(
    reader: Reader, phone_reader: Reader, site: Site, kind: str
) -> None:
    """With the system set to dark, pages, diagrams, cards and tooltips turn dark, keep AA contrast,
    and no palette script of the theme's is loaded to do it."""
    for each in (reader, phone_reader):
        page = each.page
        page.emulate_media(color_scheme="dark")
        try:
            each.open(site.url(PAGE_TYPES[kind]))
            background = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
            assert sum(int(x) for x in background[4:-1].split(",")[:3]) < 3 * 64, background
            assert page.locator("script[src*='palette']").count() == 0
            assert violations(page) == []
        finally:
            page.emulate_media(color_scheme="light")


def test_a_tooltip_and_a_diagram_are_dark_in_the_dark(reader: Reader, site: Site) -> None:
    page = reader.page
    page.emulate_media(color_scheme="dark")
    try:
        reader.open(site.url(PAGE_TYPES["relationships"]))
        fill = page.evaluate("() => getComputedStyle(document.querySelector('.explainer-graph__actor')).fill")
        assert sum(int(x) for x in fill[4:-1].split(",")[:3]) < 3 * 100, fill
        reader.open(site.url(PAGE_TYPES["overview"]))
        page.locator("article a.explainer-term").first.focus()
        tip = page.locator("#explainer-tip")
        tip.wait_for(state="visible")
        background = tip.evaluate("t => getComputedStyle(t).backgroundColor")
        assert sum(int(x) for x in background[4:-1].split(",")[:3]) < 3 * 64, background
        assert violations(page) == []
    finally:
        page.emulate_media(color_scheme="light")
