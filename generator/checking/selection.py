"""What a command was pointed at: a content folder, one dossier folder or one dossier file.

Commands always load the whole content folder, so references between dossiers still resolve, and
then report only what lies inside the selection. A path that does not exist, or that is no part of
a content folder, is a usage error (exit 2), never a diagnostic about the content.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from generator.errors import UsageError
from generator.format.model import KIND_BY_FILE, Meta

YAML_SUFFIXES = (".yaml", ".yml")
_DOSSIER_FILE_NAMES = frozenset([Meta.file_name, *KIND_BY_FILE])


@dataclass(frozen=True)
class Selection:
    """The content folder to load and, inside it, the dossier folder or file asked for (if any)."""

    content: Path
    scope: Path | None = None

    @property
    def slug(self) -> str | None:
        """The selected dossier's folder name; None when the whole content folder is selected."""
        if self.scope is None:
            return None
        return _relative_parts(self.scope, self.content)[0]

    @property
    def kind_file(self) -> str | None:
        """For a selected file: the file name that says its kind (``actors`` for actors/asia.yaml)."""
        if self.scope is None or self.scope.suffix not in YAML_SUFFIXES:
            return None
        parts = _relative_parts(self.scope, self.content)
        return parts[1] if len(parts) > 2 else self.scope.stem

    def covers(self, shown_path: str) -> bool:
        """Whether a diagnostic's path (as displayed, relative to the working folder) is selected."""
        if self.scope is None:
            return True
        scope = os.path.abspath(self.scope)
        path = os.path.abspath(shown_path)
        return path == scope or path.startswith(scope.rstrip(os.sep) + os.sep)


def _shown(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)


def _relative_parts(path: Path, content: Path) -> tuple[str, ...]:
    return Path(os.path.relpath(path, content)).parts


def _is_dossier_folder(folder: Path) -> bool:
    return any(
        (folder / f"{name}{suffix}").is_file() for name in _DOSSIER_FILE_NAMES for suffix in YAML_SUFFIXES
    )


def _tidy(path: Path) -> Path:
    """``.`` or ``..`` have no parent to step to: make them absolute so the content folder is found."""
    return Path(os.path.abspath(path)) if path.name in {"", ".", ".."} else path


def _holds_dossiers(folder: Path) -> bool:
    """Whether a folder is a content folder: named so, or holding at least one dossier folder."""
    if folder.name == "content" and folder.is_dir():
        return True
    try:
        return folder.is_dir() and any(sub.is_dir() and _is_dossier_folder(sub) for sub in folder.iterdir())
    except OSError:
        return False


def find_content(start: Path) -> Selection | None:
    """The content folder a working folder is in, is, or holds (as ``content/``), looking upwards.

    From inside a dossier folder (or one of its kind folders) the dossier is selected, as with ``.``.
    """
    start = Path(os.path.abspath(start))
    for folder in [start, *start.parents]:
        if _is_dossier_folder(folder):
            return Selection(_back(folder.parent), _back(folder))
        if folder.name in KIND_BY_FILE and _is_dossier_folder(folder.parent):
            return Selection(_back(folder.parent.parent), _back(folder))
        if _holds_dossiers(folder):
            return Selection(_back(folder))
        if _holds_dossiers(folder / "content"):
            return Selection(_back(folder / "content"))
    return None


def _back(path: Path) -> Path:
    """An absolute path as the contributor would type it, so diagnostics read ``content/x/...``."""
    return Path(_shown(path))


def _missing(path: Path) -> Selection:
    """A path that does not exist: a bare story name is looked up in the content folder."""
    found = find_content(Path.cwd()) if len(path.parts) == 1 and not path.is_absolute() else None
    if found is not None and (found.content / path).exists():
        return select(found.content / path)
    if len(path.parts) == 1 and not path.is_absolute():
        where = _shown(found.content) if found is not None else "content"
        raise UsageError(
            f"{_shown(path)!r} does not exist, nor does {where}/{path}; a story is named by its folder, "
            f"{where}/<slug>"
        )
    raise UsageError(f"{_shown(path)!r} does not exist")


def select(path: Path) -> Selection:
    """Resolve a command's path argument; raises UsageError for a path that is not dossier content."""
    path = _tidy(Path(path))
    if not path.exists():
        return _missing(path)
    if path.is_file():
        if path.suffix not in YAML_SUFFIXES:
            raise UsageError(f"{_shown(path)!r} is not a dossier file (.yaml)")
        folder = path.parent
        if folder.name in KIND_BY_FILE and _is_dossier_folder(folder.parent):
            return Selection(folder.parent.parent, path)
        if _is_dossier_folder(folder) and path.stem in _DOSSIER_FILE_NAMES:
            return Selection(folder.parent, path)
        raise UsageError(f"{_shown(path)!r} is not a file of a dossier folder")
    if path.name in KIND_BY_FILE and _is_dossier_folder(path.parent):
        return Selection(path.parent.parent, path)  # a folder of files of one kind: actors/
    if _is_dossier_folder(path):
        return Selection(path.parent, path)
    if _holds_dossiers(path):
        return Selection(path)
    if _holds_dossiers(path / "content"):
        return Selection(_back(path / "content"))  # the repository's root: its content folder
    raise UsageError(
        f"{_shown(path)!r} holds no dossier (a folder with dossier.yaml); give the content folder, "
        "e.g. content, or a story's folder, e.g. content/<slug>"
    )


def select_here(path: Path | None) -> Selection:
    """A command's path, or when none is given, the content folder found from the working folder."""
    if path is not None:
        return select(path)
    found = find_content(Path.cwd())
    if found is None:
        raise UsageError(
            "no content folder here or above; run the command in the repository (the folder holding "
            "content/) or give the content folder's path"
        )
    return found
