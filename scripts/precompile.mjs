// Precompile, inside the site's own Pyodide, the Python that a calculator's start runs: the
// standard-library modules it imports (in $SITE/pyodide/python_stdlib.zip) and our calculators
// package (in its wheel), stored as bytecode (.pyc) beside or instead of the source.
//
// Usage: node scripts/precompile.mjs SITE_DIR      (called by scripts/bundle_pyodide.py, which
//        then records the wheel's new sha256 in pyodide-lock.json)
//
// Why: Pyodide's python_stdlib.zip ships source only, so every start compiled ~150 modules in
// WebAssembly: about 3 of the 5.4 s from first interaction to "ready" (scripts/bench). The
// bytecode is compiled by Pyodide's own Python, so its magic number matches, as unchecked
// hash-based .pyc files (PEP 552), which Python uses without comparing them with a source file.
// Only what a start imports is compiled, to keep the download small; any other module still
// imports, from source.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const pyodideDir = path.resolve(process.argv[2] ?? "site", "pyodide") + "/";
const lock = JSON.parse(readFileSync(pyodideDir + "pyodide-lock.json", "utf8"));
const wheel = pyodideDir + lock.packages["send-calculators"].file_name;
const { loadPyodide } = await import(pathToFileURL(pyodideDir + "pyodide.mjs").href);
const pyodide = await loadPyodide({ indexURL: pyodideDir, packages: ["send-calculators"] });
pyodide.FS.writeFile("/tmp/stdlib.zip", readFileSync(pyodideDir + "python_stdlib.zip"));
pyodide.FS.writeFile("/tmp/calculators.whl", readFileSync(wheel));
const counts = pyodide.runPython(`
import base64, hashlib, importlib.util, json, marshal, os, sys, zipfile
import calculators.browser
# The worker's warm-up answer (docs/javascripts/calculators.js) imports what a calculation needs.
calculators.browser.appeal_deadline(json.dumps({
    "decision_sent": {"day": "1", "month": "9", "year": "2025"}, "today": "2025-09-01"}))

def bytecode(source, filename):
    code = compile(source, filename, "exec", dont_inherit=True)
    flags = (0b01).to_bytes(4, "little")  # hash-based, not checked against the source
    return importlib.util.MAGIC_NUMBER + flags + importlib.util.source_hash(source) + marshal.dumps(code)

def rewrite(path, entries):
    """Rewrite the zip at path with entries: (ZipInfo, bytes) pairs, deflated, in order."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for info, data in entries:
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, data)

# The standard library: the modules a start imports become .pyc instead of .py.
stdlib_dir = os.path.dirname(os.__file__)
entries, stdlib_count = [], 0
with zipfile.ZipFile("/tmp/stdlib.zip") as source:
    for info in source.infolist():
        data = source.read(info)
        name = info.filename.removesuffix(".py").replace("/", ".").removesuffix(".__init__")
        if info.filename.endswith(".py") and name in sys.modules:
            data = bytecode(data, f"{stdlib_dir}/{info.filename}")
            info, stdlib_count = zipfile.ZipInfo(info.filename + "c", info.date_time), stdlib_count + 1
        entries.append((info, data))
rewrite("/tmp/stdlib.zip", entries)

# Our wheel: each module gains its __pycache__ .pyc, listed in the wheel's RECORD (PEP 376/427).
site_packages = os.path.dirname(os.path.dirname(calculators.__file__))
entries, added = [], []
with zipfile.ZipFile("/tmp/calculators.whl") as source:
    record = next(i for i in source.infolist() if i.filename.endswith(".dist-info/RECORD"))
    for info in source.infolist():
        data = source.read(info)
        if info is not record:
            entries.append((info, data))
        if info.filename.endswith(".py"):
            cached = importlib.util.cache_from_source(info.filename)
            pyc = bytecode(data, f"{site_packages}/{info.filename}")
            digest = base64.urlsafe_b64encode(hashlib.sha256(pyc).digest()).rstrip(b"=").decode()
            entries.append((zipfile.ZipInfo(cached, info.date_time), pyc))
            added.append(f"{cached},sha256={digest},{len(pyc)}")
    lines = source.read(record).decode().splitlines()
    entries.append((record, ("\\n".join(lines[:-1] + added + lines[-1:]) + "\\n").encode()))
rewrite("/tmp/calculators.whl", entries)
f"{stdlib_count} standard-library modules and {len(added)} calculators modules"
`);
writeFileSync(pyodideDir + "python_stdlib.zip", pyodide.FS.readFile("/tmp/stdlib.zip"));
writeFileSync(wheel, pyodide.FS.readFile("/tmp/calculators.whl"));
console.log(`precompile: ${counts} stored as bytecode`);
