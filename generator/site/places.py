"""A story's located places: which actors have a point, how it reads, and whose sources cite it."""

from __future__ import annotations

from generator.format.dossier import Dossier
from generator.format.model import Actor, Location
from generator.site.across import Across
from generator.site.locator import Spot

# A story with at least this many located places gets a locator map on its overview.
MAP_PLACES = 2


def located(dossier: Dossier) -> list[Actor]:
    """The dossier's actors with a location, in the order of its files."""
    return [actor for actor in dossier.actors if actor.location is not None]


def spot(actor: Actor) -> Spot:
    location: Location = actor.location  # type: ignore[assignment]
    return Spot(actor.name, float(location.latitude), float(location.longitude))


def coordinates(location: Location) -> str:
    """ "23.69° N, 98.76° E": two decimals, about a kilometre, as precise as a locator map needs."""
    lat, lon = float(location.latitude), float(location.longitude)
    return f"{abs(lat):.2f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.2f}° {'E' if lon >= 0 else 'W'}"


def citing(dossier: Dossier, across: Across, location: Location, actor_id: str = "") -> Dossier:
    """The dossier whose sources a location cites: its own, or (for a shared actor's record) the
    story that holds the record (``actor_id``'s), else the first story that has those sources. The
    stories are looked at only as far as needed: what a page reads of the others, it depends on."""
    wanted = {citation.source for citation in location.cite}
    if wanted <= dossier.source_by_id.keys():
        return dossier
    holder = dossier.record_of(actor_id)[0] if actor_id else ""
    if holder in across.xrefs and wanted <= across.xrefs[holder].dossier.source_by_id.keys():
        return across.xrefs[holder].dossier
    for xref in across.xrefs.values():
        if wanted <= xref.dossier.source_by_id.keys():
            return xref.dossier
    return dossier
