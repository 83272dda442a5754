"""Honest currency and trustworthy sources: corrections on the Updates page, the day events were
checked to, "as of" on present-tense descriptions, and where stored texts were read."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.checking.currency import host, stored_elsewhere
from generator.checking.loader import load_site
from generator.format.model import Source
from generator.site.pages import Pages, build_pages
from generator.site.threads import first_sentence

BASE = Path(__file__).parent / "fixtures" / "rules" / "base" / "harbour-strike"


@pytest.fixture
def content(tmp_path: Path) -> Iterator[Path]:
    root = tmp_path / "content"
    shutil.copytree(BASE, root / "harbour-strike")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        yield Path("content")
    finally:
        os.chdir(cwd)


def edit(content: Path, file: str, old: str, new: str) -> None:
    path = content / "harbour-strike" / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def build(content: Path) -> Pages:
    # No git history in a temporary folder: the Updates page says so, and still lists corrections.
    return build_pages(load_site(content).raise_for_problems(strict=True), histories={})


CORRECTIONS = """corrections:
  - date: 2024-03-05
    wrong: The strike was said to involve 3,000 workers.
    right: The union said more than 2,000.
  - date: 2024-03-09
    wrong: The port was called closed.
    right: It stayed open.
"""


def test_corrections_show_on_the_updates_page_newest_first_and_on_the_overview(content: Path) -> None:
    edit(content, "dossier.yaml", "key_figure: strikers\n", "key_figure: strikers\n" + CORRECTIONS)
    pages = build(content).by_path()
    updates = pages["harbour-strike/updates.md"].markdown
    later = updates.index('!!! explainer-correction "Corrected on 9 March 2024"')
    earlier = updates.index('!!! explainer-correction "Corrected on 5 March 2024"')
    assert later < earlier
    assert "**What was wrong:** The strike was said to involve 3,000 workers." in updates
    assert "**What is right:** The union said more than 2,000." in updates
    assert "**What was wrong:** The port was called closed." in updates
    overview = pages["harbour-strike/index.md"].markdown
    assert "Corrected on 9 March 2024: see [Updates and corrections](updates.md)." in overview


def test_the_overview_says_up_to_which_day_events_were_checked(content: Path) -> None:
    edit(
        content,
        "dossier.yaml",
        "last_reviewed: 2024-03-02\n",
        "last_reviewed: 2024-03-02\nevents_checked_to: 2024-03-01\n",
    )
    overview = build(content).by_path()["harbour-strike/index.md"].markdown
    assert "*Events checked up to 1 March 2024.*" in overview
    assert "first published 1 March 2024, last reviewed 2 March 2024." in overview


@pytest.mark.parametrize(
    ("as_of", "shown"),
    [("2024-02", "*(as of February 2024)*"), ("2024-03", ""), ("2024-03-01", ""), ("2023", "*(as of 2023)*")],
)
def test_a_present_tense_description_says_as_of_when_older_than_the_checked_day(
    content: Path, as_of: str, shown: str
) -> None:
    edit(
        content,
        "dossier.yaml",
        "last_reviewed: 2024-03-02\n",
        "last_reviewed: 2024-03-02\nevents_checked_to: 2024-03-01\n",
    )
    edit(
        content,
        "actors.yaml",
        "  description: Runs the port.\n",
        f'  description: Runs the port.\n  as_of: "{as_of}"\n',
    )
    page = build(content).by_path()["harbour-strike/actors/port-authority.md"].markdown
    if shown:
        assert f"Runs the port. {shown}" in page
    else:
        assert "as of" not in page


def test_the_sources_page_names_the_copy_and_the_original(content: Path) -> None:
    edit(
        content,
        "sources.yaml",
        "  snapshot: source.txt\n",
        "  snapshot: source.txt\n  url: https://www.news.example/walkout\n"
        "  text_from: https://mirror.example/copy?id=7\n  reprint_of:\n    publisher: Harbour Daily\n",
    )
    sources = build(content).by_path()["harbour-strike/sources.md"].markdown
    assert (
        "- **Text checked against:** a copy at [mirror.example](https://mirror.example/copy?id=7)" in sources
    )
    assert "- **Reprint of:** Harbour Daily" in sources


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("One. Two.", "One."),
        ("The U.S. Institute said so. Then more.", "The U.S. Institute said so."),
        ("Gen. Min Aung Hlaing spoke. Later.", "Gen. Min Aung Hlaing spoke."),
        ("No stop at all", "No stop at all"),
        ("It rose 2.5 per cent. Then fell.", "It rose 2.5 per cent."),
    ],
)
def test_first_sentence(text: str, first: str) -> None:
    assert first_sentence(text) == first


# -- The checks themselves (generator/checking/currency.py) ----------------------------------------


def test_a_host_is_compared_without_case_or_a_leading_www() -> None:
    assert host("https://WWW.Example.org/news?id=1") == "example.org"
    assert host("https://news.example.org:8443/a") == "news.example.org"
    assert host("https://wwwexample.org/") == "wwwexample.org"
    assert host("no address") == ""


def test_stored_text_read_at_the_source_or_the_copy_it_names_is_not_elsewhere() -> None:
    source = Source(id="s", title="T", url="https://www.news.example/a")
    assert not stored_elsewhere(source, "https://news.example/a?print=1")
    assert stored_elsewhere(source, "https://mirror.example/a")
    assert not stored_elsewhere(source, None)
    assert not stored_elsewhere(Source(id="s", title="T"), "https://mirror.example/a")
    copied = Source(id="s", title="T", url="https://news.example/a", text_from="https://Mirror.example/c")
    assert not stored_elsewhere(copied, "https://mirror.example/a")
    assert stored_elsewhere(copied, "https://other.example/a")


def test_events_checked_to_the_day_of_review_need_no_new_review(content: Path) -> None:
    edit(
        content,
        "dossier.yaml",
        "last_reviewed: 2024-03-02\n",
        "last_reviewed: 2024-03-02\nevents_checked_to: 2024-03-02\n",
    )
    assert [d.rule for d in load_site(content).diagnostics] == []
    edit(content, "dossier.yaml", "events_checked_to: 2024-03-02", "events_checked_to: 2024-03-03")
    assert [(d.rule, d.hint) for d in load_site(content).diagnostics] == [
        (
            "currency-unreviewed",
            "re-read the present-tense descriptions and set `last_reviewed:`, or give each its `as_of:` date",
        )
    ]


def test_a_reprint_that_names_its_original_asks_for_the_original(content: Path) -> None:
    reprint = "  reprint_of:\n    publisher: Harbour Daily\n"
    edit(content, "sources.yaml", "  snapshot: source.txt\n", "  snapshot: source.txt\n" + reprint)
    assert [d.rule for d in load_site(content).diagnostics] == []  # no address given: nothing to cite
    edit(content, "sources.yaml", reprint, reprint + "    url: https://harbour.example/walkout\n")
    assert [(d.rule, d.hint) for d in load_site(content).diagnostics] == [
        (
            "reprint-original-named",
            "cite the original: set `url:` to its address, keep this copy's address in `text_from:` and "
            "delete `reprint_of:`",
        )
    ]


def test_an_actors_as_of_is_a_real_date(content: Path) -> None:
    edit(
        content,
        "actors.yaml",
        "  description: Runs the port.\n",
        '  description: Runs the port.\n  as_of: "2024-02-30"\n',
    )
    assert [(d.rule, d.line, d.message, d.hint) for d in load_site(content).diagnostics] == [
        (
            "date-invalid",
            13,
            "'2024-02-30' is not a real date: day 30 does not exist in February 2024",
            "check the calendar",
        )
    ]
    edit(content, "actors.yaml", '"2024-02-30"', '"2024-02-29"')
    assert list(load_site(content).diagnostics) == []
