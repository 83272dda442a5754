"""A national budget (tests/fixtures/explained/uk-budget-2024: tax, spending and borrowing in billions
of pounds a year, for one financial year or over no stated period; shares of GDP; an independent
office's forecasts, one revised; a think-tank's estimate against the government's; a tax rate a law
sets from a later day), read as a reader who asks how big each figure is, over what time, who says
it, and whether it is expected or decided; and the same rules on the flood and on invented figures.

Each test reads the pages as built, rendered to HTML as MkDocs renders them (without the theme)."""

from __future__ import annotations

from pathlib import Path

import pytest
from explained import built_fixtures, html, note_of, text, validates_but_for_unstored_text
from flood import built, flood_with

from generator.format.conflicts import compare
from generator.format.model import Number
from generator.site.quantities import names_period
from generator.site.trends import agreement

BUDGET = "uk-budget-2024"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, BUDGET)


def row(page: str, anchor: str) -> str:
    """The text of the numbers page's table row of the figure ``anchor``."""
    tree = html(page)
    rows = [tr for tr in tree.css("tr") if tr.css_first(f'span[id="{anchor}"]') is not None]
    assert rows, anchor
    return " ".join(rows[0].text().split())


def _number(value: float, **fields: object) -> Number:
    return Number.model_validate(
        {
            "id": f"n{int(value)}",
            "value": value,
            "unit": "US dollars",
            "counts": "cost of the plan",
            "quantity": "plan-cost",
            "as_of": "2024-05-01",
            "cite": [{"source": "s"}],
            **fields,
        }
    )


def test_the_budget_validates_with_no_problem_but_unstored_text(tmp_path: Path) -> None:
    """Every source is cited by short phrases, none stored (as the other explained fixtures)."""
    validates_but_for_unstored_text(BUDGET, tmp_path)


# -- A rate a law sets from a later day is in force, not forecast -----------------------------------


def test_a_rate_a_law_sets_from_a_later_day_is_in_force(pages: dict[str, str]) -> None:
    """The employers' rate of 15%, cited from the act of 3 April 2025 that sets it from 6 April, read
    "(official forecast) forecast for 6 April 2025", and the overview listed it under "Figures
    forecast" in what is not known, as if someone expected it. A rate reported ahead by an
    accountant's article (the threshold) is still told as expected."""
    numbers, overview = pages[f"{BUDGET}/numbers.md"], pages[f"{BUDGET}/index.md"]
    told = row(numbers, "employer-nic-rate-after")
    assert told == "15% according to UK government (official figure)12 in force from 6 April 2025"
    assert "forecast" not in told
    assert "The figure is set to rise from 13.8% on 30 October 2024 to 15% on 6 April 2025." in text(numbers)
    forecast = text(overview).split("Figures forecast", 1)[1].split("Who's who", 1)[0]
    assert "15% for the employers'" not in forecast
    assert "865,000 employers who will pay no National Insurance" in forecast


def test_a_figure_a_budget_has_decided_is_set_not_forecast(pages: dict[str, str]) -> None:
    """The threshold the Budget cut to £5,000 from 6 April 2025 (`decided: true`, reported by an
    accountant's article before the day) read "forecast for 6 April 2025", "expected to fall", and
    sat under "Figures forecast" in what is not known, as if someone expected it: it is set. The
    government's estimate of employers who will pay nothing stays a forecast."""
    numbers, overview = pages[f"{BUDGET}/numbers.md"], pages[f"{BUDGET}/index.md"]
    assert "set for 6 April 2025" in row(numbers, "secondary-threshold-after")
    assert "forecast" not in row(numbers, "secondary-threshold-after")
    said = "The figure is set to fall from £9,100 on 21 November 2024 to £5,000 on 6 April 2025."
    assert said in text(numbers)
    forecast = text(overview).split("Figures forecast", 1)[1].split("Who's who", 1)[0]
    assert "£5,000" not in forecast
    assert "£10,500" not in forecast


def test_a_law_set_figure_in_the_flood_is_in_force(tmp_path: Path) -> None:
    """The same on invented figures: a toll a district order sets from a day after it was published
    is in force from that day; the same toll in a news report before the day is forecast."""
    folder = flood_with(
        tmp_path,
        sources=(
            "- id: toll-order\n  title: Road Toll Order\n  kind: law\n  published: 2024-01-20\n"
            "- id: toll-report\n  title: Toll to rise\n  kind: article\n  published: 2024-01-20\n"
        ),
        numbers=(
            "- id: toll-set\n  value: 12\n  unit: US dollars\n  counts: toll on the valley road\n"
            '  as_of: "2024-03-01"\n  cite:\n    - source: toll-order\n      evidence: a toll of $12\n'
            "- id: toll-reported\n  value: 12\n  unit: US dollars\n  counts: toll on the mountain road\n"
            '  as_of: "2024-03-01"\n  cite:\n    - source: toll-report\n      evidence: a toll of $12\n'
        ),
    )
    numbers = text(built(folder)["glacier-lake-flood/numbers.md"])
    assert "Toll on the valley road $12 In force from: 1 March 2024 According to: the law" in numbers
    assert "Toll on the mountain road $12 Forecast for: 1 March 2024 According to: the article" in numbers


def test_a_decided_figure_in_the_flood_is_set_for_its_day(tmp_path: Path) -> None:
    """The same on invented figures: a fare a transport board has fixed from a later day (`decided`)
    is set for that day, the same fare a union expects is forecast for it."""
    folder = flood_with(
        tmp_path,
        sources=("- id: fare-report\n  title: Fares to rise\n  kind: article\n  published: 2024-01-20\n"),
        numbers=(
            "- id: fare-set\n  value: 3\n  unit: US dollars\n  counts: bus fare in the valley\n"
            '  as_of: "2024-03-01"\n  decided: true\n'
            "  cite:\n    - source: fare-report\n      evidence: a fare of $3\n"
            "- id: fare-expected\n  value: 4\n  unit: US dollars\n  counts: bus fare on the pass\n"
            '  as_of: "2024-03-01"\n  cite:\n    - source: fare-report\n      evidence: a fare of $4\n'
        ),
    )
    numbers = text(built(folder)["glacier-lake-flood/numbers.md"])
    assert "Bus fare in the valley $3 Set for: 1 March 2024 According to: the article" in numbers
    assert "Bus fare on the pass $4 Forecast for: 1 March 2024 According to: the article" in numbers


# -- A rate of a period is not set against a figure of none -----------------------------------------


def test_a_yearly_sum_and_a_figure_of_no_period_do_not_disagree(pages: dict[str, str]) -> None:
    """The office's "£36 billion a year" of tax rises and the Chancellor's "£40 billion" (no period
    given) read as figures that "cannot all be right", and the key figure's card said "other sources
    differ"; a reader could not tell that one is a year's and the other says over how long nothing.
    (The £40 billion and £41 billion of no period were then told as a dispute too: they are two
    sources' roundings of one sum, each to the billion, and agree, as the next test says.)"""
    numbers, overview = pages[f"{BUDGET}/numbers.md"], pages[f"{BUDGET}/index.md"]
    assert note_of(numbers, "Tax rises in the Budget") == (
        "Not every figure is counted over the same time: £36 billion a year is for one year, while"
        " £40 billion and £41 billion give no period and may be totals over a longer time. £40 billion and"
        " £41 billion may be one figure, each rounded."
    )
    card = text(overview).split("Key figures", 1)[1].split("£70 billion a year", 1)[0]
    assert "£36 billion a year the tax rises in the Budget" in card
    assert "differ" not in card


# -- Figures rounded at their scale are not a dispute -------------------------------------------------


def test_two_roundings_of_one_sum_are_no_dispute(pages: dict[str, str]) -> None:
    """The Chancellor's "£40bn" and a think-tank's "£41 billion" of tax rises, each rounded to the
    billion, read as figures that "cannot all be right", the overview listed them under "Figures that
    disagree" and each speaker's page said "other sources differ": £40.5 billion rounds to either."""
    numbers, overview = text(pages[f"{BUDGET}/numbers.md"]), text(pages[f"{BUDGET}/index.md"])
    assert "cannot all be right" not in numbers
    assert "Figures that disagree" not in overview
    assert "differing figures for" not in overview
    for speaker in ("rachel-reeves", "resolution-foundation"):
        assert "other sources differ" not in text(pages[f"{BUDGET}/actors/{speaker}.md"])


@pytest.mark.parametrize(
    ("values", "told"),
    [
        (
            (40_000_000_000, 41_000_000_000),
            "These figures differ but can all be true: each is rounded, and one figure can round to both.",
        ),
        ((40_000_000_000, 42_000_000_000), ""),
        ((632, 1_037), ""),
    ],
)
def test_rounded_figures_of_no_period_agree_and_say_why(values: tuple[int, int], told: str) -> None:
    """Invented figures of one date: two roundings that meet agree, and the note says why; sums two
    billions apart, or two exact counts, still disagree."""
    first, second = (_number(value, id=f"n{i}") for i, value in enumerate(values))
    conflicts = compare([first, second]).conflicts
    assert bool(conflicts) is not bool(told)
    if told:
        assert agreement([first, second]) == told


@pytest.mark.parametrize(
    ("later", "told"),
    [
        ("2024-05-01", " $40 billion and $41 billion may be one figure, each rounded."),
        ("2024-06-01", ""),  # of different dates: not one figure rounded two ways
    ],
)
def test_roundings_beside_a_rate_say_they_may_be_one(later: str, told: str) -> None:
    """Beside a rate of a year, two figures of no period that differ only as roundings say so: the
    periods' sentence alone left "$40 billion" and "$41 billion" side by side unexplained."""
    figures = [
        _number(14_000_000_000, per="year"),
        _number(40_000_000_000),
        _number(41_000_000_000, as_of=later),
    ]
    assert agreement(figures) == (
        "Not every figure is counted over the same time: $14 billion a year is for one year, while $40"
        " billion and $41 billion give no period and may be totals over a longer time." + told
    ).replace("$", "&#36;")


@pytest.mark.parametrize(
    ("fields", "conflict"),
    [
        (({"per": "year"}, {}), False),
        (({"per": "year"}, {"per": "month"}), False),
        (({"per": "year"}, {"per": "year"}), True),
        (({}, {}), True),
    ],
)
def test_figures_disagree_only_over_the_same_period(
    fields: tuple[dict[str, object], dict[str, object]], conflict: bool
) -> None:
    first, second = _number(14_000_000_000, **fields[0]), _number(40_000_000_000, **fields[1])
    assert bool(compare([first, second]).conflicts) is conflict


@pytest.mark.parametrize(
    ("fields", "told"),
    [
        (
            ({"per": "year"}, {}),
            "Not every figure is counted over the same time: $14 billion a year is for one year, while"
            " $40 billion gives no period and may be a total over a longer time.",
        ),
        (
            ({"per": "year"}, {"per": "month"}),
            "Not every figure is counted over the same time: $14 billion a year and $40 billion a month"
            " are rates over different periods.",
        ),
    ],
)
def test_why_rates_of_different_periods_differ(
    fields: tuple[dict[str, object], dict[str, object]], told: str
) -> None:
    first, second = _number(14_000_000_000, **fields[0]), _number(40_000_000_000, **fields[1])
    # Markdown: a dollar sign is escaped, as it would open a formula.
    assert agreement([first, second]) == told.replace("$", "&#36;")


# -- A series that ends in a forecast is expected to go there ---------------------------------------


def test_a_series_ending_in_a_later_figure_is_not_told_as_made(pages: dict[str, str]) -> None:
    """The employers' threshold, £9,100 in a report of November and £5,000 from April as the Budget
    decided, read "The figure fell from £9,100 on 21 November 2024 to £5,000 on 6 April 2025": a fall
    told as made, in a page whose report was months before it. (Before it was marked `decided`, it
    read "is expected to fall"; a forecast's series reads so in the flood, below.)"""
    note = note_of(
        pages[f"{BUDGET}/numbers.md"], "Yearly pay above which employers pay National Insurance on a worker"
    )
    assert "The figure is set to fall from £9,100 on 21 November 2024 to £5,000 on 6 April 2025." in note
    assert "fell from" not in note


def test_a_series_ending_in_a_forecast_in_the_flood(tmp_path: Path) -> None:
    """The same on invented figures: a lake's volume on a Monday and the district office's forecast
    for June; a series of two measured figures still rose or fell."""
    report = (
        "The district office said the lake held 20 million cubic metres on Monday and that it would"
        " hold 8 million cubic metres by June."
    )
    figures = "".join(
        f"- id: {name}\n  value: {value}\n  unit: cubic metres\n  counts: water in the lake\n"
        f'  quantity: lake-volume\n  as_of: "{date}"\n  stated_by: [district-office]\n'
        f"  cite:\n    - source: valley-news\n      evidence: {evidence}\n"
        for name, value, date, evidence in (
            ("volume-monday", 20000000, "2024-01-08", "held 20 million cubic metres on Monday"),
            ("volume-june", 8000000, "2024-06", "hold 8 million cubic metres by June"),
        )
    )
    numbers = text(built(flood_with(tmp_path, report, numbers=figures))["glacier-lake-flood/numbers.md"])
    assert (
        "The figure is expected to fall from 20 million cubic metres on 8 January 2024 to 8 million"
        " cubic metres in June 2024." in numbers
    )


# -- A forecast whose words name its date says the date once ----------------------------------------


def test_a_forecast_named_by_its_year_says_it_once(pages: dict[str, str]) -> None:
    """ "2% for growth of the UK economy in 2025, the official forecast from the Office for Budget
    Responsibility, forecast for 2025": the year twice in one line."""
    forecasts = text(pages[f"{BUDGET}/index.md"]).split("Figures forecast", 1)[1]
    assert (
        "2% for growth of the UK economy in 2025, the official forecast from the Office for Budget"
        in forecasts
    )
    assert "Responsibility, forecast for 2025" not in forecasts
    # A forecast whose words do not say when still does.
    assert "lower wages, according to the Office for Budget Responsibility, forecast for 2027" in forecasts


def test_a_forecast_named_by_its_month_in_the_flood(tmp_path: Path) -> None:
    """The same on an invented forecast no body gives officially: "a forecast" in place of the date."""
    report = "The district office expects 8 million cubic metres in the lake in June 2024."
    figure = (
        "- id: volume-june\n  value: 8000000\n  unit: cubic metres\n  counts: water in the lake in June 2024\n"
        '  as_of: "2024-06"\n  stated_by: [district-office]\n'
        "  cite:\n    - source: valley-news\n      evidence: expects 8 million cubic metres in the lake\n"
    )
    overview = text(built(flood_with(tmp_path, report, numbers=figure))["glacier-lake-flood/index.md"])
    assert (
        "8 million cubic metres of water in the lake in June 2024, according to the district office, a forecast"
        in overview
    )
    assert "June 2024, according to the district office, forecast for June 2024" not in overview


# -- A revision known from a later report is dated by that report -----------------------------------


def test_a_revision_known_from_a_later_report_says_so(pages: dict[str, str]) -> None:
    """The Office's forecasts of March and October, both quoted in a parliamentary answer of 14
    November, read "revised its figure from £39.4 billion to £71.9 billion on 14 November 2024": the
    answer's day, weeks after the revision."""
    note = note_of(pages[f"{BUDGET}/numbers.md"], "Government borrowing in the financial year 2028-29")
    assert note.startswith(
        "The Office for Budget Responsibility revised its figure from £39.4 billion to £71.9 billion,"
        " as reported on 14 November 2024."
    )


@pytest.mark.parametrize(
    ("dates", "told"),
    [
        # Both figures of one day, in a report of that day: revised that day (the earthquake's tolls).
        (("2024-01-08", "2024-01-08"), "revised its figure from 20 to 30 people on 8 January 2024."),
        # Figures of no day, or of a year the report is in: the report's day is when it was known.
        (("", ""), "revised its figure from 20 to 30 people, as reported on 8 January 2024."),
        (("2024", "2024"), "revised its figure from 20 to 30 people, as reported on 8 January 2024."),
        # A later figure's own day is when it was revised; a forecast's own day is not.
        (("2024-01-06", "2024-01-07"), "revised its figure from 20 to 30 people on 7 January 2024."),
        (("2024", "2025"), "revised its figure from 20 to 30 people, as reported on 8 January 2024."),
    ],
)
def test_a_revision_in_the_flood_is_dated_truthfully(
    tmp_path: Path, dates: tuple[str, str], told: str
) -> None:
    """The same on invented figures: the district office's count of people moved, raised once."""
    sources = (
        "- id: district-bulletin\n  title: District bulletin\n  kind: article\n  published: 2024-01-08\n"
    )
    figures = "".join(
        f"- id: {name}\n  value: {value}\n  unit: people\n  counts: people moved to the school\n"
        "  quantity: people-moved-school\n  stated_by: [district-office]\n"
        + (f'  as_of: "{date}"\n' if date else "")
        + ("  revises: moved-first\n" if name == "moved-later" else "")
        + f"  cite:\n    - source: district-bulletin\n      evidence: {value} people\n"
        for name, value, date in (("moved-first", 20, dates[0]), ("moved-later", 30, dates[1]))
    )
    numbers = text(
        built(flood_with(tmp_path, sources=sources, numbers=figures))["glacier-lake-flood/numbers.md"]
    )
    assert told in numbers


# -- A period the figure's words name as a split year is said once ----------------------------------


def test_a_financial_year_named_in_the_words_is_said_once(pages: dict[str, str]) -> None:
    """ "government borrowing in the financial year 2028-29 (official forecast, forecast for April
    2028 to March 2029)": the year twice, the second time in months. The table's date cell keeps the
    months, which say what a financial year is."""
    obr, overview = text(pages[f"{BUDGET}/actors/obr.md"]), text(pages[f"{BUDGET}/index.md"])
    assert "in government borrowing in the financial year 2028-29 (official forecast)" in obr
    assert "forecast for April 2028 to March 2029" not in obr
    assert (
        "in government borrowing in the financial year 2028-29, the official forecast from the Office for"
        " Budget Responsibility" in overview
    )
    assert "forecast for April 2028 to March 2029" not in overview
    assert "forecast for April 2028 to March 2029" in row(
        pages[f"{BUDGET}/numbers.md"], "borrowing-2028-29-october"
    )


@pytest.mark.parametrize(
    ("counts", "period", "named"),
    [
        ("borrowing in the financial year 2028-29", ("2028-04", "2029-03"), True),
        ("goals scored in the 2023/24 season", ("2023-08", "2024-05"), True),
        ("pupils enrolled in 2023-2024", ("2023-09", "2024-07"), True),
        ("rainfall in 2028-29", ("2028-04", "2029-03"), True),
        # Another split year, or a period longer than a year, or none named: the period is said.
        ("borrowing in the financial year 2027-28", ("2028-04", "2029-03"), False),
        ("borrowing from 2028-29 on", ("2028-04", "2030-03"), False),
        ("borrowing in the financial year", ("2028-04", "2029-03"), False),
        ("fish caught in 2028", ("2028-01", "2028-12"), False),
    ],
)
def test_a_split_year_in_the_words_names_the_period(
    counts: str, period: tuple[str, str], named: bool
) -> None:
    number = _number(5_000_000, counts=counts, period={"from": period[0], "to": period[1]}, as_of=None)
    assert names_period(number) is named


# -- A claim disputed with no one named says so -----------------------------------------------------


def test_a_claim_no_one_is_named_disputing_says_so(pages: dict[str, str]) -> None:
    """The think-tank's estimate, marked disputed, read "another source disputes it" on the first
    screen and "disputed by another source" on its pages, though the story names no one who does;
    then "disputed, though no one is named as disputing it", which puzzled a reader: its own words
    name the government's figure it stands against, so the first screen says no more, and its pages
    say it is at odds with that figure (tests/test_reading_panel.py)."""
    overview, claims = text(pages[f"{BUDGET}/index.md"]), text(pages[f"{BUDGET}/claims.md"])
    assert (
        "not the £25 billion the government counts, because it will lower wages, says the Institute for"
        " Fiscal Studies, through its director Paul Johnson. Also in doubt:" in overview
    )
    assert "Status: At odds with the figure it names" in claims
    for page in (overview, claims):
        assert "another source" not in page
        assert "no one is named as disputing" not in page
