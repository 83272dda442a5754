"""Forms the first run of held-out round 64 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a member's
possessive inside a body's name written with a curly apostrophe; what a website is about, in lower
case before "website"; a paper named after "daily" or "weekly"; a watchdog of the press; an outlet
named before "news agency"; a page's "External link" marker glued to a name; a country's press, no
outlet named; a year named by its possessive or a part of it ("in late 2017"); what is added after
"adding that" with a phrase quoted inside; one "reported to be" somewhere; a subject's act that
officials report "late Monday"; "they found that" after researchers at a body; a phrase quoted at a
claim's end; "the Roads ministry" beside "Senior Ministry of Roads staff"; "who is the captain said"
with no comma; a contest before "winner"; a given name ending as a people's word does."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted, kinds


def test_a_member_s_possessive_inside_a_body_s_name(tmp_path: Path) -> None:
    result = drafted(tmp_path, "The farm was sold to the banned Norlandian Farmer’s Union (NFU) on Monday.")
    assert kinds(result)["Norlandian Farmer’s Union"] == "organisation"
    assert "Norlandian Farmer" not in kinds(result)
    # a person's party is still hers
    party = kinds(drafted(tmp_path, "Ana Baker's Party was held on Monday, Bo Lund said."))
    assert party["Ana Baker"] == "person"


def test_what_a_website_is_about_is_no_word_of_its_name(tmp_path: Path) -> None:
    result = drafted(tmp_path, "According to the K9 dog welfare website, there are 40 dogs in the shelters.")
    assert "K9" in kinds(result) and "K9 dog welfare" not in kinds(result)
    assert claimants(result, "40 dogs in the shelters") == ["K9"]


def test_papers_watchdogs_and_agencies_by_the_words_before_and_after(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The figures were printed by the weekly Kessel Courier and the pro-farmer daily Orla Voice. "
        "The trees were felled, the media watchdog Writers Without Fear said. "
        "The port was sold, according to the private Tarnby news agency.",
    )
    found = kinds(result)
    assert found["Kessel Courier"] == "media-outlet" and found["Orla Voice"] == "media-outlet"
    assert found["Writers Without Fear"] == "organisation"
    assert found["Tarnby"] == "media-outlet"
    agency = next(a for a in result.actors if a["name"] == "Tarnby")
    assert agency["aliases"] == ["Tarnby news agency"]


def test_a_pasted_link_marker_glued_to_a_name(tmp_path: Path) -> None:
    result = drafted(tmp_path, "The flood was bad, Ana Ruiz told the public broadcaster KTVExternal link.")
    assert kinds(result) == {"Ana Ruiz": "person", "KTV": "media-outlet"}


def test_a_country_s_press_names_no_outlet(tmp_path: Path) -> None:
    result = drafted(tmp_path, "Three ferries were sold by the port on Tuesday, Norlandian media reported.")
    assert kinds(result) == {}
    assert claimants(result, "Three ferries were sold") == [None]


def test_a_year_by_its_possessive_or_a_part_of_it(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Most were freed after 2016’s great flood. Two surveys were made, one in late 2017 and one in "
        "mid-2019.",
        "May 3, 2021",
    )
    assert [e["date"] for e in result.events] == ["2016", "2017", "2019"]


def test_what_is_added_with_a_phrase_quoted_inside(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The mill's owner, Ana Ruiz, was fined 900 euros, the Kessel Courier said, adding that the judge "
        "noted a “lack of care” during the hearing.",
    )
    assert claimants(result, "the judge noted a “lack of care” during the hearing") == ["Kessel Courier"]


def test_one_reported_to_be_somewhere_by_no_one_named(tmp_path: Path) -> None:
    result = drafted(
        tmp_path, "Farm Minister Ana Ruiz was reported to be in Paris, and sources said the mayor was told."
    )
    assert claimants(result, "Farm Minister Ana Ruiz was reported to be in Paris") == [None]
    assert claimants(result, "the mayor was told") == [None]


def test_a_subject_s_act_reported_late_on_a_day(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Kessel has confirmed two cases of measles in the northern Orla District, senior health "
        "officials briefed on the matter said late Monday.",
    )
    assert [c["statement"] for c in result.claims] == [
        "Kessel has confirmed two cases of measles in the northern Orla District"
    ]
    assert claimants(result, "Kessel has confirmed") == [None]


def test_what_researchers_at_a_body_found(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Researchers at the Kessel Marine Institute and Orla University counted seals along the coast. "
        "They looked at 4,000 photographs. They found that seal numbers fell by half between 1990 and "
        "2010. But the researchers also found that not all colonies shrank at the same rate.",
    )
    assert claimants(result, "seal numbers fell by half") == ["Kessel Marine Institute"]
    assert claimants(result, "not all colonies shrank") == ["Kessel Marine Institute"]
    # people who say something, no finding, are no one named
    general = drafted(
        tmp_path, "Researchers at Orla University counted seals. Scientists say they can count more."
    )
    assert claimants(general, "they can count more") == [None]


def test_a_phrase_quoted_at_a_claim_s_end_keeps_its_mark(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Two ferries were sold after a review that found “gross neglect”, Norlandian media reported.",
    )
    assert [c["statement"] for c in result.claims] == [
        "Two ferries were sold after a review that found “gross neglect”"
    ]


def test_a_ministry_named_by_its_field_first(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Senior Ministry of Fisheries staff rushed to Orla to count the boats. “Two boats sank in the "
        "harbour,” the Fisheries ministry said.",
    )
    assert kinds(result) == {"Ministry of Fisheries": "government-body", "Orla": "place"}
    assert claimants(result, "Two boats sank") == ["Ministry of Fisheries"]


def test_who_is_the_captain_said_with_no_comma(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Three-time Orla Regatta winner Ana Ruiz, who is the club captain said there were delays in "
        "paying the crews.",
    )
    assert kinds(result) == {"Orla Regatta": "organisation", "Ana Ruiz": "person"}
    assert claimants(result, "there were delays") == ["Ana Ruiz"]


def test_a_given_name_ending_as_a_people_s_word(tmp_path: Path) -> None:
    result = drafted(tmp_path, "Ana Lund won in 2:29:57 ahead of Mara Tell while Lilian Kell was third.")
    assert kinds(result)["Lilian Kell"] == "person"
    # a people's word still opens a body's name
    aid = kinds(drafted(tmp_path, "Boats were sent by the Norlandian Farm Aid on Monday."))
    assert aid["Norlandian Farm Aid"] == "organisation"


def test_a_quote_commented_by_its_speaker(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "“Various boats are being studied from a safety point of view. Some of these studies will help "
        "to understand the risk,” commented Ana Ruiz.",
    )
    assert claimants(result, "Some of these studies will help") == ["Ana Ruiz"]


def test_a_place_s_name_before_and_one_of(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Loggers found 12 new trees in the Orinoco jungle. The Tarn River is a river in the Orinoco and "
        "one of the main tributaries of the Negro River.",
    )
    assert kinds(result)["Orinoco"] == "place"
    # a people's words before a second one stay adjectives
    assert "Kenyan" not in kinds(drafted(tmp_path, "The Kenyan and Ugandan traders met on Monday."))


def test_a_count_of_what_a_maker_made(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "This week the depot received 2.4million K7X2 spare parts from Orla and 52,300 Tarn Motors "
        "Mark-4 brake pads donated by Kessel. About 5,000 Lund County residents left.",
    )
    assert [n["value"] for n in result.numbers] == [2400000, 52300, 5000]
    assert kinds(result)["Tarn Motors"] == "organisation"
    assert "Lund County" not in kinds(result)


def test_a_body_s_communique_and_reports(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "“Ferries will stop across the country on Monday,” the Ministry of Transport communique reads.\n\n"
        "“The Ministry of Transport encourages passengers to book early,” the official communique said\n\n"
        "Reports of the Ministry of Transport indicate that 2,900 people have so far booked a seat.",
    )
    assert claimants(result, "Ferries will stop") == ["Ministry of Transport"]
    assert claimants(result, "encourages passengers") == ["Ministry of Transport"]
    assert claimants(result, "2,900 people have so far booked") == ["Ministry of Transport"]
    # "reads" of anything else reports nothing
    assert drafted(tmp_path, "Ana Ruiz reads the paper every day.").claims == []


def test_a_day_s_year_from_its_clause_or_its_month(tmp_path: Path) -> None:
    race = drafted(tmp_path, "In the 2019 race held on May 12, Ana Lund won in two hours.", "March 3, 2021")
    assert "2019-05-12" in [e["date"] for e in race.events]
    ferries = drafted(
        tmp_path,
        "“Ferries will run again next Friday- March 14,” the office said. Reports indicate 2,900 "
        "people have booked as of March 11, 2011.",
    )
    assert [e["date"] for e in ferries.events] == ["TODO", "2011-03-14", "2011-03-11"]


def test_a_paper_s_byline_with_its_link_to_more(tmp_path: Path) -> None:
    result = drafted(tmp_path, "Two ferries sank in the bay.", "By KESSEL MONITOR More by this Author")
    assert kinds(result) == {"Kessel Monitor": "media-outlet"}
    assert kinds(drafted(tmp_path, "Two ferries sank in the bay.", "By ANA RUIZ")) == {"Ana Ruiz": "person"}


def test_a_country_named_by_its_state(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The Democratic Republic of Orlavia, which neighbours Kessel to the west, is battling floods. "
        "Trade with the Republic of Tarnia rose.",
    )
    assert kinds(result)["Democratic Republic of Orlavia"] == "place"
    assert kinds(result)["Republic of Tarnia"] == "place"


def test_one_case_of_an_illness(tmp_path: Path) -> None:
    result = drafted(tmp_path, "A Kessel farm has confirmed one case of scrapie in its flock.")
    assert [(n["value"], n["counts"]) for n in result.numbers] == [(1, "case")]


def test_a_survey_institute_and_a_journal(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "They looked at 700 photographs taken by the Tarn National Survey institute. The research, "
        "published in The Icefield journal, is new.",
    )
    survey = next(a for a in result.actors if a["name"] == "Tarn National Survey")
    assert survey["aliases"] == ["Tarn National Survey institute"]
    assert kinds(result)["Icefield"] == "media-outlet"


def test_a_body_s_fields_listed_to_their_head_word(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Researchers at the Kessel Federal Institute for Forest, Snow and Landscape Research (KFI) counted trees.",
    )
    assert kinds(result) == {
        "Kessel Federal Institute for Forest, Snow and Landscape Research": "research-institute"
    }


def test_a_ministry_written_in_lower_case_beside_its_name(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Estimates by the Ministry of Transport show 40 ferries. The latest research conducted by the "
        "ministry of Transport indicates that ferries are safe.",
    )
    assert kinds(result) == {"Ministry of Transport": "government-body"}
    assert claimants(result, "ferries are safe") == ["Ministry of Transport"]
