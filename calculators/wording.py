"""The words every result shares, and every error message: dates written out, the scope, where to get help.

Plain English in GOV.UK style, for parents under stress: short sentences, dates written out
("Monday 1 March 2027"), no Latin. Each result's own words are beside it: ``wording_deadlines``
(the appeal and the discrimination claim), ``wording_certificate``, ``wording_timeline`` and
``wording_plan``. Wording only words: the rules decide, these modules say what they decided.
"""

from __future__ import annotations

import datetime

from .questions import DATE, QUESTIONS, Question
from .display import WorkingsStep
from .provisions import Provision
from .scope import RULES_LAST_CHECKED


#: Where the answers apply; :data:`SCOPE_TEXT` adds what they cannot tell ("Prepare your appeal" words
#: that last sentence for a reader who is in time).
SCOPE_WHERE_TEXT = ("This covers England only, for decisions made on or after 1 September 2014. It does not "
                    "cover Wales, complaints or judicial review.")
SCOPE_TEXT = SCOPE_WHERE_TEXT + " It cannot tell you if the Tribunal will give you more time."
SENDIASS_TEXT = ("For free, impartial help, contact your local SENDIASS. It is the information, "
                 "advice and support service for special educational needs and disabilities.")

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def date_text(day: datetime.date) -> str:
    """A date as GOV.UK writes it, with the day of the week.

    >>> date_text(datetime.date(2027, 3, 1))
    'Monday 1 March 2027'

    No ordinals ("1st") and no leading zeros.
    """
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def month_text(month: str) -> str:
    """A "YYYY-MM" month as GOV.UK writes it.

    >>> month_text("2026-11")
    'November 2026'

    Used for the date the rules were last checked (calculators/law_checked.json).
    """
    return f"{MONTH_NAMES[int(month[5:7]) - 1]} {month[:4]}"


RULES_LAST_CHECKED_TEXT = f"These rules were last checked in {month_text(RULES_LAST_CHECKED)}."


def iso_date(value: object) -> datetime.date:
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value))


def days_left_text(days_left: int) -> str:
    if days_left == 1:
        return "Today is the last day."
    return f"You have {days_left} days left, counting today."


def non_working_text(reason: str | None, holiday: str | None) -> str:
    if reason in ("saturday", "sunday"):
        return "not a working day"  # the date text already names the day of the week
    return f"a bank holiday ({holiday})" if holiday else "a bank holiday"


def workings_step(text: str, provision: Provision) -> WorkingsStep:
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


