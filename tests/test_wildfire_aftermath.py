"""A deadly wildfire and its aftermath (tests/fixtures/explained/maui-wildfires-2023: a power
company's broken lines started a fire that firefighters thought out, which flared up again and burned
a town; the count of the dead rose, was revised down after DNA tests, then settled; sirens not
sounded and a water official moved; a county's lawsuit and the company's answer; the findings on the
cause; a settlement of the lawsuits and who pays into it; the rebuilding), read as a newcomer on a
phone who asks how many died, why, who is to blame, who pays and what happens next; and the same
rules on invented stories of other topics.

Each test reads the pages as built, rendered to HTML as MkDocs renders them (without the theme)."""

from __future__ import annotations

from pathlib import Path

import pytest
from explained import (
    built_fixtures,
    validates_but_for_unstored_text,
)

FIRE = "maui-wildfires-2023"
QUAKE = "morocco-earthquake-2023"
BRIDGE = "key-bridge-collapse-2024"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, FIRE, QUAKE, BRIDGE)


def test_the_wildfire_validates_with_no_problem_but_unstored_text(tmp_path: Path) -> None:
    """Every source is cited by short phrases, none stored (as the other explained fixtures)."""
    validates_but_for_unstored_text(FIRE, tmp_path)
