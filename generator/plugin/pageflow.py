"""A page's way through a build, between MkDocs reading it and writing it: its title and search
settings, the problem banner, its shard's share, search marking, the shelf while MkDocs converts the
others, and its JSON-LD. The plugin's page hooks each call one method."""

from __future__ import annotations

from dataclasses import dataclass, field

from mkdocs.structure.pages import Page

from generator.plugin.fallback import Fallback
from generator.plugin.sharding import ShardPages
from generator.site import jsonld, search
from generator.site.catalog import PageCatalog, with_json_ld
from generator.site.keyboard import permalinks_untabbed
from generator.site.markup import with_banner
from generator.site.shelf import PageShelf


@dataclass
class PageFlow:
    """What this build does to each page; ``reference`` is the generated format reference's path."""

    catalog: PageCatalog = field(default_factory=PageCatalog)
    fallback: Fallback | None = None
    shard: ShardPages | None = None
    reference: str | None = None
    pagefind: bool = False
    shelf: PageShelf = field(default_factory=PageShelf)
    # Off in a worker that lays each page out as soon as it is converted (``laying``): nothing waits.
    shelving: bool = True

    def markdown(self, page: Page, markdown: str) -> str:
        """The Markdown to convert: with the page's problems in a banner under `serve`, none for another
        shard's page; the page's title and search boost go in its front matter."""
        path = page.file.src_uri
        page.meta.update(self.catalog.meta(path, page.meta))
        if path in self.catalog.generated:
            page.file.content_string = ""  # the page now holds its own copy of the Markdown
        problems = self.fallback.banner(path) if self.fallback else ""
        markdown = with_banner(markdown, problems) if problems else markdown
        return self.shard.markdown(page, markdown) if self.shard else markdown

    def content(self, page: Page, html: str) -> str:
        """The converted page marked for search; a generated page's HTML and Markdown go on the shelf
        (MkDocs converts every page before it writes any) and it holds none meanwhile."""
        path = page.file.src_uri
        if self.shard:
            self.shard.converted(page)
        indexed = not (path == self.reference or search.excluded(page.meta))
        html = self.catalog.marked(path, permalinks_untabbed(html), indexed=indexed, pagefind=self.pagefind)
        if path not in self.catalog.generated or not self.shelving:
            return html
        self.shelf.put(path, html, page.markdown or "")
        page.markdown = ""
        return ""

    def unshelve(self, page: Page) -> None:
        """Just before layout: the page gets back its HTML and Markdown."""
        shelved = self.shelf.take(page.file.src_uri)
        if shelved is not None:
            page.content, page.markdown = shelved

    def finished(self, page: Page, output: str, site_name: str) -> str:
        """The laid-out page with its JSON-LD, the templates' indentation dropped."""
        title = page.title or site_name
        return self.catalog.finished(
            page.file.src_uri, output, title=title, url=page.url, pagefind=self.pagefind, site_name=site_name
        )

    def templated(self, template_name: str, output: str, site_name: str) -> str:
        """A page the theme makes without Markdown (404.html) is a web page too: its JSON-LD."""
        if not template_name.endswith(".html"):
            return output
        return with_json_ld(output, jsonld.script(jsonld.web_page(site_name)))

    def release(self, page: Page) -> None:
        """Once written, a generated page lets go of its HTML and Markdown, so pages do not pile up."""
        if page.file.src_uri in self.catalog.generated:
            page.content, page.markdown = None, ""
