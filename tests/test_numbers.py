"""numbers.py: every form in which a text may write a value, and every form it refuses."""

from __future__ import annotations

import pickle

import pytest
import yaml

from generator.checking.yamlfile import DossierLoader
from generator.format.model import Number
from generator.format.numbers import (
    format_value,
    newspaper_value,
    number_in_text,
    written_forms,
    written_places,
)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (31000, "handed over 31,000 telecom network fraud suspects"),
        (31000, "31000 suspects"),
        (31000, "31 000 suspects"),
        (31000, "31\u00a0000 suspects"),
        (31000, "31.000 Verdächtige"),
        (31000, "some 31 thousand people"),
        (31000, "31k people"),
        (1200000, "1.2 million people fled"),
        (1200000, "1.2m people fled"),
        (910_000_000, "over $910mn in losses"),
        (2000, "each fined RM2,000 by the court"),
        (500, "a loan of KSh500 a farmer"),
        (380_000_000, "a USD380 million direct revenue impact"),  # a major currency's code glued
        (1_200_000_000, "fines of EUR1.2bn"),
        (2_000_000_000, "2 billion yuan"),
        (2_000_000_000, "2bn yuan"),
        (4, "taking at least four towns"),
        (4, "Four towns fell"),
        (20, "twenty outposts"),
        (68, "sixty-eight healthy young women"),
        (63, "Sixty three boats were stranded"),  # the hyphen left out
        (10.5, "10.50 percent"),
        (1_680_000_000, "1.68 billion passenger journeys"),
        (1_900_000_000_000, "The $1.9 trillion bill"),
        (0, "zero casualties"),
        (2.5, "a 2.5 percent rise"),
        (100, "overrunning more than 100 junta outposts"),
        (100000, "Bounties of 100,000-500,000 yuan"),
        (500000, "Bounties of 100,000-500,000 yuan"),
        (3, "明国平、明菊兰、明珍珍3人被成功抓获"),
        (27, "granddaughter, Ming Zhenzhen, 27"),
        (42, "His daughter Ming Julan, 42"),
        (42, "42-year-old son"),
        (130, "(over 130 outposts)"),
        # a unit glued to the number
        (1.1, "over 1.1C (2F)"),
        (32, "32km south of the town"),
        (40, "winds of 40mph"),
        # a whole value written with zeros after the point
        (47, "The storm pushed their total to 47.0."),
    ],
)
def test_accepted(value: float, text: str) -> None:
    assert number_in_text(value, text)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        # Ordinals and words that imply a value are not the value: they need a `derivation:`.
        (4, "A fourth leader of the gang"),
        (2, "for a second time"),
        (3, "a third of workers"),
        (1, "the first raid"),
        (0.5, "half of the suspects"),
        (2, "half of the suspects"),
        (10, "a decade of conflict"),
        (12, "a dozen towns"),
        (4, "4th brigade"),
        # Digits glued to other digits or letters are another number.
        (4, "40 outposts"),
        (4, "14 outposts"),
        (31000, "310,000 suspects"),
        (31000, "131,000 suspects"),
        (3, "3.5 percent"),
        (3, "version 2.3"),
        (1000, "1,0001"),
        (21, "twenty-first"),
        (100, "abc100"),
        (100, "100_000"),
        (31000, "31t"),
        (2.5, "2,5 percent"),
        (47, "a total of 47.05 inches"),
        (7, "no number here"),
    ],
)
def test_refused(value: float, text: str) -> None:
    assert not number_in_text(value, text)


def test_written_forms_most_specific_first() -> None:
    assert written_forms(31000) == [
        "31,000",
        "31000",
        "31 000",
        "31\u00a0000",
        "31.000",
        "31 thousand",
        "31k",
        "thirty-one thousand",
        "thirty one thousand",
    ]
    assert written_forms(4) == ["4", "four"]
    assert {"one million", "a million"} <= set(written_forms(1_000_000))
    assert written_forms(2.5) == ["2.5", "2.50", "2,50", "2½"]
    assert "fourth" not in written_forms(4)


@pytest.mark.parametrize(
    ("value", "shown"), [(31000, "31,000"), (4, "4"), (4.0, "4"), (2.5, "2.5"), (1234567.5, "1,234,567.5")]
)
def test_format_value(value: float, shown: str) -> None:
    assert format_value(value) == shown


def test_round_tens_and_compounds_in_words() -> None:
    assert "forty" in written_forms(40) and not [f for f in written_forms(40) if f.startswith("forty-")]
    assert "sixty-eight" in written_forms(68)
    assert number_in_text(40, "forty soldiers")
    assert written_forms(100) == ["100"]  # no words from a hundred up


def test_a_standalone_number_counts_even_when_it_also_appears_glued_later() -> None:
    assert number_in_text(4, "4 people were held, police in sector B4 said")
    assert not number_in_text(4, "police in sector B4 said")
    # Each later place is tried in turn: the standalone 4 sits between two glued ones.
    assert number_in_text(4, "sector B4 held 4 people in room 4x")


def test_a_rounded_figure_in_words_does_not_write_an_exact_value() -> None:
    assert number_in_text(1_680_000_000, "1.68 billion")
    assert not number_in_text(1_680_000_001, "1.68 billion")


@pytest.mark.parametrize(
    ("value", "printed"),
    [
        (1_000_000, "1 million"),
        (1_000_000_000, "1 billion"),
        (1_000_000_000_000, "1 trillion"),
        (14_000_000_000, "14 billion"),
        (1_200_000, "1.2 million"),
        # Two decimals of a million say a sum or a count exactly, as a newspaper prints it.
        (1_250_000, "1.25 million"),
        (12_450_000, "12.45 million"),
        (7_060_000, "7.06 million"),
        (-3_750_000, "-3.75 million"),
        # A third decimal would be a figure exact to thousands: its digits, not a rounding.
        (1_255_000, "1,255,000"),
        (12_453_218, "12,453,218"),
        (999_999, "999,999"),
        (31_000, "31,000"),
    ],
)
def test_newspaper_value(value: int, printed: str) -> None:
    assert newspaper_value(value) == printed


@pytest.mark.parametrize(
    ("value", "text", "measures", "written"),
    [
        # A glued "m" with a length in brackets after it is metres, never millions.
        (100, "The masts will reach 100m (328ft) at their tips", "", True),
        (40, "a wave of 40m ( 131 feet )", "", True),
        (100_000_000, "The masts will reach 100m (328ft) at their tips", "", False),
        (328, "The masts will reach 100m (328ft) at their tips", "", True),
        (32, "32km (20 miles) south of the town", "", True),
        (90, "a seal of 90kg (198lb)", "", True),
        # Alone, a glued "m" is millions, unless the number measures metres.
        (100, "a 100m mast", "", False),
        (100_000_000, "a 100m grant", "dollars", True),
        (100, "a 100m mast", "metres high", True),
        (100, "a 100m mast", "m", True),
        (100_000_000, "a 100m mast", "metres high", False),
        (1.2, "a 1.2m wall", "metres", True),
        # ... and still millions where the metres are written after it.
        (1_200_000, "pumped 1.2m cubic metres of water", "cubic metres of water", True),
        (1.2, "pumped 1.2m cubic metres of water", "cubic metres of water", False),
        # "kilometres" is not metres.
        (100, "a 100m budget", "kilometres of road", False),
    ],
)
def test_a_glued_m_is_metres_before_a_length_in_brackets_or_for_a_number_of_metres(
    value: float, text: str, measures: str, written: bool
) -> None:
    assert number_in_text(value, text, measures) is written


@pytest.mark.parametrize(
    ("value", "text", "written"),
    [
        (2.5, "a 2-1/2-year-old seal", True),
        (2.5, "a 2 1/2-year-old seal", True),
        (2.5, "a 2½-year-old seal", True),
        (1.5, "about 1-1/2 miles", True),
        (12.75, "ran 12 3/4 miles", True),
        (3.33, "waited 3-1/3 hours", True),
        (3.333, "waited 3-1/3 hours", True),
        (2.5, "the 2:30 train", False),
        (3.3, "waited 3-1/3 hours", False),
        # Neither the whole number, nor either part of the fraction, nor a longer whole.
        (2, "a 2-1/2-year-old seal", False),
        (2, "a 2 1/2-year-old seal", False),
        (1, "a 2-1/2-year-old seal", False),
        (21, "a 2-1/2-year-old seal", False),
        (0.5, "a 2-1/2-year-old seal", False),
        (2.5, "a 12-1/2-year-old seal", False),
        (2.5, "a 2-1/20 ratio", False),
        (2.5, "in 2-1/2/3", False),
        (12, "ran 12 3/4 miles", False),
        # A range of whole numbers is still a range.
        (2, "for 2-3 years", True),
        (3, "for 2-3 years", True),
    ],
)
def test_a_whole_number_and_its_fraction_are_one_figure(value: float, text: str, written: bool) -> None:
    assert number_in_text(value, text) is written


@pytest.mark.parametrize(
    ("text", "places"),
    [("7.0", 1), ("2.50", 2), ("-0.125", 3), ("1_000.5", 1), ("7", None), ("1e3", None), ("7.", None)],
)
def test_written_places(text: str, places: int | None) -> None:
    assert written_places(text) == places


@pytest.mark.parametrize(
    ("value", "places", "shown"),
    [
        (7.0, 1, "7.0"),
        (2.5, 2, "2.50"),
        (1234.5, 2, "1,234.50"),
        (7.0, None, "7"),
        (7, 1, "7"),
        (6.8, 1, "6.8"),
    ],
)
def test_format_value_keeps_written_places(value: float, places: int | None, shown: str) -> None:
    assert format_value(value, places) == shown


def test_the_loader_keeps_a_decimals_places() -> None:
    """ "7.0" read back as 7: the loader keeps the places, and a Number keeps them past validation."""
    data = yaml.load("value: 7.0\nupper: 7.50\nmargin: 0.2\n", Loader=DossierLoader)
    assert data["value"] == 7.0 and data["value"].places == 1 and data["upper"].places == 2
    number = Number.model_validate({**data, "id": "n", "counts": "magnitude", "cite": [{"source": "s"}]})
    assert (number.places(), number.places("upper"), number.places("margin")) == (1, 2, 1)
    assert pickle.loads(pickle.dumps(number)).places("upper") == 2
