"""Checks for official figures (`official: true`): a figure the body whose job it is to count or set
it gives, which readers are told is the official one. Each check is where the mark can be misused:
on a figure no single body states, or on two figures of one thing that cannot both be right."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from generator.checking.checker import Checker, Located
from generator.checking.diagnostics import Diagnostic, problem
from generator.checking.placing import on_entries
from generator.format.conflicts import agree, certainty, compare, revisions, when
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


def official_across(dossiers: Sequence[Dossier], display: Mapping[str, str]) -> list[Diagnostic]:
    """`official-conflict-across`: a body's official figure in one story, and its official figure in
    an earlier story for what is plainly the same measure (the same unit, rate and date, and the same
    quantity, or the same words for what it counts), that cannot both be right while neither story
    tells a revision from one to the other. Each story's `revises:` names a figure of its own, so
    nothing else links them, and a reader of both stories is told each is the official figure.

    Only a body whose record is one (the story's own actor, or one shared through shared-actors.yaml)
    is one body: two stories' ministries of the same name may be two countries'. Warned at the later
    story's figure, by publication date; each story's number files are read again only where one is
    found."""
    earlier: dict[tuple[object, ...], list[tuple[Dossier, Number, tuple[Number, ...]]]] = {}
    found: list[Diagnostic] = []
    for dossier in sorted(dossiers, key=lambda d: (d.meta.published, d.slug)):
        mine = _official_figures(dossier)
        wanted: dict[str, tuple[Dossier, Number]] = {}
        for key, number, told in mine:
            for other_dossier, other, other_told in earlier.get(key, ()):
                if _same_measure(number, other) and not _linked(told, other_told):
                    wanted.setdefault(number.id, (other_dossier, other))
        if wanted:
            shown = display.get(dossier.slug, str(dossier.folder))
            found.extend(_placed_across(dossier, wanted, shown))
        for key, number, told in mine:
            earlier.setdefault(key, []).append((dossier, number, told))
    return found


_Official = tuple[tuple[object, ...], Number, tuple[Number, ...]]


def _official_figures(dossier: Dossier) -> list[_Official]:
    """Each dated official figure of one body that no later figure of its story replaces: its key
    (the body's record, unit, rate and date), the figure, and the figures it tells (itself and those
    it revises, in turn)."""
    by_id = dossier.number_by_id
    replaced = {id(old) for old, _ in revisions(dossier.numbers)}
    figures: list[_Official] = []
    for number in dossier.numbers:
        if (
            not number.official
            or len(number.stated_by) != 1
            or id(number) in replaced
            or not any(when(number))
        ):
            continue
        body = dossier.record_of(number.stated_by[0])
        unit = " ".join((number.unit or "").casefold().split())
        told = [number]
        seen = {number.id}
        while (earlier := told[-1].revises) is not None and earlier in by_id and earlier not in seen:
            seen.add(earlier)
            told.append(by_id[earlier])
        figures.append(((body, unit, number.per, when(number), certainty(number)), number, tuple(told)))
    return figures


def _same_measure(first: Number, second: Number) -> bool:
    """Whether two figures of one body, unit, rate and date measure one thing: the same quantity where
    both name one (two quantity ids are two things), else the same words for what they count."""
    if first.quantity and second.quantity:
        return first.quantity == second.quantity
    return " ".join(first.counts.casefold().split()) == " ".join(second.counts.casefold().split())


def _linked(told: Sequence[Number], other_told: Sequence[Number]) -> bool:
    """Whether one figure agrees with the other or with a figure its story tells it revised: a story
    that gives the earlier figure and its revision tells the reader how the two relate."""
    return (
        agree(told[0], other_told[0])
        or any(agree(told[0], n) for n in other_told[1:])
        or any(agree(other_told[0], n) for n in told[1:])
    )


def _placed_across(
    dossier: Dossier, wanted: Mapping[str, tuple[Dossier, Number]], shown_folder: str
) -> list[Diagnostic]:
    def make(shown: str, index: int, entry_id: str) -> Diagnostic:
        other_dossier, other = wanted[entry_id]
        number = dossier.number_by_id[entry_id]
        held = " to ".join(dict.fromkeys(part for part in when(number) if part))
        message = (
            f"the official figure {format_value(number.value)} for {held} and "
            f"{format_value(other.value)}, the same body's official figure for the same measure and date "
            f"in the story {other_dossier.slug!r} ({other_dossier.slug}/{other.id}), cannot both be right, "
            "and neither story tells a revision"
        )
        hint = (
            f"if the body revised {other_dossier.slug}/{other.id}, give that earlier figure in this story "
            "too, cited from its source, and name it here in `revises:` (which names a figure of the same "
            "story); otherwise check both values against their sources"
        )
        return problem(shown, "official-conflict-across", message, hint, pointer=(index, "official"))

    return on_entries(dossier, Number.file_name, shown_folder, wanted, make)
