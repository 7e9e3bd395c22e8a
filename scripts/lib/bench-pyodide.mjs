// Part of scripts/bench: time Pyodide itself, under Node.js, with the built site's own files.
//
//   node scripts/lib/bench-pyodide.mjs SITE_DIR REQUEST_JSON CALLS TIMER_CODE
//
// Loads Pyodide from SITE_DIR/pyodide/<build>/ with the send-calculators wheel (as the page's worker does),
// then runs scripts/lib/bench.py's TIMER code inside it, the same code that times CPython, with
// sys.argv = [_, REQUEST_JSON, CALLS]. Prints one JSON object.
// Nothing is fetched over the network.

import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [site, request, calls, timer] = process.argv.slice(2);
// The versioned folder, pyodide/<build>/ (a site built before versioned folders had pyodide/ itself).
const runtime = path.resolve(site, "pyodide");
const builds = readdirSync(runtime).filter((name) => existsSync(path.join(runtime, name, "pyodide.mjs")));
const indexURL = (builds.length === 1 ? path.join(runtime, builds[0]) : runtime) + path.sep;
const { loadPyodide } = await import(pathToFileURL(indexURL + "pyodide.mjs").href);

const started = performance.now();
const pyodide = await loadPyodide({ indexURL, packages: ["send-calculators"] });
const loadMs = performance.now() - started;

pyodide.globals.set("ARGV", ["timer", request, calls]);
pyodide.runPython("import sys; sys.argv = list(ARGV)");
pyodide.runPython(timer);
const timings = pyodide.globals.get("timings");
console.log(JSON.stringify({ load_with_wheel_ms: loadMs, ...JSON.parse(timings) }));
