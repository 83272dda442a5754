"""What followed a claim: the later event of the story that settled it (its ``outcome``), or that
overtook it without deciding it: a later decision that replaced the one it was the ground of, or
the end of the dispute it was said in. "What is not known", the claims page and the actor pages
leave out of doubt, or tell in the past, what an event of the story closed."""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple

from generator.format.dates import PartialDate
from generator.format.dossier import Dossier
from generator.format.model import CONTESTED, SETTLED_BY_EVENT, Claim, ClaimStatus, Event
from generator.format.vocabulary import SPEAKS_FOR
from generator.site.decisions import decided, deciding, later_decision
from generator.site.expressions import expressed


def settled_by(claim: Claim, dossier: Dossier) -> Event | None:
    """The event that settled ``claim`` (its ``outcome``): a forecast's, or a disputed or denied
    claim's (``SETTLED_BY_EVENT``); None for any other claim, or an outcome the dossier does not
    hold. A claim an event settled is no longer in doubt, nor what may happen next."""
    if claim.outcome is None or claim.status not in SETTLED_BY_EVENT:
        return None
    return dossier.event_by_id.get(claim.outcome)


def settled_claims(dossier: Dossier) -> list[Claim]:
    """The story's claims an event settled (``settled_by``): told with it, never as in doubt."""
    return [claim for claim in dossier.claims if settled_by(claim, dossier) is not None]


def closed_claims(dossier: Dossier) -> list[Claim]:
    """The story's claims no longer in doubt, whatever closed them (``sequel``). "What is not known"
    and its line on the first screen leave them out; the claims page tells each with what followed."""
    return [claim for claim in dossier.claims if sequel(claim, dossier) is not None]


def settled_on(event: Event) -> str:
    """When ``event`` settled a claim, as a reader says it: "on 2 November 2023", "in March 2024",
    "around May 2024"; an event over days settles it by its end ("by 2 November 2023")."""
    if event.end_date:
        return f"by {PartialDate.parse(str(event.end_date)).human()}"
    date = PartialDate.parse(str(event.date))
    if event.approximate:
        return date.human(approximate=True)
    return f"{'on' if date.day else 'in'} {date.human()}"


class Closed(Enum):
    """How a later event closed a claim."""

    # The claim's own outcome decided it: a verdict on a defence's "he acted in good faith", the
    # event a forecast foretold.
    SETTLED = "settled"
    # The same deciding body later replaced the decision the claim was the ground of.
    REPLACED = "replaced"
    # The dispute one side said it in ended, by an agreement or a withdrawal.
    ENDED = "ended"


class Sequel(NamedTuple):
    """What followed a claim: the event of the story that closed it, and how."""

    how: Closed
    event: Event


def sequel(claim: Claim, dossier: Dossier) -> Sequel | None:
    """What followed ``claim``, or None while it stays open: the one reading of "a later event of
    the story closed this" that the claims, actor and timeline pages and "What is not known" share.
    Its outcome (``settled_by``) first; then, for one side's word of a day (``_one_sides``), a later
    decision of the body whose ground it was (``decisions.later_decision``), then the end of the
    dispute it was said in (``settled_after``)."""
    if (event := settled_by(claim, dossier)) is not None:
        return Sequel(Closed.SETTLED, event)
    if not _one_sides(claim):
        return None
    if (event := later_decision(claim, dossier)) is not None:
        return Sequel(Closed.REPLACED, event)
    if (event := settled_after(claim, dossier)) is not None:
        return Sequel(Closed.ENDED, event)
    return None


def _one_sides(claim: Claim) -> bool:
    """Whether ``claim`` is stated, dated and made by those it names: one side's word of a day. Not a
    feeling or a courtesy (``expressions.expressed``), which no later event closes."""
    stated = claim.status is ClaimStatus.STATED and not claim.unattributed
    return stated and bool(claim.claimants and claim.date) and not expressed(claim)


def settled_after(claim: Claim, dossier: Dossier) -> Event | None:
    """The first event, after ``claim`` was made, that settled a dispute open when it was made
    (``settled_by``) and that its makers, or those they speak for, were parties to: those who made
    the disputed claim, those who took part in an event of its day with them, and those who took part
    in the settling event. A union's "the mill's books show it can pay more", said between the
    mill's offer, which the union disputed, and the agreement that ended the strike. Not when a
    ruling settled it (``_ruled``)."""
    if not _one_sides(claim):
        return None
    made = PartialDate.parse(str(claim.date))
    found: list[Event] = []
    for disputed in dossier.claims:
        settling = settled_by(disputed, dossier)
        if settling is None or disputed.status not in CONTESTED or not disputed.date:
            continue
        if _ruled(settling, dossier):
            continue
        if not PartialDate.parse(disputed.date) <= made < PartialDate.parse(settling.date):
            continue
        parties = set(disputed.claimants) | set(settling.actors)
        for event in dossier.events:
            if event.date == disputed.date and set(disputed.claimants) & set(event.actors):
                parties |= set(event.actors)
        if all(spoken_for(maker, dossier) & parties for maker in claim.claimants):
            found.append(settling)
    return min(found, key=lambda event: PartialDate.parse(event.date), default=None)


def _ruled(event: Event, dossier: Dossier) -> bool:
    """Whether ``event`` is a deciding body's decision (``decisions.decided``): a ruling decides the
    question put to it, not each statement a side made in support, which stays that side's word. An
    agreement or a withdrawal of the parties ends the dispute, and what each said in it."""
    first = dossier.actor_by_id.get(event.actors[0]) if event.actors else None
    others = [a for a in dossier.actors if a.id in event.actors[1:]]
    return first is not None and deciding(first) and bool(decided(first, event, others))


def spoken_for(maker: str, dossier: Dossier) -> set[str]:
    """``maker`` and those it speaks for (``SPEAKS_FOR``): a leader speaks for its body."""
    tied = dossier.relationships
    return {maker} | {r.object for r in tied if r.subject == maker and r.predicate in SPEAKS_FOR}
