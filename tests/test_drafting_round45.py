"""Forms the first run of held-out round 45 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a currency written
as one capital letter glued to the figure ("raised by P18") and a scale after a hyphen
("3.7-billion"); a given name or a place's word shortened inside a name ("Ana Ma. Ruiz", "Sta.
Orla"), which ends neither the sentence nor the name; "Officer" a word of a post; an adverb between
the speaker and the verb ("further explained"); "the boss" for the person with a post who spoke
last; "NAME, the post, BODY, made this known ..." (the sentence before is theirs); "according to
the KHA notification" (the body's); "said a spokesperson for the council" and "The union for ...
says"; a clause set off by dashes before the verb and a time between the verb and what was said;
the reporting verbs of the class of "disclosed" and "declared"; a company named by the vehicles it
hires out; a brand of a letter and a word; a title-case wire dateline whose dash the paste lost."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.articles import sentences
from generator.authoring.drafting import draft, read_article
from generator.authoring.extraction import Said, find_attributions
from generator.authoring.figures import find_numbers
from generator.authoring.kinds import kind_of
from generator.format.numbers import number_in_text


def _values(sentence: str) -> list[float]:
    return [figure.value for figure in find_numbers(sentence)]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("The fare from Orla to Tarn was raised by P18, and by P46 for buses.", [18, 46]),
        ("The toll rose by R12 a trip after the Kessel bridge was widened.", [12]),
        ("The council will spend N450 million on the new market.", [450_000_000]),
        ("The board needs to recoup the K3.7-billion cost of the new line.", [3_700_000_000]),
    ],
    ids=["peso-letter", "rand-letter", "naira-letter-scale", "hyphenated-scale"],
)
def test_a_capital_letter_glued_to_a_figure_is_money_where_the_sentence_speaks_of_money(
    sentence: str, values: list[float]
) -> None:
    assert _values(sentence) == values


@pytest.mark.parametrize(
    "sentence",
    [
        "Nurses at Orla General were given N95 masks last week.",
        "The K220 costs more to run than the old model.",
        "Ana Ruiz paid $40 for a P18 ticket to Tarn.",  # another currency named: the letter is a code
    ],
    ids=["mask-code", "model-code", "other-currency"],
)
def test_a_code_glued_to_its_letter_is_no_money(sentence: str) -> None:
    assert 95 not in _values(sentence)
    assert 220 not in _values(sentence)
    assert 18 not in _values(sentence)


def test_a_scale_after_a_hyphen_is_the_figures() -> None:
    assert _values("Kessel Rail signed a $2.5-billion deal for new trains.") == [2_500_000_000]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We will build it,” chief executive Ana Ma. Ruiz said at the launch.",
        "Wm. Tate opened the new depot on Monday.",
        "The road from Sta. Orla to Pto. Tarn was closed for a week.",
        "The ferry stops at Sto. Kessel and Mt. Orla in summer.",
    ],
    ids=["ma", "wm", "sta-pto", "sto-mt"],
)
def test_a_shortened_word_inside_a_name_ends_no_sentence(paragraph: str) -> None:
    assert sentences(paragraph) == [paragraph]


def test_a_name_with_a_shortened_given_name_speaks(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "“It is not enough,” Orla Bank President and Chief Executive Officer Ana Ma. Ruiz said in an "
        "interview.\n\n“We will keep building,” Ruiz added.",
    )
    names = kinds(result)
    assert names.get("Ana Ma. Ruiz") == "person", names
    assert claimants(result, "It is not enough") == ["Ana Ma. Ruiz"]
    assert claimants(result, "keep building") == ["Ana Ma. Ruiz"]


@pytest.mark.parametrize(
    ("name", "before", "after", "kind"),
    [
        ("Sta. Orla", "the road from Orla to ", ", Kessel", "place"),
        ("Mt. Orla", "climbers on ", " were rescued", "place"),
        ("K-Power", "all companies, including ", ".", "organisation"),
        ("T-Orla", "customers of ", " said", "organisation"),
        ("Orla Taxi", "the operators are ", ", Kessel Cabs", "organisation"),
        ("Kessel Cabs", "Orla Taxi, ", " and Tarn Coaches", "organisation"),
    ],
    ids=["sta-place", "mt-place", "letter-brand", "letter-brand-2", "taxi", "cabs"],
)
def test_kinds_of_shortened_places_brands_and_hire_companies(
    name: str, before: str, after: str, kind: str
) -> None:
    assert kind_of(name, before, after) == kind


def test_a_preposition_in_ing_opens_no_name(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Following KesselTrans's decision to raise fares, all other operators in Orla will do so.",
    )
    assert not [name for name in kinds(result) if name.startswith("Following")], kinds(result)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The fire chief further explained that the blaze started in a shed.", "the fire chief"),
        ("Ana Ruiz also disclosed that two crews were sent.", "Ana Ruiz"),
        ("The mayor later noted that the road would reopen.", "the mayor"),
    ],
    ids=["further", "also", "later"],
)
def test_an_adverb_before_the_verb_is_no_word_of_the_speaker(sentence: str, speaker: str) -> None:
    assert [said.speaker for said in find_attributions(sentence)] == [speaker]


_FIRE = (
    "The Kessel Fire Service saved 12 sheds at the Orla docks from a fire that destroyed four.\n\n"
    "Mrs Ada Obi, the Acting Controller, Kessel Fire Service, made this known when briefing "
    "journalists at the docks.\n\n"
    "Obi said the service received an alert on Sunday from the depot area, Orla Quay, Tarn in Kessel "
    "North that some sheds were in flames.\n\n"
    "The fire boss further explained that the fire had spread to four sheds in a row.\n\n"
    "She disclosed that the operations lasted all night."
)


def test_made_this_known_and_the_boss_who_goes_on(tmp_path: Path) -> None:
    result = drafted(tmp_path, _FIRE)
    assert claimants(result, "saved 12 sheds") == ["Ada Obi"]
    assert claimants(result, "received an alert") == ["Ada Obi"]
    assert claimants(result, "spread to four sheds") == ["Ada Obi"]
    assert claimants(result, "lasted all night") == ["Ada Obi"]
    assert "fire boss" not in {name.lower() for name in kinds(result)}
    alert = next(c["statement"] for c in result.claims if "received an alert" in c["statement"])
    assert "Orla Quay, Tarn in Kessel North that some sheds were in flames" in alert


@pytest.mark.parametrize(
    "line",
    [
        "Bo Lund disclosed this to reporters on Monday.",
        "Bo Lund, the harbour master, Kessel Port, made this known at a briefing.",
        "Bo Lund made the disclosure in Tarn.",
    ],
    ids=["disclosed-this", "made-this-known", "made-the-disclosure"],
)
def test_the_sentence_before_is_what_they_made_known(tmp_path: Path, line: str) -> None:
    result = drafted(
        tmp_path, f"The ferries between Kessel and Orla will stop running in May for lack of crews.\n\n{line}"
    )
    assert claimants(result, "will stop running in May") == ["Bo Lund"]


def test_this_week_is_a_time_not_what_was_said() -> None:
    said = find_attributions("Ana Ruiz said this week that the fares would rise.")
    assert [s.said for s in said] == ["the fares would rise"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "According to the KHA notification, the fee rose to $12.",
            Said("KHA", "the fee rose to $12"),
        ),
        (
            "According to the Kessel Port circular, ships must slow down.",
            Said("the Kessel Port", "ships must slow down"),
        ),
        (
            "“Fares will rise in May,” said a spokesperson for the council.",
            Said("the council", "Fares will rise in May"),
        ),
        (
            "“The ferry will run,” a spokesman for the harbour board said.",
            Said("the harbour board", "The ferry will run"),
        ),
        (
            "The union for hospital porters says they want to move on after the vote.",
            Said("the union", "they want to move on after the vote"),
        ),
        (
            "Orla Buses - which runs most routes in Kessel - announced earlier this month it would "
            "cut fares.",
            Said("Orla Buses", "it would cut fares"),
        ),
        ("Tarn Rail announced last week that it would add trains.", Said("Tarn Rail", "it would add trains")),
        ("Ana Ruiz lamented that the ferries had stopped.", Said("Ana Ruiz", "the ferries had stopped")),
        ("The board declared that the port was safe.", Said("the board", "the port was safe")),
        ("Bo Lund maintained that the vote was fair.", Said("Bo Lund", "the vote was fair")),
        ("“The port is safe,” declared harbour master Ana Ruiz.", Said("Ana Ruiz", "The port is safe")),
        ("Ana Ruiz reiterated that the port would reopen.", Said("Ana Ruiz", "the port would reopen")),
    ],
    ids=[
        "notification",
        "circular",
        "said-a-spokesperson-for",
        "a-spokesman-for-said",
        "union-for",
        "dashes",
        "last-week-that",
        "lamented-that",
        "declared-that",
        "maintained-that",
        "declared-inverted",
        "reiterated",
    ],
)
def test_reporting_forms(sentence: str, expected: Said) -> None:
    assert list(find_attributions(sentence))[:1] == [expected]


def test_a_reporting_verb_of_the_class_does_nothing_else_without_that() -> None:
    assert list(find_attributions("The mayor declared an emergency on Monday.")) == []
    assert list(find_attributions("Ana Ruiz recalled the old ferry in her speech.")) == []


def test_a_notification_and_an_acronym_of_a_drafted_body(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The Kessel Harbour Authority or KHA moved to raise the berth fee by $2, a notice said.\n\n"
        "According to the KHA notification, the fee rose from $10 to $12 a day.",
    )
    assert claimants(result, "the fee rose from") == ["Kessel Harbour Authority"]
    assert "KHA" not in kinds(result)


def test_the_union_named_after(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The union for hospital porters says they want to move on after accepting the offer.\n\n"
        "The Kessel Porters' Association said 70 per cent of its members had voted for it.",
    )
    assert claimants(result, "want to move on") == ["Kessel Porters' Association"]


def test_hire_companies_said_and_listed(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The operators are Orlacab, Prime Taxi, Kessel Cabs and Tarn Taxi.\n\n"
        "“Fares will rise,” said a spokesperson for the council.",
    )
    names = kinds(result)
    for company in ("Prime Taxi", "Kessel Cabs", "Tarn Taxi"):
        assert names.get(company) == "organisation", names


def test_a_title_case_dateline_with_its_dash_lost(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "Port Orla, March 2 Norland has seen a rise in flu cases over the past week, the Health "
        "Ministry said.\n\nThe number is up from 310 the week before, it said.\n",
        encoding="utf-8",
    )
    result = draft(read_article(path), "report", "report.txt", dt.date(2099, 1, 1))
    names = kinds(result)
    assert names.get("Port Orla") == "place", names
    assert result.meta["title"].startswith("Norland has seen"), result.meta["title"]


def test_the_validator_reads_a_letter_currency_and_a_hyphenated_scale() -> None:
    assert number_in_text(18, "the fare was raised by P18", "fare pesos")
    assert not number_in_text(18, "the new P18 model", "models")  # a model's code, no money
    assert number_in_text(3_700_000_000, "to recoup the P3.7-billion cost", "cost pesos")
    assert number_in_text(2_500_000_000, "a $2.5-billion deal", "deal")
