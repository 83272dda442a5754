"""A loaded, validated dossier: the typed model that pages are built from."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TypeVar

from generator.format.model import (
    Actor,
    Claim,
    Event,
    Item,
    Meta,
    Number,
    Question,
    Relationship,
    SharedActor,
    Source,
    Term,
)
from generator.format.vocabulary import PREDICATES, Predicate, both_numbers

T = TypeVar("T", bound=Item)


def _index(entries: Iterable[T]) -> dict[str, T]:
    return {entry.id: entry for entry in entries}  # type: ignore[attr-defined]


def vocabulary(meta: Meta | None) -> dict[str, Predicate]:
    """The predicates relationships may use: the shared ones, then the dossier's own."""
    # A dossier's wording is a whole verb phrase ("drains into"), used as written at either end
    # after a singular subject and in its plural form after a plural one ("drain into").
    own = (
        {
            d.id: Predicate(
                d.forward,
                d.inverse,
                both_numbers(d.forward, d.forward_plural),
                both_numbers(d.inverse, d.inverse_plural),
            )
            for d in meta.predicates
        }
        if meta
        else {}
    )
    return {**PREDICATES, **{key: value for key, value in own.items() if key not in PREDICATES}}


@dataclass(frozen=True)
class Appearance:
    """The same actor in another story: that dossier's slug and title, and the actor's id there."""

    slug: str
    title: str
    actor_id: str


@dataclass(frozen=True)
class ThreadLink:
    """Another story of the same thread: "Previously" (the one this follows) or "Next"."""

    label: str
    slug: str
    title: str
    # The other story's summary: its first sentence says what happened there.
    summary: str = ""


@dataclass(frozen=True)
class Dossier:
    """One story: its meta data and every entry, in file order."""

    folder: Path
    meta: Meta
    sources: tuple[Source, ...] = ()
    actors: tuple[Actor, ...] = ()
    numbers: tuple[Number, ...] = ()
    terms: tuple[Term, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    relationships: tuple[Relationship, ...] = ()
    # Entries of shared-actors.yaml. Once the site is loaded, each also appears in ``actors`` with
    # the record's name, kind, aliases and native name (see checking/shared.py).
    shared_actors: tuple[SharedActor, ...] = ()
    # The reader's questions, answered from the facts above; they cite nothing themselves.
    questions: tuple[Question, ...] = ()
    # Actor id -> the same actor in the site's other dossiers, filled when the site is loaded.
    appearances: Mapping[str, tuple[Appearance, ...]] = field(default_factory=dict, compare=False)
    # The stories before and after this one in its thread (``follows:``), filled when the site is loaded.
    thread: tuple[ThreadLink, ...] = field(default=(), compare=False)

    def record_of(self, actor_id: str) -> tuple[str, str]:
        """(dossier slug, actor id) of the record an actor of this dossier comes from."""
        for entry in self.shared_actors:
            if entry.id == actor_id:
                return entry.dossier_slug, entry.actor_id
        return self.slug, actor_id

    @property
    def slug(self) -> str:
        return self.meta.slug

    @cached_property
    def vocabulary(self) -> Mapping[str, Predicate]:
        """The shared predicates and the ones this dossier defines."""
        return vocabulary(self.meta)

    @cached_property
    def source_by_id(self) -> Mapping[str, Source]:
        return _index(self.sources)

    @cached_property
    def actor_by_id(self) -> Mapping[str, Actor]:
        return _index(self.actors)

    @cached_property
    def number_by_id(self) -> Mapping[str, Number]:
        return _index(self.numbers)

    @cached_property
    def term_by_id(self) -> Mapping[str, Term]:
        return _index(self.terms)

    @cached_property
    def event_by_id(self) -> Mapping[str, Event]:
        return _index(self.events)

    @cached_property
    def claim_by_id(self) -> Mapping[str, Claim]:
        return _index(self.claims)

    def items(self) -> Iterator[Item]:
        """Every entry with citations, in a stable order."""
        yield from self.sources
        yield from self.actors
        yield from self.numbers
        yield from self.terms
        yield from self.events
        yield from self.claims
        yield from self.relationships


@dataclass(frozen=True)
class Site:
    """Every dossier found in a content folder, sorted by slug."""

    content_dir: Path
    dossiers: tuple[Dossier, ...] = field(default_factory=tuple)
    # A digest of each dossier by slug, where loading knew it from the story's files rather than by
    # writing out every entry (``loadcache.linked_digest``): equal digests, equal dossiers.
    digests: Mapping[str, str] = field(default_factory=dict, compare=False)
