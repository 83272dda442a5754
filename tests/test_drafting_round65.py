"""Forms the first run of held-out round 65 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a range with the
currency's code before its first end only ("Rs 1,200-1,500"); a price glued to a Pacific currency's
code; a month's figure read as a day ("in April 3.6 million tons"); a terminal, a pier and a project
drafted as bodies; a place named after "the community of", before "village", or at the end of a
list of places, and one after "Neighbouring", drafted as a person; "the Town of ..."; a paper a
person "told the ..."; a speaker set off by commas after a long post; a title's single letter
before a person's name."""

from __future__ import annotations

from pathlib import Path

from drafted import drafted

from generator.authoring.figures import find_numbers


def _figures(sentence: str) -> list[tuple[int | float, int | float | None]]:
    return [(figure.value, figure.upper) for figure in find_numbers(sentence)]


def test_a_range_with_the_currency_before_its_first_end_only() -> None:
    assert _figures("Tickets now sell at Rs 1,200-1,500 each, up from Rs 900 last season.") == [
        (1200, 1500),
        (900, None),
    ]
    assert _figures("Rooms cost Sh 2,500-3,000 a night in the high season.") == [(2500, 3000)]
    assert _figures("Growers make a profit of Tk 6,000-7,000 from each field.") == [(6000, 7000)]
    # two figures joined by a hyphen with no currency before them are no range read here
    assert (2000, 3000) not in _figures("The 2,000-3,000 rule applies.")


def test_a_price_glued_to_a_pacific_currency(tmp_path: Path) -> None:
    assert _figures("A bundle of taro now sells for Vt500 at the market, a price set by growers.") == [
        (500, None)
    ]
    result = drafted(tmp_path, "The fare rose to SBD 40 on Monday.")
    assert [n["value"] for n in result.numbers] == [40]
    # no price without money in the sentence
    assert _figures("Take exit Vt2 to the coast.") == []


def test_a_month_s_figure_is_no_day() -> None:
    assert _figures("Sales reached 2.1 million cars in March, and in April 1.4 million cars.") == [
        (2100000, None),
        (1400000, None),
    ]
    assert _figures("In May 12 million visitors came, in June 9 million visitors.") == [
        (12000000, None),
        (9000000, None),
    ]
    # a day is still a day
    assert _figures("It opened on May 3, and 40 people came.") == [(40, None)]
