"""The plan over the whole grid of situations: invariants that must hold in every state a reader can be in.

Not a handful of examples: the grounds in the classes the plan depends on (refusal to assess,
other decisions, plan contents, section I alone, section I with others, health, discrimination,
something else) plus each single ground; the full product of the mediation answer x adviser
contact (none, in time, on the reg 33 date, late) x certificate (none, before, after mediation) x
today (before, on and after the 2-month date, D and the last day); and every combination of the
rest (health answer x what happened in mediation x agreement x decision date), spread over the
grid so each pair meets. Only dates that make sense are asked (the local authority told, mediation
ended and an agreement only with mediation "yes"; nothing after today).

The expected status comes from an oracle written here from W1 (legal-rules-waiting-and-young-people.md),
using only the appeal-deadline rule (HESC r.20(1)(c), r.12) that its own tables prove.

Sizes: the full grid in CPython (scripts/test), a seeded sample of 2,000 inside Pyodide, and a
fixed sample of 200 under mutation testing (HYPOTHESIS_PROFILE=calculators-mutate), where every
mutant runs it again.
"""

from __future__ import annotations

import datetime
import itertools
import json
import os
import random
import re
import sys

import pytest
from hypothesis import given, strategies as st

from calculators import browser
from calculators.appeal_deadline import sen_appeal_deadline
from calculators.months import corresponding_date
from calculators.plan import STATUSES
from calculators.working_days import add_working_days

D = datetime.date
DAY = datetime.timedelta(days=1)

#: The ground classes the plan depends on, then each single ground (duplicates dropped).
GROUND_SETS = list(dict.fromkeys([
    ("a",), ("b", "d", "e", "f"), ("c-i", "c-ii"), ("c-iii",), ("c-iii", "c-iv"), ("c-ii", "c-iii"),
    ("c-ii", "health-social-care"), ("a", "health-social-care"), ("c-iii", "health-social-care"),
    ("disability-discrimination",), ("c-ii", "disability-discrimination"), ("other",), ("c-iv", "other"),
    *((key,) for key in ("a", "b", "c-i", "c-ii", "c-iii", "c-iv", "d", "e", "f", "health-social-care",
                         "disability-discrimination", "other")),
]))
SECTION_I = {"c-iii", "c-iv"}
APPEALABLE = {"a", "b", "c-i", "c-ii", "c-iii", "c-iv", "d", "e", "f"}
MEDIATION = ("yes", "no", "")
CONTACT = ("none", "in-time", "on-reg-33-date", "late")
CERTIFICATE = ("none", "before-mediation", "after-mediation")
HEALTH = ("no", "yes", "only", "")
#: What happened in mediation (only with mediation "yes"): nothing yet, the local authority told,
#: mediation held within its 30 days, or held later than that.
MEDIATION_STAGE = ("none", "told", "ended-within-30-days", "ended-after-30-days")
AGREEMENT = (False, True)
#: A plain month, the August window, the Christmas window, a month end and Easter.
DECISIONS = (D(2027, 1, 4), D(2027, 6, 15), D(2026, 10, 27), D(2026, 12, 31), D(2027, 2, 19))
REST = list(itertools.product(HEALTH, MEDIATION_STAGE, AGREEMENT, DECISIONS))
#: Who appeals (W8), and the agreement's answers (W7): spread over the grid, every value met.
APPELLANTS = ("parent", "young-person", "alternative-person")
SETTLES = ("yes", "no", "")
OWN_DATES = ("yes", "no", "")
#: W8: the first sentence each person's messages carry, and words only a parent's may carry.
OPENING = {"parent": "I am the parent of [Child's name].",
           "young-person": "I am [Your name], the young person this decision is about.",
           "alternative-person": "I am [Your name], writing as the alternative person for [Young person's name]"}
PARENT_WORDS = ("[Child's name]", "I am the parent", "Child:", "my child")
#: W10: words about how sure we are, kept out of everything the reader sees.
CONFIDENCE_WORDS = re.compile(r"number not verified|confidence|\b(?:HIGH|MED|LOW)\b")
#: W7: the reg 44 rows (as the page words them) each ground appealed brings, written out here.
REG_44_ROWS = {"a": 3, "d": 3, "b": 2, "c-i": 1, "c-ii": 1, "e": 1, "c-iii": 1, "c-iv": 1, "f": 2}
REG_44_GROUPS = {"a": "assess", "d": "assess", "b": "plan", "c-i": "amend", "c-ii": "amend", "e": "amend",
                 "c-iii": "school", "c-iv": "school", "f": "keep"}
#: How many combinations of the rest each cell of the main grid is asked with.
RESTS_PER_CELL = 8

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
DATE_TEXT = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) "
                       r"(" + "|".join(MONTHS) + r") (\d{4})")
TO_MEET = re.compile(r"\b(?:by|before|until)(?: 5pm on)? " + DATE_TEXT.pattern)


def _parse(match: re.Match, offset: int = 0) -> datetime.date:
    day, month, year = match.group(1 + offset), match.group(2 + offset), match.group(3 + offset)
    return D(int(year), MONTHS.index(month) + 1, int(day))


def typed(day: datetime.date | None) -> dict[str, str]:
    if day is None:
        return {"day": "", "month": "", "year": ""}
    return {"day": str(day.day), "month": str(day.month), "year": str(day.year)}


# --- Building the situations ------------------------------------------------------------------

def answers(grounds, mediation, contact, certificate, rest) -> dict[str, object] | None:
    """The dated answers for one cell of the grid (None where the combination makes no sense)."""
    health, stage, agreement, decision = rest
    reg_33 = corresponding_date(decision, 2)
    adviser = {"none": None, "in-time": decision + 10 * DAY, "on-reg-33-date": reg_33,
               "late": reg_33 + 5 * DAY}[contact]
    la_told = ended = made = None
    if mediation == "yes" and stage != "none":
        la_told = (adviser or decision + 10 * DAY)
        if stage == "ended-within-30-days":
            ended = la_told + 20 * DAY
        elif stage == "ended-after-30-days":
            ended = la_told + 45 * DAY
        if agreement and ended is not None:
            made, ended = ended, None
    elif agreement and mediation != "yes":
        return None  # an agreement only with mediation "yes"
    end = ended or made
    issued = None
    if certificate == "before-mediation":
        if la_told is None:
            return None  # "before mediation" needs a mediation
        issued = la_told + 31 * DAY  # a deemed certificate: 30 days passed
        if end is not None and end <= issued:
            return None
    elif certificate == "after-mediation":
        if end is None and adviser is None:
            return None
        issued = (end or adviser) + 2 * DAY
    return {"grounds": list(grounds), "mediation_wanted": mediation, "health_included": health,
            "decision_sent": decision, "adviser_contacted": adviser, "la_told": la_told,
            "mediation_ended": ended, "agreement_made": made, "certificate_issued": issued,
            "appellant": "parent", "agreement_settles": "", "agreement_dates": ""}


def voiced(case: dict[str, object], number: int) -> dict[str, object]:
    """The case with who appeals and, after an agreement, its two answers (W7, W8), by ``number``."""
    case = {**case, "appellant": APPELLANTS[number % 3]}
    if case["agreement_made"] is not None:
        case.update(agreement_settles=SETTLES[number // 3 % 3], agreement_dates=OWN_DATES[number // 9 % 3])
    return case


# --- The oracle (W1, W3, W5), independent of calculators.plan --------------------------------

def oracle(case: dict[str, object], today: datetime.date) -> dict[str, object]:
    """The status, last day and D that W1 gives, worked out here from the rules' text."""
    grounds = set(case["grounds"])
    appealable = grounds & APPEALABLE
    if not appealable:
        return {"status": "no-appeal"}
    decision = case["decision_sent"]
    reg_33 = corresponding_date(decision, 2)
    two_month = sen_appeal_deadline(decision, today=max(today, decision)).last_day
    alone = appealable <= SECTION_I
    needs = not alone
    issued = case["certificate_issued"]
    mediation, health = case["mediation_wanted"], case["health_included"]
    adviser, la_told = case["adviser_contacted"], case["la_told"]
    end = case["mediation_ended"] or case["agreement_made"]
    health_only = health == "only"
    mediating = not health_only and (mediation == "yes" or la_told is not None)
    # Contact by the reg 33 date, on the day itself included, never moved (W1).
    if adviser is not None:
        contact = "late" if adviser > reg_33 else "in-time"
    elif not health_only and la_told is not None:
        contact = "late" if la_told > reg_33 else "in-time"
    elif not health_only and end is not None:
        contact = "in-time"
    else:
        contact = "not-yet"
    result = {"two_month": two_month, "reg_33": reg_33, "contact": contact, "needs": needs,
              "alone": alone, "mediating": mediating}
    if needs and issued is None and contact == "in-time":
        earliest = None
        if mediating:
            if la_told is not None:
                earliest = end if end is not None and end <= la_told + 30 * DAY else la_told
        elif adviser is not None and (mediation == "no" or health_only):
            earliest = adviser
        d = two_month
        if earliest is not None:
            d = max(d, sen_appeal_deadline(decision, earliest, today=max(today, earliest)).last_day)
        status = "waiting-for-certificate" if today <= d else "certificate-overdue"
        return {**result, "status": status, "last_day": None, "earliest_last_day": d, "earliest": earliest}
    counted = issued if (issued is not None and not alone) else None
    last_day = sen_appeal_deadline(decision, counted, today=max(today, decision)).last_day
    status = "deadline-passed" if today > last_day else "in-time"
    return {**result, "status": status, "last_day": last_day, "earliest_last_day": None, "earliest": None}


def note_allowed(case: dict[str, object], today: datetime.date, expected: dict[str, object]) -> bool:
    """W5: the note to the Tribunal only where a certificate cannot be expected in time."""
    if expected["status"] == "no-appeal" or not expected["needs"] or case["certificate_issued"] is not None:
        return False
    if case["agreement_made"] is not None:
        return False  # W7: after an agreement, not by default
    la_told, end = case["la_told"], case["mediation_ended"] or case["agreement_made"]
    if expected["mediating"] and la_told is not None and end is None and today <= la_told + 30 * DAY:
        return False  # never while mediation is within its 30 days
    if expected["status"] == "waiting-for-certificate":  # only once the certificate is overdue
        adviser = case["adviser_contacted"]
        if case["mediation_ended"] is not None:
            overdue = today > add_working_days(case["mediation_ended"], 3)  # the mediator's 3 working days
        elif expected["mediating"]:  # the local authority never told, or its 30 days passed
            overdue = la_told is None or (end is None and today > la_told + 30 * DAY)
        elif adviser is not None and (case["mediation_wanted"] == "no" or case["health_included"] == "only"):
            overdue = today > add_working_days(adviser, 3)  # the adviser's 3 working days
        else:
            overdue = False
        return overdue and (expected["earliest_last_day"] - today).days <= 7
    if expected["status"] == "certificate-overdue":
        return True
    return today > expected["reg_33"]  # no contact by the reg 33 date, or late contact


# --- The cells and their todays ---------------------------------------------------------------

def todays(case: dict[str, object]) -> list[datetime.date]:
    """Before, on and after the 2-month date, D and the last day (none before a date given)."""
    first = max(day for day in (case["decision_sent"], case["adviser_contacted"], case["la_told"],
                                case["mediation_ended"], case["agreement_made"], case["certificate_issued"])
                if day is not None)
    points = set()
    reference = oracle(case, first)
    for key in ("two_month", "earliest_last_day", "last_day"):
        day = reference.get(key)
        if day is not None:
            points.update((day - 10 * DAY, day, day + DAY))
    points.add(first)
    return sorted(day for day in points if day >= first)


def cells() -> list[tuple[dict[str, object], datetime.date]]:
    found = []
    product = itertools.product(GROUND_SETS, MEDIATION, CONTACT, CERTIFICATE)
    for number, (grounds, mediation, contact, certificate) in enumerate(product):
        taken = 0
        for attempt in range(len(REST)):  # the rest, spread over the grid (every combination met)
            case = answers(grounds, mediation, contact, certificate,
                           REST[(number * RESTS_PER_CELL * 7 + attempt * 11) % len(REST)])
            if case is None:
                continue
            case = voiced(case, number * RESTS_PER_CELL + taken)
            found.extend((case, today) for today in todays(case))
            taken += 1
            if taken == RESTS_PER_CELL:
                break
    return found


def sample(all_cells: list) -> list:
    """The whole grid in CPython; a seeded 2,000 inside Pyodide; a fixed 200 under mutation testing."""
    if os.environ.get("HYPOTHESIS_PROFILE") == "calculators-mutate":
        return random.Random(200).sample(all_cells, 200)
    if sys.platform == "emscripten":
        return random.Random(2000).sample(all_cells, 2000)
    return all_cells


# --- The invariants ---------------------------------------------------------------------------

def plan(case: dict[str, object], today: datetime.date) -> dict[str, object]:
    request = {key: typed(value) if isinstance(value, D) or (value is None and key != "grounds") else value
               for key, value in case.items()}
    request["today"] = today.isoformat()
    return json.loads(browser.plan(json.dumps(request)))


def texts(response: dict[str, object]) -> list[str]:
    """Every sentence the plan shows or sends."""
    display = response["display"]
    found = [display["heading"], display["answer"], *display["paragraphs"], *display["next_steps"],
             *display["notes"], *(step["text"] for step in display["steps"])]
    found += [row["what"] for row in display["timeline"]]
    found += [event["description"] for event in display["events"]]
    for message in display["messages"]:
        found += [message["when"], message["subject"], message["text"], *message["notes"]]
    return found


def check_plan(case: dict[str, object], today: datetime.date) -> str:
    """Assert every invariant for one situation; return its status (or "refused")."""
    response = plan(case, today)
    label = (case, today.isoformat())
    if not response["ok"]:  # refused: only with a specific message, never "Something went wrong"
        assert all(error["field"] and "Something went wrong" not in error["message"]
                   for error in response["errors"]), label
        return "refused"
    result, display = response["result"], response["display"]
    expected = oracle(case, today)
    # The status, the deadline and D, as W1 decides them.
    assert result["status"] in STATUSES, label
    assert result["status"] == expected["status"], (label, result["status"], expected["status"])
    if expected["status"] != "no-appeal":
        assert result["last_day"] == (expected["last_day"] and expected["last_day"].isoformat()), label
        assert result["earliest_last_day"] == (expected["earliest_last_day"]
                                               and expected["earliest_last_day"].isoformat()), label
    # Never "deadline-passed" while D is ahead.
    if result["status"] == "deadline-passed":
        assert not (expected["needs"] and case["certificate_issued"] is None and expected["contact"] == "in-time")
    kinds = [message["kind"] for message in result["messages"]]
    assert kinds == [message["kind"] for message in display["messages"]]
    # The note to the Tribunal only where W5 allows it; a late reader is always told to ask for more time.
    assert ("tribunal-no-certificate" in kinds) == note_allowed(case, today, expected), (label, kinds)
    if result["status"] == "deadline-passed":
        assert ("tribunal-late-appeal" in kinds) != ("tribunal-no-certificate" in kinds), (label, kinds)
        note = next(m["text"] for m in result["messages"] if m["kind"].startswith("tribunal-"))
        assert "rule 5(3)(a)" in note, label
        # Never "out of time" while another reading keeps the reader in time (W3, the preamble).
        arguable = (expected["alone"] and case["certificate_issued"] is not None and sen_appeal_deadline(
            case["decision_sent"], case["certificate_issued"], today=today).last_day >= today)
        assert ("If my appeal is late" in note) if arguable else ("My appeal is late" in note), label
    else:
        assert "tribunal-late-appeal" not in kinds, label
    # No date earlier than today as one to meet ("by", "before", "until"), anywhere.
    for text in texts(response):
        for match in TO_MEET.finditer(text):
            assert _parse(match) >= today, (label, match.group(0), text)
    # Every date in a message is a date of the plan.
    plan_dates = {row["date"] for row in display["timeline"]} | {event["date"] for event in display["events"]}
    plan_dates |= {result["last_day"], result["earliest_last_day"]}
    situation = result["situation"]
    plan_dates |= {situation[key] for key in ("two_month_day", "contact_by", "certificate_due", "earliest_certificate")}
    plan_dates |= {day.isoformat() for day in case.values() if isinstance(day, D)}
    for message in result["messages"]:
        for part in (message["text"], message["when"], message["subject"]):
            for match in DATE_TEXT.finditer(part):
                assert _parse(match).isoformat() in plan_dates, (label, message["kind"], match.group(0))
    # Section I alone: never later than the 2-month date, and no certificate promised (W3).
    if expected["status"] != "no-appeal" and expected["alone"]:
        assert result["last_day"] == expected["two_month"].isoformat(), label
        assert "Estimate" not in " ".join(row["what"] for row in display["timeline"]), label
        never = {"mediation-not-arranged", "tribunal-no-certificate"}
        if "health-social-care" not in case["grounds"]:  # with recommendations a certificate is advised (§2)
            never.add("certificate-chase")
        assert not never & set(kinds), label
    # A waiting reader is never told they are late.
    if result["status"] in ("waiting-for-certificate", "certificate-overdue"):
        words = " ".join(texts(response))
        assert "The deadline has passed" not in words and "My appeal is late" not in words, label
    # W8: every message in the voice of the person appealing; a young person's or an alternative
    # person's never speaks as a parent.
    for message in result["messages"]:
        assert OPENING[case["appellant"]] in message["text"], (label, message["kind"])
        if case["appellant"] != "parent":
            assert not any(word in part for word in PARENT_WORDS
                           for part in (message["text"], message["subject"], message["when"])), (label, message["kind"])
    # Issue 23: the status fits the reader. Nobody is told they are in mediation before they have
    # asked for it (the plan has them ask today), and a reader who wants mediation is not told they
    # "only have to contact the adviser".
    asking_today = "la-mediation-request" in kinds and case["la_told"] is None
    if asking_today:
        assert not any(p.startswith("You are in mediation") for p in display["paragraphs"]), label
    if case["mediation_wanted"] == "yes" and display["certificate"]:
        assert not any("you only have to contact the adviser" in p for p in display["certificate"]["paragraphs"]), label
    # Late or waiting (E5, W1, W5): no "1 month from the date on it" promised in the status, and no
    # certificate sentence that invites the reader to wait ("before you appeal").
    if result["status"] != "in-time":
        assert not any("You then have 1 month from the date on it" in p for p in display["paragraphs"]), label
        if display["certificate"]:
            assert not any("before you appeal" in p for p in display["certificate"]["paragraphs"]), label
    # Issue 23: "Do this now" holds exactly the messages whose timing is today, in the order the
    # plan gives; each message names what unfolds it.
    for message in display["messages"]:
        assert isinstance(message["now"], bool) and message["show"].startswith("Show the "), (label, message["kind"])
        today_words = re.search(r"\bnow\b|\btoday\b|^Send this after the mediation agreement", message["when"])
        assert message["now"] == bool(today_words), (label, message["kind"], message["when"])
    if case["la_told"] is None and case["adviser_contacted"] is None and expected["status"] != "no-appeal" and kinds:
        assert display["messages"][0]["now"], (label, kinds)  # the first message is one to send now
    # W10: nothing the reader sees says how sure we are.
    for text in texts(response) + [row["provision"] for row in display["timeline"]]:
        assert not CONFIDENCE_WORDS.search(text), (label, text)
    # W7: after an agreement the deadline still runs; no note to the Tribunal; only the reg 44 rows
    # of the grounds appealed, or none when the agreement sets its own dates.
    reg_44 = [row for row in display["timeline"] if row["provision"].endswith("regulation 44")]
    if case["agreement_made"] is not None and expected["status"] != "no-appeal":
        assert "A mediation agreement does not stop or change your appeal deadline." in display["paragraphs"], label
        assert "tribunal-no-certificate" not in kinds, label
        appealed = {ground for ground in case["grounds"] if ground in REG_44_ROWS}
        rows = sum(REG_44_ROWS[g] for g in {min(k for k in REG_44_ROWS if REG_44_GROUPS[k] == REG_44_GROUPS[g])
                                             for g in appealed})
        if case["agreement_dates"] == "yes" or case["health_included"] == "only":
            rows = 0
        assert len(reg_44) == rows, (label, [row["what"] for row in reg_44])
        advice = any(p.startswith("Get advice from SENDIASS or IPSEA") for p in display["paragraphs"])
        if case["health_included"] == "only":  # nothing in it can be appealed: it never settles the appeal
            assert any(p.startswith("Your agreement is only about health care, so it does not settle")
                       for p in display["paragraphs"]), label
            assert "Your agreement settles everything, so you do not need to appeal." not in display["paragraphs"]
        elif case["agreement_settles"] != "yes":
            assert advice, label
        else:
            assert "Your agreement settles everything, so you do not need to appeal." in display["paragraphs"], label
    else:
        assert not reg_44, label
    return result["status"]


ALL_CELLS = cells()


def test_the_grid_covers_every_class_answer_contact_certificate_and_today():
    assert len(ALL_CELLS) > 5000
    for index, values in ((0, GROUND_SETS), (1, MEDIATION)):
        seen = {tuple(case["grounds"]) if index == 0 else case["mediation_wanted"] for case, _ in ALL_CELLS}
        assert seen == set(values if index else values)
    statuses = {oracle(case, today)["status"] for case, today in ALL_CELLS}
    assert statuses == set(STATUSES)
    pairs = {(case["health_included"], case["decision_sent"]) for case, _ in ALL_CELLS}
    assert len(pairs) == len(HEALTH) * len(DECISIONS)
    assert {case["appellant"] for case, _ in ALL_CELLS} == set(APPELLANTS)
    agreements = {(case["agreement_settles"], case["agreement_dates"]) for case, _ in ALL_CELLS
                  if case["agreement_made"] is not None}
    assert agreements == set(itertools.product(SETTLES, OWN_DATES))


def test_every_plan_in_the_grid_keeps_every_invariant():
    tally: dict[str, int] = {}
    for case, today in sample(ALL_CELLS):
        status = check_plan(case, today)
        tally[status] = tally.get(status, 0) + 1
    assert tally.get("refused", 0) == 0, tally
    print(f"plans: {sum(tally.values())}; by status: {tally}")


# --- The same space, explored at random --------------------------------------------------------

@st.composite
def situations(draw):
    grounds = draw(st.sampled_from(GROUND_SETS))
    mediation = draw(st.sampled_from(MEDIATION))
    contact = draw(st.sampled_from(CONTACT))
    certificate = draw(st.sampled_from(CERTIFICATE))
    health, stage, agreement = (draw(st.sampled_from(values)) for values in (HEALTH, MEDIATION_STAGE, AGREEMENT))
    number = draw(st.integers(min_value=0, max_value=26))
    decision = draw(st.dates(min_value=D(2026, 1, 1), max_value=D(2027, 12, 31)))
    case = answers(grounds, mediation, contact, certificate, (health, stage, agreement, decision))
    if case is None:
        case = answers(grounds, mediation, "none", "none", (health, "none", False, decision))
    case = voiced(case, number)
    first = max(day for day in case.values() if isinstance(day, D))
    today = first + DAY * draw(st.integers(min_value=0, max_value=150))
    return case, today


@given(situations())
def test_any_situation_keeps_every_invariant(situation):
    case, today = situation
    assert check_plan(case, today) != "refused"
