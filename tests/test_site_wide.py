"""The site-wide pages as a reader meets them, on the fixture topics (a flood, a court ruling, a
canal, a handover): "Figures across stories"."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.checking.loader import load_site
from generator.format.model import Number
from generator.site.pages import build_pages
from generator.site.trends import across_note

DOSSIERS = Path(__file__).parent / "fixtures" / "dossiers"


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    site = load_site(DOSSIERS).raise_for_problems(strict=True)
    return {page.path: page.markdown for page in build_pages(site).pages}


def test_every_quantity_across_stories_says_what_its_figures_show(pages: dict[str, str]) -> None:
    """A table of figures from several stories leaves a reader to work out which way it went: each
    quantity says it in a sentence, and a series that different sources give is not told as a rise."""
    page = pages["quantities.md"]
    sections = page.split("\n## ")[1:]
    assert sections
    for section in sections:
        sentence = section.split("\n\n", 2)[1]
        assert not sentence.startswith("|"), section.split("\n", 1)[0]
    ships = next(s for s in sections if s.startswith("Ships waiting"))
    assert (
        "The figures go from at least 369 ships on 28 March 2021 to 422 ships on 29 March 2021, but different"
        " sources give them: a difference may come from who counts, not from a change." in ships
    )


def test_a_row_of_figures_across_stories_reads_as_a_line_on_a_phone(pages: dict[str, str]) -> None:
    """On a phone the table's header is hidden and a row is one line: each cell says what it is
    ("as of", "according to", "in"), as on a story's Numbers page; a bare run of four cells read as
    "422 ships 29 March 2021 Ossama Rabei The Suez Canal clears its backlog"."""
    row = next(line for line in pages["quantities.md"].splitlines() if line.startswith("| [422 ships]"))
    label = '<span class="explainer-cell-label">{} </span>'
    assert f"| {label.format('as of')}29 March 2021 |" in row
    assert f"| {label.format('according to')}[Ossama Rabei](" in row
    assert f"| {label.format('in')}[The Suez Canal clears its backlog](" in row


def number(number_id: str, value: int, as_of: str, stated_by: str, **more: object) -> Number:
    return Number.model_validate(
        {"id": number_id, "value": value, "unit": "people", "counts": "people missing", "as_of": as_of,
         "stated_by": [stated_by], "cite": [{"source": "s", "evidence": "e"}], **more}
    )  # fmt: skip


def test_figures_that_disagree_or_agree_say_so() -> None:
    army, office = number("a", 12, "2024-01-10", "army"), number("b", 30, "2024-01-10", "office")
    assert across_note([army, office]).startswith(
        "Some of these figures cannot all be right for the same date"
    )
    about = number("c", 28, "2024-01-10", "army", qualifier="about")
    assert (
        across_note([about, office])
        == "These figures differ but can all be true; who states each tells them apart."
    )
    # The same figure twice needs no sentence.
    assert across_note([office, number("d", 30, "2024-01-10", "army")]) == ""
