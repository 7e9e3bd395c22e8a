"""Shared fixtures: the built site, a local static server for it, and a real headless Chromium."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# scripts/build writes to $SITE_DIR (default site/); the tests read the same place.
SITE = Path(os.environ.get("SITE_DIR", ROOT / "site")).resolve()

# Chromium from Debian; the flags keep the browser's own background traffic off the network,
# and the resolver rule makes every host but 127.0.0.1 unreachable, so nothing can leak.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]


def chromium_path() -> str:
    """The Chromium binary: $CHROMIUM, else Debian's `chromium` on PATH. Fails, never skips."""
    path = shutil.which(os.environ.get("CHROMIUM", "chromium"))
    if not path:
        pytest.fail("Chromium is missing: run scripts/install --test (Debian: apt-get install chromium)")
    return path


@pytest.fixture(scope="session")
def site_dir() -> Path:
    """The built site ($SITE_DIR or site/); scripts/test builds it before pytest starts."""
    if not (SITE / "index.html").is_file():
        pytest.fail("site/ is not built: run scripts/build (scripts/test does this for you)")
    return SITE


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves site/ under `prefix` (like GitHub Pages serves /REPO/), quietly."""

    prefix = "/"

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.prefix):
            return str(SITE / "__outside_prefix__")
        return super().translate_path("/" + path[len(self.prefix):])

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - signature from the base class
        pass


def serve(directory: Path, prefix: str = "/") -> tuple[http.server.ThreadingHTTPServer, str]:
    """Start a static server for `directory` on 127.0.0.1; returns the server and its base URL."""
    handler = type("Handler", (_SiteHandler,), {"prefix": prefix})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(directory))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{prefix}"


@pytest.fixture(scope="session")
def site_url(site_dir: Path):
    """Base URL (ending in /) of the built site served on 127.0.0.1."""
    server, url = serve(site_dir)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    """A real headless Chromium (Debian's), driven by Playwright."""
    from playwright.sync_api import sync_playwright

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
