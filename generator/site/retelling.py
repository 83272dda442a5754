"""A fact told again from its entry as written, for the "Updates and corrections" page: the
sentence a reader saw before a change and the one they see after it.

Entries come from the files of past commits, so any of them may not validate; such an entry is told
by its label alone. Names of actors come from the dossier as it is now; an id no actor has now is
never shown (the sentence leaves the name out). Every string is contributor text, escaped here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from generator.format.dossier import Dossier
from generator.format.model import ENTRY_KINDS, Actor, Claim, Event, Item, Number, Relationship, Source, Term
from generator.site import quantities
from generator.site.grammar import caption_text, named, relation
from generator.site.joint import joint_names
from generator.site.markup import escape
from generator.site.statuses import said_by_no_one_named, says_claim, status_phrase
from generator.site.views import capitalised, when

_MODELS: dict[str, type[Item]] = {kind.noun: kind for kind in ENTRY_KINDS}


def _ended(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "!", "?", "”", '"', "…")) else f"{text}."


def retell(noun: str, data: Mapping[str, Any] | None, dossier: Dossier) -> str:
    """The entry as one or two sentences of Markdown; "" when it cannot be read as its kind."""
    model = _MODELS.get(noun)
    if data is None or model is None:
        return ""
    try:
        entry = model.model_validate(dict(data))
    except (ValidationError, TypeError, ValueError):
        return ""
    return escape(_told(entry, dossier))


def _told(entry: Item, dossier: Dossier) -> str:
    if isinstance(entry, Number):
        held = quantities.imposed(dossier, entry, after_counts=True) or (
            f"as of {when(entry.as_of)}" if entry.as_of else ""
        )
        dated = f", {held}" if held else ""
        text = _ended(capitalised(caption_text(entry)) + dated)
        return f"{text} {_ended(entry.note)}" if entry.note else text
    if isinstance(entry, Actor):
        return f"{entry.name}: {_ended(entry.description)}"
    if isinstance(entry, Term):
        return f"{entry.term}: {_ended(entry.definition)}"
    if isinstance(entry, Event):
        text = _ended(f"{when(entry.date, entry.approximate, entry.end_date)}: {entry.title}")
        return f"{text} {_ended(entry.description)}" if entry.description else text
    if isinstance(entry, Claim):
        return _claim(entry, dossier)
    if isinstance(entry, Relationship):
        return _relationship(entry, dossier)
    if isinstance(entry, Source):
        return _ended(", ".join(p for p in (f"“{entry.title}”", entry.publisher or "") if p))
    return ""


def _claim(claim: Claim, dossier: Dossier) -> str:
    """The claim as the claims page tells it, with its status in words: a statement in the site's
    own words, so never in quotation marks (only evidence phrases, copied from sources, are
    quoted). A change of status alone thus shows as a changed sentence."""
    speakers = [dossier.actor_by_id[i] for i in claim.claimants if i in dossier.actor_by_id]
    status = f"({status_phrase(claim, dossier)})"
    statement = f"{_ended(claim.statement)} {status}"
    if claim.unattributed or not speakers:
        return f"{said_by_no_one_named(_ended(claim.statement))} {status}"
    names, agreeing = joint_names(dossier, speakers, lambda a, n: named(a, start=n == 0))
    return f"{names} {says_claim(claim, agreeing, dossier)}: {statement}"


def _relationship(relationship: Relationship, dossier: Dossier) -> str:
    actors = dossier.actor_by_id
    subject, object_ = actors.get(relationship.subject), actors.get(relationship.object)
    if subject is None or object_ is None or relationship.predicate not in dossier.vocabulary:
        return ""
    verb = relation(relationship.predicate, True, subject, dossier.vocabulary)
    text = _ended(f"{named(subject, start=True)} {verb} {named(object_)}")
    return f"{text} {_ended(relationship.note)}" if relationship.note else text
