"""Forms the first run of held-out round 40 showed misread, written as invented sentences from
several topics (none from the benchmark's articles): prices in East Africa's "Sh" ("Sh41", "Sh 40"),
glued or set off, and such a price before "reported" (no speaker); a scale and a unit after a slash
("3.2m/tonnes"); a small word glued to the figure after it ("and12 per cent"); a bracketed acronym
that keeps a small word's letter in lower case ("Office for Rail Safety (OfRS)"); "said Friday night"
(when it was said, nothing more); "reminded X that ..." (what the ones reminded were told); a date
with no comma before its year ("June 2 2021") and a year after "until"; a body's stated reason ("has
linked the rise to ..."); "hailed the ..." (an opinion); an outlet's head line with its city in
brackets ("Harbour FM (Lakeside)"); a craft or a rock in space named before its noun ("the Vela
probe", "the Orla asteroid") and a comet named after its finder ("Kell's Comet"); a mountain pass;
a page's promotion in title case ("Things You Should Ask"); "It's a huge relief" and "went really well"
opinions, "is not advised" a call, "looks set to" a forecast; the
evidence check reads such glued figures too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.drafting import read_article
from generator.authoring.extraction import Said, find_attributions, find_dates
from generator.authoring.figures import find_numbers
from generator.authoring.names import find_names
from generator.authoring.stances import suggest_status
from generator.format.model import ClaimStatus
from generator.format.numbers import number_in_text


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Maize sold at Sh41 a kilo, down from Sh 44 and Sh47 last month.", [41, 44, 47]),
        ("The county will spend Sh 2 billion on new roads.", [2_000_000_000]),
    ],
)
def test_prices_in_shillings_written_sh(sentence: str, values: list[float]) -> None:
    found = [f for f in find_numbers(sentence) if "shillings" in f.counts]
    assert [f.value for f in found] == values


def test_a_price_before_reported_is_no_speaker() -> None:
    sentence = "Coffee fetched Sh310 a kilo, up from Sh298 reported a week earlier."
    assert [s.speaker for s in find_attributions(sentence)] == []


@pytest.mark.parametrize(
    ("sentence", "value", "counts"),
    [
        ("The mills ground 4,100 bags (3.2m/tonnes) of wheat.", 3_200_000, "tonnes"),
        ("The depot held 6.5m/kg of rice at the close.", 6_500_000, "kilograms"),
    ],
)
def test_a_scale_then_a_unit_after_a_slash(sentence: str, value: float, counts: str) -> None:
    assert (value, counts) in [(f.value, f.counts) for f in find_numbers(sentence)]


def test_a_slash_after_metres_stays_a_speed() -> None:
    assert [f.value for f in find_numbers("Winds of 5m/s were recorded at the pier.")] == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Of the lambs born, 310 survived and12.5 per cent were lost.", 12.5),
        ("The ferry carried 90 cars and of40 trucks booked, 12 sailed.", 40),
    ],
)
def test_a_small_word_glued_to_the_figure_after_it(sentence: str, value: float) -> None:
    assert value in [f.value for f in find_numbers(sentence)]


@pytest.mark.parametrize("sentence", ["The G20 met in spring.", "A Kessel K220 tractor broke down."])
def test_a_code_glued_to_its_letters_is_still_no_figure(sentence: str) -> None:
    assert [f.value for f in find_numbers(sentence)] == []


@pytest.mark.parametrize(
    ("sentence", "name", "acronym"),
    [
        ("The Office for Rail Safety (OfRS) closed the line on Monday.", "Office for Rail Safety", "OfRS"),
        ("A study by the Department for Fisheries (DfF) found fewer cod.", "Department for Fisheries", "DfF"),
    ],
)
def test_a_mixed_case_acronym_in_brackets_is_the_names_alias(sentence: str, name: str, acronym: str) -> None:
    found = {n.name: n.aliases for n in find_names([sentence])}
    assert found[name] == [acronym]


@pytest.mark.parametrize("when", ["Friday night", "Tuesday morning", "Sunday evening"])
def test_a_weekday_and_a_part_of_the_day_after_said(when: str) -> None:
    sentence = f"The last ferry left port an hour early, the harbour board said {when}."
    assert [s.said for s in find_attributions(sentence)] == ["The last ferry left port an hour early"]


def test_reminded_them_that(tmp_path: Path) -> None:
    result = drafted(
        tmp_path, "The Orwell Water Board reminded residents that hosepipes are banned until May."
    )
    assert claimants(result, "hosepipes are banned") == ["Orwell Water Board"]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The toll will stay until June 2 2026 before it is reviewed.", "2026-06-02"),
        ("Grants for orchards will run until 2027.", "2027"),
    ],
)
def test_a_date_without_a_comma_before_its_year_and_until_a_year(sentence: str, date: str) -> None:
    assert date in [found[0] for found in find_dates(sentence, dt.date(2024, 3, 1))]


def test_a_year_after_a_day_before_a_noun_is_a_count() -> None:
    found = [d[0] for d in find_dates("On May 5 2000 people marched.", dt.date(2024, 3, 1))]
    assert "2000-05-05" not in found


@pytest.mark.parametrize(
    ("body", "phrase", "who"),
    [
        (
            "The Kessel Port Authority has linked the higher dues to the cost of dredging.",
            "higher dues",
            "Kessel Port Authority",
        ),
        ("The Norland Rail Company attributed the delays to the heat.", "delays", "Norland Rail Company"),
    ],
)
def test_a_bodys_stated_reason(tmp_path: Path, body: str, phrase: str, who: str) -> None:
    assert claimants(drafted(tmp_path, body), phrase) == [who]


def test_hailed_the_is_an_opinion(tmp_path: Path) -> None:
    result = drafted(tmp_path, 'Mayor Ana Ruiz hailed the "tireless work" of the lifeguards this summer.')
    claim = next(c for c in result.claims if "tireless work" in c["statement"])
    assert claim.get("status") == "opinion"
    assert claimants(result, "tireless work") == ["Ana Ruiz"]


def test_an_outlet_with_its_city_in_brackets_on_a_head_line(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(
        "Bread prices rise again\n\n4 March 2021\nHarbour FM (Lakeside)\nBy Ana Ruiz\n\n"
        "Lakeside — Bakers raised the price of a loaf for the second month.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert (article.publisher, article.authors) == ("Harbour FM", ["Ana Ruiz"])


def test_craft_and_rocks_in_space(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The Vela space probe flew past the Orla asteroid on Friday. Years ago the Norland "
        "agency's Tern probe swept by Kell's Comet.",
    )
    found = kinds(result)
    assert (
        found["Vela"],
        found["Orla"],
        found["Tern"],
        found["Kell’s Comet" if "Kell’s Comet" in found else "Kell's Comet"],
    ) == (
        "object",
        "object",
        "object",
        "object",
    )


def test_a_mountain_pass_is_a_place() -> None:
    sentence = "The road was closed east of Brenna Pass after the snow."
    assert {n.name: n.kind for n in find_names([sentence])}["Brenna Pass"] == "place"


def test_a_promotion_in_title_case_is_no_name(tmp_path: Path) -> None:
    result = drafted(tmp_path, "Listen to our podcast to find out Things You Should Ask about the vote.")
    assert not [a for a in result.actors if "Ask" in a["name"]]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Harbour Board probe into the crash ended.", "Harbour Board"),
        ("The Federal Bureau of Audits is leading the probe into the fire.", "Federal Bureau of Audits"),
    ],
)
def test_a_bodys_probe_is_an_inquiry_not_a_craft(sentence: str, name: str) -> None:
    assert {n.name: n.kind for n in find_names([sentence])}[name] == "government-body"


@pytest.mark.parametrize(
    ("said", "status"),
    [
        ("It’s a huge relief for the crews", ClaimStatus.OPINION),
        ("The harvest went really well this year", ClaimStatus.OPINION),
        ("Fires on the beach are not recommended", ClaimStatus.CALL),
        ("Residents are strongly advised to boil their water", ClaimStatus.CALL),
    ],
)
def test_relief_how_it_went_and_advice_no_one_is_named_for(said: str, status: ClaimStatus) -> None:
    suggested = suggest_status(Said("Ana Ruiz", said), f"{said}, Ana Ruiz said.")
    assert suggested is not None and suggested.status == status


def test_what_a_body_recommends_for_a_plan_is_no_advice() -> None:
    said = "The plan is recommended by the board"
    assert suggest_status(Said("Ana Ruiz", said), f"{said}, Ana Ruiz said.") is None


@pytest.mark.parametrize(
    "said", ["Wheat looks set to gain from the rains", "The port seems poised to reopen"]
)
def test_looks_set_to_is_a_forecast(said: str) -> None:
    suggested = suggest_status(Said("Ana Ruiz", said), f"{said}, Ana Ruiz said.")
    assert suggested is not None and suggested.status == ClaimStatus.FORECAST


@pytest.mark.parametrize(
    ("value", "text"),
    [(41, "maize sold at Sh41 a kilo"), (12.5, "310 survived and12.5 per cent were lost")],
)
def test_the_evidence_check_reads_a_figure_glued_to_a_code_or_a_small_word(value: float, text: str) -> None:
    assert number_in_text(value, text)


@pytest.mark.parametrize(("value", "text"), [(12, "the band12 played"), (20, "the G20 met")])
def test_the_evidence_check_still_cuts_a_figure_glued_to_other_letters(value: float, text: str) -> None:
    assert not number_in_text(value, text)
