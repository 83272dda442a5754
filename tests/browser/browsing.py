"""What the browser tests share: the page types, the served site and a reader that notices trouble."""

from __future__ import annotations

import http.server
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import Error as PlaywrightError

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).parent / "vendor" / "axe.min.js"
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 740}
DOSSIER = "myanmar-scam-handover"
# One page of each kind the site has, by a name for test ids and screenshots.
PAGE_TYPES = {
    "hub": "",
    "overview": f"{DOSSIER}/",
    "actors": f"{DOSSIER}/actors/",
    "actor": f"{DOSSIER}/actors/ming-xuechang/",
    "numbers": f"{DOSSIER}/numbers/",
    "glossary": f"{DOSSIER}/glossary/",
    "timeline": f"{DOSSIER}/timeline/",
    "claims": f"{DOSSIER}/claims/",
    "relationships": f"{DOSSIER}/relationships/",
    "sources": f"{DOSSIER}/sources/",
    "updates": f"{DOSSIER}/updates/",
    # A shared actor's page shows the other story's facts; the site's page of figures across stories.
    "shared actor": "the-fall-of-laukkai/actors/mndaa/",
    "across stories": "quantities/",
    "hand-written": "about/",
    "reference": "contribute/reference/",
    "not-found": "404.html",
}


@dataclass(frozen=True)
class Site:
    """A built site and where it is served."""

    root: Path
    base: str

    def url(self, path: str) -> str:
        return f"{self.base}/{path}"

    def pages(self) -> list[str]:
        """Every HTML page of the site, as URL paths."""
        found = []
        for file in sorted(self.root.rglob("*.html")):
            path = file.relative_to(self.root).as_posix()
            found.append(path.removesuffix("index.html") if path.endswith("index.html") else path)
        return found


@dataclass
class Reader:
    """Reads pages in one browser context and records everything a reader must never meet.

    ``page`` is one tab kept for the whole session (a new tab costs a renderer process); a test
    that changes a page's scripts opens its own with ``new_page``.
    """

    context: Any
    problems: list[str] = field(default_factory=list)
    opened: list[Any] = field(default_factory=list)
    _page: Any = None

    @property
    def page(self) -> Any:
        if self._page is None:
            self._page = self._watched(self.context.new_page())
        return self._page

    def new_page(self) -> Any:
        page = self._watched(self.context.new_page())
        self.opened.append(page)
        return page

    def open(self, url: str, page: Any = None) -> Any:
        """Go to ``url`` (in the session's tab unless ``page`` is given); diagrams are static SVG."""
        page = page or self.page
        try:
            page.goto(url, wait_until="load")
        except PlaywrightError as error:
            # Chromium now and then aborts a navigation the tab's last one was still settling
            # (net::ERR_ABORTED, seen once on the hub in a clean-clone CI run): the page never loaded, so
            # going there again is no retry of a failed check; any other error still fails.
            if "ERR_ABORTED" not in str(error):
                raise
            page.goto(url, wait_until="load")
        return page

    def check(self) -> Iterator[Reader]:
        """Use the reader for one test: afterwards its own tabs are closed, and any trouble met
        fails the test."""
        self.problems.clear()
        try:
            yield self
        finally:
            for page in self.opened:
                page.close()
            self.opened.clear()
        assert self.problems == []

    def _watched(self, page: Any) -> Any:
        page.on("console", lambda m: self.problems.append(f"console {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        page.on("dialog", self._dialog)
        page.on("request", self._request)
        return page

    def _dialog(self, dialog: Any) -> None:
        self.problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    def _request(self, request: Any) -> None:
        if not request.url.startswith(("http://127.0.0.1:", "data:", "blob:")):
            self.problems.append(f"request to another host: {request.url}")


class QuietServer(http.server.ThreadingHTTPServer):
    """A static server for the browser tests: a connection the browser dropped (it moved on before a
    file was sent) is no fault of the site's, and would print a traceback among the test results."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)
