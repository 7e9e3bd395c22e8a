"""SEN appeal deadline: HESC Rules 2008 r.20(1)(c) later-of, r.12(2) roll-over, r.12(3)(a) windows."""

import datetime

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from calculators.appeal_deadline import end_of_window, sen_appeal_deadline, time_limit_window
from calculators.months import corresponding_date
from calculators.scope import BeforeCfa2014Regime, DateInFuture, DateOutOfOrder
from calculators.working_days import OutsideBankHolidayData, is_working_day

D = datetime.date
LATER = D(2029, 6, 1)  # "today" after every deadline in the data, unless a test is about today


def deadline(decision, certificate=None, today=LATER):
    return sen_appeal_deadline(decision, certificate, today=today)


@pytest.mark.parametrize("decision, certificate, last_day, rule", [
    # Examples from the reference (legal-rules.md sections 3 and 4).
    pytest.param(D(2026, 12, 31), None, D(2027, 3, 1), "next-working-day",
                 id="31 December plus 2 months is Sunday 28 February 2027 so the appeal is in time on Monday 1 March"),
    pytest.param(D(2027, 12, 31), None, D(2028, 2, 29), None,
                 id="31 December 2027 plus 2 months is Tuesday 29 February 2028 in a leap year"),
    pytest.param(D(2026, 7, 15), None, D(2026, 9, 15), None,
                 id="a 2-month period running through August and ending in September is unchanged"),
    # Month-end clipping.
    pytest.param(D(2026, 12, 30), None, D(2027, 3, 1), "next-working-day",
                 id="30 December plus 2 months is also clipped to Sunday 28 February"),
    pytest.param(D(2015, 12, 31), None, D(2016, 2, 29), None,
                 id="31 December 2015 plus 2 months is Monday 29 February 2016"),
    pytest.param(D(2026, 8, 31), None, D(2026, 11, 2), "next-working-day",
                 id="31 August plus 2 months is Saturday 31 October so Monday 2 November"),
    pytest.param(D(2026, 8, 30), None, D(2026, 10, 30), None,
                 id="30 August plus 2 months is Friday 30 October"),
    pytest.param(D(2028, 2, 29), None, D(2028, 5, 2), "next-working-day",
                 id="29 February 2028 plus 2 months is Saturday 29 April, then the early May bank holiday, so Tuesday 2 May"),
    # Weekends and every kind of bank holiday (r.12(2)).
    pytest.param(D(2027, 1, 26), None, D(2027, 3, 30), "next-working-day",
                 id="ending on Good Friday the appeal is in time on the Tuesday after Easter Monday"),
    pytest.param(D(2026, 2, 6), None, D(2026, 4, 7), "next-working-day",
                 id="ending on Easter Monday the appeal is in time on Tuesday"),
    pytest.param(D(2026, 3, 4), None, D(2026, 5, 5), "next-working-day",
                 id="ending on the early May bank holiday the appeal is in time on Tuesday"),
    pytest.param(D(2020, 3, 8), None, D(2020, 5, 11), "next-working-day",
                 id="ending on the VE day bank holiday Friday 8 May 2020 the appeal is in time on Monday 11 May"),
    pytest.param(D(2026, 3, 25), None, D(2026, 5, 26), "next-working-day",
                 id="ending on the spring bank holiday the appeal is in time on Tuesday"),
    pytest.param(D(2022, 4, 2), None, D(2022, 6, 6), "next-working-day",
                 id="ending on the moved spring bank holiday before the jubilee holiday the appeal is in time on Monday 6 June 2022"),
    pytest.param(D(2022, 7, 19), None, D(2022, 9, 20), "next-working-day",
                 id="ending on the day of the Queen's funeral the appeal is in time the next day"),
    pytest.param(D(2023, 3, 8), None, D(2023, 5, 9), "next-working-day",
                 id="ending on the coronation bank holiday the appeal is in time the next day"),
    pytest.param(D(2026, 10, 10), None, D(2026, 12, 10), None,
                 id="ending on an ordinary Thursday nothing moves"),
    # The August window (r.12(3)(a)) and its edges.
    pytest.param(D(2026, 6, 15), None, D(2026, 9, 1), "august",
                 id="ending in August the appeal is in time on the first working day after 31 August"),
    pytest.param(D(2026, 6, 1), None, D(2026, 9, 1), "august",
                 id="ending on 1 August the August rule applies"),
    pytest.param(D(2026, 6, 15), D(2026, 7, 31), D(2026, 9, 1), "august",
                 id="ending on 31 August, the summer bank holiday, the appeal is in time on 1 September"),
    pytest.param(D(2015, 6, 30), None, D(2015, 9, 1), "august",
                 id="ending on Sunday 30 August 2015 the August rule, not the weekend rule, decides"),
    pytest.param(D(2026, 5, 31), None, D(2026, 7, 31), None,
                 id="ending on Friday 31 July the August rule does not apply"),
    pytest.param(D(2026, 7, 1), None, D(2026, 9, 1), None,
                 id="ending on 1 September the August rule does not apply"),
    # The Christmas and New Year window and its edges.
    pytest.param(D(2026, 10, 24), None, D(2026, 12, 24), None,
                 id="ending on Thursday 24 December the Christmas rule does not apply"),
    pytest.param(D(2026, 10, 25), None, D(2027, 1, 4), "christmas-new-year",
                 id="ending on 25 December the appeal is in time on the first working day after 1 January"),
    pytest.param(D(2026, 11, 1), None, D(2027, 1, 4), "christmas-new-year",
                 id="ending on 1 January the Christmas rule applies"),
    pytest.param(D(2027, 10, 28), None, D(2028, 1, 4), "christmas-new-year",
                 id="ending on 28 December 2027 the first working day after 1 January skips the substitute New Year's Day"),
    pytest.param(D(2025, 11, 2), None, D(2026, 1, 2), None,
                 id="ending on Friday 2 January the Christmas rule does not apply"),
    pytest.param(D(2026, 11, 2), None, D(2027, 1, 4), "next-working-day",
                 id="ending on Saturday 2 January the weekend rule gives Monday 4 January"),
    # The mediation certificate (r.20(1)(c)(ii)).
    pytest.param(D(2026, 3, 10), D(2026, 5, 5), D(2026, 6, 5), None,
                 id="a certificate 1 month before a later date gives until 1 month after the certificate"),
    pytest.param(D(2026, 3, 10), D(2026, 4, 10), D(2026, 5, 11), "next-working-day",
                 id="a certificate giving the same date as the 2-month point changes nothing"),
    pytest.param(D(2027, 1, 5), D(2027, 1, 31), D(2027, 3, 5), None,
                 id="a certificate can never shorten the time"),
    pytest.param(D(2026, 12, 15), D(2027, 1, 31), D(2027, 3, 1), "next-working-day",
                 id="a certificate on 31 January gives until 28 February, clipped, then the weekend rule"),
    pytest.param(D(2026, 6, 10), D(2026, 7, 20), D(2026, 9, 1), "august",
                 id="a certificate period ending in August gets the August rule"),
    # Just inside the data.
    pytest.param(D(2014, 11, 3), None, D(2015, 1, 5), "next-working-day",
                 id="a November 2014 decision can be worked out because its deadline is in 2015"),
    pytest.param(D(2028, 10, 10), None, D(2028, 12, 11), "next-working-day",
                 id="a deadline in December 2028 can be worked out"),
])
def test_sen_appeal_deadline(decision, certificate, last_day, rule):
    result = deadline(decision, certificate)
    assert result.last_day == last_day
    assert result.window_rule == rule
    assert result.open_edge is None


@pytest.mark.parametrize("decision, safe, arguable, window", [
    pytest.param(D(2021, 5, 31), D(2021, 8, 2), D(2021, 9, 1), "august",
                 id="ending on Saturday 31 July the safe date is Monday 2 August and 1 September may be arguable"),
    pytest.param(D(2023, 10, 24), D(2023, 12, 27), D(2024, 1, 2), "christmas-new-year",
                 id="ending on Sunday 24 December the safe date is 27 December and 2 January may be arguable"),
    pytest.param(D(2022, 10, 24), D(2022, 12, 28), D(2023, 1, 3), "christmas-new-year",
                 id="ending on Saturday 24 December 2022 the safe date is 28 December after the substitute days"),
    pytest.param(D(2028, 10, 24), D(2028, 12, 27), None, "christmas-new-year",
                 id="at the end of the data the safe date is given and the arguable one is not guessed"),
])
def test_a_period_ending_just_before_a_window_keeps_the_earlier_safe_date(decision, safe, arguable, window):
    result = deadline(decision)
    assert result.last_day == safe
    assert result.window_rule == "next-working-day"
    assert result.open_edge == {"window": window, "safe_last_day": safe, "arguable_last_day": arguable}
    assert "window-edge-safe-reading" in result.notes


@pytest.mark.parametrize("today, outcome, days_left", [
    pytest.param(D(2027, 1, 4), "in-time", 57, id="57 days left counting today"),
    pytest.param(D(2027, 2, 28), "in-time", 2, id="the day before the last day leaves 2 days counting today"),
    pytest.param(D(2027, 3, 1), "last-day-today", 1, id="on the last day the outcome is last day today"),
    pytest.param(D(2027, 3, 2), "deadline-passed", 0, id="the day after the last day the deadline has passed"),
])
def test_days_left_and_outcome(today, outcome, days_left):
    result = deadline(D(2026, 12, 31), today=today)
    assert (result.outcome, result.days_left) == (outcome, days_left)


def test_a_passed_deadline_records_the_late_appeal_route():
    result = deadline(D(2026, 1, 5), today=D(2026, 11, 28))
    assert result.outcome == "deadline-passed"
    assert result.steps[-1].key == "late-appeal"
    assert result.steps[-1].provision.unit == "rule 5(3)(a)"


def test_every_step_is_recorded_with_its_provision():
    result = deadline(D(2026, 12, 15), D(2027, 1, 31), today=D(2027, 2, 1))
    assert [(step.key, step.provision.unit) for step in result.steps] == [
        ("two-month-point", "rule 20(1)(c)(i)"),
        ("one-month-after-certificate", "rule 20(1)(c)(ii)"),
        ("month-end-clipped", "rule 20(1)(c)"),
        ("later-of", "rule 20(1)(c)(ii)"),
        ("next-working-day", "rule 12(2)"),
        ("receive-by-5pm", "rule 12(1)"),
    ]
    assert result.counted_from == "certificate"
    assert result.as_dict()["steps"][4]["facts"] == {
        "period_end": "2027-02-28", "reason": "sunday", "holiday": None}


def test_the_mediation_adviser_must_be_contacted_within_2_months_of_the_decision():
    assert deadline(D(2026, 12, 31)).contact_mediation_adviser_by == D(2027, 2, 28)


@pytest.mark.parametrize("decision, certificate, today, error", [
    pytest.param(D(2026, 3, 10), D(2026, 3, 9), LATER, DateOutOfOrder,
                 id="a certificate before the decision is refused"),
    pytest.param(D(2026, 12, 1), None, D(2026, 11, 28), DateInFuture,
                 id="a decision after today is refused"),
    pytest.param(D(2026, 11, 1), D(2026, 11, 29), D(2026, 11, 28), DateInFuture,
                 id="a certificate after today is refused"),
    pytest.param(D(2014, 8, 31), None, LATER, BeforeCfa2014Regime,
                 id="a decision before 1 September 2014 is refused"),
    pytest.param(D(2014, 9, 15), None, LATER, OutsideBankHolidayData,
                 id="a September 2014 decision is refused because its deadline needs 2014 bank holidays"),
    pytest.param(D(2028, 10, 31), None, LATER, OutsideBankHolidayData,
                 id="a deadline moved into January 2029 is refused"),
    pytest.param(D(2029, 1, 2), None, LATER, OutsideBankHolidayData,
                 id="a decision in 2029 is refused"),
    pytest.param(D(2028, 10, 1), D(2028, 12, 20), LATER, OutsideBankHolidayData,
                 id="a certificate giving a deadline in 2029 is refused"),
])
def test_refused_dates(decision, certificate, today, error):
    with pytest.raises(error):
        sen_appeal_deadline(decision, certificate, today=today)


def test_a_coverage_refusal_names_the_input_that_needed_it():
    with pytest.raises(OutsideBankHolidayData) as raised:
        deadline(D(2028, 10, 1), D(2028, 12, 20))
    assert raised.value.field == "certificate_issued"
    with pytest.raises(OutsideBankHolidayData) as raised:
        deadline(D(2028, 10, 31), D(2028, 11, 1))
    assert raised.value.field == "decision_sent"


@pytest.mark.parametrize("day, window, end", [
    pytest.param(D(2026, 7, 31), None, None, id="31 July is outside the windows"),
    pytest.param(D(2026, 8, 1), "august", D(2026, 8, 31), id="1 August is in the August window"),
    pytest.param(D(2026, 8, 31), "august", D(2026, 8, 31), id="31 August is in the August window"),
    pytest.param(D(2026, 9, 1), None, None, id="1 September is outside the windows"),
    pytest.param(D(2026, 12, 24), None, None, id="24 December is outside the windows"),
    pytest.param(D(2026, 12, 25), "christmas-new-year", D(2027, 1, 1), id="25 December is in the Christmas window ending 1 January next year"),
    pytest.param(D(2027, 1, 1), "christmas-new-year", D(2027, 1, 1), id="1 January is in the Christmas window"),
    pytest.param(D(2027, 1, 2), None, None, id="2 January is outside the windows"),
])
def test_window_edges(day, window, end):
    assert time_limit_window(day) == window
    if end is None:
        with pytest.raises(ValueError):
            end_of_window(day)
    else:
        assert end_of_window(day) == end


decisions = st.dates(min_value=D(2015, 1, 1), max_value=D(2028, 9, 30))
gaps = st.integers(min_value=0, max_value=200)


@given(decisions, st.one_of(st.none(), gaps))
def test_the_deadline_is_never_earlier_than_either_period_end_and_is_a_working_day(decision, gap):
    certificate = None if gap is None else decision + datetime.timedelta(days=gap)
    try:
        result = deadline(decision, certificate)
    except OutsideBankHolidayData:
        assume(False)
    assert result.last_day >= corresponding_date(decision, 2)
    if certificate is not None:
        assert result.last_day >= corresponding_date(certificate, 1)
    assert is_working_day(result.last_day)


@given(decisions, gaps, gaps)
def test_the_deadline_never_moves_earlier_when_the_certificate_is_later(decision, gap_a, gap_b):
    earlier, later = sorted((gap_a, gap_b))
    try:
        without = deadline(decision)
        first = deadline(decision, decision + datetime.timedelta(days=earlier))
        second = deadline(decision, decision + datetime.timedelta(days=later))
    except OutsideBankHolidayData:
        assume(False)
    assert without.last_day <= first.last_day <= second.last_day


# The cases that kill the SEN appeal deadline mutants the other tables let through (issue 15), moved here from test_calc_mutants_appeal_deadline.py.
# Whole results (every key of the --json result, every step with its date and facts, the
# provisions), the field each refusal names, and the "certificate did not extend" note. Dates are
# worked out by hand from HESC Rules 2008 rr.12, 20(1)(c) and SEND Regs 2014 reg 33 (weekdays from
# the calendar; bank holidays from the GOV.UK list), never read back from the package.


R20_1_C_I, R20_1_C_II, R20_1_C = "rule 20(1)(c)(i)", "rule 20(1)(c)(ii)", "rule 20(1)(c)"


R12_1, R12_2, R12_3_A, R5_3_A = "rule 12(1)", "rule 12(2)", "rule 12(3)(a)", "rule 5(3)(a)"


CASES = [
    pytest.param(
        D(2026, 12, 15), D(2027, 1, 31), D(2027, 2, 1),
        {"two_month_point": "2027-02-15", "one_month_point": "2027-02-28", "period_end": "2027-02-28",
         "counted_from": "certificate", "last_day": "2027-03-01", "window_rule": "next-working-day",
         "open_edge": None, "outcome": "in-time", "days_left": 29,
         "contact_mediation_adviser_by": "2027-02-15", "contact_mediation_adviser_working_day": "2027-02-15",
         "notes": []},
        [("two-month-point", "2027-02-15", R20_1_C_I, {"from": "2026-12-15", "months": 2}),
         ("one-month-after-certificate", "2027-02-28", R20_1_C_II, {"from": "2027-01-31", "months": 1}),
         ("month-end-clipped", "2027-02-28", R20_1_C, {"day_number": 31}),
         ("later-of", "2027-02-28", R20_1_C_II, {"counted_from": "certificate"}),
         ("next-working-day", "2027-03-01", R12_2, {"period_end": "2027-02-28", "reason": "sunday", "holiday": None}),
         ("receive-by-5pm", "2027-03-01", R12_1, {})],
        id="certificate 31 January 2027: 1 month is Sunday 28 February (clipped), later than 15 February: Monday 1 March"),
    pytest.param(
        D(2026, 3, 10), D(2026, 3, 20), D(2026, 3, 21),
        {"two_month_point": "2026-05-10", "one_month_point": "2026-04-20", "period_end": "2026-05-10",
         "counted_from": "decision", "last_day": "2026-05-11", "window_rule": "next-working-day",
         "open_edge": None, "outcome": "in-time", "days_left": 52,
         "contact_mediation_adviser_by": "2026-05-10", "contact_mediation_adviser_working_day": "2026-05-08",
         "notes": ["certificate-did-not-extend"]},
        [("two-month-point", "2026-05-10", R20_1_C_I, {"from": "2026-03-10", "months": 2}),
         ("one-month-after-certificate", "2026-04-20", R20_1_C_II, {"from": "2026-03-20", "months": 1}),
         ("later-of", "2026-05-10", R20_1_C_II, {"counted_from": "decision"}),
         ("next-working-day", "2026-05-11", R12_2, {"period_end": "2026-05-10", "reason": "sunday", "holiday": None}),
         ("receive-by-5pm", "2026-05-11", R12_1, {})],
        id="certificate 20 March 2026 ends 20 April, before Sunday 10 May: it did not extend; Monday 11 May"),
    pytest.param(
        D(2021, 6, 15), None, D(2021, 6, 16),
        {"two_month_point": "2021-08-15", "one_month_point": None, "period_end": "2021-08-15",
         "counted_from": "decision", "last_day": "2021-09-01", "window_rule": "august",
         "open_edge": None, "outcome": "in-time", "days_left": 78,
         "contact_mediation_adviser_by": "2021-08-15", "contact_mediation_adviser_working_day": "2021-08-13",
         "notes": []},
        [("two-month-point", "2021-08-15", R20_1_C_I, {"from": "2021-06-15", "months": 2}),
         ("window-august", "2021-09-01", R12_3_A, {"period_end": "2021-08-15", "window_end": "2021-08-31"}),
         ("receive-by-5pm", "2021-09-01", R12_1, {})],
        id="ends Sunday 15 August 2021: after Tuesday 31 August, so Wednesday 1 September"),
    pytest.param(
        D(2023, 10, 24), None, D(2023, 10, 25),
        {"two_month_point": "2023-12-24", "one_month_point": None, "period_end": "2023-12-24",
         "counted_from": "decision", "last_day": "2023-12-27", "window_rule": "next-working-day",
         "open_edge": {"window": "christmas-new-year", "safe_last_day": "2023-12-27",
                       "arguable_last_day": "2024-01-02"},
         "outcome": "in-time", "days_left": 64,
         "contact_mediation_adviser_by": "2023-12-24", "contact_mediation_adviser_working_day": "2023-12-22",
         "notes": ["window-edge-safe-reading"]},
        [("two-month-point", "2023-12-24", R20_1_C_I, {"from": "2023-10-24", "months": 2}),
         ("next-working-day", "2023-12-27", R12_2, {"period_end": "2023-12-24", "reason": "sunday", "holiday": None}),
         ("window-edge-safe-reading", "2023-12-27", R12_3_A,
          {"window": "christmas-new-year", "safe_last_day": "2023-12-27", "arguable_last_day": "2024-01-02"}),
         ("receive-by-5pm", "2023-12-27", R12_1, {})],
        id="ends Sunday 24 December 2023: past the two bank holidays to Wednesday 27th; 2 January 2024 arguable"),
    pytest.param(
        D(2026, 12, 31), None, D(2027, 1, 4),
        {"two_month_point": "2027-02-28", "one_month_point": None, "period_end": "2027-02-28",
         "counted_from": "decision", "last_day": "2027-03-01", "window_rule": "next-working-day",
         "open_edge": None, "outcome": "in-time", "days_left": 57,
         "contact_mediation_adviser_by": "2027-02-28", "contact_mediation_adviser_working_day": "2027-02-26",
         "notes": []},
        [("two-month-point", "2027-02-28", R20_1_C_I, {"from": "2026-12-31", "months": 2}),
         ("month-end-clipped", "2027-02-28", R20_1_C, {"day_number": 31}),
         ("next-working-day", "2027-03-01", R12_2, {"period_end": "2027-02-28", "reason": "sunday", "holiday": None}),
         ("receive-by-5pm", "2027-03-01", R12_1, {})],
        id="decision 31 December 2026: February has no 31st, so Sunday 28 February, then Monday 1 March"),
    pytest.param(
        D(2026, 1, 5), None, D(2026, 11, 28),
        {"two_month_point": "2026-03-05", "one_month_point": None, "period_end": "2026-03-05",
         "counted_from": "decision", "last_day": "2026-03-05", "window_rule": None,
         "open_edge": None, "outcome": "deadline-passed", "days_left": 0,
         "contact_mediation_adviser_by": "2026-03-05", "contact_mediation_adviser_working_day": "2026-03-05",
         "notes": []},
        [("two-month-point", "2026-03-05", R20_1_C_I, {"from": "2026-01-05", "months": 2}),
         ("working-day", "2026-03-05", R12_2, {}),
         ("receive-by-5pm", "2026-03-05", R12_1, {}),
         ("late-appeal", None, R5_3_A, {})],
        id="decision 5 January 2026: Thursday 5 March 2026 is a working day; passed by 28 November"),
    pytest.param(
        D(2014, 10, 25), None, D(2026, 1, 1),
        {"two_month_point": "2014-12-25", "one_month_point": None, "period_end": "2014-12-25",
         "counted_from": "decision", "last_day": "2015-01-02", "window_rule": "christmas-new-year",
         "open_edge": None, "outcome": "deadline-passed", "days_left": 0,
         "contact_mediation_adviser_by": "2014-12-25", "contact_mediation_adviser_working_day": None,
         "notes": []},
        [("two-month-point", "2014-12-25", R20_1_C_I, {"from": "2014-10-25", "months": 2}),
         ("window-christmas-new-year", "2015-01-02", R12_3_A, {"period_end": "2014-12-25", "window_end": "2015-01-01"}),
         ("receive-by-5pm", "2015-01-02", R12_1, {}),
         ("late-appeal", None, R5_3_A, {})],
        id="ends 25 December 2014: Friday 2 January 2015; the 2014 contact day has no working-day data"),
]


@pytest.mark.parametrize("decision, certificate, today, expected, steps", CASES)
def test_the_whole_result(decision, certificate, today, expected, steps):
    result = sen_appeal_deadline(decision, certificate, today=today)
    data = result.as_dict()
    got_steps = [(s["key"], s["date"], s["provision"]["unit"], s["facts"]) for s in data.pop("steps")]
    provisions = [p["unit"] for p in data.pop("provisions")]
    assert data == {"decision_sent": decision.isoformat(),
                    "certificate_issued": certificate.isoformat() if certificate else None,
                    "today": today.isoformat(), **expected}
    assert got_steps == steps
    assert provisions == list(dict.fromkeys(unit for _, _, unit, _ in steps))  # each once, in step order
    # The Python attributes are None, not merely empty, where there is no date.
    assert (result.one_month_point is None) is (expected["one_month_point"] is None)
    assert ((result.contact_mediation_adviser_working_day is None)
            is (expected["contact_mediation_adviser_working_day"] is None))


@pytest.mark.parametrize("decision, certificate, today, error, field, message", [
    pytest.param(D(2014, 8, 31), None, D(2026, 1, 1), BeforeCfa2014Regime, "decision_sent",
                 "decision_sent 2014-08-31: before 1 September 2014", id="a decision before the CFA 2014 regime"),
    pytest.param(D(2026, 12, 1), None, D(2026, 11, 28), DateInFuture, "decision_sent",
                 "decision_sent 2026-12-01: after today", id="a decision after today"),
    pytest.param(D(2026, 3, 10), D(2026, 3, 9), D(2026, 11, 28), DateOutOfOrder, "certificate_issued",
                 "certificate_issued 2026-03-09: before the date it must follow (decision_sent)",
                 id="a certificate before the decision"),
    pytest.param(D(2026, 11, 1), D(2026, 11, 29), D(2026, 11, 28), DateInFuture, "certificate_issued",
                 "certificate_issued 2026-11-29: after today", id="a certificate after today"),
    pytest.param(D(2029, 1, 2), None, D(2029, 1, 3), OutsideBankHolidayData, "decision_sent",
                 "2029-01-02 is outside the bank holiday data, which covers 2015 to 2028",
                 id="a decision in 2029, after the data"),
    pytest.param(D(2028, 12, 1), D(2029, 1, 2), D(2029, 1, 3), OutsideBankHolidayData, "certificate_issued",
                 "2029-01-02 is outside the bank holiday data, which covers 2015 to 2028",
                 id="a certificate in 2029, after the data"),
    # 30 October 2028 + 2 months and 30 November 2028 + 1 month are both Saturday 30 December:
    # the certificate does not make the period later, so the decision is what needed 2029's data
    # (the first working day after 1 January 2029: the first day looked at is 2 January).
    pytest.param(D(2028, 10, 30), D(2028, 11, 30), D(2028, 12, 1), OutsideBankHolidayData, "decision_sent",
                 "2029-01-02 is outside the bank holiday data, which covers 2015 to 2028",
                 id="a certificate ending on the same day as the 2 months is not what needed 2029"),
])
def test_each_refusal_names_its_field(decision, certificate, today, error, field, message):
    with pytest.raises(error) as raised:
        sen_appeal_deadline(decision, certificate, today=today)
    assert (raised.value.field, str(raised.value)) == (field, message)


@pytest.mark.parametrize("decision, last_day", [
    pytest.param(D(2028, 3, 1), D(2028, 5, 2), id="1 March 2028: Monday 1 May 2028 is the early May bank holiday, so 2 May"),
    pytest.param(D(2028, 10, 24), D(2028, 12, 27), id="24 October 2028: Sunday 24 December, past 25 and 26 December to 27th"),
])
def test_decisions_in_the_last_year_of_the_data_are_worked_out(decision, last_day):
    assert sen_appeal_deadline(decision, today=decision).last_day == last_day


def test_a_day_outside_the_windows_has_no_window_end():
    with pytest.raises(ValueError) as raised:
        end_of_window(D(2026, 12, 24))
    assert str(raised.value) == "2026-12-24 is not in an August or Christmas window"
