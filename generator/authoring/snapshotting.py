"""`explainer snapshot`: store a source's text in its dossier and re-check the evidence citing it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from generator.authoring.fetching import (
    DEFAULT_LIMITS,
    Extracted,
    FetchError,
    Limits,
    extract,
    extract_file,
    fetch,
)
from generator.authoring.scaffold import schema_comment
from generator.authoring.storing import (
    passages_around,
    render_stored_text,
    stored_text_path,
    trimmed,
    write_atomically,
)
from generator.checking.discovery import dossier_files
from generator.checking.evidence import closest_passage
from generator.checking.settings import SETTINGS_FILE, read_settings
from generator.checking.yamlfile import read_yaml
from generator.errors import UsageError
from generator.format.model import Source


@dataclass(frozen=True)
class SourceEntry:
    """Where a source is declared, and the evidence phrases that cite it."""

    folder: Path
    source: dict[str, Any]
    phrases: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Stored:
    """What `explainer snapshot` wrote and what the re-check found."""

    path: Path
    characters: int
    passages: int
    phrases: int
    extractor: str
    # Each phrase the text does not hold, with the closest passage of the text (or None).
    missing: list[tuple[str, str | None]]
    note: str = ""
    final_url: str = ""
    # The share of the whole text the passages keep, and the repository's cap on it (if any).
    share: float = 0.0
    cap: float | None = None

    @property
    def over_cap(self) -> str:
        """A note when the passages keep more of the text than the repository allows, else ''."""
        if self.cap is None or self.share <= self.cap:
            return ""
        return (
            f"the passages keep {self.share:.0%} of the text, over this repository's cap of "
            f"{self.cap:.0%} (the content folder's {SETTINGS_FILE}); cite fewer phrases of this source, "
            "or `validate` warns"
        )


def dossier_data(folder: Path) -> list[Any]:
    """The data of every entry file of a dossier (files and folders of files per kind)."""
    paths = dossier_files(folder).known()
    data = []
    for path in paths:
        doc, _ = read_yaml(path, str(path))
        if doc is not None:
            data.append((path, doc.data))
    return data


def evidence_phrases(data: Any, source_id: str) -> list[str]:
    found: list[str] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if item.get("source") == source_id and isinstance(item.get("evidence"), str):
                found.append(item["evidence"])
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))
    return found


def find_source(content: Path, source_id: str) -> SourceEntry:
    """The dossier declaring ``source_id`` and every evidence phrase citing it (valid or not yet)."""
    if not content.is_dir():
        raise UsageError(f"the content folder {content} does not exist")
    for folder in sorted(p for p in content.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
        docs = dossier_data(folder)
        for path, data in docs:
            if path.stem != Source.file_name and path.parent.name != Source.file_name:
                continue
            for entry in data if isinstance(data, list) else []:
                if isinstance(entry, dict) and entry.get("id") == source_id:
                    phrases = [p for _, other in docs for p in evidence_phrases(other, source_id)]
                    return SourceEntry(folder, entry, list(dict.fromkeys(phrases)))
    raise UsageError(f"no source has the id {source_id!r} in {content}")


def _file_record(path: Path) -> str:
    """The file as provenance: its path when relative and inside the working folder, else its name."""
    posix = PurePosixPath(path.as_posix())
    if not path.is_absolute() and ".." not in posix.parts:
        return str(posix)
    return path.name


def store_source_text(
    content: Path,
    source_id: str,
    *,
    url: str | None = None,
    file: Path | None = None,
    limits: Limits = DEFAULT_LIMITS,
    today: dt.date | None = None,
) -> Stored:
    """Fetch (or read) the source's text, store its evidence passages, and re-check its evidence.
    With both ``url`` and ``file``, the text is read from the file (a saved copy of that address)
    and both are recorded.

    Raises ``FetchError`` (one sentence) when the text cannot be had; nothing is written then.
    """
    if url is None and file is None:
        raise UsageError("give --url, --file, or both (a saved copy of the page at --url)")
    entry = find_source(content, source_id)
    cap = read_settings(content)[0].stored_text_max_share
    final_url = ""
    if file is not None:
        extracted = extract_file(file)
    else:
        assert url is not None
        page = fetch(url, limits)
        final_url = page.final_url
        extracted = extract(page.body, page.content_type, page.declared_charset)
    return _store(entry, source_id, extracted, (url, file), today, final_url, cap)


def _store(
    entry: SourceEntry,
    source_id: str,
    extracted: Extracted,
    origin: tuple[str | None, Path | None],
    today: dt.date | None,
    final_url: str,
    cap: float | None,
) -> Stored:
    url, file = origin
    text = extracted.text
    found = passages_around(text, entry.phrases, closest=True)
    passages = trimmed(found.passages, entry.phrases, len(text), cap)
    path = stored_text_path(entry.folder, source_id)
    rendered = render_stored_text(
        source_id,
        text,
        passages,
        retrieved=today or dt.date.today(),
        extractor=extracted.extractor,
        url=url,
        file=_file_record(file) if file is not None else None,
        schema_line=schema_comment(path.parent, "snapshot"),
    )
    write_atomically(path, rendered)
    missing = [(phrase, closest_passage(phrase, [text])) for phrase in found.missing]
    return Stored(
        path,
        len(text),
        len(passages),
        len(entry.phrases),
        extracted.extractor,
        missing,
        extracted.note,
        final_url if final_url and final_url != url else "",
        sum(len(passage) for passage in passages) / max(len(text), 1),
        cap,
    )


__all__ = ["FetchError", "SourceEntry", "Stored", "find_source", "store_source_text"]
