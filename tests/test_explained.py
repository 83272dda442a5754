"""A story of another shape than the shared fixtures: a central bank's rate decision
(tests/fixtures/explained/bank-rate-cut), with percentages, a change given in two units, a split vote
and forecasts, built beside the court ruling; and the same rules on the flood with invented figures.

Each test reads the pages as built, as a reader meets them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from flood import DOSSIERS, FLOOD, built, first_screen

from generator.format.conflicts import compare
from generator.format.model import Number
from generator.site.grammar import caption_text

BANK = "bank-rate-cut"
COURT = "purdue-sackler-ruling"
EXPLAINED = Path(__file__).parent / "fixtures" / "explained"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    content = tmp_path_factory.mktemp("explained") / "content"
    shutil.copytree(EXPLAINED / BANK, content / BANK)
    shutil.copytree(DOSSIERS / COURT, content / COURT)
    return built(content)


def _section(page: str, heading: str) -> str:
    return page.split(f"\n{heading}", 1)[1].split("\n#", 1)[0]


def _number(value: float, unit: str, counts: str = "cut in the rate", **fields: object) -> Number:
    return Number.model_validate(
        {"id": "n", "value": value, "unit": unit, "counts": counts, "cite": [{"source": "s"}], **fields}
    )


# -- One figure in two units is no disagreement --------------------------------------------------


def test_basis_points_and_percentage_points_of_one_cut_agree(pages: dict[str, str]) -> None:
    """ "0.25 percentage points" and "25 basis points" of one cut were told as figures that "cannot
    all be right", on the first screen too."""
    overview, numbers = pages[f"{BANK}/index.md"], pages[f"{BANK}/numbers.md"]
    assert "Figures that disagree" not in overview
    assert "differing figures" not in overview.split("\n## ", 1)[0]
    assert "cannot all be right" not in numbers
    assert (
        "## Cut in Bank Rate {: .explainer-counts }\n\nThe sources give the same figure in different units."
        in numbers
    )
    # The court story's figures that do disagree still do.
    assert "### Figures that disagree" in pages[f"{COURT}/index.md"]


@pytest.mark.parametrize(
    ("small", "large", "agree"),
    [
        ((35, "basis points"), (0.35, "percentage points"), True),
        ((50, "bps"), (0.25, "percentage points"), False),
    ],
)
def test_a_fraction_unit_is_compared_in_the_larger_one(
    small: tuple[float, str], large: tuple[float, str], agree: bool
) -> None:
    day = {"as_of": "2025-03-01", "quantity": "q"}
    figures = [_number(*small, **day), _number(*large, **day)]
    assert bool(compare(figures).conflicts) is not agree


# -- A percentage is "of" a group, "for" a rate ----------------------------------------------------


def test_a_percentage_of_a_rate_is_not_a_share_of_it(pages: dict[str, str]) -> None:
    """ "5% of Bank Rate" read as a twentieth of the rate."""
    overview = pages[f"{BANK}/index.md"]
    assert (
        "[5%](numbers.md#bank-rate-after-cut) for Bank Rate, the Bank of England's main interest rate"
        in overview
    )
    assert "% of Bank Rate" not in overview and "% of UK inflation" not in overview
    assert "[12 months](numbers.md#months-at-peak) the time Bank Rate stayed" in overview  # not "of time"


@pytest.mark.parametrize(
    ("value", "unit", "counts", "told"),
    [
        (30, "percent", "voters who backed the plan", "30% of voters who backed the plan"),
        (12, "%", "households in the district", "12% of households in the district"),
        (4.5, "per cent", "the jobless rate in March", "4.5%, the jobless rate in March"),
        (2.5, "percent", "inflation the ministry expects", "2.5% for inflation the ministry expects"),
        (40, "basis points", "rise in the lending rate", "40 basis points for rise in the lending rate"),
        (3, "hours", "time the road stayed shut", "3 hours, the time the road stayed shut"),
    ],
)
def test_how_a_percentage_joins_what_it_counts(value: float, unit: str, counts: str, told: str) -> None:
    assert caption_text(_number(value, unit, counts)) == told


# -- A figure for a time after its report is a forecast --------------------------------------------


def test_a_figure_dated_after_its_report_is_a_forecast(pages: dict[str, str]) -> None:
    """ "4.8%, as of 2026" in a report of August 2024 read as a measurement."""
    numbers, overview = pages[f"{BANK}/numbers.md"], pages[f"{BANK}/index.md"]
    assert "as of </span>2026" not in numbers
    assert "| forecast for 2026 |" in numbers
    assert "| forecast for July 2024 to December 2024 |" in numbers
    assert "A figure “forecast for” a time after its report is expected, not measured." in numbers
    forecasts = _section(overview, "### Figures forecast")
    assert (
        "- [4&#46;8%](numbers.md#unemployment-peak) for UK unemployment rate at its peak in the Bank's forecast,"
        " according to the [Bank of England](actors/bank-of-england.md), forecast for 2026[^" in forecasts
    )
    # Not counted as figures only the bank gives: a forecast is always its maker's.
    assert "4&#46;8%" not in _section(overview, "### Figures only one side gives")
    # The court ruling's figures are of their day: none is a forecast.
    assert "forecast for" not in pages[f"{COURT}/numbers.md"]
    assert "### Figures forecast" not in pages[f"{COURT}/index.md"]


def test_a_forecast_in_the_flood_story(tmp_path: Path) -> None:
    """An invented figure the report of January 2024 gives for March: forecast for March, not as of it;
    the figures of the report's own month stay as of their day."""
    content = tmp_path / "content"
    shutil.copytree(DOSSIERS / FLOOD, content / FLOOD)
    story = content / FLOOD
    source = story / "source.txt"
    source.write_text(
        source.read_text("utf-8")
        + "Engineers expect the second lake to hold 2 million cubic metres by March.\n",
        "utf-8",
    )
    numbers = story / "numbers.yaml"
    numbers.write_text(
        numbers.read_text("utf-8")
        + """- id: second-lake-volume
  value: 2000000
  unit: cubic metres
  counts: water in the second lake
  as_of: "2024-03"
  unattributed: true
  cite:
    - source: valley-news
      evidence: expect the second lake to hold 2 million cubic metres by March
""",
        "utf-8",
    )
    flood = built(content)
    page = flood[f"{FLOOD}/numbers.md"]
    assert "- **Forecast for:** March 2024" in page
    assert "- **As of:** 10 January 2024" in page or "as of </span>10 January 2024" in page
    assert "forecast for 2 million" not in page
    assert (
        "2 million cubic metres](numbers.md#second-lake-volume) of water in the second lake, forecast for March 2024"
        in (_section(flood[f"{FLOOD}/index.md"], "### Figures forecast"))
    )


# -- A report's own figure is not a party's -----------------------------------------------------


def test_a_figure_no_one_is_named_for_is_not_the_partys(pages: dict[str, str]) -> None:
    """The bank states inflation of 2% in May and June; a news report gives the 11% peak of 2022
    and the 0.1% rate of 2021 without naming who. Both were listed as figures "only the Bank of
    England gives"."""
    one_side = _section(pages[f"{BANK}/index.md"], "### Figures only one side gives")
    assert "numbers.md#inflation-may-june-2024" in one_side
    assert "numbers.md#inflation-peak" not in one_side
    assert "numbers.md#bank-rate-record-low" not in one_side
    assert "two figures only the [Bank of England](actors/bank-of-england.md) gives" in first_screen(
        pages[f"{BANK}/index.md"]
    )


def test_figures_across_stories_say_a_forecast(tmp_path: Path) -> None:
    """The site's page of figures across stories said "as of 2026" of the same forecast."""
    content = tmp_path / "content"
    shutil.copytree(EXPLAINED / BANK, content / BANK)
    shutil.copytree(EXPLAINED / BANK, content / "a-later-rate-story")
    meta = content / "a-later-rate-story" / "dossier.yaml"
    meta.write_text(meta.read_text("utf-8").replace(f"slug: {BANK}", "slug: a-later-rate-story"), "utf-8")
    site = built(content)
    across = site["quantities.md"]
    assert "forecast for 2026" in across
    assert "as of </span>2026" not in across and "as of 2026" not in across
