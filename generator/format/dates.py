"""Dates as precise as their source: a year, a month or a day."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from enum import StrEnum


class Precision(StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date known to a year, a month or a day. Orders by its earliest possible day."""

    year: int
    month: int = 0
    day: int = 0

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ValueError for impossible dates."""
        parts = text.split("-")
        widths = (4, 2, 2)
        if len(parts) > 3 or not all(
            part.isascii() and part.isdigit() and len(part) == width
            for part, width in zip(parts, widths, strict=False)
        ):
            raise ValueError(f"{text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 0
        day = int(parts[2]) if len(parts) > 2 else 0
        if len(parts) > 1 and not 1 <= month <= 12:
            raise ValueError(f"month {month} does not exist")
        if len(parts) > 2:
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise ValueError(f"day {day} does not exist in {calendar.month_name[month]} {year}")
        return cls(year, month, day)

    @property
    def precision(self) -> Precision:
        if self.day:
            return Precision.DAY
        if self.month:
            return Precision.MONTH
        return Precision.YEAR

    def holds(self, other: PartialDate) -> bool:
        """Whether ``other`` is a day or a month within this coarser date's span ("June 2031" holds
        "5 June 2031"); no date holds itself or a date as coarse."""
        if other.precision is self.precision or self.precision is Precision.DAY or other.year != self.year:
            return False
        return self.precision is Precision.YEAR or other.month == self.month

    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def human(self, approximate: bool = False) -> str:
        """Say the date no more precisely than it is known: "September 2023", not "1 September 2023"."""
        if self.day:
            text = f"{self.day} {calendar.month_name[self.month]} {self.year}"
        elif self.month:
            text = f"{calendar.month_name[self.month]} {self.year}"
        else:
            text = str(self.year)
        return f"around {text}" if approximate else text
