"""The overview's "Why:" line (``generator.site.why``), on several topics: a court ruling, a ship in
a canal, a war, and an invented flood."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from flood import DOSSIERS, FLOOD, built, first_screen, flood_with

from generator.site.why import opening

CONTENT = Path(__file__).parent.parent / "content"
COURT = "purdue-sackler-ruling"
SHIP = "suez-canal-blockage"


@pytest.fixture(scope="module")
def fixtures() -> dict[str, str]:
    return built(DOSSIERS)


@pytest.fixture(scope="module")
def shipped() -> dict[str, str]:
    return built(CONTENT)


def test_why_is_said_under_the_summary_before_the_doubts(
    fixtures: dict[str, str], shipped: dict[str, str]
) -> None:
    """A question that asks why sat a screen or more down a phone, after questions on who and how
    many: its answer's first words now come under the summary, before what is in doubt, linked to
    the whole answer (or, when the line is the whole answer, with its footnotes). A name the summary
    links is not linked again."""
    court = first_screen(fixtures[f"{COURT}/index.md"])
    line = (
        "**Why:** The majority found that bankruptcy law gives courts no power to shield the Sacklers"
        " from lawsuits without the consent of those suing them.[^1]"
    )
    assert line in court
    assert court.index("**Why:**") < court.index("**Still in doubt:**")
    # The war's answer opens with a short sentence: the next one, which says why, comes with it.
    laukkai = first_screen(shipped["the-fall-of-laukkai/index.md"])
    assert (
        "**Why:** The command was the military's largest base in the area. An analyst says it gave up"
        " without a shot being fired, which shows the regime could not support it beyond airstrikes."
        " [Why does the fall of Laukkai matter?](#q-why-it-matters)\n"
    ) in laukkai
    assert laukkai.index("**Why:**") < laukkai.index("**Still in doubt:**")


def test_a_question_the_line_answers_whole_is_not_asked_again(fixtures: dict[str, str]) -> None:
    """The court's answer to why is one sentence: the line said it, and "Key questions" asked it
    again just below, the same words a second time on a phone's first two screens, with a link from
    the one to the other. The line is now the answer: it carries the answer's footnotes and the
    question's anchor (so the index A to Z and search still land on it), and the question is not
    asked again."""
    overview = fixtures[f"{COURT}/index.md"]
    court = first_screen(overview)
    assert (
        ' without the consent of those suing them.[^1]<sup class="explainer-comma">,</sup>[^2]\n'
        "{: #q-why-was-the-deal-rejected }\n\n**Still in doubt:**"
    ) in court
    assert "](#q-why-was-the-deal-rejected)" not in overview
    assert "Why did the court reject the deal?" not in overview
    assert overview.count("courts no power to shield") == 1
    # Its footnotes are those the question had: the court's claim, in the words of two reports.
    assert "[^1]: [Supreme Court rejects controversial Purdue Pharma opioid settlement]" in overview
    assert "“there is no authority to protect the Sacklers" in overview.split("[^2]:", 1)[1].split("\n")[0]
    # Footnotes are still numbered in the order the page shows them.
    first_seen = list(dict.fromkeys(int(n) for n in re.findall(r"\[\^(\d+)\](?!:)", overview)))
    assert first_seen == sorted(first_seen)
    # The other questions are asked as before.
    assert "/// details | What did the Supreme Court decide?" in overview
    assert "/// details | Who are the Sacklers?" in overview


def test_no_line_without_a_why_question_or_when_the_first_asks_it(
    fixtures: dict[str, str], tmp_path: Path
) -> None:
    """The flood asks how many and what next, never why: no line. A story whose first question
    asks why answers it first anyway: a line would say it twice on one screen."""
    assert "**Why:**" not in fixtures[f"{FLOOD}/index.md"]
    folder = flood_with(tmp_path)
    questions = folder / FLOOD / "questions.yaml"
    why = "- id: why-did-it-burst\n  question: Why did the lake burst?\n  answer: Warm weather melted the ice.\n"
    questions.write_text(why + questions.read_text("utf-8"), "utf-8")
    overview = built(folder)[f"{FLOOD}/index.md"]
    assert "**Why:**" not in overview
    assert "/// details | Why did the lake burst?" in overview


def test_no_line_for_an_answer_the_doubt_line_tells(fixtures: dict[str, str]) -> None:
    """The ship's answer to why it ran aground is Egypt's claim, the very one "Still in doubt"
    names just under the summary: a Why line said it a second time on one screen, the question a
    third."""
    ship = first_screen(fixtures[f"{SHIP}/index.md"])
    assert "**Why:**" not in ship
    assert "**Still in doubt:** [Technical or human errors may also have played a part" in ship
    assert "/// details | Why did the ship run aground?" in fixtures[f"{SHIP}/index.md"]


def test_the_answer_is_the_contributors_text_escaped(tmp_path: Path) -> None:
    """The answer is contributor text: what Markdown or HTML would act on is shown as written."""
    # A second sentence too long for the line: the line links to the whole answer, by its question.
    more = " ".join(["The meltwater had nowhere to go"] * 6) + "."
    why = (
        "- id: why-did-it-burst\n  question: Why did the lake [burst]?\n"
        f"  answer: Warm weather [melted] the ice_cap_ & 2 < 3 caps. {more}\n"
    )
    folder = flood_with(tmp_path, questions=why)
    line = next(
        line
        for line in first_screen(built(folder)[f"{FLOOD}/index.md"]).splitlines()
        if line.startswith("**Why:**")
    )
    assert "Warm weather \\[melted\\] the ice\\_cap\\_ &amp; 2 &lt; 3 caps. [" in line
    assert "[Why did the lake \\[burst\\]?]" in line
    assert line.endswith("(#q-why-did-it-burst)")


# -- Where the line ends ------------------------------------------------------------------------------

_DAM = "The dam's gates jammed in the storm of 3 May, while the river was at its highest in forty years."


@pytest.mark.parametrize(
    ("answer", "told"),
    [
        # A step that leads on gives way to what it leads to, cut at its colon.
        (
            f"{_DAM} Then the engineers inspected the spillway. In June the water board closed the dam:"
            " the sensors on its gates had been switched off for months before the storm began.",
            f"{_DAM} In June the water board closed the dam.",
        ),
        # ... or at its semicolon.
        (
            f"{_DAM} Then the engineers inspected the spillway. In June the water board closed the dam;"
            " the sensors on its gates had been switched off for months before the storm began.",
            f"{_DAM} In June the water board closed the dam.",
        ),
        # What leans on the step by a pronoun cannot follow what came before it: the line ends
        # before the step.
        (
            f"{_DAM} Then the engineers inspected the spillway. They found that the sensors on its gates"
            " had been switched off for months before the storm began.",
            _DAM,
        ),
        # A clause that ends on a word that leads on ("that", "before", "of") is no clause to end on.
        (
            f"{_DAM} The water board says in its report on the flood that: the sensors on its gates had"
            " been switched off for months before the storm began.",
            _DAM,
        ),
        # A label before a colon is no clause.
        (
            f"{_DAM} In short: the sensors on its gates had been switched off for months, and the"
            " operators never saw the warnings the gauges sent.",
            _DAM,
        ),
        # A sentence that fits whole is said whole; a step whose sequel fits stays.
        (
            f"{_DAM} Then the engineers inspected the spillway. They found the sensors switched off.",
            f"{_DAM} Then the engineers inspected the spillway. They found the sensors switched off.",
        ),
    ],
)
def test_the_line_ends_on_a_whole_clause_on_invented_answers(answer: str, told: str) -> None:
    assert opening(answer) == told
    assert told.endswith(".")
    assert told.split()[-1].rstrip(".").casefold() not in {"before", "that", "of", "to", "then"}
