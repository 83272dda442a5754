"""A real Chromium over the shipped site, built once with `mkdocs build --strict` and served on 127.0.0.1.

A site of two topics (the shipped stories and a fixture story) is built twice for search, once
without `navigation.instant`, which also serves the tests of navigation without it. One browser
serves every test. Each test gets a fresh
context whose pages fail the test on a request to any other host, a console error, an uncaught page
error or a dialog; the browser cannot resolve any other host, so nothing leaves the machine.
"""

from __future__ import annotations

import fcntl
import functools
import http.server
import json
import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from browsing import CHROMIUM, DESKTOP, PHONE, ROOT, SCREENSHOTS, QuietServer, Reader, Site
from launcher import python_m
from skip_policy import in_ci


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


def edited(text: str, replacements: dict[str, str]) -> str:
    """``text`` with each of its lines in ``replacements`` (each there once) replaced."""
    for old, new in replacements.items():
        assert text.count(old) == 1, f"mkdocs.yml no longer has {old!r}"
        text = text.replace(old, new)
    return text


def serve(root: Path) -> tuple[QuietServer, str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = QuietServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def build(project: Path, config: Path, site_dir: Path, base: str) -> None:
    """`mkdocs build --strict` of ``config`` into ``site_dir``, for a site served at ``base``."""
    done = python_m(
        "mkdocs",
        *("build", "--strict", "-f", str(config), "-d", str(site_dir)),
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONWARNINGS": "ignore", "SITE_URL": f"{base}/"},
        timeout=600,
    )
    assert done.returncode == 0, f"the build of {config} failed:\n{done.stdout}{done.stderr}"
    assert "WARNING" not in done.stdout + done.stderr, done.stdout + done.stderr


@contextmanager
def one_build_at_a_time(project: Path) -> Iterator[None]:
    """Builds of ``project`` one at a time, across processes. Under `pytest -n` each worker that runs
    a test of the shipped site builds it, and two builds at once would write the cache the plugin
    keeps beside mkdocs.yml (`.cache/explainer/`, its search index copied from there) together; one
    after the other, the second finds the first's conversions and index kept."""
    lock = project / ".cache" / "explainer-build.lock"
    lock.parent.mkdir(exist_ok=True)
    with lock.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The shipped site, as shipped (instant navigation on).

    It is served before it is built: its address is the site_url it is built with, as a deployed
    site's is (instant navigation loads in place only the pages its sitemap lists at that address).
    """
    folder = tmp_path_factory.mktemp("browser") / "site"
    server, base = serve(folder)
    try:
        with one_build_at_a_time(ROOT):
            build(ROOT, ROOT / "mkdocs.yml", folder, base)
        yield Site(folder, base)
    finally:
        server.shutdown()


SUEZ = ROOT / "tests" / "fixtures" / "dossiers" / "suez-canal-blockage"


@pytest.fixture(scope="session")
def two_stories_sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Site]]:
    """The shipped stories with the Suez fixture beside them (two topics, for search), built twice in
    one project: "whole" with mkdocs.yml as shipped (one search index, instant navigation), and
    "parts" with its index in parts, each story's pages in one, as a large publication's, and
    without instant navigation. The second build reuses the first's conversions of the pages, as a
    rebuild does (``generator.site.reuse``); only the layouts and the index are made again.
    """
    project = tmp_path_factory.mktemp("two-stories")
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(ROOT / "content", project / "content")
    shutil.copytree(SUEZ, project / "content" / SUEZ.name)
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    parts = {
        "      pagefind: true\n": "      pagefind: true\n      stories_per_index: 1\n",
        "    - navigation.instant\n": "",
    }
    configs = {"whole": config, "parts": edited(config, parts)}
    stories = sum(1 for folder in (project / "content").iterdir() if (folder / "dossier.yaml").is_file())
    servers = {}
    try:
        for name, text in configs.items():
            (project / f"{name}.yml").write_text(text, "utf-8")
            servers[name] = serve(project / name)
            build(project, project / f"{name}.yml", project / name, servers[name][1])
            indexes = json.loads((project / name / "pagefind" / "parts.json").read_text("utf-8"))
            # In parts: each story's pages in one of as many parts as stories, some parts holding two.
            assert (2 <= len(indexes) < stories) if name == "parts" else not indexes, indexes
        yield {name: Site(project / name, base) for name, (_, base) in servers.items()}
    finally:
        for server, _ in servers.values():
            server.shutdown()


@pytest.fixture(scope="session")
def sites(site: Site, two_stories_sites: dict[str, Site]) -> dict[str, Site]:
    """A site with instant navigation ("instant": the shipped one) and one without ("plain": the two
    stories' site whose index is in parts, which is built without it)."""
    return {"instant": site, "plain": two_stories_sites["parts"]}


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
def screenshots() -> Path | None:
    """Where the pictures of each page type go (test-artifacts/screenshots/): taken under CI=true,
    whose pull requests attach them for a reviewer, or with SCREENSHOTS=1. No test reads them, and a
    full-page picture takes longer than loading and checking the page (29 s for the 32 on two busy
    cores, against 10 s of loading), so elsewhere none are taken; the checks run all the same."""
    if not (in_ci() or os.environ.get("SCREENSHOTS")):
        return None
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
    SCREENSHOTS.mkdir(parents=True)
    return SCREENSHOTS
