"""Hostile contributor text cannot hurt a reader: nothing reaches a page that the site did not make.

The corpus (tests/fixtures/hostile.txt, well over 100 strings) goes into every text field of every
kind, by two routes:

* through the real validator and a real `mkdocs build`, with the strings the validator accepts (it
  refuses HTML and Markdown links: text-html, text-markup);
* the whole corpus, refused strings included, in dossiers made in Python (as if the validator had a
  hole), rendered by the real plugin and page builder in a real MkDocs build.

Each hostile site is compared with the same site built from harmless text. Every built HTML file is
parsed: every element (with its attribute names), URL scheme and script must be one the harmless site
has too, and no event-handler attribute, script URL or CSS ``url()`` may appear. Chromium then loads
every page type and fails on any dialog, page error, console error or request to another host.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

import profiles
import pytest
import yaml
from launcher import python_m
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from pydantic import BaseModel, ValidationError
from selectolax.lexbor import LexborHTMLParser, LexborNode

from generator.checking.loader import LoadResult, load_site
from generator.format.dossier import Dossier, Site
from generator.format.model import (
    Actor,
    ActorKind,
    Citation,
    Claim,
    ClaimStatus,
    Event,
    Item,
    Meta,
    NativeName,
    Number,
    Paragraph,
    Period,
    Qualifier,
    Relationship,
    Source,
    SourceKind,
    Term,
)
from generator.format.vocabulary import PREDICATES
from generator.plugin import fallback
from generator.site import exports
from generator.site.output import write_pages
from generator.site.pages import build_pages, description

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "hostile.txt"
ENV_EXTRA = {"NO_MKDOCS_2_WARNING": "1", "PYTHONWARNINGS": "ignore"}
DOSSIERS = 4
SHORT, LONG = 300, 5000


def decode(line: str) -> str:
    """A corpus line as the string it stands for: "\\n" is a newline, "\\uXXXX" that code unit."""
    text = line.replace("\\n", "\n")
    text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    return text.encode("utf-16", "surrogatepass").decode("utf-16")  # pairs of surrogates to one char


def hostile_strings() -> list[str]:
    lines = CORPUS.read_text("utf-8").splitlines()[1:]
    return [decode(line) for line in lines if line]


HOSTILE = hostile_strings()
# What the corpus must hold: each kind of trick, and characters that reorder, hide or break text.
TRICKS = ("<script", "onerror=", "javascript:", "data:", "](", "![", "&#", "{{", "{%", "-->", "%%{")
CHARS = ("\u202e", "\u2066", "\u200b", "\ufeff", "\x00", "\n", "\U0001f600")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _holding(part: str) -> Callable[[str], bool]:
    return lambda text: part in text


def _starting(char: str) -> Callable[[str], bool]:
    return lambda text: text.lstrip(" ").startswith(char)


# The strings the site builds below carry: the whole corpus under CI (profile `full`); locally a third
# of it that still holds every trick, character and formula start above (tests/profiles.py).
SWEPT = profiles.sample(HOSTILE, 5, [*map(_holding, TRICKS + CHARS), *map(_starting, FORMULA_START)])


def harmless(count: int) -> list[str]:
    """Text of the same shape as the corpus, using every markup contributors may use."""
    return [f"Harmless text {i} with *emphasis*, **strong** and `code`" for i in range(count)]


BASE = ROOT / "tests" / "fixtures" / "rules" / "base"


def refusals(text: str, folder: Path) -> set[str]:
    """The content rules the real validator applies to ``text`` written as an actor's description."""
    content = folder / "content"
    shutil.copytree(BASE, content)
    actors = content / "harbour-strike" / "actors.yaml"
    data = yaml.safe_load(actors.read_text("utf-8"))
    data[1]["description"] = text
    dump(actors, data)
    rules = {d.rule for d in load_site(content).diagnostics if d.severity == "error"}
    shutil.rmtree(folder)
    return rules & {"text-html", "text-markup", "text-control", "todo"}


# -- hostile dossiers: every string in every text field of every kind --------------------------------


def joined(texts: list[str], limit: int | None) -> str:
    """Several strings in one field; with a limit, as many whole strings as fit."""
    out = ""
    for text in texts:
        candidate = f"{out} {text}" if out else text
        if limit is not None and len(candidate) > limit:
            break
        out = candidate
    return out


def dossier_of(folder: Path, number: int, texts: list[tuple[int, str]], *, limits: bool) -> Dossier:
    """One dossier holding the given strings in every field; ``limits`` keeps meta text valid."""
    ids = [i for i, _ in texts]
    after = {i: ids[(k + 1) % len(ids)] for k, i in enumerate(ids)}

    def cite(i: int, text: str) -> tuple[Citation, ...]:
        return (Citation(source=f"source-{i}", evidence=text, locator=text),)

    def value(i: int) -> int | float:
        return i + 1 if i % 5 else i + 1.5

    sources, actors, numbers, terms, events, claims, relationships = [], [], [], [], [], [], []
    for k, (i, text) in enumerate(texts):
        nxt = after[i]
        sources.append(
            Source(
                id=f"source-{i}",
                title=text,
                kind=list(SourceKind)[i % len(SourceKind)],
                publisher=text,
                authors=[text, f"Author {i}"],
                url=f"https://example.org/{i}?a=1&b=2#x",
                published=dt.date(2023, 1 + i % 12, 1 + i % 28),
                accessed=dt.date(2024, 1, 2),
                # Not a language tag: never printed into an attribute. "fr" marks a foreign title.
                language=[None, text, "fr", "zh-Hans"][i % 4],
                background=i % 3 == 0,
                snapshot="snapshot.txt",
                note=text,
            )
        )
        actors.append(
            Actor(
                id=f"actor-{i}",
                name=text,
                kind=list(ActorKind)[i % len(ActorKind)],
                aliases=[text, f"Alias {i}"],
                native_name=NativeName(text=text, lang="zh-Hans"),
                description=f"{text} Near {texts[(k + 1) % len(texts)][1]}",
                cite=cite(i, text),
            )
        )
        numbers.append(
            Number(
                id=f"number-{i}",
                value=value(i),
                unit=text,
                counts=text,
                qualifier=list(Qualifier)[i % len(Qualifier)],
                quantity=f"quantity-{k // 2}",
                as_of=f"{2015 + i % 9}-{1 + i % 12:02d}",
                period=Period(start="2020", end="2023-06") if i % 2 else None,
                stated_by=[f"actor-{i}", f"actor-{nxt}"],
                note=text,
                cite=(Citation(source=f"source-{i}", evidence=f"{text} counted {value(i):,}", locator=text),),
            )
        )
        terms.append(
            Term(
                id=f"term-{i}",
                term=text,
                aliases=[text],
                definition=text,
                related=[f"term-{nxt}"],
                cite=cite(i, text),
            )
        )
        events.append(
            Event(
                id=f"event-{i}",
                date=f"{2010 + i % 14}-{1 + i % 12:02d}",
                end_date="2024" if i % 3 == 0 else None,
                approximate=i % 2 == 0,
                date_note=text,
                title=text,
                description=text,
                actors=[f"actor-{i}", f"actor-{nxt}"],
                cite=cite(i, text),
            )
        )
        claims.append(
            Claim(
                id=f"claim-{i}",
                statement=text,
                claimants=[f"actor-{i}"],
                status=list(ClaimStatus)[i % len(ClaimStatus)],
                about=[f"actor-{nxt}"],
                date="2023-04",
                cite=cite(i, text),
            )
        )
        relationships.append(
            Relationship(
                subject=f"actor-{i}",
                predicate=sorted(PREDICATES)[i % len(PREDICATES)],
                object=f"actor-{nxt}",
                note=text,
                cite=cite(i, text),
            )
        )
    strings = [text for _, text in texts]
    meta_fields = {
        "title": joined(strings, SHORT if limits else None),
        "slug": f"dossier-{number}",
        "summary": joined(strings, LONG if limits else None),
        "language": "en",
        "published": dt.date(2024, 1, 1),
        "last_reviewed": dt.date(2024, 1, 2),
        "licence": joined(strings, SHORT if limits else None),
        "key_figure": f"number-{ids[0]}",
        "story": [Paragraph(text=text, cite=cite(i, text)) for i, text in texts],
    }
    # Without limits the joined texts are longer than the format allows: built without validation.
    meta = Meta(**meta_fields) if limits else Meta.model_construct(**meta_fields)
    return Dossier(
        folder=folder / f"dossier-{number}",
        meta=meta,
        sources=tuple(sources),
        actors=tuple(actors),
        numbers=tuple(numbers),
        terms=tuple(terms),
        events=tuple(events),
        claims=tuple(claims),
        relationships=tuple(relationships),
    )


def hostile_site(folder: Path, texts: list[str], *, limits: bool = False) -> Site:
    """``texts`` spread over a few dossiers, every string in every field of its dossier."""
    numbered = list(enumerate(texts))
    dossiers = tuple(dossier_of(folder, d, numbered[d::DOSSIERS], limits=limits) for d in range(DOSSIERS))
    return Site(folder, dossiers)


def snapshot_text(dossier: Dossier) -> str:
    """Every evidence phrase of the dossier, one per line: what a source snapshot would hold."""
    phrases = [c.evidence for p in dossier.meta.story for c in p.cite]
    phrases += [c.evidence for item in dossier.items() for c in getattr(item, "cite", ())]
    return "\n".join(" ".join(str(p).split()) for p in phrases) + "\n"


def write_content(site: Site, content: Path) -> None:
    """The site as YAML files, through the same dump a contributor's editor could produce."""
    kinds = {
        "sources": "sources",
        "actors": "actors",
        "numbers": "numbers",
        "glossary": "terms",
        "events": "events",
        "claims": "claims",
        "relationships": "relationships",
    }
    for dossier in site.dossiers:
        folder = content / dossier.slug
        folder.mkdir(parents=True)
        dump(folder / "dossier.yaml", dump_entry(dossier.meta))
        for file_name, attribute in kinds.items():
            dump(folder / f"{file_name}.yaml", [dump_entry(e) for e in getattr(dossier, attribute)])
        (folder / "snapshot.txt").write_text(snapshot_text(dossier), "utf-8")


def dump_entry(entry: Item | Meta) -> dict[str, object]:
    return entry.model_dump(mode="json", by_alias=True, exclude_defaults=True)


def dump(path: Path, data: object) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000), "utf-8")


# -- building ------------------------------------------------------------------------------------------


def new_project(folder: Path) -> Path:
    """A project with the shipped site's mkdocs.yml and no hand-written pages."""
    folder.mkdir(parents=True)
    (folder / "docs").mkdir()
    shutil.copyfile(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    return folder


class Warnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def build_in_process(project: Path, site: Site) -> tuple[Path, list[str]]:
    """A real MkDocs build with the real plugin, whose content comes from ``site``, not from YAML.

    Returns the site folder and the build's warnings."""
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site"))
    warnings = Warnings()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(warnings)
    try:
        with mock.patch.object(fallback, "load_site", lambda _content, **_: LoadResult(site, ())):
            mkdocs_build(config)
    finally:
        logger.removeHandler(warnings)
    return project / "site", sorted(warnings.messages)


def build_with_cli(project: Path) -> Path:
    """`mkdocs build` on the command line: loading, validation and the plugin, as a site owner runs it."""
    env = {**os.environ, **ENV_EXTRA}
    done = python_m("mkdocs", "build", "--site-dir", "site", cwd=project, env=env, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    return project / "site"


# -- what a built site holds ---------------------------------------------------------------------------

URL_ATTRIBUTES = frozenset(
    {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "cite", "ping"}
)
# Elements compared whole (attributes with their values, and their text): each must be one the
# harmless site has, so nothing that loads, runs or styles can be added by content.
WHOLE = frozenset(
    {"script", "style", "link", "meta", "base", "iframe", "frame", "object", "embed", "form", "img"}
)
SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):")
INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")


def scheme_of(url: str) -> str:
    """The scheme a browser would see: it drops tabs, newlines and control characters first."""
    match = SCHEME.match(INVISIBLE.sub("", url).lower())
    return match.group(1) if match else ""


@dataclass
class Inventory:
    """Everything in a site's HTML that could carry behaviour, and any outright problem."""

    elements: set[tuple[str, tuple[str, ...]]] = field(default_factory=set)
    whole: set[tuple[str, tuple[tuple[str, str], ...], str]] = field(default_factory=set)
    schemes: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)
    graphs: list[LexborNode] = field(default_factory=list)
    pages: set[str] = field(default_factory=set)

    def add_page(self, name: str, tree: LexborHTMLParser) -> None:
        self.pages.add(like(name))
        assert tree.root is not None
        for node in tree.root.traverse(include_text=False):
            self.add_node(name, node)
        self.graphs.extend(tree.css("div.explainer-graph"))

    def add_node(self, page: str, node: LexborNode) -> None:
        attributes = {name: value or "" for name, value in node.attributes.items()}
        self.elements.add((node.tag, tuple(sorted(attributes))))
        if node.tag in WHOLE:
            text = node.text(deep=True) if node.tag in ("script", "style") else ""
            if node.tag == "script" and attributes.get("type") == "application/ld+json":
                self.check_json_ld(page, text)
                text = "(JSON-LD)"
            if node.tag == "meta" and attributes.get("name") == "description":
                # A story page's description is contributor text, as text: an attribute's value. Its
                # attributes' names are compared (``elements``), so one the text added would show.
                attributes["content"] = "(text)"
            self.whole.add((node.tag, tuple(sorted(attributes.items())), text))
        for name, value in attributes.items():
            if name.startswith("on"):
                self.problems.append(f"{page}: <{node.tag} {name}=...>")
            if name in URL_ATTRIBUTES or name.endswith(":href"):
                scheme = scheme_of(value)
                self.schemes.add(scheme)
                if scheme in ("javascript", "data", "vbscript"):
                    self.problems.append(f"{page}: <{node.tag} {name}={value!r}>")
            if name == "srcset":
                self.problems.append(f"{page}: <{node.tag} srcset>")
            if name == "style" and re.search(r"url\s*\(|expression\s*\(", value, re.I):
                self.problems.append(f"{page}: <{node.tag} style={value!r}>")
        if node.tag == "meta" and attributes.get("http-equiv", "").lower() == "refresh":
            self.problems.append(f"{page}: <meta http-equiv=refresh>")

    def check_json_ld(self, page: str, text: str) -> None:
        try:
            json.loads(text)
        except ValueError:
            self.problems.append(f"{page}: JSON-LD that is not JSON: {text[:200]!r}")


def like(name: str) -> str:
    """The page of the harmless site to compare page ``name`` with. The index A to Z is one page until
    it has more lines than a page should hold, then a page a letter: how many, and which letters,
    follow from the names in the site, so a hostile site and a harmless one need not split alike.
    Every page of the index is laid out by one template: each is compared with the harmless index."""
    return "a-z/" if name == "a-z/index.html" or name.startswith("a-z/") else name


def inventory(site_dir: Path) -> Inventory:
    found = Inventory()
    for path in sorted(site_dir.rglob("*.html")):
        found.add_page(path.relative_to(site_dir).as_posix(), LexborHTMLParser(path.read_text("utf-8")))
    return found


# A drawn graph (static SVG) holds only these elements, and its attributes only numbers, path data,
# fixed class names and ids made from slugs: contributor text is never in an attribute.
GRAPH_TAGS = {"div", "p", "svg", "title", "desc", "defs", "marker", "path", "g", "rect", "text", "tspan"}
GRAPH_VALUE = re.compile(
    r"[-0-9. ]+|[-ML0-9., z]+|explainer-graph(__[a-z-]+)?|[a-z0-9 -]*|url\(#[a-z0-9-]+\)|region|img|0|"
    r"http://www\.w3\.org/2000/svg|auto-start-reverse"
)


def graph_problems(graph: LexborNode) -> list[str]:
    problems = []
    for node in graph.traverse(include_text=False):
        if node.tag not in GRAPH_TAGS:
            problems.append(f"<{node.tag}>")
        for name, value in node.attributes.items():
            if not GRAPH_VALUE.fullmatch(value or ""):
                problems.append(f"<{node.tag} {name}={value!r}>")
    return problems


def assert_same_shape_as_harmless(hostile: Inventory, clean: Inventory) -> None:
    assert hostile.pages == clean.pages
    assert hostile.problems == []
    assert sorted(hostile.elements - clean.elements) == []
    assert sorted(hostile.whole - clean.whole) == []
    assert sorted(hostile.schemes - clean.schemes) == []
    assert not hostile.schemes & {"javascript", "data", "vbscript"}
    assert hostile.graphs, "no relationship graph was drawn"
    for graph in hostile.graphs:
        assert graph_problems(graph) == []


# -- route 1: the whole corpus, built from a model, past the validator -----------------------------------


@dataclass(frozen=True)
class Built:
    site: Path
    found: Inventory
    model: Site
    warnings: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def model_builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Built, Built]:
    folder = tmp_path_factory.mktemp("model")
    built = []
    for name, texts in (("hostile", SWEPT), ("harmless", harmless(len(SWEPT)))):
        site = hostile_site(folder / name / "content", texts)
        site_dir, warnings = build_in_process(new_project(folder / name), site)
        built.append(Built(site_dir, inventory(site_dir), site, warnings))
    return built[0], built[1]


def test_the_corpus_is_large_and_reaches_every_kind_of_trick() -> None:
    assert len(HOSTILE) >= 100
    assert len(set(HOSTILE)) == len(HOSTILE)
    joined_corpus = "\n".join(HOSTILE)
    for trick in TRICKS:
        assert trick in joined_corpus, trick
    for char in CHARS:
        assert char in joined_corpus, repr(char)
    swept = "\n".join(SWEPT)
    assert all(part in swept for part in TRICKS + CHARS)
    assert {text.lstrip(" ")[:1] for text in SWEPT} >= set(FORMULA_START)


def strings_by_field(value: object, path: str, found: dict[str, set[str]]) -> None:
    if isinstance(value, BaseModel):
        for name, inner in value:
            strings_by_field(inner, f"{path}.{name}", found)
    elif isinstance(value, list | tuple):
        for inner in value:
            strings_by_field(inner, f"{path}[]", found)
    elif isinstance(value, str):
        found.setdefault(path, set()).add(value)


TEXT_FIELDS = [
    "Meta.story[].text",
    "Meta.story[].cite[].evidence",
    "Meta.story[].cite[].locator",
    "Source.title",
    "Source.publisher",
    "Source.authors[]",
    "Source.note",
    "Actor.name",
    "Actor.aliases[]",
    "Actor.native_name.text",
    "Number.unit",
    "Number.counts",
    "Number.note",
    "Term.term",
    "Term.aliases[]",
    "Term.definition",
    "Event.title",
    "Event.description",
    "Event.date_note",
    "Claim.statement",
    "Relationship.note",
    "Number.cite[].locator",
    *[
        f"{kind}.cite[].{name}"
        for kind in ("Actor", "Term", "Event", "Claim", "Relationship")
        for name in ("evidence", "locator")
    ],
]


def test_every_string_is_in_every_text_field(model_builds: tuple[Built, Built]) -> None:
    site = model_builds[0].model
    found: dict[str, set[str]] = {}
    for dossier in site.dossiers:
        for entry in (dossier.meta, *dossier.items()):
            strings_by_field(entry, type(entry).__name__, found)
    for name in TEXT_FIELDS:
        assert found[name] >= set(SWEPT), name
    # A number's evidence must state its value, so there the string comes first, then the value.
    assert all(any(e.startswith(t) for e in found["Number.cite[].evidence"]) for t in SWEPT)
    # The dossier's single fields hold its share of the corpus, one string after another.
    metas = " ".join(d.meta.title + d.meta.summary + d.meta.licence for d in site.dossiers)
    assert all(text in metas for text in SWEPT)
    # Every other string field is an id, a date, a language tag, a URL or a choice from a list.
    others = {name for name, values in found.items() if values & set(SWEPT)} - set(TEXT_FIELDS)
    assert others == {"Source.language"}  # not a tag: it never reaches an attribute


def test_the_whole_corpus_adds_no_element_attribute_or_url_scheme(model_builds: tuple[Built, Built]) -> None:
    hostile, clean = model_builds
    assert clean.found.problems == []
    assert_same_shape_as_harmless(hostile.found, clean.found)
    # Hostile text breaks no link or anchor either: MkDocs warns about nothing more than for harmless text.
    assert hostile.warnings == clean.warnings


# -- downloads: what a spreadsheet opens ----------------------------------------------------------------


def runnable_cells(data: bytes) -> list[str]:
    """The cells of a CSV file that a spreadsheet would run as a formula (OWASP "CSV injection")."""
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    cells = [cell for row in rows for cell in row]
    return [c for c in cells if c.lstrip(" \n\u00a0\u3000\ufeff").startswith(FORMULA_START)]


def test_the_corpus_holds_spreadsheet_formulas() -> None:
    starts = {text.lstrip(" ")[:1] for text in HOSTILE}
    assert set(FORMULA_START) <= starts


def test_no_csv_download_of_the_whole_corpus_runs_in_a_spreadsheet(tmp_path: Path) -> None:
    """Every string in every field, past the validator, through the exporters: no cell is a formula."""
    site = hostile_site(tmp_path / "content", HOSTILE)
    shown: set[str] = set()
    for dossier in site.dossiers:
        for export in (exports.numbers_csv, exports.actors_csv, exports.events_csv):
            data = export(dossier)
            assert data.startswith(b'"id"'), "every cell is quoted"
            assert runnable_cells(data) == [], export.__name__
            shown |= {
                cell for row in csv.reader(io.StringIO(data.decode("utf-8"), newline="")) for cell in row
            }
    formulas = [text for text in HOSTILE if text.lstrip(" ").startswith(FORMULA_START)]
    # Each is kept whole, behind the apostrophe that makes a spreadsheet show it as text.
    assert all("'" + text in shown for text in formulas)


def test_the_built_sites_csv_files_run_nothing(model_builds: tuple[Built, Built]) -> None:
    files = sorted(model_builds[0].site.rglob("*.csv"))
    assert len(files) == 3 * DOSSIERS
    assert {path.name: runnable_cells(path.read_bytes()) for path in files} == {
        path.name: [] for path in files
    }


def test_hostile_text_is_shown_as_text(model_builds: tuple[Built, Built]) -> None:
    hostile = model_builds[0]
    page = LexborHTMLParser((hostile.site / "dossier-0" / "glossary" / "index.html").read_text("utf-8"))
    headings = {h.text(strip=True).removesuffix("¶") for h in page.css("article h2")}
    expected = {" ".join(t.split()) for t in SWEPT[::DOSSIERS]}
    # NUL and other C0 control characters are dropped; everything else is shown as written.
    expected = {re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", t).strip() for t in expected}
    assert expected <= headings


def test_a_story_page_s_description_shows_its_hostile_summary_as_text(
    model_builds: tuple[Built, Built],
) -> None:
    """The description Material prints unescaped into an attribute: the reader's (and a search
    engine's) text is the summary's, whatever it holds."""
    hostile = model_builds[0]
    for dossier in hostile.model.dossiers:
        page = LexborHTMLParser((hostile.site / dossier.slug / "glossary" / "index.html").read_text("utf-8"))
        meta = page.css('head meta[name="description"]')
        assert len(meta) == 1, dossier.slug
        shown = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", meta[0].attributes["content"] or "")
        expected = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", description(dossier.meta.summary))
        assert shown == expected, dossier.slug


def test_page_heads_hold_what_the_harmless_pages_hold(model_builds: tuple[Built, Built]) -> None:
    """A title is printed in <head> as well: it must not close <title> and open a script there."""
    hostile, clean = model_builds
    theirs = heads_by_page(clean.site)
    for name, ours in heads_by_page(hostile.site).items():
        assert ours == theirs[name], name


def heads_by_page(site: Path) -> dict[str, set[tuple[str, ...]]]:
    """The elements of each built page's ``<head>``, in order, by the harmless page it compares with."""
    heads: dict[str, set[tuple[str, ...]]] = {}
    for path in sorted(site.rglob("*.html")):
        head = LexborHTMLParser(path.read_text("utf-8")).head
        assert head is not None, path
        heads.setdefault(like(path.relative_to(site).as_posix()), set()).add(
            tuple(n.tag for n in head.iter())
        )
    return heads


PLAIN_MKDOCS = """site_name: Plain
docs_dir: pages
theme:
  name: material
  font: false
markdown_extensions: [abbr, admonition, attr_list, footnotes, tables, toc]
"""


def cut_to_titles(pages: Path) -> None:
    """Each written page cut to what MkDocs makes its ``<head>`` from: the front matter and the first
    heading. The rest (hostile text in every field, about half of this test's time to convert for
    nothing here) cannot reach the head; the builds of route 1 above check the bodies."""
    for path in pages.rglob("*.md"):
        text = path.read_text("utf-8")
        assert text.startswith("---\n"), path
        end = text.index("\n---\n", 4) + 5
        heading = re.search(r"^# .*$", text[end:], re.MULTILINE)
        path.write_text(text[:end] + (heading.group(0) + "\n" if heading else ""), "utf-8")


def test_pages_written_by_explainer_build_carry_their_safe_titles(
    tmp_path: Path, model_builds: tuple[Built, Built]
) -> None:
    """`explainer build --out` pages built by plain MkDocs: titles come from front matter, not headings."""
    heads = []
    for built in model_builds:
        project = tmp_path / str(len(heads))
        write_pages(build_pages(built.model), project / "pages")
        cut_to_titles(project / "pages")
        (project / "mkdocs.yml").write_text(PLAIN_MKDOCS, "utf-8")
        mkdocs_build(load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site")))
        heads.append(heads_by_page(project / "site"))
    assert len(heads[0]) > len(SWEPT)  # an actor page for each string at least
    assert heads[0] == heads[1]


# -- route 2: the strings the validator accepts, from YAML through `mkdocs build` ----------------------


@pytest.fixture(scope="module")
def yaml_builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Built, Built]:
    folder = tmp_path_factory.mktemp("yaml")
    texts = [text for i, text in enumerate(SWEPT) if not refusals(text, folder / f"check-{i}")]
    assert len(texts) >= len(SWEPT) // 3
    built = []
    for name, strings in (("hostile", texts), ("harmless", harmless(len(texts)))):
        project = new_project(folder / name)
        site = hostile_site(project / "content", strings, limits=True)
        write_content(site, project / "content")
        loaded = load_site(project / "content")
        assert [d for d in loaded.diagnostics if d.severity == "error"] == []
        site_dir = build_with_cli(project)
        built.append(Built(site_dir, inventory(site_dir), site))
    return built[0], built[1]


def test_accepted_strings_add_no_element_attribute_or_url_scheme(yaml_builds: tuple[Built, Built]) -> None:
    hostile, clean = yaml_builds
    assert clean.found.problems == []
    assert_same_shape_as_harmless(hostile.found, clean.found)


@pytest.mark.parametrize(
    "text",
    [
        '"<script>alert(1)</script>"',
        '"\\x3cscript>alert(1)\\x3c/script>"',
        '"\\u003cimg src=x onerror=alert(1)>"',
        '"<\\0/title><\\0script>alert(1)<\\0/script>"',
        '"[x](javascript:alert(1))"',
        '"!\\x5bx](https://evil.example/x.png)"',
        "|-\n    <b\n    onclick=alert(1)>",
    ],
)
def test_the_validator_refuses_html_and_links_however_they_are_written(tmp_path: Path, text: str) -> None:
    actors = tmp_path / "content" / "harbour-strike" / "actors.yaml"
    shutil.copytree(BASE, tmp_path / "content")
    actors.write_text(
        actors.read_text("utf-8").replace("description: Runs the port.", f"description: {text}"), "utf-8"
    )
    rules = {d.rule for d in load_site(tmp_path / "content").diagnostics}
    assert rules & {"text-html", "text-markup"}, rules


# -- source addresses ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "ftp://example.org/x",
        "mailto:someone@example.org",
        "//evil.example/x",
        "/relative/path",
        "example.org",
        "http://",
        'https://example.org/"onmouseover="alert(1)',
        "https://example.org/<script>",
        "https://example.org/a b",
        "https://example.org/\njavascript:alert(1)",
        "https://example.org/'x",
    ],
)
def test_source_urls_other_than_http_are_refused(tmp_path: Path, url: str) -> None:
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    sources = content / "harbour-strike" / "sources.yaml"
    text = sources.read_text("utf-8")
    sources.write_text(text + f"  url: {json.dumps(url)}\n", "utf-8")
    found = [(d.rule, d.line) for d in load_site(content).diagnostics if d.severity == "error"]
    assert ("url-invalid", text.count("\n") + 1) in found
    assert {rule for rule, _ in found} <= {"url-invalid", "text-html"}
    # Nor can a page be built from such a source without the validator: the model refuses it.
    with pytest.raises(ValidationError):
        Source(id="s", title="t", url=url)


@pytest.mark.parametrize(
    "url", ["https://example.org/a?b=c&d=e#f", "http://example.org", "https://例え.jp/パス"]
)
def test_http_urls_are_accepted(tmp_path: Path, url: str) -> None:
    assert Source(id="s", title="t", url=url).url == url


# -- in a browser --------------------------------------------------------------------------------------

# What a drawn graph (inline SVG) must not hold: a script or embedded document, a link, a handler, a
# script URL.
IN_GRAPHS = """() => [...document.querySelectorAll('.explainer-graph, .explainer-graph *')]
    .flatMap(e => [
        ...(e.matches('script, iframe, object, embed, img, a, foreignObject, use') ? [e.tagName] : []),
        ...[...e.attributes].filter(a => /^on/i.test(a.name) || /^\\s*(javascript|data|vbscript):/i.test(a.value))
            .map(a => e.tagName + ' ' + a.name + '=' + a.value),
    ])"""
SECTION_PAGES = ("", "actors/", "numbers/", "glossary/", "timeline/", "claims/", "relationships/", "sources/")


def page_paths(model: Site) -> Iterator[str]:
    """Every page type: the hub, each section of each dossier and an actor page per dossier (locally,
    profile `fast`, of every other dossier: their strings are in the pages built above all the same)."""
    yield ""
    for dossier in profiles.sample(model.dossiers, 2):
        for section in SECTION_PAGES:
            yield f"{dossier.slug}/{section}"
        yield f"{dossier.slug}/actors/{dossier.actors[0].id}/"


@pytest.mark.browser
@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="needs Debian's chromium")
def test_no_page_runs_contributed_script_in_chromium(model_builds: tuple[Built, Built], browser: Any) -> None:
    hostile = model_builds[0]
    with static_server(hostile.site) as base:
        context = browser.new_context()
        try:
            page = context.new_page()
            events: list[str] = []
            page.on("dialog", lambda dialog: (events.append(f"dialog: {dialog.message}"), dialog.dismiss()))
            page.on("pageerror", lambda error: events.append(f"page error: {error}"))
            page.on(
                "console",
                lambda message: (
                    events.append(f"console {message.type}: {message.text}")
                    if message.type == "error"
                    else None
                ),
            )
            page.on(
                "request",
                lambda request: None if request.url.startswith(base) else events.append(request.url),
            )
            for path in page_paths(hostile.model):
                page.goto(f"{base}/{path}", wait_until="load")
                assert page.evaluate(IN_GRAPHS) == [], path
                page.wait_for_timeout(150)  # let any injected onerror or timer fire
                assert events == [], path
            tooltips_and_search(page, hostile.model, base)
            assert events == []
        finally:
            context.close()


def tooltips_and_search(page: object, model: Site, base: str) -> None:
    """Hover glossary tooltips and search for hostile words: both show text the reader typed or read."""
    from playwright.sync_api import Page

    assert isinstance(page, Page)
    page.goto(f"{base}/{model.dossiers[0].slug}/", wait_until="load")
    # Every glossary link: its tooltip holds the definition as text, never as elements. The first
    # few are hovered with the mouse; every one is then focused as the keyboard does (the same
    # function shows the tooltip, at once), all in one call rather than five round trips each.
    links = page.locator("article a.explainer-term")
    assert links.count() > 0
    tip = page.locator("#explainer-tip")
    for index in range(min(3, links.count())):
        link = links.nth(index)
        link.hover()
        tip.wait_for(state="visible", timeout=5_000)
        assert tip.evaluate("t => t.children.length") == 0
        assert tip.text_content() == link.get_attribute("data-explainer-tip")
    shown = page.evaluate(
        """() => [...document.querySelectorAll('article a.explainer-term')].map(link => {
            link.focus();
            const tip = document.getElementById('explainer-tip');
            return [!tip.hidden, tip.children.length, tip.textContent === link.dataset.explainerTip];
        })"""
    )
    assert len(shown) == links.count() and all(each == [True, 0, True] for each in shown), shown
    page.keyboard.press("Escape")
    page.locator("#explainer-tip").wait_for(state="hidden", timeout=5_000)
    page.locator("button.explainer-search").click()
    search = page.locator(".pagefind-ui__search-input")
    for query in ("script", "alert", "onerror", "javascript", "click"):
        search.fill(query)
        page.locator(".pagefind-ui__result").first.wait_for(state="visible", timeout=15_000)
        page.wait_for_timeout(300)


@contextmanager
def static_server(folder: Path) -> Iterator[str]:
    """A static file server over a built site, on a free local port."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    command = [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"]
    server = subprocess.Popen(command, cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{base}/", timeout=5):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)
