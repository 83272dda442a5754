"""A story's series of figures drawn as bars by date under its table (`NumbersList.series_chart`,
`generator/site/charts.py`): on invented reports of other topics (a flood's evacuations, a lake's
share of ice, a count two bodies give), asserted on the built page's SVG and its text alternative."""

from __future__ import annotations

import re
from pathlib import Path

from flood import built, flood_with

NUMBERS_PAGE = "glacier-lake-flood/numbers.md"


def _figures(
    *rows: tuple[str, float, str, str, str],
    unit: str = "people",
    counts: str = "people evacuated from the valley",
    extra: str = "",
) -> str:
    """Numbers of one quantity: (id, value, as_of, stated_by, evidence) each."""
    return "".join(
        f'- id: {name}\n  value: {value}\n  unit: "{unit}"\n  counts: {counts}\n'
        f'  quantity: evacuated\n  as_of: "{date}"\n  stated_by: [{who}]\n{extra if name.endswith("-3") else ""}'
        f"  cite:\n    - source: valley-news\n      evidence: {evidence}\n"
        for name, value, date, who, evidence in rows
    )


REPORT = (
    "The district office said 120 people had left by Monday, 340 by Tuesday and 610 by Thursday. The"
    " army said 700 people had been moved by Friday."
)
ROWS = (
    ("evacuated-1", 120, "2023-12-04", "district-office", "120 people had left by Monday"),
    ("evacuated-2", 340, "2023-12-05", "district-office", "340 by Tuesday"),
    ("evacuated-3", 610, "2023-12-07", "district-office", "610 by Thursday"),
    ("evacuated-4", 700, "2023-12-08", "army", "700 people had been moved by Friday"),
)


def _chart(page: str) -> str:
    found = re.search(r'<div class="explainer-chart" id="evacuated-1-chart".*?</div>', page, re.S)
    assert found is not None, "no chart"
    return found.group()


def test_a_count_given_at_four_dates_is_drawn_under_its_table(tmp_path: Path) -> None:
    """Four dated figures: four bars in date order, below the table, each labelled with its date and
    who gives it where that changes; the title is the table's heading, the description the span."""
    page = built(flood_with(tmp_path, REPORT, numbers=_figures(*ROWS)))[NUMBERS_PAGE]
    chart = _chart(page)
    assert page.index("**700 people**") < page.index('<div class="explainer-chart"')
    assert chart.count('class="explainer-chart__bar"') == 4
    labels = re.findall(r'class="explainer-chart__label"[^>]*>([^<]*)<', chart)
    assert labels == [
        "4 December 2023 · District office",
        "5 December 2023",
        "7 December 2023",
        "8 December 2023 · The army",
    ]
    assert re.findall(r'class="explainer-chart__value"[^>]*>([^<]*)<', chart) == ["120", "340", "610", "700"]
    assert '<title id="evacuated-1-chart-title">People evacuated from the valley</title>' in chart
    assert "4 figures in date order, from 120 to 700; the table above gives each one." in chart
    # Raw HTML that Markdown keeps whole: no blank line inside it.
    assert "\n\n" not in chart


def test_two_figures_are_told_in_a_sentence_not_drawn(tmp_path: Path) -> None:
    page = built(flood_with(tmp_path, REPORT, numbers=_figures(*ROWS[:2])))[NUMBERS_PAGE]
    assert 'class="explainer-chart"' not in page


def test_figures_that_disagree_are_not_drawn_as_a_change(tmp_path: Path) -> None:
    """Two bodies' figures for the same day that cannot both be right: a disagreement, which bars in
    a row would read as a rise."""
    rows = (*ROWS[:3], ("evacuated-4", 900, "2023-12-07", "army", "900 people had left by Thursday"))
    report = REPORT + " The army said 900 people had left by Thursday."
    page = built(flood_with(tmp_path, report, numbers=_figures(*rows)))[NUMBERS_PAGE]
    assert 'class="explainer-chart"' not in page


def test_one_body_is_not_named_on_every_bar_and_a_share_keeps_its_sign(tmp_path: Path) -> None:
    """Figures all from one body name no one (the table does); a percentage is written with its sign
    beside its bar ("45%", where "45" left a reader to guess)."""
    report = "The district office said 20% of the valley was flooded on Monday, 45% on Tuesday and 60% on Thursday."
    rows = (
        ("evacuated-1", 20, "2023-12-04", "district-office", "20% of the valley was flooded on Monday"),
        ("evacuated-2", 45, "2023-12-05", "district-office", "45% on Tuesday"),
        ("evacuated-3", 60, "2023-12-07", "district-office", "60% on Thursday"),
    )
    chart = _chart(
        built(
            flood_with(
                tmp_path, report, numbers=_figures(*rows, unit="%", counts="share of the valley flooded")
            )
        )[NUMBERS_PAGE]
    )
    labels = re.findall(r'class="explainer-chart__label"[^>]*>([^<]*)<', chart)
    assert labels == ["4 December 2023", "5 December 2023", "7 December 2023"]
    assert re.findall(r'class="explainer-chart__value"[^>]*>([^<]*)<', chart) == ["20%", "45%", "60%"]
    assert "from 20% to 60%" in chart


def test_a_figure_since_revised_says_so_on_its_bar(tmp_path: Path) -> None:
    """A count the body later revised stays a bar of its day, labelled "since revised"."""
    revised = _figures(*ROWS, extra="  revises: evacuated-2\n")
    chart = _chart(built(flood_with(tmp_path, REPORT, numbers=revised))[NUMBERS_PAGE])
    labels = re.findall(r'class="explainer-chart__label"[^>]*>([^<]*)<', chart)
    assert labels[1] == "5 December 2023 · since revised"


def test_a_rows_remark_stays_under_the_table_before_the_chart(tmp_path: Path) -> None:
    """What a row cannot hold (a figure's note) is read with the table, right under it; the chart
    follows both, rather than parting a remark from the rows it is about."""
    noted = _figures(*ROWS, extra="  note: Counted at the shelters.\n")
    page = built(flood_with(tmp_path, REPORT, numbers=noted))[NUMBERS_PAGE]
    assert "Counted at the shelters." in page
    assert page.index("Counted at the shelters.") < page.index('<div class="explainer-chart"')
