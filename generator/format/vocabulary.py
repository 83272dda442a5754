"""The controlled vocabulary of relationships between actors.

Each predicate reads forwards from the subject ("A is leader of B") and backwards from the object
("B is led by A"), so an actor's page can list its relationships in both directions. A dossier may
add its own under ``predicates:`` in dossier.yaml, worded the same two ways (``Dossier.vocabulary``).
"""

from __future__ import annotations

from typing import NamedTuple


class Predicate(NamedTuple):
    forward: str
    inverse: str


PREDICATES: dict[str, Predicate] = {
    "above": Predicate("above", "below"),
    "affiliated-with": Predicate("affiliated with", "affiliated with"),
    "aligned-with": Predicate("aligned with", "aligned with"),
    "allied-with": Predicate("allied with", "allied with"),
    "arrested-by": Predicate("arrested by", "arrested"),
    "attacked": Predicate("attacked", "attacked by"),
    "blocked": Predicate("blocked", "blocked by"),
    "borders": Predicate("borders", "borders"),
    "citizen-of": Predicate("citizen of", "has citizen"),
    "controls": Predicate("controls", "controlled by"),
    "cooperates-with": Predicate("cooperates with", "cooperates with"),
    "employed-by": Predicate("employed by", "employs"),
    "evacuated": Predicate("evacuated", "evacuated by"),
    "family-of": Predicate("family of", "family of"),
    "flows-through": Predicate("flows through", "has flowing through it"),
    "founded-by": Predicate("founded by", "founded"),
    "funded-by": Predicate("funded by", "funds"),
    "governs": Predicate("governs", "governed by"),
    "handed-over-to": Predicate("handed over to", "received from"),
    "hired-by": Predicate("hired by", "hired"),
    "investigated-by": Predicate("investigated by", "investigates"),
    "leader-of": Predicate("leader of", "led by"),
    "located-in": Predicate("located in", "location of"),
    "member-of": Predicate("member of", "has member"),
    "operated-by": Predicate("operated by", "operates"),
    "operates-in": Predicate("operates in", "has operations of"),
    "opposes": Predicate("opposes", "opposed by"),
    "owned-by": Predicate("owned by", "owns"),
    "part-of": Predicate("part of", "includes"),
    "protected-by": Predicate("protected by", "protects"),
    "reported-by": Predicate("reported by", "reported"),
    "subordinate-to": Predicate("subordinate to", "has subordinate"),
    "targets": Predicate("targets", "targeted by"),
}
