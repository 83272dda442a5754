"""Stories as loaded and checked, kept between builds so that an unchanged story is not read again.

Reading and checking a story's YAML is a function of its folder's files (their paths and bytes,
symlinks by where they point), of where it is (the folder, the content folder, the working folder
that diagnostics are shown relative to), of the options it is read with and of the generator's code.
Those make a story's key (``story_key``): a story whose key is unchanged gives what it gave before,
its diagnostics included, so a story with warnings still shows them on every build.

The checks across stories (shared actors, one actor recorded twice, each diagnostic's source line)
read only the stories' files and the content folder's own files (``settings.yaml``): the loaded
site is kept under a key made of every story's key and those files (``site_key``), so a
publication none of whose files changed is neither read nor checked again.

Kept in memory for this process (``hold``: `serve` keeps the stories between rebuilds, not the
site, since each rebuild follows an edit) and, given a folder, on disk, one compressed pickle per
key, written atomically (a reader sees a whole file or none). A damaged file, one of another format
or of an unexpected shape is ignored and made again. The cache is the build's own: it is written
only by this code, in the project's cache folder.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import pickle
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar, TypeVar

import pydantic

import generator
from generator.checking.diagnostics import Diagnostic
from generator.format.dossier import Dossier

# Raise when the layout of what is kept changes: older files are then never read.
FORMAT = 3
KIND = "loaded"
# What unpickling a damaged or foreign file may raise (it is then ignored).
_DAMAGED = (pickle.UnpicklingError, zlib.error, EOFError, AttributeError, ImportError, IndexError)
_DAMAGED_TOO = (TypeError, ValueError, KeyError, MemoryError, RecursionError)

T = TypeVar("T")


def atomic_write(path: Path, data: bytes) -> None:
    """Writes ``data`` to a temporary file beside ``path``, then renames it: whole or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _digest(parts: Iterable[object]) -> str:
    sha = hashlib.sha256(f"{FORMAT}".encode())
    for part in parts:
        sha.update(repr(part).encode("utf-8", "surrogatepass") + b"\0")
    return sha.hexdigest()


def linked_digest(key: str, read: Dossier, linked: Dossier) -> str:
    """A digest of ``linked`` (a dossier as the checks across stories left it) from the key of the
    story it was ``read`` from: a dossier read is a function of its story's key, so only the fields
    the checks across stories replaced (shared actors' records, appearances, the thread) are written
    out. Writing out every entry of 1,000 stories took 4 s of each rebuild."""
    changed = [
        (name, repr(getattr(linked, name)))
        for name in (f.name for f in dataclasses.fields(linked))
        if getattr(linked, name) is not getattr(read, name)
    ]
    return _digest(["linked", key, changed])


def code_digest() -> str:
    """The generator's code (file by file), Python's and pydantic's versions."""
    sha = hashlib.sha256(f"{sys.version}\0{pydantic.VERSION}\0".encode())
    root = Path(generator.__file__).parent
    for path in sorted(root.rglob("*.py")):
        if "__pycache__" not in path.parts:
            sha.update(f"{path.relative_to(root).as_posix()}\0".encode() + path.read_bytes() + b"\0")
    return sha.hexdigest()


@dataclass
class FileDigests:
    """Each file's bytes' digest, kept by the file's path while its ``stat`` is unchanged (under
    `serve`, where every rebuild digests every story's files). A file changed within ``RACY`` of when
    it was digested is not kept: an edit in the same tick of the clock could leave its stat as it
    was. Only the files of the last round are kept (``turn``)."""

    kept: dict[str, tuple[tuple[int, ...], bytes]] = field(default_factory=dict)
    used: dict[str, tuple[tuple[int, ...], bytes]] = field(default_factory=dict)

    RACY: ClassVar[int] = 2_000_000_000  # nanoseconds

    def of(self, path: Path, status: os.stat_result | None = None) -> bytes:
        """The digest of the bytes of the file at ``path`` (followed if a symlink), whose ``status``
        may be given."""
        status = status or path.stat()
        stamp = (status.st_mtime_ns, status.st_ctime_ns, status.st_size, status.st_ino, status.st_dev)
        found = self.kept.get(str(path)) or self.used.get(str(path))
        if found is not None and found[0] == stamp:
            self.used[str(path)] = found
            return found[1]
        digest = hashlib.sha256(path.read_bytes()).digest()
        if time.time_ns() - max(status.st_mtime_ns, status.st_ctime_ns) > self.RACY:
            self.used[str(path)] = (stamp, digest)
        return digest

    def turn(self) -> None:
        """What this round used is what the next one may reuse."""
        self.kept, self.used = self.used, {}


def files_digest(folder: Path, *, deep: bool = True, known: FileDigests | None = None) -> str:
    """Every entry under ``folder`` (only those directly in it unless ``deep``): its path, the digest
    of its bytes (taken from ``known`` while the file is unchanged), and where a symlink points (the
    folder's own link too). Read with ``os.scandir``, one status a file: the paths and three statuses
    a file of ``pathlib`` took 0.7 s of each rebuild at 1,000 stories (35,500 files)."""
    sha = hashlib.sha256()
    if folder.is_symlink():
        sha.update(f"L.\0{os.readlink(folder)}\0{folder.resolve()}\0".encode())
    if folder.is_file():
        data = known.of(folder) if known is not None else hashlib.sha256(folder.read_bytes()).digest()
        sha.update(b"F.\0" + data + b"\0")
    elif folder.is_dir() and deep:
        sha.update(b"D.\0")
    if not folder.is_dir():
        return sha.hexdigest()
    for parts, entry in sorted(_entries(str(folder), (), deep), key=lambda found: found[0]):
        name = "/".join(parts)
        if entry.is_symlink():
            target = Path(entry.path)
            sha.update(f"L{name}\0{os.readlink(target)}\0{target.resolve()}\0".encode())
        if entry.is_file():
            status = entry.stat()
            if known is not None:
                data = known.of(Path(entry.path), status)
            else:
                data = hashlib.sha256(Path(entry.path).read_bytes()).digest()
            sha.update(f"F{name}\0".encode() + data + b"\0")
        elif entry.is_dir() and deep:
            sha.update(f"D{name}\0".encode())
    return sha.hexdigest()


def _entries(
    folder: str, parts: tuple[str, ...], deep: bool
) -> Iterator[tuple[tuple[str, ...], os.DirEntry[str]]]:
    """Each entry under ``folder`` with its path's parts below the top folder; with ``deep``, those
    of its folders too (not of a symlink to a folder, as ``Path.rglob`` leaves them)."""
    with os.scandir(folder) as entries:
        found = list(entries)
    for entry in found:
        below = (*parts, entry.name)
        yield below, entry
        if deep and entry.is_dir(follow_symlinks=False):
            yield from _entries(entry.path, below, deep)


@dataclass(frozen=True)
class LoadedStory:
    """One story as ``load_dossier`` gave it: the dossier (None when it has an error) and every
    diagnostic, placed."""

    dossier: Dossier | None
    diagnostics: tuple[Diagnostic, ...]


@dataclass
class LoadCache:
    """Stories and sites as loaded, by key: in memory when ``hold``, on disk under ``folder``."""

    folder: Path | None = None
    hold: bool = False
    code: str = field(default_factory=code_digest)
    memory: dict[str, object] = field(default_factory=dict)
    # The keys this build read or wrote: the rest are pruned after a build of every story.
    used: set[str] = field(default_factory=set)
    # When ``hold``: the checks across stories' warnings on actors recorded twice, placed
    # (``duplicates.Placements``, by what they read).
    placements: dict[str, tuple[Diagnostic, ...]] = field(default_factory=dict)
    # Each story file's digest while its stat is unchanged: in memory under `serve`, and kept on disk
    # between builds with a folder (``FILES``), read when first needed.
    files: FileDigests = field(default_factory=FileDigests)
    files_read: bool = False
    # Around taking the kept stories (``get_all``): how the process holds what it takes.
    taking: Callable[[], AbstractContextManager[object]] = contextlib.nullcontext

    FILES: ClassVar[str] = "files.pickle"

    def story_key(self, folder: Path, root: Path, options: Mapping[str, object]) -> str:
        """The key of one story read from ``folder`` with ``options`` (see the module)."""
        if not self.files_read:
            self.files_read = True
            self._read_files()
        where = (str(folder), str(root), os.getcwd())
        files = files_digest(folder, known=self.files)
        return _digest(["story", self.code, where, sorted(options.items()), files])

    def keep_files(self) -> None:
        """The files digested this round are the next round's (``FileDigests.turn``), and, with a
        folder, the next build's: reading every story's files took 2.9 s of a one-word rebuild at
        1,000 stories (35,500 files)."""
        self.files.turn()
        if self.folder is not None and not self.hold:
            kept = (FORMAT, self.FILES, (self.code, self.files.kept))
            data = zlib.compress(pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL), 1)
            atomic_write(self.folder / KIND / self.FILES, data)

    def _read_files(self) -> None:
        if self.folder is None or self.hold:
            return
        found = _unpickled(self.folder / KIND / self.FILES)
        if (
            isinstance(found, tuple)
            and len(found) == 2
            and found[0] == self.code
            and isinstance(found[1], dict)
        ):
            self.files.kept = found[1]

    def site_key(
        self, content: Path, stories: Iterable[tuple[Path, str]], options: Mapping[str, object]
    ) -> str:
        """The key of a loaded site: every story's (folder, key), and the content folder's own files."""
        where = (str(content), os.getcwd())
        own = files_digest(content, deep=False)
        listed = [(str(folder), key) for folder, key in stories]
        return _digest(["site", self.code, where, sorted(options.items()), own, listed])

    def get(self, key: str, shape: type[T]) -> T | None:
        """What was kept under ``key`` if it is a ``shape``, else None."""
        found = self.memory.get(key)
        if found is None and self.folder is not None:
            found = _unpickled(self._path(key))
        if not isinstance(found, shape):
            return None
        self.used.add(key)
        if self.hold:
            self.memory[key] = found
        return found

    def get_all(self, keys: Sequence[str], shape: type[T]) -> list[T | None]:
        """``get`` of each key, within ``taking`` (the plugin's ``heap.taking``: Python's collector of
        cyclic garbage went over every story taken so far again and again as they came, nine full
        collections finding nothing, 2.1 s of a rebuild at 1,000 stories)."""
        with self.taking():
            return [self.get(key, shape) for key in keys]

    def keep(self, keys: Iterable[str]) -> None:
        """What is under ``keys`` stays for the next build, though this one did not read it here."""
        self.used.update(keys)

    def put(self, key: str, value: object) -> None:
        self.used.add(key)
        if self.hold:
            self.memory[key] = value
        if self.folder is not None:
            data = zlib.compress(pickle.dumps((FORMAT, key, value), protocol=pickle.HIGHEST_PROTOCOL), 1)
            atomic_write(self._path(key), data)

    def forget_unused(self) -> int:
        """After a build of every story: what it did not use goes, in memory and on disk."""
        self.memory = {key: value for key, value in self.memory.items() if key in self.used}
        removed = 0
        if self.folder is not None and (self.folder / KIND).is_dir():
            for path in (self.folder / KIND).glob("*/*"):
                if path.name not in self.used:
                    path.unlink(missing_ok=True)
                    removed += 1
        self.used = set()
        return removed

    def _path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / KIND / key[:2] / key


def _unpickled(path: Path) -> object | None:
    """The value kept in ``path``, or None (no file, a damaged one, another format or key)."""
    try:
        kept: object = pickle.loads(zlib.decompress(path.read_bytes()))
    except OSError:
        return None
    except _DAMAGED + _DAMAGED_TOO:
        return None
    if not (isinstance(kept, tuple) and len(kept) == 3 and kept[0] == FORMAT and kept[1] == path.name):
        return None
    value: object = kept[2]
    return value
