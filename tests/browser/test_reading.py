"""What a reader does: hover or focus a term, read the diagram (or its list), follow links with and
without instant navigation, and never wait on another host."""

from __future__ import annotations

import re
from typing import Any

import pytest
from browsing import DOSSIER, Reader, Site
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

# An actor's name, whose lines are the <tspan>s of its <text>.
ACTOR_NAMES = "texts => texts.map(t => [...t.querySelectorAll('tspan')].map(s => s.textContent).join(' '))"
TERM = 'article a[href$="glossary/#scam-centre"]'
DEFINITION = "A compound, often guarded"


def arrive(page: Any, path: str, heading: str) -> None:
    """Wait for the URL, then for the new page's own heading: with instant navigation the address
    changes before the new content is swapped in, so reading the page right away races the swap."""
    page.wait_for_url(f"**/{path}")
    expect(page.locator("article h1")).to_contain_text(heading, timeout=10_000)


def tooltip(page: Any) -> Any:
    return page.locator("#explainer-tip").filter(has_text=DEFINITION)


def test_a_glossary_term_shows_its_definition_on_hover_and_on_keyboard_focus(
    reader: Reader, site: Site
) -> None:
    page = reader.open(site.url(f"{DOSSIER}/"))
    term = page.locator(TERM).first
    term.hover()
    tooltip(page).wait_for(state="visible", timeout=10_000)
    assert tooltip(page).inner_text().startswith("scam centre: A compound")

    # Text at least 14 px; it stays while the pointer moves onto it; Escape dismisses it.
    size = tooltip(page).evaluate("t => parseFloat(getComputedStyle(t).fontSize)")
    assert size >= 14
    tooltip(page).hover()
    page.wait_for_timeout(500)
    assert tooltip(page).is_visible()
    page.keyboard.press("Escape")
    tooltip(page).wait_for(state="hidden", timeout=10_000)

    page.mouse.move(0, 0)
    term.focus()
    tooltip(page).wait_for(state="visible", timeout=10_000)
    page.keyboard.press("Escape")
    tooltip(page).wait_for(state="hidden", timeout=10_000)
    # The definition is announced too: the link is described by it.
    described = term.get_attribute("aria-describedby")
    assert described and DEFINITION in (page.locator(f"#{described}").text_content() or "")


def test_a_tap_shows_the_definition_on_a_touch_screen(phone_reader: Reader, site: Site) -> None:
    page = phone_reader.open(site.url(f"{DOSSIER}/"))
    term = page.locator(TERM).first
    term.scroll_into_view_if_needed()
    term.tap()
    tooltip(page).wait_for(state="visible", timeout=10_000)
    assert page.url.endswith(f"{DOSSIER}/")  # the first tap shows, it does not follow the link
    box = tooltip(page).bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375


def test_the_relationship_diagrams_are_svg_with_every_actor_and_a_table_for_screen_readers(
    reader: Reader, site: Site
) -> None:
    page = reader.open(site.url(f"{DOSSIER}/relationships/"))
    views = page.locator("div.explainer-graph svg")
    assert views.count() >= 2  # one view per group of actors, each fitting a phone's column
    svg = views.first
    drawn = page.locator("div.explainer-graph svg text.explainer-graph__actor-text").evaluate_all(ACTOR_NAMES)
    # Each row of a diagram reads as a sentence, so a name has its "the" there: "the Arakan Army".
    labels = set(drawn) | {name.removeprefix("the ").removeprefix("The ") for name in drawn}
    rows = page.locator("article table tbody tr")
    assert rows.count() >= 10
    named = set()
    for row in rows.all():
        # The names, linked: a name that needs one has "the" before its link ("The [Arakan Army]").
        cells = row.locator("td")
        named.update(
            {cells.nth(0).locator("a").inner_text().strip(), cells.nth(2).locator("a").inner_text().strip()}
        )
    assert named and named <= labels, named - labels
    # The SVG itself has a title and a description that say the list is on the page.
    title, description = (svg.get_attribute("aria-labelledby") or "").split()
    assert (page.locator(f"div.explainer-graph #{title}").text_content() or "").startswith(
        "Ties between those in the story: around "
    )
    assert "listed as text" in (page.locator(f"div.explainer-graph #{description}").text_content() or "")
    # No script draws it: the page loads none beyond the theme's bundle, the site's tooltips and the
    # search button (which fetches the search index only when a reader opens it).
    scripts = page.evaluate("() => [...document.scripts].map(s => s.src).filter(Boolean)")
    ours = ("/explainer/explainer.js", "/explainer/search.js")
    theirs = [s for s in scripts if "/assets/javascripts/" not in s and not s.endswith(ours)]
    assert theirs == [], scripts
    headers = page.locator("article table thead th").all_inner_texts()
    assert headers == ["From", "Relation", "To", "Note", "Source"]


def test_an_actor_page_draws_its_own_relationships(reader: Reader, site: Site) -> None:
    page = reader.open(site.url(f"{DOSSIER}/actors/ming-xuechang/"))
    labels = page.locator("div.explainer-graph text.explainer-graph__actor-text").evaluate_all(ACTOR_NAMES)
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
    card = page.locator(f'article .explainer-card h2 a[href*="{DOSSIER}/"]').first
    title = card.inner_text()
    card.click()
    arrive(page, f"{DOSSIER}/", title)
    page.locator(TERM).first.hover()
    tooltip(page).wait_for(state="visible", timeout=10_000)
    page.locator("nav.md-nav--primary a", has_text="Relationships").first.click()
    arrive(page, f"{DOSSIER}/relationships/", "Relationships")
    page.locator("div.explainer-graph svg").first.wait_for()
    page.locator("article table a", has_text="Ming Xuechang").first.click()
    arrive(page, f"{DOSSIER}/actors/ming-xuechang/", "Ming Xuechang")
    page.locator("div.explainer-graph svg").first.wait_for()
    page.go_back()
    arrive(page, f"{DOSSIER}/relationships/", "Relationships")
    page.locator("div.explainer-graph svg").first.wait_for()
    # Instant navigation keeps the document (and this flag); without it every link loads a page.
    assert page.evaluate("() => window.sameDocument === true") == (name == "instant")


def test_the_site_loads_everything_from_itself(reader: Reader, site: Site) -> None:
    """Fonts, scripts, styles and the search index: every request goes to the site itself."""
    page = reader.new_page()
    loaded: list[str] = []
    page.on("requestfinished", lambda request: loaded.append(request.url))
    reader.open(site.url(f"{DOSSIER}/relationships/"), page)
    assert not any("/pagefind/" in url for url in loaded)  # search loads when a reader opens it
    page.locator("button.explainer-search").click()
    page.locator(".pagefind-ui__search-input").fill("Kokang")
    page.locator(".pagefind-ui__result-link").first.wait_for()
    page.wait_for_load_state("networkidle")
    assert not [url for url in loaded if "mermaid" in url]
    assert any(url.endswith("/pagefind/pagefind-ui.js") for url in loaded)
    assert all(url.startswith(site.base) for url in loaded), loaded
    fonts = page.evaluate("() => [...document.fonts].map(f => f.family)")
    assert fonts == []  # system fonts only: nothing to fetch


# An event of a timeline (its heading to the next) or a claim (its words and the list under them).
ENTRY = re.compile(r'(?=<h[23] )|(?=<p class="explainer-claim")')
ACTOR_HREF = re.compile(r'<a href="([^"#]*/actors/[^"#]+/)"')


def test_an_event_or_a_claim_links_each_actor_once(site: Site) -> None:
    """An event's description linked China, and the "Who" line under it linked China again (12
    links to one page on one timeline): after the first, a name is plain text."""
    pages = sorted(site.root.glob("*/timeline/index.html")) + sorted(site.root.glob("*/claims/index.html"))
    assert len(pages) >= 6
    for path in pages:
        html = path.read_text("utf-8")
        article = html[html.index("<article") : html.index("</article>")]
        for entry in ENTRY.split(article):
            targets = ACTOR_HREF.findall(entry)
            repeated = sorted({t for t in targets if targets.count(t) > 1})
            assert repeated == [], (path, entry[:200])


H2 = re.compile(r"<h2 id=\"([^\"]+)\"")
HREF = re.compile(r'<a href="([^"]+)"')


def test_a_timeline_ends_with_where_things_stand_linked_to_the_overview(site: Site) -> None:
    """A timeline stopped at its last event, leaving the reader who asks "and now?" nowhere: it
    ends with what is still in doubt and what may happen next, each link landing on the overview's
    section or key question that tells more."""
    timelines = sorted(site.root.glob("*/timeline/index.html"))
    assert len(timelines) >= 3
    for path in timelines:
        html = path.read_text("utf-8")
        article = html[html.index("<article") : html.index("</article>")]
        assert H2.findall(article)[-1] == "where-things-stand", path
        end = article[article.index('<h2 id="where-things-stand"') :]
        assert "<strong>Still in doubt:</strong>" in end, path
        overview = (path.parent.parent / "index.html").read_text("utf-8")
        to_overview = [h for h in HREF.findall(end) if h.startswith("../#")]
        assert "../#what-is-not-known" in to_overview, path
        for link in to_overview:
            assert f'id="{link[4:]}"' in overview, (path, link)


STILL_IN_DOUBT = re.compile(r"<p><strong>Still in doubt:</strong>(.*?)</p>", re.S)


def test_what_else_is_in_doubt_is_labelled_not_a_fragment(site: Site) -> None:
    """ "Also differing figures for X and two claims only one side makes." had no verb: the rest
    of the doubts, after the main one, follow a label, on the overview and at the timeline's end."""
    pages = sorted(site.root.glob("*/index.html")) + sorted(site.root.glob("*/timeline/index.html"))
    lines = [line for path in pages for line in STILL_IN_DOUBT.findall(path.read_text("utf-8"))]
    assert len(lines) >= 6
    also = [line for line in lines if " Also " in line]
    assert also, lines
    assert all(" Also in doubt: " in line for line in also), also


KEY_FIGURES_LINE = re.compile(r'<li>[^\n]*?<a href="#key-figures">[^<]*key figures above</a>(.*?)</li>')
CARD_FIGURE = re.compile(r'<div class="admonition explainer-figure">\s*<p><a href="(numbers/#[^"]+)"')


def test_the_key_figures_one_side_gives_are_named_under_what_is_not_known(site: Site) -> None:
    """ "Only the ministry gives two of the key figures above" sent a reader who came from the
    summary's "What is not known" link, past the cards, back up to guess which: the line names each
    by its value, linked to the same figure its card links."""
    seen = 0
    for path in sorted(site.root.glob("*/index.html")):
        html = path.read_text("utf-8")
        cards = set(CARD_FIGURE.findall(html))
        for line in KEY_FIGURES_LINE.findall(html):
            named = re.findall(r'<a href="(numbers/#[^"]+)"', line)
            assert named and set(named) <= cards, (path, line)
            seen += 1
    assert seen >= 3
