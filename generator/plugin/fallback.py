"""The pages each build gets, and under `mkdocs serve` the fallback when the content has problems.

A plain object the plugin delegates to: ``pages`` loads the content and builds it with the function
it is given; `build` stops on any problem (``PluginError`` with every problem listed), `serve` keeps
the stories without problems, shows a broken story's last good pages under a banner (or its
problems at its address) and logs what it did.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.exceptions import PluginError

from generator.authoring.history import histories
from generator.checking import report
from generator.checking.diagnostics import Diagnostic
from generator.checking.loadcache import LoadCache
from generator.checking.loader import LoadMap, LoadResult, load_site, load_story
from generator.errors import GeneratorError
from generator.format.dossier import Site
from generator.plugin import heap
from generator.site.pages import Pages, StoryMap, build_pages
from generator.site.preview import set_apart
from generator.site.render import MemoryBytecode, Renderer
from generator.site.reuse import ReuseStore
from generator.site.shards import Shard
from generator.site.storycache import HeldParts, Reprs, StoryCache, code_fingerprint

ONLY_VARIABLE = "EXPLAINER_ONLY"

log = logging.getLogger("mkdocs.plugins.explainer")

Build = Callable[[Site], Pages]


@dataclass
class Tally:
    """How many stories' pages the last build made, of how many stories (told by ``builder``)."""

    made: int = 0
    stories: int = 0

    def most_made(self) -> bool:
        """Whether the build made the pages of at least a quarter of the stories (or knows of none)."""
        return self.made * 4 >= self.stories


def builder(
    content: Path,
    templates: Path | None,
    *,
    site_name: str,
    hub: bool,
    stories: StoryMap | None = None,
    kept: ReuseStore | None = None,
    bytecode: MemoryBytecode | None = None,
    held: HeldParts | None = None,
    reprs: Reprs | None = None,
    shard: Shard | None = None,
    made: Tally | None = None,
) -> Build:
    """How the plugin builds a loaded site: every page, each story's Updates page from the git
    history of its folder, the home page when ``hub`` (no hand-written one in its place); each
    story's part made by ``stories`` (see ``build_pages``), or taken from ``kept`` when it holds
    (under `serve`, from ``held``: the last build's parts, decoded; ``reprs``: the entries' ``repr``).
    A ``shard`` makes its own stories' pages, and of the others only their outline
    (``pages.outline_part``). ``made`` is told how many stories' pages the build made and how many
    stories there are."""

    def build(site: Site) -> Pages:
        history = histories(content, [dossier.slug for dossier in site.dossiers])
        renderer = Renderer(templates, bytecode)
        code = code_fingerprint(renderer.folders)
        cache = None if kept is None else StoryCache(kept, code, held=held, reprs=reprs)
        own = None if shard is None else shard.share([d.slug for d in site.dossiers])
        if shard is not None and own is not None:
            log.info(
                f"explainer: shard {shard.index}/{shard.count} makes the pages of {len(own)} of "
                f"{len(site.dossiers)} stories, and of the others only their outline"
            )
        pages = build_pages(
            site,
            renderer,
            hub=hub,
            site_name=site_name,
            histories=history,
            stories=stories,
            kept=cache,
            owned=None if own is None else own.__contains__,
        )
        if cache is not None:
            log.info(
                f"explainer: {len(cache.made)} of {len(site.dossiers)} stories' pages made, the rest kept"
            )
        if made is not None:
            made.stories = len(site.dossiers)
            made.made = made.stories if cache is None else len(cache.made)
        return pages

    return build


def story_asked_for(configured: str | None) -> str | None:
    """The story to build alone (the plugin's ``only`` or EXPLAINER_ONLY), or None for every story.
    `build` honours it as `serve` does: a quick look at one story (links to the others are then
    reported, so `--strict` fails on them; a publication is built without it)."""
    only = configured or os.environ.get(ONLY_VARIABLE) or None
    if only:
        log.info(f"explainer: building only the story {only!r} ({ONLY_VARIABLE}) and the home page")
    return only


@dataclass
class Fallback:
    """This build's pages, and what `serve` keeps between builds."""

    content: Path
    serving: bool = False
    last_good: Pages | None = None
    # Problems shown on every page (nothing could be built) or on some pages only (a broken story's
    # last good pages), as text for a banner.
    problems: str = ""
    banners: dict[str, str] = field(default_factory=dict)
    # Each story as read and checked (``loadcache``): on disk when the build reuses, and under
    # `serve` in memory between builds.
    kept: LoadCache = field(default_factory=LoadCache)
    # Under `serve`: the warnings and notes the last build had, as printed (each printed in full
    # when it first came; see ``_log_warnings``).
    shown: frozenset[str] = frozenset()
    # How the stories are read and checked (``loader.LoadMap``: in workers); one by one when None.
    each: LoadMap | None = None

    def banner(self, src_uri: str) -> str:
        """The problems to show on the page ``src_uri`` ("" for none)."""
        return self.problems or self.banners.get(src_uri, "")

    def pages(self, build: Build, only: str | None = None) -> Pages | None:
        """This build's pages: freshly built; under `serve`, a story with problems shows its last good
        pages or its diagnostics while the others build as usual."""
        self.problems = ""
        self.banners = {}
        result = self._load(only)
        heap.hold()  # the stories as loaded stay to the end of the build
        if result.failed():
            isolated = self._isolated(result, build) if self.serving else None
            return isolated if isolated is not None else self._broken(report.human(result.diagnostics))
        self.shown = _log_warnings(result.diagnostics, self.shown if self.serving else None)
        try:
            pages = build(result.raise_for_problems())
        except GeneratorError as error:
            return self._broken(str(error))
        # Only `serve` falls back on the last good pages; a build need not keep them in memory.
        self.last_good = pages if self.serving else None
        return pages

    def _load(self, only: str | None) -> LoadResult:
        """Every story, or under `serve` with ``only`` set the one story being worked on."""
        if not only:
            return load_site(self.content, kept=self.kept, each=self.each)
        if not (self.content / only).is_dir():
            raise PluginError(f"{ONLY_VARIABLE}={only!r}, but {self.content / only} is not a story's folder")
        return load_story(self.content, only)

    def _isolated(self, result: LoadResult, build: Build) -> Pages | None:
        """Under `serve`, the stories without errors build as usual; see ``generator.site.preview``."""
        try:
            apart = set_apart(result, self.content, build, self.last_good)
        except GeneratorError as error:
            return self._broken(str(error))
        if apart is None:
            return None
        names = ", ".join(apart.problems)
        log.error(f"the explainer pages of {names} cannot be built:\n{report.human(result.diagnostics)}")
        for name in apart.kept:
            log.warning(f"explainer: serving the last good pages of {name} until its problems are fixed")
        self.banners = apart.banners
        self.last_good = apart.last_good
        return apart.pages

    def _broken(self, text: str) -> Pages | None:
        """`build` stops with every problem listed; `serve` reports them and keeps the last good pages."""
        if not self.serving:
            raise PluginError(f"the explainer pages cannot be built:\n{text}")
        log.error(f"the explainer pages cannot be built:\n{text}")
        self.problems = text
        if self.last_good is not None:
            log.warning("explainer: serving the last good pages until the problems are fixed")
        return self.last_good


def _log_warnings(diagnostics: Sequence[Diagnostic], shown: frozenset[str] | None = None) -> frozenset[str]:
    """Content warnings are real warnings: `mkdocs build --strict` fails on them. Notes only inform.
    Under `serve`, one as the last build printed it (in ``shown``) is counted, not printed again, so
    that an edit's new ones stand out; returns them all, as printed."""
    printed: set[str] = set()
    again = {"warning": 0, "note": 0}
    for diagnostic in diagnostics:
        text = "\n".join(line for _, line in report.human_lines(diagnostic))
        printed.add(text)
        kind = "note" if diagnostic.severity == "note" else "warning"
        if shown is not None and text in shown:
            again[kind] += 1
        elif kind == "note":
            log.info(text)
        else:
            log.warning(text)
    for kind, count in again.items():
        if count:
            said = f"explainer: {count} more content {kind}{'' if count == 1 else 's'} as in the last build"
            (log.info if kind == "note" else log.warning)(f"{said} (shown in full then)")
    return frozenset(printed)
