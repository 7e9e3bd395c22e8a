"""Cases that kill the browser-parsing mutants the other tests let through (issue 15).

Requests as the page (or a broken page) sends them, and the exact response: boundary dates of
the two regimes, date parts that are missing or out of range, malformed answers, time limits
that run past the bank-holiday data (each named by its own date field), the letters' "enter this
date first" errors, and the plan's result. Expected values are written out here.
"""

import json

import pytest

from calculators import browser

EMPTY = {"day": "", "month": "", "year": ""}
WENT_WRONG = [{"field": "", "target": "", "message": "Something went wrong. Reload the page and try again."}]
COVERAGE_2029 = ("Date you contacted the mediation adviser gives a deadline in 2029. We can only work out "
                 "deadlines in 2015 to 2028, because we only have the official bank holiday dates for those years.")


def date(day, month, year):
    return {"day": day, "month": month, "year": year}


def call(entry, **request):
    return json.loads(getattr(browser, entry)(json.dumps(request)))


def error(field, target, message):
    return [{"field": field, "target": target, "message": message}]


@pytest.mark.parametrize("entry, request_, errors", [
    pytest.param("appeal_deadline", dict(decision_sent=date("1", "9", "2014"), today="2027-01-11"),
                 error("decision_sent", "decision-sent-day",
                       "Date on the decision letter gives a deadline in 2014. We can only work out deadlines in 2015 "
                       "to 2028, because we only have the official bank holiday dates for those years."),
                 id="1 September 2014, the first day of the CFA 2014 regime, is accepted: refused only for 2014's holidays"),
    pytest.param("appeal_deadline", dict(decision_sent=date("1", "1", "0001"), today="2027-01-11"),
                 error("decision_sent", "decision-sent-day", "Date on the decision letter must be on or after 1 September 2014"),
                 id="year 0001 is a real year, refused for the regime, not as 'not a real date'"),
    pytest.param("appeal_deadline", dict(decision_sent={"day": "4", "month": "1"}, today="2027-01-11"),
                 error("decision_sent", "decision-sent-year", "Date on the decision letter must include a year"),
                 id="a date with no year part at all is missing its year"),
    pytest.param("appeal_deadline", dict(decision_sent=date("32", "13", "2026"), today="2027-01-11"),
                 error("decision_sent", "decision-sent-day", "Date on the decision letter must be a real date"),
                 id="day 32 is the first thing wrong, before month 13"),
    pytest.param("appeal_deadline", dict(decision_sent=date("4", "1", "2026"), today="20270104"),
                 error("today", "", "Today\u2019s date must be written like 2027-01-31"),
                 id="today must be YYYY-MM-DD, not the basic ISO form 20270104"),
    pytest.param("certificate", dict(today="2027-01-11"),
                 error("grounds", "grounds", "Select what you disagree with the local authority about"),
                 id="a required checkbox group left out of the request says what to select"),
    pytest.param("certificate", dict(grounds=""), WENT_WRONG, id="checkboxes as a string, not a list"),
    pytest.param("plan", dict(decision_sent=date("4", "1", "2027"), grounds=["other"], mediation_wanted="maybe",
                              today="2027-01-11"),
                 error("mediation_wanted", "mediation-wanted",
                       "\u2018maybe\u2019 is not an answer to \u2018Do you want mediation?\u2019. Choose one of: yes, no"),
                 id="a radio value the form does not offer is named"),
    pytest.param("mediation_timeline", dict(decision_sent=date("20", "10", "2028"), adviser_contacted=date("29", "12", "2028"),
                                            mediation_wanted="no", today="2028-12-29"),
                 error("adviser_contacted", "adviser-contacted-day", COVERAGE_2029),
                 id="timeline: the adviser's 3 working days from Friday 29 December 2028 run into 2029"),
    pytest.param("letter", dict(grounds=["c-ii"], kind="certificate-chase", decision_sent=date("20", "10", "2028"),
                                adviser_contacted=date("29", "12", "2028"), mediation_wanted="no", today="2028-12-29"),
                 error("adviser_contacted", "adviser-contacted-day", COVERAGE_2029),
                 id="letter: the same time limit names the adviser contact date"),
    pytest.param("plan", dict(grounds=["c-ii"], decision_sent=date("20", "10", "2028"),
                              adviser_contacted=date("29", "12", "2028"), mediation_wanted="no", today="2028-12-29"),
                 error("adviser_contacted", "adviser-contacted-day", COVERAGE_2029),
                 id="plan: the same time limit names the adviser contact date"),
    pytest.param("letter", dict(grounds=["c-ii"], kind="mediation-not-arranged", decision_sent=date("4", "1", "2027"), today="2027-01-11"),
                 error("la_told", "la-told-day",
                       "Enter the date you told the local authority you want mediation, to write this message"),
                 id="letter: 'mediation not arranged' needs the date the LA was told"),
    pytest.param("letter", dict(grounds=["c-ii"], kind="certificate-chase", decision_sent=date("4", "1", "2027"), today="2027-01-11"),
                 error("mediation_ended", "mediation-ended-day",
                       "Enter the date the mediation ended, or the date you told the mediation adviser you do not "
                       "want mediation, to write this message"),
                 id="letter: chasing the certificate needs the date mediation ended (or the adviser contact)"),
    pytest.param("letter", dict(grounds=["c-ii"], kind="agreement-deadlines", decision_sent=date("4", "1", "2027"), today="2027-01-11"),
                 error("agreement_made", "agreement-made-day", "Enter the date of the mediation agreement to write this message"),
                 id="letter: the agreement's deadlines need the date of the agreement"),
    # Issue 21: a message the plan never writes is refused, linked to the answer to change.
    pytest.param("letter", dict(grounds=["c-ii"], kind="certificate-chase", decision_sent=date("4", "1", "2027"),
                                mediation_wanted="no", la_told=date("10", "1", "2027"),
                                agreement_made=date("5", "2", "2027"), today="2027-03-20"),
                 error("agreement_made", "agreement-made-day", "You said you do not want mediation, but you entered "
                       "the date of the mediation agreement. If you had mediation, answer \u2018Yes\u2019 to "
                       "\u2018Do you want mediation?\u2019"),
                 id="letter: 'no mediation' with a mediation agreement"),
    pytest.param("letter", dict(grounds=["c-iii"], kind="adviser-contact", decision_sent=date("4", "1", "2027"),
                                mediation_wanted="no", today="2027-01-11"),
                 error("grounds", "grounds", "Your appeal is only about section I (the school or type of school "
                       "named, or that none is named), so you do not need a mediation certificate or this message. "
                       "Do not wait for one: mediation does not stop your 2-month deadline"),
                 id="letter: section I alone asking for a certificate links to what you disagree with"),
    pytest.param("letter", dict(grounds=["c-ii"], kind="adviser-contact", decision_sent=date("4", "1", "2027"),
                                certificate_issued=date("8", "2", "2027"), today="2027-03-20"),
                 error("certificate_issued", "certificate-issued-day",
                       "You have entered the date on your mediation certificate, so you do not need this message. "
                       "Work out your deadline from it now: 1 month from that date, or 2 months from the decision "
                       "letter if that is later"),
                 id="letter: a certificate already dated links to its date"),
    pytest.param("letter", dict(grounds=["c-ii"], kind="la-mediation-request", decision_sent=date("4", "1", "2027"),
                                mediation_wanted="yes", la_told=date("10", "1", "2027"),
                                mediation_ended=date("5", "2", "2027"), today="2027-03-20"),
                 error("mediation_ended", "mediation-ended-day", "You have entered the date your mediation ended, "
                       "so you do not need this message"),
                 id="letter: asking for mediation after it ended links to the date it ended"),
    pytest.param("appeal_deadline", dict(decision_sent=date("4", "1", "2027"), today="2027-01-11", a="", b="", c="", d=""),
                 [{"field": key, "target": "", "message": f"There is no question called \u2018{key}\u2019. Check how "
                   "it is spelt"} for key in "abc"],
                 id="four unknown answers: the first three are named"),
])
def test_refused_requests(entry, request_, errors):
    assert call(entry, **request_) == {"ok": False, "errors": errors}


def test_conduct_on_the_day_the_equality_act_began_is_accepted():
    response = call("discrimination_claim", conduct=date("1", "10", "2010"), against="school", today="2027-01-11")
    assert (response["ok"], response["result"]["last_day"], response["result"]["outcome"]) == (
        True, "2011-03-31", "deadline-passed")


def test_a_certificate_on_the_day_the_adviser_was_contacted_is_in_order():
    response = call("mediation_timeline", decision_sent=date("4", "1", "2027"), adviser_contacted=date("8", "1", "2027"),
                    certificate_issued=date("8", "1", "2027"), mediation_wanted="no", health_included="", today="2027-01-11")
    assert response["ok"] is True
    # 8 January + 1 month is Monday 8 February, before the 2 months (Thursday 4 March).
    assert response["result"]["appeal"]["last_day"] == "2027-03-04"


def test_a_letter_without_grounds_is_refused_as_the_plan_never_writes_one():
    response = call("letter", kind="adviser-contact", decision_sent=date("4", "1", "2027"), mediation_wanted="no",
                    today="2027-01-11")
    assert response == {"ok": False, "errors": [{"field": "grounds", "target": "grounds",
                                                 "message": "Select what you disagree with the local authority about"}]}


def test_a_letter_with_grounds_is_written_and_shown_as_it_is():
    response = call("letter", kind="adviser-contact", decision_sent=date("4", "1", "2027"), mediation_wanted="no",
                    grounds=["c-ii"], today="2027-01-11")
    assert response["result"]["subject"] == "I want to appeal: please send my mediation certificate ([Child's name])"
    assert response["display"] == response["result"]


def test_a_plan_with_nothing_to_appeal_has_a_certificate_answer_and_no_timeline():
    response = call("plan", decision_sent=date("4", "1", "2027"), grounds=["other"], today="2027-01-11")
    assert response["ok"] is True
    result = response["result"]
    assert (result["certificate"]["outcome"], result["timeline"], result["messages"]) == ("not-appealable", [], [])
    assert (result["status"], result["last_day"], result["mediation_timeline"]) == ("no-appeal", None, None)


def test_a_plan_with_an_appeal_has_its_timeline():
    response = call("plan", decision_sent=date("4", "1", "2027"), grounds=["c-ii"], mediation_wanted="no",
                    today="2027-01-11")
    assert response["ok"] is True
    result = response["result"]
    assert (result["certificate"]["outcome"], result["mediation_timeline"]["appeal"]["last_day"]) == (
        "certificate-required", "2027-03-04")
    # Not yet contacted (the plan assumes today): the 2-month date is the deadline (W1).
    assert (result["status"], result["last_day"], result["earliest_last_day"]) == ("in-time", "2027-03-04", None)


def test_the_response_keeps_non_ascii_characters_as_they_are():
    raw = browser.mediation_timeline(json.dumps({"decision_sent": date("4", "1", "2027"), "la_told": date("8", "1", "2027"),
                                                 "today": "2027-01-11"}))
    assert "IPSEA says the local authority must arrange" in raw
    assert "\u201cas if the mediation agreement" not in raw  # no agreement: no reg 42 words
    assert "\u2019" in raw and "\\u2019" not in raw


@pytest.mark.parametrize("under_18, friend", [("yes", "needed"), ("no", "if-lacks-capacity"),
                                              ("", "if-under-18-or-lacks-capacity")])
def test_the_students_age_reaches_the_county_court_answer(under_18, friend):
    response = json.loads(browser.discrimination_claim(json.dumps({
        "conduct": date("10", "10", "2026"), "against": "college", "under_18": under_18, "today": "2026-12-06"})))
    assert response["result"]["litigation_friend"] == friend


def test_a_nine_digit_day_with_leading_zeros_is_still_a_day():
    response = call("appeal_deadline", decision_sent=date("000000031", "12", "2026"), today="2027-01-04")
    assert response["result"]["last_day"] == "2027-03-01"
    response = call("appeal_deadline", decision_sent=date("0000000031", "12", "2026"), today="2027-01-04")
    assert response["errors"][0]["message"] == "Date on the decision letter must be a real date"
