"""Forms the first run of held-out round 41 showed misread, written as invented sentences (none from
the benchmark's articles): a wire dateline whose date stands between dashes after a country's
abbreviation with stops ("LAKESIDE, N.Z. — Feb. 9, 2018 — "), the lead then dated by that day; a
town's dateline with its region in brackets before the colon ("Kessel (North Province): The ...");
a closing "Published on: ..." line; a company named by its trade as its last word ("... Communications",
"... Water") or with "telecom" in it, one described as "the ... company" or "Group-backed", and a
town's quarter named in South Asian English ("... Nagar", "... Vihar", "... Kunj", "... Chowk"); a
speaker's post with no article after a body's initials ("Ana Ruiz, KRA river officer, said: ..."); "asked residents of X to ..." (a call) and "gave
credit of X to Y" (an opinion); a ministry's portfolios of two words listed with commas ("Ministry of Rural
Affairs, Fisheries and Coastal Development"); a directorate a body of state; a one-word company said so by an apposition stays one after "to Orla"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.compounds import joined
from generator.authoring.drafting import draft, read_article
from generator.authoring.kinds import kind_of
from generator.authoring.stances import appeals, suggest_status
from generator.format.model import ClaimStatus


def _read(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return read_article(path)


def test_a_date_between_dashes_after_a_country_with_stops(tmp_path: Path) -> None:
    article = _read(
        tmp_path,
        "LAKESIDE, N.Z. — Feb. 9, 2018 — Orla Dairy was fined $2 million after milk waste ran into a "
        "stream, a court heard.\n\nThe firm said it had since replaced its pumps.\n",
    )
    assert article.published_as == "2018-02-09"
    assert "LAKESIDE" in article.places and "N.Z." in article.places
    assert article.paragraphs[0].startswith("Orla Dairy was fined")
    result = draft(article, "report", "page.txt", dt.date(2099, 1, 1))
    assert [e["date"] for e in result.events] == ["2018-02-09"]


def test_a_state_abbreviation_is_not_kept_as_a_place(tmp_path: Path) -> None:
    article = _read(
        tmp_path,
        "KESSEL, Ore. — March 3, 2019 — The ferry was shut for repairs.\n\nIt will reopen in May, the port said.\n",
    )
    assert article.published_as == "2019-03-03"
    assert article.places == ["KESSEL"]


def test_a_town_with_its_region_in_brackets_and_a_colon(tmp_path: Path) -> None:
    article = _read(
        tmp_path,
        "Kesselburg (North Province): The new ferry pier was opened by the mayor on Monday. It cost "
        "Rs 4 crore, officials said.\n\nPublished on: Tuesday, May 10, 2022, 08:15 PM IST\n",
    )
    assert article.paragraphs[0].startswith("The new ferry pier")
    assert article.places[:2] == ["Kesselburg", "North Province"]
    assert article.published_as == "2022-05-10"


def test_a_word_and_a_colon_with_no_brackets_stays_text(tmp_path: Path) -> None:
    article = _read(
        tmp_path,
        "Warning: The river is high and the pier is shut, officials said.\n\nIt reopens on Friday.\n",
    )
    assert article.paragraphs[0].startswith("Warning:")


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Orla Satellite Communications", "organisation"),
        ("Kessel Water", "organisation"),
        ("Brill Energy", "organisation"),
        ("Norland Telecom Marine", "organisation"),
        ("Kesar Nagar", "place"),
        ("Amar Vihar", "place"),
        ("Tilak Kunj", "place"),
        ("Rana Chowk", "place"),
        ("Water and Sewer Utility", "organisation"),
        ("Water Street", "place"),
        ("Directorate General of Fisheries", "government-body"),
    ],
)
def test_trade_and_quarter_words(name: str, kind: str) -> None:
    assert kind_of(name, "Buses now reach ", " from the north.") == kind


@pytest.mark.parametrize(
    ("before", "name", "after"),
    [
        ("Tech tycoon Ana Ruiz's ", "Skyvo", ", the rail freight company, has won a licence."),
        ("Licences went to Kessel Group-backed ", "Orbix", " and two others."),
        ("The ministry fined state-owned ", "Varcom", " last year."),
    ],
)
def test_company_cues(before: str, name: str, after: str) -> None:
    assert kind_of(name, before, after) == "organisation"


def test_the_firm_is_not_a_person_with_the_company(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Kessel Water was fined £2 million after sewage leaked into a brook. The company told the court "
        "that it had since spent £50,000 to mend its pumps.",
    )
    assert kinds(result)["Kessel Water"] == "organisation"
    assert claimants(result, "had since spent") == ["Kessel Water"]


def test_a_post_after_a_bodys_initials_with_no_article(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The Kessel Rivers Authority (KRA) brought the case. Speaking after the hearing, Ana Ruiz, KRA "
        "river officer, said: “We will keep watching the brook and act on every spill we find.”",
    )
    assert claimants(result, "keep watching the brook") == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Further, she asked residents of Orwell to stay united so that the town can win the prize.", "call"),
        (
            "Mayor Ana Ruiz, in her address, gave credit of the growth of Orwell to the Harbour Board.",
            "opinion",
        ),
        ("The governor gave credit for the new port to Tom Reed.", "opinion"),
    ],
)
def test_requests_and_credit_given(sentence: str, status: str) -> None:
    found = appeals(sentence)
    assert found and sentence.strip(" .").endswith(found[0].said)
    suggested = suggest_status(found[0], sentence)
    assert suggested is not None and suggested.status == ClaimStatus(status)


def test_asked_for_something_else_is_no_call() -> None:
    assert appeals("She asked the clerk for the minutes of the meeting.") == []


@pytest.mark.parametrize(
    ("sentence", "start", "whole"),
    [
        (
            "The ban was announced by the Ministry of Rural Affairs, Fisheries and Coastal Development today.",
            "Ministry of Rural Affairs",
            "Ministry of Rural Affairs, Fisheries and Coastal Development",
        ),
        (
            "Staff of the Department of Public Works, Orla Bank and Kessel Harbour Board met.",
            "Department of Public Works",
            "Department of Public Works",
        ),
    ],
)
def test_a_ministry_of_portfolios_of_two_words(sentence: str, start: str, whole: str) -> None:
    end = sentence.find(start) + len(start)
    assert joined(sentence, start, end)[0] == whole


def test_a_company_said_so_stays_one_after_to(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Skyvo, the rail freight company, has won a licence to sell its service in Norland. The "
        "licence to Skyvo came a week after the rules were tightened.",
    )
    assert kinds(result)["Skyvo"] == "organisation"
