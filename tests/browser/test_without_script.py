"""A reader whose browser runs no script: search is a link to the index A to Z, which lists every
entry by name and leads to it; terms keep their definition as the link's native title."""

from __future__ import annotations

from typing import Any

import pytest
from browsing import PAGE_TYPES, Site

pytestmark = pytest.mark.browser


def test_the_search_control_leads_to_the_index_a_to_z(browser: Any, site: Site) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 800}, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site.url(PAGE_TYPES["actor"]))
        link = page.locator("header a.explainer-search")
        assert link.get_attribute("aria-label") == "Search: Index A to Z"
        link.click()
        page.wait_for_url("**/a-z/")
        assert (page.locator("article h1").text_content() or "").removesuffix("¶") == "Index A to Z"
        # A shared actor is listed once for each story that tells of it; each line leads to its page.
        page.locator("article").get_by_role("link", name="Ming Xuechang", exact=True).first.click()
        page.wait_for_url("**/actors/ming-xuechang/")
        page.goto(site.url(PAGE_TYPES["overview"]))
        assert page.locator("article a[title]").count() > 3  # a term's definition as the native title
    finally:
        context.close()


def test_with_script_the_link_becomes_the_search_box(reader: Any, site: Site) -> None:
    page = reader.open(site.url(PAGE_TYPES["glossary"]))
    assert page.locator("header a.explainer-search").count() == 0
    page.locator("header button.explainer-search").click()
    page.locator(".pagefind-ui__search-input").wait_for()
