"""Each page's JSON-LD read back from the compressed ``<script>`` element the pages hold
(``generator.site.pages.described``), for the tests that look inside it."""

from __future__ import annotations

import json
from typing import Any

from generator.site.pages import Pages
from generator.site.shelf import unpack

OPEN, CLOSE = '<script type="application/ld+json">', "</script>"


def data_of(packed: bytes) -> dict[str, Any]:
    script = unpack(packed)
    assert script.startswith(OPEN) and script.endswith(CLOSE), script[:80]
    found: dict[str, Any] = json.loads(script[len(OPEN) : -len(CLOSE)])
    return found


def jsonld_of(pages: Pages) -> dict[str, dict[str, Any]]:
    """Each page's JSON-LD by path, as data."""
    return {path: data_of(packed) for path, packed in pages.jsonld.items()}
