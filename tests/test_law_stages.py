"""A law that moves through its stages (tests/fixtures/explained/eu-ai-act: proposed, each chamber's
position with its vote and tally, a provisional agreement, adopted, published, in force, obligations
that apply on later dates, a proposal to delay some of them), read as a reader who asks what the law
does, where it stands and what comes next; and the same rules on invented cases in the flood story.

Each test reads the pages as built."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from explained import built_fixtures
from flood import FLOOD, built, first_screen, flood_content, flood_with, flood_with_events

from generator.format.model import Number
from generator.site.grammar import caption_text
from generator.site.tallies import tallied

LAW = "eu-ai-act"
TRIAL = "ftx-fraud-trial"


@pytest.fixture(scope="module")
def law(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, LAW, TRIAL)


def _section(page: str, heading: str) -> str:
    return page.split(heading, 1)[1].split("\n## ", 1)[0]


def _number(value: float, unit: str, counts: str, **more: object) -> Number:
    return Number.model_validate(
        {
            "id": "n",
            "value": value,
            "unit": unit,
            "counts": counts,
            "cite": [{"source": "s", "evidence": "e"}],
        }
        | more
    )


# -- The first screen: what the law does, where it stands, the stages ahead in date order -----------


def test_the_first_screen_says_what_the_law_does_and_what_comes_next(law: dict[str, str]) -> None:
    screen = first_screen(law[f"{LAW}/index.md"])
    assert "bans some uses of artificial intelligence" in screen
    assert "on 1 August 2024 and its rules apply in stages until August 2027" in screen
    ahead = screen.split("**What may happen next:**", 1)[1]
    # Two items in all on the first screen: the next stage, said as scheduled, and the first
    # forecast; then a link to the key question that tells the later stage and the other warnings.
    # The report's day in brackets: "Due on 2 August 2026, as reported on 1 August 2024:" put two
    # dates in a row before what is due.
    assert ahead.index("Due on 2 August 2026 (as of 1 August 2024): ") < ahead.index(
        "The [European Commission]"
    )
    assert "Due on 2 August 2027" not in ahead
    assert "says that if the [Parliament]" in ahead
    assert ahead.rstrip().endswith(
        "More in [Will the rules for high-risk AI be delayed?](#q-will-the-rules-be-delayed)"
    )
    # A Commissioner's reason for the Commission's own proposal is its own account, not "in doubt".
    assert "no other source confirms it" not in screen
    # Its only doubts are the forecasts "What may happen next" tells: "Still in doubt: whether the
    # forecasts below come true" told a reader nothing more.
    assert "**Still in doubt:**" not in screen


# -- The timeline: what happened, then what was still to come --------------------------------------


def test_the_timeline_keeps_the_stages_ahead_apart(law: dict[str, str]) -> None:
    timeline = law[f"{LAW}/timeline.md"]
    assert (
        "10 events, from 21 April 2021 to 19 November 2025, then two still to come, to 2 August 2027."
        in timeline
    )
    headings = re.findall(r"^## (.+?) \{", timeline, flags=re.MULTILINE)
    assert headings == [
        "2021",
        "2023",
        "2024",
        "2025",
        "Still to come, as last reported",
        "Where things stand",
    ]
    ahead = _section(timeline, "## Still to come, as last reported")
    assert "### 2 August 2026, expected as reported on 1 August 2024: Most of the law" in ahead
    assert "### 2 August 2027, expected as reported on 1 August 2024: The rules for high-risk AI" in ahead
    assert "19 November 2025" not in ahead
    # The overview's list of pages counts them the same way.
    assert (
        "[Timeline](timeline.md): 10 events, from 21 April 2021 to 19 November 2025, then two still to come,"
        " to 2 August 2027" in law[f"{LAW}/index.md"]
    )


def test_the_flood_timeline_keeps_its_event_ahead_apart(tmp_path: Path) -> None:
    """The invented flood: two events it tells, then the draining of the second lake, still to come."""
    timeline = flood_with_events(tmp_path)[f"{FLOOD}/timeline.md"]
    assert "Two events, from 9 to 12 January 2024, then one still to come, to March 2024." in timeline
    ahead = _section(timeline, "## Still to come, as last reported")
    assert "Engineers are to start draining the second lake" in ahead
    assert "## 2024 {: #year-2024 }" in timeline and "Nine hundred people" not in ahead


def test_the_overview_glance_keeps_the_stages_ahead_apart(law: dict[str, str]) -> None:
    glance = _section(law[f"{LAW}/index.md"], "## Timeline at a glance")
    happened, ahead = glance.split("\n**[Still to come, as last reported](timeline.md#still-to-come):**\n", 1)
    assert "19 November 2025: [The Commission proposes to delay" in happened
    assert "2026" not in happened and "2027" not in happened
    assert ahead.index("- 2 August 2026, expected as reported on 1 August 2024") < ahead.index(
        "- 2 August 2027"
    )


def test_the_flood_glance_keeps_its_event_ahead_apart(tmp_path: Path) -> None:
    glance = _section(flood_with_events(tmp_path)[f"{FLOOD}/index.md"], "## Timeline at a glance")
    happened, ahead = glance.split("**[Still to come, as last reported](timeline.md#still-to-come):**", 1)
    assert "Nine hundred people have left the valley" in happened
    assert "Engineers are to start draining the second lake" in ahead


def test_a_story_of_events_all_still_to_come_keeps_its_glance(tmp_path: Path) -> None:
    """With nothing that happened to set them apart from, events still to come stay the timeline."""
    folder = flood_content(tmp_path)
    events = folder / FLOOD / "events.yaml"
    events.write_text(
        events.read_text("utf-8").split("- id: drain-second-lake")[0].replace("2024-01", "2024-05"), "utf-8"
    )
    pages = built(folder)
    overview, timeline = pages[f"{FLOOD}/index.md"], pages[f"{FLOOD}/timeline.md"]
    assert "## Timeline at a glance" in overview and "still-to-come" not in overview + timeline
    assert "Two events, from 9 to 12 May 2024." in timeline


def test_an_event_due_before_a_later_one_that_happened_stays_in_its_year(tmp_path: Path) -> None:
    """An event given as scheduled, but followed by one that happened, is no stage still to come."""
    folder = flood_content(tmp_path)
    events = folder / FLOOD / "events.yaml"
    events.write_text(
        events.read_text("utf-8")
        + """\
- id: report-published
  date: "2024-04-02"
  title: The district office publishes its report
  cite:
    - source: later-news
      evidence: The district office published its report on 2 April
""",
        "utf-8",
    )
    sources = folder / FLOOD / "sources.yaml"
    sources.write_text(
        sources.read_text("utf-8")
        + """\
- id: later-news
  title: The report is out
  published: "2024-04-03"
  snapshot: later.txt
""",
        "utf-8",
    )
    (folder / FLOOD / "later.txt").write_text(
        "The district office published its report on 2 April.\n", "utf-8"
    )
    pages = built(folder)
    timeline = pages[f"{FLOOD}/timeline.md"]
    assert "still-to-come" not in timeline and "still-to-come" not in pages[f"{FLOOD}/index.md"]
    assert "Engineers are to start draining the second lake" in timeline


# -- A vote's tally reads as a vote -----------------------------------------------------------------


def test_the_cards_of_a_vote_tell_its_tally_once(law: dict[str, str]) -> None:
    cards = _section(law[f"{LAW}/index.md"], "## Key figures")
    assert (
        "\n    Of the [618 members of the European Parliament who voted on the law](numbers.md#members-voting-2024):"
        " 523 voted for the law, 46 against and 49 abstained.\n" in cards
    )
    # Not a share under each part: "About 1 in 13: 46 of the 618 ..." twice.
    assert "About 1 in 13" not in cards and cards.count("(numbers.md#members-voting-2024)") == 1
    numbers = law[f"{LAW}/numbers.md"]
    assert "- **Of them:** 523 voted for the law, 46 against and 49 abstained\n" in numbers
    # What the vote was on, said once: not "28 voted against the Parliament's position and 93
    # abstained on the Parliament's position".
    assert "- **Of them:** 499 voted for the Parliament's position, 28 against and 93 abstained\n" in numbers


# An invented council vote in the flood story, whose parts add up to the whole; and a count of people
# of whom only some are given, which keeps its share.
COUNCIL_REPORT = (
    "The nine members of the valley council voted on the evacuation: seven voted to evacuate the valley "
    "and two voted to wait. Of the 40 farms, 12 were flooded.\n"
)
COUNCIL_NUMBERS = """\
- id: council-members
  value: 9
  unit: members
  counts: members of the valley council who voted
  cite:
    - source: valley-news
      evidence: The nine members of the valley council voted on the evacuation
- id: council-for
  value: 7
  unit: members
  counts: members who voted to evacuate the valley
  part_of: council-members
  cite:
    - source: valley-news
      evidence: seven voted to evacuate the valley
- id: council-against
  value: 2
  unit: members
  counts: members who voted to wait
  part_of: council-members
  cite:
    - source: valley-news
      evidence: two voted to wait
- id: farms
  value: 40
  unit: farms
  counts: farms in the valley
  cite:
    - source: valley-news
      evidence: Of the 40 farms, 12 were flooded
- id: farms-flooded
  value: 12
  unit: farms
  counts: farms flooded
  part_of: farms
  cite:
    - source: valley-news
      evidence: Of the 40 farms, 12 were flooded
"""


def test_a_council_vote_in_the_flood_reads_as_a_vote(tmp_path: Path) -> None:
    folder = flood_with(tmp_path, COUNCIL_REPORT, numbers=COUNCIL_NUMBERS)
    meta = folder / FLOOD / "dossier.yaml"
    meta.write_text(
        meta.read_text("utf-8") + "key_figures: [council-for, council-against, farms-flooded]\n", "utf-8"
    )
    pages = built(folder)
    cards = _section(pages[f"{FLOOD}/index.md"], "## Key figures")
    assert (
        "Of the [9 members of the valley council who voted](numbers.md#council-members):"
        " 7 voted to evacuate the valley and 2 voted to wait." in cards
    )
    assert "Most: 7 of the" not in cards
    # Parts that leave a remainder keep their share of the whole.
    assert "That is nearly a third of the [40 farms in the valley](numbers.md#farms)." in cards
    numbers = pages[f"{FLOOD}/numbers.md"]
    assert "- **Of them:** 7 voted to evacuate the valley and 2 voted to wait\n" in numbers
    assert numbers.count("**Of them:**") == 1


@pytest.mark.parametrize(
    ("counts", "told"),
    [
        (["members who voted for", "members who abstained"], "5 voted for and 4 abstained"),
        # Only up to the relative word: not "5 cut the rate".
        (["members who voted to cut", "members who voted to hold"], "5 voted to cut and 4 voted to hold"),
        # No relative word: the words the parts begin with said once, by the first (without the whole).
        (["seats won by Labour", "seats won by others"], "5 seats won by Labour and 4 by others"),
        # What the vote is on, said once; the verb said once for the parts that share it.
        (
            ["members who voted for the bill", "members who voted against the bill"],
            "5 voted for the bill and 4 against",
        ),
        (
            ["members who voted in favour of the motion", "members who abstained on the motion"],
            "5 voted in favour of the motion and 4 abstained",
        ),
        # Not what follows a verb ("the rate" is what each would do): only what follows a preposition.
        (
            ["members who voted to cut the rate", "members who voted to hold the rate"],
            "5 voted to cut the rate and 4 voted to hold the rate",
        ),
    ],
)
def test_a_tally_says_the_shared_head_once(counts: list[str], told: str) -> None:
    parts = [_number(5, "members", counts[0]), _number(4, "members", counts[1])]
    assert tallied(parts) == told


def test_a_tally_keeps_the_preposition_that_tells_its_parts_apart() -> None:
    """An abstention told first: "voted" alone, for the part after it, would say only that they voted."""
    counts = [
        "members who abstained on the bill",
        "members who voted for the bill",
        "members who voted against the bill",
    ]
    parts = [_number(value, "members", c) for value, c in zip((3, 5, 4), counts, strict=True)]
    assert tallied(parts) == "3 abstained on the bill, 5 voted for the bill and 4 against"


# -- A fine as a share of turnover -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("counts", "told"),
    [
        (
            "worldwide annual turnover that a company can be fined at most",
            "up to 7% of worldwide annual turnover that a company can be fined at most",
        ),
        ("a company's revenue, the largest penalty", "up to 7% of a company's revenue, the largest penalty"),
        ("GDP", "up to 7% of GDP"),
        # The sum heads what the percentage is of, whatever follows it: not only before a clause.
        ("GDP spent on defence", "up to 7% of GDP spent on defence"),
        ("the council's budget for schools", "up to 7% of the council's budget for schools"),
        ("spending on roads", "up to 7% of spending on roads"),
        ("revenue the firm reported", "up to 7% of revenue the firm reported"),
        ("assets held abroad", "up to 7% of assets held abroad"),
        # A rate or a level is still what a percentage is "for".
        ("inflation the bank expects", "up to 7% for inflation the bank expects"),
        ("Bank Rate", "up to 7% for Bank Rate"),
        # A sum before another noun names a rate; after "of", it says more of another noun.
        ("GDP growth the bank expects", "up to 7% for GDP growth the bank expects"),
        ("sales tax", "up to 7% for sales tax"),
        ("share of GDP spent on defence", "up to 7%, the share of GDP spent on defence"),
    ],
)
def test_a_share_of_a_sum_is_of_it(counts: str, told: str) -> None:
    assert caption_text(_number(7, "percent", counts, qualifier="up-to")) == told


# An invented budget in the flood story: a share of it spent on defences, and a loan's rate.
BUDGET_REPORT = (
    "The district spends 7% of its budget on flood defences. Rebuilding loans carry the Valley "
    "Loan Rate of 5%.\n"
)
BUDGET_NUMBERS = """\
- id: defence-share
  value: 7
  unit: percent
  counts: district budget spent on flood defences
  cite:
    - source: valley-news
      evidence: The district spends 7% of its budget on flood defences
- id: loan-rate
  value: 5
  unit: percent
  counts: Valley Loan Rate
  cite:
    - source: valley-news
      evidence: the Valley Loan Rate of 5%
"""


def test_a_share_of_a_budget_in_the_flood_is_of_it(tmp_path: Path) -> None:
    folder = flood_with(tmp_path, BUDGET_REPORT, numbers=BUDGET_NUMBERS)
    meta = folder / FLOOD / "dossier.yaml"
    meta.write_text(meta.read_text("utf-8") + "key_figures: [defence-share, loan-rate]\n", "utf-8")
    cards = _section(built(folder)[f"{FLOOD}/index.md"], "## Key figures")
    # Not "7% for district budget spent on flood defences".
    assert "[7%](numbers.md#defence-share) of district budget spent on flood defences" in cards
    assert "[5%](numbers.md#loan-rate) for Valley Loan Rate" in cards


def test_the_fine_card_reads_as_a_share_of_turnover(law: dict[str, str]) -> None:
    cards = _section(law[f"{LAW}/index.md"], "## Key figures")
    assert (
        "[up to 7%](numbers.md#fine-share) of worldwide annual turnover that a company can be fined" in cards
    )
    assert "for of" not in law[f"{LAW}/numbers.md"] and "7% for" not in cards


# -- Who's who: the first line counts what the headings list, a judge among the people ---------------


@pytest.mark.parametrize(
    ("slug", "intro"),
    [
        (
            TRIAL,
            "Seven people (two of them judges), two courts, one jury, two organisations, one government body,"
            " one media outlet and one group in this story",
        ),
        (LAW, "Four people, one organisation and three government bodies in this story"),
    ],
)
def test_the_whos_who_intro_counts_its_headings(law: dict[str, str], slug: str, intro: str) -> None:
    page = law[f"{slug}/actors/index.md"]
    assert intro in page
    # Each heading's entries, counted, in the headings' order.
    headings = re.findall(r"^## (.+?) \{", page, flags=re.MULTILINE)
    sizes = [
        len(re.findall(r"^- ", part, flags=re.MULTILINE))
        for part in re.split(r"^## .+$", page, flags=re.MULTILINE)[1:]
    ]
    assert len(headings) == len(sizes)
    if slug == LAW:
        assert headings == ["People", "Organisations", "Government bodies"] and sizes == [4, 1, 3]
