"""Forms the first run of held-out round 86 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a quote's speaker
after it with the present of a verb of owning up ("“...,” admits Ana Ruiz from near Orla.",
"concedes Bo Lund")."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted


def test_a_quotes_speaker_after_it_who_admits_or_concedes(tmp_path: Path) -> None:
    body = (
        "“We are behind on the harvest,” admits Ana Ruiz from near Tarnby. “Half the field is still to"
        " lift.”\n\n"
        "“The ferry is late again,” concedes Bo Lund of Orla Ferries.\n\n"
        "“It was a mistake,” admitted Tom Berg."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "behind on the harvest") == ["Ana Ruiz"]
    assert claimants(result, "Half the field is still to lift") == ["Ana Ruiz"]
    assert claimants(result, "The ferry is late again") == ["Bo Lund"]
    assert claimants(result, "It was a mistake") == ["Tom Berg"]
    # straight quotes, as some pages paste them
    body = '"We are struggling," admits Ana Ruiz. "The rain has not stopped."'
    result = drafted(tmp_path, body)
    assert claimants(result, "We are struggling") == ["Ana Ruiz"]
    assert claimants(result, "The rain has not stopped") == ["Ana Ruiz"]
    # a plea to charges admitted is no statement
    body = "Kessel Mills admits two charges of polluting the river, the court heard."
    assert not [
        c for c in drafted(tmp_path, body).claims if c.get("claimants") and "charges" in c["statement"]
    ]
