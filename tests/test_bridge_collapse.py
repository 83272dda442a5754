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
from explained import built_fixtures, text, validates_but_for_unstored_text

from generator.format.model import Number
from generator.site.grammar import caption_text

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


# -- What a figure counts, told as the answer to a question, is the figure --------------------------------


def test_the_settlement_is_what_the_owner_agreed_to_pay(pages: dict[str, str]) -> None:
    """The Justice Department's page read "$101,980,000 in what the ship's owner and manager agreed to
    pay", and the safety board's "about 30 times of how far the bridge's risk ... was above the
    acceptable level": a part taken out of the sum, a share of a distance."""
    justice = text(pages[f"{BRIDGE}/actors/doj.md"])
    board = text(pages[f"{BRIDGE}/actors/ntsb.md"])
    assert "$101,980,000, what the ship's owner and manager agreed to pay the federal government" in justice
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
