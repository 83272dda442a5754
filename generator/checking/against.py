"""The check of a figure's `against:`, the figure it is measured against (the untreated group's
beside a treated group's), where a contributor can get it wrong: naming the figure itself, or two
figures each measured against the other, which leaves neither a baseline."""

from __future__ import annotations

from collections.abc import Mapping

from generator.checking.checker import Checker, Located
from generator.format.model import Number


def check_against(checker: Checker, item: Located, numbers: Mapping[str, Located]) -> None:
    """`against:` names another figure of the story, which is not measured against this one."""
    number: Number = item.entry  # type: ignore[assignment]
    if number.against is None or number.against not in numbers:
        return  # an unknown id is reported as ref-unknown
    other: Number = numbers[number.against].entry  # type: ignore[assignment]
    if other.id == number.id:
        message = f"{number.id!r} names itself in `against`"
        hint = "name the figure this one is measured against (the untreated group's), or delete `against`"
    elif other.against == number.id:
        message = f"{number.id!r} and {other.id!r} are each measured `against` the other"
        hint = (
            f"name the baseline once: delete `against` from {other.id!r}, the figure the other is "
            "measured against"
        )
    else:
        return
    checker.report(item.doc, "number-against", message, hint, (*item.pointer, "against"))
