"""Plain language, measured: Flesch-Kincaid grade and words per sentence of every page type.

    .venv/bin/python benchmarks/bench_readability.py [--write]

Builds the shipped site (``content/``) and the fixture stories (``tests/fixtures/dossiers/``, other
topics) in memory and measures, per page type, the sentences the generator writes (contributor text
cut out, see ``sentences.py``); then the shipped stories' own prose (summary and story paragraphs)
and their overview pages whole. ``--write`` puts the table into docs/performance.md between its
readability markers. Targets (issue 20): generated sentences at grade 9 or below on average, the
shipped overviews at grade 10 or below.

Grades come from textstat (Flesch-Kincaid: 0.39 x words per sentence + 11.8 x syllables per word
- 15.59; syllables from pyphen's hyphenation dictionaries). Pinned below 0.7.9: later releases
fetch NLTK data at run time, which fails offline.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import textstat

sys.path.insert(0, str(Path(__file__).parent))
from sentences import generated_sentences, page_type, split, units, words

from generator.authoring.history import histories
from generator.checking.loader import load_site
from generator.format.dossier import Site
from generator.site.pages import Pages, build_pages

ROOT = Path(__file__).resolve().parent.parent
SITES = {"shipped": ROOT / "content", "fixtures": ROOT / "tests" / "fixtures" / "dossiers"}
DOC = ROOT / "docs" / "performance.md"
START, END = "<!-- readability:start -->", "<!-- readability:end -->"
# Page types in reading order.
ORDER = [
    "hub",
    "overview",
    "actors",
    "actor",
    "numbers",
    "glossary",
    "timeline",
    "claims",
    "relationships",
    "sources",
    "updates",
    "people",
    "quantities",
]


def measure(sentences: list[str]) -> tuple[int, float, float]:
    """How many sentences, their mean length in words and the Flesch-Kincaid grade of all of them."""
    if not sentences:
        return 0, 0.0, 0.0
    text = " ".join(s if s.endswith((".", "!", "?")) else f"{s}." for s in sentences)
    count = sum(len(words(s)) for s in sentences)
    return len(sentences), count / len(sentences), float(textstat.flesch_kincaid_grade(text))


def built(site: Site, content: Path) -> Pages:
    """The site's pages, with the updates pages its git history gives."""
    return build_pages(site, histories=histories(content, [d.slug for d in site.dossiers]))


def generated_by_type(site: Site, content: Path) -> dict[str, list[str]]:
    """The distinct generated sentences of each page type (three words or more; headings and table
    rows are not sentences)."""
    found: dict[str, dict[str, None]] = defaultdict(dict)
    for unit, sentence in generated_sentences(site, built(site, content)):
        if unit.kind in {"paragraph", "item"} and len(words(sentence)) >= 3:
            found[page_type(unit.page)][sentence] = None
    return {kind: list(sentences) for kind, sentences in found.items()}


def story_prose(site: Site) -> list[str]:
    sentences: list[str] = []
    for dossier in site.dossiers:
        sentences += split(" ".join(dossier.meta.summary.split()))
        for paragraph in dossier.meta.story:
            sentences += split(" ".join(paragraph.text.split()))
    return sentences


def overview_pages(site: Site) -> list[str]:
    sentences: list[str] = []
    for page in build_pages(site).pages:
        if page_type(page.path) == "overview":
            for unit in units(page.path, page.markdown):
                if unit.kind in {"paragraph", "item"}:
                    sentences += [s for s in split(unit.text) if len(words(s)) >= 3]
    return sentences


def table() -> str:
    sites = {name: load_site(path).raise_for_problems() for name, path in SITES.items()}
    rows = [
        "| Text | Site | Sentences | Words per sentence | Flesch-Kincaid grade |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    every: list[str] = []
    for name, site in sites.items():
        by_type = generated_by_type(site, SITES[name])
        for kind in ORDER:
            if kind in by_type:
                every += by_type[kind]
                n, length, grade = measure(by_type[kind])
                rows.append(f"| Generated: {kind} | {name} | {n} | {length:.1f} | {grade:.1f} |")
    n, length, grade = measure(every)
    rows.append(f"| **Generated, all page types** | both | {n} | {length:.1f} | **{grade:.1f}** |")
    shipped = sites["shipped"]
    n, length, grade = measure(story_prose(shipped))
    rows.append(f"| Story prose (summary and story) | shipped | {n} | {length:.1f} | {grade:.1f} |")
    n, length, grade = measure(overview_pages(shipped))
    rows.append(f"| **Overview pages, whole** | shipped | {n} | {length:.1f} | **{grade:.1f}** |")
    return "\n".join(rows)


def write(text: str) -> None:
    doc = DOC.read_text("utf-8")
    before, rest = doc.split(START, 1)
    after = rest.split(END, 1)[1]
    DOC.write_text(f"{before}{START}\n{text}\n{END}{after}", "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="put the table into docs/performance.md")
    args = parser.parse_args()
    text = table()
    print(text)
    if args.write:
        write(text)


if __name__ == "__main__":
    main()
