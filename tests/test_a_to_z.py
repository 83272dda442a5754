"""The index A to Z: every entry of every story by name, the page the search control leads to
without script; any kind of entry with a name and a page can be added."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest
from publication import make_content

from generator.checking.loader import load_site
from generator.format.dossier import Dossier, Site
from generator.site import a_to_z
from generator.site.a_to_z import (
    ENTRY_KINDS,
    Entry,
    EntryKind,
    a_to_z_views,
    filed,
    index_link,
    letter_of,
    with_search_link,
)
from generator.site.markup import escape
from generator.site.render import Renderer
from generator.site.roles import gist

HERE = Path(__file__).parent
DOSSIERS = HERE / "fixtures" / "dossiers"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    content = tmp_path_factory.mktemp("content")
    for name in ("suez-canal-blockage", "glacier-lake-flood"):
        shutil.copytree(DOSSIERS / name, content / name)
    return load_site(content).raise_for_problems()


def markdown(site: Site, kinds: Sequence[EntryKind] = ENTRY_KINDS) -> dict[str, str]:
    renderer = Renderer()
    stories = [filed(dossier, kinds) for dossier in site.dossiers]
    return {path: renderer.render(view.template, view.context()) for path, view in a_to_z_views(stories)}


def test_every_story_actor_term_figure_event_and_question_is_listed_by_name(site: Site) -> None:
    page = markdown(site)["a-z.md"]
    for dossier in site.dossiers:
        assert f"[{dossier.meta.title}]" in page
        for actor in dossier.actors:
            assert f"[{escape(actor.name)}](" in page, actor.name
        for event in dossier.events:
            assert event.id in page
        for number in dossier.numbers:
            assert f"numbers.md#{number.id})" in page
        for question in dossier.questions:
            assert f"[{escape(question.question)}](" in page and f"#q-{question.id})" in page
    assert "another name for" in page  # aliases lead to their entry


def test_a_name_says_who_or_what_it_is_and_a_term_what_it_means(tmp_path: Path) -> None:
    """A reader who looks a name up learns what it is on the line: "person, in ..." told nothing."""
    for name in ("suez-canal-blockage", "glacier-lake-flood", "purdue-sackler-ruling"):
        shutil.copytree(DOSSIERS / name, tmp_path / name)
    page = markdown(load_site(tmp_path).raise_for_problems())["a-z.md"]
    lines = {x.split("](", 1)[0].removeprefix("- ["): x for x in page.splitlines() if x.startswith("- [")}
    # An actor: its role, then its story in brackets (a role may hold a semicolon of its own).
    assert lines["Edward Neiger"].endswith(
        "): A lawyer who represents more than 60,000 overdose victims and backed the settlement"
        " (in *The Supreme Court rejects…*)"
    )
    assert lines["Brett Kavanaugh"].endswith(
        "): A justice of the Supreme Court; he wrote the dissent (in *The Supreme Court rejects…*)"
    )
    assert lines["Great Bitter Lake"].endswith(
        "): The lake the freed ship was towed to for a technical inspection (in *The Ever Given blocks…*)"
    )
    # A term: the first clause of its definition.
    assert lines["compensation"].endswith(
        "): Money paid to make up for a loss or damage (in *The Ever Given blocks…*)"
    )
    # No bare kind is left where there is a description; figures, events and questions keep theirs.
    assert not [
        line for line in lines.values() if re.search(r"\): (person|place|term|organisation), in ", line)
    ]
    assert "): event, 13 April 2021, in *The Ever Given blocks…*" in lines["Egypt impounds the Ever Given"]


def test_a_definition_is_given_whole_when_short_and_cut_at_a_clause_when_long() -> None:
    # Cut as a role is, "A yard where crews, mostly hired locally, mend fishing nets" was "A yard".
    assert gist("A yard where crews, mostly hired locally, mend fishing nets. It opens at dawn.") == (
        "A yard where crews, mostly hired locally, mend fishing nets"
    )
    long = (
        "A tax on goods, first levied in the port towns of the north in the years after the war and later"
        " extended to the whole country by a law that many traders opposed."
    )
    assert gist(long) == "A tax on goods"
    assert gist("") == "" and "<b>" not in gist("A <b>claim</b>.")


def test_a_shared_actor_says_what_the_story_that_says_most_of_it_says() -> None:
    """A role that says little beyond the name ("The canal's operator") gives way to another
    story's, whichever story is newest."""
    shared = a_to_z.Entry(
        "Canal Board", "government body", "b/actors/board.md", who="The canal's board", weak=True
    )
    other = a_to_z.Entry(
        "Canal Board", "government body", "a/actors/board.md", who="The body that runs the canal"
    )
    newer = a_to_z.Filed("b", dt.date(2024, 2, 1), "Ships pass again", (shared,))
    older = a_to_z.Filed("a", dt.date(2024, 1, 1), "A ship blocks the canal", (other,))
    (_, view), *_ = a_to_z_views([older, newer])
    page = Renderer().render(view.template, view.context())
    line = next(x for x in page.splitlines() if x.startswith("- [Canal Board]("))
    assert line.startswith(
        "- [Canal Board](b/actors/board.md): The body that runs the canal (in two stories: "
    )


def test_letters_are_in_order_and_link_to_their_entries(site: Site) -> None:
    page = markdown(site)["a-z.md"]
    headings = [line for line in page.splitlines() if line.startswith("## ")]
    letters = [h.split(" {")[0][3:] for h in headings]
    latin = [x for x in letters if len(x) == 1]
    assert latin == sorted(latin) and len(latin) > 5
    for letter in letters:
        assert f"(#{a_to_z.letter_anchor(letter)})" in page


def test_names_are_filed_under_their_first_letter() -> None:
    assert letter_of("Éboulement") == "E"
    assert letter_of("*ever* Given") == "E"
    assert letter_of("31,000 suspects") == a_to_z.DIGITS
    assert letter_of("明学昌") == a_to_z.OTHER


def test_any_kind_of_entry_with_a_name_and_a_page_can_be_added(site: Site) -> None:
    def questions(dossier: Dossier) -> list[Entry]:
        return [Entry("Why did the ship run aground?", "question", f"{dossier.slug}/index.md", "questions")]

    page = markdown(site, kinds=[questions])["a-z.md"]
    # The same name at the same place in two stories is one line that links to each story.
    assert page.count("[Why did the ship run aground?](") == 1
    line = next(x for x in page.splitlines() if x.startswith("- [Why did the ship run aground?]("))
    assert "question, in two stories: [" in line
    for dossier in site.dossiers:
        label = a_to_z.story_labels({d.slug: d.meta.title for d in site.dossiers})[dossier.slug]
        assert f"[{label}]({dossier.slug}/index.md#questions)" in line


def test_a_large_index_has_a_page_per_letter(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(a_to_z, "ONE_PAGE_LIMIT", 10)
    pages = markdown(site)
    assert pages["a-z.md"].count("## ") == 0
    letters = [path for path in pages if path != "a-z.md"]
    assert len(letters) > 5
    assert all(f"({path})" in pages["a-z.md"] for path in letters)
    assert all(page.count("\n## ") == 1 for path, page in pages.items() if path != "a-z.md")


def test_the_index_link_is_relative_to_each_page() -> None:
    assert index_link("") == "a-z/"
    assert index_link("story/actors/someone/") == "../../../a-z/"
    assert index_link("about/") == "../a-z/"


def test_a_page_without_script_offers_the_index_in_its_header() -> None:
    page = '<header><nav class="md-header__inner">\n<a href="..">x</a>\n</nav>\n  </header>'
    out = with_search_link(page, "story/")
    assert '<a class="md-header__button md-icon explainer-search" href="../a-z/"' in out
    assert out.index("explainer-search") < out.index("</nav>")
    assert with_search_link("<p>no header</p>", "story/") == "<p>no header</p>"


def test_an_actor_shared_by_several_stories_is_one_line_naming_them_newest_first(root: Path) -> None:
    shipped = load_site(root / "content").raise_for_problems()
    page = markdown(shipped)["a-z.md"]
    newest_first = sorted(shipped.dossiers, key=lambda d: d.meta.published, reverse=True)
    sharing = [d for d in newest_first if "china" in d.actor_by_id]
    assert len(sharing) >= 2
    lines = [x for x in page.splitlines() if x.startswith("- [China](")]
    assert len(lines) == 1
    labels = a_to_z.story_labels({d.slug: d.meta.title for d in shipped.dossiers})
    titles = [f"[{escape(labels[d.slug])}]({d.slug}/actors/china.md)" for d in sharing]
    # What it is, from a story that says more than its name, then the stories it is in.
    assert lines[0].startswith(f"- [China]({sharing[0].slug}/actors/china.md): The country ")
    assert " (in three stories: " in lines[0] and len(sharing) == 3
    assert lines[0].endswith(", ".join(titles[:-1]) + " and " + titles[-1] + ")")
    # An alias leads to the name's own line, which says what it is and where, as a printed index's "see".
    alias = next(x for x in page.splitlines() if x.startswith("- [MNDAA]("))
    assert alias.endswith("): another name for Myanmar National Democratic Alliance Army")


def test_a_line_links_to_the_newest_stories_only(tmp_path: Path) -> None:
    """A name in many stories links its three newest; the line does not grow with the publication."""
    site = load_site(make_content(tmp_path, copies=4)).raise_for_problems()
    line = next(x for x in markdown(site)["a-z.md"].splitlines() if x.startswith("- [Suez Canal Authority]("))
    # The first story (29 November) is the newest; its four follow-ups were published 1 to 4 October.
    assert line.startswith("- [Suez Canal Authority](suez-canal-blockage/actors/suez-canal-authority.md)")
    assert "in five stories: [The Ever Given blocks…](suez-canal-blockage/" in line
    assert "(suez-follow-up-4/" in line and "(suez-follow-up-3/" in line and "suez-follow-up-2/" not in line
    assert line.endswith(" and 2 more)")


def test_a_line_names_its_story_in_a_few_words_and_the_story_in_full_once(root: Path) -> None:
    """The full title on every line made the index about 38,000 px tall on a phone for seven stories:
    a line names its story by the start of its title, distinct from every other story's."""
    content = root / "content"
    shipped = load_site(content).raise_for_problems()
    page = markdown(shipped)["a-z.md"]
    for dossier in shipped.dossiers:
        title = escape(dossier.meta.title)
        # The title is written out on the story's own line only.
        assert page.count(title) == 1, title
        assert re.search(rf"^- \[{re.escape(title)}\]\([^)]+\): story$", page, re.M), title
    labels = a_to_z.story_labels({d.slug: d.meta.title for d in shipped.dossiers})
    assert len(set(labels.values())) == len(labels)
    assert all(len(label.split()) <= a_to_z.LABEL_WORDS + 1 for label in labels.values())


def test_labels_cut_at_a_clause_skip_dangling_words_and_grow_only_to_differ() -> None:
    def labels(*titles: str) -> list[str]:
        found = a_to_z.story_labels({f"s{i}": title for i, title in enumerate(titles)})
        return [found[f"s{i}"] for i in range(len(titles))]

    assert labels("Glacial lake flood", "A big port clears its backlog of ships") == [
        "Glacial lake flood",
        "A big port clears…",
    ]
    assert labels("Rivers rise, and towns flood") == ["Rivers rise…"]
    assert labels("The vote on the budget in May", "The vote on the budget in June") == [
        "The vote on the budget in May",
        "The vote on the budget in June",
    ]
    assert labels("Same title", "Same title") == ["Same title", "Same title"]


def test_a_figure_is_filed_under_what_it_counts_with_its_value_beside(site: Site) -> None:
    """ "people missing: 12: figure" read as two labels in a row: the value is in brackets."""
    page = markdown(site)["a-z.md"]
    figures = [line for line in page.splitlines() if line.endswith(": figure") or ": figure, in " in line]
    assert figures
    assert all(re.match(r"- \[[^\]]+ \([^)]+\)\]\(", line) for line in figures), figures
    assert not [line for line in figures if re.match(r"- \[[^\]]*: [^\]]*\]", line)]
