"""Turning one dossier's parsed files into the typed model, reporting every problem at once.

Checks run in two passes. The first validates each entry against the model (types, required and
unknown fields) and scans its text; the second checks what spans entries: duplicate ids, references,
evidence, unused terms and sources. Diagnostics carry a pointer; positions are recovered later, and
only for files that have something to report.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from generator.checking.against import check_against
from generator.checking.alternatives import check_alternative
from generator.checking.checker import Checker, Located
from generator.checking.currency import check_as_of, check_currency, check_reprint
from generator.checking.diagnostics import Diagnostic, Pointer
from generator.checking.evidence import Snapshots, normalise
from generator.checking.journalism import (
    amount_in_text,
    check_actor,
    check_claim,
    check_number,
    check_predicates,
    check_relationship,
    margin_in_text,
)
from generator.checking.model_errors import describe
from generator.checking.official import check_official, check_official_figures
from generator.checking.storytelling import (
    check_decided,
    check_key_figures,
    check_ongoing,
    check_outcome,
    check_own_accounts,
    check_part_of,
    check_rate,
    check_revises,
    check_via,
)
from generator.checking.text import TODO
from generator.checking.yamlfile import YamlDocument
from generator.format.dates import PartialDate
from generator.format.dossier import Dossier, vocabulary
from generator.format.mentions import Mentions
from generator.format.model import (
    ENTRY_KINDS,
    Actor,
    Claim,
    Event,
    Item,
    Meta,
    Number,
    Question,
    Relationship,
    SharedActor,
    Source,
    SourceKind,
    Term,
)

__all__ = ["check_dossier", "normalise"]


def check_dossier(
    folder: Path,
    display_folder: str,
    meta_doc: YamlDocument | None,
    docs: dict[str, list[YamlDocument]],
    check_snapshots: bool = True,
    unreadable: frozenset[str] = frozenset(),
    stored: dict[str, YamlDocument] | None = None,
) -> tuple[Dossier | None, list[Diagnostic]]:
    """Validate one dossier's documents. Returns the model only when there is no error.

    ``stored`` maps source ids to their stored-text documents (``snapshots/<source-id>.yaml``).

    ``unreadable`` names the kinds (file stems) with a file that could not be parsed: references
    into them and "unused" warnings are not reported, since they would only echo that failure.
    """
    checker = Checker(folder, display_folder, unreadable=set(unreadable))
    meta = _check_meta(checker, folder, meta_doc)
    located: dict[type[Item], list[Located]] = {kind: [] for kind in ENTRY_KINDS}
    for kind in ENTRY_KINDS:
        for doc in docs.get(kind.file_name, []):
            located[kind] += _entries(checker, kind, doc)
    by_kind = {kind: checker.unique_ids(items) for kind, items in located.items()}
    _CrossChecks(checker, meta, by_kind).run(meta_doc, (stored or {}) if check_snapshots else None)
    if meta is None or any(d.severity == "error" for d in checker.found):
        return None, checker.found
    dossier = Dossier(
        folder=folder,
        meta=meta,
        # One keyword per kind, built from the kinds' table: mypy cannot pair each key with its type.
        **{  # type: ignore[arg-type]
            _FIELD_BY_KIND[kind]: tuple(item.entry for item in by_kind[kind].values()) for kind in ENTRY_KINDS
        },
    )
    return dossier, checker.found


def _check_meta(checker: Checker, folder: Path, meta_doc: YamlDocument | None) -> Meta | None:
    """The dossier's own fields, when ``dossier.yaml`` holds a valid mapping."""
    if meta_doc is None:
        return None
    if not isinstance(meta_doc.data, dict):
        checker.report(
            meta_doc,
            "shape-invalid",
            "dossier.yaml must be a mapping of fields",
            "start with `title: ...` at the left margin",
            (),
        )
        return None
    meta: Meta | None = checker.model(Meta, meta_doc.data, meta_doc, ())
    if meta is not None and meta.slug != folder.name:
        checker.report(
            meta_doc,
            "slug-mismatch",
            f"the slug {meta.slug!r} differs from the folder name {folder.name!r}",
            f"set `slug: {folder.name}` or rename the folder",
            ("slug",),
        )
    return meta


def _entries(checker: Checker, kind: type[Item], doc: YamlDocument) -> list[Located]:
    """The entries of one file of a kind that the model accepts (or would, but for a TODO)."""
    if not isinstance(doc.data, list):
        checker.report(
            doc,
            "shape-invalid",
            f"{kind.file_name}.yaml must be a list of {kind.noun} entries",
            f"start each {kind.noun} with `- ` at the left margin",
            (),
        )
        return []
    found = []
    for index, data in enumerate(doc.data):
        if not isinstance(data, dict):
            checker.report(
                doc,
                "shape-invalid",
                f"each item must be {'an' if kind.noun[0] in 'aeiou' else 'a'} {kind.noun} mapping, "
                f"not {describe(data)}",
                "write `field: value` pairs under the `- `",
                (index,),
            )
            continue
        entry = checker.model(kind, data, doc, (index,))
        if entry is None:
            # A TODO placeholder (`url: TODO`) is reported by the `todo` rule; it never hides
            # the entry from the other checks (its evidence, its references).
            entry = _without_placeholders(kind, data)
        if entry is None:
            if isinstance(data.get("id"), str):
                checker.broken_ids.add(data["id"])
            continue
        found.append(Located(entry, doc, (index,)))
        if entry.review:
            checker.report(
                doc,
                "review-pending",
                f"this {kind.noun} is drafted and awaits review: {entry.review}",
                "check it against the source, then delete the `review:` line",
                (index, "review"),
            )
    return found


def _without_placeholders(kind: type[Item], data: dict[str, Any]) -> Item | None:
    """The entry without its TODO-valued fields, when that alone makes it valid; else None."""
    kept = {key: value for key, value in data.items() if not (isinstance(value, str) and TODO.search(value))}
    if len(kept) == len(data):
        return None
    try:
        return kind.model_validate(kept)
    except ValidationError:
        return None


_FIELD_BY_KIND: dict[type[Item], str] = {
    Source: "sources",
    Actor: "actors",
    Number: "numbers",
    Term: "terms",
    Event: "events",
    Claim: "claims",
    Relationship: "relationships",
    SharedActor: "shared_actors",
    Question: "questions",
}


class _CrossChecks:
    """The second pass: what spans entries (references, citations and their evidence, what no fact
    uses)."""

    def __init__(
        self,
        checker: Checker,
        meta: Meta | None,
        by_kind: dict[type[Item], dict[str, Located]],
    ) -> None:
        self.checker, self.meta, self.by_kind = checker, meta, by_kind
        self.sources = by_kind[Source]
        # A shared actor is an actor of this dossier whose record lives in another one (resolved
        # when the whole site is loaded): references to it are checked here like any other.
        self.actors = _actor_ids(checker, by_kind[Actor], by_kind[SharedActor])
        self.predicates = vocabulary(meta)
        self.cited: set[str] = set()
        self.snapshots: Snapshots | None = None

    def run(self, meta_doc: YamlDocument | None, stored: dict[str, YamlDocument] | None) -> None:
        """Every check; evidence against the stored texts ``stored`` unless it is None."""
        checker = self.checker
        if stored is not None:
            self.snapshots = Snapshots(checker, self.sources, stored)
        if self.meta is not None and meta_doc is not None:
            self.check_meta(Located(self.meta, meta_doc, ()))  # type: ignore[arg-type]
        for items in self.by_kind.values():
            for item in items.values():
                self.check_entry(item)
        if self.snapshots is not None:
            self.snapshots.report_unchecked()
        check_official_figures(checker, self.by_kind[Number])
        if checker.unreadable:
            return
        for source_id, item in self.sources.items():
            if source_id not in self.cited:
                checker.report(
                    item.doc,
                    "source-unused",
                    f"the source {source_id!r} is cited by no fact",
                    "cite it from the facts it supports, or delete it",
                    (*item.pointer, "id"),
                )
        _check_terms_used(checker, self.meta, self.by_kind)
        check_own_accounts(
            checker, self.by_kind[Claim], self.by_kind[Relationship].values(), self.by_kind[Actor]
        )

    def citations(self, item: Located, cites: Iterable[Any], base: Pointer = ()) -> None:
        """Each citation names a known source, with an evidence phrase found in its stored text."""
        for index, citation in enumerate(cites):
            pointer = (*base, "cite", index)
            if citation.source not in self.sources:
                self.checker.reference(item, (*pointer, "source"), Source, citation.source, self.sources)
                continue
            self.cited.add(citation.source)
            source: Source = self.sources[citation.source].entry  # type: ignore[assignment]
            if citation.evidence is None:
                if source.kind is not SourceKind.DATASET:
                    self.checker.report(
                        item.doc,
                        "evidence-missing",
                        f"this citation of {source.id!r} has no evidence phrase",
                        "add `evidence:` with a short phrase copied from the source",
                        (*item.pointer, *pointer),
                    )
            elif self.snapshots is not None and not TODO.search(citation.evidence):
                # A TODO placeholder is reported by the `todo` rule; it is not looked for in the source.
                self.snapshots.check(item, source, citation.evidence, (*pointer, "evidence"))
            if citation.evidence and not citation.translation and _foreign(source, self.meta):
                _untranslated(self.checker, item, source, (*pointer, "evidence"))

    def check_meta(self, meta_item: Located) -> None:
        meta: Meta = meta_item.entry  # type: ignore[assignment]
        numbers = self.by_kind[Number]
        for index, paragraph in enumerate(meta.story):
            self.citations(meta_item, paragraph.cite, ("story", index))
        if meta.key_figure is not None:
            self.checker.reference(meta_item, ("key_figure",), Number, meta.key_figure, numbers)
        for index, number_id in enumerate(meta.key_figures):
            self.checker.reference(meta_item, ("key_figures", index), Number, number_id, numbers)
        check_key_figures(self.checker, meta_item, numbers)
        check_predicates(self.checker, meta_item)
        check_currency(self.checker, meta_item)

    def check_entry(self, item: Located) -> None:
        checker, entry = self.checker, item.entry
        entry_cite: Any = entry
        if isinstance(entry, Question):
            _check_question(checker, item, entry, self.by_kind, self.actors)
            return
        if not isinstance(entry, Source):
            self.citations(item, entry_cite.cite)
        if isinstance(entry, Actor | SharedActor) and entry.location is not None:
            self.citations(item, entry.location.cite, ("location",))
        if isinstance(entry, Actor):
            check_actor(checker, item)
        if isinstance(entry, Actor | SharedActor):
            check_as_of(checker, item)
        if isinstance(entry, Source):
            check_reprint(checker, item)
        if isinstance(entry, Source) and isinstance(entry.published, str):
            _check_date(checker, item, ("published",), entry.published)
        if not isinstance(entry, Actor | Source | SharedActor):
            self.check_references(item, entry)

    def check_references(self, item: Located, entry: Any) -> None:
        """The ids a number, term, event, claim or relationship names, and its dates."""
        checker, actors = self.checker, self.actors
        if isinstance(entry, Number):
            for index, actor_id in enumerate(entry.stated_by):
                checker.reference(item, ("stated_by", index), Actor, actor_id, actors)
            _check_number_evidence(checker, item, entry)
            check_number(checker, item)
            if entry.as_of:
                _check_date(checker, item, ("as_of",), entry.as_of)
            _check_telling(checker, item, entry, actors, self.by_kind[Number])
        elif isinstance(entry, Term):
            for index, term_id in enumerate(entry.related):
                checker.reference(item, ("related", index), Term, term_id, self.by_kind[Term])
        elif isinstance(entry, Event):
            for index, actor_id in enumerate(entry.actors):
                checker.reference(item, ("actors", index), Actor, actor_id, actors)
            _check_dates(checker, item, entry)
            check_ongoing(checker, item)
        elif isinstance(entry, Claim):
            for name in ("claimants", "about"):
                for index, actor_id in enumerate(getattr(entry, name)):
                    checker.reference(item, (name, index), Actor, actor_id, actors)
            if entry.date:
                _check_date(checker, item, ("date",), entry.date)
            check_claim(checker, item)
            if entry.outcome is not None:
                checker.reference(item, ("outcome",), Event, entry.outcome, self.by_kind[Event])
            check_outcome(checker, item, self.by_kind[Event])
            _check_telling(checker, item, entry, actors, self.by_kind[Number])
        elif isinstance(entry, Relationship):
            checker.reference(item, ("subject",), Actor, entry.subject, actors)
            checker.reference(item, ("object",), Actor, entry.object, actors)
            check_relationship(checker, item, self.predicates)


def _check_question(
    checker: Checker,
    item: Located,
    question: Question,
    by_kind: dict[type[Item], dict[str, Located]],
    actors: dict[str, Located],
) -> None:
    """Every fact the answer names exists; an answer that names none is flagged, since it would
    show the reader no source."""
    kinds: dict[str, tuple[type[Item], dict[str, Located]]] = {
        "numbers": (Number, by_kind[Number]),
        "events": (Event, by_kind[Event]),
        "claims": (Claim, by_kind[Claim]),
        "actors": (Actor, actors),
        "terms": (Term, by_kind[Term]),
    }
    references = question.references()
    for name, ids in references.items():
        kind, known = kinds[name]
        for index, fact_id in enumerate(ids):
            checker.reference(item, (name, index), kind, fact_id, known)
    if not any(references.values()):
        checker.report(
            item.doc,
            "answer-unreferenced",
            "this answer names no fact of the dossier, so it shows the reader no source",
            "list the ids the answer rests on under `numbers:`, `events:`, `claims:`, `actors:` or `terms:`",
            (*item.pointer, "answer"),
            at_key=True,
        )


def _untranslated(checker: Checker, item: Located, source: Source, pointer: Pointer) -> None:
    checker.report(
        item.doc,
        "translation-missing",
        f"this evidence is in {source.language!r}, not the dossier's language, and has no translation",
        "add `translation:` under it: the phrase in the dossier's language, in your own words",
        (*item.pointer, *pointer),
    )


def _foreign(source: Source, meta: Meta | None) -> bool:
    """Whether the source writes in another language than the dossier (by primary language tag)."""
    if meta is None or not source.language:
        return False
    return source.language.split("-")[0].casefold() != meta.language.split("-")[0].casefold()


def _actor_ids(
    checker: Checker, actors: dict[str, Located], shared: dict[str, Located]
) -> dict[str, Located]:
    for actor_id, item in shared.items():
        if actor_id in actors:
            checker.report(
                item.doc,
                "id-duplicate",
                f"the actor id {actor_id!r} is already used in {actors[actor_id].doc.display}",
                "give the shared actor its own id, or delete the local actor and keep the shared one",
                (*item.pointer, "id"),
            )
    return {**shared, **actors}


def _check_number_evidence(checker: Checker, item: Located, number: Number) -> None:
    # A derived value (an ordinal, "half", a sum) says how it is worked out instead.
    if number.derivation:
        return
    phrases = [(i, c.evidence) for i, c in enumerate(number.cite) if c.evidence]
    if not phrases:
        return
    index, text = phrases[0]
    if not any(amount_in_text(number, quote) for _, quote in phrases):
        stated = (
            repr(number.amount)
            if number.amount
            else f"the value {number.value:,}" + (f" to {number.upper:,}" if number.upper is not None else "")
        )
        checker.report(
            item.doc,
            "number-evidence",
            f"the evidence {text!r} does not contain {stated}",
            "quote the phrase of the source that writes the number, or correct `value:`; if the value is "
            "worked out (an ordinal such as 'a fourth', 'half', 'a decade', a sum), say how in `derivation:`",
            (*item.pointer, "cite", index, "evidence"),
        )
    # Readers see "give or take 16" as the source's words: a margin no quote gives is the
    # contributor's, and a wrong one widens or narrows what counts as agreeing figures.
    if number.margin is not None and not any(margin_in_text(number, quote) for _, quote in phrases):
        checker.report(
            item.doc,
            "number-evidence",
            f"the evidence {text!r} does not contain the margin {number.margin:,}",
            "quote the phrase that writes the margin with the figure ('120 ± 8'), or correct or delete "
            "`margin:`",
            (*item.pointer, "margin"),
        )


def _check_date(checker: Checker, item: Located, pointer: Pointer, text: str) -> PartialDate | None:
    try:
        return PartialDate.parse(text)
    except ValueError as error:
        checker.report(
            item.doc,
            "date-invalid",
            f"{text!r} is not a real date: {error}",
            "check the calendar",
            (*item.pointer, *pointer),
        )
        return None


def _check_telling(
    checker: Checker,
    item: Located,
    entry: Number | Claim,
    actors: dict[str, Located],
    numbers: dict[str, Located],
) -> None:
    """Who relays a fact (`via`), and for a number the whole it is part of and its rate."""
    if entry.via is not None:
        checker.reference(item, ("via",), Actor, entry.via, actors)
    if isinstance(entry, Claim):
        check_via(checker, item, entry.claimants, "claimants")
        return
    check_via(checker, item, entry.stated_by, "stated_by")
    check_official(checker, item, actors)
    if entry.part_of is not None:
        checker.reference(item, ("part_of",), Number, entry.part_of, numbers)
    check_part_of(checker, item, numbers)
    if entry.revises is not None:
        checker.reference(item, ("revises",), Number, entry.revises, numbers)
    check_revises(checker, item, numbers)
    if entry.alternative is not None:
        checker.reference(item, ("alternative", "number"), Number, entry.alternative.number, numbers)
    check_alternative(checker, item, numbers)
    if entry.against is not None:
        checker.reference(item, ("against",), Number, entry.against, numbers)
    check_against(checker, item, numbers)
    check_rate(checker, item)
    check_decided(checker, item)


def _check_dates(checker: Checker, item: Located, event: Event) -> None:
    start = _check_date(checker, item, ("date",), event.date)
    end = _check_date(checker, item, ("end_date",), event.end_date) if event.end_date else None
    if start and end and end < start:
        checker.report(
            item.doc,
            "date-order",
            f"the end date {event.end_date} is before the start date {event.date}",
            "swap the dates or correct one of them",
            (*item.pointer, "end_date"),
        )


def _check_terms_used(
    checker: Checker, meta: Meta | None, by_kind: dict[type[Item], dict[str, Located]]
) -> None:
    terms = by_kind[Term]
    if not terms:
        return
    mentions = Mentions(
        [(name, _target_term(term_id)) for term_id, item in terms.items() for name in _term_names(item.entry)]
    )
    used: set[str] = set()
    for text, owner in _prose(meta, by_kind):
        for mention in mentions.find(text):
            if mention.target.id != owner:
                used.add(mention.target.id)
    for item in terms.values():
        used.update(item.entry.related)  # type: ignore[attr-defined]
    for term_id, item in terms.items():
        if term_id not in used:
            checker.report(
                item.doc,
                "term-unused",
                f"the glossary term {item.entry.term!r} is mentioned nowhere in the dossier",  # type: ignore[attr-defined]
                "mention it in a description or the story, add an alias that the text uses, or delete it",
                (*item.pointer, "term"),
            )


def _target_term(term_id: str) -> Any:
    from generator.format.mentions import Target

    return Target("term", term_id)


def _term_names(term: Any) -> list[str]:
    return [term.term, *term.aliases]


def _prose(meta: Meta | None, by_kind: dict[type[Item], dict[str, Located]]) -> Iterator[tuple[str, str]]:
    """Every piece of reader-facing prose with the id of the entry it belongs to."""
    if meta is not None:
        yield meta.summary, ""
        for paragraph in meta.story:
            yield paragraph.text, ""
    for items in by_kind.values():
        for item in items.values():
            entry: Any = item.entry
            owner = getattr(entry, "id", "")
            for name in (
                "description",
                "definition",
                "statement",
                "note",
                "counts",
                "title",
                "date_note",
                "answer",
            ):
                text = getattr(entry, name, None)
                if isinstance(text, str) and not isinstance(entry, Source):
                    yield text, owner
