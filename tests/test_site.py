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

from site_pages import nav_files, zensical_differs

ROOT = Path(__file__).resolve().parent.parent

# The pages of the site, from the nav in mkdocs.yml ("- Title: file.md").
NAV_FILES = nav_files()
CALCULATOR_FILES = {
    "check-if-you-need-a-mediation-certificate.md",
    "work-out-your-appeal-deadline.md",
    "plan-the-mediation-timeline.md",
    "make-your-plan.md",
    "prepare-your-appeal.md",
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
            link = self.open_links.pop()
            if "href" in link[0]:  # an <a> without href (a skip link's target) is not a link
                self.links.append(link)
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
    pytest.param("decide-about-mediation.md", "voluntary", id="mediation is voluntary"),
    pytest.param("decide-about-mediation.md", "confidential", id="mediation is confidential"),
    pytest.param("decide-about-mediation.md", "informal", id="mediation is informal"),
    pytest.param("decide-about-mediation.md", "or the Integrated Care Board (ICB)", id="mediation can be with the ICB too"),
    pytest.param("decide-about-mediation.md", "Education, Health and Care (EHC) needs assessments", id="mediation covers EHC needs assessments"),
    pytest.param("decide-about-mediation.md", "It is led by an independent trained mediator", id="an independent trained mediator leads it"),
    pytest.param("decide-about-mediation.md", "without needing to go to a Tribunal hearing", id="the aim is agreement without a Tribunal hearing"),
    pytest.param("decide-about-mediation.md", "Mediation is not about taking sides", id="mediation is not about taking sides"),
    pytest.param("decide-about-mediation.md", "facilitating a conversation", id="mediation facilitates a conversation"),
    pytest.param("decide-about-mediation.md", "on your child's or young person's needs", id="the conversation focuses on the child's needs"),
    pytest.param("decide-about-mediation.md", "faster than waiting for a Tribunal hearing", id="benefit: faster than a Tribunal hearing"),
    pytest.param("decide-about-mediation.md", "less formal, and often less stressful", id="benefit: less formal and less stressful"),
    pytest.param("decide-about-mediation.md", "focused on solutions, not blame", id="benefit: solutions not blame"),
    pytest.param("decide-about-mediation.md", "opportunity to clarify misunderstandings", id="benefit: clarify misunderstandings"),
    pytest.param("decide-about-mediation.md", "preserve relationships with the LA and professionals", id="benefit: preserves relationships"),
    pytest.param("decide-about-mediation.md", "co-produced plans and support", id="benefit: co-produced plans and support"),
    # When you can use mediation
    pytest.param("decide-about-mediation.md", "a refusal to carry out an EHC needs assessment", id="disagreement: refusal to assess"),
    pytest.param("decide-about-mediation.md", "a refusal to issue an EHC plan", id="disagreement: refusal to issue a plan"),
    pytest.param("decide-about-mediation.md", "the contents of an EHC plan: section B (needs), section F (provision) or section I", id="disagreement: contents of the plan, sections B F and I"),
    pytest.param("decide-about-mediation.md", "a refusal to amend an EHC plan after a review or reassessment", id="disagreement: refusal to amend after review"),
    pytest.param("decide-about-mediation.md", "a decision to cease to maintain an EHC plan", id="disagreement: ceasing to maintain a plan"),
    pytest.param("decide-about-mediation.md", "health or social care needs or provision in an EHC plan, as part of the Single Route of Redress", id="disagreement: health or social care, Single Route of Redress"),
    pytest.param("decide-about-mediation.md", "You do not need to consider mediation if your appeal is only about", id="exception: no need to consider mediation"),
    pytest.param("decide-about-mediation.md", "school or setting named in section I", id="exception: section I only"),
    pytest.param("decide-about-mediation.md", "disability discrimination by a school or college", id="exception: disability discrimination"),
    # The legal requirement: the mediation certificate
    pytest.param("contact-the-mediation-adviser.md", "the law requires you to contact a mediation adviser to consider mediation", id="the law requires contacting a mediation adviser"),
    pytest.param("contact-the-mediation-adviser.md", "You are not required to take part in mediation, just to consider it", id="taking part is not required"),
    pytest.param("contact-the-mediation-adviser.md", "The mediation adviser must issue a mediation certificate", id="the adviser must issue a certificate"),
    pytest.param("contact-the-mediation-adviser.md", "whether or not you choose to go through with mediation", id="the certificate goes with the appeal either way"),
    pytest.param("contact-the-mediation-adviser.md", "within 2 months after the local authority (LA) sent you its decision letter", id="contact the adviser within 2 months of the letter being sent"),
    # Who provides mediation
    pytest.param("contact-the-mediation-adviser.md", "independent of the local authority", id="the service is independent of the LA"),
    pytest.param("contact-the-mediation-adviser.md", "free of charge to families", id="the service is free"),
    pytest.param("contact-the-mediation-adviser.md", "trained and experienced in SEND mediation", id="the service is trained and experienced"),
    pytest.param("contact-the-mediation-adviser.md", "Your local SENDIASS or the LA's website will tell you which provider to contact", id="SENDIASS or the LA website names the provider"),
    # The five steps
    pytest.param("if-you-choose-mediation.md", "Step 1: contact the mediation adviser", id="step 1 is contacting the adviser"),
    pytest.param("if-you-choose-mediation.md", "This is usually by phone or online", id="step 1 is usually by phone or online"),
    pytest.param("if-you-choose-mediation.md", "You discuss whether mediation is right for you", id="step 1 discusses whether mediation is right"),
    pytest.param("if-you-choose-mediation.md", "you receive a mediation certificate immediately", id="step 1 gives a certificate immediately if you do not go ahead"),
    pytest.param("if-you-choose-mediation.md", "Step 2: arrange a mediation session (if you choose to go ahead)", id="step 2 is arranging a session"),
    pytest.param("if-you-choose-mediation.md", "usually within 30 calendar days", id="step 2 is usually within 30 calendar days"),
    pytest.param("if-you-choose-mediation.md", "The LA must attend.", id="step 2 says the LA must attend"),
    pytest.param("if-you-choose-mediation.md", "an advocate, a friend, a SENDIASS adviser or a solicitor", id="step 2 says who you can bring"),
    pytest.param("if-you-choose-mediation.md", "Step 3: prepare for the meeting", id="step 3 is preparing"),
    pytest.param("if-you-choose-mediation.md", "the issues you want to raise, and the outcomes you are seeking", id="step 3 thinks about issues and outcomes"),
    pytest.param("if-you-choose-mediation.md", "supporting documents, such as reports and letters", id="step 3 gathers supporting documents"),
    pytest.param("if-you-choose-mediation.md", "Step 4: attend the mediation", id="step 4 is attending"),
    pytest.param("if-you-choose-mediation.md", "The mediator explains the process and helps guide the conversation", id="step 4 the mediator guides the conversation"),
    pytest.param("if-you-choose-mediation.md", "You each get a chance to speak and explore possible solutions", id="step 4 everyone gets to speak"),
    pytest.param("if-you-choose-mediation.md", "Step 5: after mediation", id="step 5 is after mediation"),
    pytest.param("if-you-choose-mediation.md", "it is recorded in writing and shared with both parties", id="step 5 an agreement is recorded and shared"),
    pytest.param("if-you-choose-mediation.md", "(for example, to issue or amend an EHC plan), it must do so promptly", id="step 5 the LA must act promptly"),
    pytest.param("if-you-choose-mediation.md", "If no agreement is reached, you can still appeal to the Tribunal", id="step 5 you can still appeal"),
    # Health and social care
    pytest.param("health-and-social-care.md", "a representative from the Integrated Care Board (ICB), for health", id="health: an ICB representative"),
    pytest.param("health-and-social-care.md", "a representative from children's or adult social care", id="health: a social care representative"),
    pytest.param("health-and-social-care.md", "You must still get a mediation certificate before asking the Tribunal to make non-binding recommendations", id="health: certificate before non-binding recommendations"),
    pytest.param("health-and-social-care.md", "Single Route of Redress", id="health: the Single Route of Redress"),
    # The right to appeal and its time limits
    pytest.param("appeal-to-the-send-tribunal.md", "Mediation is voluntary, and using it does not take away your right to appeal to the SEND Tribunal", id="appeal: mediation does not take away the right to appeal"),
    pytest.param("appeal-to-the-send-tribunal.md", "use mediation instead of appealing", id="appeal: mediation instead of appealing"),
    pytest.param("appeal-to-the-send-tribunal.md", "use mediation before appealing", id="appeal: mediation before appealing"),
    pytest.param("appeal-to-the-send-tribunal.md", "2 months from the LA decision letter", id="appeal: 2 months from the decision letter"),
    pytest.param("appeal-to-the-send-tribunal.md", "1 month from your mediation certificate", id="appeal: 1 month from the certificate"),
    pytest.param("appeal-to-the-send-tribunal.md", "whichever is later", id="appeal: whichever is later"),
    pytest.param("appeal-to-the-send-tribunal.md", "The 2 months count from when the decision letter was sent", id="appeal: counted from when the letter was sent"),
    pytest.param("appeal-to-the-send-tribunal.md", "The Tribunal must receive your appeal in time", id="appeal: the Tribunal must receive it"),
    # Who can support you
    pytest.param("if-you-choose-mediation.md", "a RANi adviser", id="support at the meeting: a RANi adviser"),
    pytest.param("if-you-choose-mediation.md", "a SENDIASS adviser", id="support at the meeting: a SENDIASS adviser"),
    pytest.param("if-you-choose-mediation.md", "a friend, family member or advocate", id="support at the meeting: friend, family or advocate"),
    pytest.param("if-you-choose-mediation.md", "a legal representative or solicitor (not essential)", id="support at the meeting: a solicitor, not essential"),
    pytest.param("if-you-choose-mediation.md", "feel confident, stay focused, and ask questions on your behalf", id="support at the meeting: what they can help with"),
    # Support and resources, copies, contact
    pytest.param("get-help-and-keep-records.md", "RANi: help with advice, support and impartial information", id="resources: RANi"),
    pytest.param("get-help-and-keep-records.md", "Local Offer: help with advice, support and impartial information", id="resources: the Local Offer"),
    pytest.param("get-help-and-keep-records.md", "Your local authority's mediation service", id="resources: the LA's mediation service"),
    pytest.param("get-help-and-keep-records.md", "National SEND mediation providers", id="resources: national SEND mediation providers"),
    pytest.param("get-help-and-keep-records.md", "KIDS", id="resources: KIDS"),
    pytest.param("get-help-and-keep-records.md", "Global Mediation", id="resources: Global Mediation"),
    pytest.param("get-help-and-keep-records.md", "Mediatelegal", id="resources: Mediatelegal"),
    pytest.param("get-help-and-keep-records.md", "SENDIASS: local impartial information and advice service for parents and young people", id="resources: SENDIASS"),
    pytest.param("get-help-and-keep-records.md", "www.iasmanchester.org", id="resources: the SENDIASS address is shown"),
    pytest.param("get-help-and-keep-records.md", "IPSEA, the Independent Provider of Special Education Advice", id="resources: IPSEA"),
    pytest.param("get-help-and-keep-records.md", "www.ipsea.org.uk", id="resources: the IPSEA address is shown"),
    pytest.param("get-help-and-keep-records.md", "Contact, a national charity supporting families with disabled children", id="resources: Contact"),
    pytest.param("get-help-and-keep-records.md", "www.contact.org.uk", id="resources: the Contact address is shown"),
    pytest.param("get-help-and-keep-records.md", "RANi can provide guidance and templates", id="resources: RANi guidance and templates"),
    pytest.param("get-help-and-keep-records.md", "always keep a copy of all correspondence you send, along with proof of postage or delivery", id="keep copies with proof of postage"),
    pytest.param("get-help-and-keep-records.md", "use a signed-for service", id="use signed-for post"),
    pytest.param("get-help-and-keep-records.md", "ask for a read receipt if possible", id="ask for a read receipt"),
    pytest.param("get-help-and-keep-records.md", "Email RANi at info@rani.org.uk", id="contact: RANi's email address"),
    pytest.param("get-help-and-keep-records.md", "your name your child's name your child's date of birth your query", id="contact: what to include in the email"),
    pytest.param("get-help-and-keep-records.md", "online contact form", id="contact: the online contact form"),
    # About this guide
    pytest.param("about-this-guide.md", "advisory sheet 1", id="about: the source is RANi advisory sheet 1"),
    pytest.param("about-this-guide.md", "Updated: April 2025", id="about: the guide's update date is kept"),
    pytest.param("about-this-guide.md", "England only", id="about: scope is England only"),
    pytest.param("about-this-guide.md", "Decisions under the Children and Families Act 2014", id="about: scope is the CFA 2014 regime"),
    pytest.param("about-this-guide.md", "Tribunal's discretion", id="about: the Tribunal's discretion is not modelled"),
    pytest.param("about-this-guide.md", "judicial review", id="about: judicial review is not modelled"),
    pytest.param("about-this-guide.md", "complaints", id="about: complaints are not modelled"),
    pytest.param("about-this-guide.md", f"The rules were last checked in {month_text(RULES_LAST_CHECKED)}", id="about: the date the rules were last checked"),
    pytest.param("about-this-guide.md", "Nothing you type is sent to this site", id="about: privacy, nothing is sent to the site"),
    pytest.param("about-this-guide.md", "No cookies and no analytics", id="about: privacy, no cookies or analytics"),
    # Issue 10, the pages' side: which body hears a discrimination claim
    pytest.param("disability-discrimination-claims.md", "A school: the Special Educational Needs and Disability (SEND) Tribunal", id="issue 10 item 1: a claim against a school goes to the SEND Tribunal"),
    pytest.param("disability-discrimination-claims.md", "A college, university or private nursery: the County Court", id="issue 10 item 1: a claim against a college goes to the County Court"),
    pytest.param("disability-discrimination-claims.md", "The local authority (LA) in another role, such as transport or its services: the County Court", id="issue 10 item 1: a claim against the LA in another role goes to the County Court"),
    pytest.param("disability-discrimination-claims.md", "At the County Court: the same count. (section 118(1))", id="issue 10 item 1: the County Court time limit is s.118(1)"),
    pytest.param("decide-about-mediation.md", "A claim against a school goes to the Special Educational Needs and Disability (SEND) Tribunal. A claim against a college goes to the County Court.", id="issue 10 item 1: the mediation page says which body hears a claim"),
    pytest.param("check-if-you-need-a-mediation-certificate.md", "A claim against a school goes to the SEND Tribunal. A claim against a college, university, private nursery or the local authority (LA) in another role goes to the County Court.", id="issue 10 item 1: the certificate page says which body hears a claim"),
    pytest.param("check-if-you-need-a-mediation-certificate.md", "The claim goes to the County Court, not the Tribunal.", id="issue 10 item 1: the certificate page's college example goes to the County Court"),
    pytest.param("appeal-to-the-send-tribunal.md", "A claim against a school goes to the Tribunal. A claim against a college goes to the County Court.", id="issue 10 item 1: the appeal page says which body hears a claim"),
    pytest.param("work-out-your-appeal-deadline.md", "Against a college, university, private nursery, or the LA in another role, it goes to the County Court", id="issue 10 item 1: the deadline page says which body hears a claim"),
    # Issue 10: no certificate and past the 2-month contact date; contact after 2 months
    pytest.param("contact-the-mediation-adviser.md", "Contact the mediation adviser now, today. The adviser may still issue a certificate.", id="issue 10 items 2 and 8: past 2 months, contact the adviser now; a certificate may still come"),
    pytest.param("contact-the-mediation-adviser.md", "so get advice quickly", id="issue 10 item 8: contact after 2 months, get advice"),
    pytest.param("contact-the-mediation-adviser.md", 'GOV.UK says: "If you do not have a mediation certificate you will need to tell the tribunal why." You do not need to do this if your appeal is only about section I', id="issue 10 item 2: without a certificate tell the Tribunal why, unless section I only"),
    pytest.param("appeal-to-the-send-tribunal.md", "Contact the mediation adviser now, even if the 2 months have passed.", id="issue 10 item 2: the appeal page says contact the adviser now"),
    pytest.param("appeal-to-the-send-tribunal.md", '"If you do not have a mediation certificate you will need to tell the tribunal why."', id="issue 10 item 2: the appeal page quotes GOV.UK on no certificate"),
    pytest.param("work-out-your-appeal-deadline.md", "If the 2 months for contacting the mediation adviser have passed, contact them today.", id="issue 10 item 2: the deadline page says contact the adviser today"),
    # Issue 10: health-only mediation
    pytest.param("health-and-social-care.md", "the local authority (LA) must tell the ICB within 3 working days. This is true when it is only about health, too.", id="issue 10 item 5: the LA tells the ICB within 3 working days in health-only mediation too"),
    pytest.param("health-and-social-care.md", "Its 30 days start when the LA tells it, not when you told the LA.", id="issue 10 item 5: the ICB's 30 days run from the LA's notice"),
    pytest.param("plan-the-mediation-timeline.md", "IPSEA says the ICB must arrange it within 30 days of the LA telling it", id="issue 10 item 5: the timeline page counts the ICB's 30 days from the LA's notice"),
    # Issue 10: after an agreement (reg 42 and 44)
    pytest.param("if-you-choose-mediation.md", "The time limits count from the date of the agreement.", id="issue 10 item 7: count from the date of the agreement"),
    pytest.param("if-you-choose-mediation.md", "The law applies them as if the agreement were an order of the Tribunal.", id="issue 10 item 12: reg 44 applied as if the agreement were an order"),
    pytest.param("if-you-choose-mediation.md", "Continue to maintain the plan: immediately.", id="issue 10 item 7: continue to maintain the plan immediately"),
    pytest.param("if-you-choose-mediation.md", "Carry out an assessment or a reassessment: tell you within 2 weeks that it will. Then, within 10 weeks", id="issue 10 item 7: re-assessment 2 weeks then 10 or 14 weeks"),
    pytest.param("if-you-choose-mediation.md", 'This duty is on "the local authority or responsible commissioning body"', id="issue 10 item 6: the 2-week duty is on the LA or the health body"),
    pytest.param("plan-the-mediation-timeline.md", "Continue to maintain the plan: immediately.", id="issue 10 item 7: the timeline page lists continue to maintain"),
    pytest.param("plan-the-mediation-timeline.md", "The law applies them as if the agreement were an order of the Tribunal.", id="issue 10 item 12: the timeline page says as if an order"),
    pytest.param("plan-the-mediation-timeline.md", 'This duty is on "the local authority or responsible commissioning body"', id="issue 10 item 6: the timeline page puts the 2-week duty on the LA or the health body"),
    # Issue 10: certificates
    pytest.param("contact-the-mediation-adviser.md", 'This is sometimes called a "deemed" certificate.', id="issue 10: the deemed certificate"),
    pytest.param("contact-the-mediation-adviser.md", "The mediator issues the certificate within 3 working days after the mediation ends.", id="issue 10 item 11: after mediation the mediator issues the certificate"),
    pytest.param("if-you-choose-mediation.md", "The mediator issues your mediation certificate within 3 working days", id="issue 10 item 11: the steps say the mediator issues it"),
    # Issue 10: recommendations are not ignorable; one statement on certificates for them
    pytest.param("health-and-social-care.md", "IPSEA says the body must reply in writing within 5 weeks, and explain why if it will not follow a recommendation.", id="issue 10 item 9: the body must reply in writing with reasons"),
    pytest.param("health-and-social-care.md", "This is from guidance by the Independent Provider of Special Education Advice (IPSEA).", id="issue 10 item 9: the reply duty is worded as guidance with its source"),
    pytest.param("health-and-social-care.md", "No rule says whether you need a certificate then. Get one to be safe.", id="issue 10 item 10: the legal doubt on certificates for recommendations"),
    # Issue 10: which letter counts; ground (d); 5pm as safe practice
    pytest.param("appeal-to-the-send-tribunal.md", "Appeals about what the plan says: the letter that counts is the one that came with the final plan, or the amended plan.", id="issue 10 item 14: the letter with the final or amended plan counts"),
    pytest.param("work-out-your-appeal-deadline.md", "count from the letter that came with the final or amended plan", id="issue 10 item 14: the deadline page says which letter counts"),
    pytest.param("check-if-you-need-a-mediation-certificate.md", "a refusal to carry out a re-assessment of needs", id="issue 10 item 14: ground (d) is a re-assessment of needs"),
    pytest.param("appeal-to-the-send-tribunal.md", "This is the safe course. The Tribunal's rules set 5pm for things due on a day. It is not settled that this applies to appeals.", id="issue 10 item 18: 5pm is safe practice, not settled law"),
    pytest.param("work-out-your-appeal-deadline.md", "This is the safe course. The Tribunal's rules set 5pm for things due on a day, but it is not settled that this applies to appeals", id="issue 10 item 18: the deadline page gives 5pm as safe practice"),
    # Issue 11: what was missing
    pytest.param("contact-the-mediation-adviser.md", "Look in the decision letter. The law says it must give the mediation adviser's contact details.", id="missing: the adviser's details are in the decision letter (reg 32(c))"),
    pytest.param("contact-the-mediation-adviser.md", "that you want to appeal whether you want mediation", id="missing: what to tell the adviser (reg 33)"),
    pytest.param("contact-the-mediation-adviser.md", "If you want mediation, also tell the LA. Tell it the issues you want to talk about.", id="missing: tell the LA you want mediation and the issues (reg 32(e))"),
    pytest.param("contact-the-mediation-adviser.md", "tell it what health care you want", id="missing: tell the LA the health care you want (reg 32(e))"),
    pytest.param("contact-the-mediation-adviser.md", "Mediation not arranged after 30 days? Ask the adviser for the certificate.", id="missing: mediation not arranged in 30 days"),
    pytest.param("appeal-to-the-send-tribunal.md", "Form SEND35a: if the LA refused to carry out an EHC needs assessment.", id="missing: form SEND35a for a refusal to assess"),
    pytest.param("appeal-to-the-send-tribunal.md", "Form SEND35: for every other appeal about an EHC plan", id="missing: form SEND35 for the rest"),
    pytest.param("appeal-to-the-send-tribunal.md", "If something is missing, your appeal may be sent back.", id="missing: incomplete appeals are returned"),
    pytest.param("appeal-to-the-send-tribunal.md", "Explain why it is late, on the form or on a separate sheet.", id="missing: late appeals"),
    pytest.param("appeal-to-the-send-tribunal.md", "A young person (over compulsory school age and under 25) appeals in their own right.", id="missing: young people appeal in their own right"),
    pytest.param("appeal-to-the-send-tribunal.md", 'an "alternative person" acts for them', id="missing: the alternative person"),
    pytest.param("if-you-choose-mediation.md", "What to bring:", id="missing: what to bring to mediation"),
    pytest.param("if-you-choose-mediation.md", "If the LA does not do what it agreed", id="missing: if the LA does not do what it agreed"),
    pytest.param("get-help-and-keep-records.md", "Every area of England has one. It is free.", id="missing: every area has a SENDIASS"),
    pytest.param("get-help-and-keep-records.md", "This is called legal aid.", id="missing: legal aid"),
]


@pytest.mark.parametrize(("markdown_file", "phrase"), FACTS)
def test_fact_of_the_guide_is_on_its_page(site_dir: Path, markdown_file: str, phrase: str) -> None:
    assert phrase in page(site_dir, markdown_file).text()


CHECKLIST_ROWS = [
    ["Task", "Details", "By when"],
    ["Contact mediation adviser", "Required before SEND appeal (except section I-only or discrimination)", "Within 2 months of the decision letter"],
    ["Decide whether to participate", "Optional, but encouraged", "When you contact the adviser"],
    ["Receive mediation certificate", "Mandatory to submit an appeal", "Within 3 working days, if no mediation"],
    ["Schedule mediation (if proceeding)", "Within 30 days; LA must attend", "Within 30 days of telling the LA"],
    ["Prepare your case", "Identify concerns, gather evidence, consider outcomes", "Before the meeting"],
    ["Attend mediation", "Independent, informal, and solution-focused", "On the date you are given"],
    ["Appeal if unresolved", "Tribunal remains open as next step", "By your appeal deadline"],
]


def test_the_checklist_is_a_real_table_with_every_row_of_the_guide(site_dir: Path) -> None:
    checklist = page(site_dir, "checklist.md")
    assert checklist.tables[0] == CHECKLIST_ROWS
    assert len(checklist.find("th")) == 3


LINKS = [
    pytest.param("get-help-and-keep-records.md", "https://www.iasmanchester.org", id="SENDIASS is linked in full"),
    pytest.param("get-help-and-keep-records.md", "https://www.ipsea.org.uk", id="IPSEA is linked in full"),
    pytest.param("get-help-and-keep-records.md", "https://www.contact.org.uk", id="Contact is linked in full"),
    pytest.param("get-help-and-keep-records.md", "mailto:info@rani.org.uk", id="RANi's email address is a link"),
    pytest.param("index.md", "check-if-you-need-a-mediation-certificate/", id="the home page links the certificate calculator"),
    pytest.param("index.md", "work-out-your-appeal-deadline/", id="the home page links the deadline calculator"),
    pytest.param("index.md", "plan-the-mediation-timeline/", id="the home page links the timeline calculator"),
    pytest.param("appeal-to-the-send-tribunal.md", "https://www.gov.uk/appeal-ehc-plan-decision", id="the appeal page links GOV.UK for forms and the online service"),
    pytest.param("disability-discrimination-claims.md", "https://www.gov.uk/complain-about-school/disability-discrimination", id="the discrimination page links GOV.UK for school claims"),
    pytest.param("get-help-and-keep-records.md", "https://councilfordisabledchildren.org.uk/information-advice-and-support-services-network", id="the help page links the national directory of SENDIASS services"),
    pytest.param("get-help-and-keep-records.md", "https://www.gov.uk/find-local-council", id="the help page links GOV.UK to find the council's Local Offer"),
    pytest.param("get-help-and-keep-records.md", "https://www.gov.uk/check-legal-aid", id="the help page links the GOV.UK legal aid checker"),
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
    assert len(NAV_FILES) == 15  # issue 28 added "Prepare your appeal"
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


@zensical_differs("its search box is made by its script when the page runs: the page has no input "
                  "named 'query', and its search dialog carries a second aria-label ('Search')")
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


# Each abbreviation is spelled out in words at its first use on each page (hover text never reaches a
# phone reader): the expansion's words sit right beside that first use. The calculator forms are left
# out: their labels come from the calculators' question declarations (the page's one-line intro
# spells out what they use).
EXPANSIONS = {
    "LA": "local authority", "EHC": "Education, Health and Care", "ICB": "Integrated Care Board",
    "NHS": "National Health Service", "SEND": "Special Educational Needs and Disabilit",
    "SEN": "special educational needs", "IPSEA": "Independent Provider of Special Education Advice",
    "SENDIASS": "Special Educational Needs and Disabilities Information, Advice and Support Service",
}
NEAR = 120  # characters either side of the first use, beyond the expansion itself


def text_outside_forms(parsed: Page) -> str:
    text = parsed.text()
    for start, end in (("What do you disagree with", "Check if you need a certificate"),
                       ("What are you appealing or claiming about?", "Work out the deadline"),
                       ("Date on the decision letter If", "Plan the timeline"),
                       ("Date on the decision letter If", "Make my plan")):
        if start in text and end in text[text.index(start):]:
            i = text.index(start)
            text = text[:i] + text[text.index(end, i) + len(end):]
    return text


@pytest.mark.parametrize("markdown_file", NAV_FILES)
def test_each_abbreviation_is_spelled_out_at_its_first_use_on_the_page(site_dir: Path, markdown_file: str) -> None:
    text = text_outside_forms(page(site_dir, markdown_file))
    for term, words in EXPANSIONS.items():
        first = re.search(rf"(?<![\w-]){term}(?![\w-])", text)
        if first:
            near = text[max(0, first.start() - NEAR - len(words)):first.end() + NEAR + len(words)].lower()
            assert words.lower() in near, f"{term} first used without its expansion: ...{near}..."


# Issue 10 item 10: one statement on whether recommendations need a certificate, with the doubt said
# once; item 12: the reg 44 limits are never "the time limits the Tribunal would set".
@pytest.mark.parametrize(
    ("phrase", "pages_with_it"),
    [
        pytest.param("No rule says whether you need a certificate then", ["health-and-social-care.md"],
                     id="the doubt about certificates for recommendations is said once, on the health page"),
        pytest.param("does not clearly say", [], id="no other page restates the doubt"),
        pytest.param("the time limits the Tribunal would set", [], id="no page says the Tribunal sets the reg 44 limits"),
        pytest.param("the adviser issues your certificate after mediation", [], id="no page says the adviser issues the certificate after mediation"),
    ],
)
def test_a_statement_is_made_on_one_page_only(site_dir: Path, phrase: str, pages_with_it: list[str]) -> None:
    assert [name for name in NAV_FILES if phrase.lower() in page(site_dir, name).text().lower()] == pages_with_it


def test_the_glossary_is_readable_on_the_about_page(site_dir: Path) -> None:
    """Tooltips are hard to reach on phones: the about page spells out each term too."""
    about = page(site_dir, "about-this-guide.md").text()
    for term in ("EHC", "EHC plan", "LA", "ICB", "SEND", "SENDIASS", "IPSEA", "Section B", "Section F", "Section I"):
        assert f"{term}:" in about, term


#: A legislation.gov.uk link in the pages' Markdown: its text and address.
LEGISLATION_LINK = re.compile(r"\[([^\]]+)\]\((https://www\.legislation\.gov\.uk/[^)]+)\)")
UNIT_IN_TEXT = re.compile(r"\b(section|regulation|rule|paragraph|schedule|part|article)(s?) (\d{1,3})\b(?![.]\d)", re.IGNORECASE)


@pytest.mark.parametrize("markdown_file", NAV_FILES)
def test_each_citation_link_opens_the_unit_it_names(markdown_file: str) -> None:
    """L9: "section 51" links to .../section/51, not to the Act or its Part; one link names one unit."""
    text = (ROOT / "docs" / markdown_file).read_text(encoding="utf-8")
    for label, url in LEGISLATION_LINK.findall(text):
        units = UNIT_IN_TEXT.findall(label)
        if not units:
            continue  # a whole instrument, named as such
        assert not any(plural for _, plural, _ in units), (markdown_file, label)
        kind, _, number = units[-1]
        path = url.removeprefix("https://www.legislation.gov.uk/").split("/")
        assert f"{kind.lower()}/{number}" in "/".join(path[3:]), (markdown_file, label, url)
        assert path[-1] == number or path[-2:] == ["crossheading", "mediation"], (markdown_file, label, url)


def test_the_about_page_says_how_we_check_the_law_in_the_calculators_words(site_dir: Path) -> None:
    """W10: how sure we are is said on the About page, in words, never as HIGH, MED or LOW."""
    about = page(site_dir, "about-this-guide.md").text()
    assert "How we check the law" in about and "We read the law's own words" in about
    assert "Check this time limit with your adviser: it comes from guidance." in about
    for name in NAV_FILES:
        words = page(site_dir, name).text()
        assert not re.search(r"number not verified|\b(?:HIGH|MED|LOW)\b", words), name


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


@pytest.mark.parametrize("markdown_file", NAV_FILES)
def test_only_calculator_pages_load_the_calculators_script(site_dir: Path, markdown_file: str) -> None:
    """Every page loads site.js (the service worker and the drawer, 2 kB); only a page with a calculator form
    loads calculators.js (8 kB), so guide pages stay light (issue 13)."""
    parsed = page(site_dir, markdown_file)
    scripts = [urlsplit(attrs["src"]).path.rsplit("/", 1)[-1] for tag, attrs in parsed.tags
               if tag == "script" and "src" in attrs]
    has_calculator = any(tag == "form" and "data-calculator" in attrs for tag, attrs in parsed.tags)
    assert has_calculator == (markdown_file in CALCULATOR_FILES)
    assert scripts.count("site.js") == 1
    assert scripts.count("calculators.js") == (1 if has_calculator else 0)


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
    page_file = project / "docs" / "about-this-guide.md"
    page_file.write_text(page_file.read_text() + f"\nSee {broken_link}.\n")
    result = mkdocs_build(project, tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Aborted with 1 warnings in strict mode" in output
    assert f"Doc file 'about-this-guide.md' contains a link '{complaint}'" in output


@pytest.mark.parametrize("generator", ["mkdocs", "zensical"])
def test_the_repository_is_a_plain_link_that_asks_no_other_origin(tmp_path: Path, generator: str) -> None:
    """With REPO_URL and EDIT_URI set (as pages.yml sets them): plain links, no Material source component.

    Zensical 0.0.73 applies overrides/partials/source.html too (issue 25 thought it might not)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "REPO_URL": "https://github.com/rani-org/send-mediation",
           "EDIT_URI": "edit/main/docs/"}
    env.pop("SITE_URL", None)
    if generator == "mkdocs":
        command, cwd, site = [*MKDOCS, "--site-dir", str(tmp_path / "site")], ROOT, tmp_path / "site"
    else:  # it writes only inside its project (and keeps a cache there): a copy, as scripts/build builds it
        cwd = copy_project(tmp_path)
        with (cwd / "mkdocs.yml").open("a", encoding="utf-8") as config:
            config.write("\nsite_dir: site\n")
        command, site = [str(Path(sys.executable).parent / "zensical"), "build", "--strict"], cwd / "site"
    built = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    parsed = read(site / "checklist" / "index.html")
    links = {squash("".join(text)): attrs["href"] for attrs, text, _ in parsed.links}
    assert links["View the source"] == "https://github.com/rani-org/send-mediation"
    assert links["Suggest a change"] == "https://github.com/rani-org/send-mediation/edit/main/docs/checklist.md"
    assert not [attrs for _, attrs in parsed.tags if attrs.get("data-md-component") == "source"]


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
        result = page_.locator(".md-search-result__list a[href*='get-help-and-keep-records']").first
        result.wait_for(timeout=15_000)
        assert page_.get_by_role("dialog", name="Search this guide").count() == 1
    finally:
        page_.close()


@pytest.mark.parametrize("width", [pytest.param(320, id="at 320px wide"), pytest.param(1280, id="at 1280px wide")])
def test_skip_link_shows_on_focus_and_nothing_scrolls_sideways(browser, site_url: str, width: int) -> None:
    page_ = browser.new_page(viewport={"width": width, "height": 800})
    try:
        for path in ("", "checklist/", "get-help-and-keep-records/", "appeal-to-the-send-tribunal/", "work-out-your-appeal-deadline/"):
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
