"""Stories of other shapes than the shared fixtures: a central bank's rate decision
(tests/fixtures/explained/bank-rate-cut), with percentages, a change given in two units, a split vote
and forecasts, built beside the court ruling; an election result (venezuela-election-2024), with vote
shares, a count updated as results came in and a winner the runner-up rejects; a disease outbreak
(rwanda-marburg-2024), with running totals of cases and deaths over dates, a case fatality ratio,
vaccine doses and a countdown to its end; a scientific finding (glacier-loss-2025), a peer-reviewed
estimate with its margins, the data it rests on, an earlier team's estimate over a shorter period, an
outside expert's opinion and the study's limits; and the same rules on the flood with invented
figures.

Each test reads the pages as built, as a reader meets them."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from explained import EXPLAINED, explained_content, validates_but_for_unstored_text
from flood import DOSSIERS, FLOOD, built, first_screen, flood_with

from generator.format.conflicts import compare
from generator.format.model import Number
from generator.site.grammar import caption_text, counted_article, reported
from generator.site.trends import series_note

BANK = "bank-rate-cut"
ELECTION = "venezuela-election-2024"
OUTBREAK = "rwanda-marburg-2024"
GLACIERS = "glacier-loss-2025"
COURT = "purdue-sackler-ruling"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    content = explained_content(tmp_path_factory.mktemp("explained"), BANK, ELECTION, OUTBREAK, GLACIERS)
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
        # One change is "the" change: "for rise in the lending rate" lacked its article.
        (40, "basis points", "rise in the lending rate", "40 basis points for the rise in the lending rate"),
        (
            0.5,
            "percentage points",
            "fall in the jobless rate",
            "0.5 percentage points for the fall in the jobless rate",
        ),
        (1.2, "percent", "gap between the two parties", "1.2% for the gap between the two parties"),
        (5, "percent", "Bank Rate", "5% for Bank Rate"),
        (3, "hours", "time the road stayed shut", "3 hours, the time the road stayed shut"),
    ],
)
def test_how_a_percentage_joins_what_it_counts(value: float, unit: str, counts: str, told: str) -> None:
    assert caption_text(_number(value, unit, counts)) == told


def test_one_change_takes_the(pages: dict[str, str]) -> None:
    """A key-figure card read "0.25 percentage points for cut in Bank Rate"; one cut is "the" cut,
    after "for" and in a line that names what figures disagree on."""
    assert (
        "[0&#46;25 percentage points](numbers.md#rate-cut) for the cut in Bank Rate,"
        in pages[f"{BANK}/index.md"]
    )
    assert counted_article("cut in the lending rate") == "the "
    assert counted_article("cuts in rates") == counted_article("UK inflation") == ""


# -- A figure for a time after its report is a forecast --------------------------------------------


def test_a_figure_dated_after_its_report_is_a_forecast(pages: dict[str, str]) -> None:
    """ "4.8%, as of 2026" in a report of August 2024 read as a measurement."""
    numbers, overview = pages[f"{BANK}/numbers.md"], pages[f"{BANK}/index.md"]
    assert "as of </span>2026" not in numbers
    assert "| forecast for 2026 |" in numbers
    assert "| forecast for July to December 2024 |" in numbers
    assert "A figure “forecast for” a time after its report is expected, not measured." in numbers
    forecasts = _section(overview, "### Figures forecast")
    assert (
        "- [4&#46;8%](numbers.md#unemployment-peak) for the UK unemployment rate at its peak in the Bank's forecast,"
        " according to the [Bank of England](actors/bank-of-england.md), forecast for 2026[^" in forecasts
    )
    # Not counted as figures only the bank gives: a forecast is always its maker's (and its measured
    # inflation figure is a record, ``unknowns.a_record``: the bank gives no figure in doubt).
    assert "\n### Figures no other source gives" not in overview
    # The court ruling's figures are of their day: none is a forecast.
    assert "forecast for" not in pages[f"{COURT}/numbers.md"]
    assert "### Figures forecast" not in pages[f"{COURT}/index.md"]


def test_a_forecast_in_the_flood_story(tmp_path: Path) -> None:
    """An invented figure the report of January 2024 gives for March: forecast for March, not as of it;
    the figures of the report's own month stay as of their day."""
    content = flood_with(
        tmp_path,
        "Engineers expect the second lake to hold 2 million cubic metres by March.\n",
        numbers="""- id: second-lake-volume
  value: 2000000
  unit: cubic metres
  counts: water in the second lake
  as_of: "2024-03"
  unattributed: true
  cite:
    - source: valley-news
      evidence: expect the second lake to hold 2 million cubic metres by March
""",
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
    England gives". The bank's own 2% is a measured figure of a past period from a public body, in a
    story with no sides: a record, not a doubt either (``unknowns.a_record``)."""
    overview = pages[f"{BANK}/index.md"]
    assert "Figures no other source gives" not in overview
    assert "**Still in doubt:**" not in first_screen(overview)
    not_known = overview.split("## What is not known", 1)[1].split("\n## ", 1)[0]
    # Nor is the rate the bank sets, its official figure (tests/test_official.py).
    for figure in (
        "inflation-peak",
        "bank-rate-record-low",
        "inflation-may-june-2024",
        "bank-rate-after-cut",
    ):
        assert f"numbers.md#{figure})" not in not_known


def test_figures_across_stories_say_a_forecast(tmp_path: Path) -> None:
    """The site's page of figures across stories said "as of 2026" of the same forecast."""
    content = explained_content(tmp_path, BANK)
    shutil.copytree(EXPLAINED / BANK, content / "a-later-rate-story")
    meta = content / "a-later-rate-story" / "dossier.yaml"
    meta.write_text(meta.read_text("utf-8").replace(f"slug: {BANK}", "slug: a-later-rate-story"), "utf-8")
    site = built(content)
    across = site["quantities.md"]
    assert "forecast for 2026" in across
    assert "as of </span>2026" not in across and "as of 2026" not in across


# -- A side's account of itself is its own -------------------------------------------------------


def test_a_bodys_reason_for_its_own_act_is_its_own_account(pages: dict[str, str]) -> None:
    """The Governor's reason for the bank's cut led "Still in doubt", as a claim "no other source
    confirms"; so did the bank's own word that its decision was finely balanced. That word, the
    stated ground of the cut, which stands, is counted as the decision's reason, not as one more
    account its makers give of themselves, and "What is not known" leaves it out."""
    overview, claims = pages[f"{BANK}/index.md"], pages[f"{BANK}/claims.md"]
    assert "Pressure on prices" not in first_screen(overview)
    assert "no other source confirms it" not in claims
    assert "- **Status:** Their own account, by those it is about" in claims
    assert "one reason given for a decision, two accounts their makers give of themselves" in claims
    assert "- **Status:** The reason given for a decision on 1 August 2024" in claims
    own = _section(overview, "### Their own account")
    assert "says: Pressure on prices has eased enough for the Bank to cut interest rates." in own
    assert "finely balanced" not in _section(overview, "## What is not known")
    assert "### Only one side says so" not in overview
    assert "What those involved say of themselves" in _section(overview, "## What is not known")


def test_researchers_findings_of_their_own_study_are_their_findings(pages: dict[str, str]) -> None:
    """A team's findings about its own measurements read "Their own account, by those it is about",
    as if it judged itself; they are the researchers' finding. The bank's reason stays its own."""
    overview, claims = pages[f"{GLACIERS}/index.md"], pages[f"{GLACIERS}/claims.md"]
    assert "Their own account" not in claims and "own account" not in overview
    assert (
        "- **Status:** The researchers' finding from their own study; no other source has checked it"
        in claims
    )
    assert "three findings researchers report of their own study" in claims
    assert "What researchers report of their own study" in _section(overview, "## What is not known")
    assert "the new estimates agree with earlier assessments" in _section(
        overview, "### The researchers' findings"
    )
    assert "researchers' finding" not in pages[f"{BANK}/claims.md"]
    # A finding is reported, not said; the team's forecast is still said, and the bank's reason too.
    assert "**Reports:** Worldwide, the new estimates agree" in claims
    assert "a community of about 450 researchers in 35 teams, reports: Worldwide" in overview
    assert (
        "The GlaMBIE team reports: [Estimates from altimetry" in pages[f"{GLACIERS}/actors/glambie-team.md"]
    )
    # The team's claims were made on different days: each says when, in the past.
    assert (
        "The GlaMBIE team said in February 2025: [By the end of the century"
        in pages[f"{GLACIERS}/actors/glambie-team.md"]
    )
    assert "reports:" not in pages[f"{BANK}/index.md"] + pages[f"{BANK}/claims.md"]


def test_a_sides_account_of_itself_in_the_flood(tmp_path: Path) -> None:
    """Invented: the district office gives its reason for its own order, and says something of the
    army. The first is its own account; the second stays one side's word no one else confirms."""
    content = flood_with(
        tmp_path,
        "The district office said it ordered the villages cleared because the moraine was failing.\n"
        + "The district office said soldiers had been slow to open the road.\n",
        claims="""- id: cleared-because-failing
  statement: The district office ordered the villages cleared because the moraine was failing.
  claimants: [district-office]
  about: [district-office]
  cite:
    - source: valley-news
      evidence: ordered the villages cleared because the moraine was failing
- id: army-slow
  statement: Soldiers were slow to open the road.
  claimants: [district-office]
  about: [army]
  cite:
    - source: valley-news
      evidence: soldiers had been slow to open the road
""",
    )
    flood = built(content)
    page, overview = flood[f"{FLOOD}/claims.md"], flood[f"{FLOOD}/index.md"]
    mine, theirs = (
        page.split(f"{{: #{claim} .explainer-claim }}", 1)[1].split("\n**Says:**", 1)[0].split("\n#", 1)[0]
        for claim in ("cleared-because-failing", "army-slow")
    )
    assert "Their own account, by those it is about" in mine
    assert "no other source confirms it" in theirs
    assert "Soldiers were slow to open the road" in _section(overview, "### Only one side says so")
    assert "moraine was failing" in _section(overview, "### Their own account")


# -- A series says what it measures -----------------------------------------------------------------


def test_a_rate_one_body_sets_is_told_as_a_series(pages: dict[str, str]) -> None:
    """Bank Rate, which reports give exactly and the bank states, read "a difference may come from who
    counts"; inflation and unemployment, percentages, were "the same count"."""
    numbers = pages[f"{BANK}/numbers.md"]
    rate = _section(numbers, "## Bank Rate, the Bank of England's main interest rate")
    assert "who counts" not in numbers and "the same count" not in numbers.lower()
    assert (
        "The same rate at different dates, earliest first. The figure went from 0&#46;1% in December 2021"
        " to 5% on 1 August 2024." in rate
    )
    assert "The same rate at different dates" in _section(numbers, "## UK unemployment forecast")


@pytest.mark.parametrize(
    ("figures", "told"),
    [
        # Invented: a lending rate that one bank sets, which papers repeat; a share of voters from two
        # pollsters; a count of people from two sides; a rate given "about" by two named bodies.
        (
            [
                {
                    "value": 4.5,
                    "unit": "percent",
                    "counts": "the lending rate",
                    "as_of": "2025-01",
                    "cite": [{"source": "a"}],
                },
                {
                    "value": 4,
                    "unit": "percent",
                    "counts": "the lending rate",
                    "as_of": "2025-06",
                    "stated_by": ["bank"],
                    "cite": [{"source": "b"}],
                },
            ],
            "The same rate at different dates, earliest first. The figure fell from 4&#46;5% in January 2025 to 4% in June 2025.",
        ),
        (
            [
                {
                    "value": 40,
                    "unit": "percent",
                    "counts": "voters who back the plan",
                    "as_of": "2025-01",
                    "cite": [{"source": "a"}],
                },
                {
                    "value": 35,
                    "unit": "percent",
                    "counts": "voters who back the plan",
                    "as_of": "2025-06",
                    "cite": [{"source": "b"}],
                },
            ],
            "a difference between them may come from who measures it, not from a change.",
        ),
        (
            [
                {
                    "value": 300,
                    "unit": "people",
                    "counts": "people who left",
                    "as_of": "2025-01",
                    "stated_by": ["army"],
                    "cite": [{"source": "a"}],
                },
                {
                    "value": 200,
                    "unit": "people",
                    "counts": "people who left",
                    "as_of": "2025-06",
                    "stated_by": ["council"],
                    "cite": [{"source": "b"}],
                },
            ],
            "a difference between them may come from who counts, not from a change.",
        ),
        (
            [
                {
                    "value": 6,
                    "unit": "%",
                    "counts": "the jobless rate",
                    "qualifier": "about",
                    "as_of": "2025-01",
                    "stated_by": ["union"],
                    "cite": [{"source": "a"}],
                },
                {
                    "value": 5,
                    "unit": "%",
                    "counts": "the jobless rate",
                    "as_of": "2025-06",
                    "stated_by": ["ministry"],
                    "cite": [{"source": "b"}],
                },
            ],
            "a difference between them may come from who measures it, not from a change.",
        ),
    ],
)
def test_a_series_note_says_what_is_measured(figures: list[dict[str, object]], told: str) -> None:
    numbers = [Number.model_validate({"id": f"n{i}", "quantity": "q", **f}) for i, f in enumerate(figures)]
    assert series_note(numbers).endswith(told)


# -- The parts of one whole are shown together ------------------------------------------------------


def test_the_cards_show_both_sides_of_a_vote(pages: dict[str, str]) -> None:
    """ "9 members" and "5 of 9" were cards, "4 against" was not: the parts go together, and the
    whole, which each part's card names, is not a card of its own."""
    cards = _section(pages[f"{BANK}/index.md"], "## Key figures")
    assert "(numbers.md#members-for-cut)" in cards and "(numbers.md#members-against-cut)" in cards
    assert "[9](numbers.md#committee-members)" not in cards
    assert cards.index("#members-for-cut") < cards.index("#members-against-cut")
    court = _section(pages[f"{COURT}/index.md"], "## Key figures")
    assert "(numbers.md#justices-in-majority)" in court and "(numbers.md#justices-in-dissent)" in court


@pytest.mark.parametrize("key", [False, True])
def test_parts_of_a_whole_in_the_flood_are_shown_together(tmp_path: Path, key: bool) -> None:
    """Invented: the households of the valley, then two figures, then the households that left and
    those that stayed. File order showed the whole and one part; the parts now stand together where
    the whole stood, and a figure after them drops instead. The story's key figure, when it is the
    whole, stays first, its parts after it."""
    whole = """- id: households
  value: 400
  unit: households
  counts: households in the valley
  unattributed: true
  cite:
    - source: valley-news
      evidence: the valley's 400 households
"""
    parts = """- id: households-left
  value: 250
  unit: households
  counts: households that left
  part_of: households
  unattributed: true
  cite:
    - source: valley-news
      evidence: 250 left
- id: households-stayed
  value: 150
  unit: households
  counts: households that stayed
  part_of: households
  unattributed: true
  cite:
    - source: valley-news
      evidence: 150 stayed
"""
    content = flood_with(
        tmp_path,
        "Of the valley's 400 households, 250 left and 150 stayed.\n",
        numbers=parts,
        dossier="key_figure: households\n" if key else "",
    )
    numbers = content / FLOOD / "numbers.yaml"
    numbers.write_text(whole + numbers.read_text("utf-8"), "utf-8")
    cards = _section(built(content)[f"{FLOOD}/index.md"], "## Key figures")
    # Each card's own figure, first on its line (a part's line under it links the whole).
    shown = re.findall(r"^    \[[^\]]+\]\(numbers\.md#([a-z-]+)\)", cards, re.M)
    assert cards.count("!!! explainer-figure") == 6
    if key:
        assert shown[:3] == ["households", "households-left", "households-stayed"]
    else:
        assert shown[:2] == ["households-left", "households-stayed"]
        assert "[400](numbers.md#households)" not in cards


# -- A forecast beside measured figures across stories ------------------------------------------------


def test_a_forecast_is_marked_in_the_site_wide_chart(tmp_path: Path) -> None:
    """A later story files the bank's inflation forecast under the same quantity as measured
    inflation: the chart drew it as one more bar, and the sentence could end the series on it."""
    content = explained_content(tmp_path, BANK)
    later = content / "a-later-rate-story"
    shutil.copytree(EXPLAINED / BANK, later)
    meta = later / "dossier.yaml"
    meta.write_text(meta.read_text("utf-8").replace(f"slug: {BANK}", "slug: a-later-rate-story"), "utf-8")
    figures = later / "numbers.yaml"
    figures.write_text(
        figures.read_text("utf-8").replace("quantity: uk-inflation-forecast-2024", "quantity: uk-inflation"),
        "utf-8",
    )
    across = built(content)["quantities.md"]
    inflation = across.split("{: #quantity-uk-inflation }", 1)[1].split("\n## ", 1)[0]
    assert inflation.count('class="explainer-chart__bar explainer-chart__forecast"') == 2
    assert inflation.count('class="explainer-chart__bar"') == 4
    assert ">forecast for July to December 2024 ·" in inflation
    assert "two of them forecasts, drawn as outlines" in inflation
    assert "| forecast for July to December 2024 |" in inflation
    assert "over </span>May to June 2024" in inflation
    # 2% over May to June 2024 says when: not "not every one says as of when".
    assert "These figures differ, and each holds for its own date or period." in inflation
    assert "A figure “forecast for” a time after its report is expected, not measured." in inflation


def test_a_forecast_in_the_flood_is_marked_across_stories(tmp_path: Path) -> None:
    """Invented: one flood story measures the second lake, a copy of it reports a forecast for it."""
    for slug, line, value, date in (
        (FLOOD, "The second lake held 1 million cubic metres on Tuesday.", 1000000, "2024-01-09"),
        (
            "a-later-flood",
            "Engineers expect the second lake to hold 2 million cubic metres by March.",
            2000000,
            "2024-03",
        ),
    ):
        evidence = line.split(" ", 1)[1].rstrip(".")
        content = flood_with(
            tmp_path,
            line + "\n",
            slug=slug,
            numbers=f"""- id: second-lake
  value: {value}
  unit: cubic metres
  counts: water in the second lake
  quantity: second-lake-volume
  as_of: "{date}"
  unattributed: true
  cite:
    - source: valley-news
      evidence: {evidence}
""",
        )
    lake = built(content)["quantities.md"].split("{: #quantity-second-lake-volume }", 1)[1]
    assert lake.count("explainer-chart__forecast") == 1
    assert ">forecast for March 2024 ·" in lake and ">9 January 2024 ·" in lake
    assert "went from" not in lake.split("|", 1)[0]  # no series ends on a forecast


# -- An election result ----------------------------------------------------------------------------


def test_a_share_of_things_counted_is_of_them(pages: dict[str, str]) -> None:
    """ "80% for polling stations counted" and "96.87% for tally sheets counted" read the share of a
    count done as a rate "for" it: a noun and its past participle name a group, as "voters who"."""
    overview, numbers = pages[f"{ELECTION}/index.md"], pages[f"{ELECTION}/numbers.md"]
    assert "[96&#46;87%](numbers.md#tally-sheets-counted-second) of tally sheets counted," in overview
    council = pages[f"{ELECTION}/actors/national-electoral-council.md"]
    # The council's page tells its counts as one series, on one line.
    assert (
        "- Tally sheets counted: [80%](../numbers.md#stations-counted-first) as of 29 July 2024 and "
        in council
    )
    assert "for tally sheets" not in overview + numbers and "for polling stations" not in overview + numbers
    # A count done is a share of a group, not a rate: its series says so.
    assert "The same share at different dates, earliest first. The figure rose from 80%" in numbers
    # The bank's rates stay rates.
    assert "for Bank Rate, the Bank of England's main interest rate" in pages[f"{BANK}/index.md"]


@pytest.mark.parametrize(
    ("counts", "told"),
    [
        ("homes flooded", "40% of homes flooded"),
        ("seats won by the ruling party", "40% of seats won by the ruling party"),
        ("ballots cast abroad", "40% of ballots cast abroad"),
        # A participle before the noun is no end of it.
        ("registered voters who voted", "40% of registered voters who voted"),
        ("newly registered voters", "40% of newly registered voters"),
        ("inflation expected next year", "40% for inflation expected next year"),
        ("the speed limit", "40%, the speed limit"),
    ],
)
def test_a_participle_ends_the_group_a_share_is_of(counts: str, told: str) -> None:
    assert caption_text(_number(40, "percent", counts)) == told


def test_a_share_of_things_done_in_the_flood(tmp_path: Path) -> None:
    """Invented: the share of homes flooded, which read "40% for homes flooded"."""
    content = flood_with(
        tmp_path,
        "In the lower valley 40% of homes flooded.\n",
        numbers="""- id: homes-flooded-share
  value: 40
  unit: percent
  counts: homes flooded in the lower valley
  unattributed: true
  cite:
    - source: valley-news
      evidence: In the lower valley 40% of homes flooded
""",
    )
    overview = built(content)[f"{FLOOD}/index.md"]
    assert "[40%](numbers.md#homes-flooded-share) of homes flooded in the lower valley, reported" in overview
    assert "for homes flooded" not in overview


def test_an_alliance_named_a_platform_takes_the(pages: dict[str, str]) -> None:
    """ "according to Unitary Democratic Platform" and "María Corina Machado and Unitary Democratic
    Platform say": a name whose head is "Platform" is written with "the", as "Front" or "Party"."""
    overview = pages[f"{ELECTION}/index.md"]
    assert "according to the [Unitary Democratic Platform](actors/unitary-platform.md)" in overview
    assert "The [Unitary Democratic Platform](actors/unitary-platform.md), through its leader" in overview
    assert (
        "to [Unitary Democratic Platform]" not in overview
        and "and [Unitary Democratic Platform]" not in overview
    )


def test_the_official_count_and_the_runner_ups_count_disagree(pages: dict[str, str]) -> None:
    """The council's 43.18% for the runner-up and the opposition's "at least 70%" of the same day are
    figures that cannot both be right, and the winner's share stands as a series of two bulletins."""
    overview, numbers = pages[f"{ELECTION}/index.md"], pages[f"{ELECTION}/numbers.md"]
    disagree = _section(overview, "### Figures that disagree")
    assert "[43&#46;18%](numbers.md#gonzalez-share-second)" in disagree
    assert "[at least 70%](numbers.md#gonzalez-share-opposition)" in disagree
    assert (
        "The same share at different dates, earliest first. The figure rose from 51&#46;2% on 29 July 2024"
        " to 51&#46;95% on 2 August 2024." in _section(numbers, "## Share of the vote won by Nicolás Maduro")
    )


def test_differing_figures_for_a_measure_take_the(pages: dict[str, str]) -> None:
    """ "Also in doubt: differing figures for share of the vote won by Edmundo González": what names a
    measure ("share", "number") takes "the" after "for"; things counted stay bare."""
    screen = first_screen(pages[f"{ELECTION}/index.md"])
    # The council's figure is the official one, which the opposition disputes (tests/test_official.py).
    assert (
        "a disputed official figure for the [share of the vote won by Edmundo González]"
        "(numbers.md#gonzalez-share-second)" in screen
    )


def test_differing_figures_for_things_counted_stay_bare(tmp_path: Path) -> None:
    """The flood's missing people, which the army and the district office count differently, stay
    "for [people missing]"; an invented "number of homes destroyed" takes "the"."""
    content = flood_with(tmp_path)
    screen = first_screen(built(content)[f"{FLOOD}/index.md"])
    assert "differing figures for [" in screen and "differing figures for the [" not in screen
    story = content / FLOOD
    numbers = story / "numbers.yaml"
    numbers.write_text(
        numbers.read_text("utf-8").replace("counts: people missing", "counts: number of people missing"),
        "utf-8",
    )
    screen = first_screen(built(content)[f"{FLOOD}/index.md"])
    assert "differing figures for the [number of people missing]" in screen


# -- A disease outbreak ----------------------------------------------------------------------------


def test_the_outbreak_validates_with_no_problem_but_unstored_text(tmp_path: Path) -> None:
    """Every source is cited by short phrases, none stored (as the other explained fixtures)."""
    validates_but_for_unstored_text(OUTBREAK, tmp_path)


def test_a_running_total_from_several_bodies_is_told_as_its_rise(pages: dict[str, str]) -> None:
    """The minister, the ministry and the health agency each gave the confirmed cases so far; the
    table read "a difference between them may come from who counts, not from a change"."""
    numbers = pages[f"{OUTBREAK}/numbers.md"]
    assert "who counts" not in _section(numbers, "## Confirmed cases since the outbreak began")
    assert (
        "A running total, which different sources give at different dates, earliest first. The figure rose"
        " from 20 people on 28 September 2024 to 66 people on 20 December 2024." in numbers
    )
    assert "rose from 6 people on 28 September 2024 to 15 people on 20 December 2024." in numbers
    # "More than 200" may have been 876 already: a total that never falls went from it, not rose.
    assert "went from more than 200 people on 10 October 2024 to 876 people on 17 October 2024." in numbers
    # Contacts under follow-up are no running total (they leave it after 21 days): one body's series.
    assert "The same count at different dates, earliest first. The figure went from more than 800" in numbers


@pytest.mark.parametrize(
    ("figures", "told"),
    [
        # Invented: homes lost so far, told by the army then the council; a falling "total" is
        # one count contradicting another; a count with no word of a start is not a running total.
        (
            (("homes destroyed so far", 120, "army"), ("homes destroyed so far", 310, "council")),
            "rose from 120",
        ),
        ((("homes destroyed so far", 310, "army"), ("homes destroyed so far", 120, "council")), "who counts"),
        ((("homes destroyed", 120, "army"), ("homes destroyed", 310, "council")), "who counts"),
        (
            (
                ("total arrests", 40, "police"),
                ("total arrests", 40, "ministry"),
                ("total arrests", 55, "court"),
            ),
            "rose from 40",
        ),
    ],
)
def test_a_running_total_says_so_in_its_words(figures: tuple[tuple[str, int, str], ...], told: str) -> None:
    numbers = [
        Number.model_validate(
            {
                "id": f"n{i}",
                "value": value,
                "unit": "homes" if "homes" in counts else "people",
                "counts": counts,
                "quantity": "q",
                "as_of": f"2025-0{i + 1}-01",
                "stated_by": [who],
                "cite": [{"source": "s"}],
            }
        )
        for i, (counts, value, who) in enumerate(figures)
    ]
    assert told in series_note(numbers)


@pytest.mark.parametrize(
    ("stated", "told"),
    [
        # Invented: an agency's rate week by week, and a last report that names no one for it.
        (
            ("agency", "agency", "agency", ""),
            "The same share at different dates, earliest first. The figure fell",
        ),
        # Half of them named, or two parties named: who measures it may be the difference.
        (("agency", "agency", "", ""), "may come from who measures it"),
        (("agency", "agency", "ministry", ""), "may come from who measures it"),
    ],
)
def test_one_bodys_series_is_told_as_a_series(stated: tuple[str, ...], told: str) -> None:
    """The case fatality ratio the health agency gave three times, and a report once naming no one,
    read "a difference between them may come from who measures it, not from a change"."""
    numbers = [
        Number.model_validate(
            {
                "id": f"n{i}",
                "value": 30 - i,
                "unit": "percent",
                "counts": "share of confirmed cases who died",
                "quantity": "q",
                "as_of": f"2025-0{i + 1}-01",
                "stated_by": [who] if who else [],
                "cite": [{"source": f"s{i}"}],
            }
        )
        for i, who in enumerate(stated)
    ]
    assert told in series_note(numbers)


def test_the_outbreaks_fatality_ratio_is_a_series(pages: dict[str, str]) -> None:
    ratio = _section(pages[f"{OUTBREAK}/numbers.md"], "## Share of confirmed cases who died")
    assert "who measures it" not in ratio
    assert (
        "The same share at different dates, earliest first. The figure fell from 24&#46;2% on 17 October 2024"
        " to 22&#46;7% in December 2024."
    ) in ratio


def test_a_speaker_who_gives_a_series_is_told_by_what_it_counts(pages: dict[str, str]) -> None:
    """The health agency, above its claims, read "it gives the figure of 15 deaths since the outbreak
    began": one figure of the series it gives at several dates, in a form's words."""
    claims = pages[f"{OUTBREAK}/claims.md"]
    assert "the figure of" not in claims
    assert (
        "The United Nations health agency, which supported Rwanda's response and published regular reports"
        " on the outbreak.\n" in claims
    )


@pytest.mark.parametrize(
    ("fields", "told"),
    [
        ({"value": 30, "unit": "people", "counts": "people missing"}, "30 people missing"),
        ({"value": 2, "unit": "percent", "counts": "UK inflation"}, "2% for UK inflation"),
        (
            {"value": 24.2, "unit": "percent", "counts": "share of confirmed cases who died"},
            "24.2% as the share of confirmed cases who died",
        ),
        ({"value": 2, "unit": "US dollars", "counts": "ransoms paid"}, "$2 in ransoms paid"),
        ({"value": 200, "amount": "hundreds", "counts": "homes flooded"}, "hundreds of homes flooded"),
    ],
)
def test_a_figure_reads_as_what_a_speaker_reports(fields: dict[str, object], told: str) -> None:
    number = Number.model_validate({"id": "n", "cite": [{"source": "s"}], **fields})
    assert reported(number) == told


def test_a_story_with_no_sides_words_a_lone_figure_as_its_claims(pages: dict[str, str]) -> None:
    """The rate decision has no sides (nothing disputed or denied, no figures that disagree), yet the
    bank's inflation figure was "Figures only one side gives", "one figure only the Bank of England
    gives" and "only the Bank of England says so", where its claims read "no one else confirms"."""
    overview = pages[f"{BANK}/index.md"]
    for page in (overview, pages[f"{BANK}/timeline.md"], pages[f"{BANK}/numbers.md"]):
        assert "one side" not in page
    # Its one lone figure, the bank's measured inflation, is now a record (``unknowns.a_record``); a
    # lone estimate in a story with no sides still reads "no other source gives"
    # (tests/test_medicine_decisions.py).
    assert "What those involved say of themselves and what may yet happen.\n" in overview
    # A story with sides keeps them: the flood's army and council (tests/test_explaining.py).


def test_a_part_under_a_table_names_its_row(pages: dict[str, str]) -> None:
    """ "**15 people:** Part of [15 of the 62 confirmed cases ...]" twice, for two rows of 15: each
    remark now names its row's date and says the part once."""
    deaths = _section(pages[f"{OUTBREAK}/numbers.md"], "## Deaths since the outbreak began")
    assert "Part of [" not in deaths
    assert (
        "**15 people as of 17 October 2024:** [15 of the 62 confirmed cases since the outbreak began](#cases-oct-17),"
        " about a quarter." in deaths
    )
    # 15 of 66 (22.7%) is nearer a quarter than a fifth: it read "about a fifth".
    assert "**15 people as of 20 December 2024:** [15 of the 66 confirmed cases" in deaths
    assert "(#cases-final), nearly a quarter." in deaths


def test_an_acronym_that_spells_a_word_links_only_in_capitals(pages: dict[str, str]) -> None:
    """ "the share of confirmed cases [who](actors/world-health-organization.md) died"."""
    for page in ("index.md", "claims.md", "numbers.md"):
        assert "[who](actors/" not in pages[f"{OUTBREAK}/{page}"]
    assert "people who recovered and in animals" in pages[f"{OUTBREAK}/index.md"]


def test_what_happens_next_leaves_out_forecasts_later_events_overtook(pages: dict[str, str]) -> None:
    """A story told to the outbreak's end said "What may happen next: ... Rwanda expects more
    vaccine doses soon" (of October, before the doses came) and "Rwanda will declare the end of the
    outbreak on Friday 20 December", the day the timeline ends on."""
    overview = pages[f"{OUTBREAK}/index.md"]
    ahead = first_screen(overview).split("**What may happen next:**", 1)[1]
    assert "could still return" in ahead
    assert "more vaccine doses" not in ahead and "Friday 20 December" not in ahead
    assert "Friday 20 December" not in _section(overview, "## What is not known")
    # Still told, as the forecasts they were, where each claim is.
    claims = pages[f"{OUTBREAK}/claims.md"]
    assert "will declare the end of the outbreak on Friday 20 December." in claims
    declared = claims.split("{: #end-on-december-20 .explainer-claim }", 1)[1].split("\n**", 1)[0]
    assert (
        "- **Status:** A warning or forecast made before what followed; on 20 December 2024: [Rwanda and the"
        " World Health Organization declare the outbreak over](timeline.md#outbreak-declared-over)"
        in declared
    )
    assert claims.count("- **Status:** A warning or forecast of what may happen") == 1  # the one still ahead
    # The bank's forecasts, of the day of its last event, are still ahead.
    assert "**What may happen next:**" in first_screen(pages[f"{BANK}/index.md"])


def test_a_story_without_sides_has_no_side(pages: dict[str, str]) -> None:
    """The health agency's "the source is still under investigation" was "Only one side says so",
    "Stated by one side" and "claims only one side makes", in a story where no one disputes anything."""
    overview, claims = pages[f"{OUTBREAK}/index.md"], pages[f"{OUTBREAK}/claims.md"]
    assert "one side" not in overview + claims
    # After the main doubt the first screen counts them; "What is not known" says whose they are.
    assert "Also in doubt: [three more claims](#what-is-not-known)." in first_screen(overview)
    assert "### Claims no one else confirms" in overview
    assert "- **Status:** No other source confirms it" in claims
    # The election, which has sides, keeps its dispute (its figures are the council's official ones,
    # so none is "only one side's" any more).
    assert "- **Status:** Disputed by another source" in pages[f"{ELECTION}/claims.md"]


@pytest.mark.parametrize(
    ("counts", "told"),
    [
        ("share of confirmed cases who died", "22.7%, the share of confirmed cases who died"),
        ("confirmed cases who died", "22.7% of confirmed cases who died"),
        # Deaths "among" cases: how often cases died, not a part of the deaths.
        ("deaths among confirmed cases", "22.7% for deaths among confirmed cases"),
        ("fatality rate among confirmed cases", "22.7% for the fatality rate among confirmed cases"),
        ("case fatality rate", "22.7% for the case fatality rate"),
        ("Bank Rate", "22.7% for Bank Rate"),
    ],
)
def test_a_death_share_reads_as_a_share_of_cases(counts: str, told: str) -> None:
    assert caption_text(_number(22.7, "percent", counts)) == told


def test_an_actors_figures_of_one_thing_read_as_a_series(pages: dict[str, str]) -> None:
    """The health agency's page listed fourteen figures by date, four counts interleaved: each
    thing it counted at several dates is now one line."""
    page = _section(pages[f"{OUTBREAK}/actors/world-health-organization.md"], "## Figures the World Health")
    assert (
        "- Confirmed cases since the outbreak began: [62 people](../numbers.md#cases-oct-17) as of 17 October 2024,"
        " [64 people](../numbers.md#cases-oct-24) as of 24 October 2024 and [66 people](../numbers.md#cases-oct-31)"
        " as of 31 October 2024[^" in page
    )
    assert page.count("\n- ") == 7
    # A figure given once keeps its own line.
    assert (
        "- [15](../numbers.md#deaths-oct-17) deaths since the outbreak began (as of 17 October 2024)[^"
        in page
    )


def test_a_body_counting_in_the_flood_reads_as_a_series(tmp_path: Path) -> None:
    """Invented: the district office, not an unnamed report, gives the people who had left on
    Wednesday and on Friday; its page tells them on one line, its water figure on another."""
    content = flood_with(tmp_path)
    numbers = content / FLOOD / "numbers.yaml"
    text = numbers.read_text("utf-8")
    for figure in ("left-by-wednesday", "left-by-friday"):
        head, tail = text.split(f"- id: {figure}\n", 1)
        text = (
            head + f"- id: {figure}\n" + tail.replace("unattributed: true", "stated_by: [district-office]", 1)
        )
    numbers.write_text(text, "utf-8")
    page = built(content)[f"{FLOOD}/actors/district-office.md"]
    assert (
        "- People who had left the valley: [300 people](../numbers.md#left-by-wednesday) as of 10 January 2024"
        " and [900 people](../numbers.md#left-by-friday) as of 12 January 2024[^" in page
    )
    assert "(../numbers.md#water-released)" in page


@pytest.mark.parametrize(
    ("counts", "values", "conflict"),
    [
        # Invented: an outbreak's confirmed and suspected cases of one day; a quake's confirmed and
        # feared dead; two confirmed counts that do disagree; a count that says nothing of it.
        (("confirmed cases", "suspected cases"), (66, 20), False),
        (("people confirmed dead", "people feared dead"), (12, 300), False),
        (("confirmed cases", "confirmed cases"), (66, 70), True),
        (("cases", "cases"), (66, 70), True),
        # "confirmed" past the head tells who checked, not which count it is.
        (("buildings destroyed", "buildings that a monitor confirmed destroyed"), (100, 109), True),
    ],
)
def test_confirmed_and_suspected_counts_do_not_disagree(
    counts: tuple[str, str], values: tuple[int, int], conflict: bool
) -> None:
    day = {"as_of": "2025-03-01", "quantity": "q"}
    figures = [_number(value, "people", what, **day) for what, value in zip(counts, values, strict=True)]
    assert bool(compare(figures).conflicts) is conflict


def test_confirmed_and_feared_dead_in_the_flood(tmp_path: Path) -> None:
    """Invented: the district office gives the dead it has confirmed and those it fears dead, on one
    day, as one quantity. They were "figures that disagree" and "cannot all be right"."""
    content = flood_with(
        tmp_path,
        "On Thursday the district office confirmed 4 deaths and said 25 people were feared dead.\n",
        numbers="""- id: confirmed-dead
  value: 4
  unit: people
  counts: people confirmed dead
  quantity: flood-dead
  as_of: "2024-01-11"
  stated_by: [district-office]
  cite:
    - source: valley-news
      evidence: the district office confirmed 4 deaths
- id: feared-dead
  value: 25
  unit: people
  counts: people feared dead
  quantity: flood-dead
  as_of: "2024-01-11"
  stated_by: [district-office]
  cite:
    - source: valley-news
      evidence: 25 people were feared dead
""",
    )
    flood = built(content)
    page = flood[f"{FLOOD}/numbers.md"]
    assert "These figures differ but do not disagree: “confirmed” and “feared” are counted apart." in page
    assert "cannot all be right: for 11 January 2024" not in page
    assert "numbers.md#feared-dead" not in _section(flood[f"{FLOOD}/index.md"], "### Figures that disagree")


# -- A scientific finding --------------------------------------------------------------------------


def test_the_finding_validates_with_no_problem_but_unstored_text(tmp_path: Path) -> None:
    validates_but_for_unstored_text(GLACIERS, tmp_path)


def test_yearly_averages_over_overlapping_periods_are_no_series(pages: dict[str, str]) -> None:
    """The study's yearly loss over 2000-2023 and over each half, and an earlier team's over
    2000-2019, read "The same count at different dates, earliest first: the figures follow one
    another", as if the loss had been counted four times and grown."""
    table = _section(pages[f"{GLACIERS}/numbers.md"], "## Glacier ice lost worldwide {")
    assert "follow one another" not in table and "different dates" not in table
    assert (
        "Each figure is an average a year over its own period, and some of the periods overlap: a longer"
        " period takes in the shorter ones within it, so these figures differ without disagreeing: they"
        " are not a series over time." in table
    )
    assert "Figures that disagree" not in pages[f"{GLACIERS}/index.md"]


def _spanning(value: float, start: str, end: str, per: str | None = "year") -> Number:
    return Number.model_validate(
        {
            "id": f"n{value}",
            "value": value,
            "unit": "tonnes",
            "counts": "sediment carried to the delta",
            "quantity": "q",
            "period": {"from": start, "to": end},
            "per": per,
            "cite": [{"source": "s"}],
        }
    )


@pytest.mark.parametrize(
    ("spans", "per", "told"),
    [
        # Invented: a river's sediment a year over a decade and its two halves; totals over
        # nested months; two periods end to end, which are told as before.
        (
            (("2000", "2009"), ("2000", "2004"), ("2005", "2009")),
            "year",
            "Each figure is an average a year over",
        ),
        ((("2021-01", "2021-06"), ("2021-03", "2021-04")), None, "Each figure is for its own period"),
        ((("2000", "2004"), ("2005", "2009")), "year", "The same count"),
    ],
)
def test_figures_over_overlapping_periods_differ_without_disagreeing(
    spans: tuple[tuple[str, str], ...], per: str | None, told: str
) -> None:
    numbers = [_spanning(100 + i, start, end, per) for i, (start, end) in enumerate(spans)]
    assert series_note(numbers).startswith(told)


def test_a_card_says_the_period_its_figure_covers(pages: dict[str, str]) -> None:
    """ "273 gigatonnes a year the glacier ice lost worldwide, according to the GlaMBIE team": a
    yearly average of 24 years, told with no time at all."""
    figures = _section(pages[f"{GLACIERS}/index.md"], "## Key figures")
    assert (
        "[273 gigatonnes a year (give or take 16)](numbers.md#loss-rate) the glacier ice lost worldwide,"
        " according to the [GlaMBIE team](actors/glambie-team.md), from 2000 to 2023[^" in figures
    )
    # A figure whose words name its period says it once.
    assert "from 2000 to 2023, according to the [GlaMBIE team](actors/glambie-team.md)[^" in figures


def test_a_bare_noun_before_an_aside_is_no_role(pages: dict[str, str]) -> None:
    """Who's who read "World Glacier Monitoring Service: A service; it is led by Michael Zemp", the
    description cut at the comma of "A service, hosted at the University of Zurich, that ...". The
    relative clause after the aside says what the service does, and is the role (``roles``)."""
    overview = pages[f"{GLACIERS}/index.md"]
    assert (
        "- [World Glacier Monitoring Service](actors/world-glacier-monitoring-service.md): A service that"
        " collects measurements of glaciers worldwide\n" in overview
    )


def test_jargon_in_what_is_not_known_is_defined_where_it_is_used(pages: dict[str, str]) -> None:
    """ "Estimates from altimetry ... gravimetry was less reliable": the overview used the terms
    only there, with no link to what they mean."""
    unknown = pages[f"{GLACIERS}/index.md"].split("\n## What is not known", 1)[1].split("\n## ", 1)[0]
    assert "Estimates from [altimetry](glossary.md#altimetry " in unknown
    assert "[gravimetry](glossary.md#gravimetry " in unknown
    # Who says what is still named plainly after its first link.
    assert unknown.count("[GlaMBIE team](actors/glambie-team.md)") >= 1


def test_a_studys_findings_and_an_experts_opinion_are_not_doubts(pages: dict[str, str]) -> None:
    """The team's findings are the researchers' findings, and the outside expert's view is an opinion:
    neither is "still in doubt" on the first screen, nor a claim "no one else confirms"."""
    overview, claims = pages[f"{GLACIERS}/index.md"], pages[f"{GLACIERS}/claims.md"]
    screen = first_screen(overview)
    assert "agree with earlier assessments" not in screen.split("**What may happen next:**", 1)[0]
    assert "Andy Shepherd" not in overview.split("\n## What is not known", 1)[1].split("\n## ", 1)[0]
    assert "### The researchers' findings" in overview
    # The outside expert is told as such where the reader meets him.
    assert (
        "- [Andy Shepherd](actors/andy-shepherd.md): A scientist who was not an author of the study\n"
        in overview
    )
    shepherd = claims.split("{: #confidence .explainer-claim }", 1)[1].split("\n**", 1)[0]
    assert "No other source confirms it" not in shepherd


def test_an_actors_figures_say_their_period_once(pages: dict[str, str]) -> None:
    """The team's page read "273 gigatonnes a year, the glacier ice lost worldwide", then 255 and
    346 in the same words, with no period: three figures of one thing that seemed to disagree; and
    "lost worldwide in 2023 ... (as of 2023)" told the year twice."""
    page = pages[f"{GLACIERS}/actors/glambie-team.md"]
    assert (
        "- [273 gigatonnes a year (give or take 16)](../numbers.md#loss-rate), the glacier ice lost worldwide"
        " (from 2000 to 2023)[^" in page
    )
    assert "the glacier ice lost worldwide (from 2012 to 2023)[^" in page
    assert "in 2023, the most in any year of the study[^" in page
    assert "(as of 2023)" not in page and "(as of 2000)" not in page


def test_an_estimate_says_its_margin(pages: dict[str, str]) -> None:
    """ "273 gigatonnes a year" of the study's "273 ± 16": an estimate read as a count made to the
    gigatonne, its margin only in a note under the table."""
    overview, numbers = pages[f"{GLACIERS}/index.md"], pages[f"{GLACIERS}/numbers.md"]
    assert "[273 gigatonnes a year (give or take 16)](numbers.md#loss-rate)" in overview
    assert "[36% (give or take 10 percentage points)](numbers.md#acceleration)" in overview
    assert "**273 gigatonnes a year (give or take 16)**" in numbers


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # Invented: two estimates of a lake's loss for one year; the second within the first's
        # margin; beyond it; both margins overlapping; a bare figure just outside.
        ((40, 6), (45, None), False),
        ((40, 6), (47, None), True),
        ((40, 6), (50, 5), False),
        ((40, None), (41, None), True),
    ],
)
def test_figures_within_a_margin_do_not_disagree(
    first: tuple[float, float | None], second: tuple[float, float | None], conflict: bool
) -> None:
    day = {"as_of": "2024", "quantity": "q"}
    figures = [
        _number(value, "tonnes", "ice lost from the lake", margin=margin, **day)
        for value, margin in (first, second)
    ]
    assert bool(compare(figures).conflicts) is conflict
    told = caption_text(figures[0])
    assert (
        told.startswith("40 tonnes (give or take 6) of ice") if first[1] else told.startswith("40 tonnes of")
    )


def test_a_unit_the_glossary_explains_is_explained_under_its_first_card(pages: dict[str, str]) -> None:
    """ "273 gigatonnes a year" on a card, a link to its table: the overview never said what a
    gigatonne is. The first card in that unit says it; the next ones do not repeat it."""
    figures = _section(pages[f"{GLACIERS}/index.md"], "## Key figures")
    assert figures.count("[Gigatonne](glossary.md#gigatonne): a billion tonnes.") == 1
    assert figures.index("[Gigatonne](glossary.md#gigatonne)") < figures.index("(numbers.md#acceleration)")


@pytest.mark.parametrize("field", ["summary", "answer"])
def test_a_unit_linked_above_the_cards_is_not_explained_again(tmp_path: Path, field: str) -> None:
    """A unit the summary (or a key question's answer) links, its meaning on the link, was told a
    second time under the first card in it, on the same screen."""
    content = explained_content(tmp_path, GLACIERS)
    edited = content / GLACIERS / ("dossier.yaml" if field == "summary" else "questions.yaml")
    text = edited.read_text("utf-8")
    # Invented: the first summary or answer says the figure in the glossary's unit.
    marker = "summary: >-\n  " if field == "summary" else "answer: >-\n    "
    assert marker in text
    edited.write_text(
        text.replace(marker, f"{marker}Glaciers lose hundreds of gigatonnes of ice a year. ", 1), "utf-8"
    )
    overview = built(content)[f"{GLACIERS}/index.md"]
    above, figures = overview.split("\n## Key figures", 1)
    assert "(glossary.md#gigatonne " in above
    assert "[Gigatonne](glossary.md#gigatonne):" not in figures


def test_a_research_bodys_reason_for_its_own_act_stays_its_own_account(tmp_path: Path) -> None:
    """Invented: a university that gives no figure in the story explains its own decision. It is a
    research body, but this is its account of its conduct, not a finding of a study."""
    content = explained_content(tmp_path, GLACIERS)
    claims = content / GLACIERS / "claims.yaml"
    claims.write_text(
        claims.read_text("utf-8")
        + """- id: hosted-because
  statement: The university hosts the service because its glacier records go back more than a century.
  claimants: [university-of-zurich]
  about: [university-of-zurich]
  cite:
    - source: uzh-release-2025
      evidence: hosted at the University of Zurich
""",
        "utf-8",
    )
    page = built(content)[f"{GLACIERS}/claims.md"]
    told = page.split("{: #hosted-because .explainer-claim }", 1)[1].split("\n#", 1)[0]
    assert "- **Status:** Their own account, by those it is about" in told
    assert "three findings researchers report of their own study" in page
