"""What the site's other stories hold, indexed once per build for the pages of every story.

An actor's page shows what each other story says about it (``appearances.py``), and a story's
Numbers page shows the figures that other stories give for the same quantity (``quantities.py``).
Both read this index, so no page scans the whole site: building every page stays linear in the
number of stories.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from generator.format.conflicts import revisions
from generator.format.dossier import Dossier
from generator.format.model import Number
from generator.site.crossref import CrossReference


@dataclass(frozen=True)
class Figure:
    """One story's figure for a quantity."""

    dossier: Dossier
    number: Number
    # True when a later figure of its own story revises it: a table of figures across stories says so.
    revised: bool = False


def comparable(slug: str, number: Number) -> Number:
    """``number`` of the story ``slug`` as figures of several stories are compared: its id and the id
    it `revises` qualified by the story, since ids are a story's own. Another story's `homes-first`,
    by the same body, was taken for the figure this story's `homes-revised` replaces."""
    revises = f"{slug}/{number.revises}" if number.revises is not None else None
    return number.model_copy(update={"id": f"{slug}/{number.id}", "revises": revises})


def _depth(dossier: Dossier, by_slug: Mapping[str, Dossier]) -> int:
    """How many stories come before this one in its thread (``follows:``), cycles cut short."""
    seen = {dossier.slug}
    depth = 0
    follows = dossier.meta.follows
    while follows is not None and follows in by_slug and follows not in seen:
        seen.add(follows)
        depth += 1
        follows = by_slug[follows].meta.follows
    return depth


def story_order(dossiers: Iterable[Dossier]) -> dict[str, int]:
    """Each story's place in reading order: by publication date, then by its place in its thread,
    so that stories published the same day read in the order the thread tells them."""
    listed = list(dossiers)
    by_slug = {d.slug: d for d in listed}
    ordered = sorted(listed, key=lambda d: (d.meta.published, _depth(d, by_slug), d.slug))
    return {dossier.slug: place for place, dossier in enumerate(ordered)}


@dataclass(frozen=True)
class Across:
    """Every story's cross-reference by slug, its reading order, and each quantity's figures."""

    xrefs: Mapping[str, CrossReference] = field(default_factory=dict)
    order: Mapping[str, int] = field(default_factory=dict)
    # quantity id -> the figures of every story that reports it, in reading order, then file order.
    figures: Mapping[str, tuple[Figure, ...]] = field(default_factory=dict)
    # (slug, actor id) -> the page of the site's index of people that lists every story the actor
    # appears in (``people.where_listed``); empty for a site of one story.
    listed: Mapping[tuple[str, str], str] = field(default_factory=dict)

    @classmethod
    def of(cls, xrefs: Iterable[CrossReference]) -> Across:
        by_slug = {xref.dossier.slug: xref for xref in xrefs}
        order = story_order(xref.dossier for xref in by_slug.values())
        figures: dict[str, list[Figure]] = {}
        for slug in sorted(by_slug, key=order.__getitem__):
            dossier = by_slug[slug].dossier
            replaced = {id(old) for old, _ in revisions(dossier.numbers)}
            for number in dossier.numbers:
                if number.quantity:
                    found = Figure(dossier, number, id(number) in replaced)
                    figures.setdefault(number.quantity, []).append(found)
        return cls(by_slug, order, {quantity: tuple(found) for quantity, found in sorted(figures.items())})

    @cached_property
    def shared(self) -> dict[str, tuple[Figure, ...]]:
        """The quantities that two or more stories report, by id (worked out once)."""
        return self.shared_quantities()

    def shared_quantities(self) -> dict[str, tuple[Figure, ...]]:
        """The quantities that two or more stories report, by id."""
        return {
            quantity: found
            for quantity, found in self.figures.items()
            if len({figure.dossier.slug for figure in found}) > 1
        }

    def nearest(self, slug: str, others: Iterable[str], count: int) -> list[str]:
        """Of the stories ``others``, the ``count`` nearest to ``slug`` in reading order (ties: the
        earlier first), listed in reading order. A page about many stories shows these."""
        here = self.order.get(slug, 0)

        def place(other: str) -> int:
            return self.order.get(other, 0)

        closest = sorted(set(others), key=lambda other: (abs(place(other) - here), place(other), other))
        return sorted(closest[:count], key=lambda other: (place(other), other))

    def elsewhere(self, slug: str, quantity: str | None) -> tuple[Figure, ...]:
        """The figures that stories other than ``slug`` give for ``quantity``."""
        if not quantity:
            return ()
        return tuple(figure for figure in self.figures.get(quantity, ()) if figure.dossier.slug != slug)
