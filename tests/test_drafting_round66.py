"""Forms the first run of held-out round 66 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a list of counts
whose noun comes after "are" (a bracket inside it), a count at a superlative's clause end ("the
largest fleet in the region at 240"), a list's next figures "in" a year or a group in lowercase, a
figure "in" a group whose noun the sentence before gave, a sum in a letter's currency after
"valued at", an acronym in what a figure stands for, and a low quotation mark (U+201A) pasted for a
comma, in a figure's thousands and in a sentence."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted

from generator.authoring.extraction import find_attributions
from generator.authoring.figures import find_numbers
from generator.authoring.kinds import kind_of
from generator.authoring.stances import appeals
from generator.authoring.titles import strip_title


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


def test_one_who_quotes_another_as_saying_or_telling() -> None:
    said = list(
        find_attributions(
            "Union spokeswoman Ana Ruiz this week quoted Transport Minister Bo Lund as saying the line would"
            " close for repairs."
        )
    )
    assert [(s.speaker, s.said, s.via) for s in said] == [
        ("Transport Minister Bo Lund", "the line would close for repairs", "Union spokeswoman Ana Ruiz")
    ]
    said = list(
        find_attributions("Ms Ruiz quoted Mr Lund as telling the council, “The line will close in May.")
    )
    assert [(s.speaker, s.said) for s in said] == [("Mr Lund", "The line will close in May")]


def test_a_few_quoted_words_in_the_speaker_s_aside() -> None:
    said = list(
        find_attributions(
            "The mayor, on a “listen and learn” visit to Orla, said the bridge would reopen in May."
        )
    )
    assert [(s.speaker, s.said) for s in said] == [("The mayor", "the bridge would reopen in May")]
    # a quote that is what is said stays the speaker's words
    said = list(find_attributions("The mayor said the plan was “a good start” for the town."))
    assert [s.speaker.lower() for s in said] == ["the mayor"]


def test_given_names_before_a_middle_initial_after_a_portfolio() -> None:
    assert strip_title("Deputy Minister for Roads and Works Ana Maria B. Ruiz") == ("Ana Maria B. Ruiz", True)
    assert strip_title("Undersecretary for Ports and Harbours Marcus T. Lund") == ("Marcus T. Lund", True)
    assert strip_title("Minister of Health Ana B. Ruiz") == ("Ana B. Ruiz", True)
    assert strip_title("Minister of Agriculture Semi Tavola") == ("Semi Tavola", True)


def test_two_spaces_a_paste_left_inside_a_name(tmp_path: Path) -> None:
    body = (
        "The harbour board will dredge the eastern channel before the winter storms arrive, Harbour Master"
        " Ana  Maria Ruiz said on Monday."
    )
    result = drafted(tmp_path, body)
    assert [a["name"] for a in result.actors if "Ruiz" in a["name"]] == ["Harbour Master Ana Maria Ruiz"]


def test_a_body_a_line_a_conurbation_and_a_seat() -> None:
    # "according to" one word, a clause after it: a body that says
    assert kind_of("Orlapower", "The faults, according to ", ", came after a storm.") == "organisation"
    # a known place after "according to" stays a place
    assert kind_of("Texas", "Prices rose most, according to ", ".") != "organisation"
    # a line people call, its number after "on"
    assert kind_of("Fire Watch", "Send a tip by text to ", " on 40411.") == "organisation"
    assert kind_of("Metro Kessel", "Most of the shortages are in ", ".") == "place"
    assert kind_of("Greater Orla", "Rents rose in ", " last year.") == "place"
    # the seat a member holds
    assert kind_of("Kessel Bay", "Ana Ruiz, the Member for ", ", said the road would open.") == "place"
    assert kind_of("Tarnby", "Bo Lund, MP for ", ", said so.") == "place"


def test_a_source_set_off_inside_a_short_subject_s_clause() -> None:
    said = list(
        find_attributions("The delays, according to the water board, were caused by a shortage of parts.")
    )
    assert [(s.speaker, s.said) for s in said] == [("the water board", "were caused by a shortage of parts")]


def test_a_body_s_rules_are_a_document() -> None:
    assert kind_of("Harbour Safety Rules", "Boats must follow the ", " at all times.") == "object"
    assert kind_of("Orla Fishing Regulations", "under the ", ", nets are banned.") == "object"
    # a committee on rules is a body
    assert kind_of("Rules Committee", "the House ", " met on Monday.") != "object"


def test_the_claim_of_a_named_person_that() -> None:
    said = list(
        find_attributions(
            "Answering the claim of Councillor Ana Ruiz of the Green Party that the park had been sold,"
            " the mayor said no deal was signed."
        )
    )
    assert [(s.speaker, s.said) for s in said] == [
        ("Councillor Ana Ruiz", "the park had been sold"),
        ("the mayor", "no deal was signed"),
    ]
    # "claims of" a thing names no speaker
    said = list(find_attributions("The board rejected claims of fraud that were made last year."))
    assert all(s.speaker != "fraud" for s in said)


def test_asked_for_a_thing_to_be_done_is_a_call() -> None:
    said = appeals("On Monday, Ruiz had asked for the drivers' wages to be paid at once.")
    assert [(s.speaker, s.said) for s in said] == [
        ("Ruiz", "Ruiz had asked for the drivers' wages to be paid at once")
    ]
    # "asked for" a thing, nothing to be done, is no call
    assert appeals("Ruiz asked for a receipt.") == []


def test_a_body_s_chief_named_before(tmp_path: Path) -> None:
    body = (
        "The Orla Gas Company (OGC) cut off 300 homes on Monday, and repairs are supervised by the OGC Chief"
        " Executive Officer Ana Ruiz.\n\n"
        "OGC chief vowed that the repairs would continue until every home was connected again."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "the repairs would continue") == ["Ana Ruiz"]


def test_the_same_value_again_in_a_clause_of_its_own(tmp_path: Path) -> None:
    body = (
        "Porters said they were paid little, from Sh4,000 to Sh5,000 a week, while those in Orla, who were"
        " paid Sh4,000 and another Sh1,500 as a travel allowance, had struck."
    )
    result = drafted(tmp_path, body)
    assert sorted(n["value"] for n in result.numbers) == [1500, 4000, 4000, 5000]
    # one figure read twice from one phrase is drafted once
    (tmp_path / "one").mkdir()
    result = drafted(
        tmp_path / "one", "The ferry to Orla carried 40 passengers on Monday, the operator said."
    )
    assert [n["value"] for n in result.numbers] == [40]
