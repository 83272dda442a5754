"""A body's acronym spelled out where a story's page first shows it (``generator.site.acronyms``):
on the medicine story's first screen and in the shipped stories, as built and rendered to HTML as
MkDocs renders them (without the theme), and on invented lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from explained import built_fixtures, text
from flood import built, first_screen

from generator.format.model import Actor
from generator.site.acronyms import spelled_out

CONTENT = Path(__file__).resolve().parent.parent / "content"

MEDICINE = "lecanemab-alzheimers"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, MEDICINE)


@pytest.fixture(scope="module")
def shipped() -> dict[str, str]:
    return built(CONTENT)


def test_an_acronym_on_the_first_screen_is_spelled_out(pages: dict[str, str]) -> None:
    """ "Still in doubt: two figures only NICE gives": the reader met the body by four letters the
    page never explained; further down, "The US FDA approved it"."""
    overview = pages[f"{MEDICINE}/index.md"]
    assert "long-term effects, says the National Institute for Health and Care Excellence (NICE)." in text(
        first_screen(overview)
    )
    read = text(overview)
    assert "The US Food and Drug Administration (FDA) approved it in 2023" in read
    # Once only: later, the acronym alone.
    assert read.count("(NICE)") == 1
    assert "NICE puts the delay at 4 to 6 months" in read
    # A body named in full first is not spelled out again.
    assert "(EMA)" not in read


def test_an_acronym_in_apposition_and_before_a_possessive(shipped: dict[str, str]) -> None:
    """The shipped stories: "surrendered to the Kokang armed group MNDAA" takes no second "the"."""
    fall = text(shipped["the-fall-of-laukkai/index.md"])
    assert (
        "surrendered to the Kokang armed group Myanmar National Democratic Alliance Army (MNDAA). The MNDAA"
        in fall
    )
    handover = text(shipped["myanmar-scam-handover/index.md"])
    assert (
        "the Three Brotherhood Alliance of the Myanmar National Democratic Alliance Army (MNDAA)," in handover
    )


def _body(name: str, aliases: list[str], kind: str = "government-body") -> Actor:
    return Actor.model_validate(
        {
            "id": "b",
            "name": name,
            "kind": kind,
            "aliases": aliases,
            "description": "A body.",
            "cite": [{"source": "s"}],
        }
    )


PORT = _body("Kessel Port Authority", ["KPA"])


@pytest.mark.parametrize(
    ("line", "told"),
    [
        (
            'Only [KPA](actors/b.md "Kessel Port Authority") says so.',
            "Only the [Kessel Port Authority](actors/b.md) (KPA) says so.",
        ),
        ("KPA says the berth is safe.", "The Kessel Port Authority (KPA) says the berth is safe."),
        ("The KPA closed the berth.", "The Kessel Port Authority (KPA) closed the berth."),
        ("Orla's KPA closed the berth.", "Orla's Kessel Port Authority (KPA) closed the berth."),
        ("It went to the port body KPA.", "It went to the port body Kessel Port Authority (KPA)."),
        (
            "- 3 May: [The KPA shuts the port](timeline.md#shut)",
            "- 3 May: [The Kessel Port Authority (KPA) shuts the port](timeline.md#shut)",
        ),
        # Words that open the full name are its own: "The Kessel KPA".
        (
            "The Kessel [KPA](actors/b.md) closed it.",
            "The [Kessel Port Authority](actors/b.md) (KPA) closed it.",
        ),
        # Not read by the reader: a heading, a link's target or title, a footnote, a quotation.
        ("## What KPA did", "## What KPA did"),
        (
            '[^1]: [Notice](sources.md#n), Port News: "KPA closed it"',
            '[^1]: [Notice](sources.md#n), Port News: "KPA closed it"',
        ),
        ("He said “KPA closed it”.", "He said “KPA closed it”."),
    ],
)
def test_an_acronym_on_invented_lines(line: str, told: str) -> None:
    assert spelled_out(line, [PORT]) == told


def test_only_the_first_showing_and_only_before_the_full_name() -> None:
    page = "KPA shut it.\n\nKPA opened it."
    assert spelled_out(page, [PORT]) == "The Kessel Port Authority (KPA) shut it.\n\nKPA opened it."
    named_first = "The Kessel Port Authority shut it. KPA opened it."
    assert spelled_out(named_first, [PORT]) == named_first


@pytest.mark.parametrize(
    "actor",
    [
        _body("United Kingdom", ["UK"], kind="place"),
        _body("Jon Kell Pell", ["JKP"], kind="person"),
        # An alias that names a part of the body, not its acronym.
        _body("Kessel Port Authority", ["BOC"]),
    ],
)
def test_no_spelling_for_a_place_a_person_or_an_alias_that_is_not_the_acronym(actor: Actor) -> None:
    line = f"{actor.aliases[0]} said so."
    assert spelled_out(line, [actor]) == line


def test_an_acronym_of_a_name_in_another_language() -> None:
    """Initials of a translated name, in another order: "CNP" of "National Police Council"."""
    council = _body("National Police Council", ["CNP"])
    assert spelled_out("CNP said so.", [council]) == "The National Police Council (CNP) said so."


def test_each_page_of_a_story_spells_out_what_it_shows_first(shipped: dict[str, str]) -> None:
    """A search lands on an actor's or the glossary page as often as on the overview: "which the
    MNDAA took in January 2024" on the glossary page told a newcomer nothing; on a body's own page,
    titled by its full name, the acronym stays as it is."""
    glossary = text(shipped["myanmar-scam-handover/glossary.md"])
    assert "which the Myanmar National Democratic Alliance Army (MNDAA) took in January 2024" in glossary
    assert glossary.count("(MNDAA)") == 1
    own = shipped["the-fall-of-laukkai/actors/mndaa.md"]
    assert "(MNDAA)" not in own


def test_an_owner_s_acronym_waits_for_its_next_mention() -> None:
    """ "the Myanmar National Democratic Alliance Army (MNDAA)'s ally" read badly: an acronym with
    "'s" is left as it is, and the next mention is spelled out."""
    page = "KPA's berth is shut.\n\nKPA says it is safe."
    assert (
        spelled_out(page, [PORT])
        == "KPA's berth is shut.\n\nThe Kessel Port Authority (KPA) says it is safe."
    )
    linked = "[KPA](actors/b.md)’s berth is shut."
    assert spelled_out(linked, [PORT]) == linked


def test_a_body_s_own_page_and_its_names_are_left_as_they_are() -> None:
    page = "# Kessel Port Authority\n\n- **Also known as:** KPA\n\nKPA shut the berth."
    assert spelled_out(page, [PORT]) == page
    # Another page's heading that only holds the full name among other words is no introduction.
    other = "# Berths the Kessel Port Authority shut\n\nKPA shut three."
    assert spelled_out(other, [PORT]).endswith("The Kessel Port Authority (KPA) shut three.")
