"""Plain English, measured as the reader meets it: Flesch-Kincaid grade, and no sentence over 25 words.

textstat (pinned in requirements-test.txt; British English syllables through pyphen's en_GB) reads:

- the built pages: the text of each page's content, disclaimer included, at grade 6 or below. The
  calculator forms and results are left out here: they are measured from the calculators below;
- the plan's answers (issue 23, item 7), over a fixed sample of 500 situations from the plan's grid
  (tests/calculators/test_calc_plan_grid.py): every result at grade 6 or below, as the page shows it
  (the date and status, "Do this now", the timeline, the certificate answer, what to do next, the
  notes and the workings); every message body at grade 8 or below (a letter to an official reads a
  little harder than a page, and quotes the decision it answers).

Each paragraph, list item, table cell, heading and message line counts as its own sentence, as the
reader meets it. Addresses (www.example.org), citations and provision names ("regulation 44 of the
SEND Regulations", "(HESC Rules 2008, rule 5(3)(a))") are not prose and are left out.
"""

from __future__ import annotations

import datetime
import html.parser
import json
import random
import re
import sys
import warnings
from pathlib import Path

import pytest

from calculators import browser as entry_points
from site_pages import nav_files, page_file

sys.path.insert(0, str(Path(__file__).resolve().parent / "calculators"))
import test_calc_plan_grid as plan_grid  # noqa: E402 - the plan's grid of situations, shared

with warnings.catch_warnings():  # textstat 0.7.4 imports pkg_resources, which warns on import
    warnings.simplefilter("ignore")
    import textstat

textstat.set_lang("en_GB")

ROOT = Path(__file__).resolve().parent.parent
NAV_FILES = nav_files()
MAX_GRADE = 6.0       # Flesch-Kincaid grade: a reading age of about 11 (issue 11)
MAX_WORDS = 25        # words in one sentence (GOV.UK content design)
MAX_MESSAGE_GRADE = 8.0  # a message to an official (issue 23, item 7)
PLAN_SAMPLE = 500     # plans measured, a fixed seeded sample of the grid (issue 23, item 7)

BLOCKS = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "ul", "ol", "table", "tr", "div"}
SKIP_CLASSES = {"calculator-form", "calculator-result"}
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9\"“‘(\[])")
WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
ADDRESS = re.compile(r"\(?\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|uk|com)(?:\.uk)?\b\)?|\S+@\S+")
#: A citation in brackets, a provision named in a sentence, or an instrument's name.
INSTRUMENT = (r"(?:the )?(?:SEND Regulations(?: 2014)?|HESC Rules 2008|Tribunal Procedure \(First-tier Tribunal\) "
              r"\(Health, Education and Social Care Chamber\) Rules 2008)")
PROVISION = re.compile(r" ?\((?:HESC|SEND|CFA|EqA|CPR|regulations?|rules?|section) [^()]*(?:\([^()]*\)[^()]*)*\)"
                       r"|\b(?:regulations?|rules?) \d+(?:\(\w+\))*(?: and \d+(?:\(\w+\))*)?(?: of " + INSTRUMENT + ")?"
                       r"|\b" + INSTRUMENT)


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


# --- The plan's answers (issue 23, item 7) --------------------------------------------------------

def shown(display: dict) -> tuple[list[str], list[str]]:
    """A plan's result as calculators.js shows it (showPlan), one unit per block; and its message bodies.

    The result: the heading with its answer, the paragraphs, each message's title, "when" line and
    notes, each timeline row (date; who and what), the certificate answer, what to do next, the notes
    and the workings. The bodies: each message, one unit per line.
    """
    units = [f"{display['heading']} {display['answer']}", *display["paragraphs"]]
    for message in display["messages"]:
        units += [message["title"], message["when"], *message["notes"]]
    for row in display["timeline"]:  # the date in bold, a label like a table cell, then the row
        units += [row["date_text"], f"{row['who']}: {row['what']}"]
    if display["certificate"]:
        units += [display["certificate"]["answer"], *display["certificate"]["paragraphs"]]
    units += [*display["next_steps"], *display["notes"], *(step["text"] for step in display["steps"])]
    bodies = [[line for line in message["text"].split("\n") if line.strip()] for message in display["messages"]]
    return prose(units), [prose(body) for body in bodies]


def prose(units: list[str]) -> list[str]:
    """The sentences of these units, with citations and provision names left out."""
    return sentences([PROVISION.sub("", unit) for unit in units])


@pytest.fixture(scope="module")
def sampled() -> list[dict]:
    """The plans for a fixed sample of the grid's situations (the refused ones have no result)."""
    cells = random.Random(PLAN_SAMPLE).sample(plan_grid.ALL_CELLS, PLAN_SAMPLE)
    responses = (plan_grid.plan(case, today) for case, today in cells)
    return [response for response in responses if response["ok"]]


@pytest.fixture(scope="module")
def plans(sampled) -> list[tuple[list[str], list[list[str]]]]:
    return [shown(response["display"]) for response in sampled]


@pytest.mark.parametrize(
    ("unit", "left"),
    [
        pytest.param("Say that it is late (HESC Rules 2008, rule 5(3)(a)).", "Say that it is late.",
                     id="a citation in brackets is left out"),
        pytest.param("They are set by regulation 44 of the SEND Regulations, as if it were an order.",
                     "They are set by , as if it were an order.", id="a provision named in a sentence is left out"),
        pytest.param("Apply the time limits (regulation 42(5)).", "Apply the time limits.",
                     id="a bracketed regulation is left out"),
        pytest.param("Your appeal is only about section I.", "Your appeal is only about section I.",
                     id="a section of the plan is the reader's word and stays"),
    ],
)
def test_provision_names_are_left_out_of_the_measure(unit, left) -> None:
    assert PROVISION.sub("", unit) == left


def test_the_sample_is_500_plans_of_every_status(sampled) -> None:
    assert len(sampled) >= 0.9 * PLAN_SAMPLE
    assert {response["result"]["status"] for response in sampled} == set(plan_grid.STATUSES)


def test_every_plan_reads_at_grade_6_or_below(plans) -> None:
    hard = sorted((round(grade(result), 1), result[0]) for result, _ in plans if grade(result) > MAX_GRADE)
    assert hard == []


def test_every_message_reads_at_grade_8_or_below(plans) -> None:
    hard = sorted({(round(grade(body), 1), body[0]) for _, bodies in plans for body in bodies
                   if grade(body) > MAX_MESSAGE_GRADE})
    assert hard == []


def test_no_sentence_in_a_plan_is_over_25_words(plans) -> None:
    long = sorted({sentence for result, bodies in plans for sentence in [*result, *(s for b in bodies for s in b)]
                   if len(WORD.findall(sentence)) > MAX_WORDS})
    assert long == []


# --- Prepare your appeal (issue 28): every pack of the same sample, as the page shows it -------------

def pack_shown(display: dict) -> list[str]:
    """A pack as calculators.js shows it (showPack): the answer, the form, the dates, what to send, the questions."""
    dates = [line if isinstance(line, str) else line["text"] for line in display["dates"]]  # a rule's link left out
    units = [f"{display['heading']} {display['answer']}", *display["paragraphs"], *display["after_links"], *dates,
             *display["checklist"], display["returned"], display["reasons_intro"], display["separate_sheet"]]
    for item in display["reasons"]:
        units += [item["question"], item["evidence"], item["evidence_hint"]]
    return prose([unit for unit in units if unit])


@pytest.fixture(scope="module")
def packs() -> list[list[str]]:
    cells = random.Random(PLAN_SAMPLE).sample(plan_grid.ALL_CELLS, PLAN_SAMPLE)
    found = []
    for case, today in cells:
        request = {key: plan_grid.typed(value) if isinstance(value, datetime.date) or (value is None and key != "grounds")
                   else value for key, value in case.items()}
        response = json.loads(entry_points.appeal_pack(json.dumps({**request, "today": today.isoformat()})))
        if response["ok"]:
            found.append(pack_shown(response["display"]))
    assert len(found) >= 0.8 * PLAN_SAMPLE
    return found


def test_every_appeal_pack_reads_at_grade_6_or_below_with_no_sentence_over_25_words(packs) -> None:
    hard = sorted({(round(grade(units), 1), units[0]) for units in packs if grade(units) > MAX_GRADE})
    long = sorted({sentence for units in packs for sentence in units if len(WORD.findall(sentence)) > MAX_WORDS})
    assert (hard, long) == ([], [])
