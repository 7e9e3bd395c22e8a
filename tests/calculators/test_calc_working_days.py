"""Working days: weekends and the official England and Wales bank holidays, refused beyond the data."""

import datetime
import json
from pathlib import Path

import holidays
import pytest

from calculators import working_days
from calculators.working_days import (
    OutsideBankHolidayData,
    add_working_days,
    bank_holiday_name,
    bank_holidays,
    covered_years,
    first_working_day_after,
    is_working_day,
    non_working_reason,
    working_day_on_or_after,
)

D = datetime.date
VENDORED = Path(working_days.__file__).with_name("bank_holidays.json")


def test_the_vendored_file_keeps_gov_uk_format_for_england_and_wales():
    data = json.loads(VENDORED.read_text(encoding="utf-8"))
    division = data["england-and-wales"]
    assert division["division"] == "england-and-wales"
    assert all(set(event) == {"title", "date", "notes", "bunting"} for event in division["events"])


def test_the_data_covers_2015_to_2028():
    assert covered_years() == range(2015, 2029)


def test_every_vendored_bank_holiday_matches_python_holidays_for_england():
    oracle = holidays.country_holidays("GB", subdiv="ENG", years=range(2015, 2029))
    # python-holidays also lists the weekend day a holiday falls on, next to its "(observed)"
    # substitute; GOV.UK lists only the day off. The days off are the weekday entries.
    days_off = {day for day in oracle if day.weekday() < 5}
    assert all(day.weekday() < 5 for day in bank_holidays())
    assert set(bank_holidays()) == days_off
    assert len(bank_holidays()) == 115


@pytest.mark.parametrize("day, title", [
    pytest.param(D(2027, 1, 1), "New Year\u2019s Day", id="New Year's Day is a bank holiday"),
    pytest.param(D(2022, 1, 3), "New Year\u2019s Day", id="New Year's Day falling on a Saturday is replaced by Monday 3 January 2022"),
    pytest.param(D(2027, 3, 26), "Good Friday", id="Good Friday is a bank holiday"),
    pytest.param(D(2027, 3, 29), "Easter Monday", id="Easter Monday is a bank holiday"),
    pytest.param(D(2026, 5, 4), "Early May bank holiday", id="the early May bank holiday is a Monday"),
    pytest.param(D(2020, 5, 8), "Early May bank holiday (VE day)", id="the early May bank holiday moved to Friday 8 May 2020 for VE day"),
    pytest.param(D(2026, 5, 25), "Spring bank holiday", id="the spring bank holiday is the last Monday in May"),
    pytest.param(D(2022, 6, 2), "Spring bank holiday", id="the spring bank holiday moved to Thursday 2 June 2022 for the jubilee"),
    pytest.param(D(2022, 6, 3), "Platinum Jubilee bank holiday", id="the Platinum Jubilee gave an extra bank holiday"),
    pytest.param(D(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II", id="the Queen's funeral was a bank holiday"),
    pytest.param(D(2023, 5, 8), "Bank holiday for the coronation of King Charles III", id="the King's coronation was a bank holiday"),
    pytest.param(D(2026, 8, 31), "Summer bank holiday", id="the summer bank holiday is the last Monday in August"),
    pytest.param(D(2026, 12, 25), "Christmas Day", id="Christmas Day is a bank holiday"),
    pytest.param(D(2026, 12, 28), "Boxing Day", id="Boxing Day falling on a Saturday is replaced by Monday 28 December 2026"),
    pytest.param(D(2027, 12, 27), "Christmas Day", id="Christmas Day falling on a Saturday is replaced by Monday 27 December 2027"),
    pytest.param(D(2027, 12, 28), "Boxing Day", id="Boxing Day falling on a Sunday is replaced by Tuesday 28 December 2027"),
])
def test_every_kind_of_bank_holiday_is_not_a_working_day(day, title):
    assert bank_holiday_name(day) == title
    assert non_working_reason(day) == "bank-holiday"
    assert not is_working_day(day)


@pytest.mark.parametrize("day, reason", [
    pytest.param(D(2027, 2, 27), "saturday", id="a Saturday is not a working day"),
    pytest.param(D(2027, 2, 28), "sunday", id="a Sunday is not a working day"),
    pytest.param(D(2026, 12, 26), "saturday", id="Boxing Day on a Saturday is a weekend day, its substitute is the holiday"),
    pytest.param(D(2027, 3, 1), None, id="an ordinary Monday is a working day"),
    pytest.param(D(2026, 8, 14), None, id="a Friday in August is a working day"),
    pytest.param(D(2026, 12, 24), None, id="Christmas Eve on a Thursday is a working day"),
])
def test_weekends_and_ordinary_days(day, reason):
    assert non_working_reason(day) == reason
    assert is_working_day(day) == (reason is None)


@pytest.mark.parametrize("start, count, expected", [
    pytest.param(D(2026, 8, 28), 1, D(2026, 9, 1), id="1 working day after Friday 28 August 2026 skips the weekend and the summer bank holiday"),
    pytest.param(D(2026, 12, 24), 1, D(2026, 12, 29), id="1 working day after Christmas Eve 2026 skips Christmas, the weekend and the substitute Boxing Day"),
    pytest.param(D(2027, 12, 24), 1, D(2027, 12, 29), id="1 working day after Christmas Eve 2027 skips both substitute days"),
    pytest.param(D(2021, 12, 31), 1, D(2022, 1, 4), id="1 working day after 31 December 2021 skips the substitute New Year's Day"),
    pytest.param(D(2027, 3, 25), 3, D(2027, 4, 1), id="3 working days after the Thursday before Easter skip Good Friday and Easter Monday"),
    pytest.param(D(2027, 1, 8), 3, D(2027, 1, 13), id="3 working days after a Friday end on Wednesday"),
    pytest.param(D(2026, 8, 3), 5, D(2026, 8, 10), id="August days count as working days"),
    pytest.param(D(2026, 3, 2), 0, D(2026, 3, 2), id="0 working days is the same day"),
])
def test_add_working_days(start, count, expected):
    assert add_working_days(start, count) == expected


def test_the_next_working_day_is_the_day_itself_when_it_is_a_working_day():
    assert working_day_on_or_after(D(2027, 3, 1)) == D(2027, 3, 1)
    assert first_working_day_after(D(2027, 3, 1)) == D(2027, 3, 2)


@pytest.mark.parametrize("day", [
    pytest.param(D(2014, 12, 31), id="a day in 2014 is before the data and refused"),
    pytest.param(D(2029, 1, 2), id="a day in 2029 is beyond the data and refused"),
])
def test_a_day_outside_the_data_is_refused_not_guessed(day):
    with pytest.raises(OutsideBankHolidayData) as raised:
        is_working_day(day)
    assert (raised.value.first_year, raised.value.last_year, raised.value.day) == (2015, 2028, day)


def test_counting_working_days_past_the_end_of_the_data_is_refused():
    with pytest.raises(OutsideBankHolidayData):
        add_working_days(D(2028, 12, 29), 3)


@pytest.mark.parametrize("day, expected", [
    pytest.param(D(2027, 2, 27), D(2027, 2, 26), id="the last working day on or before Saturday 27 February 2027 is Friday 26 February"),
    pytest.param(D(2026, 12, 28), D(2026, 12, 24), id="the last working day on or before the substitute Boxing Day 2026 is Christmas Eve"),
    pytest.param(D(2027, 3, 29), D(2027, 3, 25), id="the last working day on or before Easter Monday 2027 is the Thursday before Good Friday"),
    pytest.param(D(2026, 8, 14), D(2026, 8, 14), id="a working day in August is its own last working day"),
])
def test_working_day_on_or_before(day, expected):
    # Expected values: GOV.UK England and Wales bank holidays and the calendar.
    assert working_days.working_day_on_or_before(day) == expected
