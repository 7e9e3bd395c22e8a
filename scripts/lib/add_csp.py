"""Add a Content-Security-Policy <meta> to every built page (the last step of scripts/build).

Usage: .venv/bin/python scripts/lib/add_csp.py SITE_DIR

Everything the pages load comes from the site itself ('self'); nothing from another origin.
Material for MkDocs puts a few small inline <script>s in each page whose text varies per page
(it contains the relative base URL), so each page gets the sha256 hashes of its own inline
scripts instead of 'unsafe-inline'. The <meta> goes first in <head>, straight after
<meta charset>, so the policy covers every element after it.

Not settable from a <meta> (the browser ignores them there): frame-ancestors, report-uri/report-to
and sandbox. GitHub Pages cannot send response headers, so clickjacking protection
(frame-ancestors 'none') is not available on this host; the pages hold no secrets and no
state-changing actions, so framing them does no harm beyond confusion.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

# Script types the browser executes (anything else, e.g. Material's application/json config
# block, is data and not subject to script-src).
EXECUTABLE_SCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}


def csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


class InlineCode(HTMLParser):
    """Collects the text of inline executable <script>s and <style>s, and style="" attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.style_attributes: list[str] = []
        self.event_handlers: list[str] = []
        self._inside: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        for name, value in attrs:
            if name == "style" and value is not None:
                self.style_attributes.append(value)
            if name.startswith("on"):
                self.event_handlers.append(f"<{tag} {name}>")
        if tag == "script" and "src" not in attributes \
                and (attributes.get("type") or "").strip().lower() in EXECUTABLE_SCRIPT_TYPES:
            self._inside, self._text = "script", []
        elif tag == "style":
            self._inside, self._text = "style", []

    def handle_data(self, data: str) -> None:
        if self._inside:
            self._text.append(data)

    def handle_entityref(self, name: str) -> None:  # raw text inside <script>/<style> has no entities
        if self._inside:
            self._text.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        if self._inside:
            self._text.append(f"&#{name};")

    def handle_endtag(self, tag: str) -> None:
        if self._inside == tag:
            (self.scripts if tag == "script" else self.styles).append("".join(self._text))
            self._inside = None


def policy_for(page: str) -> str:
    code = InlineCode()
    code.feed(page)
    code.close()
    if code.event_handlers:
        raise SystemExit(f"inline event handlers are not allowed under the CSP: {code.event_handlers}")
    script_hashes = sorted({csp_hash(text) for text in code.scripts})
    style_hashes = sorted({csp_hash(text) for text in code.styles})
    # style="" attributes in the markup: allowed one by one by their hash ('unsafe-hashes', CSP
    # level 3), never with 'unsafe-inline'. Material's own markup has none today.
    attribute_hashes = sorted({csp_hash(value) for value in code.style_attributes})
    style_sources = ["'self'", *style_hashes]
    if attribute_hashes:
        style_sources += ["'unsafe-hashes'", *attribute_hashes]
    directives = [
        "default-src 'self'",
        # 'wasm-unsafe-eval': lets WebAssembly compile (Pyodide); it does not allow eval().
        "script-src " + " ".join(["'self'", "'wasm-unsafe-eval'", *script_hashes]),
        "style-src " + " ".join(style_sources),
        # data: images: Material's stylesheet draws its icons as data: SVG URLs (CSS masks). A data:
        # URL is part of the stylesheet itself; no request is made for it.
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        # The calculators' module worker, Material's search worker and the service worker (sw.js,
        # which loads Workbox's runtime from the site too; its own requests are not under this policy).
        "worker-src 'self'",
        "manifest-src 'self'",
        "media-src 'self'",
        "frame-src 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ]
    return "; ".join(directives)


CHARSET = re.compile(r"<meta\s+charset=[\"']?utf-8[\"']?\s*/?>", re.IGNORECASE)
EXISTING = re.compile(r"\s*<meta\s+http-equiv=\"Content-Security-Policy\"[^>]*>", re.IGNORECASE)


def add_csp(path: Path) -> None:
    page = EXISTING.sub("", path.read_text(encoding="utf-8"))  # idempotent: replace, never stack
    match = CHARSET.search(page)
    if not match:
        raise SystemExit(f"{path}: no <meta charset=\"utf-8\"> to put the Content-Security-Policy after")
    meta = f'\n<meta http-equiv="Content-Security-Policy" content="{html.escape(policy_for(page), quote=False)}">'
    path.write_text(page[: match.end()] + meta + page[match.end():], encoding="utf-8")


def main(site: str) -> None:
    pages = sorted(Path(site).rglob("*.html"))
    # Pyodide's own console pages are not copied into the site; if any HTML is under pyodide/, it
    # gets the same policy as every other page.
    if not pages:
        raise SystemExit(f"no HTML pages under {site}")
    for page in pages:
        add_csp(page)


if __name__ == "__main__":
    main(*sys.argv[1:])
