"""Where every generated page and anchor lives. One place, so links and pages always agree.

Paths are relative to the docs root and end in ``.md``, as MkDocs resolves links between pages.
"""

from __future__ import annotations

from generator.format.model import Actor, Claim, Event, Item, Number, Relationship, Source, Term

HUB = "index.md"
# The site-wide index of people, organisations and places (site/people.py).
PEOPLE = "people.md"
# The home page's further pages and its topic pages live under these folders, and the site-wide
# indexes' pages under these names; no dossier may use them.
LISTINGS = ("page", "topic", "people", "quantities", "a-z")


def hub_page(number: int) -> str:
    """Page ``number`` (from 1) of the home page's list of stories, newest first."""
    return HUB if number == 1 else f"page/{number}.md"


def topic(tag: str, number: int = 1) -> str:
    """Page ``number`` (from 1) of the stories about one topic."""
    return f"topic/{tag}.md" if number == 1 else f"topic/{tag}/{number}.md"


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


def question_anchor(question_id: str) -> str:
    """A key question's anchor on the overview, apart from the page's own headings."""
    return f"q-{question_id}"


# The section page that shows each kind of entry in full, at an anchor named after its id.
_SECTION_OF: dict[type[Item], str] = {
    Number: "numbers",
    Term: "glossary",
    Event: "timeline",
    Claim: "claims",
    Relationship: "relationships",
    Source: "sources",
}


def location(slug: str, item: Item) -> tuple[str, str]:
    """The page and anchor where an entry is shown in full."""
    if isinstance(item, Actor):
        return actor(slug, item.id), ""
    for kind, name in _SECTION_OF.items():
        if isinstance(item, kind):
            return section(slug, name), item.id  # type: ignore[attr-defined]
    raise TypeError(f"no page shows {type(item).__name__}")
