"""The words of the mediation timeline: who must do what by when, and where a waiting reader stands."""

from __future__ import annotations

import datetime

from .provisions import (
    HESC_RULE_5_3_A,
    HESC_RULE_20_1_C_II,
)
from .display import Display
from .limits import (
    ADVISER_CERTIFICATE,
    AGREED_OTHER_MATTERS,
    APPEAL_AFTER_CERTIFICATE,
    APPEAL_AFTER_DECISION,
    CONTACT_ADVISER,
    DEEMED_CERTIFICATE,
    HEALTH_BODY_TELLS_LA,
    LA_TELLS_HEALTH_BODY,
    MEDIATION_ARRANGED,
    MEDIATOR_CERTIFICATE,
    NOTICE_OF_MEDIATION,
    REG_44,
)
from .timeline import MediationTimeline
from .plan import PlanStatus
from .wording import SENDIASS_TEXT, date_text, workings_step
from .wording_deadlines import (
    WITHOUT_CERTIFICATE_NOW_TEXT,
    WITHOUT_CERTIFICATE_TEXT,
    appeal_display,
    appeal_step_text,
    if_appealing,
)


# --- Mediation timeline ----------------------------------------------------------------------

WHO_TEXT = {
    "you": "You",
    "local-authority": "Local authority",
    "mediation-adviser": "Mediation adviser",
    "mediator": "Mediator",
    "health-body": "NHS integrated care board (ICB)",
    "local-authority-or-health-body": "Local authority or NHS integrated care board (ICB)",
}

WHAT_TEXT = {
    "decision-sent": "The decision letter was sent.",
    "contact-mediation-adviser": "Contact the mediation adviser by this date, if you need a "
                                 "mediation certificate.",
    "contact-mediation-adviser-needed": "Contact the mediation adviser by this date: you need a "
                                        "mediation certificate to appeal.",
    "adviser-issues-certificate-appealable": "You said you do not want mediation about the things you "
                                             "are appealing about. The mediation adviser must issue "
                                             "your certificate for them within "
                                             f"{ADVISER_CERTIFICATE.text} of you "
                                             "telling them.",
    "appeal-deadline-passed-may-be-late": f"{APPEAL_AFTER_DECISION.text} after the decision letter. This date has passed. It is "
                                          "not settled whether your certificate gives you longer: send "
                                          "your appeal now.",
    "appeal-deadline-passed": "The SEND Tribunal had to receive your appeal by this date. It has "
                              "passed: send your appeal now and ask for more time.",
    "adviser-contacted": "You contacted the mediation adviser.",
    "adviser-contacted-late": f"You contacted the mediation adviser, after the {CONTACT_ADVISER.text} the law "
                              "gives for this had ended. The adviser may still give you a "
                              "certificate: get advice.",
    "adviser-issues-certificate": "You said you do not want mediation. The mediation adviser must "
                                  f"issue your certificate within {ADVISER_CERTIFICATE.text}"
                                  " of you telling them.",
    "la-told-mediation-wanted": "You told the local authority you want mediation.",
    "mediation-arranged": "IPSEA says the local authority must arrange mediation within "
                          f"{MEDIATION_ARRANGED.text}, counting weekends and bank holidays. "
                          "If it cannot, it must tell the mediation adviser, who must then give you a "
                          f"certificate within {DEEMED_CERTIFICATE.text}.",
    "la-tells-health-body": "The local authority must tell the NHS integrated care board (ICB) "
                            f"what the mediation is about within {LA_TELLS_HEALTH_BODY.text}.",
    "health-body-arranges-mediation": f"IPSEA says the ICB must arrange the mediation within {MEDIATION_ARRANGED.text} "
                                      "of the local authority telling it. This is the latest date, if "
                                      "the local authority tells it on its last day.",
    "mediation-ended": "The mediation ended.",
    "mediator-issues-certificate": "The mediator must issue your certificate within "
                                   f"{MEDIATOR_CERTIFICATE.text}.",
    "certificate-issued": "Your mediation certificate was issued.",
    "agreement-made": "You made an agreement in mediation.",
    "agreed-other-matters-done": "Things agreed that cannot be appealed, like health or social care, "
                                 f"must be done within {AGREED_OTHER_MATTERS.text}.",
    "health-body-tells-la": "The local authority was not part of the mediation. The ICB must "
                            f"tell it about the agreement within {HEALTH_BODY_TELLS_LA.text}.",
    "cease-to-maintain-at-once": "If you agreed the plan should stop: the local authority must "
                                 "stop maintaining it at once.",
    "continue-to-maintain-at-once": "If it agreed to keep the plan: it must continue to maintain "
                                    "it at once.",
    "assessment-tell-you": "If it agreed to an assessment or a re-assessment: it must tell you "
                           f"within {REG_44['assessment-tell-you'].text} that it will carry one out.",
    "amend-section-i-only": f"If it agreed to change only the school in section I: within {REG_44['amend-section-i-only'].text}.",
    "make-plan-draft": f"If it agreed to make a plan: the draft plan within {REG_44['make-plan-draft'].text}.",
    "amend-special-educational-provision": "If it agreed to change the special educational "
                                           f"provision: within {REG_44['amend-special-educational-provision'].text}.",
    "assessment-decide-no-plan": "After an agreed assessment or re-assessment, a decision not "
                                 f"to issue a plan within {REG_44['assessment-decide-no-plan'].text}.",
    "make-plan-final": f"If it agreed to make a plan: the final plan within {REG_44['make-plan-final'].text}.",
    "assessment-finalise-plan": "After an agreed assessment or re-assessment, the final plan "
                                f"within {REG_44['assessment-finalise-plan'].text}.",
    "appeal-deadline-estimate": "Estimate: if your certificate is dated the earliest day it "
                                "can be, the SEND Tribunal must receive your appeal by this "
                                "date. Your real deadline comes from the date on the "
                                "certificate.",
    "appeal-deadline": "The SEND Tribunal must receive your appeal by this date (to be safe, "
                       "before 5pm).",
    "two-month-date-while-waiting": f"{APPEAL_AFTER_DECISION.text} after the decision letter. Your deadline is this date "
                                    f"or {APPEAL_AFTER_CERTIFICATE.text} after the date on your certificate, whichever is later.",
    "two-month-date-passed-overdue": f"{APPEAL_AFTER_DECISION.text} after the decision letter. This has passed. Your "
                                     "deadline depends on the date on your certificate: find it out "
                                     "today.",
    "agreed-health-matters-done": "Everything agreed about health care must be done within "
                                  f"{AGREED_OTHER_MATTERS.text} of the date of the agreement.",
    "two-month-date-passed-while-waiting": f"{APPEAL_AFTER_DECISION.text} after the decision letter. This has passed, "
                                           "but you are waiting for your certificate: you have "
                                           f"{APPEAL_AFTER_CERTIFICATE.text} from the date on it.",
    "mediation-arranged-section-i": "IPSEA says the local authority must arrange the mediation within "
                                    f"{MEDIATION_ARRANGED.text}, counting weekends and "
                                    "bank holidays.",
}

TIMELINE_NOTES = {
    "working-days-include-august": "Working days are Monday to Friday, except bank holidays in "
                                   "England and Wales. Days in August are normal working days.",
    "deemed-certificate-if-not-arranged": "If the local authority cannot arrange mediation "
                                          f"within {MEDIATION_ARRANGED.text}, it must "
                                          "tell the mediation adviser. The adviser must then give "
                                          f"you a certificate within {DEEMED_CERTIFICATE.text}"
                                          ".",
    "notice-of-mediation-date": "You must be told the date of the mediation at least "
                                f"{NOTICE_OF_MEDIATION.text} before, unless "
                                "you agree to less.",
    "agreement-own-dates": "Your written agreement sets its own dates. They apply instead of the "
                           "time limits in the regulations (regulation 42(5)), so they are not "
                           "listed here. Put them in your calendar.",
    "other-timescales-can-be-agreed": "The people in the mediation can agree different "
                                      "timescales in writing.",
    "reg-44-as-if-an-order": "The time limits for things you could appeal about are set by "
                             "regulation 44 of the SEND Regulations, applied as if the agreement "
                             "were a Tribunal order. They count from the date of the agreement.",
    "adviser-contacted-late": f"Contacting the mediation adviser after the {CONTACT_ADVISER.text} in the law is "
                              "late. The adviser may still give you a certificate, but the law "
                              "does not say what late contact means for your deadline. Get "
                              "advice, and do not wait for the certificate to send your appeal.",
    "no-estimate-after-late-contact": f"Contact with the adviser after the {CONTACT_ADVISER.text} is late, so we "
                                      "do not estimate a later deadline from your certificate.",
    "health-only-no-appeal-certificate": "Health care cannot be appealed on its own, so a "
                                         "certificate from mediation only about health care "
                                         "does not change an appeal deadline.",
    "certificate-after-mediation-gives-1-month": "When mediation ends, the mediator must give "
                                                 "you a mediation certificate within "
                                                 f"{MEDIATOR_CERTIFICATE.text}"
                                                 f". You then have {APPEAL_AFTER_CERTIFICATE.text} from the date on "
                                                 "it to appeal, if that is later than the "
                                                 "deadline shown.",
    "certificate-before-mediation-ended": "Your certificate is dated before the mediation "
                                          "ended. This can happen when mediation could not be "
                                          f"arranged within {MEDIATION_ARRANGED.text}. We count from the date on "
                                          "the certificate you entered. If you have a later "
                                          "certificate too, get advice.",
    "estimate-beyond-bank-holiday-data": "We cannot say how your certificate will change your "
                                          "deadline: it would fall after the years our official "
                                          "bank holiday dates cover.",
    "recalculate-when-certificate-arrives": "When your certificate arrives, work out your "
                                            "deadline again using the date on it.",
    "section-i-mediation-does-not-extend": "Your appeal is only about section I, so you do not "
                                           "need a mediation certificate. Mediation does not stop "
                                           f"your {APPEAL_AFTER_DECISION.amount}-month deadline.",
    "certificate-before-mediation": f"To be safe, count your {APPEAL_AFTER_CERTIFICATE.text} from the date on your "
                                    "certificate, even if mediation happens later. Do not wait "
                                    "for the meeting to appeal.",
}


def _status_rows(result: MediationTimeline, status: PlanStatus | None) -> dict[str, str]:
    """Timeline rows whose words depend on the reader's status (W1: a waiting reader's 2-month date is not the deadline)."""
    rows = {}
    if status is not None and status.status in ("waiting-for-certificate", "certificate-overdue"):
        passed = status.two_month_day is not None and status.two_month_day < result.appeal.today
        rows["appeal-deadline"] = WHAT_TEXT[
            "two-month-date-while-waiting" if not passed else
            "two-month-date-passed-while-waiting" if status.status == "waiting-for-certificate" else
            "two-month-date-passed-overdue"]
    if result.section_i_alone:  # W3: no certificate is promised
        rows["mediation-arranged"] = WHAT_TEXT["mediation-arranged-section-i"]
    if status is not None and status.needs_certificate:
        rows["contact-mediation-adviser"] = WHAT_TEXT["contact-mediation-adviser-needed"]
    if status is not None and status.status == "deadline-passed" and "appeal-deadline" not in rows:
        rows["appeal-deadline"] = WHAT_TEXT["appeal-deadline-passed-may-be-late" if status.arguably_in_time
                                            else "appeal-deadline-passed"]
    if any(item.facts.get("matters") == "appealable" for item in result.items):  # W4
        rows["adviser-issues-certificate"] = WHAT_TEXT["adviser-issues-certificate-appealable"]
    if any(item.what == "health-body-tells-la" for item in result.items):  # reg 42(3): the ICB's alone
        rows["agreed-other-matters-done"] = WHAT_TEXT["agreed-health-matters-done"]
    return rows


#: A waiting reader's certificate is overdue: chase it ("Prepare your appeal" words its own).
CHASE_TEXT = "Your certificate was due on {due}. Chase it now: use the message below."


def certificate_from(status: PlanStatus) -> str:
    """Who gives the awaited certificate, as a sentence names them (W1)."""
    return ("the mediation adviser, or the mediator," if status.awaiting in ("mediator", "deemed")
            else "the mediation adviser")


def awaiting_text(status: PlanStatus, today: datetime.date, chase: str = CHASE_TEXT) -> list[str]:
    """What the awaited certificate waits on, and what to do about it (W1); ``chase`` words an overdue one."""
    due = status.certificate_due
    if status.awaiting == "la-not-told":
        return ["Tell the local authority now that you want mediation, and check with the "
                "mediation adviser that it knows. If you no longer want mediation, tell the "
                "adviser: they must then send you a certificate within "
                f"{ADVISER_CERTIFICATE.text}."]
    if status.awaiting == "decision":
        return ["Tell the mediation adviser now whether you want mediation. If you do not, they "
                f"must send you a certificate within {ADVISER_CERTIFICATE.text}."]
    texts = []
    if status.awaiting == "deemed":
        texts.append("Have you had any certificate from the mediation service, including one saying "
                     f"mediation could not be arranged within {MEDIATION_ARRANGED.text}? "
                     "If so, enter its date. If you do not know, ask the mediation adviser today: a "
                     "certificate may already have been issued, as early as "
                     f"{date_text(status.earliest_certificate)}.")  # type: ignore[arg-type]
    elif status.awaiting == "mediation" and due is not None:
        texts.append(f"IPSEA says the local authority must arrange mediation by {date_text(due)}. When it ends, "
                     f"the mediator must send you a certificate: you then have {APPEAL_AFTER_CERTIFICATE.text} from the date "
                     "on it. If the local authority says it cannot arrange mediation in time, ask "
                     "the mediation adviser at once for your certificate and the date on it. "
                     "Do not wait for the meeting to appeal.")
    elif due is not None and due < today:
        texts += [chase.format(due=date_text(due), who=certificate_from(status))] if chase else []
    elif due is not None:
        texts.append(f"Your certificate should come by {date_text(due)}.")
    return texts


def _contact_text(result: MediationTimeline) -> str:
    """Why a waiting reader is not late, from what they told us (W1): never asserted beyond it."""
    entered = {item.what for item in result.items}
    if "adviser-contacted" in entered:
        return "You are not late: you contacted the mediation adviser in time."
    if "la-told-mediation-wanted" in entered:
        return f"You are not late: you asked for mediation within {CONTACT_ADVISER.text} of the decision letter."
    return ("You went to mediation, so you contacted the mediation adviser. If you did that within "
            f"{CONTACT_ADVISER.text} of the decision letter, you are not late.")


def _waiting_steps(result: MediationTimeline, status: PlanStatus) -> list[dict[str, str]]:
    """How D was worked out: the 2-month date (moved as any deadline), then the earliest certificate (W1)."""
    steps = [workings_step(text, step.provision) for step in result.appeal.steps
             if step.key not in ("receive-by-5pm", "late-appeal")
             and (text := appeal_step_text(step)) is not None]
    earliest, d = status.earliest_certificate, status.earliest_last_day
    if earliest is not None and d is not None and d != status.two_month_day:
        steps.append(workings_step(f"The earliest date your certificate can carry is {date_text(earliest)}. {APPEAL_AFTER_CERTIFICATE.text} "
                           f"after that, moved in the same way, gives {date_text(d)}. That is later, "
                           "so it is the earliest your deadline can be.", HESC_RULE_20_1_C_II))
    else:
        steps.append(workings_step(f"{APPEAL_AFTER_CERTIFICATE.text} after the earliest date your certificate can carry is not later, "
                           f"so the earliest your deadline can be is {date_text(d)}.",  # type: ignore[arg-type]
                           HESC_RULE_20_1_C_II))
    return steps


def _waiting_text(result: MediationTimeline, status: PlanStatus, settled: bool = False) -> tuple[str, str, list[str], list[str]]:
    """Heading, answer, paragraphs and next steps for a reader waiting for a certificate (W1)."""
    today = result.appeal.today
    earliest = status.earliest_last_day
    paragraphs: list[str] = []
    next_steps: list[str] = []
    if status.status == "waiting-for-certificate":
        heading = if_appealing("To be safe, make sure the SEND Tribunal has your appeal by", settled)
        answer = date_text(earliest)  # type: ignore[arg-type]
        paragraphs.append("You are waiting for your mediation certificate. " + _contact_text(result))
        paragraphs.append(f"When your certificate comes, you have {APPEAL_AFTER_CERTIFICATE.text} from the date on it to "
                          f"appeal. Your deadline could be as early as {date_text(earliest)}.")  # type: ignore[arg-type]
        next_steps.append(if_appealing("To be safe, make sure the SEND Tribunal receives your appeal before 5pm "
                                        f"on {date_text(earliest)}. Do not wait until the last day.",  # type: ignore[arg-type]
                                        settled, step=True))
    else:
        heading, answer = "Get your mediation certificate and the date on it", "today"
        paragraphs.append("You contacted the mediation adviser in time, but your deadline may already "
                          "have passed: it depends on the date on your certificate. If it is dated as "
                          f"early as it can be, your deadline was {date_text(earliest)}. Find out that "  # type: ignore[arg-type]
                          "date today.")
        who = certificate_from(status)
        paragraphs.append(f"Ask {who} today for your certificate and the date of issue on it. You have "
                          f"{APPEAL_AFTER_CERTIFICATE.text} from that date to appeal."
                          + ("" if any(item.what in ("mediation-ended", "agreement-made") for item in result.items)
                             else " Do not wait for mediation to appeal."))
        next_steps.append(f"If {APPEAL_AFTER_CERTIFICATE.text} from the date on your certificate has already passed, send "
                          "your appeal at once. Say that it may be late, and ask the Tribunal to "
                          f"extend the time ({HESC_RULE_5_3_A.citation}). A judge decides.")
    paragraphs += awaiting_text(status, today)
    if status.contact_date is not None and status.contact_date == status.contact_by:
        paragraphs.append(f"You contacted the mediation adviser on the last day of the {CONTACT_ADVISER.text}. Keep "
                          "proof of when you sent your message.")
    if status.note_to_tribunal and status.status == "certificate-overdue":
        next_steps.append("If you cannot get the date on your certificate today, send your appeal now "
                          "with the note to the Tribunal. " + WITHOUT_CERTIFICATE_NOW_TEXT)
    elif status.note_to_tribunal:
        next_steps.append("If you cannot get your certificate in time, send your appeal anyway, "
                          "with the note to the Tribunal. " + WITHOUT_CERTIFICATE_TEXT)
    next_steps.append("When your certificate comes, work out your deadline again with the date on it.")
    next_steps.append("Keep a copy of your appeal and proof that it was sent and received.")
    next_steps.append(SENDIASS_TEXT)
    return heading, answer, paragraphs, next_steps


def timeline_display(result: MediationTimeline, status: PlanStatus | None = None,
                     grounds_known: bool = False, mediation_words: str = "in-mediation") -> Display:
    """The display object for the mediation timeline.

    >>> from .timeline import mediation_timeline
    >>> display = timeline_display(mediation_timeline(datetime.date(2026, 12, 31),
    ...     today=datetime.date(2027, 1, 4)))
    >>> display["timeline"][1]["date_text"], display["timeline"][1]["who"]
    ('Sunday 28 February 2027', 'You')

    Items from guidance rather than the regulations' text we have read say so in words; the
    confidence itself stays in the result's data (W10).
    ``status`` (:func:`calculators.plan.plan_status`) words the answer for a reader who is
    waiting for a certificate, or whose certificate is overdue (W1), and after a mediation
    agreement (W7); ``grounds_known`` says the regulation 44 rows are only those of the grounds
    appealed (the plan), not every row (the timeline calculator, which does not ask).
    ``mediation_words`` says which paragraph a reader in mediation gets (:data:`MEDIATION_WORDS`):
    the plan asks for none once the reader is late, and for the "asking today" one when it assumes
    the reader asks the local authority for mediation today.
    """
    settled = status is not None and status.agreement == "settled"
    appeal = appeal_display(
        result.appeal,
        adviser_contacted=any(item.what in ("adviser-contacted", "adviser-contacted-late") for item in result.items),
        in_mediation="certificate-after-mediation-gives-1-month" in result.notes,
        section_i_alone=result.section_i_alone, contacted_late=result.contact == "late",
        may_be_late=status is not None and status.arguably_in_time, settled=settled, working_days_note=False)
    relabel = _status_rows(result, status)
    timeline = []
    for item in result.items:
        what = relabel.get(item.what, WHAT_TEXT[item.what])
        if item.provision.confidence != "HIGH" and item.kind != "event":
            what += " (Check this time limit with your adviser: it comes from guidance.)"
        timeline.append({
            "date": item.date.isoformat(),
            "date_text": date_text(item.date),
            "who": WHO_TEXT[item.who],
            "what": what,
            "provision": item.provision.citation,
            "url": item.provision.url,
            "kind": item.kind,
        })
    # Section I with health or social care recommendations: a certificate is advised (legal-rules §2).
    advised = status is not None and status.certificate_advised
    section_i = SECTION_I_WITH_RECOMMENDATIONS_TEXT if advised else TIMELINE_NOTES["section-i-mediation-does-not-extend"]
    notes = [section_i if key == "section-i-mediation-does-not-extend" else TIMELINE_NOTES[key]
             for key in result.notes]
    notes += appeal["notes"]  # type: ignore[arg-type] # its working days note is the timeline's own, above
    agreement = _agreement_text(result, status, grounds_known) if status is not None and status.agreement else []
    if status is not None and status.status in ("waiting-for-certificate", "certificate-overdue"):
        heading, answer, paragraphs, next_steps = _waiting_text(result, status, settled)
        return {**appeal, "outcome": status.status, "heading": heading, "answer": answer,
                "paragraphs": paragraphs + agreement, "next_steps": next_steps, "notes": notes,
                "steps": _waiting_steps(result, status), "timeline": timeline, "calendar": None}
    paragraphs = list(appeal["paragraphs"])  # type: ignore[arg-type]
    if "certificate-after-mediation-gives-1-month" in result.notes and MEDIATION_WORDS[mediation_words]:
        paragraphs.append(MEDIATION_WORDS[mediation_words])
    if result.section_i_alone and (advised or not (status is not None and status.arguably_in_time)):
        paragraphs.append(section_i)  # the "may be late" words already say it, unless advised
    if "certificate-before-mediation" in result.notes:  # W2
        paragraphs.append(TIMELINE_NOTES["certificate-before-mediation"])
    if result.estimated_last_day and result.earliest_certificate:
        paragraphs.append(f"Estimate: if your mediation certificate is dated "
                          f"{date_text(result.earliest_certificate)}, the earliest it can be, "
                          f"your deadline would move to {date_text(result.estimated_last_day)}. "
                          "Your real deadline comes from the date on the certificate. Until you "
                          "have it, use the earlier date.")
    return {
        **appeal,
        "outcome": appeal["outcome"],
        "paragraphs": paragraphs + agreement,
        "notes": notes,
        "timeline": timeline,
    }

#: Where a reader stands once the local authority knows they want mediation (timeline and plan).
IN_MEDIATION_TEXT = ("You are in mediation. When it ends, the mediator must give you a mediation certificate. "
                     f"You then have {APPEAL_AFTER_CERTIFICATE.text} from the date on it to appeal, if that is later than the date above.")

SECTION_I_WITH_RECOMMENDATIONS_TEXT = (
    "Your appeal is about section I and health or social care recommendations. It is not settled "
    "whether you need a mediation certificate for this, so get one and send it with your appeal. "
    f"It does not give you more time: mediation does not stop your {APPEAL_AFTER_DECISION.amount}-month deadline.")


def _agreement_text(result: MediationTimeline, status: PlanStatus, grounds_known: bool) -> list[str]:
    """After a mediation agreement (W7): the deadline still runs; when to get advice, and by when.

    Advice before the deadline when anything is (or may be) unsettled, or when the time to do
    what was agreed runs past the deadline (the ICB's, after mediation only about health care).
    No note to the Tribunal is offered (:func:`calculators.plan.plan_status`).
    """
    today = result.appeal.today
    health_only = any(item.what == "health-body-tells-la" for item in result.items)  # the ICB's agreement
    deadline = status.last_day or status.earliest_last_day
    if deadline is None or deadline < today:
        by = "now"
    elif status.last_day is None:  # waiting for the certificate: D is the earliest the deadline can be
        by = f"before {date_text(deadline)}, the earliest your appeal deadline can be"
    else:
        by = f"before your appeal deadline, {date_text(deadline)}"
    advice = f"Get advice from SENDIASS or IPSEA about appealing to protect your position. Do this {by}."
    acts_by = status.agreement_acts_by
    late_act = acts_by is not None and deadline is not None and acts_by > deadline and acts_by >= today
    paragraphs = ["A mediation agreement does not stop or change your appeal deadline."]
    if health_only:  # mediation only about health care: nothing in it can be appealed
        return paragraphs + [
            "Your agreement is only about health care, so it does not settle what you can appeal about. "
            "If you still disagree about those things, get advice from SENDIASS or IPSEA about "
            f"appealing. Do this {by}.",
            "If the ICB does not do what it agreed, get advice too. Health care cannot be appealed on its own."]
    if status.agreement == "settled":
        paragraphs.append("Your agreement settles everything, so you do not need to appeal.")
        if late_act:
            paragraphs += [f"But the local authority may have until {date_text(acts_by)} to do "  # type: ignore[arg-type]
                           "what it agreed, after your appeal deadline.", advice]
        elif acts_by is None and by != "now":  # the agreement's own dates: we cannot compare them
            paragraphs.append("If a date in your agreement comes after your appeal deadline: " + advice[0].lower() + advice[1:])
        return paragraphs
    paragraphs.append("Some things are not settled." if status.agreement == "not-settled"
                      else "If anything is not settled, you can still appeal about it.")
    if late_act:
        paragraphs.append(f"The local authority may have until {date_text(acts_by)} to do what it "  # type: ignore[arg-type]
                          "agreed, after your appeal deadline.")
    paragraphs.append(advice)
    if not grounds_known and any(item.provision.unit == "regulation 44" for item in result.items):
        paragraphs.append("You have not told us what you are appealing about, so the timeline shows every "
                          "time limit regulation 44 can set. Only the ones for what you could appeal "
                          "about apply to you. Make your plan shows only yours.")
    return paragraphs

#: The same, in a plan that has the reader ask for mediation today: nothing is sent yet (issue 23).
MEDIATION_TO_ASK_TEXT = ("When mediation ends, the mediator must give you a mediation certificate. You then "
                         f"have {APPEAL_AFTER_CERTIFICATE.text} from the date on it, if that is later than the date "
                         "above. You may get a certificate sooner, for issues you leave out or if mediation is not "
                         f"arranged in {MEDIATION_ARRANGED.text}. Count {APPEAL_AFTER_CERTIFICATE.text} from the "
                         "earliest certificate. Do not wait for the meeting to appeal.")
#: The paragraph for a reader in mediation, by the plan's view of them: in mediation, asking the local
#: authority for it today, or none (late: no later date is promised).
MEDIATION_WORDS = {"in-mediation": IN_MEDIATION_TEXT, "asking-today": MEDIATION_TO_ASK_TEXT, "": ""}
