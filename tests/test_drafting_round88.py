"""Forms the first run of held-out round 88 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a quote, then
"said", a body's long name (five words or more, or "of" inside it), its post in lower case and the
name of the one who speaks ("said Kessel Valley Fruit Growers Association president Ana Ruiz")."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted


def test_said_a_bodys_long_name_its_post_then_the_speakers_name(tmp_path: Path) -> None:
    body = (
        "“We are glad the pier is open,” said Kessel Valley Fruit Growers Association president Ana Ruiz."
        " “The only issue is the queue.\n\n"
        "“Boats wait for hours.”\n\n"
        "“Prices fell,” said Orla Chamber of Commerce chairman Bo Lund.\n\n"
        "“Trade is slow,” said Tarnby and Orla Ferry Owners Union secretary Ana Lund."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "glad the pier is open") == ["Ana Ruiz"]
    assert claimants(result, "The only issue is the queue") == ["Ana Ruiz"]
    assert claimants(result, "Prices fell") == ["Bo Lund"]
    assert claimants(result, "Trade is slow") == ["Ana Lund"]
    # a body's name of four words, as before
    body = "“Rents rose,” said Kessel Growers Association president Bo Lund."
    assert claimants(drafted(tmp_path, body), "Rents rose") == ["Bo Lund"]
