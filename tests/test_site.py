"""The built site: every fact of the guide on its page, nothing from another origin, and the basics of access.

Reads the already-built site (the `site_dir` fixture: scripts/build, or scripts/test, builds it) with
the standard library's html.parser only. Two tests also run `mkdocs build --strict` themselves, into a
temporary directory, so the strict build and the link and anchor checks are proved here too.
"""

from __future__ import annotations

import html.parser
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from calculators.scope import RULES_LAST_CHECKED
from calculators.wording import month_text

ROOT = Path(__file__).resolve().parent.parent

# The pages of the site, from the nav in mkdocs.yml ("- Title: file.md").
NAV_FILES = re.findall(r":\s*([a-z0-9-]+\.md)\s*$", (ROOT / "mkdocs.yml").read_text(), re.MULTILINE)
CALCULATOR_FILES = {
    "check-if-you-need-a-mediation-certificate.md",
    "work-out-your-appeal-deadline.md",
    "plan-the-mediation-timeline.md",
}
GUIDE_FILES = [name for name in NAV_FILES if name not in CALCULATOR_FILES]


def built_path(markdown_file: str) -> str:
    """Where MkDocs (use_directory_urls) writes the page for a Markdown file, relative to the site."""
    return "index.html" if markdown_file == "index.md" else markdown_file.removesuffix(".md") + "/index.html"


def all_html_pages(site: Path) -> list[Path]:
    """Every page a reader can land on: the nav pages and the 404 page."""
    return [site / built_path(name) for name in NAV_FILES] + [site / "404.html"]


# --------------------------------------------------------------------------------------------
# A small HTML reader (stdlib only)
# --------------------------------------------------------------------------------------------

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Page(html.parser.HTMLParser):
    """Collects what the tests look at: tags with attributes, text of the article and body, links."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.stack: list[str] = []
        self.article_depth: int | None = None
        self.abbr_depth = 0
        self.article_text: list[str] = []
        self.article_text_outside_abbr: list[str] = []
        self.body_text: list[str] = []
        self.ids_in_main: set[str] = set()
        self.in_main = 0
        self.links: list[tuple[dict[str, str], list[str], bool]] = []  # (attrs, text, in article)
        self.open_links: list[tuple[dict[str, str], list[str], bool]] = []
        self.style_blocks: list[str] = []
        self.in_style = False
        self.in_script = False
        self.tables: list[list[list[str]]] = []
        self.cell: list[str] | None = None
        self.feed(text)

    @property
    def in_article(self) -> bool:
        return self.article_depth is not None

    def handle_starttag(self, tag: str, attrs_list) -> None:
        attrs = {name: value or "" for name, value in attrs_list}
        self.tags.append((tag, attrs))
        if tag == "article" and self.article_depth is None:
            self.article_depth = len(self.stack)
        if tag == "main":
            self.in_main += 1
        if self.in_main and "id" in attrs:
            self.ids_in_main.add(attrs["id"])
        if tag == "abbr":
            self.abbr_depth += 1
        if tag == "a":
            self.open_links.append((attrs, [], self.in_article))
        if tag == "style":
            self.in_style = True
            self.style_blocks.append("")
        if tag == "script":
            self.in_script = True
        if tag == "table":
            self.tables.append([])
        if tag == "tr" and self.tables:
            self.tables[-1].append([])
        if tag in ("td", "th"):
            self.cell = []
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        while self.stack:
            top = self.stack.pop()
            if top == tag:
                break
        if tag == "article" and self.article_depth is not None and len(self.stack) <= self.article_depth:
            self.article_depth = None
        if tag == "main":
            self.in_main -= 1
        if tag == "abbr":
            self.abbr_depth -= 1
        if tag == "a" and self.open_links:
            self.links.append(self.open_links.pop())
        if tag == "style":
            self.in_style = False
        if tag == "script":
            self.in_script = False
        if tag in ("td", "th") and self.cell is not None and self.tables and self.tables[-1]:
            self.tables[-1][-1].append(squash("".join(self.cell)))
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.in_style:
            self.style_blocks[-1] += data
            return
        if self.in_script:
            return
        self.body_text.append(data)
        if self.in_article:
            self.article_text.append(data)
            if not self.abbr_depth:
                self.article_text_outside_abbr.append(data)
        for _, text, _ in self.open_links:
            text.append(data)
        if self.cell is not None:
            self.cell.append(data)

    # Convenience views
    def text(self) -> str:
        return squash("".join(self.article_text))

    def all_text(self) -> str:
        return squash("".join(self.body_text))

    def find(self, tag: str) -> list[dict[str, str]]:
        return [attrs for name, attrs in self.tags if name == tag]

    def with_class(self, css_class: str) -> list[tuple[str, dict[str, str]]]:
        return [(name, attrs) for name, attrs in self.tags if css_class in attrs.get("class", "").split()]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


_pages: dict[Path, Page] = {}


def read(path: Path) -> Page:
    if path not in _pages:
        assert path.is_file(), f"{path} was not built"
        _pages[path] = Page(path.read_text(encoding="utf-8"))
    return _pages[path]


def page(site: Path, markdown_file: str) -> Page:
    return read(site / built_path(markdown_file))


# --------------------------------------------------------------------------------------------
# Every fact of the guide reaches the site, on the page where a reader looks for it
# --------------------------------------------------------------------------------------------

FACTS = [
    # Home: "what do I do now?" in a few lines
    pytest.param("index.md", "What do I do now?", id="the home page answers what do I do now"),
    pytest.param("index.md", "Contact a mediation adviser, within 2 months", id="the home page says to contact a mediation adviser within 2 months"),
    pytest.param("index.md", "whichever is later", id="the home page gives the appeal time limit"),
    pytest.param("index.md", "Guide content updated: April 2025", id="the home page keeps the guide's update date"),
    # What mediation is, and its benefits
    pytest.param("what-mediation-is.md", "voluntary", id="mediation is voluntary"),
    pytest.param("what-mediation-is.md", "confidential", id="mediation is confidential"),
    pytest.param("what-mediation-is.md", "informal", id="mediation is informal"),
    pytest.param("what-mediation-is.md", "or the Integrated Care Board (ICB)", id="mediation can be with the ICB too"),
    pytest.param("what-mediation-is.md", "Education, Health and Care (EHC) needs assessments", id="mediation covers EHC needs assessments"),
    pytest.param("what-mediation-is.md", "It is led by an independent trained mediator", id="an independent trained mediator leads it"),
    pytest.param("what-mediation-is.md", "without needing to go to a Tribunal hearing", id="the aim is agreement without a Tribunal hearing"),
    pytest.param("what-mediation-is.md", "Mediation is not about taking sides", id="mediation is not about taking sides"),
    pytest.param("what-mediation-is.md", "facilitating a conversation", id="mediation facilitates a conversation"),
    pytest.param("what-mediation-is.md", "on your child's or young person's needs", id="the conversation focuses on the child's needs"),
    pytest.param("what-mediation-is.md", "faster than waiting for a Tribunal hearing", id="benefit: faster than a Tribunal hearing"),
    pytest.param("what-mediation-is.md", "less formal, and often less stressful", id="benefit: less formal and less stressful"),
    pytest.param("what-mediation-is.md", "focused on solutions, not blame", id="benefit: solutions not blame"),
    pytest.param("what-mediation-is.md", "opportunity to clarify misunderstandings", id="benefit: clarify misunderstandings"),
    pytest.param("what-mediation-is.md", "preserve relationships with the LA and professionals", id="benefit: preserves relationships"),
    pytest.param("what-mediation-is.md", "co-produced plans and support", id="benefit: co-produced plans and support"),
    # When you can use mediation
    pytest.param("when-you-can-use-mediation.md", "a refusal to carry out an EHC needs assessment", id="disagreement: refusal to assess"),
    pytest.param("when-you-can-use-mediation.md", "a refusal to issue an EHC plan", id="disagreement: refusal to issue a plan"),
    pytest.param("when-you-can-use-mediation.md", "the contents of an EHC plan: section B (needs), section F (provision) or section I", id="disagreement: contents of the plan, sections B F and I"),
    pytest.param("when-you-can-use-mediation.md", "a refusal to amend an EHC plan after a review or reassessment", id="disagreement: refusal to amend after review"),
    pytest.param("when-you-can-use-mediation.md", "a decision to cease to maintain an EHC plan", id="disagreement: ceasing to maintain a plan"),
    pytest.param("when-you-can-use-mediation.md", "health or social care needs or provision in an EHC plan, as part of the Single Route of Redress", id="disagreement: health or social care, Single Route of Redress"),
    pytest.param("when-you-can-use-mediation.md", "You do not need to consider mediation if your appeal is only about", id="exception: no need to consider mediation"),
    pytest.param("when-you-can-use-mediation.md", "school or setting named in section I", id="exception: section I only"),
    pytest.param("when-you-can-use-mediation.md", "disability discrimination by a school or college", id="exception: disability discrimination"),
    # The legal requirement: the mediation certificate
    pytest.param("getting-a-mediation-certificate.md", "the law requires you to contact a mediation adviser to consider mediation", id="the law requires contacting a mediation adviser"),
    pytest.param("getting-a-mediation-certificate.md", "You are not required to take part in mediation, just to consider it", id="taking part is not required"),
    pytest.param("getting-a-mediation-certificate.md", "The mediation adviser must issue a mediation certificate", id="the adviser must issue a certificate"),
    pytest.param("getting-a-mediation-certificate.md", "whether or not you choose to go through with mediation", id="the certificate goes with the appeal either way"),
    pytest.param("getting-a-mediation-certificate.md", "within 2 months after the local authority (LA) sent you its decision letter", id="contact the adviser within 2 months of the letter being sent"),
    # Who provides mediation
    pytest.param("who-provides-mediation.md", "independent of the local authority", id="the service is independent of the LA"),
    pytest.param("who-provides-mediation.md", "free of charge to families", id="the service is free"),
    pytest.param("who-provides-mediation.md", "trained and experienced in SEND mediation", id="the service is trained and experienced"),
    pytest.param("who-provides-mediation.md", "Your local SENDIASS or the LA's website will tell you which provider to contact", id="SENDIASS or the LA website names the provider"),
    # The five steps
    pytest.param("what-happens-in-mediation.md", "Step 1: contact the mediation adviser", id="step 1 is contacting the adviser"),
    pytest.param("what-happens-in-mediation.md", "This is usually by phone or online", id="step 1 is usually by phone or online"),
    pytest.param("what-happens-in-mediation.md", "You discuss whether mediation is right for you", id="step 1 discusses whether mediation is right"),
    pytest.param("what-happens-in-mediation.md", "you receive a mediation certificate immediately", id="step 1 gives a certificate immediately if you do not go ahead"),
    pytest.param("what-happens-in-mediation.md", "Step 2: arrange a mediation session (if you choose to go ahead)", id="step 2 is arranging a session"),
    pytest.param("what-happens-in-mediation.md", "usually within 30 calendar days", id="step 2 is usually within 30 calendar days"),
    pytest.param("what-happens-in-mediation.md", "The LA must attend.", id="step 2 says the LA must attend"),
    pytest.param("what-happens-in-mediation.md", "an advocate, a friend, a SENDIASS adviser or a solicitor", id="step 2 says who you can bring"),
    pytest.param("what-happens-in-mediation.md", "Step 3: prepare for the meeting", id="step 3 is preparing"),
    pytest.param("what-happens-in-mediation.md", "the issues you want to raise, and the outcomes you are seeking", id="step 3 thinks about issues and outcomes"),
    pytest.param("what-happens-in-mediation.md", "supporting documents, such as reports and letters", id="step 3 gathers supporting documents"),
    pytest.param("what-happens-in-mediation.md", "Step 4: attend the mediation", id="step 4 is attending"),
    pytest.param("what-happens-in-mediation.md", "The mediator explains the process and helps guide the conversation", id="step 4 the mediator guides the conversation"),
    pytest.param("what-happens-in-mediation.md", "You each get a chance to speak and explore possible solutions", id="step 4 everyone gets to speak"),
    pytest.param("what-happens-in-mediation.md", "Step 5: after mediation", id="step 5 is after mediation"),
    pytest.param("what-happens-in-mediation.md", "it is recorded in writing and shared with both parties", id="step 5 an agreement is recorded and shared"),
    pytest.param("what-happens-in-mediation.md", "(for example, to issue or amend an EHC plan), it must do so promptly", id="step 5 the LA must act promptly"),
    pytest.param("what-happens-in-mediation.md", "If no agreement is reached, you can still appeal to the Tribunal", id="step 5 you can still appeal"),
    # Health and social care
    pytest.param("health-and-social-care.md", "a representative from the Integrated Care Board (ICB), for health", id="health: an ICB representative"),
    pytest.param("health-and-social-care.md", "a representative from children's or adult social care", id="health: a social care representative"),
    pytest.param("health-and-social-care.md", "You must still get a mediation certificate before asking the SEND Tribunal to make non-binding recommendations", id="health: certificate before non-binding recommendations"),
    pytest.param("health-and-social-care.md", "Single Route of Redress", id="health: the Single Route of Redress"),
    # The right to appeal and its time limits
    pytest.param("your-right-to-appeal.md", "Mediation is voluntary, and using it does not take away your right to appeal to the SEND Tribunal", id="appeal: mediation does not take away the right to appeal"),
    pytest.param("your-right-to-appeal.md", "use mediation instead of appealing", id="appeal: mediation instead of appealing"),
    pytest.param("your-right-to-appeal.md", "use mediation before appealing", id="appeal: mediation before appealing"),
    pytest.param("your-right-to-appeal.md", "2 months from the LA decision letter", id="appeal: 2 months from the decision letter"),
    pytest.param("your-right-to-appeal.md", "1 month from your mediation certificate", id="appeal: 1 month from the certificate"),
    pytest.param("your-right-to-appeal.md", "whichever is later", id="appeal: whichever is later"),
    pytest.param("your-right-to-appeal.md", "The 2 months count from when the decision letter was sent", id="appeal: counted from when the letter was sent"),
    pytest.param("your-right-to-appeal.md", "The Tribunal must receive your appeal in time", id="appeal: the Tribunal must receive it"),
    # Who can support you
    pytest.param("who-can-support-you.md", "a RANi adviser", id="support at the meeting: a RANi adviser"),
    pytest.param("who-can-support-you.md", "a SENDIASS adviser", id="support at the meeting: a SENDIASS adviser"),
    pytest.param("who-can-support-you.md", "a friend, family member or advocate", id="support at the meeting: friend, family or advocate"),
    pytest.param("who-can-support-you.md", "a legal representative or solicitor (not essential)", id="support at the meeting: a solicitor, not essential"),
    pytest.param("who-can-support-you.md", "feel confident, stay focused, and ask questions on your behalf", id="support at the meeting: what they can help with"),
    # Support and resources, copies, contact
    pytest.param("support-and-resources.md", "RANi: help with advice, support and impartial information", id="resources: RANi"),
    pytest.param("support-and-resources.md", "Local Offer: help with advice, support and impartial information", id="resources: the Local Offer"),
    pytest.param("support-and-resources.md", "Your local authority's mediation service", id="resources: the LA's mediation service"),
    pytest.param("support-and-resources.md", "National SEND mediation providers", id="resources: national SEND mediation providers"),
    pytest.param("support-and-resources.md", "KIDS", id="resources: KIDS"),
    pytest.param("support-and-resources.md", "Global Mediation", id="resources: Global Mediation"),
    pytest.param("support-and-resources.md", "Mediatelegal", id="resources: Mediatelegal"),
    pytest.param("support-and-resources.md", "SENDIASS: local impartial information and advice service for parents and young people", id="resources: SENDIASS"),
    pytest.param("support-and-resources.md", "www.iasmanchester.org", id="resources: the SENDIASS address is shown"),
    pytest.param("support-and-resources.md", "IPSEA, the Independent Provider of Special Education Advice", id="resources: IPSEA"),
    pytest.param("support-and-resources.md", "www.ipsea.org.uk", id="resources: the IPSEA address is shown"),
    pytest.param("support-and-resources.md", "Contact, a national charity supporting families with disabled children", id="resources: Contact"),
    pytest.param("support-and-resources.md", "www.contact.org.uk", id="resources: the Contact address is shown"),
    pytest.param("support-and-resources.md", "RANi can provide guidance and templates", id="resources: RANi guidance and templates"),
    pytest.param("support-and-resources.md", "always keep a copy of all correspondence you send, along with proof of postage or delivery", id="keep copies with proof of postage"),
    pytest.param("support-and-resources.md", "use a signed-for service", id="use signed-for post"),
    pytest.param("support-and-resources.md", "ask for a read receipt if possible", id="ask for a read receipt"),
    pytest.param("support-and-resources.md", "Email RANi at info@rani.org.uk", id="contact: RANi's email address"),
    pytest.param("support-and-resources.md", "your name your child's name your child's date of birth your query", id="contact: what to include in the email"),
    pytest.param("support-and-resources.md", "online contact form", id="contact: the online contact form"),
    # About this guide
    pytest.param("about-this-guide.md", "advisory sheet 1", id="about: the source is RANi advisory sheet 1"),
    pytest.param("about-this-guide.md", "Updated: April 2025", id="about: the guide's update date is kept"),
    pytest.param("about-this-guide.md", "England only", id="about: scope is England only"),
    pytest.param("about-this-guide.md", "Decisions under the Children and Families Act 2014", id="about: scope is the CFA 2014 regime"),
    pytest.param("about-this-guide.md", "Tribunal's discretion", id="about: the Tribunal's discretion is not modelled"),
    pytest.param("about-this-guide.md", "judicial review", id="about: judicial review is not modelled"),
    pytest.param("about-this-guide.md", "complaints", id="about: complaints are not modelled"),
    pytest.param("about-this-guide.md", f"The rules were last checked in {month_text(RULES_LAST_CHECKED)}", id="about: the date the rules were last checked"),
    pytest.param("about-this-guide.md", "Nothing you type leaves your browser", id="about: privacy, nothing leaves the browser"),
    pytest.param("about-this-guide.md", "No cookies and no analytics", id="about: privacy, no cookies or analytics"),
]


@pytest.mark.parametrize(("markdown_file", "phrase"), FACTS)
def test_fact_of_the_guide_is_on_its_page(site_dir: Path, markdown_file: str, phrase: str) -> None:
    assert phrase in page(site_dir, markdown_file).text()


CHECKLIST_ROWS = [
    ["Task", "Details"],
    ["Contact mediation adviser", "Required before SEND appeal (except section I-only or discrimination)"],
    ["Decide whether to participate", "Optional, but encouraged"],
    ["Receive mediation certificate", "Mandatory to submit an appeal"],
    ["Schedule mediation (if proceeding)", "Within 30 days; LA must attend"],
    ["Prepare your case", "Identify concerns, gather evidence, consider outcomes"],
    ["Attend mediation", "Independent, informal, and solution-focused"],
    ["Appeal if unresolved", "Tribunal remains open as next step"],
]


def test_the_checklist_is_a_real_table_with_every_row_of_the_guide(site_dir: Path) -> None:
    checklist = page(site_dir, "checklist.md")
    assert checklist.tables[0] == CHECKLIST_ROWS
    assert len(checklist.find("th")) == 2


LINKS = [
    pytest.param("support-and-resources.md", "https://www.iasmanchester.org", id="SENDIASS is linked in full"),
    pytest.param("support-and-resources.md", "https://www.ipsea.org.uk", id="IPSEA is linked in full"),
    pytest.param("support-and-resources.md", "https://www.contact.org.uk", id="Contact is linked in full"),
    pytest.param("support-and-resources.md", "mailto:info@rani.org.uk", id="RANi's email address is a link"),
    pytest.param("index.md", "check-if-you-need-a-mediation-certificate/", id="the home page links the certificate calculator"),
    pytest.param("index.md", "work-out-your-appeal-deadline/", id="the home page links the deadline calculator"),
    pytest.param("index.md", "plan-the-mediation-timeline/", id="the home page links the timeline calculator"),
    pytest.param("about-this-guide.md", "https://www.legislation.gov.uk/ukpga/2014/6/part/3", id="about links the Children and Families Act 2014 Part 3"),
    pytest.param("about-this-guide.md", "https://www.legislation.gov.uk/uksi/2014/1530", id="about links the SEND Regulations 2014"),
    pytest.param("about-this-guide.md", "https://www.legislation.gov.uk/uksi/2008/2699", id="about links the Tribunal Procedure Rules 2008"),
    pytest.param("about-this-guide.md", "https://www.legislation.gov.uk/uksi/2017/1306", id="about links the Recommendations Power Regulations 2017"),
    pytest.param("about-this-guide.md", "https://www.legislation.gov.uk/ukpga/2010/15/schedule/17", id="about links the Equality Act 2010 Schedule 17"),
    pytest.param("about-this-guide.md", "https://www.legislation.gov.uk/ukpga/1971/80/section/1", id="about links the Banking and Financial Dealings Act 1971"),
]


@pytest.mark.parametrize(("markdown_file", "href"), LINKS)
def test_page_links_to(site_dir: Path, markdown_file: str, href: str) -> None:
    hrefs = [attrs.get("href", "") for attrs, _, in_article in page(site_dir, markdown_file).links if in_article]
    assert any(h == href or h.endswith("/" + href) or h == href.rstrip("/") for h in hrefs), hrefs


def test_every_page_of_the_nav_is_built(site_dir: Path) -> None:
    assert len(NAV_FILES) == 15
    for path in all_html_pages(site_dir):
        assert path.is_file(), path


# --------------------------------------------------------------------------------------------
# Every page: one h1, a skip link, en-GB, the disclaimer once, the England note, glossary
# --------------------------------------------------------------------------------------------

PAGES = [pytest.param(built_path(name), id=name.removesuffix(".md")) for name in NAV_FILES] + [
    pytest.param("404.html", id="404")
]


@pytest.mark.parametrize("relative_path", PAGES)
def test_page_has_exactly_one_h1(site_dir: Path, relative_path: str) -> None:
    assert len(read(site_dir / relative_path).find("h1")) == 1


@pytest.mark.parametrize("relative_path", PAGES)
def test_page_headings_go_down_one_level_at_a_time(site_dir: Path, relative_path: str) -> None:
    levels = [int(name[1]) for name, _ in read(site_dir / relative_path).tags if re.fullmatch(r"h[1-6]", name)]
    assert levels[0] == 1, levels
    for previous, level in zip(levels, levels[1:]):
        assert level <= previous + 1, levels


@pytest.mark.parametrize("relative_path", PAGES)
def test_page_has_a_skip_link_to_the_main_content(site_dir: Path, relative_path: str) -> None:
    parsed = read(site_dir / relative_path)
    first_link = parsed.find("a")[0]
    assert "md-skip" in first_link.get("class", "").split(), "the skip link is the first link on the page"
    target = first_link["href"].removeprefix("#")
    assert first_link["href"].startswith("#") and target in parsed.ids_in_main
    skip_text = [squash("".join(text)) for attrs, text, _ in parsed.links if attrs is first_link]
    assert skip_text == ["Skip to main content"]


@pytest.mark.parametrize("relative_path", PAGES)
def test_page_language_is_british_english(site_dir: Path, relative_path: str) -> None:
    assert read(site_dir / relative_path).find("html")[0].get("lang") == "en-GB"


@pytest.mark.parametrize("relative_path", [p for p in PAGES if p.id != "404"])
def test_page_shows_the_disclaimer_exactly_once(site_dir: Path, relative_path: str) -> None:
    parsed = read(site_dir / relative_path)
    assert len(parsed.with_class("disclaimer")) == 1
    assert parsed.all_text().count("It is not legal advice") == 1


@pytest.mark.parametrize("relative_path", PAGES)
def test_page_says_this_guide_is_for_england(site_dir: Path, relative_path: str) -> None:
    assert read(site_dir / relative_path).all_text().count("This guide is for England.") == 1


@pytest.mark.parametrize("relative_path", PAGES)
def test_search_dialog_and_box_have_accessible_names(site_dir: Path, relative_path: str) -> None:
    parsed = read(site_dir / relative_path)
    dialogs = [attrs for _, attrs in parsed.tags if attrs.get("role") == "dialog"]
    assert dialogs and all(attrs.get("aria-label") for attrs in dialogs)
    search_box = [attrs for attrs in parsed.find("input") if attrs.get("name") == "query"]
    assert search_box and search_box[0].get("aria-label") == "Search this guide"


GLOSSARY = dict(
    re.findall(r"^\*\[([^\]]+)\]:\s*(.+)$", (ROOT / "includes" / "abbreviations.md").read_text(), re.MULTILINE)
)


@pytest.mark.parametrize("markdown_file", GUIDE_FILES)
def test_abbreviations_on_guide_pages_all_expand(site_dir: Path, markdown_file: str) -> None:
    """Every glossary term in the text of a guide page sits inside an <abbr> with its expansion."""
    parsed = page(site_dir, markdown_file)
    bare_text = " ".join(parsed.article_text_outside_abbr)
    for term in GLOSSARY:
        if term.startswith("Section") or term.startswith("section"):
            continue  # "section B" etc. read as plain words too ("see the section below")
        assert not re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", bare_text), f"{term} without expansion"
    titles = {attrs.get("title") for attrs in parsed.find("abbr")}
    assert titles <= set(GLOSSARY.values())


def test_the_glossary_is_readable_on_the_about_page(site_dir: Path) -> None:
    """Tooltips are hard to reach on phones: the about page spells out each term too."""
    about = page(site_dir, "about-this-guide.md").text()
    for term in ("EHC", "EHC plan", "LA", "ICB", "SEND", "SENDIASS", "IPSEA", "Section B", "Section F", "Section I"):
        assert f"{term}:" in about, term


VAGUE_LINK_TEXT = {"here", "click here", "more", "read more", "this page", "link", "this", "website"}


@pytest.mark.parametrize("relative_path", PAGES)
def test_link_text_makes_sense_on_its_own(site_dir: Path, relative_path: str) -> None:
    for attrs, text, in_article in read(site_dir / relative_path).links:
        if in_article:
            words = squash("".join(text)).lower()
            assert words and words not in VAGUE_LINK_TEXT, attrs


def test_the_404_page_links_home_and_to_the_three_calculators(site_dir: Path) -> None:
    parsed = read(site_dir / "404.html")
    hrefs = [attrs["href"] for attrs, _, in_article in parsed.links if in_article]
    assert "Page not found" in parsed.text()
    for target in ("check-if-you-need-a-mediation-certificate/", "work-out-your-appeal-deadline/", "plan-the-mediation-timeline/"):
        assert any(h.endswith("/" + target) for h in hrefs), target
    assert any(h.rstrip(".").endswith("/") and "mediation" not in h and "deadline" not in h for h in hrefs)


# --------------------------------------------------------------------------------------------
# Nothing from another origin: scripts, styles, fonts, frames
# --------------------------------------------------------------------------------------------

CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)""", re.IGNORECASE)
CSS_IMPORT = re.compile(r"""@import\s+(?:url\()?\s*['"]?([^'");\s]+)""", re.IGNORECASE)
LINK_RELS_THAT_LOAD = {"stylesheet", "preload", "modulepreload", "prefetch", "icon", "shortcut", "apple-touch-icon", "manifest", "font"}


def is_other_origin(url: str) -> bool:
    """True for an address on another origin: any scheme but data:/blob:, or a protocol-relative URL."""
    url = url.strip()
    if url.startswith("//"):
        return True
    scheme = urlsplit(url).scheme.lower()
    return bool(scheme) and scheme not in {"data", "blob"}


def resources_in_css(css: str) -> list[str]:
    return CSS_URL.findall(css) + CSS_IMPORT.findall(css)


@pytest.mark.parametrize(
    ("url", "other_origin"),
    [
        pytest.param("https://fonts.googleapis.com/css?family=Roboto", True, id="a Google Fonts address is another origin"),
        pytest.param("//cdn.example.org/x.js", True, id="a protocol-relative address is another origin"),
        pytest.param("http://127.0.0.1:8000/x.css", True, id="an absolute address is treated as another origin"),
        pytest.param("../assets/javascripts/bundle.js", False, id="a relative path is the site itself"),
        pytest.param("/REPO/stylesheets/extra.css", False, id="a root-relative path is the site itself"),
        pytest.param("data:image/svg+xml;charset=utf-8,<svg/>", False, id="a data address loads nothing"),
    ],
)
def test_what_counts_as_another_origin(url: str, other_origin: bool) -> None:
    assert is_other_origin(url) is other_origin


def test_css_reader_finds_urls_and_imports() -> None:
    css = "@import 'https://a.example/x.css'; .x{background:url(\"//b.example/y.png\")}"
    assert resources_in_css(css) == ["//b.example/y.png", "https://a.example/x.css"]


@pytest.mark.parametrize("relative_path", PAGES)
def test_page_loads_nothing_from_another_origin(site_dir: Path, relative_path: str) -> None:
    parsed = read(site_dir / relative_path)
    loaded: list[str] = []
    for tag, attrs in parsed.tags:
        if tag in ("script", "iframe", "frame", "embed", "img", "audio", "video", "source", "track") and "src" in attrs:
            loaded.append(attrs["src"])
        if tag == "object" and "data" in attrs:
            loaded.append(attrs["data"])
        if tag == "link" and set(attrs.get("rel", "").lower().split()) & LINK_RELS_THAT_LOAD:
            loaded.append(attrs.get("href", ""))
        if "style" in attrs:
            loaded += resources_in_css(attrs["style"])
    for block in parsed.style_blocks:
        loaded += resources_in_css(block)
    assert loaded, "the page loads at least its own stylesheet and scripts"
    assert [url for url in loaded if is_other_origin(url)] == []


def test_stylesheets_load_nothing_from_another_origin(site_dir: Path) -> None:
    stylesheets = list(site_dir.rglob("*.css"))
    assert any(path.name == "extra.css" for path in stylesheets)
    for path in stylesheets:
        urls = resources_in_css(path.read_text(encoding="utf-8", errors="replace"))
        assert [url for url in urls if is_other_origin(url)] == [], path


def test_no_google_fonts_and_no_analytics(site_dir: Path) -> None:
    for path in all_html_pages(site_dir):
        text = path.read_text(encoding="utf-8")
        for marker in ("fonts.googleapis.com", "fonts.gstatic.com", "googletagmanager", "google-analytics", "__md_analytics"):
            assert marker not in text, (path, marker)


# --------------------------------------------------------------------------------------------
# The strict build, and proof that it checks links and anchors (run here, into temp dirs)
# --------------------------------------------------------------------------------------------

# No --quiet: it raises the log level above WARNING, and then --strict has no warnings to count
# (MkDocs 1.6), so a broken link or anchor would pass.
MKDOCS = [sys.executable, "-m", "mkdocs", "build", "--strict"]


def mkdocs_build(project: Path, site: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    for name in ("SITE_URL", "REPO_URL", "EDIT_URI"):
        env.pop(name, None)
    return subprocess.run(
        [*MKDOCS, "--site-dir", str(site)], cwd=project, env=env, capture_output=True, text=True, timeout=300
    )


def copy_project(tmp_path: Path) -> Path:
    """The parts of the repository MkDocs reads, copied so a test can break one on purpose."""
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project)
    for folder in ("docs", "includes", "overrides"):
        shutil.copytree(ROOT / folder, project / folder)
    return project


def test_mkdocs_builds_strictly_with_no_warnings(tmp_path: Path) -> None:
    result = mkdocs_build(ROOT, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stdout + result.stderr
    assert (tmp_path / "site" / "index.html").is_file()


@pytest.mark.parametrize(
    ("broken_link", "complaint"),
    [
        pytest.param("[a missing page](no-such-page.md)", "no-such-page.md", id="a link to a missing page fails the build"),
        pytest.param("[a missing heading](checklist.md#no-such-heading)", "checklist.md#no-such-heading", id="a link to a missing anchor fails the build"),
    ],
)
def test_the_strict_build_rejects_broken_links(tmp_path: Path, broken_link: str, complaint: str) -> None:
    project = copy_project(tmp_path)
    page_file = project / "docs" / "who-can-support-you.md"
    page_file.write_text(page_file.read_text() + f"\nSee {broken_link}.\n")
    result = mkdocs_build(project, tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Aborted with 1 warnings in strict mode" in output
    assert f"Doc file 'who-can-support-you.md' contains a link '{complaint}'" in output


# --------------------------------------------------------------------------------------------
# In a real browser (headless Chromium): search, the skip link, the palette toggle, 320px wide
# --------------------------------------------------------------------------------------------


def test_search_finds_a_phrase_from_the_guide(browser, site_url: str) -> None:
    page_ = browser.new_page()
    try:
        page_.goto(site_url)
        search_box = page_.get_by_role("textbox", name="Search this guide")
        search_box.click()
        search_box.press_sequentially("receipt", delay=30)  # Material listens for key events
        result = page_.locator(".md-search-result__list a[href*='support-and-resources']").first
        result.wait_for(timeout=15_000)
        assert page_.get_by_role("dialog", name="Search this guide").count() == 1
    finally:
        page_.close()


@pytest.mark.parametrize("width", [pytest.param(320, id="at 320px wide"), pytest.param(1280, id="at 1280px wide")])
def test_skip_link_shows_on_focus_and_nothing_scrolls_sideways(browser, site_url: str, width: int) -> None:
    page_ = browser.new_page(viewport={"width": width, "height": 800})
    try:
        for path in ("", "checklist/", "support-and-resources/", "your-right-to-appeal/"):
            page_.goto(site_url + path)
            assert page_.evaluate("document.documentElement.scrollWidth") <= width, path
        page_.keyboard.press("Tab")
        focused = page_.evaluate(
            "(() => { const e = document.activeElement, r = e.getBoundingClientRect(), s = getComputedStyle(e);"
            " return {cls: e.className, text: e.textContent.trim(), opacity: s.opacity,"
            " visible: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.width >= 24 && r.height >= 24}; })()"
        )
        assert "md-skip" in focused["cls"] and focused["text"] == "Skip to main content"
        assert focused["opacity"] == "1" and focused["visible"], focused
    finally:
        page_.close()


@pytest.mark.parametrize(
    ("scheme", "toggle_name"),
    [
        pytest.param("light", "Switch to dark mode", id="light palette offers dark mode"),
        pytest.param("dark", "Switch to light mode", id="dark palette offers light mode"),
    ],
)
def test_palette_follows_the_system_and_has_a_named_toggle(browser, site_url: str, scheme: str, toggle_name: str) -> None:
    context = browser.new_context(color_scheme=scheme)
    try:
        page_ = context.new_page()
        page_.goto(site_url)
        expected = "slate" if scheme == "dark" else "default"
        assert page_.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected
        toggle = page_.locator(f'label[title="{toggle_name}"]')
        assert toggle.is_visible()
        toggle.click()
        other = "default" if scheme == "dark" else "slate"
        page_.wait_for_function(f"document.body.getAttribute('data-md-color-scheme') === '{other}'")
    finally:
        context.close()
