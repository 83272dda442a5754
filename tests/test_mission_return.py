"""A space mission that went wrong (tests/fixtures/explained/starliner-crew-flight-2024: a capsule's
first flight with a crew, its thruster failures and helium leaks, the agency's decision to bring it
back empty and the crew home on another company's capsule, a mission planned in days that lasted
months, the maker's charges against its earlier record and its running total, and a contract cut),
read as a newcomer who asks what happened, who decided what, why, what it cost, what happens next
and what is unknown; and the same rules on other topics.

Each test reads the pages as built, rendered to HTML as MkDocs renders them (without the theme)."""

from __future__ import annotations

from pathlib import Path

import pytest
from explained import (
    built_fixtures,
    card,
    described,
    explained_content,
    html,
    text,
    validates_but_for_unstored_text,
)
from flood import built

from generator.format.model import Actor, Claim, Event, Number
from generator.site.crossref import in_time_order
from generator.site.grammar import caption_text
from generator.site.roles import appositive, role
from generator.site.unknowns import _gist, _own_name_as_pronoun, latest_first

MISSION = "starliner-crew-flight-2024"
OUTAGE = "crowdstrike-outage-2024"
STRIKE = "uaw-strike-2023"
TRIAL = "ftx-fraud-trial"
GLACIERS = "glacier-loss-2025"
OUTBREAK = "rwanda-marburg-2024"
BANK = "bank-rate-cut"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, MISSION, OUTAGE, STRIKE)


def test_the_mission_validates_with_no_problem_but_unstored_text(tmp_path: Path) -> None:
    """Every source is cited by short phrases, none stored (as the other explained fixtures)."""
    validates_but_for_unstored_text(MISSION, tmp_path)


# -- A measure after its modifiers is what the figure is -----------------------------------------------


def test_the_planned_length_of_the_flight_is_the_eight_days(pages: dict[str, str]) -> None:
    """The first screen set the mission's 286 days "against 8 days of planned length of the test
    flight", as if the days were taken out of a length: the 8 days are the planned length."""
    overview = pages[f"{MISSION}/index.md"]
    assert "against 8 days, the planned length of the test flight" in card(overview, "mission-actual")
    assert "of planned length" not in text(overview) + text(pages[f"{MISSION}/numbers.md"])


def test_a_forecast_cost_and_a_combined_profit_on_another_topic(pages: dict[str, str]) -> None:
    """The same on a strike: "about $900 in extra labour cost of each Ford vehicle" and "$21 billion in
    combined profit of GM, Ford and Stellantis" are that cost and that profit."""
    overview = text(pages[f"{STRIKE}/index.md"])
    union = text(pages[f"{STRIKE}/actors/uaw.md"])
    assert "about $900, the extra labour cost of each Ford vehicle, according to John Lawler" in overview
    assert "$21 billion, the combined profit of GM, Ford and Stellantis" in union
    assert "in extra labour cost" not in overview and "in combined profit" not in union


def _number(**fields: object) -> Number:
    return Number.model_validate({"id": "n", "cite": [{"source": "s", "evidence": "e"}]} | fields)


@pytest.mark.parametrize(
    ("fields", "told"),
    [
        (
            {"value": 30, "unit": "minutes", "counts": "average waiting time at the Veltrian border"},
            "30 minutes, the average waiting time at the Veltrian border",
        ),
        # Things counted stay what they are, and a name before the measure is no modifier.
        (
            {"value": 30, "unit": "trucks", "counts": "trucks waiting at the border"},
            "30 trucks waiting at the border",
        ),
        (
            {"value": 4, "unit": "days", "counts": "Aldria's longest wait at the border"},
            "4 days of Aldria's longest wait at the border",
        ),
        # A percentage of a rate is still "for" it.
        (
            {"value": 3, "unit": "percent", "counts": "annual growth rate of Aldria"},
            "3% for the annual growth rate of Aldria",
        ),
    ],
)
def test_a_modified_measure_on_invented_figures(fields: dict[str, object], told: str) -> None:
    assert caption_text(_number(**fields)) == told


# -- A general noun keeps the appositive that says which one -------------------------------------------


def test_the_two_astronauts_are_told_apart_on_who_s_who(pages: dict[str, str]) -> None:
    """Who's who read "Butch Wilmore: A NASA astronaut" and "Suni Williams: A NASA astronaut": cut at
    the comma, neither said that they were the flight's crew."""
    overview = text(pages[f"{MISSION}/index.md"])
    assert (
        "Butch Wilmore: A NASA astronaut, the commander of Starliner's first flight with a crew" in overview
    )
    assert "Suni Williams: A NASA astronaut, the pilot of Starliner's first flight with a crew" in overview


def test_the_worst_hit_airline_on_another_topic(pages: dict[str, str]) -> None:
    """The same on an outage: "Delta Air Lines: A US airline" left out why this airline is in the story."""
    actors = text(pages[f"{OUTAGE}/actors/index.md"])
    assert "Delta Air Lines: A US airline, the one worst hit by the outage" in actors


@pytest.mark.parametrize(
    ("description", "told", "inside"),
    [
        (
            "A Veltrian diplomat, the envoy to the Aldrian talks.",
            "A Veltrian diplomat, the envoy to the Aldrian talks",
            "a Veltrian diplomat",
        ),
        # A short relative clause after the comma says what the diplomat did: kept, but not inside a
        # sentence; a long appositive is not kept whole.
        (
            "A Veltrian diplomat, who spoke at the talks.",
            "A Veltrian diplomat, who spoke at the talks",
            "a Veltrian diplomat",
        ),
        (
            "A Veltrian diplomat, the envoy to the talks and a former minister of trade in the old government.",
            "A Veltrian diplomat",
            "a Veltrian diplomat",
        ),
    ],
)
def test_an_appositive_on_invented_roles(description: str, told: str, inside: str) -> None:
    actor = described(description, kind="person")
    assert role(actor) == told
    # Inside a sentence, a second pair of commas would follow the name's: the general noun alone.
    assert appositive(actor) == inside


# -- An event known only to its month keeps the dossier's place among that month's days ----------------


def _headings(page: str) -> list[str]:
    return [" ".join(h.text().split()) for h in html(page).css("h3")]


def test_the_return_is_put_off_after_the_launch(pages: dict[str, str]) -> None:
    """The timeline opened on "June 2024: The crew's return ... is put off", before "5 June 2024:
    Starliner launches": sorted by the month's first day, the delay read as if it came before the
    flight. The dossier lists it after the docking; the sources give no day."""
    headings = _headings(pages[f"{MISSION}/timeline.md"])
    assert [h.split(":")[0] for h in headings[:3]] == ["5 June 2024", "6 June 2024", "June 2024"]
    nasa = text(pages[f"{MISSION}/actors/nasa.md"])
    assert nasa.index("5 June 2024: Starliner launches") < nasa.index("June 2024: The crew's return")


def test_a_company_s_first_offer_after_the_demands_on_another_topic(pages: dict[str, str]) -> None:
    """The same on a strike: "August 2023: Ford proposes a 9% wage increase" came before "1 August
    2023: The union's president makes its demands public", as if Ford had offered first."""
    headings = _headings(pages[f"{STRIKE}/timeline.md"])
    assert headings[0].startswith("1 August 2023: The union's president makes its demands public")
    assert headings[1].startswith("August 2023: Ford proposes a 9% wage increase")


def test_time_order_on_invented_events() -> None:
    def event(id: str, date: str) -> Event:
        return Event.model_validate({"id": id, "date": date, "title": id, "cite": [{"source": "s"}]})

    # A month's event listed first stays first; one listed after a day of its month follows that day
    # (and no later day listed after it); a year's event listed after a month's event follows it.
    events = [
        event("talks", "2031-03"),
        event("vote", "2031-03-10"),
        event("strike", "2031-03-02"),
        event("offer", "2031-03"),
        event("deal", "2031-03-20"),
        event("year", "2031"),
        event("earlier", "2030-12-01"),
    ]
    assert [e.id for e in in_time_order(events)] == [
        "earlier", "talks", "strike", "vote", "offer", "deal", "year",
    ]  # fmt: skip


# -- What may happen next is the latest word on it ------------------------------------------------------


def _next_line(page: str) -> str:
    line = next(p for p in html(page).css("p") if p.text().startswith("What may happen next"))
    return " ".join(line.text().split())


def test_the_plan_for_next_year_comes_before_a_forecast_of_the_year_before(pages: dict[str, str]) -> None:
    """The first screen's "What may happen next" said NASA's head's certainty of August 2024 that
    Starliner would fly astronauts again, and left out the plan of November 2025 for two flights in
    2026: the forecasts were told in the dossier's order, however old."""
    line = _next_line(pages[f"{MISSION}/index.md"])
    assert line.startswith(
        "What may happen next: Steve Stich, the manager of NASA's Commercial Crew Program, says: NASA and"
        " Boeing are testing Starliner's propulsion system for two possible flights in 2026."
    )
    assert "Bill Nelson" not in line


def test_a_sentence_forecast_overtaken_by_the_appeal_on_another_topic(tmp_path: Path) -> None:
    """The same on a trial, its newspaper's forecast of the years served moved back to September 2023,
    seven months before the appeal: the appeal's own forecast is the word on what comes next."""
    content = explained_content(tmp_path, TRIAL)
    claims = content / TRIAL / "claims.yaml"
    told = claims.read_text(encoding="utf-8")
    moved = told.replace('status: forecast\n  date: "2024-03-28"', 'status: forecast\n  date: "2023-09-01"')
    claims.write_text(moved, encoding="utf-8")
    assert 'date: "2023-09-01"' in claims.read_text(encoding="utf-8")
    line = _next_line(built(content)[f"{TRIAL}/index.md"])
    assert "the appeal could take years" in line
    assert "17 to 20 years" not in line


def test_forecasts_of_one_season_keep_the_dossier_s_order(pages: dict[str, str], tmp_path: Path) -> None:
    """A study's forecasts of one month, and a researcher's of days later, are one word on what comes
    next: told as the dossier lists them, the study's first."""
    line = _next_line(built(explained_content(tmp_path, GLACIERS))[f"{GLACIERS}/index.md"])
    assert line.index("Samuel Nussbaumer") < line.index("GlaMBIE team")


def test_latest_first_on_invented_claims() -> None:
    def claim(id: str, date: str | None) -> Claim:
        fields = {"id": id, "statement": id, "status": "forecast", "cite": [{"source": "s"}]}
        return Claim.model_validate(fields | ({"date": date} if date else {}))

    claims = [
        claim("old", "2030-01-10"),
        claim("older", "2029-06"),
        claim("undated", None),
        claim("recent", "2031-02-01"),
        claim("latest", "2031-03-15"),
    ]
    assert [c.id for c in latest_first(claims)] == ["recent", "latest", "old", "older", "undated"]


# -- A forecast an event settled says what followed --------------------------------------------------


def test_the_february_return_says_what_followed(pages: dict[str, str]) -> None:
    """NASA's forecast of a return in February read "made before what followed: the timeline tells how
    it turned out, on 17 December 2024": the reader had to leave the page to learn of the delay."""
    claims = text(pages[f"{MISSION}/claims.md"])
    assert (
        "Status: A warning or forecast made before what followed; on 17 December 2024: NASA puts off the"
        " next crew's launch to late March 2025, so Crew-9 comes home later"
    ) in claims
    assert "tells how it turned out" not in claims


# -- A main clause cut before "though" reads whole ----------------------------------------------------


def _doubt_line(page: str) -> str:
    line = next(p for p in html(page).css("p") if p.text().startswith("Still in doubt"))
    return " ".join(line.text().split())


def test_the_unresolved_thrusters_are_told_without_half_a_clause(pages: dict[str, str]) -> None:
    """The first screen read "... remain unresolved, though NASA reported significant progress on
    some…": cut at the word limit, half of a second clause, where the first was whole."""
    line = _doubt_line(pages[f"{MISSION}/index.md"])
    assert line.startswith(
        "Still in doubt: The thruster problems that led NASA to bring Starliner back without its crew"
        " remain unresolved…, reports say without naming a source."
    )


def test_an_unverified_source_of_an_outbreak_on_another_topic(tmp_path: Path) -> None:
    """The same on an outbreak, its first patient's source given with a second clause: not "..., though
    tests of the bats in the cave have…"."""
    content = explained_content(tmp_path, OUTBREAK)
    claims = content / OUTBREAK / "claims.yaml"
    told = claims.read_text(encoding="utf-8")
    longer = told.replace(
        "a mining cave near Kigali.",
        "a mining cave near Kigali, though tests of the bats in the cave have not yet been published by\n"
        "    anyone.",
        1,
    )
    claims.write_text(longer, encoding="utf-8")
    assert "though tests" in claims.read_text(encoding="utf-8")
    line = _doubt_line(built(content)[f"{OUTBREAK}/index.md"])
    assert "from bats at a mining cave near Kigali…, reports say" in line
    assert "cave have" not in line


@pytest.mark.parametrize(
    ("statement", "told"),
    [
        (
            "The mayor of Veltria said the bridge over the river would reopen within the month, but the"
            " engineers have given no date for it.",
            "The mayor of Veltria said the bridge over the river would reopen within the month…",
        ),
        # Before a comma that opens no second clause, a short piece is no clause: cut at the limit.
        (
            "Aldrian farmers, fishermen and the shopkeepers of the valley towns were all paid late by the"
            " regional office this year and last, as the auditors found.",
            "Aldrian farmers, fishermen and the shopkeepers of the valley towns were all paid late by the"
            " regional office this year…",
        ),
    ],
)
def test_a_main_clause_on_invented_statements(statement: str, told: str) -> None:
    assert _gist(statement, 20) == told


# -- A claim an event settled says when it was made ---------------------------------------------------


def test_the_february_forecast_is_told_in_the_past_on_its_maker_s_page(pages: dict[str, str]) -> None:
    """NASA's head's page read "Bill Nelson says: Wilmore and Williams will come home ... in February
    2025 (... made before what followed; on 17 December 2024: ...)": in the present, with no date, what
    its status says was overtaken; his claims, all of one day, were left undated."""
    nelson = text(pages[f"{MISSION}/actors/bill-nelson.md"])
    assert "Bill Nelson said on 24 August 2024: Wilmore and Williams will come home" in nelson
    assert "Bill Nelson says: Starliner will fly again with astronauts on board." in nelson


def test_a_defendant_s_settled_claim_on_another_topic(tmp_path: Path) -> None:
    """The same on a trial: the defendant's claim that the sentencing settled said "Sam Bankman-Fried
    says: FTX had plenty of money ... (disputed at the time; settled on 28 March 2024: ...)"."""
    page = text(built(explained_content(tmp_path, TRIAL))[f"{TRIAL}/actors/sam-bankman-fried.md"])
    assert "Sam Bankman-Fried said on 28 March 2024: FTX had plenty of money to repay all its debts" in page


# -- A body's own name opening its claim is "it" after its name -------------------------------------------


def test_boeing_is_not_named_twice_in_one_breath(pages: dict[str, str]) -> None:
    """The first screen's "Boeing, the aerospace company, says: Boeing may record more losses ..." named
    the company twice in one breath. After a colon, where "It" would read as anyone's, and on the
    claims page, where it stands alone, the statement is as written."""
    overview = text(pages[f"{MISSION}/index.md"])
    assert (
        "for NASA, says: Boeing continues to focus first and foremost on the safety of the crew" in overview
    )
    assert "says it may record more losses on Starliner in future periods" in _next_line(
        pages[f"{MISSION}/index.md"]
    )
    assert "Says: Boeing may record more losses on Starliner" in text(pages[f"{MISSION}/claims.md"])


def test_a_central_bank_s_forecast_on_another_topic(tmp_path: Path) -> None:
    """The same on a central bank, its forecast worded with its short name: "The Bank of England says
    it expects interest rates ...", not "says: The Bank expects interest rates ..."."""
    content = explained_content(tmp_path, BANK)
    claims = content / BANK / "claims.yaml"
    told = claims.read_text(encoding="utf-8")
    changed = told.replace(
        "statement: Interest rates will fall more gradually than they rose.",
        "statement: The Bank expects interest rates to fall more gradually than they rose.",
    )
    claims.write_text(changed, encoding="utf-8")
    assert "The Bank expects" in claims.read_text(encoding="utf-8")
    line = _next_line(built(content)[f"{BANK}/index.md"])
    assert line.startswith(
        "What may happen next: The Bank of England says it expects interest rates to fall more gradually"
    )


@pytest.mark.parametrize(
    ("statement", "kind", "told"),
    [
        ("The Board expects fares to rise.", "government-body", "It expects fares to rise."),
        ("Aldrian Rail Board will reopen the line.", "organisation", "It will reopen the line."),
        # A name that goes on into a longer one, a possessive, a person: as written.
        ("The Aldrian Rail Board Act is law.", "organisation", "The Aldrian Rail Board Act is law."),
        ("The Board of Aldria Act is law.", "organisation", "The Board of Aldria Act is law."),
        ("Aldrian Rail Board's trains are late.", "organisation", "Aldrian Rail Board's trains are late."),
        ("Aldrian Rail Board will appeal.", "person", "Aldrian Rail Board will appeal."),
    ],
)
def test_own_name_as_pronoun_on_invented_claims(statement: str, kind: str, told: str) -> None:
    actor = Actor.model_validate(
        {
            "id": "x",
            "name": "Aldrian Rail Board",
            "kind": kind,
            "aliases": ["the Board"],
            "description": "d",
            "cite": [{"source": "s"}],
        }
    )
    assert _own_name_as_pronoun(statement, [actor]) == told
