"""Pages built from a site: golden Markdown, navigation, citations, dates and hostile text.

Golden files live in tests/golden/<site>/; regenerate them with `pytest --update-goldens` and read the diff.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from pathlib import Path

import goldens
import markdown
import pytest
from selectolax.lexbor import LexborHTMLParser

from generator.checking.loader import load_site
from generator.errors import OutputError
from generator.format.dossier import Dossier, Site
from generator.format.model import Actor, Citation, Event, Meta, Number, Paragraph, Relationship, Source, Term
from generator.site.diagram import star_graph
from generator.site.pages import Pages, build_pages

HERE = Path(__file__).parent
SITES = HERE / "fixtures" / "sites"
SUEZ = HERE / "fixtures" / "dossiers" / "suez-canal-blockage"
EXTENSIONS = ["abbr", "admonition", "attr_list", "footnotes", "tables", "toc", "pymdownx.superfences"]


@pytest.fixture(scope="module")
def basic() -> Pages:
    return build_pages(load_site(SITES / "basic" / "content").raise_for_problems())


@pytest.fixture(scope="module")
def multi(tmp_path_factory: pytest.TempPathFactory) -> Pages:
    content = tmp_path_factory.mktemp("multi")
    shutil.copytree(SITES / "basic" / "content" / "scam-handover", content / "scam-handover")
    shutil.copytree(SUEZ, content / "suez-canal-blockage")
    return build_pages(load_site(content).raise_for_problems())


def html(page_markdown: str) -> LexborHTMLParser:
    return LexborHTMLParser(markdown.Markdown(extensions=EXTENSIONS).convert(page_markdown))


@pytest.mark.parametrize("site", sorted(goldens.SITES))
def test_golden_files_cover_every_page(site: str) -> None:
    assert goldens.golden_paths(site) == sorted(page.path for page in goldens.pages(site).pages)


@pytest.mark.parametrize(
    ("site", "path"), [(site, path) for site in sorted(goldens.SITES) for path in goldens.golden_paths(site)]
)
def test_page_matches_its_golden_file(site: str, path: str) -> None:
    expected = (goldens.GOLDEN / site / path).read_text("utf-8")
    assert goldens.pages(site).by_path()[path].markdown == expected


def test_building_twice_gives_the_same_pages() -> None:
    first = build_pages(load_site(SITES / "basic" / "content").raise_for_problems())
    second = build_pages(load_site(SITES / "basic" / "content").raise_for_problems())
    assert first == second


def test_navigation_holds_sections_but_not_actor_pages(basic: Pages) -> None:
    (home, dossier) = basic.nav
    assert (home.title, home.path) == ("Home", "index.md")
    assert [(c.title, c.path) for c in dossier.children] == [
        ("Overview", "scam-handover/index.md"),
        ("Who's who", "scam-handover/actors/index.md"),
        ("By the numbers", "scam-handover/numbers.md"),
        ("Glossary", "scam-handover/glossary.md"),
        ("Timeline", "scam-handover/timeline.md"),
        ("Who says what", "scam-handover/claims.md"),
        ("Relationships", "scam-handover/relationships.md"),
        ("Sources", "scam-handover/sources.md"),
    ]
    actor_pages = [p for p in basic.pages if "/actors/" in p.path and not p.path.endswith("index.md")]
    assert len(actor_pages) == 5
    assert not any(p.in_nav for p in actor_pages)


def test_the_actors_index_links_every_actor_page(basic: Pages) -> None:
    pages = basic.by_path()
    links = {a.attributes["href"] for a in html(pages["scam-handover/actors/index.md"].markdown).css("a")}
    actor_pages = {p.path.split("/")[-1] for p in basic.pages if "/actors/" in p.path}
    # Every actor's page, and the story's overview that the line under the title names.
    assert links == actor_pages - {"index.md"} | {"../index.md"}


def test_several_dossiers_get_a_section_each_and_one_hub(multi: Pages) -> None:
    assert [item.title for item in multi.nav] == [
        "Home",
        "Myanmar hands over scam suspects",
        "The Ever Given blocks the Suez Canal",
        "People, organisations and places",
        "Figures across stories",
    ]
    hub = html(multi.by_path()["index.md"].markdown)
    cards = hub.css("div.admonition.explainer-card")
    # Newest first: the Suez dossier was published in 2026, the scam handover in 2024.
    assert [c.css_first("h2 a").attributes["href"] for c in cards] == [
        "suez-canal-blockage/index.md",
        "scam-handover/index.md",
    ]
    # Each card shows the summary, the dates and the key figure with its citation.
    second = cards[1].text()
    assert "31,000 telecom fraud suspects" in second and "Published 15 January 2024" in second
    assert cards[1].css_first("sup a.footnote-ref") is not None


def test_every_fact_carries_a_citation_that_leads_to_the_sources_page(basic: Pages) -> None:
    for page in basic.pages:
        # The index A to Z lists names: the facts are on the pages it links to.
        if page.path.endswith(("sources.md", "actors/index.md")) or page.path in ("index.md", "a-z.md"):
            continue
        tree = html(page.markdown)
        notes = tree.css("div.footnote li")
        assert notes, page.path
        for note in notes:
            assert any("sources.md#" in (a.attributes["href"] or "") for a in note.css("a")), page.path


def test_each_figure_and_its_conflicting_figure_are_shown_side_by_side(basic: Pages) -> None:
    tree = html(basic.by_path()["scam-handover/numbers.md"].markdown)
    # The words only a phone shows ("as of"), where the header is hidden, are not the cells' values.
    assert [label.text() for label in tree.css("tbody tr:first-child .explainer-cell-label")] == [
        "according to ",
        "as of ",
        "over ",
    ]
    assert [label.text() for label in tree.css("tbody tr:last-child .explainer-cell-label")][1:] == [
        "date ",
        "period ",
    ]
    for label in tree.css(".explainer-cell-label"):
        label.decompose()
    for marker in tree.css("sup"):
        marker.decompose()
    rows = [[td.text(strip=True) for td in tr.css("td")] for tr in tree.css("tbody tr")]
    assert [row[:3] for row in rows] == [
        ["31,000 people", "Ministry of Public Security", "November 2023"],
        ["more than 30,000 people", "Three Brotherhood Alliance", "not given"],
    ]
    # The row is the figure's place: the anchor other pages link to is in it, not on a second entry.
    assert tree.css_first("tbody tr:last-child span#suspects-other-estimate") is not None
    assert tree.css_first("h3#suspects-other-estimate") is None


def test_dates_are_shown_as_precisely_as_they_are_known(basic: Pages) -> None:
    timeline = basic.by_path()["scam-handover/timeline.md"].markdown
    assert "### September 2023: Joint crackdown begins" in timeline
    assert "1 September 2023" not in timeline
    assert "### around 2009: Earlier clashes in Kokang" in timeline
    assert "### 27 October 2023: Operation 1027 launched" in timeline


def test_relationships_are_listed_in_both_directions(basic: Pages) -> None:
    kokang = basic.by_path()["scam-handover/actors/kokang.md"].markdown
    assert "- Kokang hosts the operations of the [Ming family network](ming-family-network.md)" in kokang
    assert (
        "- Kokang was attacked by the [Three Brotherhood Alliance](three-brotherhood-alliance.md)" in kokang
    )


def test_an_actor_of_one_or_two_ties_says_them_without_drawing_them_again(basic: Pages) -> None:
    """A diagram of two ties, just above the two sentences that say them, showed them twice; past
    that many (as on the relationships page) a diagram gives the shape at a glance."""
    pages = basic.by_path()
    kokang = pages["scam-handover/actors/kokang.md"].markdown
    relationships = kokang[kokang.index("## Relationships") : kokang.index("## Events")]
    assert "<svg" not in relationships and 'class="explainer-graph"' not in relationships
    assert relationships.count("\n- Kokang ") == 2
    court = {p.path: p.markdown for p in build_pages(load_site(SUEZ.parent).raise_for_problems()).pages}
    drawn = [path for path, page in court.items() if "/actors/" in path and 'class="explainer-graph"' in page]
    assert "purdue-sackler-ruling/actors/purdue-pharma.md" in drawn
    for path in drawn:
        assert len(html(court[path]).css("div.explainer-graph path[marker-end]")) > 2, path
    # The authority's one tie is said, not drawn.
    assert "suez-canal-blockage/actors/suez-canal-authority.md" not in drawn
    assert "employs [Royal Boskalis]" in court["suez-canal-blockage/actors/suez-canal-authority.md"]


def test_the_relationship_graph_is_static_svg_and_the_table_repeats_it(basic: Pages) -> None:
    tree = html(basic.by_path()["scam-handover/relationships.md"].markdown)
    views = tree.css("div.explainer-graph")
    graph = views[0]
    assert graph.attributes["tabindex"] == "0" and "data-search-exclude" in graph.attributes
    svg = graph.css_first("svg")
    assert svg.attributes["role"] == "img"
    assert svg.attributes["aria-labelledby"] == "graph-1-title graph-1-desc"
    assert (graph.css_first("title#graph-1-title").text()).startswith(
        "Ties between those in the story: around "
    )
    # One view per most-connected actor, until every relationship is drawn once at least.
    actors = [t.text(separator=" ") for v in views for t in v.css("text.explainer-graph__actor-text")]
    labels = [t.text(separator=" ") for v in views for t in v.css("text.explainer-graph__label-text")]
    assert "Ming Xuechang" in actors and "the Ming family network" in actors
    # Each view reads from its actor: "is led by" from the network's side.
    assert "is led by" in labels
    assert len(tree.css("tbody tr")) == 3 <= len(labels)
    assert len(labels) == sum(len(v.css("path[marker-end]")) for v in views)
    # Every view fits a phone's column: no cue to scroll is needed.
    assert all(float(v.css_first("svg").attributes["width"] or 0) <= 343 for v in views)
    assert tree.css("p.explainer-graph__cue") == []


def test_the_graph_is_the_same_bytes_on_every_build(tmp_path: Path) -> None:
    """Layout and numbers do not depend on hashing or on the order of a set."""
    import subprocess
    import sys

    script = (
        "from generator.checking.loader import load_site; from generator.site.pages import build_pages; "
        f"import sys; pages = build_pages(load_site(__import__('pathlib').Path({str(SITES / 'basic' / 'content')!r}))"
        ".raise_for_problems()).by_path(); sys.stdout.write(pages['scam-handover/relationships.md'].markdown)"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1 and "<svg" in outputs.pop()


def test_sources_list_the_facts_that_cite_them(basic: Pages) -> None:
    tree = html(basic.by_path()["scam-handover/sources.md"].markdown)
    usip = tree.css_first("h2#usip-2023")
    assert usip is not None
    cited = {a.attributes["href"] for a in tree.css("a") if a.text().startswith("Three Brotherhood Alliance")}
    assert "actors/three-brotherhood-alliance.md" in cited


# -- hostile text that the validator would refuse still cannot reach a page ------------------------

EVIL = "<script>alert(1)</script><img src=x onerror=alert(1)> [x](javascript:alert(1)) {: onclick=alert(1) }"


def hostile_site(tmp_path: Path) -> Site:
    cite = (Citation(source="s", evidence=EVIL),)
    source = Source(
        id="s", title=EVIL, publisher=EVIL, url="https://example.org/a`b|c", language='en" onx="1'
    )
    evil = Actor(id="evil", name=EVIL, kind="person", aliases=[EVIL], description=EVIL, cite=cite)
    good = Actor(id="good", name="Good", kind="place", description=f"Near {EVIL}", cite=cite)
    dossier = Dossier(
        folder=tmp_path,
        meta=Meta(
            title=EVIL,
            slug="evil",
            summary=EVIL,
            language="en",
            published=dt.date(2024, 1, 1),
            last_reviewed=dt.date(2024, 1, 1),
            licence=EVIL,
            key_figure="n",
            story=[Paragraph(text=EVIL, cite=cite)],
        ),
        sources=(source,),
        actors=(evil, good),
        numbers=(Number(id="n", value=1, unit=EVIL, counts=EVIL, note=EVIL, stated_by=["evil"], cite=cite),),
        terms=(Term(id="t", term="Good", definition=EVIL, aliases=[EVIL], cite=cite),),
        events=(Event(id="e", date="2023", title=EVIL, description=EVIL, actors=["evil"], cite=cite),),
        relationships=(
            Relationship(subject="evil", predicate="controls", object="good", note=EVIL, cite=cite),
        ),
    )
    return Site(tmp_path, (dossier,))


def test_no_html_from_the_content_reaches_any_page(tmp_path: Path) -> None:
    pages = build_pages(hostile_site(tmp_path))
    for page in pages.pages:
        tree = html(page.markdown)
        assert not tree.css("script, img, iframe"), page.path
        for node in tree.root.traverse():
            attributes = node.attributes or {}
            assert not [name for name in attributes if name.startswith("on")], page.path
            assert not (attributes.get("href") or "").startswith("javascript"), page.path
            assert '"' not in (attributes.get("lang") or ""), page.path
    # The text is still shown, literally.
    overview = html(pages.by_path()["evil/index.md"].markdown)
    assert overview.css_first("h1").text(strip=True) == EVIL


def test_hostile_names_are_only_text_in_the_svg(tmp_path: Path) -> None:
    pages = build_pages(hostile_site(tmp_path)).by_path()
    # A story of one tie says it in a sentence (no diagram): the name is text there too.
    tie = html(pages["evil/relationships.md"].markdown).css_first("article li, li")
    assert tie is not None and {node.tag for node in tie.traverse(include_text=False)} <= {
        "li",
        "span",
        "a",
        "sup",
    }
    assert " ".join(EVIL.split()) in " ".join(tie.text().split())
    # An actor's page draws no diagram of one tie either: the diagram its page would draw of more.
    assert 'class="explainer-graph"' not in pages["evil/actors/evil.md"].markdown
    evil, good = hostile_site(tmp_path).dossiers[0].actors
    drawn = star_graph(evil, [(good, EVIL), (good, "controls"), (good, "is near")], key="graph", title=EVIL)
    svg = html(drawn).css_first("div.explainer-graph svg")
    tags = {node.tag for node in svg.traverse(include_text=False)}
    assert tags <= {"svg", "title", "desc", "defs", "marker", "path", "g", "rect", "text", "tspan"}
    names = [t.text(separator=" ") for t in svg.css("text.explainer-graph__actor-text")]
    assert " ".join(EVIL.split()) in names


def test_the_home_page_links_the_sites_indexes_it_has(basic: Pages, multi: Pages) -> None:
    """A reader with no story in mind finds the indexes on the home page itself: on a phone the menu
    is closed, and with script on only the home page links the index A to Z."""
    court = build_pages(load_site(SUEZ.parent).raise_for_problems()).by_path()
    home = court["index.md"].markdown
    browse = (
        "**Browse:** [People, organisations and places](people.md) · [Figures across stories](quantities.md)"
        " · [Index A to Z](a-z.md)\n"
    )
    assert browse in home
    # After the topics, before the first story.
    assert home.index("**Topics:**") < home.index(browse) < home.index("explainer-card")
    # Two stories that report no quantity in common: no figures across stories to browse.
    assert "**Browse:** [People, organisations and places](people.md) · [Index A to Z](a-z.md)\n" in (
        multi.by_path()["index.md"].markdown
    )
    # One story: no index across stories; the index A to Z still.
    assert "**Browse:** [Index A to Z](a-z.md)\n" in basic.by_path()["index.md"].markdown
    # Every page linked is a page of the site; a topic's page, which is not the home, has no line.
    for page in ("people.md", "quantities.md", "a-z.md"):
        assert page in court
    assert "**Browse:**" not in court["topic/courts.md"].markdown


def test_without_the_hub_a_hand_written_home_page_stays_the_home(tmp_path: Path) -> None:
    pages = build_pages(load_site(SITES / "basic" / "content").raise_for_problems(), hub=False)
    assert "index.md" not in pages.by_path()
    assert [item.title for item in pages.nav] == ["Myanmar hands over scam suspects"]


def _publication(content: Path, count: int) -> Site:
    """``count`` copies of the basic dossier, one day apart, every third one tagged `courts`."""
    for index in range(count):
        slug = f"story-{index:02d}"
        shutil.copytree(SITES / "basic" / "content" / "scam-handover", content / slug)
        meta = content / slug / "dossier.yaml"
        text = meta.read_text("utf-8").replace("slug: scam-handover", f"slug: {slug}")
        day = dt.date(2024, 3, 1) + dt.timedelta(days=index)
        text = re.sub(r"(?m)^(published|last_reviewed): .*$", rf"\1: {day}", text)
        text += "tags: [courts, crime]\n" if index % 3 == 0 else "tags: [crime]\n"
        meta.write_text(text + f'place: "Town {index} *north*"\n', "utf-8")
    return load_site(content).raise_for_problems()


def _cards(page_markdown: str) -> list[str]:
    return [c.css_first("h2 a").attributes["href"] for c in html(page_markdown).css("div.explainer-card")]


def test_the_hub_lists_stories_newest_first_in_pages_with_topics(tmp_path: Path) -> None:
    pages = build_pages(_publication(tmp_path, 45)).by_path()
    assert _cards(pages["index.md"].markdown) == [f"story-{i:02d}/index.md" for i in range(44, 24, -1)]
    assert _cards(pages["page/2.md"].markdown) == [f"../story-{i:02d}/index.md" for i in range(24, 4, -1)]
    assert _cards(pages["page/3.md"].markdown) == [f"../story-{i:02d}/index.md" for i in range(4, -1, -1)]
    assert "page/4.md" not in pages
    # Every page links the others; only the first one is in the navigation.
    second = html(pages["page/2.md"].markdown)
    assert [a.attributes["href"] for a in second.css("p.explainer-pager a")] == [
        "../index.md",
        "../index.md",
        "3.md",
        "3.md",
    ]
    assert [p.path for p in build_pages(_publication(tmp_path / "again", 2)).pages if p.in_nav][:1] == [
        "index.md"
    ]
    # A topic page lists its stories only, newest first; cards name the place (escaped) and topics.
    courts = pages["topic/courts.md"]
    assert _cards(courts.markdown) == [f"../story-{i:02d}/index.md" for i in range(42, -1, -3)]
    assert courts.title == "Explainers about courts" and not courts.in_nav
    assert _cards(pages["topic/crime/3.md"].markdown) == [
        f"../../story-{i:02d}/index.md" for i in range(4, -1, -1)
    ]
    first = html(pages["index.md"].markdown).css_first("div.explainer-card")
    assert "Town 44 *north*" in first.text() and first.css_first("em em") is None
    assert [a.attributes["href"] for a in first.css("a") if "topic/" in a.attributes["href"]] == [
        "topic/crime.md"
    ]
    # The topics line names a topic's own page in bold, not as a link to itself, on each of its pages.
    assert "\n**Topics:** [courts](topic/courts.md) · [crime](topic/crime.md)\n" in pages["index.md"].markdown
    assert "\n**Topics:** **courts** · [crime](crime.md)\n" in courts.markdown
    assert "\n**Topics:** [courts](../courts.md) · **crime**\n" in pages["topic/crime/3.md"].markdown


def test_a_dossier_cannot_take_the_path_of_the_hubs_listings(tmp_path: Path) -> None:
    shutil.copytree(SITES / "basic" / "content" / "scam-handover", tmp_path / "page")
    meta = tmp_path / "page" / "dossier.yaml"
    meta.write_text(meta.read_text("utf-8").replace("slug: scam-handover", "slug: page"), "utf-8")
    with pytest.raises(OutputError, match="'page' is taken by the home page's listings"):
        build_pages(load_site(tmp_path).raise_for_problems())
