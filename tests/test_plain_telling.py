"""What a reader panel left on the explained fixtures (tests/fixtures/explained) and the shipped
stories, each rule tested on the built pages of two or more stories, or of one story and invented
figures where no second story has the form: date ranges that say a shared year once, a bound set on
a range of figures, a body and its own leader who make one claim said as one speaker, a tie in a
story's own verb that the description above it already says, a count that its later reports say
rose, told as a rise, and key questions whose footnote markers stand after the sentences they support.

Each test reads the pages as built, rendered to HTML as MkDocs renders them (without the theme)."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from explained import card, described, explained_content, invented_story, note_of, text
from flood import built

from generator.format.dossier import Dossier
from generator.format.model import Actor, Event, Number, Question, Relationship
from generator.site.answers import supported
from generator.site.grammar import figure
from generator.site.joint import joint_names
from generator.site.questions import SIDE_BY_SIDE
from generator.site.roles import states_its_own_tie
from generator.site.trends import series_note, told_as_change, trend
from generator.site.views import date_range, span_text

STRIKE = "uaw-strike-2023"
OUTAGE = "crowdstrike-outage-2024"
TRIAL = "ftx-fraud-trial"
BANK = "bank-rate-cut"
QUAKE = "morocco-earthquake-2023"
BUDGET = "uk-budget-2024"
ELECTION = "venezuela-election-2024"
# Shipped stories, in content/, the whole thread: its second story's figures change over a period, and
# its third's counts of one thing from two sources fall without a report saying so.
HANDOVER = "myanmar-scam-handover"
LAUKKAI = "the-fall-of-laukkai"
TRIALS = "kokang-crime-families-on-trial"
CONTENT = Path(__file__).parent.parent / "content"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    content = explained_content(
        tmp_path_factory.mktemp("plain"), STRIKE, OUTAGE, TRIAL, BANK, QUAKE, BUDGET, ELECTION
    )
    for story in (HANDOVER, LAUKKAI, TRIALS):
        shutil.copytree(CONTENT / story, content / story)
    return built(content)


def _number(**fields: object) -> Number:
    return Number.model_validate(
        {"id": "n", "counts": "boats in the harbour", "cite": [{"source": "s", "evidence": "e"}]} | fields
    )


# -- A range says a year (and a month) the two ends share once ----------------------------------------


def test_an_event_s_span_says_its_year_once(pages: dict[str, str]) -> None:
    """A strike's span and a trial's read "15 September 2023 to 30 October 2023": the year twice."""
    strike, trial = text(pages[f"{STRIKE}/timeline.md"]), text(pages[f"{TRIAL}/timeline.md"])
    assert "15 September to 30 October 2023: The union strikes" in strike
    assert "3 October to 2 November 2023: " in trial
    assert "September 2023 to" not in strike and "October 2023 to" not in trial


def test_a_timeline_s_span_and_a_figure_s_period_say_their_year_once(pages: dict[str, str]) -> None:
    """An earthquake's timeline ("from 8 September 2023 to 27 September 2023"), a bank's forecast
    ("July 2024 to December 2024") and a handover's period, ending on a day."""
    assert "Eight events, from 8 to 27 September 2023." in text(pages[f"{QUAKE}/timeline.md"])
    bank = text(pages[f"{BANK}/numbers.md"])
    assert "forecast for July to December 2024" in bank and "July 2024 to" not in bank
    assert "Period: September to 21 November 2023" in text(pages[f"{HANDOVER}/numbers.md"])
    assert "Timeline: 11 events, from 1 August to 30 November 2023" in text(pages[f"{STRIKE}/index.md"])


@pytest.mark.parametrize(
    ("start", "end", "told"),
    [
        ("2024-05-03", "2024-05-09", "3 to 9 May 2024"),
        ("2024-03-15", "2024-06-02", "15 March to 2 June 2024"),
        ("2024-08", "2024-11-30", "August to 30 November 2024"),
        ("2024-07", "2024-12", "July to December 2024"),
        ("2023-12-30", "2024-01-02", "30 December 2023 to 2 January 2024"),
        ("2023-09", "2024", "September 2023 to 2024"),
        ("2000", "2011", "2000 to 2011"),
        # A day, then a month: both whole, not "3 March to May 2024".
        ("2024-03-03", "2024-05", "3 March 2024 to May 2024"),
    ],
)
def test_a_range_of_invented_dates(start: str, end: str, told: str) -> None:
    assert date_range(start, end) == told


def test_an_approximate_start_keeps_both_ends_whole() -> None:
    assert date_range("2024-05-03", "2024-05-09", approximate=True) == "around 3 May 2024 to 9 May 2024"
    # A span the first date holds is that date.
    assert span_text("2014-01", "2014-01-15") == "January 2014"


# -- A bound set on a range bounds the whole range ---------------------------------------------------


def test_an_insurer_s_bounded_range_reads_as_one_bound(pages: dict[str, str]) -> None:
    """ "at most 10 to 20%" on the insurer's page and the numbers page read as "at most 10", then a
    stray "to 20%"."""
    for page in (f"{OUTAGE}/actors/parametrix.md", f"{OUTAGE}/numbers.md", f"{OUTAGE}/sources.md"):
        told = text(pages[page])
        assert "no more than 10% to 20%" in told, page
        assert "at most 10 to 20" not in told, page


@pytest.mark.parametrize(
    ("fields", "told"),
    [
        ({"value": 10, "upper": 20, "unit": "percent", "qualifier": "up-to"}, "no more than 10% to 20%"),
        ({"value": 10, "upper": 20, "unit": "percent", "qualifier": "about"}, "about 10% to 20%"),
        (
            {"value": 300, "upper": 500, "unit": "boats", "qualifier": "at-least"},
            "no fewer than 300 to 500 boats",
        ),
        ({"value": 3, "upper": 5, "unit": "US dollars", "qualifier": "at-least"}, "no less than $3 to $5"),
        ({"value": 3, "upper": 5, "unit": "tonnes", "qualifier": "at-most"}, "no more than 3 to 5 tonnes"),
        # Unhedged ranges and single figures read as before.
        ({"value": 10, "upper": 20, "unit": "percent"}, "10 to 20%"),
        ({"value": 10, "unit": "percent", "qualifier": "at-most"}, "at most 10%"),
        ({"value": 10, "unit": "boats", "qualifier": "fewer-than"}, "fewer than 10 boats"),
    ],
)
def test_bounds_on_invented_ranges(fields: dict[str, object], told: str) -> None:
    assert figure(_number(**fields)) == told


# -- A body and its own leader who make one claim are one speaker -----------------------------------


def test_a_think_tank_and_its_director_are_one_speaker(pages: dict[str, str]) -> None:
    """The budget's first screen read "say the Institute for Fiscal Studies and Paul Johnson", two
    parties, though he is its director (a ``leader-of`` tie)."""
    overview = text(pages[f"{BUDGET}/index.md"])
    assert "says the Institute for Fiscal Studies, through its director Paul Johnson." in overview
    assert "Institute for Fiscal Studies and Paul Johnson" not in overview
    claims = text(pages[f"{BUDGET}/claims.md"])
    assert "Institute for Fiscal Studies, through its director Paul Johnson Says: The rise" in claims


def test_an_alliance_and_its_leader_are_one_speaker(pages: dict[str, str]) -> None:
    """An election's opposition alliance and its leader, who makes the claim with it: "María Corina
    Machado and the Unitary Democratic Platform say", her post from the tie (her description names
    no post in the alliance)."""
    overview = text(pages[f"{ELECTION}/index.md"])
    assert (
        "Disputed: The Unitary Democratic Platform, through its leader María Corina Machado, says Edmundo"
        in overview
    )
    assert "Machado and the Unitary Democratic Platform" not in overview
    own = text(pages[f"{ELECTION}/actors/unitary-platform.md"])
    assert "The Unitary Democratic Platform, through its leader María Corina Machado, says: " in own


def _speakers(*ties: tuple[str, str, str]) -> tuple[Dossier, list[Actor]]:
    board = described("The body that runs the harbour.", name="Harbour Board", ident="board")
    chair = described("The chair of the Harbour Board.", kind="person", name="Ada Lind", ident="lind")
    pilot = described("A harbour pilot.", kind="person", name="Ben Ros", ident="ros")
    relationships = tuple(
        Relationship.model_validate({"subject": a, "predicate": p, "object": b, "cite": [{"source": "s"}]})
        for a, p, b in ties
    )
    return invented_story(actors=(board, chair, pilot), ties=relationships), [board, chair, pilot]


def test_invented_speakers_tied_and_untied() -> None:
    dossier, (board, chair, pilot) = _speakers(("lind", "leader-of", "board"), ("ros", "member-of", "board"))
    plain = lambda actor, n: actor.name  # noqa: E731
    assert joint_names(dossier, [board, chair], plain) == (
        "Harbour Board, through its chair Ada Lind,",
        [board],
    )
    assert joint_names(dossier, [chair, board, pilot], plain, subject=False)[0] == (
        "Harbour Board, through its chair Ada Lind and its member Ben Ros"
    )
    # No tie: two parties.
    untied, (board, chair, pilot) = _speakers()
    assert joint_names(untied, [board, chair], plain) == ("Harbour Board and Ada Lind", [board, chair])
    # Two people, neither a body: two parties.
    assert joint_names(dossier, [chair, pilot], plain)[0] == "Ada Lind and Ben Ros"


# -- A tie in a story's own verb that the description already says ---------------------------------


def test_a_lawyer_s_tie_is_said_once_under_his_description(pages: dict[str, str]) -> None:
    """ "Mark Cohen represents Sam Bankman-Fried" under "Bankman-Fried's lead lawyer at the trial",
    in the trial's own verb ("represents": "A lawyer who acts for the object in court")."""
    cohen = text(pages[f"{TRIAL}/actors/mark-cohen.md"])
    assert "Bankman-Fried's lead lawyer at the trial." in cohen
    assert "represents" not in cohen and "Relationships" not in cohen
    # The client's page says who represents him: his description does not.
    client = text(pages[f"{TRIAL}/actors/sam-bankman-fried.md"])
    assert "Sam Bankman-Fried is represented by Mark Cohen and Alexandra Shapiro" in client


def test_a_company_s_lawyer_s_tie_is_said_once(pages: dict[str, str]) -> None:
    """The outage's lawyers: "CrowdStrike's outside lawyer in its dispute with Delta" and "Microsoft's
    lawyer in its dispute with Delta" each read again "... represents CrowdStrike"."""
    for lawyer, client in (("michael-carlinsky", "CrowdStrike"), ("mark-cheffo", "Microsoft")):
        page = text(pages[f"{OUTAGE}/actors/{lawyer}.md"])
        assert f"{client}'s" in page and f"represents {client}" not in page, lawyer


@pytest.mark.parametrize(
    ("description", "relation", "told"),
    [
        ("Kessel Pay's lawyer at the hearing.", "A lawyer who acts for the object in court.", True),
        ("One of the lawyers of Kessel Pay.", "A lawyer who acts for the object in court.", True),
        # The doer, but another party: the tie says whom he acts for.
        ("A lawyer in Orla.", "A lawyer who acts for the object in court.", False),
        # The party, but not the doer: the tie says what he is to it.
        ("Kessel Pay's founder.", "A lawyer who acts for the object in court.", False),
        # A relation that names no doer.
        ("Kessel Pay's lawyer.", "The subject brings the case against the object.", False),
        ("Kessel Pay's lawyer.", None, False),
    ],
)
def test_an_own_tie_on_invented_actors(description: str, relation: str | None, told: bool) -> None:
    person = Actor.model_validate(
        {
            "id": "p",
            "name": "Jon Pell",
            "kind": "person",
            "description": description,
            "cite": [{"source": "s"}],
        }
    )
    client = Actor.model_validate(
        {
            "id": "c",
            "name": "Kessel Pay",
            "kind": "organisation",
            "description": "A payments company.",
            "cite": [{"source": "s"}],
        }
    )
    assert states_its_own_tie(person, client, relation) is told


# -- A count its later report says rose is told as a rise --------------------------------------------


def test_strikers_that_a_later_report_says_grew_are_told_as_a_rise(pages: dict[str, str]) -> None:
    """The strikers' table: about 13,000 from one source, then "grew to include more than 45,000
    workers" from another, read "a difference between them may come from who counts"."""
    numbers = pages[f"{STRIKE}/numbers.md"]
    assert note_of(numbers, "Workers on strike") == (
        "Different sources give this at different dates, earliest first; the later one reports a rise."
        " The figure rose from about 13,000 workers on 15 September 2023 to more than 45,000 workers on"
        " 28 October 2023."
    )
    assert "Up from about 13,000 workers on 15 September 2023" in card(
        pages[f"{STRIKE}/index.md"], "strikers-peak"
    )


def test_counts_no_report_says_changed_still_may_differ_by_who_counts(pages: dict[str, str]) -> None:
    """A compound's buildings demolished: 148 from one party, then 109 from a monitor who says the
    first count is wrong. No report says the count fell: two counts, not a change."""
    assert note_of(pages[f"{TRIALS}/numbers.md"], "KK Park buildings demolished") == (
        "Different sources give this at different dates, earliest first: a difference between them may"
        " come from who counts, not from a change."
    )


def _dated(value: int, date: str, evidence: str, source: str, **fields: object) -> Number:
    return _number(
        id=f"n{value}-{date}",
        value=value,
        unit="boats",
        as_of=date,
        quantity="boats",
        cite=[{"source": source, "evidence": evidence}],
        **fields,
    )


def test_invented_counts_a_later_report_says_rose_or_fell() -> None:
    first = _dated(300, "2024-05-03", "some 300 boats were in the harbour", "a", qualifier="about")
    grew = _dated(900, "2024-05-20", "the fleet in the harbour swelled to more than 900 boats", "b")
    assert told_as_change([first, grew]) == "rose"
    assert trend([first, grew]) == (
        "The figure rose from about 300 boats on 3 May 2024 to 900 boats on 20 May 2024."
    )
    assert series_note([first, grew]).startswith(
        "Different sources give this at different dates, earliest first; the later one reports a rise."
    )
    fell = _dated(120, "2024-06-01", "the queue of boats dropped to 120 by Saturday", "c")
    assert told_as_change([grew, fell]) == "fell"
    # Every later figure must be said to have got there: the middle one is not.
    bare = _dated(600, "2024-05-10", "600 boats were counted", "d")
    assert told_as_change([first, bare, grew]) == ""


def test_invented_counts_that_still_disagree() -> None:
    first = _dated(300, "2024-05-03", "some 300 boats were in the harbour", "a")
    # The report says the count rose, but to a figure lower than the first: not this way.
    lower = _dated(200, "2024-05-20", "the number of boats rose to 200", "b")
    assert told_as_change([first, lower]) == ""
    # The verb is of another figure in the same quote ("rose to 900 ... and 400 boats").
    other = _dated(400, "2024-05-20", "trawlers rose to 900 and 400 boats left", "b")
    assert told_as_change([first, other]) == ""
    # Two figures of one date disagree, whatever the later report says.
    same_day = _dated(900, "2024-05-03", "the fleet swelled to 900 boats", "b")
    assert told_as_change([first, same_day]) == ""
    assert "may come from who counts" in series_note(
        [first, _dated(900, "2024-05-20", "900 boats were counted", "b")]
    )


# -- A key question's markers stand after the sentences they support ---------------------------------

_MARKERS = re.compile(r"(?:\[\^\d+\](?:<sup class=\"explainer-comma\">,</sup>)?)+")


def _answers(overview: str) -> dict[str, str]:
    """Each key question's answer, as Markdown, by question."""
    answers = {}
    for block in overview.split("/// details | ")[1:]:
        question, rest = block.split("\n", 1)
        answers[question] = rest.split("\n\n", 1)[1].split("\n///", 1)[0]
    return answers


def _footnotes(page: str) -> dict[str, str]:
    """Each footnote's text, its continuation lines (a footnote of several sources) included."""
    found = re.findall(r"^\[\^(\d+)\]: ([^\n]*(?:\n\n?    [^\n]*)*)", page, re.MULTILINE)
    return {label: text for label, text in found}


@pytest.mark.parametrize("story", [STRIKE, TRIALS, QUAKE, OUTAGE])
def test_no_key_question_runs_its_markers_together(pages: dict[str, str], story: str) -> None:
    """Answers carried up to ten markers after their last sentence; now each sentence carries the
    markers of what it says, at most ``SIDE_BY_SIDE`` in a row."""
    answers = _answers(pages[f"{story}/index.md"])
    assert answers
    for question, answer in answers.items():
        runs = [m.group(0).count("[^") for m in _MARKERS.finditer(answer)]
        assert runs and max(runs) <= SIDE_BY_SIDE, (question, runs)


def test_every_source_of_a_key_question_s_facts_stays_cited(pages: dict[str, str]) -> None:
    """The strike's "What happened?": three sentences, each with its markers; the last, which rests on
    six deals and votes and two terms, has one marker whose footnote gives every source."""
    overview = pages[f"{STRIKE}/index.md"]
    answer = _answers(overview)["What happened?"]
    runs = _MARKERS.findall(answer)
    said = [part.strip() for part in _MARKERS.split(answer) if part.strip()]
    # Each of its three sentences ends with its own markers.
    assert len(runs) == len(said) == 3 and all(part.endswith(".") for part in said)
    notes = _footnotes(overview)
    cited = " ".join(notes[label] for label in re.findall(r"\[\^(\d+)\]", answer))
    for source in (
        "wdet-2023-barra",
        "crains-2023-stellantis-deal",
        "uaw-2023-stand-up-strike",
        "semafor-2023-gm-deal",
        "rutgers-2023-ford-deal",
        "urdupoint-2023-ford-deal",
        "axios-2023-stellantis-deal",
        "axios-2023-gm-ratified",
        "krdo-2023-ford-ratified",
        "tag24-2023-kentucky-truck",
    ):
        assert f"sources.md#{source})" in cited, source
    # The date of the strike's start is cited where it is said, with its first count.
    assert said[0].startswith("On 15 September 2023") and runs[0].count("[^") == 3
    assert said[1].endswith("grew to more than 45,000 workers.") and runs[1].count("[^") == 1


def _said(answer: str) -> list[tuple[str, int]]:
    """An answer's sentences as its markers end them, each with how many markers end it."""
    runs = [run.count("[^") for run in _MARKERS.findall(answer)]
    said = [text(part) for part in _MARKERS.split(answer) if part.strip()]
    return list(zip(said, runs, strict=False))


def test_markers_stand_after_the_sentence_that_names_the_fact(pages: dict[str, str]) -> None:
    """Three of the ten handed over, named in the last sentence, had their markers on the first,
    which shared more words of their descriptions ("wanted", "handed over"); the five members who
    voted for the cut had theirs on the rate's "5%"."""
    trials = _answers(pages[f"{TRIALS}/index.md"])
    handed = _said(trials["Who was handed over to China in January 2024?"])
    assert handed[-1][0].startswith("Wei Huairen, Liu Zhengxiang and Xu Laofa") and handed[-1][1] >= 1
    bank = _said(_answers(pages[f"{BANK}/index.md"])["What did the Bank of England decide?"])
    assert bank[-1][0] == "The committee that sets the rate voted five to four."


# What each invented harbour actor is: words the first sentence of an answer shares.
_PILOT = "A pilot of the harbour who was wanted for questioning over the quay."


def _answered(answer: str, figures: tuple[Number, ...] = (), **facts: object) -> list[tuple[str, int]]:
    """Which sentence of ``answer`` each fact of an invented story about a harbour goes to: each
    sentence with the number of the facts it carries."""
    harbour = described("The body that licenses quays.", "government-body", "Harbour Office", "harbour")
    events = (
        Event.model_validate(
            {"id": "refusal", "date": "2031-05-12", "title": "The Harbour Office refuses the quay",
             "actors": ["harbour"], "cite": [{"source": "a", "evidence": "e"}]}
        ),
        Event.model_validate(
            {"id": "licence", "date": "2033-05-20", "title": "The Harbour Office licenses a smaller quay",
             "actors": ["harbour"], "cite": [{"source": "b", "evidence": "e"}]}
        ),
    )  # fmt: skip
    actors = (
        harbour,
        *(described(_PILOT, "person", name, i) for i, name in (("lind", "Ada Lind"), ("moro", "Teo Moro"))),
    )
    story = replace(invented_story(actors, events), numbers=figures)
    asked = Question.model_validate({"id": "q", "question": "What happened?", "answer": answer, **facts})
    return [(s.text, len(s.cite)) for s in supported(story, asked, answer)]


def test_a_month_of_another_year_is_no_date_of_the_fact() -> None:
    """The office refused the quay in May 2031 and licensed a smaller one in May 2033: "in May 2031"
    is no date of the licence, whose markers go to the sentence that tells it."""
    told = _answered(
        "The Harbour Office refused the quay in May 2031. Two years later it licensed a smaller one, in May.",
        events=["refusal", "licence"],
    )
    assert told == [
        ("The Harbour Office refused the quay in May 2031.", 1),
        ("Two years later it licensed a smaller one, in May.", 1),
    ]


def test_a_day_or_a_percentage_writes_no_count() -> None:
    """ "On 4 June 2031" writes no 4 pilots who quit, and "by 5%" no 5 ships charged the fee: each
    count's markers go to the sentence that gives it in words."""
    pilots = _number(id="pilots", value=4, counts="pilots who quit", as_of="2031-06-04")
    ships = _number(id="ships", value=5, counts="ships charged the new fee")
    quit_ = _answered(
        "On 4 June 2031 the harbour's pilots walked out. Four quit for good.",
        figures=(pilots,),
        numbers=["pilots"],
    )
    assert [n for _, n in quit_] == [0, 1]
    fee = _answered(
        "The office raised the fee for ships by 5%. Five were charged it in the first week. In May 2033"
        " the Harbour Office licensed a smaller quay.",
        figures=(ships,),
        numbers=["ships"],
        events=["licence"],
    )
    assert [n for _, n in fee] == [0, 1, 1]


def test_an_actor_s_markers_go_where_its_name_is_written() -> None:
    """Two pilots named in the second sentence, whose descriptions share words with the first: their
    markers go where they are named."""
    told = _answered(
        "The office wanted the quay's pilots for questioning over the quay. Ada Lind and Teo Moro were two"
        " of them. In May 2033 the Harbour Office licensed a smaller quay.",
        actors=["lind", "moro"],
        events=["licence"],
    )
    assert [n for _, n in told] == [0, 2, 1]
