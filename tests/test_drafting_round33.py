"""Forms the first run of held-out round 33 showed misread, written as invented sentences from
several topics (none from the benchmark's articles): thousands set off by a space ("1 000
barrels"), a range glued to its percent sign ("70-80%"), a whole number and a fraction with a space
between ("11 1/2 minutes"), ranks in digits after "to" or "from" or in brackets after a name, and a
grower's estate named as a person."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.drafting import Draft


def _values(result: Draft) -> list[tuple[float, float | None]]:
    """Each drafted number's value and upper end, in order of value (a single value first)."""
    return sorted(((n["value"], n.get("upper")) for n in result.numbers), key=lambda v: (v[0], v[1] or 0))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # thousands set off by a space, alone and as a range's upper end
        (
            "The mill ground 1 000 sacks of maize and sold 40 000 loaves a week.",
            [(1000, None), (40000, None)],
        ),
        ("Inspectors put the spill at anywhere from 250 to 3 500 litres.", [(250, None), (3500, None)]),
        ("The new arena will hold 12 500 fans.", [(12500, None)]),
        # a range glued to its percent sign
        ("Farmers in the region export 60-75% of their wool, the board said.", [(60, 75)]),
        # a whole number and a fraction with a space between, before a word in lower case
        ("The ferry crossing took 2 1/2 hours in the storm.", [(2.5, None)]),
    ],
)
def test_numbers_written_as_much_of_the_world_writes_them(
    tmp_path: Path, body: str, expected: list[tuple[float, float | None]]
) -> None:
    assert _values(drafted(tmp_path, body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a date's day before a number of its own: the day is no part of it
        ("On May 5 300 runners set off from the harbour.", [(300, None)]),
        # a year before a number: four digits are never a group of thousands
        ("In 2019 450 runners set off from the harbour.", [(450, None)]),
        # "a 5 1/2-year high": a fraction before a hyphen still measures no count
        ("Wool prices reached a 5 1/2-year high in March.", []),
    ],
)
def test_numbers_that_are_no_group_of_thousands(
    tmp_path: Path, body: str, expected: list[tuple[float, float | None]]
) -> None:
    assert _values(drafted(tmp_path, body)) == expected


@pytest.mark.parametrize(
    ("body", "ranks"),
    [
        ("Dorn College climbed six places to 14th, its best showing.", [14]),
        ("The Kessel Institute slipped to ninth from 8th last year.", [8]),
        ("The best in the region were Varna Polytechnic (21st) and Orwell University (35th).", [21, 35]),
    ],
)
def test_ranks_in_digits_after_a_move_or_in_brackets(tmp_path: Path, body: str, ranks: list[int]) -> None:
    result = drafted(tmp_path, body)
    assert sorted(n["value"] for n in result.numbers if n["counts"] == "rank") == ranks


@pytest.mark.parametrize(
    "body",
    [
        "The school takes pupils from 9th to 12th grade.",
        "The parade moved to 10th Street this year.",
        "The vote was put off from the 5th to the 7th of May.",
    ],
)
def test_ordinals_that_are_no_rank(tmp_path: Path, body: str) -> None:
    result = drafted(tmp_path, body)
    assert [n["value"] for n in result.numbers if n["counts"] == "rank"] == []


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("“The rains came early,” said a trader from Mala Konda Estate in the hills.", "Mala Konda Estate"),
        ("Workers at Rivo Tea Plantations in the valley went on strike.", "Rivo Tea Plantations"),
    ],
)
def test_a_growers_estate_is_an_organisation(tmp_path: Path, body: str, name: str) -> None:
    assert kinds(drafted(tmp_path, body)).get(name) == "organisation"


def test_a_range_and_one_of_its_ends_are_two_figures(tmp_path: Path) -> None:
    body = (
        "Growers sell 40-60% of the crop abroad, the board said. Wool makes up 40% of the "
        "region's farm income, the board said."
    )
    assert _values(drafted(tmp_path, body)) == [(40, None), (40, 60)]


@pytest.mark.parametrize(
    "headline",
    [
        "Tea Auction Prices Climbed by 12% at the Kessel Exchange in a Single Week.",
        "Harbour Board Votes to Raise Mooring Fees for the First Time in a Decade.",
    ],
)
def test_a_headline_in_title_case_ending_with_a_stop_is_the_headline(tmp_path: Path, headline: str) -> None:
    body = "“Buyers came back,” said Ana Ruiz, the exchange's manager, on Monday."
    result = drafted(tmp_path, body, headline=headline)
    assert result.meta["title"] == headline
    assert not any(name.split()[0] in {"Tea", "Harbour"} and len(name.split()) > 3 for name in kinds(result))


@pytest.mark.parametrize(
    "body",
    [
        "“We have no trouble at the port.””Over the last three years, the ferry line has grown.",
        "“The road is in good order.”Despite the rain, the bridge stayed open all week.",
    ],
)
def test_a_stop_and_a_quotes_marks_glued_to_the_next_sentence_end_it(tmp_path: Path, body: str) -> None:
    result = drafted(tmp_path, body)
    assert not {"Over", "Despite"} & set(kinds(result))


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        # a body's officials named by the first word of its two-word name
        (
            "A pipe run by Varco Delta leaked oil into the river, the company said. Varco officials said "
            "on Sunday that the leak was small.",
            "Varco Delta",
            "organisation",
        ),
        # a two-word name whose initials the text uses alone, as a body's acronym
        (
            "The table is compiled by analysts KM or Kerrow Maddox. Forty schools rose, according to KM.",
            "Kerrow Maddox",
            "organisation",
        ),
        # the body a post leads, after "president of"
        (
            "“The line was safe,” said Tom Brell, the president of Dunlex, on Monday.",
            "Dunlex",
            "organisation",
        ),
        # the other end of a route from a known town
        ("The pipeline runs from Sable Crossing to Denver, the operator said.", "Sable Crossing", "place"),
    ],
)
def test_bodies_and_places_a_guess_took_for_people(tmp_path: Path, body: str, name: str, kind: str) -> None:
    assert kinds(drafted(tmp_path, body)).get(name) == kind


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        # a people's officials and a place's stay as they were
        (
            "Chinese officials said on Monday that the border was open.",
            "Chinese officials",
            "government-body",
        ),
        ("“We will rebuild,” said Tom Brell, the president of France, on Monday.", "France", "place"),
        # a person whose initials the text does not write alone
        (
            "“The harvest is late,” said Tom Brell, a grower, on Monday. Brell said rain was due.",
            "Tom Brell",
            "person",
        ),
    ],
)
def test_people_and_places_keep_their_kind(tmp_path: Path, body: str, name: str, kind: str) -> None:
    assert kinds(drafted(tmp_path, body)).get(name) == kind


def test_officials_named_by_a_word_inside_a_longer_name_keep_their_group(tmp_path: Path) -> None:
    body = (
        "Health officials say they have 9 confirmed cases. Experts from the Kessel County Health "
        "Department announced two new cases."
    )
    assert claimants(drafted(tmp_path, body), "they have 9 confirmed cases") == ["Health officials"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Flights resumed at the Tarvo Sari airport on Monday, the operator said.", "Tarvo Sari airport"),
        ("“The runway is clear,” said Ana Ruiz, who runs the Kessel airport, on Monday.", "Kessel airport"),
    ],
)
def test_an_airport_named_in_lower_case_after_its_name(tmp_path: Path, body: str, name: str) -> None:
    actors = drafted(tmp_path, body).actors
    named = [a for a in actors if name in [a["name"], *a.get("aliases", [])]]
    assert [a["kind"] for a in named] == ["place"], actors


def test_an_airport_whose_name_says_it_is_one_keeps_its_name(tmp_path: Path) -> None:
    body = "Flights resumed at the Tarvo Sari International airport on Monday, the operator said."
    names = {a["name"]: a.get("aliases", []) for a in drafted(tmp_path, body).actors}
    assert not any("Tarvo Sari International airport" in [n, *aliases] for n, aliases in names.items())


def test_a_bodys_site_in_a_known_town_is_the_town(tmp_path: Path) -> None:
    body = "Acme Oil said it had slowed work at its Denver refinery after the leak."
    names = kinds(drafted(tmp_path, body))
    assert "Denver refinery" not in names and names.get("Denver") == "place"


@pytest.mark.parametrize(
    "body",
    [
        "Officials in Norland's western province of Kessa ordered the farms closed on Monday.",
        "“It is Dravia's official state bird,” said Ana Ruiz, a ranger, on Monday.",
    ],
)
def test_an_owner_then_a_regions_type_names_no_region(tmp_path: Path, body: str) -> None:
    assert not [name for name in kinds(drafted(tmp_path, body)) if re.search(r"['’]s \w+ \w+$", name)]


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The market opens at dawn on Saturdays and at noon on Sundays, the council said.", "Saturdays"),
        ("Experts predict the harvest will be smaller, but growers say they expect more rain.", "Experts"),
        ("Witnesses said the ferry left the quay late on Monday.", "Witnesses"),
    ],
)
def test_weekdays_and_plural_nouns_of_people_name_no_actor(tmp_path: Path, body: str, word: str) -> None:
    assert word not in kinds(drafted(tmp_path, body))


def test_a_syndicators_disclaimer_line_is_no_text(tmp_path: Path) -> None:
    body = (
        "“The tomb is intact,” said Ana Ruiz, the site's director, on Monday.\n\n"
        "Disclaimer: No Harbour Times Journalist was involved in creation of this content"
    )
    result = drafted(tmp_path, body)
    assert not [name for name in kinds(result) if "Journalist" in name or "Harbour Times" in name]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # money in words after "one" and a scale
        ("The statue is insured for just over one million dollars, the museum said.", [(1000000, None)]),
        # a figure in a relative clause about the noun before it
        (
            "The gallery owns 300 prints, some 40 to 50 of which are on loan at any time, the curator said.",
            [(40, 50), (300, None)],
        ),
        ("The town broke its record of hatchlings, which was 812, the ranger said.", [(812, None)]),
    ],
)
def test_numbers_in_words_before_a_scale_and_in_relative_clauses(
    tmp_path: Path, body: str, expected: list[tuple[float, float | None]]
) -> None:
    assert _values(drafted(tmp_path, body)) == expected


def _dates(result: Draft) -> list[str]:
    return sorted(str(event["date"]) for event in result.events)


@pytest.mark.parametrize(
    ("body", "dates"),
    [
        # a span whose end, with no year, falls before its start: the next year
        (
            "The crab season opens on Nov. 20 and runs through Feb. 28, the agency said.",
            ["2010-11-20", "2011-02-28"],
        ),
        (
            "The season began on Sept. 15 and lasts until Jan. 31, the resort said.",
            ["2010-09-15", "2011-01-31"],
        ),
    ],
)
def test_a_spans_end_before_its_start_is_in_the_next_year(
    tmp_path: Path, body: str, dates: list[str]
) -> None:
    assert _dates(drafted(tmp_path, body, "October 1, 2010")) == sorted(dates)


def test_a_spans_end_after_its_start_keeps_its_year(tmp_path: Path) -> None:
    body = "The fair runs from March 3 through March 9, the council said."
    assert _dates(drafted(tmp_path, body, "October 1, 2010")) == ["2010-03-03", "2010-03-09"]


def test_weekdays_of_any_week_are_no_date(tmp_path: Path) -> None:
    body = "The market is open Monday through Friday, and closes early on Saturday, the council said."
    assert _dates(drafted(tmp_path, body, "October 1, 2010")) == ["2010-09-25"]
