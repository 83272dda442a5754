"""Forms the first run of held-out round 29 showed misread, written as invented sentences from
several topics (none from the benchmark's articles): a speaker's home town after "of" ("Councillor Ana
Ruiz of Kessel Falls says"), a plural owner inside a market's or a square's name ("Growers’
Market"), a headline's full name over a text that names the person "Mayor Ruiz" and "the mayor",
ranks written as ordinals in digits ("ranked 33rd", "Dorn 20th") and the seasons a fair or a market
has had ("its 18th season")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.drafting import Draft, draft, read_article


def _numbers(result: Draft) -> list[int | float]:
    return [number["value"] for number in result.numbers]


@pytest.mark.parametrize(
    ("body", "person", "town", "phrase"),
    [
        (
            "Board chair Ana Ruiz of Kessel Falls says the new wing is long overdue.",
            "Ana Ruiz",
            "Kessel Falls",
            "the new wing is long overdue",
        ),
        (
            "Senator Tom Lee of Dornwick said the fees will rise next year.",
            "Tom Lee",
            "Dornwick",
            "the fees will rise next year",
        ),
        (
            "The vote was close. Youth Councillor Mia Holt of Varna had this comment. She says the "
            "students want lower fees.",
            "Mia Holt",
            "Varna",
            "the students want lower fees",
        ),
    ],
)
def test_a_speakers_home_town_after_of(
    tmp_path: Path, body: str, person: str, town: str, phrase: str
) -> None:
    result = drafted(tmp_path, body)
    names = kinds(result)
    assert names.get(person) == "person", names
    assert names.get(town) == "place", names
    assert not [name for name in names if name.endswith(" of " + town)], names
    assert claimants(result, phrase) == [person]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Professor Ian Reddick of Kessel University said the samples were clean.", "Kessel University"),
        ("The Bank of Kessel said rates would hold.", "Bank of Kessel"),
    ],
)
def test_a_body_after_of_is_no_home_town(tmp_path: Path, body: str, name: str) -> None:
    names = kinds(drafted(tmp_path, body))
    assert name in names, names
    assert names[name] != "place", names


@pytest.mark.parametrize(
    ("body", "names_wanted"),
    [
        (
            "The Dorn Growers’ Market opens on Saturday at Pioneers’ Square downtown.",
            {"Dorn Growers’ Market": "organisation", "Pioneers’ Square": "place"},
        ),
        (
            "The Kessel Farmers' Market will move next year, its board said.",
            {"Kessel Farmers' Market": "organisation"},
        ),
    ],
)
def test_a_plural_owner_inside_a_markets_or_a_squares_name(
    tmp_path: Path, body: str, names_wanted: dict[str, str]
) -> None:
    names = kinds(drafted(tmp_path, body))
    for name, kind in names_wanted.items():
        assert names.get(name) == kind, names
    assert not {"Growers", "Pioneers", "Farmers", "Market", "Square"} & set(names), names


def test_a_headlines_full_name_over_a_text_that_names_the_family_name(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Mayor Ruiz opened the new library this morning. “It is a fine building,” the mayor told "
        "reporters.\n\nThe $12 million building will hold 80,000 books, the mayor said.",
        headline="Library opens as Ana Ruiz cuts the ribbon",
    )
    names = kinds(result)
    assert names.get("Ana Ruiz") == "person", names
    assert "Ruiz" not in names, names
    assert claimants(result, "It is a fine building") == ["Ana Ruiz"]
    assert claimants(result, "will hold 80,000 books") == ["Ana Ruiz"]


def test_a_title_in_the_headline_is_no_given_name(tmp_path: Path) -> None:
    names = kinds(
        drafted(tmp_path, "Ruiz said the road will reopen soon.", headline="Mayor Ruiz Says Road Will Reopen")
    )
    assert "Mayor Ruiz" not in names, names


@pytest.mark.parametrize(
    ("body", "values", "places"),
    [
        (
            "Kessel ranked 33rd in the region. Varna was ranked seventh, Dorn 20th, Holt 21st and Lune 30th.",
            [33, 20, 21, 30],
            {"Dorn", "Holt", "Lune"},
        ),
        ("The school was ranked 12th in the state for reading.", [12], set()),
    ],
)
def test_ranks_in_digits(tmp_path: Path, body: str, values: list[int], places: set[str]) -> None:
    result = drafted(tmp_path, body)
    assert sorted(n for n in _numbers(result) if n in values) == sorted(values)
    assert places <= set(kinds(result)), kinds(result)


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The Kessel fair opens its 42nd season on Friday with 30 rides.", 42),
        ("The town holds the 18th annual boat parade next week.", 18),
    ],
)
def test_the_seasons_so_far(tmp_path: Path, body: str, value: int) -> None:
    assert value in _numbers(drafted(tmp_path, body))


@pytest.mark.parametrize(
    "body",
    [
        "The storm hit in the 19th century, the museum said.",
        "She finished 3rd in the race.",
    ],
)
def test_other_ordinals_stay_words(tmp_path: Path, body: str) -> None:
    assert not _numbers(drafted(tmp_path, body))


def test_a_byline_with_its_day_and_time_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "Pool Hours Cut for Summer\n\nby Ana Ruiz on March 4, 2011 at 6:39 am\n\n"
        "The city will open its pools for fewer hours, Tom Lee says.\n",
        encoding="utf-8",
    )
    result = draft(read_article(path), "report", "report.txt", dt.date(2099, 1, 1))
    assert result.source["published"] == "2011-03-04"
    assert result.source.get("authors") == ["Ana Ruiz"]


@pytest.mark.parametrize(
    "body",
    [
        "Public Works Director, Ana Ruiz, says the trucks are old.",
        "The roads are icy, and Parks Manager, Tom Lee, says crews are out.",
    ],
)
def test_a_post_set_off_by_commas_before_a_name_is_no_body(tmp_path: Path, body: str) -> None:
    names = kinds(drafted(tmp_path, body))
    assert not [name for name in names if name.endswith(("Director", "Manager"))], names


def test_a_person_of_a_body_whose_name_holds_of(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Ana Ruiz of the Kessel Department of Natural Resources says anglers bought 2,118 fewer permits.",
    )
    assert claimants(result, "anglers bought 2,118 fewer permits") == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("body", "body_name"),
    [
        (
            "Rents continued to rise, according to data from the KHB. Kessel Housing Board (KHB) staff agree.",
            "Kessel Housing Board",
        ),
        ("Ferry trips fell by a third, according to figures released by the Harbour Board.", "Harbour Board"),
    ],
)
def test_according_to_data_from_a_body(tmp_path: Path, body: str, body_name: str) -> None:
    result = drafted(tmp_path, body)
    phrase = "Rents continued to rise" if "Rents" in body else "Ferry trips fell by a third"
    assert claimants(result, phrase) == [body_name]


@pytest.mark.parametrize(
    "body",
    [
        "The Health Minister of Kessel said the area had been warned.",
        "Ana Ruiz of Kessel Trust Bank, who led the deal, said the loan was large.",
    ],
)
def test_a_post_or_a_company_after_of_is_no_home_town(tmp_path: Path, body: str) -> None:
    names = kinds(drafted(tmp_path, body))
    assert not [
        name for name, kind in names.items() if kind == "place" and name in {"Kessel", "Kessel Trust Bank"}
    ], names


def test_a_brands_ordinal_is_no_rank(tmp_path: Path) -> None:
    names = kinds(drafted(tmp_path, "The Safe 1st brand's cots were recalled, the Kessel Safety Board said."))
    assert not [name for name in names if name.startswith("Safe")], names


def test_a_brands_word_with_a_capital_inside_it_opening_a_sentence(tmp_path: Path) -> None:
    names = kinds(drafted(tmp_path, "PayMint is the sponsor of the new ferry pass. Riders pay $40 a month."))
    assert names.get("PayMint") == "organisation", names


def test_a_figure_compared_to_the_one_before(tmp_path: Path) -> None:
    result = drafted(tmp_path, "This year 41,250 people visited the show, compared to the 52,110 in 2019.")
    counted = {number["value"]: number["counts"] for number in result.numbers}
    assert counted.get(52110) == counted.get(41250) == "people", counted


def test_a_quote_after_a_verb_and_a_colon_is_the_subjects(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Ana Ruiz opened the pool on Monday. When a reporter asked whether she would swim, Ruiz "
        "declined: “I need to find my goggles first.”",
    )
    assert claimants(result, "I need to find my goggles first") == ["Ana Ruiz"]


def test_a_list_inside_a_who_clause_between_a_name_and_said(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Ana Ruiz runs the stall. Ruiz, who also sells pears, plums, figs and apples at the market, said "
        "that trade is good.",
    )
    assert claimants(result, "trade is good") == ["Ana Ruiz"]


def test_he_says_after_a_sentence_no_one_spoke_in_is_its_subjects(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Tom Lee says the fares are fair. After the vote, Councillor Ana Ruiz made a remark to Lee about "
        "the empty seats. She says this is the first time in years that no rider came to object.",
    )
    assert claimants(result, "this is the first time in years that no rider came to object") == ["Ana Ruiz"]


def test_a_schemes_name_in_quotes_after_called_is_no_person(tmp_path: Path) -> None:
    names = kinds(
        drafted(
            tmp_path, "Kessel Transit runs the new ferry pass programme, called “Tide Card.” It costs $30."
        )
    )
    assert names.get("Tide Card") == "organisation", names


def test_a_companys_word_ending_in_its_trade(tmp_path: Path) -> None:
    names = kinds(
        drafted(
            tmp_path, "Dornbank is the lender behind the new hall. Some staff kept calling it Dornbank too."
        )
    )
    assert names.get("Dornbank") == "organisation", names
