"""The built pages and the package agree: every form's fields are the questions declared once in calculators/questions.py.

The forms' HTML is generated from the declarations at build time (scripts/build step 0); these
tests read the built site, so a page that stopped including its snippet, or a hand-edited copy
of a form that drifted from the declarations, fails here.
"""

from __future__ import annotations

import re

import pytest

from calculators.questions import FORMS, form_html
from conftest import SITE
from site_pages import page_paths, page_file

FORM_TAG = re.compile(r'<form [^>]*data-calculator="([a-z_]+)"[^>]*>(.*?)</form>', re.DOTALL)
FIELD = re.compile(r'data-field="([a-z0-9_]+)" data-type="([a-z]+)"')


def built_forms() -> dict[str, list[str]]:
    """Each calculator's form body, by its data-calculator, with the page it is on."""
    found: dict[str, list[str]] = {}
    for path in page_paths(SITE):
        for calculator, body in FORM_TAG.findall(page_file(SITE, path).read_text(encoding="utf-8")):
            found.setdefault(calculator, []).append(body)
    return found


@pytest.mark.parametrize("key", [pytest.param(key, id=f"the {key} form on its page is the declared one")
                                 for key in FORMS])
def test_each_declared_form_is_on_exactly_one_built_page_as_generated(key: str) -> None:
    form = FORMS[key]
    bodies = built_forms().get(form.calculator, [])
    assert len(bodies) == 1, f"{form.calculator}: {len(bodies)} forms in the built site"
    assert form_html(form) in bodies[0]


def test_every_field_in_the_built_site_is_a_declared_question_of_its_form() -> None:
    for calculator, bodies in built_forms().items():
        form = next(form for form in FORMS.values() if form.calculator == calculator)
        declared = [(q.name, q.kind) for q in form.questions]
        for body in bodies:
            assert FIELD.findall(body) == declared, calculator
