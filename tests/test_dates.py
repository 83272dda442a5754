"""dates.py: every accepted and refused form of a partial date, its precision, order and wording."""

from __future__ import annotations

import pytest

from generator.format.dates import PartialDate, Precision


@pytest.mark.parametrize(
    ("text", "date", "precision", "human"),
    [
        ("2023", PartialDate(2023), Precision.YEAR, "2023"),
        ("2023-09", PartialDate(2023, 9), Precision.MONTH, "September 2023"),
        ("2023-11-21", PartialDate(2023, 11, 21), Precision.DAY, "21 November 2023"),
        ("2024-02-29", PartialDate(2024, 2, 29), Precision.DAY, "29 February 2024"),
        ("0999", PartialDate(999), Precision.YEAR, "999"),
        ("2023-12-31", PartialDate(2023, 12, 31), Precision.DAY, "31 December 2023"),
    ],
)
def test_accepted(text: str, date: PartialDate, precision: Precision, human: str) -> None:
    parsed = PartialDate.parse(text)
    assert parsed == date
    assert parsed.precision is precision
    assert parsed.human() == human
    assert parsed.human(approximate=True) == f"around {human}"
    assert parsed.iso() == text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2023-13", "month 13 does not exist"),
        ("2023-00", "month 0 does not exist"),
        ("2023-02-29", "day 29 does not exist in February 2023"),
        ("2023-04-31", "day 31 does not exist in April 2023"),
        ("2023-11-00", "day 0 does not exist in November 2023"),
        ("2023-11-21-01", "'2023-11-21-01' is not YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2023/11/21", "'2023/11/21' is not YYYY, YYYY-MM or YYYY-MM-DD"),
        ("November 2023", "'November 2023' is not YYYY, YYYY-MM or YYYY-MM-DD"),
        ("", "'' is not YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2023-", "'2023-' is not YYYY, YYYY-MM or YYYY-MM-DD"),
        ("-2023", "'-2023' is not YYYY, YYYY-MM or YYYY-MM-DD"),
        ("２０２３", "'２０２３' is not YYYY, YYYY-MM or YYYY-MM-DD"),
        ("23", "'23' is not YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2023-9", "'2023-9' is not YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2023-09-1", "'2023-09-1' is not YYYY, YYYY-MM or YYYY-MM-DD"),
    ],
)
def test_refused(text: str, message: str) -> None:
    with pytest.raises(ValueError) as error:
        PartialDate.parse(text)
    assert str(error.value) == message


def test_orders_by_earliest_possible_day() -> None:
    dates = [PartialDate.parse(t) for t in ["2023-11-21", "2023", "2023-11", "2022-12-31", "2023-09"]]
    assert [d.iso() for d in sorted(dates)] == ["2022-12-31", "2023", "2023-09", "2023-11", "2023-11-21"]
    assert PartialDate.parse("2023") < PartialDate.parse("2023-01") < PartialDate.parse("2023-01-01")
