"""Events that were still to come when reported: a vote set for next week, a line due to open in June.

An event dated after the day of every report that gives it was scheduled or expected, not seen
happen. The timeline says so beside its date ("June 2019, expected as reported on 4 January 2019"),
and the overview's "What may happen next" names it, unless the story's events were checked past its
date (the contributor then knows whether it happened and tells it as it did).

A warning or forecast whose `outcome:` names the event that settled it ("more doses expected soon"
in October, and the doses' arrival a week later) was overtaken by what followed: it is no longer
"what may happen next" (``still_ahead``), though its page still tells it as a forecast, and when.

A figure dated after every report that gives it ("unemployment will peak at 4.8% in 2026", "inflation
of about 2.75% in the second half of the year") is a forecast, not a measurement: its date reads
"forecast for 2026", never "as of 2026". It stays a forecast however late the story is checked.
Not so a figure a law sets from a later day (a levy "from 1 July", cited from the act itself):
the law is no one's expectation, and the levy reads "in force from 1 July 2026" (``in_force``). Nor
a figure a contract, a budget or a board has already decided for a later day (`decided: true`: a
wage "set for April 2028" under a signed deal, ``set_for``).
"""

from __future__ import annotations

import calendar
import datetime as dt

from generator.format.dates import PartialDate
from generator.format.dossier import Dossier
from generator.format.model import Claim, ClaimStatus, Event, Number, SourceKind

# The heading of the events still to come when last reported, after those that happened, on the
# timeline and under the overview's glance.
STILL_TO_COME = "Still to come, as last reported"
STILL_TO_COME_ANCHOR = "still-to-come"


def reported_ahead(dossier: Dossier, event: Event) -> str:
    """The day (in words) of the latest report that gives ``event``, when the event's earliest
    possible day is after the latest possible day of every report that gives it; "" otherwise, and
    for an event no dated report gives, or one the story's events were checked past."""
    latest: tuple[int, int, int] | None = None
    words = ""
    for citation in event.cite:
        source = dossier.source_by_id.get(citation.source)
        if source is None or source.published is None:
            return ""
        reported = _latest_day(source.published)
        if latest is None or reported > latest:
            latest = reported
            words = _words(source.published)
    if latest is None:
        return ""
    start = PartialDate.parse(event.date)
    earliest = (start.year, start.month or 1, start.day or 1)
    checked = dossier.meta.events_checked_to
    if checked is not None and (checked.year, checked.month, checked.day) >= earliest:
        return ""
    return words if earliest > latest else ""


def forecast(dossier: Dossier, number: Number) -> bool:
    """Whether ``number`` holds for a time after the day of every report that gives it: its
    ``as_of``, else the end of its ``period``, begins after the latest possible day of each. A figure
    a law sets for a later day (``in_force``) is not expected but enacted, and one a deal or a budget
    has decided (``set_for``) is not expected but decided: no forecast."""
    return _ahead(dossier, number) and not on_record(dossier, number) and not number.decided


def in_force(dossier: Dossier, number: Number) -> bool:
    """Whether ``number`` is set by law from a day after the law was published: cited from laws only
    (``on_record``), and dated after each. "8%, forecast for 1 July 2026" (and "the official
    forecast") told a levy an act had fixed as if someone expected it; it is in force from then."""
    return bool(number.as_of) and _ahead(dossier, number) and on_record(dossier, number)


def set_for(dossier: Dossier, number: Number) -> bool:
    """Whether ``number`` is decided for a later day by a deal, a budget or a board (`decided: true`),
    and dated after every report that gives it (not cited from laws only: those are ``in_force``).
    "More than $40 an hour, forecast for April 2028" told a wage a signed contract sets as if someone
    expected it."""
    return number.decided and _ahead(dossier, number) and not on_record(dossier, number)


def on_record(dossier: Dossier, number: Number) -> bool:
    """Whether ``number`` is cited only from official texts (a law, a published ruling: sources of
    kind `law`), which record it rather than argue it."""
    kinds = {dossier.source_by_id[c.source].kind for c in number.cite if c.source in dossier.source_by_id}
    return kinds == {SourceKind.LAW}


def _ahead(dossier: Dossier, number: Number) -> bool:
    """Whether ``number``'s ``as_of``, else the end of its ``period``, begins after the latest
    possible day of every report that gives it. A report that gives no date was out by the day it
    was read (``accessed``): a wage "for April 2031" in an undated report read in 2027 is expected,
    not "as of April 2031" as if someone had seen it."""
    date = number.as_of or (number.period.end if number.period else None)
    if not date or not number.cite:
        return False
    start = PartialDate.parse(date)
    earliest = (start.year, start.month or 1, start.day or 1)
    for citation in number.cite:
        source = dossier.source_by_id.get(citation.source)
        out_by = None if source is None else source.published or source.accessed
        if out_by is None or _latest_day(out_by) >= earliest:
            return False
    return True


def upcoming(dossier: Dossier, events: list[Event]) -> list[Event]:
    """The events of ``events`` (in time order) that were still to come when reported."""
    return [event for event in events if reported_ahead(dossier, event)]


def still_to_come(dossier: Dossier, events: list[Event]) -> list[Event]:
    """The events at the end of ``events`` (in time order) that were all still to come when reported:
    the stages a reader waits for, after the last that happened. One that the reports gave as
    scheduled but that a later event followed stays among the events, where its date says so; and
    when none has happened there is nothing to set them apart from: []."""
    ahead = {id(event) for event in upcoming(dossier, events)}
    tail = len(events)
    while tail and id(events[tail - 1]) in ahead:
        tail -= 1
    return events[tail:] if tail else []


def expected(dossier: Dossier, event: Event) -> str:
    """ ", expected as reported on 4 January 2011" after an event's date, or ""."""
    words = reported_ahead(dossier, event)
    return f", expected as reported {words}" if words else ""


def _latest_day(published: dt.date | str) -> tuple[int, int, int]:
    if isinstance(published, dt.date):
        return published.year, published.month, published.day
    date = PartialDate.parse(published)
    month = date.month or 12
    return date.year, month, date.day or calendar.monthrange(date.year, month)[1]


def _words(published: dt.date | str) -> str:
    """ "on 4 January 2011", "in January 2024"."""
    if isinstance(published, dt.date):
        return f"on {published.day} {published:%B %Y}"
    date = PartialDate.parse(published)
    return f"{'on' if date.day else 'in'} {date.human()}"


def still_ahead(dossier: Dossier) -> list[Claim]:
    """The story's warnings and forecasts that no event has settled: each with no ``outcome`` (the
    event that shows how it turned out), or one the dossier does not hold. Whether a later event
    settled a forecast is the contributor's to say: an assurance that no loss will fall on taxpayers
    is not settled by the next day's news, and a date a forecast names is in its words, not its data."""
    events = {event.id for event in dossier.events}
    return [c for c in dossier.claims if c.status is ClaimStatus.FORECAST and c.outcome not in events]
