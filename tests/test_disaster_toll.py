"""A sudden disaster whose toll rises over days (tests/fixtures/explained/morocco-earthquake-2023: an
interior ministry's counts of the dead and injured, several a day at first, each later count of a day
revising the earlier; a government spokesperson's last count; two agencies' magnitudes; aid accepted
from four countries; a king's office that announces the aid), read as a reader who asks how many died,
and how the count got there; and the same rules on the outbreak fixture and on invented figures.

Each test reads the pages as built, rendered to HTML as MkDocs renders them (without the theme)."""

from __future__ import annotations

from pathlib import Path

import pytest
from explained import built_fixtures, card, html, note_of, validates_but_for_unstored_text
from flood import FLOOD, built, first_screen, flood_with

from generator.checking.loader import load_site
from generator.format.model import Actor, Number
from generator.site.jsonld import numbers_page
from generator.site.roles import judges
from generator.site.trends import day_counts, series_note, since

QUAKE = "morocco-earthquake-2023"
OUTBREAK = "rwanda-marburg-2024"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, QUAKE, OUTBREAK)


def test_the_earthquake_validates_with_no_problem_but_unstored_text(tmp_path: Path) -> None:
    """Every source is cited by short phrases, none stored (as the other explained fixtures)."""
    validates_but_for_unstored_text(QUAKE, tmp_path)


# -- A toll is a running total ---------------------------------------------------------------------


def test_a_toll_from_two_bodies_is_told_as_its_rise(pages: dict[str, str]) -> None:
    """The ministry's counts, then the spokesperson's, read "a difference between them may come from
    who counts, not from a change", and the table began at its oldest count: the page never said
    that the toll rose, nor where it stood."""
    deaths = note_of(pages[f"{QUAKE}/numbers.md"], "People killed by the earthquake")
    assert "who counts" not in deaths
    assert deaths.startswith(
        "A running total, which different sources give at different dates, earliest first. The figure rose"
        " from 632 people on 9 September 2023 to 2,960 people on 27 September 2023."
    )


def test_a_count_raised_during_the_day_is_where_the_series_began(pages: dict[str, str]) -> None:
    """The injured were 329 at 7 am and 2,059 that night: the series "rose from 2,059", the day's
    last count, hid the first."""
    injured = note_of(pages[f"{QUAKE}/numbers.md"], "People injured by the earthquake")
    assert (
        "The figure rose from 329 people on 9 September 2023 to 5,674 people on 13 September 2023." in injured
    )


def test_a_bodys_revisions_are_told_in_one_sentence(pages: dict[str, str]) -> None:
    """Three sentences each began "The Ministry of the Interior of Morocco revised its figure"."""
    deaths = note_of(pages[f"{QUAKE}/numbers.md"], "People killed by the earthquake")
    assert deaths.count("Ministry of the Interior of Morocco") == 1
    assert deaths.endswith(
        "The Ministry of the Interior of Morocco revised its figure from 632 to at least 1,037, then to"
        " at least 2,012 people, on 9 September 2023; and from 2,497 to 2,681 people on 11 September 2023."
    )


@pytest.mark.parametrize(
    ("counts", "told"),
    [
        # Invented: the army, then the council, give the dead of a flood; the words name no start.
        ("people killed by the floods", "The figure rose from 120 people on 1 January 2025"),
        ("people injured in the attack", "The figure rose from 120 people"),
        # A count of a span of time is no total: new deaths, deaths in a year.
        ("new deaths", "may come from who counts"),
        ("people killed in 2024", "may come from who counts"),
        ("deaths in the past week", "may come from who counts"),
        # Words of no toll keep the doubt.
        ("homes destroyed", "may come from who counts"),
    ],
)
def test_a_toll_says_it_is_a_total_in_its_words(counts: str, told: str) -> None:
    numbers = [
        _number(f"n{i}", value, f"2025-01-0{i + 1}", counts=counts, stated_by=[who])
        for i, (value, who) in enumerate(((120, "army"), (310, "council")))
    ]
    assert told in series_note(numbers)


def test_a_toll_that_falls_between_two_bodies_keeps_its_doubt() -> None:
    numbers = [
        _number("a", 310, "2025-01-01", stated_by=["army"]),
        _number("b", 120, "2025-01-02", stated_by=["council"]),
    ]
    assert "may come from who counts" in series_note(numbers)


def test_a_count_revised_down_is_no_start_of_the_series() -> None:
    """A body that corrected 20 dead to 18 did not count 20 first: the series begins at 18."""
    numbers = [
        _number("first", 20, "2025-01-01", stated_by=["office"]),
        _number("corrected", 18, "2025-01-01", stated_by=["office"], revises="first"),
        _number("later", 25, "2025-01-03", stated_by=["agency"]),
    ]
    assert "The figure rose from 18 people on 1 January 2025 to 25 people on 3 January 2025." in series_note(
        numbers
    )


# -- The key figure says where its series began ----------------------------------------------------


def test_the_latest_tolls_card_says_where_the_count_began(pages: dict[str, str]) -> None:
    """The card read "2,960 people killed by the earthquake, according to Mustapha Baitas, as of 27
    September 2023", one more figure, not where a rise from 632 had got to."""
    overview = pages[f"{QUAKE}/index.md"]
    deaths = card(overview, "deaths-sep-27")
    assert deaths.endswith("Up from 632 people on 9 September 2023 (nine figures over time).")
    assert "[nine figures over time](numbers.md#deaths-sep-9-morning)" in overview
    assert card(overview, "injured-sep-13").endswith(
        "Up from 329 people on 9 September 2023 (six figures over time)."
    )
    # A figure of no series says nothing of the kind.
    assert "over time" not in card(overview, "people-affected")


def test_the_outbreaks_cards_say_where_their_series_began(pages: dict[str, str]) -> None:
    overview = pages[f"{OUTBREAK}/index.md"]
    assert card(overview, "cases-final").endswith(
        "Up from 20 people on 28 September 2024 (seven figures over time)."
    )
    assert card(overview, "cfr-final").endswith(
        "Down from 24.2% on 17 October 2024 (four figures over time)."
    )
    # Where it began comes before the tally of the whole, which is not of this figure.
    recovered = card(overview, "recovered-final")
    assert recovered.index("Up from 43 people on 17 October 2024") < recovered.index(
        "Of the 66 confirmed cases"
    )
    # "More than 800" may have been 1,146 already: it was so, not risen from.
    assert card(overview, "contacts-oct-20").endswith(
        "Was more than 800 people on 14 October 2024 (two figures over time)."
    )


def test_since_is_said_only_of_a_series_last_figure() -> None:
    first, last = _number("a", 20, "2025-01-01", stated_by=["office"]), _number("b", 30, "2025-01-02")
    assert since([first, last], last) == "Up from 20 people on 1 January 2025"
    assert since([first, last], first) == ""
    assert since([first], first) == ""


# -- A king's court is no court --------------------------------------------------------------------


def test_a_royal_office_called_the_royal_court_is_no_court(pages: dict[str, str]) -> None:
    """The king's office, also called the Royal Court, stood under "Courts and judges", and the
    overview counted "one court" in a story with none."""
    assert "Courts and judges" not in pages[f"{QUAKE}/actors/index.md"]
    assert "court" not in pages[f"{QUAKE}/index.md"].split("## Who's who", 1)[1].split("\n## ", 1)[0]


@pytest.mark.parametrize(
    ("name", "deciding"),
    [
        ("Royal Court", False),
        ("Imperial Court", False),
        ("Royal Court of Jersey", True),
        ("Royal Courts of Justice", True),
        ("High Court", True),
        ("Employment Tribunal", True),
    ],
)
def test_a_court_by_its_name(name: str, deciding: bool) -> None:
    actor = Actor.model_validate(
        {
            "id": "a",
            "name": name,
            "kind": "government-body",
            "description": "A body.",
            "cite": [{"source": "s"}],
        }
    )
    assert judges(actor) is deciding


def _number(id_: str, value: int, as_of: str, **fields: object) -> Number:
    data = {
        "id": id_,
        "value": value,
        "unit": "people",
        "counts": "people killed by the floods",
        "quantity": "q",
        "as_of": as_of,
        "cite": [{"source": "s"}],
    }
    return Number.model_validate({**data, **fields})


def test_a_survey_takes_the(pages: dict[str, str]) -> None:
    """The magnitude's card read "according to United States Geological Survey"."""
    magnitude = card(pages[f"{QUAKE}/index.md"], "magnitude-usgs")
    assert "according to the United States Geological Survey, as of 8 September 2023" in magnitude


# -- A claim no one named makes --------------------------------------------------------------------


def test_an_unknown_no_one_named_reports_reads_as_a_sentence(pages: dict[str, str]) -> None:
    """ "Reports say, without naming a source: How many people lost their homes is not yet known." read
    as a label before a quotation; the sentence is attributed at its end, as a reporter would, and the
    outbreak's claim that opens with an article still reads "Reports say ..., that the ..."."""
    doubts = html(pages[f"{QUAKE}/index.md"]).text()
    assert "How many people lost their homes is not yet known, reports say without naming a source." in doubts
    assert "without naming a source: How" not in doubts
    outbreak = html(pages[f"{OUTBREAK}/index.md"]).text()
    assert "Reports say, without naming a source, that the first patient caught the virus" in outbreak


# -- A decimal keeps the places its source wrote ---------------------------------------------------


def test_a_magnitude_written_seven_point_nought_is_shown_so(pages: dict[str, str]) -> None:
    """The institute's magnitude, written 7.0, read "7" on its card, in the table and on its own page:
    less precision than the source gave, beside the other agency's 6.8."""
    overview = pages[f"{QUAKE}/index.md"]
    assert "other sources differ: 7.0 according to the National Geophysical Institute" in card(
        overview, "magnitude-usgs"
    )
    numbers = html(pages[f"{QUAKE}/numbers.md"]).text()
    assert "one gives 6.8 and another 7.0." in " ".join(numbers.split())
    institute = " ".join(html(pages[f"{QUAKE}/actors/national-geophysical-institute.md"]).text().split())
    assert "7.0 magnitude of the earthquake" in institute
    assert " 7 magnitude" not in institute


def test_a_figure_keeps_its_written_decimals_through_load_and_build(tmp_path: Path) -> None:
    """Invented: a river's rise written 2.50 metres, a range written 1.0 to 1.50 and a rate written 7
    (a whole number stays whole), on another topic; shown as written in the table and the JSON-LD."""
    report = "The river rose 2.50 metres overnight. The bank may rise 1.0 to 1.50 metres more.\n"
    numbers = """\
- id: river-rise
  value: 2.50
  unit: metres
  counts: rise of the river overnight
  stated_by: [district-office]
  cite:
    - source: valley-news
      evidence: The river rose 2.50 metres overnight
- id: bank-rise
  value: 1.0
  upper: 1.50
  unit: metres
  counts: further rise of the bank
  stated_by: [district-office]
  cite:
    - source: valley-news
      evidence: may rise 1.0 to 1.50 metres more
"""
    content = flood_with(tmp_path, report, numbers=numbers)
    table = " ".join(html(built(content)[f"{FLOOD}/numbers.md"]).text().split())
    assert "2.50 metres" in table
    assert "1.0 to 1.50 metres" in table
    site = load_site(content).site
    assert site is not None
    measures = numbers_page(site.dossiers[0])["variableMeasured"]
    rise = next(m for m in measures if m["propertyID"] == "bank-rise")
    assert rise["description"] == "1.0 to 1.50"


# -- The first screen's doubt: one first, the rest counted -----------------------------------------


def test_figures_that_disagree_lead_the_doubts_and_the_rest_is_counted(pages: dict[str, str]) -> None:
    """With no claim contested, the first screen listed every doubt with whose word it was: "differing
    figures for magnitude of the earthquake; one claim not verified (How many people lost their homes
    is not yet known), from an unnamed source; and six claims no one else confirms, from unnamed
    sources, the German Foreign Ministry and Mustapha Baitas", seven lines on a phone. The figures
    that disagree lead, with who gives which; the rest is counted, in one link to "What is not known"."""
    screen = first_screen(pages[f"{QUAKE}/index.md"])
    assert (
        "**Still in doubt:** differing figures for the [magnitude of the earthquake](numbers.md#magnitude-usgs)."
        " The United States Geological Survey gives 6.8, the National Geophysical Institute 7.0."
        " Also in doubt: [seven more claims](#what-is-not-known).\n"
    ) in screen


def test_a_flood_whose_figures_disagree_leads_with_them(tmp_path: Path) -> None:
    """Invented: the flood's road claim no longer denied, only reported: the two counts of the missing
    lead, with who gives which."""
    content = flood_with(tmp_path)
    claims = content / FLOOD / "claims.yaml"
    text = claims.read_text("utf-8").replace(
        "  status: denied\n  note: No one named in the report says who gave the order; the army denies it.\n",
        "  status: unverified\n",
    )
    claims.write_text(text, "utf-8")
    screen = first_screen(built(content)[f"{FLOOD}/index.md"])
    doubt = screen.split("**Still in doubt:** ", 1)[1].split("\n", 1)[0]
    assert doubt.startswith(
        "differing figures for [people missing](numbers.md#missing-according-to-army). The army gives 12"
        " people, the district office 30 people. Also in doubt: [one more claim and one figure]"
        "(#what-is-not-known)."
    )


# -- The timeline says where a rising toll stood on an event's day ---------------------------------


def test_an_events_day_says_where_the_toll_stood(pages: dict[str, str]) -> None:
    """The timeline told the first count (632) and the last (2,960), each an event, and not the rise
    between: the first event of a day that has counts says where each running total stood that day.
    A count the event's title gives, alone that day, is not said again; a later event that day does
    not repeat it."""
    timeline = pages[f"{QUAKE}/timeline.md"]

    def entry(anchor: str) -> str:
        return timeline.split(f"{{: #{anchor} }}", 1)[1].split("\n### ", 1)[0]

    assert (
        "- **Counts that day:** rose from 632 to [at least 2,012](numbers.md#deaths-sep-9-evening) people"
        " killed by the earthquake; rose from 329 to [2,059](numbers.md#injured-sep-9-evening) people"
        " injured by the earthquake\n"
    ) in entry("first-toll")
    assert "Counts that day" not in entry("national-mourning")
    assert "- **Counts that day:** [2,122](numbers.md#deaths-sep-10) people killed" in entry(
        "four-countries-accepted"
    )
    assert "that day" not in entry("last-toll")
    # The outbreak's first event names its counts in words ("six deaths"): not said again.
    outbreak = pages[f"{OUTBREAK}/timeline.md"]
    assert outbreak.count("that day:**") == 2


def test_day_counts_are_of_running_totals_only() -> None:
    """Invented: an outbreak's cases since it began, a daily count of new cases, on one day."""
    cases = [
        _number("c1", 10, "2025-03-01", counts="cases since the outbreak began", stated_by=["ministry"]),
        _number("c2", 14, "2025-03-02", counts="cases since the outbreak began", stated_by=["ministry"]),
        _number("c3", 19, "2025-03-02", counts="cases since the outbreak began", stated_by=["ministry"]),
    ]
    daily = [
        _number(f"d{i}", value, day, counts="new cases", quantity="daily", stated_by=["ministry"])
        for i, (value, day) in enumerate(((4, "2025-03-01"), (5, "2025-03-02")))
    ]
    told = day_counts([*cases, *daily], "2025-03-02")
    assert [(first.id, latest.id) for first, latest in told] == [("c2", "c3")]
    assert day_counts(cases, "2025-03") == []
    assert day_counts(cases[:1], "2025-03-01") == []
