"""Parts that make up a whole exactly, told as a tally: a vote's for, against and abstentions.

Three key figures each said "About 1 in 13: 46 of the 618 members ..." and the vote never read as a
vote. When a whole's parts (``part_of:``) add up to it, the parts are told together, once: "523
voted for the law, 46 against and 49 abstained". Parts that leave a remainder ("12 of the 4,000
people tested") or figures with a hedge or a range keep their share of the whole.
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
# Words a head said once cannot end with: what follows them differs from part to part. A relative
# word opens each part's own clause: "boats whose | nets were cut and 25 engines failed" lost the
# second part's "whose".
_JOINING = _PREPOSITIONS | {"a", "an", "and", "or", "the", "whose", "whom", "where", "when"}
# Words that open a phrase the parts may end with: "since | the outbreak began", "by | the flood".
_OPENING = _PREPOSITIONS | {"after", "at", "before", "between", "during", "since", "under", "until"}


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


def tallied(parts: Sequence[Number], whole: Number | None = None) -> str:
    """Parts of one whole as a tally: "523 voted for the law, 46 against and 49 abstained", the head
    all the parts begin with ("members who") said once, by the whole. Up to the shared relative word
    only: "members who | voted to cut the rate", not "members who voted to | cut the rate"; after
    it, what the parts are about is said once too (``_elided``). Parts with no relative word in
    common say once what they share all the same (``_unshared``)."""
    words = [n.counts.split() for n in parts]
    shared = _common(words)
    relative = [i for i, word in enumerate(words[0][:shared]) if word.casefold() in _RELATIVE]
    if relative:
        tails = _elided([w[relative[0] + 1 :] for w in words])
    else:
        tails = _unshared(words, whole.counts.split() if whole is not None else [])
    return and_joined([f"{amount(n)} {' '.join(w)}" for n, w in zip(parts, tails, strict=True)])


def _unshared(words: Sequence[list[str]], whole: list[str]) -> list[list[str]]:
    """What each part says, when the parts share no relative head, with what they share said once, as
    a person writes a tally: the words they begin with, by the ``whole`` as far as it begins with
    them ("Of the 500 homes destroyed or damaged: 300 destroyed and 200 damaged"), else by the first
    part ("411 seats won by Labour and 239 by others"); the phrase they end with, by the whole when it
    ends with it too ("Of the 40 cases since the season began: 6 deaths and 34 recoveries"), else
    by the first part ("300 destroyed by the flood and 200 damaged"); and the whole's head before a
    relative word, by the whole ("51 confirmed cases who recovered" is "51 who recovered")."""
    head = _said_once(words[0][: _common(words)])
    by_whole = _said_once(head[: _begins(head, whole)])
    tails = [words[0][len(by_whole) :], *(w[len(head) :] for w in words[1:])]
    reversed_tails = [tail[::-1] for tail in tails]
    shared_end = _common(reversed_tails)
    ending = next((n for n in range(shared_end, 0, -1) if tails[0][-n].casefold() in _OPENING), 0)
    if ending:
        folded_end = [word.casefold() for word in tails[0][-ending:]]
        by_whole_end = [word.casefold() for word in whole[-ending:]] == folded_end and len(whole) > ending
        tails = [tail if i == 0 and not by_whole_end else tail[:-ending] for i, tail in enumerate(tails)]
    return [_without_head(tail, whole) for tail in tails]


def _without_head(tail: list[str], whole: list[str]) -> list[str]:
    """``tail`` from its relative word on when the words before it are the ones the whole begins
    with: "confirmed cases who recovered" of the "confirmed cases" is "who recovered"."""
    at = next((i for i, word in enumerate(tail) if word.casefold() in _RELATIVE), 0)
    return tail[at:] if at and _begins(tail[:at], whole) == at else tail


def _common(phrases: Sequence[list[str]]) -> int:
    """How many words all ``phrases`` begin with, leaving each at least one of its own."""
    shared = 0
    while all(len(w) > shared + 1 for w in phrases) and len({w[shared].casefold() for w in phrases}) == 1:
        shared += 1
    return shared


def _begins(words: list[str], whole: list[str]) -> int:
    """How many of ``words`` the ``whole`` begins with."""
    pairs = [(a.casefold(), b.casefold()) for a, b in zip(words, whole, strict=False)]
    return next((i for i, (a, b) in enumerate(pairs) if a != b), len(pairs))


def _said_once(words: list[str]) -> list[str]:
    """``words`` without the joining words at their end: what a tally can say once is "seats won",
    not "seats won by", whose "by Labour" and "by others" each need their preposition."""
    kept = list(words)
    while kept and kept[-1].casefold() in _JOINING:
        kept.pop()
    return kept


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
