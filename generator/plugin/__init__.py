"""The MkDocs plugin: dossiers in ``content/`` become pages in memory, with their navigation.

A thin adapter: each hook calls one plain object with its own tests: the build and what `serve`
keeps (``session``), a page's way to its written HTML (``pageflow``), the menu each page shows
(``navigation``), conversions reused (``rendering``). Nothing is written into ``docs/``, so `serve`
never reloads in a loop.
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from generator.plugin.options import ExplainerConfig
from generator.plugin.rendering import reuse_on
from generator.plugin.session import Session, watching


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    """Adds every dossier's pages to the site and keeps serving the last good ones on a bad edit."""

    def __init__(self) -> None:
        self.session = Session()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Keeps one plugin instance (its session) across `serve` rebuilds."""
        self.session.start(command, dirty)

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Default priority: only declares assets and extensions."""
        self.session.configure(config, self.config)
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """Default priority: the last build's site folder set aside before MkDocs cleans it, to stand
        where unchanged (``standing``)."""
        self.session.set_aside(config, self.config)

    @event_priority(50)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Runs early (50) so that later plugins see generated pages as if they were in docs/."""
        return self.session.files(files, config, self.config)

    def on_pre_page(self, page: Page, *, config: MkDocsConfig, files: Files) -> Page:
        """Default priority: the page reuses its earlier conversion while it holds."""
        written = self.session.written
        reuse_on(page, self.session.caches.pages, self.session.converter, written.noisy if written else None)
        return page

    @event_priority(-100)
    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Runs last (-100): the problem banner comes after every other plugin changed the Markdown
        (a macros plugin must not read diagnostics as template code)."""
        return self.session.flow.markdown(page, markdown)

    @event_priority(-100)
    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Runs last (-100), on the HTML every other plugin saw: search marking, then the shelf."""
        return self.session.flow.content(page, html)

    def _remember(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Default priority: remembers which section of the menu is whose story, and which pages are
        written from the cache rather than made."""
        self.session.menu.remember(nav)
        self.session.plan_written(config, files, self.config)
        return nav

    @event_priority(-100)
    def _convert_ahead(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Runs last (-100), once every plugin made its files and menu: pages made whole, or else
        converted, on every core."""
        self.session.make_ahead(config, files, nav, self.config)
        self.session.convert_ahead(config, files, self.config)
        return nav

    on_nav = CombinedEvent(_remember, _convert_ahead)

    def on_env(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        """Default priority: layouts reused while their inputs hold; a shard's template for the others."""
        return self.session.environment(env, config, files)

    @event_priority(100)
    def _unshelve(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        """Runs first (100): a page gets its HTML and Markdown back before anyone reads them."""
        self.session.flow.unshelve(page)
        return context

    def _own_navigation(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        """Default priority: a page shows its own story's navigation, never every story's."""
        context["nav"] = self.session.menu.shown(nav, page.file.src_uri)
        return context

    on_page_context = CombinedEvent(_unshelve, _own_navigation)

    def on_template_context(
        self, context: TemplateContext, *, template_name: str, config: MkDocsConfig
    ) -> TemplateContext:
        """Default priority: a page the theme makes without Markdown (404.html) belongs to no story; the
        sitemap lists the pages written from the cache too."""
        if template_name == "sitemap.xml" and isinstance(context.get("pages"), list):
            context["pages"] = self.session.sitemap_pages(context["pages"])
        if isinstance(context.get("nav"), Navigation):
            context["nav"] = self.session.menu.shown(context["nav"], None)
        return context

    def _finish_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """Default priority: the page's JSON-LD in its head, the templates' indentation dropped."""
        return self.session.flow.finished(page, output, config.site_name)

    @event_priority(-100)
    def _release(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """Runs last (-100), once every plugin has the output: a written page is kept for a later build
        and lets go of its HTML."""
        self.session.keep_written(page, output)
        self.session.flow.release(page)
        return output

    on_post_page = CombinedEvent(_finish_page, _release)

    def on_post_template(self, output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
        """Default priority: a page the theme makes without Markdown (404.html) is a web page too."""
        return self.session.flow.templated(template_name, output_content, config.site_name)

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Default priority: a shard's manifest, or the caches pruned and the site indexed."""
        self.session.finish(config, self.config)

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
        """Default priority: only adds folders to watch (the one story's folder when asked for one)."""
        return watching(server, self.config)
