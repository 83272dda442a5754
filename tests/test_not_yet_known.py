"""What is not yet known, first: "What is not known" opens with the story's claims that say something
is not known (``statuses.still_unknown``), whatever their status, and tells none of them again by
status below; its opening sentence and the first screen's line name them first.

A report's "the cost is not yet known" sat among "Claims no one else confirms", and a board's
confirmed "we do not know who did the work" was shown nowhere in the section. Rules on invented
stories of other topics (a museum theft, a town's tainted water), read from the section's groups."""

from __future__ import annotations

from dataclasses import replace

from explained import invented_story

from generator.format.dossier import Dossier
from generator.format.model import Actor, Claim, Event, Source
from generator.site.citations import Footnotes
from generator.site.crossref import CrossReference
from generator.site.statuses import still_unknown
from generator.site.story import Story
from generator.site.unknowns import NOT_YET_KNOWN, not_known, not_known_intro, still_open
from generator.site.views import Group

CITE = [{"source": "s", "evidence": "e"}]
PAGE = "t/index.md"


def _actor(ident: str, name: str, kind: str = "organisation") -> Actor:
    return Actor.model_validate({"id": ident, "name": name, "kind": kind, "description": "D.", "cite": CITE})


def _claim(ident: str, statement: str, *claimants: str, status: str = "stated", **more: object) -> Claim:
    fields: dict[str, object] = {
        "id": ident, "statement": statement, "claimants": list(claimants), "status": status, "cite": CITE
    }  # fmt: skip
    return Claim.model_validate({**fields, **more})


def _story(actors: tuple[Actor, ...], events: tuple[Event, ...], claims: tuple[Claim, ...]) -> Dossier:
    """An invented story with the one source its entries cite."""
    report = Source.model_validate({"id": "s", "title": "Local report", "published": "2032-06-01"})
    return replace(invented_story(actors, events, claims), sources=(report,))


def _groups(dossier: Dossier) -> tuple[Group, ...]:
    return not_known(Story(CrossReference(dossier)), PAGE, Footnotes(PAGE))


def _titles(dossier: Dossier) -> list[str]:
    return [group.title for group in _groups(dossier)]


def _texts(group: Group) -> list[str]:
    return [fact.text for fact in group.facts]


# -- A museum theft: the police do not know how the thieves got in ---------------------------------------

MUSEUM = (
    _actor("police", "City Police", "government-body"),
    _actor("museum", "Harbour Museum"),
    _actor("insurer", "Keel Insurance"),
)
HOW_IN = _claim(
    "how-in", "The police do not know how the thieves entered the vault.", "police", status="confirmed"
)
ALARM = _claim(
    "alarm", "The alarm was switched off by the night guard.", "insurer", status="disputed",
    note="The museum says the alarm failed.",
)  # fmt: skip
PAINTINGS = _claim("paintings", "Six paintings were taken.", "museum")


def _theft(*claims: Claim) -> Dossier:
    return _story(MUSEUM, (), claims)


def test_a_confirmed_claim_that_something_is_not_known_opens_the_section() -> None:
    """The police's confirmed "do not know how the thieves entered" was in no group (confirmed is no
    doubt); it now opens the section, said by the police, before the dispute."""
    groups = _groups(_theft(ALARM, HOW_IN, PAINTINGS))
    assert [group.title for group in groups] == [NOT_YET_KNOWN, "Disputed", "Only one side says so"]
    (told,) = _texts(groups[0])
    assert (
        told
        == "The [City Police](actors/police.md) say: The police do not know how the thieves entered the vault."
    )
    assert groups[0].facts[0].cite  # its note, as every claim's
    assert not any("do not know" in text for group in groups[1:] for text in _texts(group))


def test_the_intro_names_what_is_not_yet_known_first() -> None:
    assert not_known_intro(_theft(ALARM, HOW_IN, PAINTINGS)) == (
        "What is not yet known, what the sources dispute and what only one side says."
    )
    assert (
        not_known_intro(_theft(ALARM, PAINTINGS)) == "What the sources dispute and what only one side says."
    )


def test_the_first_screen_counts_it_as_not_yet_known() -> None:
    """After the main doubt (the dispute), the rest is counted: the police's unknown among them, where
    a confirmed claim counted as nothing. At the foot of the timeline, named as what it is, first."""
    story = Story(CrossReference(_theft(ALARM, HOW_IN, PAINTINGS)))
    assert still_open(story, PAGE, glance=True).endswith(
        "Also in doubt: [two more claims](#what-is-not-known)."
    )
    named = still_open(story, PAGE)
    also = named.split("Also in doubt: ", 1)[1]
    assert also.startswith(
        "one thing not yet known ([The police do not know how the thieves entered the vault]("
    )
    assert also == (
        "one thing not yet known ([The police do not know how the thieves entered the vault](claims.md#how-in)),"
        " from the [City Police](actors/police.md); and one claim only [Harbour Museum](actors/museum.md) makes"
        " ([Six paintings were taken](claims.md#paintings))"
    )


def test_a_story_whose_only_doubt_is_a_confirmed_unknown_says_it() -> None:
    """A story whose one claim in doubt is the police's confirmed unknown had no "What is not known"
    and nothing still in doubt on its first screen: both now say it."""
    only = _theft(HOW_IN)
    assert _titles(only) == [NOT_YET_KNOWN]
    assert still_open(Story(CrossReference(only)), PAGE, glance=True) == (
        "one thing not yet known ([The police do not know how the thieves entered the vault](claims.md#how-in)),"
        " from the [City Police](actors/police.md). [What is not known](#what-is-not-known)"
    )


def test_a_story_without_one_is_told_as_before() -> None:
    """Nothing moves for a story with no claim that says something is not known; and the rest of a
    story with one is told as it would be without it."""
    without = _theft(ALARM, PAINTINGS)
    assert still_unknown(without) == []
    assert _titles(without) == ["Disputed", "Only one side says so"]
    story = Story(CrossReference(without))
    assert "not yet known" not in still_open(story, PAGE) + still_open(story, PAGE, glance=True)
    rest = _groups(_theft(ALARM, HOW_IN, PAINTINGS))[1:]
    assert [(g.title, _texts(g), g.more) for g in rest] == [
        (g.title, _texts(g), g.more) for g in _groups(without)
    ]


# -- A town's tainted water: one unknown open, one an inquiry settled ------------------------------------

TOWN = (
    _actor("utility", "Brookvale Water"),
    _actor("agency", "Health Agency", "government-body"),
    _actor("inquiry", "Water Inquiry", "government-body"),
)
FOUND = Event.model_validate(
    {"id": "found", "date": "2032-05-04", "title": "The Water Inquiry finds a cracked main", "actors": ["inquiry"],
     "cite": CITE}
)  # fmt: skip
SOURCE = _claim("source", "The source of the contamination is not yet known.", "agency")
# Disputed when said, then settled by the inquiry's finding (its ``outcome``).
PIPE = _claim(
    "pipe", "It is unclear whether a cracked main let the water in.", "utility", status="disputed",
    note="The Health Agency says the main was cracked.", outcome="found",
)  # fmt: skip
BOIL = _claim("boil", "Residents must boil water until June.", "agency", status="forecast")
WITHDRAWN = _claim("withdrawn", "The number of people made ill is unknown.", "utility", status="retracted")


def _water(*claims: Claim) -> Dossier:
    return _story(TOWN, (FOUND,), claims)


def test_a_settled_or_withdrawn_unknown_is_not_among_what_is_not_yet_known() -> None:
    """The agency's open "source ... not yet known" opens the section; the utility's "unclear whether a
    cracked main", which the inquiry settled, is in no group; a withdrawn one stays withdrawn. (The
    warning is told on the first screen, and not again here, as before.)"""
    water = _water(SOURCE, PIPE, BOIL, WITHDRAWN)
    assert [claim.id for claim in still_unknown(water)] == ["source"]
    groups = _groups(water)
    assert [group.title for group in groups] == [NOT_YET_KNOWN, "Withdrawn"]
    (told,) = _texts(groups[0])
    assert told.endswith("says: The source of the contamination is not yet known.")
    assert not any("cracked main" in text for group in groups for text in _texts(group))
    assert not_known_intro(water) == ("What is not yet known and what was said and then withdrawn.")


def test_an_unattributed_unknown_is_told_as_reports_say_it() -> None:
    """Told as every claim is: a report's, naming no source, as a reporter attributes it."""
    unnamed = _claim("source", SOURCE.statement, unattributed=True)
    (group,) = _groups(_water(unnamed))
    assert group.title == NOT_YET_KNOWN
    assert _texts(group) == [
        "Reports say, without naming a source, that the source of the contamination is not yet known."
    ]
    # The only doubt, it leads the first screen's line, as one side's word did: its words say why in doubt.
    line = still_open(Story(CrossReference(_water(unnamed))), PAGE, glance=True)
    assert line == (
        "[The source of the contamination is not yet known](claims.md#source), reports say without naming a"
        " source. [What is not known](#what-is-not-known)"
    )
