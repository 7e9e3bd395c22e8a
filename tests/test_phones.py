"""The guide on a phone, in real headless Chromium: 390 x 844 (a common phone) and 320 px (the narrowest).

The calculator's first question is on the first screen; the home page's way into the appeal deadline
is too; nothing scrolls sideways and no table is wider than the screen; no word is broken across two
lines; every old address lands on its new page; and after a keyboard-only submit, focus is on the
answer's heading, which is the answer itself, in view below the sticky header (issue 11).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from site_pages import RESULT_TIMEOUT_MS, nav_files

PHONE = {"width": 390, "height": 844}
NARROW = {"width": 320, "height": 640}
CALCULATORS = ["check-if-you-need-a-mediation-certificate/", "work-out-your-appeal-deadline/",
               "plan-the-mediation-timeline/", "prepare-your-appeal/"]
PAGES = ["" if name == "index.md" else name.removesuffix(".md") + "/" for name in nav_files()]

# Every word of the page's content whose letters land on more than one line.
BROKEN_WORDS_JS = r"""() => {
  const broken = [];
  const walker = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement.offsetParent) continue;  // not displayed
    for (const match of node.data.matchAll(/[A-Za-z0-9]{2,}/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}"""

# Where an element is: inside the viewport and below Material's sticky header.
IN_VIEW_JS = """el => { const r = el.getBoundingClientRect(), h = document.querySelector('.md-header').getBoundingClientRect();
  return {top: r.top, bottom: r.bottom, headerBottom: h.bottom, height: innerHeight}; }"""


def in_first_screen(box: dict, viewport: dict) -> bool:
    return box["top"] >= box["headerBottom"] - 1 and box["bottom"] <= viewport["height"]


@pytest.fixture(scope="module")
def phone(browser):
    context = browser.new_context(viewport=PHONE)
    yield context.new_page()
    context.close()


@pytest.fixture(scope="module")
def narrow(browser):
    context = browser.new_context(viewport=NARROW)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("path", CALCULATORS)
def test_the_first_question_of_each_calculator_is_on_the_first_phone_screen(phone, site_url, path):
    phone.goto(site_url + path)
    first_field = phone.locator("form[data-calculator] input").first
    expect(first_field).to_be_visible()
    box = first_field.evaluate(IN_VIEW_JS)
    assert in_first_screen(box, PHONE), box


def test_the_home_page_says_what_to_do_and_leads_to_the_deadline_on_the_first_phone_screen(phone, site_url):
    phone.goto(site_url)
    deadline = phone.locator("article").get_by_role("link", name="Work out your appeal deadline").first
    assert in_first_screen(deadline.evaluate(IN_VIEW_JS), PHONE)
    step = phone.get_by_text("Contact a mediation adviser, within 2 months of that date.")
    assert in_first_screen(step.evaluate(IN_VIEW_JS), PHONE)
    deadline.click()
    expect(phone).to_have_url(site_url + "work-out-your-appeal-deadline/")


def test_the_header_shows_a_site_name_that_fits_on_a_phone(phone, site_url):
    phone.goto(site_url)
    topic = phone.locator(".md-header__topic").first
    expect(topic.locator(".site-name-short")).to_have_text("SEND mediation")
    expect(topic.locator(".site-name-long")).to_be_hidden()
    assert topic.evaluate("el => el.querySelector('.md-ellipsis').scrollWidth <= el.querySelector('.md-ellipsis').clientWidth")


@pytest.mark.parametrize("viewport", [pytest.param(PHONE, id="390px"), pytest.param(NARROW, id="320px")])
def test_no_page_scrolls_sideways_and_no_table_is_wider_than_the_screen(browser, site_url, viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    problems = []
    for path in PAGES:
        page.goto(site_url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        tables = page.evaluate("[...document.querySelectorAll('article table')].map(t => t.getBoundingClientRect().width)")
        if width > viewport["width"] or any(w > viewport["width"] for w in tables):
            problems.append((path or "/", width, tables))
    context.close()
    assert problems == []


@pytest.mark.parametrize("path", PAGES)
def test_no_word_is_broken_across_two_lines_at_320px(narrow, site_url, path):
    narrow.goto(site_url + path)
    assert narrow.evaluate(BROKEN_WORDS_JS) == []


REDIRECTS = [
    pytest.param("what-mediation-is/", "decide-about-mediation/", id="what mediation is: now decide about mediation"),
    pytest.param("when-you-can-use-mediation/", "decide-about-mediation/", id="when you can use mediation: now decide about mediation"),
    pytest.param("getting-a-mediation-certificate/", "contact-the-mediation-adviser/", id="getting a certificate: now contact the adviser"),
    pytest.param("who-provides-mediation/", "contact-the-mediation-adviser/", id="who provides mediation: now contact the adviser"),
    pytest.param("what-happens-in-mediation/", "if-you-choose-mediation/", id="what happens in mediation: now if you choose mediation"),
    pytest.param("who-can-support-you/", "if-you-choose-mediation/", id="who can support you: now if you choose mediation"),
    pytest.param("your-right-to-appeal/", "appeal-to-the-send-tribunal/", id="your right to appeal: now appeal to the SEND Tribunal"),
    pytest.param("support-and-resources/#keep-copies-of-everything", "get-help-and-keep-records/#keep-copies-of-everything",
                 id="support and resources, with its anchor: now get help and keep records"),
]


@pytest.mark.parametrize(("old", "new"), REDIRECTS)
def test_an_old_address_lands_on_its_new_page(phone, site_url, old, new):
    phone.goto(site_url + old)
    expect(phone).to_have_url(site_url + new)
    expect(phone.get_by_role("heading", level=1)).to_be_visible()


# Keyboard only: Tab to the first field, answer, Enter. Each calculator's first question and answer.
KEYBOARD = [
    pytest.param("work-out-your-appeal-deadline/", ["Tab", "31", "Tab", "12", "Tab", "2026"],
                 "The SEND Tribunal must receive your appeal by Monday 1 March 2027", id="the appeal deadline"),
    pytest.param("check-if-you-need-a-mediation-certificate/", ["Space"],
                 "Do you need a mediation certificate? Yes", id="the certificate check"),
    pytest.param("plan-the-mediation-timeline/", ["4", "Tab", "1", "Tab", "2027"],
                 "The SEND Tribunal must receive your appeal by Thursday 4 March 2027", id="the mediation timeline"),
]


@pytest.mark.parametrize(("path", "keys", "answer"), KEYBOARD)
def test_after_a_keyboard_submit_focus_is_on_the_answer_heading_in_view(browser, site_url, path, keys, answer):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.clock.set_fixed_time("2027-01-10T10:00:00")
    page.goto(site_url + path)
    for _ in range(80):  # Tab from the top of the page to the form's first field
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('form[data-calculator]') !== null"):
            break
    for key in keys:
        page.keyboard.press(key) if key in ("Tab", "Space") else page.keyboard.type(key)
    page.keyboard.press("Enter")
    heading = page.locator(".calculator-result h2")
    expect(heading).to_be_focused(timeout=RESULT_TIMEOUT_MS)
    expect(heading).to_have_text(answer)
    expect(page.get_by_role("heading", name=answer)).to_have_attribute("tabindex", "-1")
    assert in_first_screen(heading.evaluate(IN_VIEW_JS), PHONE)
    # One short sentence in the live region; the result itself is not a live region.
    expect(page.locator("form[data-calculator] [role=status]")).to_have_text("Your answer is below the form.")
    expect(page.locator(".calculator-result")).not_to_have_attribute("role", "status")
    context.close()


# ---- Keyboard and print (issue 23, item 6) ---------------------------------------------------------

TAB_STOP_JS = """() => { const e = document.activeElement, r = e.getBoundingClientRect();
  return {name: e.getAttribute('aria-label') || e.textContent.trim().slice(0, 40), inDrawer: !!e.closest('.md-sidebar--primary'),
          inForm: !!e.closest('form[data-calculator]')}; }"""


def tab_stops_to_the_form(page) -> list[dict]:
    stops = []
    for _ in range(60):
        page.keyboard.press("Tab")
        stops.append(page.evaluate(TAB_STOP_JS))
        if stops[-1]["inForm"]:
            return stops
    raise AssertionError(f"Tab never reached the form: {stops}")


def test_on_a_phone_tab_skips_the_closed_drawer_and_its_menu_button_opens_it(browser, site_url):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site_url + "make-your-plan/")
    stops = tab_stops_to_the_form(page)
    assert not [stop for stop in stops if stop["inDrawer"]], stops
    assert len(stops) <= 6, stops  # skip link, palette, menu, search (and its results), then the form
    menu = page.get_by_role("button", name="Menu")
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_in_viewport()
    menu.focus()
    page.keyboard.press("Enter")
    expect(menu).to_have_attribute("aria-expanded", "true")
    home = page.locator(".md-sidebar--primary").get_by_role("link", name="Home")
    expect(home).to_be_focused()
    expect(home).to_be_in_viewport()
    page.keyboard.press("Tab")
    expect(page.locator(".md-sidebar--primary a:focus")).to_be_in_viewport()
    page.keyboard.press("Escape")
    expect(menu).to_be_focused()
    expect(menu).to_have_attribute("aria-expanded", "false")
    assert page.locator(".md-sidebar--primary").evaluate("el => el.inert")
    context.close()


def test_on_a_wide_screen_the_navigation_stays_in_the_tab_order(browser, site_url):
    context = browser.new_context(viewport={"width": 1300, "height": 900})
    page = context.new_page()
    page.goto(site_url + "make-your-plan/")
    stops = tab_stops_to_the_form(page)
    assert [stop["name"] for stop in stops if stop["inDrawer"]][:2] == ["Home", "Make your plan"], stops
    expect(page.get_by_role("button", name="Menu")).to_be_hidden()
    context.close()

