"""Each dossier's history from git, in a reader's terms, for its "Updates and corrections" page.

For every commit that touched ``content/<slug>/`` (newest first, at most ``LIMIT``), the dossier as it
was before and after is read with ``git archive`` and compared with ``changes.compare``, the same
comparison ``explainer diff`` prints. Nothing here fails a build: with no git, outside a repository or
in a shallow clone (whose oldest commit has no parent to compare with), every dossier gets a
``History`` that says the history is not available in this copy.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from generator.authoring.changes import compare, field_words, read_entries, show_value
from generator.format.history import EntryUpdate, FieldUpdate, History, Revision, is_correction

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
    reader = _Reader(root, prefix)
    if len(_CACHE) > 256:
        _CACHE.clear()
    found = {}
    for slug in slugs:
        # A commit's history never changes: `mkdocs serve` rebuilds read git once per new commit.
        key = (str(root), head.strip(), prefix, slug, limit)
        if key not in _CACHE:
            _CACHE[key] = reader.history(slug, limit)
        found[slug] = _CACHE[key]
    return found


class _Reader:
    def __init__(self, root: Path, prefix: str) -> None:
        self.root, self.prefix = root, prefix
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
        archive = subprocess.run(
            ["git", "archive", "--format=tar", commit, "--", folder],
            cwd=self.root,
            capture_output=True,
            check=False,
        )
        if archive.returncode != 0:
            return None
        with tempfile.TemporaryDirectory(prefix="explainer-history-") as temporary:
            with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
                tar.extractall(temporary, filter="data")
            return read_entries(Path(temporary, folder).parent).get(slug, {})


def _revision(
    slug: str, commit: str, date: str, subject: str, body: str, before: Entries | None, after: Entries | None
) -> Revision:
    old = {slug: before} if before is not None else {}
    new = {slug: after} if after is not None else {}
    entries: list[EntryUpdate] = []
    for changes in compare(old, new):
        for entry in changes.entries:
            fields = tuple(
                FieldUpdate(field_words(f.name), show_value(f.old), show_value(f.new)) for f in entry.fields
            )
            entries.append(
                EntryUpdate(
                    entry.action, entry.noun, entry.entry_id, entry.label, fields, entry.before, entry.after
                )
            )
    correction = is_correction(subject)
    wrong = " ".join(body.strip().split("\n\n")[0].split()) if correction else ""
    return Revision(
        commit, date, subject.strip(), correction, wrong, first=before is None, entries=tuple(entries)
    )


def _git(where: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(["git", *args], cwd=where, capture_output=True, text=True, check=False)
    except OSError:
        return None
    return done.stdout if done.returncode == 0 else None
