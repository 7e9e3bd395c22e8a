"""The mediation timeline: SEND Regs 2014 reg 33, the Part 2 time limits, regs 42 and 44."""

import datetime

import pytest

from calculators.scope import DateInFuture, DateOutOfOrder
from calculators.timeline import mediation_timeline
from calculators.working_days import OutsideBankHolidayData

D = datetime.date
TODAY = D(2027, 6, 1)


def items(timeline):
    return [(item.date, item.who, item.what) for item in timeline.items]


def test_with_only_the_decision_the_adviser_must_be_contacted_within_2_months():
    timeline = mediation_timeline(D(2026, 12, 31), today=TODAY)
    assert items(timeline) == [
        (D(2026, 12, 31), "local-authority", "decision-sent"),
        (D(2027, 2, 28), "you", "contact-mediation-adviser"),
        (D(2027, 3, 1), "you", "appeal-deadline"),
    ]
    assert timeline.items[1].provision.unit == "regulation 33"
    assert timeline.items[1].provision.confidence == "HIGH"


def test_no_mediation_wanted_the_adviser_issues_the_certificate_within_3_working_days():
    timeline = mediation_timeline(D(2027, 1, 4), today=TODAY, adviser_contacted=D(2027, 1, 8),
                                  mediation_wanted="no")
    assert (D(2027, 1, 13), "mediation-adviser", "adviser-issues-certificate") in items(timeline)
    # The certificate's month ends Saturday 13 February, moved to Monday 15 February: earlier
    # than the 2-month point (4 March), so no estimate is shown.
    assert timeline.estimated_last_day is None
    assert "contact-mediation-adviser" not in [item.what for item in timeline.items]


def test_mediation_wanted_with_health_lists_every_party_and_flags_med_items():
    timeline = mediation_timeline(
        D(2026, 10, 1), today=D(2026, 11, 28), adviser_contacted=D(2026, 10, 20), mediation_wanted="yes",
        la_told=D(2026, 10, 21), health_included="yes", mediation_ended=D(2026, 11, 20))
    assert items(timeline) == [
        (D(2026, 10, 1), "local-authority", "decision-sent"),
        (D(2026, 10, 20), "you", "adviser-contacted"),
        (D(2026, 10, 21), "you", "la-told-mediation-wanted"),
        (D(2026, 10, 26), "local-authority", "la-tells-health-body"),  # 3 working days after Wed 21 Oct
        # Held on day 30: the 30-day limit is spent, so it is not listed (the certificate follows).
        (D(2026, 11, 20), "you", "mediation-ended"),
        (D(2026, 11, 25), "mediator", "mediator-issues-certificate"),  # 3 working days after Fri 20 Nov
        (D(2026, 12, 1), "you", "appeal-deadline"),
        # Estimated from the earliest certificate, dated the day mediation ended (legal review
        # item 3): 1 month after Friday 20 November is Sunday 20 December, so Monday 21 December.
        (D(2026, 12, 21), "you", "appeal-deadline-estimate"),
    ]
    assert timeline.estimated_last_day == D(2026, 12, 21)
    assert timeline.as_dict()["has_med_items"] is True
    med = {item.what for item in timeline.items if item.provision.confidence == "MED"}
    assert "mediator-issues-certificate" in med and "decision-sent" not in med


def test_health_only_mediation_is_arranged_by_the_health_body():
    timeline = mediation_timeline(D(2026, 10, 1), today=D(2026, 11, 28), la_told=D(2026, 10, 21),
                                  health_included="only")
    # legal review item 5: the local authority tells the ICB within 3 working days (by Monday
    # 26 October), and the ICB's 30 days run from that notice: by Wednesday 25 November at the latest.
    assert (D(2026, 10, 26), "local-authority", "la-tells-health-body") in items(timeline)
    assert (D(2026, 11, 25), "health-body", "health-body-arranges-mediation") in items(timeline)


def test_working_days_in_august_count_as_normal():
    timeline = mediation_timeline(D(2026, 7, 1), today=D(2026, 9, 30), mediation_ended=D(2026, 8, 5))
    assert (D(2026, 8, 10), "mediator", "mediator-issues-certificate") in items(timeline)
    assert "working-days-include-august" in timeline.notes


def test_the_certificate_date_sets_the_appeal_deadline():
    timeline = mediation_timeline(D(2026, 3, 10), today=D(2026, 6, 1), certificate_issued=D(2026, 5, 5))
    assert timeline.appeal.last_day == D(2026, 6, 5)
    assert timeline.items[-1].provision.unit == "rule 20(1)(c)(ii)"


def test_after_an_agreement_the_reg_42_and_reg_44_limits_run_from_the_agreement():
    timeline = mediation_timeline(D(2026, 9, 1), today=D(2026, 11, 28), agreement_made=D(2026, 10, 2),
                                  health_included="yes")
    dated = {item.what: item.date for item in timeline.items}
    assert dated["agreed-other-matters-done"] == D(2026, 10, 16)  # 2 weeks (reg 42)
    assert "health-body-tells-la" not in dated  # reg 42(4): only where the LA was not a party
    assert dated["cease-to-maintain-at-once"] == D(2026, 10, 2)
    assert dated["make-plan-draft"] == D(2026, 11, 6)  # 5 weeks (reg 44)
    assert dated["make-plan-final"] == D(2026, 12, 18)  # 11 weeks
    assert dated["assessment-finalise-plan"] == D(2027, 1, 8)  # 14 weeks
    by_what = {item.what: item.provision for item in timeline.items}
    assert by_what["agreed-other-matters-done"].confidence == "HIGH"
    assert by_what["make-plan-final"].confidence == "MED"


@pytest.mark.parametrize("fields, error", [
    pytest.param({"adviser_contacted": D(2026, 9, 30)}, DateOutOfOrder, id="contacting the adviser before the decision is refused"),
    pytest.param({"agreement_made": D(2026, 12, 1)}, DateInFuture, id="an agreement after today is refused"),
    pytest.param({"mediation_ended": D(2028, 12, 29)}, OutsideBankHolidayData, id="a certificate due in 2029 is refused"),
])
def test_refused_dates(fields, error):
    decision = D(2028, 10, 1) if error is OutsideBankHolidayData else D(2026, 10, 1)
    today = D(2029, 1, 5) if error is OutsideBankHolidayData else D(2026, 11, 28)
    with pytest.raises(error) as raised:
        mediation_timeline(decision, today=today, **fields)
    assert raised.value.field == next(iter(fields))


def test_unknown_radio_answers_are_refused():
    with pytest.raises(ValueError):
        mediation_timeline(D(2026, 10, 1), today=D(2026, 11, 28), mediation_wanted="maybe")


# The cases that kill the mediation timeline mutants the other tables let through (issue 15), moved here from test_calc_mutants_timeline.py.
# Each scenario's whole timeline: every row's date, who acts, what, its kind (event, deadline or
# estimate), the provision and the facts the page words it from, with the notes and the estimate.
# Dates are worked out by hand from SEND Regs 2014 regs 33, 34-41, 42 and 44 and HESC r.20(1)(c)
# (working days: Monday to Friday less England and Wales bank holidays, August included), never
# read back from the package.


R33, R34, R42, R42_4, R44 = "regulation 33", "regulation 34", "regulation 42", "regulation 42(4)", "regulation 44"


PART_2 = "Part 2 (mediation)"


C_I, C_II = "rule 20(1)(c)(i)", "rule 20(1)(c)(ii)"


LA, YOU, ICB = "local-authority", "you", "health-body"


AUGUST_NOTE = "working-days-include-august"


SCENARIOS = [
    pytest.param(
        dict(decision_sent=D(2027, 1, 4), today=D(2027, 3, 11), adviser_contacted=D(2027, 3, 10), mediation_wanted="no"),
        [("2027-01-04", LA, "decision-sent", "event", R33, {}),
         ("2027-03-04", YOU, "appeal-deadline", "deadline", C_I, {}),
         ("2027-03-10", YOU, "adviser-contacted-late", "event", R33, {"contact_by": "2027-03-04"}),
         ("2027-03-15", "mediation-adviser", "adviser-issues-certificate", "deadline", R34, {"working_days": 3})],
        [AUGUST_NOTE, "adviser-contacted-late", "no-estimate-after-late-contact"], None,
        id="adviser contacted on Wednesday 10 March 2027, after the 2 months ended on 4 March: late, no estimate"),
    pytest.param(
        dict(decision_sent=D(2027, 1, 4), today=D(2027, 3, 5), adviser_contacted=D(2027, 3, 4), mediation_wanted="no"),
        [("2027-01-04", LA, "decision-sent", "event", R33, {}),
         ("2027-03-04", YOU, "adviser-contacted", "event", R33, {"contact_by": "2027-03-04"}),
         ("2027-03-04", YOU, "appeal-deadline", "deadline", C_I, {}),
         ("2027-03-09", "mediation-adviser", "adviser-issues-certificate", "deadline", R34, {"working_days": 3}),
         ("2027-04-05", YOU, "appeal-deadline-estimate", "estimate", C_II, {"certificate": "2027-03-04"})],
        [AUGUST_NOTE, "recalculate-when-certificate-arrives"], ("2027-04-05", "2027-03-04"),
        id="adviser contacted on 4 March 2027, the last day of the 2 months: in time; a certificate that day "
           "gives Sunday 4 April, so Monday 5 April"),
    pytest.param(
        dict(decision_sent=D(2028, 10, 2), today=D(2028, 12, 1), adviser_contacted=D(2028, 11, 30), mediation_wanted="no"),
        [("2028-10-02", LA, "decision-sent", "event", R33, {}),
         ("2028-11-30", YOU, "adviser-contacted", "event", R33, {"contact_by": "2028-12-02"}),
         ("2028-12-04", YOU, "appeal-deadline", "deadline", C_I, {}),
         ("2028-12-05", "mediation-adviser", "adviser-issues-certificate", "deadline", R34, {"working_days": 3})],
        [AUGUST_NOTE, "estimate-beyond-bank-holiday-data"], None,
        id="a certificate on 30 November 2028 would end on 30 December, in the Christmas window: 2029 is not in the data"),
    pytest.param(
        dict(decision_sent=D(2027, 1, 4), today=D(2027, 1, 13), adviser_contacted=D(2027, 1, 8), mediation_wanted="no",
             certificate_issued=D(2027, 1, 12)),
        [("2027-01-04", LA, "decision-sent", "event", R33, {}),
         ("2027-01-08", YOU, "adviser-contacted", "event", R33, {"contact_by": "2027-03-04"}),
         ("2027-01-12", "mediation-adviser", "certificate-issued", "event", PART_2, {}),
         ("2027-03-04", YOU, "appeal-deadline", "deadline", C_I, {})],
        [AUGUST_NOTE], None,
        id="a certificate with no mediation is the adviser's; its month (12 February) ends before the 2 months; "
           "the adviser's 3 days are history once it is entered"),
    pytest.param(
        dict(decision_sent=D(2027, 1, 4), today=D(2027, 1, 20), mediation_wanted="yes", la_told=D(2027, 1, 8),
             health_included="yes"),
        [("2027-01-04", LA, "decision-sent", "event", R33, {}),
         ("2027-01-08", YOU, "la-told-mediation-wanted", "event", PART_2, {}),
         ("2027-01-13", LA, "la-tells-health-body", "deadline", PART_2, {"working_days": 3}),
         ("2027-02-07", LA, "mediation-arranged", "deadline", PART_2, {"days": 30}),
         ("2027-03-04", YOU, "appeal-deadline", "deadline", C_I, {})],
        [AUGUST_NOTE, "deemed-certificate-if-not-arranged", "notice-of-mediation-date",
         "certificate-after-mediation-gives-1-month"], None,
        id="health with other things, LA told Friday 8 January 2027: the ICB by Wednesday 13th, mediation by 7 February"),
    pytest.param(
        dict(decision_sent=D(2027, 1, 4), today=D(2027, 1, 20), la_told=D(2027, 1, 8)),
        [("2027-01-04", LA, "decision-sent", "event", R33, {}),
         ("2027-01-08", YOU, "la-told-mediation-wanted", "event", PART_2, {}),
         ("2027-02-07", LA, "mediation-arranged", "deadline", PART_2, {"days": 30}),
         ("2027-03-04", YOU, "appeal-deadline", "deadline", C_I, {})],
        [AUGUST_NOTE, "deemed-certificate-if-not-arranged", "notice-of-mediation-date",
         "certificate-after-mediation-gives-1-month"], None,
        id="'do you want mediation' not answered, but the LA was told: in mediation"),
    pytest.param(
        dict(decision_sent=D(2027, 1, 4), today=D(2027, 1, 20), mediation_wanted="yes"),
        [("2027-01-04", LA, "decision-sent", "event", R33, {}),
         ("2027-03-04", YOU, "contact-mediation-adviser", "deadline", R33, {}),
         ("2027-03-04", YOU, "appeal-deadline", "deadline", C_I, {})],
        [AUGUST_NOTE, "certificate-after-mediation-gives-1-month"], None,
        id="mediation wanted, the LA not told yet: in mediation"),
    pytest.param(
        dict(decision_sent=D(2026, 10, 1), today=D(2026, 11, 28), la_told=D(2026, 10, 21), health_included="only"),
        [("2026-10-01", LA, "decision-sent", "event", R33, {}),
         ("2026-10-21", YOU, "la-told-mediation-wanted", "event", PART_2, {}),
         ("2026-10-26", LA, "la-tells-health-body", "deadline", PART_2, {"working_days": 3}),
         ("2026-11-25", ICB, "health-body-arranges-mediation", "deadline", PART_2, {"days": 30, "earliest": "2026-11-20"}),
         ("2026-12-01", YOU, "contact-mediation-adviser", "deadline", R33, {}),
         ("2026-12-01", YOU, "appeal-deadline", "deadline", C_I, {})],
        [AUGUST_NOTE, "health-only-no-appeal-certificate", "notice-of-mediation-date"], None,
        id="health only, LA told Wednesday 21 October 2026: the ICB told by Monday 26th, arranges by 25 November; "
           "no certificate note"),
    pytest.param(
        dict(decision_sent=D(2027, 1, 4), today=D(2027, 2, 11), mediation_wanted="yes", la_told=D(2027, 1, 8),
             health_included="no", mediation_ended=D(2027, 2, 10), certificate_issued=D(2027, 2, 10)),
        [("2027-01-04", LA, "decision-sent", "event", R33, {}),
         ("2027-01-08", YOU, "la-told-mediation-wanted", "event", PART_2, {}),
         ("2027-02-07", LA, "mediation-arranged", "deadline", PART_2, {"days": 30}),
         ("2027-02-10", YOU, "mediation-ended", "event", PART_2, {}),
         ("2027-02-10", "mediator", "certificate-issued", "event", PART_2, {}),
         ("2027-03-10", YOU, "appeal-deadline", "deadline", C_II, {})],
        [AUGUST_NOTE, "deemed-certificate-if-not-arranged", "notice-of-mediation-date"], None,
        id="a certificate on the day mediation ended is the mediator's; 1 month from it (10 March) is the later; "
           "no 'must issue' row once it is entered"),
    pytest.param(
        dict(decision_sent=D(2027, 1, 4), today=D(2027, 2, 10), mediation_wanted="yes", la_told=D(2027, 1, 10),
             adviser_contacted=D(2027, 1, 10), agreement_made=D(2027, 2, 1), certificate_issued=D(2027, 2, 3),
             agreed_grounds=("b",)),
        [("2027-01-04", LA, "decision-sent", "event", R33, {}),
         ("2027-01-10", YOU, "adviser-contacted", "event", R33, {"contact_by": "2027-03-04"}),
         ("2027-01-10", YOU, "la-told-mediation-wanted", "event", PART_2, {}),
         ("2027-02-01", YOU, "agreement-made", "event", R42, {}),
         ("2027-02-03", "mediator", "certificate-issued", "event", PART_2, {}),
         ("2027-02-15", "local-authority-or-health-body", "agreed-other-matters-done", "deadline", R42, {"weeks": 2}),
         ("2027-03-04", YOU, "appeal-deadline", "deadline", C_I, {}),
         ("2027-03-08", LA, "make-plan-draft", "deadline", R44, {"weeks": 5, "condition": "if-agreed"}),
         ("2027-04-19", LA, "make-plan-final", "deadline", R44, {"weeks": 11, "condition": "if-agreed"})],
        [AUGUST_NOTE, "notice-of-mediation-date", "reg-44-as-if-an-order", "other-timescales-can-be-agreed"], None,
        id="review 2, defect 6: a certificate after an agreement is the mediator's; only the make-a-plan rows "
           "of reg 44 for ground (b) (W7)"),
    pytest.param(
        dict(decision_sent=D(2026, 9, 1), today=D(2026, 11, 28), la_told=D(2026, 9, 10), health_included="only",
             agreement_made=D(2026, 10, 2)),
        [("2026-09-01", LA, "decision-sent", "event", R33, {}),
         ("2026-09-10", YOU, "la-told-mediation-wanted", "event", PART_2, {}),
         ("2026-09-15", LA, "la-tells-health-body", "deadline", PART_2, {"working_days": 3}),
         ("2026-10-02", YOU, "agreement-made", "event", R42, {}),
         ("2026-10-09", ICB, "health-body-tells-la", "deadline", R42_4, {"weeks": 1}),
         ("2026-10-15", ICB, "health-body-arranges-mediation", "deadline", PART_2, {"days": 30, "earliest": "2026-10-10"}),
         ("2026-10-16", ICB, "agreed-other-matters-done", "deadline", R42, {"weeks": 2}),
         ("2026-11-01", YOU, "contact-mediation-adviser", "deadline", R33, {}),
         ("2026-11-02", YOU, "appeal-deadline", "deadline", C_I, {})],
        [AUGUST_NOTE, "health-only-no-appeal-certificate", "notice-of-mediation-date", "other-timescales-can-be-agreed"],
        None, id="a health-only agreement on 2 October 2026: the ICB tells the LA in 1 week and does it in 2"),
    pytest.param(
        dict(decision_sent=D(2027, 1, 4), today=D(2027, 1, 20), adviser_contacted=D(2027, 1, 8), mediation_wanted="no",
             certificate_issued=D(2027, 1, 8)),
        [("2027-01-04", LA, "decision-sent", "event", R33, {}),
         ("2027-01-08", YOU, "adviser-contacted", "event", R33, {"contact_by": "2027-03-04"}),
         ("2027-01-08", "mediation-adviser", "certificate-issued", "event", PART_2, {}),
         ("2027-03-04", YOU, "appeal-deadline", "deadline", C_I, {})],
        [AUGUST_NOTE], None,
        id="a certificate on the very day the adviser was told: the adviser's 3 days are history too"),
    pytest.param(
        dict(decision_sent=D(2027, 1, 4), today=D(2027, 2, 11), mediation_wanted="yes", la_told=D(2027, 1, 8),
             health_included="no", mediation_ended=D(2027, 2, 10)),
        [("2027-01-04", LA, "decision-sent", "event", R33, {}),
         ("2027-01-08", YOU, "la-told-mediation-wanted", "event", PART_2, {}),
         ("2027-02-07", LA, "mediation-arranged", "deadline", PART_2, {"days": 30}),
         ("2027-02-10", YOU, "mediation-ended", "event", PART_2, {}),
         ("2027-02-15", "mediator", "mediator-issues-certificate", "deadline", PART_2, {"working_days": 3}),
         ("2027-03-04", YOU, "appeal-deadline", "deadline", C_I, {})],
        [AUGUST_NOTE, "deemed-certificate-if-not-arranged", "notice-of-mediation-date"], None,
        id="mediation ended on 10 February, after its 30 days, with no certificate yet: the mediator's 3 working "
           "days run to the 15th; a deemed certificate could carry 8 January, so no later estimate"),
    pytest.param(
        dict(decision_sent=D(2027, 1, 4), today=D(2027, 2, 3), mediation_wanted="yes", la_told=D(2027, 1, 10),
             adviser_contacted=D(2027, 1, 10), agreement_made=D(2027, 2, 1), agreement_dates="yes",
             agreed_grounds=("a",)),
        [("2027-01-04", LA, "decision-sent", "event", R33, {}),
         ("2027-01-10", YOU, "adviser-contacted", "event", R33, {"contact_by": "2027-03-04"}),
         ("2027-01-10", YOU, "la-told-mediation-wanted", "event", PART_2, {}),
         ("2027-02-01", YOU, "agreement-made", "event", R42, {}),
         ("2027-02-04", "mediator", "mediator-issues-certificate", "deadline", PART_2, {"working_days": 3}),
         ("2027-03-04", YOU, "appeal-deadline", "deadline", C_I, {})],
        [AUGUST_NOTE, "notice-of-mediation-date", "agreement-own-dates"], None,
        id="W7, reg 42(5): an agreement with its own dates: no reg 44 row and no 2-week row"),
]


@pytest.mark.parametrize("answers, rows, notes, estimate", SCENARIOS)
def test_the_whole_timeline(answers, rows, notes, estimate):
    result = mediation_timeline(**answers)
    data = result.as_dict()
    assert [(i["date"], i["who"], i["what"], i["kind"], i["provision"]["unit"], i["facts"]) for i in data["items"]] == rows
    assert data["notes"] == notes
    assert (data["estimated_last_day"], data["estimate_from_certificate_dated"]) == (estimate or (None, None))
    # The Python attributes are None, not merely empty, when there is no estimate.
    assert (result.estimated_last_day is None, result.earliest_certificate is None) == (estimate is None,) * 2


@pytest.mark.parametrize("answers, field", [
    pytest.param(dict(adviser_contacted=D(2028, 12, 29), mediation_wanted="no"), "adviser_contacted",
                 id="3 working days after Friday 29 December 2028 run into 2029: the adviser contact date"),
    pytest.param(dict(la_told=D(2028, 12, 29), health_included="yes"), "la_told",
                 id="the LA's 3 working days to tell the ICB run into 2029: the date the LA was told"),
    pytest.param(dict(la_told=D(2028, 11, 1), mediation_ended=D(2028, 12, 29)), "mediation_ended",
                 id="the mediator's 3 working days run into 2029: the date mediation ended"),
])
def test_a_time_limit_past_the_data_names_its_date(answers, field):
    # The decision's own 2 months end on Wednesday 20 December 2028, inside the data.
    with pytest.raises(OutsideBankHolidayData) as raised:
        mediation_timeline(D(2028, 10, 20), today=D(2028, 12, 29), **answers)
    assert raised.value.field == field
    assert str(raised.value) == "2029-01-01 is outside the bank holiday data, which covers 2015 to 2028"


def test_an_unknown_answer_about_the_agreements_dates_is_refused_by_name():
    with pytest.raises(ValueError, match="agreement_dates must be one of"):
        mediation_timeline(D(2027, 1, 4), today=D(2027, 2, 3), agreement_dates="maybe")
