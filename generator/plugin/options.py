"""The plugin's options (``plugins: - explainer: ...`` in mkdocs.yml), typed as MkDocs validates them,
with what each resolves to in a build."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c

from generator.plugin.workers import workers_wanted
from generator.site import search
from generator.site.output import STATIC
from generator.site.reuse import Caches, reuse_wanted


class ExplainerConfig(base.Config):
    content_dir = c.Dir(exists=False, default="content")
    templates_dir = c.Optional(c.Dir(exists=True))
    # Where the generated format reference goes, e.g. contribute/reference.md; none by default.
    reference = c.Optional(c.Type(str))
    # Build only this story (its folder name) and the hub: a quick preview. Defaults to EXPLAINER_ONLY.
    only = c.Optional(c.Type(str))
    # Index the built site with Pagefind (a chunked index fetched as needed) and add its search box.
    pagefind = c.Type(bool, default=False)
    # Past this many stories the Pagefind index is built in parts (see generator.site.search).
    stories_per_index = c.Type(int, default=search.STORIES_PER_INDEX)
    # Keep each page's conversion to HTML on disk and reuse it while nothing that makes it changed
    # (``generator.site.reuse``); EXPLAINER_REUSE=0 turns it off. The folder is relative to mkdocs.yml.
    reuse = c.Type(bool, default=True)
    cache_dir = c.Type(str, default=".cache/explainer")
    # Processes making pages (``plugin.workers``, ``laying``): every core by default; EXPLAINER_WORKERS.
    workers = c.Optional(c.Type(int))
    # Build a share of the stories, "i/N" (``generator.site.shards``); defaults to EXPLAINER_SHARD.
    shard = c.Optional(c.Type(str))

    def templates(self) -> Path | None:
        return Path(self.templates_dir) if self.templates_dir else None

    def assets(self, *, modules: bool = False) -> dict[str, Path]:
        """The stylesheets and scripts every page loads; with ``modules``, those loaded on demand too."""
        if not self.pagefind:
            return dict(STATIC)
        return {**STATIC, **search.SEARCH_ASSETS, **(search.SEARCH_MODULES if modules else {})}

    def caches(self, config_file: str | None) -> Caches:
        """Where this build keeps and finds what it reuses: on disk beside mkdocs.yml, or memory only."""
        folder = Path(config_file or "mkdocs.yml").parent / self.cache_dir
        return Caches.at(folder if reuse_wanted(self.reuse) else None)

    def processes(self, *, serving: bool) -> int:
        """How many processes work: one under `serve`, which converts only what an edit changed."""
        return 1 if serving else workers_wanted(self.workers)
