"""Problems the checks across stories find, placed on the entry of a story's files they concern.

Those checks read the loaded stories, which hold no positions; the story's files of one kind are read
again, once each, and each problem put at its entry's line and column."""

from __future__ import annotations

from collections.abc import Callable, Container
from pathlib import Path
from typing import Any

from generator.checking.diagnostics import Diagnostic
from generator.checking.discovery import dossier_files
from generator.checking.yamlfile import locate_all, read_yaml
from generator.format.dossier import Dossier


def on_entries(
    dossier: Dossier,
    file_name: str,
    shown_folder: str,
    wanted: Container[str],
    make: Callable[[str, int, str], Diagnostic],
) -> list[Diagnostic]:
    """``make(shown path, index, id)`` for each entry of ``dossier``'s ``file_name`` files whose id
    is ``wanted``, located in its file."""
    folder = Path(dossier.folder)
    placed: list[Diagnostic] = []
    for path in dossier_files(folder).kinds.get(file_name, ()):
        shown = f"{shown_folder}/{path.relative_to(folder).as_posix()}"
        doc, _ = read_yaml(path, shown)
        if doc is None or not isinstance(doc.data, list):
            continue
        entries: list[tuple[int, Any]] = list(enumerate(doc.data))
        here = [
            make(shown, index, data["id"])
            for index, data in entries
            if isinstance(data, dict) and data.get("id") in wanted
        ]
        placed.extend(locate_all(doc.text, here))
    return placed
