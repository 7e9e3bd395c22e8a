"""Every row of every decision table, every boundary date, and wording that follows the constants.

Expected values are written out here from the law (CFA 2014 ss.51, 55; the Recommendations Regs
2017; SEND Regs 2014 regs 42, 44; HESC r.12(3)(a)), never read back from the package's tables.
"""

import datetime
import itertools
import json

import pytest

from calculators import browser, limits, timeline, wording_timeline, working_days
from calculators.appeal_deadline import sen_appeal_deadline
from calculators.certificate import GROUND_KEYS, mediation_certificate_check
from calculators.discrimination import disability_discrimination_claim_deadline
from calculators.scope import DateError

D = datetime.date

# ---- The s.51(2) grounds: each row alone, and each row with health and social care -------------

SEN_APPEAL = ("a", "b", "c-i", "c-ii", "c-iii", "c-iv", "d", "e", "f")  # s.51(2)(a) to (f)
SECTION_I = ("c-iii", "c-iv")  # s.55(5): an appeal only about section I needs no certificate


@pytest.mark.parametrize("ground, alone, with_health", [
    # ground: (outcome, certificate required, mediation available, routes, where to go) alone,
    # then (outcome, recommendations possible) with "health-social-care" ticked too.
    pytest.param("a", ("certificate-required", True, True, ("sen-appeal",), ()),
                 ("certificate-required", False), id="(a) refusal to assess: certificate; no recommendations (Regs 2017 exclude (a))"),
    pytest.param("b", ("certificate-required", True, True, ("sen-appeal",), ()),
                 ("certificate-required", True), id="(b) refusal to issue a plan: certificate; recommendations possible"),
    pytest.param("c-i", ("certificate-required", True, True, ("sen-appeal",), ()),
                 ("certificate-required", True), id="(c)(i) section B: certificate; recommendations possible"),
    pytest.param("c-ii", ("certificate-required", True, True, ("sen-appeal",), ()),
                 ("certificate-required", True), id="(c)(ii) section F: certificate; recommendations possible"),
    pytest.param("c-iii", ("certificate-not-required", False, True, ("sen-appeal",), ()),
                 ("certificate-advised", True), id="(c)(iii) school named: no certificate alone; advised with health and care"),
    pytest.param("c-iv", ("certificate-not-required", False, True, ("sen-appeal",), ()),
                 ("certificate-advised", True), id="(c)(iv) no school named: no certificate alone; advised with health and care"),
    pytest.param("d", ("certificate-required", True, True, ("sen-appeal",), ()),
                 ("certificate-required", True), id="(d) refusal to re-assess: certificate; recommendations possible"),
    pytest.param("e", ("certificate-required", True, True, ("sen-appeal",), ()),
                 ("certificate-required", True), id="(e) refusal to amend: certificate; recommendations possible"),
    pytest.param("f", ("certificate-required", True, True, ("sen-appeal",), ()),
                 ("certificate-required", True), id="(f) ceasing the plan: certificate; recommendations possible"),
    pytest.param("health-social-care", ("not-appealable", False, True, ("not-appealable",),
                                        ("health-social-care-complaint", "sendiass")),
                 ("not-appealable", False), id="health and social care alone: mediation only, then a complaint"),
    pytest.param("disability-discrimination", ("discrimination-claim", False, False, ("discrimination-claim",), ()),
                 ("discrimination-claim", False), id="disability discrimination: a claim, no SEN mediation"),
    pytest.param("other", ("not-appealable", False, False, ("not-appealable",), ("school-or-la-complaint", "sendiass")),
                 ("not-appealable", False), id="anything else: not appealable, complain instead"),
])
def test_every_ground_alone_and_with_health_and_social_care(ground, alone, with_health):
    check = mediation_certificate_check([ground])
    assert (check.outcome, check.certificate_required, check.mediation_available, check.routes,
            check.where_to_go) == alone
    assert check.recommendations_possible is False and check.recommendations_asked is (ground == "health-social-care")
    both = mediation_certificate_check([ground, "health-social-care"])
    assert (both.outcome, both.recommendations_possible) == with_health
    assert both.recommendations_asked is True
    assert both.mediation_available is True  # health and social care can always be mediated (s.54)
    assert both.open_question == ("section-i-with-health-social-care" if ground in SECTION_I else None)


def certificate_oracle(given):
    """CFA 2014 ss.51, 55 and the Recommendations Regs 2017, re-stated for any set of grounds."""
    appeal = [g for g in SEN_APPEAL if g in given]
    asked = "health-social-care" in given
    if appeal:
        if all(g in SECTION_I for g in appeal):
            outcome = "certificate-advised" if asked else "certificate-not-required"
        else:
            outcome = "certificate-required"
    elif "disability-discrimination" in given:
        outcome = "discrimination-claim"
    else:
        outcome = "not-appealable"
    required = outcome in ("certificate-required", "certificate-advised")
    recommendations = asked and any(g != "a" for g in appeal)
    mediation = bool(appeal) or asked
    if appeal:
        where = ("school-or-la-complaint", "sendiass") if "other" in given else ()
    else:
        where = tuple(dict.fromkeys(
            key for g, keys in (("health-social-care", ("health-social-care-complaint", "sendiass")),
                                ("other", ("school-or-la-complaint", "sendiass")))
            if g in given for key in keys))
    return outcome, required, recommendations, mediation, where


def test_every_combination_of_grounds_follows_the_re_stated_law():
    """All 4,095 non-empty sets of ticked boxes."""
    for size in range(1, len(GROUND_KEYS) + 1):
        for given in itertools.combinations(GROUND_KEYS, size):
            check = mediation_certificate_check(given)
            assert (check.outcome, check.certificate_required, check.recommendations_possible,
                    check.mediation_available, check.where_to_go) == certificate_oracle(given), given
            assert check.grounds == tuple(g for g in GROUND_KEYS if g in given)
            units = {p.unit for p in check.provisions}
            assert ("section 55" in units) is any(g in SEN_APPEAL for g in given), given
            assert ("section 53" in units) is any(g in SEN_APPEAL for g in given), given
            assert ("section 54" in units) is ("health-social-care" in given), given


# ---- reg 44: every row of the time limits after a mediation agreement -------------------------

AGREED = D(2027, 3, 3)  # a Wednesday


@pytest.mark.parametrize("what, weeks", [
    pytest.param("cease-to-maintain-at-once", 0, id="stop maintaining the plan: at once"),
    pytest.param("continue-to-maintain-at-once", 0, id="keep maintaining the plan: at once"),
    pytest.param("assessment-tell-you", 2, id="an agreed assessment: tell you within 2 weeks"),
    pytest.param("amend-section-i-only", 2, id="change only section I: within 2 weeks"),
    pytest.param("make-plan-draft", 5, id="make a plan: the draft within 5 weeks"),
    pytest.param("amend-special-educational-provision", 5, id="change the provision: within 5 weeks"),
    pytest.param("assessment-decide-no-plan", 10, id="after an agreed assessment, no plan: within 10 weeks"),
    pytest.param("make-plan-final", 11, id="make a plan: the final plan within 11 weeks"),
    pytest.param("assessment-finalise-plan", 14, id="after an agreed assessment, the final plan within 14 weeks"),
])
def test_every_reg_44_row_is_dated_from_the_agreement(what, weeks):
    result = timeline.mediation_timeline(D(2027, 1, 4), today=D(2027, 3, 10), la_told=D(2027, 1, 8),
                                         agreement_made=AGREED)
    rows = [item for item in result.items if item.what == what]
    assert len(rows) == 1
    row = rows[0]
    assert (row.date, row.who, row.kind) == (AGREED + datetime.timedelta(weeks=weeks), "local-authority", "deadline")
    assert row.provision.unit == "regulation 44"
    assert row.facts == {"weeks": weeks, "condition": "if-agreed"}
    assert what in wording_timeline.WHAT_TEXT


def test_the_reg_44_rows_are_exactly_the_nine_in_the_regulation():
    result = timeline.mediation_timeline(D(2027, 1, 4), today=D(2027, 3, 10), la_told=D(2027, 1, 8),
                                         agreement_made=AGREED)
    assert sorted(item.what for item in result.items if item.provision.unit == "regulation 44") == sorted([
        "cease-to-maintain-at-once", "continue-to-maintain-at-once", "assessment-tell-you", "amend-section-i-only", "make-plan-draft",
        "amend-special-educational-provision", "assessment-decide-no-plan", "make-plan-final",
        "assessment-finalise-plan"])


@pytest.mark.parametrize("health, done_by, health_only", [
    pytest.param("", "local-authority-or-health-body", False, id="health not answered: the LA or ICB; reg 44 rows"),
    pytest.param("no", "local-authority", False, id="no health: the LA does what was agreed; reg 44 rows"),
    pytest.param("yes", "local-authority-or-health-body", False, id="health with other things: the LA or ICB; reg 44 rows"),
    pytest.param("only", "health-body", True, id="health only: the ICB, which tells the LA within 1 week; no reg 44"),
])
def test_reg_42_rows_after_an_agreement(health, done_by, health_only):
    result = timeline.mediation_timeline(D(2027, 1, 4), today=D(2027, 3, 10), la_told=D(2027, 1, 8),
                                         agreement_made=AGREED, health_included=health)
    by_what = {item.what: item for item in result.items}
    done = by_what["agreed-other-matters-done"]
    assert (done.date, done.who) == (D(2027, 3, 17), done_by)
    assert ("health-body-tells-la" in by_what) is health_only
    assert ("make-plan-final" in by_what) is not health_only
    if health_only:
        assert (by_what["health-body-tells-la"].date, by_what["health-body-tells-la"].who) == (D(2027, 3, 10), "health-body")
    assert "other-timescales-can-be-agreed" in result.notes
    assert ("reg-44-as-if-an-order" in result.notes) is not health_only


@pytest.mark.parametrize("health, arranged, who, told_by", [
    pytest.param("", ("mediation-arranged", D(2027, 2, 7)), "local-authority", None, id="health not answered: the LA arranges mediation in 30 days"),
    pytest.param("no", ("mediation-arranged", D(2027, 2, 7)), "local-authority", None, id="no health: the LA arranges mediation in 30 days"),
    pytest.param("yes", ("mediation-arranged", D(2027, 2, 7)), "local-authority", D(2027, 1, 13),
                 id="health with other things: the LA arranges it and tells the ICB within 3 working days"),
    pytest.param("only", ("health-body-arranges-mediation", D(2027, 2, 12)), "health-body", D(2027, 1, 13),
                 id="health only: the ICB has 30 days from the LA telling it (Wednesday 13 January)"),
])
def test_who_arranges_mediation_for_each_health_answer(health, arranged, who, told_by):
    result = timeline.mediation_timeline(D(2027, 1, 4), today=D(2027, 1, 20), la_told=D(2027, 1, 8),
                                         health_included=health)
    by_what = {item.what: item for item in result.items}
    what, day = arranged
    assert (by_what[what].date, by_what[what].who) == (day, who)
    assert ("la-tells-health-body" in by_what) is (told_by is not None)
    if told_by:
        assert by_what["la-tells-health-body"].date == told_by  # Friday 8 + 3 working days
    assert "notice-of-mediation-date" in result.notes
    assert ("deemed-certificate-if-not-arranged" in result.notes) is (health != "only")


# ---- HESC r.12(3)(a) in years where 31 August is itself a working day ---------------------------

@pytest.mark.parametrize("decision, certificate, last_day", [
    pytest.param(D(2021, 6, 15), None, D(2021, 9, 1), id="2021: ends Sunday 15 August; 31 August is a Tuesday, so Wednesday 1 September"),
    pytest.param(D(2017, 6, 30), None, D(2017, 9, 1), id="2017: ends 30 August; 31 August is a Thursday, so Friday 1 September"),
    pytest.param(D(2018, 6, 29), None, D(2018, 9, 3), id="2018: ends 29 August; 31 August is a Friday, so Monday 3 September"),
    pytest.param(D(2023, 6, 30), None, D(2023, 9, 1), id="2023: ends 30 August; 31 August is a Thursday, so Friday 1 September"),
    pytest.param(D(2027, 6, 1), None, D(2027, 9, 1), id="2027: ends 1 August; 31 August is a Tuesday, so Wednesday 1 September"),
    pytest.param(D(2024, 6, 30), None, D(2024, 9, 2), id="2024: 31 August is a Saturday, so Monday 2 September"),
    pytest.param(D(2022, 5, 1), D(2022, 7, 31), D(2022, 9, 1),
                 id="2022: a certificate period ending on Wednesday 31 August itself still moves to 1 September"),
    pytest.param(D(2016, 6, 10), None, D(2016, 9, 1), id="2016: 31 August is a Wednesday, so Thursday 1 September"),
    pytest.param(D(2028, 6, 12), None, D(2028, 9, 1), id="2028: 31 August is a Thursday, so Friday 1 September"),
])
def test_an_august_deadline_moves_past_a_working_31_august(decision, certificate, last_day):
    result = sen_appeal_deadline(decision, certificate, today=certificate or decision)
    assert working_days.is_working_day(D(decision.year, 8, 31)) is (decision.year != 2024)
    assert (result.last_day, result.window_rule) == (last_day, "august")


def test_a_discrimination_claim_ending_on_a_working_31_august_is_not_moved():
    result = disability_discrimination_claim_deadline(D(2022, 3, 1), today=D(2022, 3, 1), against="school")
    assert (result.last_day, result.last_working_day, result.last_day_not_working) == (D(2022, 8, 31), D(2022, 8, 31), None)
    assert "no-august-christmas-rule" in result.notes


# ---- Boundary dates -----------------------------------------------------------------------------

@pytest.mark.parametrize("decision, certificate, today, last_day, counted_from, outcome, days_left", [
    pytest.param(D(2026, 3, 10), D(2026, 3, 10), D(2026, 3, 10), D(2026, 5, 11), "decision", "in-time", 63,
                 id="a certificate issued the same day as the decision: the 2 months still count"),
    pytest.param(D(2026, 3, 10), None, D(2026, 3, 10), D(2026, 5, 11), "decision", "in-time", 63,
                 id="a decision sent today: 63 days counting today"),
    pytest.param(D(2026, 4, 10), D(2026, 5, 10), D(2026, 5, 10), D(2026, 6, 10), "decision", "in-time", 32,
                 id="a certificate whose month ends the same day as the 2 months: counted from the decision"),
    pytest.param(D(2026, 4, 10), D(2026, 5, 11), D(2026, 5, 11), D(2026, 6, 11), "certificate", "in-time", 32,
                 id="a certificate one day later gives one more day"),
    pytest.param(D(2026, 3, 9), None, D(2026, 5, 9), D(2026, 5, 11), "decision", "in-time", 3,
                 id="ends on Saturday 9 May: today is the Saturday, 3 days left to Monday"),
    pytest.param(D(2026, 3, 9), None, D(2026, 5, 11), D(2026, 5, 11), "decision", "last-day-today", 1,
                 id="on the last day itself"),
    pytest.param(D(2026, 3, 9), None, D(2026, 5, 12), D(2026, 5, 11), "decision", "deadline-passed", 0,
                 id="the day after the last day"),
])
def test_boundary_dates(decision, certificate, today, last_day, counted_from, outcome, days_left):
    result = sen_appeal_deadline(decision, certificate, today=today)
    assert (result.last_day, result.counted_from, result.outcome, result.days_left) == (
        last_day, counted_from, outcome, days_left)


@pytest.mark.parametrize("conduct, last_day, allowed", [
    pytest.param(D(2014, 9, 1), D(2015, 2, 28), True, id="conduct on 1 September 2014"),
    pytest.param(D(2014, 8, 31), D(2015, 2, 27), True, id="conduct on 31 August 2014 (the Equality Act, not the CFA 2014)"),
    pytest.param(D(2010, 9, 30), None, False, id="conduct before the Equality Act 2010 (1 October 2010) is refused"),
    pytest.param(D(2026, 8, 31), D(2027, 2, 27), True, id="conduct on 31 August: 6 months on is 28 February, so the day before"),
    pytest.param(D(2027, 8, 31), D(2028, 2, 28), True, id="conduct on 31 August 2027: 29 February 2028, so the 28th"),
])
def test_discrimination_boundary_dates(conduct, last_day, allowed):
    if not allowed:
        with pytest.raises(DateError):
            disability_discrimination_claim_deadline(conduct, today=D(2028, 1, 1), against="school")
        return
    result = disability_discrimination_claim_deadline(conduct, today=conduct, against="school")
    assert result.last_day == last_day


# ---- The browser's month names: each name is its own month, and nothing beyond December ------

MONTH_NAMES = [
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
    ("november", "nov"), ("december", "dec")]


def appeal_request(day, month, year, today="2026-11-28"):
    return json.loads(browser.appeal_deadline(json.dumps({
        "decision_sent": {"day": day, "month": month, "year": year},
        "certificate_issued": {"day": "", "month": "", "year": ""}, "today": today})))


@pytest.mark.parametrize("number, names", [pytest.param(n, names, id=f"{names[0]} is month {n}")
                                           for n, names in enumerate(MONTH_NAMES, start=1)])
def test_each_month_name_and_abbreviation_is_its_own_month(number, names):
    for name in names:
        for written in (name, name.upper(), name.title(), name + "."):
            response = appeal_request("1", written, "2025")
            assert response["ok"] is True, written
            assert response["result"]["decision_sent"] == D(2025, number, 1).isoformat(), written
    response = appeal_request("1", str(number), "2025")
    assert response["result"]["decision_sent"] == D(2025, number, 1).isoformat()


@pytest.mark.parametrize("month", [
    pytest.param("13", id="month 13"), pytest.param("0", id="month 0"), pytest.param("00", id="month 00"),
    pytest.param("Undecimber", id="a thirteenth month name"), pytest.param("decembre", id="a misspelt December"),
    pytest.param("ja", id="a 2-letter start of January"),
])
def test_month_names_beyond_december_are_not_real_dates(month):
    response = appeal_request("1", month, "2026")
    assert response["ok"] is False
    assert response["errors"] == [{"field": "decision_sent", "target": "decision-sent-month",
                                   "message": "Date on the decision letter must be a real date"}]


@pytest.mark.parametrize("day, ok", [pytest.param("31", True, id="day 31 in a 31-day month"),
                                     pytest.param("1", True, id="day 1"),
                                     pytest.param("0", False, id="day 0"),
                                     pytest.param("32", False, id="day 32")])
def test_day_numbers_at_the_edges(day, ok):
    response = appeal_request(day, "10", "2026")
    assert response["ok"] is ok
    if not ok:
        assert response["errors"][0]["target"] == "decision-sent-day"


@pytest.mark.parametrize("field", ["adviser_contacted", "la_told", "mediation_ended", "certificate_issued",
                                   "agreement_made"])
def test_a_timeline_date_on_the_same_day_as_the_decision_is_accepted(field):
    same = {"day": "4", "month": "1", "year": "2027"}
    response = json.loads(browser.mediation_timeline(json.dumps({
        "decision_sent": same, field: same, "today": "2027-01-11"})))
    assert response["ok"] is True, response
    day_before = {"day": "3", "month": "1", "year": "2027"}
    refused = json.loads(browser.mediation_timeline(json.dumps({
        "decision_sent": same, field: day_before, "today": "2027-01-11"})))
    assert refused["ok"] is False and refused["errors"][0]["field"] == field


# ---- Wording reads the constants it states -------------------------------------------------------

@pytest.mark.parametrize("text, limit", [
    pytest.param(wording_timeline.WHAT_TEXT["adviser-issues-certificate"], limits.ADVISER_CERTIFICATE, id="adviser's certificate"),
    pytest.param(wording_timeline.WHAT_TEXT["mediator-issues-certificate"], limits.MEDIATOR_CERTIFICATE, id="mediator's certificate"),
    pytest.param(wording_timeline.WHAT_TEXT["la-tells-health-body"], limits.LA_TELLS_HEALTH_BODY, id="LA tells the ICB"),
    pytest.param(wording_timeline.WHAT_TEXT["mediation-arranged"], limits.MEDIATION_ARRANGED, id="mediation arranged"),
    pytest.param(wording_timeline.WHAT_TEXT["mediation-arranged"], limits.DEEMED_CERTIFICATE, id="deemed certificate"),
    pytest.param(wording_timeline.TIMELINE_NOTES["deemed-certificate-if-not-arranged"], limits.DEEMED_CERTIFICATE, id="deemed certificate note"),
    pytest.param(wording_timeline.TIMELINE_NOTES["notice-of-mediation-date"], limits.NOTICE_OF_MEDIATION, id="notice of the mediation"),
    pytest.param(wording_timeline.WHAT_TEXT["agreed-other-matters-done"], limits.AGREED_OTHER_MATTERS, id="agreed other matters"),
    pytest.param(wording_timeline.WHAT_TEXT["health-body-tells-la"], limits.HEALTH_BODY_TELLS_LA, id="ICB tells the LA"),
])
def test_the_wording_states_the_limit_it_is_about(text, limit):
    assert f"within {limit.text}" in text or f"at least {limit.text}" in text


def test_the_legal_numbers_are_the_ones_in_the_law_and_the_guidance():
    """HESC r.20, SEND Regs 2014 reg 33, Part 2 and reg 42 (MED where from guidance), EqA 2010: written out here."""
    assert {name: (limit.amount, limit.unit) for name, limit in limits.all_limits().items()
            if not name.startswith("REG_44")} == {
        "APPEAL_AFTER_DECISION": (2, "months"), "APPEAL_AFTER_CERTIFICATE": (1, "months"),
        "CONTACT_ADVISER": (2, "months"), "ADVISER_CERTIFICATE": (3, "working days"),
        "MEDIATION_ARRANGED": (30, "days"), "LA_TELLS_HEALTH_BODY": (3, "working days"),
        "DEEMED_CERTIFICATE": (3, "working days"), "NOTICE_OF_MEDIATION": (5, "working days"),
        "MEDIATOR_CERTIFICATE": (3, "working days"), "AGREED_OTHER_MATTERS": (2, "weeks"),
        "HEALTH_BODY_TELLS_LA": (1, "weeks"), "CLAIM_TO_TRIBUNAL": (6, "months"), "CLAIM_TO_COUNTY_COURT": (6, "months")}
    assert working_days.WEEKEND_DAYS == {5, 6}
