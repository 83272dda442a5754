"""schema.org JSON-LD for every page type, so search engines and researchers can read the facts.

Each builder returns a plain dict; :func:`script` serialises it for a page with ``<``, ``>`` and
``&`` written as JSON escapes, so contributor text can never close the script element.
"""

from __future__ import annotations

import json
import posixpath
from collections.abc import Iterable, Sequence
from typing import Any

from generator.format.dates import PartialDate
from generator.format.dossier import Dossier
from generator.format.model import (
    Actor,
    ActorKind,
    Claim,
    Event,
    Number,
    Qualifier,
    Question,
    Source,
    Term,
)
from generator.format.numbers import format_value
from generator.site import urls
from generator.site.grammar import margin_unit
from generator.site.markup import href, plain

CONTEXT = "https://schema.org"

_ACTOR_TYPES = {
    ActorKind.PERSON: "Person",
    ActorKind.PLACE: "Place",
    ActorKind.GOVERNMENT_BODY: "GovernmentOrganization",
    ActorKind.MEDIA_OUTLET: "NewsMediaOrganization",
    ActorKind.RESEARCH_INSTITUTE: "ResearchOrganization",
}


def script(data: dict[str, Any]) -> str:
    """A ``<script type="application/ld+json">`` element that no text inside can break out of."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f'<script type="application/ld+json">{text}</script>'


def web_page(name: str) -> dict[str, Any]:
    """A page that shows no dossier facts: hand-written pages and the theme's own."""
    return _node({"@type": "WebPage", "name": name})


def _node(data: dict[str, Any]) -> dict[str, Any]:
    return {"@context": CONTEXT, **data}


def _list_items(nodes: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"@type": "ListItem", "position": i + 1, "item": node} for i, node in enumerate(nodes)]


def _named(actor: Actor) -> dict[str, Any]:
    """A short reference to an actor: its schema.org type and name."""
    return {"@type": _ACTOR_TYPES.get(actor.kind, "Organization"), "name": actor.name}


def _distribution(downloads: dict[str, str]) -> list[dict[str, Any]]:
    return [
        {"@type": "DataDownload", "contentUrl": url, "encodingFormat": media}
        for url, media in sorted(downloads.items())
    ]


def _citations(entry: Any, dossier: Dossier) -> list[dict[str, Any]]:
    cited = []
    for citation in entry.cite:
        source = dossier.source_by_id.get(citation.source)
        if source is not None:
            cited.append(_source(source))
    return cited


def _source(source: Source) -> dict[str, Any]:
    data: dict[str, Any] = {"@type": "NewsArticle" if source.kind.value == "article" else "CreativeWork"}
    data["name"] = source.title
    if source.url:
        data["url"] = source.url
    if source.publisher:
        data["publisher"] = {"@type": "Organization", "name": source.publisher}
    if source.authors:
        data["author"] = [{"@type": "Person", "name": name} for name in source.authors]
    if source.published:
        data["datePublished"] = (
            source.published if isinstance(source.published, str) else source.published.isoformat()
        )
    return data


def _served(path: str) -> str:
    """Where MkDocs serves a page with directory URLs: ``a/actors/x.md`` -> ``a/actors/x/``."""
    return path[: -len("index.md")] if path.endswith("index.md") else path[: -len(".md")] + "/"


def actor_iri(dossier: Dossier, actor_id: str, page: str) -> str:
    """The actor's ``@id``, relative to ``page``: the address of its record's page, so an actor shared
    by several stories has one identity wherever it appears."""
    slug, record = dossier.record_of(actor_id)
    base = _served(page).rstrip("/") or "."
    relative = posixpath.relpath(_served(urls.actor(slug, record)).rstrip("/"), base)
    return f"{relative}/#actor"


def actor_node(
    actor: Actor, dossier: Dossier, url: str | None = None, page: str | None = None
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@type": _ACTOR_TYPES.get(actor.kind, "Organization"),
        "name": actor.name,
        "description": actor.description,
    }
    if page is not None:
        data["@id"] = actor_iri(dossier, actor.id, page)
    if actor.wikidata:
        # An identifier, never fetched: the built page makes no request to Wikidata.
        data["sameAs"] = f"https://www.wikidata.org/wiki/{actor.wikidata}"
    names = list(actor.aliases)
    if actor.native_name:
        names.append(actor.native_name.text)
    if names:
        data["alternateName"] = names
    if url:
        data["url"] = url
    data["subjectOf"] = _citations(actor, dossier)
    return data


def actor_page(actor: Actor, dossier: Dossier) -> dict[str, Any]:
    return _node(actor_node(actor, dossier, page=urls.actor(dossier.slug, actor.id)))


def actors_page(dossier: Dossier) -> dict[str, Any]:
    """A list of the actors by name and page: each actor's page describes it in full (``actor_page``),
    so the index does not carry every description and citation a second time."""
    page = urls.actors(dossier.slug)
    return _node(
        {
            "@type": "ItemList",
            "name": f"Who's who: {dossier.meta.title}",
            "itemListElement": _list_items(_actor_reference(a, dossier, page) for a in dossier.actors),
        }
    )


def _actor_reference(actor: Actor, dossier: Dossier, page: str) -> dict[str, Any]:
    own = posixpath.relpath(_served(urls.actor(dossier.slug, actor.id)), _served(page))
    return {
        "@type": _ACTOR_TYPES.get(actor.kind, "Organization"),
        "@id": actor_iri(dossier, actor.id, page),
        "name": actor.name,
        "url": f"{own}/",
    }


def term_node(term: Term, dossier: Dossier) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@type": "DefinedTerm",
        "@id": f"#{term.id}",
        "name": term.term,
        "description": term.definition,
        "termCode": term.id,
    }
    if term.aliases:
        data["alternateName"] = list(term.aliases)
    data["subjectOf"] = _citations(term, dossier)
    return data


def glossary_page(dossier: Dossier) -> dict[str, Any]:
    return _node(
        {
            "@type": "DefinedTermSet",
            "name": f"Glossary: {dossier.meta.title}",
            "hasDefinedTerm": [term_node(term, dossier) for term in dossier.terms],
        }
    )


def _date(text: str) -> str:
    return PartialDate.parse(text).iso()


def event_node(event: Event, dossier: Dossier) -> dict[str, Any]:
    data: dict[str, Any] = {"@type": "Event", "name": event.title, "startDate": _date(event.date)}
    if event.end_date:
        data["endDate"] = _date(event.end_date)
    if event.description:
        data["description"] = event.description
    actors = [dossier.actor_by_id[a] for a in event.actors if a in dossier.actor_by_id]
    places = [a for a in actors if a.kind is ActorKind.PLACE]
    others = [a for a in actors if a.kind is not ActorKind.PLACE]
    if places:
        data["location"] = [{"@type": "Place", "name": p.name} for p in places]
    if others:
        data["actor"] = [_named(a) for a in others]
    data["subjectOf"] = _citations(event, dossier)
    return data


def timeline_page(dossier: Dossier) -> dict[str, Any]:
    events = sorted(dossier.events, key=lambda e: (PartialDate.parse(e.date), e.id))
    return _node(
        {
            "@type": "ItemList",
            "name": f"Timeline: {dossier.meta.title}",
            "itemListElement": _list_items(event_node(e, dossier) for e in events),
        }
    )


def claim_node(claim: Claim, dossier: Dossier) -> dict[str, Any]:
    authors = [dossier.actor_by_id[a] for a in claim.claimants if a in dossier.actor_by_id]
    data: dict[str, Any] = {
        "@type": "Claim",
        "text": claim.statement,
        "author": [_named(a) for a in authors],
        "appearance": _citations(claim, dossier),
    }
    if claim.date:
        data["datePublished"] = _date(claim.date)
    return data


def claims_page(dossier: Dossier) -> dict[str, Any]:
    return _node(
        {
            "@type": "ItemList",
            "name": f"Who says what: {dossier.meta.title}",
            "itemListElement": _list_items(claim_node(c, dossier) for c in dossier.claims),
        }
    )


def _measure(number: Number) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@type": "PropertyValue",
        "propertyID": number.quantity or number.id,
        "name": number.counts,
        "value": number.value,
        "description": f"{number.qualifier.value.replace('-', ' ')} {_shown(number, 'value')}",
    }
    if number.upper is not None:  # a range: schema.org's bounds, not one value
        del data["value"]
        data["minValue"], data["maxValue"] = number.value, number.upper
        data["description"] = f"{_shown(number, 'value')} to {_shown(number, 'upper')}"
    if number.amount is not None:
        data["description"] = number.amount
    if number.unit:
        data["unitText"] = number.unit
    if number.margin is not None:
        _margin(data, number, number.margin)
    return data


def _shown(number: Number, field: str) -> str:
    """A value of ``number`` in words for a description, with the decimals its source wrote ("7.0")."""
    value: float = getattr(number, field)
    return f"{value:,}" if number.places(field) is None else format_value(value, number.places(field))


def _margin(data: dict[str, Any], number: Number, margin: float) -> None:
    """An estimate's margin, in schema.org's core terms. Its `marginOfError` belongs to `Observation`
    only, a type still in the "new" area: on a `PropertyValue` the margin is the span it allows
    (`minValue`, `maxValue`, beside the estimate's `value`) and, as itself, a secondary
    `QuantitativeValue` (`valueReference`, "additional information on the original value")."""
    top = number.upper if number.upper is not None else number.value
    # 0.3 - 0.1 is 0.19999999999999998 in binary: the bounds are rounded as the source writes them.
    data["minValue"], data["maxValue"] = round(number.value - margin, 9), round(top + margin, 9)
    hedge = "" if number.qualifier is Qualifier.EXACT else number.qualifier.value.replace("-", " ") + " "
    shown = _shown(number, "value") + (f" to {_shown(number, 'upper')}" if number.upper is not None else "")
    data["description"] = f"{hedge}{shown} ± {_shown(number, 'margin')}"
    reference: dict[str, Any] = {"@type": "QuantitativeValue", "name": "margin of uncertainty"}
    reference["value"] = margin
    if number.unit:
        reference["unitText"] = margin_unit(number)
    data["valueReference"] = reference


def numbers_page(dossier: Dossier, downloads: dict[str, str] | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@type": "Dataset",
        "name": f"By the numbers: {dossier.meta.title}",
        "description": dossier.meta.summary,
        "license": dossier.meta.licence,
        "variableMeasured": [_measure(n) for n in dossier.numbers],
    }
    if downloads:
        data["distribution"] = _distribution(downloads)
    return _node(data)


def faq_page(dossier: Dossier) -> dict[str, Any]:
    """The overview's key questions as a schema.org FAQPage: each Question with its accepted
    Answer, which cites the sources of the facts it names."""
    questions = []
    for question in dossier.questions:
        cited = _question_sources(dossier, question)
        answer: dict[str, Any] = {"@type": "Answer", "text": plain(question.answer)}
        if cited:
            answer["citation"] = [_source(dossier.source_by_id[s]) for s in cited]
        questions.append(
            {
                "@type": "Question",
                "@id": f"#{urls.question_anchor(question.id)}",
                "name": question.question,
                "acceptedAnswer": answer,
            }
        )
    return {"@type": "FAQPage", "name": f"Key questions: {dossier.meta.title}", "mainEntity": questions}


def _question_sources(dossier: Dossier, question: Question) -> list[str]:
    """The ids of the sources of every fact the answer names, each once, in order."""
    entries: list[Any] = [
        *(dossier.number_by_id[i] for i in question.numbers),
        *(dossier.event_by_id[i] for i in question.events),
        *(dossier.claim_by_id[i] for i in question.claims),
        *(dossier.actor_by_id[i] for i in question.actors),
        *(dossier.term_by_id[i] for i in question.terms),
    ]
    return list(dict.fromkeys(c.source for entry in entries for c in entry.cite))


def overview_page(dossier: Dossier, downloads: dict[str, str] | None = None) -> dict[str, Any]:
    """The overview: the dossier as a Dataset and, when it asks key questions, an FAQPage beside it."""
    dataset = dossier_dataset(dossier, downloads)
    if not dossier.questions:
        return dataset
    del dataset["@context"]
    return _node({"@graph": [dataset, faq_page(dossier)]})


def dossier_dataset(dossier: Dossier, downloads: dict[str, str] | None = None) -> dict[str, Any]:
    """The overview: the dossier as a Dataset about its actors, citing its sources."""
    meta = dossier.meta
    data: dict[str, Any] = {
        "@type": "Dataset",
        "name": meta.title,
        "description": meta.summary,
        "inLanguage": meta.language,
        "datePublished": meta.published.isoformat(),
        "dateModified": meta.last_reviewed.isoformat(),
        "license": meta.licence,
        "about": [_named(a) for a in dossier.actors],
        "citation": [_source(s) for s in dossier.sources],
    }
    if downloads:
        data["distribution"] = _distribution(downloads)
    return _node(data)


def sources_page(dossier: Dossier) -> dict[str, Any]:
    return _node(
        {
            "@type": "ItemList",
            "name": f"Sources: {dossier.meta.title}",
            "itemListElement": _list_items(_source(s) for s in dossier.sources),
        }
    )


def relationships_page(dossier: Dossier) -> dict[str, Any]:
    """Relationships as a Dataset of actors (schema.org has no general relation type)."""
    return _node(
        {
            "@type": "Dataset",
            "name": f"Relationships: {dossier.meta.title}",
            "description": "; ".join(f"{r.subject} {r.predicate} {r.object}" for r in dossier.relationships),
            "about": [_named(a) for a in dossier.actors],
            "license": dossier.meta.licence,
        }
    )


def _page_url(page: str, slug: str) -> str:
    """The address of a story's overview from a listing page, as a browser follows it ("slug/").
    JSON-LD is not rewritten by MkDocs, so the link is made from the page's directory address
    ("page/2.md" is served as "page/2/")."""
    served = page if page.endswith("index.md") else page.removesuffix(".md") + "/index.md"
    return href(served, urls.overview(slug)).removesuffix("index.md")


def hub_page(shown: Sequence[Sequence[Any]], site_name: str, page: str = urls.HUB) -> dict[str, Any]:
    """What one listing page shows: each thread's first story (its title, summary and address), and
    for a thread of several stories each story by name and address. ``shown`` holds the page's
    threads, each a sequence of dossiers (or of objects with a ``dossier``)."""
    items = []
    for thread in shown:
        dossiers = [getattr(item, "dossier", item) for item in thread]
        first = dossiers[0]
        node: dict[str, Any] = {
            "@type": "Dataset",
            "name": first.meta.title,
            "description": first.meta.summary,
            "url": _page_url(page, first.slug),
        }
        if len(dossiers) > 1:
            node = {
                "@type": "CreativeWorkSeries",
                "name": first.meta.title,
                "description": first.meta.summary,
                "hasPart": [
                    {"@type": "Dataset", "name": d.meta.title, "url": _page_url(page, d.slug)}
                    for d in dossiers
                ],
            }
        items.append(node)
    return _node({"@type": "ItemList", "name": site_name, "itemListElement": _list_items(items)})


def dossier_pages(dossier: Dossier, downloads: dict[str, str] | None = None) -> dict[str, dict[str, Any]]:
    """The JSON-LD of each page of a dossier, by page path. ``downloads`` maps each download's
    site path to its media type; the overview lists them as the dataset's distribution (links from
    an index page read the same whether or not the site uses directory URLs)."""
    slug = dossier.slug
    overview = urls.overview(slug)
    distribution = {href(overview, path): media for path, media in (downloads or {}).items()}
    pages = {
        overview: overview_page(dossier, distribution),
        urls.actors(slug): actors_page(dossier),
        urls.section(slug, "numbers"): numbers_page(dossier),
        urls.section(slug, "glossary"): glossary_page(dossier),
        urls.section(slug, "timeline"): timeline_page(dossier),
        urls.section(slug, "claims"): claims_page(dossier),
        urls.section(slug, "relationships"): relationships_page(dossier),
        urls.section(slug, "sources"): sources_page(dossier),
    }
    for actor in dossier.actors:
        pages[urls.actor(slug, actor.id)] = actor_page(actor, dossier)
    return pages
