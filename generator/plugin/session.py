"""What the plugin does once a build, and keeps between `serve` builds: the site's pages added to
MkDocs' files (``files``), the search index and the caches' pruning after the build (``finish``),
the folders `serve` watches (``watched``). A plain object over the plugin's options and MkDocs'
configuration; the plugin's hooks each call one method (``generator.plugin``)."""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from generator.plugin import assembly, heap
from generator.plugin.fallback import ONLY_VARIABLE, Fallback, Tally, builder, story_asked_for
from generator.plugin.files import DownloadFile, PackedFile, Unchanged, forget_written
from generator.plugin.indexing import Indexer, settled
from generator.plugin.laying import Made, check_links, make_ahead, take_back
from generator.plugin.layouts import reusing_layouts, site_fingerprint
from generator.plugin.navigation import StoryMenu, site_navigation
from generator.plugin.options import ExplainerConfig
from generator.plugin.pageflow import PageFlow
from generator.plugin.rendering import converter_of, page_key
from generator.plugin.sharding import ShardPages, shard_of, with_skipped_template
from generator.plugin.standing import StandingSite
from generator.plugin.watching import with_events
from generator.plugin.workers import convert_ahead, story_map
from generator.plugin.written import PAGE_EVENTS, WrittenPages, only_ours, site_shape
from generator.site.catalog import PageCatalog
from generator.site.render import PACKAGE_TEMPLATES, MemoryBytecode
from generator.site.reuse import Caches, fingerprint
from generator.site.storycache import HeldParts, Reprs, code_fingerprint
from generator.site.urls import HUB

log = logging.getLogger("mkdocs.plugins.explainer")


@dataclass
class Session:
    """This build's pages, menu and caches; under `serve` (``serving``), the last good pages and the
    stories as read, kept for the next build."""

    serving: bool = False
    converter: str = ""
    only: str | None = None
    fallback: Fallback = field(default_factory=lambda: Fallback(Path("content")))
    flow: PageFlow = field(default_factory=PageFlow)
    menu: StoryMenu = field(default_factory=StoryMenu)
    caches: Caches = field(default_factory=Caches)
    unchanged: Unchanged = field(default_factory=Unchanged)
    indexer: Indexer = field(default_factory=Indexer)
    # Under `serve`: templates (the pages' and the theme's) compiled once, not on every rebuild.
    bytecode: MemoryBytecode = field(default_factory=MemoryBytecode)
    # Under `serve`: the stories' parts of the last build, decoded (``storycache.StoryCache.held``).
    parts: HeldParts = field(default_factory=dict)
    # Under `serve`: each story entry's ``repr``, for the stories' digests (``storycache.Reprs``).
    reprs: Reprs = field(default_factory=Reprs)
    dirty: bool = False
    # Under `serve --dirty`: how many generated pages this build left standing (``Unchanged``).
    standing: int = 0
    # How many stories' pages this build made, of how many (``fallback.builder``).
    made: Tally = field(default_factory=Tally)
    # This build's files (pages and downloads), until Pagefind runs (``forget_written``).
    built: Files | None = None
    # A plain build of every story with the cache: its pages as written, reused and kept.
    written: WrittenPages | None = None
    # The same build: the site folder the last build left, where what is unchanged stands.
    last_site: StandingSite | None = None
    # A `build --dirty`: MkDocs cleans nothing, so nothing is set aside.
    building_dirty: bool = False
    # A build on several cores without reuse: where workers leave what they make ahead (removed after
    # the build, and at exit if it fails).
    spool: tempfile.TemporaryDirectory[str] | None = None
    # The pages workers made whole ahead of MkDocs' loop (``laying``).
    laid: list[Made] = field(default_factory=list)

    def start(self, command: str, dirty: bool = False) -> None:
        """Kept across `serve` rebuilds: the last good pages, the stories as read, the pages written."""
        self.serving = self.fallback.serving = self.fallback.kept.hold = command == "serve"
        self.dirty = self.serving and dirty
        self.building_dirty = dirty

    def set_aside(self, config: MkDocsConfig, options: ExplainerConfig) -> bool:
        """Before MkDocs cleans the site folder, in a plain build of every story with the cache: the
        last build's folder is set aside, to stand where unchanged (``standing.StandingSite``);
        returns whether it was."""
        self.last_site = None
        one = options.only or os.environ.get(ONLY_VARIABLE)
        if self.serving or self.building_dirty or one or shard_of(options.shard, serving=False):
            return False
        folder = options.caches(config.config_file_path).folder
        if folder is None:
            return False
        if not only_ours(config.plugins.events, (*PAGE_EVENTS, "post_build")):
            return False
        self.last_site = StandingSite(folder)
        return self.last_site.set_aside(Path(config.site_dir))

    def configure(self, config: MkDocsConfig, options: ExplainerConfig) -> None:
        """Declares the assets and extensions the pages need."""
        if options.stories_per_index < 1:
            raise PluginError("explainer: stories_per_index must be at least 1")
        assembly.declare(config, options.assets())

    def workers(self, options: ExplainerConfig) -> int:
        """How many processes work: one under `serve`, which makes only what an edit changed."""
        return options.processes(serving=self.serving)

    def files(self, files: Files, config: MkDocsConfig, options: ExplainerConfig) -> Files:
        """``files`` with every generated page, download and asset; the site's menu in ``config``."""
        if self.last_site is not None:
            self.last_site.restore()
        content = self.fallback.content = Path(options.content_dir)
        self.caches, self.converter = options.caches(config.config_file_path), converter_of(config)
        if self.caches.folder is None and self.workers(options) > 1:
            # What workers convert ahead waits on disk, not in memory, for the build to read it.
            self.spool = tempfile.TemporaryDirectory(prefix="explainer-ahead-")
            self.caches.pages.spool = Path(self.spool.name)
        self.fallback.kept.folder = self.caches.folder
        self.fallback.kept.taking = heap.taking
        self.fallback.each = story_map(self.workers(options))
        shard = shard_of(options.shard, serving=self.serving)
        self.made = Tally()
        build = builder(
            content,
            options.templates(),
            site_name=config.site_name,
            hub=HUB not in files.src_uris,
            stories=story_map(self.workers(options)),
            kept=self.caches.stories,
            bytecode=self.bytecode if self.serving else None,
            held=self.parts if self.serving else None,
            reprs=self.reprs if self.serving else None,
            shard=shard,
            made=self.made,
        )
        self.only = story_asked_for(options.only)
        pages = self.fallback.pages(build, self.only)
        heap.hold()  # the stories as loaded and their pages stay to the end of the build
        assembly.add_assets(files, config, options.assets(modules=True), options.reference)
        catalog = PageCatalog() if pages is None else PageCatalog.of(pages)
        share = ShardPages(shard, catalog) if shard else None
        if pages is not None:
            assembly.add_pages(files, config, pages, share.owns if share else None)
            config.nav = site_navigation(config.nav, files, pages)
        self.menu = StoryMenu(catalog.stories)
        if self.dirty:  # under `serve --dirty`, the pages an edit did not change stand
            # The site's shape as a plain build's pages from the cache see it (``written.site_shape``: the
            # problems shown in banners and the hand-written pages, whose titles are in every menu,
            # included): when it changes, every page is written again.
            shape = fingerprint([site_fingerprint(config), site_shape(config.nav, files, self._problems())])
            self.standing = self.unchanged.mark(files, shape)
        self.flow = PageFlow(catalog, self.fallback, share, options.reference, options.pagefind)
        self.built = None if self.serving else files
        wanted = not (self.serving or share or self.only) and self.caches.folder is not None
        kept = (self.caches.pages, self.caches.layouts)
        self.written = WrittenPages(self.caches.written, kept=kept) if wanted else None
        if self.written is None:
            self.last_site = None
        elif self.last_site is not None:
            self.written.standing = self.last_site
            for file in files:
                if isinstance(file, DownloadFile):
                    file.standing = self.last_site
        return files

    def plan_written(self, config: MkDocsConfig, files: Files, options: ExplainerConfig) -> int:
        """Once every plugin made its files and menu, before MkDocs reads a page: the generated pages
        whose every input is as an earlier build wrote them are written from the cache, not made
        (``written.WrittenPages``); returns how many."""
        heap.hold()  # MkDocs' files, pages and menu stay to the end of the build
        if self.written is None or not only_ours(config.plugins.events):
            return 0
        templates = [options.templates_dir] if options.templates_dir else []
        base = fingerprint(
            [
                site_shape(config.nav, files, self._problems()),
                code_fingerprint(templates),
                self.converter,
                site_fingerprint(config),
                options.pagefind,
                options.reference,
            ]
        )
        packed = {f.src_uri: f.packed for f in files if isinstance(f, PackedFile) and f.packed is not None}
        reused = self.written.plan(files, base, self.flow.catalog, packed)
        log.debug(f"explainer: {reused} of {len(packed)} pages written from the cache")
        return reused

    def _problems(self) -> list[object]:
        """The problems the pages show in banners (under `serve`), part of the site's shape."""
        return [self.fallback.problems, sorted(self.fallback.banners.items())]

    def keep_written(self, page: Page, output: str) -> None:
        """A generated page just laid out is kept as written, for a later build (``plan_written``)."""
        if self.written is not None and page.markdown is not None:
            self.written.keep(page, output, page_key(self.converter, page))

    def sitemap_pages(self, pages: Sequence[File]) -> Sequence[File]:
        """The pages the sitemap lists: MkDocs' (``pages``), and those written from the cache, in the
        order of the site's files, as a build that made every page lists them."""
        elsewhere = (self.written is not None and self.written.reused) or self.laid
        if not elsewhere or self.built is None:
            return pages
        return [
            f
            for f in self.built
            if (f.is_documentation_page() or (isinstance(f, PackedFile) and f.made_elsewhere))
            and f.inclusion.is_included()
        ]

    def ahead(self, options: ExplainerConfig) -> int:
        """How many workers convert pages ahead of MkDocs' loop: when the build made the pages of at
        least a quarter of the stories (a clean build, a new template). After an edit to a few stories,
        what workers would convert is kept already, and finding that out for every page would cost
        more than MkDocs' loop converting the few changed pages itself."""
        return self.workers(options) if self.made.most_made() else 1

    def convert_ahead(self, config: MkDocsConfig, files: Files, options: ExplainerConfig) -> int:
        """Every page converted into the cache on every core, once MkDocs knows every file and menu,
        but those workers made whole (``make_ahead``); returns how many were converted
        (``workers.convert_ahead``)."""
        workers = self.ahead(options) if not self.laid else 1
        converted = convert_ahead(config, files, self.caches.pages, self.converter, workers)
        log.debug(f"explainer: {converted} pages converted ahead in {_processes(workers)}")
        return converted

    def environment(self, env: Any, config: MkDocsConfig, files: Files) -> Any:
        """The theme's environment: a page's earlier layout reused while its inputs hold; a shard lays
        out other shards' pages with a template that writes nothing. Every page is read by now: under
        `serve --dirty` one left unread keeps its title (``Unchanged.titled``)."""
        if self.dirty:
            self.unchanged.titled(files)
        keys = self.written.layouts if self.written is not None else None
        env = reusing_layouts(env, self.caches.layouts, site_fingerprint(config), keys)
        if self.serving:
            env.bytecode_cache = self.bytecode
        return with_skipped_template(env) if self.flow.shard else env

    def make_ahead(
        self, config: MkDocsConfig, files: Files, nav: Navigation, options: ExplainerConfig
    ) -> int:
        """The generated pages made and written whole by workers, when the build made most stories'
        pages, in a plain build where no other plugin handles a page's events (``laying``); returns
        how many."""
        self.laid = []
        plain = not (self.serving or self.building_dirty or self.flow.shard)
        if not plain or not only_ours(config.plugins.events, (*PAGE_EVENTS, "env")):
            return 0
        workers = self.ahead(options)
        if workers < 2:  # one process: MkDocs' loop makes every page, and no theme environment is needed
            return 0
        env = self.environment(config.theme.get_env(), config, files)
        self.laid = make_ahead(config, files, nav, env, workers, self.caches, self.written, self.flow)
        standing = self.written.standing if self.written is not None else None
        take_back(self.laid, files, config, self.caches, standing)
        log.debug(f"explainer: {len(self.laid)} pages made ahead in {_processes(workers)}")
        return len(self.laid)

    def finish(self, config: MkDocsConfig, options: ExplainerConfig) -> None:
        """A shard writes its manifest for the merge (which indexes the site); a build of every story
        forgets what it did not reuse; Pagefind indexes the site."""
        site, per_index = Path(config.site_dir), options.stories_per_index
        if self.written is not None and self.built is not None:
            self.written.check_links(self.built, config.validation.links.anchors)
        if self.laid and self.built is not None:
            check_links(self.laid, self.built, config.validation.links.anchors)
            self.laid = []
        if self.spool is not None:
            self.spool.cleanup()
            self.spool = None
        if self.flow.shard:
            return self.flow.shard.write(site, stories_per_index=per_index, pagefind=options.pagefind)
        if self.only is None:
            # A page left standing was neither converted nor laid out, so its entries look unused:
            # they stay until a build that goes over every page prunes.
            if not self.standing:
                self.caches.prune()
            self.fallback.kept.forget_unused()
        standing = self.last_site
        if standing is not None:  # what the last build left and this one did not write goes first
            gone = standing.sweep(site, search=False)
            log.debug(f"explainer: {len(standing.kept)} files of the last build stand; {gone} went")
        job = None
        if options.pagefind:
            # A preview of one story keeps no index: it would push out those of the whole site.
            kept = self.caches.folder / "search" if self.caches.folder and self.only is None else None
            stories = sorted(self.flow.catalog.stories)
            if not self.serving:  # Pagefind runs beside this process: it lets go of what it held
                self.flow, self.menu = PageFlow(), StoryMenu()
                if self.built is not None:
                    forget_written(self.built)
                    self.built = None
                heap.released()
            job = partial(assembly.index_for_search, site, stories, per_index, kept, standing)
        if self.serving:  # once the edit shows: the index, then the garbage collector settles
            self.indexer.index(partial(settled, job), background=True)
        elif job is not None:
            self.indexer.index(job, background=False)
        if standing is not None:
            standing.sweep(site, search=True)
            standing.record(site)
        return None


def _processes(count: int) -> str:
    return "1 process" if count == 1 else f"{count} processes"


def watching(server: LiveReloadServer, options: ExplainerConfig) -> LiveReloadServer:
    """``server`` watching the folders of ``watched`` too, told of edits by the system's file events
    where it can (``plugin.watching``)."""
    for folder in watched(options):
        server.watch(folder)
    with_events(server)
    return server


def watched(options: ExplainerConfig) -> list[str]:
    """The folders `serve` watches: the content (the one story's folder when asked for one) and the
    templates."""
    only = story_asked_for(options.only)
    folders = [str(Path(options.content_dir) / only) if only else options.content_dir]
    return [*folders, *(str(f) for f in (PACKAGE_TEMPLATES, options.templates_dir) if f)]
