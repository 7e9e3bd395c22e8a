"""A deploy under a reader's feet (issue 20): every page gets its own build's script and runtime.

Build A is the site the suite tests. Build B is the same sources with one page and one line of
Python changed, built by scripts/build into a second folder. One server answers at /REPO/ with
GitHub Pages' `Cache-Control: max-age=600`, first from A, then, mid-test, from B, as a deploy
replaces the whole site. For each way a reader may meet the deploy (guide pages only seen on A;
the calculator used on A; no service worker, so only the HTTP cache; offline after A), the page
must answer, either at once or after the reader takes the "Reload the page" it offers, and the
answer must come from the build of the page showing it: the page's build is the `?v=` its
<script> carries, the answer's is B's changed line of Python (its heading starts "[B] ").
"""

from __future__ import annotations

import datetime
import http.server
import os
import re
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from conftest import ROOT
from harness import SiteHandler

PREFIX = "/REPO/"
TODAY = datetime.date(2027, 1, 10)
RESULT_TIMEOUT = 90_000  # ms: a cold Pyodide start on a busy 2-core machine
DEADLINE = "work-out-your-appeal-deadline/"
CERTIFICATE = "check-if-you-need-a-mediation-certificate/"
# B's one line of Python: every answer's heading says which build gave it.
PYTHON_FILE = "calculators/browser.py"
PYTHON_LINE = '        response = {"ok": True, **handler(_object(request))}\n'
PYTHON_LINE_B = ('        response = {"ok": True, **handler(_object(request))}; '
                 'response["display"]["heading"] = "[B] " + response["display"]["heading"]\n')
# B's one changed page.
PAGE_FILE = "docs/index.md"
PAGE_LINE_B = "\nThis is build B of the guide.\n"
SCRIPT_VERSION = re.compile(r'src="[./]*javascripts/calculators\.js\?v=([0-9a-f]{12})"')


def script_version(site: Path) -> str:
    html = (site / DEADLINE / "index.html").read_text(encoding="utf-8")
    return SCRIPT_VERSION.search(html).group(1)


@pytest.fixture(scope="module")
def builds(site_dir: Path, tmp_path_factory) -> dict[str, Path]:
    """Build B from a copy of the sources (git's files, not the ignored ones), .venv and node_modules linked."""
    sources = tmp_path_factory.mktemp("sources-b")
    tracked = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                             cwd=ROOT, check=True, capture_output=True).stdout
    for name in filter(None, tracked.decode().split("\0")):
        if (ROOT / name).is_file():
            (sources / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, sources / name)
    for name in (".venv", "node_modules"):
        (sources / name).symlink_to(ROOT / name)
    python = sources / PYTHON_FILE
    text = python.read_text(encoding="utf-8")
    assert text.count(PYTHON_LINE) == 1, f"{PYTHON_FILE} no longer has the line this test changes"
    python.write_text(text.replace(PYTHON_LINE, PYTHON_LINE_B), encoding="utf-8")
    page = sources / PAGE_FILE
    page.write_text(page.read_text(encoding="utf-8") + PAGE_LINE_B, encoding="utf-8")
    site_b = tmp_path_factory.mktemp("site-b")
    built = subprocess.run(["scripts/build"], cwd=sources, capture_output=True, text=True,
                           env={**os.environ, "SITE_DIR": str(site_b)})
    assert built.returncode == 0, built.stderr
    builds = {"A": site_dir, "B": site_b}
    versions = {name: script_version(site) for name, site in builds.items()}
    assert versions["A"] != versions["B"], "B's changed Python must give its script another build"
    return builds


class Deployed:
    """A static server at /REPO/ that answers from one build until `deploy` swaps in the other."""

    def __init__(self, builds: dict[str, Path]) -> None:
        self.builds, self.live = builds, [builds["A"]]
        live = self.live

        class Handler(SiteHandler):
            prefix = PREFIX

            def __init__(self, *args, **kwargs) -> None:
                super().__init__(*args, directory=str(live[0]), **kwargs)

            def end_headers(self) -> None:  # what GitHub Pages sends
                self.send_header("Cache-Control", "max-age=600")
                super().end_headers()

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}{PREFIX}"

    def deploy(self, name: str) -> None:
        self.live[0] = self.builds[name]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def deployed(builds):
    server = Deployed(builds)
    yield server
    server.close()


def open_page(context, url: str):
    page = context.new_page()
    page.clock.set_fixed_time(datetime.datetime.combine(TODAY, datetime.time(10, 0)))
    page.goto(url)
    return page


def ask(page) -> None:
    letter = page.get_by_role("group", name="Date on the decision letter")
    letter.get_by_label("Day").fill("31")
    letter.get_by_label("Month").fill("12")
    letter.get_by_label("Year").fill("2026")
    page.get_by_role("button", name="Work out the deadline").click()


def answer(page, builds: dict[str, Path]) -> tuple[str, str]:
    """Ask, take any reload the page offers (once), and return (the page's build, the answer's)."""
    ask(page)
    result, failed = page.locator(".calculator-result"), page.locator(".calculator-failed")
    page.wait_for_function("() => document.querySelector('.calculator-answer')"
                           " || !document.querySelector('.calculator-failed').hidden", timeout=RESULT_TIMEOUT)
    reloaded = failed.is_visible()
    if reloaded:
        # The only failure a deploy may cause: a new version, with the reload it needs.
        offer = failed.get_by_text("This guide has been updated since you opened this page.")
        expect(offer).to_be_visible()
        with page.expect_navigation(timeout=RESULT_TIMEOUT):
            failed.get_by_role("button", name="Reload the page").click()
        ask(page)
    expect(result).to_contain_text("Monday 1 March 2027", timeout=RESULT_TIMEOUT)
    version = page.evaluate("new URL(document.querySelector('script[src*=\"calculators.js\"]').src)"
                            ".searchParams.get('v')")
    page_build = {script_version(site): name for name, site in builds.items()}[version]
    heading = page.locator(".calculator-heading").inner_text()
    print(f"deploy: page {page_build}, answer {'B' if heading.startswith('[B] ') else 'A'}, reloaded {reloaded}")
    return page_build, "B" if heading.startswith("[B] ") else "A"


def wait_for_offline_copy(page) -> None:
    page.evaluate("navigator.serviceWorker.ready")
    for _ in range(120):
        kept = page.evaluate("""async () => { let n = 0;
            for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys())
              n += request.url.includes('/pyodide/');
            return n; }""")
        if kept >= 6:
            return
        time.sleep(0.5)
    pytest.fail("the service worker never kept the runtime")


def test_guide_pages_only_seen_on_a_then_the_calculator_on_b(browser, deployed, builds):
    """The original failure: the worker serves page A, whose runtime the deploy removed."""
    context = browser.new_context(service_workers="allow")
    page = open_page(context, deployed.base)
    page.evaluate("navigator.serviceWorker.ready")
    page.goto(deployed.base + "decide-about-mediation/")
    assert page.evaluate("navigator.serviceWorker.controller !== null")
    deployed.deploy("B")
    page.goto(deployed.base + DEADLINE)
    page_build, answer_build = answer(page, builds)
    assert page_build == answer_build
    context.close()


def used_on_a_then_deployed(browser, deployed, builds, service_workers: str = "allow"):
    """The calculator answered on A (and, with a service worker, kept for offline); then B is live."""
    context = browser.new_context(service_workers=service_workers)
    page = open_page(context, deployed.base + DEADLINE)
    assert answer(page, builds) == ("A", "A")
    if service_workers == "allow":
        wait_for_offline_copy(page)
    deployed.deploy("B")
    return context, page


def test_the_calculator_used_on_a_then_opened_again_on_b(browser, deployed, builds):
    context, page = used_on_a_then_deployed(browser, deployed, builds)
    page.goto(deployed.base + DEADLINE)
    page_build, answer_build = answer(page, builds)
    assert page_build == answer_build
    context.close()


def test_without_a_service_worker_the_http_cache_never_mixes_builds(browser, deployed, builds):
    """Within GitHub Pages' 10 minutes of caching, an old calculator page and a page first opened
    after the deploy each run their own build's script and runtime."""
    context, _ = used_on_a_then_deployed(browser, deployed, builds, service_workers="block")
    again = open_page(context, deployed.base + DEADLINE)  # page A, from the HTTP cache
    assert len(set(answer(again, builds))) == 1
    other = open_page(context, deployed.base + CERTIFICATE)  # never seen: page B, script B
    other.get_by_label("It refused to carry out an EHC needs assessment").check()
    other.get_by_role("button", name="Check if you need a certificate").click()
    expect(other.locator(".calculator-result")).to_contain_text("certificate", timeout=RESULT_TIMEOUT)
    assert other.locator(".calculator-heading").inner_text().startswith("[B] ")
    context.close()


def test_offline_after_a_the_calculator_still_answers_from_a(browser, deployed, builds):
    context, page = used_on_a_then_deployed(browser, deployed, builds)
    context.set_offline(True)
    page.goto(deployed.base + DEADLINE)
    assert answer(page, builds) == ("A", "A")
    context.close()
