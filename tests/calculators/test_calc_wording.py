"""The wording module: dates as GOV.UK writes them, and a sentence for every key the rules can return."""

import datetime
import itertools

import pytest

from calculators import wording, wording_certificate, wording_deadlines, wording_timeline
from calculators.appeal_deadline import sen_appeal_deadline
from calculators.certificate import GROUND_KEYS, GROUNDS, mediation_certificate_check
from calculators.discrimination import disability_discrimination_claim_deadline
from calculators.limits import REG_44_TIME_LIMITS
from calculators.timeline import mediation_timeline

D = datetime.date


@pytest.mark.parametrize("day, text", [
    pytest.param(D(2027, 3, 1), "Monday 1 March 2027", id="a date has its weekday, no ordinal and no leading zero"),
    pytest.param(D(2028, 2, 29), "Tuesday 29 February 2028", id="a leap day is written out"),
    pytest.param(D(2026, 12, 25), "Friday 25 December 2026", id="Christmas Day 2026 is a Friday"),
])
def test_date_text(day, text):
    assert wording.date_text(day) == text


def test_every_ground_and_where_to_go_key_has_words():
    assert set(wording_certificate.GROUND_TEXT) == set(GROUND_KEYS)
    assert {key for row in GROUNDS for key in row.where_to_go} <= set(wording_certificate.WHERE_TO_GO_TEXT)


def test_every_combination_of_up_to_3_grounds_has_a_display():
    for size in range(1, 4):
        for grounds in itertools.combinations(GROUND_KEYS, size):
            display = wording_certificate.certificate_display(mediation_certificate_check(grounds))
            assert display["answer"] and display["paragraphs"], grounds
            assert all(step["url"].startswith("https://www.legislation.gov.uk/") for step in display["steps"])


def test_every_timeline_key_has_words():
    timeline = mediation_timeline(
        D(2026, 6, 1), today=D(2026, 11, 28), adviser_contacted=D(2026, 6, 10), mediation_wanted="no",
        la_told=D(2026, 6, 12), health_included="yes", mediation_ended=D(2026, 7, 20),
        agreement_made=D(2026, 7, 20))
    whats = {item.what for item in timeline.items}
    assert {what for what, _ in REG_44_TIME_LIMITS} <= whats
    assert whats <= set(wording_timeline.WHAT_TEXT)
    assert set(timeline.notes) <= set(wording_timeline.TIMELINE_NOTES)
    display = wording_timeline.timeline_display(timeline)
    assert [row["date"] for row in display["timeline"]] == sorted(row["date"] for row in display["timeline"])


@pytest.mark.parametrize("decision, certificate, today", [
    pytest.param(D(2021, 5, 31), None, D(2021, 6, 1), id="the August window edge"),
    pytest.param(D(2023, 10, 24), None, D(2023, 11, 1), id="the Christmas window edge"),
    pytest.param(D(2026, 6, 15), None, D(2026, 7, 1), id="the August window"),
    pytest.param(D(2026, 10, 25), None, D(2026, 11, 1), id="the Christmas window"),
    pytest.param(D(2027, 1, 26), None, D(2027, 2, 1), id="a bank holiday"),
    pytest.param(D(2027, 1, 5), D(2027, 1, 31), D(2027, 2, 1), id="a certificate that does not extend the time"),
    pytest.param(D(2026, 12, 15), D(2027, 1, 31), D(2027, 2, 1), id="a certificate that does"),
])
def test_every_appeal_step_has_a_sentence_with_its_provision(decision, certificate, today):
    result = sen_appeal_deadline(decision, certificate, today=today)
    display = wording_deadlines.appeal_display(result)
    assert len(display["steps"]) == len(result.steps)
    assert all(step["text"].endswith(".") and step["provision"] for step in display["steps"])


def test_a_bank_holiday_is_named_in_the_step():
    display = wording_deadlines.appeal_display(sen_appeal_deadline(D(2022, 7, 19), today=D(2022, 8, 1)))
    assert any("State Funeral of Queen Elizabeth II" in step["text"] for step in display["steps"])


def test_the_discrimination_display_says_the_date_is_not_moved_for_a_weekend():
    display = wording_deadlines.discrimination_display(
        disability_discrimination_claim_deadline(D(2026, 8, 31), today=D(2026, 9, 1), against="school"))
    assert display["answer"] == "Saturday 27 February 2027"
    assert any("not moved to the next working day" in step["text"] for step in display["steps"])
    assert any("Sunday 28 February 2027" in note for note in display["notes"])
    assert any("mediation certificate" in note for note in display["notes"])


def test_a_passed_discrimination_deadline_explains_the_late_claim_route():
    display = wording_deadlines.discrimination_display(
        disability_discrimination_claim_deadline(D(2026, 1, 5), today=D(2026, 11, 28), against="school"))
    assert display["outcome"] == "deadline-passed"
    assert any("paragraph 4(3)" in text for text in display["next_steps"])


def _all_text(display):
    return [display["answer"], *display["paragraphs"], *display["notes"], *display["next_steps"],
            *(step["text"] for step in display["steps"]), *(row["what"] for row in display["timeline"])]


@pytest.mark.parametrize("display, present, absent", [
    pytest.param(lambda: wording_deadlines.appeal_display(sen_appeal_deadline(D(2026, 12, 31), today=D(2027, 3, 1))),
                 "before 5pm today", "Do not wait until the last day",
                 id="on the last day the appeal advice says send it before 5pm today, not do not wait until the last day"),
    pytest.param(lambda: wording_deadlines.discrimination_display(disability_discrimination_claim_deadline(D(2026, 3, 10), today=D(2026, 9, 9), against="school")),
                 "before 5pm today", "Do not wait until the last day",
                 id="on the last day the claim advice says send it before 5pm today"),
    pytest.param(lambda: wording_deadlines.discrimination_display(disability_discrimination_claim_deadline(D(2026, 8, 31), today=D(2026, 9, 1), against="school")),
                 "To be safe, make sure the SEND Tribunal receives your claim before 5pm on Friday 26 February 2027", "5pm on Saturday",
                 id="a claim whose last day is a Saturday is advised to arrive by 5pm on the Friday before, never 5pm on a Saturday"),
    pytest.param(lambda: wording_deadlines.appeal_display(sen_appeal_deadline(D(2023, 10, 24), today=D(2023, 11, 1))),
                 "Sunday 24 December 2023 is not a working day", "at the weekend",
                 id="a weekend day is called not a working day, its weekday already named in the date"),
    pytest.param(lambda: wording_deadlines.appeal_display(sen_appeal_deadline(D(2023, 10, 24), today=D(2023, 11, 1))),
                 "Friday 22 December 2023", "contact the mediation adviser by Sunday",
                 id="when the 2-month date for contacting the adviser is a Sunday the working day before it is given"),
    pytest.param(lambda: wording_deadlines.appeal_display(sen_appeal_deadline(D(2026, 10, 25), today=D(2026, 11, 28))),
                 "Thursday 24 December 2026", "contact the mediation adviser by Friday 25 December",
                 id="when the 2-month date for contacting the adviser is Christmas Day the working day before it is given"),
    pytest.param(lambda: wording_timeline.timeline_display(mediation_timeline(D(2026, 6, 1), today=D(2026, 6, 15),
                                                                     adviser_contacted=D(2026, 6, 10))),
                 "You contacted the mediation adviser", "If you need a mediation certificate, contact",
                 id="once you have contacted the adviser the timeline does not tell you to contact them"),
    pytest.param(lambda: wording_certificate.certificate_display(mediation_certificate_check(["c-iii", "other"])),
                 "SENDIASS. It is the information, advice and support service for special educational needs and disabilities",
                     "cannot deal with something else",
                 id="SENDIASS is spelled out and the not-appealable part is named plainly"),
])
def test_the_words_a_parent_reads(display, present, absent):
    text = " ".join(_all_text(display()))
    assert present in text
    assert absent not in text


@pytest.mark.parametrize("display, present, absent", [
    pytest.param(lambda: wording_deadlines.appeal_display(sen_appeal_deadline(D(2026, 3, 10), D(2026, 4, 10), today=D(2026, 4, 11))),
                 "is not later than 2 months after the decision letter", "is later, so it counts",
                 id="a certificate giving the same date as the 2-month point is not called earlier or later (r.20(1)(c)(ii))"),
    pytest.param(lambda: wording_deadlines.appeal_display(sen_appeal_deadline(D(2026, 1, 5), today=D(2026, 11, 28))),
                 "The last day for the Tribunal to receive your appeal was", "make sure the Tribunal receives your appeal before 5pm on",
                 id="after the deadline the steps do not tell you to make sure the Tribunal receives it in time"),
])
def test_the_words_follow_the_facts(display, present, absent):
    text = " ".join(_all_text(display()))
    assert present in text
    assert absent not in text


@pytest.mark.parametrize(("deadline", "today", "reminders"), [
    pytest.param(datetime.date(2027, 3, 3), datetime.date(2027, 1, 10), [7, 1],
                 id="issue 23: a Wednesday deadline is reminded a week before and the day before"),
    pytest.param(datetime.date(2027, 3, 1), datetime.date(2027, 1, 10), [7, 3],
                 id="issue 23: a Monday deadline's second reminder is on the Friday, not the Sunday"),
    pytest.param(datetime.date(2027, 3, 30), datetime.date(2027, 1, 10), [7, 5],
                 id="issue 23: the Tuesday after Easter is reminded on the Thursday before Good Friday"),
    pytest.param(datetime.date(2027, 3, 3), datetime.date(2027, 2, 24), [1],
                 id="issue 23: a reminder on today's date or before is left out"),
    pytest.param(datetime.date(2027, 3, 3), datetime.date(2027, 3, 2), [],
                 id="issue 23: the day before the deadline has no reminder left to promise"),
    pytest.param(datetime.date(2026, 9, 7), datetime.date(2026, 7, 10), [10, 3],
                 id="issue 23: a week before Monday 7 September is the summer bank holiday, so the Friday before"),
    pytest.param(datetime.date(2027, 1, 4), datetime.date(2026, 11, 10), [11, 4],
                 id="issue 23: before Monday 4 January: Thursday 24 December (not the Boxing Day substitute) and Thursday 31 December (not New Year)"),
    pytest.param(datetime.date(2015, 1, 2), datetime.date(2014, 11, 1), [7, 1],
                 id="issue 23: before the bank-holiday data starts, the second reminder is the day before"),
])
def test_deadline_reminders(deadline, today, reminders):
    assert wording_deadlines.deadline_reminders(deadline, today) == reminders
