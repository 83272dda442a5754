"""What the plugin knows about each generated page between listing the files and writing them.

A plain object made once per build from ``Pages``: the title of a page outside the navigation, its
search boost and keywords, whether search indexes it, its JSON-LD (kept compressed), and which
stories the site holds. The MkDocs plugin asks it, page by page; nothing here imports MkDocs.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.site import jsonld
from generator.site.a_to_z import with_search_link
from generator.site.compact import compact
from generator.site.markup import front_matter_description
from generator.site.pages import Keywords, Pages
from generator.site.search import MATERIAL_SKIPS, PAGEFIND_SKIPS, searchable
from generator.site.shelf import Shelf


@dataclass
class PageCatalog:
    """Each generated page's title, search settings and JSON-LD, by its path in the site."""

    # Titles of generated pages outside the navigation (whose titles come from the navigation).
    titles: dict[str, str] = field(default_factory=dict)
    boosts: dict[str, float] = field(default_factory=dict)
    keywords: dict[str, Keywords] = field(default_factory=dict)
    unsearchable: frozenset[str] = frozenset()
    # A story page's <title> (HTML) and description (plain text), as ``pages.with_heads`` made them.
    head_titles: dict[str, str] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)
    generated: frozenset[str] = frozenset()
    # The stories' slugs: the folder of the first page of each story's section of the navigation.
    stories: frozenset[str] = frozenset()
    # Each page's JSON-LD as its <script> text, compressed: far smaller than the dicts.
    scripts: Shelf = field(default_factory=Shelf)

    @classmethod
    def of(cls, pages: Pages) -> PageCatalog:
        scripts = Shelf()
        for path, packed in pages.jsonld.items():
            scripts.put_packed(path, packed)
        return cls(
            titles={page.path: page.title for page in pages.pages if not page.in_nav},
            boosts={page.path: page.search_boost for page in pages.pages if page.search_boost != 1},
            keywords={page.path: page.keywords for page in pages.pages if page.keywords},
            unsearchable=frozenset(page.path for page in pages.pages if not page.searchable),
            head_titles={page.path: page.head_title for page in pages.pages if page.head_title},
            descriptions={page.path: page.description for page in pages.pages if page.description},
            generated=frozenset(page.path for page in pages.pages),
            stories=frozenset(
                item.children[0].path.split("/", 1)[0]
                for item in pages.nav
                if item.children and item.children[0].path
            ),
            scripts=scripts,
        )

    def story(self, path: str) -> str | None:
        """The story a page belongs to (its first folder, when that is a story's), or None."""
        first = path.split("/", 1)[0]
        return first if "/" in path and first in self.stories else None

    def meta(self, path: str, meta: Mapping[str, Any]) -> dict[str, Any]:
        """What a page's front matter gets: its title (set here, not taken from its first heading: a
        theme prints that through `striptags`, which unescapes contributor text into markup), its
        search boost, and its description (Material prints `description` unescaped into an attribute).
        A story page's <title> is not set here: a title in the front matter renames its menu entry."""
        changes: dict[str, Any] = {}
        if path in self.titles:
            changes["title"] = self.titles[path]
        if path in self.descriptions:
            changes["description"] = front_matter_description(self.descriptions[path])
        if path in self.boosts:
            changes["search"] = {**meta.get("search", {}), "boost": self.boosts[path]}
        return changes

    def marked(self, path: str, html: str, *, indexed: bool, pagefind: bool) -> str:
        """The page's content HTML marked for search (``search.searchable``); a page ``indexed`` only
        if the catalog does not keep it out of search either."""
        return searchable(
            html,
            indexed=indexed and path not in self.unsearchable,
            keywords=self.keywords.get(path, ()),
            skips=PAGEFIND_SKIPS if pagefind else MATERIAL_SKIPS,
        )

    def script(self, path: str, title: str) -> str:
        """The page's JSON-LD <script>: its own, or a web page named ``title`` (a hand-written page)."""
        return self.scripts.get(path) or jsonld.script(jsonld.web_page(title))

    def finished(
        self, path: str, output: str, *, title: str, url: str, pagefind: bool, site_name: str
    ) -> str:
        """A page laid out by the theme, finished: a story page's <title> naming its story, its JSON-LD
        in its head (``script``), the search link for readers without script (with Pagefind), the
        templates' indentation dropped."""
        output = with_search_link(output, url) if pagefind else output
        if path in self.head_titles:
            output = with_head_title(output, f"{self.head_titles[path]} - {html.escape(site_name)}")
        return compact(with_json_ld(output, self.script(path, title)))


def with_head_title(html: str, title: str) -> str:
    """``html`` with ``title`` (HTML) as its <title>'s text (unchanged without one in its head)."""
    head, found, rest = html.partition("</head>")
    return _TITLE.sub(lambda _: f"<title>{title}</title>", head, count=1) + found + rest


_TITLE = re.compile(r"<title>[^<]*</title>")
_DESCRIPTION = re.compile(r'<meta name="description" content="[^"]*">')


def with_description(html_text: str, description: str) -> str:
    """``html_text`` with ``description`` (plain text, escaped here) as its meta description, put in
    place of the theme's or added to its head: what the plugin's front matter gives a page in MkDocs,
    for an engine that does not print it."""
    meta = f'<meta name="description" content="{html.escape(description, quote=True)}">'
    head, found, rest = html_text.partition("</head>")
    if not found:
        return html_text
    if _DESCRIPTION.search(head):
        return _DESCRIPTION.sub(lambda _: meta, head, count=1) + found + rest
    return head + meta + found + rest


def with_json_ld(html: str, script: str) -> str:
    """``html`` with ``script`` at the end of its head (unchanged without a head)."""
    head, found, rest = html.partition("</head>")
    return f"{head}{script}\n{found}{rest}" if found else html
