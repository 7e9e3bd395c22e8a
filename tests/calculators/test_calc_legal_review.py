"""The independent legal review (issue 10): one or more checks per item, each failing on the code before it.

The law behind each item is in legal-rules.md section 10 and legal-rules-mediation-and-forums.md
(the item numbers match the "legal review item N" notes there).
"""

import datetime

import pytest

from calculators import wording_certificate, wording_deadlines, wording_timeline
from calculators.appeal_deadline import sen_appeal_deadline
from calculators.certificate import mediation_certificate_check
from calculators.discrimination import disability_discrimination_claim_deadline
from calculators.scope import DateOutOfOrder
from calculators.timeline import mediation_timeline

D = datetime.date


def claim(conduct, today, against):
    return disability_discrimination_claim_deadline(conduct, today=today, against=against)


def text_of(display):
    return " ".join([display["heading"], display["answer"], *display["paragraphs"], *display["notes"],
                     *display["next_steps"], *(step["text"] for step in display["steps"]),
                     *(row["what"] for row in display["timeline"])])


def whats(timeline):
    return {item.what: item for item in timeline.items}


# Results used by several rows, worked out inside each test (not once at collection, which
# mutation testing could not see: mutmut only credits a test with the calls made while it runs).


def no_cert_late_in_time():
    return wording_deadlines.appeal_display(sen_appeal_deadline(D(2026, 8, 31), today=D(2026, 11, 1)))


def no_cert_last_day():
    return wording_deadlines.appeal_display(sen_appeal_deadline(D(2026, 8, 31), today=D(2026, 11, 2)))


def no_cert_passed():
    return wording_deadlines.appeal_display(sen_appeal_deadline(D(2026, 8, 31), today=D(2026, 11, 28)))


def contacted_on_time():
    return mediation_timeline(D(2027, 1, 4), today=D(2027, 3, 2), adviser_contacted=D(2027, 3, 1),
                             mediation_wanted="no")


def contacted_late():
    return mediation_timeline(D(2027, 1, 4), today=D(2027, 3, 11), adviser_contacted=D(2027, 3, 10),
                             mediation_wanted="no")


def in_mediation():
    return mediation_timeline(D(2027, 1, 4), today=D(2027, 3, 1), mediation_wanted="yes", la_told=D(2027, 1, 20))


def health_only_agreement():
    return mediation_timeline(D(2026, 9, 1), today=D(2026, 11, 28), la_told=D(2026, 9, 10),
                             health_included="only", agreement_made=D(2026, 10, 2))


def agreement():
    return mediation_timeline(D(2026, 9, 1), today=D(2026, 11, 28), la_told=D(2026, 9, 10),
                             health_included="no", agreement_made=D(2026, 10, 2))


def christmas_claim():
    return claim(D(2026, 6, 26), D(2026, 11, 1), "school")


@pytest.mark.parametrize("display, present, absent", [
    # Item 1: who hears a discrimination claim.
    pytest.param(lambda: wording_deadlines.discrimination_display(claim(D(2026, 3, 10), D(2026, 3, 11), "college")),
                 "does not go to the SEND Tribunal. It goes to the County Court", "The SEND Tribunal must receive",
                 id="legal review item 1: a claim against a college is sent to the County Court, not the SEND Tribunal"),
    pytest.param(lambda: wording_deadlines.discrimination_display(claim(D(2026, 3, 10), D(2026, 3, 11), "other")),
                 "This includes a private nursery, and the local authority when it is not acting as the "
                 "body responsible for a school. It goes to the County Court", "The SEND Tribunal must receive",
                 id="legal review item 1: a claim against a private nursery or the local authority is for the County Court"),
    pytest.param(lambda: wording_deadlines.discrimination_display(claim(D(2026, 3, 10), D(2026, 3, 11), "school")),
                 "against a school goes to the SEND Tribunal", "County Court must receive",
                 id="legal review item 1: a claim against a school, academy or pupil referral unit is for the SEND Tribunal"),
    pytest.param(lambda: wording_deadlines.discrimination_display(claim(D(2026, 1, 5), D(2026, 11, 28), "college")),
                 "just and equitable (EqA 2010, section 118(1)(b))", "paragraph 4(3)",
                 id="legal review item 1: a late County Court claim is shown the just and equitable route, never just too late"),
    pytest.param(lambda: wording_certificate.certificate_display(mediation_certificate_check(["disability-discrimination"])),
                 "Claims against a college, university or private nursery go to the County Court. So do claims "
                 "against the local authority, unless it is acting as the body responsible for a school",
                 "by a school or college",
                 id="legal review item 1: the certificate checker says which body hears a discrimination claim"),
    # Item 2: no certificate after the regulation 33 contact date.
    pytest.param(no_cert_late_in_time, "Contact the mediation adviser today anyway",
                 "contact them within 2 months of the decision letter being sent: by",
                 id="legal review item 2: in time but past the contact date, contact the adviser today"),
    pytest.param(no_cert_late_in_time, "If you do not have a mediation certificate you will need to tell the tribunal why.",
                 "When you get a mediation certificate, work out your deadline again",
                 id="legal review item 2: an appeal sent without a certificate must tell the Tribunal why, in GOV.UK's words"),
    pytest.param(no_cert_last_day, "Unless your appeal is only about the school or type of school in section I",
                 "contact them within 2 months of the decision letter being sent: by",
                 id="legal review item 2: on the last day the advice excepts appeals only about section I"),
    pytest.param(no_cert_passed, "If you do not have a mediation certificate you will need to tell the tribunal why.",
                 "within 2 months of the decision letter being sent: by",
                 id="legal review item 2: after the deadline the no-certificate advice is still given"),
    # Item 3: the estimate comes from the earliest possible certificate.
    pytest.param(lambda: wording_timeline.timeline_display(contacted_on_time()), "your deadline would move to Thursday 1 April 2027",
                 "Monday 5 April 2027",
                 id="legal review item 3: decision 4 January 2027, adviser told 1 March, no mediation: estimate 1 April 2027"),
    pytest.param(lambda: wording_timeline.timeline_display(contacted_on_time()), "Your real deadline comes from the date on the certificate",
                 "If your mediation certificate is issued on time",
                 id="legal review item 3: the estimate is called an estimate and points to the certificate's date"),
    # Item 4: in mediation, the certificate after mediation gives 1 month.
    pytest.param(lambda: wording_timeline.timeline_display(in_mediation()), "You then have 1 month from the date on it to appeal",
                 "If your certificate is issued on time",
                 id="legal review item 4: a reader in mediation is told the certificate after mediation gives 1 month"),
    pytest.param(lambda: wording_timeline.timeline_display(in_mediation()), "work out your deadline again",
                 "you will need to tell the tribunal why",
                 id="legal review item 4: a reader still in mediation is not told to appeal without a certificate"),
    # Item 7: the regulation 44 list is complete.
    pytest.param(lambda: wording_timeline.timeline_display(agreement()), "it must continue to maintain it at once", "the Tribunal would set",
                 id="legal review item 7: continue to maintain the plan at once is listed"),
    pytest.param(lambda: wording_timeline.timeline_display(agreement()), "If it agreed to an assessment or a re-assessment", "If it agreed to an assessment:",
                 id="legal review item 7: re-assessment is listed with assessment"),
    # Item 8: late contact with the adviser.
    pytest.param(lambda: wording_timeline.timeline_display(contacted_late()), "after the 2 months the law gives for this had ended",
                 "your deadline would move to",
                 id="legal review item 8: contact after the 2 months is flagged and no later deadline is promised"),
    # Item 9: recommendations must be answered.
    pytest.param(lambda: wording_certificate.certificate_display(mediation_certificate_check(["c-ii", "health-social-care"])),
                 "must reply in writing, and give its reasons if it does not follow them", "They are not binding.",
                 id="legal review item 9: the health or social care body must reply to recommendations with reasons"),
    # Item 12: regulation 44 applies "as if" the agreement were an order.
    pytest.param(lambda: wording_timeline.timeline_display(agreement()), "applied as if the agreement were a Tribunal order", "the Tribunal would set",
                 id="legal review item 12: the limits are regulation 44's, applied as if the agreement were an order"),
    # Item 14: which letter counts for an appeal about the plan.
    pytest.param(lambda: wording_deadlines.appeal_display(sen_appeal_deadline(D(2026, 10, 1), today=D(2026, 10, 5))),
                 "the one sent with the final or amended plan, not the draft", "the draft plan counts",
                 id="legal review item 14: for an appeal about the plan the letter with the final or amended plan counts"),
    pytest.param(lambda: wording_certificate.certificate_display(mediation_certificate_check(["d"])), "re-assessment of needs", "re-assessment of the plan",
                 id="legal review item 14: ground (d) is a re-assessment of needs"),
    # Item 15: old conduct shows the late-claim route.
    pytest.param(lambda: wording_deadlines.discrimination_display(claim(D(2012, 6, 26), D(2026, 11, 1), "school")),
                 "The Tribunal can consider a late claim", "must be on or after 1 September 2014",
                 id="legal review item 15: conduct in 2012 shows the passed deadline with the late-claim route"),
    # Item 17: small slips in the certificate result.
    pytest.param(lambda: wording_certificate.certificate_display(mediation_certificate_check(["a", "health-social-care"])),
                 "the Tribunal cannot make recommendations about them", "in an appeal the Tribunal can make recommendations",
                 id="legal review item 17: a refusal to assess with health and social care never says the Tribunal can recommend"),
    pytest.param(lambda: wording_certificate.certificate_display(mediation_certificate_check(["c-iv"])),
                 "that no school or other setting is named in the plan", "only about the school or type of school",
                 id="legal review item 17: ground c-iv alone is worded as no school being named"),
    # Item 18: 5pm is safe practice, not settled law.
    pytest.param(lambda: wording_deadlines.appeal_display(sen_appeal_deadline(D(2026, 10, 1), today=D(2026, 10, 5))),
                 "It is not settled that this applies to appeals", "Make sure the Tribunal receives your appeal before 5pm",
                 id="legal review item 18: the 5pm step is given as safe practice and says the point is open"),
    # The plain-English read (issue 23, item 7): shorter sentences, the same law.
    pytest.param(lambda: wording_certificate.certificate_display(mediation_certificate_check(["c-iii"])),
                 "You can still choose mediation, but it does not stop your 2-month deadline", "gives you more time",
                 id="W3: section I alone may still choose mediation, which does not stop the 2-month deadline"),
    pytest.param(lambda: wording_certificate.certificate_display(mediation_certificate_check(["c-iii", "c-iv"])),
                 "It is about the school or type of school named in the plan, and the fact that no school or "
                 "other setting is named.", "named in the plan and that no school",
                 id="plain English D4: both section I grounds read as one sentence that does not contradict itself"),
    pytest.param(lambda: wording_timeline.timeline_display(in_mediation()),
                 "within 30 days, counting weekends and bank holidays", "(weekends count)",
                 id="plain English D2: mediation's 30 days count bank holidays as well as weekends"),
    pytest.param(lambda: wording_timeline.timeline_display(agreement()),
                 "Things agreed that cannot be appealed, like health or social care, must be done within 2 weeks",
                 "This includes health",
                 id="plain English D7: reg 42(3) gives health and social care as examples, not as what was agreed"),
])
def test_the_words_after_the_legal_review(display, present, absent):
    text = text_of(display())
    assert present in text
    assert absent not in text


def test_legal_review_item_1_the_result_names_the_forum_and_the_certificate_result_maps_them():
    assert claim(D(2026, 3, 10), D(2026, 3, 11), "college").as_dict()["forum"] == "county-court"
    assert claim(D(2026, 3, 10), D(2026, 3, 11), "school").as_dict()["forum"] == "send-tribunal"
    result = mediation_certificate_check(["disability-discrimination"]).as_dict()
    assert result["discrimination_forums"] == {"school": "send-tribunal", "college": "county-court", "other": "county-court"}
    units = {p["citation"] for p in claim(D(2026, 3, 10), D(2026, 3, 11), "college").as_dict()["provisions"]}
    assert {"EqA 2010, section 114(1)(c), (3)", "EqA 2010, section 118(1)(a)"} <= units


def test_legal_review_item_3_the_estimate_counts_from_the_day_the_adviser_was_told():
    assert contacted_on_time().estimated_last_day == D(2027, 4, 1)
    assert contacted_on_time().as_dict()["estimate_from_certificate_dated"] == "2027-03-01"


def test_legal_review_item_5_health_only_mediation_shows_both_health_body_rows():
    timeline = mediation_timeline(D(2026, 10, 1), today=D(2026, 11, 28), la_told=D(2026, 10, 21),
                                  health_included="only")
    rows = whats(timeline)
    assert rows["la-tells-health-body"].date == D(2026, 10, 26)
    assert rows["health-body-arranges-mediation"].date == D(2026, 11, 25)  # 30 days from the LA's notice
    assert rows["health-body-arranges-mediation"].who == "health-body"


def test_legal_review_item_6_health_only_agreements_have_no_regulation_44_rows():
    rows = whats(health_only_agreement())
    assert rows["agreed-other-matters-done"].who == "health-body"
    assert "make-plan-draft" not in rows and "cease-to-maintain-at-once" not in rows
    assert rows["health-body-tells-la"].provision.unit == "regulation 42(4)"


def test_legal_review_item_7_every_regulation_44_row_counts_from_the_agreement():
    rows = whats(agreement())
    assert rows["continue-to-maintain-at-once"].date == D(2026, 10, 2)
    assert rows["assessment-finalise-plan"].date == D(2027, 1, 8)  # 14 weeks from the agreement
    assert rows["agreed-other-matters-done"].who == "local-authority"


def test_legal_review_item_8_late_contact_is_flagged_and_not_estimated():
    assert "adviser-contacted-late" in contacted_late().notes
    assert contacted_late().estimated_last_day is None
    assert "adviser-contacted-late" in whats(contacted_late())


def test_legal_review_item_13_the_calendar_entry_is_on_the_safe_working_day_with_the_legal_date_in_the_text():
    display = wording_deadlines.discrimination_display(christmas_claim())
    calendar = display["calendar"]
    assert calendar["date"] == "2026-12-24"
    assert any("before 5pm on Thursday 24 December 2026" in text for text in display["next_steps"])
    assert "Friday 25 December 2026" in calendar["description"]


def test_legal_review_item_15_a_passed_deadline_outside_the_bank_holiday_data_needs_no_lookup():
    result = claim(D(2012, 6, 26), D(2026, 11, 1), "college")
    assert (result.outcome, result.last_day, result.last_working_day) == ("deadline-passed", D(2012, 12, 25), None)
    assert [step.provision.unit for step in result.steps if step.key == "late-claim"] == ["section 118(1)(b)"]


@pytest.mark.parametrize("fields, field, after", [
    pytest.param({"adviser_contacted": D(2026, 10, 20), "certificate_issued": D(2026, 10, 19)}, "certificate_issued",
                 "adviser_contacted", id="legal review item 16: a certificate cannot come before contacting the adviser"),
    pytest.param({"la_told": D(2026, 10, 21), "mediation_ended": D(2026, 10, 20)}, "mediation_ended", "la_told",
                 id="legal review item 16: mediation cannot end before you told the local authority you want it"),
    pytest.param({"la_told": D(2026, 10, 21), "agreement_made": D(2026, 10, 2)}, "agreement_made", "la_told",
                 id="legal review item 16: a mediation agreement cannot come before you told the local authority"),
])
def test_legal_review_item_16_dates_out_of_order_are_refused(fields, field, after):
    with pytest.raises(DateOutOfOrder) as raised:
        mediation_timeline(D(2026, 10, 1), today=D(2026, 11, 28), **fields)
    assert (raised.value.field, raised.value.after) == (field, after)


def test_legal_review_item_16_a_deemed_certificate_before_a_later_mediation_is_flagged_not_refused():
    timeline = mediation_timeline(D(2026, 10, 1), today=D(2026, 11, 28), la_told=D(2026, 10, 5),
                                  mediation_ended=D(2026, 11, 20), certificate_issued=D(2026, 11, 10))
    assert "certificate-before-mediation-ended" in timeline.notes
    assert timeline.appeal.certificate_issued == D(2026, 11, 10)  # the earlier, safe date counts


@pytest.mark.parametrize("fields, who", [
    pytest.param({"la_told": D(2026, 10, 5), "mediation_ended": D(2026, 11, 2), "certificate_issued": D(2026, 11, 4)},
                 "Mediator", id="legal review item 11: a certificate after mediation is shown as issued by the mediator"),
    pytest.param({"adviser_contacted": D(2026, 10, 5), "mediation_wanted": "no", "certificate_issued": D(2026, 10, 6)},
                 "Mediation adviser", id="legal review item 11 (unchanged): a certificate without mediation still comes from the mediation adviser"),
])
def test_legal_review_item_11_who_issued_the_certificate(fields, who):
    display = wording_timeline.timeline_display(mediation_timeline(D(2026, 10, 1), today=D(2026, 11, 28), **fields))
    row = next(row for row in display["timeline"] if row["what"] == wording_timeline.WHAT_TEXT["certificate-issued"])
    assert row["who"] == who


@pytest.mark.parametrize("against, under_18, friend, words", [
    pytest.param("college", "yes", "needed", "The child or young person is under 18, so an adult must run the claim for them.",
                 id="W9: a 17-year-old's claim against a college needs a litigation friend (CPR r.21.2(2))"),
    pytest.param("other", "no", "if-lacks-capacity", "If the young person lacks the mental capacity to run the claim",
                 id="W9: a student of 18 or over needs one only if they lack capacity (CPR r.21.2(1))"),
    pytest.param("college", "", "if-under-18-or-lacks-capacity", "If the child or young person is under 18, or lacks the mental",
                 id="W9: age not given: both cases are said"),
    pytest.param("school", "yes", "", "",
                 id="W9: a claim against a school goes to the Tribunal: no litigation friend is said"),
])
def test_w9_a_county_court_claim_says_when_a_litigation_friend_is_needed(against, under_18, friend, words):
    result = disability_discrimination_claim_deadline(D(2026, 10, 10), today=D(2026, 12, 6), against=against,
                                                      under_18=under_18)
    assert result.litigation_friend == friend
    text = text_of(wording_deadlines.discrimination_display(result))
    if friend:
        assert words in text and "litigation friend" in text and "www.gov.uk/get-help-with-court-fees" in text
        assert "Tribunal" not in text.replace("does not go to the SEND Tribunal", "")  # L4: "the court"
        assert "if the court will accept a late claim" in text and "1 October 2010" in text  # L7
    else:
        assert "litigation friend" not in text and "1 October 2010" in text
