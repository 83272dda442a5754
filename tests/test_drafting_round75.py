"""Forms the first run of held-out round 75 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a body's initials
of two letters, a managing director's and a cabinet secretary's title before a name and "the CS"
after it; "it was confirmed <when> that", a name and a post before a colon and a quote, the letters
of a seat in a parliament after a name, a post the lead names no one for, held by the person the
next sentence opens with; "one" beside another figure of the same thing; a body numbered after its
name, a council named for the places it merged, a local government's own committee; a quote closed
before its speaker with no comma; a body's figures and its report by its initials."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted, kinds

from generator.authoring.kinds import kind_of


def test_two_letters_that_spell_a_body_s_name(tmp_path: Path) -> None:
    body = (
        "Tarn Ferries has added a second boat on the lake.\n\n"
        "In a notice, TF said the boat will leave at 6 am each day."
    )
    result = drafted(tmp_path, body)
    assert "TF" not in kinds(result)
    assert claimants(result, "will leave at 6 am") == ["Tarn Ferries"]
    # two letters are no person's initials
    body = (
        "Tina Walsh, a lock keeper, opened the gates on the canal.\n\n"
        "In a notice, TW said the lock will open at 6 am each day."
    )
    assert claimants(drafted(tmp_path, body), "will open at 6 am") == ["TW"]


def test_a_managing_director_and_a_cabinet_secretary_before_a_name(tmp_path: Path) -> None:
    body = (
        "Orla Ferries Managing Director Ana Ruiz said the boats are full every weekend.\n\n"
        "Health CS Bo Lund said the clinics were meant to open in May.\n\n"
        '"We have agreed on two measures with the unions," the CS stated.\n\n'
        '"The second is that no clinic will close," he added.'
    )
    result = drafted(tmp_path, body)
    names = kinds(result)
    assert names["Ana Ruiz"] == "person" and names["Bo Lund"] == "person"
    assert "Orla Ferries Managing" not in names and "CS" not in names
    assert claimants(result, "two measures") == ["Bo Lund"]
    assert claimants(result, "no clinic will close") == ["Bo Lund"]
    # "the CS" with no one titled so is no one's to guess
    body = 'Bo Lund, a nurse, said the clinics were full.\n\n"We have agreed on two measures," the CS stated.'
    assert claimants(drafted(tmp_path, body), "two measures") != ["Bo Lund"]


def test_it_was_confirmed_at_a_time_that(tmp_path: Path) -> None:
    body = (
        "It was confirmed earlier this month that none of the agencies had objections to the bridge,"
        " with the town council pointing to the need for a new road.\n\n"
        "It was announced on Monday that the ferry had been sold to a buyer in Tarn."
    )
    result = drafted(tmp_path, body)
    statements = [c["statement"] for c in result.claims]
    assert "None of the agencies had objections to the bridge" in statements
    assert "The ferry had been sold to a buyer in Tarn" in statements
    assert claimants(result, "had objections") == [None]
    # a phrase after "with" that is no one's doing stays with what was reported
    body = "It was reported last week that the ferry had been sold, with a buyer from Tarn named in the deal."
    statements = [c["statement"] for c in drafted(tmp_path, body).claims]
    assert "The ferry had been sold, with a buyer from Tarn named in the deal" in statements


def test_a_name_and_a_post_before_a_colon_and_a_quote(tmp_path: Path) -> None:
    body = (
        "Ana Ruiz OBE, chair of the Kessel Trust: “Every one of us knows how hard the winter was."
        " We need a full crew.”\n\n"
        "Bo Lund, head of the Orla Mills union: “We will not sign this deal.”"
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "full crew") == ["Ana Ruiz"]
    assert claimants(result, "not sign this deal") == ["Bo Lund"]
    # a body set off with what it is speaks only through a verb
    body = "The Orla Mills union, the largest in town: “We will not sign this deal.”"
    result = drafted(tmp_path, body)
    assert all("Orla Mills" not in str(c.get("claimants")) for c in result.claims)


def test_the_letters_of_a_seat_after_a_name(tmp_path: Path) -> None:
    body = (
        "Ana Ruiz, a baker, welcomed the deal.\n\n"
        "“I and my counterpart, Bo Lund TD, pressed the board for more,” she said.\n\n"
        "The bill was tabled by Li Wen MS on Tuesday."
    )
    names = kinds(drafted(tmp_path, body))
    assert names["Bo Lund"] == "person" and names["Li Wen"] == "person"
    assert "Bo Lund TD" not in names and "Li Wen MS" not in names


def test_a_post_the_lead_names_no_one_for(tmp_path: Path) -> None:
    body = (
        "A pact signed in Orla which will lower the price of bread is a fine result for bakers,"
        " Kessel's Trade Minister has said.\n\n"
        "Ana Ruiz acknowledged that the talks had not delivered all she wanted."
    )
    assert claimants(drafted(tmp_path, body), "fine result") == ["Ana Ruiz"]
    # a post held by the one named with it before is theirs, whoever the next sentence names
    body = (
        "Trade Minister Bo Lund met the bakers on Monday.\n\n"
        "A pact signed in Orla is a fine result for bakers, the Trade Minister has said.\n\n"
        "Ana Ruiz, a baker, said the talks were long."
    )
    assert claimants(drafted(tmp_path, body), "fine result") == ["Bo Lund"]
    # a post with no one named after it stays no one's guess
    body = "A pact signed in Orla is a fine result for bakers, the Trade Minister has said.\n\nThe talks were long."
    assert claimants(drafted(tmp_path, body), "fine result") != ["Ana Ruiz"]


def test_one_beside_another_figure_of_the_same_thing(tmp_path: Path) -> None:
    body = (
        "Six letters and one petition were sent to the board.\n\n"
        "The Green party will win one and keep three seats, while the Blue party won one seat.\n\n"
        "The final vote was five to one.\n\n"
        "A tank holds less than one litre, in a one square mile area."
    )
    values = sorted(n["value"] for n in drafted(tmp_path, body).numbers)
    assert values.count(1) == 6 and 6 in values and 3 in values and 5 in values
    # "one" that counts nothing: a point in time, "one of", "one and only"
    body = "At one point the crowd left, and one of them said so.\n\nShe has one and only one goal in mind."
    assert [n["value"] for n in drafted(tmp_path, body).numbers] == []


def test_a_body_numbered_after_its_name(tmp_path: Path) -> None:
    body = (
        "Orla Fire District No. 4, in the person of Ana Ruiz, came to the board on Tuesday.\n\n"
        "The district has $9,000 on hand, and Kessel Lodge No. 12 gave $500."
    )
    result = drafted(tmp_path, body)
    names = kinds(result)
    assert names["Orla Fire District No. 4"] == "government-body"
    assert names["Kessel Lodge No. 12"] == "organisation"
    assert "Orla Fire District" not in names
    assert sorted(n["value"] for n in result.numbers) == [500, 9000]


def test_a_council_named_for_the_places_it_merged(tmp_path: Path) -> None:
    body = "A plan by Orla, Tarn and Kessel Council to sell land in Holt was put to a vote on Monday."
    names = kinds(drafted(tmp_path, body))
    assert names["Orla, Tarn and Kessel Council"] == "government-body"
    # three places listed are no council's name
    body = "Bakers in Orla, Tarn and Holt said the price of flour rose by a third this year."
    names = kinds(drafted(tmp_path, body))
    assert "Orla, Tarn and Holt" not in names


def test_a_panel_of_a_local_government() -> None:
    assert (
        kind_of("Licensing Committee", "Today, the local authority’s ", " is due to meet.")
        == "government-body"
    )
    assert kind_of("Finance Board", "The county's ", " met.") == "government-body"
    # a club's committee is no state's
    assert kind_of("Finance Committee", "The club’s ", " met.") == "organisation"


def test_a_quote_then_its_speaker_with_no_comma(tmp_path: Path) -> None:
    body = "A plan by Orla Council to sell land in Holt is meant to make a “quick buck” a local politician has claimed."
    statements = [c["statement"] for c in drafted(tmp_path, body).claims]
    assert any(s.endswith("a “quick buck”") for s in statements), statements


def test_a_body_s_figures_and_its_report_by_its_initials(tmp_path: Path) -> None:
    body = (
        "The Kessel Nursing Association (KNA) met in Orla on Monday.\n\n"
        "There are 300 vacancies in Tarn, figures published by the Kessel College of Nursing (KCN) Orla"
        " have stated.\n\n"
        "KCN Orla called for more pay for the staff.\n\n"
        "Furthermore, the KNA report said that nurses work 3,000 extra hours a week."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "300 vacancies") == ["KCN Orla"]
    assert claimants(result, "extra hours") == ["Kessel Nursing Association"]
    assert "KNA report" not in kinds(result)
    # initials before a noun of no document nor body are no body's words
    body = "The Kessel Nursing Association (KNA) met.\n\nThe KNA car park said nothing of the staff at all."
    assert "Kessel Nursing Association" not in claimants(drafted(tmp_path, body), "nothing of the staff")
