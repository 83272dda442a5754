"""What a reader panel stumbled on in the explained fixtures (tests/fixtures/explained), each rule
tested on the built pages of two or more stories of different kinds: a medicine's regulators, a
national budget, a fraud trial, an earthquake, an election and a vote on a law.

Each test reads the pages as built, rendered to HTML as MkDocs renders them (without the theme)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from explained import built_fixtures, explained_content, text
from flood import built, first_screen
from test_statuses import actor, dossier

from generator.format.dossier import Dossier
from generator.format.model import Actor, Claim, Event, Number
from generator.site.against import compared
from generator.site.decisions import without_decision
from generator.site.grammar import caption_text, share_of
from generator.site.roles import untitled
from generator.site.statuses import named_rival, rival_phrase
from generator.site.trends import agreement
from generator.site.unknowns import rival_claim

MEDICINE = "lecanemab-alzheimers"
BUDGET = "uk-budget-2024"
TRIAL = "ftx-fraud-trial"
QUAKE = "morocco-earthquake-2023"
ELECTION = "venezuela-election-2024"
LAW = "eu-ai-act"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built_fixtures(tmp_path_factory, MEDICINE, BUDGET, TRIAL, QUAKE, ELECTION, LAW)


def _doubt(page: str) -> str:
    """The "Still in doubt" line of an overview or a timeline, as a reader reads it."""
    told = text(page)
    return told.split("Still in doubt: ", 1)[1].split(" What is not known", 1)[0]


# -- Figures one source alone gives are named, not only counted ------------------------------------


def test_the_figures_one_source_alone_gives_are_named(pages: dict[str, str]) -> None:
    """ "Still in doubt: two figures no other source gives, from NICE." left a reader asking which two
    and why: the line now names who gives them, then the figures by value and what they count. The
    story's open question leads the line (``unknowns.open_question``): on the timeline the figures
    follow it, named; on the first screen, after it, they are counted, as every doubt after the first."""
    doubt = _doubt(pages[f"{MEDICINE}/timeline.md"])
    assert doubt.startswith("There is no evidence yet on the drug's long-term effects, says NICE. Also")
    assert "Also in doubt: two figures only NICE gives (4 to 6 months of delay in the progression" in doubt
    assert "; about 70,000 adults in England who would have been eligible for treatment)." in doubt
    assert "no other source gives, from" not in doubt
    assert "Also in doubt: two more figures." in _doubt(first_screen(pages[f"{MEDICINE}/index.md"]) + "\n")
    # The same form in a story with sides, after its main doubt on the timeline: the figures named.
    budget = _doubt(pages[f"{BUDGET}/timeline.md"])
    assert (
        "two figures only the Office for Budget Responsibility gives (£70 billion a year, the rise in"
        " government spending in the Budget; £32 billion a year, the extra government borrowing" in budget
    )


# -- A disputed claim whose own words name what it disputes ----------------------------------------


def test_a_claim_that_names_its_rival_says_who_disputes_what(pages: dict[str, str]) -> None:
    """The think-tank's "about £16 billion, not the £25 billion the government counts" read "(disputed,
    though no one is named as disputing it)" on its actors' pages, though its own words name the
    government's figure it disputes: the first screen now says no more than the claim and who makes
    it, and its pages say it is at odds with the figure it names."""
    overview = text(first_screen(pages[f"{BUDGET}/index.md"]))
    assert (
        "because it will lower wages, says the Institute for Fiscal Studies, through its director Paul"
        " Johnson. Also" in overview
    )
    for speaker in ("ifs", "paul-johnson"):
        page = text(pages[f"{BUDGET}/actors/{speaker}.md"])
        assert "because it will lower wages. (at odds with the figure it names)" in page
        assert "no one is named as disputing" not in page


def test_a_rival_named_on_another_topic(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The same rule on the medicine, with an invented disputed claim that names the account it
    stands against, and no one named as disputing it."""
    content = explained_content(tmp_path_factory.mktemp("rival"), MEDICINE)
    claims = content / MEDICINE / "claims.yaml"
    claims.write_text(
        claims.read_text("utf-8")
        + """- id: invented-rival
  statement: The benefit is too small for patients to notice, rather than the slowing the makers
    describe.
  claimants:
    - matthew-schrag
  status: disputed
  cite:
    - source: bs-2022-09-28
      evidence: The benefit came with side effects
""",
        "utf-8",
    )
    built_pages = built(content)
    overview = text(first_screen(built_pages[f"{MEDICINE}/index.md"]))
    # After the story's open question, which leads (``unknowns.open_question``).
    assert (
        "rather than the slowing the makers describe, says Matthew Schrag, a neurologist who studies"
        " Alzheimer's disease; and two more figures."
    ) in overview
    schrag = text(built_pages[f"{MEDICINE}/actors/matthew-schrag.md"])
    assert "the makers describe. (at odds with the account it names)" in schrag


@pytest.mark.parametrize(
    ("statement", "rival"),
    [
        ("It costs £20, not the £12 the ministry counts.", "the £12 the ministry counts"),
        ("The fire started in the kitchen, contrary to the owner's account.", "the owner's account"),
        ("Turnout was 48%, not 61%.", "61%"),
        # A contrast that names no one's account is no rival: a claim about what people are.
        ("They are victims, not criminals.", ""),
        ("The road is not the only way in.", ""),
    ],
)
def test_named_rival_on_invented_statements(statement: str, rival: str) -> None:
    assert named_rival(statement) == rival


def test_a_claim_naming_no_rival_keeps_saying_no_one_is_named() -> None:
    made = Claim(id="c", statement="The dam was built too low.", status="disputed", cite=[{"source": "s"}])
    assert rival_phrase(made) == ""
    named = made.model_copy(
        update={"statement": "The dam was 40 metres high, not the 60 the builder claims."}
    )
    assert rival_phrase(named) == "at odds with the figure it names"


# -- Who's who says an office holder's role once ---------------------------------------------------


def _whos_who_line(page: str, name: str) -> str:
    told = text(page)
    return told.split(f"{name}: ", 1)[1].split(" Everyone in this story", 1)[0]


def test_a_judges_line_says_the_sentence_once(pages: dict[str, str]) -> None:
    """ "The federal judge in Manhattan who presided over the trial and passed the sentence. Latest in
    this story: sentenced Bankman-Fried to 25 years in prison" told the sentence twice: the role's
    last clause goes, as the dated decision after it says more."""
    for page in (pages[f"{TRIAL}/index.md"], pages[f"{TRIAL}/actors/index.md"]):
        line = _whos_who_line(page, "Lewis Kaplan")
        assert line.startswith(
            "The federal judge in Manhattan who presided over the trial. Latest in this story: sentenced"
        )
        assert "passed the sentence" not in line
    # His own page keeps the whole description: no decision follows it there.
    assert "who presided over the trial and passed the sentence." in text(
        pages[f"{TRIAL}/actors/lewis-kaplan.md"]
    )


def test_a_title_in_an_alias_does_not_call_for_a_second_role(pages: dict[str, str]) -> None:
    """ "Mohammed VI: The King of Morocco; a leader of the Royal Office" said the office twice (the
    Royal Office is the King's): "King" in the alias "King Mohammed VI" made the role look as if it
    only repeated the name, and a tie was added to it. Other roles keep their ties."""
    for page in (pages[f"{QUAKE}/index.md"], pages[f"{QUAKE}/actors/index.md"]):
        assert "Mohammed VI: The King of Morocco " in text(page) + " "
        assert "The King of Morocco; a leader of the Royal Office" not in text(page)
    # A body's role that says little still takes what it does: the electoral council's leader (the
    # clause after its comma told the decision its line tells after it).
    assert "Venezuela's electoral authority; it is led by Elvis Amoroso" in text(
        pages[f"{ELECTION}/index.md"]
    )


@pytest.mark.parametrize(
    ("role", "title", "kept"),
    [
        (
            "The judge who heard the case and passed the sentence",
            "Judge Pell sentences Oren Varga to 12 years",
            "The judge who heard the case",
        ),
        (
            "The regulator that weighs drugs and approves them",
            "The agency approves the drug",
            "The regulator that weighs drugs",
        ),
        # A clause that tells another act stays.
        (
            "The judge who heard the case and set the bail",
            "Judge Pell sentences Oren Varga to 12 years",
            None,
        ),
        ("The body that cuts rates", "The board cuts its rate to 3%", None),  # no "and": nothing to cut
        # A relative clause kept after the role's comma tells the act as an "and" clause does.
        (
            "The drug regulator, which approved the drug in May",
            "The agency approves the drug",
            "The drug regulator",
        ),
        ("The drug regulator, which weighs drugs", "The agency approves the drug", None),
    ],
)
def test_a_role_without_its_decision_on_invented_bodies(role: str, title: str, kept: str | None) -> None:
    pell = Actor(
        id="pell",
        name="Ana Pell",
        kind="person",
        aliases=["Judge Pell"],
        description="A judge.",
        cite=[{"source": "s"}],
    )
    agency = Actor(
        id="agency",
        name="Drug Agency",
        kind="government-body",
        aliases=["agency", "board"],
        description="A body.",
        cite=[{"source": "s"}],
    )
    varga = Actor(id="varga", name="Oren Varga", kind="person", description="A man.", cite=[{"source": "s"}])
    actor = pell if title.startswith("Judge") else agency
    event = Event(id="e", date="2024-05-03", title=title, actors=[actor.id], cite=[{"source": "s"}])
    assert without_decision(role, actor, [event], [pell, agency, varga]) == (kept or role)


def test_untitled_aliases() -> None:
    assert untitled("King Mohammed VI", "Mohammed VI") == "Mohammed VI"
    assert untitled("Judge Pell", "Ana Pell") == "Pell"
    assert untitled("the Chancellor", "Ana Pell") == "the Chancellor"  # names no part of the name


# -- A figure's share of another reads as a sentence ------------------------------------------------


def test_a_share_of_a_whole_reads_as_a_sentence_under_its_card(pages: dict[str, str]) -> None:
    """ "About half: 6,408,844 of the 12,335,884 valid votes ..." read as a label and a fragment, and
    gave the card's figure a second time: the line is a sentence, before where the series began
    (after "Up from 5,150,092 votes on 29 July", "that" would be the earlier count)."""
    election = text(pages[f"{ELECTION}/index.md"])
    assert (
        "That is about half of the 12,335,884 valid votes counted in the second bulletin. Up from 5,150,092"
        in election
    )
    assert "About half:" not in election and "About 1 in 81:" not in election
    assert "That is about 1 in 81 of the 12,335,884 valid votes counted in the second bulletin." in election
    quake = text(pages[f"{QUAKE}/index.md"])
    assert "That is more than half of the 2,946 people killed by the earthquake." in quake
    assert "More than half: 1,684" not in quake


def test_a_figure_against_one_whose_words_it_contains_keeps_them_whole(pages: dict[str, str]) -> None:
    """ "about £16 billion in money the rise in employers' National Insurance raises once lower wages
    are counted, against £25 billion a year, the money the rise": the baseline's phrase was cut from
    its middle, as its words were all within the figure's own. It is told whole."""
    card = text(pages[f"{BUDGET}/index.md"])
    assert (
        "once lower wages are counted, against £25 billion a year, the money the rise in employers'"
        " National Insurance raises, according to the Institute for Fiscal Studies" in card
    )
    # A baseline with words of its own still loses those it shares: the medicine's placebo group.
    medicine = text(pages[f"{MEDICINE}/index.md"])
    assert "against 1.7% of people given placebo, according to Eisai and Biogen" in medicine


@pytest.mark.parametrize(
    ("own", "other", "told"),
    [
        (
            "tolls the bridge raises once refunds are paid",
            "tolls the bridge raises",
            "$5 in tolls the bridge raises",
        ),
        (
            "people given the drug who had a rash",
            "people given placebo who had a rash",
            "5 people given placebo",
        ),
    ],
)
def test_a_baseline_within_the_figures_words_on_invented_figures(own: str, other: str, told: str) -> None:
    unit = "US dollars" if "tolls" in own else "people"
    number = Number.model_validate(
        {"id": "a", "value": 9, "unit": unit, "counts": own, "cite": [{"source": "s"}]}
    )
    baseline = Number.model_validate(
        {"id": "b", "value": 5, "unit": unit, "counts": other, "cite": [{"source": "s"}]}
    )
    assert compared(number, baseline) == told


@pytest.mark.parametrize(
    ("part", "whole", "share"),
    [(3, 4, ""), (5, 9, "more than half"), (12, 40, "nearly a third"), (63, 31_000, "about 1 in 500")],
)
def test_a_share_of_a_small_whole_is_the_part_itself(part: int, whole: int, share: str) -> None:
    def made(value: int) -> Number:
        return Number.model_validate(
            {
                "id": f"n{value}",
                "value": value,
                "unit": "people",
                "counts": "people",
                "cite": [{"source": "s"}],
            }
        )

    assert share_of(made(part), made(whole)) == share


# -- A round figure below a million is an approximation -------------------------------------------

ROUND_INJURED = """- id: injured-sep-9-round
  value: 2100
  unit: people
  counts: people injured by the earthquake
  quantity: morocco-2023-earthquake-injured
  as_of: "2023-09-09"
  stated_by:
    - world-health-organization
  cite:
    - source: trtworld-2023-mourning
      evidence: some 2,100 people were injured
"""
ROUND_TESTS = """- id: tests-oct-17-round
  value: 4500
  unit: tests
  counts: tests for the virus carried out
  quantity: marburg-rwanda-tests
  as_of: "2024-10-17"
  stated_by:
    - rwanda-ministry-of-health
  cite:
    - source: who-don-2024-10-18
      evidence: some 4,500 tests
- id: contacts-oct-20-round
  value: 1200
  unit: people
  counts: contacts under follow-up
  quantity: marburg-rwanda-contacts
  as_of: "2024-10-20"
  stated_by:
    - rwanda-ministry-of-health
  cite:
    - source: who-don-2024-10-25
      evidence: some 1,200 contacts
"""


def test_a_round_figure_below_a_million_is_no_dispute_within_its_rounding(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Invented second sources' round figures (and evidence, the sources' text being unstored) beside the earthquake's and the outbreak's counts of
    the same day: "2,100 people injured" beside the ministry's 2,059, and "4,500 tests" beside 4,486,
    may be roundings of one count, and are no dispute; "1,200 contacts" beside 1,146 is more than a
    rounding hides, and still disagrees, as a toll of 632 beside one of 1,037 does."""
    content = explained_content(tmp_path_factory.mktemp("round"), QUAKE, "rwanda-marburg-2024")
    for slug, added in ((QUAKE, ROUND_INJURED), ("rwanda-marburg-2024", ROUND_TESTS)):
        numbers = content / slug / "numbers.yaml"
        numbers.write_text(numbers.read_text("utf-8") + added, "utf-8")
    built_pages = built(content)
    quake = text(built_pages[f"{QUAKE}/numbers.md"])
    injured = quake.split("People injured by the earthquake", 1)[1].split("People killed in", 1)[0]
    assert "cannot all be right" not in injured
    outbreak = text(built_pages["rwanda-marburg-2024/numbers.md"])
    assert "The sources disagree, and their figures cannot all be right: for 20 October 2024" in outbreak
    tests = outbreak.split("Tests for the virus carried out", 1)[1].split("Contacts under follow-up", 1)[0]
    assert "cannot all be right" not in tests


@pytest.mark.parametrize(
    ("values", "told"),
    [
        (
            (2_059, 2_100),
            "These figures differ but can all be true: 2,100 people may be 2,059 people, rounded.",
        ),
        (
            (2_000, 2_100),
            "These figures differ but can all be true: each is rounded, and one figure can round to both.",
        ),
    ],
)
def test_only_the_round_figure_is_called_rounded(values: tuple[int, int], told: str) -> None:
    """ "Each is rounded" of 2,059 and 2,100 called an exact count rounded."""
    numbers = [
        Number.model_validate(
            {
                "id": f"n{v}",
                "value": v,
                "unit": "people",
                "counts": "people injured",
                "as_of": "2024-01-01",
                "cite": [{"source": "s"}],
            }
        )
        for v in values
    ]
    assert agreement(numbers) == told


# -- The first screen names who disputes its main doubt ---------------------------------------------


def test_the_main_doubt_names_the_side_that_disputes_it(pages: dict[str, str]) -> None:
    """ "Nicolás Maduro won the election, says the National Electoral Council; another source disputes
    it" left a newcomer asking which, though the story names them, and counted their claim as "one
    more claim": the first screen now says who holds otherwise and what they hold."""
    for page in (pages[f"{ELECTION}/index.md"], pages[f"{ELECTION}/timeline.md"]):
        doubt = _doubt(page)
        assert doubt.startswith(
            "Nicolás Maduro won the election, says the National Electoral Council. Disputed: The Unitary"
            " Democratic Platform, through its leader María Corina Machado, says Edmundo González won the"
            " election, with more"
            " than 70% of the vote. Also in doubt: a disputed official figure for the share of the vote"
            " won by Edmundo González."
        )
        assert "another source" not in doubt and "more claim" not in doubt
    # A disputed claim with a note still tells the note; the trial's other claims are still counted.
    trial = _doubt(first_screen(pages[f"{TRIAL}/index.md"]) + "\n")
    assert "says Alexandra Shapiro. Disputed: The prosecutors say the trial was fair. Also in doubt:" in trial


def test_a_rival_claim_on_invented_sides() -> None:
    """Two unions each say they won the vote: each is the other's rival; a claim with a note, or one
    its own maker also makes, has none."""
    cite = [{"source": "s"}]
    won = Claim(
        id="a", statement="The union won the vote.", claimants=["union"], status="disputed", cite=cite
    )
    lost = Claim(
        id="b", statement="The guild won the vote.", claimants=["guild"], status="disputed", cite=cite
    )
    noted = won.model_copy(update={"note": "The guild says it won."})
    story = _story(won, lost)
    assert rival_claim(story, won) is lost and rival_claim(story, lost) is won
    assert rival_claim(_story(noted, lost), noted) is None
    assert rival_claim(_story(won, lost.model_copy(update={"claimants": ["union"]})), won) is None


def _story(*claims: Claim) -> Dossier:
    return replace(dossier(actor("Union"), actor("Guild")), claims=claims)


def test_a_percentage_of_a_whole_reads_as_a_reader_says_it(pages: dict[str, str]) -> None:
    """ "about 38% for taxes as a share of GDP" and "4.5% for government borrowing as a share of GDP"
    read as if the share were of the taxes: now "about 38% of GDP, the size of the economy, in taxes",
    as the sources write it ("38 per cent of GDP"). A count that opens with "the" keeps its comma
    (the medicine's "18 to 46%, the drug's effect as a share of ...")."""
    budget = text(pages[f"{BUDGET}/index.md"])
    assert (
        "about 38% of GDP, the size of the economy, in taxes, the official figure from the Office" in budget
    )
    assert "for taxes as a share of GDP" not in budget
    numbers = text(pages[f"{BUDGET}/numbers.md"])
    assert "4.5% of GDP in government borrowing" in text(pages[f"{BUDGET}/actors/uk-government.md"])
    assert "Taxes as a share of GDP, the size of the economy" in numbers  # the heading keeps its words
    medicine = text(pages[f"{MEDICINE}/numbers.md"]) + text(pages[f"{MEDICINE}/actors/stephen-nadeau.md"])
    assert "18 to 46%, the drug's effect as a share of estimates" in medicine


@pytest.mark.parametrize(
    ("counts", "told"),
    [
        ("defence spending as a share of GDP", "2.5% of GDP in defence spending"),
        (
            "debt as a percentage of national income, the economy's size",
            "2.5% of national income, the economy's size, in debt",
        ),
        ("the levy as a share of profits", "2.5%, the levy as a share of profits"),
        ("UK inflation", "2.5% for UK inflation"),
    ],
)
def test_a_share_of_a_whole_on_invented_counts(counts: str, told: str) -> None:
    number = Number.model_validate(
        {"id": "n", "value": 2.5, "unit": "percent", "counts": counts, "cite": [{"source": "s"}]}
    )
    assert caption_text(number) == told
