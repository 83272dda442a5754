"""A technology failure with corporate consequences (tests/fixtures/explained/crowdstrike-outage-2024:
one company's faulty update crashes millions of other companies' computers; the platform maker's
count of the machines hit, an insurer's estimate of the losses with parts by sector, an airline's
losses set against the cap its supplier's contract puts on them, a revised revenue forecast, a
hearing, a lawsuit and a court's first ruling), read as a newcomer who asks what happened, who, why,
what it cost and who says so, what happens next and what is unknown; and the same rules on other
topics.

Each test reads the pages as built, rendered to HTML as MkDocs renders them (without the theme)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from explained import built_fixtures, text, validates_but_for_unstored_text
from flood import built, first_screen, flood_with

from generator.format.model import Actor, Number
from generator.format.numbers import newspaper_value
from generator.site.grammar import amount
from generator.site.roles import appositive

OUTAGE = "crowdstrike-outage-2024"
TRIAL = "ftx-fraud-trial"
THREADS = Path(__file__).parent / "fixtures" / "threads"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, OUTAGE, TRIAL)


def test_the_outage_validates_with_no_problem_but_unstored_text(tmp_path: Path) -> None:
    """Every source is cited by short phrases, none stored (as the other explained fixtures)."""
    validates_but_for_unstored_text(OUTAGE, tmp_path)


# -- A company's own name is one body, whatever its last word ------------------------------------------


def test_an_airline_named_lines_speaks_as_one(pages: dict[str, str]) -> None:
    """ "Delta Air Lines" read as a plural ("Lines"): the first screen said "..., say Delta Air Lines"
    and the doubts "Delta Air Lines, a US airline, say:". A company's own name is one body."""
    overview = text(pages[f"{OUTAGE}/index.md"])
    assert "say Delta Air Lines" not in overview
    assert "Delta Air Lines, a US airline, alleges: CrowdStrike caused a global catastrophe" in overview


def test_a_holding_company_named_in_the_plural_is_one_on_another_topic(tmp_path: Path) -> None:
    """The same on a bank's sale (tests/fixtures/threads): "First Citizens BancShares own First-Citizens
    Bank" read as if the company were many."""
    content = tmp_path / "content"
    shutil.copytree(THREADS / "silicon-valley-bank", content)
    owner = text(built(content)["svb-sold-to-first-citizens/actors/first-citizens-bancshares.md"])
    assert "First Citizens BancShares owns First-Citizens Bank" in owner


# -- A sum, a share or a measure is "less than", things counted "fewer than" ------------------------


def test_a_sum_and_a_share_are_less_than(pages: dict[str, str]) -> None:
    """The cap a lawyer puts on a company's liability read "fewer than $10 million", and Microsoft's
    share of Windows machines "fewer than 1%": money and shares are not counted one by one."""
    numbers = text(pages[f"{OUTAGE}/numbers.md"])
    assert "CrowdStrike's liability to Delta under their contract less than $10 million" in numbers
    assert "Share of all Windows machines the update affected less than 1%" in numbers
    assert "fewer than" not in numbers


def test_a_share_is_less_than_on_another_topic(pages: dict[str, str]) -> None:
    """The same on a fraud trial: "fewer than 10%" of appeals granted, a share, reads "less than";
    the source's own words, quoted, keep theirs."""
    numbers = text(pages[f"{TRIAL}/numbers.md"])
    assert "Appeals by criminal defendants that federal courts grant less than 10%" in numbers
    assert "granting fewer than 10 percent of appeals" in numbers


@pytest.mark.parametrize(
    ("value", "unit", "told"),
    [
        (7000, "flights", "fewer than 7,000"),
        (10, "people", "fewer than 10"),
        (3, "kilometres", "less than 3"),
        (2, "hours", "less than 2"),
        (5, "pounds sterling", "less than £5"),
    ],
)
def test_fewer_or_less_on_invented_figures(value: int, unit: str, told: str) -> None:
    number = Number.model_validate(
        {
            "id": "n",
            "value": value,
            "unit": unit,
            "counts": "c",
            "qualifier": "fewer-than",
            "cite": [{"source": "s"}],
        }
    )
    assert amount(number) == told


# -- A range revised reads as one figure between its ends ---------------------------------------------


def test_a_revised_range_reads_between_its_ends(pages: dict[str, str]) -> None:
    """A company's revenue forecast, a range, revised to another range read "revised its figure from
    $3.98 billion to $4 billion to $3.89 billion to $3.9 billion": four figures in a row, each "to"
    one more step."""
    numbers = text(pages[f"{OUTAGE}/numbers.md"])
    assert (
        "CrowdStrike revised its figure from between $3.98 billion and $4 billion to between $3.89 billion"
        " and $3.9 billion on 28 August 2024." in numbers
    )


def test_a_revised_range_reads_between_its_ends_on_another_topic(tmp_path: Path) -> None:
    """The same on invented figures of a flood: an office's estimate of the water released, revised."""
    folder = flood_with(
        tmp_path,
        "The office first put the water at 2 to 3 million cubic metres, and later at 5 to 7 million cubic metres.",
        numbers=(
            "- id: water-first\n  value: 2000000\n  upper: 3000000\n  unit: cubic metres\n"
            "  counts: water the lake lost\n  quantity: lake-water-lost\n  as_of: '2024-05-02'\n"
            "  stated_by: [district-office]\n  cite:\n    - source: valley-news\n"
            "      evidence: 2 to 3 million cubic metres\n"
            "- id: water-later\n  value: 5000000\n  upper: 7000000\n  unit: cubic metres\n"
            "  counts: water the lake lost\n  quantity: lake-water-lost\n  as_of: '2024-05-04'\n"
            "  revises: water-first\n  stated_by: [district-office]\n  cite:\n    - source: valley-news\n"
            "      evidence: 5 to 7 million cubic metres\n"
        ),
    )
    numbers = text(built(folder)["glacier-lake-flood/numbers.md"])
    assert (
        "The district office revised its figure from between 2 million and 3 million cubic metres to"
        " between 5 million and 7 million cubic metres," in numbers
    )


# -- Billions to three decimals stay billions ------------------------------------------------------------


def test_parts_of_a_sum_in_billions_read_in_billions(pages: dict[str, str]) -> None:
    """An insurer's loss for one sector, "$1.938 billion" in its words, read "$1,938,000,000 of $5.4
    billion": a reader had to count digits to see both were billions."""
    numbers = text(pages[f"{OUTAGE}/numbers.md"])
    assert "$1.938 billion of $5.4 billion" in numbers
    assert "$1.149 billion of $5.4 billion" in numbers
    assert "1,938,000,000" not in numbers


def test_billions_to_three_decimals_on_another_topic(tmp_path: Path) -> None:
    """The same on an invented figure of a flood's damage; a sum a fourth decimal would need keeps
    its digits."""
    folder = flood_with(
        tmp_path,
        "Insurers put the damage at $1.725 billion.",
        numbers=(
            "- id: damage\n  value: 1725000000\n  unit: US dollars\n  counts: damage the flood did\n"
            "  stated_by: [district-office]\n  cite:\n    - source: valley-news\n"
            "      evidence: $1.725 billion\n"
        ),
    )
    assert "Damage the flood did $1.725 billion" in text(built(folder)["glacier-lake-flood/numbers.md"])
    assert newspaper_value(1_725_000_000) == "1.725 billion"
    assert newspaper_value(1_725_500_000) == "1,725,500,000"
    assert newspaper_value(1_200_000) == "1.2 million"


# -- A figure revised is told with its revision on its giver's page ----------------------------------------


def test_a_revised_forecast_is_one_line_on_its_makers_page(pages: dict[str, str]) -> None:
    """A company's revenue forecast before the outage and the one that revised it stood on its page as
    two figures of one thing a line apart, the older with no word that it was replaced."""
    company = text(pages[f"{OUTAGE}/actors/crowdstrike.md"])
    assert (
        "$3.89 billion to $3.9 billion in CrowdStrike's revenue forecast for its full year (as of 28 August"
        " 2024), revised from between $3.98 billion and $4 billion" in company
    )
    assert company.count("$3.98 billion") == 1


def test_a_revised_forecast_is_one_line_on_another_topic(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The same on a budget: the fiscal office's borrowing forecast for 2028-29 of March and its
    October forecast read "£39.4 billion ... (official forecast)" then "£71.9 billion ... (official
    forecast)"."""
    office = text(built_fixtures(tmp_path_factory, "uk-budget-2024")["uk-budget-2024/actors/obr.md"])
    assert (
        "£71.9 billion in government borrowing in the financial year 2028-29 (official forecast), revised"
        " from £39.4 billion" in office
    )
    assert "£39.4 billion in government borrowing" not in office


# -- One figure said again by another is no difference ----------------------------------------------------


def test_a_figure_repeated_later_by_another_is_the_same_figure(pages: dict[str, str]) -> None:
    """Microsoft's 8.5 million devices and a congressman's "about 8.5 million" two months later read
    "a difference between them may come from who counts": there was no difference to explain."""
    numbers = text(pages[f"{OUTAGE}/numbers.md"])
    assert (
        "Windows devices the faulty update affected Different sources give the same figure at different"
        " dates, earliest first." in numbers
    )
    assert "a difference between them may come from who counts" not in numbers


def test_a_figure_repeated_later_by_another_on_another_topic(tmp_path: Path) -> None:
    """The same on an invented count of a flood; two different counts by two parties keep the doubt."""
    entries = (
        ("homes-office", "district-office", 120, "2024-01-10"),
        ("homes-army", "army", 120, "2024-01-12"),
        ("roads-office", "district-office", 12, "2024-01-10"),
        ("roads-army", "army", 15, "2024-01-12"),
    )
    folder = flood_with(
        tmp_path,
        "Officials said 120 homes were flooded and 12 roads cut; soldiers later said 120 homes and 15 roads.",
        numbers="".join(
            f"- id: {key}\n  value: {value}\n  unit: {key.split('-')[0]}\n  counts: {key.split('-')[0]} the"
            f" flood reached\n  quantity: flood-{key.split('-')[0]}\n  as_of: '{day}'\n  stated_by: [{who}]\n"
            f"  cite:\n    - source: valley-news\n      evidence: {value} {key.split('-')[0]}\n"
            for key, who, value, day in entries
        ),
    )
    numbers = text(built(folder)["glacier-lake-flood/numbers.md"])
    assert "Homes the flood reached Different sources give the same figure at different dates" in numbers
    assert (
        "Roads the flood reached Different sources give this at different dates, earliest first: a" in numbers
    )


# -- An owner's name opens a role as "the" does -------------------------------------------------------------


def test_a_lawyer_is_introduced_as_whose_lawyer(pages: dict[str, str]) -> None:
    """A lawyer whose role begins with his client's name ("CrowdStrike's outside lawyer ...") was
    named bare among the doubts, "Michael Carlinsky says: Delta's remaining claims will be capped":
    a newcomer could not tell for whom he spoke."""
    overview = text(pages[f"{OUTAGE}/index.md"])
    assert (
        "Michael Carlinsky, CrowdStrike's outside lawyer in its dispute with Delta, says: Delta's" in overview
    )
    assert "Mark Cheffo, Microsoft's lawyer in its dispute with Delta, says: Microsoft offered" in overview


def test_a_lawyer_is_introduced_as_whose_lawyer_on_another_topic(pages: dict[str, str]) -> None:
    """The same on a fraud trial: the defendant's lawyer spoke as a bare name."""
    overview = text(pages[f"{TRIAL}/index.md"])
    assert "Mark Cohen, Bankman-Fried's lead lawyer at the trial, says: Bankman-Fried is innocent" in overview


@pytest.mark.parametrize(
    ("description", "told"),
    [
        ("Aldria's lead lawyer at the trial.", "Aldria's lead lawyer at the trial"),
        ("A lawyer for the families.", "a lawyer for the families"),
        ("It's a lawyer.", ""),
        ("Kessel Pay's founder, who left in 2020.", "Kessel Pay's founder"),
    ],
)
def test_an_owners_name_opens_a_role_on_invented_actors(description: str, told: str) -> None:
    actor = Actor(id="a", name="Jon Pell", kind="person", description=description, cite=[{"source": "s"}])
    assert appositive(actor) == told


# -- A fact that cites a source by two phrases is one line of what cites it ---------------------------------


def test_a_fact_cited_by_two_phrases_is_one_line_of_its_source(pages: dict[str, str]) -> None:
    """An event cited by two phrases of one article was listed twice under the article, a line apart,
    as if the article supported two facts."""
    sources = text(pages[f"{OUTAGE}/sources.md"])
    event = "Event: 9 August 2024: Delta tells investors the outage was unacceptable and that it will claim"
    assert sources.count(event) == 1
    assert (
        "at least $500 million: “will pursue legal claims of at least USD500 million against CrowdStrike”;"
        " “said Delta CEO Ed Bastian in an August 9 SEC filing”" in sources
    )


def test_a_fact_cited_by_two_phrases_is_one_line_on_another_topic(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The same on a budget: the employers' rate, cited by two phrases of the act that sets it."""
    sources = text(built_fixtures(tmp_path_factory, "uk-budget-2024")["uk-budget-2024/sources.md"])
    rate = "Figure: 15% for the employers' National Insurance rate on wages above the threshold"
    assert sources.count(rate) == 1
    assert "What cites it (3)" in sources
    assert (
        f"{rate}: “The amendments made by this section come into force on 6 April 2025.”; “for ‘13.8%’"
        " substitute ‘15%’”" in sources
    )


# -- "What may happen next" links the question most about it -------------------------------------------------


def test_what_may_happen_next_links_the_question_most_about_it(pages: dict[str, str]) -> None:
    """The line on a lawsuit still under way ended "More in Why are Delta and CrowdStrike in court?":
    the first question resting on the lawsuit, past "What happens next?", which rests on it and on
    little else."""
    screen = first_screen(pages[f"{OUTAGE}/index.md"])
    assert screen.rstrip().endswith("More in [What happens next?](#q-what-happens-next)")


def test_what_may_happen_next_links_the_question_most_about_it_on_another_topic(tmp_path: Path) -> None:
    """The same on a flood: a question asked first that rests on the warning and on what soldiers did
    took the line's link, and "What happens next?", answered whole by the line, was asked again."""
    folder = flood_with(
        tmp_path,
        questions=(
            "- id: is-the-valley-safe\n  question: Is the valley safe?\n  answer: Not yet, as soldiers"
            " blocked the road, and a second lake could burst.\n  claims: [soldiers-blocked-road,"
            " second-lake-may-burst]\n"
        ),
    )
    questions = folder / "glacier-lake-flood" / "questions.yaml"
    asked = questions.read_text("utf-8").split("- id: ")
    questions.write_text("- id: ".join([asked[0], asked[-1], *asked[1:-1]]), "utf-8")
    screen = first_screen(built(folder)["glacier-lake-flood/index.md"])
    assert "More in [Is the valley safe?]" not in screen
    assert 'id="q-what-happens-next"' in screen or "q-what-happens-next" in screen


# -- A reprint is named by whoever first published it ------------------------------------------------------


def test_a_reprint_is_named_by_its_first_publisher(pages: dict[str, str]) -> None:
    """A company's own statement, read on a site that reprinted it, was cited "Source: IITD", and a
    news agency's report as "KRMG", a radio station: the reader could not tell whose words they were."""
    timeline, claims = text(pages[f"{OUTAGE}/timeline.md"]), text(pages[f"{OUTAGE}/claims.md"])
    assert "Who: George Kurtz, CrowdStrike Source: CrowdStrike via IITD" in timeline
    assert "(Associated Press via KRMG)" in claims
    assert "(KRMG)" not in claims


def test_a_reprint_is_named_by_its_first_publisher_on_another_topic(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The same on a budget: a newspaper's live report, read on a site that reprinted it."""
    claims = text(built_fixtures(tmp_path_factory, "uk-budget-2024")["uk-budget-2024/claims.md"])
    assert "“he accused Labour of ‘fiddling the figures’” (MailOnline via London24 News)" in claims
