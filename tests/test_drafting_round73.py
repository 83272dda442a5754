"""Forms the first run of held-out round 73 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a line of its own
that only says who speaks ("Ana Ruiz said:") over the words spoken, a person then named by her first
name alone though a place bears it ("Victoria added:"), a council named after its isle or its region
("Isle of Tarn Council"), and a firm named before a post in its trade ("Acme account director")."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted, kinds

from generator.authoring.kinds import kind_of


def test_a_line_that_only_says_who_speaks_over_the_quote(tmp_path: Path) -> None:
    body = (
        "Kessel Rail director Ana Ruiz said:\n\n"
        "“Some of the trains may run late this month in Orla. We are sorry to everyone who waited.”"
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "may run late this month") == ["Ana Ruiz"]
    # straight marks, and a quote running on into a paragraph of its own
    body = (
        "The harbour master Ana Ruiz said:\n\n"
        '"The new ferry is one of the finest boats the island has had.\n\n'
        '"It will sail twice a day from the first week of June."'
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "one of the finest boats") == ["Ana Ruiz"]
    assert claimants(result, "sail twice a day") == ["Ana Ruiz"]


def test_a_line_that_only_says_who_speaks_is_joined_to_a_quote_only(tmp_path: Path) -> None:
    body = (
        "Ana Ruiz said:\n\n- the ferry runs twice a day\n- the fare is unchanged\n\n"
        "The ferry began its new timetable on Monday morning with a full deck of cars."
    )
    result = drafted(tmp_path, body)
    assert not [c for c in result.claims if "new timetable" in c["statement"] and "claimants" in c]
    # a line ending in a colon that says no one speaks is left alone
    body = "The rules are these:\n\n“Keep left” is painted on every lane of the new road to Orla."
    result = drafted(tmp_path, body)
    assert all("rules are these" not in c["statement"] for c in result.claims)


def test_a_person_then_named_by_a_first_name_a_place_bears(tmp_path: Path) -> None:
    body = (
        "Kessel Rail director Victoria Ruiz said:\n\n“Some of the trains may run late this month in Orla.”\n\n"
        "Victoria added:\n\n“The rest of the lines will reopen by Friday, when the new signals are in.”"
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "rest of the lines") == ["Victoria Ruiz"]
    assert "Victoria" not in kinds(result)
    # the place named in a sentence of its own stays a place
    body = "The crews drove on to Victoria to mend the bridge over the river on Friday morning."
    assert kinds(drafted(tmp_path, body)).get("Victoria") != "person"


def test_a_council_named_after_its_isle_or_region() -> None:
    assert kind_of("Isle of Tarn Council", "a contract with ", ".") == "government-body"
    assert kind_of("Region of Orla Council", "a contract with ", ".") == "government-body"
    # the isle itself, and a firm named after it, are not the council
    assert kind_of("Isle of Tarn", "the ferry to the ", ".") == "place"
    assert kind_of("Isle of Tarn Ferries", "a contract with ", ".") != "government-body"


def test_a_firm_named_before_a_post_in_its_trade(tmp_path: Path) -> None:
    body = "The trains came late this month, Velmora account director Ana Ruiz said on Friday."
    assert kinds(drafted(tmp_path, body)).get("Velmora") == "organisation"
    body = "Parcels came late all week, Velmora sales manager Ana Ruiz said on Friday."
    assert kinds(drafted(tmp_path, body)).get("Velmora") == "organisation"
    # a place's mayor names no firm
    body = "The roads came to a halt this week, Orla mayor Ana Ruiz said on Friday."
    assert kinds(drafted(tmp_path, body)).get("Orla") != "organisation"


def test_a_landing_named_before_its_noun_is_a_place(tmp_path: Path) -> None:
    body = "The ferry company said its Tane Roa wharf, finished in March, was busy every day of the week."
    assert kinds(drafted(tmp_path, body)).get("Tane Roa") == "place"
    assert kind_of("Orla Bell", "the ferry left ", " jetty at noon") == "place"
    # a person named before another noun stays a person
    assert kind_of("Orla Bell", "the ferry left ", " behind at noon") != "place"


def test_a_port_named_with_its_chief_executive_is_the_company_that_runs_it(tmp_path: Path) -> None:
    body = (
        "Kessel Port has answered critics of its new crane this month in the harbour.\n\n"
        "Kessel Port chief executive Ana Ruiz said the crane worked as planned."
    )
    assert kinds(drafted(tmp_path, body)).get("Kessel Port") == "organisation"
    # a port named only as a place stays one
    body = "The ship docked at Kessel Port on Friday after a long crossing of the northern sea."
    assert kinds(drafted(tmp_path, body)).get("Kessel Port") == "place"
