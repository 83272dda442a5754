"""Forms the first run of held-out round 39 showed misread, written as invented sentences from
several topics (none from the benchmark's articles): "X, which argued that ..." (the body just before
the comma says it, not the sentence's subject); "Norland's biggest dairy said" (one of an owner's,
unnamed, not the owner); "the Forge union said" (the body of that one word); "the company reported"
after a union of its workers was named last (the company, not the union); "said the officer" after
"NAME, officer-in-charge of ..."; "said afterward that ..." (when, then what was said); a currency's
sign set off from its figure by a space ("worth$ 1.2bn"); a count after a preposition that opens a
sentence ("With 300 jobs at risk, ..."); a union named by one common word ("the union Forge"); a
delta, an estuary or a lagoon named with "the" is a place; "and" inside a name its acronym in brackets
spells ("Fen and Marsh Society (FMS)"); a paper's masthead over the headline of a pasted print page,
and a byline after a dash in capitals ("- By ANA RUIZ"); a town's police station after its
district's possessive; "is set to" and "on track to" a forecast, "a sad day" and "The council is
concerned" an opinion, "We hope drivers will ..." a call; "said last week: “...”" (the time and the
colon are no part of the words)."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.drafting import read_article
from generator.authoring.extraction import Said, find_attributions
from generator.authoring.figures import find_numbers
from generator.authoring.names import find_names
from generator.authoring.stances import suggest_status


@pytest.mark.parametrize(
    ("body", "phrase", "who"),
    [
        (
            "The Harbour Board said it heard evidence from the Kessel Anglers Association, which argued "
            "that the new moorings were unsafe, and from boat owners.",
            "moorings were unsafe",
            "Kessel Anglers Association",
        ),
        (
            "The council said it had read a letter from the Orwell Housing Trust, which warned that "
            "rents would rise.",
            "rents would rise",
            "Orwell Housing Trust",
        ),
    ],
)
def test_which_after_a_body_is_that_body(tmp_path: Path, body: str, phrase: str, who: str) -> None:
    assert claimants(drafted(tmp_path, body), phrase)[-1] == who


@pytest.mark.parametrize(
    "body",
    [
        "Norland’s biggest dairy yesterday said it would buy milk from 40 new farms.",
        "Kessel's largest private hospital said it would open a new ward in March.",
    ],
)
def test_one_of_an_owners_described_by_a_superlative_is_unnamed(tmp_path: Path, body: str) -> None:
    phrase = body.split(" said ", 1)[1][:20]
    assert claimants(drafted(tmp_path, body), phrase) == [None]


def test_the_union_of_one_word_speaks_for_itself(tmp_path: Path) -> None:
    body = (
        "Tilda Marsh, from the union Forge, said the yard's closure was a blow.\n\n"
        "The Harbour Board said the yard would shut in May.\n\n"
        "The Forge union said it would seek other jobs for the welders."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "other jobs for the welders") == ["Forge"]
    assert kinds(result)["Forge"] == "organisation"


def test_the_company_after_its_workers_union_is_the_company(tmp_path: Path) -> None:
    body = (
        "Staff at Brellin Foods Inc. ended their strike on Friday.\n\n"
        "The Allied Bakery Workers said 2,000 members voted for the deal.\n\n"
        "It was the first strike at the bakeries by the Allied Bakery Workers since 1990. It came after "
        "the company reported profits of $80 million for the year."
    )
    assert claimants(drafted(tmp_path, body), "profits of $80 million") == ["Brellin Foods Inc"]


def test_the_officer_after_a_compound_post_is_that_person(tmp_path: Path) -> None:
    body = (
        "Rafiq Osmani, officer-in-charge of the Kessel river police post, said 12 fishermen were rescued.\n\n"
        "Two boats were still missing, said the officer."
    )
    assert claimants(drafted(tmp_path, body), "Two boats were still missing") == ["Rafiq Osmani"]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Ms Varga said afterward that the bridge was safe.", "the bridge was safe"),
        ("The mayor said later that the pool would reopen.", "the pool would reopen"),
    ],
)
def test_said_and_when_then_that_opens_what_was_said(sentence: str, said: str) -> None:
    assert [found.said for found in find_attributions(sentence)] == [said]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The mill agreed to sell flour worth$ 2.5bn to the region.", 2_500_000_000),
        ("Repairs to the pier will cost £ 3m, the council said.", 3_000_000),
    ],
)
def test_a_currency_sign_set_off_by_a_space_is_the_figures(sentence: str, value: int) -> None:
    assert [figure.value for figure in find_numbers(sentence)] == [value]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("With 120 beds closed, the hospital said waits would grow.", 120),
        ("Of 45 boats checked, none carried mussels.", 45),
    ],
)
def test_a_count_after_an_opening_preposition_is_a_figure(sentence: str, value: int) -> None:
    assert value in [figure.value for figure in find_numbers(sentence)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Mike Dalen, from the union Forge, said the yard's closure was a blow.", "Forge"),
        ("The Anchor union said its members would vote next week.", "Anchor"),
    ],
)
def test_a_union_named_by_one_word_is_an_organisation(sentence: str, name: str) -> None:
    assert {n.name: n.kind for n in find_names([sentence])}[name] == "organisation"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Floods covered the Orvel Delta for a week.", "Orvel Delta"),
        ("Seals were counted in the Brisk Estuary on Monday.", "Brisk Estuary"),
    ],
)
def test_a_delta_or_an_estuary_is_a_place(sentence: str, name: str) -> None:
    assert {n.name: n.kind for n in find_names([sentence])}[name] == "place"


@pytest.mark.parametrize(
    ("sentence", "name", "acronym"),
    [
        ("Staff from the Fen and Marsh Society (FMS) counted 400 birds.", "Fen and Marsh Society", "FMS"),
        ("Members of Nurses and Midwives Union (NMU) voted to strike.", "Nurses and Midwives Union", "NMU"),
    ],
)
def test_and_inside_a_name_its_acronym_spells_joins_it(sentence: str, name: str, acronym: str) -> None:
    found = {n.name: n.aliases for n in find_names([sentence])}
    assert found[name] == [acronym]


def test_a_masthead_over_the_headline_and_a_dashed_byline_in_capitals(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(
        "The Kessel Courier\n\nFerry fares to rise in spring\n\n● Operator blames fuel costs\n\n"
        "- By MARTA ILVES\n\nThe island ferry will cost more from April, its operator said.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert (article.title, article.publisher, article.authors) == (
        "Ferry fares to rise in spring",
        "The Kessel Courier",
        ["Marta Ilves"],
    )


def test_a_headline_with_the_and_no_byline_under_it_stays_the_headline(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(
        "The Quiet Harbour\n\nFishermen stayed ashore for a third day as storms closed the bay.\n\n"
        "The harbour master said boats could sail on Friday.\n\nPrices of fish rose in the market.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert (article.title, article.publisher) == ("The Quiet Harbour", None)


def test_a_towns_police_station_in_a_districts_possessive_is_a_place() -> None:
    sentence = "Rafiq Osmani, officer-in-charge of Kessel’s Orvel police station, said two boats sank."
    assert {n.name: n.kind for n in find_names([sentence])}["Orvel police station"] == "place"


def test_a_shared_family_name_after_a_title_only_one_of_them_had_is_that_ones(tmp_path: Path) -> None:
    body = (
        "Governor Ana Ruiz opened the bridge with her brother Tomas Ruiz on Monday.\n\n"
        "Governor Ruiz said afterward that the bridge “will last a century”."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "last a century") == ["Ana Ruiz"]
    assert "Ruiz" not in kinds(result)


@pytest.mark.parametrize(
    ("said", "status"),
    [
        ("The old mill is set to close in March, leaving 80 jobs at risk", "forecast"),
        ("The county was on track to meet its recycling goal for the first time", "forecast"),
        ("It is not a surprise, but it is still a sad day for the crews", "opinion"),
        ("The museum is concerned at the cuts, which could close two galleries", "opinion"),
        ("We hope drivers will slow down near the school", "call"),
        ("We hope it will rain before the harvest", None),
        ("The team set a record in May", None),
    ],
)
def test_set_to_is_a_forecast_a_sad_day_an_opinion_and_a_hope_for_others_a_call(
    said: str, status: str | None
) -> None:
    suggested = suggest_status(Said("Ana Ruiz", said), f"Ana Ruiz said {said}.")
    assert (suggested.status.value if suggested else None) == status


def test_said_a_time_and_a_colon_opens_the_words_and_their_status(tmp_path: Path) -> None:
    (said,) = find_attributions(
        "A library spokesperson said last week: “The library is concerned at the cuts.”"
    )
    assert said.said.startswith("“The library is concerned")
    suggested = suggest_status(said, "")
    assert suggested is not None and suggested.status.value == "opinion"
