"""When two actor records are one actor (generator/format/identity.py): a name they share, folded
for case, spacing and a leading "the"."""

from __future__ import annotations

from typing import Any

from generator.format.identity import actor_names, matching_name
from generator.format.model import Actor


def actor(name: str, **more: Any) -> Actor:
    fields = {"id": "a", "name": name, "kind": "organisation", "description": "An actor."}
    return Actor.model_validate({**fields, "cite": [{"source": "s", "evidence": "e"}], **more})


def test_names_are_folded_for_case_spacing_and_the() -> None:
    assert actor_names(actor("The  Port Authority")) == {"port authority"}
    assert actor_names(actor("The")) == {"the"}
    assert actor_names(actor("The Wa")) == {"wa"}  # a one-word name after "the"
    assert actor_names(actor("Port of the Bay")) == {"port of the bay"}
    assert actor_names(actor("Bay", aliases=["THE BAY PORT"])) == {"bay", "bay port"}
    native = {"text": "港务局", "lang": "zh"}
    assert actor_names(actor("Port", native_name=native)) == {"port", "港务局"}
    assert actor_names(actor("Port", native_names=[native])) == {"port", "港务局"}


def test_a_shared_name_is_given_as_the_first_spells_it() -> None:
    first = actor("The Port Authority", aliases=["PA"])
    assert matching_name(first, actor("port authority")) == "The Port Authority"
    assert matching_name(first, actor("Harbour", aliases=["P.A."])) is None
    assert matching_name(first, actor("Harbour", aliases=["Pa"])) == "PA"
    assert matching_name(first, actor("Harbour")) is None
    native = {"text": "港务局", "lang": "zh"}
    assert (
        matching_name(actor("Port", native_name=native), actor("Harbour", native_names=[native])) == "港务局"
    )


def test_an_alias_in_small_letters_describes_and_does_not_identify() -> None:
    """Two stories' "the junta" or "suspects" are not one actor; "Wenzhou police", "the MPS" and a
    name in a script without case are names."""
    junta = actor("Myanmar military", aliases=["the junta", "military junta", "The Tatmadaw"])
    assert actor_names(junta) == {"myanmar military", "tatmadaw"}
    assert matching_name(junta, actor("Thai army", aliases=["the junta"])) is None
    assert matching_name(actor("Police", aliases=["suspects"]), actor("Gang", aliases=["suspects"])) is None
    assert actor_names(actor("Bureau", aliases=["Wenzhou police", "the MPS", "老街", "The"])) == {
        "bureau",
        "wenzhou police",
        "mps",
        "老街",
    }
    # A name counts however it is written.
    assert actor_names(actor("suspects")) == {"suspects"}
