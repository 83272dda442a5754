"""The other days of a month listed with a dated one: "carried out on May 4, 9 and 21", "the fairs
of 3, 10 and 17 June". The date the text gives for one day of the list (`TODO-05-04`, `2031-06-17`)
gives each other day its month and year; a count after the list ("on May 4, 9 and 21 people were
hurt") lists no days.
"""

from __future__ import annotations

import re

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# "May 4, 9 and 21", "May 4, 9, and 21", "May 4 and 9": the month first, then its days
_MONTH_FIRST = re.compile(
    rf"\b(?P<month>{_MONTH})\s+(?P<days>{_DAY}(?:,\s+{_DAY})*,?\s+(?:and|or|&)\s+{_DAY})\b"
)
# "3, 10 and 17 June", "3 and 4 June", "the 3rd and 4th of June": the days first, then their month
_DAYS_FIRST = re.compile(
    rf"\b(?P<days>{_DAY}(?:,\s+{_DAY})*,?\s+(?:and|or|&)\s+(?:the\s+)?{_DAY})\s+(?:of\s+)?(?P<month>{_MONTH})"
)
# what may follow a list of days: the sentence's end, a year, or a word that is not what the last
# figure counts ("on May 4, 9 and 21 people were hurt": 21 people)
_AFTER_DAYS = re.compile(
    r"^(?:\s*(?:[,.;:!?)—–-]|$)|\s+(?:at|in|on|by|when|with|the|to|from|for|after|before|while|as|but"
    r"|and|or|this|last|next|each|every|that|respectively)\b)"
)
_ISO = re.compile(r"(?P<head>\d{4}|TODO)-(?P<month>\d{2})-(?P<day>\d{2})")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

Found = tuple[str, bool, "str | None", str]


def _days(listed: str) -> list[int]:
    return [int(day) for day in re.findall(r"\d{1,2}", listed)]


def _with_list(sentence: str, evidence: str, listed: re.Match[str]) -> str:
    """The clause the dated day was told in, to the list's end ("carried out on May 4" and ", 9 and
    21"); the list alone where the clause is elsewhere."""
    start = sentence.find(evidence)
    if start < 0 or start > listed.start() or start + len(evidence) < listed.start():
        return listed[0]
    return sentence[start : max(start + len(evidence), listed.end())]


def _lists(sentence: str) -> list[re.Match[str]]:
    """Each list of days of one month in ``sentence``, its days in order, no count after it."""
    out = []
    for match in [*_MONTH_FIRST.finditer(sentence), *_DAYS_FIRST.finditer(sentence)]:
        if match.re is _MONTH_FIRST and not _AFTER_DAYS.match(sentence[match.end() :]):
            continue
        days = _days(match["days"])
        if all(1 <= day <= 31 for day in days) and days == sorted(set(days)):
            out.append(match)
    return out


def listed_day_spans(sentence: str) -> list[tuple[int, int]]:
    """Where the days of a list in one month are written ("May 4, 9 and 21": "4, 9 and 21"): dates,
    no figures to count."""
    return [match.span("days") for match in _lists(sentence)]


def listed_days(sentence: str, found: list[Found]) -> list[Found]:
    """The days listed with a day of ``found`` in one month ("on May 4, 9 and 21"): each other day,
    in that day's month and year; none where the figures count something after them."""
    out: list[Found] = []
    for match in _lists(sentence):
        month = _MONTHS.index(match["month"][:3].lower()) + 1
        days = _days(match["days"])
        dated, evidence = next(
            (
                (iso, told)
                for date, _, _, told in found
                if (iso := _ISO.fullmatch(date)) is not None
                and int(iso["month"]) == month
                and int(iso["day"]) in days
            ),
            (None, ""),
        )
        if dated is None:
            continue
        year = f"the year {dated['head']}" if dated["head"] != "TODO" else "no year: find it"
        note = f"One of the days the article lists in one month, “{match[0]}”; {year}."
        for day in days:
            if day != int(dated["day"]):
                told = _with_list(sentence, evidence, match)
                out.append((f"{dated['head']}-{dated['month']}-{day:02d}", False, note, told))
    return out
