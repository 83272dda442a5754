"""Forms the first run of held-out round 42 showed misread, written as invented sentences (none from
the benchmark's articles): a short line that opens a bulleted list ("The closed stretches
are:") and the list's items in title case; a store's address after a name with an
abbreviation's stop ("St. Kilda Commons – 120 ..."); two streets named with one type in the plural
("between Elm and Oak Streets"); a police force named after a place's initials ("L.A. police"); a
roundabout, a square, a site's grounds, a metro station's name and the places a list names after
"hamlets such as" are places; a society named for a cause with "to" in it ("Society for the Relief
of Harm to Horses"); a co-op whose own name has a possessive, after its town's ("Orwell's
Miller's Dairy Co-op"); a coordinator's office one body; the next of a ranking and its figure
("followed by Tarns at 9"), and the ranking's first opening a sentence; "agreed with the latest
counts that" and a post with no article before its body ("Ana Ruiz, feed buyer for ..."); a
count "according to council figures" said in the writer's words; a district magistrate's title
("DM")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.compounds import joined
from generator.authoring.drafting import draft, read_article
from generator.authoring.figures import find_numbers
from generator.authoring.kinds import kind_of


def _read(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return read_article(path)


_CLOSURES = (
    "Ferry route to close for the regatta\n"
    "KESSEL (Harbour News) - About 4,000 sailors will race in the bay on Saturday.\n"
    "The Kessel Harbour Board announced several closures along the quay on Tuesday.\n"
    "The closed stretches are:\n"
    "- Mill Road, West, between Elm and Oak Streets, West\n"
    "- Quay Lane, between Tarn Circle and Brenk Avenue\n"
    "The quay reopens at 6 p.m., the board said.\n"
)


def test_a_short_line_opens_a_bulleted_list(tmp_path: Path) -> None:
    article = _read(tmp_path, _CLOSURES)
    assert "The closed stretches are:" in article.paragraphs
    assert "- Mill Road, West, between Elm and Oak Streets, West" in article.paragraphs
    assert "- Quay Lane, between Tarn Circle and Brenk Avenue" in article.paragraphs
    result = draft(article, "report", "page.txt", dt.date(2099, 1, 1))
    names = kinds(result)
    for street in ("Mill Road", "Quay Lane", "Tarn Circle", "Brenk Avenue", "Elm Street"):
        assert names.get(street) == "place", names
    assert "Elm" not in names


def test_a_list_of_other_stories_is_still_left_out(tmp_path: Path) -> None:
    article = _read(
        tmp_path,
        "Ferry fares rise in May\n\nThe Kessel Harbour Board raised ferry fares by 5 percent on Monday, "
        "its first rise in four years.\n\nRead more:\n- Harbour Board Picks a New Chief Engineer\n"
        "- Storm Closes the Quay for a Second Day\n",
    )
    assert not any(p.startswith("- ") for p in article.paragraphs)


def test_a_stores_address_after_an_abbreviation_is_no_text(tmp_path: Path) -> None:
    article = _read(
        tmp_path,
        "Pears recalled from two stores\n\nOrla Foods is recalling pears sold in two of its stores "
        "because of a risk of mould, the company said on Friday.\n\nThe pears were sold at these "
        "stores:\n\n• St. Kilda Commons – 120 Harbour Road, Kessel, FL 32000\n"
        "• Brenk Plaza – 48 Quay Street, Tarns, FL 32001\n\nShoppers may return them for a refund.\n",
    )
    assert not any("Commons" in p or "Brenk Plaza" in p for p in article.paragraphs)


@pytest.mark.parametrize(
    ("body", "named", "absent"),
    [
        (
            "The parade will close the stretch between Elm and Oak Streets until noon.",
            ["Elm Street", "Oak Streets"],
            ["Elm", "Oak Street"],
        ),
        (
            "Crews will shut the stretch between Elm and Oak Streets. Oak Street stays open to buses.",
            ["Elm Street", "Oak Street"],
            ["Elm", "Oak Streets"],
        ),
        ("Traffic is barred between Birch and Cedar Avenues on Sunday.", ["Birch Avenue"], ["Birch"]),
    ],
)
def test_two_streets_named_with_one_type_in_the_plural(
    tmp_path: Path, body: str, named: list[str], absent: list[str]
) -> None:
    names = kinds(drafted(tmp_path, body))
    for name in named:
        assert names.get(name) == "place", names
    for name in absent:
        assert name not in names, names


def test_a_police_force_named_after_a_places_initials(tmp_path: Path) -> None:
    names = kinds(drafted(tmp_path, "L.A. police shut the bridge to cars on Friday night."))
    assert names.get("L.A. police") == "government-body"


@pytest.mark.parametrize(
    ("name", "before", "after"),
    [
        ("Tarn Circle", "Buses now stop at ", " on weekdays."),
        ("Ardon Place", "The rally filled ", " on Sunday."),
        ("Brenk Fair Grounds", "The show moved to the ", " last year."),
        ("Lorne Hill", "The new ", " metro station is the line's busiest."),
        ("Brenk Toli", "The drive reached hamlets such as Orla, ", " and Tarns."),
        ("Tarns", "The drive reached hamlets such as Orla, Brenk Toli and ", "."),
        ("Kessel Dera", "Camps were held in towns including Orla and ", " in May."),
    ],
    ids=["circle", "place", "grounds", "station", "listed", "listed-plural", "including"],
)
def test_places_by_their_word_or_their_list(name: str, before: str, after: str) -> None:
    assert kind_of(name, before, after) == "place"


def test_a_body_in_a_list_of_villages_keeps_its_kind() -> None:
    assert kind_of("Orla Health Society", "Camps were held in villages like Tarns, ", ".") == "organisation"


@pytest.mark.parametrize(
    ("sentence", "start", "whole"),
    [
        (
            "The camp was run with the Society for the Relief of Harm to Horses, Kessel, in May.",
            "Society for the Relief of Harm",
            "Society for the Relief of Harm to Horses",
        ),
        (
            "Grants came from the League for the Protection of Rights to Water last year.",
            "League for the Protection of Rights",
            "League for the Protection of Rights to Water",
        ),
        # a known place after "to" is where the body went, not a word of its name
        (
            "They moved the Society for Care of Elders to London in 1990.",
            "Society for Care of Elders",
            "Society for Care of Elders",
        ),
    ],
)
def test_a_society_named_for_a_cause_with_to(sentence: str, start: str, whole: str) -> None:
    end = sentence.find(start) + len(start)
    assert joined(sentence, start, end)[0] == whole


def test_a_co_op_with_a_possessive_and_an_agreed_estimate(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Floods ran from Orwell to Brenk on Sunday. Ana Ruiz, feed buyer for Orwell's Miller's Dairy Co-op, "
        "agreed with the latest counts that about 3,000 calves were lost.",
    )
    names = kinds(result)
    assert names.get("Miller's Dairy Co-op") == "organisation", names
    assert names.get("Orwell") == "place"
    assert "Orwell's Miller" not in names
    assert claimants(result, "3,000 calves were lost") == ["Ana Ruiz"]


@pytest.mark.parametrize("kind", ["Co-op", "Cooperative", "Co-operative"])
def test_a_co_op_is_a_body(kind: str) -> None:
    assert kind_of(f"Harlow Feed {kind}", "Herders sold hay to ", " last year.") == "organisation"


def test_a_post_after_the_is_no_name_with_its_post_run_on(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Ana Ruiz, the Wildland Outreach Coordinator for the Kessel Forest Service, said the season "
        "has been long.",
    )
    names = kinds(result)
    assert "Wildland Outreach" not in names and names.get("Ana Ruiz") == "person", names


def test_a_coordinators_office_is_one_body(tmp_path: Path) -> None:
    names = kinds(drafted(tmp_path, "The Kessel Flood Coordinator's Office is aiding the response."))
    assert names.get("Kessel Flood Coordinator's Office") == "government-body", names
    assert "Office" not in names


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("Orla led with 12 goals, followed by Tarns at 9.", [(12, "goals"), (9, "goals")]),
        ("Brenk topped the table with 30 wins ahead of Kessel on 28.", [(30, "wins"), (28, "wins")]),
        # a figure that counts something of its own keeps it
        ("Orla led with 12 goals, followed by Tarns at 9 a.m. kickoffs.", [(12, "goals")]),
    ],
)
def test_the_next_of_a_ranking_counts_what_the_first_did(
    sentence: str, counts: list[tuple[int, str]]
) -> None:
    found = [(f.value, f.counts) for f in find_numbers(sentence)]
    for value, noun in counts:
        assert (value, noun) in found, found


def test_the_first_of_a_ranking_opening_a_sentence_is_a_name(tmp_path: Path) -> None:
    names = kinds(drafted(tmp_path, "Tarnvik led with 15 cases followed by Brenk at 14."))
    assert "Tarnvik" in names and "Brenk" in names


def test_an_estimate_the_speaker_agreed_with_is_no_speaker(tmp_path: Path) -> None:
    result = drafted(tmp_path, "Tom Reed agreed with previous estimates that the harbour lost 40 berths.")
    assert claimants(result, "the harbour lost 40 berths") == ["Tom Reed"]


def test_a_count_according_to_unnamed_figures_stays_whole(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "The Friday market drew its largest crowd at noon, according to council figures, with 9,000 visits.",
    )
    claims = [c for c in result.claims if "largest crowd" in c["statement"]]
    assert claims and claims[0]["statement"].endswith("according to council figures, with 9,000 visits")
    assert "claimants" not in claims[0]


def test_a_count_according_to_a_bodys_records_keeps_what_follows(tmp_path: Path) -> None:
    result = drafted(tmp_path, "Break-ins rose by 40 in May, according to police records, with most in Orla.")
    statements = [c["statement"] for c in result.claims]
    assert "Break-ins rose by 40 in May, according to police records, with most in Orla" in statements


def test_a_named_body_according_to_keeps_its_claim(tmp_path: Path) -> None:
    result = drafted(tmp_path, "Fares rose 5 percent in May, according to Kessel Transit figures.")
    assert claimants(result, "Fares rose 5 percent") == ["Kessel Transit"]


def test_a_district_magistrates_title(tmp_path: Path) -> None:
    names = kinds(drafted(tmp_path, "Orla DM Ana Rao inspected the new ferry pier at Brenk on Tuesday."))
    assert names.get("Ana Rao") == "person", names
