"""Loading a content folder: find the dossiers, read their files, validate, place every diagnostic.

``load_site`` is the one entry point the CLI and the MkDocs plugin share.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.checking.diagnostics import Diagnostic, has_failures, problem, with_sources
from generator.checking.discovery import dossier_files, dossier_folders
from generator.checking.duplicates import Placements, duplicate_actors
from generator.checking.evidence import SNAPSHOT_FOLDER, stored_text_files
from generator.checking.footprint import shared, shared_anew
from generator.checking.loadcache import LoadCache, LoadedStory, linked_digest
from generator.checking.official import official_across, shared_staters
from generator.checking.settings import read_settings, share_problems
from generator.checking.shared import resolve_shared, resolve_thread
from generator.checking.validate import check_dossier
from generator.checking.yamlfile import MAX_BYTES, YamlDocument, locate_all, read_yaml
from generator.errors import DossierError
from generator.format.dossier import Dossier, Site
from generator.format.model import KIND_BY_FILE, Meta

# How the stories are read: ``map(read, count)`` gives ``[read(0), ..., read(count - 1)]``, in worker
# processes for a build on every core (``generator.plugin.workers.forked_map``).
LoadMap = Callable[[Callable[[int], LoadedStory], int], Sequence[LoadedStory]]


@dataclass(frozen=True)
class LoadResult:
    """What loading found: the site (None when there is an error) and every diagnostic, sorted."""

    site: Site | None
    diagnostics: tuple[Diagnostic, ...]
    # Every dossier that loaded without an error, even when another one failed (sorted by slug).
    dossiers: tuple[Dossier, ...] = ()

    def failed(self, strict: bool = False) -> bool:
        return self.site is None or has_failures(self.diagnostics, strict)

    def raise_for_problems(self, strict: bool = False) -> Site:
        if self.site is None or self.failed(strict):
            raise DossierError(self.diagnostics)
        return self.site


def display_path(path: Path) -> str:
    """A path as a contributor would type it: relative to the working folder when possible."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def load_site(
    content_dir: Path,
    *,
    check_snapshots: bool = True,
    max_bytes: int = MAX_BYTES,
    kept: LoadCache | None = None,
    each: LoadMap | None = None,
) -> LoadResult:
    """Load every dossier under ``content_dir``. Never raises for bad content. With ``kept``, a story
    (and the whole site) none of whose files changed is taken as loaded before (``loadcache``). The
    stories are read and checked one by one, or through ``each`` (in workers, each returning its
    story); the checks across stories follow here."""
    content_dir = Path(content_dir)
    display = display_path(content_dir)
    if not content_dir.is_dir():
        found = [
            problem(
                display,
                "dossier-missing",
                "the content folder does not exist",
                "create it with one folder per dossier, or point the tool at the right folder",
                line=1,
                col=1,
            )
        ]
        return LoadResult(None, tuple(found))
    root = content_dir.resolve()
    folders = dossier_folders(content_dir)
    settings, diagnostics = read_settings(content_dir)
    options: dict[str, Any] = {
        "check_snapshots": check_snapshots,
        "max_bytes": max_bytes,
        "max_share": settings.stored_text_max_share,
    }
    keys = [kept.story_key(folder, root, options) if kept else "" for folder in folders]
    # Under `serve` (``hold``) the stories are kept in memory and each rebuild follows an edit: the
    # whole site's result would never be used again, and taking it would leave the stories unread.
    whole = kept is not None and not kept.hold
    site_key = kept.site_key(content_dir, zip(folders, keys, strict=True), options) if kept else ""
    if kept is not None:
        kept.keep_files()
    if whole and kept is not None and (loaded := kept.get(site_key, LoadResult)) is not None:
        kept.keep(keys)  # the stories stay kept for the build after an edit to one of them
        return loaded
    dossiers: list[Dossier] = []
    if not folders:
        diagnostics.append(
            problem(
                display,
                "dossier-missing",
                "the content folder holds no dossier",
                "add a folder such as content/my-story/ with a dossier.yaml",
                line=1,
                col=1,
            )
        )

    # The stories kept are taken here; those read again, one by one or through ``each``.
    stories: list[LoadedStory | None] = (
        kept.get_all(keys, LoadedStory) if kept is not None else [None] * len(keys)
    )
    missing = [index for index, story in enumerate(stories) if story is None]

    def read(number: int) -> LoadedStory:
        index = missing[number]
        return _story(folders[index], root, options, kept, keys[index])

    made = [read(number) for number in range(len(missing))] if each is None else each(read, len(missing))
    for index, story in zip(missing, made, strict=True):
        stories[index] = story
    if kept is not None:  # a worker's writes to the cache are not seen here
        kept.keep(keys)
    for story in filter(None, stories):
        diagnostics.extend(story.diagnostics)
        if story.dossier is not None:
            dossiers.append(story.dossier)
    placements = kept.placements if kept is not None and kept.hold else None
    read_keys = (
        {}
        if kept is None
        else {
            story.dossier.slug: key
            for story, key in zip(stories, keys, strict=True)
            if story and story.dossier
        }
    )
    result = _linked(content_dir, folders, dossiers, diagnostics, placements, read_keys)
    if whole and kept is not None and not missing:
        # Kept only when no story was read again: a build after an edit would pickle the whole
        # publication (2.4 s at 1,000 stories) for a build with no edit, which is rarely next.
        kept.put(site_key, result)
    return result


def _story(
    folder: Path, root: Path, options: dict[str, Any], kept: LoadCache | None, key: str
) -> LoadedStory:
    """One story read and checked (the caller found nothing kept under ``key``), then kept."""
    dossier, diagnostics = load_dossier(folder, root, **options)
    found = LoadedStory(None if dossier is None else shared(dossier), tuple(diagnostics))
    if kept is not None:
        kept.put(key, found)
    return found


def load_story(content_dir: Path, slug: str, *, check_snapshots: bool = True) -> LoadResult:
    """One story and the stories it draws on (the records of its shared actors, the story it
    follows), for previewing one story in a large repository: the others are not read."""
    content_dir = Path(content_dir)
    root = content_dir.resolve()
    settings, diagnostics = read_settings(content_dir)
    loaded: dict[str, Dossier | None] = {}
    wanted = [slug]
    while wanted:
        name = wanted.pop()
        if name in loaded or not (content_dir / name).is_dir():
            continue
        dossier, found = load_dossier(
            content_dir / name,
            root,
            check_snapshots=check_snapshots,
            max_share=settings.stored_text_max_share,
        )
        loaded[name] = dossier
        if name != slug or dossier is None:
            diagnostics.extend(d for d in found if name == slug)
            continue
        diagnostics.extend(found)
        wanted.extend(entry.actor.split("/", 1)[0] for entry in dossier.shared_actors)
        if dossier.meta.follows:
            wanted.append(dossier.meta.follows)
    dossiers = [d for d in loaded.values() if d is not None]
    return _linked(content_dir, [content_dir / name for name in sorted(loaded)], dossiers, diagnostics)


def _linked(
    content_dir: Path,
    folders: list[Path],
    dossiers: list[Dossier],
    diagnostics: list[Diagnostic],
    placements: Placements | None = None,
    keys: Mapping[str, str] | None = None,
) -> LoadResult:
    """The loaded dossiers with what links them resolved: actors shared across dossiers (which
    can only be resolved once every dossier is loaded) and the threads of stories; ``placements``
    keeps the warnings on actors recorded twice placed between builds (``duplicates``). With
    ``keys`` (each story's key in the cache, by slug), the site knows each dossier's digest."""
    slugs = [f.name for f in folders]
    display = {f.name: display_path(f) for f in folders}
    read = {dossier.slug: dossier for dossier in dossiers}
    dossiers, found = resolve_shared(dossiers, slugs, display)
    diagnostics.extend(found)
    diagnostics.extend(shared_staters(dossiers, display))
    diagnostics.extend(official_across(dossiers, display))
    dossiers, found = resolve_thread(dossiers, slugs, display)
    diagnostics.extend(found)
    diagnostics.extend(duplicate_actors(dossiers, display, placements))
    diagnostics = sorted(with_sources(diagnostics))
    ok = not any(d.severity == "error" for d in diagnostics) and len(dossiers) == len(folders) and dossiers
    digests = {
        d.slug: linked_digest(keys[d.slug], read[d.slug], d)
        for d in dossiers
        if keys and d.slug in keys and d.slug in read
    }
    # Held to the end of the build: equal values once. The stories ``load_site`` read came from the
    # cache, from workers or from ``_story``, each shared as a whole: only what the checks across
    # stories made anew is walked. ``load_story``'s are shared here.
    loaded = tuple(
        sorted(
            (
                shared_anew(dossier, read.get(dossier.slug) if keys is not None else None)
                for dossier in dossiers
            ),
            key=lambda d: d.slug,
        )
    )
    return LoadResult(Site(content_dir, loaded, digests) if ok else None, tuple(diagnostics), loaded)


def load_dossier(
    folder: Path,
    root: Path,
    *,
    check_snapshots: bool = True,
    max_bytes: int = MAX_BYTES,
    max_share: float | None = None,
) -> tuple[Dossier | None, list[Diagnostic]]:
    """Read and validate one dossier folder; diagnostics come back with positions. ``max_share``
    is the repository's cap on how much of a source's text its stored passages keep."""
    if folder.is_symlink() and not _inside(folder, root):
        return None, [
            problem(
                display_path(folder),
                "file-outside",
                "this dossier folder is a symlink to a place outside the content folder",
                "move the dossier into the content folder",
                line=1,
                col=1,
            )
        ]
    reader = _FolderReader(folder, root, max_bytes)
    files = dossier_files(folder)
    meta_doc: YamlDocument | None = None
    for path in files.meta:
        meta_doc = reader.read(path)
    docs: dict[str, list[YamlDocument]] = {}
    for kind, paths in files.kinds.items():
        for path in paths:
            doc = reader.read(path)
            if doc is not None:
                docs.setdefault(kind, []).append(doc)
    found = reader.found
    found += [_unknown_file(path) for path in files.unknown]
    stored = reader.stored_texts(max_share)
    if not files.meta:
        found.append(
            problem(
                display_path(folder),
                "dossier-missing",
                "this dossier folder has no dossier.yaml",
                "add dossier.yaml with title, slug, summary, language, published, last_reviewed and licence",
                line=1,
                col=1,
            )
        )
    dossier, checked = check_dossier(
        folder, display_path(folder), meta_doc, docs, check_snapshots, frozenset(reader.unreadable), stored
    )
    found.extend(_place(checked, reader.documents))
    if any(d.severity == "error" for d in found):
        dossier = None
    return dossier, found


class _FolderReader:
    """Reads the files of one dossier folder, keeping what each problem needs: every document read
    (for positions), every problem, and the kinds with a file that could not be read."""

    def __init__(self, folder: Path, root: Path, max_bytes: int) -> None:
        self.folder, self.root, self.max_bytes = folder, root, max_bytes
        self.found: list[Diagnostic] = []
        self.documents: list[YamlDocument] = []
        self.unreadable: set[str] = set()

    def read(self, path: Path) -> YamlDocument | None:
        shown = display_path(path)
        kind = path.parent.name if path.parent != self.folder else path.stem
        if path.is_symlink() and not _inside(path, self.root):
            self.found.append(
                problem(
                    shown,
                    "file-outside",
                    "this symlink points outside the content folder",
                    "copy the file into the dossier instead of linking to it",
                    line=1,
                    col=1,
                )
            )
            self.unreadable.add(kind)
            return None
        doc, problems = read_yaml(path, shown, self.max_bytes)
        self.found.extend(problems)
        if doc is not None:
            self.documents.append(doc)
        else:
            self.unreadable.add(kind)
        return doc

    def stored_texts(self, max_share: float | None) -> dict[str, YamlDocument]:
        """Stored source texts (snapshots/<source-id>.yaml), read with positions, never published."""
        stored: dict[str, YamlDocument] = {}
        for path in stored_text_files(self.folder):
            doc = self.read(path)
            if doc is not None:
                stored[path.stem] = doc
                if max_share is not None:
                    self.found.extend(locate_all(doc.text, share_problems(doc, max_share)))
        # A broken stored text hides no entry kind: it must not silence the cross-entry checks.
        self.unreadable.discard(SNAPSHOT_FOLDER)
        return stored


def _unknown_file(path: Path) -> Diagnostic:
    return problem(
        display_path(path),
        "file-unknown",
        f"{path.name!r} is not a dossier file, so it is ignored",
        "name it after its kind: " + ", ".join(sorted([Meta.file_name, *KIND_BY_FILE])) + ".yaml",
        line=1,
        col=1,
    )


def _place(diagnostics: list[Diagnostic], documents: list[YamlDocument]) -> list[Diagnostic]:
    """Recover positions, composing each file with diagnostics once."""
    by_file: dict[str, list[Diagnostic]] = {}
    for diagnostic in diagnostics:
        by_file.setdefault(diagnostic.path, []).append(diagnostic)
    texts = {doc.display: doc.text for doc in documents}
    placed: list[Diagnostic] = []
    for path, group in by_file.items():
        text = texts.get(path)
        placed.extend(locate_all(text, group) if text is not None else group)
    return placed
