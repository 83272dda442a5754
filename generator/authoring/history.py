"""Each dossier's history from git, in a reader's terms, for its "Updates and corrections" page.

For every commit that touched ``content/<slug>/`` (newest first, at most ``LIMIT``; one ``git log``),
the dossier as it was before and after is read through one ``git cat-file --batch`` process for the
whole history (each file's content read once, however many commits hold it) and compared with
``changes.compare``, the same comparison ``explainer diff`` prints. Nothing here fails a build: with
no git, outside a repository or in a shallow clone (whose oldest commit has no parent to compare
with), every dossier gets a ``History`` that says the history is not available in this copy.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from generator.authoring.changes import compare, read_entries
from generator.format.history import History, Revision, is_correction
from generator.format.model import KIND_BY_FILE

LIMIT = 50
NO_GIT = "This copy of the site was not built from a git repository, so its history is not available."
SHALLOW = "This copy of the repository is a shallow clone, so the history of this dossier is not available."
_RECORD, _UNIT = "\x1e", "\x1f"

Entries = dict[tuple[str, str], dict[str, Any]]
_CACHE: dict[tuple[str, str, str, str, int], History] = {}


def histories(content: Path, slugs: Iterable[str], limit: int = LIMIT) -> dict[str, History]:
    """slug -> its history, for the dossiers of the content folder ``content``."""
    slugs = sorted(slugs)
    top = _git(content, "rev-parse", "--show-toplevel")
    head = _git(content, "rev-parse", "--verify", "--quiet", "HEAD")
    if top is None or head is None:
        return {slug: History(False, NO_GIT) for slug in slugs}
    if (_git(content, "rev-parse", "--is-shallow-repository") or "").strip() == "true":
        return {slug: History(False, SHALLOW) for slug in slugs}
    root = Path(top.strip())
    prefix = Path(content).resolve().relative_to(root.resolve()).as_posix()
    if len(_CACHE) > 256:
        _CACHE.clear()
    found: dict[str, History] = {}
    with _Objects(root) as objects:
        reader = _Reader(root, prefix, objects)
        for slug in slugs:
            # A commit's history never changes: `mkdocs serve` rebuilds read git once per new commit.
            key = (str(root), head.strip(), prefix, slug, limit)
            if key not in _CACHE:
                _CACHE[key] = reader.history(slug, limit)
            found[slug] = _CACHE[key]
    return found


class _Objects:
    """Git's objects through one ``git cat-file --batch``: a folder's files at any commit, each
    file's content read once."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.blobs: dict[str, bytes] = {}
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> _Objects:
        return self

    def __exit__(self, *_: object) -> None:
        if self.process is not None:
            self.process.communicate()

    def files(self, commit: str, folder: str) -> dict[str, bytes] | None:
        """The dossier files in ``folder`` at ``commit`` (path in the folder -> bytes): its own files
        and those of its folders named after a kind; None where the folder did not exist."""
        found = self._object(f"{commit}:{folder}")
        if found is None or found[0] != "tree":
            return None
        files: dict[str, bytes] = {}
        for mode, name, sha in self._entries(found[1], len(commit) // 2):
            if mode == b"40000" and name in KIND_BY_FILE:
                tree = self._object(sha)
                for sub_mode, sub_name, sub_sha in self._entries(tree[1] if tree else b"", len(commit) // 2):
                    if sub_mode.startswith(b"100"):
                        files[f"{name}/{sub_name}"] = self._blob(sub_sha)
            elif mode.startswith(b"100"):
                files[name] = self._blob(sha)
        return files

    def _blob(self, sha: str) -> bytes:
        if sha not in self.blobs:
            found = self._object(sha)
            self.blobs[sha] = found[1] if found else b""
        return self.blobs[sha]

    @staticmethod
    def _entries(tree: bytes, hash_size: int) -> list[tuple[bytes, str, str]]:
        """A tree object's entries: (mode, name, object id)."""
        entries, at = [], 0
        while at < len(tree):
            space = tree.index(b" ", at)
            nul = tree.index(b"\0", space)
            name = tree[space + 1 : nul].decode("utf-8", "surrogateescape")
            entries.append((tree[at:space], name, tree[nul + 1 : nul + 1 + hash_size].hex()))
            at = nul + 1 + hash_size
        return entries

    def _object(self, name: str) -> tuple[str, bytes] | None:
        """(type, content) of the object ``name`` names, or None where there is none."""
        stdin, stdout = self._pipes()
        stdin.write(name.encode("utf-8", "surrogateescape") + b"\n")
        stdin.flush()
        header = stdout.readline().split()
        if len(header) != 3:  # "<name> missing", or git is gone
            return None
        content = stdout.read(int(header[2]))
        stdout.read(1)
        return header[1].decode(), content

    def _pipes(self) -> tuple[IO[bytes], IO[bytes]]:
        if self.process is None:
            self.process = subprocess.Popen(
                ["git", "cat-file", "--batch"], cwd=self.root, stdin=subprocess.PIPE, stdout=subprocess.PIPE
            )
        assert self.process.stdin is not None and self.process.stdout is not None
        return self.process.stdin, self.process.stdout


class _Reader:
    def __init__(self, root: Path, prefix: str, objects: _Objects) -> None:
        self.root, self.prefix, self.objects = root, prefix, objects
        # A commit's parent is usually the next commit down the log: each tree is read once.
        self.read: dict[tuple[str, str], Entries | None] = {}

    def history(self, slug: str, limit: int) -> History:
        folder = f"{self.prefix}/{slug}" if self.prefix != "." else slug
        fmt = _UNIT.join(("%H", "%P", "%cs", "%s", "%b")) + _RECORD
        log = _git(self.root, "log", "--no-merges", f"-n{limit + 1}", f"--format={fmt}", "HEAD", "--", folder)
        if log is None:
            return History(False, NO_GIT)
        records = [r.strip("\n") for r in log.split(_RECORD) if r.strip("\n")]
        revisions = []
        for record in records[:limit]:
            commit, parents, date, subject, body = (record.split(_UNIT) + [""] * 5)[:5]
            parent = parents.split()[0] if parents.split() else None
            before = self.entries(parent, folder, slug) if parent else None
            after = self.entries(commit, folder, slug)
            revisions.append(_revision(slug, commit, date, subject, body, before, after))
        return History(True, revisions=tuple(revisions), truncated=len(records) > limit)

    def entries(self, commit: str, folder: str, slug: str) -> Entries | None:
        """The dossier's entries as written at ``commit``; None where the folder did not exist."""
        if (commit, folder) not in self.read:
            self.read[commit, folder] = self._entries(commit, folder, slug)
        return self.read[commit, folder]

    def _entries(self, commit: str, folder: str, slug: str) -> Entries | None:
        files = self.objects.files(commit, folder)
        if files is None:
            return None
        # The files are read as `explainer diff` reads a folder: laid out as they were, then read.
        with tempfile.TemporaryDirectory(prefix="explainer-history-") as temporary:
            for name, content in files.items():
                path = Path(temporary, slug, name)
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(content)
            return read_entries(Path(temporary)).get(slug, {})


def _revision(
    slug: str, commit: str, date: str, subject: str, body: str, before: Entries | None, after: Entries | None
) -> Revision:
    old = {slug: before} if before is not None else {}
    new = {slug: after} if after is not None else {}
    entries = tuple(entry for changes in compare(old, new) for entry in changes.entries)
    correction = is_correction(subject)
    wrong = " ".join(body.strip().split("\n\n")[0].split()) if correction else ""
    return Revision(commit, date, subject.strip(), correction, wrong, first=before is None, entries=entries)


def _git(where: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(["git", *args], cwd=where, capture_output=True, text=True, check=False)
    except OSError:
        return None
    return done.stdout if done.returncode == 0 else None
