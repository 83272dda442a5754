"""Forms the first run of held-out round 82 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: "Local" as a name's
first word mid-sentence ("the Local Roads Board said"); a rank in capitals set off after a name ("Ana
Ruiz, KRA District Roads Inspector, said:"); a quote going on in a paragraph whose opening mark was
left out; "he added" after a sentence that only named others; a party's mark in brackets after a
speaker ("Cllr Jo Hart (Lab) argued"); a speaker set off inside a clause that goes on ("The problem
was made worse, he said, by stray dogs"); what those who "were told" heard; a glued "m" before what
it counts in millions ("3.1m tonnes"); plurals with no "s" ("three deer") and a count after "and" in
a place after "a" ("two in a barn"); "concluded “...”"; "Police in Orla, Kessel, say"; names joined by
"and District" or by "en"; the kinds of quarries' and builders' companies, navies, vessels with their
role before them and coasts "off" which ships lie; a body's own committee after its possessive and a
press service; "When questioned he said" after "She said"."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted, kinds

from generator.authoring.figures import find_numbers


def test_local_opening_a_name_mid_sentence(tmp_path: Path) -> None:
    body = (
        "Rents rose by a fifth, the Local Tenants Reporting Unit said. Although the Local Plan is old,"
        " the homes were built. The Local Roads Association said fees would rise."
    )
    result = drafted(tmp_path, body)
    found = kinds(result)
    for name in ("Local Tenants Reporting Unit", "Local Plan", "Local Roads Association"):
        assert name in found, name
    assert claimants(result, "Rents rose by a fifth") == ["Local Tenants Reporting Unit"]
    # an adjective opening a sentence, before people or before a name
    found = kinds(drafted(tmp_path, "Local residents said it was loud. Local Kessel FM reported a fire."))
    assert not any(name.startswith("Local") for name in found), found


def test_a_rank_in_capitals_set_off_after_a_name(tmp_path: Path) -> None:
    body = (
        "Ana Ruiz, KRA District Roads Inspector, said: “Every driver must slow down near the school.”\n\n"
        "Tom Reed, Chief Engineer, said: “The old bridge will stay shut until the spring.”"
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "Every driver must slow down") == ["Ana Ruiz"]
    assert claimants(result, "The old bridge will stay shut") == ["Tom Reed"]
    # a body's name set off by commas speaks for itself
    result = drafted(tmp_path, "The port, Kessel Harbour Board, said the quay would open in the spring.")
    assert claimants(result, "the quay would open") == ["Kessel Harbour Board"]


def test_a_quote_going_on_in_a_paragraph_with_no_opening_mark(tmp_path: Path) -> None:
    body = (
        "Ana Ruiz, the roads director, said: “Every driver must slow down near the school.\n\n"
        "These limits protect pupils on their way to class. They also keep lorries off the lane.”\n\n"
        "“The roads office will act against any driver who speeds.”"
    )
    result = drafted(tmp_path, body)
    for phrase in ("These limits protect pupils", "They also keep lorries", "The roads office will act"):
        assert claimants(result, phrase) == ["Ana Ruiz"], phrase
    # a paragraph with no mark after a quote left open is the writer's own
    body = (
        "Tom Reed, the mayor, said: “The bridge will reopen in May after the repairs.\n\n"
        "The council voted to close the depot on Friday after a long debate."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "The council voted to close the depot") == [None]


def test_added_after_a_sentence_naming_others_only(tmp_path: Path) -> None:
    body = (
        "Councillor Tom Reed said the library's opening hours were too short for workers.\n\n"
        "At his request, the board voted to ask Minister Sam Wood to fund a second librarian.\n\n"
        "“I think the readers of this town deserve far better,” he added."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "the readers of this town deserve") == ["Tom Reed"]
    # the one the sentence before opens with, doing something, goes on
    body = (
        "Jo Hart said the bridge over the river was old and needed repairs.\n\n"
        "Sam Wood, the mayor, shook his head at the meeting.\n\n"
        "“It is not as old as she thinks,” he added."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "It is not as old") == ["Sam Wood"]


def test_a_partys_mark_in_brackets_after_a_speakers_name(tmp_path: Path) -> None:
    body = (
        "Town Cllr Jo Hart (Lab) argued the bus cuts would be ‘cruel’ for the estate and claimed the"
        " operator was hiding its profits from riders.\n\n"
        "Senator Sam Wood (D-Ore.) said the bill would cut the cost of ferry tickets."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "the bus cuts would be ‘cruel’ for the estate") == ["Jo Hart"]
    assert set(claimants(result, "the operator was hiding its profits")) == {"Jo Hart"}
    assert claimants(result, "the bill would cut the cost") == ["Sam Wood"]
    # a body's initials in brackets stay with its name
    result = drafted(tmp_path, "The Kessel Food Agency (KFA) said the smoked fish was safe to eat.")
    assert claimants(result, "the smoked fish was safe") == ["Kessel Food Agency"]


def test_a_speaker_set_off_inside_a_clause_that_goes_on(tmp_path: Path) -> None:
    body = (
        "Ana Ruiz said the gallery had been busy on every day of the summer.\n\n"
        "Her aim, she said, is to open the gallery on Sundays through the winter.\n\n"
        "The delay to the new wing was made worse, she said, by a strike at the port but this had since"
        " ended."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "Her aim, she said, is to open the gallery") == ["Ana Ruiz"]
    assert claimants(result, "was made worse, she said, by a strike at the port") == ["Ana Ruiz"]
    # a speaker set off before "but" and a clause of its own: the words before it, as before
    body = (
        "Tom Reed said the thefts had gone on for a year.\n\n"
        "Some of the thefts were never reported, he said, but police plan to charge the man."
    )
    statements = [c["statement"] for c in drafted(tmp_path, body).claims]
    assert "Some of the thefts were never reported" in statements, statements


def test_a_glued_m_before_what_it_counts_in_millions() -> None:
    found = [(f.value, f.counts) for f in find_numbers("The port handled 3.1m tonnes of grain last year.")]
    assert found == [(3100000, "tonnes")]
    assert [f.value for f in find_numbers("The port handled 1.4m passengers last year.")] == [1400000]
    # a length in metres
    assert [f.value for f in find_numbers("The sea wall is 2.5m high.")] == [2.5]
    assert [f.value for f in find_numbers("She ran the 400m hurdles in Orla.")] == []


def test_plurals_with_no_s_and_a_count_elsewhere_after_a() -> None:
    found = [
        (f.value, f.counts) for f in find_numbers("Rangers counted three deer in a wood and two in a meadow.")
    ]
    assert found == [(3, "deer"), (2, "deer")]
    assert [f.value for f in find_numbers("The ranch sold 40 cattle and two bison.")] == [40, 2]
    # "in a" before what is no place: no figure of the list
    assert [f.value for f in find_numbers("Ten pupils passed and two in a while.")] == [10]


def test_what_those_told_heard_is_said_by_no_one_named(tmp_path: Path) -> None:
    body = (
        "Members of the school board were told the roof repairs would be quick and cheap, but one parent"
        " said the roof had leaked for years.\n\n"
        "Tom Reed was told the ferry would sail on time despite the storm."
    )
    result = drafted(tmp_path, body)
    statements = [c["statement"] for c in result.claims]
    assert "The roof repairs would be quick and cheap" in statements, statements
    assert claimants(result, "The roof repairs would be quick and cheap") == [None]
    assert claimants(result, "the roof had leaked for years") == [None]
    assert claimants(result, "the ferry would sail on time") == [None]
    # told to do something: an order, no words heard
    result = drafted(tmp_path, "The crew were told to leave the ship before dawn on Friday.")
    assert not any(c["statement"].startswith("To leave") for c in result.claims)


def test_a_group_of_a_town_with_its_region_set_off(tmp_path: Path) -> None:
    body = (
        "Orla police arrested a man on Friday after a long search of the hills.\n\n"
        "Police in Orla, Kessel, north of Tarnby, say the man had been armed with a knife."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "the man had been armed with a knife") == ["Orla police"]
    assert "Kessel" not in [name for name in claimants(result, "the man had been armed")]
    # a named group of a town and no region: the same police
    result = drafted(
        tmp_path, body.replace("Police in Orla, Kessel, north of Tarnby, say", "Police in Orla say")
    )
    assert claimants(result, "the man had been armed with a knife") == ["Orla police"]


def test_a_quote_after_concluded(tmp_path: Path) -> None:
    body = (
        "Fire Chief Ana Ruiz posted about the blaze and concluded “Never leave a barbecue alone, not even"
        " for a minute.”\n\n"
        "Tom Reed concluded that the old mill could not be saved after the fire."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "Never leave a barbecue alone") == ["Ana Ruiz"]
    assert claimants(result, "the old mill could not be saved") == ["Tom Reed"]
    # a meeting or talks that end say nothing
    result = drafted(tmp_path, "The talks between the ferry firm and the union concluded on Friday evening.")
    assert all("claimants" not in c for c in result.claims)


def test_sites_builders_fleets_and_coasts_off_which_ships_lie(tmp_path: Path) -> None:
    body = (
        "The walkers met at Kessel Rock Quarry, in Orla, before the climb.\n\n"
        "Tarnby Homes will build a care centre by the marina next spring.\n\n"
        "The regatta was watched by the Orla Navy’s Harbour Patrol Vessel HMS Tarnside within the"
        " six mile limit off Orla Head."
    )
    found = kinds(drafted(tmp_path, body))
    assert found["Kessel Rock Quarry"] == "organisation"
    assert found["Tarnby Homes"] == "organisation"
    assert found["Orla Navy"] == "government-body"
    assert found["Harbour Patrol Vessel HMS Tarnside"] == "object"
    assert found["Orla Head"] == "place"
    # a verb's "off" before whom it is done to; a company named for a ship
    body = (
        "The council paid off Tom Reed with a cheque.\n\n"
        "The Kessel Ship Company said the boat was old and would be sold."
    )
    found = kinds(drafted(tmp_path, body))
    assert found["Tom Reed"] == "person"
    assert found["Kessel Ship Company"] == "organisation"


def test_a_bodys_own_committee_and_a_press_service(tmp_path: Path) -> None:
    body = (
        "Stone can be cut at the quarry after the decision by West Kessel Council's strategic planning"
        " committee.\n\n"
        "Rents rose by a fifth, the Local Tenants Reporting Service said."
    )
    found = kinds(drafted(tmp_path, body))
    assert found["West Kessel Council"] == "government-body"
    assert not [name for name in found if "committee" in name or name == "Kessel Council"], found
    assert found["Local Tenants Reporting Service"] == "media-outlet"
    # a place's institution in lower case; a state's service
    body = (
        "Orla's finance ministry said the budget was late. The Kessel Weather Service said rain would fall"
        " on Friday."
    )
    found = kinds(drafted(tmp_path, body))
    assert found["Orla"] == "place"
    assert found["Kessel Weather Service"] == "government-body"


def test_names_joined_by_and_district_or_by_en(tmp_path: Path) -> None:
    body = (
        "The plans were opposed by Brenk and District Parish Council and residents.\n\n"
        "The yacht L’Oiseau en Tarn won the race to Orla on Sunday."
    )
    found = kinds(drafted(tmp_path, body))
    assert found["Brenk and District Parish Council"] == "government-body"
    assert found["L’Oiseau en Tarn"] == "object"
    # "en route", and a district after "and" with no name's head
    body = "The crew were en route to Tarnby when the storm hit. Orla and Kessel were flooded."
    found = kinds(drafted(tmp_path, body))
    assert not [name for name in found if " en " in name or " and " in name], found


def test_he_after_a_participle_and_after_she_spoke(tmp_path: Path) -> None:
    body = (
        "Prosecuting, Ana Ruiz said officers searched the garage rented by Tom Reed after a tip-off in May.\n\n"
        "She said the defendant refused to open the boxes the officers found inside.\n\n"
        "When asked he said he had bought the tools at a market in Tarnby."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "He had bought the tools at a market") == ["Tom Reed"]
    assert claimants(result, "The defendant refused to open the boxes") == ["Ana Ruiz"]
    # "she" again after she spoke: the same one goes on
    body = (
        "Ana Ruiz said the ferry to Tarnby had been late all week.\n\n"
        "She said the timetable would change in May.\n\n"
        "When asked, she said the fares would stay the same."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "the fares would stay the same") == ["Ana Ruiz"]


def test_a_street_after_its_house_numbers_with_no_type(tmp_path: Path) -> None:
    body = (
        "The new café opened behind 4-10 Orchardleigh where the old bakery had stood.\n\n"
        "The fire started at 12 Larkspur on Friday night."
    )
    found = kinds(drafted(tmp_path, body))
    assert found["Orchardleigh"] == "place"
    assert found["Larkspur"] == "place"
    # a unit after a number, capitalised; a number inside a name
    found = kinds(drafted(tmp_path, "The water boiled at 100 Celsius. The team scored at 90 Minutes."))
    assert not found, found
    found = kinds(drafted(tmp_path, "Grants went to the Tarn of 9 Arts District and others."))
    assert "Arts District" not in found, found
