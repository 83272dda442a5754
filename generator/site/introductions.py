"""Who a person is, said where a key figure's card first names them as its source.

The overview's cards say whose a figure is: "about $2 million, the money the council paid the
builders, according to Ana Pell, as of 3 May 2031". A reader meets the cards before "Who's who", and
a name the summary and the key questions above never introduced told a newcomer nothing: whether the
figure came from a minister, a civil servant or a critic of the plan. The first card that names such
a person says who they are, with the appositive the rest of the site gives them ("according to Ana
Pell, the council's finance officer"); a later card, or a person named above, is named alone.
"""

from __future__ import annotations

from collections.abc import Collection

from generator.format.dossier import Dossier
from generator.format.model import ActorKind, Number
from generator.site.roles import appositive

# What opens the phrase that names a figure's source, after which its person's name follows.
_ACCORDING = "according to "


def introduced(dossier: Dossier, number: Number, told: list[str], known: set[str]) -> list[str]:
    """``told`` (``quantities.attribution``'s phrases for ``number``) with its one person who states
    it followed by who they are, when ``known`` (the ids of actors the page named before) does not
    hold them; ``known`` then does. A figure stated by several, by a body, or that ``told`` names as
    "the same report", is told as it was."""
    person = _one_person(dossier, number.stated_by)
    if person is None or not told or not told[0].startswith(_ACCORDING):
        return told
    if person in known:
        return told
    known.add(person)
    who = appositive(dossier.actor_by_id[person])
    return [f"{told[0]}, {who}", *told[1:]] if who else told


def _one_person(dossier: Dossier, stated_by: Collection[str]) -> str | None:
    """The id of the one person who states a figure; None for several, none or a body."""
    if len(stated_by) != 1:
        return None
    (only,) = stated_by
    actor = dossier.actor_by_id.get(only)
    return only if actor is not None and actor.kind is ActorKind.PERSON else None
