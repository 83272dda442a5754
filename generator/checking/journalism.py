"""Checks for what real stories say: ranges, amounts in words, unattributed reports, native names in
several scripts, and the predicates a dossier adds to the shared vocabulary."""

from __future__ import annotations

import difflib
from collections.abc import Mapping

from generator.checking.checker import Checker, Located
from generator.format.model import (
    VIEWS,
    Actor,
    ActorKind,
    Claim,
    Meta,
    NativeName,
    Number,
    Qualifier,
    Relationship,
)
from generator.format.numbers import format_value, number_in_text
from generator.format.vocabulary import PREDICATES, Predicate

_LOWER_BOUNDS = {Qualifier.AT_LEAST, Qualifier.MORE_THAN}


def check_predicates(checker: Checker, meta_item: Located) -> None:
    """A dossier may add predicates, never redefine the shared ones nor define one twice."""
    meta: Meta = meta_item.entry  # type: ignore[assignment]
    seen: set[str] = set()
    for index, definition in enumerate(meta.predicates):
        if definition.id in PREDICATES or definition.id in seen:
            where = "the shared vocabulary" if definition.id in PREDICATES else "this dossier"
            checker.report(
                meta_item.doc,
                "predicate-redefined",
                f"the predicate {definition.id!r} is already defined by {where}",
                "use it as it is, or give the new relation another id",
                ("predicates", index, "id"),
            )
        seen.add(definition.id)


def check_relationship(checker: Checker, item: Located, vocabulary: Mapping[str, Predicate]) -> None:
    relationship: Relationship = item.entry  # type: ignore[assignment]
    if relationship.predicate in vocabulary:
        return
    close = difflib.get_close_matches(relationship.predicate, sorted(vocabulary), n=1, cutoff=0.5)
    hint = (
        f"did you mean {close[0]!r}?"
        if close
        else "use one of the shared vocabulary, or define it under `predicates:` in dossier.yaml"
    )
    checker.report(
        item.doc,
        "predicate-unknown",
        f"{relationship.predicate!r} is not a known predicate",
        hint,
        (*item.pointer, "predicate"),
    )


def check_number(checker: Checker, item: Located) -> None:
    number: Number = item.entry  # type: ignore[assignment]
    if number.upper is not None and number.upper <= number.value:
        checker.report(
            item.doc,
            "number-range",
            f"the upper end {format_value(number.upper)} is not above "
            f"the lower end {format_value(number.value)}",
            "`value` is the lower end of the range and `upper` the higher one",
            (*item.pointer, "upper"),
        )
    if number.amount is not None and number.qualifier not in _LOWER_BOUNDS:
        checker.report(
            item.doc,
            "number-amount",
            f"the amount {number.amount!r} is given in words, so `value` can only be its lower bound",
            "add `qualifier: at-least` and set `value` to the least the words can mean",
            (*item.pointer, "qualifier" if "qualifier" in number.model_fields_set else "amount"),
        )
    if number.unattributed and number.stated_by:
        _conflict(checker, item, "number", "stated_by")


def check_claim(checker: Checker, item: Located) -> None:
    claim: Claim = item.entry  # type: ignore[assignment]
    if claim.unattributed and claim.claimants:
        _conflict(checker, item, "claim", "claimants")
    elif not claim.unattributed and not claim.claimants:
        checker.report(
            item.doc,
            "claimant-missing",
            "this claim names no claimant",
            "list who makes it under `claimants:`, or set `unattributed: true` when the source names no one",
            (*item.pointer, "claimants") if "claimants" in claim.model_fields_set else item.pointer,
        )
    if claim.unattributed and claim.status in VIEWS:
        checker.report(
            item.doc,
            "view-unattributed",
            f"this claim is marked `status: {claim.status.value}` and unattributed: a reader would "
            "not know whose it is",
            "list who holds it under `claimants:` (those the source says hold it) and remove "
            "`unattributed: true`; a view the source gives to no one is best left out",
            (*item.pointer, "status"),
        )


def _conflict(checker: Checker, item: Located, noun: str, field: str) -> None:
    checker.report(
        item.doc,
        "attribution-conflict",
        f"this {noun} is marked unattributed but `{field}` names who states it",
        f"remove `unattributed: true`, or empty `{field}`",
        (*item.pointer, "unattributed"),
    )


def check_actor(checker: Checker, item: Located) -> None:
    actor: Actor = item.entry  # type: ignore[assignment]
    if actor.location is not None and actor.kind is not ActorKind.PLACE:
        checker.report(
            item.doc,
            "location-invalid",
            f"this actor's kind is {actor.kind.value!r}; only a place has a location",
            "set `kind: place`, or remove `location:`",
            (*item.pointer, "location"),
        )
    if actor.native_name is not None and actor.native_names:
        checker.report(
            item.doc,
            "native-name-conflict",
            "this actor has both `native_name` and `native_names`",
            "move the single name into the `native_names` list",
            (*item.pointer, "native_names"),
        )
    names: list[tuple[str, int | None, NativeName]] = (
        [("native_name", None, actor.native_name)] if actor.native_name else []
    )
    names += [("native_names", index, name) for index, name in enumerate(actor.native_names)]
    for field, index, name in names:
        subtags = {tag for tag in name.lang.split("-")[1:] if len(tag) == 4 and tag.isalpha()}
        if name.script and subtags and name.script.casefold() not in {t.casefold() for t in subtags}:
            where = (field,) if index is None else (field, index)
            checker.report(
                item.doc,
                "native-name-conflict",
                f"the script {name.script!r} contradicts the language tag {name.lang!r}",
                "keep the script in one place: in `lang` (zh-Hans) or in `script`",
                (*item.pointer, *where, "script"),
            )


def amount_in_text(number: Number, text: str) -> bool:
    """Whether an evidence phrase states the number: its words, or both ends of its range."""
    if number.amount is not None:
        return " ".join(number.amount.casefold().split()) in " ".join(text.casefold().split())
    measures = f"{number.unit or ''} {number.counts}"  # whether "100m" is 100 metres
    if number.upper is None:
        return number_in_text(number.value, text, measures)
    return number_in_text(number.upper, text, measures) and _lower_end_in_text(
        number.value, number.upper, text, measures
    )


def margin_in_text(number: Number, text: str) -> bool:
    """Whether an evidence phrase writes the number's margin of uncertainty: the 8 of "120 ± 8",
    or the 0.3 of "4.5 ± 0.3 million", which shares the figure's scale word. A number without a
    margin needs none."""
    if number.margin is None:
        return True
    measures = f"{number.unit or ''} {number.counts}"
    largest = number.upper if number.upper is not None else number.value
    return _lower_end_in_text(number.margin, largest, text, measures)


def _lower_end_in_text(value: float | int, upper: float | int, text: str, measures: str) -> bool:
    """ "4 to 6 million": the lower end shares the upper end's scale word, so 4 stands for 4 million."""
    if number_in_text(value, text, measures):
        return True
    for scale in (1_000_000_000, 1_000_000, 1_000):
        if abs(upper) >= scale and value and (value * 10) % scale == 0:
            short = value / scale
            if number_in_text(int(short) if float(short).is_integer() else short, text, measures):
                return True
    return False
