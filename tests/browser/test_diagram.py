"""The relationship diagrams as a reader sees them: static SVG whose labels are legible without zoom.

At 1280 and 375 px, on the shipped dossier's full graph, on an actor page and on a generated graph of
60 actors and 150 relationships: every label renders at 12 CSS px or more, no two labels overlap,
every text stays inside its box, and a graph wider than the screen scrolls in its own box (the
page never scrolls sideways).
"""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import logging
import random
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from browsing import DESKTOP, DOSSIER, PHONE, ROOT, Site

from generator.checking.loader import LoadResult
from generator.format.dossier import Dossier
from generator.format.dossier import Site as Model
from generator.format.model import Actor, Citation, Meta, Paragraph, Relationship, Source
from generator.format.vocabulary import PREDICATES
from generator.plugin import fallback

pytestmark = pytest.mark.browser

# Per graph on the page: the smallest rendered font size of its texts, the pairs of text lines
# whose boxes overlap, the texts that spill out of their box, and its size against its scroll box.
MEASURE = """() => [...document.querySelectorAll('.explainer-graph')].map(box => {
    const svg = box.querySelector('svg');
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const texts = [...svg.querySelectorAll('text')];
    const sizes = texts.map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
    const lines = texts.flatMap((t, i) => [...t.querySelectorAll('tspan')].map(s => {
        const r = s.getBoundingClientRect();
        return {i, text: s.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom};
    }));
    const overlaps = [];
    for (let a = 0; a < lines.length; a++) {
        for (let b = a + 1; b < lines.length; b++) {
            const p = lines[a], q = lines[b];
            if (p.i !== q.i && p.left < q.right - 0.5 && q.left < p.right - 0.5
                && p.top < q.bottom - 0.5 && q.top < p.bottom - 0.5) overlaps.push(p.text + ' / ' + q.text);
        }
    }
    const spills = texts.filter(t => {
        const r = t.getBoundingClientRect(), b = t.previousElementSibling.getBoundingClientRect();
        return r.left < b.left || r.right > b.right || r.top < b.top || r.bottom > b.bottom;
    }).map(t => t.textContent);
    return {
        texts: texts.length, smallest: Math.min(...sizes), overlaps, spills,
        width: svg.getBoundingClientRect().width, visible: box.clientWidth, scrolls: box.scrollWidth,
        page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
    };
})"""

NAMES = [
    "Northern Alliance",
    "Ministry of Public Security",
    "Border Guard Force battalion",
    "Ko",
    "Provincial police",
    "United Wa State Army",
    "Kokang Special Region administration",
    "Ming family",
    "Investigative reporters",
    "Telecom operator",
]


def generated_site(content: Path, actors: int = 60, relationships: int = 150) -> Model:
    """A dossier of ``actors`` actors and ``relationships`` distinct relationships (seeded)."""
    chance = random.Random(60150)
    cite = (Citation(source="s", evidence="a phrase"),)
    people = [
        Actor(
            id=f"actor-{n:02d}",
            name=f"{NAMES[n % len(NAMES)]} {n}",
            kind="organisation",
            description="An actor.",
            cite=cite,
        )
        for n in range(actors)
    ]
    links: dict[str, Relationship] = {}
    predicates = sorted(PREDICATES)
    while len(links) < relationships:
        # Every actor takes part at least once (the first ``actors`` links start at each in turn),
        # so the graph really has ``actors`` actors whatever the vocabulary holds.
        a, b = chance.sample(range(actors), 2)
        if len(links) < actors:
            a, b = len(links), chance.choice([n for n in range(actors) if n != len(links)])
        link = Relationship(
            subject=people[a].id, predicate=chance.choice(predicates), object=people[b].id, cite=cite
        )
        links.setdefault(link.id, link)
    meta = Meta(
        title="A generated graph",
        slug="generated",
        summary="Sixty actors and 150 relationships.",
        language="en",
        published=dt.date(2024, 1, 1),
        last_reviewed=dt.date(2024, 1, 1),
        licence="CC BY 4.0",
        story=[Paragraph(text="Sixty actors.", cite=cite)],
    )
    source = Source(id="s", title="A source", url="https://example.org/a")
    dossier = Dossier(
        folder=content / "generated",
        meta=meta,
        sources=(source,),
        actors=tuple(people),
        relationships=tuple(links.values()),
    )
    return Model(content, (dossier,))


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The generated dossier built by MkDocs with the real plugin, served on 127.0.0.1."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    project = tmp_path_factory.mktemp("generated")
    (project / "docs").mkdir()
    shutil.copyfile(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    model = generated_site(project / "content")
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site"))
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    with mock.patch.object(fallback, "load_site", lambda _content: LoadResult(model, ())):
        build(config)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(project / "site"))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def measure(browser: Any, url: str, viewport: dict[str, int]) -> list[dict[str, Any]]:
    context = browser.new_context(viewport=viewport, is_mobile=viewport == PHONE, has_touch=viewport == PHONE)
    try:
        page = context.new_page()
        page.goto(url, wait_until="load")
        return list(page.evaluate(MEASURE))
    finally:
        context.close()


def assert_legible(graphs: list[dict[str, Any]], texts: int) -> None:
    assert graphs, "no diagram on the page"
    assert sum(graph["texts"] for graph in graphs) >= texts
    for graph in graphs:
        assert graph["smallest"] >= 12, graph["smallest"]
        assert graph["overlaps"] == []
        assert graph["spills"] == []
        # Wider than its box, the graph scrolls inside it; the page itself never does.
        assert graph["scrolls"] >= graph["width"] - 1 or graph["visible"] >= graph["width"]
        assert graph["page"][0] <= graph["page"][1]


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "375"])
@pytest.mark.parametrize("path", ["relationships/", "actors/myanmar-rebels/"])
def test_the_shipped_graphs_are_legible(
    browser: Any, site: Site, viewport: dict[str, int], path: str
) -> None:
    graphs = measure(browser, site.url(f"{DOSSIER}/{path}"), viewport)
    assert_legible(graphs, texts=10)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "375"])
def test_a_graph_of_60_actors_and_150_relationships_is_legible(
    browser: Any, generated: str, viewport: dict[str, int]
) -> None:
    graphs = measure(browser, f"{generated}/generated/relationships/", viewport)
    assert_legible(graphs, texts=60 + 150)


def test_the_busiest_generated_actor_page_is_legible(browser: Any, generated: str) -> None:
    graphs = measure(browser, f"{generated}/generated/actors/actor-00/", PHONE)
    assert_legible(graphs, texts=3)
