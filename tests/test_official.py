"""Official figures (`official: true`): the figure the body whose job it is to count or set it gives,
an electoral council's count or a central bank's own rate.

Such a figure was told as one side's word ("no other source gives it"), which read as suspicion of
an official count; and where another party's count differed, the pages did not say which figure was
the official one. The checks (generator/checking/official.py) refuse the mark where no single body
states the figure, or where two official figures of one thing cannot both be right; the pages
(generator/site/official.py) name an official figure as such, and keep a dispute of it in view."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from flood import FLOOD, built, first_screen, flood_with
from test_rules import D, Edit, replace, run_case

from generator.checking.loader import load_site
from generator.format.conflicts import compare
from generator.format.model import Number
from generator.site.trends import disagreement

BANK = "bank-rate-cut"
ELECTION = "venezuela-election-2024"
EXPLAINED = Path(__file__).parent / "fixtures" / "explained"


# -- Where the mark is misused ---------------------------------------------------------------------


def official(stated_by: str) -> Edit:
    """The harbour strike's one figure, stated by ``stated_by`` (a YAML line) and marked official."""
    return replace("numbers.yaml", "  stated_by: [dock-union]\n", f"{stated_by}  official: true\n")


def test_a_body_that_counts_its_own_figure_is_no_problem(tmp_path: Path) -> None:
    assert run_case(tmp_path, official("  stated_by: [dock-union]\n")) == []


@pytest.mark.parametrize(
    ("edits", "message"),
    [
        (
            [official("  stated_by: [dock-union, port-authority]\n")],
            "this number is marked official but names 2 actors under `stated_by`",
        ),
        (
            [
                official("  stated_by: [dock-union]\n"),
                replace("actors.yaml", "kind: organisation", "kind: person"),
            ],
            "this number is marked official but 'dock-union', who states it, is a person",
        ),
        (
            [
                official("  stated_by: [dock-union]\n"),
                replace("actors.yaml", "kind: organisation", "kind: place"),
            ],
            "this number is marked official but 'dock-union', who states it, is a place",
        ),
        (
            [official("  unattributed: true\n")],
            "this number is marked official but names no one who states it",
        ),
    ],
    ids=["several", "person", "place", "unattributed"],
)
def test_an_official_figure_needs_one_body_that_states_it(
    tmp_path: Path, edits: list[Edit], message: str
) -> None:
    def edit(folder: Path) -> None:
        for each in edits:
            each(folder)

    assert run_case(tmp_path, edit) == [f"{D}/numbers.yaml:7:13: error[official-stater]: {message}"]


@pytest.mark.parametrize(
    ("written", "read"),
    [('"yes"', "text"), ("yes", "text"), ("1", "a whole number"), ("0.0", "a number"), ('"true"', "text")],
)
def test_official_is_true_or_false_and_nothing_else(tmp_path: Path, written: str, read: str) -> None:
    """A browser editor's `official: "yes"` or `official: 1` was read as true (pydantic's lax
    booleans), though the editor's schema refuses it and the hint says to write true or false."""
    edit = replace(
        "numbers.yaml", "  stated_by: [dock-union]\n", f"  stated_by: [dock-union]\n  official: {written}\n"
    )
    found = run_case(tmp_path, edit)
    assert found == [
        f"{D}/numbers.yaml:7:13: error[type-invalid]: 'official' should be true or false, not {read}"
    ]


SHARED = """- id: dock-union
  actor: harbour-strike/dock-union
  description: The union that called the strike.
  cite:
    - source: port-news
      evidence: The union said
- id: port-authority
  actor: harbour-strike/port-authority
  description: Runs the port.
  cite:
    - source: port-news
      evidence: The port authority
"""


def _later_story(kind: str) -> Edit:
    """A second story, `port-tally`, whose actors are the harbour strike's (shared-actors.yaml), the
    union recorded there as ``kind``; its one figure, the union's, is marked official."""

    def edit(folder: Path) -> None:
        replace("actors.yaml", "kind: organisation", f"kind: {kind}")(folder)
        later = folder.parent / "port-tally"
        shutil.copytree(folder, later)
        meta = later / "dossier.yaml"
        meta.write_text(meta.read_text("utf-8").replace("slug: harbour-strike", "slug: port-tally"), "utf-8")
        (later / "actors.yaml").write_text("[]\n", "utf-8")
        (later / "shared-actors.yaml").write_text(SHARED, "utf-8")
        official("  stated_by: [dock-union]\n")(later)

    return edit


def test_an_official_figure_of_a_shared_actor_that_is_no_body(tmp_path: Path) -> None:
    """A shared actor's kind is in the record of the story that defines it: an official figure of a
    person shared from another story passed, where the same figure of the story's own person did not."""
    assert run_case(tmp_path, _later_story("organisation")) == []
    assert run_case(tmp_path / "person", _later_story("person")) == [
        "content/port-tally/numbers.yaml:7:13: error[official-stater]: this number is marked official but "
        "'dock-union', who states it, is a person"
    ]


def _two_official(first: str, second: str) -> Edit:
    """The strike's figure and a second one of the same quantity, both official: ``first`` and
    ``second`` are the YAML lines that end each (value, unit, date)."""
    entry = (
        "- id: {id}\n  counts: union members on strike\n  quantity: strikers\n{lines}"
        "  stated_by: [dock-union]\n  official: true\n  derivation: Invented for the test.\n"
        "  cite:\n    - source: port-news\n      evidence: more than 2,000 members\n"
    )

    def edit(folder: Path) -> None:
        text = entry.format(id="strikers", lines=first) + entry.format(id="strikers-again", lines=second)
        (folder / "numbers.yaml").write_text(text, encoding="utf-8")

    return edit


def test_two_official_figures_of_one_thing_that_cannot_both_be_right(tmp_path: Path) -> None:
    edit = _two_official('  value: 2000\n  as_of: "2024-02-12"\n', '  value: 2500\n  as_of: "2024-02-12"\n')
    assert run_case(tmp_path, edit) == [
        f"{D}/numbers.yaml:18:13: error[official-conflict]: the official figures 2,000 ('strikers') and "
        "2,500 of the quantity 'strikers' for 2024-02-12 cannot both be right"
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # One figure in two units is one figure.
        (
            '  value: 0.25\n  unit: percentage points\n  as_of: "2024-02-12"\n',
            '  value: 25\n  unit: basis points\n  as_of: "2024-02-12"\n',
        ),
        # A count that grew is a series.
        ('  value: 2000\n  as_of: "2024-02-12"\n', '  value: 2500\n  as_of: "2024-02-13"\n'),
        # "About" lets them meet.
        (
            '  value: 2000\n  qualifier: about\n  as_of: "2024-02-12"\n',
            '  value: 2100\n  as_of: "2024-02-12"\n',
        ),
    ],
    ids=["two-units", "two-dates", "about"],
)
def test_official_figures_that_can_all_be_right(tmp_path: Path, first: str, second: str) -> None:
    assert run_case(tmp_path, _two_official(first, second)) == []


# -- How the pages tell it -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    content = tmp_path_factory.mktemp("official") / "content"
    shutil.copytree(EXPLAINED / BANK, content / BANK)
    shutil.copytree(EXPLAINED / ELECTION, content / ELECTION)
    return built(content)


def test_an_official_count_is_no_sides_word(pages: dict[str, str]) -> None:
    """Every key figure of the electoral council's count read "according to the council ...; no other
    source gives it", and "What is not known" listed them all as "figures only one side gives"."""
    overview = pages[f"{ELECTION}/index.md"]
    assert "no other source gives it" not in overview
    assert "Figures only one side gives" not in overview
    assert "figures only the" not in first_screen(overview)
    assert (
        "[6,408,844](numbers.md#maduro-votes-second) votes for Nicolás Maduro, the official figure from the "
        "[National Electoral Council](actors/national-electoral-council.md), as of 2 August 2024[^"
    ) in overview
    # On the numbers page, in its table and under a figure of its own.
    numbers = pages[f"{ELECTION}/numbers.md"]
    assert "[National Electoral Council](actors/national-electoral-council.md) (official figure)[^" in numbers
    assert (
        "- **According to:** [National Electoral Council](actors/national-electoral-council.md) (official "
        "figure), in La Posta Comodorense[^"
    ) in numbers


def test_a_table_of_one_bodys_official_figures_says_so_once(pages: dict[str, str]) -> None:
    """A series whose every row was the council's official figure repeated "(official figure)" on
    each row; the note above the table says it once. A table with another source's figure in it keeps
    the mark on each official row, which tells them apart."""
    numbers = pages[f"{ELECTION}/numbers.md"]
    maduro = numbers.split("## Share of the vote won by Nicolás Maduro", 1)[1].split("\n## ", 1)[0]
    assert (
        "The figure rose from 51&#46;2% on 29 July 2024 to 51&#46;95% on 2 August 2024. All these figures are"
        " official, from the [National Electoral Council](actors/national-electoral-council.md).\n"
    ) in maduro
    assert "(official figure)" not in maduro
    gonzalez = numbers.split("## Share of the vote won by Edmundo González", 1)[1].split("\n## ", 1)[0]
    assert "All these figures are official" not in gonzalez
    assert gonzalez.count("(official figure)") == 2


def test_a_disputed_official_figure_says_which_is_official_and_who_disputes_it(pages: dict[str, str]) -> None:
    """The council's 43.18% for González and the opposition's "at least 70%" read "other sources
    differ", "one gives 43.18% and another at least 70%": which was the official count was not said."""
    overview, numbers = pages[f"{ELECTION}/index.md"], pages[f"{ELECTION}/numbers.md"]
    council = "[National Electoral Council](actors/national-electoral-council.md)"
    opposition = "[Unitary Democratic Platform](actors/unitary-platform.md)"
    # The card: the official figure, then who disputes it and with what.
    assert (
        f"the official figure from the {council}, as of 2 August 2024; other sources dispute it: "
        f"[at least 70%](numbers.md#gonzalez-share-opposition) according to the {opposition}[^"
    ) in overview
    # The dispute stays in view: the first screen, "What is not known", the numbers page.
    assert (
        "Also in doubt: a disputed official figure for the [share of the vote won by Edmundo González]"
        "(numbers.md#gonzalez-share-second)" in first_screen(overview)
    )
    assert (
        "- Share of the vote won by Edmundo González (2 August 2024): [43&#46;18%](numbers.md#gonzalez-share-second), "
        f"the official figure from the {council}; [at least 70%](numbers.md#gonzalez-share-opposition) "
        f"according to the {opposition}[^"
    ) in overview
    assert (
        "The sources disagree, and their figures cannot all be right: for 2 August 2024, the official figure is "
        "43&#46;18%; another source gives at least 70%." in numbers
    )
    # Official is not true: the council's claim of the win is still disputed.
    assert "### Disputed" in overview
    # The opposition's page tells the official figure its own differs from.
    platform = pages[f"{ELECTION}/actors/unitary-platform.md"]
    assert (
        "other sources differ: [43&#46;18%](../numbers.md#gonzalez-share-second), the official figure from"
        in platform
    )


def test_the_rate_a_bank_sets_is_its_official_figure(pages: dict[str, str]) -> None:
    overview = pages[f"{BANK}/index.md"]
    assert (
        "[5%](numbers.md#bank-rate-after-cut) for Bank Rate, the Bank of England's main interest rate, the official "
        "figure from the [Bank of England](actors/bank-of-england.md), as of 1 August 2024[^"
    ) in overview
    assert "as of 1 August 2024; no other source gives it" not in overview
    # The bank's inflation figure is no count of its own (its page does not call it official,
    # ``test_an_actors_page_says_which_of_its_figures_are_official``); nor is it in doubt, a public
    # body's measured figure in a story with no sides (``unknowns.a_record``).
    assert "no other source gives it" not in overview
    assert "numbers.md#inflation-may-june-2024" not in overview.split("## What is not known", 1)[1]


def test_an_official_forecast(tmp_path: Path) -> None:
    """A body's own forecast is no count it has made: "the official forecast from"."""
    content = tmp_path / "content"
    shutil.copytree(EXPLAINED / BANK, content / BANK)
    numbers = content / BANK / "numbers.yaml"
    text = numbers.read_text("utf-8")
    peak = "  note: The forecast puts the peak two years after the decision.\n"
    marked = text.replace(peak, "  official: true\n" + peak)
    assert marked != text
    numbers.write_text(marked, "utf-8")
    overview = built(content)[f"{BANK}/index.md"]
    assert (
        "[4&#46;8%](numbers.md#unemployment-peak) for the UK unemployment rate at its peak in the Bank's forecast, "
        "the official forecast from the [Bank of England](actors/bank-of-england.md), forecast for 2026[^"
    ) in overview


def test_official_figures_across_stories(tmp_path: Path) -> None:
    """The site's page of figures across stories, and each story's lines of the others' figures."""
    content = tmp_path / "content"
    shutil.copytree(EXPLAINED / BANK, content / BANK)
    shutil.copytree(EXPLAINED / BANK, content / "a-later-rate-story")
    meta = content / "a-later-rate-story" / "dossier.yaml"
    meta.write_text(meta.read_text("utf-8").replace(f"slug: {BANK}", "slug: a-later-rate-story"), "utf-8")
    pages = built(content)
    assert (
        "according to </span>the [Bank of England](bank-rate-cut/actors/bank-of-england.md) (official figure) |"
        in pages["quantities.md"]
    )
    assert (
        "as of 1 August 2024; the official figure from the [Bank of England](../a-later-rate-story/actors/"
        "bank-of-england.md); in [" in pages[f"{BANK}/numbers.md"]
    )


def test_an_official_count_on_another_topic(tmp_path: Path) -> None:
    """The flood: the district office's count of people missing, official, against the army's."""
    content = flood_with(tmp_path)
    numbers = content / FLOOD / "numbers.yaml"
    text = numbers.read_text("utf-8")
    numbers.write_text(
        text.replace(
            "  stated_by: [district-office]\n", "  stated_by: [district-office]\n  official: true\n"
        ),
        "utf-8",
    )
    overview = built(content)[f"{FLOOD}/index.md"]
    assert "no other source gives it" not in overview
    assert (
        "other sources differ: [30 people](numbers.md#missing-according-to-district), the official figure from "
        "the [district office](actors/district-office.md)"
    ) in overview
    assert (
        "a disputed official figure for [people missing](numbers.md#missing-according-to-district)"
        in overview
    )


def _number(id: str, value: float, **fields: object) -> Number:
    return Number.model_validate(
        {
            "id": id,
            "value": value,
            "counts": "people",
            "as_of": "2024-01-01",
            "cite": [{"source": "s"}],
            **fields,
        }
    )


def test_the_sentence_over_a_table_names_the_official_figure() -> None:
    three = [_number("a", 12), _number("b", 30, official=True), _number("c", 45)]
    assert disagreement(compare(three)) == (
        "The sources disagree, and their figures cannot all be right: for 1 January 2024, the official "
        "figure is 30; other sources give 12 and 45."
    )
    # Without an official figure, as before.
    assert disagreement(compare(three[::2])) == (
        "The sources disagree, and their figures cannot all be right: for 1 January 2024, one gives 12 "
        "and another 45."
    )


def test_an_actors_page_says_which_of_its_figures_are_official(pages: dict[str, str]) -> None:
    """A body whose every figure is official says so once, in the heading; one with others beside
    them marks each official one."""
    council = pages[f"{ELECTION}/actors/national-electoral-council.md"]
    assert "## Official figures the National Electoral Council gives {: #numbers" in council
    assert "(official figure" not in council
    bank = pages[f"{BANK}/actors/bank-of-england.md"]
    assert "## Figures the Bank of England gives {: #numbers" in bank
    assert (
        "[5%](../numbers.md#bank-rate-after-cut) for Bank Rate, the Bank of England's main interest rate "
        "(official figure, as of 1 August 2024)[^"
    ) in bank
    assert (
        "[2%](../numbers.md#inflation-may-june-2024) for UK inflation, the yearly rise in consumer prices"
        " (from May to June 2024)[^" in bank
    )


# -- One body's official figures across stories ---------------------------------------------------
# Invented: the harbour strike and a second story of the same port, `port-tally`, that shares its
# actors; and the flood with a follow-up story that shares the district office.


def _tally(first: str, second: str, shared: bool = True) -> Edit:
    """The strike's union count, official, in both stories: ``first`` and ``second`` are the YAML
    lines that end each story's figure (value, date, what it counts...); ``shared``: whether the later
    story takes the union from the first (else it records a union of the same name itself)."""
    entry = (
        "- id: strikers\n{lines}  stated_by: [dock-union]\n  official: true\n  derivation: Invented.\n"
        "  cite:\n    - source: port-news\n      evidence: more than 2,000 members\n"
    )

    def edit(folder: Path) -> None:
        later = folder.parent / "port-tally"
        shutil.copytree(folder, later)
        meta = later / "dossier.yaml"
        meta.write_text(meta.read_text("utf-8").replace("slug: harbour-strike", "slug: port-tally"), "utf-8")
        if shared:
            (later / "actors.yaml").write_text("[]\n", "utf-8")
            (later / "shared-actors.yaml").write_text(SHARED, "utf-8")
        (folder / "numbers.yaml").write_text(entry.format(lines=first), "utf-8")
        (later / "numbers.yaml").write_text(entry.format(lines=second), "utf-8")

    return edit


STRIKERS = '  value: 2000\n  unit: people\n  counts: union members on strike\n  as_of: "2024-02-12"\n'


def _across(tmp_path: Path, edit: Edit) -> list[str]:
    return [line for line in run_case(tmp_path, edit) if "official-conflict-across" in line]


def test_one_bodys_official_figures_that_disagree_across_stories(tmp_path: Path) -> None:
    """The union's official count of strikers on one day is 2,000 in one story and 2,500 in the
    next: a reader of both is told each is the official figure. The later story is warned, at its
    `official:`, with the earlier figure's story and id."""
    assert _across(tmp_path, _tally(STRIKERS, STRIKERS.replace("2000", "2500"))) == [
        "content/port-tally/numbers.yaml:7:13: warning[official-conflict-across]: the official figure 2,500 "
        "for 2024-02-12 and 2,000, the same body's official figure for the same measure and date in the "
        "story 'harbour-strike' (harbour-strike/strikers), cannot both be right, and neither story tells a "
        "revision"
    ]


@pytest.mark.parametrize(
    "second",
    [
        STRIKERS,  # the same figure
        STRIKERS.replace("2000", "2500").replace("2024-02-12", "2024-02-13"),  # another day: a series
        STRIKERS.replace("2000", "2500").replace("union members on strike", "dock workers on strike"),
        STRIKERS.replace("2000", "2500").replace("unit: people", "unit: percent"),
        STRIKERS.replace("2000", "2500").replace('  as_of: "2024-02-12"\n', ""),  # undated
        STRIKERS.replace("2000", "2150") + "  qualifier: about\n",  # 2,000 is within a tenth of it
        STRIKERS.replace("2000", "2500") + "  quantity: strikers-at-the-gates\n",  # two quantities
    ],
)
def test_official_figures_across_stories_that_may_both_hold_or_measure_two_things(
    tmp_path: Path, second: str
) -> None:
    first = STRIKERS + "  quantity: strikers\n" if "quantity" in second else STRIKERS
    assert _across(tmp_path, _tally(first, second)) == []


def test_figures_of_two_bodies_of_one_name_are_not_compared(tmp_path: Path) -> None:
    """A union the later story records itself (not shared) may be another port's union of the same
    name: its figure is not held against the first story's (actor-duplicate asks to share it)."""
    found = run_case(tmp_path, _tally(STRIKERS, STRIKERS.replace("2000", "2500"), shared=False))
    assert not [line for line in found if "official-conflict-across" in line]
    assert any("actor-duplicate" in line for line in found)


def test_a_later_story_that_tells_the_revision_is_not_warned(tmp_path: Path) -> None:
    """The later story gives the union's first count and its revision (`revises:`): it tells the
    reader how the two relate, so the first story's 2,000 is no disagreement."""
    revision = (
        STRIKERS.replace("2000", "2500")
        + "  revises: strikers-first\n- id: strikers-first\n"
        + STRIKERS
        + "  stated_by: [dock-union]\n  official: true\n  derivation: Invented.\n"
        "  cite:\n    - source: port-news\n      evidence: more than 2,000 members\n"
    )
    assert _across(tmp_path, _tally(STRIKERS, revision)) == []


def test_the_district_offices_official_count_of_the_missing_across_two_flood_stories(tmp_path: Path) -> None:
    """Another topic: the flood's district office gives 30 people missing on 10 January, officially;
    a follow-up story that shares the office gives 25 for the same day. Only the follow-up is
    warned; giving the same count there is no problem."""
    content = flood_with(tmp_path)
    later = flood_with(tmp_path, slug="valley-follow-up") / "valley-follow-up"
    counted = '  as_of: "2024-01-10"\n  stated_by: [district-office]\n'
    marked = (counted, counted + "  official: true\n")
    for story in (content / FLOOD, later):
        numbers = story / "numbers.yaml"
        numbers.write_text(numbers.read_text("utf-8").replace(*marked), "utf-8")
    actors = later / "actors.yaml"
    record = actors.read_text("utf-8").split("- id: district-office\n", 1)
    actors.write_text(record[0] + "- id: army" + record[1].split("- id: army", 1)[1], "utf-8")
    (later / "shared-actors.yaml").write_text(
        f"- id: district-office\n  actor: {FLOOD}/district-office\n  description: The district's "
        "administration.\n  cite:\n    - source: valley-news\n      evidence: the district office said\n",
        "utf-8",
    )

    def warned() -> list[str]:
        found = load_site(content).diagnostics
        return [f"{d.path}:{d.line}: {d.message}" for d in found if d.rule == "official-conflict-across"]

    assert warned() == []
    for name in ("numbers.yaml", "source.txt"):
        path = later / name
        path.write_text(
            path.read_text("utf-8").replace("said 30 were missing", "said 25 were missing"), "utf-8"
        )
    numbers = later / "numbers.yaml"
    numbers.write_text(numbers.read_text("utf-8").replace("value: 30\n", "value: 25\n"), "utf-8")
    [message] = warned()
    assert message.split(": ", 1)[0].endswith("content/valley-follow-up/numbers.yaml:65")  # its `official:`
    assert "the official figure 25 for 2024-01-10 and 30" in message
    assert f"({FLOOD}/missing-according-to-district)" in message
