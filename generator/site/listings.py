"""The views of a dossier's glossary and timeline pages (`numbers_list`, `claims_list` and
`sources_list` make the other list pages).

Each lists one kind of fact in full, with an anchor per fact that the rest of the site links to.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.format.dates import PartialDate
from generator.format.mentions import Target
from generator.format.model import ActorKind, Event, Term
from generator.format.numbers import number_in_text
from generator.site import urls
from generator.site.aftermath import settled_later_line
from generator.site.citations import Footnotes
from generator.site.crossref import CrossReference
from generator.site.grammar import amount, caption
from generator.site.listing import Listing
from generator.site.markup import escape, href, typographic
from generator.site.roles import gist
from generator.site.story import SECTION_TITLES, what_each_holds
from generator.site.trends import day_counts
from generator.site.unknowns import still_open, what_may_happen
from generator.site.upcoming import STILL_TO_COME, STILL_TO_COME_ANCHOR, expected, still_to_come
from generator.site.views import (
    Fact,
    GlossaryView,
    Group,
    TimelineView,
    and_joined,
    capitalised,
    date_range,
    joined,
    when,
)

# Events of the stories before this one shown at the head of its timeline: the latest, as a reminder.
BEFORE = 5


class Listings(Listing):
    """Builds the views of one story's glossary and timeline pages."""

    def glossary(self) -> GlossaryView:
        page = urls.section(self.slug, "glossary")
        notes = Footnotes(page)
        terms = sorted(self.dossier.terms, key=lambda t: (t.term.casefold(), t.id))
        return GlossaryView(
            title=SECTION_TITLES["glossary"],
            terms=tuple(self.term(page, t, notes) for t in terms),
            footnotes=tuple(notes.definitions),
            part_of=self.story.part_of(page),
        )

    def term(self, page: str, term: Term, notes: Footnotes) -> Fact:
        details = []
        shown = other_forms(term.term, term.aliases)
        if shown:
            details.append(("Also", joined([escape(a) for a in shown])))
        if term.related:
            names = self.dossier.term_by_id
            details.append(("Related", joined([f"[{escape(names[i].term)}](#{i})" for i in term.related])))
        definition = self.prose.block(term.definition, page=page, subject=Target("term", term.id))
        return Fact(
            escape(term.term), notes.named(self.dossier, term.cite), term.id, tuple(details), definition
        )

    def timeline(self) -> TimelineView:
        page = urls.section(self.slug, "timeline")
        notes = Footnotes(page)
        events = self.xref.events
        if len(events) == 1:
            # One event under a year's heading looks like the start of a list that is missing: the
            # page says there is one, and the event is its only heading.
            (only,) = events
            years = (Group("", (self.event(page, only, notes, under_year=False, glossed=set()),)),)
            standing = self.where_things_stand(page, notes)
            return TimelineView(
                title=SECTION_TITLES["timeline"],
                precision=self.precision_note(),
                intro=self.timeline_intro(standing, "The story records one event."),
                before=self.before(page),
                years=years,
                **standing,
                footnotes=tuple(notes.definitions),
                part_of=self.story.part_of(page),
            )
        ahead = still_to_come(self.dossier, events)
        happened = events[: len(events) - len(ahead)]
        by_year: dict[int, list[Fact]] = {}
        days: set[str] = set()  # the dates whose counts an event has told
        glossed: set[str] = set()  # each term explained once, under the first heading that uses it
        for event in happened:
            counted = event.date not in days and not event.end_date
            days.add(event.date)
            told = self.event(page, event, notes, counts=counted, glossed=glossed)
            by_year.setdefault(PartialDate.parse(event.date).year, []).append(told)
        groups = [Group(str(y), tuple(facts), anchor=f"year-{y}") for y, facts in by_year.items()]
        if ahead:
            # What was scheduled when last reported, apart from what happened: under the years, a
            # stage due in 2027 stood among the events of 2024 like one more thing that had happened.
            facts = tuple(self.event(page, event, notes, glossed=glossed) for event in ahead)
            groups.append(Group(STILL_TO_COME, facts, anchor=STILL_TO_COME_ANCHOR))
        # Its notes are numbered after the events'.
        standing = self.where_things_stand(page, notes)
        return TimelineView(
            title=SECTION_TITLES["timeline"],
            precision=self.precision_note(),
            intro=self.timeline_intro(standing),
            before=self.before(page),
            years=tuple(groups),
            **standing,
            footnotes=tuple(notes.definitions),
            part_of=self.story.part_of(page),
        )

    def before(self, page: str) -> tuple[Fact, ...]:
        """The stories before this one in its thread (``follows:``), in reading order, each linked to
        its timeline: the one just before with its latest events (at most ``BEFORE``), each linked to
        its place there; those further back (at most ``BEFORE``) with the span of their events. A
        reader of the second story's timeline met a bank's rescue with no run and no closure before
        it. Nothing for a story that follows none."""
        across = self.story.across
        chain = []  # the stories before, nearest first
        seen, follows = {self.slug}, self.dossier.meta.follows
        while follows is not None and follows not in seen and follows in across.xrefs:
            seen.add(follows)
            chain.append(across.xrefs[follows])
            follows = chain[-1].dossier.meta.follows
        if not chain:
            return ()
        facts = []
        for xref in reversed(chain[1 : BEFORE + 1]):
            span = _span(xref.events)
            facts.append(Fact(f"{_timeline(page, xref)}: events {span}" if span else _timeline(page, xref)))
        nearest = chain[0]
        # Not what the story before tells of later days than this one's last ("the ship sails again
        # in July" before a backlog cleared in April): this page's own events tell where things went.
        last = max((PartialDate.parse(e.end_date or e.date) for e in self.xref.events), default=None)
        earlier = [e for e in nearest.events if last is None or PartialDate.parse(e.date) <= last]
        lines = []
        for event in earlier[-BEFORE:]:
            where = href(page, urls.section(nearest.dossier.slug, "timeline"), event.id)
            date = when(event.date, event.approximate, event.end_date) + expected(nearest.dossier, event)
            lines.append(f"{date}: [{escape(event.title)}]({where})")
        text = f"{_timeline(page, nearest)}, the story just before this one"
        if lines:
            text += "; its latest events:" if len(earlier) > BEFORE else ":"
        facts.append(Fact(text, items=tuple(lines)))
        return tuple(facts)

    def timeline_intro(self, standing: dict[str, str], held: str = "") -> str:
        """What the timeline holds, before its years: how many events over what span, and, when the
        page ends with where things stand, that it does: "Six events, from 1996 to 27 June 2024.
        The page ends with [where things stand](#where-things-stand): what is still in doubt and
        what may happen next." A reader met twenty events under year headings, and what is
        unresolved only if they scrolled past all of them."""
        held = held or capitalised(what_each_holds(self.xref, ["timeline"])["timeline"]) + "."
        told = [
            words
            for key, words in (("still_open", "what is still in doubt"), ("next_up", "what may happen next"))
            if standing[key]
        ]
        if not told:
            return held
        return f"{held} The page ends with [where things stand](#where-things-stand): {and_joined(told)}."

    def where_things_stand(self, page: str, notes: Footnotes) -> dict[str, str]:
        """After the last event a reader asks what now: the overview's lines on what is still in
        doubt and what may happen next, linked to where the overview tells more. Its notes come
        after the events'."""
        doubt = still_open(self.story, page)
        if doubt:
            doubt += f". [What is not known]({href(page, urls.overview(self.slug), 'what-is-not-known')})"
        following = [
            f"[{escape(link.title)}]({href(page, urls.section(link.slug, 'timeline'))})"
            for link in self.dossier.thread
            if link.label == "Next"
        ]
        return {
            "still_open": doubt,
            "next_up": what_may_happen(self.story, page, notes),
            # The thread goes on: the timeline of each story that follows this one.
            "next_story": and_joined(following),
        }

    def precision_note(self) -> str:
        """How to read the timeline's dates, with its own as examples: "“September 2023” means
        the day is not known". Only what its dates need: a timeline of exact days says nothing."""
        events = self.xref.events
        dates = [PartialDate.parse(e.date) for e in events]
        parts = []
        month = next((d for d in dates if d.month and not d.day), None)
        if month is not None:
            parts.append(f"“{month.human()}” means the day is not known")
        year = next((d for d in dates if not d.month), None)
        if year is not None:
            parts.append(f"“{year.year}” alone means only the year is known")
        if any(e.approximate for e in events):
            parts.append("“around” marks a date the source gives loosely")
        return f"Dates are as precise as the sources: {and_joined(parts)}." if parts else ""

    def event(
        self,
        page: str,
        event: Event,
        notes: Footnotes,
        *,
        under_year: bool = True,
        counts: bool = False,
        glossed: set[str] | None = None,
    ) -> Fact:
        """An event as its heading (date and title) and the lines under it. ``counts``: the first
        event of its day says where the story's running totals stood that day (``day_counts``).
        ``glossed``: the ids of the terms the page has already explained under an earlier heading
        (``words_in_title``)."""
        date = when(event.date, event.approximate, event.end_date) + expected(self.dossier, event)
        if event.ongoing:
            date = f"Since {date}, ongoing"
        # The description comes first on the page: an actor it links is named, not linked again, in
        # the lines under it (one link per actor in each event, at its first mention).
        linked: set[Target] = set()
        body = self.prose.block(event.description, page=page, linked=linked) if event.description else ""
        details = []
        if event.date_note:
            details.append(("About the date", self.prose.inline(event.date_note, page=page, linked=linked)))
        if glossed is not None:
            details.extend(self.words_in_title(page, event, linked, glossed))
        # Who took part and where, less those the lines above already name: "The ministry holds
        # the ship ..." followed by "Who: Ministry" told the reader nothing, and "Who: Port Said"
        # made a port a person.
        unnamed = [i for i in event.actors if Target("actor", i) not in linked]
        by_id = self.dossier.actor_by_id
        who = [i for i in unnamed if by_id[i].kind is not ActorKind.PLACE]
        where = [i for i in unnamed if by_id[i].kind is ActorKind.PLACE]
        if who:
            details.append(("Who", self.story.actor_links(page, who, linked=linked)))
        if where:
            details.append(("Where", self.story.actor_links(page, where, linked=linked)))
        if counts and (day := self.counts_that_day(page, event)):
            details.append(day)
        if later := settled_later_line(
            event, self.dossier, lambda e: f"[{escape(typographic(e.title))}](#{e.id})"
        ):
            details.append(("Later", later))
        # Under its year's heading, a date that is only that year would say the year twice.
        same_year = under_year and date == str(PartialDate.parse(event.date).year)
        title = escape(typographic(event.title))
        heading = title if same_year else f"{date}: {title}"
        # Markers end a description; on a "Source:" line of their own, the sources are named.
        cite = notes.cite(self.dossier, event.cite) if body else notes.named(self.dossier, event.cite)
        return Fact(heading, cite, event.id, tuple(details), body)

    def counts_that_day(self, page: str, event: Event) -> tuple[str, str] | None:
        """Where the story's running totals stood on ``event``'s day, each latest count linked to its
        row on the numbers page: ("Count that day", "rose from 40 to [at least 75](...) people
        killed by the storm"). A count the event's title already gives, alone that day, is not
        said again. None when there is none to tell."""
        told = []
        for first, latest in day_counts(self.dossier.numbers, event.date):
            value, joint, counts = caption(latest)
            if first is latest and number_in_text(latest.value, event.title):
                continue
            link = f"[{escape(value)}]({href(page, urls.section(self.slug, 'numbers'), latest.id)})"
            rise = f"rose from {escape(amount(first))} to " if first.value != latest.value else ""
            told.append(f"{rise}{link}{joint}{escape(counts)}")
        if not told:
            return None
        return ("Count that day" if len(told) == 1 else "Counts that day", "; ".join(told))

    def words_in_title(
        self, page: str, event: Event, linked: set[Target], glossed: set[str]
    ) -> list[tuple[str, str]]:
        """A line under an event's heading for each glossary term its title uses that the page has
        not explained yet, nor its description linked: "[Accelerated approval](...): An early
        approval given before full proof that a drug helps patients". A heading holds no link, so
        "The regulator gives the drug accelerated approval" left the jargon unexplained where a
        reader met it. At most ``TITLE_TERMS`` an event, the first the glossary lists."""
        mentioned: set[Target] = set()
        self.prose.inline(event.title, page=page, linked=mentioned)
        lines = []
        for term in self.dossier.terms:
            target = Target("term", term.id)
            if target not in mentioned or target in linked or term.id in glossed:
                continue
            glossed.add(term.id)
            link = href(page, urls.section(self.slug, "glossary"), term.id)
            lines.append(
                (f"[{escape(capitalised(term.term))}]({link})", f"{capitalised(gist(term.definition))}.")
            )
            if len(lines) == TITLE_TERMS:
                break
        return lines


# The most glossary terms explained under one event's heading: a title that names three terms is
# rare, and three definitions under it would bury who took part.
TITLE_TERMS = 2


def other_forms(name: str, aliases: Sequence[str]) -> list[str]:
    """The aliases a reader learns something from: not the plural of the name or of another alias
    ("councils" for "council", "toll stations" beside "toll station"), which the dossier lists so that
    mentions link and search finds them."""
    names = [name, *aliases]

    def plural_of_another(alias: str) -> bool:
        folded = alias.casefold()
        for other in names:
            base = other.casefold()
            if base != folded and folded in {base + "s", base + "es", base[:-1] + "ies"}:
                return True
        return False

    return [alias for alias in aliases if not plural_of_another(alias)]


def _timeline(page: str, xref: CrossReference) -> str:
    """A story's title, linked to its timeline."""
    dossier = xref.dossier
    return f"[{escape(dossier.meta.title)}]({href(page, urls.section(dossier.slug, 'timeline'))})"


def _span(events: Sequence[Event]) -> str:
    """ "from 8 to 13 March 2023", "on 8 March 2023"; "" for no events."""
    if not events:
        return ""
    first, last = events[0].date, events[-1].end_date or events[-1].date
    return f"from {date_range(first, last)}" if first != last else f"on {when(first)}"
