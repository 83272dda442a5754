"""A government policy fought in the courts and in parliament, then dropped
(tests/fixtures/explained/rwanda-asylum-plan: a plan to send asylum seekers to another country, its
first flight stopped by an international court, the lower courts split, the top court's ruling
against it, a treaty and an act passed to answer the ruling, a new government's scrapping of it, the
money paid and what the new minister said it cost, and the partner's later demand for more), read as
a newcomer who asks what the plan was, why no flight left, what parliament did, why it was dropped,
what it cost and what is unknown; and the same rules on other topics.

Each test reads the pages as built, rendered to HTML as MkDocs renders them (without the theme)."""

from __future__ import annotations

from pathlib import Path

import pytest
from explained import (
    built_fixtures,
    card,
    described,
    explained_content,
    text,
    validates_but_for_unstored_text,
)
from flood import built

from generator.format.model import Number
from generator.site.grammar import caption_text
from generator.site.roles import gist, role

PLAN = "rwanda-asylum-plan"
QUAKE = "morocco-earthquake-2023"
DRUG = "lecanemab-alzheimers"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, PLAN, QUAKE, DRUG)


def test_the_plan_validates_with_no_problem_but_unstored_text(tmp_path: Path) -> None:
    """Every source is cited by short phrases, none stored (as the other explained fixtures)."""
    validates_but_for_unstored_text(PLAN, tmp_path)


# -- A sum of money is the money it counts --------------------------------------------------------------


def test_the_payments_are_the_money_paid(pages: dict[str, str]) -> None:
    """The first screen's card read "£290 million in money the UK had paid or agreed to pay Rwanda",
    as if the sum were a part of some money; the numbers page said the same of "About £140 million in
    money the UK had paid"."""
    overview = pages[f"{PLAN}/index.md"]
    assert card(overview, "paid-dec-2023").startswith(
        "£290 million the money the UK had paid or agreed to pay Rwanda under the deal"
    )
    numbers = text(pages[f"{PLAN}/numbers.md"])
    assert "About £140 million, the money the UK had paid Rwanda under the deal" in numbers
    assert "in money" not in text(overview) + numbers


def _number(**fields: object) -> Number:
    return Number.model_validate({"id": "n", "cite": [{"source": "s", "evidence": "e"}]} | fields)


@pytest.mark.parametrize(
    ("counts", "told"),
    [
        ("money the club paid its coach", "$4 million, the money the club paid its coach"),
        ("money owed to the builders of the dam", "$4 million, the money owed to the builders of the dam"),
        ("money Aldria lent the ferry line", "$4 million, the money Aldria lent the ferry line"),
        # Money as a form the sum took, or as a word that modifies another, keeps its "in".
        ("cash seized at the border", "$4 million in cash seized at the border"),
        ("money laundering fines paid by the bank", "$4 million in money laundering fines paid by the bank"),
    ],
)
def test_money_on_invented_sums(counts: str, told: str) -> None:
    assert caption_text(_number(value=4_000_000, unit="US dollars", counts=counts)) == told


# -- A definition keeps the clause that says what the thing is --------------------------------------


def test_a_safe_third_country_is_where_claims_are_decided(pages: dict[str, str]) -> None:
    """The timeline glossed the ruling's "safe third country" as "A country, other than the one they
    fled": cut at the end of the aside after "A country", it told what the country is not, and left
    out the clause that says what makes it safe."""
    timeline = text(pages[f"{PLAN}/timeline.md"])
    assert (
        "Safe third country: A country where asylum seekers can be sent to have their claims decided"
        " fairly." in timeline
    )
    assert "other than the one they fled" not in timeline


@pytest.mark.parametrize(
    ("definition", "told"),
    [
        (
            "A permit, issued by the port office after an inspection of the hull, that lets a ship carry"
            " passengers on the lake for one season.",
            "A permit that lets a ship carry passengers on the lake for one season",
        ),
        (
            "A yard, near the old harbour, where crews mend the nets of the fishing fleet and store their"
            " boats over the winter.",
            "A yard where crews mend the nets of the fishing fleet",
        ),
        (
            "A fund, set up by the three mills in the spring of 2031 after the flood, from which workers"
            " laid off by the mills are paid.",
            "A fund from which workers laid off by the mills are paid",
        ),
        # An aside that no relative clause follows, or a definition short enough, is given as before.
        (
            "A levy, set by the council each spring, on every tonne of grain that leaves the port by road"
            " or by river barge.",
            "A levy, set by the council each spring",
        ),
        (
            "A service, hosted at a university, that checks the results of every race.",
            "A service, hosted at a university, that checks the results of every race",
        ),
    ],
)
def test_a_definition_after_an_aside_on_invented_terms(definition: str, told: str) -> None:
    assert gist(definition) == told


# -- A card says who a person it names as its source is ----------------------------------------------


def test_the_civil_servant_who_gave_the_payments_is_said_who_he_is(pages: dict[str, str]) -> None:
    """The card read "£290 million ..., according to Matthew Rycroft, as of 12 December 2023": the
    summary and the key questions above never named him, nor did Who's who below, and a newcomer could
    not tell whose word the figure was. The minister the key questions named is named alone."""
    overview = pages[f"{PLAN}/index.md"]
    assert (
        "according to Matthew Rycroft, the most senior civil servant of the Home Office, as of 12 December"
        " 2023" in card(overview, "paid-dec-2023")
    )
    assert "according to Yvette Cooper, as of 22 July 2024" in card(overview, "cost-to-date")
    assert "according to Yvette Cooper, as of 22 July 2024" in card(overview, "people-sent")


def test_a_spokesman_and_a_trial_s_author_on_other_topics(pages: dict[str, str]) -> None:
    """The same on an earthquake, whose toll's card named "Mustapha Baitas" alone, and on a drug
    trial, whose card named "Christopher van Dyck" alone; the bodies that give the other cards' figures
    ("the Interior Ministry", "Eisai and Biogen") are named alone, as before."""
    quake = pages[f"{QUAKE}/index.md"]
    assert "according to Mustapha Baitas, the Moroccan government's spokesperson, as of 27 September" in (
        card(quake, "deaths-sep-27")
    )
    assert "the official figure from the Interior Ministry, as of 13 September 2023" in card(
        quake, "injured-sep-13"
    )
    drug = text(pages[f"{DRUG}/index.md"])
    assert "according to Christopher van Dyck, the first author of the trial's published results" in drug
    assert "according to Eisai and Biogen, as of 28 September 2022" in drug


def test_a_person_named_on_a_card_before_is_named_alone(tmp_path: Path) -> None:
    """Two cards of one person's figures: the first says who she is, the second names her alone. The
    plan's key figures put in the other order, the civil servant's card first, then one more of his."""
    content = explained_content(tmp_path, PLAN)
    numbers = content / PLAN / "numbers.yaml"
    told = numbers.read_text(encoding="utf-8")
    moved = told.replace(
        '  as_of: "2024-07-22"\n  stated_by:\n    - yvette-cooper\n  derivation: Four',
        '  as_of: "2024-07-22"\n  stated_by:\n    - matthew-rycroft\n  derivation: Four',
    )
    assert moved != told
    numbers.write_text(moved, encoding="utf-8")
    meta = content / PLAN / "dossier.yaml"
    dossier = meta.read_text(encoding="utf-8")
    meta.write_text(
        dossier.replace(
            "  - cost-to-date\n  - people-sent\n  - paid-dec-2023\n",
            "  - paid-dec-2023\n  - people-sent\n  - cost-to-date\n",
        ),
        encoding="utf-8",
    )
    overview = built(content)[f"{PLAN}/index.md"]
    assert "according to Matthew Rycroft, the most senior civil servant" in card(overview, "paid-dec-2023")
    assert "according to Matthew Rycroft, as of 22 July 2024" in card(overview, "people-sent")


@pytest.mark.parametrize(
    ("definition", "told"),
    [
        # Cut before a relative clause, the preposition that opens it goes with it: this read "The
        # harbour from", a bare noun the role then gives with its clause, up to a phrase's end
        # within its limit (tests/test_door_plug.py), no longer cut on an ellipsis.
        (
            "The harbour from which the ferries of the three island companies sail each morning in summer"
            " to the mainland coast and back.",
            "The harbour from which the ferries of the three island companies sail each morning in summer",
        ),
        (
            "The old customs house of the port at Kessel from which the ferries of the three island companies"
            " sail each morning in summer.",
            "The old customs house of the port at Kessel",
        ),
    ],
)
def test_a_relative_clause_s_preposition_on_invented_terms(definition: str, told: str) -> None:
    assert gist(definition) == told


# -- A role opened by "the" keeps the clause that makes it "the" one -----------------------------------


def test_the_partner_government_and_the_prime_minister_say_which_ones(pages: dict[str, str]) -> None:
    """Who's who read "Government of Rwanda: The government of the East African country" and "Rishi
    Sunak: The Conservative UK prime minister": cut before their relative clauses, "the" country and
    "the" prime minister read as if the page had named them before, and neither said its part."""
    actors = text(pages[f"{PLAN}/actors/index.md"])
    assert (
        "Government of Rwanda: The government of the East African country that agreed to take in asylum"
        " seekers" in actors
    )
    assert "Rishi Sunak: The Conservative UK prime minister who made the plan a key part of his promise" in (
        actors
    )


@pytest.mark.parametrize(
    ("description", "told"),
    [
        (
            "The government of the island state that agreed to take in the refugees sent from the mainland"
            " in boats.",
            "The government of the island state that agreed to take in the refugees",
        ),
        (
            "The port company that cut off the supply of fuel to the fishing fleets of the northern coast in"
            " May 2031.",
            "The port company that cut off the supply of fuel",
        ),
        # A head opened by "a" is no "the" one: cut before its clause, as before. So is one whose
        # clause has an aside, where no cut reads whole.
        (
            "A ferry company that ran the night boats across the lake to the islands of the north from 2020.",
            "A ferry company",
        ),
        (
            "The leader of a fishing guild that, the court was told, controlled over 400 boats on the lake"
            " for a decade.",
            "The leader of a fishing guild",
        ),
    ],
)
def test_a_role_s_relative_clause_on_invented_actors(description: str, told: str) -> None:
    assert role(described(description)) == told


# -- The "Why:" line ends on what its step leads to -------------------------------------------------------


def test_why_no_flight_left_ends_on_the_ruling(pages: dict[str, str]) -> None:
    """ "Why: The first flight, in June 2022, was stopped by an order of the European Court of Human
    Rights. Then the courts at home heard the case." ended on the step that led to the ruling, which
    the 35-word line cut. The step gives way to the ruling's main clause, before its colon."""
    line = text(pages[f"{PLAN}/index.md"]).split("Why: ", 1)[1].split(" Why did no flight leave?", 1)[0]
    assert line == (
        "The first flight, in June 2022, was stopped by an order of the European Court of Human Rights."
        " In November 2023 the Supreme Court ruled the plan unlawful."
    )
