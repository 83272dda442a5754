"""The clock times of a report of one day: "Ferry crews stopped work this morning ... Sailings
restarted at 11.15am ... A meeting with the port was set for noon". A text that dates what it tells
by "this morning" or "today" alone, and names no other day (no weekday, no "yesterday", no date of a
month), tells of the day it was published: a sentence that names only a time of the clock tells of
that day too.
"""

from __future__ import annotations

import datetime as dt
import re

# "this morning", "today", "this afternoon": the day of the report, named as such
_TODAY = re.compile(r"\b(?:today|this\s+(?:morning|afternoon|evening)|tonight)\b", re.IGNORECASE)
# any other day the text could mean: a weekday, the day before or after, a month's date or a year
_OTHER_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|tomorrow|last\s+night"
    r"|(?:19|20)\d{2}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))",
    re.IGNORECASE,
)
# "at 11.15am", "by 10:30 p.m.", "for noon", "until midnight": a time of the clock something happened at
_CLOCK = re.compile(
    r"\b(?:at|by|until|till|before|after|around|about|for|from)\s+(?:about\s+|around\s+)?"
    r"(?:\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])|noon|midday|midnight)",
    re.IGNORECASE,
)
# what is still to come ("will reopen at noon"): no day of the report's own
_TO_COME = re.compile(r"\b(?:will|would|shall|(?:is|are)\s+(?:due\s+)?to)\b")
# a verb of what happened, in the past: "restarted", "had been set", "was closed", "began"
_PAST = re.compile(r"\b(?:[a-z]+ed|was|were|had|began|went|came|left|rose|fell|broke|shut|took|met)\b")


def report_day(sentences: list[str], published: dt.date | None) -> dt.date | None:
    """The day a report of one day tells of: its publication day, where it dates what it tells by
    "this morning" or "today" and names no other day; None otherwise."""
    if published is None or not any(_TODAY.search(s) for s in sentences):
        return None
    return None if any(_OTHER_DAY.search(s) for s in sentences) else published


def clock_time(sentence: str) -> tuple[int, int] | None:
    """Where a sentence names a time of the clock something happened at ("restarted at 11.15am"), in
    the past; None when it names none."""
    found = _CLOCK.search(sentence)
    if found is None or not _PAST.search(sentence) or _TO_COME.search(sentence):
        return None
    return found.span()
