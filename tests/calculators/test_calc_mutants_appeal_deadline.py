"""Cases that kill the SEN appeal deadline mutants the other tables let through (issue 15).

Whole results (every key of the --json result, every step with its date and facts, the
provisions), the field each refusal names, and the "certificate did not extend" note. Dates are
worked out by hand from HESC Rules 2008 rr.12, 20(1)(c) and SEND Regs 2014 reg 33 (weekdays from
the calendar; bank holidays from the GOV.UK list), never read back from the package.
"""

import datetime

import pytest

from calculators.appeal_deadline import end_of_window, sen_appeal_deadline
from calculators.scope import BeforeCfa2014Regime, DateInFuture, DateOutOfOrder
from calculators.working_days import OutsideBankHolidayData

D = datetime.date
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
