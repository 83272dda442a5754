"""Forms the first run of held-out round 60 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a body's name and
its town in brackets under the page's date, over a headline in title case; a court named for who
sits in it; a case opened at a town's police station; a province's post before a name; a firm named
by its building trade, a state agency's branch, a visitors' centre; a nickname in quotes inside a
name; initials spaced before a family name; a book's title before its author; a day counted earlier
or later than last year's; a note's words after "read"; "requested that" and "demanded that"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.drafting import Draft, draft, read_article
from generator.authoring.names import find_names


def _paste(tmp_path: Path, text: str) -> Draft:
    """The draft of a text pasted as given."""
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return draft(read_article(path), "page", "page.txt", dt.date(2099, 1, 1))


def _found(sentence: str) -> dict[str, str]:
    return {n.name: n.kind for n in find_names([sentence])}


_MORE = "Repairs will take a week, the harbour board said."


# -- the head of a page ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("issuer", "kind"),
    [("Kessel Water Board", "government-body"), ("Harbour Rowing Federation", "organisation")],
    ids=["body-of-state", "federation"],
)
def test_a_body_and_its_town_in_brackets_under_the_date(tmp_path: Path, issuer: str, kind: str) -> None:
    result = _paste(
        tmp_path,
        f"4 May 2016\n\n{issuer} (Lisbon)\n\nNorland: Burst Pipes Mended and Streets Reopened\n\n"
        "Yesterday, crews mended two burst pipes in the Orla district and reopened four streets.\n\n"
        f"{_MORE}\n",
    )
    assert result.source["title"] == "Norland: Burst Pipes Mended and Streets Reopened"
    assert result.source["published"] == "2016-05-04"
    found = kinds(result)
    assert found[issuer] == kind
    assert found["Lisbon"] == "place"
    assert not {"Burst Pipes Mended", "Streets Reopened"} & set(found)


def test_a_name_in_brackets_that_is_no_town_is_no_issuer(tmp_path: Path) -> None:
    result = _paste(
        tmp_path,
        "4 May 2016\n\nKessel Water Board (Updated)\n\n"
        "Yesterday, crews mended two burst pipes in the Orla district and reopened four streets.\n\n"
        f"{_MORE}\n",
    )
    assert result.source["title"] == "Kessel Water Board (Updated)"


# -- names and their kinds -----------------------------------------------------------------------


@pytest.mark.parametrize("mark", ["'", "’"], ids=["straight", "curly"])
def test_a_court_named_for_who_sits_in_it(mark: str) -> None:
    found = _found(f"Two men will appear at the Tarnby Magistrates{mark} Court on Monday.")
    assert found == {f"Tarnby Magistrates{mark} Court": "government-body"}


def test_a_case_opened_at_a_town_s_police_station() -> None:
    found = _found("A case of fraud was opened at Orla police station for investigation.")
    assert found == {"Orla police station": "government-body"}
    found = _found("A complaint was lodged with the Tarnby police station on Monday.")
    assert found["Tarnby police station"] == "government-body"
    # a station named for where it stands stays a place
    found = _found("Rafiq Osmani, officer-in-charge of Kessel’s Orvel police station, said two boats sank.")
    assert found["Orvel police station"] == "place"


def test_a_province_s_post_before_a_name(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The Ontario Acting Provincial Commissioner, Brigadier Ana Ruiz, praised the 12 officers. "
        "The Texas Deputy Commissioner, Bo Lund said four men were held.",
    )
    found = kinds(result)
    assert found["Ontario"] == "place"
    assert found["Texas"] == "place"
    assert not any("Commissioner" in name for name in found)


def test_a_firm_named_by_its_building_trade(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The builder, Tarnby Construction, gave an estimate of $4,000, and Orla Contracting one of $5,000. "
        "The Ministry of Construction approved both.",
    )
    found = kinds(result)
    assert found["Tarnby Construction"] == "organisation"
    assert found["Orla Contracting"] == "organisation"
    assert found["Ministry of Construction"] == "government-body"


def test_a_state_agency_s_branch_by_its_initials(tmp_path: Path) -> None:
    result = drafted(tmp_path, "Officials at FAA Safety said 40 jets were checked, and EPA Water agreed.")
    found = kinds(result)
    assert found["FAA Safety"] == "government-body"
    assert found["EPA Water"] == "government-body"


def test_a_visitors_centre_is_a_place(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "A fair will be held at the Orla Hill Visitors Information Center on May 3, then at the Kessel "
        "Visitor Centre and the Tarn Nature Center.",
    )
    found = kinds(result)
    assert found["Orla Hill Visitors Information Center"] == "place"
    assert found["Kessel Visitor Centre"] == "place"
    assert found["Tarn Nature Center"] == "place"


def test_a_nickname_in_quotes_is_another_name_of_the_person(tmp_path: Path) -> None:
    result = drafted(
        tmp_path, "Ana “Annie” Ruiz, the mayor of Kessel, spoke first. Mayor Bo T. “Ted” Lund agreed."
    )
    aliases = {actor["name"]: actor.get("aliases", []) for actor in result.actors}
    assert "Ana “Annie” Ruiz" in aliases["Ana Ruiz"]
    assert "Bo T. “Ted” Lund" in aliases["Bo T. Lund"]


@pytest.mark.parametrize("author", ["K. L. Varma", "J. R. R. Lund"], ids=["two", "three"])
def test_initials_spaced_before_a_family_name(tmp_path: Path, author: str) -> None:
    result = drafted(tmp_path, f"The poet {author} read in Orla on Friday, 30 years after her first visit.")
    assert kinds(result)[author] == "person"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("He returned a copy of Who Saw The Tide by K. L. Varma 30 years late.", "Who Saw The Tide"),
        ("She bought a first edition of The Sea Around Us by Ana Ruiz in Orla.", "The Sea Around Us"),
        (
            "She returned “Where The Red Fern Grows” by Bo Lund to the Orla library.",
            "Where The Red Fern Grows",
        ),
    ],
    ids=["copy-of", "edition-of", "quoted"],
)
def test_a_book_s_title_before_its_author_is_read_whole(tmp_path: Path, sentence: str, title: str) -> None:
    found = kinds(drafted(tmp_path, sentence))
    assert found[title] == "object"
    assert not any(name != title and name in title for name in found)


# -- days ----------------------------------------------------------------------------------------


def test_a_day_counted_earlier_than_last_year_s(tmp_path: Path) -> None:
    result = _paste(
        tmp_path,
        "Ferries return\n\nAs of noon today, the ferry between Orla and Kessel is running again.\n\n"
        "The season opens two days earlier than last year's opening on May 3, 2019.\n\n"
        "A ferry left Orla on May 3, 2019. It came back three days later.\n",
    )
    dates = {e["date"] for e in result.events}
    assert {"2020-05-01", "2019-05-03", "2019-05-06"} <= dates
    assert "2019-05-01" not in dates


def test_as_of_noon_today_is_the_day_of_the_page(tmp_path: Path) -> None:
    result = _paste(
        tmp_path,
        "Ice road opens\n\nMarch 3, 2020\n\nAs of noon today, the ice road between Orla and Kessel has "
        "opened to light traffic.\n\nThe road is open to vehicles of 5,000 kg or less.\n",
    )
    assert "2020-03-03" in {e["date"] for e in result.events}


# -- who says it ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "They left a note for the library that read “Keeping this book was wrong of me. Please forgive me.”",
        "A note left at the door read: “Keeping this book was wrong of me.”",
    ],
    ids=["that-read", "read-colon"],
)
def test_a_note_s_words_are_its_unnamed_writer_s(tmp_path: Path, sentence: str) -> None:
    assert claimants(drafted(tmp_path, sentence), "Keeping this book was wrong of me") == [None]


def test_a_request_that_something_be_done(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "In May, a parent requested that the school add a crossing guard on Elm Street. Ana Ruiz, the "
        "head of the Orla Parents Council, demanded that the board restore the 12 jobs.",
    )
    assert claimants(result, "the school add a crossing guard") == [None]
    assert claimants(result, "the board restore the 12 jobs") == ["Ana Ruiz"]
    calls = [c for c in result.claims if "restore the 12 jobs" in c["statement"]]
    assert calls[0]["status"] == "call"
