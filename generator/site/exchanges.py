"""Two disputed claims that answer each other: a union says no company made a fair offer, and a
carmaker's chief says hers was historic, each with a note that gives the other side's words.

"What is not known" listed each as a claim of its own, with the other's words as its note: a reader
read the same dispute twice, once from each side. Told as one entry, the two claims read as the
exchange they are ("The union says: ... The carmaker's chief says: ..."), each with its sources.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.format.model import CONTESTED, Claim
from generator.site.markup import plain

# The share of a note's words that the other claim's statement must hold for the note to give that
# claim's words: "The mill says the water was clean" and "The water in the tank was clean on Monday".
_SHARE = 0.6
# A note of fewer words says too little to tell which claim it gives ("Another source denies it").
_FEWEST = 3
# Words of a length at most this say nothing of what a claim is about ("the", "and", "its").
_SHORT = 3
# Verbs that say who holds otherwise, not what they hold ("says", "insists", "maintains").
_SAYING = frozenset(
    re.findall(
        r"\w+",
        "says said say saying insists insisted maintains maintained holds held argues argued contends "
        "contended counters countered denies denied disputes disputed claims claimed stands stood",
    )
)


def answering(claims: Sequence[Claim]) -> dict[str, Claim]:
    """The claims of ``claims`` (in order) that another one later in it answers: each first claim's
    id mapped to the claim that answers it, each claim in one pair at most. Two contested claims
    answer each other when different makers make them and the note of either gives the other's
    words (``_gives``); or, when no claim of ``claims`` has a note, when they are its only two (two
    parties that each say they won)."""
    contested = [c for c in claims if c.status in CONTESTED and c.claimants and not c.unattributed]
    paired: dict[str, Claim] = {}
    taken: set[str] = set()
    if len(contested) == len(claims) == 2 and not any(c.note for c in contested):
        first, second = contested
        return {first.id: second} if _apart(first, second) else {}
    for n, claim in enumerate(contested):
        if claim.id in taken:
            continue
        for other in contested[n + 1 :]:
            if other.id in taken or not _apart(claim, other):
                continue
            if _gives(claim.note, other) or _gives(other.note, claim):
                paired[claim.id] = other
                taken |= {claim.id, other.id}
                break
    return paired


def _apart(one: Claim, other: Claim) -> bool:
    return not set(one.claimants) & set(other.claimants)


def _gives(note: str | None, claim: Claim) -> bool:
    """Whether ``note`` gives ``claim``'s words: most of its words of substance (not its verb of
    saying) are in the claim's statement, a plural or a possessive counted as its word."""
    if not note:
        return False
    said = _words(note) - _SAYING
    if len(said) < _FEWEST:
        return False
    statement = _words(claim.statement)
    held = sum(1 for word in said if word in statement or word.removesuffix("s") in statement)
    return held >= _SHARE * len(said)


def _words(text: str) -> set[str]:
    words = re.findall(r"[\w']+", plain(text).casefold().replace("\u2019", "'"))
    return {_stem(w.removesuffix("'s")) for w in words if len(w) > _SHORT}


def _stem(word: str) -> str:
    """ "companies" as "company": a plural in -ies, whose other words hold the singular."""
    return f"{word[:-3]}y" if word.endswith("ies") and len(word) > _SHORT + 2 else word
