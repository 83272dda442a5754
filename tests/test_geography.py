"""Country borders read lazily give what reading the whole shapefile at once gave."""

from __future__ import annotations

from importlib.resources import files

import shapefile
from shapely.geometry import shape

from generator.site import geography


def test_countries_and_outlines_are_those_of_the_whole_file() -> None:
    path = str(files(geography.DATA_PACKAGE) / geography.DATA_FILE)
    with shapefile.Reader(path, encoding="utf-8") as reader:
        name_at = [f[0] for f in reader.fields[1:]].index("NAME")
        records, shapes = reader.records(), reader.shapes()
    whole = [
        geography.Country(i, str(record[name_at]), tuple(float(v) for v in item.bbox))  # type: ignore[arg-type]
        for i, (record, item) in enumerate(zip(records, shapes, strict=True))
        if item.points
    ]
    assert list(geography.countries()) == whole
    for country in whole[::25]:  # a sample: parsing every outline twice is slow
        expected = shape(shapes[country.index].__geo_interface__)
        assert geography.outline(country.index).wkb == expected.wkb
