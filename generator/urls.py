"""Where every generated page and anchor lives. One place, so links and pages always agree.

Paths are relative to the docs root and end in ``.md``, as MkDocs resolves links between pages.
"""

from __future__ import annotations

from generator.model import Actor, Claim, Event, Item, Number, Relationship, Source, Term

HUB = "index.md"
SECTIONS = ("actors", "numbers", "glossary", "timeline", "claims", "relationships", "sources")


def overview(slug: str) -> str:
    return f"{slug}/index.md"


def actors(slug: str) -> str:
    return f"{slug}/actors/index.md"


def actor(slug: str, actor_id: str) -> str:
    return f"{slug}/actors/{actor_id}.md"


def section(slug: str, name: str) -> str:
    """The page of a section other than the actors: numbers, glossary, timeline, claims, ..."""
    return f"{slug}/{name}.md"


def story_anchor(index: int) -> str:
    return f"story-{index + 1}"


def location(slug: str, item: Item) -> tuple[str, str]:
    """The page and anchor where an entry is shown in full."""
    if isinstance(item, Actor):
        return actor(slug, item.id), ""
    if isinstance(item, Number):
        return section(slug, "numbers"), item.id
    if isinstance(item, Term):
        return section(slug, "glossary"), item.id
    if isinstance(item, Event):
        return section(slug, "timeline"), item.id
    if isinstance(item, Claim):
        return section(slug, "claims"), item.id
    if isinstance(item, Relationship):
        return section(slug, "relationships"), item.id
    if isinstance(item, Source):
        return section(slug, "sources"), item.id
    raise TypeError(f"no page shows {type(item).__name__}")
