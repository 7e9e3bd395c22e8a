"""The words of the two deadlines: an SEN appeal to the SEND Tribunal, and a disability discrimination claim."""

from __future__ import annotations

import datetime

from .appeal_deadline import AppealDeadline
from .discrimination import COUNTY_COURT, SEND_TRIBUNAL, DiscriminationClaimDeadline
from .provisions import (
    EQA_S118_1_B,
    EQA_SCH_17_PARA_4_3,
    HESC_RULE_5_3_A,
    HESC_RULE_12_1,
)
from .steps import Step
from .display import Display
from .limits import (
    APPEAL_AFTER_CERTIFICATE,
    APPEAL_AFTER_DECISION,
    CONTACT_ADVISER,
    Limit,
)
from .wording import (
    RULES_LAST_CHECKED_TEXT,
    SCOPE_TEXT,
    SENDIASS_TEXT,
    MONTH_NAMES,
    days_left_text,
    iso_date,
    non_working_text,
    workings_step,
    date_text,
)
from .working_days import OutsideBankHolidayData, working_day_on_or_before


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


def appeal_step_text(step: Step, passed: bool = False) -> str | None:
    facts = step.facts
    day = date_text(step.date) if step.date else ""
    if step.key == "two-month-point":
        return f"{APPEAL_AFTER_DECISION.text} after the date on the decision letter ({date_text(iso_date(facts['from']))}) is {day}."
    if step.key == "one-month-after-certificate":
        return (f"{APPEAL_AFTER_CERTIFICATE.text} after the date on your mediation certificate "
                f"({date_text(iso_date(facts['from']))}) is {day}.")
    if step.key == "month-end-clipped":
        month = MONTH_NAMES[step.date.month - 1] if step.date else ""
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
        what = non_working_text(str(facts["reason"]), facts.get("holiday"))  # type: ignore[arg-type]
        return (f"{date_text(iso_date(facts['period_end']))} is {what}, so your appeal is in time "
                f"on the next working day: {day}.")
    if step.key == "window-august":
        return (f"The time ends on {date_text(iso_date(facts['period_end']))}, in August. An appeal "
                f"due in August is in time on the first working day after 31 August: {day}.")
    if step.key == "window-christmas-new-year":
        return (f"The time ends on {date_text(iso_date(facts['period_end']))}, between 25 December and "
                f"1 January. An appeal due then is in time on the first working day after "
                f"1 January: {day}.")
    if step.key == "window-edge-safe-reading":
        arguable = facts.get("arguable_last_day")
        later = f" ({date_text(iso_date(arguable))})" if arguable else ""
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
            f"can. The law says you must contact them within {CONTACT_ADVISER.text} of the decision letter "
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
               f"The {CONTACT_ADVISER.text} to contact the mediation adviser ended on "
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
                   settled: bool = False, working_days_note: bool = True) -> Display:
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
    words a passed deadline that another reading may still extend as "may be late" (W3, W6);
    ``working_days_note=False`` leaves out the note on working days (the timeline words its own).
    """
    last_day = date_text(result.last_day)
    paragraphs: list[str] = []
    next_steps: list[str] = []
    notes: list[str] = []
    passed = result.outcome == "deadline-passed"
    if passed and may_be_late:
        heading = f"Send your appeal now. The {APPEAL_AFTER_DECISION.text} after the decision letter ended on"
        paragraphs.append(SECTION_I_MAY_BE_LATE_TEXT)
    elif passed:
        heading = "The deadline for your appeal was"
        paragraphs.append(DEADLINE_PASSED_TEXT)
    else:
        heading = if_appealing("The SEND Tribunal must receive your appeal by", settled)
        paragraphs.append(days_left_text(result.days_left))
    if result.counted_from == "certificate":
        paragraphs.append("This counts from the date on your mediation certificate, because "
                          "that gives you more time than the decision letter.")
    else:
        paragraphs.append("This counts from the date on the decision letter.")
    if result.open_edge:
        paragraphs.append("We have shown the earlier of two possible dates, to be safe.")

    steps = [workings_step(text, step.provision) for step in result.steps
             if (text := appeal_step_text(step, passed)) is not None]

    if "certificate-did-not-extend" in result.notes:
        notes.append(f"Your mediation certificate does not give you more time: {APPEAL_AFTER_CERTIFICATE.text} after it "
                     f"is not later than {APPEAL_AFTER_DECISION.text} after the decision letter.")
    if result.open_edge:
        notes.append("The safe date is earlier than a date some people may argue for. Use the "
                     "earlier date. If you have already missed it, ask the Tribunal to accept "
                     "your appeal and explain why.")
    notes.append("The time counts from when the decision letter was sent, not when you "
                 "received it. If it was sent earlier than the date on the letter (for example "
                 "by email), use the earlier date.")
    notes.append(WHICH_LETTER_TEXT)
    if working_days_note:
        notes.append("Working days are Monday to Friday, except bank holidays in England and Wales.")
    notes.append(SCOPE_TEXT)
    notes.append(RULES_LAST_CHECKED_TEXT)

    no_certificate_late = (result.certificate_issued is None and not in_mediation and not section_i_alone
                           and result.contact_date_passed)
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
            next_steps.append(if_appealing(f"To be safe, make sure the SEND Tribunal receives your appeal "
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


#: Legal reference §5, A1: a decision letter missing what reg 32 requires helps a late appeal.
DECISION_LETTER_GAPS_TEXT = ("If the decision letter did not tell you about your right to appeal, the time limit or "
                             "mediation, say so.")


def _late_appeal_text() -> str:
    return ("Send your appeal as soon as you can. Say that it is late, explain why, and ask the "
            f"Tribunal to extend the time ({HESC_RULE_5_3_A.citation}). A judge decides. "
            + DECISION_LETTER_GAPS_TEXT)


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


def _claim_limit(result: DiscriminationClaimDeadline) -> Limit:
    """The time limit of the forum that hears the claim."""
    return {SEND_TRIBUNAL.key: SEND_TRIBUNAL.limit, COUNTY_COURT.key: COUNTY_COURT.limit}[result.forum]


def _claim_step_text(step: Step, result: DiscriminationClaimDeadline) -> str | None:
    facts = step.facts
    conduct = result.conduct
    forum = _forum(result)
    day = date_text(step.date) if step.date else ""
    if step.key in ("forum-send-tribunal", "forum-county-court"):
        return AGAINST_FORUM_TEXT[str(facts["against"])]
    if step.key == "six-months-on":
        return f"{_claim_limit(result).text} after {date_text(conduct)} is {day}."
    if step.key == "day-before":
        return (f"The {_claim_limit(result).text} include the day of the discrimination, so the last day is the "
                f"day before: {day}.")
    if step.key == "month-end-safe-reading":
        arguable_day = iso_date(facts["arguable_last_day"])
        month = MONTH_NAMES[arguable_day.month - 1]
        return (f"{month} has no day {conduct.day}, so there are two possible last days. We "
                f"show the earlier one, to be safe. Some people may argue for "
                f"{date_text(arguable_day)}.")
    if step.key == "no-roll-over":
        what = non_working_text(str(facts["reason"]), facts.get("holiday"))  # type: ignore[arg-type]
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


def discrimination_display(result: DiscriminationClaimDeadline) -> Display:
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
        paragraphs.append(days_left_text(result.days_left))
    paragraphs.append(AGAINST_FORUM_TEXT[result.against])
    if result.against == "school":
        paragraphs.append(SCHOOL_SIXTH_FORM_TEXT)
    if result.litigation_friend:
        paragraphs.append(LITIGATION_FRIEND_TEXT[result.litigation_friend])
    paragraphs.append(f"This is the last day of the {_claim_limit(result).text} starting with the date of the "
                      f"discrimination ({date_text(result.conduct)}).")
    safe_day = result.safe_day
    if result.last_day_not_working and not passed:
        what = non_working_text(result.last_day_not_working, result.last_day_holiday)
        if safe_day != result.last_day:
            paragraphs.append(f"{last_day} is {what}, and the time limit is not moved for that. "
                              f"To be safe, make sure {forum} receives your claim"
                              f"{by_time or ' by'} {date_text(safe_day)}, the last working day "
                              "before it.")
        else:
            paragraphs.append(f"{last_day} is {what}, and the time limit is not moved for that. "
                              "Send your claim today.")
    steps = [workings_step(text, step.provision) for step in result.steps
             if (text := _claim_step_text(step, result)) is not None]
    notes = []
    if result.arguable_last_day:
        notes.append(f"Some people may argue the last day is {date_text(result.arguable_last_day)}. "
                     "Use the earlier date.")
    if passed and result.last_day_not_working:
        what = non_working_text(result.last_day_not_working, result.last_day_holiday)
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

#: Calendar reminders, in days before each dated step (the reader's own deadlines get two).
PLAN_REMINDER_DAYS = {"you": (7, 1), "other": (1,)}

#: The deadline calculators' calendar entry: the plan's reminders for the reader's own deadline, each
#: moved back to a working day (deadline_reminders).
DEADLINE_REMINDER_DAYS = PLAN_REMINDER_DAYS["you"]

MAY_BE_LATE_TEXT = ("Send your appeal now. Say that it may be late, explain why, and ask the Tribunal to "
                    f"extend the time in case it is ({HESC_RULE_5_3_A.citation}). A judge decides.")

SECTION_I_MAY_BE_LATE_TEXT = (
    "Your appeal is only about section I. It is not settled whether your mediation certificate "
    "gives you longer. Send your appeal now, and ask the Tribunal for more time in case it is late: "
    "use the note below.")


def if_appealing(text: str, settled: bool, step: bool = False) -> str:
    """W7: after an agreement that settles everything, the deadline is kept, as a condition.

    >>> if_appealing("The SEND Tribunal must receive your appeal by", True)
    'If you still decide to appeal: the SEND Tribunal must receive your appeal by'
    """
    if not settled:
        return text
    return ("If you appeal: " if step else "If you still decide to appeal: ") + text[0].lower() + text[1:]
