"""When two actor records are one actor: the names they go by, compared as a reader would."""

from __future__ import annotations

from generator.format.model import Actor


def _folded(name: str) -> str:
    words = name.casefold().split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def actor_names(actor: Actor) -> frozenset[str]:
    """Every name of an actor (name, aliases, names in their own scripts), case and spacing folded."""
    natives = [*actor.native_names, *([actor.native_name] if actor.native_name else [])]
    names = [actor.name, *actor.aliases, *(native.text for native in natives)]
    return frozenset(folded for folded in map(_folded, names) if folded)


def matching_name(first: Actor, second: Actor) -> str | None:
    """A name two actors share (as the first spells it), or None."""
    common = actor_names(first) & actor_names(second)
    if not common:
        return None
    natives = [*first.native_names, *([first.native_name] if first.native_name else [])]
    for name in [first.name, *first.aliases, *(native.text for native in natives)]:
        if _folded(name) in common:
            return name
    return None
