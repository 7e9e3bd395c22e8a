"""Every built page is valid HTML: the Nu Html Checker (npm vnu-jar, pinned), run once over the site.

One JVM run checks the whole directory (starting Java is the slow part). Zero errors and zero
warnings, apart from the exceptions below, each with its reason. Java is needed: the test fails,
never skips, when it is missing (scripts/install --test installs it on Debian).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from site_pages import page_paths

ROOT = Path(__file__).resolve().parent.parent
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# (message pattern, why it is not a defect of this site). Every other message fails the test.
EXCEPTIONS = [
    (
        r"^Attribute “autocomplete” is only allowed when the input type is .*",
        # Material for MkDocs' base template: its hidden drawer and search toggles are
        # <input type="checkbox" autocomplete="off">, so that Firefox does not restore an open
        # menu after a reload. Browsers ignore the attribute on checkboxes otherwise; no reader
        # meets these inputs (they are display:none and operated through their labels).
        "error",
    ),
    (
        r"^Bad value “” for attribute “tabindex” on element “label”: The empty string is not a valid integer\.$",
        # Material 9.8.2 partials/nav-item.html renders tabindex="" on the label of a navigation
        # section (navigation.sections). Browsers treat an empty tabindex as absent, which is what
        # Material means: a section heading is not a focusable control.
        "error",
    ),
    (
        r"^(Inline script|Resource) violates Content Security Policy \(meta tag\): .*",
        # vnu checks our CSP against the files it reads from disk (a file: origin, which 'self'
        # does not match) and reports every same-site script and stylesheet as blocked. These are
        # informational warnings about a setting vnu cannot evaluate; tests/test_privacy.py checks
        # the policy in a real browser, served over http, and requires zero violations.
        "info",
    ),
    (
        r"^The “group” role is unnecessary for element “fieldset”\.$",
        # The GOV.UK Design System date input puts role="group" on its <fieldset> on purpose
        # (govuk-frontend date-input template), so that screen readers announce the three fields
        # as one group with its legend; a warning, not an error.
        "info",
    ),
]


@pytest.fixture(scope="module")
def vnu_messages(site_dir: Path) -> list[dict]:
    java = shutil.which("java")
    if not java:
        pytest.fail("Java is missing: run scripts/install --test (Debian: apt-get install default-jre-headless)")
    if not VNU.is_file():
        pytest.fail("node_modules/vnu-jar is missing: run scripts/install --test (npm ci)")
    checked = subprocess.run(
        [java, "-jar", str(VNU), "--format", "json", "--skip-non-html", str(site_dir)],
        capture_output=True, text=True, timeout=600,
    )
    # vnu writes its JSON report to stderr and exits 1 when it reports errors.
    assert checked.returncode in (0, 1), checked.stderr[-3000:]
    return json.loads(checked.stderr)["messages"]


def excused(message: dict) -> bool:
    return any(re.match(pattern, message.get("message", "")) and message["type"] == kind
               for pattern, kind in EXCEPTIONS)


def test_every_built_page_is_valid_html(vnu_messages: list[dict], site_dir: Path) -> None:
    problems = [f"{m.get('url', '').replace('file:' + str(site_dir), '')}:{m.get('lastLine', '?')}: "
                f"{m['type']}{'/' + m['subType'] if 'subType' in m else ''}: {m['message']}"
                for m in vnu_messages if not excused(m)]
    errors = [m for m in vnu_messages if m["type"] in ("error", "non-document-error") and not excused(m)]
    print(f"vnu: {len(page_paths(site_dir))} pages checked, {len(errors)} errors, "
          f"{len(vnu_messages) - len(problems)} excused messages")
    assert problems == [], "\n".join(problems)
