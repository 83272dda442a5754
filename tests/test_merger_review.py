"""A merger several regulators decided differently (tests/fixtures/explained/activision-merger-review:
a software company's purchase of a games publisher; the US agency's challenge, the court's refusal to
pause the deal and the agency's case dropped two years later; the UK authority's block, then its
approval of a restructured deal; the European approval on conditions; the fee owed had the deal
fallen through), read as a newcomer on a phone who asks who decided what, why, and how it ended; and
the same rules on other topics.

Each test reads the pages as built, rendered to HTML as MkDocs renders them (without the theme)."""

from __future__ import annotations

from pathlib import Path

import pytest
from explained import (
    built_fixtures,
    card,
    described,
    html,
    invented_story,
    text,
    validates_but_for_unstored_text,
)

from generator.format.dossier import Dossier
from generator.format.model import Actor, Claim, Event, Number
from generator.site.decisions import in_this_story, later_decision, reason_for
from generator.site.grammar import caption_text
from generator.site.roles import role
from generator.site.statuses import own_account, own_finding, status_phrase

MERGER = "activision-merger-review"
MEDICINE = "lecanemab-alzheimers"
STRIKE = "uaw-strike-2023"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, MERGER, MEDICINE, STRIKE)


def test_the_merger_validates_with_no_problem_but_unstored_text(tmp_path: Path) -> None:
    """Every source is cited by short phrases, none stored (as the other explained fixtures)."""
    validates_but_for_unstored_text(MERGER, tmp_path)


# -- A share its owner determines takes no article ------------------------------------------------------


def test_the_buyer_s_share_of_cloud_gaming_has_no_article(pages: dict[str, str]) -> None:
    """The first screen's card read "70% for the Microsoft's share of cloud gaming in the UK": a name
    given an article by the rule for a measure in lower case ("for the annual growth rate")."""
    overview = pages[f"{MERGER}/index.md"]
    assert card(overview, "cloud-share-uk").startswith("70% Microsoft's share of cloud gaming in the UK")
    numbers = text(pages[f"{MERGER}/actors/cma.md"])
    assert "60 to 70%, Microsoft's share of cloud gaming services worldwide" in numbers
    assert "the Microsoft's" not in text(overview) + numbers


def _number(counts: str, unit: str = "percent") -> Number:
    return Number.model_validate(
        {"id": "n", "value": 40, "unit": unit, "counts": counts, "cite": [{"source": "s", "evidence": "e"}]}
    )


@pytest.mark.parametrize(
    ("counts", "told"),
    [
        ("Varo's share of the ferry trade", "40%, Varo's share of the ferry trade"),
        ("Aldria's annual growth rate", "40%, Aldria's annual growth rate"),
        # A share with its article, a rate named after "of", a pronoun's share: as before.
        ("the party's share of the vote", "40%, the party's share of the vote"),
        ("annual growth rate of Aldria", "40% for the annual growth rate of Aldria"),
        ("its share of the market", "40% for its share of the market"),
        # A common noun's owner reads as a name's, with the article "the party's share" has.
        ("employers' contribution rate", "40%, the employers' contribution rate"),
    ],
)
def test_an_owned_measure_on_invented_figures(counts: str, told: str) -> None:
    assert caption_text(_number(counts)) == told


# -- A body's latest decision says the other kind of decision before it ---------------------------------


def _whos_who(page: str) -> str:
    return page.split("## Who's who", 1)[1].split("\n## ", 1)[0]


def test_the_uk_authority_s_approval_tells_its_block(pages: dict[str, str]) -> None:
    """Who's who read "Latest in this story: approved the restructured deal on 13 October 2023": a
    newcomer could not learn there that the authority had first blocked the deal; and the US agency
    "dismissed its own case against the deal", a case the line never said it had brought."""
    whos_who = _whos_who(pages[f"{MERGER}/index.md"])
    assert (
        "Latest in this story: [approved the restructured deal](timeline.md#cma-approves) on 13 October "
        "2023; earlier: [blocked the deal over cloud gaming](timeline.md#cma-blocks) on 26 April 2023\n"
    ) in whos_who
    assert (
        "Latest in this story: [dismissed its own case against the deal](timeline.md#ftc-drops-case) on "
        "22 May 2025; earlier: [voted 3 to 1 to challenge the deal in an administrative case]"
        "(timeline.md#ftc-sues) on 8 December 2022\n"
    ) in whos_who


def test_a_medicines_regulator_s_approval_tells_its_refusal_on_another_topic(pages: dict[str, str]) -> None:
    """The same on a drug: Australia's regulator "approved lecanemab" after upholding its refusal; the
    earlier clause stops before its own "after Eisai asks", which kept a headline's present."""
    whos_who = _whos_who(pages[f"{MEDICINE}/index.md"])
    # The European agency's advice for, after its advice against: one verb, two decisions.
    assert (
        "on 14 November 2024; earlier: [recommended against approval in the EU](timeline.md#ema-negative-opinion)"
        " on 26 July 2024\n"
    ) in whos_who
    assert (
        "Latest in this story: [approved lecanemab](timeline.md#tga-approval) on 23 September 2025; "
        "earlier: [upheld its refusal](timeline.md#tga-refusal-upheld) in February 2025\n"
    ) in whos_who


CITE = [{"source": "s", "evidence": "e"}]


def _office(kind: str = "government-body") -> Actor:
    return Actor.model_validate(
        {
            "id": "a",
            "name": "Harbour Office",
            "kind": kind,
            "description": "The port's regulator.",
            "cite": CITE,
        }
    )


def _event(id: str, title: str, date: str) -> Event:
    return Event.model_validate({"id": id, "date": date, "title": title, "actors": ["a"], "cite": CITE})


@pytest.mark.parametrize(
    ("titles", "told"),
    [
        (
            [
                "The Harbour Office refuses the quay's licence",
                "The Harbour Office grants a licence for a smaller quay",
            ],
            "Latest in this story: [granted a licence for a smaller quay](timeline.md#e1) on 9 October 2031; earlier: "
            "[refused the quay's licence](timeline.md#e0) on 3 May 2031",
        ),
        # Decisions of one kind, one after another, are a series: the latest says it.
        (
            [
                "The Harbour Office raises the berth fee to $40",
                "The Harbour Office raises the berth fee to $45",
            ],
            "Latest in this story: [raised the berth fee to $45](timeline.md#e1) on 9 October 2031",
        ),
        # One verb, another decision: the advice against before the advice for.
        (
            ["The Harbour Office recommends against a licence", "The Harbour Office recommends a licence"],
            "Latest in this story: [recommended a licence](timeline.md#e1) on 9 October 2031; earlier: "
            "[recommended against a licence](timeline.md#e0) on 3 May 2031",
        ),
        # The earlier clause stops before a clause of its own, whose verb a headline keeps in the present.
        (
            [
                "The Harbour Office upholds its ban after the line asks for a review",
                "The Harbour Office lifts the ban",
            ],
            "Latest in this story: [lifted the ban](timeline.md#e1) on 9 October 2031; earlier: [upheld its "
            "ban](timeline.md#e0) on 3 May 2031",
        ),
    ],
)
def test_a_decision_and_the_one_before_on_invented_titles(titles: list[str], told: str) -> None:
    events = [_event("e0", titles[0], "2031-05-03"), _event("e1", titles[1], "2031-10-09")]
    office = _office()
    assert in_this_story("s/index.md", "s", office, events, [office]) == told


def test_a_judge_s_earlier_decision_needs_no_pronoun() -> None:
    """A judge is no "it": the earlier decision follows "earlier:", not "after it"."""
    judge = Actor.model_validate(
        {
            "id": "a",
            "name": "Ana Pell",
            "kind": "person",
            "description": "A judge of the High Court.",
            "cite": CITE,
        }
    )
    events = [
        _event("e0", "Judge Pell revokes the skipper's bail", "2031-05-03"),
        _event("e1", "Judge Pell sentences the skipper to six years", "2031-10-09"),
    ]
    assert in_this_story("s/index.md", "s", judge, events, [judge]) == (
        "Latest in this story: on 9 October 2031, [sentenced the skipper to six years](timeline.md#e1); "
        "earlier: [revoked the skipper's bail](timeline.md#e0) on 3 May 2031"
    )


# -- A decision whose clause ends in a length of time is dated first ---------------------------------------


def test_the_european_approval_is_dated_before_its_ten_years(pages: dict[str, str]) -> None:
    """ "approved the deal on condition that Microsoft licenses the games to cloud streaming services
    for 10 years on 15 May 2023" read as ten years counted from that day."""
    whos_who = _whos_who(pages[f"{MERGER}/index.md"])
    assert (
        "In this story: on 15 May 2023, [approved the deal on condition that Microsoft licenses the games to "
        "cloud streaming services for 10 years](timeline.md#eu-approves)\n"
    ) in whos_who
    assert "10 years on 15 May" not in text(pages[f"{MERGER}/index.md"])


@pytest.mark.parametrize(
    ("title", "told"),
    [
        (
            "The Harbour Office suspends the ferry line's licence for six months",
            "In this story: on 3 May 2031, [suspended the ferry line's licence for six months](timeline.md#e0)",
        ),
        # A figure that is no length of time keeps the date after it.
        (
            "The Harbour Office raises the berth fee to $40",
            "In this story: [raised the berth fee to $40](timeline.md#e0) on 3 May 2031",
        ),
    ],
)
def test_a_length_of_time_on_invented_titles(title: str, told: str) -> None:
    office = _office()
    assert in_this_story("s/index.md", "s", office, [_event("e0", title, "2031-05-03")], [office]) == told


# -- A regulator's ground for its own decision is no doubt, and its later decision is told ---------------


def _doubt_line(page: str) -> str:
    line = next(p for p in html(page).css("p") if p.text().startswith("Still in doubt"))
    return " ".join(line.text().split())


def test_the_block_s_ground_is_not_in_doubt_and_says_the_approval(pages: dict[str, str]) -> None:
    """The first screen's "Still in doubt" led with the UK authority's ground for its block ("The deal
    would reinforce Microsoft's advantage in cloud gaming ..., says the Competition and Markets
    Authority; no other source confirms it"), in a story where that authority later approved a
    restructured deal and the deal closed. Its claim is the reason it gave, with its later approval."""
    overview = pages[f"{MERGER}/index.md"]
    assert "would reinforce" not in _doubt_line(overview)
    assert _doubt_line(overview).startswith("Still in doubt: Microsoft has already shown")
    claims = text(pages[f"{MERGER}/claims.md"])
    assert (
        "Status: The reason given for a decision on 26 April 2023: The UK's Competition and Markets Authority"
        " blocks the deal over cloud gaming; later, on 13 October 2023: The CMA approves the restructured deal"
    ) in claims
    # Told as the authority's own account, not as a study's finding ("The researchers' findings",
    # "reports"), which it read as when no one was named it is about.
    unknown = overview.split("## What is not known", 1)[1].split("\n## ", 1)[0]
    assert "researchers" not in unknown
    # Nor is it listed there as the authority's standing account: its later approval overtook it
    # (tests/test_overtaken_claims.py).
    assert "would reinforce" not in text(unknown)
    # A judge's finding stays established; an opinion stays an opinion.
    assert "Status: Established by a court or an official record" in claims


def _story(events: list[Event], claims: list[Claim]) -> Dossier:
    line = Actor.model_validate(
        {
            "id": "line",
            "name": "Tarn Ferries",
            "kind": "organisation",
            "description": "A ferry line.",
            "cite": CITE,
        }
    )
    return invented_story((_office(), line), tuple(events), tuple(claims))


def _claim(date: str, claimant: str = "a", status: str = "stated") -> Claim:
    return Claim.model_validate(
        {
            "id": "c",
            "statement": "The new quay would crowd the island routes.",
            "claimants": [claimant],
            "status": status,
            "date": date,
            "cite": CITE,
        }
    )


def test_a_regulator_s_ground_on_invented_decisions() -> None:
    block = _event("block", "The Harbour Office refuses the quay's licence", "2031-05-03")
    approval = _event("approval", "The Harbour Office grants a licence for a smaller quay", "2031-10-09")
    story = _story([block, approval], [])
    ground = _claim("2031-05-03")
    assert reason_for(ground, story) is block
    assert later_decision(ground, story) is approval
    assert own_account(ground, story)
    assert not own_finding(ground, story)
    assert status_phrase(ground, story) == (
        "the reason given for a decision on 3 May 2031: The Harbour Office refuses the quay's licence; later, on"
        " 9 October 2031: The Harbour Office grants a licence for a smaller quay"
    )
    # A later decision of the same kind is told too: the ground was for the earlier one.
    second = _event("second", "The Harbour Office refuses the quay's licence again", "2031-12-01")
    assert later_decision(ground, _story([block, second], [])) is second
    # Without a later decision, the ground alone.
    alone = _story([block], [])
    assert status_phrase(ground, alone) == (
        "the reason given for a decision on 3 May 2031: The Harbour Office refuses the quay's licence"
    )


@pytest.mark.parametrize(
    ("claim", "title"),
    [
        # Said another day than the decision: one side's word, as before.
        (_claim("2031-05-04"), "The Harbour Office refuses the quay's licence"),
        # A company's word on the day of its own act decides nothing a reader asks of a regulator.
        (_claim("2031-05-03", claimant="line"), "The Harbour Office refuses the quay's licence"),
        # A forecast, or an event that is no decision (a visit), is no ground of one.
        (_claim("2031-05-03", status="forecast"), "The Harbour Office refuses the quay's licence"),
        (_claim("2031-05-03"), "The Harbour Office visits the port"),
    ],
)
def test_no_ground_on_invented_claims(claim: Claim, title: str) -> None:
    story = _story([_event("e", title, "2031-05-03")], [])
    assert reason_for(claim, story) is None


# -- A glance that would leave out one event shows it -----------------------------------------------------


def _glance(page: str) -> list[str]:
    part = page.split("## Timeline at a glance", 1)[1].split("\n## ", 1)[0]
    return [line for line in part.splitlines() if line.startswith("- ")]


def test_the_glance_shows_the_agency_s_request_to_pause_the_deal(pages: dict[str, str]) -> None:
    """The timeline at a glance read "One more event, on 12 June 2023" between the European approval
    and the judge's refusal: a line in place of the event it hid, the request the judge refused."""
    glance = _glance(pages[f"{MERGER}/index.md"])
    assert len(glance) == 13
    assert any("The FTC asks a federal court to pause the deal" in line for line in glance)
    assert not any("more event" in line for line in glance)


def test_a_drug_s_thirteen_events_are_all_at_a_glance_on_another_topic(pages: dict[str, str]) -> None:
    """The same on a drug's approvals: thirteen events, none hidden behind a line counting one."""
    glance = _glance(pages[f"{MEDICINE}/index.md"])
    assert len(glance) == 13
    assert not any("more event" in line for line in glance)


# -- A general noun of five words keeps the appositive that says which one -------------------------------


def test_the_publishers_say_which_games_they_make(pages: dict[str, str]) -> None:
    """Who's who read "Activision Blizzard: A US video game publisher": the one thing a newcomer knows
    of it, that it makes Call of Duty, was cut at the comma, and "the maker of Call of Duty, World of
    Warcraft, Overwatch and Candy Crush" was too long to keep whole."""
    overview = text(pages[f"{MERGER}/index.md"])
    assert "Activision Blizzard: A US video game publisher, the maker of Call of Duty" in overview
    assert "Call of Duty, World of Warcraft, Overwatch and\u2026" not in overview
    people = text(pages[f"{MERGER}/actors/index.md"])
    assert "Ubisoft: A French video game publisher, the maker of Assassin's Creed" in people


@pytest.mark.parametrize(
    ("description", "told"),
    [
        (
            "A small Veltrian ferry line, the operator of the Tarn crossing.",
            "A small Veltrian ferry line, the operator of the Tarn crossing",
        ),
        # A list too long to glance at keeps its first item, not a cut mid-list.
        (
            "A small Veltrian ferry line, the operator of the Tarn crossing, the Lake Vell route, the Kessel"
            " night boat and the Ulla shuttle.",
            "A small Veltrian ferry line, the operator of the Tarn crossing",
        ),
        # Six words before the comma: the appositive is kept too, within a role's length.
        (
            "A small and old Veltrian ferry line, the operator of the Tarn crossing.",
            "A small and old Veltrian ferry line, the operator of the Tarn crossing",
        ),
    ],
)
def test_a_five_word_noun_and_its_appositive_on_invented_roles(description: str, told: str) -> None:
    assert role(described(description)) == told
