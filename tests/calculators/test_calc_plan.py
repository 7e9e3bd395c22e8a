"""The reader's status in the plan, the dates it rests on and the messages it brings (W1 to W6).

Expected values are worked out by hand from the legal reference (legal-rules-waiting-and-young-people.md,
W1 to W6, and its worked examples) with the official England and Wales bank holidays: HESC r.20(1)(c)
(2 months; 1 month from the certificate), r.12 (next working day; August and 25 December to
1 January move to the first working day after), reg 33 (2 months, never moved), 3 working days and
30 days (SEND Regs 2014, Part 2).
"""

import datetime

import pytest

from calculators.letters import letters_needed
from calculators.plan import Situation, plan_status, section_i_alone
from calculators.certificate import mediation_certificate_check

D = datetime.date


def situation(decision, today, *grounds, **answers):
    return Situation(decision, today, grounds=grounds or ("c-ii",), **answers)


CASES = [
    pytest.param(situation(D(2027, 6, 15), D(2027, 9, 3), mediation_wanted="no", adviser_contacted=D(2027, 8, 10)),
                 "waiting-for-certificate", None, D(2027, 9, 10), ["certificate-chase", "tribunal-no-certificate"],
                 id="W1 example 1: told the adviser on 10 August; the 2-month date (1 September) passed; D is Friday "
                    "10 September, 7 days away, the certificate overdue since 13 August: waiting, with the note"),
    pytest.param(situation(D(2026, 11, 16), D(2027, 1, 19), mediation_wanted="yes", la_told=D(2026, 12, 1),
                           mediation_ended=D(2026, 12, 22)),
                 "waiting-for-certificate", None, D(2027, 1, 22), ["certificate-chase", "tribunal-no-certificate"],
                 id="W1 example 2: mediation on 22 December, within 30 days; the 2-month date (18 January) passed; "
                    "D is Friday 22 January"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 3, 15), mediation_wanted="yes", la_told=D(2027, 1, 11),
                           mediation_ended=D(2027, 3, 10)),
                 "certificate-overdue", None, D(2027, 3, 4), ["certificate-chase", "tribunal-no-certificate"],
                 id="W1 example 3: the meeting came more than 30 days after 11 January, so a deemed certificate "
                    "may carry 11 January: D is 4 March, passed: overdue"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 1, 20), mediation_wanted="no", adviser_contacted=D(2027, 1, 8)),
                 "waiting-for-certificate", None, D(2027, 3, 4), ["certificate-chase"],
                 id="waiting before the 2-month date too; D is 43 days away, so no note yet"),
    pytest.param(situation(D(2027, 6, 15), D(2027, 8, 16), "c-i", "c-ii", mediation_wanted="no",
                           adviser_contacted=D(2027, 8, 15)),
                 "waiting-for-certificate", None, D(2027, 9, 15), ["certificate-chase"],
                 id="contact on the reg 33 date itself, a Sunday, counts; 1 month from it is Wednesday 15 September"),
    pytest.param(situation(D(2027, 6, 15), D(2027, 8, 25), mediation_wanted="no", adviser_contacted=D(2027, 8, 20)),
                 "in-time", D(2027, 9, 1), None, ["certificate-chase", "tribunal-no-certificate"],
                 id="late contact in August: the reg 33 date (15 August) is not moved, but the appeal date is "
                    "(1 September): in time, no later date promised, the note offered"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 3, 10), mediation_wanted="no", adviser_contacted=D(2027, 3, 8)),
                 "deadline-passed", D(2027, 3, 4), None, ["certificate-chase", "tribunal-no-certificate"],
                 id="late contact and the 2-month date passed: late, the note asks for time and permission"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 3, 20), "f"),
                 "deadline-passed", D(2027, 3, 4), None, ["adviser-contact", "tribunal-no-certificate"],
                 id="never contacted the adviser, the deadline passed"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 2, 1), "a"),
                 "in-time", D(2027, 3, 4), None, ["adviser-contact"],
                 id="nothing done yet, undecided: the 2-month date; no note while a certificate can come in time"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 2, 20), mediation_wanted="no", adviser_contacted=D(2027, 1, 8),
                           certificate_issued=D(2027, 1, 12)),
                 "in-time", D(2027, 3, 4), None, [],
                 id="a certificate on 12 January gives 12 February, earlier: the 2-month date stands"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 4, 20), mediation_wanted="no", adviser_contacted=D(2027, 1, 8),
                           certificate_issued=D(2027, 3, 15)),
                 "deadline-passed", D(2027, 4, 15), None, ["tribunal-late-appeal"],
                 id="M5: late with a certificate (1 month from 15 March is Thursday 15 April): ask for more time"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 2, 20), mediation_wanted="yes", adviser_contacted=D(2027, 1, 10),
                           la_told=D(2027, 1, 11), certificate_issued=D(2027, 2, 15)),
                 "in-time", D(2027, 3, 15), None, [],
                 id="M6, W2: a deemed certificate before any meeting counts at once: Monday 15 March"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 3, 6), mediation_wanted="yes", adviser_contacted=D(2027, 2, 20),
                           la_told=D(2027, 2, 20)),
                 "waiting-for-certificate", None, D(2027, 3, 22), ["mediation-not-arranged"],
                 id="in mediation within its 30 days: D from the day the local authority was told (20 March, a "
                    "Saturday, so Monday 22 March); never the note"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 3, 8), mediation_wanted="yes", adviser_contacted=D(2027, 1, 10)),
                 "certificate-overdue", None, D(2027, 3, 4),
                 ["la-mediation-request", "certificate-chase", "mediation-not-arranged", "tribunal-no-certificate"],
                 id="mediation wanted, the local authority never told, the 2-month date passed: overdue"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 1, 11), "c-ii", "health-social-care", mediation_wanted="yes",
                           health_included="only"),
                 "in-time", D(2027, 3, 4), None, ["adviser-contact", "la-mediation-request", "certificate-chase"],
                 id="M2, W4: health-only mediation beside section F: no crash; the adviser's certificate is chased"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 2, 1), "c-ii", "health-social-care", mediation_wanted="yes",
                           health_included="only", adviser_contacted=D(2027, 1, 8), la_told=D(2027, 1, 8)),
                 "waiting-for-certificate", None, D(2027, 3, 4), ["certificate-chase"],
                 id="W4: health-only mediation under way: waiting for the adviser's certificate for section F"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 1, 11), "c-iii", mediation_wanted="yes"),
                 "in-time", D(2027, 3, 4), None, ["adviser-contact", "la-mediation-request"],
                 id="M4, W3: section I alone with mediation: the 2-month date, nothing to chase"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 3, 10), "c-iii", mediation_wanted="yes",
                           adviser_contacted=D(2027, 1, 10), la_told=D(2027, 1, 10), mediation_ended=D(2027, 2, 25),
                           certificate_issued=D(2027, 2, 26)),
                 "deadline-passed", D(2027, 3, 4), None, ["tribunal-late-appeal"],
                 id="W3: section I alone, a certificate on 26 February gives no later date: late on 10 March"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 1, 20), "c-iii", "health-social-care", mediation_wanted="no",
                           adviser_contacted=D(2027, 1, 8)),
                 "in-time", D(2027, 3, 4), None, ["certificate-chase"],
                 id="W3, legal rules section 2: section I with health or social care recommendations: a certificate "
                    "is advised and chased, but gives no later date"),
    pytest.param(situation(D(2026, 10, 27), D(2027, 1, 5), mediation_wanted="no", adviser_contacted=D(2026, 12, 24)),
                 "waiting-for-certificate", None, D(2027, 1, 25), ["certificate-chase"],
                 id="Christmas: told on Christmas Eve (the reg 33 date is 27 December); 1 month is Sunday 24 "
                    "January, so Monday 25 January"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 3, 1), mediation_wanted="yes", adviser_contacted=D(2027, 1, 10),
                           la_told=D(2027, 1, 11), agreement_made=D(2027, 2, 5)),
                 "waiting-for-certificate", None, D(2027, 3, 5), ["certificate-chase", "agreement-deadlines"],
                 id="W7: an agreement on 5 February ends mediation: D is Friday 5 March; no note by default"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 1, 11), "other"),
                 "no-appeal", None, None, [], id="nothing the Tribunal hears"),
]


@pytest.mark.parametrize("reader, status, last_day, earliest, kinds", CASES)
def test_the_status_its_dates_and_the_messages(reader, status, last_day, earliest, kinds):
    found = plan_status(reader)
    assert (found.status, found.last_day, found.earliest_last_day) == (status, last_day, earliest)
    assert [message.kind for message in letters_needed(reader)] == kinds


@pytest.mark.parametrize("grounds, alone", [
    pytest.param(["c-iii"], True, id="section I (the school named) alone"),
    pytest.param(["c-iii", "c-iv"], True, id="both section I grounds"),
    pytest.param(["c-iv", "health-social-care"], True, id="section I with health or social care recommendations"),
    pytest.param(["c-iii", "disability-discrimination", "other"], True,
                 id="section I beside a claim and something the Tribunal cannot hear"),
    pytest.param(["c-iii", "c-ii"], False, id="section I with section F is not alone"),
    pytest.param(["health-social-care"], False, id="health or social care alone is no appeal"),
    pytest.param(["other"], False, id="something else"),
])
def test_section_i_alone_is_decided_from_the_whole_set_of_grounds(grounds, alone):
    assert section_i_alone(mediation_certificate_check(grounds)) is alone


def test_section_i_alone_without_grounds_is_false():
    assert section_i_alone(None) is False


@pytest.mark.parametrize("reader, awaiting, due, earliest_certificate", [
    pytest.param(situation(D(2027, 6, 15), D(2027, 9, 3), mediation_wanted="no", adviser_contacted=D(2027, 8, 10)),
                 "adviser", D(2027, 8, 13), D(2027, 8, 10), id="the adviser's 3 working days from Tuesday 10 August"),
    pytest.param(situation(D(2026, 11, 16), D(2027, 1, 19), mediation_wanted="yes", la_told=D(2026, 12, 1),
                           mediation_ended=D(2026, 12, 22)),
                 "mediator", D(2026, 12, 29), D(2026, 12, 22),
                 id="the mediator's 3 working days skip Christmas Day and the Boxing Day substitute"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 3, 15), mediation_wanted="yes", la_told=D(2027, 1, 11),
                           mediation_ended=D(2027, 3, 10)),
                 "deemed", D(2027, 3, 15), D(2027, 1, 11), id="a meeting after 30 days: a deemed certificate possible"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 3, 6), mediation_wanted="yes", la_told=D(2027, 2, 20)),
                 "mediation", D(2027, 3, 22), D(2027, 2, 20), id="within the 30 days: mediation by Monday 22 March"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 3, 8), mediation_wanted="yes", adviser_contacted=D(2027, 1, 10)),
                 "la-not-told", None, None, id="the local authority never told: nothing sets a date"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 2, 1), adviser_contacted=D(2027, 1, 10)),
                 "decision", None, None, id="the reader has not decided about mediation"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 2, 1), "c-iii", mediation_wanted="no", adviser_contacted=D(2027, 1, 10)),
                 "", None, None, id="section I alone awaits no certificate"),
])
def test_what_the_certificate_waits_on(reader, awaiting, due, earliest_certificate):
    found = plan_status(reader)
    assert (found.awaiting, found.certificate_due, found.earliest_certificate) == (awaiting, due, earliest_certificate)


def _message(reader, kind):
    return next(message for message in letters_needed(reader) if message.kind == kind)


@pytest.mark.parametrize("reader, kind, present, absent", [
    pytest.param(CASES[0].values[0], "tribunal-no-certificate",
                 ["My mediation certificate has not arrived. I am sending my appeal now",
                  "I contacted the mediation adviser on Tuesday 10 August 2027, within 2 months of the decision letter",
                  "Those days ended on Friday 13 August 2027"],
                 ["My appeal is late", "rule 5(3)(a)", "Wednesday 1 September 2027"],
                 id="H1, M1: a waiting reader's note says the certificate has not arrived, not that the appeal is late"),
    pytest.param(CASES[0].values[0], "certificate-chase",
                 ["The 2 months after the decision letter have ended, so I have 1 month from the date on my "
                  "mediation certificate to appeal"],
                 ["by Wednesday 1 September 2027"],
                 id="H1: a passed 2-month date is never quoted as the date to meet"),
    pytest.param(CASES[2].values[0], "tribunal-no-certificate",
                 ["so I do not know the date on it",
                  "If my appeal is late, I ask the Tribunal to extend the time under rule 5(3)(a)",
                  "I ask the Tribunal for permission to appeal without a mediation certificate"],
                 ["My appeal is late."],
                 id="W6: an overdue reader asks for more time only if the appeal is late"),
    pytest.param(CASES[6].values[0], "tribunal-no-certificate",
                 ["My appeal is late, and I do not have a mediation certificate. The deadline for my appeal was "
                  "Thursday 4 March 2027",
                  "I ask the Tribunal to extend the time for my appeal under rule 5(3)(a)",
                  "I also ask for permission to appeal without a mediation certificate",
                  "after the 2 months ended on Thursday 4 March 2027. This is why: [explain why]",
                  "regulation 32 of the SEND Regulations 2014"],
                 [],
                 id="M5, W6: late and without a certificate: more time and permission, room for why contact was late"),
    pytest.param(CASES[10].values[0], "tribunal-late-appeal",
                 ["My appeal is late. The deadline for my appeal was Thursday 15 April 2027, 1 month after the date "
                  "on my mediation certificate (Monday 15 March 2027).",
                  "I ask the Tribunal to extend the time for my appeal under rule 5(3)(a)",
                  "[Explain why your appeal is late.]", "say so here"],
                 ["without a mediation certificate"],
                 id="M5: the seventh kind, for a late reader who has their certificate"),
    pytest.param(CASES[14].values[0], "adviser-contact",
                 ["I want mediation only about health care",
                  "I do not want mediation about the other things I want to appeal about. Please send me a "
                  "mediation certificate for them",
                  "if this reaches you today, by Thursday 14 January 2027"],
                 [],
                 id="M2, W4: health-only mediation: the adviser is asked for the certificate for section F"),
    pytest.param(CASES[16].values[0], "adviser-contact",
                 ["The SEND Tribunal must receive my appeal by Thursday 4 March 2027. Mediation does not change "
                  "this deadline."],
                 ["unless a mediation certificate gives me longer", "Please send me a mediation certificate"],
                 id="M4, W3: section I alone: no certificate promised, no later date"),
    pytest.param(CASES[16].values[0], "la-mediation-request",
                 ["Please tell me the date and place of the mediation"],
                 ["so that they can issue my mediation certificate"],
                 id="M4: the request for mediation about section I alone promises no certificate"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 3, 10), mediation_wanted="", adviser_contacted=D(2027, 3, 8)),
                 "tribunal-no-certificate",
                 ["This is why: [explain why]"], ["tell you my decision by"],
                 id="late contact while undecided: no passed date given to decide by"),
    pytest.param(CASES[13].values[0], "certificate-chase",
                 ["Have you issued a mediation certificate for me, including one saying that mediation could "
                  "not be arranged within 30 days? If you have, please tell me the date on it."],
                 ["Thursday 8 April 2027"],
                 id="review 1, W1: an overdue reader asks the adviser today whether any certificate was issued"),
    pytest.param(CASES[13].values[0], "tribunal-no-certificate",
                 ["If my appeal is late, I ask the Tribunal to extend the time under rule 5(3)(a)"],
                 ["Thursday 8 April 2027", "in time"],
                 id="review 1, W6: the note for an overdue reader is conditional, with no assumed later date"),
    pytest.param(CASES[4].values[0], "certificate-chase",
                 ["I have 1 month from the date on my mediation certificate to appeal."],
                 ["Wednesday 1 September 2027"],
                 id="review 8: where the certificate always gives longer, the 2-month date is not quoted"),
    pytest.param(CASES[14].values[0], "la-mediation-request",
                 ["The issue I want mediation about is the health care provision in the plan.",
                  "I do not want mediation about the other things I am appealing about"],
                 ["section F"],
                 id="review 3, W4: the local authority is asked for health-only mediation, not about section F"),
    pytest.param(CASES[17].values[0], "tribunal-late-appeal",
                 ["The 2 months after the decision letter ended on Thursday 4 March 2027. My mediation certificate "
                  "is dated Friday 26 February 2027.", "If my appeal is late, I ask the Tribunal to extend the time",
                  "- My mediation with the local authority ended on Thursday 25 February 2027."],
                 ["My appeal is late."],
                 id="review 4, W3: section I alone with a certificate: never 'out of time' while it is arguable"),
    pytest.param(CASES[18].values[0], "certificate-chase",
                 ["I asked you for a mediation certificate."], ["3 working days"],
                 id="review 5, legal rules section 2: section I with recommendations: the certificate is chased, no time limit promised"),
    pytest.param(CASES[7].values[0], "tribunal-no-certificate",
                 ["I contacted them on [date you contacted them]."], ["Saturday 20 March 2027"],
                 id="review 10: the note tells what has happened, not what the plan assumes is done today"),
    pytest.param(CASES[20].values[0], "certificate-chase",
                 ["Our mediation ended with an agreement on Friday 5 February 2027",
                  "Those 3 working days ended on Wednesday 10 February 2027"], [],
                 id="review 2: after an agreement the mediator's certificate is chased"),
    pytest.param(CASES[1].values[0], "tribunal-no-certificate",
                 ["Our mediation ended on Tuesday 22 December 2026"], ["30 days"],
                 id="review 12: mediation held within its 30 days: the 30 days are not listed as a fault"),
])
def test_the_messages_say_what_the_status_allows(reader, kind, present, absent):
    text = _message(reader, kind).text
    for words in present:
        assert words in text
    for words in absent:
        assert words not in text


def test_m8_every_note_about_appealing_without_a_certificate_asks_permission_and_says_send_anyway():
    note = _message(CASES[0].values[0], "tribunal-no-certificate").notes[-1]
    assert "you have to ask the Tribunal for permission" in note
    assert "only in exceptional circumstances" in note
    assert "send your appeal by the deadline anyway" in note


@pytest.mark.parametrize("reader, heading, present, absent", [
    pytest.param(CASES[17].values[0], "Send your appeal now. The 2 months after the decision letter ended on",
                 ["It is not settled whether your mediation certificate gives you longer"],
                 ["The deadline has passed"], id="review 4: section I alone, arguably in time: not told 'out of time'"),
    pytest.param(CASES[18].values[0], "The SEND Tribunal must receive your appeal by",
                 ["It is not settled whether you need a mediation certificate for this, so get one"],
                 ["so you do not need a mediation certificate"], id="review 5: section I with recommendations"),
    pytest.param(CASES[12].values[0], "To be safe, make sure the SEND Tribunal has your appeal by",
                 ["IPSEA says the local authority must arrange mediation by Monday 22 March 2027",
                  "ask the mediation adviser at once for your certificate and the date on it"],
                 [], id="review 9: within mediation's 30 days, what happens if it is not arranged"),
    pytest.param(CASES[1].values[0], "To be safe, make sure the SEND Tribunal has your appeal by",
                 ["You are not late: you asked for mediation within 2 months of the decision letter."],
                 ["You are not late: you contacted the mediation adviser in time."],
                 id="review 16: contact in time is not asserted when no contact date was entered"),
])
def test_the_plan_page_words_for_the_reviewed_situations(reader, heading, present, absent):
    from calculators import browser
    import json
    display = json.loads(browser.plan(json.dumps(_request(reader))))["display"]
    assert display["heading"] == heading
    words = " ".join(display["paragraphs"])
    for text in present:
        assert text in words
    for text in absent:
        assert text not in words


def _plan_timeline_rows(reader):
    from calculators.plan import messages_needed, plan_timeline
    status = plan_status(reader)
    now, _, planned = messages_needed(reader, status)
    timeline = plan_timeline(reader, status, now, planned)
    return None if timeline is None else [
        (item.date, item.what, item.kind, item.provision.unit,
         {key: value for key, value in item.facts.items()}) for item in timeline.items]


@pytest.mark.parametrize("reader, rows", [
    pytest.param(situation(D(2027, 1, 4), D(2027, 1, 11), mediation_wanted="no"),
                 [(D(2027, 1, 4), "decision-sent", "event", "regulation 33", {}),
                  (D(2027, 1, 11), "adviser-contacted", "event", "regulation 33", {"contact_by": D(2027, 3, 4)}),
                  (D(2027, 1, 14), "adviser-issues-certificate", "deadline", "regulation 34", {"working_days": 3}),
                  (D(2027, 3, 4), "contact-mediation-adviser", "deadline", "regulation 33", {}),
                  (D(2027, 3, 4), "appeal-deadline", "deadline", "rule 20(1)(c)(i)", {})],
                 id="contact planned for today: the reg 33 date (4 March) stays on the timeline, before the deadline"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 1, 11), "c-iii", mediation_wanted="yes"),
                 [(D(2027, 1, 4), "decision-sent", "event", "regulation 33", {}),
                  (D(2027, 1, 11), "adviser-contacted", "event", "regulation 33", {"contact_by": D(2027, 3, 4)}),
                  (D(2027, 1, 11), "la-told-mediation-wanted", "event",
                   "Part 2 (mediation)", {}),
                  (D(2027, 2, 10), "mediation-arranged", "deadline",
                   "Part 2 (mediation)", {"days": 30}),
                  (D(2027, 3, 4), "appeal-deadline", "deadline", "rule 20(1)(c)(i)", {})],
                 id="W3: section I alone needs no certificate, so no reg 33 row is added"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 3, 10), mediation_wanted="no"),
                 [(D(2027, 1, 4), "decision-sent", "event", "regulation 33", {}),
                  (D(2027, 3, 4), "appeal-deadline", "deadline", "rule 20(1)(c)(i)", {}),
                  (D(2027, 3, 10), "adviser-contacted-late", "event", "regulation 33", {"contact_by": D(2027, 3, 4)}),
                  (D(2027, 3, 15), "adviser-issues-certificate", "deadline", "regulation 34", {"working_days": 3})],
                 id="contact planned after the reg 33 date: the passed date is not added as one to meet"),
    pytest.param(CASES[0].values[0],
                 [(D(2027, 6, 15), "decision-sent", "event", "regulation 33", {}),
                  (D(2027, 8, 10), "adviser-contacted", "event", "regulation 33", {"contact_by": D(2027, 8, 15)}),
                  (D(2027, 8, 13), "adviser-issues-certificate", "deadline", "regulation 34", {"working_days": 3}),
                  (D(2027, 9, 1), "appeal-deadline", "deadline", "rule 20(1)(c)(i)", {}),
                  (D(2027, 9, 10), "appeal-deadline-estimate", "estimate", "rule 20(1)(c)(ii)",
                   {"certificate": D(2027, 8, 10)})],
                 id="W1: a waiting reader's estimate row is D, from the day the adviser was told"),
    pytest.param(CASES[13].values[0],
                 [(D(2027, 1, 4), "decision-sent", "event", "regulation 33", {}),
                  (D(2027, 1, 10), "adviser-contacted", "event", "regulation 33", {"contact_by": D(2027, 3, 4)}),
                  (D(2027, 3, 4), "appeal-deadline", "deadline", "rule 20(1)(c)(i)", {}),
                  (D(2027, 3, 8), "la-told-mediation-wanted", "event",
                   "Part 2 (mediation)", {}),
                  (D(2027, 4, 7), "mediation-arranged", "deadline",
                   "Part 2 (mediation)", {"days": 30})],
                 id="review 1: overdue, the local authority told only today: no estimate from that assumed date"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 1, 11), "other"), None, id="no appeal: no timeline"),
])
def test_the_plans_timeline_row_by_row(reader, rows):
    assert _plan_timeline_rows(reader) == rows


def _request(reader):
    def typed(day):
        return {"day": str(day.day), "month": str(day.month), "year": str(day.year)} if day else {
            "day": "", "month": "", "year": ""}
    return {"grounds": list(reader.grounds), "mediation_wanted": reader.mediation_wanted,
            "health_included": reader.health_included, "today": reader.today.isoformat(),
            **{name: typed(getattr(reader, name)) for name in (
                "decision_sent", "adviser_contacted", "la_told", "mediation_ended", "agreement_made",
                "certificate_issued")}}


@pytest.mark.parametrize("reader", [case.values[0] for case in CASES],
                         ids=[case.id.split(":")[0] for case in CASES])
def test_the_page_sends_the_same_messages_word_for_word_as_the_plan_module(reader):
    from calculators import browser
    import json
    result = json.loads(browser.plan(json.dumps(_request(reader))))["result"]
    expected = [message.as_dict() for message in letters_needed(reader)]
    assert [(m["kind"], m["when"], m["text"]) for m in result["messages"]] == [
        (m["kind"], m["when"], m["text"]) for m in expected]


def test_the_timeline_calculator_tells_a_waiting_reader_they_are_not_late():
    from calculators import browser
    import json
    request = {key: value for key, value in _request(CASES[0].values[0]).items() if key != "grounds"}
    response = json.loads(browser.mediation_timeline(json.dumps(request)))
    assert response["result"]["status"] == "waiting-for-certificate"
    assert (response["display"]["heading"], response["display"]["answer"]) == (
        "To be safe, make sure the SEND Tribunal has your appeal by", "Friday 10 September 2027")
    assert "The deadline has passed" not in " ".join(response["display"]["paragraphs"])


# Every field of the status, worked by hand. Columns: status, contact, contact_date, needs, advised,
# alone, arguable, certificate_due, overdue, awaiting, earliest_certificate, within_days, note, late_note.
@pytest.mark.parametrize("reader, fields", [
    pytest.param(situation(D(2027, 1, 4), D(2027, 1, 13), mediation_wanted="no", adviser_contacted=D(2027, 1, 8)),
                 ("waiting-for-certificate", "in-time", D(2027, 1, 8), True, False, False, False, D(2027, 1, 13),
                  False, "adviser", D(2027, 1, 8), False, False, False),
                 id="on the adviser's third working day the certificate is not yet overdue"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 1, 14), mediation_wanted="no", adviser_contacted=D(2027, 1, 8)),
                 ("waiting-for-certificate", "in-time", D(2027, 1, 8), True, False, False, False, D(2027, 1, 13),
                  True, "adviser", D(2027, 1, 8), False, False, False),
                 id="the day after it, it is overdue (D still 7 weeks away: no note)"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 2, 10), mediation_wanted="yes", la_told=D(2027, 1, 11)),
                 ("waiting-for-certificate", "in-time", D(2027, 1, 11), True, False, False, False, D(2027, 2, 10),
                  False, "mediation", D(2027, 1, 11), True, False, False),
                 id="day 30 after the local authority was told: still within mediation's 30 days"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 2, 11), mediation_wanted="yes", la_told=D(2027, 1, 11)),
                 ("waiting-for-certificate", "in-time", D(2027, 1, 11), True, False, False, False, D(2027, 2, 10),
                  True, "deemed", D(2027, 1, 11), False, False, False),
                 id="day 31 with no meeting: a deemed certificate may be out; overdue"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 2, 11), mediation_wanted="yes", la_told=D(2027, 1, 11),
                           mediation_ended=D(2027, 2, 10)),
                 ("waiting-for-certificate", "in-time", D(2027, 1, 11), True, False, False, False, D(2027, 2, 15),
                  False, "mediator", D(2027, 2, 10), False, False, False),
                 id="mediation held on day 30: the mediator's certificate, due Monday 15 February"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 2, 12), mediation_wanted="yes", la_told=D(2027, 1, 11),
                           mediation_ended=D(2027, 2, 11)),
                 ("waiting-for-certificate", "in-time", D(2027, 1, 11), True, False, False, False, D(2027, 2, 16),
                  False, "deemed", D(2027, 1, 11), False, False, False),
                 id="mediation held on day 31: a deemed certificate may carry 11 January"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 3, 4), mediation_wanted="no"),
                 ("in-time", "not-yet", None, True, False, False, False, None, False, "", None, False, False, False),
                 id="no contact yet, on the reg 33 date itself: no note (a certificate can still come)"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 3, 5), mediation_wanted="no"),
                 ("deadline-passed", "not-yet", None, True, False, False, False, None, False, "", None, False,
                  True, False),
                 id="no contact, the day after the reg 33 date: the note is offered"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 3, 10), "c-iii", mediation_wanted="yes", la_told=D(2027, 1, 11),
                           certificate_issued=D(2027, 2, 10)),
                 ("deadline-passed", "in-time", D(2027, 1, 11), False, False, True, True, None, False, "", None,
                  False, False, True),
                 id="W3: section I alone, a certificate of 10 February runs to Wednesday 10 March: arguable today"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 3, 11), "c-iii", mediation_wanted="yes", la_told=D(2027, 1, 11),
                           certificate_issued=D(2027, 2, 10)),
                 ("deadline-passed", "in-time", D(2027, 1, 11), False, False, True, False, None, False, "", None,
                  False, False, True),
                 id="W3: the day after, no reading keeps the reader in time"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 2, 1), "c-ii", "health-social-care", mediation_wanted="yes",
                           health_included="only", adviser_contacted=D(2027, 1, 8), la_told=D(2027, 1, 12)),
                 ("waiting-for-certificate", "in-time", D(2027, 1, 8), True, False, False, False, D(2027, 1, 13),
                  True, "adviser", D(2027, 1, 8), False, False, False),
                 id="W4: health-only mediation: the adviser's certificate, from the adviser contact"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 2, 1), "c-ii", mediation_wanted="yes", adviser_contacted=D(2027, 1, 8),
                           la_told=D(2027, 1, 11), agreement_made=D(2027, 1, 20)),
                 ("waiting-for-certificate", "in-time", D(2027, 1, 8), True, False, False, False, D(2027, 1, 25),
                  True, "mediator", D(2027, 1, 20), False, False, False),
                 id="an agreement ends mediation within its 30 days: the mediator's certificate, overdue"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 2, 20), mediation_wanted="yes", adviser_contacted=D(2027, 1, 8),
                           mediation_ended=D(2027, 2, 10)),
                 ("waiting-for-certificate", "in-time", D(2027, 1, 8), True, False, False, False, D(2027, 2, 15),
                  True, "mediator", None, False, False, False),
                 id="mediation ended, the day the local authority was told unknown: no earlier date to count from"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 1, 20), "c-iii", "health-social-care", mediation_wanted="no",
                           adviser_contacted=D(2027, 1, 8)),
                 ("in-time", "in-time", D(2027, 1, 8), False, True, True, False, None, False, "", None, False,
                  False, False),
                 id="section I with recommendations: advised, not needed for the deadline"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 1, 20), mediation_wanted="yes", adviser_contacted=D(2027, 1, 10)),
                 ("waiting-for-certificate", "in-time", D(2027, 1, 10), True, False, False, False, None, True,
                  "la-not-told", None, False, False, False),
                 id="mediation wanted, the local authority not told: nothing can bring the certificate, so overdue"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 2, 20), mediation_wanted="no", adviser_contacted=D(2027, 1, 8),
                           certificate_issued=D(2027, 1, 12)),
                 ("in-time", "in-time", D(2027, 1, 8), True, False, False, False, None, False, "", None, False,
                  False, False),
                 id="a certificate entered: nothing awaited, nothing arguable"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 1, 20), "c-ii", "health-social-care", mediation_wanted="yes",
                           health_included="only", la_told=D(2027, 1, 12)),
                 ("in-time", "not-yet", None, True, False, False, False, None, False, "", None, False, False, False),
                 id="W4: asking for health-only mediation is no contact about the appealable matters"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 1, 20), "c-iii", mediation_wanted="yes", la_told=D(2027, 1, 11)),
                 ("in-time", "in-time", D(2027, 1, 11), False, False, True, False, None, False, "", None, True,
                  False, False),
                 id="W3: section I alone in mediation: no certificate awaited, none due"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 1, 11), "other"),
                 ("no-appeal", "not-yet", None, False, False, False, False, None, False, "", None, False, False,
                  False),
                 id="no appeal: nothing is set"),
])
def test_every_field_of_the_status(reader, fields):
    found = plan_status(reader)
    assert (found.status, found.contact, found.contact_date, found.needs_certificate, found.certificate_advised,
            found.section_i_alone, found.arguably_in_time, found.certificate_due, found.certificate_overdue,
            found.awaiting, found.earliest_certificate, found.within_mediation_days, found.note_to_tribunal,
            found.late_appeal_note) == fields


def test_the_status_as_json_for_no_appeal():
    assert plan_status(situation(D(2027, 1, 4), D(2027, 1, 11), "other")).as_dict() == {
        "status": "no-appeal", "last_day": None, "earliest_last_day": None, "two_month_day": None,
        "contact_by": None, "contact": "not-yet", "contact_date": None, "needs_certificate": False,
        "certificate_advised": False, "section_i_alone": False, "arguably_in_time": False,
        "certificate_due": None, "certificate_overdue": False, "awaiting": "", "earliest_certificate": None,
        "within_mediation_days": False, "note_to_tribunal": False, "late_appeal_note": False,
        "agreement": "", "agreement_acts_by": None}


def test_the_status_as_json_carries_its_dates_as_iso_strings():
    data = plan_status(CASES[0].values[0]).as_dict()
    assert (data["earliest_last_day"], data["two_month_day"], data["contact_by"], data["certificate_due"]) == (
        "2027-09-10", "2027-09-01", "2027-08-15", "2027-08-13")


@pytest.mark.parametrize("answers, contact", [
    pytest.param(dict(adviser_contacted=D(2027, 3, 4)), "in-time", id="the adviser on the reg 33 date"),
    pytest.param(dict(adviser_contacted=D(2027, 3, 5)), "late", id="the adviser the day after"),
    pytest.param(dict(la_told=D(2027, 3, 4)), "in-time", id="mediation asked for on the reg 33 date"),
    pytest.param(dict(la_told=D(2027, 3, 5)), "late", id="mediation asked for the day after"),
    pytest.param(dict(la_told=D(2027, 3, 5), health_included="only"), "not-yet",
                 id="health-only mediation is no contact about the appeal (W4)"),
    pytest.param(dict(mediation_ended=D(2027, 3, 20)), "in-time", id="a mediation that ended"),
    pytest.param(dict(agreement_made=D(2027, 3, 20)), "in-time", id="an agreement made"),
    pytest.param(dict(agreement_made=D(2027, 3, 20), health_included="only"), "not-yet",
                 id="a health-only agreement"),
    pytest.param({}, "not-yet", id="nothing yet"),
])
def test_adviser_contact_by_the_reg_33_date(answers, contact):
    from calculators.timeline import adviser_contact
    full = {"adviser_contacted": None, **answers}
    assert adviser_contact(D(2027, 3, 4), **full) == contact


@pytest.mark.parametrize("answers, earliest", [
    pytest.param(dict(mediation_wanted="no", adviser_contacted=D(2027, 1, 8)), D(2027, 1, 8), id="no mediation"),
    pytest.param(dict(mediation_wanted="", adviser_contacted=D(2027, 1, 8)), None, id="undecided"),
    pytest.param(dict(mediation_wanted="yes", adviser_contacted=D(2027, 1, 8)), None, id="mediation wanted, LA not told"),
    pytest.param(dict(mediation_wanted="", adviser_contacted=None, la_told=D(2027, 1, 11)), D(2027, 1, 11),
                 id="the local authority told, answer not given: a deemed certificate possible"),
    pytest.param(dict(mediation_wanted="yes", adviser_contacted=None, la_told=D(2027, 1, 11),
                      mediation_ended=D(2027, 2, 10)), D(2027, 2, 10), id="held on day 30"),
    pytest.param(dict(mediation_wanted="yes", adviser_contacted=None, la_told=D(2027, 1, 11),
                      agreement_made=D(2027, 2, 11)), D(2027, 1, 11), id="an agreement on day 31"),
    pytest.param(dict(mediation_wanted="yes", adviser_contacted=None, mediation_ended=D(2027, 2, 10)), None,
                 id="held, the day the LA was told unknown"),
    pytest.param(dict(mediation_wanted="yes", health_included="only", adviser_contacted=D(2027, 1, 8),
                      la_told=D(2027, 1, 12), mediation_ended=D(2027, 2, 1)), D(2027, 1, 8),
                 id="health-only: the adviser's certificate for the appealable matters (W4)"),
])
def test_earliest_certificate_date(answers, earliest):
    from calculators.timeline import earliest_certificate_date
    assert earliest_certificate_date(**answers) == earliest


def test_health_only_marks_the_advisers_certificate_as_for_the_appealable_matters():
    from calculators.timeline import mediation_timeline
    rows = {item.what: item.facts for item in mediation_timeline(
        D(2027, 1, 4), today=D(2027, 1, 20), adviser_contacted=D(2027, 1, 8), mediation_wanted="yes",
        health_included="only").items}
    assert rows["adviser-issues-certificate"] == {"working_days": 3, "matters": "appealable"}
    rows = {item.what: item.facts for item in mediation_timeline(
        D(2027, 1, 4), today=D(2027, 1, 20), adviser_contacted=D(2027, 1, 8), mediation_wanted="no",
        health_included="only").items}
    assert rows["adviser-issues-certificate"] == {"working_days": 3}


def test_an_agreement_held_within_30_days_spends_the_30_days_and_starts_the_mediators_3_working_days():
    from calculators.timeline import mediation_timeline
    items = [(item.date, item.what) for item in mediation_timeline(
        D(2027, 1, 4), today=D(2027, 2, 1), mediation_wanted="yes", la_told=D(2027, 1, 11),
        agreement_made=D(2027, 1, 20)).items]
    assert (D(2027, 1, 25), "mediator-issues-certificate") in items
    assert not any(what == "mediation-arranged" for _, what in items)


def test_an_agreement_whose_certificate_runs_past_the_data_names_the_agreement():
    from calculators import timeline
    from calculators.working_days import OutsideBankHolidayData
    with pytest.raises(OutsideBankHolidayData) as raised:
        timeline.mediation_timeline(D(2028, 10, 20), today=D(2028, 12, 29), mediation_wanted="yes",
                                    la_told=D(2028, 12, 2), agreement_made=D(2028, 12, 29))
    assert raised.value.field == "agreement_made"


def test_w2_a_certificate_before_any_meeting_is_counted_at_once():
    from calculators import browser
    import json
    display = json.loads(browser.plan(json.dumps(_request(CASES[11].values[0]))))["display"]
    assert ("To be safe, count your 1 month from the date on your certificate, even if mediation happens later. "
            "Do not wait for the meeting to appeal.") in display["paragraphs"]


@pytest.mark.parametrize("reader, has_row", [
    pytest.param(situation(D(2027, 1, 4), D(2027, 3, 4), mediation_wanted="no"), True,
                 id="contact planned on the reg 33 date itself: the row stays"),
    pytest.param(CASES[3].values[0], False, id="already contacted: no reg 33 row is added"),
])
def test_the_reg_33_row_only_while_contact_is_still_to_do_and_in_time(reader, has_row):
    rows = _plan_timeline_rows(reader)
    assert any(what == "contact-mediation-adviser" for _, what, *_ in rows) is has_row


def test_30_days_with_no_meeting_the_adviser_is_asked_for_any_certificate_and_its_date():
    reader = situation(D(2027, 1, 4), D(2027, 2, 20), mediation_wanted="yes", adviser_contacted=D(2027, 1, 8),
                       la_told=D(2027, 1, 11))
    assert [message.kind for message in letters_needed(reader)] == ["certificate-chase", "mediation-not-arranged"]
    chase = _message(reader, "certificate-chase")
    assert chase.when == ("The 30 days to arrange mediation ended on Wednesday 10 February 2027. A certificate "
                          "may have been issued since. Send this now.")
    assert "including one saying that mediation could not be arranged within 30 days" in chase.text



@pytest.mark.parametrize("answers, contact, has_contact_row", [
    pytest.param(dict(mediation_ended=D(2027, 2, 10)), "in-time", False,
                 id="a mediation that ended shows the adviser was contacted: no reg 33 row"),
    pytest.param(dict(mediation_wanted="yes", la_told=D(2027, 1, 11), agreement_made=D(2027, 2, 1)), "in-time", False,
                 id="an agreement too"),
    pytest.param(dict(agreement_made=D(2027, 2, 1)), "in-time", False, id="an agreement alone"),
    pytest.param(dict(la_told=D(2027, 1, 11), health_included="only"), "not-yet", True,
                 id="health-only mediation is no contact about an appeal (W4): the reg 33 row stays"),
    pytest.param({}, "not-yet", True, id="nothing yet"),
])
def test_the_timeline_knows_whether_the_adviser_was_contacted(answers, contact, has_contact_row):
    from calculators.timeline import mediation_timeline
    timeline = mediation_timeline(D(2027, 1, 4), today=D(2027, 2, 20), **answers)
    assert timeline.contact == contact
    assert any(item.what == "contact-mediation-adviser" for item in timeline.items) is has_contact_row


def test_no_earliest_deadline_before_contact():
    from calculators.timeline import mediation_timeline
    assert mediation_timeline(D(2027, 1, 4), today=D(2027, 1, 11)).earliest_deadline is None


AGREED = dict(mediation_wanted="yes", la_told=D(2027, 1, 10), adviser_contacted=D(2027, 1, 10),
              agreement_made=D(2027, 2, 1))


@pytest.mark.parametrize("reader, agreement, acts_by", [
    pytest.param(situation(D(2027, 1, 4), D(2027, 2, 3), "a", mediation_wanted="yes"), "", None,
                 id="W7: no agreement: nothing about one"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 2, 3), "a", agreement_settles="yes", **AGREED), "settled",
                 D(2027, 5, 10), id="W7: an assessment agreed on 1 February: the final plan by 10 May (14 weeks)"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 2, 3), "c-iii", agreement_settles="no", **AGREED), "not-settled",
                 D(2027, 2, 15), id="W7: section I agreed: 2 weeks, never the appeal deadline or an event"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 2, 3), "b", **AGREED), "unsure", D(2027, 4, 19),
                 id="W7: not sure it settles everything; a plan agreed: the final plan by 19 April (11 weeks)"),
    pytest.param(situation(D(2027, 1, 4), D(2027, 2, 3), "f", agreement_dates="yes", agreement_settles="yes",
                           **AGREED), "settled", None,
                 id="W7, reg 42(5): the agreement's own dates: no date from the regulations"),
])
def test_the_agreement_and_the_last_date_to_do_what_was_agreed(reader, agreement, acts_by):
    status = plan_status(reader)
    assert (status.agreement, status.agreement_acts_by) == (agreement, acts_by)
    assert status.as_dict()["agreement"] == agreement


#: Issue 23: the certificate answer in a plan, by what the reader said about mediation (in time: a
#: decision on 4 January 2027, today 11 January), and once they are late (nothing to invite waiting).
#: The appeal is about section F and health care, so the note on recommendations follows in each.
RECOMMENDATIONS = ("The Tribunal can make recommendations about health and social care as part of your appeal. "
                   "They are not binding, but the health or social care body must reply in writing, and give its "
                   "reasons if it does not follow them.")
CERTIFICATE_IN_A_PLAN = [
    pytest.param(dict(mediation_wanted="no"),
                 ["You must contact a mediation adviser and get a mediation certificate before you appeal. You do not "
                  "have to take part in mediation: you only have to contact the adviser.", RECOMMENDATIONS],
                 id="no mediation: you only have to contact the adviser"),
    pytest.param(dict(mediation_wanted=""),
                 ["You must contact a mediation adviser and get a mediation certificate before you appeal. You do not "
                  "have to take part in mediation: you only have to contact the adviser.", RECOMMENDATIONS],
                 id="not decided: the same words"),
    pytest.param(dict(mediation_wanted="yes", health_included="no"),
                 ["You must get a mediation certificate before you appeal.", RECOMMENDATIONS],
                 id="mediation wanted: never 'you only have to contact the adviser'"),
    pytest.param(dict(mediation_wanted="yes", health_included="only"),
                 ["You must get a mediation certificate before you appeal. Mediation about health care does not give "
                  "you one. The mediation adviser should send it within 3 working days of you saying you do not want "
                  "mediation about the rest.", RECOMMENDATIONS],
                 id="mediation only about health care: the adviser gives the certificate"),
    pytest.param(dict(mediation_wanted="yes", today=D(2027, 6, 1)), [RECOMMENDATIONS],
                 id="late: no words that invite waiting (the status and 'Do this now' say what to do)"),
]


@pytest.mark.parametrize("answers, paragraphs", CERTIFICATE_IN_A_PLAN)
def test_the_certificate_answer_in_a_plan_fits_the_readers_choice(answers, paragraphs):
    from calculators import browser
    import json
    answers = dict(answers)  # the table's own dict stays as it is, for every run
    today = answers.pop("today", D(2027, 1, 11))
    reader = situation(D(2027, 1, 4), today, "c-ii", "health-social-care", **answers)
    display = json.loads(browser.plan(json.dumps(_request(reader))))["display"]
    assert display["certificate"]["answer"] == "Yes"
    assert display["certificate"]["paragraphs"] == paragraphs
