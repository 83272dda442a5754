"""What a reader sees: every page reads as prose (no raw Markdown or YAML, no "None", no empty
section, every diagram drawn), each page type fits a phone 375 px wide, and a page prints with its
citations. Screenshots of each page type, desktop and phone, go to test-artifacts/screenshots/ under
CI=true or with SCREENSHOTS=1 (conftest.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import profiles
import pytest
from browsing import DOSSIER, PAGE_TYPES, Reader, Site

pytestmark = pytest.mark.browser

# Text a reader should never see: Markdown or YAML that was not rendered, and Python's None.
RAW = {
    "Markdown emphasis": re.compile(r"\*\*\S|\S\*\*"),
    "a Markdown link": re.compile(r"\]\((?:\.\./|[\w-]+\.md|https?:)"),
    "a Markdown heading": re.compile(r"^#{1,6} ", re.MULTILINE),
    "an attribute list": re.compile(r"\{: ?[#.]"),
    "an admonition": re.compile(r"^!!! ", re.MULTILINE),
    "a footnote reference": re.compile(r"\[\^\d+\]"),
    "a YAML key": re.compile(r"^\s*(?:- )?(?:id|cite|source|evidence|kind|aliases): ", re.MULTILINE),
    "a template tag": re.compile(r"\{\{|\{%"),
    "None": re.compile(r"\bNone\b"),
}
# The hand-written pages about the format quote YAML and Markdown on purpose, in code blocks.
EMPTY_SECTIONS = """() => [...document.querySelectorAll('article h2, article h3, article h4')].filter(h => {
    const level = Number(h.tagName[1]);
    let next = h.nextElementSibling;
    while (next && !next.textContent.trim() && !next.querySelector('svg, img')) next = next.nextElementSibling;
    return !next || (/^H[1-6]$/.test(next.tagName) && Number(next.tagName[1]) <= level);
}).map(h => h.textContent.trim())"""
FITS = """selector => [...document.querySelectorAll(selector)].filter(e => {
    const box = e.getBoundingClientRect();
    return box.width > 0 && (box.left < -1 || box.right > document.documentElement.clientWidth + 1);
}).map(e => e.tagName + '.' + e.className)"""


def prose(page: Any) -> str:
    """The article's text, without code blocks (which may quote Markdown or YAML on purpose)."""
    return str(
        page.evaluate(
            """() => {
                const article = document.querySelector('article').cloneNode(true);
                article.querySelectorAll('pre, code').forEach(e => e.remove());
                return article.innerText;
            }"""
        )
    )


def _is(path: str) -> Callable[[str], bool]:
    return lambda page: page == path


def test_every_page_reads_as_prose(reader: Reader, site: Site) -> None:
    """Every page under CI; locally (profile `fast`) a sixth of them, every page type among them."""
    problems = []
    pages = profiles.sample(site.pages(), 6, [_is(path) for path in PAGE_TYPES.values()])
    assert set(PAGE_TYPES.values()) <= set(pages)
    for path in pages:
        page = reader.open(site.url(path))
        text = prose(page)
        problems += [f"{path}: {what}" for what, pattern in RAW.items() if pattern.search(text)]
        problems += [f"{path}: empty section {title!r}" for title in page.evaluate(EMPTY_SECTIONS)]
    assert len(site.pages()) > 30
    assert problems == []


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_each_page_type_fits_a_phone(
    phone_reader: Reader, site: Site, screenshots: Path | None, kind: str
) -> None:
    page = phone_reader.open(site.url(PAGE_TYPES[kind]))
    if screenshots is not None:
        page.screenshot(path=screenshots / f"{kind}-phone.jpg", full_page=True, quality=80)
    width = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert width[0] <= width[1], f"the page scrolls sideways: {width}"
    # A wide table may scroll inside its own box (Material's scroll wrapper), never the page.
    boxes = "article .admonition, article .md-typeset__scrollwrap, article .explainer-graph, article img"
    assert page.evaluate(FITS, boxes) == []
    # No table scrolls sideways either: on a phone each row reads as a line of text.
    wide = page.evaluate(
        """() => [...document.querySelectorAll('article table, article .md-typeset__scrollwrap')]
            .filter(t => t.scrollWidth > t.clientWidth + 1).map(t => t.textContent.slice(0, 60))"""
    )
    assert wide == []


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_each_page_type_on_a_desktop(reader: Reader, site: Site, screenshots: Path | None, kind: str) -> None:
    page = reader.open(site.url(PAGE_TYPES[kind]))
    if screenshots is not None:
        page.screenshot(path=screenshots / f"{kind}-desktop.jpg", full_page=True, quality=80)
    assert page.locator("article h1").count() == 1


def test_a_page_prints_with_its_citations(reader: Reader, site: Site, screenshots: Path | None) -> None:
    page = reader.open(site.url(f"{DOSSIER}/actors/ming-xuechang/"), reader.new_page())
    page.emulate_media(media="print")
    notes = page.locator("article .footnote li")
    assert notes.count() > 0
    assert all(note.is_visible() for note in notes.all())
    assert "Caixin" in page.locator("article .footnote").inner_text()
    # The navigation, the header and the search are not printed; the infobox is.
    assert not page.locator(".md-sidebar--primary").is_visible()
    assert not page.locator(".md-header").is_visible()
    assert page.locator("article .explainer-infobox").is_visible()
    # Links print as their words, never followed by their address (tests/browser/test_print.py).
    for link in page.locator("article a[href]").all()[:20]:
        assert link.evaluate("a => getComputedStyle(a, '::after').content") in ("none", "normal", '""')
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")
    if screenshots is not None:
        (screenshots / "actor-print.pdf").write_bytes(pdf)


# On a phone: for each citation marker in a table, how far its number starts from the end of the
# words or the marker before it in its row (the text of each, not their boxes), in px.
MARKER_GAPS = """() => [...document.querySelectorAll('article td sup[id^="fnref"] > a')].map(marker => {
    const row = marker.closest('tr');
    const texts = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
    let before = null, node;
    while ((node = texts.nextNode()) && !marker.contains(node)) if (node.textContent.trim()) before = node;
    const range = document.createRange();
    range.selectNodeContents(before);
    const end = [...range.getClientRects()].pop();
    range.selectNodeContents(marker);
    const start = range.getClientRects()[0];
    return [before.textContent.trim().slice(-20) + ' ' + marker.textContent, start.top - end.top, start.left - end.right];
})"""


def test_citation_markers_in_a_table_sit_as_in_prose_on_a_phone(phone_reader: Reader, site: Site) -> None:
    """A table's row reads as a line of text on a phone: its markers follow the words they support
    and one another as in prose ("Peace¹¹,¹²"), not "Peace ¹¹ , ¹²" spread over 24 px boxes."""
    gaps = []
    for path in (f"{DOSSIER}/numbers/", "kokang-crime-families-on-trial/relationships/"):
        gaps += phone_reader.open(site.url(path)).evaluate(MARKER_GAPS)
    assert len(gaps) > 10 and any(what == ", 12" for what, _, _ in gaps)
    # The same line (a superscript is raised a little), right after the words or the comma before.
    assert [(what, round(left)) for what, top, left in gaps if abs(top) > 8 or not -1 <= left <= 5] == []


def test_a_comma_stands_only_between_the_markers_of_one_fact(phone_reader: Reader, site: Site) -> None:
    """The comma between two markers was drawn by CSS before any marker whose previous element was a
    marker, words between them or not: "CNA¹; also Hindustan Times,²". It is now in the page, between
    the markers of one fact only."""
    page = phone_reader.open(site.url(f"{DOSSIER}/numbers/"))
    drawn = page.evaluate(
        "() => [...document.querySelectorAll('article sup')].map(s => getComputedStyle(s, '::before').content)"
    )
    assert len(drawn) > 10 and set(drawn) <= {"none", "normal"}
    text = page.locator("article").inner_text()
    assert "United States Institute of Peace11,12 as of November 2023" in text
    assert re.search(r"\d; People's Daily Online \(Xinhua\)\d", text)


def test_a_relationships_note_is_a_sentence_of_its_own_on_a_phone(
    phone_reader: Reader, reader: Reader, site: Site
) -> None:
    """A row read as a line of text ran its note on from the relationship ("… to China On 30
    January"); on a phone the note follows a full stop right after the relationship's last word, on
    a desktop it stands in its own column, without one."""
    path = "kokang-crime-families-on-trial/relationships/"
    stops = phone_reader.open(site.url(path)).evaluate(
        """() => [...document.querySelectorAll('article td:nth-child(4)')].filter(td => td.textContent.trim())
            .map(td => {
                const stop = td.firstElementChild;
                if (!stop || getComputedStyle(stop).display === 'none') return [td.textContent, null];
                const range = document.createRange();
                range.selectNodeContents(td.previousElementSibling);
                const end = [...range.getClientRects()].pop();
                range.selectNodeContents(stop);
                const start = range.getClientRects()[0];
                return [stop.textContent + td.textContent.slice(stop.textContent.length, 20), start.left - end.right];
            })"""
    )
    assert len(stops) > 5
    assert [
        (text, gap) for text, gap in stops if gap is None or not text.startswith(". ") or abs(gap) > 1
    ] == []
    cells = reader.open(site.url(path)).locator("article tbody td:nth-child(4)").all_inner_texts()
    assert "On 30 January 2024, with his son." in cells and not any(c.startswith(".") for c in cells)


def test_an_updates_page_is_a_short_read_on_a_phone(phone_reader: Reader, site: Site) -> None:
    """The first story's Updates page was about 29,700 px tall on a phone: five boxes all headed
    "Corrected on 2 December 2026", then every fact of each day, line by line. A day's corrections
    are now one box that opens, and a day of many changes its counting sentence with the lines
    folded: each part of the page (a heading, a day's corrections) is at most half a screen until a
    reader opens it, and opening shows what was folded."""
    stories = [path for path in site.pages() if path.endswith("/updates/")]
    assert len(stories) >= 3
    for path in stories:
        page = phone_reader.open(site.url(path))
        titles = page.locator(
            "article .admonition-title, article details.explainer-correction > summary"
        ).all_inner_texts()
        dated = [
            re.sub(r"^.* on ", "", title) for title in titles if re.search(r" on \d{1,2} \w+ \d{4}$", title)
        ]
        assert len(dated) == len(set(dated)), f"{path}: a day's corrections in several boxes: {dated}"
        parts = page.locator("article h2").count() + len(dated)
        height = page.evaluate("document.documentElement.scrollHeight")
        assert height <= 900 + 400 * parts, f"{path}: {height} px for {parts} parts"
    page = phone_reader.open(site.url(f"{DOSSIER}/updates/"))
    closed = page.evaluate("document.documentElement.scrollHeight")
    page.evaluate("() => document.querySelectorAll('article details').forEach(d => { d.open = true; })")
    assert page.evaluate("document.documentElement.scrollHeight") > 2 * closed


def test_a_story_page_says_on_a_phones_first_screen_which_story_and_who(
    phone_reader: Reader, site: Site
) -> None:
    """A reader who lands on a person's page or the glossary from a search engine has seen no
    overview, and a phone hides the menu that names the story. The first screen now names the story
    (a link to its overview) and, on an actor's page, says who the actor is before the box that
    glances at its part in the story."""
    overview = phone_reader.open(site.url(PAGE_TYPES["overview"]))
    story = overview.locator("article h1").inner_text().rstrip("¶")  # the heading's permalink mark
    for kind in (
        "actor",
        "glossary",
        "numbers",
        "timeline",
        "claims",
        "actors",
        "relationships",
        "sources",
        "updates",
    ):
        page = phone_reader.open(site.url(PAGE_TYPES[kind]))
        height = page.viewport_size["height"]
        line = page.locator("article h1 + p.explainer-part-of")
        assert line.count() == 1, kind
        assert line.inner_text() == f"Part of the explainer {story}", kind
        box = line.bounding_box()
        assert box is not None and box["y"] + box["height"] <= height, kind
        assert line.locator("a").evaluate("a => a.href") == site.url(PAGE_TYPES["overview"]), kind
    page = phone_reader.open(site.url(PAGE_TYPES["actor"]))
    who = page.locator("article p.explainer-part-of + p").bounding_box()
    glance = page.locator("article .explainer-infobox").bounding_box()
    assert who is not None and glance is not None
    # Who the actor is starts on the first screen, and above the glance.
    assert who["y"] < page.viewport_size["height"] / 2 and who["y"] + who["height"] <= glance["y"]


CLAIM_DETAILS = """() => [...document.querySelectorAll('article p.explainer-claim + ul')].map(list => {
    const rows = [...list.children].map(li => li.getBoundingClientRect());
    return {
        claim: list.previousElementSibling.getBoundingClientRect().left,
        left: Math.min(...rows.map(r => r.left)),
        marker: getComputedStyle(list).listStyleType,
        gaps: rows.slice(1).map((r, i) => r.top - rows[i].bottom),
        labels: [...list.querySelectorAll(':scope > li > strong:first-child')].map(s => s.innerText),
        smaller: parseFloat(getComputedStyle(list).fontSize)
            < parseFloat(getComputedStyle(list.previousElementSibling).fontSize),
    };
})"""


def test_a_claim_s_details_sit_close_under_it_on_a_phone(phone_reader: Reader, site: Site) -> None:
    """A claim took about 320 to 580 px of a phone in five bulleted, indented rows. Its rows now sit
    flush with the claim, without markers or a list's gaps, a little smaller than the claim, each with
    its label (who says it is the heading above): a claim takes about a fifth less."""
    stories = [path for path in site.pages() if path.endswith("/claims/")]
    assert len(stories) >= 3
    for path in stories:
        details = phone_reader.open(site.url(path)).evaluate(CLAIM_DETAILS)
        assert details, path
        for claim in details:
            assert claim["marker"] == "none" and abs(claim["left"] - claim["claim"]) <= 1, (path, claim)
            assert max(claim["gaps"], default=0) <= 4 and claim["smaller"], (path, claim)
            assert claim["labels"][0] == "Status:" and "Evidence:" in claim["labels"], (path, claim)


def test_key_questions_show_their_answers_on_a_phone(phone_reader: Reader, site: Site) -> None:
    """The overview's key questions were folded: a reader who came with questions saw a list of them
    in the links' colour and had to tap each one. Each now shows its short answer under it, and reads
    as a question, not as a link."""
    page = phone_reader.open(site.url(PAGE_TYPES["overview"]))
    questions = page.evaluate(
        """() => [...document.querySelectorAll('article details.explainer-question')].map(d => {
            const answer = d.querySelector(':scope > p');
            const box = answer.getBoundingClientRect();
            const summary = d.querySelector(':scope > summary');
            const link = document.querySelector('article p a');
            return {
                open: d.open,
                answer: box.height > 0 && box.right <= document.documentElement.clientWidth + 1,
                coloured: getComputedStyle(summary).color === getComputedStyle(link).color,
            };
        })"""
    )
    assert len(questions) >= 3
    assert all(q["open"] and q["answer"] and not q["coloured"] for q in questions), questions
    # A question still folds for a reader who wants the list alone.
    page.locator("article details.explainer-question > summary").first.click()
    assert page.evaluate("() => !document.querySelector('article details.explainer-question').open")


# Each note's back arrow: whether it starts a line of its own (no words of its note beside it) and
# how opaque it is.
BACK_ARROWS = """() => [...document.querySelectorAll('.footnote li .footnote-backref')].map(arrow => {
  const words = document.createRange();
  words.selectNodeContents(arrow.parentElement);
  words.setEndBefore(arrow);
  const me = arrow.getBoundingClientRect();
  const beside = [...words.getClientRects()].some(r => r.width > 1 && Math.abs(r.bottom - me.bottom) < 6);
  return [!beside, getComputedStyle(arrow).opacity];
})"""


def test_a_note_ends_with_its_back_arrow_on_a_phone_not_a_blank_line(
    phone_reader: Reader, site: Site
) -> None:
    """Material shows a note's back arrow on hover: on a phone, which cannot hover, it was invisible
    and still took its room, so a note whose words filled its last line ended with a blank line (5
    of the 51 notes of a court story's overview at 390 px). On a screen without hover it shows."""
    arrows = []
    for path in (PAGE_TYPES["overview"], PAGE_TYPES["timeline"], PAGE_TYPES["actor"], "the-fall-of-laukkai/"):
        arrows += phone_reader.open(site.url(path)).evaluate(BACK_ARROWS)
    assert len(arrows) > 20 and any(alone for alone, _ in arrows)
    assert {opacity for _, opacity in arrows} == {"1"}
