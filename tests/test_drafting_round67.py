"""Forms the first run of held-out round 67 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: two ranges of one
unit in a sentence that repeats an earlier one, an outlet credited below the text after "Source:", a
cove or a gully and a spot set off before the larger place it lies in, an outlet told in capitals,
and a notice ("this warning says") whose words are the body's that spoke last."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted, kinds

from generator.authoring.articles import read_article
from generator.authoring.drafting import Draft
from generator.authoring.kinds import kind_of


def test_two_ranges_of_one_unit_repeated_in_a_later_sentence(tmp_path: Path) -> None:
    body = (
        "The council expects 20-40 cm of snow on the plains by the weekend.\n\n"
        "Crews said 20-40 cm of snow on the plains, but 60-90 cm of snow on the passes, would close roads."
    )
    result = drafted(tmp_path, body)
    values = sorted(n["value"] for n in result.numbers)
    assert values.count(20) == 2 and 60 in values
    # one range repeated alone is the same figure, drafted once
    body = (
        "The council expects 20-40 cm of snow on the plains by the weekend.\n\n"
        "Crews said 20-40 cm of snow on the plains would close the roads for days."
    )
    result = drafted(tmp_path, body)
    assert [n["value"] for n in result.numbers].count(20) == 1


def test_an_outlet_credited_below_the_text_after_source(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "Orla clinic opens\n\nThe new clinic in Orla opened its doors on Monday to the first patients of"
        " the valley.\n\nSource: Kessel News Agency\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.publisher == "Kessel News Agency"
    assert all("Source" not in p for p in article.paragraphs)


def test_a_cove_a_gully_and_a_spot_before_the_place_it_lies_in() -> None:
    assert kind_of("Tarn Cove", "The road to ", " was patched.") == "place"
    assert kind_of("Kessel Gully", "The crews reached ", " on Friday.") == "place"
    assert kind_of("Tarn Ridge", "At ", ", Ontario, 40 mm fell.") == "place"
    # a person named before an aside that is no place is still a person
    assert kind_of("Ana Ruiz", "At ", ", the harbour master, spoke.") == "person"
    assert kind_of("Tarn Hospital", "At ", ", Ontario, nurses struck.") != "place"


def test_an_outlet_told_in_capitals() -> None:
    assert kind_of("KESSEL GAZETTE ONLINE", "the mayor told ", " today.") == "media-outlet"
    assert kind_of("Orla Online", "she told ", " on Monday.") == "media-outlet"
    # a name in capitals with no paper's word is no outlet
    assert kind_of("ANA RUIZ", "the mayor told ", " today.") != "media-outlet"


def test_a_notice_speaks_for_the_body_that_spoke_last(tmp_path: Path) -> None:
    body = (
        'The Kessel Weather Service says: "Frost is expected to form across the valley on Tuesday night."'
        "\n\nA second warning covers the hills.\n\n"
        'This warning says: "Snow is expected to move over the hills on Wednesday."\n\n'
        '"Ten centimetres of snow could fall on the higher roads."'
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "expected to move") == ["Kessel Weather Service"]
    assert claimants(result, "could fall") == ["Kessel Weather Service"]
    assert kinds(result)["Kessel Weather Service"] != "person"
    # after a person spoke, the notice is no one's named
    body = (
        'Ana Ruiz, a farmer, said: "The frost came early this year in the valley."\n\n'
        'The latest alert says: "Snow is expected to move over the hills on Wednesday."'
    )
    assert claimants(drafted(tmp_path, body), "expected to move") == [None]


def _status(result: Draft, words: str) -> str:
    return str(next(c for c in result.claims if words in c["statement"]).get("status", "stated"))


def test_a_forecast_of_chance_or_potential_after_a_place_or_but(tmp_path: Path) -> None:
    """A weather office's quote that goes on over paragraphs: "Over the hills, there is a low chance
    of snow" and "..., but there is potential for 40 mm to fall" forecast what may come, as "there is
    a high risk of" did at a quote's start; "Anglers are warning of ..." warns as it goes on. A past
    risk the speaker met, or potential that is a team's quality, is no forecast."""
    body = (
        'The Kessel Weather Office said: "Showers are expected to spread east on Friday.\n\n'
        '"Over the northern hills, there is a low chance of 10-15 cm of snow settling.\n\n'
        '"Where the showers will go is uncertain, but there is potential for 40 mm to fall widely."\n\n'
        "Anglers are warning of low river levels on the Tarn as the dry spell goes on.\n\n"
        '"There is potential in this squad," coach Ana Ruiz said.'
    )
    result = drafted(tmp_path, body)
    assert _status(result, "there is a low chance of 10-15 cm") == "forecast"
    assert _status(result, "there is potential for 40 mm") == "forecast"
    assert _status(result, "Anglers are warning of low river levels") == "forecast"
    assert _status(result, "There is potential in this squad") == "stated"
