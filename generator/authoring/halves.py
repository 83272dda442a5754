"""A whole number and a half written in words: "5 and half weeks", "three and a half hours"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

# The number words a span of this kind is written with ("two and a half weeks"); their values are
# text2num's, as every other number word's the drafts read (``figures``).
_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")

# "4 and a half months", "2 and half years" (the "a" left out), "two-and-a-half hours".
_AND_A_HALF = re.compile(
    rf"(?<![\w.,-])(?P<whole>\d{{1,4}}|{'|'.join(_WORDS)})[- ]and[- ](?:a[- ])?half[- ]"
    r"(?P<unit>[a-z]+)\b",
    re.IGNORECASE,
)


class Half(NamedTuple):
    value: float
    unit: str
    span: tuple[int, int]
    derivation: str


def find_halves(sentence: str) -> Iterator[Half]:
    """Each whole number and a half of the sentence, with the unit after it."""
    from text_to_num import text2num  # imported here: only `explainer init` needs it

    for match in _AND_A_HALF.finditer(sentence):
        whole = match["whole"]
        value = int(whole) if whole.isdigit() else int(text2num(whole.lower(), "en"))
        written = match[0][: match.start("unit") - match.start()].strip(" -")
        derivation = f"The article writes {written!r}: {value} and a half, {value + 0.5:g}."
        yield Half(value + 0.5, match["unit"], match.span(), derivation)
