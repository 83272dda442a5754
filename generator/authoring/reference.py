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
    PredicateDefinition,
    Correction,
    ReprintOf,
)

_CITE = {"source": "ljubas-2023", "evidence": "handed over 31,000 telecom network fraud suspects"}
EXAMPLES: dict[type[Entry], Any] = {
    Meta: {
        "title": "Myanmar's scam-centre handover",
        "slug": "myanmar-scam-handover",
        "summary": "In 2023 Myanmar handed over tens of thousands of telecom fraud suspects to China.",
        "language": "en",
        "published": "2024-01-15",
        "last_reviewed": "2024-01-15",
        "licence": "CC-BY-4.0",
        "key_figure": "suspects-handed-over",
        "place": "Northern Myanmar",
        "tags": ["crime", "borders"],
        "story": [
            {
                "text": "Myanmar handed over 31,000 telecom fraud suspects to China in 2023.",
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
                    "id": "ljubas-2023",
                    "title": "Myanmar Hands Over 31,000 Telecom Scammers to China",
                    "kind": "article",
                    "authors": ["Zdravko Ljubas"],
                    "url": "https://example.org/myanmar-hands-over",
                    "published": "2023-11-24",
                    "snapshot": "article.txt",
                },
                {
                    "id": "ming-xuechang",
                    "name": "Ming Xuechang",
                    "kind": "person",
                    "native_name": {"text": "明学昌", "lang": "zh-Hans"},
                    "description": "Head of the Ming family, a leader of the Kokang telecom fraud ring.",
                    "cite": [
                        {"source": "ljubas-2023", "evidence": "A fourth leader of the gang, Ming Xuechang"}
                    ],
                },
                {
                    "id": "suspects-handed-over",
                    "value": 31000,
                    "unit": "people",
                    "counts": "telecom fraud suspects handed over to China",
                    "qualifier": "exact",
                    "as_of": "2023-11-21",
                    "period": {"from": "2023-09", "to": "2023-11-21"},
                    "stated_by": ["chinese-officials"],
                    "cite": [_CITE],
                },
                {
                    "id": "self-administered-zone",
                    "term": "self-administered zone",
                    "definition": "An area of Myanmar run with some autonomy by a local administration.",
                    "cite": [{"source": "ljubas-2023", "evidence": "Kokang self-administered zone"}],
                },
                {
                    "id": "handover-announced",
                    "date": "2023-11-21",
                    "date_note": "The article says Tuesday; it was published on Friday 24 November.",
                    "title": "China announces the 31,000th handover",
                    "actors": ["chinese-officials"],
                    "cite": [{"source": "ljubas-2023", "evidence": "Chinese officials said Tuesday"}],
                },
                {
                    "id": "fraud-dens-eradicated",
                    "statement": "Many overseas fraud dens have been shut down.",
                    "claimants": ["ministry-of-public-security"],
                    "status": "stated",
                    "cite": [
                        {
                            "source": "ljubas-2023",
                            "evidence": "overseas fraud dens have been successfully eradicated",
                        }
                    ],
                },
                {
                    "subject": "ming-guoping",
                    "predicate": "leader-of",
                    "object": "kokang-fraud-ring",
                    "cite": [
                        {
                            "source": "ljubas-2023",
                            "evidence": "three leaders of the telecom fraud criminal ring",
                        }
                    ],
                },
                {
                    "id": "ming-guoping",
                    "actor": "myanmar-scam-handover/ming-guoping",
                    "description": "Ming Xuechang's son, sentenced to death in Wenzhou in September 2025.",
                    "cite": [{"source": "wenzhou-verdict-2025", "evidence": "sentenced to death"}],
                },
                {
                    "id": "who-was-handed-over",
                    "question": "Who was handed over, and to whom?",
                    "answer": "Myanmar handed 31,000 fraud suspects over to China in 2023.",
                    "numbers": ["suspects-handed-over"],
                    "events": ["handover-announced"],
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
