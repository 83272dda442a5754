"""The committed JSON Schemas equal what the model generates, and agree with the validator."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from generator.checking.evidence import SNAPSHOT_FOLDER
from generator.checking.yamlfile import read_yaml
from generator.format.model import ENTRY_KINDS
from generator.format.schema import file_schemas, render, stale_schemas, write_schemas

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_DIR = ROOT / "schema"
BASE = ROOT / "tests" / "fixtures" / "rules" / "base" / "harbour-strike"


@pytest.mark.parametrize("name", sorted(file_schemas()))
def test_committed_schema_is_in_sync(name: str) -> None:
    committed = (SCHEMA_DIR / name).read_text(encoding="utf-8")
    assert committed == render(file_schemas()[name]), "run `explainer schema` and commit schema/"


@pytest.mark.parametrize("name", sorted(file_schemas()))
def test_schema_is_valid_draft_07(name: str) -> None:
    schema = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    jsonschema.Draft7Validator.check_schema(schema)
    assert "$defs" not in json.dumps(schema)


def _documented(schema: dict, path: str = "") -> list[str]:
    """Property paths that lack a description (editors show descriptions on hover)."""
    missing = []
    for name, prop in schema.get("properties", {}).items():
        if "description" not in prop:
            missing.append(f"{path}{name}")
    return missing


@pytest.mark.parametrize("kind", ENTRY_KINDS, ids=lambda k: k.__name__)
def test_every_field_has_a_description_for_hover(kind: type) -> None:
    schema = file_schemas()[f"{kind.file_name}.schema.json"]
    item = schema["definitions"][kind.__name__]
    undocumented = [name for name in _documented(item) if name != "id"]
    assert undocumented == []


def test_clean_fixture_passes_the_schema() -> None:
    for path in sorted(BASE.glob("*.yaml")):
        doc, found = read_yaml(path, path.name)
        assert doc is not None and not found
        schema = json.loads((SCHEMA_DIR / f"{path.stem}.schema.json").read_text(encoding="utf-8"))
        jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker()).validate(doc.data)


def test_schema_rejects_what_the_validator_rejects() -> None:
    schema = json.loads((SCHEMA_DIR / "numbers.schema.json").read_text(encoding="utf-8"))
    bad = [{"id": "x", "value": "31,000", "counts": "people", "cite": [{"source": "s"}], "nmae": 1}]
    errors = sorted(e.message for e in jsonschema.Draft7Validator(schema).iter_errors(bad))
    assert any("Additional properties" in e for e in errors)
    assert any("'31,000'" in e for e in errors)


def test_dossier_files_point_editors_at_their_schema() -> None:
    files = sorted((ROOT / "content").glob("*/*.yaml")) + sorted(BASE.glob("*.yaml"))
    assert files
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        prefix = "# yaml-language-server: $schema="
        assert first.startswith(prefix), path
        target = (path.parent / first[len(prefix) :]).resolve()
        assert target == (SCHEMA_DIR / f"{path.stem}.schema.json").resolve(), path


def test_stored_texts_pass_their_schema_and_point_at_it() -> None:
    files = sorted((ROOT / "content").glob(f"*/{SNAPSHOT_FOLDER}/*.yaml"))
    assert files
    schema = json.loads((SCHEMA_DIR / "snapshot.schema.json").read_text(encoding="utf-8"))
    for path in files:
        doc, found = read_yaml(path, path.name)
        assert doc is not None and not found
        jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker()).validate(doc.data)
        first = path.read_text(encoding="utf-8").splitlines()[0]
        target = (path.parent / first.removeprefix("# yaml-language-server: $schema=")).resolve()
        assert target == (SCHEMA_DIR / "snapshot.schema.json").resolve(), path


def test_schemas_are_written_once_and_a_stale_one_is_named(tmp_path: Path) -> None:
    """`explainer schema` writes what changed and `--check` names what is stale or missing."""
    folder = tmp_path / "schema"
    names = list(file_schemas())
    assert stale_schemas(folder) == names  # none written yet, listed in the model's order
    assert [path.name for path in write_schemas(folder)] == names
    assert [(folder / name).read_text(encoding="utf-8") for name in names] == [
        (SCHEMA_DIR / name).read_text(encoding="utf-8") for name in names
    ]
    assert (write_schemas(folder), stale_schemas(folder)) == ([], [])
    edited, missing = folder / names[0], folder / names[-1]
    edited.write_text(edited.read_text(encoding="utf-8").replace('"', "'"), encoding="utf-8")
    missing.unlink()
    assert stale_schemas(folder) == [names[0], names[-1]]
    assert write_schemas(folder) == [edited, missing]
    assert stale_schemas(folder) == []


def test_schemas_are_written_into_a_folder_made_with_its_parents(tmp_path: Path) -> None:
    folder = tmp_path / "editor" / "schemas"
    written = write_schemas(folder)
    assert [path.name for path in written] == list(file_schemas()) and stale_schemas(folder) == []
