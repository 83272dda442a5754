"""Relationship graphs as Mermaid flowcharts, written as the HTML that Material renders.

Node ids are derived from actor slugs, so no text can reach Mermaid's syntax; labels are quoted and
every character beyond letters, digits and spaces is written as a Mermaid entity code (``#35;``).
The block is HTML, so the same output renders with or without a superfences ``mermaid`` fence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from generator.format.model import Actor, Relationship
from generator.format.vocabulary import PREDICATES, Predicate

# Above this many edges a diagram is no longer readable (and Mermaid refuses large ones).
MAX_EDGES = 150


def node_id(actor_id: str) -> str:
    """Slugs hold only a-z, 0-9 and '-': the mapping is one-to-one and never a Mermaid keyword."""
    return "a_" + actor_id.replace("-", "_")


def label(text: str) -> str:
    """A quoted Mermaid label that cannot break out of its quotes or carry HTML."""
    body = "".join(c if c.isalnum() or c == " " else f"#{ord(c)};" for c in " ".join(text.split()))
    return f'"{body}"'


def flowchart(
    actors: Iterable[Actor],
    relationships: Iterable[Relationship],
    vocabulary: Mapping[str, Predicate] = PREDICATES,
) -> str:
    """The graph as a raw HTML block; nodes and edges in the given (stable) order.

    Screen readers get a title and description; the same relationships are also listed as text.
    """
    lines = [
        "graph LR",
        "  accTitle: Relationships between actors",
        "  accDescr: A diagram of who is linked to whom, also listed as text on this page",
    ]
    for actor in actors:
        lines.append(f"  {node_id(actor.id)}[{label(actor.name)}]")
    for relationship in relationships:
        verb = label(vocabulary[relationship.predicate].forward)
        lines.append(f"  {node_id(relationship.subject)} --&gt;|{verb}| {node_id(relationship.object)}")
    body = "\n".join(lines)
    return f'<pre class="mermaid"><code>{body}\n</code></pre>'
