"""Write the mutation report from mutmut runs (called by scripts/mutate).

The score is killed / (killed + survived) (a timeout counts as killed: the mutant made a test
hang). Each survivor is shown with the line it changed. A survivor in a rule module must be
explained in mutation/equivalents.json (matched by module, function and the changed line, so it
survives mutmut renumbering); otherwise this exits 1.

Two places, by who reads them:
- committed, in mutation/: equivalents.json (written by people) and modules.json, each module's
  latest result in a few numbers: its counts, the commit, date and time of the run, and the sha256
  of the source it was computed from, so that `--stale` can list the rule modules whose code has
  changed since (what .ci/run mutates). Runs may cover a few modules at a time: the score covers
  the latest result of every module.
- generated, in mutation/report/ (git-ignored; the mutation workflow uploads it as an artifact):
  report.md (the score, each module, each run, each survivor with the line it changed),
  survivors.json (each module's survivors, for the source they were found in) and history.json
  (every run's figures on this machine, so the report shows before and after).

Usage: python scripts/lib/mutation_report.py --stage DIR --seconds N --scope TEXT [--recheck] [--ref REF]
       python scripts/lib/mutation_report.py --rewrite   (the report again, e.g. after editing equivalents.json)
       python scripts/lib/mutation_report.py --rule-modules
       python scripts/lib/mutation_report.py --stale     (rule modules with no result for their current source)
"""

from __future__ import annotations

import argparse
import ast
import datetime
import difflib
import functools
import hashlib
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "mutation"             # committed: equivalents.json, modules.json
REPORT = OUT / "report"             # generated (git-ignored): report.md, survivors.json, history.json
#: The modules whose every survivor must be killed or explained (issue 15).
RULE_MODULES = ("months", "working_days", "limits", "appeal_deadline", "discrimination", "certificate", "plan",
                "timeline", "browser", "letters", "letter_parts", "letters_mediation", "letters_tribunal", "appeal_pack")
NAME = re.compile(r"^calculators\.(?P<module>\w+)\.(?P<function>x[_ǁ].+?)__mutmut_(?P<number>\d+)$")
# mutmut's exit codes (mutmut/stats.py), read from its .meta files rather than `mutmut results`.
STATUS_BY_EXIT_CODE = {1: "killed", 3: "killed", 0: "survived", 5: "no tests", 33: "no tests",
                       34: "skipped", 36: "timeout", -24: "timeout", 24: "timeout", 152: "timeout",
                       255: "timeout", None: "not checked"}
#: The counts kept for each module, in the table's order.
COUNTS = ("killed", "timeout", "survived", "no tests", "skipped", "suspicious", "not checked")
#: What modules.json keeps of a result: the numbers, never the survivors' text.
RECORD = ("commit", "date", "scope", "seconds", "recheck_seconds", "run_modules", "source_sha256", "mutants",
          *COUNTS, "explained")


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


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()


def source_sha256(module: str, ref: str = "HEAD") -> str:
    """The sha256 of calculators/<module>.py: as it is on disk for HEAD, else as committed at ref."""
    path = f"calculators/{module}.py"
    if ref == "HEAD":
        source = (ROOT / path).read_bytes()
    else:
        source = subprocess.run(["git", "show", f"{ref}:{path}"], cwd=ROOT, capture_output=True,
                                check=True).stdout
    return hashlib.sha256(source).hexdigest()


def stale_rule_modules(modules: dict[str, dict[str, object]]) -> list[str]:
    """Rule modules whose latest result was not computed from their current source."""
    return [m for m in RULE_MODULES
            if modules.get(m, {}).get("source_sha256") != source_sha256(m)]


def run_results(stage: Path, run: dict[str, object]) -> dict[str, dict[str, object]]:
    """The modules this run checked (any mutant not "not checked") -> their result entry."""
    by_module: dict[str, list[tuple[str, str, str, str]]] = {}
    for name, status in results(stage).items():
        match = NAME.match(name)
        if match:
            by_module.setdefault(match["module"], []).append((name, match["function"], match["number"], status))
    entries = {}
    for module, mutants in sorted(by_module.items()):
        counts = Counter(status for _, _, _, status in mutants)
        if counts["not checked"] == len(mutants):
            continue
        survivors = []
        for name, function, number, status in sorted(mutants):
            if status == "survived":
                before, after = changed_line(stage, module, function, number)
                survivors.append({"mutant": name.split(".", 2)[2], "function": function,
                                  "from": before, "to": after})
        entries[module] = {**run, "mutants": len(mutants),
                           **{key: counts[key] for key in COUNTS}, "survivors": survivors}
    return entries


def score(entries: list[dict[str, object]]) -> tuple[int, int]:
    """(killed, checked) over these module entries; a timeout counts as killed."""
    killed = sum(e["killed"] + e["timeout"] for e in entries)  # type: ignore[operator]
    return killed, killed + sum(e["survived"] for e in entries)  # type: ignore[misc]


def percent(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "n/a"


def cell(text: str) -> str:
    return "`" + text.replace("|", "\\|").replace("`", "'")[:160] + "`" if text else "(nothing)"


def known_survivors(modules: dict[str, dict[str, object]], survivors: dict[str, dict[str, object]]
                    ) -> dict[str, list[dict[str, str]]]:
    """Each module's survivors, where this machine has them for the source its result is from."""
    return {m: s["survivors"] for m, s in survivors.items()  # type: ignore[misc]
            if m in modules and s.get("source_sha256") == modules[m].get("source_sha256")}


def count_explained(modules: dict[str, dict[str, object]], survivors: dict[str, dict[str, object]],
                    explained: dict[tuple[str, str, str, str], str]) -> None:
    """Record with each module's result how many of its survivors equivalents.json explains (kept
    for a fresh clone, which has the numbers but not the survivors)."""
    for module, found in known_survivors(modules, survivors).items():
        modules[module]["explained"] = sum((module, s["function"], s["from"], s["to"]) in explained
                                           for s in found)


def write_report(modules: dict[str, dict[str, object]], survivors: dict[str, dict[str, object]],
                 history: list[dict[str, object]], explained: dict[tuple[str, str, str, str], str]
                 ) -> list[tuple[str, dict[str, str]]]:
    """Write the report; return the unexplained survivors in rule modules as (module, survivor).

    A module's survivors are listed when this machine found them in its recorded source; otherwise
    (a fresh clone) its row says so and gives the explained count recorded with its result."""
    known = known_survivors(modules, survivors)
    listed = [(module, s, explained.get((module, s["function"], s["from"], s["to"])))
              for module in sorted(known) for s in known[module]]
    unexplained = [(m, s) for m, s, reason in listed if m in RULE_MODULES and reason is None]

    def explained_in(module: str) -> int:
        return modules[module].get("explained", 0)  # type: ignore[return-value]

    killed, checked = score(list(modules.values()))
    rule_killed, rule_checked = score([e for m, e in modules.items() if m in RULE_MODULES])
    rule_explained = sum(explained_in(m) for m in modules if m in RULE_MODULES)
    rule_unexplained = rule_checked - rule_killed - rule_explained
    never_run = sorted(path.stem for path in (ROOT / "calculators").glob("*.py")
                       if path.stem != "__init__" and path.stem not in modules)
    never_run_rules = [m for m in RULE_MODULES if m not in modules]
    last = history[-1] if history else None
    lines = [
        "# Mutation testing report",
        "",
        "Written by `scripts/mutate` (mutmut 3.8.1 over `calculators/`, against `tests/calculators`",
        "and the doctests). A mutant is a small change to the code, such as `<` for `<=` or `3` for",
        "`4`. It is killed when a test fails. A survivor in a rule module must be killed by a new",
        "test or listed in `mutation/equivalents.json` with the reason it cannot change an answer.",
        "",
        "Runs may cover a few modules at a time: the score and the table below are computed over",
        "the latest result of every module (`mutation/modules.json`), each from the commit and date",
        "shown in its row.",
        "",
    ]
    if last:
        lines += [f"Last run: {last['date']} at commit {last['commit']}, scope: {last['scope']}, "
                  f"mutmut took {last['seconds']} s.", ""]
    lines += [
        f"**Score: {killed} of {checked} mutants killed ({percent(killed, checked)}); rule modules "
        f"{rule_killed} of {rule_checked} ({percent(rule_killed, rule_checked)}), and "
        f"{rule_explained} of their {rule_checked - rule_killed} survivors explained as equivalent, "
        f"{rule_unexplained} unexplained.**",
        "",
    ]
    if never_run_rules:
        lines += [f"Rule modules not run yet: {', '.join(never_run_rules)}.", ""]
    lines += ["## By module", "",
              "| module | rule module | mutants | killed | timeout | survived | of which explained "
              "| not checked | score | commit | date | time |",
              "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for module, entry in sorted(modules.items()):
        k, c = score([entry])
        time = f"{entry['seconds']} s"
        if len(entry["run_modules"]) > 1:  # type: ignore[arg-type]
            time += f" (run shared with {', '.join(m for m in entry['run_modules'] if m != module)})"  # type: ignore[union-attr]
        if entry.get("recheck_seconds"):
            time += f" + {entry['recheck_seconds']} s re-checking survivors"
        lines.append(f"| {module} | {'yes' if module in RULE_MODULES else 'no'} | {entry['mutants']} | "
                     f"{entry['killed']} | {entry['timeout']} | {entry['survived']} | {explained_in(module)} | "
                     f"{entry['not checked']} | {percent(k, c)} | {entry['commit']} | {entry['date']} | {time} |")
    if never_run:
        lines += ["", f"Never run: {', '.join(never_run)}."]
    lines += ["", "## Runs on this machine (before and after)", "",
              "| date | commit | scope | time | killed / checked | rule modules | survivors | unexplained |",
              "|---|---|---|---|---|---|---|---|"]
    for run in history:
        lines.append(f"| {run['date']} | {run['commit']} | {run['scope']} | {run['seconds']} s | "
                     f"{run['killed']} / {run['checked']} ({percent(run['killed'], run['checked'])}) | "
                     f"{run['rule_killed']} / {run['rule_checked']} "
                     f"({percent(run['rule_killed'], run['rule_checked'])}) | {run['survivors']} | "
                     f"{run['unexplained_in_rule_modules']} |")
    lines += ["", "## Survivors (latest result of each module)", ""]
    unlisted = [m for m in sorted(modules) if m not in known and modules[m]["survived"]]
    if unlisted:
        lines += [f"Not run on this machine, so their survivors are not listed: {', '.join(unlisted)}.", ""]
    lines += ["| module | mutant | original | mutated | why it survives |", "|---|---|---|---|---|"]
    for module, survivor, reason in listed:
        why = reason or ("**UNEXPLAINED**" if module in RULE_MODULES else "not a rule module")
        lines.append(f"| {module} | `{survivor['mutant']}` | {cell(survivor['from'])} | "
                     f"{cell(survivor['to'])} | {why} |")
    REPORT.mkdir(parents=True, exist_ok=True)
    (REPORT / "report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return unexplained


def _read(path: Path, empty: object) -> object:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else empty


def _write(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def slim(entry: dict[str, object]) -> dict[str, object]:
    """What modules.json keeps of a module's result."""
    return {key: entry[key] for key in RECORD if key in entry}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rule-modules", action="store_true")
    parser.add_argument("--rewrite", action="store_true")
    parser.add_argument("--stale", action="store_true")
    parser.add_argument("--stage", type=Path)
    parser.add_argument("--seconds", type=int, default=0)
    parser.add_argument("--scope", default="all of calculators/")
    parser.add_argument("--recheck", action="store_true",
                        help="the run re-checked the survivors of the stage's previous run")
    parser.add_argument("--ref", default="HEAD", help="the commit whose code and tests were mutated")
    args = parser.parse_args()
    if args.rule_modules:
        print("|".join(RULE_MODULES))
        return 0

    equivalents = json.loads((OUT / "equivalents.json").read_text(encoding="utf-8"))
    explained = {(e["module"], e["function"], e["from"], e["to"]): e["reason"] for e in equivalents}
    modules_file = OUT / "modules.json"
    survivors_file, history_file = REPORT / "survivors.json", REPORT / "history.json"
    modules: dict[str, dict[str, object]] = _read(modules_file, {})  # type: ignore[assignment]
    survivors: dict[str, dict[str, object]] = _read(survivors_file, {})  # type: ignore[assignment]
    history: list[dict[str, object]] = _read(history_file, [])  # type: ignore[assignment]
    if args.stale:
        print("\n".join(stale_rule_modules(modules)))
        return 0
    if args.rewrite:
        count_explained(modules, survivors, explained)
        _write(modules_file, modules)
        unexplained = write_report(modules, survivors, history, explained)
        print(f"{_shown(REPORT / 'report.md')} rewritten; "
              f"{len(unexplained)} unexplained survivors in rule modules")
        return 1 if unexplained else 0

    commit = _git("rev-parse", "--short", args.ref)
    if args.ref == "HEAD" and _git("status", "--porcelain", "--", "calculators", "tests/calculators"):
        commit += "+uncommitted"
    run = {"commit": commit, "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
           "scope": args.scope, "seconds": args.seconds}
    entries = run_results(args.stage, run)
    for module, entry in entries.items():
        entry["run_modules"] = sorted(entries)
        entry["source_sha256"] = source_sha256(module, args.ref)
        previous = modules.get(module)
        if args.recheck and previous:  # the full run's time, plus every re-check since
            entry["seconds"] = previous["seconds"]
            entry["run_modules"] = previous["run_modules"]
            entry["recheck_seconds"] = previous.get("recheck_seconds", 0) + args.seconds  # type: ignore[operator]
        modules[module] = slim(entry)
        survivors[module] = {"source_sha256": entry["source_sha256"], "survivors": entry["survivors"]}
    count_explained(modules, survivors, explained)
    _write(modules_file, dict(sorted(modules.items())))
    _write(survivors_file, dict(sorted(survivors.items())))

    killed, checked = score(list(entries.values()))
    rule_killed, rule_checked = score([e for m, e in entries.items() if m in RULE_MODULES])
    this_run = [(m, s) for m, e in entries.items() for s in e["survivors"]]  # type: ignore[attr-defined]
    unexplained_here = [(m, s) for m, s in this_run if m in RULE_MODULES
                        and (m, s["function"], s["from"], s["to"]) not in explained]
    history.append({**run, "modules": sorted(entries), "killed": killed, "checked": checked,
                    "rule_killed": rule_killed, "rule_checked": rule_checked,
                    "survivors": len(this_run), "unexplained_in_rule_modules": len(unexplained_here)})
    _write(history_file, history)
    unexplained = write_report(modules, survivors, history, explained)
    total_killed, total_checked = score(list(modules.values()))
    print(f"scripts/mutate: this run {killed}/{checked} killed ({percent(killed, checked)}); "
          f"{len(this_run)} survivors, {len(unexplained_here)} unexplained in rule modules. "
          f"All modules' latest results: {total_killed}/{total_checked} "
          f"({percent(total_killed, total_checked)}), {len(unexplained)} unexplained; "
          f"see {_shown(REPORT / 'report.md')}")
    for module, survivor in unexplained_here:
        print(f"  unexplained: {module} {survivor['mutant']}: {survivor['from']!r} -> {survivor['to']!r}")
    return 1 if unexplained_here else 0


if __name__ == "__main__":
    sys.exit(main())
