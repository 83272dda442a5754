"""The MkDocs plugin: dossiers in ``content/`` become pages in memory, with their navigation.

A thin adapter: each hook hands its work to a plain object with its own tests: the pages each build
gets and the serve fallback (``fallback``), what is known of each page (``site.catalog``), the HTML
put away until layout (``site.shelf``), the menu each page shows (``navigation``) and the files
added (``assembly``). Nothing is written into ``docs/``, so `serve` never reloads in a loop.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from generator.errors import UsageError
from generator.plugin import assembly
from generator.plugin.fallback import Fallback, builder, story_asked_for
from generator.plugin.navigation import StoryMenu, site_navigation
from generator.plugin.rendering import converter_of, reuse_on
from generator.plugin.sharding import ShardPages, with_skipped_template
from generator.plugin.workers import convert_ahead, forked_map, workers_wanted
from generator.site import jsonld, search
from generator.site.catalog import PageCatalog, with_json_ld
from generator.site.keyboard import permalinks_untabbed
from generator.site.markup import with_banner
from generator.site.output import STATIC
from generator.site.pages import StoryPart
from generator.site.render import PACKAGE_TEMPLATES
from generator.site.reuse import ReuseStore, reuse_wanted
from generator.site.shards import shard_asked_for
from generator.site.shelf import PageShelf
from generator.site.urls import HUB


class ExplainerConfig(base.Config):
    content_dir = c.Dir(exists=False, default="content")
    templates_dir = c.Optional(c.Dir(exists=True))
    # Where the generated format reference goes, e.g. contribute/reference.md; none by default.
    reference = c.Optional(c.Type(str))
    # Under `serve`, build only this story (its folder name) and the hub. Defaults to EXPLAINER_ONLY.
    only = c.Optional(c.Type(str))
    # Index the built site with Pagefind (a chunked index fetched as needed) and add its search box.
    pagefind = c.Type(bool, default=False)
    # Past this many stories the Pagefind index is built in parts (see generator.site.search).
    stories_per_index = c.Type(int, default=search.STORIES_PER_INDEX)
    # Keep each page's conversion to HTML on disk and reuse it while nothing that makes it changed
    # (``generator.site.reuse``); EXPLAINER_REUSE=0 turns it off. The folder is relative to mkdocs.yml.
    reuse = c.Type(bool, default=True)
    cache_dir = c.Type(str, default=".cache/explainer")
    # Processes converting pages to HTML (``plugin.workers``): every core by default; EXPLAINER_WORKERS.
    workers = c.Optional(c.Type(int))
    # Build a share of the stories, "i/N" (``generator.site.shards``); defaults to EXPLAINER_SHARD.
    shard = c.Optional(c.Type(str))


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    """Adds every dossier's pages to the site and keeps serving the last good ones on a bad edit."""

    def __init__(self) -> None:
        self.serving = False
        self.fallback = Fallback(Path("content"))
        self.catalog, self.shelf, self.menu = PageCatalog(), PageShelf(), StoryMenu()
        self.store, self.converter = ReuseStore(), ""
        self.only: str | None = None
        self.shard: ShardPages | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Keeps one plugin instance across `serve` rebuilds (the last good pages); under `serve` a
        bad edit is only reported."""
        self.serving = self.fallback.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Default priority: only declares assets and extensions; order among plugins is irrelevant."""
        if self.config.stories_per_index < 1:
            raise PluginError("explainer: stories_per_index must be at least 1")
        assembly.declare(config, self._static())
        return config

    @event_priority(50)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Runs early (50) so that later plugins see generated pages as if they were in docs/."""
        content = self.fallback.content = Path(self.config.content_dir)
        templates = Path(self.config.templates_dir) if self.config.templates_dir else None
        hub = HUB not in files.src_uris
        build = builder(content, templates, site_name=config.site_name, hub=hub, stories=self._stories)
        self.only = story_asked_for(self.config.only)
        pages = self.fallback.pages(build, self.only)
        self.store = ReuseStore(self._cache(config) if reuse_wanted(self.config.reuse) else None)
        self.converter = converter_of(config)
        modules = search.SEARCH_MODULES if self.config.pagefind else {}
        assembly.add_assets(files, config, {**self._static(), **modules}, self.config.reference)
        self.catalog, self.shelf = PageCatalog(), PageShelf()
        if pages is not None:
            assembly.add_pages(files, config, pages)
            self.catalog = PageCatalog.of(pages)
            config.nav = site_navigation(config.nav, files, pages)
        self.menu = StoryMenu(self.catalog.stories)
        try:
            shard = shard_asked_for(self.config.shard)
        except UsageError as error:
            raise PluginError(f"explainer: {error}") from None
        self.shard = None if shard is None or self.serving else ShardPages(shard, self.catalog)
        return files

    def on_pre_page(self, page: Page, *, config: MkDocsConfig, files: Files) -> Page:
        """Default priority: the page will reuse its earlier conversion to HTML while it holds."""
        reuse_on(page, self.store, self.converter)
        return page

    @event_priority(-100)
    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Runs last (-100): the problem banner comes after every other plugin changed the Markdown
        (a macros plugin must not read diagnostics as template code)."""
        page.meta.update(self.catalog.meta(page.file.src_uri, page.meta))
        if page.file.src_uri in self.catalog.generated:
            page.file.content_string = ""  # the page now holds its own copy of the Markdown
        problems = self.fallback.banner(page.file.src_uri)
        markdown = with_banner(markdown, problems) if problems else markdown
        return self.shard.markdown(page, markdown) if self.shard else markdown

    @event_priority(-100)
    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Runs last (-100), on the finished HTML: marks it for search, then shelves a generated page's
        HTML and Markdown until ``_unshelve`` (MkDocs converts every page before it writes any)."""
        uri = page.file.src_uri
        if self.shard:
            self.shard.converted(page)
        indexed = not (uri == self.config.reference or search.excluded(page.meta))
        html = self.catalog.marked(
            uri, permalinks_untabbed(html), indexed=indexed, pagefind=self.config.pagefind
        )
        if uri not in self.catalog.generated:
            return html
        self.shelf.put(uri, html, page.markdown or "")
        page.markdown = ""
        return ""

    def _remember(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Default priority: only remembers which top-level section of the navigation is whose story."""
        self.menu.remember(nav)
        return nav

    @event_priority(-100)
    def _convert_ahead(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Runs last (-100), once every plugin made its files and menu: converts the pages on every
        core for MkDocs to reuse (not under `serve`, which converts only what an edit changed)."""
        if not self.serving:
            convert_ahead(config, files, self.store, self.converter, workers_wanted(self.config.workers))
        return nav

    on_nav = CombinedEvent(_remember, _convert_ahead)

    @event_priority(100)
    def _unshelve(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        """Runs first (100): a generated page gets its HTML and Markdown back before anyone reads them."""
        shelved = self.shelf.take(page.file.src_uri)
        if shelved is not None:
            page.content, page.markdown = shelved
        return context

    def _own_navigation(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        """Default priority: a page shows its own story's navigation, never every story's."""
        context["nav"] = self.menu.shown(nav, page.file.src_uri)
        return context

    on_page_context = CombinedEvent(_unshelve, _own_navigation)

    def on_template_context(
        self, context: TemplateContext, *, template_name: str, config: MkDocsConfig
    ) -> TemplateContext:
        """Default priority: a page the theme makes without Markdown (404.html) belongs to no story."""
        if isinstance(context.get("nav"), Navigation):
            context["nav"] = self.menu.shown(context["nav"], None)
        return context

    def _finish_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """Default priority: the page's JSON-LD in its head, the templates' indentation dropped."""
        title = page.title or config.site_name
        return self.catalog.finished(
            page.file.src_uri, output, title=title, url=page.url, pagefind=self.config.pagefind
        )

    @event_priority(-100)
    def _release(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """Runs last (-100), once every plugin has the output: a written page lets go of its HTML."""
        if page.file.src_uri in self.catalog.generated:
            page.content, page.markdown = None, ""
        return output

    on_post_page = CombinedEvent(_finish_page, _release)

    def on_post_template(self, output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
        """Default priority: a page the theme makes without Markdown (404.html) is a web page too."""
        if not template_name.endswith(".html"):
            return output_content
        return with_json_ld(output_content, jsonld.script(jsonld.web_page(config.site_name)))

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Default priority: forgets conversions no page used (after a build of every story) and
        indexes the finished site with Pagefind, when asked."""
        if self.shard:
            pagefind = self.config.pagefind
            self.shard.write(
                Path(config.site_dir), stories_per_index=self.config.stories_per_index, pagefind=pagefind
            )
            return
        if self.only is None:
            self.store.prune()
        if self.config.pagefind:
            try:
                search.index_site(
                    Path(config.site_dir), sorted(self.catalog.stories), self.config.stories_per_index
                )
            except search.SearchIndexError as error:
                raise PluginError(str(error)) from None

    def on_env(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        """Default priority: a shard lays out other shards' pages with a template that writes nothing."""
        return with_skipped_template(env) if self.shard else env

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
        """Default priority: only adds folders to watch (the one story's folder when asked for one)."""
        only = story_asked_for(self.config.only)
        server.watch(str(Path(self.config.content_dir) / only) if only else self.config.content_dir)
        server.watch(str(PACKAGE_TEMPLATES))
        if self.config.templates_dir:
            server.watch(self.config.templates_dir)
        return server

    def _stories(self, make: Callable[[int], StoryPart], count: int) -> list[StoryPart]:
        """Each story's part of the pages, made on every core (not under `serve`: see ``_convert_ahead``)."""
        return forked_map(make, count, 1 if self.serving else workers_wanted(self.config.workers))

    def _cache(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path or "mkdocs.yml").parent / self.config.cache_dir

    def _static(self) -> dict[str, Path]:
        return {**STATIC, **search.SEARCH_ASSETS} if self.config.pagefind else dict(STATIC)
