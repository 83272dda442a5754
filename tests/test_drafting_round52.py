"""Forms the first run of held-out round 52 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a share or a price
whose space the pasting lost ("12per cent", "(euro4.20)")."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafted import drafted, kinds

from generator.authoring.figures import find_numbers
from generator.format.numbers import number_in_text


def _values(sentence: str) -> list[float]:
    return [figure.value for figure in find_numbers(sentence)]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Of the 2,400 votes cast, 61per cent went to the mayor.", [2400, 61]),
        ("Bus fares rose 12percent in a year.", [12]),
        ("A ferry ticket costs 18 kroner (euro2.40) in summer.", [18, 2.4]),
        ("Members pay 90 zloty (euro21.10; $22.80) a year.", [90, 21.1, 22.8]),
    ],
    ids=["per-cent-glued", "percent-glued", "euro-glued", "euro-and-dollars"],
)
def test_a_share_or_a_price_glued_to_its_word(sentence: str, values: list[float]) -> None:
    assert _values(sentence) == values


def test_the_euro_named_apart_is_no_price() -> None:
    assert _values("Traders sold the euro 10 days in a row.") == [10]
    assert _values("The Euro 2028 final is in Orla.") == []


def test_the_validator_reads_glued_shares_and_euros(tmp_path: Path) -> None:
    assert number_in_text(61, "Of the votes, 61per cent went to the mayor.")
    assert number_in_text(2.4, "A ticket costs 18 kroner (euro2.40).")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Ana Ruiz opened the Kessel Maternal and Child Hospital on Monday. She said the wards were full.",
            "Kessel Maternal and Child Hospital",
        ),
        (
            "The Orla Medical and Dental College admitted its first students. Its dean said it was a start.",
            "Orla Medical and Dental College",
        ),
        (
            "The Ministry of Labour and Family Services said the fund was open to all.",
            "Ministry of Labour and Family Services",
        ),
        (
            "Bo Lund praised the Department of Housing and Social Services for its work.",
            "Department of Housing and Social Services",
        ),
    ],
    ids=["hospital", "college", "ministry", "department"],
)
def test_and_inside_a_hospitals_or_a_ministrys_name(tmp_path: Path, body: str, name: str) -> None:
    result = drafted(tmp_path, body)
    assert name in kinds(result)
    halves = name.split(" and ")
    assert not any(half in kinds(result) for half in halves)


def test_a_service_of_its_own_after_a_ministry_stays_apart(tmp_path: Path) -> None:
    result = drafted(tmp_path, "The Ministry of Health and Kessel Police Service met on Monday.")
    assert "Ministry of Health and Kessel Police Service" not in kinds(result)
