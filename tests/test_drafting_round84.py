"""Forms the first run of held-out round 84 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a length with
decimals glued to "m" after "a" ("a 3.85m shark": metres, not millions); a name's head word that
says its kind (a hospice, a block of apartments, water that lies or runs, a paper's title word); a
party, an alliance and a state outlet by the words around them ("the ruling Kesso-LP party", "the
Sun Alliance's candidate", "KBN state media reported") and bodies listed after "groups such as";
"she" after a person who said earlier in the sentence; a bare figure got before the subject's next
verb ("won 61 and led"); names opening with a capital Latin adds ("Şahin", "Łukasz"); a figure after
a participle of stating ("was recorded as 64.25"); a body named with "and" then the region it
serves ("Fish and Game Board Queensland"); a tail the sentence owns, set off before a
speaker at the end ("..., its old stronghold, KBN reported"); a part of a land ("in the Far End")."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted, kinds

from generator.authoring.articles import sentences
from generator.authoring.figures import find_numbers


def test_a_length_with_decimals_glued_to_m_after_a() -> None:
    found = [(f.value, f.counts) for f in find_numbers("Divers saw a 3.85m shark near the reef.")]
    assert found == [(3.85, "metres shark")]
    assert [f.value for f in find_numbers("An 8.5m yacht ran aground.")] == [8.5]
    # millions of things, or a sum or a change of millions after "a": no length
    # (round 82's pass reads "4.5m viewers" as millions of viewers: no length either)
    assert [(f.value, f.counts) for f in find_numbers("The show drew 4.5m viewers.")] == [
        (4500000, "viewers")
    ]
    assert list(find_numbers("Visits grew, a 1.2m rise on the year.")) == []
    assert list(find_numbers("The club signed a 2.5m deal.")) == []


def test_a_names_head_word_says_its_kind(tmp_path: Path) -> None:
    body = (
        "Volunteers raised funds for St Ann's Hospice and the Kessel Hospice. Families moved into the"
        " Brenk Apartments and Elm Ridge Townhomes. Herons nest by Patry Creek, Orla Billabong and the"
        " Tarn Lagoon."
    )
    found = kinds(drafted(tmp_path, body))
    assert found["St Ann's Hospice"] == "organisation"
    assert found["Kessel Hospice"] == "organisation"
    for name in ("Brenk Apartments", "Elm Ridge Townhomes", "Patry Creek", "Orla Billabong", "Tarn Lagoon"):
        assert found[name] == "place", name
    # a paper's title word, alone or at a name's end
    body = "The mill will close, according to the Courier. The Orla Gazette said the same."
    found = kinds(drafted(tmp_path, body))
    assert found["Courier"] == "media-outlet"
    assert found["Orla Gazette"] == "media-outlet"
    # family names a water's word might be: a person still
    found = kinds(drafted(tmp_path, "Tom Marsh and Jo Pond said the bridge was shut."))
    assert found["Tom Marsh"] == "person"
    assert found["Jo Pond"] == "person"


def test_a_party_an_alliance_and_a_state_outlet_by_the_words_around_them(tmp_path: Path) -> None:
    body = (
        "Orland's ruling Kesso-LP party has won most seats. The Sun Alliance's candidate lost, as did the"
        " Orla Front candidate.\n\n"
        "Out of the 90 results, the Kesso-LP won 61 and led in towns, KBN state media reported."
    )
    result = drafted(tmp_path, body)
    found = kinds(result)
    for name in ("Kesso-LP", "Sun Alliance", "Orla Front"):
        assert found[name] == "organisation", name
    assert found["KBN"] == "media-outlet"
    assert claimants(result, "the Kesso-LP won 61") == ["KBN"]
    # a front that fights, a party of a birthday, a country's state media: none of these
    body = (
        "The Kessel Front attacked a town. Ana Ruiz held the Lund birthday party.\n\n"
        "The vote was fair, Norwegian state media said."
    )
    result = drafted(tmp_path, body)
    found = kinds(result)
    assert found["Kessel Front"] == "armed-group"
    assert found.get("Lund") != "organisation"
    assert claimants(result, "The vote was fair") == [None]


def test_names_listed_after_the_bodies_they_are(tmp_path: Path) -> None:
    body = (
        "Members of groups such as Kesselwatch, Orlacare and Brenkaid helped. Charities like Tarnhope"
        " took part."
    )
    found = kinds(drafted(tmp_path, body))
    for name in ("Kesselwatch", "Orlacare", "Brenkaid", "Tarnhope"):
        assert found[name] == "organisation", name
    # places listed after bodies' work: places still
    found = kinds(drafted(tmp_path, "Groups worked in towns such as Tarnby and Orland."))
    assert found["Tarnby"] == "place"


def test_she_after_a_person_who_said_earlier_in_the_sentence(tmp_path: Path) -> None:
    body = (
        "Tom Bell said the road would help the town.\n\n"
        "While councillor Ana Ruiz said the plan was a start, she believes more is needed for the town.\n\n"
        "“It is not enough,” she said. “We must do better.”"
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "more is needed for the town") == ["Ana Ruiz", "Ana Ruiz"]
    assert claimants(result, "It is not enough") == ["Ana Ruiz"]
    assert claimants(result, "We must do better") == ["Ana Ruiz"]
    # no one named before the pronoun in its sentence: the one who spoke last
    body = "Tom Bell said the road would help the town.\n\n“It will be busy,” he said."
    assert claimants(drafted(tmp_path, body), "It will be busy") == ["Tom Bell"]


def test_a_figure_got_before_the_subjects_next_verb() -> None:
    found = [
        (f.value, f.counts) for f in find_numbers("Of the 90 results, the Kessel-LP won 61 and led in towns.")
    ]
    assert found == [(90, "results"), (61, "results")]
    sentence = "Out of the 40 races, the club won 25 and was leading the table."
    assert [f.value for f in find_numbers(sentence)] == [40, 25]
    # no verb after "and": the clause runs on, no bare figure of the whole's noun
    assert [f.value for f in find_numbers("Of the 9 bids, the firm won 3 and counting.")] == [9]


def test_names_opening_with_a_capital_of_latins_added_letters(tmp_path: Path) -> None:
    body = (
        "The judge paid a visit to Senate Speaker Ömer Şahin and to Łukasz Żak. Şahin will sign the bill"
        " on Monday."
    )
    result = drafted(tmp_path, body)
    found = kinds(result)
    assert found["Ömer Şahin"] == "person"
    assert found["Łukasz Żak"] == "person"
    # a sentence opening with such a capital is a sentence of its own
    assert sentences("The bill passed. Şahin will sign it. Éire won.") == [
        "The bill passed.",
        "Şahin will sign it.",
        "Éire won.",
    ]


def test_a_figure_after_a_participle_of_stating() -> None:
    found = [(f.value, f.counts) for f in find_numbers("The turnout was recorded as 64.25 in Orland.")]
    assert found == [(64.25, "turnout")]
    assert [(f.value, f.counts) for f in find_numbers("The crowd was put at 3,000.")] == [(3000, "crowd")]
    # known as a number, a player's shirt: no figure the noun before counts
    assert list(find_numbers("The striker was known as 45 in the team.")) == []


def test_a_body_named_with_and_then_the_region_it_serves(tmp_path: Path) -> None:
    body = (
        "Bats were counted in the Fish and Game Board Queensland survey. Fish and Game Board QLD"
        " ranger Tom Bell said the count was high."
    )
    found = kinds(drafted(tmp_path, body))
    assert found["Fish and Game Board Queensland"] == "government-body"
    assert "Fish" not in found
    # the body named without a region: as before
    found = kinds(drafted(tmp_path, "The Fish and Game Department counted the elk on Monday."))
    assert found["Fish and Game Department"] == "government-body"


def test_a_tail_the_sentence_owns_before_a_speaker_at_the_end(tmp_path: Path) -> None:
    body = (
        "The party won 61 seats and led in the towns, its old stronghold, Ana Ruiz said.\n\n"
        "The plant will close in May, its spokesman Bo Lund said.\n\n"
        "The mill will shut, team leader Alex Marek said.\n\n"
        "Ms Ana Lund, 44, reached the peak again, her brother Mr Bo Lund said."
    )
    statements = {c["statement"] for c in drafted(tmp_path, body).claims}
    assert "The party won 61 seats and led in the towns, its old stronghold" in statements
    # the speaker's own post before the name: no part of what was said
    assert "The plant will close in May" in statements
    assert "The mill will shut" in statements
    assert "Ms Ana Lund, 44, reached the peak again" in statements


def test_a_part_of_a_land_named_with_the(tmp_path: Path) -> None:
    body = (
        "Rangers took six sharks from Far End waters every week. The largest shark was caught in the"
        " Far End. Wheat is grown across the Dry Belt and the Dry Belt towns."
    )
    found = kinds(drafted(tmp_path, body))
    assert found["Far End"] == "place"
    assert found["Dry Belt"] == "place"
    # a name of two words after "the", no part of a land: a body's, as before
    body = "Ana Ruiz wrote to the Marina Sari on Monday. The reply from the Marina Sari came late."
    assert kinds(drafted(tmp_path, body))["Marina Sari"] == "organisation"
