"""The controlled vocabulary of relationships between actors.

Each predicate reads forwards from the subject ("A is a leader of B") and backwards from the object
("B is led by A"), so an actor's page can list its relationships in both directions. ``forward`` and
``inverse`` are short labels (a table column, a diagram edge); ``active`` and ``passive`` are the
verb phrases of a sentence whose grammatical subject is the subject or the object, written with
``{singular|plural}`` choices so the verb agrees with that actor ("Aldrian rebels control ...").
A dossier may add its own under ``predicates:`` in dossier.yaml (``Dossier.vocabulary``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple


class Predicate(NamedTuple):
    forward: str
    inverse: str
    active: str = ""  # the subject's verb phrase; defaults to "{is|are} <forward>"
    passive: str = ""  # the object's verb phrase; defaults to "{is|are} <inverse>"
    # Whether the relation is a fact about the world, written as a sentence on an actor's page.
    # "reported on by <outlet>" is a fact about the sources: the table and the sources page say it.
    prose: bool = True


PREDICATES: dict[str, Predicate] = {
    "above": Predicate("above", "below"),
    "affiliated-with": Predicate("affiliated with", "affiliated with"),
    "aligned-with": Predicate("aligned with", "aligned with"),
    "allied-with": Predicate("allied with", "allied with"),
    "arrested-by": Predicate("arrested by", "arrested", "{was|were} arrested by", "arrested"),
    "attacked": Predicate("attacked", "attacked by", "attacked", "{was|were} attacked by"),
    "borders": Predicate("borders", "borders", "border{s|}", "border{s|}"),
    "citizen-of": Predicate(
        "citizen of",
        "country of citizenship of",
        "{is a citizen|are citizens} of",
        "{is|are} the country of citizenship of",
    ),
    "controls": Predicate("controls", "controlled by", "control{s|}", "{is|are} controlled by"),
    "cooperates-with": Predicate(
        "cooperates with", "cooperates with", "cooperate{s|} with", "cooperate{s|} with"
    ),
    "employed-by": Predicate("employed by", "employs", "{is|are} employed by", "employ{s|}"),
    "family-of": Predicate(
        "relative of", "relative of", "{is a relative|are relatives} of", "{is a relative|are relatives} of"
    ),
    "founded-by": Predicate("founded by", "founded", "{was|were} founded by", "founded"),
    "funded-by": Predicate("funded by", "funds", "{is|are} funded by", "fund{s|}"),
    "handed-over-to": Predicate("handed over to", "received", "{was|were} handed over to", "received"),
    "hired-by": Predicate("hired by", "hired", "{was|were} hired by", "hired"),
    "investigated-by": Predicate(
        "investigated by", "investigates", "{is|are} investigated by", "investigate{s|}"
    ),
    "leader-of": Predicate("leader of", "led by", "{is a leader|are leaders} of", "{is|are} led by"),
    "located-in": Predicate("located in", "home to", "{is|are} located in", "{is|are} home to"),
    "member-of": Predicate("member of", "includes", "{is a member|are members} of", "include{s|}"),
    "operated-by": Predicate("operated by", "operates", "{is|are} operated by", "operate{s|}"),
    "operates-in": Predicate(
        "operates in", "hosts the operations of", "operate{s|} in", "host{s|} the operations of"
    ),
    "opposes": Predicate("opposes", "opposed by", "oppose{s|}", "{is|are} opposed by"),
    "owned-by": Predicate("owned by", "owns", "{is|are} owned by", "own{s|}"),
    "part-of": Predicate("part of", "includes", "{is|are} part of", "include{s|}"),
    "protected-by": Predicate("protected by", "protects", "{is|are} protected by", "protect{s|}"),
    "reported-by": Predicate(
        "reported on by", "reported on", "{was|were} reported on by", "reported on", prose=False
    ),
    "subordinate-to": Predicate("subordinate to", "oversees", "{is|are} subordinate to", "oversee{s|}"),
    "targets": Predicate("targets", "targeted by", "target{s|}", "{is|are} targeted by"),
    "blocked": Predicate("blocked", "blocked by", "blocked", "{was|were} blocked by"),
    "evacuated": Predicate("evacuated", "evacuated by", "evacuated", "{was|were} evacuated by"),
    "flows-through": Predicate("flows through", "crossed by", "flow{s|} through", "{is|are} crossed by"),
    "governs": Predicate("governs", "governed by", "govern{s|}", "{is|are} governed by"),
}

_PLURAL_VERBS = {"is": "are", "was": "were", "has": "have", "does": "do"}


def plural_verb(phrase: str) -> str:
    """A verb phrase after a plural subject, by rule on its first word: "is part of" -> "are part
    of", "drains into" -> "drain into", "buries" -> "bury", "crosses" -> "cross". A first word that
    is not a present-tense verb in -s ("flooded", "above") is left as it is."""
    first, _, rest = phrase.partition(" ")
    lowered = first.casefold()
    if lowered in _PLURAL_VERBS:
        plural = _PLURAL_VERBS[lowered]
    elif len(lowered) > 4 and lowered.endswith("ies"):  # "buries", "flies"; not "ties", "lies"
        plural = first[:-3] + "y"
    elif lowered.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
        plural = first[:-2]
    elif len(lowered) > 3 and lowered.endswith("s") and not lowered.endswith(("ss", "us", "is")):
        plural = first[:-1]
    else:
        plural = first
    return f"{plural} {rest}" if rest else plural


def both_numbers(singular: str, plural: str | None = None) -> str:
    """A ``{singular|plural}`` choice for ``agree``; a phrase that itself holds braces or a bar is
    used as written in both numbers."""
    plural = plural or plural_verb(singular)
    if any(c in singular + plural for c in "{|}") or plural == singular:
        return singular
    return "{" + singular + "|" + plural + "}"


_CHOICE = re.compile(r"\{([^{}|]*)\|([^{}|]*)\}")


def agree(template: str, plural: bool) -> str:
    """``template`` with each ``{singular|plural}`` choice made."""
    return _CHOICE.sub(lambda m: m.group(2 if plural else 1), template)


def verb_phrase(
    predicate: str, outgoing: bool, plural: bool, vocabulary: Mapping[str, Predicate] | None = None
) -> str:
    """What the relationship says of the actor at its subject end (``outgoing``) or object end,
    agreeing with that actor: "is a member of", "include", "were handed over to". ``vocabulary`` is
    the dossier's (``Dossier.vocabulary``) when it defines predicates of its own."""
    entry = (vocabulary or PREDICATES)[predicate]
    template = entry.active if outgoing else entry.passive
    if not template:
        template = "{is|are} " + (entry.forward if outgoing else entry.inverse)
    return agree(template, plural)


# Ties by which someone speaks for a body: its leader's, a member's or a part's claim about the
# body is the body's own account.
SPEAKS_FOR = frozenset({"leader-of", "member-of", "part-of", "employed-by", "subordinate-to"})
