// Part of scripts/bench: time Pyodide itself, under Node.js, with the built site's own files.
//
//   node scripts/bench-pyodide.mjs SITE_DIR REQUEST_JSON CALLS
//
// Loads Pyodide from SITE_DIR/pyodide/ with the send-calculators wheel (as the page's worker does),
// then times, inside Python: importing calculators.browser (the first import, as on the page), the
// first appeal_deadline(REQUEST_JSON) call, and CALLS further calls. Prints one JSON object.
// Nothing is fetched over the network.

import path from "node:path";
import { pathToFileURL } from "node:url";

const [site, request, calls] = process.argv.slice(2);
const indexURL = path.resolve(site, "pyodide") + path.sep;
const { loadPyodide } = await import(pathToFileURL(indexURL + "pyodide.mjs").href);

const started = performance.now();
const pyodide = await loadPyodide({ indexURL, packages: ["send-calculators"] });
const loadMs = performance.now() - started;

pyodide.globals.set("REQUEST", request);
pyodide.globals.set("CALLS", Number(calls));
const timings = pyodide.runPython(`
import json, time
t = time.perf_counter()
import calculators.browser
import_ms = (time.perf_counter() - t) * 1000
t = time.perf_counter()
response = calculators.browser.appeal_deadline(REQUEST)
first_call_ms = (time.perf_counter() - t) * 1000
assert json.loads(response)["ok"], response
calls_ms = []
for _ in range(CALLS):
    t = time.perf_counter()
    calculators.browser.appeal_deadline(REQUEST)
    calls_ms.append((time.perf_counter() - t) * 1000)
json.dumps({"import_ms": import_ms, "first_call_ms": first_call_ms, "calls_ms": calls_ms})
`);
console.log(JSON.stringify({ load_with_wheel_ms: loadMs, ...JSON.parse(timings) }));
