"""The calculators' doctests, run inside Pyodide from the shipped wheel's bytecode.

tests/pyodide/run.mjs copies this file into Pyodide as tests/test_shipped_doctests.py; CPython never
collects it (its name does not start with test_), because there pytest's --doctest-modules reads
the same doctests from the source files. The site's wheel ships no source (scripts/lib/precompile.mjs),
so pytest cannot find its doctests by file: here they come from the installed modules' docstrings,
which the bytecode keeps. One test per docstring with examples, as --doctest-modules counts them
(it skips __main__.py), so tests/test_in_pyodide.py can check that the two runs count the same.
"""

from __future__ import annotations

import doctest
import importlib
import io
import pkgutil

import pytest

import calculators

# pytest's default doctest_optionflags (pyproject.toml sets none of its own).
OPTION_FLAGS = doctest.ELLIPSIS


def shipped_doctests() -> list[doctest.DocTest]:
    names = [calculators.__name__] + [
        module.name for module in pkgutil.walk_packages(calculators.__path__, calculators.__name__ + ".")
        if not module.name.endswith(".__main__")  # importing it would run the command line
    ]
    finder = doctest.DocTestFinder()
    found = [test for name in names for test in finder.find(importlib.import_module(name)) if test.examples]
    return sorted(found, key=lambda test: test.name)


@pytest.mark.parametrize("test", shipped_doctests(), ids=lambda test: test.name)
def test_the_shipped_bytecode_passes_its_doctest(test: doctest.DocTest) -> None:
    assert calculators.__file__.endswith(".pyc"), calculators.__file__  # the wheel as the site ships it
    report = io.StringIO()
    runner = doctest.DocTestRunner(verbose=False, optionflags=OPTION_FLAGS)
    outcome = runner.run(test, out=report.write, clear_globs=True)
    assert outcome.attempted == len(test.examples)
    assert outcome.failed == 0, report.getvalue()
