"""Forms the first run of held-out round 71 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a post in capitals
with its portfolio set off by a comma before its holder's name ("The Minister for Roads and
Transport, Ana Ruiz,"), whom "the Minister" names later; a shop, a salon or a store by its last word
and an arcade, a promenade or a room a place; a place in a ranking and a gapped list's names with
their figures alone; a seat in a legislature before or after a person's name; a "4" for "for" inside
a campaign's name; a claim held on ("continues to argue that"); what is held now against before
("had nine stalls and now has five"); a centre where goods are sold or a town meets; a month after
"set to"; "and" inside a panel's long name; an act left undone, "noting" a clause without "that"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from drafted import claimants, drafted, kinds

from generator.authoring.drafting import Draft, draft, read_article
from generator.authoring.kinds import kind_of


def test_a_post_with_its_portfolio_set_off_before_the_name(tmp_path: Path) -> None:
    body = (
        "The Minister for Roads and Transport, Ana Ruiz, opened a new bridge over the river on Friday.\n\n"
        "The Minister said: “This bridge will change the lives of the people of the valley.”"
    )
    assert claimants(drafted(tmp_path, body), "change the lives") == ["Ana Ruiz"]
    body = (
        "The Commissioner for Water and Forests, Li Wen, opened the new harbour on Friday.\n\n"
        "The Commissioner said: “These boats will bring the catch home faster than before.”"
    )
    assert claimants(drafted(tmp_path, body), "catch home") == ["Li Wen"]
    # a post named alone, with no one set off after it, is held by no one the text names
    body = (
        "The Minister for Roads and Transport opened a new bridge over the river on Friday.\n\n"
        "Ana Ruiz, a farmer, said: “The old ford floods every spring and cuts the valley off.”\n\n"
        "The Minister said: “This bridge will change the lives of the people of the valley.”"
    )
    assert claimants(drafted(tmp_path, body), "change the lives") != ["Ana Ruiz"]


def test_a_shop_a_salon_an_arcade_a_promenade_and_a_room_by_their_last_word() -> None:
    assert kind_of("Tilly Shop", "Other additions include ", ".") == "organisation"
    assert kind_of("Ana Ruiz Store", "a new ", " opened on Monday.") == "organisation"
    assert kind_of("Kessel Beauty Salon", "the ", " closed.") == "organisation"
    assert kind_of("KESSEL ARCADE", "", " is full again.") == "place"
    assert kind_of("Tarn Promenade", "pumped away from ", " to the works.") == "place"
    assert kind_of("Mara Lund Room", "waited in the hall's ", " for hours.") == "place"
    # the word elsewhere than last in a name says nothing of its kind
    assert kind_of("Shop Workers Union", "the ", " said.") == "organisation"
    assert kind_of("Arcade Fire", "the band ", " played.") != "place"


def _counted(result: Draft) -> list[tuple[float, str]]:
    return sorted((n["value"], n["counts"]) for n in result.numbers)


def test_a_place_in_a_ranking_with_its_figure_alone(tmp_path: Path) -> None:
    body = "Ana Ruiz won the race with 4,210 points and Li Wen came second with 3,905."
    assert (3905, "points") in _counted(drafted(tmp_path, body))
    body = "Kessel finished the season with 40 wins, and Orla finished third with 31."
    assert (31, "wins") in _counted(drafted(tmp_path, body))
    # a figure after "with" with no place in a ranking before it is not taken for the same count
    body = "Ana Ruiz won the race with 4,210 points and left with 12."
    assert (12, "points") not in _counted(drafted(tmp_path, body))


def test_a_gapped_list_each_name_with_its_figure_alone(tmp_path: Path) -> None:
    body = "Ruiz holds the leases on six of the plots, Wen three and Lund, two."
    counted = _counted(drafted(tmp_path, body))
    assert (3, "plots") in counted and (2, "plots") in counted
    body = "The club sold 40 tickets and Ana Ruiz, 55."
    assert (55, "tickets") in _counted(drafted(tmp_path, body))
    # a number in digits after a name stays the name's own ("Flight 18")
    body = "The 40 passengers of Flight 17 and Flight 18 landed."
    assert [value for value, _ in _counted(drafted(tmp_path, body))] == [40]


def test_a_seat_in_a_legislature_before_or_after_the_name(tmp_path: Path) -> None:
    body = (
        "The plan was sent to the Roads Committee, chaired by Ana Ruiz MLC, for a hearing.\n\n"
        "Kessel Representative Li Wen and Bo Lund MP did not win enough votes to keep their seats."
    )
    found = kinds(drafted(tmp_path, body))
    assert found["Ana Ruiz"] == found["Li Wen"] == found["Bo Lund"] == "person"
    assert not {"Ana Ruiz MLC", "Bo Lund MP", "Kessel Representative Li Wen"} & set(found)
    # one who represents a body, in lower case, is no title
    body = "A representative of the Orla Trust said it would pay for the repairs."
    assert kinds(drafted(tmp_path, body))["Orla Trust"] == "organisation"


def test_a_four_for_for_inside_a_campaigns_name(tmp_path: Path) -> None:
    body = (
        "The campaign Kids 4 Tarn Dunes wants the car park moved inland.\n\n"
        "The group has urged the Roads Committee to look again at the car park.\n\n"
        "Fathers 4 Justice said it would march on Saturday."
    )
    result = drafted(tmp_path, body)
    assert kinds(result)["Kids 4 Tarn Dunes"] == kinds(result)["Fathers 4 Justice"] == "organisation"
    assert claimants(result, "look again at the car park") == ["Kids 4 Tarn Dunes"]
    # a numbered thing's own number is no word of the name after it, nor a name's own number
    body = "In Round 4 Ana Ruiz won the title, and Operation 4417 ended on Monday."
    assert not any(any(c.isdigit() for c in name) for name in kinds(drafted(tmp_path, body)))


def test_a_claim_held_on_continues_to_argue_that(tmp_path: Path) -> None:
    body = (
        "The Orla Trust continues to argue that the old bridge is the safest crossing.\n\n"
        "Ana Ruiz continued to insist that the vote was fair."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "safest crossing") == ["Orla Trust"]
    assert claimants(result, "vote was fair") == ["Ana Ruiz"]
    # a thing that goes on being done is no one's claim
    body = "The Orla Trust continues to repair the old bridge that the floods damaged."
    assert claimants(drafted(tmp_path, body), "repair the old bridge") == [None]


def test_what_is_held_now_against_before_its_noun_unsaid(tmp_path: Path) -> None:
    body = "‘In spring the market had nine empty stalls and now we’ve got only five,’ she said."
    assert (5, "empty stalls") in _counted(drafted(tmp_path, body))
    body = "The town had 40 doctors in 2010 and has 12."
    assert (12, "doctors") in _counted(drafted(tmp_path, body))
    # a figure with more words after it counts something of its own
    body = "The club has 40 members and Ana Ruiz has 3 to go."
    assert (3, "members") not in _counted(drafted(tmp_path, body))


def test_a_centre_where_goods_are_sold_or_a_town_meets() -> None:
    assert kind_of("The Antiques Centre", "which is now ", ", and more.") == "place"
    assert kind_of("Orla Garden Centre", "a new ", " opened.") == "place"
    assert kind_of("Kessel Community Center", "a meeting at the ", ".") == "place"
    # a centre of research stays one
    assert kind_of("Orla Research Centre", "scientists at the ", " said.") == "research-institute"


def test_a_month_after_set_to_is_the_next_one(tmp_path: Path) -> None:
    def dates(body: str) -> list[str]:
        path = tmp_path / "report.txt"
        path.write_text(
            f"https://example.org/news/2023/05/24/shop\n\nShop news\n\nThe day began quietly.\n\n{body}\n",
            encoding="utf-8",
        )
        return [
            event["date"]
            for event in draft(read_article(path), "r", "report.txt", dt.date(2099, 1, 1)).events
        ]

    assert dates("Work goes on at the Orla pool, which is set to open in late August.") == ["2023-08"]
    assert dates("The Orla ferry line is poised to launch in June.") == ["2023-06"]
    # a month told in the past is the last one
    assert dates("The Orla pool closed in July after a fire.") == ["2022-07"]


def test_a_long_panels_name_with_and_after_an_adjective(tmp_path: Path) -> None:
    body = "The group asked the Kessel Coastal and Marine Spatial Planning Committee to act."
    assert "Kessel Coastal and Marine Spatial Planning Committee" in kinds(drafted(tmp_path, body))
    # two bodies with "and" between them, no adjective before it, stay two
    body = "The group asked the Kessel Water Board and Orla Marine Spatial Planning Committee to act."
    assert {"Kessel Water Board", "Orla Marine Spatial Planning Committee"} <= set(
        kinds(drafted(tmp_path, body))
    )


def test_an_act_left_undone_noting_a_clause_without_that(tmp_path: Path) -> None:
    body = "Ana Ruiz would not comment on the sale, noting Li Wen was abroad until March."
    assert claimants(drafted(tmp_path, body), "abroad until March") == ["Ana Ruiz"]
    # "noting" before a noun, no clause of its own, says nothing of hers
    body = "Ana Ruiz welcomed the plan, noting the delays of the last year."
    assert claimants(drafted(tmp_path, body), "delays of the last year") == [None]
