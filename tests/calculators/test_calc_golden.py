"""The golden record (issue 24, item 5): every entry point and command answers exactly as before.

Before the calculators were declared once (a registry, the plan's own module, limits that carry their
law), the JSON of every browser entry point and the output of every command were recorded over a
fixed sample of the plan's grid, as a SHA-256 per case in ``golden_entry_points.json``. A refactor
leaves every one identical. A deliberate change to what a reader is told changes some: record again
with ``GOLDEN_RECORD=1 .venv/bin/python -m pytest tests/calculators/test_calc_golden.py`` and say in
the commit which cases changed and why (the failure lists them, each with its request).

Not run under mutation testing (pyproject.toml): a snapshot kills every mutant that changes an
answer, which would hide how well the tables of cases state the law.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import io
import json
import os
import random
from pathlib import Path

from calculators import __main__ as command_line
from calculators import browser
from calculators.browser import CALCULATORS
from calculators.letters import KINDS
from calculators.questions import CHECKBOXES, DATE

from test_calc_plan_grid import ALL_CELLS, typed

GOLDEN = Path(__file__).with_name("golden_entry_points.json")
D = datetime.date
#: Plans from the grid; every entry point asks its own questions of the same situations.
PLAN_CASES = 240
#: Every message kind, for every this-many-th situation.
LETTER_EVERY = 8
#: Each command, as text and as --json, for every this-many-th situation.
COMMAND_EVERY = 12
DISCRIMINATION = [(against, under_18, conduct, today)
                  for against in ("school", "college", "other")
                  for under_18 in ("yes", "no", "")
                  for conduct, today in ((D(2026, 3, 10), D(2026, 3, 11)), (D(2026, 6, 26), D(2026, 11, 1)),
                                         (D(2026, 1, 5), D(2026, 11, 28)), (D(2010, 9, 30), D(2011, 1, 4)))]


def request_for(entry: str, case: dict[str, object], today: datetime.date, **also: object) -> dict[str, object]:
    """The browser request an entry point's form sends for this situation: its own questions only."""
    request: dict[str, object] = {**also, "today": today.isoformat()}
    for question in CALCULATORS[entry].questions:
        value = case.get(question.name)
        request[question.name] = typed(value) if question.kind == DATE else value if value is not None else (
            [] if question.kind == CHECKBOXES else "")
    return request


def argv_for(command: str, entry: str, request: dict[str, object], *extra: str) -> list[str]:
    """The command line that asks the same as ``request``."""
    args = [command, *extra]
    for question in CALCULATORS[entry].questions:
        value = request.get(question.name)
        if question.kind == DATE:
            if value and value["day"]:
                day = D(int(value["year"]), int(value["month"]), int(value["day"]))
                args += [question.option, day.isoformat()]
        elif question.kind == CHECKBOXES:
            for item in value or ():
                args += [question.option, item]
        else:
            cli = next((option.cli_value for option in question.options if option.value == value), "")
            if cli:
                args += [question.option, cli]
    return [*args, "--today", request["today"]]


def run(argv: list[str]) -> str:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = command_line.main(argv)
    return f"{status}\n{out.getvalue()}\n{err.getvalue()}"


def cases() -> dict[str, tuple[str, object]]:
    """Every recorded case: its id, and (what it calls, with what)."""
    found: dict[str, tuple[str, object]] = {}
    commands = {entry: command for command, (entry, _) in command_line.COMMANDS.items()}
    for number, (case, today) in enumerate(random.Random(24).sample(ALL_CELLS, PLAN_CASES)):
        for entry in ("plan", "mediation_timeline", "appeal_deadline", "certificate", "appeal_pack"):
            request = request_for(entry, case, today)
            found[f"{number} {entry}"] = (entry, request)
            if number % COMMAND_EVERY == 0:
                found[f"{number} {commands[entry]} text"] = ("command", argv_for(commands[entry], entry, request))
                found[f"{number} {commands[entry]} json"] = ("command", argv_for(commands[entry], entry, request, "--json"))
        if number % LETTER_EVERY == 0:
            for kind in KINDS:
                request = request_for("letter", case, today, kind=kind)
                found[f"{number} letter {kind}"] = ("letter", request)
                if number % COMMAND_EVERY == 0:
                    found[f"{number} letter {kind} command"] = ("command", argv_for("letter", "letter", request, kind))
    for number, (against, under_18, conduct, today) in enumerate(DISCRIMINATION):
        request = {"against": against, "under_18": under_18, "conduct": typed(conduct), "today": today.isoformat()}
        found[f"discrimination {number}"] = ("discrimination_claim", request)
        found[f"discrimination {number} command"] = ("command", argv_for("discrimination-claim", "discrimination_claim",
                                                                         request, "--json"))
    return found


def answer(call: str, arguments: object) -> str:
    if call == "command":
        return run(arguments)  # type: ignore[arg-type]
    return getattr(browser, call)(json.dumps(arguments))


def fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def test_every_entry_point_and_command_answers_as_recorded():
    recorded = {name: fingerprint(answer(call, arguments)) for name, (call, arguments) in cases().items()}
    if os.environ.get("GOLDEN_RECORD"):
        GOLDEN.write_text(json.dumps(recorded, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert set(recorded) == set(golden), "the recorded cases changed: record again"
    changed = {name: cases()[name] for name in golden if recorded[name] != golden[name]}
    assert changed == {}


def test_the_record_covers_every_entry_point_and_command():
    calls = {call for call, _ in cases().values()}
    assert calls == {*CALCULATORS, "command"}
    argvs = [arguments[0] for call, arguments in cases().values() if call == "command"]
    assert set(argvs) == {*command_line.COMMANDS, "letter"}
    assert any("--json" in arguments for call, arguments in cases().values() if call == "command")
