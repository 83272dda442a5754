"""What a reader does: hover or focus a term, read the diagram (or its list), follow links with and
without instant navigation, and never wait on another host."""

from __future__ import annotations

from typing import Any

import pytest
from browsing import DOSSIER, Reader, Site

pytestmark = pytest.mark.browser

# Material draws diagrams into closed shadow roots; opened, the test can read the SVG inside.
OPEN_SHADOW_ROOTS = """
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) { return attach.call(this, { ...init, mode: "open" }); };
"""
TERM = 'article a[href$="glossary/#scam-centre"]'
DEFINITION = "A compound, often guarded"


def tooltip(page: Any) -> Any:
    return page.locator(".md-tooltip2--active").filter(has_text=DEFINITION)


def test_a_glossary_term_shows_its_definition_on_hover_and_on_keyboard_focus(
    reader: Reader, site: Site
) -> None:
    page = reader.open(site.url(f"{DOSSIER}/"))
    term = page.locator(TERM).first
    term.hover()
    tooltip(page).wait_for(state="visible", timeout=10_000)
    assert tooltip(page).inner_text().startswith("scam centre: A compound")

    page.mouse.move(0, 0)
    tooltip(page).wait_for(state="detached", timeout=10_000)
    term.focus()
    tooltip(page).wait_for(state="visible", timeout=10_000)
    # The definition is announced too: the link is described by the tooltip.
    described = term.get_attribute("aria-describedby")
    assert described and DEFINITION in page.locator(f"#{described}").inner_text()


def test_the_relationship_diagram_is_an_svg_with_every_actor_and_a_table_for_screen_readers(
    reader: Reader, site: Site
) -> None:
    page = reader.new_page()
    page.add_init_script(OPEN_SHADOW_ROOTS)
    reader.open(site.url(f"{DOSSIER}/relationships/"), page)
    svg = page.locator("div.mermaid svg")
    assert svg.count() == 1
    labels = set(svg.locator(".nodeLabel").all_inner_texts())
    rows = page.locator("article table tbody tr")
    assert rows.count() >= 10
    named = set()
    for row in rows.all():
        cells = row.locator("td").all_inner_texts()
        named.update({cells[0].strip(), cells[2].strip()})
    assert named and named <= labels, named - labels
    # The SVG itself has a title and a description that say the list is on the page.
    title = svg.get_attribute("aria-labelledby")
    description = svg.get_attribute("aria-describedby")
    assert page.locator(f"div.mermaid #{title}").text_content() == "Relationships between actors"
    assert "also listed as text" in (page.locator(f"div.mermaid #{description}").text_content() or "")
    headers = page.locator("article table thead th").all_inner_texts()
    assert headers == ["Actor", "Relation", "Actor", "Note", "Source"]


def test_an_actor_page_draws_its_own_relationships(reader: Reader, site: Site) -> None:
    page = reader.new_page()
    page.add_init_script(OPEN_SHADOW_ROOTS)
    reader.open(site.url(f"{DOSSIER}/actors/ming-xuechang/"), page)
    labels = page.locator("div.mermaid svg .nodeLabel").all_inner_texts()
    assert "Ming Xuechang" in labels
    listed = page.evaluate(
        """() => {
            let node = document.getElementById('relationships');
            while (node && node.tagName !== 'UL') node = node.nextElementSibling;
            return node.innerText;
        }"""
    )
    assert all(name in listed for name in labels if name != "Ming Xuechang")


@pytest.mark.parametrize("name", ["instant", "plain"])
def test_following_links_works_with_and_without_instant_navigation(
    sites: dict[str, Site], reader: Reader, name: str
) -> None:
    site = sites[name]
    page = reader.open(site.url(""))
    page.evaluate("() => { window.sameDocument = true }")
    page.locator("article .explainer-card h3 a").first.click()
    page.wait_for_url(f"**/{DOSSIER}/")
    page.locator(TERM).first.hover()
    tooltip(page).wait_for(state="visible", timeout=10_000)
    page.locator("nav.md-nav--primary a", has_text="Relationships").first.click()
    page.wait_for_url(f"**/{DOSSIER}/relationships/")
    page.wait_for_function(
        "() => document.querySelector('div.mermaid') && !document.querySelector('pre.mermaid')"
    )
    page.locator("article table a", has_text="Ming Xuechang").first.click()
    page.wait_for_url(f"**/{DOSSIER}/actors/ming-xuechang/")
    assert page.locator("article h1").inner_text().startswith("Ming Xuechang")
    page.wait_for_function("() => !document.querySelector('pre.mermaid')")
    page.go_back()
    page.wait_for_url(f"**/{DOSSIER}/relationships/")
    page.wait_for_function("() => !document.querySelector('pre.mermaid')")
    # Instant navigation keeps the document (and this flag); without it every link loads a page.
    assert page.evaluate("() => window.sameDocument === true") == (name == "instant")


def test_the_site_loads_everything_from_itself(reader: Reader, site: Site) -> None:
    """Fonts, scripts, styles, the search index and Mermaid: every request goes to the site itself."""
    page = reader.new_page()
    loaded: list[str] = []
    page.on("requestfinished", lambda request: loaded.append(request.url))
    reader.open(site.url(f"{DOSSIER}/relationships/"), page)
    assert not any("/pagefind/" in url for url in loaded)  # search loads when a reader opens it
    page.locator("button.explainer-search").click()
    page.locator(".pagefind-ui__search-input").fill("Kokang")
    page.locator(".pagefind-ui__result-link").first.wait_for()
    page.wait_for_load_state("networkidle")
    assert any(url.endswith("/assets/explainer/mermaid.min.js") for url in loaded)
    assert any(url.endswith("/pagefind/pagefind-ui.js") for url in loaded)
    assert all(url.startswith(site.base) for url in loaded), loaded
    fonts = page.evaluate("() => [...document.fonts].map(f => f.family)")
    assert fonts == []  # system fonts only: nothing to fetch
