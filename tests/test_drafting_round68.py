"""Forms the first run of held-out round 68 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: "the town" or "the
city" speaking for the local government the text named; a body and a post before its holder's name,
who "welcomed ... and said"; "said X quoting Y"; a price per unit after a slash and a sum in a
currency's letter with its scale glued on; a compass point opening a region's name and a statute's
name; a compound post with a hyphen; a thing "dismissed as" what the speaker holds it, and a worry
voiced "that"; a post with its holder set off who did something "noting that"; a town and a plain
hyphen as a dateline and an address's month and day as one folder; a title's word inside a
statute's name and a sum before a fund's name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from drafted import claimants, drafted, kinds

from generator.authoring.articles import read_article, url_date
from generator.authoring.extraction import find_attributions
from generator.authoring.kinds import kind_of
from generator.authoring.speakers import is_post_word


def test_the_town_speaks_for_the_local_government_named(tmp_path: Path) -> None:
    body = (
        "The Tarnby Municipality says it has asked the Kessel Water Board to delay its cuts.\n\n"
        "The town wrote to Kessel Water Board staff on Monday about the bills.\n\n"
        "The town said the cuts may hurt its revenue from the market.\n\n"
        "It urged shop owners to keep their receipts for the summer."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "hurt its revenue") == ["Tarnby Municipality"]
    assert claimants(result, "keep their receipts") == ["Tarnby Municipality"]
    body = (
        "The City of Orla has asked the Kessel Rail Company to keep the night trains.\n\n"
        "The city said the trains carry nurses to the hospital each night."
    )
    assert claimants(drafted(tmp_path, body), "carry nurses") == ["City of Orla"]
    # with two local governments named, "the city" is neither of them by this rule
    body = (
        "The Tarnby Municipality and the Orla Municipality asked the Kessel Water Board to delay its cuts.\n\n"
        "The city said the cuts may hurt its revenue from the market."
    )
    assert claimants(drafted(tmp_path, body), "hurt its revenue") != ["Orla Municipality"]


def test_a_body_and_a_post_before_the_name_of_one_who_did_and_said() -> None:
    found = list(
        find_attributions(
            "Club finance officer Ana Ruiz praised the crews and said the club would buy boats."
        )
    )
    assert [f.speaker for f in found] == ["Ana Ruiz"]
    found = list(
        find_attributions(
            "Kessel Port chief executive Bo Lund met the crews and said the port would stay open."
        )
    )
    assert [f.speaker for f in found] == ["Bo Lund"]
    # a body alone that did and said is still the body
    found = list(find_attributions("Kessel Rowing Club praised the crews and said it would buy boats."))
    assert [f.speaker for f in found] == ["Kessel Rowing Club"]
    # a lower-case word before a name that is no post is no post's holder
    found = list(find_attributions("Kessel rowers beat Orla Rowing Club and said the race was close."))
    assert [f.speaker for f in found] != ["Orla Rowing Club"]


def test_said_one_named_quoting_or_citing_a_source() -> None:
    sentence = (
        "Bean exports rose by a fifth in the spring, said Trade Minister Ana Ruiz quoting the Kessel"
        " Customs Office."
    )
    found = list(find_attributions(sentence))
    assert [f.speaker for f in found] == ["Trade Minister Ana Ruiz"]
    assert found[0].said.endswith("in the spring")
    found = list(
        find_attributions("The harvest was the best in a decade, said Bo Lund citing figures from the board.")
    )
    assert [f.speaker for f in found] == ["Bo Lund"]
    # a name after "said" that opens the clause said is what was said, not who says it
    found = list(find_attributions("The board said Bo Lund quoted a price too high for the crop."))
    assert [f.speaker for f in found] == ["the board"]


def test_a_price_of_one_unit_after_a_slash(tmp_path: Path) -> None:
    body = (
        "Diesel sold at $3.89/gallon in Orla on Monday, while petrol cost $3.45 a gallon.\n\n"
        "Growers were paid a price of more than P35/kg for their beans, the lowest price P18.35/kg in Tarnby."
    )
    values = sorted(n["value"] for n in drafted(tmp_path, body).numbers)
    assert values == [3.45, 3.89, 18.35, 35]
    # a ratio, a fraction or a code with a slash is no price
    body = "The office is open 24/7 and the clinic saw 5/6 of the cases.\n\nThe 4/10 score cost $5 to check."
    assert sorted(n["value"] for n in drafted(tmp_path, body).numbers) == [5]


def test_a_compass_point_opens_a_region_s_name() -> None:
    assert kind_of("Northern Tarnia", "The lowest price was seen in ", ".") == "place"
    assert kind_of("Western Orla", "Meanwhile ", " recorded the highest price.") == "place"
    # a body's word still makes it a body; a person's name is still a person's
    assert kind_of("Eastern Kessel Bank", "farmers in ", " said.") != "place"
    assert kind_of("Ana Ruiz", "Meanwhile ", " recorded the highest price.") == "person"


def test_a_sum_in_a_currency_s_letter_with_its_scale_glued_on(tmp_path: Path) -> None:
    body = (
        "The two men face 12 counts over the diversion of N412m belonging to the Kessel Water Board.\n\n"
        "The college plans an E260m campus in Orla."
    )
    values = sorted(n["value"] for n in drafted(tmp_path, body).numbers)
    assert values == [2, 12, 260000000, 412000000]  # (the two men as well)
    # a model's code is no sum
    body = "Staff wore N95 masks on the K220 trucks on the way to Orla."
    assert [n["value"] for n in drafted(tmp_path, body).numbers] == []


def test_a_statute_s_name_is_no_body() -> None:
    assert kind_of("Seed Labelling Law", "the implementation of the ", " that lifted limits") == "object"
    assert kind_of("Harbour Dues Act", "According to the ", ", the fees rise.") == "object"
    assert kind_of("Harbour Dues Act 2011", "Section 4 of the ", " allows it.") == "object"
    # a person whose family name is Law stays a person
    assert kind_of("Tom Law", "", " said the fees were too high.") == "person"


def test_a_compound_post_written_with_a_hyphen(tmp_path: Path) -> None:
    body = (
        "Director-General Dr Ana Ruiz said the union was wrong about the new quota.\n\n"
        "The director-general clarified that small boats keep a share of the quota."
    )
    assert claimants(drafted(tmp_path, body), "small boats keep") == ["Ana Ruiz"]
    assert is_post_word("Secretary-General") and is_post_word("vice-president")
    assert not is_post_word("well-known") and not is_post_word("Kessel-based")


def test_a_thing_dismissed_as_what_the_speaker_holds_it_and_a_worry_voiced_that(tmp_path: Path) -> None:
    body = (
        "Director Ana Ruiz dismissed union leader Bo Lund’s claims as unfounded.\n\n"
        "She expressed concern that the rumours could scare off buyers."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "claims as unfounded") == ["Ana Ruiz"]
    assert claimants(result, "scare off buyers") == ["Ana Ruiz"]
    assert {c["status"] for c in result.claims if "claimants" in c} == {"opinion"}
    # another's claims, as a noun after its owner, are no words of that owner's
    found = list(find_attributions("The union’s claims were first made at the harbour in May."))
    assert found == []
    # "as a whole" judges nothing
    result = drafted(tmp_path, "The board rejected the plan as a whole on Monday after a long meeting.")
    assert not [c for c in result.claims if "claimants" in c]


def test_a_post_with_its_holder_set_off_who_did_something_noting_that(tmp_path: Path) -> None:
    body = (
        "The lawyer for the Kessel Ferry Users, Mr Tom Ree, who sat through the whole hearing,"
        " voiced anger at the ruling, stressing that he would take the case to a higher court.\n\n"
        "The head of the rowing club, Ana Ruiz, welcomed the new boats, saying that the club would race"
        " in May."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "to a higher court") == ["Tom Ree"]
    assert claimants(result, "would race in May") == ["Ana Ruiz"]
    # an act with no words of saying after it is no one's claim
    body = "The owner of the mill, Tom Lee, closed the doors on Monday, and the workers went home early."
    assert not [c for c in drafted(tmp_path, body).claims if "claimants" in c]


def test_a_town_and_a_plain_hyphen_open_the_text(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "Clinic opens its doors\n\nPublished May 3, 2021\n\nLondon - The new clinic opened its doors on Monday"
        " to the first patients of the valley.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.places == ["London"]
    assert article.paragraphs[0].startswith("The new clinic")
    # a credit line after a town is no dateline
    path.write_text(
        "Clinic opens its doors\n\nLondon - KNA\n\nThe new clinic opened on Monday.\n", encoding="utf-8"
    )
    assert read_article(path).places == []


def test_a_month_and_a_day_as_one_folder_after_the_year_s() -> None:
    assert url_date("https://example.org/sport/2017/1004/5120-ferry-fares-cut") == dt.date(2017, 10, 4)
    assert url_date("https://example.org/n3/2023/0316/c900-2012.html") == dt.date(2023, 3, 16)
    # four figures that are no month and day are a story's number
    assert url_date("https://example.org/news/2015/1340/story") is None


def test_a_title_s_word_inside_a_statute_s_name_and_a_sum_before_a_fund_s(tmp_path: Path) -> None:
    body = (
        "The delay breaks Section 12 of the Administration of Kessel Justice Act 2011, which allows only"
        " short delays.\n\n"
        "The board gives money to the growers through the P4-billion Bean Growers Support Fund (BGSF)."
    )
    names = kinds(drafted(tmp_path, body))
    assert "Administration of Kessel" not in names
    assert "Bean Growers Support Fund" in names
    # a judge's title before a name is still a title
    names = kinds(
        drafted(tmp_path, "The trial before Justice Ana Ruiz of the Orla High Court was stalled on Monday.")
    )
    assert names.get("Ana Ruiz") == "person"


def test_a_view_denied_is_a_view(tmp_path: Path) -> None:
    body = (
        '"I don\'t think the fair hurt the town, but the crowds stayed away from the market," Ana Ruiz said.'
        "\n\n"
        '"We do not believe the new fees are fair to the stall holders," Bo Lund said.'
    )
    result = drafted(tmp_path, body)
    assert [c.get("status") for c in result.claims if "claimants" in c] == ["opinion", "opinion"]
    # what someone else does not think is told, not the speaker's view
    body = '"They don\'t think about the stall holders when they set the fees for the market," Ana Ruiz said.'
    assert [c.get("status") for c in drafted(tmp_path, body).claims if "claimants" in c] != ["opinion"]
