"""A line of results: names each followed by a score, as a results table is pasted into one line
("Ana Ruiz 88, Li Wen 41 not out, Piet Varga 30; Tomas Holt 4-51"), and a side's total before the
scores that make it up in brackets ("Norland 212 (Ana Ruiz 88, ...) & 96 (...)").

A name followed by a number is otherwise a name's own number ("Flight 17"), and a number after
a name with no noun after it counts nothing the rules can read; in a list of three or more such
entries each name is an actor and each single number its score.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# One entry: a name of two to four capitalised words (a person's, a team's; "Jan de Wit"), then a
# number, or two joined by a dash or a slash (a bowler's wickets and runs, "4-51"), an optional
# "not out" or star, then the entry's end.
_ENTRY = re.compile(
    r"(?<![\w’'.-])(?P<name>[A-Z][\w’'.-]*(?:\s+(?:(?:de|van|von|der|den|da|del|di|du|la|le|bin|ibn)\s+)?[A-Z][\w’'.-]*){1,3})\s+"
    r"(?P<score>(?:\d{1,3}(?:,\d{3})+|\d{1,4})(?![\d]|[,.:]\d)(?:[-–/]\d{1,4}(?![\d]|[,.:]\d))?)(?:\*|\s+not\s+out\b)?"
    r"(?=\s*(?:[,;)&]|$|\.\s*$|\s+and\s))"
)
# A side's total before the bracketed scores that make it up: "Norland 212 (", "& 96 (".
_TOTAL = re.compile(
    r"(?:(?<![\w’'.-])(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})|(?P<again>&|\band\b))\s+"
    r"(?P<total>\d{1,4})(?![\d]|[,.:]\d)\s*(?=\()"
)
# The last word of a numbered thing's name, no one's whose score it is: "Gate 14", "Exit 3".
_NUMBERED_THINGS = {
    *("route", "highway", "road", "street", "gate", "terminal", "platform", "stage", "phase", "level"),
    *("category", "class", "grade", "flight", "line", "bus", "ward", "district", "zone", "section"),
    *("chapter", "article", "room", "unit", "lot", "pier", "berth", "runway", "exit", "block"),
    *("building", "floor", "station", "channel", "week", "day", "round", "game", "race", "heat"),
    *("lane", "court", "field", "hall", "box", "page", "item", "rule", "clause", "act", "bill"),
}
# The fewest entries that make a line of results, not a name with its number.
_LEAST = 3


class Score(NamedTuple):
    """One entry of a line of results: whose it is, its number (None for two joined, "4-51"),
    where the number stands, and whether it is a side's total."""

    name: str
    value: int | None
    span: tuple[int, int]
    total: bool = False


def score_line(sentence: str) -> list[Score]:
    """The entries of a line of results in ``sentence``, in order; none where it is no such line."""
    entries = [m for m in _ENTRY.finditer(sentence) if m["name"].split()[-1].lower() not in _NUMBERED_THINGS]
    if len(entries) < _LEAST:
        return []
    found = [
        Score(
            m["name"],
            int(m["score"].replace(",", ""))
            if m["score"][-1:].isdigit() and not re.search(r"[-–/]", m["score"])
            else None,
            m.span("score"),
        )
        for m in entries
    ]
    side = None
    for match in _TOTAL.finditer(sentence):
        side = match["name"] or side
        if side is not None:
            found.append(Score(side, int(match["total"]), match.span("total"), total=True))
    return sorted(found, key=lambda entry: entry.span)


def named_in_score_line(name: str, sentence: str) -> bool:
    """Whether ``name`` is one of the names of a line of results in ``sentence``."""
    return any(entry.name == name for entry in score_line(sentence))


# A side's score as what it made "for" how many it lost: "Norland on 52 for two", "reached 120 for 4",
# "were 210 for no loss"; the side named before it when one is.
_FOR_LOST = re.compile(
    r"(?:(?P<side>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+)?"
    r"\b(?:on|at|were|was|reached|made|to|closed\s+on|finished\s+on|are|is)\s+"
    r"(?P<made>\d{1,3})\s+for\s+(?P<lost>no\s+loss|one|two|three|four|five|six|seven|eight|nine|ten|\d)\b"
    r"(?=\s*(?:[,.;)]|$|\s+(?:wickets?|at|in|when|after|before|and|with|by)\b))"
)


def scores_for_lost(sentence: str) -> list[Score]:
    """Each score written as made "for" lost ("on 52 for two"): the number made, whose it is when the
    sentence names the side just before it, and where the score stands (both its numbers)."""
    return [
        Score(m["side"] or "", int(m["made"]), (m.start("made"), m.end("lost")))
        for m in _FOR_LOST.finditer(sentence)
    ]
