"""How far stories' events go: one story's reach, for its card, and a topic's span, for the
sentence that opens its page (a reader who lands on a topic from a search engine learns what it
covers before the cards)."""

from __future__ import annotations

from collections.abc import Sequence

from generator.format.dates import PartialDate
from generator.site.crossref import CrossReference
from generator.site.markup import escape
from generator.site.upcoming import reported_ahead
from generator.site.views import counted, date_range, day, when


def reach(xref: CrossReference) -> tuple[str, str]:
    """How far a story's events go, as (ISO date for sorting, words): the day they were checked
    to, else its last event's date; ("", "") for a story with neither. An event the reports gave
    as still to come is not one the story has reached: "Events up to June 2011" on a card, for a
    line due to open then, told a reader it had."""
    checked = xref.dossier.meta.events_checked_to
    if checked is not None:
        return checked.isoformat(), day(checked)
    happened = [event for event in xref.events if not reported_ahead(xref.dossier, event)]
    if happened:
        last = max(happened, key=lambda e: str(e.end_date or e.date)).date
        return str(last), when(last)
    return "", ""


def topic_intro(tag: str, stories: Sequence[CrossReference]) -> str:
    """The opening of a topic's page: how many stories and the span of their events, from the
    earliest event to the furthest any story goes: "Two stories about courts, with events from 1998
    to 3 May 2024, newest first." The newest is the first card, just below: no need to name it."""
    count = counted(len(stories), "story", "stories")
    opening = f"{count[0].upper()}{count[1:]} about {escape(tag)}"
    firsts = [xref.events[0].date for xref in stories if xref.events]
    reached = sorted(r for xref in stories if (r := reach(xref))[0])
    if firsts and reached:
        opening += f", with events from {date_range(min(firsts, key=PartialDate.parse), reached[-1][0])}"
    return opening + (", newest first." if len(stories) > 1 else ".")
