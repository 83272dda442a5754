"""Forms the first run of held-out round 28 showed misread, written as invented sentences from
several topics (none from the benchmark's articles): a family name whose lower-case particle is
joined to it ("Maria deLuca"), a finding a survey "has found" before a clause of what came with it,
a caption's credit after a bar ("| File photo"), a post set off by commas after a name ("Ana Ruiz,
Kessel Water Works Manager, said"), weather spoken of as a person ("Mother Nature"), a tally with
"to" after "approved", a range whose lower end is a word ("six to 10 mph"), a caption above the text
that alone dates it, a month's short name inside a park's name, shops named "X Drug" and streets
named "X Boulevard"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.drafting import Draft, draft, read_article


@pytest.mark.parametrize(
    ("body", "person", "phrases"),
    [
        (
            "“We thought the river was clean,” Maria deLuca, a chemist at the Tallow Institute and head "
            "of the Rivers Trust, said.\n\n“But we now know the water is bad,” deLuca said.\n\n"
            "But deLuca said many farmers do not test their wells.",
            "Maria deLuca",
            ["We thought the river was clean", "But we now know the water is bad", "do not test their wells"],
        ),
        (
            "The team will train indoors, said Ben vanHolt, the club’s coach.\n\n“The pitch is frozen,” vanHolt said.",
            "Ben vanHolt",
            ["The team will train indoors", "The pitch is frozen"],
        ),
    ],
)
def test_a_family_name_whose_particle_is_joined_to_it(
    tmp_path: Path, body: str, person: str, phrases: list[str]
) -> None:
    result = drafted(tmp_path, body)
    names = kinds(result)
    assert names.get(person) == "person", names
    assert not {"Maria", "Luca", "Ben", "Holt"} & set(names), names
    for phrase in phrases:
        assert claimants(result, phrase) == [person]


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        (
            "Anglers caught 30 percent fewer trout last season, a state survey found, raising fears for "
            "the river.",
            "Anglers caught 30 percent fewer trout last season",
        ),
        (
            "Rents rose 12 percent in a year, a city report has found, coming as wages fell.",
            "Rents rose 12 percent in a year",
        ),
    ],
)
def test_a_finding_before_a_clause_of_what_came_with_it(tmp_path: Path, body: str, phrase: str) -> None:
    result = drafted(tmp_path, body)
    assert claimants(result, phrase) == [None]
    assert not any(c["statement"].lower().startswith(("has found", "found")) for c in result.claims)


def test_a_caption_credit_after_a_bar_is_no_name(tmp_path: Path) -> None:
    names = kinds(
        drafted(tmp_path, "A new bridge will open in May. | File photo\n\nThe bridge cost $4 million.")
    )
    assert "File" not in names, names
    names = kinds(drafted(tmp_path, "Volunteers planted 300 trees. | Contributed photo\n\nMore will follow."))
    assert "Contributed" not in names, names


@pytest.mark.parametrize(
    ("body", "post"),
    [
        ("“The pumps are old,” Ana Ruiz, Kessel Water Works Manager, said. “We need new ones.”", "Manager"),
        ("Tom Lee, Harbour Parks Superintendent, said the pool will open in a week.", "Superintendent"),
    ],
)
def test_a_post_set_off_by_commas_after_a_name_is_no_body(tmp_path: Path, body: str, post: str) -> None:
    names = kinds(drafted(tmp_path, body))
    assert not [name for name in names if name.endswith(post)], names


@pytest.mark.parametrize(
    "body",
    [
        "Once Mother Nature gives us a break, crews will catch up, Ana Ruiz said.",
        "The growers hope Old Man Winter stays away this year, Tom Lee said.",
    ],
)
def test_weather_spoken_of_as_a_person_is_no_actor(tmp_path: Path, body: str) -> None:
    names = kinds(drafted(tmp_path, body))
    assert not [name for name in names if "Nature" in name or "Winter" in name], names


@pytest.mark.parametrize(
    ("body", "values"),
    [
        ("The board approved the plan 7 to 2 on Monday.", {7, 2}),
        ("The Harbour Council adopted the new fees 9 to 4 after a long debate.", {9, 4}),
        ("Fines for going six to 10 mph over the limit fell.", {6}),
        ("Each class will have eight to 12 pupils next year.", {8}),
    ],
)
def test_tallies_and_ranges_in_words(tmp_path: Path, body: str, values: set[int]) -> None:
    result = drafted(tmp_path, body)
    assert values <= {n["value"] for n in result.numbers}, result.numbers


def test_a_caption_above_the_text_dates_it(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "A sign at the Kessel Park rink says it is closed for repairs on Friday, March 6, 2020.Ana Ruiz / "
        "Staff Photographer\n\nThe city’s only rink will stay shut for a month.\n\n"
        "“The ice plant failed,” rink manager Tom Lee said.\n",
        encoding="utf-8",
    )
    result = draft(read_article(path), "report", "report.txt", dt.date(2099, 1, 1))
    assert "2020-03-06" in [str(e["date"]) for e in result.events], result.events


@pytest.mark.parametrize(
    "body",
    [
        "The Kessel Aug Meadow pool opens daily, Ana Ruiz said.",
        "Crowds filled the Lake Jun Gardens for the show, Tom Lee said.",
    ],
)
def test_a_month_inside_a_name_is_no_month(tmp_path: Path, body: str) -> None:
    result = drafted(tmp_path, body)
    assert not [e for e in result.events if str(e["date"]).startswith("TODO-0")], result.events


def test_a_month_after_in_is_still_a_month(tmp_path: Path) -> None:
    result = drafted(tmp_path, "The pool closed in June after a storm flooded its pumps.")
    assert "TODO-06" in [str(e["date"]) for e in result.events], result.events


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Two shops, Lakeside Drug and Orwell Pharmacy, closed on Monday.", "Lakeside Drug", "organisation"),
        (
            "Two shops, Lakeside Drug and Orwell Pharmacy, closed on Monday.",
            "Orwell Pharmacy",
            "organisation",
        ),
        (
            "The beetle was found in two trees at the corner of Kessel Boulevard and Orwell Avenue.",
            "Kessel Boulevard",
            "place",
        ),
    ],
)
def test_shops_and_streets_by_their_last_word(tmp_path: Path, body: str, name: str, kind: str) -> None:
    assert kinds(drafted(tmp_path, body)).get(name) == kind


def test_a_state_body_with_and_keeps_its_name(tmp_path: Path) -> None:
    result = drafted(tmp_path, "The U.S. Food and Drug Administration said it approved a new test for burns.")
    names = kinds(result)
    assert "Drug Administration" not in names and "Lakeside Drug" not in names, names


def test_an_and_inside_an_opening_condition_is_not_cut(tmp_path: Path) -> None:
    body = (
        "“We need more trucks,” Ana Ruiz said. “If we wait and the old ones break down then we have to "
        "keep paying for repairs every single week, because the parts come from far away and then you "
        "have a real mess on your hands with every route in the county.”"
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "If we wait and the old ones break down then we have to") == ["Ana Ruiz"]


@pytest.mark.parametrize(
    "body",
    [
        "Inspectors look for distinct D-shaped holes in the bark.\n\nD-shaped holes mean the beetle left.",
        "Police said a driver made a U-turn on the bridge.",
    ],
)
def test_a_letter_s_shape_is_no_name(tmp_path: Path, body: str) -> None:
    names = kinds(drafted(tmp_path, body))
    assert not [name for name in names if "-" in name], names


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        ("“It was heartbreaking,” said Ana Ruiz, who runs the shelter.", "It was heartbreaking"),
        (
            "“So it’s just very frustrating for the players,” coach Tom Lee said.",
            "frustrating for the players",
        ),
        ("“It’s a bit hit and miss,” Ana Ruiz said of the bus timetable.", "hit and miss"),
    ],
)
def test_a_feeling_said_of_what_happened_is_an_opinion(tmp_path: Path, body: str, phrase: str) -> None:
    result = drafted(tmp_path, body)
    claim = next(c for c in result.claims if phrase.lower() in c["statement"].lower())
    assert claim.get("status") == "opinion", claim


def test_a_plain_statement_opening_with_it_stays_stated(tmp_path: Path) -> None:
    result = drafted(tmp_path, "“It was closed for repairs on Monday,” Ana Ruiz said.")
    claim = next(c for c in result.claims if "closed for repairs" in c["statement"])
    assert claim.get("status", "stated") == "stated", claim


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The club, which hired about 40 coaches, needs 25 to run every team, Ana Ruiz said.", 25),
        ("The farm keeps 300 sheep and needs 20 to start a second flock.", 20),
    ],
)
def test_a_number_after_needs_counts_what_the_one_before_counts(
    tmp_path: Path, body: str, value: int
) -> None:
    result = drafted(tmp_path, body)
    assert value in [n["value"] for n in result.numbers], result.numbers


def test_a_long_statement_is_cut_before_so_rather_than_at_its_opening_clause(tmp_path: Path) -> None:
    body = (
        "“When we met the growers in June, we were drafting the new wording to have the levy set for "
        "two years to spread the cost of the repairs so the growers know what that levy will be over "
        "the next five seasons,” Ana Ruiz said."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "When we met the growers in June, we were drafting the new wording") == [
        "Ana Ruiz"
    ]


def test_a_span_of_years_that_ended_dates_its_end(tmp_path: Path) -> None:
    body = (
        "Two in three clinics had unpaid bills when the 2016-2017 school year ended, up from half the "
        "year before, according to a survey by the Kessel Health Board."
    )
    result = drafted(tmp_path, body)
    assert "2017" in [str(e["date"]) for e in result.events], result.events


def _paste(tmp_path: Path, text: str) -> Draft:
    path = tmp_path / "paste.txt"
    path.write_text(text, encoding="utf-8")
    return draft(read_article(path), "report", "paste.txt", dt.date(2099, 1, 1))


def test_a_place_and_day_on_a_line_of_their_own_date_the_lead_s_today(tmp_path: Path) -> None:
    result = _paste(
        tmp_path,
        "Harbour News Desk\n\nKessel, March 14\n\nThe ferry auction opened at 9 am today with two bidders.\n\n"
        "A port spokesman said on Friday that the sale would fund a new pier.\n",
    )
    dates = [str(e["date"]) for e in result.events]
    assert "TODO-03-14" in dates, dates
    assert not [d for d in dates if d.startswith("TODO-") and d != "TODO-03-14"], dates  # no weekday guessed


def test_a_place_and_day_on_a_line_of_their_own_is_not_the_lead_s_weekday(tmp_path: Path) -> None:
    result = _paste(
        tmp_path,
        "Rovers beaten at home\n\nKessel, March 14\n\nRovers lost 2-0 to United at Kessel Park on Monday, and "
        "their coach Tom Lee said the side had played well.\n",
    )
    assert "TODO-03-14" not in [str(e["date"]) for e in result.events], result.events


def test_a_weekday_dated_once_in_full_dates_it_named_alone_and_the_day_beside_it(tmp_path: Path) -> None:
    result = _paste(
        tmp_path,
        "A sign at the Kessel Park rink says it is closed for repairs on Friday, March 6, 2020.Ana Ruiz / "
        "Staff Photographer\n\nThe city’s only rink will stay shut for a month.\n\n"
        "The Kessel Park rink was closed Friday, the day after its ice plant failed during a hockey game.\n\n"
        "The rinks are open Wednesday through Friday in the summer.\n",
    )
    dates = [str(e["date"]) for e in result.events]
    assert "2020-03-05" in dates, result.events  # the day before the Friday
    assert dates.count("2020-03-06") >= 2, result.events  # the caption's, and "closed Friday"
    schedule = [e for e in result.events if "Wednesday through" in e.get("title", "")]
    assert all(str(e["date"]) == "TODO" for e in schedule), schedule


def test_the_day_after_a_weekday_the_page_dates(tmp_path: Path) -> None:
    result = _paste(
        tmp_path,
        "Ferry back in service\n\nPublished March 10, 2021\n\nThe ferry sailed again on Tuesday, the day after "
        "engineers replaced its rudder in the harbour, Ana Ruiz said.\n",
    )
    dates = [str(e["date"]) for e in result.events]
    assert "2021-03-09" in dates and "2021-03-08" in dates, result.events
