"""How Who's who words a person's or a body's line, read as a newcomer scanning it: a body's decision
told whole, not cut at a comma before its second half; a role that keeps whom its holder acts for;
a tie to another actor that the role already says, not said twice.

Each test reads the pages as built (tests/fixtures/explained), rendered to HTML as MkDocs renders
them (without the theme), or invented data where no second story has the form."""

from __future__ import annotations

import pytest
from explained import built_fixtures, text

from generator.format.model import Actor, Event
from generator.site.decisions import decided

OUTAGE = "crowdstrike-outage-2024"
TRIAL = "ftx-fraud-trial"
BUDGET = "uk-budget-2024"
ELECTION = "venezuela-election-2024"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, OUTAGE, TRIAL, BUDGET, ELECTION)


def _actor(description: str, name: str = "Harbour Court", kind: str = "government-body") -> Actor:
    return Actor.model_validate(
        {"id": "a", "name": name, "kind": kind, "description": description, "cite": [{"source": "s"}]}
    )


def _event(title: str) -> Event:
    return Event.model_validate(
        {"id": "e", "date": "2024-05-03", "title": title, "actors": ["a"], "cite": [{"source": "s"}]}
    )


# -- A decision told whole ------------------------------------------------------------------------


def test_a_ruling_in_two_halves_is_told_whole(pages: dict[str, str]) -> None:
    """The court "ruled that parts of Delta's lawsuit can go ahead": cut at the comma, the line
    dropped "and dismissed others", half of what the court decided."""
    people = text(pages[f"{OUTAGE}/actors/index.md"])
    assert (
        "In this story: ruled that parts of Delta's lawsuit can go ahead, and dismissed others on 16 May 2025"
        in people
    )
    # A decision with another act after its "and" still ends before it: the trial's jury and judge.
    trial = text(pages[f"{TRIAL}/actors/index.md"])
    assert "In this story: found Bankman-Fried guilty on all seven counts on 2 November 2023" in trial


@pytest.mark.parametrize(
    ("title", "told"),
    [
        (
            "The Harbour Court rules that the claim can go ahead, and dismisses the rest",
            "ruled that the claim can go ahead, and dismissed the rest",
        ),
        ("The Harbour Court upholds the fine but quashes the ban", "upheld the fine but quashed the ban"),
        (
            "The Harbour Court approves the berth, but refuses a second, citing safety",
            "approved the berth, but refused a second",
        ),
        # Another act after the decision is no part of it: it would read in the present.
        ("The Harbour Court revokes the licence and sends the case back", "revoked the licence"),
        ("The Harbour Court fines the ferry line, and says it will appeal", "fined the ferry line"),
        ("The Harbour Court rejects the appeal, citing delays", "rejected the appeal"),
    ],
)
def test_a_decision_in_two_halves_on_invented_titles(title: str, told: str) -> None:
    assert decided(_actor("The port's court."), _event(title)) == told
