"""A figure told with the figure it is measured against (`against:`): "12.6% of patients given the
drug had swelling, against 1.7% of those given a placebo". A share of the treated group alone, or a
change "27% slower" with no baseline, left a reader no way to tell how much it means."""

from __future__ import annotations

from generator.format.dossier import Dossier
from generator.format.model import Number
from generator.site import urls
from generator.site.grammar import caption_text
from generator.site.markup import escape, href


def baseline_of(dossier: Dossier, number: Number) -> Number | None:
    """The figure ``number`` is measured against; None for none (or one that names itself, which
    validation reports)."""
    if number.against is None:
        return None
    other = dossier.number_by_id.get(number.against)
    return other if other is not None and other is not number else None


def against(dossier: Dossier, number: Number, page: str) -> str:
    """What follows a figure and what it counts: ", against [1.7% of people given a placebo](...)",
    linked to that figure's entry on the numbers page; "" for a figure measured against none."""
    if (other := baseline_of(dossier, number)) is None:
        return ""
    return f", against {linked_baseline(dossier, other, page)}"


def linked_baseline(dossier: Dossier, other: Number, page: str) -> str:
    """``other`` with what it counts, linked to its entry on the numbers page."""
    target = href(page, urls.section(dossier.slug, "numbers"), other.id)
    return f"[{escape(caption_text(other))}]({target})"
