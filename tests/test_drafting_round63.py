"""Forms the first run of held-out round 63 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a country's office
of statistics named by its field and the country; a company named by its trade's word and a noun in
the plural; an acronym spelled out in brackets with capitals inside its words; the level of a court
written before "Judge"; "a <place> bank said" (one unnamed body); "the judge said" after "Judge Ana
Ruiz"; "said in the order that"; "but" opening the second clause's speaker."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted, kinds


def test_a_country_s_office_of_statistics(tmp_path: Path) -> None:
    result = drafted(tmp_path, "Rents rose 3 per cent in May, according to Statistics Norway.")
    assert kinds(result)["Statistics Norway"] == "government-body"
    assert claimants(result, "Rents rose 3 per cent") == ["Statistics Norway"]
    stats = drafted(tmp_path, "The figures were published by Stats Norway on Monday.")
    assert kinds(stats)["Stats Norway"] == "government-body"


def test_a_company_named_by_its_trade_and_a_plural(tmp_path: Path) -> None:
    result = drafted(
        tmp_path, "Solar Vaults has been given permission to build a farm next to the Orla station."
    )
    assert kinds(result)["Solar Vaults"] == "organisation"
    # a person's family name ending in "s" is still a person's
    assert (
        kinds(drafted(tmp_path, "The farm was sold on Monday, Ana Williams said."))["Ana Williams"]
        == "person"
    )


def test_an_acronym_spelled_out_with_capitals_inside_words(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Astronomers looking through the ORCAT (ORbiting Comets and Asteroids Telescope) said they "
        "found two moons.",
    )
    assert kinds(result) == {"ORCAT": "object"}
    spelled = drafted(tmp_path, "Researchers at the BRISK (BRight Infrared Sky Kit) array found a comet.")
    assert "BRight Infrared Sky Kit" not in kinds(spelled) and "BRISK" in kinds(spelled)


def test_the_level_of_a_court_before_judge(tmp_path: Path) -> None:
    result = drafted(tmp_path, "Federal District Judge Ana Ruiz fined Kessel Mining Corp. on Monday.")
    assert kinds(result) == {"Ana Ruiz": "person", "Kessel Mining Corp": "organisation"}
    # a court named with "Court" is the court's name
    assert "Kessel Circuit Court" in kinds(
        drafted(tmp_path, "Kessel Circuit Court Judge Ana Ruiz fined the firm.")
    )


def test_one_unnamed_bank_of_a_place(tmp_path: Path) -> None:
    result = drafted(tmp_path, "A Kessel bank said this month it would delay plans to sell the farm.")
    assert "A Kessel bank" not in kinds(result) and "Kessel bank" not in kinds(result)
    assert claimants(result, "delay plans to sell the farm") == [None]
    # a place's own bank, with "the" or a possessive, stays the body
    assert claimants(
        drafted(tmp_path, "Kessel's central bank said it would raise rates."), "raise rates"
    ) == ["Kessel's central bank"]


def test_the_judge_said_in_the_order_after_a_but(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        "Judge Ana Ruiz fined the firm on Monday. The firm argued it could not pay, but the judge said in "
        "the contempt order that no evidence had been presented to support that.",
    )
    # (the firm's words run on into the judge's clause; the judge's own claim is hers)
    assert claimants(result, "no evidence had been presented")[-1] == "Ana Ruiz"
    magistrate = drafted(
        tmp_path, "Magistrate Bo Lund heard the case. The magistrate said that the fine stands."
    )
    assert claimants(magistrate, "the fine stands") == ["Bo Lund"]
