"""Forms the first run of held-out round 51 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: honours of other
realms' orders after a person's name ("Tom Lee AM", "Ana Ruiz ONZM")."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Fire Chief Bo Lund AFSM praised the crews. Chief Lund said the crews worked all night.", "Bo Lund"),
        ("Ana Ruiz ONZM opened the new wing. Ruiz said the wing was long overdue.", "Ana Ruiz"),
        (
            "Commissioner Tom Lee APM welcomed the figures. Commissioner Lee said the trend was clear.",
            "Tom Lee",
        ),
    ],
    ids=["fire-medal", "order-of-merit", "police-medal"],
)
def test_an_honour_after_a_name_is_no_part_of_it(tmp_path: Path, body: str, person: str) -> None:
    result = drafted(tmp_path, body)
    assert kinds(result)[person] == "person"
    said = body.split(" said ")[1].rstrip(".")
    assert claimants(result, said) == [person]


@pytest.mark.parametrize(
    ("body", "judge", "ruling"),
    [
        (
            "Mrs Justice Ortiz ruled yesterday that the council had acted unlawfully.",
            "Justice Ortiz",
            "acted unlawfully",
        ),
        (
            "Judge Marlow ruled on Monday that the permit for the quarry was void.",
            "Judge Marlow",
            "permit for the quarry",
        ),
        ("Lord Justice Penrose held that the tenants had been misled.", "Justice Penrose", "had been misled"),
    ],
    ids=["mrs-justice-yesterday", "judge-on-monday", "held-that"],
)
def test_a_judge_by_title_and_family_name_rules(tmp_path: Path, body: str, judge: str, ruling: str) -> None:
    result = drafted(tmp_path, body)
    assert kinds(result)[judge] == "person"
    assert claimants(result, ruling) == [judge]


def test_a_panel_decided_that(tmp_path: Path) -> None:
    body = "The Kessel Water Board decided on Tuesday that the reservoir would stay closed."
    assert claimants(drafted(tmp_path, body), "reservoir would stay closed") == ["Kessel Water Board"]


def test_a_judge_named_in_full_then_by_title_is_one_person(tmp_path: Path) -> None:
    body = "Judge Ana Ruiz heard the case in Varso. Justice Ruiz said the harbour lease had lapsed in the spring."
    result = drafted(tmp_path, body)
    assert "Justice Ruiz" not in kinds(result)
    assert claimants(result, "harbour lease had lapsed") == ["Ana Ruiz"]
