"""Forms the first run of held-out round 32 showed misread, and forms earlier rounds kept showing,
written as invented sentences from several topics (none from the benchmark's articles): what stands
between a speaker's name and the verb (an age and a home town, a bracket, an adverb), a name that is
the object of a participle in a group's subject ("Divers searching Lake Kessel say"), what follows
"said NAME, noting that ...", "they" after a sentence about an unnamed group, a body's figures that
"show" something, "the health ministry" for a "Department of Health", and "according to NAME the
... officer" with no comma."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafted import claimants, drafted


@pytest.mark.parametrize(
    ("body", "person", "phrase"),
    [
        # an age and a home town between the name and the verb
        (
            "Retired ferry pilot Ana Ruiz, 71, of Port Kessel said she saw the boat go down in the gale.",
            "Ana Ruiz",
            "she saw the boat go down",
        ),
        (
            "Orchard owner Tom Brell, 58, of Varna, Ore., said the frost took half of his pears.",
            "Tom Brell",
            "the frost took half of his pears",
        ),
        # years of life in brackets, then an adverb, before the verb
        (
            "“A town without a library is a town without a memory,” the poet Mia Osei (1901-1978) "
            "famously wrote.",
            "Mia Osei",
            "A town without a library",
        ),
        # a party and a state in brackets
        (
            "Senator Lena Dukes (D-Ore.) said the dam bill would pass before the summer recess.",
            "Lena Dukes",
            "the dam bill would pass",
        ),
    ],
)
def test_what_stands_between_a_name_and_the_verb(tmp_path: Path, body: str, person: str, phrase: str) -> None:
    assert claimants(drafted(tmp_path, body), phrase) == [person]
