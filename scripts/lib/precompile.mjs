// Precompile, inside the site's own Pyodide, the Python that the calculators run, and ship only that:
// - $SITE/pyodide/<build>/python_stdlib.zip becomes the TRIMMED standard library: only the modules
//   that Pyodide's own start-up and the calculators' entry points import (found by an import trace here,
//   under Node), as bytecode;
// - our calculators package ships as bytecode only: each calculators/NAME.py in the wheel becomes
//   calculators/NAME.pyc (a sourceless module, PEP 3147's legacy layout, which Python imports with
//   no source beside it).
//
// Usage: node scripts/lib/precompile.mjs PYODIDE_DIR FULL_STDLIB_ZIP   (called by scripts/lib/bundle_pyodide.py,
//        which then records the wheel's new sha256 in the lock file)
//
// Why bytecode: Pyodide's python_stdlib.zip ships source only, so every start compiled ~150 modules
// in WebAssembly (about 3 of 5.4 s from first interaction to "ready", scripts/bench). The bytecode is
// compiled by Pyodide's own Python, so its magic number matches, as unchecked hash-based .pyc files
// (PEP 552), which Python uses without a source file.
// Why trimmed: the full library is 2.5 MB compressed (3.3 MB as bytecode) and a start imports about
// 125 of its 1,000 modules. The shipped zip holds just those, compiled with optimize=2 (no
// docstrings or asserts) and without line-number tables (co_linetable): a traceback through the
// standard library shows no line numbers, nothing else changes. Our own package keeps the
// docstrings that hold examples (the doctests inside Pyodide run from them:
// tests/pyodide/shipped_doctests.py) and the package's own docstring (its scope, which a test reads);
// the other docstrings are documentation for developers, who read the source. Its line numbers are
// replaced by "unknown" (one byte per 8 instructions): no reader ever sees a traceback (every answer
// is JSON, and an unexpected error is "Something went wrong"), the same code runs with full
// tracebacks in CPython's tests, and the tables cost readers 12 kB of the first answer's download
// (issue 24: the wheel is 126 kB, against 149 kB with every docstring and the tables, and 241 kB as
// source). An empty table, as the standard library has, would make a traceback through our code
// raise while it is formatted, which the doctests that expect an exception do.
// The trace: Pyodide's start-up (with the wheel, as the worker loads it), then each calculator
// with a valid request, a request with slips and one that is not JSON, which exercises every import
// a calculation makes (the differential test in tests/test_in_pyodide.py and the browser tests run
// against the trimmed zip to prove it). The full library stays in node_modules/pyodide for the
// pytest-in-Pyodide run (tests/pyodide/run.mjs), whose pytest and hypothesis need far more.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const pyodideDir = path.resolve(process.argv[2]) + "/";
const fullStdlib = path.resolve(process.argv[3]);
const lock = JSON.parse(readFileSync(pyodideDir + "pyodide-lock.json", "utf8"));
const wheel = pyodideDir + lock.packages["send-calculators"].file_name;
const { loadPyodide } = await import(pathToFileURL(pyodideDir + "pyodide.mjs").href);
const pyodide = await loadPyodide({
  indexURL: pyodideDir, stdLibURL: fullStdlib, packages: ["send-calculators"],
  env: { PYTHONNODEBUGRANGES: "1" }, // no column ranges in the code compiled here (and no line numbers)
});
pyodide.FS.writeFile("/tmp/stdlib.zip", readFileSync(fullStdlib));
pyodide.FS.writeFile("/tmp/calculators.whl", readFileSync(wheel));
const counts = pyodide.runPython(`
import json, sys
import calculators.browser

# The trace: what each calculator imports for an answer, for an error message and for a bad request,
# from the requests each one declares (calculators.browser.CALCULATORS), and for a name none has.
for name, calculator in calculators.browser.CALCULATORS.items():
    for sample in calculator.samples:
        calculators.browser.answer(name, json.dumps({"today": "2026-12-01", **sample}))
    calculators.browser.answer(name, "not JSON")
calculators.browser.answer("no-such-calculator", "{}")
calculators.browser.warm_up()
traced = {name: getattr(module, "__spec__", None) for name, module in list(sys.modules.items())}

# The tools for writing the files, imported only now so that they are not counted as traced.
import ast, base64, hashlib, importlib.util, marshal, os, types, zipfile

def without_plain_docstrings(source, filename):
    """The module's syntax tree without the docstrings that hold no example (the doctests need the
    others), keeping the package's own; line numbers stay as in the source."""
    tree = ast.parse(source, filename)
    owners = [node for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
    if not filename.endswith("/calculators/__init__.py"):
        owners.append(tree)
    for node in owners:
        first = node.body[0] if node.body else None
        if (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str) and ">>>" not in first.value.value):
            node.body = node.body[1:] or [ast.copy_location(ast.Pass(), first)]
    return tree

def without_line_numbers(code):
    consts = tuple(without_line_numbers(c) if isinstance(c, types.CodeType) else c for c in code.co_consts)
    return code.replace(co_linetable=b"", co_consts=consts)

# A location-table entry (CPython's InternalDocs/locations.md): the high bit, a 4-bit code, and
# the number of code units it covers less 1 (3 bits). Code 15 says "no location".
NO_LOCATION = 0x80 | 15 << 3

def with_unknown_locations(code):
    """The code with every instruction's location unknown: one byte per 8 code units, where the real
    table takes several. Unlike an empty table, a traceback through it still formats (with no line
    numbers), as the doctests that expect an exception need."""
    units = len(code.co_code) // 2
    table = bytes([NO_LOCATION | 7]) * (units // 8) + (bytes([NO_LOCATION | (units % 8 - 1)]) if units % 8 else b"")
    consts = tuple(with_unknown_locations(c) if isinstance(c, types.CodeType) else c for c in code.co_consts)
    return code.replace(co_linetable=table, co_consts=consts)

def bytecode(source, filename, shipped_stdlib=False):
    if shipped_stdlib:
        code = without_line_numbers(compile(source, filename, "exec", dont_inherit=True, optimize=2))
    else:
        code = with_unknown_locations(compile(without_plain_docstrings(source, filename), filename, "exec",
                                              dont_inherit=True))
    flags = (0b01).to_bytes(4, "little")  # hash-based, not checked against the source
    return importlib.util.MAGIC_NUMBER + flags + importlib.util.source_hash(source) + marshal.dumps(code)

def rewrite(path, entries):
    """Rewrite the zip at path with entries: (ZipInfo, bytes) pairs, deflated, in order."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for info, data in entries:
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, data)

# The standard library: only the modules this process imported from the zip, as .pyc.
stdlib_zip = next(p for p in sys.path if p.endswith(".zip"))
imported = {name for name, spec in traced.items() if str(getattr(spec, "origin", "")).startswith(stdlib_zip + "/")}
entries, kept = [], set()
with zipfile.ZipFile("/tmp/stdlib.zip") as source:
    for info in source.infolist():
        name = info.filename.removesuffix(".py").replace("/", ".").removesuffix(".__init__")
        if info.filename.endswith(".py") and name in imported:
            data = bytecode(source.read(info), f"{stdlib_zip}/{info.filename}", shipped_stdlib=True)
            entries.append((zipfile.ZipInfo(info.filename + "c", info.date_time), data))
            kept.add(name)
missing = imported - kept
assert not missing, f"imported from the zip but not found in it: {sorted(missing)}"
rewrite("/tmp/stdlib.zip", entries)

# Our wheel, bytecode only: each calculators/NAME.py becomes calculators/NAME.pyc, and the wheel's
# RECORD (PEP 376/427) lists the .pyc with its own hash and size instead of the .py.
site_packages = os.path.dirname(os.path.dirname(calculators.__file__))
entries, compiled = [], {}
with zipfile.ZipFile("/tmp/calculators.whl") as source:
    record = next(i for i in source.infolist() if i.filename.endswith(".dist-info/RECORD"))
    for info in source.infolist():
        data = source.read(info)
        if info is record:
            continue
        if info.filename.endswith(".py"):
            pyc = bytecode(data, f"{site_packages}/{info.filename}")
            digest = base64.urlsafe_b64encode(hashlib.sha256(pyc).digest()).rstrip(b"=").decode()
            compiled[info.filename] = f"{info.filename}c,sha256={digest},{len(pyc)}"
            info, data = zipfile.ZipInfo(info.filename + "c", info.date_time), pyc
        entries.append((info, data))
    lines = [compiled.get(line.split(",")[0], line) for line in source.read(record).decode().splitlines()]
    assert set(compiled.values()) <= set(lines), "a module missing from the wheel's RECORD"
    entries.append((record, ("\\n".join(lines) + "\\n").encode()))
rewrite("/tmp/calculators.whl", entries)
f"a trimmed standard library of {len(kept)} modules and {len(compiled)} calculators modules"
`);
writeFileSync(pyodideDir + "python_stdlib.zip", pyodide.FS.readFile("/tmp/stdlib.zip"));
writeFileSync(wheel, pyodide.FS.readFile("/tmp/calculators.whl"));
console.log(`precompile: ${counts}, stored as bytecode`);
