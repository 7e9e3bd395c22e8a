"""The command line for advisers and scripts: ``python -m calculators <calculator> [options] [--json]``.

Examples::

    python -m calculators appeal-deadline --decision-sent 2026-12-31 --today 2027-01-04 --json
    python -m calculators discrimination-claim --conduct 2026-03-10 --against school --json
    python -m calculators certificate --ground c-ii --ground c-iii --json
    python -m calculators timeline --decision-sent 2027-01-04 --adviser-contacted 2027-01-08 \\
        --mediation-wanted no

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
from typing import Sequence

from . import browser
from .certificate import GROUND_KEYS
from .discrimination import AGAINST_ANSWERS
from .timeline import HEALTH_ANSWERS, MEDIATION_ANSWERS

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
EXIT_BAD_INPUT = 2


class _BadInput(Exception):
    """Bad command-line input: reported as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _BadInput(message)


def _date_parts(option: str, value: str | None) -> dict[str, str]:
    if value is None:
        return {"day": "", "month": "", "year": ""}
    if not _ISO_DATE.fullmatch(value.strip()):
        raise _BadInput(f"{option} must be a date like 2026-12-31, not {value!r}")
    year, month, day = value.strip().split("-")
    return {"day": day, "month": month, "year": year}


def _today(value: str | None) -> str:
    if value is None:
        return datetime.date.today().isoformat()
    try:
        if not _ISO_DATE.fullmatch(value.strip()):
            raise ValueError
        return datetime.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise _BadInput(f"--today must be a real date like 2026-12-31, not {value!r}") from None


def _parser() -> _Parser:
    parser = _Parser(prog="python -m calculators",
                     description="SEND mediation certificate and appeal deadlines (England).")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    appeal = commands.add_parser("appeal-deadline", help="last day the Tribunal must receive an SEN appeal")
    appeal.add_argument("--decision-sent", required=True, metavar="YYYY-MM-DD")
    appeal.add_argument("--certificate-issued", metavar="YYYY-MM-DD")

    claim = commands.add_parser("discrimination-claim", help="last day for a disability discrimination claim")
    claim.add_argument("--conduct", required=True, metavar="YYYY-MM-DD")
    claim.add_argument("--against", required=True, choices=AGAINST_ANSWERS,
                       help="school: the SEND Tribunal hears the claim; college (further education, "
                            "sixth-form college, university) or other (such as a private nursery or "
                            "the local authority): the County Court")

    certificate = commands.add_parser("certificate", help="do I need a mediation certificate?")
    certificate.add_argument("--ground", action="append", required=True, choices=GROUND_KEYS)

    timeline = commands.add_parser("timeline", help="the mediation timeline")
    timeline.add_argument("--decision-sent", required=True, metavar="YYYY-MM-DD")
    for name in ("adviser-contacted", "la-told", "mediation-ended", "certificate-issued", "agreement-made"):
        timeline.add_argument(f"--{name}", metavar="YYYY-MM-DD")
    timeline.add_argument("--mediation-wanted", choices=[a for a in MEDIATION_ANSWERS if a], default="")
    timeline.add_argument("--health-included", choices=[a for a in HEALTH_ANSWERS if a], default="")

    for sub in (appeal, claim, certificate, timeline):
        sub.add_argument("--today", metavar="YYYY-MM-DD", help="today's date (default: the system date)")
        sub.add_argument("--json", action="store_true", help="print the result as JSON")
    return parser


def _request(args: argparse.Namespace) -> tuple[str, dict[str, object]]:
    today = _today(args.today)
    if args.command == "certificate":
        return "certificate", {"grounds": args.ground, "today": today}
    if args.command == "discrimination-claim":
        return "discrimination_claim", {"conduct": _date_parts("--conduct", args.conduct),
                                        "against": args.against, "today": today}
    request: dict[str, object] = {
        "decision_sent": _date_parts("--decision-sent", args.decision_sent),
        "certificate_issued": _date_parts("--certificate-issued", args.certificate_issued),
        "today": today,
    }
    if args.command == "appeal-deadline":
        return "appeal_deadline", request
    for name in ("adviser_contacted", "la_told", "mediation_ended", "agreement_made"):
        request[name] = _date_parts("--" + name.replace("_", "-"), getattr(args, name))
    request["mediation_wanted"] = args.mediation_wanted
    request["health_included"] = args.health_included
    return "mediation_timeline", request


def _human(display: dict[str, object]) -> str:
    lines = [f"{display['heading']}: {display['answer']}", ""]
    lines += list(display["paragraphs"])  # type: ignore[arg-type]
    if display["timeline"]:
        lines += ["", "Timeline:"]
        lines += [f"  {row['date_text']} - {row['who']}: {row['what']} ({row['provision']})"
                  for row in display["timeline"]]  # type: ignore[union-attr]
    lines += ["", "How we worked it out:"]
    lines += [f"  - {step['text']} ({step['provision']}, {step['url']})"
              for step in display["steps"]]  # type: ignore[union-attr]
    lines += ["", "What to do next:"] + [f"  - {text}" for text in display["next_steps"]]  # type: ignore[union-attr]
    lines += ["", "Notes:"] + [f"  - {text}" for text in display["notes"]]  # type: ignore[union-attr]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
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
        print(f"error: {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    response = json.loads(getattr(browser, entry)(json.dumps(request)))
    if not response["ok"]:
        messages = "; ".join(error["message"] for error in response["errors"])
        print(f"error: {messages}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.json:
        print(json.dumps(response["result"], ensure_ascii=False))
    else:
        print(_human(response["display"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
