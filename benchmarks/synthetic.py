"""Synthetic dossiers of any size, valid under --strict, for benchmarks and property tests.

``write_dossier(folder, entities)`` writes a dossier whose entities are split over the kinds in
fixed proportions, with references, citations and evidence phrases that pass every check.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

SCHEMA = "# yaml-language-server: $schema=../../schema/{name}.schema.json\n"
KINDS = ("person", "organisation", "government-body", "armed-group", "place", "group")
PREDICATES = ("leader-of", "member-of", "located-in", "allied-with", "opposes", "protected-by")
WORDS = [
    "harbour",
    "river",
    "council",
    "market",
    "valley",
    "bridge",
    "station",
    "college",
    "archive",
    "tunnel",
    "orchard",
    "forest",
    "festival",
    "courthouse",
    "quarry",
    "lighthouse",
    "canal",
    "garrison",
    "ferry",
    "mill",
]


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_dossier(folder: Path, entities: int, seed: int = 0, slug: str | None = None) -> Path:
    """Write a dossier of about ``entities`` entries into ``folder`` (created); returns the folder."""
    rng = random.Random(seed)
    slug = slug or folder.name
    folder.mkdir(parents=True, exist_ok=True)
    n_actors = max(2, entities * 3 // 10)
    n_numbers = max(1, entities * 2 // 10)
    n_terms = max(1, entities // 10)
    n_events = max(1, entities // 10)
    n_claims = max(1, entities // 10)
    n_rels = max(1, entities - n_actors - n_numbers - n_terms - n_events - n_claims - 1)

    snapshot_lines = []
    actors = [f"actor-{i}" for i in range(n_actors)]
    terms = [f"{WORDS[i % len(WORDS)]} term {i}" for i in range(n_terms)]

    def cite(evidence: str) -> str:
        snapshot_lines.append(evidence + ".")
        return f"  cite:\n    - source: report\n      evidence: {_q(evidence)}\n"

    out: dict[str, list[str]] = {
        k: [] for k in ("actors", "numbers", "glossary", "events", "claims", "relationships")
    }
    for i, actor in enumerate(actors):
        term = terms[i % n_terms]
        out["actors"].append(
            f"- id: {actor}\n  name: {_q(f'Actor {i} {WORDS[i % len(WORDS)].title()}')}\n"
            f"  kind: {KINDS[i % len(KINDS)]}\n  aliases: [{_q(f'A{i}')}]\n"
            f"  description: {_q(f'Actor number {i}, known for the {term}.')}\n"
            + cite(f"actor {i} was named")
        )
    for i in range(n_numbers):
        value = rng.randint(2, 900_000)
        out["numbers"].append(
            f"- id: number-{i}\n  value: {value}\n  counts: {_q(f'items of kind {i}')}\n"
            f"  qualifier: {rng.choice(['exact', 'about', 'more-than', 'at-least'])}\n"
            f'  quantity: quantity-{i // 2}\n  as_of: "2023-0{1 + i % 9}"\n'
            f"  stated_by: [{actors[i % n_actors]}]\n" + cite(f"counted {value:,} items of kind {i}")
        )
    for i, term in enumerate(terms):
        related = f"  related: [term-{(i + 1) % n_terms}]\n" if n_terms > 1 else ""
        out["glossary"].append(
            f"- id: term-{i}\n  term: {_q(term)}\n  aliases: [{_q(f'{term}s')}]\n"
            f"  definition: {_q(f'A made-up notion number {i}, used with Actor {i % n_actors}.')}\n"
            + related
            + cite(f"the {term} is defined")
        )
    for i in range(n_events):
        day = 1 + i % 28
        out["events"].append(
            f'- id: event-{i}\n  date: "20{10 + i % 14}-{1 + i % 12:02d}-{day:02d}"\n'
            f"  title: {_q(f'Event {i} happens')}\n  description: {_q(f'Actor {i % n_actors} met others.')}\n"
            f"  actors: [{actors[i % n_actors]}, {actors[(i + 1) % n_actors]}]\n"
            + cite(f"event {i} happened")
        )
    for i in range(n_claims):
        out["claims"].append(
            f"- id: claim-{i}\n  statement: {_q(f'Claim {i} says the {terms[i % n_terms]} matters.')}\n"
            f"  claimants: [{actors[i % n_actors]}]\n  status: reported\n"
            f"  about: [{actors[(i + 2) % n_actors]}]\n" + cite(f"claim {i} was made")
        )
    for i in range(n_rels):
        subject, obj = actors[i % n_actors], actors[(i * 7 + 1) % n_actors]
        if subject == obj:
            obj = actors[(i + 1) % n_actors]
        out["relationships"].append(
            f"- subject: {subject}\n  predicate: {PREDICATES[(i // n_actors) % len(PREDICATES)]}\n"
            f"  object: {obj}\n" + cite(f"relation {i} holds")
        )

    (folder / "snapshot.txt").write_text("\n".join(snapshot_lines) + "\n", encoding="utf-8")
    (folder / "dossier.yaml").write_text(
        SCHEMA.format(name="dossier")
        + f"title: Synthetic dossier {entities}\nslug: {slug}\n"
        + "summary: A generated dossier for benchmarks, mentioning Actor 0.\n"
        + "language: en\npublished: 2024-01-01\nlast_reviewed: 2024-01-02\nlicence: CC-BY-4.0\n"
        + "key_figure: number-0\n",
        encoding="utf-8",
    )
    (folder / "sources.yaml").write_text(
        SCHEMA.format(name="sources")
        + "- id: report\n  title: A generated report\n  snapshot: snapshot.txt\n",
        encoding="utf-8",
    )
    for name, entries in out.items():
        (folder / f"{name}.yaml").write_text(SCHEMA.format(name=name) + "".join(entries), encoding="utf-8")
    return folder


def write_project(folder: Path, mkdocs_yml: Path) -> None:
    """Around the dossiers in ``folder/content``: ``mkdocs_yml`` (the shipped site's) and, in
    ``docs/``, a one-line page for each hand-written page its ``nav`` names (the real ones link to the
    shipped stories), so that a strict build has nothing to warn about."""
    text = mkdocs_yml.read_text("utf-8")
    (folder / "mkdocs.yml").write_text(text, "utf-8")
    (folder / "docs").mkdir(parents=True, exist_ok=True)
    nav = re.search(r"^nav:\n((?:[ -].*\n)*)", text, flags=re.M)
    for title, page in re.findall(r"^\s*- (.+?): (\S+\.md)$", nav.group(1) if nav else "", flags=re.M):
        (folder / "docs" / page).parent.mkdir(parents=True, exist_ok=True)
        (folder / "docs" / page).write_text(f"# {title}\n", "utf-8")
