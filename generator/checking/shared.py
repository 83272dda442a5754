"""Actors shared across dossiers, resolved once every dossier of a site is loaded.

An entry of ``shared-actors.yaml`` names ``dossier-slug/actor-id``: the actor's record (name, kind,
aliases, native name) stays in that dossier, and this dossier adds its own description and
citations. Resolving turns each entry into an actor of the using dossier and records, for every
shared actor, the other stories it appears in. Problems are placed on the entry's ``actor:`` line:
an unknown dossier or actor gets a did-you-mean, and an actor deleted from the dossier that defines
it is reported on every entry that still uses it, each message naming all of them.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from generator.checking.diagnostics import Diagnostic, problem
from generator.checking.yamlfile import locate, locate_each, read_yaml
from generator.format.dossier import Appearance, Dossier, ThreadLink
from generator.format.model import Actor, SharedActor

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Use:
    """One shared-actors entry and the file position of its ``actor:`` value."""

    dossier: Dossier
    entry: SharedActor
    path: str
    line: int
    col: int

    @property
    def place(self) -> str:
        return f"{self.path}:{self.line}"


def resolve_shared(
    dossiers: list[Dossier], folders: Iterable[str], display: dict[str, str]
) -> tuple[list[Dossier], list[Diagnostic]]:
    """Dossiers with their shared actors resolved, and the problems found.

    ``folders`` holds the slug of every dossier folder, loaded or not: a dossier that failed to load
    has reported its own errors, so references into it are not reported again. ``display`` maps a
    slug to the folder as shown in diagnostics.
    """
    by_slug = {dossier.slug: dossier for dossier in dossiers}
    all_slugs = set(folders)
    uses = _uses(dossiers, display)
    found: list[Diagnostic] = []
    resolved: dict[str, list[Actor]] = {}
    groups: list[list[tuple[Dossier, str]]] = []
    for (slug, actor_id), group in sorted(uses.items()):
        target = by_slug.get(slug)
        record = _record(target, actor_id) if target is not None else None
        if record is None:
            if target is None and slug in all_slugs:
                continue  # that dossier failed to load and has said why
            found.extend(_unknown(group, slug, actor_id, target, sorted(all_slugs)))
            continue
        members: list[tuple[Dossier, str]] = [(target, actor_id)]  # type: ignore[list-item]
        for use in group:
            if use.dossier.slug == slug:
                found.append(
                    _at(
                        use, "a shared actor names an actor of its own dossier", "use the actor's id directly"
                    )
                )
                continue
            found.extend(_repeated_names(use, record))
            resolved.setdefault(use.dossier.slug, []).append(_taken(record, use.entry))
            members.append((use.dossier, use.entry.id))
        groups.append(members)

    return _with_appearances(dossiers, resolved, groups), found


def _uses(dossiers: list[Dossier], display: dict[str, str]) -> dict[tuple[str, str], list[Use]]:
    """(slug, actor id) of each record shared -> where stories take it."""
    uses: dict[tuple[str, str], list[Use]] = {}
    for dossier in dossiers:
        if not dossier.shared_actors:
            continue
        places = _places(Path(dossier.folder), display.get(dossier.slug, str(dossier.folder)))
        for entry in dossier.shared_actors:
            path, line, col = places.get(entry.id, (display.get(dossier.slug, ""), 1, 1))
            uses.setdefault((entry.dossier_slug, entry.actor_id), []).append(
                Use(dossier, entry, path, line, col)
            )
    return uses


def _with_appearances(
    dossiers: list[Dossier], resolved: dict[str, list[Actor]], groups: list[list[tuple[Dossier, str]]]
) -> list[Dossier]:
    """Each dossier with the actors it takes from others, and where each of its actors appears in
    other stories (``groups``: each shared actor, as (story, actor id) in every story that has it)."""
    appearances: dict[str, dict[str, list[Appearance]]] = {}
    for members in groups:
        for dossier, actor_id in members:
            others = [Appearance(d.slug, d.meta.title, a) for d, a in members if d.slug != dossier.slug]
            appearances.setdefault(dossier.slug, {}).setdefault(actor_id, []).extend(others)
    out = []
    for dossier in dossiers:
        extra = resolved.get(dossier.slug, [])
        seen = appearances.get(dossier.slug, {})
        if extra or seen:
            dossier = replace(
                dossier,
                actors=dossier.actors + tuple(extra),
                appearances={k: tuple(sorted(set(v), key=lambda a: a.slug)) for k, v in sorted(seen.items())},
            )
        out.append(dossier)
    return out


def _taken(record: Actor, entry: SharedActor) -> Actor:
    """The actor a story takes from ``record``: the record's names with the ones this story adds."""
    known = _names(record)
    added = [alias for alias in entry.aliases if alias.casefold() not in known]
    natives = [native for native in entry.native_names if native.text.casefold() not in known]
    own = [record.native_name] if record.native_name else list(record.native_names)
    return Actor(
        id=entry.id,
        name=record.name,
        kind=record.kind,
        aliases=[*record.aliases, *dict.fromkeys(added)],
        native_name=None if natives else record.native_name,
        native_names=[*own, *natives] if natives else record.native_names,
        wikidata=record.wikidata,
        description=entry.description,
        as_of=entry.as_of,
        cite=entry.cite,
        # The record's location cites the record's sources: pages cite it from that story.
        location=entry.location or record.location,
    )


def _names(record: Actor) -> set[str]:
    natives = [*record.native_names, *([record.native_name] if record.native_name else [])]
    return {name.casefold() for name in [record.name, *record.aliases, *(n.text for n in natives)]}


def _repeated_names(use: Use, record: Actor) -> list[Diagnostic]:
    """A warning for each name a story adds that the record already gives (so it adds nothing)."""
    known = _names(record)
    added = [*use.entry.aliases, *(native.text for native in use.entry.native_names)]
    return [
        problem(
            use.path,
            "shared-name-known",
            f"{name!r} is already a name of {use.entry.actor} in its record",
            "delete it here: a story adds only names its record does not give",
            line=use.line,
            col=use.col,
        )
        for name in added
        if name.casefold() in known
    ]


def _record(dossier: Dossier, actor_id: str) -> Actor | None:
    """The actor's own record in ``dossier``: not one that dossier itself takes from another."""
    shared = {entry.id for entry in dossier.shared_actors}
    actor = dossier.actor_by_id.get(actor_id)
    return None if actor is None or actor_id in shared else actor


def _unknown(
    group: list[Use], slug: str, actor_id: str, target: Dossier | None, slugs: list[str]
) -> list[Diagnostic]:
    if target is None:
        close = difflib.get_close_matches(slug, slugs, n=1, cutoff=0.6)
        hint = f"did you mean '{close[0]}/{actor_id}'?" if close else "name a dossier folder of this site"
        return [_at(use, f"no dossier has the slug {slug!r}", hint) for use in group]
    if actor_id in {entry.id for entry in target.shared_actors}:
        origin = next(e.actor for e in target.shared_actors if e.id == actor_id)
        return [
            _at(
                use,
                f"{slug}/{actor_id} is itself shared from {origin}",
                f"point at the record: `actor: {origin}`",
            )
            for use in group
        ]
    records = [a.id for a in target.actors if a.id not in {e.id for e in target.shared_actors}]
    close = difflib.get_close_matches(actor_id, records, n=1, cutoff=0.6)
    users = ", ".join(use.place for use in group)
    message = (
        f"dossier {slug!r} has no actor {actor_id!r} (deleted or renamed?); "
        f"{len(group)} shared-actor entr{'y uses' if len(group) == 1 else 'ies use'} it: {users}"
    )
    hint = (
        f"did you mean '{slug}/{close[0]}'?"
        if close
        else f"restore the actor in {slug}/actors.yaml, or give each user its own actor"
    )
    return [_at(use, message, hint) for use in group]


def _at(use: Use, message: str, hint: str) -> Diagnostic:
    return problem(use.path, "shared-unknown", message, hint, line=use.line, col=use.col)


def _places(folder: Path, display_folder: str) -> dict[str, tuple[str, int, int]]:
    """Shared actor id -> (file, line, column) of its ``actor:`` value, from the dossier's files."""
    name = SharedActor.file_name
    files = [folder / f"{name}{suffix}" for suffix in YAML_SUFFIXES]
    sub = folder / name
    if sub.is_dir():
        files += sorted(p for p in sub.iterdir() if p.suffix in YAML_SUFFIXES and not p.name.startswith("."))
    places: dict[str, tuple[str, int, int]] = {}
    for path in files:
        if not path.is_file():
            continue
        shown = f"{display_folder}/{path.relative_to(folder).as_posix()}"
        doc, _ = read_yaml(path, shown)
        if doc is None or not isinstance(doc.data, list):
            continue
        entries = [(index, data["id"]) for index, data in enumerate(doc.data) if _has_id(data)]
        spots = locate_each(doc.text, [(index, "actor") for index, _ in entries])
        for (_, entry_id), (line, col) in zip(entries, spots, strict=True):
            places.setdefault(entry_id, (shown, line, col))
    return places


def _has_id(data: object) -> bool:
    return isinstance(data, dict) and isinstance(data.get("id"), str)


def resolve_thread(
    dossiers: list[Dossier], folders: Iterable[str], display: dict[str, str]
) -> tuple[list[Dossier], list[Diagnostic]]:
    """Dossiers with their "previously" and "next" links, from each dossier.yaml's ``follows:``."""
    by_slug = {dossier.slug: dossier for dossier in dossiers}
    all_slugs = sorted(set(folders))
    found: list[Diagnostic] = []
    links: dict[str, list[ThreadLink]] = {}
    for dossier in dossiers:
        wanted = dossier.meta.follows
        if wanted is None:
            continue
        target = by_slug.get(wanted)
        if target is None or wanted == dossier.slug:
            if wanted in all_slugs and wanted != dossier.slug:
                continue  # that dossier failed to load and has said why
            others = [slug for slug in all_slugs if slug != dossier.slug]
            close = difflib.get_close_matches(wanted, others, n=1, cutoff=0.6)
            hint = f"did you mean {close[0]!r}?" if close else "name another dossier folder of this site"
            message = f"no dossier has the slug {wanted!r}"
            if wanted == dossier.slug:
                message, hint = (
                    "a dossier cannot follow itself",
                    "name the dossier whose story this one carries forward",
                )
            path = f"{display.get(dossier.slug, str(dossier.folder))}/dossier.yaml"
            line, col = _follows_place(Path(dossier.folder))
            found.append(problem(path, "follows-unknown", message, hint, line=line, col=col))
            continue
        links.setdefault(dossier.slug, []).append(
            ThreadLink("Previously", target.slug, target.meta.title, target.meta.summary)
        )
        links.setdefault(target.slug, []).append(
            ThreadLink("Next", dossier.slug, dossier.meta.title, dossier.meta.summary)
        )
    out = [
        replace(d, thread=tuple(sorted(links[d.slug], key=lambda t: (t.label != "Previously", t.slug))))
        if d.slug in links
        else d
        for d in dossiers
    ]
    return out, found


def _follows_place(folder: Path) -> tuple[int, int]:
    for suffix in YAML_SUFFIXES:
        path = folder / f"dossier{suffix}"
        if path.is_file():
            doc, _ = read_yaml(path, path.name)
            if doc is not None:
                return locate(doc.text, ("follows",))
    return 1, 1
