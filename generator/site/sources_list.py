"""The view of a dossier's sources page: each source in a sentence, and what the story takes from it."""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote, urlsplit

from generator.format.model import Source
from generator.site import urls
from generator.site.citations import quotation, quoted, title
from generator.site.listing import Listing
from generator.site.markup import escape, href
from generator.site.story import SECTION_TITLES, kind_noun
from generator.site.views import (
    Fact,
    SourcesView,
    and_joined,
    capitalised,
    day,
    published,
)


def address(url: str) -> str:
    """A link to ``url`` that shows only its host ("en.people.cn"), not four lines of path."""
    host = urlsplit(url).hostname or url
    host = host.removeprefix("www.")
    target = "".join(c if c not in "()<> " else quote(c) for c in url)
    return f"[{escape(host)}]({target})"


SOURCE_KINDS = {
    "article": "An article",
    "report": "A report",
    "reference": "A reference work",
    "law": "A law",
    "website": "A web page",
    "dataset": "A dataset",
    "other": "A document",
}


def what_source(source: Source) -> str:
    """A source in one sentence: "An article by Mira Roan, published by the Halden Courier on 16
    June 2023." (background reading says so)."""
    text = SOURCE_KINDS[source.kind.value]
    if source.background:
        text = f"Background reading: {text[0].lower()}{text[1:]}"
    if source.authors:
        text += f" by {and_joined([escape(a) for a in source.authors])}"
    if source.publisher or source.published:
        text += ", published"
    if source.publisher:
        text += f" by {escape(source.publisher)}"
    if source.published:
        on = "on " if isinstance(source.published, dt.date) else "in "
        text += f" {on}{published(source.published)}"
    # A publisher whose name ends in a full stop ("Tarn & Co.") ends the sentence: ".." read as a typo.
    return text if text.endswith(".") else text + "."


def _original(source: Source) -> str:
    """Who first published a reprinted source, and where when known."""
    original = source.reprint_of
    if original is None:
        return ""
    text = escape(original.publisher)
    if original.title:
        text += f", {quoted(original.title)}"
    if original.url:
        text += f" ({address(original.url)})"
    return text


# The kinds of fact that cite a source, as a reader names them on the sources page.
READER_NOUNS = {"number": "figure", "relationship": "tie"}


class SourcesList(Listing):
    """Builds the view of one story's sources page."""

    def sources(self) -> SourcesView:
        page = urls.section(self.slug, "sources")
        facts = []
        citing_by_source = self.xref.citing
        # The story's own sources first, then background reading; each by how many facts cite it.
        ordered = sorted(
            self.dossier.sources,
            key=lambda s: (s.background, -len(citing_by_source.get(s.id, [])), s.title.casefold(), s.id),
        )
        for source in ordered:
            details: list[tuple[str, str]] = [("", what_source(source))]
            if source.url:
                details.append(("Address", address(source.url)))
            if source.reprint_of:
                details.append(("Reprint of", _original(source)))
            if source.text_from:
                details.append(("Text checked against", f"a copy at {address(source.text_from)}"))
            if source.accessed:
                details.append(("Read on", day(source.accessed)))
            # One line a fact, its phrases from this source joined as its footnotes join them: a fact
            # cited by two phrases was listed twice, a line apart, as if two facts.
            lines: dict[tuple[str, str, str], tuple[str, list[str]]] = {}
            actors = {urls.actor(self.slug, a.id): a for a in self.dossier.actors}
            for fact in self.xref.citing.get(source.id, []):
                quote = quotation(fact.citation, source, self.dossier.meta.language)
                key = (fact.page, fact.anchor or "", fact.label)
                if key in lines:
                    if quote:
                        lines[key][1].append(quote)
                    continue
                link = f"[{escape(fact.label)}]({href(page, fact.page, fact.anchor)})"
                # What a reader calls what cites it: a person or a place, a figure (not "actor", "number").
                actor = actors.get(fact.page) if fact.noun == "actor" else None
                noun = kind_noun(actor.kind) if actor else READER_NOUNS.get(fact.noun, fact.noun)
                lines[key] = (f"{capitalised(noun)}: {link}", [quote] if quote else [])
            citing = [f"{head}: {'; '.join(quotes)}" if quotes else head for head, quotes in lines.values()]
            note = self.prose.block(source.note, page=page) if source.note else ""
            facts.append(
                Fact(
                    title(source, self.dossier.meta.language),
                    "",
                    source.id,
                    tuple(details),
                    note,
                    tuple(citing),
                )
            )
        return SourcesView(
            title=SECTION_TITLES["sources"], sources=tuple(facts), part_of=self.story.part_of(page)
        )
