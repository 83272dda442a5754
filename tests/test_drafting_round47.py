"""Forms the first run of held-out round 47 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: "NAME, from the
BODY says" (the person speaks, the body is where they are from); a call as it goes on ("is advising
travellers to check", "are urging residents to"); a name with a capital inside ("NorFerry") that
opens a sentence beside its own site's address in lower case; a weekday shortened before a month
("Sat. Sept. 26"), which ends no sentence; "..., stating in her letter that"; "was notified by the
clerk that"; "NAME, CPA stated" (a credential, no speaker); a post of title words alone ("Deputy
Mayor stated"), no one named; "had stated in his letter, “...”" (where it was written is no part of
it); a quote in single marks nested in a quote in double marks, kept as written; a newsletter's
sign-up box inside the text ("... delivered to your inbox", "By providing your email address, you
agree to ... Terms and Conditions"), no part of the report; "the island nation's finance minister"
(a post of a place described, whose adjective speaks for no one); a subdivision the country list
names with its other language in brackets ("Wales"), and "the Republic of ..."; two known places
joined by "and" after "of" read as two; "An" capitalised after a word in lower case opens a name;
an operator named by the trains, buses or boats it runs ("Orla Trains North"); a station named for
its town with the word "station" alone after it ("outside Kessel Central station"); "the organisers
of the Kessel festival in Orla said" (the organisers, unnamed, not the festival's town); a town whose
name opens with "The" ("in The Dalles"); an event named before "festival" or "fair", run as a body;
one word after a post and its initials in brackets ("Chief Executive Officer (CEO) Lund"), a
person; who asks for an interview or a comment ("a request by the Orla Ledger for an interview"), an
outlet."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafted import claimants, drafted

from generator.authoring.articles import sentences
from generator.authoring.extraction import find_attributions
from generator.authoring.gazetteer import is_place
from generator.authoring.kinds import kind_of
from generator.authoring.names import find_names


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ana Ruiz, from the Kessel Ferry Users Group says the timetable is unfair.", "Ana Ruiz"),
        ("Bo Lund, of the Orla Tenants Union said the rents would rise.", "Bo Lund"),
        ("Li Wen, at the Tarn Institute for Roads, said the bridge was safe.", "Li Wen"),
    ],
    ids=["from-no-comma", "of-no-comma", "at-with-comma"],
)
def test_a_person_from_a_body_speaks_not_the_body(sentence: str, speaker: str) -> None:
    assert [said.speaker for said in find_attributions(sentence)] == [speaker]


def test_a_body_after_an_opening_place_still_speaks() -> None:
    said = find_attributions("In Kessel, the Harbour Board said the quay would close.")
    assert [s.speaker for s in said] == ["the Harbour Board"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Orla Water Board is advising residents to boil their tap water until Friday.",
        "The Orla Water Board is now urging residents to save water in the heat.",
        "The Orla Water Board was encouraging residents to report leaks on its hotline.",
    ],
    ids=["is-advising", "is-now-urging", "was-encouraging"],
)
def test_a_call_as_it_goes_on_is_the_callers_call(tmp_path: Path, sentence: str) -> None:
    result = drafted(tmp_path, sentence)
    calls = [c for c in result.claims if c.get("status") == "call"]
    assert [c["statement"][:20] for c in calls] == [sentence[:20]]
    assert claimants(result, "residents to") == ["Orla Water Board"]


def test_a_plain_progressive_is_no_call(tmp_path: Path) -> None:
    result = drafted(tmp_path, "The Orla Water Board is asking for bids to fix the main pipe.")
    assert not [c for c in result.claims if c.get("status") == "call"]


def test_a_name_with_a_capital_inside_opens_a_sentence_beside_its_site() -> None:
    names = find_names(
        [
            "NorFerry is adding two sailings a day, with times at www.norferry.example.com.",
            "The operator said the boats were full.",
        ]
    )
    assert [n.name for n in names] == ["NorFerry"]


def test_a_common_word_written_only_in_an_address_stays_common() -> None:
    # "Fares" opens a sentence; its lower case only in an address is no sign it is a name (no
    # capital inside it)
    names = find_names(["Fares will rise in May, as listed at www.kessel-rail.example.com/fares."])
    assert "Fares" not in [n.name for n in names]


def test_the_operator_named_by_its_noun_is_the_one_body_named(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "NorFerry is advising travellers to check its site at www.norferry.example.com for times. "
        "The ferry operator announced the cancellation of the evening sailing to Orla.",
    )
    assert claimants(result, "cancellation of the evening sailing") == ["NorFerry"]


def test_a_shortened_weekday_before_a_month_ends_no_sentence() -> None:
    text = "Ana Ruiz resigned on Sat. Sept. 26 by letter. The board met on Tues. Oct 13. It rained on Sat. Then it stopped."
    assert sentences(text) == [
        "Ana Ruiz resigned on Sat. Sept. 26 by letter.",
        "The board met on Tues. Oct 13.",
        "It rained on Sat.",
        "Then it stopped.",
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker", "said"),
    [
        (
            "Orla Coun. Ana Ruiz gave notice on Mon. Oct. 5 stating in her letter that she had moved away.",
            "Orla Coun. Ana Ruiz",
            "she had moved away",
        ),
        (
            "On Friday the mayor was notified by Town Clerk (TC) Bo Lund that the vote was void under the bylaw.",
            "Town Clerk (TC) Bo Lund",
            "the vote was void under the bylaw",
        ),
        (
            "Residents were told by the Kessel Water Board that the tap water was safe to drink.",
            "the Kessel Water Board",
            "the tap water was safe to drink",
        ),
        (
            "A letter to the Tarn Roads Office, Li Wen, CPA stated “The budget is spent for this year.”",
            "Li Wen",
            "“The budget is spent for this year.”",
        ),
    ],
    ids=["stating-in-her-letter", "notified-by-post-name", "told-by-body", "credential"],
)
def test_who_wrote_or_told_it_speaks(sentence: str, speaker: str, said: str) -> None:
    assert [(s.speaker, s.said) for s in find_attributions(sentence)] == [(speaker, said)]


def test_where_it_was_written_is_no_part_of_what_was_said() -> None:
    said = find_attributions("Bo Lund had stated in his letter, “The bridge is safe to cross for now.”")
    assert [(s.speaker, s.said.strip("“”.")) for s in said] == [
        ("Bo Lund", "The bridge is safe to cross for now")
    ]


def test_a_post_of_title_words_alone_names_no_one(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "In an email to the Orla council, Deputy Mayor stated “I believe the vote should stand as it was cast.”\n\n"
        "Mayor Ana Ruiz stated “The vote will be held again in the spring.”",
    )
    assert claimants(result, "should stand") == [None]
    assert claimants(result, "held again") == ["Ana Ruiz"]


def test_a_quote_in_single_marks_nested_in_a_quote_stays_as_written(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Bo Lund said, “Under the bylaw, ‘in person,’ we read as a meeting held in the hall itself.”\n\n"
        "‘We were scared of the water,’ said Ana Ruiz.",
    )
    statements = [c["statement"] for c in result.claims]
    assert any("‘in person,’" in s for s in statements), statements
    assert claimants(result, "We were scared") == ["Ana Ruiz"]


def test_a_newsletters_sign_up_box_is_no_part_of_the_report(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The Orla reservoir fell to a third of its level, the water board said.\n\n"
        "Get the week's top stories delivered to your inbox every Friday.\n\n"
        "Get daily Orla news\n\n"
        "By providing your email address, you agree to the Tarn Courier's Terms and Conditions and Privacy Policy.\n\n"
        "Crews began trucking water to the villages on Monday.",
    )
    names = [a["name"] for a in result.actors]
    assert not {"Terms", "Conditions", "Privacy Policy"} & set(names), names
    assert not [c for c in result.claims if "inbox" in c["statement"]]


@pytest.mark.parametrize(
    "speaker",
    ["the Caribbean island nation’s finance minister", "the Baltic country's farm minister"],
    ids=["island-nation", "country"],
)
def test_a_post_of_a_place_described_is_no_speech_of_the_place(tmp_path: Path, speaker: str) -> None:
    result = drafted(
        tmp_path, f"Grain stocks in Norland have fallen to a ten-year low, {speaker} said on Monday."
    )
    assert claimants(result, "ten-year low") == [None]


@pytest.mark.parametrize("name", ["Wales", "Republic of Ireland", "Republic of Chile"])
def test_places_the_country_list_writes_otherwise(name: str) -> None:
    assert is_place(name)


def test_two_known_places_joined_by_and_after_of_are_two() -> None:
    names = find_names(["The bank will close 40 branches in the Republic of Chile and Northern Peru by May."])
    assert [(n.name, n.kind) for n in names] == [("Republic of Chile", "place"), ("Northern Peru", "place")]


def test_a_body_with_and_after_of_stays_whole() -> None:
    names = find_names(["The Ministry of Fisheries and Rural Welfare said the quay would reopen."])
    assert [n.name for n in names] == ["Ministry of Fisheries and Rural Welfare"]


def test_an_capitalised_after_a_word_in_lower_case_opens_a_name() -> None:
    names = find_names(["The bank signed a deal with An Tairseach to run its counters in Kessel."])
    assert "An Tairseach" in [n.name for n in names]
    assert "An" not in [
        n.name.split()[0] for n in find_names(["An official in Kessel said the road was shut."])
    ]


@pytest.mark.parametrize("name", ["Orla Trains North", "Kessel Buses", "Tarn Ferries", "Brenk Trams"])
def test_an_operator_named_by_what_it_runs_is_a_company(name: str) -> None:
    assert kind_of(name, "fares on ", " services rose in May") == "organisation"


def test_a_station_named_for_its_town_is_a_place() -> None:
    assert kind_of("Kessel Central", "a protest outside ", " station, as fares rose") == "place"
    assert kind_of("Kessel Central", "a protest outside ", " station") == "place"


def test_a_stations_manager_is_no_station() -> None:
    assert kind_of("Ana Ruiz", "", " station manager said the line was shut") == "person"


@pytest.mark.parametrize(
    "sentence",
    [
        "Last week the organisers of the free Kesselpop festival in Orla said there would be no more editions.",
        "The residents of the Tarn estate near Kessel said the water had been brown for a week.",
    ],
    ids=["organisers-of-festival-in-town", "residents-of-estate"],
)
def test_people_of_an_event_or_a_place_speak_unnamed(tmp_path: Path, sentence: str) -> None:
    assert claimants(drafted(tmp_path, sentence), sentence.split(" said ")[1][:20]) == [None]


def test_a_town_whose_name_opens_with_the() -> None:
    names = find_names(["Two ferries were held in The Dalles after the storm."])
    assert [(n.name, n.kind) for n in names] == [("The Dalles", "place")]


def test_an_event_named_before_festival_is_a_body() -> None:
    assert kind_of("Kesselpop", "the organisers of the free ", " festival in Orla said") == "organisation"
    assert kind_of("Orla Rocks", "tickets for the ", " music festival sold out") == "organisation"


def test_one_word_after_a_post_and_its_initials_is_a_person() -> None:
    names = find_names(["The board was told by Chief Executive Officer (CEO) Lund that the pier was sold."])
    assert [(n.name, n.kind) for n in names if n.name == "Lund"] == [("Lund", "person")]


def test_who_asks_for_an_interview_is_an_outlet() -> None:
    names = find_names(["Ana Ruiz did not answer a request by the Orla Ledger for an interview on Friday."])
    assert [(n.name, n.kind) for n in names if "Ledger" in n.name] == [("Orla Ledger", "media-outlet")]
