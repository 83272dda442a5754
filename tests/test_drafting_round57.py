"""Forms the first run of held-out round 57 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a fragment quoted
before the subject, a company of the stage named as one, a body named without its region; a sum
after a mistyped currency sign ("@2.5m"), "a million and a half", a count in a year's digits before
"more"; a town's dateline with a day and an agency's letters and no dash, a byline of a name, a
slash and the outlet over a labelled date line; a stop, a route, a scheme or a site's authority
named in lower case after its name, a park named with its reserve, a plural's possessive in a
body's name, the part of an island its direction names; a post with its region before it set off
after a name, a carrier's brands after a post's "for", a minister's post, a region's health body, a
province that pays; "it was stated that", a subject that acts "and said", "the institution"; a
plan's state by a time."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.articles import read_article
from generator.authoring.extraction import Said, find_attributions
from generator.authoring.figures import find_numbers
from generator.authoring.stances import suggest_status
from generator.format.model import ClaimStatus


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "The “deeply upset” Orla Choir said: “The hall is our home and we will fight for it.”",
            "The hall is",
        ),
        ("The “stunned” Kessel Rowing Club said: “Nobody told us the boathouse would close.”", "Nobody"),
    ],
    ids=["colon", "club"],
)
def test_a_fragment_quoted_before_the_subject(sentence: str, words: str) -> None:
    said = list(find_attributions(sentence))
    assert said and said[0].said.strip("“”").startswith(words), said


def test_a_quote_split_by_its_verb_keeps_both_halves() -> None:
    said = [s.said for s in find_attributions("“If it rains,” she said, “the fair moves indoors.”")]
    assert said == ["If it rains", "the fair moves indoors"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Grants went to Orla National Opera and two galleries.", "Orla National Opera"),
        ("The Kessel Ballet will tour in the spring.", "Kessel Ballet"),
        ("Theatr Orla will receive more money this year.", "Theatr Orla"),
        ("Grants were cut for National Theatre Kessel on Monday.", "National Theatre Kessel"),
        ("The concert by the Tarn Philharmonic sold out.", "Tarn Philharmonic"),
    ],
    ids=["opera", "ballet", "theatr", "national-theatre", "philharmonic"],
)
def test_a_company_of_the_stage(tmp_path: Path, body: str, name: str) -> None:
    assert kinds(drafted(tmp_path, body)).get(name) == "organisation"


def test_a_venue_named_with_its_word_last_stays_a_venue(tmp_path: Path) -> None:
    found = kinds(drafted(tmp_path, "Crowds queued outside the Orla Opera House on Friday."))
    assert found.get("Orla Opera House") != "organisation", found


def test_a_body_named_without_its_region(tmp_path: Path) -> None:
    body = (
        "Orla Ballet Scotland lost its grant on Monday.\n\n"
        "The Orla Ballet said in a statement: “We will keep dancing.”"
    )
    result = drafted(tmp_path, body)
    assert "Orla Ballet" not in kinds(result), kinds(result)
    assert claimants(result, "keep dancing") == ["Orla Ballet Scotland"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The fund amounts this year to @2.5m, shared by 40 clubs.", 2_500_000),
        ("The club raised @1bn for the new stadium.", 1_000_000_000),
    ],
    ids=["millions", "billions"],
)
def test_a_sum_after_a_mistyped_currency_sign(sentence: str, value: int) -> None:
    assert value in [f.value for f in find_numbers(sentence)]


def test_a_handle_is_no_sum() -> None:
    assert list(find_numbers("Write to @kessel3m for tickets.")) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The port handles over a million and a half containers a year.", 1_500_000),
        ("The port handles a million and half containers a year.", 1_500_000),
        ("Some two and a half million people voted.", 2_500_000),
    ],
    ids=["and-a-half", "and-half", "before-the-scale"],
)
def test_a_million_and_a_half(sentence: str, value: int) -> None:
    assert value in [f.value for f in find_numbers(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The clinic saw 9,120 patients, nearly 3000 more than the year before.",
        "The museum had about 1500 fewer visitors than in May.",
    ],
    ids=["more", "fewer"],
)
def test_a_count_in_a_year_s_digits_before_more(sentence: str) -> None:
    values = [f.value for f in find_numbers(sentence)]
    assert 3000 in values or 1500 in values, values


def test_a_year_before_more_stays_a_year() -> None:
    assert 2010 not in [f.value for f in find_numbers("In 2010 more boats came to the bay.")]


def test_a_town_s_dateline_with_an_agency_and_no_dash(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "Port Orla, Mar 3 (KNA) Some 400 boats were counted in the bay on Monday, officials said.\n\n"
        "The count was the highest in ten years.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert "Port Orla" in article.places
    assert article.publisher == "KNA"


def test_a_byline_of_a_name_a_slash_and_the_outlet(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "Ferry fares to rise\nAna Ruiz / Kessel Today\nKES | May 4, 2016\n\n"
        "Ferry fares will rise in June, the operator said.\n\nThe rise is the first in five years.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.authors == ["Ana Ruiz"]
    assert article.publisher == "Kessel Today"
    assert str(article.published) == "2016-05-04"


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Two lifts were added at Tarnby station last week.", "Tarnby station", "place"),
        ("Works closed the Orla to Tarn line for a week.", "Orla to Tarn line", "place"),
        ("The grant came from the Homes for All programme.", "Homes for All programme", "object"),
        (
            "Rangers of the Orla Nature Reserve authority counted the geese.",
            "Orla Nature Reserve authority",
            "government-body",
        ),
    ],
    ids=["station", "line", "programme", "authority"],
)
def test_a_name_then_its_kind_in_lower_case(tmp_path: Path, body: str, name: str, kind: str) -> None:
    found = kinds(drafted(tmp_path, body))
    assert found.get(name) == kind, found


def test_a_scheme_after_its_owner_s_possessive(tmp_path: Path) -> None:
    found = kinds(drafted(tmp_path, "It was paid by the Department for Roads’ Homes for All programme."))
    assert found.get("Homes for All programme") == "object", found
    assert "Homes" not in found, found


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Cruise line staff were told to stay home.", "Cruise line"),
        ("Trains on the K2 line ran late on Monday.", "K2 line"),
    ],
    ids=["common-word", "numbered"],
)
def test_no_route_of_a_common_word_or_a_number(tmp_path: Path, body: str, name: str) -> None:
    assert name not in kinds(drafted(tmp_path, body))


def test_a_park_named_with_its_reserve(tmp_path: Path) -> None:
    body = (
        "Birds were counted in the Orla National Park and Game Reserve on Monday.\n\n"
        "Wardens of the Orla Game Reserve led the count."
    )
    found = kinds(drafted(tmp_path, body))
    assert found.get("Orla National Park and Game Reserve") == "place", found


def test_two_sites_each_with_its_name_stay_apart(tmp_path: Path) -> None:
    found = kinds(drafted(tmp_path, "Rangers left the Orla National Park and Tarn Game Reserve at dawn."))
    assert "Orla National Park and Tarn Game Reserve" not in found, found


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Deer were counted in the Kessel Game Reserve.", "Kessel Game Reserve", "place"),
        ("Rates were held by the Orla Federal Reserve.", "Orla Federal Reserve", "government-body"),
    ],
    ids=["game-reserve", "central-bank"],
)
def test_a_protected_site_s_reserve_is_a_place(tmp_path: Path, body: str, name: str, kind: str) -> None:
    assert kinds(drafted(tmp_path, body)).get(name) == kind


def test_a_post_with_its_region_before_it(tmp_path: Path) -> None:
    body = "Ana Ruiz, Tarn area manager for Orla Rail, said: “The new platform opens in May.”"
    result = drafted(tmp_path, body)
    assert claimants(result, "platform opens") == ["Ana Ruiz"]
    assert kinds(result).get("Orla Rail") == "organisation"


def test_a_post_set_off_after_a_name_is_no_body(tmp_path: Path) -> None:
    found = kinds(drafted(tmp_path, "Bo Lund, Customer Care Director for Orla Mills, said sales rose."))
    assert "Customer Care" not in found, found
    assert found.get("Orla Mills") == "organisation", found


def test_a_carrier_s_brands_after_a_post_s_for(tmp_path: Path) -> None:
    body = "Bo Lund, Sales Director for Orla Rail and Tarn Express, said the trains were full."
    found = kinds(drafted(tmp_path, body))
    assert found.get("Orla Rail") == "organisation", found
    assert found.get("Tarn Express") == "organisation", found


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Members of the Kessel Boatmen’s Guild met on Monday.", "Kessel Boatmen’s Guild"),
        ("Toys were given by the Orla Tradesmen’s Association.", "Orla Tradesmen’s Association"),
    ],
    ids=["boatmen", "tradesmen"],
)
def test_a_plural_s_possessive_inside_a_body_s_name(tmp_path: Path, body: str, name: str) -> None:
    found = kinds(drafted(tmp_path, body))
    assert found.get(name) == "organisation", found
    assert "Association" not in found and "Guild" not in found, found


def test_the_minister_by_the_post_is_a_person(tmp_path: Path) -> None:
    body = "Bo Lund said the Minister for Roads and Ports had told him the bridge would open."
    assert kinds(drafted(tmp_path, body)).get("Minister for Roads and Ports") == "person"


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Storms are rarer in the Northern Hemisphere this year.", "Northern Hemisphere", "place"),
        ("Orla Valley Health says the new ward opens soon.", "Orla Valley Health", "organisation"),
        ("The road is paid for by the Province of Tarn.", "Province of Tarn", "government-body"),
    ],
    ids=["hemisphere", "health", "province"],
)
def test_a_region_s_bodies_and_halves(tmp_path: Path, body: str, name: str, kind: str) -> None:
    assert kinds(drafted(tmp_path, body)).get(name) == kind


def test_the_part_of_an_island_its_direction_names(tmp_path: Path) -> None:
    found = kinds(drafted(tmp_path, "The ferry serves central Kessel Island twice a day."))
    assert found.get("central Kessel Island") == "place", found


def test_it_was_stated_after_a_phrase_of_when(tmp_path: Path) -> None:
    body = "After a meeting with the Orla Council it was stated that no stall would be moved."
    assert claimants(drafted(tmp_path, body), "no stall would be moved") == [None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Despite the protests, the administration of Kessel High School is keeping its rules and "
            "said it would meet the parents.",
            "Kessel High School",
        ),
        (
            "The Orla Ferry Company has cut two sailings and said the timetable would change.",
            "The Orla Ferry Company",
        ),
    ],
    ids=["administration-of", "company"],
)
def test_a_subject_that_acts_and_said(sentence: str, speaker: str) -> None:
    assert [s.speaker for s in find_attributions(sentence)] == [speaker]


def test_the_institution_is_the_school_named_last(tmp_path: Path) -> None:
    body = (
        "Parents met staff of the Kessel High School and members of the Ministry of Schools.\n\n"
        "The institution reported that it had opened a new library in May."
    )
    assert claimants(drafted(tmp_path, body), "opened a new library") == ["Kessel High School"]


@pytest.mark.parametrize(
    "said",
    ["the scanner will be operational by June", "the pool would be ready in the spring"],
    ids=["operational", "ready"],
)
def test_a_plan_s_state_by_a_time_is_a_forecast(said: str) -> None:
    suggested = suggest_status(Said("Orla Health", said), f"Orla Health says {said}.")
    assert suggested is not None and suggested.status == ClaimStatus.FORECAST


def test_a_state_reached_is_no_forecast() -> None:
    said = "the scanner was operational by June"
    assert suggest_status(Said("Orla Health", said), f"Orla Health says {said}.") is None
