"""What the calculators cover (England, the CFA 2014 regime), and the domain errors they raise."""

from __future__ import annotations

import datetime

from .provisions import CFA_2014_PART_3, cites

#: Part 3 of the Children and Families Act 2014 came into force on 1 September 2014.
CFA_2014_IN_FORCE = datetime.date(2014, 9, 1)

CITATIONS = {"CFA_2014_IN_FORCE": CFA_2014_PART_3}

#: When the rules in this package were last checked against the law (not itself a legal rule).
RULES_LAST_CHECKED = "2026-11"
NOT_LEGAL_CONSTANTS = ("RULES_LAST_CHECKED",)

#: What the package does not model, as keys (wording.py turns them into sentences).
NOT_MODELLED = ("tribunal-discretion", "wales", "judicial-review", "complaints")
NOT_LEGAL_CONSTANTS += ("NOT_MODELLED",)


class DateError(ValueError):
    """A date the calculators refuse; ``field`` names the input and ``problem`` says why."""

    problem = "invalid"

    def __init__(self, field: str, day: datetime.date, detail: str = "") -> None:
        self.field = field
        self.day = day
        super().__init__(f"{field} {day.isoformat()}: {self.problem}{detail}")


class BeforeCfa2014Regime(DateError):
    """The date is before 1 September 2014, when the CFA 2014 regime began."""

    problem = "before 1 September 2014"


class DateInFuture(DateError):
    """The date is after today."""

    problem = "after today"


class DateOutOfOrder(DateError):
    """The date is before another date it must follow (e.g. certificate before decision).

    ``after`` names the input it must not be before ("decision_sent" unless said).
    """

    problem = "before the date it must follow"

    def __init__(self, field: str, day: datetime.date, after: str = "decision_sent") -> None:
        self.after = after
        super().__init__(field, day, f" ({after})")


@cites(CFA_2014_PART_3)
def require_cfa_2014_regime(field: str, day: datetime.date) -> None:
    """Refuse a date before 1 September 2014 (outside the CFA 2014 regime).

    >>> require_cfa_2014_regime("decision_sent", datetime.date(2014, 8, 31))
    Traceback (most recent call last):
    ...
    calculators.scope.BeforeCfa2014Regime: decision_sent 2014-08-31: before 1 September 2014

    Decisions made before then fall under the old SEN statements system, not modelled here.
    """
    if day < CFA_2014_IN_FORCE:
        raise BeforeCfa2014Regime(field, day)


@cites(CFA_2014_PART_3)
def require_not_after(field: str, day: datetime.date, today: datetime.date) -> None:
    """Refuse a date after today: the calculators work from things that have happened.

    >>> require_not_after("decision_sent", datetime.date(2026, 12, 1), datetime.date(2026, 11, 28))
    Traceback (most recent call last):
    ...
    calculators.scope.DateInFuture: decision_sent 2026-12-01: after today

    A letter cannot have been sent in the future.
    """
    if day > today:
        raise DateInFuture(field, day)
