"""Forms the first run of held-out round 76 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a court that
"ruled" a clause with no "that", a speech's last words after "concluded:", what a name gave as its
account "after claiming" it, a body's statement or spokesman named by the body's noun alone ("a
company statement"), and kinds: a medal or a trophy won, a company's subsidiary, a part of the
town "of the town's" name, a shop a thing is "sold at", a news agency's byline; and names: "and" inside a statute's name ("Seeds and Soils
Regulations"), a public service whose head is written in lower case ("the Kessel Prison service");
with the counter-cases the rules must not catch."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted, kinds

from generator.authoring.kinds import kind_of
from generator.authoring.names import find_names


def test_a_court_ruled_a_clause_with_no_that(tmp_path: Path) -> None:
    body = (
        "The Orla Tribunal ruled the harbour levy was unfair.\n\n"
        "The Kessel High Court ruled it was not a lawful tender.\n\n"
        "The Tarn Tribunal has now ruled there had been no breach of the rules."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "harbour levy was unfair") == ["Orla Tribunal"]
    assert claimants(result, "was not a lawful tender") == ["Kessel High Court"]
    assert claimants(result, "no breach of the rules") == ["Tarn Tribunal"]
    # a realm ruled is no finding
    result = drafted(tmp_path, "The old Orla king ruled the valley for forty years.")
    assert not [c for c in result.claims if "forty years" in c["statement"] and "claimants" in c]


def test_a_speech_concluded_with_a_quote(tmp_path: Path) -> None:
    body = (
        "Judge Ana Ruiz heard the case at length. And she concluded: “We are satisfied the contract was"
        " not lawfully awarded.”\n\n"
        "“There is no case to answer,” Bo Lund concluded."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "not lawfully awarded") == ["Ana Ruiz"]
    assert claimants(result, "no case to answer") == ["Bo Lund"]
    # what ends with no words after it is no one's
    result = drafted(tmp_path, "The talks in Orla concluded on Friday with no deal.")
    assert all("claimants" not in c for c in result.claims)


def test_what_a_name_gave_as_its_account_after_claiming_it(tmp_path: Path) -> None:
    body = (
        "Bo Lund, 34, was fined for speeding on the coast road after claiming he “forgot” the limit.\n\n"
        "Ana Ruiz was banned from the Tarn show after insisting that her dog had been provoked."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "the limit") == ["Bo Lund"]
    assert claimants(result, "her dog had been provoked") == ["Ana Ruiz"]
    # "claiming" something that is no clause claims nothing
    result = drafted(tmp_path, "Ana Ruiz stopped claiming benefits after she found a job in Orla.")
    assert all("claimants" not in c for c in result.claims)


def test_a_body_s_statement_or_spokesman_named_by_its_noun(tmp_path: Path) -> None:
    body = (
        "Kessco Group posted a profit of 20 million dollars for the year, its filing said.\n\n"
        "A company statement said the gains came mainly from higher prices for oats.\n\n"
        "Fees at the quay will rise by a tenth, the Orla Harbour Board said on Monday.\n\n"
        "A board spokeswoman said the quay would reopen in May."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "higher prices for oats") == ["Kessco Group"]
    assert claimants(result, "reopen in May") == ["Orla Harbour Board"]
    # a noun that names no body the text drafted is no one named
    result = drafted(tmp_path, "Kessco Group shut its mill.\n\nA police spokesman said the road was closed.")
    assert claimants(result, "the road was closed") == [None]


def test_a_medal_or_a_trophy_won_is_a_thing() -> None:
    assert kind_of("Kessel Medal", "she also won the ", " and was the top scorer.") == "object"
    assert kind_of("Orla Trophy", "they lifted the ", " last year.") == "object"
    # a body named for its medal is still a body
    assert kind_of("Kessel Medal Foundation", "she thanked the ", " for the grant.") == "organisation"


def test_a_subsidiary_named_by_one_word() -> None:
    assert kind_of("Kessco", "Products made by its ", " subsidiary added 9 million.") == "organisation"
    assert kind_of("Varcol", "profits at its ", " affiliate rose") == "organisation"
    # a known place's subsidiary is the place's
    assert kind_of("Ontario", "profits at its ", " subsidiary rose") == "place"


def test_a_part_of_the_town_and_a_shop_a_thing_is_sold_at() -> None:
    assert kind_of("Northfields", "Ana Ruiz, of the town’s ", ", appeared in court.") == "place"
    assert kind_of("Brightmart", "Hand creams sold at ", " that are unsafe were recalled.") == "organisation"
    assert (
        kind_of("Acmeco", "Phones available through ", " and its partners were recalled.") == "organisation"
    )
    # a market's place before its noun; a person is no part of a town
    assert kind_of("Northgate", "Jam sold at ", " market was recalled.") == "place"
    assert kind_of("Ana Ruiz", "a man of the town’s ", ", who spoke,") == "person"


def test_a_news_agency_s_byline(tmp_path: Path) -> None:
    body = "Port traffic doubled in May, the Orla Port Authority said."
    assert kinds(drafted(tmp_path, body, "By AFP"))["AFP"] == "media-outlet"
    assert kinds(drafted(tmp_path, body, "By Ana Ruiz"))["Ana Ruiz"] == "person"


def _names(sentence: str) -> list[tuple[str, str]]:
    return [(n.name, n.kind) for n in find_names([sentence])]


def test_and_inside_a_statute_s_name() -> None:
    sentence = "The cans break the Kessel Seeds and Soils Regulations, 2004, the Orla Food Agency said."
    assert ("Kessel Seeds and Soils Regulations", "object") in _names(sentence)
    # two names before a statute's head, a person's among them, are no one statute
    assert ("Ana Ruiz", "person") in _names("Ana Ruiz and Bo Lund Rules were posted in Orla.")


def test_a_public_service_its_head_in_lower_case() -> None:
    assert _names("He asked for a report from the Kessel Prison service after the hearing.") == [
        ("Kessel Prison service", "government-body")
    ]
    # a thing of the service's, or a service named by no field of a public one
    assert _names("The Tarn Police service station was closed on Monday.") == [
        ("Tarn Police", "government-body")
    ]
    assert ("Orla Bus", "organisation") in _names("Ana Ruiz used the Orla Bus service on Monday.")
