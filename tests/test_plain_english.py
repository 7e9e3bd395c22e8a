"""Plain English, measured on the built pages: Flesch-Kincaid grade 6 or below, no sentence over 25 words.

textstat (pinned in requirements-test.txt; British English syllables through pyphen's en_GB) reads the
text a reader sees in each page's content, disclaimer included. Each paragraph, list item, table cell
and heading counts as its own sentence, as the reader meets it. The calculator forms and results are
left out: their words come from the calculators' question declarations and calculators/wording.py,
which have their own tests. Addresses (www.example.org) are not prose and are left out too.
"""

from __future__ import annotations

import html.parser
import re
import warnings
from pathlib import Path

import pytest

from site_pages import nav_files, page_file

with warnings.catch_warnings():  # textstat 0.7.4 imports pkg_resources, which warns on import
    warnings.simplefilter("ignore")
    import textstat

textstat.set_lang("en_GB")

ROOT = Path(__file__).resolve().parent.parent
NAV_FILES = nav_files()
MAX_GRADE = 6.0       # Flesch-Kincaid grade: a reading age of about 11 (issue 11)
MAX_WORDS = 25        # words in one sentence (GOV.UK content design)

BLOCKS = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "ul", "ol", "table", "tr", "div"}
SKIP_CLASSES = {"calculator-form", "calculator-result"}
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9\"“‘(])")
WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
ADDRESS = re.compile(r"\(?\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|uk|com)(?:\.uk)?\b\)?|\S+@\S+")


class Blocks(html.parser.HTMLParser):
    """The text of the page's content, one entry per block (paragraph, list item, cell, heading)."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0            # inside <article>
        self.skip = 0             # inside a calculator form or result
        self.stack: list[str] = []
        self.units: list[str] = []
        self.buffer: list[str] = []
        self.feed(text)
        self.flush()

    def flush(self) -> None:
        unit = re.sub(r"\s+", " ", "".join(self.buffer)).strip()
        if unit:
            self.units.append(unit)
        self.buffer = []

    def handle_starttag(self, tag, attrs) -> None:
        classes = set(dict(attrs).get("class", "") .split())
        if tag == "article":
            self.depth += 1
        if self.skip or classes & SKIP_CLASSES:
            self.skip += tag not in ("input", "br", "img")
            return
        if tag in BLOCKS:
            self.flush()

    def handle_endtag(self, tag) -> None:
        if self.skip:
            self.skip -= 1
            return
        if tag in BLOCKS:
            self.flush()
        if tag == "article":
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and not self.skip:
            self.buffer.append(data)


def sentences(units: list[str]) -> list[str]:
    found = []
    for unit in units:
        unit = ADDRESS.sub("", unit).strip()
        found += [s for s in SENTENCE_END.split(unit) if WORD.search(s)]
    return found


def page_text(site: Path, markdown_file: str) -> list[str]:
    path = "" if markdown_file == "index.md" else markdown_file.removesuffix(".md") + "/"
    return sentences(Blocks(page_file(site, path).read_text(encoding="utf-8")).units)


def grade(units: list[str]) -> float:
    text = " ".join(unit if unit[-1] in ".!?" else unit + "." for unit in units)
    return textstat.flesch_kincaid_grade(text)


@pytest.mark.parametrize(
    ("units", "longest", "easy"),
    [
        pytest.param(["Contact the adviser.", "It is free"], 3, True, id="two short blocks read easily"),
        pytest.param(["Notwithstanding the aforementioned considerations, the responsible commissioning "
                      "body shall, contemporaneously, communicate its determination comprehensively."],
                     14, False, id="legal prose is over the grade budget"),
    ],
)
def test_the_measure_tells_plain_from_hard(units, longest, easy) -> None:
    measured = sentences(units)
    assert max(len(WORD.findall(s)) for s in measured) == longest
    assert (grade(measured) <= MAX_GRADE) is easy


@pytest.mark.parametrize("markdown_file", NAV_FILES)
def test_page_reads_at_grade_6_or_below(site_dir: Path, markdown_file: str) -> None:
    measured = page_text(site_dir, markdown_file)
    assert measured, "the page has text"
    assert "It is not legal advice." in measured, "the disclaimer is measured too"
    assert grade(measured) <= MAX_GRADE, f"grade {grade(measured)}"


@pytest.mark.parametrize("markdown_file", NAV_FILES)
def test_no_sentence_is_over_25_words(site_dir: Path, markdown_file: str) -> None:
    long = [s for s in page_text(site_dir, markdown_file) if len(WORD.findall(s)) > MAX_WORDS]
    assert long == []
