"""Forms the first run of held-out round 44 showed misread, written as invented sentences (none from
the benchmark's articles): a by-election's votes written without their noun after the first
("who polled 310", "managed 45"); a party named by one word only where a sentence opens ("Forward
has three councillors") and a party's plural name with "the" and "who" after it; airlines named
with "Air" ("Air Orla", "Orla Air Express") and by one word before "airline"; a company described
by its base town ("The Kessel-based company says") once its name is known as a company's; an
airport named after its town's possessive ("Tarnby's Orla Field Airport says"); a person whose
first name ends like a people's word ("Julian"), after a post in lower case, and the claims of
"Mr NAME said ..." and of a quote closed by "he said"; "between the two towns", no figure; a year
something dates back to; a ranking's figure ("the second largest on 10"); "the union must ..." a
call."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.extraction import Said, find_dates
from generator.authoring.figures import find_numbers
from generator.authoring.kinds import kind_of
from generator.authoring.stances import suggest_status
from generator.format.model import ClaimStatus


def _figures(sentence: str) -> list[tuple[float, str]]:
    return [(figure.value, figure.counts) for figure in find_numbers(sentence)]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Ana Ruiz, who polled 1,020 votes, beat Bo Lund, who polled 310.", (310, "votes")),
        ("Li Wen gained 200 votes and Tom Reed, also independent, managed 45.", (45, "votes")),
        ("The Kessel side scored 14 goals in May and the Orla side scored 9.", (9, "goals")),
    ],
    ids=["who-polled", "managed", "scored"],
)
def test_a_figure_after_a_verb_of_getting_counts_what_the_one_before_did(
    sentence: str, figure: tuple[float, str]
) -> None:
    assert figure in _figures(sentence)


def test_no_count_is_borrowed_without_a_figure_before_or_a_clause_end() -> None:
    assert _figures("Ana Ruiz managed 45.") == []  # no figure before it says what it counts
    letters = _figures("The board received 300 letters and the mayor received 2 in 2021.")
    assert (2, "letters") not in letters


def test_the_two_places_named_before_are_no_figure() -> None:
    assert _figures("Ferries between the two towns will run once a day from May.") == []
    assert (40, "workers") in _figures("Talks between the two unions failed, and 40 workers walked out.")


def test_a_party_named_by_one_word_that_only_opens_sentences(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Forward candidate Ana Ruiz finished with 200 votes.\n\n"
        "The council is run by the Greens who have 20 members. Forward has three councillors.",
    )
    names = kinds(result)
    assert names.get("Forward") == "organisation", names
    assert names.get("Greens") == "group", names
    assert names.get("Ana Ruiz") == "person", names


@pytest.mark.parametrize(
    ("name", "before", "after", "kind"),
    [
        ("Greens", "dominated by the ", " who have 29 members", "group"),
        ("Delmar", "passed it to ", ", who scored", "person"),  # one person, no "the" before
        ("Forward", "", " has three councillors.", "organisation"),
        ("Renewal", "", " won 12 seats in the vote.", "organisation"),
        ("Air Orla", "", " is cutting its route to Kessel.", "organisation"),
        ("Orla Air Express", "", ", which flies regional routes for the carrier,", "organisation"),
        ("Kessel Air", "", " will add a second daily flight.", "organisation"),
        ("Skylark", "it added Brenk's low-cost ", " airline and new routes", "organisation"),
        ("Kessel Air Force", "the ", " said on Monday.", "armed-group"),
        ("Air Quality Board", "the ", " said on Monday.", "government-body"),
        ("Julian Marsh", "union branch secretary ", " said on Thursday.", "person"),
        ("Adrien Vale", "deputy secretary ", " said.", "person"),
    ],
    ids=[
        "party-the-who",
        "one-without-the",
        "party-seats",
        "party-won-seats",
        "air-first",
        "air-regional-arm",
        "air-last",
        "one-word-airline",
        "air-force",
        "air-quality-board",
        "post-before-ian-name",
        "post-before-name",
    ],
)
def test_kinds_by_the_names_words_and_what_is_around_them(
    name: str, before: str, after: str, kind: str
) -> None:
    assert kind_of(name, before, after) == kind


def test_a_people_word_opening_a_two_word_name_stays_a_body() -> None:
    assert kind_of("Norlandian Rail", "the ", " said.") == "organisation"
    assert kind_of("Italian Senate", "the ", " voted.") == "government-body"


_ROUTE_CUT = (
    "KESSEL — Air Orla is cancelling its Tarnby-Kessel route amid weak sales, one month after adding "
    "flights between the two towns.\n\n"
    "The Kessel-based company says it regrets having to drop a route that did not “find enough "
    "riders to last.”\n\n"
    "Orla Air Express, which flies regional routes for the carrier, came back to Tarnby in May.\n\n"
    "Tarnby’s Orla Field Airport says it is “let down” by the news, but will keep trying to draw "
    "low-cost carriers.\n\n"
    "The airport added Brenk Jet’s low-cost Skylark airline last year."
)


def test_an_airline_and_a_town_airport_that_say(tmp_path: Path) -> None:
    result = drafted(tmp_path, _ROUTE_CUT)
    names = kinds(result)
    for airline in ("Air Orla", "Orla Air Express", "Skylark"):
        assert names.get(airline) == "organisation", names
    assert claimants(result, "regrets having to drop") == ["Air Orla"]
    assert claimants(result, "by the news") == ["Orla Field Airport"]
    assert not [n for n in result.numbers if n["value"] == 2]


_STRIKE = (
    "About 300 dockers at Kessel’s bulk terminal began a strike on Monday.\n\n"
    "“Dockers have not taken this step lightly,” KDU North deputy secretary Julian Marsh said on "
    "Thursday.\n\n"
    "Mr Marsh said a key sticking point was the company’s refusal to add carers’ leave to the deal.\n\n"
    "“Orla Terminals claims to be a fair employer, but it goes missing when it counts,” he said."
)


def test_a_union_official_and_his_later_claims(tmp_path: Path) -> None:
    result = drafted(tmp_path, _STRIKE)
    names = kinds(result)
    assert names.get("Julian Marsh") == "person", names
    assert claimants(result, "a key sticking point") == ["Julian Marsh"]
    assert claimants(result, "claims to be a fair employer") == ["Julian Marsh"]


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("The board was already under a ban dating back to 2009 over late filings.", "2009"),
        ("The rule dates from 1998, when the port opened.", "1998"),
    ],
    ids=["dating-back-to", "dates-from"],
)
def test_a_year_something_goes_back_to_is_its_date(sentence: str, year: str) -> None:
    assert [date for date, *_ in find_dates(sentence, None)] == [year]


def test_a_count_after_dating_back_to_is_no_year() -> None:
    assert list(find_dates("A claim dating back to 2000 workers was read.", None)) == []


def test_a_rankings_figure_counts_what_the_sentence_before_counted() -> None:
    assert _figures("Forward is the second largest on 10 and the Greens have seven.") == []
    ranked = find_numbers("Forward is the second largest on 10.", "members")
    assert (10, "members") in [(f.value, f.counts) for f in ranked]


def test_a_ranking_after_a_council_of_members(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The council is run by the Greens who have 20 members.\n\n"
        "Forward is the second largest on 10 and the Reds have seven.",
    )
    assert any(n["value"] == 10 and n["counts"] == "members" for n in result.numbers), result.numbers


def test_a_ranking_with_a_figure_before_it_borrows_nothing() -> None:
    ranked = find_numbers("In 12 wards Forward is the biggest on 4.", "members")
    assert (4, "members") not in [(f.value, f.counts) for f in ranked]


@pytest.mark.parametrize(
    "said",
    [
        "The union must now drop its longer list of claims",
        "The management needs to come back to the table",
        "The league should not fine the smaller clubs",
    ],
    ids=["union-must", "management-needs-to", "league-should-not"],
)
def test_the_other_side_of_a_dispute_told_what_to_do_is_a_call(said: str) -> None:
    suggested = suggest_status(Said("Ana Ruiz", said), f"“{said},” Ana Ruiz said.")
    assert suggested is not None and suggested.status == ClaimStatus.CALL


def test_what_a_thing_must_do_is_no_call() -> None:
    said = "The rain must ease before the union can march"
    assert suggest_status(Said("Ana Ruiz", said), f"“{said},” Ana Ruiz said.") is None
