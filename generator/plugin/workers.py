"""A build on every core: worker processes read and check the stories, make each story's pages, and
convert the pages to HTML or make them whole, with the same bytes as one process.

The workers are forked from the build in progress, so each inherits what the build holds (the loaded
site, then MkDocs' pages and files) and returns only what it made: a story as loaded and checked
(``checking.loadcache.LoadedStory``), a story's part of the pages (``site.pages.StoryPart``), or a
page's conversion packed with what it logged, which MkDocs' own loop then reuses
(``generator.plugin.rendering``) and logs when it reaches the page; or a page made whole, read,
converted, laid out and written (``generator.plugin.laying``), which MkDocs' loop then leaves
alone. Fork is the only start method that shares a build in progress; where it is missing, with one
worker, or for work too small to gain, everything runs in the build's own process as before.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import TableOfContents

from generator.plugin import heap
from generator.plugin.rendering import convert, page_key
from generator.site.reuse import ReuseStore

# The environment variable that sets how many processes work (1: the build's own only).
WORKERS_VARIABLE = "EXPLAINER_WORKERS"
# Below this many pages a pool costs more than it saves.
FEWEST_PAGES = 40
# Shares per worker: small shares even out stories and pages of different sizes (and, made each by a
# process of its own, bound what one copies of the build's memory: ``forked_map``'s ``fresh``).
SHARES_PER_WORKER = 8

T = TypeVar("T")

# What a forked worker makes: set just before the pool starts, inherited by fork.
_make: Callable[[int], Any] | None = None


def workers_wanted(configured: int | None, environ: dict[str, str] | None = None) -> int:
    """How many processes work: EXPLAINER_WORKERS, else the plugin's ``workers``, else every core."""
    value = (os.environ if environ is None else environ).get(WORKERS_VARIABLE, "").strip()
    count = int(value) if value.isdigit() else configured or os.cpu_count() or 1
    return max(1, count)


def forking() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def forked_map(make: Callable[[int], T], count: int, workers: int, *, fresh: bool = False) -> list[T]:
    """``[make(0), ..., make(count - 1)]``, made in ``workers`` forked processes when there are
    several (each value is pickled back to the build).

    A worker copies each page of the build's memory it touches (reference counts write to every
    object read). Work that touches much of the build for each index (laying a page out with its
    menu) is ``fresh``: the indexes go in runs of neighbours (a story's pages lie together), each
    run to a process forked for it alone. A long-lived worker dealt every sixteenth page ended up
    touching, and so holding, most of the build: at 1,000 stories, workers laying pages out grew to
    555 MB each that way, about 430 MB with a process for each run (the tree's peak while they
    worked went from 1,774 MB to 1,263 MB). Otherwise long-lived workers take every sixteenth index
    (no process starts again, loading and compiling what the first did: for the stories' parts at
    300 stories a process for each run cost about 4 s more wall time)."""
    global _make
    if workers < 2 or count < 2 or not forking():
        return [make(index) for index in range(count)]
    shares = min(count, workers * SHARES_PER_WORKER)
    made: list[Any] = [None] * count
    _make = make
    # What the build holds is out of the garbage collector's reach before forking (``heap``): a
    # worker's collections would otherwise write to every object it inherited, and so copy every page
    # of the build's memory into its own (each worker as large as the build).
    heap.hold()
    try:
        context = multiprocessing.get_context("fork")
        if fresh:
            bounds = [count * share // shares for share in range(shares + 1)]
            with context.Pool(workers, maxtasksperchild=1) as pool:
                runs = pool.imap(_span, list(itertools.pairwise(bounds)))
                for start, values in zip(bounds, runs, strict=False):
                    made[start : start + len(values)] = values
        else:
            with ProcessPoolExecutor(workers, mp_context=context) as pool:
                for share, values in enumerate(
                    pool.map(_share, range(shares), [shares] * shares, [count] * shares)
                ):
                    made[share::shares] = values
    finally:
        _make = None
    return made


def story_map(workers: int) -> Callable[[Callable[[int], T], int], list[T]]:
    """The map ``build_pages`` makes each story's part with: ``forked_map`` with ``workers``."""
    return lambda make, count: forked_map(make, count, workers)


def _share(share: int, shares: int, count: int) -> list[Any]:
    assert _make is not None
    return [_make(index) for index in range(share, count, shares)]


def _span(span: tuple[int, int]) -> list[Any]:
    assert _make is not None
    return [_make(index) for index in range(*span)]


def convert_ahead(config: MkDocsConfig, files: Files, store: ReuseStore, converter: str, workers: int) -> int:
    """Converts the pages a build writes in forked processes into ``store`` (those not kept yet);
    returns how many (0 when it leaves them to the build: one worker or few pages)."""
    pages = list(files.documentation_pages(inclusion=InclusionLevel.is_included))
    # Only ever in forked workers: preparing a page changes it (and its file), which MkDocs must do.
    if workers < 2 or len(pages) < FEWEST_PAGES or not forking():
        return 0
    converted = 0
    for found in forked_map(
        lambda index: _converted(pages[index], config, files, store, converter), len(pages), workers
    ):
        if found is not None:
            store.put_ahead(*found)
            converted += 1
    return converted


def _converted(
    file: File, config: MkDocsConfig, files: Files, store: ReuseStore, converter: str
) -> tuple[str, bytes | None] | None:
    """In a worker: the page prepared as MkDocs prepares it, then its key and conversion (None when
    a conversion is kept already)."""
    page = file.page or Page(None, file, config)  # MkDocs makes a page outside the menu later
    config._current_page = page
    page = config.plugins.on_pre_page(page, config=config, files=files)
    page.read_source(config)
    assert page.markdown is not None
    page.markdown = config.plugins.on_page_markdown(page.markdown, page=page, config=config, files=files)
    key = page_key(converter, page)
    config._current_page = None
    made = None if store.has(key) else store.handed(key, convert(page, config, files, quiet=True).pack())
    _let_go(page)
    return made


def _let_go(page: Page) -> None:
    """In a worker, once a page is converted: it lets go of its Markdown, HTML, table of contents and
    anchors, which the build makes or reads again itself. A worker keeps every page it was forked with,
    so what each page held piled up (at 300 stories, each worker grew by 0.3 GB over the pages). Its
    title stays what it was (MkDocs gives none to a page whose Markdown is None)."""
    page.markdown, page.content = "", None
    page.toc = TableOfContents([])
    page.links_to_anchors, page.present_anchor_ids = None, None
