"""The Who's who page's headings: each kind of actor under its own, the courts, judges and juries
apart, and what they list counted in their order, for the page's first line and for every line that
links to it ("Everyone in this story: three people, one court, nine judges, ...")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.format.model import Actor, ActorKind
from generator.site.roles import judges
from generator.site.views import and_joined, counted, in_words

# The heading of each kind on the Who's who and the people index: a kind missing here left its
# actors off both pages, though the count above them named them.
KIND_TITLES = {
    ActorKind.PERSON: "People",
    ActorKind.ORGANISATION: "Organisations",
    ActorKind.GOVERNMENT_BODY: "Government bodies",
    ActorKind.ARMED_GROUP: "Armed groups",
    ActorKind.CRIMINAL_NETWORK: "Criminal networks",
    ActorKind.MEDIA_OUTLET: "Media outlets",
    ActorKind.RESEARCH_INSTITUTE: "Research institutes",
    ActorKind.PLACE: "Places",
    ActorKind.GROUP: "Groups",
    ActorKind.OBJECT: "Objects",
}
# The Who's who page's group of the courts, judges and juries (``roles.judges``), whatever their kind.
COURTS_ANCHOR = "courts"


def courts_title(deciding: Sequence[Actor]) -> str:
    """ "Courts and judges", with "and juries" when a jury is among them (a group that judges)."""
    if any(actor.kind is ActorKind.GROUP for actor in deciding):
        return "Courts, judges and juries"
    return "Courts and judges"


# Each kind counted as its heading names it: the Who's who page's first line counts what its headings
# list, in their order. It said "seven people, six organisations and two groups" above "People",
# "Courts, judges and juries" and "Government bodies": the judges were not among the seven.
KIND_COUNTED = {
    ActorKind.PERSON: ("person", "people"),
    ActorKind.GOVERNMENT_BODY: ("government body", "government bodies"),
}


def heading_count(kind: ActorKind, actors: Sequence[Actor]) -> str:
    """ "three people", "two government bodies", "one place": a heading's actors counted."""
    singular, plural = KIND_COUNTED.get(kind, (KIND_TITLES[kind].lower().removesuffix("s"), ""))
    return counted(len(actors), singular, plural)


def courts_counted(deciding: Sequence[Actor]) -> list[str]:
    """The courts group counted as its title names it: "one court", "nine judges", "one jury"."""
    judges_ = sum(a.kind is ActorKind.PERSON for a in deciding)
    juries = sum(a.kind is ActorKind.GROUP for a in deciding)
    courts = len(deciding) - judges_ - juries
    return [
        counted(n, singular, plural)
        for n, singular, plural in ((courts, "court", ""), (judges_, "judge", ""), (juries, "jury", "juries"))
        if n
    ]


@dataclass(frozen=True)
class Heading:
    """One heading of the Who's who page: its title, its anchor, its actors in the order given and
    what it lists, counted as its title names it ("three people"; "one court", "nine judges")."""

    title: str
    anchor: str
    actors: tuple[Actor, ...]
    counts: tuple[str, ...]


def headings(actors: Sequence[Actor]) -> list[Heading]:
    """The Who's who page's headings, in order, each kind's actors in the order of ``actors``. The
    courts and the judges apart, after the people: among "Government bodies" the trial court and the
    appeals court stood beside the prosecutors, and the judges among the lawyers under "People"; a
    reader of a court story asks first who decides and who argues."""
    deciding = [a for a in actors if judges(a)]
    courts = Heading(courts_title(deciding), COURTS_ANCHOR, tuple(deciding), tuple(courts_counted(deciding)))
    told: list[Heading] = []
    for kind, title in KIND_TITLES.items():
        others = tuple(a for a in actors if a.kind is kind and a not in deciding)
        if others:
            told.append(Heading(title, kind.value, others, (heading_count(kind, others),)))
        if kind is ActorKind.PERSON and deciding:
            told.append(courts)
    return told


def everyone(actors: Sequence[Actor]) -> str:
    """Who is in a story, counted by the Who's who page's headings in their order: "seven people
    (two of them judges), two courts, one jury and two organisations". The overview counted "seven
    people, six organisations and two groups" in its link to a page whose first line counted by
    heading. A judge is counted among the people, as who they are (``people_counted``): "five
    people, one judge" read as if a judge were not a person."""
    people = [a for a in actors if a.kind is ActorKind.PERSON]
    judging = [a for a in people if judges(a)]
    parts: list[str] = []
    for heading in headings(actors):
        if heading.anchor == ActorKind.PERSON.value:
            parts.append(people_counted(len(people), len(judging)))
        elif heading.anchor == COURTS_ANCHOR and len(judging) < len(people):
            # Its judges are counted among the people above; its courts and juries here.
            parts.extend(courts_counted([a for a in heading.actors if a.kind is not ActorKind.PERSON]))
        else:
            parts.extend(heading.counts)
    return and_joined(parts)


def people_counted(people: int, judging: int) -> str:
    """ "six people (one of them a judge)", "12 people (nine of them judges)", "three people": the
    people of a story, its judges among them said in brackets, as the list after it goes on by
    commas ("one of them a judge, one court" read as one more of them)."""
    told = counted(people, "person", "people")
    if not judging:
        return told
    return f"{told} ({in_words(judging)} of them {'a judge' if judging == 1 else 'judges'})"
