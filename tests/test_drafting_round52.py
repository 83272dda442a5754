"""Forms the first run of held-out round 52 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a share or a price
whose space the pasting lost ("12per cent", "(euro4.20)"); "and" inside a hospital's or a ministry's
name; a clause of "who stated this" before the speaker's own verb, "the KPA boss", "According to
him"; an outlet that "quotes X as saying"; a dateline with its country in square brackets; railway
operators, legislators' posts and seats, a governor's region, "community organisation X", "the State
government"; and statuses: reported "would", hopes, expectations, "calling X illegal", "later this
year", "are going to"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.drafting import draft, read_article
from generator.authoring.extraction import Said, find_attributions
from generator.authoring.figures import find_numbers
from generator.authoring.stances import suggest_status
from generator.format.numbers import number_in_text


def _values(sentence: str) -> list[float]:
    return [figure.value for figure in find_numbers(sentence)]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Of the 2,400 votes cast, 61per cent went to the mayor.", [2400, 61]),
        ("Bus fares rose 12percent in a year.", [12]),
        ("A ferry ticket costs 18 kroner (euro2.40) in summer.", [18, 2.4]),
        ("Members pay 90 zloty (euro21.10; $22.80) a year.", [90, 21.1, 22.8]),
    ],
    ids=["per-cent-glued", "percent-glued", "euro-glued", "euro-and-dollars"],
)
def test_a_share_or_a_price_glued_to_its_word(sentence: str, values: list[float]) -> None:
    assert _values(sentence) == values


def test_the_euro_named_apart_is_no_price() -> None:
    assert _values("Traders sold the euro 10 days in a row.") == [10]
    assert _values("The Euro 2028 final is in Orla.") == []


def test_the_validator_reads_glued_shares_and_euros(tmp_path: Path) -> None:
    assert number_in_text(61, "Of the votes, 61per cent went to the mayor.")
    assert number_in_text(2.4, "A ticket costs 18 kroner (euro2.40).")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Ana Ruiz opened the Kessel Maternal and Child Hospital on Monday. She said the wards were full.",
            "Kessel Maternal and Child Hospital",
        ),
        (
            "The Orla Medical and Dental College admitted its first students. Its dean said it was a start.",
            "Orla Medical and Dental College",
        ),
        (
            "The Ministry of Labour and Family Services said the fund was open to all.",
            "Ministry of Labour and Family Services",
        ),
        (
            "Bo Lund praised the Department of Housing and Social Services for its work.",
            "Department of Housing and Social Services",
        ),
    ],
    ids=["hospital", "college", "ministry", "department"],
)
def test_and_inside_a_hospitals_or_a_ministrys_name(tmp_path: Path, body: str, name: str) -> None:
    result = drafted(tmp_path, body)
    assert name in kinds(result)
    halves = name.split(" and ")
    assert not any(half in kinds(result) for half in halves)


def test_a_service_of_its_own_after_a_ministry_stays_apart(tmp_path: Path) -> None:
    result = drafted(tmp_path, "The Ministry of Health and Kessel Police Service met on Monday.")
    assert "Ministry of Health and Kessel Police Service" not in kinds(result)


_QUAY = (
    "The Kessel Ports Authority (KPA) says the new quay at Orla will handle about 2 million tonnes a year.\n\n"
    "Its Managing Director, Mr Bo Lund, who stated this on Friday in Orla, noted that the quay would "
    "be opened on Monday to ease congestion at the port.\n\n"
    "The KPA boss disclosed that the old quay handled 900,000 tonnes a year, but that once the new "
    "quay opens, it would handle twice that.\n\n"
    "According to him, the opening of the quay would bring more ships to the port."
)


def test_who_stated_this_then_noted_that(tmp_path: Path) -> None:
    """A clause of "who" saying the sentence before is theirs, then a verb of saying of their own:
    both are drafted."""
    result = drafted(tmp_path, _QUAY)
    assert claimants(result, "the quay would be opened on Monday") == ["Bo Lund"]


def test_the_bodys_boss_is_its_head_named_with_the_post_before(tmp_path: Path) -> None:
    result = drafted(tmp_path, _QUAY)
    assert claimants(result, "the old quay handled 900,000 tonnes") == ["Bo Lund"]


def test_according_to_him_is_the_one_who_spoke(tmp_path: Path) -> None:
    result = drafted(tmp_path, _QUAY)
    assert claimants(result, "the opening of the quay would bring") == ["Bo Lund"]
    body = "Ana Ruiz, the head of the guild, said prices rose. According to her, bread costs more."
    assert claimants(drafted(tmp_path, body), "bread costs more") == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("sentence", "speaker", "said", "via"),
    [
        (
            "Kessel Radio quotes police chief Bo Lund as saying the road is closed.",
            "police chief Bo Lund",
            "the road is closed",
            "Kessel Radio",
        ),
        (
            "The Orla Times quoted the mayor as saying that the bridge would reopen.",
            "the mayor",
            "the bridge would reopen",
            "Orla Times",
        ),
        (
            "Tarn news agency quotes a port official as calling the fee unfair and saying it would go.",
            "a port official",
            "calling the fee unfair and saying it would go",
            "Tarn",
        ),
    ],
    ids=["radio-saying", "paper-saying-that", "agency-calling"],
)
def test_an_outlet_quotes_someone_as_saying(sentence: str, speaker: str, said: str, via: str) -> None:
    assert list(find_attributions(sentence)) == [Said(speaker, said, via)]


def test_the_agency_quoting_is_an_outlet_and_the_one_quoted_speaks(tmp_path: Path) -> None:
    body = (
        "Bo Lund runs the Orla dairy. Kesselpress news agency quotes plant manager Ana Ruiz as "
        "calling the walkout illegal and saying the firm has gone to court."
    )
    result = drafted(tmp_path, body)
    assert kinds(result)["Kesselpress"] == "media-outlet"
    assert claimants(result, "the firm has gone to court") == ["Ana Ruiz"]


def test_a_railway_operator_in_the_plural_is_an_organisation(tmp_path: Path) -> None:
    body = "Lund met North Coast Railways General Manager Tom Berg. The Kessel Railway runs past the farm."
    found = kinds(drafted(tmp_path, body))
    assert found["North Coast Railways"] == "organisation"
    assert found["Kessel Railway"] == "place"


@pytest.mark.parametrize("post", ["MLA", "MSP", "MPP"])
def test_a_legislators_post_before_a_name(tmp_path: Path, post: str) -> None:
    body = f"{post} Ana Ruiz and {post} J P Okoro were present at the fair."
    found = kinds(drafted(tmp_path, body))
    assert found["Ana Ruiz"] == "person"
    assert found["J P Okoro"] == "person"


def test_a_legislators_seat_between_the_post_and_the_name(tmp_path: Path) -> None:
    body = "MLA Tarnby Ana Ruiz, in her address, gave credit for the growth of Tarnby to the mayor."
    found = kinds(drafted(tmp_path, body))
    assert found["Ana Ruiz"] == "person"
    assert found["Tarnby"] == "place"


def _wire_report(tmp_path: Path, dateline: str) -> Path:
    path = tmp_path / "wire.txt"
    path.write_text(
        f'{dateline} Minister Bo Lund on Friday said that the new dam is nearly done.\n\n"The dam will '
        'open this year," Lund told KNA.\n',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("dateline", ["[Orlavia] May 3(KNA):", "Tarnby [Orlavia], May 3 (KNA):"])
def test_a_dateline_with_its_country_in_square_brackets(tmp_path: Path, dateline: str) -> None:
    result = draft(read_article(_wire_report(tmp_path, dateline)), "wire", "wire.txt", dt.date(2099, 1, 1))
    assert kinds(result)["KNA"] == "media-outlet"
    assert kinds(result)["Orlavia"] == "place"
    assert "may" not in result.source["id"] and "kna" not in result.source["id"]
    assert claimants(result, "The dam will open this year") == ["Bo Lund"]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Tarn Governor Li Wen praised the builders of the dam.", "Tarn"),
        ("Orla Mayor Bo Lund cut the ribbon on the new pier.", "Orla"),
    ],
    ids=["governor", "mayor"],
)
def test_one_word_before_a_governor_or_a_mayor_is_their_place(tmp_path: Path, body: str, place: str) -> None:
    assert kinds(drafted(tmp_path, body))[place] == "place"


def test_a_name_after_the_noun_organisation_is_one(tmp_path: Path) -> None:
    body = (
        "Volunteers will team up with community organisation Kiwanis in the Orla Valley to clean the beach."
    )
    assert kinds(drafted(tmp_path, body))["Kiwanis"] == "organisation"


def test_a_level_of_government_capitalised_is_no_name(tmp_path: Path) -> None:
    body = "Bo Lund said the State government has not paid its share of the Tarn canal."
    assert "State government" not in kinds(drafted(tmp_path, body))


@pytest.mark.parametrize(
    ("sentence", "said", "forecast"),
    [
        (
            "Bo Lund noted that the pier would be opened on Monday.",
            "the pier would be opened on Monday",
            True,
        ),
        (
            "Ana Ruiz said visitors would begin to enjoy shorter queues.",
            "visitors would begin to enjoy shorter queues",
            True,
        ),
        ("Bo Lund said they would write to the growers.", "they would write to the growers", False),
        ("Ana Ruiz said there would be no more fairs.", "there would be no more fairs", False),
        ('Bo Lund said the change would be "a disaster".', 'the change would be "a disaster"', False),
    ],
    ids=["passive-would", "would-begin", "they-plan", "there-decided", "quoted-judgement"],
)
def test_what_someone_said_would_happen_is_a_forecast(sentence: str, said: str, forecast: bool) -> None:
    speaker = " ".join(sentence.split()[:2])
    suggested = suggest_status(Said(speaker, said), sentence)
    assert (suggested is not None and suggested.status.value == "forecast") == forecast


@pytest.mark.parametrize(
    ("said", "status"),
    [
        ("It is my sincere hope that the faults at the depot will be fixed soon", "call"),
        ("It is our wish that the fair can go ahead", "call"),
        ("We expect that the county will pay its share this year", "forecast"),
        ("calling the walkout illegal and saying the firm has gone to court", "opinion"),
        ("describing the new fees as a burden on growers", "opinion"),
    ],
    ids=["sincere-hope", "our-wish", "we-expect-that", "calling-illegal", "describing-as"],
)
def test_a_hope_an_expectation_or_a_judgement_opening_what_is_said(said: str, status: str) -> None:
    sentence = f"Bo Lund said: {said}."
    suggested = suggest_status(Said("Bo Lund", said), sentence)
    assert suggested is not None and suggested.status.value == status


def test_calling_a_meeting_is_no_judgement() -> None:
    said = "calling a meeting of the growers for Friday"
    suggested = suggest_status(Said("Bo Lund", said), f"Bo Lund said: {said}.")
    assert suggested is None or suggested.status.value != "opinion"


@pytest.mark.parametrize(
    ("said", "forecast"),
    [
        ("Five more ferries will be launched later this year", True),
        ("the new wing would be finished by next spring", True),
        ("the ferries were launched last year", False),
    ],
    ids=["later-this-year", "by-next-spring", "past"],
)
def test_what_will_be_done_later_this_year(said: str, forecast: bool) -> None:
    suggested = suggest_status(Said("Bo Lund", said), f"{said}, Bo Lund said.")
    assert (suggested is not None and suggested.status.value == "forecast") == forecast


def test_what_things_are_going_to_do_is_a_forecast() -> None:
    said = "most of the stalls are going to remain in the old hall"
    suggested = suggest_status(Said("Bo Lund", said), f"Bo Lund said {said}.")
    assert suggested is not None and suggested.status.value == "forecast"
    said = "we are going to rebuild the hall"
    suggested = suggest_status(Said("Bo Lund", said), f"Bo Lund said {said}.")
    assert suggested is None or suggested.status.value != "forecast"
