"""The plugin's files: the generated pages, downloads, assets and format reference added to MkDocs'
list of files, and the assets and Markdown extensions the configuration must declare."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel

from generator.authoring.reference import format_reference_markdown
from generator.plugin.files import DownloadFile, ElsewhereFile, PackedFile, refuse_clash
from generator.site import search
from generator.site.address import features_for
from generator.site.pages import Pages

# The page Markdown uses these; a site that forgets one still builds correctly.
REQUIRED_EXTENSIONS = ("admonition", "attr_list", "footnotes", "tables", "toc", "pymdownx.blocks.details")


def declare(config: MkDocsConfig, assets: Mapping[str, Path]) -> None:
    """Adds the extensions the pages need, the stylesheets and scripts of ``assets``, and the theme
    features the site's address allows."""
    if "features" in config.theme:
        config.theme["features"] = features_for(config.theme["features"], config.site_url)
    for name in REQUIRED_EXTENSIONS:
        if name not in config.markdown_extensions:
            config.markdown_extensions.append(name)
    for uri in assets:
        extra = config.extra_css if uri.endswith(".css") else config.extra_javascript
        if uri not in [str(item) for item in extra]:
            extra.append(uri)


def add_assets(files: Files, config: MkDocsConfig, assets: Mapping[str, Path], reference: str | None) -> None:
    """The assets, and the generated format reference at ``reference`` when asked for."""
    for uri, path in assets.items():
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    if reference:
        refuse_clash(files, reference)
        files.append(File.generated(config, reference, content=format_reference_markdown()))


def add_pages(
    files: Files, config: MkDocsConfig, pages: Pages, writes: Callable[[str], bool] | None = None
) -> None:
    """Every generated page (its Markdown compressed, see ``PackedFile``) and download. A hand-written
    file at the same path stops the build: neither may silently hide the other. A shard's build lists
    the downloads that it does not ``writes`` (another shard's story's), so that links to them hold,
    without writing them (``ElsewhereFile``)."""
    for page in pages.pages:
        if page.path in files.src_uris:
            raise PluginError(f"docs/{page.path} has the same path as a generated page; rename or move it")
        inclusion = InclusionLevel.UNDEFINED if page.in_nav else InclusionLevel.NOT_IN_NAV
        files.append(PackedFile.of(config, page.path, page.packed, inclusion))
    for download in pages.downloads:
        refuse_clash(files, download.path)
        if writes and not writes(download.path):
            files.append(ElsewhereFile.generated(config, download.path, content=download.content))
        else:
            files.append(DownloadFile.of(config, download.path, download.content))


def index_for_search(
    site: Path,
    stories: list[str],
    per_index: int,
    kept: Path | None = None,
    standing: search.Standing | None = None,
) -> None:
    """Pagefind's index of the written site (``search.index_site``, its parts kept in ``kept``, those
    of the last build left ``standing`` where unchanged); its failure stops the build."""
    try:
        search.index_site(site, stories, per_index, kept, standing)
    except search.SearchIndexError as error:
        raise PluginError(str(error)) from None
