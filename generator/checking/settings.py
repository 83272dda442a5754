"""Reading ``content/settings.yaml`` and the checks its settings switch on."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import ValidationError

from generator.checking.diagnostics import Diagnostic, problem
from generator.checking.model_errors import pydantic_diagnostics
from generator.checking.yamlfile import YamlDocument, locate_all, read_yaml
from generator.format.settings import Settings

SETTINGS_FILE = f"{Settings.file_name}.yaml"


def read_settings(content: Path) -> tuple[Settings, list[Diagnostic]]:
    """The content folder's settings (defaults without the file) and any problem in the file."""
    path = Path(content) / SETTINGS_FILE
    if not path.is_file():
        return Settings(), []
    doc, found = read_yaml(path, os.path.relpath(path))
    if doc is None:
        return Settings(), found
    try:
        return Settings.model_validate(doc.data if doc.data is not None else {}), found
    except ValidationError as error:
        return Settings(), found + locate_all(doc.text, list(pydantic_diagnostics(error, Settings, doc, ())))


def share_problems(doc: YamlDocument, cap: float) -> list[Diagnostic]:
    """A stored text whose passages hold more of the whole text than the repository allows."""
    data = doc.data
    if not isinstance(data, dict) or not isinstance(data.get("passages"), list):
        return []
    characters = data.get("characters")
    if not isinstance(characters, int) or isinstance(characters, bool) or characters <= 0:
        return []
    kept = sum(len(passage) for passage in data["passages"] if isinstance(passage, str))
    if kept <= cap * characters:
        return []
    return [
        problem(
            doc.display,
            "text-stored-share",
            f"the passages keep {kept / characters:.0%} of the source's text; this repository stores "
            f"at most {cap:.0%} (`stored_text_max_share` in the content folder's {SETTINGS_FILE})",
            "store it again with `explainer snapshot`, which keeps only the words around each "
            "evidence phrase; if it is still over, cite fewer phrases of this source",
            pointer=("passages",),
            at_key=True,
        )
    ]
