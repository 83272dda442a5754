"""The site folder the last build left, standing for the next: in a plain build with the cache, a file
of the last build that this build would write again with the same bytes is left where it is, rather
than deleted by MkDocs' cleaning and written again.

After a one-word edit at 1,000 stories, emptying the site folder (about 100,000 files), writing every
unchanged page again from the cache (``written``) and copying the kept parts of the search index
were about 30 s of a rebuild's 64 s of CPU. A static-site engine known for fast rebuilds writes only
what changed and deletes what is gone; so does this, as follows.

- Before MkDocs cleans the site folder (``set_aside``), the folder is moved into the cache folder,
  when the cache holds the list of what the last build left in it (``site.json``: each file's size,
  time of change and the key it was written under). The list is deleted at once: a build that fails
  leaves none, and the next build cleans and writes everything, as MkDocs does.
- Once MkDocs found nothing to clean (``restore``, as the plugin's files are added), the folder is
  moved back.
- A page written from the cache, a download, or a part of the search index is left standing
  (``stands``, ``stands_all``) when the list says it was written under the key it has now and its
  size and time of change are as listed (a file changed by hand is written again). Every other file
  is written as MkDocs writes it.
- Before the search index is made and after (``sweep``): a file that this build neither wrote nor
  left standing goes (a deleted story's pages; the index's files of an earlier edit), with the
  folders it leaves empty; hidden files at the top stay, as MkDocs' cleaning leaves them. A file
  the build did not write is one found as it was when the folder was set aside (size, times of
  change and of status change, read then): not one older than the build's start, since a file
  system may stamp a change coarsely (Linux 6.13 and later stamp a file not looked at since its last
  change with the clock's last tick, which may come before a later file's finer stamp).
- Then the list of what the site folder holds is written for the next build (``record``), and
  beside it what MkDocs knew of each page written from the cache (``heads``: its anchors, links and
  front matter, as ``written.Record`` packs them), so that a page left standing is not read from the
  cache at all: reading 33,000 of them one file each took 3.6 s of a one-word rebuild at 1,000
  stories.

``tests/test_reuse_property.py`` builds into the same folder after each random edit and compares it
with a clean build, file for file and byte for byte. Not used under `serve` (its own ``Unchanged``),
for a shard, a preview of one story, a `--dirty` build, or where another plugin handles a page's
events or the end of the build (``written.only_ours``): a plugin that changes files after the build
would otherwise change a file twice.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator.site.search import PageFacts

# Raise when the list's layout changes: an older list is then never read.
FORMAT = 2
LIST = "site.json"
HEADS = "site-heads.pickle"
ASIDE = "standing-site"
# What the list knows of a file: its size, its time of change (ns) and the key it was written under.
Listed = tuple[int, int, str]


@dataclass
class StandingSite:
    """The last build's files, by path in the site folder, and what this build keeps of them."""

    folder: Path
    site: Path | None = None
    last: dict[str, Listed] = field(default_factory=dict)
    # What the folder held when it was set aside, each file's size, times of change and of status
    # change: one found so after the build was neither written by it nor left standing.
    present: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    # The files of the last build left standing, and the key of every file this build writes or keeps.
    kept: set[str] = field(default_factory=set)
    keys: dict[str, str] = field(default_factory=dict)
    # What the search index read of each page (``search.PageFacts``): the last build's, and this one's.
    pages: dict[str, PageFacts] = field(default_factory=dict)
    noted: dict[str, PageFacts] = field(default_factory=dict)
    # What the site folder holds after this build (``sweep``), listed for the next (``record``).
    found: dict[str, Listed] = field(default_factory=dict)
    # What MkDocs knew of each page written from the cache, packed (``written.pack``'s head), with
    # the key it was written under: the last build's (read when first asked), and this one's.
    heads: dict[str, tuple[str, bytes]] | None = None
    noted_heads: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    # What waits for the search index's sweep (``after_sweep``).
    waiting: list[Callable[[], None]] = field(default_factory=list)

    def set_aside(self, site: Path) -> bool:
        """Before MkDocs cleans ``site``: moved into the cache folder when the last build listed it;
        returns whether it was."""
        listing, aside = self.folder / LIST, self.folder / ASIDE
        last = _read(listing, site)
        self.folder.mkdir(parents=True, exist_ok=True)
        listing.unlink(missing_ok=True)  # the heads are read only while a list holds
        if aside.exists():  # left by a build stopped before it moved the folder back
            shutil.rmtree(aside, ignore_errors=True)
        if last is None or not site.is_dir():
            return False
        try:
            os.rename(site, aside)
        except OSError:  # another file system: MkDocs cleans it
            return False
        self.site, (self.last, self.pages) = site, last
        self.present = dict(_statuses(str(aside), ""))
        return True

    def restore(self) -> None:
        """Once MkDocs has found nothing to clean: the last build's files back in the site folder."""
        if self.site is None:
            return
        try:
            os.rename(self.folder / ASIDE, self.site)
        except OSError:  # something wrote into the site folder meanwhile: it is written whole
            shutil.rmtree(self.folder / ASIDE, ignore_errors=True)
            self.site, self.last = None, {}

    def stands(self, path: str, key: str) -> bool:
        """Whether the file at ``path`` (in the site folder), which this build writes under ``key``,
        stands as the last build wrote it under that key: then it is left as it is."""
        self.keys[path] = key
        if not self._unchanged(path, key):
            return False
        self.kept.add(path)
        return True

    def stands_all(self, paths: Sequence[str], key: str) -> bool:
        """``stands`` for files written together (a part of the search index): all stand, or none."""
        for path in paths:
            self.keys[path] = key
        if not paths or not all(self._unchanged(path, key) for path in paths):
            return False
        self.kept.update(paths)
        return True

    def head(self, path: str, key: str) -> bytes | None:
        """What MkDocs knew of the page at ``path`` when the last build wrote it under ``key``, when
        it stands (``stands``); None otherwise. Kept again for the next build."""
        if path not in self.kept:
            return None
        if self.heads is None:
            self.heads = _heads(self.folder / HEADS)
        found = self.heads.pop(path, None)
        if found is None or found[0] != key:
            return None
        self.noted_heads[path] = found
        return found[1]

    def note_head(self, path: str, key: str, head: bytes) -> None:
        """What MkDocs knew of the page at ``path``, written (or left) under ``key`` in this build."""
        self.noted_heads[path] = (key, head)

    def read(self, path: str) -> PageFacts | None:
        """What the search index read of the page at ``path`` in the last build, when the page stands
        as that build left it (its bytes are the same); None otherwise."""
        found = self.pages.get(path) if path in self.kept else None
        if found is not None:
            self.noted[path] = found
        return found

    def note(self, path: str, facts: PageFacts) -> None:
        """What the search index read of the page at ``path`` in this build, for the next."""
        self.noted[path] = facts

    def _unchanged(self, path: str, key: str) -> bool:
        listed = self.last.get(path)
        if self.site is None or listed is None or listed[2] != key:
            return False
        try:
            status = os.stat(self.site / path)
        except OSError:
            return False
        return (status.st_size, status.st_mtime_ns) == listed[:2]

    def sweep(self, site: Path, *, search: bool) -> int:
        """Deletes the files of ``site`` this build neither wrote nor left standing, and the folders
        left empty: the search index's (``search``) or all the others; lists the others for
        ``record``; returns how many files went."""
        gone = 0
        with os.scandir(site) as entries:
            tops = sorted((e for e in entries if not e.name.startswith(".")), key=lambda e: e.name)
        for top in tops:
            if (top.name == "pagefind") != search:
                continue
            if top.is_dir(follow_symlinks=False):
                went, empty = self._swept(top.path, top.name)
                gone += went
                if empty:
                    os.rmdir(top.path)
            else:
                gone += not self._kept(top, top.name)
        if search:
            for action in self.waiting:
                action()
            self.waiting.clear()
        return gone

    def after_sweep(self, action: Callable[[], None]) -> None:
        """Runs ``action`` once the search index's files are swept: one that changes a file's times
        of status change (removing its other link) would have it kept as if this build wrote it."""
        self.waiting.append(action)

    def _swept(self, folder: str, relative: str) -> tuple[int, bool]:
        """``sweep`` in ``folder`` (at ``relative`` in the site): how many files went, and whether
        the folder is left empty."""
        gone, holds = 0, False
        with os.scandir(folder) as entries:
            for entry in entries:
                path = f"{relative}/{entry.name}"
                if entry.is_dir(follow_symlinks=False):
                    went, empty = self._swept(entry.path, path)
                    gone += went
                    if empty:
                        os.rmdir(entry.path)
                    else:
                        holds = True
                elif self._kept(entry, path):
                    holds = True
                else:
                    gone += 1
        return gone, not holds

    def _kept(self, entry: os.DirEntry[str], path: str) -> bool:
        """Whether the file ``entry`` (at ``path``) was written or left standing by this build: then
        it is listed, else deleted."""
        status = entry.stat(follow_symlinks=False)
        if path not in self.keys and self.present.get(path) == _status(status):
            os.unlink(entry.path)
            return False
        self.found[path] = (status.st_size, status.st_mtime_ns, self.keys.get(path, ""))
        return True

    def record(self, site: Path) -> None:
        """Lists what ``site`` holds for the next build, as both sweeps found it (written whole, or
        not at all)."""
        listing = self.folder / LIST
        temporary = listing.with_name(f".{LIST}.tmp")
        pages = {path: facts for path, facts in self.noted.items() if path in self.found}
        data = {"format": FORMAT, "site": str(site.resolve()), "files": self.found, "pages": pages}
        heads = {path: found for path, found in self.noted_heads.items() if path in self.found}
        written = self.folder / f".{HEADS}.tmp"
        written.write_bytes(pickle.dumps(heads, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(written, self.folder / HEADS)
        temporary.write_text(json.dumps(data, sort_keys=True), "utf-8")
        os.replace(temporary, listing)


def _read(listing: Path, site: Path) -> tuple[dict[str, Listed], dict[str, PageFacts]] | None:
    """The last build's list (and what the search index read of each page), when it describes
    ``site`` in this list's format."""
    try:
        data = json.loads(listing.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("site") != str(site.resolve()):
        return None
    files, pages = data.get("files"), data.get("pages")
    if not isinstance(files, dict) or not isinstance(pages, dict):
        return None
    try:
        listed = {str(path): (int(size), int(time), str(key)) for path, (size, time, key) in files.items()}
        read = {str(path): (bool(marked), str(digest)) for path, (marked, digest) in pages.items()}
    except (TypeError, ValueError):
        return None
    return listed, read


def _heads(path: Path) -> dict[str, tuple[str, bytes]]:
    """The heads the last build kept (``record``); none from a damaged or foreign file."""
    try:
        found = pickle.loads(path.read_bytes())
    except Exception:  # whatever a damaged file raises: the pages are then read from the cache
        return {}
    return found if isinstance(found, dict) else {}


def _status(status: os.stat_result) -> tuple[int, int, int]:
    return status.st_size, status.st_mtime_ns, status.st_ctime_ns


def _statuses(folder: str, relative: str) -> Iterator[tuple[str, tuple[int, int, int]]]:
    """Every file under ``folder`` by its path (``relative`` the folder's), with ``_status``. Read
    now, its times are those a later write must change (a file system that stamps a change coarsely
    stamps the next one finely once the time was read), so comparing with them, not with the time a
    build started, tells which files the build wrote."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if not relative and entry.name.startswith("."):
                continue  # hidden at the top: never swept, as MkDocs' cleaning leaves it
            path = f"{relative}/{entry.name}" if relative else entry.name
            if entry.is_dir(follow_symlinks=False):
                yield from _statuses(entry.path, path)
            else:
                yield path, _status(entry.stat(follow_symlinks=False))
