"""scripts/lib/mutation_report.py (issues 15 and 25): runs of a few modules at a time add up in mutation/modules.json.

A fake mutmut stage (two modules' .meta exit codes and their mutated functions) is reported into a
temporary mutation/ folder (committed: numbers only) and report folder (generated: the report, the
survivors and the runs, uploaded by the mutation workflow as an artifact), as scripts/mutate would
after each run.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import subprocess
import sys
from importlib.machinery import SourceFileLoader
from pathlib import Path

import pytest

from conftest import ROOT

SOURCE = {  # mutmut's copy of each function: the original and its numbered mutants
    "months": "def x_shift__mutmut_orig(day):\n    return day + 1\n\n"
              "def x_shift__mutmut_1(day):\n    return day + 2\n\n"
              "def x_shift__mutmut_2(day):\n    return day - 1\n",
    "timeline": "def x_order__mutmut_orig(a, b):\n    return a < b\n\n"
                "def x_order__mutmut_1(a, b):\n    return a <= b\n",
}
EQUIVALENT = {"module": "months", "function": "x_shift", "from": "return day + 1", "to": "return day + 2",
              "reason": "Equivalent: a made-up reason for the test."}


def report_module():
    loader = SourceFileLoader("mutation_report", str(ROOT / "scripts" / "lib" / "mutation_report.py"))
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader("mutation_report", loader))
    loader.exec_module(module)
    return module


@pytest.fixture
def report(tmp_path, monkeypatch):
    module = report_module()
    out = tmp_path / "mutation"
    out.mkdir()
    (out / "equivalents.json").write_text(json.dumps([EQUIVALENT]), encoding="utf-8")
    monkeypatch.setattr(module, "OUT", out)
    monkeypatch.setattr(module, "REPORT", tmp_path / "report")

    def run(codes: dict[str, dict[str, int | None]], *args: str) -> int:
        stage = tmp_path / "stage" / "mutants" / "calculators"
        stage.mkdir(parents=True, exist_ok=True)
        for name, by_number in codes.items():
            (stage / f"{name}.py").write_text(SOURCE[name], encoding="utf-8")
            function = "x_shift" if name == "months" else "x_order"
            (stage / f"{name}.py.meta").write_text(json.dumps({"exit_code_by_key": {
                f"calculators.{name}.{function}__mutmut_{n}": code for n, code in by_number.items()}}), encoding="utf-8")
        module._functions.cache_clear()
        monkeypatch.setattr(sys, "argv", ["mutation_report.py", "--stage", str(tmp_path / "stage"), *args])
        return module.main()

    run.out = out
    run.report = tmp_path / "report"
    return run


def test_runs_of_single_modules_add_up(report):
    # Run 1: months only (timeline's mutants not checked). Mutant 1 survives but is explained.
    assert report({"months": {1: 0, 2: 1}, "timeline": {1: None}}, "--seconds", "40", "--scope", "months") == 0
    modules = json.loads((report.out / "modules.json").read_text(encoding="utf-8"))
    assert list(modules) == ["months"]
    assert (modules["months"]["killed"], modules["months"]["survived"], modules["months"]["seconds"]) == (1, 1, 40)
    assert "survivors" not in modules["months"]  # the committed record keeps numbers only
    survivors = json.loads((report.report / "survivors.json").read_text(encoding="utf-8"))
    assert survivors["months"]["survivors"] == [{"mutant": "x_shift__mutmut_1", "function": "x_shift",
                                                 "from": "return day + 1", "to": "return day + 2"}]
    assert survivors["months"]["source_sha256"] == modules["months"]["source_sha256"]

    # Run 2: timeline only, with an unexplained survivor: exit 1; months' result is kept.
    assert report({"months": {1: None, 2: None}, "timeline": {1: 0}}, "--seconds", "70", "--scope", "timeline") == 1
    modules = json.loads((report.out / "modules.json").read_text(encoding="utf-8"))
    assert sorted(modules) == ["months", "timeline"]
    assert (modules["months"]["seconds"], modules["timeline"]["seconds"]) == (40, 70)
    text = (report.report / "report.md").read_text(encoding="utf-8")
    assert "**Score: 1 of 3 mutants killed (33.3%)" in text
    assert "| timeline | `x_order__mutmut_1` | `return a < b` | `return a <= b` | **UNEXPLAINED** |" in text
    assert "| months | `x_shift__mutmut_1` | `return day + 1` | `return day + 2` | Equivalent: a made-up reason" in text

    # Run 3: a re-check of timeline's survivor, now killed: the full run's time is kept.
    assert report({"months": {1: None, 2: None}, "timeline": {1: 1}}, "--seconds", "9", "--recheck") == 0
    modules = json.loads((report.out / "modules.json").read_text(encoding="utf-8"))
    assert (modules["timeline"]["killed"], modules["timeline"]["survived"]) == (1, 0)
    assert (modules["timeline"]["seconds"], modules["timeline"]["recheck_seconds"]) == (70, 9)
    text = (report.report / "report.md").read_text(encoding="utf-8")
    assert "**Score: 2 of 3 mutants killed (66.7%)" in text
    assert "| timeline | yes | 1 | 1 | 0 | 0 | 0 | 0 | 100.0% |" in text
    assert "70 s + 9 s re-checking survivors" in text

    history = json.loads((report.report / "history.json").read_text(encoding="utf-8"))
    assert [(run["modules"], run["killed"], run["checked"]) for run in history] == [
        (["months"], 1, 2), (["timeline"], 0, 1), (["timeline"], 1, 1)]


def test_rewrite_reports_again_from_the_kept_results(report):
    report({"months": {1: 0, 2: 1}}, "--seconds", "40")
    (report.report / "report.md").unlink()
    assert report({}, "--rewrite") == 0
    assert "| months | yes | 2 | 1 | 0 | 1 | 1 | 0 | 50.0% |" in (report.report / "report.md").read_text(encoding="utf-8")


def test_a_fresh_clone_reports_from_the_committed_numbers(report):
    """The survivors' text is not committed: without it the report still gives every module's
    counts, takes the explained ones from equivalents.json, and says which survivors it cannot list."""
    report({"months": {1: 0, 2: 1}}, "--seconds", "40")
    (report.report / "survivors.json").unlink()
    assert report({}, "--rewrite") == 0
    text = (report.report / "report.md").read_text(encoding="utf-8")
    assert "| months | yes | 2 | 1 | 0 | 1 | 1 | 0 | 50.0% |" in text
    assert "Not run on this machine, so their survivors are not listed: months." in text
    assert "**Score: 1 of 2 mutants killed (50.0%); rule modules 1 of 2 (50.0%), and 1 of their 1 survivors " \
           "explained as equivalent, 0 unexplained.**" in text


def test_only_the_numbers_and_the_explanations_are_committed():
    """Issue 25: the full report is a CI artifact; at most 60 kB is committed under mutation/."""
    tracked = subprocess.run(["git", "ls-files", "mutation"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.split()
    assert sorted(tracked) == ["mutation/equivalents.json", "mutation/modules.json"]
    assert sum((ROOT / path).stat().st_size for path in tracked) <= 60_000
    modules = json.loads((ROOT / "mutation" / "modules.json").read_text(encoding="utf-8"))
    assert {key for entry in modules.values() for key in entry} <= set(report_module().RECORD)


def test_stale_lists_the_rule_modules_whose_source_changed_since_their_result(report, capsys):
    report({"months": {1: 0, 2: 1}}, "--seconds", "40")
    modules = json.loads((report.out / "modules.json").read_text(encoding="utf-8"))
    assert len(modules["months"]["source_sha256"]) == 64  # the source the result was computed from

    def stale() -> list[str]:
        capsys.readouterr()
        assert report({}, "--stale") == 0
        return capsys.readouterr().out.split()

    # months has a result for its current source; the other rule modules have none yet.
    assert stale() == ["working_days", "limits", "appeal_deadline", "discrimination", "certificate", "plan",
                       "timeline", "browser", "letters", "letter_parts", "letters_mediation", "letters_tribunal",
                       "appeal_pack"]
    modules["months"]["source_sha256"] = "0" * 64  # as if months.py had changed since its run
    (report.out / "modules.json").write_text(json.dumps(modules), encoding="utf-8")
    assert stale()[0] == "months"


def _calls_into_the_package(node, package_names: set[str]) -> list[str]:
    """Calls of the package's functions in ``node``, not counting those inside a lambda or def."""
    found, stack = [], [node]
    while stack:
        current = stack.pop()
        if isinstance(current, (ast.Lambda, ast.FunctionDef)):
            continue
        if isinstance(current, ast.Call):
            func = current.func
            base = func.value if isinstance(func, ast.Attribute) else func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if isinstance(base, ast.Name) and base.id in package_names and not name[:1].isupper():
                found.append(f"line {current.lineno}: {ast.unparse(func)}(...)")
        stack.extend(ast.iter_child_nodes(current))
    return found


@pytest.mark.parametrize("path", sorted((ROOT / "tests" / "calculators").glob("test_*.py")), ids=lambda p: p.name)
def test_calculator_tests_work_their_results_out_inside_the_test(path):
    """mutmut credits a test only with the calls made while it runs: a result worked out at
    collection (module level, or in pytest.param) comes from the unmutated code and kills nothing."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package_names = {alias.asname or alias.name for node in tree.body if isinstance(node, ast.ImportFrom)
                     and (node.module or "").startswith("calculators") for alias in node.names}
    at_collection = []
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign, ast.Expr)):
            at_collection += _calls_into_the_package(node, package_names)
        elif isinstance(node, ast.FunctionDef):
            for decorator in node.decorator_list:
                at_collection += _calls_into_the_package(decorator, package_names)
    assert at_collection == []
