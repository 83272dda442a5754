"""Pages converted to HTML in an earlier build, reused when nothing that makes them has changed.

Converting Markdown to HTML is most of a build's work (Python-Markdown's inline processing alone is
about half of it), and an edit to one story leaves every other page's Markdown as it was. A page's
conversion is therefore kept under a key made of everything it is a function of: its Markdown, its
path, and a fingerprint of the converter (the Markdown extensions and their settings, the versions
of the packages doing the work). What it looked up among the site's other files while it was
converted (the targets of its links) is kept with it, and the adapter reuses a conversion only when
every lookup gives the same answer in this build; otherwise the page is converted again. So a link
to a page that no longer exists is reported exactly as a fresh conversion reports it.

``ReuseStore`` holds conversions in memory for this build and, given a folder, on disk between
builds (``.cache/explainer`` by default), one small compressed file per conversion, written
atomically. Nothing here imports MkDocs: ``Conversion`` is plain data.
"""

from __future__ import annotations

import hashlib
import json
import os
import zlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from generator.checking.loadcache import atomic_write

# Raise when the layout of a stored conversion changes: older ones are then never read.
FORMAT = 1
# The environment variable that turns reuse off (``0``, ``false`` or ``no``), like the plugin's ``reuse``.
REUSE_VARIABLE = "EXPLAINER_REUSE"


@dataclass(frozen=True)
class Lookup:
    """One look-up of another file during a conversion: its path, its address then (None: not
    found), and whether it was left out of the site."""

    path: str
    url: str | None
    excluded: bool = False


@dataclass(frozen=True)
class Conversion:
    """What converting one page gave: its HTML, table of contents (nested tokens: level, id, name,
    children), title, anchors, links to other pages' anchors (by the linked page's path), the
    look-ups it made, and what it logged (logger, level, message)."""

    html: str
    toc: list[dict[str, Any]] = field(default_factory=list)
    title: str | None = None
    anchors: tuple[str, ...] = ()
    links_to_anchors: dict[str, dict[str, str]] = field(default_factory=dict)
    lookups: tuple[Lookup, ...] = ()
    logged: tuple[tuple[str, int, str], ...] = ()

    def pack(self) -> bytes:
        data = {**asdict(self), "format": FORMAT}
        return zlib.compress(json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8"), 1)

    @classmethod
    def unpack(cls, packed: bytes) -> Conversion | None:
        """The conversion ``pack`` gave, or None for one of another format or a damaged file."""
        try:
            data = json.loads(zlib.decompress(packed).decode("utf-8"))
        except (zlib.error, UnicodeDecodeError, ValueError):
            return None
        if not isinstance(data, dict) or data.pop("format", None) != FORMAT:
            return None
        return cls(
            html=data["html"],
            toc=data["toc"],
            title=data["title"],
            anchors=tuple(data["anchors"]),
            links_to_anchors=data["links_to_anchors"],
            lookups=tuple(Lookup(**lookup) for lookup in data["lookups"]),
            logged=tuple((name, level, message) for name, level, message in data["logged"]),
        )


def fingerprint(parts: Iterable[object]) -> str:
    """A hash of the converter's settings and versions (each part as JSON, or its repr)."""
    digest = hashlib.sha256(str(FORMAT).encode())
    for part in parts:
        digest.update(json.dumps(part, sort_keys=True, default=repr).encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


def key(converter: str, path: str, markdown: str, *extra: str) -> str:
    """The key of a page's conversion: the converter's fingerprint, the page's path and Markdown."""
    digest = hashlib.sha256()
    for part in (converter, path, *extra, markdown):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def packed_text(text: str) -> bytes:
    """A text as ``ReuseStore.get_text`` reads it back."""
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 1)


def reuse_wanted(configured: bool, environ: dict[str, str] | None = None) -> bool:
    """Whether to keep conversions on disk: the plugin's ``reuse`` unless EXPLAINER_REUSE says no."""
    value = (os.environ if environ is None else environ).get(REUSE_VARIABLE, "").strip().lower()
    return configured and value not in ("0", "false", "no", "off")


class ReuseStore:
    """Conversions by key: those of this build in memory, and all on disk under ``folder`` (if any).

    ``kind`` names the subfolder (``pages``: conversions; ``layouts``: pages laid out by the theme,
    see ``texts``). With ``hold`` False, what is put is only written to disk (read again in a later
    build, never in this one: a build need not hold every page's output), and without a folder it is
    not kept at all. ``keep`` never holds: a page's conversion made in MkDocs' own loop is read
    again only by a later build (only conversions made ahead by workers are read in this one)."""

    def __init__(self, folder: Path | None = None, kind: str = "pages", *, hold: bool = True) -> None:
        self.folder = folder
        self.kind = kind
        self.hold = hold
        self._memory: dict[str, bytes] = {}
        # Without a folder: where what workers make ahead waits for the build to read it, so that a
        # build without reuse does not hold every page's conversion and layout (``handed``).
        self.spool: Path | None = None
        # The keys this build read or wrote: the rest are pruned after a build of every story.
        self.used: set[str] = set()
        # The keys workers made ahead in this build (``put_ahead``).
        self.ahead: set[str] = set()
        # In a worker: each key used, in order, for the build to mark used too (``journal``).
        self._journal: list[str] | None = None

    def get(self, key: str) -> Conversion | None:
        """The conversion under ``key`` (taken out of memory: each is read once a build), or None."""
        packed = self.get_packed(key)
        conversion = None if packed is None else Conversion.unpack(packed)
        if conversion is not None:
            self._use(key)
        return conversion

    def get_packed(self, key: str) -> bytes | None:
        """What was put under ``key`` (taken out of memory), as put, or None."""
        packed = self._memory.pop(key, None)
        if packed is None and self.folder is not None:
            try:
                packed = self._path(key).read_bytes()
            except OSError:
                packed = None
        if packed is None and self.spool is not None:
            try:
                spooled = self._spooled(key)
                packed = spooled.read_bytes()
                spooled.unlink()  # read once
            except OSError:
                packed = None
        return packed

    def get_text(self, key: str) -> str | None:
        """The text ``put_text`` put under ``key``, or None (none, or a damaged file)."""
        packed = self.get_packed(key)
        try:
            text = None if packed is None else zlib.decompress(packed).decode("utf-8", "surrogatepass")
        except (zlib.error, UnicodeDecodeError):
            return None
        if text is not None:
            self._use(key)
        return text

    def put_text(self, key: str, text: str) -> None:
        self.put_packed(key, packed_text(text))

    def has(self, key: str) -> bool:
        return key in self._memory or (self.folder is not None and self._path(key).is_file())

    def put(self, key: str, conversion: Conversion) -> None:
        self.put_packed(key, conversion.pack())

    def keep(self, key: str, conversion: Conversion) -> None:
        """Keeps a conversion for later builds only: on disk when there is a folder, never in memory."""
        self._use(key)
        if self.folder is not None:
            self._write(key, conversion.pack())

    def put_packed(self, key: str, packed: bytes) -> None:
        """Keeps a packed conversion for this build, and on disk when there is a folder."""
        if self.hold:
            self._memory[key] = packed
        self._use(key)
        if self.folder is not None:
            self._write(key, packed)

    def handed(self, key: str, packed: bytes) -> tuple[str, bytes | None]:
        """In a worker making ahead for the build: written to disk when there is a folder or a spool
        (the build reads it there); what the build must hold otherwise (``put_ahead``)."""
        if self.folder is not None:
            self._write(key, packed)
        elif self.spool is not None:
            atomic_write(self._spooled(key), packed)
        else:
            return key, packed
        return key, None

    def put_ahead(self, key: str, packed: bytes | None) -> None:
        """What a worker made ahead (``handed``), for this build to read once: held in memory only when
        there is no folder to read it from, whatever ``hold`` says."""
        self._use(key)
        self.ahead.add(key)
        if packed is not None:
            self._memory[key] = packed

    def _use(self, key: str) -> None:
        self.used.add(key)
        if self._journal is not None:
            self._journal.append(key)

    def journal(self) -> list[str]:
        """In a worker: the keys used from now on, in order (the build marks them used: a worker's
        ``used`` is its own)."""
        if self._journal is None:
            self._journal = []
        return self._journal

    def made_ahead(self, key: str) -> bool:
        """Whether a worker made what is under ``key`` in this build (``put_ahead``)."""
        return key in self.ahead

    def forget(self, key: str) -> None:
        """What is kept under ``key`` goes (a damaged file, say)."""
        self._memory.pop(key, None)
        if self.folder is not None:
            self._path(key).unlink(missing_ok=True)

    def prune(self) -> int:
        """Deletes the conversions on disk that this build did not use; returns how many."""
        if self.folder is None or not (self.folder / self.kind).is_dir():
            return 0
        removed = 0
        for path in (self.folder / self.kind).glob("*/*"):
            if path.name not in self.used:
                path.unlink(missing_ok=True)
                removed += 1
        return removed

    def _spooled(self, key: str) -> Path:
        assert self.spool is not None
        return self.spool / self.kind / key

    def _path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / self.kind / key[:2] / key

    def _write(self, key: str, packed: bytes) -> None:
        """Written to a temporary file, then renamed: a reader sees the whole file or none."""
        atomic_write(self._path(key), packed)


@dataclass
class Caches:
    """What a build reuses: pages' conversions, their layouts by the theme, stories' parts, and pages
    as written."""

    pages: ReuseStore = field(default_factory=ReuseStore)
    layouts: ReuseStore = field(default_factory=ReuseStore)
    stories: ReuseStore = field(default_factory=ReuseStore)
    written: ReuseStore = field(default_factory=ReuseStore)
    # Where they are kept on disk (None: in memory only).
    folder: Path | None = None

    @classmethod
    def at(cls, folder: Path | None) -> Caches:
        """On disk under ``folder`` (layouts and parts not held in memory too), or memory only."""
        return cls(
            ReuseStore(folder),
            ReuseStore(folder, "layouts", hold=False),
            ReuseStore(folder, "stories", hold=False),
            ReuseStore(folder, "written", hold=False),
            folder,
        )

    def prune(self) -> None:
        """After a build of every story: what it did not use goes."""
        for store in (self.pages, self.layouts, self.stories, self.written):
            store.prune()
