"""The calculators, each declared once, and their browser entry points: a JSON string in, a JSON
string out, never an exception.

:data:`CALCULATORS` holds one record per calculator (its questions, its rule and wording, its
command-line name, the requests the build traces); :func:`answer` answers any of them by name, for
the page's worker, the command line and the build alike. The named functions (``certificate``,
``appeal_deadline``, ...) are the same answers, for the checks that call them by name.

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
import re
from collections.abc import Callable
from dataclasses import dataclass

from . import appeal_pack as _appeal_pack
from . import letters as _letters
from . import plan as _plan
from . import wording, wording_appeal_pack, wording_certificate, wording_deadlines, wording_plan, wording_timeline
from .appeal_deadline import sen_appeal_deadline
from .certificate import GROUND_KEYS, mediation_certificate_check  # noqa: F401 - tests sample the keys here
from .discrimination import EQUALITY_ACT_IN_FORCE, disability_discrimination_claim_deadline
from .scope import CFA_2014_IN_FORCE, RULES_LAST_CHECKED
from . import timeline as _timeline
from .questions import (AGAINST, CERTIFICATE_ISSUED, CHECKBOXES, CONDUCT, DATE, DECISION_SENT, FORMS, GROUNDS,
                        RADIOS, UNDER_18, Question)
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


#: "today" as the pages send it: an ASCII YYYY-MM-DD (not an ISO week date, not other digits).
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
#: More digits than any day, month or year has: "not a real date", never a number to convert.
_MOST_DIGITS = 9


_TODAY_ERROR = {"field": "today", "target": "", "message": wording.TODAY_MESSAGE}


def _today(data: dict[str, object]) -> datetime.date:
    value = data.get("today")
    if not isinstance(value, str) or not _ISO_DAY.fullmatch(value.strip()):
        raise _Errors([_TODAY_ERROR])
    try:
        return datetime.date.fromisoformat(value.strip())
    except ValueError:
        raise _Errors([_TODAY_ERROR]) from None


def _number(text: str) -> int | None:
    return int(text) if text.isascii() and text.isdigit() and len(text) <= _MOST_DIGITS else None


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
    unknown = sorted(str(part) for part in raw if part not in _PARTS)
    if unknown:
        errors.append(_error(field, "day", wording.unknown_date_part_message(field, unknown[0])))
        return None
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


def _coverage_error(error: OutsideBankHolidayData, default_field: str) -> _Errors:
    field = error.field or default_field
    return _Errors([_error(field, "day", wording.coverage_message(
        field, error.day.year, error.first_year, error.last_year))])


_IN_FORCE = {"cfa-2014": CFA_2014_IN_FORCE, "equality-act-2010": EQUALITY_ACT_IN_FORCE}


def _answers(data: dict[str, object], questions: tuple[Question, ...],
             also: tuple[str, ...] = ()) -> dict[str, object]:
    """Read and check the answers to ``questions`` (declared in :mod:`calculators.questions`).

    An answer no question has (a misspelt name) is refused by name, never dropped: leaving it
    out could change a date. Parses every question in form order, then checks the dates in the
    same order, so the error summary lists the problems as the form asks the questions. Dates
    come back as ``datetime.date`` or None, radios as their value, checkboxes as a list of values.
    ``also`` names the other keys the entry point reads itself ("kind").
    """
    known = {question.name for question in questions} | {"today", *also}
    unknown = sorted(str(key) for key in data if key not in known)
    if unknown:  # no input to link to: the target is empty
        raise _Errors([{"field": key, "target": "", "message": wording.unknown_answer_message(key)}
                       for key in unknown[:3]])
    errors: list[dict[str, str]] = []
    values: dict[str, object] = {}
    for question in questions:
        if question.kind == DATE:
            values[question.name] = _date_field(data, question.name, question.required, errors)
        elif question.kind == RADIOS:
            value = data.get(question.name, question.if_left_out)
            if not isinstance(value, str):
                raise _BadShape
            if value.strip() not in question.values + ("",):
                errors.append(_error(question.name, "", wording.unknown_option_message(question, value)))
                continue
            if not value.strip() and question.required:  # a radio error links to no input
                errors.append(_error(question.name, "", wording.SELECT_MESSAGES[question.name]))
            values[question.name] = value.strip()
        elif question.kind == CHECKBOXES:
            chosen = data.get(question.name, [])  # left out: nothing chosen (a required one then says so)
            if not isinstance(chosen, list) or not all(isinstance(c, str) for c in chosen):
                raise _BadShape
            strange = [c for c in chosen if c not in question.values]
            if strange:
                errors.append(_error(question.name, "", wording.unknown_option_message(question, strange[0])))
                continue
            if not chosen and question.required:
                errors.append(_error(question.name, "", wording.SELECT_MESSAGES[question.name]))
            values[question.name] = chosen
    if any(question.kind == DATE for question in questions):
        today = _today(data)
        decision = values.get("decision_sent")
        for question in questions:
            if question.kind == DATE:
                _check_date(question.name, values[question.name], today, errors,  # type: ignore[arg-type]
                            not_before=decision if question.after_decision else None,  # type: ignore[arg-type]
                            in_force=_IN_FORCE[question.in_force])
        wrong = {error["field"] for error in errors}
        for later, earlier in _timeline.ORDER:  # dates that must follow one another
            first, second = values.get(later), values.get(earlier)
            if (first is not None and second is not None and first < second  # type: ignore[operator]
                    and not {later, earlier} & wrong):
                errors.append(_error(later, "day", wording.not_before_message(later, earlier)))
        values["today"] = today
    if errors:
        raise _Errors(errors)
    if "today" in data:  # a calculator that reads no date still never takes a bad "today"
        _today(data)
    return values


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


# --- The calculators, each declared once ---------------------------------------------------------

@dataclass(frozen=True)
class Calculator:
    """One calculator: everything the page, the command line and the build need to know of it.

    Args:
        name: the name the page asks for (its form's ``data-calculator``) and the browser function's.
        questions: the questions it reads, in form order (errors are reported in this order).
        answer: the checked answers (dates as ``datetime.date``, "today" included) to the response's
            ``result`` and ``display``: the rule, then its wording.
        coverage_field: the date a "bank holidays not known that far" error names, when the rule
            does not name one itself.
        samples: requests (without "today") the build's import trace answers, so the trimmed
            standard library the site ships has every module an answer or an error needs.
        command: its command-line name ("python -m calculators COMMAND"), and ``help`` its line there.
        also: answers read besides the questions, each with its allowed values, checked first (a
            value the page never sends is "something went wrong"): the message's ``kind``.
    """

    name: str
    questions: tuple[Question, ...]
    answer: Callable[[dict[str, object]], dict[str, object]]
    coverage_field: str
    samples: tuple[dict[str, object], ...]
    command: str
    help: str
    also: tuple[tuple[str, tuple[str, ...]], ...] = ()


def answer(name: str, request: str) -> str:
    """The answer of the calculator called ``name``: a JSON string in, a JSON string out.

    >>> json.loads(answer("certificate", '{"grounds": ["c-iii"]}'))["result"]["certificate_required"]
    False

    A name no calculator has (a damaged page) is answered, never raised: "Something went wrong".

    >>> json.loads(answer("no-such-calculator", "{}"))["errors"][0]["message"]
    'Something went wrong. Reload the page and try again.'
    """
    calculator = CALCULATORS.get(name) if isinstance(name, str) else None

    def handle(data: dict[str, object]) -> dict[str, object]:
        if calculator is None:
            raise _BadShape
        for key, allowed in calculator.also:
            if data.get(key) not in allowed:
                raise _BadShape
        answers = _answers(data, calculator.questions, also=tuple(key for key, _ in calculator.also))
        answers.update((key, data[key]) for key, _ in calculator.also)
        try:
            return calculator.answer(answers)
        except OutsideBankHolidayData as error:
            raise _coverage_error(error, calculator.coverage_field) from None

    return _respond(handle, request)


def _certificate(answers: dict[str, object]) -> dict[str, object]:
    result = mediation_certificate_check(answers["grounds"])  # type: ignore[arg-type]
    return {"result": _with_scope(result.as_dict()), "display": wording_certificate.certificate_display(result)}


def _appeal_deadline(answers: dict[str, object]) -> dict[str, object]:
    result = sen_appeal_deadline(answers["decision_sent"], answers["certificate_issued"],  # type: ignore[arg-type]
                                 today=answers["today"])  # type: ignore[arg-type]
    return {"result": _with_scope(result.as_dict()), "display": wording_deadlines.appeal_display(result)}


def _discrimination_claim(answers: dict[str, object]) -> dict[str, object]:
    result = disability_discrimination_claim_deadline(
        answers["conduct"], today=answers["today"], against=answers["against"],  # type: ignore[arg-type]
        under_18=answers["under_18"])  # type: ignore[arg-type]
    return {"result": _with_scope(result.as_dict()), "display": wording_deadlines.discrimination_display(result)}


def _mediation_timeline(answers: dict[str, object]) -> dict[str, object]:
    situation = _plan.Situation(**answers)  # type: ignore[arg-type]
    result = situation.timeline()
    status = _plan.plan_status(situation, result)  # no grounds: a certificate is needed
    return {"result": _with_scope({**result.as_dict(), "status": status.status}),
            "display": wording_timeline.timeline_display(result, status)}


def _situation(answers: dict[str, object]) -> _plan.Situation:
    fields = {name: answers[name] for name in (
        "decision_sent", "today", "mediation_wanted", "health_included", "adviser_contacted",
        "la_told", "mediation_ended", "agreement_made", "certificate_issued", "appellant",
        "agreement_settles", "agreement_dates")}
    return _plan.Situation(grounds=tuple(answers["grounds"]), **fields)  # type: ignore[arg-type]


def _letter(answers: dict[str, object]) -> dict[str, object]:
    kind, situation = str(answers["kind"]), _situation(answers)
    # Mediation asked for, then declined, is a normal case (W1): only a mediation that took place
    # contradicts "no mediation".
    said_no = [field for field in ("mediation_ended", "agreement_made")
               if situation.mediation_wanted == "no" and getattr(situation, field) is not None]
    if said_no:  # answers that contradict each other: the plan never writes a message from them
        raise _Errors([_error(field, "day", wording.no_mediation_message(field)) for field in said_no])
    not_needed = _letters.why_not_needed(kind, situation)
    if not_needed is not None:
        reason, field = not_needed
        raise _Errors([_error(field, "" if field == "grounds" else "day",
                              wording_plan.LETTER_NOT_NEEDED_TEXT[reason])])
    try:
        message = _letters.letter(kind, situation)
    except _letters.LetterNotPossible as problem:
        field = _letters.NEEDS[problem.kind][0]
        raise _Errors([_error(field, "day", wording_plan.letter_needs_message(problem.kind))]) from None
    return {"result": message.as_dict(), "display": message.as_dict()}


def _plan_answer(answers: dict[str, object]) -> dict[str, object]:
    situation = _situation(answers)
    check = situation.certificate()
    status = _plan.plan_status(situation)
    now, later, planned = _plan.messages_needed(situation, status)
    messages = _letters.plan_letters(situation, status, now, later, planned)
    timeline = _plan.plan_timeline(situation, status, now, planned)
    letters = [message.as_dict() for message in messages]
    display = wording_plan.plan_display(check, timeline, letters,  # type: ignore[arg-type]
                                        situation.today, tuple(_plan.SENT_TODAY_EVENTS[kind] for kind in now),
                                        status, mediation=situation.mediation)
    status_data = status.as_dict()
    result: dict[str, object] = {
        "status": status_data.pop("status"),
        "last_day": status_data.pop("last_day"),
        "earliest_last_day": status_data.pop("earliest_last_day"),
        "messages": letters,
        "timeline": display["timeline"],
        "events": display["events"],
        "certificate": check.as_dict(),  # the plan's grounds are required: there is always a check
        "situation": status_data,
        "mediation_timeline": timeline.as_dict() if timeline else None,
    }
    return {"result": _with_scope(result), "display": display}


def _appeal_pack_answer(answers: dict[str, object]) -> dict[str, object]:
    situation = _situation(answers)
    if _appeal_pack.two_forms(situation.grounds):  # two decisions, two letters: one pack each
        raise _Errors([_error("grounds", "", wording_appeal_pack.TWO_FORMS_MESSAGE)])
    pack = _appeal_pack.appeal_pack(situation)
    questions = {key: wording_appeal_pack.question(key, situation.appellant) for key in pack.reasons}
    return {"result": _with_scope(pack.as_dict(questions)), "display": wording_appeal_pack.pack_display(pack)}


#: A date every calculator answers, and one with a slip in each part, for the requests the build traces.
_A_DATE = {"day": "1", "month": "9", "year": "2025"}
_SLIPS = {"day": "31", "month": "Febtember", "year": "20"}
_PLAN_DATES = ("decision_sent", "adviser_contacted", "la_told", "mediation_ended", "agreement_made")


#: Every calculator, in the command line's order.
CALCULATORS: dict[str, Calculator] = {calculator.name: calculator for calculator in (
    Calculator("appeal_deadline", (DECISION_SENT, CERTIFICATE_ISSUED), _appeal_deadline, "decision_sent",
               ({"decision_sent": _A_DATE, "certificate_issued": _A_DATE}, {"decision_sent": _SLIPS}),
               "appeal-deadline", "last day the Tribunal must receive an SEN appeal"),
    Calculator("discrimination_claim", (AGAINST, UNDER_18, CONDUCT), _discrimination_claim, "conduct",
               ({"conduct": _A_DATE, "against": "school"}, {"conduct": _SLIPS}),
               "discrimination-claim", "last day for a disability discrimination claim"),
    Calculator("certificate", (GROUNDS,), _certificate, "",
               ({"grounds": ["c-ii", "health-social-care"]}, {"grounds": []}),
               "certificate", "do I need a mediation certificate?"),
    Calculator("mediation_timeline", FORMS["mediation-timeline"].questions, _mediation_timeline, "decision_sent",
               ({**dict.fromkeys(("decision_sent", "la_told", "mediation_ended", "certificate_issued"), _A_DATE),
                 "mediation_wanted": "yes", "health_included": "yes"}, {"decision_sent": _SLIPS}),
               "timeline", "the mediation timeline"),
    Calculator("plan", FORMS["plan"].questions, _plan_answer, "decision_sent",
               ({**dict.fromkeys(_PLAN_DATES, _A_DATE),
                 "grounds": ["c-ii", "health-social-care", "disability-discrimination"],
                 "mediation_wanted": "yes", "health_included": "yes"}, {"decision_sent": _SLIPS}),
               "plan", "your plan: where you stand, your deadline, the timeline and the messages to send"),
    # One message: the plan's questions (what you disagree with decides which messages fit).
    Calculator("letter", FORMS["plan"].questions, _letter, "decision_sent",
               tuple({**dict.fromkeys(("decision_sent", "adviser_contacted", "la_told", "agreement_made"), _A_DATE),
                      "kind": kind, "grounds": ["c-ii"], "mediation_wanted": "yes"} for kind in _letters.KINDS),
               "letter", "a message to send, filled in with your dates", also=(("kind", _letters.KINDS),)),
    Calculator("appeal_pack", FORMS["appeal-pack"].questions, _appeal_pack_answer, "decision_sent",
               ({**dict.fromkeys(("decision_sent", "certificate_issued"), _A_DATE), "grounds": ["c-ii", "c-iii"]},
                {"decision_sent": _A_DATE, "grounds": ["a", "c-ii"]}),
               "appeal-pack", "prepare your appeal: the form, what to send with it, and the questions to answer"),
)}


_WARM_UP = ("appeal_deadline", json.dumps({"decision_sent": _A_DATE, "today": "2025-09-01"}))


def warm_up() -> None:
    """One throwaway answer, before the page says the calculator is ready.

    It loads the bank holidays and what a first answer imports (about 50-130 ms in Pyodide,
    scripts/bench), so the reader's first answer does not pay for them.
    """
    answer(*_WARM_UP)


# --- The browser functions (other checks call them by name) -------------------------------------

def certificate(request: str) -> str:
    """Do I need a mediation certificate? Request: ``{"grounds": ["c-ii", "c-iii"]}``.

    >>> json.loads(certificate('{"grounds": ["c-ii", "c-iii"]}'))["result"]["certificate_required"]
    True

    Section I (the school) together with section F (provision) needs a certificate.
    """
    return answer("certificate", request)


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
    return answer("appeal_deadline", request)


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
    return answer("discrimination_claim", request)


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
    ``display.timeline`` list has date, date_text, who, what, provision, url, kind.

    >>> response = json.loads(mediation_timeline(json.dumps({
    ...     "decision_sent": {"day": "4", "month": "1", "year": "2027"},
    ...     "adviser_contacted": {"day": "8", "month": "1", "year": "2027"},
    ...     "mediation_wanted": "no", "health_included": "",
    ...     "today": "2027-01-11"})))
    >>> [(row["date"], row["who"]) for row in response["display"]["timeline"]][2:4]
    [('2027-01-13', 'Mediation adviser'), ('2027-03-04', 'You')]

    The adviser must issue the certificate within 3 working days of Friday 8 January.
    """
    return answer("mediation_timeline", request)


def letter(request: str) -> str:
    """One message, filled in with the reader's dates.

    Request: ``{"kind": "adviser-contact", ...}`` with the plan's answers ("grounds" optional).
    The response's ``result`` has ``subject``, ``text``, ``provisions`` (and ``kind``, ``title``,
    ``to``, ``when``, ``notes``).

    >>> response = json.loads(letter(json.dumps({"kind": "adviser-contact",
    ...     "decision_sent": {"day": "4", "month": "1", "year": "2027"}, "grounds": ["c-ii"],
    ...     "mediation_wanted": "no", "today": "2027-01-11"})))
    >>> response["result"]["subject"]
    "I want to appeal: please send my mediation certificate ([Child's name])"

    Nothing about the child or the reader is asked: the message has placeholders for them.
    """
    return answer("letter", request)


def plan(request: str) -> str:
    """The whole plan: the reader's status, certificate, deadline, dated timeline and the messages to send.

    Request: the answers of the "Make your plan" form (as the timeline's, plus "grounds").
    The response's ``result`` has, at its top level, ``status`` (one of
    :data:`calculators.plan.STATUSES`), ``last_day`` (null while it waits on a certificate),
    ``earliest_last_day`` (D, while waiting or overdue), ``messages`` (each with ``kind`` and
    ``text``), and ``timeline`` and ``events`` as the page shows them. ``display`` has the
    answer as ``heading`` and ``answer``, ``certificate`` (the certificate answer),
    ``timeline``, ``steps``, ``messages`` and ``events`` (every dated step from today on, with
    reminder days).

    >>> response = json.loads(plan(json.dumps({
    ...     "decision_sent": {"day": "4", "month": "1", "year": "2027"}, "grounds": ["c-ii"],
    ...     "mediation_wanted": "yes", "today": "2027-01-11"})))
    >>> response["result"]["status"], response["display"]["answer"]
    ('in-time', 'Thursday 4 March 2027')

    2 months after Monday 4 January 2027 is Thursday 4 March, a working day.
    """
    return answer("plan", request)


def appeal_pack(request: str) -> str:
    """Prepare your appeal: the form, the documents to send, the plan's status and dates, the questions.

    Request: the plan's answers. The ``result`` has ``form`` ("SEND35" or "SEND35a"), ``attachments``,
    ``status``, ``last_day``, ``earliest_last_day`` (as the plan's) and ``reasons`` ({ground, question}).

    >>> response = json.loads(appeal_pack(json.dumps({"decision_sent": {"day": "4", "month": "1", "year": "2027"},
    ...     "grounds": ["a"], "today": "2027-01-11"})))
    >>> response["result"]["form"], response["result"]["attachments"]
    ('SEND35a', ['decision-letter', 'mediation-certificate', 'evidence'])
    """
    return answer("appeal_pack", request)
