"""Forms the first run of held-out round 72 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a long name with an
honorific among its first words (a person's, written short later as the name after its honorifics),
a time alone after the verb of saying ("the mayor said recently"), no words said, and a post then the
name of who holds it after "was announced by" ("by the Roads Minister, Bo Lund at ..."), who spoke."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted, kinds

from generator.authoring.kinds import kind_of


def test_a_long_name_with_an_honorific_among_its_first_words_is_a_person() -> None:
    assert kind_of("Tuan Dr Hj Marta Lucia Ruiz Ortega", "In a talk, ", " said the clinic grew.") == "person"
    assert kind_of("Rev Prof Ana Maria Costa Lopes", "At the fair, ", " opened the hall.") == "person"
    # a long name with no honorific, or a body's word, is no person's
    assert kind_of("Kessel Valley Bee Keepers", "In a talk, ", " said the hives grew.") != "person"
    assert kind_of("Dr Ana Ruiz Eye Foundation", "In a talk, ", " said the clinic grew.") != "person"


def test_the_name_after_its_honorifics_is_the_fuller_persons(tmp_path: Path) -> None:
    body = (
        "In a talk, Tuan Dr Hj Marta Lucia Ruiz Ortega said the clinic has kept its costs down.\n\n"
        "But Tuan Dr Hj Marta Lucia said the clinic cannot slow its work on vaccines."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "vaccines") == ["Tuan Dr Hj Marta Lucia Ruiz Ortega"]
    assert kinds(result)["Tuan Dr Hj Marta Lucia Ruiz Ortega"] == "person"
    # a name that only shares words with one, no honorific before them, stays apart
    body = (
        "Marta Lucia Ruiz Ortega Benet said the clinic has kept its costs down.\n\n"
        "Later Ana Marta Lucia said the clinic cannot slow its work on vaccines."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "vaccines") != ["Marta Lucia Ruiz Ortega Benet"]


def test_a_time_alone_after_the_verb_is_no_words_said(tmp_path: Path) -> None:
    body = "The cost of feed has pushed the dairy to find new buyers, its owner said recently."
    result = drafted(tmp_path, body)
    assert any(c["statement"].startswith("The cost of feed") for c in result.claims)
    assert not any(c["statement"].lower().startswith("recently") for c in result.claims)
    body = "The ferry will run late on Sunday, the harbour master said earlier."
    result = drafted(tmp_path, body)
    assert not any(c["statement"].lower().startswith("earlier") for c in result.claims)
    # a time word that opens what is said is kept: "said earlier plans failed"
    body = "The mayor said earlier plans for the pier had failed."
    result = drafted(tmp_path, body)
    assert any("earlier plans for the pier" in c["statement"].lower() for c in result.claims)


def test_a_post_then_the_name_of_who_holds_it_after_was_announced_by(tmp_path: Path) -> None:
    body = (
        "Ferry tickets will cost two dollars more from March. This was announced by the Ports and"
        " Harbours Minister, Ana Ruiz at a briefing on Friday.\n\n"
        "Tolls on the coast road rise in May. This was announced by the Roads Minister, Bo Lund, on Monday."
    )
    result = drafted(tmp_path, body)
    assert "Ana Ruiz" in claimants(result, "Ferry tickets will cost")
    assert "Bo Lund" in claimants(result, "Tolls on the coast road")
    # a body's name after a comma is no post's holder: the body says it
    body = "The pier will shut for a month. This was announced by the Harbour Board, Kessel Port at noon."
    result = drafted(tmp_path, body)
    assert claimants(result, "The pier will shut") == ["Harbour Board"]
