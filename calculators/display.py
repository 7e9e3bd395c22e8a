"""The shape of a "display": what the wording modules hand the page, the command line and the tests.

Every calculator's answer has the same parts (see :mod:`calculators.browser`'s response); the page
(``docs/javascripts/calculators.js``) renders an answer by which parts it has, never by calculator
name. These types name those parts, so a wording module and a reader of it agree on the shape.
"""

from __future__ import annotations

from typing import TypedDict


class WorkingsStep(TypedDict):
    """One step of "How this was worked out": a sentence and the provision behind it."""

    text: str
    provision: str
    url: str


class TimelineRow(TypedDict):
    """One dated row: who must do what by then (or what happened then)."""

    date: str            # YYYY-MM-DD
    date_text: str       # "Monday 1 March 2027"
    who: str
    what: str
    provision: str
    url: str
    kind: str            # "event", "deadline" or "estimate"


class CalendarEntry(TypedDict):
    """One entry of a calendar file, with its reminders (days before, at 9am)."""

    date: str
    summary: str
    description: str
    reminders: list[int]


class Display(TypedDict):
    """Every calculator's answer: the date or yes/no first, then why, then what to do."""

    outcome: str
    heading: str
    answer: str
    paragraphs: list[str]
    steps: list[WorkingsStep]
    notes: list[str]
    next_steps: list[str]
    calendar: CalendarEntry | None
    timeline: list[TimelineRow]


class CertificateAnswer(TypedDict):
    """The plan's "Do you need a mediation certificate?" part."""

    heading: str
    answer: str
    steps: list[WorkingsStep]
    paragraphs: list[str]


class PlanDisplay(Display):
    """The plan: a display, with the certificate answer, the messages and every dated event."""

    announcement: str
    certificate: CertificateAnswer | None
    messages: list[dict[str, object]]   # each message's as_dict() (calculators.letter_parts.Letter)
    events: list[CalendarEntry]
