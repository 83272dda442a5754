"""One actor, one record: an actor defined again by another story is found by its names.

Stories share an actor through ``shared-actors.yaml``; an actor written out again in a second story
splits it in two (two pages, two lines on the people page). The later story (by publication date)
is warned, and the hint gives the shared-actors entry that replaces its record.

Placing a story's warnings reads its actor files again (for each ``id:``'s line and column): given
``kept`` (under `serve`, between rebuilds), they are kept by what they read (the story's actor
files' bytes, its folder as shown, which actors repeat which records), so a story whose warnings
and actor files are as before is not read again.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from generator.checking.diagnostics import Diagnostic, problem
from generator.checking.discovery import dossier_files
from generator.checking.placing import on_entries
from generator.format.dossier import Dossier
from generator.format.identity import actor_names, matching_name
from generator.format.model import Actor


def own_records(dossier: Dossier) -> list[Actor]:
    """The actors a dossier defines itself (not those it takes from another through shared-actors)."""
    shared = {entry.id for entry in dossier.shared_actors}
    return [actor for actor in dossier.actors if actor.id not in shared]


Placements = dict[str, tuple[Diagnostic, ...]]


def duplicate_actors(
    dossiers: list[Dossier], display: dict[str, str], kept: Placements | None = None
) -> list[Diagnostic]:
    """A warning on each actor that another, earlier story already records under one of its names;
    each story's warnings placed once while what they read holds, given ``kept`` (see the module)."""
    used: Placements = {}
    earlier: dict[str, tuple[Dossier, Actor]] = {}
    found: list[Diagnostic] = []
    for dossier in sorted(dossiers, key=lambda d: (d.meta.published, d.slug)):
        records = [(actor, actor_names(actor)) for actor in own_records(dossier)]
        repeated = []
        for actor, names in records:
            first = next((earlier[n] for n in sorted(names) if n in earlier), None)
            if first is not None and first[0].slug != dossier.slug:
                repeated.append((actor, *first))
        if repeated:
            shown = display.get(dossier.slug, str(dossier.folder))
            found.extend(_placed_once(dossier, repeated, shown, kept or {}, used))
        for actor, names in records:
            for name in names:
                earlier.setdefault(name, (dossier, actor))
    if kept is not None:  # only what this check used stays
        kept.clear()
        kept.update(used)
    return found


def _placed_once(
    dossier: Dossier,
    repeated: list[tuple[Actor, Dossier, Actor]],
    shown_folder: str,
    kept: Placements,
    used: Placements,
) -> tuple[Diagnostic, ...]:
    """``_placed``, or what it gave before for the same actor files and repeated records."""
    folder = Path(dossier.folder)
    sha = hashlib.sha256(f"{folder}\0{shown_folder}\0".encode("utf-8", "surrogatepass"))
    for actor, other, record in repeated:
        name = matching_name(actor, record) or actor.name
        sha.update(repr((actor.id, name, other.slug, record.id)).encode("utf-8", "surrogatepass") + b"\0")
    for path in dossier_files(folder).kinds.get(Actor.file_name, ()):
        try:
            data = path.read_bytes()
        except OSError:
            data = b"\0unreadable"
        sha.update(f"{path.relative_to(folder).as_posix()}\0{len(data)}\0".encode() + data + b"\0")
    key = sha.hexdigest()
    found = kept.get(key)
    if found is None:
        found = tuple(_placed(dossier, repeated, shown_folder))
    used[key] = found
    return found


def _placed(
    dossier: Dossier, repeated: list[tuple[Actor, Dossier, Actor]], shown_folder: str
) -> list[Diagnostic]:
    """The warnings of one dossier, each on its actor's ``id:`` (every actor file read once)."""
    wanted = {actor.id: (actor, other, record) for actor, other, record in repeated}
    return on_entries(
        dossier,
        Actor.file_name,
        shown_folder,
        wanted,
        lambda shown, index, actor_id: _warning(shown, (index, "id"), *wanted.pop(actor_id)),
    )


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
