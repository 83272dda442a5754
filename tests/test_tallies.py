"""Parts that add up to a whole, told as one line (generator/site/tallies.py) when the parts share
no relative head ("members who"): what they begin with is said once, as a person writes a tally,
not once per part ("300 homes destroyed and 200 homes damaged"), and so is the phrase they end
with. Read on the built pages of an invented flood and of the outbreak fixture, and on invented
parts of other topics."""

from __future__ import annotations

from pathlib import Path

import pytest
from explained import explained_content
from flood import FLOOD, built, flood_with

from generator.format.model import Number
from generator.site.tallies import tallied

REPORT = "The flood destroyed or damaged 500 homes: 300 homes were destroyed and 200 homes were damaged.\n"
NUMBERS = """\
- id: homes-hit
  value: 500
  unit: homes
  counts: homes destroyed or damaged
  cite:
    - source: valley-news
      evidence: The flood destroyed or damaged 500 homes
- id: homes-destroyed
  value: 300
  unit: homes
  counts: homes destroyed
  part_of: homes-hit
  cite:
    - source: valley-news
      evidence: 300 homes were destroyed
- id: homes-damaged
  value: 200
  unit: homes
  counts: homes damaged
  part_of: homes-hit
  cite:
    - source: valley-news
      evidence: 200 homes were damaged
"""


def test_homes_destroyed_and_damaged_say_homes_once(tmp_path: Path) -> None:
    folder = flood_with(tmp_path, REPORT, numbers=NUMBERS)
    meta = folder / FLOOD / "dossier.yaml"
    meta.write_text(meta.read_text("utf-8") + "key_figures: [homes-destroyed, homes-damaged]\n", "utf-8")
    pages = built(folder)
    cards = pages[f"{FLOOD}/index.md"].split("## Key figures", 1)[1].split("\n## ", 1)[0]
    assert (
        "Of the [500 homes destroyed or damaged](numbers.md#homes-hit): 300 destroyed and 200 damaged.\n"
        in cards
    )
    numbers = pages[f"{FLOOD}/numbers.md"]
    assert "- **Of them:** 300 destroyed and 200 damaged\n" in numbers
    assert "homes destroyed and 200 homes damaged" not in cards + numbers


def test_an_outbreak_tally_says_since_when_once(tmp_path: Path) -> None:
    """The outbreak fixture's deaths and recoveries end as their whole does ("since the outbreak
    began"), and the recoveries begin as it does ("confirmed cases who"): the whole says both."""
    slug = "rwanda-marburg-2024"
    overview = built(explained_content(tmp_path, slug))[f"{slug}/index.md"]
    assert (
        "Of the [66 confirmed cases since the outbreak began](numbers.md#cases-final):"
        " 15 deaths and 51 who have recovered.\n" in overview
    )


def _number(value: int, counts: str) -> Number:
    return Number.model_validate(
        {"id": "n", "value": value, "unit": "x", "counts": counts, "cite": [{"source": "s", "evidence": "e"}]}
    )


@pytest.mark.parametrize(
    ("whole", "counts", "told"),
    [
        # The whole says the head the parts begin with; each part says only what sets it apart.
        ("homes destroyed or damaged", ["homes destroyed", "homes damaged"], "5 destroyed and 4 damaged"),
        (
            "people killed",
            ["people killed in the north", "people killed in the south"],
            "5 in the north and 4 in the south",
        ),
        (
            "votes cast for candidates",
            ["votes cast for Smith", "votes cast for Jones"],
            "5 for Smith and 4 for Jones",
        ),
        (
            "children under five",
            ["children vaccinated", "children not vaccinated"],
            "5 vaccinated and 4 not vaccinated",
        ),
        # The whole says part of the head ("seats"), the first part the rest ("won"); not "won by",
        # whose preposition each part needs.
        (
            "seats in parliament",
            ["seats won by Labour", "seats won by others"],
            "5 won by Labour and 4 by others",
        ),
        (
            "patients",
            ["patients treated at home", "patients treated in hospital"],
            "5 treated at home and 4 in hospital",
        ),
        # A whole that does not begin with the head: the first part says it.
        ("casualties", ["people killed", "people injured"], "5 people killed and 4 injured"),
        # The phrase the parts end with, said by the whole when it ends with it too, else by the first.
        (
            "flights since the strike began",
            ["flights cancelled since the strike began", "flights delayed since the strike began"],
            "5 cancelled and 4 delayed",
        ),
        (
            "homes destroyed or damaged",
            ["homes destroyed by the flood", "homes damaged by the flood"],
            "5 destroyed by the flood and 4 damaged",
        ),
        # A part that begins as the whole does, up to a relative word: the whole says it.
        (
            "confirmed cases since the outbreak began",
            [
                "deaths since the outbreak began",
                "confirmed cases who have recovered since the outbreak began",
            ],
            "5 deaths and 4 who have recovered",
        ),
        # Nothing shared: each part as it is.
        ("seats", ["Labour seats", "other seats"], "5 Labour seats and 4 other seats"),
    ],
)
def test_a_tally_without_a_relative_head_says_its_head_once(whole: str, counts: list[str], told: str) -> None:
    parts = [_number(5, counts[0]), _number(4, counts[1])]
    assert tallied(parts, _number(9, whole)) == told
