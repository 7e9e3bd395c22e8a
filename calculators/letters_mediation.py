"""The messages about mediation: to the mediation adviser, the local authority and the NHS integrated care board.

Time limits that come from guidance rather than the regulations' text we have read (MED) are worded
as guidance ("Guidance on the SEND Regulations says ...").
"""

from __future__ import annotations

from dataclasses import replace

from .plan import PlanStatus, Situation, plan_status
from .provisions import (
    CFA_2014_S53,
    CFA_2014_S54,
    CFA_2014_S55,
    HESC_RULE_20_1_C,
    SEND_REGS_REG_32_E,
    SEND_REGS_REG_33,
    SEND_REGS_REG_34,
    SEND_REGS_REG_42,
    SEND_REGS_REG_42_4,
    SEND_REGS_REG_44,
    SEND_REGS_REGS_34_41,
    Provision,
)
from .limits import (
    ADVISER_CERTIFICATE,
    AGREED_OTHER_MATTERS,
    CONTACT_ADVISER,
    DEEMED_CERTIFICATE,
    HEALTH_BODY_TELLS_LA,
    LA_TELLS_HEALTH_BODY,
    MEDIATION_ARRANGED,
    MEDIATOR_CERTIFICATE,
    NOTICE_OF_MEDIATION,
)
from .letter_parts import (
    ADD_DETAILS,
    LEAVE_OUT,
    LEAVE_OUT_ADVISER,
    LEAVE_OUT_BY,
    LEAVE_OUT_LATE,
    LEAVE_OUT_NOTE,
    Letter,
    LetterNotPossible,
    REG_44_LETTER_TEXT,
    SEND_NOW,
    SIGN_OFF,
    WHEN_TEXT,
    due_by,
    capitalised,
    deadline_sentence,
    decision_date_text,
    ended_or_end,
    grounds_lines,
    header_lines,
    timeline_date,
    name_placeholder,
    reader_notes,
    message_text,
)
from .wording import date_text
from .wording_certificate import GROUND_TEXT
from .wording_timeline import WHAT_TEXT


def adviser_contact(situation: Situation) -> Letter:
    contacting = replace(situation, adviser_contacted=situation.adviser_contacted or situation.today)
    timeline = contacting.timeline()
    status = plan_status(contacting, timeline)
    contact_by = timeline.appeal.contact_mediation_adviser_by
    late = situation.today > contact_by
    provisions: tuple[Provision, ...] = (SEND_REGS_REG_33, CFA_2014_S55, HESC_RULE_20_1_C)
    due = timeline_date(timeline, "adviser-issues-certificate")
    by_due = f": if this reaches you today, by {date_text(due)}." if due else "."
    if situation.mediation_wanted == "yes" and situation.health_included == "only" and status.needs_certificate:
        # W4: mediation only about health care gives no certificate for the appealable matters.
        subject = f"I want to appeal: please send my mediation certificate ({name_placeholder(situation)})"
        mediation = ("I want mediation only about health care, and I am asking the local authority "
                     "for it. I do not want mediation about the other things I want to appeal about. "
                     "Please send me a mediation certificate for them. Guidance on the SEND "
                     f"Regulations 2014 says you should issue it within {ADVISER_CERTIFICATE.text} of hearing "
                     "from me" + by_due)
        provisions += (SEND_REGS_REG_34,)
    elif situation.mediation_wanted == "yes":
        subject = f"I want to appeal and I want mediation ({name_placeholder(situation)})"
        mediation = ("I want mediation. Please tell me what happens next. I am also telling the "
                     "local authority that I want mediation, as the decision letter asks. "
                     + (LEAVE_OUT_ADVISER if len(grounds_lines(situation)) > 1 else "")).strip()
    elif situation.mediation_wanted == "no" and status.certificate_advised and not status.needs_certificate:
        # Section I with recommendations: whether a certificate is needed is open (legal-rules §2, W3).
        subject = f"I want to appeal: please send me a mediation certificate ({name_placeholder(situation)})"
        mediation = ("I do not want mediation. It is not settled whether I need a mediation "
                     "certificate for this appeal, so please send me one to be safe.")
    elif situation.mediation_wanted == "no":
        subject = f"I want to appeal: please send my mediation certificate ({name_placeholder(situation)})"
        mediation = ("I do not want mediation. Please send me a mediation certificate. Guidance "
                     "on the SEND Regulations 2014 says you should issue it within "
                     f"{ADVISER_CERTIFICATE.text} of hearing from me" + by_due)
        provisions += (SEND_REGS_REG_34,)
    else:
        subject = f"I want to appeal ({name_placeholder(situation)})"
        mediation = ("I have not decided yet whether I want mediation. Please tell me how it works, "
                     "so that I can tell you my decision as soon as I can. If I choose mediation, I "
                     "will tell the local authority too, as the decision letter asks.")
    if late:
        timing = (f"The {CONTACT_ADVISER.text} after the decision letter ended on {date_text(contact_by)}. "
                  + ("Please still issue a mediation certificate, so that I can appeal."
                     if status.needs_certificate else ""))
    else:
        timing = (f"I am contacting you within {CONTACT_ADVISER.text} of the decision letter being sent"
                  + ("." if status.section_i_alone else
                     ", as regulation 33 of the SEND Regulations 2014 requires.")
                  + f" The {CONTACT_ADVISER.text} end on {date_text(contact_by)}.")
    text = message_text(
        "Dear [name of the mediation adviser],",
        header_lines(situation, f"Decision letter dated: {decision_date_text(situation)}"),
        "I want to appeal to the SEND Tribunal against the local authority\u2019s decision in "
        f"its letter dated {decision_date_text(situation)}. I disagree with:",
        [line for line in grounds_lines(situation) if line != f"- {GROUND_TEXT['health-social-care']}"],
        # Health and social care cannot be appealed on their own: the Tribunal may recommend (§1, §2).
        ("I also want to ask the Tribunal to make recommendations about the health or social care "
         "parts of the plan." if "health-social-care" in situation.grounds else ""),
        mediation, timing.strip(), deadline_sentence(contacting, status),
        "Please confirm in writing that you have received this message, and the date you "
        "received it.",
        SIGN_OFF)
    timing = "adviser-contact-passed" if late else "adviser-contact"
    return Letter("adviser-contact", "mediation-adviser", subject, text, provisions,
                  WHEN_TEXT[timing].format(contact_by=date_text(contact_by)),
                  reader_notes(provisions, *(["late-contact"] if late else [])), now=timing in SEND_NOW)


def la_mediation_request(situation: Situation) -> Letter:
    told = situation.la_told or situation.today
    timeline = situation.timeline(la_told=told)
    arranged_by = timeline_date(timeline, "mediation-arranged")
    health = situation.health_included in ("yes", "only")
    provisions: tuple[Provision, ...] = (SEND_REGS_REG_32_E, CFA_2014_S53, SEND_REGS_REGS_34_41)
    health_lines: list[str] = []
    if health:
        tells_icb = timeline_date(timeline, "la-tells-health-body")
        health_lines = [
            "The issues include health care provision. The health care provision I want is: "
            "[describe the health care provision you want].",
            "Please tell the NHS integrated care board (ICB) about this mediation. Guidance says "
            f"you should tell it within {LA_TELLS_HEALTH_BODY.text} of hearing from me"
            + (f": if this reaches you today, by {date_text(tells_icb)}." if tells_icb else "."),
        ]
    who = "the NHS integrated care board (ICB)" if situation.health_included == "only" else "you"
    arranged = (f"IPSEA\u2019s guidance on the SEND Regulations 2014 says {who} must arrange mediation "
                f"within {MEDIATION_ARRANGED.text}")
    if arranged_by and situation.health_included != "only":
        arranged += f": if this reaches you today, by {date_text(arranged_by)}."
    else:
        arranged += " of being told."
    text = message_text(
        "Dear [name of the person named in the decision letter],",
        header_lines(situation, f"Decision letter dated: {decision_date_text(situation)}"),
        f"I want mediation about the decision in your letter dated {decision_date_text(situation)}. "
        "Regulation 32(e) of the SEND Regulations 2014 and your letter ask me to tell you this. "
        "I have also told the mediation adviser.",
        *(["The issue I want mediation about is the health care provision in the plan.",
            "I do not want mediation about the other things I am appealing about. I have asked the "
            "mediation adviser for a mediation certificate for them."]
          if situation.health_included == "only" else
          [f"The issues I want mediation about are{' ' + LEAVE_OUT if len(grounds_lines(situation)) > 1 else ''}:",
           [*grounds_lines(situation), f"- {ADD_DETAILS}"]]),
        *health_lines,
        arranged,
        f"Please tell me the date and place of the mediation at least {NOTICE_OF_MEDIATION.text} before it. "
        "Please send someone who can make decisions about these issues.",
        (f"If you cannot arrange mediation within {MEDIATION_ARRANGED.text}, please tell the mediation adviser "
         "straight away, so that they can issue my mediation certificate."
         if plan_status(situation).needs_certificate and situation.health_included != "only" else ""),
        "Please confirm in writing that you have received this message.",
        SIGN_OFF)
    return Letter("la-mediation-request", "local-authority", f"Request for mediation ({name_placeholder(situation)})",
                  text, provisions, WHEN_TEXT["la-mediation-request"],
                  reader_notes(provisions) + _leave_out_note(situation),
                  now="la-mediation-request" in SEND_NOW)


def _leave_out_note(situation: Situation) -> tuple[str, ...]:
    """Beside the request for mediation about more than one issue: leaving one out, and which date to keep."""
    if situation.health_included == "only" or len(grounds_lines(situation)) < 2:
        return ()
    status = plan_status(situation)
    day = status.last_day or status.earliest_last_day
    late = day is None or day < situation.today or status.status == "deadline-passed"
    return (LEAVE_OUT_NOTE + (LEAVE_OUT_LATE if late else LEAVE_OUT_BY.format(day=date_text(day))),)


def certificate_chase(situation: Situation, status: PlanStatus | None = None) -> Letter:
    timeline = situation.timeline()
    status = status or plan_status(situation, timeline)
    today = situation.today
    end = situation.mediation_ended if situation.mediation_ended is not None else situation.agreement_made
    health_only = situation.health_included == "only"
    mediating = not health_only and (situation.mediation_wanted == "yes" or situation.la_told is not None)
    within_days = (end is not None and (situation.la_told is None or end <= MEDIATION_ARRANGED.add(situation.la_told)))
    how = "ended" if situation.mediation_ended is not None else "ended with an agreement"
    if end is not None and not health_only and (within_days or not mediating):
        due = timeline_date(timeline, "mediator-issues-certificate")
        to = "mediator"
        what = f"Our mediation {how} on {date_text(end)}." + (
            "" if due is None else
            " Guidance on the SEND Regulations 2014 says the mediator should issue the mediation "
            f"certificate within {MEDIATOR_CERTIFICATE.text} of the end of the mediation. Those {MEDIATOR_CERTIFICATE.text} "
            f"{ended_or_end(due, today)} on {date_text(due)}.")
        greeting = "Dear [name of the mediator],"
        provisions: tuple[Provision, ...] = (SEND_REGS_REGS_34_41,)
    elif mediating and (situation.adviser_contacted is not None or situation.la_told is not None):
        # W1: a "deemed" certificate may already carry an earlier date: ask for it and its date.
        due = MEDIATION_ARRANGED.add(situation.la_told) if situation.la_told else None
        to = "mediation-adviser"
        asked = (f"I want to appeal against the decision in the letter dated {decision_date_text(situation)}. On "
                 f"{date_text(situation.adviser_contacted)} I told you I want to appeal and want mediation."
                 if situation.adviser_contacted else
                 f"On {date_text(situation.la_told)} I told the local authority that I want mediation "  # type: ignore[arg-type]
                 f"about its decision in the letter dated {decision_date_text(situation)}.")
        held = (f" Mediation took place on {date_text(end)}, more than {MEDIATION_ARRANGED.text}"
                " after I told the local authority." if end is not None else "")
        what = (f"{asked}{held} Have you issued a mediation certificate for me, including one saying "
                f"that mediation could not be arranged within {MEDIATION_ARRANGED.text}? "
                "If you have, please tell me the date on it.")
        greeting = "Dear [name of the mediation adviser],"
        provisions = (SEND_REGS_REGS_34_41,)
    elif situation.adviser_contacted is not None and (situation.mediation_wanted == "no" or health_only):
        due = timeline_date(timeline, "adviser-issues-certificate")
        to = "mediation-adviser"
        matters = ("mediation about the things I can appeal about. I have asked for mediation about "
                   "health care only, which is separate" if situation.mediation_wanted == "yes" else "mediation")
        what = (f"I want to appeal against the decision in the letter dated {decision_date_text(situation)}. On "
                f"{date_text(situation.adviser_contacted)} I told you I want to appeal and do not want "
                f"{matters}. " + (
                    "I asked you for a mediation certificate." if due is None else
                    "Guidance on the SEND Regulations 2014 says you should issue my mediation "
                    f"certificate within {ADVISER_CERTIFICATE.text}. Those {ADVISER_CERTIFICATE.text} {ended_or_end(due, today)} "
                    f"on {date_text(due)}."))
        greeting = "Dear [name of the mediation adviser],"
        provisions = (SEND_REGS_REG_34,)
    else:
        raise LetterNotPossible("certificate-chase", "the date you contacted the mediation "
                                "adviser and said you do not want mediation, or the date the "
                                "mediation ended")
    provisions += (CFA_2014_S55, HESC_RULE_20_1_C)
    text = message_text(
        greeting,
        header_lines(situation, f"Decision letter dated: {decision_date_text(situation)}"),
        what,
        "I have not received my certificate. Please send it to me today, by email if you can. I need "
        + ("it in case I appeal" if situation.agreement_settles == "yes" and situation.agreement_made
           else "it for my appeal") + ", and I need to know the date of issue on it.",
        deadline_sentence(situation, status),
        SIGN_OFF)
    if to == "mediation-adviser" and mediating and due is not None and due < today:  # a deemed certificate
        timing = "certificate-chase-deemed"
    elif due is not None and due < today:
        timing = "certificate-chase-passed"
    elif due is None or status.status == "certificate-overdue":
        timing = "certificate-chase-now"
    else:
        timing = "certificate-chase"
    when = WHEN_TEXT[timing].format(arranged_by=date_text(due) if due else "", due=date_text(due) if due else "")
    return Letter("certificate-chase", to, f"My mediation certificate has not arrived ({name_placeholder(situation)})",
                  text, provisions, when, reader_notes(provisions), now=timing in SEND_NOW)


def mediation_not_arranged(situation: Situation) -> Letter:
    if situation.la_told is None:
        raise LetterNotPossible("mediation-not-arranged", "the date you told the local "
                                "authority you want mediation")
    if situation.health_included == "only":
        return _health_mediation_not_arranged(situation)
    arranged_by = MEDIATION_ARRANGED.add(situation.la_told)
    provisions = (SEND_REGS_REGS_34_41, CFA_2014_S55, HESC_RULE_20_1_C)
    passed = arranged_by < situation.today
    text = message_text(
        "Dear [name of the mediation adviser],",
        header_lines(situation, f"Decision letter dated: {decision_date_text(situation)}"),
        f"On {date_text(situation.la_told)} I told the local authority that I want mediation "
        f"about its decision in the letter dated {decision_date_text(situation)}. IPSEA\u2019s guidance on the "
        f"SEND Regulations 2014 says the local authority must arrange mediation within "
        f"{MEDIATION_ARRANGED.text}. Those days {'ended' if passed else 'end'} on "
        f"{date_text(arranged_by)}. Mediation has not been arranged.",  # type: ignore[arg-type]
        f"The same guidance says that if the local authority cannot arrange mediation within "
        f"{MEDIATION_ARRANGED.text}, it must tell you. It says you must then issue a "
        f"mediation certificate within {DEEMED_CERTIFICATE.text} of being told. "
        "Please issue my "
        "mediation certificate now, or tell me if you have already issued one and the date on it.",
        deadline_sentence(situation),
        "I am sending a copy of this message to the local authority.",
        SIGN_OFF)
    timing = "mediation-not-arranged-passed" if passed else "mediation-not-arranged"
    return Letter("mediation-not-arranged", "mediation-adviser",
                  f"Mediation not arranged within {MEDIATION_ARRANGED.text}: please send my certificate ({name_placeholder(situation)})",
                  text, provisions, WHEN_TEXT[timing].format(arranged_by=date_text(arranged_by)),  # type: ignore[arg-type]
                  reader_notes(provisions), now=timing in SEND_NOW)


def _health_mediation_not_arranged(situation: Situation) -> Letter:
    """Mediation only about health care (L2): the ICB has the duty to arrange it, and it gives no
    certificate for an appeal, so the message asks the ICB for a date, not the adviser for a certificate."""
    timeline = situation.timeline()
    arranged_by = timeline_date(timeline, "health-body-arranges-mediation")
    provisions = (SEND_REGS_REGS_34_41, CFA_2014_S54)
    passed = arranged_by is not None and arranged_by < situation.today
    text = message_text(
        "Dear [name of the person at the NHS integrated care board (ICB)],",
        header_lines(situation, f"Decision letter dated: {decision_date_text(situation)}"),
        f"On {date_text(situation.la_told)} I told the local authority that I want mediation about "  # type: ignore[arg-type]
        "the health care provision in the plan. The local authority should have told you within "
        f"{LA_TELLS_HEALTH_BODY.text}. IPSEA\u2019s guidance on the SEND Regulations 2014 says you must arrange "
        f"the mediation within {MEDIATION_ARRANGED.text} of being told"
        + ("." if arranged_by is None else
           f". If the local authority told you on time, that was by {date_text(arranged_by)} at the "
           "latest. Mediation has not been arranged." if passed
           else f". If the local authority told you on time, that is by {date_text(arranged_by)} at the latest."),
        f"Please tell me the date and place of the mediation now, at least {NOTICE_OF_MEDIATION.text} before it.",
        "I am sending a copy of this message to the local authority.",
        SIGN_OFF)
    timing = "mediation-not-arranged-health-passed" if passed else "mediation-not-arranged-health"
    return Letter("mediation-not-arranged", "health-body",
                  f"Mediation about health care not arranged ({name_placeholder(situation)})", text, provisions,
                  WHEN_TEXT[timing].format(arranged_by=date_text(arranged_by) if arranged_by else ""),
                  reader_notes(provisions), now=timing in SEND_NOW)


def agreement_deadlines(situation: Situation) -> Letter:
    if situation.agreement_made is None:
        raise LetterNotPossible("agreement-deadlines", "the date of the mediation agreement")
    timeline = situation.timeline()
    agreed = date_text(situation.agreement_made)
    reg_44 = [item for item in timeline.items if item.provision == SEND_REGS_REG_44]
    other = timeline_date(timeline, "agreed-other-matters-done")
    tells_la = timeline_date(timeline, "health-body-tells-la")
    health_only = situation.health_included == "only"
    paragraphs: list[object] = [
        "Dear [name of the person at the NHS integrated care board (ICB)]," if health_only
        else "Dear [name of the person at the local authority],",
        header_lines(situation, f"Date of the mediation agreement: {agreed}"),
        f"We reached an agreement in mediation on {agreed}. A copy of the written agreement is "
        "attached." + ("" if situation.agreement_dates == "yes" else " The time limits below count from that date."),
    ]
    provisions: tuple[Provision, ...] = (SEND_REGS_REG_42,)
    extra_notes: list[str] = []
    if reg_44:
        provisions += (SEND_REGS_REG_44,)
        extra_notes.append("delete-rows")
        paragraphs += [
            "For the things I could have appealed about, you must meet the time limits in "
            "regulation 44 of the SEND Regulations 2014. Regulation 42(2) applies them as if the "
            "agreement were an order of the SEND Tribunal. They are:",
            [f"- {capitalised(REG_44_LETTER_TEXT.get(item.what, WHAT_TEXT[item.what]).rstrip('.'))}: "
             + ("immediately" if item.date == situation.agreement_made
                else due_by(item.date, situation.today))
             for item in reg_44],
        ]
    if situation.agreement_dates == "yes":  # reg 42(5): the agreement's own dates apply
        paragraphs += [
            "The agreement sets its own dates in writing, so those dates apply instead of the time "
            "limits in regulations 42 and 44 of the SEND Regulations 2014 (regulation 42(5)). They "
            "are:",
            ["- [Copy each thing the agreement says will be done, and its date.]"]]
    if other and health_only:  # reg 42(3): all of it is the ICB's (nothing appealable, W4)
        paragraphs.append(f"Everything the agreement asks you to do must be done within {AGREED_OTHER_MATTERS.text} of the "
                          f"agreement: {due_by(other, situation.today)} (regulation 42(3)).")
    elif other:
        paragraphs.append(f"Anything else in the agreement must be done within {AGREED_OTHER_MATTERS.text}: "
                          f"{due_by(other, situation.today)} (regulation 42(3)). This applies to the local "
                          "authority and the NHS integrated care board (ICB).")
    if tells_la:
        provisions += (SEND_REGS_REG_42_4,)
        paragraphs.append("The local authority was not a party to the mediation. So you must "
                          f"tell it about the agreement within {HEALTH_BODY_TELLS_LA.text}: {due_by(tells_la, situation.today)} "
                          "(regulation 42(4)).")
    paragraphs += [
        "" if situation.agreement_dates == "yes" else
        "These time limits apply unless we agreed different timescales in writing "
        "(regulation 42(5)).",
        "Please confirm in writing what you will do, and by when.",
        SIGN_OFF,
    ]
    timing = "agreement-deadlines-health" if health_only else "agreement-deadlines"
    return Letter("agreement-deadlines", "health-body" if health_only else "local-authority",
                  f"What was agreed in mediation on {agreed}, and by when ({name_placeholder(situation)})",
                  message_text(*paragraphs), provisions, WHEN_TEXT[timing],
                  reader_notes(provisions, *extra_notes), now=timing in SEND_NOW)


