"""Forms the first run of held-out round 54 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: quotes in straight
single marks, as some outlets print every quote ("'We were scared,' said Ana Ruiz.", an apostrophe
inside a quote closing nothing), and two single marks for one double mark ("''We are ready,''");
one who posts on a site, unnamed, after "another" ("Another Kessel Forum user wrote: ..."); datelines
with an outlet in brackets before a colon ("LAKESIDE, Ore. (KXYZ): ...") or a plain hyphen ("Tarnby
(Kessel24) - ..."); a word in the plural before a verb in the singular ("Tarnbrooks has not changed
its fares"), one body; a byline, a dash or a bar, then the day ("By Ana Ruiz - May 4, 2016"); a place
named with a possessive and its type ("in Ulla’s Bay"); a business by its branch ("the Tarnoil
branch"), an outlet by its one word ending in "news"; an opening phrase of when, then "according to X,"
and the clause X says; a byline, then the day in figures ("by Ana Ruiz 24-04-2019 | 12:37 PM");
"said one" or "said another" after a quote ("said one on the club's page"), no one named;
two words after "a house in", a place."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.claims import unnamed_people
from generator.authoring.drafting import draft, read_article
from generator.authoring.extraction import Said, find_attributions


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        (
            "'The ferries won't sail until the storm has passed,' the harbour master said.",
            "ferries won't sail",
        ),
        (
            "Ana Ruiz, who runs the bakery, said: 'Flour doesn't get any cheaper, and we can't absorb it.'",
            "Flour",
        ),
        (
            "'We have reluctantly closed the pool for the summer,' the council's spokesman said.",
            "reluctantly",
        ),
    ],
    ids=["after", "colon", "spokesman"],
)
def test_a_quote_in_straight_single_marks_is_a_quote(tmp_path: Path, body: str, phrase: str) -> None:
    result = drafted(tmp_path, body)
    statements = [c["statement"] for c in result.claims if phrase in c["statement"]]
    assert statements, [c["statement"] for c in result.claims]
    assert all(not s.startswith("'") and not s.endswith("'") for s in statements)


def test_a_plural_owner_is_no_quote(tmp_path: Path) -> None:
    result = drafted(
        tmp_path, "The growers' market opened on the square, and the farmers' stalls sold out by noon."
    )
    assert any("growers' market" in c["statement"] for c in result.claims)


def test_a_line_with_double_marks_keeps_its_single_ones(tmp_path: Path) -> None:
    body = "“Under the rules, 'in person, by noon,' means what it says,” Ana Ruiz said."
    result = drafted(tmp_path, body)
    assert any("'in person, by noon,'" in c["statement"] for c in result.claims)


@pytest.mark.parametrize(
    "speaker",
    ["Another Kessel Forum user", "another reader", "One listener", "A Tarnby commenter"],
)
def test_one_who_posts_unnamed_is_no_one_named(speaker: str) -> None:
    assert unnamed_people(speaker, f"{speaker} wrote: “The queue went round the block.”")


def test_another_user_quoted_is_unattributed(tmp_path: Path) -> None:
    body = "Another Orlaweb user said: “It doesn't seem long since the fares were halved.”"
    assert claimants(drafted(tmp_path, body), "fares were halved") == [None]


def test_a_named_body_stays_named() -> None:
    assert not unnamed_people("Another Kessel Forum", "Another Kessel Forum said: “We are ready.”")


def test_two_single_marks_are_one_double_mark(tmp_path: Path) -> None:
    body = "''We have about 900 bales of hay left. The last lorry came on Tuesday,'' the depot manager said."
    result = drafted(tmp_path, body)
    statements = [c["statement"] for c in result.claims if "900 bales" in c["statement"]]
    assert statements, [c["statement"] for c in result.claims]
    assert all("''" not in s for s in statements)
    assert claimants(result, "900 bales") == [None]


def test_a_closing_pair_after_a_double_mark_stays(tmp_path: Path) -> None:
    body = "Ana Ruiz says the new lights are \"good for the lane'' and \"overdue.''"
    result = drafted(tmp_path, body)
    assert any("good for the lane''" in c["statement"] for c in result.claims), [
        c["statement"] for c in result.claims
    ]


def test_a_dateline_with_its_outlet_in_brackets_before_a_colon(tmp_path: Path) -> None:
    result = drafted(tmp_path, "LAKESIDE, Ore. (KXYZ): The county fair opened on Friday with 300 stalls.")
    assert kinds(result).get("KXYZ") == "media-outlet"
    assert all("LAKESIDE" not in c["statement"] for c in result.claims)


def test_a_town_and_an_outlet_with_a_figure_before_a_plain_hyphen(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    body = "Tarnby (Kessel24) - According to the police, 12 people have been arrested since Monday."
    path.write_text(
        f"Twelve held after raids\n\n{body}\n\nThe raids went on for two days.\n", encoding="utf-8"
    )
    result = draft(read_article(path), "report", "report.txt", dt.date(2099, 1, 1))
    assert kinds(result).get("Kessel24") == "media-outlet"
    assert "Tarnby" in kinds(result)
    assert all("Kessel24" not in c["statement"] for c in result.claims)


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        (
            "Meanwhile, Tarnbrooks has not changed the price of its bread, a loaf still costing $2.",
            "Tarnbrooks",
            "organisation",
        ),
        (
            "Meanwhile, Tarnbrooks have crossed the border in their thousands since the floods began.",
            "Tarnbrooks",
            "group",
        ),
    ],
    ids=["has", "people"],
)
def test_a_plural_word_with_a_verb_in_the_singular_is_one_body(
    tmp_path: Path, body: str, name: str, kind: str
) -> None:
    assert kinds(drafted(tmp_path, body)).get(name) == kind


@pytest.mark.parametrize(
    "line", ["By Ana Ruiz - May 4, 2016", "By Ana Ruiz | May 4, 2016", "by Ana Ruiz – 4 May 2016"]
)
def test_a_byline_a_dash_then_the_day(tmp_path: Path, line: str) -> None:
    path = tmp_path / "report.txt"
    body = "The ferry to Tarnby was cancelled on Wednesday after a fault was found in its engine."
    path.write_text(f"Ferry cancelled\n{line}\n{body}\n\nRepairs will take a week.\n", encoding="utf-8")
    article = read_article(path)
    assert article.authors == ["Ana Ruiz"]
    assert article.published == dt.date(2016, 5, 4)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("The last boat had already left from Ulla’s Bay when the storm broke.", "Ulla’s Bay"),
        ("Two hikers were found near Harlan's Creek on Sunday after a night in the cold.", "Harlan's Creek"),
    ],
    ids=["bay", "creek"],
)
def test_a_place_named_with_a_possessive_and_its_type(tmp_path: Path, body: str, place: str) -> None:
    found = kinds(drafted(tmp_path, body))
    assert found.get(place) == "place", found
    assert place.split()[-1] not in found


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Queues formed at the Tarnoil branch in Lakeside long before it opened.", "Tarnoil", "organisation"),
        ("Only the Dunmart outlet on the ring road still had bread by noon.", "Dunmart", "organisation"),
        (
            "“We waited two hours,” one driver told Kesselnews outside the depot.",
            "Kesselnews",
            "media-outlet",
        ),
    ],
    ids=["branch", "outlet", "news"],
)
def test_a_business_by_its_branch_and_an_outlet_by_its_word(
    tmp_path: Path, body: str, name: str, kind: str
) -> None:
    assert kinds(drafted(tmp_path, body)).get(name) == kind


@pytest.mark.parametrize(
    ("sentence", "speaker", "said"),
    [
        (
            "On Monday at the hearing, according to the Kessel Courier, Bo Lund asked for more time to pay.",
            "the Kessel Courier",
            "Bo Lund asked for more time to pay",
        ),
        (
            "Late last night, according to the Harbour Police, the two men were seen leaving the harbour by boat.",
            "the Harbour Police",
            "the two men were seen leaving the harbour by boat",
        ),
    ],
    ids=["courier", "police"],
)
def test_an_opening_phrase_then_according_to(sentence: str, speaker: str, said: str) -> None:
    assert list(find_attributions(sentence)) == [Said(speaker, said)]


@pytest.mark.parametrize(
    ("line", "authors"),
    [("by Ana Ruiz 24-04-2019 | 12:37 PM", ["Ana Ruiz"]), ("By Staff Writer 24-04-2019 | 12:37 PM", [])],
    ids=["name", "desk"],
)
def test_a_byline_then_the_day_in_figures(tmp_path: Path, line: str, authors: list[str]) -> None:
    path = tmp_path / "report.txt"
    body = "Nine people were arrested since yesterday in raids across the district, police said."
    path.write_text(f"Nine held in raids\n{line}\n{body}\n\nThe raids go on.\n", encoding="utf-8")
    article = read_article(path)
    assert article.authors == authors
    assert article.published == dt.date(2019, 4, 24)


@pytest.mark.parametrize(
    "after",
    [
        "said one on the club's Facebook page.",
        "said another shopper.",
        "wrote one.",
        "said one in the queue.",
    ],
    ids=["on", "another", "wrote", "in"],
)
def test_one_of_those_quoted_after_the_quote(tmp_path: Path, after: str) -> None:
    result = drafted(tmp_path, f"“The queue went round the block twice,” {after}")
    assert claimants(result, "queue went round the block") == [None]


def test_two_words_after_a_house_in_are_a_place(tmp_path: Path) -> None:
    body = "During a raid at a house in Ullavale Tarnmore, officers seized two radios and a motorcycle."
    assert kinds(drafted(tmp_path, body)).get("Ullavale Tarnmore") == "place"
