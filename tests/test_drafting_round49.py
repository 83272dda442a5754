"""Forms the first run of held-out round 49 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: currencies by their
ISO 4217 codes or local abbreviations glued before the figure ("KD5", "GH¢ 40"), read only where the
sentence is about money, and the validator reading them as the draft does; a shop or a brand named
with a possessive ("Hallers’ Bakery", "Heddeland’s Finest"); an unnamed plural subject ("Bakery owners
say", "Many of them said") speaking unattributed; a verb of thinking ("NAME thinks ..."); "recommended
that ..." as a call; one word that issues a statement or "has indicated that" is a body, no place; a
family name written again with another accent is the same person."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafted import claimants, drafted, kinds

from generator.authoring.extraction import Said, find_attributions
from generator.authoring.figures import find_numbers
from generator.authoring.kinds import kind_of
from generator.authoring.stances import suggest_status
from generator.format.model import ClaimStatus
from generator.format.numbers import number_in_text


def _values(sentence: str) -> list[float]:
    return [figure.value for figure in find_numbers(sentence)]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("A loaf in Tarnby is now KD0.25 and a bag of rice KD1.10.", [0.25, 1.10]),
        ("The Orla council pays a grant of BD300 per family.", [300]),
        ("Kessel farmers will be paid GH¢40 for a bag, up from GH₵35.", [40, 35]),
        ("The fare rose to Dh 12 after the Tarn line was cut.", [12]),
        ("The Brenvik fund holds SEK 40 million in cash.", [40_000_000]),
    ],
    ids=["dinar-decimals", "dinar-per", "cedi-sign", "dirham-spaced", "krona-scale"],
)
def test_currency_codes_before_a_figure_in_money(sentence: str, values: list[float]) -> None:
    assert _values(sentence) == pytest.approx(values)


def test_a_currency_code_counts_its_currency() -> None:
    (figure,) = find_numbers("A seat on the Orla ferry costs JD12 each way.")
    assert "dinars" in figure.counts


@pytest.mark.parametrize(
    "sentence",
    [
        "Scan the QR code at gate SR71 before boarding in Tarnby.",
        "Delegates met at COP28 in Kessel to talk about funding.",
        "The Orla plant builds the RO500 pump.",
    ],
    ids=["qr-code", "conference", "model-name"],
)
def test_a_code_outside_money_or_before_a_name_is_no_currency(sentence: str) -> None:
    assert not any(value in {71, 28, 500} for value in _values(sentence))


def test_the_validator_reads_currency_codes_glued() -> None:
    assert number_in_text(0.25, "A loaf is now KD0.25 in Tarnby.")
    assert number_in_text(40, "Farmers get GH¢40 a bag.")
    assert number_in_text(7, "A ticket is JD7.")


def test_a_shop_or_a_brand_named_with_a_possessive_is_one_name(tmp_path: Path) -> None:
    body = (
        "Ana Ruiz, who runs Hallers’ Bakery in Tarnby, said flour now costs more. The shop sells "
        "Heddeland’s Finest and two other oats."
    )
    names = kinds(drafted(tmp_path, body))
    assert names.get("Hallers’ Bakery") == "organisation", names
    assert "Heddeland’s Finest" in names, names
    assert not {"Hallers", "Bakery", "Finest"} & set(names), names


def test_a_towns_market_is_the_towns(tmp_path: Path) -> None:
    names = kinds(drafted(tmp_path, "Traders in Boston’s Market said rents rose."))
    assert "Boston’s Market" not in names, names


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        ("Bakery owners say higher rents are caused by the long drought in Tarnby.", "higher rents"),
        ("Dock workers in Orla met on Monday. Many of them said the new fee will push them out.", "new fee"),
        ("Some of the growers said the Kessel frost cut the harvest by half.", "frost cut"),
    ],
    ids=["capitalised-plural", "many-of-them", "some-of-the-growers"],
)
def test_an_unnamed_plural_subject_speaks_unattributed(tmp_path: Path, body: str, phrase: str) -> None:
    assert claimants(drafted(tmp_path, body), phrase) == [None]


def test_a_verb_of_thinking_reports_what_is_thought() -> None:
    sentence = "Although she expects a dry summer, Ruiz thinks Orla rents won’t rise as fast next year."
    assert list(find_attributions(sentence)) == [Said("Ruiz", "Orla rents won’t rise as fast next year")]
    assert list(find_attributions("The Kessel council thinks about it every year.")) == []
    assert list(find_attributions("She believes in the Tarn plan.")) == []


def test_recommended_that_is_a_call() -> None:
    sentence = "He recommended that tenants wait for the new Tarnby rules."
    assert list(find_attributions(sentence)) == [Said("He", "tenants wait for the new Tarnby rules")]
    suggested = suggest_status(Said("He", "tenants wait for the new Tarnby rules"), sentence)
    assert suggested is not None and suggested.status == ClaimStatus.CALL


def test_one_word_that_issues_a_statement_or_indicates_is_a_body() -> None:
    assert (
        kind_of("Tarnbod", "According to a statement from ", ", the fee will be 12 a month.")
        == "organisation"
    )
    assert kind_of("Tarnbod", "", " has however indicated that it is keeping the price.") == "organisation"
    assert kind_of("Kenya", "According to a statement from ", ", the fee will rise.") == "place"


def test_a_family_name_written_with_another_accent_is_the_same_person(tmp_path: Path) -> None:
    body = (
        "Ana Ortíz Nuñez, who heads the Tarnby bakers, said flour costs more. “Loaves will "
        "cost more in March,” Ortìz Nuñez added."
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "Loaves will cost more") == ["Ana Ortíz Nuñez"]
    assert "Ortìz Nuñez" not in kinds(result)
