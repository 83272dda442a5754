"""Quantities across stories: the same ``quantity:`` id in two dossiers of a site names the same
quantity, so their figures are shown side by side, with dates.

A story's Numbers page lists, under each quantity, the figures the other stories give for it; the
site-wide page (``quantities.md``, one page for the site, when it holds more than one story) lists
every quantity that two or more stories report, as a table and a small static chart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.format.dates import PartialDate
from generator.format.dossier import Dossier
from generator.format.model import Number, Source, SourceKind
from generator.site import charts, citations, official, paging, urls
from generator.site.across import Across, Figure, comparable
from generator.site.grammar import figure as figure_text
from generator.site.grammar import in_sentence, penalty_dated, says_imposed, takes_the
from generator.site.markup import cell_label, escape, escape_title, href
from generator.site.roles import judges
from generator.site.shortname import shortened
from generator.site.trends import across_note, running_words
from generator.site.upcoming import forecast, in_force, set_for
from generator.site.views import (
    Fact,
    QuantitiesView,
    Quantity,
    and_joined,
    capitalised,
    counted,
    period_text,
    published,
    the_stories,
    when,
)

PATH = "quantities.md"
TITLE = "Figures across stories"


# A year among an id's first two words ends a name that keeps the id apart from other stories'
# ("halden-2031-people-evacuated"), not words for a reader.
_NAMESPACE_YEAR = re.compile(r"(?:19|20)\d\d")


def quantity_heading(quantity: str | None, wording: Sequence[str] = ()) -> str:
    """A quantity id as a heading: "people-evacuated" -> "People evacuated". A word the figures'
    own ``wording`` writes with capitals keeps them: "handed-over-to-china" -> "... to China". A
    story's name and year that open the id are left out: "halden-2031-people-evacuated" -> "People
    evacuated", where "Halden 2031 people evacuated" read as a count of 2,031."""
    spelled = {
        word.casefold(): word for text in wording for word in re.findall(r"\w+", text) if word != word.lower()
    }
    words = (quantity or "").split("-")
    for place, word in enumerate(words[:2]):
        if _NAMESPACE_YEAR.fullmatch(word) and len(words) - place > 2:
            words = words[place + 1 :]
            break
    return capitalised(" ".join(spelled.get(word.casefold(), word) for word in words))


def heading(quantity: str, numbers: Sequence[Number]) -> str:
    """What every figure counts when they word it alike; what the latest counts when each of the
    others is one it revised; else the quantity's id in words. A body that revised its figure words
    each the way it counted then ("cards first said to be stolen", "cards found stolen"): the id in
    words, "Harbour cards stolen", read the story's short name as part of what is counted."""
    counts = sorted({n.counts for n in numbers})
    if len(counts) == 1:
        return capitalised(counts[0])
    revised = {n.revises for n in numbers if n.revises}
    current = [n for n in numbers if n.id not in revised]
    if len(current) == 1 and all(n.id in revised for n in numbers if n is not current[0]):
        return capitalised(current[0].counts)
    return quantity_heading(quantity, counts)


def anchor(quantity: str) -> str:
    """The quantity's anchor on the site-wide page."""
    return f"quantity-{quantity}"


# Said of a figure whose source names no one for it: "gives" (who gives it) read as insider talk,
# and "where this figure comes from" as if the site did not know its own source.
WHERE_FROM = "whose figure it is"
UNNAMED = f"the source does not say {WHERE_FROM}"
# The same in a table's "According to" cell, short enough for a phone's line: "no one named" read
# as if the site kept a name back.
UNNAMED_CELL = "the source does not say"

# What a source is called before its title, when a figure is the source's own and it names no outlet:
# "according to *Lake bursts above town*" read as if a title were a person.
SOURCE_NOUNS = {
    SourceKind.ARTICLE: "the article",
    SourceKind.REPORT: "the report",
    SourceKind.LAW: "the law",
    SourceKind.WEBSITE: "the website",
    SourceKind.DATASET: "the dataset",
}


def untitled_source(source: Source, language: str) -> str:
    """A source with no outlet, by what it is and its title: "the article *Lake bursts above town*"."""
    return f"{SOURCE_NOUNS.get(source.kind, 'the source')} {citations.name(source, language)}"


def reporter(source: Source, language: str) -> str:
    """A source as the one that reports a figure: its outlet, else what it is and its title
    ("the article *Lake bursts above town*")."""
    return citations.name(source, language) if source.publisher else untitled_source(source, language)


def unnamed_reporters(dossier: Dossier, number: Number) -> str:
    """Who reports a figure whose source names no one for it, and that it does not say whose it is:
    "The Valley Courier, which does not say whose figure it is"; "the article *Lake bursts* and Valley
    Wire, which do not say ...". A card's "the source does not say where this figure comes from"
    left the reader asking which source, and the numbers page named it."""
    sources = [dossier.source_by_id[s] for s in dict.fromkeys(c.source for c in number.cite)]
    reporters = [reporter(source, dossier.meta.language) for source in sources]
    does = "does" if len(reporters) == 1 else "do"
    return f"{and_joined(reporters)}, which {does} not say {WHERE_FROM}"


def stated_by(
    dossier: Dossier,
    page: str,
    number: Number,
    *,
    mid_sentence: bool = False,
    short: bool = False,
    outlet: bool = False,
) -> tuple[str, str]:
    """Who states a figure: its ``stated_by`` actors, else its first source's authors or outlet;
    ``mid_sentence`` for names read inside a sentence ("according to the army"); ``short`` for a
    dense line (a card), where a long official name is named short (``shortname``), in full in the
    link's title; ``outlet`` for a card's own figure: a source's outlet without its reporters."""
    if number.unattributed:
        return ("Stated by", UNNAMED)
    if number.stated_by:
        links = [
            _actor_link(dossier, page, i, mid_sentence=mid_sentence, short=short) for i in number.stated_by
        ]
        return ("Stated by", and_joined(links) + relayed(dossier, page, number.via))
    source = dossier.source_by_id.get(number.cite[0].source) if number.cite else None
    if outlet and source is not None and source.publisher:
        # A card names the outlet: its reporters' names, on every card of a one-report story,
        # filled more of it than the figure did. The numbers page and the sources name them.
        return ("According to", reporter(source, dossier.meta.language))
    if source is not None and source.authors:
        authors = and_joined([escape(a) for a in source.authors])
        return ("According to", f"{authors}, in {escape(source.publisher)}" if source.publisher else authors)
    if source is not None:
        # The report itself, by its outlet or else what it is and its title: "not named" would leave
        # a reader asking by whom.
        return ("According to", reporter(source, dossier.meta.language))
    return ("Stated by", "not named")


def _actor_link(dossier: Dossier, page: str, actor_id: str, *, mid_sentence: bool, short: bool) -> str:
    actor = dossier.actor_by_id[actor_id]
    target = href(page, urls.actor(dossier.slug, actor_id))
    brief = shortened(actor, dossier.meta.summary) if short else actor
    if brief is not actor:
        target += f' "{escape_title(actor.name)}"'
    the = "the " if mid_sentence and takes_the(brief) else ""
    return f"{the}[{escape(in_sentence(brief) if mid_sentence else brief.name)}]({target})"


def reported(dossier: Dossier, number: Number) -> str:
    """When a figure with no date of its own was first reported: the earliest publication date of
    the sources it cites, as precise as it is known ("27 June 2024", "June 2024"); "" when the figure
    has a date or a period, or no cited source is dated. A reader asks "as of when?" of every figure,
    and the day it was reported bounds the answer."""
    if number.as_of or number.period:
        return ""
    dates = [
        source.published
        for citation in number.cite
        if (source := dossier.source_by_id.get(citation.source)) is not None and source.published
    ]
    return published(min(dates, key=str)) if dates else ""


def attribution(
    dossier: Dossier, page: str, number: Number, *, short: bool = False, previous: Number | None = None
) -> list[str]:
    """Who gives a figure and as of when, as phrases to follow it in a sentence: ["according to
    Jon Pell, in the Halden Courier", "as of 14 May 2019"], or "reported 14 May 2019" for a
    figure with no date of its own; nothing for a speaker the source does not name. ``short``: as
    for ``stated_by``; then a figure from the same report as the ``previous`` one said just before
    it is "according to the same report", its outlet and day said once."""
    label, who = stated_by(dossier, page, number, mid_sentence=True, short=short, outlet=short)
    told = [official.according(dossier, number, who)] if number.stated_by or label == "According to" else []
    held = dated(dossier, number, after_counts=True)
    if held:
        told.append(held)
    elif date := reported(dossier, number):
        told.append(f"reported {date}")
    if short and previous is not None and _same_report(number, previous):
        kind = dossier.source_by_id[number.cite[0].source].kind
        same = [f"according to the same {SAME_NOUNS.get(kind, 'source')}"]
        same += [held] if held else []
        # Only where it is shorter: "according to Wikipedia" says more than "the same source".
        if len(plain_words(same)) < len(plain_words(told)):
            return same
    return told


# How a figure a law sets from a later day is dated: "8%, in force from 1 July 2026".
IN_FORCE = "in force from"
# How a figure a deal, a budget or a board has decided for a later day is: "$40 an hour, set for
# April 2028".
SET_FOR = "set for"


def imposed(dossier: Dossier, number: Number, *, after_counts: bool = False) -> str:
    """When a penalty was imposed (``grammar.penalty_dated``), for a figure dated ``as_of``: "imposed
    on 28 March 2024", "ordered on 28 March 2024", "set in December 2022"; the day alone for a count
    of those at one occasion (``at_one_occasion``): "on 28 March 2024"; "" for any other figure.
    A sentence or a fine does not hold "as of" a day, as a count does: it was imposed on it.
    ``after_counts``: said just after what the figure counts, whose own words may say the verb
    ("assets he was ordered to forfeit"): then the day alone, "on 28 March 2024"."""
    if number.as_of and at_one_occasion(dossier, number):
        return f"{'on' if PartialDate.parse(number.as_of).day else 'in'} {when(number.as_of)}"
    verb = imposed_verb(dossier, number)
    if not verb or not number.as_of:
        return ""
    if verb in {IN_FORCE, SET_FOR}:
        return f"{verb} {when(number.as_of)}"
    on = "on" if PartialDate.parse(number.as_of).day else "in"
    said = "" if after_counts and says_imposed(number) else f"{verb} "
    return f"{said}{on} {when(number.as_of)}"


# Words that say a figure counts those present at one occasion: "people on board", "guests who
# attended the gala", "members present at the vote". Who was there does not change after the day, as
# a tally kept since a start may ("cases so far"): "300 people on board, as of 3 May" read as if more
# might board later. Not those still or yet there ("crew still aboard"), a state that goes on.
_PRESENT = re.compile(
    r"\b(?:on board|aboard|attended|attending|attendees|in attendance|present (?:at|for|in))\b", re.IGNORECASE
)
_STILL = re.compile(r"\b(?:still|remain|remains|remained|remaining|yet|left)\b", re.IGNORECASE)


def at_one_occasion(dossier: Dossier, number: Number) -> bool:
    """Whether ``number`` counts those present at one occasion (``_PRESENT``), on the day it is dated:
    it is told "on 5 May 2024", not "as of" it. Not a figure of a series (a ``quantity`` another
    figure of the story shares, a revision or one revised), which holds as of each date; nor one of a
    span of time (``per``, ``period``) or a running tally (``trends.running_words``), nor a forecast
    of who will be there."""
    if not number.as_of or number.per is not None or number.period is not None or number.revises:
        return False
    if forecast(dossier, number):
        return False
    if not _PRESENT.search(number.counts) or _STILL.search(number.counts) or running_words(number):
        return False
    series = [n for n in dossier.numbers if number.quantity is not None and n.quantity == number.quantity]
    return not any(other.revises == number.id for other in dossier.numbers) and len(series) < 2


def imposed_verb(dossier: Dossier, number: Number) -> str:
    """The verb that dates a penalty imposed, for a figure dated ``as_of``: "imposed", "ordered",
    "set" (``grammar.penalty_dated``; a court, a judge or a jury that gives it imposed it); "in force
    from" for a figure a law sets from a later day (``upcoming.in_force``); "set for" for one a deal
    or a budget has decided for a later day (``upcoming.set_for``); ""."""
    if not number.as_of:
        return ""
    if in_force(dossier, number):
        return IN_FORCE
    if set_for(dossier, number):
        return SET_FOR
    if forecast(dossier, number):
        return ""
    givers = [dossier.actor_by_id[i] for i in number.stated_by if i in dossier.actor_by_id]
    return penalty_dated(number, by_court=bool(givers) and all(judges(actor) for actor in givers))


# A year that straddles two, as budgets and seasons are named: "2028-29", "2028/29", "2028-2029",
# "2028 to 2029".
_SPLIT_YEAR = re.compile(r"\b((?:19|20)\d\d)\s*(?:-|–|/|to)\s*(\d\d(?:\d\d)?)\b")
# At most how many months a split year spans: a financial year, a season, a school year.
_SPLIT_YEAR_MONTHS = 12


def names_period(number: Number) -> bool:
    """Whether what ``number`` counts names its period as a split year: "borrowing in the financial
    year 2028-29" for April 2028 to March 2029, "the 2023/24 season" for August 2023 to May 2024.
    Only a period of at most a year within the two years named."""
    period = number.period
    if period is None or not period.start or not period.end:
        return False
    start, end = PartialDate.parse(period.start), PartialDate.parse(period.end)
    months = (end.year - start.year) * 12 + (end.month or 12) - (start.month or 1) + 1
    if end.year != start.year + 1 or months > _SPLIT_YEAR_MONTHS:
        return False
    for match in _SPLIT_YEAR.finditer(number.counts):
        first, second = int(match[1]), match[2]
        if first == start.year and (
            int(second) == end.year if len(second) == 4 else second == f"{end.year % 100:02d}"
        ):
            return True
    return False


def dated(dossier: Dossier, number: Number, *, after_counts: bool = False) -> str:
    """As of when a figure holds, to follow it in a sentence: "as of 1 August 2024", or over which
    period ("from 2000 to 2023": a card without it told a yearly average of 24 years as if of no
    time); for a forecast (``upcoming.forecast``) "forecast for 2026" or "forecast for July 2024 to
    December 2024"; for a penalty, when it was imposed (``imposed``, ``after_counts`` as there); ""
    for a figure with no date, or one whose words already say its date."""
    ahead = forecast(dossier, number)
    if number.as_of and not ahead and when(number.as_of) in number.counts:
        return ""  # "withdrawn on 9 March 2023, ..., as of 9 March 2023" told the day twice
    if after_counts and ahead and number.as_of and when(number.as_of) in number.counts:
        # "growth in 2030, the official forecast from the office, forecast for 2030": the year twice.
        return "" if number.official else "a forecast"
    if told := imposed(dossier, number, after_counts=after_counts):
        return told
    if number.as_of:
        return f"{'forecast for' if ahead else 'as of'} {when(number.as_of)}"
    spanned = period_text(number.period) if number.period else ""
    if after_counts and ahead and spanned and names_period(number):
        # "borrowing in the financial year 2028-29 (official forecast, forecast for April 2028 to
        # March 2029)": the year twice, the second time in months.
        return "" if number.official else "a forecast"
    if ahead and spanned:
        return f"forecast for {spanned}"
    if spanned and set_for(dossier, number):
        return f"{SET_FOR} {spanned}"  # "set for April 2028 to March 2029": a budget's year, decided
    if spanned and (spanned in number.counts or names_period(number)):
        return ""  # "lost from 2000 to 2023, from 2000 to 2023"
    return spanned if spanned.startswith(("from ", "until ")) else f"from {spanned}" if spanned else ""


# What "the same ..." calls a source a figure shares with the one before it, as a newspaper writes
# it: an article or a report is "the same report"; any other, "the same source".
SAME_NOUNS = {SourceKind.ARTICLE: "report", SourceKind.REPORT: "report"}


def plain_words(phrases: Sequence[str]) -> list[str]:
    """The words a reader reads in ``phrases`` of Markdown, link targets and titles left out."""
    return re.sub(r"\]\([^)]*\)", "]", " ".join(phrases)).split()


def _same_report(number: Number, previous: Number) -> bool:
    """Whether both figures are told on the word of the same source, no speaker named for either."""
    return (
        not (number.stated_by or previous.stated_by or number.unattributed or previous.unattributed)
        and bool(number.cite and previous.cite)
        and number.cite[0].source == previous.cite[0].source
    )


def relayed(dossier: Dossier, page: str, via: str | None) -> str:
    """ ", as quoted by [Norpress]" for a fact relayed by another actor; "" for none."""
    if via is None or via not in dossier.actor_by_id:
        return ""
    actor = dossier.actor_by_id[via]
    the = "the " if takes_the(actor) else ""
    return f", as quoted by {the}[{escape(in_sentence(actor))}]({href(page, urls.actor(dossier.slug, via))})"


def _as_of(number: Number) -> PartialDate | None:
    return PartialDate.parse(number.as_of) if number.as_of else None


def _held(number: Number) -> str:
    """ "1 August 2024", or "May to June 2024" for a figure of a period; "" for neither."""
    if number.as_of:
        return when(number.as_of)
    return period_text(number.period) if number.period else ""


def bar_date(dossier: Dossier, number: Number) -> str:
    """The date a chart's bar gives its figure: "1 August 2024", "May to June 2024", "forecast for
    2026" for a forecast (``dated``); "date not given" for none."""
    if forecast(dossier, number):
        return dated(dossier, number)
    return _held(number) or "date not given"


def _held_from(number: Number) -> PartialDate | None:
    """When a figure holds from: its ``as_of``, else the start of its ``period``."""
    date = number.as_of or (number.period.start if number.period else None)
    return PartialDate.parse(date) if date else None


def by_date(figures: Sequence[Figure]) -> list[Figure]:
    """Figures by date (a period's start for a figure of a period: a forecast for July to September
    2024 came after one for 2026), then undated ones; figures of one date keep the reading order."""
    dated = [f for f in figures if _held_from(f.number)]
    undated = [f for f in figures if not _held_from(f.number)]
    return sorted(dated, key=lambda f: _held_from(f.number) or PartialDate(0)) + undated


def in_date_order(numbers: Sequence[Number]) -> list[Number]:
    """Dated figures by date, then undated ones; figures of one date keep the reading order."""
    dated = [n for n in numbers if n.as_of]
    undated = [n for n in numbers if not n.as_of]
    return sorted(dated, key=lambda n: _as_of(n) or PartialDate(0)) + undated


def _links(page: str, found: Figure) -> tuple[str, str]:
    """The figure, linking to it in its story, and the story's title, linking to its overview."""
    dossier, number = found.dossier, found.number
    link = f"[{escape(figure_text(number))}]({href(page, urls.section(dossier.slug, 'numbers'), number.id)})"
    return link, f"[{escape(dossier.meta.title)}]({href(page, urls.overview(dossier.slug))})"


def row(page: str, found: Figure) -> Fact:
    """One figure as a table row: the figure (linking to it in its story; its qualifier is in its
    words), its date, who states it and the story."""
    dossier, number = found.dossier, found.number
    link, story = _links(page, found)
    # On a phone the header is hidden and a row reads as one line: each cell says what it is.
    label, who = stated_by(dossier, page, number, mid_sentence=True)
    # A forecast says so in its date cell, for a period too: "date not given" hid that it was one.
    held = dated(dossier, number) if forecast(dossier, number) else imposed(dossier, number)
    if not held and number.as_of:
        held = cell_label("as of") + when(number.as_of)
    elif not held:
        period = period_text(number.period) if number.period else ""
        held = cell_label("over") + period if period else cell_label("date") + "not given"
    return Fact(
        link,
        details=(
            ("As of", held),
            (
                label,
                who
                if number.unattributed
                else cell_label("according to") + who + official.cell(dossier, number) + _since(found),
            ),
            ("Story", cell_label("in") + story),
        ),
    )


def line(page: str, found: Figure) -> Fact:
    """One figure as a line of text that reads on a phone: the figure (its qualifier is in its words),
    as of when, who states it and in which story."""
    dossier, number = found.dossier, found.number
    link, story = _links(page, found)
    who = (
        UNNAMED
        if number.unattributed
        else official.according(dossier, number, stated_by(dossier, page, number, mid_sentence=True)[1])
    )
    held = dated(dossier, number)
    return Fact(f"{link}{', ' + held if held else ''}; {who}{_since(found)}; in {story}")


def _since(found: Figure) -> str:
    """ " (since revised)" after who gives a figure its own story's later figure revises, as the
    story's Numbers page marks its row; "" otherwise."""
    return " (since revised)" if found.revised else ""


# Other stories whose figures a story's Numbers page shows: the nearest in reading order. A quantity
# that hundreds of stories report (a running toll) keeps each page the same size; the site page has all.
NEAREST = 4


def elsewhere(across: Across, dossier: Dossier, quantity: str | None, page: str) -> tuple[Fact, ...]:
    """The figures the nearest other stories give for ``quantity``, by date, a line each, then how
    many more the site-wide page holds."""
    found, shown = _beside(across, dossier, quantity)
    lines = [line(page, f) for f in by_date(shown)]
    rest = len(found) - len(shown)
    if rest and quantity:
        everything = href(page, *location(across, quantity))
        lines.append(
            Fact(
                f"{capitalised(counted(rest, 'more figure', 'more figures'))} from other stories: "
                f"[all of them side by side]({everything})"
            )
        )
    return tuple(lines)


def _beside(
    across: Across, dossier: Dossier, quantity: str | None
) -> tuple[tuple[Figure, ...], list[Figure]]:
    """The figures other stories give for ``quantity``, and those a story's Numbers page shows: the
    nearest stories'. Each shown story is looked up in ``across.xrefs`` (always there): what a
    story's pages read of the others is read through it (see ``storycache``), the figures it does
    not show only counted."""
    found = across.elsewhere(dossier.slug, quantity)
    near = set(across.nearest(dossier.slug, (f.dossier.slug for f in found), NEAREST))
    return found, [f for f in found if f.dossier.slug in near and f.dossier.slug in across.xrefs]


def around(across: Across, dossier: Dossier, number: Number, page: str) -> str:
    """Under a key figure's card, where other stories give the same quantity: the latest of their
    figures dated before it and the earliest dated after, each with its date and story ("Earlier:
    [about $9 billion](...) as of 31 December 2022, in [The bank fails](...)."). The card alone told a
    reader of a later story the latest figure, not that an earlier story gave another: the series
    was on the numbers page only. "" when no other story gives a measured figure with a date."""
    held = _held_from(number)
    if held is None or forecast(dossier, number):
        return ""
    _, shown = _beside(across, dossier, number.quantity)
    measured = [f for f in by_date(shown) if _held_from(f.number) and not forecast(f.dossier, f.number)]
    before = [f for f in measured if (_held_from(f.number) or held) < held]
    after = [f for f in measured if (_held_from(f.number) or held) > held]
    told = []
    for label, found in (("Earlier", before[-1:]), ("Later", after[:1])):
        for figure in found:
            link, story = _links(page, figure)
            told.append(f"{label}: {link} {dated(figure.dossier, figure.number)}, in {story}.")
    return " ".join(told)


def together(across: Across, dossier: Dossier, quantity: str | None, numbers: Sequence[Number]) -> str:
    """What a story's figures for ``quantity`` and the other stories' beside them show together, as
    the site-wide page says it (``trends.across_note``): "Taken together with this story's, the
    figure rose from 3,850 people on 13 June 2023 to more than 6,000 people on 2 May 2024."
    The lines alone, the story's own figure above them, left a reader to work out a series. ""
    when some figures are not shown (the site-wide page tells those) or they show nothing together."""
    found, shown = _beside(across, dossier, quantity)
    if not shown or len(shown) < len(found):
        return ""
    # A forecast is no point of a series: told of the measured figures only (``figures_note``).
    if any(forecast(dossier, n) for n in numbers) or _forecasts(shown):
        return ""
    own = [comparable(dossier.slug, n) for n in numbers]
    told = across_note([*own, *(comparable(f.dossier.slug, f.number) for f in shown)])
    return f"Taken together with this story's, {told[0].lower()}{told[1:]}" if told else ""


# Figures on one page: past this many in all, the site-wide page is a list of the quantities, each
# with pages of its own of at most this many figures (and at most ``CONTENTS_SIZE`` quantities a
# page), so that no page grows with the publication.
PAGE_SIZE = 200
CONTENTS_SIZE = 200
FOLDER = PATH.removesuffix(".md")


def in_pages(across: Across) -> bool:
    """Whether the figures across stories are too many for one page."""
    return sum(len(found) for found in across.shared.values()) > PAGE_SIZE


def quantity_path(quantity: str, number: int = 1) -> str:
    """Page ``number`` of one quantity's figures, when the site-wide page is in pages."""
    return paging.numbered(f"{FOLDER}/quantity/{quantity}.md", number)


def contents_path(number: int) -> str:
    """Page ``number`` of the list of quantities, when the site-wide page is in pages."""
    return PATH if number == 1 else f"{FOLDER}/page/{number}.md"


def location(across: Across, quantity: str) -> tuple[str, str]:
    """The page and anchor that show every figure of ``quantity`` side by side (the first page)."""
    return (quantity_path(quantity) if in_pages(across) else PATH), anchor(quantity)


# Said after a note on figures some of which are forecasts, as a story's Numbers page says it.
FORECAST_NOTE = "A figure “forecast for” a time after its report is expected, not measured."


def _forecasts(figures: Sequence[Figure]) -> list[Figure]:
    return [f for f in figures if forecast(f.dossier, f.number)]


def figures_note(figures: Sequence[Figure]) -> str:
    """What the figures of one quantity from several stories show (``trends.across_note``), told of
    the measured ones only: "went from 0.1% to 4.8% in 2026" made a forecast the series' latest
    figure. Forecasts among them are said to be forecasts, after."""
    ahead = _forecasts(figures)
    measured = [comparable(f.dossier.slug, f.number) for f in figures if f not in ahead]
    told = across_note(measured) if len(measured) > 1 else ""
    return " ".join(part for part in (told, FORECAST_NOTE if ahead else "") if part)


def _quantity(
    quantity: str, ordered: Sequence[Figure], page: str, rows: Sequence[Figure], chart_too: bool
) -> Quantity:
    title = heading(quantity, [f.number for f in ordered])
    return Quantity(
        title=escape(title),
        anchor=anchor(quantity),
        figures=tuple(row(page, f) for f in rows),
        chart=chart(ordered, key=anchor(quantity) + "-chart", title=title) if chart_too else "",
        trend=figures_note(ordered) if chart_too else "",
    )


def quantities_pages(across: Across, stories: int) -> list[tuple[str, str, QuantitiesView]]:
    """The site-wide page's pages: (path, title as plain text, view). One page; or, past
    ``PAGE_SIZE`` figures, the quantities listed in pages of ``CONTENTS_SIZE``, and each quantity's
    figures in pages of ``PAGE_SIZE`` by date, its chart on the first."""
    reporting = "both stories" if stories == 2 else f"two or more of {the_stories(stories)}"
    ordered = {quantity: by_date(found) for quantity, found in across.shared.items()}
    titles = {quantity: heading(quantity, [f.number for f in found]) for quantity, found in ordered.items()}
    names = sorted(ordered, key=lambda quantity: (escape(titles[quantity]).casefold(), anchor(quantity)))
    if not in_pages(across):
        shown = tuple(_quantity(q, ordered[q], PATH, ordered[q], True) for q in names)
        return [(PATH, TITLE, QuantitiesView(title=TITLE, quantities=shown, stories=reporting))]
    views = []
    sheets = paging.split(names, CONTENTS_SIZE)
    for number, sheet in enumerate(sheets, start=1):
        page = contents_path(number)
        title = paging.titled(TITLE, number, len(sheets), first_bare=True)
        contents = tuple(_entry(page, q, titles[q], ordered[q]) for q in sheet)
        pager = paging.pager(page, contents_path, number, len(sheets), ("← Previous", "Next →"))
        views.append(
            (page, title, QuantitiesView(title=title, stories=reporting, contents=contents, pager=pager))
        )
    for quantity in names:
        views.extend(_figure_pages(quantity, titles[quantity], ordered[quantity], reporting))
    return views


def _entry(page: str, quantity: str, title: str, found: Sequence[Figure]) -> Fact:
    """A quantity in the list: its name, linking to its figures, and how many there are."""
    reporting = len({f.dossier.slug for f in found})
    count = f"{counted(len(found), 'figure')} from {counted(reporting, 'story', 'stories')}"
    return Fact(f"[{escape(title)}]({href(page, quantity_path(quantity))})", body=count)


def _figure_pages(
    quantity: str, title: str, ordered: Sequence[Figure], reporting: str
) -> list[tuple[str, str, QuantitiesView]]:
    sheets = paging.split(ordered, PAGE_SIZE)
    views = []
    for number, rows in enumerate(sheets, start=1):
        page = quantity_path(quantity, number)
        heading_text = paging.titled(f"{TITLE}: {title}", number, len(sheets))
        view = QuantitiesView(
            title=escape(heading_text),
            quantities=(_quantity(quantity, ordered, page, rows, number == 1),),
            stories=reporting,
            pager=paging.pager(
                page, lambda n: quantity_path(quantity, n), number, len(sheets), ("← Earlier", "Later →")
            ),
            about=f"[Every quantity that several stories report]({href(page, PATH)})",
        )
        views.append((page, heading_text, view))
    return views


# -- the chart ---------------------------------------------------------------------------------


def chart(figures: Sequence[Figure], *, key: str, title: str) -> str:
    """The figures of several stories as a bar chart (``charts.bar_chart``), each bar labelled with
    its date and its story's whole title (a story cut short, "The long drought and the end o…", is
    not one a reader can tell from another); a forecast (``upcoming.forecast``) "forecast for" its
    date."""
    bars = [
        charts.Bar(
            f"{bar_date(f.dossier, f.number)} · {f.dossier.meta.title}",
            f.number,
            forecast=forecast(f.dossier, f.number),
        )
        for f in figures
    ]
    return charts.bar_chart(bars, key=key, title=title)
