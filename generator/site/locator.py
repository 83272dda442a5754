"""Locator maps drawn at build time as static, accessible SVG: no tiles, no script, no request.

A map shows the countries around a story's places (clipped to the map's extent and simplified to
what the map can show), the borders of their first-level regions as light dashed lines, the places
as marked and labelled points, a scale bar, and an inset that places the extent in its part of the
world, in the first corner free of places. Labels are placed by a greedy pass that tries eight
positions around each point and keeps the first that overlaps nothing already drawn; a place whose
label fits nowhere keeps its point, and the list of places under the map names it. Colours are CSS
custom properties of the theme, so the map follows the site's light and dark schemes; its styles
travel inside the SVG, so a page without a map carries none of them.

Coordinates are rounded and every iteration follows a fixed order, so the same places give the same
bytes.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import shapely
from shapely.geometry import Point

from generator.site.diagram import text_width, wrap
from generator.site.geography import Bounds, coarse, outline, overlapping, region_lines

WIDTH = 360  # viewBox units; the map is drawn at the column's width, at least 343 px on a phone
PLACE_SIZE = 14  # label sizes in viewBox units: at least 12 CSS px on a 343 px column
COUNTRY_SIZE = 13
DOT = 4.5
LEADING = 1.2
INSET = (104.0, 66.0)
INSET_SPAN = (100.0, 64.0)  # degrees of longitude and latitude the inset shows
PAD = 4.0
STYLE = (
    ".explainer-map svg{display:block;width:100%;height:auto;max-width:32rem;"
    "font-family:var(--md-text-font-family,sans-serif)}"
    ".explainer-map__sea{fill:var(--md-default-bg-color,#fff)}"
    ".explainer-map__land{fill:var(--md-default-fg-color--lightest,#eee);"
    "stroke:var(--md-default-fg-color--light,#666);stroke-width:.7;stroke-linejoin:round}"
    # A quarter of the text's colour: the story's countries stand out from the others, and labels on
    # them keep 4.5:1 (WCAG AA) beyond their halo in the light and the dark scheme alike.
    ".explainer-map__land--story{fill:var(--md-default-fg-color,#222);fill-opacity:.25}"
    ".explainer-map__region{fill:none;stroke:var(--md-default-fg-color--light,#666);stroke-width:.5;"
    "stroke-dasharray:3 2;stroke-linejoin:round}"
    ".explainer-map text{fill:var(--md-default-fg-color,#222);paint-order:stroke;"
    "stroke:var(--md-default-bg-color,#fff);stroke-width:3px;stroke-linejoin:round}"
    ".explainer-map__place{font-weight:700}"
    ".explainer-map__country{letter-spacing:.06em;font-style:italic}"
    ".explainer-map__spot{fill:var(--md-default-fg-color,#222);"
    "stroke:var(--md-default-bg-color,#fff);stroke-width:1.5}"
    ".explainer-map__frame{fill:none;stroke:var(--md-default-fg-color--light,#666)}"
    ".explainer-map__extent{fill:none;stroke:var(--md-default-fg-color,#222);stroke-width:1.5}"
    ".explainer-map__scale{stroke:var(--md-default-fg-color,#222);stroke-width:1.5;fill:none}"
    "@media print{.explainer-map svg{max-width:12cm}}"
)


@dataclass(frozen=True)
class Spot:
    """A place to mark: its name as readers know it and its point."""

    name: str
    latitude: float
    longitude: float


Rect = tuple[float, float, float, float]  # left, top, right, bottom


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class _Frame:
    """The map's extent and its projection (equirectangular, shrunk east-west at its latitude)."""

    bounds: Bounds
    width: float
    height: float

    @property
    def scale(self) -> float:
        return self.width / ((self.bounds[2] - self.bounds[0]) * self._shrink)

    @property
    def _shrink(self) -> float:
        return math.cos(math.radians((self.bounds[1] + self.bounds[3]) / 2))

    def xy(self, longitude: float, latitude: float) -> tuple[float, float]:
        west, _, _, north = self.bounds
        return (longitude - west) * self._shrink * self.scale, (north - latitude) * self.scale


def _frame(spots: Sequence[Spot], min_span: float) -> _Frame:
    """An extent around every spot, padded, at least ``min_span`` degrees, between 0.6 and 0.85 as
    high as wide."""
    lats = [s.latitude for s in spots]
    lons = [s.longitude for s in spots]
    mid_lat, mid_lon = (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2
    shrink = math.cos(math.radians(mid_lat))
    span_x = max((max(lons) - min(lons)) * 1.6 * shrink, min_span * shrink)
    span_y = max((max(lats) - min(lats)) * 1.6, min_span * 0.6)
    ratio = min(max(span_y / span_x, 0.6), 0.85)
    span_x, span_y = max(span_x, span_y / ratio), max(span_y, span_x * ratio)
    half_lon, half_lat = span_x / shrink / 2, span_y / 2
    bounds = (mid_lon - half_lon, mid_lat - half_lat, mid_lon + half_lon, mid_lat + half_lat)
    return _Frame(bounds, WIDTH, round(WIDTH * span_y / span_x))


def _rings(geometry: Any) -> Iterable[Any]:
    polygons = getattr(geometry, "geoms", [geometry])
    for polygon in polygons:
        if polygon.geom_type != "Polygon" or polygon.is_empty:
            continue
        yield polygon.exterior
        yield from polygon.interiors


def _path(geometry: Any, project: Any) -> str:
    parts = []
    for ring in _rings(geometry):
        points: list[str] = []
        for lon, lat in ring.coords:
            x, y = project(lon, lat)
            point = f"{_number(x)},{_number(y)}"
            if not points or points[-1] != point:
                points.append(point)
        if len(points) > 3:
            parts.append("M" + "L".join(points) + "Z")
    return "".join(parts)


def _lines(geometry: Any, project: Any) -> str:
    """Open lines (a LineString or a MultiLineString, as clipping leaves them) as one path."""
    parts = []
    for line in getattr(geometry, "geoms", [geometry]):
        if line.geom_type != "LineString" or line.is_empty:
            continue
        points: list[str] = []
        for lon, lat in line.coords:
            x, y = project(lon, lat)
            point = f"{_number(x)},{_number(y)}"
            if not points or points[-1] != point:
                points.append(point)
        if len(points) > 1:
            parts.append("M" + "L".join(points))
    return "".join(parts)


def _regions(frame: _Frame, tolerance: float) -> list[str]:
    """The boundaries between first-level regions inside the map, as one light dashed path."""
    path = "".join(
        _lines(shapely.clip_by_rect(line, *frame.bounds).simplify(tolerance), frame.xy)
        for line in region_lines(frame.bounds)
    )
    return [f'<path class="explainer-map__region" d="{path}"/>'] if path else []


def _land(bounds: Bounds, tolerance: float, detailed: bool = True) -> list[tuple[str, Any]]:
    """Each country meeting ``bounds``, clipped to it and simplified: (name, clipped geometry)."""
    found = []
    for country in overlapping(bounds):
        geometry = outline(country.index) if detailed else coarse(country.index)
        clipped = shapely.clip_by_rect(geometry, *bounds)
        if clipped.is_empty or clipped.area == 0:
            continue
        found.append((country.name, clipped.simplify(tolerance, preserve_topology=True)))
    return found


def _overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _label_box(x: float, y: float, lines: Sequence[str], size: float, where: tuple[int, int]) -> Rect:
    width = max(text_width(line) for line in lines) * size / 14
    height = len(lines) * size * LEADING
    gap = DOT + 3
    dx, dy = where
    left = x + gap if dx > 0 else x - gap - width if dx < 0 else x - width / 2
    top = y - height / 2 if dy == 0 else y - gap - height if dy < 0 else y + gap
    return (left, top, left + width, top + height)


# Right, left, above, below, then the diagonals: the usual order of a cartographer's label positions.
POSITIONS = ((1, 0), (-1, 0), (0, -1), (0, 1), (1, -1), (1, 1), (-1, -1), (-1, 1))


def _place_labels(
    points: Sequence[tuple[float, float, str]], taken: list[Rect], limits: Rect
) -> list[Rect | None]:
    """Each point's label box, or None where no position is free: one line, else wrapped in two."""
    placed: list[Rect | None] = []
    for x, y, name in points:
        chosen = None
        for lines in ([name], wrap(name)):
            for where in POSITIONS:
                rect = _label_box(x, y, lines, PLACE_SIZE, where)
                inside = rect[0] >= limits[0] and rect[1] >= limits[1] and rect[2] <= limits[2]
                if inside and rect[3] <= limits[3] and not any(_overlaps(rect, t) for t in taken):
                    chosen = rect
                    break
            if chosen is not None:
                break
        if chosen is not None:
            taken.append(chosen)
        placed.append(chosen)
    return placed


def _text(rect: Rect, text: str, kind: str, size: float) -> str:
    """Text in ``rect``: on one line, or wrapped when the box is higher than one line."""
    lines = [text] if rect[3] - rect[1] < 2 * size * LEADING - 0.01 else wrap(text)
    x = _number(rect[0])
    spans = "".join(
        f'<tspan x="{x}" y="{_number(rect[1] + (i + 0.5) * size * LEADING)}">{html.escape(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    return (
        f'<text class="explainer-map__{kind}" font-size="{size}" dominant-baseline="central">{spans}</text>'
    )


def _country_labels(land: Sequence[tuple[str, Any]], frame: _Frame, taken: list[Rect]) -> list[str]:
    """A country's name at a point inside it, when it covers enough of the map and its name fits."""
    parts = []
    whole = (frame.bounds[2] - frame.bounds[0]) * (frame.bounds[3] - frame.bounds[1])
    for name, geometry in sorted(land, key=lambda found: -found[1].area):
        if geometry.area < whole * 0.06:
            continue
        point = geometry.representative_point()
        x, y = frame.xy(point.x, point.y)
        width = text_width(name) * COUNTRY_SIZE / 14 * 1.1
        rect = (x - width / 2, y - COUNTRY_SIZE * LEADING / 2, x + width / 2, y + COUNTRY_SIZE * LEADING / 2)
        if rect[0] < PAD or rect[2] > frame.width - PAD or rect[1] < PAD or rect[3] > frame.height - PAD:
            continue
        if any(_overlaps(rect, t) for t in taken):
            continue
        taken.append(rect)
        parts.append(_text(rect, name, "country", COUNTRY_SIZE))
    return parts


@lru_cache(maxsize=256)
def _inset_land(lon: float, lat: float) -> tuple[Bounds, str]:
    """The inset's window centred on (lon, lat) and its land as one path from the inset's corner.

    Centres are rounded to 5 degrees by the caller, so nearby stories share one drawing and a build
    simplifies each part of the world once."""
    half_x, half_y = INSET_SPAN[0] / 2, INSET_SPAN[1] / 2
    lon = min(max(lon, -180 + half_x), 180 - half_x)
    lat = min(max(lat, -60 + half_y), 84 - half_y)
    bounds = (lon - half_x, lat - half_y, lon + half_x, lat + half_y)
    scale = INSET[0] / INSET_SPAN[0]

    def project(x: float, y: float) -> tuple[float, float]:
        return (x - bounds[0]) * scale, (bounds[3] - y) * scale

    land = _land(bounds, 1.2 / scale, detailed=False)
    return bounds, "".join(
        _path(geometry, project) for _, geometry in land if geometry.area * scale * scale > 4
    )


def _inset(frame: _Frame, corner: Rect) -> list[str]:
    """The part of the world around the map, the map's extent outlined in it."""
    west, south, east, north = frame.bounds
    bounds, land = _inset_land(round((west + east) / 10) * 5.0, round((south + north) / 10) * 5.0)
    left, top = corner[0], corner[1]
    scale = INSET[0] / INSET_SPAN[0]
    x0, y0 = left + (west - bounds[0]) * scale, top + (bounds[3] - north) * scale
    x1, y1 = left + (east - bounds[0]) * scale, top + (bounds[3] - south) * scale
    cx, cy, w, h = (x0 + x1) / 2, (y0 + y1) / 2, max(x1 - x0, 6), max(y1 - y0, 6)
    return [
        f'<rect class="explainer-map__sea" x="{_number(left)}" y="{_number(top)}" '
        f'width="{_number(INSET[0])}" height="{_number(INSET[1])}"/>',
        f'<path class="explainer-map__land" stroke-width=".4" '
        f'transform="translate({_number(left)} {_number(top)})" d="{land}"/>',
        f'<rect class="explainer-map__extent" x="{_number(cx - w / 2)}" y="{_number(cy - h / 2)}" '
        f'width="{_number(w)}" height="{_number(h)}"/>',
        f'<rect class="explainer-map__frame" x="{_number(left)}" y="{_number(top)}" '
        f'width="{_number(INSET[0])}" height="{_number(INSET[1])}"/>',
    ]


def _scale_bar(frame: _Frame) -> list[str]:
    """A bar of a round number of kilometres, about a fifth of the map's width, bottom left."""
    km_per_unit = 111.32 / frame.scale  # along a parallel the projection keeps distances
    wanted = frame.width / 5 * km_per_unit
    step = 10 ** math.floor(math.log10(wanted))
    km = max(n * step for n in (1, 2, 5) if n * step <= wanted)
    length = km / km_per_unit
    x, y = PAD + 4, frame.height - PAD - 6
    return [
        f'<path class="explainer-map__scale" d="M{_number(x)},{_number(y - 5)}V{_number(y)}'
        f'H{_number(x + length)}V{_number(y - 5)}"/>',
        _text(
            (x + length + 5, y - 2 - COUNTRY_SIZE * LEADING / 2, 0, y - 2 + COUNTRY_SIZE * LEADING / 2),
            f"{km:g} km",
            "note",
            COUNTRY_SIZE,
        ),
    ]


def _inset_corner(frame: _Frame, points: Sequence[tuple[float, float, str]]) -> Rect:
    """The top right corner for the inset, else top left, else bottom right: the first with no
    place in it or near it (the bottom left holds the scale bar); with none free, the one with
    the fewest."""
    w, h, (iw, ih) = frame.width, frame.height, INSET
    corners = [
        (w - iw - PAD, PAD, w - PAD, PAD + ih),
        (PAD, PAD, PAD + iw, PAD + ih),
        (w - iw - PAD, h - ih - PAD, w - PAD, h - PAD),
    ]
    margin = DOT + 3

    def crowding(corner: Rect) -> int:
        grown = (corner[0] - margin, corner[1] - margin, corner[2] + margin, corner[3] + margin)
        return sum(grown[0] <= x <= grown[2] and grown[1] <= y <= grown[3] for x, y, _ in points)

    return min(corners, key=crowding)


@dataclass(frozen=True)
class Drawn:
    """A map as a raw HTML block, and each place it marks without a label (no room for one), with
    the nearest labelled place ("" when none is), so the list under the map can say which point
    it is."""

    html: str
    unlabelled: dict[str, str]


def locator_map(spots: Sequence[Spot], *, key: str, title: str, min_span: float = 3.0) -> str:
    """A locator map of ``spots`` as a raw HTML block; ``key`` makes its ids unique on the page."""
    return draw(spots, key=key, title=title, min_span=min_span).html


def draw(spots: Sequence[Spot], *, key: str, title: str, min_span: float = 3.0) -> Drawn:
    """A locator map of ``spots``, and which of them it could not label."""
    frame = _frame(spots, min_span)
    project = frame.xy
    tolerance = 0.5 / frame.scale
    land = _land(frame.bounds, tolerance)
    inside = {
        name
        for name, geometry in land
        for spot in spots
        if geometry.buffer(tolerance).covers(Point(spot.longitude, spot.latitude))
    }
    parts = [f'<rect class="explainer-map__sea" width="{frame.width}" height="{_number(frame.height)}"/>']
    for name, geometry in land:
        kind = "explainer-map__land explainer-map__land--story" if name in inside else "explainer-map__land"
        parts.append(
            f'<path class="{kind}" d="{_path(geometry, project)}"><title>{html.escape(name)}</title></path>'
        )
    regions = _regions(frame, tolerance)
    parts += regions
    points = [(*project(s.longitude, s.latitude), s.name) for s in spots]
    corner = _inset_corner(frame, points)
    taken: list[Rect] = [corner, (PAD, frame.height - 30, PAD + 90, frame.height)]
    taken += [(x - DOT - 1, y - DOT - 1, x + DOT + 1, y + DOT + 1) for x, y, _ in points]
    labels = _place_labels(points, taken, (PAD, PAD, frame.width - PAD, frame.height - PAD))
    # The inset goes under the places, so a place it cannot avoid still shows its point and label.
    parts += _inset(frame, corner) + _country_labels(land, frame, taken)
    for (x, y, name), rect in zip(points, labels, strict=True):
        parts.append(f'<circle class="explainer-map__spot" cx="{_number(x)}" cy="{_number(y)}" r="{DOT}"/>')
        if rect is not None:
            parts.append(_text(rect, name, "place", PLACE_SIZE))
    parts += _scale_bar(frame)
    unlabelled = [name for (_, _, name), rect in zip(points, labels, strict=True) if rect is None]
    shown = [(x, y, name) for (x, y, name), rect in zip(points, labels, strict=True) if rect is not None]
    beside = {
        name: min(shown, key=lambda p: (math.hypot(p[0] - x, p[1] - y), p[2]))[2] if shown else ""
        for (x, y, name), rect in zip(points, labels, strict=True)
        if rect is None
    }
    figure = _figure(
        parts, frame, key=key, title=title, spots=spots, unlabelled=unlabelled, regions=bool(regions)
    )
    return Drawn(figure, beside)


def _figure(
    parts: Sequence[str],
    frame: _Frame,
    *,
    key: str,
    title: str,
    spots: Sequence[Spot],
    unlabelled: Sequence[str],
    regions: bool,
) -> str:
    names = ", ".join(s.name for s in spots)
    around = (
        "the countries around them, their states or provinces" if regions else "the countries around them"
    )
    description = f"A map of {names}, with {around} and an inset placing them in the world."
    if unlabelled:
        description += " Unlabelled for lack of room: " + ", ".join(unlabelled) + "."
    w, h = _number(frame.width), _number(frame.height)
    return "\n".join(
        [
            f'<figure class="explainer-map" id="{key}" data-search-exclude>',
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
            f'role="img" aria-labelledby="{key}-title {key}-desc">',
            f'<title id="{key}-title">{html.escape(" ".join(title.split()))}</title>',
            f'<desc id="{key}-desc">{html.escape(" ".join(description.split()))}</desc>',
            f"<style>{STYLE}</style>",
            *parts,
            "</svg>",
            "</figure>",
        ]
    )
