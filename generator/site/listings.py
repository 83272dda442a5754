"""The views of a dossier's list pages: numbers, glossary, timeline, claims and sources.

Each lists one kind of fact in full, with an anchor per fact that the rest of the site links to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from urllib.parse import quote, urlsplit

from generator.format.conflicts import Comparison, compare
from generator.format.dates import PartialDate
from generator.format.mentions import Target
from generator.format.model import ActorKind, Citation, Claim, Event, Number, Source, Term
from generator.site import quantities, urls
from generator.site.citations import Footnotes, quotation, quoted, title
from generator.site.citations import name as source_name
from generator.site.grammar import as_part, caption_text, figure, share_of
from generator.site.markup import cell_label, escape, href, typographic
from generator.site.statuses import (
    NAMING_NO_ONE,
    STATUS_WORDS,
    census,
    own_account,
    says_claim,
    status_phrase,
)
from generator.site.story import SECTION_TITLES, Story, kind_noun, what_each_holds
from generator.site.trends import agreement, disagreement, series_note
from generator.site.unknowns import CONTESTED, still_open, what_may_happen
from generator.site.upcoming import expected, forecast
from generator.site.views import (
    ClaimsView,
    Fact,
    GlossaryView,
    Group,
    NumbersView,
    SourcesView,
    TimelineView,
    and_joined,
    capitalised,
    counted,
    day,
    joined,
    period_text,
    published,
    when,
)


def comparison_note(compared: Comparison) -> str:
    """What the figures of one quantity side by side, not a series (``trends.series_note``), show a
    reader: how far apart figures that disagree are, or why figures that differ can all be true."""
    return disagreement(compared) if compared.conflicts else agreement(compared.numbers)


def address(url: str) -> str:
    """A link to ``url`` that shows only its host ("en.people.cn"), not four lines of path."""
    host = urlsplit(url).hostname or url
    host = host.removeprefix("www.")
    target = "".join(c if c not in "()<> " else quote(c) for c in url)
    return f"[{escape(host)}]({target})"


SOURCE_KINDS = {
    "article": "An article",
    "report": "A report",
    "reference": "A reference work",
    "law": "A law",
    "website": "A web page",
    "dataset": "A dataset",
    "other": "A document",
}


def what_source(source: Source) -> str:
    """A source in one sentence: "An article by Mira Roan, published by the Halden Courier on 16
    June 2023." (background reading says so)."""
    text = SOURCE_KINDS[source.kind.value]
    if source.background:
        text = f"Background reading: {text[0].lower()}{text[1:]}"
    if source.authors:
        text += f" by {and_joined([escape(a) for a in source.authors])}"
    if source.publisher or source.published:
        text += ", published"
    if source.publisher:
        text += f" by {escape(source.publisher)}"
    if source.published:
        on = "on " if isinstance(source.published, dt.date) else "in "
        text += f" {on}{published(source.published)}"
    return text + "."


def _original(source: Source) -> str:
    """Who first published a reprinted source, and where when known."""
    original = source.reprint_of
    if original is None:
        return ""
    text = escape(original.publisher)
    if original.title:
        text += f", {quoted(original.title)}"
    if original.url:
        text += f" ({address(original.url)})"
    return text


# Up to this many things the sources give figures for that cannot all be right are named, linked, in
# the numbers page's opening; more are counted.
NAMED_DISPUTES = 3

# The kinds of fact that cite a source, as a reader names them on the sources page.
READER_NOUNS = {"number": "figure", "relationship": "tie"}


class Listings:
    """Builds the views of one story's list pages."""

    def __init__(self, story: Story) -> None:
        self.story = story
        self.xref, self.dossier, self.slug = story.xref, story.dossier, story.slug
        self.prose, self.across = story.prose, story.across

    def numbers(self) -> NumbersView:
        page = urls.section(self.slug, "numbers")
        notes = Footnotes(page)
        by_quantity: dict[str, list[Number]] = {}
        for number in self.dossier.numbers:
            by_quantity.setdefault(number.quantity or f"number {number.id}", []).append(number)
        groups = []
        # What the sources disagree on: the words every figure of it counts (or "" when they word it
        # differently) and the first disagreeing figure's anchor.
        disputed: list[tuple[str, str]] = []
        for numbers in by_quantity.values():
            comparison: tuple[Fact, ...] = ()
            note = ""
            # The heading is what every figure counts; when they word it differently, it is the
            # quantity they share (not the first figure's wording), and each figure says its own.
            shared = len({n.counts for n in numbers}) == 1
            quantity = numbers[0].quantity
            heading = quantities.heading(quantity or "", numbers)
            if len(numbers) > 1:
                compared = compare(numbers)
                # A series says which way it went, so a reader need not work it out from the table.
                serial = compared.series and not compared.conflicts
                if compared.conflicts:
                    disputed.append((numbers[0].counts if shared else "", compared.conflicts[0][0].id))
                note = series_note(numbers) if serial else comparison_note(compared)
                if any(forecast(self.dossier, n) for n in numbers):
                    # "The same count at different dates" read a forecast as a count already made.
                    note += " A figure “forecast for” a time after its report is expected, not measured."
                comparison = self.side_by_side(page, compared.numbers, notes)
                # Each figure is met once, in its row; below the table only what a row cannot hold.
                figures = tuple(
                    remark
                    for n in compared.numbers
                    if (remark := self.remark(page, n, not shared)) is not None
                )
            else:
                figures = (self.figure(page, numbers[0], notes, not shared),)
            # The figures other stories of the site give for the same quantity, and where all of
            # them are side by side.
            elsewhere = quantities.elsewhere(self.across, self.dossier, quantity, page)
            across = together = ""
            if elsewhere and quantity:
                across = href(page, *quantities.location(self.across, quantity))
                together = quantities.together(self.across, self.dossier, quantity, numbers)
            groups.append(
                Group(
                    escape(heading),
                    figures,
                    comparison=comparison,
                    elsewhere=elsewhere,
                    across=across,
                    together=together,
                    note=note,
                )
            )
        return NumbersView(
            title=SECTION_TITLES["numbers"],
            groups=tuple(groups),
            intro=self.numbers_intro(disputed, any(g.comparison for g in groups)),
            footnotes=tuple(notes.definitions),
            part_of=self.story.part_of(page),
        )

    def numbers_intro(self, disputed: Sequence[tuple[str, str]], tables: bool) -> str:
        """The numbers page's opening: how many figures, how each is given, and what the sources
        disagree on, linked to its table ("One thing has figures that cannot all be right: [people
        missing](#...)"), so that a reader need not scan every heading to find the doubt."""
        count = len(self.dossier.numbers)
        if not count:
            return ""
        each = "each " if count > 1 else ""
        held = (
            f"{capitalised(counted(count, 'figure'))}, {each}as its source gives it, with its “about” or"
            " “more than”: what it counts, as of when and according to whom."
        )
        named = [f"[{escape(typographic(counts))}](#{anchor})" for counts, anchor in disputed if counts]
        things = capitalised(counted(len(disputed), "thing"))
        have = "has" if len(disputed) == 1 else "have"
        if disputed and len(named) == len(disputed) and len(named) <= NAMED_DISPUTES:
            return f"{held} {things} {have} figures that cannot all be right: {and_joined(named)}."
        if disputed:
            return f"{held} {things} {have} figures that cannot all be right."
        if tables:
            return f"{held} Where sources give different figures for one thing, they stand side by side."
        return held

    def side_by_side(self, page: str, numbers: Sequence[Number], notes: Footnotes) -> tuple[Fact, ...]:
        """The rows of a quantity's table of figures, each cell short enough for a phone's line:
        who gives the figure, and its date and period where any figure of the table has one (a
        column of "not given" tells a reader nothing). The details' labels are the columns."""
        dated = any(n.as_of for n in numbers)
        timed = any(n.period and period_text(n.period) for n in numbers)
        rows = []
        for n in numbers:
            # Who gives the figure and where it is reported are one cell: its markers follow the name.
            who = (
                quantities.UNNAMED_CELL
                if n.unattributed
                else cell_label("according to") + self.stated_by(page, n)[1]
            )
            details = [("According to", who + notes.cite(self.dossier, n.cite))]
            ahead = forecast(self.dossier, n)
            if dated:
                details.append(
                    (
                        "As of",
                        # Said in the cell itself, under the desktop's "As of" too: a forecast's date.
                        (f"forecast for {when(n.as_of)}" if ahead else cell_label("as of") + when(n.as_of))
                        if n.as_of
                        else cell_label("date") + "not given",
                    )
                )
            if timed:
                period = period_text(n.period) if n.period else ""
                if period and ahead and not n.as_of:
                    details.append(("Period", f"forecast for {period}"))
                else:
                    details.append(
                        (
                            "Period",
                            cell_label("over") + period if period else cell_label("period") + "not given",
                        )
                    )
            # The row is the figure's place on the site: other pages link to its anchor.
            rows.append(Fact(escape(figure(n)), anchor=n.id, details=tuple(details)))
        return tuple(rows)

    def figure(self, page: str, number: Number, notes: Footnotes, counts: bool) -> Fact:
        """A figure under its quantity's heading: the figure as a newspaper writes it (its qualifier
        and unit in the words), then the whole phrase when the heading does not say what it counts,
        and one line of who gives it and where: "According to: the army, in *Valley News*[^1]"."""
        details = []
        if what := self.counts(number, counts):
            details.append(("", what))
        ahead = forecast(self.dossier, number)
        if number.as_of:
            details.append(("Forecast for" if ahead else "As of", when(number.as_of)))
        if reported := quantities.reported(self.dossier, number):
            details.append(("Reported", reported))
        if number.period and period_text(number.period):
            forecast_period = ahead and not number.as_of
            details.append(("Forecast over" if forecast_period else "Period", period_text(number.period)))
        if whole := self.whole(number):
            details.append(("Part of", whole))
        details.append(("According to", self.according_to(page, number, notes)))
        note = self.prose.block(number.note, page=page) if number.note else ""
        return Fact(escape(self.figure_of(number)), "", number.id, tuple(details), note)

    def figure_of(self, number: Number) -> str:
        """The figure as its heading shows it: against its whole when it is part of one, "7 of 12
        jurors", so the big type itself answers "of how many?"."""
        whole = self.dossier.number_by_id.get(number.part_of) if number.part_of else None
        if whole is None:
            return figure(number)
        return f"{as_part(number)} of {figure(whole)}"

    def remark(self, page: str, number: Number, counts: bool) -> Fact | None:
        """What a row of a table of figures cannot hold, under the table: what the figure counts
        when figures word it differently, what it is part of, and its note; None when nothing."""
        said = [self.counts(number, counts)]
        if part := self.part(number):
            said.append(f"Part of {part}.")
        said.append(self.prose.block(number.note, page=page) if number.note else "")
        body = " ".join(s for s in said if s)
        return Fact(f"**{escape(capitalised(figure(number)))}:**", body=body) if body else None

    @staticmethod
    def counts(number: Number, counts: bool) -> str:
        """What a figure counts, as a sentence, when its heading does not say: the whole phrase."""
        if counts or (number.amount is not None and not number.unit):
            return f"{escape(capitalised(caption_text(number)))}."
        return ""

    def part(self, number: Number) -> str:
        """ "14 of the 44 economists polled, about a third", linked to the whole, with how much of it
        the figure is in words; "" for a figure that is no part."""
        whole = self.dossier.number_by_id.get(number.part_of) if number.part_of else None
        if whole is None:
            return ""
        share = share_of(number, whole)
        told = f"{as_part(number)} of the {caption_text(whole)}"
        return f"[{escape(told)}](#{whole.id})" + (f", {share}" if share else "")

    def whole(self, number: Number) -> str:
        """What the whole is of a figure whose heading already reads "7 of 12 jurors": how much of it
        the figure is, and what it counts, linked: "more than half of the [12 jurors who decided
        the case](#...)". ``part`` began "7 of the 12 jurors" again, under "7 of 12 jurors"."""
        whole = self.dossier.number_by_id.get(number.part_of) if number.part_of else None
        if whole is None:
            return ""
        linked = f"[{escape(caption_text(whole))}](#{whole.id})"
        share = share_of(number, whole)
        return f"{share} of the {linked}" if share else f"the {linked}"

    def according_to(self, page: str, number: Number, notes: Footnotes) -> str:
        """Who gives a figure and where it is reported, in one line: the actors who state it "in" the
        sources, the source itself with its marker, or the source that reports it and "does not say
        where this figure comes from"."""
        label, who = self.stated_by(page, number)
        if number.unattributed:
            return self.unnamed(number, notes)
        if label == "According to" and number.cite:
            # The source's own authors or outlet give it: its marker follows their name, and only
            # other sources are named.
            first = number.cite[0].source
            own = [c for c in number.cite if c.source == first]
            others = [c for c in number.cite if c.source != first]
            # Markers are numbered in reading order: the source's own first.
            marker = notes.cite(self.dossier, own)
            return who + marker + (f"; also {notes.named(self.dossier, others)}" if others else "")
        return f"{who}, in {notes.named(self.dossier, number.cite)}" if number.cite else who

    def unnamed(self, number: Number, notes: Footnotes) -> str:
        """A figure whose source names no one for it: "the article *Lake bursts*[^3], which does not
        say where this figure comes from", as the overview's card says it ("no one named in *Lake
        bursts*" read as if the site kept a name back)."""
        by_source: dict[str, list[Citation]] = {}
        for citation in number.cite:
            by_source.setdefault(citation.source, []).append(citation)
        dossier = self.dossier
        reporters = [
            quantities.reporter(dossier.source_by_id[source_id], dossier.meta.language)
            + notes.cite(dossier, cited)
            for source_id, cited in by_source.items()
        ]
        does = "does" if len(reporters) == 1 else "do"
        return f"{and_joined(reporters)}, which {does} not say {quantities.WHERE_FROM}"

    def stated_by(self, page: str, number: Number) -> tuple[str, str]:
        """Who states a figure: its ``stated_by`` actors, else its first source's authors or outlet."""
        return quantities.stated_by(self.dossier, page, number)

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
            years = (Group("", (self.event(page, only, notes, under_year=False),)),)
            standing = self.where_things_stand(page, notes)
            return TimelineView(
                title=SECTION_TITLES["timeline"],
                precision=self.precision_note(),
                intro=self.timeline_intro(standing, "The story records one event."),
                years=years,
                **standing,
                footnotes=tuple(notes.definitions),
                part_of=self.story.part_of(page),
            )
        by_year: dict[int, list[Fact]] = {}
        for event in events:
            by_year.setdefault(PartialDate.parse(event.date).year, []).append(self.event(page, event, notes))
        # Its notes are numbered after the events'.
        standing = self.where_things_stand(page, notes)
        return TimelineView(
            title=SECTION_TITLES["timeline"],
            precision=self.precision_note(),
            intro=self.timeline_intro(standing),
            years=tuple(Group(str(y), tuple(facts), anchor=f"year-{y}") for y, facts in by_year.items()),
            **standing,
            footnotes=tuple(notes.definitions),
            part_of=self.story.part_of(page),
        )

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
        return {"still_open": doubt, "next_up": what_may_happen(self.story, page, notes)}

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

    def event(self, page: str, event: Event, notes: Footnotes, *, under_year: bool = True) -> Fact:
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
        # Under its year's heading, a date that is only that year would say the year twice.
        same_year = under_year and date == str(PartialDate.parse(event.date).year)
        title = escape(typographic(event.title))
        heading = title if same_year else f"{date}: {title}"
        # Markers end a description; on a "Source:" line of their own, the sources are named.
        cite = notes.cite(self.dossier, event.cite) if body else notes.named(self.dossier, event.cite)
        return Fact(heading, cite, event.id, tuple(details), body)

    def claims(self) -> ClaimsView:
        """Each claim under who makes it, so one speaker's claims sit together under one heading that
        says who the speaker is; in the order each speaker first appears."""
        page = urls.section(self.slug, "claims")
        notes = Footnotes(page)
        by_speaker: dict[tuple[str, ...], list[Claim]] = {}
        for claim in self.dossier.claims:
            by_speaker.setdefault(() if claim.unattributed else tuple(claim.claimants), []).append(claim)
        # A status tells a reader something only where claims differ in it: one shared by every claim
        # is said once, above them.
        statuses = {status_phrase(c, self.dossier) for c in self.dossier.claims}
        shared = statuses.pop() if len(statuses) == 1 and len(self.dossier.claims) > 1 else ""
        # Footnotes are numbered as the page shows the claims: speaker by speaker.
        groups = tuple(
            self.speaker(page, ids, tuple(self.claim(page, c, notes, with_status=not shared) for c in claims))
            for ids, claims in by_speaker.items()
        )
        return ClaimsView(
            title=SECTION_TITLES["claims"],
            groups=groups,
            status=f"Every claim here is {shared}." if shared else "",
            census=self.claims_census(bool(shared)),
            footnotes=tuple(notes.definitions),
            part_of=self.story.part_of(page),
        )

    def claims_census(self, shared: bool) -> str:
        """The claims page's opening: how many claims from how many speakers, and how many are
        settled, in doubt or views ("Seven claims from five speakers and reports naming no one: one
        established by a court or an official record, [one disputed](#...), ..."), as BBC's "what
        we know" separates what is established from what one side says. Statuses every claim shares
        are said after the legend (``shared``); one claim needs no count."""
        claims = self.dossier.claims
        if len(claims) < 2:
            return ""
        speakers = len({i for c in claims if not c.unattributed for i in c.claimants})
        unnamed = any(c.unattributed for c in claims)
        sources = [counted(speakers, "speaker")] if speakers else []
        if unnamed:
            sources.append("reports naming no one")
        held = f"{capitalised(counted(len(claims), 'claim'))} from {and_joined(sources)}"
        if shared:
            return f"{held}."
        own = {c.id for c in claims if own_account(c, self.dossier)}
        return f"{held}: {and_joined(census(claims, lambda c: f'#{c.id}', own))}."

    def speaker(self, page: str, ids: tuple[str, ...], claims: tuple[Fact, ...]) -> Group:
        """The heading of one speaker's claims (linked names), and who a lone speaker is."""
        if not ids:
            return Group(
                f"What {NAMING_NO_ONE[0].lower()}{NAMING_NO_ONE[1:]}", claims, anchor="said-by-no-one-named"
            )
        speakers = [self.dossier.actor_by_id[i] for i in ids]
        heading = and_joined([self.story.actor_link(page, a) for a in speakers])
        anchor = "said-by-" + "-".join(ids)
        taken = {c.id for c in self.dossier.claims}
        return Group(
            heading,
            claims,
            anchor="" if anchor in taken else anchor,
            note=self.story.role(speakers[0], claims=False) if len(ids) == 1 else "",
        )

    def claim(self, page: str, claim: Claim, notes: Footnotes, *, with_status: bool = True) -> Fact:
        # The statement comes first on the page: an actor it links is named, not linked again, below.
        linked: set[Target] = set()
        statement = self.prose.inline(claim.statement, page=page, linked=linked)
        status = capitalised(status_phrase(claim, self.dossier))
        # A disputed or denied claim's note says who holds otherwise: told as its status, as actor
        # pages tell it ("Denied: ... the army denies it"). "Disputed by another source", with the
        # note two lines below it, left a reader asking which source.
        contested = claim.status in CONTESTED and bool(claim.note)
        if contested and claim.note:
            heading = STATUS_WORDS[claim.status].heading
            status = f"{heading}: {self.prose.inline(claim.note, page=page, linked=linked)}"
        details = [("Status", status)] if with_status else []
        # "About" names whom the claim concerns where its statement does not: "About: Varga family"
        # under a statement that links "the Vargas" told the reader nothing new.
        # Nor the speaker, under whose name the claim is listed ("their own account").
        about = [i for i in claim.about if Target("actor", i) not in linked and i not in claim.claimants]
        if about:
            details.append(("About", self.story.actor_links(page, about, linked=linked)))
        if claim.date:
            details.append(("When", when(claim.date)))
        details.append(
            ("Evidence" if any(c.evidence for c in claim.cite) else "Source", self.evidence(claim, notes))
        )
        if claim.note and not (contested and with_status):
            details.append(("Note", self.prose.inline(claim.note, page=page, linked=linked)))
        speakers = [self.dossier.actor_by_id[i] for i in claim.claimants]
        said = "Reported" if claim.unattributed else capitalised(says_claim(claim, speakers))
        said += quantities.relayed(self.dossier, page, claim.via)
        # Each source is named beside its own words, with its footnote: no marker after the claim.
        return Fact(f"**{said}:** {statement}", "", claim.id, tuple(details))

    def evidence(self, claim: Claim, notes: Footnotes) -> str:
        """A claim's evidence, source by source: the source's own words, then which source it is
        and its footnote: “...”; “...” (Associated Press)[^1]; “...” (NPR)[^2]."""
        language = self.dossier.meta.language
        by_source: dict[str, list[Citation]] = {}
        for citation in claim.cite:
            by_source.setdefault(citation.source, []).append(citation)
        parts = []
        for source_id, cited in by_source.items():
            source = self.dossier.source_by_id[source_id]
            words = "; ".join(quotation(c, source, language) for c in dict.fromkeys(cited) if c.evidence)
            name = source_name(source, language)
            marker = notes.cite(self.dossier, cited)
            # Each source in a span of its own, so its marker is never shown as following another's.
            parts.append(
                f"<span>{words} ({name}){marker}</span>" if words else f"<span>{name}{marker}</span>"
            )
        return "; ".join(parts)

    def sources(self) -> SourcesView:
        page = urls.section(self.slug, "sources")
        facts = []
        citing_by_source = self.xref.citing
        # The story's own sources first, then background reading; each by how many facts cite it.
        ordered = sorted(
            self.dossier.sources,
            key=lambda s: (s.background, -len(citing_by_source.get(s.id, [])), s.title.casefold(), s.id),
        )
        for source in ordered:
            details: list[tuple[str, str]] = [("", what_source(source))]
            if source.url:
                details.append(("Address", address(source.url)))
            if source.reprint_of:
                details.append(("Reprint of", _original(source)))
            if source.text_from:
                details.append(("Text checked against", f"a copy at {address(source.text_from)}"))
            if source.accessed:
                details.append(("Read on", day(source.accessed)))
            citing = []
            actors = {urls.actor(self.slug, a.id): a for a in self.dossier.actors}
            for fact in self.xref.citing.get(source.id, []):
                link = f"[{escape(fact.label)}]({href(page, fact.page, fact.anchor)})"
                quote = quotation(fact.citation, source, self.dossier.meta.language)
                evidence = f": {quote}" if quote else ""
                # What a reader calls what cites it: a person or a place, a figure (not "actor", "number").
                actor = actors.get(fact.page) if fact.noun == "actor" else None
                noun = kind_noun(actor.kind) if actor else READER_NOUNS.get(fact.noun, fact.noun)
                citing.append(f"{capitalised(noun)}: {link}{evidence}")
            note = self.prose.block(source.note, page=page) if source.note else ""
            facts.append(
                Fact(
                    title(source, self.dossier.meta.language),
                    "",
                    source.id,
                    tuple(details),
                    note,
                    tuple(citing),
                )
            )
        return SourcesView(
            title=SECTION_TITLES["sources"], sources=tuple(facts), part_of=self.story.part_of(page)
        )


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
