"""A deadly wildfire and its aftermath (tests/fixtures/explained/maui-wildfires-2023: a power
company's broken lines started a fire that firefighters thought out, which flared up again and burned
a town; the count of the dead rose, was revised down after DNA tests, then settled; sirens not
sounded and a water official moved; a county's lawsuit and the company's answer; the findings on the
cause; a settlement of the lawsuits and who pays into it; the rebuilding), read as a newcomer on a
phone who asks how many died, why, who is to blame, who pays and what happens next; and the same
rules on invented stories of other topics.

Each test reads the pages as built, rendered to HTML as MkDocs renders them (without the theme)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from explained import (
    built_fixtures,
    card,
    described,
    invented_story,
    text,
    validates_but_for_unstored_text,
)
from flood import FLOOD, built, flood_with

from generator.format.model import Citation, Claim, Event, Number, Source
from generator.site.citations import Footnotes
from generator.site.decisions import decided
from generator.site.expressions import expressed
from generator.site.grammar import caption_text, changed_from

FIRE = "maui-wildfires-2023"
QUAKE = "morocco-earthquake-2023"
BRIDGE = "key-bridge-collapse-2024"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, FIRE, QUAKE, BRIDGE)


def test_the_wildfire_validates_with_no_problem_but_unstored_text(tmp_path: Path) -> None:
    """Every source is cited by short phrases, none stored (as the other explained fixtures)."""
    validates_but_for_unstored_text(FIRE, tmp_path)


# -- A name's share of a sum is that sum, not a part taken out of it -------------------------------------


def _number(**fields: object) -> Number:
    return Number.model_validate({"id": "n", "cite": [{"source": "s", "evidence": "e"}]} | fields)


def test_the_utility_s_share_is_its_share(pages: dict[str, str]) -> None:
    """The company's page and the first screen read "$1.99 billion in Hawaiian Electric's share of the
    settlement", as if the sum were taken out of the share; "the State of Hawaii's share" read well,
    its article giving the comma."""
    company = text(pages[f"{FIRE}/actors/hawaiian-electric.md"])
    trust = text(pages[f"{FIRE}/actors/kamehameha-schools.md"])
    assert "$1.99 billion, Hawaiian Electric's share of the settlement" in company
    assert "$872.5 million, Kamehameha Schools' share of the settlement" in trust
    assert " in Hawaiian Electric's share" not in text(pages[f"{FIRE}/index.md"])


@pytest.mark.parametrize(
    ("fields", "told"),
    [
        (
            {"value": 2000000, "unit": "US dollars", "counts": "Norvik Ferries' share of the fund"},
            "$2 million, Norvik Ferries' share of the fund",
        ),
        (
            {"value": 3, "unit": "tonnes", "counts": "Aldria's total of grain lost"},
            "3 tonnes, Aldria's total of grain lost",
        ),
        (
            {"value": 40, "unit": "percent", "counts": "Norvik Ferries' share of the ferry trade"},
            "40%, Norvik Ferries' share of the ferry trade",
        ),
        # A common noun's owner, "s'" or "'s", reads as a name's, with its article: "$2 million in
        # workers' share of the strike fund" read as a part taken out of the share.
        ({"value": 12, "unit": "percent", "counts": "pilots' rate"}, "12%, the pilots' rate"),
        (
            {"value": 2000000, "unit": "US dollars", "counts": "workers' share of the strike fund"},
            "$2 million, the workers' share of the strike fund",
        ),
        (
            {"value": 450000, "unit": "euros", "counts": "families' share of the relief money"},
            "€450,000, the families' share of the relief money",
        ),
        (
            {"value": 30, "unit": "percent", "counts": "growers' share of the harvest"},
            "30%, the growers' share of the harvest",
        ),
        (
            {"value": 300, "unit": "tonnes", "counts": "the mill's share of the grain"},
            "300 tonnes, the mill's share of the grain",
        ),
        # A name's that opens no measure, and a common noun's that opens none, keep their joints.
        (
            {"value": 2000000, "unit": "US dollars", "counts": "victims' compensation"},
            "$2 million in victims' compensation",
        ),
        (
            {"value": 2000000, "unit": "US dollars", "counts": "fines paid by Aldria's banks"},
            "$2 million in fines paid by Aldria's banks",
        ),
    ],
)
def test_a_name_s_measure_on_invented_figures(fields: dict[str, object], told: str) -> None:
    assert caption_text(_number(**fields)) == told


# -- A footnote quotes a phrase once, not again inside a longer one --------------------------------------


def test_the_revised_toll_s_footnote_quotes_its_words_once(pages: dict[str, str]) -> None:
    """The answer to "How many people died?" cites two figures from one report, one by "has been
    revised down from 115 to 97", the other by the same words and what follows: its footnote quoted
    the sentence twice in one line."""
    overview = text(pages[f"{FIRE}/index.md"])
    assert "revised down from 115 to 97 amid new DNA analysis" in overview
    assert (
        "“The official death toll from the Lahaina wildfire disaster has been revised down from 115 to 97”"
        not in (overview)
    )


def test_a_footnote_of_invented_phrases_quotes_the_longer_once() -> None:
    source = Source.model_validate({"id": "s", "title": "Harbour report", "publisher": "Port Gazette"})
    story = dataclasses.replace(invented_story(), sources=(source,))
    notes = Footnotes("t/index.md")
    shorter = Citation(source="s", evidence="the crane fell")
    longer = Citation(source="s", evidence="the crane fell onto the quay at dawn")
    other = Citation(source="s", evidence="two dockers were hurt")
    notes.cite(story, [shorter, longer, other])
    (footnote,) = notes.definitions
    assert footnote.endswith(": “the crane fell onto the quay at dawn”; “two dockers were hurt”")
    # A phrase cited alone keeps its own footnote.
    notes.cite(story, [shorter])
    assert notes.definitions[-1].endswith(": “the crane fell”")


# -- The card of a toll's last figure says the count had been revised on the way -------------------------


def test_the_toll_s_card_says_the_count_was_lowered(pages: dict[str, str]) -> None:
    """The first screen gave "102 people killed by the fires, as of 2 August 2024" and nothing of the
    115 the police had counted and lowered to 97 after DNA tests: the figures come from the police,
    the governor and reports naming no one, so they form no one party's series, and the card said
    nothing of them."""
    told = card(pages[f"{FIRE}/index.md"], "deaths-final")
    assert (
        "Earlier, the Maui Police Department revised its figure down from at least 115 to 97 people"
        " on 15 September 2023 (five figures over time)."
    ) in told
    # A series one party gives still reads as a rise, with no revision told.
    quake = card(pages[f"{QUAKE}/index.md"], "deaths-sep-27")
    assert "Up from 632 people on 9 September 2023 (nine figures over time)." in quake
    assert "Earlier," not in quake


REVISED_REPORT = (
    "On Sunday the district office lowered its count of the missing to 18. A week later 20 people were"
    " still missing, a radio station said.\n"
)
REVISED_NUMBERS = """\
- id: missing-lowered
  value: 18
  unit: people
  counts: people missing
  quantity: people-missing
  as_of: "2024-01-14"
  stated_by: [district-office]
  revises: missing-according-to-district
  cite:
    - source: valley-news
      evidence: On Sunday the district office lowered its count of the missing to 18
- id: missing-later
  value: 20
  unit: people
  counts: people missing
  quantity: people-missing
  as_of: "2024-01-21"
  unattributed: true
  cite:
    - source: valley-news
      evidence: A week later 20 people were still missing
"""


def test_the_missing_card_of_an_invented_flood_says_the_count_was_lowered(tmp_path: Path) -> None:
    """The same on a flood: the army's and the district office's counts of the missing, the office's
    lowered from 30 to 18, and a later report's 20 naming no one, the story's key figure."""
    folder = flood_with(
        tmp_path, REVISED_REPORT, numbers=REVISED_NUMBERS, dossier="key_figure: missing-later\n"
    )
    told = card(built(folder)[f"{FLOOD}/index.md"], "missing-later")
    assert (
        "Earlier, the district office revised its figure down from 30 to 18 people on 14 January 2024"
        " (four figures over time)."
    ) in told


# -- A finding two bodies make together is their decision -------------------------------------------------


def test_the_joint_finding_is_the_fire_service_s_decision(pages: dict[str, str]) -> None:
    """ "The fire department and the ATF find that ..." was no decision of the fire department's: its
    verb came after the other body's name, in the plural. So Who's who did not say what it found, and
    the company's "the settlement includes no admission of liability" read as "said before what
    followed", the finding on the fire's cause, as if the finding had answered it."""
    overview = text(pages[f"{FIRE}/index.md"])
    company = text(pages[f"{FIRE}/actors/hawaiian-electric.md"])
    assert (
        "Maui Fire Department: The county's fire service, which fought the fire and with the ATF investigated"
        " its cause. In this story: found that the morning fire rekindled and destroyed Lahaina on 2 October 2024"
    ) in overview
    assert "said before what followed" not in company


def _event(title: str) -> Event:
    return Event.model_validate({"id": "e", "date": "2031-01-01", "title": title, "cite": [{"source": "s"}]})


@pytest.mark.parametrize(
    ("title", "told"),
    [
        ("The harbour inspectors and the NFA find that the crane failed", "found that the crane failed"),
        ("The Harbour Board and the National Fire Agency rule out arson", "ruled out arson"),
        ("The Harbour Board and the NFA pass new rules", "passed new rules"),
        ("The Harbour Board finds that the crane failed", "found that the crane failed"),
        # The other body's decision alone, and a joint act that decides nothing, are none of the board's.
        ("The NFA finds that the crane failed", ""),
        ("The harbour inspectors and the NFA meet the owners", ""),
    ],
)
def test_a_joint_decision_on_invented_events(title: str, told: str) -> None:
    board = described("A body.", kind="government-body", name="Harbour Board")
    agency = described("A body.", kind="government-body", name="National Fire Agency").model_copy(
        update={"id": "nfa", "aliases": ["NFA"]}
    )
    assert decided(board, _event(title), [agency]) == told


# -- A revision names its unit once ----------------------------------------------------------------------


def test_the_toll_s_revision_names_people_once(pages: dict[str, str]) -> None:
    """The numbers page read "revised its figure from at least 115 people to 97 people"."""
    deaths = text(pages[f"{FIRE}/numbers.md"])
    assert "revised its figure from at least 115 to 97 people on 15 September 2023." in deaths


@pytest.mark.parametrize(
    ("old", "new", "told"),
    [
        ({"value": 40, "unit": "homes"}, {"value": 25, "unit": "homes"}, "40"),
        (
            {"value": 40, "unit": "homes", "qualifier": "at-least"},
            {"value": 25, "unit": "homes"},
            "at least 40",
        ),
        # A symbol, a sign, a range and a unit that changes stay with each figure.
        ({"value": 3, "unit": "US dollars"}, {"value": 2, "unit": "US dollars"}, "$3"),
        ({"value": 5, "unit": "percent"}, {"value": 4, "unit": "percent"}, "5%"),
        (
            {"value": 2, "upper": 3, "unit": "tonnes"},
            {"value": 4, "unit": "tonnes"},
            "between 2 and 3 tonnes",
        ),
        ({"value": 40, "unit": "homes"}, {"value": 25, "unit": "flats"}, "40 homes"),
    ],
)
def test_an_invented_revision_names_its_unit_once(
    old: dict[str, object], new: dict[str, object], told: str
) -> None:
    assert changed_from(_number(counts="x", **old), _number(counts="x", **new)) == told


# -- A maker's regret is no claim to confirm; the fact it regrets is their own account ---------------------


def test_the_company_s_regret_is_told_as_its_own_account(pages: dict[str, str]) -> None:
    """ "Claims no one else confirms" listed "The company deeply regrets that its operations contributed
    to the morning fire", as if a reporter might yet confirm a regret; then the page told it as "an
    expression of feeling, not a statement of fact", though what it regrets is the company's own
    admission of its part in the fire: a fact it states of itself, told as its own account."""
    overview = pages[f"{FIRE}/index.md"]
    doubts = overview.split("### Claims no one else confirms", 1)[1].split("\n#", 1)[0]
    assert "deeply regrets" not in doubts
    assert "The settlement includes no admission of liability" in doubts
    own = overview.split("### Their own account", 1)[1].split("\n#", 1)[0]
    assert "deeply regrets that its operations contributed to the morning fire" in own
    claims = text(pages[f"{FIRE}/claims.md"])
    assert (
        "two accounts their makers give of themselves, five that no other source confirms, one warning and two opinions."
        in (claims)
    )
    assert "expression of feeling" not in claims
    assert "contributed to the morning fire. Status: Their own account, by those it is about" in claims


def test_an_invented_condolence_is_counted_apart(tmp_path: Path) -> None:
    """Invented: the district office offers its condolences and thanks the rescuers, and says the army
    was slow. Only the last is a claim no one else confirms, on the claims page and the first screen."""
    content = flood_with(
        tmp_path,
        "The district office offered its deepest condolences to the families of the dead.\n"
        + "The district office thanked the rescuers.\n"
        + "The district office said soldiers had been slow to open the road.\n",
        claims="""- id: condolences
  statement: The district office offers its deepest condolences to the families of the dead.
  claimants: [district-office]
  cite:
    - source: valley-news
      evidence: offered its deepest condolences to the families of the dead
- id: thanks
  statement: The district office thanks the rescuers.
  claimants: [district-office]
  cite:
    - source: valley-news
      evidence: thanked the rescuers
- id: army-slow
  statement: Soldiers were slow to open the road.
  claimants: [district-office]
  about: [army]
  cite:
    - source: valley-news
      evidence: soldiers had been slow to open the road
""",
    )
    flood = built(content)
    claims, overview = text(flood[f"{FLOOD}/claims.md"]), flood[f"{FLOOD}/index.md"]
    assert "one that no other source confirms, one warning and two expressions of feeling." in claims
    doubts = overview.split("## What is not known", 1)[1].split("\n## ", 1)[0]
    assert "Soldiers were slow to open the road" in doubts
    assert "condolences" not in doubts and "thanks the rescuers" not in doubts


@pytest.mark.parametrize(
    ("statement", "expression"),
    [
        ("The ferry company deeply regrets the delay.", True),
        ("The club thanks its volunteers for their work.", True),
        ("The family is saddened by the loss of their son.", True),
        ("The airline apologises to its passengers.", True),
        ("The mayor offered his deepest condolences to the victims' families.", True),
        # A courtesy that wraps a fact, a cause, a clause of its own or a second sentence stays a claim.
        ("The ministry is pleased to announce that the bridge reopens on Monday.", False),
        ("The fire slowed thanks to the rain.", False),
        ("The firm that regrets nothing paid the fine.", False),
        ("The council regrets the delay; the bridge will reopen in May.", False),
        ("The mill regrets nothing. It paid the fine.", False),
        ("The mill offered support to the families.", False),
        # A feeling about a fact it states, or joined to a statement, states the fact besides.
        ("The utility deeply regrets that its crews started the fire.", False),
        ("The airline apologised for the delay but said the plane was safe.", False),
        ("The school is sorry for the error, saying the marks were entered twice.", False),
        ("The club is grateful to its volunteers and thanks the council.", True),
    ],
)
def test_an_invented_expression_of_feeling(statement: str, expression: bool) -> None:
    claim = Claim.model_validate(
        {"id": "c", "statement": statement, "claimants": ["x"], "cite": [{"source": "s", "evidence": "e"}]}
    )
    assert expressed(claim) is expression
