"""A loaded story holds equal values once (``generator.checking.footprint``): the stories of a
publication, held to the end of every build and shard, share their entries' sets of given fields and,
within a story, equal strings, with every value as loaded."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from generator.checking import loader
from generator.checking.footprint import shared, shared_anew
from generator.checking.loader import load_site
from generator.format.dossier import Dossier, Site
from generator.format.model import SourceKind

DOSSIERS = Path(__file__).parent / "fixtures" / "dossiers"


def models(value: Any) -> Iterator[BaseModel]:
    if isinstance(value, BaseModel):
        yield value
        for item in value.__dict__.values():
            yield from models(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from models(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from models(item)


def strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, BaseModel):
        yield from strings(list(value.__dict__.values()))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from strings(item)
    elif isinstance(value, dict):
        yield from strings(list(value.values()))


def entries(dossier: Dossier) -> list[BaseModel]:
    return [model for name in dossier.__dataclass_fields__ for model in models(getattr(dossier, name))]


def load(tmp_path: Path) -> Site:
    for folder in sorted(DOSSIERS.iterdir()):
        shutil.copytree(folder, tmp_path / "content" / folder.name)
    return load_site(tmp_path / "content").raise_for_problems()


def test_the_stories_share_their_entries_sets_of_given_fields_and_equal_strings(tmp_path: Path) -> None:
    site = load(tmp_path)
    assert len(site.dossiers) == 4
    sets: dict[tuple[type, frozenset[str]], set[int]] = {}
    held = [model for dossier in site.dossiers for model in entries(dossier)]
    for dossier in site.dossiers:
        for model in entries(dossier):
            given = model.__pydantic_fields_set__
            sets.setdefault((type(model), frozenset(given)), set()).add(id(given))
        by_value: dict[str, set[int]] = {}
        for text in strings([getattr(dossier, name) for name in dossier.__dataclass_fields__]):
            by_value.setdefault(text, set()).add(id(text))
        assert {text for text, found in by_value.items() if len(found) > 1} == set(), dossier.slug
    assert len(held) > 4 * len(sets)
    assert {key for key, found in sets.items() if len(found) > 1} == set()


def test_shared_values_are_the_values_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = load(tmp_path / "shared")
    monkeypatch.setattr(loader, "shared", lambda dossier: dossier)
    plain = load(tmp_path / "plain")
    for dossier, alone in zip(site.dossiers, plain.dossiers, strict=True):
        assert repr(dossier).replace("/shared/", "/plain/") == repr(alone)
        for model, unshared in zip(entries(dossier), entries(alone), strict=True):
            assert model.model_dump() == unshared.model_dump(exclude_unset=False)
            assert model.model_dump(exclude_unset=True) == unshared.model_dump(exclude_unset=True)
    # A copy given a field has a set of its own: the entries sharing the set keep theirs as it was.
    everything = [model for dossier in site.dossiers for model in entries(dossier)]
    first, twin = next(
        (a, b)
        for a in everything
        for b in everything
        if a is not b
        and a.__pydantic_fields_set__ is b.__pydantic_fields_set__
        and set(type(a).model_fields) - a.__pydantic_fields_set__
    )
    before = set(twin.__pydantic_fields_set__)
    unset = sorted(set(type(first).model_fields) - first.__pydantic_fields_set__)[0]
    copy = first.model_copy(update={unset: getattr(first, unset)})
    assert unset in copy.__pydantic_fields_set__
    assert twin.__pydantic_fields_set__ == first.__pydantic_fields_set__ == before


def test_a_story_taken_as_it_was_kept_is_walked_only_where_the_checks_replaced_it(tmp_path: Path) -> None:
    # ``shared_anew``: a field the checks across stories replaced gets equal strings once; a field
    # they left is not walked (its values stay the objects they were, shared or not).
    before = next(dossier for dossier in load(tmp_path).dossiers if dossier.terms and dossier.actors)
    term = before.terms[0]
    copies = tuple(term.model_copy(update={"term": term.term[:1] + term.term[1:]}) for _ in range(2))
    assert copies[0].term is not copies[1].term
    unshared_actor = before.actors[0].model_copy(update={"name": term.term[:1] + term.term[1:]})
    left = (unshared_actor, *before.actors[1:])
    after = dataclasses.replace(before, terms=copies, actors=left)
    shared_anew(after, dataclasses.replace(before, actors=left))
    assert after.terms[0].term is after.terms[1].term
    # Walked too, its equal name would now be the terms' string.
    assert after.actors[0].name == term.term and after.actors[0].name is not after.terms[0].term


def test_a_kind_stays_a_kind_beside_an_equal_string(tmp_path: Path) -> None:
    # A source of the kind "other" in a story whose evidence is the word "other": the kind (an enum
    # of strings, equal to its value) stays the kind, not the evidence's string (found by the
    # random-dossier property test: `'str' object has no attribute 'value'`).
    site = load(tmp_path)
    dossier = next(d for d in site.dossiers if d.sources and d.meta.story and d.meta.story[0].cite)
    paragraph = dossier.meta.story[0]
    cite = paragraph.cite[0].model_copy(update={"evidence": "other"})
    story = (paragraph.model_copy(update={"cite": (cite, *paragraph.cite[1:])}), *dossier.meta.story[1:])
    meta = dossier.meta.model_copy(update={"story": story})
    source = dossier.sources[0].model_copy(update={"kind": SourceKind.OTHER})
    mixed = dataclasses.replace(dossier, meta=meta, sources=(source, *dossier.sources[1:]))
    shared(mixed)
    assert mixed.sources[0].kind is SourceKind.OTHER
    assert type(mixed.meta.story[0].cite[0].evidence) is str
