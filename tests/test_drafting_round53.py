"""Forms the first run of held-out round 53 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: "saying" after a
past tense not in -ed ("cast the only vote against, saying ..."); an abbreviation's own stop ending
what was said ("after 9 p.m."); a clause, then ", informed the ... officer"; a group going about
"informing tenants that ..."; a council told something (no outlet relaying it); "with one skipper
telling reporters he ..."; a long sentence with no comma cut before "although"; "says X School
principal, Ana Ruiz", then "says the Principal" (a post capitalised by style), hers; a comma
misplaced inside a source ("According to Resolution 12/40, of the Orla Assembly ..."); figures
("forty two in total", "rather than the two", "two bread and cake stalls", a list's item after a
name and a semicolon, "said one tenant" no figure); kinds (the town's committee, an observatory
where a reading was taken, "House of Bread"); a shop named with its owner's possessive; a town
opening a sentence before "the city's ..."."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafted import drafted, kinds

from generator.authoring.claims import _split_long
from generator.authoring.extraction import Said, find_attributions
from generator.authoring.figures import find_numbers
from generator.checking.text import LONGEST


@pytest.mark.parametrize(
    ("sentence", "speaker", "said"),
    [
        (
            "Alderman Ruth Okafor cast the only vote against, saying the budget should have been cut further.",
            "Alderman Ruth Okafor",
            "the budget should have been cut further",
        ),
        (
            "Ana Ruiz took the floor at the hearing, saying the tolls had never paid for the bridge.",
            "Ana Ruiz",
            "the tolls had never paid for the bridge",
        ),
        (
            "Bo Lund withdrew his bid, noting that the costs of steel had doubled since May.",
            "Bo Lund",
            "the costs of steel had doubled since May",
        ),
    ],
    ids=["cast", "took", "withdrew"],
)
def test_saying_after_a_past_tense_not_in_ed(sentence: str, speaker: str, said: str) -> None:
    assert list(find_attributions(sentence)) == [Said(speaker, said)]


def test_a_past_tense_reporting_nothing_stays_unread() -> None:
    assert list(find_attributions("The crew cast off at dawn, heading for the outer islands.")) == []


def test_an_abbreviations_stop_ends_what_was_said(tmp_path: Path) -> None:
    said = list(find_attributions("Ana Ruiz said the last ferry docked after 9 p.m."))
    assert said == [Said("Ana Ruiz", "the last ferry docked after 9 p.m.")]
    result = drafted(tmp_path, "Ana Ruiz, the harbour master, said the last ferry docked after 9 p.m.")
    statements = [c["statement"] for c in result.claims]
    assert "The last ferry docked after 9 p.m." in statements, statements
    # a sentence's own stop after a word stays cut
    result = drafted(tmp_path, "Ana Ruiz, the harbour master, said the last ferry docked late.")
    assert "The last ferry docked late" in [c["statement"] for c in result.claims]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The bridge reopened to traffic once the repairs were finished, informed the district’s works officer.",
            "the district’s works officer",
        ),
        (
            "The exam will be held a week later than planned, intimated the college registrar.",
            "the college registrar",
        ),
    ],
    ids=["informed", "intimated"],
)
def test_a_clause_then_its_speaker_after_informed(sentence: str, speaker: str) -> None:
    (found,) = find_attributions(sentence)
    assert found.speaker == speaker
    assert found.said == sentence.split(",")[0]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "Two men went from door to door informing tenants that the rent would double in spring.",
            "the rent would double in spring",
        ),
        (
            "A van drove around the estate warning drivers that the road would close at noon.",
            "the road would close at noon",
        ),
    ],
    ids=["informing", "warning"],
)
def test_a_group_going_about_informing_others(sentence: str, said: str) -> None:
    assert list(find_attributions(sentence)) == [Said("", said)]


def test_a_council_told_something_relays_nothing() -> None:
    (found,) = find_attributions("Farmers have told Orla County Council that it set the levy too high.")
    assert found == Said("Farmers", "it set the levy too high")
    # an outlet told still relays it
    (found,) = find_attributions("Ana Ruiz told Kessel Radio that the pier would reopen.")
    assert found.via == "Kessel Radio"


def test_a_second_speaker_telling_someone_in_a_clause_of_with(tmp_path: Path) -> None:
    sentence = (
        "Anglers have told the harbour board that the new rules were unfair, with one skipper "
        "telling reporters he had caught nothing in a week."
    )
    found = list(find_attributions(sentence))
    assert Said("", "he had caught nothing in a week") in found
    assert found[0].speaker == "Anglers"
    result = drafted(tmp_path, sentence)
    # (the anglers' words keep the clause whole; the skipper's are a claim of their own)
    own = [c for c in result.claims if c["statement"] == "He had caught nothing in a week"]
    assert len(own) == 1 and own[0].get("unattributed"), [c["statement"] for c in result.claims]


def test_a_long_sentence_is_cut_before_although_when_no_comma_or_clause_of_and_will_do() -> None:
    text = (
        "The riders said that they would miss the final stage of the tour which is planned for the first "
        "week of June as only half of the route has been cleared of snow in the passes although most of "
        "the roads were opened after the winter for the local buses and delivery vans"
    )
    first, second = _split_long(text).split(". ")
    assert first.endswith("cleared of snow in the passes")
    assert second.startswith("Most of the roads were opened")
    assert all(len(half.split()) <= LONGEST for half in (first, second))


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“Every seat was taken by noon.” says Orla Grammar School principal, Ana Ruiz.", "Ana Ruiz"),
        ("“We sold out twice,” said Kessel Bakers chairwoman, Bo Lund.", "Bo Lund"),
    ],
    ids=["principal", "chairwoman"],
)
def test_a_bodys_name_its_post_in_lower_case_a_comma_then_the_name(sentence: str, speaker: str) -> None:
    (found,) = find_attributions(sentence)
    assert found.speaker == speaker


def test_a_post_capitalised_after_a_quote_is_the_one_named_with_it_before(tmp_path: Path) -> None:
    body = (
        "“More pupils came than we planned for.” says Orla Grammar School principal, Ana Ruiz.\n\n"
        "“The arrival of so many pupils has filled every room,” says the Principal. “The music room "
        "is a classroom again, with thirty desks in it.\n\n"
        "“We will need a new wing.” she says."
    )
    result = drafted(tmp_path, body)
    names = {actor["id"]: actor["name"] for actor in result.actors}
    for phrase in ("filled every room", "The music room is a classroom again"):
        claims = [c for c in result.claims if phrase.lower() in c["statement"].lower()]
        assert claims and all(names[c["claimants"][0]] == "Ana Ruiz" for c in claims), claims


def _figures(sentence: str) -> list[tuple[float, str]]:
    return [(figure.value, figure.counts) for figure in find_numbers(sentence)]


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("The club took on new members, forty two in total, most of them juniors.", [(42, "members")]),
        ("It sold 12 bikes, 40 in all.", [(12, "bikes"), (40, "bikes")]),
        (
            "The ferry runs three crossings rather than the two it ran in winter.",
            [(3, "crossings"), (2, "crossings")],
        ),
        ("Six boats rather than four left the harbour.", [(6, "boats"), (4, "boats")]),
        ("There were three fish and chip shops on the quay.", [(3, "fish and chip shops")]),
        ("He owns two cars and three buses.", [(2, "cars"), (3, "buses")]),
        (
            "There was a stall outside Orla Inn; two bread and cake stalls outside the hall.",
            [(2, "bread and cake stalls")],
        ),
    ],
    ids=[
        "in-total",
        "in-all",
        "rather-than-the",
        "rather-than",
        "paired-nouns",
        "two-lists",
        "after-a-semicolon",
    ],
)
def test_figures_counting_what_is_said_around_them(sentence: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(sentence) == figures


def test_a_name_and_its_number_stays_no_figure() -> None:
    assert _figures("Flight 17 landed late.") == []


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        (
            "Tarnby has passed the plans to the town's Parks Committee. Ana Ruiz said it would meet soon.",
            "Parks Committee",
            "government-body",
        ),
        (
            "A gust of 90 km/h was recorded at Kessel Hill Observatory in Orla. Ana Ruiz said it was rare.",
            "Kessel Hill Observatory",
            "place",
        ),
        (
            "Ana Ruiz said two stalls stood outside House of Bread on the quay all day.",
            "House of Bread",
            "organisation",
        ),
    ],
    ids=["level-s-committee", "reading-at-an-observatory", "house-of-a-business"],
)
def test_kinds_said_by_the_words_around_a_name(tmp_path: Path, body: str, name: str, kind: str) -> None:
    assert kinds(drafted(tmp_path, body))[name] == kind


def test_a_chamber_named_house_of_stays_a_body_of_state(tmp_path: Path) -> None:
    result = drafted(tmp_path, "Ana Ruiz said the House of Commons would vote on Monday.")
    assert kinds(result)["House of Commons"] == "government-body"


@pytest.mark.parametrize(
    "shop", ["Ingrid’s Tea Room", "Adaeze's Coffee House", "Ruiz’s Bistro", "Okafor's Bookshop"], ids=str
)
def test_a_shop_named_with_its_owners_possessive(tmp_path: Path, shop: str) -> None:
    result = drafted(
        tmp_path, f"Ana Ruiz said a cake trailer stood outside {shop}; two stalls stood by the quay."
    )
    assert shop in kinds(result), kinds(result)
    assert shop.split()[-1] not in kinds(result)


def test_a_town_opening_the_sentence_before_what_is_the_towns(tmp_path: Path) -> None:
    body = "Tarnwick has sent a list of requests to the city's Heritage Board for its review."
    assert kinds(drafted(tmp_path, body))["Tarnwick"] in {"place", "government-body"}
    # a plural noun opening the sentence is no town
    body = "Residents have sent a list of requests to the city's Heritage Board for its review."
    assert "Residents" not in kinds(drafted(tmp_path, body))


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("“The taps have been dry for a week,” said one tenant.", []),
        ("One worker said the shift ran late.", []),
        ("One passenger was taken to hospital.", [(1, "passenger")]),
        ("Only one student passed, the school said.", [(1, "student")]),
    ],
    ids=["said-one", "one-said", "one-befell", "one-counted"],
)
def test_one_person_who_speaks_is_no_figure(sentence: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(sentence) == figures


def test_a_comma_misplaced_inside_the_source_before_its_owner() -> None:
    sentence = "According to Resolution 12/40, of the Orla Assembly fishing is a right of every citizen."
    assert list(find_attributions(sentence)) == [Said("Orla Assembly", "fishing is a right of every citizen")]
    # a source whose owner the comma ends stays whole
    (found,) = find_attributions("According to the charter of the Orla Assembly, fishing is a right.")
    assert found == Said("the charter of the Orla Assembly", "fishing is a right")
