"""Forms the first run of held-out round 79 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: what follows
"saying" after an act ("defended the closure, saying ...", "told the Orla Post of her exit, saying
that ..."); ", he continued." after words with no quote; a circumstance of the saying and a reason
after the verb ("said in a report, because ..."); a name and a bare post before the body it is held
for ("Bo Lund, site manager for Kessco said:") or after its body's name ("Jo Hart, Tarn Mills' chief
buyer, said"); "and" inside a scheme's or an area health body's name
and in a seat's named for two places ("the Tarnby and Wold constituency"); a state's transport
department by its letters, a party "in opposition", the country a former post was held in, a paper
a report is sourced to ("according to the Tarn Echo"); a byline with its weekday, the day before the
month and the page's last update; a unit in brackets after a figure; a dateline's town before its
country and the day."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted, kinds

from generator.authoring.figures import find_numbers
from generator.authoring.kinds import kind_of
from generator.authoring.names import find_names


def test_what_follows_saying_after_an_act(tmp_path: Path) -> None:
    body = (
        "Traders were angry. But managers at the mill defended the closure, saying it was needed to"
        " keep the firm afloat.\n\n"
        "Ana Ruiz, who was dropped from the Orla Party last year, told the Kessel Times of her exit,"
        " saying that the past two years had been very hard.\n\n"
        "Tom Bell, who chairs the board, told reporters about the plan, saying the fee would rise."
    )
    result = drafted(tmp_path, body)
    statements = [c["statement"] for c in result.claims]
    assert "It was needed to keep the firm afloat" in statements
    assert claimants(result, "It was needed to keep the firm afloat") == [None]
    assert "The past two years had been very hard" in statements
    assert claimants(result, "The past two years had been very hard") == ["Ana Ruiz"]
    assert "The fee would rise" in statements
    assert claimants(result, "The fee would rise") == ["Tom Bell"]
    # no saying after the act: nothing is said
    result = drafted(tmp_path, "But managers at the mill closed the gates in May.")
    assert not [c for c in result.claims if c.get("claimants")]


def test_he_continued_after_words_with_no_quote(tmp_path: Path) -> None:
    body = (
        "Jo Hart, who runs the harbour, said the lake was deep in places.\n\n"
        "Some 40 boats are moored in the bay each night, she continued.\n\n"
        "Bo Lund said the pier was safe. The ferry runs twice a day, Lund went on."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "Some 40 boats are moored in the bay each night") == ["Jo Hart"]
    assert claimants(result, "The ferry runs twice a day") == ["Bo Lund"]
    # a thing that went on, or one who went on doing something, says nothing
    result = drafted(tmp_path, "The rain continued.\n\nAfter the break, she continued to work on the boat.")
    assert not [c for c in result.claims if c.get("claimants")]


def test_a_circumstance_of_the_saying_then_a_reason(tmp_path: Path) -> None:
    body = (
        'The town moved the pool to make it "quicker and cheaper" for swimmers to reach, assistant'
        " planner Ana Ruiz said in a report, because children were running across busy Kessel Road.\n\n"
        "The gates will shut at six, Bo Lund said on Monday, as the nights draw in over Orla."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "The town moved the pool") == ["Ana Ruiz"]
    assert claimants(result, "The gates will shut at six") == ["Bo Lund"]
    # "that" after the circumstance: what was said follows it
    result = drafted(tmp_path, "Ana Ruiz said in a report that the pool, because of its age, will close.")
    assert claimants(result, "the pool, because of its age, will close") == ["Ana Ruiz"]


def test_a_name_and_a_bare_post_before_the_body_it_is_held_for(tmp_path: Path) -> None:
    body = (
        'In a statement Bo Lund, site manager for Kessco at Orla said: "We have tried hard to keep the'
        ' plant open."\n\n'
        "Ana Ruiz, head of sales for Tarn Mills said the price would rise."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "We have tried hard") == ["Bo Lund"]
    assert claimants(result, "The price would rise") == ["Ana Ruiz"]
    # one unnamed, speaking for the body, and no post after the name: not the one named before
    body = "A spokesperson for the Orla Board said the pool would shut."
    assert claimants(drafted(tmp_path, body), "The pool would shut") == ["Orla Board"]


def test_a_post_after_its_body_s_name_and_owner_s_mark(tmp_path: Path) -> None:
    body = (
        "Bo Lund, Orla and Kessel PCT's head of planning, said in a memo to the board last month"
        " that the east yard had been picked for the depot.\n\n"
        "Jo Hart, Tarn Mills' chief buyer, said the price would rise."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "the east yard had been picked") == ["Bo Lund"]
    assert claimants(result, "The price would rise") == ["Jo Hart"]
    # a place and the part of it set off after it: no one's post
    result = drafted(tmp_path, "In Orla, Kessel's main square, traders said the fee was too high.")
    assert claimants(result, "The fee was too high") == [None]


def _names(sentence: str) -> list[tuple[str, str]]:
    return [(n.name, n.kind) for n in find_names([sentence])]


def test_and_inside_a_scheme_s_or_an_area_body_s_name() -> None:
    assert ("Independent Appeals and Conduct Scheme", "organisation") in _names(
        "Ana Ruiz said she was denied a fair hearing by the Independent Appeals and Conduct Scheme."
    )
    assert ("Kessel and Orla PCT", "organisation") in _names(
        "Bo Lund, the head of planning at Kessel and Orla PCT, said the clinic would open in May."
    )
    assert ("Health and Safety Executive", "organisation") in _names(
        "The Health and Safety Executive said the site was closed."
    )
    # a person and a body's name after "and" stay two
    found = _names("Ana Ruiz and Orla Water Scheme staff met on Monday.")
    assert ("Ana Ruiz", "person") in found


def test_the_two_places_a_seat_or_a_ward_is_named_for() -> None:
    assert ("Tarnby and Wold", "place") in _names(
        "Tom Bell, who represents the Tarnby and Wold constituency, said the vote was close."
    )
    assert ("Kessel and Orla", "place") in _names("Voters in Kessel and Orla ward backed the plan.")
    # a name of two words before "and" is no seat's
    assert not [n for n, _ in _names("Ana Ruiz and Bo Lund constituency staff met.") if " and " in n]


def test_kinds_of_a_state_s_transport_department_and_a_party_in_opposition() -> None:
    assert kind_of("KxDOT", "The board will ask ", " for a grant.") == "government-body"
    assert kind_of("ORDOT", "", " said the road was shut.") == "government-body"
    assert kind_of("Opposition Kessel", "", "'s campaign head Jo Hart said.") == "organisation"
    assert kind_of("Opposition Leader", "", " Jo Hart said.") == "person"


def test_the_country_a_former_post_was_held_in(tmp_path: Path) -> None:
    result = drafted(tmp_path, "Former Norway coach Jo Hart and Ana Ruiz have both left the club.")
    assert kinds(result).get("Norway") == "place"
    assert kinds(result).get("Jo Hart") == "person"


def test_a_byline_with_the_weekday_the_day_first_and_the_last_update(tmp_path: Path) -> None:
    body = "A new pool at Orla is to open its doors in the first week of July, the council announced today."
    result = drafted(tmp_path, body, "Ana Ruiz Friday, 3 June 2011, 09:14 Last update: about 3 years ago")
    dates = [str(e["date"]) for e in result.events]
    assert "2011-07" in dates
    assert "2011-06-03" in dates
    assert not [n for n in result.numbers if n["value"] == 3]


def test_a_unit_in_brackets_after_a_figure() -> None:
    found = [
        (n.value, n.counts)
        for n in find_numbers("“We will have 90,000 (kilometres) on them by then,” he said.")
    ]
    assert found == [(90000, "kilometres")]
    # a number word or an unplural word in brackets is no unit
    assert not list(find_numbers("Sales were 500 (estimated) in May."))


def test_a_paper_a_report_is_sourced_to() -> None:
    assert kind_of("Tarn Echo", "Sales fell by half, according to the ", ".") == "media-outlet"
    assert kind_of("Orla Sentinel", "The mill shut, according to the ", ".") == "media-outlet"
    # a post, or a list kept: no paper
    assert kind_of("Orla Council Leader", "The fee rose, according to the ", ".") != "media-outlet"
    assert kind_of("Kessel Record", "The fee rose, according to the ", ".") != "media-outlet"


def test_a_dateline_s_town_before_its_country_and_the_day(tmp_path: Path) -> None:
    body = "Tarnwick, Spain, June 3--Traders have reacted with anger to the news that the market will close."
    assert kinds(drafted(tmp_path, body)).get("Tarnwick") == "place"
    body = "Tarnwick, Norway, 4 June -- Traders have reacted with anger to the news."
    assert kinds(drafted(tmp_path, body)).get("Tarnwick") == "place"
    # no known place after the word, or no day: nothing read
    body = "Meanwhile, Kessel, May 28 was the day the market closed."
    assert "Meanwhile" not in kinds(drafted(tmp_path, body))
