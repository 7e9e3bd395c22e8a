"""Calendar-month arithmetic: the corresponding date, clipped to the end of a shorter month."""

from __future__ import annotations

import datetime

from .provisions import EQA_SCH_17_PARA_4, HESC_RULE_20_1_C, cites

_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in_month(year: int, month: int) -> int:
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _DAYS_IN_MONTH[month - 1]


@cites(HESC_RULE_20_1_C, EQA_SCH_17_PARA_4)
def corresponding_date(start: datetime.date, months: int) -> datetime.date:
    """The date ``months`` calendar months after ``start``: same day number, or the month's last day.

    >>> corresponding_date(datetime.date(2026, 12, 31), 2)
    datetime.date(2027, 2, 28)
    >>> corresponding_date(datetime.date(2027, 12, 31), 2)
    datetime.date(2028, 2, 29)
    >>> corresponding_date(datetime.date(2027, 1, 31), 1)
    datetime.date(2027, 2, 28)

    31 December plus 2 months is 28 February, or 29 February in a leap year (Dodds v Walker).
    """
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return datetime.date(year, month, min(start.day, _days_in_month(year, month)))


@cites(HESC_RULE_20_1_C, EQA_SCH_17_PARA_4)
def has_corresponding_day(start: datetime.date, months: int) -> bool:
    """Whether the month ``months`` after ``start`` has the same day number (no clipping needed).

    >>> has_corresponding_day(datetime.date(2026, 8, 31), 2)
    True
    >>> has_corresponding_day(datetime.date(2026, 12, 31), 2)
    False

    When it is False the period ends on the last day of the shorter month.
    """
    return corresponding_date(start, months).day == start.day
