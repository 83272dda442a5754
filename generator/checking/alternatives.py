"""The check of a figure's `alternative:`, the other figure of a rule that gives two ("up to 5% of
revenue or $2 million, whichever is higher"), where a contributor can get it wrong: naming the
figure itself, giving the rule on both figures, or saying which applies where no source does."""

from __future__ import annotations

import re
from collections.abc import Mapping

from generator.checking.checker import Checker, Located
from generator.format.model import Number, Whichever

# The words a source uses for which of the two figures applies: "whichever is higher", "whichever
# amount is greater", "the higher of"; not a hedge such as "more than" alone.
_SAID = {
    Whichever.HIGHER: re.compile(
        r"\bwhichever\b[^.;]{0,20}?\b(?:higher|greater|larger|bigger|more)\b|\b(?:higher|greater|larger)\s+of\b",
        re.I,
    ),
    Whichever.LOWER: re.compile(
        r"\bwhichever\b[^.;]{0,20}?\b(?:lower|less|lesser|smaller|fewer)\b|\b(?:lower|lesser|smaller)\s+of\b",
        re.I,
    ),
}


def check_alternative(checker: Checker, item: Located, numbers: Mapping[str, Located]) -> None:
    """`alternative:` names another figure of the story, which gives no alternative of its own, and
    an evidence phrase of one of the two says which applies."""
    number: Number = item.entry  # type: ignore[assignment]
    alternative = number.alternative
    if alternative is None or alternative.number not in numbers:
        return  # an unknown id is reported as ref-unknown
    other: Number = numbers[alternative.number].entry  # type: ignore[assignment]
    said = [c.evidence for n in (number, other) for c in n.cite if c.evidence]
    if other.id == number.id:
        field = "number"
        message = f"{number.id!r} names itself as its `alternative`"
        hint = "name the rule's other figure, or delete `alternative`"
    elif other.alternative is not None:
        field = "number"
        message = f"{number.id!r} and {other.id!r} each give the rule (`alternative`)"
        hint = f"give the rule once: delete `alternative` from {other.id!r} or from {number.id!r}"
    elif not any(_SAID[alternative.whichever].search(phrase) for phrase in said):
        field = "whichever"
        message = (
            f"no evidence phrase of {number.id!r} or {other.id!r} says which applies "
            f"(`whichever: {alternative.whichever.value}`)"
        )
        hint = (
            f'cite the words that say so ("whichever is {alternative.whichever.value}") on either figure, '
            "or delete `alternative` and say the rule in `note`"
        )
    else:
        return
    checker.report(item.doc, "number-alternative", message, hint, (*item.pointer, "alternative", field))
