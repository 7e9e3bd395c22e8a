"""Every JSON entry point, fuzzed: whatever a caller sends in the form's shape, a named answer, never a crash.

Issue 21: 3,051 of 21,000 fuzzed requests were mishandled (a misspelt key dropped, an ISO week date
taken as today, a 5,000-digit day, letters with dates out of order or a prerequisite missing). Here
hypothesis sends requests shaped as the forms send them (dates as three string parts, radios as
strings, checkboxes as lists of strings) but with any values, misspelt keys and stray date parts,
and checks the contract: a JSON object; either an answer, or errors that each name a field (or
"today") in GOV.UK words, and never the pages' catch-all "Something went wrong". The profile sets
the number of requests (HYPOTHESIS_PROFILE=calculators-thorough for a longer search).
"""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import browser
from calculators.letters import KINDS
from calculators.browser import CALCULATORS
from calculators.questions import CHECKBOXES, DATE, RADIOS
from calculators.wording import SOMETHING_WENT_WRONG

NUMBERS = st.one_of(st.integers(min_value=0, max_value=40).map(str), st.sampled_from(
    ["", " 7 ", "2027", "1" * 30, "\u0661", "Jan", "feb.", "-1", "0x1F", "2027-W02-7", "½"]))
YEARS = st.one_of(st.integers(min_value=2013, max_value=2030).map(str), NUMBERS)
TODAYS = st.one_of(st.dates().map(lambda day: day.isoformat()), st.sampled_from(
    ["2027-W02-7", "20270104", "2027-1-4", " 2027-01-11 ", "\uff12027-01-11", "", "2027-02-30"]))


def date_answers():
    parts = st.fixed_dictionaries({"day": NUMBERS, "month": NUMBERS, "year": YEARS},
                                  optional={"dya": NUMBERS, "Day": NUMBERS})
    return parts


def answer(question):
    if question.kind == DATE:
        return date_answers()
    if question.kind == RADIOS:
        return st.one_of(st.sampled_from(question.values), st.text(max_size=12))
    if question.kind == CHECKBOXES:
        return st.lists(st.one_of(st.sampled_from(question.values), st.text(max_size=8)), max_size=4)
    return st.text(max_size=8)


@st.composite
def requests(draw, entry):
    questions = CALCULATORS[entry].questions
    request = {}
    for question in questions:
        if draw(st.booleans()) or question.required:
            request[question.name] = draw(answer(question))
    if draw(st.integers(min_value=0, max_value=9)) > 0:
        request["today"] = draw(TODAYS)
    if draw(st.integers(min_value=0, max_value=5)) == 0:  # a misspelt or unknown answer
        request[draw(st.sampled_from(["certificate_isued", "decison_sent", "x", "Today", ""]))] = draw(
            st.one_of(st.text(max_size=5), date_answers()))
    if entry == "letter":
        request["kind"] = draw(st.sampled_from(KINDS))
    return request


def check(entry, request):
    response = json.loads(getattr(browser, entry)(json.dumps(request)))
    assert isinstance(response, dict), request
    if response["ok"]:
        assert response["display"], request
        return
    assert response["errors"], request
    for error in response["errors"]:
        assert error["message"] != SOMETHING_WENT_WRONG, (request, response)
        assert error["field"] or "no question called \u2018\u2019" in error["message"], (request, error)


@pytest.mark.parametrize("entry", list(CALCULATORS))  # every calculator in the registry
@given(data=st.data())
def test_every_entry_point_answers_or_names_the_problem(entry, data):
    check(entry, data.draw(requests(entry), label="request"))
