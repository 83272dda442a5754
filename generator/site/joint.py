"""Joint speakers that are one body and its own people, said as one: "the Harbour Board, through its
chair Ada Lind, says", not "the Harbour Board and Ada Lind say".

A claim made by a body and by its leader (a relationship ``leader-of``) or one of its members
(``member-of``) read as two parties agreeing, where the leader spoke for the body. The body is the
subject the verb agrees with; its people follow, each with the post the dossier gives them: the
post their description names in the body ("The chair of the Harbour Board."), else the tie's noun
("leader", "member").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from generator.format.dossier import Dossier
from generator.format.model import Actor, ActorKind
from generator.site.views import and_joined

# The ties that make a person one of a body's own people, and the noun each gives a post that the
# person's description does not name.
_OWN_PEOPLE = {"leader-of": "leader", "member-of": "member"}


def speaking_for(
    dossier: Dossier, speakers: Sequence[Actor]
) -> tuple[Actor, tuple[tuple[str, Actor], ...]] | None:
    """The body ``speakers`` speak for and its people among them, each with their post, when every
    speaker but one is a person tied to that one (``_OWN_PEOPLE``); None otherwise."""
    if len(speakers) < 2:
        return None
    ties = {(r.subject, r.object): r.predicate for r in dossier.relationships if r.predicate in _OWN_PEOPLE}
    for body in speakers:
        people = [a for a in speakers if a is not body]
        if body.kind is ActorKind.PERSON or not all(
            a.kind is ActorKind.PERSON and (a.id, body.id) in ties for a in people
        ):
            continue
        return body, tuple(
            (_post(person, body, _OWN_PEOPLE[ties[(person.id, body.id)]]), person) for person in people
        )
    return None


def joint_names(
    dossier: Dossier,
    speakers: Sequence[Actor],
    name: Callable[[Actor, int], str],
    *,
    subject: bool = True,
) -> tuple[str, list[Actor]]:
    """The speakers as one phrase, with the actors its verb agrees with: "The Harbour Board, through
    its chair Ada Lind," (a ``subject``, closed by a comma before its verb) or "the Harbour Board,
    through its chair Ada Lind" (after "says"); else their names and-joined. ``name``: how one actor
    is named (linked or not), given its place in the phrase (0 for the first)."""
    joint = speaking_for(dossier, speakers)
    if joint is None:
        return and_joined([name(actor, n) for n, actor in enumerate(speakers)]), list(speakers)
    body, people = joint
    own = and_joined([f"its {post} {name(person, n + 1)}" for n, (post, person) in enumerate(people)])
    return f"{name(body, 0)}, through {own}{',' if subject else ''}", [body]


def _post(person: Actor, body: Actor, fallback: str) -> str:
    """The post ``person`` holds in ``body`` as their description names it ("The chair of the Harbour
    Board." gives "chair"), else ``fallback``."""
    names = "|".join(re.escape(n) for n in sorted({body.name, *body.aliases}, key=len, reverse=True))
    found = re.match(
        rf"(?:the|an?)\s+(?P<post>[a-z][a-z-]*(?:\s[a-z][a-z-]*){{0,3}}?)\s+(?:of|at)\s+(?:the\s+)?(?:{names})\b",
        (person.description or "").strip(),
        re.IGNORECASE,
    )
    if found is None or not found["post"].islower():
        return fallback
    return found["post"]
