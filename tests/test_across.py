"""A story carried forward: a shared actor's facts story by story, and a quantity across stories.

The fixture pair is suez-canal-blockage and its follow-up suez-canal-backlog (tests/fixtures/dossiers),
which shares the Suez Canal Authority and reports the ships held up under the same quantity id; the
shipped pair is myanmar-scam-handover and the-fall-of-laukkai.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path

import pytest
from described import jsonld_of

from generator.checking.loader import load_site
from generator.site import appearances, charts, quantities
from generator.site.across import story_order
from generator.site.crossref import CrossReference
from generator.site.pages import Pages, build_pages

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures" / "dossiers"
ROOT = HERE.parent


def build(content: Path) -> Pages:
    return build_pages(load_site(content).raise_for_problems(strict=True))


@pytest.fixture(scope="module")
def suez() -> dict[str, str]:
    return {page.path: page.markdown for page in build(FIXTURES).pages}


@pytest.fixture(scope="module")
def shipped() -> Pages:
    return build(ROOT / "content")


def section(markdown: str, heading: str) -> str:
    """The text of a level-2 section, up to the next level-2 heading."""
    start = re.search(rf"\n## {re.escape(heading)}( {{:[^}}]*}})?\n", markdown).start()  # type: ignore[union-attr]
    end = markdown.find("\n## ", start + 1)
    return markdown[start : end if end != -1 else None]


# -- An actor's facts, story by story -----------------------------------------------------------


def test_a_shared_actors_page_shows_what_the_other_story_says(suez: dict[str, str]) -> None:
    page = suez["suez-canal-blockage/actors/suez-canal-authority.md"]
    other = section(page, "In other stories")
    assert other.splitlines()[3:] == [
        "### [The Suez Canal clears its backlog](../../suez-canal-backlog/actors/suez-canal-authority.md)",
        "",
        # What the actor is there first; then where that story stands and when, not the day it was
        # published, which says nothing of the actor.
        "The canal's operator, which counted the ships through and announced the end of the backlog.",
        "",
        "*The story after this one; its events: 3 April 2021.*",
        "",
        "- [The Suez Canal Authority is led by Ossama Rabei]"
        "(../../suez-canal-backlog/relationships.md#ossama-rabei--leader-of--suez-canal-authority)",
        "- 3 April 2021: [The last ships of the backlog pass through the canal]"
        "(../../suez-canal-backlog/timeline.md#backlog-cleared)",
    ]


def test_the_follow_up_shows_the_first_storys_facts_with_their_links(suez: dict[str, str]) -> None:
    other = section(suez["suez-canal-backlog/actors/suez-canal-authority.md"], "In other stories")
    assert (
        "### [The Ever Given blocks the Suez Canal](../../suez-canal-blockage/actors/suez-canal-authority.md)"
        in other
    )
    # Its role there, with that story's mentions linked to that story's pages.
    assert "[Suez Canal](../../suez-canal-blockage/actors/suez-canal.md)" in other
    assert (
        "- [The Suez Canal Authority employs Royal Boskalis](../../suez-canal-blockage/relationships.md#"
        in other
    )
    assert (
        "- 23 to 29 March 2021: [The Ever Given blocks the Suez Canal]"
        "(../../suez-canal-blockage/timeline.md#canal-blocked)"
    ) in other
    assert "*The story before this one; its events: 23 March to 7 July 2021.*" in other
    assert "Published" not in other
    # The role comes before the dates.
    assert other.index("The Egyptian body that runs") < other.index("*The story before this one")


def test_a_story_of_another_thread_says_only_when(suez: dict[str, str]) -> None:
    # Cut the thread: the two stories share the actor but neither follows the other.
    site = load_site(FIXTURES).raise_for_problems(strict=True)
    dossiers = tuple(dataclasses.replace(d, thread=()) for d in site.dossiers)
    pages = build_pages(dataclasses.replace(site, dossiers=dossiers)).by_path()
    other = section(pages["suez-canal-backlog/actors/suez-canal-authority.md"].markdown, "In other stories")
    assert "*Its events: 23 March to 7 July 2021.*" in other
    assert "this one" not in other


def test_a_story_without_events_gives_the_day_it_was_published() -> None:
    site = load_site(FIXTURES).raise_for_problems(strict=True)
    backlog = next(d for d in site.dossiers if d.slug == "suez-canal-backlog")
    xref = CrossReference(dataclasses.replace(backlog, events=()))
    assert appearances.story_dates(xref, "The story after this one") == (
        "The story after this one, published 30 November 2026"
    )
    assert appearances.story_dates(xref) == "Published 30 November 2026"


def test_an_actor_of_one_story_only_has_no_other_stories(suez: dict[str, str]) -> None:
    assert "## In other stories" not in suez["suez-canal-blockage/actors/royal-boskalis.md"]
    assert "## In other stories" not in suez["suez-canal-backlog/actors/ossama-rabei.md"]


def test_a_glance_per_story_links_to_the_rest(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(appearances, "GLANCE", 1)
    page = {p.path: p.markdown for p in build(FIXTURES).pages}[
        "suez-canal-blockage/actors/suez-canal-authority.md"
    ]
    other = section(page, "In other stories")
    assert other.count("\n- ") == 2
    assert (
        "- [1 more on its page in that story](../../suez-canal-backlog/actors/suez-canal-authority.md)"
        in other
    )


def test_other_stories_text_is_escaped() -> None:
    # Built from models changed after validation, as if the validator had a hole (it refuses HTML).
    site = load_site(FIXTURES).raise_for_problems(strict=True)
    backlog = next(d for d in site.dossiers if d.slug == "suez-canal-backlog")
    authority = backlog.actor_by_id["suez-canal-authority"].model_copy(
        update={"description": "<img src=x onerror=alert(1)> [x](javascript:alert(1))"}
    )
    hostile = dataclasses.replace(
        backlog,
        meta=backlog.meta.model_copy(update={"title": "Backlog <script>alert(1)</script> *cleared*"}),
        actors=tuple(authority if a.id == authority.id else a for a in backlog.actors),
    )
    dossiers = tuple(hostile if d.slug == backlog.slug else d for d in site.dossiers)
    pages = build_pages(dataclasses.replace(site, dossiers=dossiers)).by_path()
    other = section(pages["suez-canal-blockage/actors/suez-canal-authority.md"].markdown, "In other stories")
    heading = next(line for line in other.splitlines() if line.startswith("### "))
    assert "<script>" not in heading and "*cleared*" not in heading and "cleared" in heading
    assert "&lt;img src=x onerror=alert(1)&gt; \\[x\\](javascript:alert(1))" in other  # text, not a link
    assert "<img" not in other


def test_stories_of_one_day_read_in_thread_order(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "suez-canal-blockage", content / "suez-canal-blockage")
    # A follow-up whose slug sorts first and which is published the same day as the story it follows.
    follow_up = content / "a-suez-follow-up"
    shutil.copytree(FIXTURES / "suez-canal-backlog", follow_up)
    meta = follow_up / "dossier.yaml"
    meta.write_text(
        meta.read_text("utf-8")
        .replace("slug: suez-canal-backlog", "slug: a-suez-follow-up")
        .replace("published: 2026-11-30", "published: 2026-11-29"),
        "utf-8",
    )
    site = load_site(content).raise_for_problems(strict=True)
    order = story_order(site.dossiers)
    assert order["suez-canal-blockage"] < order["a-suez-follow-up"]


# -- A quantity across stories ------------------------------------------------------------------


def test_a_numbers_page_shows_the_other_stories_figures(suez: dict[str, str]) -> None:
    page = suez["suez-canal-blockage/numbers.md"]
    assert page.count("### In other stories") == 1  # only the quantity another story reports
    assert "[All of them side by side, by date](../quantities.md#quantity-ships-waiting)." in page
    assert (
        "- [422 ships](../suez-canal-backlog/numbers.md#ships-queuing-when-freed), as of 29 March 2021; "
        "according to [Ossama Rabei](../suez-canal-backlog/actors/ossama-rabei.md); "
        "in [The Suez Canal clears its backlog](../suez-canal-backlog/index.md)\n"
    ) in page
    back = suez["suez-canal-backlog/numbers.md"]
    # No stated_by: the source's outlet; the qualifier is in the figure's words.
    assert (
        "- [at least 369 ships](../suez-canal-blockage/numbers.md#ships-queuing), as of 28 March 2021; "
        "according to Wikipedia; in [The Ever Given blocks the Suez Canal](../suez-canal-blockage/index.md)\n"
    ) in back


def test_the_site_page_lists_each_shared_quantity_by_date_with_a_chart(suez: dict[str, str]) -> None:
    page = suez["quantities.md"]
    assert "## Ships waiting {: #quantity-ships-waiting }" in page
    rows = [line for line in page.splitlines() if line.startswith("| [")]
    assert [row.split("](")[0] for row in rows] == ["| [at least 369 ships", "| [422 ships"]
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in page and 'role="img"' in page
    assert '<title id="quantity-ships-waiting-chart-title">Ships waiting</title>' in page
    assert page.count('class="explainer-chart__bar"') == 2
    # A quantity that one story reports twice is not "across stories".
    assert "Glacier" not in page


def test_the_site_page_says_when_no_quantity_is_shared(tmp_path: Path) -> None:
    content = tmp_path / "content"
    for slug in ("suez-canal-blockage", "glacier-lake-flood"):
        shutil.copytree(FIXTURES / slug, content / slug)
    pages = build(content)
    assert "No quantity is reported by more than one story yet." in pages.by_path()["quantities.md"].markdown
    assert "### In other stories" not in pages.by_path()["suez-canal-blockage/numbers.md"].markdown


def test_a_lone_story_has_no_page_of_figures_across_stories(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "suez-canal-blockage", content / "suez-canal-blockage")
    pages = build(content)
    assert "quantities.md" not in pages.by_path()
    assert "Figures across stories" not in [item.title for item in pages.nav]


def test_figures_in_different_units_get_no_chart(tmp_path: Path) -> None:
    content = tmp_path / "content"
    for slug in ("suez-canal-blockage", "suez-canal-backlog"):
        shutil.copytree(FIXTURES / slug, content / slug)
    numbers = content / "suez-canal-backlog" / "numbers.yaml"
    numbers.write_text(numbers.read_text("utf-8").replace("unit: ships", "unit: vessels"), "utf-8")
    page = build(content).by_path()["quantities.md"].markdown
    assert "| [422 vessels]" in page and "<svg" not in page


# -- The shipped stories ------------------------------------------------------------------------


def test_shipped_follow_up_carries_the_handover_total(shipped: Pages) -> None:
    pages = shipped.by_path()
    rows = [line for line in pages["quantities.md"].markdown.splitlines() if line.startswith("| [")]
    dates = [
        row.split(" | ")[1].removeprefix('<span class="explainer-cell-label">as of </span>') for row in rows
    ]
    assert dates == ["21 November 2023", "30 January 2024", "27 May 2024"]
    assert rows[2].startswith(
        "| [more than 49,000 people](the-fall-of-laukkai/numbers.md#suspects-handed-over-may-2024)"
    )
    numbers = pages["the-fall-of-laukkai/numbers.md"].markdown
    assert (
        "- [31,000 people](../myanmar-scam-handover/numbers.md#suspects-handed-over), as of 21 November"
        in numbers
    )
    assert (
        "- [44,000 people](../kokang-crime-families-on-trial/numbers.md#suspects-handed-over-january-2024), as of 30"
        in numbers
    )


def test_shipped_mndaa_page_tells_its_story_in_the_follow_up(shipped: Pages) -> None:
    other = section(shipped.by_path()["myanmar-scam-handover/actors/mndaa.md"].markdown, "In other stories")
    assert (
        "### [The fall of Laukkai and the end of the Kokang zone](../../the-fall-of-laukkai/actors/mndaa.md)"
        in other
    )
    assert "- [2,389](../../the-fall-of-laukkai/numbers.md#soldiers-surrendered) regime soldiers" in other
    assert "(../../the-fall-of-laukkai/timeline.md#command-surrenders)" in other
    assert "(../../the-fall-of-laukkai/claims.md#kokang-regime-free)" in other


def test_shipped_places_have_one_identity_and_their_wikidata_item(shipped: Pages) -> None:
    metadata = jsonld_of(shipped)
    own = metadata["myanmar-scam-handover/actors/china.md"]
    shared = metadata["the-fall-of-laukkai/actors/china.md"]
    assert own["@id"] == "./#actor"
    assert shared["@id"] == "../../../myanmar-scam-handover/actors/china/#actor"
    assert own["sameAs"] == shared["sameAs"] == "https://www.wikidata.org/wiki/Q148"
    assert (
        metadata["myanmar-scam-handover/actors/myanmar.md"]["sameAs"] == "https://www.wikidata.org/wiki/Q836"
    )


@pytest.mark.parametrize(
    ("quantity", "wording", "expected"),
    [
        (
            "suspects-handed-over-to-china",
            ["suspects handed over by Myanmar to China"],
            "Suspects handed over to China",
        ),
        ("ships-waiting", ["ships waiting at Port Said"], "Ships waiting"),
        ("un-staff-evacuated", ["UN staff flown out"], "UN staff evacuated"),
        ("people-evacuated", [], "People evacuated"),
    ],
)
def test_a_quantity_heading_keeps_the_capitals_of_the_figures_own_words(
    quantity: str, wording: list[str], expected: str
) -> None:
    assert quantities.quantity_heading(quantity, wording) == expected


# -- A publication: an actor or a quantity in many stories ----------------------------------------


@pytest.fixture(scope="module")
def eight_stories(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The Suez story and seven follow-ups, each sharing its canal authority and its quantity."""
    content = tmp_path_factory.mktemp("publication") / "content"
    shutil.copytree(FIXTURES / "suez-canal-blockage", content / "suez-canal-blockage")
    for number in range(1, 8):
        slug = f"suez-follow-up-{number}"
        shutil.copytree(FIXTURES / "suez-canal-backlog", content / slug)
        meta = content / slug / "dossier.yaml"
        meta.write_text(
            meta.read_text("utf-8")
            .replace("slug: suez-canal-backlog", f"slug: {slug}")
            .replace("published: 2026-11-30", f"published: 2026-10-0{number}"),
            "utf-8",
        )
    result = load_site(content)
    # Each copy after the first writes out the same canal chief again: warned, one actor, one record.
    assert {d.rule for d in result.diagnostics} == {"actor-duplicate"} and len(result.diagnostics) == 6
    return {page.path: page.markdown for page in build_pages(result.raise_for_problems()).pages}


def test_an_actor_in_many_stories_shows_the_nearest_and_counts_the_rest(
    eight_stories: dict[str, str],
) -> None:
    page = eight_stories["suez-follow-up-1/actors/suez-canal-authority.md"]
    other = section(page, "In other stories")
    # Published 1 to 7 October, then the first story: the four nearest to the 1st are the 2nd to 5th.
    shown = re.findall(r"^### \[[^\]]+\]\(\.\./\.\./([^/]+)/", other, re.M)
    assert shown == [f"suez-follow-up-{n}" for n in (2, 3, 4, 5)]
    # In eight stories, more than a line of the index names: its own list of them links them all.
    everything = "[3 more stories](../../people/actor/suez-canal-blockage/suez-canal-authority.md)"
    assert f"It also appears in {everything}." in other
    glance = next(line for line in page.splitlines() if "**In other stories:**" in line)
    assert glance.count("](../../suez-follow-up-") == 4 and everything in glance
    listing = eight_stories["people/actor/suez-canal-blockage/suez-canal-authority.md"]
    # Every story, newest first, with the day it was published.
    listed = re.findall(r"^- \[.+?\]\(\.\./\.\./\.\./([^/]+)/actors/[^)]+\), published (.+)$", listing, re.M)
    assert listed[1:] == [(f"suez-follow-up-{n}", f"{n} October 2026") for n in range(7, 0, -1)]
    assert listed[0][0] == "suez-canal-blockage"


def test_a_quantity_in_many_stories_shows_the_nearest_figures_and_links_the_rest(
    eight_stories: dict[str, str],
) -> None:
    page = eight_stories["suez-canal-blockage/numbers.md"]
    figures = re.findall(r"^- \[422 ships\]\(\.\./([^/]+)/numbers\.md", page, re.M)
    # The first story comes last in reading order: its nearest are the 4th to 7th follow-ups.
    assert sorted(figures) == [f"suez-follow-up-{n}" for n in (4, 5, 6, 7)]
    assert (
        "- Three more figures from other stories: [all of them side by side](../quantities.md#quantity-ships-waiting)"
        in page
    )
    # The site page has every one of them.
    assert eight_stories["quantities.md"].count("| [422 ships]") == 7


def test_a_chart_of_many_figures_shows_the_latest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content = tmp_path / "content"
    for slug in ("suez-canal-blockage", "suez-canal-backlog"):
        shutil.copytree(FIXTURES / slug, content / slug)
    monkeypatch.setattr(charts, "BARS", 1)
    page = build(content).by_path()["quantities.md"].markdown
    assert page.count('class="explainer-chart__bar"') == 1 and ">422</text>" in page
    assert "The latest 1 of 2 figures in date order" in page
    assert "| [at least 369 ships]" in page and "| [422 ships]" in page  # the table keeps every figure
