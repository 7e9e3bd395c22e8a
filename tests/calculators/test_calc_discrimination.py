"""Disability discrimination claims: 6 months starting with the conduct (EqA 2010 Sch 17 para 4)."""

import datetime

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from calculators import wording_deadlines
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


# The cases that kill the discrimination-claim mutants the other tables let through (issue 15), moved here from test_calc_mutants_discrimination.py.
# The steps of the working (their dates and facts are in the --json result, and their dates are
# in the "How we worked it out" sentences), the first day the Equality Act's rules apply, and the
# field each refusal names. Dates are written out from EqA 2010 Sch 17 para 4 and s.118 ("6 months
# starting with" the conduct, so the last day is the day before the corresponding date), never
# read back from the package.


TRIBUNAL_LIMIT = "EqA 2010 Sch 17, paragraph 4"


COURT_LIMIT = "EqA 2010, section 118(1)(a)"


def steps(result):
    return [(s["key"], s["date"], s["provision"]["citation"], s["facts"]) for s in result.as_dict()["steps"]]


@pytest.mark.parametrize("conduct, today, against, expected", [
    pytest.param(D(2027, 6, 29), D(2027, 7, 1), "school", [
        ("forum-send-tribunal", None, "EqA 2010 Sch 17, paragraph 3", {"against": "school"}),
        ("six-months-on", "2027-12-29", TRIBUNAL_LIMIT, {"from": "2027-06-29", "months": 6}),
        ("day-before", "2027-12-28", TRIBUNAL_LIMIT, {}),
        # 25 December 2027 is a Saturday: Tuesday 28 December is the Boxing Day substitute holiday.
        ("no-roll-over", "2027-12-28", TRIBUNAL_LIMIT, {"reason": "bank-holiday", "holiday": "Boxing Day"}),
        ("conduct-over-a-period", None, "EqA 2010 Sch 17, paragraph 4(5)", {}),
    ], id="school, 29 June 2027: last day Tuesday 28 December 2027, a bank holiday, not moved"),
    pytest.param(D(2027, 3, 31), D(2027, 4, 1), "college", [
        ("forum-county-court", None, "EqA 2010, section 114(1)(c), (3)", {"against": "college"}),
        ("six-months-on", "2027-09-30", COURT_LIMIT, {"from": "2027-03-31", "months": 6}),
        ("day-before", "2027-09-29", COURT_LIMIT, {}),
        # September has no 31st: the earlier reading (29 September) is used, 30 September noted.
        ("month-end-safe-reading", "2027-09-29", COURT_LIMIT, {"arguable_last_day": "2027-09-30"}),
        ("conduct-over-a-period", None, "EqA 2010, section 118", {}),
        # W9: the student's age not given: a litigation friend if under 18 or lacking capacity.
        ("litigation-friend", None, "Civil Procedure Rules 1998, rule 21.2", {"under_18": ""}),
    ], id="college, 31 March 2027: September has no 31st, so Wednesday 29 September 2027"),
    pytest.param(D(2020, 1, 15), D(2027, 1, 1), "college", [
        ("forum-county-court", None, "EqA 2010, section 114(1)(c), (3)", {"against": "college"}),
        ("six-months-on", "2020-07-15", COURT_LIMIT, {"from": "2020-01-15", "months": 6}),
        ("day-before", "2020-07-14", COURT_LIMIT, {}),
        ("conduct-over-a-period", None, "EqA 2010, section 118", {}),
        ("late-claim", None, "EqA 2010, section 118(1)(b)", {"forum": "county-court"}),
        ("litigation-friend", None, "Civil Procedure Rules 1998, rule 21.2", {"under_18": ""}),
    ], id="college, 15 January 2020: passed on 14 July 2020; the County Court may allow a late claim"),
    pytest.param(D(2020, 1, 15), D(2027, 1, 1), "school", [
        ("forum-send-tribunal", None, "EqA 2010 Sch 17, paragraph 3", {"against": "school"}),
        ("six-months-on", "2020-07-15", TRIBUNAL_LIMIT, {"from": "2020-01-15", "months": 6}),
        ("day-before", "2020-07-14", TRIBUNAL_LIMIT, {}),
        ("conduct-over-a-period", None, "EqA 2010 Sch 17, paragraph 4(5)", {}),
        ("late-claim", None, "EqA 2010 Sch 17, paragraph 4(3)", {"forum": "send-tribunal"}),
    ], id="school, 15 January 2020: passed; the Tribunal may consider a late claim"),
])
def test_every_step_with_its_date_and_facts(conduct, today, against, expected):
    assert steps(disability_discrimination_claim_deadline(conduct, today=today, against=against)) == expected


def test_the_steps_the_page_shows_carry_their_dates():
    result = disability_discrimination_claim_deadline(D(2027, 6, 29), today=D(2027, 7, 1), against="school")
    texts = [step["text"] for step in wording_deadlines.discrimination_display(result)["steps"]]
    assert texts[1:4] == [
        "6 months after Tuesday 29 June 2027 is Wednesday 29 December 2027.",
        "The 6 months include the day of the discrimination, so the last day is the day before: "
        "Tuesday 28 December 2027.",
        "Tuesday 28 December 2027 is a bank holiday (Boxing Day). The time limit is not moved to the "
        "next working day, so make sure the SEND Tribunal receives your claim by the last working day "
        "before it.",
    ]


@pytest.mark.parametrize("conduct, today, last_day, outcome", [
    pytest.param(D(2010, 10, 1), D(2026, 12, 2), D(2011, 3, 31), "deadline-passed",
                 id="1 October 2010, the day the Act's rules began, is accepted: last day 31 March 2011"),
    pytest.param(D(2010, 10, 2), D(2026, 12, 2), D(2011, 4, 1), "deadline-passed",
                 id="2 October 2010: last day 1 April 2011"),
])
def test_conduct_from_the_day_the_equality_act_began(conduct, today, last_day, outcome):
    result = disability_discrimination_claim_deadline(conduct, today=today, against="school")
    assert (result.last_day, result.outcome) == (last_day, outcome)
    # 2011 is before the bank-holiday data: nothing is said about working days for it.
    assert (result.last_day_not_working, result.last_working_day) == (None, None)


@pytest.mark.parametrize("conduct, today, against, error, field, message", [
    pytest.param(D(2010, 9, 30), D(2026, 12, 2), "school", BeforeEqualityAct, "conduct",
                 "conduct 2010-09-30: before 1 October 2010", id="the day before the Act's rules began"),
    pytest.param(D(2027, 1, 2), D(2027, 1, 1), "college", DateInFuture, "conduct",
                 "conduct 2027-01-02: after today", id="conduct after today"),
    pytest.param(D(2028, 9, 1), D(2028, 9, 2), "other", OutsideBankHolidayData, "conduct",
                 "2029-02-28 is outside the bank holiday data, which covers 2015 to 2028",
                 id="a last day (28 February 2029) after the bank-holiday data names the conduct date"),
])
def test_each_refusal_names_the_conduct_field(conduct, today, against, error, field, message):
    with pytest.raises(error) as raised:
        disability_discrimination_claim_deadline(conduct, today=today, against=against)
    assert (raised.value.field, str(raised.value)) == (field, message)


def test_an_unknown_against_lists_the_answers():
    with pytest.raises(UnknownAgainst) as raised:
        disability_discrimination_claim_deadline(D(2026, 3, 10), today=D(2026, 3, 11), against="nursery")
    assert str(raised.value) == "against must be one of ('school', 'college', 'other')"


def test_an_unknown_answer_about_the_students_age_is_refused_by_name():
    with pytest.raises(ValueError, match="under_18 must be one of"):
        disability_discrimination_claim_deadline(D(2026, 10, 10), today=D(2026, 12, 6), against="college",
                                                 under_18="17")
