"""Forms the first run of held-out round 64 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a member's
possessive inside a body's name written with a curly apostrophe; what a website is about, in lower
case before "website"; a paper named after "daily" or "weekly"; a watchdog of the press; an outlet
named before "news agency"; a page's "External link" marker glued to a name; a country's press, no
outlet named; a year named by its possessive or a part of it ("in late 2017")."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted, kinds


def test_a_member_s_possessive_inside_a_body_s_name(tmp_path: Path) -> None:
    result = drafted(tmp_path, "The farm was sold to the banned Norlandian Farmer’s Union (NFU) on Monday.")
    assert kinds(result)["Norlandian Farmer’s Union"] == "organisation"
    assert "Norlandian Farmer" not in kinds(result)
    # a person's party is still hers
    party = kinds(drafted(tmp_path, "Ana Baker's Party was held on Monday, Bo Lund said."))
    assert party["Ana Baker"] == "person"


def test_what_a_website_is_about_is_no_word_of_its_name(tmp_path: Path) -> None:
    result = drafted(tmp_path, "According to the K9 dog welfare website, there are 40 dogs in the shelters.")
    assert "K9" in kinds(result) and "K9 dog welfare" not in kinds(result)
    assert claimants(result, "40 dogs in the shelters") == ["K9"]


def test_papers_watchdogs_and_agencies_by_the_words_before_and_after(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The figures were printed by the weekly Kessel Courier and the pro-farmer daily Orla Voice. "
        "The trees were felled, the media watchdog Writers Without Fear said. "
        "The port was sold, according to the private Tarnby news agency.",
    )
    found = kinds(result)
    assert found["Kessel Courier"] == "media-outlet" and found["Orla Voice"] == "media-outlet"
    assert found["Writers Without Fear"] == "organisation"
    assert found["Tarnby"] == "media-outlet"
    agency = next(a for a in result.actors if a["name"] == "Tarnby")
    assert agency["aliases"] == ["Tarnby news agency"]


def test_a_pasted_link_marker_glued_to_a_name(tmp_path: Path) -> None:
    result = drafted(tmp_path, "The flood was bad, Ana Ruiz told the public broadcaster KTVExternal link.")
    assert kinds(result) == {"Ana Ruiz": "person", "KTV": "media-outlet"}


def test_a_country_s_press_names_no_outlet(tmp_path: Path) -> None:
    result = drafted(tmp_path, "Three ferries were sold by the port on Tuesday, Norlandian media reported.")
    assert kinds(result) == {}
    assert claimants(result, "Three ferries were sold") == [None]


def test_a_year_by_its_possessive_or_a_part_of_it(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Most were freed after 2016’s great flood. Two surveys were made, one in late 2017 and one in "
        "mid-2019.",
        "May 3, 2021",
    )
    assert [e["date"] for e in result.events] == ["2016", "2017", "2019"]
