"""The time limits (calculators/limits.py): each says itself in words and counts itself from a day."""

import datetime

import pytest

from calculators import limits
from calculators.limits import DAYS, MONTHS, WEEKS, WORKING_DAYS, Limit
from calculators.provisions import SEND_REGS_REG_33

D = datetime.date


@pytest.mark.parametrize("limit, text", [
    pytest.param(limits.APPEAL_AFTER_CERTIFICATE, "1 month", id="one month is singular"),
    pytest.param(limits.APPEAL_AFTER_DECISION, "2 months", id="two months are plural"),
    pytest.param(limits.HEALTH_BODY_TELLS_LA, "1 week", id="one week is singular"),
    pytest.param(limits.AGREED_OTHER_MATTERS, "2 weeks", id="two weeks are plural"),
    pytest.param(limits.MEDIATION_ARRANGED, "30 days", id="calendar days are days"),
    pytest.param(limits.NOTICE_OF_MEDIATION, "5 working days", id="working days are named as such"),
    pytest.param(Limit(1, WORKING_DAYS, SEND_REGS_REG_33), "1 working day", id="one working day is singular"),
    pytest.param(Limit(1, DAYS, SEND_REGS_REG_33), "1 day", id="one day is singular"),
    pytest.param(limits.REG_44["make-plan-final"], "11 weeks", id="a reg 44 row says its weeks"),
])
def test_a_limit_says_its_amount_and_unit(limit, text):
    assert limit.text == text


@pytest.mark.parametrize("limit, start, end", [
    pytest.param(limits.APPEAL_AFTER_DECISION, D(2026, 12, 31), D(2027, 2, 28),
                 id="2 months from 31 December end on the last day of February"),
    pytest.param(limits.APPEAL_AFTER_CERTIFICATE, D(2027, 1, 31), D(2027, 2, 28), id="1 month from 31 January: 28 February"),
    pytest.param(limits.CONTACT_ADVISER, D(2027, 1, 4), D(2027, 3, 4), id="reg 33's 2 months: the corresponding date"),
    pytest.param(limits.ADVISER_CERTIFICATE, D(2027, 1, 8), D(2027, 1, 13), id="3 working days from a Friday"),
    pytest.param(limits.MEDIATOR_CERTIFICATE, D(2026, 12, 23), D(2026, 12, 30),
                 id="3 working days over Christmas skip the bank holidays and the weekend"),
    pytest.param(limits.MEDIATION_ARRANGED, D(2027, 1, 4), D(2027, 2, 3), id="30 days count every day"),
    pytest.param(limits.AGREED_OTHER_MATTERS, D(2027, 1, 4), D(2027, 1, 18), id="2 weeks are 14 days"),
    pytest.param(limits.REG_44["cease-to-maintain-at-once"], D(2027, 1, 4), D(2027, 1, 4), id="0 weeks: at once"),
])
def test_a_limit_counts_from_a_day(limit, start, end):
    assert limit.add(start) == end


def test_the_two_reg_33_limits_are_one():
    from calculators import appeal_deadline, timeline
    assert "CONTACT_ADVISER" in vars(timeline) and vars(timeline)["CONTACT_ADVISER"] is limits.CONTACT_ADVISER
    assert "CONTACT_ADVISER" in vars(appeal_deadline) and vars(appeal_deadline)["CONTACT_ADVISER"] is limits.CONTACT_ADVISER


def test_the_units_are_the_four_the_law_uses():
    assert {limit.unit for limit in limits.all_limits().values()} == {MONTHS, WEEKS, DAYS, WORKING_DAYS}
