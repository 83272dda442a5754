"""How an official figure (`official: true`) reads: the figure the body whose job it is to count or
set it gives, named as such ("the official figure from the electoral council"), where any other
figure reads "according to" its speaker.

"Official" says whose figure it is, not that it is right: where another source's figure cannot be
right with it, both are shown, and the other is told as disputing it. Nor is an official figure one
side's word that "no other source gives": its body is the one that gives it.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.format.dossier import Dossier
from generator.format.model import Number
from generator.site.upcoming import forecast


def noun(dossier: Dossier, number: Number) -> str:
    """ "official figure", or "official forecast" for one that holds for a time after its report: a
    body's own forecast is no count it has made."""
    return "official forecast" if forecast(dossier, number) else "official figure"


def according(dossier: Dossier, number: Number, who: str) -> str:
    """Who gives a figure, to follow it in a sentence: "according to the army", or for an official
    figure "the official figure from the [electoral council]"; ``who`` as read mid-sentence."""
    if number.official:
        return f"the {noun(dossier, number)} from {who}"
    return f"according to {who}"


def cell(dossier: Dossier, number: Number) -> str:
    """What follows who gives a figure in a table's cell or a label's line: " (official figure)", or ""."""
    return f" ({noun(dossier, number)})" if number.official else ""


def differ(number: Number) -> str:
    """What leads the figures that cannot be right with ``number``: an official figure is disputed by
    them; any other differs from them."""
    return "other sources dispute it" if number.official else "other sources differ"


def one_body(dossier: Dossier, numbers: Sequence[Number]) -> str:
    """The id of the one body whose official figures (or forecasts) all of ``numbers`` are, when
    there are two or more of one noun; "" otherwise. A table of them says so once, above it: each
    row's "(official figure)" said it again and again."""
    if len(numbers) < 2 or not all(n.official and len(n.stated_by) == 1 for n in numbers):
        return ""
    if len({n.stated_by[0] for n in numbers}) > 1 or len({noun(dossier, n) for n in numbers}) > 1:
        return ""
    return numbers[0].stated_by[0]
