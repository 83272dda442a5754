"""Forms the first run of held-out round 48 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: crores glued to a
figure ("Rs 90cr"), metres with decimals before a dimension ("4.5m wide"), East African currencies by
their letters ("Frw 500"); a low quote typeset for a comma; "and" inside a body's long name after an
adjective or between duty words; kinds by what stands around a name (a brand by its price, park
bodies by their rangers, a border's point, a state's authorities, a long Arabic name, a kin word and
a comma, a trade after a speaker, a unit a state body owns); an outlet's one-word byline; a speaker
opening a clause of time; people no name is given for, who complain or speak to an outlet; what is to
come soon, a forecast; a time zone after a clock time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.claims import unnamed_people
from generator.authoring.drafting import draft, read_article
from generator.authoring.extraction import Said, find_attributions
from generator.authoring.figures import find_numbers
from generator.authoring.kinds import kind_of
from generator.authoring.stances import suggest_status
from generator.format.numbers import number_in_text


def _values(sentence: str) -> list[float]:
    return [figure.value for figure in find_numbers(sentence)]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("The Rs 90cr bypass around Kessel is a year late.", [90]),
        ("Each lane of the new Orla bridge is 4.5m wide and the deck 30m long.", [4.5, 30]),
        ("A ride across Tarn costs Frw 500, or Rwf1,200 at night, the operator says.", [500, 1200]),
        ("A day's permit costs USh 20,000 at the Kessel gate.", [20000]),
    ],
    ids=["crore-glued", "metres-decimal", "franc-letters", "shilling-letters"],
)
def test_glued_crores_decimal_metres_and_currency_letters(sentence: str, values: list[float]) -> None:
    assert _values(sentence) == values


def test_decimals_glued_to_m_are_millions_but_before_a_dimension() -> None:
    assert 4.5 not in _values("About 4.5m people live in Orla province.")


def test_the_validator_reads_glued_crores_and_currency_letters() -> None:
    assert number_in_text(90, "The Rs 90cr bypass is late.")
    assert number_in_text(1200, "It costs Rwf1,200 at night.")


def test_a_low_quote_typeset_for_a_comma_is_a_comma(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text(
        "A raid at Orla\n\nThe task team‚ she said‚ includes the Kessel Port Authority‚ the Tarn "
        "Coast Guard‚ and officers of the Orla Fire Service.\n",
        encoding="utf-8",
    )
    article = read_article(text)
    assert "‚" not in " ".join(article.paragraphs)
    assert "Authority, the Tarn" in " ".join(article.paragraphs)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The Kessel Technical and Vocational Training Authority said on Monday it would close.",
            "Kessel Technical and Vocational Training Authority",
        ),
        (
            "The Orla National Operational and Response Structure said the raids had ended.",
            "Orla National Operational and Response Structure",
        ),
        ("Officers of Customs and Excise seized the cargo at Tarn port.", "Customs and Excise"),
    ],
    ids=["adjective-unit", "adjective-structure", "duties"],
)
def test_and_inside_a_bodys_long_name(tmp_path: Path, body: str, name: str) -> None:
    names = kinds(drafted(tmp_path, body))
    assert name in names, names


def test_and_between_two_bodies_still_parts_them(tmp_path: Path) -> None:
    names = kinds(drafted(tmp_path, "The Kessel Health Board and Orla Transport Unit met on Monday."))
    assert "Kessel Health Board" in names and "Orla Transport Unit" in names, names


@pytest.mark.parametrize(
    ("name", "before", "after", "kind"),
    [
        ("Orla", "a two-kilo bag of ", " brand costs more", "organisation"),
        ("Tarnmill", "Orla brand costs Sh90, ", " at Sh92 and Vell is going for Sh95", "organisation"),
        ("Kesselwild", "officers of the police, ", " and TARNParks game rangers", "government-body"),
        ("TARNParks", "a deal signed with ", " last year", "organisation"),
        ("Orlan Authorities", "in consultation with ", ".", "government-body"),
        ("Al Tarnia", "trucks queued on the ", " border for days", "place"),
        ("Omar Bassam Al Karimi Al Tarni", "“We are working on it,” said ", ", the deputy", "person"),
        ("Selma", "wept as she looked for her missing daughter, ", ".", "person"),
        ("Tarek", "“The road was shut,” said ", ", an Orlan bus driver.", "person"),
        ("Joint Planning and Response Structure", "the Orla Police Service's ", " said", "government-body"),
    ],
    ids=[
        "brand-word",
        "brand-price",
        "rangers",
        "acronym-word",
        "authorities",
        "border",
        "arabic-name",
        "kin-comma",
        "trade-after-speaker",
        "state-unit",
    ],
)
def test_kinds_by_what_stands_around_a_name(name: str, before: str, after: str, kind: str) -> None:
    assert kind_of(name, before, after) == kind


def test_a_town_priced_after_in_stays_a_place() -> None:
    assert kind_of("Orla", "rooms in ", " at $50 a night") == "place"


def test_an_outlets_one_word_byline_is_the_outlet(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text(
        "Ferry halted at Orla\n\nBy Kesselive\n\nThe Orla ferry was halted on Monday after a storm, "
        "the Tarn Port Authority said. It will sail again on Friday, the authority said.\n",
        encoding="utf-8",
    )
    result = draft(read_article(text), "a", "a.txt", dt.date(2026, 1, 1))
    assert kinds(result).get("Kesselive") == "media-outlet", kinds(result)


def test_a_speaker_opening_a_clause_of_time() -> None:
    found = list(
        find_attributions(
            "Riders were stranded on Monday after the operator announced that engineers were fixing the line."
        )
    )
    assert found == [Said("the operator", "engineers were fixing the line")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Many attested to being stranded for hours as the Orla buses stood idle.",
        "Shops and market stalls in town complained about a lack of buyers since morning.",
    ],
    ids=["attested", "complained"],
)
def test_people_no_name_is_given_for_who_complain(sentence: str) -> None:
    assert list(find_attributions(sentence)) == [Said("", sentence.rstrip("."))]


def test_a_named_speaker_who_complains_is_left_to_the_rules_before() -> None:
    assert not [s for s in find_attributions("He complained about the fares.") if s.speaker == ""]


@pytest.mark.parametrize(
    ("speaker", "sentence", "unnamed"),
    [
        ("truck drivers", "The queue is 9 km long, truck drivers told the Orla Courier.", True),
        ("Orlan official", "But a senior Orlan official told the Courier it would end.", True),
        ("the local bakers", "the local bakers have warned prices will rise", True),
        ("the officer", "Many swam ashore, said the officer.", False),
        ("Ana Ruiz", "Ana Ruiz told the Courier it would end.", False),
    ],
    ids=["drivers", "one-official", "local-trade", "the-officer", "named"],
)
def test_people_described_by_their_trade_name_no_one(speaker: str, sentence: str, unnamed: bool) -> None:
    assert unnamed_people(speaker, sentence) is unnamed


def test_unnamed_drivers_who_speak_to_an_outlet_are_no_ones(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Kessel: The queue at the Orla crossing has grown to 9 km this week, truck drivers told the "
        "Tarn Courier yesterday.",
    )
    assert claimants(result, "The queue at the Orla crossing") == [None]


@pytest.mark.parametrize(
    "said",
    ["the fault would be fixed very soon", "the queue may extend up to 9 km by night"],
    ids=["soon", "extend"],
)
def test_what_is_to_come_soon_is_a_forecast(said: str) -> None:
    suggested = suggest_status(Said("Ana Ruiz", said), f"Ana Ruiz said {said}.")
    assert suggested is not None and suggested.status.value == "forecast"


def test_a_time_zone_after_a_clock_time_is_no_body(tmp_path: Path) -> None:
    result = drafted(tmp_path, "The Orla line was still down by 2pm EAT, the Kessel Rail Board said.")
    assert "EAT" not in kinds(result), kinds(result)


@pytest.mark.parametrize(
    "sentence",
    [
        "A state official said on Thursday, “We will not finish it before November.”",
        "The Orla mayor said yesterday morning, “We will not finish it before November.”",
    ],
    ids=["on-a-day", "yesterday"],
)
def test_a_day_between_the_verb_and_a_quote_is_no_part_of_the_quote(sentence: str) -> None:
    said = [found.said for found in find_attributions(sentence)]
    assert said == ["“We will not finish it before November.”"]


def test_a_team_with_a_number_in_its_name_made_of_state_bodies(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The Falcon 7 Team, she said, comprises various government departments, including the Orla "
        "Port Authority.",
    )
    assert kinds(result).get("Falcon 7 Team") == "government-body", kinds(result)


def test_a_number_alone_after_a_name_makes_no_team(tmp_path: Path) -> None:
    names = kinds(drafted(tmp_path, "Kessel Rovers beat Orla 3 on Saturday, the Tarn League said."))
    assert not [name for name in names if name[0].isalpha() and any(c.isdigit() for c in name)], names
