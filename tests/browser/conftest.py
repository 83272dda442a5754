"""A real Chromium over the shipped site, built once with `mkdocs build --strict` and served on 127.0.0.1.

The site is built twice, in parallel: as shipped (instant navigation on) and from a copy of
mkdocs.yml without `navigation.instant`. One browser serves every test. Each test gets a fresh
context whose pages fail the test on a request to any other host, a console error, an uncaught page
error or a dialog; the browser cannot resolve any other host, so nothing leaves the machine.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browsing import CHROMIUM, DESKTOP, PHONE, ROOT, SCREENSHOTS, Reader, Site


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """These tests run last: they keep one Chromium open for the session, and Playwright's sync API
    allows one instance per thread, so the other tests that start their own must be done by then.
    Without Debian's chromium they are skipped, except in CI, where they fail."""
    here = Path(__file__).parent
    ours = [item for item in items if here in item.path.parents]
    items[:] = [item for item in items if here not in item.path.parents] + ours
    if CHROMIUM.exists() or os.environ.get("CI"):
        return
    skip = pytest.mark.skip(reason="needs Debian's chromium: apt-get install -y chromium fonts-noto-cjk")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


def plain_config(target: Path) -> Path:
    """A copy of mkdocs.yml without instant navigation, its folders made absolute."""
    text = (ROOT / "mkdocs.yml").read_text("utf-8")
    replacements = {
        "    - navigation.instant\n": "",
        "docs_dir: docs\n": f"docs_dir: {ROOT / 'docs'}\n",
        "content_dir: content\n": f"content_dir: {ROOT / 'content'}\n",
    }
    for old, new in replacements.items():
        assert text.count(old) == 1, f"mkdocs.yml no longer has {old!r}"
        text = text.replace(old, new)
    config = target / "mkdocs.yml"
    config.write_text(text, "utf-8")
    return config


def serve(root: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture(scope="session")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Site]]:
    """The shipped site with instant navigation ("instant") and without it ("plain").

    Each is served before it is built: its address is the site_url it is built with, as a deployed
    site's is (instant navigation loads in place only the pages its sitemap lists at that address).
    """
    work = tmp_path_factory.mktemp("browser")
    configs = {"instant": ROOT / "mkdocs.yml", "plain": plain_config(work)}
    servers = {name: serve(work / name) for name in configs}
    builds = {
        name: subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(work / name)],
            cwd=ROOT,
            env={
                **os.environ,
                "NO_MKDOCS_2_WARNING": "1",
                "PYTHONWARNINGS": "ignore",
                "SITE_URL": f"{servers[name][1]}/",
            },
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for name, config in configs.items()
    }
    try:
        for name, build in builds.items():
            output, _ = build.communicate(timeout=300)
            assert build.returncode == 0, f"the {name} build failed:\n{output}"
            assert "WARNING" not in output, output
        yield {name: Site(work / name, base) for name, (_, base) in servers.items()}
    finally:
        for server, _ in servers.values():
            server.shutdown()


@pytest.fixture(scope="session")
def site(sites: dict[str, Site]) -> Site:
    return sites["instant"]


@pytest.fixture(scope="session")
def desktop(browser: Any) -> Iterator[Reader]:
    """One desktop context for the session: its cache keeps Mermaid and the search index."""
    context = browser.new_context(viewport=DESKTOP)
    yield Reader(context)
    context.close()


@pytest.fixture(scope="session")
def phone(browser: Any) -> Iterator[Reader]:
    """One phone context for the session: 375 px wide, touch, no hover."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    yield Reader(context)
    context.close()


@pytest.fixture
def reader(desktop: Reader) -> Iterator[Reader]:
    """A desktop reader; the test fails on any trouble it meets."""
    yield from desktop.check()


@pytest.fixture
def phone_reader(phone: Reader) -> Iterator[Reader]:
    """A reader on a phone 375 px wide; the test fails on any trouble it meets."""
    yield from phone.check()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
    SCREENSHOTS.mkdir(parents=True)
    return SCREENSHOTS
