"""Forms the first run of held-out round 56 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a vessel named with
its kind's letters ("Mv Osprey", "HMS Orla"), one who rides or keeps a boat ("Ana Ruiz, a ferry commuter"), a
volcano's caldera, an ombudsman's title, a police station named by its level; the whole a part is
"out of", metres after a fall, the ordinal of a try, a span in words with no hyphen ("a six hour
wait"), a time away with its possessive ("five minutes' walk"); a crossing or a site named in lower
case after its name ("the Orla footbridge", "the Kessel underground mine"), a department's portfolios
of two words listed, a name after them, a dateline of a town and its province before a dash, a post's
"Office" after its possessive, a lead's first words in capitals, a body named short by its last
words; a plan for "last Friday"; a name, then a post at a body with no comma before "said", a
subject that is none of the bodies it acts on, one who asked not to be named, "lamented", an officer
named by a place's word, "it" in a clause of time after its body, a body named whole, "the
executive" after a body's initials."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.extraction import find_attributions
from generator.authoring.figures import find_numbers
from generator.authoring.ordinals import find_ordinal_figures


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Only the Mv Osprey and the Mv Tern Star crossed the bay on Monday.", "Mv Osprey"),
        ("The MV Sea Lark left the harbour at noon.", "MV Sea Lark"),
        ("Crowds watched as HMS Orla docked at Tarnby for repairs.", "HMS Orla"),
    ],
    ids=["mixed-case", "capitals", "navy"],
)
def test_a_vessel_named_with_its_kind_s_letters(tmp_path: Path, body: str, name: str) -> None:
    assert kinds(drafted(tmp_path, body)).get(name) == "object"


@pytest.mark.parametrize(
    "body",
    [
        "Ana Ruiz, a ferry commuter, said the timetable had changed.",
        "Ana Ruiz, a boat owner, said the slipway was closed.",
    ],
    ids=["commuter", "owner"],
)
def test_one_who_uses_a_vessel_is_a_person(tmp_path: Path, body: str) -> None:
    assert kinds(drafted(tmp_path, body)).get("Ana Ruiz") == "person"


def test_a_caldera_is_a_place(tmp_path: Path) -> None:
    body = "Steam rose from the Orla Caldera and the crater lake on Monday."
    assert kinds(drafted(tmp_path, body)).get("Orla Caldera") == "place"


def test_an_ombudsman_s_title_before_a_name(tmp_path: Path) -> None:
    body = "The decision was signed by Ombudsman Ana Maria Ruiz on Monday."
    found = kinds(drafted(tmp_path, body))
    assert found.get("Ana Maria Ruiz") == "person", found


@pytest.mark.parametrize(
    "body",
    [
        "Two patrols from the District Police Station closed the road.",
        "The Tarnby City Police Station sent two patrols.",
    ],
    ids=["district", "city"],
)
def test_a_police_station_named_by_its_level_is_a_body(tmp_path: Path, body: str) -> None:
    assert "government-body" in kinds(drafted(tmp_path, body)).values()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Only two buses out of nine were running on Monday.", {(2, "buses"), (9, "buses")}),
        ("Just 4 stalls out of 12 opened after the storm.", {(4, "stalls"), (12, "stalls")}),
    ],
    ids=["words", "digits"],
)
def test_the_whole_a_part_is_out_of(sentence: str, expected: set[tuple[int, str]]) -> None:
    found = {(figure.value, figure.counts) for figure in find_numbers(sentence)}
    assert expected <= found, found


def test_a_mark_out_of_ten_names_its_own_noun() -> None:
    found = [(f.value, f.counts) for f in find_numbers("Two judges out of 10 voters agreed.")]
    assert (10, "judges") not in found


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The roofer fell at least 2.5m to the floor.", 2.5),
        ("A climber dropped 3.5m onto a ledge.", 3.5),
        ("The van plunged about 12m into the ravine.", 12),
    ],
    ids=["fell", "dropped", "plunged"],
)
def test_metres_after_a_fall(sentence: str, value: float) -> None:
    found = [(f.value, f.counts) for f in find_ordinal_figures(sentence)]
    assert (value, "metres fallen") in found


def test_millions_after_a_fall_in_price_stay_money() -> None:
    assert not [f for f in find_ordinal_figures("Sales fell $2.5m last year.") if f.counts == "metres fallen"]


@pytest.mark.parametrize(
    ("sentence", "value", "what"),
    [
        ("On the sixth lap, the leader’s tyre burst.", 6, "laps"),
        ("The crane lifted the beam at its third attempt.", 3, "attempts"),
        ("She cleared the bar on her 4th jump.", 4, "jumps"),
    ],
    ids=["lap", "attempt", "jump"],
)
def test_the_ordinal_of_a_try_counts_the_tries(sentence: str, value: int, what: str) -> None:
    assert [(int(o.value), o.counts) for o in find_ordinal_figures(sentence)] == [(value, what)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The plane landed on the first attempt.",
        "The pilot tried twice before landing on the third attempt.",
    ],
    ids=["first", "counted-before"],
)
def test_a_try_s_ordinal_that_counts_nothing_new(sentence: str) -> None:
    assert list(find_ordinal_figures(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("A six hour wait at the clinic costs nothing.", 6),
        ("They booked a two day course in the spring.", 2),
    ],
    ids=["hour", "day"],
)
def test_a_span_in_words_with_no_hyphen(sentence: str, value: int) -> None:
    assert value in [f.value for f in find_numbers(sentence)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The depot is just five minutes' walk away.", 5),
        ("The farm lies two hours’ drive from the coast.", 2),
    ],
    ids=["straight", "curly"],
)
def test_a_time_away_with_its_possessive(sentence: str, value: int) -> None:
    assert value in [f.value for f in find_numbers(sentence)]


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Walkers were told to use the Orla footbridge when ships pass.", "Orla footbridge", "place"),
        ("Swimmers crossed the narrow Tarn channel at dawn.", "Tarn channel", "place"),
        ("Rescuers reached the Kessel underground mine by noon.", "Kessel underground mine", "place"),
        ("Trucks left the Brenk open-pit mine at dawn.", "Brenk open-pit mine", "place"),
    ],
    ids=["footbridge", "channel", "underground", "open-pit"],
)
def test_a_site_named_in_lower_case_after_its_name(tmp_path: Path, body: str, name: str, kind: str) -> None:
    result = drafted(tmp_path, body)
    names = {
        alias.lower(): actor["kind"]
        for actor in result.actors
        for alias in [actor["name"].removeprefix("the "), *actor.get("aliases", [])]
    }
    assert names.get(name.lower()) == kind, names


def test_a_broadcaster_s_channel_is_no_waterway(tmp_path: Path) -> None:
    found = kinds(drafted(tmp_path, "The match was shown on the Kessel TV channel."))
    assert "Kessel TV channel" not in found


@pytest.mark.parametrize(
    ("body", "body_name", "person"),
    [
        (
            "Safety Director at the Department of Roads, Water Supply and Safety Ana Ruiz said the bridge "
            "would reopen.",
            "Department of Roads, Water Supply and Safety",
            "Ana Ruiz",
        ),
        (
            "The Ministry of Parks, Sport and Rural Affairs said grants would rise.",
            "Ministry of Parks, Sport and Rural Affairs",
            None,
        ),
    ],
    ids=["name-after", "two-words-last"],
)
def test_a_department_s_portfolios_of_two_words(
    tmp_path: Path, body: str, body_name: str, person: str | None
) -> None:
    result = drafted(tmp_path, body)
    found = kinds(result)
    assert found.get(body_name) == "government-body", found
    if person:
        assert found.get(person) == "person", found
        assert claimants(result, "bridge would reopen") == [person]


def test_a_town_and_its_province_before_a_dash(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Tarnby, Orla – Crews began clearing the river bank on Monday.",
        "By Ana Ruiz",
    )
    found = kinds(result)
    assert found.get("Tarnby") == "place", found
    assert found.get("Orla") == "place", found


@pytest.mark.parametrize(
    "body",
    [
        "Letters piled up at the chairman’s Office on Friday.",
        "Visitors queued outside the governor's Office all week.",
    ],
    ids=["chairman", "governor"],
)
def test_a_post_s_office_after_its_possessive_is_no_name(tmp_path: Path, body: str) -> None:
    assert "Office" not in kinds(drafted(tmp_path, body))


def test_a_lead_s_first_words_in_capitals(tmp_path: Path) -> None:
    body = (
        "THE KESSEL Rowing Club will sell its boathouse after it revealed it owes its bank $300,000."
        "\n\nThe club was founded in 1890."
    )
    result = drafted(tmp_path, body)
    found = kinds(result)
    assert found.get("Kessel Rowing Club") == "organisation", found
    assert not {"THE KESSEL", "The Kessel", "Rowing Club"} & set(found), found
    assert claimants(result, "owes its bank") == ["Kessel Rowing Club"]


def test_a_body_named_short_by_its_last_words(tmp_path: Path) -> None:
    body = (
        "Dialysis trips cost families 40 euros a month, according to the Orla Kidney Society.\n\n"
        "The Kidney Society says the buses run too rarely.\n\n"
        "The Society found that one clinic in three has no lift."
    )
    result = drafted(tmp_path, body)
    assert set(kinds(result)) == {"Orla Kidney Society"}, kinds(result)
    assert claimants(result, "run too rarely") == ["Orla Kidney Society"]
    assert claimants(result, "has no lift") == ["Orla Kidney Society"]


def test_two_bodies_ending_alike_keep_the_short_name_apart(tmp_path: Path) -> None:
    body = "The Orla Rowing Union and the Tarn Rowing Union met. The Rowing Union then spoke."
    assert "Rowing Union" in kinds(drafted(tmp_path, body))


def test_a_plan_for_last_friday_is_past(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The crew was supposed to open the bridge last Friday but the rain stopped work.",
        "Published Jan 9, 2018 10:00 pm",
    )
    assert [str(e["date"]) for e in result.events] == ["2018-01-05"]


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        (
            'Ana Ruiz, Head of Parks and Play at the Kessel Trust said: "Children are walking further to '
            'a playground."',
            "walking further",
        ),
        (
            "Ana Ruiz, director of sport and leisure at the Orla Council said: “The pool opens in May.”",
            "pool opens",
        ),
    ],
    ids=["capitals", "lower-case"],
)
def test_a_name_then_a_post_at_a_body_with_no_comma(tmp_path: Path, body: str, phrase: str) -> None:
    result = drafted(tmp_path, body)
    assert claimants(result, phrase) == ["Ana Ruiz"]
    assert "Head of Parks and Play" not in kinds(result)


def test_the_subject_is_none_of_the_bodies_it_acts_on(tmp_path: Path) -> None:
    body = (
        "Children walk too far to play, according to the Kessel Trust.\n\n"
        "The charity is calling on the Orla Council to open two playgrounds."
    )
    assert claimants(drafted(tmp_path, body), "open two playgrounds") == ["Kessel Trust"]


@pytest.mark.parametrize(
    "sentence",
    [
        "“The road stays shut,” said a police officer who requested anonymity.",
        "“The gate stays shut,” said a guard who asked not to be named.",
    ],
    ids=["anonymity", "not-named"],
)
def test_one_who_asked_not_to_be_named(sentence: str) -> None:
    said = find_attributions(sentence)
    assert [s.speaker for s in said] in (["a police officer"], ["a guard"]), said


def test_one_who_asked_not_to_be_named_speaks_unnamed(tmp_path: Path) -> None:
    body = (
        "Ana Ruiz said the road would reopen.\n\n"
        "“The road stays shut,” said a police officer who requested anonymity."
    )
    assert claimants(drafted(tmp_path, body), "road stays shut") == [None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“Nobody came to fix the pump,” lamented Ruiz.", "Ruiz"),
        ("“Nobody told us,” complained Bo Lund.", "Bo Lund"),
    ],
    ids=["lamented", "complained"],
)
def test_a_verb_of_grievance_inverted(sentence: str, speaker: str) -> None:
    assert [s.speaker for s in find_attributions(sentence)] == [speaker]


def test_an_officer_named_by_a_place_s_word(tmp_path: Path) -> None:
    body = (
        "Kessel district engineer Ana B. Ruiz and her crew inspected the dam.\n\n"
        "As of Monday, the Kessel engineer said her crew were waiting for parts."
    )
    assert claimants(drafted(tmp_path, body), "waiting for parts") == ["Ana B. Ruiz"]


def test_a_body_named_whole_is_that_body(tmp_path: Path) -> None:
    body = (
        "The Orla Rowing Players' Association met on Monday.\n\n"
        "The Orla Rowing Federation has refused to buy the boats, saying the price was too high."
    )
    assert claimants(drafted(tmp_path, body), "price was too high") == ["Orla Rowing Federation"]


def test_the_executive_after_a_body_s_initials(tmp_path: Path) -> None:
    body = (
        "The KHE has agreed to review the Orla bus timetable with the Tarn Riders Society.\n\n"
        "The executive says the buses are paid for by fares."
    )
    assert claimants(drafted(tmp_path, body), "paid for by fares") == ["KHE"]
