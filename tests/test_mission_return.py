"""A space mission that went wrong (tests/fixtures/explained/starliner-crew-flight-2024: a capsule's
first flight with a crew, its thruster failures and helium leaks, the agency's decision to bring it
back empty and the crew home on another company's capsule, a mission planned in days that lasted
months, the maker's charges against its earlier record and its running total, and a contract cut),
read as a newcomer who asks what happened, who decided what, why, what it cost, what happens next
and what is unknown; and the same rules on other topics.

Each test reads the pages as built, rendered to HTML as MkDocs renders them (without the theme)."""

from __future__ import annotations

from pathlib import Path

import pytest
from explained import built_fixtures, validates_but_for_unstored_text

MISSION = "starliner-crew-flight-2024"
OUTAGE = "crowdstrike-outage-2024"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, MISSION, OUTAGE)


def test_the_mission_validates_with_no_problem_but_unstored_text(tmp_path: Path) -> None:
    """Every source is cited by short phrases, none stored (as the other explained fixtures)."""
    validates_but_for_unstored_text(MISSION, tmp_path)
