"""Forms the first run of held-out round 36 showed misread, written as invented sentences from
several topics (none from the benchmark's articles): a line of results pasted as one sentence
(names, each with a score, a side's total before them in brackets) and a score written as made
"for" lost; a monarch's numeral and the letters after a name; a credit and date line with the page's
tools after it; a day counted from the date just given ("two days later") and an older year with a
year counted from it; a speaker named by a post ("the Union Minister") and a minister's portfolio;
a saint's town, a continent, a lighthouse; a company named short, a government's scheme; what was
told after "that", a quote told to an outlet; a message's verb ("emails that"), "the library"; the
sentence after the lead; a superlative judgement and an expectation; a body described by the model
it runs; the Nth keeper of a post."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.articles import read_article
from generator.authoring.drafting import Draft, draft
from generator.authoring.extraction import Said, find_attributions, find_dates
from generator.authoring.figures import find_numbers
from generator.authoring.names import find_names
from generator.authoring.stances import suggest_status


def test_a_line_of_results_gives_each_name_and_its_score(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "RESULTS:\n\nKessel 212 (Ana Ruiz 88, Tom Lee 41 not out, Piet Varga 30; Li Wen 4-51) & 96 "
        "(Ana Ruiz 50, Piet Varga 12).",
    )
    values = sorted((n["value"], n["counts"]) for n in result.numbers)
    assert values == [
        (12, "score of Piet Varga"),
        (30, "score of Piet Varga"),
        (41, "score of Tom Lee"),
        (50, "score of Ana Ruiz"),
        (88, "score of Ana Ruiz"),
        (96, "total of Kessel"),
        (212, "total of Kessel"),
    ]
    named = kinds(result)
    assert all(named.get(name) == "person" for name in ["Ana Ruiz", "Tom Lee", "Piet Varga", "Li Wen"]), named


def test_a_poll_pasted_as_a_line_of_results_gives_each_candidates_votes() -> None:
    sentence = "Final count: Marta Olsen 1,204, Jan de Wit 980, Sofia Lind 77."
    assert sorted((f.value, f.counts) for f in find_numbers(sentence)) == [
        (77, "score of Sofia Lind"),
        (980, "score of Jan de Wit"),
        (1204, "score of Marta Olsen"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # two names with a number each are no line of results
        "Operation Stone 12 and Operation Reed 4 ended in June.",
        # numbered things in a list: no one's score
        "Buses used Bridge Road 4, Harbour Gate 12 and Mill Lane 7 on Sunday.",
    ],
)
def test_names_with_numbers_that_are_no_line_of_results_are_not_scores(sentence: str) -> None:
    assert all(not f.counts.startswith(("score of", "total of")) for f in find_numbers(sentence))


@pytest.mark.parametrize(
    ("sentence", "value", "counts"),
    [
        ("Rain stopped play with Kessel on 52 for two, needing 200 more.", 52, "score of Kessel"),
        ("The visitors reached 120 for 4 at lunch.", 120, "score"),
        ("By stumps Dunmore Park were 210 for no loss.", 210, "score of Dunmore Park"),
    ],
)
def test_a_score_made_for_the_number_lost_is_drafted(sentence: str, value: int, counts: str) -> None:
    assert (value, counts) in [(f.value, f.counts) for f in find_numbers(sentence)]


def test_a_vote_of_one_for_is_no_score() -> None:
    sentence = "The board voted 52 for one proposal and 3 against it."
    assert all(f.counts != "score" for f in find_numbers(sentence))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The museum shows a letter signed by Queen Anne I, found in a barn.", "Anne I"),
        ("Pamphlets about the trial of Louis I were sold at auction.", "Louis I"),
        ("The abbey was founded in the reign of King Robert I.", "Robert I"),
    ],
)
def test_a_monarchs_numeral_is_part_of_the_name(sentence: str, name: str) -> None:
    assert [n.name for n in find_names([sentence])] == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The case was argued by Marta Olsen QC before the appeal court.", "Marta Olsen"),
        ("Tom Reyes KC said the ruling would be appealed.", "Tom Reyes"),
        ("The garden was opened by Ana Ruiz OBE on Saturday.", "Ana Ruiz"),
    ],
)
def test_letters_after_a_name_are_no_part_of_it_and_the_name_is_a_persons(sentence: str, name: str) -> None:
    found = {n.name: n.kind for n in find_names([sentence])}
    assert found == {name: "person"}


@pytest.mark.parametrize(
    ("line", "published", "publisher"),
    [
        ("Reuters, March 3, 2012 Adjust font size:", "2012-03-03", "Reuters"),
        ("AFP, 9 June 2018 Print", "2018-06-09", "AFP"),
        ("June 9, 2018 Share this", "2018-06-09", None),
        ("Kessel Daily News, May 4, 2016", "2016-05-04", "Kessel Daily News"),
    ],
)
def test_a_credit_and_date_line_with_the_pages_tools_dates_the_source(
    tmp_path: Path, line: str, published: str, publisher: str | None
) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        f"Ferries held in port by a storm\n\n{line}\n\nThe ferries stayed in port all day as the storm passed over the coast.\n\n"
        "More rain is due, the harbour master said.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert (str(article.published), article.publisher) == (published, publisher)
    assert article.paragraphs[0].startswith("The ferries stayed")


def _dates(result: Draft) -> list[str]:
    return sorted(str(event["date"]) for event in result.events)


@pytest.mark.parametrize(
    ("body", "dates"),
    [
        # a day with no year, then "two days later" in the next sentence
        (
            "The ferry will start sailing to Orwell on June 3.\n\nThis will be followed two days later "
            "by a second route to Dunmore.",
            ["TODO-06-03", "TODO-06-05"],
        ),
        # a full date, then "a week later"
        (
            "The dam was inspected on March 28, 2011.\n\nA week later the engineers found a crack in its wall.",
            ["2011-03-28", "2011-04-04"],
        ),
        # in one sentence: the date, then "the next day"
        (
            "The market opened on 14 May 2019 and closed the next day after a storm.",
            ["2019-05-14", "2019-05-15"],
        ),
        # "three days earlier"
        (
            "The bridge over the river reopened to traffic on October 9, 2015.\n\nThree days earlier, inspectors had "
            "passed its deck.",
            ["2015-10-06", "2015-10-09"],
        ),
    ],
)
def test_a_day_counted_from_the_date_just_given_is_dated(tmp_path: Path, body: str, dates: list[str]) -> None:
    assert _dates(drafted(tmp_path, body)) == dates


def test_a_day_counted_with_no_date_before_it_is_not_dated(tmp_path: Path) -> None:
    result = drafted(tmp_path, "The crew left the port. Two days later they reached the island.")
    assert _dates(result) == []


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("The mill was built in 1716 on the river's bank.", ["1716"]),
        ("The fort was burned in 1812, two years after the treaty was signed.", ["1810", "1812"]),
        ("The bridge opened in 2004, three years before the tunnel.", ["2004", "2007"]),
        ("The charity saw a rise in 1500 homes asking for help.", []),
    ],
)
def test_an_older_year_and_a_year_counted_from_it(sentence: str, dates: list[str]) -> None:
    assert sorted(date for date, *_ in find_dates(sentence, None)) == dates


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        (
            "In a letter to Chief Minister Bo Lund, Federal Water Resources Minister Ana Ruiz said two dams "
            "were approved.\n\nThe Federal Minister said the work would start in spring.",
            "work would start",
        ),
        (
            "Home Affairs Secretary Ana Ruiz met Chief Secretary Bo Lund on the border.\n\n"
            '"We will open two more crossings," the Home Affairs Secretary said.',
            "two more crossings",
        ),
    ],
)
def test_a_speaker_named_by_post_is_the_person_drafted_with_that_post(
    tmp_path: Path, body: str, phrase: str
) -> None:
    result = drafted(tmp_path, body)
    assert claimants(result, phrase) == ["Ana Ruiz"]
    assert not any(name.endswith(("Minister", "Secretary")) for name in kinds(result))


def test_the_words_before_a_ministers_post_are_a_portfolio_not_a_body(tmp_path: Path) -> None:
    result = drafted(tmp_path, "Rural Water Minister Ana Ruiz opened the pumping station on Friday.")
    assert "Rural Water" not in kinds(result)
    assert kinds(result).get("Ana Ruiz") == "person"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Flights will also go to St Petersburg, the airline said.", "St Petersburg"),
        ("The choir toured South America and Japan last year.", "South America"),
        ("Visitors climbed Kessel Point Lighthouse on the open day.", "Kessel Point Lighthouse"),
    ],
)
def test_a_saints_town_a_continent_and_a_lighthouse_are_places(
    tmp_path: Path, sentence: str, name: str
) -> None:
    assert kinds(drafted(tmp_path, sentence)).get(name) == "place"


def test_a_company_named_short_after_its_trade_word_is_one_actor(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The start-up Kessair Airlines will fly to Orwell from May.\n\n"
        "Kessair also says that a second daily flight will be added in June.",
    )
    assert "Kessair" not in kinds(result)
    assert claimants(result, "second daily flight") == ["Kessair Airlines"]


def test_a_governments_scheme_is_no_person(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Money for the Rural Roads Plan (RRP) was approved.\n\n"
        'Planning Minister Ana Ruiz wrote to the council. "Every request has been answered," she said.',
    )
    assert kinds(result).get("Rural Roads Plan") != "person"
    assert claimants(result, "Every request has been answered") == ["Ana Ruiz"]


def test_a_town_beside_a_name_it_opens_stays_a_town(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Galway Light Beacon reopened to visitors this week.\n\n"
        "Its new guide is Galway Light's first paid one, and lives in Galway.",
    )
    assert kinds(result).get("Galway") == "place"


def test_a_quote_a_person_told_an_outlet_is_the_persons_not_the_outlets(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Marta Olsen, the longest serving ferry pilot in the country, retires this month.\n\n"
        "The ferry pilot, known for her red cap, told national radio this week that she had first "
        "steered a boat at age 9.\n\n"
        "“It was the best job on the water,” she told KRN.",
    )
    assert claimants(result, "first steered a boat") == ["Marta Olsen"]
    assert claimants(result, "best job on the water") == ["Marta Olsen"]
    assert "KRN." not in kinds(result)


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("The coach told reporters on Friday that the team would rest.", "the team would rest"),
        ("Ana Ruiz told state television last night that the border was calm.", "the border was calm"),
    ],
)
def test_what_was_told_begins_after_that(sentence: str, said: str) -> None:
    assert [a.said for a in find_attributions(sentence)] == [said]


@pytest.mark.parametrize(
    ("body", "phrase", "who"),
    [
        (
            "Councillor Ana Ruiz voted against the budget at the council's meeting on Monday night.\n\n"
            'Ruiz emails that the plan "would leave the parks without staff."',
            "leave the parks without staff",
            "Ana Ruiz",
        ),
        (
            "Harbour Board chair Tom Lee met the ferry crews at the quay on Monday morning.\n\n"
            "Lee tweeted that the strike was over.",
            "strike was over",
            "Tom Lee",
        ),
    ],
)
def test_a_message_sent_that_says_something_is_a_claim(
    tmp_path: Path, body: str, phrase: str, who: str
) -> None:
    assert claimants(drafted(tmp_path, body), phrase) == [who]


def test_the_library_said_is_the_library_named_outside_quotes(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "A collection of maps was given to the Kessel City Library on Monday.\n\n"
        '"No collection outside the Orwell Library is finer," said Ana Ruiz, its curator.\n\n'
        "The library said that it would take two years to catalogue the maps.",
    )
    assert claimants(result, "two years to catalogue") == ["Kessel City Library"]


def test_the_sentence_opening_the_paragraph_after_the_lead_is_a_claim_too(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "Storm closes the ferry port\n\n"
        "The ferry port at Orwell was closed on Monday as a storm brought gales to the coast.\n\n"
        "Harbour staff moved the last boats into the inner basin at about 5:40 in the evening.\n\n"
        "The port has been closed three times this winter.\n",
        encoding="utf-8",
    )
    result = draft(read_article(path), "report", "report.txt", dt.date(2099, 1, 1))
    statements = [c["statement"] for c in result.claims if c.get("unattributed")]
    assert any("moved the last boats" in s for s in statements), statements
    assert not any("three times this winter" in s for s in statements), statements


@pytest.mark.parametrize(
    ("said", "status"),
    [
        ("It would be the finest garden of its kind in the north", "opinion"),
        ("There couldn't be a better place for the statue", "opinion"),
        ("He expects the board to approve the plan in May", "forecast"),
        ("It would be open to the public in May", None),
    ],
)
def test_a_superlative_judgement_is_an_opinion_and_an_expectation_a_forecast(
    said: str, status: str | None
) -> None:
    suggested = suggest_status(Said("Ana Ruiz", said), f"Ana Ruiz said {said}.")
    assert (suggested.status.value if suggested else None) == status


def test_a_body_described_by_the_model_it_runs_is_the_body_named_before(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Regional carrier Norvik Airways plans to fly from Kessel to two new towns.\n\n"
        "The Dornier D328 operator, which last month began its first route, says that on May 3 it will "
        "add flights to Orwell.",
    )
    assert claimants(result, "add flights to Orwell") == ["Norvik Airways"]
    assert not any("operator" in name for name in kinds(result))


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("The ferry company says that on May 3 it will add a route.", "on May 3 it will add a route"),
        ("Ana Ruiz said that in June the pool would reopen.", "in June the pool would reopen"),
    ],
)
def test_what_that_opens_is_said_even_when_it_opens_with_a_time(sentence: str, said: str) -> None:
    assert [a.said for a in find_attributions(sentence)] == [said]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("She was hired in 2003 to be Kessel Hall's 12th curator.", 12),
        ("He became the bridge's 9th keeper last spring.", 9),
        ("The orchestra named its 7th conductor on Monday.", 7),
    ],
)
def test_the_nth_holder_of_a_post_an_owner_names_counts_the_holders(sentence: str, value: int) -> None:
    assert [f.value for f in find_numbers(sentence) if "to hold the post" in f.counts] == [value]
