"""The pages of a long list, in a browser: a ten-story publication built with small page sizes
(tests/publication.py), so that its people index, figures across stories and index A to Z are in
pages as a publication of hundreds of stories is. A reader without script follows the pager; a
keyboard reaches each of its links in order and follows one with Enter; axe finds no violation."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from browsing import QuietServer, Reader
from publication import build_site, make_content
from test_accessibility import violations

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def paged(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The publication, served at the address it is built for."""
    project = tmp_path_factory.mktemp("paged")
    make_content(project / "content")
    (project / "site").mkdir()

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(project / "site"))
    server = QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        done = build_site(project, site_url=base)
        assert done.returncode == 0, done.stderr[-3000:]
        yield base
    finally:
        server.shutdown()


def heading(page: Any) -> str:
    return (page.locator("article h1").text_content() or "").removesuffix("¶").strip()


def test_without_script_the_pager_leads_through_a_list(browser: Any, paged: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 800}, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(paged + "people/")
        page.locator('article a[href="page/2/"]').first.click()
        page.wait_for_url("**/people/page/2/")
        assert heading(page).startswith("People, organisations and places, page 2 of ")
        pager = page.locator("article p.explainer-pager").first
        assert pager.locator('[aria-current="page"]').text_content() == "2"
        pager.get_by_role("link", name="Next →").click()
        page.wait_for_url("**/people/page/3/")
        # The search control leads to the index A to Z, whose letters are in pages too.
        page.locator("header a.explainer-search").click()
        page.wait_for_url("**/a-z/")
        page.locator("article").get_by_role("link", name="S", exact=True).click()
        page.wait_for_url("**/a-z/s/")
        page.locator("article p.explainer-pager").first.get_by_role("link", name="Next →").click()
        page.wait_for_url("**/a-z/s/2/")
        assert heading(page).startswith("Index A to Z: S, page 2 of ")
    finally:
        context.close()


def test_the_keyboard_reaches_each_pager_link_in_order(reader: Reader, paged: str) -> None:
    page = reader.open(paged + "quantities/quantity/ships-waiting/")
    wanted = page.locator("article p.explainer-pager a").evaluate_all(
        "links => links.map(a => a.textContent)"
    )
    assert wanted == ["2", "3", "Later →"]
    reached: list[str] = []
    for _ in range(300):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "() => document.activeElement.closest('p.explainer-pager') ? document.activeElement.textContent : ''"
        )
        if focused:
            reached.append(focused)
        if focused == "Later →":
            break
    assert reached == wanted
    page.keyboard.press("Enter")
    page.wait_for_url("**/quantities/quantity/ships-waiting/2/")
    # Instant navigation changes the address before it swaps the content in.
    page.locator("article h1", has_text="page 2 of 3").wait_for()
    assert heading(page) == "Figures across stories: Ships waiting, page 2 of 3"


@pytest.mark.parametrize(
    "path",
    ["people/", "people/page/2/", "people/actor/suez-canal-blockage/suez-canal-authority/2/", "a-z/s/2/"],
)
def test_pages_of_a_list_have_no_wcag_violation(reader: Reader, paged: str, path: str) -> None:
    page = reader.open(paged + path)
    assert violations(page) == []
