"""Forms the first run of held-out round 75 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a body's initials
of two letters, a managing director's and a cabinet secretary's title before a name and "the CS"
after it."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted, kinds


def test_two_letters_that_spell_a_body_s_name(tmp_path: Path) -> None:
    body = (
        "Tarn Ferries has added a second boat on the lake.\n\n"
        "In a notice, TF said the boat will leave at 6 am each day."
    )
    result = drafted(tmp_path, body)
    assert "TF" not in kinds(result)
    assert claimants(result, "will leave at 6 am") == ["Tarn Ferries"]
    # two letters are no person's initials
    body = (
        "Tina Walsh, a lock keeper, opened the gates on the canal.\n\n"
        "In a notice, TW said the lock will open at 6 am each day."
    )
    assert claimants(drafted(tmp_path, body), "will open at 6 am") == ["TW"]


def test_a_managing_director_and_a_cabinet_secretary_before_a_name(tmp_path: Path) -> None:
    body = (
        "Orla Ferries Managing Director Ana Ruiz said the boats are full every weekend.\n\n"
        "Health CS Bo Lund said the clinics were meant to open in May.\n\n"
        '"We have agreed on two measures with the unions," the CS stated.\n\n'
        '"The second is that no clinic will close," he added.'
    )
    result = drafted(tmp_path, body)
    names = kinds(result)
    assert names["Ana Ruiz"] == "person" and names["Bo Lund"] == "person"
    assert "Orla Ferries Managing" not in names and "CS" not in names
    assert claimants(result, "two measures") == ["Bo Lund"]
    assert claimants(result, "no clinic will close") == ["Bo Lund"]
    # "the CS" with no one titled so is no one's to guess
    body = 'Bo Lund, a nurse, said the clinics were full.\n\n"We have agreed on two measures," the CS stated.'
    assert claimants(drafted(tmp_path, body), "two measures") != ["Bo Lund"]
