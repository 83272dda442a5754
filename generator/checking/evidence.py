"""Evidence phrases looked up in the stored text of their sources, through a word index."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.checking.diagnostics import Pointer
from generator.checking.text import QUOTES, SPACE, WORD
from generator.format.model import Source

if TYPE_CHECKING:
    from generator.checking.checker import Checker, Located


def normalise(text: str) -> str:
    """Text as compared for evidence: case, curly quotes and runs of white space do not matter."""
    return SPACE.sub(" ", text.translate(QUOTES)).casefold().strip()


class Snapshots:
    """Text snapshots of sources, read and indexed once each, for evidence checks."""

    def __init__(self, checker: Checker, sources: dict[str, Located]) -> None:
        self.checker = checker
        self.sources = sources
        self.texts: dict[str, IndexedText | None] = {}

    def text(self, source: Source) -> IndexedText | None:
        if source.id in self.texts:
            return self.texts[source.id]
        text = None
        if source.snapshot:
            path = (self.checker.folder / source.snapshot).resolve()
            try:
                text = IndexedText(normalise(path.read_text(encoding="utf-8")))
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


class IndexedText:
    """A normalised text with a word index, so that finding many phrases in it stays linear."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.positions: dict[str, list[int]] = {}
        for match in WORD.finditer(text):
            self.positions.setdefault(match.group(), []).append(match.start())

    def contains(self, phrase: str) -> bool:
        words = list(WORD.finditer(phrase))
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
