// Precompile, inside the site's own Pyodide, the standard-library modules that the calculators
// need to start, and write them into $SITE/pyodide/python_stdlib.zip as bytecode (.pyc).
//
// Usage: node scripts/precompile_stdlib.mjs SITE_DIR      (called by scripts/bundle_pyodide.py)
//
// Why: Pyodide's python_stdlib.zip ships source only, so every start compiles ~200 modules from
// source in WebAssembly: about 3 s of the 5 s from first interaction to "ready" (scripts/bench).
// Only the modules a start actually imports become .pyc (unchecked hash-based, PEP 552, compiled
// by Pyodide's own Python so the magic number matches); the rest stay source, to keep the
// download small. Nothing is left out: any module still imports, from source if need be.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const pyodideDir = path.resolve(process.argv[2] ?? "site", "pyodide") + "/";
const stdlib = pyodideDir + "python_stdlib.zip";
const { loadPyodide } = await import(pathToFileURL(pyodideDir + "pyodide.mjs").href);
const pyodide = await loadPyodide({ indexURL: pyodideDir, packages: ["send-calculators"] });
pyodide.FS.writeFile("/tmp/stdlib.zip", readFileSync(stdlib));
const compiled = pyodide.runPython(`
import importlib.util, json, marshal, sys, zipfile
import calculators.browser
# The worker's warm-up answer (docs/javascripts/calculators.js) imports what a calculation needs.
calculators.browser.appeal_deadline(json.dumps({
    "decision_sent": {"day": "1", "month": "9", "year": "2025"}, "today": "2025-09-01"}))

def module_name(entry):
    name = entry.removesuffix(".py").replace("/", ".")
    return name.removesuffix(".__init__")

source = zipfile.ZipFile("/tmp/stdlib.zip")
target = zipfile.ZipFile("/tmp/stdlib-compiled.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=9)
compiled = 0
for info in source.infolist():
    data = source.read(info)
    if info.filename.endswith(".py") and module_name(info.filename) in sys.modules:
        code = compile(data, f"{sys.prefix}/lib/python{sys.version_info[0]}.{sys.version_info[1]}/{info.filename}",
                       "exec", dont_inherit=True)
        flags = (0b01).to_bytes(4, "little")  # hash-based, not checked against a source file
        data = importlib.util.MAGIC_NUMBER + flags + importlib.util.source_hash(data) + marshal.dumps(code)
        info = zipfile.ZipInfo(info.filename + "c", info.date_time)
        compiled += 1
    info.compress_type = zipfile.ZIP_DEFLATED
    target.writestr(info, data)
target.close()
compiled
`);
writeFileSync(stdlib, pyodide.FS.readFile("/tmp/stdlib-compiled.zip"));
console.log(`precompile_stdlib: ${compiled} standard-library modules precompiled`);
