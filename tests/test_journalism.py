"""What real stories say (generator/checking/journalism.py): an evidence phrase states a range when
it writes both ends, the lower one often with the upper one's scale word ("4 to 6 million")."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.checking.journalism import amount_in_text, margin_in_text
from generator.checking.loader import load_site
from generator.format.model import Number


def figure(value: float, upper: float | None = None, **more: Any) -> Number:
    fields: dict[str, Any] = {"id": "n", "value": value, "unit": "people", "counts": "people moved"}
    fields |= {"cite": [{"source": "s", "evidence": "e"}], **more}
    if upper is not None:
        fields["upper"] = upper
    return Number.model_validate(fields)


@pytest.mark.parametrize(
    ("value", "upper", "text"),
    [
        (4_000_000, 6_000_000, "between 4 and 6 million people"),
        (4_000_000, 6_000_000, "4,000,000 to 6,000,000 people"),
        (4_500_000, 6_000_000, "4.5 to 6 million"),
        (500_000, 1_000_000, "0.5 to 1 million"),
        (4_000_000_000, 6_000_000_000, "4 to 6 billion dollars"),
        (4_000, 6_000, "4 to 6 thousand"),
        (2_000, 1_000_000, "2 thousand to 1 million"),
    ],
)
def test_a_range_is_stated_by_both_ends(value: float, upper: float, text: str) -> None:
    assert amount_in_text(figure(value, upper), text)


@pytest.mark.parametrize(
    ("value", "upper", "text"),
    [
        (4_000_000, 6_000_000, "between five and 6 million"),
        (4_000_000, 6_000_000, "4 million"),
        (4_500_000, 6_000_000, "4 to 6 million"),
        (500_000, 1_000_000, "5 to 1 million"),
        (4_000_000_000, 6_000_000_000, "40 to 6 billion"),
        (4_000, 6_000, "4 to 6 million"),
    ],
)
def test_a_range_with_an_end_missing_is_not_stated(value: float, upper: float, text: str) -> None:
    assert not amount_in_text(figure(value, upper), text)


def test_an_amount_in_words_is_found_whatever_its_case_and_spacing() -> None:
    number = figure(3, amount="three   dozen")
    assert amount_in_text(number, "Some Three\ndozen boats")
    assert not amount_in_text(number, "three boats")
    assert amount_in_text(figure(31_000), "31,000 suspects")
    assert not amount_in_text(figure(31_000), "31 suspects")


@pytest.mark.parametrize(
    ("value", "margin", "text", "written"),
    [
        # Invented estimates of several topics: a harvest, visitors, a vote share.
        (120, 8, "a harvest of 120 ± 8 tonnes", True),
        (120, 8, "a harvest of 120 tonnes, plus or minus 8", True),
        (4_500_000, 300_000, "4.5 million visitors, give or take 0.3 million", True),
        (4_500_000, 300_000, "4.5 ± 0.3 million visitors", True),
        (52.5, 2.5, "52.5% (±2.5 points) of the vote", True),
        (120, 8, "a harvest of 120 tonnes", False),
        (120, 8, "a harvest of 120 tonnes from 18 farms", False),
        (4_500_000, 300_000, "4.5 million visitors, give or take 0.2 million", False),
    ],
)
def test_a_margin_is_written_by_its_evidence(value: float, margin: float, text: str, written: bool) -> None:
    assert margin_in_text(figure(value, margin=margin), text) is written


BASE = Path(__file__).parent / "fixtures" / "rules" / "base"


def claim_problems(tmp_path: Path, old: str, new: str) -> list[tuple[int, int, str, str]]:
    """(line, col, rule, hint) of each problem once claims.yaml has ``old`` replaced by ``new``."""
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    claims = content / "harbour-strike" / "claims.yaml"
    claims.write_text(claims.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    return [(d.line, d.col, d.rule, d.hint) for d in load_site(content).diagnostics]


def test_a_claim_with_no_claimant_says_how_to_attribute_it(tmp_path: Path) -> None:
    hint = "list who makes it under `claimants:`, or set `unattributed: true` when the source names no one"
    claimants = "  claimants: [port-authority]\n"
    assert claim_problems(tmp_path / "a", claimants, "") == [(2, 3, "claimant-missing", hint)]
    # An empty list is pointed at where it is written.
    assert claim_problems(tmp_path / "b", claimants, "  claimants: []\n") == [
        (4, 14, "claimant-missing", hint)
    ]
    conflict = claim_problems(tmp_path / "c", claimants, claimants + "  unattributed: true\n")
    assert conflict == [(5, 17, "attribution-conflict", "remove `unattributed: true`, or empty `claimants`")]


def test_a_single_native_name_whose_script_contradicts_its_language_is_placed(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    actors = content / "harbour-strike" / "actors.yaml"
    named = "name: Port Authority\n  native_name: {text: 港务局, lang: zh-Hant, script: Hans}"
    actors.write_text(actors.read_text("utf-8").replace("name: Port Authority", named), "utf-8")
    assert [(d.line, d.col, d.rule, d.message, d.hint) for d in load_site(content).diagnostics] == [
        (
            11,
            51,
            "native-name-conflict",
            "the script 'Hans' contradicts the language tag 'zh-Hant'",
            "keep the script in one place: in `lang` (zh-Hans) or in `script`",
        )
    ]


def test_a_range_upside_down_and_a_long_story_sentence_are_told_with_their_fix(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    numbers = content / "harbour-strike" / "numbers.yaml"
    numbers.write_text(
        numbers.read_text("utf-8").replace("value: 2000", "value: 2000\n  upper: 1000"), "utf-8"
    )
    found = [(d.line, d.col, d.rule, d.message, d.hint) for d in load_site(content).diagnostics]
    assert found[0] == (
        4,
        10,
        "number-range",
        "the upper end 1,000 is not above the lower end 2,000",
        "`value` is the lower end of the range and `upper` the higher one",
    )
    numbers.write_text(numbers.read_text("utf-8").replace("\n  upper: 1000", ""), "utf-8")
    meta = content / "harbour-strike" / "dossier.yaml"
    story = (
        "\nstory:\n  - text: Zebras ran. The union said " + " ".join(["more"] * 45) + ".\n"
        "    cite:\n      - source: port-news\n        evidence: The union said\n"
    )
    meta.write_text(meta.read_text("utf-8").rstrip("\n") + story, "utf-8")
    found = [(d.line, d.col, d.rule, d.message, d.hint) for d in load_site(content).diagnostics]
    assert found == [
        (
            11,
            11,
            "sentence-long",
            "the sentence starting 'The union said more more more'… has 48 words (more than 40)",
            "split it in two: a reader on a phone follows sentences of 15 to 20 words best",
        )
    ]


def test_an_invisible_direction_control_is_told_with_its_fix(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    actors = content / "harbour-strike" / "actors.yaml"
    actors.write_text(
        actors.read_text("utf-8").replace("Runs the port.", "Runs the port\u202e daily."), "utf-8"
    )
    assert [(d.line, d.col, d.rule, d.message, d.hint) for d in load_site(content).diagnostics] == [
        (
            12,
            16,
            "text-bidi",
            "an invisible text-direction control (U+202E) is in this text",
            "delete it: right-to-left names display correctly without it, and it can reorder words",
        )
    ]


def test_a_glued_m_is_metres_for_a_number_of_metres_and_millions_for_others() -> None:
    height = {"unit": None, "counts": "metres to the tips of the blades"}
    assert amount_in_text(figure(100, **height), "The masts will reach 100m (328ft)")
    assert amount_in_text(figure(100, **height), "a 100m mast")
    assert amount_in_text(figure(100, unit="m", counts="height of the mast"), "a 100m mast")
    assert amount_in_text(figure(80, 100, **height), "between 80m and 100m")
    assert not amount_in_text(figure(100_000_000, **height), "a 100m mast")
    assert not amount_in_text(figure(100_000_000, unit="dollars"), "The masts will reach 100m (328ft)")
    assert amount_in_text(figure(100_000_000, unit="dollars", counts="grant"), "a 100m grant")
    assert not amount_in_text(figure(100, unit="dollars", counts="grant"), "a 100m grant")
    water = {"unit": "cubic metres", "counts": "water pumped"}
    assert amount_in_text(figure(1_200_000, **water), "pumped 1.2m cubic metres of water")
    assert amount_in_text(figure(1_000_000, 2_000_000, **water), "1m to 2m cubic metres")


def test_a_whole_number_and_its_fraction_are_one_value() -> None:
    age = {"unit": "years", "counts": "age of the bear"}
    assert amount_in_text(figure(1.5, **age), "a 1-1/2-year-old black bear")
    assert amount_in_text(figure(2.5, **age), "a 2 1/2-year-old seal")
    assert amount_in_text(figure(2.5, 3.5, **age), "between 2½ and 3-1/2 years old")
    for wrong in (1, 2, 11, 12, 0.5):
        assert not amount_in_text(figure(wrong, **age), "a 1-1/2-year-old black bear"), wrong
