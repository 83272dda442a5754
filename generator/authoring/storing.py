"""Stored source text: the passages around each evidence phrase, with provenance, in the dossier.

A public repository keeps ``snapshots/<source-id>.yaml``: where and when the text was retrieved,
the extractor, the SHA-256 and length of the whole extracted text (so a later retrieval shows
whether the source changed), and only the sentences needed to check evidence, never the whole
article. Files are written through a temporary file and a rename, so a failure leaves nothing
half-written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import tempfile
import textwrap
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.authoring.scaffold import schema_comment
from generator.checking.evidence import SNAPSHOT_FOLDER, closest_sentence, normalise
from generator.format.model import StoredText

# Sentence ends: Latin marks (with closing quotes) before white space, CJK marks anywhere, blank lines.
_SENTENCE = re.compile(r"(?<=[.!?])[”’\"')\]]*\s+|(?<=[。！？])[”’」』]*|\n\s*\n|\n(?=\S)")


@dataclass(frozen=True)
class Passages:
    """The passages of a text that hold the given phrases, and the phrases it does not hold."""

    passages: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def split_sentences(text: str) -> list[str]:
    """Sentences (and lines without sentence marks), white space collapsed, in text order."""
    parts: list[str] = []
    start = 0
    for match in _SENTENCE.finditer(text):
        end = match.start() + len(match.group().rstrip())
        parts.append(text[start:end])
        start = match.end()
    parts.append(text[start:])
    return [" ".join(part.split()) for part in parts if part.strip()]


def passages_around(text: str, phrases: Iterable[str], closest: bool = False) -> Passages:
    """The sentence (or run of sentences) around each phrase, once each, in the order of the text.

    With ``closest``, a phrase the text does not hold brings in the sentence most like it, so that
    the validator's hint can quote it.
    """
    sentences = split_sentences(text)
    normalised = [normalise(sentence) for sentence in sentences]
    chosen: set[tuple[int, int]] = set()
    missing: list[str] = []
    for phrase in dict.fromkeys(phrases):
        wanted = normalise(phrase)
        span = _span(normalised, wanted)
        if span is None:
            missing.append(phrase)
            near = closest_sentence(phrase, sentences) if closest else None
            if near is not None:
                index = sentences.index(near)
                chosen.add((index, index))
        else:
            chosen.add(span)
    return Passages([" ".join(sentences[first : last + 1]) for first, last in _merged(chosen)], missing)


def _span(sentences: list[str], wanted: str, widest: int = 8) -> tuple[int, int] | None:
    """The first, shortest run of sentences whose joined text holds ``wanted`` (a drafted claim keeps
    a speaker's whole quote, which may run to five sentences or more)."""
    for width in range(1, widest + 1):
        for first in range(len(sentences) - width + 1):
            if wanted in " ".join(sentences[first : first + width]):
                return first, first + width - 1
    return None


def trimmed(passages: list[str], phrases: Iterable[str], characters: int, cap: float | None) -> list[str]:
    """The passages cut down to the words around their phrases when they keep more than ``cap`` of a
    text of ``characters``: a long sentence then keeps its phrase and a few words either side."""
    if cap is None or sum(len(passage) for passage in passages) <= cap * characters:
        return passages
    wanted = [normalise(phrase) for phrase in phrases]
    return [_around(passage, wanted) for passage in passages]


def _around(passage: str, phrases: list[str], margin: int = 40) -> str:
    """The parts of one passage within ``margin`` characters of a phrase, cut at word boundaries."""
    folded = normalise(passage)
    if len(folded) != len(passage):  # normalising changed the length: keep the passage whole
        return passage
    spans: list[tuple[int, int]] = []
    for phrase in phrases:
        start = folded.find(phrase) if phrase else -1
        if start >= 0:
            spans.append((max(0, start - margin), min(len(passage), start + len(phrase) + margin)))
    if not spans:
        return passage
    return " … ".join(_words(passage, first, last) for first, last in _merged(spans))


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans (first, last), sorted, with the ones that overlap or touch made one."""
    merged: list[tuple[int, int]] = []
    for first, last in sorted(spans):
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
        else:
            merged.append((first, last))
    return merged


def _words(text: str, first: int, last: int) -> str:
    """``text[first:last]`` widened to whole words at both ends."""
    while first > 0 and not text[first - 1].isspace():
        first -= 1
    while last < len(text) and not text[last].isspace():
        last += 1
    return text[first:last].strip()


def text_digest(text: str) -> tuple[str, int]:
    """The SHA-256 (hex) of the whole extracted text, UTF-8 encoded, and its length in characters."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest(), len(text)


def render_stored_text(
    source_id: str,
    text: str,
    passages: list[str],
    *,
    retrieved: dt.date,
    extractor: str,
    url: str | None = None,
    file: str | None = None,
    schema_line: str = "# yaml-language-server: $schema=../../../schema/snapshot.schema.json",
    comment: str = "",
) -> str:
    """The YAML of a stored-text file. Strings are JSON-quoted, which is valid double-quoted YAML.

    ``comment`` (provenance a reader should know, such as a mirror's name) becomes comment lines.
    """
    digest, characters = text_digest(text)
    data = {
        "source": source_id,
        "url": url,
        "file": file,
        "retrieved": retrieved.isoformat(),
        "extractor": extractor,
        "sha256": digest,
        "characters": characters,
        "passages": passages,
    }
    StoredText.model_validate({**data, "retrieved": retrieved})  # fail before writing, never after
    lines = [schema_line] if schema_line else []
    lines.append("# Only the passages needed to check evidence are stored (README: Stored source text).")
    lines += [f"# {line}".rstrip() for line in textwrap.wrap(comment, 98)]
    for key, value in data.items():
        if value is None:
            continue
        if key == "passages":
            lines.append("passages:" if passages else "passages: []")
            lines += [f"  - {json.dumps(passage, ensure_ascii=False)}" for passage in passages]
        elif isinstance(value, int) or key == "retrieved":
            lines.append(f"{key}: {value}")
        else:
            lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def stored_text_path(dossier: Path, source_id: str) -> Path:
    return dossier / SNAPSHOT_FOLDER / f"{source_id}.yaml"


def _umask() -> int:
    """The process's umask (read by setting it, then setting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        # mkstemp makes the file private (0600): give it the mode of any other file of the repository.
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _evidence(data: Any) -> Iterator[str]:
    if isinstance(data, dict):
        if isinstance(data.get("evidence"), str):
            yield data["evidence"]
        for value in data.values():
            yield from _evidence(value)
    elif isinstance(data, list | tuple):
        for value in data:
            yield from _evidence(value)


def store_drafted_article(
    folder: Path, source_id: str, text: str, entries: Any, file_name: str, today: dt.date | None = None
) -> Path:
    """Store the passages of a drafted dossier's article that its evidence phrases need."""
    found = passages_around(text, _evidence(entries))
    path = stored_text_path(folder, source_id)
    write_atomically(
        path,
        render_stored_text(
            source_id,
            text,
            found.passages,
            retrieved=today or dt.date.today(),
            extractor="manual",
            file=file_name,
            schema_line=schema_comment(path.parent, "snapshot"),
        ),
    )
    return path
