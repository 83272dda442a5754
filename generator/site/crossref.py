"""Cross-references of one dossier, computed once: who takes part in what, which facts cite a source.

Pages are built from these maps so that no page scans the whole dossier: the cost of building every
page together grows with the size of the dossier, not with its square.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from generator.format.dates import PartialDate
from generator.format.dossier import Dossier
from generator.format.mentions import Mentions, Target
from generator.format.model import Actor, Citation, Claim, Event, Item, Number, Relationship, Term
from generator.site import urls
from generator.site.grammar import caption_text, named, relation
from generator.site.markup import TITLE_LIMIT, Link, Prose, plain


@dataclass(frozen=True)
class Citing:
    """A fact that cites a source: what it is and where it is shown."""

    noun: str
    label: str  # plain text
    page: str
    anchor: str
    citation: Citation


@dataclass(frozen=True)
class Edge:
    """A relationship seen from one of its two actors."""

    relationship: Relationship
    other: Actor
    outgoing: bool


class CrossReference:
    """Everything a page needs to know about the rest of its dossier."""

    def __init__(self, dossier: Dossier) -> None:
        self.dossier = dossier

    # Each map is made when first read: a build makes one of these for every story of the
    # publication, and a rebuild that keeps most stories' pages reads few of them (sorting the events
    # of 1,000 stories took a second of each rebuild).
    @cached_property
    def mentions(self) -> Mentions:
        return Mentions.for_dossier(self.dossier)

    @cached_property
    def prose(self) -> Prose:
        slug = self.dossier.slug
        links: dict[Target, Link] = {}
        for actor in self.dossier.actors:
            links[Target("actor", actor.id)] = Link(urls.actor(slug, actor.id))
        for term in self.dossier.terms:
            title = plain(f"{term.term}: {term.definition}", TITLE_LIMIT)
            links[Target("term", term.id)] = Link(urls.section(slug, "glossary"), term.id, title)
        return Prose(self.mentions, links)

    @cached_property
    def numbers_by_actor(self) -> dict[str, list[Number]]:
        found: dict[str, list[Number]] = defaultdict(list)
        for number in self.dossier.numbers:
            for actor_id in dict.fromkeys(number.stated_by):
                found[actor_id].append(number)
        return found

    @cached_property
    def claims_by_actor(self) -> dict[str, list[Claim]]:
        found: dict[str, list[Claim]] = defaultdict(list)
        for claim in self.dossier.claims:
            for actor_id in dict.fromkeys([*claim.claimants, *claim.about]):
                found[actor_id].append(claim)
        return found

    @cached_property
    def events_by_actor(self) -> dict[str, list[Event]]:
        found: dict[str, list[Event]] = defaultdict(list)
        for event in self.events:
            for actor_id in dict.fromkeys(event.actors):
                found[actor_id].append(event)
        return found

    @cached_property
    def edges_by_actor(self) -> dict[str, list[Edge]]:
        found: dict[str, list[Edge]] = defaultdict(list)
        actor_by_id = self.dossier.actor_by_id
        for relationship in self.dossier.relationships:
            subject, target = actor_by_id[relationship.subject], actor_by_id[relationship.object]
            found[subject.id].append(Edge(relationship, target, True))
            if target.id != subject.id:
                found[target.id].append(Edge(relationship, subject, False))
        return found

    def claims_about(self, actor_id: str) -> list[Claim]:
        """The claims others make about an actor, in the dossier's order: those that say they are
        about it, and those whose words name it (a claim whose note says "the army denies it" is
        about the army, whether or not its `about:` says so). Its own claims are not among them."""
        listed = {id(c) for c in self.claims_by_actor.get(actor_id, [])}
        return [
            claim
            for claim in self.dossier.claims
            if actor_id not in claim.claimants and (id(claim) in listed or actor_id in self._named[id(claim)])
        ]

    def events_of(self, actor_id: str) -> list[Event]:
        """The events an actor takes part in or that name it ("argued that a judge could not protect
        the Ruiz family" is an event of the Ruiz family's too), in time order."""
        listed = {id(e) for e in self.events_by_actor.get(actor_id, [])}
        return [e for e in self.events if id(e) in listed or actor_id in self._named[id(e)]]

    @cached_property
    def _named(self) -> dict[int, set[str]]:
        """The ids of the actors each claim's or event's own words name (statement and note, title
        and description), by the item's ``id()``."""
        named: dict[int, set[str]] = {}
        texts: list[tuple[Claim | Event, list[str]]] = [
            *((c, [c.statement, c.note or ""]) for c in self.dossier.claims),
            *((e, [e.title, e.description or ""]) for e in self.dossier.events),
        ]
        for item, parts in texts:
            found = (m.target for part in parts for m in self.mentions.find(part))
            named[id(item)] = {t.id for t in found if t.kind == "actor"}
        return named

    @cached_property
    def events(self) -> list[Event]:
        """Events in time order (``in_time_order``)."""
        return in_time_order(self.dossier.events)

    @cached_property
    def citing(self) -> dict[str, list[Citing]]:
        """Source id -> the facts that cite it, in page order."""
        found: dict[str, list[Citing]] = defaultdict(list)
        slug = self.dossier.slug
        for index, paragraph in enumerate(self.dossier.meta.story):
            for citation in paragraph.cite:
                label = f"Story, paragraph {index + 1}"
                found[citation.source].append(
                    Citing("overview", label, urls.overview(slug), urls.story_anchor(index), citation)
                )
        for item in self.dossier.items():
            for citation in getattr(item, "cite", ()):
                page, anchor = urls.location(slug, item)
                found[citation.source].append(Citing(item.noun, self.label(item), page, anchor, citation))
        return found

    def label(self, item: Item) -> str:
        """A fact named in plain text, for lists of facts."""
        if isinstance(item, Actor):
            return item.name
        if isinstance(item, Number):
            return plain(caption_text(item))
        if isinstance(item, Term):
            return item.term
        if isinstance(item, Event):
            return f"{PartialDate.parse(item.date).human(item.approximate)}: {item.title}"
        if isinstance(item, Claim):
            return plain(item.statement, 120)
        if isinstance(item, Relationship):
            names = self.dossier.actor_by_id
            subject = names[item.subject]
            verb = relation(item.predicate, True, subject, self.dossier.vocabulary)
            return f"{named(subject, start=True)} {verb} {named(names[item.object])}"
        return str(item.id)  # type: ignore[attr-defined]


def in_time_order(events: Sequence[Event]) -> list[Event]:
    """``events`` in time order; events on the same date keep the dossier's order, and so does an
    event known only to its month or year among the events dated within it. "June 2031: the return is
    put off", listed after "6 June 2031: the ship docks", was put before "5 June 2031: the ship
    sails", as if the return had been put off before the voyage began: sorted by its earliest possible
    day, a month's event came first whatever the dossier said. The sources do not say which came
    first; the dossier's order does.

    So does an event that lasted, listed after an event on a day within its span: the dossier tells
    what set it first ("20 March: the council agrees a pay rise", then "1 March to 31 December: the
    rise, backdated, is paid"); sorted by its first day, the rise came before the vote that made it."""
    dates = [PartialDate.parse(event.date) for event in events]
    ends = [PartialDate.parse(event.end_date) if event.end_date else None for event in events]

    def within(index: int, earlier: PartialDate) -> bool:
        date, end = dates[index], ends[index]
        return date.holds(earlier) or (end is not None and date < earlier <= end)

    keys = [max([date, *(e for e in dates[:index] if within(index, e))]) for index, date in enumerate(dates)]
    order = sorted(range(len(events)), key=lambda index: keys[index])
    return [events[index] for index in order]
