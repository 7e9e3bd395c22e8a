"""What the tests and scripts/bench share: the static server, Chromium's binary and flags, and the built pages.

One copy of each: tests/conftest.py and tests/site_pages.py import them from here, and so does
scripts/lib/bench.py (pytest has scripts/lib on its path: pyproject.toml).
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

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
CHROMIUM_MISSING = "Chromium is missing: run scripts/install --test (Debian: apt-get install chromium), or set CHROMIUM"


def chromium_path() -> str | None:
    """The Chromium binary: $CHROMIUM, else Debian's `chromium` on PATH; None when there is none."""
    return shutil.which(os.environ.get("CHROMIUM", "chromium"))


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a folder under `prefix` (like GitHub Pages serves /REPO/), quietly: nothing outside it."""

    prefix = "/"

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_prefix__")
        return super().translate_path("/" + path[len(self.prefix):])

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - signature from the base class
        pass


class Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        # A browser that drops a connection (a prefetch cut short, a page closed) is not an error.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def serve(directory: Path, prefix: str = "/", handler: type[SiteHandler] = SiteHandler,
          **attributes) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Start a static server for `directory` on 127.0.0.1; returns the server and its base URL.

    ``attributes`` are set on a fresh subclass of ``handler`` (a server's own counters, say)."""
    handler = type(handler.__name__, (handler,), {"prefix": prefix, **attributes})
    server = Server(("127.0.0.1", 0), functools.partial(handler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{prefix}"


def page_paths(site: Path) -> list[str]:
    """Every built HTML page, as a path relative to the site root ("" is the home page, "x/" a folder's)."""
    paths = []
    for html in sorted(site.rglob("*.html")):
        relative = html.relative_to(site).as_posix()
        if relative.startswith("pyodide/"):
            continue
        paths.append(relative.removesuffix("index.html"))
    return paths


def page_file(site: Path, path: str) -> Path:
    return site / path / "index.html" if path == "" or path.endswith("/") else site / path


def is_redirect(site: Path, path: str) -> bool:
    """A page left behind at an old address: it only sends the reader on to the new one."""
    return 'http-equiv="refresh"' in page_file(site, path).read_text(encoding="utf-8")


def is_calculator_page(site: Path, path: str) -> bool:
    """A page with a calculator form (the calculators and the plan), found in the built HTML."""
    return "data-calculator=" in page_file(site, path).read_text(encoding="utf-8")
