"""A claim's status in words, and opinions and calls to action (`status: opinion`, `status: call`):
shown as their holder's view or appeal ("argues", "urges"), never counted among the facts no one
has confirmed. On two topics: the court ruling (fixture as committed) and the flood (edited here)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from explained import invented_story
from flood import flood_with

from generator.checking.loader import load_site
from generator.format.dossier import Dossier
from generator.format.model import (
    Actor,
    Citation,
    Claim,
    ClaimStatus,
    Number,
    Relationship,
)
from generator.site.pages import build_pages
from generator.site.statuses import STATUS_WORDS, UNSETTLED, own_account, says_claim, status_phrase

DOSSIERS = Path(__file__).parent / "fixtures" / "dossiers"
COURT = "purdue-sackler-ruling"
FLOOD = "glacier-lake-flood"
CITE = (Citation(source="s", evidence="e"),)


def actor(name: str, *, plural: bool = False) -> Actor:
    return Actor(id=name.lower(), name=name, kind="organisation", plural=plural, description="X.", cite=CITE)


def claim(status: str, *claimants: str, about: tuple[str, ...] = ()) -> Claim:
    return Claim(
        id="c", statement="S.", claimants=list(claimants), status=status, about=list(about), cite=CITE
    )


def dossier(*actors: Actor, ties: tuple[tuple[str, str, str], ...] = ()) -> Dossier:
    """A dossier of ``actors`` and ``ties`` (subject, predicate, object), enough for a claim's status."""
    relationships = tuple(Relationship(subject=s, predicate=p, object=o, cite=CITE) for s, p, o in ties)
    return invented_story(actors=actors, ties=relationships)


@pytest.mark.parametrize(
    ("status", "plural", "verb"),
    [
        ("stated", False, "says"),
        ("disputed", True, "say"),
        ("opinion", False, "argues"),
        ("opinion", True, "argue"),
        ("call", False, "urges"),
        ("call", True, "urge"),
    ],
)
def test_the_verb_says_what_kind_of_statement_it_is(status: str, plural: bool, verb: str) -> None:
    union = actor("Union", plural=plural)
    assert says_claim(claim(status, "union"), [union], dossier(union)) == verb


def test_a_finding_of_researchers_own_study_is_reported_not_said() -> None:
    """Invented: a soil institute that gives a figure says of its own survey that erosion doubled; a
    union says the same of itself; the institute's forecast and opinion keep their verbs. A finding
    read "The institute says: ...", a result put on a par with a remark."""
    institute = Actor(
        id="institute", name="Soil Institute", kind="research-institute", description="X.", cite=CITE
    )
    union = actor("Union")
    survey = Number(id="n", value=2, counts="erosion", stated_by=["institute"], cite=list(CITE))
    story = replace(dossier(institute, union), numbers=(survey,))
    found = claim("stated", "institute", about=("institute",))
    assert says_claim(found, [institute], story) == "reports"
    assert says_claim(claim("stated", "union", about=("union",)), [union], story) == "says"
    assert says_claim(claim("forecast", "institute", about=("institute",)), [institute], story) == "says"
    assert says_claim(claim("opinion", "institute", about=("institute",)), [institute], story) == "argues"
    # A research body without a figure of its own in the story gives its account, not a finding.
    assert says_claim(found, [institute], dossier(institute, union)) == "says"


def test_an_opinion_or_a_call_is_no_fact_to_confirm() -> None:
    actors = dossier(actor("Union"))
    assert status_phrase(claim("opinion", "union"), actors) == "an opinion, not a statement of fact"
    assert status_phrase(claim("call", "union"), actors) == "a call to action, not a statement of fact"
    assert ClaimStatus.OPINION not in UNSETTLED and ClaimStatus.CALL not in UNSETTLED
    assert set(STATUS_WORDS) == set(ClaimStatus)


# Invented: a port authority giving its reason for closing a harbour; its director, who leads it;
# a union saying something of the authority; and a ministry speaking of itself in a matter of fact.
OWN = "their own account, by those it is about"
UNCONFIRMED = "stated by one side; no other source confirms it"


@pytest.mark.parametrize(
    ("made", "phrase"),
    [
        (claim("stated", "authority", about=("authority",)), OWN),
        (claim("stated", "director", about=("authority",)), OWN),  # its leader speaks for it
        (claim("stated", "union", about=("authority",)), UNCONFIRMED),  # another side's word on it
        (
            claim("stated", "director", "union", about=("authority",)),
            "stated only by the two who make it; no other source confirms it",
        ),
        # About no one named: not known to be its own; in a story where nothing is disputed, no
        # side's word against another either.
        (claim("stated", "authority"), "no other source confirms it"),
        (claim("stated", "authority", about=("authority", "union")), UNCONFIRMED),  # about another too
        # A disputed one stays disputed; in a story that names no one disputing it, it says so.
        (
            claim("disputed", "authority", about=("authority",)),
            "disputed, though no one is named as disputing it",
        ),
    ],
)
def test_a_sides_account_of_itself_is_its_own(made: Claim, phrase: str) -> None:
    """ "The authority says it closed the harbour to keep ships safe" is its own reason: "no other
    source confirms it" read as if some source could. Only when every maker is, or speaks for, whom
    it is about; a disputed one stays disputed (``test_a_disputed_claim_says_who_is_named``)."""
    story = dossier(
        actor("Authority"), actor("Director"), actor("Union"), ties=(("director", "leader-of", "authority"),)
    )
    assert status_phrase(made, story) == phrase
    assert own_account(made, story) is (phrase == OWN)


def test_a_disputed_claim_says_who_is_named() -> None:
    """ "Disputed by another source" of a think-tank's estimate that no one in the story disputes sent
    a reader looking for a source the story does not have. Where a note says who holds otherwise, or
    another side's disputed claim stands against it (two parties each saying it won), another source
    does dispute it, and the phrase stays."""
    alone = claim("disputed", "union")
    noted = alone.model_copy(update={"note": "The authority says the count is wrong."})
    rival = Claim(id="d", statement="T.", claimants=["authority"], status="disputed", cite=CITE)
    ally = Claim(id="e", statement="U.", claimants=["union"], status="disputed", cite=CITE)
    story = dossier(actor("Authority"), actor("Union"))
    assert status_phrase(alone, story) == "disputed, though no one is named as disputing it"
    assert (
        status_phrase(alone, replace(story, claims=(alone, ally)))
        == "disputed, though no one is named as disputing it"
    )
    assert status_phrase(noted, story) == "disputed by another source"
    assert status_phrase(alone, replace(story, claims=(alone, rival))) == "disputed by another source"


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    site = load_site(DOSSIERS).raise_for_problems(strict=True)
    return {page.path: page.markdown for page in build_pages(site).pages}


def test_a_judges_appeal_and_a_lawyers_view_are_told_as_such(pages: dict[str, str]) -> None:
    claims = pages[f"{COURT}/claims.md"]
    assert "**Urges:** [Congress](actors/congress.md) should study the problem" in claims
    assert "**Argues:** The ruling is a major setback" in claims
    assert "- **Status:** A call to action, not a statement of fact" in claims
    assert "- **Status:** An opinion, not a statement of fact" in claims
    kavanaugh = pages[f"{COURT}/actors/brett-kavanaugh.md"]
    assert "Brett Kavanaugh urges: [Congress should study" in kavanaugh
    assert "(a call to action, not a statement of fact)" in kavanaugh


def test_views_and_appeals_are_not_counted_as_unconfirmed_facts(pages: dict[str, str]) -> None:
    overview = pages[f"{COURT}/index.md"]
    doubts = overview.split("## What is not known", 1)[1].split("\n## ", 1)[0]
    assert "Claims no one else confirms" not in doubts and "Only one side says so" not in doubts
    assert "Congress should study" not in doubts and "major setback" not in doubts
    assert "claims no one else confirms" not in doubts
    still = next(line for line in overview.splitlines() if line.startswith("**Still in doubt:**"))
    assert "no one else confirms" not in still and "only one side" not in still


ADDED = """- id: stay-away-from-river
  statement: Residents should stay away from the river.
  claimants: [district-office]
  status: call
  cite:
    - source: valley-news
      evidence: urged residents to stay away from the river
- id: evacuation-too-slow
  statement: The evacuation was too slow.
  claimants: [army]
  status: opinion
  cite:
    - source: valley-news
      evidence: the evacuation had been too slow
"""


def test_on_another_topic_a_call_and_a_view_leave_the_doubts_as_they_were(tmp_path: Path) -> None:
    before = _pages(flood_with(tmp_path / "before"))
    after = _pages(
        flood_with(
            tmp_path / "after",
            "The district office urged residents to stay away from the river. The army said the "
            "evacuation had been too slow.\n",
            claims=ADDED,
        )
    )
    listed = after[f"{FLOOD}/claims.md"]
    assert "**Urges:** Residents should stay away from [the river](actors/river.md)." in listed
    assert "**Argues:** The evacuation was too slow." in listed
    office = after[f"{FLOOD}/actors/district-office.md"]
    assert "urges: [Residents should stay away from the river.]" in office
    assert "(a call to action, not a statement of fact)" in office

    def doubts(pages: dict[str, str]) -> str:
        return pages[f"{FLOOD}/index.md"].split("## What is not known", 1)[1].split("\n## ", 1)[0]

    assert doubts(after) == doubts(before)
    assert "stay away" not in doubts(after) and "too slow" not in doubts(after)


def _pages(content: Path) -> dict[str, str]:
    site = load_site(content).raise_for_problems(strict=True)
    return {page.path: page.markdown for page in build_pages(site).pages}
