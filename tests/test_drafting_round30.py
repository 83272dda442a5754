"""Forms the first run of held-out round 30 showed misread, written as invented sentences from
several topics (none from the benchmark's articles): a business named by its land ("Holt Farm",
"Varna Orchards"), which shares a family name with the person who runs it, so that the family name
alone ("Holt said") is hers and not an actor of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.drafting import Draft


@pytest.mark.parametrize(
    ("body", "business", "person", "phrase"),
    [
        (
            "Mia Holt said the frost has hurt Holt Farm near Kessel, which has about 40 acres in "
            "apples.\n\nHolt said the farm will sell fewer apples this year.",
            "Holt Farm",
            "Mia Holt",
            "the farm will sell fewer apples this year",
        ),
        (
            "Tom Dorn said the frost hit Dorn Orchards outside Varna.\n\n“The pears came in late,” Dorn "
            "said.",
            "Dorn Orchards",
            "Tom Dorn",
            "The pears came in late",
        ),
        (
            "Ana Kessler said the heat hit Kessler Farms hard.\n\nKessler said the hens laid fewer "
            "eggs in July.",
            "Kessler Farms",
            "Ana Kessler",
            "the hens laid fewer eggs in July",
        ),
    ],
)
def test_a_business_named_by_its_land_and_its_owners_family_name(
    tmp_path: Path, body: str, business: str, person: str, phrase: str
) -> None:
    result = drafted(tmp_path, body)
    names = kinds(result)
    assert names.get(business) == "organisation"
    assert names.get(person) == "person"
    assert person.split()[-1] not in names  # the family name alone is hers, no actor of its own
    assert claimants(result, phrase) == [person]


def test_a_family_name_with_no_business_still_joins_the_person(tmp_path: Path) -> None:
    # control (passing before the rule too): no business shares the family name
    result = drafted(
        tmp_path,
        "Mia Holt said the frost hit the valley early.\n\nHolt said the trees lost half their fruit.",
    )
    assert "Holt" not in kinds(result)
    assert claimants(result, "the trees lost half their fruit") == ["Mia Holt"]


def _numbers(result: Draft) -> list[int | float]:
    return [number["value"] for number in result.numbers]


@pytest.mark.parametrize(
    ("body", "values"),
    [
        (
            "Of those cats, 420 were adopted out, 150 were returned to owners, 75 were sent to "
            "rescues and 305 have been sent to foster homes.",
            [420, 150, 75, 305],
        ),
        ("Of the 90 hikers, 12 were taken to hospital and 40 were given blankets.", [90, 12, 40]),
        ("At the fair, 64 were sold before noon and 18 were kept for the judges.", [64, 18]),
    ],
)
def test_a_list_of_subsets_with_participles_not_ending_in_ed(
    tmp_path: Path, body: str, values: list[int]
) -> None:
    assert _numbers(drafted(tmp_path, body)) == values


def test_a_list_of_subsets_with_regular_participles(tmp_path: Path) -> None:
    # control (passing before the rule too): participles ending in "-ed"
    result = drafted(tmp_path, "Of the 50 dogs, 30 were adopted and 12 were returned to owners.")
    assert _numbers(result) == [50, 30, 12]


@pytest.mark.parametrize(
    ("body", "person", "second"),
    [
        (
            "Ana Ruiz runs the orchard. “If I had to pick the worst month,” she said, “it would "
            "have been March.”",
            "Ana Ruiz",
            "it would have been March",
        ),
        (
            "“The roads are clear,” said Mayor Tom Lee, “but the old bridge stays shut until May.”",
            "Tom Lee",
            "but the old bridge stays shut until May",
        ),
        (
            "“We counted every nest,” Mia Holt added, “and the beach still had room for more.”",
            "Mia Holt",
            "and the beach still had room for more",
        ),
    ],
)
def test_a_quote_split_by_its_speakers_verb_keeps_its_second_half(
    tmp_path: Path, body: str, person: str, second: str
) -> None:
    assert claimants(drafted(tmp_path, body), second) == [person]


def test_a_quote_then_a_second_quote_after_the_verb_and_a_stop(tmp_path: Path) -> None:
    # control (passing before the rule too): two quotes either side of "NAME said."
    result = drafted(tmp_path, "“The roads are clear,” Ana Ruiz said. “The schools will open on Monday.”")
    assert claimants(result, "The schools will open on Monday") == ["Ana Ruiz"]
