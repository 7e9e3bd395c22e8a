"""The command line for advisers and scripts: ``python -m calculators <calculator> [options] [--json]``.

Examples::

    python -m calculators appeal-deadline --decision-sent 2026-12-31 --today 2027-01-04 --json
    python -m calculators discrimination-claim --conduct 2026-03-10 --against school --today 2026-03-11 --json
    python -m calculators certificate --ground c-ii --ground c-iii --json
    python -m calculators timeline --decision-sent 2027-01-04 --adviser-contacted 2027-01-08 \\
        --mediation-wanted no --today 2027-01-11
    python -m calculators plan --decision-sent 2027-06-15 --ground c-ii --mediation-wanted no \\
        --adviser-contacted 2027-08-10 --today 2027-09-03 --json
    python -m calculators appeal-pack --decision-sent 2027-01-04 --ground a --today 2027-01-11 --json

With ``--json`` the "result" object is printed (keys ``last_day``, ``certificate_required``,
...); without it, the same sentences the web page shows. Bad input exits with status 2 and
one line on standard error.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
from typing import Sequence, TextIO

from . import browser
from .browser import CALCULATORS
from .questions import CHECKBOXES, DATE, RADIOS, Question
from .wording import SOMETHING_WENT_WRONG
from .wording_appeal_pack import pack_text

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
EXIT_BAD_INPUT = 2
EXIT_FAILED = 1
#: The command line's words for the pages' catch-all ("Reload the page" means nothing here).
COMMAND_FAILED = ("error: the calculator could not work this out. Check the options, and report it "
                  "with the command you ran if they are right")
#: Typographic characters a terminal may not have, as plain ASCII (the rest become "?").
_ASCII_FALLBACK = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                                 "\u2013": "-", "\u2014": "-", "\u2026": "...", "\u00a0": " "})


class _BadInput(Exception):
    """Bad command-line input: reported as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        if message.startswith("the following arguments are required:") and "--ground" in message:
            message = ("say what you disagree with: --ground, for example --ground c-ii (section F); "
                       "repeat it for each thing")
        raise _BadInput(message)


def _date_parts(option: str, value: object) -> dict[str, str]:
    if value is None:
        return {"day": "", "month": "", "year": ""}
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value.strip()):
        given = f", not {value!r}" if isinstance(value, str) else ""
        raise _BadInput(f"{option} must be a date like 2026-12-31{given}")
    year, month, day = value.strip().split("-")
    return {"day": day, "month": month, "year": year}


def _today(value: object) -> str:
    if value is None:
        return datetime.date.today().isoformat()
    try:
        if not isinstance(value, str) or not _ISO_DATE.fullmatch(value.strip()):
            raise ValueError
        return datetime.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise _BadInput(f"--today must be a real date like 2026-12-31, not {value!r}") from None


#: Each command: the calculator it answers, and its help line (both declared in browser.CALCULATORS).
COMMANDS = {calculator.command: (calculator.name, calculator.help) for calculator in CALCULATORS.values()}


def _add_question(sub: argparse.ArgumentParser, question: Question) -> None:
    """One command-line option from one declared question."""
    if question.kind == DATE:
        sub.add_argument(question.option, dest=question.name, required=question.required,
                         metavar="YYYY-MM-DD", help=question.label)
    elif question.kind == RADIOS:
        sub.add_argument(question.option, dest=question.name, default=question.if_left_out,
                         required=question.required and not question.if_left_out,
                         choices=[option.cli_value for option in question.options if option.cli_value],
                         help=question.cli_help or question.label)
    elif question.kind == CHECKBOXES:
        sub.add_argument(question.option, dest=question.name, action="append",
                         required=question.required, choices=question.values,
                         help=question.cli_help or question.label)


def _parser() -> _Parser:
    parser = _Parser(prog="python -m calculators",
                     description="SEND mediation certificate and appeal deadlines (England).")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for calculator in CALCULATORS.values():
        sub = commands.add_parser(calculator.command, help=calculator.help)
        for key, allowed in calculator.also:  # the message's kind: "python -m calculators letter KIND"
            sub.add_argument(key, choices=allowed, help="which message")
        for question in calculator.questions:
            _add_question(sub, question)
        _add_common(sub)
    return parser


def _add_common(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--today", metavar="YYYY-MM-DD", help="today's date (default: the system date)")
    sub.add_argument("--json", action="store_true", help="print the result as JSON")


def _answers(args: argparse.Namespace, questions: Sequence[Question]) -> dict[str, object]:
    """The browser request's answers, from the options of the declared questions."""
    request: dict[str, object] = {}
    for question in questions:
        value = getattr(args, question.name)
        given = value if question.kind == CHECKBOXES else [value]
        if question.kind != DATE and any(isinstance(item, list) for item in given or ()):
            # Python 3.11's argparse reads "--ground=--" as [], past its choices: one line, not a crash
            raise _BadInput(f"argument {question.option}: expected one argument")
        if question.kind == DATE:
            request[question.name] = _date_parts(question.option, value)
        elif question.kind == CHECKBOXES:
            request[question.name] = list(value or [])
        else:  # a radio: its command-line name back to the form's value
            request[question.name] = next((option.value for option in question.options
                                           if option.cli_value == value), value)
    return request


def _request(args: argparse.Namespace) -> tuple[str, dict[str, object]]:
    calculator = CALCULATORS[COMMANDS[args.command][0]]
    return calculator.name, {**{key: getattr(args, key) for key, _ in calculator.also},
                             **_answers(args, calculator.questions), "today": _today(args.today)}


def _answer_and_timeline(display: dict[str, object], separator: str) -> list[str]:
    """The answer, its paragraphs and the dated timeline, as every command prints them."""
    lines = [f"{display['heading']}{separator} {display['answer']}", ""]
    lines += list(display["paragraphs"])  # type: ignore[arg-type]
    if display["timeline"]:
        lines += ["", "Timeline:"]
        lines += [f"  {row['date_text']} - {row['who']}: {row['what']} ({row['provision']})"
                  for row in display["timeline"]]  # type: ignore[union-attr]
    return lines


def _listed(heading: str, items: object) -> list[str]:
    return ["", f"{heading}:"] + [f"  - {text}" for text in items] if items else []  # type: ignore[attr-defined]


def _human(display: dict[str, object]) -> str:
    lines = _answer_and_timeline(display, ":")
    lines += ["", "How we worked it out:"]
    lines += [f"  - {step['text']} ({step['provision']}, {step['url']})"
              for step in display["steps"]]  # type: ignore[union-attr]
    lines += _listed("What to do next", display["next_steps"]) + _listed("Notes", display["notes"])
    return "\n".join(lines)


def _plan_text(display: dict[str, object]) -> str:
    """The plan as text: the answer, the timeline, what to do next and every message in full."""
    lines = _answer_and_timeline(display, "")
    lines += _listed("What to do next", display.get("next_steps")) + _listed("Notes", display.get("notes"))
    for number, message in enumerate(display["messages"], start=1):  # type: ignore[arg-type]
        if number == 1:
            lines += ["", "Messages:"]
        lines += ["", f"{number}. {message['title']}", f"   {message['when']}", f"   To: {message['to']}",
                  f"   Subject: {message['subject']}", ""]
        lines += [f"   {line}".rstrip() for line in message["text"].splitlines()]
        lines += [f"   Note: {note}" for note in message["notes"]]
    return "\n".join(lines)


def _say(text: str, stream: TextIO) -> None:
    """Print ``text`` on any terminal: typographic punctuation falls back to ASCII if it must."""
    try:
        print(text, file=stream)
    except UnicodeEncodeError:
        encoding = stream.encoding or "ascii"
        print(text.translate(_ASCII_FALLBACK).encode(encoding, "replace").decode(encoding), file=stream)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0; 2 for bad input; 1 if the calculator failed).

    Never a traceback: an unexpected failure is one line on standard error.
    """
    try:
        return _main(argv)
    except Exception:  # noqa: BLE001 - whatever the arguments, one line, never a traceback
        _say(COMMAND_FAILED, sys.stderr)
        return EXIT_FAILED


def _main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0, or 2 for bad input).

    >>> main(["certificate", "--ground", "c-iii", "--json"])  # doctest: +ELLIPSIS
    {"grounds": ["c-iii"], "outcome": "certificate-not-required", "certificate_required": false, ...}
    0

    Errors go to standard error as one line starting "error:".
    """
    try:
        args = _parser().parse_args(argv)
        entry, request = _request(args)
    except _BadInput as problem:
        _say(f"error: {problem}", sys.stderr)
        return EXIT_BAD_INPUT
    response = json.loads(browser.answer(entry, json.dumps(request)))
    if not response["ok"]:
        if any(error["message"] == SOMETHING_WENT_WRONG for error in response["errors"]):
            _say(COMMAND_FAILED, sys.stderr)
            return EXIT_FAILED
        messages = "; ".join(error["message"] for error in response["errors"])
        _say(f"error: {messages}", sys.stderr)
        return EXIT_BAD_INPUT
    if args.json:
        _say(json.dumps(response["result"], ensure_ascii=False), sys.stdout)
    elif "subject" in response["result"]:  # a message
        _say(f"Subject: {response['result']['subject']}\n\n{response['result']['text']}".rstrip("\n"), sys.stdout)
    elif "checklist" in response["display"]:  # an appeal pack
        _say(pack_text(response["display"]), sys.stdout)
    elif "messages" in response["display"]:  # a plan
        _say(_plan_text(response["display"]), sys.stdout)
    else:
        _say(_human(response["display"]), sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
