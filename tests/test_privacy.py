"""Nothing leaks, and the Content-Security-Policy holds.

Every built page is loaded and each calculator is used (error state and result state, every kind
of claim) in one browser context that records every request it makes, the calculator worker's
(Pyodide's) included: every request must go to the site's own origin. The same run listens for
Content-Security-Policy violations (the `securitypolicyviolation` event and the console): none.
Chromium runs with the resolver rule and background-networking flags of tests/conftest.py, so the
browser's own traffic does not pollute the check (and nothing could reach another host anyway).
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from site_pages import calculator_choices, calculator_paths, page_file, page_paths, show_errors, show_result

RECORD_CSP_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(
  `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
"""


@pytest.fixture(scope="module")
def recorded(browser, site_dir: Path, site_url: str) -> dict:
    """Use the whole site once, recording requests, CSP violations and console messages."""
    context = browser.new_context()
    context.add_init_script(RECORD_CSP_VIOLATIONS)
    requests: list[str] = []
    console: list[str] = []
    violations: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    context.on("console", lambda message: console.append(f"{message.type}: {message.text}"))
    page = context.new_page()
    page.on("worker", lambda worker: worker.on("console", lambda m: console.append(f"worker {m.type}: {m.text}")))
    used = []
    for path in page_paths(site_dir):
        page.goto(site_url + path, wait_until="load")
        if path in calculator_paths(site_dir):
            for choice in calculator_choices(page):
                show_errors(page, choice)
                assert show_result(page, choice).strip()
                used.append((path, choice))
        page.wait_for_timeout(100)  # let late (async) violation reports arrive
        violations += [f"{path}: {v}" for v in page.evaluate("window.__cspViolations")]
    context.close()
    return {"requests": requests, "console": console, "violations": violations, "used": used}


def test_every_request_goes_to_the_sites_own_origin(recorded: dict, site_url: str, site_dir: Path) -> None:
    origin = urlsplit(site_url)[:2]
    requests = recorded["requests"]
    elsewhere = [url for url in requests if urlsplit(url)[:2] != origin and not url.startswith(("blob:", "data:"))]
    print(f"privacy: {len(requests)} requests recorded, {len(elsewhere)} left the origin")
    assert not elsewhere
    # The recording really includes the worker's requests: Pyodide and the wheel the site ships.
    paths = {urlsplit(url).path for url in requests}
    assert any(re.search(r"/pyodide/[0-9a-f]+/pyodide\.asm\.wasm$", p) for p in paths), sorted(paths)
    assert any(re.search(r"/pyodide/[0-9a-f]+/send_calculators-[^/]+\.whl$", p) for p in paths), sorted(paths)
    # Every page was visited and every calculator used.
    assert {p for p in paths if p.endswith("/") or p.endswith(".html")} >= {
        urlsplit(site_url + p).path for p in page_paths(site_dir)}
    assert {path for path, _ in recorded["used"]} == set(calculator_paths(site_dir))


def test_no_content_security_policy_violation_while_every_page_and_calculator_is_used(recorded: dict) -> None:
    csp_console = [m for m in recorded["console"] if "Content Security Policy" in m or "Content-Security-Policy" in m]
    print(f"csp: {len(recorded['violations'])} violation events, {len(csp_console)} console reports")
    assert recorded["violations"] == []
    assert csp_console == []


def test_every_page_starts_with_the_content_security_policy(site_dir: Path) -> None:
    """The policy is the first element in <head> after <meta charset>, and allows only the site."""
    for path in page_paths(site_dir):
        html = page_file(site_dir, path).read_text(encoding="utf-8")
        head = re.search(r"<head>\s*<meta charset=\"utf-8\">\s*<meta http-equiv=\"Content-Security-Policy\" "
                         r"content=\"([^\"]+)\">", html)
        assert head, f"{path}: the CSP is not the first element after <meta charset>"
        directives = dict(d.strip().split(" ", 1) for d in head.group(1).split(";"))
        for name in ("default-src", "style-src", "font-src", "connect-src", "worker-src"):
            assert directives[name].split()[0] == "'self'", (path, name)
            assert "unsafe-inline" not in directives[name] and "*" not in directives[name], (path, name)
        assert re.fullmatch(r"'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')*", directives["script-src"])
        assert directives["img-src"] == "'self' data:"
        assert directives["object-src"] == "'none'"
        assert directives["base-uri"] == "'self'"
        assert directives["form-action"] == "'self'"
