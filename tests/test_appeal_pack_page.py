"""Prepare your appeal (issue 28), in real headless Chromium at 390 x 844.

From the plan, the page asks nothing the plan knew and answers at once; on its own, it asks the plan's
questions one group at a time. It shows what Python says, word for word (the form, the dates, what to
send, the questions); a box for each reason, copied on its own; the pack downloaded as text; and what
is typed is kept in the browser's storage only after "Save on this device", until "Delete what I
typed" ("Clear my answers" leaves it: it clears only the answers to the questions).
"""

from __future__ import annotations

import datetime
import json

import pytest
from playwright.sync_api import Page, expect

from calculators import browser as entry_points
from calculators import wording_appeal_pack as words

TODAY = datetime.date(2027, 1, 11)
PHONE = {"width": 390, "height": 844}
RESULT_TIMEOUT = 90_000  # ms: a cold Pyodide start on a busy 2-core machine
PACK = "prepare-your-appeal/"
SAVED = "send-appeal-reasons"  # calculators.js: the reasons, in localStorage, only when the reader saves them
HAND_OFF = "send-calculators-answers"
#: Sections F and I, a young person, the certificate in hand.
F_AND_I = "appellant=young-person&decision-sent=2027-01-04&grounds=c-ii,c-iii&mediation-wanted=no&certificate-issued=2027-01-08"
F_AND_I_REQUEST = {"appellant": "young-person", "decision_sent": {"day": "4", "month": "1", "year": "2027"},
                   "grounds": ["c-ii", "c-iii"], "mediation_wanted": "no",
                   "certificate_issued": {"day": "8", "month": "1", "year": "2027"}}
REFUSAL = "appellant=parent&decision-sent=2027-01-04&grounds=a"
REASON_A = "Why do you think your child has or may have special educational needs?"


@pytest.fixture(scope="module")
def context(browser):
    context = browser.new_context(viewport=PHONE, accept_downloads=True, has_touch=True,
                                  permissions=["clipboard-read", "clipboard-write"])
    yield context
    context.close()


def open_page(context, site_url: str, path: str = PACK, fragment: str = "") -> Page:
    page = context.new_page()
    page.clock.set_fixed_time(datetime.datetime.combine(TODAY, datetime.time(10, 0)))
    page.goto(site_url + path + ("#" + fragment if fragment else ""))
    return page


def answered(page: Page) -> None:
    expect(page.locator("#appeal-pack-result h2")).to_be_focused(timeout=RESULT_TIMEOUT)


def python_pack(request: dict) -> dict:
    response = json.loads(entry_points.appeal_pack(json.dumps({**request, "today": TODAY.isoformat()})))
    assert response["ok"], response
    return response["display"]


def shown(line) -> str:
    """A line of the dates as the page shows it: words, or words and the rule they come from (a link)."""
    return line if isinstance(line, str) else f"{line['text']} {line['provision']}"


def saved(page: Page):
    return page.evaluate(f"() => localStorage.getItem('{SAVED}')")


def test_from_the_plan_the_page_asks_nothing_again_and_shows_python_s_pack_word_for_word(context, site_url):
    page = open_page(context, site_url, "make-your-plan/", F_AND_I)
    expect(page.locator("#plan-result h2")).to_be_focused(timeout=RESULT_TIMEOUT)
    onward = page.get_by_role("link", name="Prepare your appeal: the form, what to send and your reasons")
    expect(onward).to_be_visible()
    onward.click()
    expect(page.get_by_role("heading", level=1, name="Prepare your appeal")).to_be_visible()
    answered(page)
    page.wait_for_function(f"() => sessionStorage.getItem('{HAND_OFF}') === null")  # read once
    assert "#" not in page.url
    expect(page.locator("form .calculator-carried")).to_have_text(
        "Your answers from the last page are filled in. Check them as you go.")
    # Check your answers says a date as GOV.UK does ("4 January 2027"), not as the boxes hold it ("04").
    decision = page.locator(".govuk-summary-list__row").filter(has_text="Date on the decision letter")
    expect(decision.locator(".govuk-summary-list__value")).to_have_text("4 January 2027")
    display = python_pack(F_AND_I_REQUEST)
    result = page.locator("#appeal-pack-result")
    expect(result.locator("h2")).to_have_text(f"{display['heading']} {display['answer']}")
    assert display["answer"] == "SEND35"
    for text in [*display["paragraphs"], *map(shown, display["dates"]), display["returned"], display["reasons_intro"],
                 display["separate_sheet"]]:
        expect(result.get_by_text(text, exact=True)).to_be_visible()
    # Legal read 2, item 6: the date's rule is a link to legislation.gov.uk, as the other calculators show it.
    basis = next(line for line in display["dates"] if not isinstance(line, str))
    expect(result.get_by_role("link", name=basis["provision"], exact=True)).to_have_attribute("href", basis["url"])
    expect(result.locator("ul").first.locator("li")).to_have_text(display["checklist"])
    for number, item in enumerate(display["reasons"], start=1):
        expect(result.get_by_label(f"{number}. {item['question']}", exact=True)).to_be_visible()
    expect(result.get_by_role("link", name="Appeal an EHC plan decision on GOV.UK")).to_have_attribute(
        "href", "https://www.gov.uk/appeal-ehc-plan-decision")
    # Nothing typed is kept: nothing in local storage until the reader asks.
    assert saved(page) is None
    page.close()


def test_on_its_own_the_page_asks_the_plan_s_questions_one_group_at_a_time(context, site_url):
    page = open_page(context, site_url)
    expect(page.get_by_role("group", name="What do you disagree with the local authority about?")).to_be_hidden()
    page.get_by_label("I am the parent of a child").check()
    group = page.get_by_role("group", name="Date on the decision letter")
    for part, value in (("Day", "4"), ("Month", "1"), ("Year", "2027")):
        group.get_by_label(part).fill(value)
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("It decided to stop maintaining the plan (cease to maintain)").check()
    for _ in range(3):
        page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="Check your answers")).to_be_focused()
    page.get_by_role("button", name="Prepare my appeal").click()
    answered(page)
    expect(page.locator("#appeal-pack-result h2")).to_have_text("Your appeal form: SEND35")
    expect(page.get_by_label("1. Why is the decision to stop maintaining the EHC plan wrong?", exact=True)).to_be_visible()
    page.close()


def test_a_refusal_to_assess_with_another_decision_is_refused_in_govuk_words(context, site_url):
    page = open_page(context, site_url, fragment="appellant=parent&decision-sent=2027-01-04&grounds=a,c-ii")
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_be_focused(timeout=RESULT_TIMEOUT)
    expect(summary.get_by_role("link")).to_have_text(words.TWO_FORMS_MESSAGE)
    assert words.TWO_FORMS_MESSAGE.endswith(".")  # GOV.UK: what went wrong and how to fix it, a full stop at the end
    page.close()


def test_make_your_plan_in_the_pack_is_a_link_the_reader_can_follow(context, site_url):
    # legal read 13: the note to the Tribunal is written by "Make your plan"; on the page its name is a link.
    page = open_page(context, site_url, fragment="appellant=parent&decision-sent=2026-11-05&grounds=c-ii")
    answered(page)
    display = python_pack({"appellant": "parent", "decision_sent": {"day": "5", "month": "11", "year": "2026"},
                           "grounds": ["c-ii"]})
    listed = page.locator("#appeal-pack-result ul").first
    expect(listed.locator("li")).to_have_text(display["checklist"])  # word for word, the link inside
    link = listed.get_by_role("link", name="Make your plan")
    expect(link).to_have_attribute("href", "../make-your-plan/")
    link.click()
    expect(page.get_by_role("heading", level=1, name="Make your plan")).to_be_visible()
    page.close()


def reload_and_answer(page: Page, site_url: str) -> None:
    """Reload the page, then answer its questions again (from a link with the answers: a new page load)."""
    page.reload()
    expect(page.locator("#appeal-pack-result textarea")).to_have_count(0)  # the answers are not kept
    page.goto(site_url)
    page.goto(site_url + PACK + "#" + REFUSAL)
    answered(page)


def test_saved_text_survives_a_reload_only_when_the_reader_chose_to_save_it(context, site_url):
    page = open_page(context, site_url, fragment=REFUSAL)
    answered(page)
    reason = page.get_by_label(f"1. {REASON_A}", exact=False)
    evidence = page.get_by_label("The evidence for this (optional)")
    reason.fill("Not saved: reads two years behind.")
    assert saved(page) is None
    reload_and_answer(page, site_url)
    expect(reason).to_have_value("")
    assert saved(page) is None

    reason.fill("She reads two years behind her class.")
    page.get_by_role("button", name="Save on this device").click()
    expect(page.locator(".calculator-status")).to_have_text("Saved on this device. Anyone using this browser can see it.")
    assert json.loads(saved(page)) == {"reason-a": "She reads two years behind her class.", "evidence-a": ""}
    evidence.fill("Reading age report, March 2026")  # once saving, kept as typed
    assert json.loads(saved(page)) == {"reason-a": "She reads two years behind her class.",
                                       "evidence-a": "Reading age report, March 2026"}
    reload_and_answer(page, site_url)
    expect(reason).to_have_value("She reads two years behind her class.")
    expect(evidence).to_have_value("Reading age report, March 2026")

    # "Clear my answers" clears the answers to the questions, not the saved reasons.
    page.get_by_role("button", name="Clear my answers").click()
    expect(page.locator("#appeal-pack-result textarea")).to_have_count(0)
    expect(page.locator(".calculator-status")).to_have_text(
        "Your answers have been cleared from this page. Files you downloaded and links you copied are not deleted. "
        "Your reasons saved on this device are kept. To delete them, answer the questions again and select "
        "\u201cDelete what I typed\u201d.")
    assert json.loads(saved(page))["reason-a"] == "She reads two years behind her class."
    reload_and_answer(page, site_url)
    expect(reason).to_have_value("She reads two years behind her class.")

    page.get_by_role("button", name="Delete what I typed").click()
    expect(page.locator(".calculator-status")).to_have_text("What you typed has been deleted from this page and this device.")
    expect(reason).to_have_value("")
    expect(evidence).to_have_value("")
    assert saved(page) is None
    reason.fill("Typed after deleting: not kept.")
    assert saved(page) is None
    reload_and_answer(page, site_url)
    expect(reason).to_have_value("")
    page.close()


def test_each_answer_is_copied_on_its_own_and_the_pack_downloads_as_text(context, site_url):
    page = open_page(context, site_url, fragment=F_AND_I)
    answered(page)
    display = python_pack(F_AND_I_REQUEST)
    first, second = (f"{n}. {item['question']}" for n, item in enumerate(display["reasons"], start=1))
    page.get_by_label(first, exact=True).fill("Section F says 'access to speech therapy'. It should say weekly.")
    page.locator("#evidence-c-ii").fill("Speech and language therapy report")
    page.get_by_label(second, exact=True).fill("Oak College: it offers the course I need.")
    page.get_by_role("button", name="Copy answer 1").click()
    expect(page.get_by_role("button", name="Copied")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == (
        "Section F says 'access to speech therapy'. It should say weekly.\n\nEvidence: Speech and language therapy report")
    page.get_by_role("button", name="Copy answer 2").click()
    assert page.evaluate("navigator.clipboard.readText()") == "Oak College: it offers the course I need."
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the pack").click()
    assert download.value.suggested_filename == "my-send-appeal-pack.txt"
    text = open(download.value.path(), encoding="utf-8").read().replace("\r\n", "\n")
    for line in [f"{display['heading']} {display['answer']}", *map(words.line_text, display["dates"]),
                 *(f"- {item}" for item in display["checklist"]),
                 first, "Section F says 'access to speech therapy'. It should say weekly.",
                 "Evidence: Speech and language therapy report", second, "Oak College: it offers the course I need."]:
        assert line in text.splitlines(), line
    expect(page.get_by_role("button", name="Print")).to_be_visible()
    assert saved(page) is None  # copying and downloading keep nothing in the browser
    page.close()


def test_the_pack_fits_a_phone_and_the_boxes_grow_as_the_reader_types(context, site_url):
    page = open_page(context, site_url, fragment=F_AND_I)
    answered(page)
    box = page.locator("#reason-c-ii")
    before = box.bounding_box()["height"]
    box.fill("\n".join(f"Line {n} of what section F leaves out." for n in range(12)))
    after = box.bounding_box()["height"]
    layout = page.evaluate("""() => ({scrollWidth: document.documentElement.scrollWidth,
      result: document.querySelector('#appeal-pack-result').getBoundingClientRect().height, screen: innerHeight})""")
    assert layout["scrollWidth"] <= PHONE["width"], layout  # nothing scrolls sideways
    assert after > before + 100, (before, after)  # the box grows: nothing typed is hidden
    print(f"\n390 px: the F and I pack is {layout['result'] / layout['screen']:.1f} screens ({layout['result']:.0f} px); "
          f"a reason box grows from {before:.0f} to {after:.0f} px with 12 lines")
    page.close()
