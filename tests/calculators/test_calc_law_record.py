"""The record of the law check (calculators/law_checked.json) covers every cited provision, and the
"rules last checked" date readers see comes from it. Runs in Pyodide too: the record ships in the wheel."""

import json
import os
import re

import pytest

import calculators
from calculators import provisions, scope, wording
from calculators.provisions import Provision

RECORD_FILE = os.path.join(os.path.dirname(calculators.__file__), "law_checked.json")
FIX = "run scripts/check-law --add-missing (offline) and commit calculators/law_checked.json"


def record() -> dict:
    with open(RECORD_FILE, encoding="utf-8") as file:
        return json.load(file)


def cited() -> dict[str, list[str]]:
    """Every Provision in provisions.py by name, grouped by its legislation.gov.uk address."""
    groups: dict[str, list[str]] = {}
    for name, value in vars(provisions).items():
        if isinstance(value, Provision):
            groups.setdefault(value.url, []).append(name)
    return groups


def test_every_provision_in_provisions_py_is_in_the_record_under_its_address():
    entries = {entry["url"]: entry for entry in record()["provisions"]}
    missing = [f"{name} ({url})" for url, names in cited().items() for name in names
               if name not in entries.get(url, {}).get("cited_as", [])]
    assert not missing, f"not in calculators/law_checked.json: {', '.join(missing)}; {FIX}"


def test_the_record_lists_no_address_that_nothing_cites():
    stale = [entry["url"] for entry in record()["provisions"] if entry["url"] not in cited()]
    assert not stale, f"no longer cited: {stale}; {FIX}"


def test_every_entry_has_the_recorded_fields_and_a_null_or_full_baseline():
    for entry in record()["provisions"]:
        assert set(entry) == {"url", "cited_as", "checked", "text_sha256", "status", "effects"}, entry["url"]
        assert entry["text_sha256"] is None or re.fullmatch(r"[0-9a-f]{64}", entry["text_sha256"])
        assert (entry["text_sha256"] is None) == (entry["status"] is None) == (entry["effects"] is None)


@pytest.mark.parametrize(("shown", "expected"), [
    pytest.param(lambda: scope.RULES_LAST_CHECKED, lambda month: month, id="the calculators' date is the record's"),
    pytest.param(lambda: wording.RULES_LAST_CHECKED_TEXT,
                 lambda month: f"These rules were last checked in {wording.month_text(month)}.",
                 id="the sentence under every result names the record's month"),
])
def test_the_rules_last_checked_date_comes_from_the_record(shown, expected):
    month = record()["rules_last_checked"]
    assert re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", month)
    assert shown() == expected(month)
