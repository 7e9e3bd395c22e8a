"""The benchmark behind scripts/bench (issues 7 and 13). Not a test: it measures and prints, budgets PASS/FAIL.

    .venv/bin/python scripts/lib/bench.py [--site SITE_DIR] [--runs N] [--output bench-results.json]

scripts/bench builds the site first; this file only measures an already-built site. It serves the
site on 127.0.0.1 as GitHub Pages does: Cache-Control: max-age=600, and gzip (level 6) for the
types Pages compresses. Assumed from Pages' observed behaviour (its CDN compresses by content type):
HTML, CSS, JavaScript (.js, .mjs), JSON, SVG, XML, plain text and WebAssembly (.wasm) are gzipped;
.zip and .whl (application/zip, already compressed) and images are sent as they are. It drives real
headless Chromium (Playwright, Debian's /usr/bin/chromium or $CHROMIUM) to measure:

- the phone's story: a new visitor on Fast 4G (9 Mbit/s, 60 ms) and Slow 4G (1.6 Mbit/s, 150 ms),
  throttled with the Chrome DevTools Protocol (Network.emulateNetworkConditions, which counts the
  compressed bytes on the wire): from the first keystroke in the form (typed straight after the
  page's load event, so an early download gets no head start) to the answer on the page, and the
  bytes the server sent for it; side by side, in the same run and on the same server, a bare boot
  of the stock npm Pyodide (its own full python_stdlib.zip and lock file) from start to the answer
  of "1 + 1";
- a mid-range phone's CPU (CPU_SLOWDOWN): a busy-loop check of whether Emulation.setCPUThrottlingRate
  reaches a dedicated worker (attached as it starts); only if it does, the phone's story again with
  the CPU slowed, page and workers;
- the offline second visit: the site served under /REPO/ with Cache-Control: no-store, a first
  visit that uses the calculator, then a second visit with the server shut down (only the service
  worker can answer);
- with --lighthouse, Lighthouse's mobile scores (npm lighthouse, pinned) for two pages;

- bytes each page transfers before any interaction (every same-origin response body), raw and
  gzip-compressed at level 6 (what GitHub Pages does to text; already-compressed formats are
  counted as they are);
- bytes a calculator adds when it starts (the worker, Pyodide runtime, standard library, our wheel);
- first interaction (focus on the first field) to "ready" (the worker's ready message), cold (new
  browser context, empty HTTP cache) and warm (same context, second visit to the page);
- submit to result shown (the result region's first change after the submit event), once ready;
- in Node.js with the site's own Pyodide files: loading Pyodide with the wheel, importing the
  calculators package, one calculation; and the same import and calculation in CPython;
- `mkdocs build` time.

Every time is the median of --runs runs (at least 5), with min and max.
"""

from __future__ import annotations

import argparse
import base64
import datetime
import gzip
import hashlib
import http.server
import io
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import harness  # the static server, Chromium's flags and the page list, as the tests have them
from harness import CHROMIUM_ARGS, CHROMIUM_MISSING, SiteHandler, is_calculator_page, page_paths

ROOT = Path(__file__).resolve().parents[2]
KB = 1000  # budgets are in kilobytes as browsers' dev tools show them (kB = 1000 bytes)
TIMED_PAGE = "work-out-your-appeal-deadline/"
BUDGETS = {
    "guide_page_gzip_bytes": 100 * KB,  # issue 13: every guide page at or under about 100 kB
    "import_in_pyodide_ms": 150,
    "submit_to_result_ms": 100,
    "interaction_to_ready_cold_ms": 3000,
    # Issue 27: every response body the page and its worker fetch, from navigation to the first
    # answer, as served gzip-compressed; and first keystroke to answer against REFERENCE_RUNTIME's
    # bare boot, in the same run.
    "bytes_to_first_answer": 4_000 * KB,
    "keystroke_to_answer_vs_bare_boot": {"Fast 4G": 0.6, "Slow 4G": 0.65},
}
# The fixed reference for the time budgets (issue 27): a bare boot of the stock npm Pyodide 314.0.7,
# fetched by the bench (npm pack, integrity-checked) into RUNTIME_CACHE, not installed by npm ci.
REFERENCE_RUNTIME = "314.0.7"
# --compare-runtimes without a list: the release lines the README's choice weighs.
CANDIDATE_RUNTIMES = "0.29.5,314.0.7,314.0.8"
RUNTIME_CACHE = ROOT / ".cache" / "bench-runtimes"
# A mid-range phone's CPU, as Lighthouse's mobile preset slows a desktop's (issue 27): measured only
# when the slowdown reaches the calculator's worker (cpu_throttling_check).
CPU_SLOWDOWN = 4
BUSY_LOOP = "const t = performance.now(); let x = 0; for (let i = 0; i < 2e7; i++) x += Math.sqrt(i); return performance.now() - t;"
# Chrome DevTools' presets (throughput in bytes per second, latency in ms): as issue 13 names them.
NETWORKS = {
    "Fast 4G": {"offline": False, "latency": 60, "downloadThroughput": 9_000_000 / 8,
                "uploadThroughput": 1_500_000 / 8},
    "Slow 4G": {"offline": False, "latency": 150, "downloadThroughput": 1_600_000 / 8,
                "uploadThroughput": 750_000 / 8},
}
# What the bench server gzips, like GitHub Pages (see the module docstring).
GZIPPED_TYPES = ("text/", "application/javascript", "application/json", "application/wasm",
                 "image/svg+xml", "application/xml")
# A bare boot of the stock npm Pyodide, served by the same server under /__bare__/.
BARE_PAGE = """<!doctype html><html lang="en"><meta charset="utf-8"><title>Bare Pyodide boot</title>
<script type="module">
window.bareBoot = () => new Promise((resolve, reject) => {
  const worker = new Worker("worker.mjs", { type: "module" });
  worker.onmessage = ({ data }) => resolve(data);
  worker.onerror = (event) => reject(new Error(event.message));
});
</script></html>
"""
BARE_WORKER = """import { loadPyodide } from "./pyodide/pyodide.mjs";
const pyodide = await loadPyodide({ indexURL: new URL("./pyodide/", import.meta.url).href });
postMessage(pyodide.runPython("1 + 1"));
"""
# Formats that are already compressed: a server sends them as they are.
INCOMPRESSIBLE = (".zip", ".whl", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".ico", ".woff", ".woff2", ".gz")

# Installed in every page before its own scripts: timestamps (performance.now(), page clock) for the
# first interaction, the worker's ready message, the submit event and the result's first change.
PROBE = """
(() => {
  const marks = (window.__bench = {});
  const mark = (name) => { if (!(name in marks)) marks[name] = performance.now(); };
  document.addEventListener("focusin", () => mark("interaction"), { capture: true, once: true });
  document.addEventListener("keydown", () => mark("keystroke"), { capture: true, once: true });
  document.addEventListener("submit", () => {
    delete marks.result; delete marks.response; mark("submit");
    const result = document.getElementById(document.querySelector("form[data-result]").dataset.result);
    new MutationObserver((_, observer) => { mark("result"); observer.disconnect(); })
      .observe(result, { childList: true, subtree: true, characterData: true, attributes: true });
  }, { capture: true });
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      if (!(args[1] && args[1].type === "module")) return; // Material's search worker is a classic one
      mark("worker");
      this.addEventListener("message", ({ data }) => {
        if (data && data.ready) mark("ready");
        if (data && data.failed) marks.failed = String(data.failed);
        if (data && "response" in data) mark("response");
      });
    }
  };
})();
"""


def summary(values: list[float]) -> dict:
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "runs": values}


def gzip_size(url: str, body: bytes) -> int:
    path = url.split("?")[0].split("#")[0].lower()
    return len(body) if path.endswith(INCOMPRESSIBLE) else len(gzip.compress(body, compresslevel=6))


class Handler(SiteHandler):
    """Static files as GitHub Pages serves them (Cache-Control, gzip by type), quietly. Counts the
    body bytes it sends (`sent`, a list of (path, bytes)). /__bare__/ is the stock Pyodide's boot."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".whl": "application/zip",
                      ".wasm": "application/wasm", ".mjs": "text/javascript", ".js": "text/javascript",
                      ".json": "application/json"}
    sent: list[tuple[str, int]] = []
    gzipped: dict[Path, bytes] = {}  # compressed once per file and run
    bare: Path | None = None
    bare_pyodide: Path = ROOT / "node_modules" / "pyodide"  # the stock package the bare boot loads

    def translate_path(self, path: str) -> str:
        if self.bare and path.startswith("/__bare__/pyodide/"):
            return str(self.bare_pyodide / path.split("?")[0].removeprefix("/__bare__/pyodide/"))
        if self.bare and path.startswith("/__bare__/"):
            return str(self.bare / path.split("?")[0].removeprefix("/__bare__/"))
        return super().translate_path(path)

    def send_head(self):  # noqa: ANN201 - SimpleHTTPRequestHandler's own signature
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # its redirect to the address with a slash
            path = path / "index.html"
        ctype = self.guess_type(str(path))
        if not path.is_file() or not ctype.startswith(GZIPPED_TYPES) \
                or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        if path not in self.gzipped:
            self.gzipped[path] = gzip.compress(path.read_bytes(), compresslevel=6)
        body = self.gzipped[path]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def copyfile(self, source, outputfile) -> None:
        body = source.read()
        outputfile.write(body)
        self.sent.append((self.path, len(body)))

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()


def serve(site: Path, bare: Path | None = None,
          bare_pyodide: Path = ROOT / "node_modules" / "pyodide") -> tuple[http.server.ThreadingHTTPServer, str]:
    """The site as GitHub Pages serves it, on the tests' own server (harness.serve), with its own byte counts."""
    return harness.serve(site, "/", Handler, sent=[], gzipped={}, bare=bare, bare_pyodide=bare_pyodide)


def site_pages(site: Path) -> list[str]:
    """The pages a reader opens (each folder's index.html), from the tests' own list (harness.page_paths)."""
    return sorted(path for path in page_paths(site) if path == "" or path.endswith("/"))


class Transfers:
    """Same-origin responses (page and its workers) with their bodies' sizes."""

    def __init__(self, context, origin: str):
        self.origin, self.items, self.pending = origin, [], []
        context.on("response", self._response)

    def _response(self, response) -> None:
        # Not the service worker's own downloads (its precache, once per deploy): measured apart.
        if response.url.startswith(self.origin) and not response.request.service_worker:
            self.pending.append(response)

    def collect(self) -> list[dict]:
        for response in self.pending:
            try:
                body = response.body()
            except Exception:  # noqa: BLE001 - e.g. a redirect or a 304 without a body
                body = b""
            path = response.url[len(self.origin) - 1:]
            self.items.append({"path": path, "status": response.status, "raw": len(body),
                               "gzip": gzip_size(path, body)})
        self.pending = []
        items, self.items = self.items, []
        return items


def measure_page_weights(browser, site: Path, base: str, pages: list[str], runs: int) -> dict:
    """Bytes per page before interaction: a new context (empty cache) per load."""
    weights = {}
    for page_path in pages:
        raw, gz, loads_pyodide, files = [], [], False, []
        for _ in range(runs):
            context = browser.new_context()
            transfers = Transfers(context, base)
            page = context.new_page()
            page.goto(base + page_path, wait_until="networkidle")
            items = transfers.collect()
            context.close()
            raw.append(sum(item["raw"] for item in items))
            gz.append(sum(item["gzip"] for item in items))
            loads_pyodide |= any("/pyodide/" in item["path"] for item in items)
            files = items
        weights[page_path or "/"] = {
            "kind": "calculator" if is_calculator_page(site, page_path) else "guide",
            "raw_bytes": summary(raw), "gzip_bytes": summary(gz), "loads_pyodide": loads_pyodide,
            "requests": len(files),
            "largest": sorted(({"path": f["path"], "raw": f["raw"], "gzip": f["gzip"]} for f in files),
                              key=lambda f: -f["gzip"])[:5],
        }
    return weights


def decision_date_fields(today: datetime.date) -> tuple[str, str, str]:
    decided = today - datetime.timedelta(days=10)
    return str(decided.day), str(decided.month), str(decided.year)


def start_and_submit(page, transfers: Transfers | None, timeout_ms: int = 120_000) -> dict:
    """Focus the first field, wait for ready, fill the decision date and submit; the page's timings."""
    letter = page.get_by_role("group", name="Date on the decision letter")
    letter.get_by_label("Day").focus()
    page.wait_for_function("() => window.__bench.ready || window.__bench.failed", timeout=timeout_ms)
    marks = page.evaluate("window.__bench")
    if "failed" in marks:
        raise RuntimeError(f"the calculator failed to start: {marks['failed']}")
    started = transfers.collect() if transfers else []
    # When the calculator worker's last download finished, on the page's clock: the rest is CPU.
    worker = next(w for w in page.workers if "calculators" in w.url)
    downloads_done = worker.evaluate(
        "performance.timeOrigin + Math.max(0, ...performance.getEntriesByType('resource').map(e => e.responseEnd))"
    ) - page.evaluate("performance.timeOrigin")
    day, month, year = decision_date_fields(datetime.date.today())
    letter.get_by_label("Day").fill(day)
    letter.get_by_label("Month").fill(month)
    letter.get_by_label("Year").fill(year)
    page.get_by_role("button", name="Work out the deadline").click()
    page.wait_for_function("() => window.__bench.result", timeout=timeout_ms)
    marks = page.evaluate("window.__bench")
    return {
        "interaction_to_ready_ms": marks["ready"] - marks["interaction"],
        "interaction_to_downloads_done_ms": downloads_done - marks["interaction"],
        "submit_to_response_ms": marks["response"] - marks["submit"],
        "submit_to_result_ms": marks["result"] - marks["submit"],
        "started": started,
    }


def measure_calculator(browser, base: str, runs: int) -> dict:
    cold, warm, submit, response, added, downloads = [], [], [], [], [], []
    for _ in range(runs):
        context = browser.new_context()
        context.add_init_script(PROBE)
        transfers = Transfers(context, base)
        page = context.new_page()
        page.goto(base + TIMED_PAGE, wait_until="networkidle")
        transfers.collect()  # the page itself: counted in the page weights
        first = start_and_submit(page, transfers)
        cold.append(first["interaction_to_ready_ms"])
        downloads.append(first["interaction_to_downloads_done_ms"])
        submit.append(first["submit_to_result_ms"])
        response.append(first["submit_to_response_ms"])
        added.append(first["started"])
        # Warm: a second visit in the same browser (HTTP cache and compiled-code caches kept).
        page.goto(base + TIMED_PAGE, wait_until="networkidle")
        second = start_and_submit(page, None)
        warm.append(second["interaction_to_ready_ms"])
        submit.append(second["submit_to_result_ms"])
        response.append(second["submit_to_response_ms"])
        context.close()
    files: dict[str, dict] = {}
    for item in added[-1]:
        files[item["path"]] = {"raw": item["raw"], "gzip": item["gzip"]}
    return {
        "interaction_to_ready_cold_ms": summary(cold),
        "interaction_to_ready_warm_ms": summary(warm),
        "interaction_to_downloads_done_cold_ms": summary(downloads),
        "submit_to_result_ms": summary(submit),
        "submit_to_worker_response_ms": summary(response),
        "start_raw_bytes": summary([sum(i["raw"] for i in run) for run in added]),
        "start_gzip_bytes": summary([sum(i["gzip"] for i in run) for run in added]),
        "start_files": files,
    }


def throttled_page(context, network: str, cpu_slowdown: int = 1):
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", NETWORKS[network])
    if cpu_slowdown > 1:
        throttle_cpu(cdp, cpu_slowdown)
    return page


def throttle_cpu(cdp, rate: int) -> list[dict]:
    """Slow the CPU `rate` times for the page of this CDP session AND for each dedicated worker it
    starts. Page-level throttling does not reach a worker, so each worker target is attached as it
    starts (paused until then), throttled and resumed. Returns the workers' replies, errors included:
    cpu_throttling_check() tells from them and from a busy loop whether the slowdown took."""
    replies: list[dict] = []
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": rate})

    def attached(event: dict) -> None:
        steps = [("Runtime.runIfWaitingForDebugger", {})]
        if event["targetInfo"]["type"] == "worker":
            steps.insert(0, ("Emulation.setCPUThrottlingRate", {"rate": rate}))
        for number, (method, params) in enumerate(steps):
            cdp.send("Target.sendMessageToTarget", {"sessionId": event["sessionId"], "message": json.dumps(
                {"id": number + 1, "method": method, "params": params})})

    cdp.on("Target.attachedToTarget", attached)
    cdp.on("Target.receivedMessageFromTarget", lambda event: replies.append(json.loads(event["message"])))
    cdp.send("Target.setAutoAttach", {"autoAttach": True, "waitForDebuggerOnStart": True, "flatten": False})
    return replies


def cpu_throttling_check(browser, rate: int) -> dict:
    """Does a `rate`-times CPU slowdown reach a dedicated worker? The same busy loop, timed in the page
    and in a worker, without and with throttle_cpu(): the best of 3 each. The calculator runs in a
    worker, so mid-range-phone figures are only measured when the worker slows too."""
    timings: dict[str, dict[int, float]] = {"page": {}, "worker": {}}
    errors: list[str] = []
    for slowdown in (1, rate):
        context = browser.new_context()
        page = context.new_page()
        replies = throttle_cpu(context.new_cdp_session(page), slowdown) if slowdown > 1 else []
        page.goto(f"data:text/html,<title>CPU check</title><script>window.busy = () => {{ {BUSY_LOOP} }};</script>")
        page.evaluate("() => { window.worker = new Worker(URL.createObjectURL(new Blob(['onmessage = () => 0;']))); }")
        page.wait_for_function("() => true")  # let the worker start (and, throttled, be attached and resumed)
        deadline = time.monotonic() + 10
        while not page.workers and time.monotonic() < deadline:
            page.wait_for_timeout(50)
        timings["page"][slowdown] = min(page.evaluate("() => window.busy()") for _ in range(3))
        timings["worker"][slowdown] = min(page.workers[0].evaluate(f"() => {{ {BUSY_LOOP} }}") for _ in range(3))
        errors += [reply["error"]["message"] for reply in replies if "error" in reply]
        context.close()
    slowdowns = {where: times[rate] / times[1] for where, times in timings.items()}
    return {"rate": rate, "page_slowdown": slowdowns["page"], "worker_slowdown": slowdowns["worker"],
            # A loose bar: throttling is by time slicing, and a busy machine adds noise either way.
            "worker_throttled": slowdowns["worker"] >= 0.75 * rate, "errors": sorted(set(errors))}


def sent_bytes(server, since: int) -> int:
    return sum(size for _, size in server.RequestHandlerClass.func.sent[since:])


def measure_phone(browser, server, base: str, network: str, runs: int, cpu_slowdown: int = 1) -> dict:
    """A new visitor on a throttled network (and CPU, if cpu_slowdown > 1): first keystroke to answer,
    and the bytes; then a bare boot under the same throttling."""
    keystroke, total, runtime, bare_ms, bare_bytes = [], [], [], [], []
    day, month, year = decision_date_fields(datetime.date.today())
    sent = server.RequestHandlerClass.func.sent
    for _ in range(runs):
        context = browser.new_context()
        context.add_init_script(PROBE)
        page = throttled_page(context, network, cpu_slowdown)
        since = len(sent)
        page.goto(base + TIMED_PAGE, wait_until="load", timeout=300_000)
        loaded = len(sent)
        letter = page.get_by_role("group", name="Date on the decision letter")
        letter.get_by_label("Day").click()
        page.keyboard.type(day)
        letter.get_by_label("Month").click()
        page.keyboard.type(month)
        letter.get_by_label("Year").click()
        page.keyboard.type(year)
        page.get_by_role("button", name="Work out the deadline").click()
        page.wait_for_function("() => window.__bench.result || window.__bench.failed", timeout=300_000)
        marks = page.evaluate("window.__bench")
        if "failed" in marks:
            raise RuntimeError(f"the calculator failed to start: {marks['failed']}")
        keystroke.append(marks["result"] - marks["keystroke"])
        total.append(sent_bytes(server, since))
        # What the calculator adds: the runtime, the wheel and the worker's script, once the page has loaded.
        runtime.append(sum(size for path, size in sent[loaded:] if "/pyodide/" in path or "calculators.js" in path))
        context.close()
        took, size = bare_boot(browser, server, base, network, cpu_slowdown)
        bare_ms.append(took)
        bare_bytes.append(size)
    return {
        "keystroke_to_answer_ms": summary(keystroke),
        "bytes_from_navigation_to_answer": summary(total),
        "calculator_bytes_to_first_answer": summary(runtime),
        "bare_boot_ms": summary(bare_ms),
        "bare_boot_bytes": summary(bare_bytes),
    }


def bare_boot(browser, server, base: str, network: str, cpu_slowdown: int = 1) -> tuple[float, int]:
    """A bare boot of the server's stock Pyodide to "1 + 1": its time and the bytes sent for it."""
    context = browser.new_context()
    page = throttled_page(context, network, cpu_slowdown)
    page.goto(base + "__bare__/index.html", wait_until="load", timeout=300_000)
    since = len(server.RequestHandlerClass.func.sent)
    answer, took = page.evaluate("async () => { const t = performance.now(); return [await bareBoot(), performance.now() - t]; }")
    assert answer == 2, answer
    context.close()
    return took, sent_bytes(server, since)


def npm(*args: str) -> str:
    return subprocess.run(["npm", *args, "--loglevel=error"], capture_output=True, text=True, check=True,
                          cwd=ROOT).stdout


def fetch_runtime(version: str) -> Path:
    """The stock npm package pyodide@VERSION, unpacked into RUNTIME_CACHE/VERSION/package/.

    `npm pack` downloads the tarball; its sha512, computed here, must equal the registry's integrity
    (kept beside it, and checked again each time the cached tarball is used)."""
    folder = RUNTIME_CACHE / version
    record = folder / "integrity.txt"
    if not record.is_file():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        record.write_text(json.loads(npm("view", f"pyodide@{version}", "dist.integrity", "--json")), encoding="utf-8")
        npm("pack", f"pyodide@{version}", "--pack-destination", str(folder))
    tarball = folder / f"pyodide-{version}.tgz"
    actual = "sha512-" + base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()
    if actual != record.read_text(encoding="utf-8").strip():
        shutil.rmtree(folder)
        sys.exit(f"scripts/bench: pyodide-{version}.tgz does not match the registry's integrity; removed")
    package = folder / "package"
    if not (package / "pyodide.asm.wasm").is_file():
        with tarfile.open(tarball) as archive:
            archive.extractall(folder, filter="data")
    return package


def build_with_runtime(package: Path, site: Path) -> None:
    """scripts/build, with the Pyodide of `package` in place of the pinned one."""
    subprocess.run([str(ROOT / "scripts" / "build")], check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
                   env={**os.environ, "SITE_DIR": str(site), "PYODIDE_DIR": str(package)})


def compare_runtimes(browser, versions: list[str], bare: Path, reference: Path, runs: int, phone_runs: int) -> dict:
    """Each runtime as our calculator (the site built with it) and as a bare boot of its stock package,
    and the reference's bare boot, in one run: the figures the README's choice of runtime rests on."""
    compared: dict = {"reference": {"version": REFERENCE_RUNTIME}, "runtimes": {}}
    scratch = Path(tempfile.mkdtemp(prefix="bench-runtimes-"))
    try:
        for version in versions:
            print(f"  runtime {version}: build, {phone_runs} phone runs per network, offline, import…", file=sys.stderr)
            package = fetch_runtime(version)
            site = scratch / version
            build_with_runtime(package, site)
            server, base = serve(site, bare, package)
            try:
                phone = {network: measure_phone(browser, server, base, network, phone_runs) for network in NETWORKS}
            finally:
                server.shutdown()
            compared["runtimes"][version] = {
                "python": json.loads((package / "pyodide-lock.json").read_text(encoding="utf-8"))["info"]["python"],
                "phone": phone, "offline": measure_offline(browser, site),
                "import_in_pyodide_ms": measure_python(site, runs)["import_in_pyodide_ms"],
            }
        server, base = serve(scratch / versions[0], bare, reference)
        try:
            for network in NETWORKS:
                boots = [bare_boot(browser, server, base, network) for _ in range(phone_runs)]
                compared["reference"][network] = {"bare_boot_ms": summary([took for took, _ in boots]),
                                                  "bare_boot_bytes": summary([size for _, size in boots])}
        finally:
            server.shutdown()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return compared


def comparison_report(compared: dict, shipped: str) -> str:
    reference = compared["reference"]
    lines = [f"Runtimes side by side (medians, [min-max]; x = against a bare boot of stock {reference['version']}: "
             + ", ".join(f"{network} {ms(reference[network]['bare_boot_ms']['median'])}" for network in NETWORKS) + ")"]
    for version, runtime in compared["runtimes"].items():
        label = f"{version} (Python {runtime['python']}){', shipped' if version == shipped else ''}"
        lines.append(f"  {label}")
        for network, phone in runtime["phone"].items():
            took, bare_took = phone["keystroke_to_answer_ms"], reference[network]["bare_boot_ms"]["median"]
            lines.append(f"    {network}: first keystroke to answer {ms(took['median'])} [{ms(took['min'])}-"
                         f"{ms(took['max'])}] x{took['median'] / bare_took:.2f}; bytes to first answer "
                         f"{kb(phone['bytes_from_navigation_to_answer']['median'])}; its own bare boot "
                         f"{ms(phone['bare_boot_ms']['median'])}, {kb(phone['bare_boot_bytes']['median'])}")
        offline = runtime["offline"]
        lines.append("    offline second visit: " + (ms(offline["navigation_to_result_ms"]) if offline["answers"]
                                                     else "FAILED " + offline.get("error", "")))
        lines.append(f"    import calculators.browser in Pyodide (Node): {ms(runtime['import_in_pyodide_ms']['median'])}")
    return "\n".join(lines)


def measure_offline(browser, site: Path) -> dict:
    """A first visit online (the calculator used once), then a second with the server shut down.

    Served under /REPO/ with Cache-Control: no-store, so only the service worker can answer."""
    class NoStore(Handler):
        def end_headers(self) -> None:
            self.send_header("Cache-Control", "no-store")
            http.server.SimpleHTTPRequestHandler.end_headers(self)

    server, base = harness.serve(site, "/REPO/", NoStore, sent=[], gzipped={}, bare=None)
    handler = server.RequestHandlerClass.func
    context = browser.new_context(service_workers="allow")
    context.add_init_script(PROBE)
    precache_bytes = 0
    try:
        page = context.new_page()
        page.goto(base + TIMED_PAGE, wait_until="load")
        first = start_and_submit(page, None)
        has_worker = page.evaluate("""() => Promise.race([navigator.serviceWorker.ready.then(() => true),
                                                       new Promise((resolve) => setTimeout(resolve, 10000, false))])""")
        precache_bytes = sum(size for path, size in handler.sent if "/pyodide/" not in path)
        for _ in range(240 if has_worker else 0):  # until the service worker has kept the runtime's 6 files
            kept = page.evaluate("""async () => { let n = 0;
                for (const name of await caches.keys()) n += (await (await caches.open(name)).keys())
                  .filter((r) => r.url.includes('/pyodide/')).length;
                return n; }""")
            if kept >= 6:
                break
            time.sleep(0.5)
        page.close()
    finally:
        server.shutdown()
        server.server_close()
    try:
        page = context.new_page()
        started = time.perf_counter()
        page.goto(base + TIMED_PAGE, wait_until="load")
        second = start_and_submit(page, None)
        offline = {"answers": True, "navigation_to_result_ms": (time.perf_counter() - started) * 1000,
                   "interaction_to_ready_ms": second["interaction_to_ready_ms"]}
    except Exception as error:  # noqa: BLE001 - the budget reports it
        offline = {"answers": False, "error": str(error)[:300]}
    context.close()
    return {**offline, "first_visit_interaction_to_ready_ms": first["interaction_to_ready_ms"],
            "first_visit_bytes_without_runtime": precache_bytes}


LIGHTHOUSE_PAGES = ["", TIMED_PAGE]
LIGHTHOUSE_CATEGORIES = {"performance": 0.95, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}


def measure_lighthouse(base: str) -> dict:
    """Lighthouse (npm, pinned) mobile scores, its default simulated throttling, Debian's Chromium."""
    scores = {}
    for page_path in LIGHTHOUSE_PAGES:
        with tempfile.NamedTemporaryFile(suffix=".json") as report_file:
            subprocess.run(
                ["node", str(ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"), base + page_path,
                 "--only-categories=" + ",".join(LIGHTHOUSE_CATEGORIES), "--output=json",
                 f"--output-path={report_file.name}", "--quiet",
                 "--chrome-flags=--headless=new " + " ".join(CHROMIUM_ARGS)],
                check=True, cwd=ROOT, env={**os.environ, "CHROME_PATH": chromium_path()})
            report = json.loads(Path(report_file.name).read_text(encoding="utf-8"))
        scores[page_path or "/"] = {name: category["score"] for name, category in report["categories"].items()}
    return scores


def appeal_request() -> str:
    day, month, year = decision_date_fields(datetime.date.today())
    return json.dumps({"decision_sent": {"day": day, "month": month, "year": year},
                       "certificate_issued": {"day": "", "month": "", "year": ""},
                       "today": datetime.date.today().isoformat()})


# Timed the same way in CPython and, by scripts/lib/bench-pyodide.mjs, inside Pyodide: the first import of
# calculators.browser, the first appeal_deadline(REQUEST) call, then CALLS more. Leaves JSON in `timings`.
TIMER = """
import json, sys, time
request, calls = sys.argv[1], int(sys.argv[2])
t = time.perf_counter()
import calculators.browser
import_ms = (time.perf_counter() - t) * 1000
t = time.perf_counter()
response = calculators.browser.appeal_deadline(request)
first_call_ms = (time.perf_counter() - t) * 1000
assert json.loads(response)["ok"], response
calls_ms = []
for _ in range(calls):
    t = time.perf_counter()
    calculators.browser.appeal_deadline(request)
    calls_ms.append((time.perf_counter() - t) * 1000)
timings = json.dumps({"import_ms": import_ms, "first_call_ms": first_call_ms, "calls_ms": calls_ms})
"""


def measure_python(site: Path, runs: int, calls: int = 20) -> dict:
    """Import and one calculation: in Pyodide (Node, the site's files) and in CPython; a fresh process per run."""
    node = shutil.which("node") or sys.exit("scripts/bench: Node.js is needed")
    request = appeal_request()
    pyodide, cpython = [], []
    for _ in range(runs):
        out = subprocess.run([node, str(ROOT / "scripts" / "lib" / "bench-pyodide.mjs"), str(site), request, str(calls), TIMER],
                             capture_output=True, text=True, check=True, cwd=ROOT)
        pyodide.append(json.loads(out.stdout.strip().splitlines()[-1]))
        out = subprocess.run([sys.executable, "-X", "frozen_modules=on", "-c", TIMER + "print(timings)", request, str(calls)],
                             capture_output=True, text=True, check=True, cwd=ROOT,
                             env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"})
        cpython.append(json.loads(out.stdout))
    return {
        "pyodide_load_with_wheel_ms": summary([r["load_with_wheel_ms"] for r in pyodide]),
        "import_in_pyodide_ms": summary([r["import_ms"] for r in pyodide]),
        "first_calculation_in_pyodide_ms": summary([r["first_call_ms"] for r in pyodide]),
        "calculation_in_pyodide_ms": summary([statistics.median(r["calls_ms"]) for r in pyodide]),
        "import_in_cpython_ms": summary([r["import_ms"] for r in cpython]),
        "first_calculation_in_cpython_ms": summary([r["first_call_ms"] for r in cpython]),
        "calculation_in_cpython_ms": summary([statistics.median(r["calls_ms"]) for r in cpython]),
    }


def measure_mkdocs_build(runs: int) -> dict:
    times = []
    with tempfile.TemporaryDirectory() as scratch:
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run([str(ROOT / ".venv" / "bin" / "mkdocs"), "build", "--strict", "--clean", "--quiet",
                            "--site-dir", scratch], check=True, cwd=ROOT, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
            times.append((time.perf_counter() - started) * 1000)
    return {"mkdocs_build_ms": summary(times)}


def chromium_path() -> str:
    return harness.chromium_path() or sys.exit("scripts/bench: " + CHROMIUM_MISSING)


def kb(n: float) -> str:
    return f"{n / KB:,.1f} kB"


def ms(n: float) -> str:
    return f"{n:,.1f} ms" if n < 10_000 else f"{n / 1000:,.2f} s"


def report(results: dict) -> tuple[str, bool]:
    rows: list[tuple[str, str, str, str]] = []

    def row(label: str, figures: dict, fmt) -> None:
        rows.append((label, fmt(figures["median"]), fmt(figures["min"]), fmt(figures["max"])))

    for path, page in results["pages"].items():
        row(f"{page['kind']} page {path}: raw", page["raw_bytes"], kb)
        row(f"{page['kind']} page {path}: gzip", page["gzip_bytes"], kb)
    calc, py = results["calculator"], results["python"]
    row("calculator start adds: raw", calc["start_raw_bytes"], kb)
    row("calculator start adds: gzip", calc["start_gzip_bytes"], kb)
    for path, sizes in sorted(calc["start_files"].items(), key=lambda kv: -kv[1]["raw"]):
        rows.append((f"  {path}", f"{kb(sizes['raw'])} raw", f"{kb(sizes['gzip'])} gzip", ""))
    row("first interaction to ready, cold", calc["interaction_to_ready_cold_ms"], ms)
    row("  of which downloads (cold; the rest is CPU)", calc["interaction_to_downloads_done_cold_ms"], ms)
    row("first interaction to ready, warm", calc["interaction_to_ready_warm_ms"], ms)
    row("submit to result shown", calc["submit_to_result_ms"], ms)
    row("submit to worker's answer", calc["submit_to_worker_response_ms"], ms)
    row("Pyodide + wheel load (Node)", py["pyodide_load_with_wheel_ms"], ms)
    row("import calculators.browser, Pyodide", py["import_in_pyodide_ms"], ms)
    row("import calculators.browser, CPython", py["import_in_cpython_ms"], ms)
    row("first calculation, Pyodide", py["first_calculation_in_pyodide_ms"], ms)
    row("one calculation, Pyodide (median of 20)", py["calculation_in_pyodide_ms"], ms)
    row("first calculation, CPython", py["first_calculation_in_cpython_ms"], ms)
    row("one calculation, CPython (median of 20)", py["calculation_in_cpython_ms"], ms)
    if results.get("offline", {}).get("answers"):
        offline = results["offline"]
        once = ms(offline["navigation_to_result_ms"])
        rows.append(("offline second visit: navigation to result", once, once, once))
        once = kb(offline["first_visit_bytes_without_runtime"])
        rows.append(("first visit's bytes without the runtime (page + precache)", once, once, once))
    for network, phone in results.get("phone", {}).items():
        row(f"{network}: first keystroke to answer", phone["keystroke_to_answer_ms"], ms)
        row(f"{network}: bare boot of stock {REFERENCE_RUNTIME} to 1 + 1", phone["bare_boot_ms"], ms)
        row(f"{network}: calculator bytes to first answer", phone["calculator_bytes_to_first_answer"], kb)
        row(f"{network}: bytes from navigation to answer", phone["bytes_from_navigation_to_answer"], kb)
        row(f"{network}: bare boot bytes", phone["bare_boot_bytes"], kb)
    if "mkdocs_build_ms" in results["build"]:
        row("mkdocs build", results["build"]["mkdocs_build_ms"], ms)
    if "scripts_build_once_ms" in results["build"]:
        once = ms(results["build"]["scripts_build_once_ms"])
        rows.append(("scripts/build (whole build, once)", once, once, once))

    width = max(len(r[0]) for r in rows)
    lines = [f"{'measure':<{width}}  {'median':>12}  {'min':>12}  {'max':>12}", "-" * (width + 42)]
    lines += [f"{a:<{width}}  {b:>12}  {c:>12}  {d:>12}" for a, b, c, d in rows]

    guide = {p: v for p, v in results["pages"].items() if v["kind"] == "guide"}
    heaviest = max(guide, key=lambda p: guide[p]["gzip_bytes"]["max"])
    budgets = [
        (f"guide pages < {kb(BUDGETS['guide_page_gzip_bytes'])} gzip (heaviest: {heaviest} "
         f"{kb(guide[heaviest]['gzip_bytes']['max'])})",
         guide[heaviest]["gzip_bytes"]["max"] < BUDGETS["guide_page_gzip_bytes"]),
        ("guide pages never load Pyodide", not any(v["loads_pyodide"] for v in guide.values())),
        (f"import in Pyodide < {BUDGETS['import_in_pyodide_ms']} ms (median {ms(py['import_in_pyodide_ms']['median'])})",
         py["import_in_pyodide_ms"]["median"] < BUDGETS["import_in_pyodide_ms"]),
        (f"submit to result < {BUDGETS['submit_to_result_ms']} ms once ready "
         f"(median {ms(calc['submit_to_result_ms']['median'])})",
         calc["submit_to_result_ms"]["median"] < BUDGETS["submit_to_result_ms"]),
        (f"first interaction to ready < {ms(BUDGETS['interaction_to_ready_cold_ms'])} cold "
         f"(median {ms(calc['interaction_to_ready_cold_ms']['median'])})",
         calc["interaction_to_ready_cold_ms"]["median"] < BUDGETS["interaction_to_ready_cold_ms"]),
    ]
    advisory = bool(results["load_note"])  # a busy machine: the time budgets are reported, not counted
    not_counted: set[str] = set()
    for network, phone in results.get("phone", {}).items():
        if network not in NETWORKS:  # a CPU-throttled run: shown in the table, no budget of its own
            continue
        limit = BUDGETS["keystroke_to_answer_vs_bare_boot"][network]
        ratio = phone["keystroke_to_answer_ms"]["median"] / phone["bare_boot_ms"]["median"]
        phone["keystroke_to_answer_vs_bare_boot"] = ratio
        budgets.append((f"{network}: first keystroke to answer <= {limit} x bare boot of stock {REFERENCE_RUNTIME} "
                        f"(median {ms(phone['keystroke_to_answer_ms']['median'])} / "
                        f"{ms(phone['bare_boot_ms']['median'])} = {ratio:.2f})", ratio <= limit))
        if advisory:
            not_counted.add(budgets[-1][0])
    if "offline" in results:
        offline = results["offline"]
        budgets.append(("offline second visit (server shut down, no-store) answers"
                        + (f" (navigation to result {ms(offline['navigation_to_result_ms'])})" if offline["answers"]
                           else f": {offline.get('error', '')}"), offline["answers"]))
    if "phone" in results:
        most = max(phone["bytes_from_navigation_to_answer"]["max"] for phone in results["phone"].values())
        budgets.append((f"bytes from navigation to first answer <= {kb(BUDGETS['bytes_to_first_answer'])}"
                        f" as served gzip-compressed (max {kb(most)})", most <= BUDGETS["bytes_to_first_answer"]))
    for page_path, scores in results.get("lighthouse", {}).items():
        for category, least in LIGHTHOUSE_CATEGORIES.items():
            budgets.append((f"Lighthouse mobile {page_path} {category} >= {least} ({scores[category]:.2f})",
                            scores[category] >= least))
    results["budgets"] = [{"budget": text, "pass": ok, "counted": text not in not_counted} for text, ok in budgets]
    if "cpu" in results:
        cpu = results["cpu"]
        lines += ["", f"CPU {cpu['rate']}x slower (a mid-range phone): the page slowed x{cpu['page_slowdown']:.1f}, "
                  f"a dedicated worker x{cpu['worker_slowdown']:.1f} (busy-loop check)" + (
                      ": the CPU-throttled rows above are the mid-range phone" if cpu["worker_throttled"] else
                      f"; Chromium {results['machine']['chromium']} cannot throttle a worker's CPU"
                      + (f" ({'; '.join(cpu['errors'])})" if cpu["errors"] else "")
                      + ", and the calculator runs in one: no mid-range-phone figures")]
    lines += ["", "Budgets:" + results["load_note"]]
    lines += [f"  {'PASS' if ok else 'FAIL' if text not in not_counted else 'FAIL, advisory'}  {text}" for text, ok in budgets]
    return "\n".join(lines), all(ok or text in not_counted for text, ok in budgets)


def main() -> int:
    parser = argparse.ArgumentParser(description="Measure the built site (scripts/bench builds it first).")
    parser.add_argument("--site", type=Path, default=Path(os.environ.get("SITE_DIR", ROOT / "site")))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--phone-runs", type=int, default=3,
                        help="runs per throttled network (each takes up to a minute on Slow 4G)")
    parser.add_argument("--lighthouse", action="store_true", help="also run Lighthouse (mobile) on two pages")
    parser.add_argument("--output", type=Path, default=ROOT / "bench-results.json")
    parser.add_argument("--skip-build-timing", action="store_true", help="do not time mkdocs build")
    parser.add_argument("--compare-runtimes", nargs="?", const=CANDIDATE_RUNTIMES, metavar="VERSIONS",
                        help="also build the site with each npm pyodide release (comma-separated; default "
                             f"{CANDIDATE_RUNTIMES}) and measure each side by side")
    args = parser.parse_args()
    if args.runs < 5:
        parser.error("--runs must be at least 5 (medians of fewer runs mean little)")
    site = args.site.resolve()
    if not (site / "index.html").is_file():
        sys.exit(f"scripts/bench: {site} is not a built site (run scripts/build)")

    from playwright.sync_api import sync_playwright

    bare = Path(tempfile.mkdtemp(prefix="bench-bare-"))
    (bare / "index.html").write_text(BARE_PAGE, encoding="utf-8")
    (bare / "worker.mjs").write_text(BARE_WORKER, encoding="utf-8")
    reference = fetch_runtime(REFERENCE_RUNTIME)
    server, base = serve(site, bare, reference)
    results: dict = {"generated": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
                     "runs": args.runs, "site": str(site)}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
            results["machine"] = {"cpus": os.cpu_count(), "platform": platform.platform(),
                                  "python": platform.python_version(), "chromium": browser.version}
            print(f"Measuring {site} in Chromium {browser.version}, {args.runs} runs each…", file=sys.stderr)
            results["pages"] = measure_page_weights(browser, site, base, site_pages(site), args.runs)
            results["calculator"] = measure_calculator(browser, base, args.runs)
            results["offline"] = measure_offline(browser, site)
            results["phone"] = {}
            for network in NETWORKS:
                print(f"  {network}: {args.phone_runs} runs of the calculator and of a bare boot…", file=sys.stderr)
                results["phone"][network] = measure_phone(browser, server, base, network, args.phone_runs)
            results["cpu"] = cpu_throttling_check(browser, CPU_SLOWDOWN)
            if results["cpu"]["worker_throttled"]:
                for network in NETWORKS:
                    print(f"  {network}, CPU {CPU_SLOWDOWN}x slower: {args.phone_runs} runs…", file=sys.stderr)
                    results["phone"][f"{network}, CPU {CPU_SLOWDOWN}x"] = measure_phone(
                        browser, server, base, network, args.phone_runs, CPU_SLOWDOWN)
            if args.compare_runtimes:
                results["runtimes"] = compare_runtimes(browser, args.compare_runtimes.split(","), bare, reference,
                                                       args.runs, args.phone_runs)
            browser.close()
        if args.lighthouse:
            print("  Lighthouse, mobile…", file=sys.stderr)
            results["lighthouse"] = measure_lighthouse(base)
    finally:
        server.shutdown()
        shutil.rmtree(bare)
    results["python"] = measure_python(site, args.runs)
    results["build"] = {} if args.skip_build_timing else measure_mkdocs_build(args.runs)
    if os.environ.get("BENCH_SCRIPTS_BUILD_S"):  # set by scripts/bench: its one full build (wheel, Pyodide copy)
        results["build"]["scripts_build_once_ms"] = float(os.environ["BENCH_SCRIPTS_BUILD_S"]) * 1000
    # Time budgets mean little on a busy machine: say so beside them (they still count).
    load = os.getloadavg()[0]
    results["load_note"] = (f" (the machine is busy, load average {load:.1f} on {os.cpu_count()} CPUs: the "
                            "Fast and Slow 4G time budgets are advisory, shown but not counted)"
                            if load > (os.cpu_count() or 1) / 2 else "")
    table, all_pass = report(results)
    print(table)
    if "runtimes" in results:
        shipped = json.loads((ROOT / "node_modules" / "pyodide" / "package.json").read_text(encoding="utf-8"))["version"]
        print("\n" + comparison_report(results["runtimes"], shipped))
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nFigures written to {args.output}", file=sys.stderr)
    return 0 if all_pass else 1


if __name__ == "__main__":
    sys.exit(main())
