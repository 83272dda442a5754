"""Pages laid out by the theme and written in forked workers, ahead of MkDocs' loop.

MkDocs reads and converts every page, then lays each out with the theme and writes it, one page at a
time in the build's own process: at 300 stories on two cores that loop was 21 s of a 105 s build,
with the second core idle. Once every page is read (the ``env`` event), workers forked from the build
lay out and write the generated pages, each a share of them, with MkDocs' own ``_build_page`` and
every plugin hook as MkDocs' loop would run it; the build marks those files laid
(``PackedFile.laid``), so that MkDocs' loop neither lays them out nor writes them again.

A worker hands back only what the build must know of each page (``Laid``): its layout's key, what
the standing site notes of it, and what it logged, which the build logs again (strict mode counts
it). A page whose layout fails in a worker is left to MkDocs' loop, which fails as it always did.
The links each laid page holds to other pages' anchors are checked after the loop, with MkDocs' own
check (``check_links``).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from generator.plugin.files import PackedFile
from generator.plugin.rendering import _logged
from generator.plugin.standing import StandingSite
from generator.plugin.workers import FEWEST_PAGES, forked_map, forking
from generator.plugin.written import WrittenPages

Logged = tuple[tuple[str, int, str], ...]


@dataclass(frozen=True)
class Laid:
    """What a worker tells the build of a page it laid out and wrote."""

    path: str
    # The key of its layout in the layouts' cache (None without a cache).
    layout: str | None
    # The key it was kept under as written and what MkDocs knew of it, for the standing site.
    head: tuple[str, bytes] | None
    logged: Logged


def page_builder(config: MkDocsConfig) -> Callable[..., None] | None:
    """MkDocs' (or ProperDocs') own function that lays out and writes one page, from the tool whose
    configuration this is; None where it has none."""
    tool = type(config).__module__.split(".")[0]
    try:
        module = importlib.import_module(f"{tool}.commands.build")
    except ImportError:
        return None
    found = getattr(module, "_build_page", None)
    return found if callable(found) else None


def lay_out_ahead(
    config: MkDocsConfig,
    files: Files,
    nav: Navigation,
    env: Any,
    workers: int,
    written: WrittenPages | None,
) -> list[Laid]:
    """The generated pages laid out and written in ``workers`` forked processes (none when there is
    one worker, too few pages, no fork, or no page builder); each page laid out is marked ``laid``."""
    build_page = page_builder(config)
    doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)
    pages = [f.page for f in doc_files if isinstance(f, PackedFile) and f.page is not None]
    if workers < 2 or len(pages) < FEWEST_PAGES or not forking() or build_page is None:
        return []

    def lay_out(index: int) -> Laid | None:
        return _laid(pages[index], build_page, config, doc_files, nav, env, written)

    laid = [found for found in forked_map(lay_out, len(pages), workers) if found is not None]
    for found in laid:
        file = files.get_file_from_path(found.path)
        assert isinstance(file, PackedFile)
        # Its address is worked out while MkDocs still takes the file for a page (as ``written``).
        _ = file.dest_uri, file.url, file.abs_dest_path
        file.laid = True
    return laid


def _laid(
    page: Page,
    build_page: Callable[..., None],
    config: MkDocsConfig,
    doc_files: Sequence[File],
    nav: Navigation,
    env: Any,
    written: WrittenPages | None,
) -> Laid | None:
    """In a worker: ``page`` laid out and written as MkDocs' loop does it; None when that failed (the
    build's loop then meets the same failure and reports it)."""
    path = page.file.src_uri
    try:
        with _logged(quiet=True) as logged:
            build_page(page, config, doc_files, nav, env, excluded=page.file.inclusion.is_excluded())
    except Exception:
        return None
    standing = written.standing if written is not None else None
    head = standing.noted_heads.get(page.file.dest_uri) if standing is not None else None
    layout = written.layouts.get(path) if written is not None else None
    return Laid(path, layout, head, tuple(logged))


def take_back(
    laid: Sequence[Laid],
    files: Files,
    written: WrittenPages | None,
    layouts_used: set[str],
    release: Callable[[Page], None],
) -> None:
    """In the build: what each page laid out ahead did to the build's state, done here too (layout
    keys, the cache entries used, the standing site's notes), then what it logged, logged again."""
    standing: StandingSite | None = written.standing if written is not None else None
    for found in laid:
        file = files.get_file_from_path(found.path)
        assert file is not None and file.page is not None
        if found.layout is not None and written is not None:
            written.layouts[found.path] = found.layout
            layouts_used.add(found.layout)
        if found.head is not None and written is not None:
            key, head = found.head
            written.store.used.add(key)
            if standing is not None:
                standing.keys[file.dest_uri] = key
                standing.note_head(file.dest_uri, key, head)
        release(file.page)
        for name, level, message in found.logged:
            if level > logging.DEBUG:
                logging.getLogger(name).log(level, message)


def check_links(laid: Sequence[Laid], files: Files, level: int) -> None:
    """The links of the pages laid out ahead to other pages' anchors, checked as MkDocs checks those
    of the pages its loop wrote (its own check, its own words)."""
    for found in laid:
        file = files.get_file_from_path(found.path)
        if file is not None and file.page is not None:
            file.page.validate_anchor_links(files=files, log_level=level)
