"""Evidence phrases looked up in the stored text of their sources, through a word index.

A source's text is stored in ``snapshots/<source-id>.yaml`` inside its dossier (the passages around
each evidence phrase, with provenance), or, for plain-text copies kept beside the dossier, in the
file its ``snapshot:`` names. A source with neither must say why in ``no_text:``; otherwise the
evidence citing it is reported as unchecked, never skipped in silence.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import TYPE_CHECKING

from generator.checking.currency import host, stored_elsewhere
from generator.checking.diagnostics import Pointer
from generator.checking.text import QUOTES, SPACE, WORD
from generator.checking.yamlfile import YamlDocument
from generator.format.model import Source, StoredText

if TYPE_CHECKING:
    from generator.checking.checker import Checker, Located

SNAPSHOT_FOLDER = "snapshots"
# Sentence ends, and line ends: extracted text puts each paragraph or heading on its own line.
_SENTENCE_END = re.compile(r"(?<=[.!?。！？”\"])\s+|\s*\n\s*")
# A hint quotes at most this many characters of the closest passage.
HINT_CHARACTERS = 240


# Damage a paste does that `init --from-article` reads past, so its evidence is the page's either
# way: a space lost after a comma between words ("repairs,its"), a post broken by a hyphen
# ("spokes-man").
_LOST_SPACE = re.compile(r"(?<=[^\W\d_]),(?=[^\W\d_])")
_BROKEN_POST = re.compile(r"\b(spokes|chair)-(?=(?:man|woman|person|men|women|people)\b)")


def normalise(text: str) -> str:
    """Text as compared for evidence: case, curly quotes, single or double quote marks (a page that
    prints a title or a quote in single marks, quoted in double ones), runs of white space, a space
    after a comma and a post's broken hyphen do not matter."""
    folded = SPACE.sub(" ", text.translate(QUOTES).replace('"', "'")).casefold().strip()
    return _BROKEN_POST.sub(r"\1", _LOST_SPACE.sub(", ", folded))


def sentences(text: str) -> list[str]:
    """The sentences (or paragraphs, for text without sentence marks) of a text, trimmed."""
    return [part.strip() for part in _SENTENCE_END.split(text) if part.strip()]


def closest_passage(phrase: str, passages: list[str]) -> str | None:
    """The sentence of ``passages`` most like ``phrase`` (difflib), cut around the best match."""
    best = closest_sentence(phrase, [sentence for passage in passages for sentence in sentences(passage)])
    return None if best is None else _shorten(" ".join(best.split()), normalise(phrase))


def closest_sentence(phrase: str, candidates: list[str]) -> str | None:
    """The candidate holding the longest in-order share of ``phrase``; None below a third of it."""
    wanted = normalise(phrase)
    best: tuple[float, str] | None = None
    for sentence in candidates:
        matcher = difflib.SequenceMatcher(None, wanted, normalise(sentence), autojunk=False)
        # The share of the phrase found in order in the sentence: long sentences are not penalised.
        score = sum(block.size for block in matcher.get_matching_blocks()) / max(len(wanted), 1)
        if best is None or score > best[0]:
            best = (score, sentence)
    if best is None or best[0] < 0.3:
        return None
    return best[1]


def _shorten(sentence: str, wanted: str) -> str:
    if len(sentence) <= HINT_CHARACTERS:
        return sentence
    matcher = difflib.SequenceMatcher(None, normalise(sentence), wanted, autojunk=False)
    match = matcher.find_longest_match(0, len(sentence), 0, len(wanted))
    start = max(0, min(match.a - HINT_CHARACTERS // 3, len(sentence) - HINT_CHARACTERS))
    cut = sentence[start : start + HINT_CHARACTERS]
    return ("…" if start else "") + cut + ("…" if start + HINT_CHARACTERS < len(sentence) else "")


class SourceText:
    """What is stored of one source: its passages (original spelling, for hints) and their index."""

    def __init__(self, passages: list[str]) -> None:
        self.passages = passages
        self.index = IndexedText("\n".join(normalise(passage) for passage in passages))

    def contains(self, phrase: str) -> bool:
        return self.index.contains(normalise(phrase))


class Snapshots:
    """The stored text of every source, read and indexed once each, for evidence checks."""

    def __init__(
        self, checker: Checker, sources: dict[str, Located], stored: dict[str, YamlDocument] | None = None
    ) -> None:
        self.checker = checker
        self.sources = sources
        self.texts: dict[str, SourceText | None] = {}
        self.stored: dict[str, SourceText] = {}
        # Evidence phrases per source that could not be checked, reported once per source.
        self.unchecked: dict[str, int] = {}
        # Sources whose `snapshot:` file is already reported as unreadable or outside.
        self.broken: set[str] = set()
        for stem, doc in sorted((stored or {}).items()):
            self._read_stored(stem, doc)

    def _read_stored(self, stem: str, doc: YamlDocument) -> None:
        checker = self.checker
        if not isinstance(doc.data, dict):
            checker.report(
                doc,
                "snapshot-invalid",
                "a stored-text file must be a mapping of fields",
                "start with `source: <source id>` at the left margin",
                (),
            )
            return
        stored: StoredText | None = checker.model(StoredText, doc.data, doc, ())
        if stored is None:
            return
        if stored.source != stem:
            checker.report(
                doc,
                "snapshot-invalid",
                f"this file stores the text of {stored.source!r} but is named {stem!r}",
                f"rename the file to {stored.source}.yaml, or correct `source:`",
                ("source",),
            )
            return
        if stored.source not in self.sources:
            close = difflib.get_close_matches(stored.source, list(self.sources), n=1, cutoff=0.6)
            checker.report(
                doc,
                "snapshot-invalid",
                f"no source has the id {stored.source!r}",
                f"did you mean {close[0]!r}?" if close else "delete the file, or add the source",
                ("source",),
            )
            return
        _check_origin(checker, doc, stored)
        source = self.sources[stored.source].entry
        if isinstance(source, Source) and source.url and stored_elsewhere(source, stored.url):
            checker.report(
                doc,
                "text-from-missing",
                f"the text of {source.id!r} was read at {host(stored.url or '')}, not at the source's "
                f"address ({host(source.url)})",
                f"add `text_from: {stored.url}` to the source, so readers are told the text was "
                "checked against a copy",
                ("url",),
            )
        if isinstance(source, Source) and source.no_text:
            checker.report(
                doc,
                "snapshot-invalid",
                f"{stored.source!r} says it has no stored text (`no_text:`), yet this file stores it",
                "delete `no_text:` from the source, or delete this file",
                ("source",),
            )
        self.stored[stem] = SourceText(stored.passages)

    def text(self, source: Source) -> SourceText | None:
        if source.id in self.texts:
            return self.texts[source.id]
        text = self.stored.get(source.id)
        if text is None and source.snapshot:
            text = self._read_file(source)
        self.texts[source.id] = text
        return text

    def _read_file(self, source: Source) -> SourceText | None:
        item = self.sources[source.id]
        pointer = (*item.pointer, "snapshot")
        assert source.snapshot is not None
        self.broken.add(source.id)
        path = (self.checker.folder / source.snapshot).resolve()
        content_root = self.checker.folder.resolve().parent
        if not path.is_relative_to(content_root):
            self.checker.report(
                item.doc,
                "snapshot-outside",
                f"the snapshot {source.snapshot!r} is outside the content folder, so a clone has no copy",
                f"store the text inside the dossier: `explainer snapshot {source.id} --file PATH`, "
                "then delete `snapshot:`",
                pointer,
            )
            return None
        try:
            text = SourceText([path.read_text(encoding="utf-8")])
            self.broken.discard(source.id)
            return text
        except (OSError, UnicodeDecodeError):
            self.checker.report(
                item.doc,
                "snapshot-missing",
                f"the snapshot {source.snapshot!r} cannot be read, so evidence is not checked",
                "fix the path (relative to the dossier folder), or store the text with `explainer snapshot`",
                pointer,
            )
            return None

    def check(self, item: Located, source: Source, evidence: str, pointer: Pointer) -> None:
        text = self.text(source)
        if text is None:
            if not source.no_text:
                self.unchecked[source.id] = self.unchecked.get(source.id, 0) + 1
            return
        if text.contains(evidence):
            return
        closest = closest_passage(evidence, text.passages)
        hint = (
            f"the closest passage of the source reads “{closest}”; copy the phrase exactly as it is written"
            if closest
            else "copy the phrase exactly as the source writes it"
        )
        self.checker.report(
            item.doc,
            "evidence-not-found",
            f"the evidence is not in the text of {source.id!r}",
            hint,
            (*item.pointer, *pointer),
        )

    def report_unchecked(self) -> None:
        """One warning per source whose evidence could not be checked for want of stored text."""
        for source_id, count in sorted(self.unchecked.items()):
            if source_id in self.broken:
                continue  # an unreadable or outside `snapshot:` is already reported
            item = self.sources[source_id]
            phrases = f"{count} evidence phrases cite" if count != 1 else "1 evidence phrase cites"
            self.checker.report(
                item.doc,
                "text-missing",
                f"{phrases} {source_id!r}, which has no stored text, so they are not checked",
                f"store it: `explainer snapshot {source_id} --url URL` (or --file PATH); "
                "if no text can be stored, say why in `no_text:`",
                (*item.pointer, "id"),
            )


def _check_origin(checker: Checker, doc: YamlDocument, stored: StoredText) -> None:
    """A stored text says where it came from, inside the repository, and holds no more than its
    whole text."""
    if stored.url is None and stored.file is None:
        checker.report(
            doc,
            "snapshot-invalid",
            "say where the text came from: `url:`, `file:` or both",
            "`url:` for a web page, `file:` for a saved copy (both when the file is a copy of the page)",
            (),
        )
    elif stored.file is not None and (stored.file.startswith(("/", "\\")) or ".." in Path(stored.file).parts):
        checker.report(
            doc,
            "snapshot-invalid",
            f"`file:` {stored.file!r} points outside the repository",
            "record the file's name only, or a path inside the repository",
            ("file",),
        )
    if sum(len(passage) for passage in stored.passages) > stored.characters:
        checker.report(
            doc,
            "snapshot-invalid",
            f"the passages hold more characters than the whole text ({stored.characters:,})",
            "store the text again with `explainer snapshot`, which counts it",
            ("characters",),
        )


def stored_text_files(folder: Path) -> list[Path]:
    """The stored-text files of a dossier folder, sorted."""
    snapshots = folder / SNAPSHOT_FOLDER
    if not snapshots.is_dir():
        return []
    return sorted(
        p for p in snapshots.iterdir() if p.suffix in (".yaml", ".yml") and not p.name.startswith(".")
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
