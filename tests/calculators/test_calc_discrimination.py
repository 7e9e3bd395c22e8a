"""Disability discrimination claims: 6 months starting with the conduct (EqA 2010 Sch 17 para 4)."""

import datetime

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from calculators.discrimination import disability_discrimination_claim_deadline
from calculators.discrimination import BeforeEqualityAct, UnknownAgainst
from calculators.scope import DateInFuture
from calculators.working_days import OutsideBankHolidayData

D = datetime.date
LATER = D(2029, 6, 1)


def claim(conduct, today=LATER, against="school"):
    return disability_discrimination_claim_deadline(conduct, today=today, against=against)


@pytest.mark.parametrize("conduct, last_day, arguable, not_working", [
    pytest.param(D(2026, 3, 10), D(2026, 9, 9), None, None,
                 id="conduct on 10 March gives a last day of 9 September (the reference's example)"),
    pytest.param(D(2026, 8, 31), D(2027, 2, 27), D(2027, 2, 28), "saturday",
                 id="conduct on 31 August: the earlier reading 27 February is used and 28 February noted"),
    pytest.param(D(2026, 8, 30), D(2027, 2, 27), D(2027, 2, 28), "saturday",
                 id="conduct on 30 August: February has no 30th so the earlier reading is used"),
    pytest.param(D(2027, 8, 31), D(2028, 2, 28), D(2028, 2, 29), None,
                 id="conduct on 31 August 2027: in a leap year the last day is 28 February, 29 February noted"),
    pytest.param(D(2027, 8, 29), D(2028, 2, 28), None, None,
                 id="conduct on 29 August 2027 has a corresponding 29 February so there is one reading"),
    pytest.param(D(2026, 3, 31), D(2026, 9, 29), D(2026, 9, 30), None,
                 id="conduct on 31 March: September has no 31st so the earlier reading is used"),
    pytest.param(D(2026, 2, 1), D(2026, 7, 31), None, None,
                 id="conduct on 1 February gives 31 July"),
    pytest.param(D(2026, 2, 16), D(2026, 8, 15), None, "saturday",
                 id="a last day in August is not moved: no August rule for discrimination claims"),
    pytest.param(D(2026, 6, 26), D(2026, 12, 25), None, "bank-holiday",
                 id="a last day on Christmas Day is not moved: no Christmas rule and no roll-over"),
    pytest.param(D(2026, 11, 5), D(2027, 5, 4), None, None,
                 id="a last day on an ordinary Tuesday"),
    pytest.param(D(2027, 11, 1), D(2028, 4, 30), None, "sunday",
                 id="a last day on a Sunday stays on the Sunday"),
])
def test_discrimination_claim_deadline(conduct, last_day, arguable, not_working):
    result = claim(conduct)
    assert result.last_day == last_day
    assert result.arguable_last_day == arguable
    assert result.last_day_not_working == not_working
    assert ("month-end-safe-reading" in result.notes) == (arguable is not None)


def test_a_last_day_in_a_window_is_noted_but_not_moved():
    result = claim(D(2026, 6, 26))
    assert "no-august-christmas-rule" in result.notes
    assert result.last_day_holiday == "Christmas Day"


@pytest.mark.parametrize("today, outcome, days_left", [
    pytest.param(D(2026, 3, 10), "in-time", 184, id="on the day of the conduct 184 days are left counting today"),
    pytest.param(D(2026, 9, 9), "last-day-today", 1, id="on the last day the outcome is last day today"),
    pytest.param(D(2026, 9, 10), "deadline-passed", 0, id="after the last day the late-claim route applies"),
])
def test_days_left_and_outcome(today, outcome, days_left):
    result = claim(D(2026, 3, 10), today=today)
    assert (result.outcome, result.days_left) == (outcome, days_left)
    if outcome == "deadline-passed":
        assert result.steps[-1].provision.unit == "paragraph 4(3)"


@pytest.mark.parametrize("conduct, today, error", [
    pytest.param(D(2026, 12, 1), D(2026, 11, 28), DateInFuture, id="conduct after today is refused"),
    pytest.param(D(2010, 9, 30), LATER, BeforeEqualityAct, id="conduct before the Equality Act 2010 came into force is refused"),
    pytest.param(D(2028, 7, 2), D(2028, 7, 2), OutsideBankHolidayData,
                 id="conduct on 2 July 2028 has a last day in 2029, still to come, and is refused"),
    pytest.param(D(2030, 1, 1), D(2030, 1, 2), OutsideBankHolidayData, id="conduct in 2030 is refused"),
])
def test_refused_dates(conduct, today, error):
    with pytest.raises(error):
        claim(conduct, today=today)


def test_september_2014_conduct_works_because_its_last_day_is_in_2015():
    assert claim(D(2014, 9, 1)).last_day == D(2015, 2, 28)


def test_conduct_on_1_july_2028_is_the_last_that_can_be_worked_out():
    assert claim(D(2028, 7, 1)).last_day == D(2028, 12, 31)


@given(st.dates(min_value=D(2014, 9, 1), max_value=D(2028, 7, 1)))
def test_the_last_day_is_the_day_before_the_corresponding_date_and_never_moved(conduct):
    result = claim(conduct)
    six_months_on = conduct + relativedelta(months=6)  # clipped to the month's end, like Dodds v Walker
    assert result.last_day == six_months_on - datetime.timedelta(days=1)
    # Where clipping happened, the later reading (the month's last day) is only noted.
    assert result.arguable_last_day == (six_months_on if six_months_on.day != conduct.day else None)


@pytest.mark.parametrize("conduct, last_day, last_working_day", [
    # Expected values: EqA 2010 Sch 17 para 4(1) (no roll-over) and GOV.UK bank holidays.
    pytest.param(D(2026, 8, 31), D(2027, 2, 27), D(2027, 2, 26),
                 id="a last day on Saturday 27 February 2027 stays, and the safe working day before it is Friday 26 February"),
    pytest.param(D(2026, 6, 26), D(2026, 12, 25), D(2026, 12, 24),
                 id="a last day on Christmas Day 2026 stays, and the safe working day before it is Christmas Eve"),
    pytest.param(D(2026, 3, 10), D(2026, 9, 9), D(2026, 9, 9),
                 id="a last day on a working day is its own safe working day"),
])
def test_a_last_day_that_is_not_a_working_day_has_a_safe_working_day_before_it(conduct, last_day, last_working_day):
    result = claim(conduct)
    assert result.last_day == last_day
    assert result.last_working_day == last_working_day
    assert result.as_dict()["last_working_day"] == last_working_day.isoformat()
