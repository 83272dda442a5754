"""Two disputed claims that answer each other are one entry of "What is not known": a union said no
company made a fair offer and a carmaker's chief said hers was historic, each with a note giving the
other's words, and the section told the same dispute twice, once from each side
(``exchanges.answering``). Rules on invented stories (a ferry fare, a school's closure, an election),
read from the section's groups, and the shipped fixtures' pages."""

from __future__ import annotations

from dataclasses import replace

import pytest
from explained import built_fixtures, invented_story

from generator.format.dossier import Dossier
from generator.format.model import Actor, Claim, Source
from generator.site.citations import Footnotes
from generator.site.crossref import CrossReference
from generator.site.exchanges import answering
from generator.site.story import Story
from generator.site.unknowns import not_known
from generator.site.views import Group

CITE = [{"source": "s", "evidence": "e"}]
PAGE = "t/index.md"


def _actor(ident: str, name: str, kind: str = "organisation") -> Actor:
    return Actor.model_validate({"id": ident, "name": name, "kind": kind, "description": "D.", "cite": CITE})


def _claim(ident: str, statement: str, *claimants: str, status: str = "disputed", **more: object) -> Claim:
    fields: dict[str, object] = {
        "id": ident, "statement": statement, "claimants": list(claimants), "status": status, "cite": CITE
    }  # fmt: skip
    return Claim.model_validate({**fields, **more})


ACTORS = (
    _actor("ferry", "Bay Ferries"),
    _actor("council", "Harbour Council", "government-body"),
    _actor("riders", "Riders' Union"),
)
FARE = _claim(
    "fare", "The new fare covers only the cost of fuel.", "ferry",
    note="The council says the fare brings the company a profit on every crossing.",
)  # fmt: skip
PROFIT = _claim(
    "profit", "The fare brings the ferry company a profit on every crossing.", "council",
    note="The company says the fare covers only its fuel.",
)  # fmt: skip
DELAYS = _claim(
    "delays", "Crossings ran late on most days in May.", "riders",
    note="The company says its boats kept to time.",
)  # fmt: skip


def _groups(*claims: Claim) -> tuple[Group, ...]:
    report = Source.model_validate({"id": "s", "title": "Local report", "published": "2032-06-01"})
    dossier: Dossier = replace(invented_story(ACTORS, (), claims), sources=(report,))
    return not_known(Story(CrossReference(dossier)), PAGE, Footnotes(PAGE))


def _disputed(*claims: Claim) -> list[str]:
    (group,) = [g for g in _groups(*claims) if g.title == "Disputed"]
    return [fact.text for fact in group.facts]


def test_two_claims_whose_notes_give_each_other_s_words_are_one_entry() -> None:
    """The company's fare claim and the council's profit claim: one entry, the company's words then
    the council's, with neither note (each gave the other's words); the riders' dispute apart."""
    told = _disputed(FARE, DELAYS, PROFIT)
    assert len(told) == 2
    exchange = told[0]
    assert "The new fare covers only the cost of fuel." in exchange
    assert "The fare brings the ferry company a profit on every crossing." in exchange
    assert exchange.index("covers only") < exchange.index("a profit on every")
    assert "The council says" not in exchange and "The company says the fare" not in exchange
    # The first claim's footnote stays with its words, before the answer.
    assert "[^1] " in exchange
    assert "Crossings ran late on most days in May. The company says its boats kept to time." in told[1]


def test_one_note_that_gives_the_other_s_words_is_enough() -> None:
    profit = PROFIT.model_copy(update={"note": None})
    assert answering([FARE, profit]) == {"fare": profit}


def test_claims_by_the_same_maker_or_a_note_of_other_words_stay_apart() -> None:
    """The same maker's two claims are no exchange; nor a note that gives other words ("The council
    says the boats are unsafe"), nor one too short to tell ("The council denies it")."""
    same = PROFIT.model_copy(update={"claimants": ["ferry"]})
    assert answering([FARE, same]) == {}
    other = FARE.model_copy(update={"note": "The council says the boats are unsafe."})
    unsafe = PROFIT.model_copy(update={"note": "The company says the harbour is too shallow."})
    assert answering([other, unsafe]) == {}
    short = FARE.model_copy(update={"note": "The council denies it."})
    assert answering([short, PROFIT.model_copy(update={"note": None})]) == {}


def test_two_parties_that_each_claim_to_have_won_are_one_entry() -> None:
    """An election's two sides each say they won, with no notes: the only two disputed claims are the
    exchange. With a third, no one can tell which answers which, and each stays apart."""
    won = _claim("won", "Ana Lind won the vote for mayor.", "council")
    lost = _claim("lost", "Jon Pell won the vote for mayor by 300 votes.", "riders")
    assert _disputed(won, lost) == [
        "The [Harbour Council](actors/council.md) says: Ana Lind won the vote for mayor.[^1] The [Riders' "
        "Union](actors/riders.md) says: Jon Pell won the vote for mayor by 300 votes."
    ]
    third = _claim("third", "The count was stopped twice.", "ferry")
    assert len(_disputed(won, lost, third)) == 3


SLUGS = ("uaw-strike-2023", "ever-given-suez-2021", "venezuela-election-2024")


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, *SLUGS)


@pytest.mark.parametrize(
    ("slug", "first", "answer"),
    [
        ("uaw-strike-2023", "made no fair offer.", "GM had a historic offer on the table"),
        ("ever-given-suez-2021", "it lies with the ship's captain alone.", "Although the captain is finally"),
        ("venezuela-election-2024", "Nicolás Maduro won the election.", "Edmundo González won the election"),
    ],
)
def test_the_fixtures_exchanges_are_one_entry_each(
    pages: dict[str, str], slug: str, first: str, answer: str
) -> None:
    """The union and the carmaker's chief, the canal authority and the owner's insurer, the electoral
    council and the opposition: each exchange one entry under "Disputed", in that order."""
    disputed = pages[f"{slug}/index.md"].split("### Disputed", 1)[1].split("\n#", 1)[0]
    (entry,) = [line for line in disputed.splitlines() if first in line]
    assert answer in entry and entry.index(first) < entry.index(answer)
    assert sum(answer in line for line in disputed.splitlines()) == 1
