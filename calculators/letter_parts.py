"""What every message shares: its kinds, titles and timing words, its placeholders, and how it is put together.

The messages themselves are in ``letters_mediation`` (to the mediation adviser, the local authority and
the ICB) and ``letters_tribunal`` (to the SEND Tribunal); :mod:`calculators.letters` chooses and
writes them. What the reader must add themselves (their name, the child's name, addresses) is left
as a placeholder in square brackets: nothing of the kind is ever asked for or stored.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from .plan import PlanStatus, Situation, plan_status
from .provisions import (
    MED,
    SEND_REGS_REG_34,
    SEND_REGS_REG_44,
    SEND_REGS_REGS_34_41,
    Provision,
)
from .limits import (
    APPEAL_AFTER_CERTIFICATE,
    APPEAL_AFTER_DECISION,
    CONTACT_ADVISER,
    MEDIATION_ARRANGED,
)
from .timeline import MediationTimeline
from .wording import date_text
from .wording_certificate import GROUND_TEXT


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
                  f"If you get more than one certificate, count {APPEAL_AFTER_CERTIFICATE.text} from the earliest date on them.")
LEAVE_OUT_BY = (" Your deadline is that date or {day}, whichever is later. Until you know it, make sure the "
                "SEND Tribunal has your appeal by {day}.")
LEAVE_OUT_LATE = " Do not wait for mediation or a certificate: send your appeal now."

#: What each message is for, shown above it ("-passed": the date it names is before today).
WHEN_TEXT = {
    "adviser-contact": "Send this now. You must contact the mediation adviser by {contact_by}.",
    "adviser-contact-passed": f"Send this now. The {CONTACT_ADVISER.text} to contact the mediation adviser ended "
                              "on {contact_by}, so get advice too.",
    "la-mediation-request": "Send this now, at the same time as your message to the mediation "
                            "adviser.",
    "certificate-chase": "Send this if your mediation certificate has not arrived by {due}.",
    "certificate-chase-deemed": f"The {MEDIATION_ARRANGED.text} to arrange mediation ended on {{arranged_by}}. A certificate "
                                "may have been issued since. Send this now.",
    "certificate-chase-now": "Send this now, to ask whether a certificate has been issued and the "
                             "date on it.",
    "certificate-chase-passed": "Your mediation certificate was due on {due}. If it has not "
                                "arrived, send this now.",
    "mediation-not-arranged": "Send this if the local authority has not arranged mediation by "
                              "{arranged_by}.",
    "mediation-not-arranged-passed": f"The {MEDIATION_ARRANGED.text} for the local authority to arrange mediation "
                                     "ended on {arranged_by}. If it has not arranged it, send this "
                                     "now.",
    "mediation-not-arranged-health": "Send this if the ICB has not arranged mediation by {arranged_by}.",
    "mediation-not-arranged-health-passed": f"The {MEDIATION_ARRANGED.text} for the ICB to arrange mediation "
                                            "ended on {arranged_by}. If it has not arranged it, send this now.",
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
    "mediation-not-arranged-health-passed",
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
    "late-contact": f"You are contacting the mediation adviser more than {CONTACT_ADVISER.text} after the "
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

class LetterNotPossible(ValueError):
    """A message needs a date the reader has not given (``needs`` names the missing answers)."""

    def __init__(self, kind: str, needs: str) -> None:
        super().__init__(f"{kind} needs {needs}")
        self.kind = kind
        self.needs = needs


@dataclass(frozen=True)
class Letter:
    """One message: who it is to, its subject and text, and the provisions it relies on.

    Its ``title`` is its kind's (:data:`calculators.letters.MESSAGES`), given when it is written.
    """

    kind: str
    to: str
    subject: str
    text: str
    provisions: tuple[Provision, ...]
    when: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)
    now: bool = False
    title: str = ""

    def as_dict(self) -> dict[str, object]:
        """The message as plain JSON data.

        >>> from calculators.letters import letter
        >>> letter("adviser-contact", Situation(datetime.date(2027, 1, 4), datetime.date(2027, 1, 11),
        ...     grounds=("c-ii",), mediation_wanted="no")).as_dict()["subject"]
        "I want to appeal: please send my mediation certificate ([Child's name])"

        These are the keys the command line's ``--json`` prints.
        """
        return {
            "kind": self.kind,
            "title": self.title,
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


def name_placeholder(situation: Situation) -> str:
    """The placeholder for the name the message is about (never "[Child's name]" for a young person)."""
    return VOICES[situation.appellant][0]


def header_lines(situation: Situation, *lines: str) -> list[str]:
    """The lines under the greeting: who the message is about, the local authority, the dates it
    names, then the first sentence, in the voice of the person appealing (W8)."""
    _, about, opening = VOICES[situation.appellant]
    return [about, LOCAL_AUTHORITY_LINE, *lines, "", opening]


def timeline_date(timeline: MediationTimeline, what: str) -> datetime.date | None:
    return next((item.date for item in timeline.items if item.what == what), None)


def grounds_lines(situation: Situation) -> list[str]:
    if not situation.grounds:
        return ["- [what you disagree with, for example the special educational provision in "
                "section F]"]
    return [f"- {GROUND_TEXT[key]}" for key in situation.grounds
            if key not in ("disability-discrimination", "other")]


def deadline_sentence(situation: Situation, status: PlanStatus | None = None) -> str:
    """The appeal deadline as the reader says it: never a passed date as the one to meet (W1)."""
    status = status or plan_status(situation)
    today = situation.today
    if status.last_day is None:  # waiting for a certificate, or it is overdue
        two_month = status.two_month_day
        if two_month is not None and two_month >= today and status.earliest_last_day == two_month:
            return ("The SEND Tribunal must receive my appeal by the later of two dates. These are "
                    f"{date_text(two_month)} and {APPEAL_AFTER_CERTIFICATE.text} after the date on my mediation certificate.")
        if two_month is not None and two_month >= today:  # the certificate always gives longer
            return f"I have {APPEAL_AFTER_CERTIFICATE.text} from the date on my mediation certificate to appeal."
        return (f"The {APPEAL_AFTER_DECISION.text} after the decision letter have ended, so I have "
                f"{APPEAL_AFTER_CERTIFICATE.text} from the date on my mediation certificate to appeal. "
                "I need to know that date.")
    last_day = date_text(status.last_day)
    from_certificate = (situation.certificate_issued is not None and not status.section_i_alone
                        and status.last_day > (status.two_month_day or status.last_day))
    after = f", {APPEAL_AFTER_CERTIFICATE.text} after the date on my mediation certificate" if from_certificate else ""
    if status.last_day < today:
        if status.arguably_in_time:
            return (f"The {APPEAL_AFTER_DECISION.text} after the decision letter ended on {last_day}. My mediation "
                    f"certificate is dated {date_text(situation.certificate_issued)}.")  # type: ignore[arg-type]
        return f"The deadline for my appeal{after}{',' if after else ''} was {last_day}."
    sentence = f"The SEND Tribunal must receive my appeal by {last_day}{after}."
    if status.section_i_alone:
        sentence += " Mediation does not change this deadline."
    elif (status.contact == "not-yet" and situation.certificate_issued is None and status.needs_certificate
          and status.contact_by is not None and today <= status.contact_by):  # L6: not after late contact
        sentence = sentence[:-1] + ", unless a mediation certificate gives me longer."
    return sentence


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def decision_date_text(situation: Situation) -> str:
    return date_text(situation.decision_sent)


def message_text(*paragraphs: object) -> str:
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


def reader_notes(provisions: tuple[Provision, ...], *extra: str) -> tuple[str, ...]:
    from_guidance = any(p in GUIDANCE_TIME_LIMITS for p in provisions)
    keys = (["guidance"] if from_guidance else []) + list(extra)
    return tuple(READER_NOTES[key] for key in keys)



def ended_or_end(day: datetime.date, today: datetime.date) -> str:
    return "ended" if day < today else "end"


def due_by(day: datetime.date, today: datetime.date) -> str:
    """A time limit's last day: "by" it while it is ahead, "it was due on" it once it has passed."""
    return f"by {date_text(day)}" if day >= today else f"it was due on {date_text(day)}"


