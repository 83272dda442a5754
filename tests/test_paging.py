"""No page grows with the publication: long lists go into pages of a fixed size, linked by a pager.

The sizes are made small (tests/publication.py) so that a ten-story site splits as a publication of
hundreds does; every link of every page must lead to a page of the site.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

import pytest
from described import jsonld_of
from publication import SMALL, build_site, make_content, small_sizes

from generator.checking.loader import load_site
from generator.site import paging, quantities
from generator.site.pages import Pages, build_pages

ROOT = Path(__file__).resolve().parent.parent
LINK = re.compile(r"\]\(([^)\s]+?\.md)(?:#([^)\s]*))?\)")


@pytest.fixture(scope="module")
def paged(tmp_path_factory: pytest.TempPathFactory) -> Pages:
    with pytest.MonkeyPatch.context() as monkeypatch:
        small_sizes(monkeypatch)
        content = make_content(tmp_path_factory.mktemp("paged") / "content")
        return build_pages(load_site(content).raise_for_problems())


def test_the_pager_shows_a_window_of_pages_and_the_first_and_last() -> None:
    assert paging.shown_numbers(1, 1) == [1]
    assert paging.shown_numbers(3, 7) == [1, 2, 3, 4, 5, 6, 7]
    assert paging.shown_numbers(25, 50) == [1, None, 23, 24, 25, 26, 27, None, 50]
    # One left-out page is shown rather than an ellipsis standing for it.
    assert paging.shown_numbers(5, 50) == [1, 2, 3, 4, 5, 6, 7, None, 50]
    pager = paging.pager("people/page/25.md", lambda n: f"people/page/{n}.md", 25, 50)
    assert pager.split(" · ") == [
        "[← Newer](24.md)",
        "[1](1.md)",
        "…",
        "[23](23.md)",
        "[24](24.md)",
        '<span aria-current="page">25</span>',
        "[26](26.md)",
        "[27](27.md)",
        "…",
        "[50](50.md)",
        "[Older →](26.md)",
    ]
    assert paging.pager("a.md", lambda n: "a.md", 1, 1) == ""
    assert paging.split([], 3) == [[]] and paging.split([1, 2, 3, 4], 3) == [[1, 2, 3], [4]]


def test_every_link_of_every_page_leads_to_a_page_of_the_site(paged: Pages) -> None:
    made = paged.by_path()
    assert len(made) > 100
    for path, page in made.items():
        for target, _ in LINK.findall(page.markdown):
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            assert resolved in made or (ROOT / "docs" / resolved).is_file(), (path, target)


def test_each_page_of_the_hub_describes_the_stories_it_shows(paged: Pages) -> None:
    made = paged.by_path()
    for path in ("index.md", "page/2.md", "topic/courts.md"):
        cards = re.findall(r"^    ## \[(.+?)\]\(", made[path].markdown, re.M)
        items = jsonld_of(paged)[path]["itemListElement"]
        assert 0 < len(cards) <= 3 and [item["item"]["name"] for item in items] == cards, path


def test_the_people_index_is_a_page_of_contents_and_pages_of_lines(paged: Pages) -> None:
    made = paged.by_path()
    contents = made["people.md"].markdown
    assert "- **People**: [" in contents and "](people/page/1.md)" in contents
    sheets = sorted(p for p in made if p.startswith("people/page/"))
    lines = [made[p].markdown.count("\n- **") for p in sheets]
    assert len(sheets) > 3 and max(lines) == SMALL["generator.site.people.PAGE_SIZE"]
    # Every actor is on one page, once.
    names = [n for p in sheets for n in re.findall(r"^- \*\*(.+?)\*\*", made[p].markdown, re.M)]
    assert len(names) == len(set(names)) and "Suez Canal Authority" in names
    assert [p.in_nav for p in paged.pages if p.path.startswith("people")] == [True] + [False] * (
        len([p for p in made if p.startswith("people/")])
    )


def test_an_actor_in_many_stories_names_a_few_and_lists_the_rest_on_its_own_pages(paged: Pages) -> None:
    made = paged.by_path()
    line = next(
        line
        for p in made
        if p.startswith("people/page/")
        for line in made[p].markdown.splitlines()
        if line.startswith("- **Suez Canal Authority**")
    )
    # Eight stories: two named, six more on the actor's own list (three a page).
    assert line.count("/actors/suez-canal-authority.md)") == 2
    assert "[six more stories](../actor/suez-canal-blockage/suez-canal-authority.md)" in line
    first = made["people/actor/suez-canal-blockage/suez-canal-authority.md"].markdown
    assert first.startswith("# Suez Canal Authority in eight stories, page 1 of 3\n")
    listed = []
    for number in (1, 2, 3):
        sheet = made[paging.numbered("people/actor/suez-canal-blockage/suez-canal-authority.md", number)]
        listed += re.findall(r"^- \[.+?\]\(\.\./\.\./\.\./(?:\.\./)?([^/]+)/actors/", sheet.markdown, re.M)
    assert len(listed) == 8 == len(set(listed)), listed


def test_figures_across_stories_list_the_quantities_each_with_pages_of_figures(paged: Pages) -> None:
    made = paged.by_path()
    assert "- [Ships waiting](quantities/quantity/ships-waiting.md): eight figures from eight stories" in (
        made["quantities.md"].markdown + made.get("quantities/page/2.md", made["quantities.md"]).markdown
    )
    rows = [made[quantities.quantity_path("ships-waiting", n)].markdown.count("\n| [") for n in (1, 2, 3)]
    assert rows == [3, 3, 2]
    first = made["quantities/quantity/ships-waiting.md"].markdown
    assert "## Ships waiting {: #quantity-ships-waiting }" in first and 'class="explainer-chart"' in first
    assert 'class="explainer-chart"' not in made["quantities/quantity/ships-waiting/2.md"].markdown
    # A story's Numbers page links to the quantity's own page.
    assert (
        "(../quantities/quantity/ships-waiting.md#quantity-ships-waiting)"
        in made["suez-canal-blockage/numbers.md"].markdown
    )


def test_a_letter_of_the_index_a_to_z_is_in_pages(paged: Pages) -> None:
    made = paged.by_path()
    letter = [p for p in made if p == "a-z/s.md" or p.startswith("a-z/s/")]
    assert len(letter) > 2
    entries = [made[p].markdown.count("\n- [") for p in letter]
    assert max(entries) == SMALL["generator.site.a_to_z.LETTER_PAGE_SIZE"]
    second = made["a-z/s/2.md"].markdown
    assert second.startswith(f"# Index A to Z: S, page 2 of {len(letter)}\n")
    # Every page leads to each letter's first page.
    assert "[T](../t.md)" in second and "[← Previous](../s.md)" in second


def test_the_pages_are_the_same_every_time(
    paged: Pages, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small_sizes(monkeypatch)
    again = build_pages(load_site(make_content(tmp_path / "content")).raise_for_problems())
    assert [(p.path, p.title, p.markdown) for p in again.pages] == [
        (p.path, p.title, p.markdown) for p in paged.pages
    ]
    assert again.jsonld == paged.jsonld


@pytest.mark.slow
def test_a_publication_in_pages_builds_strictly_with_every_link_checked(tmp_path: Path) -> None:
    make_content(tmp_path / "content")
    done = build_site(tmp_path)
    assert done.returncode == 0 and "WARNING" not in done.stderr, done.stderr[-3000:]
    site = tmp_path / "site"
    for page in ("people/page/2", "people/actor/suez-canal-blockage/suez-canal-authority/3", "a-z/s/2"):
        assert (site / page / "index.html").is_file(), page
    second = (site / "quantities/quantity/ships-waiting/2/index.html").read_text("utf-8")
    assert '<span aria-current="page">2</span>' in second and '<a href="../">← Earlier</a>' in second
