"""Two forms round 76's first run showed misread, fixed before its pass, written as invented
sentences (none from the benchmark's articles): a person named by one initial and the family name
("minister K. Lund"), and a company's one-word name before its trade's noun ("Kessco conglomerate's
profit"), with the counter-cases the rules must not catch."""

from __future__ import annotations

from pathlib import Path

from drafted import claimants, drafted

from generator.authoring.kinds import kind_of
from generator.authoring.names import find_names


def test_one_initial_before_a_family_name(tmp_path: Path) -> None:
    names = find_names(["Traffic doubled, transport minister K. Lundqvist said in a speech on Tuesday."])
    assert [(n.name, n.kind) for n in names] == [("K. Lundqvist", "person")]
    body = (
        "Traffic at the port doubled in May, ports minister K. Lundqvist said in a speech on Tuesday.\n\n"
        '"We have a renewed reason to build," Lundqvist said.'
    )
    result = drafted(tmp_path, body)
    assert claimants(result, "Traffic at the port doubled") == ["K. Lundqvist"]
    assert claimants(result, "renewed reason to build") == ["K. Lundqvist"]
    # initials already read stay as they were
    assert [n.name for n in find_names(["A.J. Lund agreed with the plan."])] == ["A.J. Lund"]


def test_a_company_named_before_its_trade_noun() -> None:
    assert (
        kind_of("Kessco", "Orlavia's ", " conglomerate's June quarter net profit rose 20 percent")
        == "organisation"
    )
    assert kind_of("Kessco", "", " company said the plant would close.") == "organisation"
    # a place's company, one of many, or one named after it
    assert kind_of("Kessel", "a ", " company said the plant would close.") == "place"
    assert kind_of("Norway", "", " company Acme said the plant would close.") == "place"
