"""Reusing a page's layout by the theme: the theme's template is not rendered again for a page whose
every input is what it was in an earlier build.

The theme lays out a page from its template context: the page (its HTML, table of contents, title,
address, front matter, neighbours), the menu it shows (each item's title, address, whether it is
active), the configuration and the theme's templates. ``layout_key`` hashes all of these (the site's
share once a build, ``site_fingerprint``); the theme's output is kept under that key
(``generator.site.reuse``, kind ``layouts``) and given back instead of rendering the template again.
The plugin's own steps after the layout (JSON-LD, compaction) still run on every page.

Left out of the key, by design: ``build_date_utc`` and ``pages`` (the list of every page, which no
template of Material reads; hashing it for every page would make a build quadratic). A context
value of any other type counts by its ``repr``: an object printed with its address then never
matches, so the page is laid out afresh (correct, only slower). Relies on MkDocs internals (the
template's ``render`` called with the context by ``_build_page``, the attributes of ``Page``,
``Section``, ``Link``, ``AnchorLink``); ``tests/test_plugin_layouts.py`` fails when they change.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Link, Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink

from generator.site.reuse import ReuseStore, fingerprint
from generator.site.shards import SKIPPED_TEMPLATE

# The packages whose templates and code lay out a page.
THEMES = ("mkdocs", "mkdocs-material", "jinja2", "markupsafe")
# Context entries that never reach a page's bytes (see the module's docstring).
UNREAD = frozenset({"build_date_utc", "pages", "config"})
# Settings that reach no page through its layout: where the site is written, and the menu as
# configured (each page's own menu is in its context).
UNUSED_SETTINGS = frozenset({"plugins", "theme", "site_dir", "nav"})
_ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def site_fingerprint(config: MkDocsConfig) -> str:
    """What every page's layout shares: the packages' versions, the configuration (each plugin by its
    name and options), and the theme's templates (by version when installed, else by content)."""
    versions = [_version(name) for name in THEMES]
    plugins = {name: _plugin(plugin) for name, plugin in config.plugins.items()}
    settings = {key: value for key, value in config.items() if key not in UNUSED_SETTINGS}
    theme = config.theme
    templates = [_folder(Path(folder)) for folder in theme.dirs]
    return fingerprint(
        [
            sys.version,
            versions,
            _stable(plugins),
            _stable(settings),
            theme.name,
            _stable(dict(theme)),
            templates,
        ]
    )


def _plugin(plugin: object) -> object:
    """A plugin by its options; a hook (a module, ``hooks:`` in mkdocs.yml) by its code."""
    options = getattr(plugin, "config", None)
    if options is not None:
        return dict(options)
    source = getattr(plugin, "__file__", None)
    return hashlib.sha256(Path(source).read_bytes()).hexdigest() if source else repr(type(plugin))


def _version(name: str) -> str:
    try:
        return f"{name} {importlib.metadata.version(name)}"
    except importlib.metadata.PackageNotFoundError:
        return f"{name} absent"


def _stable(value: object) -> str:
    """``value`` as JSON, objects by their ``repr`` without memory addresses."""
    return _ADDRESS.sub("", json.dumps(value, sort_keys=True, default=repr))


def _folder(folder: Path) -> str:
    """A theme folder: an installed package's by its path (its version is in the fingerprint),
    another (a ``custom_dir``) by the content of every file in it."""
    if "site-packages" in folder.parts or "dist-packages" in folder.parts:
        return str(folder)
    digest = hashlib.sha256(str(folder).encode())
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def layout_key(site: str, template: str, context: Mapping[str, Any]) -> str:
    """The key of a page's layout: the site's fingerprint, the template's name and the context."""
    page = context["page"]
    parts = {
        name: _plain(value, page)
        for name, value in sorted(context.items())
        if name not in UNREAD and name != "page"
    }
    parts["page"] = _page(page)
    # The page's HTML is hashed as it is (most of the bytes; JSON would escape it character by character).
    digest = hashlib.sha256((page.content or "").encode("utf-8", "surrogatepass"))
    return fingerprint([site, template, digest.hexdigest(), parts])


def _page(page: Page) -> dict[str, Any]:
    """Everything of the page being laid out that a theme reads."""
    return {
        "toc": [_anchor(link) for link in page.toc],
        "title": page.title,
        "url": page.url,
        "canonical": page.canonical_url,
        "abs": page.abs_url,
        "edit": page.edit_url,
        "meta": _stable(page.meta),
        "home": page.is_homepage,
        "index": page.is_index,
        "src": page.file.src_uri,
        "previous": _neighbour(page.previous_page),
        "next": _neighbour(page.next_page),
        "ancestors": [_plain(item, page) for item in page.ancestors],
        "parent": page.parent.title if page.parent else None,
    }


def _neighbour(page: Page | None) -> list[Any] | None:
    return None if page is None else [page.title, page.url, _stable(page.meta)]


def _anchor(link: AnchorLink) -> list[Any]:
    return [link.level, link.id, link.title, [_anchor(child) for child in link.children]]


def _plain(value: object, page: Page) -> Any:
    """A context value as plain data: the menu item by item, other values as JSON or ``repr``."""
    if isinstance(value, Navigation):
        homepage = value.homepage.url if value.homepage else None
        return {"nav": [_plain(item, page) for item in value.items], "home": homepage}
    if isinstance(value, Section):
        return ["section", value.title, value.active, [_plain(child, page) for child in value.children]]
    if isinstance(value, Page):
        return ["page", value.title, value.url, value.active, value.is_index, _stable(value.meta)]
    if isinstance(value, Link):
        return ["link", value.title, value.url]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, list | tuple):
        return [_plain(item, page) for item in value]
    return _stable(value)


class ReusingTemplate:
    """A theme template that gives a page's earlier layout when its key is kept (see the module)."""

    def __init__(
        self, template: Any, store: ReuseStore, site: str, keys: dict[str, str] | None = None
    ) -> None:
        self.template, self.store, self.site = template, store, site
        self.name: str = template.name
        # Each page's layout key by its path, for whoever keeps the page as written.
        self.keys = keys

    def render(self, *args: Any, **kwargs: Any) -> str:
        context = dict(*args, **kwargs)
        if not isinstance(context.get("page"), Page):
            return str(self.template.render(context))
        key = layout_key(self.site, self.name, context)
        if self.keys is not None:
            self.keys[context["page"].file.src_uri] = key
        found = self.store.get_text(key)
        if found is not None:
            return found
        output = str(self.template.render(context))
        self.store.put_text(key, output)
        return output

    def __getattr__(self, name: str) -> Any:
        return getattr(self.template, name)


def reusing_layouts(env: Any, store: ReuseStore, site: str, keys: dict[str, str] | None = None) -> Any:
    """``env`` whose ``get_template`` gives ``ReusingTemplate``s (an instance attribute over the
    method: ``_build_page`` asks the environment for the page's template); each page's layout key goes
    in ``keys``."""
    original: Callable[..., Any] = env.get_template

    def get_template(name: Any, *args: Any, **kwargs: Any) -> Any:
        template = original(name, *args, **kwargs)
        if isinstance(template, ReusingTemplate) or name == SKIPPED_TEMPLATE:  # a shard's: writes nothing
            return template
        return ReusingTemplate(template, store, site, keys)

    env.get_template = get_template
    return env
