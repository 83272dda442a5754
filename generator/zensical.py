"""The site built with Zensical, the maintained successor of Material for MkDocs, as a second engine.

Zensical reads ``mkdocs.yml`` but runs no MkDocs plugin, so this adapter does the plugin's work
around it: the generated pages are written beside the hand-written ones in a staging folder (as
``explainer build`` writes them), Zensical lays them out, and a post-build step adds what the plugin
adds to the HTML: each page's schema.org JSON-LD and, when the site asks for it, the Pagefind index.
The site lands in its folder only once it is whole (``generator.site.output.swap_in``).

MkDocs with Material stays the default engine; README says what this one lacks.
"""

from __future__ import annotations

import html as html_module
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.authoring.history import histories
from generator.authoring.reference import format_reference_markdown
from generator.checking.loader import load_site
from generator.errors import GeneratorError, OutputError
from generator.site import jsonld
from generator.site.a_to_z import with_search_link
from generator.site.catalog import with_description, with_head_title
from generator.site.keyboard import permalinks_untabbed
from generator.site.output import STATIC, swap_in, with_title, written_by_us
from generator.site.pages import Page, Pages, build_pages
from generator.site.render import Renderer
from generator.site.search import (
    SEARCH_ASSETS,
    SEARCH_MODULES,
    STORIES_PER_INDEX,
    excluded,
    index_site,
    searchable,
)
from generator.site.shelf import unpack

# The page Markdown needs these extensions (the plugin adds them to MkDocs' configuration too).
REQUIRED_EXTENSIONS = ("admonition", "attr_list", "footnotes", "tables", "toc", "pymdownx.blocks.details")
MARKER = ".explainer-build"


class ZensicalError(GeneratorError):
    """Zensical is missing, or it failed; the message says which, in a sentence."""


@dataclass(frozen=True)
class Options:
    """The explainer plugin's options, read from the same ``mkdocs.yml`` the default engine uses."""

    content: Path
    templates: Path | None
    reference: str | None
    pagefind: bool
    stories_per_index: int


@dataclass(frozen=True)
class Built:
    site: Path
    pages: int
    stories: tuple[str, ...]


def build_with_zensical(
    config_file: Path,
    out: Path | None = None,
    *,
    strict: bool = False,
    zensical: Sequence[str] = (sys.executable, "-m", "zensical"),
    history: Callable[[Path, list[str]], Mapping[str, Any]] | None = histories,
) -> Built:
    """Build the site that ``config_file`` describes with Zensical into ``out`` (default: its
    ``site_dir``). Raises a GeneratorError (a DossierError for problems in the content)."""
    settings = read_config(config_file)
    root = config_file.resolve().parent
    options = plugin_options(settings, root)
    site = load_site(options.content).raise_for_problems(strict)
    slugs = [d.slug for d in site.dossiers]
    read = None if history is None else history(options.content, slugs)
    name = str(settings.get("site_name", ""))
    pages = build_pages(site, Renderer(options.templates), site_name=name, histories=read)
    target = Path(os.path.abspath(out or root / str(settings.get("site_dir", "site"))))
    if target.exists() and not written_by_us(target):
        raise OutputError(f"{target} exists and was not written by explainer; choose another folder")
    with tempfile.TemporaryDirectory(prefix=".explainer-zensical-", dir=root) as staging:
        docs, built = Path(staging) / "docs", Path(staging) / "site"
        stage_pages(root / str(settings.get("docs_dir", "docs")), docs, pages, options)
        config = Path(staging) / "mkdocs.yml"
        config.write_text(yaml.safe_dump(engine_config(settings, docs, built, options, slugs)), "utf-8")
        _run(zensical, config, strict=strict)
        unindexed = left_out_of_search(root / str(settings.get("docs_dir", "docs")), built, options)
        finish_site(built, pages, name, pagefind=options.pagefind, unindexed=unindexed)
        if options.pagefind:
            index_site(built, slugs, options.stories_per_index)
        (built / MARKER).write_text("Written by `explainer zensical`; replaced whole on every build.\n")
        # Zensical writes only inside its project: the finished site moves beside its folder, then in.
        fresh = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
        try:
            fresh.rmdir()
            shutil.move(built, fresh)
            swap_in(fresh, target)
        except BaseException:
            shutil.rmtree(fresh, ignore_errors=True)
            raise
    return Built(target, len(pages.pages), tuple(slugs))


class _ConfigLoader(yaml.SafeLoader):
    """PyYAML's safe loader that reads ``!ENV VAR`` and ``!ENV [VAR, ..., default]`` as MkDocs does."""


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    if isinstance(node, yaml.SequenceNode):
        names = [str(item) for item in loader.construct_sequence(node)]
        variables, default = names[:-1], names[-1] if len(names) > 1 else None
        variables = variables or names
    else:
        variables, default = [str(loader.construct_scalar(node))], None  # type: ignore[arg-type]
    return next((os.environ[v] for v in variables if os.environ.get(v)), default)


_ConfigLoader.add_constructor("!ENV", _env)


def read_config(path: Path) -> dict[str, Any]:
    """``mkdocs.yml`` as data, its ``!ENV`` tags read from the environment as MkDocs reads them."""
    try:
        data = yaml.load(path.read_text("utf-8"), Loader=_ConfigLoader)
    except OSError as error:
        raise OutputError(f"cannot read {path}: {error.strerror}") from None
    except yaml.YAMLError as error:
        raise OutputError(f"{path} is not valid YAML: {error}") from None
    if not isinstance(data, dict):
        raise OutputError(f"{path} does not hold a configuration")
    return data


def plugin_options(settings: Mapping[str, Any], root: Path) -> Options:
    """The explainer plugin's entry under ``plugins:``; its defaults when the entry has no options."""
    found: Mapping[str, Any] | None = None
    for item in settings.get("plugins") or []:
        if item == "explainer":
            found = {}
        elif isinstance(item, Mapping) and "explainer" in item:
            found = item["explainer"] or {}
    if found is None:
        raise OutputError(
            "the configuration does not use the explainer plugin: there are no stories to build"
        )
    templates = found.get("templates_dir")
    return Options(
        content=root / str(found.get("content_dir", "content")),
        templates=root / str(templates) if templates else None,
        reference=found.get("reference"),
        pagefind=bool(found.get("pagefind", False)),
        stories_per_index=int(found.get("stories_per_index", STORIES_PER_INDEX)),
    )


def stage_pages(handwritten: Path, docs: Path, pages: Pages, options: Options) -> None:
    """The hand-written pages, the generated ones and every asset they use, in one folder."""
    shutil.copytree(handwritten, docs)
    for page in pages.pages:
        _write(docs / page.path, with_title(page).encode("utf-8"))
    for download in pages.downloads:
        _write(docs / download.path, download.content)
    if options.reference:
        _write(docs / options.reference, format_reference_markdown().encode("utf-8"))
    for uri, source in _assets(options).items():
        _write(docs / uri, source.read_bytes())


def _assets(options: Options) -> dict[str, Path]:
    return {**STATIC, **SEARCH_ASSETS, **SEARCH_MODULES} if options.pagefind else dict(STATIC)


def _write(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)


def engine_config(
    settings: Mapping[str, Any], docs: Path, site: Path, options: Options, slugs: list[str]
) -> dict[str, Any]:
    """The configuration Zensical is given: the site's own, without plugins, with the staged pages,
    the assets the pages use, and a menu of the hub, the hand-written pages and every story."""
    config = {key: value for key, value in settings.items() if key not in ("plugins", "nav", "hooks")}
    # Zensical wants both inside its project folder, named relative to it.
    config["docs_dir"] = docs.name
    config["site_dir"] = site.name
    assets = _assets(options)
    config["extra_css"] = [*settings.get("extra_css", []), *(u for u in assets if u.endswith(".css"))]
    config["extra_javascript"] = [
        *settings.get("extra_javascript", []),
        *(u for u in assets if u.endswith(".js") and u not in SEARCH_MODULES),
    ]
    extensions = list(settings.get("markdown_extensions") or [])
    names = {next(iter(e)) if isinstance(e, Mapping) else e for e in extensions}
    config["markdown_extensions"] = extensions + [e for e in REQUIRED_EXTENSIONS if e not in names]
    config["nav"] = ["index.md", *(settings.get("nav") or []), *(f"{slug}/index.md" for slug in slugs)]
    return config


def _run(zensical: Sequence[str], config: Path, *, strict: bool) -> None:
    command = [*zensical, "build", "--config-file", str(config), *(["--strict"] if strict else [])]
    try:
        done = subprocess.run(command, cwd=config.parent, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise ZensicalError(
            f"cannot run {zensical[0]}: install Zensical, `pip install -e '.[zensical]'`"
        ) from None
    if done.returncode != 0 and "No module named zensical" in done.stderr:
        raise ZensicalError("Zensical is not installed: run `pip install -e '.[zensical]'`")
    if done.returncode != 0:
        last = (done.stderr or done.stdout).strip().splitlines()[-5:]
        raise ZensicalError("Zensical could not build the site: " + " / ".join(last))


_CONTENT = re.compile(r'(<article class="md-content__inner md-typeset">)(.*)(</article>)', re.S)
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)


def left_out_of_search(handwritten: Path, site: Path, options: Options) -> frozenset[Path]:
    """The built pages of hand-written pages whose front matter leaves them out of the readers'
    search (``search: {exclude: true}``), and of the format reference, as the plugin leaves them."""
    out = {page_html(site, options.reference)} if options.reference else set()
    for source in sorted(handwritten.rglob("*.md")):
        text = source.read_text("utf-8")
        if not text.startswith("---\n") or "\n---" not in text[3:]:
            continue
        meta = yaml.safe_load(text[4 : text.index("\n---", 3)])
        if isinstance(meta, Mapping) and excluded(meta):
            out.add(page_html(site, source.relative_to(handwritten).as_posix()))
    return frozenset(out)


def finish_site(
    site: Path, pages: Pages, site_name: str, *, pagefind: bool, unindexed: frozenset[Path] = frozenset()
) -> None:
    """Add to each built page what the plugin adds: its JSON-LD before ``</head>`` (a page without
    its own is described as a web page) and, for Pagefind, the marks on its content of what the index
    reads (``generator.site.search.searchable``)."""
    generated = {page_html(site, page.path): page for page in pages.pages}
    for html in sorted(site.rglob("*.html")):
        text = html.read_text("utf-8")
        if "</head>" not in text or "application/ld+json" in text:
            continue
        page = generated.get(html)
        if page is not None and page.path in pages.jsonld:
            script = unpack(pages.jsonld[page.path])
        else:
            script = jsonld.script(
                jsonld.web_page(page.title if page is not None else _title(text, site_name))
            )
        text = text.replace("</head>", f"{script}</head>", 1)
        if page is not None and page.head_title:  # as the plugin finishes a story page's head
            text = with_head_title(text, f"{page.head_title} - {html_module.escape(site_name)}")
        if page is not None and page.description:
            text = with_description(text, page.description)
        text = _keyboard(text)
        if pagefind and html != site / "404.html":  # the theme's own page, never indexed
            text = _marked(text, page, html not in unindexed)
            url = html.parent.relative_to(site).as_posix() + "/" if html.name == "index.html" else ""
            text = with_search_link(text, "" if url == "./" else url)
        html.write_text(text, "utf-8")


def _keyboard(text: str) -> str:
    """The page's permalink marks out of the Tab order, as the plugin leaves them."""
    found = _CONTENT.search(text)
    if found is None:
        return text
    return text[: found.start(2)] + permalinks_untabbed(found[2]) + text[found.end(2) :]


def _marked(text: str, page: Page | None, indexed: bool = True) -> str:
    """The page with its content marked for Pagefind as the plugin marks it."""
    indexed, keywords = (page.searchable and indexed, page.keywords) if page is not None else (indexed, ())
    found = _CONTENT.search(text)
    if found is None:
        return text
    marked = searchable(found[2], indexed=indexed, keywords=keywords)
    return text[: found.start(2)] + marked + text[found.end(2) :]


def _title(text: str, site_name: str) -> str:
    """A hand-written page's title, as the theme wrote it ("Title - Site"), or the site's name."""
    found = _TITLE.search(text)
    title = html_module.unescape(found[1]).strip() if found else ""
    return title.removesuffix(f" - {site_name}") or site_name


def page_html(site: Path, src_uri: str) -> Path:
    """Where a page's HTML lands with directory URLs: a/index.md -> a/index.html, a/b.md -> a/b/index.html."""
    stem = src_uri.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return site / f"{stem}.html"
    return site / stem / "index.html"
