"""Forms the first run of held-out round 43 showed misread, written as invented sentences (none from
the benchmark's articles): a body's name with a lower-case word inside that its acronym in brackets
spells ("Food and Farming standards Board (FFB)"); a regulator that speaks as "the fisheries
watchdog" after what it says (", said the watchdog yesterday (4 May)", ", the watchdog clarified");
a law with its initials before "Act" and those initials alone; "the company says" after a company
and a body of state were named; a company named by the goods it makes ("Orla Paper Container"); a
station's call letters in a dateline ("Brenk (KXYZ 12) — "); a person "of the museum board of
trustees"; "museum board members say" (no body drafted is that board); a call by a person whose post
opens the sentence in lower case ("Board member Tom Reed urged ..."); a sum with its scale glued on
("£3million"); clubs named by one word in a report of transfers; a sum "received from Tarnvik for
Ana Ruiz"; a school's French name ("L'École ..."); an annex named after a queen; a publication told
"The ..." mid-sentence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.compounds import joined
from generator.authoring.drafting import draft, read_article
from generator.authoring.figures import find_numbers
from generator.authoring.kinds import kind_of
from generator.authoring.speakers import find_spoken
from generator.format.numbers import number_in_text


@pytest.mark.parametrize(
    ("sentence", "start", "whole"),
    [
        (
            "The Food and Farming standards Board (FFB) fined two dairies on Monday.",
            "Food",
            "Food and Farming standards Board",
        ),
        (
            "Ships are checked by the Rivers and Harbours safety Office (RHO) each spring.",
            "Rivers",
            "Rivers and Harbours safety Office",
        ),
        # initials that do not spell the words leave the name as the capitals run it
        (
            "The Food and Farming standards Board (KFA) fined two dairies on Monday.",
            "Food",
            "Food",
        ),
    ],
)
def test_an_acronym_spells_a_name_with_a_lower_case_word(sentence: str, start: str, whole: str) -> None:
    end = sentence.find(start) + len(start)
    assert joined(sentence, start, end)[0] == whole


_WATCHDOG = (
    "The Kessel Fisheries Authority (KFA) has closed the bay to trawlers.\n\n"
    "The nets were left in the water by Brenk Trawlers, said the fisheries watchdog yesterday (4 May).\n\n"
    "Only boats licensed by Brenk Trawlers are affected, the fisheries watchdog clarified.\n\n"
    "Skippers should bring their catch to Orla by Friday, the fisheries watchdog said.\n"
)


@pytest.mark.parametrize(
    "phrase",
    [
        "The nets were left in the water by Brenk Trawlers",
        "Only boats licensed by Brenk Trawlers are affected",
        "Skippers should bring their catch to Orla by Friday",
    ],
)
def test_a_regulator_spoken_of_as_the_watchdog(tmp_path: Path, phrase: str) -> None:
    result = drafted(tmp_path, _WATCHDOG)
    assert claimants(result, phrase) == ["Kessel Fisheries Authority"]


def test_clarified_reports_words_only_at_the_end_or_before_that() -> None:
    assert find_spoken("The minister clarified the rules on Monday.") == []
    assert [s.speaker for s in find_spoken("The ferry leaves at noon, the harbour board clarified.")] == [
        "the harbour board"
    ]


def test_a_law_with_its_initials_before_act_is_no_actor(tmp_path: Path) -> None:
    names = kinds(
        drafted(
            tmp_path,
            "The Safe Harbours and Moorings (SHMA) Act requires owners to give notice. Orla Marine Ltd "
            "filed its SHMA notice on Monday.",
        )
    )
    assert not {"Safe Harbours and Moorings", "SHMA"} & set(names), names
    assert names.get("Orla Marine Ltd") == "organisation", names


def test_the_company_is_no_body_of_state(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Orla Paper Container is closing its Brenk plant. The company told the Kessel Labour Commission "
        "of the plan in May. The company says it will pay staff for 60 days.",
    )
    names = kinds(result)
    assert names.get("Orla Paper Container") == "organisation", names
    assert claimants(result, "it will pay staff for 60 days") == ["Orla Paper Container"]


def test_a_company_named_by_what_it_makes_goods_in() -> None:
    assert kind_of("Tarns Tin Container", "", " is closing its plant.") == "organisation"
    assert kind_of("Brenk Packaging", "Boxes are made by ", ".") == "organisation"


def test_a_dateline_with_a_stations_call_letters(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(
        "Brenk (KXYZ 12) — KXYZ 12 News has learned that Orla Mills is cutting 40 jobs at its Brenk "
        "plant.\n\nThe mill opened in 1990.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.paragraphs[0].startswith("KXYZ 12 News has learned")
    result = draft(article, "report", "page.txt", dt.date(2099, 1, 1))
    assert kinds(result).get("KXYZ 12") == "media-outlet", kinds(result)


def test_a_person_of_a_board_named_in_lower_case(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The Orla Town Museum opened a new wing. Ana Ruiz of the museum board of trustees said the board "
        "set the fees last spring.",
    )
    assert claimants(result, "the board set the fees last spring") == ["Ana Ruiz"]


def test_the_board_of_a_named_body_speaks_unnamed(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The Orla Town Museum asked for $50,000. The museum's budget is up $5,000, which museum board "
        "members say is due mainly to higher wages.",
    )
    assert claimants(result, "due mainly to higher wages") == [None]


@pytest.mark.parametrize("post", ["Board member", "Council member", "Committee member"])
def test_a_call_by_a_person_whose_post_opens_the_sentence(tmp_path: Path, post: str) -> None:
    result = drafted(
        tmp_path, f"{post} Tom Reed urged the harbour board to consider raising the mooring fees."
    )
    assert claimants(result, "the harbour board to consider raising the mooring fees") == ["Tom Reed"]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        (
            "The striker left in a £3million move that could have risen to £3.25million.",
            [3_000_000, 3_250_000],
        ),
        ("The port sold its cranes for $2.5billion last year.", [2_500_000_000]),
        ("The fund paid out €1.75million in May.", [1_750_000]),
    ],
)
def test_a_sum_with_its_scale_glued_on(sentence: str, values: list[int]) -> None:
    found = [f.value for f in find_numbers(sentence)]
    for value in values:
        assert value in found, found


def test_clubs_named_by_one_word(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Tarnvik have completed the signing of Ana Ruiz from Brenkdale. She scored with a late strike "
        "against Orlham last week. Brenkdale chairman Tom Reed said the fee was a record. The fee beat "
        "the £1.5million received from Tarnvik for Bo Lind in 1998. Ruiz almost joined Tarnvik in 2019.",
    )
    names = kinds(result)
    for club in ("Tarnvik", "Brenkdale", "Orlham"):
        assert names.get(club) == "organisation", names
    assert names.get("Bo Lind") == "person", names
    assert "Tarnvik for Bo Lind" not in names


def test_a_body_for_a_cause_keeps_for(tmp_path: Path) -> None:
    names = kinds(drafted(tmp_path, "The letter was signed by Doctors for Clean Water on Monday."))
    assert "Clean Water" not in names, names


@pytest.mark.parametrize("name", ["L'École Marie Dubois", "Lycée Jean Moreau", "Collège Anne Roy"])
def test_a_schools_french_name(name: str) -> None:
    assert kind_of(name, "Pupils will move to ", " in the autumn.") == "organisation"


def test_an_annex_named_after_a_queen(tmp_path: Path) -> None:
    names = kinds(drafted(tmp_path, "Queen Mary Annex will close in June, the Orla school board said."))
    assert names.get("Queen Mary Annex") in {"place", "organisation"}, names
    assert "Mary Annex" not in names


def test_a_publication_told_with_its_capital_the(tmp_path: Path) -> None:
    names = kinds(drafted(tmp_path, "The recall is limited to two batches, a spokesperson told The Grocer."))
    assert names.get("Grocer") == "media-outlet", names


def test_a_spokesperson_with_the_body_still_speaks_for_it(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "A spokesperson with the Orla Harbour Authority said the ferry was late. The Kessel police have "
        "taken over the case, the spokesperson said.",
    )
    assert claimants(result, "have taken over the case") == ["Orla Harbour Authority"]


@pytest.mark.parametrize(("value", "text"), [(3_000_000, "a £3million move"), (2_500_000_000, "$2.5billion")])
def test_the_checker_reads_a_scale_glued_on(value: int, text: str) -> None:
    assert number_in_text(value, text)


@pytest.mark.parametrize(
    ("body", "phrase", "status"),
    [
        (
            "The Kessel Water Board also warned residents living near the weir to boil their water.",
            "to boil their water",
            "call",
        ),
        # what is to come, no one told to act: a forecast as before
        (
            "The Kessel Water Board warned that prices are likely to rise in May.",
            "prices are likely",
            "forecast",
        ),
        (
            "Farmers should move their herds to higher ground, the Kessel Water Board said.",
            "Farmers should move their herds",
            "call",
        ),
    ],
)
def test_a_warning_to_act_and_advice_to_a_trade_are_calls(
    tmp_path: Path, body: str, phrase: str, status: str
) -> None:
    result = drafted(tmp_path, body)
    claims = [c for c in result.claims if phrase.lower() in c["statement"].lower()]
    assert claims and claims[0].get("status") == status, claims
