"""An aviation safety incident (tests/fixtures/explained/alaska-1282-door-plug: a door plug blew out
of a new jet in flight; the regulator grounded the jets with such plugs and capped the maker's output;
the safety board found the plug's bolts had never been put back at the factory; the maker changed its
leaders; the Justice Department reopened its earlier agreement), read as a newcomer on a phone who asks
what happened, why, who is responsible, what it cost and what is still unknown; and the same rules on
other topics.

Each test reads the pages as built, rendered to HTML as MkDocs renders them (without the theme)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from explained import built_fixtures, described, html, invented_story, text, validates_but_for_unstored_text

from generator.format.model import Actor, Citation, Event, Number, Source
from generator.site.citations import outermost
from generator.site.decisions import decided
from generator.site.quantities import dated
from generator.site.roles import gist, role
from generator.site.whos_who import everyone

PLUG = "alaska-1282-door-plug"
BRIDGE = "key-bridge-collapse-2024"
OUTAGE = "crowdstrike-outage-2024"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, PLUG, BRIDGE, OUTAGE)


def test_the_blowout_validates_with_no_problem_but_unstored_text(tmp_path: Path) -> None:
    """Every source is cited by short phrases, none stored (as the other explained fixtures)."""
    validates_but_for_unstored_text(PLUG, tmp_path)


# -- Who a body is: what it does, not a bare noun ---------------------------------------------------------


def test_the_safety_board_is_the_agency_that_investigates(pages: dict[str, str]) -> None:
    """Who's who read "National Transportation Safety Board: The independent US agency": the role was
    cut before the relative clause whose list of deeds ran past a role's length, leaving a noun that
    told a newcomer nothing of what the board does."""
    whos_who = text(pages[f"{PLUG}/actors/index.md"])
    assert "The independent US agency that investigates transport accidents" in whos_who
    assert "The independent US agency." not in text(pages[f"{PLUG}/claims.md"])


@pytest.mark.parametrize(
    ("description", "told"),
    [
        (
            "The regional authority that licenses the fishing boats of the northern coast, sets their "
            "catch quotas and inspects cold stores.",
            "The regional authority that licenses the fishing boats of the northern coast",
        ),
        (
            "The port authority that dredges the river channel up to the old town, licenses its pilots "
            "and collects the harbour dues.",
            "The port authority that dredges the river channel up to the old town",
        ),
    ],
)
def test_a_long_relative_clause_keeps_its_first_deed(description: str, told: str) -> None:
    assert role(described(description)) == told


# -- A place and its region ("Fort Worth, Texas") are one name, not a clause break ---------------------


def test_the_judge_is_told_with_what_he_ruled_on(pages: dict[str, str]) -> None:
    """Who's who read "Reed O'Connor: The federal judge in Fort Worth": the role was cut at the comma
    between the city and its state, and lost the state and what the judge ruled on."""
    whos_who = text(pages[f"{PLUG}/actors/index.md"])
    assert "The federal judge in Fort Worth, Texas, who ruled on Boeing's deals with prosecutors" in whos_who
    assert "The US planemaker that built the 737 MAX 9 at its factory in Renton, Washington" in whos_who


@pytest.mark.parametrize(
    ("description", "told"),
    [
        (
            "The court in Tarnby, Veltria, that hears the port's claims against the shipping line.",
            "The court in Tarnby, Veltria, that hears the port's claims against the shipping line",
        ),
        (
            "A charity based in Kessel, Veltria, which runs three shelters.",
            "A charity based in Kessel, Veltria, which runs three shelters",
        ),
        (
            "The river boatyard that built the barges at its slip in Tarnby, Veltria, where the hull of the "
            "largest cracked in 2029.",
            "The river boatyard that built the barges at its slip in Tarnby, Veltria",
        ),
        # Not a place's region: a name set off after "of" stays a clause break.
        ("The ambassador of Aldria, Ana Pell, who led the talks.", "The ambassador of Aldria"),
    ],
)
def test_a_place_keeps_its_region(description: str, told: str) -> None:
    assert role(described(description)) == told


# -- A bare noun keeps its relative clause up to a phrase's end, not cut mid-phrase ------------------------


def test_the_door_plug_is_glossed_in_a_whole_phrase(pages: dict[str, str]) -> None:
    """The timeline glossed the door plug as "A panel that fills the opening for an extra emergency exit
    in the 737 MAX 9's…." : the definition's first clause, too long for a gist, was cut after sixteen
    words, inside a possessive, and closed by an ellipsis and a full stop."""
    timeline = text(pages[f"{PLUG}/timeline.md"])
    assert "Door plug: A panel that fills the opening for an extra emergency exit." in timeline
    assert "9's…" not in timeline


@pytest.mark.parametrize(
    ("definition", "told"),
    [
        (
            "A lever that lets a driver release the brake of a tram from outside the cab of the front "
            "car, which older trams lack.",
            "A lever that lets a driver release the brake of a tram",
        ),
        (
            "A fee that a club pays to the player's former club for each season of his training before "
            "the age of twenty-one, under league rules.",
            "A fee that a club pays to the player's former club",
        ),
    ],
)
def test_a_bare_nouns_clause_ends_at_a_phrase(definition: str, told: str) -> None:
    assert gist(definition) == told


# -- A footnote quotes a source's words once ------------------------------------------------------------


def test_the_probable_cause_is_quoted_once(pages: dict[str, str]) -> None:
    """The overview's footnote for the safety board's finding quoted "the probable cause was Boeing's
    failure" three times over: alone, with "to 'provide adequate training ...'" and with that and
    "to factory workers at its Renton, Wash., facility", one phrase per fact the answer cited."""
    notes = [" ".join(li.text().split()) for li in html(pages[f"{PLUG}/index.md"]).css("div.footnote li")]
    finding = [note for note in notes if "to factory workers at its Renton, Wash., facility”" in note]
    assert finding
    for note in finding:
        assert note.count("the probable cause was Boeing's failure") == 1, note


def test_a_phrase_inside_another_is_quoted_once() -> None:
    short = Citation(source="s", evidence="the dam's spillway")
    whole = Citation(source="s", evidence="the dam's  spillway gave way at dawn")
    elsewhere = Citation(source="s", evidence="the dam's spillway", locator="p. 4")
    other = Citation(source="s", evidence="at dawn the river rose")
    assert outermost([short, whole, short, elsewhere, other]) == (whole, elsewhere, other)
    assert outermost([short]) == (short,)


# -- A decision is told whole, not cut at the comma of a list ----------------------------------------------


def test_the_boards_finding_is_told_whole(pages: dict[str, str]) -> None:
    """Who's who said the safety board's latest decision was that it "found that Boeing's training":
    the title's clause was cut at its first comma, the one between a list's items."""
    whos_who = text(pages[f"{PLUG}/actors/index.md"])
    assert "found that Boeing's training, guidance and oversight failed on 24 June 2025" in whos_who
    assert "found that Boeing's training on" not in whos_who


def _event(title: str) -> Event:
    return Event.model_validate(
        {"id": "e", "date": "2031-05-02", "title": title, "actors": ["x"], "cite": [{"source": "s"}]}
    )


@pytest.mark.parametrize(
    ("title", "told"),
    [
        (
            "X finds that the mill's training, guidance and supervision failed, and faults the port",
            "found that the mill's training, guidance and supervision failed",
        ),
        (
            "X fines the mill, the port, the dock and the shipper",
            "fined the mill, the port, the dock and the shipper",
        ),
        # Not a list: a clause after the comma, or a phrase longer than a list's item.
        ("X rejects the appeal, which the owner and the port brought", "rejected the appeal"),
        (
            "X approves the dam, with a warning on floods and silt downstream",
            "approved the dam",
        ),
    ],
)
def test_a_decision_keeps_its_list(title: str, told: str) -> None:
    body = described("The river board of Veltria.", kind="government-body")
    assert decided(body, _event(title)) == told


# -- Who's who counts a judge among the people -------------------------------------------------------------


def test_the_judge_is_counted_among_the_people(pages: dict[str, str]) -> None:
    """Who's who opened "Five people, one judge, four organisations, ...", as if a judge were no person."""
    whos_who = text(pages[f"{PLUG}/actors/index.md"])
    assert (
        whos_who.count("Six people (one of them a judge), four organisations, three government bodies") == 1
    )
    assert "Five people, one judge" not in whos_who
    assert "Everyone in this story: six people (one of them a judge), four organisations" in text(
        pages[f"{PLUG}/index.md"]
    )


def _person(description: str, ident: str) -> Actor:
    return described(description, kind="person", name=ident.title(), ident=ident)


@pytest.mark.parametrize(
    ("actors", "told"),
    [
        (
            [_person("A baker in Orla", "ana"), _person("The presiding judge", "bo")],
            "two people (one of them a judge)",
        ),
        ([_person("The presiding judge", "bo"), _person("A judge of the High Court", "cy")], "two judges"),
        (
            [
                _person("A fisherman", "ana"),
                *(_person("One of the three appeals judges", f"j{i}") for i in range(3)),
                described("A court", kind="government-body", name="High Court of Veltria", ident="court"),
                described("The jurors", kind="group", name="The jury", ident="jury"),
                described("A ferry company", ident="ferries"),
            ],
            "four people (three of them judges), one court, one jury and one organisation",
        ),
        (
            [_person("A baker in Orla", "ana"), described("A ferry company", ident="ferries")],
            "one person and one organisation",
        ),
    ],
)
def test_invented_judges_are_counted_among_people(actors: list[Actor], told: str) -> None:
    assert everyone(actors) == told


# -- Who was on board is counted on the day, not "as of" it -------------------------------------------------


def test_the_people_on_board_are_counted_on_the_day(pages: dict[str, str]) -> None:
    """The first screen's card read "177 people on board, passengers and crew, ..., as of 5 January
    2024", as if more might board later; a running tally keeps "as of"."""
    overview = text(pages[f"{PLUG}/index.md"])
    assert "National Transportation Safety Board, on 5 January 2024" in overview
    assert (
        "on board, passengers and crew, the official figure from the National Transportation Safety Board, as of"
        not in overview
    )
    numbers = text(pages[f"{PLUG}/numbers.md"])
    assert "Date: 5 January 2024" in numbers


def _figure(ident: str, counts: str, **fields: object) -> Number:
    return Number.model_validate(
        {"id": ident, "value": 300, "unit": "people", "counts": counts, "as_of": "2031-05-02"}
        | fields
        | {"cite": [{"source": "s", "evidence": "e"}]}
    )


@pytest.mark.parametrize(
    ("number", "others", "told"),
    [
        (_figure("n", "guests who attended the harbour gala"), (), "on 2 May 2031"),
        (_figure("n", "people aboard the ferry when it ran aground"), (), "on 2 May 2031"),
        (_figure("n", "members present at the vote", as_of="2031-05"), (), "in May 2031"),
        # A running tally, a state that goes on, a series and a forecast hold "as of" a day.
        (_figure("n", "cases of cholera so far"), (), "as of 2 May 2031"),
        (_figure("n", "sailors still aboard the stranded ship"), (), "as of 2 May 2031"),
        (
            _figure("n", "people on board the ferry", quantity="ferry-count"),
            (_figure("m", "people on board the ferry", quantity="ferry-count", as_of="2031-05-03"),),
            "as of 2 May 2031",
        ),
        (
            _figure("n", "people on board the maiden voyage", as_of="2031-06-01"),
            (),
            "forecast for 1 June 2031",
        ),
    ],
)
def test_an_invented_count_of_one_occasion(number: Number, others: tuple[Number, ...], told: str) -> None:
    # Its report is of the day the figures are dated: a figure of a later day is a forecast.
    report = Source.model_validate({"id": "s", "title": "Harbour report", "published": "2031-05-02"})
    story = dataclasses.replace(invented_story(), numbers=(number, *others), sources=(report,))
    assert dated(story, number) == told
