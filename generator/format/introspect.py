"""Looking inside the model: which pydantic model a field holds, and the model at a field path.

The one place that reads field annotations, used by validation (to place errors), the formatter
(to order keys), the scaffold (to write a new entry) and the generated reference.
"""

from __future__ import annotations

from typing import Annotated, Any, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo


def inner_model(annotation: Any) -> Any:
    """The pydantic model inside an annotation (``list[Citation]``, ``Period | None``), or None."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        inner = inner_model(arg)
        if inner is not None:
            return inner
    return None


def model_at(kind: type[BaseModel], loc: tuple[str | int, ...]) -> Any:
    """The model that holds the field at ``loc`` (list indexes skipped), or None past a plain value."""
    model: Any = kind
    for step in loc:
        if isinstance(step, int) or model is None:
            continue
        fields = model.model_fields
        alias_map = {f.alias or name: name for name, f in fields.items()}
        name = alias_map.get(str(step), str(step))
        if name not in fields:
            return None
        model = inner_model(fields[name].annotation)
    return model


def field_at(kind: type[BaseModel], loc: tuple[str | int, ...]) -> FieldInfo | None:
    """The field named by the last name in ``loc`` (list indexes skipped), or None."""
    names = [step for step in loc if isinstance(step, str)]
    if not names:
        return None
    parent = model_at(kind, tuple(names[:-1]))
    if parent is None:
        return None
    fields = parent.model_fields
    alias_map = {f.alias or name: name for name, f in fields.items()}
    found: FieldInfo | None = fields.get(alias_map.get(names[-1], names[-1]))
    return found


def metadata(field: FieldInfo) -> list[Any]:
    """Every ``Annotated`` metadata object of a field, its optional and list forms included,
    outermost first; the metadata of nested models is theirs, not the field's."""
    found: list[Any] = list(field.metadata)

    def walk(annotation: Any) -> None:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            return
        if get_origin(annotation) is Annotated:
            found.extend(annotation.__metadata__)
        for arg in get_args(annotation):
            walk(arg)

    walk(field.annotation)
    return found


def schema_enum(info: FieldInfo) -> list[Any] | None:
    """The values a field's JSON Schema extra allows (``enum``, or the ``enum`` of one ``anyOf``)."""
    extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
    options = extra.get("anyOf")
    alternatives = options if isinstance(options, list) else []
    values = extra.get("enum") or next(
        (option.get("enum") for option in alternatives if isinstance(option, dict)), None
    )
    return values if isinstance(values, list) else None
