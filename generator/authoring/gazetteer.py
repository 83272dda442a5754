"""Known places: the countries and their subdivisions (pycountry), the world's towns (`towns.py`), and
a point of the compass before either ("West London").
"""

from __future__ import annotations

import functools
import re
import unicodedata

from generator.authoring import towns

# A point of the compass before a place: "West London", "Northern Ireland", "Greater Manchester".
_COMPASS = {
    *("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"),
    *("Greater", "Upper", "Lower", "Inner", "Outer", "Northeast", "Northwest", "Southeast", "Southwest"),
}


# The world's regions and continents that no country list holds ("the Caribbean coral", "across
# Europe"): places, never a people's adjective
_REGIONS = {
    *("Africa", "Asia", "Europe", "Oceania", "Antarctica", "Arctic", "Caribbean", "Mediterranean"),
    *("Middle East", "Scandinavia", "Balkans", "Sahel", "Caucasus", "Latin America", "Central America"),
    *("North America", "South America", "West Indies"),
}


# The words for a province, a region or a city after a subdivision's name in its own language.
_LOCAL_TYPE = re.compile(
    r"\s+(?:(?:Huizu\s+|Zhuangzu\s+|Weiwu'er\s+)?Zizhiqu|Sheng|Shi|oblast'?|oblysy|kraj|kray|okrug)$"
)


def _unmarked(name: str) -> str:
    """A name without its letters' marks: "Kraków" as "Krakow"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@functools.cache
def _gazetteer() -> frozenset[str]:
    """Names of countries and their subdivisions (pycountry: ISO 3166 data shipped in the package, so
    the answer never depends on the network or the day). Cities are told by their context instead
    ("the city of Dingxi", "throughout Accra"): a city list would weigh more than the whole site."""
    import pycountry

    names: set[str] = set()
    for country in pycountry.countries:
        names.update(getattr(country, key, "") for key in ("name", "common_name", "official_name"))
        # no codes: news writes "Iceland", and "ISL", "IT", "PR" are more often a league's or a word
    names.update(subdivision.name for subdivision in pycountry.subdivisions)
    # "Sichuan" of "Sichuan Sheng", "Vinnytska" of "Vinnytska oblast": a subdivision without the
    # word of its own language for what it is, which English text leaves out
    names.update(_LOCAL_TYPE.sub("", subdivision.name) for subdivision in pycountry.subdivisions)
    # "Wales" of "Wales [Cymru GB-CYM]", "Cardiff" of "Cardiff [Caerdydd GB-CRD]": a subdivision's
    # name without the other language's name and code the list gives after it in brackets
    names.update(re.sub(r"\s*\[[^\]]*\]$", "", name) for name in list(names))
    # "the Republic of Ireland": a country as news names it beside a province of the same name
    names.update(f"Republic of {country.name}" for country in pycountry.countries if " " not in country.name)
    names.discard("")
    # "Tamil Nadu" as news writes "Tamil Nādu": each name also without its marks
    names.update([_unmarked(name) for name in names])
    names.update(("UK", "US", "USA", "UAE"))  # the short names news text uses
    names.update(_REGIONS)
    return frozenset(name.casefold() if len(name) > 3 else name for name in names)


def is_place(name: str) -> bool:
    """A known country or region. Short names (US, UAE) only in capitals; names in any case."""
    places = _gazetteer()
    bare = name.removeprefix("the ").removeprefix("The ").replace(".", "")
    return bare in places if len(bare) <= 3 else bare.casefold() in places


def place_or_town(name: str) -> bool:
    return is_place(name) or towns.is_town(name)


def compass_place(name: str) -> bool:
    """ "West London", "Northern Ireland": a point of the compass, then a known place or town."""
    first, _, rest = name.partition(" ")
    return first in _COMPASS and bool(rest) and (is_place(rest) or towns.is_town(rest))
