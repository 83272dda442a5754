"""The site's search (Pagefind) over a site of two topics: the shipped stories and the Suez Canal
fixture, at least forty queries each. Every name, alias and native name of every actor and every term
and alias of every glossary entry finds its entry first, with no exception (the search box lists first
a result with a section named exactly by the query); hand-picked queries find numbers and the right section;
quoted evidence does not lead a search to an unrelated section; snippets carry no footnote numbers;
a result opens in place under instant navigation; every request stays on the site.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from browsing import DOSSIER, ROOT, Reader, Site

from generator.checking.loader import load_dossier, load_site

pytestmark = pytest.mark.browser

SUEZ = ROOT / "tests" / "fixtures" / "dossiers" / "suez-canal-blockage"
CANAL = SUEZ.name


def entry_queries() -> list[tuple[str, str, int]]:
    """Every actor's names and every term's names, each expected first: only the entries of exactly
    that name (an actor shared by two stories has a page in each) may share the first places."""
    # Every story of the shipped content: an actor shared by two stories has a page in each, and
    # either page is the right answer for its name.
    dossiers = list(load_site(ROOT / "content").raise_for_problems().dossiers)
    suez, found = load_dossier(SUEZ, SUEZ.parent.resolve())
    assert suez is not None, found
    dossiers.append(suez)
    wanted: dict[str, set[str]] = {}
    for dossier in dossiers:
        for actor in dossier.actors:
            names = [actor.name, *actor.aliases, *([actor.native_name.text] if actor.native_name else [])]
            for name in names:
                wanted.setdefault(name, set()).add(f"{dossier.slug}/actors/{actor.id}/")
        for term in dossier.terms:
            for name in (term.term, *term.aliases):
                wanted.setdefault(name, set()).add(f"{dossier.slug}/glossary/#{term.id}")
    return [
        (name, target, len(targets)) for name, targets in sorted(wanted.items()) for target in sorted(targets)
    ]


# Hand-picked: numbers by what they count, sections by their subject, both stories.
PICKED = [
    # The overview, whose heading holds the figure, comes first.
    ("31,000", f"{DOSSIER}/numbers/#suspects-handed-over", 2),
    # Figures of one count are rows of one table under the count's heading: the section found first.
    ("outposts overrun", f"{DOSSIER}/numbers/#junta-outposts-overrun", 1),
    # A place of Shan State comes near the top: Lashio, "the largest city in northern Shan State",
    # now that three stories (and the claims that name the offensive in northern Shan State) share the words.
    ("Shan State", "the-fall-of-laukkai/actors/lashio/", 2),
    ("Ever Given", f"{CANAL}/", 1),
    ("Suez Canal Authority", f"{CANAL}/actors/suez-canal-authority/", 1),
]


# As readers type them: questions, partial names, slips, other words for a thing, Chinese. Each with
# the entries that answer it. An actor shared by the stories of a thread has a page in each, and the
# third story, which shares the first's actors by reference, tells each where it stands now.
M, F, K = DOSSIER, "the-fall-of-laukkai", "kokang-crime-families-on-trial"


def actor(name: str, *stories: str) -> tuple[str, ...]:
    return tuple(f"{story}/actors/{name}/" for story in (*(stories or (M, F)), K))


READER_QUERIES: list[tuple[str, tuple[str, ...]]] = [
    ("who is Ming Xuechang", actor("ming-xuechang", M)),
    ("who was Ming Xuechang?", actor("ming-xuechang", M)),
    ("what is a scam centre", (f"{M}/glossary/#scam-centre",)),
    ("what is the MNDAA", actor("mndaa")),
    ("what is Operation 1027", (f"{M}/glossary/#operation-1027",)),
    ("when did Laukkai fall", (f"{F}/", f"{M}/timeline/#laukkai-falls", f"{F}/timeline/#command-surrenders")),
    ("how many suspects were handed over", (f"{M}/numbers/#suspects-handed-over", f"{M}/")),
    ("what is the Three Brotherhood Alliance", actor("three-brotherhood-alliance")),
    ("who is Bai Suocheng", actor("bai-suocheng", M)),
    ("what does junta mean", (f"{M}/glossary/#junta",)),
    ("what is a border guard force", (f"{M}/glossary/#border-guard-force", *actor("border-guard-forces", M))),
    ("where is Laukkai", actor("laukkai")),
    ("where is Lashio", actor("lashio", F)),
    ("who is Zachary Abuza", actor("zachary-abuza", F)),
    ("what is the Kokang self-administered zone", actor("kokang-self-administered-zone")),
    ("what is a financier", (f"{M}/glossary/#financier",)),
    ("what is a ringleader", (f"{M}/glossary/#ringleader",)),
    ("what is telecom network fraud", (f"{M}/glossary/#telecom-network-fraud",)),
    ("what is transnational crime", (f"{M}/glossary/#transnational-crime",)),
    ("what is a cybercriminal", (f"{M}/glossary/#cybercriminal",)),
    ("what was the crackdown", (f"{M}/glossary/#crackdown",)),
    ("what is a trafficking victim", (f"{M}/glossary/#trafficking-victim",)),
    ("who is Ming Guoping", actor("ming-guoping")),
    ("who is Ming Julan", actor("ming-julan", M)),
    ("who is Ming Zhenzhen", actor("ming-zhenzhen", M)),
    ("who is Than Naing Oo", actor("than-naing-oo", M)),
    ("who is Zdravko Ljubas", actor("zdravko-ljubas", M)),
    ("what is the Arakan Army", actor("arakan-army")),
    ("what is the TNLA", actor("tnla")),
    ("who are the Wenzhou police", actor("wenzhou-police", M)),
    ("what is the Crouching Tiger Villa", actor("crouching-tiger-villa", M)),
    ("what is the United States Institute of Peace", actor("usip", M)),
    ("how many scam centers are in Myanmar", (f"{M}/numbers/#scam-centers",)),
    ("how many generals surrendered", (f"{F}/numbers/#generals-surrendered",)),
    ("how many soldiers surrendered", (f"{F}/numbers/#soldiers-surrendered",)),
    (
        "how many of the Ming group were executed",
        (
            f"{M}/numbers/#ming-group-executed",
            # The figure's own heading on the same page.
            f"{M}/numbers/#members-of-the-ming-group-executed-after-the-supreme-peoples-court-approved-their-sentences",
            # Since the first story ends in 2023, the figure is the third story's.
            f"{K}/numbers/#members-of-the-ming-group-executed-after-the-supreme-peoples-court-approved-their-sentences",
        ),
    ),
    ("what is the Ever Given", (f"{CANAL}/",)),
    ("what is a container ship", (f"{CANAL}/glossary/#container-ship",)),
    ("what does run aground mean", (f"{CANAL}/glossary/#run-aground",)),
    ("what is a tug", (f"{CANAL}/glossary/#tug",)),
    ("what does refloat mean", (f"{CANAL}/glossary/#refloat",)),
    ("what is marine salvage", (f"{CANAL}/glossary/#marine-salvage",)),
    ("what is an impoundment", (f"{CANAL}/glossary/#impoundment",)),
    ("who is Royal Boskalis", actor("royal-boskalis", CANAL)),
    ("what is the Suez Canal Authority", actor("suez-canal-authority", CANAL)),
    ("where is the Great Bitter Lake", actor("great-bitter-lake", CANAL)),
    ("how many ships were waiting", (f"{CANAL}/numbers/#ships-queuing",)),
    ("how many tugs freed the Ever Given", (f"{CANAL}/numbers/#tugs",)),
    ("when was the Ever Given released", (f"{CANAL}/timeline/#ship-released", f"{CANAL}/")),
    (
        "why was the Ever Given impounded",
        (f"{CANAL}/glossary/#impoundment", f"{CANAL}/timeline/#ship-impounded"),
    ),
    # A key question asked as the overview words it leads to that question.
    ("who was handed over?", (f"{M}/#q-who-was-handed-over",)),
    ("why did the ship run aground", (f"{CANAL}/#q-why-did-it-run-aground",)),
    ("what happened to the ship", (f"{CANAL}/#q-what-happened-to-the-ship",)),
    ("Xuechang", actor("ming-xuechang", M)),
    ("Boskalis", actor("royal-boskalis", CANAL)),
    ("Brotherhood", actor("three-brotherhood-alliance")),
    ("Abuza", actor("zachary-abuza", F)),
    ("Kokang army", actor("mndaa")),
    ("Ta'ang", actor("tnla")),
    ("Laukai", actor("laukkai")),
    ("Ming Xuechng", actor("ming-xuechang", M)),
    ("Boskals", actor("royal-boskalis", CANAL)),
    ("Suez Canal Authorty", actor("suez-canal-authority", CANAL)),
    ("scam centr", (f"{M}/glossary/#scam-centre",)),
    ("deported", (f"{M}/glossary/#handover",)),
    ("extradition", (f"{M}/glossary/#handover",)),
    ("Kokang rebels", actor("mndaa")),
    ("fraud den", (f"{M}/glossary/#scam-centre",)),
    ("Laukkaing", actor("laukkai")),
    ("明学昌", actor("ming-xuechang", M)),
    ("明学昌是谁", actor("ming-xuechang", M)),
    ("老街", actor("laukkai")),
    ("老街在哪里", actor("laukkai")),
    ("公安部", actor("ministry-of-public-security")),
    ("明国平", actor("ming-guoping")),
]


@pytest.fixture(scope="module")
def two_stories(two_stories_sites: dict[str, Site]) -> str:
    """The shipped site with the Suez dossier beside the shipped ones, built and served (conftest)."""
    return two_stories_sites["whole"].base + "/"


@pytest.fixture(scope="module")
def in_parts(two_stories_sites: dict[str, Site]) -> str:
    """The same site with its index in parts, as a large publication's: a story's worth of pages each."""
    return two_stories_sites["parts"].base + "/"


# Pagefind's search box waits 300 ms after each keystroke for the reader to stop typing. A test types a
# whole query at once, so its pages build the box without that wait (as `debounceTimeoutMs: 0`, an
# option of Pagefind's own): the same results and the same rendering, about a third less time per query.
NO_WAIT_AFTER_TYPING = """(() => {
    let made;
    Object.defineProperty(window, "PagefindUI", {
        configurable: true,
        get: () => made,
        set: (PagefindUI) => {
            made = class extends PagefindUI {
                constructor(options) { super({ ...options, debounceTimeoutMs: 0 }); }
            };
        },
    });
})();"""


def searching(reader: Reader) -> Any:
    """A new tab of ``reader`` whose search box does not wait after typing."""
    page = reader.new_page()
    page.add_init_script(NO_WAIT_AFTER_TYPING)
    return page


def search(page: Any, query: str) -> tuple[list[list[str]], list[str]]:
    """The result groups for ``query`` (each its page, then its sections, as paths) and the snippets."""
    box = page.locator(".pagefind-ui__search-input")
    box.fill(query)
    page.wait_for_function(
        """query => {
            const ui = document.querySelector('.pagefind-ui');
            const message = ui.querySelector('.pagefind-ui__message');
            // The message names the query once its results are in; each result then loads its page.
            return message && message.textContent.includes(query) && /result/i.test(message.textContent)
                && !ui.querySelector('.pagefind-ui__loading');
        }""",
        arg=query,
    )
    groups = page.locator(".pagefind-ui__result").evaluate_all(
        """results => results.map(result => [...result.querySelectorAll('a.pagefind-ui__result-link')]
            .map(a => { const url = new URL(a.href); return url.pathname.slice(1) + url.hash; }))"""
    )
    snippets = page.locator(".pagefind-ui__result-excerpt").all_text_contents()
    return groups, snippets


@pytest.fixture(scope="module")
def opened(desktop: Reader, two_stories: str) -> Iterator[Any]:
    """The home page with the search dialog open."""
    desktop.problems.clear()
    page = searching(desktop)
    page.goto(two_stories, wait_until="load")
    page.locator("button.explainer-search").click()
    page.locator(".pagefind-ui__search-input").wait_for()
    yield page
    page.close()
    assert desktop.problems == []


def rank(groups: list[list[str]], wanted: str) -> int | None:
    """The position (from 1) of the group holding ``wanted``: its page, or one of its sections."""
    for position, links in enumerate(groups, start=1):
        if wanted in links or (wanted.endswith("/") and links and links[0] == wanted):
            return position
    return None


ALL = entry_queries() + PICKED


def test_reader_queries_find_their_answer(opened: Any) -> None:
    """At least 60 queries as readers type them, over both shipped stories and the Suez fixture:
    the right entry first for at least 90%, in the first three for at least 98%."""
    assert len(READER_QUERIES) >= 60
    assert sum(any(w.startswith(f"{CANAL}/") for w in wanted) for _, wanted in READER_QUERIES) >= 15
    positions: dict[str, int | None] = {}
    for query, wanted in READER_QUERIES:
        groups, _ = search(opened, query)
        found = [position for target in wanted if (position := rank(groups, target)) is not None]
        positions[query] = min(found) if found else None
    first = sum(position == 1 for position in positions.values())
    top3 = sum(position is not None and position <= 3 for position in positions.values())
    missed = {query: position for query, position in positions.items() if position != 1}
    assert first >= 0.90 * len(READER_QUERIES), missed
    assert top3 >= 0.98 * len(READER_QUERIES), missed


def test_a_key_question_found_opens_with_its_answer(desktop: Reader, two_stories: str) -> None:
    """A key question is a <details> on the overview, not a heading: asked as written, it is
    the first result's first section, its answer as the snippet, and the result opens it."""
    page = searching(desktop)
    page.goto(two_stories + f"{CANAL}/timeline/", wait_until="load")
    page.keyboard.press("/")
    groups, snippets = search(page, "Why did the ship run aground?")
    assert groups[0][:2] == [f"{CANAL}/", f"{CANAL}/#q-why-did-it-run-aground"], groups[:3]
    assert snippets[0].startswith("Egypt says the wind may not be the only cause"), snippets[:2]
    page.locator(".pagefind-ui__result-link[href$='#q-why-did-it-run-aground']").click()
    page.wait_for_function("() => document.getElementById('q-why-did-it-run-aground')?.open === true")
    page.close()


def test_maintainer_pages_are_not_in_the_readers_search(opened: Any) -> None:
    for query in ("contribute", "pull request", "benchmark", "format reference", "corrections"):
        groups, _ = search(opened, query)
        pages = [links[0] for links in groups if links]
        maintainers = ("contribute/", "performance/", "/updates/")
        assert not [page for page in pages if page.startswith(maintainers[:2]) or maintainers[2] in page], (
            query
        )


def test_at_least_forty_queries_on_each_topic() -> None:
    on_the_canal = [wanted for _, wanted, _ in ALL if wanted.startswith(f"{CANAL}/")]
    assert len(on_the_canal) >= 40 and len(ALL) - len(on_the_canal) >= 40


@pytest.mark.parametrize(
    ("query", "wanted", "within"),
    ALL,
    ids=[f"{q}->{w}" for q, w, _ in ALL],
)
def test_search_puts_the_entry_first(opened: Any, query: str, wanted: str, within: int) -> None:
    groups, snippets = search(opened, query)
    position = rank(groups, wanted)
    shown = "\n".join(f"  {i}. {links[:4]}" for i, links in enumerate(groups[:5], start=1))
    assert position is not None and position <= within, f"{query!r}: {wanted} at {position}\n{shown}"
    # A snippet never runs a footnote number into a word ("operated.1234").
    glued = [s for s in snippets if re.search(r"[a-z][.,;:]?\d", s)]
    assert glued == [], glued
    # The names an entry is found by stay out of sight (the interface would show metadata as tags).
    assert opened.locator(".pagefind-ui__result-tag").count() == 0


def test_quoted_evidence_stays_findable_on_the_sources_page(opened: Any) -> None:
    """A phrase quoted only as evidence ("Tatmadaw"), in footnotes, is found where the Sources page lists it with
    the facts that cite it ("Shan State" above shows that a footnote no longer lifts its section)."""
    groups, _ = search(opened, "Tatmadaw")
    position = rank(groups, f"{DOSSIER}/sources/")
    assert position == 1, groups[:5]


def test_a_result_opens_in_place_with_every_request_on_the_site(desktop: Reader, two_stories: str) -> None:
    page = searching(desktop)
    loaded: list[str] = []
    page.on("requestfinished", lambda request: loaded.append(request.url))
    page.goto(two_stories + f"{DOSSIER}/", wait_until="load")
    page.evaluate("() => { window.sameDocument = true; }")
    page.keyboard.press("/")
    search(page, "Ever Given")
    page.locator(".pagefind-ui__result a.pagefind-ui__result-link").first.click()
    page.wait_for_url(f"**/{CANAL}/")
    page.locator("article h1", has_text="Ever Given").wait_for()
    assert page.evaluate("() => window.sameDocument === true")  # instant navigation kept the page
    assert page.locator("dialog.explainer-search__dialog[open]").count() == 0
    assert any("/pagefind/" in url for url in loaded)
    assert all(url.startswith(two_stories) for url in loaded), loaded
    page.close()


def test_an_index_in_parts_is_searched_whole(desktop: Reader, two_stories: str, in_parts: str) -> None:
    """A large publication's index comes in parts (``generator.site.search``), which the search box
    searches together: a query finds as many pages as in one index, from every part, and a result
    opens. (Parts of a site of a few stories are too small to rank pages as the whole site does; at scale,
    docs/performance.md compares the two orders.)"""
    counts = {}
    for base in (two_stories, in_parts):
        page = searching(desktop)
        loaded: list[str] = []
        page.on("requestfinished", lambda request, loaded=loaded: loaded.append(request.url))
        page.goto(base, wait_until="load")
        page.keyboard.press("/")
        for query in ("Myanmar", "police", "Ever Given", "canal", "handover"):
            search(page, query)
            counts[base, query] = page.locator(".pagefind-ui__message").text_content()
            # Which part a page is in is the search box's own affair: the reader is offered no filter.
            assert page.locator(".pagefind-ui__filter-panel").count() == 0
        page.locator(".pagefind-ui__result a.pagefind-ui__result-link").first.click()
        page.locator("article h1").wait_for()
        if base == in_parts:
            assert any("/pagefind/part-1/" in url for url in loaded) and any(
                "/pagefind/part-2/" in url for url in loaded
            )
        assert all(url.startswith(base) for url in loaded), loaded
        page.close()
    for query in ("Myanmar", "police", "Ever Given", "canal", "handover"):
        assert counts[in_parts, query] == counts[two_stories, query], query
