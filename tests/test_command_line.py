"""The command line as a user runs it, in a subprocess: the README's examples, and hostile arguments.

Outside tests/calculators because it starts processes (which Pyodide and mutation testing cannot).
Issue 21: every `python -m calculators` line of the README carries --today and exits 0; and no
argument, on any terminal encoding, gives a traceback: bad input is one line and status 2.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calculators.__main__ import COMMANDS
from calculators.letters import KINDS
from calculators.browser import CALCULATORS
from calculators.questions import CHECKBOXES, DATE

ROOT = Path(__file__).resolve().parent.parent


def readme_commands() -> list[str]:
    """Each `python -m calculators` command in the README's shell blocks, continuation lines joined."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", text, re.DOTALL):
        for line in block.replace("\\\n", " ").splitlines():
            if "-m calculators " in line:
                commands.append(line.split(" #", 1)[0].strip())
    return commands


def run(args: list[str], encoding: str = "utf-8") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    return subprocess.run([sys.executable, "-m", "calculators", *args], capture_output=True, cwd=ROOT,
                          env=env, timeout=60)


def test_the_readme_has_its_examples():
    assert len(readme_commands()) >= 8


@pytest.mark.parametrize("command", readme_commands())
def test_each_readme_example_carries_today_and_runs(command):
    args = shlex.split(command)[shlex.split(command).index("calculators") + 1:]
    if args[0] != "certificate":
        assert "--today" in args, command  # a fixed day: the example gives the same answer every day
    result = run(args)
    assert result.returncode == 0, (command, result.stderr)
    assert result.stdout.strip()


HOSTILE = ["--", "-", "", " ", "=", "2027-W02-7", "2027-02-30", "9" * 5000, "2027-01-04T00:00", "yes",
           "\u2019", "\u0662\u0660\u0662\u0667-\u0660\u0661-\u0660\u0664", "2027-01-04\t", "-1", "nan", "\u00e9"]


@st.composite
def argvs(draw):
    command = draw(st.sampled_from([*COMMANDS, "letter"]))
    args = [command]
    if command == "letter":
        args.append(draw(st.sampled_from([*KINDS, "no-such-letter", "--"])))
    entry = "letter" if command == "letter" else COMMANDS[command][0]
    for question in CALCULATORS[entry].questions:
        if draw(st.booleans()):
            value = draw(st.one_of(st.sampled_from(HOSTILE), st.sampled_from(
                [option.cli_value for option in question.options] or ["2027-01-04"])))
            args += [f"{question.option}={value}"] if draw(st.booleans()) else [question.option, value]
            if question.kind == CHECKBOXES and draw(st.booleans()):
                args += [question.option, draw(st.sampled_from(question.values))]
            if question.kind == DATE:
                continue
    if draw(st.booleans()):
        args += ["--today", draw(st.sampled_from([*HOSTILE, "2027-03-01"]))]
    if draw(st.booleans()):
        args.append("--json")
    return args, draw(st.sampled_from(["utf-8", "ascii", "latin-1"]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(argvs())
def test_no_argument_gives_a_traceback_on_any_terminal(case):
    args, encoding = case
    result = run(args, encoding)
    err = result.stderr.decode(encoding, "replace")
    assert "Traceback" not in err, (args, err)
    assert result.returncode in (0, 2), (args, result.returncode, err)
    if result.returncode == 2:
        assert err.count("\n") <= 2 and "error:" in err, (args, err)  # argparse adds its usage line
        assert "Reload the page" not in err
