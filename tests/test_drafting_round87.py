"""Forms the first run of held-out round 87 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a figure with a
thousands comma inside the description set off after a speaker's name ("Ana Ruiz, head of the
1,200-member union, said ..."), which ends no description."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted


def test_a_thousands_comma_inside_a_description_set_off(tmp_path: Path) -> None:
    body = (
        "Ana Ruiz, chair of the 1,200-member growers union, said the frost had come early.\n\n"
        "Bo Lund, the head of the 20,000-strong rowing league, said the regatta would go ahead.\n\n"
        "Kessel Mills, which employs 3,400 people in the valley, said the plant was safe."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "the frost had come early") == ["Ana Ruiz"]
    assert claimants(result, "the regatta would go ahead") == ["Bo Lund"]
    assert claimants(result, "the plant was safe") == ["Kessel Mills"]
