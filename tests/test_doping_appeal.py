"""A sports doping case decided, appealed and settled (tests/fixtures/explained/sinner-doping-case: a
player's two positive tests, a tribunal's finding that he bore no fault, the results and prize money
taken away all the same, the world anti-doping body's appeal for a ban of one to two years, and the
settlement on three months that ended the appeal before the court heard it), read as a newcomer who
asks what happened, who decided what, why, what it cost, how it ended and what is unknown; and the
same rules on other topics.

Each test reads the pages as built, rendered to HTML as MkDocs renders them (without the theme)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from explained import built_fixtures, card, explained_content, html, text, validates_but_for_unstored_text
from flood import built, first_screen

from generator.format.model import Event, Number
from generator.site.crossref import in_time_order
from generator.site.grammar import caption_text, penalty_dated

CASE = "sinner-doping-case"
TRIAL = "ftx-fraud-trial"
MISSION = "starliner-crew-flight-2024"
BANK = "bank-rate-cut"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, CASE, TRIAL, MISSION)


def test_the_case_validates_with_no_problem_but_unstored_text(tmp_path: Path) -> None:
    """Every source is cited by short phrases, none stored (as the other explained fixtures)."""
    validates_but_for_unstored_text(CASE, tmp_path)


# -- A ban is a penalty: the figure is the ban, not an amount of it -------------------------------------


def test_the_agreed_ban_is_three_months_not_three_months_of_ban(pages: dict[str, str]) -> None:
    """The first screen read "3 months of ban agreed in the settlement, against 1 to 2 years of ban
    WADA asked the court to impose", as if the months were taken out of a ban; the numbers page dated
    the ban the two sides agreed "Imposed: 15 February 2025"."""
    overview = pages[f"{CASE}/index.md"]
    assert (
        "the ban agreed in the settlement, against 1 to 2 years, the ban WADA asked the court to impose"
        in card(overview, "ban-agreed")
    )
    numbers = text(pages[f"{CASE}/numbers.md"])
    assert "of ban" not in text(overview) + numbers
    assert "3 months Agreed: 15 February 2025" in numbers
    assert "Imposed: 15 February 2025" not in numbers


def _number(**fields: object) -> Number:
    return Number.model_validate({"id": "n", "cite": [{"source": "s", "evidence": "e"}]} | fields)


@pytest.mark.parametrize(
    ("fields", "told", "dated"),
    [
        (
            {"value": 6, "unit": "months", "counts": "suspension the league imposed on the coach"},
            "6 months, the suspension the league imposed on the coach",
            "imposed",
        ),
        (
            {"value": 2, "unit": "years", "counts": "racing ban the stewards sought"},
            "2 years, the racing ban the stewards sought",
            "",
        ),
        (
            {"value": 40000, "unit": "US dollars", "counts": "sanction imposed by the guild"},
            "$40,000, the sanction imposed by the guild",
            "imposed",
        ),
        # A penalty the two sides agreed is dated by its agreeing, whatever its noun.
        (
            {"value": 3000000, "unit": "US dollars", "counts": "fine agreed with the port authority"},
            "$3 million, the fine agreed with the port authority",
            "agreed",
        ),
        # Days of a suspension are an amount of it: no penalty's noun heads what they count.
        (
            {"value": 4, "unit": "days", "counts": "days of suspension served before the hearing"},
            "4 days of suspension served before the hearing",
            "",
        ),
    ],
)
def test_a_league_s_penalties_on_invented_figures(fields: dict[str, object], told: str, dated: str) -> None:
    number = _number(**fields)
    assert caption_text(number) == told
    assert penalty_dated(number) == dated


# -- A key figure another card sets itself against is not a card again ----------------------------------


def test_the_ban_asked_for_is_told_once_on_the_first_screen(pages: dict[str, str]) -> None:
    """The key figures showed "3 months, the ban agreed ..., against 1 to 2 years, the ban WADA asked
    the court to impose", then a card of its own, just below: "1 to 2 years, the ban WADA asked the
    court to impose", the same words twice on one phone screen."""
    overview = pages[f"{CASE}/index.md"]
    cards = html(overview).css("div.explainer-figure")
    assert len(cards) == 2
    assert not any(c.css_first('a[href="numbers.md#ban-sought"]') and c.css_first("strong") for c in cards)
    assert text(overview).count("the ban WADA asked the court to impose") == 1


def test_a_planned_length_and_an_earlier_record_on_another_topic(tmp_path: Path) -> None:
    """The same on a space mission whose key figures name the planned length and the earlier record
    besides the figures set against them: each is told once, after "against"."""
    content = explained_content(tmp_path, MISSION)
    dossier = content / MISSION / "dossier.yaml"
    told = dossier.read_text(encoding="utf-8")
    dossier.write_text(
        told.replace(
            "  - mission-actual\n  - thrusters-failed\n  - charges-2024\n",
            "  - mission-actual\n  - mission-planned\n  - thrusters-failed\n  - charges-2024\n  - charges-2019\n",
        ),
        encoding="utf-8",
    )
    assert "  - charges-2019\n" in dossier.read_text(encoding="utf-8")
    overview = built(content)[f"{MISSION}/index.md"]
    assert len(html(overview).css("div.explainer-figure")) == 3
    assert "against 8 days, the planned length of the test flight" in card(overview, "mission-actual")
    assert text(overview).count("the planned length of the test flight") == 1


# -- A why overtaken by what followed is not the first screen's why --------------------------------------


def test_the_first_screen_does_not_give_the_tribunal_s_finding_as_the_why(pages: dict[str, str]) -> None:
    """Under a summary that ends on the three-month ban, the first screen said "Why: An independent
    tribunal found that he bore no fault or negligence": the reason for a first ruling that the
    appeal and the settlement went past, as if it explained the ban. The question stays below with its
    answer, and its claim says how it was settled."""
    overview = pages[f"{CASE}/index.md"]
    assert "**Why:**" not in first_screen(overview)
    assert "Why was he not banned at first?" in text(overview)
    claims = text(pages[f"{CASE}/claims.md"])
    assert (
        "Sinner bore no fault or negligence for his two positive tests. Status: Disputed at the time;"
        " settled on 15 February 2025: WADA and Sinner settle the case"
    ) in claims


def test_a_central_bank_s_reasons_overtaken_on_another_topic(tmp_path: Path) -> None:
    """The same on a central bank: its governor's reason for a cut, the first screen's why, is told
    there no longer once a later event (invented here: a rise three months on) settled it."""
    content = explained_content(tmp_path, BANK)
    assert "**Why:**" in first_screen(built(content)[f"{BANK}/index.md"])
    events = content / BANK / "events.yaml"
    events.write_text(
        events.read_text(encoding="utf-8")
        + '- id: rate-raised\n  date: "2024-11-07"\n  title: The Bank raises the rate again\n'
        "  cite:\n    - source: shropshirestar-2024-boe-cut\n",
        encoding="utf-8",
    )
    claims = content / BANK / "claims.yaml"
    told = claims.read_text(encoding="utf-8")
    head, rest = told.split("- id: finely-balanced", 1)
    head = head.replace("status: stated", "status: disputed\n  outcome: rate-raised", 1)
    claims.write_text(f"{head}- id: finely-balanced{rest}", encoding="utf-8")
    assert "outcome: rate-raised" in claims.read_text(encoding="utf-8")
    overview = built(content)[f"{BANK}/index.md"]
    assert "**Why:**" not in first_screen(overview)
    assert "Why did the Bank cut rates now?" in text(overview)


# -- A ruling later appealed and settled says so on the timeline ---------------------------------------


def _entry(page: str, heading_start: str) -> str:
    """The text of the timeline's entry whose heading opens with ``heading_start``: the heading and
    what follows it up to the next heading."""
    heading = next(h for h in html(page).css("h3") if h.text().startswith(heading_start))
    told = [heading.text()]
    node = heading.next
    while node is not None and node.tag not in ("h2", "h3"):
        told.append(node.text())
        node = node.next
    return " ".join(" ".join(told).split())


def test_the_tribunal_s_finding_says_what_became_of_it(pages: dict[str, str]) -> None:
    """The timeline told "20 August 2024: The ITIA announces that the tribunal found Sinner bore no
    fault or negligence" and, headings further down, the settlement on a three-month ban, with
    nothing under the first to say it did not stand; nor did the appeal's heading say how the appeal
    ended. Each now ends on what settled it."""
    timeline = pages[f"{CASE}/timeline.md"]
    later = (
        "Later: Disputed, then settled on 15 February 2025: WADA and Sinner settle the case with a"
        " three-month ban, and WADA withdraws its appeal"
    )
    assert later in _entry(timeline, "20 August 2024: The ITIA announces")
    assert later in _entry(timeline, "26 September 2024: WADA appeals")
    # Not under the settlement itself, nor under what nothing later settled.
    assert "Later:" not in _entry(timeline, "15 February 2025: WADA and Sinner settle")
    assert "Later:" not in _entry(timeline, "15 August 2024: An independent tribunal hears")
    link = html(timeline).css_first('a[href="#settlement"]')
    assert link is not None and link.text().startswith("WADA and Sinner settle")


def test_a_plea_the_verdict_settled_on_another_topic(pages: dict[str, str], tmp_path: Path) -> None:
    """The same on a fraud trial: the defence's plea of good faith, moved here to the day he pleaded
    not guilty, is told under that day as what the verdict settled. Its sentencing, whose defence
    argument a ruling settled the same day, gets no "Later" line: that is no later."""
    assert "Later:" not in text(pages[f"{TRIAL}/timeline.md"])
    content = explained_content(tmp_path, TRIAL)
    claims = content / TRIAL / "claims.yaml"
    told = claims.read_text(encoding="utf-8")
    moved = told.replace('status: disputed\n  date: "2023-10-04"', 'status: disputed\n  date: "2023-01-03"')
    claims.write_text(moved, encoding="utf-8")
    assert 'date: "2023-01-03"' in claims.read_text(encoding="utf-8")
    timeline = built(content)[f"{TRIAL}/timeline.md"]
    assert (
        "Later: Disputed, then settled on 2 November 2023: The jury finds Bankman-Fried guilty on all"
        " seven counts"
    ) in _entry(timeline, "3 January 2023: Bankman-Fried pleads not guilty")


def test_the_agency_s_page_tells_what_became_of_the_finding(pages: dict[str, str]) -> None:
    """The tennis agency's page ended its events on its announcement that the tribunal found no fault:
    the appeal and the settlement, in which it took no part, were not on its page. The world body's
    page lists the settlement itself, and says nothing twice."""
    itia = text(pages[f"{CASE}/actors/itia.md"])
    assert re.search(
        r"from Indian Wells are taken away[\d,]+; later disputed, then settled on 15 February 2025: WADA"
        r" and Sinner settle the case with a three-month ban",
        itia,
    )
    assert "; later" not in text(pages[f"{CASE}/actors/wada.md"])


def test_the_defence_lawyer_s_page_on_another_topic(tmp_path: Path) -> None:
    """The same on a fraud trial, the defence's plea of good faith moved to the day he pleaded not
    guilty: his lawyer's page, which does not list the verdict, says it settled the plea; the
    defendant's, which does, does not."""
    content = explained_content(tmp_path, TRIAL)
    claims = content / TRIAL / "claims.yaml"
    told = claims.read_text(encoding="utf-8")
    claims.write_text(
        told.replace('status: disputed\n  date: "2023-10-04"', 'status: disputed\n  date: "2023-01-03"'),
        encoding="utf-8",
    )
    built_pages = built(content)
    lawyer = text(built_pages[f"{TRIAL}/actors/mark-cohen.md"])
    assert re.search(
        r"Bankman-Fried pleads not guilty\d+; later disputed, then settled on 2 November 2023: The jury"
        r" finds Bankman-Fried guilty on all seven counts",
        lawyer,
    )
    assert "; later" not in text(built_pages[f"{TRIAL}/actors/sam-bankman-fried.md"])


# -- A span the dossier lists after the event that set it follows that event -----------------------------


def test_the_ban_follows_the_settlement_that_agreed_it(pages: dict[str, str]) -> None:
    """The timeline told "9 February to 4 May 2025: Sinner serves the three-month ban agreed in the
    settlement" before "15 February 2025: WADA and Sinner settle the case": sorted by its first day,
    the ban, backdated, read as if it came before the agreement that set it. The dossier lists it
    after; so do the timeline, its glance and the player's page."""
    for page in ("timeline.md", "index.md", "actors/jannik-sinner.md"):
        told = text(pages[f"{CASE}/{page}"])
        settled, served = (
            told.index("Sinner settle the case"),
            told.index("9 February to 4 May 2025: Sinner serves"),
        )
        assert settled < served, page


def test_a_backdated_pay_rise_on_invented_events() -> None:
    def event(id: str, date: str, end: str | None = None) -> Event:
        fields = {"id": id, "date": date, "title": id, "cite": [{"source": "s"}]}
        return Event.model_validate(fields | ({"end_date": end} if end else {}))

    # The rise, paid from 1 March, is listed after the vote of 20 March that made it: it follows the
    # vote. A strike listed before a day within it, and a span that holds no earlier-listed day, keep
    # their first day's place.
    events = [
        event("strike", "2031-01-10", "2031-02-20"),
        event("talks", "2031-02-01"),
        event("vote", "2031-03-20"),
        event("rise", "2031-03-01", "2031-12-31"),
        event("audit", "2031-03-25"),
        event("freeze", "2030-06-01", "2030-12-31"),
    ]
    assert [e.id for e in in_time_order(events)] == ["freeze", "strike", "talks", "vote", "rise", "audit"]


# -- A forecast events overtook is no warning in the claims' count ---------------------------------------


def test_the_appeal_and_the_hearing_foretold_are_counted_as_overtaken(pages: dict[str, str]) -> None:
    """The claims page opened on "... two warnings and three opinions": the appeal foretold when the
    player was cleared, and the court's hearing planned for April, which the appeal and the
    settlement overtook, counted as if dangers were still ahead."""
    claims = text(pages[f"{CASE}/claims.md"])
    assert "two warnings or forecasts since overtaken and three opinions." in claims
    assert "two warnings and" not in claims


def test_a_return_date_overtaken_on_another_topic(pages: dict[str, str]) -> None:
    """The same on a space mission: the crew's return in February, which a delay overtook, is counted
    apart from the forecasts still open."""
    claims = text(pages[f"{MISSION}/claims.md"])
    assert "one warning or forecast since overtaken and three warnings." in claims
