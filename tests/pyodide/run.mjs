// Run the calculators' test suite (and the differential check) inside Pyodide under Node.js.
//
// What runs is what the site ships: Pyodide is imported from the built site's versioned
// pyodide/<build>/ folder and the calculators wheel is the file that its pyodide-lock.json registers
// (its sha256 is checked). The differential run uses the site's own trimmed python_stdlib.zip, as the
// browser does. The test suite runs in a second Pyodide with the FULL standard library (the npm
// package's python_stdlib.zip), because pytest and hypothesis import far more than the site ships. pytest, hypothesis and the test oracles are installed from pinned local wheels
// (tests/pyodide/requirements.txt, downloaded by tests/test_in_pyodide.py). Nothing is fetched over
// the network: any http(s) fetch throws at once, so a silent CDN fallback fails fast instead of hanging.
//
// Usage (tests/test_in_pyodide.py calls this):
//   node tests/pyodide/run.mjs --site SITE_DIR --wheels .cache/pyodide-wheels \
//        --tests tests/calculators [--differential IN.json OUT.json] [--summary OUT.json] [-- PYTEST_ARGS...]
// Exit code: 0 if every test passed and the differential run completed, 1 otherwise.

import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// --- Fail fast on any network access -------------------------------------------------------
const realFetch = globalThis.fetch;
globalThis.fetch = (resource, options) => {
  const url = String(resource instanceof Request ? resource.url : resource);
  if (!url.startsWith("file:")) {
    throw new Error(`tests/pyodide/run.mjs: refusing to fetch ${url} (nothing may be fetched at run time)`);
  }
  return realFetch(resource, options);
};
try { // the guard itself works: a CDN fetch (what loadPackage would try) fails at once
  await globalThis.fetch("https://cdn.jsdelivr.net/pyodide/");
  throw new Error("tests/pyodide/run.mjs: the network guard let a CDN fetch through");
} catch (error) {
  if (!String(error.message).includes("refusing to fetch")) throw error;
}

// --- Arguments ---------------------------------------------------------------------------
const args = process.argv.slice(2);
const options = { pytestArgs: [] };
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === "--") { options.pytestArgs = args.slice(i + 1); break; }
  if (arg === "--differential") { options.differentialIn = args[++i]; options.differentialOut = args[++i]; continue; }
  if (["--site", "--wheels", "--tests", "--summary"].includes(arg)) { options[arg.slice(2)] = args[++i]; continue; }
  console.error(`tests/pyodide/run.mjs: unknown argument ${arg}`);
  process.exit(2);
}
for (const required of ["site", "wheels"]) {
  if (!options[required]) { console.error(`tests/pyodide/run.mjs: --${required} is required`); process.exit(2); }
}

// The one versioned folder that scripts/lib/bundle_pyodide.py writes: SITE/pyodide/<build>/.
const runtimes = readdirSync(path.resolve(options.site, "pyodide"));
if (runtimes.length !== 1) {
  console.error(`tests/pyodide/run.mjs: expected one build folder in ${options.site}/pyodide, found ${runtimes.join(", ")}`);
  process.exit(1);
}
const pyodideDir = path.resolve(options.site, "pyodide", runtimes[0]);
const FULL_STDLIB = new URL("../../node_modules/pyodide/python_stdlib.zip", import.meta.url);
const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

// Errors are reported by their message (a Python traceback for Python errors), never with Node's
// echo of the minified source line, which would bury the traceback under a megabyte of Pyodide.
async function main() {
  // --- The shipped calculators wheel, exactly as the site's lock file registers it -----------
  const lock = JSON.parse(readFileSync(path.join(pyodideDir, "pyodide-lock.json"), "utf8"));
  const shipped = Object.values(lock.packages).filter((p) => /^send[-_]calculators$/i.test(p.name));
  if (shipped.length !== 1) {
    console.error(`tests/pyodide/run.mjs: expected one send-calculators entry in ${pyodideDir}/pyodide-lock.json, found ${shipped.length}`);
    process.exit(1);
  }
  const wheelPath = path.join(pyodideDir, shipped[0].file_name);
  const wheelBytes = readFileSync(wheelPath);
  if (shipped[0].sha256 && sha256(wheelBytes) !== shipped[0].sha256) {
    console.error(`tests/pyodide/run.mjs: ${wheelPath} does not match the sha256 in pyodide-lock.json`);
    process.exit(1);
  }

  // --- Pyodide, the very files the site serves ---------------------------------------------
  const { loadPyodide } = await import(pathToFileURL(path.join(pyodideDir, "pyodide.mjs")).href);
  const boot = (stdLibURL) => loadPyodide({
    indexURL: pyodideDir + path.sep,
    packageCacheDir: pyodideDir + path.sep, // never a download cache elsewhere
    ...(stdLibURL ? { stdLibURL } : {}),
  });
  const bytesOf = (buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  let failed = false;

  // --- The differential run: every request through the shipped entry points, in exactly what the
  //     browser runs (the site's trimmed standard library and its wheel, installed as it installs it)
  if (options.differentialIn) {
    const browserPython = await boot(null);
    await browserPython.loadPackage("send-calculators");
    browserPython.FS.writeFile("/tmp/differential-in.json", readFileSync(options.differentialIn));
    browserPython.runPython(`
import json, sys, zipfile
from calculators import browser
# The site's trimmed library (bytecode only, no tomllib), and the wheel installed in site-packages.
stdlib = zipfile.ZipFile(next(p for p in sys.path if p.endswith(".zip"))).namelist()
assert all(n.endswith(".pyc") for n in stdlib) and "tomllib/__init__.pyc" not in stdlib, stdlib[:5]
assert "/site-packages/calculators/" in browser.__file__, browser.__file__
with open("/tmp/differential-in.json", encoding="utf-8") as f:
    cases = json.load(f)
answers = [getattr(browser, case["entry_point"])(case["request"]) for case in cases]
with open("/tmp/differential-out.json", "w", encoding="utf-8") as f:
    json.dump(answers, f)
  `);
    writeFileSync(options.differentialOut, browserPython.FS.readFile("/tmp/differential-out.json"));
    console.log(`differential: ${JSON.parse(readFileSync(options.differentialIn, "utf8")).length} requests answered ` +
      `in Pyodide with the site's own trimmed standard library`);
  }

  // --- The test suite: a second Pyodide, with the full standard library -----------------------
  const pyodide = await boot(fileURLToPath(FULL_STDLIB));
  // pytest writes progress dots without newlines: pass Python's output through byte for byte.
  pyodide.setStdout({ write: (bytes) => { process.stdout.write(bytes); return bytes.length; } });
  pyodide.setStderr({ write: (bytes) => { process.stderr.write(bytes); return bytes.length; } });
  const version = pyodide.version;
  const sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_paths()['purelib']");

  function install(file) {
    pyodide.unpackArchive(bytesOf(readFileSync(file)), "wheel", { extractDir: sitePackages });
  }
  const testWheels = readdirSync(options.wheels).filter((f) => f.endsWith(".whl")).sort();
  const pinned = readFileSync(new URL("./requirements.txt", import.meta.url), "utf8")
    .split("\n").map((l) => l.replace(/#.*/, "").replace(/--hash=\S+/g, "").trim()).filter(Boolean);
  for (const pin of pinned) {
    const [name, wanted] = pin.split("==");
    const prefix = name.toLowerCase().replace(/[-_.]+/g, "_") + "-" + wanted + "-";
    const match = testWheels.filter((f) => f.toLowerCase().startsWith(prefix));
    if (match.length !== 1) {
      console.error(`tests/pyodide/run.mjs: no single wheel for ${pin} in ${options.wheels} (found ${match.join(", ") || "none"})`);
      process.exit(1);
    }
    install(path.join(options.wheels, match[0]));
  }
  pyodide.unpackArchive(bytesOf(wheelBytes), "wheel", { extractDir: sitePackages });
  console.log(`Pyodide ${version} (Python ${pyodide.runPython("import platform; platform.python_version()")}); ` +
    `installed ${shipped[0].file_name} from ${pyodideDir} and ${pinned.length} pinned test wheels`);

  // --- The test suite ------------------------------------------------------------------------
  if (options.tests) {
    const home = "/home/pyodide";
    const copy = (from, to) => {
      pyodide.FS.mkdirTree(to);
      for (const entry of readdirSync(from)) {
        if (entry === "__pycache__" || entry.startsWith(".")) continue;
        const source = path.join(from, entry);
        if (statSync(source).isDirectory()) copy(source, `${to}/${entry}`);
        else pyodide.FS.writeFile(`${to}/${entry}`, readFileSync(source));
      }
    };
    copy(path.resolve(options.tests), `${home}/tests/calculators`);
    // The package's doctests, from the shipped bytecode's docstrings (the wheel ships no source).
    pyodide.FS.writeFile(`${home}/tests/test_shipped_doctests.py`,
      readFileSync(new URL("./shipped_doctests.py", import.meta.url)));
    // tests/conftest.py as in the repository (shared settings, e.g. a hypothesis profile; its browser
    // fixtures are never used here), plus the Pyodide-only settings of conftest_pyodide.py.
    const sharedConftest = path.join(path.dirname(path.resolve(options.tests)), "conftest.py");
    pyodide.FS.writeFile(`${home}/tests/conftest.py`,
      (existsSync(sharedConftest) ? readFileSync(sharedConftest, "utf8") + "\n\n" : "") +
      readFileSync(new URL("./conftest_pyodide.py", import.meta.url), "utf8"));
    pyodide.FS.chdir(home);
    pyodide.globals.set("pytest_args", pyodide.toPy(options.pytestArgs));
    const summary = pyodide.runPython(`
import json, pytest

class Count:
    """Counts test outcomes (one per test, the way pytest's summary line does)."""
    def __init__(self):
        self.outcomes = {}
    def pytest_runtest_logreport(self, report):
        if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
            key = "xfailed" if hasattr(report, "wasxfail") and report.skipped else report.outcome
            self.outcomes[key] = self.outcomes.get(key, 0) + 1
    def pytest_collectreport(self, report):
        if report.failed:
            self.outcomes["error"] = self.outcomes.get("error", 0) + 1

count = Count()
# The calculators package is imported from site-packages (the shipped wheel, bytecode only): there
# is no source tree in /home/pyodide. Its doctests run from its docstrings (test_shipped_doctests.py).
exit_code = pytest.main(
    ["-q", "-p", "no:cacheprovider", "-p", "no:faulthandler", "--doctest-modules",
     "-o", "xfail_strict=true", "--strict-markers", "-ra",
     "tests/calculators", "tests/test_shipped_doctests.py", *pytest_args],
    plugins=[count],
)
import calculators
json.dumps({"exit_code": int(exit_code), "outcomes": count.outcomes,
            "calculators_file": calculators.__file__, "python": __import__("sys").version})
  `);
    const result = JSON.parse(summary);
    console.log(`pyodide summary: ${JSON.stringify(result)}`);
    if (options.summary) writeFileSync(options.summary, JSON.stringify(result, null, 2));
    if (result.exit_code !== 0) failed = true;
  }

  return failed;
}

main().then(
  (failed) => process.exit(failed ? 1 : 0),
  (error) => {
    console.error(`tests/pyodide/run.mjs: ${error?.message ?? error}`);
    process.exit(1);
  },
);
