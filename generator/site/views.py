"""Page data: what each template shows, as Markdown-safe strings.

Every string in a view is already Markdown: contributor text is escaped by ``generator.site.markup`` and
mentions are linked. Templates only lay the strings out; ``template`` names the one each view uses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar

from generator.format.dates import PartialDate
from generator.format.model import Period


@dataclass(frozen=True)
class Fact:
    """One fact in a list: Markdown text, its footnote markers, an anchor, details and a body."""

    text: str
    cite: str = ""
    anchor: str = ""
    details: tuple[tuple[str, str], ...] = ()
    body: str = ""
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class Group:
    """A titled list of facts; ``more`` counts what a glance leaves out."""

    title: str
    facts: tuple[Fact, ...]
    anchor: str = ""
    more: int = 0
    comparison: tuple[Fact, ...] = ()
    # The figures other stories give for the group's quantity, and a link to all of them side by side.
    elsewhere: tuple[Fact, ...] = ()
    across: str = ""
    # What the group's figures and those of other stories show together: a series, a disagreement.
    together: str = ""
    # What the comparison shows: figures that disagree, a count over time, or estimates that agree.
    note: str = ""
    # A series drawn as bars by date under its table (``charts.bar_chart``), raw HTML; "" for none.
    chart: str = ""


@dataclass(frozen=True)
class Story:
    """What another story says about an actor: its title (a link), the actor's role there, where
    that story stands beside this one and its dates, and a glance at its facts; ``more`` links to
    the rest."""

    title: str
    dates: str
    role: str = ""
    facts: tuple[Fact, ...] = ()
    more: str = ""


@dataclass(frozen=True)
class Quantity:
    """A quantity that several stories report: its heading and anchor, each figure (a table row)
    and a chart of them."""

    title: str
    anchor: str
    figures: tuple[Fact, ...] = ()
    chart: str = ""
    # Which way the figures went, where they are one count at several dates ("The figure rose ...").
    trend: str = ""


@dataclass(frozen=True)
class Row:
    """A relationship in the accessible table."""

    anchor: str
    subject: str
    verb: str
    object: str
    note: str
    cite: str


@dataclass(frozen=True)
class Card:
    """A dossier on the hub page."""

    title: str
    summary: str
    dates: str
    figure: str
    cite: str
    # Where the story happens and its topics, as one line of Markdown.
    byline: str = ""
    # For a thread of several stories: a link to each, in reading order.
    parts: tuple[str, ...] = ()
    # For a thread of several stories: what its latest story tells, in a sentence; the card's summary
    # is its first story's.
    latest: str = ""


@dataclass(frozen=True)
class View:
    """What every page template receives: its title and its footnotes."""

    template: ClassVar[str] = ""
    # Material's search multiplies a page's score by this: pages that define things rank first.
    search_boost: ClassVar[float] = 1.0
    title: str
    footnotes: tuple[str, ...] = ()
    # On a story's page other than its overview: the line under the title that names the story, for
    # a reader who arrives from a search engine and has not seen its overview ("" elsewhere).
    part_of: str = ""

    def context(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class HubView(View):
    template: ClassVar[str] = "hub.md.j2"
    cards: tuple[Card, ...] = ()
    # The first page introduces the site; every page links the topics and the other pages.
    intro: bool = True
    # A topic's page opens with what it covers: how many stories, the span of their events, the latest.
    about: str = ""
    topics: str = ""
    # The home page's links to the site's indexes (people, figures across stories, A to Z).
    indexes: str = ""
    pager: str = ""


@dataclass(frozen=True)
class OverviewView(View):
    template: ClassVar[str] = "overview.md.j2"
    summary: str = ""
    # When and where the story happens, where the summary does not say ("" when it says both).
    when_where: str = ""
    # Why it happened or matters: the first sentence of the answer to a question that asks why,
    # linked to it ("" when none asks, or the first question does).
    why: str = ""
    # The anchor of the key question whose whole answer the why line gives (not asked again below).
    why_anchor: str = ""
    # The thread on the first screen: the story before (with what happened there), where it began and
    # what happened next, each a label (``text``) and a link (``body``).
    thread: tuple[Fact, ...] = ()
    # "What happened next": the stories that follow this one, each a link and a one-line summary.
    next_stories: tuple[Fact, ...] = ()
    # The day up to which the story's events were checked, in words ("" when not given).
    events_checked_to: str = ""
    # The day of the latest correction, in words, linked to the Updates page ("" when none).
    corrected: str = ""
    story: tuple[Fact, ...] = ()
    # The reader's questions, answered first; then what is disputed or unconfirmed, by kind.
    questions: tuple[Fact, ...] = ()
    not_known: tuple[Group, ...] = ()
    # The sentence that opens it: the kinds of doubt it holds.
    not_known_intro: str = ""
    not_known_links: str = ""
    # What "What is not known" holds, counted, for the first screen ("" when nothing is in doubt).
    still_open: str = ""
    # The story's warnings and forecasts, said on the first screen ("What may happen next: ...").
    next_up: str = ""
    # The anchor of the key question the "What may happen next" line answers whole.
    next_anchor: str = ""
    key_figures: Group = field(default_factory=lambda: Group("", ()))
    # The main players, each with its role; the rest are on the Actors page.
    whos_who: tuple[Fact, ...] = ()
    # A link to the Actors page, after the main players.
    whos_who_link: str = ""
    timeline: Group = field(default_factory=lambda: Group("", ()))
    # The events still to come when last reported, apart from the glance, under a linked title.
    timeline_ahead: Group = field(default_factory=lambda: Group("", ()))
    # A locator map of the story's located places (raw HTML) and the same places as text.
    map: str = ""
    places: tuple[Fact, ...] = ()
    sections: tuple[Fact, ...] = ()
    published: str = ""
    last_reviewed: str = ""
    licence: str = ""
    downloads: tuple[Fact, ...] = ()
    citation: str = ""


@dataclass(frozen=True)
class ActorsView(View):
    template: ClassVar[str] = "actors.md.j2"
    groups: tuple[Group, ...] = ()
    # "Three people, organisations, places and groups": the count in words, to open a sentence.
    count: str = ""


@dataclass(frozen=True)
class ActorView(View):
    template: ClassVar[str] = "actor.md.j2"
    details: tuple[tuple[str, str], ...] = ()
    description: str = ""
    cite: str = ""
    graph: str = ""
    # A place's small locator map (raw HTML).
    map: str = ""
    relationships: tuple[Fact, ...] = ()
    numbers: tuple[Fact, ...] = ()
    # "Figures the army gives": whose figures they are, which a bare "Numbers" leaves open.
    numbers_title: str = "Numbers"
    # The claims the actor makes ("What the army says"), then those others make about it.
    claims: tuple[Fact, ...] = ()
    claims_title: str = "Claims"
    claims_about: tuple[Fact, ...] = ()
    claims_about_title: str = ""
    events: tuple[Fact, ...] = ()
    # What the site's other stories say about the actor, story by story.
    stories: tuple[Story, ...] = ()
    # How many other stories besides (the site's index of people lists them all), as a link.
    more_stories: str = ""
    # "The numbered notes below name the page's three sources ...": the notes are its source list.
    sources: str = ""
    index: str = ""


@dataclass(frozen=True)
class NumbersView(View):
    template: ClassVar[str] = "numbers.md.j2"
    search_boost: ClassVar[float] = 2.0
    groups: tuple[Group, ...] = ()
    # What the page holds and how each figure is given; what the sources disagree on, linked.
    intro: str = ""


@dataclass(frozen=True)
class QuantitiesView(View):
    template: ClassVar[str] = "quantities.md.j2"
    quantities: tuple[Quantity, ...] = ()
    # Which stories give these figures, in words: "both stories", "two or more of the five stories".
    stories: str = ""
    # When the figures are in pages: the list of quantities, the pager and a link back to the list.
    contents: tuple[Fact, ...] = ()
    pager: str = ""
    about: str = ""


@dataclass(frozen=True)
class GlossaryView(View):
    template: ClassVar[str] = "glossary.md.j2"
    search_boost: ClassVar[float] = 2.0
    terms: tuple[Fact, ...] = ()


@dataclass(frozen=True)
class TimelineView(View):
    template: ClassVar[str] = "timeline.md.j2"
    # How to read its dates, with its own as examples ("" when every date is an exact day).
    precision: str = ""
    years: tuple[Group, ...] = ()
    # What the page holds when a year's heading would say too little ("The story records one event").
    intro: str = ""
    # After the last event, as on the overview: what is still in doubt, what may happen next; and
    # the timeline of each story that follows this one.
    still_open: str = ""
    next_up: str = ""
    next_story: str = ""
    # Before the first: the stories this one follows, the one just before with its latest events.
    before: tuple[Fact, ...] = ()


@dataclass(frozen=True)
class ClaimsView(View):
    template: ClassVar[str] = "claims.md.j2"
    # The claims by who makes them: the speakers' names (linked), who a lone speaker is, its claims.
    groups: tuple[Group, ...] = ()
    # The status every claim shares, said once ("" when they differ, or for a single claim).
    status: str = ""
    # How many claims from how many speakers, and how many of each status, the doubtful linked.
    census: str = ""


@dataclass(frozen=True)
class RelationshipsView(View):
    template: ClassVar[str] = "relationships.md.j2"
    # What the page shows, in a sentence: how many ties, among how many actors, and who has most.
    intro: str = ""
    graph: str = ""
    too_many: int = 0
    rows: tuple[Row, ...] = ()
    # One or two ties, each a sentence with its anchor: a diagram and a table of one row said less.
    told: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourcesView(View):
    template: ClassVar[str] = "sources.md.j2"
    sources: tuple[Fact, ...] = ()


def when(date: str, approximate: bool = False, end: str | None = None) -> str:
    """A date or span, no more precise than it is known: "September 2023 to 2024", "3 to 9 May
    2024" (``date_range``)."""
    if end:
        return date_range(date, end, approximate)
    return PartialDate.parse(date).human(approximate)


def date_range(start: str, end: str, approximate: bool = False, end_approximate: bool = False) -> str:
    """Two dates as a range, each part said once, after the end, which has them all: "3 to 9 May
    2024", "15 March to 2 June 2024", "August to 30 November 2024", "September 2023 to 2024".
    "15 March 2024 to 2 June 2024" made a reader read the year twice to find it was the same.
    A range whose end has no day while its start has one keeps both years ("3 March 2024 to May
    2024"): "3 March to May 2024" would read as two partial dates."""
    first, last = PartialDate.parse(start), PartialDate.parse(end)
    start_text, end_text = first.human(approximate), last.human(end_approximate)
    if (
        approximate
        or end_approximate
        or not (first.month and last.month)
        or first.year != last.year
        or (first.day and not last.day)
    ):
        return f"{start_text} to {end_text}"
    if first.day and first.month == last.month:
        return f"{first.day} to {end_text}"
    return f"{start_text.removesuffix(f' {first.year}')} to {end_text}"


def span_text(start: str, end: str, approximate: bool = False, end_approximate: bool = False) -> str:
    """Two dates as a span (``date_range``); one date when the first holds the second ("January
    2014" holds "15 January 2014": the span is the month, not "January to 15 January")."""
    if PartialDate.parse(end).iso().startswith(PartialDate.parse(start).iso()):
        return when(start, approximate)
    return date_range(start, end, approximate, end_approximate)


def day(date: Any) -> str:
    """A full date as readers write it: "16 June 2023"."""
    return f"{date.day} {date:%B %Y}"


def published(date: Any) -> str:
    """A publication date as precise as it is known: a full date, or "January 2024"."""
    return day(date) if isinstance(date, dt.date) else when(date)


def period_text(period: Period) -> str:
    if period.start and period.end:
        return date_range(period.start, period.end)
    if period.start:
        return f"from {when(period.start)}"
    return f"until {when(period.end)}" if period.end else ""


_SMALL = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def in_words(count: int) -> str:
    """A count as a newspaper writes it inside a sentence: one to nine in words, then digits."""
    return _SMALL[count] if 0 <= count < len(_SMALL) else f"{count:,}"


def counted(count: int, singular: str, plural: str = "") -> str:
    """ "one story", "three stories", "12 stories"."""
    return f"{in_words(count)} {singular if count == 1 else plural or singular + 's'}"


def the_stories(count: int) -> str:
    """The site's stories as a sentence names them all: "the story", "both stories", "the three
    stories"."""
    if count == 1:
        return "the story"
    return "both stories" if count == 2 else f"the {counted(count, 'story', 'stories')}"


def joined(parts: Sequence[str]) -> str:
    return ", ".join(parts)


def capitalised(text: str) -> str:
    """The text with its first letter a capital ("the river" -> "The river"); the rest as it is."""
    return text[:1].upper() + text[1:]


def and_joined(parts: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C": names in a sentence."""
    if len(parts) < 2:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} and {parts[-1]}"
