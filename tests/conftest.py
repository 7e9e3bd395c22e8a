"""Shared fixtures: the built site, a local static server for it, and a real headless Chromium.

The server, Chromium's flags and the page list are scripts/lib/harness.py's, shared with
scripts/bench (pytest has scripts/lib on its path). Imported in the fixtures, not here: this file
is copied into Pyodide too (tests/pyodide/run.mjs), where only its settings below are used.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# scripts/build writes to $SITE_DIR (default site/); the tests read the same place.
SITE = Path(os.environ.get("SITE_DIR", ROOT / "site")).resolve()


@pytest.fixture(scope="session")
def site_dir() -> Path:
    """The built site ($SITE_DIR or site/); scripts/test builds it before pytest starts."""
    if not (SITE / "index.html").is_file():
        pytest.fail("site/ is not built: run scripts/build (scripts/test does this for you)")
    return SITE


#: Fixtures that start a browser, a validator, Pyodide or another build: a test using one is not
#: a static check of the built files.
NOT_STATIC = {"browser", "site_url", "vnu_messages", "pyodide_run", "builds", "sub_path_site"}


def pytest_collection_modifyitems(items) -> None:
    """Mark `static` every test that only reads the built files (it asks for site_dir and nothing above).

    scripts/test runs these again on the site Zensical builds (`pytest -m static`)."""
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        if "site_dir" in names and not names & NOT_STATIC:
            item.add_marker("static")


@pytest.fixture(scope="session")
def site_url(site_dir: Path):
    """Base URL (ending in /) of the built site served on 127.0.0.1."""
    from harness import serve

    server, url = serve(site_dir)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    """A real headless Chromium (Debian's), driven by Playwright. Fails, never skips, without one."""
    from harness import CHROMIUM_ARGS, CHROMIUM_MISSING, chromium_path
    from playwright.sync_api import sync_playwright

    if not chromium_path():
        pytest.fail(CHROMIUM_MISSING)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


# Hypothesis: modest and deadline-free, since CI runs on 2 cores and the same tests run again,
# slower, inside Pyodide (tests/pyodide/run.mjs copies this file there). One conftest.py only:
# tests/ is not a package, so a second conftest.py would clash with this one's module name.
from hypothesis import settings  # noqa: E402 - kept beside the profiles it configures

settings.register_profile("calculators", max_examples=150, deadline=None)
# For a deliberate, longer search: HYPOTHESIS_PROFILE=calculators-thorough
settings.register_profile("calculators-thorough", max_examples=3000, deadline=None)
# scripts/mutate runs the tests once per mutant: fewer examples there (the oracles are exhaustive),
# and always the same ones, so a run's result depends only on the code and the tests (.ci/run).
settings.register_profile("calculators-mutate", max_examples=30, deadline=None, derandomize=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "calculators"))
