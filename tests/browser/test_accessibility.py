"""Accessibility: axe-core finds no WCAG 2.0/2.1/2.2 A/AA violation and no best-practice violation on
any page type, on a desktop or a phone, and the keyboard alone reaches every link.

axe-core is vendored (tests/browser/vendor/axe.min.js, version in AXE_VERSION) and injected into
the page; no rule is disabled. A violation in the theme's own frame is fixed in the site's CSS.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import material
import profiles
import pytest
from browsing import AXE, DESKTOP, DOSSIER, PAGE_TYPES, ROOT, Reader, Site

pytestmark = pytest.mark.browser

# WCAG 2.0, 2.1 and 2.2 A/AA (target-size is 2.2 AA, off by default in axe) and axe's best practices
# (heading-order, landmarks, region, aria-dialog-name among them).
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]


# The rules that read colours. The system's dark setting changes colours only (the site's CSS under
# `prefers-color-scheme`, test_dark_mode_changes_colours_only), so a page in the dark is checked
# against these; every other rule gave the same answer for it in the light.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
ALL_RULES = {"runOnly": {"type": "tag", "values": WCAG}, "rules": {"target-size": {"enabled": True}}}
COLOURS = {"runOnly": {"type": "rule", "values": COLOUR_RULES}}


def violations(page: Any, options: dict[str, Any] = ALL_RULES) -> list[str]:
    """Each violation as one line: the rule, its impact, and the elements that break it."""
    page.add_script_tag(path=str(AXE))
    found = page.evaluate(
        """options => axe.run(document, {...options, resultTypes: ['violations']})
            .then(result => result.violations.map(v =>
                `${v.id} (${v.impact}): ${v.help}: ${v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', ')}`))""",
        options,
    )
    return list(found)


# Every page type on a desktop and on a phone under CI (profile `full`). Locally every type once, on
# one or the other, the story's overview, actor and numbers pages on both (tests/profiles.py); so too
# a part of the pages in the dark, the keyboard's pages and widths, and the search, tooltip and menu
# open in the light only: all of them under CI.
def _kind(name: str) -> Callable[[str], bool]:
    return lambda kind: kind == name


BOTH = ("overview", "actor", "numbers")
PHONE_KINDS = profiles.sample(list(PAGE_TYPES), 2, [_kind(k) for k in BOTH])
DESKTOP_KINDS = profiles.either(
    list(PAGE_TYPES), [k for k in PAGE_TYPES if k not in PHONE_KINDS or k in BOTH]
)


@pytest.mark.parametrize("kind", DESKTOP_KINDS)
def test_no_wcag_violation_on_a_desktop(reader: Reader, site: Site, kind: str) -> None:
    page = reader.open(site.url(PAGE_TYPES[kind]))
    assert violations(page) == []


def test_every_page_type_is_checked_on_a_desktop_or_a_phone() -> None:
    assert set(PHONE_KINDS) | set(DESKTOP_KINDS) == set(PAGE_TYPES)


@pytest.mark.parametrize("kind", PHONE_KINDS)
def test_no_wcag_violation_on_a_phone(phone_reader: Reader, site: Site, kind: str) -> None:
    page = phone_reader.open(site.url(PAGE_TYPES[kind]))
    assert violations(page) == []


@pytest.mark.parametrize("kind", profiles.either(["overview", "actor", "glossary"], ["overview", "actor"]))
def test_the_keyboard_reaches_every_link(reader: Reader, site: Site, kind: str) -> None:
    """Tab alone reaches every link a reader can see or open. A key question is a disclosure
    (<details>): Tab stops on its question, and Enter opens it, as a keyboard reader does to read the
    answer; the answer's links then come next in the Tab order."""
    page = reader.open(site.url(PAGE_TYPES[kind]))
    visible = page.evaluate(
        """() => {
            // A heading's permalink mark is for the pointer: the contents list links each heading.
            const links = [...document.querySelectorAll('a[href]:not([tabindex="-1"])')].filter(a => {
                const style = getComputedStyle(a);
                return a.getClientRects().length > 0 && style.visibility !== 'hidden' && !a.closest('[inert]');
            });
            links.forEach((a, i) => a.dataset.kb = i);
            return links.map(a => a.textContent.trim() || a.getAttribute('aria-label') || a.href);
        }"""
    )
    assert len(visible) > 20
    reached: set[int] = set()
    opened: list[str] = []
    for _ in range(len(visible) * 2 + 100):
        page.keyboard.press("Tab")
        index, closed = page.evaluate(
            """() => {
                const e = document.activeElement;
                const closed = e && e.tagName === 'SUMMARY' && !e.parentElement.open;
                return [e && e.dataset.kb, closed ? e.parentElement.className : null];
            }"""
        )
        if closed:
            page.keyboard.press("Enter")
            assert page.evaluate("() => document.activeElement.parentElement.open")
            opened.append(closed)
        if index is not None:
            if int(index) in reached and len(reached) == len(visible):
                break
            reached.add(int(index))
        if len(reached) == len(visible):
            break
    missed = [visible[i] for i in range(len(visible)) if i not in reached]
    assert missed == []
    # Only questions were opened: every other link was in the Tab order as the page came.
    assert {*opened} <= {"explainer-question"}


def test_the_first_tab_offers_to_skip_to_the_content(reader: Reader, site: Site) -> None:
    page = reader.open(site.url(f"{DOSSIER}/numbers/"))
    page.keyboard.press("Tab")
    focused = page.evaluate("() => [document.activeElement.textContent.trim(), document.activeElement.hash]")
    assert focused[0] == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("() => location.hash") == focused[1]


DARK_PAGES = ["hub", "overview", "actor", "numbers", "glossary", "relationships", "across stories"]


@pytest.mark.parametrize("kind", profiles.sample(DARK_PAGES, 2, [_kind("overview"), _kind("actor")]))
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
            assert violations(page, COLOURS) == []
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


FOCUSED = """() => {
    const e = document.activeElement;
    if (!e || e === document.body) return null;
    const r = e.getBoundingClientRect();
    const s = getComputedStyle(e);
    const hidden = r.width === 0 || r.height === 0 || r.right <= 0 || r.left >= innerWidth
        || s.visibility === 'hidden' || e.closest('[inert], [hidden]') !== null;
    return {text: (e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 40),
            hidden, inContent: e.closest('.md-content') !== null, permalink: e.matches('.headerlink')};
}"""


@pytest.mark.parametrize("width", profiles.either([390, 800, 1280], [390, 1280]))
def test_tab_never_reaches_a_hidden_element_and_first_reaches_content(
    browser: Any, site: Site, width: int
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 800})
    try:
        page = context.new_page()
        page.goto(site.url(PAGE_TYPES["overview"]))
        focused = []
        for _ in range(80):
            page.keyboard.press("Tab")
            focused.append(page.evaluate(FOCUSED))
        reached = [f for f in focused if f]
        assert [f["text"] for f in reached if f["hidden"]] == []
        first = next(f for f in reached if f["inContent"])
        assert not first["permalink"] and first["text"], first
        assert not any(f["permalink"] for f in reached)
    finally:
        context.close()


def test_the_keyboard_opens_and_closes_the_phone_menu(browser: Any, site: Site) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 800})
    try:
        page = context.new_page()
        page.goto(site.url(PAGE_TYPES["overview"]))
        page.locator("button.explainer-menu").focus()
        page.keyboard.press("Enter")
        page.wait_for_function("() => document.activeElement.closest('.md-sidebar--primary') !== null")
        assert page.locator("button.explainer-menu").get_attribute("aria-expanded") == "true"
        # The drawer slides in: the focus is inside it at once, on screen once the slide ends (a
        # focused element still off screen a moment later fails here, as one never shown would).
        page.wait_for_function(
            f"() => {{ const f = ({FOCUSED})(); return f !== null && !f.hidden; }}", timeout=5000
        )
        assert page.evaluate(FOCUSED)["hidden"] is False
        page.keyboard.press("Escape")
        assert page.evaluate("() => document.activeElement.matches('button.explainer-menu')")
        assert page.locator("button.explainer-menu").get_attribute("aria-expanded") == "false"
    finally:
        context.close()


@pytest.mark.parametrize("scheme", profiles.either(["light", "dark"], ["light"]))
def test_no_violation_with_search_open_a_tooltip_shown_or_the_phone_menu_open(
    browser: Any, site: Site, scheme: str
) -> None:
    rules = ALL_RULES if scheme == "light" else COLOURS
    context = browser.new_context(viewport=DESKTOP, color_scheme=scheme)
    try:
        page = context.new_page()
        page.goto(site.url(PAGE_TYPES["overview"]))
        page.locator("button.explainer-search").click()
        page.locator(".explainer-search__dialog input").fill("who is ming")
        page.wait_for_selector(".pagefind-ui__result")
        assert violations(page, rules) == [], "search open"
        page.goto(site.url(PAGE_TYPES["overview"]))
        page.locator("article a.explainer-term").first.focus()
        page.wait_for_selector("#explainer-tip:not([hidden])")
        assert violations(page, rules) == [], "tooltip shown"
    finally:
        context.close()
    context = browser.new_context(viewport={"width": 390, "height": 800}, color_scheme=scheme, is_mobile=True)
    try:
        page = context.new_page()
        page.goto(site.url(PAGE_TYPES["overview"]))
        page.locator("button.explainer-menu").click()
        page.wait_for_function("() => document.getElementById('__drawer').checked")
        page.wait_for_timeout(400)  # the drawer slides in
        assert violations(page, rules) == [], "phone menu open"
    finally:
        context.close()


# What the system's colour scheme may change: colours (the theme's variables are colours and shadows).
COLOUR_PROPERTIES = re.compile(r"--[\w-]+|color-scheme|color|fill|stroke|border-color|background-color")


def test_dark_mode_changes_colours_only() -> None:
    """What lets a page in the dark be checked by the colour rules only: under `prefers-color-scheme`
    the site's CSS sets colours and nothing else (Material's own CSS has no such query)."""
    css = (ROOT / "generator" / "site" / "assets" / "explainer.css").read_text("utf-8")
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)
    blocks = []
    for start in (m.end() for m in re.finditer(r"@media[^{]*prefers-color-scheme[^{]*\{", css)):
        depth, end = 1, start
        while depth:
            depth += {"{": 1, "}": -1}.get(css[end], 0)
            end += 1
        blocks.append(css[start : end - 1])
    assert len(blocks) == 2  # dark and light
    properties = [p.strip() for block in blocks for p in re.findall(r"([\w-]+)\s*:(?![^{};]*\{)", block)]
    assert properties and [p for p in properties if not COLOUR_PROPERTIES.fullmatch(p)] == []
    for sheet in (Path(material.__file__).parent / "templates" / "assets" / "stylesheets").glob("*.css"):
        assert "prefers-color-scheme" not in sheet.read_text("utf-8"), sheet
