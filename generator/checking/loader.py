"""Loading a content folder: find the dossiers, read their files, validate, place every diagnostic.

``load_site`` is the one entry point the CLI and the MkDocs plugin share.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from generator.checking.diagnostics import Diagnostic, has_failures, problem
from generator.checking.validate import check_dossier
from generator.checking.yamlfile import MAX_BYTES, YamlDocument, locate_all, read_yaml
from generator.errors import DossierError
from generator.format.dossier import Dossier, Site
from generator.format.model import KIND_BY_FILE, Meta

YAML_SUFFIXES = (".yaml", ".yml")


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


def _yaml_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in YAML_SUFFIXES and not p.name.startswith("."))


def load_site(content_dir: Path, *, check_snapshots: bool = True, max_bytes: int = MAX_BYTES) -> LoadResult:
    """Load every dossier under ``content_dir``. Never raises for bad content."""
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
    folders = sorted(p for p in content_dir.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))
    diagnostics: list[Diagnostic] = []
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
    for folder in folders:
        dossier, found = load_dossier(folder, root, check_snapshots=check_snapshots, max_bytes=max_bytes)
        diagnostics.extend(found)
        if dossier is not None:
            dossiers.append(dossier)
    diagnostics.sort()
    ok = not any(d.severity == "error" for d in diagnostics) and len(dossiers) == len(folders) and dossiers
    loaded = tuple(sorted(dossiers, key=lambda d: d.slug))
    return LoadResult(Site(content_dir, loaded) if ok else None, tuple(diagnostics), loaded)


def load_dossier(
    folder: Path, root: Path, *, check_snapshots: bool = True, max_bytes: int = MAX_BYTES
) -> tuple[Dossier | None, list[Diagnostic]]:
    """Read and validate one dossier folder; diagnostics come back with positions."""
    found: list[Diagnostic] = []
    documents: list[YamlDocument] = []
    meta_doc: YamlDocument | None = None
    docs: dict[str, list[YamlDocument]] = {}

    unreadable: set[str] = set()

    def read(path: Path) -> YamlDocument | None:
        shown = display_path(path)
        if path.is_symlink() and not _inside(path, root):
            found.append(
                problem(
                    shown,
                    "file-outside",
                    "this symlink points outside the content folder",
                    "copy the file into the dossier instead of linking to it",
                    line=1,
                    col=1,
                )
            )
            unreadable.add(path.parent.name if path.parent != folder else path.stem)
            return None
        doc, problems = read_yaml(path, shown, max_bytes)
        found.extend(problems)
        if doc is not None:
            documents.append(doc)
        else:
            unreadable.add(path.parent.name if path.parent != folder else path.stem)
        return doc

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
    for path in _yaml_files(folder):
        stem = path.stem
        if stem == Meta.file_name:
            meta_doc = read(path)
        elif stem in KIND_BY_FILE:
            doc = read(path)
            if doc is not None:
                docs.setdefault(stem, []).append(doc)
        else:
            found.append(
                problem(
                    display_path(path),
                    "file-unknown",
                    f"{path.name!r} is not a dossier file, so it is ignored",
                    "name it after its kind: " + ", ".join(sorted([Meta.file_name, *KIND_BY_FILE])) + ".yaml",
                    line=1,
                    col=1,
                )
            )
    # A kind with many entries may be a folder of files: actors/asia.yaml, actors/europe.yaml.
    for sub in sorted(p for p in folder.iterdir() if p.is_dir() and p.name in KIND_BY_FILE):
        for path in _yaml_files(sub):
            doc = read(path)
            if doc is not None:
                docs.setdefault(sub.name, []).append(doc)

    if not (folder / "dossier.yaml").exists() and not (folder / "dossier.yml").exists():
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
        folder, display_path(folder), meta_doc, docs, check_snapshots, frozenset(unreadable)
    )
    found.extend(_place(checked, documents))
    if any(d.severity == "error" for d in found):
        dossier = None
    return dossier, found


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
