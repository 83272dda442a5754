"""Relations worded for a plural subject (generator/format/vocabulary.py): the first word of a verb
phrase, by rule."""

from __future__ import annotations

import pytest

from generator.format.vocabulary import both_numbers, plural_verb


@pytest.mark.parametrize(
    ("singular", "plural"),
    [
        ("is part of", "are part of"),
        ("was based in", "were based in"),
        ("has ties to", "have ties to"),
        ("does business with", "do business with"),
        ("Is part of", "are part of"),
        ("drains into", "drain into"),
        ("buries", "bury"),
        ("carries goods to", "carry goods to"),
        ("crosses", "cross"),
        ("pushes", "push"),
        ("reaches", "reach"),
        ("fixes", "fix"),
        ("buzzes", "buzz"),
        ("goes to", "go to"),
        ("controls", "control"),
        ("leads", "lead"),
        ("ties", "tie"),
        ("lies", "lie"),
        ("dies", "die"),
        ("flies over", "fly over"),
        ("eyes", "eye"),
        ("its", "its"),
        ("bus", "bus"),
        ("gas", "gas"),
        ("flooded", "flooded"),
        ("above", "above"),
        ("passes through", "pass through"),
        ("discuss", "discuss"),
        ("focus on", "focus on"),
        ("analysis of", "analysis of"),
    ],
)
def test_the_first_word_takes_the_plural(singular: str, plural: str) -> None:
    assert plural_verb(singular) == plural


def test_both_numbers_is_a_choice_unless_the_two_are_one() -> None:
    assert both_numbers("drains into") == "{drains into|drain into}"
    assert both_numbers("leads", "head") == "{leads|head}"
    assert both_numbers("flooded") == "flooded"
    # Only braces and bars make a phrase a template already; any other character is text.
    assert both_numbers("ships X-ray machines to") == "{ships X-ray machines to|ship X-ray machines to}"
    assert both_numbers("{is|are} near") == "{is|are} near"
    assert both_numbers("owns", "own|s") == "owns"
