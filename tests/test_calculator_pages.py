"""The calculator pages in real headless Chromium, on the built site: filled in as a person would.

Each calculator page is opened once (Pyodide takes seconds to start) in one shared browser
context that records every request, including the worker's. "Today" is fixed with Playwright's
clock. Expected answers come from the law (the worked examples on the pages, checked against
legal-rules.md) and, for the full wording, from the same Python entry points run in CPython.
"""

from __future__ import annotations

import datetime
import json
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from calculators import browser as entry_points
from conftest import ROOT
from harness import serve
from site_pages import ERROR_SUMMARY

CERTIFICATE = "check-if-you-need-a-mediation-certificate/"
DEADLINE = "work-out-your-appeal-deadline/"
TIMELINE = "plan-the-mediation-timeline/"
CALCULATOR_PAGES = [CERTIFICATE, DEADLINE, TIMELINE]
TODAY = datetime.date(2027, 1, 10)  # the reader's device clock in these tests
RESULT_TIMEOUT = 90_000  # ms: a cold Pyodide start on a busy 2-core machine
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


class Session:
    """One browser context for the whole module; every request it makes is recorded."""

    def __init__(self, browser, site_url: str) -> None:
        self.site_url = site_url
        self.context = browser.new_context(accept_downloads=True)
        self.context.grant_permissions(["clipboard-read", "clipboard-write"])
        self.requests: list[str] = []
        self.context.on("request", lambda request: self.requests.append(request.url))
        self.pages: dict[str, Page] = {}

    def open(self, path: str, fragment: str = "") -> Page:
        page = self.context.new_page()
        page.clock.set_fixed_time(datetime.datetime.combine(TODAY, datetime.time(10, 0)))
        page.goto(self.site_url + path + fragment)
        return page

    def page(self, path: str, fragment: str = "") -> Page:
        """The shared page for one calculator, opened on first use (with `fragment`, if given)."""
        if path not in self.pages:
            self.pages[path] = self.open(path, fragment)
        elif fragment:
            raise AssertionError(f"{path} is already open: a fragment only counts on the first load")
        return self.pages[path]

    def elsewhere(self) -> list[str]:
        """Requests that went anywhere but the site's own origin."""
        origin = urlsplit(self.site_url)[:2]
        return [url for url in self.requests
                if not (urlsplit(url)[:2] == origin
                        or (url.startswith("blob:") and urlsplit(url[5:])[:2] == origin))]


@pytest.fixture(scope="module")
def session(browser, site_url):
    session = Session(browser, site_url)
    yield session
    session.context.close()


def fill_date(page: Page, legend: str, day: str, month: str, year: str) -> None:
    group = page.get_by_role("group", name=legend)
    group.get_by_label("Day").fill(day)
    group.get_by_label("Month").fill(month)
    group.get_by_label("Year").fill(year)


def result_region(page: Page):
    return page.locator(".calculator-result")


def submit_for_a_new_answer(page: Page, button: str):
    """Click `button` and wait for THIS submission's answer, never the one already on the page.

    The answer on the page is marked stale first, so a test whose own answer never comes fails
    instead of passing on the previous test's result; a generic failure is never an answer.
    """
    page.evaluate("() => document.querySelectorAll('.calculator-answer').forEach(e => { e.dataset.stale = 'yes'; })")
    page.get_by_role("button", name=button).click()
    answer = result_region(page).locator(".calculator-answer:not([data-stale])")
    expect(answer).to_have_count(1, timeout=RESULT_TIMEOUT)
    expect(page.locator("body")).not_to_contain_text("Something went wrong")
    return answer


def copied_link(page: Page) -> str:
    """What "Copy a link to these answers", under the result, puts on the clipboard."""
    page.evaluate("navigator.clipboard.writeText('')")
    page.locator(".calculator-your-answers").get_by_role("button", name="Copy a link to these answers").click()
    warning = "Link copied. It contains your answers, so only send it to people you trust."
    expect(page.locator(".calculator-status")).to_have_text(warning)
    # Said where the finger is too: on the button, and under it (issue 23, item 4).
    expect(page.locator(".calculator-your-answers").get_by_role("button", name="Link copied", exact=True)).to_be_visible()
    expect(page.locator(".calculator-your-answers")).to_contain_text(warning)
    return page.evaluate("navigator.clipboard.readText()")


def python_display(calculator: str, request: dict) -> dict:
    """The display object the page must show: the same entry point, run here in CPython."""
    response = json.loads(getattr(entry_points, calculator)(json.dumps({**request, "today": TODAY.isoformat()})))
    assert response["ok"], response
    return response["display"]


def date_request(day: str = "", month: str = "", year: str = "") -> dict[str, str]:
    return {"day": day, "month": month, "year": year}


def open_folds(page: Page) -> None:
    """Open every folded part of the answer (issue 23: the workings are folded), as a reader would."""
    for summary in result_region(page).locator("summary").all():
        if not summary.evaluate("s => s.parentElement.open"):
            summary.click()


def expect_whole_display(page: Page, display: dict) -> None:
    """Every line of the Python display object is on the page, in the result region."""
    result = result_region(page)
    open_folds(page)
    expect(result.get_by_role("heading", name=display["heading"])).to_be_visible()
    lines = [display["answer"], *display["paragraphs"], *display["notes"], *display["next_steps"],
             *(step["text"] for step in display["steps"]), *(row["what"] for row in display["timeline"])]
    for line in lines:
        expect(result).to_contain_text(line)
    for step in display["steps"]:
        link = result.get_by_role("link", name=step["provision"]).first
        expect(link).to_have_attribute("href", step["url"])


# ---- Work out your appeal deadline -------------------------------------------------------------

def test_the_deadline_page_shows_the_status_while_the_calculator_gets_ready(session):
    before = len(session.requests)
    # The shared deadline page, opened here first when the tests run in order (saves a Pyodide start).
    page = session.open(DEADLINE) if DEADLINE in session.pages else session.page(DEADLINE)
    page.wait_for_load_state("networkidle")
    # The form is in view, so the runtime's files may already be downloading, but Python has not
    # started: no worker before the first interaction.
    assert not [w for w in page.workers if "calculators" in w.url], "Pyodide started before any interaction"
    assert page.locator(".calculator-status").text_content() == ""
    page.get_by_role("group", name="Date on the decision letter").get_by_label("Day").focus()
    status = page.locator(".calculator-status[role=status]")
    expect(status).to_have_text(re.compile("Getting the calculator ready…|The calculator is ready."))
    expect(status).to_have_text("The calculator is ready.", timeout=RESULT_TIMEOUT)


@pytest.mark.parametrize(("decision_sent", "certificate", "deadline"), [
    pytest.param(("31", "12", "2026"), None, "Monday 1 March 2027",
                 id="31 December plus 2 months is Sunday 28 February, so the deadline is Monday 1 March"),
    pytest.param(("27", "3", "2026"), ("15", "5", "2026"), "Monday 15 June 2026",
                 id="a certificate whose 1 month ends later than the 2 months gives more time"),
    pytest.param(("10", "Jun", "2026"), None, "Tuesday 1 September 2026",
                 id="a deadline in August moves to the first working day after 31 August"),
    pytest.param(("27", "10", "2026"), None, "Monday 4 January 2027",
                 id="a deadline on 27 December moves to the first working day after 1 January"),
])
def test_the_deadline_calculator_answers_with_the_date_and_every_step(session, decision_sent, certificate, deadline):
    page = session.page(DEADLINE)
    fill_date(page, "Date on the decision letter", *decision_sent)
    fill_date(page, "Date on the mediation certificate", *(certificate or ("", "", "")))
    expect(submit_for_a_new_answer(page, "Work out the deadline")).to_have_text(deadline)
    expect_whole_display(page, python_display("appeal_deadline", {
        "decision_sent": date_request(*decision_sent),
        "certificate_issued": date_request(*(certificate or ())),
    }))
    # Issue 20: nothing about the reader is written into the address (a shared phone keeps its history).
    assert urlsplit(page.url)[3:] == ("", "")
    # A link is made only when asked for, in the fragment, which never reaches a server.
    link = urlsplit(copied_link(page))
    assert link.query == ""
    assert f"decision-sent={decision_sent[2]}-{decision_sent[1]}-{decision_sent[0]}" in link.fragment


def test_the_deadline_error_summary_takes_focus_and_links_to_the_field(session):
    page = session.page(DEADLINE)
    fill_date(page, "Date on the decision letter", "31", "13", "2026")
    fill_date(page, "Date on the mediation certificate", "", "", "")
    page.get_by_role("button", name="Work out the deadline").click()

    summary = page.locator(ERROR_SUMMARY).filter(has_text="There is a problem")
    expect(summary).to_be_focused(timeout=RESULT_TIMEOUT)
    link = summary.get_by_role("link", name="Date on the decision letter must be a real date")
    expect(link).to_have_attribute("href", "#decision-sent-month")
    expect(page).to_have_title(re.compile(r"^Error: Work out your appeal deadline"))
    group = page.get_by_role("group", name="Date on the decision letter")
    expect(group.locator(".govuk-error-message")).to_have_text("Error: Date on the decision letter must be a real date")
    month = group.get_by_label("Month")
    expect(month).to_have_attribute("aria-invalid", "true")
    link.click()
    expect(month).to_be_focused()

    # Put it right: the error goes, the title is restored, the result comes back.
    month.fill("12")
    page.get_by_role("button", name="Work out the deadline").click()
    expect(result_region(page)).to_contain_text("Monday 1 March 2027")
    expect(summary).to_be_hidden()
    expect(page).to_have_title(re.compile(r"^Work out your appeal deadline"))


def test_the_deadline_can_be_saved_to_a_calendar_as_an_all_day_event(session):
    page = session.page(DEADLINE)
    fill_date(page, "Date on the decision letter", "30", "12", "2026")  # not the previous test's date
    expect(submit_for_a_new_answer(page, "Work out the deadline")).to_have_text("Monday 1 March 2027")
    with page.expect_download() as download:
        page.get_by_role("link", name="Save to calendar (with reminders)", exact=True).click()
    ics = Path(download.value.path()).read_bytes().decode("utf-8")
    assert download.value.suggested_filename.endswith(".ics")
    assert ics.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert ics.endswith("END:VEVENT\r\nEND:VCALENDAR\r\n")
    assert "\n" not in ics.replace("\r\n", "")  # every line ends CRLF
    unfolded = ics.replace("\r\n ", "")
    assert "DTSTART;VALUE=DATE:20270301\r\n" in unfolded
    assert "DTEND;VALUE=DATE:20270302\r\n" in unfolded
    assert re.search(r"\r\nUID:\S+@\S+\r\n", unfolded)
    assert "\r\nDTSTAMP:20270110T" in unfolded
    assert "SUMMARY:SEND appeal deadline\r\n" in unfolded
    assert "DESCRIPTION:The SEND Tribunal must receive the appeal by Monday 1 March 2027. To be safe" in unfolded
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))
    # Issue 23: reminders at 9am a week before and on the last working day before: Monday 1 March's
    # second one is on Friday 26 February, while there is still time to post.
    assert unfolded.count("BEGIN:VALARM") == 2
    assert "TRIGGER:-P6DT15H\r\n" in unfolded and "TRIGGER:-P2DT15H\r\n" in unfolded


def test_a_deadline_under_a_week_away_offers_the_one_reminder_still_ahead(session):
    """Issue 23: with the deadline on Tuesday 12 January and today 10 January, only Monday's
    reminder can still ring, and the button says so."""
    page = session.page(DEADLINE)
    fill_date(page, "Date on the decision letter", "12", "11", "2026")
    expect(submit_for_a_new_answer(page, "Work out the deadline")).to_have_text("Tuesday 12 January 2027")
    with page.expect_download() as download:
        page.get_by_role("link", name="Save to calendar (with a reminder)", exact=True).click()
    unfolded = Path(download.value.path()).read_bytes().decode("utf-8").replace("\r\n ", "")
    assert unfolded.count("BEGIN:VALARM") == 1 and "TRIGGER:-PT15H\r\n" in unfolded


def test_a_discrimination_claim_switches_the_questions_and_counts_6_months(session):
    page = session.page(DEADLINE)
    page.get_by_label("Disability discrimination by a school, college or other setting").check()
    expect(page.get_by_role("group", name="Date on the decision letter")).to_be_hidden()
    fill_date(page, "Date of the discrimination", "10", "3", "2026")
    page.get_by_role("button", name="Work out the deadline").click()
    # legal review item 1: who the claim is against decides who hears it, so it must be answered.
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_be_focused(timeout=RESULT_TIMEOUT)
    expect(summary.get_by_role("link", name="Select who your claim is against")).to_have_attribute("href", "#against")
    page.get_by_label("A further education college, sixth-form college or university").check()
    expect(submit_for_a_new_answer(page, "Work out the deadline")).to_have_text("Wednesday 9 September 2026")
    expect(result_region(page)).to_contain_text("It goes to the County Court")
    expect_whole_display(page, python_display("discrimination_claim", {
        "conduct": date_request("10", "3", "2026"), "against": "college"}))
    assert "claim=discrimination_claim" in urlsplit(copied_link(page)).fragment
    page.get_by_label("A decision by the local authority").check()
    expect(page.get_by_role("group", name="Date on the decision letter")).to_be_visible()


# ---- Check if you need a mediation certificate ------------------------------------------------

@pytest.mark.parametrize(("ticked", "grounds", "answer"), [
    pytest.param(["The special educational provision in the plan (section F)",
                  "The school or other setting named in the plan"], ["c-ii", "c-iii"], "Yes",
                 id="section F with section I needs a certificate"),
    pytest.param(["The school or other setting named in the plan"], ["c-iii"], "No",
                 id="an appeal only about the school named in section I needs no certificate"),
    pytest.param(["It refused to carry out an EHC needs assessment"], ["a"], "Yes",
                 id="a refusal to assess needs a certificate"),
])
def test_the_certificate_calculator_answers_from_the_ticked_grounds(session, ticked, grounds, answer):
    page = session.page(CERTIFICATE)
    for box in page.get_by_role("checkbox").all():
        box.uncheck()
    for label in ticked:
        page.get_by_label(label).check()
    shown = submit_for_a_new_answer(page, "Check if you need a certificate")

    display = python_display("certificate", {"grounds": grounds})
    assert display["answer"].startswith(answer)
    expect(shown).to_have_text(re.compile("^" + re.escape(answer)))
    expect(shown).to_have_text(display["answer"])
    expect_whole_display(page, display)
    assert urlsplit(page.url).fragment == ""
    assert f"grounds={'%2C'.join(grounds)}" in urlsplit(copied_link(page)).fragment


def test_the_certificate_calculator_asks_for_a_ground_when_none_is_ticked(session):
    page = session.page(CERTIFICATE)
    for box in page.get_by_role("checkbox").all():
        box.uncheck()
    page.get_by_role("button", name="Check if you need a certificate").click()
    summary = page.locator(ERROR_SUMMARY).filter(has_text="There is a problem")
    expect(summary).to_be_focused(timeout=RESULT_TIMEOUT)
    link = summary.get_by_role("link", name="Select what you disagree with the local authority about")
    expect(link).to_have_attribute("href", "#grounds")
    link.click()
    expect(page.get_by_role("checkbox").first).to_be_focused()


# ---- Plan the mediation timeline ----------------------------------------------------------------

def test_a_shared_link_fills_the_form_and_shows_the_result(session):
    """Opens the shared timeline page (so it must run before the other timeline tests)."""
    page = session.page(TIMELINE, "#decision-sent=2027-01-04&adviser-contacted=2027-01-08&mediation-wanted=no")
    expect(result_region(page)).to_contain_text("Wednesday 13 January 2027", timeout=RESULT_TIMEOUT)
    contacted = page.get_by_role("group", name="Date you contacted the mediation adviser")
    expect(contacted.get_by_label("Day")).to_have_value("08")
    expect(contacted.get_by_label("Month")).to_have_value("01")
    expect(page.get_by_label("No, I only need the mediation certificate")).to_be_checked()


def test_the_timeline_lists_who_must_act_by_when(session):
    page = session.page(TIMELINE)
    fill_date(page, "Date on the decision letter", "4", "1", "2027")
    fill_date(page, "Date you contacted the mediation adviser", "5", "1", "2027")
    page.get_by_role("group", name="Do you want mediation?").get_by_label("Yes", exact=True).check()
    fill_date(page, "Date you told the local authority you want mediation", "6", "1", "2027")
    page.get_by_label("Yes, together with other things").check()
    answer = submit_for_a_new_answer(page, "Plan the timeline")

    result = result_region(page)
    expect(answer).to_have_text("Thursday 4 March 2027")
    expect(result).to_contain_text("Friday 5 February 2027")  # mediation: 30 days
    expect(result).to_contain_text("Monday 11 January 2027")  # the LA tells the ICB: 3 working days
    expect(result.locator(".calculator-answer")).to_have_text("Thursday 4 March 2027")  # the appeal deadline
    expect_whole_display(page, python_display("mediation_timeline", {
        "decision_sent": date_request("4", "1", "2027"),
        "adviser_contacted": date_request("5", "1", "2027"),
        "mediation_wanted": "yes",
        "la_told": date_request("6", "1", "2027"),
        "health_included": "yes",
    }))


def test_the_timeline_refuses_a_date_before_the_decision(session):
    page = session.page(TIMELINE)
    fill_date(page, "Date on the decision letter", "4", "1", "2027")
    fill_date(page, "Date you contacted the mediation adviser", "2", "1", "2027")
    page.get_by_role("button", name="Plan the timeline").click()
    summary = page.locator(ERROR_SUMMARY).filter(has_text="There is a problem")
    expect(summary).to_be_focused(timeout=RESULT_TIMEOUT)
    expect(summary.get_by_role("link")).to_have_attribute("href", "#adviser-contacted-day")


# ---- Failure, no JavaScript, guide pages, and the network --------------------------------------

def test_without_webassembly_the_page_says_so_and_points_to_the_worked_examples(browser, site_url):
    context = browser.new_context()
    page = context.new_page()
    page.add_init_script("delete globalThis.WebAssembly")
    page.goto(site_url + DEADLINE)
    page.get_by_role("group", name="Date on the decision letter").get_by_label("Day").focus()
    failed = page.locator(".calculator-failed")
    expect(failed).to_be_visible()
    expect(failed).to_contain_text("Sorry, the calculator cannot run in this browser. This can happen if your browser is out of date")
    expect(failed.locator("[data-failed]:visible")).to_have_count(1)
    expect(failed.get_by_role("link", name="worked examples")).to_have_attribute("href", "#worked-examples")
    expect(page.locator("#worked-examples")).to_have_count(1)
    context.close()


def test_while_it_works_the_button_and_the_line_under_it_say_so_at_390_px(browser, site_url):
    """Issue 23, item 4: feedback where the finger is. The wheel is held back, so the first answer
    waits as it does on a slow phone: the button turns busy, the words under it say why it may take
    a while, the form is aria-busy; when the answer comes, all three go."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    held: list = []  # the wheel's requests (the page's prefetch and the worker's), until released
    context.route("**/pyodide/**/*.whl", lambda route: route.continue_() if held == ["released"] else held.append(route))
    page = context.new_page()
    page.clock.set_fixed_time(datetime.datetime.combine(TODAY, datetime.time(10, 0)))
    page.goto(site_url + DEADLINE)
    fill_date(page, "Date on the decision letter", "31", "12", "2026")
    button = page.get_by_role("button", name="Work out the deadline")
    button.click()
    working = page.locator(".calculator-working")
    first_time = "Working it out. The first time can take up to 30 seconds on a slow connection."
    expect(working).to_have_text(first_time)
    expect(page.locator(".calculator-status[role=status]")).to_have_text(first_time)
    expect(page.locator("form.calculator-form")).to_have_attribute("aria-busy", "true")
    expect(button).to_have_class(re.compile(r"\bcalculator-button--busy\b"))
    under, beside = working.bounding_box(), button.bounding_box()
    assert 0 <= under["y"] - (beside["y"] + beside["height"]) <= 40, (under, beside)  # right under the button
    assert under["y"] + under["height"] <= 844, "the words are below the screen"
    assert held, "the wheel was never asked for"
    for route in held:
        route.continue_()
    held[:] = ["released"]
    expect(result_region(page).locator(".calculator-answer")).to_have_text("Monday 1 March 2027", timeout=RESULT_TIMEOUT)
    expect(working).to_be_hidden()
    expect(page.locator("form.calculator-form")).not_to_have_attribute("aria-busy", re.compile(".*"))
    expect(button).not_to_have_class(re.compile(r"\bcalculator-button--busy\b"))
    context.close()


def test_offline_a_queued_submission_says_plainly_that_the_download_failed(browser, site_url):
    context = browser.new_context()
    context.route("**/pyodide/**", lambda route: route.abort("internetdisconnected"))
    page = context.new_page()
    page.goto(site_url + DEADLINE)
    fill_date(page, "Date on the decision letter", "31", "12", "2026")
    page.get_by_role("button", name="Work out the deadline").click()  # before the calculator is ready
    failed = page.get_by_role("alert").filter(has_text="Sorry, the calculator could not be downloaded.")
    expect(failed).to_be_focused(timeout=RESULT_TIMEOUT)
    expect(failed.get_by_role("link", name="the rule")).to_have_attribute("href", "#the-rule")
    expect(page.locator(".calculator-status")).to_have_text("")
    context.close()


def test_a_dropped_connection_during_the_first_download_is_tried_again_on_the_next_submit(browser, site_url):
    """Issue 20: the connection drops while the runtime downloads; once it is back, the next submit
    answers (before, Pyodide's failed WebAssembly download was never reported, and the failed
    start was kept)."""
    context = browser.new_context()
    page = context.new_page()
    page.clock.set_fixed_time(datetime.datetime.combine(TODAY, datetime.time(10, 0)))
    page.goto(site_url + DEADLINE, wait_until="domcontentloaded")
    context.set_offline(True)
    fill_date(page, "Date on the decision letter", "31", "12", "2026")
    page.get_by_role("button", name="Work out the deadline").click()
    failed = page.get_by_role("alert").filter(has_text="Sorry, the calculator could not be downloaded.")
    expect(failed).to_be_focused(timeout=RESULT_TIMEOUT)
    expect(failed).to_contain_text("Check your internet connection, then select the button under the questions again.")
    context.set_offline(False)
    page.get_by_role("button", name="Work out the deadline").click()
    expect(result_region(page).locator(".calculator-answer")).to_have_text("Monday 1 March 2027", timeout=RESULT_TIMEOUT)
    expect(failed).to_be_hidden()
    context.close()


def test_a_page_whose_runtime_a_deploy_removed_offers_the_new_version(browser, site_dir, tmp_path):
    """Issue 20: the page's runtime folder is gone (404): the page says a new version is out and
    offers the reload, rather than blaming the browser. The whole deploy is in test_deploy.py."""
    old = tmp_path / "old"
    shutil.copytree(site_dir, old, ignore=shutil.ignore_patterns("pyodide"))
    server, base = serve(old)
    try:
        context = browser.new_context()
        page = context.new_page()
        page.goto(base + DEADLINE)
        fill_date(page, "Date on the decision letter", "31", "12", "2026")
        page.get_by_role("button", name="Work out the deadline").click()
        failed = page.get_by_role("alert").filter(has_text="This guide has been updated since you opened this page.")
        expect(failed).to_be_focused(timeout=RESULT_TIMEOUT)
        expect(failed.locator("[data-failed]:visible")).to_have_count(1)
        with page.expect_navigation():
            failed.get_by_role("button", name="Reload the page").click()
        context.close()
    finally:
        server.shutdown()
        server.server_close()


def test_a_page_never_runs_the_script_of_another_deploy(browser, site_url):
    """Issue 20: the page's <script> carries its build (?v=); a script of another build (here, the
    same script claiming another) refuses to start and offers the new version, so a page, its
    script and its runtime always come from one build."""
    context = browser.new_context(service_workers="block")
    page = context.new_page()

    def another_build(route) -> None:  # the script's own build, written into its (minified) text
        response = route.fetch()
        build = urlsplit(route.request.url).query.removeprefix("v=")
        assert response.text().count(f'"{build}"') == 1
        route.fulfill(response=response, body=response.text().replace(f'"{build}"', f'"another-{build}"'))

    page.route(re.compile(r"/javascripts/calculators\.js\?v=[0-9a-f]{12}$"), another_build)
    page.goto(site_url + DEADLINE)
    src = page.locator('script[src*="calculators.js"]').get_attribute("src")
    assert re.fullmatch(r"\.\./javascripts/calculators\.js\?v=[0-9a-f]{12}", src), src
    page.get_by_role("group", name="Date on the decision letter").get_by_label("Day").focus()
    failed = page.get_by_role("alert").filter(has_text="This guide has been updated since you opened this page.")
    expect(failed).to_be_visible(timeout=RESULT_TIMEOUT)
    expect(failed.get_by_role("button", name="Reload the page")).to_be_visible()
    assert not [w for w in page.workers if "calculators" in w.url], "a script of another build started Python"
    context.close()


def test_a_form_with_no_calculator_chosen_gets_an_error_never_silence(session):
    """Issue 20: the worker answers an unknown calculator with Python's error, and the page shows it."""
    page = session.open(DEADLINE)
    fill_date(page, "Date on the decision letter", "31", "12", "2026")
    page.evaluate("document.querySelectorAll('[data-type=calculator] input').forEach((i) => (i.checked = false))")
    page.get_by_role("button", name="Work out the deadline").click()
    summary = page.locator(ERROR_SUMMARY).filter(has_text="There is a problem")
    expect(summary).to_contain_text("Something went wrong", timeout=RESULT_TIMEOUT)
    page.close()


def test_a_damaged_address_keeps_the_default_and_still_answers(session):
    """Issue 20: `#claim=zzz` checks no option today's form offers: the default calculator is kept."""
    page = session.open(DEADLINE, "#claim=zzz&decision-sent=2026-12-31")
    expect(page.get_by_label("A decision by the local authority (an SEN appeal)")).to_be_checked()
    expect(result_region(page)).to_contain_text("1 March 2027", timeout=RESULT_TIMEOUT)
    page.close()


@pytest.mark.parametrize("path", CALCULATOR_PAGES)
def test_without_javascript_the_page_still_reads_correctly(browser, site_url, path):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + path)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile("^The rules?$"))).to_be_visible()
    expect(page.get_by_role("heading", name="Worked examples")).to_be_visible()
    expect(page.locator(".calculator-noscript")).to_be_visible()
    expect(page.locator("form.calculator-form")).to_be_hidden()  # no form that cannot work
    expect(page.get_by_role("button", name=re.compile("^(Work out|Check|Plan)"))).to_have_count(0)
    context.close()


def test_the_worked_examples_on_the_deadline_page_match_the_calculator():
    """Prose and code cannot drift: every row of the examples table, run through the entry point."""
    text = (ROOT / "docs" / "work-out-your-appeal-deadline.md").read_text(encoding="utf-8")
    date = r"(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})"
    # One list item per example (a list, not a table: it fits a phone):
    # "- **Letter dated 27 March 2026, certificate dated 15 May 2026:** ... by **Monday 15 June 2026**."
    rows = re.findall(rf"^- \*\*Letter dated {date}, (?:no certificate|certificate dated {date}):\*\* "
                      rf"the Tribunal must receive your appeal by \*\*(\w+day \d{{1,2}} \w+ \d{{4}})\*\*", text, re.MULTILINE)
    assert len(rows) >= 5
    for day, month, year, c_day, c_month, c_year, deadline in rows:
        display = python_display("appeal_deadline", {
            "decision_sent": date_request(day, month, year),
            "certificate_issued": date_request(c_day, c_month, c_year),
        })
        assert display["answer"] == deadline, (day, month, year)
    claim = re.search(rf"on {date} the school .*? last day to make your claim is \*\*(\w+day \d+ \w+ \d{{4}})\*\*", text)
    assert python_display("discrimination_claim", {
        "conduct": date_request(*claim.groups()[:3]), "against": "school"})["answer"] == claim[4]


@pytest.mark.parametrize("request_fields, sentence", [
    pytest.param({"decision_sent": date_request("4", "1", "2027"), "adviser_contacted": date_request("1", "3", "2027"),
                  "mediation_wanted": "no"}, "the Tribunal would then have to receive your appeal by **Thursday 1 April 2027**",
                 id="legal review item 3: the late-contact example estimates from the day the adviser was told"),
    pytest.param({"decision_sent": date_request("4", "1", "2027"), "la_told": date_request("20", "1", "2027"),
                  "mediation_wanted": "yes", "mediation_ended": date_request("19", "2", "2027")},
                 "the Tribunal would then have to receive your appeal by **Friday 19 March 2027**",
                 id="legal review item 3: the mediation example estimates from the day mediation ended"),
])
def test_the_estimates_on_the_timeline_page_match_the_calculator(request_fields, sentence):
    text = (ROOT / "docs" / "plan-the-mediation-timeline.md").read_text(encoding="utf-8")
    assert sentence in text
    response = json.loads(entry_points.mediation_timeline(json.dumps({**request_fields, "today": "2027-03-02"})))
    display = response["display"]
    estimate = next(row for row in display["timeline"] if row["what"].startswith("Estimate"))
    assert estimate["date_text"] in sentence


def test_guide_pages_never_load_pyodide(browser, site_url):
    context = browser.new_context()
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    page.goto(site_url)
    page.get_by_role("link", name="Decide about mediation").first.click()
    page.wait_for_load_state("networkidle")
    context.close()
    assert requests and not [url for url in requests if "/pyodide/" in url or url.endswith(".whl")]


def test_no_request_from_the_calculators_left_the_site(session):
    """Runs last in this module: the shared context has loaded Pyodide, the wheel and all three pages."""
    page = session.page(DEADLINE)
    fill_date(page, "Date on the decision letter", "15", "6", "2026")
    expect(submit_for_a_new_answer(page, "Work out the deadline")).to_have_text("Tuesday 1 September 2026")
    assert any(re.search(r"/pyodide/[0-9a-f]+/pyodide\.asm\.wasm$", url) for url in session.requests)
    assert any(url.endswith(".whl") for url in session.requests)
    assert session.elsewhere() == []
