"""Every address in the built pages leads somewhere, and every old address redirects: read from the files, no browser.

A static check of the built site (tests/conftest.py marks it `static`), so scripts/test runs it on
the MkDocs build and again on Zensical's. MkDocs' strict build checks the links it writes from
Markdown; this checks the rest too (raw HTML, the forms, the theme), as GitHub Pages serves the
site: under a sub-path, /REPO/, where an address that climbs above the site's folder is broken.
"""

from __future__ import annotations

import html.parser
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from conftest import ROOT
from site_pages import RAW_HTML_ADDRESSES, is_redirect, page_file, page_paths, zensical_differs

BASE = "http://pages.example/REPO/"
LOADS = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("source", "src")}


class _Addresses(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.addresses: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs) -> None:
        attrs = dict(attrs)
        self.ids.update(value for name, value in attrs.items() if name in {"id", "name"} and value)
        self.addresses += [attrs[name] for element, name in LOADS if element == tag and attrs.get(name)]
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh":
            self.addresses.append(re.sub(r"^\d+;\s*url=", "", attrs.get("content", ""), flags=re.IGNORECASE))


def _parsed(site: Path, path: str) -> _Addresses:
    parser = _Addresses()
    parser.feed(page_file(site, path).read_text(encoding="utf-8"))
    return parser


def _target(site: Path, url: str) -> Path | None:
    """The file of the site that answers an address under BASE (None: nothing, or outside the site's folder)."""
    path, prefix = urlsplit(url).path, urlsplit(BASE).path
    if not path.startswith(prefix):
        return None
    file = site / path[len(prefix):]
    for candidate in (file / "index.html", file):
        if candidate.is_file():
            return candidate
    return None


def _pages(site: Path) -> list[str]:
    # The 404 page is served at any depth: without SITE_URL it assumes the root (mkdocs.yml).
    return [path for path in page_paths(site) if path != "404.html"]


@zensical_differs(RAW_HTML_ADDRESSES)
def test_every_address_in_every_page_leads_to_a_file_of_the_site_under_a_sub_path(site_dir: Path) -> None:
    broken = []
    ids: dict[Path, set[str]] = {}
    for path in _pages(site_dir):
        for address in _parsed(site_dir, path).addresses:
            if urlsplit(address).scheme or address.startswith(("//", "mailto:", "tel:", "data:")):
                continue  # another origin (the citations, the contacts): never loaded by the page itself
            url = urljoin(BASE + path, address)
            file = _target(site_dir, url)
            fragment = urlsplit(url).fragment
            if file is None:
                broken.append(f"{path or '/'}: {address} (leads to {urlsplit(url).path})")
            elif fragment and file.suffix == ".html":
                if file not in ids:
                    parser = _Addresses()
                    parser.feed(file.read_text(encoding="utf-8"))
                    ids[file] = parser.ids
                if fragment not in ids[file]:
                    broken.append(f"{path or '/'}: {address} (no id {fragment!r} there)")
    assert broken == []


def _redirects() -> dict[str, str]:
    """mkdocs.yml's redirect_maps: old Markdown file -> new Markdown file."""
    block = re.search(r"redirect_maps:\n((?:\s{8}\S.*\n)+)", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"))[1]
    return dict(re.findall(r"^\s+([a-z0-9-]+\.md):\s*([a-z0-9-]+\.md)\s*$", block, re.MULTILINE))


@pytest.mark.parametrize("old, new", sorted(_redirects().items()))
def test_each_old_address_redirects_to_its_new_page(site_dir: Path, old: str, new: str) -> None:
    old_path, new_path = old.removesuffix(".md") + "/", new.removesuffix(".md") + "/"
    assert is_redirect(site_dir, old_path)
    parsed = _parsed(site_dir, old_path)
    assert {urljoin(BASE + old_path, address) for address in parsed.addresses} == {BASE + new_path}
    assert (site_dir / new_path / "index.html").is_file() and not is_redirect(site_dir, new_path)
