"""Parts that make up a whole exactly, told as a tally: a vote's for, against and abstentions.

Three key figures each said "About 1 in 13: 46 of the 618 members ..." and the vote never read as a
vote. When a whole's parts (``part_of:``) add up to it, the parts are told together, once: "523
voted for the law, 46 against and 49 abstained". Parts that leave a remainder ("63 of the 31,000
suspects") or figures with a hedge or a range keep their share of the whole.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.format.conflicts import current
from generator.format.dossier import Dossier
from generator.format.model import Number, Qualifier
from generator.site.grammar import amount
from generator.site.views import and_joined

# Words that end the head the parts share: "members who | voted for the law".
_RELATIVE = {"who", "that", "which"}
# Words that join a verb to what the parts are about: "voted for | the law", "abstained on | it".
_PREPOSITIONS = {"about", "against", "by", "for", "from", "in", "of", "on", "over", "to", "with"}


def plain_count(number: Number) -> bool:
    """Whether ``number`` is an exact count, with no hedge, range, margin or words for it."""
    return (
        number.qualifier is Qualifier.EXACT
        and number.upper is None
        and number.margin is None
        and number.amount is None
        and isinstance(number.value, int)
    )


def adding_up(dossier: Dossier, whole_id: str) -> list[Number]:
    """The parts of the whole ``whole_id`` in file order, when there are at least two, all plain
    counts like the whole, and they add up to it exactly; [] otherwise."""
    whole = dossier.number_by_id.get(whole_id)
    parts = [n for n in current(dossier.numbers) if n.part_of == whole_id]
    if whole is None or len(parts) < 2 or not all(plain_count(n) for n in (*parts, whole)):
        return []
    return parts if sum(n.value for n in parts) == whole.value else []


def tallied(parts: Sequence[Number]) -> str:
    """Parts of one whole as a tally: "523 voted for the law, 46 against and 49 abstained", the head
    all the parts begin with ("members who") said once, by the whole. Up to the shared relative word
    only: "members who | voted to cut the rate", not "members who voted to | cut the rate"; with none
    shared ("seats won by Labour"), each part says what it counts. After the head, what the parts
    are about is said once too (``_elided``)."""
    words = [n.counts.split() for n in parts]
    shared = 0
    while all(len(w) > shared + 1 for w in words) and len({w[shared].casefold() for w in words}) == 1:
        shared += 1
    relative = [i for i, word in enumerate(words[0][:shared]) if word.casefold() in _RELATIVE]
    shared = relative[0] + 1 if relative else 0
    tails = [w[shared:] for w in words]
    if shared:
        tails = _elided(tails)
    return and_joined([f"{amount(n)} {' '.join(w)}" for n, w in zip(parts, tails, strict=True)])


def _elided(tails: Sequence[list[str]]) -> list[list[str]]:
    """What each part says after the shared head, with what an earlier part said left unsaid, as a
    tally is read out: "voted for the law, voted against the law, abstained on the law" is "voted for
    the law, against, abstained". A part with the verb of an earlier one keeps only what differs
    ("against"); a part with a verb of its own drops what the first part is about ("abstained"),
    unless a later part has its verb too (then its preposition is what tells them apart: "voted"
    alone would say only that they voted). Only what follows a preposition in both is left unsaid:
    "voted to cut the rate" and "voted to hold the rate" keep their verbs."""
    folded = [[word.casefold() for word in tail] for tail in tails]
    told = [list(tails[0])]
    for i, tail in enumerate(tails[1:], start=1):
        earlier = next((j for j in range(i) if folded[j][0] == folded[i][0]), None)
        if earlier is not None:
            told.append(_unsaid(folded[earlier], tail, verb=False))
        elif not any(other[0] == folded[i][0] for other in folded[i + 1 :]):
            told.append(_unsaid(folded[0], tail, verb=True))
        else:
            told.append(list(tail))
    return told


def _unsaid(said: list[str], tail: list[str], *, verb: bool) -> list[str]:
    """``tail`` without the end it shares with ``said`` (what both are about, after a preposition
    in each), and, unless ``verb``, without the words it begins with as ``said`` does; ``tail`` as
    it is when no such end is shared, or nothing would be left."""
    folded = [word.casefold() for word in tail]
    end = 0
    while end < min(len(said), len(tail)) - 1 and said[-1 - end] == folded[-1 - end]:
        end += 1
    if not end or said[-1 - end] not in _PREPOSITIONS or folded[-1 - end] not in _PREPOSITIONS:
        return list(tail)
    if verb:
        kept = tail[: len(tail) - end - 1]
        return kept if kept else list(tail)
    start = 0
    while start < len(tail) - end - 1 and said[start] == folded[start]:
        start += 1
    return tail[start : len(tail) - end]
