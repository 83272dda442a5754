"""Reusing a page's conversion to HTML (``generator.site.reuse``) inside MkDocs.

MkDocs converts a page in ``Page.render``; the plugin puts ``render_reusing`` in its place on each
page (an instance attribute, set in ``on_pre_page``). It converts as MkDocs does while recording what
the conversion looked up among the site's files and logged, or gives the page what a conversion of
the same Markdown gave before, when every look-up still gives the same answer, and logs the same.
This relies on MkDocs internals (what ``Page.render`` sets, links resolved through
``Files.get_file_from_path``, the loggers used): ``tests/test_plugin_rendering.py`` fails on a MkDocs
release that changes them.
"""

from __future__ import annotations

import functools
import importlib.metadata
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, get_toc

from generator.site.reuse import Conversion, Lookup, ReuseStore, fingerprint, key

# The packages whose code converts a page: a new version of any may convert it differently.
CONVERTERS = ("mkdocs", "markdown", "pymdown-extensions", "pygments")


def converter_of(config: MkDocsConfig) -> str:
    """The fingerprint of how ``config`` converts pages: extensions, their settings, link checks."""
    versions = [_version(name) for name in CONVERTERS]
    extensions = [
        name if isinstance(name, str) else type(name).__qualname__ for name in config.markdown_extensions
    ]
    validation = {name: repr(value) for name, value in config.validation.links.items()}
    return fingerprint(
        [sys.version, versions, extensions, config.mdx_configs, config.use_directory_urls, validation]
    )


def _version(name: str) -> str:
    try:
        return f"{name} {importlib.metadata.version(name)}"
    except importlib.metadata.PackageNotFoundError:
        return f"{name} absent"


def page_key(converter: str, page: Page) -> str:
    assert page.markdown is not None
    return key(converter, page.file.src_uri, page.markdown, page.file.inclusion.name)


def reuse_on(page: Page, store: ReuseStore, converter: str, noisy: set[str] | None = None) -> None:
    """Makes ``page`` convert through ``render_reusing`` (MkDocs calls ``page.render``)."""
    page.render = functools.partial(  # type: ignore[method-assign]
        render_reusing, page, store=store, converter=converter, noisy=noisy
    )


def render_reusing(
    page: Page,
    config: MkDocsConfig,
    files: Files,
    *,
    store: ReuseStore,
    converter: str,
    noisy: set[str] | None = None,
) -> None:
    """``Page.render``, reusing an earlier conversion of the same Markdown when it still holds; a page
    whose conversion logged a message (not only for debugging) goes in ``noisy``. A conversion a
    worker made in this build holds: the worker looked up this build's files, as they still are."""
    key = page_key(converter, page)
    found = store.get(key)
    if found is not None and (store.made_ahead(key) or holds(found, files)):
        restore(page, found, files)
        conversion = found
    else:
        conversion = convert(page, config, files)
        store.keep(key, conversion)
    if noisy is not None and any(level > logging.DEBUG for _, level, _ in conversion.logged):
        noisy.add(page.file.src_uri)


def convert(page: Page, config: MkDocsConfig, files: Files, *, quiet: bool = False) -> Conversion:
    """Converts the page as MkDocs does and returns what it gave; ``quiet`` logs nothing (a worker's
    log is given back in the conversion, for the build to log)."""
    lookups: list[Lookup] = []
    with _recording(files, lookups), captured_log(quiet) as logged:
        Page.render(page, config, files)
    assert page.content is not None
    links = {target.src_uri: dict(anchors) for target, anchors in (page.links_to_anchors or {}).items()}
    return Conversion(
        html=page.content,
        toc=[_token(link) for link in page.toc],
        title=page._title_from_render,
        anchors=tuple(sorted(page.present_anchor_ids or ())),
        links_to_anchors=links,
        lookups=tuple(dict.fromkeys(lookups)),
        logged=tuple(logged),
    )


def holds(conversion: Conversion, files: Files) -> bool:
    """Whether every look-up of the conversion gives the same answer among this build's ``files``."""
    return all(_lookup(files, lookup.path) == lookup for lookup in conversion.lookups)


def restore(page: Page, conversion: Conversion, files: Files) -> None:
    """Gives ``page`` what ``Page.render`` would set, from ``conversion``, and logs what it logged."""
    page.content = conversion.html
    page.toc = get_toc(conversion.toc)  # type: ignore[arg-type]
    page._title_from_render = conversion.title
    # MkDocs keeps every page's anchors and links to the end of its build (for its anchor check): one
    # copy of each name, not one for each page naming it (at 300 stories about a million strings).
    page.present_anchor_ids = set(map(sys.intern, conversion.anchors))
    if logging.getLogger("mkdocs.structure.pages").getEffectiveLevel() > logging.DEBUG:
        links: dict[File, dict[str, str]] = {}
        for path, anchors in conversion.links_to_anchors.items():
            target = files.get_file_from_path(path)
            assert target is not None  # looked up during the conversion, and found again (``holds``)
            links[target] = {sys.intern(a): sys.intern(link) for a, link in anchors.items()}
        page.links_to_anchors = links
    for name, level, message in conversion.logged:
        logging.getLogger(name).log(level, message)


def _lookup(files: Files, path: str) -> Lookup:
    return _found(path, files.get_file_from_path(path))


def _found(path: str, file: File | None) -> Lookup:
    return Lookup(path, None if file is None else file.url, file is not None and file.inclusion.is_excluded())


def _token(link: AnchorLink) -> dict[str, Any]:
    return {
        "level": link.level,
        "id": link.id,
        "name": link.title,
        "children": [_token(c) for c in link.children],
    }


@contextmanager
def _recording(files: Files, lookups: list[Lookup]) -> Iterator[None]:
    """While converting, every look-up of a file by path is recorded (as an instance attribute that
    shadows the method, removed afterwards)."""
    original: Callable[[str], File | None] = files.get_file_from_path

    def looking_up(path: str) -> File | None:
        file = original(path)
        lookups.append(_found(path, file))
        return file

    files.get_file_from_path = looking_up  # type: ignore[method-assign]
    try:
        yield
    finally:
        delattr(files, "get_file_from_path")


class _Recorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))


@contextmanager
def captured_log(quiet: bool) -> Iterator[list[tuple[str, int, str]]]:
    """What MkDocs logs meanwhile (its loggers all descend from ``mkdocs``); ``quiet``: only that."""
    logger = logging.getLogger("mkdocs")
    recorder = _Recorder()
    handlers = logger.handlers
    logger.handlers = [recorder] if quiet else [*handlers, recorder]
    try:
        yield recorder.records
    finally:
        logger.handlers = handlers
