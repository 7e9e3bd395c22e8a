"""Offline after the first visit (issue 13): the service worker, under a sub-path, with Save-Data.

The site is served under /REPO/ (as GitHub Pages serves a project site) with Cache-Control: no-store,
so the browser's HTTP cache cannot help: whatever answers without a network comes from the service
worker's caches. The second visit is made after the server has been shut down. The runtime the
service worker keeps is the one the site ships (the trimmed standard library), so the second visit
also proves that the shipped files answer every calculator.
"""

from __future__ import annotations

import datetime
import gzip
import json
import re
import shutil
import subprocess
import time
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from calculators import browser as entry_points
from conftest import ROOT
from harness import SiteHandler, serve

PREFIX = "/REPO/"
TODAY = datetime.date(2027, 1, 10)
RESULT_TIMEOUT = 90_000  # ms: a cold Pyodide start on a busy 2-core machine
# Each calculator, filled in through its answers in the address (the pages fill and submit them).
CALCULATORS = [
    pytest.param("work-out-your-appeal-deadline/", "#decision-sent=2026-12-31", "appeal_deadline",
                 {"decision_sent": {"day": "31", "month": "12", "year": "2026"}}, id="the appeal deadline"),
    pytest.param("work-out-your-appeal-deadline/", "#claim=discrimination_claim&conduct=2026-11-20&against=school",
                 "discrimination_claim", {"conduct": {"day": "20", "month": "11", "year": "2026"}, "against": "school"},
                 id="the discrimination claim deadline"),
    pytest.param("check-if-you-need-a-mediation-certificate/", "#grounds=c-ii", "certificate",
                 {"grounds": ["c-ii"]}, id="the mediation certificate check"),
    pytest.param("plan-the-mediation-timeline/", "#decision-sent=2026-12-01&mediation-wanted=yes&health-included=no",
                 "mediation_timeline", {"decision_sent": {"day": "1", "month": "12", "year": "2026"},
                                        "mediation_wanted": "yes", "health_included": "no"},
                 id="the mediation timeline"),
    pytest.param("prepare-your-appeal/", "#appellant=parent&decision-sent=2026-12-31&grounds=c-ii,c-iii", "appeal_pack",
                 {"appellant": "parent", "decision_sent": {"day": "31", "month": "12", "year": "2026"},
                  "grounds": ["c-ii", "c-iii"]}, id="prepare your appeal"),
]


class NoStoreHandler(SiteHandler):
    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()


def expected_answer(calculator: str, request: dict) -> str:
    response = json.loads(getattr(entry_points, calculator)(json.dumps({**request, "today": TODAY.isoformat()})))
    assert response["ok"], response
    return response["display"]["answer"]


def open_page(context, url: str):
    page = context.new_page()
    page.clock.set_fixed_time(datetime.datetime.combine(TODAY, datetime.time(10, 0)))
    page.goto(url)
    return page


@pytest.fixture(scope="module")
def first_visit(browser, site_dir):
    """One visit while online: every calculator used once; then the server is shut down."""
    server, base = serve(site_dir, PREFIX, NoStoreHandler)
    context = browser.new_context(service_workers="allow")
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = open_page(context, base + "work-out-your-appeal-deadline/#decision-sent=2026-12-31")
    expect(page.locator(".calculator-result")).to_contain_text("Monday 1 March 2027", timeout=RESULT_TIMEOUT)
    registration = page.evaluate("""() => navigator.serviceWorker.ready.then(r => ({
        scope: r.scope, script: r.active.scriptURL }))""")
    # The runtime is kept once the calculator has been used: wait until the worker has stored it.
    for _ in range(120):
        cached = page.evaluate("""async () => { const urls = [];
            for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys())
              urls.push(request.url);
            return { names: await caches.keys(), urls }; }""")
        if sum("/pyodide/" in url for url in cached["urls"]) >= 6:
            break
        time.sleep(0.5)
    headers = page.evaluate("fetch(location.href).then(r => r.headers.get('cache-control'))")
    page.close()
    server.shutdown()
    server.server_close()
    yield {"context": context, "base": base, "registration": registration, "cached": cached,
           "headers": headers, "requests": requests}
    context.close()


def test_the_service_worker_is_scoped_to_the_sites_own_sub_path(first_visit):
    base = first_visit["base"]
    assert first_visit["registration"] == {"scope": base, "script": base + "sw.js"}
    assert first_visit["headers"] == "no-store"  # the HTTP cache cannot be what answers offline
    names = first_visit["cached"]["names"]
    # The caches are named after the repository and the build, and the precache after the scope.
    assert any(re.fullmatch(r"send-mediation-guide-[0-9a-f]{12}-precache-v2-" + re.escape(base), n) for n in names), names
    assert "send-mediation-guide-pyodide" in names, names
    # Workbox's own runtime came from the site, under the sub-path; nothing from anywhere else.
    origin = urlsplit(base)[:2]
    assert any(re.search(r"/REPO/workbox-[0-9a-f]+\.js$", url) for url in first_visit["requests"])
    assert all(urlsplit(url)[:2] == origin for url in first_visit["requests"] if not url.startswith("blob:"))


@pytest.mark.parametrize(("path", "fragment", "calculator", "request_"), CALCULATORS)
def test_a_second_visit_without_a_network_answers_every_calculator(first_visit, path, fragment, calculator, request_):
    page = open_page(first_visit["context"], first_visit["base"] + path + fragment)
    expect(page.locator(".calculator-result")).to_contain_text(expected_answer(calculator, request_),
                                                               timeout=RESULT_TIMEOUT)
    page.close()


def test_a_second_visit_without_a_network_shows_the_guide_pages(first_visit, site_dir):
    page = first_visit["context"].new_page()
    page.goto(first_visit["base"])
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.get_by_role("link", name="Decide about mediation").first.click()
    expect(page).to_have_url(re.compile(r"/REPO/decide-about-mediation/$"))
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.close()


SAVE_DATA = "Object.defineProperty(NetworkInformation.prototype, 'saveData', { get: () => true })"


def test_with_save_data_nothing_downloads_until_submit_and_the_page_says_how_big_it_is(browser, site_url):
    context = browser.new_context()
    context.add_init_script(SAVE_DATA)
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = open_page(context, site_url + "work-out-your-appeal-deadline/")
    page.wait_for_load_state("networkidle")
    letter = page.get_by_role("group", name="Date on the decision letter")
    letter.get_by_label("Day").fill("31")
    letter.get_by_label("Month").fill("12")
    letter.get_by_label("Year").fill("2026")
    page.wait_for_timeout(1000)
    assert not [url for url in requests if "/pyodide/" in url], "the runtime downloaded before submit"
    assert not [w for w in page.workers if "calculators" in w.url], "Python started before submit"
    assert page.evaluate("navigator.serviceWorker.getRegistration().then(r => r === undefined)")
    page.get_by_role("button", name="Work out the deadline").click()
    expect(page.locator(".calculator-status")).to_contain_text("download of about 4 MB")
    expect(page.locator(".calculator-result")).to_contain_text("Monday 1 March 2027", timeout=RESULT_TIMEOUT)
    # No offline copy with Save-Data on (it would download every guide page), not even once the
    # calculator has answered, nor on a guide page.
    page.wait_for_timeout(1000)
    assert page.evaluate("navigator.serviceWorker.getRegistration().then(r => r === undefined)")
    guide = open_page(context, site_url + "decide-about-mediation/")
    guide.wait_for_load_state("networkidle")
    assert guide.evaluate("navigator.serviceWorker.getRegistration().then(r => r === undefined)")
    context.close()


def test_the_download_size_the_save_data_status_gives_is_the_runtimes(site_dir):
    """"A download of about 4 MB": the runtime's files as GitHub Pages serves them (text and
    WebAssembly gzipped, the zip and the wheel as they are) round to 4 MB."""
    (runtime,) = (site_dir / "pyodide").iterdir()
    served = sum(len(path.read_bytes()) if path.suffix in {".zip", ".whl"}
                 else len(gzip.compress(path.read_bytes(), compresslevel=6)) for path in runtime.iterdir())
    print(f"runtime as served: {served / 1e6:.2f} MB")
    assert round(served / 1e6) == 4


def test_a_new_deploy_replaces_the_old_cache_only_once_the_reader_accepts_the_reload(browser, site_dir, tmp_path):
    """Deploy 1 is visited; deploy 2 (one page changed, a new sw.js) installs beside it and the page
    offers a reload; the old cache goes only when the reader takes it."""
    deploy = tmp_path / "deploy"
    shutil.copytree(site_dir, deploy, ignore=shutil.ignore_patterns("pyodide"))
    server, base = serve(deploy, PREFIX, NoStoreHandler)
    context = browser.new_context(service_workers="allow")
    try:
        page = context.new_page()
        page.goto(base)
        page.evaluate("navigator.serviceWorker.ready")
        page.reload()
        assert page.evaluate("navigator.serviceWorker.controller !== null")
        first_caches = page.evaluate("caches.keys()")
        old_precache = [name for name in first_caches if "-precache-" in name]
        assert len(old_precache) == 1, first_caches

        # Deploy 2: a page changes, so the precache manifest and the cache name change.
        index = deploy / "index.html"
        index.write_text(index.read_text(encoding="utf-8") + "<!-- deploy 2 -->\n", encoding="utf-8")
        subprocess.run(["node", str(ROOT / "scripts" / "lib" / "service-worker.mjs"), str(deploy)], check=True,
                       capture_output=True)
        page.goto(base + "what-mediation-is/")
        offer = page.get_by_role("status").filter(has_text="A new version of this guide is ready.")
        expect(offer).to_be_visible(timeout=30_000)
        both = page.evaluate("caches.keys()")
        assert set(old_precache) < {name for name in both if "-precache-" in name}, both  # old kept until taken

        offer.get_by_role("button", name="Reload the page").click()
        page.wait_for_function("() => !document.querySelector('.site-update')", timeout=30_000)
        page.wait_for_load_state("load")
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        for _ in range(40):
            now = page.evaluate("caches.keys()")
            if not set(old_precache) & set(now):
                break
            time.sleep(0.25)
        precaches = [name for name in now if "-precache-" in name]
        assert len(precaches) == 1 and precaches != old_precache, now
    finally:
        context.close()
        server.shutdown()
        server.server_close()
