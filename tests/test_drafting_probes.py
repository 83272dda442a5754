"""Forms met by drafting invented reports of everyday kinds (a hospital's staffing, a court's fine, a
bus route cut, a league's last day) before any real report showed them, each family written in
general: a time between a subject and its verb ("The board yesterday urged ..."), people named by
where they work who speak for themselves ("Nurses at the Orla Clinic say") and members who speak
for their body, a body named by two nouns ("the hospital group"), a post then a name set off by
commas before what they did ("Acme's chief, Bo Lund, thanked staff and said"), a plea that admits
charges, a home town after a name, a reporter's post in the byline, a members' body joined by "and",
a legislator's title, a club's name, a player's position, and given or family names that are
months' ("Jan Hewitt", "Theresa May")."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted, kinds

from generator.authoring.extraction import find_attributions
from generator.authoring.kinds import kind_of
from generator.authoring.names import find_names


def test_a_time_between_the_subject_and_its_verb(tmp_path: Path) -> None:
    said = list(find_attributions("The ministry yesterday said that 40 schools would close."))
    assert [(s.speaker, s.said) for s in said] == [("the ministry", "40 schools would close")]
    said = list(find_attributions("Ana Ruiz last week said the port would reopen."))
    assert [s.speaker for s in said] == ["Ana Ruiz"]
    said = list(find_attributions("The ministry on Monday said that 40 schools would close."))
    assert [s.speaker for s in said] == ["the ministry"]
    body = (
        "The Kessel Valley Water Board yesterday urged households to cut their use by a fifth after the "
        "reservoir fell to 31 per cent of its capacity."
    )
    assert claimants(drafted(tmp_path, body), "urged households") == ["Kessel Valley Water Board"]
    # a subject whose words merely hold a word of time is not cut
    said = list(find_attributions("This week said everything about the club's season."))
    assert [s.speaker for s in said] == ["This week"]


def test_people_named_by_where_they_work_speak_for_themselves(tmp_path: Path) -> None:
    body = (
        "Orla Valley Clinic opened a new ward in March.\n\n"
        "Nurses at Orla Valley Clinic in Kessel say the new ward has been short of staff since it opened."
    )
    assert claimants(drafted(tmp_path, body), "short of staff") == [None]
    said = list(find_attributions("Workers at the Kessel Mill say the plant will close in May."))
    assert [s.speaker for s in said] == ["Workers at the Kessel Mill"]
    # those who speak for the body stay its voice
    said = list(find_attributions("Officials at the Tarn Clinic said the vaccine had run out."))
    assert [s.speaker for s in said] == ["the Tarn Clinic"]
    body = "Members of the Kessel Dockers Union said the new shift pattern was unsafe for crane drivers."
    assert claimants(drafted(tmp_path, body), "unsafe for crane drivers") == ["Kessel Dockers Union"]


def test_a_body_named_by_two_nouns_is_the_body_of_the_first(tmp_path: Path) -> None:
    body = (
        "Staff at Orla General Hospital are short, the Kessel Porters Association said on Monday.\n\n"
        "A spokesman for the hospital group insisted that 31 new porters had been hired since June."
    )
    assert claimants(drafted(tmp_path, body), "31 new porters") == ["Orla General Hospital"]


def test_a_post_then_a_name_set_off_before_what_they_did(tmp_path: Path) -> None:
    said = list(
        find_attributions(
            "In a statement, Acme's chief executive, Bo Lund, thanked staff and said the plant would stay open."
        )
    )
    assert [(s.speaker, s.said) for s in said] == [("Bo Lund", "the plant would stay open")]
    said = list(
        find_attributions(
            "The Orla Trust's new chair, Ana Ruiz, visited the site and said repairs would start."
        )
    )
    assert [s.speaker for s in said] == ["Ana Ruiz"]


def test_a_plea_that_admits_charges_is_no_claim() -> None:
    assert not list(
        find_attributions("Kessel Paints Ltd admitted three charges at Orla Crown Court on Monday.")
    )
    assert not list(find_attributions("The firm admits two counts of fraud."))
    said = list(find_attributions("Bo Lund admitted that the tank had leaked for years."))
    assert [(s.speaker, s.said) for s in said] == [("Bo Lund", "the tank had leaked for years")]


def test_a_home_town_after_a_name_is_a_place(tmp_path: Path) -> None:
    assert kind_of("Upper Tarn", "Jo Lund, 78, of ", ', said: "I do not drive."') == "place"
    assert kind_of("Lower Orla", "Ana Ruiz, 41, from ", ", said the road was shut.") == "place"
    assert kind_of("Kessel Rowing Club", "Ana Ruiz, 41, of ", ", said the road was shut.") == "organisation"
    # without an age, where she works as often
    assert kind_of("Energy Stores", "Ana Ruiz, from ", ', said: "The grid must balance."') != "place"
    body = 'Jo Lund, 78, of Upper Tarn, said: "That bus is how I get to the doctor."'
    assert kinds(drafted(tmp_path, body)).get("Upper Tarn") == "place"


def test_a_reporters_post_in_the_byline_is_no_one(tmp_path: Path) -> None:
    body = "The harbour will close for a week in May, the port said."
    result = drafted(tmp_path, body, "By Ana Ruiz, Transport Correspondent")
    assert kinds(result).get("Ana Ruiz") == "person"
    assert "Transport Correspondent" not in kinds(result)


def test_a_members_body_joined_by_and() -> None:
    names = find_names(["The Kessel Nurses and Midwives Organisation said wards were full."])
    assert [n.name for n in names] == ["Kessel Nurses and Midwives Organisation"]
    # two bodies joined by "and" stay two
    names = find_names(["The Kessel Nurses Union and Orla Council met on Friday."])
    assert sorted(n.name for n in names) == ["Kessel Nurses Union", "Orla Council"]


def test_a_legislators_title_and_a_players_position(tmp_path: Path) -> None:
    body = 'Local TD Ana Ruiz described the delays as "a scandal" and called for a review.'
    result = drafted(tmp_path, body)
    assert kinds(result).get("Ana Ruiz") == "person"
    assert claimants(result, "a scandal") == ["Ana Ruiz"]
    body = '"We never stopped believing," Striker Bo Lund said after the match.'
    assert kinds(drafted(tmp_path, body)).get("Bo Lund") == "person"


def test_a_clubs_name_by_its_kind_of_club() -> None:
    assert (
        kind_of("Orla Rovers", "", " boss Bo Lund admitted his side had been second best.") == "organisation"
    )
    assert kind_of("Kessel Harriers", "", " clinched the title on Saturday.") == "organisation"
    assert kind_of("Mars Rover", "the ", " landed.") == "object"


def test_names_that_are_months() -> None:
    def named(sentence: str) -> list[str]:
        return [n.name for n in find_names([sentence])]

    assert named("Club secretary Jan Hewitt said the crowd was large.") == ["Jan Hewitt"]
    assert named("Councillor April Lund said the crowd was large.") == ["April Lund"]
    assert named("Prime Minister Ana May said the deal was done.") == ["Ana May"]
    # a month is no name's word before a day or after "in"
    assert named("The vote was on Jan 5 in Kessel.") == ["Kessel"]
    assert named("In May Kessel Council voted.") == ["Kessel Council"]
    assert "Orla May" not in named("The deal was signed by Acme and Orla May 5.")


def test_a_study_no_one_is_named_for_is_its_researchers_body(tmp_path: Path) -> None:
    body = (
        "Researchers at the University of Kessel have found salt in nine of ten wells sampled in the "
        "region, according to a study published on Wednesday in the journal Water Letters."
    )
    assert claimants(drafted(tmp_path, body), "salt in nine of ten wells") == ["University of Kessel"]
    # a study its own maker is named for keeps its maker
    body = (
        "Researchers at the University of Kessel have found salt in nine of ten wells, according to "
        "the Orla Water Board."
    )
    assert claimants(drafted(tmp_path, body), "salt in nine of ten wells") == ["Orla Water Board"]


def test_a_papers_title_word_after_told_the() -> None:
    assert (
        kind_of("Tarnby Echo", "Shop owner Ana Ruiz told the ", " it was the second raid.") == "media-outlet"
    )
    assert kind_of("Kessel Leader", "Ms Lund told the ", ".") == "media-outlet"
    assert kind_of("Ana Leader", "Bo Lund told ", " it was late.") == "person"


def test_a_company_that_reports_its_results_is_no_paper(tmp_path: Path) -> None:
    names = find_names(["Budget airline Kessair reported a pre-tax loss of 48 million pounds on Thursday."])
    assert [(n.name, n.kind) for n in names] == [("Kessair", "organisation")]
    assert kind_of("Kessair", "Shares in ", " fell 6% in morning trading.") == "organisation"
    assert kind_of("Brenvik", "She lived in ", " for years.") == "place"


def test_a_partys_short_name_and_a_seat(tmp_path: Path) -> None:
    body = (
        "The Forward Party won the Orla Central by-election on Thursday, taking a seat it had never held.\n\n"
        "Forward's candidate, Sofia Brandt, received 4,812 votes. Forward's regional organiser, Martin "
        'Kelso, conceded that the party had "worked the streets for months".'
    )
    result = drafted(tmp_path, body)
    assert kinds(result).get("Orla Central") == "place"
    assert "Forward" not in kinds(result)
    assert claimants(result, "worked the streets") == ["Martin Kelso"]
    said = list(find_attributions("The union's leader, Ana Ruiz, vowed that the strike would go on."))
    assert [(s.speaker, s.said) for s in said] == [("Ana Ruiz", "the strike would go on")]


def test_a_trade_written_as_a_title_and_a_family_name_that_is_a_trade() -> None:
    def named(sentence: str) -> list[str]:
        return [n.name for n in find_names([sentence])]

    assert named("Stallholder Bo Lund said the market would reopen.") == ["Bo Lund"]
    assert named("Pensioner Li Wen said the bus was her only way to town.") == ["Li Wen"]
    assert named("Paul Farmer said the crop was late.") == ["Paul Farmer"]
    assert named("Debra Winger said the film was late.") == ["Debra Winger"]


def test_hundreds_in_words(tmp_path: Path) -> None:
    """ "Five hundred people" was drafted as 5 and "two hundred and fifty homes" as 50: "hundred"
    multiplies the word before it, and what follows it is added."""
    body = (
        "Five hundred people attended the meeting in Kessel on Monday, organisers said.\n\n"
        "Two hundred and fifty homes lost power, and nine hundred thousand litres of water were lost. "
        "Some six hundred volunteers helped."
    )
    values = {n["value"] for n in drafted(tmp_path, body).numbers}
    assert {500, 250, 900000, 600} <= values
    assert not {5, 50, 6} & values
