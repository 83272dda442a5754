"""A data breach and the regulator's fine for it (tests/fixtures/explained/british-airways-data-breach:
attackers took customers' personal and card details from an airline's website and app; the airline
counted the cards taken, then cut the count and added customers of earlier months; the regulator gave
notice that it intended a large fine and, after the airline's arguments and the pandemic, imposed one
about a ninth as large; the customers' group claim was settled in confidence), read as a newcomer on
a phone who asks who was affected, why the fine, why so much lower and what is still unknown; and the
same rules on invented stories of other topics.

Each test reads the pages as built, rendered to HTML as MkDocs renders them (without the theme)."""

from __future__ import annotations

from pathlib import Path

import pytest
from explained import built_fixtures, text, validates_but_for_unstored_text

from generator.format.model import Number, Source
from generator.site.quantities import heading
from generator.site.sources_list import what_source
from generator.site.tallies import tallied
from generator.site.unknowns import _gist

BREACH = "british-airways-data-breach"
DOPING = "sinner-doping-case"
BRIDGE = "key-bridge-collapse-2024"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, BREACH, DOPING, BRIDGE)


def test_the_breach_validates_with_no_problem_but_unstored_text(tmp_path: Path) -> None:
    """Every source is cited by short phrases, none stored (as the other explained fixtures)."""
    validates_but_for_unstored_text(BREACH, tmp_path)


def _number(ident: str, value: int, counts: str, **fields: object) -> Number:
    return Number.model_validate(
        {"id": ident, "value": value, "counts": counts, "cite": [{"source": "s", "evidence": "e"}]} | fields
    )


# -- A figure its body revised is headed by what it counts, not by the quantity's id ---------------------


def test_the_revised_count_of_cards_is_headed_by_what_it_counts(pages: dict[str, str]) -> None:
    """The numbers page headed the airline's two counts of the cards taken "Ba breach cards
    compromised", the quantity's id in words: the story's short name read as a word, and nothing
    said which cards or when."""
    numbers = text(pages[f"{BREACH}/numbers.md"])
    assert "Ba breach" not in numbers
    assert (
        "Payment cards British Airways said were compromised between 21 August and 5 September 2018 "
        "British Airways revised its figure from about 380,000 to 244,000 payment cards on 25 October 2018"
    ) in numbers
    assert "Customers and staff whose personal data the ICO said the attacker may have reached" in numbers


def test_a_revised_figure_on_another_topic_is_headed_by_what_the_latest_counts() -> None:
    first = _number("first", 40, "boats the harbour office first said had sunk", quantity="tarn-boats-sunk")
    second = _number(
        "second", 34, "boats the harbour office found sunk", quantity="tarn-boats-sunk", revises="first"
    )
    assert heading("tarn-boats-sunk", [first, second]) == "Boats the harbour office found sunk"
    # Two bodies' figures side by side, neither revising the other: the id in words, as before.
    other = _number("other", 45, "boats the fishermen's union says sank", quantity="tarn-boats-sunk")
    assert heading("tarn-boats-sunk", [first, other]) == "Tarn boats sunk"


# -- A claim two words over the glance's length is told whole -------------------------------------------


def test_what_is_not_known_of_the_settlement_is_told_to_its_end(pages: dict[str, str]) -> None:
    """The first screen and the timeline read "Still in doubt: ... or how much British Airways
    will…": the claim, two words over the line's length, was cut before its last verb."""
    for page in (f"{BREACH}/index.md", f"{BREACH}/timeline.md"):
        told = text(pages[page])
        assert (
            "Still in doubt: The settlement's terms are confidential, so it is not known how many "
            "claimants will be paid or how much British Airways will pay, reports say"
        ) in told
        assert "will…" not in told


@pytest.mark.parametrize(
    ("statement", "told"),
    [
        # Two words over: told whole.
        (
            "The terms of the harbour deal are secret, so it is not known how many fishermen will be "
            "paid or what the port will pay.",
            "The terms of the harbour deal are secret, so it is not known how many fishermen will be "
            "paid or what the port will pay",
        ),
        # Far over: cut, but not on an auxiliary verb without its verb.
        (
            "The villagers asked the regional office how many of the farmers whose fields flooded in the "
            "spring the new finance minister will repay this year, and when.",
            "The villagers asked the regional office how many of the farmers whose fields flooded in the "
            "spring the new finance minister…",
        ),
    ],
)
def test_a_claim_cut_for_a_glance_on_invented_statements(statement: str, told: str) -> None:
    assert _gist(statement, 22) == told


# -- Parts told together keep each its relative word ----------------------------------------------------


def test_the_earlier_customers_are_told_with_whose_details_were_taken(pages: dict[str, str]) -> None:
    """The numbers page read "Of them: 77,000 customers from the earlier bookings whose card number
    ... may have been taken and 108,000 details may have been taken without the card's CVV": the
    tally said "whose" once, with the first part, and the second lost it."""
    numbers = text(pages[f"{BREACH}/numbers.md"])
    assert "and 108,000 whose details may have been taken without the card's CVV" in numbers
    assert "108,000 details" not in numbers


def test_a_tally_of_invented_parts_keeps_each_its_relative_word() -> None:
    whole = _number("whole", 65, "boats damaged in the storm", unit="boats")
    nets = _number(
        "nets", 40, "boats from the northern harbour whose nets were cut", unit="boats", part_of="whole"
    )
    engines = _number(
        "engines", 25, "boats from the northern harbour whose engines failed", unit="boats", part_of="whole"
    )
    assert (
        tallied([nets, engines], whole)
        == "40 from the northern harbour whose nets were cut and 25 whose engines failed"
    )


# -- A publisher whose name ends in a full stop ends the sentence once ----------------------------------


def test_a_publisher_ending_in_a_full_stop_is_not_followed_by_another(pages: dict[str, str]) -> None:
    """The sources page read "An article, published by City A.M..": the sentence's stop after the
    name's own."""
    sources = text(pages[f"{BREACH}/sources.md"])
    assert "An article, published by City A.M. Address" in sources
    assert "A.M.." not in sources


def test_an_invented_publisher_ending_in_a_full_stop() -> None:
    firm = Source.model_validate({"id": "s", "title": "T", "kind": "article", "publisher": "Tarn and Co."})
    assert what_source(firm) == "An article, published by Tarn and Co."
    dated = Source.model_validate(
        {"id": "s", "title": "T", "kind": "article", "publisher": "Tarn and Co.", "published": "2031-05-02"}
    )
    assert what_source(dated) == "An article, published by Tarn and Co. on 2 May 2031."
