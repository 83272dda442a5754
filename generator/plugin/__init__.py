"""The MkDocs plugin: dossiers in ``content/`` become pages in memory, with their navigation.

With its modules ``files`` and ``navigation``, the only part of the package that imports MkDocs. It
calls the same core function as ``explainer build`` (``generator.site.pages.build_pages``) and adds
each page with ``File.generated``: nothing is written into ``docs/``, so ``mkdocs serve`` never
reloads in a loop, and hand-written pages stay untouched.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page as MkDocsPage
from mkdocs.utils.templates import TemplateContext

from generator.authoring.history import histories
from generator.authoring.reference import format_reference_markdown
from generator.format.dossier import Site
from generator.plugin.fallback import ONLY_VARIABLE, Fallback
from generator.plugin.files import PackedFile, refuse_clash
from generator.plugin.navigation import navigation_shown, site_navigation, story_of
from generator.site import jsonld
from generator.site.a_to_z import with_search_link
from generator.site.address import features_for
from generator.site.compact import compact
from generator.site.keyboard import permalinks_untabbed
from generator.site.markup import with_banner
from generator.site.output import STATIC
from generator.site.pages import Keywords, Pages, build_pages
from generator.site.render import PACKAGE_TEMPLATES, Renderer
from generator.site.search import (
    MATERIAL_SKIPS,
    PAGEFIND_SKIPS,
    SEARCH_ASSETS,
    SEARCH_MODULES,
    STORIES_PER_INDEX,
    SearchIndexError,
    excluded,
    index_site,
    searchable,
)
from generator.site.shelf import Shelf
from generator.site.urls import HUB

log = logging.getLogger("mkdocs.plugins.explainer")

# The page Markdown uses these; a site that forgets one still builds correctly.
REQUIRED_EXTENSIONS = ("admonition", "attr_list", "footnotes", "tables", "toc", "pymdownx.blocks.details")


class ExplainerConfig(base.Config):
    content_dir = c.Dir(exists=False, default="content")
    templates_dir = c.Optional(c.Dir(exists=True))
    # Where the generated format reference goes, e.g. contribute/reference.md; none by default.
    reference = c.Optional(c.Type(str))
    # Under `serve`, build only this story (its folder name) and the hub: a preview in seconds in a
    # large repository. Defaults to the EXPLAINER_ONLY environment variable; `build` ignores it.
    only = c.Optional(c.Type(str))
    # Index the built site with Pagefind (a chunked index fetched as needed) and add its search box.
    pagefind = c.Type(bool, default=False)
    # Past this many stories the Pagefind index is built in parts (see generator.site.search).
    stories_per_index = c.Type(int, default=STORIES_PER_INDEX)


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    """Adds every dossier's pages to the site and keeps serving the last good ones on a bad edit."""

    def __init__(self) -> None:
        self.serving = False
        # The pages each build gets, and under `serve` the last good ones (see fallback.py).
        self.fallback = Fallback(Path("content"))
        # Titles of generated pages outside the navigation (whose titles come from the navigation).
        self.titles: dict[str, str] = {}
        self.site_name = ""
        self.search_boosts: dict[str, float] = {}
        self.keywords: dict[str, Keywords] = {}
        self.unsearchable: frozenset[str] = frozenset()
        # Each generated page's JSON-LD, kept as its <script> text, compressed: far smaller than the dicts.
        self.jsonld = Shelf()
        # The generated pages, and their HTML and Markdown between conversion and writing (see _shelve).
        self.generated: frozenset[str] = frozenset()
        self.html = Shelf()
        self.markdown = Shelf()
        # The stories' slugs, and the story of each top-level navigation item (None: hand-written).
        self.story_slugs: frozenset[str] = frozenset()
        self.story_of_item: dict[int, str | None] = {}

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Defining on_startup keeps one plugin instance across `serve` rebuilds (to keep the last
        good pages); it also tells whether a bad edit must stop the build or only be reported."""
        self.serving = self.fallback.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Default priority: only declares assets and extensions; order among plugins is irrelevant."""
        self.site_name = config.site_name
        if self.config.stories_per_index < 1:
            raise PluginError("explainer: stories_per_index must be at least 1")
        if "features" in config.theme:
            config.theme["features"] = features_for(config.theme["features"], config.site_url)
        for name in REQUIRED_EXTENSIONS:
            if name not in config.markdown_extensions:
                config.markdown_extensions.append(name)
        for uri in self._static():
            extra = config.extra_css if uri.endswith(".css") else config.extra_javascript
            if uri not in [str(item) for item in extra]:
                extra.append(uri)
        return config

    @event_priority(50)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Runs early (50) so that later plugins see generated pages as if they were in docs/."""
        self.fallback.content = Path(self.config.content_dir)
        pages = self.fallback.pages(lambda site: self._build(site, files), self._only())
        self.generated, self.html, self.markdown = frozenset(), Shelf(), Shelf()
        modules = SEARCH_MODULES if self.config.pagefind else {}
        for uri, path in {**self._static(), **modules}.items():
            files.append(File.generated(config, uri, abs_src_path=str(path)))
        if self.config.reference:
            refuse_clash(files, self.config.reference)
            files.append(File.generated(config, self.config.reference, content=format_reference_markdown()))
        if pages is None:
            return files
        self.titles = {page.path: page.title for page in pages.pages if not page.in_nav}
        self.story_slugs = frozenset(
            item.children[0].path.split("/", 1)[0]
            for item in pages.nav
            if item.children and item.children[0].path
        )
        for page in pages.pages:
            if page.path in files.src_uris:
                raise PluginError(
                    f"docs/{page.path} has the same path as a generated page; rename or move it"
                )
            inclusion = InclusionLevel.UNDEFINED if page.in_nav else InclusionLevel.NOT_IN_NAV
            files.append(PackedFile.of(config, page.path, page.packed, inclusion))
        for download in pages.downloads:
            refuse_clash(files, download.path)
            files.append(File.generated(config, download.path, content=download.content))
        self.search_boosts = {page.path: page.search_boost for page in pages.pages if page.search_boost != 1}
        self.keywords = {page.path: page.keywords for page in pages.pages if page.keywords}
        self.unsearchable = frozenset(page.path for page in pages.pages if not page.searchable)
        self.jsonld = Shelf()
        for src_uri, data in pages.jsonld.items():
            self.jsonld.put(src_uri, jsonld.script(data))
        self.generated = frozenset(page.path for page in pages.pages)
        config.nav = site_navigation(config.nav, files, pages)
        return files

    @event_priority(-100)
    def on_page_markdown(self, markdown: str, *, page: MkDocsPage, config: MkDocsConfig, files: Files) -> str:
        """Runs last (-100) so the problem banner is added after every other plugin changed the
        Markdown (a macros plugin must not read diagnostics as template code).

        A generated page's title is set here, not left to MkDocs, which takes the first heading: a
        theme prints that through `striptags`, which unescapes contributor text into markup."""
        if page.file.src_uri in self.titles:
            page.meta["title"] = self.titles[page.file.src_uri]
        boost = self.search_boosts.get(page.file.src_uri)
        if boost is not None:
            page.meta["search"] = {**page.meta.get("search", {}), "boost": boost}
        problems = self.fallback.banner(page.file.src_uri)
        if page.file.src_uri in self.generated:
            # The page now holds its own copy of the Markdown (MkDocs split off the front matter).
            page.file.content_string = ""
        return with_banner(markdown, problems) if problems else markdown

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Default priority: only remembers which top-level section of the navigation is whose story."""
        self.story_of_item = {id(item): story_of(item, self.story_slugs) for item in nav.items}
        return nav

    @event_priority(100)
    def _unshelve(
        self, context: TemplateContext, *, page: MkDocsPage, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        """Runs first (100): a generated page gets back its HTML and Markdown before the theme or
        any other plugin reads them (see ``_shelve``)."""
        html = self.html.take(page.file.src_uri)
        if html is not None:
            page.content = html
            page.markdown = self.markdown.take(page.file.src_uri) or ""
        return context

    def _own_navigation(
        self, context: TemplateContext, *, page: MkDocsPage, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        """Default priority: a page shows its own story's navigation, never every story's, so a page's
        size does not grow with the publication (the hub lists the stories)."""
        first = page.file.src_uri.split("/", 1)[0]
        context["nav"] = self._shown(nav, first if first in self.story_slugs else None)
        return context

    on_page_context = CombinedEvent(_unshelve, _own_navigation)

    def _shown(self, nav: Navigation, story: str | None) -> Navigation:
        return navigation_shown(nav, self.story_of_item, story, single=len(self.story_slugs) == 1)

    def on_template_context(
        self, context: TemplateContext, *, template_name: str, config: MkDocsConfig
    ) -> TemplateContext:
        """Default priority: a page the theme makes without Markdown (404.html) belongs to no story."""
        nav = context.get("nav")
        if isinstance(nav, Navigation):
            context["nav"] = self._shown(nav, None)
        return context

    @event_priority(-100)
    def on_page_content(self, html: str, *, page: MkDocsPage, config: MkDocsConfig, files: Files) -> str:
        """Runs last (-100), on the finished HTML: search indexes a page's own text, not the quoted
        evidence of its footnotes (found on the Sources page), footnote numbers or diagram source."""
        uri = page.file.src_uri
        skips = PAGEFIND_SKIPS if self.config.pagefind else MATERIAL_SKIPS
        keywords = self.keywords.get(uri, ())
        html = permalinks_untabbed(html)
        indexed = not (uri in self.unsearchable or uri == self.config.reference or excluded(page.meta))
        marked = searchable(html, indexed=indexed, keywords=keywords, skips=skips)
        return self._shelve(page, marked) if uri in self.generated else marked

    def _shelve(self, page: MkDocsPage, html: str) -> str:
        """MkDocs converts every page before it writes any, so it would hold the HTML and Markdown of
        every page at once (gigabytes with 1,000 stories). A generated page's are kept compressed
        from here, after every plugin saw them converted, until ``_unshelve`` gives them back just
        before the page is laid out; ``_release`` drops them once it is written. Returns the
        page's content meanwhile: empty."""
        self.html.put(page.file.src_uri, html)
        self.markdown.put(page.file.src_uri, page.markdown or "")
        page.markdown = ""
        return ""

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Default priority: indexes the finished site with Pagefind, when asked."""
        if self.config.pagefind:
            try:
                index_site(Path(config.site_dir), sorted(self.story_slugs), self.config.stories_per_index)
            except SearchIndexError as error:
                raise PluginError(str(error)) from None

    def _static(self) -> dict[str, Path]:
        return {**STATIC, **SEARCH_ASSETS} if self.config.pagefind else dict(STATIC)

    def _finish_page(self, output: str, *, page: MkDocsPage, config: MkDocsConfig) -> str:
        """Default priority: adds the page's schema.org JSON-LD to its head (a hand-written page is
        described as a web page) and drops the templates' indentation (``generator.site.compact``)."""
        script = self.jsonld.get(page.file.src_uri)
        script = script or jsonld.script(jsonld.web_page(page.title or config.site_name))
        output = with_search_link(output, page.url) if self.config.pagefind else output
        return compact(_with_json_ld(output, script))

    @event_priority(-100)
    def _release(self, output: str, *, page: MkDocsPage, config: MkDocsConfig) -> str:
        """Runs last (-100), once every plugin has the page's output: a generated page no longer
        holds its HTML and Markdown (see ``_shelve``), so written pages do not pile up."""
        if page.file.src_uri in self.generated:
            page.content = None
            page.markdown = ""
        return output

    on_post_page = CombinedEvent(_finish_page, _release)

    def on_post_template(self, output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
        """Default priority: a page the theme makes without Markdown (404.html) is a web page too."""
        if not template_name.endswith(".html"):
            return output_content
        return _with_json_ld(output_content, jsonld.script(jsonld.web_page(config.site_name)))

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
        """Default priority: only adds folders to watch (the one story's folder when asked for one:
        the server polls every file it watches)."""
        only = self._only()
        server.watch(str(Path(self.config.content_dir) / only) if only else self.config.content_dir)
        server.watch(str(PACKAGE_TEMPLATES))
        if self.config.templates_dir:
            server.watch(self.config.templates_dir)
        return server

    def _only(self) -> str | None:
        """The story to preview alone: under `serve` only; a build always builds every story."""
        only = self.config.only or os.environ.get(ONLY_VARIABLE) or None
        if only and not self.serving:
            log.info(f"explainer: {ONLY_VARIABLE} only applies to `mkdocs serve`; building every story")
            return None
        return only

    def _build(self, site: Site, files: Files) -> Pages:
        templates = Path(self.config.templates_dir) if self.config.templates_dir else None
        # Each story's "Updates and corrections" page, from the git history of its folder.
        history = histories(Path(self.config.content_dir), [dossier.slug for dossier in site.dossiers])
        return build_pages(
            site,
            Renderer(templates),
            hub=HUB not in files.src_uris,
            site_name=self.site_name,
            histories=history,
        )


def _with_json_ld(html: str, script: str) -> str:
    head, found, rest = html.partition("</head>")
    return f"{head}{script}\n{found}{rest}" if found else html
