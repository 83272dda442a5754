"""Looking inside the model (generator/format/introspect.py): the model and the field at a path,
through list indexes and aliases, and the values a field's schema allows."""

from __future__ import annotations

from pydantic import Field

from generator.format.introspect import field_at, inner_model, model_at, schema_enum
from generator.format.model import Citation, Meta, Number, Paragraph, Period, Relationship, Source
from generator.format.vocabulary import PREDICATES


def test_the_model_at_a_path_skips_list_indexes() -> None:
    assert model_at(Meta, ()) is Meta
    assert model_at(Meta, ("story",)) is Paragraph
    assert model_at(Meta, ("story", 0)) is Paragraph
    assert model_at(Meta, ("story", 0, "cite")) is Citation
    assert model_at(Meta, ("story", 2, "cite", 1)) is Citation
    assert model_at(Number, ("period",)) is Period


def test_past_a_plain_value_or_an_unknown_field_there_is_no_model() -> None:
    assert model_at(Meta, ("title",)) is None
    assert model_at(Meta, ("title", "more")) is None
    assert model_at(Meta, ("title", 0, "more")) is None
    assert model_at(Meta, ("no-such-field",)) is None
    assert model_at(Meta, ("story", 0, "no-such-field")) is None


def test_the_field_at_a_path_is_found_by_its_name_or_its_alias() -> None:
    assert field_at(Number, ("period", "from")) is Period.model_fields["start"]
    assert field_at(Number, ("period", "to")) is Period.model_fields["end"]
    assert field_at(Number, ("period", "start")) is Period.model_fields["start"]
    assert field_at(Meta, ("story", 0, "cite", 3, "evidence")) is Citation.model_fields["evidence"]
    assert field_at(Source, ("url",)) is Source.model_fields["url"]


def test_no_field_where_the_path_names_none() -> None:
    assert field_at(Meta, ()) is None
    assert field_at(Meta, (0, 1)) is None
    assert field_at(Meta, ("title", "more")) is None
    assert field_at(Meta, ("no-such-field",)) is None
    assert field_at(Meta, ("story", 0, "no-such-field")) is None


def test_the_values_a_schema_allows() -> None:
    assert schema_enum(Relationship.model_fields["predicate"]) == sorted(PREDICATES)
    assert schema_enum(Relationship.model_fields["subject"]) is None
    assert schema_enum(Source.model_fields["url"]) is None
    # A field's own list of values, as a model may declare it beside or instead of `anyOf`.
    assert schema_enum(Field(json_schema_extra={"enum": ["low", "high"]})) == ["low", "high"]
    assert schema_enum(Field(json_schema_extra={"enum": "low"})) is None
    assert schema_enum(Field(json_schema_extra={"anyOf": [{"enum": ["a"]}, {"enum": ["b"]}]})) == ["a"]


def test_the_model_inside_an_annotation() -> None:
    assert inner_model(Meta.model_fields["story"].annotation) is Paragraph
    assert inner_model(Number.model_fields["period"].annotation) is Period
    assert inner_model(Meta.model_fields["title"].annotation) is None
