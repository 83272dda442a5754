"""Figures written as ordinals or with a unit glued on, which `figures.py` reads as words or names.

"for a 12th and seventh time" counts times (12 and 7); "the 6,190m peak" is 6,190 metres. Neither
is written as the number itself, so each draft says in `derivation:` how its value is worked out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

_WORD_ORDINALS = [
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"),
    *("eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth"),
    *("eighteenth", "nineteenth", "twentieth"),
]
_ORDINAL = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|{'|'.join(sorted(_WORD_ORDINALS, key=len, reverse=True))})"
# "for a 14th time", "for a 12th and seventh time respectively": a record, counted; not "for the
# first time" nor "for the fourth time in as many reviews", which tell an order
_TIMES = re.compile(
    rf"\bfor\s+a\s+(?:record\s+)?(?P<first>{_ORDINAL})(?:\s+and\s+(?P<second>{_ORDINAL}))?\s+times?\b",
    re.IGNORECASE,
)
# "the 6,190m peak", "a 300m tower": metres glued to a figure, no currency before it
_METRES = re.compile(r"(?<![$€£¥₹\d.,])\b(?P<number>\d{1,3}(?:,\d{3})+|\d+)m\s+(?P<what>[a-z]+)\b")
_NOT_METRES = {"euros", "dollars", "pounds", "rupees", "yen", "yuan", "in", "of", "a", "per", "from", "to"}


class Ordinal(NamedTuple):
    value: int
    counts: str
    derivation: str
    span: tuple[int, int]


def _ordinal_value(word: str) -> int:
    digits = re.match(r"\d+", word)
    return int(digits[0]) if digits else _WORD_ORDINALS.index(word.lower()) + 1


def find_ordinal_figures(sentence: str) -> Iterator[Ordinal]:
    """The times an ordinal counts ("for a 14th time": 14 times) and metres glued to a figure."""
    for match in _TIMES.finditer(sentence):
        for group in ("first", "second"):
            if match[group]:
                value = _ordinal_value(match[group])
                derivation = (
                    f"The article writes {match[0]!r}: the {match[group]} time, {value} times in all."
                )
                yield Ordinal(value, "times", derivation, match.span())
    for match in _METRES.finditer(sentence):
        if match["what"].lower() in _NOT_METRES or match["what"].endswith("s"):
            continue  # "40m users": millions of them
        value = int(match["number"].replace(",", ""))
        derivation = f"The article writes {match['number'] + 'm'!r}: {value:,} metres."
        yield Ordinal(value, f"metres {match['what']}", derivation, match.span("number"))
