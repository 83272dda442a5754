"""One actor, one record: an actor defined again by another story is found by its names.

Stories share an actor through ``shared-actors.yaml``; an actor written out again in a second story
splits it in two (two pages, two lines on the people page). The later story (by publication date)
is warned, and the hint gives the shared-actors entry that replaces its record.
"""

from __future__ import annotations

from pathlib import Path

from generator.checking.diagnostics import Diagnostic, problem
from generator.checking.discovery import dossier_files
from generator.checking.yamlfile import locate_all, read_yaml
from generator.format.dossier import Dossier
from generator.format.identity import actor_names, matching_name
from generator.format.model import Actor


def own_records(dossier: Dossier) -> list[Actor]:
    """The actors a dossier defines itself (not those it takes from another through shared-actors)."""
    shared = {entry.id for entry in dossier.shared_actors}
    return [actor for actor in dossier.actors if actor.id not in shared]


def duplicate_actors(dossiers: list[Dossier], display: dict[str, str]) -> list[Diagnostic]:
    """A warning on each actor that another, earlier story already records under one of its names."""
    earlier: dict[str, tuple[Dossier, Actor]] = {}
    found: list[Diagnostic] = []
    for dossier in sorted(dossiers, key=lambda d: (d.meta.published, d.slug)):
        records = own_records(dossier)
        repeated = []
        for actor in records:
            first = next((earlier[n] for n in sorted(actor_names(actor)) if n in earlier), None)
            if first is not None and first[0].slug != dossier.slug:
                repeated.append((actor, *first))
        if repeated:
            found.extend(_placed(dossier, repeated, display.get(dossier.slug, str(dossier.folder))))
        for actor in records:
            for name in actor_names(actor):
                earlier.setdefault(name, (dossier, actor))
    return found


def _placed(
    dossier: Dossier, repeated: list[tuple[Actor, Dossier, Actor]], shown_folder: str
) -> list[Diagnostic]:
    """The warnings of one dossier, each on its actor's ``id:`` (every actor file read once)."""
    folder = Path(dossier.folder)
    wanted = {actor.id: (actor, other, record) for actor, other, record in repeated}
    placed: list[Diagnostic] = []
    for path in dossier_files(folder).kinds.get(Actor.file_name, ()):
        shown = f"{shown_folder}/{path.relative_to(folder).as_posix()}"
        doc, _ = read_yaml(path, shown)
        if doc is None or not isinstance(doc.data, list):
            continue
        here = [
            _warning(shown, (index, "id"), *wanted.pop(data["id"]))
            for index, data in enumerate(doc.data)
            if isinstance(data, dict) and data.get("id") in wanted
        ]
        placed.extend(locate_all(doc.text, here))
    return placed


def _warning(path: str, pointer: tuple[int, str], actor: Actor, other: Dossier, record: Actor) -> Diagnostic:
    name = matching_name(actor, record) or actor.name
    return problem(
        path,
        "actor-duplicate",
        f"actor {actor.id!r} ({name}) is also recorded by the story {other.slug!r} as {record.id!r}: "
        "one actor, one record",
        f"if they are one actor, delete this record and add to shared-actors.yaml "
        f"`- id: {actor.id}` / `actor: {other.slug}/{record.id}` with this story's description and "
        "cite (other entries keep using the id); if not, tell them apart by name",
        pointer=pointer,
    )
