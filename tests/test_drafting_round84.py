"""Forms the first run of held-out round 84 showed misread, written as invented sentences (none from
the benchmark's articles), each family in general rather than the one form seen: a length with
decimals glued to "m" after "a" ("a 3.85m shark": metres, not millions)."""

from __future__ import annotations

from generator.authoring.figures import find_numbers


def test_a_length_with_decimals_glued_to_m_after_a() -> None:
    found = [(f.value, f.counts) for f in find_numbers("Divers saw a 3.85m shark near the reef.")]
    assert found == [(3.85, "metres shark")]
    assert [f.value for f in find_numbers("An 8.5m yacht ran aground.")] == [8.5]
    # millions of things, or a sum or a change of millions after "a": no length
    assert list(find_numbers("The show drew 4.5m viewers.")) == []
    assert list(find_numbers("Visits grew, a 1.2m rise on the year.")) == []
    assert list(find_numbers("The club signed a 2.5m deal.")) == []
