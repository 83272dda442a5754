"""Which figures of one quantity disagree (generator/format/conflicts.py): the span of values each
qualifier allows, and two spans that cannot both hold."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.format.conflicts import ABOUT, agree, compare, rounding, span
from generator.format.model import Number


def figure(value: float, qualifier: str = "exact", upper: float | None = None, **more: Any) -> Number:
    fields = {
        "id": f"n-{abs(value)}-{qualifier}".replace(".", "-"),
        "value": value,
        "unit": "people",
        "counts": "people moved",
    }
    fields |= {"qualifier": qualifier, "cite": [{"source": "s", "evidence": "e"}], **more}
    if upper is not None:
        fields["upper"] = upper
    return Number.model_validate(fields)


@pytest.mark.parametrize(
    ("qualifier", "expected"),
    [
        ("exact", (100.0, 100.0)),
        ("more-than", (100.0, math.inf)),
        ("at-least", (100.0, math.inf)),
        ("at-most", (0.0, 100.0)),
        ("up-to", (0.0, 100.0)),
        ("fewer-than", (0.0, 100.0)),
        ("about", (100.0 * (1 - ABOUT), 100.0 * (1 + ABOUT))),
    ],
)
def test_each_qualifier_allows_its_span(qualifier: str, expected: tuple[float, float]) -> None:
    assert span(figure(100, qualifier)) == pytest.approx(expected)


def test_a_range_spans_from_its_value_to_its_upper_end() -> None:
    assert span(figure(100, upper=150)) == (100.0, 150.0)
    assert span(figure(100, "about", upper=150)) == pytest.approx((90.0, 165.0))
    assert span(figure(100, "up-to", upper=150)) == (0.0, 150.0)


@pytest.mark.parametrize(
    ("value", "half"),
    [
        (40_000_000_000, 500_000_000),  # "40 billion": to the billion
        (39_400_000_000, 50_000_000),  # "39.4 billion": to a tenth of one
        (1_250_000, 5_000),  # "1.25 million"
        (3_000_000_000_000, 500_000_000_000),  # "3 trillion"
        (1_234_567, 0),  # more digits than "1.235 million" says: an exact count
        # Below a million, from a thousand, round to the hundred: as exact as its last written digit,
        # but never more than a twentieth either way.
        (865_000, 500),
        (31_000, 500),
        (2_100, 50),
        (2_000, 100),  # not 500: "2,000" is no range from 1,500 to 2,500
        (2_012, 0),  # an exact count
        (632, 0),
        (7.0, 0),
    ],
)
def test_a_figure_round_at_its_scale_is_as_exact_as_its_last_digit(value: float, half: float) -> None:
    assert rounding(figure(value)) == half


@pytest.mark.parametrize(
    ("first", "second", "agreeing"),
    [
        # Two sources' roundings of one sum: "40 billion" may be 40.5, "41 billion" 40.5.
        ((40_000_000_000,), (41_000_000_000,), True),
        ((39_400_000_000,), (39_500_000_000,), True),
        ((1_200_000,), (1_300_000,), True),
        # Two billion apart at the billion, or a tenth apart past the rounding: they differ.
        ((40_000_000_000,), (42_000_000_000,), False),
        ((39_400_000_000,), (39_600_000_000,), False),
        ((40_000_000,), (42_000_000,), False),
        # Counts and measures below a million not round to the hundred are exact: two agencies'
        # tolls, two magnitudes; a round one may be a rounding of the other, by a twentieth at most.
        ((632,), (1_037,), False),
        ((6.8,), (7.0,), False),
        ((2_000,), (2_100,), True),
        ((999,), (1_000,), True),
        ((1_000,), (1_200,), False),
        ((31_000,), (44_000,), False),
        ((300,), (320,), False),
        # A qualifier or a margin says how exact the figure is, in place of its rounding.
        ((40_000_000_000, "more-than"), (39_800_000_000,), False),
        ((40_000_000_000, "exact", None, {"margin": 100_000_000}), (40_500_000_000,), False),
    ],
)
def test_rounded_figures_agree_when_their_roundings_meet(
    first: tuple[Any, ...], second: tuple[Any, ...], agreeing: bool
) -> None:
    def made(value: float, qualifier: str = "exact", upper: float | None = None, more: Any = None) -> Number:
        return figure(value, qualifier, upper, **(more or {}))

    assert agree(made(*first), made(*second)) is agreeing
    assert bool(compare([made(*first), made(*second)]).conflicts) is not agreeing


def test_figures_agree_when_their_spans_meet() -> None:
    assert agree(figure(100), figure(100))
    assert not agree(figure(100), figure(101))
    assert agree(figure(100, "about"), figure(110))  # the edge of "about" still holds
    assert not agree(figure(100, "about"), figure(111))
    assert agree(figure(100, "more-than"), figure(130, "more-than"))
    assert not agree(figure(100, "at-most"), figure(101, "at-least"))
    assert agree(figure(101, "at-least"), figure(100, upper=101))
    assert not agree(figure(50, upper=60), figure(61))
    assert not agree(figure(61), figure(50, upper=60))


def test_two_figures_for_one_date_that_disagree_are_a_conflict() -> None:
    first = figure(31000, as_of="2023-11-21")
    second = figure(44000, as_of="2023-11-21")
    later = figure(44000, as_of="2024-01-30")
    assert compare([first, second]).conflicts == ((first, second),)
    assert compare([first, later]).conflicts == ()
    assert compare([first, later]).series
    assert not compare([first, second]).series


def test_a_figure_is_keyed_by_its_date_or_its_period() -> None:
    from generator.format.conflicts import when

    assert when(figure(1)) == ("", "", "")
    assert when(figure(1, as_of="2023-11-21")) == ("2023-11-21", "", "")
    assert when(figure(1, period={"from": "2023-01", "to": "2023-06"})) == ("", "2023-01", "2023-06")
    assert when(figure(1, period={"from": "2023-01"})) == ("", "2023-01", "")
    assert when(figure(1, period={"to": "2023-06"})) == ("", "", "2023-06")


@pytest.mark.parametrize(
    ("qualifier", "expected"),
    [("about", (-11.0, -9.0)), ("at-most", (-math.inf, -10.0)), ("more-than", (-10.0, math.inf))],
)
def test_a_figure_below_zero_allows_a_span_in_order(qualifier: str, expected: tuple[float, float]) -> None:
    assert span(figure(-10, qualifier)) == pytest.approx(expected)
    assert agree(figure(-10, qualifier), figure(-10, qualifier))


QUALIFIERS = ("exact", "more-than", "at-least", "at-most", "up-to", "fewer-than", "about")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(-50, 50), st.sampled_from(QUALIFIERS), st.integers(0, 20)),
        min_size=2,
        max_size=6,
    )
)
def test_figures_of_one_date_conflict_exactly_when_two_of_them_disagree(
    drawn: list[tuple[int, str, int]],
) -> None:
    numbers = [
        figure(
            value,
            qualifier,
            value + extra if extra % 3 == 0 and qualifier == "exact" else None,
            as_of="2024-01-01",
        )
        for value, qualifier, extra in drawn
    ]
    numbers = [n.model_copy(update={"id": f"n{i}"}) for i, n in enumerate(numbers)]
    pairwise = any(not agree(a, b) for i, a in enumerate(numbers) for b in numbers[i + 1 :])
    assert bool(compare(numbers).conflicts) == pairwise
