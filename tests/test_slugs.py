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
