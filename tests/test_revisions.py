"""A revised figure (`revises:` on a number): a body gives a figure, then replaces it with another for
the same thing. Kept without `official`, the earlier one read as another source disputing the body's
official figure ("The sources disagree, and their figures cannot all be right: for 10 January 2024,
the official figure is 25 homes; another source gives 40 homes"), and "a disputed official figure" led
the first screen. The pages now tell it as a revision; the checks refuse a `revises:` that names
another quantity, another body's figure, itself or a loop. Figures here are invented, on the flood."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from flood import FLOOD, built, first_screen, flood_with
from test_rules import D, Edit, replace, run_case, write

from generator.format.conflicts import compare, current
from generator.format.model import Number
from generator.site.trends import series_note

# The district office counts homes destroyed at 40, then revises its count for the same day to 25.
SOURCE = (
    "The district office first said 40 homes were destroyed. "
    "On Friday it revised the toll, saying 25 homes were destroyed.\n"
)
HOMES = """- id: homes-first
  value: 40
  unit: homes
  counts: homes destroyed
  quantity: homes-destroyed
  as_of: "2024-01-10"
  stated_by: [district-office]
  cite:
    - source: valley-news
      evidence: first said 40 homes were destroyed
- id: homes-revised
  value: 25
  unit: homes
  counts: homes destroyed
  quantity: homes-destroyed
  as_of: "2024-01-10"
  stated_by: [district-office]
  official: true
  revises: homes-first
  cite:
    - source: valley-news
      evidence: saying 25 homes were destroyed
"""


def _flood(tmp_path: Path, numbers: str) -> dict[str, str]:
    return built(flood_with(tmp_path, SOURCE, numbers=numbers))


def _section(page: str, heading: str) -> str:
    return page.split(f"\n{heading}", 1)[1].split("\n#", 1)[0]


def test_a_revised_figure_is_told_as_a_revision(tmp_path: Path) -> None:
    pages = _flood(tmp_path, HOMES)
    numbers, overview = pages[f"{FLOOD}/numbers.md"], pages[f"{FLOOD}/index.md"]
    homes = _section(numbers, "## Homes destroyed")
    assert "cannot all be right" not in homes
    # Its own date is the earlier one's: the revision is dated by its report (a month, here).
    assert (
        "The [district office](actors/district-office.md) revised its figure from 40 to 25 homes in"
        " January 2024.\n"
    ) in homes
    assert "(since revised)[^" in homes
    # Neither a dispute on the first screen nor under "What is not known".
    assert "homes destroyed" not in first_screen(overview).casefold()
    assert "numbers.md#homes-first" not in _section(overview, "## What is not known")
    # The numbers page's opening names no disagreement of it.
    assert "[homes destroyed]" not in numbers.split("\n## ", 1)[0]
    # The key figure is the revised one; the body's page tells the figure with its revision.
    assert "[25](numbers.md#homes-revised) homes destroyed, the official figure from the" in overview
    assert "numbers.md#homes-first" not in overview
    assert (
        "- Homes destroyed: [40 homes](../numbers.md#homes-first) as of 10 January 2024, revised to [25 homes]"
        "(../numbers.md#homes-revised)[^"
    ) in pages[f"{FLOOD}/actors/district-office.md"]


def test_a_revision_at_a_later_date_is_dated_by_it_and_the_series_goes_on_from_it(tmp_path: Path) -> None:
    """A running total that "falls" because its body revised it is no contradiction: the series is
    told from the revised figure, and the revision by its date."""
    later = HOMES.replace(
        '  as_of: "2024-01-10"\n  stated_by: [district-office]\n  official: true',
        ('  as_of: "2024-01-12"\n  stated_by: [district-office]\n  official: true'),
    )
    homes = _section(_flood(tmp_path, later)[f"{FLOOD}/numbers.md"], "## Homes destroyed")
    assert "revised its figure from 40 to 25 homes on 12 January 2024." in homes
    assert "may come from who counts" not in homes and "fell from" not in homes


def _number(id_: str, value: int, as_of: str, **fields: object) -> Number:
    return Number.model_validate(
        {
            "id": id_,
            "value": value,
            "unit": "people",
            "counts": "deaths so far",
            "quantity": "q",
            "as_of": as_of,
            "stated_by": ["ministry"],
            "cite": [{"source": "s"}],
            **fields,
        }
    )


def test_a_revised_figure_is_compared_with_none() -> None:
    first = _number("first", 20, "2025-03-01")
    revised = _number("revised", 18, "2025-03-01", revises="first")
    later = _number("later", 30, "2025-03-05")
    compared = compare([first, revised, later])
    assert compared.conflicts == ()
    assert compared.revised == ((first, revised),)
    assert current([first, revised, later]) == [revised, later]
    assert "rose from 18 people on 1 March 2025 to 30 people on 5 March 2025" in series_note(
        [first, revised, later]
    )
    # Without the mark the same figures of one day disagree.
    assert compare([first, _number("other", 18, "2025-03-01"), later]).conflicts
    # Another body's figure of the same id is not taken for the one revised (the page across stories).
    other = _number("first", 20, "2025-03-01", stated_by=["army"])
    assert compare([other, revised]).revised == ()


STRIKERS = (
    "- id: strikers\n  value: 2000\n  counts: union members on strike\n  qualifier: more-than\n"
    "  quantity: strikers\n  stated_by: [dock-union]\n"
    "  cite:\n    - source: port-news\n      evidence: more than 2,000 members\n"
    "- id: strikers-again\n  value: 4\n  counts: union members on strike\n  quantity: strikers\n"
    "  stated_by: [dock-union]\n  revises: strikers\n  derivation: Four, in words.\n"
    "  cite:\n    - source: port-news\n      evidence: closed four terminals\n"
)


def strikers(numbers: str) -> Edit:
    """The harbour strike with ``numbers``, its key figure the revised one (``test_a_key_figure_since_revised``)."""

    def edit(folder: Path) -> None:
        write("numbers.yaml", numbers)(folder)
        replace("dossier.yaml", "key_figure: strikers\n", "key_figure: strikers-again\n")(folder)

    return edit


def test_a_body_revising_its_own_figure_is_no_problem(tmp_path: Path) -> None:
    assert run_case(tmp_path, strikers(STRIKERS)) == []


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "  revises: strikers\n",
            "  revises: strikers-again\n",
            "'strikers-again' names itself in `revises`",
        ),
        (
            "  quantity: strikers\n  stated_by: [dock-union]\n  revises",
            "  quantity: strikers-on-friday\n  stated_by: [dock-union]\n  revises",
            "'strikers-again' revises 'strikers', which is not a figure of the same quantity",
        ),
        (
            "  stated_by: [dock-union]\n  revises",
            "  stated_by: [port-authority]\n  revises",
            "'strikers-again' revises 'strikers', which another actor gives",
        ),
    ],
)
def test_a_revision_that_is_none(tmp_path: Path, old: str, new: str, message: str) -> None:
    found = run_case(
        tmp_path,
        lambda folder: (strikers(STRIKERS)(folder), replace("numbers.yaml", old, new)(folder)),
    )
    assert found == [f"{D}/numbers.yaml:15:12: error[number-revises]: {message}"]


@pytest.mark.parametrize(
    ("edit", "place", "message"),
    [
        (
            replace("numbers.yaml", "  revises: strikers\n", "  unit: people\n  revises: strikers\n"),
            "16:12",
            "'strikers-again' revises 'strikers', which is in another unit (none, here 'people')",
        ),
        (
            lambda folder: (
                replace(
                    "numbers.yaml", "  quantity: strikers\n", '  quantity: strikers\n  as_of: "2024-02-12"\n'
                )(folder),
                replace("numbers.yaml", "  revises: strikers\n", '  as_of: "2024-02"\n  revises: strikers\n')(
                    folder
                ),
            ),
            None,
            None,
        ),
        (
            lambda folder: (
                replace(
                    "numbers.yaml", "  quantity: strikers\n", '  quantity: strikers\n  as_of: "2024-02-12"\n'
                )(folder),
                replace(
                    "numbers.yaml", "  revises: strikers\n", '  as_of: "2024-02-10"\n  revises: strikers\n'
                )(folder),
            ),
            "17:12",
            "'strikers-again', as of 2024-02-10, revises 'strikers', a figure as of 2024-02-12: a revision "
            "holds for the same date or a later one",
        ),
        (
            replace(
                "numbers.yaml",
                "  revises: strikers\n",
                "  revises: strikers\n  derivation: Four, in words.\n  cite:\n    - source: port-news\n"
                "      evidence: closed four terminals\n- id: strikers-third\n  value: 4\n"
                "  counts: union members on strike\n  quantity: strikers\n  stated_by: [dock-union]\n"
                "  revises: strikers\n",
            ),
            "25:12",
            "'strikers-third' revises 'strikers', which 'strikers-again' revises too",
        ),
    ],
    ids=["unit", "same-month", "dated-before", "revised-twice"],
)
def test_a_revision_that_cannot_replace_it(
    tmp_path: Path, edit: Edit, place: str | None, message: str | None
) -> None:
    """A revision in another unit read "revised its figure from 1,800 people to 1,900%"; one dated
    before the figure it replaces, or a second revision of one figure, has no latest figure."""
    found = run_case(tmp_path, lambda folder: (strikers(STRIKERS)(folder), edit(folder)))
    expected = [] if message is None else [f"{D}/numbers.yaml:{place}: error[number-revises]: {message}"]
    assert found == expected


def test_two_figures_that_revise_each_other(tmp_path: Path) -> None:
    looped = STRIKERS.replace(
        "  quantity: strikers\n  stated_by: [dock-union]\n  cite",
        "  quantity: strikers\n  stated_by: [dock-union]\n  revises: strikers-again\n  cite",
    )
    found = run_case(tmp_path, strikers(looped))
    assert (
        f"{D}/numbers.yaml:7:12: error[number-revises]: 'strikers' revises 'strikers-again', which (through `revises`) revises it"
        in found
    )
    assert len(found) == 2


def test_an_unknown_figure_revised(tmp_path: Path) -> None:
    found = run_case(tmp_path, strikers(STRIKERS.replace("revises: strikers\n", "revises: strikes\n")))
    assert [line.split(": ", 1)[1].split("]", 1)[0] for line in found] == ["error[ref-unknown"]


THIRD = (
    "- id: strikers-third\n  value: 3\n  counts: union members on strike\n  quantity: strikers\n"
    "  stated_by: [dock-union]\n  revises: strikers-again\n  derivation: Invented for the test.\n"
    "  cite:\n    - source: port-news\n      evidence: closed four terminals\n"
)


@pytest.mark.parametrize(
    ("key", "place", "latest"),
    [
        ("key_figure: strikers", "9:13", "strikers-third"),
        ("key_figures: [strikers-third, strikers-again]", "9:31", "strikers-third"),
        ("key_figure: strikers-third", None, None),
    ],
)
def test_a_key_figure_since_revised(tmp_path: Path, key: str, place: str | None, latest: str | None) -> None:
    """The overview's first figure read "1,800 strikers, the official figure from the Port Authority"
    of a figure the authority itself had replaced: a key figure names the latest of its revisions."""
    edits = (write("numbers.yaml", STRIKERS + THIRD), replace("dossier.yaml", "key_figure: strikers", key))
    found = run_case(tmp_path, lambda folder: [edit(folder) for edit in edits])
    named = key.split("[", 1)[-1].split(",")[-1].strip(" ]") if place == "9:31" else "strikers"
    expected = (
        f"{D}/dossier.yaml:{place}: error[key-figure-revised]: the key figure {named!r} is one its body has "
        f"since revised: {latest!r} replaces it"
    )
    assert found == ([] if place is None else [expected])


def test_a_figure_of_another_story_with_the_same_id_is_not_taken_for_the_one_revised(tmp_path: Path) -> None:
    """Ids are a story's own. A later story by the same body (its actor shared, or recorded under the
    same id) gives its own `homes-first`, 30 homes for the same day: on the page of figures across
    stories it was taken for the figure the first story's `homes-revised` replaces, compared with
    nothing, and the page read "These figures differ, and each holds for its own date or period" of
    three figures of one day."""
    content = flood_with(tmp_path, SOURCE, numbers=HOMES)
    other = HOMES.split("- id: homes-revised", 1)[0].replace("value: 40", "value: 30")
    flood_with(
        tmp_path,
        SOURCE.replace("40", "30"),
        slug="a-later-flood-story",
        numbers=other.replace("first said 40", "first said 30"),
    )
    homes = _section(built(content)["quantities.md"], "## Homes destroyed")
    assert "each holds for its own date" not in homes
    assert (
        "cannot all be right: for 10 January 2024, the official figure is 25 homes; another source gives 30"
        in homes
    )
    # The figure its own story revised says so in the table, as on that story's Numbers page.
    assert "[40 homes](glacier-lake-flood/numbers.md#homes-first)" in homes
    assert "(glacier-lake-flood/actors/district-office.md) (since revised) |" in homes
    assert homes.count("(since revised)") == 1


FORECASTS = """- id: ships-forecast
  value: 3000
  unit: ships
  counts: ships calling at the port
  quantity: ships-calling
  as_of: "2025"
  stated_by: [port-authority]
  official: true
  cite:
    - source: port-news
      evidence: expects 3,000 ships in 2025
- id: ships-forecast-cut
  value: 2500
  unit: ships
  counts: ships calling at the port
  quantity: ships-calling
  as_of: "2025"
  stated_by: [port-authority]
  official: true
  revises: ships-forecast
  cite:
    - source: port-news
      evidence: cut its forecast to 2,500 ships
"""


def test_a_forecast_since_revised_is_not_among_what_is_not_known(tmp_path: Path) -> None:
    """A body cut its forecast: "Figures forecast" listed the forecast it replaced beside the new one,
    each "the official forecast from the port authority", as if it expected both."""
    content = tmp_path / "content"
    shutil.copytree(Path(__file__).parent / "fixtures" / "rules" / "base", content)
    story = content / "harbour-strike"
    text = "The port authority expects 3,000 ships in 2025. It later cut its forecast to 2,500 ships.\n"
    (story / "source.txt").write_text((story / "source.txt").read_text("utf-8") + text, "utf-8")
    (story / "numbers.yaml").write_text((story / "numbers.yaml").read_text("utf-8") + FORECASTS, "utf-8")
    sources = story / "sources.yaml"
    sources.write_text(sources.read_text("utf-8") + '  published: "2024-03-01"\n', "utf-8")
    overview = built(content)["harbour-strike/index.md"]
    unknown = overview.split("\n## What is not known", 1)[1].split("\n## ", 1)[0]
    assert "numbers.md#ships-forecast-cut" in unknown
    assert "numbers.md#ships-forecast)" not in unknown
