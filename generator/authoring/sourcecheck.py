"""`explainer sources check`: re-fetch every source and say what became of it since it was stored.

Each source with a URL gets one verdict, placed on its `url:` line: unchanged (same hash), changed
but every evidence phrase still present, evidence missing (each phrase with the closest passage),
moved (a redirect), gone (404/410) or unreachable (a status, a timeout, too large, no text).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from generator.authoring.fetching import DEFAULT_LIMITS, Extracted, FetchError, Limits, Page, extract, fetch
from generator.authoring.snapshotting import dossier_data, evidence_phrases
from generator.checking.diagnostics import Diagnostic, problem
from generator.checking.evidence import SourceText, closest_passage, stored_text_files
from generator.checking.loader import display_path
from generator.checking.yamlfile import YamlDocument, locate_all, read_yaml
from generator.format.model import Source, StoredText


@dataclass(frozen=True)
class _Target:
    doc: YamlDocument
    index: int
    source_id: str
    url: str
    phrases: list[str]
    stored: StoredText | None
    no_text: str = ""


Fetcher = Callable[[str, Limits], Page]


def check_sources(
    content: Path, limits: Limits = DEFAULT_LIMITS, workers: int = 4, fetcher: Fetcher = fetch
) -> list[Diagnostic]:
    """One diagnostic (or one per missing phrase) for every source of every dossier under ``content``."""
    targets: list[_Target] = []
    unchecked: list[Diagnostic] = []
    for folder in sorted(p for p in content.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
        targets += _targets(folder, unchecked)
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        verdicts = list(pool.map(lambda target: _verdict(target, limits, fetcher), targets))
    by_doc: dict[str, tuple[str, list[Diagnostic]]] = {}
    for target, found in zip(targets, verdicts, strict=True):
        by_doc.setdefault(target.doc.display, (target.doc.text, []))[1].extend(found)
    placed = [d for text, group in by_doc.values() for d in locate_all(text, group)]
    return sorted([*placed, *unchecked])


def _targets(folder: Path, unchecked: list[Diagnostic]) -> list[_Target]:
    docs = dossier_data(folder)
    stored: dict[str, StoredText] = {}
    for path in stored_text_files(folder):
        doc, _ = read_yaml(path, display_path(path))
        try:
            stored[path.stem] = StoredText.model_validate(doc.data if doc else None)
        except ValidationError:
            continue  # `explainer validate` reports a malformed stored text; here it is compared with nothing
    found = []
    for path, data in docs:
        if path.stem != Source.file_name and path.parent.name != Source.file_name:
            continue
        doc, _ = read_yaml(path, display_path(path))
        if doc is None or not isinstance(data, list):
            continue
        for index, entry in enumerate(data):
            if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
                continue
            source_id = entry["id"]
            url = entry.get("url")
            if not isinstance(url, str) or not url.startswith(("http://", "https://")):
                unchecked.append(
                    locate_all(
                        doc.text,
                        [
                            problem(
                                doc.display,
                                "source-unchecked",
                                f"{source_id!r} has no web address, so it cannot be re-fetched",
                                "add `url:` where the source can be read, if it is online",
                                pointer=(index, "id"),
                            )
                        ],
                    )[0]
                )
                continue
            phrases = list(dict.fromkeys(p for _, other in docs for p in evidence_phrases(other, source_id)))
            no_text_value = entry.get("no_text")
            no_text = no_text_value if isinstance(no_text_value, str) else ""
            found.append(_Target(doc, index, source_id, url, phrases, stored.get(source_id), no_text))
    return found


def _verdict(target: _Target, limits: Limits, fetcher: Fetcher) -> list[Diagnostic]:
    pointer = (target.index, "url")

    def say(rule: str, message: str, hint: str = "") -> Diagnostic:
        return problem(target.doc.display, rule, f"{target.source_id!r}: {message}", hint, pointer=pointer)

    try:
        page = fetcher(target.url, limits)
        if target.no_text:
            # No text is stored (a paywall, print only): only the address can be checked.
            if page.redirected:
                return [say("source-moved", f"moved to {page.final_url}", "update `url:` to the new address")]
            hint = (
                f"store its text now: `explainer snapshot {target.source_id} --url URL`, "
                "then delete `no_text:`"
                if target.no_text == "not-retrievable-now"
                else ""
            )
            return [say("source-unchecked", f"reachable; its text is not stored ({target.no_text})", hint)]
        extracted: Extracted = extract(page.body, page.content_type, page.declared_charset)
    except FetchError as error:
        if error.kind == "gone":
            return [
                say("source-gone", str(error), "find where it moved, or an archived copy, and update `url:`")
            ]
        status = f" (HTTP {error.status})" if error.status and str(error.status) not in str(error) else ""
        return [say("source-unreachable", f"{error}{status}", "try again later; if it persists, find a copy")]
    return _compared(target, page.redirected, page.final_url, extracted.text, say)


def _compared(
    target: _Target, redirected: bool, final_url: str, text: str, say: Callable[..., Diagnostic]
) -> list[Diagnostic]:
    """What became of a source whose text was fetched: moved, unchanged, changed with its evidence
    still there, or evidence missing."""
    found: list[Diagnostic] = []
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    index = SourceText([text])
    missing = [phrase for phrase in target.phrases if not index.contains(phrase)]
    if redirected:
        still = "; its evidence is still there" if not missing else ""
        moved = say("source-moved", f"moved to {final_url}{still}", "update `url:` to the new address")
        if not missing:
            return [moved]
        found.append(moved)
    elif target.stored is not None and digest == target.stored.sha256:
        return [say("source-unchanged", "unchanged since it was stored")]
    for phrase in missing:
        closest = closest_passage(phrase, [text])
        hint = (
            f"the closest passage now reads “{closest}”"
            if closest
            else "the source no longer says anything like it"
        )
        found.append(
            say("source-evidence-missing", f"the evidence {phrase!r} is no longer in the source", hint)
        )
    if not missing:
        if target.stored is None:
            since = "(no stored text to compare)"
        elif target.stored.extractor == "manual":
            since = "from the hand-copied text (its hash is not comparable)"
        else:
            since = f"since {target.stored.retrieved}"
        count = len(target.phrases)
        found.append(
            say(
                "source-changed",
                f"changed {since}, but every evidence phrase ({count}) is still there",
                f"store the new text: `explainer snapshot {target.source_id} --url {target.url}`",
            )
        )
    return found
