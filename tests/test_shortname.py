"""The short name a dense line gives an actor with a long official name (``generator.site.shortname``),
on invented actors of several topics."""

from __future__ import annotations

import pytest

from generator.format.model import Actor, Citation
from generator.site.grammar import named
from generator.site.shortname import short_name, shortened

CITE = [Citation(source="s")]


def actor(name: str, aliases: list[str], kind: str = "government-body") -> Actor:
    return Actor(id="a", name=name, kind=kind, aliases=aliases, description="d", cite=CITE)


@pytest.mark.parametrize(
    ("name", "aliases", "summary", "expected"),
    [
        # Short enough: kept, whatever its aliases.
        ("Port Authority", ["PA"], "", "Port Authority"),
        ("Ana Ruiz", ["Ruiz"], "", "Ana Ruiz"),
        # A long name: the first alias in words, before an acronym the reader never met.
        (
            "Ministry of Water Resources of the Republic of Ruritania",
            ["Water Ministry", "MWR", "the ministry"],
            "",
            "Water Ministry",
        ),
        # The acronym the summary taught the reader comes first.
        (
            "National Rail Safety Investigation Board",
            ["Rail Safety Board", "NRSIB"],
            "The NRSIB blamed a signal fault.",
            "NRSIB",
        ),
        # Only an acronym: better than two lines of title.
        ("Regional Fisheries Management Organisation of the North", ["RFMO"], "", "RFMO"),
        # An alias that only describes ("the ministry"), or as long as the name, is no short name.
        (
            "Ministry of Health and Family Welfare",
            ["the ministry"],
            "",
            "Ministry of Health and Family Welfare",
        ),
        (
            "Kessel Valley Flood Defence Committee",
            ["Flood Defence Committee of the Kessel Valley"],
            "",
            "Kessel Valley Flood Defence Committee",
        ),
    ],
)
def test_a_long_name_is_named_short_by_an_alias_that_names_it(
    name: str, aliases: list[str], summary: str, expected: str
) -> None:
    assert short_name(actor(name, aliases), summary) == expected


def test_the_short_name_takes_the_grammar_of_its_own_words() -> None:
    """ "the Water Ministry" in a sentence, "NRSIB" bare: as the name itself would be written."""
    ministry = actor("Ministry of Water Resources of the Republic of Ruritania", ["Water Ministry"])
    assert named(shortened(ministry)) == "the Water Ministry"
    board = actor("National Rail Safety Investigation Board", ["NRSIB"])
    assert named(shortened(board)) == "NRSIB"
    short = actor("Port Authority", ["PA"])
    assert shortened(short) is short
