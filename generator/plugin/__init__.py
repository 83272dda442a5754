"""The MkDocs plugin: dossiers in ``content/`` become pages in memory, with their navigation.

A thin adapter: each hook hands its work to an object with its own tests: the pages each build
gets and the serve fallback (``fallback``), a page's way from its Markdown to its written HTML
(``pageflow``, over ``site.catalog`` and ``site.shelf``), the menu each page shows (``navigation``),
the files added (``assembly``), conversions reused (``rendering``), the work of every core
(``workers``) and a shard's share (``sharding``). Nothing is written into ``docs/``, so `serve`
never reloads in a loop.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from generator.plugin import assembly
from generator.plugin.fallback import Fallback, builder, story_asked_for
from generator.plugin.files import Unchanged
from generator.plugin.layouts import reusing_layouts, site_fingerprint
from generator.plugin.navigation import StoryMenu, site_navigation
from generator.plugin.options import ExplainerConfig
from generator.plugin.pageflow import PageFlow
from generator.plugin.rendering import converter_of, reuse_on
from generator.plugin.sharding import shard_pages, with_skipped_template
from generator.plugin.workers import convert_ahead, story_map
from generator.site import jsonld
from generator.site.catalog import PageCatalog, with_json_ld
from generator.site.render import PACKAGE_TEMPLATES
from generator.site.reuse import Caches, fingerprint
from generator.site.urls import HUB


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    """Adds every dossier's pages to the site and keeps serving the last good ones on a bad edit."""

    def __init__(self) -> None:
        self.serving, self.converter = False, ""
        self.only: str | None = None
        self.fallback = Fallback(Path("content"))
        self.flow, self.menu, self.caches = PageFlow(), StoryMenu(), Caches()
        self.unchanged = Unchanged()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Keeps one plugin instance across `serve` rebuilds (the last good pages and conversions)."""
        self.serving = self.fallback.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Default priority: only declares assets and extensions; order among plugins is irrelevant."""
        if self.config.stories_per_index < 1:
            raise PluginError("explainer: stories_per_index must be at least 1")
        assembly.declare(config, self.config.assets())
        return config

    @event_priority(50)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Runs early (50) so that later plugins see generated pages as if they were in docs/."""
        content = self.fallback.content = Path(self.config.content_dir)
        stories = story_map(self.config.processes(serving=self.serving))
        self.caches, self.converter = self.config.caches(config.config_file_path), converter_of(config)
        build = builder(
            content,
            self.config.templates(),
            site_name=config.site_name,
            hub=HUB not in files.src_uris,
            stories=stories,
            kept=self.caches.stories,
        )
        self.only = story_asked_for(self.config.only)
        pages = self.fallback.pages(build, self.only)
        assembly.add_assets(files, config, self.config.assets(modules=True), self.config.reference)
        catalog = PageCatalog()
        if pages is not None:
            assembly.add_pages(files, config, pages)
            catalog = PageCatalog.of(pages)
            config.nav = site_navigation(config.nav, files, pages)
        self.menu = StoryMenu(catalog.stories)
        if self.serving:  # under `serve --dirty`, the pages an edit did not change stand
            self.unchanged.mark(files, fingerprint([site_fingerprint(config), config.nav, files.src_uris]))
        shard = shard_pages(self.config.shard, catalog, serving=self.serving)
        self.flow = PageFlow(catalog, self.fallback, shard, self.config.reference, self.config.pagefind)
        return files

    def on_pre_page(self, page: Page, *, config: MkDocsConfig, files: Files) -> Page:
        """Default priority: the page will reuse its earlier conversion to HTML while it holds."""
        reuse_on(page, self.caches.pages, self.converter)
        return page

    @event_priority(-100)
    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Runs last (-100): the problem banner comes after every other plugin changed the Markdown
        (a macros plugin must not read diagnostics as template code)."""
        return self.flow.markdown(page, markdown)

    @event_priority(-100)
    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Runs last (-100), on the HTML every other plugin saw: search marking, then the shelf."""
        return self.flow.content(page, html)

    def _remember(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Default priority: only remembers which top-level section of the navigation is whose story."""
        self.menu.remember(nav)
        return nav

    @event_priority(-100)
    def _convert_ahead(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Runs last (-100), once every plugin made its files and menu: pages converted on every core."""
        convert_ahead(
            config, files, self.caches.pages, self.converter, self.config.processes(serving=self.serving)
        )
        return nav

    on_nav = CombinedEvent(_remember, _convert_ahead)

    def on_env(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        """Default priority: a page's earlier layout is reused while its inputs hold; a shard lays out
        other shards' pages with a template that writes nothing."""
        env = reusing_layouts(env, self.caches.layouts, site_fingerprint(config))
        return with_skipped_template(env) if self.flow.shard else env

    @event_priority(100)
    def _unshelve(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        """Runs first (100): a generated page gets its HTML and Markdown back before anyone reads them."""
        self.flow.unshelve(page)
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
        return self.flow.finished(page, output, config.site_name)

    @event_priority(-100)
    def _release(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """Runs last (-100), once every plugin has the output: a written page lets go of its HTML."""
        self.flow.release(page)
        return output

    on_post_page = CombinedEvent(_finish_page, _release)

    def on_post_template(self, output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
        """Default priority: a page the theme makes without Markdown (404.html) is a web page too."""
        if not template_name.endswith(".html"):
            return output_content
        return with_json_ld(output_content, jsonld.script(jsonld.web_page(config.site_name)))

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Default priority: a shard writes its manifest for the merge (which indexes the site); a
        build of every story forgets the conversions no page used; Pagefind indexes the site."""
        site, per_index = Path(config.site_dir), self.config.stories_per_index
        if self.flow.shard:
            return self.flow.shard.write(site, stories_per_index=per_index, pagefind=self.config.pagefind)
        if self.only is None:
            self.caches.prune()
        if self.config.pagefind:
            assembly.index_for_search(site, sorted(self.flow.catalog.stories), per_index)

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
        """Default priority: only adds folders to watch (the one story's folder when asked for one)."""
        only = story_asked_for(self.config.only)
        server.watch(str(Path(self.config.content_dir) / only) if only else self.config.content_dir)
        for folder in (str(PACKAGE_TEMPLATES), self.config.templates_dir):
            if folder:
                server.watch(folder)
        return server
