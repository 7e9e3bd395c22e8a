"""The last day the SEND Tribunal must receive an SEN appeal (HESC Rules 2008 rules 20(1)(c) and 12)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from . import working_days
from .limits import APPEAL_AFTER_CERTIFICATE, APPEAL_AFTER_DECISION, CONTACT_ADVISER
from .months import has_corresponding_day
from .provisions import (
    HESC_RULE_5_3_A,
    HESC_RULE_12_1,
    HESC_RULE_12_2,
    HESC_RULE_12_3_A,
    HESC_RULE_20_1_C,
    HESC_RULE_20_1_C_I,
    HESC_RULE_20_1_C_II,
    Provision,
    cites,
)
from .scope import DateOutOfOrder, require_cfa_2014_regime, require_not_after
from .steps import Step

#: HESC r.12(3)(a): an end date "on any day in August" moves to after 31 August.
AUGUST = 8
#: HESC r.12(3)(a): an end date "from 25th December to 1st January inclusive" moves to after 1 January.
CHRISTMAS_WINDOW_FIRST_DAY = (12, 25)
CHRISTMAS_WINDOW_LAST_DAY = (1, 1)

CITATIONS = {
    "AUGUST": HESC_RULE_12_3_A,
    "CHRISTMAS_WINDOW_FIRST_DAY": HESC_RULE_12_3_A,
    "CHRISTMAS_WINDOW_LAST_DAY": HESC_RULE_12_3_A,
}


@dataclass(frozen=True)
class AppealDeadline:
    """Everything worked out for one SEN appeal deadline, step by step.

    ``outcome`` is "in-time", "last-day-today" or "deadline-passed"; ``window_rule`` is None,
    "next-working-day", "august" or "christmas-new-year"; ``open_edge`` holds the later,
    arguable date when the safe (earlier) reading was chosen at a window edge.
    ``contact_mediation_adviser_by`` is the reg 33 date (2 months, never moved: the SEND
    Regulations have no roll-over rule); ``contact_mediation_adviser_working_day`` is the last
    working day on or before it, the safe day to call (None outside the bank-holiday data).
    """

    decision_sent: datetime.date
    certificate_issued: datetime.date | None
    today: datetime.date
    two_month_point: datetime.date
    one_month_point: datetime.date | None
    period_end: datetime.date
    counted_from: str
    last_day: datetime.date
    window_rule: str | None
    open_edge: dict[str, object] | None
    outcome: str
    days_left: int
    contact_mediation_adviser_by: datetime.date
    contact_mediation_adviser_working_day: datetime.date | None
    steps: list[Step] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def contact_date_passed(self) -> bool:
        """reg 33's 2 months to contact the mediation adviser have ended: today is after their last day.

        >>> sen_appeal_deadline(datetime.date(2027, 1, 4), today=datetime.date(2027, 3, 4)).contact_date_passed
        False
        >>> sen_appeal_deadline(datetime.date(2027, 1, 4), today=datetime.date(2027, 3, 5)).contact_date_passed
        True
        """
        return self.today > self.contact_mediation_adviser_by

    def as_dict(self) -> dict[str, object]:
        """The result as plain JSON data (dates as ISO strings).

        >>> sen_appeal_deadline(datetime.date(2026, 12, 31), today=datetime.date(2027, 1, 4)).as_dict()["last_day"]
        '2027-03-01'

        This is the "result" object the browser and the ``--json`` command line return.
        """
        def iso(day: datetime.date | None) -> str | None:
            return day.isoformat() if day else None

        return {
            "decision_sent": iso(self.decision_sent),
            "certificate_issued": iso(self.certificate_issued),
            "today": iso(self.today),
            "two_month_point": iso(self.two_month_point),
            "one_month_point": iso(self.one_month_point),
            "period_end": iso(self.period_end),
            "counted_from": self.counted_from,
            "last_day": iso(self.last_day),
            "window_rule": self.window_rule,
            "open_edge": ({k: iso(v) if isinstance(v, datetime.date) else v
                           for k, v in self.open_edge.items()} if self.open_edge else None),
            "outcome": self.outcome,
            "days_left": self.days_left,
            "contact_mediation_adviser_by": iso(self.contact_mediation_adviser_by),
            "contact_mediation_adviser_working_day": iso(self.contact_mediation_adviser_working_day),
            "steps": [step.as_dict() for step in self.steps],
            "notes": list(self.notes),
            "provisions": [p.as_dict() for p in _provisions(self.steps)],
        }


def _provisions(steps: list[Step]) -> list[Provision]:
    seen: list[Provision] = []
    for step in steps:
        if step.provision not in seen:
            seen.append(step.provision)
    return seen


@cites(HESC_RULE_12_3_A)
def time_limit_window(day: datetime.date) -> str | None:
    """Which rule 12(3)(a) window ``day`` falls in: "august", "christmas-new-year" or None.

    >>> time_limit_window(datetime.date(2026, 12, 25)), time_limit_window(datetime.date(2026, 12, 24))
    ('christmas-new-year', None)

    The Christmas window runs from 25 December to 1 January inclusive; August is the whole month.
    """
    if day.month == AUGUST:
        return "august"
    if (day.month, day.day) >= CHRISTMAS_WINDOW_FIRST_DAY or (day.month, day.day) <= CHRISTMAS_WINDOW_LAST_DAY:
        return "christmas-new-year"
    return None


@cites(HESC_RULE_12_3_A)
def end_of_window(day: datetime.date) -> datetime.date:
    """The last day of the rule 12(3)(a) window containing ``day`` (31 August or 1 January).

    >>> end_of_window(datetime.date(2026, 12, 28))
    datetime.date(2027, 1, 1)

    An appeal whose time ends in the window is in time on the first working day after this date.
    """
    window = time_limit_window(day)
    if window == "august":
        return datetime.date(day.year, AUGUST, 31)
    if window == "christmas-new-year":
        year = day.year + 1 if day.month == 12 else day.year
        return datetime.date(year, *CHRISTMAS_WINDOW_LAST_DAY)
    raise ValueError(f"{day.isoformat()} is not in an August or Christmas window")


@cites(HESC_RULE_20_1_C_I, HESC_RULE_20_1_C_II, HESC_RULE_12_2, HESC_RULE_12_3_A, HESC_RULE_5_3_A)
def sen_appeal_deadline(
    decision_sent: datetime.date,
    certificate_issued: datetime.date | None = None,
    *,
    today: datetime.date,
) -> AppealDeadline:
    """The last day the Tribunal must receive an SEN appeal, with every step and its provision.

    Args:
        decision_sent: the date written notice of the decision was sent (the date on the
            letter, or the date it was actually sent if earlier; never the date received).
        certificate_issued: the date of issue of the mediation certificate, if there is one.
        today: today's date, for the days left.

    Raises:
        BeforeCfa2014Regime, DateInFuture, DateOutOfOrder: a date the calculator refuses.
        working_days.OutsideBankHolidayData: the deadline needs bank holidays we do not have.

    >>> result = sen_appeal_deadline(datetime.date(2026, 12, 31), today=datetime.date(2027, 1, 4))
    >>> result.two_month_point, result.last_day, result.days_left
    (datetime.date(2027, 2, 28), datetime.date(2027, 3, 1), 57)

    31 December 2026 plus 2 months is Sunday 28 February 2027, so the appeal is in time on Monday 1 March.
    """
    require_cfa_2014_regime("decision_sent", decision_sent)
    require_not_after("decision_sent", decision_sent, today)
    if certificate_issued is not None:
        if certificate_issued < decision_sent:
            raise DateOutOfOrder("certificate_issued", certificate_issued)
        require_not_after("certificate_issued", certificate_issued, today)

    last_covered_year = working_days.covered_years()[-1]
    for name, day in (("decision_sent", decision_sent), ("certificate_issued", certificate_issued)):
        if day is not None and day.year > last_covered_year:
            working_days.require_covered(day, name)
    try:
        return _sen_appeal_deadline(decision_sent, certificate_issued, today)
    except working_days.OutsideBankHolidayData as error:
        counted_from_certificate = certificate_issued is not None and APPEAL_AFTER_CERTIFICATE.add(
            certificate_issued) > APPEAL_AFTER_DECISION.add(decision_sent)
        error.field = "certificate_issued" if counted_from_certificate else "decision_sent"
        raise


def _sen_appeal_deadline(
    decision_sent: datetime.date, certificate_issued: datetime.date | None, today: datetime.date
) -> AppealDeadline:
    steps: list[Step] = []
    notes: list[str] = []

    two_month_point = APPEAL_AFTER_DECISION.add(decision_sent)
    steps.append(Step("two-month-point", two_month_point, HESC_RULE_20_1_C_I,
                      {"from": decision_sent, "months": APPEAL_AFTER_DECISION.amount}))
    if not has_corresponding_day(decision_sent, APPEAL_AFTER_DECISION.amount):
        steps.append(Step("month-end-clipped", two_month_point, HESC_RULE_20_1_C,
                          {"day_number": decision_sent.day}))

    one_month_point = None
    period_end, counted_from = two_month_point, "decision"
    if certificate_issued is not None:
        one_month_point = APPEAL_AFTER_CERTIFICATE.add(certificate_issued)
        steps.append(Step("one-month-after-certificate", one_month_point, HESC_RULE_20_1_C_II,
                          {"from": certificate_issued, "months": APPEAL_AFTER_CERTIFICATE.amount}))
        if not has_corresponding_day(certificate_issued, APPEAL_AFTER_CERTIFICATE.amount):
            steps.append(Step("month-end-clipped", one_month_point, HESC_RULE_20_1_C,
                              {"day_number": certificate_issued.day}))
        if one_month_point > two_month_point:
            period_end, counted_from = one_month_point, "certificate"
        steps.append(Step("later-of", period_end, HESC_RULE_20_1_C_II,
                          {"counted_from": counted_from}))
        if counted_from == "decision":
            notes.append("certificate-did-not-extend")

    window = time_limit_window(period_end)
    open_edge = None
    if window is not None:
        window_rule: str | None = window
        last_day = working_days.first_working_day_after(end_of_window(period_end))
        steps.append(Step("window-" + window, last_day, HESC_RULE_12_3_A,
                          {"period_end": period_end, "window_end": end_of_window(period_end)}))
    else:
        reason = working_days.non_working_reason(period_end)
        if reason is None:
            window_rule, last_day = None, period_end
            steps.append(Step("working-day", last_day, HESC_RULE_12_2, {}))
        else:
            window_rule = "next-working-day"
            last_day = working_days.working_day_on_or_after(period_end)
            steps.append(Step("next-working-day", last_day, HESC_RULE_12_2, {
                "period_end": period_end, "reason": reason,
                "holiday": working_days.bank_holiday_name(period_end)}))
            if time_limit_window(last_day) is not None:
                open_edge = _open_window_edge(last_day)
                notes.append("window-edge-safe-reading")
                steps.append(Step("window-edge-safe-reading", last_day, HESC_RULE_12_3_A,
                                  dict(open_edge)))

    steps.append(Step("receive-by-5pm", last_day, HESC_RULE_12_1, {}))
    contact_by = CONTACT_ADVISER.add(decision_sent)
    try:
        contact_working_day: datetime.date | None = working_days.working_day_on_or_before(contact_by)
    except working_days.OutsideBankHolidayData:
        contact_working_day = None
    outcome, days_left = appeal_outcome(last_day, today)
    if outcome == "deadline-passed":
        steps.append(Step("late-appeal", None, HESC_RULE_5_3_A, {}))
    return AppealDeadline(
        decision_sent=decision_sent,
        certificate_issued=certificate_issued,
        today=today,
        two_month_point=two_month_point,
        one_month_point=one_month_point,
        period_end=period_end,
        counted_from=counted_from,
        last_day=last_day,
        window_rule=window_rule,
        open_edge=open_edge,
        outcome=outcome,
        days_left=days_left,
        contact_mediation_adviser_by=contact_by,
        contact_mediation_adviser_working_day=contact_working_day,
        steps=steps,
        notes=notes,
    )


def _open_window_edge(safe_last_day: datetime.date) -> dict[str, object]:
    """The later, arguable date for a period that ended just before a window (safe reading kept)."""
    window = time_limit_window(safe_last_day)
    try:
        arguable = working_days.first_working_day_after(end_of_window(safe_last_day))
    except working_days.OutsideBankHolidayData:
        arguable = None
    return {"window": window, "safe_last_day": safe_last_day, "arguable_last_day": arguable}


@cites(HESC_RULE_5_3_A)
def appeal_outcome(last_day: datetime.date, today: datetime.date) -> tuple[str, int]:
    """The outcome key and the days left counting today (0 once the deadline has passed).

    >>> appeal_outcome(datetime.date(2027, 3, 1), datetime.date(2027, 3, 1))
    ('last-day-today', 1)
    >>> appeal_outcome(datetime.date(2027, 3, 1), datetime.date(2027, 3, 2))
    ('deadline-passed', 0)

    After the last day the Tribunal can still be asked to accept a late appeal (rule 5(3)(a)).
    """
    if today > last_day:
        return "deadline-passed", 0
    days_left = (last_day - today).days + 1
    return ("last-day-today" if days_left == 1 else "in-time"), days_left
