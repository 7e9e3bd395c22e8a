"""Render every calculator form, its whole frame included, from the questions declared in calculators/questions.py.

The fields are drawn by GOV.UK Frontend's own Jinja macros (govuk-frontend-jinja, pinned in
requirements.txt: a build dependency, never sent to the browser): ``govukDateInput``,
``govukRadios``, ``govukCheckboxes``, ``govukErrorSummary`` and ``govukButton``. The frame around
them (status line, what to do if the calculator cannot start, error summary, buttons, the result
and the onward link) is ``scripts/lib/templates/form.html``, the same for every form; the words
that differ are the form's :class:`~calculators.questions.Page`.

    .venv/bin/python scripts/lib/render_forms.py [INCLUDES]

writes ``INCLUDES/generated/<key>-form.html`` (default ``includes/``) for every entry of
``FORMS``; ``scripts/build`` runs it before MkDocs, and each calculator page includes its one
snippet with ``--8<-- "generated/<key>-form.html"``.

The output is the macros' own, with their indentation and the line breaks around text taken out
(whitespace only: a legend, a label or a button reads "Who is appealing?", not the
macro's indented text, which the page's script copies into "Check your answers").
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, PrefixLoader
from markupsafe import Markup

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from calculators.questions import (  # noqa: E402  (the repository root is on the path first)
    CHECKBOXES, CONTINUE, DATE, DATE_PARTS, FORMS, Form, Group, Question, Reveal, step_checks)

SNIPPET_FOLDER = "generated"

_ENVIRONMENT = Environment(
    loader=ChoiceLoader([
        FileSystemLoader(Path(__file__).parent / "templates"),
        PrefixLoader({"govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja", "templates")}),
    ]),
    autoescape=True)


def snippet_name(form_key: str) -> str:
    """The snippet's path as the pages include it (relative to ``includes/``).

    >>> snippet_name("certificate")
    'generated/certificate-form.html'
    """
    return f"{SNIPPET_FOLDER}/{form_key}-form.html"


def _hint(question: Question) -> dict:
    if not question.hint_link:
        return {"text": question.hint}
    words, address = question.hint_link
    return {"html": Markup('{} <a href="{}">{}</a>').format(question.hint, address, words)}


def _legend(question: Question) -> dict:
    return {"legend": {"text": question.legend, "classes": "govuk-fieldset__legend--m"}}


def question_params(question: Question, checks: dict[str, str] | None = None) -> dict:
    """The macro's parameters for one question: ``data-field`` and ``data-type`` (what the page's script reads) on its form group.

    The inputs' ids are the field name with "-" for "_" (a date adds "-day", "-month", "-year";
    the second option of a choice adds "-2", and so on). ``checks`` become ``data-enter``,
    ``data-select`` and ``data-future``: the messages a form in steps shows at once
    (:func:`calculators.questions.step_checks`).
    """
    attributes = {"data-field": question.name, "data-type": question.kind}
    attributes.update({f"data-{key}": message for key, message in (checks or {}).items()})
    params: dict = {"id" if question.kind == DATE else "idPrefix": question.id,
                    "fieldset": _legend(question), "formGroup": {"attributes": attributes}}
    if question.hint:
        params["hint"] = _hint(question)
    if question.kind == DATE:
        params["namePrefix"] = question.id
        params["items"] = [{"name": part, "label": label, "classes": f"govuk-input--width-{width}",
                            "autocomplete": "off", "attributes": {"spellcheck": "false"}}
                           for part, label, width in DATE_PARTS]
        return params
    params["name"] = question.id
    params["items"] = [{"value": option.value, "text": option.label,
                        **({"hint": {"text": option.hint}} if option.hint else {}),
                        **({"checked": True} if question.default and option.value == question.default else {})}
                       for option in question.options]
    return params


def _field(question: Question, checks: dict[str, str] | None = None) -> dict:
    kind = DATE if question.kind == DATE else CHECKBOXES if question.kind == CHECKBOXES else "radios"
    return {"kind": kind, "params": question_params(question, checks)}


def _fields(form: Form) -> list[dict]:
    fields = []
    for item in form.items:
        if isinstance(item, Group):
            fields.append({"group": item, "fields": [_field(q, step_checks(q)) for q in item.questions]})
        elif isinstance(item, Reveal):
            fields.append({"reveal": item, "fields": [_field(q) for q in item.questions]})
        else:
            fields.append(_field(item))
    return fields


_TAG = re.compile(r"(<[^>]*>)")


def compact(html: str) -> str:
    """The macros' output without their indentation and blank lines: whitespace only, never a word.

    >>> compact('<legend class="m">\\n    Who is appealing?\\n  </legend>\\n\\n  <div\\n    data-field="a">')
    '<legend class="m">Who is appealing?</legend>\\n<div data-field="a">\\n'

    Inside a tag, runs of whitespace become one space. Between tags, whitespace with a line break
    becomes one line break; at either end of a text, it goes (the macros indent every text).
    """
    out = []
    for number, token in enumerate(_TAG.split(html)):
        if number % 2:  # a tag
            out.append(re.sub(r"\s+", " ", token).replace(" >", ">"))
        elif token.strip():
            token = re.sub(r"^\s*\n\s*|\s*\n\s*$", "", token)
            out.append(re.sub(r"\s*\n\s*", " ", token))
        else:
            out.append("\n" if "\n" in token else token)
    return "".join(out).strip("\n") + "\n"


def render(key: str, form: Form) -> str:
    """One form, as its page includes it."""
    if form.page is None:
        raise ValueError(f"FORMS[{key!r}] needs a Page(...): the button's words and what to do if it cannot start")
    html = _ENVIRONMENT.get_template("form.html").render(
        key=key, form=form, fields=_fields(form), continue_words=CONTINUE)
    return compact(html)


def write_snippets(includes: Path) -> list[Path]:
    """Write every form's snippet under ``includes`` and return the paths written."""
    written = []
    for key, form in FORMS.items():
        path = includes / snippet_name(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(key, form), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in write_snippets(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "includes"):
        print(written_path)
