"""Each story's pages kept between builds, made again only when something they are made of changed.

Making a story's pages (its part of the site: ``pages.StoryPart``) is a function of the story's
dossier (its files, with what loading the site put in it: shared actors' records, appearances in
other stories, its thread), its history, the site's name, the templates and the generator's code;
and of what it reads of the other stories through ``Across``: their dossiers, the reading order,
the pages of the people index, whether figures across stories are in pages. The first group and the
site-wide values make the part's key; the other stories it read are recorded while the part is made
(``recording``) and kept with it, each with a digest of its dossier. A kept part is used only when
every story it read is still there with the same digest; otherwise it is made again, as in a build
without the cache. So an edit to one story makes again that story and the stories that read it.

Kept as a pickle of plain tuples (``ReuseStore``, kind ``stories``): its pages are already packed,
and as JSON they were written out in base64 and read back one page at a time (3.9 s to read 995
kept parts in a one-word rebuild at 1,000 stories). Nothing here imports MkDocs.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.metadata
import pickle
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast

import pydantic

import generator
from generator.format.dossier import Dossier
from generator.site import quantities
from generator.site.across import Across, Figure
from generator.site.crossref import CrossReference
from generator.site.exports import Download
from generator.site.pages import NavItem, Page, StoryMap, StoryPart
from generator.site.reuse import ReuseStore, fingerprint

# Raise when the layout of a kept part changes: older ones are then never read.
FORMAT = 4
T = TypeVar("T")
P = TypeVar("P")
# Packages whose code makes the pages besides the generator's own.
MAKERS = ("jinja2", "markupsafe", "pydantic")


@dataclass
class Reprs:
    """Each entry's ``repr`` (its fields, one by one), kept by the entry itself between digests.

    Entries are frozen pydantic models, and a story not read again keeps its very entries (under
    `serve` the stories are held as read), so an unchanged story's entries are not written out
    again on every rebuild. Only the entries of the last round are kept (``turn``), with the
    entries themselves, so an id is never another entry's."""

    kept: dict[int, tuple[object, str]] = field(default_factory=dict)
    used: dict[int, tuple[object, str]] = field(default_factory=dict)

    def of(self, value: object) -> str:
        if not isinstance(value, pydantic.BaseModel):
            return repr(value)
        found = self.used.get(id(value)) or self.kept.get(id(value))
        if found is None or found[0] is not value:
            found = (value, repr(value))
        self.used[id(value)] = found
        return found[1]

    def turn(self) -> None:
        """What this round used is what the next one may reuse."""
        self.kept, self.used = self.used, {}


def digest(dossier: Dossier, reprs: Reprs | None = None) -> str:
    """A digest of everything a dossier holds: every field, and each entry's ``repr`` (``Reprs``)."""
    reprs = reprs or Reprs()
    sha = hashlib.sha256()
    for name in (f.name for f in dataclasses.fields(dossier)):
        value = getattr(dossier, name)
        entries = value if isinstance(value, tuple) else (value,)
        sha.update(f"{name}\0{len(entries)}\0".encode())
        for entry in entries:
            sha.update(reprs.of(entry).encode("utf-8", "surrogatepass") + b"\0")
    return sha.hexdigest()


def code_fingerprint(folders: Sequence[str]) -> str:
    """The generator's code and the template ``folders`` (file by file), and the makers' versions."""
    sha = hashlib.sha256()
    roots = [Path(generator.__file__).parent, *map(Path, folders)]
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                sha.update(f"{path.relative_to(root).as_posix()}\0".encode() + path.read_bytes() + b"\0")
    versions = [f"{name} {importlib.metadata.version(name)}" for name in MAKERS]
    return fingerprint([sys.version, versions, sha.hexdigest()])


# Parts by key, each with the digests of the stories it read.
HeldParts = dict[str, tuple[dict[str, str | None], StoryPart]]


@dataclass(frozen=True)
class RecordedPart(StoryPart):
    """A story's part with the slugs of the other stories it read while it was made."""

    reads: tuple[str, ...] = ()


@dataclass
class _Xrefs(Mapping[str, CrossReference]):
    """The stories' cross-references, recording each one read (all of them when listed)."""

    inner: Mapping[str, CrossReference]
    reads: set[str]

    def __getitem__(self, slug: str) -> CrossReference:
        self.reads.add(slug)
        return self.inner[slug]

    def __contains__(self, slug: object) -> bool:
        self.reads.add(str(slug))
        return slug in self.inner

    def __iter__(self) -> Iterator[str]:
        for slug in self.inner:
            self.reads.add(slug)
            yield slug

    def __len__(self) -> int:
        self.reads.update(self.inner)
        return len(self.inner)


@dataclass
class _Figures(Mapping[str, tuple[Figure, ...]]):
    """Each quantity's figures, recording the stories of those read (all of them when listed)."""

    inner: Mapping[str, tuple[Figure, ...]]
    reads: set[str]

    def __getitem__(self, quantity: str) -> tuple[Figure, ...]:
        """The figures (which stories give one, and which numbers: ``figures_read``); the stories whose
        figures a page shows it reads through the cross-references."""
        found = self.inner[quantity]
        self.reads.add(figures_read(quantity))
        return found

    def __iter__(self) -> Iterator[str]:
        for found in self.inner.values():
            self.reads.update(figure.dossier.slug for figure in found)
        return iter(self.inner)

    def __len__(self) -> int:
        return len(list(iter(self)))


def figures_read(quantity: str) -> str:
    """What a page reads of a quantity's figures when it counts them: which stories give which numbers."""
    return f"figures of {quantity}"


def digests_of(
    xrefs: Sequence[CrossReference],
    across: Across,
    reprs: Reprs | None = None,
    known: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """What a story's part may read, each with its digest: every dossier (by slug), and which
    numbers of which stories each quantity has (``figures_read``). ``known``: the dossiers' digests
    loading knew (``Site.digests``), the others written out entry by entry (``digest``); ``reprs``:
    under `serve`, the entries' ``repr`` kept between rebuilds (a build of its own keeps none: at
    1,000 stories they would hold about 125 MB to the end of the build for nothing)."""
    known = known or {}
    digests = {
        xref.dossier.slug: known.get(xref.dossier.slug) or digest(xref.dossier, reprs) for xref in xrefs
    }
    if reprs is not None:
        reprs.turn()
    for quantity, found in across.figures.items():
        digests[figures_read(quantity)] = fingerprint([(f.dossier.slug, f.number.id) for f in found])
    return digests


def recording(across: Across) -> tuple[Across, set[str]]:
    """``across`` that records the slugs of the stories read through it, and the set it fills."""
    reads: set[str] = set()
    seen = Across(_Xrefs(across.xrefs, reads), across.order, _Figures(across.figures, reads), across.listed)
    seen.__dict__["shared"] = across.shared  # worked out over every story, and keyed as ``in_pages``
    return seen, reads


@dataclass
class StoryCache:
    """Story parts kept in ``store``; ``code`` is ``code_fingerprint`` of this build."""

    store: ReuseStore
    code: str
    made: list[str] = field(default_factory=list)
    # Under `serve`: the parts of the last build, as made or read (with the digests of the stories
    # each read), held between rebuilds so that a kept part is not read and decoded again.
    held: HeldParts | None = None
    # Under `serve`: each entry's ``repr``, for the digests of the stories (``Reprs``).
    reprs: Reprs | None = None

    def parts(
        self,
        make: Callable[[int, Across], StoryPart],
        xrefs: Sequence[CrossReference],
        across: Across,
        inputs: Sequence[str],
        stories: StoryMap,
        wanted: Sequence[int] | None = None,
        known: Mapping[str, str] | None = None,
    ) -> list[StoryPart]:
        """Every story's part in order: kept ones when they still hold, the others made by
        ``make(index, across)`` through ``stories``; ``inputs[index]`` is the rest of what story
        ``index`` is made of (its history, the site's name), as text. With ``wanted`` (indexes, a
        shard's own stories), only those parts, in that order; what they read is digested over every
        story all the same, so that a part kept by one shard holds for any build. ``known``: the
        dossiers' digests loading knew (``digests_of``)."""
        digests = digests_of(xrefs, across, self.reprs, known)
        chosen = list(range(len(xrefs)) if wanted is None else wanted)
        keys = dict(
            zip(
                chosen,
                self._keys([xrefs[i] for i in chosen], across, [inputs[i] for i in chosen], digests),
                strict=True,
            )
        )
        used: HeldParts = {}
        found: dict[int, StoryPart | None] = {
            index: self._kept(keys[index], digests, used) for index in chosen
        }
        missing = [index for index in chosen if found[index] is None]
        self.made = [xrefs[index].dossier.slug for index in missing]

        def recorded(position: int) -> StoryPart:
            seen, reads = recording(across)
            part = make(missing[position], seen)
            return RecordedPart(part.pages, part.downloads, part.jsonld, part.nav, tuple(sorted(reads)))

        for index, part in zip(missing, stories(recorded, len(missing)), strict=True):
            reads = part.reads if isinstance(part, RecordedPart) else tuple(digests)  # made here
            read = {slug: digests.get(slug) for slug in reads}
            self.store.put_packed(keys[index], _dumps(part, read))
            made = found[index] = StoryPart(part.pages, part.downloads, part.jsonld, part.nav)
            used[keys[index]] = (read, made)
        if self.held is not None:  # only this build's parts stay
            self.held.clear()
            self.held.update(used)
        return [part for part in found.values() if part is not None]

    def across_stories(
        self,
        name: str,
        dossiers: Sequence[Dossier],
        digests: Mapping[str, str],
        read: Callable[[Dossier], P],
        make: Callable[[list[P]], T],
    ) -> T:
        """``make`` of what ``read`` reads of each story (pages made from every story), kept under
        ``name`` and a digest of what was read: an edit that changes none of it makes none of them
        again (the index A to Z took 4.8 s of a one-word rebuild at 1,000 stories). What was read of a
        story is known by its digest from the dossier's (``digests``, ``Site.digests``), so an
        unchanged story is not read at all."""
        memo_key = fingerprint([FORMAT, self.code, "across stories", name, "read"])
        memo = self._unpickled(memo_key)
        known: dict[str, str] = memo if isinstance(memo, dict) else {}
        kept: dict[str, str] = {}
        reads: dict[int, P] = {}
        parts = []
        for index, dossier in enumerate(dossiers):
            whole = digests.get(dossier.slug)
            found = known.get(whole) if whole else None
            if found is None:
                reads[index] = read(dossier)
                found = fingerprint([reads[index]])
            if whole:
                kept[whole] = found
            parts.append((dossier.slug, found))
        if kept != known:
            self._put(memo_key, kept)
        self.store.used.add(memo_key)
        # What was read of each story, by its digest: made again, the pages read only the stories
        # that changed (reading the entries of 1,000 stories took 1.8 s of a rebuild).
        reads_key = fingerprint([FORMAT, self.code, "across stories", name, "reads"])
        self.store.used.add(reads_key)
        key = fingerprint([FORMAT, self.code, "across stories", name, parts])

        def made() -> T:
            earlier = self._unpickled(reads_key) if len(reads) < len(dossiers) else None
            read_before: dict[str, P] = earlier if isinstance(earlier, dict) else {}
            every: list[P] = []
            for index, dossier in enumerate(dossiers):
                whole = digests.get(dossier.slug)
                if index not in reads:
                    reads[index] = read_before[whole] if whole in read_before else read(dossier)
                every.append(reads[index])
            by_digest = {
                whole: reads[index]
                for index, dossier in enumerate(dossiers)
                if (whole := digests.get(dossier.slug))
            }
            self._put(reads_key, by_digest)
            return make(every)

        return self._kept_or_made(key, made)

    def one(
        self, name: str, digests: Mapping[str, str], what: str, slugs: Sequence[str], make: Callable[[], T]
    ) -> T:
        """``make()`` of a page made from the stories ``slugs`` alone and ``what`` (the rest of what
        makes it, as text), kept under a digest of both: a listing page whose stories did not change
        is not made again (the home page's and the topics' 151 pages took 1.9 s of a rebuild at 1,000
        stories). Made without keeping when a story's digest is unknown."""
        if any(slug not in digests for slug in slugs):
            return make()
        key = fingerprint([FORMAT, self.code, name, what, [(slug, digests[slug]) for slug in slugs]])
        return self._kept_or_made(key, make)

    def _kept_or_made(self, key: str, make: Callable[[], T]) -> T:
        """What was kept under ``key``, else ``make()``, kept under it."""
        found = self._unpickled(key)
        if found is not None:
            return cast(T, found[0])
        made = make()
        self._put(key, (made,))
        return made

    def _put(self, key: str, value: object) -> None:
        self.store.put_packed(key, pickle.dumps((FORMAT, value), protocol=pickle.HIGHEST_PROTOCOL))

    def _unpickled(self, key: str) -> Any:
        """What was kept under ``key`` (as ``(FORMAT, value)``), marked used; None when there is none
        or it is damaged or of another format."""
        packed = self.store.get_packed(key)
        if packed is None:
            return None
        try:
            version, value = pickle.loads(packed)
        except Exception:  # whatever a damaged file raises: it is made again
            return None
        if version != FORMAT:
            return None
        self.store.used.add(key)
        return value

    def _keys(
        self,
        xrefs: Sequence[CrossReference],
        across: Across,
        inputs: Sequence[str],
        digests: Mapping[str, str],
    ) -> list[str]:
        """Each story's key: its dossier, its inputs, and what every story's part shares."""
        listed: dict[str, list[tuple[str, str]]] = {}
        for (slug, actor), page in across.listed.items():
            listed.setdefault(slug, []).append((actor, page))
        order = fingerprint(sorted(across.order.items()))
        shared = fingerprint([FORMAT, self.code, order, quantities.in_pages(across)])
        return [
            fingerprint(
                [shared, xref.dossier.slug, digests[xref.dossier.slug], text, listed.get(xref.dossier.slug)]
            )
            for xref, text in zip(xrefs, inputs, strict=True)
        ]

    def _kept(self, key: str, digests: Mapping[str, str], used: HeldParts) -> StoryPart | None:
        """The part kept under ``key`` when every story it read is unchanged, else None; recorded in
        ``used`` with what it read."""
        held = self.held.get(key) if self.held is not None else None
        if held is not None:
            if any(digests.get(s) != d for s, d in held[0].items()):
                return None
            used[key] = held
            self.store.used.add(key)  # its file stays when the cache is pruned
            return held[1]
        packed = self.store.get_packed(key)
        data = None if packed is None else _loads(packed)
        if data is None or any(digests.get(s) != d for s, d in data[0].items()):
            return None
        self.store.used.add(key)
        used[key] = data
        return data[1]


def _dumps(part: StoryPart, reads: Mapping[str, str | None]) -> bytes:
    pages = [
        (
            p.path,
            p.title,
            p.packed,
            p.in_nav,
            p.search_boost,
            p.keywords,
            p.searchable,
            p.head_title,
            p.description,
        )
        for p in part.pages
    ]
    downloads = [(d.path, d.label, d.media_type, d.content) for d in part.downloads]
    data = (FORMAT, dict(reads), pages, downloads, dict(part.jsonld), _nav_data(part.nav))
    return pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)


def _loads(packed: bytes) -> tuple[dict[str, str | None], StoryPart] | None:
    """What ``_dumps`` kept: the digests of the stories the part read, and the part; None for another
    format or a damaged file (the part is then made again)."""
    try:
        version, reads, pages, downloads, jsonld, nav = pickle.loads(packed)
        if version != FORMAT:
            return None
        part = StoryPart(
            tuple(Page(*page) for page in pages),
            tuple(Download(*download) for download in downloads),
            jsonld,
            _nav(nav),
        )
    except Exception:  # whatever a damaged or foreign file raises: it is not a part
        return None
    return reads, part


def _nav_data(item: NavItem) -> tuple[Any, ...]:
    return (item.title, item.path, tuple(_nav_data(child) for child in item.children))


def _nav(data: tuple[Any, ...]) -> NavItem:
    title, path, children = data
    return NavItem(title, path, tuple(_nav(child) for child in children))
