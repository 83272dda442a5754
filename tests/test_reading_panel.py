"""What a reader panel stumbled on in the explained fixtures (tests/fixtures/explained), each rule
tested on the built pages of two or more stories of different kinds: a medicine's regulators, a
national budget, a fraud trial, an earthquake, an election and a vote on a law.

Each test reads the pages as built, rendered to HTML as MkDocs renders them (without the theme)."""

from __future__ import annotations

import pytest
from explained import built_fixtures, text
from flood import first_screen

MEDICINE = "lecanemab-alzheimers"
BUDGET = "uk-budget-2024"
TRIAL = "ftx-fraud-trial"
QUAKE = "morocco-earthquake-2023"
ELECTION = "venezuela-election-2024"
LAW = "eu-ai-act"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, MEDICINE, BUDGET, TRIAL, QUAKE, ELECTION, LAW)


def _doubt(page: str) -> str:
    """The "Still in doubt" line of an overview or a timeline, as a reader reads it."""
    told = text(page)
    return told.split("Still in doubt: ", 1)[1].split(" What is not known", 1)[0]


# -- Figures one source alone gives are named, not only counted ------------------------------------


def test_the_figures_one_source_alone_gives_are_named(pages: dict[str, str]) -> None:
    """ "Still in doubt: two figures no other source gives, from NICE." left a reader asking which two
    and why: the line now names who gives them, then the figures by value and what they count."""
    for page in (pages[f"{MEDICINE}/index.md"], pages[f"{MEDICINE}/timeline.md"]):
        doubt = _doubt(page)
        assert doubt.startswith("two figures only NICE gives (4 to 6 months of delay in the progression")
        assert "; about 70,000 adults in England who would have been eligible for treatment)." in doubt
        assert "no other source gives, from" not in doubt
    assert "two figures only" in _doubt(first_screen(pages[f"{MEDICINE}/index.md"]) + "\n")
    # The same form in a story with sides, after its main doubt on the timeline: the figures named.
    budget = _doubt(pages[f"{BUDGET}/timeline.md"])
    assert (
        "two figures only the Office for Budget Responsibility gives (£70 billion a year, the rise in"
        " government spending in the Budget; £32 billion a year, the extra government borrowing" in budget
    )
