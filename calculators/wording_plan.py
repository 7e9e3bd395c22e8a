"""The words of "Make your plan": the answer, the certificate, and why a message is or is not needed."""

from __future__ import annotations

import datetime

from .certificate import CertificateCheck
from .display import PlanDisplay
from .limits import (
    ADVISER_CERTIFICATE,
    APPEAL_AFTER_CERTIFICATE,
    APPEAL_AFTER_DECISION,
    CLAIM_TO_TRIBUNAL,
    CONTACT_ADVISER,
)
from .timeline import MediationTimeline
from .plan import PlanStatus
from .wording import date_text
from .wording_certificate import certificate_display
from .wording_deadlines import PLAN_REMINDER_DAYS
from .wording_timeline import timeline_display


# --- Make your plan --------------------------------------------------------------------------

PLAN_READY = "Your plan is ready."
#: The certificate answer in a plan where the reader wants mediation, by what it is about: not "you
#: only have to contact the adviser", which speaks to someone who does not want it (issue 23).
CERTIFICATE_WITH_MEDIATION_TEXT = {
    "yes": "You must get a mediation certificate before you appeal.",
    "health-only": "You must get a mediation certificate before you appeal. Mediation about health care "
                   f"does not give you one. The mediation adviser should send it within {ADVISER_CERTIFICATE.text} of "
                   "you saying you do not want mediation about the rest.",
}
PLAN_ASSUMES_TODAY = ("The dates below assume you send the messages marked \u201cSend this now\u201d "
                      "today, {today}.")
#: The plan's own steps, in place of "You contacted ..." for what the reader has still to do today.
PLAN_TODAY_TEXT = {
    "adviser-contacted": "Today: send your message to the mediation adviser.",
    "adviser-contacted-late": "Today: send your message to the mediation adviser. This is after the "
                              f"{CONTACT_ADVISER.text} the law gives, so get advice too.",
    "la-told-mediation-wanted": "Today: send your message to the local authority asking for mediation.",
}
PLAN_NO_APPEAL = ("The SEND Tribunal cannot hear an appeal about what you chose, so there is no "
                  "appeal deadline to plan for.")


def plan_display(check: CertificateCheck, timeline: MediationTimeline | None,
                 messages: list[dict[str, object]], today: datetime.date,
                 planned: tuple[str, ...] = (), status: PlanStatus | None = None,
                 mediation: str = "") -> PlanDisplay:
    """The display object for "Make your plan": the certificate answer, the deadline, the timeline and the messages.

    >>> from .certificate import mediation_certificate_check
    >>> plan_display(mediation_certificate_check(["other"]), None, [], datetime.date(2027, 1, 11),
    ...              )["answer"]
    'No'

    With no SEN appeal (only "something else"), the plan is the certificate answer alone.
    ``planned`` names the timeline events the plan assumes the reader does today (sending the
    messages marked "Send this now"), which are shown as still to do; ``status`` words the
    answer for a reader who is waiting for a certificate (W1). ``mediation``: "yes" when the
    reader wants mediation (the mediator gives the certificate), "health-only" when it is only
    about health care (the adviser gives it), "" otherwise.
    """
    certificate = certificate_display(check)
    if timeline is None:
        return {**certificate, "heading": "Can you appeal to the SEND Tribunal?",
                "paragraphs": [PLAN_NO_APPEAL, *certificate["paragraphs"]],  # type: ignore[list-item]
                "announcement": PLAN_READY, "certificate": None, "messages": [],
                "events": []}
    in_time = status is None or status.status == "in-time"
    # Late (E5, W1): no later date is promised, so no "1 month from the certificate"; asked for
    # today: not yet in mediation.
    mediation_words = ("" if not in_time else "asking-today" if "la-told-mediation-wanted" in planned
                       else "in-mediation")
    display = timeline_display(timeline, status, grounds_known=True, mediation_words=mediation_words)
    paragraphs = list(display["paragraphs"])  # type: ignore[call-overload]
    if planned:
        paragraphs.append(PLAN_ASSUMES_TODAY.format(today=date_text(today)))
        display["timeline"] = [  # what the plan assumes is done today is still to do
            {**row, "what": PLAN_TODAY_TEXT[item.what]}
            if item.what in planned or (item.what == "adviser-contacted-late" and "adviser-contacted" in planned)
            else row for row, item in zip(display["timeline"], timeline.items)]  # type: ignore[call-overload]
    events = []
    for row, item in zip(display["timeline"], timeline.items):  # type: ignore[call-overload]
        if item.kind == "event" or item.date < today:
            continue
        summary = row["what"].split(". ")[0].rstrip(".")
        events.append({
            "date": row["date"],
            "summary": f"{row['who']}: {summary}" if item.who != "you" else summary,
            "description": f"{row['what']} ({row['provision']})",
            "reminders": list(PLAN_REMINDER_DAYS["you" if item.who == "you" else "other"]),
        })
    return {
        **display,
        "paragraphs": paragraphs,
        "announcement": PLAN_READY,
        "certificate": {**{key: certificate[key] for key in ("heading", "answer", "steps")},
                        "paragraphs": _plan_certificate_text(check, certificate, in_time, mediation)},
        "messages": messages,
        "events": events,
        "calendar": None,
    }


def _plan_certificate_text(check: CertificateCheck, certificate: dict[str, object], in_time: bool,
                           mediation: str) -> list[str]:
    """The certificate answer's words in a plan. A certificate is needed: in time, said for the
    reader's choice about mediation; once the reader is late or waiting, nothing that invites them
    to wait ("before you appeal"): the status and "Do this now" say what to do (W1, W5)."""
    paragraphs = list(certificate["paragraphs"])  # type: ignore[call-overload]
    if check.outcome != "certificate-required":
        return paragraphs
    first, rest = paragraphs[0], paragraphs[1:]  # "You must ...", then any note on recommendations
    if not in_time:
        return rest
    return [CERTIFICATE_WITH_MEDIATION_TEXT[mediation] if mediation else first, *rest]




LETTER_NEEDS_TEXT = {
    "tribunal-late-appeal": "This message is for an appeal that is late. Enter the date on the "
                            "decision letter, and the date on your mediation certificate if you "
                            "have one, to check your deadline",
    "certificate-chase": "Enter the date the mediation ended, or the date you told the mediation "
                         "adviser you do not want mediation, to write this message",
    "mediation-not-arranged": "Enter the date you told the local authority you want mediation, "
                              "to write this message",
    "agreement-deadlines": "Enter the date of the mediation agreement to write this message",
}


#: Why a message asked for on its own is not needed (:func:`calculators.letters.why_not_needed`).
LETTER_NOT_NEEDED_TEXT = {
    "section-i-alone": "Your appeal is only about section I (the school or type of school named, or that "
                       "none is named), so you do not need a mediation certificate or this message. Do not "
                       f"wait for one: mediation does not stop your {APPEAL_AFTER_DECISION.amount}-month deadline",
    "no-sen-appeal": "The SEND Tribunal cannot hear an appeal about what you chose, so you do not need a "
                     "mediation certificate or this message. A disability discrimination claim needs no "
                     f"certificate and has its own deadline: {CLAIM_TO_TRIBUNAL.text} from the discrimination",
    "has-certificate": "You have entered the date on your mediation certificate, so you do not need this "
                       f"message. Work out your deadline from it now: {APPEAL_AFTER_CERTIFICATE.text} from that date, "
                       f"or {APPEAL_AFTER_DECISION.text} from the decision letter if that is later",
    "mediation-over": "You have entered the date your mediation ended, so you do not need this message",
    "agreement-made": "You have entered the date of your mediation agreement, so mediation has taken place "
                      "and you do not need this message",
}


def letter_needs_message(kind: str) -> str:
    """The error when a message needs a date the reader has not given.

    >>> letter_needs_message("agreement-deadlines")
    'Enter the date of the mediation agreement to write this message'

    GOV.UK: "Enter [whatever it is]".
    """
    return LETTER_NEEDS_TEXT[kind]
