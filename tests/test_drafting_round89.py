"""Forms the first run of held-out round 89 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: more said after
words already quoted, the verb after "went on to" ("Ana Ruiz went on to add: “...”", "he goes on to
say that ...")."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted


def test_more_said_after_went_on_to(tmp_path: Path) -> None:
    body = (
        "Ana Ruiz, who chairs the Kessel Growers Association, said the harvest was late.\n\n"
        "Ana Ruiz went on to add: “The orchards need more pickers. Our pay covers around 40% of the"
        " cost.”\n\n"
        "Bo Lund of Orla Ferries goes on to say that the timetable will change in May."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "The orchards need more pickers") == ["Ana Ruiz"]
    assert claimants(result, "Our pay covers around 40%") == ["Ana Ruiz"]
    assert claimants(result, "the timetable will change in May") == ["Bo Lund"]
