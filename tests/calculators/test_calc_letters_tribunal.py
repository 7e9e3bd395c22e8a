"""The notes to the SEND Tribunal (``calculators.letters_tribunal``), each written out whole.

Each case is one note for one appellant (W8) in one status of the plan, its dates counted by hand in
its comment, as in test_calc_letters_mediation.py (2027's bank holidays: 1 January, 26 and 29 March, 3
and 31 May, 30 August, 27 and 28 December). The whole text is compared, so a changed word fails here.
"""

import datetime

import pytest

from calculators.letter_parts import READER_NOTES
from calculators.letters import Situation, letter

D = datetime.date


@pytest.mark.parametrize("kind, situation, expected, text", [
    # No contact yet, today Monday 15 February 2027: the 2 months end on Thursday 4 March 2027.
    pytest.param(
        'tribunal-no-certificate', Situation(D(2027, 1, 4), D(2027, 2, 15), grounds=("c-ii",), mediation_wanted="no"),
        {"to": 'tribunal', "subject": "Appeal without a mediation certificate ([Child's name])", "now": False,
         "when": 'Send this with your appeal if you do not have a mediation certificate by then.',
         "provisions": ['CFA 2014, section 55', 'SEND Regulations 2014, regulation 33', 'HESC Rules 2008, rule 20(1)(c)'],
         "notes": ('leave-to-appeal',)},
        """\
To the SEND Tribunal,

Child: [Child's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am the parent of [Child's name].

I am sending my appeal without a mediation certificate. GOV.UK says that if you do not have a mediation certificate, you need to tell the Tribunal why. This is why:

- I did not contact the mediation adviser within 2 months of the decision letter. The 2 months end on Thursday 4 March 2027. I contacted them on [date you contacted them]. This is why I did not contact them sooner: [explain why].
[Add anything else that explains why, for example what the adviser told you. Attach copies of your messages.]

I ask the Tribunal for permission to appeal without a mediation certificate.

Yours faithfully,
[Your name]
""",
        id='no_cert_in_time'),
    # Mediation ended Friday 5 February 2027 within its 30 days: the mediator's 3 working days end on Wednesday 10
    # February. The earliest deadline is 1 month from the end of mediation (the earliest date a certificate can
    # carry): Friday 5 March 2027, later than Thursday 4 March.
    pytest.param(
        'tribunal-no-certificate', Situation(D(2027, 1, 4), D(2027, 2, 9), grounds=("c-ii",), mediation_wanted="yes", adviser_contacted=D(2027, 1, 8), la_told=D(2027, 1, 8), mediation_ended=D(2027, 2, 5), appellant="young-person"),
        {"to": 'tribunal', "subject": 'My mediation certificate has not arrived ([Your name])', "now": False,
         "when": 'Send this with your appeal if your certificate has still not arrived. Make sure the SEND Tribunal has your appeal by Friday 5 March 2027.',
         "provisions": ['CFA 2014, section 55', 'SEND Regulations 2014, regulation 33', 'HESC Rules 2008, rule 20(1)(c)'],
         "notes": ('leave-to-appeal',)},
        """\
To the SEND Tribunal,

Young person: [Your name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am [Your name], the young person this decision is about.

My mediation certificate has not arrived. I am sending my appeal now, so that it reaches the Tribunal in time. I ask the Tribunal for permission to appeal without a mediation certificate.

I have done what the law asks of me. This is what has happened:

- I contacted the mediation adviser on Friday 8 January 2027, within 2 months of the decision letter.
- Our mediation ended on Friday 5 February 2027. The mediator should issue the certificate within 3 working days. Those days end on Wednesday 10 February 2027. I have not received it.
[Add anything else that explains why, for example what the adviser told you. Attach copies of your messages.]

I will send the certificate as soon as it arrives.

Yours faithfully,
[Your name]
""",
        id='no_cert_waiting'),
    # Only the local authority told (Friday 8 January 2027), which counts as contact in time: its 30 days end on
    # Sunday 7 February. Today Wednesday 20 January.
    pytest.param(
        'tribunal-no-certificate', Situation(D(2027, 1, 4), D(2027, 1, 20), grounds=("c-ii",), mediation_wanted="yes", la_told=D(2027, 1, 8), appellant="alternative-person"),
        {"to": 'tribunal', "subject": "My mediation certificate has not arrived ([Young person's name])", "now": False,
         "when": 'Send this with your appeal if your certificate has still not arrived. Make sure the SEND Tribunal has your appeal by Thursday 4 March 2027.',
         "provisions": ['CFA 2014, section 55', 'SEND Regulations 2014, regulation 33', 'HESC Rules 2008, rule 20(1)(c)'],
         "notes": ('leave-to-appeal',)},
        """\
To the SEND Tribunal,

Young person: [Young person's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am [Your name], writing as the alternative person for [Young person's name] (section 80 of the Children and Families Act 2014).

My mediation certificate has not arrived. I am sending my appeal now, so that it reaches the Tribunal in time. I ask the Tribunal for permission to appeal without a mediation certificate.

I have done what the law asks of me. This is what has happened:

- I told the local authority on Friday 8 January 2027 that I wanted mediation. IPSEA says the local authority must arrange mediation within 30 days. Those days end on Sunday 7 February 2027.
[Add anything else that explains why, for example what the adviser told you. Attach copies of your messages.]

I will send the certificate as soon as it arrives.

Yours faithfully,
[Your name]
""",
        id='no_cert_la_told_only'),
    # No mediation, the adviser told on Monday 1 March 2027: Tuesday 2, Wednesday 3, Thursday 4 March. Today
    # Wednesday 3 March. A certificate can be dated from 1 March, so the appeal must be in by Thursday 1 April 2027.
    pytest.param(
        'tribunal-no-certificate', Situation(D(2027, 1, 4), D(2027, 3, 3), grounds=("c-ii",), mediation_wanted="no", adviser_contacted=D(2027, 3, 1)),
        {"to": 'tribunal', "subject": "My mediation certificate has not arrived ([Child's name])", "now": False,
         "when": 'Send this with your appeal if your certificate has still not arrived. Make sure the SEND Tribunal has your appeal by Thursday 1 April 2027.',
         "provisions": ['CFA 2014, section 55', 'SEND Regulations 2014, regulation 33', 'HESC Rules 2008, rule 20(1)(c)'],
         "notes": ('leave-to-appeal',)},
        """\
To the SEND Tribunal,

Child: [Child's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am the parent of [Child's name].

My mediation certificate has not arrived. I am sending my appeal now, so that it reaches the Tribunal in time. I ask the Tribunal for permission to appeal without a mediation certificate.

I have done what the law asks of me. This is what has happened:

- I contacted the mediation adviser on Monday 1 March 2027, within 2 months of the decision letter.
- I said I did not want mediation. Guidance on the SEND Regulations 2014 says the adviser should issue the certificate within 3 working days. Those days end on Thursday 4 March 2027. I have not received it.
[Add anything else that explains why, for example what the adviser told you. Attach copies of your messages.]

I will send the certificate as soon as it arrives.

Yours faithfully,
[Your name]
""",
        id='no_cert_no_mediation'),
    # The local authority told on Friday 8 January; its 30 days ended on Sunday 7 February with no mediation. Today,
    # Wednesday 10 March, the earliest deadline (Thursday 4 March) has passed: overdue.
    pytest.param(
        'tribunal-no-certificate', Situation(D(2027, 1, 4), D(2027, 3, 10), grounds=("c-ii",), mediation_wanted="yes", adviser_contacted=D(2027, 1, 8), la_told=D(2027, 1, 8), appellant="young-person"),
        {"to": 'tribunal', "subject": 'My mediation certificate has not arrived ([Your name])', "now": True,
         "when": 'Send this with your appeal if you cannot get your certificate and the date on it today.',
         "provisions": ['CFA 2014, section 55', 'SEND Regulations 2014, regulation 33', 'HESC Rules 2008, rule 20(1)(c)', 'HESC Rules 2008, rule 5(3)(a)'],
         "notes": ('leave-to-appeal-now', 'late-appeal')},
        """\
To the SEND Tribunal,

Young person: [Your name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am [Your name], the young person this decision is about.

My mediation certificate has not arrived, so I do not know the date on it. GOV.UK says that if you do not have a mediation certificate, you need to tell the Tribunal why. This is why:

- I contacted the mediation adviser on Friday 8 January 2027, within 2 months of the decision letter.
- I told the local authority on Friday 8 January 2027 that I wanted mediation. IPSEA says the local authority must arrange mediation within 30 days. Those days ended on Sunday 7 February 2027.
[Add anything else that explains why, for example what the adviser told you. Attach copies of your messages.]

I ask the Tribunal for permission to appeal without a mediation certificate.

If my appeal is late, I ask the Tribunal to extend the time under rule 5(3)(a) of the Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008, because [explain why].

[If the decision letter did not tell you about your right to appeal, the time limit, or mediation and the mediation adviser (regulation 32 of the SEND Regulations 2014), say so here.]

Yours faithfully,
[Your name]
""",
        id='no_cert_overdue_la'),
    # Health care only: the adviser's 3 working days from Friday 8 January ended on Wednesday 13 January; today
    # Wednesday 10 March: overdue.
    pytest.param(
        'tribunal-no-certificate', Situation(D(2027, 1, 4), D(2027, 3, 10), grounds=("c-ii", "health-social-care"), mediation_wanted="yes", health_included="only", adviser_contacted=D(2027, 1, 8), la_told=D(2027, 1, 8), appellant="alternative-person"),
        {"to": 'tribunal', "subject": "My mediation certificate has not arrived ([Young person's name])", "now": True,
         "when": 'Send this with your appeal if you cannot get your certificate and the date on it today.',
         "provisions": ['CFA 2014, section 55', 'SEND Regulations 2014, regulation 33', 'HESC Rules 2008, rule 20(1)(c)', 'HESC Rules 2008, rule 5(3)(a)'],
         "notes": ('leave-to-appeal-now', 'late-appeal')},
        """\
To the SEND Tribunal,

Young person: [Young person's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am [Your name], writing as the alternative person for [Young person's name] (section 80 of the Children and Families Act 2014).

My mediation certificate has not arrived, so I do not know the date on it. GOV.UK says that if you do not have a mediation certificate, you need to tell the Tribunal why. This is why:

- I contacted the mediation adviser on Friday 8 January 2027, within 2 months of the decision letter.
- I said I did not want mediation about the things I can appeal about. Guidance on the SEND Regulations 2014 says the adviser should issue the certificate within 3 working days. Those days ended on Wednesday 13 January 2027. I have not received it.
- Separately, I asked for mediation about health care only. That does not affect my certificate.
[Add anything else that explains why, for example what the adviser told you. Attach copies of your messages.]

I ask the Tribunal for permission to appeal without a mediation certificate.

If my appeal is late, I ask the Tribunal to extend the time under rule 5(3)(a) of the Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008, because [explain why].

[If the decision letter did not tell you about your right to appeal, the time limit, or mediation and the mediation adviser (regulation 32 of the SEND Regulations 2014), say so here.]

Yours faithfully,
[Your name]
""",
        id='no_cert_overdue_health_only'),
    # Mediation on Monday 1 March, after the 30 days from Friday 8 January (Sunday 7 February); the mediator's 3
    # working days: Tuesday 2, Wednesday 3, Thursday 4 March. The adviser contacted on Monday 8 March, after the 2
    # months (Thursday 4 March). Today Tuesday 20 April: late.
    pytest.param(
        'tribunal-no-certificate', Situation(D(2027, 1, 4), D(2027, 4, 20), grounds=("c-ii",), mediation_wanted="yes", adviser_contacted=D(2027, 3, 8), la_told=D(2027, 1, 8), mediation_ended=D(2027, 3, 1)),
        {"to": 'tribunal', "subject": "Late appeal without a mediation certificate ([Child's name])", "now": True,
         "when": 'Send this with your appeal now.',
         "provisions": ['CFA 2014, section 55', 'SEND Regulations 2014, regulation 33', 'HESC Rules 2008, rule 20(1)(c)', 'HESC Rules 2008, rule 5(3)(a)'],
         "notes": ('leave-to-appeal-now', 'late-appeal')},
        """\
To the SEND Tribunal,

Child: [Child's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am the parent of [Child's name].

My appeal is late, and I do not have a mediation certificate. The deadline for my appeal was Thursday 4 March 2027. GOV.UK says that if you do not have a mediation certificate, you need to tell the Tribunal why.

I ask the Tribunal to extend the time for my appeal under rule 5(3)(a) of the Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008. I also ask for permission to appeal without a mediation certificate. My reasons are:

- [Explain why your appeal is late.]
- I contacted the mediation adviser on Monday 8 March 2027, after the 2 months ended on Thursday 4 March 2027. This is why: [explain why].
- Mediation took place on Monday 1 March 2027, more than 30 days after I asked the local authority for it on Friday 8 January 2027.
- Our mediation ended on Monday 1 March 2027. The mediator should issue the certificate within 3 working days. Those days ended on Thursday 4 March 2027. I have not received it.
[Add anything else that explains why, for example what the adviser told you. Attach copies of your messages.]

[If the decision letter did not tell you about your right to appeal, the time limit, or mediation and the mediation adviser (regulation 32 of the SEND Regulations 2014), say so here.]

Yours faithfully,
[Your name]
""",
        id='no_cert_late'),
    # The adviser contacted on Monday 8 March 2027, after the 2 months ended on Thursday 4 March, which was the
    # deadline. Today Wednesday 10 March.
    pytest.param(
        'tribunal-late-appeal', Situation(D(2027, 1, 4), D(2027, 3, 10), grounds=("c-ii",), mediation_wanted="no", adviser_contacted=D(2027, 3, 8), appellant="young-person"),
        {"to": 'tribunal', "subject": 'Late appeal: request for more time ([Your name])', "now": True,
         "when": 'Send this with your appeal now.',
         "provisions": ['HESC Rules 2008, rule 5(3)(a)', 'HESC Rules 2008, rule 20(1)(c)', 'SEND Regulations 2014, regulation 32(e)'],
         "notes": ('late-appeal',)},
        """\
To the SEND Tribunal,

Young person: [Your name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am [Your name], the young person this decision is about.

My appeal is late. The deadline for my appeal was Thursday 4 March 2027.

I ask the Tribunal to extend the time for my appeal under rule 5(3)(a) of the Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008. My reasons are:

- [Explain why your appeal is late.]
- I contacted the mediation adviser on Monday 8 March 2027, after the 2 months ended on Thursday 4 March 2027. This is why: [explain why].
[Add anything else that explains why, for example what the adviser told you. Attach copies of your messages.]

[If the decision letter did not tell you about your right to appeal, the time limit, or mediation and the mediation adviser (regulation 32 of the SEND Regulations 2014), say so here.]

Yours faithfully,
[Your name]
""",
        id='late_plain'),
    # Certificate dated Monday 15 March 2027: 1 month later is Thursday 15 April 2027. Today Tuesday 20 April.
    pytest.param(
        'tribunal-late-appeal', Situation(D(2027, 1, 4), D(2027, 4, 20), grounds=("c-ii",), mediation_wanted="no", adviser_contacted=D(2027, 1, 8), certificate_issued=D(2027, 3, 15), appellant="alternative-person"),
        {"to": 'tribunal', "subject": "Late appeal: request for more time ([Young person's name])", "now": True,
         "when": 'Send this with your appeal now.',
         "provisions": ['HESC Rules 2008, rule 5(3)(a)', 'HESC Rules 2008, rule 20(1)(c)', 'SEND Regulations 2014, regulation 32(e)'],
         "notes": ('late-appeal',)},
        """\
To the SEND Tribunal,

Young person: [Young person's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am [Your name], writing as the alternative person for [Young person's name] (section 80 of the Children and Families Act 2014).

My appeal is late. The deadline for my appeal was Thursday 15 April 2027, 1 month after the date on my mediation certificate (Monday 15 March 2027).

I ask the Tribunal to extend the time for my appeal under rule 5(3)(a) of the Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008. My reasons are:

- [Explain why your appeal is late.]
[Add anything else that explains why, for example what the adviser told you. Attach copies of your messages.]

[If the decision letter did not tell you about your right to appeal, the time limit, or mediation and the mediation adviser (regulation 32 of the SEND Regulations 2014), say so here.]

Yours faithfully,
[Your name]
""",
        id='late_from_certificate'),
    # A certificate dated Thursday 4 February 2027 gives until Thursday 4 March, the same day as the 2 months: the
    # deadline is given without 'after the certificate'. Today Wednesday 10 March.
    pytest.param(
        'tribunal-late-appeal', Situation(D(2027, 1, 4), D(2027, 3, 10), grounds=("c-ii",), mediation_wanted="no", adviser_contacted=D(2027, 1, 8), certificate_issued=D(2027, 2, 4), appellant="young-person"),
        {"to": 'tribunal', "subject": 'Late appeal: request for more time ([Your name])', "now": True,
         "when": 'Send this with your appeal now.',
         "provisions": ['HESC Rules 2008, rule 5(3)(a)', 'HESC Rules 2008, rule 20(1)(c)', 'SEND Regulations 2014, regulation 32(e)'],
         "notes": ('late-appeal',)},
        """\
To the SEND Tribunal,

Young person: [Your name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am [Your name], the young person this decision is about.

My appeal is late. The deadline for my appeal was Thursday 4 March 2027.

I ask the Tribunal to extend the time for my appeal under rule 5(3)(a) of the Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008. My reasons are:

- [Explain why your appeal is late.]
[Add anything else that explains why, for example what the adviser told you. Attach copies of your messages.]

[If the decision letter did not tell you about your right to appeal, the time limit, or mediation and the mediation adviser (regulation 32 of the SEND Regulations 2014), say so here.]

Yours faithfully,
[Your name]
""",
        id='late_cert_same_day'),
    # Section I alone (W3): the 2 months ended on Thursday 4 March 2027, but the certificate dated Friday 26
    # February 2027 may give until Friday 26 March. Today Wednesday 10 March: 'may be late'.
    pytest.param(
        'tribunal-late-appeal', Situation(D(2027, 1, 4), D(2027, 3, 10), grounds=("c-iii",), mediation_wanted="yes", adviser_contacted=D(2027, 1, 8), la_told=D(2027, 1, 8), mediation_ended=D(2027, 1, 29), certificate_issued=D(2027, 2, 26)),
        {"to": 'tribunal', "subject": "Appeal that may be late: request for more time ([Child's name])", "now": True,
         "when": 'Send this with your appeal now.',
         "provisions": ['HESC Rules 2008, rule 5(3)(a)', 'HESC Rules 2008, rule 20(1)(c)', 'SEND Regulations 2014, regulation 32(e)'],
         "notes": ('late-appeal',)},
        """\
To the SEND Tribunal,

Child: [Child's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am the parent of [Child's name].

The 2 months after the decision letter ended on Thursday 4 March 2027. My mediation certificate is dated Friday 26 February 2027.

If my appeal is late, I ask the Tribunal to extend the time under rule 5(3)(a) of the Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008. My reasons are:

- [Explain why your appeal may be late.]
- My mediation with the local authority ended on Friday 29 January 2027.
- My mediation certificate is dated Friday 26 February 2027.
[Add anything else that explains why, for example what the adviser told you. Attach copies of your messages.]

[If the decision letter did not tell you about your right to appeal, the time limit, or mediation and the mediation adviser (regulation 32 of the SEND Regulations 2014), say so here.]

Yours faithfully,
[Your name]
""",
        id='late_arguably'),
])
def test_the_whole_message(kind, situation, expected, text):
    message = letter(kind, situation)
    assert message.text == text
    assert {"kind": message.kind, "to": message.to, "subject": message.subject, "now": message.now, "when": message.when,
            "provisions": [provision.citation for provision in message.provisions], "notes": message.notes} == {
        **expected, "kind": kind, "notes": tuple(READER_NOTES.get(note, note) for note in expected["notes"])}
