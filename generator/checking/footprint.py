"""A loaded story's memory: equal values held once.

A build holds every story of the publication as loaded, to the end (a shard too, for the checks across
stories and the pages that show other stories), about 0.34 MB a story, a third of it not the story's
text: pydantic gives each of a story's few hundred entries and parts its own set of the fields that
were given (``__pydantic_fields_set__``, 200 to 700 bytes each), and YAML makes a new string for each
time an id, a date or a kind is written (a source's id in every citation of it). ``shared`` makes
each such set one per model and set of fields, and each string one per story, in place: every value
stays equal, so what is built from a story does not change.

The sets can be shared because every model is frozen (pydantic adds to the set only when a field is
assigned) and ``model_copy`` copies the set before it changes it.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from generator.format.dossier import Dossier

# One set of given fields for each model and set of fields, for the whole process: a few hundred.
_FIELD_SETS: dict[tuple[type[BaseModel], frozenset[str]], set[str]] = {}


def shared(dossier: Dossier) -> Dossier:
    """``dossier``, its entries now sharing equal strings and their sets of given fields."""
    strings: dict[str, str] = {}
    done: set[int] = set()
    for name in dossier.__dataclass_fields__:
        _share(getattr(dossier, name), strings, done)
    return dossier


def shared_anew(dossier: Dossier, before: Dossier | None) -> Dossier:
    """``dossier`` as ``shared`` makes it, given it is ``before`` (already shared) with some fields
    replaced (by the checks across stories): only those are walked. A story taken from the cache is
    shared as it was kept (a pickle keeps one object once), and walking all of 1,000 stories again
    took a second of each rebuild and saved no memory (measured: 308 MB either way)."""
    if before is None:
        return shared(dossier)
    strings: dict[str, str] = {}
    done: set[int] = set()
    for name in dossier.__dataclass_fields__:
        if (value := getattr(dossier, name)) is not getattr(before, name):
            _share(value, strings, done)
    return dossier


def _share(value: Any, strings: dict[str, str], done: set[int]) -> Any:
    """An equal value made of shared parts: the same object where it can change in place."""
    if type(value) is str:  # not a kind: an enum of strings equals its value, and would become it
        return strings.setdefault(value, value)
    if isinstance(value, str):
        return value
    if isinstance(value, BaseModel):
        if id(value) not in done:
            done.add(id(value))
            _share_model(value, strings, done)
        return value
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        items = tuple(_share(item, strings, done) for item in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if isinstance(value, list):
        value[:] = [_share(item, strings, done) for item in value]
    elif isinstance(value, dict):
        for key, item in value.items():
            value[key] = _share(item, strings, done)
    return value


def _share_model(model: BaseModel, strings: dict[str, str], done: set[int]) -> None:
    fields = model.__dict__
    for key, item in fields.items():
        fields[key] = _share(item, strings, done)
    given = model.__pydantic_fields_set__
    one = _FIELD_SETS.setdefault((type(model), frozenset(given)), given)
    if one is not given:
        object.__setattr__(model, "__pydantic_fields_set__", one)
    extra = model.__pydantic_extra__
    if extra:
        _share(extra, strings, done)
