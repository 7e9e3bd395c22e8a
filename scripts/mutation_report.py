"""Write mutation/report.md from a mutmut run (called by scripts/mutate).

The score is killed / (killed + survived) over the mutants the run checked (a timeout counts as
killed: the mutant made a test hang). Each survivor is shown with the line it changed. A
survivor in a rule module must be explained in mutation/equivalents.json (matched by module,
function and the changed line, so it survives mutmut renumbering); otherwise this exits 1.
Each run's figures are kept in mutation/history.json, so the report shows before and after.

Usage: python scripts/mutation_report.py --stage DIR --seconds N --scope TEXT
       python scripts/mutation_report.py --rule-modules
"""

from __future__ import annotations

import argparse
import ast
import datetime
import difflib
import functools
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "mutation"
#: The modules whose every survivor must be killed or explained (issue 15).
RULE_MODULES = ("months", "working_days", "appeal_deadline", "discrimination", "certificate",
                "timeline", "browser")
NAME = re.compile(r"^calculators\.(?P<module>\w+)\.(?P<function>x[_ǁ].+?)__mutmut_(?P<number>\d+)$")
# mutmut's exit codes (mutmut/stats.py), read from its .meta files rather than `mutmut results`.
STATUS_BY_EXIT_CODE = {1: "killed", 3: "killed", 0: "survived", 5: "no tests", 33: "no tests",
                       34: "skipped", 36: "timeout", -24: "timeout", 24: "timeout", 152: "timeout",
                       255: "timeout", None: "not checked"}


def results(stage: Path) -> dict[str, str]:
    """mutant name -> status ("killed", "survived", "timeout", "not checked", ...)."""
    statuses = {}
    for meta in sorted((stage / "mutants" / "calculators").glob("*.py.meta")):
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        statuses.update({name: STATUS_BY_EXIT_CODE.get(code, "suspicious") for name, code in codes.items()})
    return statuses


@functools.cache
def _functions(path: Path) -> dict[str, list[str]]:
    """Each function in a mutated module -> its body lines (parsed once per module)."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    return {node.name: [lines[node.lineno - 1].replace(node.name, "", 1)] + lines[node.lineno:node.end_lineno]
            for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.FunctionDef) and "__mutmut_" in node.name}


def changed_line(stage: Path, module: str, function: str, number: str) -> tuple[str, str]:
    """The lines the mutant changed, as (original, mutated), stripped."""
    functions = _functions(stage / "mutants" / "calculators" / f"{module}.py")
    original = functions[f"{function}__mutmut_orig"]
    mutated = functions[f"{function}__mutmut_{number}"]
    removed, added = [], []
    for line in difflib.ndiff(original, mutated):
        if line.startswith("- "):
            removed.append(line[2:].strip())
        elif line.startswith("+ "):
            added.append(line[2:].strip())
    return " / ".join(removed), " / ".join(added)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rule-modules", action="store_true")
    parser.add_argument("--stage", type=Path)
    parser.add_argument("--seconds", type=int, default=0)
    parser.add_argument("--scope", default="all of calculators/")
    args = parser.parse_args()
    if args.rule_modules:
        print("|".join(RULE_MODULES))
        return 0

    equivalents = json.loads((OUT / "equivalents.json").read_text(encoding="utf-8"))
    explained = {(e["module"], e["function"], e["from"], e["to"]): e["reason"] for e in equivalents}
    statuses = results(args.stage)
    counts: dict[str, Counter[str]] = {}
    survivors = []
    for name, status in statuses.items():
        match = NAME.match(name)
        if not match:
            continue
        module = match["module"]
        counts.setdefault(module, Counter())[status] += 1
        if status == "survived":
            before, after = changed_line(args.stage, module, match["function"], match["number"])
            reason = explained.get((module, match["function"], before, after))
            survivors.append((module, match["function"], name, before, after, reason))

    def score(counter: Counter[str]) -> tuple[int, int]:
        killed = counter["killed"] + counter["timeout"]
        return killed, killed + counter["survived"]

    total: Counter[str] = sum(counts.values(), Counter())
    rules: Counter[str] = sum((counts.get(m, Counter()) for m in RULE_MODULES), Counter())
    killed, checked = score(total)
    rule_killed, rule_checked = score(rules)
    unexplained = [s for s in survivors if s[0] in RULE_MODULES and s[5] is None]

    history_file = OUT / "history.json"
    history = json.loads(history_file.read_text(encoding="utf-8")) if history_file.exists() else []
    history.append({
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                                 capture_output=True, text=True).stdout.strip(),
        "scope": args.scope, "seconds": args.seconds,
        "killed": killed, "checked": checked, "rule_killed": rule_killed, "rule_checked": rule_checked,
        "survivors": len(survivors), "unexplained_in_rule_modules": len(unexplained),
    })
    history_file.write_text(json.dumps(history, indent=1) + "\n", encoding="utf-8")

    def percent(a: int, b: int) -> str:
        return f"{100 * a / b:.1f}%" if b else "n/a"

    lines = [
        "# Mutation testing report",
        "",
        "Written by `scripts/mutate` (mutmut 3.8.1 over `calculators/`, against `tests/calculators`",
        "and the doctests). A mutant is a small change to the code, such as `<` for `<=` or `3` for",
        "`4`. It is killed when a test fails. A survivor in a rule module must be killed by a new",
        "test or listed in `mutation/equivalents.json` with the reason it cannot change an answer.",
        "",
        f"Last run: {history[-1]['date']} at commit {history[-1]['commit']}, scope: {args.scope},",
        f"mutmut took {args.seconds} s.",
        "",
        f"**Score: {killed} of {checked} mutants killed ({percent(killed, checked)}); rule modules "
        f"{rule_killed} of {rule_checked} ({percent(rule_killed, rule_checked)}).**",
        "",
        "## Runs (before and after)",
        "",
        "| date | commit | scope | time | killed / checked | rule modules | survivors | unexplained |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for run in history:
        lines.append(f"| {run['date']} | {run['commit']} | {run['scope']} | {run['seconds']} s | "
                     f"{run['killed']} / {run['checked']} ({percent(run['killed'], run['checked'])}) | "
                     f"{run['rule_killed']} / {run['rule_checked']} "
                     f"({percent(run['rule_killed'], run['rule_checked'])}) | {run['survivors']} | "
                     f"{run['unexplained_in_rule_modules']} |")
    lines += ["", "## By module", "",
              "| module | rule module | mutants | killed | timeout | survived | not checked |",
              "|---|---|---|---|---|---|---|"]
    for module in sorted(counts):
        c = counts[module]
        lines.append(f"| {module} | {'yes' if module in RULE_MODULES else 'no'} | {sum(c.values())} | "
                     f"{c['killed']} | {c['timeout']} | {c['survived']} | {c['not checked']} |")
    lines += ["", "## Survivors", "",
              "| module | mutant | original | mutated | why it survives |", "|---|---|---|---|---|"]

    def cell(text: str) -> str:
        return "`" + text.replace("|", "\\|").replace("`", "'")[:160] + "`" if text else "(nothing)"

    for module, function, name, before, after, reason in sorted(survivors):
        why = reason or ("**UNEXPLAINED**" if module in RULE_MODULES else "not a rule module")
        lines.append(f"| {module} | `{name.split('.', 2)[2]}` | {cell(before)} | {cell(after)} | {why} |")
    (OUT / "report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"scripts/mutate: {killed}/{checked} killed ({percent(killed, checked)}); rule modules "
          f"{rule_killed}/{rule_checked}; {len(survivors)} survivors, {len(unexplained)} unexplained "
          f"in rule modules; see mutation/report.md")
    return 1 if unexplained else 0


if __name__ == "__main__":
    sys.exit(main())
