"""The messages about mediation (``calculators.letters_mediation``), each written out whole.

Each case is one message kind for one appellant (parent, young person, alternative person: W8) in
one status of the plan (``calculators.plan``), with its dates counted by hand from the law and
the bank holidays in ``calculators/bank_holidays.json`` (2027 in England: 1 January, Good Friday 26
March, Easter Monday 29 March, 3 and 31 May, 30 August, 27 and 28 December). The counts: reg 33's
2 months and the appeal's 2 months (HESC rule 20(1)(c)) end on the same day number; the adviser's
and the mediator's 3 working days and the local authority's 3 working days to tell the ICB skip
weekends and bank holidays (guidance on SEND Regulations 2014 Part 2); the 30 days to arrange
mediation count every day; reg 42's 1 and 2 weeks and reg 44's 5 weeks count every day.

The whole text is compared, so a changed word in any sentence fails here.
"""

import datetime

import pytest

from calculators.letter_parts import READER_NOTES
from calculators.letters import Situation, letter

D = datetime.date


@pytest.mark.parametrize("kind, situation, expected, text", [
    # Decision letter Monday 4 January 2027: reg 33's 2 months, and the appeal's (rule 20(1)(c)), end on the same
    # day number, Thursday 4 March 2027 (not a bank holiday). Mediation wanted: the later of that date and 1 month
    # after the certificate. Two issues: the adviser is told how to leave one out.
    pytest.param(
        'adviser-contact', Situation(D(2027, 1, 4), D(2027, 1, 11), grounds=("c-i", "c-ii"), mediation_wanted="yes"),
        {"to": 'mediation-adviser', "subject": "I want to appeal and I want mediation ([Child's name])", "now": True,
         "when": 'Send this now. You must contact the mediation adviser by Thursday 4 March 2027.',
         "provisions": ['SEND Regulations 2014, regulation 33', 'CFA 2014, section 55', 'HESC Rules 2008, rule 20(1)(c)'],
         "notes": ()},
        """\
Dear [name of the mediation adviser],

Child: [Child's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am the parent of [Child's name].

I want to appeal to the SEND Tribunal against the local authority’s decision in its letter dated Monday 4 January 2027. I disagree with:

- the special educational needs in the plan (section B)
- the special educational provision in the plan (section F)

I want mediation. Please tell me what happens next. I am also telling the local authority that I want mediation, as the decision letter asks. [If you do not want mediation about all of these, write which ones you leave out. Ask for a mediation certificate for them now.]

I am contacting you within 2 months of the decision letter being sent, as regulation 33 of the SEND Regulations 2014 requires. The 2 months end on Thursday 4 March 2027.

The SEND Tribunal must receive my appeal by the later of two dates. These are Thursday 4 March 2027 and 1 month after the date on my mediation certificate.

Please confirm in writing that you have received this message, and the date you received it.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='adviser_yes_parent'),
    # Written Monday 11 January 2027: the adviser's 3 working days are Tuesday 12, Wednesday 13 and Thursday 14
    # January (no bank holiday), so by Thursday 14 January.
    pytest.param(
        'adviser-contact', Situation(D(2027, 1, 4), D(2027, 1, 11), grounds=("c-ii",), mediation_wanted="no", appellant="young-person"),
        {"to": 'mediation-adviser', "subject": 'I want to appeal: please send my mediation certificate ([Your name])', "now": True,
         "when": 'Send this now. You must contact the mediation adviser by Thursday 4 March 2027.',
         "provisions": ['SEND Regulations 2014, regulation 33', 'CFA 2014, section 55', 'HESC Rules 2008, rule 20(1)(c)', 'SEND Regulations 2014, regulation 34'],
         "notes": ('guidance',)},
        """\
Dear [name of the mediation adviser],

Young person: [Your name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am [Your name], the young person this decision is about.

I want to appeal to the SEND Tribunal against the local authority’s decision in its letter dated Monday 4 January 2027. I disagree with:

- the special educational provision in the plan (section F)

I do not want mediation. Please send me a mediation certificate. Guidance on the SEND Regulations 2014 says you should issue it within 3 working days of hearing from me: if this reaches you today, by Thursday 14 January 2027.

I am contacting you within 2 months of the decision letter being sent, as regulation 33 of the SEND Regulations 2014 requires. The 2 months end on Thursday 4 March 2027.

The SEND Tribunal must receive my appeal by the later of two dates. These are Thursday 4 March 2027 and 1 month after the date on my mediation certificate.

Please confirm in writing that you have received this message, and the date you received it.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='adviser_no_young'),
    # Written Wednesday 10 March 2027, after the 2 months ended on Thursday 4 March: said plainly, the deadline
    # given as passed, and a certificate still asked for.
    pytest.param(
        'adviser-contact', Situation(D(2027, 1, 4), D(2027, 3, 10), grounds=("a",), appellant="alternative-person"),
        {"to": 'mediation-adviser', "subject": "I want to appeal ([Young person's name])", "now": True,
         "when": 'Send this now. The 2 months to contact the mediation adviser ended on Thursday 4 March 2027, so get advice too.',
         "provisions": ['SEND Regulations 2014, regulation 33', 'CFA 2014, section 55', 'HESC Rules 2008, rule 20(1)(c)'],
         "notes": ('late-contact',)},
        """\
Dear [name of the mediation adviser],

Young person: [Young person's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am [Your name], writing as the alternative person for [Young person's name] (section 80 of the Children and Families Act 2014).

I want to appeal to the SEND Tribunal against the local authority’s decision in its letter dated Monday 4 January 2027. I disagree with:

- the decision not to carry out an EHC needs assessment

I have not decided yet whether I want mediation. Please tell me how it works, so that I can tell you my decision as soon as I can. If I choose mediation, I will tell the local authority too, as the decision letter asks.

The 2 months after the decision letter ended on Thursday 4 March 2027. Please still issue a mediation certificate, so that I can appeal.

The deadline for my appeal was Thursday 4 March 2027.

Please confirm in writing that you have received this message, and the date you received it.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='adviser_undecided_late_alt'),
    # Mediation about health care only (W4): the certificate for the rest is asked for now, by Thursday 14 January
    # (3 working days from Monday 11 January).
    pytest.param(
        'adviser-contact', Situation(D(2027, 1, 4), D(2027, 1, 11), grounds=("c-ii", "health-social-care"), mediation_wanted="yes", health_included="only"),
        {"to": 'mediation-adviser', "subject": "I want to appeal: please send my mediation certificate ([Child's name])", "now": True,
         "when": 'Send this now. You must contact the mediation adviser by Thursday 4 March 2027.',
         "provisions": ['SEND Regulations 2014, regulation 33', 'CFA 2014, section 55', 'HESC Rules 2008, rule 20(1)(c)', 'SEND Regulations 2014, regulation 34'],
         "notes": ('guidance',)},
        """\
Dear [name of the mediation adviser],

Child: [Child's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am the parent of [Child's name].

I want to appeal to the SEND Tribunal against the local authority’s decision in its letter dated Monday 4 January 2027. I disagree with:

- the special educational provision in the plan (section F)

I also want to ask the Tribunal to make recommendations about the health or social care parts of the plan.

I want mediation only about health care, and I am asking the local authority for it. I do not want mediation about the other things I want to appeal about. Please send me a mediation certificate for them. Guidance on the SEND Regulations 2014 says you should issue it within 3 working days of hearing from me: if this reaches you today, by Thursday 14 January 2027.

I am contacting you within 2 months of the decision letter being sent, as regulation 33 of the SEND Regulations 2014 requires. The 2 months end on Thursday 4 March 2027.

The SEND Tribunal must receive my appeal by the later of two dates. These are Thursday 4 March 2027 and 1 month after the date on my mediation certificate.

Please confirm in writing that you have received this message, and the date you received it.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='adviser_health_only'),
    # Section I with health or social care recommendations (W3): a certificate asked for to be safe; the deadline,
    # Thursday 4 March 2027, is not moved by mediation; no reg 33 'requires'.
    pytest.param(
        'adviser-contact', Situation(D(2027, 1, 4), D(2027, 1, 11), grounds=("c-iii", "health-social-care"), mediation_wanted="no", appellant="young-person"),
        {"to": 'mediation-adviser', "subject": 'I want to appeal: please send me a mediation certificate ([Your name])', "now": True,
         "when": 'Send this now. You must contact the mediation adviser by Thursday 4 March 2027.',
         "provisions": ['SEND Regulations 2014, regulation 33', 'CFA 2014, section 55', 'HESC Rules 2008, rule 20(1)(c)'],
         "notes": ()},
        """\
Dear [name of the mediation adviser],

Young person: [Your name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am [Your name], the young person this decision is about.

I want to appeal to the SEND Tribunal against the local authority’s decision in its letter dated Monday 4 January 2027. I disagree with:

- the school or other setting named in the plan, or the type of school (section I)

I also want to ask the Tribunal to make recommendations about the health or social care parts of the plan.

I do not want mediation. It is not settled whether I need a mediation certificate for this appeal, so please send me one to be safe.

I am contacting you within 2 months of the decision letter being sent. The 2 months end on Thursday 4 March 2027.

The SEND Tribunal must receive my appeal by Thursday 4 March 2027. Mediation does not change this deadline.

Please confirm in writing that you have received this message, and the date you received it.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='adviser_section_i_advised'),
    # Section I alone, written Wednesday 10 March 2027: past the 2 months, but no certificate is needed, so none is
    # asked for.
    pytest.param(
        'adviser-contact', Situation(D(2027, 1, 4), D(2027, 3, 10), grounds=("c-iii",), mediation_wanted="yes"),
        {"to": 'mediation-adviser', "subject": "I want to appeal and I want mediation ([Child's name])", "now": True,
         "when": 'Send this now. The 2 months to contact the mediation adviser ended on Thursday 4 March 2027, so get advice too.',
         "provisions": ['SEND Regulations 2014, regulation 33', 'CFA 2014, section 55', 'HESC Rules 2008, rule 20(1)(c)'],
         "notes": ('late-contact',)},
        """\
Dear [name of the mediation adviser],

Child: [Child's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am the parent of [Child's name].

I want to appeal to the SEND Tribunal against the local authority’s decision in its letter dated Monday 4 January 2027. I disagree with:

- the school or other setting named in the plan, or the type of school (section I)

I want mediation. Please tell me what happens next. I am also telling the local authority that I want mediation, as the decision letter asks.

The 2 months after the decision letter ended on Thursday 4 March 2027.

The deadline for my appeal was Thursday 4 March 2027.

Please confirm in writing that you have received this message, and the date you received it.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='adviser_section_i_mediation_late'),
    # Section I with recommendations, mediation not decided: the reader is asked to decide, not told they do not
    # want mediation (W3).
    pytest.param(
        'adviser-contact', Situation(D(2027, 1, 4), D(2027, 1, 11), grounds=("c-iii", "health-social-care"), appellant="alternative-person"),
        {"to": 'mediation-adviser', "subject": "I want to appeal ([Young person's name])", "now": True,
         "when": 'Send this now. You must contact the mediation adviser by Thursday 4 March 2027.',
         "provisions": ['SEND Regulations 2014, regulation 33', 'CFA 2014, section 55', 'HESC Rules 2008, rule 20(1)(c)'],
         "notes": ()},
        """\
Dear [name of the mediation adviser],

Young person: [Young person's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am [Your name], writing as the alternative person for [Young person's name] (section 80 of the Children and Families Act 2014).

I want to appeal to the SEND Tribunal against the local authority’s decision in its letter dated Monday 4 January 2027. I disagree with:

- the school or other setting named in the plan, or the type of school (section I)

I also want to ask the Tribunal to make recommendations about the health or social care parts of the plan.

I have not decided yet whether I want mediation. Please tell me how it works, so that I can tell you my decision as soon as I can. If I choose mediation, I will tell the local authority too, as the decision letter asks.

I am contacting you within 2 months of the decision letter being sent. The 2 months end on Thursday 4 March 2027.

The SEND Tribunal must receive my appeal by Thursday 4 March 2027. Mediation does not change this deadline.

Please confirm in writing that you have received this message, and the date you received it.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='adviser_undecided_section_i_advised'),
    # Written on the last of the 2 months, Thursday 4 March 2027: in time. The adviser's 3 working days: Friday 5,
    # Monday 8, Tuesday 9 March. A certificate dated then gives longer than 4 March, so the deadline is 1 month from
    # its date.
    pytest.param(
        'adviser-contact', Situation(D(2027, 1, 4), D(2027, 3, 4), grounds=("c-ii",), mediation_wanted="no", appellant="young-person"),
        {"to": 'mediation-adviser', "subject": 'I want to appeal: please send my mediation certificate ([Your name])', "now": True,
         "when": 'Send this now. You must contact the mediation adviser by Thursday 4 March 2027.',
         "provisions": ['SEND Regulations 2014, regulation 33', 'CFA 2014, section 55', 'HESC Rules 2008, rule 20(1)(c)', 'SEND Regulations 2014, regulation 34'],
         "notes": ('guidance',)},
        """\
Dear [name of the mediation adviser],

Young person: [Your name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am [Your name], the young person this decision is about.

I want to appeal to the SEND Tribunal against the local authority’s decision in its letter dated Monday 4 January 2027. I disagree with:

- the special educational provision in the plan (section F)

I do not want mediation. Please send me a mediation certificate. Guidance on the SEND Regulations 2014 says you should issue it within 3 working days of hearing from me: if this reaches you today, by Tuesday 9 March 2027.

I am contacting you within 2 months of the decision letter being sent, as regulation 33 of the SEND Regulations 2014 requires. The 2 months end on Thursday 4 March 2027.

I have 1 month from the date on my mediation certificate to appeal.

Please confirm in writing that you have received this message, and the date you received it.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='adviser_last_day'),
    # Section I alone, in time: mediation is asked for, and the deadline stays Thursday 4 March 2027.
    pytest.param(
        'adviser-contact', Situation(D(2027, 1, 4), D(2027, 1, 11), grounds=("c-iii",), mediation_wanted="yes", appellant="alternative-person"),
        {"to": 'mediation-adviser', "subject": "I want to appeal and I want mediation ([Young person's name])", "now": True,
         "when": 'Send this now. You must contact the mediation adviser by Thursday 4 March 2027.',
         "provisions": ['SEND Regulations 2014, regulation 33', 'CFA 2014, section 55', 'HESC Rules 2008, rule 20(1)(c)'],
         "notes": ()},
        """\
Dear [name of the mediation adviser],

Young person: [Young person's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am [Your name], writing as the alternative person for [Young person's name] (section 80 of the Children and Families Act 2014).

I want to appeal to the SEND Tribunal against the local authority’s decision in its letter dated Monday 4 January 2027. I disagree with:

- the school or other setting named in the plan, or the type of school (section I)

I want mediation. Please tell me what happens next. I am also telling the local authority that I want mediation, as the decision letter asks.

I am contacting you within 2 months of the decision letter being sent. The 2 months end on Thursday 4 March 2027.

The SEND Tribunal must receive my appeal by Thursday 4 March 2027. Mediation does not change this deadline.

Please confirm in writing that you have received this message, and the date you received it.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='adviser_section_i_mediation'),
    # Written Monday 11 January 2027: the ICB is told within 3 working days (12, 13, 14 January: Thursday 14
    # January); mediation within 30 calendar days (11 January + 30 = Wednesday 10 February 2027). Two issues: the
    # deadline note gives Thursday 4 March 2027.
    pytest.param(
        'la-mediation-request', Situation(D(2027, 1, 4), D(2027, 1, 11), grounds=("c-i", "c-ii", "health-social-care"), mediation_wanted="yes", health_included="yes", appellant="young-person"),
        {"to": 'local-authority', "subject": 'Request for mediation ([Your name])', "now": True,
         "when": 'Send this now, at the same time as your message to the mediation adviser.',
         "provisions": ['SEND Regulations 2014, regulation 32(e)', 'CFA 2014, section 53', 'SEND Regulations 2014, Part 2 (mediation)'],
         "notes": ('guidance', 'If you leave an issue out of mediation, tell the mediation adviser in your message to them. If you get more than one certificate, count 1 month from the earliest date on them. Your deadline is that date or Thursday 4 March 2027, whichever is later. Until you know it, make sure the SEND Tribunal has your appeal by Thursday 4 March 2027.')},
        """\
Dear [name of the person named in the decision letter],

Young person: [Your name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am [Your name], the young person this decision is about.

I want mediation about the decision in your letter dated Monday 4 January 2027. Regulation 32(e) of the SEND Regulations 2014 and your letter ask me to tell you this. I have also told the mediation adviser.

The issues I want mediation about are [delete any you do not want mediation about]:

- the special educational needs in the plan (section B)
- the special educational provision in the plan (section F)
- the health or social care parts of the plan
- [Add any details you want to give]

The issues include health care provision. The health care provision I want is: [describe the health care provision you want].

Please tell the NHS integrated care board (ICB) about this mediation. Guidance says you should tell it within 3 working days of hearing from me: if this reaches you today, by Thursday 14 January 2027.

IPSEA’s guidance on the SEND Regulations 2014 says you must arrange mediation within 30 days: if this reaches you today, by Wednesday 10 February 2027.

Please tell me the date and place of the mediation at least 5 working days before it. Please send someone who can make decisions about these issues.

If you cannot arrange mediation within 30 days, please tell the mediation adviser straight away, so that they can issue my mediation certificate.

Please confirm in writing that you have received this message.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='la_health_yes'),
    # Mediation about health care only: the ICB arranges it within 30 days of being told, a date the reader cannot
    # know; no certificate from this mediation (W4).
    pytest.param(
        'la-mediation-request', Situation(D(2027, 1, 4), D(2027, 1, 11), grounds=("c-ii", "health-social-care"), mediation_wanted="yes", health_included="only", appellant="alternative-person"),
        {"to": 'local-authority', "subject": "Request for mediation ([Young person's name])", "now": True,
         "when": 'Send this now, at the same time as your message to the mediation adviser.',
         "provisions": ['SEND Regulations 2014, regulation 32(e)', 'CFA 2014, section 53', 'SEND Regulations 2014, Part 2 (mediation)'],
         "notes": ('guidance',)},
        """\
Dear [name of the person named in the decision letter],

Young person: [Young person's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am [Your name], writing as the alternative person for [Young person's name] (section 80 of the Children and Families Act 2014).

I want mediation about the decision in your letter dated Monday 4 January 2027. Regulation 32(e) of the SEND Regulations 2014 and your letter ask me to tell you this. I have also told the mediation adviser.

The issue I want mediation about is the health care provision in the plan.

I do not want mediation about the other things I am appealing about. I have asked the mediation adviser for a mediation certificate for them.

The issues include health care provision. The health care provision I want is: [describe the health care provision you want].

Please tell the NHS integrated care board (ICB) about this mediation. Guidance says you should tell it within 3 working days of hearing from me: if this reaches you today, by Thursday 14 January 2027.

IPSEA’s guidance on the SEND Regulations 2014 says the NHS integrated care board (ICB) must arrange mediation within 30 days of being told.

Please tell me the date and place of the mediation at least 5 working days before it. Please send someone who can make decisions about these issues.

Please confirm in writing that you have received this message.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='la_health_only'),
    # Written Tuesday 6 April 2027, the earliest deadline (Thursday 4 March) passed: 30 days from today is Thursday
    # 6 May 2027, and the note says to send the appeal now.
    pytest.param(
        'la-mediation-request', Situation(D(2027, 1, 4), D(2027, 4, 6), grounds=("c-i", "c-ii"), mediation_wanted="yes", adviser_contacted=D(2027, 1, 8)),
        {"to": 'local-authority', "subject": "Request for mediation ([Child's name])", "now": True,
         "when": 'Send this now, at the same time as your message to the mediation adviser.',
         "provisions": ['SEND Regulations 2014, regulation 32(e)', 'CFA 2014, section 53', 'SEND Regulations 2014, Part 2 (mediation)'],
         "notes": ('guidance', 'If you leave an issue out of mediation, tell the mediation adviser in your message to them. If you get more than one certificate, count 1 month from the earliest date on them. Do not wait for mediation or a certificate: send your appeal now.')},
        """\
Dear [name of the person named in the decision letter],

Child: [Child's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am the parent of [Child's name].

I want mediation about the decision in your letter dated Monday 4 January 2027. Regulation 32(e) of the SEND Regulations 2014 and your letter ask me to tell you this. I have also told the mediation adviser.

The issues I want mediation about are [delete any you do not want mediation about]:

- the special educational needs in the plan (section B)
- the special educational provision in the plan (section F)
- [Add any details you want to give]

IPSEA’s guidance on the SEND Regulations 2014 says you must arrange mediation within 30 days: if this reaches you today, by Thursday 6 May 2027.

Please tell me the date and place of the mediation at least 5 working days before it. Please send someone who can make decisions about these issues.

If you cannot arrange mediation within 30 days, please tell the mediation adviser straight away, so that they can issue my mediation certificate.

Please confirm in writing that you have received this message.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='la_passed'),
    # Two issues, written on the last day to appeal, Thursday 4 March 2027: the note still gives that day (not 'send
    # now'); 30 days from today is Saturday 3 April 2027.
    pytest.param(
        'la-mediation-request', Situation(D(2027, 1, 4), D(2027, 3, 4), grounds=("c-i", "c-ii"), mediation_wanted="yes"),
        {"to": 'local-authority', "subject": "Request for mediation ([Child's name])", "now": True,
         "when": 'Send this now, at the same time as your message to the mediation adviser.',
         "provisions": ['SEND Regulations 2014, regulation 32(e)', 'CFA 2014, section 53', 'SEND Regulations 2014, Part 2 (mediation)'],
         "notes": ('guidance', 'If you leave an issue out of mediation, tell the mediation adviser in your message to them. If you get more than one certificate, count 1 month from the earliest date on them. Your deadline is that date or Thursday 4 March 2027, whichever is later. Until you know it, make sure the SEND Tribunal has your appeal by Thursday 4 March 2027.')},
        """\
Dear [name of the person named in the decision letter],

Child: [Child's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am the parent of [Child's name].

I want mediation about the decision in your letter dated Monday 4 January 2027. Regulation 32(e) of the SEND Regulations 2014 and your letter ask me to tell you this. I have also told the mediation adviser.

The issues I want mediation about are [delete any you do not want mediation about]:

- the special educational needs in the plan (section B)
- the special educational provision in the plan (section F)
- [Add any details you want to give]

IPSEA’s guidance on the SEND Regulations 2014 says you must arrange mediation within 30 days: if this reaches you today, by Saturday 3 April 2027.

Please tell me the date and place of the mediation at least 5 working days before it. Please send someone who can make decisions about these issues.

If you cannot arrange mediation within 30 days, please tell the mediation adviser straight away, so that they can issue my mediation certificate.

Please confirm in writing that you have received this message.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='la_last_day'),
    # Section I alone: no certificate is needed, so the local authority is not asked to tell the adviser; 30 days
    # from Monday 11 January is Wednesday 10 February 2027.
    pytest.param(
        'la-mediation-request', Situation(D(2027, 1, 4), D(2027, 1, 11), grounds=("c-iii",), mediation_wanted="yes"),
        {"to": 'local-authority', "subject": "Request for mediation ([Child's name])", "now": True,
         "when": 'Send this now, at the same time as your message to the mediation adviser.',
         "provisions": ['SEND Regulations 2014, regulation 32(e)', 'CFA 2014, section 53', 'SEND Regulations 2014, Part 2 (mediation)'],
         "notes": ('guidance',)},
        """\
Dear [name of the person named in the decision letter],

Child: [Child's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am the parent of [Child's name].

I want mediation about the decision in your letter dated Monday 4 January 2027. Regulation 32(e) of the SEND Regulations 2014 and your letter ask me to tell you this. I have also told the mediation adviser.

The issues I want mediation about are:

- the school or other setting named in the plan, or the type of school (section I)
- [Add any details you want to give]

IPSEA’s guidance on the SEND Regulations 2014 says you must arrange mediation within 30 days: if this reaches you today, by Wednesday 10 February 2027.

Please tell me the date and place of the mediation at least 5 working days before it. Please send someone who can make decisions about these issues.

Please confirm in writing that you have received this message.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='la_section_i'),
    # Mediation ended Friday 5 February 2027, within the 30 days from Friday 8 January (to Sunday 7 February): the
    # mediator's 3 working days are Monday 8, Tuesday 9 and Wednesday 10 February. Today, Tuesday 9 February, they
    # have not ended.
    pytest.param(
        'certificate-chase', Situation(D(2027, 1, 4), D(2027, 2, 9), grounds=("c-ii",), mediation_wanted="yes", adviser_contacted=D(2027, 1, 8), la_told=D(2027, 1, 8), mediation_ended=D(2027, 2, 5), appellant="young-person"),
        {"to": 'mediator', "subject": 'My mediation certificate has not arrived ([Your name])', "now": False,
         "when": 'Send this if your mediation certificate has not arrived by Wednesday 10 February 2027.',
         "provisions": ['SEND Regulations 2014, Part 2 (mediation)', 'CFA 2014, section 55', 'HESC Rules 2008, rule 20(1)(c)'],
         "notes": ('guidance',)},
        """\
Dear [name of the mediator],

Young person: [Your name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am [Your name], the young person this decision is about.

Our mediation ended on Friday 5 February 2027. Guidance on the SEND Regulations 2014 says the mediator should issue the mediation certificate within 3 working days of the end of the mediation. Those 3 working days end on Wednesday 10 February 2027.

I have not received my certificate. Please send it to me today, by email if you can. I need it for my appeal, and I need to know the date of issue on it.

I have 1 month from the date on my mediation certificate to appeal.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='chase_mediator'),
    # The same mediation, ending with an agreement that settles the appeal; today, Monday 22 February, the
    # mediator's 3 working days ended on Wednesday 10 February.
    pytest.param(
        'certificate-chase', Situation(D(2027, 1, 4), D(2027, 2, 22), grounds=("c-ii",), mediation_wanted="yes", adviser_contacted=D(2027, 1, 8), la_told=D(2027, 1, 8), agreement_made=D(2027, 2, 5), agreement_settles="yes"),
        {"to": 'mediator', "subject": "My mediation certificate has not arrived ([Child's name])", "now": True,
         "when": 'Your mediation certificate was due on Wednesday 10 February 2027. If it has not arrived, send this now.',
         "provisions": ['SEND Regulations 2014, Part 2 (mediation)', 'CFA 2014, section 55', 'HESC Rules 2008, rule 20(1)(c)'],
         "notes": ('guidance',)},
        """\
Dear [name of the mediator],

Child: [Child's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am the parent of [Child's name].

Our mediation ended with an agreement on Friday 5 February 2027. Guidance on the SEND Regulations 2014 says the mediator should issue the mediation certificate within 3 working days of the end of the mediation. Those 3 working days ended on Wednesday 10 February 2027.

I have not received my certificate. Please send it to me today, by email if you can. I need it in case I appeal, and I need to know the date of issue on it.

I have 1 month from the date on my mediation certificate to appeal.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='chase_agreement_settles'),
    # The local authority told on Friday 8 January 2027; its 30 calendar days ended on Sunday 7 February 2027, with
    # no mediation: a certificate may already exist (W1). Today Monday 15 February.
    pytest.param(
        'certificate-chase', Situation(D(2027, 1, 4), D(2027, 2, 15), grounds=("c-ii",), mediation_wanted="yes", adviser_contacted=D(2027, 1, 8), la_told=D(2027, 1, 8), appellant="alternative-person"),
        {"to": 'mediation-adviser', "subject": "My mediation certificate has not arrived ([Young person's name])", "now": True,
         "when": 'The 30 days to arrange mediation ended on Sunday 7 February 2027. A certificate may have been issued since. Send this now.',
         "provisions": ['SEND Regulations 2014, Part 2 (mediation)', 'CFA 2014, section 55', 'HESC Rules 2008, rule 20(1)(c)'],
         "notes": ('guidance',)},
        """\
Dear [name of the mediation adviser],

Young person: [Young person's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am [Your name], writing as the alternative person for [Young person's name] (section 80 of the Children and Families Act 2014).

I want to appeal against the decision in the letter dated Monday 4 January 2027. On Friday 8 January 2027 I told you I want to appeal and want mediation. Have you issued a mediation certificate for me, including one saying that mediation could not be arranged within 30 days? If you have, please tell me the date on it.

I have not received my certificate. Please send it to me today, by email if you can. I need it for my appeal, and I need to know the date of issue on it.

The SEND Tribunal must receive my appeal by the later of two dates. These are Thursday 4 March 2027 and 1 month after the date on my mediation certificate.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='chase_deemed'),
    # Only the local authority told (Friday 8 January): the message is for after Sunday 7 February 2027, the end of
    # its 30 days. Today Wednesday 20 January.
    pytest.param(
        'certificate-chase', Situation(D(2027, 1, 4), D(2027, 1, 20), grounds=("c-ii",), mediation_wanted="yes", la_told=D(2027, 1, 8)),
        {"to": 'mediation-adviser', "subject": "My mediation certificate has not arrived ([Child's name])", "now": False,
         "when": 'Send this if your mediation certificate has not arrived by Sunday 7 February 2027.',
         "provisions": ['SEND Regulations 2014, Part 2 (mediation)', 'CFA 2014, section 55', 'HESC Rules 2008, rule 20(1)(c)'],
         "notes": ('guidance',)},
        """\
Dear [name of the mediation adviser],

Child: [Child's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am the parent of [Child's name].

On Friday 8 January 2027 I told the local authority that I want mediation about its decision in the letter dated Monday 4 January 2027. Have you issued a mediation certificate for me, including one saying that mediation could not be arranged within 30 days? If you have, please tell me the date on it.

I have not received my certificate. Please send it to me today, by email if you can. I need it for my appeal, and I need to know the date of issue on it.

The SEND Tribunal must receive my appeal by the later of two dates. These are Thursday 4 March 2027 and 1 month after the date on my mediation certificate.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='chase_la_told_only'),
    # Mediation on Friday 19 February 2027, after the 30 days ended on Sunday 7 February: the adviser, not the
    # mediator, is asked (L11).
    pytest.param(
        'certificate-chase', Situation(D(2027, 1, 4), D(2027, 2, 22), grounds=("c-ii",), mediation_wanted="yes", adviser_contacted=D(2027, 1, 8), la_told=D(2027, 1, 8), mediation_ended=D(2027, 2, 19)),
        {"to": 'mediation-adviser', "subject": "My mediation certificate has not arrived ([Child's name])", "now": True,
         "when": 'The 30 days to arrange mediation ended on Sunday 7 February 2027. A certificate may have been issued since. Send this now.',
         "provisions": ['SEND Regulations 2014, Part 2 (mediation)', 'CFA 2014, section 55', 'HESC Rules 2008, rule 20(1)(c)'],
         "notes": ('guidance',)},
        """\
Dear [name of the mediation adviser],

Child: [Child's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am the parent of [Child's name].

I want to appeal against the decision in the letter dated Monday 4 January 2027. On Friday 8 January 2027 I told you I want to appeal and want mediation. Mediation took place on Friday 19 February 2027, more than 30 days after I told the local authority. Have you issued a mediation certificate for me, including one saying that mediation could not be arranged within 30 days? If you have, please tell me the date on it.

I have not received my certificate. Please send it to me today, by email if you can. I need it for my appeal, and I need to know the date of issue on it.

The SEND Tribunal must receive my appeal by the later of two dates. These are Thursday 4 March 2027 and 1 month after the date on my mediation certificate.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='chase_held_late'),
    # Mediation wanted, only the adviser told (Friday 8 January), the local authority not yet: no date is due, so
    # the chase asks now whether a certificate was issued.
    pytest.param(
        'certificate-chase', Situation(D(2027, 1, 4), D(2027, 1, 20), grounds=("c-ii",), mediation_wanted="yes", adviser_contacted=D(2027, 1, 8)),
        {"to": 'mediation-adviser', "subject": "My mediation certificate has not arrived ([Child's name])", "now": True,
         "when": 'Send this now, to ask whether a certificate has been issued and the date on it.',
         "provisions": ['SEND Regulations 2014, Part 2 (mediation)', 'CFA 2014, section 55', 'HESC Rules 2008, rule 20(1)(c)'],
         "notes": ('guidance',)},
        """\
Dear [name of the mediation adviser],

Child: [Child's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am the parent of [Child's name].

I want to appeal against the decision in the letter dated Monday 4 January 2027. On Friday 8 January 2027 I told you I want to appeal and want mediation. Have you issued a mediation certificate for me, including one saying that mediation could not be arranged within 30 days? If you have, please tell me the date on it.

I have not received my certificate. Please send it to me today, by email if you can. I need it for my appeal, and I need to know the date of issue on it.

The SEND Tribunal must receive my appeal by the later of two dates. These are Thursday 4 March 2027 and 1 month after the date on my mediation certificate.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='chase_adviser_only'),
    # The local authority told Monday 11 January 2027: its 30 days end on Wednesday 10 February, the day of the
    # agreement, so mediation was held in time and the mediator is asked. The mediator's 3 working days: Thursday
    # 11, Friday 12, Monday 15 February, which is today: not yet passed. The agreement does not settle the appeal.
    pytest.param(
        'certificate-chase', Situation(D(2027, 1, 4), D(2027, 2, 15), grounds=("c-ii",), mediation_wanted="yes", adviser_contacted=D(2027, 1, 11), la_told=D(2027, 1, 11), agreement_made=D(2027, 2, 10), appellant="alternative-person"),
        {"to": 'mediator', "subject": "My mediation certificate has not arrived ([Young person's name])", "now": False,
         "when": 'Send this if your mediation certificate has not arrived by Monday 15 February 2027.',
         "provisions": ['SEND Regulations 2014, Part 2 (mediation)', 'CFA 2014, section 55', 'HESC Rules 2008, rule 20(1)(c)'],
         "notes": ('guidance',)},
        """\
Dear [name of the mediator],

Young person: [Young person's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am [Your name], writing as the alternative person for [Young person's name] (section 80 of the Children and Families Act 2014).

Our mediation ended with an agreement on Wednesday 10 February 2027. Guidance on the SEND Regulations 2014 says the mediator should issue the mediation certificate within 3 working days of the end of the mediation. Those 3 working days end on Monday 15 February 2027.

I have not received my certificate. Please send it to me today, by email if you can. I need it for my appeal, and I need to know the date of issue on it.

I have 1 month from the date on my mediation certificate to appeal.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='chase_agreement_day_30'),
    # The local authority told Monday 11 January 2027; today is the 30th day, Wednesday 10 February: not yet passed,
    # so no deemed certificate yet.
    pytest.param(
        'certificate-chase', Situation(D(2027, 1, 4), D(2027, 2, 10), grounds=("c-ii",), mediation_wanted="yes", adviser_contacted=D(2027, 1, 11), la_told=D(2027, 1, 11), appellant="young-person"),
        {"to": 'mediation-adviser', "subject": 'My mediation certificate has not arrived ([Your name])', "now": False,
         "when": 'Send this if your mediation certificate has not arrived by Wednesday 10 February 2027.',
         "provisions": ['SEND Regulations 2014, Part 2 (mediation)', 'CFA 2014, section 55', 'HESC Rules 2008, rule 20(1)(c)'],
         "notes": ('guidance',)},
        """\
Dear [name of the mediation adviser],

Young person: [Your name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am [Your name], the young person this decision is about.

I want to appeal against the decision in the letter dated Monday 4 January 2027. On Monday 11 January 2027 I told you I want to appeal and want mediation. Have you issued a mediation certificate for me, including one saying that mediation could not be arranged within 30 days? If you have, please tell me the date on it.

I have not received my certificate. Please send it to me today, by email if you can. I need it for my appeal, and I need to know the date of issue on it.

The SEND Tribunal must receive my appeal by the later of two dates. These are Thursday 4 March 2027 and 1 month after the date on my mediation certificate.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='chase_deemed_last_day'),
    # Section I with recommendations (W3): no certificate time limit is promised, so the chase names none and asks
    # now.
    pytest.param(
        'certificate-chase', Situation(D(2027, 1, 4), D(2027, 1, 20), grounds=("c-iii", "health-social-care"), mediation_wanted="no", adviser_contacted=D(2027, 1, 8)),
        {"to": 'mediation-adviser', "subject": "My mediation certificate has not arrived ([Child's name])", "now": True,
         "when": 'Send this now, to ask whether a certificate has been issued and the date on it.',
         "provisions": ['SEND Regulations 2014, regulation 34', 'CFA 2014, section 55', 'HESC Rules 2008, rule 20(1)(c)'],
         "notes": ('guidance',)},
        """\
Dear [name of the mediation adviser],

Child: [Child's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am the parent of [Child's name].

I want to appeal against the decision in the letter dated Monday 4 January 2027. On Friday 8 January 2027 I told you I want to appeal and do not want mediation. I asked you for a mediation certificate.

I have not received my certificate. Please send it to me today, by email if you can. I need it for my appeal, and I need to know the date of issue on it.

The SEND Tribunal must receive my appeal by Thursday 4 March 2027. Mediation does not change this deadline.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='chase_section_i_advised_adviser'),
    # Section I with recommendations after mediation: no mediator's time limit is given.
    pytest.param(
        'certificate-chase', Situation(D(2027, 1, 4), D(2027, 2, 9), grounds=("c-iii", "health-social-care"), mediation_wanted="yes", la_told=D(2027, 1, 8), mediation_ended=D(2027, 2, 5), appellant="young-person"),
        {"to": 'mediator', "subject": 'My mediation certificate has not arrived ([Your name])', "now": True,
         "when": 'Send this now, to ask whether a certificate has been issued and the date on it.',
         "provisions": ['SEND Regulations 2014, Part 2 (mediation)', 'CFA 2014, section 55', 'HESC Rules 2008, rule 20(1)(c)'],
         "notes": ('guidance',)},
        """\
Dear [name of the mediator],

Young person: [Your name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am [Your name], the young person this decision is about.

Our mediation ended on Friday 5 February 2027.

I have not received my certificate. Please send it to me today, by email if you can. I need it for my appeal, and I need to know the date of issue on it.

The SEND Tribunal must receive my appeal by Thursday 4 March 2027. Mediation does not change this deadline.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='chase_section_i_advised_mediator'),
    # No mediation: the adviser, told on Friday 8 January 2027, has 3 working days: Monday 11, Tuesday 12, Wednesday
    # 13 January. Today Monday 11 January.
    pytest.param(
        'certificate-chase', Situation(D(2027, 1, 4), D(2027, 1, 11), grounds=("c-ii",), mediation_wanted="no", adviser_contacted=D(2027, 1, 8), appellant="young-person"),
        {"to": 'mediation-adviser', "subject": 'My mediation certificate has not arrived ([Your name])', "now": False,
         "when": 'Send this if your mediation certificate has not arrived by Wednesday 13 January 2027.',
         "provisions": ['SEND Regulations 2014, regulation 34', 'CFA 2014, section 55', 'HESC Rules 2008, rule 20(1)(c)'],
         "notes": ('guidance',)},
        """\
Dear [name of the mediation adviser],

Young person: [Your name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am [Your name], the young person this decision is about.

I want to appeal against the decision in the letter dated Monday 4 January 2027. On Friday 8 January 2027 I told you I want to appeal and do not want mediation. Guidance on the SEND Regulations 2014 says you should issue my mediation certificate within 3 working days. Those 3 working days end on Wednesday 13 January 2027.

I have not received my certificate. Please send it to me today, by email if you can. I need it for my appeal, and I need to know the date of issue on it.

The SEND Tribunal must receive my appeal by the later of two dates. These are Thursday 4 March 2027 and 1 month after the date on my mediation certificate.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='chase_no_mediation'),
    # Mediation about health care only: the adviser's certificate for the rest was due on Wednesday 13 January (as
    # above); today Wednesday 20 January.
    pytest.param(
        'certificate-chase', Situation(D(2027, 1, 4), D(2027, 1, 20), grounds=("c-ii", "health-social-care"), mediation_wanted="yes", health_included="only", adviser_contacted=D(2027, 1, 8), la_told=D(2027, 1, 8)),
        {"to": 'mediation-adviser', "subject": "My mediation certificate has not arrived ([Child's name])", "now": True,
         "when": 'Your mediation certificate was due on Wednesday 13 January 2027. If it has not arrived, send this now.',
         "provisions": ['SEND Regulations 2014, regulation 34', 'CFA 2014, section 55', 'HESC Rules 2008, rule 20(1)(c)'],
         "notes": ('guidance',)},
        """\
Dear [name of the mediation adviser],

Child: [Child's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am the parent of [Child's name].

I want to appeal against the decision in the letter dated Monday 4 January 2027. On Friday 8 January 2027 I told you I want to appeal and do not want mediation about the things I can appeal about. I have asked for mediation about health care only, which is separate. Guidance on the SEND Regulations 2014 says you should issue my mediation certificate within 3 working days. Those 3 working days ended on Wednesday 13 January 2027.

I have not received my certificate. Please send it to me today, by email if you can. I need it for my appeal, and I need to know the date of issue on it.

The SEND Tribunal must receive my appeal by the later of two dates. These are Thursday 4 March 2027 and 1 month after the date on my mediation certificate.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='chase_health_only'),
    # Adviser told Monday 1 March 2027: Tuesday 2, Wednesday 3, Thursday 4 March. Today, Wednesday 10 March, the 2
    # months (to Thursday 4 March) have ended, so the deadline is 1 month from the certificate's date, which the
    # reader needs.
    pytest.param(
        'certificate-chase', Situation(D(2027, 1, 4), D(2027, 3, 10), grounds=("c-ii",), mediation_wanted="no", adviser_contacted=D(2027, 3, 1)),
        {"to": 'mediation-adviser', "subject": "My mediation certificate has not arrived ([Child's name])", "now": True,
         "when": 'Your mediation certificate was due on Thursday 4 March 2027. If it has not arrived, send this now.',
         "provisions": ['SEND Regulations 2014, regulation 34', 'CFA 2014, section 55', 'HESC Rules 2008, rule 20(1)(c)'],
         "notes": ('guidance',)},
        """\
Dear [name of the mediation adviser],

Child: [Child's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am the parent of [Child's name].

I want to appeal against the decision in the letter dated Monday 4 January 2027. On Monday 1 March 2027 I told you I want to appeal and do not want mediation. Guidance on the SEND Regulations 2014 says you should issue my mediation certificate within 3 working days. Those 3 working days ended on Thursday 4 March 2027.

I have not received my certificate. Please send it to me today, by email if you can. I need it for my appeal, and I need to know the date of issue on it.

The 2 months after the decision letter have ended, so I have 1 month from the date on my mediation certificate to appeal. I need to know that date.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='chase_overdue'),
    # The local authority told on Friday 8 January 2027: 30 calendar days end on Sunday 7 February 2027. Today
    # Wednesday 20 January.
    pytest.param(
        'mediation-not-arranged', Situation(D(2027, 1, 4), D(2027, 1, 20), grounds=("c-ii",), mediation_wanted="yes", la_told=D(2027, 1, 8), appellant="young-person"),
        {"to": 'mediation-adviser', "subject": 'Mediation not arranged within 30 days: please send my certificate ([Your name])', "now": False,
         "when": 'Send this if the local authority has not arranged mediation by Sunday 7 February 2027.',
         "provisions": ['SEND Regulations 2014, Part 2 (mediation)', 'CFA 2014, section 55', 'HESC Rules 2008, rule 20(1)(c)'],
         "notes": ('guidance',)},
        """\
Dear [name of the mediation adviser],

Young person: [Your name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am [Your name], the young person this decision is about.

On Friday 8 January 2027 I told the local authority that I want mediation about its decision in the letter dated Monday 4 January 2027. IPSEA’s guidance on the SEND Regulations 2014 says the local authority must arrange mediation within 30 days. Those days end on Sunday 7 February 2027. Mediation has not been arranged.

The same guidance says that if the local authority cannot arrange mediation within 30 days, it must tell you. It says you must then issue a mediation certificate within 3 working days of being told. Please issue my mediation certificate now, or tell me if you have already issued one and the date on it.

The SEND Tribunal must receive my appeal by the later of two dates. These are Thursday 4 March 2027 and 1 month after the date on my mediation certificate.

I am sending a copy of this message to the local authority.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='not_arranged_ahead'),
    # The same, today Monday 15 February: the 30 days ended.
    pytest.param(
        'mediation-not-arranged', Situation(D(2027, 1, 4), D(2027, 2, 15), grounds=("c-ii",), mediation_wanted="yes", la_told=D(2027, 1, 8), appellant="alternative-person"),
        {"to": 'mediation-adviser', "subject": "Mediation not arranged within 30 days: please send my certificate ([Young person's name])", "now": True,
         "when": 'The 30 days for the local authority to arrange mediation ended on Sunday 7 February 2027. If it has not arranged it, send this now.',
         "provisions": ['SEND Regulations 2014, Part 2 (mediation)', 'CFA 2014, section 55', 'HESC Rules 2008, rule 20(1)(c)'],
         "notes": ('guidance',)},
        """\
Dear [name of the mediation adviser],

Young person: [Young person's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am [Your name], writing as the alternative person for [Young person's name] (section 80 of the Children and Families Act 2014).

On Friday 8 January 2027 I told the local authority that I want mediation about its decision in the letter dated Monday 4 January 2027. IPSEA’s guidance on the SEND Regulations 2014 says the local authority must arrange mediation within 30 days. Those days ended on Sunday 7 February 2027. Mediation has not been arranged.

The same guidance says that if the local authority cannot arrange mediation within 30 days, it must tell you. It says you must then issue a mediation certificate within 3 working days of being told. Please issue my mediation certificate now, or tell me if you have already issued one and the date on it.

The SEND Tribunal must receive my appeal by the later of two dates. These are Thursday 4 March 2027 and 1 month after the date on my mediation certificate.

I am sending a copy of this message to the local authority.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='not_arranged_passed'),
    # The local authority told Monday 11 January 2027; today is the 30th day, Wednesday 10 February: the days 'end'
    # today, not 'ended'.
    pytest.param(
        'mediation-not-arranged', Situation(D(2027, 1, 4), D(2027, 2, 10), grounds=("c-ii",), mediation_wanted="yes", la_told=D(2027, 1, 11)),
        {"to": 'mediation-adviser', "subject": "Mediation not arranged within 30 days: please send my certificate ([Child's name])", "now": False,
         "when": 'Send this if the local authority has not arranged mediation by Wednesday 10 February 2027.',
         "provisions": ['SEND Regulations 2014, Part 2 (mediation)', 'CFA 2014, section 55', 'HESC Rules 2008, rule 20(1)(c)'],
         "notes": ('guidance',)},
        """\
Dear [name of the mediation adviser],

Child: [Child's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am the parent of [Child's name].

On Monday 11 January 2027 I told the local authority that I want mediation about its decision in the letter dated Monday 4 January 2027. IPSEA’s guidance on the SEND Regulations 2014 says the local authority must arrange mediation within 30 days. Those days end on Wednesday 10 February 2027. Mediation has not been arranged.

The same guidance says that if the local authority cannot arrange mediation within 30 days, it must tell you. It says you must then issue a mediation certificate within 3 working days of being told. Please issue my mediation certificate now, or tell me if you have already issued one and the date on it.

The SEND Tribunal must receive my appeal by the later of two dates. These are Thursday 4 March 2027 and 1 month after the date on my mediation certificate.

I am sending a copy of this message to the local authority.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='not_arranged_last_day'),
    # Health care only (L2): the local authority tells the ICB within 3 working days of Friday 8 January (Monday 11,
    # Tuesday 12, Wednesday 13 January); the ICB's 30 days from Wednesday 13 January end on Friday 12 February 2027.
    pytest.param(
        'mediation-not-arranged', Situation(D(2027, 1, 4), D(2027, 1, 20), grounds=("c-ii", "health-social-care"), mediation_wanted="yes", health_included="only", la_told=D(2027, 1, 8)),
        {"to": 'health-body', "subject": "Mediation about health care not arranged ([Child's name])", "now": False,
         "when": 'Send this if the ICB has not arranged mediation by Friday 12 February 2027.',
         "provisions": ['SEND Regulations 2014, Part 2 (mediation)', 'CFA 2014, section 54'],
         "notes": ('guidance',)},
        """\
Dear [name of the person at the NHS integrated care board (ICB)],

Child: [Child's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am the parent of [Child's name].

On Friday 8 January 2027 I told the local authority that I want mediation about the health care provision in the plan. The local authority should have told you within 3 working days. IPSEA’s guidance on the SEND Regulations 2014 says you must arrange the mediation within 30 days of being told. If the local authority told you on time, that is by Friday 12 February 2027 at the latest.

Please tell me the date and place of the mediation now, at least 5 working days before it.

I am sending a copy of this message to the local authority.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='not_arranged_health_ahead'),
    # The same, today Monday 1 March 2027: the ICB's 30 days ended.
    pytest.param(
        'mediation-not-arranged', Situation(D(2027, 1, 4), D(2027, 3, 1), grounds=("c-ii", "health-social-care"), mediation_wanted="yes", health_included="only", la_told=D(2027, 1, 8), appellant="young-person"),
        {"to": 'health-body', "subject": 'Mediation about health care not arranged ([Your name])', "now": True,
         "when": 'The 30 days for the ICB to arrange mediation ended on Friday 12 February 2027. If it has not arranged it, send this now.',
         "provisions": ['SEND Regulations 2014, Part 2 (mediation)', 'CFA 2014, section 54'],
         "notes": ('guidance',)},
        """\
Dear [name of the person at the NHS integrated care board (ICB)],

Young person: [Your name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am [Your name], the young person this decision is about.

On Friday 8 January 2027 I told the local authority that I want mediation about the health care provision in the plan. The local authority should have told you within 3 working days. IPSEA’s guidance on the SEND Regulations 2014 says you must arrange the mediation within 30 days of being told. If the local authority told you on time, that was by Friday 12 February 2027 at the latest. Mediation has not been arranged.

Please tell me the date and place of the mediation now, at least 5 working days before it.

I am sending a copy of this message to the local authority.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='not_arranged_health_passed'),
    # Health care only, the local authority told on Friday 8 January 2027: the ICB told by Wednesday 13 January, its
    # 30 days to Friday 12 February, which is today: 'that is by', not 'that was by'.
    pytest.param(
        'mediation-not-arranged', Situation(D(2027, 1, 4), D(2027, 2, 12), grounds=("c-ii", "health-social-care"), mediation_wanted="yes", health_included="only", la_told=D(2027, 1, 8), appellant="alternative-person"),
        {"to": 'health-body', "subject": "Mediation about health care not arranged ([Young person's name])", "now": False,
         "when": 'Send this if the ICB has not arranged mediation by Friday 12 February 2027.',
         "provisions": ['SEND Regulations 2014, Part 2 (mediation)', 'CFA 2014, section 54'],
         "notes": ('guidance',)},
        """\
Dear [name of the person at the NHS integrated care board (ICB)],

Young person: [Young person's name], born [date of birth]
Local authority: [name of the local authority]
Decision letter dated: Monday 4 January 2027

I am [Your name], writing as the alternative person for [Young person's name] (section 80 of the Children and Families Act 2014).

On Friday 8 January 2027 I told the local authority that I want mediation about the health care provision in the plan. The local authority should have told you within 3 working days. IPSEA’s guidance on the SEND Regulations 2014 says you must arrange the mediation within 30 days of being told. If the local authority told you on time, that is by Friday 12 February 2027 at the latest.

Please tell me the date and place of the mediation now, at least 5 working days before it.

I am sending a copy of this message to the local authority.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='not_arranged_health_last_day'),
    # Agreement on Wednesday 10 February 2027: reg 44's amended plan within 5 weeks (Wednesday 17 March 2027); other
    # matters within 2 weeks (reg 42(3): Wednesday 24 February, passed today, Monday 1 March).
    pytest.param(
        'agreement-deadlines', Situation(D(2027, 1, 4), D(2027, 3, 1), grounds=("c-ii",), mediation_wanted="yes", la_told=D(2027, 1, 8), agreement_made=D(2027, 2, 10)),
        {"to": 'local-authority', "subject": "What was agreed in mediation on Wednesday 10 February 2027, and by when ([Child's name])", "now": True,
         "when": 'Send this after the mediation agreement, to remind the local authority what it must do and by when.',
         "provisions": ['SEND Regulations 2014, regulation 42', 'SEND Regulations 2014, regulation 44'],
         "notes": ('guidance', 'delete-rows')},
        """\
Dear [name of the person at the local authority],

Child: [Child's name], born [date of birth]
Local authority: [name of the local authority]
Date of the mediation agreement: Wednesday 10 February 2027

I am the parent of [Child's name].

We reached an agreement in mediation on Wednesday 10 February 2027. A copy of the written agreement is attached. The time limits below count from that date.

For the things I could have appealed about, you must meet the time limits in regulation 44 of the SEND Regulations 2014. Regulation 42(2) applies them as if the agreement were an order of the SEND Tribunal. They are:

- If you agreed to change the plan: send me the amended plan: by Wednesday 17 March 2027

Anything else in the agreement must be done within 2 weeks: it was due on Wednesday 24 February 2027 (regulation 42(3)). This applies to the local authority and the NHS integrated care board (ICB).

These time limits apply unless we agreed different timescales in writing (regulation 42(5)).

Please confirm in writing what you will do, and by when.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='agreement_la'),
    # Agreement on Wednesday 10 February 2027; today, Wednesday 24 February, is the last of reg 42(3)'s 2 weeks:
    # 'by' today, not 'it was due on'.
    pytest.param(
        'agreement-deadlines', Situation(D(2027, 1, 4), D(2027, 2, 24), grounds=("c-ii",), mediation_wanted="yes", la_told=D(2027, 1, 8), agreement_made=D(2027, 2, 10), appellant="young-person"),
        {"to": 'local-authority', "subject": 'What was agreed in mediation on Wednesday 10 February 2027, and by when ([Your name])', "now": True,
         "when": 'Send this after the mediation agreement, to remind the local authority what it must do and by when.',
         "provisions": ['SEND Regulations 2014, regulation 42', 'SEND Regulations 2014, regulation 44'],
         "notes": ('guidance', 'delete-rows')},
        """\
Dear [name of the person at the local authority],

Young person: [Your name], born [date of birth]
Local authority: [name of the local authority]
Date of the mediation agreement: Wednesday 10 February 2027

I am [Your name], the young person this decision is about.

We reached an agreement in mediation on Wednesday 10 February 2027. A copy of the written agreement is attached. The time limits below count from that date.

For the things I could have appealed about, you must meet the time limits in regulation 44 of the SEND Regulations 2014. Regulation 42(2) applies them as if the agreement were an order of the SEND Tribunal. They are:

- If you agreed to change the plan: send me the amended plan: by Wednesday 17 March 2027

Anything else in the agreement must be done within 2 weeks: by Wednesday 24 February 2027 (regulation 42(3)). This applies to the local authority and the NHS integrated care board (ICB).

These time limits apply unless we agreed different timescales in writing (regulation 42(5)).

Please confirm in writing what you will do, and by when.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='agreement_la_due_today'),
    # The agreement sets its own dates (reg 42(5)): none of regs 42 and 44's are given.
    pytest.param(
        'agreement-deadlines', Situation(D(2027, 1, 4), D(2027, 2, 12), grounds=("c-ii",), mediation_wanted="yes", la_told=D(2027, 1, 8), agreement_made=D(2027, 2, 10), agreement_dates="yes", appellant="young-person"),
        {"to": 'local-authority', "subject": 'What was agreed in mediation on Wednesday 10 February 2027, and by when ([Your name])', "now": True,
         "when": 'Send this after the mediation agreement, to remind the local authority what it must do and by when.',
         "provisions": ['SEND Regulations 2014, regulation 42'],
         "notes": ()},
        """\
Dear [name of the person at the local authority],

Young person: [Your name], born [date of birth]
Local authority: [name of the local authority]
Date of the mediation agreement: Wednesday 10 February 2027

I am [Your name], the young person this decision is about.

We reached an agreement in mediation on Wednesday 10 February 2027. A copy of the written agreement is attached.

The agreement sets its own dates in writing, so those dates apply instead of the time limits in regulations 42 and 44 of the SEND Regulations 2014 (regulation 42(5)). They are:

- [Copy each thing the agreement says will be done, and its date.]

Please confirm in writing what you will do, and by when.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='agreement_dates'),
    # Health care only, agreed Wednesday 10 February 2027: the ICB does everything within 2 weeks (Wednesday 24
    # February) and tells the local authority within 1 week (reg 42(4): Wednesday 17 February). Today Friday 12
    # February.
    pytest.param(
        'agreement-deadlines', Situation(D(2027, 1, 4), D(2027, 2, 12), grounds=("c-ii", "health-social-care"), mediation_wanted="yes", health_included="only", la_told=D(2027, 1, 8), agreement_made=D(2027, 2, 10), appellant="alternative-person"),
        {"to": 'health-body', "subject": "What was agreed in mediation on Wednesday 10 February 2027, and by when ([Young person's name])", "now": True,
         "when": 'Send this after the mediation agreement, to remind the ICB what it must do and by when.',
         "provisions": ['SEND Regulations 2014, regulation 42', 'SEND Regulations 2014, regulation 42(4)'],
         "notes": ()},
        """\
Dear [name of the person at the NHS integrated care board (ICB)],

Young person: [Young person's name], born [date of birth]
Local authority: [name of the local authority]
Date of the mediation agreement: Wednesday 10 February 2027

I am [Your name], writing as the alternative person for [Young person's name] (section 80 of the Children and Families Act 2014).

We reached an agreement in mediation on Wednesday 10 February 2027. A copy of the written agreement is attached. The time limits below count from that date.

Everything the agreement asks you to do must be done within 2 weeks of the agreement: by Wednesday 24 February 2027 (regulation 42(3)).

The local authority was not a party to the mediation. So you must tell it about the agreement within 1 week: by Wednesday 17 February 2027 (regulation 42(4)).

These time limits apply unless we agreed different timescales in writing (regulation 42(5)).

Please confirm in writing what you will do, and by when.

Yours sincerely,
[Your name]
[Your address]
[Your phone number or email]
""",
        id='agreement_health_only'),
])
def test_the_whole_message(kind, situation, expected, text):
    message = letter(kind, situation)
    assert message.text == text
    assert {"kind": message.kind, "to": message.to, "subject": message.subject, "now": message.now, "when": message.when,
            "provisions": [provision.citation for provision in message.provisions], "notes": message.notes} == {
        **expected, "kind": kind, "notes": tuple(READER_NOTES.get(note, note) for note in expected["notes"])}
