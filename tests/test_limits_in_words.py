"""No module types a time limit as words: every "3 working days" a reader sees comes from calculators/limits.py.

Outside tests/calculators because it reads the package's source, which the wheel inside Pyodide does
not have (it ships bytecode only). Docstrings are left out: they are worked examples for developers.
"""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: A number and a unit of time, or "2-month" as in "your 2-month deadline" (not in a key such as
#: "certificate-after-mediation-gives-1-month").
TYPED_LIMIT = re.compile(r"\b\d+ (?:working days?|months?|weeks?|days?)\b|(?<![\w-])\d+-month\b(?!-)")
#: Every module but the limits themselves and the provisions, whose words are the law's own.
MODULES = sorted(path.name for path in (ROOT / "calculators").glob("*.py")
                 if path.name not in ("limits.py", "provisions.py"))


def _words(string_token: str) -> str:
    """A string literal's text, without its prefix and quotes."""
    body = string_token.lstrip("rRbBuUfF")
    quote = body[:3] if body[:3] in ('"""', "'''") else body[:1]
    return body[len(quote):-len(quote)]


def typed_limits(source: str) -> list[str]:
    """The typed limits in the string literals of ``source``, docstrings left out. Adjacent literals
    are read as the one string Python makes of them ("within 3 working " "days")."""
    found: list[str] = []
    run: list[tokenize.TokenInfo] = []
    previous = None

    def read_run() -> None:
        if run:
            words = "".join(_words(token.string) for token in run)
            found.extend(f"line {run[0].start[0]}: {match}" for match in TYPED_LIMIT.findall(words))
            run.clear()

    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.STRING:
            body = token.string.lstrip("rRbBuUfF")
            docstring = body.startswith(('"""', "'''")) and previous in (None, tokenize.INDENT, tokenize.NEWLINE)
            if not docstring:
                run.append(token)
        elif token.type not in (tokenize.NL, tokenize.COMMENT):
            read_run()
        if token.type not in (tokenize.NL, tokenize.COMMENT):
            previous = token.type
    read_run()
    return found


@pytest.mark.parametrize("source, found", [
    pytest.param('TEXT = "within 3 working days"\n', ["line 1: 3 working days"], id="a typed limit is found"),
    pytest.param('TEXT = f"within {ADVISER_CERTIFICATE.text}"\n', [], id="an interpolated limit is not"),
    pytest.param('TEXT = "your 2-month deadline"\n', ["line 1: 2-month"], id="a typed 2-month is found"),
    pytest.param('TEXT = ("issue it within 3 working "\n        "days of hearing from me")\n', ["line 1: 3 working days"],
                 id="a limit split over two adjacent literals is found"),
    pytest.param('TEXT = ("within 3 "\n        "of them")\n', [], id="a number ending one literal is not a limit"),
    pytest.param('def f():\n    """2 months after the letter."""\n', [], id="a docstring is left out"),
    pytest.param('TEXT = "on 25 December or 1 September 2014"\n', [], id="a date is not a limit"),
    pytest.param('KEY = "certificate-after-mediation-gives-1-month"\n', [], id="a key is not a limit"),
])
def test_the_scan_tells_a_typed_limit(source, found):
    assert typed_limits(source) == found


@pytest.mark.parametrize("module", MODULES)
def test_no_module_types_a_time_limit(module):
    assert typed_limits((ROOT / "calculators" / module).read_text(encoding="utf-8")) == []
