"""The four browser entry points: a JSON string in, a JSON string out, never an exception.

All parsing, validation and error messages live here (wording in :mod:`calculators.wording`),
so the page's JavaScript only passes form values through and shows the answer.

Request: a JSON object of form values as typed. A date field is {"day", "month", "year"} (all
empty: not given), a checkbox group a list of values, a radio a string, and "today" the
reader's date as YYYY-MM-DD. A field name maps to HTML ids by "_" -> "-", with "-day",
"-month" and "-year" for a date's inputs.

Response: {"ok": true, "result": {...}, "display": {...}} where "result" is structured data
(ISO dates, outcome keys, provisions) and "display" the wording the page shows (outcome,
heading, answer, paragraphs, steps, notes, next_steps, calendar, timeline); or
{"ok": false, "errors": [{"field", "target", "message"}]}, in GOV.UK Design System wording,
"target" being the id of the first input to fix.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable

from . import wording
from .appeal_deadline import sen_appeal_deadline
from .certificate import GROUND_KEYS, mediation_certificate_check
from .discrimination import AGAINST_ANSWERS, EQUALITY_ACT_IN_FORCE, disability_discrimination_claim_deadline
from .scope import CFA_2014_IN_FORCE, RULES_LAST_CHECKED
from . import timeline as _timeline
from .timeline import HEALTH_ANSWERS, MEDIATION_ANSWERS
from .working_days import OutsideBankHolidayData

_MONTH_NAMES = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")), start=1) for name in names}
_PARTS = ("day", "month", "year")


class _BadShape(Exception):
    """The request is not something our form sends."""


class _Errors(Exception):
    def __init__(self, errors: list[dict[str, str]]) -> None:
        super().__init__(errors)
        self.errors = errors


def _error(field: str, part: str, message: str) -> dict[str, str]:
    target = field.replace("_", "-") + (f"-{part}" if part else "")
    return {"field": field, "target": target, "message": message}


def _object(request: str) -> dict[str, object]:
    if not isinstance(request, str):
        raise _BadShape
    try:
        data = json.loads(request)
    except (ValueError, RecursionError):
        raise _BadShape from None
    if not isinstance(data, dict):
        raise _BadShape
    return data


def _today(data: dict[str, object]) -> datetime.date:
    value = data.get("today")
    if not isinstance(value, str) or len(value.strip()) != 10:
        raise _BadShape
    try:
        return datetime.date.fromisoformat(value.strip())
    except ValueError:
        raise _BadShape from None


def _number(text: str) -> int | None:
    return int(text) if text.isascii() and text.isdigit() else None


def _month(text: str) -> int | None:
    number = _number(text)
    if number is not None:
        return number
    return _MONTH_NAMES.get(text.lower().rstrip("."))


def _date_field(data: dict[str, object], field: str, required: bool,
                errors: list[dict[str, str]]) -> datetime.date | None:
    """Parse one three-part date field; append a GOV.UK error and return None if it is wrong."""
    raw = data.get(field, {"day": "", "month": "", "year": ""} if not required else None)
    if not isinstance(raw, dict) or not all(isinstance(raw.get(part, ""), str) for part in _PARTS):
        raise _BadShape
    parts = {part: str(raw.get(part, "")).strip() for part in _PARTS}
    missing = [part for part in _PARTS if not parts[part]]
    if len(missing) == 3:
        if required:
            errors.append(_error(field, "day", wording.enter_date_message(field)))
        return None
    if missing:
        errors.append(_error(field, missing[0], wording.missing_parts_message(field, missing)))
        return None
    day, month, year = _number(parts["day"]), _month(parts["month"]), _number(parts["year"])
    if day is None or not 1 <= day <= 31:
        errors.append(_error(field, "day", wording.real_date_message(field)))
        return None
    if month is None or not 1 <= month <= 12:
        errors.append(_error(field, "month", wording.real_date_message(field)))
        return None
    if year is None or year < 1:
        errors.append(_error(field, "year", wording.real_date_message(field)))
        return None
    if len(parts["year"]) != 4:
        errors.append(_error(field, "year", wording.YEAR_FOUR_NUMBERS))
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        errors.append(_error(field, "day", wording.real_date_message(field)))
        return None


def _check_date(field: str, day: datetime.date | None, today: datetime.date,
                errors: list[dict[str, str]], not_before: datetime.date | None = None,
                in_force: datetime.date = CFA_2014_IN_FORCE) -> None:
    """Domain checks in GOV.UK order: not in the future, the law in force, after the decision."""
    if day is None:
        return
    if day > today:
        errors.append(_error(field, "day", wording.past_message(field)))
    elif day < in_force:
        message = (wording.equality_act_message(field) if in_force == EQUALITY_ACT_IN_FORCE
                   else wording.regime_message(field))
        errors.append(_error(field, "day", message))
    elif not_before is not None and day < not_before:
        errors.append(_error(field, "day", wording.after_decision_message(field)))


def _radio(data: dict[str, object], field: str, allowed: tuple[str, ...]) -> str:
    """A radio answer: one of ``allowed`` or "" (not answered); anything else is not our form."""
    value = data.get(field, "")
    if not isinstance(value, str) or value.strip() not in allowed + ("",):
        raise _BadShape
    return value.strip()


def _coverage_error(error: OutsideBankHolidayData, default_field: str) -> _Errors:
    field = error.field or default_field
    return _Errors([_error(field, "day", wording.coverage_message(
        field, error.day.year, error.first_year, error.last_year))])


def _respond(handler: Callable[[dict[str, object]], dict[str, object]], request: str) -> str:
    try:
        response = {"ok": True, **handler(_object(request))}
    except _Errors as problem:
        response = {"ok": False, "errors": problem.errors}
    except Exception:  # noqa: BLE001 - the contract: never raise, whatever the input
        response = {"ok": False, "errors": [
            {"field": "", "target": "", "message": wording.SOMETHING_WENT_WRONG}]}
    return json.dumps(response, ensure_ascii=False)


def _with_scope(result: dict[str, object]) -> dict[str, object]:
    return {**result, "rules_last_checked": RULES_LAST_CHECKED}


# --- Entry points ----------------------------------------------------------------------------

def certificate(request: str) -> str:
    """Do I need a mediation certificate? Request: ``{"grounds": ["c-ii", "c-iii"]}``.

    >>> json.loads(certificate('{"grounds": ["c-ii", "c-iii"]}'))["result"]["certificate_required"]
    True

    Section I (the school) together with section F (provision) needs a certificate.
    """
    def handle(data: dict[str, object]) -> dict[str, object]:
        grounds = data.get("grounds")
        if not isinstance(grounds, list) or not all(isinstance(g, str) for g in grounds):
            raise _BadShape
        if any(g not in GROUND_KEYS for g in grounds):
            raise _BadShape
        if not grounds:
            raise _Errors([_error("grounds", "", wording.LABELS["grounds"])])
        result = mediation_certificate_check(grounds)
        return {"result": _with_scope(result.as_dict()),
                "display": wording.certificate_display(result)}

    return _respond(handle, request)


def appeal_deadline(request: str) -> str:
    """When must the SEND Tribunal receive the appeal?

    Request: ``{"decision_sent": DATE, "certificate_issued": DATE (optional), "today": "YYYY-MM-DD"}``
    where DATE is ``{"day": "31", "month": "12", "year": "2026"}``.

    >>> response = json.loads(appeal_deadline(json.dumps({
    ...     "decision_sent": {"day": "31", "month": "Dec", "year": "2026"},
    ...     "certificate_issued": {"day": "", "month": "", "year": ""},
    ...     "today": "2027-01-04"})))
    >>> response["result"]["last_day"], response["display"]["answer"]
    ('2027-03-01', 'Monday 1 March 2027')

    2 months after 31 December 2026 is Sunday 28 February 2027, so the last day is Monday 1 March.
    """
    def handle(data: dict[str, object]) -> dict[str, object]:
        today = _today(data)
        errors: list[dict[str, str]] = []
        decision = _date_field(data, "decision_sent", True, errors)
        certificate_issued = _date_field(data, "certificate_issued", False, errors)
        _check_date("decision_sent", decision, today, errors)
        _check_date("certificate_issued", certificate_issued, today, errors,
                    not_before=decision)
        if errors or decision is None:
            raise _Errors(errors)
        try:
            result = sen_appeal_deadline(decision, certificate_issued, today=today)
        except OutsideBankHolidayData as error:
            raise _coverage_error(error, "decision_sent") from None
        return {"result": _with_scope(result.as_dict()), "display": wording.appeal_display(result)}

    return _respond(handle, request)


def discrimination_claim(request: str) -> str:
    """When must a disability discrimination claim be received, and by whom?

    Request: ``{"conduct": DATE, "against": "school" | "college" | "other", "today": "YYYY-MM-DD"}``
    ("against" is required: the SEND Tribunal hears claims against schools only).

    >>> response = json.loads(discrimination_claim(json.dumps({
    ...     "conduct": {"day": "10", "month": "3", "year": "2026"}, "against": "school",
    ...     "today": "2026-03-11"})))
    >>> response["result"]["last_day"], response["result"]["forum"]
    ('2026-09-09', 'send-tribunal')

    The 6 months start with the day of the discrimination, so they end the day before 10 September.
    """
    def handle(data: dict[str, object]) -> dict[str, object]:
        today = _today(data)
        against = _radio(data, "against", AGAINST_ANSWERS)
        errors: list[dict[str, str]] = []
        if not against:  # the form asks this first
            errors.append(_error("against", "", wording.LABELS["against"]))
        conduct = _date_field(data, "conduct", True, errors)
        _check_date("conduct", conduct, today, errors, in_force=EQUALITY_ACT_IN_FORCE)
        if errors or conduct is None:
            raise _Errors(errors)
        try:
            result = disability_discrimination_claim_deadline(conduct, today=today, against=against)
        except OutsideBankHolidayData as error:
            raise _coverage_error(error, "conduct") from None
        return {"result": _with_scope(result.as_dict()),
                "display": wording.discrimination_display(result)}

    return _respond(handle, request)


_TIMELINE_DATES = ("adviser_contacted", "la_told", "mediation_ended", "certificate_issued",
                   "agreement_made")


def mediation_timeline(request: str) -> str:
    """Who must act by when in the mediation process, and the resulting appeal deadline.

    Request fields (dates are ``{"day", "month", "year"}`` objects; all but decision_sent
    and today may be left empty or left out):

    - ``decision_sent``: date on the decision letter (required).
    - ``adviser_contacted``: date you contacted the mediation adviser.
    - ``mediation_wanted``: radio, "yes", "no" or "" (not answered).
    - ``la_told``: date you told the local authority you want mediation.
    - ``health_included``: radio, "no", "yes" (health with other things), "only" (health
      only) or "" (not answered).
    - ``mediation_ended``: date the mediation ended.
    - ``certificate_issued``: date on the mediation certificate.
    - ``agreement_made``: date of the mediation agreement.
    - ``today``: "YYYY-MM-DD".

    The response's ``result`` has ``items`` (date, who, what, kind, confidence, provision),
    ``appeal`` (the appeal deadline result), ``estimated_last_day`` and ``notes``; the
    ``display.timeline`` list has date, date_text, who, what, provision, url, kind, confidence.

    >>> response = json.loads(mediation_timeline(json.dumps({
    ...     "decision_sent": {"day": "4", "month": "1", "year": "2027"},
    ...     "adviser_contacted": {"day": "8", "month": "1", "year": "2027"},
    ...     "mediation_wanted": "no", "health_included": "",
    ...     "today": "2027-01-11"})))
    >>> [(row["date"], row["who"]) for row in response["display"]["timeline"]][2:4]
    [('2027-01-13', 'Mediation adviser'), ('2027-03-04', 'You')]

    The adviser must issue the certificate within 3 working days of Friday 8 January.
    """
    def handle(data: dict[str, object]) -> dict[str, object]:
        today = _today(data)
        radios = {name: _radio(data, name, allowed) for name, allowed in (
            ("mediation_wanted", MEDIATION_ANSWERS), ("health_included", HEALTH_ANSWERS))}
        errors: list[dict[str, str]] = []
        decision = _date_field(data, "decision_sent", True, errors)
        others = {name: _date_field(data, name, False, errors) for name in _TIMELINE_DATES}
        _check_date("decision_sent", decision, today, errors)
        for name, day in others.items():
            _check_date(name, day, today, errors, not_before=decision)
        wrong = {error["field"] for error in errors}
        for later, earlier in _timeline.ORDER:
            first, second = others[later], others[earlier]
            if (first is not None and second is not None and first < second
                    and not {later, earlier} & wrong):
                errors.append(_error(later, "day", wording.not_before_message(later, earlier)))
        if errors or decision is None:
            raise _Errors(errors)
        try:
            result = _timeline.mediation_timeline(decision, today=today, **others, **radios)
        except OutsideBankHolidayData as error:
            raise _coverage_error(error, "decision_sent") from None
        return {"result": _with_scope(result.as_dict()), "display": wording.timeline_display(result)}

    return _respond(handle, request)

