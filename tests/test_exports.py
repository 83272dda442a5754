"""Downloads (JSON, CSV) and JSON-LD: complete, parseable, and safe with hostile text."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from described import jsonld_of

from generator.checking.loader import load_site
from generator.format.dossier import Dossier
from generator.site import exports, jsonld, urls
from generator.site.pages import build_pages
from generator.site.render import Renderer

BASE = Path(__file__).parent / "fixtures" / "rules" / "base"


@pytest.fixture(scope="module")
def dossier() -> Dossier:
    site = load_site(BASE).raise_for_problems(strict=True)
    return site.dossiers[0]


def test_json_download_holds_every_entry_and_the_licence(dossier: Dossier) -> None:
    data = json.loads(exports.dossier_json(dossier, "Explainers"))
    assert data["licence"] == "CC-BY-4.0"
    assert data["citation"] == (
        "Harbour strike. Explainers, first published 1 March 2024, last reviewed 2 March 2024. Licence: CC-BY-4.0."
    )
    counts = {key: len(data[key]) for key in ("sources", "actors", "numbers", "glossary", "events", "claims")}
    assert counts == {"sources": 1, "actors": 2, "numbers": 1, "glossary": 1, "events": 1, "claims": 1}
    assert data["numbers"][0]["value"] == 2000


def test_numbers_csv(dossier: Dossier) -> None:
    rows = list(csv.DictReader(io.StringIO(exports.numbers_csv(dossier).decode("utf-8"))))
    assert rows == [
        {
            "id": "strikers",
            "value": "2000",
            "upper": "",
            "amount": "",
            "qualifier": "more-than",
            "unit": "",
            "counts": "union members on strike",
            "quantity": "",
            "as_of": "",
            "period_from": "",
            "period_to": "",
            "stated_by": "dock-union",
            "unattributed": "",
            "sources": "port-news",
            "evidence": "more than 2,000 members",
            "per": "",
            "part_of": "",
            "via": "",
            "official": "",
            "revises": "",
            "margin": "",
            "alternative": "",
            "whichever": "",
            "against": "",
        }
    ]


def test_csv_cells_that_a_spreadsheet_would_run_are_defused(tmp_path: Path) -> None:
    shutil.copytree(BASE, tmp_path / "content")
    actors = tmp_path / "content" / "harbour-strike" / "actors.yaml"
    actors.write_text(
        actors.read_text(encoding="utf-8").replace(
            "description: Runs the port.", "description: '=HYPERLINK(\"http://evil.example\")'"
        ),
        encoding="utf-8",
    )
    dossier = load_site(tmp_path / "content").raise_for_problems().dossiers[0]
    rows = list(csv.reader(io.StringIO(exports.actors_csv(dossier).decode("utf-8"))))
    assert rows[2][6] == '\'=HYPERLINK("http://evil.example")'


def test_events_csv_says_the_precision(dossier: Dossier) -> None:
    rows = list(csv.DictReader(io.StringIO(exports.events_csv(dossier).decode("utf-8"))))
    assert [(r["date"], r["precision"]) for r in rows] == [("2024-02", "month")]


def test_json_ld_script_cannot_be_closed_by_text() -> None:
    tag = jsonld.script({"name": "</script><script>alert(1)</script> & \u2028"})
    assert tag.count("<") == 2 and tag.count(">") == 2
    body = tag.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert json.loads(body)["name"] == "</script><script>alert(1)</script> & \u2028"


def test_json_ld_types(dossier: Dossier) -> None:
    assert jsonld.glossary_page(dossier)["@type"] == "DefinedTermSet"
    assert jsonld.glossary_page(dossier)["hasDefinedTerm"][0]["@type"] == "DefinedTerm"
    kinds = {a.id: jsonld.actor_page(a, dossier)["@type"] for a in dossier.actors}
    assert kinds == {"dock-union": "Organization", "port-authority": "GovernmentOrganization"}
    assert jsonld.timeline_page(dossier)["itemListElement"][0]["item"]["startDate"] == "2024-02"
    assert jsonld.claims_page(dossier)["itemListElement"][0]["item"]["@type"] == "Claim"
    assert jsonld.numbers_page(dossier)["@type"] == "Dataset"
    assert jsonld.dossier_dataset(dossier)["license"] == "CC-BY-4.0"


def test_the_actors_index_names_each_actor_and_its_page_and_leaves_the_rest_to_that_page(
    dossier: Dossier,
) -> None:
    items = [element["item"] for element in jsonld.actors_page(dossier)["itemListElement"]]
    assert [item["name"] for item in items] == [actor.name for actor in dossier.actors]
    union = next(item for item in items if item["name"] == "Dock Union")
    assert union == {
        "@type": "Organization",
        "@id": "dock-union/#actor",
        "name": "Dock Union",
        "url": "dock-union/",
    }
    # The actor's own page carries its description and citations, under the same @id.
    page = jsonld.actor_page(dossier.actors[0], dossier)
    assert "description" in page and "subjectOf" in page


def test_the_json_download_is_written_without_indentation(dossier: Dossier) -> None:
    text = exports.dossier_json(dossier, "Explainers").decode("utf-8")
    assert text.count("\n") == 1 and text.endswith("}\n") and '": ' not in text


def test_every_page_of_a_dossier_has_its_json_ld(dossier: Dossier) -> None:
    site = load_site(BASE).raise_for_problems(strict=True)
    pages = build_pages(site, Renderer(), site_name="Explainers")
    assert sorted(pages.jsonld) == sorted(page.path for page in pages.pages)
    types = {path: data["@type"] for path, data in jsonld_of(pages).items()}
    assert types[urls.HUB] == "ItemList"
    assert types[urls.overview(dossier.slug)] == "Dataset"
    assert types[urls.section(dossier.slug, "glossary")] == "DefinedTermSet"
    assert types[urls.actor(dossier.slug, "dock-union")] == "Organization"
    distribution = jsonld_of(pages)[urls.overview(dossier.slug)]["distribution"]
    assert {d["contentUrl"] for d in distribution} == {
        "downloads/harbour-strike.json",
        "downloads/harbour-strike-numbers.csv",
        "downloads/harbour-strike-actors.csv",
        "downloads/harbour-strike-events.csv",
    }


def test_the_overview_links_every_download_with_the_licence_and_citation(dossier: Dossier) -> None:
    site = load_site(BASE).raise_for_problems(strict=True)
    pages = build_pages(site, site_name="Field Notes")
    overview = pages.by_path()[urls.overview(dossier.slug)].markdown
    for download in pages.downloads:
        assert f"- [{download.label}]({download.path.removeprefix(dossier.slug + '/')})" in overview
    assert "To cite this story: Harbour strike. Field Notes, first published 1 March 2024" in overview
    assert "Licence: CC-BY-4.0." in overview
    assert json.loads(pages.downloads[0].content)["citation"].startswith("Harbour strike. Field Notes,")
