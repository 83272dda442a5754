"""Three leftovers of the drafter after round 62, as general rules on invented sentences of several
topics (none from the benchmark's articles): a long statement is never cut where a relative clause,
a participle, a phrase such as "including ..." or an appositive would open the second half; a
thousands comma with a space after it ("5, 500 people") still makes one count; a quote standing
as a paragraph of its own after a paragraph that ends "..., she said." is that speaker's."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from drafted import claimants

from generator.authoring.claims import _split_long
from generator.authoring.drafting import Draft, draft, read_article
from generator.authoring.figures import find_numbers
from generator.checking.text import LONGEST

# 1. The second half of a long statement opens an independent clause, or there is no second half.

_DEPENDENT = re.compile(
    r"^(?:Who|Whom|Whose|Which|Where|Including|Like|For instance|For example|Leaving|Saying|Based|Said|Told|A|An)\b"
)

LONG = [
    # "like", "for instance": examples, no clause of their own
    "The orchard growers of the valley lost most of the early apples and half of the late pears in "
    "the long frost of the spring, like for instance the old trees on the hill, and the pickers were "
    "sent home for the rest of the month.",
    "The ferry company cut the winter crossings to the islands in the storms of the last two months "
    "of the year, for example on the longest routes to the north, and the crews were given the days "
    "off in the summer instead.",
    # "who" nearer the middle than the clause after ", and"
    "The orchestra will tour six cities in the spring and play in old halls that have not heard it "
    "for many years, and the players, who are paid by the season rather than by the concert, have "
    "agreed to the longer trip after a vote on Monday.",
    # "whose"
    "The orchestra will tour six cities in the spring and play in halls it has not visited in a "
    "long time, whose owners asked for the visit last year, and the players will spend most of "
    "April and May away from home and their families.",
    # "including"
    "The orchestra will tour six cities in the spring and play in the old halls of the north for "
    "the first time since the war ended, including the small hall in the port, and the players will "
    "be paid a bonus for each night they spend away.",
    # an appositive set off by commas before its verb
    "Farmers in the dry north of the region have lost most of their wheat and half of their barley "
    "to the long drought this summer, Tom Brandt, the head of the growers' union, told a meeting of "
    "the council in the town hall on Monday.",
]


@pytest.mark.parametrize("sentence", LONG)
def test_no_dependent_phrase_opens_the_second_half(sentence: str) -> None:
    assert len(sentence.split()) > LONGEST
    halves = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", _split_long(sentence))
    for half in halves[1:]:
        assert not _DEPENDENT.match(half), halves
    assert ",." not in _split_long(sentence)  # the comma before an "and" cut at goes with it


def test_a_subject_with_its_own_appositive_still_opens_the_second_half() -> None:
    """Control: "..., the conductor of the orchestra, a former cellist, told ..." opens a clause
    whose subject has an appositive after it; the cut stays before the subject."""
    sentence = (
        "The orchestra will tour six cities in the spring and play in the old halls of the north for "
        "the first time since the war, the conductor of the orchestra, a former cellist, told the "
        "players at a meeting in the main hall on Monday."
    )
    assert _split_long(sentence).split(". ")[1].startswith("The conductor of the orchestra, a former")


def test_with_no_clause_to_cut_at_the_sentence_is_cut_at_a_comma_that_opens_no_relative_clause() -> None:
    """When every comma opens a dependent phrase and no "and" joins a clause with its own subject
    and verb, the sentence is cut at a comma all the same, for no draft to keep a sentence over the
    limit (the validator warns of one), but never after "and" ("... and the staff with little
    work" is no sentence) and never before "who" or "which" where another comma will do."""
    sentence = (
        "The orchestra will tour six cities in the spring and play in the old halls it has not "
        "visited for a decade or more during the long season, leaving the home hall empty for most "
        "of April and May and the staff with little work."
    )
    halves = _split_long(sentence)
    assert "The staff with little work" not in halves
    assert all(len(part.split()) <= LONGEST for part in re.split(r"(?<=\.)\s+(?=[A-Z])", halves))


def test_a_clause_after_a_comma_is_still_cut() -> None:
    """Control: a comma before a subject and its verb is still where a long sentence is cut."""
    sentence = (
        "The ferry company will stop the Sunday crossings to the two islands from the first week of "
        "May until the end of the summer season, the crews will get a day of rest each week, and the "
        "older boats will go to the yard for repairs."
    )
    halves = _split_long(sentence)
    assert halves != sentence
    assert "The crews will get a day of rest" in halves or "And the older boats" in halves


# 2. "5, 500 people": a thousands comma with a space after it.


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("About 5, 500 people marched through the town on Sunday.", [5500]),
        ("The mill shipped 12, 000 tonnes of flour last year.", [12000]),
        ("The club has 1, 200 members and 40 coaches.", [1200, 40]),
        # a date's day, an age, a list: two numbers, not one
        ("On May 5, 500 people marched through the town.", [500]),
        ("The boxes held 3, 5, 500 and 600 pens.", [3, 5, 500, 600]),
        ("The teams scored 5, 500 and 600 points.", [5, 500, 600]),
        ("In 2019, 500 people left the village.", [500]),
        # two digits after the comma, or four: no thousands
        ("The rooms held 5, 50 chairs in all.", [5, 50]),
    ],
)
def test_a_thousands_comma_with_a_space(sentence: str, values: list[int]) -> None:
    assert [figure.value for figure in find_numbers(sentence)] == values


def test_an_age_before_a_spaced_comma_is_no_thousands() -> None:
    values = [figure.value for figure in find_numbers("The pupils aged 5, 500 of them in all, sang.")]
    assert 5500 not in values


# 3. A quote as a paragraph of its own, after "..., she said."


def _draft(tmp_path: Path, body: str) -> Draft:
    path = tmp_path / "report.txt"
    path.write_text(f"A day of news\n\nThe day began quietly.\n\n{body}\n", encoding="utf-8")
    return draft(read_article(path), "report", "report.txt", dt.date(2020, 1, 1))


@pytest.mark.parametrize(
    ("body", "phrase", "speaker"),
    [
        (
            "The bakery will close its doors in March after forty years, owner Lena Hart said.\n\n"
            "“We could not keep up with the price of flour and the rent.”",
            "price of flour",
            "Lena Hart",
        ),
        (
            "The ferry will not run on Sundays from May, said Rosa Lind, a spokeswoman for the ferry "
            "company.\n\n“The crews need a day of rest, and the boats need repairs.”",
            "crews need a day of rest",
            "Rosa Lind",
        ),
        (
            "Prices at the market rose again, said Omar Vance, who chairs the traders' guild.\n\n"
            "“Nobody can plan a season like this. The stalls are half empty.”",
            "Nobody can plan a season",
            "Omar Vance",
        ),
        (  # control: a paragraph between them that reports no one breaks the chain
            "The ferry will stop on Sundays, Rosa Lind said.\n\n"
            "The company has eight boats and forty crew.\n\n"
            "“The crews need a day of rest and the boats need repairs.”",
            "crews need a day of rest",
            None,
        ),
        (  # control: a paragraph that names a person who said nothing
            "Rosa Lind runs the ferry company, which has eight boats.\n\n"
            "“The crews need a day of rest and the boats need repairs.”",
            "crews need a day of rest",
            None,
        ),
    ],
)
def test_a_quote_paragraph_after_a_said_paragraph(
    tmp_path: Path, body: str, phrase: str, speaker: str | None
) -> None:
    assert claimants(_draft(tmp_path, body), phrase) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        (
            "The water board has been given permission to build a storage reservoir next to the old mill at"
            " Tarnby – a scheme that will hold enough water for the whole valley in a dry summer, which is"
            " believed to be the largest of its kind in the region.",
            "It is believed to be the largest of its kind in the region.",
        ),
        (
            "The harbour board has approved the plan to dredge the western channel between the old quay and"
            " the new ferry terminal over the coming winter months, which are the quietest weeks for"
            " shipping in the port and the cheapest for the contractors to work in.",
            "They are the quietest weeks for shipping in the port and the cheapest for the contractors to"
            " work in.",
        ),
    ],
)
def test_a_long_sentence_with_only_a_which_clause_to_cut_tells_it_apart(sentence: str, second: str) -> None:
    """Over the limit with no comma that opens a clause and no "and" that joins one, the last ", which
    is ..." becomes a sentence of its own ("It is ...", "They are ..."): no sentence over the limit,
    none opening "Which"."""
    halves = _split_long(sentence)
    assert halves.endswith(second)
    assert all(len(part.split()) <= LONGEST for part in re.split(r"(?<=\.)\s+(?=[A-Z])", halves))


def test_a_long_sentence_with_only_a_list_s_commas_is_cut_at_a_spaced_dash() -> None:
    """No comma but a list's, no clause, no "which": the sentence turns at a dash set apart with
    spaces (a list set off by dashes), and no half is over the limit."""
    sentence = (
        "The Orla Water Board counted a total of 12,400 leaking pipes from where the homes were losing "
        "water in all its zones of four towns – Orla, Tarn Quay, Holt and Kessel – during the 60 days "
        "of its long summer survey of the mains."
    )
    halves = _split_long(sentence)
    assert halves.startswith("The Orla Water Board counted a total of 12,400 leaking pipes")
    parts = re.split(r"(?<=\.)\s+(?=[A-Z])", halves)
    assert len(parts) == 2 and all(len(part.split()) <= LONGEST for part in parts)
    # a hyphen inside a word is no dash: "anti-theft" is never cut
    assert "anti-theft" in _split_long(sentence.replace("leaking pipes", "anti-theft valves"))


def test_a_wire_dateline_whose_colon_lost_its_space(tmp_path: Path) -> None:
    """ "ORLA, Mar 3 (KNA):The ..." pasted with no space after the agency's colon is a dateline: its
    place, its agency, and a text that opens after it."""
    path = tmp_path / "report.txt"
    path.write_text(
        "ORLA, Mar 3 (KNA):The Orla Water Board found 1,240 leaking pipes in a survey of four towns.\n\n"
        "A board spokesman said on Monday that the repairs would take a year.\n",
        encoding="utf-8",
    )
    result = draft(read_article(path), "report", "report.txt", dt.date(2099, 1, 1))
    assert result.source.get("publisher") == "KNA", result.source
    assert not [c for c in result.claims if "(KNA)" in c["statement"]]
    assert "Orla" in [actor["name"] for actor in result.actors]
