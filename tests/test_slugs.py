"""Ids from names in any script are readable, valid and stable."""

from __future__ import annotations

import re

import pytest

from generator.authoring.drafting import slug as draft_id
from generator.format.model import ID_PATTERN
from generator.format.slugs import slug


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("São Paulo", "sao-paulo"),
        ("Ming’s network", "mings-network"),
        ("Three Brotherhood Alliance", "three-brotherhood-alliance"),
        ("明学昌", "ming-xue-chang"),
        ("Москва", "moskva"),
        ("Zürich  -- Straße", "zurich-strasse"),
    ],
)
def test_any_script_gives_a_readable_id(name: str, expected: str) -> None:
    assert slug(name) == expected


def test_text_with_nothing_to_spell_still_gets_a_stable_id() -> None:
    first = slug("🙂🙂")
    assert re.fullmatch(ID_PATTERN, first)
    assert first == slug("🙂🙂") != slug("🙂")
    assert slug("   ") == slug("!!!") == ""


def test_drafted_ids_are_valid_and_unique() -> None:
    taken: set[str] = set()
    assert [draft_id(name, taken) for name in ["São Paulo", "São Paulo", "明学昌", "!!!"]] == [
        "sao-paulo",
        "sao-paulo-2",
        "ming-xue-chang",
        "item",
    ]
    assert all(re.fullmatch(ID_PATTERN, made) for made in taken)


def test_a_long_name_is_cut_to_sixty_characters_at_a_word() -> None:
    assert slug("a" * 70) == "a" * 60
    assert slug("word " * 30) == "-".join(["word"] * 12)
    assert slug("word " * 30, max_length=20) == "word-word-word-word"


def test_a_symbol_gets_an_id_of_its_own_and_punctuation_none() -> None:
    # A symbol (Unicode category S) is something to name; punctuation alone is not.
    assert re.fullmatch(r"x-[0-9a-f]{8}", slug("♥"))
    assert slug("♥") != slug("→")
    assert slug("?!") == slug("\u0301") == ""


def test_the_id_of_a_symbol_ignores_the_space_around_it() -> None:
    assert slug(" 🙂 ") == slug("🙂") != slug("🙂 🙂")
