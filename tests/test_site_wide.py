"""The site-wide pages as a reader meets them: the home page's cards, "Figures across stories" and
the relationship diagrams, on the fixture topics (a flood, a court ruling, a canal, a handover)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from generator.checking.loader import load_site
from generator.format.model import Actor, Citation, Number
from generator.site.a_to_z import story_labels
from generator.site.grammar import caption, in_sentence, named
from generator.site.markup import plain
from generator.site.pages import build_pages
from generator.site.trends import across_note
from generator.site.views import counted, day

DOSSIERS = Path(__file__).parent / "fixtures" / "dossiers"


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    site = load_site(DOSSIERS).raise_for_problems(strict=True)
    return {page.path: page.markdown for page in build_pages(site).pages}


def test_a_diagram_reads_as_sentences_with_the_where_a_name_needs_it(pages: dict[str, str]) -> None:
    """Each row of a diagram reads from the actor on top: "Purdue Pharma / is owned by -> the Sackler
    family", as the list beside it says; a bare "Sackler family" read as a label, not a sentence."""
    tree = LexborHTMLParser(pages["purdue-sackler-ruling/relationships.md"])
    views = tree.css("div.explainer-graph")
    boxes = [[t.text(separator=" ") for t in v.css("text.explainer-graph__actor-text")] for v in views]
    tops = [view[0] for view in boxes]
    others = {name for view in boxes for name in view[1:]}
    assert {"the Sackler family", "the Justice Department", "the University of North Carolina"} <= others
    assert "The Sackler family" in tops and "The Supreme Court of the United States" in tops
    # People and a company named by its own name stay bare.
    assert {"Neil Gorsuch", "Purdue Pharma"} <= set(tops) and "OxyContin" in others
    assert not others & {"Sackler family", "Justice Department", "University of North Carolina"}
    titles = [v.css_first("title").text() for v in views]
    assert "Ties between those in the story: around the Sackler family" in titles


CITE = (Citation(source="s", evidence="e"),)


@pytest.mark.parametrize(
    ("name", "kind", "evidence", "expected"),
    [
        # A heading's capital on a common noun, which the source writes in lower case.
        ("Glacial lake", "place", "A glacial lake above the valley burst", "glacial lake"),
        ("District office", "government-body", "the district office said", "district office"),
        # A proper adjective or name keeps its capital: the source writes it so.
        ("Kokang self-administered zone", "place", "the Kokang zone", "Kokang self-administered zone"),
        ("Purdue Pharma", "organisation", "purdue pharma's owners", "Purdue Pharma"),
        # One word may be a name that is also a common word.
        ("Turkey", "place", "turkey farms", "Turkey"),
        # A person's name is never lowered, whatever the source's spelling.
        ("Rose", "person", "a rose by any other name", "Rose"),
        # Only the whole name counts: "lake" inside "Glacial lakes" is no lower-case "glacial lake".
        ("Glacial lake", "place", "the lakes", "Glacial lake"),
    ],
)
def test_a_capitalised_common_noun_reads_lower_case_as_its_source_writes_it(
    name: str, kind: str, evidence: str, expected: str
) -> None:
    actor = Actor(
        id="a", name=name, kind=kind, description="d", cite=(Citation(source="s", evidence=evidence),)
    )
    assert in_sentence(actor) == expected
    if expected[:1].islower():
        assert named(actor) == f"the {expected}" and named(actor, start=True) == f"The {expected}"


def test_the_running_text_of_a_story_lowers_a_heading_capital(pages: dict[str, str]) -> None:
    overview = pages["glacier-lake-flood/index.md"]
    assert "**What may happen next:** The [district office](actors/district-office.md) says:" in overview
    assert "[District office]" not in overview.split("## Who's who", 1)[0]
    assert "Map: where the glacial lake is" in pages["glacier-lake-flood/actors/glacial-lake.md"]


def test_every_quantity_across_stories_says_what_its_figures_show(pages: dict[str, str]) -> None:
    """A table of figures from several stories leaves a reader to work out which way it went: each
    quantity says it in a sentence, and a series that different sources give is not told as a rise."""
    page = pages["quantities.md"]
    sections = page.split("\n## ")[1:]
    assert sections
    for section in sections:
        sentence = section.split("\n\n", 2)[1]
        assert not sentence.startswith("|"), section.split("\n", 1)[0]
    ships = next(s for s in sections if s.startswith("Ships waiting"))
    assert (
        "The figures go from at least 369 ships on 28 March 2021 to 422 ships on 29 March 2021, but different"
        " sources give them: a difference may come from who counts, not from a change." in ships
    )


def test_a_row_of_figures_across_stories_reads_as_a_line_on_a_phone(pages: dict[str, str]) -> None:
    """On a phone the table's header is hidden and a row is one line: each cell says what it is
    ("as of", "according to", "in"), as on a story's Numbers page; a bare run of four cells read as
    "422 ships 29 March 2021 Ossama Rabei The Suez Canal clears its backlog"."""
    row = next(line for line in pages["quantities.md"].splitlines() if line.startswith("| [422 ships]"))
    label = '<span class="explainer-cell-label">{} </span>'
    assert f"| {label.format('as of')}29 March 2021 |" in row
    assert f"| {label.format('according to')}[Ossama Rabei](" in row
    assert f"| {label.format('in')}[The Suez Canal clears its backlog](" in row


def number(number_id: str, value: int, as_of: str, stated_by: str, **more: object) -> Number:
    return Number.model_validate(
        {"id": number_id, "value": value, "unit": "people", "counts": "people missing", "as_of": as_of,
         "stated_by": [stated_by], "cite": [{"source": "s", "evidence": "e"}], **more}
    )  # fmt: skip


def test_figures_that_disagree_or_agree_say_so() -> None:
    """Figures that cannot all be right are told with how far apart they are; figures that differ
    and can all be true, with what lets them: their "about" or "more than"."""
    army, office = number("a", 12, "2024-01-10", "army"), number("b", 30, "2024-01-10", "office")
    assert across_note([office, army]) == (
        "The sources disagree, and their figures cannot all be right: for 10 January 2024, one gives"
        " 12 people and another 30 people."
    )
    more = [number(f"m{i}", value, "2024-01-10", f"s{i}") for i, value in enumerate((40, 5, 12, 30))]
    assert across_note(more).endswith(": for 10 January 2024, they run from 5 people to 40 people.")
    about = number("c", 28, "2024-01-10", "army", qualifier="about")
    assert (
        across_note([about, office])
        == "These figures differ but can all be true: given with “about”, one figure can fit both."
    )
    # The same figure twice needs no sentence.
    assert across_note([office, number("d", 30, "2024-01-10", "army")]) == ""


def test_a_place_the_map_cannot_label_says_which_point_it_is() -> None:
    """Two places a few kilometres apart: the map labels one, and the other's point stood unnamed;
    a reader could not tell which dot it was. Its line under the map now says."""
    content = Path(__file__).parents[1] / "content"
    site = load_site(content).raise_for_problems(strict=True)
    overview = next(
        p.markdown for p in build_pages(site).pages if p.path == "kokang-crime-families-on-trial/index.md"
    )
    places = overview.split("The places on this map:\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    # The footnote's number depends on what the page cites before it.
    assert [re.sub(r"\[\^\d+\]$", "[^n]", p) for p in places if "unlabelled" in p] == [
        "- [Kokang self-administered zone](actors/kokang-self-administered-zone.md): The zone on the Chinese"
        " border where the “four families” ran their compounds. It is the unlabelled point next to Laukkai on"
        " the map.[^n]"
    ]
    assert "Unlabelled for lack of room: Kokang self-administered zone." in overview


def test_the_people_index_says_who_each_is_from_the_story_that_says_most(pages: dict[str, str]) -> None:
    """An actor in several stories is one line of the index; its first story's role may say little
    beyond the name ("The canal's operator", "Ming Xuechang's son"), where another says who it is.
    A person keeps the kinship, which tells a family's members apart."""
    assert "**: The Egyptian body that runs the Suez Canal.\n" in pages["people.md"]
    assert "The canal's operator" not in pages["people.md"]
    content = Path(__file__).parents[1] / "content"
    people = next(p.markdown for p in build_pages(load_site(content)).pages if p.path == "people.md")
    assert (
        "[Ming Guoping](myanmar-scam-handover/actors/ming-guoping.md)**: Ming Xuechang's son; one of the three"
        " leaders of the Kokang telecom fraud ring turned over to Chinese authorities.\n" in people
    )


def test_a_topic_page_opens_with_how_many_stories_their_span_and_the_latest(root: Path) -> None:
    """A reader who lands on a topic from a search engine learns what it covers before the cards:
    how many stories, and from when to when."""
    site = load_site(root / "content").raise_for_problems()
    pages = {page.path: page.markdown for page in build_pages(site).pages}
    topics = sorted({tag for d in site.dossiers for tag in d.meta.tags})
    assert any(sum(tag in d.meta.tags for d in site.dossiers) > 1 for tag in topics)
    for tag in topics:
        tagged = [d for d in site.dossiers if tag in d.meta.tags]
        opening = pages[f"topic/{tag}.md"].split("\n\n")[1]
        count = counted(len(tagged), "story", "stories")
        assert opening.startswith(f"{count[0].upper()}{count[1:]} about {tag}, with events from "), opening
        furthest = max(tagged, key=lambda d: str(d.meta.events_checked_to))
        ending = ", newest first." if len(tagged) > 1 else "."
        assert opening.endswith(f" to {day(furthest.meta.events_checked_to)}{ending}"), opening
    assert " about " not in pages["index.md"].split("\n\n")[1]


def test_a_card_never_gives_twice_the_figure_its_summary_just_gave(root: Path) -> None:
    """A card whose summary states its key figure ("handed over 31,000 suspects") showed it again just
    below; it shows the next key figure the summary does not give, with who gives it."""
    site = load_site(root / "content").raise_for_problems()
    hub = build_pages(site).by_path()["index.md"].markdown
    stories = {d.slug: d for d in site.dossiers}
    repeating = 0
    for card in hub.split('!!! explainer-card ""')[1:]:
        slug = re.search(r"## \[[^\]]+\]\(([^/]+)/index\.md\)", card).group(1)  # type: ignore[union-attr]
        dossier = stories[slug]
        shown = re.search(r"^    \[\*\*(.+?)\*\*\]\([^)#]+#([^)]+)\)(.*)$", card, re.M)
        assert shown is not None, card
        value, number_id, told = shown.groups()
        assert value not in plain(dossier.meta.summary), (slug, value)
        assert "according to" in told
        key = dossier.number_by_id[dossier.meta.key_figure or ""]
        if caption(key)[0] in plain(dossier.meta.summary):
            repeating += 1
            assert number_id != key.id
    # The shipped stories hold a card whose summary gives its key figure.
    assert repeating >= 1


def test_a_people_heading_of_several_stories_names_them_in_a_few_words(root: Path) -> None:
    """A heading listing three full titles ran to five bold lines on a phone: a heading of several
    stories names each as the index A to Z does; a story alone keeps its full title."""
    site = load_site(root / "content").raise_for_problems()
    people = build_pages(site).by_path()["people.md"].markdown
    short = story_labels({d.slug: d.meta.title for d in site.dossiers})
    headings = [line for line in people.splitlines() if line.startswith("In [")]
    shared = [h for h in headings if " and [" in h]
    assert shared and len(shared) < len(headings)
    for heading in headings:
        names = re.findall(r"\[([^\]]+)\]\(([^/)]+)/index\.md\)", heading)
        for name, slug in names:
            title = next(d.meta.title for d in site.dossiers if d.slug == slug)
            assert name == (short[slug] if len(names) > 1 else title), heading
    assert max(len(plain(re.sub(r"\]\([^)]*\)", "]", h))) for h in shared) < 120
