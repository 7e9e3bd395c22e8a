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
