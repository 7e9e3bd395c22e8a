"""Stage a copy of the calculators and their tests for mutmut (called by scripts/mutate).

mutmut 3 never mutates a decorated function, and every rule function here carries ``@cites``.
So the copy (never the repository) moves each ``@cites(...)`` below its module, as
``name = cites(...)(name)``: the same function object gets the same ``__provisions__``, and
mutmut can mutate its body. Module-level code is not mutated, so the citation test
(tests/calculators/test_calc_citations.py, which checks attributes and constants only) is left
out of the mutation run; scripts/test runs it on the real code.

Usage: python scripts/lib/mutate_stage.py STAGE_DIR [--keep-results] [--ref GIT_REF]
(--keep-results refreshes the code and tests but keeps mutmut's results in STAGE_DIR/mutants;
--ref takes calculators/ and tests/calculators/ from a commit, e.g. to score the code before a change.)
"""

from __future__ import annotations

import ast
import io
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Doctests are collected from every function in a module, and mutmut copies each function's
# docstring into every mutant: without this hook each doctest would run once per mutant.
CONFTEST = '''"""Written by scripts/lib/mutate_stage.py: run each doctest once, not once per mutant copy."""


def pytest_collection_modifyitems(config, items):
    items[:] = [item for item in items if "__mutmut_" not in item.name]
'''


def move_cites_below(source: str) -> str:
    """The module with each top-level ``@cites(...)`` decorator re-applied after the module body.

    >>> print(move_cites_below("@cites(A)\\ndef f():\\n    return 1\\n"))
    def f():
        return 1
    <BLANKLINE>
    f = cites(A)(f)  # moved by scripts/lib/mutate_stage.py so mutmut mutates f
    <BLANKLINE>
    """
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    drop: set[int] = set()
    tail: list[str] = []
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        for decorator in node.decorator_list:
            if isinstance(decorator, ast.Call) and getattr(decorator.func, "id", "") == "cites":
                if len(node.decorator_list) != 1:
                    raise SystemExit(f"{node.name}: @cites with other decorators is not staged")
                drop.update(range(decorator.lineno - 1, decorator.end_lineno))
                text = ast.get_source_segment(source, decorator)
                tail.append(f"{node.name} = {text}({node.name})  "
                            f"# moved by scripts/lib/mutate_stage.py so mutmut mutates {node.name}\n")
    kept = "".join(line for index, line in enumerate(lines) if index not in drop)
    return kept + ("\n" + "".join(tail) if tail else "")


def stage(target: Path, keep_results: bool = False, source: Path = ROOT) -> None:
    for part in ("calculators", "tests") if keep_results else ():
        shutil.rmtree(target / part, ignore_errors=True)
    if target.exists() and not keep_results:
        shutil.rmtree(target)
    (target / "tests").mkdir(parents=True)
    shutil.copytree(source / "calculators", target / "calculators",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copytree(source / "tests" / "calculators", target / "tests" / "calculators",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copy2(ROOT / "tests" / "conftest.py", target / "tests" / "conftest.py")
    shutil.copy2(ROOT / "pyproject.toml", target / "pyproject.toml")
    (target / "conftest.py").write_text(CONFTEST, encoding="utf-8")
    for module in sorted((target / "calculators").glob("*.py")):
        module.write_text(move_cites_below(module.read_text(encoding="utf-8")), encoding="utf-8")


def main(argv: list[str]) -> None:
    target, keep = Path(argv[0]).resolve(), "--keep-results" in argv[1:]
    if "--ref" not in argv:
        return stage(target, keep)
    ref = argv[argv.index("--ref") + 1]
    archive = subprocess.run(["git", "archive", ref, "calculators", "tests/calculators"], cwd=ROOT,
                             capture_output=True, check=True).stdout
    with tempfile.TemporaryDirectory() as tree:
        tarfile.open(fileobj=io.BytesIO(archive)).extractall(tree, filter="data")
        stage(target, keep, Path(tree))


if __name__ == "__main__":
    main(sys.argv[1:])
