"""Accessibility of every built page: axe-core in real headless Chromium, and the keyboard.

axe-core is the pinned npm package (package.json: axe-core 4.14.1), read from node_modules and run
in each page (page.evaluate, so the page's Content-Security-Policy stays on). Rule tags: WCAG 2.0,
2.1 and 2.2 A and AA, plus best practices. Zero violations, on every page, in the light and the
dark palette, and on each calculator page also in its error state and its result state.

Keyboard: every calculator is completed with the keyboard alone (Tab, arrow keys for a radio
group, Space, Enter, typing); at every step the focused element shows a focus ring (a computed
outline or box-shadow) and is not hidden behind Material's sticky header; the error summary
takes focus, and its link takes focus to the field.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from site_pages import (RESULT_TIMEOUT_MS, a_valid_date, calculator_choices, calculator_paths, page_paths,
                        show_errors, show_result)

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_VERSION = "4.14.1"
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]},
    "resultTypes": ["violations"],
}


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.is_file():
        pytest.fail("node_modules/axe-core is missing: run scripts/install --test (npm ci)")
    assert json.loads((AXE.parent / "package.json").read_text())["version"] == AXE_VERSION
    return AXE.read_text(encoding="utf-8")


def axe_violations(page, axe_source: str, where: str) -> list[str]:
    # Let CSS transitions (Material animates button colours) finish: axe measures what is painted.
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(axe_source)
    violations = page.evaluate("options => axe.run(document, options).then(r => r.violations)", AXE_OPTIONS)
    return [
        f"{where}: {v['id']} ({v['impact']}): {v['help']} at "
        + "; ".join(" ".join(node["target"]) + " — " + node["failureSummary"].replace("\n", " ")
                    for node in v["nodes"][:3])
        for v in violations
    ]


def scheme(page) -> str:
    return page.evaluate("() => document.body.getAttribute('data-md-color-scheme')")


@pytest.fixture(scope="module")
def axe_report(browser, site_dir: Path, site_url: str, axe_source: str) -> dict:
    """axe on every page in both palettes, and on each calculator's error and result states."""
    violations: list[str] = []
    checked: list[str] = []
    calculators = calculator_paths(site_dir)
    for palette, expected in (("light", "default"), ("dark", "slate")):
        context = browser.new_context(color_scheme=palette)
        page = context.new_page()
        for path in page_paths(site_dir):
            page.goto(site_url + path, wait_until="load")
            page.wait_for_function(f"() => document.body.dataset.mdColorScheme === '{expected}'")
            violations += axe_violations(page, axe_source, f"{path or '/'} [{palette}]")
            checked.append(f"{path} [{palette}]")
            if palette == "light" and path in calculators:
                # The states in both palettes on one page load (starting Pyodide is the slow part):
                # Material's palette switch is the data-md-color-scheme attribute on <body>.
                for choice in calculator_choices(page):
                    for state_palette in ("default", "slate"):
                        page.evaluate(f"() => document.body.setAttribute('data-md-color-scheme', '{state_palette}')")
                        name = f"{path} {choice or ''} [{state_palette}]"
                        show_errors(page, choice)
                        violations += axe_violations(page, axe_source, f"{name} error state")
                        steps: list[str] = []

                        def each_step(page, name=name, steps=steps) -> None:  # a form in steps: each step
                            nonlocal violations
                            steps.append(f"{name} step {len(steps) + 1}")
                            violations += axe_violations(page, axe_source, steps[-1])

                        show_result(page, choice, each_step)
                        violations += axe_violations(page, axe_source, f"{name} result state")
                        checked += [f"{name} error state", *steps, f"{name} result state"]
        context.close()
    return {"violations": violations, "checked": checked}


def test_axe_finds_no_violation_on_any_page_in_either_palette_or_calculator_state(axe_report: dict,
                                                                                  site_dir: Path) -> None:
    print(f"axe: {len(axe_report['checked'])} page states checked "
          f"({len(page_paths(site_dir))} pages x 2 palettes + calculator states)")
    assert axe_report["violations"] == [], "\n".join(axe_report["violations"])
    assert len(axe_report["checked"]) >= 2 * len(page_paths(site_dir)) + 4 * len(calculator_paths(site_dir))


# --- Keyboard ---------------------------------------------------------------------------------------

# Where focus is and whether it can be seen: a computed ring (outline or box-shadow) on the element
# or, for a visually replaced radio/checkbox, on its label; and not under the sticky header.
FOCUS_JS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return {ok: false, what: 'nothing', problem: 'focus was lost'};
  const what = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
    (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') +
    ' "' + (el.innerText || el.value || '').trim().slice(0, 40) + '"';
  const ring = (style) => (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
    || (style.boxShadow && style.boxShadow !== 'none');
  const labels = [...(el.labels || [])];
  const visible = ring(getComputedStyle(el))
    || labels.some((l) => ring(getComputedStyle(l)) || ring(getComputedStyle(l, '::before')) || ring(getComputedStyle(l, '::after')));
  let box = el.getBoundingClientRect();
  if ((box.width < 2 || box.height < 2 || getComputedStyle(el).opacity === '0') && labels.length)
    box = labels[0].getBoundingClientRect();
  const header = document.querySelector('.md-header');
  const h = header.getBoundingClientRect();
  let covered = false;
  if (!header.contains(el) && box.top < h.bottom && box.bottom > h.top && box.left < h.right && box.right > h.left) {
    const x = (Math.max(box.left, 0) + Math.min(box.right, innerWidth)) / 2;
    const y = (Math.max(box.top, h.top) + Math.min(box.bottom, h.bottom)) / 2;
    const top = document.elementFromPoint(x, y);
    covered = !(top && (el.contains(top) || labels.some((l) => l.contains(top))));
  }
  const problem = !visible ? 'no visible focus ring' : covered ?
    `hidden behind the sticky header (element ${Math.round(box.top)}..${Math.round(box.bottom)}px, header ${Math.round(h.top)}..${Math.round(h.bottom)}px, under it: ${document.elementFromPoint((box.left + box.right) / 2, (h.top + h.bottom) / 2)?.className})` : '';
  return {ok: !problem, what, problem, id: el.id, type: el.type || '', tag: el.tagName.toLowerCase(),
          inForm: !!el.closest('form[data-calculator]'),
          submit: el.matches('form[data-calculator] button[type=submit], form[data-calculator] .calculator-continue'),
          summary: el.matches('.govuk-error-summary'), href: el.getAttribute('href') || ''};
}"""

MAX_TABS = 400


class Keyboard:
    """Presses keys like a reader and checks the focus after every press."""

    def __init__(self, page) -> None:
        self.page = page
        self.problems: list[str] = []
        self.presses = 0

    def press(self, key: str) -> dict:
        self.page.keyboard.press(key)
        self.presses += 1
        return self.focus()

    def focus(self) -> dict:
        focus = self.page.evaluate(FOCUS_JS)
        if not focus["ok"]:
            self.problems.append(f"{focus['what']}: {focus['problem']}")
        return focus

    def tab_until(self, condition) -> dict:
        for _ in range(MAX_TABS):
            focus = self.press("Tab")
            if condition(focus):
                return focus
        raise AssertionError(f"Tab never reached the wanted element ({MAX_TABS} presses)")

    def type_into_date(self, values: tuple[str, str, str]) -> None:
        for i, value in enumerate(values):
            if i:
                self.press("Tab")
            self.page.keyboard.type(value)


MAX_ROUNDS = 12  # errors to answer, and the steps of a form in steps (the plan: 4 and "Check your answers")
# After Enter on the form's button: the error summary has focus, the result is shown, or (a form in
# steps) the next step, or "Check your answers", has focus.
AFTER_ENTER_JS = """() => { const f = document.querySelector('form[data-calculator]');
  const r = document.getElementById(f.dataset.result), a = document.activeElement;
  if (a.matches('.govuk-error-summary')) return 'errors';
  if (f.querySelector('.govuk-error-summary').hidden && r.childElementCount > 0) return 'result';
  if (a !== window.__pressed && (a.closest('[data-group]') || a.closest('.calculator-check'))) return 'step';
  return null; }"""


def press_enter(page) -> str:
    page.evaluate("() => { window.__pressed = document.activeElement; }")
    page.keyboard.press("Enter")
    return page.wait_for_function(AFTER_ENTER_JS, timeout=RESULT_TIMEOUT_MS).json_value()


def complete_with_keyboard(page, choice_index: int) -> list[str]:
    keys = Keyboard(page)
    focus = keys.tab_until(lambda f: f["inForm"])
    if choice_index:  # another kind of claim: arrow keys move through the radio group
        assert focus["type"] == "radio", focus
        for _ in range(choice_index):
            focus = keys.press("ArrowDown")
    # Nothing filled in: Enter on the button shows the error summary, which takes focus.
    keys.tab_until(lambda f: f["submit"])
    outcome = press_enter(page)
    assert outcome == "errors", outcome
    for _ in range(MAX_ROUNDS):
        if outcome == "result":
            break
        focus = keys.focus()
        if outcome == "errors":
            assert focus["summary"], focus
            # Its first link takes focus to the field with the problem; answer it there.
            link = keys.tab_until(lambda f: f["href"].startswith("#"))
            focus = keys.press("Enter")
            assert focus["id"] == link["href"][1:], (link, focus)
            if focus["type"] == "text":
                keys.type_into_date(a_valid_date())
            elif focus["type"] in ("checkbox", "radio"):
                keys.press("Space")
            else:
                raise AssertionError(f"unexpected field type after the error link: {focus}")
        # Then on to the button (of this step, or "Make my plan" after "Check your answers"): another
        # required question still empty shows the summary again; else the next step or the result.
        keys.tab_until(lambda f: f["submit"])
        outcome = press_enter(page)
    assert outcome == "result", "the form still showed errors after every required question was answered"
    result_id = page.locator("form[data-calculator]").get_attribute("data-result")
    assert page.locator(f"#{result_id}").inner_text().strip()
    # Keep going through the result with the keyboard: the focus stays visible there too.
    for _ in range(12):
        focus = keys.press("Tab")
        if not page.evaluate(f"() => document.getElementById('{result_id}').contains(document.activeElement)"):
            break
    return keys.problems


def test_every_calculator_can_be_completed_with_the_keyboard_alone_with_focus_always_visible(
        browser, site_dir: Path, site_url: str) -> None:
    problems: list[str] = []
    completed = []
    context = browser.new_context()
    page = context.new_page()
    for path in calculator_paths(site_dir):
        page.goto(site_url + path, wait_until="load")
        for index, choice in enumerate(calculator_choices(page)):
            if index:
                page.goto(site_url + path, wait_until="load")  # start again from the top of the page
            problems += [f"{path} {choice or ''}: {p}" for p in complete_with_keyboard(page, index)]
            completed.append((path, choice))
    context.close()
    print(f"keyboard: {len(completed)} calculators completed with the keyboard alone")
    assert not problems, "\n".join(dict.fromkeys(problems))
    assert {path for path, _ in completed} == set(calculator_paths(site_dir))
