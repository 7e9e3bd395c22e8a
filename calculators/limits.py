"""Every time limit the calculators count, written once: its amount, its unit and the law that sets it.

A rule counts a limit with :meth:`Limit.add`; wording and messages say it with :attr:`Limit.text`
("3 working days"), so no module retypes a number and a limit's words cannot drift from its value.
Each limit carries the provision it comes from, so the citations test walks them all.
(OpenFisca's parameters do the same: a value with its unit and its legal reference.)
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from .months import corresponding_date
from .provisions import (
    EQA_S118_1_A,
    EQA_SCH_17_PARA_4,
    HESC_RULE_20_1_C_I,
    HESC_RULE_20_1_C_II,
    SEND_REGS_REG_33,
    SEND_REGS_REG_34,
    SEND_REGS_REG_42,
    SEND_REGS_REG_42_4,
    SEND_REGS_REG_44,
    SEND_REGS_REGS_34_41,
    Provision,
)
from .working_days import add_working_days

MONTHS = "months"
WEEKS = "weeks"
DAYS = "days"              # calendar days: every day counts, weekends and bank holidays too
WORKING_DAYS = "working days"
#: Each unit's name for one and for more than one.
_NAMES = {MONTHS: ("month", "months"), WEEKS: ("week", "weeks"), DAYS: ("day", "days"),
          WORKING_DAYS: ("working day", "working days")}


@dataclass(frozen=True)
class Limit:
    """A time limit: so many months, weeks, days or working days, as one provision sets it.

    >>> ADVISER_CERTIFICATE.text, ADVISER_CERTIFICATE.provision.citation
    ('3 working days', 'SEND Regulations 2014, regulation 34')
    >>> HEALTH_BODY_TELLS_LA.text
    '1 week'
    >>> ADVISER_CERTIFICATE.add(datetime.date(2027, 1, 8))  # Friday: Monday, Tuesday, Wednesday
    datetime.date(2027, 1, 13)
    """

    amount: int
    unit: str
    provision: Provision

    @property
    def text(self) -> str:
        """The limit as a reader reads it: "2 months", "1 week", "30 days", "3 working days"."""
        return f"{self.amount} {_NAMES[self.unit][self.amount != 1]}"

    def add(self, day: datetime.date) -> datetime.date:
        """The day this limit after ``day`` ends on, before any rule about when it may end.

        Months end on the corresponding date (the last day of a shorter month); working days skip
        weekends and bank holidays in England and Wales.

        >>> APPEAL_AFTER_DECISION.add(datetime.date(2026, 12, 31))
        datetime.date(2027, 2, 28)
        """
        if self.unit == MONTHS:
            return corresponding_date(day, self.amount)
        if self.unit == WORKING_DAYS:
            return add_working_days(day, self.amount)
        return day + datetime.timedelta(days=self.amount * (7 if self.unit == WEEKS else 1))


# --- Appealing to the SEND Tribunal ---------------------------------------------------------------
#: HESC r.20(1)(c)(i): "within 2 months after written notice of the decision ... was sent".
APPEAL_AFTER_DECISION = Limit(2, MONTHS, HESC_RULE_20_1_C_I)
#: HESC r.20(1)(c)(ii): "within 1 month from the date of issue of the mediation certificate".
APPEAL_AFTER_CERTIFICATE = Limit(1, MONTHS, HESC_RULE_20_1_C_II)

# --- Mediation (SEND Regulations 2014, Part 2) ----------------------------------------------------
#: reg 33: contact the mediation adviser "within 2 months after written notice ... was sent".
CONTACT_ADVISER = Limit(2, MONTHS, SEND_REGS_REG_33)
#: You tell the adviser you do not want mediation: certificate within 3 working days (MED).
ADVISER_CERTIFICATE = Limit(3, WORKING_DAYS, SEND_REGS_REG_34)
#: You tell the local authority you want mediation: mediation arranged within 30 (calendar) days (MED).
MEDIATION_ARRANGED = Limit(30, DAYS, SEND_REGS_REGS_34_41)
#: Mediation includes health: the local authority tells the health body within 3 working days (MED).
LA_TELLS_HEALTH_BODY = Limit(3, WORKING_DAYS, SEND_REGS_REGS_34_41)
#: Mediation cannot be arranged in 30 days: certificate within 3 working days of the adviser being told (MED).
DEEMED_CERTIFICATE = Limit(3, WORKING_DAYS, SEND_REGS_REGS_34_41)
#: At least 5 working days' notice of the mediation, unless you agree to less (MED).
NOTICE_OF_MEDIATION = Limit(5, WORKING_DAYS, SEND_REGS_REGS_34_41)
#: Mediation ends: the mediator issues the certificate within 3 working days (MED).
MEDIATOR_CERTIFICATE = Limit(3, WORKING_DAYS, SEND_REGS_REGS_34_41)
#: reg 42(3): anything agreed that is not an appealable matter is done within 2 weeks.
AGREED_OTHER_MATTERS = Limit(2, WEEKS, SEND_REGS_REG_42)
#: reg 42(4): if the local authority was not a party, the health body tells it within 1 week.
HEALTH_BODY_TELLS_LA = Limit(1, WEEKS, SEND_REGS_REG_42_4)
#: reg 44's time limits, from the date of the agreement, applied by reg 42(2) "as if" the agreement
#: were a Tribunal order (rows (2)(a)-(c) read in a verbatim copy; others MED); 0 weeks: at once.
REG_44_TIME_LIMITS: tuple[tuple[str, Limit], ...] = tuple((what, Limit(weeks, WEEKS, SEND_REGS_REG_44)) for what, weeks in (
    ("cease-to-maintain-at-once", 0),
    ("continue-to-maintain-at-once", 0),
    ("assessment-tell-you", 2),
    ("amend-section-i-only", 2),
    ("make-plan-draft", 5),
    ("amend-special-educational-provision", 5),
    ("assessment-decide-no-plan", 10),
    ("make-plan-final", 11),
    ("assessment-finalise-plan", 14),
))
#: Each reg 44 row's limit, by the row.
REG_44 = dict(REG_44_TIME_LIMITS)

# --- Disability discrimination claims (Equality Act 2010) -----------------------------------------
#: Sch 17 para 4(1): "the period of 6 months starting with the date when the conduct ... occurred".
CLAIM_TO_TRIBUNAL = Limit(6, MONTHS, EQA_SCH_17_PARA_4)
#: s.118(1)(a): "the period of 6 months starting with the date of the act" (the County Court).
CLAIM_TO_COUNTY_COURT = Limit(6, MONTHS, EQA_S118_1_A)


def all_limits() -> dict[str, Limit]:
    """Every limit, by its name here (the reg 44 rows by theirs), for the citations test.

    >>> all_limits()["CONTACT_ADVISER"].amount
    2
    """
    found = {name: value for name, value in globals().items() if isinstance(value, Limit)}
    return {**found, **{f"REG_44_TIME_LIMITS {what}": limit for what, limit in REG_44_TIME_LIMITS}}
