"""Forms the first run of held-out round 51 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: honours of other
realms' orders after a person's name ("Tom Lee AM", "Ana Ruiz ONZM")."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.drafting import draft, read_article
from generator.authoring.extraction import Said, find_attributions
from generator.authoring.ordinals import find_ordinal_figures
from generator.authoring.stances import suggest_status


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Fire Chief Bo Lund AFSM praised the crews. Chief Lund said the crews worked all night.", "Bo Lund"),
        ("Ana Ruiz ONZM opened the new wing. Ruiz said the wing was long overdue.", "Ana Ruiz"),
        (
            "Commissioner Tom Lee APM opened the new station. Commissioner Lee said the town had waited too long.",
            "Tom Lee",
        ),
    ],
    ids=["fire-medal", "order-of-merit", "police-medal"],
)
def test_an_honour_after_a_name_is_no_part_of_it(tmp_path: Path, body: str, person: str) -> None:
    result = drafted(tmp_path, body)
    assert kinds(result)[person] == "person"
    said = body.split(" said ")[1].rstrip(".")
    assert claimants(result, said) == [person]


@pytest.mark.parametrize(
    ("body", "judge", "ruling"),
    [
        (
            "Mrs Justice Ortiz ruled yesterday that the ferry operator had broken its contract.",
            "Justice Ortiz",
            "broken its contract",
        ),
        (
            "Judge Marlow ruled on Monday that the permit for the quarry was void.",
            "Judge Marlow",
            "permit for the quarry",
        ),
        ("Lord Justice Penrose held that the tenants had been misled.", "Justice Penrose", "had been misled"),
    ],
    ids=["mrs-justice-yesterday", "judge-on-monday", "held-that"],
)
def test_a_judge_by_title_and_family_name_rules(tmp_path: Path, body: str, judge: str, ruling: str) -> None:
    result = drafted(tmp_path, body)
    assert kinds(result)[judge] == "person"
    assert claimants(result, ruling) == [judge]


def test_a_panel_decided_that(tmp_path: Path) -> None:
    body = "The Kessel Water Board decided on Tuesday that the reservoir would stay closed."
    assert claimants(drafted(tmp_path, body), "reservoir would stay closed") == ["Kessel Water Board"]


def test_a_judge_named_in_full_then_by_title_is_one_person(tmp_path: Path) -> None:
    body = "Judge Ana Ruiz heard the case in Varso. Justice Ruiz said the harbour lease had lapsed in the spring."
    result = drafted(tmp_path, body)
    assert "Justice Ruiz" not in kinds(result)
    assert claimants(result, "harbour lease had lapsed") == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("body", "person", "quote"),
    [
        (
            "Bo Lund runs the Kessel ferry. “We have never seen the harbour this empty.” Lund said on Friday.",
            "Bo Lund",
            "harbour this empty",
        ),
        (
            'Ana Ruiz opened the Orla bakery in March. "Bread sells out by noon every day." Ruiz said.',
            "Ana Ruiz",
            "sells out by noon",
        ),
    ],
    ids=["curly-then-day", "straight-marks"],
)
def test_a_quote_closed_by_its_stop_then_who_said_it(
    tmp_path: Path, body: str, person: str, quote: str
) -> None:
    assert claimants(drafted(tmp_path, body), quote) == [person]


def test_a_quote_then_another_speaker_is_the_new_speakers(tmp_path: Path) -> None:
    body = (
        "Bo Lund said the ferry would run again on Monday. "
        "“The new engine is far quieter than the old one.” Ana Ruiz said.\n\nRuiz runs the yard."
    )
    assert claimants(drafted(tmp_path, body), "far quieter") == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("body", "person", "more"),
    [
        (
            "The mill will reopen in May, Ana Ruiz said, but the night shift will not return.",
            "Ana Ruiz",
            "the night shift will not return",
        ),
        (
            "Prices rose sharply in the spring, Bo Lund said, and there is no sign of them falling.",
            "Bo Lund",
            "no sign of them falling",
        ),
    ],
    ids=["but-the", "and-there"],
)
def test_a_speaker_who_goes_on_after_said_but(tmp_path: Path, body: str, person: str, more: str) -> None:
    assert claimants(drafted(tmp_path, body), more) == [person]


def test_said_but_declined_says_nothing_more(tmp_path: Path) -> None:
    result = drafted(tmp_path, "The mill will reopen in May, Ana Ruiz said, but declined to give a date.")
    assert not [c for c in result.claims if c["statement"].lower().startswith("declined")]
    assert claimants(result, "mill will reopen") == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("body", "person", "said"),
    [
        (
            "Ana Ruiz, the city’s treasurer, presented the budget on Monday. "
            "The treasurer said the reserves would last two more years.",
            "Ana Ruiz",
            "reserves would last",
        ),
        (
            "Bo Lund, the club's chairman, met the players in Varso. The chairman said the ground would be sold.",
            "Bo Lund",
            "ground would be sold",
        ),
    ],
    ids=["city-treasurer", "club-chairman"],
)
def test_a_post_with_an_owner_after_a_name_names_them_later(
    tmp_path: Path, body: str, person: str, said: str
) -> None:
    assert claimants(drafted(tmp_path, body), said) == [person]


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("The gala was held at the Orla Theater Center on Friday.", "Orla Theater Center", "place"),
        (
            "The book fair moved to the Kessel Convention Centre in May.",
            "Kessel Convention Centre",
            "place",
        ),
        (
            "The band played the Tarn Performing Arts Center last spring.",
            "Tarn Performing Arts Center",
            "place",
        ),
        (
            "The Orla Research Center said the samples were clean.",
            "Orla Research Center",
            "research-institute",
        ),
    ],
    ids=["theater-center", "convention-centre", "arts-center", "research-center"],
)
def test_a_centre_named_by_what_is_staged_in_it_is_a_venue(
    tmp_path: Path, body: str, name: str, kind: str
) -> None:
    assert kinds(drafted(tmp_path, body))[name] == kind


@pytest.mark.parametrize(
    ("body", "company", "short"),
    [
        (
            "Kessel Repertory Theatre of Orla opens its season in June. Kessel Repertory Theatre hired six actors.",
            "Kessel Repertory Theatre of Orla",
            "Kessel Repertory Theatre",
        ),
        (
            "The Youth Ballet Theater of Varso lost its grant. Youth Ballet Theater will tour once more.",
            "Youth Ballet Theater of Varso",
            "Youth Ballet Theater",
        ),
    ],
    ids=["repertory", "ballet"],
)
def test_a_theatre_named_for_its_town_is_a_company(
    tmp_path: Path, body: str, company: str, short: str
) -> None:
    result = drafted(tmp_path, body)
    assert kinds(result)[company] == "organisation"
    assert short not in kinds(result)
    assert short in next(a for a in result.actors if a["name"] == company)["aliases"]


@pytest.mark.parametrize(
    ("body", "body_name", "said"),
    [
        (
            "After 12 seasons, Kessel Repertory Theatre of Orla, one of two touring companies in the county, "
            "will tour abroad, the theatre announced on Monday.",
            "Kessel Repertory Theatre of Orla",
            "will tour abroad",
        ),
        (
            "The Varso Chamber Orchestra played its last concert in May. "
            "Its winter season, planned for two years, will not go ahead, the orchestra said.",
            "Varso Chamber Orchestra",
            "will not go ahead",
        ),
    ],
    ids=["theatre-closing", "orchestra-season"],
)
def test_the_arts_body_by_what_it_is_and_a_verb_after_an_apposition(
    tmp_path: Path, body: str, body_name: str, said: str
) -> None:
    assert claimants(drafted(tmp_path, body), said) == [body_name]


@pytest.mark.parametrize(
    "opening",
    ["KESSELBURG, ORE: ", "KESSELBURG, N.D.: ", "KESSELBURG, Wyo.: "],
    ids=["state-in-capitals", "state-initials", "state-abbreviated"],
)
def test_a_town_and_its_state_in_capitals_and_a_colon_is_a_dateline(tmp_path: Path, opening: str) -> None:
    path = tmp_path / "text.txt"
    path.write_text(
        f"{opening}The county fair drew a record crowd this year, the fair board announced on Friday.\n\n"
        "The board voted to sell the hall.\n",
        encoding="utf-8",
    )
    result = draft(read_article(path), "text", "text.txt", __import__("datetime").date(2099, 1, 1))
    assert result.source["id"].startswith("the-county-fair")
    assert not [c for c in result.claims if c["statement"].startswith("KESSELBURG")]
    assert kinds(result).get("Kesselburg") == "place"


# paragraphs enough that the line below the text is past the head's lines
_MORE = "\n\n".join(
    [
        "The board blamed the price of fuel, which has doubled since the spring.",
        "Fares on the night boat will stay as they are until the end of the year.",
        "Islanders who cross every day can buy a pass at a third of the price.",
        "The board will meet again in May to look at the timetable for the summer.",
        "A second boat is to join the route next year, the board said.",
    ]
)


@pytest.mark.parametrize(
    ("footer", "published"),
    [
        ("Published Tuesday March 4, 2014", "2014-03-04"),
        ("Posted on 12 March 2019", "2019-03-12"),
        ("First published: June 2, 2008", "2008-06-02"),
    ],
    ids=["published-weekday", "posted-on", "first-published"],
)
def test_the_day_published_below_the_text(tmp_path: Path, footer: str, published: str) -> None:
    path = tmp_path / "text.txt"
    path.write_text(
        "Ferry fares to rise in Kessel\n\nFerry fares to Kessel will rise by a fifth, the harbour board said "
        f"yesterday.\n\n{_MORE}\n\n{footer}\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.published_as == published
    assert not [p for p in article.paragraphs if footer.split()[0] in p]


def test_a_day_published_below_the_text_gives_way_to_the_heads(tmp_path: Path) -> None:
    path = tmp_path / "text.txt"
    path.write_text(
        "Ferry fares to rise in Kessel\n\nMarch 3, 2014\n\nFerry fares to Kessel will rise by a fifth, the "
        f"harbour board said.\n\n{_MORE}\n\nPublished Tuesday March 4, 2014\n",
        encoding="utf-8",
    )
    assert read_article(path).published_as == "2014-03-03"


def test_a_town_named_apart_from_the_group_named_for_it(tmp_path: Path) -> None:
    body = "The council will let 40 homes be built in Tarnwick. Tarnwick Heritage Group said it would appeal."
    names = kinds(drafted(tmp_path, body))
    assert names["Tarnwick Heritage Group"] == "organisation"
    assert names["Tarnwick"] == "place"


def test_a_company_named_short_is_still_the_company(tmp_path: Path) -> None:
    body = "Varco Group opened a second plant. Varco said the plant would hire 200 people."
    names = kinds(drafted(tmp_path, body))
    assert "Varco" not in names


def _release(tmp_path: Path, source: str, body: str) -> Path:
    path = tmp_path / "release.txt"
    path.write_text(
        f"New moth found in the hills\nDate:\nMay 3, 2018\nSource:\n{source}\nSummary:\n"
        f"Two entomologists have described a new moth.\nShare:\nFULL STORY\n{body}\n",
        encoding="utf-8",
    )
    return path


def test_the_body_a_releases_source_field_names_is_an_actor(tmp_path: Path) -> None:
    body = (
        "KSU student Bo Lund counted the moths in the Tarn hills over two summers. "
        "Lund said the moth flies only at dusk. Lund said KSU will show the moth in May."
    )
    path = _release(tmp_path, "Kessel State University", body)
    article = read_article(path)
    assert article.issuers == ["Kessel State University"]
    assert not [p for p in article.paragraphs if p == "Kessel State University"]
    result = draft(article, "release", "release.txt", __import__("datetime").date(2099, 1, 1))
    university = next(a for a in result.actors if a["name"] == "Kessel State University")
    assert university["kind"] == "research-institute"
    assert "KSU" in university.get("aliases", [])
    assert "KSU" not in kinds(result)


def test_an_outlet_in_the_source_field_publishes_the_page(tmp_path: Path) -> None:
    path = _release(
        tmp_path, "Kessel Daily News", "Bo Lund said the moth flies only at dusk in the late summer."
    )
    article = read_article(path)
    assert article.issuers == []
    assert article.publisher == "Kessel Daily News"


@pytest.mark.parametrize(
    ("body", "site"),
    [
        (
            "“We ran out of time,” Ana Ruiz said in an interview with kesselnews.com on Monday.",
            "kesselnews.com",
        ),
        ("Bo Lund told orlatoday.net that the mill would close in May.", "orlatoday.net"),
        ("The ferry will not run this winter, according to Tarnpost.co.uk.", "Tarnpost.co.uk"),
    ],
    ids=["interview-with", "told", "according-to"],
)
def test_a_news_site_named_by_its_address(tmp_path: Path, body: str, site: str) -> None:
    assert kinds(drafted(tmp_path, body))[site] == "media-outlet"


def test_an_address_to_visit_or_write_to_is_no_outlet(tmp_path: Path) -> None:
    body = "Tickets are on sale at kesselhall.org and questions can be sent to info@kesselhall.org."
    names = kinds(drafted(tmp_path, body))
    assert "kesselhall.org" not in names


@pytest.mark.parametrize(
    ("body", "outlet"),
    [
        ("KTV news anchor and journalist Ana Ruiz chaired the debate in Orla.", "KTV"),
        ("ORF correspondent Bo Lund reported from the border on Monday.", "ORF"),
        ("The debate was chaired by Kessel Star reporter Li Wen.", "Kessel Star"),
    ],
    ids=["acronym-anchor", "acronym-correspondent", "name-reporter"],
)
def test_an_outlet_before_a_journalists_trade_and_name(tmp_path: Path, body: str, outlet: str) -> None:
    assert kinds(drafted(tmp_path, body))[outlet] == "media-outlet"


def test_an_acronym_before_a_noun_is_still_no_actor(tmp_path: Path) -> None:
    names = kinds(drafted(tmp_path, "Vets took DNA samples from the herd and fitted GPS collars."))
    assert "DNA" not in names and "GPS" not in names


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "The bridge was opened by the President of the Republic of Orlavia, Ana Ruiz, on Monday.",
            "Orlavia",
        ),
        ("The Chancellor of the Kingdom of Tarnland opened the bridge on Monday.", "Tarnland"),
        ("The gala was attended by the President of Portugal and two ministers.", "Portugal"),
    ],
    ids=["republic-of", "kingdom-of", "known-country"],
)
def test_the_country_a_post_is_held_in(tmp_path: Path, body: str, place: str) -> None:
    assert kinds(drafted(tmp_path, body))[place] == "place"


def test_a_post_of_a_portfolio_names_no_place(tmp_path: Path) -> None:
    names = kinds(drafted(tmp_path, "The Director of Public Works said the road would reopen."))
    assert "Public Works" not in names


@pytest.mark.parametrize(
    ("body", "award"),
    [
        ("Ana Ruiz won the Orla Prize in Poetry for her third book.", "Orla Prize in Poetry"),
        ("Bo Lund took First Prize in Verse at the Orla fair.", "First Prize in Verse"),
        ("Bo Lund took the Kessel Medal in Applied Physics last year.", "Kessel Medal in Applied Physics"),
    ],
    ids=["prize-in", "first-prize", "medal-two-words"],
)
def test_an_awards_field_after_in_is_part_of_its_name(tmp_path: Path, body: str, award: str) -> None:
    names = kinds(drafted(tmp_path, body))
    assert award in names
    assert award.split(" in ")[-1] not in names


def test_an_award_won_in_a_town_keeps_the_town_apart(tmp_path: Path) -> None:
    names = kinds(drafted(tmp_path, "Ana Ruiz collected the Orla Prize in Lisbon on Friday."))
    assert names.get("Lisbon") == "place"


@pytest.mark.parametrize(
    ("sentence", "rank"),
    [
        ("Orla Wanderers are now 9th on the KPL log after the draw.", 9),
        ("Orla Rovers sat 14th in the standings after the defeat.", 14),
        ("The city now stands 3rd on the national liveability index.", 3),
    ],
    ids=["league-log", "standings", "index"],
)
def test_a_place_in_a_table_of_ranks(sentence: str, rank: int) -> None:
    ranks = [o.value for o in find_ordinal_figures(sentence) if o.counts == "rank"]
    assert ranks == [rank]


def test_a_grade_or_a_street_is_no_rank() -> None:
    sentence = "She is 12th in line for the 10th Street flat and in 11th grade."
    assert [o.value for o in find_ordinal_figures(sentence) if o.counts == "rank"] == []


@pytest.mark.parametrize(
    ("body", "person", "said"),
    [
        (
            "The Kessel Trust met on Monday.\n\nWe cannot keep the museum open on what the town gives us. "
            "It is a loss for every child in the valley. Bo Lund, KT chairperson",
            "Bo Lund",
            "cannot keep the museum open",
        ),
        (
            "The harbour closed in March.\n\nThe boats will be back, and so will the fish, sooner than "
            "anyone thinks. Ana Ruiz, head of the Orla Fishers Guild",
            "Ana Ruiz",
            "boats will be back",
        ),
    ],
    ids=["initials-post", "post-of-a-body"],
)
def test_words_signed_below_by_a_name_and_a_post(tmp_path: Path, body: str, person: str, said: str) -> None:
    assert claimants(drafted(tmp_path, body), said) == [person]


def test_to_say_the_least_reports_nothing(tmp_path: Path) -> None:
    result = drafted(tmp_path, "The harbour wall is in a sorry state of repair to say the least.")
    assert not [c for c in result.claims if c["statement"].lower().startswith("the least")]


@pytest.mark.parametrize(
    ("sentence", "speaker", "said"),
    [
        (
            "The race was called off after the stewards felt none of the boats was safe.",
            "the stewards",
            "none of the boats was safe",
        ),
        ("The council felt the bid lacked detail on costs.", "the council", "the bid lacked detail on costs"),
        ("Many growers feel the price is too low to plant again.", "Many growers", "the price is too low"),
    ],
    ids=["after-the-jury", "council-lacked", "present-tense"],
)
def test_a_judgement_felt_before_a_clause(sentence: str, speaker: str, said: str) -> None:
    found = list(find_attributions(sentence))
    assert [f.speaker for f in found] == [speaker]
    assert found[0].said.startswith(said)


@pytest.mark.parametrize(
    "sentence",
    ["Residents felt the tremor as it hit the town.", "She felt the heat, which was fierce by noon."],
    ids=["tremor", "heat"],
)
def test_what_is_felt_with_the_body_reports_nothing(sentence: str) -> None:
    assert list(find_attributions(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "said"),
    [
        (
            "According to current KBC rules there is a limit of two boats per family.",
            "KBC",
            "there is a limit of two boats per family",
        ),
        ("According to the latest KSO figures, exports fell by a fifth.", "KSO", "exports fell by a fifth"),
    ],
    ids=["rules-then-there-is", "latest-figures"],
)
def test_according_to_a_bodys_rules_or_figures(sentence: str, speaker: str, said: str) -> None:
    found = list(find_attributions(sentence))
    assert [f.speaker for f in found] == [speaker]
    assert found[0].said.startswith(said)


@pytest.mark.parametrize(
    ("body", "genus"),
    [
        ("Ana Ruiz found the new species in Tarn and described it as Hyla lundii in her paper.", "Hyla"),
        ("The species Rana tarnensis was described by Bo Lund in 2015 from three frogs.", "Rana"),
        ("A second species of the genus, Orchis kesselensis, was found by Bo Lund on the cliffs.", "Orchis"),
    ],
    ids=["named-it", "the-species", "of-the-genus"],
)
def test_a_species_genus_is_no_actor(tmp_path: Path, body: str, genus: str) -> None:
    names = kinds(drafted(tmp_path, body))
    assert genus not in names
    assert {"Ana Ruiz", "Bo Lund"} & set(names)


def test_a_name_before_a_latin_looking_word_without_species_is_kept(tmp_path: Path) -> None:
    names = kinds(
        drafted(tmp_path, "The ferry from Orla minibus stop leaves at noon, said Tarnbus chief Ana Ruiz.")
    )
    assert "Ana Ruiz" in names


@pytest.mark.parametrize(
    ("body", "publisher"),
    [
        ("The festival sold out of Night Tide (Corvid) by poet Ana Ruiz on Friday.", "Corvid"),
        ("Salt Roads (Lantern Press) by Bo Lund won the prize in Orla.", "Lantern Press"),
    ],
    ids=["one-word", "press"],
)
def test_a_publisher_in_brackets_between_a_title_and_its_author(
    tmp_path: Path, body: str, publisher: str
) -> None:
    assert kinds(drafted(tmp_path, body))[publisher] == "organisation"


@pytest.mark.parametrize(
    "body",
    [
        "According to KNA, Ana Ruiz, the island's minister of works, said the port would reopen in May.",
        "According to Norpost, Bo Lund said the ferry would not sail again this year.",
    ],
    ids=["acronym-apposition", "one-word-said"],
)
def test_one_word_relaying_what_a_named_person_said_is_an_outlet(tmp_path: Path, body: str) -> None:
    relay = body.split(",")[0].removeprefix("According to ")
    assert kinds(drafted(tmp_path, body))[relay] == "media-outlet"


def test_according_to_a_body_of_state_is_no_outlet(tmp_path: Path) -> None:
    body = "According to NASA, Ana Ruiz said the probe would fly past Mars in May."
    assert kinds(drafted(tmp_path, body))["NASA"] == "government-body"


def test_a_regions_letters_written_alone_beside_its_bodies(tmp_path: Path) -> None:
    body = (
        "KSW Police Chief Ana Ruiz opened the new station, KSW Police said. "
        "Burglaries fell last year across Port Orla and KSW alike. "
        "The KSW Police Force will hire 200 more officers."
    )
    assert kinds(drafted(tmp_path, body))["KSW"] == "place"


def test_a_word_opening_a_sentence_before_its_people_stays_inside_longer_names(tmp_path: Path) -> None:
    body = (
        "The Orla City Council met on Monday. The City Council agreed to raise fares. "
        "Council members Ana Ruiz and Bo Lund said the rise was overdue."
    )
    assert "Council" not in kinds(drafted(tmp_path, body))


@pytest.mark.parametrize(
    ("said", "status"),
    [
        ("Of all the birds, owls are my favourite", "opinion"),
        ("The new pool is terrific", "opinion"),
        ("The new boats give us hope for the summer", "opinion"),
        ("Months of training have paid off", "opinion"),
        ("I am incredibly proud of the volunteers", "opinion"),
        ("There is going to be a long wait at the border", "forecast"),
        ("We will be rebuilding the pier over the summer", "forecast"),
        ("Closing the only clinic in the valley is simply unacceptable", "opinion"),
        ("The crews worked through the night to clear the road", None),
    ],
    ids=[
        "favourite",
        "terrific",
        "gives-hope",
        "paid-off",
        "incredibly-proud",
        "going-to-be",
        "will-be-ing",
        "unacceptable",
        "plain",
    ],
)
def test_opinions_and_forecasts_in_what_is_said(said: str, status: str | None) -> None:
    suggested = suggest_status(Said("Ana Ruiz", said), f"“{said},” Ana Ruiz said.")
    assert (suggested.status.value if suggested else None) == status
