"""The words of "Prepare your appeal": the form, the dates, what to send and the questions, in the appellant's voice.

Wording only: :mod:`calculators.appeal_pack` decides. Each fact beyond the guide comes with the page
it was checked against (``appeal_pack.SOURCES``), and the page lists them under "Where this comes from".
"""

from __future__ import annotations

from . import appeal_pack as _pack
from .display import WorkingsStep
from .limits import ADVISER_CERTIFICATE, APPEAL_AFTER_CERTIFICATE, APPEAL_AFTER_DECISION, MEDIATION_ARRANGED
from .provisions import HESC_RULE_5_3_A, HESC_RULE_20_1_C, HESC_RULE_20_1_C_I, SEND_REGS_REGS_34_41
from .wording import RULES_LAST_CHECKED_TEXT, SCOPE_TEXT, SCOPE_WHERE_TEXT, date_text, workings_step
from .wording_certificate import NO_RECOMMENDATIONS_TEXT
from .wording_deadlines import DECISION_LETTER_GAPS_TEXT, WITHOUT_CERTIFICATE_NOW_TEXT, WITHOUT_CERTIFICATE_TEXT
from .wording_timeline import awaiting_text, certificate_from

#: Who the questions are about, as the person appealing says it (CFA 2014 s.51(1), s.80): (who, has, whose).
VOICES = {
    "parent": ("your child", "has", "your child\u2019s"),
    "young-person": ("you", "have", "your"),
    "alternative-person": ("the young person", "has", "the young person\u2019s"),
}
#: The page that writes the notes to the Tribunal; on the page its name is a link (calculators.js).
PLAN_LINK = ("Make your plan", "../make-your-plan/")

HEADING = "Your appeal form:"
NO_APPEAL_HEADING = "Can you appeal to the SEND Tribunal?"
NO_APPEAL_ANSWER = "No"
NO_APPEAL_TEXT = ("The SEND Tribunal cannot hear an appeal about what you chose. So there is no appeal form "
                  "to fill in.")
DISCRIMINATION_TEXT = ("A disability discrimination claim is not an appeal about a plan. It has its own forms "
                       "and time limit.")
DISCRIMINATION_LINK = ("Disability discrimination claims", "../disability-discrimination-claims/")
#: GOV.UK error style: what went wrong, and how to put it right (legal read 1, item 8: two decisions are
#: two appeals, each with its own deadline; a refusal to assess again, with a plan, is ground (d); legal
#: read 2, item 4: neither waits for the other).
TWO_FORMS_MESSAGE = ("A refusal to assess goes on its own form, SEND35a. If you have two decisions, make two "
                     "appeals. Prepare each one here on its own. Send each by its own deadline. Do not wait for "
                     "one to finish before sending the other. If there is already an EHC plan, a refusal to "
                     "assess again is a refusal to re-assess. Choose that instead. It goes on form SEND35.")
FORM_TEXT = {
    _pack.SEND35A: "Use form SEND35a. It is for a refusal to carry out an EHC needs assessment.",
    _pack.SEND35: "Use form SEND35. It is for every EHC appeal except a refusal to assess.",
}
ONLINE_TEXT = ("You can also appeal online. GOV.UK\u2019s guide has the forms and the online service. "
               "Forms change, so get yours there.")
GUIDE_LINK = ("Appeal an EHC plan decision on GOV.UK", _pack.GOV_UK_GUIDE)
#: An alternative person appeals for a young person who lacks capacity (CFA 2014 s.80; SEND Regs 2014
#: Sch 3; capacity is presumed: legal reference F2, W8). Legal read 2, item 7: no placeholder, and after
#: the GOV.UK link (the display's ``after_links``).
ALTERNATIVE_PERSON_TEXT = ("On the form, say you are the alternative person for the young person. Say why: they "
                           "cannot make this decision for themselves. If you are their deputy or hold a power of "
                           "attorney, say so.")
SEPARATE_SHEET_TEXT = ("The boxes on the form may not grow as you type. If your answer does not fit, write "
                       "\u201csee separate sheet\u201d in the box. Then send your answer as a separate document.")
ANNOUNCEMENT = "Your appeal pack is ready."

# --- The dates: the plan's status, in words -------------------------------------------------------

#: 5pm is safe practice, not settled law (HESC r.12(1); legal reference D).
IN_TIME_TEXT = ("The SEND Tribunal must receive your appeal by {day}. Send it early. To be safe, make sure it "
                "arrives before 5pm that day.")
#: The legal basis of every status's date, shown with its provision and link as the other calculators show
#: their workings (legal read 2, item 6): the later of the two (a certificate's date entered, or one awaited),
#: else the 2 months (no certificate yet, or section I alone: no later date is promised, W1, W3).
RULES_TEXT = "This comes from the Tribunal\u2019s rules."
BASIS_LATER_OF_TEXT = (f"This is {APPEAL_AFTER_DECISION.text} after the decision letter was sent, or "
                       f"{APPEAL_AFTER_CERTIFICATE.text} after the date on your certificate, whichever is later. "
                       + RULES_TEXT)
BASIS_DECISION_TEXT = f"This is {APPEAL_AFTER_DECISION.text} after the decision letter was sent. " + RULES_TEXT
BASIS_WAITING_TEXT = (f"Your deadline is {APPEAL_AFTER_DECISION.text} after the decision letter was sent, or "
                      f"{APPEAL_AFTER_CERTIFICATE.text} after the date on your certificate, whichever is later. "
                      + RULES_TEXT)
#: Legal read 2, item 9: a reader in time is told who decides more time, not that we cannot say.
SCOPE_IN_TIME_TEXT = SCOPE_WHERE_TEXT + " If you miss the deadline, the Tribunal decides whether to give more time."
#: W3: section I alone needs no certificate, and mediation gives no later date.
NO_LATER_DATE_TEXT = f"Mediation does not stop your {APPEAL_AFTER_DECISION.amount}-month deadline."
SECTION_I_ALONE_TEXT = ("Your appeal is only about section I, so you do not need a mediation certificate. If you "
                        "choose mediation, it does not stop your "
                        f"{APPEAL_AFTER_DECISION.amount}-month deadline.")
#: Legal read 2, item 5: once the deadline has passed, mediation is no reason to wait (W6).
SECTION_I_ALONE_LATE_TEXT = ("Your appeal is only about section I, so you do not need a mediation certificate. Do "
                             "not wait for mediation. Send your appeal now.")
WAITING_TEXT = "You are waiting for your mediation certificate, so you are not late."
#: W1: D is the 2-month date: rule 20(1)(c) gives the later of the two dates.
WAITING_LATER_OF_TEXT = (f"When it comes, your deadline is {APPEAL_AFTER_CERTIFICATE.text} after the date on it, "
                         "or {day} if that is later.")
#: W1: D comes from the earliest date the certificate can carry.
WAITING_EARLIEST_TEXT = (f"When it comes, your deadline is {APPEAL_AFTER_CERTIFICATE.text} after the date on it. "
                         "It could be dated as early as {earliest}{why}.")
EARLIEST_WHY = {"adviser": ", the day you told the mediation adviser",
                "deemed": ", the day you told the local authority", "mediator": ", the day mediation ended"}
WAITING_BY_TEXT = "So, to be safe, make sure the Tribunal has your appeal by {day}."
#: Legal read 2, item 2: 30 days passed with no meeting (or a later one) and no certificate: a deemed
#: certificate may already be dated (W1, W2, A6); the date to meet first, then why, then what to do.
DEEMED_BY_TEXT = ("To be safe, make sure the Tribunal has your appeal by {day}. This date is safe whatever your "
                  "certificate says. A certificate can give you more time, never less.")
#: W10: the 30-day duty is IPSEA's words ("must arrange"), cited as the regulations' Part 2.
DEEMED_ARRANGE_TEXT = (f"IPSEA says the local authority must arrange mediation within {MEDIATION_ARRANGED.text}. "
                       "That was by {due}. Mediation was not held by then.")
DEEMED_ASK_TEXT = ("So ask the mediation adviser today for your certificate and the date on it. One may already "
                   "have been issued, as early as {earliest}.")
DEEMED_LATER_TEXT = f"If {APPEAL_AFTER_CERTIFICATE.text} after its date is later than {{day}}, you have until then."
NO_MEETING_TEXT = "Do not wait for the meeting to appeal."
#: W1: the certificate was due (3 working days); chase it.
CHASE_TEXT = "Your certificate was due by {due}. Contact {who} today and ask for it."
#: W1, W6: overdue is neither late nor in time; do not wait, and word lateness conditionally.
OVERDUE_TEXT = "Your mediation certificate is overdue."
OVERDUE_DUE_TEXT = "It was due by {due}."
OVERDUE_ASK_TEXT = ("Do not wait. Today, ask {who} for your certificate and the date on it. Your deadline is "
                    f"{APPEAL_AFTER_CERTIFICATE.text} after that date. If it is dated as early as it can be, your "
                    "deadline was {day}. So it has probably passed. Send your appeal now, with the notes on the "
                    "list below.")
#: In time, a certificate needed and not asked for yet: contact the adviser first (reg 33).
CONTACT_FIRST_TEXT = ("You need a mediation certificate first. Contact the mediation adviser now. Say you want to "
                      "appeal, and whether you want mediation. You must contact them by {day}. If that is not a "
                      "working day, contact them on the working day before. Then your deadline is {last_day}, or "
                      f"{APPEAL_AFTER_CERTIFICATE.text} after the date on your certificate if that is later. Make "
                      "your plan tells you how.")
#: The same, the reg 33 date passed: contact the adviser now, and appeal by the deadline anyway.
CONTACT_NOW_TEXT = ("You need a mediation certificate, and the date to contact the mediation adviser has passed. "
                    "Contact them now, and send your appeal by your deadline anyway.")
#: Shown with rule 5(3)(a) and its link (legal read 2, item 6).
PASSED_TEXT = ("The last day was {day}, so your appeal is late. Send it at once. Say it is late, and ask "
               "the Tribunal for more time. Explain why it is late. The Tribunal decides: it is not "
               "automatic.")
# --- What to send ------------------------------------------------------------------------------------

ATTACHMENT_TEXT = {
    _pack.DECISION_LETTER: "The local authority\u2019s decision letter.",
    _pack.MEDIATION_CERTIFICATE: "Your mediation certificate.",
    _pack.NO_CERTIFICATE_NOTE: ("If it has not come, send a note with your appeal saying why you do not have it. "
                                + WITHOUT_CERTIFICATE_TEXT),
    _pack.EHC_PLAN: "The EHC plan: the latest final or amended plan.",
    _pack.SECTION_K_REPORTS: ("Every report listed in section K of the plan. If one is missing, send what you "
                              "have and say which is missing."),
    _pack.SCHOOL_CONTACTED: ("For section I: the name and address of the school or college you want. Say "
                             "that you have contacted it, when, and what it said. If you cannot name one, "
                             "say what type of school or college you want. If it is an independent school or "
                             "college, get it to confirm in writing. It must say it can meet {whose} needs and has a place."),
    _pack.LATE_REASONS: ("Why your appeal is late, on the form or a separate sheet. Ask the Tribunal for more "
                         f"time. {DECISION_LETTER_GAPS_TEXT} This can help."),
    _pack.EVIDENCE: "Any evidence you have now, such as reports and letters. You can send more later.",
}
CERTIFICATE_WHEN_IT_COMES = "Your mediation certificate, when it comes."
#: W3, W5: the certificate is advised, not known to be needed (legal reference §2, "Open"); what to tell the
#: adviser (reg 33's three parts, A2) and when a certificate should come (A3: "should", since regs 33 and 34
#: may not apply to section I, W3). Legal read 2, item 3.
CERTIFICATE_ADVISED = ("Your mediation certificate. It is not settled whether you need one. To be safe, phone the "
                       "mediation adviser now. Say you want to appeal, and whether you want mediation. If you do "
                       "not want mediation, they should send you a certificate within "
                       f"{ADVISER_CERTIFICATE.text}.")
#: The note for it, only as a condition: "if I need a certificate" (the point is open, W3, W5, E5).
ADVISED_NOTE_TEXT = ("Add a note. Say your appeal is only about section I and health and social care, and when you "
                     "asked for a certificate. Say: \u201cIf I need a certificate, I ask permission to appeal without "
                     "one.\u201d The Tribunal\u2019s published advice is that it gives this only in exceptional "
                     "circumstances.")
#: The day to send the appeal without the certificate: the plan's note day, before the deadline (W1, W5).
ADVISED_NOTE_BY = "If it has not come by {day}, send your appeal anyway. " + ADVISED_NOTE_TEXT
ADVISED_NOTE_NOW = "If you do not have it, do not wait for it. Send your appeal now. " + ADVISED_NOTE_TEXT
#: The note with the facts on record (legal read 2, items 1 and 8; W5): by the plan's note day, or "in time"
#: once the plan offers it, or now (overdue). ``{facts}`` are from :func:`note_facts`.
#: The note asks for permission in its own words, not only around them (third legal read, M1; E5, W5).
ASK_PERMISSION_TEXT = "I ask the Tribunal\u2019s permission to appeal without a certificate."
NOTE_BY_TEXT = ("If it has not come by {day}, send your appeal with a note. Say: \u201c{facts} "
                + ASK_PERMISSION_TEXT + "\u201d " + WITHOUT_CERTIFICATE_TEXT)
NOTE_WAITING_TEXT = ("If it has not come in time, send your appeal with a note. Say: \u201c{facts} "
                     + ASK_PERMISSION_TEXT + "\u201d " + WITHOUT_CERTIFICATE_TEXT)
NOTE_NOW_TEXT = ("If you still do not have it, send a note with your appeal. Say: \u201c{facts} "
                 + ASK_PERMISSION_TEXT + "\u201d " + WITHOUT_CERTIFICATE_NOW_TEXT)
#: Late, or overdue with nothing known: why there is no certificate.
NOTE_WHY_NOW_TEXT = "If you still do not have it, send a note with your appeal saying why. " + WITHOUT_CERTIFICATE_NOW_TEXT
#: What happened, as the note says it (the plan's dates).
FACTS_ADVISER = ("I told the mediation adviser on {told} that I want to appeal and do not want mediation. My "
                 "certificate was due by {due}. It has not arrived.")
FACTS_ADVISER_HEALTH_ONLY = ("I told the mediation adviser on {told} that I want to appeal. I do not want mediation "
                             "about what I am appealing. My certificate was due by {due}. It has not arrived.")
FACTS_MEDIATOR = "My mediation ended on {ended}. My certificate was due by {due}. It has not arrived."
FACTS_DEEMED = (f"I told the local authority on {{told}} that I want mediation. It was not held within "
                f"{MEDIATION_ARRANGED.text}, by {{due}}. My certificate has not arrived.")
FACTS_NONE = "My certificate has not arrived."
PLAN_WRITES_NOTE_TEXT = f" Our page {PLAN_LINK[0]} can write this note for you."
#: Overdue: the note asking for more time, conditionally (W6).
LATE_IF_TEXT = ("A note saying: \u201cIf my appeal is late, I ask the Tribunal to extend the time under rule 5(3)(a) "
                f"because \u2026\u201d Then give your reasons. {DECISION_LETTER_GAPS_TEXT} This can help.")
#: E3: a returned appeal has not started, and the time limit keeps running.
RETURNED_TEXT = ("If something is missing, the Tribunal may send your appeal back. Then your appeal has not "
                 "started, but your deadline keeps running. So check the list on the form before you send it.")
#: Legal read 2, item 5: once the deadline has passed, it has no deadline left to run (W6).
RETURNED_LATE_TEXT = ("If something is missing, the Tribunal may send your appeal back. Then your appeal has not "
                      "started, and it gets later every day. So check the list on the form before you send it.")

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
    # Recommendations only, not binding (legal reference §1, §2; Recommendations Regs 2017).
    "health-social-care": ("Health and social care (sections D, G, H1 and H2): what is missing or wrong? What should "
                           "the Tribunal recommend? The Tribunal can only recommend changes here. The health body "
                           "and social care do not have to follow them."),
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
    who, has, _ = VOICES[appellant]
    return QUESTIONS[ground].format(who=who, has=has)


#: A line of the dates: words, or words with the provision they come from and its link (a workings step).
DateLine = str | WorkingsStep


def _basis(status: _pack.PlanStatus, situation: _pack.Situation) -> WorkingsStep:
    """Where the date comes from: rule 20, with its link (legal read 2, item 6)."""
    if status.status in ("waiting-for-certificate", "certificate-overdue"):
        return workings_step(BASIS_WAITING_TEXT, HESC_RULE_20_1_C)
    if situation.certificate_issued is not None and not status.section_i_alone:
        return workings_step(BASIS_LATER_OF_TEXT, HESC_RULE_20_1_C)
    return workings_step(BASIS_DECISION_TEXT, HESC_RULE_20_1_C_I)


def _deemed(pack: _pack.AppealPack) -> list[DateLine]:
    """Waiting, 30 days passed with no meeting (or a later one): the safe date first, then why (legal read 2, item 2)."""
    status, situation = pack.status, pack.situation
    day = date_text(status.earliest_last_day)  # type: ignore[arg-type]
    texts: list[DateLine] = [DEEMED_BY_TEXT.format(day=day), _basis(status, situation)]
    if status.certificate_due is not None:
        texts.append(workings_step(DEEMED_ARRANGE_TEXT.format(due=date_text(status.certificate_due)),
                                   SEND_REGS_REGS_34_41))
    texts.append(DEEMED_ASK_TEXT.format(earliest=date_text(status.earliest_certificate)))  # type: ignore[arg-type]
    held = situation.mediation_ended is not None or situation.agreement_made is not None
    texts.append(DEEMED_LATER_TEXT.format(day=day) + ("" if held else " " + NO_MEETING_TEXT))
    return texts


def dates_text(pack: _pack.AppealPack) -> list[DateLine]:
    """The deadline and where the reader stands, from the plan's status, each date with its rule; then the scope
    and when the rules were checked."""
    status, situation = pack.status, pack.situation
    today = situation.today
    texts: list[DateLine] = []
    if status.status == "in-time":
        texts.append(IN_TIME_TEXT.format(day=date_text(status.last_day)))  # type: ignore[arg-type]
        texts.append(_basis(status, situation))
        if status.needs_certificate and status.contact == "not-yet" and situation.certificate_issued is None:
            texts.append(CONTACT_FIRST_TEXT.format(day=date_text(status.contact_by),  # type: ignore[arg-type]
                                                   last_day=date_text(status.last_day))  # type: ignore[arg-type]
                         if today <= status.contact_by else CONTACT_NOW_TEXT)  # type: ignore[operator]
    elif status.status == "waiting-for-certificate" and status.awaiting == "deemed":
        texts += [WAITING_TEXT, *_deemed(pack)]
    elif status.status == "waiting-for-certificate":
        earliest = status.earliest_last_day
        texts.append(WAITING_TEXT)
        if earliest == status.two_month_day or status.earliest_certificate is None:
            texts.append(WAITING_LATER_OF_TEXT.format(day=date_text(status.two_month_day)))  # type: ignore[arg-type]
        else:
            texts.append(WAITING_EARLIEST_TEXT.format(earliest=date_text(status.earliest_certificate),
                                                      why=EARLIEST_WHY.get(status.awaiting, "")))
        texts.append(WAITING_BY_TEXT.format(day=date_text(earliest)))  # type: ignore[arg-type]
        texts.append(_basis(status, situation))
        texts += awaiting_text(status, today, CHASE_TEXT)
    elif status.status == "certificate-overdue":
        due = status.certificate_due
        texts.append(OVERDUE_TEXT + (f" {OVERDUE_DUE_TEXT.format(due=date_text(due))}" if due else ""))
        texts.append(OVERDUE_ASK_TEXT.format(who=certificate_from(status),
                                             day=date_text(status.earliest_last_day)))  # type: ignore[arg-type]
        texts.append(_basis(status, situation))
        texts += awaiting_text(status, today, "")
    elif status.status == "deadline-passed":
        texts.append(workings_step(PASSED_TEXT.format(day=date_text(status.last_day)),  # type: ignore[arg-type]
                                   HESC_RULE_5_3_A))
        texts.append(_basis(status, situation))
    if status.section_i_alone and not status.certificate_advised:
        texts.append(SECTION_I_ALONE_LATE_TEXT if status.status == "deadline-passed" else SECTION_I_ALONE_TEXT)
    in_time = status.status in ("in-time", "waiting-for-certificate")
    return [*texts, SCOPE_IN_TIME_TEXT if in_time else SCOPE_TEXT, RULES_LAST_CHECKED_TEXT] if texts else []


def note_facts(situation: _pack.Situation, status: _pack.PlanStatus) -> str:
    """What the note to the Tribunal puts on record: who was told what and when, and when the certificate was due
    (legal read 2, item 8; W5: the Tribunal gives permission only in exceptional circumstances)."""
    due = status.certificate_due
    if due is None:
        return FACTS_NONE
    if status.awaiting == "adviser" and situation.adviser_contacted is not None:
        facts = FACTS_ADVISER_HEALTH_ONLY if situation.health_included == "only" else FACTS_ADVISER
        return facts.format(told=date_text(situation.adviser_contacted), due=date_text(due))
    ended = situation.mediation_ended or situation.agreement_made
    if status.awaiting == "mediator" and ended is not None:
        return FACTS_MEDIATOR.format(ended=date_text(ended), due=date_text(due))
    if status.awaiting == "deemed" and situation.la_told is not None:
        return FACTS_DEEMED.format(told=date_text(situation.la_told), due=date_text(due))
    return FACTS_NONE


def _note(pack: _pack.AppealPack) -> str:
    """The note to the Tribunal, for if the certificate does not come in time (W5, W6)."""
    status, situation = pack.status, pack.situation
    by = _pack.note_day(situation, status)
    if status.certificate_advised:
        return ADVISED_NOTE_BY.format(day=date_text(by)) if by else ADVISED_NOTE_NOW
    facts = note_facts(situation, status)
    if status.status == "waiting-for-certificate":
        text = NOTE_BY_TEXT.format(day=date_text(by), facts=facts) if by else NOTE_WAITING_TEXT.format(facts=facts)
    elif status.status == "certificate-overdue":
        text = NOTE_NOW_TEXT.format(facts=facts)
    elif status.status == "deadline-passed":
        text = NOTE_WHY_NOW_TEXT
    else:
        text = ATTACHMENT_TEXT[_pack.NO_CERTIFICATE_NOTE]
    return text + (PLAN_WRITES_NOTE_TEXT if status.note_to_tribunal else "")


def checklist(pack: _pack.AppealPack) -> list[str]:
    """What to send, one line a document: the line for each of ``pack.attachments``, in its order."""
    status, situation = pack.status, pack.situation
    lines = []
    for key in pack.attachments:
        text = ATTACHMENT_TEXT[key]
        if key == _pack.MEDIATION_CERTIFICATE and situation.certificate_issued is None:
            late = status.status == "deadline-passed"  # legal read 2, item 5: no deadline left to stop
            text = (CERTIFICATE_ADVISED + ("" if late else f" {NO_LATER_DATE_TEXT}") if status.certificate_advised else
                    text if _pack.NO_CERTIFICATE_NOTE in pack.attachments else CERTIFICATE_WHEN_IT_COMES)
        elif key == _pack.NO_CERTIFICATE_NOTE:
            text = _note(pack)
        elif key == _pack.LATE_REASONS and status.status == "certificate-overdue":
            text = LATE_IF_TEXT
        elif key == _pack.SCHOOL_CONTACTED:
            text = text.format(whose=VOICES[situation.appellant][2])
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
                "links": links, "after_links": [], "dates": [], "checklist": [], "returned": "", "reasons": [],
                "reasons_intro": "", "separate_sheet": "", "sources": [], "announcement": ANNOUNCEMENT,
                "rules_last_checked": RULES_LAST_CHECKED_TEXT}
    # Legal read 2, item 10: health and social care with a refusal to assess, as the certificate answer says it.
    if _pack.HEALTH_AND_SOCIAL_CARE in pack.situation.grounds and pack.form == _pack.SEND35A:
        extra.insert(0, NO_RECOMMENDATIONS_TEXT)
    return {
        "heading": HEADING,
        "answer": pack.form,
        "paragraphs": [FORM_TEXT[pack.form], ONLINE_TEXT, *extra],
        "links": links,
        "after_links": [ALTERNATIVE_PERSON_TEXT] if appellant == "alternative-person" else [],
        "plan_link": {"text": PLAN_LINK[0], "url": PLAN_LINK[1]},
        "dates": dates_text(pack),
        "checklist": checklist(pack),
        "returned": RETURNED_LATE_TEXT if pack.status.status == "deadline-passed" else RETURNED_TEXT,
        "reasons": [{"ground": key, "question": question(key, appellant), "evidence": EVIDENCE_LABEL,
                     "evidence_hint": EVIDENCE_HINT} for key in pack.reasons],
        "reasons_intro": REASONS_INTRO,
        "separate_sheet": SEPARATE_SHEET_TEXT,
        "sources": [{"text": text, "url": url} for text, url in SOURCE_LINKS],
        "announcement": ANNOUNCEMENT,
        "rules_last_checked": RULES_LAST_CHECKED_TEXT,
    }


def line_text(line: DateLine) -> str:
    """A line of the dates as text: a provision and its link in brackets after the words, as the command shows
    every calculator's workings."""
    return line if isinstance(line, str) else f"{line['text']} ({line['provision']}, {line['url']})"


def pack_text(display: dict[str, object]) -> str:
    """The pack as plain text, for the command line (the page's download adds what the reader typed)."""
    lines = [f"{display['heading']} {display['answer']}", "", *display["paragraphs"]]  # type: ignore[misc]
    lines += [f"{link['text']}: {link['url']}" for link in display["links"]]  # type: ignore[attr-defined]
    lines += display["after_links"]  # type: ignore[arg-type]
    if display["dates"]:
        lines += ["", "Your dates:", *(line_text(line) for line in display["dates"])]  # type: ignore[attr-defined]
    if display["checklist"]:
        lines += ["", "What to send with your form:"]
        lines += [f"  - {item}" for item in display["checklist"]]  # type: ignore[attr-defined]
        lines += [str(display["returned"])]
    if display["reasons"]:
        lines += ["", "Your reasons:", str(display["reasons_intro"]), str(display["separate_sheet"])]
        lines += [f"  {number}. {item['question']}"
                  for number, item in enumerate(display["reasons"], start=1)]  # type: ignore[arg-type]
    return "\n".join(lines)
