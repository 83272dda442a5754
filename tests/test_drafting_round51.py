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
        ("Commissioner Tom Lee APM welcomed the figures. Commissioner Lee said the trend was clear.", "Tom Lee"),
    ],
    ids=["fire-medal", "order-of-merit", "police-medal"],
)
def test_an_honour_after_a_name_is_no_part_of_it(tmp_path: Path, body: str, person: str) -> None:
    result = drafted(tmp_path, body)
    assert kinds(result)[person] == "person"
    said = body.split(" said ")[1].rstrip(".")
    assert claimants(result, said) == [person]
