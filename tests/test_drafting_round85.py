"""Forms the first run of held-out round 85 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: what a body's
statement says in the participle's clause after it ("The board issued a statement on Monday
admitting that ... and announced that ...", "has issued a statement blaming ... for ..."); a
body's initials after a post of two words ("Bo Lund, Director General of KGA"), which name the
body, not an actor of their own; one or some of people described by what they do, with a clause of
who they are ("According to one of the market people who sell fish by the pier"), no one named; a
speaker "in their reports" and the day after it ("The Kessel Weather Office in their reports
yesterday said"); a date line "POSTED:" in capitals with a colon before its day in figures
("POSTED: 3/14/12 9:40 AM"); a promise in a participle's clause after its subject's act ("Ana Ruiz
spoke for an hour, vowing to rebuild the pier"); "in" inside a court's name before its instance
("the Court in First Instance"); a unit of area or volume with its power in a digit ("14,120 km2",
"300 m³"); a place of research said so right before its name ("the national space research
institution KSRI"); a byline of towns, reporters and a desk under its label ("Author:" over "Orla/Tarn
Vale: Ana Ruiz & Bo Lund | KESSEL TIMES STAFF"); the body of a post before its holder's name with
no comma ("Spokesman for the Kessel Harbour Authority Bo Lund said"); a judge's reasons quoted
alone right after her ruling ("Judge Ana Ruiz dismissed the argument that ... “The file shows ...”"),
and "mr." in lower case, a lawyer's title, which ends no sentence."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted, kinds

from generator.authoring.figures import find_numbers


def test_what_a_bodys_statement_says_in_a_participles_clause(tmp_path: Path) -> None:
    body = (
        "The Orla Rail Authority issued a statement Monday morning admitting that the timetable had been"
        " wrong and announced that the line would stay shut while the bridge is repaired.\n\n"
        "The Tarnby Growers Union has issued a statement blaming careless spraying of crops for the loss"
        " of bees.\n\n"
        "The Kessel Water Board said the dam was sound. Yesterday, the board released a statement"
        " confirming that the reservoir has held up well."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "The timetable had been wrong") == ["Orla Rail Authority"]
    # (the first clause runs on to the end, never cut before "and announced"; the second is its own)
    assert claimants(result, "the line would stay shut") == ["Orla Rail Authority"] * 2
    assert any(c["statement"].endswith("while the bridge is repaired") for c in result.claims[:2])
    assert claimants(result, "blaming careless spraying of crops") == ["Tarnby Growers Union"]
    assert claimants(result, "the reservoir has held up well") == ["Kessel Water Board"]
    # a statement announcing something with no clause of what it says: nothing the board says
    result = drafted(
        tmp_path, "The Orla Election Board issued a statement on Thursday announcing the results."
    )
    assert claimants(result, "announcing the results") == [None]


def test_a_bodys_initials_after_a_post_of_two_words(tmp_path: Path) -> None:
    body = (
        "The Kessel Growers Association (KGA) criticised the plan. “Farmers were not asked,” said Bo"
        " Lund, Director General of KGA.\n\n"
        "KGA said growers are working to replant the orchards."
    )
    result = drafted(tmp_path, body)
    assert "Director General of KGA" not in kinds(result)
    assert claimants(result, "growers are working to replant") == ["Kessel Growers Association"]
    body = "The Orla Ferry Company (OFC) cut two routes. “Fares will stay,” said Ana Ruiz, Chief Executive of OFC."
    assert "Chief Executive of OFC" not in kinds(drafted(tmp_path, body))
    # a body's full name after the post: the body, as before
    body = "“Farmers were not asked,” said Bo Lund, Director General of the Kessel Growers Association."
    found = kinds(drafted(tmp_path, body))
    assert found["Kessel Growers Association"] == "organisation"
    assert "Director General of the Kessel Growers Association" not in found


def test_one_of_people_described_by_what_they_do(tmp_path: Path) -> None:
    body = (
        "According to one of the market people who sell their fish around the Kessel Pier, trade came to"
        " a halt yesterday as the storm hit.\n\n"
        "According to some of the drivers who work for Acmeco, prices had doubled."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "trade came to a halt") == [None]
    assert claimants(result, "prices had doubled") == [None]
    assert not [name for name in kinds(result) if name.lower().startswith(("one of", "some of"))]
    # one of a body's officials speaks for the body
    result = drafted(tmp_path, "One of the officials at the Tarn Board said the pier would reopen.")
    assert claimants(result, "the pier would reopen") == ["Tarn Board"]


def test_a_speaker_in_their_reports_and_the_day(tmp_path: Path) -> None:
    # (the body named again later with "of" for "for", its long name read whole each time)
    body = (
        "The Kessel Office for Weather and Climate Studies in their reports yesterday said heavy rain had"
        " flooded the valley.\n\n"
        "The Orla Roads Office in its report on Monday said the bridge was shut.\n\n"
        "In a press statement, the spokesman of the Kessel Office of Weather and Climate Studies said rain"
        " would fall till today."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "heavy rain had flooded the valley") == [
        "Kessel Office for Weather and Climate Studies"
    ]
    assert claimants(result, "the bridge was shut") == ["Orla Roads Office"]
    assert not [name for name in kinds(result) if " in " in name]


def test_a_posted_line_in_capitals_with_a_colon(tmp_path: Path) -> None:
    body = "The Orla ferry was stopped on March 2. Its crew will be freed towards the end of next month."
    for line in ("POSTED: 3/14/12 9:40 AM", "Posted: 3/14/12, 9:40 am", "Posted 3/14/12"):
        dates = [str(event["date"]) for event in drafted(tmp_path, body, line).events]
        assert dates == ["2012-03-02", "2012-04"], line
    # a line posted in another section, or a time alone: no date read from it
    for line in ("POSTED: in Sport", "Posted: 9:40 AM"):
        dates = [str(event["date"]) for event in drafted(tmp_path, body, line).events]
        assert "2012-03-02" not in dates, line


def test_a_promise_in_a_participles_clause_after_an_act(tmp_path: Path) -> None:
    body = (
        "Mayor Bo Lund went further, promising to scrap the bridge tolls in the whole county by 2030.\n\n"
        "Ana Ruiz spoke for an hour, vowing to rebuild the pier within a year."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "to scrap the bridge tolls") == ["Bo Lund"]
    assert claimants(result, "to rebuild the pier") == ["Ana Ruiz"]
    # a thing that "promises" what may come: no one's promise
    result = drafted(
        tmp_path, "The storm moved north over Tarnby, promising to bring more rain to the valley."
    )
    assert not [c for c in result.claims if c["statement"].startswith("To bring")]


def test_a_court_in_first_instance(tmp_path: Path) -> None:
    body = (
        "In Orla, the Court in First Instance fined Ana Ruiz for fraud. The Court in Tarnby upheld the fine."
    )
    found = kinds(drafted(tmp_path, body))
    assert found["Court in First Instance"] == "government-body"
    assert "First Instance" not in found
    # a court and the town it sits in: two names
    assert found["Tarnby"] == "place"


def test_a_unit_of_area_or_volume_with_its_power_in_a_digit() -> None:
    found = {
        (f.value, f.counts)
        for f in find_numbers("The most since 14,120 km2 were cut in 2005, and 300 m³ of water.")
    }
    assert {(14120, "km2"), (300, "m³")} <= found
    found = {f.value for f in find_numbers("About 2,500 m2 of floor were let, and 40 cm3 were taken.")}
    assert {2500, 40} <= found
    # a code glued to its letters is still no unit ("the K2 team", "4 G5 masts": no area)
    found = {(f.value, f.counts) for f in find_numbers("They sold 3 K2 tents.")}
    assert (3, "K2 tents") in found


def test_a_place_of_research_said_so_before_its_name(tmp_path: Path) -> None:
    body = (
        "According to an estimate by Norland’s national space research institution KSRI, the ice shrank."
        " The ocean research institute OMRI said the reef was bleaching."
    )
    found = kinds(drafted(tmp_path, body))
    assert found["KSRI"] == "research-institute"
    assert found["OMRI"] == "research-institute"
    # research in a company's words, no place of research named so ("a research firm, Acmeco")
    found = kinds(drafted(tmp_path, "The market research firm Acmeco said sales fell."))
    assert found["Acmeco"] == "organisation"


def test_a_byline_of_towns_reporters_and_a_desk_under_its_label(tmp_path: Path) -> None:
    head = "Author: \nOrla/Tarn Vale: Ana Ruiz & Bo Lund | KESSEL TIMES STAFF"
    result = drafted(tmp_path, "The ferry to Tarnby ran late on Monday, its crew said.", head)
    found = kinds(result)
    assert found["Ana Ruiz"] == "person"
    assert found["Bo Lund"] == "person"
    assert found["KESSEL TIMES"] == "media-outlet"
    assert found["Orla"] == "place"
    assert found["Tarn Vale"] == "place"
    assert not [name for name in found if "&" in name or "STAFF" in name]
    # a line of the text with a colon and a bar, under no label: read as the text
    result = drafted(tmp_path, "Orla: Ana Ruiz & Bo Lund | KESSEL TIMES STAFF\n\nThe ferry ran late.")
    assert "KESSEL TIMES" not in kinds(result)


def test_the_body_of_a_post_before_its_holders_name(tmp_path: Path) -> None:
    body = (
        "Spokesman for the Kessel Harbour Authority Bo Lund said the pier was shut. Chairman of the Orla"
        " Rowing Club Tom Bell said the race was on."
    )
    found = kinds(drafted(tmp_path, body))
    assert found["Kessel Harbour Authority"] == "government-body"
    assert found["Orla Rowing Club"] == "organisation"
    assert found["Bo Lund"] == "person"
    # a post's portfolio, no body's word: no actor of it
    found = kinds(drafted(tmp_path, "Director of Water Services Ana Ruiz said the pipes were old."))
    assert found["Ana Ruiz"] == "person"
    assert "Water Services" not in found


def test_a_judges_reasons_quoted_right_after_her_ruling(tmp_path: Path) -> None:
    body = (
        "Judge Ana Ruiz dismissed the argument that the fee was unlawful. “The file shows the fee was paid"
        " on time and in full.”\n\n"
        "Judge Ruiz also rejected the claim that the notice was sent late by attorney mr. B. Lund. “The"
        " notice was sent in March and the tenant signed for it.”"
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "the fee was paid on time") == ["Ana Ruiz"]
    assert claimants(result, "The notice was sent in March") == ["Ana Ruiz"]
    # ("attorney mr. B. Lund": the Dutch title in lower case ends no sentence)
    assert not [c for c in result.claims if c["statement"].startswith("B. Lund")]
    # someone who only acts, no ruling: the quote after is no one's said so
    result = drafted(
        tmp_path, "Bo Lund sold the farm in May. “The barn was old and the roof was falling in.”"
    )
    assert not [c for c in result.claims if "barn was old" in c["statement"] and c.get("claimants")]
