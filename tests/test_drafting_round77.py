"""Forms the first run of held-out round 77 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a quote of several
paragraphs printed in single marks; "zoo officials" or "museum staff", who speak for the one body the
text named with that word ("the Orla Zoo"); a motion "proposed that" the fee be cut, a call; "That's
according to X" after a sentence, which X says; "accused the board of wasting money", an opinion; a
tally "13 to four" with its smaller side in words; a share written "10pc"; names that open with an
accented capital ("Éire"), and the body one "a climatologist with" works for."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted, kinds

from generator.authoring.figures import find_numbers
from generator.authoring.kinds import kind_of
from generator.authoring.quotemarks import open_quotes
from generator.format.numbers import number_in_text


def test_a_quote_of_several_paragraphs_in_single_marks(tmp_path: Path) -> None:
    body = (
        "Tom Bell, who chairs the Orla traders, said the town once had six bakeries.\n\n"
        "He said: 'It is a shame. We don't know what comes next.\n\n"
        "'We have tried everything to keep the farmers' stall open.\n\n"
        "'It would be good to see it stay.'"
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "It is a shame. We don't know what comes next") == ["Tom Bell"]
    assert claimants(result, "keep the farmers' stall open") == ["Tom Bell"]
    assert claimants(result, "It would be good to see it stay") == ["Tom Bell"]
    # in curly marks too
    assert open_quotes(["He said: ‘It is a shame.", "‘We tried.’"]) == [
        "He said: “It is a shame.",
        "‘We tried.’",
    ]


def test_single_marks_that_open_no_quote_going_on() -> None:
    # a quote closed in its own paragraph, an apostrophe, a next paragraph that opens no quote
    paragraphs = ["He said: 'It is a shame,' and left.", "'We tried.'"]
    assert open_quotes(paragraphs) == paragraphs
    paragraphs = ["The 'Orla' stall opened. Traders' stalls followed.", "'Kessel' came next."]
    assert open_quotes(paragraphs) == paragraphs
    paragraphs = ["He said: 'It is a shame.", "The stall closed on Monday."]
    assert open_quotes(paragraphs) == paragraphs
    # a paragraph in double marks keeps its single ones (a quote nested in one)
    paragraphs = ["“She said: 'It is a shame.", "'We tried.'”"]
    assert open_quotes(paragraphs) == paragraphs


def test_staff_of_a_place_run_as_a_body_speak_for_it(tmp_path: Path) -> None:
    body = (
        "Two owls at the Kessel Aquarium hatched three chicks on Friday, aquarium officials said.\n\n"
        "The Orla Museum will shut its east wing for a year, museum staff said."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "hatched three chicks") == ["Kessel Aquarium"]
    assert claimants(result, "shut its east wing") == ["Orla Museum"]
    # two bodies of that word, or none: no one named
    body = (
        "Keepers at the Tarn Zoo and the Kessel Zoo were hurt on Friday, zoo officials said.\n\n"
        "The Tarn hospital will shut its ward next month, hospital officials said."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "Keepers at the Tarn Zoo") == [None]
    assert claimants(result, "shut its ward") == [None]


def test_a_motion_proposed_that_is_a_call(tmp_path: Path) -> None:
    body = (
        "Cllr Ana Ruiz proposed that the parking fee be cut by half at the meeting.\n\n"
        "The Orla Board has proposed that the pool open an hour earlier in May."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "the parking fee be cut by half") == ["Ana Ruiz"]
    assert claimants(result, "the pool open an hour earlier") == ["Orla Board"]
    assert {c["status"] for c in result.claims if "proposed" not in c["statement"]} == {"call"}
    # a time the plan is of: nothing proposed
    result = drafted(tmp_path, "A ferry plan proposed that year by Ana Ruiz was dropped in the spring.")
    assert not [c for c in result.claims if c["statement"].startswith("Year")]


def test_that_is_according_to_someone_makes_the_sentence_before_theirs(tmp_path: Path) -> None:
    body = (
        "Twice as much snow fell in Orla in March as in the March before.\n\n"
        "That's according to Ana Ruiz, a keeper with the Orla Trust, who spoke on Monday.\n\n"
        "The pool will reopen in May. This is according to the Kessel Board."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "Twice as much snow fell") == ["Ana Ruiz"]
    assert claimants(result, "The pool will reopen in May") == ["Kessel Board"]
    # what "that" stands for inside a sentence of its own is no sentence before's
    result = drafted(
        tmp_path, "The pool will reopen in May.\n\nThat's what the pool is for, according to Bo Lund."
    )
    assert claimants(result, "That's what the pool is for") == ["Bo Lund"]
    assert not [c for c in result.claims if "reopen" in c["statement"] and c.get("claimants")]


def test_a_tally_with_to_its_smaller_side_in_words(tmp_path: Path) -> None:
    body = (
        "Following a vote, the board defeated the plan 13 to four, and the old fee stayed.\n\n"
        "In the vote, the motion was carried 11 to three.\n\n"
        "The council passed the budget 9 to 2 on Monday."
    )
    values = [n["value"] for n in drafted(tmp_path, body).numbers]
    assert {13, 4, 11, 3, 9, 2} <= set(values)
    # a match's score, no vote told: no tally of votes
    result = drafted(tmp_path, "Orla defeated Kessel 13 to four in the final on Sunday.")
    assert not [n for n in result.numbers if n["counts"].startswith("votes")]


def test_a_share_written_pc() -> None:
    found = [(n.value, n.counts) for n in find_numbers("Prices rose 10pc in a year, and rents 4.5pc.")]
    assert found == [(10, "percent"), (4.5, "percent")]
    # a model's letters glued to a figure are no share
    assert not list(find_numbers("The 5PC unit was sold on Monday."))


def test_a_charge_laid_is_an_opinion_of_who_lays_it(tmp_path: Path) -> None:
    body = (
        "Bo Lund was among several members opposed to the plan. He accused the ruling group on the"
        " council of shutting out three members.\n\n"
        "Ana Ruiz accused the Orla Board of wasting money on the new pool."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "the ruling group on the council of shutting out") == ["Bo Lund"]
    assert claimants(result, "the Orla Board of wasting money") == ["Ana Ruiz"]
    assert {c.get("status") for c in result.claims if "accused" in c["statement"]} == {"opinion"}
    # one accused of a crime accuses no one
    result = drafted(tmp_path, "The man accused of theft was freed on Monday by the Kessel court.")
    assert not [c for c in result.claims if c.get("claimants")]


def test_names_opening_with_an_accented_capital(tmp_path: Path) -> None:
    body = (
        "Émile Lund Street in Orla was closed on Monday after the storm.\n\n"
        "Ana Ruiz, a climatologist with Éireann Météo, said the rain would ease by Friday."
    )
    drafted_kinds = kinds(drafted(tmp_path, body))
    assert drafted_kinds.get("Émile Lund Street") == "place"
    assert drafted_kinds.get("Éireann Météo") == "organisation"
    assert "Météo" not in drafted_kinds


def test_a_body_a_trade_is_plied_with() -> None:
    assert kind_of("Kessel Data", "said Ana Ruiz, a senior analyst with ", ".") == "organisation"
    assert kind_of("Orla Weather", "Bo Lund, a forecaster with the ", ", said.") == "organisation"
    # a meeting or a deal with someone, and a place, are no employer
    assert kind_of("Ana Ruiz", "Bo Lund held a meeting with ", " on Monday.") == "person"
    assert kind_of("Norway", "Bo Lund, a forecaster with ", ", said.") == "place"


def test_a_share_written_pc_is_its_evidence() -> None:
    assert number_in_text(10, "Sales could not even top 10pc in two years.")
    assert number_in_text(4.5, "Rents rose 4.5pc.")
    assert not number_in_text(10, "The 10pcs of cake were sold.")
