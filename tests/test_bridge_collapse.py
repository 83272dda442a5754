"""An infrastructure disaster (tests/fixtures/explained/key-bridge-collapse-2024: a ship that lost
power leaving a port struck a bridge and killed a road crew; the channel closed and cleared; a safety
board's findings on the ship and the bridge's owner; who pays, through an insurer, the federal
government and lawsuits against the ship's owner and manager; the rebuild's estimate revised up; a
criminal case), read as a newcomer on a phone who asks what happened, why, what it cost, who pays
and what happens next; and the same rules on other topics.

Each test reads the pages as built, rendered to HTML as MkDocs renders them (without the theme)."""

from __future__ import annotations

from pathlib import Path

import pytest
from explained import built_fixtures, validates_but_for_unstored_text

BRIDGE = "key-bridge-collapse-2024"
STRIKE = "uaw-strike-2023"
MISSION = "starliner-crew-flight-2024"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, BRIDGE, STRIKE, MISSION)


def test_the_collapse_validates_with_no_problem_but_unstored_text(tmp_path: Path) -> None:
    """Every source is cited by short phrases, none stored (as the other explained fixtures)."""
    validates_but_for_unstored_text(BRIDGE, tmp_path)
