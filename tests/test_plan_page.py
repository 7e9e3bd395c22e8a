""""Make your plan" in real headless Chromium at 390 x 844, filled in by label as a parent on a phone would.

The worked example: decision letter dated Monday 4 January 2027, an appeal about section F,
mediation wanted, today Monday 11 January 2027. The expected plan comes from the law (2 months
after 4 January 2027 is Thursday 4 March 2027, a working day; 30 days after 11 January is
Wednesday 10 February) and, for every word of the messages, from the same Python entry point run
here in CPython.
"""

from __future__ import annotations

import datetime
import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from playwright.sync_api import Page, expect

from calculators import browser as entry_points

PLAN = "make-your-plan/"
TODAY = datetime.date(2027, 1, 11)
PHONE = {"width": 390, "height": 844}
RESULT_TIMEOUT = 90_000  # ms: a cold Pyodide start on a busy 2-core machine
HEADING = "The SEND Tribunal must receive your appeal by Thursday 4 March 2027"


@pytest.fixture(scope="module")
def context(browser):
    context = browser.new_context(viewport=PHONE, accept_downloads=True, has_touch=True,
                                  permissions=["clipboard-read", "clipboard-write"])
    context.requests = []
    context.on("request", lambda request: context.requests.append(request.url))
    yield context
    context.close()


def open_plan(context, site_url: str, fragment: str = "") -> Page:
    page = context.new_page()
    page.clock.set_fixed_time(datetime.datetime.combine(TODAY, datetime.time(10, 0)))
    page.goto(site_url + PLAN + fragment)
    return page


def fill_date(page: Page, legend: str, day: str, month: str, year: str) -> None:
    group = page.get_by_role("group", name=legend)
    group.get_by_label("Day").fill(day)
    group.get_by_label("Month").fill(month)
    group.get_by_label("Year").fill(year)


def python_plan(request: dict) -> dict:
    response = json.loads(entry_points.plan(json.dumps({**request, "today": TODAY.isoformat()})))
    assert response["ok"], response
    return response["display"]


WORKED_EXAMPLE = {"appellant": "parent", "decision_sent": {"day": "4", "month": "1", "year": "2027"},
                  "grounds": ["c-ii"], "mediation_wanted": "yes"}


@pytest.fixture(scope="module")
def planned(context, site_url):
    """The journey, one group at a time, by labels: the page with the plan on it."""
    page = open_plan(context, site_url)
    expect(page.get_by_role("heading", level=1, name="Make your plan")).to_be_visible()
    # One group at a time: only the first question shows until "Continue".
    expect(page.get_by_role("group", name="What do you disagree with the local authority about?")).to_be_hidden()
    page.get_by_label("I am the parent of a child").check()
    fill_date(page, "Date on the decision letter", "4", "1", "2027")
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("The special educational provision in the plan (section F)").check()
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("group", name="Do you want mediation?").get_by_label("Yes", exact=True).check()
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("group", name="Date you contacted the mediation adviser (optional)")).to_be_visible()
    page.get_by_role("button", name="Make my plan").click()
    heading = page.get_by_role("heading", name=HEADING)
    expect(heading).to_be_focused(timeout=RESULT_TIMEOUT)
    return page


def test_the_plan_answers_with_the_deadline_heading_focused_and_one_short_announcement(planned):
    expect(planned.get_by_role("heading", name=HEADING)).to_be_in_viewport()
    expect(planned.locator(".calculator-status[role=status]")).to_have_text("Your plan is ready.")
    expect(planned).not_to_have_title(re.compile("^Error"))


def test_the_plan_shows_the_certificate_timeline_and_every_message_word_for_word(planned):
    display = python_plan(WORKED_EXAMPLE)
    result = planned.locator("#plan-result")
    expect(result.get_by_role("heading", name="Do you need a mediation certificate?")).to_be_visible()
    for row in display["timeline"]:
        expect(result).to_contain_text(row["date_text"])
    expect(result).to_contain_text("Wednesday 10 February 2027")  # mediation within 30 days of today
    # No note to the Tribunal: the certificate can still come in time (W5).
    assert [m["kind"] for m in display["messages"]] == [
        "adviser-contact", "la-mediation-request", "mediation-not-arranged"]
    texts = result.locator(".calculator-message").all_inner_texts()
    assert [text.strip() for text in texts] == [m["text"].strip() for m in display["messages"]]
    for message in display["messages"]:
        expect(result.get_by_role("heading", name=message["title"])).to_be_visible()
        link = result.get_by_role("link", name=message["provisions"][0]["citation"]).first
        expect(link).to_have_attribute("href", message["provisions"][0]["url"])


def test_each_message_can_be_emailed_downloaded_and_copied(planned):
    display = python_plan(WORKED_EXAMPLE)
    first = display["messages"][0]
    email = planned.get_by_role("link", name="Email this").first
    href = email.get_attribute("href")
    assert href.startswith("mailto:?subject=")
    query = parse_qs(href.removeprefix("mailto:?"))
    assert query["subject"] == [first["subject"]]
    assert query["body"][0].replace("\r\n", "\n") == first["text"]
    with planned.expect_download() as download:
        planned.get_by_role("link", name="Download").first.click()
    assert download.value.suggested_filename == "adviser-contact.txt"
    text = Path(download.value.path()).read_bytes().decode("utf-8")
    assert text.startswith(f"Subject: {first['subject']}\r\n\r\nDear [name of the mediation adviser],")
    planned.get_by_role("button", name="Copy").first.click()
    expect(planned.locator(".calculator-status[role=status]")).to_have_text("Message copied.")
    assert planned.evaluate("navigator.clipboard.readText()").startswith(f"Subject: {first['subject']}")


def test_one_calendar_file_has_every_dated_step_with_reminders(planned):
    with planned.expect_download() as download:
        planned.get_by_role("link", name="Save every date to your calendar").click()
    assert download.value.suggested_filename == "my-send-appeal-plan.ics"
    ics = Path(download.value.path()).read_bytes().decode("utf-8")
    unfolded = ics.replace("\r\n ", "")
    events = python_plan(WORKED_EXAMPLE)["events"]
    assert unfolded.count("BEGIN:VEVENT") == len(events) >= 2
    for event in events:
        assert f"DTSTART;VALUE=DATE:{event['date'].replace('-', '')}\r\n" in unfolded
    assert "DTSTART;VALUE=DATE:20270304\r\n" in unfolded and "DTSTART;VALUE=DATE:20270210\r\n" in unfolded
    # The appeal deadline: reminders at 9am 7 days and 1 day before.
    deadline = unfolded[unfolded.index("DTSTART;VALUE=DATE:20270304"):]
    deadline = deadline[:deadline.index("END:VEVENT")]
    assert "TRIGGER:-P6DT15H\r\n" in deadline and "TRIGGER:-PT15H\r\n" in deadline
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))


def test_the_answers_stay_out_of_the_address_until_the_reader_copies_a_link(planned, context, site_url):
    """Issue 20: nothing about the reader is written into the address (a shared phone keeps its
    history); "Copy a link to these answers" makes one, which fills in and answers the plan again,
    and then leaves the address at once; "Clear my answers" empties everything the page holds."""
    assert urlsplit(planned.url)[3:] == ("", "")
    result = planned.locator("#plan-result")
    expect(result).to_contain_text("If you copy a link to these answers, the link includes them, such as your dates.")
    result.get_by_role("button", name="Copy a link to these answers").click()
    expect(planned.locator(".calculator-status[role=status]")).to_have_text("Link copied. It contains your answers, so only send it to people you trust.")
    url = urlsplit(planned.evaluate("navigator.clipboard.readText()"))
    assert url.query == ""
    answers = parse_qs(unquote(url.fragment))
    assert answers["decision-sent"] == ["2027-1-4"] and answers["grounds"] == ["c-ii"]
    assert answers["mediation-wanted"] == ["yes"] and answers["appellant"] == ["parent"]
    again = open_plan(context, site_url, "#" + url.fragment)
    expect(again.get_by_role("heading", name=HEADING)).to_be_visible(timeout=RESULT_TIMEOUT)
    expect(again.get_by_label("The special educational provision in the plan (section F)")).to_be_checked()
    assert urlsplit(again.url).fragment == ""
    downloads = again.locator("#plan-result a[href^='blob:']").evaluate_all("links => links.map(a => a.href)")
    assert downloads

    again.get_by_role("button", name="Clear my answers").click()
    expect(again.locator("#plan-result")).to_be_empty()
    expect(again.get_by_label("I am the parent of a child")).to_be_focused()
    expect(again.get_by_label("I am the parent of a child")).not_to_be_checked()
    expect(again.get_by_label("The special educational provision in the plan (section F)")).not_to_be_checked()
    assert again.get_by_role("group", name="Date on the decision letter").get_by_role("textbox").evaluate_all(
        "inputs => inputs.map(i => i.value)") == ["", "", ""]
    # Back to one question group at a time, as the page opened.
    expect(again.get_by_role("group", name="What do you disagree with the local authority about?")).to_be_hidden()
    expect(again.get_by_role("button", name="Continue")).to_be_visible()
    expect(again.locator(".calculator-status[role=status]")).to_have_text("Your answers have been cleared from this page. Files you downloaded and links you copied are not deleted.")
    # The downloads made for the answer are gone too.
    for href in downloads:
        assert again.evaluate("(href) => fetch(href).then(() => 'kept', () => 'revoked')", href) == "revoked"
    assert urlsplit(again.url).fragment == ""
    again.close()


def test_a_waiting_reader_gets_the_same_answer_from_the_page_and_from_plan_json(context, site_url):
    """W1's first worked example, typed in by labels: waiting, not late, on the page and on the command line."""
    page = context.new_page()
    page.clock.set_fixed_time(datetime.datetime(2027, 9, 3, 10, 0))
    page.goto(site_url + PLAN)
    page.get_by_label("I am a young person appealing for myself").check()  # W8: the young person's own voice
    fill_date(page, "Date on the decision letter", "15", "6", "2027")
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("The special educational provision in the plan (section F)").check()
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("No, I only need the mediation certificate").check()
    page.get_by_role("button", name="Continue").click()
    fill_date(page, "Date you contacted the mediation adviser (optional)", "10", "8", "2027")
    page.get_by_role("button", name="Make my plan").click()
    cli = subprocess.run(
        [sys.executable, "-m", "calculators", "plan", "--appellant", "young-person", "--decision-sent", "2027-06-15",
         "--ground", "c-ii",
         "--mediation-wanted", "no", "--adviser-contacted", "2027-08-10", "--today", "2027-09-03", "--json"],
        capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parent.parent)
    result = json.loads(cli.stdout)
    assert (result["status"], result["last_day"], result["earliest_last_day"]) == (
        "waiting-for-certificate", None, "2027-09-10")
    heading = page.get_by_role("heading", name="To be safe, make sure the SEND Tribunal has your appeal by "
                                                "Friday 10 September 2027")
    expect(heading).to_be_focused(timeout=RESULT_TIMEOUT)
    shown = page.locator("#plan-result")
    for row in result["timeline"]:
        expect(shown).to_contain_text(row["date_text"])
    texts = shown.locator(".calculator-message").all_inner_texts()
    assert [text.strip() for text in texts] == [m["text"].strip() for m in result["messages"]]
    assert [m["kind"] for m in result["messages"]] == ["certificate-chase", "tribunal-no-certificate"]
    assert all("I am [Your name], the young person this decision is about." in m["text"]
               and "[Child's name]" not in m["text"] for m in result["messages"])
    expect(shown).not_to_contain_text("The deadline has passed")
    expect(shown).to_contain_text("You are not late")
    page.close()


def test_bad_dates_show_the_error_summary_linked_to_each_question(context, site_url):
    page = open_plan(context, site_url)
    fill_date(page, "Date on the decision letter", "31", "13", "2026")
    page.get_by_role("button", name="Make my plan").click()  # before answering the rest
    summary = page.get_by_role("alert").filter(has_text="There is a problem")
    expect(summary).to_be_focused(timeout=RESULT_TIMEOUT)
    expect(page).to_have_title(re.compile(r"^Error: Make your plan"))
    summary.get_by_role("link", name="Select who is appealing")  # asked, never assumed, on the page
    expect(summary.get_by_role("link", name="Select who is appealing")).to_have_attribute("href", "#appellant")
    real_date = summary.get_by_role("link", name="Date on the decision letter must be a real date")
    expect(real_date).to_have_attribute("href", "#decision-sent-month")
    grounds = summary.get_by_role("link", name="Select what you disagree with the local authority about")
    grounds.click()
    expect(page.get_by_label("It refused to carry out an EHC needs assessment")).to_be_focused()
    expect(page.locator("#plan-result")).to_be_empty()
    page.close()


def test_without_javascript_the_page_says_where_the_rules_are(browser, site_url):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + PLAN)
    notice = page.locator(".calculator-noscript")  # Playwright's text and role queries skip <noscript>
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("This plan needs JavaScript, which is turned off in your browser.")
    links = notice.locator("a").evaluate_all("links => links.map(a => [a.textContent, a.getAttribute('href')])")
    assert links == [["Check if you need a mediation certificate", "../check-if-you-need-a-mediation-certificate/"],
                     ["Work out your appeal deadline", "../work-out-your-appeal-deadline/"],
                     ["Plan the mediation timeline", "../plan-the-mediation-timeline/"]]
    expect(page.get_by_role("button", name="Make my plan")).to_be_hidden()
    context.close()


def test_the_home_page_links_to_the_plan_on_its_first_screen(browser, site_url):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site_url)
    link = page.locator(".md-content").get_by_role("link", name="Make your plan").first
    expect(link).to_be_in_viewport()
    link.click()
    expect(page.get_by_role("heading", level=1, name="Make your plan")).to_be_visible()
    context.close()


def test_the_plan_page_sends_nothing_to_another_origin(planned, context, site_url):
    origin = urlsplit(site_url)[:2]
    elsewhere = [url for url in context.requests
                 if not (urlsplit(url)[:2] == origin or (url.startswith("blob:") and urlsplit(url[5:])[:2] == origin))]
    assert elsewhere == []
    assert any("/pyodide/" in url for url in context.requests)
