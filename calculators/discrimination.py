"""The last day to bring a disability discrimination claim, and where (EqA 2010 Sch 17 para 4; s.118).

A claim against a school goes to the SEND Tribunal (EqA 2010 s.116, Sch 17 para 3, the schools
in s.85(7)); a claim against a further education college, university, private nursery or the
local authority in another role goes to the County Court (s.114(1)(c), (3)), time limit
s.118(1)(a). Both limits are "6 months starting with" the day, so the arithmetic is the same.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from . import working_days
from .appeal_deadline import appeal_outcome, time_limit_window
from .limits import CLAIM_TO_COUNTY_COURT, CLAIM_TO_TRIBUNAL, Limit
from .months import has_corresponding_day
from .provisions import (
    EQA_2010_IN_FORCE,
    EQA_S85_7,
    EQA_S114_1_C,
    EQA_S116,
    EQA_S118_1_A,
    EQA_S118_1_B,
    EQA_S118_6,
    EQA_SCH_17_PARA_3,
    EQA_SCH_17_PARA_4,
    EQA_SCH_17_PARA_4_3,
    EQA_SCH_17_PARA_4_5,
    CPR_RULE_21_2,
    Provision,
    cites,
)
from .scope import DateError, require_not_after
from .steps import Step

#: The Equality Act 2010's education and services provisions came into force on 1 October 2010.
EQUALITY_ACT_IN_FORCE = datetime.date(2010, 10, 1)


@dataclass(frozen=True)
class Forum:
    """Who hears a disability discrimination claim against one kind of body, and its rules.

    Args:
        key: "send-tribunal" or "county-court" (the JSON result's ``forum``).
        limit: the time limit, "starting with" the day of the conduct, with its provision.
        jurisdiction: the provisions that send the claim to this forum.
        late_claim: the provision that lets a late claim be heard.
        over_a_period: the provision for conduct over a period or a failure to act.
    """

    key: str
    limit: Limit
    jurisdiction: tuple[Provision, ...]
    late_claim: Provision
    over_a_period: Provision


SEND_TRIBUNAL = Forum("send-tribunal", CLAIM_TO_TRIBUNAL, (EQA_S85_7, EQA_S116, EQA_SCH_17_PARA_3),
                      EQA_SCH_17_PARA_4_3, EQA_SCH_17_PARA_4_5)
COUNTY_COURT = Forum("county-court", CLAIM_TO_COUNTY_COURT, (EQA_S114_1_C,), EQA_S118_1_B, EQA_S118_6)

#: Who the claim is against (the form's radio values) -> who hears it (EqA 2010 s.85(7), s.114, s.116).
FORUM_FOR: dict[str, Forum] = {
    "school": SEND_TRIBUNAL,   # incl. academies, free schools, independent and special schools, maintained nurseries, PRUs
    "college": COUNTY_COURT,   # further education and sixth-form colleges, universities (Part 6 Ch 2)
    "other": COUNTY_COURT,     # a private nursery, the local authority in another role (Part 3)
}
AGAINST_ANSWERS: tuple[str, ...] = tuple(FORUM_FOR)

#: "Is the student under 18?" answers (form radio values; "" not known).
UNDER_18_ANSWERS = ("", "yes", "no")
#: W9, CPR r.21.2: who needs a litigation friend in the County Court, by the answer: a child (under
#: 18) must have one unless the court orders otherwise; an adult who lacks capacity to conduct the
#: claim (a protected party) must have one too.
LITIGATION_FRIEND = {"yes": "needed", "no": "if-lacks-capacity", "": "if-under-18-or-lacks-capacity"}

CITATIONS = {
    "LITIGATION_FRIEND": CPR_RULE_21_2,
    "UNDER_18_ANSWERS": CPR_RULE_21_2,
    "EQUALITY_ACT_IN_FORCE": EQA_2010_IN_FORCE,
    "SEND_TRIBUNAL": EQA_S116,
    "COUNTY_COURT": EQA_S114_1_C,
    "FORUM_FOR": EQA_S85_7,
    "AGAINST_ANSWERS": EQA_S85_7,
}


class BeforeEqualityAct(DateError):
    """The conduct is before 1 October 2010, when the Equality Act 2010's rules began."""

    problem = "before 1 October 2010"


class UnknownAgainst(ValueError):
    """``against`` is not one of AGAINST_ANSWERS."""


@dataclass(frozen=True)
class DiscriminationClaimDeadline:
    """The last day for a disability discrimination claim, with its steps.

    ``forum`` is "send-tribunal" or "county-court" (who hears a claim against ``against``).
    ``last_day_not_working`` is "saturday", "sunday", "bank-holiday" or None; the date is
    never moved for it, so ``last_working_day`` (the last working day on or before it) is the
    safe day for the claim to be received. Both are None for a deadline that passed in a
    year the bank-holiday data does not cover (nothing then depends on them).
    ``arguable_last_day`` is the later reading when month-end clipping made two readings
    possible (the earlier is used). ``litigation_friend`` (County Court only; "" for the
    Tribunal) is "needed" (the student is under 18), "if-lacks-capacity" (18 or over) or
    "if-under-18-or-lacks-capacity" (age not given): CPR r.21.2 (W9).
    """

    conduct: datetime.date
    against: str
    forum: str
    today: datetime.date
    corresponding_date: datetime.date
    last_day: datetime.date
    arguable_last_day: datetime.date | None
    last_day_not_working: str | None
    last_day_holiday: str | None
    last_working_day: datetime.date | None
    outcome: str
    days_left: int
    steps: list[Step] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    litigation_friend: str = ""

    @property
    def safe_day(self) -> datetime.date:
        """The day to aim for, and to put in a calendar: the last working day, while it is still ahead.

        >>> disability_discrimination_claim_deadline(datetime.date(2026, 3, 8),  # ends Monday 7 September
        ...     today=datetime.date(2026, 3, 11), against="school").safe_day
        datetime.date(2026, 9, 7)
        >>> disability_discrimination_claim_deadline(datetime.date(2026, 3, 6),  # ends Saturday 5 September
        ...     today=datetime.date(2026, 3, 11), against="school").safe_day
        datetime.date(2026, 9, 4)

        Once that working day has passed, the last day itself (the date is never moved for a weekend).
        """
        safe = self.last_working_day
        return safe if safe is not None and safe >= self.today else self.last_day

    def as_dict(self) -> dict[str, object]:
        """The result as plain JSON data (dates as ISO strings).

        >>> result = disability_discrimination_claim_deadline(datetime.date(2026, 3, 10),
        ...     today=datetime.date(2026, 3, 11), against="college").as_dict()
        >>> result["last_day"], result["forum"]
        ('2026-09-09', 'county-court')

        This is the "result" object the browser and the ``--json`` command line return.
        """
        def iso(day: datetime.date | None) -> str | None:
            return day.isoformat() if day else None

        provisions = []
        for step in self.steps:
            if step.provision not in provisions:
                provisions.append(step.provision)
        return {
            "conduct": iso(self.conduct),
            "against": self.against,
            "forum": self.forum,
            "today": iso(self.today),
            "corresponding_date": iso(self.corresponding_date),
            "last_day": iso(self.last_day),
            "arguable_last_day": iso(self.arguable_last_day),
            "last_day_not_working": self.last_day_not_working,
            "last_day_holiday": self.last_day_holiday,
            "last_working_day": iso(self.last_working_day),
            "outcome": self.outcome,
            "days_left": self.days_left,
            "steps": [step.as_dict() for step in self.steps],
            "notes": list(self.notes),
            "litigation_friend": self.litigation_friend,
            "provisions": [p.as_dict() for p in provisions],
        }


@cites(EQA_SCH_17_PARA_4, EQA_SCH_17_PARA_4_3, EQA_SCH_17_PARA_4_5, EQA_S118_1_A, EQA_S118_1_B,
       EQA_S114_1_C, EQA_S116, EQA_S118_6, EQA_2010_IN_FORCE, CPR_RULE_21_2)
def disability_discrimination_claim_deadline(
    conduct: datetime.date, *, today: datetime.date, against: str, under_18: str = ""
) -> DiscriminationClaimDeadline:
    """The last day of the 6 months starting with the conduct: the day before the corresponding date.

    ``against`` is "school" (the SEND Tribunal hears the claim), "college" or "other" (the
    County Court). No August or Christmas rule and no weekend roll-over apply; a last day that
    is not a working day is only noted. Where the 6th month is too short for the
    corresponding date, the earlier of the two possible readings is used and the later one is
    noted. A deadline that has passed is shown with the late-claim route, however long ago.

    Raises:
        UnknownAgainst: ``against`` is not one of AGAINST_ANSWERS.
        BeforeEqualityAct, DateInFuture: a date the calculator refuses.
        working_days.OutsideBankHolidayData: the last day is today or later, in a year the
            bank-holiday data does not cover, so we cannot say whether it is a working day.

    >>> result = disability_discrimination_claim_deadline(datetime.date(2026, 3, 10),
    ...     today=datetime.date(2026, 3, 11), against="school")
    >>> result.last_day, result.days_left, result.forum
    (datetime.date(2026, 9, 9), 183, 'send-tribunal')

    Conduct on 10 March: the 6 months include that day, so the last day is 9 September.
    """
    if against not in FORUM_FOR:
        raise UnknownAgainst(f"against must be one of {AGAINST_ANSWERS}")
    if under_18 not in UNDER_18_ANSWERS:
        raise ValueError(f"under_18 must be one of {UNDER_18_ANSWERS}")
    forum = FORUM_FOR[against]
    if conduct < EQUALITY_ACT_IN_FORCE:
        raise BeforeEqualityAct("conduct", conduct)
    require_not_after("conduct", conduct, today)

    steps: list[Step] = []
    notes: list[str] = []
    steps.append(Step("forum-" + forum.key, None, forum.jurisdiction[-1], {"against": against}))
    six_months_on = forum.limit.add(conduct)
    steps.append(Step("six-months-on", six_months_on, forum.limit.provision,
                      {"from": conduct, "months": forum.limit.amount}))
    last_day = six_months_on - datetime.timedelta(days=1)
    outcome, days_left = appeal_outcome(last_day, today)
    # A passed deadline needs no working-day lookup; a future one is never guessed.
    known = working_days.is_covered(last_day)
    if not known and outcome != "deadline-passed":
        working_days.require_covered(last_day, "conduct")
    steps.append(Step("day-before", last_day, forum.limit.provision, {}))
    arguable = None
    if not has_corresponding_day(conduct, forum.limit.amount):
        arguable = six_months_on
        notes.append("month-end-safe-reading")
        steps.append(Step("month-end-safe-reading", last_day, forum.limit.provision,
                          {"arguable_last_day": arguable}))

    not_working = working_days.non_working_reason(last_day) if known else None
    holiday = working_days.bank_holiday_name(last_day) if known else None
    if not_working:
        notes.append("last-day-not-a-working-day")
        steps.append(Step("no-roll-over", last_day, forum.limit.provision,
                          {"reason": not_working, "holiday": holiday}))
    if time_limit_window(last_day) is not None:
        notes.append("no-august-christmas-rule")
    notes.append("conduct-over-a-period")
    steps.append(Step("conduct-over-a-period", None, forum.over_a_period, {}))

    if outcome == "deadline-passed":
        steps.append(Step("late-claim", None, forum.late_claim, {"forum": forum.key}))
    friend = LITIGATION_FRIEND[under_18] if forum is COUNTY_COURT else ""
    if friend:
        steps.append(Step("litigation-friend", None, CPR_RULE_21_2, {"under_18": under_18}))
    return DiscriminationClaimDeadline(
        conduct=conduct,
        against=against,
        forum=forum.key,
        today=today,
        corresponding_date=six_months_on,
        last_day=last_day,
        arguable_last_day=arguable,
        last_day_not_working=not_working,
        last_day_holiday=holiday,
        last_working_day=_last_working_day(last_day) if known else None,
        outcome=outcome,
        days_left=days_left,
        steps=steps,
        notes=notes,
        litigation_friend=friend,
    )


def _last_working_day(last_day: datetime.date) -> datetime.date | None:
    """The last working day on or before ``last_day``; None if that is before the data starts
    (only possible for a deadline in early January 2015, long passed)."""
    try:
        return working_days.working_day_on_or_before(last_day)
    except working_days.OutsideBankHolidayData:
        return None
