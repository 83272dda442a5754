"""The collector of one dossier's diagnostics: each entry against the model, its text, its references."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from generator.checking.diagnostics import Diagnostic, Pointer, problem
from generator.checking.model_errors import pydantic_diagnostics
from generator.checking.text import (
    BIDI,
    CONTROL,
    HTML,
    LINK,
    LONGEST,
    PROSE_FIELDS,
    SENTENCE_END,
    SUSPECT,
    TODO,
)
from generator.checking.yamlfile import YamlDocument
from generator.format.model import Item, Relationship, Term


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
        self.prose(data, doc, pointer)
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
                    shown = CONTROL.sub("", item)
                if SUSPECT.search(shown):
                    self._text_problems(shown, doc, where)
            elif isinstance(item, dict):
                stack.extend((v, (*where, k)) for k, v in reversed(list(item.items())))
            elif isinstance(item, list):
                stack.extend((v, (*where, i)) for i, v in reversed(list(enumerate(item))))

    def prose(self, data: Any, doc: YamlDocument, pointer: Pointer) -> None:
        """The entry's own prose fields, and its story's paragraphs, held to plain language."""
        if not isinstance(data, dict):
            return
        for key, value in data.items():
            if key in PROSE_FIELDS and isinstance(value, str):
                self._long_sentence(value, doc, (*pointer, key))
        story = data.get("story")
        if isinstance(story, list):
            for index, paragraph in enumerate(story):
                if isinstance(paragraph, dict) and isinstance(paragraph.get("text"), str):
                    self._long_sentence(paragraph["text"], doc, (*pointer, "story", index, "text"))

    def _long_sentence(self, value: str, doc: YamlDocument, pointer: Pointer) -> None:
        """Plain language: one warning per text whose longest sentence is over ``LONGEST`` words."""
        longest = max((s.split() for s in SENTENCE_END.split(value)), key=len, default=[])
        if len(longest) > LONGEST:
            start = " ".join(longest[:6])
            self.report(
                doc,
                "sentence-long",
                f"the sentence starting {start!r}… has {len(longest)} words (more than {LONGEST})",
                "split it in two: a reader on a phone follows sentences of 15 to 20 words best",
                pointer,
            )

    def _invisible_problems(self, value: str, doc: YamlDocument, pointer: Pointer) -> None:
        control = CONTROL.search(value)
        if control:
            self.report(
                doc,
                "text-control",
                f"an invisible control character (U+{ord(control.group()):04X}) is in this text",
                "delete it; it often comes from copying out of a PDF or a terminal",
                pointer,
            )
        bidi = BIDI.search(value)
        if bidi:
            self.report(
                doc,
                "text-bidi",
                f"an invisible text-direction control (U+{ord(bidi.group()):04X}) is in this text",
                "delete it: right-to-left names display correctly without it, and it can reorder words",
                pointer,
            )

    def _text_problems(self, value: str, doc: YamlDocument, pointer: Pointer) -> None:
        if HTML.search(value):
            self.report(
                doc,
                "text-html",
                "HTML is not allowed in dossier text",
                "write it as plain text; use *emphasis* or **strong** for stress",
                pointer,
            )
        if LINK.search(value):
            self.report(
                doc,
                "text-markup",
                "Markdown links and images are not allowed in dossier text",
                "name the actor or term in plain words (it is linked for you), or add a source",
                pointer,
            )
        if TODO.search(value):
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


def _line_hint(item: Located) -> str:
    from generator.checking.yamlfile import locate

    line, _ = locate(item.doc.text, item.pointer)
    return f" at {item.doc.display}:{line}"
