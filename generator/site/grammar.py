"""Sentences about actors and figures that read as an editor would write them.

Verbs agree with their subject ("Myanmar rebels control", "Ming Xuechang is a leader of"); a
figure's caption does not repeat its unit when what it counts already names it ("at least 1,000
scam centers operating in Myanmar", not "1,000 scam centers: scam centers operating ...").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from generator.format.model import Actor, ActorKind, Number
from generator.format.numbers import format_value
from generator.format.vocabulary import Predicate, agree, verb_phrase

# Kinds whose names are proper names, singular even when they end in -s ("Reuters", "Philippines").
_PROPER = {ActorKind.PERSON, ActorKind.PLACE, ActorKind.MEDIA_OUTLET, ActorKind.RESEARCH_INSTITUTE}
_IRREGULAR_PLURALS = {"people", "police", "men", "women", "children", "personnel", "militia members"}
# The head noun of "scam centers in Myanmar" is "centers": it is the last word before these.
_AFTER_HEAD = re.compile(
    r"\s(?:of|in|on|at|from|for|with|to|under|near|along|across|inside|outside)\s|\s\(|,"
)
_SINGULAR_ENDINGS = ("ss", "us", "is", "ics", "'s")

QUALIFIER_WORDS = {
    "exact": "",
    "about": "about",
    "more-than": "more than",
    "at-least": "at least",
    "at-most": "at most",
    "up-to": "up to",
    "fewer-than": "fewer than",
}
# Units that only say the figure counts people or things: the description names them better.
_GENERIC_UNITS = {"people", "persons", "individuals", "cases", "items", "things"}


def is_plural(actor: Actor) -> bool:
    """Whether verbs take the plural with this actor as subject: its ``plural`` field if set, else
    a guess from its name's head noun (common nouns only: a proper name is singular)."""
    if actor.plural is not None:
        return actor.plural
    if actor.kind in _PROPER:
        return False
    head = _AFTER_HEAD.split(f" {actor.name} ", maxsplit=1)[0].split()
    if not head:
        return False
    last = head[-1].casefold()
    if last in _IRREGULAR_PLURALS or " ".join(head[-2:]).casefold() in _IRREGULAR_PLURALS:
        return True
    return len(last) > 3 and last.endswith("s") and not last.endswith(_SINGULAR_ENDINGS)


def group_is_plural(actors: Sequence[Actor]) -> bool:
    return len(actors) > 1 or (len(actors) == 1 and is_plural(actors[0]))


def relation(
    predicate: str, outgoing: bool, subject: Actor, vocabulary: Mapping[str, Predicate] | None = None
) -> str:
    """The verb phrase of a relationship told from ``subject``'s end, agreeing with it."""
    return verb_phrase(predicate, outgoing, is_plural(subject), vocabulary)


def says(speakers: Sequence[Actor]) -> str:
    return agree("say{s|}", group_is_plural(speakers))


def _words(text: str) -> list[str]:
    return [word.casefold().rstrip("s") for word in re.findall(r"\w+", text)]


def unit_is_redundant(number: Number) -> bool:
    """Whether the description already says what the unit says (or the unit says nothing more)."""
    if not number.unit:
        return False
    if number.unit.casefold() in _GENERIC_UNITS:
        return True
    counted = set(_words(number.counts))
    return all(word in counted for word in _words(number.unit))


def amount(number: Number) -> str:
    """The figure without its unit: "more than 30,000", "4,000,000 to 6,000,000", or the source's
    own words for an amount it gives in words ("hundreds")."""
    if number.amount is not None:
        return number.amount
    shown = format_value(number.value)
    if number.upper is not None:
        shown = f"{shown} to {format_value(number.upper)}"
    return " ".join(part for part in (QUALIFIER_WORDS[number.qualifier.value], shown) if part)


def figure(number: Number) -> str:
    """A number as a reader says it, in plain text: "more than 30,000 people", "4,000,000 to
    6,000,000 cubic metres", "hundreds of troops"."""
    return " ".join(part for part in (amount(number), number.unit or "") if part)


def caption(number: Number) -> tuple[str, str, str]:
    """The figure, a separator and what it counts, in plain text, to be joined as they are:
    ("at least 1,000", " ", "scam centers operating in Myanmar") when what it counts names the
    unit, ("2,000 km", ": ", "length of the border") when it does not."""
    if not number.unit or unit_is_redundant(number):
        return amount(number), " ", number.counts
    return figure(number), ": ", number.counts


def caption_text(number: Number) -> str:
    return "".join(caption(number))
