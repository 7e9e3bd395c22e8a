"""The messages: filled in with dates worked out by the calculators (bank holidays, August, Christmas), with their provisions.

Expected dates come from the law, counted by hand with the official bank-holiday list:
3 working days (SEND Regs 2014 Part 2, guidance), 30 calendar days, reg 42 weeks, and the appeal
deadline of HESC rule 20(1)(c) with rule 12's August and Christmas windows.
"""

import dataclasses
import datetime
import json

import pytest

from calculators import browser
from calculators.__main__ import main
from calculators.letter_parts import deadline_sentence
from calculators.letters import GUIDANCE_TIME_LIMITS, KINDS, LetterNotPossible, Situation, letter, letters_needed, why_not_needed

D = datetime.date


@pytest.mark.parametrize("kind, situation, phrases", [
    pytest.param("adviser-contact",
                 Situation(D(2026, 12, 1), D(2026, 12, 24), grounds=("c-ii",), mediation_wanted="no"),
                 ["Please send me a mediation certificate",
                  "if this reaches you today, by Thursday 31 December 2026",
                  "The 2 months end on Monday 1 February 2027",
                  "must receive my appeal by the later of two dates. These are Monday 1 February 2027"],
                 id="no mediation, written on Christmas Eve: the certificate skips Christmas and the Boxing Day substitute"),
    pytest.param("adviser-contact",
                 Situation(D(2026, 6, 15), D(2026, 6, 20), grounds=("c-i", "c-ii"), mediation_wanted="yes"),
                 ["I want mediation", "- the special educational needs in the plan (section B)",
                  "The 2 months end on Saturday 15 August 2026",
                  "must receive my appeal by the later of two dates. These are Tuesday 1 September 2026"],
                 id="a deadline in August moves past 31 August and the summer bank holiday"),
    pytest.param("adviser-contact",
                 Situation(D(2026, 10, 25), D(2026, 11, 2), grounds=("a",)),
                 ["I have not decided yet whether I want mediation",
                  "so that I can tell you my decision as soon as I can",
                  "must receive my appeal by the later of two dates. These are Monday 4 January 2027"],
                 id="a deadline on Christmas Day moves past 1 January"),
    pytest.param("adviser-contact",
                 Situation(D(2026, 10, 1), D(2026, 12, 10), grounds=("c-ii",), mediation_wanted="no"),
                 ["The 2 months after the decision letter ended on Tuesday 1 December 2026",
                  "Please still issue a mediation certificate"],
                 id="contact after the 2 months is said plainly, not hidden"),
    pytest.param("la-mediation-request",
                 Situation(D(2026, 12, 1), D(2026, 12, 24), grounds=("c-ii", "health-social-care"),
                           mediation_wanted="yes", health_included="yes"),
                 ["Regulation 32(e)", "The health care provision I want is: [describe",
                  "you should tell it within 3 working days of hearing from me: if this reaches you today, by Thursday 31 December 2026",
                  "within 30 days: if this reaches you today, by Saturday 23 January 2027",
                  "at least 5 working days before it"],
                 id="asking for mediation with health on Christmas Eve: ICB told by 31 December, mediation within 30 calendar days"),
    pytest.param("certificate-chase",
                 Situation(D(2026, 7, 1), D(2026, 9, 7), mediation_wanted="yes",
                           la_told=D(2026, 8, 3), mediation_ended=D(2026, 8, 28)),
                 ["Our mediation ended on Friday 28 August 2026",
                  "within 3 working days of the end of the mediation. Those 3 working days ended on Thursday 3 September 2026"],
                 id="mediation ending before the August bank holiday: the mediator's 3 working days skip it"),
    pytest.param("certificate-chase",
                 Situation(D(2027, 1, 25), D(2027, 4, 6), adviser_contacted=D(2027, 3, 25), mediation_wanted="no"),
                 ["On Thursday 25 March 2027 I told you I want to appeal", "within 3 working days. Those 3 working days ended on Thursday 1 April 2027"],
                 id="told the adviser before Easter: Good Friday and Easter Monday are not working days"),
    pytest.param("mediation-not-arranged",
                 Situation(D(2027, 1, 4), D(2027, 2, 11), mediation_wanted="yes", la_told=D(2027, 1, 11)),
                 ["On Monday 11 January 2027 I told the local authority",
                  "within 30 days. Those days ended on Wednesday 10 February 2027", "Please issue my mediation certificate now"],
                 id="30 calendar days after telling the local authority"),
    pytest.param("agreement-deadlines",
                 Situation(D(2026, 11, 2), D(2026, 12, 22), mediation_wanted="yes", la_told=D(2026, 11, 3),
                           agreement_made=D(2026, 12, 21)),
                 ["by Monday 4 January 2027 (regulation 42(3))",
                  "- If you agreed to make an EHC plan: send me the draft plan: by Monday 25 January 2027",
                  "- If we agreed that the plan should stop: stop maintaining it: immediately",
                  "regulation 42(5)"],
                 id="an agreement just before Christmas: 2 weeks and 5 weeks count every day"),
    pytest.param("tribunal-no-certificate",
                 Situation(D(2027, 1, 4), D(2027, 3, 10), grounds=("c-ii",), mediation_wanted="no",
                           adviser_contacted=D(2027, 3, 1)),
                 ["My mediation certificate has not arrived. I am sending my appeal now",
                  "I contacted the mediation adviser on Monday 1 March 2027, within 2 months of the decision letter",
                  "Those days ended on Thursday 4 March 2027. I have not received it",
                  "I am sending my appeal now, so that it reaches the Tribunal in time. I ask the Tribunal for permission to appeal without a mediation certificate.",
                  "I will send the certificate as soon as it arrives."],
                 id="W1: a reader who contacted the adviser in time is waiting, not late: the note gives the reasons with their dates"),
    pytest.param("tribunal-no-certificate",
                 Situation(D(2027, 1, 4), D(2027, 3, 10), grounds=("c-ii",), mediation_wanted="no",
                           adviser_contacted=D(2027, 3, 8)),
                 ["GOV.UK says that if you do not have a mediation certificate, you need to tell the Tribunal why",
                  "I contacted the mediation adviser on Monday 8 March 2027, after the 2 months ended on Thursday 4 March 2027. This is why: [explain why]",
                  "My appeal is late",
                  "extend the time for my appeal under rule 5(3)(a)",
                  "I also ask for permission to appeal without a mediation certificate",
                  "regulation 32 of the SEND Regulations 2014"],
                 id="W5, W6: late contact and a passed deadline: more time under rule 5(3)(a), and permission"),
    pytest.param("tribunal-late-appeal",
                 Situation(D(2027, 1, 4), D(2027, 4, 20), grounds=("c-ii",), mediation_wanted="no",
                           adviser_contacted=D(2027, 1, 8), certificate_issued=D(2027, 3, 15)),
                 ["My appeal is late. The deadline for my appeal was Thursday 15 April 2027, 1 month after the date on my mediation certificate (Monday 15 March 2027).",
                  "extend the time for my appeal under rule 5(3)(a)", "[Explain why your appeal is late.]"],
                 id="M5: a late reader with a certificate asks for more time under rule 5(3)(a)"),
    pytest.param("tribunal-no-certificate",
                 Situation(D(2027, 1, 4), D(2027, 3, 10), grounds=("c-ii",)),
                 ["I did not contact the mediation adviser within 2 months of the decision letter. The 2 months ended on Thursday 4 March 2027. I contacted them on [date you contacted them]. This is why I did not contact them sooner: [explain why]."],
                 id="no contact at all: the reader explains why in their own words"),
])
def test_message_text(kind, situation, phrases):
    message = letter(kind, situation)
    for phrase in phrases:
        assert phrase in message.text
    assert "[Your name]" in message.text


@pytest.mark.parametrize("kind", [pytest.param(kind, id=f"{kind} has a subject, placeholders and cited provisions") for kind in KINDS])
def test_every_message_has_subject_text_provisions_and_guidance_wording(kind):
    situation = Situation(D(2027, 1, 4), D(2027, 2, 15), grounds=("c-ii", "health-social-care"),
                          mediation_wanted="no", health_included="yes", adviser_contacted=D(2027, 1, 8),
                          la_told=D(2027, 1, 8), mediation_ended=D(2027, 2, 5), agreement_made=D(2027, 2, 5))
    if kind == "tribunal-late-appeal":  # only once the deadline (here from the certificate) has passed
        situation = dataclasses.replace(situation, certificate_issued=D(2027, 2, 8), today=D(2027, 3, 15))
    data = letter(kind, situation).as_dict()
    assert data["subject"] and "[Child's name]" in data["subject"]
    assert data["provisions"] and all(p["url"].startswith("https://www.legislation.gov.uk/") for p in data["provisions"])
    from_guidance = {p.citation for p in GUIDANCE_TIME_LIMITS}
    if any(p["citation"] in from_guidance for p in data["provisions"]):
        assert any(note.startswith("Some time limits in this message come from guidance") for note in data["notes"])
    if any(p["citation"] in from_guidance and p["citation"] != "SEND Regulations 2014, regulation 44"
           for p in data["provisions"]):
        assert "Guidance" in data["text"] or "guidance" in data["text"]


#: W8: each person's header line, first sentence and the name in the subject, written out here.
VOICES = [
    pytest.param("parent", "Child: [Child's name], born [date of birth]", "I am the parent of [Child's name].",
                 "[Child's name]", id="a parent writes as the parent of [Child's name]"),
    pytest.param("young-person", "Young person: [Your name], born [date of birth]",
                 "I am [Your name], the young person this decision is about.", "[Your name]",
                 id="a young person writes in their own name, never about [Child's name]"),
    pytest.param("alternative-person", "Young person: [Young person's name], born [date of birth]",
                 "I am [Your name], writing as the alternative person for [Young person's name] (section 80 of "
                 "the Children and Families Act 2014).", "[Young person's name]",
                 id="an alternative person writes for the young person, citing section 80"),
]


@pytest.mark.parametrize("appellant, about, opening, name", VOICES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_message_speaks_in_the_voice_of_the_person_appealing(kind, appellant, about, opening, name):
    situation = Situation(D(2027, 1, 4), D(2027, 2, 15), grounds=("c-ii", "health-social-care"),
                          mediation_wanted="no", health_included="yes", adviser_contacted=D(2027, 1, 8),
                          la_told=D(2027, 1, 8), mediation_ended=D(2027, 2, 5), agreement_made=D(2027, 2, 5),
                          appellant=appellant)
    if kind == "tribunal-late-appeal":
        situation = dataclasses.replace(situation, certificate_issued=D(2027, 2, 8), today=D(2027, 3, 15))
    message = letter(kind, situation)
    assert about in message.text.splitlines() and opening in message.text.splitlines()
    assert message.subject.endswith(f"({name})")
    if appellant != "parent":
        assert "[Child's name]" not in message.text + message.subject and "parent" not in message.text


@pytest.mark.parametrize("appellant", ["parent", "young-person", "alternative-person"])
def test_the_command_line_and_the_page_take_who_is_appealing(capsys, appellant):
    assert main(["letter", "adviser-contact", "--appellant", appellant, "--decision-sent", "2027-01-04",
                 "--ground", "c-ii", "--mediation-wanted", "no", "--today", "2027-01-11", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    response = json.loads(browser.letter(json.dumps({
        "kind": "adviser-contact", "appellant": appellant, "decision_sent": {"day": "4", "month": "1", "year": "2027"},
        "grounds": ["c-ii"], "mediation_wanted": "no", "today": "2027-01-11"})))
    assert response["result"] == printed


def test_who_is_appealing_left_out_is_a_parent_but_left_blank_on_the_form_is_asked():
    base = {"kind": "adviser-contact", "decision_sent": {"day": "4", "month": "1", "year": "2027"},
            "grounds": ["c-ii"], "today": "2027-01-11"}
    assert "I am the parent of" in json.loads(browser.letter(json.dumps(base)))["result"]["text"]
    errors = json.loads(browser.letter(json.dumps({**base, "appellant": ""})))["errors"]
    assert errors == [{"field": "appellant", "target": "appellant", "message": "Select who is appealing"}]


@pytest.mark.parametrize("situation, kinds", [
    pytest.param(Situation(D(2027, 1, 4), D(2027, 1, 11), grounds=("c-ii",), mediation_wanted="yes"),
                 ["adviser-contact", "la-mediation-request", "mediation-not-arranged"],
                 id="the worked example: section F, mediation wanted, nothing sent yet (M1: no note to the Tribunal while a certificate can come in time)"),
    pytest.param(Situation(D(2027, 1, 4), D(2027, 1, 11), grounds=("c-ii",), mediation_wanted="no"),
                 ["adviser-contact", "certificate-chase"],
                 id="no mediation: contact the adviser, chase the certificate if it is late"),
    pytest.param(Situation(D(2027, 1, 4), D(2027, 1, 11), grounds=("c-iii",)),
                 [], id="section I alone needs no certificate and no messages"),
    pytest.param(Situation(D(2027, 1, 4), D(2027, 1, 11), grounds=("other",)),
                 [], id="nothing the Tribunal can hear: no messages"),
    pytest.param(Situation(D(2027, 1, 4), D(2027, 3, 1), grounds=("c-ii",), mediation_wanted="yes",
                           la_told=D(2027, 1, 11), adviser_contacted=D(2027, 1, 11),
                           agreement_made=D(2027, 2, 26), certificate_issued=D(2027, 2, 26)),
                 ["agreement-deadlines"], id="after an agreement with a certificate: only the agreement's deadlines"),
])
def test_messages_needed(situation, kinds):
    assert [message.kind for message in letters_needed(situation)] == kinds


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_letter_command_line_json_keys(capsys):
    status, out, err = run(capsys, "letter", "adviser-contact", "--decision-sent", "2027-01-04",
                           "--mediation-wanted", "no", "--ground", "c-ii", "--today", "2027-01-11", "--json")
    assert (status, err) == (0, "")
    result = json.loads(out)
    assert {"subject", "text", "provisions"} <= set(result)
    assert "by Thursday 14 January 2027" in result["text"]


def test_letter_command_line_prints_subject_and_text(capsys):
    status, out, err = run(capsys, "letter", "mediation-not-arranged", "--decision-sent", "2027-01-04",
                           "--ground", "c-ii", "--la-told", "2027-01-11", "--today", "2027-02-11")
    assert (status, err) == (0, "")
    assert out.startswith("Subject: Mediation not arranged within 30 days")


@pytest.mark.parametrize("argv, words", [
    pytest.param(["letter", "agreement-deadlines", "--decision-sent", "2027-01-04", "--ground", "c-ii", "--today", "2027-01-11"],
                 "Enter the date of the mediation agreement", id="a message that needs a date says which"),
    pytest.param(["letter", "adviser-contact", "--decision-sent", "2027-02-30", "--ground", "c-ii", "--today", "2027-03-11"],
                 "Date on the decision letter must be a real date", id="a date that does not exist"),
    pytest.param(["letter", "adviser-contact", "--decision-sent", "2027-01-04", "--ground", "c-ii", "--la-told", "2027-01-01",
                  "--today", "2027-03-11"],
                 "must be the same as or after the date on the decision letter", id="a date before the decision"),
    pytest.param(["letter", "no-such-letter", "--decision-sent", "2027-01-04"], "invalid choice",
                 id="an unknown message"),
    pytest.param(["letter", "adviser-contact", "--decision-sent", "2027-01-04", "--ground", "c-iii",
                  "--mediation-wanted", "no", "--today", "2027-01-11"],
                 "Your appeal is only about section I (the school or type of school named, or that none is named), so "
                 "you do not need a mediation certificate or this message. Do not wait for one: mediation does not "
                 "stop your 2-month deadline",
                 id="issue 21: section I alone asking the adviser for a certificate: refused, as the plan never asks"),
    pytest.param(["letter", "adviser-contact", "--decision-sent", "2027-01-04", "--ground", "c-ii",
                  "--mediation-wanted", "yes", "--certificate-issued", "2027-02-08", "--today", "2027-03-20"],
                 "You have entered the date on your mediation certificate, so you do not need this message",
                 id="issue 21: contacting the adviser with a certificate already dated: refused, not 'something went wrong'"),
    pytest.param(["letter", "la-mediation-request", "--decision-sent", "2027-01-04", "--ground", "c-ii",
                  "--mediation-wanted", "yes", "--mediation-ended", "2027-02-05", "--today", "2027-03-20"],
                 "You have entered the date your mediation ended, so you do not need this message",
                 id="issue 21: asking for mediation after it ended: refused, not 'something went wrong'"),
    pytest.param(["letter", "adviser-contact", "--decision-sent", "2027-01-04", "--ground", "disability-discrimination",
                  "--mediation-wanted", "yes", "--today", "2027-01-11"],
                 "The SEND Tribunal cannot hear an appeal about what you chose, so you do not need a mediation "
                 "certificate or this message",
                 id="issue 21: a discrimination claim has no SEN mediation: no message to the adviser"),
    pytest.param(["letter", "tribunal-no-certificate", "--decision-sent", "2027-01-04", "--ground",
                  "disability-discrimination", "--today", "2027-03-20"],
                 "A disability discrimination claim needs no certificate and has its own deadline: 6 months from "
                 "the discrimination",
                 id="issue 21: a discrimination claim asking the Tribunal about a certificate: refused"),
    pytest.param(["letter", "certificate-chase", "--decision-sent", "2027-01-04", "--ground", "c-ii",
                  "--mediation-wanted", "no", "--mediation-ended", "2027-02-10", "--la-told", "2027-01-10",
                  "--adviser-contacted", "2027-01-10", "--today", "2027-03-20"],
                 "You said you do not want mediation, but you entered the date the mediation ended. If you had "
                 "mediation, answer \u2018Yes\u2019", id="issue 21: 'no mediation' with a date mediation ended: refused"),
    pytest.param(["letter", "adviser-contact", "--decision-sent", "2027-01-04", "--today", "2027-01-11"],
                 "--ground", id="issue 21: no grounds: refused (the plan always has them)"),
])
def test_letter_command_line_bad_input_exits_2_with_one_line(capsys, argv, words):
    status, out, err = run(capsys, *argv)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and words in err


def date(text):
    year, month, day = text.split("-")
    return {"day": day, "month": month, "year": year}


@pytest.mark.parametrize("request_, errors", [
    pytest.param({"decision_sent": date("2027-01-04"), "grounds": [], "today": "2027-01-11"},
                 [("grounds", "Select what you disagree with the local authority about")],
                 id="the plan needs what you disagree with"),
    pytest.param({"decision_sent": {"day": "4", "month": "", "year": "2027"}, "grounds": ["c-ii"],
                  "today": "2027-01-11"},
                 [("decision-sent-month", "Date on the decision letter must include a month")],
                 id="a date with no month"),
    pytest.param({"decision_sent": date("2027-01-04"), "grounds": ["c-ii"], "mediation_ended": date("2027-02-01"),
                  "today": "2027-01-11"},
                 [("mediation-ended-day", "Date the mediation ended must be today or in the past")],
                 id="a date in the future"),
])
def test_plan_errors(request_, errors):
    response = json.loads(browser.plan(json.dumps(request_)))
    assert not response["ok"]
    assert [(e["target"], e["message"]) for e in response["errors"]] == errors


def test_the_plan_for_the_worked_example():
    response = json.loads(browser.plan(json.dumps({
        "decision_sent": date("2027-01-04"), "grounds": ["c-ii"], "mediation_wanted": "yes",
        "today": "2027-01-11"})))
    display = response["display"]
    assert (display["heading"], display["answer"]) == ("The SEND Tribunal must receive your appeal by",
                                                       "Thursday 4 March 2027")
    assert display["certificate"]["answer"] == "Yes"
    assert [m["kind"] for m in display["messages"]] == [
        "adviser-contact", "la-mediation-request", "mediation-not-arranged"]
    events = {event["date"]: event for event in display["events"]}
    assert "2027-02-10" in events and "2027-03-04" in events  # mediation by; appeal deadline
    assert events["2027-03-04"]["reminders"] == [7, 1]
    assert all(event["date"] >= "2027-01-11" for event in display["events"])
    today_rows = [row["what"] for row in display["timeline"] if row["date"] == "2027-01-11"]
    assert today_rows == ["Today: send your message to the mediation adviser.",
                          "Today: send your message to the local authority asking for mediation."]


def test_section_i_alone_with_mediation_wanted_still_gets_the_advisers_message_as_in_the_plan(capsys):
    status, out, err = run(capsys, "letter", "adviser-contact", "--decision-sent", "2027-01-04", "--ground", "c-iii",
                           "--mediation-wanted", "yes", "--today", "2027-01-11")
    assert (status, err) == (0, "") and "I want mediation" in out


def test_mediation_asked_for_then_declined_still_gets_the_chase_w1(capsys):
    """The issue's example ("no mediation" with the date the LA was told) is not a contradiction (W1, reg 34)."""
    status, out, err = run(capsys, "letter", "certificate-chase", "--decision-sent", "2027-01-04", "--ground", "c-ii",
                           "--mediation-wanted", "no", "--la-told", "2027-01-10", "--adviser-contacted", "2027-01-10",
                           "--today", "2027-03-20")
    assert (status, err) == (0, "") and "Subject: My mediation certificate has not arrived" in out


def test_section_i_with_recommendations_asks_for_a_certificate_to_be_safe(capsys):
    status, out, _ = run(capsys, "letter", "adviser-contact", "--decision-sent", "2027-01-04", "--ground", "c-iii",
                         "--ground", "health-social-care", "--mediation-wanted", "no", "--today", "2027-01-11")
    assert status == 0
    assert "It is not settled whether I need a mediation certificate for this appeal, so please send me one" in out
    assert "- the health or social care parts of the plan" not in out
    assert "I also want to ask the Tribunal to make recommendations about the health or social care parts" in out
    assert "3 working days" not in out


#: The appeal deadline as the reader says it in their messages, for each status, at each boundary day.
#: Decision letter Monday 4 January 2027: the 2 months (reg 33, HESC rule 20(1)(c)) end on Thursday
#: 4 March 2027; a certificate dated Monday 15 March 2027 gives until Thursday 15 April 2027; one dated
#: Thursday 4 February 2027 gives until Thursday 4 March, no later than the 2 months.
DEADLINE_SENTENCES = [
    pytest.param(Situation(D(2027, 1, 4), D(2027, 3, 4), grounds=("c-ii",)),
                 "The SEND Tribunal must receive my appeal by Thursday 4 March 2027, unless a mediation certificate "
                 "gives me longer.", id="no contact yet, on the last day to contact the adviser (L6): a certificate may give longer"),
    pytest.param(Situation(D(2027, 1, 4), D(2027, 2, 10), grounds=("c-ii",), certificate_issued=D(2027, 2, 4)),
                 "The SEND Tribunal must receive my appeal by Thursday 4 March 2027.",
                 id="a certificate dated with no contact entered: its date is known, so no 'unless' (L6)"),
    pytest.param(Situation(D(2027, 1, 4), D(2027, 3, 4), grounds=("c-ii",), mediation_wanted="yes",
                           adviser_contacted=D(2027, 1, 8), la_told=D(2027, 1, 8)),
                 "The SEND Tribunal must receive my appeal by the later of two dates. These are Thursday 4 March 2027 "
                 "and 1 month after the date on my mediation certificate.",
                 id="waiting on the last of the 2 months, a certificate possibly dated 8 January (W1): the later of two dates"),
    pytest.param(Situation(D(2027, 1, 4), D(2027, 3, 4), grounds=("c-ii",), mediation_wanted="no",
                           adviser_contacted=D(2027, 3, 1)),
                 "I have 1 month from the date on my mediation certificate to appeal.",
                 id="waiting on the last of the 2 months, the certificate due 4 March: 1 month from it, always later"),
    pytest.param(Situation(D(2027, 1, 4), D(2027, 3, 5), grounds=("c-ii",), mediation_wanted="no",
                           adviser_contacted=D(2027, 3, 1)),
                 "The 2 months after the decision letter have ended, so I have 1 month from the date on my mediation "
                 "certificate to appeal. I need to know that date.", id="waiting the day after the 2 months"),
    pytest.param(Situation(D(2027, 1, 4), D(2027, 4, 15), grounds=("c-ii",), mediation_wanted="no",
                           adviser_contacted=D(2027, 1, 8), certificate_issued=D(2027, 3, 15)),
                 "The SEND Tribunal must receive my appeal by Thursday 15 April 2027, 1 month after the date on my "
                 "mediation certificate.", id="a certificate giving longer, on its last day"),
    pytest.param(Situation(D(2027, 1, 4), D(2027, 4, 20), grounds=("c-ii",), mediation_wanted="no",
                           adviser_contacted=D(2027, 1, 8), certificate_issued=D(2027, 3, 15)),
                 "The deadline for my appeal, 1 month after the date on my mediation certificate, was Thursday 15 "
                 "April 2027.", id="a certificate's month passed"),
    pytest.param(Situation(D(2027, 1, 4), D(2027, 2, 10), grounds=("c-ii",), mediation_wanted="no",
                           adviser_contacted=D(2027, 1, 8), certificate_issued=D(2027, 2, 4)),
                 "The SEND Tribunal must receive my appeal by Thursday 4 March 2027.",
                 id="a certificate whose month ends with the 2 months: the 2 months, not 'after the certificate'"),
    pytest.param(Situation(D(2027, 1, 4), D(2027, 3, 1), grounds=("c-iii",), mediation_wanted="yes",
                           adviser_contacted=D(2027, 1, 8), la_told=D(2027, 1, 8), mediation_ended=D(2027, 1, 29),
                           certificate_issued=D(2027, 2, 26)),
                 "The SEND Tribunal must receive my appeal by Thursday 4 March 2027. Mediation does not change this "
                 "deadline.", id="section I alone with a certificate: the 2 months"),
    pytest.param(Situation(D(2027, 1, 4), D(2027, 3, 10), grounds=("c-iii",), mediation_wanted="yes",
                           adviser_contacted=D(2027, 1, 8), la_told=D(2027, 1, 8), mediation_ended=D(2027, 1, 29),
                           certificate_issued=D(2027, 2, 26)),
                 "The 2 months after the decision letter ended on Thursday 4 March 2027. My mediation certificate is "
                 "dated Friday 26 February 2027.", id="section I alone past the 2 months, its certificate's month running (W3)"),
    pytest.param(Situation(D(2027, 1, 4), D(2027, 3, 10), grounds=("c-iii",)),
                 "The deadline for my appeal was Thursday 4 March 2027.", id="section I alone, passed"),
]


@pytest.mark.parametrize("situation, sentence", DEADLINE_SENTENCES)
def test_the_deadline_as_the_reader_says_it(situation, sentence):
    assert deadline_sentence(situation) == sentence


#: Why a message asked for on its own (the letter command, the page's single message) is refused:
#: (reason, the answer to change), or None when it can be written. Decision letter Monday 4 January 2027.
def _asked(**answers):
    return Situation(D(2027, 1, 4), D(2027, 2, 15), **{"grounds": ("c-ii",), **answers})


WHY_NOT_NEEDED = [
    pytest.param("adviser-contact", _asked(grounds=("other",)), ("no-sen-appeal", "grounds"),
                 id="nothing the SEND Tribunal hears (s.51(2)): no certificate to ask for"),
    pytest.param("certificate-chase", _asked(grounds=("c-iii",), mediation_wanted="no"), ("section-i-alone", "grounds"),
                 id="section I alone (s.55): no certificate to chase"),
    pytest.param("adviser-contact", _asked(grounds=("c-iii",), mediation_wanted="yes"), None,
                 id="section I alone with mediation wanted: the adviser's message, as the plan gives it"),
    pytest.param("adviser-contact", _asked(certificate_issued=D(2027, 2, 10)), ("has-certificate", "certificate_issued"),
                 id="a dated certificate: none to ask for"),
    pytest.param("adviser-contact", _asked(grounds=(), certificate_issued=D(2027, 2, 10)),
                 ("has-certificate", "certificate_issued"), id="no grounds yet, a dated certificate: none to ask for"),
    pytest.param("adviser-contact", _asked(mediation_wanted="yes", health_included="only", certificate_issued=D(2027, 2, 10)),
                 ("has-certificate", "certificate_issued"), id="health care only, a dated certificate: none to ask for"),
    pytest.param("mediation-not-arranged", _asked(mediation_wanted="yes", health_included="only", la_told=D(2027, 1, 8),
                                                  certificate_issued=D(2027, 2, 10)), None,
                 id="health care only: the ICB is asked for a date, not for a certificate, so a certificate changes nothing"),
    pytest.param("mediation-not-arranged", _asked(mediation_wanted="yes", health_included="yes", la_told=D(2027, 1, 8),
                                                  certificate_issued=D(2027, 2, 10)), ("has-certificate", "certificate_issued"),
                 id="health care among the issues: the adviser is asked for a certificate, already dated"),
    pytest.param("la-mediation-request", _asked(mediation_wanted="yes", certificate_issued=D(2027, 2, 10)), None,
                 id="asking for mediation is not about a certificate: a dated one changes nothing"),
    pytest.param("la-mediation-request", _asked(mediation_wanted="yes", agreement_made=D(2027, 2, 10)),
                 ("agreement-made", "agreement_made"), id="asking for mediation after an agreement"),
    pytest.param("mediation-not-arranged", _asked(mediation_wanted="yes", la_told=D(2027, 1, 8), mediation_ended=D(2027, 2, 10)),
                 ("mediation-over", "mediation_ended"), id="mediation not arranged, after it ended"),
    pytest.param("mediation-not-arranged", _asked(mediation_wanted="yes", health_included="only", la_told=D(2027, 1, 8),
                                                  agreement_made=D(2027, 2, 10)),
                 ("agreement-made", "agreement_made"), id="health care only: mediation not arranged, after an agreement"),
    pytest.param("agreement-deadlines", _asked(mediation_wanted="yes", la_told=D(2027, 1, 8), agreement_made=D(2027, 2, 10),
                                               certificate_issued=D(2027, 2, 10)), None,
                 id="the agreement's deadlines, with a certificate: written (W1: nothing refused after mediation)"),
]


@pytest.mark.parametrize("kind, situation, why", WHY_NOT_NEEDED)
def test_why_a_message_asked_for_on_its_own_is_not_needed(kind, situation, why):
    assert why_not_needed(kind, situation) == why


@pytest.mark.parametrize("grounds, lines", [
    pytest.param((), ["- [what you disagree with, for example the special educational provision in section F]"],
                 id="no grounds given: a placeholder with an example"),
    pytest.param(("c-ii", "disability-discrimination", "other"), ["- the special educational provision in the plan (section F)"],
                 id="a discrimination claim and other matters are not SEN appeal grounds: not listed"),
])
def test_the_grounds_a_message_lists(grounds, lines):
    text = letter("adviser-contact", Situation(D(2027, 1, 4), D(2027, 1, 11), grounds=grounds, mediation_wanted="yes")).text
    assert text.split("I disagree with:\n\n")[1].split("\n\n")[0].splitlines() == lines
    assert "[If you do not want mediation about all of these" not in text  # one ground: nothing to leave out


def test_a_message_that_needs_a_date_names_it():
    with pytest.raises(LetterNotPossible) as raised:
        letter("agreement-deadlines", Situation(D(2027, 1, 4), D(2027, 1, 11), grounds=("c-ii",)))
    assert (raised.value.kind, raised.value.needs, str(raised.value)) == (
        "agreement-deadlines", "the date of the mediation agreement",
        "agreement-deadlines needs the date of the mediation agreement")


def test_the_provisions_a_reader_sees_leave_out_how_sure_we_are():
    """W10: the citations and their links, never the confidence (that stays in provisions.py and the About page)."""
    data = letter("adviser-contact", Situation(D(2027, 1, 4), D(2027, 1, 11), grounds=("c-ii",), mediation_wanted="no")).as_dict()
    assert [sorted(provision) for provision in data["provisions"]] == [["citation", "instrument", "quoted", "unit", "url", "words"]] * 4


def test_the_plans_later_message_speaks_of_the_status_the_reader_is_in():
    """The chase is written as if the adviser were told today (14 January: Tuesday 12, Wednesday 13 and
    Thursday 14 January, 3 working days from Monday 11), but it states the deadline as it stands today:
    no contact yet, so 4 March 2027 unless a certificate gives longer (L6)."""
    chase = letters_needed(Situation(D(2027, 1, 4), D(2027, 1, 11), grounds=("c-ii",), mediation_wanted="no"))[1]
    assert chase.when == "Send this if your mediation certificate has not arrived by Thursday 14 January 2027."
    assert chase.text.splitlines()[-6] == ("The SEND Tribunal must receive my appeal by Thursday 4 March 2027, unless a "
                                           "mediation certificate gives me longer.")


@pytest.mark.parametrize("kind, situation, needs", [
    pytest.param("certificate-chase", Situation(D(2027, 1, 4), D(2027, 1, 20), grounds=("c-ii",), mediation_wanted="yes"),
                 "the date you contacted the mediation adviser and said you do not want mediation, or the date the "
                 "mediation ended", id="a chase with nobody told yet: the dates it needs"),
    pytest.param("certificate-chase", Situation(D(2027, 1, 4), D(2027, 1, 20), grounds=("c-ii",), mediation_wanted="no"),
                 "the date you contacted the mediation adviser and said you do not want mediation, or the date the "
                 "mediation ended", id="a chase for no mediation before the adviser is told"),
    pytest.param("mediation-not-arranged", Situation(D(2027, 1, 4), D(2027, 1, 20), grounds=("c-ii",), mediation_wanted="yes"),
                 "the date you told the local authority you want mediation", id="mediation not arranged, before asking for it"),
    pytest.param("tribunal-late-appeal", Situation(D(2027, 1, 4), D(2027, 3, 4), grounds=("c-ii",)),
                 "a deadline that has passed", id="a late appeal on the last day (Thursday 4 March 2027): not late yet"),
])
def test_a_message_without_the_dates_it_needs_says_which(kind, situation, needs):
    with pytest.raises(LetterNotPossible) as raised:
        letter(kind, situation)
    assert (raised.value.kind, raised.value.needs) == (kind, needs)


def test_the_plans_chase_is_sent_now_once_the_certificate_is_overdue():
    """Mediation wanted, the adviser told on Wednesday 10 February 2027 but the local authority never: on
    Wednesday 10 March the earliest deadline (Thursday 4 March) has passed. The chase, written as if the local
    authority were told today (its 30 days to Friday 9 April), is sent now, not after 9 April."""
    plan = letters_needed(Situation(D(2027, 1, 4), D(2027, 3, 10), grounds=("c-ii",), mediation_wanted="yes",
                                    adviser_contacted=D(2027, 2, 10)))
    assert [(message.kind, message.when) for message in plan] == [
        ("la-mediation-request", "Send this now, at the same time as your message to the mediation adviser."),
        ("certificate-chase", "Send this now, to ask whether a certificate has been issued and the date on it."),
        ("mediation-not-arranged", "Send this if the local authority has not arranged mediation by Friday 9 April 2027."),
        ("tribunal-no-certificate", "Send this with your appeal if you cannot get your certificate and the date on it today.")]


def test_a_reader_who_wants_no_mediation_says_so_plainly_whatever_they_answered_about_health():
    """Health care 'only' answered beside 'no mediation': the note says no mediation at all, not 'about the things I
    can appeal about' (that is for mediation about health care only, W4). The adviser told on Monday 1 March 2027:
    Tuesday 2, Wednesday 3, Thursday 4 March."""
    note = letter("tribunal-no-certificate", Situation(D(2027, 1, 4), D(2027, 3, 3), grounds=("c-ii",), mediation_wanted="no",
                                                       health_included="only", adviser_contacted=D(2027, 3, 1))).text
    assert ("- I said I did not want mediation. Guidance on the SEND Regulations 2014 says the adviser should issue the "
            "certificate within 3 working days. Those days end on Thursday 4 March 2027. I have not received it.") in note
