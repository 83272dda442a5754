"""Turning one dossier's parsed files into the typed model, reporting every problem at once.

Checks run in two passes. The first validates each entry against the model (types, required and
unknown fields) and scans its text; the second checks what spans entries: duplicate ids, references,
evidence, unused terms and sources. Diagnostics carry a pointer; positions are recovered later, and
only for files that have something to report.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args

from pydantic import BaseModel, ValidationError

from generator.checking.diagnostics import Diagnostic, Pointer, problem
from generator.checking.yamlfile import YamlDocument
from generator.format.dates import PartialDate
from generator.format.dossier import Dossier
from generator.format.mentions import Mentions
from generator.format.model import (
    ENTRY_KINDS,
    Actor,
    Claim,
    Event,
    Item,
    Meta,
    Number,
    Relationship,
    Source,
    SourceKind,
    Term,
)
from generator.format.numbers import number_in_text
from generator.format.vocabulary import PREDICATES

_SUSPECT = re.compile(r"<[A-Za-z/!?]|\]\(|!\[|\bTODO\b")
_HTML = re.compile(r"<[A-Za-z/!?]")
_LINK = re.compile(r"\]\(|!\[")
_TODO = re.compile(r"\bTODO\b")
# Control characters, which pages drop (see generator.site.markup): "<\0script>" is shown as "<script>".
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Direction overrides and isolates: they can make a reader see words in another order.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """Text as compared for evidence: case, curly quotes and runs of white space do not matter."""
    return _SPACE.sub(" ", text.translate(_QUOTES)).casefold().strip()


@dataclass
class Located:
    """An entry and where it came from."""

    entry: Item
    doc: YamlDocument
    pointer: Pointer


@dataclass
class Checker:
    """Collects diagnostics for one dossier."""

    folder: Path
    display_folder: str
    found: list[Diagnostic] = field(default_factory=list)
    # Ids of entries that exist but failed validation: references to them are not reported again.
    broken_ids: set[str] = field(default_factory=set)
    # Kinds with a file that could not be read: their ids are unknown, so references are not checked.
    unreadable: set[str] = field(default_factory=set)

    def report(
        self, doc: YamlDocument, rule: str, message: str, hint: str, pointer: Pointer, at_key: bool = False
    ) -> None:
        self.found.append(problem(doc.display, rule, message, hint, pointer=pointer, at_key=at_key))

    # -- pass 1: each entry on its own ------------------------------------------------------------

    def model(self, kind: type[BaseModel], data: Any, doc: YamlDocument, pointer: Pointer) -> Any:
        if doc.suspect:
            self.scan_text(data, doc, pointer)
        try:
            return kind.model_validate(data)
        except ValidationError as error:
            for diagnostic in pydantic_diagnostics(error, kind, doc, pointer):
                self.found.append(diagnostic)
            return None

    def scan_text(self, value: Any, doc: YamlDocument, pointer: Pointer) -> None:
        """Look at every string of an entry; iterative, so no nesting depth can exhaust the stack."""
        stack: list[tuple[Any, Pointer]] = [(value, pointer)]
        while stack:
            item, where = stack.pop()
            if isinstance(item, str):
                shown = item
                if not item.isprintable():
                    self._invisible_problems(item, doc, where)
                    shown = _CONTROL.sub("", item)
                if _SUSPECT.search(shown):
                    self._text_problems(shown, doc, where)
            elif isinstance(item, dict):
                stack.extend((v, (*where, k)) for k, v in reversed(list(item.items())))
            elif isinstance(item, list):
                stack.extend((v, (*where, i)) for i, v in reversed(list(enumerate(item))))

    def _invisible_problems(self, value: str, doc: YamlDocument, pointer: Pointer) -> None:
        control = _CONTROL.search(value)
        if control:
            self.report(
                doc,
                "text-control",
                f"an invisible control character (U+{ord(control.group()):04X}) is in this text",
                "delete it; it often comes from copying out of a PDF or a terminal",
                pointer,
            )
        bidi = _BIDI.search(value)
        if bidi:
            self.report(
                doc,
                "text-bidi",
                f"an invisible text-direction control (U+{ord(bidi.group()):04X}) is in this text",
                "delete it: right-to-left names display correctly without it, and it can reorder words",
                pointer,
            )

    def _text_problems(self, value: str, doc: YamlDocument, pointer: Pointer) -> None:
        if _HTML.search(value):
            self.report(
                doc,
                "text-html",
                "HTML is not allowed in dossier text",
                "write it as plain text; use *emphasis* or **strong** for stress",
                pointer,
            )
        if _LINK.search(value):
            self.report(
                doc,
                "text-markup",
                "Markdown links and images are not allowed in dossier text",
                "name the actor or term in plain words (it is linked for you), or add a source",
                pointer,
            )
        if _TODO.search(value):
            self.report(
                doc, "todo", "a TODO marker is left here", "replace TODO with the real value", pointer
            )

    # -- pass 2: across entries -------------------------------------------------------------------

    def unique_ids(self, located: list[Located]) -> dict[str, Located]:
        by_id: dict[str, Located] = {}
        for item in located:
            entry_id = item.entry.id  # type: ignore[attr-defined]
            first = by_id.get(entry_id)
            if first is None:
                by_id[entry_id] = item
                continue
            if isinstance(item.entry, Relationship):
                self.report(
                    item.doc,
                    "relationship-duplicate",
                    f"this relationship is already stated in {first.doc.display}",
                    "delete one of the two, merging their citations",
                    item.pointer,
                )
            else:
                line = _line_hint(first)
                self.report(
                    item.doc,
                    "id-duplicate",
                    f"the {item.entry.noun} id {entry_id!r} is already used{line}",
                    "give this entry its own id",
                    (*item.pointer, "id"),
                )
        return by_id

    def reference(
        self,
        item: Located,
        pointer: Pointer,
        kind: type[Item],
        target_id: str,
        known: dict[str, Any],
    ) -> None:
        if target_id in known or target_id in self.broken_ids or kind.file_name in self.unreadable:
            return
        wanted = "glossary term" if kind is Term else kind.noun
        close = difflib.get_close_matches(target_id, list(known), n=1, cutoff=0.6)
        article = "an" if wanted[0] in "aeiou" else "a"
        hint = (
            f"did you mean {close[0]!r}?" if close else f"add {article} {wanted} with id {target_id!r} first"
        )
        self.report(
            item.doc,
            "ref-unknown",
            f"no {wanted} has the id {target_id!r}",
            hint,
            (*item.pointer, *pointer),
        )


def pydantic_diagnostics(
    error: ValidationError, kind: type[BaseModel], doc: YamlDocument, base: Pointer
) -> Iterator[Diagnostic]:
    """One diagnostic per distinct problem; union alternatives for one value are merged. A TODO
    placeholder (``value: TODO``) is reported once, by the `todo` rule, not again as a wrong type."""
    seen: set[Pointer] = set()
    for detail in error.errors(include_url=False):
        loc = _field_loc(kind, detail["loc"])
        placeholder = isinstance(detail.get("input"), str) and _TODO.search(detail["input"])
        if loc in seen or placeholder:
            continue
        seen.add(loc)
        yield _one_pydantic(detail, kind, doc, (*base, *loc))


def _field_loc(kind: type[BaseModel], loc: tuple[Any, ...]) -> Pointer:
    """Drop the names pydantic gives union members ("int", "float") from a location."""
    model: Any = kind
    kept: list[str | int] = []
    for step in loc:
        if isinstance(step, int):
            kept.append(step)
            continue
        fields = getattr(model, "model_fields", None)
        if fields is None:
            continue
        alias_map = {f.alias or name: name for name, f in fields.items()}
        if step in fields or step in alias_map:
            kept.append(step)
            model = _inner_model(fields[alias_map.get(step, step)].annotation)
        elif model is not kind or not kept:
            # An unknown field is kept; a union member's name ("int", "float") is dropped.
            kept.append(step)
            model = None
    return tuple(kept)


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        inner = _inner_model(arg)
        if inner is not None:
            return inner
    return None


def _model_at(kind: type[BaseModel], loc: Pointer) -> Any:
    model: Any = kind
    for step in loc:
        if isinstance(step, int) or model is None:
            continue
        fields = model.model_fields
        alias_map = {f.alias or name: name for name, f in fields.items()}
        name = alias_map.get(str(step), str(step))
        if name not in fields:
            return None
        model = _inner_model(fields[name].annotation)
    return model


_TYPE_NAMES = {
    str: "text",
    int: "a whole number",
    float: "a number",
    bool: "true or false",
    list: "a list",
    dict: "a mapping",
    type(None): "nothing",
}


def _describe(value: Any) -> str:
    for python_type, name in _TYPE_NAMES.items():
        if type(value) is python_type:
            return name
    return type(value).__name__


def _one_pydantic(detail: Any, kind: type[BaseModel], doc: YamlDocument, pointer: Pointer) -> Diagnostic:
    error_type: str = detail["type"]
    loc = _field_loc(kind, tuple(detail["loc"]))
    field_name = next((str(step) for step in reversed(loc) if isinstance(step, str)), kind.__name__)
    value = detail.get("input")
    noun = getattr(kind, "noun", "") or "entry"
    if error_type == "missing":
        parent = _model_at(kind, loc[:-1])
        description = ""
        if parent is not None and field_name in parent.model_fields:
            description = parent.model_fields[field_name].description or ""
        hint = f"add `{field_name}:`" + (f" ({description})" if description else "")
        return problem(
            doc.display,
            "field-missing",
            f"this {noun} is missing the required field {field_name!r}",
            hint,
            pointer=pointer[:-1],
        )
    if error_type == "extra_forbidden":
        parent = _model_at(kind, loc[:-1])
        names = sorted(
            (f.alias or name) for name, f in (parent.model_fields.items() if parent is not None else ())
        )
        close = difflib.get_close_matches(field_name, names, n=1, cutoff=0.6)
        hint = f"did you mean {close[0]!r}?" if close else "allowed fields: " + ", ".join(names)
        return problem(
            doc.display, "field-unknown", f"unknown field {field_name!r}", hint, pointer=pointer, at_key=True
        )
    if field_name == "cite" and error_type == "too_short":
        return problem(
            doc.display,
            "cite-missing",
            f"this {noun} cites no source",
            "add `cite:` with at least one `- source: <id>` and its evidence phrase",
            pointer=pointer,
        )
    if error_type == "string_pattern_mismatch":
        pattern = str(detail.get("ctx", {}).get("pattern", ""))
        if "\\d{4}" in pattern:
            return problem(
                doc.display,
                "date-invalid",
                f"{value!r} is not a date",
                'write YYYY, YYYY-MM or YYYY-MM-DD in quotes, e.g. "2023-09"',
                pointer=pointer,
            )
        if pattern.startswith("^https?"):
            return problem(
                doc.display,
                "url-invalid",
                f"{value!r} is not an http(s) address",
                "use a full address starting with https://",
                pointer=pointer,
            )
        if "[a-z0-9]+" in pattern:
            slug = re.sub(r"[^a-z0-9]+", "-", str(value).lower()).strip("-") or "my-id"
            return problem(
                doc.display,
                "id-invalid",
                f"{value!r} is not a valid id",
                f"use lower-case letters, digits and single hyphens, e.g. {slug!r}",
                pointer=pointer,
            )
        return problem(
            doc.display,
            "value-invalid",
            f"{value!r} is not a valid {field_name}",
            "see the format reference",
            pointer=pointer,
        )
    if error_type.startswith("date") or (error_type == "value_error" and field_name in {"date", "end_date"}):
        return problem(
            doc.display,
            "date-invalid",
            f"{value!r} is not a valid date",
            "write the date as YYYY-MM-DD, e.g. 2023-11-24",
            pointer=pointer,
        )
    if error_type == "enum":
        expected = detail.get("ctx", {}).get("expected", "")
        close = difflib.get_close_matches(str(value), re.findall(r"'([^']+)'", expected), n=1, cutoff=0.5)
        hint = f"did you mean {close[0]!r}?" if close else f"use one of {expected}"
        return problem(
            doc.display, "value-invalid", f"{value!r} is not a valid {field_name}", hint, pointer=pointer
        )
    if error_type == "value_error" and field_name == "predicate":
        close = difflib.get_close_matches(str(value), sorted(PREDICATES), n=1, cutoff=0.5)
        hint = f"did you mean {close[0]!r}?" if close else "use one of " + ", ".join(sorted(PREDICATES))
        return problem(
            doc.display, "value-invalid", f"{value!r} is not a known predicate", hint, pointer=pointer
        )
    if error_type in {"string_too_short", "string_too_long", "too_long", "too_short"}:
        limit = detail.get("ctx", {})
        message = (
            f"{field_name!r} is empty"
            if "short" in error_type
            else f"{field_name!r} is too long (at most {limit.get('max_length')} characters)"
        )
        hint = (
            "write a value" if "short" in error_type else "shorten it; evidence is a phrase, not a paragraph"
        )
        return problem(doc.display, "text-invalid", message, hint, pointer=pointer)
    expected = {
        "string_type": "text",
        "int_type": "a number",
        "float_type": "a number",
        "bool_type": "true or false",
        "bool_parsing": "true or false",
        "list_type": "a list",
        "dict_type": "a mapping",
        "model_type": "a mapping",
        "model_attributes_type": "a mapping",
    }.get(error_type, "a different value")
    hint = {
        "text": "put the value in quotes",
        "a number": "write the value as a plain number, e.g. 31000, without quotes or separators",
        "a list": "write each item on its own line starting with `- `",
        "a mapping": "write `field: value` pairs, one per line",
    }.get(expected, detail.get("msg", ""))
    return problem(
        doc.display,
        "type-invalid",
        f"{field_name!r} should be {expected}, not {_describe(value)}",
        hint,
        pointer=pointer,
    )


def _line_hint(item: Located) -> str:
    from generator.checking.yamlfile import locate

    line, _ = locate(item.doc.text, item.pointer)
    return f" at {item.doc.display}:{line}"


def check_dossier(
    folder: Path,
    display_folder: str,
    meta_doc: YamlDocument | None,
    docs: dict[str, list[YamlDocument]],
    check_snapshots: bool = True,
    unreadable: frozenset[str] = frozenset(),
) -> tuple[Dossier | None, list[Diagnostic]]:
    """Validate one dossier's documents. Returns the model only when there is no error.

    ``unreadable`` names the kinds (file stems) with a file that could not be parsed: references
    into them and "unused" warnings are not reported, since they would only echo that failure.
    """
    checker = Checker(folder, display_folder, unreadable=set(unreadable))
    meta = None
    if meta_doc is not None:
        if not isinstance(meta_doc.data, dict):
            checker.report(
                meta_doc,
                "shape-invalid",
                "dossier.yaml must be a mapping of fields",
                "start with `title: ...` at the left margin",
                (),
            )
        else:
            meta = checker.model(Meta, meta_doc.data, meta_doc, ())
            if meta is not None and meta.slug != folder.name:
                checker.report(
                    meta_doc,
                    "slug-mismatch",
                    f"the slug {meta.slug!r} differs from the folder name {folder.name!r}",
                    f"set `slug: {folder.name}` or rename the folder",
                    ("slug",),
                )

    located: dict[type[Item], list[Located]] = {kind: [] for kind in ENTRY_KINDS}
    for kind in ENTRY_KINDS:
        for doc in docs.get(kind.file_name, []):
            if not isinstance(doc.data, list):
                checker.report(
                    doc,
                    "shape-invalid",
                    f"{kind.file_name}.yaml must be a list of {kind.noun} entries",
                    f"start each {kind.noun} with `- ` at the left margin",
                    (),
                )
                continue
            for index, data in enumerate(doc.data):
                if not isinstance(data, dict):
                    checker.report(
                        doc,
                        "shape-invalid",
                        f"each item must be a {kind.noun} mapping, not {_describe(data)}",
                        "write `field: value` pairs under the `- `",
                        (index,),
                    )
                    continue
                entry = checker.model(kind, data, doc, (index,))
                if entry is not None:
                    located[kind].append(Located(entry, doc, (index,)))
                    if entry.review:
                        checker.report(
                            doc,
                            "review-pending",
                            f"this {kind.noun} is drafted and awaits review: {entry.review}",
                            "check it against the source, then delete the `review:` line",
                            (index, "review"),
                        )
                elif isinstance(data.get("id"), str):
                    checker.broken_ids.add(data["id"])

    by_kind = {kind: checker.unique_ids(items) for kind, items in located.items()}
    _cross_checks(checker, meta, meta_doc, by_kind, check_snapshots)
    if meta is None or any(d.severity == "error" for d in checker.found):
        return None, checker.found
    dossier = Dossier(
        folder=folder,
        meta=meta,
        **{
            _FIELD_BY_KIND[kind]: tuple(item.entry for item in by_kind[kind].values())  # type: ignore[misc]
            for kind in ENTRY_KINDS
        },
    )
    return dossier, checker.found


_FIELD_BY_KIND: dict[type[Item], str] = {
    Source: "sources",
    Actor: "actors",
    Number: "numbers",
    Term: "terms",
    Event: "events",
    Claim: "claims",
    Relationship: "relationships",
}


def _cross_checks(
    checker: Checker,
    meta: Meta | None,
    meta_doc: YamlDocument | None,
    by_kind: dict[type[Item], dict[str, Located]],
    check_snapshots: bool,
) -> None:
    sources = by_kind[Source]
    actors = by_kind[Actor]
    numbers = by_kind[Number]
    terms = by_kind[Term]
    cited: set[str] = set()
    snapshots = _Snapshots(checker, sources) if check_snapshots else None

    def citations(item: Located, cites: Iterable[Any], base: Pointer = ()) -> None:
        for index, citation in enumerate(cites):
            pointer = (*base, "cite", index)
            if citation.source not in sources:
                checker.reference(item, (*pointer, "source"), Source, citation.source, sources)
                continue
            cited.add(citation.source)
            source: Source = sources[citation.source].entry  # type: ignore[assignment]
            if citation.evidence is None:
                if source.kind is not SourceKind.DATASET:
                    checker.report(
                        item.doc,
                        "evidence-missing",
                        f"this citation of {source.id!r} has no evidence phrase",
                        "add `evidence:` with a short phrase copied from the source",
                        (*item.pointer, *pointer),
                    )
            elif snapshots is not None and not _TODO.search(citation.evidence):
                # A TODO placeholder is reported by the `todo` rule; it is not looked for in the source.
                snapshots.check(item, source, citation.evidence, (*pointer, "evidence"))

    if meta is not None and meta_doc is not None:
        meta_item = Located(meta, meta_doc, ())  # type: ignore[arg-type]
        for index, paragraph in enumerate(meta.story):
            citations(meta_item, paragraph.cite, ("story", index))
        if meta.key_figure is not None:
            checker.reference(meta_item, ("key_figure",), Number, meta.key_figure, numbers)

    for kind, items in by_kind.items():
        for item in items.values():
            entry: Any = item.entry
            if kind is not Source:
                citations(item, entry.cite)
            if isinstance(entry, Actor | Source):
                continue
            if isinstance(entry, Number):
                for index, actor_id in enumerate(entry.stated_by):
                    checker.reference(item, ("stated_by", index), Actor, actor_id, actors)
                _check_number_evidence(checker, item, entry)
            elif isinstance(entry, Term):
                for index, term_id in enumerate(entry.related):
                    checker.reference(item, ("related", index), Term, term_id, terms)
            elif isinstance(entry, Event):
                for index, actor_id in enumerate(entry.actors):
                    checker.reference(item, ("actors", index), Actor, actor_id, actors)
                _check_dates(checker, item, entry)
            elif isinstance(entry, Claim):
                for name in ("claimants", "about"):
                    for index, actor_id in enumerate(getattr(entry, name)):
                        checker.reference(item, (name, index), Actor, actor_id, actors)
                if entry.date:
                    _check_date(checker, item, ("date",), entry.date)
            elif isinstance(entry, Relationship):
                checker.reference(item, ("subject",), Actor, entry.subject, actors)
                checker.reference(item, ("object",), Actor, entry.object, actors)
            if isinstance(entry, Number):
                for name in ("as_of",):
                    if entry.as_of:
                        _check_date(checker, item, (name,), entry.as_of)

    if checker.unreadable:
        return
    for source_id, item in sources.items():
        if source_id not in cited:
            checker.report(
                item.doc,
                "source-unused",
                f"the source {source_id!r} is cited by no fact",
                "cite it from the facts it supports, or delete it",
                (*item.pointer, "id"),
            )
    _check_terms_used(checker, meta, by_kind)


def _check_number_evidence(checker: Checker, item: Located, number: Number) -> None:
    phrases = [(i, c.evidence) for i, c in enumerate(number.cite) if c.evidence]
    if not phrases or any(number_in_text(number.value, text) for _, text in phrases):
        return
    index, text = phrases[0]
    checker.report(
        item.doc,
        "number-evidence",
        f"the evidence {text!r} does not contain the value {number.value:,}",
        "quote the phrase of the source that states the number, or correct `value:`",
        (*item.pointer, "cite", index, "evidence"),
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
            for name in ("description", "definition", "statement", "note", "counts", "title", "date_note"):
                text = getattr(entry, name, None)
                if isinstance(text, str) and not isinstance(entry, Source):
                    yield text, owner


class _Snapshots:
    """Text snapshots of sources, read and indexed once each, for evidence checks."""

    def __init__(self, checker: Checker, sources: dict[str, Located]) -> None:
        self.checker = checker
        self.sources = sources
        self.texts: dict[str, _Text | None] = {}

    def text(self, source: Source) -> _Text | None:
        if source.id in self.texts:
            return self.texts[source.id]
        text = None
        if source.snapshot:
            path = (self.checker.folder / source.snapshot).resolve()
            try:
                text = _Text(normalise(path.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError):
                item = self.sources[source.id]
                self.checker.report(
                    item.doc,
                    "snapshot-missing",
                    f"the snapshot {source.snapshot!r} cannot be read, so evidence is not checked",
                    "fix the path (relative to the dossier folder) or remove `snapshot:`",
                    (*item.pointer, "snapshot"),
                )
        self.texts[source.id] = text
        return text

    def check(self, item: Located, source: Source, evidence: str, pointer: Pointer) -> None:
        text = self.text(source)
        if text is None or text.contains(normalise(evidence)):
            return
        self.checker.report(
            item.doc,
            "evidence-not-found",
            f"the evidence is not in the text of {source.id!r}",
            "copy the phrase exactly as the source writes it",
            (*item.pointer, *pointer),
        )


class _Text:
    """A normalised text with a word index, so that finding many phrases in it stays linear."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.positions: dict[str, list[int]] = {}
        for match in _WORD.finditer(text):
            self.positions.setdefault(match.group(), []).append(match.start())

    def contains(self, phrase: str) -> bool:
        words = list(_WORD.finditer(phrase))
        # Inner words are whole words of the text wherever the phrase occurs; the first and last
        # may be cut ("ors said"), so short phrases fall back to a plain search.
        inner = words[1:-1]
        if not inner:
            return phrase in self.text
        anchor = min(inner, key=lambda w: len(self.positions.get(w.group(), ())))
        offset = anchor.start()
        for position in self.positions.get(anchor.group(), ()):
            start = position - offset
            if start >= 0 and self.text.startswith(phrase, start):
                return True
        return False
