"""The JSON results are a contract (the browser and `--json` read them): every key and value, written out.

Mutation testing (scripts/mutate) found that a renamed or emptied key in these results failed no
test; here each result of a worked example is compared whole, with values worked out by hand.
"""

import datetime

import pytest

from calculators import timeline
from calculators.discrimination import disability_discrimination_claim_deadline
from calculators.scope import DateError

D = datetime.date


def test_a_discrimination_result_has_every_key_and_value():
    # Conduct on Monday 31 August 2026: 6 months on is 28 February 2027 (clipped), so the last day
    # is Saturday 27 February; the later reading (28 February) is noted; Friday 26 is the safe day.
    result = disability_discrimination_claim_deadline(D(2026, 8, 31), today=D(2026, 9, 1), against="school").as_dict()
    assert [step["key"] for step in result.pop("steps")] == [
        "forum-send-tribunal", "six-months-on", "day-before", "month-end-safe-reading", "no-roll-over",
        "conduct-over-a-period"]
    assert [p["unit"] for p in result.pop("provisions")] == ["paragraph 3", "paragraph 4", "paragraph 4(5)"]
    assert result == {
        "conduct": "2026-08-31", "against": "school", "forum": "send-tribunal", "today": "2026-09-01",
        "corresponding_date": "2027-02-28", "last_day": "2027-02-27", "arguable_last_day": "2027-02-28",
        "last_day_not_working": "saturday", "last_day_holiday": None, "last_working_day": "2027-02-26",
        "outcome": "in-time", "days_left": 180,
        "notes": ["month-end-safe-reading", "last-day-not-a-working-day", "conduct-over-a-period"],
        "litigation_friend": ""}


def test_a_discrimination_result_on_a_bank_holiday_names_it():
    # Conduct on 26 June 2026: the last day is Friday 25 December 2026, Christmas Day.
    result = disability_discrimination_claim_deadline(D(2026, 6, 26), today=D(2026, 6, 26), against="school").as_dict()
    assert (result["last_day"], result["last_day_not_working"], result["last_day_holiday"], result["last_working_day"]) == (
        "2026-12-25", "bank-holiday", "Christmas Day", "2026-12-24")


def test_a_timeline_result_has_every_key_and_each_item_every_field():
    result = timeline.mediation_timeline(D(2027, 1, 4), today=D(2027, 1, 11), adviser_contacted=D(2027, 1, 8),
                                         mediation_wanted="no").as_dict()
    assert list(result) == ["items", "appeal", "notes", "estimated_last_day", "estimate_from_certificate_dated",
                            "has_med_items", "contact", "earliest_deadline", "section_i_alone"]
    assert (result["notes"], result["estimated_last_day"], result["has_med_items"]) == (
        ["working-days-include-august"], None, True)
    # Told on 8 January: a certificate dated then gives 8 February, before the 2-month date, so D is 4 March.
    assert (result["contact"], result["earliest_deadline"], result["section_i_alone"]) == (
        "in-time", "2027-03-04", False)
    assert result["appeal"]["last_day"] == "2027-03-04"
    item = result["items"][2]
    assert item.pop("provision")["url"] == "https://www.legislation.gov.uk/uksi/2014/1530/regulation/34"
    assert item == {"date": "2027-01-13", "who": "mediation-adviser", "what": "adviser-issues-certificate",
                    "kind": "deadline", "confidence": "MED", "facts": {"working_days": 3}}
    assert [(row["date"], row["what"]) for row in result["items"]] == [
        ("2027-01-04", "decision-sent"), ("2027-01-08", "adviser-contacted"),
        ("2027-01-13", "adviser-issues-certificate"), ("2027-03-04", "appeal-deadline")]


def test_a_timeline_with_only_high_confidence_items_needs_no_warning():
    result = timeline.mediation_timeline(D(2026, 12, 31), today=D(2027, 1, 4)).as_dict()
    assert result["has_med_items"] is False
    assert {item["confidence"] for item in result["items"]} == {"HIGH"}


@pytest.mark.parametrize("field, value", [
    pytest.param("decision_sent", D(2014, 8, 31), id="a decision before the CFA 2014 regime names decision_sent"),
    pytest.param("decision_sent", D(2027, 2, 1), id="a future decision names decision_sent"),
    pytest.param("la_told", D(2027, 1, 3), id="telling the LA before the decision names la_told"),
    pytest.param("adviser_contacted", D(2027, 1, 3), id="contacting the adviser before the decision names it"),
])
def test_a_refused_timeline_date_names_its_field(field, value):
    decision = value if field == "decision_sent" else D(2027, 1, 4)
    others = {} if field == "decision_sent" else {field: value}
    with pytest.raises(DateError) as refused:
        timeline.mediation_timeline(decision, today=D(2027, 1, 20), **others)
    assert refused.value.field == field


@pytest.mark.parametrize("name, value", [pytest.param("mediation_wanted", "maybe", id="an unknown mediation answer"),
                                         pytest.param("health_included", "some", id="an unknown health answer")])
def test_an_unknown_radio_answer_is_refused_with_the_allowed_values(name, value):
    with pytest.raises(ValueError, match=f"^{name} must be one of"):
        timeline.mediation_timeline(D(2027, 1, 4), today=D(2027, 1, 20), **{name: value})


def test_a_coverage_refusal_keeps_the_input_it_came_from():
    from calculators.appeal_deadline import sen_appeal_deadline
    from calculators.working_days import OutsideBankHolidayData, bank_holiday_name, require_covered

    with pytest.raises(OutsideBankHolidayData) as refused:
        sen_appeal_deadline(D(2028, 12, 1), D(2029, 1, 2), today=D(2029, 1, 3))
    assert refused.value.field == "certificate_issued"
    with pytest.raises(OutsideBankHolidayData) as refused:
        require_covered(D(2029, 1, 2), "conduct")
    assert (refused.value.field, refused.value.day, refused.value.first_year, refused.value.last_year) == (
        "conduct", D(2029, 1, 2), 2015, 2028)
    with pytest.raises(OutsideBankHolidayData) as refused:
        bank_holiday_name(D(2029, 1, 1))  # no input named: the caller names it
    assert refused.value.field == ""
