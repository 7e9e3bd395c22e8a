"""The messages a reader sends on the way to an appeal, filled in with dates the calculators work out.

Like :mod:`calculators.wording`, this module holds sentences readers see (an adviser can review
every message here); the dates come from the rules (:mod:`calculators.timeline`, which applies
reg 33, the Part 2 mediation time limits and regs 42 and 44, and
:mod:`calculators.appeal_deadline`). What the reader must add themselves (their name, the
child's name, addresses) is left as a placeholder in square brackets: nothing of the kind is
ever asked for or stored. Time limits that come from guidance rather than the regulations'
text we have read (MED) are worded as guidance ("Guidance on the SEND Regulations says ...").
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field, replace

from .plan import PlanStatus, Situation, messages_needed, plan_status
from .provisions import (
    CFA_2014_S53,
    CFA_2014_S54,
    CFA_2014_S55,
    HESC_RULE_5_3_A,
    HESC_RULE_20_1_C,
    MED,
    SEND_REGS_REG_32_E,
    SEND_REGS_REG_33,
    SEND_REGS_REG_34,
    SEND_REGS_REG_42,
    SEND_REGS_REG_42_4,
    SEND_REGS_REG_44,
    SEND_REGS_REGS_34_41,
    Provision,
)
from .timeline import (
    DEEMED_CERTIFICATE_WORKING_DAYS,
    MEDIATION_ARRANGED_WITHIN_DAYS,
    MediationTimeline,
)
from .wording import GROUND_TEXT, WHAT_TEXT, date_text

#: The messages, in the order a reader may need them.
KINDS = ("adviser-contact", "la-mediation-request", "certificate-chase", "mediation-not-arranged",
         "agreement-deadlines", "tribunal-no-certificate", "tribunal-late-appeal")

TITLES = {
    "adviser-contact": "Message to the mediation adviser",
    "la-mediation-request": "Message to the local authority asking for mediation",
    "certificate-chase": "Message if your mediation certificate is late",
    "mediation-not-arranged": "Message if mediation is not arranged within 30 days",
    "agreement-deadlines": "Message about what was agreed in mediation, and by when",
    "tribunal-no-certificate": "Note to the SEND Tribunal if you have no mediation certificate",
    "tribunal-late-appeal": "Note to the SEND Tribunal asking for more time for a late appeal",
}

RECIPIENTS = {
    "mediation-adviser": "The mediation adviser named in the decision letter",
    "mediator": "The mediator (or the mediation service)",
    "local-authority": "The local authority: the person named in the decision letter",
    "health-body": "The NHS integrated care board (ICB) for your area",
    "tribunal": "The SEND Tribunal, with your appeal",
}

#: What the reader must fill in. Never asked for, never stored.
YOUR_NAME = "[Your name]"
SIGN_OFF = ("Yours sincerely,", YOUR_NAME, "[Your address]", "[Your phone number or email]")
CHILD = "[Child's name]"
YOUNG_PERSON = "[Young person's name]"
LOCAL_AUTHORITY_LINE = "Local authority: [name of the local authority]"
#: W8: who is appealing, and how each message names them and speaks (CFA 2014 s.51(1), s.80).
#: The name in the subject, the header line, and the message's first sentence.
VOICES = {
    "parent": (CHILD, f"Child: {CHILD}, born [date of birth]", f"I am the parent of {CHILD}."),
    "young-person": (YOUR_NAME, f"Young person: {YOUR_NAME}, born [date of birth]",
                     f"I am {YOUR_NAME}, the young person this decision is about."),
    "alternative-person": (YOUNG_PERSON, f"Young person: {YOUNG_PERSON}, born [date of birth]",
                           f"I am {YOUR_NAME}, writing as the alternative person for {YOUNG_PERSON} "
                           "(section 80 of the Children and Families Act 2014)."),
}
ADD_DETAILS = "[Add any details you want to give]"
#: Issue 23: the reader may want mediation about only some of what they appeal. Which certificate
#: date counts for what is left out is not settled, so the earliest counts ("How to treat doubt").
LEAVE_OUT = "[delete any you do not want mediation about]"
LEAVE_OUT_ADVISER = ("[If you do not want mediation about all of these, write which ones you leave out. "
                     "Ask for a mediation certificate for them now.]")
LEAVE_OUT_NOTE = ("If you leave an issue out of mediation, tell the mediation adviser in your message to them. "
                  "If you get more than one certificate, count 1 month from the earliest date on them.")
LEAVE_OUT_BY = (" Your deadline is that date or {day}, whichever is later. Until you know it, make sure the "
                "SEND Tribunal has your appeal by {day}.")
LEAVE_OUT_LATE = " Do not wait for mediation or a certificate: send your appeal now."

#: What each message is for, shown above it ("-passed": the date it names is before today).
WHEN_TEXT = {
    "adviser-contact": "Send this now. You must contact the mediation adviser by {contact_by}.",
    "adviser-contact-passed": "Send this now. The 2 months to contact the mediation adviser ended "
                              "on {contact_by}, so get advice too.",
    "la-mediation-request": "Send this now, at the same time as your message to the mediation "
                            "adviser.",
    "certificate-chase": "Send this if your mediation certificate has not arrived by {due}.",
    "certificate-chase-deemed": "The 30 days to arrange mediation ended on {arranged_by}. A certificate "
                                "may have been issued since. Send this now.",
    "certificate-chase-now": "Send this now, to ask whether a certificate has been issued and the "
                             "date on it.",
    "certificate-chase-passed": "Your mediation certificate was due on {due}. If it has not "
                                "arrived, send this now.",
    "mediation-not-arranged": "Send this if the local authority has not arranged mediation by "
                              "{arranged_by}.",
    "mediation-not-arranged-passed": "The 30 days for the local authority to arrange mediation "
                                     "ended on {arranged_by}. If it has not arranged it, send this "
                                     "now.",
    "agreement-deadlines": "Send this after the mediation agreement, to remind the local "
                           "authority what it must do and by when.",
    "agreement-deadlines-health": "Send this after the mediation agreement, to remind the ICB what "
                                  "it must do and by when.",
    "tribunal-no-certificate": "Send this with your appeal if you do not have a mediation "
                               "certificate by then.",
    "tribunal-no-certificate-waiting": "Send this with your appeal if your certificate has still "
                                       "not arrived. Make sure the SEND Tribunal has your appeal "
                                       "by {earliest}.",
    "tribunal-no-certificate-overdue": "Send this with your appeal if you cannot get your "
                                       "certificate and the date on it today.",
    "tribunal-no-certificate-late": "Send this with your appeal now.",
    "tribunal-late-appeal": "Send this with your appeal now.",
}

#: The timings that ask the reader to act today: the plan shows these messages first, under "Do this
#: now", with their buttons at hand (the rest are for later, folded).
SEND_NOW = frozenset({
    "adviser-contact", "adviser-contact-passed", "la-mediation-request", "certificate-chase-deemed",
    "certificate-chase-now", "certificate-chase-passed", "mediation-not-arranged-passed",
    "agreement-deadlines", "agreement-deadlines-health", "tribunal-no-certificate-overdue",
    "tribunal-no-certificate-late", "tribunal-late-appeal",
})
assert SEND_NOW <= WHEN_TEXT.keys()

#: What opens a folded message, by recipient.
SHOW_TEXT = {
    "mediation-adviser": "Show the message to the mediation adviser",
    "mediator": "Show the message to the mediator",
    "local-authority": "Show the message to the local authority",
    "health-body": "Show the message to the ICB",
    "tribunal": "Show the note to the SEND Tribunal",
}

#: Reg 44 rows as a letter to the local authority says them (a row not listed here, for
#: example one the timeline gains later, uses the timeline's own words).
REG_44_LETTER_TEXT = {
    "cease-to-maintain-at-once": "if we agreed that the plan should stop: stop maintaining it",
    "continue-to-maintain-at-once": "if we agreed that the plan should continue: continue to "
                                    "maintain it",
    "assessment-tell-you": "if you agreed to an assessment or re-assessment: tell me that you "
                           "will carry it out",
    "amend-section-i-only": "if you agreed to change only the school or other setting in "
                            "section I: make that change",
    "make-plan-draft": "if you agreed to make an EHC plan: send me the draft plan",
    "amend-special-educational-provision": "if you agreed to change the plan: send me the "
                                           "amended plan",
    "assessment-decide-no-plan": "after an agreed assessment or re-assessment, if you decide "
                                 "not to make a plan: tell me, with your reasons",
    "make-plan-final": "if you agreed to make an EHC plan: send me the final plan",
    "assessment-finalise-plan": "after an agreed assessment or re-assessment: send me the "
                                "final plan",
}

READER_NOTES = {
    "guidance": "Some time limits in this message come from guidance, such as IPSEA\u2019s. Check "
                "them with your adviser or SENDIASS.",
    "late-contact": "You are contacting the mediation adviser more than 2 months after the "
                    "decision letter was sent. The adviser may still issue a certificate, but "
                    "get advice now, from SENDIASS or IPSEA.",
    **{key: ("To appeal without a certificate you have to ask the Tribunal for permission. The "
             "Tribunal\u2019s published advice is that it gives it only in exceptional "
             f"circumstances. Keep chasing your certificate, get advice, and send your appeal {when} "
             "anyway.") for key, when in (("leave-to-appeal", "by the deadline"), ("leave-to-appeal-now", "now"))},
    "late-appeal": "The Tribunal decides whether to accept a late appeal. Send it as soon as you "
                   "can, and get advice from SENDIASS or IPSEA.",
    "delete-rows": "Delete the lines that are not about what you agreed.",
}


#: The provisions whose time limits we know from guidance only (MED): a message citing one says so.
GUIDANCE_TIME_LIMITS = tuple(p for p in (SEND_REGS_REG_34, SEND_REGS_REGS_34_41, SEND_REGS_REG_44)
                             if p.confidence == MED)

#: The answers each message needs, when it needs any (the first is the one to ask for).
NEEDS = {
    "certificate-chase": ("mediation_ended", "adviser_contacted"),
    "mediation-not-arranged": ("la_told",),
    "agreement-deadlines": ("agreement_made",),
    "tribunal-late-appeal": ("decision_sent",),
}


class LetterNotPossible(ValueError):
    """A message needs a date the reader has not given (``needs`` names the missing answers)."""

    def __init__(self, kind: str, needs: str) -> None:
        super().__init__(f"{kind} needs {needs}")
        self.kind = kind
        self.needs = needs


@dataclass(frozen=True)
class Letter:
    """One message: who it is to, its subject and text, and the provisions it relies on."""

    kind: str
    to: str
    subject: str
    text: str
    provisions: tuple[Provision, ...]
    when: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)
    now: bool = False

    def as_dict(self) -> dict[str, object]:
        """The message as plain JSON data.

        >>> letter("adviser-contact", Situation(datetime.date(2027, 1, 4), datetime.date(2027, 1, 11),
        ...     grounds=("c-ii",), mediation_wanted="no")).as_dict()["subject"]
        "I want to appeal: please send my mediation certificate ([Child's name])"

        These are the keys the command line's ``--json`` prints.
        """
        return {
            "kind": self.kind,
            "title": TITLES[self.kind],
            "to": RECIPIENTS[self.to],
            "when": self.when,
            "now": self.now,
            "show": SHOW_TEXT[self.to],
            "subject": self.subject,
            "text": self.text,
            "notes": list(self.notes),
            # W10: the reader sees citations; how sure we are stays in provisions.py and the About page.
            "provisions": [{key: value for key, value in provision.as_dict().items() if key != "confidence"}
                           for provision in self.provisions],
        }


def _name(situation: Situation) -> str:
    """The placeholder for the name the message is about (never "[Child's name]" for a young person)."""
    return VOICES[situation.appellant][0]


def _header(situation: Situation, *lines: str) -> list[str]:
    """The lines under the greeting: who the message is about, the local authority, the dates it
    names, then the first sentence, in the voice of the person appealing (W8)."""
    _, about, opening = VOICES[situation.appellant]
    return [about, LOCAL_AUTHORITY_LINE, *lines, "", opening]


def _item(timeline: MediationTimeline, what: str) -> datetime.date | None:
    return next((item.date for item in timeline.items if item.what == what), None)


def _grounds_lines(situation: Situation) -> list[str]:
    if not situation.grounds:
        return ["- [what you disagree with, for example the special educational provision in "
                "section F]"]
    return [f"- {GROUND_TEXT[key]}" for key in situation.grounds
            if key not in ("disability-discrimination", "other")]


def _deadline_sentence(situation: Situation, status: PlanStatus | None = None) -> str:
    """The appeal deadline as the reader says it: never a passed date as the one to meet (W1)."""
    status = status or plan_status(situation)
    today = situation.today
    if status.last_day is None:  # waiting for a certificate, or it is overdue
        two_month = status.two_month_day
        if two_month is not None and two_month >= today and status.earliest_last_day == two_month:
            return ("The SEND Tribunal must receive my appeal by the later of two dates. These are "
                    f"{date_text(two_month)} and 1 month after the date on my mediation certificate.")
        if two_month is not None and two_month >= today:  # the certificate always gives longer
            return "I have 1 month from the date on my mediation certificate to appeal."
        return ("The 2 months after the decision letter have ended, so I have 1 month from the date "
                "on my mediation certificate to appeal. I need to know that date.")
    last_day = date_text(status.last_day)
    from_certificate = (situation.certificate_issued is not None and not status.section_i_alone
                        and status.last_day > (status.two_month_day or status.last_day))
    after = ", 1 month after the date on my mediation certificate" if from_certificate else ""
    if status.last_day < today:
        if status.arguably_in_time:
            return (f"The 2 months after the decision letter ended on {last_day}. My mediation "
                    f"certificate is dated {date_text(situation.certificate_issued)}.")  # type: ignore[arg-type]
        return f"The deadline for my appeal{after} was {last_day}."
    sentence = f"The SEND Tribunal must receive my appeal by {last_day}{after}."
    if status.section_i_alone:
        sentence += " Mediation does not change this deadline."
    elif (status.contact == "not-yet" and situation.certificate_issued is None and status.needs_certificate
          and status.contact_by is not None and today <= status.contact_by):  # L6: not after late contact
        sentence = sentence[:-1] + ", unless a mediation certificate gives me longer."
    return sentence


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _decision(situation: Situation) -> str:
    return date_text(situation.decision_sent)


def _text(*paragraphs: object) -> str:
    lines: list[str] = []
    for paragraph in paragraphs:
        if not paragraph:
            continue
        if lines:
            lines.append("")
        if isinstance(paragraph, (list, tuple)):
            lines.extend(str(line) for line in paragraph)
        else:
            lines.append(str(paragraph))
    return "\n".join(lines) + "\n"


def _notes(provisions: tuple[Provision, ...], *extra: str) -> tuple[str, ...]:
    from_guidance = any(p in GUIDANCE_TIME_LIMITS for p in provisions)
    keys = (["guidance"] if from_guidance else []) + list(extra)
    return tuple(READER_NOTES[key] for key in keys)


# --- The messages ----------------------------------------------------------------------------

def _adviser_contact(situation: Situation) -> Letter:
    contacting = replace(situation, adviser_contacted=situation.adviser_contacted or situation.today)
    timeline = contacting.timeline()
    status = plan_status(contacting, timeline)
    contact_by = timeline.appeal.contact_mediation_adviser_by
    late = situation.today > contact_by
    provisions: tuple[Provision, ...] = (SEND_REGS_REG_33, CFA_2014_S55, HESC_RULE_20_1_C)
    due = _item(timeline, "adviser-issues-certificate")
    by_due = f": if this reaches you today, by {date_text(due)}." if due else "."
    if situation.mediation_wanted == "yes" and situation.health_included == "only" and status.needs_certificate:
        # W4: mediation only about health care gives no certificate for the appealable matters.
        subject = f"I want to appeal: please send my mediation certificate ({_name(situation)})"
        mediation = ("I want mediation only about health care, and I am asking the local authority "
                     "for it. I do not want mediation about the other things I want to appeal about. "
                     "Please send me a mediation certificate for them. Guidance on the SEND "
                     "Regulations 2014 says you should issue it within 3 working days of hearing "
                     "from me" + by_due)
        provisions += (SEND_REGS_REG_34,)
    elif situation.mediation_wanted == "yes":
        subject = f"I want to appeal and I want mediation ({_name(situation)})"
        mediation = ("I want mediation. Please tell me what happens next. I am also telling the "
                     "local authority that I want mediation, as the decision letter asks. "
                     + (LEAVE_OUT_ADVISER if len(_grounds_lines(situation)) > 1 else "")).strip()
    elif situation.mediation_wanted == "no" and status.certificate_advised and not status.needs_certificate:
        # Section I with recommendations: whether a certificate is needed is open (legal-rules §2, W3).
        subject = f"I want to appeal: please send me a mediation certificate ({_name(situation)})"
        mediation = ("I do not want mediation. It is not settled whether I need a mediation "
                     "certificate for this appeal, so please send me one to be safe.")
    elif situation.mediation_wanted == "no":
        subject = f"I want to appeal: please send my mediation certificate ({_name(situation)})"
        mediation = ("I do not want mediation. Please send me a mediation certificate. Guidance "
                     "on the SEND Regulations 2014 says you should issue it within 3 working "
                     "days of hearing from me" + by_due)
        provisions += (SEND_REGS_REG_34,)
    else:
        subject = f"I want to appeal ({_name(situation)})"
        mediation = ("I have not decided yet whether I want mediation. Please tell me how it works, "
                     "so that I can tell you my decision as soon as I can. If I choose mediation, I "
                     "will tell the local authority too, as the decision letter asks.")
    if late:
        timing = (f"The 2 months after the decision letter ended on {date_text(contact_by)}. "
                  + ("Please still issue a mediation certificate, so that I can appeal."
                     if status.needs_certificate else ""))
    else:
        timing = ("I am contacting you within 2 months of the decision letter being sent"
                  + ("." if status.section_i_alone else
                     ", as regulation 33 of the SEND Regulations 2014 requires.")
                  + f" The 2 months end on {date_text(contact_by)}.")
    text = _text(
        "Dear [name of the mediation adviser],",
        _header(situation, f"Decision letter dated: {_decision(situation)}"),
        "I want to appeal to the SEND Tribunal against the local authority\u2019s decision in "
        f"its letter dated {_decision(situation)}. I disagree with:",
        [line for line in _grounds_lines(situation) if line != f"- {GROUND_TEXT['health-social-care']}"],
        # Health and social care cannot be appealed on their own: the Tribunal may recommend (§1, §2).
        ("I also want to ask the Tribunal to make recommendations about the health or social care "
         "parts of the plan." if "health-social-care" in situation.grounds else ""),
        mediation, timing.strip(), _deadline_sentence(contacting, status),
        "Please confirm in writing that you have received this message, and the date you "
        "received it.",
        SIGN_OFF)
    timing = "adviser-contact-passed" if late else "adviser-contact"
    return Letter("adviser-contact", "mediation-adviser", subject, text, provisions,
                  WHEN_TEXT[timing].format(contact_by=date_text(contact_by)),
                  _notes(provisions, *(["late-contact"] if late else [])), now=timing in SEND_NOW)


def _la_mediation_request(situation: Situation) -> Letter:
    told = situation.la_told or situation.today
    timeline = situation.timeline(la_told=told)
    arranged_by = _item(timeline, "mediation-arranged")
    health = situation.health_included in ("yes", "only")
    provisions: tuple[Provision, ...] = (SEND_REGS_REG_32_E, CFA_2014_S53, SEND_REGS_REGS_34_41)
    health_lines: list[str] = []
    if health:
        tells_icb = _item(timeline, "la-tells-health-body")
        health_lines = [
            "The issues include health care provision. The health care provision I want is: "
            "[describe the health care provision you want].",
            "Please tell the NHS integrated care board (ICB) about this mediation. Guidance says "
            "you should tell it within 3 working days of hearing from me"
            + (f": if this reaches you today, by {date_text(tells_icb)}." if tells_icb else "."),
        ]
    who = "the NHS integrated care board (ICB)" if situation.health_included == "only" else "you"
    arranged = (f"IPSEA\u2019s guidance on the SEND Regulations 2014 says {who} must arrange mediation "
                "within 30 days")
    if arranged_by and situation.health_included != "only":
        arranged += f": if this reaches you today, by {date_text(arranged_by)}."
    else:
        arranged += " of being told."
    text = _text(
        "Dear [name of the person named in the decision letter],",
        _header(situation, f"Decision letter dated: {_decision(situation)}"),
        f"I want mediation about the decision in your letter dated {_decision(situation)}. "
        "Regulation 32(e) of the SEND Regulations 2014 and your letter ask me to tell you this. "
        "I have also told the mediation adviser.",
        *(["The issue I want mediation about is the health care provision in the plan.",
            "I do not want mediation about the other things I am appealing about. I have asked the "
            "mediation adviser for a mediation certificate for them."]
          if situation.health_included == "only" else
          [f"The issues I want mediation about are{' ' + LEAVE_OUT if len(_grounds_lines(situation)) > 1 else ''}:",
           [*_grounds_lines(situation), f"- {ADD_DETAILS}"]]),
        *health_lines,
        arranged,
        "Please tell me the date and place of the mediation at least 5 working days before it. "
        "Please send someone who can make decisions about these issues.",
        ("If you cannot arrange mediation within 30 days, please tell the mediation adviser "
         "straight away, so that they can issue my mediation certificate."
         if plan_status(situation).needs_certificate and situation.health_included != "only" else ""),
        "Please confirm in writing that you have received this message.",
        SIGN_OFF)
    return Letter("la-mediation-request", "local-authority", f"Request for mediation ({_name(situation)})",
                  text, provisions, WHEN_TEXT["la-mediation-request"],
                  _notes(provisions) + _leave_out_note(situation),
                  now="la-mediation-request" in SEND_NOW)


def _leave_out_note(situation: Situation) -> tuple[str, ...]:
    """Beside the request for mediation about more than one issue: leaving one out, and which date to keep."""
    if situation.health_included == "only" or len(_grounds_lines(situation)) < 2:
        return ()
    status = plan_status(situation)
    day = status.last_day or status.earliest_last_day
    late = day is None or day < situation.today or status.status == "deadline-passed"
    return (LEAVE_OUT_NOTE + (LEAVE_OUT_LATE if late else LEAVE_OUT_BY.format(day=date_text(day))),)


def _ended_or_end(day: datetime.date, today: datetime.date) -> str:
    return "ended" if day < today else "end"


def _certificate_chase(situation: Situation, status: PlanStatus | None = None) -> Letter:
    timeline = situation.timeline()
    status = status or plan_status(situation, timeline)
    today = situation.today
    end = situation.mediation_ended if situation.mediation_ended is not None else situation.agreement_made
    health_only = situation.health_included == "only"
    mediating = not health_only and (situation.mediation_wanted == "yes" or situation.la_told is not None)
    within_days = (end is not None and (situation.la_told is None or end <= situation.la_told
                                        + datetime.timedelta(days=MEDIATION_ARRANGED_WITHIN_DAYS)))
    how = "ended" if situation.mediation_ended is not None else "ended with an agreement"
    if end is not None and not health_only and (within_days or not mediating):
        due = _item(timeline, "mediator-issues-certificate")
        to = "mediator"
        what = f"Our mediation {how} on {date_text(end)}." + (
            "" if due is None else
            " Guidance on the SEND Regulations 2014 says the mediator should issue the mediation "
            "certificate within 3 working days of the end of the mediation. Those 3 working days "
            f"{_ended_or_end(due, today)} on {date_text(due)}.")
        greeting = "Dear [name of the mediator],"
        provisions: tuple[Provision, ...] = (SEND_REGS_REGS_34_41,)
    elif mediating and (situation.adviser_contacted is not None or situation.la_told is not None):
        # W1: a "deemed" certificate may already carry an earlier date: ask for it and its date.
        due = situation.la_told + datetime.timedelta(days=MEDIATION_ARRANGED_WITHIN_DAYS) if situation.la_told else None
        to = "mediation-adviser"
        asked = (f"I want to appeal against the decision in the letter dated {_decision(situation)}. On "
                 f"{date_text(situation.adviser_contacted)} I told you I want to appeal and want mediation."
                 if situation.adviser_contacted else
                 f"On {date_text(situation.la_told)} I told the local authority that I want mediation "  # type: ignore[arg-type]
                 f"about its decision in the letter dated {_decision(situation)}.")
        held = (f" Mediation took place on {date_text(end)}, more than {MEDIATION_ARRANGED_WITHIN_DAYS} "
                "days after I told the local authority." if end is not None else "")
        what = (f"{asked}{held} Have you issued a mediation certificate for me, including one saying "
                f"that mediation could not be arranged within {MEDIATION_ARRANGED_WITHIN_DAYS} days? "
                "If you have, please tell me the date on it.")
        greeting = "Dear [name of the mediation adviser],"
        provisions = (SEND_REGS_REGS_34_41,)
    elif situation.adviser_contacted is not None and (situation.mediation_wanted == "no" or health_only):
        due = _item(timeline, "adviser-issues-certificate")
        to = "mediation-adviser"
        matters = ("mediation about the things I can appeal about. I have asked for mediation about "
                   "health care only, which is separate" if situation.mediation_wanted == "yes" else "mediation")
        what = (f"I want to appeal against the decision in the letter dated {_decision(situation)}. On "
                f"{date_text(situation.adviser_contacted)} I told you I want to appeal and do not want "
                f"{matters}. " + (
                    "I asked you for a mediation certificate." if due is None else
                    "Guidance on the SEND Regulations 2014 says you should issue my mediation "
                    f"certificate within 3 working days. Those 3 working days {_ended_or_end(due, today)} "
                    f"on {date_text(due)}."))
        greeting = "Dear [name of the mediation adviser],"
        provisions = (SEND_REGS_REG_34,)
    else:
        raise LetterNotPossible("certificate-chase", "the date you contacted the mediation "
                                "adviser and said you do not want mediation, or the date the "
                                "mediation ended")
    provisions += (CFA_2014_S55, HESC_RULE_20_1_C)
    text = _text(
        greeting,
        _header(situation, f"Decision letter dated: {_decision(situation)}"),
        what,
        "I have not received my certificate. Please send it to me today, by email if you can. I need "
        + ("it in case I appeal" if situation.agreement_settles == "yes" and situation.agreement_made
           else "it for my appeal") + ", and I need to know the date of issue on it.",
        _deadline_sentence(situation, status),
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
    return Letter("certificate-chase", to, f"My mediation certificate has not arrived ({_name(situation)})",
                  text, provisions, when, _notes(provisions), now=timing in SEND_NOW)


def _mediation_not_arranged(situation: Situation) -> Letter:
    if situation.la_told is None:
        raise LetterNotPossible("mediation-not-arranged", "the date you told the local "
                                "authority you want mediation")
    if situation.health_included == "only":
        return _health_mediation_not_arranged(situation)
    arranged_by = situation.la_told + datetime.timedelta(days=MEDIATION_ARRANGED_WITHIN_DAYS)
    provisions = (SEND_REGS_REGS_34_41, CFA_2014_S55, HESC_RULE_20_1_C)
    passed = arranged_by < situation.today
    text = _text(
        "Dear [name of the mediation adviser],",
        _header(situation, f"Decision letter dated: {_decision(situation)}"),
        f"On {date_text(situation.la_told)} I told the local authority that I want mediation "
        f"about its decision in the letter dated {_decision(situation)}. IPSEA\u2019s guidance on the "
        f"SEND Regulations 2014 says the local authority must arrange mediation within "
        f"{MEDIATION_ARRANGED_WITHIN_DAYS} days. Those days {'ended' if passed else 'end'} on "
        f"{date_text(arranged_by)}. Mediation has not been arranged.",  # type: ignore[arg-type]
        f"The same guidance says that if the local authority cannot arrange mediation within "
        f"{MEDIATION_ARRANGED_WITHIN_DAYS} days, it must tell you. It says you must then issue a "
        f"mediation certificate within {DEEMED_CERTIFICATE_WORKING_DAYS} working days of being told. "
        "Please issue my "
        "mediation certificate now, or tell me if you have already issued one and the date on it.",
        _deadline_sentence(situation),
        "I am sending a copy of this message to the local authority.",
        SIGN_OFF)
    timing = "mediation-not-arranged-passed" if passed else "mediation-not-arranged"
    return Letter("mediation-not-arranged", "mediation-adviser",
                  f"Mediation not arranged within 30 days: please send my certificate ({_name(situation)})",
                  text, provisions, WHEN_TEXT[timing].format(arranged_by=date_text(arranged_by)),  # type: ignore[arg-type]
                  _notes(provisions), now=timing in SEND_NOW)


def _health_mediation_not_arranged(situation: Situation) -> Letter:
    """Mediation only about health care (L2): the ICB has the duty to arrange it, and it gives no
    certificate for an appeal, so the message asks the ICB for a date, not the adviser for a certificate."""
    timeline = situation.timeline()
    arranged_by = _item(timeline, "health-body-arranges-mediation")
    provisions = (SEND_REGS_REGS_34_41, CFA_2014_S54)
    passed = arranged_by is not None and arranged_by < situation.today
    text = _text(
        "Dear [name of the person at the NHS integrated care board (ICB)],",
        _header(situation, f"Decision letter dated: {_decision(situation)}"),
        f"On {date_text(situation.la_told)} I told the local authority that I want mediation about "  # type: ignore[arg-type]
        "the health care provision in the plan. The local authority should have told you within "
        "3 working days. IPSEA\u2019s guidance on the SEND Regulations 2014 says you must arrange "
        "the mediation within 30 days of being told"
        + ("." if arranged_by is None else
           f". If the local authority told you on time, that was by {date_text(arranged_by)} at the "
           "latest. Mediation has not been arranged." if passed
           else f". If the local authority told you on time, that is by {date_text(arranged_by)} at the latest."),
        "Please tell me the date and place of the mediation now, at least 5 working days before it.",
        "I am sending a copy of this message to the local authority.",
        SIGN_OFF)
    timing = "mediation-not-arranged-passed" if passed else "mediation-not-arranged"
    when = WHEN_TEXT[timing].replace("the local authority", "the ICB")
    return Letter("mediation-not-arranged", "health-body",
                  f"Mediation about health care not arranged ({_name(situation)})", text, provisions,
                  when.format(arranged_by=date_text(arranged_by) if arranged_by else ""),
                  _notes(provisions), now=timing in SEND_NOW)


def _by(day: datetime.date, today: datetime.date) -> str:
    """A time limit's last day: "by" it while it is ahead, "it was due on" it once it has passed."""
    return f"by {date_text(day)}" if day >= today else f"it was due on {date_text(day)}"


def _agreement_deadlines(situation: Situation) -> Letter:
    if situation.agreement_made is None:
        raise LetterNotPossible("agreement-deadlines", "the date of the mediation agreement")
    timeline = situation.timeline()
    agreed = date_text(situation.agreement_made)
    reg_44 = [item for item in timeline.items if item.provision == SEND_REGS_REG_44]
    other = _item(timeline, "agreed-other-matters-done")
    tells_la = _item(timeline, "health-body-tells-la")
    health_only = situation.health_included == "only"
    paragraphs: list[object] = [
        "Dear [name of the person at the NHS integrated care board (ICB)]," if health_only
        else "Dear [name of the person at the local authority],",
        _header(situation, f"Date of the mediation agreement: {agreed}"),
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
            [f"- {_capital(REG_44_LETTER_TEXT.get(item.what, WHAT_TEXT[item.what]).rstrip('.'))}: "
             + ("immediately" if item.date == situation.agreement_made
                else _by(item.date, situation.today))
             for item in reg_44],
        ]
    if situation.agreement_dates == "yes":  # reg 42(5): the agreement's own dates apply
        paragraphs += [
            "The agreement sets its own dates in writing, so those dates apply instead of the time "
            "limits in regulations 42 and 44 of the SEND Regulations 2014 (regulation 42(5)). They "
            "are:",
            ["- [Copy each thing the agreement says will be done, and its date.]"]]
    if other and health_only:  # reg 42(3): all of it is the ICB's (nothing appealable, W4)
        paragraphs.append("Everything the agreement asks you to do must be done within 2 weeks of the "
                          f"agreement: {_by(other, situation.today)} (regulation 42(3)).")
    elif other:
        paragraphs.append("Anything else in the agreement must be done within 2 weeks: "
                          f"{_by(other, situation.today)} (regulation 42(3)). This applies to the local "
                          "authority and the NHS integrated care board (ICB).")
    if tells_la:
        provisions += (SEND_REGS_REG_42_4,)
        paragraphs.append("The local authority was not a party to the mediation. So you must "
                          f"tell it about the agreement within 1 week: {_by(tells_la, situation.today)} "
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
                  f"What was agreed in mediation on {agreed}, and by when ({_name(situation)})",
                  _text(*paragraphs), provisions, WHEN_TEXT[timing],
                  _notes(provisions, *extra_notes), now=timing in SEND_NOW)


_RULE_5_3_A = ("rule 5(3)(a) of the Tribunal Procedure (First-tier Tribunal) (Health, Education and "
               "Social Care Chamber) Rules 2008")
_DECISION_LETTER_GAPS = ("[If the decision letter did not tell you about your right to appeal, the "
                         "time limit, or mediation and the mediation adviser (regulation 32 of the "
                         "SEND Regulations 2014), say so here.]")
_ANYTHING_ELSE = ("[Add anything else that explains why, for example what the adviser told you. "
                  "Attach copies of your messages.]")


def _what_happened(situation: Situation, timeline: MediationTimeline, status: PlanStatus) -> list[str]:
    """The facts of the reader's mediation so far, each date in the tense today gives it."""
    today = situation.today
    contact_by = date_text(status.contact_by)  # type: ignore[arg-type]
    reasons: list[str] = []
    if situation.adviser_contacted is None and status.contact == "not-yet":
        reasons.append(f"I did not contact the mediation adviser within 2 months of the decision "
                       f"letter. The 2 months {_ended_or_end(status.contact_by, today)} on {contact_by}. "  # type: ignore[arg-type]
                       "I contacted them on [date you contacted them]. This is why I did not contact "
                       "them sooner: [explain why].")
    elif situation.adviser_contacted is not None and status.contact == "late":
        reasons.append(f"I contacted the mediation adviser on {date_text(situation.adviser_contacted)}, "
                       f"after the 2 months ended on {contact_by}. This is why: [explain why].")
    elif situation.adviser_contacted is not None:
        reasons.append(f"I contacted the mediation adviser on {date_text(situation.adviser_contacted)}, "
                       "within 2 months of the decision letter.")
    due = _item(timeline, "adviser-issues-certificate")
    if due:
        matters = ("about the things I can appeal about"
                   if situation.health_included == "only" and situation.mediation_wanted == "yes" else "")
        reasons.append(f"I said I did not want mediation{' ' + matters if matters else ''}. Guidance on "
                       "the SEND Regulations 2014 says the adviser should issue the certificate "
                       f"within 3 working days. Those days {_ended_or_end(due, today)} on "
                       f"{date_text(due)}. I have not received it.")
    arranged_by = _item(timeline, "mediation-arranged") or _item(timeline, "health-body-arranges-mediation")
    end = situation.mediation_ended or situation.agreement_made
    if situation.la_told is not None and situation.health_included == "only":  # W4: no bearing on the certificate
        reasons.append("Separately, I asked for mediation about health care only. That does not affect "
                       "my certificate.")
    elif situation.la_told is not None and arranged_by is not None and end is not None:  # L11: held, but late
        reasons.append(f"Mediation took place on {date_text(end)}, more than 30 days after I asked the "
                       f"local authority for it on {date_text(situation.la_told)}.")
    elif situation.la_told is not None and arranged_by is not None:  # not listed once mediation was held in time
        reasons.append(f"I told the local authority on {date_text(situation.la_told)} that I "
                       "wanted mediation. IPSEA says the local authority must arrange mediation "
                       "within 30 days. Those "
                       f"days {_ended_or_end(arranged_by, today)} on {date_text(arranged_by)}.")  # type: ignore[arg-type]
    due = _item(timeline, "mediator-issues-certificate")
    if situation.mediation_ended is not None and due is not None:
        reasons.append(f"Our mediation ended on {date_text(situation.mediation_ended)}. The mediator "
                       "should issue the certificate within 3 working days. Those days "
                       f"{_ended_or_end(due, today)} on {date_text(due)}. I have not received it.")  # type: ignore[arg-type]
    return [f"- {reason}" for reason in reasons]


def _tribunal_no_certificate(situation: Situation, status: PlanStatus | None = None) -> Letter:
    timeline = situation.timeline()
    status = status or plan_status(situation, timeline)
    happened = _what_happened(situation, timeline, status)
    permission = "I ask the Tribunal for permission to appeal without a mediation certificate."
    provisions: tuple[Provision, ...] = (CFA_2014_S55, SEND_REGS_REG_33, HESC_RULE_20_1_C)
    notes = ["leave-to-appeal"]
    if status.status == "waiting-for-certificate":
        subject, when = "My mediation certificate has not arrived", "tribunal-no-certificate-waiting"
        paragraphs: list[object] = [
            "My mediation certificate has not arrived. I am sending my appeal now, so that it "
            "reaches the Tribunal in time. " + permission,
            "I have done what the law asks of me. This is what has happened:", [*happened, _ANYTHING_ELSE],
            "I will send the certificate as soon as it arrives."]
    elif status.status == "certificate-overdue":
        subject, when = "My mediation certificate has not arrived", "tribunal-no-certificate-overdue"
        provisions += (HESC_RULE_5_3_A,)
        notes = ["leave-to-appeal-now", "late-appeal"]
        paragraphs = [
            "My mediation certificate has not arrived, so I do not know the date on it. GOV.UK says "
            "that if you do not have a mediation certificate, you need to tell the Tribunal why. "
            "This is why:", [*happened, _ANYTHING_ELSE],
            permission,
            f"If my appeal is late, I ask the Tribunal to extend the time under {_RULE_5_3_A}, "
            "because [explain why].",
            _DECISION_LETTER_GAPS]
    elif status.status == "deadline-passed":
        subject, when = "Late appeal without a mediation certificate", "tribunal-no-certificate-late"
        provisions += (HESC_RULE_5_3_A,)
        notes = ["leave-to-appeal-now", "late-appeal"]
        paragraphs = [
            f"My appeal is late, and I do not have a mediation certificate. The deadline for my "
            f"appeal was {date_text(status.last_day)}. GOV.UK says that if you do not have a "  # type: ignore[arg-type]
            "mediation certificate, you need to tell the Tribunal why.",
            f"I ask the Tribunal to extend the time for my appeal under {_RULE_5_3_A}. I also ask "
            "for permission to appeal without a mediation certificate. My reasons are:",
            ["- [Explain why your appeal is late.]", *happened, _ANYTHING_ELSE],
            _DECISION_LETTER_GAPS]
    else:
        subject, when = "Appeal without a mediation certificate", "tribunal-no-certificate"
        paragraphs = [
            "I am sending my appeal without a mediation certificate. GOV.UK says that if you do not "
            "have a mediation certificate, you need to tell the Tribunal why. This is why:",
            [*happened, _ANYTHING_ELSE],
            permission]
    text = _text("To the SEND Tribunal,", _header(situation, f"Decision letter dated: {_decision(situation)}"),
                 *paragraphs, ("Yours faithfully,", YOUR_NAME))
    earliest = status.earliest_last_day
    return Letter("tribunal-no-certificate", "tribunal", f"{subject} ({_name(situation)})", text, provisions,
                  WHEN_TEXT[when].format(earliest=date_text(earliest) if earliest else ""),
                  _notes(provisions, *notes), now=when in SEND_NOW)


def _tribunal_late_appeal(situation: Situation, status: PlanStatus | None = None) -> Letter:
    timeline = situation.timeline()
    status = status or plan_status(situation, timeline)
    if status.last_day is None or status.status != "deadline-passed":
        raise LetterNotPossible("tribunal-late-appeal", "a deadline that has passed")
    from_certificate = (situation.certificate_issued is not None and not status.section_i_alone
                        and status.last_day > status.two_month_day)  # type: ignore[operator]
    reasons = ["- [Explain why your appeal is late.]"]
    if status.arguably_in_time:  # W3: unsettled whether the certificate gives longer (never "out of time")
        end = situation.mediation_ended or situation.agreement_made
        opening = (f"The 2 months after the decision letter ended on {date_text(status.last_day)}. "
                   f"My mediation certificate is dated {date_text(situation.certificate_issued)}.")  # type: ignore[arg-type]
        request = f"If my appeal is late, I ask the Tribunal to extend the time under {_RULE_5_3_A}. My reasons are:"
        if end is not None:
            reasons.append(f"- My mediation with the local authority ended on {date_text(end)}.")
        reasons.append(f"- My mediation certificate is dated {date_text(situation.certificate_issued)}.")  # type: ignore[arg-type]
        reasons[0] = "- [Explain why your appeal may be late.]"
    else:
        opening = (f"My appeal is late. The deadline for my appeal was {date_text(status.last_day)}"
                   + (f", 1 month after the date on my mediation certificate "
                      f"({date_text(situation.certificate_issued)})." if from_certificate else "."))  # type: ignore[arg-type]
        request = f"I ask the Tribunal to extend the time for my appeal under {_RULE_5_3_A}. My reasons are:"
    if status.contact == "late" and situation.adviser_contacted is not None:
        reasons += _what_happened(situation, timeline, status)[:1]
    reasons.append(_ANYTHING_ELSE)
    provisions = (HESC_RULE_5_3_A, HESC_RULE_20_1_C, SEND_REGS_REG_32_E)
    text = _text(
        "To the SEND Tribunal,",
        _header(situation, f"Decision letter dated: {_decision(situation)}"),
        opening, request, reasons, _DECISION_LETTER_GAPS,
        ("Yours faithfully,", YOUR_NAME))
    subject = "Appeal that may be late" if status.arguably_in_time else "Late appeal"
    return Letter("tribunal-late-appeal", "tribunal", f"{subject}: request for more time ({_name(situation)})",
                  text, provisions, WHEN_TEXT["tribunal-late-appeal"], _notes(provisions, "late-appeal"),
                  now="tribunal-late-appeal" in SEND_NOW)


#: The messages that speak of the reader's status: the plan passes the status of what has happened.
_WITH_STATUS = ("certificate-chase", "tribunal-no-certificate", "tribunal-late-appeal")

_BUILDERS = {
    "adviser-contact": _adviser_contact,
    "la-mediation-request": _la_mediation_request,
    "certificate-chase": _certificate_chase,
    "mediation-not-arranged": _mediation_not_arranged,
    "agreement-deadlines": _agreement_deadlines,
    "tribunal-no-certificate": _tribunal_no_certificate,
    "tribunal-late-appeal": _tribunal_late_appeal,
}


#: Messages about getting a certificate: not for an appeal that needs none (section I alone, or nothing
#: the SEND Tribunal hears), and not once the reader has their certificate.
_ABOUT_THE_CERTIFICATE = ("adviser-contact", "certificate-chase", "mediation-not-arranged",
                          "tribunal-no-certificate")


def why_not_needed(kind: str, situation: Situation) -> tuple[str, str] | None:
    """Why a message asked for on its own (the ``letter`` command) fits no situation the plan makes.

    >>> why_not_needed("adviser-contact", Situation(datetime.date(2027, 1, 4), datetime.date(2027, 1, 11),
    ...     grounds=("c-ii",), certificate_issued=datetime.date(2027, 1, 8)))
    ('has-certificate', 'certificate_issued')

    Returns (reason, the answer to change), or None when the message can be written. The plan
    itself never offers these combinations; :mod:`calculators.wording` words each reason. The
    rules: no certificate for section I alone or for what the SEND Tribunal does not hear (CFA
    2014 s.55, s.51(2)); none to ask for once one is dated; mediation asked for and then declined is
    a normal case, never refused (W1; SEND Regulations 2014, regulation 34).
    """
    status = plan_status(situation) if situation.grounds else None
    health_only_chase = kind == "mediation-not-arranged" and situation.health_included == "only"
    if kind in _ABOUT_THE_CERTIFICATE and not health_only_chase:
        mediation_asked = kind == "adviser-contact" and situation.mediation_wanted == "yes"  # as the plan does
        if status is not None and status.status == "no-appeal":
            return "no-sen-appeal", "grounds"
        if status is not None and not (status.needs_certificate or status.certificate_advised or mediation_asked):
            return "section-i-alone", "grounds"
        if situation.certificate_issued is not None:
            return "has-certificate", "certificate_issued"
    if kind in ("la-mediation-request", "mediation-not-arranged"):
        if situation.agreement_made is not None:
            return "agreement-made", "agreement_made"
        if situation.mediation_ended is not None:
            return "mediation-over", "mediation_ended"
    return None


def letter(kind: str, situation: Situation, status: PlanStatus | None = None) -> Letter:
    """One message, filled in with the reader's dates.

    Raises:
        KeyError: an unknown kind.
        LetterNotPossible: the message needs a date the reader has not given.
        The calculators' date errors (DateInFuture, OutsideBankHolidayData, ...).

    >>> print(letter("certificate-chase", Situation(datetime.date(2027, 1, 4),
    ...     datetime.date(2027, 1, 18), adviser_contacted=datetime.date(2027, 1, 8),
    ...     mediation_wanted="no")).text.splitlines()[8][-56:])
    Those 3 working days ended on Wednesday 13 January 2027.

    Told on Friday 8 January, the adviser should have issued the certificate by Wednesday 13.
    """
    if kind in _WITH_STATUS:
        return _BUILDERS[kind](situation, status)  # type: ignore[call-arg]
    return _BUILDERS[kind](situation)


def letters_needed(situation: Situation) -> list[Letter]:
    """The messages this reader needs now or next, in order (the plan shows these).

    >>> [m.kind for m in letters_needed(Situation(datetime.date(2027, 1, 4),
    ...     datetime.date(2027, 1, 11), grounds=("c-ii",), mediation_wanted="yes"))]
    ['adviser-contact', 'la-mediation-request', 'mediation-not-arranged']

    Before anything has happened: contact the adviser and the local authority now; keep the
    message for if mediation is not arranged. Which messages, and why, is decided by
    :func:`calculators.plan.messages_needed`.
    """
    status = plan_status(situation)
    now, later, planned = messages_needed(situation, status)
    return plan_letters(situation, status, now, later, planned)


def plan_letters(situation: Situation, status: PlanStatus, now: list[str], later: list[str],
                 planned: Situation) -> list[Letter]:
    """The plan's messages: today's from the answers; later ones as if today's were sent.

    The notes to the Tribunal tell what has happened, never what the plan assumes is done
    today; every message that speaks of the reader's status speaks of the status they are in.
    """
    tribunal = ("tribunal-no-certificate", "tribunal-late-appeal")
    return ([letter(kind, situation) for kind in now]
            + [letter(kind, situation if kind in tribunal else planned, status) for kind in later])
