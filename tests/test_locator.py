"""Locator maps as SVG: first-level regions where the data has them, an inset that never hides a
place, the same bytes each time, and a weight within the page budget."""

from __future__ import annotations

import gzip
import re

from generator.site import geography
from generator.site.locator import INSET, Spot, locator_map

SWISS = [Spot("Blatten", 46.42, 7.82), Spot("Bern", 46.95, 7.45)]
# Two points in the open Atlantic: no land, so no region to draw.
AT_SEA = [Spot("Buoy A", 0.0, -30.0), Spot("Buoy B", 1.0, -29.0)]
# Several places, one of them in the map's top right corner, where the inset goes by default.
CORNER = [Spot("Lashio", 22.93, 97.75), Spot("Laukkai", 23.69, 98.76), Spot("Kunming", 25.04, 102.7)]


def regions(svg: str) -> str:
    found = re.search(r'<path class="explainer-map__region" d="([^"]*)"', svg)
    return found.group(1) if found else ""


def test_a_map_draws_the_regions_the_data_has() -> None:
    svg = locator_map(SWISS, key="m", title="Map: Swiss places")
    assert len(regions(svg).split("M")) > 5  # Switzerland's cantons, clipped to the map
    assert "their states or provinces" in svg
    # Every point of the region lines lies inside the map's drawing.
    width, height = (float(v) for v in re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg).groups())  # type: ignore[union-attr]
    for x, y in re.findall(r"([\d.]+),([\d.]+)", regions(svg)):
        assert 0 <= float(x) <= width and 0 <= float(y) <= height


def test_a_map_where_the_data_has_no_regions_draws_none() -> None:
    svg = locator_map(AT_SEA, key="m", title="Map: at sea")
    assert "explainer-map__region" not in svg.split("</style>")[1]
    assert "states or provinces" not in svg


def test_the_region_data_is_indexed_once_and_read_only_where_a_map_reaches() -> None:
    # The caches are the process's: other tests in this worker may have drawn other maps.
    geography._region_boxes.cache_clear()
    geography._region_line.cache_clear()
    locator_map(SWISS, key="m", title="Map: Swiss places")
    indexed = geography._region_boxes.cache_info()
    read = geography._region_line.cache_info().currsize
    locator_map(SWISS, key="m", title="Map: Swiss places")
    assert geography._region_boxes.cache_info().misses == indexed.misses == 1
    assert geography._region_line.cache_info().currsize == read
    # A map reads a few dozen of the file's ten thousand lines.
    assert 0 < read < len(geography._region_boxes()) / 50


def test_the_inset_moves_off_a_place_in_its_corner() -> None:
    svg = locator_map(CORNER, key="m", title="Map: corner")
    left, top = (
        float(v)
        for v in re.search(r'<rect class="explainer-map__sea" x="([\d.]+)" y="([\d.]+)"', svg).groups()
    )  # type: ignore[union-attr]
    for cx, cy in re.findall(r'<circle class="explainer-map__spot" cx="([\d.]+)" cy="([\d.]+)"', svg):
        assert not (left <= float(cx) <= left + INSET[0] and top <= float(cy) <= top + INSET[1])
    assert "Unlabelled" not in svg  # and every place keeps its label


def test_a_map_is_the_same_bytes_each_time_and_light() -> None:
    first = locator_map(SWISS, key="m", title="Map: Swiss places")
    assert locator_map(SWISS, key="m", title="Map: Swiss places") == first
    # A dense part of the world, with many regions: still far within 60 KB gzipped for a page.
    dense = locator_map([Spot("Brussels", 50.85, 4.35), Spot("Amsterdam", 52.37, 4.9)], key="m", title="Map")
    assert len(gzip.compress(dense.encode())) < 30_000
