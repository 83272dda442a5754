"""What a reader's browser fetches from a built site: a page's cold load, and a first search.

Used by bench_publication.py. A real Chromium (Debian's, through Playwright) opens the page in a
fresh context (an empty cache) from a local server, and every response's body is counted,
uncompressed, as bench_lighthouse.py counts a cold load. Numbers, never a pass or fail.
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]
# The site's own limit for a page's cold load (bench_lighthouse.py, issue 11).
LIMIT = 600 * 1024


@dataclass(frozen=True)
class Page:
    """A page of the site: its address under the site, its HTML's size and its cold load."""

    path: str
    html: int
    cold: int | None = None


def largest_pages(site: Path, count: int = 3) -> list[Page]:
    """The ``count`` largest HTML pages of a built site, largest first."""
    pages = sorted(
        ((path.stat().st_size, path.relative_to(site).as_posix()) for path in site.rglob("*.html")),
        reverse=True,
    )
    return [Page(path.removesuffix("index.html"), size) for size, path in pages[:count]]


@contextmanager
def served(site: Path) -> Iterator[str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


class Counter:
    """The requests a page makes that finish; their bytes are counted after (a handler must not
    wait on the browser)."""

    def __init__(self, page: Any) -> None:
        self.requests: list[Any] = []
        page.on("requestfinished", lambda request: self.requests.append(request))

    def clear(self) -> None:
        self.requests.clear()

    @property
    def bytes(self) -> int:
        """The bodies received, as sent (the local server does not compress)."""
        return sum(max(0, request.sizes()["responseBodySize"]) for request in self.requests)


def weigh(site: Path, pages: list[Page], query: str) -> tuple[list[Page], int | None]:
    """Each page's cold load, and the bytes a first search for ``query`` fetches from the home page
    (from opening the search box to its results shown, each result's fragment included); ``None``
    where Chromium or Playwright is missing."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return pages, None
    if not CHROMIUM.exists():
        return pages, None
    with served(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            weighed = [_cold(browser, base, page) for page in pages]
            return weighed, _first_search(browser, base, query)
        finally:
            browser.close()


def _cold(browser: Any, base: str, page: Page) -> Page:
    context = browser.new_context()
    try:
        tab = context.new_page()
        counter = Counter(tab)
        tab.goto(base + page.path, wait_until="networkidle")
        return Page(page.path, page.html, counter.bytes)
    finally:
        context.close()


def _first_search(browser: Any, base: str, query: str) -> int:
    context = browser.new_context()
    try:
        tab = context.new_page()
        counter = Counter(tab)
        tab.goto(base, wait_until="networkidle")
        counter.clear()
        tab.locator("button.explainer-search").click()
        box = tab.locator(".pagefind-ui__search-input")
        box.fill(query)
        tab.wait_for_function(
            """query => {
                const ui = document.querySelector('.pagefind-ui');
                const message = ui && ui.querySelector('.pagefind-ui__message');
                return message && message.textContent.includes(query) && /result/i.test(message.textContent)
                    && !ui.querySelector('.pagefind-ui__loading');
            }""",
            arg=query,
            timeout=120_000,
        )
        tab.wait_for_load_state("networkidle")
        return counter.bytes
    finally:
        context.close()
