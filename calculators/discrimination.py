"""The last day to bring a disability discrimination claim against a school (EqA 2010 Sch 17 para 4)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from . import working_days
from .appeal_deadline import appeal_outcome, time_limit_window
from .months import corresponding_date, has_corresponding_day
from .provisions import (
    EQA_SCH_17_PARA_4,
    EQA_SCH_17_PARA_4_3,
    EQA_SCH_17_PARA_4_5,
    cites,
)
from .scope import require_cfa_2014_regime, require_not_after
from .steps import Step

#: EqA 2010 Sch 17 para 4(1): "the period of 6 months starting with the date when the conduct ... occurred".
MONTHS_TO_BRING_CLAIM = 6

CITATIONS = {"MONTHS_TO_BRING_CLAIM": EQA_SCH_17_PARA_4}


@dataclass(frozen=True)
class DiscriminationClaimDeadline:
    """The last day for a disability discrimination claim, with its steps.

    ``last_day_not_working`` is "saturday", "sunday", "bank-holiday" or None; the date is
    never moved for it, so ``last_working_day`` (the last working day on or before it) is the
    safe day for the Tribunal to receive the claim. ``arguable_last_day`` is the
    later reading when month-end clipping made two readings possible (the earlier is used).
    """

    conduct: datetime.date
    today: datetime.date
    corresponding_date: datetime.date
    last_day: datetime.date
    arguable_last_day: datetime.date | None
    last_day_not_working: str | None
    last_day_holiday: str | None
    last_working_day: datetime.date
    outcome: str
    days_left: int
    steps: list[Step] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        """The result as plain JSON data (dates as ISO strings).

        >>> disability_discrimination_claim_deadline(datetime.date(2026, 3, 10),
        ...     today=datetime.date(2026, 3, 11)).as_dict()["last_day"]
        '2026-09-09'

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
            "provisions": [p.as_dict() for p in provisions],
        }


@cites(EQA_SCH_17_PARA_4, EQA_SCH_17_PARA_4_3, EQA_SCH_17_PARA_4_5)
def disability_discrimination_claim_deadline(
    conduct: datetime.date, *, today: datetime.date
) -> DiscriminationClaimDeadline:
    """The last day of the 6 months starting with the conduct: the day before the corresponding date.

    No August or Christmas rule and no weekend roll-over apply; a last day that is not a
    working day is only noted. Where the 6th month is too short for the corresponding date,
    the earlier of the two possible readings is used and the later one is noted.

    Raises:
        BeforeCfa2014Regime, DateInFuture: a date the calculator refuses.
        working_days.OutsideBankHolidayData: the last day is in a year the bank-holiday data
            does not cover, so we cannot say whether it is a working day.

    >>> result = disability_discrimination_claim_deadline(datetime.date(2026, 3, 10),
    ...     today=datetime.date(2026, 3, 11))
    >>> result.last_day, result.days_left
    (datetime.date(2026, 9, 9), 183)

    Conduct on 10 March: the 6 months include that day, so the last day is 9 September.
    """
    require_cfa_2014_regime("conduct", conduct)
    require_not_after("conduct", conduct, today)

    if conduct.year > working_days.covered_years()[-1]:
        working_days.require_covered(conduct, "conduct")
    steps: list[Step] = []
    notes: list[str] = []
    six_months_on = corresponding_date(conduct, MONTHS_TO_BRING_CLAIM)
    steps.append(Step("six-months-on", six_months_on, EQA_SCH_17_PARA_4,
                      {"from": conduct, "months": MONTHS_TO_BRING_CLAIM}))
    last_day = six_months_on - datetime.timedelta(days=1)
    working_days.require_covered(last_day, "conduct")
    steps.append(Step("day-before", last_day, EQA_SCH_17_PARA_4, {}))
    arguable = None
    if not has_corresponding_day(conduct, MONTHS_TO_BRING_CLAIM):
        arguable = six_months_on
        notes.append("month-end-safe-reading")
        steps.append(Step("month-end-safe-reading", last_day, EQA_SCH_17_PARA_4,
                          {"arguable_last_day": arguable}))

    not_working = working_days.non_working_reason(last_day)
    holiday = working_days.bank_holiday_name(last_day)
    if not_working:
        notes.append("last-day-not-a-working-day")
        steps.append(Step("no-roll-over", last_day, EQA_SCH_17_PARA_4,
                          {"reason": not_working, "holiday": holiday}))
    if time_limit_window(last_day) is not None:
        notes.append("no-august-christmas-rule")
    notes.append("conduct-over-a-period")
    steps.append(Step("conduct-over-a-period", None, EQA_SCH_17_PARA_4_5, {}))

    outcome, days_left = appeal_outcome(last_day, today)
    if outcome == "deadline-passed":
        steps.append(Step("late-claim", None, EQA_SCH_17_PARA_4_3, {}))
    return DiscriminationClaimDeadline(
        conduct=conduct,
        today=today,
        corresponding_date=six_months_on,
        last_day=last_day,
        arguable_last_day=arguable,
        last_day_not_working=not_working,
        last_day_holiday=holiday,
        last_working_day=working_days.working_day_on_or_before(last_day),
        outcome=outcome,
        days_left=days_left,
        steps=steps,
        notes=notes,
    )
