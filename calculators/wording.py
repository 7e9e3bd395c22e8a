"""Every sentence readers see: turns the structured results into the "display" object of the contract.

Plain English in GOV.UK style, for parents under stress: short sentences, dates written out
("Monday 1 March 2027"), no Latin. An adviser can review all the wording in this one file.
"""

from __future__ import annotations

import datetime

from .appeal_deadline import AppealDeadline
from .certificate import CertificateCheck
from .discrimination import DiscriminationClaimDeadline
from .questions import DATE, QUESTIONS, Question
from .provisions import (
    EQA_S114_1_C,
    EQA_S118_1_B,
    EQA_SCH_17_PARA_4_3,
    HESC_RULE_5_3_A,
    HESC_RULE_12_1,
    HESC_RULE_20_1_C_II,
    Provision,
)
from .scope import RULES_LAST_CHECKED
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
from .plan import PlanStatus
from .working_days import OutsideBankHolidayData, working_day_on_or_before

SCOPE_TEXT = (
    "This covers England only, for decisions made on or after 1 September 2014. It does not "
    "cover Wales, complaints or judicial review. It cannot tell you if the Tribunal will give "
    "you more time."
)
SENDIASS_TEXT = ("For free, impartial help, contact your local SENDIASS. It is the information, "
                 "advice and support service for special educational needs and disabilities.")

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


def month_text(month: str) -> str:
    """A "YYYY-MM" month as GOV.UK writes it.

    >>> month_text("2026-11")
    'November 2026'

    Used for the date the rules were last checked (calculators/law_checked.json).
    """
    return f"{_MONTHS[int(month[5:7]) - 1]} {month[:4]}"


RULES_LAST_CHECKED_TEXT = f"These rules were last checked in {month_text(RULES_LAST_CHECKED)}."


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

#: Field labels, as on the form (GOV.UK: error messages name the field by its label). The labels
#: are declared once, with their questions, in calculators/questions.py.
LABELS = {question.name: question.label for question in QUESTIONS if question.kind == DATE}
#: Error messages for a required choice left empty ("Select ..."), by field.
SELECT_MESSAGES = {
    "grounds": "Select what you disagree with the local authority about",
    "against": "Select who your claim is against",
    "appellant": "Select who is appealing",
}
SOMETHING_WENT_WRONG = "Something went wrong. Reload the page and try again."
#: A request whose "today" is not a plain YYYY-MM-DD (the pages always send one).
TODAY_MESSAGE = "Today\u2019s date must be written like 2027-01-31"
#: The longest name or part of an answer an error repeats back.
_ECHO = 40


def unknown_answer_message(key: str) -> str:
    """The error for an answer no question has (a misspelt name is refused, never dropped).

    >>> unknown_answer_message("certificate_isued")
    'There is no question called \u2018certificate_isued\u2019. Check how it is spelt'
    """
    return f"There is no question called \u2018{key[:_ECHO]}\u2019. Check how it is spelt"


def unknown_option_message(question: Question, value: str) -> str:
    """The error for an answer that is not one of a question's options (named, never "something went wrong").

    >>> from .questions import AGAINST
    >>> unknown_option_message(AGAINST, "academy")
    '\u2018academy\u2019 is not an answer to \u2018Who is the claim against?\u2019. Choose one of: school, college, other'
    """
    choices = ", ".join(option.value for option in question.options if option.value)
    return (f"\u2018{value[:_ECHO]}\u2019 is not an answer to \u2018{question.label}\u2019. "
            f"Choose one of: {choices}")


def no_mediation_message(field: str) -> str:
    """The error for a mediation date given with "No" to "Do you want mediation?".

    >>> no_mediation_message("mediation_ended")
    'You said you do not want mediation, but you entered the date the mediation ended. If you had mediation, answer \u2018Yes\u2019 to \u2018Do you want mediation?\u2019'
    """
    label = LABELS[field]
    return (f"You said you do not want mediation, but you entered the {label[0].lower()}{label[1:]}. "
            "If you had mediation, answer \u2018Yes\u2019 to \u2018Do you want mediation?\u2019")


def unknown_date_part_message(field: str, part: str) -> str:
    """The error for a date with a part other than day, month and year.

    >>> unknown_date_part_message("decision_sent", "dya")
    'Date on the decision letter has no part called \u2018dya\u2019. Use day, month and year'
    """
    return f"{LABELS[field]} has no part called \u2018{part[:_ECHO]}\u2019. Use day, month and year"


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


#: Issue 23: a decision letter dated after today is a slip, or dated after it was sent. The time
#: counts from the day it was sent, never from the day it arrived (legal-rules §3).
FUTURE_DECISION_ADVICE = ("Check you typed it correctly. Some letters show a date later than the day they were "
                          "sent. Enter the day it was sent: look at the email\u2019s date or the postmark. If you "
                          "cannot tell, ask the local authority when they sent it, and get advice from IPSEA or "
                          "your local SENDIASS.")


def past_message(field: str) -> str:
    """The message for a date after today.

    >>> past_message("certificate_issued")
    'Date on the mediation certificate must be today or in the past'

    The calculators work from things that have already happened. A decision letter dated after
    today gets advice as well: :data:`FUTURE_DECISION_ADVICE`.
    """
    message = f"{LABELS[field]} must be today or in the past"
    return f"{message}. {FUTURE_DECISION_ADVICE}" if field == "decision_sent" else message


def after_decision_message(field: str) -> str:
    """The message for a date before the decision letter that must follow it.

    >>> after_decision_message("certificate_issued")
    'Date on the mediation certificate must be the same as or after the date on the decision letter'

    A mediation certificate follows the decision it is about.
    """
    return not_before_message(field, "decision_sent")


def _the(field: str) -> str:
    label = LABELS[field]
    return "the " + label[0].lower() + label[1:]


def not_before_message(field: str, earlier: str) -> str:
    """The message for a date before another date the reader gave, which it must follow.

    >>> not_before_message("certificate_issued", "adviser_contacted")
    'Date on the mediation certificate must be the same as or after the date you contacted the mediation adviser'

    A certificate follows contact with the mediation adviser; mediation follows telling the
    local authority you want it.
    """
    return f"{LABELS[field]} must be the same as or after {_the(earlier)}"


def equality_act_message(field: str) -> str:
    """The message for discrimination before the Equality Act 2010 came into force.

    >>> equality_act_message("conduct")
    'Date of the discrimination must be on or after 1 October 2010'

    Earlier discrimination fell under the Disability Discrimination Act 1995, not covered here.
    """
    return f"{LABELS[field]} must be on or after 1 October 2010"


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

#: HESC r.12(1) sets 5pm for acts due "on or by a particular day"; whether it governs the appeal
#: deadline in rule 20 is open (legal review item 18), so 5pm is safe practice, not settled law.
FIVE_PM_TEXT = ("The Tribunal\u2019s rules say things due on a day must be done by 5pm. It is not "
                "settled that this applies to appeals, but 5pm is the safe time to aim for.")
#: Legal review item 14: for appeals about the plan's contents the decision letter is the one
#: sent with the final or amended plan (CFA 2014 s.51(2)(c)); ground (d) is a re-assessment.
WHICH_LETTER_TEXT = ("Is your appeal about what the EHC plan says? Then the decision letter is the "
                     "one sent with the final or amended plan, not the draft.")
DEADLINE_PASSED_TEXT = "The deadline has passed. You can still ask the SEND Tribunal to accept a late appeal."
NO_CERTIFICATE_GOV_UK = "If you do not have a mediation certificate you will need to tell the tribunal why."
#: W5: every mention of appealing without a certificate says this ("now" once the deadline has
#: passed or may have passed).
_WITHOUT_CERTIFICATE = ("To appeal without a certificate you have to ask the Tribunal for "
                        "permission. Its published advice is that it gives it only in "
                        "exceptional circumstances. Keep chasing the certificate, and send "
                        "your appeal {when} anyway.")
WITHOUT_CERTIFICATE_TEXT = _WITHOUT_CERTIFICATE.format(when="by the deadline")
WITHOUT_CERTIFICATE_NOW_TEXT = _WITHOUT_CERTIFICATE.format(when="now")

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
            return (f"The last day for the Tribunal to receive your appeal was {day} (to be safe, "
                    f"before 5pm). {FIVE_PM_TEXT}")
        return f"To be safe, make sure the Tribunal receives your appeal before 5pm on {day}. {FIVE_PM_TEXT}"
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


def _no_certificate_after_contact_date_text(result: AppealDeadline, adviser_contacted: bool) -> str:
    """What to do without a certificate once the reg 33 contact date has passed (item 2)."""
    contact = ("If you have not got your mediation certificate, contact the mediation adviser "
               "today and ask for it." if adviser_contacted else
               f"The 2 months to contact the mediation adviser ended on "
               f"{date_text(result.contact_mediation_adviser_by)}. Contact the mediation adviser "
               "today anyway.")
    if result.outcome == "deadline-passed":
        send = ("Send your appeal now, even without a certificate, and say why you do not have one. "
                f"GOV.UK says: \u201c{NO_CERTIFICATE_GOV_UK}\u201d {WITHOUT_CERTIFICATE_NOW_TEXT}")
    else:
        send = ("If you do not have a certificate by your deadline, still send your appeal in time "
                f"and say why you do not have one. GOV.UK says: \u201c{NO_CERTIFICATE_GOV_UK}\u201d "
                f"{WITHOUT_CERTIFICATE_TEXT}")
    return ("Unless your appeal is only about the school or type of school in section I, you "
            f"need a mediation certificate. {contact} {send} Do not count on a late certificate "
            "giving you more time: get advice.")


def appeal_display(result: AppealDeadline, *, adviser_contacted: bool = False,
                   in_mediation: bool = False, section_i_alone: bool = False,
                   contacted_late: bool = False, may_be_late: bool = False,
                   settled: bool = False) -> dict[str, object]:
    """The display object for an SEN appeal deadline.

    >>> from .appeal_deadline import sen_appeal_deadline
    >>> display = appeal_display(sen_appeal_deadline(datetime.date(2026, 12, 31),
    ...     today=datetime.date(2027, 1, 4)))
    >>> display["heading"], display["answer"]
    ('The SEND Tribunal must receive your appeal by', 'Monday 1 March 2027')

    Every step names the provision that decided it. ``adviser_contacted`` drops the advice to
    contact the mediation adviser (the timeline knows when you already have); ``in_mediation``
    replaces the no-certificate advice, because the certificate after mediation gives 1 month
    from its date; ``section_i_alone`` drops every promise of a certificate (W3); ``may_be_late``
    words a passed deadline that another reading may still extend as "may be late" (W3, W6).
    """
    last_day = date_text(result.last_day)
    paragraphs: list[str] = []
    next_steps: list[str] = []
    notes: list[str] = []
    passed = result.outcome == "deadline-passed"
    if passed and may_be_late:
        heading = "Send your appeal now. The 2 months after the decision letter ended on"
        paragraphs.append(SECTION_I_MAY_BE_LATE_TEXT)
    elif passed:
        heading = "The deadline for your appeal was"
        paragraphs.append(DEADLINE_PASSED_TEXT)
    else:
        heading = _if_appealing("The SEND Tribunal must receive your appeal by", settled)
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
    notes.append(WHICH_LETTER_TEXT)
    notes.append("Working days are Monday to Friday, except bank holidays in England and Wales.")
    notes.append(SCOPE_TEXT)
    notes.append(RULES_LAST_CHECKED_TEXT)

    no_certificate_late = (result.certificate_issued is None and not in_mediation
                           and not section_i_alone
                           and result.today > result.contact_mediation_adviser_by)
    if passed:
        next_steps.append(MAY_BE_LATE_TEXT if may_be_late else _late_appeal_text())
        if result.certificate_issued is None and not section_i_alone:
            next_steps.append("If you already have a mediation certificate, enter its date."
                              if contacted_late else
                              "If you have a mediation certificate, enter its date: it may give "
                              "you more time.")
            next_steps.append(_no_certificate_after_contact_date_text(result, adviser_contacted))
    else:
        if result.outcome == "last-day-today":
            next_steps.append("Send your appeal now. To be safe, make sure the SEND Tribunal "
                              "receives it before 5pm today. If you cannot, send it as soon as "
                              "you can and explain why it is late.")
        else:
            next_steps.append(_if_appealing(f"To be safe, make sure the SEND Tribunal receives your appeal "
                                            f"before 5pm on {last_day}. Do not wait until the last day.",
                                            settled, step=True))
        if no_certificate_late:
            next_steps.append(_no_certificate_after_contact_date_text(result, adviser_contacted))
        elif result.certificate_issued is None and not adviser_contacted and not section_i_alone:
            next_steps.append(_contact_adviser_text(result))
        if result.certificate_issued is None and not no_certificate_late and not section_i_alone:
            next_steps.append("When you get a mediation certificate, work out your deadline "
                              "again: it may give you more time.")
    next_steps.append("Keep a copy of your appeal and proof that it was sent and received.")
    next_steps.append(SENDIASS_TEXT)

    calendar = None if passed else {
        "date": result.last_day.isoformat(),
        "summary": "SEND appeal deadline",
        "description": (f"The SEND Tribunal must receive the appeal by {last_day}. To be safe, "
                        f"make sure it arrives before 5pm ({HESC_RULE_12_1.citation}: safe "
                        "practice)."),
        "reminders": deadline_reminders(result.last_day, result.today),
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
    return ("Send your appeal as soon as you can. Say that it is late, explain why, and ask the "
            f"Tribunal to extend the time ({HESC_RULE_5_3_A.citation}). A judge decides. If the "
            "decision letter did not tell you about your right to appeal, the time limit or "
            "mediation, say so.")


# --- Disability discrimination claim ---------------------------------------------------------

#: Who hears the claim (the result's ``forum``), as readers call it.
FORUM_TEXT = {"send-tribunal": "the SEND Tribunal", "county-court": "the County Court"}
#: Which body hears a claim against whom (the form's "Who is the claim against?" answers).
AGAINST_FORUM_TEXT = {
    "school": "A disability discrimination claim against a school goes to the SEND Tribunal. "
              "This includes academies, free schools, independent schools, special schools, "
              "maintained nursery schools and pupil referral units.",
    "college": "A disability discrimination claim against a further education college, "
               "sixth-form college or university does not go to the SEND Tribunal. It goes to "
               "the County Court.",
    "other": "A disability discrimination claim against anyone other than a school does not go "
             "to the SEND Tribunal. This includes a private nursery, and the local authority when "
             "it is not acting as the body responsible for a school. It goes to the County Court.",
}
#: L4: a school sixth form is part of the school (MED: the school is the responsible body).
SCHOOL_SIXTH_FORM_TEXT = ("A sixth form that is part of a school is part of that school, so the "
                          "Tribunal hears the claim.")
#: L7: the discrimination calculators' own scope (the Equality Act's start), for each forum.
DISCRIMINATION_SCOPE_TEXT = (
    "This covers claims in England about discrimination on or after 1 October 2010. That is "
    "when the Equality Act 2010 started. It does not cover Wales, complaints or judicial review. "
    "It cannot tell you if {forum} will accept a late claim.")
#: W9: a litigation friend in the County Court (CPR r.21.2), by the result's ``litigation_friend``.
LITIGATION_FRIEND_TEXT = {
    "needed": "The child or young person is under 18, so an adult must run the claim for them. The court calls "
              "this adult a litigation friend. The court can allow a child to run a claim without "
              "one, but only if it makes an order.",
    "if-lacks-capacity": "If the young person lacks the mental capacity to run the claim, an adult must "
                         "run it for them. The court calls this adult a litigation friend.",
    "if-under-18-or-lacks-capacity": "If the child or young person is under 18, or lacks the mental capacity to "
                                     "run the claim, an adult must run it for them. The court "
                                     "calls this adult a litigation friend.",
}
#: GOV.UK's pages for a County Court claim (W9).
COUNTY_COURT_LINKS_TEXT = (
    "GOV.UK explains litigation friends (www.gov.uk/litigation-friend), how to make a court "
    "claim (www.gov.uk/make-court-claim-for-money), court fees (www.gov.uk/government/publications/"
    "fees-in-the-civil-and-family-courts-main-fees-ex50) and help with fees "
    "(www.gov.uk/get-help-with-court-fees).")
#: For the certificate checker: who hears a discrimination claim, in one sentence.
DISCRIMINATION_FORUMS_TEXT = (
    "Claims against a school go to the SEND Tribunal. Schools include academies, free schools, "
    "independent and special schools, maintained nursery schools and pupil referral units. "
    "A sixth form that is part of a school counts as the school. Claims against a college, "
    "university or private nursery go to the County Court. So do claims against the local "
    "authority, unless it is acting as the body responsible for a school.")


def _forum(result: DiscriminationClaimDeadline) -> str:
    return FORUM_TEXT[result.forum]


def _claim_step_text(step: Step, result: DiscriminationClaimDeadline) -> str | None:
    facts = step.facts
    conduct = result.conduct
    forum = _forum(result)
    day = date_text(step.date) if step.date else ""
    if step.key in ("forum-send-tribunal", "forum-county-court"):
        return AGAINST_FORUM_TEXT[str(facts["against"])]
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
                f"make sure {forum} receives your claim by the last working day before it.")
    if step.key == "conduct-over-a-period":
        return ("If the discrimination went on over a period, count from its last day. If it "
                "was a failure to do something, count from when that was decided.")
    if step.key == "litigation-friend":
        return LITIGATION_FRIEND_TEXT[result.litigation_friend]
    if step.key == "late-claim":
        if result.forum == "county-court":
            return ("The County Court can still allow a claim made after the deadline, if it "
                    "thinks that is just and equitable.")
        return "The Tribunal can still consider a claim made after the deadline."
    return None


def _claim_safe_day(result: DiscriminationClaimDeadline) -> datetime.date:
    """The day to put in the calendar and aim for: the last working day, if still ahead."""
    safe = result.last_working_day
    return safe if safe is not None and safe >= result.today else result.last_day


def deadline_reminders(deadline: datetime.date, today: datetime.date) -> list[int]:
    """Days before a deadline's calendar entry for its 9am reminders, latest first.

    A week before, and the day before, each moved back to a working day: a Monday deadline's second
    reminder comes on the Friday, while there is still time to post. Only reminders after today are
    kept, so the page never promises one that cannot ring.

    >>> deadline_reminders(datetime.date(2027, 3, 1), today=datetime.date(2027, 1, 10))  # a Monday
    [7, 3]
    >>> deadline_reminders(datetime.date(2027, 3, 3), today=datetime.date(2027, 1, 10))  # a Wednesday
    [7, 1]
    >>> deadline_reminders(datetime.date(2027, 3, 3), today=datetime.date(2027, 2, 26))
    [1]
    >>> deadline_reminders(datetime.date(2027, 3, 3), today=datetime.date(2027, 3, 2))
    []
    """
    days = set()
    for before in DEADLINE_REMINDER_DAYS:
        day = deadline - datetime.timedelta(days=before)
        try:
            day = working_day_on_or_before(day)
        except OutsideBankHolidayData:  # a year the bank-holiday data does not cover: keep the day
            pass
        if day > today:
            days.add((deadline - day).days)
    return sorted(days, reverse=True)


def discrimination_display(result: DiscriminationClaimDeadline) -> dict[str, object]:
    """The display object for a disability discrimination claim deadline.

    >>> from .discrimination import disability_discrimination_claim_deadline
    >>> display = discrimination_display(disability_discrimination_claim_deadline(
    ...     datetime.date(2026, 3, 10), today=datetime.date(2026, 3, 11), against="college"))
    >>> display["heading"], display["answer"]
    ('The County Court must receive your claim by', 'Wednesday 9 September 2026')

    There is no August or Christmas rule and no moving to the next working day. A claim
    against a school goes to the SEND Tribunal; any other claim to the County Court.
    """
    last_day = date_text(result.last_day)
    passed = result.outcome == "deadline-passed"
    county = result.forum == "county-court"
    forum = _forum(result)
    by_time = "" if county else " before 5pm on"
    paragraphs: list[str] = []
    if passed:
        heading = "The usual deadline for your claim was"
        if county:
            paragraphs.append("The deadline has passed. You can still ask the County Court to "
                              "allow your claim, if it thinks that is just and equitable.")
        else:
            paragraphs.append("The deadline has passed. You can still ask the SEND Tribunal to "
                              "consider your claim.")
    else:
        heading = f"{forum[0].upper()}{forum[1:]} must receive your claim by"
        paragraphs.append(_days_left_text(result.days_left))
    paragraphs.append(AGAINST_FORUM_TEXT[result.against])
    if result.against == "school":
        paragraphs.append(SCHOOL_SIXTH_FORM_TEXT)
    if result.litigation_friend:
        paragraphs.append(LITIGATION_FRIEND_TEXT[result.litigation_friend])
    paragraphs.append(f"This is the last day of the 6 months starting with the date of the "
                      f"discrimination ({date_text(result.conduct)}).")
    safe_day = _claim_safe_day(result)
    if result.last_day_not_working and not passed:
        what = _non_working_text(result.last_day_not_working, result.last_day_holiday)
        if safe_day != result.last_day:
            paragraphs.append(f"{last_day} is {what}, and the time limit is not moved for that. "
                              f"To be safe, make sure {forum} receives your claim"
                              f"{by_time or ' by'} {date_text(safe_day)}, the last working day "
                              "before it.")
        else:
            paragraphs.append(f"{last_day} is {what}, and the time limit is not moved for that. "
                              "Send your claim today.")
    steps = [_step(text, step.provision) for step in result.steps
             if (text := _claim_step_text(step, result)) is not None]
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
    if county:
        notes.append("A County Court claim has a court fee and its own claim form, which this "
                     "calculator does not cover. In some cases the time limit can be longer, "
                     "for example after a complaint about a university to the Office of the "
                     "Independent Adjudicator. Get advice before you claim.")
        notes.append(COUNTY_COURT_LINKS_TEXT)
    notes.append(DISCRIMINATION_SCOPE_TEXT.format(forum="the court" if county else "the Tribunal"))
    notes.append(RULES_LAST_CHECKED_TEXT)
    next_steps = []
    if passed:
        if county:
            next_steps.append("Get advice quickly. Send your claim as soon as you can and explain "
                              "why it is late. The County Court can allow a later claim if it "
                              f"thinks that is just and equitable ({EQA_S118_1_B.citation}).")
        else:
            next_steps.append("Send your claim as soon as you can and explain why it is late. The "
                              "Tribunal can consider a late claim; a judge decides "
                              f"({EQA_SCH_17_PARA_4_3.citation}).")
    elif result.today >= safe_day:
        when = "today" if county else "before 5pm today"
        next_steps.append(f"Send your claim now. Make sure {forum} receives it {when}. If you "
                          "cannot, send it as soon as you can and explain why it is late.")
    else:
        next_steps.append((f"Make sure {forum} receives your claim by " if county else
                           f"To be safe, make sure {forum} receives your claim before 5pm on ")
                          + f"{date_text(safe_day)}. Do not wait until the last day.")
    next_steps.append(SENDIASS_TEXT)
    description = f"{forum[0].upper()}{forum[1:]} must receive the claim by {last_day}."
    if safe_day != result.last_day:
        description += (f" That is not a working day: to be safe, make sure it arrives"
                        f"{by_time or ' by'} {date_text(safe_day)}.")
    calendar = None if passed else {
        "date": safe_day.isoformat(),
        "summary": "Disability discrimination claim deadline",
        "description": description,
        "reminders": deadline_reminders(safe_day, result.today),
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
    "d": "the decision not to carry out a re-assessment of needs",
    "e": "the decision not to amend the plan after a review or re-assessment",
    "f": "the decision to stop maintaining the plan",
    "health-social-care": "the health or social care parts of the plan",
    "disability-discrimination": "disability discrimination by a school, college or other setting",
    "other": "something else, such as how a school is following the plan",
}

GROUND_CONSEQUENCE_TEXT = {
    "health-social-care": "you cannot appeal about these on their own, but in an appeal the "
                          "Tribunal can make recommendations about them",
    "disability-discrimination": "this is a claim, not an appeal. It needs no certificate. "
                                 + DISCRIMINATION_FORUMS_TEXT.rstrip("."),
    "other": "the SEND Tribunal cannot deal with this",
}

#: Legal review item 9: recommendations are not binding, but they cannot simply be ignored.
RECOMMENDATIONS_TEXT = ("The Tribunal can make recommendations about health and social care as "
                        "part of your appeal. They are not binding, but the health or social care "
                        "body must reply in writing, and give its reasons if it does not follow "
                        "them.")
#: Item 17: health and social care with an appeal only about a refusal to assess (ground a).
NO_RECOMMENDATIONS_IN_ASSESSMENT_APPEAL = (
    "you cannot appeal about these on their own, and in an appeal only about a refusal to carry "
    "out an EHC needs assessment the Tribunal cannot make recommendations about them")
#: What an appeal only about section I is about (ground c-iii, c-iv), for the "no certificate" answer.
SECTION_I_TEXT = {
    "c-iii": "the school or type of school named in the plan",
    "c-iv": "the fact that no school or other setting is named in the plan",
    "c-iii c-iv": "the school or type of school named in the plan, and the fact that no school or "
                  "other setting is named",
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
    "health-social-care-complaint": "For health or social care on its own, complain to the NHS "
                                    "integrated care board (ICB) or to the local authority\u2019s "
                                    "social care team.",
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
        about = SECTION_I_TEXT[" ".join(key for key in ("c-iii", "c-iv") if key in result.grounds)]
        paragraphs.append(f"Your appeal is only about section I. It is about {about}. So you can "
                          "appeal without a mediation certificate. You can still choose mediation, "
                          "but it does not stop your 2-month deadline.")
    elif outcome == "discrimination-claim":
        paragraphs.append("A disability discrimination claim is not an SEN appeal. You do not "
                          "need a mediation certificate, and SEN mediation is not available "
                          "for it.")
        paragraphs.append(DISCRIMINATION_FORUMS_TEXT)
    elif "other" in result.grounds:
        paragraphs.append("You cannot appeal to the SEND Tribunal about this.")
    if "discrimination-claim" in result.routes and outcome != "discrimination-claim":
        paragraphs.append("Your disability discrimination claim is separate. It does not need "
                          "a mediation certificate.")
        paragraphs.append(DISCRIMINATION_FORUMS_TEXT)
    if result.recommendations_asked:
        if result.recommendations_possible:
            paragraphs.append(RECOMMENDATIONS_TEXT)
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
        consequence = GROUND_CONSEQUENCE_TEXT.get(key, "you can appeal this")
        if key == "health-social-care" and not result.recommendations_possible:
            consequence = (NO_RECOMMENDATIONS_IN_ASSESSMENT_APPEAL if "sen-appeal" in result.routes
                           else "you cannot appeal about these on their own, but you can ask "
                                "for mediation about them")
        steps.append(_step(f"{text}: {consequence}.", _provision_for(key)))
    if "disability-discrimination" in result.grounds:  # who hears it: both forums, each cited
        steps.append(_step("A claim against a college, university, private nursery, or the local "
                           "authority in another role goes to the County Court.", EQA_S114_1_C))
    for provision in result.provisions:
        if provision.unit == "section 55":
            steps.append(_step("Before appealing you must contact a mediation adviser and get a "
                               "certificate, unless the appeal is only about section I.", provision))

    notes = []
    if result.open_question:
        notes.append("No law or case settles this point. We give the safe answer.")
    if outcome != "discrimination-claim":
        notes.append(SCOPE_TEXT)
    if "discrimination-claim" in result.routes:  # L7: the Equality Act's own scope; both forums
        notes.append(DISCRIMINATION_SCOPE_TEXT.format(forum="the Tribunal or the court"))
    notes.append(RULES_LAST_CHECKED_TEXT)
    next_steps = []
    if result.certificate_required:
        next_steps.append("Contact the mediation adviser named in the decision letter within 2 "
                          "months after the letter was sent.")
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
                                             f"{ADVISER_CERTIFICATE_WORKING_DAYS} working days of you "
                                             "telling them.",
    "appeal-deadline-passed-may-be-late": "2 months after the decision letter. This date has passed. It is "
                                          "not settled whether your certificate gives you longer: send "
                                          "your appeal now.",
    "appeal-deadline-passed": "The SEND Tribunal had to receive your appeal by this date. It has "
                              "passed: send your appeal now and ask for more time.",
    "adviser-contacted": "You contacted the mediation adviser.",
    "adviser-contacted-late": "You contacted the mediation adviser, after the 2 months the law "
                              "gives for this had ended. The adviser may still give you a "
                              "certificate: get advice.",
    "adviser-issues-certificate": "You said you do not want mediation. The mediation adviser must "
                                  f"issue your certificate within {ADVISER_CERTIFICATE_WORKING_DAYS} "
                                  "working days of you telling them.",
    "la-told-mediation-wanted": "You told the local authority you want mediation.",
    "mediation-arranged": "IPSEA says the local authority must arrange mediation within "
                          f"{MEDIATION_ARRANGED_WITHIN_DAYS} days, counting weekends and bank holidays. "
                          "If it cannot, it must tell the mediation adviser, who must then give you a "
                          f"certificate within {DEEMED_CERTIFICATE_WORKING_DAYS} working days.",
    "la-tells-health-body": "The local authority must tell the NHS integrated care board (ICB) "
                            f"what the mediation is about within {LA_TELLS_HEALTH_BODY_WORKING_DAYS} working days.",
    "health-body-arranges-mediation": f"IPSEA says the ICB must arrange the mediation within {MEDIATION_ARRANGED_WITHIN_DAYS} days "
                                      "of the local authority telling it. This is the latest date, if "
                                      "the local authority tells it on its last day.",
    "mediation-ended": "The mediation ended.",
    "mediator-issues-certificate": "The mediator must issue your certificate within "
                                   f"{MEDIATOR_CERTIFICATE_WORKING_DAYS} working days.",
    "certificate-issued": "Your mediation certificate was issued.",
    "agreement-made": "You made an agreement in mediation.",
    "agreed-other-matters-done": "Things agreed that cannot be appealed, like health or social care, "
                                 f"must be done within {AGREED_OTHER_MATTERS_WEEKS} weeks.",
    "health-body-tells-la": "The local authority was not part of the mediation. The ICB must "
                            f"tell it about the agreement within {HEALTH_BODY_TELLS_LA_WEEKS} week.",
    "cease-to-maintain-at-once": "If you agreed the plan should stop: the local authority must "
                                 "stop maintaining it at once.",
    "continue-to-maintain-at-once": "If it agreed to keep the plan: it must continue to maintain "
                                    "it at once.",
    "assessment-tell-you": "If it agreed to an assessment or a re-assessment: it must tell you "
                           "within 2 weeks that it will carry one out.",
    "amend-section-i-only": "If it agreed to change only the school in section I: within 2 weeks.",
    "make-plan-draft": "If it agreed to make a plan: the draft plan within 5 weeks.",
    "amend-special-educational-provision": "If it agreed to change the special educational "
                                           "provision: within 5 weeks.",
    "assessment-decide-no-plan": "After an agreed assessment or re-assessment, a decision not "
                                 "to issue a plan within 10 weeks.",
    "make-plan-final": "If it agreed to make a plan: the final plan within 11 weeks.",
    "assessment-finalise-plan": "After an agreed assessment or re-assessment, the final plan "
                                "within 14 weeks.",
    "appeal-deadline-estimate": "Estimate: if your certificate is dated the earliest day it "
                                "can be, the SEND Tribunal must receive your appeal by this "
                                "date. Your real deadline comes from the date on the "
                                "certificate.",
    "appeal-deadline": "The SEND Tribunal must receive your appeal by this date (to be safe, "
                       "before 5pm).",
    "two-month-date-while-waiting": "2 months after the decision letter. Your deadline is this date "
                                    "or 1 month after the date on your certificate, whichever is later.",
    "two-month-date-passed-overdue": "2 months after the decision letter. This has passed. Your "
                                     "deadline depends on the date on your certificate: find it out "
                                     "today.",
    "agreed-health-matters-done": "Everything agreed about health care must be done within "
                                  f"{AGREED_OTHER_MATTERS_WEEKS} weeks of the date of the agreement.",
    "two-month-date-passed-while-waiting": "2 months after the decision letter. This has passed, "
                                           "but you are waiting for your certificate: you have 1 "
                                           "month from the date on it.",
    "mediation-arranged-section-i": "IPSEA says the local authority must arrange the mediation within "
                                    f"{MEDIATION_ARRANGED_WITHIN_DAYS} days, counting weekends and "
                                    "bank holidays.",
}

TIMELINE_NOTES = {
    "working-days-include-august": "Working days are Monday to Friday, except bank holidays in "
                                   "England and Wales. Days in August are normal working days.",
    "deemed-certificate-if-not-arranged": "If the local authority cannot arrange mediation "
                                          f"within {MEDIATION_ARRANGED_WITHIN_DAYS} days, it must "
                                          "tell the mediation adviser. The adviser must then give "
                                          f"you a certificate within {DEEMED_CERTIFICATE_WORKING_DAYS} "
                                          "working days.",
    "notice-of-mediation-date": "You must be told the date of the mediation at least "
                                f"{NOTICE_OF_MEDIATION_WORKING_DAYS} working days before, unless "
                                "you agree to less.",
    "agreement-own-dates": "Your written agreement sets its own dates. They apply instead of the "
                           "time limits in the regulations (regulation 42(5)), so they are not "
                           "listed here. Put them in your calendar.",
    "other-timescales-can-be-agreed": "The people in the mediation can agree different "
                                      "timescales in writing.",
    "reg-44-as-if-an-order": "The time limits for things you could appeal about are set by "
                             "regulation 44 of the SEND Regulations, applied as if the agreement "
                             "were a Tribunal order. They count from the date of the agreement.",
    "adviser-contacted-late": "Contacting the mediation adviser after the 2 months in the law is "
                              "late. The adviser may still give you a certificate, but the law "
                              "does not say what late contact means for your deadline. Get "
                              "advice, and do not wait for the certificate to send your appeal.",
    "no-estimate-after-late-contact": "Contact with the adviser after the 2 months is late, so we "
                                      "do not estimate a later deadline from your certificate.",
    "health-only-no-appeal-certificate": "Health care cannot be appealed on its own, so a "
                                         "certificate from mediation only about health care "
                                         "does not change an appeal deadline.",
    "certificate-after-mediation-gives-1-month": "When mediation ends, the mediator must give "
                                                 "you a mediation certificate within "
                                                 f"{MEDIATOR_CERTIFICATE_WORKING_DAYS} working "
                                                 "days. You then have 1 month from the date on "
                                                 "it to appeal, if that is later than the "
                                                 "deadline shown.",
    "certificate-before-mediation-ended": "Your certificate is dated before the mediation "
                                          "ended. This can happen when mediation could not be "
                                          f"arranged within {MEDIATION_ARRANGED_WITHIN_DAYS} days. We count from the date on "
                                          "the certificate you entered. If you have a later "
                                          "certificate too, get advice.",
    "estimate-beyond-bank-holiday-data": "We cannot say how your certificate will change your "
                                          "deadline: it would fall after the years our official "
                                          "bank holiday dates cover.",
    "recalculate-when-certificate-arrives": "When your certificate arrives, work out your "
                                            "deadline again using the date on it.",
    "section-i-mediation-does-not-extend": "Your appeal is only about section I, so you do not "
                                           "need a mediation certificate. Mediation does not stop "
                                           "your 2-month deadline.",
    "certificate-before-mediation": "To be safe, count your 1 month from the date on your "
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


def _awaiting_text(status: PlanStatus, today: datetime.date) -> list[str]:
    """What the awaited certificate waits on, and what to do about it (W1)."""
    due = status.certificate_due
    if status.awaiting == "la-not-told":
        return ["Tell the local authority now that you want mediation, and check with the "
                "mediation adviser that it knows. If you no longer want mediation, tell the "
                "adviser: they must then send you a certificate within "
                f"{ADVISER_CERTIFICATE_WORKING_DAYS} working days."]
    if status.awaiting == "decision":
        return ["Tell the mediation adviser now whether you want mediation. If you do not, they "
                f"must send you a certificate within {ADVISER_CERTIFICATE_WORKING_DAYS} working days."]
    texts = []
    if status.awaiting == "deemed":
        texts.append("Have you had any certificate from the mediation service, including one saying "
                     f"mediation could not be arranged within {MEDIATION_ARRANGED_WITHIN_DAYS} days? "
                     "If so, enter its date. If you do not know, ask the mediation adviser today: a "
                     "certificate may already have been issued, as early as "
                     f"{date_text(status.earliest_certificate)}.")  # type: ignore[arg-type]
    elif status.awaiting == "mediation" and due is not None:
        texts.append(f"IPSEA says the local authority must arrange mediation by {date_text(due)}. When it ends, "
                     "the mediator must send you a certificate: you then have 1 month from the date "
                     "on it. If the local authority says it cannot arrange mediation in time, ask "
                     "the mediation adviser at once for your certificate and the date on it. "
                     "Do not wait for the meeting to appeal.")
    elif due is not None and due < today:
        texts.append(f"Your certificate was due on {date_text(due)}. Chase it now: use the "
                     "message below.")
    elif due is not None:
        texts.append(f"Your certificate should come by {date_text(due)}.")
    return texts


def _contact_text(result: MediationTimeline) -> str:
    """Why a waiting reader is not late, from what they told us (W1): never asserted beyond it."""
    entered = {item.what for item in result.items}
    if "adviser-contacted" in entered:
        return "You are not late: you contacted the mediation adviser in time."
    if "la-told-mediation-wanted" in entered:
        return "You are not late: you asked for mediation within 2 months of the decision letter."
    return ("You went to mediation, so you contacted the mediation adviser. If you did that within 2 "
            "months of the decision letter, you are not late.")


def _waiting_steps(result: MediationTimeline, status: PlanStatus) -> list[dict[str, str]]:
    """How D was worked out: the 2-month date (moved as any deadline), then the earliest certificate (W1)."""
    steps = [_step(text, step.provision) for step in result.appeal.steps
             if step.key not in ("receive-by-5pm", "late-appeal")
             and (text := _appeal_step_text(step)) is not None]
    earliest, d = status.earliest_certificate, status.earliest_last_day
    if earliest is not None and d is not None and d != status.two_month_day:
        steps.append(_step(f"The earliest date your certificate can carry is {date_text(earliest)}. 1 month "
                           f"after that, moved in the same way, gives {date_text(d)}. That is later, "
                           "so it is the earliest your deadline can be.", HESC_RULE_20_1_C_II))
    else:
        steps.append(_step("1 month after the earliest date your certificate can carry is not later, "
                           f"so the earliest your deadline can be is {date_text(d)}.",  # type: ignore[arg-type]
                           HESC_RULE_20_1_C_II))
    return steps


def _waiting_text(result: MediationTimeline, status: PlanStatus, settled: bool = False) -> tuple[str, str, list[str], list[str]]:
    """Heading, answer, paragraphs and next steps for a reader waiting for a certificate (W1)."""
    today = result.appeal.today
    earliest = status.earliest_last_day
    due = status.certificate_due
    paragraphs: list[str] = []
    next_steps: list[str] = []
    if status.status == "waiting-for-certificate":
        heading = _if_appealing("To be safe, make sure the SEND Tribunal has your appeal by", settled)
        answer = date_text(earliest)  # type: ignore[arg-type]
        paragraphs.append("You are waiting for your mediation certificate. " + _contact_text(result))
        paragraphs.append("When your certificate comes, you have 1 month from the date on it to "
                          f"appeal. Your deadline could be as early as {date_text(earliest)}.")  # type: ignore[arg-type]
        next_steps.append(_if_appealing("To be safe, make sure the SEND Tribunal receives your appeal before 5pm "
                                        f"on {date_text(earliest)}. Do not wait until the last day.",  # type: ignore[arg-type]
                                        settled, step=True))
    else:
        heading, answer = "Get your mediation certificate and the date on it", "today"
        paragraphs.append("You contacted the mediation adviser in time, but your deadline may already "
                          "have passed: it depends on the date on your certificate. If it is dated as "
                          f"early as it can be, your deadline was {date_text(earliest)}. Find out that "  # type: ignore[arg-type]
                          "date today.")
        who = "the mediation adviser, or the mediator," if status.awaiting in ("mediator", "deemed") else \
            "the mediation adviser"
        paragraphs.append(f"Ask {who} today for your certificate and the date of issue on it. You have "
                          "1 month from that date to appeal."
                          + ("" if any(item.what in ("mediation-ended", "agreement-made") for item in result.items)
                             else " Do not wait for mediation to appeal."))
        next_steps.append("If 1 month from the date on your certificate has already passed, send "
                          "your appeal at once. Say that it may be late, and ask the Tribunal to "
                          f"extend the time ({HESC_RULE_5_3_A.citation}). A judge decides.")
    paragraphs += _awaiting_text(status, today)
    if status.contact_date is not None and status.contact_date == status.contact_by:
        paragraphs.append("You contacted the mediation adviser on the last day of the 2 months. Keep "
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
                     grounds_known: bool = False) -> dict[str, object]:
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
    """
    settled = status is not None and status.agreement == "settled"
    appeal = appeal_display(
        result.appeal,
        adviser_contacted=any(item.what.startswith("adviser-contacted") for item in result.items),
        in_mediation="certificate-after-mediation-gives-1-month" in result.notes,
        section_i_alone=result.section_i_alone, contacted_late=result.contact == "late",
        may_be_late=status is not None and status.arguably_in_time, settled=settled)
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
    notes += [note for note in appeal["notes"] if not note.startswith("Working days")]  # type: ignore[union-attr]
    agreement = _agreement_text(result, status, grounds_known) if status is not None and status.agreement else []
    if status is not None and status.status in ("waiting-for-certificate", "certificate-overdue"):
        heading, answer, paragraphs, next_steps = _waiting_text(result, status, settled)
        return {**appeal, "outcome": status.status, "heading": heading, "answer": answer,
                "paragraphs": paragraphs + agreement, "next_steps": next_steps, "notes": notes,
                "steps": _waiting_steps(result, status), "timeline": timeline, "calendar": None}
    paragraphs = list(appeal["paragraphs"])  # type: ignore[arg-type]
    if "certificate-after-mediation-gives-1-month" in result.notes:
        paragraphs.append(IN_MEDIATION_TEXT)
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


def _if_appealing(text: str, settled: bool, step: bool = False) -> str:
    """W7: after an agreement that settles everything, the deadline is kept, as a condition.

    >>> _if_appealing("The SEND Tribunal must receive your appeal by", True)
    'If you still decide to appeal: the SEND Tribunal must receive your appeal by'
    """
    if not settled:
        return text
    return ("If you appeal: " if step else "If you still decide to appeal: ") + text[0].lower() + text[1:]


# --- Make your plan --------------------------------------------------------------------------

PLAN_READY = "Your plan is ready."
#: Where a reader stands once the local authority knows they want mediation (timeline and plan).
IN_MEDIATION_TEXT = ("You are in mediation. When it ends, the mediator must give you a mediation certificate. "
                     "You then have 1 month from the date on it to appeal, if that is later than the date above.")
#: The same, in a plan that has the reader ask for mediation today: nothing is sent yet (issue 23).
MEDIATION_TO_ASK_TEXT = ("When mediation ends, the mediator must give you a mediation certificate. You then "
                         "have 1 month from the date on it, if that is later than the date above. You may get "
                         "a certificate sooner, for issues you leave out or if mediation is not arranged in "
                         "30 days. Count 1 month from the earliest certificate. Do not wait for the meeting "
                         "to appeal.")
#: The certificate answer in a plan where the reader wants mediation, by what it is about: not "you
#: only have to contact the adviser", which speaks to someone who does not want it (issue 23).
CERTIFICATE_WITH_MEDIATION_TEXT = {
    "yes": "You must get a mediation certificate before you appeal.",
    "health-only": "You must get a mediation certificate before you appeal. Mediation about health care "
                   "does not give you one. The mediation adviser should send it within 3 working days of "
                   "you saying you do not want mediation about the rest.",
}
PLAN_ASSUMES_TODAY = ("The dates below assume you send the messages marked \u201cSend this now\u201d "
                      "today, {today}.")
#: The plan's own steps, in place of "You contacted ..." for what the reader has still to do today.
PLAN_TODAY_TEXT = {
    "adviser-contacted": "Today: send your message to the mediation adviser.",
    "adviser-contacted-late": "Today: send your message to the mediation adviser. This is after the "
                              "2 months the law gives, so get advice too.",
    "la-told-mediation-wanted": "Today: send your message to the local authority asking for mediation.",
}
SECTION_I_WITH_RECOMMENDATIONS_TEXT = (
    "Your appeal is about section I and health or social care recommendations. It is not settled "
    "whether you need a mediation certificate for this, so get one and send it with your appeal. "
    "It does not give you more time: mediation does not stop your 2-month deadline.")
MAY_BE_LATE_TEXT = ("Send your appeal now. Say that it may be late, explain why, and ask the Tribunal to "
                    f"extend the time in case it is ({HESC_RULE_5_3_A.citation}). A judge decides.")
SECTION_I_MAY_BE_LATE_TEXT = (
    "Your appeal is only about section I. It is not settled whether your mediation certificate "
    "gives you longer. Send your appeal now, and ask the Tribunal for more time in case it is late: "
    "use the note below.")
PLAN_NO_APPEAL = ("The SEND Tribunal cannot hear an appeal about what you chose, so there is no "
                  "appeal deadline to plan for.")
#: Calendar reminders, in days before each dated step (the reader's own deadlines get two).
PLAN_REMINDER_DAYS = {"you": (7, 1), "other": (1,)}
#: The deadline calculators' calendar entry: the plan's reminders for the reader's own deadline, each
#: moved back to a working day (deadline_reminders).
DEADLINE_REMINDER_DAYS = PLAN_REMINDER_DAYS["you"]


def plan_display(check: CertificateCheck, timeline: MediationTimeline | None,
                 messages: list[dict[str, object]], today: datetime.date,
                 planned: tuple[str, ...] = (), status: PlanStatus | None = None,
                 mediation: str = "") -> dict[str, object]:
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
    display = timeline_display(timeline, status, grounds_known=True)
    paragraphs = list(display["paragraphs"])  # type: ignore[call-overload]
    in_time = status is None or status.status == "in-time"
    if not in_time:  # late (E5, W1): no later date is promised, so no "1 month from the certificate"
        paragraphs = [text for text in paragraphs if text != IN_MEDIATION_TEXT]
    elif "la-told-mediation-wanted" in planned:  # asked for today: not yet in mediation
        paragraphs = [MEDIATION_TO_ASK_TEXT if text == IN_MEDIATION_TEXT else text for text in paragraphs]
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
            "summary": f"{row['who']}: {summary}" if row["who"] != WHO_TEXT["you"] else summary,
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
                       "wait for one: mediation does not stop your 2-month deadline",
    "no-sen-appeal": "The SEND Tribunal cannot hear an appeal about what you chose, so you do not need a "
                     "mediation certificate or this message. A disability discrimination claim needs no "
                     "certificate and has its own deadline: 6 months from the discrimination",
    "has-certificate": "You have entered the date on your mediation certificate, so you do not need this "
                       "message. Work out your deadline from it now: 1 month from that date, or 2 months "
                       "from the decision letter if that is later",
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
