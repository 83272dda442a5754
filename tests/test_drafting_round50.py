"""Forms the first run of held-out round 50 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a dollar written
with its country's letters ("US$5", "NZ$ 40"); a range after a currency, glued code or sign, both
ends figures ("KD1,200-1,500", "SEK2.40-3.10", "US$3.10-3.40"), and a range whose upper end has
decimals before its scale ("4-4.5 million"); a decimal comma in a price, two places after a
currency's sign ("US$2,35", never the thousands of "US$2,350"), which the validator reads as the
draft does; thousands set off by a space after a currency ("US$8 000"); two places joined by "and"
before a co-operative's words, one body; a body's name whose head word is plural after a plural
owner ("Growers’ Groups")."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.extraction import Said, find_attributions
from generator.authoring.figures import find_numbers
from generator.authoring.stances import suggest_status
from generator.format.numbers import number_in_text


def _values(sentence: str) -> list[float]:
    values: list[float] = []
    for figure in find_numbers(sentence):
        values.append(figure.value)
        if figure.upper is not None:
            values.append(figure.upper)
    return values


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Fares on the Orla ferry rose to US$5 a trip.", [5]),
        ("A Kessel lamb fetched NZ$ 40 at the sale.", [40]),
        ("Rice in Tarnby now costs KD1,200-1,500 a sack after the floods.", [1200, 1500]),
        ("Carrots sell at SEK2.40-3.10 per kilo (USD 0.22-0.29/kg) in Brenvik.", [2.40, 3.10, 0.22, 0.29]),
        ("A bag of Kessel wheat costs US$3.10-3.40 this week.", [3.10, 3.40]),
        ("The Orla board buys around 4-4.5 million tons of grain a year.", [4_000_000, 4_500_000]),
        ("It cost between US$8 000 and US$15 000 to fit out a Tarnby boat.", [8000, 15000]),
    ],
    ids=[
        "us-dollar",
        "nz-dollar-spaced",
        "code-range-thousands",
        "code-range-decimals",
        "dollar-range",
        "decimal-upper-scale",
        "spaced-thousands",
    ],
)
def test_money_forms_after_a_currency(sentence: str, values: list[float]) -> None:
    assert _values(sentence) == pytest.approx(values)


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("The first crate of Orla plums sold for US$2,35 per kilo, up from US$2,10 last year.", [2.35, 2.10]),
        ("Lots ranged from €1,15 to €1,90 per kg at the Kessel market.", [1.15, 1.90]),
        ("A Tarnby plot sold for US$2,350 in March.", [2350]),
    ],
    ids=["two-places", "euro-range", "thousands-kept"],
)
def test_a_decimal_comma_in_a_price(sentence: str, values: list[float]) -> None:
    assert _values(sentence) == pytest.approx(values)


def test_the_validator_reads_a_decimal_comma_as_the_draft_does() -> None:
    assert number_in_text(2.35, "plums sold for US$2,35 per kilo")
    assert not number_in_text(2.35, "a plot sold for US$2,350")
    assert number_in_text(3.5, "prices ranged from US$3,50 to US$4,10")


@pytest.mark.parametrize(
    "sentence",
    [
        "Flight AB12-14 was delayed at Tarnby.",
        "The Kessel 2019-20 budget was passed.",
        "Orla won the match 3-1 on Sunday.",
    ],
    ids=["code-of-a-flight", "financial-year", "score"],
)
def test_no_range_without_a_currency(sentence: str) -> None:
    assert not any(value in {12, 14} for value in _values(sentence))
    assert not any(figure.upper is not None for figure in find_numbers(sentence))


def test_two_places_before_a_cooperative_are_one_body(tmp_path: Path) -> None:
    body = (
        "The Varso and Lindholm Cooperative Union and the Kessel and Orla Co-operative Society halted "
        "the coffee sales on Monday, the chairman said."
    )
    names = kinds(drafted(tmp_path, body))
    assert names.get("Varso and Lindholm Cooperative Union") == "organisation"
    assert names.get("Kessel and Orla Co-operative Society") == "organisation"
    assert "Lindholm Cooperative Union" not in names and "Varso" not in names


def test_two_places_without_a_cooperative_stay_apart(tmp_path: Path) -> None:
    names = kinds(drafted(tmp_path, "Rain fell on Varso and Lindholm on Monday, the weather office said."))
    assert "Varso and Lindholm" not in names


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Ana Ruiz, head of the National Union of Grain Growers’ Groups and traders, said prices fell.",
            "National Union of Grain Growers’ Groups",
        ),
        ("Ana Ruiz of the Orla Traders’ Associations said rents rose.", "Orla Traders’ Associations"),
    ],
    ids=["groups", "associations"],
)
def test_a_plural_owner_before_a_plural_head(tmp_path: Path, body: str, name: str) -> None:
    names = kinds(drafted(tmp_path, body))
    assert names.get(name) == "organisation"
    assert "Groups" not in names and "Associations" not in names


@pytest.mark.parametrize(
    ("sentence", "speaker", "said"),
    [
        (
            "Local media reports Ana Ruiz has told them the frost caused no damage to the vines.",
            "Ana Ruiz",
            "the frost caused no damage to the vines",
        ),
        (
            "The Courier reported Ben Cole, the mayor, said the Orla bridge will shut.",
            "Ben Cole",
            "the Orla bridge will shut",
        ),
        ("The Kessel Courier reports that prices rose.", "the Kessel Courier", "prices rose"),
    ],
    ids=["media-reports-a-name", "paper-reported-a-name", "report-of-its-own"],
)
def test_a_report_of_what_someone_named_said_is_theirs(sentence: str, speaker: str, said: str) -> None:
    assert [(s.speaker, s.said) for s in find_attributions(sentence)] == [(speaker, said)]


@pytest.mark.parametrize(
    ("body", "person", "town"),
    [
        (
            "Ben Okafor of Tarnby was not happy with the prices as he was expecting more.",
            "Ben Okafor",
            "Tarnby",
        ),
        ("Lena Brandt of Varso felt disappointed by the verdict.", "Lena Brandt", "Varso"),
        ("Ana Ruiz of Kessel el Bahr said the port will open.", "Ana Ruiz", "Kessel el Bahr"),
    ],
    ids=["not-happy", "felt-disappointed", "article-apart-in-the-town"],
)
def test_a_person_of_a_town_who_feels(tmp_path: Path, body: str, person: str, town: str) -> None:
    names = kinds(drafted(tmp_path, body))
    assert names.get(person) == "person"
    assert names.get(town) == "place"


def test_a_body_of_a_town_that_feels_stays_whole(tmp_path: Path) -> None:
    assert kinds(drafted(tmp_path, "The Bank of Kessel was not happy with the rate.")) == {
        "Bank of Kessel": "organisation"
    }


def test_the_arabic_article_written_apart_inside_a_name(tmp_path: Path) -> None:
    names = kinds(drafted(tmp_path, "Ana Ruiz flew from Wadi es Sir to Ras al Khaimah on Monday."))
    assert "Wadi es Sir" in names and "Ras al Khaimah" in names
    assert "Sir" not in names and "Khaimah" not in names


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“We will provide the boats,” said the minister.", "the minister"),
        ('"The port opens in May," said the trade minister.', "the trade minister"),
    ],
    ids=["post", "post-with-portfolio"],
)
def test_a_quote_before_said_and_a_post(sentence: str, speaker: str) -> None:
    (said,) = find_attributions(sentence)
    assert said.speaker == speaker


def test_a_quote_before_said_and_a_post_is_the_one_named_before(tmp_path: Path) -> None:
    body = (
        "Trade Minister Ana Ruiz said the Kessel port will open in May. "
        '"There will be talks with the firms in question to provide the boats," said the minister.'
    )
    assert claimants(drafted(tmp_path, body), "talks with the firms") == ["Ana Ruiz"]


# The second pass over round 50: who speaks and what kind a name is, on invented sentences.


@pytest.mark.parametrize(
    "body",
    [
        "Okoro, a fisherman in Tarnby, said the catch has been poor this month.",
        "Brannoch, a retired teacher from Kessel, told reporters the school roof leaks.",
        "Vasska, a rice trader, said stocks were low.",
    ],
    ids=["fisherman-in-a-town", "retired-teacher-told", "trader-alone"],
)
def test_one_word_a_trade_describes_is_a_person_who_speaks(tmp_path: Path, body: str) -> None:
    name = body.split(",")[0]
    result = drafted(tmp_path, body)
    assert kinds(result).get(name) == "person"
    assert claimants(result, body.split()[-3]) == [name]


def test_one_word_and_a_body_described_is_no_person(tmp_path: Path) -> None:
    names = kinds(drafted(tmp_path, "Acme, a lender in Tarnby, said rates will rise."))
    assert names.get("Acme") != "person"


def test_he_goes_on_with_the_one_who_described_a_trade(tmp_path: Path) -> None:
    body = (
        "Rents rose in most towns, with Kessel Moor posting the steepest rise. "
        "Okoro, a fisherman in Tarnby, said the catch has been poor. He said he sold no fish this week."
    )
    assert claimants(drafted(tmp_path, body), "sold no fish") == ["Okoro"]


@pytest.mark.parametrize(
    ("body", "town"),
    [
        ("The flood reached the village of Tarn An, the lowest in the valley.", "Tarn An"),
        ("Ana Ruiz flew from Orla to Kessel An.", "Kessel An"),
    ],
    ids=["before-a-comma", "before-a-stop"],
)
def test_an_ending_a_name_is_a_word_of_it(tmp_path: Path, body: str, town: str) -> None:
    names = kinds(drafted(tmp_path, body))
    assert town in names
    assert town.split()[0] not in names


def test_an_opening_a_noun_is_still_an_article(tmp_path: Path) -> None:
    names = kinds(drafted(tmp_path, "Ana Ruiz of Orla said An official will visit Kessel."))
    assert not any(name.endswith(" An") for name in names)


@pytest.mark.parametrize(
    ("body", "body_name"),
    [
        (
            "A senior official of the Kessel Growers Association, who asked not to be named, said that "
            "prices rose. He said the board had sold too much grain.",
            "Kessel Growers Association",
        ),
        (
            "A spokesman for the Orla Port Authority said the quay is shut. He said the ships will wait.",
            "Orla Port Authority",
        ),
    ],
    ids=["official-of-unnamed", "spokesman-for"],
)
def test_he_after_one_of_a_body_goes_on_for_the_body(tmp_path: Path, body: str, body_name: str) -> None:
    result = drafted(tmp_path, "Ana Ruiz, a farmer in Tarnby, said the rain came late. " + body)
    phrase = body.split("He said ")[1]
    assert claimants(result, phrase.rstrip(".")) == [body_name]


def test_he_added_after_a_sentence_no_one_speaks_in(tmp_path: Path) -> None:
    body = (
        "Okoro, a fisherman in Tarnby, said the catch was poor. "
        "A spokesman for the Orla Port Authority said the quay is shut. "
        "The storm had sunk two boats in May. "
        "Repairs will take weeks, he added."
    )
    assert claimants(drafted(tmp_path, body), "Repairs will take weeks") == ["Orla Port Authority"]


def test_he_after_a_sentence_naming_someone_else(tmp_path: Path) -> None:
    body = (
        "Ana Ruiz, a farmer in Tarnby, said the rain came late. "
        "Then Mayor Ben Cole visited the fields in Tarnby. "
        "He said the council will help."
    )
    assert claimants(drafted(tmp_path, body), "the council will help") == ["Ben Cole"]


@pytest.mark.parametrize(
    ("body", "outlet"),
    [
        ("Fuel shortages sent prices in Orla to a record, Tarn Courier reported.", "Tarn Courier"),
        ("Rents in Orla rose by a third, Kessel Express reported.", "Kessel Express"),
        ("Kessel Gazette reports that the Orla mill will close.", "Kessel Gazette"),
    ],
    ids=["courier", "express", "gazette-reports"],
)
def test_a_papers_title_that_reports_is_an_outlet(tmp_path: Path, body: str, outlet: str) -> None:
    assert kinds(drafted(tmp_path, body)).get(outlet) == "media-outlet"


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Rents rose in most provinces, with Tarn Vale logging the steepest rise.", "Tarn Vale"),
        (
            "Bus fares fell in the eastern counties, with Kessel Moor reporting the lowest since 2001.",
            "Kessel Moor",
        ),
    ],
    ids=["provinces-recording", "counties-reporting"],
)
def test_one_of_the_places_a_sentence_counts(tmp_path: Path, body: str, place: str) -> None:
    assert kinds(drafted(tmp_path, body)).get(place) == "place"


@pytest.mark.parametrize(
    ("sentence", "speaker", "said"),
    [
        (
            "Local radio reports Ana Ruiz, head of the Kessel Bakers’ Guild and its shops, told them "
            "the flour will cost more in June.",
            "Ana Ruiz",
            "the flour will cost more in June",
        ),
        (
            "The Orla Courier reported Ben Cole, chairman of the Tarnby Dock Board, said the quay will shut.",
            "Ben Cole",
            "the quay will shut",
        ),
    ],
    ids=["post-after-the-name", "chairman-said"],
)
def test_a_report_of_what_someone_named_said_with_a_post_between(
    sentence: str, speaker: str, said: str
) -> None:
    assert [(s.speaker, s.said) for s in find_attributions(sentence)] == [(speaker, said)]


def test_a_report_of_something_no_one_named_said_stays_the_reports() -> None:
    (said,) = find_attributions("Local media reported Ana Ruiz's farm was flooded.")
    assert said.speaker == "Local media"


@pytest.mark.parametrize(
    ("body", "slip"),
    [
        (
            "Ana Kalumo, head of the Kessel Growers Union, said the rain came late. Kulamo stated that yields fell.",
            "Kulamo",
        ),
        ("Tomas Brenvold said the port is busy. Bernvold announced that fees will rise.", "Bernvold"),
    ],
    ids=["vowels-swapped", "letters-swapped"],
)
def test_a_family_name_with_two_letters_swapped_is_the_same_person(
    tmp_path: Path, body: str, slip: str
) -> None:
    result = drafted(tmp_path, body)
    person = next(a["name"] for a in result.actors if a["kind"] == "person")
    phrase = body.split(slip)[1].split("that ")[1].rstrip(".")
    assert claimants(result, phrase) == [person]


def test_a_name_that_differs_otherwise_is_no_slip(tmp_path: Path) -> None:
    body = "Ana Ruiz said the rain came late. Ruizo stated that yields fell."
    assert claimants(drafted(tmp_path, body), "yields fell") != ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "“Our busiest summer yet,” claimed Orla’s national tourism board.",
            "Orla’s national tourism board",
        ),
        ("“The quay will reopen in May,” said Kessel’s harbour board.", "Kessel’s harbour board"),
        ("“Prices held up,” claimed Ana Ruiz.", "Ana Ruiz"),
        ('"The port will reopen soon," claimed the ministry.', "the ministry"),
    ],
    ids=["claimed-owned-body", "said-owned-body", "claimed-a-name", "claimed-a-post"],
)
def test_a_quote_claimed_by_whom_follows(sentence: str, speaker: str) -> None:
    (said,) = find_attributions(sentence)
    assert said.speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "who", "said"),
    [
        (
            "Reactions were mixed with many of the parents saying the new timetable starts too early.",
            "many of the parents",
            "the new timetable starts too early",
        ),
        (
            "The vote split Orla, with most of the residents saying the tax was too high.",
            "most of the residents",
            "the tax was too high",
        ),
    ],
    ids=["no-comma-part-of-a-group", "comma"],
)
def test_a_part_of_a_group_saying(sentence: str, who: str, said: str) -> None:
    assert [(s.speaker, s.said) for s in find_attributions(sentence)] == [(who, said)]


def test_a_part_of_a_group_saying_is_no_ones(tmp_path: Path) -> None:
    body = "Views in Orla were split with the majority of the bakers saying the new levy is too high."
    assert claimants(drafted(tmp_path, body), "the new levy is too high") == [None]


def test_with_and_saying_without_a_comma_needs_a_part_of_a_group() -> None:
    assert not list(find_attributions("Ana Ruiz left with her dog saying nothing at all to the crowd."))


def _claims_of(tmp_path: Path, body: str) -> list[tuple[str | None, str, str]]:
    result = drafted(tmp_path, body)
    names = {actor["id"]: actor["name"] for actor in result.actors}
    return [
        (names[c["claimants"][0]] if "claimants" in c else None, c["statement"], c.get("status", "stated"))
        for c in result.claims
    ]


def test_who_also_urged_is_a_call_besides_the_quote(tmp_path: Path) -> None:
    body = (
        "Port director Ana Ruiz spoke on Monday. “The quay is busy and I am pleased,” said Ruiz, who also urged "
        "skippers to check their moorings before the storm."
    )
    found = _claims_of(tmp_path, body)
    assert ("Ana Ruiz", "The quay is busy and I am pleased", "opinion") in found or any(
        who == "Ana Ruiz" and text.startswith("The quay is busy") and status != "call"
        for who, text, status in found
    )
    assert any(
        who == "Ana Ruiz" and "to check their moorings before the storm" in text and status == "call"
        for who, text, status in found
    )


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            "The fees were backed by Kessel Ferry Board chief executive, Bo Lund, who described them as “fair”.",
            "Fair",
        ),
        (
            "The deal was welcomed by Orla trade minister, Ana Ruiz, who described it as a historic step.",
            "historic step",
        ),
    ],
    ids=["quoted-word", "plain-words"],
)
def test_who_described_it_as_is_an_opinion(tmp_path: Path, body: str, words: str) -> None:
    found = _claims_of(tmp_path, body)
    assert any(words in text and status == "opinion" and who is not None for who, text, status in found), (
        found
    )


@pytest.mark.parametrize(
    ("body", "person", "junk"),
    [
        (
            "The closure was confirmed by Tarnby Regional Commissioner Ana Ruiz on Monday.",
            "Ana Ruiz",
            "Tarnby Regional",
        ),
        ("Kessel Provincial Governor Bo Lund said the road is open.", "Bo Lund", "Kessel Provincial"),
    ],
    ids=["regional-commissioner", "provincial-governor"],
)
def test_a_levels_adjective_before_a_post_is_the_posts(
    tmp_path: Path, body: str, person: str, junk: str
) -> None:
    names = kinds(drafted(tmp_path, body))
    assert names.get(person) == "person"
    assert junk not in names


def test_a_body_named_before_a_post_is_still_a_body(tmp_path: Path) -> None:
    names = kinds(drafted(tmp_path, "Kessel Air Lines CEO Ed Morrow said fares will rise."))
    assert "Kessel Air Lines" in names


@pytest.mark.parametrize(
    "said",
    [
        "prices of winter wheat will be very high this year",
        "the shortage of drivers will escalate further",
        "the second vote would not take place",
        "rents won't fall soon",
        "the repairs will cost the town 40,000",
    ],
    ids=["will-be-high", "will-escalate", "would-not-take-place", "wont-fall", "will-cost"],
)
def test_what_someone_says_will_be_or_change_is_a_forecast(said: str) -> None:
    suggested = suggest_status(Said("Ana Ruiz", said), f"Ana Ruiz said {said}.")
    assert suggested is not None and suggested.status.value == "forecast"


@pytest.mark.parametrize(
    "said",
    [
        "the plant will close in May",
        "the rooms will be reserved for nurses",
        "we will keep the library open",
        "it would appeal the ruling",
        "the fee was fair because buyers will pay later",
        "he did not sell fish, afraid that prices will fall",
    ],
    ids=["a-plan", "passive-plan", "we-will", "it-would", "will-after-because", "will-after-a-verb"],
)
def test_a_plan_or_will_after_another_verb_is_no_forecast_by_itself(said: str) -> None:
    suggested = suggest_status(Said("Ana Ruiz", said), f"Ana Ruiz said {said}.")
    assert suggested is None or suggested.status.value != "forecast"


@pytest.mark.parametrize(
    "sentence",
    [
        "An official of the Kessel Growers Association, who declined to be named, said prices rose.",
        "A manager at the Orla mill, who asked not to be named, said wages fell.",
    ],
    ids=["official-of-a-body", "manager-at-a-mill"],
)
def test_what_follows_said_after_a_subject_and_its_who_clause_is_no_speaker(sentence: str) -> None:
    found = list(find_attributions(sentence))
    assert found and all(said.speaker not in {"prices rose", "wages fell"} for said in found)
    assert found[0].said in {"prices rose", "wages fell"}


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "A manager at the Orla mill, who asked not to be named, said wages fell by a fifth.",
            "a manager at the Orla mill",
        ),
        ("The mayor, who was elected in May, said the Tarnby bridge will reopen.", "the mayor"),
    ],
    ids=["unnamed-manager", "post"],
)
def test_a_subject_and_its_who_clause_before_said_speaks(sentence: str, speaker: str) -> None:
    (said,) = find_attributions(sentence)
    assert said.speaker.lower() == speaker.lower()


def test_an_unnamed_manager_speaks_for_no_one_named(tmp_path: Path) -> None:
    body = "A manager at the Orla mill, who asked not to be named, said wages fell by a fifth."
    assert claimants(drafted(tmp_path, body), "wages fell by a fifth") == [None]


def test_said_and_a_group_after_a_statement_still_speaks() -> None:
    (said,) = find_attributions("The flood was the worst in memory, said officials.")
    assert said.speaker == "officials"
