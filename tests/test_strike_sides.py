"""A labour dispute (tests/fixtures/explained/uaw-strike-2023: a union strikes three carmakers at
once, plant by plant; its demands against the companies' offers, hourly wages before and after, the
workers on strike as the strike grew, the companies' own counts of what it cost them, two revised, a
consultancy's estimate of the industry's losses with its parts, the deals and the members' votes),
read as a newcomer who asks what happened, who, why, what each side wanted and got, what it cost and
who says so, what happens next and what is unknown; and the same rules on other topics.

Each test reads the pages as built, rendered to HTML as MkDocs renders them (without the theme)."""

from __future__ import annotations

from pathlib import Path

import pytest
from explained import built_fixtures, validates_but_for_unstored_text

STRIKE = "uaw-strike-2023"
BUDGET = "uk-budget-2024"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, STRIKE, BUDGET)


def test_the_strike_validates_with_no_problem_but_unstored_text(tmp_path: Path) -> None:
    """Every source is cited by short phrases, none stored (as the other explained fixtures)."""
    validates_but_for_unstored_text(STRIKE, tmp_path)
