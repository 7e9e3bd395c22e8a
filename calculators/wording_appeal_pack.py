"""The words of "Prepare your appeal": the form, the dates, what to send and the questions, in the appellant's voice.

Wording only: :mod:`calculators.appeal_pack` decides. Each fact beyond the guide comes with the page
it was checked against (``appeal_pack.SOURCES``), and the page lists them under "Where this comes from".
"""

from __future__ import annotations

from . import appeal_pack as _pack
from .limits import APPEAL_AFTER_CERTIFICATE
from .provisions import HESC_RULE_5_3_A
from .wording import RULES_LAST_CHECKED_TEXT, date_text

#: Who the questions are about, as the person appealing says it (CFA 2014 s.51(1), s.80): (who, has).
VOICES = {
    "parent": ("your child", "has"),
    "young-person": ("you", "have"),
    "alternative-person": ("the young person", "has"),
}

HEADING = "Your appeal form:"
NO_APPEAL_HEADING = "Can you appeal to the SEND Tribunal?"
NO_APPEAL_ANSWER = "No"
NO_APPEAL_TEXT = ("The SEND Tribunal cannot hear an appeal about what you chose. So there is no appeal form "
                  "to fill in.")
DISCRIMINATION_TEXT = ("A disability discrimination claim is not an appeal about a plan. It has its own forms "
                       "and time limit.")
DISCRIMINATION_LINK = ("Disability discrimination claims", "../disability-discrimination-claims/")
TWO_FORMS_MESSAGE = ("A refusal to assess is appealed on its own form. Choose it on its own, or choose only "
                     "the other things")
FORM_TEXT = {
    _pack.SEND35A: "Use form SEND35a. It is for a refusal to carry out an EHC needs assessment.",
    _pack.SEND35: "Use form SEND35. It is for every EHC appeal except a refusal to assess.",
}
ONLINE_TEXT = ("You can also appeal online. GOV.UK\u2019s guide has the forms and the online service. "
               "Forms change, so get yours there.")
GUIDE_LINK = ("Appeal an EHC plan decision on GOV.UK", _pack.GOV_UK_GUIDE)
SEPARATE_SHEET_TEXT = ("The boxes on the form may not grow as you type. If your answer does not fit, write "
                       "\u201csee separate sheet\u201d in the box. Then send your answer as a separate document.")
ANNOUNCEMENT = "Your appeal pack is ready."

# --- The dates: the plan's status, in words -------------------------------------------------------

IN_TIME_TEXT = ("The SEND Tribunal must receive your appeal by {day}. Send it early, and aim for it to "
                "arrive before 5pm.")
WAITING_TEXT = ("You are waiting for your mediation certificate, so you are not late. When it comes, you "
                f"have {APPEAL_AFTER_CERTIFICATE.text} from the date on it. To be safe, make sure the "
                "Tribunal has your appeal by {day}.")
OVERDUE_TEXT = ("Your mediation certificate is overdue, and the earliest your deadline could be, {day}, has "
                "passed. Ask for the certificate today, and the date on it. You have "
                f"{APPEAL_AFTER_CERTIFICATE.text} from that date. If that has passed too, send your appeal at "
                "once. Say it is late, and ask for more time.")
#: In time, a certificate needed and not asked for yet: contact the adviser first (reg 33).
CONTACT_FIRST_TEXT = ("You need a mediation certificate first. Contact the mediation adviser by {day}. If that is "
                      "not a working day, contact them on the working day before. Make your plan tells you how.")
#: The same, the reg 33 date passed: contact the adviser now, and appeal by the deadline anyway.
CONTACT_NOW_TEXT = ("You need a mediation certificate, and the date to contact the mediation adviser has passed. "
                    "Contact them now, and send your appeal by your deadline anyway.")
PASSED_TEXT = ("The last day was {day}, so your appeal is late. Send it at once. Say it is late, and ask "
               "the Tribunal for more time. Explain why it is late. The Tribunal decides: it is not "
               f"automatic ({HESC_RULE_5_3_A.citation}).")
# --- What to send ------------------------------------------------------------------------------------

ATTACHMENT_TEXT = {
    _pack.DECISION_LETTER: "The local authority\u2019s decision letter.",
    _pack.MEDIATION_CERTIFICATE: "Your mediation certificate.",
    _pack.NO_CERTIFICATE_NOTE: ("Your mediation certificate. If it does not come in time, send a note instead. "
                                "Ask the Tribunal\u2019s permission to appeal without one, and say why you do not "
                                "have it. Make your plan writes this note for you."),
    _pack.EHC_PLAN: "The EHC plan: the latest final or amended plan.",
    _pack.SECTION_K_REPORTS: ("Every report listed in section K of the plan. If one is missing, send what you "
                              "have and say which is missing."),
    _pack.SCHOOL_CONTACTED: ("For section I: the name and address of the school or college you want. Say "
                             "that you have contacted it, when, and what it said. If you cannot name one, "
                             "say what type of school you want. If it is an independent school or college, "
                             "get it to confirm in writing that it can meet the needs and has a place."),
    _pack.LATE_REASONS: ("Why your appeal is late, on the form or a separate sheet. Ask the Tribunal for more "
                         "time."),
    _pack.EVIDENCE: "Any evidence you have now, such as reports and letters. You can send more later.",
}
CERTIFICATE_WHEN_IT_COMES = "Your mediation certificate, when it comes."
CERTIFICATE_ADVISED = ("Your mediation certificate, if you have one. Your appeal is only about section I, but you "
                       "also ask for health or social care recommendations. It is not settled whether you need "
                       "it, so send it to be safe.")
RETURNED_TEXT = ("If something is missing, your appeal may be sent back. It has not started until it is "
                 "complete. So check the list on the form before you send it.")

# --- The reasons: the question the Tribunal will ask, for each ground ---------------------------------

QUESTIONS = {
    "a": ("Why do you think {who} {has} or may have special educational needs? And why may {who} need "
          "special educational provision through an EHC plan?"),
    "b": "Why is the decision not to issue an EHC plan wrong?",
    "c-i": "Section B, the special educational needs: what is missing or wrong, and what should it say?",
    "c-ii": "Section F, the special educational provision: what is missing or wrong, and what should it say?",
    "c-iii": "Section I: which school or college do you want named, and why is it right for {who}?",
    "c-iv": "Section I: which school or college do you want named, and why is it right for {who}?",
    "d": "Why is the decision not to carry out a re-assessment wrong?",
    "e": "Why is the decision not to change the EHC plan wrong?",
    "f": "Why is the decision to stop maintaining the EHC plan wrong?",
    "health-social-care": ("Health and social care: what is missing or wrong in the plan, and what should it "
                           "say?"),
}
REASONS_INTRO = ("Answer each question in your own words. Then copy each answer into the form or the online "
                 "service.")
EVIDENCE_LABEL = "The evidence for this (optional)"
EVIDENCE_HINT = "For example, reports, letters or school records. Say which document shows what."
#: The page's list of where this comes from: (words, address).
SOURCE_LINKS = (
    ("GOV.UK: Appeal an EHC plan decision", _pack.GOV_UK_GUIDE),
    ("IPSEA: How to submit an appeal about the contents of a plan", _pack.IPSEA_CONTENTS),
    ("SEND Advice Surrey: the appeal process", _pack.SURREY_FLOW_CHART),
    ("SEND Advice Surrey: how to complete a SEND35", _pack.SURREY_SEND35),
    ("SEND Advice Surrey: how to complete a SEND35a", _pack.SURREY_SEND35A),
    ("CB SENDIASS: filling out the SEND35 form", _pack.CB_SENDIASS_SEND35),
)


def question(ground: str, appellant: str) -> str:
    """The question for one ground, in the appellant's voice.

    >>> question("a", "young-person")
    'Why do you think you have or may have special educational needs? And why may you need special educational provision through an EHC plan?'
    """
    who, has = VOICES[appellant]
    return QUESTIONS[ground].format(who=who, has=has)


def dates_text(pack: _pack.AppealPack) -> list[str]:
    """The deadline and where the reader stands, from the plan's status."""
    status = pack.status
    if status.status == "in-time":
        first = []
        if status.needs_certificate and status.contact == "not-yet" and pack.situation.certificate_issued is None:
            first = ([CONTACT_FIRST_TEXT.format(day=date_text(status.contact_by))]  # type: ignore[arg-type]
                     if pack.situation.today <= status.contact_by else [CONTACT_NOW_TEXT])  # type: ignore[operator]
        return [IN_TIME_TEXT.format(day=date_text(status.last_day)), *first]  # type: ignore[arg-type]
    if status.status == "waiting-for-certificate":
        return [WAITING_TEXT.format(day=date_text(status.earliest_last_day))]  # type: ignore[arg-type]
    if status.status == "certificate-overdue":
        return [OVERDUE_TEXT.format(day=date_text(status.earliest_last_day))]  # type: ignore[arg-type]
    if status.status == "deadline-passed":
        return [PASSED_TEXT.format(day=date_text(status.last_day))]  # type: ignore[arg-type]
    return []


def checklist(pack: _pack.AppealPack) -> list[str]:
    """What to send, one line a document."""
    lines = []
    for key in pack.attachments:
        text = ATTACHMENT_TEXT[key]
        if key == _pack.MEDIATION_CERTIFICATE and pack.status.certificate_advised:
            text = CERTIFICATE_ADVISED
        elif key == _pack.MEDIATION_CERTIFICATE and pack.situation.certificate_issued is None:
            text = CERTIFICATE_WHEN_IT_COMES
        lines.append(text)
    return lines


def pack_display(pack: _pack.AppealPack) -> dict[str, object]:
    """The display object for "Prepare your appeal"."""
    appellant = pack.situation.appellant
    links = [{"text": GUIDE_LINK[0], "url": GUIDE_LINK[1]}] if pack.form else []
    if "disability-discrimination" in pack.situation.grounds:
        links.append({"text": DISCRIMINATION_LINK[0], "url": DISCRIMINATION_LINK[1]})
    extra = [DISCRIMINATION_TEXT] if "disability-discrimination" in pack.situation.grounds else []
    if pack.form is None:
        return {"heading": NO_APPEAL_HEADING, "answer": NO_APPEAL_ANSWER, "paragraphs": [NO_APPEAL_TEXT, *extra],
                "links": links, "dates": [], "checklist": [], "returned": "", "reasons": [],
                "reasons_intro": "", "separate_sheet": "", "sources": [], "announcement": ANNOUNCEMENT,
                "rules_last_checked": RULES_LAST_CHECKED_TEXT}
    return {
        "heading": HEADING,
        "answer": pack.form,
        "paragraphs": [FORM_TEXT[pack.form], ONLINE_TEXT, *extra],
        "links": links,
        "dates": dates_text(pack),
        "checklist": checklist(pack),
        "returned": RETURNED_TEXT,
        "reasons": [{"ground": key, "question": question(key, appellant), "evidence": EVIDENCE_LABEL,
                     "evidence_hint": EVIDENCE_HINT} for key in pack.reasons],
        "reasons_intro": REASONS_INTRO,
        "separate_sheet": SEPARATE_SHEET_TEXT,
        "sources": [{"text": text, "url": url} for text, url in SOURCE_LINKS],
        "announcement": ANNOUNCEMENT,
        "rules_last_checked": RULES_LAST_CHECKED_TEXT,
    }


def pack_text(display: dict[str, object]) -> str:
    """The pack as plain text, for the command line (the page's download adds what the reader typed)."""
    lines = [f"{display['heading']} {display['answer']}", "", *display["paragraphs"]]  # type: ignore[misc]
    lines += [f"{link['text']}: {link['url']}" for link in display["links"]]  # type: ignore[attr-defined]
    if display["dates"]:
        lines += ["", "Your dates:", *display["dates"]]  # type: ignore[misc]
    if display["checklist"]:
        lines += ["", "What to send with your form:"]
        lines += [f"  - {item}" for item in display["checklist"]]  # type: ignore[attr-defined]
        lines += [str(display["returned"])]
    if display["reasons"]:
        lines += ["", "Your reasons:", str(display["reasons_intro"]), str(display["separate_sheet"])]
        lines += [f"  {number}. {item['question']}"
                  for number, item in enumerate(display["reasons"], start=1)]  # type: ignore[arg-type]
    return "\n".join(lines)
