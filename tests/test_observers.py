"""A scholar's or an analyst's reading of a story is not one side's word (``roles.observes``).

In a story with sides, "Only one side says so" was the heading above a war college professor's
view of a surrender, and a peace institute's analysis read "stated by one side": as if they were
parties to the war. Their claims are told as claims no one else confirms. Rules on invented stories
(a port strike, a river dam), read from the overview's groups and the claims' status phrases."""

from __future__ import annotations

from dataclasses import replace

import pytest
from explained import invented_story

from generator.format.dossier import Dossier
from generator.format.model import Actor, Claim, Source
from generator.site.citations import Footnotes
from generator.site.crossref import CrossReference
from generator.site.roles import observes
from generator.site.statuses import STATED_BY_MANY, status_phrase
from generator.site.story import Story
from generator.site.unknowns import not_known

CITE = [{"source": "s", "evidence": "e"}]


def _actor(ident: str, name: str, kind: str, description: str) -> Actor:
    fields = {"id": ident, "name": name, "kind": kind, "description": description, "cite": CITE}
    return Actor.model_validate(fields)


def _claim(ident: str, statement: str, maker: str, status: str = "stated") -> Claim:
    fields = {"id": ident, "statement": statement, "claimants": [maker], "status": status, "cite": CITE}
    if status == "disputed":
        fields["note"] = "The port authority says the cranes are safe."
    return Claim.model_validate(fields)


@pytest.mark.parametrize(
    ("kind", "description", "observer"),
    [
        ("person", "A professor of economics at the University of Aldria.", True),
        ("person", "An independent analyst who follows the shipping trade.", True),
        ("person", "A senior research fellow at the Harbour Institute.", True),
        ("research-institute", "A think tank on trade.", True),
        # One who works for a party, a body's own researcher, and a party's officials take a side.
        ("person", "An analyst for the ministry of ports.", False),
        ("person", "A Dockers' Union researcher.", False),
        ("person", "The head of the port authority.", False),
        ("organisation", "The union of the port's dockers.", False),
    ],
)
def test_who_comments_from_outside(kind: str, description: str, observer: bool) -> None:
    assert observes(_actor("a", "Ana Lind", kind, description)) is observer


STRIKE = (
    _actor("union", "Dockers' Union", "organisation", "The union of the port's dockers."),
    _actor("port", "Port Authority", "government-body", "The body that runs the port."),
    _actor("lind", "Ana Lind", "person", "A professor of economics at the University of Aldria."),
)
UNSAFE = _claim("unsafe", "The cranes are unsafe.", "union", status="disputed")
LOSSES = _claim("losses", "Each day of the strike costs the port more than it saves.", "lind")
PAY = _claim("pay", "The authority's offer would cut overtime pay.", "union")


def _story(*claims: Claim) -> Dossier:
    report = Source.model_validate({"id": "s", "title": "Port report", "published": "2032-06-01"})
    return replace(invented_story(STRIKE, (), claims), sources=(report,))


def _titles(dossier: Dossier) -> list[str]:
    groups = not_known(Story(CrossReference(dossier)), "t/index.md", Footnotes("t/index.md"))
    return [group.title for group in groups]


def test_a_professor_s_reading_of_a_strike_is_no_side_s_word() -> None:
    """The union's own word is one side's; the professor's view of the strike's cost is a claim no one
    else confirms, and with it in the group the heading says so of both."""
    alone = _story(UNSAFE, PAY)
    assert "Only one side says so" in _titles(alone)
    assert status_phrase(PAY, alone) == "stated by one side; no other source confirms it"
    both = _story(UNSAFE, PAY, LOSSES)
    assert STATED_BY_MANY in _titles(both) and "Only one side says so" not in _titles(both)
    assert status_phrase(LOSSES, both) == "no other source confirms it"
