"""Forms the first run of held-out round 55 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a company named by
its trade ("Tarnvik Shipping", "Orla Trading"), a region's municipality, a people's own government
("the Ulla Lake First Nation"), a council named after its city's level ("City of Tarnby Council"), a
fund; an outlet's letters told a quote at the sentence's end ("she told ABX."); a company's year of
forming in brackets before its legal form ("The Lantern (1998) Limited"); a post with a portfolio of
two parts ("Cabinet Member for Parks and Green Spaces"), no one of its own, its holder speaking; a
day named with a possessive ("Pioneers' Day"), no actor; the count of a gathering held each year
("the 12th convocation and 30th Pioneers' Day fair"); a body named before what it gives ("the
Harbour Arts Trust Award"); a bare name over a lead that opens with a wire's dateline, the byline;
a wire's note below the text ("This report by ... was first published May 4, 2016."); a quote,
then a name and a post set off by one comma only before "said"; a union's official named before
the name at the end of what was said; a call reported with "has asked" or "has urged", and a name set
off as a post's; a quote closed by an opening mark at the paragraph's end; a year that "saw" what
happened in it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.drafting import draft, read_article
from generator.authoring.extraction import find_attributions, find_dates
from generator.authoring.ordinals import find_ordinal_figures
from generator.authoring.stances import appeals, suggest_status
from generator.format.model import ClaimStatus


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Norway’s Tarnvik Shipping collapsed in the spring, leaving 40 ships at sea.", "Tarnvik Shipping"),
        ("Orla Trading reported a loss for the year as prices fell.", "Orla Trading"),
        ("Kessel Mining closed two pits after the floods.", "Kessel Mining"),
        ("Harbour Logistics moved its depot to the ring road.", "Harbour Logistics"),
        ("Three labs share a Kessel Science Fund Grant of £2m.", "Kessel Science Fund"),
    ],
    ids=["shipping", "trading", "mining", "logistics", "fund"],
)
def test_a_company_named_by_its_trade(tmp_path: Path, body: str, name: str) -> None:
    assert kinds(drafted(tmp_path, body)).get(name) == "organisation"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The Tarnvale Regional Municipality lifted the boil-water notice on Friday.",
            "Tarnvale Regional Municipality",
        ),
        ("The Ulla Lake First Nation lifted its own notice an hour later.", "Ulla Lake First Nation"),
        ("The Orla Cree Nation opened its hall to 200 families.", "Orla Cree Nation"),
        ("The Tarn Valley Tribal Council met the ministers on Monday.", "Tarn Valley Tribal Council"),
        (
            "City of Tarnby Council has fined a landlord £500 for leaving rubbish in the street.",
            "City of Tarnby Council",
        ),
    ],
    ids=["municipality", "first-nation", "cree-nation", "tribal-council", "city-of-council"],
)
def test_a_local_government_by_its_name(tmp_path: Path, body: str, name: str) -> None:
    assert kinds(drafted(tmp_path, body)).get(name) == "government-body"


def test_a_place_s_level_alone_stays_a_place(tmp_path: Path) -> None:
    assert (
        kinds(drafted(tmp_path, "Floods reached the City of Tarnby on Monday.")).get("City of Tarnby")
        == "place"
    )


@pytest.mark.parametrize(
    "body",
    ["“We are staying until the roof is fixed,” she told ABX.", "“It was dark,” the driver later told KXN:"],
    ids=["stop", "colon"],
)
def test_letters_told_a_quote_are_an_outlet(tmp_path: Path, body: str) -> None:
    found = kinds(drafted(tmp_path, body))
    assert "media-outlet" in found.values(), found


def test_a_state_agency_told_a_quote_stays_one(tmp_path: Path) -> None:
    assert (
        kinds(drafted(tmp_path, "“We will look again,” the firm told NASA.")).get("NASA") == "government-body"
    )


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Ana Ruiz and The Lantern (1998) Limited were fined £300 each.", "Lantern (1998) Limited"),
        ("Harbour Foods (2004) Ltd was fined for selling stale bread.", "Harbour Foods (2004) Ltd"),
    ],
    ids=["limited", "ltd"],
)
def test_a_company_s_year_in_brackets_before_its_legal_form(tmp_path: Path, body: str, name: str) -> None:
    found = kinds(drafted(tmp_path, body))
    assert found.get(name) == "organisation", found
    assert not {"Limited", "Ltd", "Lantern"} & set(found)


def test_a_portfolio_of_two_parts_is_no_one(tmp_path: Path) -> None:
    body = "Cllr Bo Lund, Cabinet Member for Parks and Green Spaces, said: “The gates open at noon.”"
    result = drafted(tmp_path, body)
    assert set(kinds(result)) == {"Bo Lund"}, kinds(result)
    assert claimants(result, "gates open at noon") == ["Bo Lund"]


def test_a_minister_of_two_portfolios_then_a_name_is_that_person(tmp_path: Path) -> None:
    body = "Minister for Trade and Industry Ana Ruiz opened the fair on Monday."
    assert kinds(drafted(tmp_path, body)).get("Ana Ruiz") == "person"


@pytest.mark.parametrize(
    "body",
    [
        "The college shut for Pioneer’s Day on Friday.",
        "Schools closed for Teachers' Day, and the square filled by noon.",
        "Crowds came for Saint Orla's Day, as every year.",
    ],
    ids=["founder", "plural", "saint"],
)
def test_a_day_named_with_a_possessive_is_no_actor(tmp_path: Path, body: str) -> None:
    found = kinds(drafted(tmp_path, body))
    assert not {"Day", "Pioneer", "Teachers", "Orla"} & set(found), found


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Plans were set for the 12th convocation and 30th Pioneers' Day fair of the college.", [12, 30]),
        ("Delegates met for the party's 9th congress in Tarnby.", [9]),
        ("The 18th graduation ceremony and the 7th alumni reunion fell on one day.", [18, 7]),
        ("Crowds filled the square for the 30th Harbour Festival.", [30]),
    ],
    ids=["and", "congress", "two", "named"],
)
def test_a_gathering_s_ordinal_counts_it(sentence: str, values: list[int]) -> None:
    assert [int(o.value) for o in find_ordinal_figures(sentence)] == values


def test_a_time_s_ordinal_stays_an_order() -> None:
    assert list(find_ordinal_figures("It rained on the 3rd day for the second time.")) == []


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The school won the Harbour Arts Trust Award to fund music lessons.", "Harbour Arts Trust"),
        ("Ana Ruiz holds an Orla Foundation Scholarship this year.", "Orla Foundation"),
    ],
    ids=["award", "scholarship"],
)
def test_a_body_named_before_what_it_gives(tmp_path: Path, body: str, name: str) -> None:
    found = kinds(drafted(tmp_path, body))
    assert found.get(name) == "organisation", found


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "report.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "lead",
    [
        "LAKESIDE, Ore. — A goat escaped its pen at the city farm on Monday morning, a keeper said.",
        "TARNBY – A goat escaped its pen at the city farm on Monday morning, a keeper said.",
    ],
    ids=["region", "town"],
)
def test_a_bare_name_over_a_dateline_lead_is_the_byline(tmp_path: Path, lead: str) -> None:
    lines = [
        "Goat breaks out of pen",
        "Keepers caught it before the gates opened",
        "Ana Ruiz",
        lead,
        "It was caught.",
    ]
    article = read_article(_write(tmp_path, lines))
    assert article.authors == ["Ana Ruiz"]
    assert article.paragraphs[0].startswith("A goat")


def test_a_title_case_line_over_a_dateline_lead_is_no_byline(tmp_path: Path) -> None:
    lines = [
        "Goat breaks out of pen",
        "More Goats Escape",
        "LAKESIDE, Ore. — A goat escaped its pen at the city farm on Monday morning, a keeper said.",
        "It was caught.",
    ]
    assert read_article(_write(tmp_path, lines)).authors == []


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ("This report by The Harbour Press was first published May 4, 2016.", "The Harbour Press"),
        ("This story was originally published on 4 May 2016.", None),
    ],
    ids=["by", "story"],
)
def test_a_wire_s_note_below_the_text_dates_it(tmp_path: Path, note: str, publisher: str | None) -> None:
    lines = [
        "Ferry fares cut",
        "LAKESIDE, Ore. – Ferry fares will fall by a third from Monday, the harbour board said.",
        "The cut follows a year of complaints from riders.",
        note,
    ]
    article = read_article(_write(tmp_path, lines))
    assert article.published == dt.date(2016, 5, 4)
    assert article.publisher == publisher
    assert all("first published" not in p for p in article.paragraphs)


@pytest.mark.parametrize(
    "sentence",
    [
        "“Steady hands kept the market open through the storm,” Ana Ruiz, head of trading at the exchange said at the dinner.",
        "“Steady hands kept the market open through the storm,” Ana Ruiz, chief executive of the exchange said.",
    ],
    ids=["at", "of"],
)
def test_a_quote_then_a_name_and_a_post_closed_by_no_comma(sentence: str) -> None:
    found = list(find_attributions(sentence))
    assert [f.speaker for f in found] == ["Ana Ruiz"], found
    assert found[0].said.startswith("Steady hands")


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "Riders thought the new fares too steep, Kessel Riders Union official Bo Lund said.",
            "Riders thought the new fares too steep",
        ),
        (
            "The depot will stay shut until Monday, branch organiser Bo Lund said.",
            "The depot will stay shut until Monday",
        ),
    ],
    ids=["official", "organiser"],
)
def test_a_union_s_official_before_the_name_is_no_part_of_what_was_said(sentence: str, said: str) -> None:
    assert any(f.speaker == "Bo Lund" and f.said == said for f in find_attributions(sentence)), list(
        find_attributions(sentence)
    )


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The town’s mayor, Bo Lund, has asked residents to stay calm while crews clear the roads.",
            "Bo Lund",
        ),
        ("Ana Ruiz has urged drivers to stay off the bridge until Friday.", "Ana Ruiz"),
        ("The council has also urged drivers to slow down near the school.", "The council"),
    ],
    ids=["apposed", "has", "has-also"],
)
def test_a_call_reported_with_an_auxiliary(sentence: str, speaker: str) -> None:
    found = appeals(sentence)
    assert [f.speaker for f in found] == [speaker]
    assert found[0].said in sentence
    suggested = suggest_status(found[0], sentence)
    assert suggested is not None and suggested.status == ClaimStatus.CALL


def test_a_call_with_the_name_set_off_is_the_named_one_s(tmp_path: Path) -> None:
    body = "The town’s mayor, Bo Lund, has asked residents to stay calm while crews clear the roads."
    result = drafted(tmp_path, body)
    assert claimants(result, "to stay calm") == ["Bo Lund"]
    assert next(c for c in result.claims if "stay calm" in c["statement"]).get("status") == "call"


def test_a_quote_closed_by_an_opening_mark_at_the_paragraph_s_end(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "Pool fined\n\nThe pool was fined on Monday for leaving its gates open.\n\n"
        "Ana Ruiz, head of parks, said: “Leaving the gates open is a danger to children, and a cost "
        "to the town when the pool is drained. “\n\nBo Lund said: “We are pleased with the outcome.”\n",
        encoding="utf-8",
    )
    result = draft(read_article(path), "report", "report.txt", dt.date(2099, 1, 1))
    assert claimants(result, "danger to children") == ["Ana Ruiz"]
    assert claimants(result, "pleased with the outcome") == ["Bo Lund"]
    text = path.read_text(encoding="utf-8")
    for claim in result.claims:
        assert all(cite["evidence"] in text for cite in claim["cite"])


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        (
            "The mill reopened in 1988 after a dismal 1987 which saw the loss of its biggest buyer.",
            ["1988", "1987"],
        ),
        ("1994 saw the closure of three schools in the valley.", ["1994"]),
        ("A wet 1969, which saw two floods, ended with a fair.", ["1969"]),
    ],
    ids=["which", "alone", "comma"],
)
def test_a_year_that_saw_what_happened(sentence: str, years: list[str]) -> None:
    assert [date for date, *_ in find_dates(sentence, dt.date(2020, 1, 1))] == years


def test_a_year_as_a_count_is_no_date() -> None:
    assert list(find_dates("The crew cut 1994 trees and saw the job done.", dt.date(2020, 1, 1))) == []


def _one_day_report(tmp_path: Path, body: str) -> list[dict[str, object]]:
    path = tmp_path / "report.txt"
    path.write_text(
        "Ferry crews walk out\n\nMay 4, 2015\n\n"
        f"About 40 ferry crews walked off the job this morning over new rosters.\n\n{body}\n",
        encoding="utf-8",
    )
    return draft(read_article(path), "report", "report.txt", dt.date(2099, 1, 1)).events


@pytest.mark.parametrize(
    "body",
    [
        "All sailings resumed at 11.15am after talks with the company, the operator said.",
        "A meeting with the harbour board had been set for midday, she said.",
        "The first boat left by 2:30 p.m., an hour late.",
    ],
    ids=["am", "midday", "pm"],
)
def test_a_clock_time_in_a_report_of_one_day_is_that_day(tmp_path: Path, body: str) -> None:
    dates = [event["date"] for event in _one_day_report(tmp_path, body)]
    assert dates == ["2015-05-04", "2015-05-04"], dates


@pytest.mark.parametrize(
    "body",
    [
        "All sailings will resume at 11.15am, the operator said.",
        "All sailings resumed at 11.15am on Tuesday, the operator said.",
        "The crews had walked out at 6am yesterday too, and were back by noon.",
    ],
    ids=["to-come", "weekday", "yesterday"],
)
def test_a_clock_time_with_another_day_or_to_come_is_no_event_of_the_day(tmp_path: Path, body: str) -> None:
    dates = [event["date"] for event in _one_day_report(tmp_path, body)]
    assert dates.count("2015-05-04") == 1, dates
