"""Relationship diagrams drawn at build time as static, accessible SVG (no script on the page).

A diagram reads down the page like the list beside it: one actor on top, then one row per related
actor, the relation in a box of its own and an arrow to the other actor. Relations share one column
and the other actors the next, each column as wide as its widest text wrapped at WRAP_WIDTH, so a
diagram is at most PHONE_COLUMN wide and keeps its labels at 14 px on a phone, a laptop and paper.
Many actors make several such views, one per most-connected actor, rather than one graph too wide
for any screen. Only a single word wider than a column can make a diagram wider than a phone: it
then scrolls sideways in its own focusable box, under a visible line that says so.

Every text is XML-escaped; ids come from actor slugs and a caller-given key. Coordinates are
rounded and every iteration follows the input order, so the same input gives the same bytes.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from generator.format.model import Actor, Relationship
from generator.format.vocabulary import Predicate
from generator.site.grammar import named, relation

# Above this many edges a diagram is no longer worth reading; the table remains.
MAX_EDGES = 150

FONT_SIZE = 14
LINE_HEIGHT = 18
PAD_X, PAD_Y = 8, 6
WRAP_WIDTH = 128  # the widest a line of text may grow before it wraps, in px
ROW_GAP = 10  # between rows
INDENT = 16  # the trunk line runs down this margin, left of the relations
ARROW_GAP = 24  # between a relation and the actor it points to
MARGIN = 4
# The narrowest column a diagram must fit without scrolling: a 375 px phone less Material's margins.
PHONE_COLUMN = 343
# The column of a 1280 px screen, with the navigation and the table of contents beside it.
LAPTOP_COLUMN = 680
CUE = "Wider than this screen: scroll sideways in the diagram to see all of it."


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


def wrap(text: str, width: float = WRAP_WIDTH) -> list[str]:
    """Words greedily filled into lines of at most ``width`` (a longer word keeps its own line)."""
    lines: list[str] = []
    for word in " ".join(text.split()).split(" "):
        if lines and text_width(f"{lines[-1]} {word}") <= width:
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


Point = tuple[float, float]


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


def _path(points: list[tuple[float, float]]) -> str:
    return "M" + " L".join(f"{_number(x)},{_number(y)}" for x, y in points)


def svg_graph(
    actors: Iterable[Actor],
    relationships: Iterable[Relationship],
    *,
    key: str,
    title: str = "Ties between those in the story",
    vocabulary: Mapping[str, Predicate] | None = None,
) -> str:
    """Relationships between many actors, as one view per group: the most connected actor with all
    its relationships, then the next actor with relationships not yet drawn, until every one is.

    Each view reads like the list beside it and fits a phone's column, whatever the number of
    actors; ``key`` makes the ids unique on the page; ``vocabulary`` is the dossier's.
    """
    actor_list = list(actors)
    by_id = {actor.id: actor for actor in actor_list}
    edges: dict[str, list[tuple[Relationship, bool]]] = {actor.id: [] for actor in actor_list}
    for relationship in relationships:
        edges[relationship.subject].append((relationship, True))
        edges[relationship.object].append((relationship, False))
    drawn: set[str] = set()
    views: list[str] = []
    order = {actor.id: n for n, actor in enumerate(actor_list)}
    while True:
        waiting = {a: sum(r.id not in drawn for r, _ in found) for a, found in edges.items()}
        hub = min((a for a in waiting if waiting[a]), key=lambda a: (-waiting[a], order[a]), default=None)
        if hub is None:
            break
        actor = by_id[hub]
        phrases = []
        for relationship, outgoing in edges[hub]:
            other = by_id[relationship.object if outgoing else relationship.subject]
            phrases.append((other, relation(relationship.predicate, outgoing, actor, vocabulary)))
            drawn.add(relationship.id)
        views.append(
            star_graph(actor, phrases, key=f"{key}-{len(views) + 1}", title=f"{title}: around {named(actor)}")
        )
    return "\n\n".join(views)


def star_graph(actor: Actor, edges: Sequence[tuple[Actor, str]], *, key: str, title: str) -> str:
    """One actor's relationships, drawn down the page like the list beside it: the actor on top,
    then a row for each other actor: the relation ("is a leader of"), an arrow, the other actor. An
    actor related in several ways appears once, beside all its relations. The relations share one
    column and the other actors the next, so the drawing is as wide as a phone's column at most
    (unless one word is wider) and holds no empty corner. ``edges``: (other actor, verb phrase)."""
    others: dict[str, tuple[Actor, list[str]]] = {}
    for other, phrase in edges:
        others.setdefault(other.id, (other, []))[1].append(phrase)
    # Each row reads as a sentence from the actor on top: "is owned by" -> "the Varga family".
    rows = [
        (Box(wrap(named(other)), "actor"), [Box(wrap(phrase), "label") for phrase in phrases])
        for other, phrases in others.values()
    ]
    label_width = max(box.width for _, labels in rows for box in labels)
    other_width = max(box.width for box, _ in rows)
    top_name = named(actor, start=True)
    across = max(Box(wrap(top_name), "actor").width, INDENT + label_width + ARROW_GAP + other_width)
    center = Box(wrap(top_name, across - 2 * PAD_X), "actor")
    center.width = across
    center.x, center.y = center.width / 2, center.height / 2
    top = center.height + ROW_GAP
    boxes = [center]
    paths: list[list[Point]] = []
    arrows: list[bool] = []
    trunk = INDENT / 2
    for other_box, labels in rows:
        block = max(sum(box.height for box in labels) + ROW_GAP * (len(labels) - 1), other_box.height)
        y = top + (block - sum(box.height for box in labels) - ROW_GAP * (len(labels) - 1)) / 2
        other_box.width = other_width
        other_box.x, other_box.y = INDENT + label_width + ARROW_GAP + other_width / 2, top + block / 2
        boxes.append(other_box)
        for box in labels:
            box.width = label_width
            box.x, box.y = INDENT + label_width / 2, y + box.height / 2
            y += box.height + ROW_GAP
            boxes.append(box)
            paths.append([(trunk, box.y), (INDENT, box.y)])
            paths.append([(INDENT + label_width, box.y), (INDENT + label_width + ARROW_GAP, other_box.y)])
            arrows.extend([False, True])
        top += block + ROW_GAP
    last = max(path[0][1] for path in paths[::2])
    paths.append([(trunk, center.height), (trunk, last)])
    arrows.append(False)
    description = f"{top_name} and {_count(len(rows), 'other')}, in {_count(len(edges), 'relationship')}"
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
    """The drawing as a raw HTML block: a focusable figure holding one SVG, whose title and
    description screen readers get (the same relationships are listed as text on the page)."""
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
    # Wider than a phone's column, the diagram scrolls there under a line that says so; wider than a
    # laptop's column too, it says so everywhere.
    classes = "explainer-graph"
    if width > PHONE_COLUMN:
        classes += " explainer-graph--wide" + (" explainer-graph--wider" if width > LAPTOP_COLUMN else "")
    cue = [f'<p class="explainer-graph__cue">{CUE}</p>'] if width > PHONE_COLUMN else []
    return "\n".join(
        [
            f'<div class="{classes}" id="{key}" role="region" tabindex="0" aria-labelledby="{key}-title" '
            "data-search-exclude>",
            *cue,
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
