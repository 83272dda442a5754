"""Forms the first run of held-out round 83 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a speaker named
before two posts joined by "and", or a post held "at" a body, with no comma before the verb
("Bo Lund, chair and chief executive of Orla Foods said:"); a company named by "Systems" and by its
first word after ("Orlan Pump Systems", then "Orlan"), and a one-word name after what company it is
("pump maker Orlan"), which a later "in Orlan" does not make a place; the kinds of site a body keeps
joined by "and" before its head ("Orla Lake and River Authority"); a month after the report's
that is still to come, at the end of a subject before "will" ("Parking in June will cost more") or
after "Starting" opening the sentence ("Starting July 1, drivers will pay"); a body described by where
it is based and what it joins ("the Tarnby-based federation of fruit growers said"), or by the noun
of a body of members ("the federation said"); a hope held before the clause hoped ("Ruiz hopes the
pool gets more swimmers"; not "hopes to reopen", "hopes for rain"); two sides named by their plural
nicknames before their game ("the Hawks and Tigers cup final"); a range whose ends are written with
thousands' commas ("7,000-8,000 tonnes"); a body clipped to its short name after "the" ("the Kess
said" after "the Kesselton Ballet"); a group capitalised only to open a quote ('added: “Childcare
workers catch ...”'); a ferry named for the two ports it runs between ("the Cape Orla-Tarn Ferry"); two
shares of one value, each of its own whole ("40 per cent of city buses", then "40 per cent of rural
buses")."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted, kinds

from generator.authoring.figures import find_numbers


def test_a_speaker_before_two_posts_or_a_post_at_a_body(tmp_path: Path) -> None:
    body = (
        "Ana Ruiz, chair and chief executive of Orla Foods said: “The bakery will shut in June.”\n\n"
        "Bo Lund, owner and head chef at the Tarn Grill said the kitchen would reopen in May.\n\n"
        "Jo Hart, head gardener at Kessel Park said the lawns were dry."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "The bakery will shut in June") == ["Ana Ruiz"]
    assert claimants(result, "the kitchen would reopen") == ["Bo Lund"]
    assert claimants(result, "the lawns were dry") == ["Jo Hart"]
    # the body itself, when no one named holds a post of it
    body = (
        "A spokesman for Tarn Grill said the kitchen would reopen.\n\nOrla Foods said the plant would stay."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "the kitchen would reopen") == ["Tarn Grill"]
    assert claimants(result, "the plant would stay") == ["Orla Foods"]


def test_a_company_named_by_systems_or_by_what_it_is(tmp_path: Path) -> None:
    body = (
        "Pump maker Orlan cut its forecast on Monday.\n\n"
        "The firm said its order book was thin.\n\n"
        "Ana Ruiz, chair and chief executive of Orlan Pump Systems said: “Our staff come first in"
        " Orlan.”"
    )
    result = drafted(tmp_path, body)
    found = kinds(result)
    assert found["Orlan Pump Systems"] == "organisation"
    assert "Orlan" not in found  # one company, by its first word
    assert claimants(result, "its order book was thin") == ["Orlan Pump Systems"]
    found = kinds(drafted(tmp_path, "Kessel Health Systems runs four clinics in the valley."))
    assert found["Kessel Health Systems"] == "organisation"
    # a place after a trade in lower case that is no company's noun, and a supply chain's place
    body = "Bo Lund moved to the farming town Tarnby last year. Grain from the supply chain Kesselby rose."
    found = kinds(drafted(tmp_path, body))
    assert found["Tarnby"] == "place"


def test_the_kinds_of_site_a_body_keeps_joined_by_and(tmp_path: Path) -> None:
    body = (
        "Boat fees will rise as the Orla Lake and River Authority said costs were up. The Kessel Bridge"
        " and Tunnel Commission said lanes would close."
    )
    result = drafted(tmp_path, body)
    found = kinds(result)
    assert found["Orla Lake and River Authority"] == "government-body"
    assert found["Kessel Bridge and Tunnel Commission"] == "government-body"
    assert claimants(result, "costs were up") == ["Orla Lake and River Authority"]
    # a river, then a body named for another place: two names
    found = kinds(drafted(tmp_path, "Floods hit the Orla River and Kessel Water Authority staff were sent."))
    assert "Orla River and Kessel Water Authority" not in found
    assert found["Orla River"] == "place"


def _dates(tmp_path: Path, body: str) -> dict[str, str]:
    """Each drafted event's date by the first words of its title."""
    result = drafted(tmp_path, body, "May 23, 2031")
    return {event["title"][:24]: event["date"] for event in result.events}


def test_a_month_after_the_report_that_is_still_to_come(tmp_path: Path) -> None:
    body = (
        "Parking at the Tarn Pier in June will cost more, the council said.\n\n"
        "Starting July 1, drivers will pay a fee. Effective August 3, the fee will double. A vote in"
        " September is expected to settle it."
    )
    dates = sorted(_dates(tmp_path, body).values())
    assert dates == ["2031-06", "2031-07-01", "2031-08-03", "2031-09"]
    # a month after the report's, with a verb in the past: the year before
    body = "Rain in July was heavy. Starting in August, sales fell. The fair in September drew crowds."
    dates = sorted(_dates(tmp_path, body).values())
    assert dates == ["2030-07", "2030-08", "2030-09"]


def test_a_body_described_by_where_it_is_based_and_what_it_joins(tmp_path: Path) -> None:
    body = (
        "Exports rose 9 percent, the Orla Fruit Growers Federation said on Monday.\n\n"
        "Pears from the north sold best, the Tarnby-based federation of fruit growers said."
        " Prices fell, the federation said."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "Pears from the north sold best") == ["Orla Fruit Growers Federation"]
    assert claimants(result, "Prices fell") == ["Orla Fruit Growers Federation"]
    assert [c["statement"] for c in result.claims if "Pears" in c["statement"]] == [
        "Pears from the north sold best"
    ]
    found = kinds(result)
    assert found["Tarnby"] == "place"
    assert not any("based" in name for name in found)
    # one who speaks for the body, unnamed, is still the body's voice
    result = drafted(
        tmp_path, "The Kessel Rowing Club met. A spokesman for the Tarnby-based club said fees would rise."
    )
    assert claimants(result, "fees would rise") == ["Kessel Rowing Club"]


def test_a_hope_held_before_its_clause(tmp_path: Path) -> None:
    body = (
        "The pool opened in 1990, and Ana Ruiz has run the Orla Pool since 2001.\n\n"
        "Ruiz hopes the pool gets more swimmers next summer, when the new slide opens.\n\n"
        "Bo Lund, the coach, hoped it would rain."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "The pool gets more swimmers next summer") == ["Ana Ruiz"]
    assert claimants(result, "It would rain") == ["Bo Lund"]
    # a plan, a wish with no clause, the noun: nothing said
    body = "Ana Ruiz hopes to reopen the pool. Bo Lund hopes for rain. The hopes of the club rose."
    statements = [c["statement"] for c in drafted(tmp_path, body).claims]
    assert not any(s.startswith(("To reopen", "For rain", "Of the club")) for s in statements), statements


def test_two_sides_named_by_their_nicknames_before_their_game(tmp_path: Path) -> None:
    body = (
        "Tickets sold fast for the Hawks and Tigers cup final in Orla. Fans of the Kestrels v Otters"
        " match queued for hours."
    )
    found = kinds(drafted(tmp_path, body))
    for name in ("Hawks", "Tigers", "Kestrels", "Otters"):
        assert found[name] == "organisation", name
    # families named together before what is no game: not sides
    found = kinds(drafted(tmp_path, "The Smiths and Joneses family party was held in a barn."))
    assert found.get("Smiths") != "organisation"


def test_a_range_whose_ends_are_written_with_thousands_commas(tmp_path: Path) -> None:
    found = [
        (figure.value, figure.upper, figure.counts)
        for figure in find_numbers(
            "The firm expects orders of 7,000-8,000 tonnes and crowds of 70-80 people."
        )
    ]
    assert found == [(7000, 8000, "tonnes"), (70, 80, "people")]
    # one end with thousands' commas, the other with none: no range read
    assert (2000, 3) not in [(f.value, f.upper) for f in find_numbers("In 2,000-3 games, he scored.")]


def test_a_body_clipped_to_its_short_name(tmp_path: Path) -> None:
    body = (
        "The Kesselton Ballet sold more tickets this season.\n\n"
        "Bo Lund, a dancer, left in March after the Kess said a review found late payments. The"
        " Kess’s Friday shows sold out."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "A review found late payments") == ["Kesselton Ballet"]
    assert "Kess" not in kinds(result)
    # a place whose name opens a body's, not after "the": its own
    body = "The Kesselton Ballet sold more tickets. Crews went to Ken, near Kendalton Mills."
    assert kinds(drafted(tmp_path, body))["Ken"] == "place"


def test_a_group_capitalised_only_to_open_a_quote(tmp_path: Path) -> None:
    body = "Bo Lund, a doctor, added: “Childcare workers catch colds more often than others.”"
    found = kinds(drafted(tmp_path, body))
    assert "Childcare workers" not in found
    # a group whose word the text capitalises mid-sentence too: a name still
    body = "Pay at Orlan fell in May, and staff are angry.\n\nBo Lund said: “Orlan workers are tired.”"
    assert kinds(drafted(tmp_path, body))["Orlan workers"] == "group"


def test_a_ferry_named_for_the_two_ports_it_runs_between(tmp_path: Path) -> None:
    body = "Fares on the Cape Orla-Tarn Ferry will rise in June, the Kessel Port Authority said."
    assert kinds(drafted(tmp_path, body))["Cape Orla-Tarn Ferry"] == "organisation"
    # a town named "... Ferry", no route: no service
    body = "Homes in Kessel Ferry flooded on Monday, and crews in Orla Ferry were sent home."
    found = kinds(drafted(tmp_path, body))
    assert found.get("Kessel Ferry") != "organisation"


def test_two_shares_of_one_value_each_of_its_own_whole(tmp_path: Path) -> None:
    body = (
        "The operator aims to run 40 per cent of city buses on electric power.\n\n"
        "It also wants 40 per cent of rural buses to leave within a minute of the timetable."
    )
    values = [n["value"] for n in drafted(tmp_path, body).numbers]
    assert values.count(40) == 2
    # one share restated, its whole written once: one figure
    body = "Only 57 per cent of trams ran on time in May.\n\nThe report shows only 57 per cent ran on time."
    values = [n["value"] for n in drafted(tmp_path, body).numbers]
    assert values.count(57) == 1
    # the same share of the same whole twice: one figure
    body = "In May, 45 percent of voters backed the levy.\n\nIn all, 45 percent of voters backed it."
    values = [n["value"] for n in drafted(tmp_path, body).numbers]
    assert values.count(45) == 1
