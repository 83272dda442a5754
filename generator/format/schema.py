"""JSON Schemas (draft-07, which yaml-language-server understands) derived from the model.

One schema per dossier file, so an editor completes and checks ``actors.yaml`` as a list of actors.
The committed copies under ``schema/`` are kept in sync by a test and by ``explainer schema``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from generator.format.model import ENTRY_KINDS, Meta, StoredText
from generator.format.settings import Settings

DRAFT_07 = "http://json-schema.org/draft-07/schema#"


def _draft07(value: Any) -> Any:
    """Rewrite pydantic's 2020-12 ``$defs`` into draft-07 ``definitions``."""
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if key == "$defs":
                key = "definitions"
            if key == "$ref" and isinstance(item, str):
                item = item.replace("#/$defs/", "#/definitions/")
            out[key] = _draft07(item)
        if "$ref" in out and len(out) > 1:
            # Draft-07 ignores keywords beside $ref, so descriptions would be lost to editors.
            out = {"allOf": [{"$ref": out.pop("$ref")}], **out}
        return out
    if isinstance(value, list):
        return [_draft07(item) for item in value]
    return value


def _model_schema(model: type[BaseModel]) -> dict[str, Any]:
    schema: dict[str, Any] = _draft07(model.model_json_schema(by_alias=True, mode="validation"))
    return schema


def file_schemas() -> dict[str, dict[str, Any]]:
    """Schema file name -> schema, for dossier.yaml and every entry file."""
    schemas: dict[str, dict[str, Any]] = {}
    meta = _model_schema(Meta)
    schemas["dossier.schema.json"] = {
        "$schema": DRAFT_07,
        "$id": "dossier.schema.json",
        **meta,
        "title": "dossier.yaml",
    }
    for kind in ENTRY_KINDS:
        item = _model_schema(kind)
        definitions = item.pop("definitions", {})
        definitions[kind.__name__] = item
        schemas[f"{kind.file_name}.schema.json"] = {
            "$schema": DRAFT_07,
            "$id": f"{kind.file_name}.schema.json",
            "title": f"{kind.file_name}.yaml",
            "description": f"A list of {kind.noun} entries. {(kind.__doc__ or '').strip()}",
            "type": "array",
            "items": {"$ref": f"#/definitions/{kind.__name__}"},
            "definitions": dict(sorted(definitions.items())),
        }
    stored = _model_schema(StoredText)
    schemas["snapshot.schema.json"] = {
        "$schema": DRAFT_07,
        "$id": "snapshot.schema.json",
        **stored,
        "title": "snapshots/<source-id>.yaml",
    }
    schemas["settings.schema.json"] = {
        "$schema": DRAFT_07,
        "$id": "settings.schema.json",
        **_model_schema(Settings),
        "title": "content/settings.yaml",
    }
    return schemas


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    """Write every schema into ``folder``; returns the files whose content changed."""
    folder.mkdir(parents=True, exist_ok=True)
    changed = []
    for name, schema in file_schemas().items():
        path = folder / name
        text = render(schema)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    return changed


def stale_schemas(folder: Path) -> list[str]:
    """Names of schema files in ``folder`` that differ from the model (or are missing)."""
    stale = []
    for name, schema in file_schemas().items():
        path = folder / name
        if not path.exists() or path.read_text(encoding="utf-8") != render(schema):
            stale.append(name)
    return stale
