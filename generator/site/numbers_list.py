"""The view of a dossier's numbers page: every figure, side by side where sources differ, each with who
states it and an anchor the rest of the site links to."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from generator.format.conflicts import Comparison, compare, current
from generator.format.model import Citation, Number
from generator.site import charts, official, quantities, urls
from generator.site.against import baseline_of, linked_baseline
from generator.site.alternatives import alternative_of, linked
from generator.site.citations import Footnotes
from generator.site.grammar import (
    as_part,
    caption_text,
    changed_figure,
    changed_from,
    figure,
    is_plural,
    share_of,
)
from generator.site.listing import Listing
from generator.site.markup import cell_label, escape, href, typographic
from generator.site.story import SECTION_TITLES
from generator.site.tallies import adding_up, tallied
from generator.site.trends import agreement, disagreement, rate_periods, series_note
from generator.site.upcoming import forecast, in_force, set_for
from generator.site.views import (
    Fact,
    Group,
    NumbersView,
    and_joined,
    capitalised,
    counted,
    period_text,
    published,
    when,
)


def comparison_note(compared: Comparison) -> str:
    """What the figures of one quantity side by side, not a series (``trends.series_note``), show a
    reader: how far apart figures that disagree are, or why figures that differ can all be true."""
    if not compared.conflicts:
        return agreement(compared.numbers)
    # Figures of one period that disagree, and beside them a rate of another (``trends.rate_periods``).
    return " ".join(s for s in (disagreement(compared), rate_periods(compared.numbers)) if s)


def revision_chains(revised: Sequence[tuple[Number, Number]]) -> list[list[Number]]:
    """The ``(old, new)`` revisions of a comparison as chains, each a figure then every figure that
    revised it in turn: 632, then 1,037, then 2,012. A figure is revised by at most one other (rule
    ``number-revises``), so each chain is a line, in the order its first revision comes."""
    following = {id(old): new for old, new in revised}
    revising = {id(new) for _, new in revised}
    chains = []
    for old, _ in revised:
        if id(old) in revising:
            continue
        chain = [old]
        while (new := following.get(id(chain[-1]))) is not None:
            chain.append(new)
        chains.append(chain)
    return chains


# the numbers page's opening; more are counted.
NAMED_DISPUTES = 3
# The fewest dated figures of one quantity drawn as a chart: two are told in a sentence ("rose from
# 632 to 2,960").
SERIES_CHART = 3


class NumbersList(Listing):
    """Builds the view of one story's numbers page."""

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
            note = chart = ""
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
                # A figure since revised is told as revised, after what the figures that stand show.
                standing = current(compared.numbers)
                ahead = {n.id for n in numbers if forecast(self.dossier, n)}
                # (decided for a later day, by a law, a deal or a budget: set to go there)
                settled = {n.id for n in numbers if in_force(self.dossier, n) or set_for(self.dossier, n)}
                if len(standing) < len(compared.numbers):
                    # The series is of the standing figures; a running total's first count, since
                    # raised, is still where it began (``trends.trend``).
                    note = (
                        series_note(compared.numbers, ahead, settled)
                        if serial
                        else comparison_note(compare(standing))
                    )
                    note = " ".join(
                        s for s in (note if len(standing) > 1 else "", *self.revised(page, compared)) if s
                    )
                else:
                    note = series_note(numbers, ahead, settled) if serial else comparison_note(compared)
                if any(forecast(self.dossier, n) for n in numbers):
                    # "The same count at different dates" read a forecast as a count already made.
                    note += " A figure “forecast for” a time after its report is expected, not measured."
                if body := official.one_body(self.dossier, numbers):
                    # Said once, above the table, not "(official figure)" on every row.
                    link = self.story.actor_link(page, self.dossier.actor_by_id[body], mid_sentence=True)
                    kind = official.noun(self.dossier, numbers[0]).split()[-1]
                    target = link[link.rfind("](") :]
                    if target in note:
                        # Named by the sentence that tells its revision, the body is "its": "The Port
                        # Board revised its figure ... All these figures are official, from the Port
                        # Board" named it twice in two lines.
                        every = "Both" if len(numbers) == 2 else "All"
                        note += f" {every} are its official {kind}s."
                    else:
                        note += f" All these {kind}s are official, from {link}."
                replaced = {id(old) for old, _ in compared.revised}
                comparison = self.side_by_side(
                    page, compared.numbers, notes, marked=not body, replaced=replaced
                )
                # Each figure is met once, in its row; below the table only what a row cannot hold.
                figures = tuple(
                    remark
                    for n in compared.numbers
                    if (remark := self.remark(page, n, not shared)) is not None
                )
                # A series with no figures that disagree is drawn too, under its table.
                if compared.series and not compared.conflicts:
                    chart = self.series_chart(compared.numbers, heading, replaced)
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
                    chart=chart,
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

    def series_chart(self, numbers: Sequence[Number], title: str, replaced: set[int]) -> str:
        """A series of ``SERIES_CHART`` dated figures or more drawn as bars by date under its table
        (``charts.bar_chart``): a toll that rose over days reads at a glance, as on the page of
        figures across stories, where a table of dates and values had to be read row by row. Each
        bar says its date, who gives it when more than one party does (where that changes), and "since
        revised" for a figure a later one replaced; a forecast is an outline."""
        dated = [n for n in numbers if n.as_of or n.period]
        if len(dated) < SERIES_CHART:
            return ""
        parties = {tuple(n.stated_by) for n in dated}
        named = len(parties) > 1 and all(n.stated_by for n in dated)
        bars = []
        last: tuple[str, ...] = ()
        for number in dated:
            label = [quantities.bar_date(self.dossier, number)]
            # Who gives it, on the first bar and wherever that changes: the same body on every row
            # made each label two lines.
            if named and tuple(number.stated_by) != last:
                label.append(and_joined([self.dossier.actor_by_id[a].name for a in number.stated_by]))
            last = tuple(number.stated_by)
            if id(number) in replaced:
                label.append("since revised")
            bars.append(charts.Bar(" · ".join(label), number, forecast=forecast(self.dossier, number)))
        return charts.bar_chart(bars, key=f"{numbers[0].id}-chart", title=title)

    def revised(self, page: str, compared: Comparison) -> list[str]:
        """Each body's revisions of a figure, in one sentence above the table that shows them: "The
        [electoral council] revised its figure from 44.2% to 43.18% on 2 August 2024." Told as a
        dispute, the earlier figure read as another source contradicting the body's own. A figure
        revised again reads as one change ("from 632 to 1,037, then to 2,012, on 9 September"), and a
        body's changes of other days join its sentence: a count raised three times in two days was
        three sentences, each naming the body again."""
        changes: dict[tuple[str, ...], list[str]] = {}
        for chain in revision_chains(compared.revised):
            new = chain[-1]
            body = tuple(new.stated_by) if new.stated_by and not new.unattributed else ()
            changes.setdefault(body, []).append(self.change(chain))
        told = []
        for body, said in changes.items():
            change = said[0] if len(said) == 1 else f"{'; '.join(said[:-1])}; and {said[-1]}"
            if body:
                actors = [self.dossier.actor_by_id[i] for i in body]
                names = and_joined(
                    [
                        self.story.actor_link(page, a, start=n == 0, mid_sentence=n > 0)
                        for n, a in enumerate(actors)
                    ]
                )
                its = "their" if len(actors) > 1 or is_plural(actors[0]) else "its"
                told.append(f"{names} revised {its} figure {change}.")
            else:
                told.append(f"The figure was revised {change}.")
        return told

    def change(self, chain: Sequence[Number]) -> str:
        """ "from 40 to 25 homes on 12 January 2024", or for a figure revised again "from 632 to
        1,037, then to 2,012 people, on 9 September 2023" (each step dated where the steps are of
        different days): the unit once, after the last figure (``changed_from``)."""
        steps = list(pairwise(chain))
        days = [self.revised_on(old, new) for old, new in steps]
        once = len(set(days)) == 1
        pieces = []
        for i, ((_, new), day) in enumerate(zip(steps, days, strict=True)):
            shown = changed_figure(new) if new is chain[-1] else changed_from(new, chain[-1])
            piece = f"{'then ' if i else ''}to {escape(shown)}"
            pieces.append(f"{piece} {day}" if day and not once else piece)
        change = f"from {escape(changed_from(chain[0], chain[-1]))} {', '.join(pieces)}"
        if once and days[0]:
            # "..., as reported on 14 November 2024": a report's day is said apart from the change.
            change += f"{',' if len(steps) > 1 or days[0].startswith('as ') else ''} {days[0]}"
        return change

    def revised_on(self, old: Number, new: Number) -> str:
        """When ``new`` revised ``old``: "on 2 August 2024" (its own date, where it is later), else the
        day its first report was published: "on 9 March 2021" where the figure holds for that very
        day ("in January 2024" for a day of the report's month), else "as reported on 14 May 2022".
        A report's day is when the revision was known, not when it was made: "revised ... to $12.6
        billion on 14 May 2022" dated a forecast of April by a later answer that quoted it. A
        forecast's own date is after its report, when it was not revised: its report's day is told.
        "" when neither is known."""
        dates = [
            str(source.published)
            for citation in new.cite
            if (source := self.dossier.source_by_id.get(citation.source)) is not None and source.published
        ]
        first = min(dates) if dates else ""
        # Compared at the report's precision: a day of the report's month is not after it.
        if new.as_of and new.as_of != old.as_of and not (first and new.as_of[: len(first)] > first):
            date = new.as_of
            return f"{'on' if len(date) == 10 else 'in'} {when(date)}"
        if not first:
            return ""
        day = f"{'on' if len(str(first)) == 10 else 'in'} {published(first)}"
        # Figures of one day in a report of that day, or of its month: the revision was then.
        return day if new.as_of and new.as_of.startswith(first) else f"as reported {day}"

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

    def side_by_side(
        self,
        page: str,
        numbers: Sequence[Number],
        notes: Footnotes,
        *,
        marked: bool = True,
        replaced: set[int] | None = None,
    ) -> tuple[Fact, ...]:
        """The rows of a quantity's table of figures, each cell short enough for a phone's line:
        who gives the figure, and its date and period where any figure of the table has one (a
        column of "not given" tells a reader nothing). The details' labels are the columns.
        ``marked``: whether a row says it is an official figure (not when the note above says all are);
        ``replaced``: the ``id()`` of each figure since revised, whose row says so."""
        dated = any(n.as_of for n in numbers)
        timed = any(n.period and period_text(n.period) for n in numbers)
        rows = []
        for n in numbers:
            # Who gives the figure and where it is reported are one cell: its markers follow the name.
            who = (
                quantities.UNNAMED_CELL
                if n.unattributed
                else cell_label("according to")
                + self.stated_by(page, n)[1]
                + (official.cell(self.dossier, n) if marked else "")
                + (" (since revised)" if replaced and id(n) in replaced else "")
            )
            details = [("According to", who + notes.cite(self.dossier, n.cite))]
            ahead = forecast(self.dossier, n)
            if dated:
                details.append(
                    (
                        "As of",
                        # Said in the cell itself, under the desktop's "As of" too: a forecast's date.
                        (
                            f"forecast for {when(n.as_of)}"
                            if ahead
                            else quantities.imposed(self.dossier, n) or cell_label("as of") + when(n.as_of)
                        )
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
            # A penalty is dated by the day it was imposed: "Imposed: 28 March 2024"; a count of
            # those at one occasion by its day, which it does not hold "as of".
            label = capitalised(quantities.imposed_verb(self.dossier, number)) or (
                "Date" if quantities.at_one_occasion(self.dossier, number) else "As of"
            )
            details.append(("Forecast for" if ahead else label, when(number.as_of)))
        if reported := quantities.reported(self.dossier, number):
            details.append(("Reported", reported))
        if number.period and period_text(number.period):
            forecast_period = ahead and not number.as_of
            details.append(("Forecast over" if forecast_period else "Period", period_text(number.period)))
        if whole := self.whole(number):
            details.append(("Part of", whole))
        if told := alternative_of(self.dossier, number):
            # Either figure of a rule that gives two: "Or: $2 million, whichever is higher".
            other, whichever = told
            details.append(
                ("Or", f"{linked(self.dossier, other, page, number)}, whichever is {whichever.value}")
            )
        if (baseline := baseline_of(self.dossier, number)) is not None:
            # What the figure compares with: "Against: 3.1% of people given a placebo".
            details.append(("Against", linked_baseline(self.dossier, baseline, page)))
        if parts := adding_up(self.dossier, number.id):
            # A whole its parts add up to is told with them, as a vote's tally: "Of them: 523 voted
            # for the law, 46 voted against the law and 49 abstained".
            details.append(("Of them", escape(tallied(parts, number))))
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
            # "6 of the 20 cases, nearly a third.": "Part of [6 of the 20 cases]" said it twice.
            said.append(f"[{capitalised(part[1:])}." if part.startswith("[") else f"{capitalised(part)}.")
        if (baseline := baseline_of(self.dossier, number)) is not None:
            said.append(f"Against {linked_baseline(self.dossier, baseline, page)}.")
        said.append(self.prose.block(number.note, page=page) if number.note else "")
        body = " ".join(s for s in said if s)
        # The row's date names it: a count given at several dates can repeat a figure ("15 people"
        # on 17 October and on 20 December), and a remark must say which row it is under.
        label = figure(number)
        if number.as_of:
            held = quantities.imposed(self.dossier, number)
            told = "forecast for" if forecast(self.dossier, number) else "as of"
            dated = held or f"{told} {when(number.as_of)}"
            # A remark that opens on the figure ("About 300 workers, union members who ...") is
            # named by its date alone: "About 300 workers as of 2 May: About 300 workers, ..." said
            # the figure twice in one line, under a table that gives it a third time.
            label = dated if body.casefold().startswith(escape(label).casefold()) else f"{label} {dated}"
        return Fact(f"**{escape(capitalised(label))}:**", body=body) if body else None

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
        whose figure it is"."""
        label, who = self.stated_by(page, number)
        who += official.cell(self.dossier, number)
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
        if number.cite and all(self.own_source(number, c.source) for c in number.cite):
            # "According to: the Bank of England, in Bank of England" named the body twice: its own
            # publication gives the figure, and its marker follows its name.
            return who + notes.cite(self.dossier, number.cite)
        return f"{who}, in {notes.named(self.dossier, number.cite)}" if number.cite else who

    def own_source(self, number: Number, source_id: str) -> bool:
        """Whether the source ``source_id`` is published by the one actor that states ``number``, or
        is a copy of its own publication ("According to: Valley Institute, in Valley Institute via
        Lake Chamber" named the body twice; its marker names the copy)."""
        source = self.dossier.source_by_id.get(source_id)
        actor = self.dossier.actor_by_id.get(number.stated_by[0]) if len(number.stated_by) == 1 else None
        if source is None or actor is None:
            return False
        names = {" ".join(n.casefold().split()) for n in (actor.name, *actor.aliases)}
        original = source.reprint_of.publisher if source.reprint_of else None
        return any(" ".join(p.casefold().split()) in names for p in (source.publisher, original) if p)

    def unnamed(self, number: Number, notes: Footnotes) -> str:
        """A figure whose source names no one for it: "the article *Lake bursts*[^3], which does not
        say whose figure it is", as the overview's card says it ("no one named in *Lake bursts*"
        read as if the site kept a name back)."""
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
