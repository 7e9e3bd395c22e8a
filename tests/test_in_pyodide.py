"""The calculators' tests, run a second time inside Pyodide, and a CPython/Pyodide differential check.

What runs in the reader's browser is the wheel in the built site's pyodide/ directory, loaded by
the Pyodide files the site serves. tests/pyodide/run.mjs (Node.js) loads exactly those, installs
pytest, hypothesis and the test oracles from pinned local wheels, and runs tests/calculators plus
the installed package's doctests (from its bytecode's docstrings: the wheel ships no source). A failure there fails this test. Nothing is fetched at run time
(run.mjs makes any http(s) fetch throw).
"""

from __future__ import annotations

import datetime
import json
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from calculators import browser

ROOT = Path(__file__).resolve().parent.parent
RUNNER = ROOT / "tests" / "pyodide" / "run.mjs"
PINS = ROOT / "tests" / "pyodide" / "requirements.txt"
WHEELS = ROOT / ".cache" / "pyodide-wheels"
# The Python inside the pinned Pyodide (its lock file's info.python), as MAJOR.MINOR.
PYODIDE_PYTHON = ".".join(json.loads((ROOT / "node_modules" / "pyodide" / "pyodide-lock.json")
                                     .read_text(encoding="utf-8"))["info"]["python"].split(".")[:2])
ENTRY_POINTS = ("certificate", "appeal_deadline", "discrimination_claim", "mediation_timeline")
DIFFERENTIAL_CASES = 400
PYODIDE_TIMEOUT_SECONDS = 900


def node() -> str:
    """Node.js on PATH. Fails, never skips: the Pyodide run is part of every test run."""
    path = shutil.which("node")
    if not path:
        pytest.fail("Node.js is missing: install Node.js 18+ (the Pyodide test run needs it)")
    return path


def pinned_wheels() -> Path:
    """The pinned pure-Python wheels for Pyodide, downloaded once into .cache/pyodide-wheels/."""
    pins = [line.split("#")[0].split("--hash")[0].strip() for line in PINS.read_text().splitlines()]
    pins = [pin for pin in pins if pin]
    have = {path.name.lower() for path in WHEELS.glob("*.whl")}

    def present(pin: str) -> bool:
        name, version = pin.split("==")
        prefix = f"{re.sub(r'[-_.]+', '_', name).lower()}-{version}-"
        return any(wheel.startswith(prefix) for wheel in have)

    if not all(present(pin) for pin in pins):
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
             "--only-binary=:all:", "--no-deps", "--python-version", PYODIDE_PYTHON, "--implementation", "py",
             "--dest", str(WHEELS), "-r", str(PINS)],
            check=True,
        )
    return WHEELS


# --- Generated requests for the differential check -----------------------------------------------

MONTH_SPELLINGS = ["1", "01", "2", "6", "9", "12", "13", "0", "Jan", "jan", "January", "SEPT", "Sept",
                   "september", "Dec", "december ", " 3 ", "", "x", "-1", "1.5", "٣"]
GROUNDS = ["a", "b", "c-i", "c-ii", "c-iii", "c-iv", "d", "e", "f", "health-social-care",
           "disability-discrimination", "other"]


def generated_date(rng: random.Random) -> dict:
    """A date field with a slip: blank, missing parts, impossible or oddly written values."""
    if rng.random() < 0.2:
        return {"day": "", "month": "", "year": ""}
    return {
        "day": rng.choice(["", "0", "1", "29", "30", "31", "32", "x", " 7", "1e1"]),
        "month": rng.choice(MONTH_SPELLINGS),
        "year": rng.choice(["", "2026", "26", "20266", "2014", "2024", "2028", "2029", "1999", "two"]),
    }


def generated_request(rng: random.Random, entry_point: str) -> str:
    """A request as our form would send it: a real date and a "today" near it, often with slips."""
    if rng.random() < 0.05:  # a request that did not come from our form
        return rng.choice(["", "null", "[]", "{", '{"grounds": 3}', '{"decision_sent": "2026-01-01"}',
                           '{"today": "not a date", "decision_sent": {"day": "1"}}'])
    base = datetime.date(2014, 6, 1) + datetime.timedelta(days=rng.randrange(14 * 365))
    today = (base + datetime.timedelta(days=rng.randrange(-10, 250))).isoformat()

    def typed(day: datetime.date) -> dict:
        return as_typed(day, rng) if rng.random() < 0.75 else generated_date(rng)

    def later(days: int) -> dict:
        return typed(base + datetime.timedelta(days=rng.randrange(-5, days)))

    if entry_point == "certificate":
        count = 1 if rng.random() < 0.4 else rng.randrange(len(GROUNDS) + 1)
        request = {"grounds": rng.sample(GROUNDS, count)}
    elif entry_point == "discrimination_claim":
        request = {"conduct": typed(base), "today": today,
                   "against": rng.choice(["school", "college", "other", "school", ""])}
    elif entry_point == "appeal_deadline":
        request = {"decision_sent": typed(base), "today": today,
                   "certificate_issued": later(150) if rng.random() < 0.5 else {"day": "", "month": "", "year": ""}}
    else:  # mediation_timeline: any of the later steps may have happened
        request = {"decision_sent": typed(base), "today": today,
                   "mediation_wanted": rng.choice(["yes", "no", ""]),
                   "health_included": rng.choice(["no", "yes", "only", ""])}
        for field in ("adviser_contacted", "la_told", "mediation_ended", "certificate_issued", "agreement_made"):
            if rng.random() < 0.4:
                request[field] = later(120)
    return json.dumps(request)


def as_typed(day: datetime.date, rng: random.Random) -> dict:
    """A real date typed the ways GOV.UK date inputs accept: 3 or 03, 1 or Jan or january."""
    month = rng.choice([str(day.month), f"{day.month:02d}", day.strftime("%b"), day.strftime("%B").lower()])
    return {"day": rng.choice([str(day.day), f"{day.day:02d}", f" {day.day} "]), "month": month, "year": str(day.year)}


def differential_cases() -> list[dict]:
    rng = random.Random(20260905)  # fixed seed: the same cases on every run, so failures reproduce
    return [
        {"entry_point": ENTRY_POINTS[i % len(ENTRY_POINTS)],
         "request": generated_request(rng, ENTRY_POINTS[i % len(ENTRY_POINTS)])}
        for i in range(DIFFERENTIAL_CASES)
    ]


# --- One Node.js/Pyodide run for the whole module ---------------------------------------------------

@pytest.fixture(scope="module")
def pyodide_run(site_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    work = tmp_path_factory.mktemp("pyodide")
    cases = differential_cases()
    (work / "cases.json").write_text(json.dumps(cases))
    completed = subprocess.run(
        [node(), str(RUNNER), "--site", str(site_dir), "--wheels", str(pinned_wheels()),
         "--tests", str(ROOT / "tests" / "calculators"),
         "--differential", str(work / "cases.json"), str(work / "answers.json"),
         "--summary", str(work / "summary.json")],
        cwd=ROOT, capture_output=True, text=True, timeout=PYODIDE_TIMEOUT_SECONDS,
    )
    output = completed.stdout + completed.stderr
    print(output[-5000:])
    summary = json.loads((work / "summary.json").read_text()) if (work / "summary.json").exists() else None
    answers = json.loads((work / "answers.json").read_text()) if (work / "answers.json").exists() else None
    return {"returncode": completed.returncode, "output": output, "summary": summary,
            "cases": cases, "answers": answers}


def cpython_test_count() -> int:
    """How many tests the same selection collects in CPython (tests/calculators + the package's doctests)."""
    collected = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
         "tests/calculators", "calculators"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    match = re.search(r"^(\d+) tests? collected", collected.stdout, re.MULTILINE)
    assert match, collected.stdout[-2000:]
    return int(match.group(1))


def test_the_calculators_tests_and_doctests_all_pass_inside_pyodide(pyodide_run: dict) -> None:
    assert pyodide_run["returncode"] == 0, pyodide_run["output"][-8000:]
    summary = pyodide_run["summary"]
    assert summary["exit_code"] == 0
    # The package under test is the installed wheel, bytecode only, not a source tree.
    assert re.search(r"/site-packages/calculators/__init__\.pyc$", summary["calculators_file"])
    assert summary["python"].startswith(PYODIDE_PYTHON + ".")
    outcomes = summary["outcomes"]
    assert set(outcomes) == {"passed"}, outcomes
    # Every test that CPython collects ran (and passed) inside Pyodide: none silently dropped.
    assert outcomes["passed"] == cpython_test_count()


def test_every_generated_request_gets_identical_json_from_cpython_and_pyodide(pyodide_run: dict) -> None:
    assert pyodide_run["answers"] is not None, pyodide_run["output"][-8000:]
    cases, answers = pyodide_run["cases"], pyodide_run["answers"]
    assert len(answers) == len(cases) == DIFFERENTIAL_CASES
    differences = [
        (case, cpython, pyodide)
        for case, pyodide in zip(cases, answers)
        if (cpython := getattr(browser, case["entry_point"])(case["request"])) != pyodide
    ]
    assert not differences, differences[:3]
    # The generated inputs exercise both answers and errors in every calculator.
    for entry_point in ENTRY_POINTS:
        oks = {json.loads(answer)["ok"] for case, answer in zip(cases, answers)
               if case["entry_point"] == entry_point}
        assert oks == {True, False}, entry_point
