"""Forms rounds 32 and 33 still missed after their passes, written as invented sentences from several
topics (none from the benchmark's articles): figures with no noun after them (in brackets after a
name, a level reached after a change, "to be more than N", "numbered about N", "N were NOUN"), the
two sides of a measure ("16-by-12-inch"), a hedge before a currency's symbol; and who says what:
"data showed", a second post after a speaker's name, a quote whose marks a page doubled, and the news
after a quote that opens a report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from drafted import claimants, drafted

from generator.authoring.drafting import Draft, draft, read_article


def _figures(result: Draft) -> list[tuple[float, str]]:
    """Each drafted number's value and what it counts, in order of value."""
    return sorted((n["value"], n["counts"]) for n in result.numbers)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a figure alone in brackets after a name counts what the sentence counted before it
        (
            "Norland gained the most visitors (41,000), followed by Kessel (38,500) and Varna (12,200).",
            [(12200, "visitors"), (38500, "visitors"), (41000, "visitors")],
        ),
        # a list's "(2)" counts nothing
        ("The permit sets out its rules: (2) no fires after dark.", []),
        # a level reached after a change, the noun not written again
        (
            "The harbour's fleet grew by 40 boats over the decade, to 960.",
            [(40, "boats"), (960, "fleet")],
        ),
        # "to be more than N": the noun before "to be"
        (
            "The survey estimates the county's population to be more than 812,000, a rise of 2 percent.",
            [(2, "percent"), (812000, "population")],
        ),
        # "numbered about N": the plural noun before, past a place
        ("Volunteers at the shelter numbered about 120 on Sunday.", [(120, "Volunteers")]),
        # "N were NOUN": what the figure's people are
        ("Of the runners, about 40 were club members.", [(40, "club members")]),
        ("Of the 60 dogs the shelter took in, 12 were puppies.", [(12, "puppies"), (60, "dogs")]),
        ("About 20 were in hospital.", []),
    ],
)
def test_figures_with_no_noun_after_them(
    tmp_path: Path, body: str, expected: list[tuple[float, str]]
) -> None:
    assert _figures(drafted(tmp_path, body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The 24-by-36-inch canvas by a local painter sold for $9,000.",
            [(24, "inch canvas"), (36, "inch canvas"), (9000, "dollars")],
        ),
        ("A quilt measuring 4 by 6 feet fetched $700.", [(4, "feet"), (6, "feet"), (700, "dollars")]),
        # "by" before a year measures nothing
        ("The mill will cut 300 jobs by 2030.", [(300, "jobs")]),
    ],
)
def test_both_sides_of_a_measure(tmp_path: Path, body: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(drafted(tmp_path, body)) == expected


def test_a_hedge_before_a_currency_symbol(tmp_path: Path) -> None:
    """ "more than $1,500" is a hedged figure: the same value later, "about $1,500", is another."""
    result = drafted(
        tmp_path,
        "The brass lamp brought more than $1,500 at the sale.\n\nA clock opened low, about $1,500, and sold for $2,100.",
    )
    assert sorted((n["value"], n["qualifier"]) for n in result.numbers) == [
        (1500, "about"),
        (1500, "more-than"),
        (2100, "exact"),
    ]


@pytest.mark.parametrize(
    ("body", "phrase", "expected"),
    [
        # a count says it, and no one is named for it
        (
            "Wool exports rose 12 percent in March from a year earlier, data showed.",
            "Wool exports rose",
            [None],
        ),
        (
            "Grain shipments fell by a third in the spring, official figures showed on Tuesday.",
            "Grain",
            [None],
        ),
        # the count is a body's: the body says it
        (
            "Wool exports rose 12 percent in March, figures from the Kessel Wool Board showed.",
            "Wool exports rose",
            ["Kessel Wool Board"],
        ),
    ],
)
def test_what_a_count_shows(tmp_path: Path, body: str, phrase: str, expected: list[str | None]) -> None:
    result = drafted(tmp_path, f"Farmers in the valley sheared their flocks early this year. {body}")
    assert claimants(result, phrase) == expected


def test_a_second_post_after_the_speakers_name(tmp_path: Path) -> None:
    """ "said BODY spokeswoman NAME, director of ... for ...": she says it, not a body in her posts."""
    result = drafted(
        tmp_path,
        "The harbour will reopen to cargo ships on Friday, said Kessel Port spokeswoman Ana Ruiz, director "
        "of communications for the Varna Shipping Office.",
    )
    assert claimants(result, "The harbour will reopen") == ["Ana Ruiz"]


def test_a_quote_whose_marks_a_page_doubled(tmp_path: Path) -> None:
    """A page that doubles its quotation marks ("“”...””"): a quote alone after a speaker's is his."""
    result = drafted(
        tmp_path,
        "“”We have shipped every order on time,”” Tomas Lind, head of the Kessel Tea Board, said in an "
        "interview. “”There are no delays at the port, and the road to the coast is open.””",
    )
    assert claimants(result, "There are no delays at the port") == ["Tomas Lind"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "A pipeline run by Varco Petroleum Corp. leaked oil into a river in the US on Sunday. The US oil "
            "company said it had slowed work at its refinery.",
            "Varco Petroleum Corp",
        ),
        (
            "A ferry run by Varco Lines Inc. ran aground off Norland on Monday. The Norland shipping company "
            "said it had cancelled all sailings for the week.",
            "Varco Lines Inc",
        ),
    ],
)
def test_a_body_described_by_its_country(tmp_path: Path, body: str, expected: str) -> None:
    """ "The US oil company said": the body named before, not its country."""
    assert claimants(drafted(tmp_path, body), "It had") == [expected]


def _report(tmp_path: Path, text: str) -> Draft:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return draft(read_article(path), "report", "report.txt", dt.date(2099, 1, 1))


def test_the_news_after_an_opening_quote(tmp_path: Path) -> None:
    """A report that opens with a quote someone is named for states its news in the next paragraph:
    a claim no one is named for, as the first sentence of any report is."""
    result = _report(
        tmp_path,
        "Libraries close\n\n“A town without books is a town without a memory,” the poet Ida Marsh once wrote."
        "\n\nThe Kessel council voted on Tuesday to close three of its five branch libraries by June."
        "\n\nThe council's budget falls short by $2 million this year.\n",
    )
    assert claimants(result, "voted on Tuesday to close three") == [None]
    assert not [c for c in result.claims if "falls short" in c["statement"]]  # past the news: no claim


def test_a_years_stop_glued_to_the_next_sentence(tmp_path: Path) -> None:
    """A page that lost the space after a stop ("... by the end of 2031.An initial ..."): a year's
    stop still ends its sentence, and the next sentence's speaker is not the first's."""
    result = drafted(
        tmp_path,
        "The county plans to vaccinate every adult by the end of 2031.An initial 5,000 doses will come from "
        "the Kessel plant, Ana Ruiz said in a statement.",
    )
    assert [c["statement"] for c in result.claims if "doses" in c["statement"]] == [
        "An initial 5,000 doses will come from the Kessel plant"
    ]
