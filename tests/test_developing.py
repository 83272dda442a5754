"""A developing story told in three linked stories (tests/fixtures/threads/silicon-valley-bank): a
bank fails after a run on its deposits, the government guarantees every deposit, the bank is sold.
From public reporting of March 2023, each source's text stored. The three share actors (one record
each, taken by shared-actors.yaml), and two figures (the bank's deposits and assets) form a series
across the first and the third.

Built for real (`mkdocs build --strict`) and read as a reader who arrives at any of the three meets
the pages: does the second or third say what came before, does a shared actor's page tell its part
story by story, does a figure that develops across stories read as a series?"""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
from pathlib import Path

import pytest
from flood import built, first_screen
from launcher import python_m

from generator.checking.loader import load_site
from generator.format.dossier import Dossier
from generator.format.history import History
from generator.format.model import Actor, Number
from generator.format.numbers import newspaper_value
from generator.site.grammar import caption_text, named
from generator.site.pages import build_pages

HERE = Path(__file__).parent
THREAD = HERE / "fixtures" / "threads" / "silicon-valley-bank"
FIXTURES = HERE / "fixtures" / "dossiers"
ROOT = HERE.parent
FAILS, GUARANTEED, SOLD = "silicon-valley-bank-fails", "svb-deposits-guaranteed", "svb-sold-to-first-citizens"


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return built(THREAD)


# -- The fixture ---------------------------------------------------------------------------------


def test_the_three_stories_validate_clean_under_strict() -> None:
    result = load_site(THREAD)
    assert list(result.diagnostics) == []
    site = result.raise_for_problems(strict=True)
    assert [d.meta.follows for d in sorted(site.dossiers, key=lambda d: d.meta.published)] == [
        None,
        FAILS,
        GUARANTEED,
    ]
    # Every source's text is stored, so validation checked every evidence phrase against it.
    assert all(source.snapshot for dossier in site.dossiers for source in dossier.sources)
    assert sum(len(d.sources) for d in site.dossiers) == 16


def test_nothing_in_the_fixture_points_outside_the_repository() -> None:
    for path in THREAD.rglob("*.yaml"):
        text = path.read_text("utf-8").replace("../../../../../schema/", "")
        assert "../" not in text and "shared/" not in text, path


def test_a_shared_actor_is_one_line_of_the_people_page_linking_where_its_record_lives(
    pages: dict[str, str],
) -> None:
    people = pages["people.md"]
    for name in (
        "Federal Deposit Insurance Corporation",
        "Silicon Valley Bank",
        "Silicon Valley Bridge Bank",
    ):
        assert people.count(f"**[{name}](") == 1, name
    assert "**[Federal Deposit Insurance Corporation](silicon-valley-bank-fails/actors/fdic.md)**" in people
    assert (
        "**[Silicon Valley Bridge Bank](svb-deposits-guaranteed/actors/silicon-valley-bridge-bank.md)**"
        in people
    )


# -- A built site --------------------------------------------------------------------------------


@pytest.mark.slow
def test_the_three_build_clean_with_mkdocs_strict(tmp_path: Path) -> None:
    project = tmp_path / "site"
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(THREAD, project / "content")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONWARNINGS": "ignore"}
    done = python_m("mkdocs", "build", "--strict", "--site-dir", "out", cwd=project, env=env, timeout=300)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "WARNING" not in output and "ERROR" not in output
    site = project / "out"
    for path in ("index.html", "people/index.html", "quantities/index.html", "topic/banking/index.html"):
        assert (site / path).is_file(), path
    third = (site / SOLD / "index.html").read_text("utf-8")
    assert "Where it began:" in third and "Previously:" in third
    assert f'href="../{FAILS}/"' in third


# -- What came before, on the first screen -------------------------------------------------------


def test_a_later_story_says_what_happened_before_it_not_only_a_title(pages: dict[str, str]) -> None:
    """The second and third stories' first screens said only "Previously: <title>": a reader who
    arrived at the sale of the bank learnt that a guarantee came before, not that a run had closed the
    bank. The story before now says what happened there, and the story the thread began with is
    named above it, in reading order, by its title ("... fails after a run on its deposits"): its
    summary too ran the two lines to eight on a phone."""
    third = first_screen(pages[f"{SOLD}/index.md"])
    began = (
        f"**Where it began:** [Silicon Valley Bank fails after a run on its deposits](../{FAILS}/index.md)"
    )
    previously = (
        f"**Previously:** [The US government guarantees every Silicon Valley Bank deposit](../{GUARANTEED}/index.md): "
        "Two days after Silicon Valley Bank failed, US authorities said every depositor would get their money, "
        "not only the insured ones."
    )
    assert f"{began}  \n{previously}\n" in third
    second = first_screen(pages[f"{GUARANTEED}/index.md"])
    assert "Where it began" not in second  # the story before is where it began
    # Its summary says what came before ("Two days after Silicon Valley Bank failed"): the title, linked,
    # says how, and the story before's first sentence would say it a third time.
    assert (
        f"**Previously:** [Silicon Valley Bank fails after a run on its deposits](../{FAILS}/index.md)  \n"
        in second
    )
    assert (
        f"**What happened next:** [First Citizens buys Silicon Valley Bank](../{SOLD}/index.md)\n" in second
    )
    first = first_screen(pages[f"{FAILS}/index.md"])
    assert "Previously" not in first and "**What happened next:** [The US government" in first


def test_a_thread_of_four_says_how_far_back_it_began(tmp_path: Path) -> None:
    """Invented follow-ups of another fixture: the fourth story of a thread names the first and how many
    stories before it that is; the second names none."""
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "suez-canal-blockage", content / "suez-canal-blockage")
    before = "suez-canal-blockage"
    for number in (1, 2, 3):
        slug = f"follow-up-{number}"
        shutil.copytree(FIXTURES / "suez-canal-backlog", content / slug)
        meta = content / slug / "dossier.yaml"
        meta.write_text(
            meta.read_text("utf-8")
            .replace("slug: suez-canal-backlog", f"slug: {slug}")
            .replace("title: The Suez Canal clears its backlog", f"title: Follow-up {number}")
            .replace("follows: suez-canal-blockage", f"follows: {before}"),
            "utf-8",
        )
        actors = content / slug / "actors.yaml"
        actors.write_text(actors.read_text("utf-8").replace("Ossama Rabei", f"Chief {number}"), "utf-8")
        before = slug
    four = built(content)
    fourth = first_screen(four["follow-up-3/index.md"])
    assert (
        "**Where it began:** [The Ever Given blocks the Suez Canal](../suez-canal-blockage/index.md), three stories "
        "before this one  \n"
    ) in fourth
    assert fourth.index("Where it began") < fourth.index("**Previously:** [Follow-up 2]")
    assert "Where it began" not in first_screen(four["follow-up-1/index.md"])


# -- A figure that develops across stories ---------------------------------------------------------


def test_a_key_figure_says_what_other_stories_gave_before_and_after_it(pages: dict[str, str]) -> None:
    """The sale's card gave the bank's deposits on the day it closed, and the failure's card the
    deposits at the end of 2022, each alone: a reader of either did not learn from it that the
    figure had fallen from $175.4 billion to $119 billion (only the numbers pages said so)."""
    sold = pages[f"{SOLD}/index.md"]
    assert (
        f"    Earlier: [about $175.4 billion](../{FAILS}/numbers.md#total-deposits-end-2022) as of 31 December "
        f"2022, in [Silicon Valley Bank fails after a run on its deposits](../{FAILS}/index.md).\n"
    ) in sold
    fails = pages[f"{FAILS}/index.md"]
    assert (
        f"    Later: [about $119 billion](../{SOLD}/numbers.md#total-deposits-march-10) as of 10 March 2023, "
        f"in [First Citizens buys Silicon Valley Bank](../{SOLD}/index.md).\n"
    ) in fails
    # A figure no other story gives has no such line.
    assert "Earlier:" not in pages[f"{GUARANTEED}/index.md"]
    series = pages["quantities.md"]
    assert series.index("[about $175.4 billion]") < series.index("[about $119 billion]")


@pytest.mark.parametrize(
    ("value", "printed"),
    [
        (88_590_000_000, "88.59 billion"),
        (110_360_000_000, "110.36 billion"),
        (175_400_000_000, "175.4 billion"),
        (2_250_000_000, "2.25 billion"),
        (1_234_500_000, "1,234,500,000"),  # not "1234.5 million"
        (1_250_000, "1.25 million"),  # two decimals of a million, as a newspaper prints them
    ],
)
def test_a_figure_in_billions_reads_in_billions(value: int, printed: str) -> None:
    """Signature Bank's deposits of $88.59 billion read "about $88590 million" on a key-figure card."""
    assert newspaper_value(value) == printed


def test_the_card_of_a_figure_in_billions(pages: dict[str, str]) -> None:
    overview = pages[f"{GUARANTEED}/index.md"]
    assert "[about $88.59 billion](numbers.md#signature-deposits)" in overview
    assert "million" not in overview.split("## Key figures", 1)[1].split("\n## ", 1)[0]


# -- Names as English writes them ------------------------------------------------------------------


def test_public_bodies_take_the_and_banks_named_by_their_owners_do_not(pages: dict[str, str]) -> None:
    """ "according to Federal Deposit Insurance Corporation", "four figures only Federal Deposit
    Insurance Corporation gives", "Treasury, Federal Reserve and ... say", and "operates the Silicon
    Valley Bridge Bank"."""
    guaranteed, sold = pages[f"{GUARANTEED}/index.md"], pages[f"{SOLD}/index.md"]
    assert (
        '**What may happen next:** The [Treasury](actors/us-treasury.md "US Department of the Treasury"), the '
        "[Federal Reserve](actors/federal-reserve.md) and the [Federal Deposit Insurance Corporation](actors/fdic.md) say"
    ) in guaranteed
    assert "the official figure from the [Federal Deposit Insurance Corporation](actors/fdic.md)" in sold
    # In running text, that is: a list of who's who names each bare, as a label.
    assert not re.search(r"(?<![Tt]he )(?<!^- )\[Federal (Reserve|Deposit)", guaranteed + sold, re.MULTILINE)
    relations = pages[f"{GUARANTEED}/relationships.md"]
    assert (
        "| is a leader of | [Silicon Valley Bridge Bank](actors/silicon-valley-bridge-bank.md) |" in relations
    )
    insurer = pages[f"{FAILS}/actors/fdic.md"]
    assert (
        "Corporation operates Silicon Valley Bridge Bank]" in insurer and "the Silicon Valley" not in insurer
    )


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        (
            "Kessel Deposit Insurance Corporation",
            "government-body",
            "the Kessel Deposit Insurance Corporation",
        ),
        ("Lind Corporation", "organisation", "Lind Corporation"),
        ("Marrow Bank", "organisation", "Marrow Bank"),
        ("Bank of Aldria", "organisation", "the Bank of Aldria"),
        ("Aldrian Central Bank", "government-body", "the Aldrian Central Bank"),
        ("World Bank", "organisation", "the World Bank"),
        ("Kessel Development Bank", "organisation", "the Kessel Development Bank"),
        ("West Bank", "place", "the West Bank"),
        ("Federal Reserve", "government-body", "the Federal Reserve"),
        ("Treasury", "government-body", "the Treasury"),
        ("Aldrian Reserve System", "government-body", "the Aldrian Reserve System"),
        ("United Dock Workers", "organisation", "the United Dock Workers"),
        ("Free Nations", "organisation", "the Free Nations"),
        ("United Provinces", "place", "the United Provinces"),
        ("Kessel Kingdom", "place", "Kessel Kingdom"),
        ("Emirates", "organisation", "Emirates"),
        ("United Freight", "organisation", "United Freight"),
        ("Dock Workers", "group", "Dock Workers"),
    ],
)
def test_a_bank_or_corporation_takes_the_when_it_is_public(name: str, kind: str, expected: str) -> None:
    actor = Actor.model_validate(
        {"id": "a", "name": name, "kind": kind, "description": "d", "cite": [{"source": "s"}]}
    )
    assert named(actor) == expected


# -- A shared actor, story by story ----------------------------------------------------------------


def test_a_shared_actors_page_says_where_each_story_of_the_thread_stands(pages: dict[str, str]) -> None:
    """On the deposit insurer's page in the first story, the third story of the thread was dated
    ("Its events: ...") as if it belonged to another thread; the same on the third's page."""
    first = pages[f"{FAILS}/actors/fdic.md"]
    assert "*The story after this one; its events: 12 to 13 March 2023.*" in first
    assert "*A later story of this thread; its events: 24 to 27 March 2023.*" in first
    third = pages[f"{SOLD}/actors/fdic.md"]
    assert third.index("*An earlier story of this thread; its events: 8 to 13 March 2023") < third.index(
        "*The story before this one; its events: 12 to 13 March 2023"
    )


def test_the_people_page_names_a_threads_stories_in_reading_order(pages: dict[str, str]) -> None:
    """The bank was listed "In First Citizens buys…, Silicon Valley Bank fails after… and The US
    government guarantees…": by title, the end of the story first."""
    people = pages["people.md"]
    assert (
        f"In [Silicon Valley Bank fails after…]({FAILS}/index.md), [The US government guarantees every…]"
        f"({GUARANTEED}/index.md) and [First Citizens buys Silicon Valley…]({SOLD}/index.md):"
    ) in people
    organisations = people.split("## Organisations", 1)[1].split("\n## ", 1)[0]
    alone = [line for line in organisations.splitlines() if line.startswith("In [") and " and [" not in line]
    assert [line.split("](")[1].split("/")[0] for line in alone] == [FAILS, GUARANTEED, SOLD]


# -- Kept current ----------------------------------------------------------------------------------


def test_an_earlier_storys_updates_page_says_the_story_went_on() -> None:
    """The first story's Updates page said only that its history was not available: a reader who
    came to see what changed since did not learn that two later explainers carried it forward. (A
    later story's summary spells out a body's acronym the page has not shown: acronyms.py.)"""
    site = load_site(THREAD).raise_for_problems(strict=True)
    unknown = {d.slug: History(False, reason="No history here.") for d in site.dossiers}
    pages = {p.path: p.markdown for p in build_pages(site, histories=unknown).pages}
    first = pages[f"{FAILS}/updates.md"]
    assert (
        "## The story since\n\nLater explainers carry this story forward:\n\n"
        f"- [The US government guarantees every Silicon Valley Bank deposit](../{GUARANTEED}/index.md), published "
        "4 December 2026: Two days after Silicon Valley Bank failed, US authorities said every depositor would "
        "get their money, not only the insured ones.\n"
        f"- [First Citizens buys Silicon Valley Bank](../{SOLD}/index.md), published 5 December 2026: On 26 March "
        "2023 the Federal Deposit Insurance Corporation (FDIC) sold Silicon Valley Bank's deposits and loans to "
        "First Citizens, a bank from North Carolina.\n"
    ) in first
    assert "No history here." in first
    assert "The story since" not in pages[f"{SOLD}/updates.md"]


def test_an_assurance_of_what_will_happen_is_no_warning(pages: dict[str, str]) -> None:
    """ "Still in doubt: whether the warnings below come true", above the authorities' word that no
    losses would fall on taxpayers: an assurance called a threat. ("Whether the forecasts below come
    true" then told a reader nothing the next line does not: it is left out, ``unknowns.still_open``.)"""
    second = first_screen(pages[f"{GUARANTEED}/index.md"])
    assert "**Still in doubt:**" not in second
    assert "**What may happen next:**" in second
    assert "warning" not in second


@pytest.mark.parametrize(
    ("counts", "told"),
    [
        ("loss on the sale of bonds", "$1.8 billion, the loss on the sale of bonds"),
        ("discount on the assets bought", "$1.8 billion, the discount on the assets bought"),
        ("ransoms paid to the gang", "$1.8 billion in ransoms paid to the gang"),
        ("new capital the firm would seek", "$1.8 billion in new capital the firm would seek"),
    ],
)
def test_a_sum_that_is_a_loss_or_a_discount_is_that_sum(counts: str, told: str) -> None:
    """ "$1.8 billion in loss on the sale of US Treasuries", "$16.5 billion in discount on the assets"."""
    number = Number.model_validate(
        {"id": "n", "value": 1_800_000_000, "unit": "US dollars", "counts": counts, "cite": [{"source": "s"}]}
    )
    assert caption_text(number) == told


def test_a_card_does_not_say_its_day_twice(pages: dict[str, str]) -> None:
    """ "$42 billion in deposits that investors and depositors tried to withdraw on 9 March 2023, ...,
    as of 9 March 2023": what the figure counts already said the day."""
    card = next(
        line for line in pages[f"{FAILS}/index.md"].splitlines() if "(numbers.md#withdrawals-march-9)" in line
    )
    assert "tried to withdraw on 9 March 2023, the official figure from" in card
    assert "as of 9 March 2023" not in card
    # A figure whose words give no day keeps it.
    assert "as of 31 December 2022" in pages[f"{FAILS}/index.md"]


def test_a_role_does_not_name_again_whom_its_words_already_name(pages: dict[str, str]) -> None:
    """ "Silicon Valley Private Bank: The bridge bank's private banking subsidiary; it is part of
    Silicon Valley Bridge Bank": the role named the bridge bank by the alias its description uses."""
    whos_who = pages[f"{SOLD}/index.md"].split("## Who's who", 1)[1].split("\n## ", 1)[0]
    assert (
        "- [Silicon Valley Private Bank](actors/silicon-valley-private-bank.md): The bridge bank's private "
        "banking subsidiary\n"
    ) in whos_who


def test_a_later_storys_timeline_starts_with_what_came_before(pages: dict[str, str]) -> None:
    """The second story's timeline began on 12 March with the guarantee: no run, no closure before it;
    and the first story's ended at its last event, with no word that the story went on."""
    third = pages[f"{SOLD}/timeline.md"]
    before = third.split("## Before this story {: #before-this-story }\n\n", 1)[1].split("\n## ", 1)[0]
    assert before.splitlines()[:3] == [
        f"- [Silicon Valley Bank fails after a run on its deposits](../{FAILS}/timeline.md): events from "
        "8 to 13 March 2023",
        f"- [The US government guarantees every Silicon Valley Bank deposit](../{GUARANTEED}/timeline.md), the "
        "story just before this one:",
        f"    - 12 March 2023: [The government guarantees all of Silicon Valley Bank's deposits](../{GUARANTEED}/"
        "timeline.md#all-deposits-guaranteed)",
    ]
    assert third.index("## Before this story") < third.index("## 2023")
    second = pages[f"{GUARANTEED}/timeline.md"]
    # An event its report gave as due says so here too.
    assert "    - 13 March 2023, expected as reported on 10 March 2023: [Insured depositors" in second
    assert "## Before this story" not in pages[f"{FAILS}/timeline.md"]
    assert (
        f"**What happened next:** [The US government guarantees every Silicon Valley Bank deposit](../{GUARANTEED}/"
        "timeline.md)\n"
    ) in pages[f"{FAILS}/timeline.md"]
    assert "What happened next" not in pages[f"{SOLD}/timeline.md"]


def test_the_home_card_of_a_thread_says_where_it_stands(pages: dict[str, str]) -> None:
    """The thread's card gave its first story's summary and three titles: a reader of the home page
    learnt how it began, not how it stood."""
    card = pages["index.md"].split("!!! explainer-card", 1)[1]
    assert (
        f"    3. [First Citizens buys Silicon Valley Bank]({SOLD}/index.md), up to 27 March 2023\n\n"
        "    **The latest:** On 26 March 2023 the FDIC sold Silicon Valley Bank's deposits and loans to First "
        "Citizens, a bank from North Carolina.\n"
    ) in card
    assert card.index("On 10 March 2023 California closed") < card.index("**The latest:**")


def test_a_hostile_title_and_summary_stay_text_in_the_new_thread_lines() -> None:
    """Validation refuses markup in a title or summary; the pages escape them anyway (as test_across
    does, the loaded story is changed after its checks)."""
    site = load_site(THREAD).raise_for_problems(strict=True)
    title = "Fails <script>alert(1)</script> [x](javascript:alert(1))"
    summary = "On 10 March <img src=x onerror=alert(1)> closed it. More."

    def hostile(dossier: Dossier) -> Dossier:
        thread = tuple(
            dataclasses.replace(link, title=title, summary=summary) if link.slug == FAILS else link
            for link in dossier.thread
        )
        meta = (
            dossier.meta.model_copy(update={"title": title, "summary": summary})
            if dossier.slug == FAILS
            else dossier.meta
        )
        return dataclasses.replace(dossier, meta=meta, thread=thread)

    changed = dataclasses.replace(site, dossiers=tuple(hostile(d) for d in site.dossiers))
    pages = {p.path: p.markdown for p in build_pages(changed).pages}
    for page in (
        f"{SOLD}/index.md",
        f"{GUARANTEED}/index.md",
        f"{SOLD}/timeline.md",
        f"{GUARANTEED}/timeline.md",
    ):
        assert "<script>" not in pages[page] and "<img" not in pages[page], page
        assert not re.search(r"(?<!\\)\]\(javascript:", pages[page]), page  # "\[x\](...)" is text
    assert "&lt;img src=x onerror=alert(1)&gt; closed it." in first_screen(pages[f"{GUARANTEED}/index.md"])
    assert "Fails &lt;script&gt;" in first_screen(pages[f"{SOLD}/index.md"])
