"""Helpers shared by the browser tests: the built pages, and using each calculator as a reader would.

The calculators' forms follow the contract in the pages: a <form data-calculator> whose fields are
wrappers with data-field/data-type, a .govuk-error-summary, and a result region named by
data-result. Each calculator is used in its error state (nothing filled in) and its result state
(the first date it asks for, 40 days ago; the first box of each checkbox question ticked; the
first answer of each radio question chosen).
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

# The built pages, as the tests and scripts/bench list them (scripts/lib/harness.py).
from harness import is_calculator_page, is_redirect, page_file, page_paths  # noqa: F401 - re-exported

import pytest

from conftest import SITE

ROOT = Path(__file__).resolve().parent.parent


def built_with(site: Path) -> str:
    """"zensical" for a site Zensical built (scripts/build with ZENSICAL_SITE_DIR), else "mkdocs"."""
    index = site / "index.html"
    return "zensical" if index.is_file() and '<meta name="generator" content="zensical-' in index.read_text(
        encoding="utf-8") else "mkdocs"


def zensical_differs(reason: str):
    """A check Zensical 0.0.73's build is known to fail: a strict expected failure on that build only.

    Strict: the day Zensical's output passes, the test fails until the mark is removed."""
    return pytest.mark.xfail(built_with(SITE) == "zensical", reason=f"Zensical 0.0.73: {reason}", strict=True)


RAW_HTML_ADDRESSES = ("it rewrites a relative address in a page's raw HTML as if it were relative to the Markdown "
                      "file, not to the built page (the forms' '../work-out-your-appeal-deadline/' and "
                      "'../javascripts/calculators.js' become '../../...', which leave the site's folder under "
                      "/REPO/, as GitHub Pages serves it), and leaves the Markdown links inside "
                      "<div markdown=\"1\"> (make-your-plan's noscript) as '....md'")


def nav_files() -> list[str]:
    """The Markdown files in mkdocs.yml's nav ("- Title: file.md"), in menu order; not the redirects."""
    nav = re.search(r"^nav:\n((?:[ #].*\n)+)", (ROOT / "mkdocs.yml").read_text(), re.MULTILINE)[1]
    return re.findall(r":\s*([a-z0-9-]+\.md)\s*$", nav, re.MULTILINE)

RESULT_TIMEOUT_MS = 90_000  # the first answer includes starting Pyodide in the worker


#: The site has three calculators; fewer pages with the marker means the marker changed, and the
#: tests that loop over calculator pages would quietly check nothing.
MIN_CALCULATOR_PAGES = 3


def calculator_paths(site: Path) -> list[str]:
    """The pages with a calculator form (at least MIN_CALCULATOR_PAGES of them)."""
    paths = [path for path in page_paths(site) if is_calculator_page(site, path)]
    assert len(paths) >= MIN_CALCULATOR_PAGES, f"only {paths} carry the data-calculator marker"
    return paths


def calculator_choices(page) -> list[str | None]:
    """The values of the "which calculator" radios on a page (the deadline page has two), or [None]."""
    values = page.eval_on_selector_all(
        'form[data-calculator] [data-type="calculator"] input[type="radio"]', "inputs => inputs.map(i => i.value)")
    return values or [None]


def a_valid_date() -> tuple[str, str, str]:
    day = datetime.date.today() - datetime.timedelta(days=40)
    return str(day.day), str(day.month), str(day.year)


# What a reader fills in for a result, worked out from the visible questions of the form.
PLAN_JS = """form => {
  const visible = [...form.querySelectorAll('[data-field]')].filter(f => !f.closest('[hidden]'));
  const date = visible.find(f => f.dataset.type === 'date');
  return {
    date: date ? [...date.querySelectorAll('input')].map(i => i.id) : [],
    check: visible.filter(f => f.dataset.type === 'checkboxes').map(f => f.querySelector('input').id),
    choose: visible.filter(f => f.dataset.type === 'radios' && !f.querySelector('input:checked'))
      .map(f => f.querySelector('input').id),
  };
}"""

OUTCOME_JS = """form => {
  const summary = form.querySelector('.govuk-error-summary');
  const result = document.getElementById(form.dataset.result);
  if (summary && !summary.hidden) return 'errors';
  if (result && result.childElementCount > 0) return 'result';
  return null;
}"""


def choose(page, choice: str | None) -> None:
    if choice is not None:
        page.check(f'form[data-calculator] [data-type="calculator"] input[value="{choice}"]')


def submit_and_wait(page, submit=None) -> str:
    """Submit the form (click, or `submit()` given) and wait for the error summary or a new result."""
    form = page.locator("form[data-calculator]")
    form.evaluate("form => { document.getElementById(form.dataset.result)?.replaceChildren();"
                  " form.querySelector('.govuk-error-summary').hidden = true; }")
    if submit is None:
        form.locator('button[type="submit"]').click()
    else:
        submit()
    handle = page.wait_for_function(
        f"() => ({OUTCOME_JS})(document.querySelector('form[data-calculator]'))", timeout=RESULT_TIMEOUT_MS)
    return handle.json_value()


def press_continue(page, each_step=None) -> None:
    """A form in steps (the plan): answer each step's questions and press "Continue" until "Check your
    answers"; ``each_step(page)`` is called on every step first (for example, to run axe)."""
    form = page.locator("form[data-calculator]")
    buttons = form.locator(".calculator-continue:visible")
    while buttons.count():
        if each_step:
            each_step(page)
        fill_visible(page)
        buttons.first.click()


def fill_visible(page) -> None:
    """A valid answer to every question on the screen: the first date, each first checkbox, the
    first answer of each unanswered radio question (some are required)."""
    plan = page.locator("form[data-calculator]").evaluate(PLAN_JS)
    for field_id, value in zip(plan["date"], a_valid_date()):
        page.fill(f"#{field_id}", value)
    for box in plan["check"]:
        page.check(f"#{box}")
    for radio in plan["choose"]:
        page.check(f"#{radio}")


def show_errors(page, choice: str | None = None) -> None:
    """The error state: submit (or, in a form in steps, continue) with nothing filled in."""
    form = page.locator("form[data-calculator]")
    form.evaluate("form => { form.reset(); form.dispatchEvent(new Event('change', {bubbles: true})); }")
    choose(page, choice)
    steps = form.locator(".calculator-continue:visible")
    outcome = submit_and_wait(page, steps.first.click if steps.count() else None)
    assert outcome == "errors", outcome
    summary = page.locator("form[data-calculator] .govuk-error-summary").inner_text()
    assert "Something went wrong" not in summary, summary  # a real, specific error, not the fallback


def show_result(page, choice: str | None = None, each_step=None) -> str:
    """The result state: fill in what the calculator needs (step by step, in a form in steps) and
    submit. Returns the result text."""
    choose(page, choice)
    form = page.locator("form[data-calculator]")
    back = form.locator(".calculator-back:visible")
    while back.count():  # a form in steps: from its first step
        back.first.click()
    press_continue(page, each_step)
    if each_step and page.locator("form[data-calculator] .calculator-check:visible").count():
        each_step(page)  # "Check your answers"
    fill_visible(page)
    outcome = submit_and_wait(page)
    errors = form.locator(".govuk-error-summary").inner_text() if outcome == "errors" else ""
    assert outcome == "result", f"the form showed errors instead of a result: {errors}"
    return page.locator(f"#{form.get_attribute('data-result')}").inner_text()


#: The error summary as GOV.UK's macro draws it: focus goes to the summary, the alert is inside it.
ERROR_SUMMARY = ".govuk-error-summary:has([role=alert])"
