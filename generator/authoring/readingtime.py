"""A page's reading time after its date line: "May 4, 2016 3 min read", or glued to the year as a
pasted page runs them together ("May 4, 20163 min. read")."""

from __future__ import annotations

import re

# The reading time closing a date line, spaced or glued to a year of four figures.
_READING_TIME = re.compile(
    r"(?:(?<=\b\d{4})|\s*[|·•-]?\s+)\d{1,2}\s*(?:min|mins|minutes?)\.?\s+read\s*$",
    re.IGNORECASE,
)


def without_reading_time(line: str) -> str:
    """The date line without the reading time that closes it ("May 4, 20163 min. read" ->
    "May 4, 2016"); the line as given when it names none."""
    return _READING_TIME.sub("", line)
