"""Citations as footnotes: every fact on a page carries numbered markers that lead to its sources.

Footnotes (rather than bare links) also work in print. Each footnote names the source, links to its
entry in the dossier's bibliography and quotes the evidence phrase. One footnote per distinct
(source, evidence, locator) on a page, numbered in the order facts cite them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.site import urls
from generator.format.dossier import Dossier
from generator.site.markup import escape, href
from generator.format.model import Citation, Source
from generator.site.views import published


@dataclass(frozen=True)
class SourceLink:
    """A source as cited on a page: its link and its one-line description."""

    link: str
    description: str


def quoted(evidence: str) -> str:
    return f"“{escape(evidence)}”"


_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")


def title(source: Source, page_language: str) -> str:
    """The source's title as Markdown; a title in another language than the page is marked with its
    language, so that browsers pick the right font and screen readers the right voice."""
    text = escape(source.title)
    language = source.language
    if language and _LANGUAGE_TAG.match(language) and _primary(language) != _primary(page_language):
        return f'<span lang="{source.language}">{text}</span>'
    return text


def _primary(tag: str) -> str:
    return tag.split("-")[0].casefold()


def describe(source: Source, link: str, page_language: str) -> str:
    """A source on one line: linked title, publisher, date."""
    parts = [f"[{title(source, page_language)}]({link})"]
    if source.publisher:
        parts.append(escape(source.publisher))
    if source.published:
        parts.append(published(source.published))
    text = ", ".join(parts)
    return f"Background: {text}" if source.background else text


class Footnotes:
    """The citations of one page."""

    def __init__(self, page: str) -> None:
        self._page = page
        self._labels: dict[tuple[str, str, str | None, str | None], int] = {}
        self._lines: list[str] = []
        self._sources: dict[tuple[str, str], SourceLink] = {}

    def cite(self, dossier: Dossier, citations: Sequence[Citation]) -> str:
        """Footnote markers for a fact of ``dossier``, e.g. ``[^1][^2]``."""
        markers = []
        for citation in citations:
            key = (dossier.slug, citation.source, citation.evidence, citation.locator)
            label = self._labels.get(key)
            if label is None:
                label = self._labels[key] = len(self._labels) + 1
                self._lines.append(f"[^{label}]: {self._footnote(dossier, citation)}")
            markers.append(f"[^{label}]")
        return "".join(markers)

    def _footnote(self, dossier: Dossier, citation: Citation) -> str:
        cited = self._sources.get((dossier.slug, citation.source))
        if cited is None:
            source = dossier.source_by_id[citation.source]
            link = href(self._page, urls.section(dossier.slug, "sources"), source.id)
            cited = SourceLink(link, describe(source, link, dossier.meta.language))
            self._sources[(dossier.slug, citation.source)] = cited
        text = cited.description
        if citation.locator:
            text += f", {escape(citation.locator)}"
        if citation.evidence:
            text += f": {quoted(citation.evidence)}"
        return text

    @property
    def definitions(self) -> list[str]:
        return list(self._lines)

    @property
    def sources(self) -> list[str]:
        """Each source cited on the page once, in order of first citation, described on one line."""
        return [cited.description for cited in self._sources.values()]
