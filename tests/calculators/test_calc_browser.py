"""The browser entry points: JSON in, JSON out, GOV.UK error messages, and never an exception."""

import datetime
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators import browser
from calculators.scope import RULES_LAST_CHECKED
from calculators.wording import month_text

#: What a decision date after today is answered with, as the reader reads it (issue 23).
FUTURE_ADVICE = ("Check you typed it correctly. Some letters show a date later than the day they were sent. Enter "
                 "the day it was sent: look at the email\u2019s date or the postmark. If you cannot tell, ask the "
                 "local authority when they sent it, and get advice from IPSEA or your local SENDIASS.")

ENTRY_POINTS = {
    "certificate": browser.certificate,
    "appeal_deadline": browser.appeal_deadline,
    "discrimination_claim": browser.discrimination_claim,
    "mediation_timeline": browser.mediation_timeline,
}
EMPTY = {"day": "", "month": "", "year": ""}
TODAY = "2026-11-28"
DISPLAY_KEYS = {"outcome", "heading", "answer", "paragraphs", "steps", "notes", "next_steps", "calendar", "timeline"}
WENT_WRONG = {"ok": False, "errors": [{"field": "", "target": "", "message": "Something went wrong. Reload the page and try again."}]}


def date(day, month, year):
    return {"day": day, "month": month, "year": year}


def call(entry, **request):
    return json.loads(getattr(browser, entry)(json.dumps(request)))


def appeal(decision, certificate=EMPTY, today=TODAY):
    return call("appeal_deadline", decision_sent=decision, certificate_issued=certificate, today=today)


@pytest.mark.parametrize("month", [
    pytest.param("12", id="month as a number"),
    pytest.param(" 12 ", id="month with spaces around it"),
    pytest.param("Dec", id="month as an abbreviation"),
    pytest.param("december", id="month as a lower-case name"),
    pytest.param("DECEMBER", id="month as an upper-case name"),
    pytest.param("Dec.", id="month abbreviation with a full stop"),
])
def test_months_are_accepted_as_numbers_names_and_abbreviations(month):
    response = appeal(date("31", month, "2025"))
    assert response["ok"] is True
    assert response["result"]["last_day"] == "2026-03-02"  # 28 Feb 2026 is a Saturday
    assert response["display"]["answer"] == "Monday 2 March 2026"


def test_a_successful_appeal_response_follows_the_contract():
    response = appeal(date("31", "12", "2025"), today="2026-01-05")
    assert response["ok"] is True
    display = response["display"]
    assert set(display) == DISPLAY_KEYS
    assert display["outcome"] == "in-time"
    assert display["heading"] == "The SEND Tribunal must receive your appeal by"
    assert display["paragraphs"][0] == "You have 57 days left, counting today."
    assert display["calendar"] == {"date": "2026-03-02", "summary": "SEND appeal deadline",
                                   "description": display["calendar"]["description"],
                                   "reminders": [7, 3]}  # issue 23: a week before, and the Friday before a Monday deadline
    assert display["timeline"] == []
    assert all(step["url"].startswith("https://www.legislation.gov.uk/") for step in display["steps"])
    assert any("before 5pm on Monday 2 March 2026" in text for text in display["next_steps"])
    assert response["result"]["rules_last_checked"] == RULES_LAST_CHECKED  # from law_checked.json
    assert any(month_text(RULES_LAST_CHECKED) in note for note in display["notes"])


def test_a_passed_deadline_explains_the_late_appeal_route_not_just_too_late():
    response = appeal(date("5", "1", "2026"))
    display = response["display"]
    assert display["outcome"] == "deadline-passed"
    assert display["heading"] == "The deadline for your appeal was"
    assert display["calendar"] is None
    assert "late appeal" in display["paragraphs"][0]
    assert any("rule 5(3)(a)" in text for text in display["next_steps"])


def test_the_last_day_today_outcome():
    response = appeal(date("31", "12", "2025"), today="2026-03-02")
    assert response["display"]["outcome"] == "last-day-today"
    assert response["display"]["paragraphs"][0] == "Today is the last day."


def test_a_window_edge_shows_the_safe_date_with_a_note():
    response = appeal(date("31", "5", "2021"), today="2021-06-01")
    assert response["display"]["answer"] == "Monday 2 August 2021"
    assert response["result"]["open_edge"]["arguable_last_day"] == "2021-09-01"
    assert any("earlier" in note for note in response["display"]["notes"])


def error(response):
    assert response["ok"] is False, response
    assert len(response["errors"]) == 1, response
    return response["errors"][0]


@pytest.mark.parametrize("decision, certificate, today, field, target, message", [
    pytest.param(EMPTY, EMPTY, TODAY, "decision_sent", "decision-sent-day", "Enter the date on the decision letter",
                 id="an empty decision date asks for it"),
    pytest.param(date("", "3", "2026"), EMPTY, TODAY, "decision_sent", "decision-sent-day",
                 "Date on the decision letter must include a day", id="a missing day is named"),
    pytest.param(date("1", "", "2026"), EMPTY, TODAY, "decision_sent", "decision-sent-month",
                 "Date on the decision letter must include a month", id="a missing month is named"),
    pytest.param(date("1", "3", ""), EMPTY, TODAY, "decision_sent", "decision-sent-year",
                 "Date on the decision letter must include a year", id="a missing year is named"),
    pytest.param(date("", "", "2026"), EMPTY, TODAY, "decision_sent", "decision-sent-day",
                 "Date on the decision letter must include a day and month", id="a missing day and month are named together"),
    pytest.param(date("1", " ", " "), EMPTY, TODAY, "decision_sent", "decision-sent-month",
                 "Date on the decision letter must include a month and year", id="spaces count as missing"),
    pytest.param(date("32", "3", "2026"), EMPTY, TODAY, "decision_sent", "decision-sent-day",
                 "Date on the decision letter must be a real date", id="day 32 is not a real date"),
    pytest.param(date("x", "3", "2026"), EMPTY, TODAY, "decision_sent", "decision-sent-day",
                 "Date on the decision letter must be a real date", id="letters in the day are not a real date"),
    pytest.param(date("1", "13", "2026"), EMPTY, TODAY, "decision_sent", "decision-sent-month",
                 "Date on the decision letter must be a real date", id="month 13 is not a real date"),
    pytest.param(date("1", "Foo", "2026"), EMPTY, TODAY, "decision_sent", "decision-sent-month",
                 "Date on the decision letter must be a real date", id="an unknown month name is not a real date"),
    pytest.param(date("1", "3", "20x6"), EMPTY, TODAY, "decision_sent", "decision-sent-year",
                 "Date on the decision letter must be a real date", id="letters in the year are not a real date"),
    pytest.param(date("29", "2", "2026"), EMPTY, TODAY, "decision_sent", "decision-sent-day",
                 "Date on the decision letter must be a real date", id="29 February in a common year is not a real date"),
    pytest.param(date("1", "3", "0000"), EMPTY, TODAY, "decision_sent", "decision-sent-year",
                 "Date on the decision letter must be a real date", id="year 0000 is not a real date"),
    pytest.param(date("1", "3", "26"), EMPTY, TODAY, "decision_sent", "decision-sent-year",
                 "Year must include 4 numbers", id="a 2-digit year must have 4 numbers"),
    pytest.param(date("1", "3", "٢٠٢٦"), EMPTY, TODAY, "decision_sent", "decision-sent-year",
                 "Date on the decision letter must be a real date", id="non-ASCII digits are not a real date"),
    pytest.param(date("1", "12", "2026"), EMPTY, TODAY, "decision_sent", "decision-sent-day",
                 "Date on the decision letter must be today or in the past. " + FUTURE_ADVICE,
                 id="a future decision date is refused, with what to enter instead"),
    pytest.param(date("31", "8", "2014"), EMPTY, TODAY, "decision_sent", "decision-sent-day",
                 "Date on the decision letter must be on or after 1 September 2014", id="a decision before the CFA 2014 regime is refused"),
    pytest.param(date("10", "3", "2026"), date("9", "3", "2026"), TODAY, "certificate_issued", "certificate-issued-day",
                 "Date on the mediation certificate must be the same as or after the date on the decision letter",
                 id="a certificate before the decision is refused"),
    pytest.param(date("10", "3", "2026"), date("1", "12", "2026"), TODAY, "certificate_issued", "certificate-issued-day",
                 "Date on the mediation certificate must be today or in the past", id="a future certificate is refused"),
    pytest.param(date("10", "3", "2026"), date("1", "", "2026"), TODAY, "certificate_issued", "certificate-issued-month",
                 "Date on the mediation certificate must include a month", id="a part-filled certificate date is named"),
    pytest.param(date("31", "10", "2028"), EMPTY, "2028-11-28", "decision_sent", "decision-sent-day",
                 "Date on the decision letter gives a deadline in 2029. We can only work out deadlines in 2015 to 2028, "
                 "because we only have the official bank holiday dates for those years.",
                 id="a deadline beyond the bank holiday data is refused in plain words"),
    pytest.param(date("1", "10", "2028"), date("20", "12", "2028"), "2028-12-28", "certificate_issued", "certificate-issued-day",
                 "Date on the mediation certificate gives a deadline in 2029. We can only work out deadlines in 2015 to 2028, "
                 "because we only have the official bank holiday dates for those years.",
                 id="a certificate whose deadline is beyond the data is named"),
    pytest.param(date("15", "9", "2014"), EMPTY, TODAY, "decision_sent", "decision-sent-day",
                 "Date on the decision letter gives a deadline in 2014. We can only work out deadlines in 2015 to 2028, "
                 "because we only have the official bank holiday dates for those years.",
                 id="a deadline in 2014 is refused because the data starts in 2015"),
])
def test_appeal_deadline_errors(decision, certificate, today, field, target, message):
    assert error(appeal(decision, certificate, today)) == {"field": field, "target": target, "message": message}


def test_errors_in_both_dates_are_all_reported_in_form_order():
    response = appeal(date("1", "", "2026"), date("", "", "2026"))
    assert [e["target"] for e in response["errors"]] == ["decision-sent-month", "certificate-issued-day"]


@pytest.mark.parametrize("conduct, field_message", [
    pytest.param(EMPTY, "Enter the date of the discrimination", id="an empty conduct date asks for it"),
    pytest.param(date("1", "12", "2026"), "Date of the discrimination must be today or in the past", id="future conduct is refused"),
    pytest.param(date("31", "2", "2026"), "Date of the discrimination must be a real date", id="31 February is not a real date"),
    pytest.param(date("30", "9", "2010"), "Date of the discrimination must be on or after 1 October 2010",
                 id="conduct before the Equality Act 2010 came into force is refused"),
])
def test_discrimination_claim_errors(conduct, field_message):
    response = call("discrimination_claim", conduct=conduct, against="school", today=TODAY)
    assert error(response)["message"] == field_message
    assert error(response)["field"] == "conduct"


def test_discrimination_claim_success_and_beyond_the_data():
    response = call("discrimination_claim", conduct=date("10", "Mar", "2026"), against="school", today=TODAY)
    assert response["display"]["answer"] == "Wednesday 9 September 2026"
    assert response["display"]["outcome"] == "deadline-passed"
    beyond = call("discrimination_claim", conduct=date("2", "7", "2028"), against="school", today="2028-07-02")
    assert error(beyond)["message"].startswith("Date of the discrimination gives a deadline in 2029.")


@pytest.mark.parametrize("against, forum, heading", [
    pytest.param("school", "send-tribunal", "The SEND Tribunal must receive your claim by",
                 id="legal review item 1: a claim against a school is for the SEND Tribunal"),
    pytest.param("college", "county-court", "The County Court must receive your claim by",
                 id="legal review item 1: a claim against a college or university is for the County Court"),
    pytest.param("other", "county-court", "The County Court must receive your claim by",
                 id="legal review item 1: a claim against a private nursery or the local authority is for the County Court"),
])
def test_the_claim_result_names_the_body_that_hears_it(against, forum, heading):
    response = call("discrimination_claim", conduct=date("10", "11", "2026"), against=against, today=TODAY)
    assert response["result"]["forum"] == forum
    assert response["result"]["last_day"] == "2027-05-09"  # same arithmetic in both forums
    assert response["display"]["heading"] == heading


def test_legal_review_item_1_the_claim_form_requires_who_the_claim_is_against():
    response = call("discrimination_claim", conduct=date("10", "11", "2026"), today=TODAY)
    assert error(response) == {"field": "against", "target": "against", "message": "Select who your claim is against"}
    both = call("discrimination_claim", conduct=EMPTY, against="", today=TODAY)
    assert [e["field"] for e in both["errors"]] == ["against", "conduct"]  # in the form's order


@pytest.mark.parametrize("fields, field, message", [
    pytest.param({"adviser_contacted": date("20", "10", "2026"), "certificate_issued": date("19", "10", "2026")},
                 "certificate_issued",
                 "Date on the mediation certificate must be the same as or after the date you contacted the mediation adviser",
                 id="legal review item 16: a certificate before contacting the adviser is refused"),
    pytest.param({"la_told": date("21", "10", "2026"), "mediation_ended": date("20", "10", "2026")}, "mediation_ended",
                 "Date the mediation ended must be the same as or after the date you told the local authority you want mediation",
                 id="legal review item 16: mediation ending before you told the local authority is refused"),
    pytest.param({"la_told": date("21", "10", "2026"), "agreement_made": date("2", "10", "2026")}, "agreement_made",
                 "Date of the mediation agreement must be the same as or after the date you told the local authority you want mediation",
                 id="legal review item 16: an agreement before you told the local authority is refused"),
])
def test_timeline_dates_out_of_order_are_refused(fields, field, message):
    response = call("mediation_timeline", decision_sent=date("1", "10", "2026"), today=TODAY, **fields)
    assert error(response) == {"field": field, "target": field.replace("_", "-") + "-day", "message": message}


def test_legal_review_item_16_a_certificate_before_the_mediation_ended_is_flagged_not_refused():
    # A "deemed" certificate (mediation not arranged in 30 days) can come before a later mediation.
    response = call("mediation_timeline", decision_sent=date("1", "10", "2026"), today=TODAY,
                    la_told=date("5", "10", "2026"), mediation_ended=date("20", "11", "2026"),
                    certificate_issued=date("10", "11", "2026"))
    assert response["ok"] is True
    assert any("dated before the mediation ended" in note for note in response["display"]["notes"])


@pytest.mark.parametrize("grounds, answer, outcome", [
    pytest.param(["c-ii", "c-iii"], "Yes", "certificate-required", id="section F and section I need a certificate"),
    pytest.param(["c-iii"], "No", "certificate-not-required", id="section I alone needs none"),
    pytest.param(["c-iv", "health-social-care"], "Yes, get one to be safe", "certificate-advised", id="the open case advises getting one"),
    pytest.param(["disability-discrimination"], "No", "discrimination-claim", id="a discrimination claim needs none"),
    pytest.param(["other"], "No", "not-appealable", id="something not appealable needs none"),
])
def test_certificate_answers(grounds, answer, outcome):
    response = call("certificate", grounds=grounds)
    assert response["display"]["answer"] == answer
    assert response["display"]["outcome"] == outcome
    assert response["result"]["outcome"] == outcome
    assert set(response["display"]) == DISPLAY_KEYS


def test_no_ground_selected_is_an_error_on_the_group():
    assert error(call("certificate", grounds=[])) == {
        "field": "grounds", "target": "grounds", "message": "Select what you disagree with the local authority about"}


def test_the_timeline_lists_dated_actions_for_each_party():
    response = call("mediation_timeline", decision_sent=date("4", "1", "2027"),
                    adviser_contacted=date("8", "1", "2027"), mediation_wanted="no", health_included="",
                    today="2027-01-11")
    rows = response["display"]["timeline"]
    assert rows[2] == {
        "date": "2027-01-13", "date_text": "Wednesday 13 January 2027", "who": "Mediation adviser",
        "what": rows[2]["what"], "provision": "SEND Regulations 2014, regulation 34",
        "url": "https://www.legislation.gov.uk/uksi/2014/1530/regulation/34", "kind": "deadline"}
    assert "Check this time limit" in rows[2]["what"]
    assert response["display"]["answer"] == "Thursday 4 March 2027"


@pytest.mark.parametrize("field, value, message", [
    pytest.param("adviser_contacted", date("1", "1", "2027"),
                 "Date you contacted the mediation adviser must be the same as or after the date on the decision letter",
                 id="contacting the adviser before the decision is refused"),
    pytest.param("la_told", date("1", "", "2027"), "Date you told the local authority you want mediation must include a month",
                 id="a part-filled date is named by its label"),
    pytest.param("mediation_ended", date("30", "2", "2027"), "Date the mediation ended must be a real date",
                 id="an impossible mediation end date is refused"),
    pytest.param("agreement_made", date("1", "2", "2027"), "Date of the mediation agreement must be today or in the past",
                 id="a future agreement is refused"),
])
def test_timeline_errors(field, value, message):
    response = call("mediation_timeline", decision_sent=date("4", "1", "2027"), today="2027-01-11", **{field: value})
    problem = error(response)
    assert (problem["field"], problem["message"]) == (field, message)
    assert problem["target"] in {field.replace("_", "-") + "-" + part for part in ("day", "month", "year")}


@pytest.mark.parametrize("entry, request_text", [
    pytest.param("appeal_deadline", "not json", id="text that is not JSON"),
    pytest.param("appeal_deadline", "[]", id="a JSON list instead of an object"),
    pytest.param("appeal_deadline", json.dumps({"decision_sent": "2026-01-01", "today": TODAY}), id="a date field that is not an object"),
    pytest.param("appeal_deadline", json.dumps({"decision_sent": {"day": 1, "month": "1", "year": "2026"}, "today": TODAY}), id="a date part that is not a string"),
    pytest.param("appeal_deadline", json.dumps({"today": TODAY}), id="no decision date at all"),
    pytest.param("certificate", json.dumps({"grounds": "c-ii"}), id="grounds that are not a list"),
    pytest.param("discrimination_claim", json.dumps({"conduct": None, "against": "school", "today": TODAY}), id="a null date"),
    pytest.param("discrimination_claim", json.dumps({"conduct": date("1", "1", "2026"), "against": [], "today": TODAY}),
                 id="a claim against someone not on the form"),
    pytest.param("mediation_timeline", json.dumps({"decision_sent": date("1", "1", "2026"), "mediation_wanted": 1, "today": TODAY}),
                 id="a radio value that is not a string"),
])
def test_an_unexpected_request_shape_gets_the_generic_message(entry, request_text):
    assert json.loads(ENTRY_POINTS[entry](request_text)) == WENT_WRONG


#: Issue 21: every bad answer refused by name, never dropped and never "something went wrong".
NAMED = [
    pytest.param("appeal_deadline", {"decision_sent": date("1", "1", "2026"), "certificate_isued": date("2", "2", "2026")},
                 [("certificate_isued", "", "There is no question called \u2018certificate_isued\u2019. Check how it is spelt")],
                 id="a misspelt answer is refused by name, never dropped (the deadline would ignore the certificate)"),
    pytest.param("appeal_deadline", {"decision_sent": {"day": "1", "month": "1", "year": "2026", "dya": "2"}},
                 [("decision_sent", "decision-sent-day",
                   "Date on the decision letter has no part called \u2018dya\u2019. Use day, month and year")],
                 id="an unknown part of a date is refused by name"),
    pytest.param("appeal_deadline", {"decision_sent": date("1", "1", "2026"), "today": "2027-W02-7"},
                 [("today", "", "Today\u2019s date must be written like 2027-01-31")],
                 id="an ISO week date is never taken as today"),
    pytest.param("appeal_deadline", {"decision_sent": date("1", "1", "2026"), "today": None},
                 [("today", "", "Today\u2019s date must be written like 2027-01-31")],
                 id="a request without today says so"),
    pytest.param("appeal_deadline", {"decision_sent": date("1", "1", "2026"), "today": "28/11/2026"},
                 [("today", "", "Today\u2019s date must be written like 2027-01-31")],
                 id="today in the wrong format says so"),
    pytest.param("certificate", {"grounds": ["c-ii"], "today": "tomorrow"},
                 [("today", "", "Today\u2019s date must be written like 2027-01-31")],
                 id="the certificate check reads today when it is given"),
    pytest.param("appeal_deadline", {"decision_sent": date("1" * 5000, "1", "2026")},
                 [("decision_sent", "decision-sent-day", "Date on the decision letter must be a real date")],
                 id="a 5,000-digit day is not a real date"),
    pytest.param("certificate", {"grounds": ["z"]},
                 [("grounds", "grounds", "\u2018z\u2019 is not an answer to \u2018What do you disagree with the "
                   "local authority about?\u2019. Choose one of: a, b, c-i, c-ii, c-iii, c-iv, d, e, f, "
                   "health-social-care, disability-discrimination, other")],
                 id="a ground that is not on the form is named"),
    pytest.param("discrimination_claim", {"conduct": date("1", "1", "2026"), "against": "academy"},
                 [("against", "against", "\u2018academy\u2019 is not an answer to \u2018Who is the claim "
                   "against?\u2019. Choose one of: school, college, other")],
                 id="a radio answer that is not on the form is named"),
]


@pytest.mark.parametrize("entry, request_, errors", NAMED)
def test_every_bad_answer_is_refused_by_name(entry, request_, errors):
    request_ = {"today": TODAY, **request_}
    if request_["today"] is None:
        del request_["today"]
    response = json.loads(ENTRY_POINTS[entry](json.dumps(request_)))
    assert response["ok"] is False
    assert [(e["field"], e["target"], e["message"]) for e in response["errors"]] == errors


def test_a_non_string_request_gets_the_generic_message():
    assert json.loads(browser.appeal_deadline(None)) == WENT_WRONG  # type: ignore[arg-type]


def check_response(text, entry, form_shaped=False):
    response = json.loads(text)
    if form_shaped:  # what our form sends never needs the generic "something went wrong"
        assert response != WENT_WRONG
    assert isinstance(response, dict)
    if response["ok"]:
        assert set(response["display"]) == DISPLAY_KEYS
        assert response["display"]["answer"]
    else:
        assert response["errors"]
        for problem in response["errors"]:
            assert problem["message"].strip()
            assert set(problem) == {"field", "target", "message"}


@pytest.mark.parametrize("entry", ENTRY_POINTS)
@given(text=st.text())
def test_any_string_gives_a_result_or_a_clear_error(entry, text):
    check_response(ENTRY_POINTS[entry](text), entry)


date_part = st.one_of(st.text(max_size=6), st.integers(min_value=0, max_value=40).map(str),
                      st.sampled_from(["Dec", "feb", "2015", "2028", "0000", "9999", " 7 "]))
any_date = st.fixed_dictionaries({"day": date_part, "month": date_part, "year": date_part})
# Real dates and "today" come from the years the bank-holiday data covers (and a little either
# side), so that most examples reach an answer: years 1 to 9999 were refused almost every time.
covered_day = st.dates(min_value=datetime.date(2014, 6, 1), max_value=datetime.date(2029, 3, 31))
real_date = covered_day.map(lambda d: {"day": str(d.day), "month": str(d.month), "year": f"{d.year:04d}"})
today = covered_day.map(lambda d: d.isoformat())
form_date = st.one_of(real_date, any_date, st.just(EMPTY))


@given(st.fixed_dictionaries({"decision_sent": form_date, "certificate_issued": form_date, "today": today}))
def test_any_appeal_form_values_give_a_result_or_a_clear_error(request):
    check_response(browser.appeal_deadline(json.dumps(request)), "appeal_deadline", form_shaped=True)


@given(st.fixed_dictionaries({"conduct": form_date, "against": st.sampled_from(["", "school", "college", "other"]),
                              "today": today}))
def test_any_discrimination_form_values_give_a_result_or_a_clear_error(request):
    check_response(browser.discrimination_claim(json.dumps(request)), "discrimination_claim", form_shaped=True)


@given(st.fixed_dictionaries({"grounds": st.lists(st.sampled_from(list(browser.GROUND_KEYS)), unique=True)}))
def test_any_certificate_form_values_give_a_result_or_a_clear_error(request):
    check_response(browser.certificate(json.dumps(request)), "certificate", form_shaped=True)


@given(st.fixed_dictionaries({
    "decision_sent": form_date, "adviser_contacted": form_date, "la_told": form_date,
    "mediation_ended": form_date, "certificate_issued": form_date, "agreement_made": form_date,
    "mediation_wanted": st.sampled_from(["", "yes", "no"]),
    "health_included": st.sampled_from(["", "no", "yes", "only"]), "today": today}))
def test_any_timeline_form_values_give_a_result_or_a_clear_error(request):
    check_response(browser.mediation_timeline(json.dumps(request)), "mediation_timeline", form_shaped=True)


@given(st.dates(min_value=datetime.date(2015, 1, 1), max_value=datetime.date(2028, 10, 1)))
def test_real_appeal_dates_in_the_data_always_give_a_deadline(day):
    response = appeal({"day": str(day.day), "month": str(day.month), "year": str(day.year)}, today="2028-12-31")
    assert response["ok"] is True
    assert response["display"]["answer"].endswith(response["result"]["last_day"][:4])


def long_date(day):
    """The reader's form of a date, written out here rather than taken from calculators.wording."""
    return f"{day:%A} {day.day} {day:%B} {day.year}"


def appeal_form(decision, certificate_after, waited):
    certificate = None if certificate_after is None else decision + datetime.timedelta(days=certificate_after)
    now = max(decision, certificate or decision) + datetime.timedelta(days=waited)
    return decision, certificate, {
        "decision_sent": {"day": str(decision.day), "month": str(decision.month), "year": str(decision.year)},
        "certificate_issued": ({"day": str(certificate.day), "month": str(certificate.month),
                                "year": str(certificate.year)} if certificate else EMPTY),
        "today": now.isoformat()}


appeal_forms = st.builds(appeal_form, covered_day, st.one_of(st.none(), st.integers(0, 90)), st.integers(0, 400))


def test_most_appeal_form_examples_from_the_covered_years_reach_a_checked_deadline():
    """Every answer is checked by hand-written rules; the share that reaches an answer is asserted."""
    answered = []

    @settings(database=None)
    @given(appeal_forms)
    def run(form):
        decision, certificate, request = form
        response = json.loads(browser.appeal_deadline(json.dumps(request)))
        assert response != WENT_WRONG
        if not response["ok"]:  # refused: before the CFA 2014 regime, or a deadline outside 2015 to 2028
            assert {e["field"] for e in response["errors"]} <= {"decision_sent", "certificate_issued"}
            assert decision < datetime.date(2014, 11, 1) or max(decision, certificate or decision) > datetime.date(2028, 9, 30)
            return
        answered.append(decision)
        last_day = datetime.date.fromisoformat(response["result"]["last_day"])
        assert response["display"]["answer"] == long_date(last_day)
        earliest = max(decision + datetime.timedelta(days=59), certificate + datetime.timedelta(days=28)
                       if certificate else decision)
        assert earliest <= last_day <= earliest + datetime.timedelta(days=37)

    run()
    # Hypothesis runs 150 examples (30 in scripts/mutate); at least 60% must reach an answer.
    runs = settings().max_examples
    assert len(answered) >= 0.6 * runs, f"only {len(answered)} of {runs} examples reached a deadline"


# --- The registry (issue 24, item 1) -------------------------------------------------------------

@pytest.mark.parametrize("name", list(browser.CALCULATORS))
def test_the_requests_the_build_traces_reach_both_an_answer_and_a_named_error(name):
    """So the trimmed standard library the site ships has what an answer and an error message import."""
    calculator = browser.CALCULATORS[name]
    responses = [json.loads(browser.answer(name, json.dumps({"today": TODAY, **sample})))
                 for sample in calculator.samples]
    assert any(response["ok"] for response in responses), responses
    refused = [response for response in responses if not response["ok"]]
    assert refused and all(response != WENT_WRONG and response["errors"][0]["field"] in
                           {q.name for q in calculator.questions} for response in refused), refused


@pytest.mark.parametrize("name", [None, 3, ["plan"], {"plan": 1}, "", "Plan", "no-such-calculator"])
def test_a_name_no_calculator_has_is_answered_something_went_wrong(name):
    assert json.loads(browser.answer(name, json.dumps({"today": TODAY}))) == WENT_WRONG


def test_the_named_functions_are_the_registry_s_answers():
    request = json.dumps({"decision_sent": date("4", "1", "2027"), "today": "2027-01-11"})
    assert browser.appeal_deadline(request) == browser.answer("appeal_deadline", request)
    assert {name for name in browser.CALCULATORS if callable(getattr(browser, name, None))} == set(browser.CALCULATORS)


def test_the_warm_up_answers_without_raising():
    assert browser.warm_up() is None


# The cases that kill the browser-parsing mutants the other tests let through (issue 15), moved here from test_calc_mutants_browser.py.
# Requests as the page (or a broken page) sends them, and the exact response: boundary dates of
# the two regimes, date parts that are missing or out of range, malformed answers, time limits
# that run past the bank-holiday data (each named by its own date field), the letters' "enter this
# date first" errors, and the plan's result. Expected values are written out here.


COVERAGE_2029 = ("Date you contacted the mediation adviser gives a deadline in 2029. We can only work out "
                 "deadlines in 2015 to 2028, because we only have the official bank holiday dates for those years.")


def one_error(field, target, message):
    return [{"field": field, "target": target, "message": message}]


@pytest.mark.parametrize("entry, request_, errors", [
    pytest.param("appeal_deadline", dict(decision_sent=date("1", "9", "2014"), today="2027-01-11"),
                 one_error("decision_sent", "decision-sent-day",
                       "Date on the decision letter gives a deadline in 2014. We can only work out deadlines in 2015 "
                       "to 2028, because we only have the official bank holiday dates for those years."),
                 id="1 September 2014, the first day of the CFA 2014 regime, is accepted: refused only for 2014's holidays"),
    pytest.param("appeal_deadline", dict(decision_sent=date("1", "1", "0001"), today="2027-01-11"),
                 one_error("decision_sent", "decision-sent-day", "Date on the decision letter must be on or after 1 September 2014"),
                 id="year 0001 is a real year, refused for the regime, not as 'not a real date'"),
    pytest.param("appeal_deadline", dict(decision_sent={"day": "4", "month": "1"}, today="2027-01-11"),
                 one_error("decision_sent", "decision-sent-year", "Date on the decision letter must include a year"),
                 id="a date with no year part at all is missing its year"),
    pytest.param("appeal_deadline", dict(decision_sent=date("32", "13", "2026"), today="2027-01-11"),
                 one_error("decision_sent", "decision-sent-day", "Date on the decision letter must be a real date"),
                 id="day 32 is the first thing wrong, before month 13"),
    pytest.param("appeal_deadline", dict(decision_sent=date("4", "1", "2026"), today="20270104"),
                 one_error("today", "", "Today\u2019s date must be written like 2027-01-31"),
                 id="today must be YYYY-MM-DD, not the basic ISO form 20270104"),
    pytest.param("certificate", dict(today="2027-01-11"),
                 one_error("grounds", "grounds", "Select what you disagree with the local authority about"),
                 id="a required checkbox group left out of the request says what to select"),
    pytest.param("certificate", dict(grounds=""), WENT_WRONG["errors"], id="checkboxes as a string, not a list"),
    pytest.param("plan", dict(decision_sent=date("4", "1", "2027"), grounds=["other"], mediation_wanted="maybe",
                              today="2027-01-11"),
                 one_error("mediation_wanted", "mediation-wanted",
                       "\u2018maybe\u2019 is not an answer to \u2018Do you want mediation?\u2019. Choose one of: yes, no"),
                 id="a radio value the form does not offer is named"),
    pytest.param("mediation_timeline", dict(decision_sent=date("20", "10", "2028"), adviser_contacted=date("29", "12", "2028"),
                                            mediation_wanted="no", today="2028-12-29"),
                 one_error("adviser_contacted", "adviser-contacted-day", COVERAGE_2029),
                 id="timeline: the adviser's 3 working days from Friday 29 December 2028 run into 2029"),
    pytest.param("letter", dict(grounds=["c-ii"], kind="certificate-chase", decision_sent=date("20", "10", "2028"),
                                adviser_contacted=date("29", "12", "2028"), mediation_wanted="no", today="2028-12-29"),
                 one_error("adviser_contacted", "adviser-contacted-day", COVERAGE_2029),
                 id="letter: the same time limit names the adviser contact date"),
    pytest.param("plan", dict(grounds=["c-ii"], decision_sent=date("20", "10", "2028"),
                              adviser_contacted=date("29", "12", "2028"), mediation_wanted="no", today="2028-12-29"),
                 one_error("adviser_contacted", "adviser-contacted-day", COVERAGE_2029),
                 id="plan: the same time limit names the adviser contact date"),
    pytest.param("letter", dict(grounds=["c-ii"], kind="mediation-not-arranged", decision_sent=date("4", "1", "2027"), today="2027-01-11"),
                 one_error("la_told", "la-told-day",
                       "Enter the date you told the local authority you want mediation, to write this message"),
                 id="letter: 'mediation not arranged' needs the date the LA was told"),
    pytest.param("letter", dict(grounds=["c-ii"], kind="certificate-chase", decision_sent=date("4", "1", "2027"), today="2027-01-11"),
                 one_error("mediation_ended", "mediation-ended-day",
                       "Enter the date the mediation ended, or the date you told the mediation adviser you do not "
                       "want mediation, to write this message"),
                 id="letter: chasing the certificate needs the date mediation ended (or the adviser contact)"),
    pytest.param("letter", dict(grounds=["c-ii"], kind="agreement-deadlines", decision_sent=date("4", "1", "2027"), today="2027-01-11"),
                 one_error("agreement_made", "agreement-made-day", "Enter the date of the mediation agreement to write this message"),
                 id="letter: the agreement's deadlines need the date of the agreement"),
    # Issue 21: a message the plan never writes is refused, linked to the answer to change.
    pytest.param("letter", dict(grounds=["c-ii"], kind="certificate-chase", decision_sent=date("4", "1", "2027"),
                                mediation_wanted="no", la_told=date("10", "1", "2027"),
                                agreement_made=date("5", "2", "2027"), today="2027-03-20"),
                 one_error("agreement_made", "agreement-made-day", "You said you do not want mediation, but you entered "
                       "the date of the mediation agreement. If you had mediation, answer \u2018Yes\u2019 to "
                       "\u2018Do you want mediation?\u2019"),
                 id="letter: 'no mediation' with a mediation agreement"),
    pytest.param("letter", dict(grounds=["c-iii"], kind="adviser-contact", decision_sent=date("4", "1", "2027"),
                                mediation_wanted="no", today="2027-01-11"),
                 one_error("grounds", "grounds", "Your appeal is only about section I (the school or type of school "
                       "named, or that none is named), so you do not need a mediation certificate or this message. "
                       "Do not wait for one: mediation does not stop your 2-month deadline"),
                 id="letter: section I alone asking for a certificate links to what you disagree with"),
    pytest.param("letter", dict(grounds=["c-ii"], kind="adviser-contact", decision_sent=date("4", "1", "2027"),
                                certificate_issued=date("8", "2", "2027"), today="2027-03-20"),
                 one_error("certificate_issued", "certificate-issued-day",
                       "You have entered the date on your mediation certificate, so you do not need this message. "
                       "Work out your deadline from it now: 1 month from that date, or 2 months from the decision "
                       "letter if that is later"),
                 id="letter: a certificate already dated links to its date"),
    pytest.param("letter", dict(grounds=["c-ii"], kind="la-mediation-request", decision_sent=date("4", "1", "2027"),
                                mediation_wanted="yes", la_told=date("10", "1", "2027"),
                                mediation_ended=date("5", "2", "2027"), today="2027-03-20"),
                 one_error("mediation_ended", "mediation-ended-day", "You have entered the date your mediation ended, "
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
