"""Forms the first run of held-out round 78 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: the days of one
month listed with a dated one ("on May 4, 9 and 21"); an ensemble named by its word ("Kessel
Sinfonietta"), and the people thanked with it in one list; a person's name with particles ("Piet van
der Berg", "Van der Berg's") or a generation ("Tom Bell III"); an operation's code name ("Operation
Kestrel"); a station cited as it reports (", KXYZ reports.") and a news body credited with the
report; what "experts estimate that", quoted words after a count inside what was said, and "she
said, but divers plan to"; "one gigaton", "one more" of a count ("while one tested positive"), and
listed days that are no figures; a byline after a bar with the name again and a post ("|By Ana Ruiz
| Ana Ruiz,Staff writer")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from drafted import claimants, drafted, kinds

from generator.authoring.daylists import listed_days
from generator.authoring.extraction import find_dates
from generator.authoring.figures import find_numbers
from generator.authoring.kinds import kind_of


def _days(sentence: str) -> list[str]:
    found = list(find_dates(sentence, dt.date(2031, 7, 1)))
    return [date for date, *_ in found + listed_days(sentence, found)]


def test_the_days_of_one_month_listed_with_a_dated_one() -> None:
    assert _days("The checks were carried out on May 4, 9 and 21 at the port.") == [
        "2031-05-04",
        "2031-05-09",
        "2031-05-21",
    ]
    assert _days("The fairs of 3, 10 and 17 June drew crowds.") == ["2031-06-17", "2031-06-03", "2031-06-10"]
    assert _days("Ferries ran on March 2, 3, and 9.")[1:] == ["2031-03-03", "2031-03-09"]


def test_the_days_of_a_list_are_no_figures() -> None:
    sentence = "The checks ran on May 4, 9 and 21 — the crews stopped 40 trucks."
    assert [(n.value, n.counts) for n in find_numbers(sentence)] == [(40, "trucks")]
    assert [n.value for n in find_numbers("The fairs of 3, 10 and 17 June drew 500 people.")] == [500]


def test_figures_after_a_date_that_list_no_days() -> None:
    # a count after the list, a year, figures out of order: no other day
    assert _days("On May 4, 9 and 21 people were hurt.") == ["2031-05-04"]
    assert _days("On June 3, 12 and 14 were sent home.") == ["2031-06-03"]
    assert _days("The vote on March 3, 2031, and 4 others passed.") == ["2031-03-03"]
    assert _days("By April 9, 12 or 3 boats had sailed.") == ["2031-04-09"]


def test_listed_days_without_a_year_are_left_to_look_up(tmp_path: Path) -> None:
    result = drafted(tmp_path, "The dredging, called the Orla scheme, was done on August 2, 5 and 30.")
    dates = [event["date"] for event in result.events]
    assert dates == ["TODO-08-02", "TODO-08-05", "TODO-08-30"]
    assert all("August 2, 5 and 30" in event["cite"][0]["evidence"] for event in result.events[1:])


def test_an_ensemble_named_by_its_word_is_a_body() -> None:
    assert kind_of("Kessel Sinfonietta", "thanks to the ", ", Ana Ruiz and Bo Lund") == "organisation"
    assert kind_of("Orla Philharmonic", "", " played on Friday.") == "organisation"
    assert kind_of("Tarn Chamber Choir", "sung by the ", ".") == "organisation"


def test_a_list_of_more_people_than_bodies_keeps_its_people(tmp_path: Path) -> None:
    body = "The author thanked the Orla Museum, Ana Ruiz and Bo Lund for the maps."
    drafted_kinds = kinds(drafted(tmp_path, body))
    assert drafted_kinds["Orla Museum"] == "organisation"
    assert drafted_kinds["Ana Ruiz"] == drafted_kinds["Bo Lund"] == "person"
    # bodies that share a word, places after "in": one kind still
    body = "Kessel Tours Ltd, Kessel Marin and Kessel Bayo were fined.\n\nIt was paid in Tarnby, Orla Vane and Lotta Brisk."
    drafted_kinds = kinds(drafted(tmp_path, body))
    assert drafted_kinds["Kessel Marin"] == drafted_kinds["Kessel Bayo"] == "organisation"
    assert drafted_kinds["Orla Vane"] == drafted_kinds["Lotta Brisk"] == "place"


def test_a_persons_name_with_particles_or_a_generation() -> None:
    assert kind_of("Piet van der Berg", "surveyor ", " mapped the dunes.") == "person"
    assert kind_of("Rui Lima De Souza", "two passengers – ", " and Bo Lund – were held") == "person"
    assert kind_of("Tom Bell III", "board chairman ", " said the board was ready.") == "person"
    assert kind_of("Ana Maria Ruiz Jr.", "", " spoke on Monday.") == "person"
    # a place's or a body's name with a particle, a vessel's number, initials: no person
    assert kind_of("Rio de la Orla", "near the ", ".") != "person"
    assert kind_of("Banco de la Orla", "", " raised its rates.") != "person"
    assert kind_of("Crédit Orla du Tarn", "a loan from ", ".") != "person"
    assert kind_of("Kessel Harbour Ferry III", "aboard the ", ".") == "object"
    assert kind_of("FC Orla", "", " won on Sunday.") == "organisation"


def test_a_name_opening_a_sentence_with_its_particle(tmp_path: Path) -> None:
    body = "The surveyor Piet van der Berg mapped the Orla dunes.\n\nVan der Berg’s map was printed in 2011."
    names = kinds(drafted(tmp_path, body))
    assert names.get("Piet van der Berg") == "person"
    assert "Van" not in names


def test_an_operations_code_name_is_a_thing() -> None:
    assert kind_of("Operation Kestrel", "the blitz, called ", " and run in May,") == "object"
    assert kind_of("Operation Clean Sweep", "during ", ", police said.") == "object"
    # a charity of that name speaks
    assert kind_of("Operation Lifeline", "", " said on Monday it had sent food.") == "organisation"


def test_a_station_cited_as_reporting_is_an_outlet(tmp_path: Path) -> None:
    body = "Crews at the Kessel Dam found a crack on Friday, KXYZ reports."
    assert kinds(drafted(tmp_path, body)).get("KXYZ") == "media-outlet"
    assert claimants(drafted(tmp_path, body), "found a crack on Friday") == ["KXYZ"]
    # a company's results are no report
    body = "Acmeco reported a loss of $3 million on Friday, the Orla Courier said."
    assert kinds(drafted(tmp_path, body)).get("Acmeco") != "media-outlet"


def test_a_news_body_credited_with_the_report_is_an_outlet() -> None:
    assert kind_of("Kessel Wire Network", "", " contributed to this report.") == "media-outlet"
    assert kind_of("ORLA", "", " contributed to this report.") == "media-outlet"
    # a reporter credited is a person
    assert kind_of("Ana Ruiz", "", " contributed to this report.") == "person"


def test_what_experts_estimate_is_said(tmp_path: Path) -> None:
    body = "Experts estimate that the orchard yields 900 tonnes a year.\n\nAnalysts estimate that fares will rise."
    result = drafted(tmp_path, body)
    assert claimants(result, "the orchard yields 900 tonnes") == [None]
    assert claimants(result, "fares will rise") == [None]
    # an estimate as a noun says nothing
    result = drafted(tmp_path, "Ana Ruiz said the board estimate that was published in May was wrong.")
    assert not [c for c in result.claims if c["statement"].startswith("That was published")]


def test_quoted_words_after_a_count_inside_what_was_said(tmp_path: Path) -> None:
    body = (
        "Using the radar, forecasters spotted 12 “supercells,” which signal a tornado, the Orla Courier"
        " reported."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "forecasters spotted 12 “supercells,” which signal a tornado") == [
        "Orla Courier"
    ]
    # a quote of the speaker's own words after the count's sentence is still hers
    result = drafted(tmp_path, "Crews found 12 nests. “It was a good year,” Ana Ruiz said.")
    assert claimants(result, "It was a good year") == ["Ana Ruiz"]


def test_a_speaker_goes_on_after_but_with_a_bare_subject(tmp_path: Path) -> None:
    body = (
        "Ana Ruiz, a harbour pilot, spoke on Monday.\n\n"
        "Some of the boats were never found, Ruiz said, but divers plan to search the bay again.\n\n"
        "The nets were torn, Ruiz said, but Kessel Rail will pay for new ones."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "divers plan to search the bay again") == ["Ana Ruiz"]
    assert claimants(result, "Kessel Rail will pay for new ones") == ["Ana Ruiz"]
    # what the speaker did, not said
    result = drafted(tmp_path, "The gate was shut, Ana Ruiz said, but declined to say why.")
    assert not [c for c in result.claims if "declined" in c["statement"]]


def test_one_of_a_unit_and_one_more_of_a_count() -> None:
    found = [(n.value, n.counts) for n in find_numbers("One gigaton of grain would feed 900 towns.")]
    assert found == [(1, "gigaton"), (900, "towns")]
    assert [n.value for n in find_numbers("The storm dropped one inch of rain.")] == [1]
    sentence = "Rangers counted five boats, while one was towed away and one failed a check."
    assert [(n.value, n.counts) for n in find_numbers(sentence)] == [(5, "boats"), (1, "boats"), (1, "boats")]
    # "one" as no count: a pronoun of anyone, nothing counted before it
    assert not list(find_numbers("The council met, and one wondered why."))
    assert [n.value for n in find_numbers("The two teams met, and one has to ask why.")] == [2]


def test_a_byline_after_a_bar_with_the_name_again_and_a_post(tmp_path: Path) -> None:
    result = drafted(
        tmp_path, "Tom Bell of Orla said so.", "May 04, 2009|By Ana Ruiz | Ana Ruiz,Staff writer"
    )
    assert kinds(result).get("Ana Ruiz") == "person"
    result = drafted(
        tmp_path, "Tom Bell of Orla said so.", "May 04, 2009|By ANA RUIZ | Ana Ruiz, Staff writer"
    )
    assert kinds(result).get("Ana Ruiz") == "person"
