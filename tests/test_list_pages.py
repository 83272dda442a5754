"""What a story's list pages (Who's who, By the numbers, Who says what) explain to a reader who
never saw the story, asserted on pages built from the fixture dossiers of several topics."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.checking.loader import load_site
from generator.format.model import ActorKind
from generator.site.pages import build_pages
from generator.site.sections import KIND_TITLES

DOSSIERS = Path(__file__).parent / "fixtures" / "dossiers"
COURT = "purdue-sackler-ruling"


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    site = load_site(DOSSIERS).raise_for_problems(strict=True)
    return {page.path: page.markdown for page in build_pages(site).pages}


def test_every_kind_of_actor_has_a_heading() -> None:
    assert set(KIND_TITLES) == set(ActorKind)


def test_whos_who_lists_everyone_it_counts(pages: dict[str, str]) -> None:
    """The court story counts "one object" (a drug) above its lists: the drug is listed, under its
    kind, on the story's Who's who and on the site's people index."""
    actors = pages[f"{COURT}/actors/index.md"]
    assert "one object" in actors.split("\n## ", 1)[0]
    objects = actors.split("## Objects", 1)[1]
    assert "- [OxyContin](oxycontin.md): A powerful prescription painkiller" in objects
    assert "[OxyContin](" in pages["people.md"].split("Objects", 1)[1]
