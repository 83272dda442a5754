"""Forms the first run of held-out round 83 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a speaker named
before two posts joined by "and", or a post held "at" a body, with no comma before the verb
("Bo Lund, president and chief executive of Orla Foods said:")."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted


def test_a_speaker_before_two_posts_or_a_post_at_a_body(tmp_path: Path) -> None:
    body = (
        "Ana Ruiz, president and chief executive of Orla Foods said: “We regret the closure.”\n\n"
        "Bo Lund, owner and head chef at the Tarn Grill said the kitchen would reopen in May.\n\n"
        "Jo Hart, head gardener at Kessel Park said the lawns were dry."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "We regret the closure") == ["Ana Ruiz"]
    assert claimants(result, "the kitchen would reopen") == ["Bo Lund"]
    assert claimants(result, "the lawns were dry") == ["Jo Hart"]
    # the body itself, when no one named holds a post of it
    body = (
        "A spokesman for Tarn Grill said the kitchen would reopen.\n\nOrla Foods said the plant would stay."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "the kitchen would reopen") == ["Tarn Grill"]
    assert claimants(result, "the plant would stay") == ["Orla Foods"]
