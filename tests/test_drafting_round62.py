"""Forms the first run of held-out round 62 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: "and" inside a
council's name; a saint's possessive inside a church's, a school's or a hospital's name, and the
church body after "of the"; a post in capitals between a body and a name ("Group Controller", "Board
Chair", "MCA", "Bishop"); a country's body of a sport; a storm's name; a group of islands; a street
after its house number and a town before its postal district; a byline glued to the time before it;
a call in a second clause ("..., and she urged ..."); "assessed there is"; a risk rated as a
forecast; a participle of saying after a comma."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted, kinds


def test_and_inside_a_council_s_name(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The Regional Coastal Erosion and Drainage Council is urging residents to move their cars to "
        "higher ground as the district is now under a red alert.",
    )
    assert kinds(result)["Regional Coastal Erosion and Drainage Council"] == "government-body"
    assert "Drainage Council" not in kinds(result)
    assert claimants(result, "move their cars to higher ground") == [
        "Regional Coastal Erosion and Drainage Council"
    ]
    # two bodies, or a person and a body, stay two names
    assert {"Kessel Police", "Town Council"} <= set(
        kinds(drafted(tmp_path, "Kessel Police and Town Council staff met on Monday."))
    )
    assert "Ana Ruiz" in kinds(
        drafted(tmp_path, "The plan was backed by Ana Ruiz and the Arts Council on Monday.")
    )


def test_a_saint_s_possessive_inside_a_name(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "St. Brigid’s Cathedral of the Anglican Diocese of Kessel was opened on Monday. Services at then "
        "St. Anselm’s Parish started about 1950. Lunch was served at St. Olaf's Church.",
    )
    found = kinds(result)
    assert found["St. Brigid’s Cathedral"] == "place"
    assert found["Anglican Diocese of Kessel"] == "organisation"
    assert "St. Anselm’s Parish" in found and "St. Olaf's Church" in found
    assert "St. Brigid" not in found and "St. Olaf" not in found
    assert kinds(drafted(tmp_path, "The choir of Saint Aidan’s Catholic School sang."))[
        "Saint Aidan’s Catholic School"
    ]
    # a town named after a saint still owns what follows its possessive
    assert "St. Louis" in kinds(drafted(tmp_path, "St. Louis's Mayor Ana Ruiz said the roads were closed."))


def test_a_post_in_capitals_between_a_body_and_a_name(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Civil Defence Norway Group Controller Ana Berg said two roads were shut. Ms Berg said she had been "
        "in touch through the night with the river team.",
    )
    assert kinds(result) == {"Civil Defence Norway": "organisation", "Ana Berg": "person"}
    assert claimants(result, "in touch through the night") == ["Ana Berg"]
    assert kinds(drafted(tmp_path, "Kessel Water Board Chair Ana Berg said two roads were shut.")) == {
        "Kessel Water Board": "government-body",
        "Ana Berg": "person",
    }
    ward = drafted(tmp_path, "The bill was moved by Orla MCA Ana Ruiz, the chairman of the budget committee.")
    assert kinds(ward) == {"Ana Ruiz": "person", "Orla": "place"}


def test_a_cleric_s_office_and_the_bishop_said(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The council appointed the current bishop, Rev. Professor Ana Maria Lund. Bo Varn, now Bishop "
        "Emeritus, retired in 2013. In a homily, Bishop Lund urged people to always help their neighbours. "
        "The bishop reminded people in the town that building a hall is good.",
    )
    assert "Bishop Lund" not in kinds(result) and "Emeritus" not in kinds(result)
    assert claimants(result, "always help their neighbours") == ["Ana Maria Lund"]
    assert claimants(result, "building a hall is good") == ["Ana Maria Lund"]


def test_kinds_of_a_sport_s_body_a_storm_and_islands(tmp_path: Path) -> None:
    assert kinds(drafted(tmp_path, "Rowing Norway said the crew would miss the regatta.")) == {
        "Rowing Norway": "organisation"
    }
    result = drafted(
        tmp_path,
        "The ferry is heading towards Varlan Group of Islands, the coast guard said. The typhoon “Heron” "
        "(Lusa) is moving north. Tropical storm Heron will weaken.",
    )
    assert kinds(result) == {"Varlan Group of Islands": "place", "Heron": "object", "Lusa": "object"}


def test_a_street_after_its_number_and_a_town_before_its_district(tmp_path: Path) -> None:
    result = drafted(
        tmp_path, "The Kessel Arts Hall, at 14 Birch Hill Road, Orla 5, is one of the best-known halls."
    )
    assert kinds(result) == {"Kessel Arts Hall": "organisation", "Birch Hill Road": "place", "Orla": "place"}
    assert kinds(drafted(tmp_path, "The shop at 14 Birch Lane is closed.")) == {"Birch Lane": "place"}
    assert kinds(drafted(tmp_path, "Prices rose by 4 Percent.")) == {}


def test_a_byline_glued_to_the_time(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The Kessel Arts Hall opened a new show on Monday.",
        "Published:Thursday | May 1, 2025 | 9:10 AMAna K. Ruiz/Kessel Writer",
    )
    assert result.source.get("authors") == ["Ana K. Ruiz"]
    assert result.source.get("published") == "2025-05-01"


def test_reported_speech_of_a_call_a_risk_and_a_participle(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Ana Ruiz opened the market on Monday, and she urged traders to always keep the hall clean.",
    )
    assert claimants(result, "always keep the hall clean") == ["Ana Ruiz"]
    assert next(c for c in result.claims if "hall clean" in c["statement"])["status"] == "call"
    weather = drafted(
        tmp_path,
        "Forecasters have cancelled the wind warning, though rain is expected and the Kessel Weather Office "
        "has also assessed there is a high risk of hail this evening that could damage crops.",
    )
    assert claimants(weather, "there is a high risk of hail") == ["Kessel Weather Office"]
    assert next(c for c in weather.claims if "risk of hail" in c["statement"])["status"] == "forecast"
    assert not drafted(tmp_path, "The panel assessed the damage on Monday.").claims[1:]
    whip = drafted(
        tmp_path,
        "Councillor Ana Ruiz, who is the chief whip, supported the bill, saying that the fund helps to "
        "spread development.",
    )
    assert claimants(whip, "the fund helps to spread development") == ["Ana Ruiz"]


def test_an_editor_s_credit_and_an_agency_after_a_dash(tmp_path: Path) -> None:
    edited = drafted(
        tmp_path, "The ferry will sail again on Friday, the harbour master said.\n\n(Edited by K. Lund)"
    )
    assert kinds(edited) == {"K. Lund": "person"}
    assert kinds(drafted(tmp_path, "The book was edited by Ana Ruiz in 2010.")) == {"Ana Ruiz": "person"}
    wire = drafted(tmp_path, "The ferry will sail again on Friday, the harbour master said. -AFP")
    assert kinds(wire) == {"AFP": "media-outlet"}
    assert not any("AFP" in claim["statement"] for claim in wire.claims)
