"""The date rules against independent oracles, over every date the bank-holiday data covers.

The oracles never call the package: bank holidays come from python-holidays (England), calendar
months from dateutil's relativedelta, and each time limit is re-stated here in a few plain lines
straight from the rule it applies. Exhaustive loops, not samples, so a rule that is wrong on one
day of one year fails.
"""

import datetime

import holidays
import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from calculators import limits, timeline, working_days
from calculators.appeal_deadline import sen_appeal_deadline
from calculators.discrimination import disability_discrimination_claim_deadline
from calculators.months import corresponding_date, has_corresponding_day
from calculators.working_days import OutsideBankHolidayData

D = datetime.date
DAY = datetime.timedelta(days=1)
FIRST, LAST = D(2015, 1, 1), D(2028, 12, 31)  # the years of the official bank-holiday list
# python-holidays also lists a holiday that falls on a weekend; a weekend is never a working day.
ENGLAND = holidays.country_holidays("GB", subdiv="ENG", years=range(2014, 2030))


def days(first, last):
    while first <= last:
        yield first
        first += DAY


def working(day):
    """HESC r.1: not a Saturday, Sunday or bank holiday in England."""
    return day.weekday() < 5 and day not in ENGLAND


def on_or_after(day):
    while not working(day):
        day += DAY
    return day


def on_or_before(day):
    while not working(day):
        day -= DAY
    return day


def plus_working_days(day, count):
    while count:
        day += DAY
        count -= working(day)
    return day


def appeal_oracle(decision, certificate=None):
    """HESC r.20(1)(c) and r.12, re-stated: (last day, window rule, arguable later day or None)."""
    end = decision + relativedelta(months=2)
    if certificate is not None:
        end = max(end, certificate + relativedelta(months=1))
    if end.month == 8:  # r.12(3)(a): ends in August -> first working day after 31 August
        return on_or_after(D(end.year, 9, 1)), "august", None
    if (end.month, end.day) >= (12, 25) or (end.month, end.day) == (1, 1):  # 25 Dec to 1 Jan
        return on_or_after(D(end.year + (end.month == 12), 1, 2)), "christmas-new-year", None
    if working(end):
        return end, None, None
    moved = on_or_after(end)  # r.12(2); landing in a window keeps this earlier (safe) day
    arguable = None
    if moved.month == 8:
        arguable = on_or_after(D(moved.year, 9, 1))
    elif (moved.month, moved.day) >= (12, 25) or (moved.month, moved.day) == (1, 1):
        arguable = on_or_after(D(moved.year + (moved.month == 12), 1, 2))
    return moved, "next-working-day", arguable


def test_every_covered_day_is_a_working_day_exactly_when_python_holidays_says_so():
    for day in days(FIRST, LAST):
        assert working_days.is_working_day(day) is working(day), day
        reason = working_days.non_working_reason(day)
        expected = (None if working(day) else "saturday" if day.weekday() == 5
                    else "sunday" if day.weekday() == 6 else "bank-holiday")
        assert reason == expected, day


def test_moving_to_a_working_day_agrees_with_a_plain_day_by_day_search():
    for day in days(FIRST + 7 * DAY, LAST - 7 * DAY):
        assert working_days.working_day_on_or_after(day) == on_or_after(day), day
        assert working_days.working_day_on_or_before(day) == on_or_before(day), day
        assert working_days.first_working_day_after(day) == on_or_after(day + DAY), day


@pytest.mark.parametrize("count", [0, 1, 3, 5])
def test_adding_working_days_agrees_with_counting_them_one_by_one(count):
    for day in days(FIRST, LAST - 14 * DAY):
        assert working_days.add_working_days(day, count) == plus_working_days(day, count), (day, count)


@pytest.mark.parametrize("start", [D(1899, 12, 31), D(1900, 1, 31), D(1999, 12, 31), D(2000, 1, 29),
                                   D(2099, 12, 31), D(2100, 1, 30), D(2399, 12, 31), D(2400, 1, 31)])
def test_february_in_century_years_follows_the_gregorian_leap_rule(start):
    months = 2 if start.month == 12 else 1
    assert corresponding_date(start, months) == start + relativedelta(months=months)


def test_every_century_february_agrees_with_dateutil():
    for year in range(100, 10000, 100):
        for start, months in ((D(year - 1, 12, 31), 2), (D(year, 1, 31), 1), (D(year, 8, 29), 6)):
            assert corresponding_date(start, months) == start + relativedelta(months=months), start
            assert has_corresponding_day(start, months) is ((start + relativedelta(months=months)).day == start.day)


def test_every_decision_date_gives_the_re_stated_appeal_deadline():
    """HESC r.20(1)(c)(i) with r.12, for every decision from November 2014 to the end of the data."""
    for decision in days(D(2014, 11, 1), D(2028, 12, 31)):
        last_day, rule, arguable = appeal_oracle(decision)
        if last_day > LAST:
            with pytest.raises(OutsideBankHolidayData):
                sen_appeal_deadline(decision, today=decision)
            continue
        result = sen_appeal_deadline(decision, today=decision)
        assert (result.last_day, result.window_rule) == (last_day, rule), decision
        assert result.period_end == decision + relativedelta(months=2), decision
        assert result.days_left == (last_day - decision).days + 1, decision
        edge = result.open_edge
        if arguable is None:
            assert edge is None, decision
        else:  # the later reading is noted, unless it needs bank holidays we do not have
            window = "august" if last_day.month == 8 else "christmas-new-year"
            assert edge == {"window": window, "safe_last_day": last_day,
                            "arguable_last_day": arguable if arguable <= LAST else None}, decision


def test_a_certificate_issued_the_same_day_as_the_decision_never_shortens_the_2_months():
    for decision in days(D(2015, 1, 1), D(2028, 8, 31)):
        try:
            result = sen_appeal_deadline(decision, decision, today=decision)
        except OutsideBankHolidayData:
            assert appeal_oracle(decision)[0] > LAST, decision
            continue
        assert result.last_day == appeal_oracle(decision, decision)[0] == appeal_oracle(decision)[0], decision
        assert result.counted_from == "decision", decision


@given(st.dates(min_value=D(2014, 11, 1), max_value=D(2028, 9, 30)), st.integers(0, 120))
def test_any_certificate_gives_the_later_of_the_two_periods_re_stated(decision, after):
    certificate = decision + datetime.timedelta(days=after)
    last_day, rule, _ = appeal_oracle(decision, certificate)
    today = max(certificate, decision)
    if last_day > LAST:
        with pytest.raises(OutsideBankHolidayData):
            sen_appeal_deadline(decision, certificate, today=today)
        return
    result = sen_appeal_deadline(decision, certificate, today=today)
    assert (result.last_day, result.window_rule) == (last_day, rule)
    later = certificate + relativedelta(months=1) > decision + relativedelta(months=2)
    assert result.counted_from == ("certificate" if later else "decision")


@pytest.mark.parametrize("against, forum", [
    pytest.param("school", "send-tribunal", id="against a school: the SEND Tribunal (Sch 17 para 4(1))"),
    pytest.param("college", "county-court", id="against a college: the County Court (s.118(1)(a))"),
])
def test_every_conduct_date_gives_the_re_stated_discrimination_deadline(against, forum):
    """EqA 2010 Sch 17 para 4(1) and s.118(1)(a): 6 months starting with the conduct; never moved."""
    for conduct in days(D(2014, 7, 2), D(2028, 7, 1)):
        six_months_on = conduct + relativedelta(months=6)
        last_day = six_months_on - DAY
        if last_day < FIRST:  # in time today, and the data cannot say if the last day is a working day
            with pytest.raises(OutsideBankHolidayData):
                disability_discrimination_claim_deadline(conduct, today=conduct, against=against)
            continue
        result = disability_discrimination_claim_deadline(conduct, today=conduct, against=against)
        assert result.forum == forum
        assert result.last_day == last_day, conduct
        safe_day = on_or_before(last_day)  # none is given when it falls before the data (2015)
        assert result.last_working_day == (safe_day if safe_day >= FIRST else None), conduct
        assert result.arguable_last_day == (None if six_months_on.day == conduct.day else six_months_on), conduct
        expected = (None if working(last_day) else "saturday" if last_day.weekday() == 5
                    else "sunday" if last_day.weekday() == 6 else "bank-holiday")
        assert result.last_day_not_working == expected, conduct
        assert result.days_left == (last_day - conduct).days + 1, conduct


@given(st.dates(min_value=D(2015, 1, 1), max_value=D(2028, 10, 20)))
def test_timeline_working_day_limits_agree_with_counting_days_one_by_one(day):
    """The adviser's, mediator's and LA's time limits: N working days after the day they were told."""
    result = timeline.mediation_timeline(
        day, today=day, adviser_contacted=day, mediation_wanted="no", la_told=day, health_included="yes",
        mediation_ended=day, agreement_made=day)
    dates = {item.what: item.date for item in result.items}
    assert dates["adviser-issues-certificate"] == plus_working_days(day, limits.ADVISER_CERTIFICATE.amount)
    assert dates["mediator-issues-certificate"] == plus_working_days(day, limits.MEDIATOR_CERTIFICATE.amount)
    assert dates["la-tells-health-body"] == plus_working_days(day, limits.LA_TELLS_HEALTH_BODY.amount)
    assert "mediation-arranged" not in dates  # mediation held within its 30 days: that limit is spent
    assert dates["agreed-other-matters-done"] == day + datetime.timedelta(weeks=2)
    assert dates["make-plan-final"] == day + datetime.timedelta(weeks=11)  # reg 44 rows: see test_calc_tables
    assert "contact-mediation-adviser" not in dates  # the adviser has been contacted
    assert dates["appeal-deadline"] == appeal_oracle(day)[0]
