"""Working days in England: Monday to Friday, less the official GOV.UK England and Wales bank holidays.

The bank holidays come from ``bank_holidays.json`` in this package, a copy of GOV.UK's public
``bank-holidays.json`` (``scripts/update-bank-holidays`` refreshes it). A day outside the
years in that file is refused with :class:`OutsideBankHolidayData`, never guessed.
"""

from __future__ import annotations

import datetime
import functools
import json
import os

from .provisions import BFDA_1971_S1, HESC_RULE_1, SEND_REGS_REGS_34_41, cites

#: GOV.UK's name for the England and Wales list (BFDA 1971 s.1 bank holidays).
BANK_HOLIDAY_DIVISION = "england-and-wales"
#: Saturday and Sunday (date.weekday() numbers) are never working days (HESC r.1).
WEEKEND_DAYS = frozenset({5, 6})

#: date.weekday() number -> the key non_working_reason() gives for a weekend day.
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

CITATIONS = {
    "BANK_HOLIDAY_DIVISION": BFDA_1971_S1,
    "WEEKEND_DAYS": HESC_RULE_1,
}

_DATA_FILE = "bank_holidays.json"


class OutsideBankHolidayData(ValueError):
    """A calculation needed a day in a year the official bank-holiday list does not cover."""

    def __init__(self, day: datetime.date, first_year: int, last_year: int, field: str = "") -> None:
        self.day = day
        self.first_year = first_year
        self.last_year = last_year
        self.field = field  # the input whose calculation needed the day, when known
        super().__init__(
            f"{day.isoformat()} is outside the bank holiday data, which covers "
            f"{first_year} to {last_year}"
        )


@functools.cache
def _load() -> tuple[dict[datetime.date, str], int, int]:
    # A plain open() beside this module, not importlib.resources: the wheel is always unpacked (in
    # Pyodide too), and importlib.resources pulls in zipfile, tempfile, shutil and lzma, which cost
    # 100-250 ms on the first calculation in the browser (scripts/bench).
    with open(os.path.join(os.path.dirname(__file__), _DATA_FILE), encoding="utf-8") as file:
        text = file.read()
    events = json.loads(text)[BANK_HOLIDAY_DIVISION]["events"]
    holidays = {datetime.date.fromisoformat(e["date"]): e["title"] for e in events}
    years = [day.year for day in holidays]
    return holidays, min(years), max(years)


@cites(BFDA_1971_S1)
def bank_holidays() -> dict[datetime.date, str]:
    """Every England and Wales bank holiday in the data, with GOV.UK's title.

    >>> bank_holidays()[datetime.date(2022, 9, 19)]
    'Bank Holiday for the State Funeral of Queen Elizabeth II'

    Special one-off bank holidays are in the official list like any other.
    """
    return dict(_load()[0])


@cites(BFDA_1971_S1)
def covered_years() -> range:
    """The years the bank-holiday data covers (whole calendar years).

    >>> covered_years()
    range(2015, 2029)

    Working days can only be worked out for dates in these years.
    """
    _, first, last = _load()
    return range(first, last + 1)


@cites(BFDA_1971_S1)
def is_covered(day: datetime.date) -> bool:
    """Whether the bank-holiday data covers ``day``.

    >>> is_covered(datetime.date(2029, 1, 2))
    False

    Outside the data we cannot tell whether a day is a bank holiday.
    """
    return day.year in covered_years()


@cites(BFDA_1971_S1)
def require_covered(day: datetime.date, field: str = "") -> None:
    """Refuse a day the bank-holiday data does not cover, naming the input it came from.

    >>> require_covered(datetime.date(2029, 1, 2), "decision_sent")
    Traceback (most recent call last):
    ...
    calculators.working_days.OutsideBankHolidayData: 2029-01-02 is outside the bank holiday data, which covers 2015 to 2028

    Never guess: beyond the official list we cannot tell a bank holiday from a working day.
    """
    _, first, last = _load()
    if not first <= day.year <= last:
        raise OutsideBankHolidayData(day, first, last, field)


@cites(BFDA_1971_S1)
def bank_holiday_name(day: datetime.date) -> str | None:
    """GOV.UK's title for the bank holiday on ``day``, or None.

    >>> bank_holiday_name(datetime.date(2020, 5, 8))
    'Early May bank holiday (VE day)'

    Raises OutsideBankHolidayData for a day outside the data.
    """
    require_covered(day)
    return _load()[0].get(day)


@cites(HESC_RULE_1, BFDA_1971_S1)
def non_working_reason(day: datetime.date) -> str | None:
    """Why ``day`` is not a working day: "saturday", "sunday", "bank-holiday", or None.

    >>> non_working_reason(datetime.date(2026, 12, 28))
    'bank-holiday'

    28 December 2026 is a Monday, the substitute Boxing Day.
    """
    require_covered(day)
    if day.weekday() in WEEKEND_DAYS:
        return _DAY_NAMES[day.weekday()]
    if day in _load()[0]:
        return "bank-holiday"
    return None


@cites(HESC_RULE_1, BFDA_1971_S1, SEND_REGS_REGS_34_41)
def is_working_day(day: datetime.date) -> bool:
    """Whether ``day`` is a working day: not a Saturday, Sunday or bank holiday.

    >>> is_working_day(datetime.date(2027, 3, 26))
    False

    Good Friday 2027 is not a working day. August days are ordinary working days.
    """
    return non_working_reason(day) is None


@cites(HESC_RULE_1, BFDA_1971_S1)
def working_day_on_or_after(day: datetime.date) -> datetime.date:
    """``day`` itself if it is a working day, otherwise the next working day.

    >>> working_day_on_or_after(datetime.date(2027, 2, 27))
    datetime.date(2027, 3, 1)

    Saturday 27 February 2027 moves to Monday 1 March 2027.
    """
    while not is_working_day(day):
        day += datetime.timedelta(days=1)
    return day


@cites(HESC_RULE_1, BFDA_1971_S1)
def working_day_on_or_before(day: datetime.date) -> datetime.date:
    """``day`` itself if it is a working day, otherwise the last working day before it.

    >>> working_day_on_or_before(datetime.date(2027, 2, 27))
    datetime.date(2027, 2, 26)

    Where a time limit is not moved for a weekend or bank holiday, this is the safe day to act by.
    """
    while not is_working_day(day):
        day -= datetime.timedelta(days=1)
    return day


@cites(HESC_RULE_1, BFDA_1971_S1)
def first_working_day_after(day: datetime.date) -> datetime.date:
    """The first working day strictly after ``day``.

    >>> first_working_day_after(datetime.date(2027, 1, 1))
    datetime.date(2027, 1, 4)

    The first working day after 1 January 2027 (a Friday) is Monday 4 January.
    """
    return working_day_on_or_after(day + datetime.timedelta(days=1))


@cites(SEND_REGS_REGS_34_41, BFDA_1971_S1)
def add_working_days(day: datetime.date, count: int) -> datetime.date:
    """The working day that is ``count`` working days after ``day`` (``day`` itself not counted).

    >>> add_working_days(datetime.date(2026, 12, 23), 3)
    datetime.date(2026, 12, 30)

    From Wednesday 23 December 2026, 3 working days skip Christmas and the substitute Boxing Day.
    """
    for _ in range(count):
        day = first_working_day_after(day)
    return day
