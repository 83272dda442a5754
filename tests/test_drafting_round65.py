"""Forms the first run of held-out round 65 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a range with the
currency's code before its first end only ("Rs 1,200-1,500"); a price glued to a Pacific currency's
code; a month's figure read as a day ("in April 3.6 million tons"); a terminal, a pier and a project
drafted as bodies; a place named after "the community of", before "village", or at the end of a
list of places, and one after "Neighbouring", drafted as a person; "the Town of ..."; a paper a
person "told the ..."; a speaker set off by commas after a long post; a title's single letter
before a person's name; then who says what: "said here Thursday that", "..., hoped the official",
"when <name> stood up ... and announced that", "expressed concern over what they called ...", "The
meeting heard that", a quote a minister "reminded" people of, "encouraged the involvement of ...",
a title "pro Tem", a byline's label on a line of its own, a body's name before a year and its
programme, and a town whose name with an "s" is another's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from drafted import claimants, drafted, kinds

from generator.authoring.drafting import draft, read_article
from generator.authoring.figures import find_numbers


def _figures(sentence: str) -> list[tuple[int | float, int | float | None]]:
    return [(figure.value, figure.upper) for figure in find_numbers(sentence)]


def test_a_range_with_the_currency_before_its_first_end_only() -> None:
    assert _figures("Tickets now sell at Rs 1,200-1,500 each, up from Rs 900 last season.") == [
        (1200, 1500),
        (900, None),
    ]
    assert _figures("Rooms cost Sh 2,500-3,000 a night in the high season.") == [(2500, 3000)]
    assert _figures("Growers make a profit of Tk 6,000-7,000 from each field.") == [(6000, 7000)]
    # two figures joined by a hyphen with no currency before them are no range read here
    assert (2000, 3000) not in _figures("The 2,000-3,000 rule applies.")


def test_a_price_glued_to_a_pacific_currency(tmp_path: Path) -> None:
    assert _figures("A bundle of taro now sells for Vt500 at the market, a price set by growers.") == [
        (500, None)
    ]
    result = drafted(tmp_path, "The fare rose to SBD 40 on Monday.")
    assert [n["value"] for n in result.numbers] == [40]
    # no price without money in the sentence
    assert _figures("Take exit Vt2 to the coast.") == []


def test_a_month_s_figure_is_no_day() -> None:
    assert _figures("Sales reached 2.1 million cars in March, and in April 1.4 million cars.") == [
        (2100000, None),
        (1400000, None),
    ]
    assert _figures("In May 12 million visitors came, in June 9 million visitors.") == [
        (12000000, None),
        (9000000, None),
    ]
    # a day is still a day
    assert _figures("It opened on May 3, and 40 people came.") == [(40, None)]


def test_a_terminal_a_pier_and_a_project_are_no_bodies(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Kessel will get $4 million to build the Kessel Bay Bus Terminal, and $300,000 will repair the "
        "Orla Municipal Pier. The Tarn Seawall Renewal Project gets the rest.",
    )
    found = kinds(result)
    assert found["Kessel Bay Bus Terminal"] == "place"
    assert found["Orla Municipal Pier"] == "place"
    assert found["Tarn Seawall Renewal Project"] == "object"


def test_a_place_by_its_kind_of_settlement(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Growers of Bari Tolan village in the north said prices rose. A study will look at flooding in "
        "the community of Ash Lots.",
    )
    found = kinds(result)
    assert found["Bari Tolan"] == "place"
    assert found["Ash Lots"] == "place"
    # a person's name before "village elder" is still a person's
    assert (
        kinds(drafted(tmp_path, "Ana Ruiz, the village elder, said the well was dry."))["Ana Ruiz"]
        == "person"
    )


def test_the_last_of_a_list_of_places(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The towns left out of the scheme are Leeds, Cork city, Galway city, Tarn Vale Ross in Wales.",
    )
    assert kinds(result)["Tarn Vale Ross"] == "place"
    # one who speaks after a list is a person
    spoken = drafted(tmp_path, "The team visited Leeds, Cork, Galway, Ana Ruiz said.")
    assert kinds(spoken)["Ana Ruiz"] == "person"


def test_neighbouring_before_a_place(tmp_path: Path) -> None:
    result = drafted(tmp_path, "Neighbouring Galway is getting €2 million for its roads.")
    assert kinds(result).get("Galway") == "place"
    assert "Neighbouring Galway" not in kinds(result)


def test_the_town_of_a_place(tmp_path: Path) -> None:
    result = drafted(tmp_path, "The grant pays for a new pump in the Town of Orlavik.")
    assert kinds(result)["Town of Orlavik"] == "place"
    said = drafted(tmp_path, "The Town of Orlavik said the pump would be ready in May.")
    assert kinds(said)["Town of Orlavik"] == "government-body"


def test_a_paper_a_person_told(tmp_path: Path) -> None:
    result = drafted(tmp_path, '"We will apply next year," she told the Kessel Express.')
    assert kinds(result)["Kessel Express"] == "media-outlet"


def test_a_speaker_set_off_after_a_long_post(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Head of the Orla fisheries and marine division of the trade, ports and markets office, Sutini, "
        "said on Monday that catches had fallen.",
    )
    assert kinds(result)["Sutini"] == "person"


def test_a_title_s_letter_before_a_person_s_name(tmp_path: Path) -> None:
    result = drafted(
        tmp_path, "Head of the Orla forestry office H Budi Santoso added that the logging ban stays."
    )
    assert kinds(result)["H Budi Santoso"] == "person"
    # a brand with a letter inside stays a body
    assert kinds(drafted(tmp_path, "Games R Fun opened a shop in Leeds."))["Games R Fun"] == "organisation"


def test_a_speaker_s_words_after_said_here_and_a_day(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Head of the Orla fisheries division of the trade, ports and markets office, Sutini, said here "
        "Thursday that catches had been falling.",
    )
    assert claimants(result, "catches had been falling") == ["Sutini"]
    statements = [c["statement"] for c in result.claims]
    assert "Catches had been falling" in statements


def test_a_hope_put_after_the_words_of_a_condition(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Port deputy-director Ana Maria Ruiz said the boats were idle. If the wind stays calm, the boats "
        "will sail next week, hoped the official.",
    )
    assert claimants(result, "If the wind stays calm, the boats will sail") == ["Ana Maria Ruiz"]
    hoped = next(c for c in result.claims if "wind stays calm" in c["statement"])
    assert hoped["status"] == "forecast"


def test_the_subject_of_a_clause_of_time_then_and_announced(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The bakers went home pleased when Mayor Bo Lund rose at the end of the hearing and announced "
        "that he has now asked the port to reopen.",
    )
    assert claimants(result, "asked the port to reopen") == ["Bo Lund"]


def test_a_worry_voiced_over_what_they_called(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Many fish traders expressed concern over what they called ‘ghost buyers’ whom they blame for the "
        "fall in prices.",
    )
    assert claimants(result, "what they called ‘ghost buyers’") == [None]
    # a trade's body in capitals is no group of people
    body = drafted(tmp_path, "The Orla Growers Association said on Monday that prices fell sharply in May.")
    assert claimants(body, "prices fell") == ["Orla Growers Association"]


def test_what_a_meeting_heard(tmp_path: Path) -> None:
    result = drafted(
        tmp_path, "Mayor Bo Lund opened the session. The meeting heard that there are 4,000 boats in the bay."
    )
    assert claimants(result, "there are 4,000 boats") == [None]
    inquest = drafted(tmp_path, "The inquest was told that the driver had not slept.")
    assert claimants(inquest, "the driver had not slept") == [None]


def test_a_quote_a_minister_reminded_them_of(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Mayor Bo Lund opened the session. “Fishing is reserved only for locals,” mayor Bo Lund reminded "
        "traders during the meeting.",
    )
    assert claimants(result, "Fishing is reserved only for locals") == ["Bo Lund"]
    assert "Fishing is reserved only for locals" in [c["statement"] for c in result.claims]


def test_a_call_named_by_its_noun(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Mayor Bo Lund opened the session. Mayor Lund encouraged the involvement of young people in running "
        "the harbour.",
    )
    assert claimants(result, "the involvement of young people") == ["Bo Lund"]
    call = next(c for c in result.claims if "involvement" in c["statement"])
    assert call["status"] == "call"


def test_a_title_pro_tem(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Kessel will get $5 million after Council Speaker pro Tem Ana Ruiz requested the funding. The grant "
        "was an opportunity, “a first in my time on the council,” Ruiz said.",
    )
    assert kinds(result)["Ana Ruiz"] == "person"
    assert "Council Speaker" not in kinds(result)  # the post's words, read with the name
    assert claimants(result, "a first in my time on the council") == ["Ana Ruiz"]


def test_a_byline_s_label_on_a_line_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "4 May 2021\n\nRoads money for the county\n\nReporter:\n\nAna Ruiz\n\nThe county got €2 million "
        "for roads on Monday.\n",
        encoding="utf-8",
    )
    result = draft(read_article(path), "report", "report.txt", dt.date(2099, 1, 1))
    assert kinds(result).get("Ana Ruiz") == "person"


def test_a_body_s_name_before_a_year_and_its_programme(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Just over €4 million was given to councils under the Kessel Roads Agency 2022 Grant Allocation. "
        "The Kessel Cup 2022 Final was played in May.",
    )
    assert "Kessel Roads Agency" in kinds(result)
    assert "Kessel Cup" not in kinds(result)


def test_a_town_named_like_another_town_s_plural(tmp_path: Path) -> None:
    result = drafted(tmp_path, "Minister Bo Lund flew in from Santo to be present at the meeting.")
    assert kinds(result).get("Santo") == "place"


def test_an_assemblymember_by_the_family_name(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Assembly Speaker pro Tem Ana Ruiz requested the funding. Other funding secured by Assemblymember "
        "Ruiz includes $2 million for a library. “It is a good day,” Ruiz said.",
    )
    assert kinds(result)["Ana Ruiz"] == "person"
    assert "Ruiz" not in kinds(result) and "Assemblymember Ruiz" not in kinds(result)


def test_a_state_agency_named_by_its_field_and_country(tmp_path: Path) -> None:
    result = drafted(
        tmp_path, "Towns got €3 million under the Transport Infrastructure Norway 2023 Grant Allocation."
    )
    assert kinds(result)["Transport Infrastructure Norway"] == "government-body"
    assert kinds(drafted(tmp_path, "Health Norway said on Monday that cases fell."))["Health Norway"] == (
        "government-body"
    )
