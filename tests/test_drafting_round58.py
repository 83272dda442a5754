"""Forms the first run of held-out round 58 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a dateline's day in
brackets where an agency's name would be, "yesterday" counted from it; a court, then its judge's
name of four words; a company of the telephone trade as other languages spell it, a country's
airports or ports in the plural; one unnamed who speaks for a body after a quote; a whole number and
a half in words; "the Prime Minister" for the one person drafted with that post; a section's page of
a day and a "Source:" line over the headline, a town with its region shortened, the day and an
agency before a dash; a call after a post in capitals; a region's name of two words and its type in
lower case; posts held by many ("Reverend Fathers"); a state's centre in a region; a body's initials
with one more letter, "the airline" for a body named in the plural; a post of "CEO of" set off
after a name; a letter in quotes inside a name; a dose glued to "mg"; a name, then "the Director
General of ..." before "said"; a date stamp of eight figures, "Publish Date :" below the text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.drafting import Draft, draft, read_article
from generator.authoring.figures import find_numbers


def _paste(tmp_path: Path, text: str) -> Draft:
    """The draft of a text pasted as given."""
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return draft(read_article(path), "page", "page.txt", dt.date(2099, 1, 1))


_MORE = "Repairs will take a week, the harbour board said."


# -- the head of a page ------------------------------------------------------------------------


@pytest.mark.parametrize("day", ["(March 3)", "(3 March)"], ids=["month-first", "day-first"])
def test_a_dateline_s_day_in_brackets_is_no_outlet(tmp_path: Path, day: str) -> None:
    result = _paste(
        tmp_path,
        f"Ferry firm fined\n\nLAKESIDE {day}: The Kessel Ferry Company was fined for a spill.\n\n{_MORE}\n",
    )
    assert "March" not in " ".join(a["name"] for a in result.actors)
    assert "publisher" not in result.source
    assert kinds(result).get("Lakeside") == "place"


def test_yesterday_counted_from_a_dateline_s_day_without_a_year(tmp_path: Path) -> None:
    result = _paste(
        tmp_path,
        "Ferry firm fined\n\nLAKESIDE (March 3): The Kessel Ferry Company was fined for a spill.\n\n"
        f"The ferry's captain yesterday paid the fine at the town hall.\n\n{_MORE}\n",
    )
    assert "TODO-03-02" in [e["date"] for e in result.events]


def test_yesterday_is_not_counted_when_the_text_names_a_weekday(tmp_path: Path) -> None:
    result = _paste(
        tmp_path,
        "Ferry firm fined\n\nLAKESIDE (March 3): The Kessel Ferry Company was fined for a spill.\n\n"
        f"The ferry's captain yesterday paid the fine, and sails on Friday.\n\n{_MORE}\n",
    )
    assert "TODO-03-02" not in [e["date"] for e in result.events]


def test_a_section_s_page_of_a_day_and_a_source_line(tmp_path: Path) -> None:
    result = _paste(
        tmp_path,
        "Sport of Monday, 3 May 2010\n\nSource: KNA\n\nRowers asked to back new rules\n\n"
        "The Kessel Rowing Board said clubs should send results on Friday.\n\nThe rules start in June this year.\n",
    )
    assert result.source["published"] == "2010-05-03"
    assert result.source["title"] == "Rowers asked to back new rules"
    assert result.source["publisher"] == "KNA"
    assert {"2010-04-30", "2010-06"} <= {e["date"] for e in result.events}


def test_a_town_its_region_shortened_the_day_and_an_agency(tmp_path: Path) -> None:
    result = _paste(
        tmp_path,
        "Rowers asked to back new rules\n\nLakeside (Nor), May 3, KNA- The Kessel Rowing Board has asked "
        f"clubs to send their results.\n\n{_MORE}\n",
    )
    assert kinds(result).get("Lakeside") == "place"
    assert result.source["publisher"] == "KNA"
    assert "Lakeside (Nor)" not in " ".join(c["statement"] for c in result.claims)


@pytest.mark.parametrize(
    ("stamp", "published"), [("20160304", "2016-03-04"), ("19991231", "1999-12-31")], ids=["2016", "1999"]
)
def test_a_date_stamp_of_eight_figures_under_the_headline(tmp_path: Path, stamp: str, published: str) -> None:
    result = _paste(
        tmp_path, f"Ferry fares to rise\n{stamp}\n\nFerry fares will rise by a fifth.\n\n{_MORE}\n"
    )
    assert result.source["published"] == published


def test_a_publish_date_field_below_the_text(tmp_path: Path) -> None:
    article_path = tmp_path / "page.txt"
    article_path.write_text(
        f"Ferry fares to rise\n\nFerry fares will rise by a fifth.\n\n{_MORE}\n\n"
        "Publish Date : 4 May 2016 10:15 AM\n",
        encoding="utf-8",
    )
    assert read_article(article_path).published_as == "2016-05-04"


# -- who and what is named ---------------------------------------------------------------------


def test_a_court_then_its_judge_named_in_four_words(tmp_path: Path) -> None:
    body = "The firm pleaded guilty before Tarn Magistrates Court Judge Ana Maria Binti Rahim on Monday."
    found = kinds(drafted(tmp_path, body))
    assert found.get("Tarn Magistrates Court") == "government-body", found
    assert found.get("Ana Maria Binti Rahim") == "person", found


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Kessel Telekom said its new tariffs start in June.", "Kessel Telekom"),
        ("The line was restored by Orla Telkom on Monday.", "Orla Telkom"),
    ],
    ids=["telekom", "telkom"],
)
def test_a_company_of_the_telephone_trade_as_other_languages_spell_it(
    tmp_path: Path, body: str, name: str
) -> None:
    assert kinds(drafted(tmp_path, body)).get(name) == "organisation"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Fees at the new terminal were set by Orla Airports on Monday.", "Orla Airports"),
        ("Kessel Ports raised its fees for cargo ships.", "Kessel Ports"),
    ],
    ids=["airports", "ports"],
)
def test_a_country_s_airports_or_ports_in_the_plural_are_a_company(
    tmp_path: Path, body: str, name: str
) -> None:
    assert kinds(drafted(tmp_path, body)).get(name) == "organisation"


def test_an_airport_alone_is_still_a_place(tmp_path: Path) -> None:
    assert (
        kinds(drafted(tmp_path, "The plane landed at Orla Airport on Monday.")).get("Orla Airport") == "place"
    )


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Floods reached the Upper Orla region on Monday.", "Upper Orla region"),
        ("Teachers in the Western Tarn province went on strike.", "Western Tarn province"),
    ],
    ids=["region", "province"],
)
def test_a_region_of_two_words_and_its_type_in_lower_case(tmp_path: Path, body: str, name: str) -> None:
    found = kinds(drafted(tmp_path, body))
    assert found.get(name) == "place", found
    assert name.rsplit(" ", 1)[0] not in found


def test_a_region_s_words_before_a_body_s_name_are_no_region(tmp_path: Path) -> None:
    found = kinds(drafted(tmp_path, "Divers searched the Kessel Bank zone on Monday."))
    assert "Kessel Bank zone" not in found


def test_posts_held_by_many_name_no_one(tmp_path: Path) -> None:
    body = "Reverend Fathers, Deputy Ministers and Police Officers attended with Mayor Adams."
    found = kinds(drafted(tmp_path, body))
    assert not {"Fathers", "Ministers", "Officers"} & set(found), found
    assert found.get("Adams") == "person", found


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        (
            "The Orla Regional Centre for Youth organised the games.",
            "Orla Regional Centre for Youth",
            "government-body",
        ),
        (
            "The Tarn District Centre for Disaster Management sent boats.",
            "Tarn District Centre for Disaster Management",
            "government-body",
        ),
        (
            "The Orla Regional Centre for Marine Research counted the seals.",
            "Orla Regional Centre for Marine Research",
            "research-institute",
        ),
    ],
    ids=["youth", "disasters", "research"],
)
def test_a_state_s_centre_in_a_region(tmp_path: Path, body: str, name: str, kind: str) -> None:
    assert kinds(drafted(tmp_path, body)).get(name) == kind


def test_a_letter_in_quotes_inside_a_name(tmp_path: Path) -> None:
    found = kinds(drafted(tmp_path, "Work stopped at the Orla ‘B’ Power Station on Monday."))
    assert "Orla ‘B’ Power Station" in found, found
    assert "Power Station" not in found


def test_a_post_of_general_and_its_portfolio_is_no_body(tmp_path: Path) -> None:
    body = (
        "“The pumps are old,” Dr Ana Ruiz, the Director General of Water Services at the Water Office said."
    )
    result = drafted(tmp_path, body)
    assert "Water Services" not in kinds(result)
    assert claimants(result, "The pumps are old") == ["Ana Ruiz"]


# -- figures -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "counts"),
    [
        ("The bridge is to be finished in 5 and half weeks.", 5.5, "weeks"),
        ("The climb took three and a half hours.", 3.5, "hours"),
        ("The ferry was 4-and-a-half hours late.", 4.5, "hours"),
    ],
    ids=["figure-no-a", "words", "hyphens"],
)
def test_a_whole_number_and_a_half(sentence: str, value: float, counts: str) -> None:
    figures = [(f.value, f.counts.split()[0]) for f in find_numbers(sentence)]
    assert figures == [(value, counts)]


@pytest.mark.parametrize(
    "sentence",
    ["Each tablet (250mg) is enough for a day.", "A 250mg tablet is enough for a day."],
    ids=["bracketed", "before"],
)
def test_a_dose_glued_to_mg(sentence: str) -> None:
    assert [(f.value, f.counts) for f in find_numbers(sentence)] == [(250, "milligrams")]


# -- who says it ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    ["said a KHA spokesperson when contacted yesterday.", "said a KHA representative."],
    ids=["spokesperson", "representative"],
)
def test_one_unnamed_who_speaks_for_a_body_after_a_quote(tmp_path: Path, said: str) -> None:
    body = f"The Kessel Harbour Authority (KHA) fined the firm. “The firm paid the fine,” {said}"
    assert claimants(drafted(tmp_path, body), "The firm paid the fine") == ["Kessel Harbour Authority"]


def test_the_prime_minister_is_the_one_drafted_with_that_post(tmp_path: Path) -> None:
    body = (
        "At the opening, Prime Minister Ana Ruiz says the new wing will open in June. Education Minister "
        "Bo Lund says the school is ready. The Prime Minister says the next stage is a library."
    )
    assert claimants(drafted(tmp_path, body), "the next stage is a library") == ["Ana Ruiz"]


def test_a_call_after_a_post_in_capitals(tmp_path: Path) -> None:
    body = (
        "Mr Ana Ruiz, Deputy Chairman of the Kessel Rowing Board (KRB), has called on clubs and all rowing "
        "bodies to back the new rules by sending their results."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "to back the new rules") == ["Ana Ruiz"]
    assert next(c for c in result.claims if "to back the new rules" in c["statement"])["status"] == "call"


def test_a_body_s_initials_with_one_more_letter(tmp_path: Path) -> None:
    body = (
        "Kessel Railways has announced a loss for the year. In its results, KRY said fuel costs rose. "
        "The railway noted this is far worse than the year before."
    )
    result = drafted(tmp_path, body)
    assert "KRY" in next(a for a in result.actors if a["name"] == "Kessel Railways").get("aliases", [])
    assert claimants(result, "fuel costs rose") == ["Kessel Railways"]
    assert claimants(result, "far worse") == ["Kessel Railways"]


@pytest.mark.parametrize(
    "post", ["CEO of Kessel Ferries", "Head of Sales at Orla Mills"], ids=["acronym", "words"]
)
def test_a_post_in_capitals_set_off_after_a_name(tmp_path: Path, post: str) -> None:
    body = f"Ana Ruiz, {post}, said, “The first weeks went well. However, the storm has hit our bookings.”"
    assert claimants(drafted(tmp_path, body), "The first weeks went well") == ["Ana Ruiz"]
