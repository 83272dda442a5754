"""What every page builder of one story shares: its dossier, its cross-references, its sections,
and the links from one of its pages to another.

The overview, actor and relationship pages (``generator.site.sections``), the list pages
(``generator.site.listings``), the key questions and "What is not known" are each built from one
``Story``; none of them extends another.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from generator.format.dossier import Dossier
from generator.format.mentions import Target
from generator.format.model import Actor, ActorKind, Citation, Event, Number
from generator.format.vocabulary import agree
from generator.site import urls
from generator.site.across import Across
from generator.site.against import against
from generator.site.alternatives import or_alternative
from generator.site.citations import Footnotes
from generator.site.crossref import CrossReference
from generator.site.grammar import (
    caption,
    counted_article,
    gives,
    group_is_plural,
    in_sentence,
    named,
    relation,
    reported,
    says,
    takes_the,
    tells_nothing,
)
from generator.site.markup import escape, escape_title, href, plain, typographic
from generator.site.roles import fuller, lowered
from generator.site.shortname import shortened
from generator.site.upcoming import expected, still_to_come
from generator.site.views import Fact, and_joined, counted, date_range, in_words, joined, when
from generator.site.whos_who import everyone

SECTION_TITLES = {
    # What a reader calls the people, organisations and places of a story ("actors" is ours).
    "actors": "Who's who",
    "numbers": "By the numbers",
    "glossary": "Glossary",
    "timeline": "Timeline",
    "claims": "Who says what",
    "relationships": "Relationships",
    "sources": "Sources",
}


def section_counts(dossier: Dossier) -> dict[str, int]:
    """How many entries each section of the dossier lists."""
    return {
        "actors": len(dossier.actors),
        "numbers": len(dossier.numbers),
        "glossary": len(dossier.terms),
        "timeline": len(dossier.events),
        "claims": len(dossier.claims),
        "relationships": len(dossier.relationships),
        "sources": len(dossier.sources),
    }


def sections_of(dossier: Dossier) -> list[str]:
    """The sections a dossier has: each list it holds entries for. An empty list has no page, no
    menu entry and no row on the overview ("This dossier defines no terms" tells a reader nothing)."""
    counts = section_counts(dossier)
    return [name for name in SECTION_TITLES if counts[name]]


# The kinds of actor as a reader counts them ("12 people, seven organisations and one place"):
# government bodies, outlets and institutes are organisations; armed groups and networks, groups.
_KINDS_IN_WORDS = (
    ((ActorKind.PERSON,), "person", "people"),
    (
        (
            ActorKind.ORGANISATION,
            ActorKind.GOVERNMENT_BODY,
            ActorKind.MEDIA_OUTLET,
            ActorKind.RESEARCH_INSTITUTE,
        ),
        "organisation",
        "",
    ),
    ((ActorKind.ARMED_GROUP, ActorKind.CRIMINAL_NETWORK, ActorKind.GROUP), "group", ""),
    ((ActorKind.PLACE,), "place", ""),
    ((ActorKind.OBJECT,), "object", ""),
)


def kind_noun(kind: ActorKind) -> str:
    """One actor's kind as a reader names it: "person", "organisation", "group", "place"."""
    return next(singular for members, singular, _ in _KINDS_IN_WORDS if kind in members)


# Up to this many ties, the relationships page says each in a sentence: a diagram of two boxes and
# a table of one row look empty and tell a reader less than "A is a leader of B".
TIES_IN_SENTENCES = 2


def what_each_holds(xref: CrossReference, sections: Iterable[str]) -> dict[str, str]:
    """What a reader finds on each of ``sections``, counted in words, for the overview's list of
    a story's pages: "six events, from 1996 to 27 June 2024", not a bare "6" under "Entries"."""
    dossier = xref.dossier
    actors = everyone(dossier.actors)
    events = xref.events
    # What was still to come when last reported is counted apart from what happened: "ten events,
    # from 21 April 2021 to 19 November 2025, then two still to come, to 2 August 2027".
    ahead = still_to_come(dossier, events)
    happened = events[: len(events) - len(ahead)]
    span = ""
    if events:
        first, last = happened[0].date, happened[-1].date
        span = f" ({when(first)})" if first == last else f", from {date_range(first, last)}"
        if len(happened) < len(events):
            span += f", then {in_words(len(ahead))} still to come, to {when(events[-1].date)}"
    counts = section_counts(dossier)
    each = {n: "" if counts[n] == 1 else "each " for n in counts}
    sources = "the document" if counts["sources"] == 1 else f"the {counted(counts['sources'], 'document')}"
    said = {
        "actors": f"{actors}, and who each is",
        "numbers": f"{counted(counts['numbers'], 'figure')}, {each['numbers']}with who says it"
        " and as of when",
        "glossary": f"{counted(counts['glossary'], 'term')} explained in plain words",
        "timeline": f"{counted(len(happened) if ahead else counts['timeline'], 'event')}{span}",
        "claims": f"{counted(counts['claims'], 'claim')}, who makes {'each' if each['claims'] else 'it'}"
        " and how far it is established",
        "relationships": f"{counted(counts['relationships'], 'tie')} between those involved"
        + (", drawn and listed" if counts["relationships"] > TIES_IN_SENTENCES else ""),
        "sources": f"{sources} every fact is taken from, with the words quoted",
    }
    return {name: said[name] for name in sections}


class Story:
    """One story's dossier and cross-references, and the links between its pages."""

    def __init__(
        self, xref: CrossReference, site_name: str = "Explainers", across: Across | None = None
    ) -> None:
        self.xref = xref
        self.site_name = site_name
        # The site's other stories, for what they say about a shared actor or quantity.
        self.across = across or Across()
        self.prose = xref.prose
        self.dossier = xref.dossier
        self.slug = self.dossier.slug

    def actor_link(
        self, page: str, actor: Actor, *, mid_sentence: bool = False, start: bool = False, short: bool = False
    ) -> str:
        """A link to ``actor``'s page. In a sentence (``mid_sentence``, or at its ``start``) the
        name as running text writes it: "the army" for "The army", and "the" before a name that
        needs it, outside the link ("a leader of the [Port Authority]"). ``short``: in a
        dense line, a long official name's short form (``shortname``), the full name in the link's
        title."""
        target = href(page, urls.actor(self.slug, actor.id))
        if short and (brief := self.short(actor)) is not actor:
            target += f' "{escape_title(actor.name)}"'
            actor = brief
        if not (mid_sentence or start):
            return f"[{escape(actor.name)}]({target})"
        if takes_the(actor):
            return f"{'The' if start else 'the'} [{escape(in_sentence(actor))}]({target})"
        # At a sentence's start a name is written as its contributor wrote it ("The army").
        return f"[{escape(actor.name if start else in_sentence(actor))}]({target})"

    def short(self, actor: Actor) -> Actor:
        """``actor`` under the short name a dense line gives it (``shortname.shortened``), knowing
        the names the story's summary has taught the reader."""
        return shortened(actor, self.dossier.meta.summary)

    def part_of(self, page: str) -> str:
        """The line under a page's title that names its story, linked to the overview: a reader who
        lands on a glossary or a person's page from a search engine learns which story it belongs to
        on the first screen, where a phone shows no menu."""
        link = f"[{escape(self.dossier.meta.title)}]({href(page, urls.overview(self.slug))})"
        return f"Part of the explainer {link}"

    def actor_links(self, page: str, ids: Iterable[str], *, linked: set[Target] | None = None) -> str:
        """The actors, each linked once in a section: one already in ``linked`` (the section's
        targets linked above) is named in plain text, a second link to the same page being noise;
        those linked here join ``linked``, as ``Prose`` adds its own."""
        linked = set() if linked is None else linked
        names = []
        for i in ids:
            actor, target = self.dossier.actor_by_id[i], Target("actor", i)
            names.append(escape(actor.name) if target in linked else self.actor_link(page, actor))
            linked.add(target)
        return joined(names)

    def section_link(self, page: str, name: str, text: str | None = None) -> str:
        target = urls.actors(self.slug) if name == "actors" else urls.section(self.slug, name)
        return f"[{text or SECTION_TITLES[name]}]({href(page, target)})"

    def names(self, page: str, ids: Iterable[str], current: str = "") -> str:
        """Actors named at the start of a sentence ("The [ministry] and [Aldrian rebels]"): each
        linked, except the page's own actor, with "the" where a name needs one."""
        by_id = self.dossier.actor_by_id
        return and_joined(
            [
                escape(named(by_id[i], start=n == 0))
                if i == current
                else self.actor_link(page, by_id[i], start=n == 0, mid_sentence=n > 0)
                for n, i in enumerate(ids)
            ]
        )

    def role(self, actor: Actor, *, claims: bool = True, apposed: bool = True) -> str:
        """Who ``actor`` is in a few words (``roles.role``); a role that says little beyond the name
        is followed by what the dossier says it does: a relationship that tells something, else a
        claim it makes (``claims``), else a figure it gives."""
        return fuller(actor, self.deeds(actor, claims=claims), apposed=apposed)

    def deeds(self, actor: Actor, *, claims: bool) -> Iterator[tuple[str, tuple[str, ...]]]:
        """What the dossier says ``actor`` does, as verb phrases after "it", Markdown-safe, each with
        the names of the other actor it involves (its name and aliases; none for no other)."""
        vocabulary = self.dossier.vocabulary
        for edge in self.xref.edges_by_actor.get(actor.id, []):
            predicate = edge.relationship.predicate
            if edge.other.id != actor.id and not tells_nothing(predicate, actor, edge.other, vocabulary):
                verb = relation(predicate, edge.outgoing, actor, vocabulary)
                # "it is part of the five clans", "it is a member of the Northern Border Alliance".
                yield escape(f"{verb} {named(edge.other)}"), (edge.other.name, *edge.other.aliases)
        said = [c for c in self.xref.claims_by_actor.get(actor.id, []) if actor.id in c.claimants]
        for claim in said if claims else []:
            if len(claim.claimants) == 1 and not claim.unattributed:
                yield escape(f"{says([actor])} {lowered(plain(claim.statement).rstrip('.'))}"), ()
        given = [n for n in self.xref.numbers_by_actor.get(actor.id, []) if len(n.stated_by) == 1]
        wholes = {n.id for n in given}
        for number in given:
            if number.part_of in wholes:
                # A part of a whole it also gives ("it reports $3 billion in losses of the farms")
                # reads as all it counts, where the whole was too long to tell.
                continue
            # One figure is told by its value ("it reports 30 people missing"); a quantity it gives at
            # several dates by what it counts: "it gives the figure of 15 deaths" picked one of a series.
            series = number.quantity and sum(n.quantity == number.quantity for n in given) > 1
            if series:
                told = f"{gives([actor])} figures for {counted_article(number.counts)}{number.counts}"
            else:
                told = f"{agree('report{s|}', group_is_plural([actor]))} {reported(number)}"
            yield escape(told), ()

    def number_fact(
        self,
        page: str,
        number: Number,
        notes: Footnotes,
        *,
        card: bool = False,
        also: Sequence[Citation] = (),
    ) -> Fact:
        """A figure and what it counts; on a ``card`` (the figure on a line of its own) the
        caption under it starts with no comma: "about $3 billion" over "the total value of ...".
        ``also``: the citations of what the line tells besides (the figure it revised), in its notes."""
        value, separator, counts = caption(number)
        if card and separator.startswith(","):
            separator = f" {separator.strip(' ,')} ".replace("  ", " ")
        link = f"[{escape(value)}]({href(page, urls.section(self.slug, 'numbers'), number.id)})"
        rule = or_alternative(self.dossier, number, page) + against(self.dossier, number, page)
        return Fact(
            f"{link}{separator}{escape(counts)}{rule}", notes.cite(self.dossier, [*number.cite, *also])
        )

    def event_fact(self, page: str, event: Event, notes: Footnotes) -> Fact:
        title = escape(typographic(event.title))
        link = f"[{title}]({href(page, urls.section(self.slug, 'timeline'), event.id)})"
        date = when(event.date, event.approximate, event.end_date) + expected(self.dossier, event)
        if event.ongoing:
            # As the timeline says it: "April 2024: an appeal" read as an appeal decided that month.
            date = f"Since {date}, ongoing"
        return Fact(f"{date}: {link}", notes.cite(self.dossier, event.cite))
