"""What a dossier is on disk: the one answer that `validate`, `fmt` and `diff` share.

A content folder holds one folder per dossier (names starting with ``.`` or ``_`` are skipped).
A dossier folder holds ``dossier.yaml`` and one file per kind (``actors.yaml``), or a folder of
files for a kind with many entries (``actors/asia.yaml``). ``.yaml`` and ``.yml`` both count;
hidden files (``.actors.yaml``, an editor's backup) never do.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from generator.format.model import KIND_BY_FILE, Meta

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class DossierFiles:
    """The YAML files of one dossier folder, sorted by kind.

    ``unknown`` holds YAML files that are not named after a kind: `validate` warns about them,
    `fmt` and `diff` leave them alone.
    """

    folder: Path
    meta: tuple[Path, ...] = ()
    kinds: dict[str, tuple[Path, ...]] = field(default_factory=dict)
    unknown: tuple[Path, ...] = ()

    def known(self) -> list[Path]:
        """Every file that holds part of the dossier, sorted."""
        return sorted([*self.meta, *(path for paths in self.kinds.values() for path in paths)])


def is_hidden(path: Path) -> bool:
    return path.name.startswith(".")


def yaml_files(folder: Path) -> list[Path]:
    """The visible YAML files directly inside ``folder``, sorted by name."""
    return sorted(
        p for p in folder.iterdir() if p.suffix in YAML_SUFFIXES and not is_hidden(p) and not p.is_dir()
    )


def dossier_folders(content: Path) -> list[Path]:
    """The dossier folders of a content folder, sorted by name."""
    return sorted(p for p in content.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


def model_for(path: Path) -> type[BaseModel] | None:
    """The model a dossier file holds: by its name, or by its folder for ``actors/asia.yaml``."""
    if path.stem == Meta.file_name:
        return Meta
    if path.stem in KIND_BY_FILE:
        return KIND_BY_FILE[path.stem]
    if path.parent.name in KIND_BY_FILE:
        return KIND_BY_FILE[path.parent.name]
    return None


def dossier_files(folder: Path) -> DossierFiles:
    """Sort the files of one dossier folder: meta, each kind (its file, then its folder), unknown."""
    meta: list[Path] = []
    kinds: dict[str, list[Path]] = {}
    unknown: list[Path] = []
    for path in yaml_files(folder):
        if path.stem == Meta.file_name:
            meta.append(path)
        elif path.stem in KIND_BY_FILE:
            kinds.setdefault(path.stem, []).append(path)
        else:
            unknown.append(path)
    for sub in sorted(p for p in folder.iterdir() if p.is_dir() and p.name in KIND_BY_FILE):
        kinds.setdefault(sub.name, []).extend(yaml_files(sub))
    return DossierFiles(
        folder, tuple(meta), {kind: tuple(paths) for kind, paths in kinds.items()}, tuple(unknown)
    )


def is_dossier_folder(folder: Path) -> bool:
    """Whether ``folder`` is itself a dossier (it holds a dossier file) rather than a content folder."""
    found = dossier_files(folder)
    return bool(found.meta or any(path.parent == folder for paths in found.kinds.values() for path in paths))


def files_under(targets: Iterable[Path]) -> list[Path]:
    """The dossier files under each target: a content folder, a dossier folder or a file, sorted."""
    found: set[Path] = set()
    for target in targets:
        if target.is_file():
            found.add(target)
        elif target.is_dir() and is_dossier_folder(target):
            found.update(dossier_files(target).known())
        elif target.is_dir():
            for folder in dossier_folders(target):
                found.update(dossier_files(folder).known())
    return sorted(found)
