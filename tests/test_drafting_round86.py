"""Forms the first run of held-out round 86 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a quote's speaker
after it with the present of a verb of owning up ("“...,” admits Ana Ruiz from near Orla.",
"concedes Bo Lund"); the speaker after what is said, then where they are from ("..., says grower Bo
Lund from near Orla.", "said Tom Berg from the Kessel Water Board"); a dash typed as two hyphens right after a name ("near
Kessel Vale--the place where"), which ends the name; what someone assured others of ("assured
residents that ..."), and a subject of a few words after an article, a clause of its own, then "and"
and the verb ("A group of parents proposed the plan and has assured the school that ..."); a quantifier after
the subject ("Kessel Bakery shops and stalls inside Orla Market both reported"), no word of a name; a town in capitals opening the text, then a colon
set apart by a space ("KESSEL VALE : Growers ..."); a magistrates' court named by its bench ("pleaded
guilty at Kessel Magistrates")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from drafted import claimants, drafted, kinds

from generator.authoring.drafting import draft, read_article


def test_a_quotes_speaker_after_it_who_admits_or_concedes(tmp_path: Path) -> None:
    body = (
        "“We are behind on the harvest,” admits Ana Ruiz from near Tarnby. “Half the field is still to"
        " lift.”\n\n"
        "“The ferry is late again,” concedes Bo Lund of Orla Ferries.\n\n"
        "“It was a mistake,” admitted Tom Berg."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "behind on the harvest") == ["Ana Ruiz"]
    assert claimants(result, "Half the field is still to lift") == ["Ana Ruiz"]
    assert claimants(result, "The ferry is late again") == ["Bo Lund"]
    assert claimants(result, "It was a mistake") == ["Tom Berg"]
    # straight quotes, as some pages paste them
    body = '"We are struggling," admits Ana Ruiz. "The rain has not stopped."'
    result = drafted(tmp_path, body)
    assert claimants(result, "We are struggling") == ["Ana Ruiz"]
    assert claimants(result, "The rain has not stopped") == ["Ana Ruiz"]
    # a plea to charges admitted is no statement
    body = "Kessel Mills admits two charges of polluting the river, the court heard."
    assert not [
        c for c in drafted(tmp_path, body).claims if c.get("claimants") and "charges" in c["statement"]
    ]


def test_a_speaker_after_what_is_said_then_where_they_are_from(tmp_path: Path) -> None:
    body = (
        "In Tarnby some orchards have already been lost, says grower Ana Ruiz from near Kessel. She has"
        " 12 rows left but all of them are on high ground, she adds.\n\n"
        "The pier was closed for a week, says Bo Lund from Orla.\n\n"
        "Two pumps had failed, said Tom Berg from the Kessel Water Board."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "some orchards have already been lost") == ["Ana Ruiz"]
    assert claimants(result, "all of them are on high ground") == ["Ana Ruiz"]
    assert claimants(result, "The pier was closed") == ["Bo Lund"]
    assert claimants(result, "Two pumps had failed") == ["Tom Berg"]
    found = kinds(result)
    assert found.get("Kessel") == "place" and found.get("Orla") == "place", found
    # a body's name before a post in lower case, as before
    body = "Two pumps had failed, said Kessel Water spokesman Tom Berg."
    assert claimants(drafted(tmp_path, body), "Two pumps had failed") == ["Tom Berg"]


def test_a_dash_typed_as_two_hyphens_ends_a_name(tmp_path: Path) -> None:
    body = (
        "Her bakery overlooks the canal near Kessel Vale--the place where the flood began.\n\n"
        "The road to Orla Bay--a long one--was shut, Bo Lund said."
    )
    found = kinds(drafted(tmp_path, body))
    assert "Kessel Vale" in found and "Orla Bay" in found, found
    assert not [name for name in found if "--" in name], found
    # a hyphen inside a name, as before
    body = "Mary-Ann Lund-Berg of Kessel-Orla Rail said the line would close."
    found = kinds(drafted(tmp_path, body))
    assert "Mary-Ann Lund-Berg" in found and "Kessel-Orla Rail" in found, found


def test_what_someone_assured_others_of(tmp_path: Path) -> None:
    body = (
        "Kessel Mills assured residents that the river would be cleaned by May.\n\n"
        "Mayor Ana Ruiz assured the council on Monday that the pool would reopen."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "the river would be cleaned by May") == ["Kessel Mills"]
    assert not [c for c in result.claims if c["statement"].lower().startswith("residents that")]
    assert claimants(result, "the pool would reopen") == ["Ana Ruiz"]


def test_a_subject_of_a_few_words_then_a_clause_and_the_verb(tmp_path: Path) -> None:
    body = (
        "Tarnby's pool has been shut since June.\n\n"
        "A group of parents proposed the plan and has assured the school that it would raise the money"
        " needed.\n\n"
        "Some growers planted late and warned that the orchards would yield little."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "it would raise the money needed") == [None]
    assert claimants(result, "the orchards would yield little") == [None]
    assert "Some" not in kinds(result)


def test_a_quantifier_after_the_subject_is_no_word_of_a_name(tmp_path: Path) -> None:
    body = (
        "Kessel Bakery shops and stalls inside Orla Market both reported having enough flour in stock.\n\n"
        "Ana Ruiz and Bo Lund both said the ferry was late.\n\n"
        "Tarnby bakers all said the price of rye had doubled."
    )
    result = drafted(tmp_path, body)
    found = kinds(result)
    assert not [name for name in found if name.endswith((" both", " all", " each"))], found
    assert claimants(result, "the ferry was late") == ["Bo Lund"]


def test_a_town_in_capitals_then_a_colon_set_apart(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "KESSEL VALE : Growers facing big harvests have been told to sell to the marketing board.\n\n"
        "Bo Lund, who heads the board, said prices had fallen by a third.\n",
        encoding="utf-8",
    )
    result = draft(read_article(path), "report", "report.txt", dt.date(2099, 1, 1))
    found = kinds(result)
    assert found.get("Kessel Vale") == "place", found
    assert "KESSEL VALE" not in found, found


def test_a_magistrates_court_named_by_its_bench(tmp_path: Path) -> None:
    body = "Ana Ruiz, who runs the bakery, pleaded guilty at Kessel Magistrates to two counts of breaching hygiene rules."
    assert kinds(drafted(tmp_path, body)).get("Kessel Magistrates") == "government-body"
    # a body of magistrates, by its own head word
    body = "The Orla Magistrates Association said the rules were clear."
    assert kinds(drafted(tmp_path, body)).get("Orla Magistrates Association") == "organisation"
