"""Reusing a page as written: in a plain build with the cache, a generated page whose every input is
what it was when an earlier build wrote it is neither read, converted nor laid out by MkDocs again;
its bytes are written from the cache.

Reusing a page's conversion and layout (``rendering``, ``layouts``) still leaves MkDocs' loop to go
over every page of a build (its reading, context, hooks and writing: about 0.1 s of CPU a story), so
that a one-word edit to one story of a thousand cost a third of a clean build. A page written here is
instead a file MkDocs copies (``PackedFile.is_documentation_page`` says no once it is ``written``),
as it copies a picture: its ``Page`` stays in the menu and the sitemap, with the anchors and front
matter its written version had, so links into it are checked as before; the links it holds to other
pages' anchors are checked after MkDocs' loop (``check_links``), with MkDocs' words.

A page's key (``key``) is made of the site's shape (every file's path and address, the menu with its
titles, the hand-written pages, the problems shown in banners), the generator's code, how pages are
converted and laid out (``converter``, ``site``), and the page itself: its path, its Markdown (as
packed) and what the catalog adds to it (title, description, search settings, JSON-LD). A new story,
a renamed page or a changed menu title changes the shape, and every page goes through MkDocs' loop
again, reusing its conversion and layout where they hold. Left out, by design: other pages' front
matter, which a theme reads in a menu only for an icon, a subtitle or a status, and which generated
pages never have; ``tests/test_reuse_property.py`` compares every build after random edits with a
clean one, byte for byte.

A page whose conversion logged a message (a link to a missing page, say) is never kept: it goes
through MkDocs each time, so the message is logged each time. Nothing here is used under `serve` (its
own ``Unchanged`` keeps pages on disk), for a shard, for a preview of one story, or where another
plugin handles a page's events (``only_ours``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import write_file

from generator.plugin.files import PackedFile
from generator.plugin.standing import StandingSite
from generator.site.catalog import PageCatalog
from generator.site.reuse import ReuseStore, fingerprint, key

# Raise when the layout of a kept page changes: older ones are then never read.
FORMAT = 1
# MkDocs' events for each page: a page written from the cache has none of them.
PAGE_EVENTS = ("pre_page", "page_read_source", "page_markdown", "page_content", "page_context", "post_page")
_LENGTH = 4


@dataclass(frozen=True)
class Record:
    """What MkDocs knew of a page it wrote, besides its bytes: its anchors, its links to other pages'
    anchors (by the target's path: anchor, link as written), its front matter, and the keys of its
    conversion and layout (kept in their caches while the page is reused)."""

    anchors: tuple[str, ...]
    links: dict[str, dict[str, str]]
    meta: dict[str, Any]
    keys: tuple[str, ...]


def pack(record: Record, output: bytes) -> bytes:
    """The record and the page's bytes, each compressed, the record first with its length."""
    head = zlib.compress(
        json.dumps(
            {
                "format": FORMAT,
                "anchors": record.anchors,
                "links": record.links,
                "meta": record.meta,
                "keys": record.keys,
            },
            ensure_ascii=False,
            sort_keys=True,
        ).encode("utf-8"),
        1,
    )
    return len(head).to_bytes(_LENGTH, "big") + head + zlib.compress(output, 1)


def head(packed: bytes) -> bytes:
    """The record's part of what ``pack`` packed, which ``unpack`` reads without ``output``."""
    return packed[: _LENGTH + int.from_bytes(packed[:_LENGTH], "big")]


def unpack(packed: bytes, *, output: bool = True) -> tuple[Record, bytes] | None:
    """What ``pack`` packed (without ``output``, the record and no bytes: ``head`` is enough), or None
    for another format or a damaged file."""
    try:
        length = int.from_bytes(packed[:_LENGTH], "big")
        data = json.loads(zlib.decompress(packed[_LENGTH : _LENGTH + length]).decode("utf-8"))
        written = zlib.decompress(packed[_LENGTH + length :]) if output else b""
    except (zlib.error, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    record = Record(tuple(data["anchors"]), data["links"], data["meta"], tuple(data["keys"]))
    return record, written


def signature(catalog: PageCatalog, path: str) -> list[Any]:
    """What the catalog adds to the page at ``path`` on its way to its written bytes."""
    script = catalog.scripts.packed(path)
    return [
        catalog.titles.get(path),
        catalog.boosts.get(path),
        catalog.keywords.get(path, ()),
        path in catalog.unsearchable,
        catalog.head_titles.get(path),
        catalog.descriptions.get(path),
        None if script is None else _digest(script),
    ]


@dataclass
class WrittenPages:
    """This build's pages as written, by key (``store``, kind ``written``): those it reuses, and those
    it writes and keeps."""

    store: ReuseStore = field(default_factory=ReuseStore)
    # Each generated page's key in this build, by path.
    keys: dict[str, str] = field(default_factory=dict)
    # The conversion and layout caches, whose entries a reused page keeps in use.
    kept: tuple[ReuseStore, ...] = ()
    # Pages whose conversion logged something: never kept.
    noisy: set[str] = field(default_factory=set)
    # Each page's layout key, as the theme's template found it (``layouts.ReusingTemplate``).
    layouts: dict[str, str] = field(default_factory=dict)
    # The links to anchors held by the pages reused, by the page's path (checked after the loop).
    links: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    reused: int = 0
    # The site folder the last build left, whose pages as written stand where they are unchanged.
    standing: StandingSite | None = None

    def plan(self, files: Iterable[File], base: str, catalog: PageCatalog, packed: dict[str, bytes]) -> int:
        """Keys every generated page (``packed``: its Markdown as packed, by path) and marks those kept
        under their key ``written``; returns how many."""
        self.keys = {
            path: key(base, path, "", repr(signature(catalog, path)), _digest(markdown))
            for path, markdown in packed.items()
        }
        marked = 0
        for file in files:
            found = self.keys.get(file.src_uri)
            if found is not None and isinstance(file, PackedFile) and self.store.has(found):
                # The address is worked out now, while MkDocs still takes the file for a page.
                _ = file.dest_uri, file.url
                file.written = self
                marked += 1
        self.reused = marked
        return marked

    def copy(self, file: File) -> None:
        """Writes the kept page of ``file`` where MkDocs would have, and gives its ``Page`` what MkDocs
        would have found reading and converting it; a page standing as the last build wrote it is left
        as it is (``standing``)."""
        found = self.keys[file.src_uri]
        stands = self.standing is not None and self.standing.stands(file.dest_uri, found)
        # A page standing: what MkDocs knew of it, kept beside the list of the site folder.
        packed = self.standing.head(file.dest_uri, found) if self.standing and stands else None
        packed = packed or self.store.get_packed(found)
        if packed is not None and self.standing is not None:
            self.standing.note_head(file.dest_uri, found, head(packed))
        unpacked = None if packed is None else unpack(packed, output=not stands)
        if unpacked is None:
            # Gone or damaged since ``plan`` found it: the next build makes the page again.
            self.store.forget(found)
            raise WrittenMissing(file.src_uri)
        record, output = unpacked
        self.store.used.add(found)
        for store, used in zip(self.kept, record.keys, strict=False):
            store.used.add(used)
        page = file.page
        if page is not None:
            page.meta = record.meta
            page.present_anchor_ids = set(record.anchors)
        if record.links:
            self.links[file.src_uri] = record.links
        if not stands:
            write_file(output, file.abs_dest_path)

    def keep(self, page: Page, output: str, conversion: str) -> None:
        """Keeps a generated page MkDocs just laid out (``output``, as it writes it), unless its
        conversion logged something; ``conversion`` is its conversion's key."""
        path = page.file.src_uri
        found = self.keys.get(path)
        if found is None or path in self.noisy or self.store.folder is None:
            return
        if self.standing is not None:  # the file MkDocs writes next is the page kept under this key
            self.standing.keys[page.file.dest_uri] = found
        links = {target.src_uri: dict(anchors) for target, anchors in (page.links_to_anchors or {}).items()}
        record = Record(
            anchors=tuple(sorted(page.present_anchor_ids or ())),
            links=links,
            meta=dict(page.meta),
            keys=(conversion, self.layouts.get(path, "")),
        )
        packed = pack(record, output.encode("utf-8", errors="xmlcharrefreplace"))
        self.store.put_packed(found, packed)
        if self.standing is not None:
            self.standing.note_head(page.file.dest_uri, found, head(packed))

    def check_links(self, files: Files, level: int) -> None:
        """The links of the pages reused to other pages' anchors, checked as MkDocs checks those of the
        pages it converted (``Page.validate_anchor_links``), with its words."""
        log = logging.getLogger("mkdocs.structure.pages")
        for path, links in sorted(self.links.items()):
            for target, anchors in sorted(links.items()):
                found = files.get_file_from_path(target)
                page = None if found is None else found.page
                present = None if page is None else page.present_anchor_ids
                if present is None:
                    continue
                for anchor, original in anchors.items():
                    if anchor in present:
                        continue
                    if target == path:
                        problem = "there is no such anchor on this page"
                        context = (
                            " This seems to be a footnote that is never referenced."
                            if anchor.startswith("fnref:")
                            else ""
                        )
                    else:
                        problem, context = f"the doc '{target}' does not contain an anchor '#{anchor}'", ""
                    log.log(level, f"Doc file '{path}' contains a link '{original}', but {problem}.{context}")
        self.links = {}


def only_ours(events: dict[str, list[Any]], names: Iterable[str] = PAGE_EVENTS) -> bool:
    """Whether every handler of a page's events (``PAGE_EVENTS``, or ``names``; from MkDocs' plugin
    collection) is this package's: another plugin's (Material's own search, a hook) must see every
    page."""
    return all(
        getattr(handler, "__module__", "").startswith("generator.")
        for name in names
        for handler in events.get(name, ())
    )


class WrittenMissing(PluginError):
    """A kept page could not be read back in the build that planned to reuse it: MkDocs stops the
    build with this one line (no traceback), and the next build makes the page again."""

    def __init__(self, path: str) -> None:
        super().__init__(
            f"explainer: the cache's copy of {path} is damaged or gone, so this build stopped; it is "
            "forgotten now: build again (EXPLAINER_REUSE=0 builds without the cache)"
        )


def site_shape(nav: Any, files: Iterable[File], problems: Any) -> str:
    """The site's shape: every file by where it comes from and goes and whether it is in the menu,
    the menu as given to MkDocs, the hand-written pages' text and the problems shown in banners."""
    listed = []
    written = []
    for file in files:
        listed.append((file.src_uri, file.dest_uri, file.inclusion.name))
        if file.src_dir is not None and file.is_documentation_page():
            written.append((file.src_uri, _digest(file.content_bytes)))
    return fingerprint([nav, listed, written, problems])


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
