"""The sentences a built page says, told apart: those the generator wrote, and the dossier's own.

Shared by ``bench_readability.py`` (plain-language measures) and ``tests/test_sentences.py`` (rules
every generated sentence keeps). A page's Markdown is reduced to plain text, unit by unit (a
paragraph, a list item, a heading, a table row): links keep their text, footnote markers, HTML,
front matter and footnote definitions (the sources' own titles and quotes) go. Then every
contributor text of four words or more (a description, a story paragraph, a title, a quote) is cut
out of each unit, so what remains is what the generator wrote around the names and figures.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from generator.format.dossier import Dossier, Site
from generator.site.pages import Pages

_LINK = re.compile(r"!?\[((?:[^\[\]]|\[[^\]]*\])*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_MARKER = re.compile(r"\[\^\d+\]")
_TAG = re.compile(r"<[^>]+>")
_ATTRS = re.compile(r"\s*\{:[^}]*\}\s*$")
_ESCAPE = re.compile(r"\\([\\`*_\[\]<>|#~{}()!.+-])")
_EMPHASIS = re.compile(r"(\*\*|\*|`)")
_SENTENCE = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(‘]?[A-Z0-9$€£])")
# Where a cut-out contributor text was: a generated sentence may quote one ("X says: “…”").
GAP = "…"


@dataclass(frozen=True)
class Unit:
    """One block of a page as plain text: its kind ("heading", "item", "paragraph", "row")."""

    page: str
    kind: str
    text: str


def page_type(path: str) -> str:
    """What kind of page a path is: "overview", "actor", "numbers", ..., "hub"."""
    parts = path.split("/")
    if len(parts) == 1:
        return {"index.md": "hub", "people.md": "people", "quantities.md": "quantities"}.get(parts[0], "hub")
    if parts[1] == "index.md":
        return "overview"
    if parts[1] == "actors":
        return "actors" if parts[-1] == "index.md" else "actor"
    return parts[-1].removesuffix(".md")


def plain(markdown: str) -> str:
    text = _LINK.sub(lambda m: m.group(1), markdown)
    text = _LINK.sub(lambda m: m.group(1), text)  # a link inside a link's text
    text = _MARKER.sub("", text)
    text = _TAG.sub("", text)
    text = _ATTRS.sub("", text)
    text = _ESCAPE.sub(r"\1", text)
    text = _EMPHASIS.sub("", text)
    return " ".join(html.unescape(text).split())


def units(path: str, markdown: str) -> Iterator[Unit]:
    """The page's blocks as plain text, without front matter, HTML blocks and footnote definitions."""
    lines = markdown.splitlines()
    if lines and lines[0] == "---":
        end = lines.index("---", 1)
        lines = lines[end + 1 :]
    block: list[str] = []
    kind = "paragraph"

    def flush() -> Iterator[Unit]:
        text = plain(" ".join(block))
        if text:
            yield Unit(path, kind, text)
        block.clear()

    for raw in lines:
        line = raw.strip()
        starts_item = line.startswith("- ") and not raw.startswith("        ")
        if not line or line.startswith(("<", "[^", "!!!", "|")) or starts_item or line.startswith("#"):
            yield from flush()
            kind = "paragraph"
            if line.startswith("#"):
                yield from (Unit(path, "heading", t) for t in [plain(line.lstrip("#"))] if t)
            elif line.startswith("|") and not set(line) <= set("|-: "):
                yield from (Unit(path, "row", t) for t in [plain(line.replace("|", " "))] if t)
            elif starts_item:
                kind = "item"
                block.append(line[2:])
            continue
        block.append(line)
    yield from flush()


def contributor_texts(dossiers: Iterable[Dossier]) -> list[str]:
    """Every text of four words or more that contributors wrote, as plain text, longest first."""
    found: set[str] = set()
    for dossier in dossiers:
        for value in _strings(dossier.meta.model_dump()):
            found.add(value)
        for kind in (
            dossier.actors,
            dossier.numbers,
            dossier.terms,
            dossier.events,
            dossier.claims,
            dossier.relationships,
            dossier.sources,
        ):
            for entry in kind:
                found.update(_strings(entry.model_dump()))
    texts = {plain(t) for t in found if len(t.split()) >= 4}
    # A text's sentences are cut out one by one too: a page may show one sentence of a longer text.
    texts |= {s for t in list(texts) for s in split(t) if len(s.split()) >= 4}
    return sorted(texts, key=lambda t: (-len(t), t))


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def split(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def generated(unit: Unit, texts: list[str]) -> str:
    """The unit with every contributor text cut out where it stands as whole words (each leaves ``GAP``).

    Both are compared without asterisks and backticks: ``plain`` drops a contributor's emphasis and
    code marks, but a code span shows the asterisks it holds, which a page's text keeps."""
    text = _EMPHASIS.sub("", unit.text)
    for own in texts:
        if own in text:
            # Whole words only: a name "i" leaves "question" whole.
            text = re.sub(rf"(?<!\w){re.escape(own)}(?!\w)", GAP, text)
    return text


def generated_sentences(site: Site, pages: Pages) -> Iterator[tuple[Unit, str]]:
    """Each unit of every page with what the generator wrote in it, a sentence at a time."""
    texts = contributor_texts(site.dossiers)
    for page in pages.pages:
        for unit in units(page.path, page.markdown):
            for sentence in split(generated(unit, texts)):
                yield unit, sentence


def words(text: str) -> list[str]:
    return re.findall(r"[\w$€£%][\w'’,.$€£%-]*", text.replace(GAP, " "))
