"""The relationship diagrams as a reader sees them: static SVG whose labels are legible without zoom.

At 1280, 390 and 375 px, on the shipped stories, on the fixture stories and on a generated graph of
60 actors and 150 relationships: every label renders at 12 CSS px or more, no two labels overlap,
every text stays inside its box and on the screen (no clipped label), a diagram that scrolls
sideways shows a visible line saying so (the page itself never scrolls sideways), and at most 30%
of a diagram is empty. Every text has AA contrast (4.5:1) with its box.
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

import profiles
import pytest
from browsing import DESKTOP, DOSSIER, PHONE, ROOT, QuietServer, Site

from generator.checking.loader import LoadResult
from generator.format.dossier import Dossier
from generator.format.dossier import Site as Model
from generator.format.model import Actor, Citation, Meta, Paragraph, Relationship, Source
from generator.format.vocabulary import PREDICATES
from generator.plugin import fallback
from generator.site.story import TIES_IN_SENTENCES

pytestmark = pytest.mark.browser

# Per graph on the page: the smallest rendered font size of its texts, the pairs of text lines
# whose boxes overlap, the texts that spill out of their box, and its size against its scroll box.
MEASURE = r"""() => [...document.querySelectorAll('.explainer-graph')].map(box => {
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
    // Texts cut off: outside the screen, or outside the diagram's own box when it does not scroll.
    const frame = box.getBoundingClientRect();
    const screen = document.documentElement.clientWidth;
    const scrolls = box.scrollWidth > box.clientWidth + 1;
    const clipped = lines.filter(l => l.left < 0 || l.right > screen + 0.5
        || (!scrolls && (l.left < frame.left - 0.5 || l.right > frame.right + 0.5))).map(l => l.text);
    const cue = box.querySelector('.explainer-graph__cue');
    // Empty area: the drawing cut into strips 20 units high; in each, the span from its leftmost to
    // its rightmost shape is drawn, the rest of the strip is empty.
    const view = svg.viewBox.baseVal, strip = 20;
    const shapes = [...svg.querySelectorAll('rect, path:not(marker path)')].map(e => e.getBBox());
    let drawn = 0;
    for (let top = 0; top < view.height; top += strip) {
        const bottom = Math.min(top + strip, view.height);
        const here = shapes.filter(b => b.y < bottom && b.y + b.height > top);
        if (here.length) drawn += (Math.max(...here.map(b => b.x + b.width))
            - Math.min(...here.map(b => b.x))) * (bottom - top);
    }
    // Contrast of each text with its box (the box's fill laid over the page's background): axe
    // cannot tell the background of SVG text, so it is worked out here (WCAG 2 relative luminance).
    const rgba = c => (c.match(/[\d.]+/g) || []).map(Number);
    const over = (top, under) => {
        const a = top.length > 3 ? top[3] : 1;
        return [0, 1, 2].map(i => top[i] * a + under[i] * (1 - a));
    };
    const luminance = c => {
        const [r, g, b] = c.map(v => v / 255).map(v => v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const page = rgba(getComputedStyle(document.body).backgroundColor);
    const ground = page.length > 3 && page[3] === 0 ? [255, 255, 255] : page.slice(0, 3);
    const contrasts = texts.map(t => {
        const fill = over(rgba(getComputedStyle(t.previousElementSibling).fill), ground);
        const ink = over(rgba(getComputedStyle(t).fill), fill);
        const [hi, lo] = [luminance(ink), luminance(fill)].sort((x, y) => y - x);
        return (hi + 0.05) / (lo + 0.05);
    });
    return {
        texts: texts.length, smallest: Math.min(...sizes), overlaps, spills, clipped,
        contrast: Math.min(...contrasts),
        empty: 1 - drawn / (view.width * view.height), scrolls,
        cue: !!cue && cue.offsetParent !== null && cue.getBoundingClientRect().height > 0,
        width: svg.getBoundingClientRect().width, visible: box.clientWidth,
        page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
    };
})"""

WIDTHS = {"1280": DESKTOP, "390": {"width": 390, "height": 844}, "375": PHONE}
FIXTURES = ROOT / "tests" / "fixtures" / "dossiers"

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


def built(project: Path, model: Model | None) -> Iterator[str]:
    """A site built by MkDocs with the real plugin (from ``model`` or from the project's content),
    served on 127.0.0.1."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site"))
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    if model is None:
        build(config)
    else:
        with mock.patch.object(fallback, "load_site", lambda _content, **_: LoadResult(model, ())):
            build(config)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(project / "site"))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    server = QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The generated dossier, built and served."""
    project = tmp_path_factory.mktemp("generated")
    (project / "docs").mkdir()
    shutil.copyfile(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    yield from built(project, generated_site(project / "content"))


@pytest.fixture(scope="module")
def fixtures(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The fixture stories (topics the shipped ones do not cover), built and served."""
    project = tmp_path_factory.mktemp("fixtures")
    (project / "docs").mkdir()
    text = (ROOT / "mkdocs.yml").read_text("utf-8")
    assert text.count("content_dir: content\n") == 1
    (project / "mkdocs.yml").write_text(text.replace("content_dir: content\n", f"content_dir: {FIXTURES}\n"))
    yield from built(project, None)


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
        assert graph["clipped"] == []
        # A diagram that scrolls sideways in its box says so; the page itself never scrolls sideways.
        assert graph["cue"] or not graph["scrolls"]
        assert graph["page"][0] <= graph["page"][1]
        assert graph["empty"] <= 0.30, graph["empty"]
        assert graph["contrast"] >= 4.5, graph["contrast"]


# A phone 390 px wide lies between the narrowest (375) and a desktop: checked under CI (profile
# `full`), and locally the two ends (tests/profiles.py).
WIDTHS_SWEPT = profiles.either(["1280", "390", "375"], ["1280", "375"])


@pytest.mark.parametrize("width", WIDTHS_SWEPT)
@pytest.mark.parametrize(
    "path",
    [
        f"{DOSSIER}/relationships/",
        f"{DOSSIER}/actors/myanmar-rebels/",
        f"{DOSSIER}/actors/ming-xuechang/",
        "the-fall-of-laukkai/relationships/",
        "the-fall-of-laukkai/actors/mndaa/",
    ],
)
def test_the_shipped_graphs_are_legible(browser: Any, site: Site, width: str, path: str) -> None:
    graphs = measure(browser, site.url(path), WIDTHS[width])
    assert_legible(graphs, texts=6)


def drawn(story: Path) -> bool:
    """A story whose relationships page draws them: one or two ties are sentences, not a diagram."""
    ties = story / "relationships.yaml"
    return ties.exists() and ties.read_text("utf-8").count("\n- ") > TIES_IN_SENTENCES


@pytest.mark.parametrize("width", ["1280", "390"])
@pytest.mark.parametrize(
    "story", sorted(p.name for p in FIXTURES.iterdir() if (p / "dossier.yaml").exists() and drawn(p))
)
def test_the_fixture_stories_graphs_are_legible(browser: Any, fixtures: str, width: str, story: str) -> None:
    graphs = measure(browser, f"{fixtures}/{story}/relationships/", WIDTHS[width])
    assert_legible(graphs, texts=3)


@pytest.mark.parametrize("width", WIDTHS_SWEPT)
def test_a_graph_of_60_actors_and_150_relationships_is_legible(
    browser: Any, generated: str, width: str
) -> None:
    graphs = measure(browser, f"{generated}/generated/relationships/", WIDTHS[width])
    assert_legible(graphs, texts=60 + 150)


@pytest.mark.parametrize("width", profiles.either(["390", "375"], ["375"]))
def test_the_busiest_generated_actor_page_is_legible(browser: Any, generated: str, width: str) -> None:
    graphs = measure(browser, f"{generated}/generated/actors/actor-00/", WIDTHS[width])
    assert_legible(graphs, texts=3)
