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
                 (LETTER, CERT, NOTE, PLAN, K, SCHOOL, EVIDENCE),
                 id="section I with health and social care: a certificate advised, and the note if I need one"),
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
                 "waiting-for-certificate", None, D(2027, 9, 10), (LETTER, CERT, NOTE, PLAN, K, EVIDENCE),
                 id="waiting, D 7 days away and the certificate overdue: the certificate, and the note if it does not come (W1)"),
    pytest.param(("c-ii",), {"decision": D(2027, 6, 15), "today": D(2027, 9, 20), "mediation_wanted": "no",
                             "adviser_contacted": D(2027, 8, 10)},
                 "certificate-overdue", None, D(2027, 9, 10), (LETTER, CERT, NOTE, PLAN, K, LATE, EVIDENCE),
                 id="legal read 2: overdue: D has passed: the note, and if it is late, the reasons (W6)"),
    pytest.param(("c-ii",), {"today": D(2027, 3, 8), "certificate_issued": D(2027, 1, 8)},
                 "deadline-passed", D(2027, 3, 4), None, (LETTER, CERT, PLAN, K, LATE, EVIDENCE),
                 id="late: the reasons it is late"),
    pytest.param(("c-iii",), {"today": D(2027, 3, 5)}, "deadline-passed", D(2027, 3, 4), None,
                 (LETTER, PLAN, K, SCHOOL, LATE, EVIDENCE), id="late, section I alone: the 2-month date"),
    pytest.param(("c-ii",), {"today": D(2027, 3, 5), "adviser_contacted": D(2027, 3, 5)},
                 "deadline-passed", D(2027, 3, 4), None, (LETTER, CERT, NOTE, PLAN, K, LATE, EVIDENCE),
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
    "health-social-care": ("Health and social care (sections D, G, H1 and H2): what is missing or wrong? What should "
                           "the Tribunal recommend? The Tribunal can only recommend changes here. The health body and "
                           "social care do not have to follow them."),
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

IN_TIME = ("The SEND Tribunal must receive your appeal by Thursday 4 March 2027. Send it early. To be safe, make "
           "sure it arrives before 5pm that day.")
RULE_20 = "https://www.legislation.gov.uk/uksi/2008/2699/rule/20"
#: Legal read 2, item 6: every status's date with its rule and the rule's link.
BASIS_2M = {"text": "This is 2 months after the decision letter was sent. This comes from the Tribunal\u2019s rules.",
            "provision": "HESC Rules 2008, rule 20(1)(c)(i)", "url": RULE_20}
BASIS_LATER = {"text": "This is 2 months after the decision letter was sent, or 1 month after the date on your "
                       "certificate, whichever is later. This comes from the Tribunal\u2019s rules.",
               "provision": "HESC Rules 2008, rule 20(1)(c)", "url": RULE_20}
BASIS_WAITING = {**BASIS_LATER, "text": BASIS_LATER["text"].replace("This is", "Your deadline is")}
SCOPE = ("This covers England only, for decisions made on or after 1 September 2014. It does not cover Wales, "
         "complaints or judicial review. It cannot tell you if the Tribunal will give you more time.")
#: Legal read 2, item 9: in time, who decides more time.
SCOPE_IN_TIME = ("This covers England only, for decisions made on or after 1 September 2014. It does not cover "
                 "Wales, complaints or judicial review. If you miss the deadline, the Tribunal decides whether to "
                 "give more time.")
RULES_CHECKED = "These rules were last checked in December 2026."
TAIL = [SCOPE_IN_TIME, RULES_CHECKED]
TAIL_LATE = [SCOPE, RULES_CHECKED]
SECTION_I = ("Your appeal is only about section I, so you do not need a mediation certificate. If you choose "
             "mediation, it does not stop your 2-month deadline.")
LATE_DATES = {"text": "The last day was Thursday 4 March 2027, so your appeal is late. Send it at once. Say it is "
                      "late, and ask the Tribunal for more time. Explain why it is late. The Tribunal decides: it is "
                      "not automatic.",
              "provision": "HESC Rules 2008, rule 5(3)(a)", "url": "https://www.legislation.gov.uk/uksi/2008/2699/rule/5"}
#: Legal read 2, item 5: late, mediation is no reason to wait.
SECTION_I_LATE = ("Your appeal is only about section I, so you do not need a mediation certificate. Do not wait for "
                  "mediation. Send your appeal now.")
WAITING = "You are waiting for your mediation certificate, so you are not late."
LATER_OF_4_MARCH = ("When it comes, your deadline is 1 month after the date on it, or Thursday 4 March 2027 if that "
                    "is later.")
BY_4_MARCH = "So, to be safe, make sure the Tribunal has your appeal by Thursday 4 March 2027."
WITHOUT = ("To appeal without a certificate you have to ask the Tribunal for permission. Its published advice is "
           "that it gives it only in exceptional circumstances. Keep chasing the certificate, and send your appeal "
           "{when} anyway.")
PLAN_NOTE = " Our page Make your plan can write this note for you."
LETTER_GAPS = ("If the decision letter did not tell you about your right to appeal, the time limit or mediation, say "
               "so. This can help.")
CHECKLIST = {
    LETTER: "The local authority\u2019s decision letter.",
    CERT: "Your mediation certificate.",
    NOTE: ("If it has not come, send a note with your appeal saying why you do not have it. "
           + WITHOUT.format(when="by the deadline") + PLAN_NOTE),
    PLAN: "The EHC plan: the latest final or amended plan.",
    K: "Every report listed in section K of the plan. If one is missing, send what you have and say which is missing.",
    SCHOOL: ("For section I: the name and address of the school or college you want. Say that you have contacted "
             "it, when, and what it said. If you cannot name one, say what type of school or college you want. If it "
             "is an independent school or college, get it to confirm in writing. It must say it can meet your "
             "child\u2019s needs and has a place."),
    LATE: "Why your appeal is late, on the form or a separate sheet. Ask the Tribunal for more time. " + LETTER_GAPS,
    EVIDENCE: "Any evidence you have now, such as reports and letters. You can send more later.",
}
#: Legal read 1, item 13: "school or college", and the needs in the appellant's voice.
SCHOOL_YOU = CHECKLIST[SCHOOL].replace("your child\u2019s needs", "your needs")
SCHOOL_ALTERNATIVE = CHECKLIST[SCHOOL].replace("your child\u2019s needs", "the young person\u2019s needs")
WHEN_IT_COMES = "Your mediation certificate, when it comes."
#: Legal read 2, item 3: what to tell the adviser; the note only as a condition, from the plan's note day.
ADVISED_LATE = ("Your mediation certificate. It is not settled whether you need one. To be safe, phone the mediation "
                "adviser now. Say you want to appeal, and whether you want mediation. If you do not want mediation, "
                "they should send you a certificate within 3 working days.")
ADVISED = ADVISED_LATE + " Mediation does not stop your 2-month deadline."
ADVISED_NOTE = ("Add a note. Say your appeal is only about section I and health and social care, and when you asked "
                "for a certificate. Say: \u201cIf I need a certificate, I ask permission to appeal without one.\u201d "
                "The Tribunal\u2019s published advice is that it gives this only in exceptional circumstances.")
ADVISED_NOTE_BY = "If it has not come by Thursday 25 February 2027, send your appeal anyway. " + ADVISED_NOTE
ADVISED_NOTE_NOW = "If you do not have it, do not wait for it. Send your appeal now. " + ADVISED_NOTE
RETURNED = ("If something is missing, the Tribunal may send your appeal back. Then your appeal has not started, but "
            "your deadline keeps running. So check the list on the form before you send it.")
#: Legal read 2, item 5.
RETURNED_LATE = ("If something is missing, the Tribunal may send your appeal back. Then your appeal has not started, "
                 "and it gets later every day. So check the list on the form before you send it.")
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
        "links": [GUIDE], "after_links": [], "plan_link": {"text": "Make your plan", "url": "../make-your-plan/"},
        "dates": [IN_TIME, BASIS_LATER, *TAIL],  # 1 month from 21 January is 22 February (a Monday): 4 March is later
        "checklist": [*(CHECKLIST[key] for key in (LETTER, CERT, PLAN, K)), SCHOOL_YOU, CHECKLIST[EVIDENCE]],
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
    assert display["dates"] == [IN_TIME, BASIS_LATER, *TAIL]
    assert display["checklist"] == [CHECKLIST[LETTER], CHECKLIST[CERT], CHECKLIST[EVIDENCE]]
    assert display["reasons"] == [reason("a")]


# Third legal read, M2: contacting the adviser on the last day still gives the month after the certificate.
CONTACT_FIRST = ("You need a mediation certificate first. Contact the mediation adviser now. Say you want to appeal, "
                 "and whether you want mediation. You must contact them by {day}. If that is not a working day, "
                 "contact them on the working day before. Then your deadline is {last_day}, or 1 month after the "
                 "date on your certificate if that is later. Make your plan tells you how.")


@pytest.mark.parametrize(("grounds", "answers", "dates"), [
    (("c-ii",), {"mediation_wanted": "no", "adviser_contacted": D(2027, 1, 8)},
     [WAITING, LATER_OF_4_MARCH, BY_4_MARCH, BASIS_WAITING, "Your certificate should come by Wednesday 13 January 2027.",
      *TAIL]),
    (("c-ii",), {"today": D(2027, 3, 8), "certificate_issued": D(2027, 1, 8)}, [LATE_DATES, BASIS_LATER, *TAIL_LATE]),
    (("c-ii",), {}, [IN_TIME, BASIS_2M, CONTACT_FIRST.format(day="Thursday 4 March 2027", last_day="Thursday 4 March 2027"), *TAIL]),
    (("c-ii",), {"decision": D(2027, 6, 15), "today": D(2027, 8, 20)},  # reg 33: 15 August; the deadline: 1 September
     ["The SEND Tribunal must receive your appeal by Wednesday 1 September 2027. Send it early. To be safe, make sure "
      "it arrives before 5pm that day.", BASIS_2M, "You need a mediation certificate, and the date to contact the "
      "mediation adviser has passed. Contact them now, and send your appeal by your deadline anyway.", *TAIL]),
    (("c-ii",), {"decision": D(2027, 6, 15), "today": D(2027, 8, 15)},
     ["The SEND Tribunal must receive your appeal by Wednesday 1 September 2027. Send it early. To be safe, make sure "
      "it arrives before 5pm that day.", BASIS_2M, CONTACT_FIRST.format(day="Sunday 15 August 2027", last_day="Wednesday 1 September 2027"), *TAIL]),
    (("c-ii",), ISSUED, [IN_TIME, BASIS_LATER, *TAIL]),
    (("c-ii",), {"mediation_wanted": "no", "adviser_contacted": D(2027, 1, 6), "today": D(2027, 1, 6)},
     [WAITING, LATER_OF_4_MARCH, BY_4_MARCH, BASIS_WAITING, "Your certificate should come by Monday 11 January 2027.",
      *TAIL]),
    (("other",), {}, []),
])
def test_the_dates_say_where_the_reader_stands(grounds, answers, dates):
    answers = dict(answers)
    decision, today = answers.pop("decision", D(2027, 1, 4)), answers.pop("today", D(2027, 1, 11))
    assert words.dates_text(appeal_pack(Situation(decision, today, grounds=grounds, **answers))) == dates


NOTE_NOW = ("If you still do not have it, send a note with your appeal saying why. " + WITHOUT.format(when="now")
            + PLAN_NOTE)


@pytest.mark.parametrize(("grounds", "answers", "expected"), [
    (("c-ii", "c-iii"), ISSUED, [CHECKLIST[key] for key in (LETTER, CERT, PLAN, K, SCHOOL, EVIDENCE)]),
    (("c-ii",), {}, [CHECKLIST[LETTER], WHEN_IT_COMES, CHECKLIST[PLAN], CHECKLIST[K], CHECKLIST[EVIDENCE]]),
    (("c-iii", "health-social-care"), {}, [CHECKLIST[LETTER], ADVISED, ADVISED_NOTE_BY, CHECKLIST[PLAN], CHECKLIST[K],
                                           CHECKLIST[SCHOOL], CHECKLIST[EVIDENCE]]),
    (("c-iii", "health-social-care"), ISSUED, [CHECKLIST[LETTER], CHECKLIST[CERT], CHECKLIST[PLAN], CHECKLIST[K],
                                               CHECKLIST[SCHOOL], CHECKLIST[EVIDENCE]]),
    (("f",), {"today": D(2027, 3, 5), "adviser_contacted": D(2027, 3, 5)},
     [CHECKLIST[LETTER], CHECKLIST[CERT], NOTE_NOW, *(CHECKLIST[key] for key in (PLAN, K, LATE, EVIDENCE))]),
])
def test_the_checklist_words_each_document(grounds, answers, expected):
    answers = dict(answers)
    today = answers.pop("today", D(2027, 1, 11))
    assert words.checklist(appeal_pack(Situation(D(2027, 1, 4), today, grounds=grounds, **answers))) == expected


# --- The independent legal read of December 2026 (/tmp/issue28/legal-read-1.md): one case per defect ---

ALTERNATIVE = ("On the form, say you are the alternative person for the young person. Say why: they cannot make this "
               "decision for themselves. If you are their deputy or hold a power of attorney, say so.")
SUMMER = {"decision": D(2027, 6, 15), "mediation_wanted": "no", "adviser_contacted": D(2027, 8, 10)}
TWELVE = {"decision": D(2027, 1, 4), "today": D(2027, 2, 20), "mediation_wanted": "yes",
          "adviser_contacted": D(2027, 1, 6), "la_told": D(2027, 1, 6)}
#: Legal read 2, item 8: the note puts the facts on record (W5), beside the certificate (item 8: as the JSON lists it).
#: Third legal read, M1: and it asks for permission in its own words (E5), so copying it alone is enough.
ASK = "I ask the Tribunal\u2019s permission to appeal without a certificate."
FACTS_5 = ("I told the mediation adviser on Tuesday 10 August 2027 that I want to appeal and do not want mediation. My "
           f"certificate was due by Friday 13 August 2027. It has not arrived. {ASK}")
NOTE_WAITING_FACTS = (f"If it has not come in time, send your appeal with a note. Say: \u201c{FACTS_5}\u201d "
                      + WITHOUT.format(when="by the deadline") + PLAN_NOTE)
NOTE_NOW_FACTS = (f"If you still do not have it, send a note with your appeal. Say: \u201c{FACTS_5}\u201d "
                  + WITHOUT.format(when="now") + PLAN_NOTE)
#: Legal read 2, item 2: situation 12, the safe date first, the 30 days (IPSEA's words, the regulations' Part 2), what to do.
TWELVE_DATES = [
    WAITING,
    "To be safe, make sure the Tribunal has your appeal by Thursday 4 March 2027. This date is safe whatever your "
    "certificate says. A certificate can give you more time, never less.",
    BASIS_WAITING,
    {"text": "IPSEA says the local authority must arrange mediation within 30 days. That was by Friday 5 February "
             "2027. Mediation was not held by then.", "provision": "SEND Regulations 2014, Part 2 (mediation)",
     "url": "https://www.legislation.gov.uk/uksi/2014/1530/part/2/crossheading/mediation"},
    "So ask the mediation adviser today for your certificate and the date on it. One may already have been issued, "
    "as early as Wednesday 6 January 2027.",
    "If 1 month after its date is later than Thursday 4 March 2027, you have until then. Do not wait for the meeting "
    "to appeal.",
    *TAIL]
LEGAL_READ_1 = [
    pytest.param(("c-iv", "health-social-care"), {}, "checklist",
                 [CHECKLIST[LETTER], ADVISED, ADVISED_NOTE_BY, CHECKLIST[PLAN], CHECKLIST[K], CHECKLIST[SCHOOL],
                  CHECKLIST[EVIDENCE]],
                 id="legal read 1: a certificate advised: phone the adviser now, and appeal by the deadline anyway"),
    pytest.param(("c-iii", "health-social-care"), {"today": D(2027, 3, 5)}, "checklist",
                 [CHECKLIST[LETTER], ADVISED_LATE, ADVISED_NOTE_NOW, CHECKLIST[PLAN], CHECKLIST[K], CHECKLIST[SCHOOL],
                  CHECKLIST[LATE],
                  CHECKLIST[EVIDENCE]],
                 id="legal read 1: a certificate advised, late: do not wait for it"),
    pytest.param(("c-ii",), {**SUMMER, "today": D(2027, 9, 20)}, "dates",
                 ["Your mediation certificate is overdue. It was due by Friday 13 August 2027.",
                  "Do not wait. Today, ask the mediation adviser for your certificate and the date on it. Your deadline "
                  "is 1 month after that date. If it is dated as early as it can be, your deadline was Friday 10 "
                  "September 2027. So it has probably passed. Send your appeal now, with the notes on the list below.",
                  BASIS_WAITING, *TAIL_LATE],
                 id="legal read 2: an overdue reader is told not to wait"),
    pytest.param(("c-ii",), {**SUMMER, "today": D(2027, 9, 20)}, "checklist",
                 [CHECKLIST[LETTER], CHECKLIST[CERT], NOTE_NOW_FACTS, CHECKLIST[PLAN], CHECKLIST[K],
                  "A note saying: \u201cIf my appeal is late, I ask the Tribunal to extend the time under rule 5(3)(a) "
                  "because \u2026\u201d Then give your reasons. " + LETTER_GAPS, CHECKLIST[EVIDENCE]],
                 id="legal read 2: an overdue reader asks for permission, and for more time if it is late"),
    pytest.param(("c-ii",), {**SUMMER, "today": D(2027, 9, 3)}, "dates",
                 [WAITING, "When it comes, your deadline is 1 month after the date on it. It could be dated as early "
                  "as Tuesday 10 August 2027, the day you told the mediation adviser.",
                  "So, to be safe, make sure the Tribunal has your appeal by Friday 10 September 2027.", BASIS_WAITING,
                  "Your certificate was due by Friday 13 August 2027. Contact the mediation adviser today and ask for it.",
                  *TAIL],
                 id="legal read 3: a waiting reader chases the certificate, and is told why D is the date"),
    pytest.param(("c-ii",), {**SUMMER, "today": D(2027, 9, 3)}, "checklist",
                 [CHECKLIST[LETTER], CHECKLIST[CERT], NOTE_WAITING_FACTS, CHECKLIST[PLAN], CHECKLIST[K], CHECKLIST[EVIDENCE]],
                 id="legal read 3: the note goes with the appeal, not instead of the certificate (W5)"),
    pytest.param(("c-i", "c-ii", "health-social-care"), ISSUED, "reasons",
                 [reason("c-i"), reason("c-ii"), reason("health-social-care")],
                 id="legal read 4: health and social care are recommendations, not binding"),
    pytest.param(("c-ii",), {"today": D(2027, 3, 8), "certificate_issued": D(2027, 1, 8)}, "checklist",
                 [CHECKLIST[LETTER], CHECKLIST[CERT], CHECKLIST[PLAN], CHECKLIST[K],
                  "Why your appeal is late, on the form or a separate sheet. Ask the Tribunal for more time. If the "
                  "decision letter did not tell you about your right to appeal, the time limit or mediation, say so. "
                  "This can help.", CHECKLIST[EVIDENCE]],
                 id="legal read 5: a late reader checks the decision letter"),
    pytest.param(("b",), ISSUED, "returned", RETURNED, id="legal read 6: a returned appeal's deadline keeps running"),
    pytest.param(("c-i", "c-ii", "health-social-care"), {**ISSUED, "appellant": "alternative-person"}, "after_links",
                 [ALTERNATIVE],
                 id="legal read 7: an alternative person says so, and why"),
    pytest.param(("c-iii",), {"appellant": "alternative-person"}, "checklist",
                 [CHECKLIST[LETTER], CHECKLIST[PLAN], CHECKLIST[K], SCHOOL_ALTERNATIVE, CHECKLIST[EVIDENCE]],
                 id="legal read 7: an alternative person's section I in their voice"),
    pytest.param(("f",), ISSUED, "dates", [IN_TIME, BASIS_LATER, *TAIL],
                 id="legal read 9: to be safe, before 5pm that day; legal read 12: the basis, the scope, the check"),
    pytest.param(("c-iii",), {}, "dates", [IN_TIME, BASIS_2M, SECTION_I, *TAIL],
                 id="legal read 10: section I alone needs no certificate, and mediation does not stop the 2 months"),
    pytest.param(("c-iii",), {"today": D(2027, 3, 15)}, "dates", [LATE_DATES, BASIS_2M, SECTION_I_LATE, *TAIL_LATE],
                 id="legal read 10: section I alone and late"),
    pytest.param(("c-i", "c-ii"), TWELVE, "dates",
                 TWELVE_DATES,
                 id="legal read 11: while the 2-month date is ahead, the later of the two, and mediation not arranged"),
    pytest.param(("c-ii",), {"today": D(2027, 1, 11)}, "dates",
                 [IN_TIME, BASIS_2M, CONTACT_FIRST.format(day="Thursday 4 March 2027", last_day="Thursday 4 March 2027"), *TAIL],
                 id="legal read 12: no certificate yet: the basis is the 2 months"),
    pytest.param(("c-ii", "c-iii"), {**ISSUED, "appellant": "young-person"}, "checklist",
                 [*(CHECKLIST[key] for key in (LETTER, CERT, PLAN, K)), SCHOOL_YOU, CHECKLIST[EVIDENCE]],
                 id="legal read 13: a young person: school or college, and your needs"),
    pytest.param(("c-ii",), {**SUMMER, "today": D(2027, 9, 3)}, "plan_link",
                 {"text": "Make your plan", "url": "../make-your-plan/"},
                 id="legal read 13: Make your plan is a link on the page"),
]


@pytest.mark.parametrize(("grounds", "answers", "part", "expected"), LEGAL_READ_1)
def test_each_defect_of_the_first_legal_read_stays_fixed(grounds, answers, part, expected):
    answers = dict(answers)
    decision, today = answers.pop("decision", D(2027, 1, 4)), answers.pop("today", D(2027, 1, 11))
    display = words.pack_display(appeal_pack(Situation(decision, today, grounds=grounds, **answers)))
    assert display[part] == expected


#: Legal read 1, item 8: what went wrong and how to put it right (GOV.UK), ending with a full stop.
TWO_FORMS = ("A refusal to assess goes on its own form, SEND35a. If you have two decisions, make two appeals. Prepare "
             "each one here on its own. Send each by its own deadline. Do not wait for one to finish before sending "
             "the other. If there is already an EHC plan, a refusal to assess again is a refusal to re-assess. Choose "
             "that instead. It goes on form SEND35.")


# --- The second independent legal read (/tmp/issue28/legal-read-2.md): one case per item ------------------

SITUATION_9 = {"grounds": ("c-iv", "health-social-care")}
NOTE_TWELVE = ("If it has not come by Thursday 25 February 2027, send your appeal with a note. Say: \u201cI told the "
               "local authority on Wednesday 6 January 2027 that I want mediation. It was not held within 30 days, by "
               f"Friday 5 February 2027. My certificate has not arrived. {ASK}\u201d " + WITHOUT.format(when="by the deadline"))
NO_RECOMMENDATIONS = ("The Tribunal cannot make health or social care recommendations in an appeal only about a refusal "
                      "to carry out an EHC needs assessment.")
LEGAL_READ_2 = [
    pytest.param(("c-i", "c-ii"), TWELVE, "checklist",
                 [CHECKLIST[LETTER], CHECKLIST[CERT], NOTE_TWELVE, CHECKLIST[PLAN], CHECKLIST[K], CHECKLIST[EVIDENCE]],
                 id="legal read 2.1: 30 days passed, no certificate: the note by the plan's note day, permission, keep chasing"),
    pytest.param(("c-i", "c-ii"), TWELVE, "dates", TWELVE_DATES,
                 id="legal read 2.2: the safe date first, the 30 days as IPSEA says them, ask today, no waiting for the meeting"),
    pytest.param(("c-iv", "health-social-care"), {}, "checklist",
                 [CHECKLIST[LETTER], ADVISED, ADVISED_NOTE_BY, CHECKLIST[PLAN], CHECKLIST[K], CHECKLIST[SCHOOL],
                  CHECKLIST[EVIDENCE]],
                 id="legal read 2.3: section I with health and social care: what to tell the adviser, the note as a condition"),
    pytest.param(("a", "c-ii"), {}, "error", TWO_FORMS,
                 id="legal read 2.4: two appeals, neither waits for the other"),
    pytest.param(("c-ii",), {"today": D(2027, 3, 8), "certificate_issued": D(2027, 1, 8)}, "returned", RETURNED_LATE,
                 id="legal read 2.5: late, a returned appeal gets later every day"),
    pytest.param(("c-iii",), {"today": D(2027, 3, 15)}, "dates", [LATE_DATES, BASIS_2M, SECTION_I_LATE, *TAIL_LATE],
                 id="legal read 2.5: late, section I alone: do not wait for mediation"),
    pytest.param(("c-ii",), {"today": D(2027, 3, 8), "certificate_issued": D(2027, 1, 8)}, "dates",
                 [LATE_DATES, BASIS_LATER, *TAIL_LATE],
                 id="legal read 2.6: a late date with rule 5(3)(a) and rule 20, each linked"),
    pytest.param(("c-i", "c-ii"), TWELVE, "dates_text",
                 [f"{BASIS_WAITING['text']} (HESC Rules 2008, rule 20(1)(c), {RULE_20})",
                  f"{TWELVE_DATES[3]['text']} (SEND Regulations 2014, Part 2 (mediation), {TWELVE_DATES[3]['url']})"],
                 id="legal read 2.6: waiting, rule 20 and the regulations' Part 2 in the text, each with its link"),
    pytest.param(("c-i", "c-ii", "health-social-care"), {**ISSUED, "appellant": "alternative-person"}, "text",
                 ["Appeal an EHC plan decision on GOV.UK: https://www.gov.uk/appeal-ehc-plan-decision", ALTERNATIVE],
                 id="legal read 2.7: the alternative person, no placeholder, after the GOV.UK link"),
    pytest.param(("c-ii",), {**SUMMER, "today": D(2027, 9, 3)}, "checklist",
                 [CHECKLIST[LETTER], CHECKLIST[CERT], NOTE_WAITING_FACTS, CHECKLIST[PLAN], CHECKLIST[K], CHECKLIST[EVIDENCE]],
                 id="legal read 2.8: the note puts the facts on record, and 'anyway' once"),
    pytest.param(("c-ii",), {**SUMMER, "today": D(2027, 9, 20)}, "attachments", (LETTER, CERT, NOTE, PLAN, K, LATE, EVIDENCE),
                 id="legal read 2.8: the JSON lists the certificate the text lists"),
    pytest.param(("a",), ISSUED, "dates", [IN_TIME, BASIS_LATER, SCOPE_IN_TIME, RULES_CHECKED],
                 id="legal read 2.9: in time, the Tribunal decides whether to give more time"),
    pytest.param(("c-iv", "health-social-care"), {"today": D(2027, 3, 15)}, "checklist",
                 [CHECKLIST[LETTER], ADVISED_LATE, ADVISED_NOTE_NOW, CHECKLIST[PLAN], CHECKLIST[K], CHECKLIST[SCHOOL],
                  CHECKLIST[LATE], CHECKLIST[EVIDENCE]],
                 id="legal read 2.10a: late, section I with health and social care: more time and, if needed, permission"),
    pytest.param(("a", "health-social-care"), {}, "paragraphs",
                 ["Use form SEND35a. It is for a refusal to carry out an EHC needs assessment.", ONLINE, NO_RECOMMENDATIONS],
                 id="legal read 2.10b: health and social care with a refusal to assess: no recommendations, as the certificate answer says"),
]


@pytest.mark.parametrize(("grounds", "answers", "part", "expected"), LEGAL_READ_2)
def test_each_item_of_the_second_legal_read_is_fixed(grounds, answers, part, expected):
    answers = dict(answers)
    decision, today = answers.pop("decision", D(2027, 1, 4)), answers.pop("today", D(2027, 1, 11))
    if part == "error":
        argv = [f"--ground={ground}" for ground in grounds]
        status, _, err = run("appeal-pack", "--decision-sent", decision.isoformat(), *argv, "--today", today.isoformat())
        assert (status, err) == (2, f"error: {expected}\n")
        return
    pack = appeal_pack(Situation(decision, today, grounds=grounds, **answers))
    display = words.pack_display(pack)
    if part == "attachments":
        assert pack.attachments == expected
    elif part in ("text", "dates_text"):  # consecutive lines of the command's text
        lines = words.pack_text(display).splitlines()
        assert lines[lines.index(expected[0]):lines.index(expected[0]) + len(expected)] == expected
    else:
        assert display[part] == expected
    if grounds == ("a", "health-social-care"):
        assert pack.reasons == ("a",)


def test_legal_read_8_two_decisions_are_two_appeals_each_with_its_own_deadline():
    status, _, err = run("appeal-pack", "--decision-sent", "2027-01-04", "--ground", "a", "--ground", "c-ii",
                         "--today", "2027-01-11")
    assert status == 2 and err == f"error: {TWO_FORMS}\n" and TWO_FORMS.endswith(".")


def test_no_appeal_says_so_and_a_discrimination_claim_is_sent_to_its_page():
    display = words.pack_display(appeal_pack(situation("other", "disability-discrimination")))
    assert display == {
        "heading": "Can you appeal to the SEND Tribunal?", "answer": "No",
        "paragraphs": ["The SEND Tribunal cannot hear an appeal about what you chose. So there is no appeal form to "
                       "fill in.", "A disability discrimination claim is not an appeal about a plan. It has its own "
                       "forms and time limit."],
        "links": [{"text": "Disability discrimination claims", "url": "../disability-discrimination-claims/"}],
        "after_links": [],
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
    assert refused == {"ok": False, "errors": [{"field": "grounds", "target": "grounds", "message": TWO_FORMS}]}
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
        "Your dates:", IN_TIME, f"{BASIS_LATER['text']} (HESC Rules 2008, rule 20(1)(c), {RULE_20})", *TAIL, "", "What to send with your form:", f"  - {CHECKLIST[LETTER]}",
        f"  - {CHECKLIST[CERT]}", f"  - {CHECKLIST[EVIDENCE]}", RETURNED, "", "Your reasons:", INTRO, SEPARATE,
        f"  1. {QUESTIONS['b']}"]) + "\n"
    status, out, _ = run("appeal-pack", "--decision-sent", "2027-01-04", "--ground", "other", "--today", "2027-01-11")
    assert status == 0 and out == ("Can you appeal to the SEND Tribunal? No\n\nThe SEND Tribunal cannot hear an "
                                   "appeal about what you chose. So there is no appeal form to fill in.\n")
    status, _, err = run("appeal-pack", "--decision-sent", "2027-01-04", "--ground", "a", "--ground", "f",
                         "--today", "2027-01-11")
    assert status == 2 and err == f"error: {TWO_FORMS}\n"


# --- Legal read 2, item 8: the JSON lists exactly what the text lists, over every status and ground ---------

import itertools  # noqa: E402

import test_calc_plan_grid as plan_grid  # noqa: E402 - the plan's grid of situations, shared

#: How each document's line in the text's "What to send" list opens.
OPENINGS = {
    LETTER: ("The local authority\u2019s decision letter.",),
    CERT: ("Your mediation certificate",),
    NOTE: ("If it has not come", "If you still do not have it", "If you do not have it"),
    PLAN: ("The EHC plan:",),
    K: ("Every report listed in section K",),
    SCHOOL: ("For section I:",),
    LATE: ("Why your appeal is late", "A note saying: \u201cIf my appeal is late"),
    EVIDENCE: ("Any evidence you have now",),
}


def listed(text):
    """The documents the text's list names, one key a line, each line naming exactly one."""
    if "What to send with your form:\n" not in text:
        return []
    lines = text.split("What to send with your form:\n")[1].split("\n")
    items = [line.removeprefix("  - ") for line in itertools.takewhile(lambda line: line.startswith("  - "), lines)]
    keys = [[key for key, openings in OPENINGS.items() if item.startswith(openings)] for item in items]
    assert all(len(found) == 1 for found in keys), list(zip(items, keys))
    return [found[0] for found in keys]


def grid_situations():
    for case, today in plan_grid.ALL_CELLS:
        if "a" in case["grounds"] and len(pack_rules.appealed(tuple(case["grounds"]))) > 1:
            continue  # refused: two decisions, two appeals
        fields = {key: value for key, value in case.items() if key not in ("grounds", "decision_sent")}
        yield Situation(case["decision_sent"], today, grounds=tuple(case["grounds"]), **fields)
    for ground, param in itertools.product(ALL_GROUNDS, STATUS_CASES):
        answers = dict(param.values[1])
        decision, today = answers.pop("decision", D(2027, 1, 4)), answers.pop("today", D(2027, 1, 11))
        yield Situation(decision, today, grounds=(ground, "health-social-care"), **answers)
        yield Situation(decision, today, grounds=(ground,), **answers)


def test_the_json_attachments_are_the_text_s_list_exactly_over_every_status_and_ground():
    statuses, grounds = set(), set()
    for s in grid_situations():
        pack = appeal_pack(s)
        text = words.pack_text(words.pack_display(pack))
        assert listed(text) == list(pack.attachments), (s, text)
        statuses.add(pack.status.status)
        grounds.update(s.grounds)
    assert statuses == set(plan_grid.STATUSES) and grounds == set(ALL_GROUNDS)
