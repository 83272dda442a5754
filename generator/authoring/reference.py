"""The field-by-field reference of the dossier format, generated from the model and the rule table.

Nothing here is copied by hand: field names, types, required-ness, defaults, descriptions and
examples come from ``generator.format.model``; the rules from ``generator.format.rules``. The one
example entry per kind is data, checked against the model by the tests and laid out by the formatter.
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
import types
from enum import StrEnum
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from generator.authoring.formatter import dump_entries
from generator.format.introspect import schema_enum
from generator.format.model import (
    ENTRY_KINDS,
    ID_PATTERN,
    LANGUAGE_PATTERN,
    PARTIAL_DATE_PATTERN,
    URL_PATTERN,
    Alternative,
    Citation,
    Correction,
    Entry,
    Location,
    Meta,
    NativeName,
    Paragraph,
    Period,
    PredicateDefinition,
    ReprintOf,
    StoredText,
)
from generator.format.rules import RULES
from generator.format.settings import Settings

NESTED: tuple[type[Entry], ...] = (
    Citation,
    Paragraph,
    NativeName,
    Location,
    Period,
    Alternative,
    PredicateDefinition,
    Correction,
    ReprintOf,
)

_CITE = {"source": "roan-2023", "evidence": "transferred 3,850 cigarette smuggling suspects"}
EXAMPLES: dict[type[Entry], Any] = {
    Meta: {
        "title": "Aldria's smuggling-ring transfer",
        "slug": "aldria-smuggling-transfer",
        "summary": "In 2023 Aldria transferred thousands of cigarette smuggling suspects to Veltria.",
        "language": "en",
        "published": "2024-01-15",
        "last_reviewed": "2024-01-15",
        "licence": "CC-BY-4.0",
        "key_figure": "suspects-transferred",
        "place": "Northern Aldria",
        "tags": ["crime", "borders"],
        "story": [
            {
                "text": "Aldria transferred 3,850 cigarette smuggling suspects to Veltria in 2023.",
                "cite": [_CITE],
            }
        ],
    },
    **{
        kind: [entry]
        for kind, entry in zip(
            ENTRY_KINDS,
            [
                {
                    "id": "roan-2023",
                    "title": "Aldria Transfers 3,850 Cigarette Smugglers to Veltria",
                    "kind": "article",
                    "authors": ["Mira Roan"],
                    "url": "https://example.org/aldria-transfers",
                    "published": "2023-06-16",
                    "snapshot": "article.txt",
                },
                {
                    "id": "oren-varga",
                    "name": "Oren Varga",
                    "kind": "person",
                    "native_name": {"text": "Орен Варга", "lang": "ru"},
                    "description": "Head of the Varga family, a leader of the Dravan smuggling ring.",
                    "cite": [{"source": "roan-2023", "evidence": "A fourth leader of the gang, Oren Varga"}],
                },
                {
                    "id": "suspects-transferred",
                    "value": 3850,
                    "unit": "people",
                    "counts": "cigarette smuggling suspects transferred to Veltria",
                    "qualifier": "exact",
                    "as_of": "2023-06-13",
                    "period": {"from": "2023-03", "to": "2023-06-13"},
                    "stated_by": ["veltrian-officials"],
                    "cite": [_CITE],
                },
                {
                    "id": "border-trade-zone",
                    "term": "border trade zone",
                    "definition": "An area of Aldria where goods cross the border under local rules.",
                    "cite": [{"source": "roan-2023", "evidence": "Dravan border trade zone"}],
                },
                {
                    "id": "transfer-announced",
                    "date": "2023-06-13",
                    "date_note": "The article says Tuesday; it was published on Friday 16 June.",
                    "title": "Veltria announces the 3,850th transfer",
                    "actors": ["veltrian-officials"],
                    "cite": [{"source": "roan-2023", "evidence": "Veltrian officials said Tuesday"}],
                },
                {
                    "id": "smuggling-depots-closed",
                    "statement": "Many cross-border smuggling depots have been shut down.",
                    "claimants": ["ministry-of-customs"],
                    "status": "stated",
                    "cite": [
                        {
                            "source": "roan-2023",
                            "evidence": "cross-border smuggling depots have been successfully closed",
                        }
                    ],
                },
                {
                    "subject": "ilan-varga",
                    "predicate": "leader-of",
                    "object": "dravan-smuggling-ring",
                    "cite": [
                        {
                            "source": "roan-2023",
                            "evidence": "three leaders of the cigarette smuggling ring",
                        }
                    ],
                },
                {
                    "id": "ilan-varga",
                    "actor": "aldria-smuggling-transfer/ilan-varga",
                    "description": "Oren Varga's son, sentenced to life in Port Halden in September 2025.",
                    "cite": [{"source": "halden-verdict-2025", "evidence": "sentenced to life"}],
                },
                {
                    "id": "who-was-transferred",
                    "question": "Who was transferred, and to whom?",
                    "answer": "Aldria transferred 3,850 smuggling suspects to Veltria in 2023.",
                    "numbers": ["suspects-transferred"],
                    "events": ["transfer-announced"],
                },
            ],
            strict=True,
        )
    },
}


# -- types in words -------------------------------------------------------------------------------


def _constraints(metadata: list[Any]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for item in metadata:
        for name in ("pattern", "max_length", "min_length"):
            value = getattr(item, name, None)
            if value is not None:
                found[name] = value
        if isinstance(item, FieldInfo):
            found.update(_constraints(item.metadata))
    return found


def type_words(annotation: Any, metadata: list[Any] | None = None) -> str:
    """A field's type as a contributor reads it: "id", "list of id", "date (YYYY-MM-DD)"."""
    if get_origin(annotation) is Annotated:
        inner, *extra = get_args(annotation)
        return type_words(inner, [*(metadata or []), *extra])
    if get_origin(annotation) in (Union, types.UnionType):
        options = [arg for arg in get_args(annotation) if arg is not type(None)]
        bases = {get_args(arg)[0] if get_origin(arg) is Annotated else arg for arg in options}
        if bases == {int, float}:
            return "number"
        return " or ".join(type_words(arg, metadata if len(options) == 1 else None) for arg in options)
    if get_origin(annotation) is list:
        return "list of " + type_words(get_args(annotation)[0])
    if isinstance(annotation, type) and issubclass(annotation, StrEnum):
        return "one of " + ", ".join(f"`{member.value}`" for member in annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return f"[{_title(annotation).lower()}](#{_anchor(annotation)})"
    if annotation is dt.date:
        return "date (YYYY-MM-DD)"
    if annotation is bool:
        return "true or false"
    if annotation in (int, float):
        return "number"
    if annotation is str:
        limits = _constraints(metadata or [])
        pattern = limits.get("pattern")
        if pattern == ID_PATTERN:
            return "id"
        if pattern == PARTIAL_DATE_PATTERN:
            return "date (YYYY, YYYY-MM or YYYY-MM-DD, quoted)"
        if pattern == URL_PATTERN:
            return "URL (http or https)"
        if pattern == LANGUAGE_PATTERN:
            return "language tag (BCP 47)"
        if pattern:
            return f"text matching `{pattern}`"
        if limits.get("max_length"):
            return f"text (up to {limits['max_length']:,} characters)"
        return "text"
    return getattr(annotation, "__name__", str(annotation))


def _title(model: type[BaseModel]) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", " ", model.__name__)


def _anchor(model: type[BaseModel]) -> str:
    return _title(model).lower().replace(" ", "-")


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _default(info: FieldInfo) -> str:
    if info.is_required():
        return "**required**"
    if info.default_factory is not None:
        return "optional (empty)"
    if info.default is None or info.default is PydanticUndefined:
        return "optional"
    default = info.default.value if isinstance(info.default, StrEnum) else info.default
    return f"optional (default `{str(default).lower() if isinstance(default, bool) else default}`)"


def _enum_values(info: FieldInfo) -> str:
    values = schema_enum(info)
    return " One of " + ", ".join(f"`{v}`" for v in values) + "." if isinstance(values, list) else ""


def field_table(model: type[BaseModel]) -> list[str]:
    lines = ["| Field | Type | Required | Description |", "| --- | --- | --- | --- |"]
    for name, info in model.model_fields.items():
        description = _cell(info.description or "") + _enum_values(info)
        if info.examples:
            shown = ", ".join(f"`{_cell(str(example))}`" for example in info.examples)
            description += f" Example: {shown}."
        kind = type_words(info.annotation, list(info.metadata))
        lines.append(f"| `{info.alias or name}` | {kind} | {_default(info)} | {description.strip()} |")
    return lines


def _example(model: type[Entry]) -> list[str]:
    data = EXAMPLES.get(model)
    if data is None:
        return []
    return ["Example:", "", "```yaml", dump_entries(data, model).rstrip("\n"), "```", ""]


def format_reference_markdown() -> str:
    """The whole reference page, in Markdown."""
    lines = [
        "# Format reference",
        "",
        "<!-- Generated from generator/format/model.py and generator/format/rules.py"
        " by `explainer reference`. -->",
        "",
        "A dossier is a folder `content/<slug>/` holding `dossier.yaml` and one file per kind of entry.",
        "A kind with many entries may instead be a folder of files, such as `actors/asia.yaml`.",
        "Every field is listed below with its type, whether it is required, and what it means.",
        "",
        "| File | Holds |",
        "| --- | --- |",
        f"| `{Meta.file_name}.yaml` | {_cell((Meta.__doc__ or '').strip())} |",
        *(f"| `{kind.file_name}.yaml` | a list of {kind.noun} entries |" for kind in ENTRY_KINDS),
        "",
    ]
    kinds: tuple[type[Entry], ...] = (Meta, *ENTRY_KINDS)
    for model in kinds:
        heading = f"`{model.file_name}.yaml`: {model.noun}"
        lines += [f"## {heading}", "", (model.__doc__ or "").strip(), "", *field_table(model), ""]
        lines += _example(model)
    lines += [
        f"## `{StoredText.file_name}.yaml`: {StoredText.noun}",
        "",
        inspect.cleandoc(StoredText.__doc__ or ""),
        "",
        *field_table(StoredText),
        "",
        "## `content/settings.yaml`: settings (optional)",
        "",
        inspect.cleandoc(Settings.__doc__ or ""),
        "",
        *field_table(Settings),
        "",
    ]
    lines += ["## Parts used inside entries", ""]
    for model in NESTED:
        lines += [f"### {_title(model)}", "", (model.__doc__ or "").strip(), "", *field_table(model), ""]
    lines += [
        "## Rules",
        "",
        "`explainer validate` reports each problem with its rule. Errors always fail; warnings fail",
        "under `--strict`, as in CI.",
        "",
        "| Rule | Severity | What it catches |",
        "| --- | --- | --- |",
        *(f"| `{rule}` | {spec.severity} | {_cell(spec.summary)} |" for rule, spec in RULES.items()),
        "",
    ]
    return "\n".join(lines)
