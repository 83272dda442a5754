"""An infrastructure disaster (tests/fixtures/explained/key-bridge-collapse-2024: a ship that lost
power leaving a port struck a bridge and killed a road crew; the channel closed and cleared; a safety
board's findings on the ship and the bridge's owner; who pays, through an insurer, the federal
government and lawsuits against the ship's owner and manager; the rebuild's estimate revised up; a
criminal case), read as a newcomer on a phone who asks what happened, why, what it cost, who pays
and what happens next; and the same rules on other topics.

Each test reads the pages as built, rendered to HTML as MkDocs renders them (without the theme)."""

from __future__ import annotations

from pathlib import Path

import pytest
from explained import built_fixtures, card, described, html, text, validates_but_for_unstored_text

from generator.format.model import Actor, Number
from generator.site.grammar import caption_text, named
from generator.site.roles import role, shared_appositive
from generator.site.trends import revised_from

BRIDGE = "key-bridge-collapse-2024"
STRIKE = "uaw-strike-2023"
MISSION = "starliner-crew-flight-2024"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, BRIDGE, STRIKE, MISSION)


def test_the_collapse_validates_with_no_problem_but_unstored_text(tmp_path: Path) -> None:
    """Every source is cited by short phrases, none stored (as the other explained fixtures)."""
    validates_but_for_unstored_text(BRIDGE, tmp_path)


def _number(**fields: object) -> Number:
    return Number.model_validate({"id": "n", "cite": [{"source": "s", "evidence": "e"}]} | fields)


def _actor(name: str, kind: str, description: str = "A body.") -> Actor:
    return described(description, kind=kind, name=name)


# -- What a figure counts, told as the answer to a question, is the figure --------------------------------


def test_the_settlement_is_what_the_owner_agreed_to_pay(pages: dict[str, str]) -> None:
    """The Justice Department's page read "$101,980,000 in what the ship's owner and manager agreed to
    pay", and the safety board's "about 30 times of how far the bridge's risk ... was above the
    acceptable level": a part taken out of the sum, a share of a distance."""
    justice = text(pages[f"{BRIDGE}/actors/doj.md"])
    board = text(pages[f"{BRIDGE}/actors/ntsb.md"])
    assert (
        "$101.98 million, what the ship's owner and manager agreed to pay the federal government" in justice
    )
    assert "about 30 times, how far the bridge's risk of collapse from a ship strike was above" in board
    assert " in what the ship's" not in justice and " of how far" not in board


@pytest.mark.parametrize(
    ("fields", "told"),
    [
        (
            {"value": 4000000, "unit": "US dollars", "counts": "what the club paid for the striker"},
            "$4 million, what the club paid for the striker",
        ),
        (
            {
                "value": 2,
                "unit": "metres",
                "counts": "how far the river rose above its banks",
                "qualifier": "about",
            },
            "about 2 metres, how far the river rose above its banks",
        ),
        ({"value": 5, "counts": "what the panel counted"}, "5, what the panel counted"),
        # A noun keeps its joint: a sum "in" what it pays for, a measure "the" measure.
        ({"value": 4000000, "unit": "US dollars", "counts": "fines paid"}, "$4 million in fines paid"),
        (
            {"value": 12, "unit": "days", "counts": "length of the voyage"},
            "12 days, the length of the voyage",
        ),
    ],
)
def test_a_question_s_answer_on_invented_figures(fields: dict[str, object], told: str) -> None:
    assert caption_text(_number(**fields)) == told


def test_the_settlement_reads_in_millions_wherever_it_is_written(pages: dict[str, str]) -> None:
    """The first screen's card, the numbers page's heading and the sources page gave "$101,980,000":
    a reader counted digits to learn it is about a hundred million. "$101.98 million" says the same
    sum, every digit the source gave; the source's own words stay as it wrote them."""
    overview = pages[f"{BRIDGE}/index.md"]
    assert card(overview, "settlement").startswith("$101.98 million what the ship's owner")
    assert "### &#36;101.98 million {: #settlement" in pages[f"{BRIDGE}/numbers.md"]
    sources = pages[f"{BRIDGE}/sources.md"]
    assert "&#36;101.98 million, what the ship's owner" in sources
    assert "“A $101,980,000 settlement has been reached”" in sources
    for page in (overview, pages[f"{BRIDGE}/numbers.md"], sources):
        assert "&#36;101,980,000" not in page


# -- A key figure that revised another says what it was -------------------------------------------------


def test_the_rebuild_s_cost_card_says_it_was_raised(pages: dict[str, str]) -> None:
    """The first screen gave "$4.3 billion to $5.2 billion the estimated cost of rebuilding the bridge"
    and nothing of the $1.7 to $1.9 billion first estimated: the numbers page said it, three taps away."""
    told = card(pages[f"{BRIDGE}/index.md"], "rebuild-cost-2025")
    assert "Revised up from $1.7 billion to $1.9 billion, the figure as of December 2024." in told


def test_the_carmaker_s_strike_cost_card_on_another_topic(pages: dict[str, str]) -> None:
    """The same on a strike: Ford's $1.7 billion lost to it had been $1.3 billion a month before."""
    told = card(pages[f"{STRIKE}/index.md"], "ford-cost")
    assert "Revised up from $1.3 billion, the figure as of 26 October 2023." in told


@pytest.mark.parametrize(
    ("old", "new", "told"),
    [
        (
            {"value": 40, "unit": "homes", "counts": "homes flooded", "as_of": "2031-01-10"},
            {"value": 25, "unit": "homes", "counts": "homes flooded", "as_of": "2031-02"},
            "Revised down from [40 homes](#old), the figure as of 10 January 2031.",
        ),
        # Ranges that overlap went neither way.
        (
            {"value": 10, "upper": 20, "unit": "tonnes", "counts": "grain lost", "as_of": "2030"},
            {"value": 15, "upper": 30, "unit": "tonnes", "counts": "grain lost", "as_of": "2031-05-02"},
            "Revised from [10 to 20 tonnes](#old), the figure as of 2030.",
        ),
        # A count of one day put right, or a figure of a day within the other's month: no news.
        (
            {"value": 40, "unit": "homes", "counts": "homes flooded", "as_of": "2031-01-10"},
            {"value": 25, "unit": "homes", "counts": "homes flooded", "as_of": "2031-01-10"},
            "",
        ),
        (
            {"value": 40, "unit": "homes", "counts": "homes flooded", "as_of": "2031-01"},
            {"value": 25, "unit": "homes", "counts": "homes flooded", "as_of": "2031-01-10"},
            "",
        ),
        (
            {"value": 40, "unit": "homes", "counts": "homes flooded"},
            {"value": 25, "unit": "homes", "counts": "homes flooded"},
            "",
        ),
    ],
)
def test_revised_from_on_invented_figures(old: dict[str, object], new: dict[str, object], told: str) -> None:
    assert revised_from(_number(**old), _number(**new), "#old") == told


# -- A body that revised its figure is named once ----------------------------------------------------


def test_the_authority_that_revised_its_estimate_is_named_once(pages: dict[str, str]) -> None:
    """Above the table of the rebuild's estimates: "The Maryland Transportation Authority revised its
    figure from ... All these figures are official, from the Maryland Transportation Authority": the
    same body named twice in two lines."""
    numbers = text(pages[f"{BRIDGE}/numbers.md"])
    assert (
        "to between $4.3 billion and $5.2 billion on 17 November 2025. Both are its official figures."
        in numbers
    )
    assert "are official, from the Maryland Transportation Authority" not in numbers


def test_the_agency_that_cut_the_flights_on_another_topic(pages: dict[str, str]) -> None:
    """The same on a space mission: NASA's contract cut from six flights to four."""
    numbers = text(pages[f"{MISSION}/numbers.md"])
    assert "NASA revised its figure from 6 to 4 flights on 24 November 2025. Both are its official" in numbers
    assert "are official, from NASA" not in numbers


# -- Who's who says what each one did in the story ------------------------------------------------------


def _whos_who(page: str) -> str:
    return text(page).split("Who's who", 1)[1]


def test_the_ship_the_state_and_the_department_say_what_they_did(pages: dict[str, str]) -> None:
    """Who's who read "Dali: A Singapore-flagged container ship" (cut at the comma before "984 feet
    long"), "State of Maryland: The US state; it is led by Wes Moore" (its relative clause "where the
    bridge stood" taken for a subject with no verb) and "US Department of Justice: ... that sued the
    ship's owner" (cut between "owner" and "manager", as if it had sued the owner alone)."""
    shown = _whos_who(pages[f"{BRIDGE}/index.md"])
    assert (
        "Dali: A Singapore-flagged container ship that lost power as it left the Port of Baltimore" in shown
    )
    assert "State of Maryland: The US state where the bridge stood" in shown
    assert (
        "US Department of Justice: The US federal department that sued the ship's owner and manager" in shown
    )


@pytest.mark.parametrize(
    ("description", "told"),
    [
        (
            "A concrete dam, 90 metres high, that holds back the Orla river above the town of Kessel and feeds its"
            " mills.",
            "A concrete dam that holds back the Orla river above the town of Kessel",
        ),
        ("A miner, aged 52, who was trapped for three days.", "A miner who was trapped for three days"),
        (
            "The county where the mine stood, which is suing the company for the repairs to its roads.",
            "The county where the mine stood",
        ),
        # A subject cut off before its verb by an aside still loses its clause.
        ("The country where the outbreak, its first, took place.", "The country"),
        (
            "The regional agency that fined the mill's owner and operator for the spill, and later closed the"
            " mill for a month.",
            "The regional agency that fined the mill's owner and operator",
        ),
        # Two things done, not two doers: cut at the "and" as before.
        (
            "The regional agency that fined the mill's owner and later closed the mill for a month in the"
            " spring.",
            "The regional agency that fined the mill's owner",
        ),
    ],
)
def test_roles_on_invented_descriptions(description: str, told: str) -> None:
    assert role(_actor("X", "government-body", description)) == told


# -- A name reads as running text writes it -------------------------------------------------------------


def test_the_owner_the_state_and_the_bridge_are_named_as_the_news_names_them(pages: dict[str, str]) -> None:
    """The ship's page read "Dali is owned by the Grace Ocean" (a company named as if it were an
    ocean), the authority's "owns Francis Scott Key Bridge", and the first screen's doubts "State of
    Maryland says"."""
    assert "Dali is owned by Grace Ocean" in text(pages[f"{BRIDGE}/actors/dali.md"])
    assert "owns the Francis Scott Key Bridge" in text(pages[f"{BRIDGE}/actors/mdta.md"])
    assert "The State of Maryland says: Work on the new bridge goes on in 2026" in text(
        pages[f"{BRIDGE}/index.md"]
    )


@pytest.mark.parametrize(
    ("name", "kind", "told"),
    [
        ("Marrow Ocean", "organisation", "Marrow Ocean"),
        ("Kessel Sea", "place", "the Kessel Sea"),
        ("Kessel Sea Authority", "government-body", "the Kessel Sea Authority"),
        ("State of Veltria", "government-body", "the State of Veltria"),
        ("City of Orla", "government-body", "the City of Orla"),
        ("Orla City", "place", "Orla City"),
        ("Orla Bridge", "object", "the Orla Bridge"),
        ("Kessel Dam", "object", "the Kessel Dam"),
        ("Marrow Star", "object", "Marrow Star"),
    ],
)
def test_names_in_running_text_on_invented_actors(name: str, kind: str, told: str) -> None:
    assert named(_actor(name, kind)) == told


# -- Two speakers of one role are told who they are -----------------------------------------------------


def test_the_two_senators_are_introduced_on_the_first_screen(pages: dict[str, str]) -> None:
    """ "What may happen next: Chris Van Hollen and Ben Cardin say federal taxpayers will be paid back":
    a lone speaker is told who it is, two were named bare, and a newcomer could not tell who they were."""
    line = next(
        p for p in html(pages[f"{BRIDGE}/index.md"]).css("p") if p.text().startswith("What may happen next")
    )
    assert " ".join(line.text().split()).startswith(
        "What may happen next: Chris Van Hollen and Ben Cardin, US senators from Maryland, say federal taxpayers"
    )


@pytest.mark.parametrize(
    ("told", "shared"),
    [
        (["a lawyer for the families"] * 2, "lawyers for the families"),
        (["an engineer at the plant"] * 3, "engineers at the plant"),
        (["a glaciologist at the institute"] * 2, "glaciologists at the institute"),
        # Different roles, a clause whose verb would need the plural, a noun whose plural is not "s":
        # left bare, as before.
        (["a lawyer for the families", "an engineer at the plant"], ""),
        (["a lawyer who represents the families"] * 2, ""),
        (["a policeman in Orla"] * 2, ""),
        (["the mayor of Orla"] * 2, ""),
        (["a lawyer for the families"], ""),
    ],
)
def test_shared_appositive_on_invented_speakers(told: list[str], shared: str) -> None:
    assert shared_appositive(told) == shared


def test_the_attorney_general_in_doubt_is_told_who_he_is(pages: dict[str, str]) -> None:
    """ "Still in doubt: [The collapse was caused by the negligence ...], says Anthony Brown": the first
    screen named a person a newcomer had not met. The same on a medicine's invented rival claim in
    tests/test_reading_panel.py ("says Matthew Schrag, a neurologist who studies Alzheimer's disease");
    a body is named alone, its name says what it is."""
    line = next(
        p for p in html(pages[f"{BRIDGE}/index.md"]).css("p") if p.text().startswith("Still in doubt")
    )
    assert (
        "alleges Anthony Brown, the Attorney General of Maryland. Disputed: The companies deny all liability."
        in (" ".join(line.text().split()))
    )
