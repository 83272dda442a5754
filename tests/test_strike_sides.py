"""A labour dispute (tests/fixtures/explained/uaw-strike-2023: a union strikes three carmakers at
once, plant by plant; its demands against the companies' offers, hourly wages before and after, the
workers on strike as the strike grew, the companies' own counts of what it cost them, two revised, a
consultancy's estimate of the industry's losses with its parts, the deals and the members' votes),
read as a newcomer who asks what happened, who, why, what each side wanted and got, what it cost and
who says so, what happens next and what is unknown; and the same rules on other topics.

Each test reads the pages as built, rendered to HTML as MkDocs renders them (without the theme)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from explained import (
    built_fixtures,
    described,
    explained_content,
    html,
    note_of,
    text,
    validates_but_for_unstored_text,
)
from flood import built

from generator.format.model import Number
from generator.site import quantities
from generator.site.grammar import caption_text, change_caption
from generator.site.roles import role
from generator.site.trends import series_note

STRIKE = "uaw-strike-2023"
BUDGET = "uk-budget-2024"
OUTBREAK = "rwanda-marburg-2024"
BANK = "bank-rate-cut"
OUTAGE = "crowdstrike-outage-2024"
THREADS = Path(__file__).parent / "fixtures" / "threads"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, STRIKE, BUDGET)


def test_the_strike_validates_with_no_problem_but_unstored_text(tmp_path: Path) -> None:
    """Every source is cited by short phrases, none stored (as the other explained fixtures)."""
    validates_but_for_unstored_text(STRIKE, tmp_path)


def _number(**fields: object) -> Number:
    return Number.model_validate({"id": "n", "cite": [{"source": "s", "evidence": "e"}]} | fields)


# -- A percentage of a change is its size: "a 25% rise", not "25% for the rise" -------------------------


def test_a_raise_and_the_demand_it_is_set_against_read_as_sizes(pages: dict[str, str]) -> None:
    """The deals' raise read "25% for the rise in base wages ..., against 40% for wage increase the
    union sought": a percentage of a change is how big the change is."""
    overview = text(pages[f"{STRIKE}/index.md"])
    assert (
        "25% rise in base wages over the contract, to April 2028, in the deals, against a 40% wage"
        " increase the union sought over the contract"
    ) in overview
    assert "for wage increase" not in overview
    assert "11% wage increase at Ford as soon as the deal is ratified" in text(
        pages[f"{STRIKE}/actors/uaw.md"]
    )


def test_a_fall_in_shares_reads_as_its_size_on_another_topic(tmp_path: Path) -> None:
    """The same on a bank's failure (tests/fixtures/threads): "60% for the fall in Silicon Valley
    Bank's shares" is a 60% fall."""
    content = tmp_path / "content"
    shutil.copytree(THREADS / "silicon-valley-bank", content)
    sources = text(built(content)["silicon-valley-bank-fails/sources.md"])
    assert "Figure: 60% fall in Silicon Valley Bank's shares on Thursday 9 March 2023" in sources


@pytest.mark.parametrize(
    ("fields", "told", "against"),
    [
        ({"value": 12, "counts": "rise in rents in Veltria"}, "12% rise in rents in Veltria", "a 12% rise"),
        (
            {"value": 8, "counts": "pay cut the board offered"},
            "8% pay cut the board offered",
            "an 8% pay cut",
        ),
        (
            {"value": 20, "qualifier": "up-to", "counts": "pay raises in the Aldrian offer"},
            "up to 20% pay raises in the Aldrian offer",
            "up to 20% pay raises",
        ),
        # A margin would come between the figure and its noun: the change keeps "for the".
        (
            {"value": 36, "margin": 10, "counts": "rise in the yearly melt"},
            "36% (give or take 10 percentage points) for the rise in the yearly melt",
            "a rise of 36%",
        ),
        # A share of a group stays one: "of".
        (
            {"value": 30, "counts": "voters who backed the raise"},
            "30% of voters who backed the raise",
            "30% of",
        ),
    ],
)
def test_a_percentage_of_a_change_on_invented_figures(
    fields: dict[str, object], told: str, against: str
) -> None:
    number = _number(unit="percent", **fields)
    assert caption_text(number) == told
    assert (change_caption(number) or caption_text(number)).startswith(against)


# -- A figure for a day after an undated report was read is expected, not measured --------------------


def test_wages_the_deal_sets_for_its_end_are_set_for_it(pages: dict[str, str]) -> None:
    """The top wage "as of April 2028", from a report that gives no date, read as if someone had seen
    it, and beside today's wage its table said the difference "may come from who counts, not from a
    change": the report was read in 2026, so April 2028 was still ahead of it. It then read "forecast
    for April 2028", listed under "Figures forecast", as if someone expected it: the signed deal sets
    it (`decided: true`), so it is set for April 2028, and no forecast."""
    numbers = text(pages[f"{STRIKE}/numbers.md"])
    assert (
        "The figure is set to go from $32.32 an hour on 25 October 2023 to more than $40 an hour in April 2028."
    ) in numbers
    assert "Starting wage of a Ford worker more than $28 an hour Set for: April 2028" in numbers
    assert "who counts" not in note_of(pages[f"{STRIKE}/numbers.md"], "Top wage of a Ford worker")
    overview = text(pages[f"{STRIKE}/index.md"])
    assert "the top wage of a Ford worker, according to the United Auto Workers, forecast for" not in overview
    # the carmaker's estimate of its costs in 2028 stays a forecast
    assert (
        "the extra labour cost of each Ford vehicle, according to John Lawler, forecast for 2028" in overview
    )


def test_an_undated_report_read_before_the_figure_s_year_forecasts_it_on_another_topic(
    tmp_path: Path,
) -> None:
    """The same on a budget: the growth forecast for 2025, from a report with its date left out but
    read in November 2024, is still "forecast for 2025", not "as of 2025"."""
    content = explained_content(tmp_path, BUDGET)
    sources = content / BUDGET / "sources.yaml"
    sources.write_text(
        sources.read_text(encoding="utf-8").replace(
            "  published: 2024-10-30\n  accessed: 2026-12-05\n", "  accessed: 2024-11-01\n", 1
        ),
        encoding="utf-8",
    )
    assert "accessed: 2024-11-01" in sources.read_text(encoding="utf-8")
    numbers = text(built(content)[f"{BUDGET}/numbers.md"])
    assert "Growth of the UK economy in 2025 2% Forecast for: 2025" in numbers


def test_a_level_of_today_and_one_expected_later_read_as_a_change_on_invented_figures() -> None:
    """A fare of today, from a timetable, and the fare a union expects in 2030: different parties,
    but their difference is the change expected, not who counts."""
    now = _number(id="fare-now", value=2, unit="euros", counts="single fare", as_of="2026-01")
    later = _number(
        id="fare-later",
        value=3,
        unit="euros",
        counts="single fare",
        as_of="2030",
        stated_by=["aldrian-union"],
    )
    note = series_note([now, later], ahead={"fare-later"})
    assert note.endswith("The figure is expected to go from €2 in January 2026 to €3 in 2030.")
    assert "who counts" in series_note([now, later.model_copy(update={"as_of": "2026-06"})])


# -- Things counted, then a group named otherwise, are the same things ------------------------------


def test_workers_who_are_union_members_are_not_a_part_of_them(pages: dict[str, str]) -> None:
    """The strike's first day read "about 13,000 workers of union members who walked off the job", as
    if the workers were some of the members: they are the members."""
    union = text(pages[f"{STRIKE}/actors/uaw.md"]) + text(pages[f"{STRIKE}/numbers.md"])
    assert "About 13,000 workers, union members who walked off the job at three assembly plants" in union
    assert "workers of union members" not in union


def test_businesses_that_are_employers_on_another_topic(tmp_path: Path) -> None:
    """The same on a budget, its employers counted as businesses: "865,000 businesses, employers who
    will pay no National Insurance", not "865,000 businesses of employers who ..."."""
    content = explained_content(tmp_path, BUDGET)
    numbers = content / BUDGET / "numbers.yaml"
    numbers.write_text(
        numbers.read_text(encoding="utf-8").replace("  unit: employers\n", "  unit: businesses\n", 1),
        encoding="utf-8",
    )
    government = text(built(content)[f"{BUDGET}/actors/uk-government.md"])
    assert "865,000 businesses, employers who will pay no National Insurance in 2025-26" in government
    assert "businesses of employers" not in government


# -- A body's own figure, in a copy of its own statement, is named once -------------------------------


def test_a_consultancy_s_estimate_in_a_copy_of_its_statement_names_it_once(pages: dict[str, str]) -> None:
    """The consultancy's estimate read "According to: Anderson Economic Group, in Anderson Economic
    Group via Detroit Regional Chamber": its own statement, which a chamber posted."""
    numbers = text(pages[f"{STRIKE}/numbers.md"])
    assert "in Anderson Economic Group via" not in numbers
    assert "As of: 12 October 2023 According to: Anderson Economic Group" in numbers


def test_an_agency_s_share_in_a_copy_of_its_report_on_another_topic(tmp_path: Path) -> None:
    """The same on an outbreak: "According to: World Health Organization, in World Health
    Organization via Health and Family"."""
    numbers = text(built(explained_content(tmp_path, OUTBREAK))[f"{OUTBREAK}/numbers.md"])
    assert "in World Health Organization via" not in numbers
    assert "As of: 17 October 2024 According to: World Health Organization" in numbers


# -- A story's name and year that open a quantity's id are no words for a reader ----------------------


def test_the_strikers_table_is_headed_by_what_it_counts(pages: dict[str, str]) -> None:
    """The table of workers on strike, whose two figures word what they count differently, was headed
    by its id, "Uaw 2023 workers on strike"."""
    numbers = html(pages[f"{STRIKE}/numbers.md"])
    headings = [" ".join(h.text().split()) for h in numbers.css("h2")]
    assert "Workers on strike" in headings
    assert not any(h.startswith("Uaw") for h in headings)


def test_a_namespaced_forecast_on_another_topic(tmp_path: Path) -> None:
    """The same on a central bank's forecasts, their id opened by the story's name and year: "Bank
    2024 unemployment forecast" read as if 2024 were a count."""
    content = explained_content(tmp_path, BANK)
    numbers = content / BANK / "numbers.yaml"
    numbers.write_text(
        numbers.read_text(encoding="utf-8").replace(
            "uk-unemployment-forecast", "bank-2024-unemployment-forecast"
        ),
        encoding="utf-8",
    )
    headings = [" ".join(h.text().split()) for h in html(built(content)[f"{BANK}/numbers.md"]).css("h2")]
    assert "Unemployment forecast" in headings
    assert not any("2024 unemployment" in h for h in headings)
    assert quantities.quantity_heading("people-evacuated-in-2031") == "People evacuated in 2031"


# -- A role is not cut before the last item of a list --------------------------------------------------


def test_a_consultancy_s_role_keeps_no_list_without_its_last_item(pages: dict[str, str]) -> None:
    """Who's who read "Anderson Economic Group: An economic consultancy in Michigan that estimated the
    strike's cost to workers, the carmakers, their suppliers": cut at the "and" that ends the list,
    the role dropped its dealers and read as if the suppliers were the last."""
    overview = text(pages[f"{STRIKE}/index.md"])
    assert "their suppliers John Lawler" not in overview
    # Too long with its place, the role keeps what the consultancy did rather than where it is.
    assert (
        "Anderson Economic Group: An economic consultancy that estimated the strike's cost to workers,"
        " the carmakers, their suppliers and dealers John Lawler" in overview
    )


def test_a_forecaster_s_role_on_another_topic(tmp_path: Path) -> None:
    """The same on a budget, its forecaster described by what it forecasts: no role that stops at
    "the public finances" before "and jobs"."""
    content = explained_content(tmp_path, BUDGET)
    actors = content / BUDGET / "actors.yaml"
    actors.write_text(
        actors.read_text(encoding="utf-8").replace(
            "forecasts the economy and the public finances for\n    each Budget.",
            "forecasts the economy, growth, borrowing, the public\n    finances and jobs for each Budget.",
            1,
        ),
        encoding="utf-8",
    )
    overview = text(built(content)[f"{BUDGET}/index.md"])
    assert "borrowing, the public finances" not in overview.replace("and jobs", "")
    assert "Office for Budget Responsibility: The independent public body" in overview


@pytest.mark.parametrize(
    ("description", "told"),
    [
        (
            "A dairy in the valley that ships its milk to towns, villages, schools, shops and cafes across Aldria.",
            "A dairy in the valley",
        ),
        # A figure's comma is no list's: cut at the first "and", as before.
        (
            "A lawyer who represents more than 60,000 Aldrian fishermen and farmers and backed the deal in court.",
            "A lawyer who represents more than 60,000 Aldrian fishermen",
        ),
    ],
)
def test_a_list_s_last_item_on_invented_roles(description: str, told: str) -> None:
    assert role(described(description)) == told


# -- A role says what a body counts by a whole, not by one of its parts -------------------------------


def test_a_consultancy_is_not_told_by_a_part_of_its_estimate(pages: dict[str, str]) -> None:
    """Who's who read "An economic consultancy in Michigan; it reports $3.45 billion in losses of the
    three carmakers": a part of its $7.7 billion estimate, the whole too long to tell, read as all it
    counts."""
    overview = text(pages[f"{STRIKE}/index.md"])
    assert "it reports $3.45 billion" not in overview


def test_an_insurer_is_not_told_by_a_part_of_its_estimate_on_another_topic(tmp_path: Path) -> None:
    """The same on an outage, its insurer named in its role and its airlines' share worded short: "The
    insurer Parametrix; it reports about $860 million in losses of six airlines", a part of the
    Fortune 500's $5.4 billion, gave way to a figure of its own."""
    content = explained_content(tmp_path, OUTAGE)
    actors = content / OUTAGE / "actors.yaml"
    actors.write_text(
        actors.read_text(encoding="utf-8").replace(
            "description: A company that monitors cloud services, models the losses of outages and sells\n"
            "    insurance against them.",
            "description: The insurer Parametrix.",
        ),
        encoding="utf-8",
    )
    numbers = content / OUTAGE / "numbers.yaml"
    numbers.write_text(
        numbers.read_text(encoding="utf-8").replace(
            "counts: direct financial loss of the six Fortune 500 airlines", "counts: losses of six airlines"
        ),
        encoding="utf-8",
    )
    overview = text(built(content)[f"{OUTAGE}/actors/index.md"])
    assert "in losses of six airlines" not in overview
    assert (
        "Parametrix: The insurer Parametrix; it reports 125 companies of the Fortune 500 the outage hit"
        in overview
    )


def test_a_remark_under_a_table_names_its_row_by_date_not_figure_again(pages: dict[str, str]) -> None:
    """ "**About 13,000 workers as of 15 September 2023:** About 13,000 workers, union members who
    ..." said the figure twice in a line, under a table that gives it a third time: the remark that
    opens on its figure is named by its date alone (on another topic, a war's surrendered soldiers:
    tests/test_explaining.py)."""
    strikers = pages[f"{STRIKE}/numbers.md"].split("## Workers on strike", 1)[1].split("\n## ", 1)[0]
    assert "**As of 15 September 2023:** About 13,000 workers, union members who walked off" in strikers
    assert "**As of 28 October 2023:** More than 45,000 workers on strike" in strikers
    assert "workers as of" not in strikers.replace("{: #", "")
