"""The explained fixtures (tests/fixtures/explained: stories of several kinds, from real reporting),
copied and built for a test module, and their pages read as MkDocs renders them (without the theme)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import markdown
import pytest
from flood import built
from selectolax.lexbor import LexborHTMLParser

from generator.checking.loader import load_site
from generator.format.dossier import Dossier
from generator.format.model import Actor, Citation, Claim, Event, Meta, Paragraph, Relationship

EXPLAINED = Path(__file__).parent / "fixtures" / "explained"
# The Markdown extensions MkDocs renders the pages with (without the theme's).
EXTENSIONS = ["abbr", "admonition", "attr_list", "footnotes", "tables", "toc", "pymdownx.superfences"]


def explained_content(folder: Path, *slugs: str) -> Path:
    """The explained fixtures ``slugs`` copied into ``folder``/content; the content folder, to change
    further or build."""
    content = folder / "content"
    for slug in slugs:
        shutil.copytree(EXPLAINED / slug, content / slug)
    return content


def built_fixtures(tmp_path_factory: pytest.TempPathFactory, *slugs: str) -> dict[str, str]:
    """The explained fixtures ``slugs`` built together: a module fixture's pages."""
    return built(explained_content(tmp_path_factory.mktemp("explained"), *slugs))


def validates_but_for_unstored_text(slug: str, tmp_path: Path) -> None:
    """The fixture ``slug`` loads with no problem but its sources' text, none of it stored: every
    source is cited by short phrases."""
    shutil.copytree(EXPLAINED / slug, tmp_path / slug)
    loaded = load_site(tmp_path)
    assert loaded.site is not None
    assert [d for d in loaded.diagnostics if d.rule != "text-missing"] == []


def html(page: str) -> LexborHTMLParser:
    return LexborHTMLParser(markdown.Markdown(extensions=EXTENSIONS).convert(page))


def text(page: str) -> str:
    """What a reader reads of a page: its HTML's text, spaces closed up."""
    tree = html(page)
    return " ".join((tree.body.text() if tree.body else "").split())


def note_of(page: str, heading: str) -> str:
    """The text of the paragraph under the numbers page's heading ``heading``."""
    tree = html(page)
    title = next(h for h in tree.css("h2") if h.text().strip() == heading)
    note = title.next
    while note is not None and note.tag != "p":
        note = note.next
    assert note is not None, heading
    return " ".join(note.text().split())


def card(page: str, anchor: str) -> str:
    """The text of the overview's key figure card whose figure links to ``anchor``."""
    cards = [
        " ".join(div.text().split())
        for div in html(page).css("div.explainer-figure")
        if div.css_first(f'a[href="numbers.md#{anchor}"]') is not None
    ]
    assert cards, anchor
    return cards[0]


def described(description: str, kind: str = "organisation", name: str = "X", ident: str = "x") -> Actor:
    """An invented actor of ``kind`` with ``description`` (its id ``ident``): the role rules' input on
    another topic."""
    return Actor.model_validate(
        {"id": ident, "name": name, "kind": kind, "description": description, "cite": [{"source": "s"}]}
    )


def invented_story(
    actors: tuple[Actor, ...] = (),
    events: tuple[Event, ...] = (),
    claims: tuple[Claim, ...] = (),
    ties: tuple[Relationship, ...] = (),
) -> Dossier:
    """A story of invented entries, its meta the least a story needs: the page rules' input on
    another topic, without a folder of YAML."""
    citation = (Citation(source="s", evidence="e"),)
    meta = Meta(
        title="T",
        slug="t",
        summary="S.",
        language="en",
        published=dt.date(2031, 1, 1),
        last_reviewed=dt.date(2031, 1, 1),
        licence="CC-BY-4.0",
        story=[Paragraph(text="S.", cite=citation)],
    )
    return Dossier(
        folder=Path("t"), meta=meta, actors=actors, events=events, claims=claims, relationships=ties
    )
