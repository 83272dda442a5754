"""What a newcomer reads on a story's first screen, in the built HTML of stories of different kinds.

A panel of readers looked at every overview on a phone (390x844): the lines between the summary and
the first key question read like a machine's. "Also in doubt: four claims only one side makes and 11
figures only one side gives" tallied what the section a tap away tells better; "The bank says:
Interest rates will fall" labelled a speaker as a transcript does; "One more warning. What happens
next?" counted, then ended on a bare question; and "Previously:" said again, with the story before's
first sentence, what the summary had just said. The stories: a central bank's rate cut (economy), a
fraud trial (court), a study of glaciers (science), an outbreak (health), a law that applies in stages
(law), and the shipped thread.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from explained import explained_content
from launcher import python_m
from selectolax.lexbor import LexborHTMLParser
from selectolax.lexbor import LexborNode as Node

from generator.site.appearances import names_story
from generator.site.clauses import Casing, reported_clause

pytestmark = pytest.mark.slow

HERE = Path(__file__).parent
STORIES = ("bank-rate-cut", "ftx-fraud-trial", "glacier-loss-2025", "rwanda-marburg-2024")
SHIPPED = ("myanmar-scam-handover", "the-fall-of-laukkai", "kokang-crime-families-on-trial")
# Built beside them, for what only they show: a law that applies in stages.
ALSO = ("eu-ai-act",)
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONWARNINGS": "ignore"}
# Words from the title to "Key questions" (``words``): the longest lead the panel read ran to 207,
# its first question a screen and a third down a phone; the longest now runs to 176.
WORD_BUDGET = 180


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("first-screens")
    root = HERE.parent
    shutil.copytree(root / "docs", project / "docs")
    config = (root / "mkdocs.yml").read_text("utf-8").replace("pagefind: true", "pagefind: false")
    (project / "mkdocs.yml").write_text(config, "utf-8")
    explained_content(project, *STORIES, *ALSO)
    for story in SHIPPED:
        shutil.copytree(root / "content" / story, project / "content" / story)
    done = python_m("mkdocs", "build", "--site-dir", "site", cwd=project, env=ENV, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return project / "site"


def lead(site: Path, story: str) -> list[Node]:
    """The overview's elements from its title to the "Key questions" heading."""
    article = LexborHTMLParser((site / story / "index.html").read_text("utf-8")).css_first("article")
    assert article is not None
    title = article.css_first("h1")
    assert title is not None
    found: list[Node] = []
    node: Node | None = title
    while node is not None and node.attributes.get("id") != "key-questions":
        if node.tag != "-text":
            found.append(node)
        node = node.next
    return found


def line(site: Path, story: str, label: str) -> Node:
    """The paragraph with a bold ``label`` ("Still in doubt:")."""
    [paragraph] = [
        p for p in lead(site, story) if p.tag == "p" and any(b.text() == label for b in p.css("strong"))
    ]
    return paragraph


def words(nodes: list[Node]) -> int:
    """Words with a letter: no figure, note number or "¶" (a note stuck to a word is one with it)."""
    return sum(len([w for w in n.text(separator=" ").split() if re.search(r"[^\W\d]", w)]) for n in nodes)


@pytest.mark.parametrize("story", [*STORIES, *SHIPPED])
def test_the_first_screen_keeps_to_a_word_budget(site: Path, story: str) -> None:
    assert words(lead(site, story)) <= WORD_BUDGET


@pytest.mark.parametrize(
    "story", ["ftx-fraud-trial", "rwanda-marburg-2024", "kokang-crime-families-on-trial"]
)
def test_after_the_main_doubt_the_rest_is_one_counted_link(site: Path, story: str) -> None:
    doubt = line(site, story, "Still in doubt:")
    tail = doubt.text().split("Also in doubt: ", 1)[1]
    assert re.fullmatch(r"[a-z0-9]+ more claims?( and [a-z0-9]+ figures?)?\.", tail), tail
    links = [a.attributes.get("href") for a in doubt.css("a")]
    assert links[-1] == "#what-is-not-known"
    assert "only one side" not in doubt.text() and "no one else confirms" not in doubt.text()


def test_a_forecast_of_one_sentence_is_reported_speech(site: Path) -> None:
    bank = line(site, "bank-rate-cut", "What may happen next:").text()
    assert "The Bank of England says interest rates will fall more gradually than they rose." in bank
    assert "The Bank of England also says inflation will rise again" in bank
    # A clause that opens with a preposition takes "that": "says by the end of the century" misread.
    glaciers = line(site, "glacier-loss-2025", "What may happen next:").text()
    assert "says glacier ice loss will go on" in glaciers
    assert "says that by the end of the century" in glaciers
    # A statement that opens with a name keeps its colon: lowering a name is worse than a colon.
    trial = line(site, "ftx-fraud-trial", "What may happen next:").text()
    assert "The Wall Street Journal says: Bankman-Fried will probably serve" in trial
    outbreak = line(site, "rwanda-marburg-2024", "What may happen next:").text()
    assert "says: Marburg virus disease could still return" in outbreak


@pytest.mark.parametrize("story", ["bank-rate-cut", "ftx-fraud-trial", "glacier-loss-2025"])
def test_what_may_happen_next_ends_with_the_question_that_tells_more(site: Path, story: str) -> None:
    paragraph = line(site, story, "What may happen next:")
    text = paragraph.text()
    assert "more warning" not in text and "still to come" not in text
    assert re.search(r" More in [^.]+\?$", text), text
    assert (paragraph.css("a")[-1].attributes.get("href") or "").startswith("#q-")


# -- What is in doubt, said once and only where it is ------------------------------------------------
# The panel read "Still in doubt: one figure no other source gives (2% for UK inflation), from the
# Bank of England" (a public body's measured figure, which nothing in the story questions), "...,
# reports say without naming a source; no source has been able to check it" (two hedges), "Still in
# doubt: whether the forecasts below come true" (nothing a reader learns) and "Due on 2 August 2026,
# as reported on 1 August 2024:" (two dates in a row).


def test_a_public_bodys_measured_figure_is_no_doubt_in_a_story_without_sides(site: Path) -> None:
    bank = lead(site, "bank-rate-cut")
    assert not [p for p in bank if "Still in doubt:" in p.text()]
    overview = (site / "bank-rate-cut" / "index.html").read_text("utf-8")
    assert "no other source gives" not in overview
    # A story with sides keeps a side's lone figures in doubt, a war's government bodies among them.
    assert "Figures only one side gives" in (site / "the-fall-of-laukkai" / "index.html").read_text("utf-8")
    assert "four figures" in line(site, "the-fall-of-laukkai", "Still in doubt:").text()


def test_a_claim_no_one_is_named_for_is_hedged_once(site: Path) -> None:
    outbreak = line(site, "rwanda-marburg-2024", "Still in doubt:").text()
    assert "near Kigali, reports say without naming a source. Also in doubt:" in outbreak
    assert "no source has been able to check it" not in outbreak
    # A claim its maker is named for still says why it is in doubt.
    war = line(site, "the-fall-of-laukkai", "Still in doubt:").text()
    assert "says the Myanmar military junta; no source has been able to check it" in war


@pytest.mark.parametrize("story", ["glacier-loss-2025", "eu-ai-act"])
def test_forecasts_the_next_line_tells_are_no_line_of_their_own(site: Path, story: str) -> None:
    told = " ".join(p.text() for p in lead(site, story))
    assert "Still in doubt:" not in told
    assert "below come true" not in told
    assert " says " in line(site, story, "What may happen next:").text()
    # "What is not known" still lists them, further down.
    overview = (site / story / "index.html").read_text("utf-8")
    assert 'id="warnings-and-forecasts"' in overview


def test_a_date_due_says_as_of_when_in_brackets(site: Path) -> None:
    law = line(site, "eu-ai-act", "What may happen next:").text()
    assert law.startswith("What may happen next: Due on 2 August 2026 (as of 1 August 2024): Most of the law")
    assert "as reported" not in law
    timeline = (site / "eu-ai-act" / "timeline" / "index.html").read_text("utf-8")
    assert "Due on 2 August 2026 (as of 1 August 2024):" in timeline


@pytest.mark.parametrize("story", ["the-fall-of-laukkai", "kokang-crime-families-on-trial"])
def test_previously_is_the_title_alone_when_the_summary_names_that_story(site: Path, story: str) -> None:
    previously = line(site, story, "Previously:")
    # One line, the label and the title linked: no first sentence of the story before after it.
    told = previously.text().split("Previously: ", 1)[1].split("\n", 1)[0].split("What happened next:")[0]
    title = next(a for a in previously.css("a") if a.text() and a.text() in told)
    assert told.strip() == title.text()


# -- The rules, on invented sentences ---------------------------------------------------------------

CASING = Casing(
    [
        "The harbour office raised its fees. Harbour fees rose in May.",
        "Shipping lines pay the fees, and the Harbour Board sets them. Ships wait for the board to meet.",
        "The lines asked for less, and the Board said no.",
    ]
)


@pytest.mark.parametrize(
    ("statement", "told"),
    [
        # A word the story writes in lower case, lowered.
        ("Fees will rise again in June.", "fees will rise again in June."),
        # An article or a pronoun, lowered.
        ("The office will close in winter.", "the office will close in winter."),
        # A preposition or a conjunction takes "that".
        ("If the strike goes on, ships will wait.", "that if the strike goes on, ships will wait."),
        ("By June the port could reopen.", "that by June the port could reopen."),
    ],
)
def test_a_statement_becomes_the_clause_after_says(statement: str, told: str) -> None:
    assert reported_clause(statement, statement, CASING) == told


def test_a_linked_first_word_is_lowered_inside_its_link() -> None:
    rendered = '[Fees](glossary.md#fees "fees: What ships pay. Each year.") will rise.'
    assert reported_clause("Fees will rise.", rendered, CASING) == rendered.replace("[Fees]", "[fees]", 1)


@pytest.mark.parametrize(
    "statement",
    [
        "Board members will resign.",  # the story capitalises "Board" alone in a sentence: a name
        "Harbour Board fees will rise.",  # two capitals: a name of several words
        "Kelvor will pay more.",  # a word the story never writes in lower case
        "Fees will rise. Ships will wait.",  # two sentences
        "Will fees rise?",  # a question
    ],
)
def test_a_statement_that_may_open_with_a_name_keeps_its_colon(statement: str) -> None:
    assert reported_clause(statement, statement, CASING) is None


@pytest.mark.parametrize(
    ("summary", "title", "own", "named"),
    [
        # The summary tells the story before's event: its title's words, its figure.
        (
            "After the port closed to 1,200 ships in May, the fees rose.",
            "The port closes to 1,200 ships",
            "Harbour fees rise",
            True,
        ),
        (
            "The follow-up to the fall of Port Halden.",
            "The fall of Port Halden and the end of the siege",
            "Aid reaches the valley",
            True,
        ),
        # Its figure missing, the summary tells another event of the same place.
        (
            "After the port closed to ships in May, the fees rose.",
            "The port closes to 1,200 ships",
            "Fees rise",
            False,
        ),
        # Sharing only the thread's subject, which both titles name, is not naming the story before.
        (
            "Two days after Harlow Bank failed, the state guaranteed its deposits.",
            "Harlow Bank fails after a run",
            "The state guarantees every Harlow Bank deposit",
            False,
        ),
    ],
)
def test_a_summary_names_the_story_before(summary: str, title: str, own: str, named: bool) -> None:
    assert names_story(summary, title, own) is named
