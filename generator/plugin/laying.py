"""Pages made whole in forked workers: read, converted, laid out by the theme and written, ahead of
MkDocs' loop.

MkDocs reads and converts every page, then lays each out and writes it, one page at a time in the
build's own process. With the conversions made ahead by workers, what stayed in that process at 300
stories on two cores was the reading (10 s: each conversion taken back, marked for search, put on
the shelf) and the layout (21 s) of a 105 s build, with the second core idle. Once MkDocs knows every
file and its menu (the last ``nav`` event), workers forked from the build make each a share of the
generated pages with MkDocs' own ``_populate_page`` and ``_build_page`` and every plugin hook as
MkDocs' loop runs them; the build marks those files laid (``PackedFile.laid``), so that MkDocs' loop
neither reads, lays out nor writes them again.

What a page's layout reads of the others is what the menu gives before any page is read: their
titles (the menu's), addresses and places. Their front matter (``meta``) a theme reads in a menu only
for an icon, a subtitle or a status, which generated pages never have: the hand-written pages are
read first, in the build, so that theirs is there (``read_hand_written``).

A worker hands back only what the build must know of each page (``Made``): what MkDocs knew of it
(front matter, anchors, links to other pages' anchors, title), the cache entries it used, what the
standing site notes of it, and what it logged, which the build logs again (strict mode counts it). A
page that fails in a worker is left to MkDocs' loop, which fails as it always did. The links each
laid page holds to other pages' anchors are checked after the loop, with MkDocs' own check.
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
from mkdocs.structure.toc import TableOfContents

from generator.plugin.files import PackedFile
from generator.plugin.pageflow import PageFlow
from generator.plugin.rendering import captured_log
from generator.plugin.standing import StandingSite
from generator.plugin.workers import FEWEST_PAGES, forked_map, forking
from generator.plugin.written import WrittenPages
from generator.site.reuse import Caches

Logged = tuple[tuple[str, int, str], ...]


@dataclass(frozen=True)
class Made:
    """What a worker tells the build of a page it made and wrote."""

    path: str
    meta: dict[str, Any]
    anchors: tuple[str, ...]
    # Its links to other pages' anchors: the target's path, then anchor: link as written.
    links: dict[str, dict[str, str]]
    title: str | None
    # The keys it used in each cache (conversions, layouts, pages as written).
    used: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
    # The key it was kept under as written and what MkDocs knew of it, for the standing site.
    head: tuple[str, bytes] | None
    logged: Logged


def steps(config: MkDocsConfig) -> tuple[Callable[..., None], Callable[..., None]] | None:
    """MkDocs' (or ProperDocs') own functions that read and convert a page, and lay it out and write
    it, from the tool whose configuration this is; None where it has them not."""
    tool = type(config).__module__.split(".")[0]
    try:
        module = importlib.import_module(f"{tool}.commands.build")
    except ImportError:
        return None
    populate, build = getattr(module, "_populate_page", None), getattr(module, "_build_page", None)
    return (populate, build) if callable(populate) and callable(build) else None


def read_hand_written(files: Files, config: MkDocsConfig) -> None:
    """The front matter of every page not generated, read before workers lay pages out with the menu
    (MkDocs' loop reads them again)."""
    for file in files.documentation_pages(inclusion=InclusionLevel.is_included):
        if not isinstance(file, PackedFile) and file.page is not None:
            file.page.read_source(config)


def compiled(env: Any, config: MkDocsConfig) -> None:
    """The theme's page template and its partials compiled once, in the build, before the workers
    are forked: each worker is a process of its own for each run of pages, which would compile them
    again (0.3 s of CPU each time)."""
    names = {"main.html", "base.html"} | {
        name for name in env.list_templates() if name.startswith("partials/") and name.endswith(".html")
    }
    for name in sorted(names):
        try:
            env.get_template(name)
        except Exception:  # a partial the theme never includes may not compile here: left to its use
            continue


def make_ahead(
    config: MkDocsConfig,
    files: Files,
    nav: Navigation,
    env: Any,
    workers: int,
    caches: Caches,
    written: WrittenPages | None,
    flow: PageFlow,
) -> list[Made]:
    """The generated pages made and written in ``workers`` forked processes (none when there is one
    worker, too few pages, no fork, or not MkDocs' own steps); each page made is marked ``laid``."""
    found = steps(config)
    doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)
    generated = [f for f in doc_files if isinstance(f, PackedFile)]
    if workers < 2 or len(generated) < FEWEST_PAGES or not forking() or found is None:
        return []
    populate, build = found
    read_hand_written(files, config)
    compiled(env, config)
    stores = (caches.pages, caches.layouts, caches.written)

    def make(index: int) -> Made | None:
        flow.shelving = False  # only ever in a forked worker (``forked_map``: at least 40 pages, two workers)
        return _made(generated[index], populate, build, config, files, doc_files, nav, env, stores, written)

    made = [page for page in forked_map(make, len(generated), workers, fresh=True) if page is not None]
    for page in made:
        file = files.get_file_from_path(page.path)
        assert isinstance(file, PackedFile)
        # Its address is worked out while MkDocs still takes the file for a page (as ``written``).
        _ = file.dest_uri, file.url, file.abs_dest_path
        file.laid = True
    return made


def _made(
    file: File,
    populate: Callable[..., None],
    build: Callable[..., None],
    config: MkDocsConfig,
    files: Files,
    doc_files: Sequence[File],
    nav: Navigation,
    env: Any,
    stores: tuple[Any, Any, Any],
    written: WrittenPages | None,
) -> Made | None:
    """In a worker: ``file``'s page read, converted, laid out and written as MkDocs' loop does it;
    None when that failed (the build's loop then meets the same failure and reports it)."""
    journals = [store.journal() for store in stores]
    starts = [len(journal) for journal in journals]
    page = file.page or Page(None, file, config)  # MkDocs makes a page outside the menu as it reads
    try:
        with captured_log(quiet=True) as logged:
            populate(page, config, files)
            build(page, config, doc_files, nav, env, excluded=file.inclusion.is_excluded())
    except Exception:
        return None
    standing = written.standing if written is not None else None
    links = {target.src_uri: dict(anchors) for target, anchors in (page.links_to_anchors or {}).items()}
    made = Made(
        path=file.src_uri,
        meta=dict(page.meta),
        anchors=tuple(sorted(page.present_anchor_ids or ())),
        links=links,
        title=page._title_from_render,
        used=(
            tuple(journals[0][starts[0] :]),
            tuple(journals[1][starts[1] :]),
            tuple(journals[2][starts[2] :]),
        ),
        head=standing.noted_heads.get(file.dest_uri) if standing is not None else None,
        logged=tuple(logged),
    )
    # A worker holds every page it was forked with: what this one held goes (see ``workers``).
    page.markdown, page.content = "", None
    page.toc = TableOfContents([])
    page.links_to_anchors, page.present_anchor_ids = None, None
    return made


def take_back(
    made: Sequence[Made], files: Files, config: MkDocsConfig, caches: Caches, standing: StandingSite | None
) -> None:
    """In the build: each page made ahead given what MkDocs' loop would have given it, the cache
    entries it used marked used, the ``standing`` site told what it wrote; then what it logged,
    logged again."""
    for page_made in made:
        file = files.get_file_from_path(page_made.path)
        assert file is not None
        page = file.page or Page(None, file, config)  # MkDocs makes a page outside the menu as it reads
        page.markdown = ""  # read (MkDocs gives no title to a page it has not read)
        page.meta = page_made.meta
        page._title_from_render = page_made.title
        page.present_anchor_ids = set(page_made.anchors)
        page.links_to_anchors = {
            target: anchors
            for path, anchors in page_made.links.items()
            if (target := files.get_file_from_path(path)) is not None
        }
        for store, used in zip((caches.pages, caches.layouts, caches.written), page_made.used, strict=True):
            store.used.update(used)
        if page_made.head is not None and standing is not None:
            key, head = page_made.head
            standing.keys[file.dest_uri] = key
            standing.note_head(file.dest_uri, key, head)
        for name, level, message in page_made.logged:
            if level > logging.DEBUG:
                logging.getLogger(name).log(level, message)


def check_links(made: Sequence[Made], files: Files, level: int) -> None:
    """The links of the pages made ahead to other pages' anchors, checked as MkDocs checks those of
    the pages its loop made (its own check, its own words)."""
    for page_made in made:
        file = files.get_file_from_path(page_made.path)
        if file is not None and file.page is not None:
            file.page.validate_anchor_links(files=files, log_level=level)
