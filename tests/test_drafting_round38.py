"""Forms the first run of held-out round 38 showed misread, written as invented sentences from
several topics (none from the benchmark's articles): a councillor's or an officer's title shortened
without a stop ("Cr Ana Ruiz", "Lt Col Bo Lund"); "declared" after a quote; words set off by commas
between a verb and "that" ("argued, among other things, that"); a finding "held" or "ruled", and what
one "informed that"; "they" and "the judges" after a sentence whose subject named several people in a
row; a post's initials in brackets before a person's name, spaces lost around them or not ("Area
Liaison Officer(ALO)Ana Ruiz"), whom "the ALO" names after; "..., said NAME while opening ..."; and
what someone "advised" others to do, a call; a venue (a theatre, an auditorium, gardens) is a place,
a tribunal a government body; a landform named with a possessive ("Haller's Point") is one place's
name, and a direction before "of" is no part of it; "and" inside a committee's or a board's name; a company's country in brackets before its legal form
("Harbour Foods (Norland) Limited"); a count written in a year's four digits before the plural it
counts ("that 1960 nurses are on duty"); a town on a line of its own in a page's head, the dateline's
place (not a page's section: a continent, a country); what runs aground is a vessel; a port with a team of its own is a body; an order or a decree is a
document, no actor; a show's title in capitals ("Dream and Dance with Festival Strings") names no
one; an outlet's one-word name and a colon opening the text ("KesselNews-Norland: The ...") is its
credit."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.drafting import read_article
from generator.authoring.figures import find_numbers
from generator.authoring.names import find_names
from generator.authoring.speakers import find_spoken


@pytest.mark.parametrize(
    ("body", "phrase", "who"),
    [
        (
            "Parks committee chair Mara Voss-Lind said the council would plant trees. "
            "“We want shade on every street,” Cr Voss-Lind said.",
            "shade on every street",
            "Mara Voss-Lind",
        ),
        (
            "Cllr Tom Brennock opened the new library on Monday. "
            "“Reading matters to every family,” Cllr Brennock said.",
            "Reading matters",
            "Tom Brennock",
        ),
    ],
)
def test_a_councillors_title_without_a_stop_is_no_part_of_the_name(
    tmp_path: Path, body: str, phrase: str, who: str
) -> None:
    assert claimants(drafted(tmp_path, body), phrase) == [who]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Lt Col Arun Pradhan, who commanded the rescue, said the road would reopen.", "Arun Pradhan"),
        ("Capt Rhea Solberg said the ferry would sail at dawn.", "Rhea Solberg"),
    ],
)
def test_an_officers_rank_without_a_stop_opens_a_persons_name(tmp_path: Path, body: str, name: str) -> None:
    assert kinds(drafted(tmp_path, body))[name] == "person"


def test_a_quote_then_they_declared_is_what_they_said() -> None:
    found = find_spoken("“The fence stays where it is,” they declared after the hearing.")
    assert [(s.speaker, s.said) for s in found] == [("they", "The fence stays where it is")]


@pytest.mark.parametrize(
    "sentence",
    ["The governor declared a state of emergency on Monday.", "The club declared its accounts in June."],
)
def test_what_is_declared_without_a_quote_or_that_is_no_ones_words(sentence: str) -> None:
    assert find_spoken(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "The union had argued, among other things, that the shifts broke the contract.",
            "the shifts broke the contract",
        ),
        ("The panel held, therefore, that the permit was void.", "the permit was void"),
        ("The tribunal ruled that the fine must be repaid.", "the fine must be repaid"),
        ("The officer informed that 40 boats were out at sea.", "40 boats were out at sea"),
    ],
)
def test_what_follows_that_is_said(sentence: str, said: str) -> None:
    assert [s.said for s in find_spoken(sentence)] == [said]


def test_held_that_lead_is_no_finding() -> None:
    assert find_spoken("The visitors held that lead until the final whistle.") == []


def test_they_after_people_named_in_a_row_are_those_people(tmp_path: Path) -> None:
    body = (
        "Judges Marta Ilves, Osric Fenn and Dara Quill dismissed the appeal of the ferry company.\n\n"
        "“The licence was lawfully withdrawn. We see no reason to restore it,” they declared.\n\n"
        "According to the judges, the company had ignored three warnings."
    )
    result = drafted(tmp_path, body)
    for phrase in ("lawfully withdrawn", "ignored three warnings"):
        (who,) = claimants(result, phrase)
        assert who is not None and who.endswith("Marta Ilves")


def test_they_after_a_body_spoke_are_still_the_body(tmp_path: Path) -> None:
    body = (
        "Judges Marta Ilves, Osric Fenn and Dara Quill heard the ferry company's appeal on Monday.\n\n"
        "The Harbour Authority said the licence had lapsed in March.\n\n"
        "They said the ferries would stay in port until a new licence was granted."
    )
    assert claimants(drafted(tmp_path, body), "stay in port") == ["Harbour Authority"]


@pytest.mark.parametrize(
    ("post", "initials"),
    [
        ("District Forest Officer(DFO)Nilufar Haque", "DFO"),
        ("District Health Officer (DHO) Nilufar Haque", "DHO"),
    ],
)
def test_a_posts_initials_before_a_name_are_that_persons(tmp_path: Path, post: str, initials: str) -> None:
    body = (
        f"The new canal gates will open next month, said {post} while visiting the pumping station.\n\n"
        f"The {initials} informed that 120 farms would get water this season.\n\n"
        f"The {initials} advised farmers to register their plots before the sowing."
    )
    result = drafted(tmp_path, body)
    assert set(kinds(result)) == {"Nilufar Haque"}
    for phrase in ("canal gates will open", "120 farms", "farmers to register"):
        assert claimants(result, phrase) == ["Nilufar Haque"]
    (call,) = [c for c in result.claims if "farmers to register" in c["statement"]]
    assert call["status"] == "call"


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "The choir will sing at the Harbourside Civic Theatre in May.",
            "Harbourside Civic Theatre",
            "place",
        ),
        ("Exams were held in the Olwen Brask Auditorium on Friday.", "Olwen Brask Auditorium", "place"),
        ("A market fills Lindqvist Gardens every Sunday.", "Lindqvist Gardens", "place"),
        ("The Land Claims Tribunal dismissed the farmers' case.", "Land Claims Tribunal", "government-body"),
    ],
)
def test_a_venue_is_a_place_and_a_tribunal_a_government_body(sentence: str, name: str, kind: str) -> None:
    kinds_found = {n.name: n.kind for n in find_names([sentence])}
    assert kinds_found[name] == kind


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The kayakers landed at Haller's Point before dark.", "Haller's Point"),
        ("A heron nested near Dunmore’s Creek all summer.", "Dunmore’s Creek"),
        ("The barge drifted a mile Northwest of Haller's Point overnight.", "Haller's Point"),
    ],
)
def test_a_landform_named_with_a_possessive_is_one_place(sentence: str, name: str) -> None:
    kinds_found = {n.name: n.kind for n in find_names([sentence])}
    assert kinds_found == {name: "place"}


def test_an_owner_before_other_words_is_still_an_owner() -> None:
    kinds_found = {n.name: n.kind for n in find_names(["Kessel's Harbour Board met on Monday."])}
    assert "Kessel's Harbour Board" not in kinds_found


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Parks and Recreation Committee chair Bo Lund opened the pool.", "Parks and Recreation Committee"),
        ("The council asked the Arts and Heritage Board for advice.", "Arts and Heritage Board"),
    ],
)
def test_and_inside_a_committees_name_joins_it(sentence: str, name: str) -> None:
    assert name in {n.name for n in find_names([sentence])}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The contract went to Harbour Foods (Norland) Limited in March.", "Harbour Foods (Norland) Limited"),
        ("Kessel Steelworks (Ardonia) Ltd cut 40 jobs.", "Kessel Steelworks (Ardonia) Ltd"),
    ],
)
def test_a_companys_country_in_brackets_before_its_legal_form_is_part_of_its_name(
    sentence: str, name: str
) -> None:
    kinds_found = {n.name: n.kind for n in find_names([sentence])}
    assert kinds_found == {name: "organisation"}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The board said that 1960 nurses are on duty this week.", 1960),
        ("1980 polling stations will open at dawn.", 1980),
        ("She added that 2040 lifeguards, 310 boats and 12 drones were ready.", 2040),
    ],
)
def test_a_count_in_a_years_digits_before_its_plural_is_a_figure(sentence: str, value: int) -> None:
    assert value in [f.value for f in find_numbers(sentence)]


@pytest.mark.parametrize(
    "sentence", ["The 2019 floods were the worst in years.", "In 2019 floods were the worst in years."]
)
def test_a_year_before_a_plural_is_still_a_year(sentence: str) -> None:
    assert [f.value for f in find_numbers(sentence)] == []


@pytest.mark.parametrize(("line", "places"), [("Lakeside", ["Lakeside"]), ("Africa", []), ("Canada", [])])
def test_a_town_alone_on_a_line_of_the_head_is_the_datelines(
    tmp_path: Path, line: str, places: list[str]
) -> None:
    path = tmp_path / "report.txt"
    text = "The ferry will run again from Monday after repairs to the pier, the operator said on Friday."
    path.write_text(f"Staff Reporter\n\n{line}\n\n{text}\n", encoding="utf-8")
    assert read_article(path).places == places


@pytest.mark.parametrize(
    "sentence",
    [
        "The Marlow Star ran aground off the harbour wall at dawn.",
        "The Marlow Star sits aground near the pier.",
    ],
)
def test_what_runs_aground_is_a_vessel(sentence: str) -> None:
    kinds_found = {n.name: n.kind for n in find_names([sentence])}
    assert kinds_found["Marlow Star"] == "object"


@pytest.mark.parametrize(
    "sentence",
    [
        "Divers from the Port of Lakeside’s Harbour Response Team searched the dock.",
        "Officers of the Port of Lakeside’s Marine Security Unit boarded the ship.",
    ],
)
def test_a_port_with_a_team_of_its_own_is_a_body(sentence: str) -> None:
    kinds_found = {n.name: n.kind for n in find_names([sentence])}
    assert kinds_found["Port of Lakeside"] == "organisation"


@pytest.mark.parametrize(
    ("sentence", "document"),
    [
        ("The quarry was shut under an Emergency Closure Order issued on Friday.", "Emergency Closure Order"),
        ("A Harbour Master Directive bars anchoring in the bay.", "Harbour Master Directive"),
    ],
)
def test_an_order_or_a_directive_is_no_actor(sentence: str, document: str) -> None:
    assert document not in {n.name for n in find_names([sentence])}


def test_a_shows_title_names_no_one() -> None:
    sentence = "The grant lets the choir stage Dream and Dance with Festival Strings in three towns."
    assert {n.name for n in find_names([sentence])} == set()


def test_people_and_bodies_around_with_are_still_names() -> None:
    sentence = "Ana Ruiz met the Harbour Board with Kessel Council on Monday."
    assert {"Ana Ruiz", "Harbour Board", "Kessel Council"} <= {n.name for n in find_names([sentence])}


def test_an_outlets_credit_and_a_colon_opening_the_text_is_its_publisher(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "FERRY FARES TO RISE IN MAY\n\n"
        "KesselNews-Norland: THE ferry company will raise its fares by a tenth in May, its board said.\n\n"
        "The board blamed the price of fuel.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.publisher == "KesselNews-Norland"
    assert article.paragraphs[0].startswith("THE ferry company")
