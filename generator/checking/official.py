"""Checks for official figures (`official: true`): a figure the body whose job it is to count or set
it gives, which readers are told is the official one. Each check is where the mark can be misused:
on a figure no single body states, or on two figures of one thing that cannot both be right."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from generator.checking.checker import Checker, Located
from generator.checking.diagnostics import Diagnostic, problem
from generator.checking.placing import on_entries
from generator.format.conflicts import compare, when
from generator.format.dossier import Dossier
from generator.format.model import Actor, ActorKind, Number
from generator.format.numbers import format_value

# Kinds of actor that are no body that counts or sets a figure: a person speaks for one, and a place
# has a government that does.
_NO_BODY = {
    ActorKind.PERSON: "a person",
    ActorKind.GROUP: "a group of people",
    ActorKind.PLACE: "a place",
    ActorKind.OBJECT: "an object",
}


def check_official(checker: Checker, item: Located, actors: Mapping[str, Located]) -> None:
    """An official figure names exactly one stater, a body: "official" names whose count it is."""
    number: Number = item.entry  # type: ignore[assignment]
    if not number.official:
        return
    if number.unattributed or not number.stated_by:
        message = "this number is marked official but names no one who states it"
        hint = "name the body that counts or sets the figure under `stated_by:`, or delete `official: true`"
    elif len(number.stated_by) > 1:
        message = f"this number is marked official but names {len(number.stated_by)} actors under `stated_by`"
        hint = (
            "keep only the body that counts or sets the figure in `stated_by` (a spokesperson speaks for "
            "it), or delete `official: true`"
        )
    else:
        located = actors.get(number.stated_by[0])
        # A shared actor's kind is in another story's record (``shared_staters``, once every story is
        # loaded), and an unknown id is ref-unknown.
        actor = located.entry if located is not None else None
        if not isinstance(actor, Actor) or actor.kind not in _NO_BODY:
            return
        message, hint = _no_body(actor)
    checker.report(item.doc, "official-stater", message, hint, (*item.pointer, "official"))


def _no_body(actor: Actor) -> tuple[str, str]:
    message = f"this number is marked official but {actor.id!r}, who states it, is {_NO_BODY[actor.kind]}"
    hint = (
        "name in `stated_by` the body that counts or sets the figure (an electoral council, a "
        "statistics office, a central bank, a court), or delete `official: true`"
    )
    return message, hint


def shared_staters(dossiers: Sequence[Dossier], display: Mapping[str, str]) -> list[Diagnostic]:
    """`official-stater` for official figures stated by a shared actor, whose kind is known only once
    the story that records it is loaded: a person shared from another story is no body either. Each
    story's number files are read again (for the `official:` line) only where one is found."""
    found: list[Diagnostic] = []
    for dossier in dossiers:
        shared = {entry.id for entry in dossier.shared_actors}
        kinds = {actor.id: actor for actor in dossier.actors if actor.id in shared}
        wanted = {
            number.id: kinds[number.stated_by[0]]
            for number in dossier.numbers
            if number.official
            and len(number.stated_by) == 1
            and number.stated_by[0] in kinds
            and kinds[number.stated_by[0]].kind in _NO_BODY
        }
        if wanted:
            found.extend(_placed(dossier, wanted, display.get(dossier.slug, str(dossier.folder))))
    return found


def _placed(dossier: Dossier, wanted: Mapping[str, Actor], shown_folder: str) -> list[Diagnostic]:
    return on_entries(
        dossier,
        Number.file_name,
        shown_folder,
        wanted,
        lambda shown, index, entry_id: problem(
            shown, "official-stater", *_no_body(wanted[entry_id]), pointer=(index, "official")
        ),
    )


def check_official_figures(checker: Checker, numbers: Mapping[str, Located]) -> None:
    """Two official figures of one quantity for the same date or period that cannot both be right:
    a reader would be told that each is the official one. Reported at every one after the first."""
    by_quantity: dict[str, list[Located]] = {}
    for item in numbers.values():
        number: Number = item.entry  # type: ignore[assignment]
        if number.official and number.quantity:
            by_quantity.setdefault(number.quantity, []).append(item)
    for quantity, items in by_quantity.items():
        located = {id(item.entry): item for item in items}
        for conflict in compare([item.entry for item in items]).conflicts:  # type: ignore[misc]
            first = conflict[0]
            held = " to ".join(dict.fromkeys(part for part in when(first) if part))
            on = f" for {held}" if held else " with no date"
            for number in conflict[1:]:
                item = located[id(number)]
                checker.report(
                    item.doc,
                    "official-conflict",
                    f"the official figures {format_value(first.value)} ({first.id!r}) and "
                    f"{format_value(number.value)} of the quantity {quantity!r}{on} cannot both be right",
                    "if the body revised its figure, name the earlier one in the later one's `revises:`; "
                    "otherwise check both values against the sources",
                    (*item.pointer, "official"),
                )
