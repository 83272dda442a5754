"""Pydantic's validation errors in a contributor's terms: one diagnostic per problem, with a hint.

A constraint with a rule of its own declares it in the model (``Broken`` beside the constraint),
read here through ``introspect``; pydantic's own checks (a missing or unknown field, a wrong type,
a length, a choice, a date) have one rule each below.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel, ValidationError

from generator.checking.diagnostics import Diagnostic, Pointer, problem
from generator.checking.text import TODO
from generator.checking.yamlfile import YamlDocument
from generator.format.introspect import field_at, inner_model, metadata, model_at
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
    for python_type, name in _TYPE_NAMES.items():
        if type(value) is python_type:
            return name
    return type(value).__name__


def _declared(kind: type[BaseModel], loc: Pointer, error_type: str) -> Broken | None:
    """The rule the model declares beside the constraint that failed, if it declares one."""
    field = field_at(kind, loc)
    if field is None:
        return None
    return next((m for m in metadata(field) if isinstance(m, Broken) and m.error == error_type), None)


def _one_pydantic(detail: Any, kind: type[BaseModel], doc: YamlDocument, pointer: Pointer) -> Diagnostic:
    error_type: str = detail["type"]
    loc = _field_loc(kind, tuple(detail["loc"]))
    field_name = next((str(step) for step in reversed(loc) if isinstance(step, str)), kind.__name__)
    value = detail.get("input")
    noun = getattr(kind, "noun", "") or "entry"
    if error_type == "missing":
        parent = model_at(kind, loc[:-1])
        description = ""
        if parent is not None and field_name in parent.model_fields:
            description = parent.model_fields[field_name].description or ""
        hint = f"add `{field_name}:`" + (f" ({description})" if description else "")
        return problem(
            doc.display,
            "field-missing",
            f"this {noun} is missing the required field {field_name!r}",
            hint,
            pointer=pointer[:-1],
        )
    if error_type == "extra_forbidden":
        parent = model_at(kind, loc[:-1])
        names = sorted(
            (f.alias or name) for name, f in (parent.model_fields.items() if parent is not None else ())
        )
        close = difflib.get_close_matches(field_name, names, n=1, cutoff=0.6)
        hint = f"did you mean {close[0]!r}?" if close else "allowed fields: " + ", ".join(names)
        return problem(
            doc.display, "field-unknown", f"unknown field {field_name!r}", hint, pointer=pointer, at_key=True
        )
    declared = _declared(kind, loc, error_type)
    if declared is not None:
        message, hint = declared.explain(value, field_name, noun)
        return problem(doc.display, declared.rule, message, hint, pointer=pointer)
    if error_type == "string_pattern_mismatch":
        return problem(
            doc.display,
            "value-invalid",
            f"{value!r} is not a valid {field_name}",
            "see the format reference",
            pointer=pointer,
        )
    if error_type.startswith("date"):
        return problem(
            doc.display,
            "date-invalid",
            f"{value!r} is not a valid date",
            "write the date as YYYY-MM-DD, e.g. 2023-11-24",
            pointer=pointer,
        )
    if error_type == "enum":
        expected = detail.get("ctx", {}).get("expected", "")
        close = difflib.get_close_matches(str(value), re.findall(r"'([^']+)'", expected), n=1, cutoff=0.5)
        hint = f"did you mean {close[0]!r}?" if close else f"use one of {expected}"
        if field_name == "no_text":
            hint += " (any detail goes in the source's `note:`)"
        return problem(
            doc.display, "value-invalid", f"{value!r} is not a valid {field_name}", hint, pointer=pointer
        )
    bounds = {"greater_than": "more than", "greater_than_equal": "at least", "less_than": "less than"}
    if error_type in {*bounds, "less_than_equal"}:
        limit = next(iter(detail.get("ctx", {}).values()), "")
        limit = f"{limit:g}" if isinstance(limit, float) else limit
        return problem(
            doc.display,
            "value-invalid",
            f"{field_name!r} must be {bounds.get(error_type, 'at most')} {limit}, not {value!r}",
            "see the format reference for what the value means",
            pointer=pointer,
        )
    if error_type in {"string_too_short", "string_too_long", "too_long", "too_short"}:
        limit = detail.get("ctx", {})
        message = (
            f"{field_name!r} is empty"
            if "short" in error_type
            else f"{field_name!r} is too long (at most {limit.get('max_length')} characters)"
        )
        hint = (
            "write a value" if "short" in error_type else "shorten it; evidence is a phrase, not a paragraph"
        )
        return problem(doc.display, "text-invalid", message, hint, pointer=pointer)
    expected = {
        "string_type": "text",
        "int_type": "a number",
        "float_type": "a number",
        "bool_type": "true or false",
        "bool_parsing": "true or false",
        "list_type": "a list",
        "dict_type": "a mapping",
        "model_type": "a mapping",
        "model_attributes_type": "a mapping",
    }.get(error_type, "a different value")
    hint = {
        "text": "put the value in quotes",
        "a number": "write the value as a plain number, e.g. 31000, without quotes or separators",
        "a list": "write each item on its own line starting with `- `",
        "a mapping": "write `field: value` pairs, one per line",
    }.get(expected, detail.get("msg", ""))
    return problem(
        doc.display,
        "type-invalid",
        f"{field_name!r} should be {expected}, not {describe(value)}",
        hint,
        pointer=pointer,
    )
