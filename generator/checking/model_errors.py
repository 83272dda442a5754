"""Pydantic's validation errors in a contributor's terms: one diagnostic per problem, with a hint.

A constraint with a rule of its own declares it in the model (``Broken`` beside the constraint),
read here through ``introspect``; pydantic's own checks (a missing or unknown field, a wrong type,
a length, a choice, a date) have one rule each below.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from generator.checking.diagnostics import Diagnostic, Pointer, problem
from generator.checking.text import TODO
from generator.checking.yamlfile import YamlDocument
from generator.format.introspect import field_at, inner_model, metadata, model_at
from generator.format.model import ID_PATTERN
from generator.format.rules import Broken


def pydantic_diagnostics(
    error: ValidationError, kind: type[BaseModel], doc: YamlDocument, base: Pointer
) -> Iterator[Diagnostic]:
    """One diagnostic per distinct problem; union alternatives for one value are merged. A TODO
    placeholder (``value: TODO``) is reported once, by the `todo` rule, not again as a wrong type."""
    seen: set[Pointer] = set()
    for detail in error.errors(include_url=False):
        loc = _field_loc(kind, detail["loc"])
        placeholder = isinstance(detail.get("input"), str) and TODO.search(detail["input"])
        if loc in seen or placeholder:
            continue
        seen.add(loc)
        yield _one_pydantic(detail, kind, doc, (*base, *loc))


def _field_loc(kind: type[BaseModel], loc: tuple[Any, ...]) -> Pointer:
    """Drop the names pydantic gives union members ("int", "float") from a location."""
    model: Any = kind
    kept: list[str | int] = []
    for step in loc:
        if isinstance(step, int):
            kept.append(step)
            continue
        fields = getattr(model, "model_fields", None)
        if fields is None:
            continue
        alias_map = {f.alias or name: name for name, f in fields.items()}
        if step in fields or step in alias_map:
            kept.append(step)
            model = inner_model(fields[alias_map.get(step, step)].annotation)
        elif model is not kind or not kept:
            # An unknown field is kept; a union member's name ("int", "float") is dropped.
            kept.append(step)
            model = None
    return tuple(kept)


_TYPE_NAMES = {
    str: "text",
    int: "a whole number",
    float: "a number",
    bool: "true or false",
    list: "a list",
    dict: "a mapping",
    type(None): "nothing",
}


def describe(value: Any) -> str:
    # By the nearest type: a decimal as written (``WrittenFloat``) is a number, True no whole number.
    for python_type in type(value).__mro__:
        if python_type in _TYPE_NAMES:
            return _TYPE_NAMES[python_type]
    return type(value).__name__


def _declared(kind: type[BaseModel], loc: Pointer, error_type: str) -> Broken | None:
    """The rule the model declares beside the constraint that failed, if it declares one."""
    field = field_at(kind, loc)
    if field is None:
        return None
    return next((m for m in metadata(field) if isinstance(m, Broken) and m.error == error_type), None)


# One pydantic error, told: (rule, message, hint).
Told = tuple[str, str, str]


@dataclass(frozen=True)
class _Failure:
    """One error of pydantic's, with the names a contributor knows it by."""

    detail: Any
    kind: type[BaseModel]
    loc: Pointer
    error_type: str
    field_name: str
    value: Any
    noun: str

    @classmethod
    def of(cls, detail: Any, kind: type[BaseModel]) -> _Failure:
        loc = _field_loc(kind, tuple(detail["loc"]))
        field_name = next((str(step) for step in reversed(loc) if isinstance(step, str)), kind.__name__)
        noun = getattr(kind, "noun", "") or "entry"
        return cls(detail, kind, loc, detail["type"], field_name, detail.get("input"), noun)

    @property
    def context(self) -> dict[str, Any]:
        return dict(self.detail.get("ctx", {}))


def _one_pydantic(detail: Any, kind: type[BaseModel], doc: YamlDocument, pointer: Pointer) -> Diagnostic:
    failure = _Failure.of(detail, kind)
    if failure.error_type == "missing":
        return problem(doc.display, "field-missing", *_missing(failure), pointer=pointer[:-1])
    if failure.error_type == "extra_forbidden":
        return problem(doc.display, "field-unknown", *_unknown(failure), pointer=pointer, at_key=True)
    declared = _declared(kind, failure.loc, failure.error_type)
    if declared is not None:
        message, hint = declared.explain(failure.value, failure.field_name, failure.noun)
        return problem(doc.display, declared.rule, message, hint, pointer=pointer)
    for told in (_choice(failure), _bound(failure), _length(failure)):
        if told is not None:
            return problem(doc.display, *told, pointer=pointer)
    return problem(doc.display, *_wrong_type(failure), pointer=pointer)


def _missing(failure: _Failure) -> tuple[str, str]:
    parent = model_at(failure.kind, failure.loc[:-1])
    name = failure.field_name
    description = ""
    if parent is not None and name in parent.model_fields:
        description = parent.model_fields[name].description or ""
    hint = f"add `{name}:`" + (f" ({description})" if description else "")
    return f"this {failure.noun} is missing the required field {name!r}", hint


def _unknown(failure: _Failure) -> tuple[str, str]:
    parent = model_at(failure.kind, failure.loc[:-1])
    names = sorted(
        (f.alias or name) for name, f in (parent.model_fields.items() if parent is not None else ())
    )
    close = difflib.get_close_matches(failure.field_name, names, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]!r}?" if close else "allowed fields: " + ", ".join(names)
    return f"unknown field {failure.field_name!r}", hint


def _choice(failure: _Failure) -> Told | None:
    """A value that is not one of the allowed ones: a pattern, a date, a choice of words."""
    value, name, error_type = failure.value, failure.field_name, failure.error_type
    if error_type == "string_pattern_mismatch":
        return "value-invalid", f"{value!r} is not a valid {name}", "see the format reference"
    if error_type.startswith("date"):
        return (
            "date-invalid",
            f"{value!r} is not a valid date",
            "write the date as YYYY-MM-DD, e.g. 2023-11-24",
        )
    if error_type != "enum":
        return None
    expected = failure.context.get("expected", "")
    close = difflib.get_close_matches(str(value), re.findall(r"'([^']+)'", expected), n=1, cutoff=0.5)
    hint = f"did you mean {close[0]!r}?" if close else f"use one of {expected}"
    if name == "no_text":
        hint += " (any detail goes in the source's `note:`)"
    return "value-invalid", f"{value!r} is not a valid {name}", hint


_BOUNDS = {
    "greater_than": "more than",
    "greater_than_equal": "at least",
    "less_than": "less than",
    "less_than_equal": "at most",
}


def _bound(failure: _Failure) -> Told | None:
    if failure.error_type not in _BOUNDS:
        return None
    limit = next(iter(failure.context.values()), "")
    limit = f"{limit:g}" if isinstance(limit, float) else limit
    message = f"{failure.field_name!r} must be {_BOUNDS[failure.error_type]} {limit}, not {failure.value!r}"
    return "value-invalid", message, "see the format reference for what the value means"


def _length(failure: _Failure) -> Told | None:
    if failure.error_type not in {"string_too_short", "string_too_long", "too_long", "too_short"}:
        return None
    if "short" in failure.error_type:
        return "text-invalid", f"{failure.field_name!r} is empty", "write a value"
    most = failure.context.get("max_length")
    if failure.error_type == "too_long":  # a list, not a text
        message = f"{failure.field_name!r} lists more than {most} entries"
        return "value-invalid", message, f"keep at most {most}"
    message = f"{failure.field_name!r} is too long (at most {most} characters)"
    if _is_id(failure):
        return (
            "text-invalid",
            message,
            "an id is a short name: shorten it here and where its entry is defined",
        )
    return "text-invalid", message, "shorten it; evidence is a phrase, not a paragraph"


_EXPECTED = {
    "string_type": "text",
    "int_type": "a number",
    "float_type": "a number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "list_type": "a list",
    "dict_type": "a mapping",
    "model_type": "a mapping",
    "model_attributes_type": "a mapping",
}
_TYPE_HINTS = {
    "text": "put the value in quotes",
    "a number": "write the value as a plain number, e.g. 3850, without quotes or separators",
    "a list": "write each item on its own line starting with `- `",
    "a mapping": "write `field: value` pairs, one per line",
}


# Words older YAML (1.1) read as true or false, which YAML 1.2, and so this format, reads as text.
_YAML11_FLAGS = {"yes": True, "y": True, "on": True, "no": False, "n": False, "off": False}


def _flag_hint(value: Any) -> str:
    """How to write a true-or-false field given ``value``: "write true or false, without quotes"
    told a contributor who wrote an unquoted `yes` to do what they had done."""
    if isinstance(value, str):
        word = value.strip().casefold()
        if word in _YAML11_FLAGS:
            meant = "true" if _YAML11_FLAGS[word] else "false"
            return f"`{value.strip()}` is read as text, not as true or false: write {meant}"
        if word in ("true", "false"):
            return f"write {word} without quotes: in quotes it is text"
    elif isinstance(value, int | float) and not isinstance(value, bool) and value in (0, 1):
        return f"write {'true' if value else 'false'}: a number is not true or false"
    return "write true or false"


def _is_id(failure: _Failure) -> bool:
    """Whether the field is an id (``model.Id``): a slug naming one entry, not a text to quote."""
    declared = _declared(failure.kind, failure.loc, "string_pattern_mismatch")
    return declared is not None and declared.rule == "id-invalid"


def _wrong_type(failure: _Failure) -> Told:
    expected = _EXPECTED.get(failure.error_type, "a different value")
    hint = _TYPE_HINTS.get(expected, failure.detail.get("msg", ""))
    if expected == "true or false":
        hint = _flag_hint(failure.value)
    if isinstance(failure.value, list) and _is_id(failure):
        # Quoting `revises: [a, b]` gives no id: the field names one entry.
        first = next(
            (v for v in failure.value if isinstance(v, str) and re.fullmatch(ID_PATTERN, v)), "my-id"
        )
        name = failure.field_name
        hint = f"`{name}` names one id, not a list: e.g. `{name}: {first}`"
    return "type-invalid", f"{failure.field_name!r} should be {expected}, not {describe(failure.value)}", hint
