"""The forms are GOV.UK's macros' output from the declarations in calculators/questions.py, and nothing else.

scripts/build renders every form, its whole frame included (scripts/lib/render_forms.py, with
govuk-frontend-jinja's macros), into includes/generated/; each calculator page includes its one
snippet. These tests check three things: the built pages carry exactly what the macros render
(byte for byte, apart from the script's build id that scripts/lib/bundle_pyodide.py adds); what is
rendered says every declared question, option, hint and id, in order, and nothing else; and no
form markup is written by hand in docs/ or includes/.
"""

from __future__ import annotations

import html.parser
import re

import pytest

from calculators.questions import CHECKBOXES, CONTINUE, DATE, DATE_PARTS, FORMS, Group, Question, Reveal
from conftest import ROOT
from site_pages import RAW_HTML_ADDRESSES, page_file, page_paths, zensical_differs
import render_forms  # scripts/lib, on pytest's path (pyproject.toml)

FORM_TAG = re.compile(r'<form [^>]*data-calculator="([a-z_]+)"[^>]*>.*?</form>', re.DOTALL)
BUILD_ID = re.compile(r'(calculators\.js)\?v=[0-9a-f]+"')


class _Tree(html.parser.HTMLParser):
    """The elements of a snippet, flat and in order: (tag, attributes, its own text, the ids of its fieldset-group ancestors)."""

    VOID = {"input", "br", "img", "meta", "link"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[dict] = []
        self.open: list[dict] = []

    def handle_starttag(self, tag, attrs) -> None:
        element = {"tag": tag, "attrs": dict(attrs), "text": "",
                   "field": next((e["attrs"]["data-field"] for e in reversed(self.open)
                                  if "data-field" in e["attrs"]), None)}
        self.elements.append(element)
        if tag not in self.VOID:
            self.open.append(element)

    def handle_endtag(self, tag) -> None:
        while self.open and self.open.pop()["tag"] != tag:
            pass

    def handle_data(self, data) -> None:
        for element in self.open:
            element["text"] += data


def elements(snippet: str) -> list[dict]:
    tree = _Tree()
    tree.feed(snippet)
    return tree.elements


def _words(text: str) -> str:
    return " ".join(text.split())


def _choice_ids(question: Question) -> list[str]:
    return [question.id if number == 1 else f"{question.id}-{number}"
            for number in range(1, len(question.options) + 1)]


@zensical_differs(RAW_HTML_ADDRESSES)
@pytest.mark.parametrize("key", [pytest.param(key, id=f"the {key} page carries the {key} form as the macros render it")
                                 for key in FORMS])
def test_each_built_page_carries_its_form_exactly_as_rendered(site_dir, key: str) -> None:
    form = FORMS[key]
    pages = {}
    for path in page_paths(site_dir):
        page = BUILD_ID.sub(r'\1"', page_file(site_dir, path).read_text(encoding="utf-8"))
        if any(m[1] == form.calculator for m in FORM_TAG.finditer(page)):
            pages[path] = page
    assert len(pages) == 1, f"{form.calculator}: on {sorted(pages)}"
    assert render_forms.render(key, form) in next(iter(pages.values()))


@pytest.mark.parametrize("key", list(FORMS))
def test_the_rendered_form_asks_every_declared_question_with_its_options_hints_and_ids(key: str) -> None:
    form = FORMS[key]
    tree = elements(render_forms.render(key, form))
    groups = [e for e in tree if "data-field" in e["attrs"]]
    assert [(g["attrs"]["data-field"], g["attrs"]["data-type"]) for g in groups] == \
        [(q.name, q.kind) for q in form.questions]
    for question, group in zip(form.questions, groups):
        own = [e for e in tree if e["field"] == question.name]
        legend = next(e for e in own if e["tag"] == "legend")
        assert _words(legend["text"]) == question.legend
        hints = {e["attrs"]["id"]: _words(e["text"]) for e in own if "govuk-hint" in e["attrs"].get("class", "")}
        fieldset = next(e for e in own if e["tag"] == "fieldset")
        if question.hint:
            words = question.hint + (" " + question.hint_link[0] if question.hint_link else "")
            assert hints.pop(f"{question.id}-hint") == words
            assert f"{question.id}-hint" in fieldset["attrs"]["aria-describedby"].split()
            if question.hint_link:
                assert [e["attrs"]["href"] for e in own if e["tag"] == "a"] == [question.hint_link[1]]
        inputs = [e["attrs"] for e in own if e["tag"] == "input"]
        labels = {e["attrs"]["for"]: _words(e["text"]) for e in own if e["tag"] == "label"}
        if question.kind == DATE:
            assert fieldset["attrs"].get("role") == "group"
            assert [(i["id"], i["name"], i["type"], i["inputmode"]) for i in inputs] == \
                [(f"{question.id}-{part}",) * 2 + ("text", "numeric") for part, _, _ in DATE_PARTS]
            assert [labels[i["id"]] for i in inputs] == [label for _, label, _ in DATE_PARTS]
            assert not hints
            continue
        kind = "checkbox" if question.kind == CHECKBOXES else "radio"
        assert [(i["id"], i["name"], i["type"], i["value"]) for i in inputs] == \
            [(item_id, question.id, kind, option.value) for item_id, option in zip(_choice_ids(question), question.options)]
        assert [labels[i["id"]] for i in inputs] == [option.label for option in question.options]
        assert [i["id"] for i in inputs if "checked" in i] == \
            [item_id for item_id, option in zip(_choice_ids(question), question.options)
             if question.default and option.value == question.default]
        for item_id, option, attributes in zip(_choice_ids(question), question.options, inputs):
            if option.hint:
                assert hints.pop(f"{item_id}-item-hint") == option.hint
                assert attributes["aria-describedby"] == f"{item_id}-item-hint"
        assert not hints, f"{question.name}: hints not declared: {hints}"


@pytest.mark.parametrize("key", list(FORMS))
def test_the_rendered_frame_is_the_declared_page(key: str) -> None:
    """The form's steps, conditional parts, buttons and result, from its Form and Page."""
    form = FORMS[key]
    tree = elements(render_forms.render(key, form))
    assert tree[0]["tag"] == "form" and tree[0]["attrs"]["id"] == f"{key}-form"
    assert tree[0]["attrs"]["data-calculator"] == form.calculator
    assert tree[0]["attrs"]["data-result"] == f"{key}-result"
    buttons = [e for e in tree if e["tag"] == "button"]
    assert [(_words(b["text"]), b["attrs"].get("type")) for b in buttons if b["attrs"].get("type") != "button"] == \
        [(form.page.submit, "submit")]
    groups = [item for item in form.items if isinstance(item, Group)]
    drawn = [e for e in tree if "data-group" in e["attrs"]]
    assert [(e["attrs"]["id"], e["attrs"]["data-group"], "hidden" in e["attrs"]) for e in drawn] == \
        [(f"{form.calculator}-{g.key}", str(n), n > 1) for n, g in enumerate(groups, start=1)]
    assert [_words(b["text"]) for b in buttons if "calculator-continue" in b["attrs"]["class"]] == [CONTINUE] * len(groups)
    reveals = [item for item in form.items if isinstance(item, Reveal)]
    assert [(e["attrs"]["data-when"], "hidden" in e["attrs"]) for e in tree if "data-when" in e["attrs"]] == \
        [(r.when, r.hidden) for r in reveals]
    result = next(e for e in tree if e["attrs"].get("id") == f"{key}-result")
    assert (result["attrs"].get("role") == "status") == form.page.result_is_status
    onward = [e for e in tree if "calculator-onward" in e["attrs"].get("class", "")]
    assert len(onward) == (form.page.onward is not None)
    if form.page.onward:
        assert form.page.onward.words in onward[0]["text"] and form.page.onward.note in onward[0]["text"]
    failed = next(e for e in tree if "calculator-failed" in e["attrs"].get("class", ""))
    assert _words(re.sub("<[^>]+>", "", form.page.fallback)) in _words(failed["text"])


def test_the_error_summary_is_the_macros_and_starts_hidden_and_focusable() -> None:
    for key, form in FORMS.items():
        summary = next(e for e in elements(render_forms.render(key, form))
                       if e["attrs"].get("class") == "govuk-error-summary")
        assert "hidden" in summary["attrs"] and summary["attrs"]["tabindex"] == "-1", key
        assert _words(summary["text"]) == "There is a problem"


def test_ids_are_unique_within_each_form() -> None:
    for key, form in FORMS.items():
        ids = re.findall(r' id="([^"]+)"', render_forms.render(key, form))
        assert len(ids) == len(set(ids)), key


def test_a_form_without_its_page_is_refused() -> None:
    from calculators.questions import Form
    with pytest.raises(ValueError, match="needs a Page"):
        render_forms.render("new", Form("new", ()))


#: Form markup: a page includes its generated form; none of these is typed in docs/ or includes/.
HAND_WRITTEN = re.compile(r"<(form|input|fieldset|legend|label|button|select|textarea)\b|govuk-|"
                          r"calculator-(status|failed|result|onward|group)|data-(field|calculator|failed)")


def test_no_form_markup_is_written_by_hand_in_the_pages() -> None:
    written = [path for folder in ("docs", "includes", "overrides")
               for path in (ROOT / folder).rglob("*") if path.suffix in {".md", ".html"}
               and "generated" not in path.parts]
    assert len(written) > 20
    found = {path.relative_to(ROOT).as_posix(): sorted({m[0] for m in HAND_WRITTEN.finditer(path.read_text(encoding="utf-8"))})
             for path in written}
    assert {path: hits for path, hits in found.items() if hits} == {}


def test_each_form_page_includes_exactly_its_one_snippet() -> None:
    included = {}
    for page in (ROOT / "docs").glob("*.md"):
        for name in re.findall(r'^--8<-- "(generated/[^"]+)"$', page.read_text(encoding="utf-8"), re.MULTILINE):
            included.setdefault(name, []).append(page.name)
    assert included == {render_forms.snippet_name(key): [included[render_forms.snippet_name(key)][0]]
                        for key in FORMS} and all(len(pages) == 1 for pages in included.values())


def test_the_renderers_own_examples() -> None:
    """scripts/ is outside pytest's doctest paths: render_forms.py's examples run here."""
    import doctest
    assert doctest.testmod(render_forms).failed == 0
