"""Relationship graphs drawn at build time as static, accessible SVG (no script on the page).

Each relationship becomes a small label box of its own between its two actors, so the layered
layout (grandalf's Sugiyama layout, in columns or in rows, whichever is narrower) keeps every label
clear of every other: boxes in one layer are pushed apart until none overlaps, and layers never
overlap. The SVG keeps its natural size (labels at 14 px); a graph wider than the screen scrolls
sideways in its own focusable box instead of shrinking its text.

Every text is XML-escaped; ids come from actor slugs and a caller-given key. Coordinates are
rounded and every iteration follows the input order, so the same input gives the same bytes.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from grandalf.graphs import Edge, Graph, Vertex
from grandalf.layouts import SugiyamaLayout

from generator.format.model import Actor, Relationship
from generator.format.vocabulary import Predicate
from generator.site.grammar import relation

# Above this many edges a diagram is no longer worth reading; the table remains.
MAX_EDGES = 150

FONT_SIZE = 14
LINE_HEIGHT = 18
PAD_X, PAD_Y = 8, 6
WRAP_WIDTH = 132  # the widest a line of text may grow before it wraps, in px
COLUMN_GAP = 36  # between columns (layers)
ROW_GAP = 14  # between boxes in one column
MARGIN = 4


@lru_cache(maxsize=4096)
def text_width(text: str) -> float:
    """A generous estimate of the width of ``text`` at FONT_SIZE in a sans-serif font.

    Without font metrics at build time, each character counts at the width of a wide glyph of its
    class, so the real text is never wider than its box.
    """
    width = 0.0
    for char in text:
        if unicodedata.east_asian_width(char) in "WF":
            width += 1.0
        elif char in "il.,:;'|!ftj()[] ":
            width += 0.36
        elif char in "mwMW@%":
            width += 0.95
        elif char.isupper() or char.isdigit():
            width += 0.72
        else:
            width += 0.6
    return width * FONT_SIZE


def wrap(text: str) -> list[str]:
    """Words greedily filled into lines of at most WRAP_WIDTH (a longer word keeps its own line)."""
    lines: list[str] = []
    for word in " ".join(text.split()).split(" "):
        if lines and text_width(f"{lines[-1]} {word}") <= WRAP_WIDTH:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


@dataclass
class Box:
    """A box of text: an actor or a relationship's label. Its position is the box's centre."""

    lines: list[str]
    kind: str  # "actor" or "label"
    x: float = 0.0
    y: float = 0.0
    width: float = field(init=False)
    height: float = field(init=False)

    def __post_init__(self) -> None:
        self.width = max(text_width(line) for line in self.lines) + 2 * PAD_X
        self.height = len(self.lines) * LINE_HEIGHT + 2 * PAD_Y


class _View:
    """What grandalf reads and writes on each vertex: its size and (after layout) its centre.

    grandalf lays layers out top to bottom; a graph drawn across (columns from left to right) is
    laid out turned a quarter, so grandalf's width is then the box's height.
    """

    def __init__(self, box: Box, across: bool) -> None:
        self.box = box
        self.w, self.h = (box.height, box.width) if across else (box.width, box.height)
        self.xy: tuple[float, float] = (0.0, 0.0)


class _EdgeView:
    def __init__(self) -> None:
        self.points: list[tuple[float, float]] = []

    def setpath(self, points: list[tuple[float, float]]) -> None:
        self.points = list(points)


Point = tuple[float, float]


def _layout(boxes: Sequence[Box], links: Sequence[tuple[int, int]], across: bool) -> list[list[Point]]:
    """Place ``boxes`` in layers and return each link's path between box centres.

    Separate parts of the graph are stacked top to bottom, each starting at the left edge.
    """
    vertices = [Vertex(index) for index in range(len(boxes))]
    for vertex, box in zip(vertices, boxes, strict=True):
        vertex.view = _View(box, across)
    edges = [Edge(vertices[a], vertices[b]) for a, b in links]
    for edge in edges:
        edge.view = _EdgeView()
    graph = Graph(vertices, edges)

    def ours(point: Point) -> Point:
        return (point[1], point[0]) if across else point

    top = 0.0
    for component in graph.C:
        sugiyama = SugiyamaLayout(component)
        sugiyama.xspace, sugiyama.yspace = (ROW_GAP, COLUMN_GAP) if across else (ROW_GAP * 2, COLUMN_GAP)
        roots = [v for v in component.sV if not v.e_in()]
        sugiyama.init_all(roots=roots or [component.sV[0]])
        sugiyama.draw(3)
        _separate(sugiyama)
        members = list(component.sV)
        for vertex in members:
            box = vertex.view.box
            box.x, box.y = ours(vertex.view.xy)
        left = min(v.view.box.x - v.view.box.width / 2 for v in members)
        high = min(v.view.box.y - v.view.box.height / 2 for v in members)
        for vertex in members:
            vertex.view.box.x -= left
            vertex.view.box.y += top - high
        for edge in component.sE:
            edge.view.points = [(x - left, y + top - high) for x, y in map(ours, edge.view.points)]
        top = max(v.view.box.y + v.view.box.height / 2 for v in members) + COLUMN_GAP
    return [edge.view.points for edge in edges]


def _separate(sugiyama: SugiyamaLayout) -> None:
    """Brandes-Köpf averages four placements, which can bring neighbours in a layer too close:
    sweep each layer in order and push every box clear of the one before it; then route again."""
    for layer in sugiyama.layers:
        previous = None
        for vertex in layer:
            x, y = vertex.view.xy
            if previous is not None:
                px = previous.view.xy[0]
                least = px + (previous.view.w + vertex.view.w) / 2 + sugiyama.xspace
                if x < least:
                    vertex.view.xy = (least, y)
            previous = vertex
    sugiyama.draw_edges()


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _text(box: Box) -> str:
    top = box.y - box.height / 2 + PAD_Y + LINE_HEIGHT / 2
    spans = "".join(
        f'<tspan x="{_number(box.x)}" y="{_number(top + i * LINE_HEIGHT)}">{html.escape(line)}</tspan>'
        for i, line in enumerate(box.lines)
    )
    return f'<text class="explainer-graph__{box.kind}-text">{spans}</text>'


def _rect(box: Box) -> str:
    return (
        f'<rect class="explainer-graph__{box.kind}" x="{_number(box.x - box.width / 2)}" '
        f'y="{_number(box.y - box.height / 2)}" width="{_number(box.width)}" '
        f'height="{_number(box.height)}" rx="{4 if box.kind == "actor" else 10}"/>'
    )


def _clip(points: list[Point], start: Box, end: Box, across: bool) -> list[Point]:
    """The path from the side of ``start`` to the side of ``end`` that faces its next bend."""
    first, last = points[1], points[-2]

    def side(box: Box, toward: Point) -> Point:
        if across:
            return (box.x + (box.width / 2 if toward[0] >= box.x else -box.width / 2), box.y)
        return (box.x, box.y + (box.height / 2 if toward[1] >= box.y else -box.height / 2))

    return [side(start, first), *points[1:-1], side(end, last)]


def _path(points: list[tuple[float, float]]) -> str:
    return "M" + " L".join(f"{_number(x)},{_number(y)}" for x, y in points)


def svg_graph(
    actors: Iterable[Actor],
    relationships: Iterable[Relationship],
    *,
    key: str,
    title: str = "Relationships between actors",
    vocabulary: Mapping[str, Predicate] | None = None,
) -> str:
    """Relationships between many actors, as a layered graph in a raw HTML block.

    ``key`` makes the ids of this figure unique on its page (a slug: letters, digits and '-');
    ``vocabulary`` is the dossier's, when it defines predicates of its own.
    """
    actor_list = list(actors)
    relationship_list = list(relationships)
    index = {actor.id: i for i, actor in enumerate(actor_list)}
    links: list[tuple[int, int]] = []
    labels: list[list[str]] = []
    for relationship in relationship_list:
        subject = actor_list[index[relationship.subject]]
        labels.append(wrap(relation(relationship.predicate, True, subject, vocabulary)))
        middle = len(actor_list) + len(labels) - 1
        links.append((index[relationship.subject], middle))
        links.append((middle, index[relationship.object]))

    def boxes() -> list[Box]:
        return [Box(wrap(a.name), "actor") for a in actor_list] + [Box(lines, "label") for lines in labels]

    # Drawn across (columns) or down (rows of layers), whichever is narrower: a reader scrolls down
    # easily, sideways less so.
    drawn = []
    for across in (True, False):
        placed = boxes()
        paths = _layout(placed, links, across)
        clipped = [_clip(paths[n], placed[a], placed[b], across) for n, (a, b) in enumerate(links)]
        drawn.append((max(box.x + box.width / 2 for box in placed), placed, clipped))
    _, placed, clipped = min(drawn, key=lambda found: found[0])
    arrows = [n % 2 == 1 for n in range(len(links))]
    description = f"{_count(len(actor_list), 'actor')} and {_count(len(relationship_list), 'relationship')}"
    return _figure(placed, clipped, arrows, key=key, title=title, description=description)


def star_graph(actor: Actor, edges: Sequence[tuple[Actor, str]], *, key: str, title: str) -> str:
    """One actor's relationships as a star that reads from left to right like the list beside it:
    the actor, then each relation ("is a leader of"), then the other actor; an actor related in
    several ways appears once, beside all its relations. ``edges``: (other actor, verb phrase)."""
    others: dict[str, tuple[Actor, list[str]]] = {}
    for other, phrase in edges:
        others.setdefault(other.id, (other, []))[1].append(phrase)
    center = Box(wrap(actor.name), "actor")
    rows: list[tuple[Box, list[Box]]] = [
        (Box(wrap(other.name), "actor"), [Box(wrap(phrase), "label") for phrase in phrases])
        for other, phrases in others.values()
    ]
    label_width = max(box.width for _, labels in rows for box in labels)
    label_x = center.width + COLUMN_GAP + label_width / 2
    other_left = center.width + 2 * COLUMN_GAP + label_width
    top = 0.0
    for other_box, labels in rows:
        block = sum(box.height for box in labels) + ROW_GAP * (len(labels) - 1)
        block = max(block, other_box.height)
        y = top + (block - sum(box.height for box in labels) - ROW_GAP * (len(labels) - 1)) / 2
        for box in labels:
            box.x, box.y = label_x, y + box.height / 2
            y += box.height + ROW_GAP
        other_box.x, other_box.y = other_left + other_box.width / 2, top + block / 2
        top += block + ROW_GAP * 2
    center.x, center.y = center.width / 2, max((top - ROW_GAP * 2) / 2, center.height / 2)
    boxes = [center]
    paths: list[list[Point]] = []
    arrows: list[bool] = []
    for other_box, labels in rows:
        boxes.append(other_box)
        for box in labels:
            boxes.append(box)
            paths.append([(center.x + center.width / 2, center.y), (box.x - box.width / 2, box.y)])
            paths.append([(box.x + box.width / 2, box.y), (other_box.x - other_box.width / 2, other_box.y)])
            arrows.extend([False, True])
    description = (
        f"{actor.name} and {_count(len(rows), 'related actor')}, in {_count(len(edges), 'relationship')}"
    )
    return _figure(boxes, paths, arrows, key=key, title=title, description=description)


def _figure(
    boxes: Sequence[Box],
    paths: Sequence[Sequence[Point]],
    arrows: Sequence[bool],
    *,
    key: str,
    title: str,
    description: str,
) -> str:
    """The drawing as a raw HTML block: a scrollable, focusable figure holding one SVG, whose title
    and description screen readers get (the same relationships are listed as text on the page)."""
    width = max(box.x + box.width / 2 for box in boxes) + 2 * MARGIN
    height = max(box.y + box.height / 2 for box in boxes) + 2 * MARGIN
    for box in boxes:
        box.x += MARGIN
        box.y += MARGIN
    parts: list[str] = []
    for points, arrow in zip(paths, arrows, strict=True):
        shifted = [(x + MARGIN, y + MARGIN) for x, y in points]
        end = f' marker-end="url(#{key}-arrow)"' if arrow else ""
        parts.append(f'<path class="explainer-graph__edge" d="{_path(shifted)}"{end}/>')
    for box in boxes:
        parts.append(f"<g>{_rect(box)}{_text(box)}</g>")
    w, h = _number(width), _number(height)
    # One line each: a blank line in a name would end the raw HTML block in the middle of the SVG.
    title = " ".join(title.split())
    text = " ".join(f"{description}; the same relationships are listed as text on this page.".split())
    return "\n".join(
        [
            f'<div class="explainer-graph" id="{key}" role="region" tabindex="0" '
            f'aria-labelledby="{key}-title" data-search-exclude>',
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
            f'role="img" aria-labelledby="{key}-title {key}-desc">',
            f'<title id="{key}-title">{html.escape(title)}</title>',
            f'<desc id="{key}-desc">{html.escape(text)}</desc>',
            f'<defs><marker id="{key}-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" '
            'markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>',
            *parts,
            "</svg>",
            "</div>",
        ]
    )
