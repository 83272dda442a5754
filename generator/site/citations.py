"""Citations as footnotes: every fact on a page carries numbered markers that lead to its sources.

Footnotes (rather than bare links) also work in print. Each footnote names the source, links to its
entry in the dossier's bibliography and quotes the evidence phrases. One marker per source per
fact, its footnote listing each phrase; numbered in the order facts cite them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.format.dossier import Dossier
from generator.format.model import Citation, Source
from generator.site import urls
from generator.site.markup import escape, href
from generator.site.views import published


@dataclass(frozen=True)
class SourceLink:
    """A source as cited on a page: its link and its one-line description."""

    link: str
    description: str


def quoted(evidence: str) -> str:
    """The phrase in double quotation marks; quotation marks inside it (a source quoting someone)
    become single ones, as in print, so the reader never meets two marks in a row."""
    inner = re.sub(r'"([^"]*)"', r"‘\1’", evidence).translate(_INNER)
    return f"“{escape(inner)}”"


_INNER = str.maketrans({"“": "‘", "”": "’", '"': "’"})


def quotation(citation: Citation, source: Source, page_language: str) -> str:
    """A citation's evidence phrase as the source's own words, in quotation marks; a phrase in
    another language than the page is marked with its language and followed by our translation,
    which is not in quotation marks because the words are ours."""
    if citation.evidence is None:
        return ""
    text = quoted(citation.evidence)
    language = source.language
    if language and _LANGUAGE_TAG.match(language) and _primary(language) != _primary(page_language):
        text = f'<span lang="{language}">{text}</span>'
    if citation.translation:
        text += f" (in English: {escape(citation.translation)})"
    return text


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


def publisher(source: Source) -> str:
    """Who published a source, as a reader weighs it: a reprint by the outlet that first published
    it, then the one that reprinted it ("Tarn Agency via KXLT Radio"), where the reprint's name
    alone ("KXLT Radio", "Source: Kessel Tech Digest" under a company's own statement) hid whose
    words they are. A reprint whose name already gives its original ("Kessel Daily (Tarn Agency)")
    is named as it is."""
    if not source.publisher:
        return ""
    original = source.reprint_of.publisher if source.reprint_of else None
    if original and not re.search(rf"(?<!\w){re.escape(original)}(?!\w)", source.publisher):
        return f"{escape(original)} via {escape(source.publisher)}"
    return escape(source.publisher)


def name(source: Source, page_language: str) -> str:
    """What a reader calls a source in passing: its publisher, else its title in italics."""
    return publisher(source) if source.publisher else f"*{title(source, page_language)}*"


def describe(source: Source, link: str, page_language: str) -> str:
    """A source on one line: linked title, publisher, date."""
    parts = [f"[{title(source, page_language)}]({link})"]
    if source.publisher:
        parts.append(publisher(source))
    if source.published:
        parts.append(published(source.published))
    text = ", ".join(parts)
    return f"Background: {text}" if source.background else text


# Between two markers of one fact ("¹,²"), written in the page: a comma drawn by CSS between any two
# markers that are siblings would also stand between markers with words between them ("NPR¹; AP,²").
MARKER_COMMA = '<sup class="explainer-comma">,</sup>'


def outermost(cited: Sequence[Citation]) -> tuple[Citation, ...]:
    """The phrases of one source's citations, each once, without a phrase another of them quotes
    whole: two facts on one page that cite "the crane fell" and "the crane fell onto the quay at
    dawn" gave one footnote both, the reader meeting the same words twice in one line."""
    unique = tuple(dict.fromkeys(cited))

    def words(citation: Citation) -> str:
        return " ".join((citation.evidence or "").split())

    def inside(part: Citation, whole: Citation) -> bool:
        return (
            part.locator == whole.locator
            and part.translation in (None, whole.translation)
            and words(part) != words(whole)
            and bool(words(part))
            and words(part) in words(whole)
        )

    return tuple(c for c in unique if not any(inside(c, other) for other in unique))


class Footnotes:
    """The citations of one page."""

    def __init__(self, page: str) -> None:
        self._page = page
        self._labels: dict[tuple[str, str, tuple[Citation, ...]], int] = {}
        self._lines: list[str] = []
        self._sources: dict[tuple[str, str], SourceLink] = {}

    def cite(self, dossier: Dossier, citations: Sequence[Citation]) -> str:
        """Footnote markers for a fact of ``dossier``: one per source, comma between, e.g. ``[^1],[^2]``.

        A fact that cites one source several times gets one marker whose footnote lists every
        phrase; the same source with the same phrases elsewhere on the page reuses the marker."""
        by_source: dict[str, list[Citation]] = {}
        for citation in citations:
            by_source.setdefault(citation.source, []).append(citation)
        labels = []
        for source_id, cited in by_source.items():
            # The same phrase cited twice (once per fact) is quoted once.
            quotes = outermost(cited)
            key = (dossier.slug, source_id, quotes)
            label = self._labels.get(key)
            if label is None:
                label = self._labels[key] = len(self._labels) + 1
                self._lines.append(f"[^{label}]: {self._footnote(dossier, source_id, quotes)}")
            labels.append(label)
        # In the order the footnotes are numbered ("⁴,⁵,¹²"): "¹²,⁵,⁴", a source new to the page
        # cited before two the reader has met, read as a miscount.
        return MARKER_COMMA.join(f"[^{label}]" for label in sorted(labels))

    def cite_together(self, dossier: Dossier, citations: Sequence[Citation]) -> str:
        """One footnote marker for a sentence that rests on many sources: its footnote gives each
        source as ``cite`` would, one after another. Ten markers in a row after one sentence told a
        reader nothing that one does not; the footnote still names every source and its words."""
        by_source: dict[str, list[Citation]] = {}
        for citation in citations:
            by_source.setdefault(citation.source, []).append(citation)
        quoted = tuple((source_id, outermost(cited)) for source_id, cited in by_source.items())
        key = (
            dossier.slug,
            " ".join(source_id for source_id, _ in quoted),
            tuple(c for _, q in quoted for c in q),
        )
        label = self._labels.get(key)
        if label is None:
            label = self._labels[key] = len(self._labels) + 1
            each = [self._footnote(dossier, source_id, quotes) for source_id, quotes in quoted]
            # Each source a paragraph of its own (indented, so that it stays in the footnote): run
            # together with semicolons, one source's phrases read as the next source's.
            self._lines.append(f"[^{label}]: " + "\n\n    ".join(each))
        return f"[^{label}]"

    def named(self, dossier: Dossier, citations: Sequence[Citation]) -> str:
        """Each source of a fact by name, with its footnote marker: "Associated Press[^1]; NPR[^2]".
        A line headed "Source:" shows this rather than bare markers, which say nothing on their own."""
        by_source: dict[str, list[Citation]] = {}
        for citation in citations:
            by_source.setdefault(citation.source, []).append(citation)
        language = dossier.meta.language
        return "; ".join(
            name(dossier.source_by_id[source_id], language) + self.cite(dossier, cited)
            for source_id, cited in by_source.items()
        )

    def _footnote(self, dossier: Dossier, source_id: str, quotes: tuple[Citation, ...]) -> str:
        source = dossier.source_by_id[source_id]
        cited = self._sources.get((dossier.slug, source_id))
        if cited is None:
            link = href(self._page, urls.section(dossier.slug, "sources"), source.id)
            cited = SourceLink(link, describe(source, link, dossier.meta.language))
            self._sources[(dossier.slug, source_id)] = cited
        text = cited.description
        language = dossier.meta.language
        if len(quotes) == 1:
            only = quotes[0]
            text += f", {escape(only.locator)}" if only.locator else ""
            return text + (f": {quotation(only, source, language)}" if only.evidence else "")
        phrases = []
        for citation in quotes:
            where = f"{escape(citation.locator)}: " if citation.locator else ""
            phrases.append(where + quotation(citation, source, language))
        return text + ": " + "; ".join(phrase for phrase in phrases if phrase)

    @property
    def definitions(self) -> list[str]:
        return list(self._lines)

    @property
    def sources(self) -> list[str]:
        """Each source cited on the page once, in order of first citation, described on one line."""
        return [cited.description for cited in self._sources.values()]
