"""What is still open, first (tests/fixtures/explained: a door plug whose fitters no one knows, a
wildfire whose second start no one knows, a drug whose long-term effects no one knows yet, a merger
three regulators decided), read as a newcomer who asks what is not known; and the same rules on other
topics.

The story's main open question led nothing: "Still in doubt" led with a dispute while the question
every reader asks, which the story records as open, sat only in a key question further down. And a
decision's stated reason, which stands with the decision, was counted and listed among the accounts
its makers give of themselves, with what is not known.

Each test reads the pages as built, rendered to HTML as MkDocs renders them (without the theme)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from explained import built_fixtures, invented_story, text
from flood import first_screen

from generator.format.dossier import Dossier
from generator.format.model import Actor, Claim, Event, Question
from generator.site.statuses import census, marks_unknown, standing_reason
from generator.site.unknowns import main_doubt, open_question

PLUG = "alaska-1282-door-plug"
FIRES = "maui-wildfires-2023"
MERGER = "activision-merger-review"
BANK = "bank-rate-cut"

CITE = [{"source": "s", "evidence": "e"}]


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, PLUG, FIRES, MERGER, BANK)


def _doubt(overview: str) -> str:
    """The first screen's "Still in doubt" line, as a reader reads it."""
    return text(first_screen(overview)).split("Still in doubt: ", 1)[1].split(" What may happen", 1)[0]


# -- The main open question leads "Still in doubt" ------------------------------------------------------


def test_who_did_the_work_leads_before_the_agreement_s_dispute(pages: dict[str, str]) -> None:
    """The safety board does not know who opened and closed the plug, confirmed, and the key question
    "What is still not known?" rests on it; the line led with the Justice Department's dispute over an
    earlier agreement. The open question leads, told to the end of what is not known; the dispute
    follows it, named, not only counted."""
    doubt = _doubt(pages[f"{PLUG}/index.md"])
    assert doubt.startswith(
        "Boeing cannot find records of the work to open and close the door plug, and the safety board does"
        " not know who did it, says Jennifer Homendy. Also in doubt: Boeing broke its 2021 agreement"
    )
    # (the chief executive's "Boeing is accountable" is Boeing's own account, no doubt to count; so is
    # the regulator's account of its own review of the production lines, once it says whom it is about)
    assert "says the US Justice Department." in doubt
    assert "more claim" not in doubt
    # Told as what it is: no "no other source confirms it" after what the board itself does not know.
    assert "confirms it" not in doubt


def test_what_is_not_known_opens_with_who_did_the_work(pages: dict[str, str]) -> None:
    """The board's confirmed "does not know who did it" was in no group of "What is not known" (a
    confirmed claim is no doubt): the section, which the first screen links to, did not say what was
    not known. It opens with it now, named first in its opening sentence."""
    unknown = pages[f"{PLUG}/index.md"].split("## What is not known", 1)[1].split("\n## ", 1)[0]
    assert unknown.startswith(
        "\n\nWhat is not yet known, what the sources dispute and what those involved say of themselves."
        "\n\n### Not yet known\n\n"
        "- [Jennifer Homendy](actors/jennifer-homendy.md), the chair of the National Transportation Safety"
        " Board, says: Boeing cannot find records"
    )
    assert unknown.count("does not know who did it") == 1


def test_what_set_the_fire_off_again_leads(pages: dict[str, str]) -> None:
    """The fire department's and the ATF's "not known for certain" what set the fire off again, which
    the key question rests on, led nothing; the county's negligence claim against the utility did."""
    doubt = _doubt(pages[f"{FIRES}/index.md"])
    assert doubt.startswith("What exactly set the fire off again in the afternoon is not known for certain,")
    assert "Also in doubt: Hawaiian Electric was negligent" in doubt
    # The timeline's "Where things stand" leads with it too, and names the rest.
    timeline = text(pages[f"{FIRES}/timeline.md"]).split("Still in doubt: ", 1)[1]
    assert timeline.startswith("What exactly set the fire off again in the afternoon is not known")


def test_a_story_with_no_open_question_marked_keeps_its_dispute_first(pages: dict[str, str]) -> None:
    """The merger's key question on what is not known rests on no claim that says so: its dispute
    leads as before."""
    assert _doubt(pages[f"{MERGER}/index.md"]).startswith("Microsoft has already shown")


def _actor(ident: str, name: str, kind: str = "organisation") -> Actor:
    return Actor.model_validate({"id": ident, "name": name, "kind": kind, "description": "D.", "cite": CITE})


def _claim(ident: str, statement: str, *claimants: str, status: str = "stated", date: str = "") -> Claim:
    fields: dict[str, object] = {
        "id": ident, "statement": statement, "claimants": list(claimants), "status": status, "cite": CITE
    }  # fmt: skip
    return Claim.model_validate({**fields, **({"date": date} if date else {})})


def _asked(*claims: str) -> Question:
    return Question.model_validate(
        {
            "id": "open",
            "question": "What is still unclear?",
            "answer": "Who let the water in.",
            "claims": claims,
        }
    )


def _flooded_tunnel(*questions: Question) -> Dossier:
    """An invented story: a rail tunnel flooded; the operator and the builder dispute who pays, and the
    inspectors do not know who opened the sluice."""
    actors = (
        _actor("operator", "Vale Rail"),
        _actor("builder", "Orin Works"),
        _actor("inspectors", "Tunnel Inspectorate", "government-body"),
    )
    claims = (
        _claim("builder-pays", "The builder's faulty seal let the water in.", "operator", status="disputed"),
        _claim(
            "sluice", "The inspectors do not know who opened the sluice.", "inspectors", status="confirmed"
        ),
        _claim("dry-by-june", "The tunnel will be dry by June.", "operator", status="forecast"),
    )
    return replace(invented_story(actors, (), claims), questions=questions)


def test_an_unknown_a_key_question_rests_on_leads_on_another_topic() -> None:
    """Where a key question rests on the inspectors' confirmed "do not know who opened the sluice",
    it leads, before the dispute over who pays; without the question, the dispute leads."""
    assert open_question(_flooded_tunnel(_asked("sluice"))) is not None
    assert main_doubt(_flooded_tunnel(_asked("builder-pays", "sluice"))).id == "sluice"
    assert open_question(_flooded_tunnel()) is None
    assert main_doubt(_flooded_tunnel()).id == "builder-pays"
    # A forecast says what may come, not what is unknown: no open question however worded.
    assert open_question(_flooded_tunnel(_asked("dry-by-june"))) is None


@pytest.mark.parametrize(
    ("statement", "unknown"),
    [
        ("How many homes were lost is not yet known.", True),
        ("The inspectors do not know who opened the sluice.", True),
        ("The cause of the leak remains unresolved.", True),
        ("There is no evidence yet that the dam is safe.", True),
        ("The builder knows the seal failed.", False),
        ("The known faults were repaired in May.", False),
    ],
)
def test_what_says_something_is_not_known(statement: str, unknown: bool) -> None:
    assert marks_unknown(_claim("c", statement, "inspectors")) is unknown


# -- A standing decision's ground is no account in doubt -------------------------------------------------


def test_a_standing_decision_s_ground_is_counted_as_its_reason(pages: dict[str, str]) -> None:
    """The European Commission's and the FTC's grounds for decisions that stand were counted as "two
    accounts their makers give of themselves" and listed under "Their own account" in "What is not
    known"; the claims page gave each as "the reason given for a decision". Every count and list now
    tells them as the claims page does."""
    claims = text(pages[f"{MERGER}/claims.md"])
    assert "two reasons given for decisions, one that no other source confirms" in claims
    assert "accounts their makers give" not in claims
    overview = pages[f"{MERGER}/index.md"]
    unknown = text(overview.split("## What is not known", 1)[1].split("\n## ", 1)[0])
    assert "Their own account" not in unknown
    assert "What only one side says." in unknown
    assert "say of themselves" not in unknown


def _refusal(*claims: Claim, later: bool = False) -> Dossier:
    """An invented story: a planning board refuses a tower on 2 March 2031, giving its ground; with
    ``later``, it permits a lower one in September."""
    board = _actor("board", "Planning Board", "government-body")
    events = [
        Event.model_validate(
            {"id": "refusal", "date": "2031-03-02", "title": "The Planning Board refuses the tower's permit",
             "actors": ["board"], "cite": CITE}
        )
    ]  # fmt: skip
    if later:
        events.append(
            Event.model_validate(
                {"id": "permit", "date": "2031-09-14", "title": "The Planning Board grants a permit for a lower"
                 " tower", "actors": ["board"], "cite": CITE}
            )
        )  # fmt: skip
    return invented_story((board,), tuple(events), claims)


def test_a_planning_board_s_standing_ground_on_another_topic() -> None:
    """The board's ground, the day it refused: its reason while the refusal stands, counted as such;
    not once a permit replaced the refusal (counted as overtaken, as before), nor when it says what
    is not known, which stays with what is not known."""
    shade = _claim("shade", "The tower would shade the old square.", "board", date="2031-03-02")
    standing = _refusal(shade)
    assert standing_reason(shade, standing)
    assert census(standing.claims, lambda c: "#" + c.id, reasons={"shade"}) == [
        "one reason given for a decision"
    ]
    assert not standing_reason(shade, _refusal(shade, later=True))
    unknown = _claim("unknown", "The effect on the square is not yet known.", "board", date="2031-03-02")
    assert not standing_reason(unknown, _refusal(unknown))
