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
from flood import built

OUTAGE = "crowdstrike-outage-2024"
THREADS = Path(__file__).parent / "fixtures" / "threads"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, OUTAGE)


def test_the_outage_validates_with_no_problem_but_unstored_text(tmp_path: Path) -> None:
    """Every source is cited by short phrases, none stored (as the other explained fixtures)."""
    validates_but_for_unstored_text(OUTAGE, tmp_path)


# -- A company's own name is one body, whatever its last word ------------------------------------------


def test_an_airline_named_lines_speaks_as_one(pages: dict[str, str]) -> None:
    """ "Delta Air Lines" read as a plural ("Lines"): the first screen said "..., say Delta Air Lines"
    and the doubts "Delta Air Lines, a US airline, say:". A company's own name is one body."""
    overview = text(pages[f"{OUTAGE}/index.md"])
    assert "say Delta Air Lines" not in overview
    assert "Delta Air Lines, a US airline, says: CrowdStrike caused a global catastrophe" in overview


def test_a_holding_company_named_in_the_plural_is_one_on_another_topic(tmp_path: Path) -> None:
    """The same on a bank's sale (tests/fixtures/threads): "First Citizens BancShares own First-Citizens
    Bank" read as if the company were many."""
    content = tmp_path / "content"
    shutil.copytree(THREADS / "silicon-valley-bank", content)
    owner = text(built(content)["svb-sold-to-first-citizens/actors/first-citizens-bancshares.md"])
    assert "First Citizens BancShares owns First-Citizens Bank" in owner
