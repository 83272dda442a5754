"""Forms the first run of held-out round 46 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: "..., the report
quoted NAME as saying" (the one quoted speaks); "..., said the officer who asked not to be named"
and "..., said a special bulletin here this noon" (one unnamed, or a document, after the verb);
"charged that" a verb of saying."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.extraction import Said, find_attributions
from generator.authoring.titles import strip_title


@pytest.mark.parametrize(
    ("sentence", "speaker", "said"),
    [
        (
            "Nine boats were inside the harbour when the storm hit, the report quoted Harbour Master "
            "Ana Ruiz as saying.",
            "Harbour Master Ana Ruiz",
            "Nine boats were inside the harbour when the storm hit",
        ),
        (
            "The dam held through the night, the newspaper quoted Tarn Mayor Ned Farrow as saying.",
            "Tarn Mayor Ned Farrow",
            "The dam held through the night",
        ),
        (
            "The crops were lost to frost, the agency quoted a farmer as saying.",
            None,
            None,
        ),
    ],
    ids=["report", "newspaper", "no-name"],
)
def test_a_report_quoted_someone_as_saying(sentence: str, speaker: str | None, said: str | None) -> None:
    found = list(find_attributions(sentence))
    if speaker is None:
        # one left unnamed is for the rules of unnamed speakers, not this one: nothing named speaks
        assert not [f for f in found if f.speaker and f.speaker[0].isupper()], found
        return
    assert found == [Said(speaker, said)], found


@pytest.mark.parametrize(
    ("sentence", "speaker", "said"),
    [
        (
            "The ferry left at dawn with 40 passengers, said the harbour officer who asked not to be named.",
            "the harbour officer",
            "The ferry left at dawn with 40 passengers",
        ),
        (
            "Two wards were closed, said a hospital official who declined to be identified.",
            "a hospital official",
            "Two wards were closed",
        ),
        (
            "The storm was centred about 300 km east of Orla Port, said a special weather bulletin here "
            "this noon.",
            "a special weather bulletin",
            "The storm was centred about 300 km east of Orla Port",
        ),
        (
            "The levee was breached in two places, said the police source who spoke on condition of "
            "anonymity.",
            "the police source",
            "The levee was breached in two places",
        ),
    ],
    ids=["asked-not-named", "declined-identified", "bulletin-here-noon", "anonymity"],
)
def test_one_unnamed_after_the_verb(sentence: str, speaker: str, said: str) -> None:
    assert list(find_attributions(sentence)) == [Said(speaker, said)]


def test_unnamed_after_the_verb_is_drafted_unattributed(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The ferry left at dawn with 40 passengers, said the harbour officer who asked not to be named.",
    )
    assert claimants(result, "The ferry left at dawn") == [None]


@pytest.mark.parametrize(
    ("sentence", "speaker", "said"),
    [
        (
            "During the meeting, the farming community charged that small growers cannot sell their crops.",
            "the farming community",
            "small growers cannot sell their crops",
        ),
        (
            "The Orla Tenants Union charges that rents rose twice in a year.",
            "The Orla Tenants Union",
            "rents rose twice in a year",
        ),
    ],
    ids=["charged", "charges"],
)
def test_charged_that_is_said(sentence: str, speaker: str, said: str) -> None:
    assert list(find_attributions(sentence)) == [Said(speaker, said)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council charged a fee of 40 pounds for each permit.",
        "Police charged two men with theft after the raid.",
    ],
    ids=["a-fee", "with-a-crime"],
)
def test_charged_a_fee_or_a_crime_is_not_said(sentence: str) -> None:
    assert list(find_attributions(sentence)) == []


@pytest.mark.parametrize(
    ("platform", "post"),
    [("Facebook", "post"), ("Instagram", "video"), ("Telegram", "message")],
    ids=["facebook-post", "instagram-video", "telegram-message"],
)
def test_the_site_a_body_posted_on_is_not_who_speaks(tmp_path: Path, platform: str, post: str) -> None:
    result = drafted(
        tmp_path,
        "The Kessel Roads Authority has confirmed the coastal road will reopen on Friday.\n\n"
        f"In a {platform} {post} this morning, the authority said the slope was checked at dawn.\n\n"
        '"The slope is stable," it said.',
    )
    assert claimants(result, "the slope was checked") == ["Kessel Roads Authority"]
    assert claimants(result, "The slope is stable") == ["Kessel Roads Authority"]


@pytest.mark.parametrize(
    ("body", "short"),
    [
        ("Kessel Roads Authority", "KesRoads"),
        ("Orla Weather Department", "WeatherOrla"),
        ("Tarnish Meteorological Service", "MetTarnish"),
    ],
    ids=["in-order", "out-of-order", "met-service"],
)
def test_a_short_name_blended_from_the_words_is_the_bodys(tmp_path: Path, body: str, short: str) -> None:
    result = drafted(
        tmp_path,
        f"The {short} has confirmed the road will reopen.\n\n"
        f"The {body} ({short}) said on Monday the road will reopen on Friday.\n\n"
        f"{short} added that the repairs cost less than expected.",
    )
    assert short not in kinds(result), kinds(result)
    assert claimants(result, "the repairs cost less") == [body]


def test_a_bracketed_word_of_other_letters_is_no_short_name(tmp_path: Path) -> None:
    result = drafted(tmp_path, "The Kessel Roads Authority (BlueLine) said the road will reopen on Friday.")
    assert "BlueLine" not in [alias for a in result.actors for alias in a.get("aliases", [])]


@pytest.mark.parametrize("outlet", ["Clarion", "Horizon", "Beacon"])
def test_an_outlet_named_by_a_word_in_n_before_newspaper(tmp_path: Path, outlet: str) -> None:
    result = drafted(
        tmp_path,
        f"Ten boats sank in the storm, officials said. The harbour was shut, the {outlet} newspaper reported.",
    )
    assert kinds(result).get(outlet) == "media-outlet", kinds(result)
    assert claimants(result, "The harbour was shut") == [outlet]


def test_a_peoples_adjective_before_newspaper_stays_an_adjective(tmp_path: Path) -> None:
    result = drafted(tmp_path, "The harbour was shut, the Kesselian newspaper reported.")
    assert "Kesselian" not in kinds(result), kinds(result)


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Chief Inspector of Ports Samir Hadi Tamar", "Samir Hadi Tamar"),
        ("Director of Harbours Omar Ali Khan", "Omar Ali Khan"),
        ("Minister of Roads Omar Khan", "Omar Khan"),
        ("Minister of Foreign Affairs Ana Ruiz", "Ana Ruiz"),
        ("Minister of Foreign Trade Ana Ruiz", "Ana Ruiz"),
        ("Minister for Tourism and Urban Renewal Ana Ruiz", "Ana Ruiz"),
    ],
)
def test_a_name_of_three_words_after_a_portfolio(run: str, name: str) -> None:
    assert strip_title(run) == (name, True)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("By evening, the fog had lifted, which local pilots say is a welcome change.", "local pilots"),
        (
            "The bridge reopened on Monday, which Mayor Ana Ruiz says is a relief for traders.",
            "Mayor Ana Ruiz",
        ),
        ("The rain came early, which farmers call a blessing.", "farmers"),
    ],
    ids=["group-say-is", "named-says-is", "call"],
)
def test_which_they_say_is_a_judgement_of_the_whole_clause(sentence: str, speaker: str) -> None:
    assert list(find_attributions(sentence)) == [Said(speaker, sentence.rstrip("."))]


def test_which_is_why_is_no_judgement() -> None:
    found = list(find_attributions("The plant closed in May, which is why the town shrank, residents said."))
    assert found == [Said("residents", "The plant closed in May, which is why the town shrank")], found


def test_a_towns_name_with_a_possessive_inside(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The ports of Orla, Dane’s Hollow and Tarn were told to hoist signal four.\n\n"
        "The storm was 300 km south of Orla Port and 280 km south of Dane’s Hollow Port.",
    )
    names = kinds(result)
    assert names.get("Dane’s Hollow") == "place", names
    assert "Hollow" not in names and "Hollow Port" not in names, names


@pytest.mark.parametrize(
    "body",
    [
        # named once: an owner and what it owns, as before
        "Kesmin’s Norland depot was shut after the fire.",
        # the owner also named alone: "Harbourtown" and its district
        "Harbourtown’s Eastgate was flooded. Harbourtown’s Eastgate stayed shut. Harbourtown said so.",
        # a body's word after the possessive: the owner's body
        "Veltria’s Parliament met. Veltria’s Parliament voted on the bill.",
    ],
    ids=["once", "owner-alone", "body-word"],
)
def test_an_owner_and_what_it_owns_stay_apart(tmp_path: Path, body: str) -> None:
    assert not [name for name in kinds(drafted(tmp_path, body)) if "’s " in name], kinds(
        drafted(tmp_path, body)
    )


@pytest.mark.parametrize(
    ("body", "town", "facility"),
    [
        ("Orla's Tarn Zoo has welcomed its first giraffe calf.", "Orla", "Tarn Zoo"),
        ("Flights at Mellby's Kessel Airport were cancelled on Monday.", "Mellby", "Kessel Airport"),
    ],
    ids=["zoo", "airport"],
)
def test_a_towns_named_facility_names_the_town(tmp_path: Path, body: str, town: str, facility: str) -> None:
    names = kinds(drafted(tmp_path, body))
    assert names.get(town) == "place", names
    assert facility in names, names


def test_a_possessive_before_a_person_names_no_town(tmp_path: Path) -> None:
    names = kinds(drafted(tmp_path, "Veltra's Ana Ruiz said the results were good."))
    assert "Veltra" not in names or names["Veltra"] != "place", names
