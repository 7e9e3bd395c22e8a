"""Prepare your appeal (issue 28): the form, the documents to send, the plan's status and the questions.

Table tests over every ground and every status. The statuses and dates are the plan's (worked by hand
in test_calc_plan.py from the legal reference W1 to W6); the forms and documents follow the legal
reference E2 and E3 (GOV.UK, IPSEA, SEND Advice Surrey, CB SENDIASS). Every word the pack shows is
compared whole, so changing a constant, a comparison or a word of calculators/appeal_pack.py or
calculators/wording_appeal_pack.py fails a test here.
"""

import contextlib
import datetime
import io
import json

import pytest

from calculators import __main__ as command_line
from calculators import appeal_pack as pack_rules
from calculators import browser
from calculators import wording_appeal_pack as words
from calculators.appeal_pack import Situation, appeal_form, appeal_pack, appealed, attachments, reason_grounds, two_forms
from calculators.certificate import GROUNDS
from calculators.plan import plan_status

D = datetime.date
ALL_GROUNDS = tuple(ground.key for ground in GROUNDS)
CHECKED = "2026-12"


def situation(*grounds, decision=D(2027, 1, 4), today=D(2027, 1, 11), **answers):
    return Situation(decision, today, grounds=grounds, **answers)


# --- Which form, for every ground ------------------------------------------------------------------

FORMS = {"a": "SEND35a", "b": "SEND35", "c-i": "SEND35", "c-ii": "SEND35", "c-iii": "SEND35", "c-iv": "SEND35",
         "d": "SEND35", "e": "SEND35", "f": "SEND35", "health-social-care": None,
         "disability-discrimination": None, "other": None}


def test_the_table_names_every_ground():
    assert set(FORMS) == set(ALL_GROUNDS)
    assert pack_rules.REASON_GROUNDS == ("a", "b", "c-i", "c-ii", "c-iii", "c-iv", "d", "e", "f",
                                         "health-social-care")


@pytest.mark.parametrize("ground", ALL_GROUNDS)
def test_each_ground_alone_has_its_form(ground):
    assert appeal_form((ground,)) == FORMS[ground]
    assert appealed((ground,)) == ((ground,) if FORMS[ground] else ())


@pytest.mark.parametrize(("grounds", "form", "both"), [
    (("a",), "SEND35a", False),
    (("a", "health-social-care"), "SEND35a", False),
    (("a", "other", "disability-discrimination"), "SEND35a", False),
    (("a", "b"), "SEND35", True),
    (("a", "c-ii"), "SEND35", True),
    (("c-ii", "c-iii"), "SEND35", False),
    (("health-social-care", "other"), None, False),
    ((), None, False),
])
def test_a_refusal_to_assess_has_its_own_form_and_goes_with_no_other_decision(grounds, form, both):
    assert appeal_form(grounds) == form
    assert two_forms(grounds) is both


def test_the_grounds_appealed_come_in_the_form_s_order():
    assert appealed(("f", "other", "c-ii", "a", "c-iii")) == ("a", "c-ii", "c-iii", "f")


# --- What to send, for every status -------------------------------------------------------------

LETTER, CERT, NOTE, PLAN, K, SCHOOL, LATE, EVIDENCE = (
    "decision-letter", "mediation-certificate", "no-certificate-note", "ehc-plan", "section-k-reports",
    "school-contacted", "late-reasons", "evidence")
ISSUED = {"certificate_issued": D(2027, 1, 8)}
#: (grounds, answers, status, last_day, earliest_last_day, attachments)
STATUS_CASES = [
    pytest.param(("a",), ISSUED, "in-time", D(2027, 3, 4), None, (LETTER, CERT, EVIDENCE),
                 id="refusal to assess, certificate in hand: in time"),
    pytest.param(("b",), ISSUED, "in-time", D(2027, 3, 4), None, (LETTER, CERT, EVIDENCE),
                 id="refusal to issue: no plan to send"),
    pytest.param(("c-i",), ISSUED, "in-time", D(2027, 3, 4), None, (LETTER, CERT, PLAN, K, EVIDENCE),
                 id="section B: the plan and its section K reports"),
    pytest.param(("c-ii",), {}, "in-time", D(2027, 3, 4), None, (LETTER, CERT, PLAN, K, EVIDENCE),
                 id="section F, no contact yet: in time by the 2-month date, the certificate to come"),
    pytest.param(("c-iii",), {}, "in-time", D(2027, 3, 4), None, (LETTER, PLAN, K, SCHOOL, EVIDENCE),
                 id="section I alone: no certificate"),
    pytest.param(("c-iv",), {}, "in-time", D(2027, 3, 4), None, (LETTER, PLAN, K, SCHOOL, EVIDENCE),
                 id="no school named, alone: no certificate"),
    pytest.param(("c-iii", "health-social-care"), {}, "in-time", D(2027, 3, 4), None,
                 (LETTER, CERT, PLAN, K, SCHOOL, EVIDENCE),
                 id="section I with health and social care: a certificate advised"),
    pytest.param(("c-ii", "c-iii"), ISSUED, "in-time", D(2027, 3, 4), None, (LETTER, CERT, PLAN, K, SCHOOL, EVIDENCE),
                 id="sections F and I: the certificate and the school"),
    pytest.param(("d",), ISSUED, "in-time", D(2027, 3, 4), None, (LETTER, CERT, PLAN, K, EVIDENCE),
                 id="refusal to re-assess"),
    pytest.param(("e",), ISSUED, "in-time", D(2027, 3, 4), None, (LETTER, CERT, PLAN, K, EVIDENCE),
                 id="refusal to amend"),
    pytest.param(("f",), ISSUED, "in-time", D(2027, 3, 4), None, (LETTER, CERT, PLAN, K, EVIDENCE),
                 id="ceasing to maintain"),
    pytest.param(("c-ii",), {"mediation_wanted": "no", "adviser_contacted": D(2027, 1, 8)},
                 "waiting-for-certificate", None, D(2027, 3, 4), (LETTER, CERT, PLAN, K, EVIDENCE),
                 id="waiting, the certificate not yet due: the certificate"),
    pytest.param(("c-ii",), {"decision": D(2027, 6, 15), "today": D(2027, 9, 3), "mediation_wanted": "no",
                             "adviser_contacted": D(2027, 8, 10)},
                 "waiting-for-certificate", None, D(2027, 9, 10), (LETTER, NOTE, PLAN, K, EVIDENCE),
                 id="waiting, D 7 days away and the certificate overdue: the certificate or the note (W1)"),
    pytest.param(("c-ii",), {"decision": D(2027, 6, 15), "today": D(2027, 9, 20), "mediation_wanted": "no",
                             "adviser_contacted": D(2027, 8, 10)},
                 "certificate-overdue", None, D(2027, 9, 10), (LETTER, NOTE, PLAN, K, EVIDENCE),
                 id="overdue: D has passed: the certificate or the note"),
    pytest.param(("c-ii",), {"today": D(2027, 3, 8), "certificate_issued": D(2027, 1, 8)},
                 "deadline-passed", D(2027, 3, 4), None, (LETTER, CERT, PLAN, K, LATE, EVIDENCE),
                 id="late: the reasons it is late"),
    pytest.param(("c-iii",), {"today": D(2027, 3, 5)}, "deadline-passed", D(2027, 3, 4), None,
                 (LETTER, PLAN, K, SCHOOL, LATE, EVIDENCE), id="late, section I alone: the 2-month date"),
    pytest.param(("c-ii",), {"today": D(2027, 3, 5), "adviser_contacted": D(2027, 3, 5)},
                 "deadline-passed", D(2027, 3, 4), None, (LETTER, NOTE, PLAN, K, LATE, EVIDENCE),
                 id="late contact, no certificate: the note, and the reasons it is late"),
    pytest.param(("other",), {}, "no-appeal", None, None, (), id="no appeal: nothing to send"),
    pytest.param(("health-social-care",), {}, "no-appeal", None, None, (), id="health and social care alone"),
]


@pytest.mark.parametrize(("grounds", "answers", "status", "last_day", "earliest", "expected"), STATUS_CASES)
def test_each_status_has_the_plan_s_dates_and_only_the_documents_to_send(grounds, answers, status, last_day,
                                                                           earliest, expected):
    answers = dict(answers)
    decision, today = answers.pop("decision", D(2027, 1, 4)), answers.pop("today", D(2027, 1, 11))
    s = Situation(decision, today, grounds=grounds, **answers)
    pack = appeal_pack(s)
    assert (pack.status.status, pack.status.last_day, pack.status.earliest_last_day) == (status, last_day, earliest)
    assert pack.status == plan_status(s)
    assert pack.attachments == attachments(s, plan_status(s)) == expected
    assert pack.form == appeal_form(grounds)


def test_every_document_is_in_the_order_the_pack_lists_them():
    assert pack_rules.ATTACHMENTS == (LETTER, CERT, NOTE, PLAN, K, SCHOOL, LATE, EVIDENCE)
    assert pack_rules.PLAN_GROUNDS == ("c-i", "c-ii", "c-iii", "c-iv", "d", "e", "f")


@pytest.mark.parametrize("ground", ALL_GROUNDS)
def test_each_ground_alone_brings_the_plan_only_when_the_decision_is_about_one(ground):
    found = appeal_pack(situation(ground, **ISSUED)).attachments
    assert (PLAN in found, K in found) == ((ground in pack_rules.PLAN_GROUNDS,) * 2)
    assert (SCHOOL in found) == (ground in ("c-iii", "c-iv"))
    assert (CERT in found) == (FORMS[ground] is not None and ground not in ("c-iii", "c-iv"))


# --- The reasons: every ground, every voice ------------------------------------------------------

QUESTIONS = {
    "a": ("Why do you think your child has or may have special educational needs? And why may your child need "
          "special educational provision through an EHC plan?"),
    "b": "Why is the decision not to issue an EHC plan wrong?",
    "c-i": "Section B, the special educational needs: what is missing or wrong, and what should it say?",
    "c-ii": "Section F, the special educational provision: what is missing or wrong, and what should it say?",
    "c-iii": "Section I: which school or college do you want named, and why is it right for your child?",
    "c-iv": "Section I: which school or college do you want named, and why is it right for your child?",
    "d": "Why is the decision not to carry out a re-assessment wrong?",
    "e": "Why is the decision not to change the EHC plan wrong?",
    "f": "Why is the decision to stop maintaining the EHC plan wrong?",
    "health-social-care": "Health and social care: what is missing or wrong in the plan, and what should it say?",
}


@pytest.mark.parametrize("ground", pack_rules.REASON_GROUNDS)
def test_each_ground_has_the_question_the_tribunal_asks(ground):
    assert words.question(ground, "parent") == QUESTIONS[ground]


@pytest.mark.parametrize(("appellant", "a", "c_iii"), [
    ("parent", QUESTIONS["a"], QUESTIONS["c-iii"]),
    ("young-person", "Why do you think you have or may have special educational needs? And why may you need "
                     "special educational provision through an EHC plan?",
     "Section I: which school or college do you want named, and why is it right for you?"),
    ("alternative-person", "Why do you think the young person has or may have special educational needs? And why "
                           "may the young person need special educational provision through an EHC plan?",
     "Section I: which school or college do you want named, and why is it right for the young person?"),
])
def test_the_questions_are_in_the_appellant_s_voice(appellant, a, c_iii):
    assert words.question("a", appellant) == a
    assert words.question("c-iii", appellant) == c_iii
    assert words.question("c-ii", appellant) == QUESTIONS["c-ii"]


@pytest.mark.parametrize(("grounds", "expected"), [
    (("a",), ("a",)),
    (("a", "health-social-care"), ("a",)),  # no recommendations on a refusal to assess
    (("b", "health-social-care"), ("b", "health-social-care")),
    (("health-social-care", "c-iii", "c-ii"), ("c-ii", "c-iii", "health-social-care")),
    (("health-social-care",), ()),
    (("other", "disability-discrimination"), ()),
    (ALL_GROUNDS[1:], ("b", "c-i", "c-ii", "c-iii", "c-iv", "d", "e", "f", "health-social-care")),
])
def test_one_reasons_box_for_each_ground_appealed(grounds, expected):
    assert reason_grounds(grounds) == expected


# --- The words, whole ------------------------------------------------------------------------------

IN_TIME = ("The SEND Tribunal must receive your appeal by Thursday 4 March 2027. Send it early, and aim for it "
           "to arrive before 5pm.")
CHECKLIST = {
    LETTER: "The local authority\u2019s decision letter.",
    CERT: "Your mediation certificate.",
    NOTE: ("Your mediation certificate. If it does not come in time, send a note instead. Ask the Tribunal\u2019s "
           "permission to appeal without one, and say why you do not have it. Make your plan writes this note for you."),
    PLAN: "The EHC plan: the latest final or amended plan.",
    K: "Every report listed in section K of the plan. If one is missing, send what you have and say which is missing.",
    SCHOOL: ("For section I: the name and address of the school or college you want. Say that you have contacted "
             "it, when, and what it said. If you cannot name one, say what type of school you want. If it is an "
             "independent school or college, get it to confirm in writing that it can meet the needs and has a place."),
    LATE: "Why your appeal is late, on the form or a separate sheet. Ask the Tribunal for more time.",
    EVIDENCE: "Any evidence you have now, such as reports and letters. You can send more later.",
}
WHEN_IT_COMES = "Your mediation certificate, when it comes."
ADVISED = ("Your mediation certificate, if you have one. Your appeal is only about section I, but you also ask "
           "for health or social care recommendations. It is not settled whether you need it, so send it to be safe.")
RETURNED = ("If something is missing, your appeal may be sent back. It has not started until it is complete. So "
            "check the list on the form before you send it.")
SOURCES = [
    {"text": "GOV.UK: Appeal an EHC plan decision", "url": "https://www.gov.uk/appeal-ehc-plan-decision"},
    {"text": "IPSEA: How to submit an appeal about the contents of a plan",
     "url": "https://www.ipsea.org.uk/how-to-submit-an-appeal-contents-appeals"},
    {"text": "SEND Advice Surrey: the appeal process", "url": "https://sendadvicesurrey.org.uk/appeal-process-flow-chart/"},
    {"text": "SEND Advice Surrey: how to complete a SEND35", "url": "https://sendadvicesurrey.org.uk/how-to-complete-a-send-35/"},
    {"text": "SEND Advice Surrey: how to complete a SEND35a",
     "url": "https://sendadvicesurrey.org.uk/refusal-to-assess-appeal-form/"},
    {"text": "CB SENDIASS: filling out the SEND35 form",
     "url": "https://cbsendiass.org/send-tribunal-and-the-appeal-process/filling-out-the-send-35-form"},
]
GUIDE = {"text": "Appeal an EHC plan decision on GOV.UK", "url": "https://www.gov.uk/appeal-ehc-plan-decision"}
SEPARATE = ("The boxes on the form may not grow as you type. If your answer does not fit, write \u201csee separate "
            "sheet\u201d in the box. Then send your answer as a separate document.")
ONLINE = ("You can also appeal online. GOV.UK\u2019s guide has the forms and the online service. Forms change, so "
          "get yours there.")
INTRO = "Answer each question in your own words. Then copy each answer into the form or the online service."


def reason(ground, appellant="parent"):
    return {"ground": ground, "question": words.question(ground, appellant),
            "evidence": "The evidence for this (optional)",
            "evidence_hint": "For example, reports, letters or school records. Say which document shows what."}


def test_the_whole_pack_for_sections_f_and_i_after_mediation_young_person():
    s = situation("c-ii", "c-iii", appellant="young-person", mediation_wanted="yes", la_told=D(2027, 1, 5),
                  mediation_ended=D(2027, 1, 20), certificate_issued=D(2027, 1, 21), today=D(2027, 1, 25))
    assert words.pack_display(appeal_pack(s)) == {
        "heading": "Your appeal form:", "answer": "SEND35",
        "paragraphs": ["Use form SEND35. It is for every EHC appeal except a refusal to assess.", ONLINE],
        "links": [GUIDE],
        "dates": [IN_TIME],  # 1 month from 21 January is 22 February (a Monday): 4 March is later
        "checklist": [CHECKLIST[key] for key in (LETTER, CERT, PLAN, K, SCHOOL, EVIDENCE)],
        "returned": RETURNED,
        "reasons": [reason("c-ii", "young-person"), reason("c-iii", "young-person")],
        "reasons_intro": INTRO, "separate_sheet": SEPARATE, "sources": SOURCES,
        "announcement": "Your appeal pack is ready.", "rules_last_checked": "These rules were last checked in December 2026.",
    }


def test_the_whole_pack_for_a_refusal_to_assess_parent():
    display = words.pack_display(appeal_pack(situation("a", **ISSUED)))
    assert display["answer"] == "SEND35a"
    assert display["paragraphs"] == ["Use form SEND35a. It is for a refusal to carry out an EHC needs assessment.",
                                     ONLINE]
    assert display["dates"] == [IN_TIME]
    assert display["checklist"] == [CHECKLIST[LETTER], CHECKLIST[CERT], CHECKLIST[EVIDENCE]]
    assert display["reasons"] == [reason("a")]


@pytest.mark.parametrize(("grounds", "answers", "dates"), [
    (("c-ii",), {"mediation_wanted": "no", "adviser_contacted": D(2027, 1, 8)},
     ["You are waiting for your mediation certificate, so you are not late. When it comes, you have 1 month from "
      "the date on it. To be safe, make sure the Tribunal has your appeal by Thursday 4 March 2027."]),
    (("c-ii",), {"decision": D(2027, 6, 15), "today": D(2027, 9, 20), "mediation_wanted": "no",
                 "adviser_contacted": D(2027, 8, 10)},
     ["Your mediation certificate is overdue, and the earliest your deadline could be, Friday 10 September 2027, "
      "has passed. Ask for the certificate today, and the date on it. You have 1 month from that date. If that has "
      "passed too, send your appeal at once. Say it is late, and ask for more time."]),
    (("c-ii",), {"today": D(2027, 3, 8), "certificate_issued": D(2027, 1, 8)},
     ["The last day was Thursday 4 March 2027, so your appeal is late. Send it at once. Say it is late, and ask the "
      "Tribunal for more time. Explain why it is late. The Tribunal decides: it is not automatic (HESC Rules 2008, "
      "rule 5(3)(a))."]),
    (("c-iii",), {}, [IN_TIME]),
    (("c-ii",), {}, [IN_TIME, "You need a mediation certificate first. Contact the mediation adviser by Thursday 4 "
                              "March 2027. If that is not a working day, contact them on the working day before. Make "
                              "your plan tells you how."]),
    (("c-iii", "health-social-care"), {}, [IN_TIME]),  # advised, not needed: no "first"
    (("c-ii",), {"decision": D(2027, 6, 15), "today": D(2027, 8, 20)},  # reg 33: 15 August; the deadline: 1 September
     ["The SEND Tribunal must receive your appeal by Wednesday 1 September 2027. Send it early, and aim for it to "
      "arrive before 5pm.", "You need a mediation certificate, and the date to contact the mediation adviser has "
      "passed. Contact them now, and send your appeal by your deadline anyway."]),
    (("c-ii",), {"decision": D(2027, 6, 15), "today": D(2027, 8, 15)},
     ["The SEND Tribunal must receive your appeal by Wednesday 1 September 2027. Send it early, and aim for it to "
      "arrive before 5pm.", "You need a mediation certificate first. Contact the mediation adviser by Sunday 15 "
      "August 2027. If that is not a working day, contact them on the working day before. Make your plan tells you "
      "how."]),
    (("c-ii",), ISSUED, [IN_TIME]),
    (("c-ii",), {"mediation_wanted": "no", "adviser_contacted": D(2027, 1, 6), "today": D(2027, 1, 6)},
     ["You are waiting for your mediation certificate, so you are not late. When it comes, you have 1 month from "
      "the date on it. To be safe, make sure the Tribunal has your appeal by Thursday 4 March 2027."]),
    (("other",), {}, []),
])
def test_the_dates_say_where_the_reader_stands(grounds, answers, dates):
    answers = dict(answers)
    decision, today = answers.pop("decision", D(2027, 1, 4)), answers.pop("today", D(2027, 1, 11))
    assert words.dates_text(appeal_pack(Situation(decision, today, grounds=grounds, **answers))) == dates


@pytest.mark.parametrize(("grounds", "answers", "expected"), [
    (("c-ii", "c-iii"), ISSUED, [CHECKLIST[key] for key in (LETTER, CERT, PLAN, K, SCHOOL, EVIDENCE)]),
    (("c-ii",), {}, [CHECKLIST[LETTER], WHEN_IT_COMES, CHECKLIST[PLAN], CHECKLIST[K], CHECKLIST[EVIDENCE]]),
    (("c-iii", "health-social-care"), {}, [CHECKLIST[LETTER], ADVISED, CHECKLIST[PLAN], CHECKLIST[K],
                                           CHECKLIST[SCHOOL], CHECKLIST[EVIDENCE]]),
    (("c-iii", "health-social-care"), ISSUED, [CHECKLIST[LETTER], ADVISED, CHECKLIST[PLAN], CHECKLIST[K],
                                               CHECKLIST[SCHOOL], CHECKLIST[EVIDENCE]]),
    (("f",), {"today": D(2027, 3, 5), "adviser_contacted": D(2027, 3, 5)},
     [CHECKLIST[key] for key in (LETTER, NOTE, PLAN, K, LATE, EVIDENCE)]),
])
def test_the_checklist_words_each_document(grounds, answers, expected):
    answers = dict(answers)
    today = answers.pop("today", D(2027, 1, 11))
    assert words.checklist(appeal_pack(Situation(D(2027, 1, 4), today, grounds=grounds, **answers))) == expected


def test_no_appeal_says_so_and_a_discrimination_claim_is_sent_to_its_page():
    display = words.pack_display(appeal_pack(situation("other", "disability-discrimination")))
    assert display == {
        "heading": "Can you appeal to the SEND Tribunal?", "answer": "No",
        "paragraphs": ["The SEND Tribunal cannot hear an appeal about what you chose. So there is no appeal form to "
                       "fill in.", "A disability discrimination claim is not an appeal about a plan. It has its own "
                       "forms and time limit."],
        "links": [{"text": "Disability discrimination claims", "url": "../disability-discrimination-claims/"}],
        "dates": [], "checklist": [], "returned": "", "reasons": [], "reasons_intro": "", "separate_sheet": "",
        "sources": [], "announcement": "Your appeal pack is ready.",
        "rules_last_checked": "These rules were last checked in December 2026.",
    }
    assert words.pack_display(appeal_pack(situation("other")))["links"] == []
    with_claim = words.pack_display(appeal_pack(situation("c-ii", "disability-discrimination", **ISSUED)))
    assert with_claim["links"][1:] == display["links"] and with_claim["paragraphs"][2:] == display["paragraphs"][1:]


def test_each_form_and_document_carries_where_it_was_checked():
    assert set(pack_rules.SOURCES) == {*pack_rules.ATTACHMENTS, "SEND35", "SEND35a", "online", "returned",
                                       "separate-sheet", "a"}
    assert {url for urls in pack_rules.SOURCES.values() for url in urls} == {item["url"] for item in SOURCES}
    assert pack_rules.SOURCES["SEND35a"][0] == pack_rules.SOURCES["SEND35"][0] == "https://www.gov.uk/appeal-ehc-plan-decision"


# --- The browser entry point and the command, from the same Python ---------------------------------

def typed(day):
    return {"day": str(day.day), "month": str(day.month), "year": str(day.year)}


def test_the_browser_answer_has_the_result_keys_and_refuses_two_forms_at_once():
    request = {"decision_sent": typed(D(2027, 1, 4)), "grounds": ["a"], "appellant": "parent",
               "certificate_issued": typed(D(2027, 1, 8)), "today": "2027-01-11"}
    response = json.loads(browser.appeal_pack(json.dumps(request)))
    assert response["result"] == {
        "form": "SEND35a", "attachments": [LETTER, CERT, EVIDENCE], "status": "in-time", "last_day": "2027-03-04",
        "earliest_last_day": None, "reasons": [{"ground": "a", "question": QUESTIONS["a"]}], "rules_last_checked": CHECKED}
    refused = json.loads(browser.appeal_pack(json.dumps({**request, "grounds": ["a", "c-ii"]})))
    assert refused == {"ok": False, "errors": [{"field": "grounds", "target": "grounds", "message": (
        "A refusal to assess is appealed on its own form. Choose it on its own, or choose only the other things")}]}
    assert browser.appeal_pack(json.dumps(request)) == browser.answer("appeal_pack", json.dumps(request))


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = command_line.main(list(argv))
    return status, out.getvalue(), err.getvalue()


def test_the_command_prints_the_pack_as_json_and_as_text():
    status, out, _ = run("appeal-pack", "--decision-sent", "2027-01-04", "--ground", "c-iii", "--appellant",
                         "alternative-person", "--today", "2027-03-05", "--json")
    assert status == 0 and json.loads(out) == {
        "form": "SEND35", "attachments": [LETTER, PLAN, K, SCHOOL, LATE, EVIDENCE], "status": "deadline-passed",
        "last_day": "2027-03-04", "earliest_last_day": None,
        "reasons": [{"ground": "c-iii", "question": words.question("c-iii", "alternative-person")}],
        "rules_last_checked": CHECKED}
    status, out, _ = run("appeal-pack", "--decision-sent", "2027-01-04", "--ground", "b", "--certificate-issued",
                         "2027-01-08", "--today", "2027-01-11")
    assert status == 0 and out == "\n".join([
        "Your appeal form: SEND35", "", "Use form SEND35. It is for every EHC appeal except a refusal to assess.",
        ONLINE, "Appeal an EHC plan decision on GOV.UK: https://www.gov.uk/appeal-ehc-plan-decision", "",
        "Your dates:", IN_TIME, "", "What to send with your form:", f"  - {CHECKLIST[LETTER]}",
        f"  - {CHECKLIST[CERT]}", f"  - {CHECKLIST[EVIDENCE]}", RETURNED, "", "Your reasons:", INTRO, SEPARATE,
        f"  1. {QUESTIONS['b']}"]) + "\n"
    status, out, _ = run("appeal-pack", "--decision-sent", "2027-01-04", "--ground", "other", "--today", "2027-01-11")
    assert status == 0 and out == ("Can you appeal to the SEND Tribunal? No\n\nThe SEND Tribunal cannot hear an "
                                   "appeal about what you chose. So there is no appeal form to fill in.\n")
    status, _, err = run("appeal-pack", "--decision-sent", "2027-01-04", "--ground", "a", "--ground", "f",
                         "--today", "2027-01-11")
    assert status == 2 and err.startswith("error: A refusal to assess is appealed on its own form.")
