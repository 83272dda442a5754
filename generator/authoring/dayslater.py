"""A day counted from the date the text has just given: "Ferries start on June 3. This will be
followed two days later by ...", "The dam held until May 3; a week later it broke".

The date is the last full or month-and-day date before the phrase, in its own sentence or an earlier
one; a date the text gives no year for (`TODO-06-03`) gives a day with none (`TODO-06-05`).
"""

from __future__ import annotations

import datetime as dt
import re

# "two days later", "a week later", "three days earlier", "the next day", "the following week".
_LATER = re.compile(
    r"\b(?:(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?P<unit>days?|weeks?)\s+(?P<way>later|earlier|afterwards)"
    r"|the\s+(?:next|following)\s+(?P<next>day|week))\b",
    re.IGNORECASE,
)
# "... one day earlier than last year's opening on Dec. 3, 2019": this year's, counted from the same
# day a year on (the date given is last year's).
_THAN_LAST_YEARS = re.compile(r"\s+than\s+(?:it\s+(?:was|did)\s+)?last\s+year(?:[’']s\b|\b)", re.IGNORECASE)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_COUNTS |= {"eight": 8, "nine": 9, "ten": 10}
_DAY = re.compile(r"(?P<year>\d{4}|TODO)-(?P<month>\d{2})-(?P<day>\d{2})")
# A year to count a day without one in (a leap year, so that "February 29" is a day).
_ANY_YEAR = 2000


def day_counted(sentence: str, before: str) -> tuple[str, str, tuple[int, int]] | None:
    """(date, note, where the phrase stands) of the day a phrase of ``sentence`` counts from the date
    ``before`` (ISO, or `TODO-MM-DD`); None when it counts no day or ``before`` is no day."""
    match = _LATER.search(sentence)
    day = _DAY.fullmatch(before)
    if match is None or day is None:
        return None
    if match["next"]:
        days = 7 if match["next"].lower() == "week" else 1
    else:
        count = match["count"].lower()
        days = int(count) if count.isdigit() else _COUNTS[count]
        days *= 7 if match["unit"].lower().startswith("week") else 1
        days *= -1 if match["way"].lower() == "earlier" else 1
    year = _ANY_YEAR if day["year"] == "TODO" else int(day["year"])
    a_year_on = not match["next"] and _THAN_LAST_YEARS.match(sentence, match.end()) is not None
    try:
        counted = dt.date(year + a_year_on, int(day["month"]), int(day["day"])) + dt.timedelta(days=days)
    except ValueError:
        return None
    if a_year_on and day["year"] == "TODO":
        return None  # last year's day with no year: this year's is no day of the text's either
    if day["year"] == "TODO" and counted.year != _ANY_YEAR:
        return None  # counted into a year the text does not give
    date = f"TODO{counted.isoformat()[4:]}" if day["year"] == "TODO" else counted.isoformat()
    note = (
        f"Worked out from the article's words: {match[0]!r}, counted from the date it gives before, {before}."
        if not a_year_on
        else f"Worked out from the article's words: {match[0]!r} than last year's, on {before}: a year on."
    )
    return date, note, match.span()


def counts_a_day(sentence: str) -> int | None:
    """Where in ``sentence`` a phrase counts a day from an earlier date ("two days later"), or None."""
    match = _LATER.search(sentence)
    return match.start() if match else None


def is_day(date: str) -> bool:
    """Whether a drafted date names a day (`2011-03-28`, `TODO-06-03`), not a month or a year."""
    return _DAY.fullmatch(date) is not None
