"""Calendar months: the corresponding date, clipped to the last day of a shorter month (Dodds v Walker)."""

import datetime

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators.months import corresponding_date, has_corresponding_day

D = datetime.date


@pytest.mark.parametrize("start, months, expected", [
    pytest.param(D(2026, 12, 31), 2, D(2027, 2, 28), id="31 December plus 2 months is 28 February"),
    pytest.param(D(2027, 12, 31), 2, D(2028, 2, 29), id="31 December plus 2 months is 29 February in a leap year"),
    pytest.param(D(2026, 12, 30), 2, D(2027, 2, 28), id="30 December plus 2 months is also 28 February"),
    pytest.param(D(2026, 12, 29), 2, D(2027, 2, 28), id="29 December plus 2 months is 28 February in a common year"),
    pytest.param(D(2027, 12, 29), 2, D(2028, 2, 29), id="29 December plus 2 months is 29 February in a leap year"),
    pytest.param(D(2026, 8, 31), 2, D(2026, 10, 31), id="31 August plus 2 months is 31 October"),
    pytest.param(D(2026, 8, 30), 6, D(2027, 2, 28), id="30 August plus 6 months is clipped to 28 February"),
    pytest.param(D(2026, 8, 31), 1, D(2026, 9, 30), id="31 August plus 1 month is 30 September"),
    pytest.param(D(2027, 1, 31), 1, D(2027, 2, 28), id="31 January plus 1 month is 28 February"),
    pytest.param(D(2028, 1, 31), 1, D(2028, 2, 29), id="31 January 2028 plus 1 month is 29 February 2028"),
    pytest.param(D(2028, 2, 29), 2, D(2028, 4, 29), id="29 February plus 2 months is 29 April"),
    pytest.param(D(2028, 2, 29), 12, D(2029, 2, 28), id="29 February plus 12 months is 28 February"),
    pytest.param(D(2026, 10, 31), 2, D(2026, 12, 31), id="2 months can cross into December"),
    pytest.param(D(2026, 11, 15), 2, D(2027, 1, 15), id="2 months can cross the new year"),
    pytest.param(D(2026, 3, 10), 0, D(2026, 3, 10), id="0 months is the same day"),
])
def test_corresponding_date(start, months, expected):
    assert corresponding_date(start, months) == expected
    assert has_corresponding_day(start, months) == (expected.day == start.day)


def test_thousands_of_month_additions_agree_with_dateutil_relativedelta():
    # Every day from 1 September 2014 to the end of 2029, plus 1, 2 and 6 months (the law's periods).
    day, checked = D(2014, 9, 1), 0
    while day <= D(2029, 12, 31):
        for months in (1, 2, 6):
            assert corresponding_date(day, months) == day + relativedelta(months=months), (day, months)
            checked += 1
        day += datetime.timedelta(days=1)
    assert checked > 15_000


@settings(max_examples=1000)
@given(st.dates(min_value=D(1, 1, 1), max_value=D(9000, 12, 31)), st.integers(min_value=0, max_value=120))
def test_any_month_addition_agrees_with_dateutil_relativedelta(start, months):
    assert corresponding_date(start, months) == start + relativedelta(months=months)
