"""Forms the first run of held-out round 34 showed misread, written as invented sentences from
several topics (none from the benchmark's articles): a text hard-wrapped at a fixed width, as wire
copy is, "he" or "she" after a person the text gives the other pronoun, and the forms listed at
each test."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafted import claimants, drafted

from generator.authoring.articles import read_article
from generator.authoring.drafting import draft

_WRAPPED = """By Ana Ruiz
| KESSEL, March 3
city leaders have approved a plan for the spring ballot that
would place a levy of one cent per litre on bottled water and
other packaged drinks, hoping to fund the town's new pools.
Two other towns on the coast tried and failed to pass such a
levy last year after a campaign by the Bottlers Guild.
"We think the whole coast is watching us," said Marta
Olsen, who chairs the Kessel Swim Club. "It is a test."
But Piet Varga, a spokesman for the Bottlers Guild, said that
the levy would hurt the shops that can least afford it.
The town's finance office estimates the levy would raise $2
million to $3 million a year.
"""


def test_a_hard_wrapped_text_is_read_as_its_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "wrapped.txt"
    path.write_text(_WRAPPED, encoding="utf-8")
    article = read_article(path)
    # a name broken over two lines is one name again, and each quote is whole
    assert any("said Marta Olsen, who chairs" in p for p in article.paragraphs), article.paragraphs
    result = draft(article, "report", "wrapped.txt", __import__("datetime").date(2099, 1, 1))
    names = {a["name"] for a in result.actors}
    assert {"Marta Olsen", "Piet Varga"} <= names, names
    quotes = {c["statement"]: c.get("claimants") for c in result.claims}
    assert quotes.get("We think the whole coast is watching us") == ["marta-olsen"], quotes


def test_a_text_of_one_paragraph_a_line_is_not_unwrapped(tmp_path: Path) -> None:
    # lines of many widths, each ending its sentence: nothing is joined
    body = "\n".join(
        [
            "The ferry left the harbour at dawn with forty passengers aboard.",
            "It reached the island two hours late.",
            "Harbour master Ned Farrow said the swell had slowed it.",
            "The return crossing was cancelled.",
            "Passengers were put up in the island's two hotels for the night.",
            "The company said it would refund every ticket.",
            "A second ferry is due on Friday.",
            "Farrow said the forecast for the weekend was calmer.",
        ]
    )
    path = tmp_path / "lines.txt"
    path.write_text("Ferry delayed by swell\n\n" + body + "\n", encoding="utf-8")
    assert len(read_article(path).paragraphs) == 8


@pytest.mark.parametrize(
    ("body", "phrase", "who"),
    [
        # a spokeswoman named, then a man named with "his": "she" is the spokeswoman
        (
            "Ana Ruiz, a spokeswoman for the port, said the cranes were idle. Port director Tom Lee "
            "met the union on Monday with his deputy. She said talks would go on.",
            "talks would go on",
            "Ana Ruiz",
        ),
        # "Mr." before a name, then a woman named with "her": "he" is Mr. Lee
        (
            "Mr. Tom Lee said the harvest was late. Grower Ana Ruiz sold her crop early. He said prices "
            "would fall.",
            "prices would fall",
            "Tom Lee",
        ),
        # a chairwoman after a name, a man named after: "she" goes back past him
        (
            "The pool will reopen in May, said Marta Olsen, chairwoman of the club. Coach Piet Varga led "
            "his swimmers in. She said the club had raised the money.",
            "raised the money",
            "Marta Olsen",
        ),
    ],
)
def test_he_or_she_is_the_last_named_person_the_pronoun_can_be(
    tmp_path: Path, body: str, phrase: str, who: str
) -> None:
    assert claimants(drafted(tmp_path, body), phrase) == [who]


@pytest.mark.parametrize(
    ("body", "phrase", "who"),
    [
        # no cue for either: as before, the subject of the sentence before
        (
            "Ana Ruiz said the cranes were idle. Tom Lee met the union on Monday. She said talks would "
            "go on.",
            "talks would go on",
            "Tom Lee",
        ),
        # the pronoun agrees with the one found: nothing changes
        (
            "Ana Ruiz, a spokeswoman for the port, said the cranes were idle. She said talks would go on.",
            "talks would go on",
            "Ana Ruiz",
        ),
    ],
)
def test_with_no_cue_against_it_a_pronoun_resolves_as_before(
    tmp_path: Path, body: str, phrase: str, who: str
) -> None:
    assert claimants(drafted(tmp_path, body), phrase) == [who]


@pytest.mark.parametrize(
    ("body", "phrase", "named"),
    [
        # said in so many words: "is expected to", "will likely", "could reach"
        (
            "The Kessel mill is expected to reopen in June, its owner Ana Ruiz said.",
            "expected to reopen",
            True,
        ),
        ("Grower Tom Lee said prices will likely fall after the harvest.", "will likely fall", True),
        ("Port director Ana Ruiz said the backlog could reach 40 ships by spring.", "could reach", True),
        # reported as a forecast or a warning
        ("The Norland Weather Office warned that the river would burst its banks.", "burst its banks", True),
        ("The Harbour Board forecast a rise in tolls next year.", "rise in tolls", True),
        # "estimates that" with what is to come
        (
            "The Kessel budget office estimates that the levy would raise $2 million a year.",
            "would raise",
            True,
        ),
        # a forecast no one is named for keeps its status
        ("The merger of the two dairies is expected to close in May.", "expected to close", False),
    ],
)
def test_a_forecast_in_clear_words_is_drafted_as_one(
    tmp_path: Path, body: str, phrase: str, named: bool
) -> None:
    claims = [c for c in drafted(tmp_path, body).claims if phrase in c["statement"]]
    assert len(claims) == 1 and claims[0].get("status") == "forecast", claims
    assert bool(claims[0].get("claimants")) == named


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        # a level stated, then a forecast in a later clause: the claim states the level
        ("Ana Ruiz said the reservoirs are at 72% of capacity, and levels will likely fall further.", "72%"),
        # an estimate of what was: no forecast
        ("The Kessel budget office estimates that the flood cost $2 million last year.", "flood cost"),
        # a forecast in vague words stays a statement to check
        ("Tom Lee said the plant will close in May.", "plant will close"),
    ],
)
def test_other_statements_are_no_forecasts(tmp_path: Path, body: str, phrase: str) -> None:
    claims = [c for c in drafted(tmp_path, body).claims if phrase in c["statement"]]
    assert len(claims) == 1 and "status" not in claims[0], claims


def _draft_text(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "text.txt"
    path.write_text(text, encoding="utf-8")
    return draft(read_article(path), "text", "text.txt", __import__("datetime").date(2099, 1, 1))


def test_a_town_in_capitals_and_a_colon_opening_a_text_is_its_dateline(tmp_path: Path) -> None:
    # a town the gazetteer does not know: a place, and no one who says the lead
    result = _draft_text(
        tmp_path,
        "KESSELBURG: The Norland film Dark Water by Ana Ruiz took away the top prize for best film at "
        "the festival on Sunday night.\n\nThe jury praised its camera work.\n",
    )
    assert {a["name"]: a["kind"] for a in result.actors}.get("Kesselburg") == "place"
    lead = [c for c in result.claims if "took away the top prize" in c["statement"]]
    assert len(lead) == 1 and lead[0].get("unattributed"), lead
    # a label of a page's line is no town
    labelled = _draft_text(
        tmp_path, "UPDATE: The ferry service between the two islands resumed on Monday morning.\n"
    )
    assert "Update" not in {a["name"] for a in labelled.actors}


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Chief guest and actor Dovran said the festival had grown every year.", "Dovran", "person"),
        ("The crowd cheered when striker Delmar scored in the last minute of the derby.", "Delmar", "person"),
        # an ensemble's noun before one word: players or singers together
        ("The hall fell silent when the folk band Tidewater took the stage.", "Tidewater", "group"),
    ],
)
def test_one_word_after_a_trade_is_a_person_or_a_group(
    tmp_path: Path, body: str, name: str, kind: str
) -> None:
    assert {a["name"]: a["kind"] for a in drafted(tmp_path, body).actors}.get(name) == kind


def test_a_name_does_not_run_on_into_a_peoples_adjective(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The best actor award went to Omar Selim for the Norlandian film Tides, and the jury prize went "
        "to Ana Ruiz for the Kesselese drama Salt.",
    )
    names = {a["name"] for a in result.actors}
    assert {"Omar Selim", "Ana Ruiz"} <= names, names
    assert not any(" for the " in name for name in names), names
    # a body's name with "for the" and a name after it is whole
    kept = drafted(tmp_path, "The Center for the Study of Tides said the survey would resume.")
    assert "Center for the Study of Tides" in {a["name"] for a in kept.actors}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a range whose scale is written once, after its upper end: both ends are millions
        (
            "The office estimates that the levy would bring in $12 to $18 million per year for the town.",
            (12e6, 18e6),
        ),
        ("Between 4 and 6 million people voted in the election held on the island last week.", (4e6, 6e6)),
        # each end with its own scale, and none
        ("The fund grew from $900,000 to $2 million over the five years the scheme ran.", (900_000, None)),
        ("Children aged 6 to 18 can join the club for free from the start of next month.", (6, 18)),
    ],
)
def test_a_range_s_scale_written_once_is_both_ends(
    tmp_path: Path, body: str, expected: tuple[float, float | None]
) -> None:
    numbers = [(n["value"], n.get("upper")) for n in drafted(tmp_path, body).numbers]
    assert expected in numbers, numbers


def test_a_body_s_initials_described_by_what_it_is_speak_for_it(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Norway's KRT railway company said two in five of its drivers stayed home on the first day.",
    )
    assert claimants(result, "two in five of its drivers") == ["KRT"]
    assert {a["name"]: a["kind"] for a in result.actors}.get("KRT") == "organisation"


def test_a_stance_indicated_is_said(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The stoppage is the first test for port chief Tom Vane, who took office in spring promising "
        "calm. He has indicated he is ready to reopen the pay talks, but not before the ships are "
        "unloaded.",
    )
    assert claimants(result, "ready to reopen the pay talks") == ["Tom Vane"]


@pytest.mark.parametrize(
    "body",
    [
        # a quote in single marks, an apostrophe inside its words
        "‘It’s been a long wait and nobody’s told us anything,’ nursing student Ana Ruiz, 19, told the "
        "newspaper.",
        # where the speaker studies, in capitals, between the quote and the name
        "“It’s been a long wait and nobody’s told us anything,” Kessel University student Ana Ruiz, 19, "
        "told the newspaper.",
    ],
)
def test_a_quote_before_its_speaker_and_her_description(tmp_path: Path, body: str) -> None:
    result = drafted(tmp_path, body)
    assert claimants(result, "a long wait") == ["Ana Ruiz"]
    assert not [c for c in result.claims if c["statement"].lower() == "the newspaper"]


def test_a_body_named_short_by_its_last_word_is_the_one_body(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Ned Farrow told the Kessel Courier that the queue reached the bridge. By noon, shoppers were "
        "being turned away at the door, the Courier reported.",
    )
    assert claimants(result, "turned away at the door") == ["Kessel Courier"]
    assert "Courier" not in {a["name"] for a in result.actors}


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # what may yet happen is after the day of publication
        ("The operator estimates that the ferry could be back in service by Thursday.", "2008-12-25"),
        ("Officials said the bridge may reopen on Friday after the inspection.", "2008-12-26"),
        # what happened: before it
        ("Two barges ran aground on Friday off the coast of the island.", "2008-12-19"),
        ("Officials said the fire could have started on Friday in a shed.", "2008-12-19"),
    ],
)
def test_a_weekday_of_what_may_yet_happen_is_ahead(sentence: str, date: str) -> None:
    from generator.authoring.extraction import find_dates

    found = [d for d, *_ in find_dates(sentence, __import__("datetime").date(2008, 12, 22))]
    assert found == [date], found


def test_a_first_paragraph_ending_with_a_sentence_in_brackets_is_text(tmp_path: Path) -> None:
    text = (
        "https://example.org/news-blog/ferries-stranded-2008-12-22/\n\n"
        "Islanders were reminded Friday of how much they rely on the ferry when both boats broke down "
        "within an hour. (A spare boat is on its way from the mainland yard, a harbour paper reported "
        "today.)\n\n"
        "The yard can fit a new gearbox to a ferry in a few hours.\n"
    )
    result = _draft_text(tmp_path, text)
    assert "2008-12-19" in [e["date"] for e in result.events], result.events


def test_a_sentence_in_brackets_reported_by_an_outlet(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The snowplough left the depot on Monday. (A second plough is on its way to clear the pass, a "
        "trade paper named Wirenet reported today.)",
    )
    claims = [c for c in result.claims if "second plough" in c["statement"]]
    assert [c["statement"] for c in claims] == ["A second plough is on its way to clear the pass"]
    assert claimants(result, "second plough") == ["Wirenet"]
    # brackets closed inside what is said stay
    kept = drafted(tmp_path, "Engineer Ana Ruiz said the dam gate opened at 4:15 p.m. (10:15 a.m. local).")
    assert [c["statement"] for c in kept.claims if "dam gate" in c["statement"]] == [
        "The dam gate opened at 4:15 p.m. (10:15 a.m. local)"
    ]


def test_a_lead_whose_first_words_were_lost_is_still_the_news(tmp_path: Path) -> None:
    path = tmp_path / "wrapped.txt"
    path.write_text(_WRAPPED, encoding="utf-8")
    result = draft(read_article(path), "report", "wrapped.txt", __import__("datetime").date(2099, 1, 1))
    lead = [c for c in result.claims if "approved a plan for the spring ballot" in c["statement"]]
    assert len(lead) == 1 and lead[0].get("unattributed"), [c["statement"] for c in result.claims]


@pytest.mark.parametrize(
    "body",
    [
        "Coach Ana Ruiz made a special appeal that young players should be given more time on the pitch.",
        "Mayor Tom Lee made an urgent plea for calm after the flood reached the old market square.",
    ],
)
def test_an_appeal_made_is_a_call(tmp_path: Path, body: str) -> None:
    claims = [
        c for c in drafted(tmp_path, body).claims if "appeal" in c["statement"] or "plea" in c["statement"]
    ]
    assert len(claims) == 1 and claims[0].get("status") == "call", claims


def test_one_described_by_where_they_are_from_is_no_one_named(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        '"We have waited here since breakfast," said one Kesselish traveller. "Nobody tells us a thing."',
    )
    assert claimants(result, "waited here since breakfast") == [None]
    # a people's word that speaks for itself stays theirs
    kept = drafted(
        tmp_path, "Kessel Rail said fewer than half its trains ran on the second day of the strike."
    )
    assert claimants(kept, "fewer than half") == ["Kessel Rail"]


def test_a_country_s_groups_written_in_lower_case_are_no_one_named(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Talks went on in Norway all week. Norwegian farm unions said they had asked the ministry for "
        "a meeting on Friday.",
    )
    assert claimants(result, "asked the ministry") == [None]


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        (
            "The two dairies signed the deal on Monday. The merger is expected to be completed next year.",
            "The merger",
        ),
        (
            "The ship reached the break at dawn. Repairs are likely to take several days to complete.",
            "Repairs",
        ),
    ],
)
def test_a_forecast_no_one_is_named_for_is_a_claim_of_its_own(tmp_path: Path, body: str, phrase: str) -> None:
    claims = [c for c in drafted(tmp_path, body).claims if c["statement"].startswith(phrase)]
    assert len(claims) == 1 and claims[0].get("unattributed") and claims[0].get("status") == "forecast", (
        claims
    )


def test_a_plan_or_a_statement_with_no_one_named_is_no_forecast_claim(tmp_path: Path) -> None:
    body = "The ship reached the break at dawn. Recovery work is set to continue on Monday morning."
    assert not [c for c in drafted(tmp_path, body).claims if "Recovery" in c["statement"]]
