"""For researchers: every page carries schema.org JSON-LD that expands as JSON-LD, and each
dossier's overview offers its data as JSON and CSV with its licence and how to cite it.

JSON-LD is read from the pages as the browser receives them and expanded with PyLD, offline: the
schema.org context is a local stand-in that maps every term into the schema.org vocabulary.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from browsing import DOSSIER, Reader, Site
from pyld import jsonld

pytestmark = pytest.mark.browser

SCHEMA = "https://schema.org/"
# What each page shows, as the schema.org types its JSON-LD must hold.
EXPECTED = {
    "": {"ItemList", "Dataset"},
    f"{DOSSIER}/": {
        "Dataset",
        "DataDownload",
        "Person",
        "Place",
        "GovernmentOrganization",
        "FAQPage",
        "Question",
        "Answer",
    },
    f"{DOSSIER}/actors/": {"ItemList", "Person", "Place", "Organization"},
    f"{DOSSIER}/actors/ming-xuechang/": {"Person"},
    f"{DOSSIER}/actors/kokang-self-administered-zone/": {"Place"},
    f"{DOSSIER}/actors/ministry-of-public-security/": {"GovernmentOrganization"},
    f"{DOSSIER}/numbers/": {"Dataset", "PropertyValue"},
    f"{DOSSIER}/glossary/": {"DefinedTermSet", "DefinedTerm"},
    f"{DOSSIER}/timeline/": {"ItemList", "Event", "Organization"},
    f"{DOSSIER}/claims/": {"ItemList", "Claim"},
    f"{DOSSIER}/relationships/": {"Dataset"},
    f"{DOSSIER}/sources/": {"ItemList", "NewsArticle"},
    "about/": {"WebPage"},
    "404.html": {"WebPage"},
}
JSON_LD = """urls => Promise.all(urls.map(url => fetch(url).then(r => r.text()).then(html => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return [...doc.querySelectorAll('script[type="application/ld+json"]')].map(s => s.textContent);
})))"""


def offline(url: str, options: Any = None) -> dict[str, Any]:
    """PyLD's document loader: schema.org's context from here, nothing from the network."""
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {"contextUrl": None, "documentUrl": url, "document": {"@context": {"@vocab": SCHEMA}}}
    raise AssertionError(f"JSON-LD asked for a remote document: {url}")


def types(expanded: Any) -> set[str]:
    """Every schema.org type named anywhere in an expanded document."""
    found: set[str] = set()
    if isinstance(expanded, list):
        for item in expanded:
            found |= types(item)
    elif isinstance(expanded, dict):
        found |= {t.removeprefix(SCHEMA) for t in expanded.get("@type", [])}
        for key, value in expanded.items():
            if key != "@type":
                found |= types(value)
    return found


@pytest.fixture(scope="module")
def documents(desktop: Reader, site: Site) -> dict[str, list[str]]:
    """The JSON-LD scripts of every page, by page path, as fetched by the browser."""
    page = desktop.open(site.url(f"{DOSSIER}/"))
    paths = site.pages()
    scripts = page.evaluate(JSON_LD, [site.url(path) for path in paths])
    return dict(zip(paths, scripts, strict=True))


def test_every_page_has_json_ld_that_expands_to_typed_nodes(
    documents: dict[str, list[str]], site: Site
) -> None:
    assert len(documents) > 30
    for path, scripts in documents.items():
        assert len(scripts) == 1, path
        expanded = jsonld.expand(json.loads(scripts[0]), {"base": site.url(path), "documentLoader": offline})
        assert expanded and all(node.get("@type") for node in expanded), path
        assert types(expanded), path


@pytest.mark.parametrize("path", EXPECTED)
def test_each_page_says_what_it_shows(documents: dict[str, list[str]], site: Site, path: str) -> None:
    expanded = jsonld.expand(
        json.loads(documents[path][0]), {"base": site.url(path), "documentLoader": offline}
    )
    assert EXPECTED[path] <= types(expanded)


def test_glossary_terms_are_defined_terms_with_their_anchor(
    documents: dict[str, list[str]], site: Site
) -> None:
    path = f"{DOSSIER}/glossary/"
    expanded = jsonld.expand(
        json.loads(documents[path][0]), {"base": site.url(path), "documentLoader": offline}
    )
    terms = expanded[0][f"{SCHEMA}hasDefinedTerm"]
    ids = {term["@id"] for term in terms}
    assert site.url(f"{path}#kokang") in ids
    names = {term[f"{SCHEMA}name"][0]["@value"] for term in terms}
    assert {"Kokang", "scam centre", "self-administered zone"} <= names


def test_the_overview_offers_the_data_with_its_licence_and_citation(reader: Reader, site: Site) -> None:
    page = reader.open(site.url(f"{DOSSIER}/"))
    section = page.locator("article h2#data-and-citation")
    assert section.count() == 1
    links = page.locator('article a[href*="/downloads/"]')
    labels = links.all_inner_texts()
    assert labels == [
        "Every fact of this story, with its sources (JSON)",
        "Figures (CSV)",
        "People, organisations and places (CSV)",
        "Events (CSV)",
    ]
    text = page.locator("article").inner_text()
    assert "Licence: CC-BY-4.0" in text
    citation = next(line for line in text.splitlines() if line.startswith("To cite this story: "))
    files = page.evaluate(
        "links => Promise.all(links.map(a => fetch(a.href).then(r => r.text())))",
        links.element_handles(),
    )
    dossier = json.loads(files[0])
    assert dossier["licence"] == "CC-BY-4.0"
    assert citation == f"To cite this story: {dossier['citation']}"
    assert dossier["citation"].startswith("Myanmar hands 31,000 telecom fraud suspects to China. Explainers,")
    tables = [list(csv.DictReader(io.StringIO(text))) for text in files[1:]]
    numbers, actors, events = tables
    assert len(numbers) == len(dossier["numbers"]) and len(actors) == len(dossier["actors"])
    assert len(events) == len(dossier["events"])
    suspects = next(row for row in numbers if row["id"] == "suspects-handed-over")
    assert (suspects["value"], suspects["stated_by"]) == (
        "31000",
        "chinese-officials; ministry-of-public-security",
    )
    ming = next(row for row in actors if row["id"] == "ming-xuechang")
    assert (ming["native_name"], ming["native_lang"]) == ("明学昌", "zh-Hans")
