"""The views of one dossier's pages: overview, actors, numbers, glossary, timeline, claims, ...

Each method builds one page's view from the dossier and its cross-references. Every fact shown
gets footnote markers from the page's ``Footnotes``.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator import urls
from generator.citations import Footnotes, quoted
from generator.crossref import CrossReference, Edge, figure, predicate_label
from generator.dates import PartialDate
from generator.diagram import MAX_EDGES, flowchart
from generator.markup import escape, href
from generator.mentions import Target
from generator.model import Actor, ActorKind, Claim, Event, Number, Term
from generator.views import (
    ActorsView,
    ActorView,
    ClaimsView,
    Fact,
    GlossaryView,
    Group,
    NumbersView,
    OverviewView,
    RelationshipsView,
    Row,
    SourcesView,
    TimelineView,
    day,
    joined,
    period_text,
    when,
)

SECTION_TITLES = {
    "actors": "Actors",
    "numbers": "By the numbers",
    "glossary": "Glossary",
    "timeline": "Timeline",
    "claims": "Who says what",
    "relationships": "Relationships",
    "sources": "Sources",
}
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
}
STATUS_NOTES = {
    "reported": "reported by the source, not independently confirmed",
    "confirmed": "confirmed by independent sources",
    "disputed": "other parties dispute it",
    "denied": "the party concerned denies it",
    "unverified": "no source has verified it",
    "retracted": "the claimant has withdrawn it",
}
# The overview shows a glance at each list, never the whole list, so its size stays bounded.
GLANCE = 12
# An actor's page draws its own relationships when there are few enough to read.
ACTOR_GRAPH_EDGES = 40


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class Sections:
    """Builds the views of one dossier's pages."""

    def __init__(self, xref: CrossReference) -> None:
        self.xref = xref
        self.prose = xref.prose
        self.dossier = xref.dossier
        self.slug = self.dossier.slug

    # -- links ---------------------------------------------------------------------------------

    def actor_link(self, page: str, actor: Actor) -> str:
        return f"[{escape(actor.name)}]({href(page, urls.actor(self.slug, actor.id))})"

    def actor_links(self, page: str, ids: Iterable[str]) -> str:
        return joined([self.actor_link(page, self.dossier.actor_by_id[i]) for i in ids])

    def section_link(self, page: str, name: str, text: str | None = None) -> str:
        target = urls.actors(self.slug) if name == "actors" else urls.section(self.slug, name)
        return f"[{text or SECTION_TITLES[name]}]({href(page, target)})"

    def number_fact(self, page: str, number: Number, notes: Footnotes) -> Fact:
        link = f"[{escape(figure(number))}]({href(page, urls.section(self.slug, 'numbers'), number.id)})"
        return Fact(f"{link}: {escape(number.counts)}", notes.cite(self.dossier, number.cite))

    def event_fact(self, page: str, event: Event, notes: Footnotes) -> Fact:
        link = f"[{escape(event.title)}]({href(page, urls.section(self.slug, 'timeline'), event.id)})"
        date = when(event.date, event.approximate, event.end_date)
        return Fact(f"{date}: {link}", notes.cite(self.dossier, event.cite))

    def native(self, actor: Actor) -> str:
        if actor.native_name is None:
            return ""
        # The lang attribute lets browsers pick the right font and screen readers the right voice.
        return f'<span lang="{actor.native_name.lang}">{escape(actor.native_name.text)}</span>'

    def actors_by_kind(self) -> list[tuple[ActorKind, list[Actor]]]:
        by_kind: dict[ActorKind, list[Actor]] = {}
        for actor in sorted(self.dossier.actors, key=lambda a: (a.name.casefold(), a.id)):
            by_kind.setdefault(actor.kind, []).append(actor)
        return [(kind, by_kind[kind]) for kind in KIND_TITLES if kind in by_kind]

    # -- pages ---------------------------------------------------------------------------------

    def overview(self) -> OverviewView:
        page = urls.overview(self.slug)
        notes = Footnotes(page)
        meta, dossier = self.dossier.meta, self.dossier
        figures = list(dossier.numbers)
        if meta.key_figure:
            key = dossier.number_by_id[meta.key_figure]
            figures = [key, *(n for n in figures if n.id != key.id)]
        story = tuple(
            Fact(self.prose.block(p.text, page=page), notes.cite(dossier, p.cite), urls.story_anchor(i))
            for i, p in enumerate(meta.story)
        )
        key_figures = Group(
            self.section_link(page, "numbers", "All figures"),
            tuple(self.number_fact(page, n, notes) for n in figures[:GLANCE]),
            more=max(len(figures) - GLANCE, 0),
        )
        whos_who = tuple(
            Group(
                KIND_TITLES[kind],
                tuple(Fact(self.actor_link(page, a)) for a in actors[:GLANCE]),
                more=max(len(actors) - GLANCE, 0),
            )
            for kind, actors in self.actors_by_kind()
        )
        timeline = Group(
            self.section_link(page, "timeline", "The whole timeline"),
            tuple(self.event_fact(page, e, notes) for e in self.xref.events[:GLANCE]),
            more=max(len(self.xref.events) - GLANCE, 0),
        )
        counts = {
            "actors": len(dossier.actors),
            "numbers": len(dossier.numbers),
            "glossary": len(dossier.terms),
            "timeline": len(dossier.events),
            "claims": len(dossier.claims),
            "relationships": len(dossier.relationships),
            "sources": len(dossier.sources),
        }
        sections = tuple(
            Fact(self.section_link(page, name), body=f"{counts[name]:,}") for name in SECTION_TITLES
        )
        return OverviewView(
            title=escape(meta.title),
            summary=self.prose.block(meta.summary, page=page),
            story=story,
            key_figures=key_figures,
            whos_who=whos_who,
            timeline=timeline,
            sections=sections,
            published=day(meta.published),
            last_reviewed=day(meta.last_reviewed),
            licence=escape(meta.licence),
            footnotes=tuple(notes.definitions),
        )

    def actors(self) -> ActorsView:
        page = urls.actors(self.slug)
        groups = tuple(
            Group(
                KIND_TITLES[kind],
                tuple(Fact(self.actor_link(page, a), body=self.native(a)) for a in actors),
                anchor=kind.value,
            )
            for kind, actors in self.actors_by_kind()
        )
        return ActorsView(title=SECTION_TITLES["actors"], groups=groups, count=len(self.dossier.actors))

    def actor(self, actor: Actor) -> ActorView:
        page = urls.actor(self.slug, actor.id)
        notes = Footnotes(page)
        xref, dossier = self.xref, self.dossier
        details = [("Kind", actor.kind.value.replace("-", " "))]
        if actor.aliases:
            details.append(("Also known as", joined([escape(a) for a in actor.aliases])))
        if actor.native_name:
            details.append(("Native name", self.native(actor)))
        edges = xref.edges_by_actor.get(actor.id, [])
        graph = ""
        if 0 < len(edges) <= ACTOR_GRAPH_EDGES:
            others = {e.other.id: e.other for e in edges if e.other.id != actor.id}
            graph = flowchart([actor, *others.values()], [e.relationship for e in edges])
        return ActorView(
            title=escape(actor.name),
            details=tuple(details),
            description=self.prose.block(actor.description, page=page, subject=Target("actor", actor.id)),
            cite=notes.cite(dossier, actor.cite),
            graph=graph,
            relationships=tuple(self.edge_fact(page, edge, notes) for edge in edges),
            numbers=tuple(self.number_fact(page, n, notes) for n in xref.numbers_by_actor.get(actor.id, [])),
            claims=tuple(
                self.claim_fact(page, c, actor, notes) for c in xref.claims_by_actor.get(actor.id, [])
            ),
            events=tuple(self.event_fact(page, e, notes) for e in xref.events_by_actor.get(actor.id, [])),
            sources=tuple(notes.sources),
            index=self.section_link(page, "actors", "All actors"),
            footnotes=tuple(notes.definitions),
        )

    def edge_fact(self, page: str, edge: Edge, notes: Footnotes) -> Fact:
        relationship = edge.relationship
        verb = capitalised(predicate_label(relationship.predicate, edge.outgoing))
        note = self.prose.inline(relationship.note, page=page) if relationship.note else ""
        return Fact(
            f"{escape(verb)} {self.actor_link(page, edge.other)}",
            notes.cite(self.dossier, relationship.cite),
            body=note,
        )

    def claim_fact(self, page: str, claim: Claim, actor: Actor, notes: Footnotes) -> Fact:
        link = f"[{escape(claim.statement)}]({href(page, urls.section(self.slug, 'claims'), claim.id)})"
        if actor.id in claim.claimants:
            text = f"Claims: “{link}” ({claim.status.value})"
        else:
            text = f"{self.actor_links(page, claim.claimants)} claims: “{link}” ({claim.status.value})"
        return Fact(text, notes.cite(self.dossier, claim.cite))

    def numbers(self) -> NumbersView:
        page = urls.section(self.slug, "numbers")
        notes = Footnotes(page)
        by_quantity: dict[str, list[Number]] = {}
        for number in self.dossier.numbers:
            by_quantity.setdefault(number.quantity or f"number {number.id}", []).append(number)
        groups = []
        for numbers in by_quantity.values():
            comparison = ()
            if len(numbers) > 1:
                comparison = tuple(
                    Fact(
                        f"[{escape(figure(n))}](#{n.id})",
                        notes.cite(self.dossier, n.cite),
                        details=(
                            ("Stated by", self.actor_links(page, n.stated_by) or "not named"),
                            ("As of", when(n.as_of) if n.as_of else "not given"),
                        ),
                    )
                    for n in numbers
                )
            figures = tuple(self.figure(page, n, notes) for n in numbers)
            groups.append(Group(escape(capitalised(numbers[0].counts)), figures, comparison=comparison))
        return NumbersView(
            title=SECTION_TITLES["numbers"], groups=tuple(groups), footnotes=tuple(notes.definitions)
        )

    def figure(self, page: str, number: Number, notes: Footnotes) -> Fact:
        details = [("Counts", escape(number.counts))]
        if number.qualifier.value != "exact":
            details.append(("Qualifier", number.qualifier.value.replace("-", " ")))
        if number.unit:
            details.append(("Unit", escape(number.unit)))
        if number.as_of:
            details.append(("As of", when(number.as_of)))
        if number.period and period_text(number.period):
            details.append(("Period", period_text(number.period)))
        if number.stated_by:
            details.append(("Stated by", self.actor_links(page, number.stated_by)))
        note = self.prose.block(number.note, page=page) if number.note else ""
        return Fact(
            escape(figure(number)), notes.cite(self.dossier, number.cite), number.id, tuple(details), note
        )

    def glossary(self) -> GlossaryView:
        page = urls.section(self.slug, "glossary")
        notes = Footnotes(page)
        terms = sorted(self.dossier.terms, key=lambda t: (t.term.casefold(), t.id))
        return GlossaryView(
            title=SECTION_TITLES["glossary"],
            terms=tuple(self.term(page, t, notes) for t in terms),
            footnotes=tuple(notes.definitions),
        )

    def term(self, page: str, term: Term, notes: Footnotes) -> Fact:
        details = []
        if term.aliases:
            details.append(("Also", joined([escape(a) for a in term.aliases])))
        if term.related:
            names = self.dossier.term_by_id
            details.append(("Related", joined([f"[{escape(names[i].term)}](#{i})" for i in term.related])))
        definition = self.prose.block(term.definition, page=page, subject=Target("term", term.id))
        return Fact(
            escape(term.term), notes.cite(self.dossier, term.cite), term.id, tuple(details), definition
        )

    def timeline(self) -> TimelineView:
        page = urls.section(self.slug, "timeline")
        notes = Footnotes(page)
        years: dict[int, list[Fact]] = {}
        for event in self.xref.events:
            years.setdefault(PartialDate.parse(event.date).year, []).append(self.event(page, event, notes))
        return TimelineView(
            title=SECTION_TITLES["timeline"],
            years=tuple(Group(str(y), tuple(facts), anchor=f"year-{y}") for y, facts in years.items()),
            footnotes=tuple(notes.definitions),
        )

    def event(self, page: str, event: Event, notes: Footnotes) -> Fact:
        date = when(event.date, event.approximate, event.end_date)
        details = []
        if event.date_note:
            details.append(("How we date it", self.prose.inline(event.date_note, page=page)))
        if event.actors:
            details.append(("Who", self.actor_links(page, event.actors)))
        body = self.prose.block(event.description, page=page) if event.description else ""
        heading = f"{date}: {escape(event.title)}"
        return Fact(heading, notes.cite(self.dossier, event.cite), event.id, tuple(details), body)

    def claims(self) -> ClaimsView:
        page = urls.section(self.slug, "claims")
        notes = Footnotes(page)
        facts = []
        for claim in self.dossier.claims:
            status = claim.status.value
            details = [("Status", f"**{status}**, {STATUS_NOTES[status]}")]
            if claim.about:
                details.append(("About", self.actor_links(page, claim.about)))
            if claim.date:
                details.append(("When", when(claim.date)))
            evidence = [quoted(c.evidence) for c in claim.cite if c.evidence]
            if evidence:
                details.append(("Evidence", "; ".join(evidence)))
            claimants = joined([escape(self.dossier.actor_by_id[i].name) for i in claim.claimants])
            statement = self.prose.inline(claim.statement, page=page)
            facts.append(
                Fact(
                    f"{claimants} says",
                    notes.cite(self.dossier, claim.cite),
                    claim.id,
                    tuple(details),
                    statement,
                )
            )
        return ClaimsView(
            title=SECTION_TITLES["claims"], claims=tuple(facts), footnotes=tuple(notes.definitions)
        )

    def relationships(self) -> RelationshipsView:
        page = urls.section(self.slug, "relationships")
        notes = Footnotes(page)
        relationships = self.dossier.relationships
        by_id = self.dossier.actor_by_id
        graph = ""
        if 0 < len(relationships) <= MAX_EDGES:
            involved = {r.subject for r in relationships} | {r.object for r in relationships}
            graph = flowchart([a for a in self.dossier.actors if a.id in involved], relationships)
        rows = tuple(
            Row(
                anchor=r.id,
                subject=self.actor_link(page, by_id[r.subject]),
                verb=escape(predicate_label(r.predicate)),
                object=self.actor_link(page, by_id[r.object]),
                note=self.prose.inline(r.note, page=page) if r.note else "",
                cite=notes.cite(self.dossier, r.cite),
            )
            for r in sorted(relationships, key=lambda r: (by_id[r.subject].name.casefold(), r.id))
        )
        return RelationshipsView(
            title=SECTION_TITLES["relationships"],
            graph=graph,
            too_many=len(relationships) if len(relationships) > MAX_EDGES else 0,
            rows=rows,
            footnotes=tuple(notes.definitions),
        )

    def sources(self) -> SourcesView:
        page = urls.section(self.slug, "sources")
        facts = []
        for source in sorted(self.dossier.sources, key=lambda s: (s.title.casefold(), s.id)):
            details: list[tuple[str, str]] = []
            if source.authors:
                details.append(("By", joined([escape(a) for a in source.authors])))
            if source.publisher:
                details.append(("Publisher", escape(source.publisher)))
            if source.published:
                details.append(("Published", day(source.published)))
            details.append(("Kind", source.kind.value + (", background" if source.background else "")))
            if source.url:
                details.append(("Address", f"<{source.url}>"))
            if source.accessed:
                details.append(("Read on", day(source.accessed)))
            citing = []
            for fact in self.xref.citing.get(source.id, []):
                link = f"[{escape(fact.label)}]({href(page, fact.page, fact.anchor)})"
                evidence = f": {quoted(fact.citation.evidence)}" if fact.citation.evidence else ""
                citing.append(f"{capitalised(fact.noun)}: {link}{evidence}")
            note = self.prose.block(source.note, page=page) if source.note else ""
            facts.append(Fact(escape(source.title), "", source.id, tuple(details), note, tuple(citing)))
        return SourcesView(title=SECTION_TITLES["sources"], sources=tuple(facts))
