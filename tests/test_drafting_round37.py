"""Forms the first run of held-out round 37 showed misread, written as invented sentences from
several topics (none from the benchmark's articles): digits grouped in lakhs and crores ("12,50,400");
a figure that did something in a perfect tense ("312 have qualified"); an ordinal that counts what
there has been so far ("the 12th strike since ..."); a name's word before a hyphen and a space ("a
Kessel- based firm"); a company told by an apposition ("X, a ... firm") or by a capital ending its
one word ("BoxQ"); a site under "the sky above"; a "Courtesy X" line below the text, an outlet and
no author; what a filed document states; a statement not cut inside a list; "a committee of X
boards", which names no one; and a text pasted with no headline whose first line opens with a
dateline ("Place: ..."), read as a headline that a place says (its claim's evidence, the title
shortened, did not validate)."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.claims import _halves
from generator.authoring.extraction import headline_source
from generator.authoring.figures import find_numbers
from generator.authoring.names import find_names
from generator.authoring.speakers import find_spoken
from generator.format.numbers import number_in_text


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The district counted 12,50,400 voters on its rolls this year.", 1_250_400),
        ("The scheme paid out Rs 3,10,45,200 to farmers.", 31_045_200),
        ("In all, 1,00,000 saplings were planted along the canal.", 100_000),
    ],
)
def test_digits_grouped_in_lakhs_are_one_figure(sentence: str, value: int) -> None:
    assert [f.value for f in find_numbers(sentence)] == [value]


def test_digits_grouped_in_thousands_are_read_as_before() -> None:
    sentence = "The stadium has sold 1,234,567 tickets and 12,500 season passes."
    assert [f.value for f in find_numbers(sentence)] == [1_234_567, 12_500]


def test_evidence_that_groups_digits_in_lakhs_states_the_value() -> None:
    # every draft validates: the figure's evidence writes it in lakhs
    assert number_in_text(1_250_400, "counted 12,50,400 voters")
    assert number_in_text(31_045_200, "paid out Rs 3,10,45,200")
    assert not number_in_text(1_250_400, "counted 1,25,04,000 voters")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Of the entrants, 312 have qualified.", 312),
        ("Among the volunteers, 45 had resigned by March.", 45),
    ],
)
def test_a_figure_that_did_something_in_a_perfect_tense_is_drafted(sentence: str, value: int) -> None:
    assert [f.value for f in find_numbers(sentence)] == [value]


@pytest.mark.parametrize(
    ("sentence", "value", "counts"),
    [
        ("The walkout was the 12th strike since the contract lapsed in 2019.", 12, "strikes"),
        ("It is the county's worst year: its 9th flood so far, after a wet spring.", 9, "floods"),
        ("The vote marked the 3rd recount this year in the ward.", 3, "recounts"),
    ],
)
def test_an_ordinal_in_digits_counts_what_there_has_been_so_far(
    sentence: str, value: int, counts: str
) -> None:
    figures = [f for f in find_numbers(sentence) if f.value == value]
    assert [(f.counts, bool(f.derivation)) for f in figures] == [(counts, True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry is the sixth so far this year to be laid up.",  # a word: an order, as a rank is
        "The team finished 12th since the rules changed.",  # no "the" or "its": a place in a table
        "The festival falls on the 12th of May this year.",  # a day
    ],
)
def test_other_ordinals_are_no_count_so_far(sentence: str) -> None:
    assert all(not f.derivation or "so far" not in f.derivation for f in find_numbers(sentence))


def test_a_hyphen_before_a_space_ends_no_name() -> None:
    names = find_names(["Buyers of Dornel, a Kessel- based bakery chain, queued all morning."])
    assert "Kessel" in [n.name for n in names]
    assert all(not n.name.endswith("-") for n in names)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Customers of Brightwave, a Lakeside-based energy company, complained of the bills.", "Brightwave"),
        ("The deal was agreed with Brenmar, a small shipping firm in the port.", "Brenmar"),
        ("Shares of Vantor, an insurer founded in 1902, fell sharply.", "Vantor"),
    ],
)
def test_an_apposition_naming_a_trade_makes_a_company(sentence: str, name: str) -> None:
    kinds_found = {n.name: n.kind for n in find_names([sentence])}
    assert kinds_found[name] == "organisation"


def test_an_apposition_with_an_adjective_firm_makes_no_company() -> None:
    kinds_found = {n.name: n.kind for n in find_names(["They met Ana Ruiz, a firm believer in rules."])}
    assert kinds_found.get("Ana Ruiz") != "organisation"


def test_one_word_ending_in_a_capital_inside_it_is_a_brand() -> None:
    kinds_found = {n.name: n.kind for n in find_names(["A BoxQ drone flew over the fields at dawn."])}
    assert kinds_found["BoxQ"] == "organisation"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Fireworks lit up the night sky above Harbour Arts Centre on Sunday.", "Harbour Arts Centre"),
        (
            "Drones were banned from the skies over Kessel Research Institute in June.",
            "Kessel Research Institute",
        ),
    ],
)
def test_what_lies_under_the_sky_is_a_site(sentence: str, name: str) -> None:
    kinds_found = {n.name: n.kind for n in find_names([sentence])}
    assert kinds_found[name] == "place"


def test_a_courtesy_line_below_the_text_names_its_outlet_and_no_author(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The ferry returned to port after a fault in its engine.\n\nCourtesy Kessel News Channel",
    )
    assert result.source["publisher"] == "Kessel News Channel"
    found = kinds(result)
    assert found.get("Kessel News Channel") == "media-outlet"
    assert not any(name.startswith("Courtesy") for name in found)


@pytest.mark.parametrize(
    ("sentence", "who", "said"),
    [
        (
            "Brandt had filed an application stating that: “The fine was far too high for a first offence.”",
            "Brandt",
            "The fine was far too high",
        ),
        (
            "The union lodged a petition stating that the depot must stay open.",
            "The union",
            "depot must stay",
        ),
        ("Ana Ruiz filed a complaint saying the council had ignored her.", "Ana Ruiz", "council had ignored"),
    ],
)
def test_what_a_filed_document_states_is_its_filers(sentence: str, who: str, said: str) -> None:
    spoken = find_spoken(sentence)
    assert [(s.speaker, said in s.said) for s in spoken] == [(who, True)]


def test_a_long_statement_is_not_cut_inside_a_list() -> None:
    sentence = (
        "From the day the council first proposed closing four of the branch libraries across the "
        "northern district last spring, parents, pupils, retired teachers, local shops and the regional "
        "press have said again and again this was the wrong answer to the gap in the budget"
    )
    halves = _halves(sentence)
    assert "Parents, pupils, retired teachers, local shops and the regional press have said" in halves


def test_a_committee_of_a_places_boards_names_no_one(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Earlier, a statement issued by a committee of Norlandic school boards said classes will "
        "resume on Monday in every district.",
    )
    assert claimants(result, "classes will resume") == [None]


@pytest.mark.parametrize(
    "line",
    [
        "Nairobi: The city council has voted to close the old market by the end of the year",
        "Portugal: Ferry crews will strike for two days next week over pay",
    ],
)
def test_a_place_before_a_colon_is_a_dateline_and_no_source(line: str) -> None:
    # a text pasted with no headline, its first line "Place: ..." read as the title
    assert headline_source(line) is None


def test_a_body_before_a_colon_still_says_the_headline() -> None:
    found = headline_source("Harbour Board: ferry fares will rise by a tenth in May")
    assert found is not None and found.speaker == "Harbour Board"
