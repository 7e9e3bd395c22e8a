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
from site_pages import ERROR_SUMMARY

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
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="Check your answers")).to_be_focused()
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
    texts = result.locator(".calculator-message").all_text_contents()  # folded: "Show the message to …"
    assert [text.strip() for text in texts] == [m["text"].strip() for m in display["messages"]]
    for summary in result.locator("summary").all():
        summary.click()
    for message in display["messages"]:
        expect(result.get_by_role("heading", name=message["title"])).to_be_visible()
        link = result.get_by_role("link", name=message["provisions"][0]["citation"]).first
        expect(link).to_have_attribute("href", message["provisions"][0]["url"])
    for summary in result.locator("summary").all():  # folded again, as the other tests expect
        summary.click()


def test_each_message_can_be_emailed_downloaded_and_copied(planned):
    display = python_plan(WORKED_EXAMPLE)
    first = display["messages"][0]
    email = planned.get_by_role("link", name="Email", exact=True).first
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
    copy = planned.get_by_role("button", name="Copy", exact=True).first
    copy.click()
    expect(planned.locator(".calculator-status[role=status]")).to_have_text("Message copied.")
    # "Copied" on the button itself, where the finger is (issue 23, item 4), then "Copy" again.
    copied = planned.get_by_role("button", name="Copied", exact=True)
    expect(copied).to_have_count(1)
    expect(copied).to_be_in_viewport()
    expect(copied).to_have_count(0, timeout=10_000)
    assert planned.evaluate("navigator.clipboard.readText()").startswith(f"Subject: {first['subject']}")


def test_the_printed_plan_has_no_citation_addresses_no_focus_ring_and_whole_letters(planned):
    """Issue 23, item 6: on paper, a citation is its name, the focused answer heading has no ring,
    and a message is not split across pages (when it fits on one)."""
    result = planned.locator("#plan-result")
    heading = planned.get_by_role("heading", name=HEADING)
    heading.focus()
    planned.emulate_media(media="print")
    try:
        citations = result.locator("a.calculator-citation")
        assert citations.count() >= 10
        after = citations.evaluate_all("links => links.map((a) => getComputedStyle(a, '::after').content)")
        assert set(after) == {"none"}, after
        expect(heading).to_be_focused()
        assert heading.evaluate("h => getComputedStyle(h).outlineStyle") == "none"
        letters = result.locator(".calculator-letter")
        assert letters.count() == len(python_plan(WORKED_EXAMPLE)["messages"])
        assert set(letters.evaluate_all("ls => ls.map((l) => getComputedStyle(l).breakInside)")) == {"avoid"}
        assert [letter.locator(".calculator-message").count() for letter in letters.all()] == [1] * letters.count()
    finally:
        planned.emulate_media(media="screen")


def test_one_calendar_file_has_every_dated_step_with_reminders(planned):
    with planned.expect_download() as download:
        planned.get_by_role("link", name="Save to calendar (with reminders)").click()
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
    result = planned.locator(".calculator-your-answers")  # under the answer, outside its box
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
    expect(again.locator(".calculator-your-answers")).to_be_empty()
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
    page.get_by_role("button", name="Continue").click()
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
    texts = shown.locator(".calculator-message").all_text_contents()
    assert [text.strip() for text in texts] == [m["text"].strip() for m in result["messages"]]
    assert [m["kind"] for m in result["messages"]] == ["certificate-chase", "tribunal-no-certificate"]
    assert all("I am [Your name], the young person this decision is about." in m["text"]
               and "[Child's name]" not in m["text"] for m in result["messages"])
    expect(shown).not_to_contain_text("The deadline has passed")
    expect(shown).to_contain_text("You are not late")
    page.close()


def test_each_step_is_checked_at_once_and_python_checks_every_answer_again(browser, site_url):
    """Issue 23, item 1: "Continue" checks its own step at once, with Python still downloading (the
    runtime is held back here): a choice left out, a blank date, a date after today. Python checks
    every answer when the plan is made, and its error summary leads back to the step that asks."""
    context = browser.new_context(viewport=PHONE)
    held: list = []  # the runtime's files, until the plan is made
    context.route("**/pyodide/**", lambda route: route.continue_() if held == ["released"] else held.append(route))
    page = open_plan(context, site_url)
    expect(page.locator("#plan-form button:visible")).to_have_text(["Continue"])  # one button per step
    page.get_by_role("button", name="Continue").click()
    summary = page.locator(ERROR_SUMMARY).filter(has_text="There is a problem")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("listitem")).to_have_text(["Select who is appealing", "Enter the date on the decision letter"])
    expect(page).to_have_title(re.compile(r"^Error: Make your plan"))
    expect(summary.get_by_role("link", name="Select who is appealing")).to_have_attribute("href", "#appellant")
    page.get_by_label("I am the parent of a child").check()
    fill_date(page, "Date on the decision letter", "12", "1", "2027")  # tomorrow
    page.get_by_role("button", name="Continue").click()
    expect(summary.get_by_role("listitem")).to_have_text([
        "Date on the decision letter must be today or in the past. Check you typed it correctly. Some letters show a "
        "date later than the day they were sent. Enter the day it was sent: look at the email\u2019s date or the "
        "postmark. If you cannot tell, ask the local authority when they sent it, and get advice from IPSEA or your "
        "local SENDIASS."])
    assert held  # the runtime is still held back: these checks needed no Python
    fill_date(page, "Date on the decision letter", "31", "13", "2026")  # not a real date: Python's to say
    page.keyboard.press("Enter")  # Enter continues, as the button does
    expect(page.get_by_role("group", name="What do you disagree with the local authority about?")).to_be_visible()
    expect(summary).to_be_hidden()
    page.get_by_label("It refused to carry out an EHC needs assessment").check()
    for _ in range(3):
        page.get_by_role("button", name="Continue").click()
    for route in held:
        route.continue_()
    held[:] = ["released"]
    page.get_by_role("button", name="Make my plan").click()
    expect(summary).to_be_focused(timeout=RESULT_TIMEOUT)
    real_date = summary.get_by_role("link", name="Date on the decision letter must be a real date")
    expect(real_date).to_have_attribute("href", "#decision-sent-month")
    real_date.click()
    expect(page.get_by_role("group", name="Date on the decision letter").get_by_label("Month")).to_be_focused()
    expect(page.get_by_role("button", name="Make my plan")).to_be_hidden()
    expect(page.locator("#plan-result")).to_be_empty()
    context.close()


def test_one_step_at_a_time_with_back_and_check_your_answers_with_change_links(context, site_url):
    page = open_plan(context, site_url)
    page.get_by_label("I am the parent of a child").check()
    fill_date(page, "Date on the decision letter", "4", "1", "2027")
    page.get_by_role("button", name="Continue").click()
    # The step before is hidden: one question group on the screen, with a way back.
    expect(page.get_by_role("group", name="Who is appealing?")).to_be_hidden()
    page.get_by_role("link", name="Back").click()
    expect(page.get_by_label("I am the parent of a child")).to_be_focused()
    expect(page.get_by_label("I am the parent of a child")).to_be_checked()
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("The special educational provision in the plan (section F)").check()
    page.get_by_role("button", name="Continue").click()
    mediation = page.get_by_role("group", name="Do you want mediation?")
    expect(mediation).to_contain_text("It is free, and you do not have to take part. If you are not sure yet, "
                                      "you can still go on.")
    expect(mediation.get_by_role("link", name="How to decide about mediation")).to_have_attribute(
        "href", "../decide-about-mediation/")
    mediation.get_by_label("No, I only need the mediation certificate").check()
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("button", name="Continue").click()
    answers = page.locator(".calculator-check")
    # Every question, a blank one too ("Not answered"): a blank date changes the plan as well.
    expect(answers.locator("dt")).to_have_text([
        "Who is appealing?", "Date on the decision letter", "What do you disagree with the local authority about?",
        "Do you want mediation?", "Date you contacted the mediation adviser (optional)",
        "Date you told the local authority you want mediation (optional)", "Is health care part of the mediation?",
        "Date the mediation ended (optional)", "Date of the mediation agreement (optional)",
        "Does the mediation agreement settle everything you disagree with?",
        "Does the written agreement set its own dates for what must be done?",
        "Date on the mediation certificate (optional)"])
    expect(answers.locator(".govuk-summary-list__value")).to_have_text([
        "I am the parent of a child", "4 January 2027",
        "The special educational provision in the plan (section F)", "No, I only need the mediation certificate",
        *["Not answered"] * 8])
    expect(answers).to_contain_text("Check your dates carefully. Your deadlines are worked out from them.")
    answers.get_by_role("link", name="Change Do you want mediation?").click()
    expect(mediation.get_by_label("Yes", exact=True)).to_be_focused()
    mediation.get_by_label("Yes", exact=True).check()
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("button", name="Continue").click()
    expect(answers.locator(".govuk-summary-list__value").nth(3)).to_have_text("Yes")
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


def test_the_home_page_has_the_deadline_and_the_plan_as_two_buttons_on_its_first_screen(browser, site_url):
    """Issue 23, item 3: two buttons of the same style, the deadline first."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site_url)
    buttons = page.locator("article a.md-button")
    expect(buttons).to_have_text(["Work out your appeal deadline", "Make your plan"])
    assert len(set(buttons.evaluate_all("bs => bs.map((b) => b.className)"))) == 1
    for button in buttons.all():
        expect(button).to_be_in_viewport()
    buttons.nth(1).click()
    expect(page.get_by_role("heading", level=1, name="Make your plan")).to_be_visible()
    context.close()


HAND_OFF_KEY = "send-calculators-answers"  # calculators.js: the read-once hand-off in sessionStorage


def answer_now(page: Page, button: str) -> None:
    page.get_by_role("button", name=button).click()
    expect(page.locator(".calculator-result h2")).to_be_focused(timeout=RESULT_TIMEOUT)


def expect_nothing_kept(page: Page) -> None:
    """The hand-off was read once and deleted (once the page's script has run); nothing about the
    reader is in the address."""
    page.wait_for_function(f"() => sessionStorage.getItem('{HAND_OFF_KEY}') === null", timeout=RESULT_TIMEOUT)
    assert not urlsplit(page.url).fragment and not urlsplit(page.url).query, page.url


def test_each_calculator_leads_on_and_the_answers_go_with_the_reader_once(browser, site_url):
    """Issue 23, item 3, with issue 20, item 5: the certificate answer leads to the deadline, the
    deadline answer to the plan; the grounds and the decision date are carried, never typed twice,
    and never put in the address; the hand-off is read once."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.clock.set_fixed_time(datetime.datetime.combine(TODAY, datetime.time(10, 0)))
    page.goto(site_url + "check-if-you-need-a-mediation-certificate/")
    page.get_by_label("The special educational provision in the plan (section F)").check()
    page.get_by_label("Health or social care needs or provision in the plan (sections C, D, G, H1 or H2)").check()
    answer_now(page, "Check if you need a certificate")
    page.locator(".calculator-result").get_by_role("link", name="Work out your appeal deadline").click()
    expect(page.get_by_role("heading", level=1, name="Work out your appeal deadline")).to_be_visible()
    expect_nothing_kept(page)
    fill_date(page, "Date on the decision letter", "4", "1", "2027")
    answer_now(page, "Work out the deadline")
    onward = page.locator(".calculator-result").get_by_role("link", name="Make your plan: the messages to send and the dates to keep")
    expect(onward).to_be_in_viewport()
    onward.click()
    expect(page.get_by_role("heading", level=1, name="Make your plan")).to_be_visible()
    expect(page.locator("form .calculator-carried")).to_have_text(
        "Your answers from the last page are filled in. Check them as you go.")
    expect_nothing_kept(page)
    letter = page.get_by_role("group", name="Date on the decision letter")
    assert [letter.get_by_label(part).input_value() for part in ("Day", "Month", "Year")] == ["4", "1", "2027"]
    page.get_by_label("I am the parent of a child").check()
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_label("The special educational provision in the plan (section F)")).to_be_checked()
    expect(page.get_by_label("Health or social care needs or provision in the plan (sections C, D, G, H1 or H2)")).to_be_checked()
    # Read once: the same page again starts empty.
    page.reload()
    assert page.get_by_role("group", name="Date on the decision letter").get_by_label("Day").input_value() == ""
    expect(page.locator("form .calculator-carried")).to_have_count(0)
    context.close()


def test_the_timeline_leads_to_the_plan_with_its_dates_and_clear_my_answers_drops_the_hand_off(browser, site_url):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.clock.set_fixed_time(datetime.datetime.combine(TODAY, datetime.time(10, 0)))
    page.goto(site_url + "check-if-you-need-a-mediation-certificate/")
    page.get_by_label("The special educational provision in the plan (section F)").check()
    answer_now(page, "Check if you need a certificate")
    page.locator(".calculator-result").get_by_role("link", name="Work out your appeal deadline").click()
    fill_date(page, "Date on the decision letter", "4", "1", "2027")
    answer_now(page, "Work out the deadline")
    # "Clear my answers" forgets what this page was handed (the grounds) as well as its own answers.
    page.get_by_role("button", name="Clear my answers").click()
    page.goto(site_url + "plan-the-mediation-timeline/")
    expect_nothing_kept(page)
    fill_date(page, "Date on the decision letter", "4", "1", "2027")
    fill_date(page, "Date you contacted the mediation adviser (optional)", "6", "1", "2027")
    page.get_by_role("group", name="Do you want mediation?").get_by_label("Yes", exact=True).check()
    answer_now(page, "Plan the timeline")
    page.locator(".calculator-result").get_by_role("link", name="Make your plan: the messages to send and the dates to keep").click()
    expect(page.get_by_role("heading", level=1, name="Make your plan")).to_be_visible()
    expect_nothing_kept(page)
    page.get_by_label("I am the parent of a child").check()
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_label("The special educational provision in the plan (section F)")).not_to_be_checked()
    page.get_by_label("The special educational provision in the plan (section F)").check()
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("group", name="Do you want mediation?").get_by_label("Yes", exact=True)).to_be_checked()
    page.get_by_role("button", name="Continue").click()
    adviser = page.get_by_role("group", name="Date you contacted the mediation adviser (optional)")
    assert [adviser.get_by_label(part).input_value() for part in ("Day", "Month", "Year")] == ["6", "1", "2027"]
    context.close()


def test_the_plan_page_sends_nothing_to_another_origin(planned, context, site_url):
    origin = urlsplit(site_url)[:2]
    elsewhere = [url for url in context.requests
                 if not (urlsplit(url)[:2] == origin or (url.startswith("blob:") and urlsplit(url[5:])[:2] == origin))]
    assert elsewhere == []
    assert any("/pyodide/" in url for url in context.requests)


# ---- The short answer first (issue 23, item 2) -------------------------------------------------------

#: The four situations of issue 23, as links with their answers ("Copy a link to these answers").
FOUR_SITUATIONS = {
    "a refusal to assess, and no idea about mediation": "appellant=parent&decision-sent=2027-1-4&grounds=a",
    "a final plan about sections F and I, mediation wanted": (
        "appellant=parent&decision-sent=2027-1-4&grounds=c-ii,c-iii&mediation-wanted=yes"),
    "a 17-year-old and a college": "appellant=young-person&decision-sent=2026-12-14&grounds=c-iii&mediation-wanted=no",
    "a parent who contacted the adviser 9 weeks late": (
        "appellant=parent&decision-sent=2026-10-27&grounds=c-ii&mediation-wanted=no&adviser-contacted=2026-12-29"),
}
SCREEN = PHONE["height"]

LAYOUT_JS = """() => {
  const result = document.querySelector('#plan-result'), heading = result.querySelector('h2');
  const top = heading.getBoundingClientRect().top;
  const copy = [...result.querySelectorAll('button')].find((b) => b.textContent === 'Copy' && b.checkVisibility());
  const folded = (el) => !!el.closest('details');
  return {
    height: result.getBoundingClientRect().height,
    firstCopy: copy ? copy.getBoundingClientRect().top - top : null,
    order: [...result.children].map((el) => el.tagName === 'DETAILS' ? 'details:' + el.querySelector('summary').textContent
                                        : el.tagName + ':' + (el.matches('h2, h3') ? el.textContent : el.className)),
    foldedTimeline: [...result.querySelectorAll('.calculator-date')].some(folded),
    foldedNowButtons: [...result.querySelectorAll('.calculator-letter')].filter((l) => !folded(l.querySelector('.calculator-actions'))).length,
  };
}"""


@pytest.mark.parametrize("situation", FOUR_SITUATIONS)
def test_the_plan_is_at_most_4_screens_with_the_first_copy_within_2(context, site_url, situation):
    page = open_plan(context, site_url, "#" + FOUR_SITUATIONS[situation])
    expect(page.locator("#plan-result h2")).to_be_focused(timeout=RESULT_TIMEOUT)
    layout = page.evaluate(LAYOUT_JS)
    assert layout["height"] <= 4 * SCREEN, layout
    if layout["firstCopy"] is not None:
        assert layout["firstCopy"] <= 2 * SCREEN, layout
    assert not layout["foldedTimeline"]
    # In order: the answer, its status, "Change your answers"; "Do this now" (if anything is to be
    # sent); the timeline and the calendar; then folded parts, "How this was worked out" last.
    order = layout["order"]
    assert order[0].startswith("H2:") and "P:calculator-change" in order
    assert order.index("P:calculator-change") < order.index("H3:Your timeline")
    if "H3:Do this now" in order:
        assert order.index("P:calculator-change") < order.index("H3:Do this now") < order.index("H3:Your timeline")
    assert order[-1] == "details:How this was worked out", order
    # "What to do next" is folded while the reader is in time; late or waiting, it is not.
    in_time = order[0].startswith("H2:The SEND Tribunal must receive your appeal by")
    assert ("details:What to do next" if in_time else "H3:What to do next") in order, order
    page.close()


def test_do_this_now_has_each_message_to_send_today_with_its_buttons_and_the_rest_is_folded(planned):
    display = python_plan(WORKED_EXAMPLE)
    result = planned.locator("#plan-result")
    now = [m for m in display["messages"] if m["now"]]
    later = [m for m in display["messages"] if not m["now"]]
    assert [m["kind"] for m in now] == ["adviser-contact", "la-mediation-request"]
    assert [m["kind"] for m in later] == ["mediation-not-arranged"]
    letters = result.locator(".calculator-letter")
    for index, message in enumerate(display["messages"]):
        letter = letters.nth(index)
        expect(letter.get_by_role("heading", level=4)).to_have_text(message["title"])
        expect(letter.get_by_role("button", name="Copy", exact=True)).to_be_visible(visible=message["now"])
        summary = letter.locator("summary")
        expect(summary).to_have_text(message["show"])
        expect(letter.locator(".calculator-message")).to_be_hidden()
        summary.click()  # opens the message, and its buttons for a message kept for later
        expect(letter.locator(".calculator-message")).to_be_visible()
        expect(letter.get_by_role("button", name="Copy", exact=True)).to_be_visible()
        summary.click()
    # One issue: nothing to leave out of mediation (two or more: tests/calculators/test_calc_letters.py).
    request = next(m for m in display["messages"] if m["kind"] == "la-mediation-request")
    assert "The issues I want mediation about are:" in request["text"] and "[delete any" not in request["text"]
    # Before sending, the reader opens each message and fills in the [square brackets].
    expect(result.get_by_text("Before you send a message, open it and fill in every part in [square brackets].")).to_be_visible()
    # Not "You are in mediation" before anything is sent; not "you only have to contact the adviser"
    # to a reader who wants mediation.
    expect(result).not_to_contain_text("You are in mediation")
    expect(result).not_to_contain_text("you only have to contact the adviser")
    # "Change your answers", under the answer, goes to "Check your answers", each with its "Change".
    result.get_by_role("link", name="Change your answers").click()
    expect(planned.get_by_role("heading", name="Check your answers")).to_be_focused()
    expect(planned.locator(".calculator-check").get_by_role("link", name="Change Who is appealing?")).to_be_visible()
