"""Forms the first run of held-out round 66 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a list of counts
whose noun comes after "are" (a bracket inside it), a count at a superlative's clause end ("the
largest fleet in the region at 240"), a list's next figures "in" a year or a group in lowercase, a
figure "in" a group whose noun the sentence before gave, a sum in a letter's currency after
"valued at", an acronym in what a figure stands for, and a low quotation mark (U+201A) pasted for a
comma, in a figure's thousands and in a sentence."""

from __future__ import annotations

from pathlib import Path

from drafted import drafted

from generator.authoring.figures import find_numbers


def _values(sentence: str, earlier: str = "") -> list[int | float]:
    return [figure.value for figure in find_numbers(sentence, earlier)]


def test_a_list_of_counts_with_the_noun_after_are() -> None:
    sentence = (
        "Of the members, 1.4 million are retired nurses, 800,000 are hospital porters and 2.1 million"
        " are upper school (years 11 to 13) teachers."
    )
    assert [v for v in _values(sentence) if v > 100] == [1400000, 800000, 2100000]
    # a verb after "are" is no noun: "are still counted" counts nothing
    assert _values("Of the ballots, 12 are still counted by hand.") == []


def test_a_count_at_a_superlative_s_clause_end() -> None:
    assert _values("Orla harbour has the largest fishing fleet in the region at 240.") == [240]
    assert _values("The county had the highest turnout of the province at 8,100, officials said.") == [8100]
    # a time or a place after "at" is no count of the superlative
    assert _values("The biggest market opens at dawn.") == []


def test_a_list_s_next_figures_in_a_year_or_a_group() -> None:
    assert _values(
        "The club had 410 members last year, compared to 380 in 2019, 350 in 2020 and 300 in 2021."
    ) == [
        410,
        380,
        350,
        300,
    ]
    assert _values("Some 9 million voters live in towns, and 3 million in villages.") == [9000000, 3000000]
    # "in total" is no group
    assert _values("Norland sold 40 boats, and 12 in total went abroad.") == [40]


def test_a_figure_in_a_group_takes_the_noun_of_the_sentence_before() -> None:
    sentence = "In the north, 5,120 are in nursery, 2.3 million in primary and 1.1 million in secondary."
    assert _values(sentence, "pupils") == [5120, 2300000, 1100000]
    # without a noun before, nothing is counted
    assert _values(sentence) == []


def test_a_sum_in_a_letter_s_currency_after_valued_at() -> None:
    figures = list(find_numbers("Thieves took copper cable valued at about R2 million from the depot."))
    assert [(f.value, f.counts) for f in figures] == [(2000000, "rand")]


def test_an_acronym_in_what_a_figure_stands_for() -> None:
    assert _values("The number of issued ATM cards reached 3.2 million on Friday.") == [3200000]


def test_a_low_quotation_mark_pasted_for_a_comma(tmp_path: Path) -> None:
    body = (
        "Crews laid 4\u201a120 metres of new pipe in Orla on Monday\u201a the water board said.\n\n"
        "\u201cThe work is done\u201a\u201d said Ana Ruiz\u201a the board\u2019s engineer."
    )
    result = drafted(tmp_path, body)
    assert 4120 in [n["value"] for n in result.numbers]
    assert 120 not in [n["value"] for n in result.numbers]
    assert "\u201a" not in str([result.numbers, result.claims, result.actors])
