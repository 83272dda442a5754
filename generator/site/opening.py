"""The overview's line under the summary that says when and where the story happens, for a summary
that does not say: "**When:** 14 May 2019. **Where:** [Solvik], in [Aldria]."

A reader's first questions are what happened, where and when. A summary that answers "what" but
names no date or no place sent a phone reader down the page (to the timeline, to the map) for the
other two. The line says only what the summary leaves out, and nothing when it says both: "In March
2019 the ferry ran aground" followed by "When: March 2019" would be noise.

When: the span of the story's events (else the dates of the reports it rests on, said as such).
Where: the dossier's own `place` when it gives one; else the places its facts involve most, and the
countries that hold its located places (from the map's borders) when the summary names none of them.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from generator.format.dates import PartialDate
from generator.format.mentions import Target
from generator.format.model import Actor, ActorKind
from generator.site.crossref import CrossReference
from generator.site.geography import country_at, country_names
from generator.site.grammar import named
from generator.site.markup import escape, plain
from generator.site.story import Story
from generator.site.upcoming import upcoming
from generator.site.views import and_joined, span_text, when

# The places the line names at most, and the countries after them: a line, not a list.
PLACES_NAMED = 3
COUNTRIES_NAMED = 3


def when_and_where(story: Story, page: str, linked: Collection[Target] = ()) -> str:
    """ "**When:** ... **Where:** ...", each part only when the title or the summary does not already
    say it ("Where: Aldria." under "Aldria's budget of 2024 raises taxes" told nothing new); "" when
    they say both or the dossier knows neither. ``linked``: what the summary above links (named
    again here without a second link to the same page)."""
    dossier = story.dossier
    written = f"{plain(dossier.meta.title)}. {plain(dossier.meta.summary)}"
    summary = written.casefold()
    parts = []
    span, years = _span(story.xref)
    if span and not any(re.search(rf"\b{year}\b", summary) for year in years):
        parts.append(f"**When:** {span}.")
    place = _where(story, page, written, linked)
    if place:
        parts.append(f"**Where:** {place}.")
    return " ".join(parts)


def _span(xref: CrossReference) -> tuple[str, set[int]]:
    """When the story happens in words, and the years it covers: its events' first and last dates
    ("4 March to 9 June 2019"), else the days its reports were published ("reported in
    January 2024"): a report's date is not when the events were, and the line says so."""
    # What was still to come when reported is not when the story happened: "What may happen next"
    # says it.
    ahead = {id(event) for event in upcoming(xref.dossier, xref.events)}
    events = [event for event in xref.events if id(event) not in ahead]
    if events:
        first = events[0]
        last = max(events, key=lambda e: PartialDate.parse(e.end_date or e.date))
        end = last.end_date or last.date
        start_text = when(first.date, first.approximate)
        text = span_text(first.date, end, first.approximate, last.approximate)
        if any(e.ongoing for e in events):
            # Something that began is not over: no end to give, only how long it has gone on.
            text = f"since {start_text}, still going on when last reported"
        return text, _years(first.date, end)
    return _reported(xref)


def reported(xref: CrossReference) -> str:
    """When a story's reports were published, for a story without events: "reported in January
    2024", "reported from 3 to 5 April 2021"; "" when none is dated."""
    return _reported(xref)[0]


def _reported(xref: CrossReference) -> tuple[str, set[int]]:
    dates = sorted(
        PartialDate.parse(str(source.published))
        for source in xref.dossier.sources
        if source.published is not None and not source.background
    )
    if not dates:
        return "", set()
    earliest, latest = dates[0].human(), dates[-1].human()
    if earliest == latest:
        told = f"reported {'on' if dates[0].day else 'in'} {earliest}"
    else:
        told = f"reported from {span_text(dates[0].iso(), dates[-1].iso())}"
    return told, _years(dates[0].iso(), dates[-1].iso())


def card_place(xref: CrossReference) -> str:
    """Where a story happens in a few plain words, for its card on the home and topic pages: the
    dossier's `place`, else the countries it is in (its places that are countries, and those its
    located places are in), else its main places; "" when it knows none. Escaped."""
    if xref.dossier.meta.place:
        return escape(xref.dossier.meta.place.rstrip("."))
    places = main_places(xref)
    countries = [a.name for a in places if _is_country(a)]
    taken = {name.casefold() for name in countries}
    countries += [c for c in located_countries(xref) if c.casefold() not in taken]
    names = countries[:COUNTRIES_NAMED] or [a.name for a in places]
    return escape(and_joined(names))


def _years(first: str, last: str) -> set[int]:
    return set(range(PartialDate.parse(first).year, PartialDate.parse(last).year + 1))


def _where(story: Story, page: str, written: str, linked: Collection[Target]) -> str:
    """Where the story happens, unless the summary (``written``, plain text) says it: the dossier's
    `place` as its contributor wrote it, else the story's main places (linked) and the countries
    around them. A `place` that names no country says nothing new under a summary that names the
    country the story is in ("Aldria's High Court ..." then "Where: Port Halden, Aldria")."""
    dossier = story.dossier
    summary = written.casefold()
    in_summary = countries_named(written)
    given = dossier.meta.place or ""  # the contributor's words, shown as written (escaped)
    places = main_places(story.xref)
    countries = [a for a in places if _is_country(a)]
    inside = [a for a in places if not _is_country(a)]
    as_actors = {name.casefold() for a in countries for name in (a.name, *a.aliases)}
    around = [c for c in located_countries(story.xref) if c.casefold() not in as_actors][:COUNTRIES_NAMED]
    # The countries the story is in, by any name it gives them: the summary that names one of them
    # has placed the story in the world.
    names = [*(n for a in countries for n in (a.name, *a.aliases)), *around, *_countries_in(given)]
    if (given and plain(given).casefold() in summary) or any(_says(summary, name) for name in names):
        return ""
    if {name.casefold() for name in names} & in_summary:
        return ""
    # Where the map places the story, the summary must name those countries; else any country will
    # do for a `place` that names none.
    if given and in_summary and not _countries_in(given) and not around and not countries:
        return ""
    if given:
        return escape(given.rstrip("."))
    if not around and not countries and _mentions_place(story, summary):
        return ""  # nothing wider to say than the place the summary names

    def link(actor: Actor) -> str:
        if Target("actor", actor.id) in linked:
            return escape(named(story.short(actor)))
        return story.actor_link(page, actor, mid_sentence=True, short=True)

    wide = [link(a) for a in countries] + [escape(name) for name in around]
    if not inside:
        return and_joined(wide)
    told = and_joined([link(a) for a in inside])
    return f"{told}, in {and_joined(wide)}" if wide else told


def main_places(xref: CrossReference) -> list[Actor]:
    """The story's places that its facts involve, most involved first (then by name), at most
    ``PLACES_NAMED``: a place named only as a report's dateline is not where the story happens."""
    dossier = xref.dossier
    ranked = []
    for actor in dossier.actors:
        if actor.kind is not ActorKind.PLACE:
            continue
        facts = (
            len(xref.events_of(actor.id))
            + len(xref.claims_by_actor.get(actor.id, []))
            + len(xref.edges_by_actor.get(actor.id, []))
            + len(xref.numbers_by_actor.get(actor.id, []))
        )
        if facts:
            ranked.append((-facts, actor.name.casefold(), actor.id, actor))
    return [actor for *_, actor in sorted(ranked, key=lambda r: r[:3])][:PLACES_NAMED]


def located_countries(xref: CrossReference) -> list[str]:
    """The countries that hold the story's located places, those with most places first (then by
    name)."""
    counts: dict[str, int] = {}
    for actor in xref.dossier.actors:
        if actor.location is None:
            continue
        name = country_at(float(actor.location.longitude), float(actor.location.latitude))
        if name:
            counts[name] = counts.get(name, 0) + 1
    return [name for name, _ in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))]


def _says(text: str, name: str) -> bool:
    """Whether ``text`` (casefolded) has ``name`` as whole words."""
    return re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", text) is not None


# Countries as news text often writes them, matched with their case and dots: "US" alone, folded,
# would be the word "us".
SHORT_FORMS = {
    "US": "United States",
    "U.S.": "United States",
    "USA": "United States",
    "U.S.A.": "United States",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "UAE": "United Arab Emirates",
    "DRC": "Democratic Republic of the Congo",
}


def countries_named(text: str) -> set[str]:
    """The countries that ``text`` (plain, as written) names, by their names or their usual short
    forms, casefolded."""
    folded = text.casefold()
    named = {name for name in country_names() if name in folded and _says(folded, name)}
    for short, country in SHORT_FORMS.items():
        # "US$5 billion" is a currency, not the country.
        if re.search(rf"(?<![\w.]){re.escape(short)}(?![\w$])", text):
            named.add(country.casefold())
    return named


def _countries_in(place: str) -> list[str]:
    """The country names that the contributor's `place` holds as whole words ("Two border towns
    in Peru" holds Peru)."""
    words = place.casefold()
    return sorted(name for name in country_names() if name in words and _says(words, name))


def _is_country(actor: Actor) -> bool:
    return any(_is_country_name(name) for name in (actor.name, *actor.aliases))


def _is_country_name(name: str) -> bool:
    return name.casefold() in country_names()


def _mentions_place(story: Story, summary: str) -> bool:
    """Whether the summary names one of the story's places."""
    actors = story.dossier.actor_by_id
    return any(
        m.target.kind == "actor" and actors[m.target.id].kind is ActorKind.PLACE
        for m in story.xref.mentions.find(summary)
    )
