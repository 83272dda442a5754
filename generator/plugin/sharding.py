"""A shard's build inside MkDocs (see ``generator.site.shards``): every page is known, only the
shard's own are converted and written, and what only the merge can check goes in its manifest.

A page of another shard has no Markdown (the shard made only its outline), is not converted and is
laid out with a template that writes nothing, so MkDocs skips it; it keeps no anchors
(``present_anchor_ids`` None: MkDocs then leaves links to it unchecked, and the shard lists them for
the merge). Relies on MkDocs internals: the ``template``
front matter read by ``_build_page``, an empty output not written, ``present_anchor_ids`` None not
checked; ``tests/test_shards.py`` builds shards with the real MkDocs and fails if any changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from generator.errors import UsageError
from generator.site.catalog import PageCatalog
from generator.site.shards import SKIPPED_TEMPLATE, TEMPLATES, Manifest, Shard, shard_asked_for


def shard_of(configured: str | None, *, serving: bool) -> Shard | None:
    """This build's shard (the plugin's ``shard`` or EXPLAINER_SHARD), never under `serve`."""
    try:
        shard = shard_asked_for(configured)
    except UsageError as error:
        raise PluginError(f"explainer: {error}") from None
    return None if serving else shard


class ShardPages:
    """Which pages shard ``shard`` writes, and the manifest of those it wrote."""

    def __init__(self, shard: Shard, catalog: PageCatalog) -> None:
        self.shard = shard
        self.catalog = catalog
        self.stories = sorted(catalog.stories)
        self.own = shard.share(self.stories)
        self.anchors: dict[str, list[str]] = {}
        self.links: dict[str, dict[str, dict[str, str]]] = {}

    def owns(self, path: str) -> bool:
        story = self.catalog.story(path)
        return self.shard.index == 1 if story is None else story in self.own

    def markdown(self, page: Page, markdown: str) -> str:
        """The page's Markdown for this shard: none for another shard's page, laid out with a
        template that writes nothing."""
        if self.owns(page.file.src_uri):
            return markdown
        page.meta["template"] = SKIPPED_TEMPLATE
        page.render = partial(_unconverted, page)  # type: ignore[method-assign]
        return ""

    def converted(self, page: Page) -> None:
        """Records an own page's anchors and its links to anchors in other shards' pages; another
        shard's page keeps no anchors, so that links to it are left to the merge."""
        path = page.file.src_uri
        if not self.owns(path):
            page.present_anchor_ids = None
            return
        self.anchors[path] = sorted(page.present_anchor_ids or ())
        elsewhere = {
            target.src_uri: dict(links)
            for target, links in (page.links_to_anchors or {}).items()
            if not self.owns(target.src_uri)
        }
        if elsewhere:
            self.links[path] = elsewhere

    def write(self, site: Path, *, stories_per_index: int, pagefind: bool) -> None:
        Manifest(self.shard, self.stories, stories_per_index, pagefind, self.anchors, self.links).write(site)


def _unconverted(page: Page, config: MkDocsConfig, files: Files) -> None:
    """In place of ``Page.render`` for another shard's page: nothing to convert (no Markdown converter
    made for it), no anchors known (``present_anchor_ids`` None: links to it are left to the merge)."""
    page.content, page.toc, page.present_anchor_ids, page.links_to_anchors = "", get_toc([]), None, {}


def with_skipped_template(env: Any, search_path: Sequence[str] = (str(TEMPLATES),)) -> Any:
    """The theme's template environment, able to find the template that writes nothing (the theme's
    loader is a file system loader: its search path takes one more folder, last)."""
    paths = env.loader.searchpath
    env.loader.searchpath = [*paths, *(path for path in search_path if path not in paths)]
    return env
