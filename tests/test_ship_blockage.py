"""A shipping blockage and the dispute over who pays for it (tests/fixtures/explained/ever-given-suez-2021:
a container ship ran aground across a canal and blocked it for six days; hundreds of ships queued; the
canal authority claimed compensation, had the ship seized by a court's order and cut its claim twice;
the owner appealed and lost; the court adjourned for talks; a settlement of undisclosed value freed
the ship), read as a newcomer on a phone who asks what happened, why, who decided what, how much was
claimed and what is still unknown; and the same rules on invented stories of other topics.

Each test reads the pages as built, rendered to HTML as MkDocs renders them (without the theme)."""

from __future__ import annotations

from pathlib import Path

import pytest
from explained import built_fixtures, card, described, invented_story, text, validates_but_for_unstored_text

from generator.format.model import Actor, Claim, Event, Number
from generator.site.decisions import decided, explains_earlier, in_this_story, reason_for
from generator.site.roles import gist, role
from generator.site.trends import revised_through
from generator.site.unknowns import own_act

SHIP = "ever-given-suez-2021"
BRIDGE = "key-bridge-collapse-2024"
DOPING = "sinner-doping-case"
CITE = [{"source": "s", "evidence": "e"}]


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, SHIP, BRIDGE, DOPING)


def test_the_blockage_validates_with_no_problem_but_unstored_text(tmp_path: Path) -> None:
    """Every source is cited by short phrases, none stored (as the other explained fixtures)."""
    validates_but_for_unstored_text(SHIP, tmp_path)


def _number(ident: str, value: float, as_of: str, **fields: object) -> Number:
    return Number.model_validate(
        {"id": ident, "value": value, "unit": "US dollars", "counts": "x", "as_of": as_of, "cite": CITE}
        | fields
    )


# -- A claim cut twice: the card says where it began ----------------------------------------------------


def test_the_claims_card_says_where_the_claim_began(pages: dict[str, str]) -> None:
    """The card read "$550 million the compensation the canal authority demanded after its second
    cut, ..., as of 23 May 2021" and nothing under it: the cut before it was dated "May 2021", which
    holds 23 May, so it could not be told from a correction of the same time, and the $916 million
    first claimed was three taps away, on the numbers page."""
    told = card(pages[f"{SHIP}/index.md"], "claim-third")
    assert (
        "Revised down from $916 million, the figure as of 7 April 2021, then $600 million in May 2021."
        in told
    )


def test_a_fee_cut_twice_on_invented_figures() -> None:
    first = _number("first", 9_000_000, "2031-03-02")
    second = _number("second", 7_000_000, "2031-05", revises="first")
    third = _number("third", 6_500_000, "2031-05-20", revises="second")
    assert revised_through([(second, "#second"), (first, "#first")], third) == (
        "Revised down from [&#36;9 million](#first), the figure as of 2 March 2031, then [&#36;7 million](#second) "
        "in May 2031."
    )
    # No figure of the chain dated before the last: nothing to tell.
    assert revised_through([(second, "#second")], third) == ""


# -- A body's account of an accident is no reason for its act of the same day ----------------------------


def test_the_canal_authoritys_account_of_the_grounding_is_not_the_reason_for_its_closure(
    pages: dict[str, str],
) -> None:
    """Who says what read "Status: The reason given for a decision on 25 March 2021: The canal
    authority suspends all navigation ..." under the authority's word that a dust storm made the ship
    run aground: said the day it closed the canal, it was taken for the closure's ground, which it
    was not; it is the authority's account of the grounding, two days before."""
    claims = text(pages[f"{SHIP}/claims.md"])
    assert "reason given for a decision on 25 March 2021" not in claims
    assert (
        "dust storm cut visibility, and the ship could no longer be steered. Status: Stated by one side; no other "
        "source confirms it"
    ) in claims


def _office() -> Actor:
    return described(
        "The city's building regulator.", kind="government-body", name="Building Inspectorate", ident="a"
    )


def _event(ident: str, title: str, date: str) -> Event:
    return Event.model_validate({"id": ident, "date": date, "title": title, "actors": ["a"], "cite": CITE})


def _claim(statement: str, date: str) -> Claim:
    return Claim.model_validate(
        {
            "id": "c",
            "statement": statement,
            "claimants": ["a"],
            "status": "stated",
            "date": date,
            "cite": CITE,
        }
    )


def test_an_account_of_an_accident_on_invented_events() -> None:
    collapse = _event("collapse", "A crane collapses onto the stadium's new stand", "2031-05-01")
    halt = _event("halt", "The Building Inspectorate suspends all work on the stadium site", "2031-05-03")
    story = invented_story((_office(),), (collapse, halt))
    account = _claim("The crane collapsed because a worn cable snapped.", "2031-05-03")
    assert explains_earlier(account, halt, story.events)
    assert reason_for(account, story) is None
    # A ground of the decision itself stays one, with or without a cause in it.
    ground = _claim("Work is unsafe because the stand's roof may fall.", "2031-05-03")
    assert reason_for(ground, story) is halt
    plain = _claim("No more work can go on until every crane is inspected.", "2031-05-03")
    assert reason_for(plain, story) is halt
    # The cause told first: "a worn cable caused the collapse".
    caused = _claim("A worn cable caused the crane's collapse.", "2031-05-03")
    assert reason_for(caused, story) is None


# -- A court's latest decision, after an opening adverbial ----------------------------------------------


def test_the_closure_is_told_in_the_past(pages: dict[str, str]) -> None:
    """Who's who read "In this story: suspended all navigation through the canal until the ship is
    freed on 25 March 2021": the clause after "until" stayed in the headline's present, as if the ship
    were still to be freed."""
    whos_who = text(pages[f"{SHIP}/actors/index.md"])
    assert "suspended all navigation through the canal until the ship was freed on 25 March 2021" in whos_who


def test_the_courts_latest_decision_is_its_last(pages: dict[str, str]) -> None:
    """Who's who read "Ismailia Economic Court: The Egyptian court in Ismailia. Latest in this story:
    rejected the owner's further appeal on 22 May 2021": the court's later acts were not found, one
    told after "At the canal authority's request," and past the words a title may take before its
    verb, others by a verb ("adjourns") no list held. The court had lifted the seizure on 6 July."""
    whos_who = text(pages[f"{SHIP}/actors/index.md"])
    assert (
        "Latest in this story: lifted the seizure of the ship on 6 July 2021; earlier: adjourned the case again on "
        "20 June 2021"
    ) in whos_who


@pytest.mark.parametrize(
    ("title", "told"),
    [
        (
            "At the ferry line's request, the tribunal lifts the ban on night sailings",
            "lifted the ban on night sailings",
        ),
        ("After a two-day hearing, the court adjourns the case to May", "adjourned the case to May"),
        ("On appeal, the high court upholds the fine", "upheld the fine"),
        # A clause of time after the decision is told in its past too.
        (
            "The tribunal suspends all sailings until the channel is cleared",
            "suspended all sailings until the channel was cleared",
        ),
        (
            "The tribunal bans night sailings while the cranes are inspected",
            "banned night sailings while the cranes were inspected",
        ),
        # No comma ends the opening: the verb is too far in to be the body's.
        ("At the request of the ferry line and the pilots the tribunal lifts the ban", ""),
    ],
)
def test_a_decision_after_an_opening_adverbial_on_invented_titles(title: str, told: str) -> None:
    court = described("The regional court.", kind="government-body", name="Tarnby Tribunal", ident="a")
    assert decided(court, _event("e", title, "2031-05-03")) == told


def test_a_later_act_after_an_opening_is_the_latest_on_invented_titles() -> None:
    court = described("The regional court.", kind="government-body", name="Tarnby Tribunal", ident="a")
    events = [
        _event("e0", "The court rejects the ferry line's appeal", "2031-05-03"),
        _event("e1", "At the port's request, the court lifts the ban", "2031-10-09"),
    ]
    assert in_this_story("x/actors/index.md", "x", court, events, [court]).startswith(
        "Latest in this story: [lifted the ban]"
    )


# -- A court named with its city, an aside on the city, then what the court does -----------------------


def test_the_court_is_told_with_what_it_did(pages: dict[str, str]) -> None:
    """Who's who read "Ismailia Economic Court: The Egyptian court in Ismailia": the role was cut at
    the comma after the city, before an aside on the city and the relative clause that says what the
    court did in the story."""
    whos_who = text(pages[f"{SHIP}/actors/index.md"])
    assert (
        "The Egyptian court in Ismailia that ordered the ship seized and heard the canal authority's claim"
        in whos_who
    )


@pytest.mark.parametrize(
    ("description", "told"),
    [
        (
            "The district court in Tarnby, the province's capital, that hears the ferry line's case against "
            "the port.",
            "The district court in Tarnby that hears the ferry line's case against the port",
        ),
        (
            "The licensing board at Veltport, a town of 4,000 people, which grants the ferry routes.",
            "The licensing board at Veltport which grants the ferry routes",
        ),
        # An aside with no relative clause after it: the role ends at the place, as before.
        ("The harbour office in Veltport, a town of 4,000 people.", "The harbour office in Veltport"),
        # A place with its region keeps both (``_past_region``), as before.
        (
            "The court in Tarnby, Veltria, that hears the port's case.",
            "The court in Tarnby, Veltria, that hears the port's case",
        ),
    ],
)
def test_a_place_its_aside_and_a_relative_clause_on_invented_descriptions(
    description: str, told: str
) -> None:
    assert role(described(description)) == told


# -- A side's own demand, named by its shorter name, is its position, not a doubt -----------------------


def test_the_canal_authoritys_demand_is_not_a_figure_in_doubt(pages: dict[str, str]) -> None:
    """The card of the claim read "...; no other source gives it", and "What is not known" listed it
    among "Figures only one side gives": what the canal authority demanded is its position, which no
    other source could give, but the figure named the authority by its shorter name ("the canal
    authority"), which the rule did not know as the authority's."""
    assert "no other source gives it" not in card(pages[f"{SHIP}/index.md"], "claim-third")
    assert "Figures only one side gives" not in text(pages[f"{SHIP}/index.md"])


@pytest.mark.parametrize(
    ("name", "counts", "own"),
    [
        ("North River Authority", "the dredging fee the river authority demanded", True),
        ("National Transport Safety Board", "the fine the safety board asked for", True),
        ("National Transport Safety Board", "the fine the transport safety board asked for", True),
        # A small word opens no shorter name; and a shorter name needs its "the".
        ("Ministry of Fisheries", "the quota of fisheries the ministry demanded", False),
        ("North River Authority", "the fee river authority officials demanded", False),
        # What a side says it did stays its word.
        ("North River Authority", "the boats the river authority inspected", False),
    ],
)
def test_a_demand_by_a_shorter_name_on_invented_figures(name: str, counts: str, own: bool) -> None:
    body = described("A body.", kind="government-body", name=name)
    assert own_act(_number("n", 1, "2031-01-01", counts=counts, stated_by=["x"]), body) is own


# -- A definition that opens with "When": the opening is the definition --------------------------------


def test_the_gloss_of_running_aground_says_what_it_is(pages: dict[str, str]) -> None:
    """The timeline glossed the term under the ship's departure as "Run aground: So that it can no
    longer move under its own power.": the definition's "When ..." was read past as an opening
    adverbial, and what followed its comma was no main clause but the end of the definition."""
    timeline = text(pages[f"{SHIP}/timeline.md"])
    assert "Run aground: So that" not in timeline
    assert "Run aground: When a ship's hull sticks on the bottom or the bank of a waterway" in timeline


@pytest.mark.parametrize(
    ("definition", "told"),
    [
        (
            "When a bank stops paying its debts to many lenders at once and cannot borrow again, so that a "
            "court names a trustee to run it.",
            "When a bank stops paying its debts to many lenders at once and cannot borrow again",
        ),
        (
            "When a player's contract ends and no club has signed him for the coming season, which leaves him "
            "free to join any club.",
            "When a player's contract ends and no club has signed him for the coming season",
        ),
        # A main clause after the opening is the definition, as before.
        (
            "When a bank cannot pay its debts and a court takes over its books, the lenders are paid last of all "
            "its creditors under this rule.",
            "The lenders are paid last of all its creditors under this rule",
        ),
    ],
)
def test_a_definition_opening_with_when_on_invented_terms(definition: str, told: str) -> None:
    assert gist(definition) == told
