"""Forms the first run of held-out round 87 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a figure with a
thousands comma inside the description set off after a speaker's name ("Ana Ruiz, head of the
1,200-member union, said ..."), which ends no description; an age set off after "aged" ("Bo Lund,
aged 61, said"); a glued "m" before people counted by what they are to a service ("1.3m patients",
"2.4m pupils"), millions, not metres; a call
no verb of saying reports: "asked that the vote be put off", "asked to delay the vote", "put forward a
notice of motion asking the board to ...", "tabled a petition calling for ...", after a time set off
("On May 4, councillor Bo Lund ..."); some of a body's members who call ("Sixteen members of the
Kessel Growers Union urged ..."), the body's call; a call in the participle's clause after the
subject's act ("... marched to the town hall, calling on the board to ..."); and no speaker in a
relative pronoun or a phrase's noun ("the report that suggested ...", "whatever reports are due"); a
department of state named in lower case ("the department of harbours and ports states that ..."),
each one its own body, and one named by a word ("the survey department") where the text writes its
departments so; what is said after "states that" and a clause of cause ("that as a result of the
drought, ..."); a quote, then the writing that reads it ("“Keep off the grass,” reads the sign at
the gate"), its writer unnamed; complaints or concerns dismissed ("He dismissed the frequent
complaints by riders ...", "brushed aside concerns about"), a view; a threat of people no one names
("Other rowing clubs threatened to block the bridge"), a forecast no one's; a given name an editor added in brackets before a family name ("director (Bo)
Lund"), no actor of its own."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted, kinds

from generator.authoring.figures import find_numbers


def test_a_thousands_comma_inside_a_description_set_off(tmp_path: Path) -> None:
    body = (
        "Ana Ruiz, chair of the 1,200-member growers union, said the frost had come early.\n\n"
        "Bo Lund, the head of the 20,000-strong rowing league, said the regatta would go ahead.\n\n"
        "Kessel Mills, which employs 3,400 people in the valley, said the plant was safe."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "the frost had come early") == ["Ana Ruiz"]
    assert claimants(result, "the regatta would go ahead") == ["Bo Lund"]
    assert claimants(result, "the plant was safe") == ["Kessel Mills"]


def test_an_age_set_off_after_aged(tmp_path: Path) -> None:
    found = find_numbers("Bo Lund, aged 61, said the ferry would sail on time.")
    assert [(f.value, f.counts) for f in found] == [(61, "years of age")]
    found = find_numbers("The skipper (aged 47) was rescued by the Orla lifeboat crew.")
    assert [(f.value, f.counts) for f in found] == [(47, "years of age")]
    # a range of ages is read as before, its upper end kept
    found = find_numbers("Pupils in Tarnby, aged 6 to 18, sat the test.")
    assert [(f.value, f.upper) for f in found] == [(6, 18)]


def test_a_glued_m_before_people_a_service_counts(tmp_path: Path) -> None:
    found = find_numbers("Kessel Health said 2.4m patients had waited more than a year.")
    assert [(f.value, f.counts) for f in found] == [(2400000, "patients")]
    found = find_numbers("Nearly 1.1m pupils sat the exam in Orla.")
    assert [f.value for f in found] == [1100000]
    # a length in metres before what it measures stays metres
    found = find_numbers("A 2m fence went up around the Tarnby pier.")
    assert [f.value for f in found] == [2]


def test_a_call_no_verb_of_saying_reports(tmp_path: Path) -> None:
    body = (
        "On May 4, councillor Bo Lund put forward a notice of motion asking the board to review its"
        " decision on the harbour report that suggested doubling the mooring fees.\n\n"
        "He also asked that the vote on the fees be put off until June.\n\n"
        "Ana Ruiz also asked to delay the vote so staff could finish whatever reports are needed.\n\n"
        "The Tarnby Rowing Club tabled a petition calling for a new boathouse.\n\n"
        "Cy Dahl was asked to chair the meeting."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "asking the board to review its decision") == ["Bo Lund"]
    assert claimants(result, "the vote on the fees be put off") == ["Bo Lund"]
    assert claimants(result, "asked to delay the vote so staff") == ["Ana Ruiz"]
    assert claimants(result, "calling for a new boathouse") == ["Tarnby Rowing Club"]
    assert all(c.get("status") == "call" for c in result.claims if c.get("claimants"))
    # (no one's words in "the report that suggested", "whatever reports are needed")
    assert not any(
        c["statement"].lower().startswith(("suggested", "doubling", "are needed")) for c in result.claims
    )
    # asked by others to do it: no call of Cy Dahl's
    assert not any("Cy Dahl" in c["statement"] and c.get("claimants") for c in result.claims)


def test_some_members_call_and_a_call_after_the_act(tmp_path: Path) -> None:
    body = (
        "Sixteen members of the Kessel Growers Union urged the council to ban the spray.\n\n"
        "Forty members of the Orla Fishers Association marched to the town hall at 9.30am on Monday,"
        " calling on the board to reopen the pier.\n\n"
        "The Tarnby Ferry Company staged a meeting on the quay, demanding a new berth."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "urged the council to ban the spray") == ["Kessel Growers Union"]
    assert claimants(result, "calling on the board to reopen the pier") == ["Orla Fishers Association"]
    assert claimants(result, "demanding a new berth") == ["Tarnby Ferry Company"]
    assert all(c.get("status") == "call" for c in result.claims if c.get("claimants"))


def test_departments_named_in_lower_case(tmp_path: Path) -> None:
    body = (
        "The department of harbours and ports states that the main pier at Orla is closed.\n\n"
        "Meanwhile, the department of forest conservation states that as a result of the long dry spell"
        " in the hills, reports of grass fires are also being received.\n\n"
        "However, the survey department states that the new map of Tarnby is ready."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "the main pier at Orla is closed") == ["department of harbours and ports"]
    assert claimants(result, "reports of grass fires") == ["department of forest conservation"]
    assert claimants(result, "the new map of Tarnby is ready") == ["survey department"]
    assert kinds(result)["department of forest conservation"] == "government-body"
    # ("reports ... are also being received": no one who reports, no claim of its own)
    assert not any(c["statement"].startswith("Meanwhile") for c in result.claims)
    # a department in lower case, where the text names none so, is no one new
    result = drafted(tmp_path, "The health department said the water at Kessel was safe.")
    assert claimants(result, "the water at Kessel was safe") == [None]


def test_a_quote_then_the_writing_that_reads_it(tmp_path: Path) -> None:
    body = (
        "“There is a calm to this water and once we look we can see the fish,” reads the description of"
        " the painting.\n\n"
        "“Keep off the grass at all times,” reads the sign at the gate of the Kessel park."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "There is a calm to this water") == [None]
    assert claimants(result, "Keep off the grass at all times") == [None]


def test_complaints_dismissed_and_a_threat_no_one_is_named_for(tmp_path: Path) -> None:
    body = (
        "“The boats are full every day,” said Bo Lund, who runs the Orla ferry.\n\n"
        "He dismissed the frequent complaints by riders who had trouble getting a seat in the busy season.\n\n"
        "Ana Ruiz, the mayor, brushed aside concerns about the cost of the new pier.\n\n"
        "Other rowing clubs threatened to block the Tarnby bridge at noon with their boats.\n\n"
        "Judge Cy Dahl dismissed the case against the ferry company."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "dismissed the frequent complaints by riders") == ["Bo Lund"]
    assert claimants(result, "brushed aside concerns about the cost") == ["Ana Ruiz"]
    assert claimants(result, "threatened to block the Tarnby bridge") == [None]
    statuses = {c["statement"][:20]: c.get("status") for c in result.claims}
    assert statuses["He dismissed the fre"] == "opinion"
    assert statuses["Other rowing clubs t"] == "forecast"
    # a court's dismissal of a case is no view of anyone's words
    assert not any("dismissed the case" in c["statement"] for c in result.claims)


def test_a_given_name_in_brackets_is_no_actor_of_its_own(tmp_path: Path) -> None:
    body = "“Unless director (Cy) Dahl has an objection to the timing, we can vote in May,” Ana Ruiz said."
    assert "Cy" not in kinds(drafted(tmp_path, body))
    # the same name written on its own elsewhere is still read
    result = drafted(tmp_path, body + "\n\nCy Berg, a baker, said the pier was safe.")
    assert "Cy Berg" in kinds(result)
