"""Every sentence readers see: turns the structured results into the "display" object of the contract.

Plain English in GOV.UK style, for parents under stress: short sentences, dates written out
("Monday 1 March 2027"), no Latin. An adviser can review all the wording in this one file.
"""

from __future__ import annotations

import datetime

from .appeal_deadline import AppealDeadline
from .certificate import CertificateCheck
from .discrimination import DiscriminationClaimDeadline
from .provisions import HESC_RULE_5_3_A, HESC_RULE_12_1, EQA_SCH_17_PARA_4_3, Provision
from .steps import Step
from .timeline import (
    ADVISER_CERTIFICATE_WORKING_DAYS,
    AGREED_OTHER_MATTERS_WEEKS,
    DEEMED_CERTIFICATE_WORKING_DAYS,
    HEALTH_BODY_TELLS_LA_WEEKS,
    LA_TELLS_HEALTH_BODY_WORKING_DAYS,
    MEDIATION_ARRANGED_WITHIN_DAYS,
    MEDIATOR_CERTIFICATE_WORKING_DAYS,
    NOTICE_OF_MEDIATION_WORKING_DAYS,
    MediationTimeline,
)

RULES_LAST_CHECKED_TEXT = "These rules were last checked in November 2026."
SCOPE_TEXT = (
    "This covers England only, for decisions made on or after 1 September 2014. It does not "
    "cover Wales, complaints or judicial review, and it cannot tell you whether the Tribunal "
    "will agree to give you more time."
)
SENDIASS_TEXT = ("For free, impartial help, contact your local special educational needs and "
                 "disabilities information, advice and support service (SENDIASS).")

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def date_text(day: datetime.date) -> str:
    """A date as GOV.UK writes it, with the day of the week.

    >>> date_text(datetime.date(2027, 3, 1))
    'Monday 1 March 2027'

    No ordinals ("1st") and no leading zeros.
    """
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def _iso(value: object) -> datetime.date:
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value))


def _days_left_text(days_left: int) -> str:
    if days_left == 1:
        return "Today is the last day."
    return f"You have {days_left} days left, counting today."


def _non_working_text(reason: str | None, holiday: str | None) -> str:
    if reason in ("saturday", "sunday"):
        return "not a working day"  # the date text already names the day of the week
    return f"a bank holiday ({holiday})" if holiday else "a bank holiday"


def _step(text: str, provision: Provision) -> dict[str, str]:
    return {"text": text, "provision": provision.citation, "url": provision.url}


# --- Errors ----------------------------------------------------------------------------------

#: Field labels, as on the form (GOV.UK: error messages name the field by its label).
LABELS = {
    "decision_sent": "Date on the decision letter",
    "certificate_issued": "Date on the mediation certificate",
    "conduct": "Date of the discrimination",
    "adviser_contacted": "Date you contacted the mediation adviser",
    "la_told": "Date you told the local authority you want mediation",
    "mediation_ended": "Date the mediation ended",
    "agreement_made": "Date of the mediation agreement",
    "grounds": "Select what you disagree with the local authority about",
}
SOMETHING_WENT_WRONG = "Something went wrong. Reload the page and try again."


def enter_date_message(field: str) -> str:
    """The message for a required date left empty.

    >>> enter_date_message("decision_sent")
    'Enter the date on the decision letter'

    GOV.UK: "Enter [whatever it is]".
    """
    label = LABELS[field]
    return "Enter the " + label[0].lower() + label[1:]


def missing_parts_message(field: str, parts: list[str]) -> str:
    """The message for a date with some parts missing.

    >>> missing_parts_message("decision_sent", ["month"])
    'Date on the decision letter must include a month'

    Two missing parts are joined with "and", as the Design System does.
    """
    return f"{LABELS[field]} must include a {' and '.join(parts)}"


def real_date_message(field: str) -> str:
    """The message for a date that does not exist.

    >>> real_date_message("conduct")
    'Date of the discrimination must be a real date'

    For example 31 February, or letters instead of numbers.
    """
    return f"{LABELS[field]} must be a real date"


YEAR_FOUR_NUMBERS = "Year must include 4 numbers"


def past_message(field: str) -> str:
    """The message for a date after today.

    >>> past_message("decision_sent")
    'Date on the decision letter must be today or in the past'

    The calculators work from things that have already happened.
    """
    return f"{LABELS[field]} must be today or in the past"


def after_decision_message(field: str) -> str:
    """The message for a date before the decision letter that must follow it.

    >>> after_decision_message("certificate_issued")
    'Date on the mediation certificate must be the same as or after the date on the decision letter'

    A mediation certificate follows the decision it is about.
    """
    return f"{LABELS[field]} must be the same as or after the date on the decision letter"


def regime_message(field: str) -> str:
    """The message for a date before the CFA 2014 regime.

    >>> regime_message("decision_sent")
    'Date on the decision letter must be on or after 1 September 2014'

    Earlier decisions were made under the old system of statements, which this does not cover.
    """
    return f"{LABELS[field]} must be on or after 1 September 2014"


def coverage_message(field: str, needed_year: int, first_year: int, last_year: int) -> str:
    """The message when the bank-holiday data does not cover the dates a calculation needs.

    >>> coverage_message("decision_sent", 2029, 2015, 2028)
    'Date on the decision letter gives a deadline in 2029. We can only work out deadlines in 2015 to 2028, because we only have the official bank holiday dates for those years.'

    Never guess: a bank holiday we do not know about could move the deadline.
    """
    return (f"{LABELS[field]} gives a deadline in {needed_year}. We can only work out deadlines "
            f"in {first_year} to {last_year}, because we only have the official bank holiday "
            f"dates for those years.")


# --- Appeal deadline -------------------------------------------------------------------------

_WINDOW_NAMES = {"august": "August", "christmas-new-year": "the 25 December to 1 January period"}


def _appeal_step_text(step: Step, passed: bool = False) -> str | None:
    facts = step.facts
    day = date_text(step.date) if step.date else ""
    if step.key == "two-month-point":
        return f"2 months after the date on the decision letter ({date_text(_iso(facts['from']))}) is {day}."
    if step.key == "one-month-after-certificate":
        return f"1 month after the date on your mediation certificate ({date_text(_iso(facts['from']))}) is {day}."
    if step.key == "month-end-clipped":
        month = _MONTHS[step.date.month - 1] if step.date else ""
        return (f"{month} has no day {facts['day_number']}, so the time ends on the last day "
                f"of {month}: {day}.")
    if step.key == "later-of":
        if facts["counted_from"] == "certificate":
            return f"The later of the two dates counts: {day}."
        return (f"The date from the decision letter is the same or later, so it counts: {day}. "
                "A mediation certificate can give you more time, never less.")
    if step.key == "working-day":
        return f"{day} is a working day, so it is the last day."
    if step.key == "next-working-day":
        what = _non_working_text(str(facts["reason"]), facts.get("holiday"))  # type: ignore[arg-type]
        return (f"{date_text(_iso(facts['period_end']))} is {what}, so your appeal is in time "
                f"on the next working day: {day}.")
    if step.key == "window-august":
        return (f"The time ends on {date_text(_iso(facts['period_end']))}, in August. An appeal "
                f"due in August is in time on the first working day after 31 August: {day}.")
    if step.key == "window-christmas-new-year":
        return (f"The time ends on {date_text(_iso(facts['period_end']))}, between 25 December and "
                f"1 January. An appeal due then is in time on the first working day after "
                f"1 January: {day}.")
    if step.key == "window-edge-safe-reading":
        arguable = facts.get("arguable_last_day")
        later = f" ({date_text(_iso(arguable))})" if arguable else ""
        return (f"{day} is in {_WINDOW_NAMES[str(facts['window'])]}, but the time itself ended "
                f"just before it. No court has said whether the later date{later} applies in this "
                f"case, so we show the earlier, safe date.")
    if step.key == "receive-by-5pm":
        if passed:
            return f"The Tribunal had to receive your appeal before 5pm on {day}."
        return f"Make sure the Tribunal receives your appeal before 5pm on {day}."
    if step.key == "late-appeal":
        return ("After the deadline you can still ask the Tribunal to accept a late appeal. "
                "A judge decides.")
    return None


def _contact_adviser_text(result: AppealDeadline) -> str:
    contact_by = result.contact_mediation_adviser_by
    text = ("If you need a mediation certificate, contact the mediation adviser as soon as you "
            "can. The law says you must contact them within 2 months of the decision letter "
            f"being sent: by {date_text(contact_by)}.")
    working_day = result.contact_mediation_adviser_working_day
    if working_day is not None and result.today <= working_day < contact_by:
        text += (f" That is not a working day, so to be safe contact them by "
                 f"{date_text(working_day)}.")
    return text


def appeal_display(result: AppealDeadline, *, adviser_contacted: bool = False) -> dict[str, object]:
    """The display object for an SEN appeal deadline.

    >>> from .appeal_deadline import sen_appeal_deadline
    >>> display = appeal_display(sen_appeal_deadline(datetime.date(2026, 12, 31),
    ...     today=datetime.date(2027, 1, 4)))
    >>> display["heading"], display["answer"]
    ('The SEND Tribunal must receive your appeal by', 'Monday 1 March 2027')

    Every step names the provision that decided it. ``adviser_contacted`` drops the advice to
    contact the mediation adviser (the timeline knows when you already have).
    """
    last_day = date_text(result.last_day)
    paragraphs: list[str] = []
    next_steps: list[str] = []
    notes: list[str] = []
    passed = result.outcome == "deadline-passed"
    if passed:
        heading = "The deadline for your appeal was"
        paragraphs.append("The deadline has passed. You can still ask the SEND Tribunal to "
                          "accept a late appeal.")
    else:
        heading = "The SEND Tribunal must receive your appeal by"
        paragraphs.append(_days_left_text(result.days_left))
    if result.counted_from == "certificate":
        paragraphs.append("This counts from the date on your mediation certificate, because "
                          "that gives you more time than the decision letter.")
    else:
        paragraphs.append("This counts from the date on the decision letter.")
    if result.open_edge:
        paragraphs.append("We have shown the earlier of two possible dates, to be safe.")

    steps = [_step(text, step.provision) for step in result.steps
             if (text := _appeal_step_text(step, passed)) is not None]

    if "certificate-did-not-extend" in result.notes:
        notes.append("Your mediation certificate does not give you more time: 1 month after it "
                     "is not later than 2 months after the decision letter.")
    if result.open_edge:
        notes.append("The safe date is earlier than a date some people may argue for. Use the "
                     "earlier date. If you have already missed it, ask the Tribunal to accept "
                     "your appeal and explain why.")
    notes.append("The time counts from when the decision letter was sent, not when you "
                 "received it. If it was sent earlier than the date on the letter (for example "
                 "by email), use the earlier date.")
    notes.append("Working days are Monday to Friday, except bank holidays in England and Wales.")
    notes.append(SCOPE_TEXT)
    notes.append(RULES_LAST_CHECKED_TEXT)

    if passed:
        next_steps.append(_late_appeal_text())
        if result.certificate_issued is None:
            next_steps.append("If you have a mediation certificate, enter its date: it may give "
                              "you more time.")
    else:
        if result.outcome == "last-day-today":
            next_steps.append("Send your appeal now. Make sure the SEND Tribunal receives it "
                              "before 5pm today. If you cannot, send it as soon as you can and "
                              "explain why it is late.")
        else:
            next_steps.append(f"Make sure the SEND Tribunal receives your appeal before 5pm on "
                              f"{last_day}. Do not wait until the last day.")
        if (result.certificate_issued is None and not adviser_contacted
                and result.today <= result.contact_mediation_adviser_by):
            next_steps.append(_contact_adviser_text(result))
        if result.certificate_issued is None:
            next_steps.append("When you get a mediation certificate, work out your deadline "
                              "again: it may give you more time.")
    next_steps.append("Keep a copy of your appeal and proof that it was sent and received.")
    next_steps.append(SENDIASS_TEXT)

    calendar = None if passed else {
        "date": result.last_day.isoformat(),
        "summary": "SEND appeal deadline",
        "description": (f"The SEND Tribunal must receive the appeal before 5pm on {last_day} "
                        f"({HESC_RULE_12_1.citation})."),
    }
    return {
        "outcome": result.outcome,
        "heading": heading,
        "answer": last_day,
        "paragraphs": paragraphs,
        "steps": steps,
        "notes": notes,
        "next_steps": next_steps,
        "calendar": calendar,
        "timeline": [],
    }


def _late_appeal_text() -> str:
    return ("Send your appeal as soon as you can and explain why it is late. The Tribunal can "
            f"accept a late appeal; a judge decides ({HESC_RULE_5_3_A.citation}). If the "
            "decision letter did not tell you about your right to appeal, the time limit or "
            "mediation, say so.")


# --- Disability discrimination claim ---------------------------------------------------------

def _claim_step_text(step: Step, conduct: datetime.date) -> str | None:
    facts = step.facts
    day = date_text(step.date) if step.date else ""
    if step.key == "six-months-on":
        return f"6 months after {date_text(conduct)} is {day}."
    if step.key == "day-before":
        return (f"The 6 months include the day of the discrimination, so the last day is the "
                f"day before: {day}.")
    if step.key == "month-end-safe-reading":
        arguable_day = _iso(facts["arguable_last_day"])
        month = _MONTHS[arguable_day.month - 1]
        return (f"{month} has no day {conduct.day}, so there are two possible last days. We "
                f"show the earlier one, to be safe. Some people may argue for "
                f"{date_text(arguable_day)}.")
    if step.key == "no-roll-over":
        what = _non_working_text(str(facts["reason"]), facts.get("holiday"))  # type: ignore[arg-type]
        return (f"{day} is {what}. The time limit is not moved to the next working day, so "
                "make sure the Tribunal receives your claim by the last working day before it.")
    if step.key == "conduct-over-a-period":
        return ("If the discrimination went on over a period, count from its last day. If it "
                "was a failure to do something, count from when that was decided.")
    if step.key == "late-claim":
        return "The Tribunal can still consider a claim made after the deadline."
    return None


def discrimination_display(result: DiscriminationClaimDeadline) -> dict[str, object]:
    """The display object for a disability discrimination claim deadline.

    >>> from .discrimination import disability_discrimination_claim_deadline
    >>> display = discrimination_display(disability_discrimination_claim_deadline(
    ...     datetime.date(2026, 3, 10), today=datetime.date(2026, 3, 11)))
    >>> display["answer"]
    'Wednesday 9 September 2026'

    There is no August or Christmas rule and no moving to the next working day.
    """
    last_day = date_text(result.last_day)
    passed = result.outcome == "deadline-passed"
    paragraphs: list[str] = []
    if passed:
        heading = "The usual deadline for your claim was"
        paragraphs.append("The deadline has passed. You can still ask the SEND Tribunal to "
                          "consider your claim.")
    else:
        heading = "The SEND Tribunal must receive your claim by"
        paragraphs.append(_days_left_text(result.days_left))
    paragraphs.append(f"This is the last day of the 6 months starting with the date of the "
                      f"discrimination ({date_text(result.conduct)}).")
    safe_day = result.last_working_day
    if result.last_day_not_working and not passed:
        what = _non_working_text(result.last_day_not_working, result.last_day_holiday)
        if result.today <= safe_day:
            paragraphs.append(f"{last_day} is {what}, and the time limit is not moved for that. "
                              f"To be safe, make sure the Tribunal receives your claim by 5pm "
                              f"on {date_text(safe_day)}, the last working day before it.")
        else:
            paragraphs.append(f"{last_day} is {what}, and the time limit is not moved for that. "
                              "Send your claim today.")
    steps = [_step(text, step.provision) for step in result.steps
             if (text := _claim_step_text(step, result.conduct)) is not None]
    notes = []
    if result.arguable_last_day:
        notes.append(f"Some people may argue the last day is {date_text(result.arguable_last_day)}. "
                     "Use the earlier date.")
    if passed and result.last_day_not_working:
        what = _non_working_text(result.last_day_not_working, result.last_day_holiday)
        notes.append(f"{last_day} was {what}. The time limit is not moved for that.")
    notes.append("The rule that moves SEN appeal deadlines out of August and the Christmas "
                 "period does not apply to discrimination claims.")
    notes.append("You do not need a mediation certificate for a disability discrimination claim, "
                 "and SEN mediation is not available for it.")
    notes.append(SCOPE_TEXT)
    notes.append(RULES_LAST_CHECKED_TEXT)
    next_steps = []
    if passed:
        next_steps.append("Send your claim as soon as you can and explain why it is late. The "
                          "Tribunal can consider a late claim; a judge decides "
                          f"({EQA_SCH_17_PARA_4_3.citation}).")
    elif result.today >= safe_day:
        next_steps.append("Send your claim now. Make sure the SEND Tribunal receives it before "
                          "5pm today. If you cannot, send it as soon as you can and explain why "
                          "it is late.")
    else:
        next_steps.append(f"Make sure the SEND Tribunal receives your claim by 5pm on "
                          f"{date_text(safe_day)}. Do not wait until the last day.")
    next_steps.append(SENDIASS_TEXT)
    description = f"The SEND Tribunal must receive the claim by {last_day}."
    if safe_day != result.last_day:
        description += (f" That is not a working day: to be safe, make sure it arrives by 5pm "
                        f"on {date_text(safe_day)}.")
    calendar = None if passed else {
        "date": result.last_day.isoformat(),
        "summary": "Disability discrimination claim deadline",
        "description": description,
    }
    return {
        "outcome": result.outcome,
        "heading": heading,
        "answer": last_day,
        "paragraphs": paragraphs,
        "steps": steps,
        "notes": notes,
        "next_steps": next_steps,
        "calendar": calendar,
        "timeline": [],
    }


# --- Mediation certificate -------------------------------------------------------------------

GROUND_TEXT = {
    "a": "the decision not to carry out an EHC needs assessment",
    "b": "the decision not to issue an EHC plan after an assessment",
    "c-i": "the special educational needs in the plan (section B)",
    "c-ii": "the special educational provision in the plan (section F)",
    "c-iii": "the school or other setting named in the plan, or the type of school (section I)",
    "c-iv": "that no school or other setting is named in the plan (section I)",
    "d": "the decision not to carry out a re-assessment",
    "e": "the decision not to amend the plan after a review or re-assessment",
    "f": "the decision to stop maintaining the plan",
    "health-social-care": "the health or social care parts of the plan",
    "disability-discrimination": "disability discrimination by a school or college",
    "other": "something else, such as how a school is following the plan",
}

GROUND_CONSEQUENCE_TEXT = {
    "health-social-care": "you cannot appeal about these on their own, but in an appeal the "
                          "Tribunal can make recommendations about them",
    "disability-discrimination": "this is a claim, not an appeal, and needs no certificate",
    "other": "the SEND Tribunal cannot deal with this",
}

_ANSWERS = {
    "certificate-required": "Yes",
    "certificate-advised": "Yes, get one to be safe",
    "certificate-not-required": "No",
    "discrimination-claim": "No",
    "not-appealable": "No",
}

WHERE_TO_GO_TEXT = {
    "school-or-la-complaint": "Complain to the school or the local authority using their "
                              "complaints procedure.",
    "health-social-care-complaint": "For health or social care on its own, use the complaints "
                                    "procedure of the NHS integrated care board (ICB) or of the "
                                    "local authority\u2019s social care team.",
    "sendiass": SENDIASS_TEXT,
}


def certificate_display(result: CertificateCheck) -> dict[str, object]:
    """The display object for "Do I need a mediation certificate?".

    >>> from .certificate import mediation_certificate_check
    >>> certificate_display(mediation_certificate_check(["c-ii", "c-iii"]))["answer"]
    'Yes'

    Section I together with section F needs a certificate.
    """
    outcome = result.outcome
    paragraphs: list[str] = []
    if outcome == "certificate-required":
        paragraphs.append("You must contact a mediation adviser and get a mediation "
                          "certificate before you appeal. You do not have to take part in "
                          "mediation: you only have to contact the adviser.")
    elif outcome == "certificate-advised":
        paragraphs.append("The law is not clear for an appeal only about section I that also "
                          "asks for health or social care recommendations. Get a mediation "
                          "certificate to be safe: it costs a phone call and may give you more "
                          "time to appeal.")
    elif outcome == "certificate-not-required":
        paragraphs.append("Your appeal is only about the school or type of school in section I, "
                          "so you can appeal without a mediation certificate. You can still "
                          "choose mediation.")
    elif outcome == "discrimination-claim":
        paragraphs.append("A disability discrimination claim is not an SEN appeal. You do not "
                          "need a mediation certificate, and SEN mediation is not available "
                          "for it.")
    elif "other" in result.grounds:
        paragraphs.append("You cannot appeal to the SEND Tribunal about this.")
    if "discrimination-claim" in result.routes and outcome != "discrimination-claim":
        paragraphs.append("Your disability discrimination claim is separate: it does not need "
                          "a mediation certificate.")
    if result.recommendations_asked:
        if result.recommendations_possible:
            paragraphs.append("The Tribunal can make recommendations about health and social "
                              "care as part of your appeal. They are not binding.")
        elif "sen-appeal" in result.routes:
            paragraphs.append("The Tribunal cannot make health or social care recommendations "
                              "in an appeal only about a refusal to carry out an EHC needs "
                              "assessment.")
        else:
            paragraphs.append("Health and social care cannot be appealed on their own. You can "
                              "still ask for mediation about them.")
    if "not-appealable" in result.routes and outcome != "not-appealable":
        paragraphs.append("The SEND Tribunal cannot deal with the \u201csomething else\u201d you "
                          "chose. You can still appeal about the rest.")

    steps = []
    for key in result.grounds:
        text = GROUND_TEXT[key][0].upper() + GROUND_TEXT[key][1:]
        steps.append(_step(f"{text}: {GROUND_CONSEQUENCE_TEXT.get(key, 'you can appeal this')}.",
                           _provision_for(key)))
    for provision in result.provisions:
        if provision.unit == "section 55":
            steps.append(_step("Before appealing you must contact a mediation adviser and get a "
                               "certificate, unless the appeal is only about section I.", provision))

    notes = []
    if result.open_question:
        notes.append("No law or case settles this point. We give the safe answer.")
    notes.append(SCOPE_TEXT)
    notes.append(RULES_LAST_CHECKED_TEXT)
    next_steps = []
    if result.certificate_required:
        next_steps.append("Contact the mediation adviser named in the decision letter within 2 "
                          "months of the date on the letter.")
        next_steps.append("Then work out your appeal deadline.")
    elif outcome == "certificate-not-required":
        next_steps.append("Work out your appeal deadline.")
    if "discrimination-claim" in result.routes:
        next_steps.append("Work out the deadline for your disability discrimination claim.")
    next_steps.extend(WHERE_TO_GO_TEXT[key] for key in result.where_to_go)
    return {
        "outcome": outcome,
        "heading": "Do you need a mediation certificate?",
        "answer": _ANSWERS[outcome],
        "paragraphs": paragraphs,
        "steps": steps,
        "notes": notes,
        "next_steps": next_steps,
        "calendar": None,
        "timeline": [],
    }


def _provision_for(key: str) -> Provision:
    from .certificate import GROUNDS

    return next(ground.provision for ground in GROUNDS if ground.key == key)


# --- Mediation timeline ----------------------------------------------------------------------

WHO_TEXT = {
    "you": "You",
    "local-authority": "Local authority",
    "mediation-adviser": "Mediation adviser",
    "mediator": "Mediator",
    "health-body": "NHS integrated care board (ICB)",
}

WHAT_TEXT = {
    "decision-sent": "The decision letter was sent.",
    "contact-mediation-adviser": "Contact the mediation adviser by this date, if you need a "
                                 "mediation certificate.",
    "adviser-contacted": "You contacted the mediation adviser.",
    "adviser-issues-certificate": "You said you do not want mediation: the mediation adviser "
                                  f"must issue your certificate within {ADVISER_CERTIFICATE_WORKING_DAYS} "
                                  "working days.",
    "la-told-mediation-wanted": "You told the local authority you want mediation.",
    "mediation-arranged": f"Mediation must take place within {MEDIATION_ARRANGED_WITHIN_DAYS} days "
                          "(counting every day, including weekends). If it cannot, you must be "
                          f"given a certificate within {DEEMED_CERTIFICATE_WORKING_DAYS} working days "
                          "of the adviser being told.",
    "la-tells-health-body": "The local authority must tell the NHS integrated care board (ICB) "
                            f"within {LA_TELLS_HEALTH_BODY_WORKING_DAYS} working days.",
    "mediation-ended": "The mediation ended.",
    "mediator-issues-certificate": "The mediator must issue your certificate within "
                                   f"{MEDIATOR_CERTIFICATE_WORKING_DAYS} working days.",
    "certificate-issued": "Your mediation certificate was issued.",
    "agreement-made": "You made an agreement in mediation.",
    "agreed-other-matters-done": "Anything agreed that cannot be appealed (for example health or "
                                 f"social care) must be done within {AGREED_OTHER_MATTERS_WEEKS} weeks.",
    "health-body-tells-la": "If the local authority was not part of the agreement, the ICB must "
                            f"tell it within {HEALTH_BODY_TELLS_LA_WEEKS} week.",
    "cease-to-maintain-at-once": "If you agreed the plan should stop: the local authority must "
                                 "stop maintaining it at once.",
    "assessment-tell-you": "If it agreed to an assessment: it must tell you within 2 weeks that "
                           "it will carry one out.",
    "amend-section-i-only": "If it agreed to change only the school in section I: within 2 weeks.",
    "make-plan-draft": "If it agreed to make a plan: the draft plan within 5 weeks.",
    "amend-special-educational-provision": "If it agreed to change the special educational "
                                           "provision: within 5 weeks.",
    "assessment-decide-no-plan": "After an agreed assessment, a decision not to issue a plan "
                                 "within 10 weeks.",
    "make-plan-final": "If it agreed to make a plan: the final plan within 11 weeks.",
    "assessment-finalise-plan": "After an agreed assessment, the final plan within 14 weeks.",
    "appeal-deadline-if-certificate-on-time": "If your certificate is issued on time, the SEND "
                                              "Tribunal must receive your appeal by this date.",
    "appeal-deadline": "The SEND Tribunal must receive your appeal before 5pm on this date.",
}

TIMELINE_NOTES = {
    "working-days-include-august": "Working days are Monday to Friday, except bank holidays in "
                                   "England and Wales. Days in August are normal working days.",
    "deemed-certificate-if-not-arranged": "If the local authority cannot arrange mediation "
                                          f"within {MEDIATION_ARRANGED_WITHIN_DAYS} days, it must "
                                          "tell the mediation adviser, who must give you a "
                                          f"certificate within {DEEMED_CERTIFICATE_WORKING_DAYS} "
                                          "working days.",
    "notice-of-mediation-date": "You must be told the date of the mediation at least "
                                f"{NOTICE_OF_MEDIATION_WORKING_DAYS} working days before, unless "
                                "you agree to less.",
    "other-timescales-can-be-agreed": "You and the local authority can agree different "
                                      "timescales in writing.",
    "estimate-beyond-bank-holiday-data": "We cannot say how your certificate will change your "
                                          "deadline: it would fall after the years our official "
                                          "bank holiday dates cover.",
    "recalculate-when-certificate-arrives": "When your certificate arrives, work out your "
                                            "deadline again using the date on it.",
}


def timeline_display(result: MediationTimeline) -> dict[str, object]:
    """The display object for the mediation timeline.

    >>> from .timeline import mediation_timeline
    >>> display = timeline_display(mediation_timeline(datetime.date(2026, 12, 31),
    ...     today=datetime.date(2027, 1, 4)))
    >>> display["timeline"][1]["date_text"], display["timeline"][1]["who"]
    ('Sunday 28 February 2027', 'You')

    Items marked MED come from guidance rather than the regulations' text we have read.
    """
    appeal = appeal_display(result.appeal, adviser_contacted=any(
        item.what == "adviser-contacted" for item in result.items))
    timeline = []
    for item in result.items:
        what = WHAT_TEXT[item.what]
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
            "confidence": item.provision.confidence,
        })
    paragraphs = list(appeal["paragraphs"])  # type: ignore[arg-type]
    if result.estimated_last_day:
        paragraphs.append(f"If your mediation certificate is issued on time, your deadline "
                          f"would move to {date_text(result.estimated_last_day)}. Until you have "
                          "it, use the earlier date.")
    notes = [TIMELINE_NOTES[key] for key in result.notes]
    notes += [note for note in appeal["notes"] if not note.startswith("Working days")]  # type: ignore[union-attr]
    return {
        **appeal,
        "outcome": appeal["outcome"],
        "paragraphs": paragraphs,
        "notes": notes,
        "timeline": timeline,
    }
