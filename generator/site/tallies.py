"""Parts that make up a whole exactly, told as a tally: a vote's for, against and abstentions.

Three key figures each said "About 1 in 13: 46 of the 618 members ..." and the vote never read as a
vote. When a whole's parts (``part_of:``) add up to it, the parts are told together, once: "523
voted for the law, 46 voted against the law and 49 abstained". Parts that leave a remainder ("63 of
the 31,000 suspects") or figures with a hedge or a range keep their share of the whole.
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
    """Parts of one whole as a tally: "523 voted for the law, 46 voted against the law and 49
    abstained", the head all the parts begin with ("members who") said once, by the whole. Up to
    the shared relative word only: "members who | voted to cut the rate", not "members who voted
    to | cut the rate"; with none shared ("seats won by Labour"), each part says what it counts."""
    words = [n.counts.split() for n in parts]
    shared = 0
    while all(len(w) > shared + 1 for w in words) and len({w[shared].casefold() for w in words}) == 1:
        shared += 1
    relative = [i for i, word in enumerate(words[0][:shared]) if word.casefold() in _RELATIVE]
    shared = relative[0] + 1 if relative else 0
    return and_joined([f"{amount(n)} {' '.join(w[shared:])}" for n, w in zip(parts, words, strict=True)])
