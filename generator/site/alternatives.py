"""A rule that gives two figures, one of which applies, told whole wherever one of them is: "up to
5% of yearly revenue, or $2 million, whichever is higher". The first figure alone, as a card told
it, gave a reader half the rule."""

from __future__ import annotations

from generator.format.dossier import Dossier
from generator.format.model import Number, Qualifier, Whichever
from generator.site import urls
from generator.site.grammar import caption_text, figure, money
from generator.site.markup import escape, href


def alternative_of(dossier: Dossier, number: Number) -> tuple[Number, Whichever] | None:
    """The rule's other figure and which of the two applies, for the figure that gives the rule
    (``alternative:``) or the one it names; None for a figure of no such rule."""
    if number.alternative is not None:
        other = dossier.number_by_id.get(number.alternative.number)
        return (other, number.alternative.whichever) if other is not None and other is not number else None
    for given in dossier.numbers:
        if given.alternative is not None and given.alternative.number == number.id and given is not number:
            return given, given.alternative.whichever
    return None


def or_alternative(dossier: Dossier, number: Number, page: str) -> str:
    """What follows the figure that gives the rule and what it counts: ", or [$2 million](...),
    whichever is higher"; "" for any other figure (the one it names says in its own words when it
    applies, and a figure told twice over read as a loop)."""
    if number.alternative is None or (told := alternative_of(dossier, number)) is None:
        return ""
    return f", or {linked(dossier, told[0], page, number)}, whichever is {told[1].value}"


def linked(dossier: Dossier, other: Number, page: str, number: Number) -> str:
    """``other`` linked to its entry on the numbers page, without the hedge it shares with ``number``
    ("up to 5%, or $2 million"): a sum of money by its amount, which says what it is; any other
    figure with what it counts ("or 60% of earnings"), since "or 60%" alone says nothing."""
    shown = (
        other.model_copy(update={"qualifier": Qualifier.EXACT})
        if other.qualifier is number.qualifier
        else other
    )
    text = figure(shown) if money(other)[0] else caption_text(shown)
    return f"[{escape(text)}]({href(page, urls.section(dossier.slug, 'numbers'), other.id)})"
