"""Downloads for researchers: each dossier as JSON, and its numbers, actors and events as CSV.

Files are returned as (relative path, bytes) pairs; the adapters decide where they are written.
CSV cells are written as OWASP's "CSV injection" page asks: every cell in double quotes (a quote
inside doubled), and a text cell that a spreadsheet would run as a formula (one beginning with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return, also after leading spaces) begins with an
apostrophe, which the spreadsheet shows as text. A number from the model is a number, never a formula.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from generator.format.dates import PartialDate
from generator.format.dossier import Dossier
from generator.format.model import Item

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Characters a spreadsheet may skip before it looks for a formula's first character.
_SKIPPED_BEFORE_FORMULA = " \n\u00a0\u3000\ufeff"


@dataclass(frozen=True)
class Download:
    """One file offered for download: where it lives in the site, what it is, and its bytes."""

    path: str
    label: str
    media_type: str
    content: bytes


def download_paths(slug: str) -> dict[str, str]:
    """Site-relative paths of a dossier's downloads, by kind."""
    return {
        "json": f"{slug}/downloads/{slug}.json",
        "numbers": f"{slug}/downloads/{slug}-numbers.csv",
        "actors": f"{slug}/downloads/{slug}-actors.csv",
        "events": f"{slug}/downloads/{slug}-events.csv",
    }


def download_labels(slug: str) -> dict[str, str]:
    """What each download holds, by its site-relative path, in the order the pages list them."""
    paths = download_paths(slug)
    return {
        paths["json"]: "Every fact of this story, with its sources (JSON)",
        paths["numbers"]: "Figures (CSV)",
        paths["actors"]: "People, organisations and places (CSV)",
        paths["events"]: "Events (CSV)",
    }


def citation(dossier: Dossier, site_name: str) -> str:
    """How to cite the dossier, in one sentence, its dates as readers write them; the overview shows
    it in place of its "Published ... Last reviewed ..." line, so the dates are said once."""
    meta = dossier.meta
    published, reviewed = meta.published, meta.last_reviewed
    return (
        f"{meta.title}. {site_name}, first published {published.day} {published:%B %Y}, "
        f"last reviewed {reviewed.day} {reviewed:%B %Y}. Licence: {meta.licence}."
    )


def _dump(entries: Iterable[Item]) -> list[dict[str, Any]]:
    return [entry.model_dump(mode="json", by_alias=True, exclude_none=True) for entry in entries]


def dossier_json(dossier: Dossier, site_name: str) -> bytes:
    data = {
        "dossier": dossier.meta.model_dump(mode="json", exclude_none=True),
        "citation": citation(dossier, site_name),
        "licence": dossier.meta.licence,
        "sources": _dump(dossier.sources),
        "actors": _dump(dossier.actors),
        "numbers": _dump(dossier.numbers),
        "glossary": _dump(dossier.terms),
        "events": _dump(dossier.events),
        "claims": _dump(dossier.claims),
        "relationships": _dump(dossier.relationships),
        "questions": _dump(dossier.questions),
    }
    # Without indentation: a quarter smaller, and read by programs (a browser indents it for a person).
    compact = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return (compact + "\n").encode("utf-8")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(_cell(item) for item in value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return defused(str(value))


def defused(text: str) -> str:
    """``text`` as a spreadsheet cell that shows it and never runs it."""
    return "'" + text if text.lstrip(_SKIPPED_BEFORE_FORMULA).startswith(_FORMULA_START) else text


def _csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(value) for value in row])
    return buffer.getvalue().encode("utf-8")


def _sources(entry: Any) -> list[str]:
    return [c.source for c in entry.cite]


def numbers_csv(dossier: Dossier) -> bytes:
    header = (
        "id",
        "value",
        "upper",
        "amount",
        "qualifier",
        "unit",
        "counts",
        "quantity",
        "as_of",
        "period_from",
        "period_to",
        "stated_by",
        "unattributed",
        "sources",
        "evidence",
        "per",
        "part_of",
        "via",
        "official",
        "revises",
        "margin",
        "alternative",
        "whichever",
        "against",
    )
    rows = (
        (
            n.id,
            n.value,
            n.upper,
            n.amount,
            n.qualifier.value,
            n.unit,
            n.counts,
            n.quantity,
            n.as_of,
            n.period.start if n.period else None,
            n.period.end if n.period else None,
            n.stated_by,
            "yes" if n.unattributed else "",
            _sources(n),
            [c.evidence for c in n.cite if c.evidence],
            n.per.value if n.per else None,
            n.part_of,
            n.via,
            "yes" if n.official else "",
            n.revises,
            n.margin,
            n.alternative.number if n.alternative else None,
            n.alternative.whichever.value if n.alternative else None,
            n.against,
        )
        for n in dossier.numbers
    )
    return _csv(header, rows)


def actors_csv(dossier: Dossier) -> bytes:
    header = ("id", "name", "kind", "aliases", "native_name", "native_lang", "description", "sources")
    rows = (
        (
            a.id,
            a.name,
            a.kind.value,
            a.aliases,
            a.native_name.text if a.native_name else None,
            a.native_name.lang if a.native_name else None,
            a.description,
            _sources(a),
        )
        for a in dossier.actors
    )
    return _csv(header, rows)


def events_csv(dossier: Dossier) -> bytes:
    header = (
        "id",
        "date",
        "precision",
        "approximate",
        "end_date",
        "title",
        "description",
        "actors",
        "sources",
        "ongoing",
    )
    ordered = sorted(dossier.events, key=lambda e: (PartialDate.parse(e.date), e.id))
    rows = (
        (
            e.id,
            e.date,
            PartialDate.parse(e.date).precision.value,
            "true" if e.approximate else "false",
            e.end_date,
            e.title,
            e.description,
            e.actors,
            _sources(e),
            "true" if e.ongoing else "false",
        )
        for e in ordered
    )
    return _csv(header, rows)


def downloads(dossier: Dossier, site_name: str) -> list[Download]:
    """Every download of one dossier, in a fixed order."""
    paths = download_paths(dossier.slug)
    labels = download_labels(dossier.slug)
    files = (
        (paths["json"], "application/json", dossier_json(dossier, site_name)),
        (paths["numbers"], "text/csv", numbers_csv(dossier)),
        (paths["actors"], "text/csv", actors_csv(dossier)),
        (paths["events"], "text/csv", events_csv(dossier)),
    )
    return [Download(path, labels[path], media, content) for path, media, content in files]
