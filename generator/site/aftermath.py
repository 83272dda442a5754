"""What later became of what an event put forward: a ruling, a finding or a demand, made on the
event's day by one of those who took part in it, that others disputed or denied and a later event
of the story settled (its claim's ``outcome``: ``sequels.Closed.SETTLED``).

A timeline told "3 May 2031: The licensing board finds the ferry's master to blame" and, five
headings down, "9 October 2031: The appeal court clears him", with nothing under the first to say
that it did not stand: a reader who stopped at the first, or landed on it from a link, took it as
the last word. The claims page said so, under the claim; the event now says it too.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from generator.format.dates import PartialDate
from generator.format.dossier import Dossier
from generator.format.model import ClaimStatus, Event
from generator.site.sequels import Closed, sequel, settled_on

# The status a claim had before an event settled it, as the line under the event says it.
_CHALLENGED = {ClaimStatus.DISPUTED: "Disputed", ClaimStatus.DENIED: "Denied"}


def settled_later(event: Event, dossier: Dossier, besides: Collection[str] = ()) -> list[tuple[str, Event]]:
    """The later events that settled a disputed or denied claim one of ``event``'s actors made on
    its day, each once, in time order, with the claim's status before it ("Disputed"): a court's
    verdict under a prosecutor's charge, a settlement under a ruling appealed. Not a forecast (that
    it came true or not is no dispute of the event), nor a claim of another day, whose link to the
    event would be a guess, nor an event of the same day or earlier (``_after``). ``besides``: the ids
    of events the page lists anyway, whose own line tells them."""
    found: dict[str, tuple[str, Event]] = {}
    for claim in dossier.claims:
        status = _CHALLENGED.get(claim.status)
        if status is None or claim.date != event.date or not set(claim.claimants) & set(event.actors):
            continue
        followed = sequel(claim, dossier)
        if followed is None or followed.how is not Closed.SETTLED:
            continue
        later = followed.event
        if later.id not in found and later.id not in besides and _after(later, event):
            found[later.id] = (status, later)
    return sorted(found.values(), key=lambda told: PartialDate.parse(told[1].date))


def _after(later: Event, event: Event) -> bool:
    """Whether ``later`` began after ``event``'s last day: a ruling at a hearing that settled a
    defence's argument the same day is told by that hearing, not as what became of it later."""
    return PartialDate.parse(later.date) > PartialDate.parse(event.end_date or event.date)


def settled_later_line(
    event: Event, dossier: Dossier, link: Callable[[Event], str], besides: Collection[str] = ()
) -> str:
    """The line under ``event`` that tells what later settled it, ``link`` giving a later event's
    Markdown link: "Disputed, then settled on 9 October 2031: [The appeal court clears him](...)";
    "" when nothing did (``besides``: as ``settled_later``)."""
    return "; ".join(
        f"{status}, then settled {settled_on(later)}: {link(later)}"
        for status, later in settled_later(event, dossier, besides)
    )
