"""Checks for how stories pass facts on: relays (`via:`), subsets (`part_of:`), rates (`per:`),
figures decided for a later day (`decided:`),
revisions (`revises:`), ongoing events and how a forecast turned out or a dispute was settled
(`outcome:`), and whom a claim is about (`about:`) where its makers speak of their own side, each
where a contributor can get it wrong."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Mapping

from generator.checking.checker import Checker, Located
from generator.format.conflicts import revisions, scale
from generator.format.dates import PartialDate
from generator.format.mentions import Mentions, Target
from generator.format.model import (
    SETTLED_BY_EVENT,
    Actor,
    Claim,
    ClaimStatus,
    Event,
    Meta,
    Number,
    Relationship,
)
from generator.format.numbers import format_value
from generator.format.vocabulary import SPEAKS_FOR

_PERIOD_WORDS = {
    "hour": "hour|hourly",
    "day": "day|daily",
    "week": "week|weekly",
    "month": "month|monthly",
    "quarter": "quarter|quarterly",
    "year": "year|yearly|annual|annually",
}


def check_via(checker: Checker, item: Located, speakers: tuple[str, ...] | list[str], field: str) -> None:
    """`via:` names who relays what someone else says: never one of the speakers, never alone."""
    entry: Claim | Number = item.entry  # type: ignore[assignment]
    if entry.via is None:
        return
    if entry.via in speakers:
        message = f"{entry.via!r} is both who says it (`{field}`) and who relays it (`via`)"
        hint = f"keep {entry.via!r} in `{field}` if it says so itself, or in `via` if it quotes someone else"
    elif not speakers:
        message = f"this {entry.noun} is relayed by {entry.via!r} (`via`) but names no one who says it"
        hint = (
            f"add the speaker under `{field}:`; when the outlet is the only one who says it, "
            f"put {entry.via!r} in `{field}` and delete `via`"
        )
    else:
        return
    checker.report(item.doc, "via-speaker", message, hint, (*item.pointer, "via"))


def check_rate(checker: Checker, item: Located) -> None:
    """A rate says its period once, in `per:`; "a year" written again in the unit or counts reads
    "$14 billion a year a year"."""
    number: Number = item.entry  # type: ignore[assignment]
    if number.per is None:
        return
    words = _PERIOD_WORDS[number.per.value]
    pattern = re.compile(rf"\b(?:a|an|per|each|every)\s+(?:{words})\b|\b(?:{words.split('|', 1)[1]})\b")
    for field in ("unit", "counts"):
        text = getattr(number, field) or ""
        if pattern.search(text):
            checker.report(
                item.doc,
                "rate-repeated",
                f"the period of this rate is in `per: {number.per.value}` and again in `{field}`: {text!r}",
                f"delete the period from `{field}`; readers see it once, after the figure",
                (*item.pointer, field),
            )


def check_decided(checker: Checker, item: Located) -> None:
    """`decided: true` says the figure is already set for a later day: it needs that day."""
    number: Number = item.entry  # type: ignore[assignment]
    if number.decided and not number.as_of and number.period is None:
        checker.report(
            item.doc,
            "decided-undated",
            "this figure is marked `decided` (set for a later day) but gives no date",
            "add `as_of:` with the day it takes effect (or `period:`), or delete `decided`",
            (*item.pointer, "decided"),
        )


def check_own_accounts(
    checker: Checker,
    claims: Mapping[str, Located],
    relationships: Iterable[Located],
    actors: Mapping[str, Located],
) -> None:
    """A stated claim with no `about:` that names its maker, or one its maker speaks for (a leader
    for the body it leads: `SPEAKS_FOR`), is shown to readers as one side's word that no other source
    confirms ("Only one side says so"), where it is most likely that side's own account of itself
    ("the company is committed to fixing the faults", said by its chief executive)."""
    speaks_for: dict[str, set[str]] = {}
    for located in relationships:
        tie: Relationship = located.entry  # type: ignore[assignment]
        if tie.predicate in SPEAKS_FOR:
            speaks_for.setdefault(tie.subject, set()).add(tie.object)
    names: list[tuple[str, Target]] = []
    for actor_id, located in actors.items():
        actor: Actor = located.entry  # type: ignore[assignment]
        native = [actor.native_name.text] if actor.native_name else []
        names += [(name, Target("actor", actor_id)) for name in (actor.name, *actor.aliases, *native)]
    mentions = Mentions(names)
    for item in claims.values():
        claim: Claim = item.entry  # type: ignore[assignment]
        if claim.status is not ClaimStatus.STATED or claim.about or not claim.claimants:
            continue
        theirs = {side for maker in claim.claimants for side in {maker, *speaks_for.get(maker, ())}}
        named = [m.target.id for m in mentions.find(claim.statement) if m.target.id in theirs]
        if not named:
            continue
        sides = list(dict.fromkeys(named))
        shown = ", ".join(repr(actors[side].entry.name) for side in sides)  # type: ignore[attr-defined]
        checker.report(
            item.doc,
            "claim-about-missing",
            f"this claim names {shown}, the side that makes it, but has no `about:`: readers are told "
            "only one side says so, not that it is that side's own account",
            f"if it is their account of themselves, add `about: [{', '.join(sides)}]` and it reads as "
            "their own account; if it is about others too, list them all",
            (*item.pointer, "statement"),
        )


def check_part_of(checker: Checker, item: Located, numbers: Mapping[str, Located]) -> None:
    """`part_of:` names another number of the dossier, no larger than it, and no loop of parts."""
    number: Number = item.entry  # type: ignore[assignment]
    if number.part_of is None or number.part_of not in numbers:
        return  # an unknown id is reported as ref-unknown
    pointer = (*item.pointer, "part_of")
    if number.part_of == number.id:
        checker.report(
            item.doc,
            "number-part-of",
            f"{number.id!r} names itself in `part_of`",
            "name the number this one is a subset or share of, or delete `part_of`",
            pointer,
        )
        return
    seen = {number.id}
    whole: Number = numbers[number.part_of].entry  # type: ignore[assignment]
    while True:
        if whole.id in seen:
            checker.report(
                item.doc,
                "number-part-of",
                f"{number.id!r} is part of {number.part_of!r}, which is (through `part_of`) part of it",
                "a part names its whole; the whole does not name its part: delete one `part_of`",
                pointer,
            )
            return
        seen.add(whole.id)
        if whole.part_of is None or whole.part_of not in numbers:
            break
        whole = numbers[whole.part_of].entry  # type: ignore[assignment]
    direct: Number = numbers[number.part_of].entry  # type: ignore[assignment]
    largest = direct.upper if direct.upper is not None else direct.value
    share = (number.unit or "").casefold() in {"%", "percent", "per cent"}
    if not share and number.value > largest:
        checker.report(
            item.doc,
            "number-part-of",
            f"{format_value(number.value)} is more than the {format_value(largest)} "
            f"of {number.part_of!r} it is said to be part of",
            "check both values against the sources, or name the right whole in `part_of`",
            pointer,
        )


def check_ongoing(checker: Checker, item: Located) -> None:
    event: Event = item.entry  # type: ignore[assignment]
    if event.ongoing and event.end_date:
        checker.report(
            item.doc,
            "event-ongoing-ended",
            f"this event is marked ongoing but ends on {event.end_date}",
            "delete `ongoing: true` if it has ended, or `end_date` if it goes on",
            (*item.pointer, "ongoing"),
        )


def check_revises(checker: Checker, item: Located, numbers: Mapping[str, Located]) -> None:
    """`revises:` names an earlier figure the same body gave for the same quantity, in the same unit,
    for the same date or an earlier one: a figure of another quantity, or another body's, is no
    revision of it (a different figure from someone else is shown beside it, as a disagreement where
    they cannot both be right); one in another unit read "revised from 1,800 people to 1,900%"; and a
    loop of revisions, or two revisions of one figure, has no latest figure."""
    number: Number = item.entry  # type: ignore[assignment]
    if number.revises is None or number.revises not in numbers:
        return
    earlier: Number = numbers[number.revises].entry  # type: ignore[assignment]
    if earlier.id == number.id:
        message = f"{number.id!r} names itself in `revises`"
        hint = "name the earlier figure this one replaces, or delete `revises`"
    elif not number.quantity or earlier.quantity != number.quantity:
        message = f"{number.id!r} revises {earlier.id!r}, which is not a figure of the same quantity"
        hint = "a revision replaces a figure of the same thing: give both the same `quantity:`"
    elif number.stated_by and earlier.stated_by and not set(number.stated_by) & set(earlier.stated_by):
        message = f"{number.id!r} revises {earlier.id!r}, which another actor gives"
        hint = (
            "a body revises its own figure; another's different figure stands beside it: delete `revises`, "
            "or name the body that gave both under `stated_by`"
        )
    elif not _same_unit(number.unit, earlier.unit):
        message = (
            f"{number.id!r} revises {earlier.id!r}, which is in another unit "
            f"({_unit(earlier.unit)}, here {_unit(number.unit)})"
        )
        hint = "a revision gives the same thing in the same unit: write the same `unit:` on both"
    elif _before(_date(number), _date(earlier)):
        message = (
            f"{number.id!r}, as of {_date(number)}, revises {earlier.id!r}, a figure as of {_date(earlier)}: "
            "a revision holds for the same date or a later one"
        )
        hint = (
            f"if {earlier.id!r} is the later figure, name {number.id!r} in its `revises:` instead; "
            "else check both dates"
        )
    elif other := _revised_before(item, numbers):
        message = f"{number.id!r} revises {earlier.id!r}, which {other!r} revises too"
        hint = (
            f"a figure is revised once: if {number.id!r} replaces {other!r}, write `revises: {other}`; "
            "if not, delete one `revises`"
        )
    elif _loops(number, numbers):
        message = f"{number.id!r} revises {number.revises!r}, which (through `revises`) revises it"
        hint = "the later figure names the earlier one it replaces, not the other way: delete one `revises`"
    else:
        return
    checker.report(item.doc, "number-revises", message, hint, (*item.pointer, "revises"))


def check_outcome(checker: Checker, item: Located, events: Mapping[str, Located]) -> None:
    """`outcome:` names the event that settled a warning or forecast, or decided a disputed or denied
    claim (``SETTLED_BY_EVENT``): no other claim has one, and the event did not end before the claim
    was made (it cannot tell how a forecast turned out, nor decide what was not yet said)."""
    claim: Claim = item.entry  # type: ignore[assignment]
    if claim.outcome is None:
        return
    if claim.status not in SETTLED_BY_EVENT:
        message = (
            f"{claim.id!r} has an `outcome` but is marked `status: {claim.status.value}`: only a warning "
            "or forecast turns out one way or another, and only a disputed or denied claim is settled "
            "by a later event"
        )
        hint = (
            "set `status: forecast` if it foretells what may happen, or `status: disputed` (or "
            "`denied`) if sources held otherwise until the event decided it; else delete `outcome`"
        )
    elif claim.outcome in events and claim.date is not None:
        event: Event = events[claim.outcome].entry  # type: ignore[assignment]
        ended = _latest_day(event.end_date or event.date)
        made = _earliest_day(claim.date)
        if ended is None or made is None or ended >= made:
            return
        message = (
            f"{claim.id!r} was made on {claim.date} but its `outcome` {event.id!r} ended before that, "
            f"on {event.end_date or event.date}"
        )
        settled = "how the forecast turned out" if claim.status is ClaimStatus.FORECAST else "what settled it"
        hint = f"name the later event that shows {settled}, or correct the claim's `date`"
    else:
        return
    checker.report(item.doc, "claim-outcome", message, hint, (*item.pointer, "outcome"))


def _earliest_day(text: str) -> dt.date | None:
    try:
        date = PartialDate.parse(str(text))
    except ValueError:
        return None  # reported as date-invalid
    return dt.date(date.year, date.month or 1, date.day or 1)


def _latest_day(text: str) -> dt.date | None:
    try:
        date = PartialDate.parse(str(text))
    except ValueError:
        return None
    month = date.month or 12
    return dt.date(date.year, month, date.day or calendar.monthrange(date.year, month)[1])


def _loops(number: Number, numbers: Mapping[str, Located]) -> bool:
    seen: set[str] = set()
    current: str | None = number.revises
    while current is not None and current in numbers and current not in seen and current != number.id:
        seen.add(current)
        current = numbers[current].entry.revises  # type: ignore[attr-defined]
    return current == number.id


def _revised_before(item: Located, numbers: Mapping[str, Located]) -> str:
    """The id of a number before ``item`` in the story that revises the same figure, or ""."""
    target = item.entry.revises  # type: ignore[attr-defined]
    for other in numbers.values():
        if other is item:
            return ""
        if getattr(other.entry, "revises", None) == target:
            return str(other.entry.id)  # type: ignore[attr-defined]
    return ""


def _unit(unit: str | None) -> str:
    return repr(unit) if unit else "none"


def _same_unit(first: str | None, second: str | None) -> bool:
    """One unit, as written ("People" is "people"), or two of which one is a known fraction of the
    other (basis points of a percentage point: ``conflicts.scale``), which compare as one."""
    words = [" ".join((unit or "").casefold().split()) for unit in (first, second)]
    return words[0] == words[1] or scale(first) != scale(second)


def _date(number: Number) -> str:
    """The date a figure holds for: its `as_of`, or the end of its period (else its start)."""
    period = number.period
    return number.as_of or (period.end or period.start or "" if period else "")


def _before(first: str, second: str) -> bool:
    """Whether the partial date ``first`` is wholly before ``second``: "2024-02-10" is before
    "2024-02-12", but "2024-02" may be the same day as either (ISO dates sort as text)."""
    return bool(first and second) and first < second and not second.startswith(first)


def check_key_figures(checker: Checker, meta_item: Located, numbers: Mapping[str, Located]) -> None:
    """A key figure (`key_figure`, `key_figures`) is never one its body has since revised: the first
    screen told a replaced figure as "the official figure from ..." with no word of its revision."""
    meta: Meta = meta_item.entry  # type: ignore[assignment]
    named: list[tuple[tuple[str | int, ...], str]] = (
        [(("key_figure",), meta.key_figure)] if meta.key_figure else []
    )
    named += [(("key_figures", index), key) for index, key in enumerate(meta.key_figures)]
    if not named:
        return
    replaced = {old.id: new.id for old, new in revisions([item.entry for item in numbers.values()])}  # type: ignore[misc]
    for pointer, key in named:
        if key not in replaced:
            continue
        latest, seen = replaced[key], {key}
        while latest in replaced and latest not in seen:
            seen.add(latest)
            latest = replaced[latest]
        if latest in seen:
            continue  # a loop has no latest figure: number-revises says so
        checker.report(
            meta_item.doc,
            "key-figure-revised",
            f"the key figure {key!r} is one its body has since revised: {latest!r} replaces it",
            f"name the latest figure, {latest!r}, here",
            (*meta_item.pointer, *pointer),
        )
