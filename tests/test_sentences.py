"""Every sentence the generator writes keeps the rules an editor would hold it to, on every shipped
and fixture dossier and on random valid ones (the property generator of ``test_properties``).

The generated text is what remains of each page when every contributor text is cut out
(``benchmarks/sentences.py``). The rules:

- no tautology: a relationship whose object is a place the subject's name already names, or a
  relation about the sources ("reported on by"), is no sentence on an actor's page;
- agreement: a relationship's verb agrees with its subject (plural: "are", "were", "control";
  singular: "is", "was", "controls");
- no doubled word in what the generator wrote, and no figure that says its unit twice;
- no raw field name ("Unit:", "Qualifier:", "Kind:", ``stated_by``), no "(none)" and no id;
- no empty section: every page says more than its title, the menu and the overview's table of
  sections only name pages that exist, and no section is listed with no entries.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from profiles import examples

from generator.checking.loader import load_site
from generator.format.dossier import Dossier, Site
from generator.format.model import ActorKind
from generator.site.grammar import figure, is_plural, relation
from generator.site.pages import NavItem, Page, Pages, build_pages
from generator.site.roles import appositive, gist, role
from generator.site.shelf import pack
from generator.site.unknowns import CONTESTED_WORDS, GIST_WORDS, WHICH_WORDS, _gist

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from sentences import GAP, contributor_texts, generated, plain, units
from test_properties import SETTINGS, Generated, dossiers, styles, written

ROOT = Path(__file__).resolve().parent.parent
CURATED = {
    "shipped": ROOT / "content",
    "fixtures": ROOT / "tests" / "fixtures" / "dossiers",
    "basic": ROOT / "tests" / "fixtures" / "sites" / "basic" / "content",
}
FIELD_LINES = re.compile(r"(?:^|\s)(?:Unit|Qualifier|Kind|Counts|Hedge|Snapshot|Wikidata):", re.I)
SNAKE = re.compile(r"\b[a-z]+_[a-z_]+\b")
CODE_SPAN = re.compile(r"`\s*([^`]*?)\s*`")
DOUBLED = re.compile(r"(?<![\w-])(\w+) \1(?![\w-])", re.I)
PLURAL_VERBS = {"is", "was", "has", "does"}
SINGULAR_VERBS = {"are", "were", "have", "do"}


def _all_contributor_texts(site: Site) -> list[str]:
    """Every contributor string of one word or more, plain, longest first: what remains of a page
    without them is the generator's alone."""
    found: set[str] = set(contributor_texts(site.dossiers))
    for dossier in site.dossiers:
        for actor in dossier.actors:
            found |= {plain(n) for n in (actor.name, *actor.aliases)}
            # An actor's page may show its description's first paragraph alone.
            paragraphs = (actor.description or "").split("\n\n")
            found |= {plain(paragraph) for paragraph in paragraphs}
            # A code span renders without the spaces at its ends ("`ab `cd" reads "abcd").
            found |= {plain(CODE_SPAN.sub(r"\1", paragraph)) for paragraph in paragraphs}
            # Who it is, cut from its description (``roles``): its first clause without the stop ("AA
            # AA AA AA AA" of "AA AA AA AA AA." shows "AA AA" once the name "AA AA AA" is cut out).
            found |= {plain(r) for r in (role(actor), role(actor, second=False), appositive(actor))}
        for number in dossier.numbers:
            found |= {plain(t) for t in (number.counts, number.unit or "", number.amount or "") if t}
        for term in dossier.terms:
            found |= {plain(t) for t in (term.term, *term.aliases, gist(term.definition))}
        # A claim named by its first words (``unknowns``), as long as each list lets it run.
        found |= {
            plain(_gist(c.statement, n))
            for c in dossier.claims
            for n in (WHICH_WORDS, GIST_WORDS, CONTESTED_WORDS)
        }
        found |= {plain(e.title) for e in dossier.events} | {plain(s.title) for s in dossier.sources}
        found |= {plain(a) for s in dossier.sources for a in (*s.authors, s.publisher or "") if a}
        found |= {plain(dossier.meta.title), plain(dossier.meta.licence), plain(dossier.meta.place or "")}
    # As a page may show them: run together, the first letter capitalised ("aZ4 b b" opens a line as
    # "AZ4 b b"), so a doubled word the contributor wrote is not taken for the generator's.
    found |= {" ".join(t.split()) for t in found}
    found |= {t[:1].upper() + t[1:] for t in found}
    return sorted((t for t in found if t.strip()), key=lambda t: (-len(t), t))


def skeletons(site: Site, pages: Pages) -> list[tuple[str, str]]:
    """(page, what the generator wrote in one block), contributor text cut out."""
    texts = _all_contributor_texts(site)
    return [(u.page, generated(u, texts)) for p in pages.pages for u in units(p.path, p.markdown)]


def problems_in_text(site: Site, pages: Pages) -> list[str]:
    found = []
    ids = {
        i
        for d in site.dossiers
        for kind in (d.actors, d.numbers, d.terms, d.events, d.claims, d.sources)
        for i in (e.id for e in kind)
        if "-" in i
    }
    # Every id in one pattern, longest first: an id stands as a whole word, never inside a longer one.
    alternatives = "|".join(re.escape(i) for i in sorted(ids, key=lambda i: (-len(i), i)))
    any_id = re.compile(rf"(?<![\w.-])(?:{alternatives})(?![\w-]|\.\w)") if ids else None
    for page, text in skeletons(site, pages):
        if FIELD_LINES.search(text) or "(none)" in text or SNAKE.search(text):
            found.append(f"{page}: a field name or (none): {text!r}")
        doubled = DOUBLED.search(text.replace(GAP, " | "))
        if doubled and not doubled.group(1).isdigit():
            found.append(f"{page}: a doubled word {doubled.group(0)!r}: {text!r}")
        for identifier in sorted({m.group(0) for m in any_id.finditer(text)} if any_id else ()):
            found.append(f"{page}: the id {identifier!r}: {text!r}")
    return found


def problems_in_relationships(dossier: Dossier, pages: Pages) -> list[str]:
    """Tautologies and agreement, read off each actor page's list of relationships."""
    found = []
    by_path = pages.by_path()
    for r in dossier.relationships:
        for actor, other, outgoing in ((r.subject, r.object, True), (r.object, r.subject, False)):
            me, them = dossier.actor_by_id[actor], dossier.actor_by_id[other]
            if me.id == them.id:
                continue
            page = by_path[f"{dossier.slug}/actors/{actor}.md"].markdown
            phrase = relation(r.predicate, outgoing, me, dossier.vocabulary)
            start = f"- {me.name[:1].upper()}{me.name[1:]} {phrase} ["
            lines = [
                line for line in page.splitlines() if line.startswith(start) and f"({them.id}.md)" in line
            ]
            place, named = (them, me) if them.kind is ActorKind.PLACE else (me, them)
            told = re.search(rf"(?<!\w){re.escape(place.name.casefold())}(?!\w)", named.name.casefold())
            says_nothing = r.predicate == "reported-by" or (place.kind is ActorKind.PLACE and bool(told))
            if says_nothing and lines:
                found.append(f"{dossier.slug}: a sentence that tells nothing: {lines[0]!r}")
            verb = phrase.split()[0].casefold()
            plural = is_plural(me)
            wrong = (
                (verb in PLURAL_VERBS or (verb.endswith("s") and not verb.endswith("ss")))
                if plural
                else (verb in SINGULAR_VERBS)
            )
            if wrong and verb not in {"hosts", "focus"}:
                found.append(f"{dossier.slug}: {me.name!r} ({'plural' if plural else 'singular'}) {verb!r}")
    return found


def problems_in_sections(pages: Pages) -> list[str]:
    found = []
    paths = {p.path for p in pages.pages}

    def walk(items: tuple[NavItem, ...]) -> None:
        for item in items:
            if item.path is not None and item.path not in paths:
                found.append(f"the menu names {item.path}, which is no page")
            walk(item.children)

    walk(pages.nav)
    for page in pages.pages:
        said = [u for u in units(page.path, page.markdown) if u.kind != "heading"]
        if not said:
            found.append(f"{page.path}: an empty page")
        if re.search(r"^\| \[[^\]]+\]\([^)]+\) \| 0 \|$", page.markdown, re.M):
            found.append(f"{page.path}: a section with no entries is listed")
        if re.search(r"\bdefines no\b|\brecords no\b", page.markdown):
            found.append(f"{page.path}: a section that says it is empty")
        # Speakers are named as a sentence names them: "A and B say", never "A, B say".
        if re.search(r"\]\([^)]+\), \[[^\]]+\]\([^)]+\) says?:", page.markdown):
            found.append(f"{page.path}: speakers listed with commas only before 'say'")
        # A key figure stands on its own line above its caption, which starts as a phrase does.
        if re.search(r'^!!! explainer-figure ""\n\n {4}\[[^\]]*\]\([^)]*\)\s*[,:;]', page.markdown, re.M):
            found.append(f"{page.path}: a key-figure card whose caption starts with punctuation")
    return found


def problems_in_figures(site: Site) -> list[str]:
    found = []
    for dossier in site.dossiers:
        for number in dossier.numbers:
            text = figure(number).casefold()
            for unit_word in {
                w.rstrip("s") for w in re.findall(r"[a-z]{3,}", (number.unit or "").casefold())
            }:
                if len(re.findall(rf"\b{re.escape(unit_word)}s?\b", text)) > 1:
                    found.append(f"{dossier.slug}: {figure(number)!r} says {unit_word!r} twice")
            if re.search(r"\d{1,3},\d{3},\d{3}", text) and number.value % 100_000 == 0:
                found.append(f"{dossier.slug}: {figure(number)!r} spells out a round million")
    return found


def all_problems(site: Site, curated: bool) -> list[str]:
    pages = build_pages(site)
    found = problems_in_text(site, pages) + problems_in_sections(pages)
    for dossier in site.dossiers:
        found += problems_in_relationships(dossier, pages)
    return found + (problems_in_figures(site) if curated else [])


@pytest.mark.parametrize("name", sorted(CURATED))
def test_every_generated_sentence_of_the_curated_dossiers_keeps_the_rules(name: str) -> None:
    site = load_site(CURATED[name]).raise_for_problems()
    assert all_problems(site, curated=True) == []


def _cited() -> list[dict[str, str]]:
    return [{"source": "s-s", "evidence": "bb cc"}]


# A name whose words its description repeats: the Who's who showed "AA AA AA: AA AA AA AA AA", the
# description's first clause without its stop, which held "AA AA" once the name was cut out.
REPEATED_NAME = Generated(
    "d-d",
    {
        "dossier": {
            "title": "T",
            "slug": "d-d",
            "summary": "S. Terms: AA AA AA.",
            "language": "en",
            "published": "2024-01-01",
            "last_reviewed": "2024-02-01",
            "licence": "CC0-1.0",
            "story": [{"text": "X.", "cite": _cited()}],
        },
        "sources": [{"id": "s-s", "title": "S"}],
        "actors": [
            {
                "id": "aa",
                "name": "AA AA AA",
                "kind": "person",
                "description": "The AA AA AA AA AA.",
                "cite": _cited(),
            },
            {
                "id": "bb",
                "name": "BB",
                "kind": "place",
                "description": "AA AA AA AA AA, bb.",
                "cite": _cited(),
            },
        ],
        "glossary": [{"id": "t-t", "term": "AA AA AA", "definition": "AA AA AA AA AA.", "cite": _cited()}],
        "claims": [{"id": "c-c", "statement": "AA AA AA AA AA.", "claimants": ["aa"], "cite": _cited()}],
    },
    {},
)


@settings(max_examples=examples(12), **SETTINGS)
@given(dossiers(), styles)
@example(
    REPEATED_NAME,
    {"sort_keys": False, "default_flow_style": False, "width": 80, "indent": 2, "comment": False},
)
def test_every_generated_sentence_of_random_dossiers_keeps_the_rules(
    generated_dossier: Generated, style: dict[str, object]
) -> None:
    with written(generated_dossier, style) as content:
        site = load_site(content).raise_for_problems()
    assert all_problems(site, curated=False) == []


def test_the_rules_can_fail() -> None:
    """Each check finds what it is for, in text made to break it."""
    site = load_site(CURATED["fixtures"]).raise_for_problems()
    pages = build_pages(site)
    broken = Pages(
        (
            *pages.pages,
            Page(
                "x/y.md",
                "Y",
                pack(
                    "# Y\n\n- **Unit:** cubic metres\n- Figures figures from water-released (none).\n\n"
                    "| [Glossary](glossary.md) | 0 |\n\n"
                    '!!! explainer-figure ""\n\n    [about $8 billion](numbers.md#n), the total value\n\n'
                    "- [A](a.md), [B](b.md) say: it rained.\n"
                ),
            ),
            Page("x/z.md", "Z", pack("# Z\n")),
        ),
        (*pages.nav, NavItem("Gone", "x/gone.md")),
    )
    text = problems_in_text(site, broken)
    assert any("field name" in p for p in text)
    assert any("doubled word" in p for p in text)
    assert any("the id 'water-released'" in p for p in text)
    sections = problems_in_sections(broken)
    assert any("an empty page" in p for p in sections)
    assert any("no entries" in p for p in sections)
    assert any("which is no page" in p for p in sections)
    assert any("starts with punctuation" in p for p in sections)
    assert any("commas only" in p for p in sections)


def test_an_overview_shows_at_most_six_key_figures_of_distinct_quantities_or_the_dossiers_own() -> None:
    site = load_site(CURATED["shipped"]).raise_for_problems()
    pages = build_pages(site).by_path()
    for dossier in site.dossiers:
        overview = pages[f"{dossier.slug}/index.md"].markdown
        # Each card's figure links to its entry (a part's line under it links to its whole).
        cards = re.findall(
            r'!!! explainer-figure ""\n\n    \[[^\]]*\]\(numbers\.md#([a-z0-9-]+)\)',
            overview.split("## Key figures", 1)[1].split("\n## ")[0],
        )
        assert 0 < len(cards) <= 6
        quantities = [dossier.number_by_id[c].quantity for c in cards if dossier.number_by_id[c].quantity]
        assert len(quantities) == len(set(quantities))  # a series is one card
    chosen = ["suspects-handed-over-january-2024", "kk-park-arrests"]
    dossier = next(d for d in site.dossiers if d.slug == "kokang-crime-families-on-trial")
    meta = dossier.meta.model_copy(update={"key_figures": chosen})
    from generator.site.sections import key_figures_of

    assert [n.id for n in key_figures_of(dataclasses.replace(dossier, meta=meta))] == chosen


def test_a_series_key_figure_shows_where_it_stands_now() -> None:
    """Of a quantity told at several dates, the overview's card is the latest figure."""
    from generator.site.sections import key_figures_of

    site = load_site(CURATED["fixtures"]).raise_for_problems()
    glacier = next(d for d in site.dossiers if d.slug == "glacier-lake-flood")
    series = [n for n in glacier.numbers if n.quantity == "people-who-left-the-valley"]
    assert len({n.as_of for n in series}) == 2
    cards = key_figures_of(glacier)
    shown = [n for n in cards if n.quantity == "people-who-left-the-valley"]
    assert shown == [max(series, key=lambda n: n.as_of or "")]
    # The dossier's own key figure stays, whatever its date.
    shipped = load_site(CURATED["shipped"]).raise_for_problems().dossiers[0]
    if shipped.meta.key_figure and not shipped.meta.key_figures:
        assert key_figures_of(shipped)[0].id == shipped.meta.key_figure
