"""Which figures of one quantity truly disagree, and which are one count at different dates.

Two figures conflict only when they measure the same quantity over the same date or period and
the values they allow cannot both hold: "3,850 by 13 June" and "6,000 by 30 January" are a
running total (a series), and "more than 100" and "more than 130" can both be true. Each figure
allows a span of values from its qualifier: "about" allows a tenth either way, "at least" anything
above, "up to" anything below. A figure in a unit that is a known fraction of another ("25 basis
points" of "0.25 percentage points") is compared in the larger unit. Figures whose words say
how sure the count is ("confirmed cases", "suspected cases") count different things, each compared
only with figures as sure (``certainty``). A figure a later one revises (its `revises:`) is replaced,
not contradicted: it is compared with nothing, and a series goes on from its revision (``current``).
A rate is compared only with rates of the same period (``per``): "$14 billion a year" and "$30
billion", which gives no period, may be a year's sum and a total over several years. A figure of a
million or more, round at its scale ("$40 billion", "$12.6 billion"), is as exact as its last
written digit: "$40 billion" is anything that rounds to it, from $39.5 billion to $40.5 billion, and
agrees with "$41 billion", two sources' roundings of one sum (``rounding``). A figure of a
thousand or more below a million, round to the hundred ("2,000", "48,000", "2,100"), is as exact as
its last written digit too, but never more than a twentieth either way: "2,000 people" and "2,100
people" may be one count, "1,000" and "1,200" are not. Other figures are taken as exact: "418
deaths" and "903 deaths", magnitude 5.9 and 6.1, still disagree.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.format.model import Number, Qualifier

# How far "about 4,000" may be from 4,000 and still agree with another figure.
ABOUT = 0.1

# A figure of at least the smallest of these scales is written as a newspaper prints it, in the
# largest it reaches, with up to this many decimals ("12.6 billion"); a figure that needs more is
# taken as exact.
_ROUNDED_SCALES = (1_000_000_000_000, 1_000_000_000, 1_000_000)
_ROUNDED_PLACES = 3
# Below a million, from a thousand: a figure written round to at least this place ("2,100"), and the
# most of itself its rounding may hide. "2,000" may be 1,900 or 2,100 as a reporter rounds a count,
# hardly 1,500: a toll's round figure is an approximation, not a range as wide as its last digit.
_ROUNDED_BELOW = 1_000
_ROUNDED_PLACE = 100
_ROUNDED_AT_MOST = 0.05

# Units that are a fixed fraction of another, each name as a contributor may write it (singular,
# plural, abbreviated): how many of it make one of the larger unit. Figures of one quantity in
# either are compared in the larger one. A divisor, not a factor of 0.01: 35 / 100 is the same float
# as 0.35, and 35 * 0.01 is not.
_SCALES = {
    "basis point": 100,
    "basis points": 100,
    "bp": 100,
    "bps": 100,
}


@dataclass(frozen=True)
class Comparison:
    """The figures of one quantity: whether they form a series over time, and which disagree."""

    numbers: tuple[Number, ...]
    # Sets of figures for the same date or period whose values cannot all hold.
    conflicts: tuple[tuple[Number, ...], ...] = ()
    # True when the figures are given at more than one date or period.
    series: bool = False
    # Each figure a later one replaces, with the figure that revises it (``revisions``).
    revised: tuple[tuple[Number, Number], ...] = ()


def when(number: Number) -> tuple[str, str, str]:
    """The date or period a figure holds for, as a key: figures with the same key are compared."""
    period = number.period
    return (number.as_of or "", period.start or "" if period else "", period.end or "" if period else "")


# Words by which a count says how sure it is. "66 confirmed cases" and "20 suspected cases" of one day
# are two counts, not one count two ways: a suspected case is one not yet tested.
_CERTAINTY = re.compile(
    r"\b(confirmed|suspected|probable|possible|presumed|presumptive|feared|estimated|unconfirmed)\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"\s(?:that|which|who|whom|whose|according)\s", re.IGNORECASE)


def rate_period(number: Number) -> str:
    """The period a rate is counted over ("year" for "$14 billion a year"), "" for a figure that is no
    rate: figures are compared only with those of the same."""
    return number.per.value if number.per is not None else ""


def certainty(number: Number) -> tuple[str, ...]:
    """The words at the head of ``number``'s ``counts`` that say how sure it is, in lower case and
    sorted: ("confirmed",), ("suspected",), () for a count that says nothing of it."""
    # Only in the head of the phrase: in "buildings that a monitor confirmed destroyed" the word tells
    # who checked, not which count it is.
    head = " ".join(_CLAUSE.split(number.counts, maxsplit=1)[0].split()[:4])
    return tuple(sorted({word.casefold() for word in _CERTAINTY.findall(head)}))


def span(number: Number) -> tuple[float, float]:
    """The values a figure allows, from its qualifier: never a lower end above the upper one, a
    figure below zero included ("about -10" allows -11 to -9; "at most -5" anything up to -5)."""
    divisor = scale(number.unit)
    margin = float(number.margin or 0)  # "120 ± 8" is anything from 112 to 128
    if not margin and number.qualifier is Qualifier.EXACT:
        margin = rounding(number)
    low = (float(number.value) - margin) / divisor
    high = (float(number.upper if number.upper is not None else number.value) + margin) / divisor
    qualifier = number.qualifier
    if qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
        return low, math.inf
    if qualifier in (Qualifier.AT_MOST, Qualifier.UP_TO, Qualifier.FEWER_THAN):
        return (0.0 if high >= 0 else -math.inf), high
    if qualifier is Qualifier.ABOUT:
        return low - abs(low) * ABOUT, high + abs(high) * ABOUT
    return low, high


def rounding(number: Number) -> float:
    """How far a figure round at a scale may be from its value and still round to it: half of its
    last written digit at the largest scale it reaches ("40 billion": half a billion; "39.4
    billion": half a tenth of one; "1.25 million": half a thousandth); below a million, from a
    thousand, half the place of its last digit other than 0, when that is the hundreds or more, but no
    more than a twentieth of it ("2,000": 100; "2,100": 50; "48,000": 500); 0 for any other figure, or
    one that takes more than three decimals at its scale (an exact count)."""
    values = [float(number.value)] + ([float(number.upper)] if number.upper is not None else [])
    halves: list[float] = []
    for value in values:
        at = next((s for s in _ROUNDED_SCALES if abs(value) >= s), None)
        if at is None:
            half = _rounded_below(value)
            if not half:
                return 0.0
            halves.append(half)
            continue
        written = round(value / at, _ROUNDED_PLACES)
        if abs(written * at - value) >= 0.5:
            return 0.0
        places = next(p for p in range(_ROUNDED_PLACES + 1) if round(written, p) == written)
        halves.append(at / 10.0**places / 2)
    return min(halves)


def _rounded_below(value: float) -> float:
    """How far a figure of a thousand or more below a million may be from its value and still round
    to it (``rounding``); 0 for one not round to the hundred, or outside those bounds."""
    if not _ROUNDED_BELOW <= abs(value) < _ROUNDED_SCALES[-1] or value != int(value):
        return 0.0
    whole = abs(int(value))
    if whole % _ROUNDED_PLACE:
        return 0.0
    place = _ROUNDED_PLACE
    while whole % (place * 10) == 0:
        place *= 10
    return min(place / 2, abs(value) * _ROUNDED_AT_MOST)


def scale(unit: str | None) -> int:
    """How many of ``unit`` make one of the larger unit it is a fraction of (100 basis points are one
    percentage point); 1 for any other unit."""
    return _SCALES.get(" ".join((unit or "").casefold().split()), 1)


def agree(first: Number, second: Number) -> bool:
    """Whether the two figures can both be true."""
    (a_low, a_high), (b_low, b_high) = span(first), span(second)
    return a_low <= b_high and b_low <= a_high


def compare(numbers: Sequence[Number]) -> Comparison:
    """The figures of one quantity, dated ones in date order and then undated ones, with the sets
    of them that disagree. An undated figure is compared only with other undated ones: nothing
    says it holds for the same time as a dated one. A revised figure is in ``numbers`` (a table
    shows it, told as revised) but compared with none."""
    dated = sorted((n for n in numbers if any(when(n))), key=_date_order)
    ordered = (*dated, *(n for n in numbers if not any(when(n))))
    pairs = revisions(ordered)
    replaced = {id(old) for old, _ in pairs}
    by_when: dict[tuple[tuple[str, str, str], tuple[str, ...], str], list[Number]] = {}
    for number in ordered:
        if id(number) not in replaced:
            by_when.setdefault((when(number), certainty(number), rate_period(number)), []).append(number)
    conflicts = tuple(tuple(group) for group in by_when.values() if not _all_agree(group))
    series = len({key for key, _, _ in by_when if any(key)}) > 1
    return Comparison(ordered, conflicts, series=series, revised=pairs)


def revisions(numbers: Sequence[Number]) -> tuple[tuple[Number, Number], ...]:
    """Each figure of ``numbers`` that another of them revises (``Number.revises``), with that one,
    in the order of ``numbers``. The figure revised is of the same quantity and, where both name who
    gives them, the same body's. Ids are a story's own: figures of several stories are compared with
    their ids qualified by story (``across.comparable``), so that another story's is not taken for it."""
    revisers: dict[str, list[Number]] = {}
    for number in numbers:
        if number.revises is not None:
            revisers.setdefault(number.revises, []).append(number)
    found = []
    for old in numbers if revisers else ():
        for new in revisers.get(old.id, ()):
            if (
                new is not old
                and new.quantity == old.quantity
                and (not new.stated_by or not old.stated_by or set(new.stated_by) & set(old.stated_by))
            ):
                found.append((old, new))
                break
    return tuple(found)


def current(numbers: Sequence[Number]) -> list[Number]:
    """``numbers`` without those a later one of them revises: the figures a series is told by."""
    replaced = {id(old) for old, _ in revisions(numbers)}
    return [number for number in numbers if id(number) not in replaced]


def _all_agree(numbers: Sequence[Number]) -> bool:
    """Whether every two of the figures can both be true: spans on a line meet two by two exactly
    when they share a value, when the highest lower end is not above the lowest upper end. Comparing
    each pair instead took 1.7 million comparisons for a quantity 1,900 figures give."""
    spans = [span(number) for number in numbers]
    return max(low for low, _ in spans) <= min(high for _, high in spans)


def _date_order(number: Number) -> tuple[str, str]:
    # ISO dates sort as text, a month before its days.
    as_of, start, end = when(number)
    return as_of or end, start
