"""When two actor records are one actor: the names they go by, compared as a reader would.

An alias written all in small letters ("the council", "suspects", "border guards") describes an actor
rather than naming it: two stories' councils or suspects are not one actor for sharing it, so such an
alias does not identify. A name, a native name and an alias with a capital or a letter of a script
without case ("Harbour police", "HPA", "港务局") do."""

from __future__ import annotations

from generator.format.model import Actor


def _folded(name: str) -> str:
    words = name.casefold().split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def names_someone(alias: str) -> bool:
    """Whether an alias names an actor rather than describing one: past a leading "the", it has a
    capital letter or a letter of a script without case."""
    words = alias.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    return any(c.isupper() or (c.isalpha() and not c.islower()) for c in "".join(words))


def actor_names(actor: Actor) -> frozenset[str]:
    """Every name of an actor that identifies it (its name, the aliases that name it, its names in
    their own scripts), case and spacing folded."""
    natives = [*actor.native_names, *([actor.native_name] if actor.native_name else [])]
    aliases = [alias for alias in actor.aliases if names_someone(alias)]
    names = [actor.name, *aliases, *(native.text for native in natives)]
    return frozenset(folded for folded in map(_folded, names) if folded)


def matching_name(first: Actor, second: Actor) -> str | None:
    """A name two actors share (as the first spells it), or None."""
    common = actor_names(first) & actor_names(second)
    if not common:
        return None
    natives = [*first.native_names, *([first.native_name] if first.native_name else [])]
    aliases = [alias for alias in first.aliases if names_someone(alias)]
    for name in [first.name, *aliases, *(native.text for native in natives)]:
        if _folded(name) in common:
            return name
    return None
