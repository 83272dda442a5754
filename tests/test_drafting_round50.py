"""Forms the first run of held-out round 50 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a dollar written
with its country's letters ("US$5", "NZ$ 40"); a range after a currency, glued code or sign, both
ends figures ("KD1,200-1,500", "SEK2.40-3.10", "US$3.10-3.40"), and a range whose upper end has
decimals before its scale ("4-4.5 million"); a decimal comma in a price, two places after a
currency's sign ("US$2,35", never the thousands of "US$2,350"), which the validator reads as the
draft does; thousands set off by a space after a currency ("US$8 000"); two places joined by "and"
before a co-operative's words, one body; a body's name whose head word is plural after a plural
owner ("Growers’ Groups")."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.extraction import find_attributions
from generator.authoring.figures import find_numbers
from generator.format.numbers import number_in_text


def _values(sentence: str) -> list[float]:
    values: list[float] = []
    for figure in find_numbers(sentence):
        values.append(figure.value)
        if figure.upper is not None:
            values.append(figure.upper)
    return values


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Fares on the Orla ferry rose to US$5 a trip.", [5]),
        ("A Kessel lamb fetched NZ$ 40 at the sale.", [40]),
        ("Rice in Tarnby now costs KD1,200-1,500 a sack after the floods.", [1200, 1500]),
        ("Carrots sell at SEK2.40-3.10 per kilo (USD 0.22-0.29/kg) in Brenvik.", [2.40, 3.10, 0.22, 0.29]),
        ("A bag of Kessel wheat costs US$3.10-3.40 this week.", [3.10, 3.40]),
        ("The Orla board buys around 4-4.5 million tons of grain a year.", [4_000_000, 4_500_000]),
        ("It cost between US$8 000 and US$15 000 to fit out a Tarnby boat.", [8000, 15000]),
    ],
    ids=[
        "us-dollar",
        "nz-dollar-spaced",
        "code-range-thousands",
        "code-range-decimals",
        "dollar-range",
        "decimal-upper-scale",
        "spaced-thousands",
    ],
)
def test_money_forms_after_a_currency(sentence: str, values: list[float]) -> None:
    assert _values(sentence) == pytest.approx(values)


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("The first crate of Orla plums sold for US$2,35 per kilo, up from US$2,10 last year.", [2.35, 2.10]),
        ("Lots ranged from €1,15 to €1,90 per kg at the Kessel market.", [1.15, 1.90]),
        ("A Tarnby plot sold for US$2,350 in March.", [2350]),
    ],
    ids=["two-places", "euro-range", "thousands-kept"],
)
def test_a_decimal_comma_in_a_price(sentence: str, values: list[float]) -> None:
    assert _values(sentence) == pytest.approx(values)


def test_the_validator_reads_a_decimal_comma_as_the_draft_does() -> None:
    assert number_in_text(2.35, "plums sold for US$2,35 per kilo")
    assert not number_in_text(2.35, "a plot sold for US$2,350")
    assert number_in_text(3.5, "prices ranged from US$3,50 to US$4,10")


@pytest.mark.parametrize(
    "sentence",
    [
        "Flight AB12-14 was delayed at Tarnby.",
        "The Kessel 2019-20 budget was passed.",
        "Orla won the match 3-1 on Sunday.",
    ],
    ids=["code-of-a-flight", "financial-year", "score"],
)
def test_no_range_without_a_currency(sentence: str) -> None:
    assert not any(value in {12, 14} for value in _values(sentence))
    assert not any(figure.upper is not None for figure in find_numbers(sentence))


def test_two_places_before_a_cooperative_are_one_body(tmp_path: Path) -> None:
    body = (
        "The Varso and Lindholm Cooperative Union and the Kessel and Orla Co-operative Society halted "
        "the coffee sales on Monday, the chairman said."
    )
    names = kinds(drafted(tmp_path, body))
    assert names.get("Varso and Lindholm Cooperative Union") == "organisation"
    assert names.get("Kessel and Orla Co-operative Society") == "organisation"
    assert "Lindholm Cooperative Union" not in names and "Varso" not in names


def test_two_places_without_a_cooperative_stay_apart(tmp_path: Path) -> None:
    names = kinds(drafted(tmp_path, "Rain fell on Varso and Lindholm on Monday, the weather office said."))
    assert "Varso and Lindholm" not in names


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Ana Ruiz, head of the National Union of Grain Growers’ Groups and traders, said prices fell.",
            "National Union of Grain Growers’ Groups",
        ),
        ("Ana Ruiz of the Orla Traders’ Associations said rents rose.", "Orla Traders’ Associations"),
    ],
    ids=["groups", "associations"],
)
def test_a_plural_owner_before_a_plural_head(tmp_path: Path, body: str, name: str) -> None:
    names = kinds(drafted(tmp_path, body))
    assert names.get(name) == "organisation"
    assert "Groups" not in names and "Associations" not in names


@pytest.mark.parametrize(
    ("sentence", "speaker", "said"),
    [
        (
            "Local media reports Ana Ruiz has told them the frost caused no damage to the vines.",
            "Ana Ruiz",
            "the frost caused no damage to the vines",
        ),
        (
            "The Courier reported Ben Cole, the mayor, said the Orla bridge will shut.",
            "Ben Cole",
            "the Orla bridge will shut",
        ),
        ("The Kessel Courier reports that prices rose.", "the Kessel Courier", "prices rose"),
    ],
    ids=["media-reports-a-name", "paper-reported-a-name", "report-of-its-own"],
)
def test_a_report_of_what_someone_named_said_is_theirs(sentence: str, speaker: str, said: str) -> None:
    assert [(s.speaker, s.said) for s in find_attributions(sentence)] == [(speaker, said)]


@pytest.mark.parametrize(
    ("body", "person", "town"),
    [
        (
            "Ben Okafor of Tarnby was not happy with the prices as he was expecting more.",
            "Ben Okafor",
            "Tarnby",
        ),
        ("Lena Brandt of Varso felt disappointed by the verdict.", "Lena Brandt", "Varso"),
        ("Ana Ruiz of Kessel el Bahr said the port will open.", "Ana Ruiz", "Kessel el Bahr"),
    ],
    ids=["not-happy", "felt-disappointed", "article-apart-in-the-town"],
)
def test_a_person_of_a_town_who_feels(tmp_path: Path, body: str, person: str, town: str) -> None:
    names = kinds(drafted(tmp_path, body))
    assert names.get(person) == "person"
    assert names.get(town) == "place"


def test_a_body_of_a_town_that_feels_stays_whole(tmp_path: Path) -> None:
    assert kinds(drafted(tmp_path, "The Bank of Kessel was not happy with the rate.")) == {
        "Bank of Kessel": "organisation"
    }


def test_the_arabic_article_written_apart_inside_a_name(tmp_path: Path) -> None:
    names = kinds(drafted(tmp_path, "Ana Ruiz flew from Wadi es Sir to Ras al Khaimah on Monday."))
    assert "Wadi es Sir" in names and "Ras al Khaimah" in names
    assert "Sir" not in names and "Khaimah" not in names


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“We will provide the boats,” said the minister.", "the minister"),
        ('"The port opens in May," said the trade minister.', "the trade minister"),
    ],
    ids=["post", "post-with-portfolio"],
)
def test_a_quote_before_said_and_a_post(sentence: str, speaker: str) -> None:
    (said,) = find_attributions(sentence)
    assert said.speaker == speaker


def test_a_quote_before_said_and_a_post_is_the_one_named_before(tmp_path: Path) -> None:
    body = (
        "Trade Minister Ana Ruiz said the Kessel port will open in May. "
        '"There will be talks with the firms in question to provide the boats," said the minister.'
    )
    assert claimants(drafted(tmp_path, body), "talks with the firms") == ["Ana Ruiz"]
