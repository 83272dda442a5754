"""A technology failure with corporate consequences (tests/fixtures/explained/crowdstrike-outage-2024:
one company's faulty update crashes millions of other companies' computers; the platform maker's
count of the machines hit, an insurer's estimate of the losses with parts by sector, an airline's
losses set against the cap its supplier's contract puts on them, a revised revenue forecast, a
hearing, a lawsuit and a court's first ruling), read as a newcomer who asks what happened, who, why,
what it cost and who says so, what happens next and what is unknown; and the same rules on other
topics.

Each test reads the pages as built, rendered to HTML as MkDocs renders them (without the theme)."""

from __future__ import annotations

from pathlib import Path

import pytest
from explained import built_fixtures, validates_but_for_unstored_text

OUTAGE = "crowdstrike-outage-2024"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, OUTAGE)


def test_the_outage_validates_with_no_problem_but_unstored_text(tmp_path: Path) -> None:
    """Every source is cited by short phrases, none stored (as the other explained fixtures)."""
    validates_but_for_unstored_text(OUTAGE, tmp_path)
