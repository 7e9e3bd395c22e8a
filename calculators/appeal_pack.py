"""Prepare your appeal: which form, what to send with it, and the question the Tribunal asks for each ground.

The appeal itself is the last step of the plan (:mod:`calculators.plan`): its status and dates are
the plan's, unchanged. This module adds what the Tribunal's forms ask for. The statute names the
grounds (CFA 2014 s.51(2)), the certificate (s.55) and the time limits (HESC rule 20); the forms
and what to send with them are the Tribunal's practice, so each of those facts carries the public
page it was checked against in :data:`SOURCES` (GOV.UK first, then IPSEA and local SENDIASS
services, as the project's legal reference E2 and E3 record them). A detail no source confirmed
(an email address, a subject line, the online service's own address) is left out: the reader is
sent to GOV.UK's guide instead.

:mod:`calculators.wording_appeal_pack` words the pack; nothing here is a sentence a reader sees.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from .certificate import GROUNDS as _GROUNDS
from . import plan as _plan
from .plan import PlanStatus, Situation, plan_status
from .provisions import (
    CFA_2014_S36_8,
    CFA_2014_S51_1,
    CFA_2014_S51_2_A,
    CFA_2014_S51_2_B,
    CFA_2014_S51_2_C_I,
    CFA_2014_S51_2_C_II,
    CFA_2014_S51_2_C_III,
    CFA_2014_S51_2_C_IV,
    CFA_2014_S51_2_D,
    CFA_2014_S51_2_E,
    CFA_2014_S51_2_F,
    CFA_2014_S55,
    HESC_RULE_5_3_A,
    HESC_RULE_20_1_C,
    RECOMMENDATIONS_REGS_2017,
    SEND_REGS_REGS_34_41,
    cites,
)

# --- Where each fact comes from (public pages, checked December 2026) --------------------------

#: GOV.UK's guide: the forms, the online service, mediation, "tell the tribunal why" without a certificate.
GOV_UK_GUIDE = "https://www.gov.uk/appeal-ehc-plan-decision"
#: IPSEA: what to send with an appeal about the plan's contents (the plan and its section K appendices;
#: send what you have if an appendix is missing), and the changes wanted to sections B and F.
IPSEA_CONTENTS = "https://www.ipsea.org.uk/how-to-submit-an-appeal-contents-appeals"
#: Surrey SENDIASS (SEND Advice Surrey): which form for which decision, and that an appeal without
#: everything in the form's checklist is returned and has not started.
SURREY_FLOW_CHART = "https://sendadvicesurrey.org.uk/appeal-process-flow-chart/"
#: Surrey SENDIASS on form SEND35: for section I, the school wanted, that you contacted it, when and
#: its reply; an independent school's written confirmation; a type of school if none can be named.
SURREY_SEND35 = "https://sendadvicesurrey.org.uk/how-to-complete-a-send-35/"
#: Surrey SENDIASS on form SEND35a: the Tribunal applies CFA 2014 s.36(8) to a refusal to assess.
SURREY_SEND35A = "https://sendadvicesurrey.org.uk/refusal-to-assess-appeal-form/"
#: CB SENDIASS on form SEND35: the PDF's boxes do not grow ("see separate sheet"), and the online form.
CB_SENDIASS_SEND35 = "https://cbsendiass.org/send-tribunal-and-the-appeal-process/filling-out-the-send-35-form"

# --- The forms ------------------------------------------------------------------------------------

#: The Tribunal's form for an appeal against a refusal to carry out an EHC needs assessment.
SEND35A = "SEND35a"
#: The Tribunal's form for every other EHC appeal, and for asking for health and social care recommendations.
SEND35 = "SEND35"
#: The s.51(2) ground appealed on form SEND35a: the refusal to assess.
REFUSAL_TO_ASSESS = "a"

# --- The documents to send, in the order the pack lists them --------------------------------------

DECISION_LETTER = "decision-letter"
MEDIATION_CERTIFICATE = "mediation-certificate"
#: With the certificate, for if it does not come in time: the note asking the Tribunal's permission.
NO_CERTIFICATE_NOTE = "no-certificate-note"
EHC_PLAN = "ehc-plan"
SECTION_K_REPORTS = "section-k-reports"
#: Section I: the school or college wanted, and that you have contacted it.
SCHOOL_CONTACTED = "school-contacted"
#: A late appeal: why it is late, asking the Tribunal for more time (overdue: if it is late).
LATE_REASONS = "late-reasons"
EVIDENCE = "evidence"
ATTACHMENTS = (DECISION_LETTER, MEDIATION_CERTIFICATE, NO_CERTIFICATE_NOTE, EHC_PLAN, SECTION_K_REPORTS,
               SCHOOL_CONTACTED, LATE_REASONS, EVIDENCE)

#: The grounds that are decisions about an existing EHC plan: its contents, a refusal to re-assess or
#: to amend it, and ceasing to maintain it (CFA 2014 s.51(2)(c) to (f)).
PLAN_GROUNDS = ("c-i", "c-ii", "c-iii", "c-iv", "d", "e", "f")
#: The health and social care recommendations (the 2017 Regulations): asked for on form SEND35 only.
HEALTH_AND_SOCIAL_CARE = "health-social-care"
#: The grounds with a reasons box, in the order the form asks them.
REASON_GROUNDS = ("a", "b", "c-i", "c-ii", "c-iii", "c-iv", "d", "e", "f", HEALTH_AND_SOCIAL_CARE)

#: Each form and document, and the page it was checked against (the law behind each is cited on the
#: rule functions below).
SOURCES = {
    SEND35A: (GOV_UK_GUIDE, SURREY_FLOW_CHART),
    SEND35: (GOV_UK_GUIDE, SURREY_FLOW_CHART),
    "online": (GOV_UK_GUIDE, CB_SENDIASS_SEND35),
    DECISION_LETTER: (GOV_UK_GUIDE, IPSEA_CONTENTS),
    MEDIATION_CERTIFICATE: (GOV_UK_GUIDE,),
    NO_CERTIFICATE_NOTE: (GOV_UK_GUIDE,),
    EHC_PLAN: (IPSEA_CONTENTS,),
    SECTION_K_REPORTS: (IPSEA_CONTENTS,),
    SCHOOL_CONTACTED: (SURREY_SEND35,),
    LATE_REASONS: (GOV_UK_GUIDE,),
    EVIDENCE: (CB_SENDIASS_SEND35,),
    "returned": (SURREY_FLOW_CHART,),
    "separate-sheet": (CB_SENDIASS_SEND35, IPSEA_CONTENTS),
    REFUSAL_TO_ASSESS: (SURREY_SEND35A,),
}

NOT_LEGAL_CONSTANTS = (
    "GOV_UK_GUIDE", "IPSEA_CONTENTS", "SURREY_FLOW_CHART", "SURREY_SEND35", "SURREY_SEND35A",
    "CB_SENDIASS_SEND35", "DECISION_LETTER", "MEDIATION_CERTIFICATE", "NO_CERTIFICATE_NOTE", "EHC_PLAN",
    "SECTION_K_REPORTS", "SCHOOL_CONTACTED", "LATE_REASONS", "EVIDENCE", "ATTACHMENTS", "SOURCES")
CITATIONS = {
    "SEND35A": CFA_2014_S51_2_A,
    "SEND35": CFA_2014_S51_1,
    "REFUSAL_TO_ASSESS": CFA_2014_S51_2_A,
    "PLAN_GROUNDS": CFA_2014_S51_1,  # the matters of s.51(2)(c) to (f): about an existing plan
    "HEALTH_AND_SOCIAL_CARE": RECOMMENDATIONS_REGS_2017,
    "REASON_GROUNDS": CFA_2014_S51_1,
}


@cites(CFA_2014_S51_1)
def appealed(grounds: tuple[str, ...]) -> tuple[str, ...]:
    """The grounds the SEND Tribunal hears as an SEN appeal (CFA 2014 s.51(2)), in the form's order."""
    routes = {ground.key: ground.route for ground in _GROUNDS}
    return tuple(key for key in REASON_GROUNDS if key in grounds and routes.get(key) == "sen-appeal")


@cites(CFA_2014_S51_2_A, CFA_2014_S51_1)
def appeal_form(grounds: tuple[str, ...]) -> str | None:
    """The form to use: SEND35a for a refusal to assess, SEND35 for every other EHC appeal; None without one.

    >>> appeal_form(("a",)), appeal_form(("c-ii", "c-iii")), appeal_form(("other",))
    ('SEND35a', 'SEND35', None)

    A refusal to assess together with another decision is two appeals: see :func:`two_forms`.
    """
    chosen = appealed(grounds)
    if not chosen:
        return None
    return SEND35A if chosen == (REFUSAL_TO_ASSESS,) else SEND35


@cites(CFA_2014_S51_2_A, CFA_2014_S51_1)
def two_forms(grounds: tuple[str, ...]) -> bool:
    """Whether the grounds need both forms: a refusal to assess and another decision (two decision letters).

    >>> two_forms(("a", "c-ii")), two_forms(("a", "health-social-care")), two_forms(("c-ii",))
    (True, False, False)
    """
    chosen = appealed(grounds)
    return REFUSAL_TO_ASSESS in chosen and len(chosen) > 1


@cites(CFA_2014_S55, HESC_RULE_20_1_C, SEND_REGS_REGS_34_41)
def note_if_no_certificate(situation: Situation, status: PlanStatus) -> bool:
    """Whether the pack lists the note to the Tribunal, for if the certificate does not come in time (W5).

    >>> import datetime
    >>> s = Situation(datetime.date(2027, 1, 4), datetime.date(2027, 2, 20), grounds=("c-ii",),
    ...               mediation_wanted="yes", adviser_contacted=datetime.date(2027, 1, 6),
    ...               la_told=datetime.date(2027, 1, 6))
    >>> note_if_no_certificate(s, plan_status(s)), plan_status(s).note_to_tribunal
    (True, False)

    Whenever the plan offers it; and, as a step for later, whenever a certificate cannot be expected
    in time (W5): it is overdue, or, as here, 30 days passed with no meeting, or the local authority
    was never told; never while mediation is within its 30 days, or after an agreement (W1, W7). A
    certificate advised, not known to be needed (section I with health and social care, W3), always
    has it: "if I need a certificate, I ask permission".
    """
    if status.note_to_tribunal or status.certificate_advised:
        return True
    return (status.status == "waiting-for-certificate" and status.certificate_overdue
            and not status.within_mediation_days and situation.agreement_made is None)


@cites(CFA_2014_S55, HESC_RULE_20_1_C)
def note_day(situation: Situation, status: PlanStatus) -> datetime.date | None:
    """The day to send the appeal with the note if the certificate has not come: the day the plan offers the note,
    :data:`calculators.plan.NOTE_TO_TRIBUNAL_DAYS_BEFORE_D` days before the deadline (D while waiting; W1, W5).

    >>> s = Situation(datetime.date(2027, 1, 4), datetime.date(2027, 1, 11), grounds=("c-iv", "health-social-care"))
    >>> note_day(s, plan_status(s))
    datetime.date(2027, 2, 25)

    None once that day has come, or with no deadline ahead: then the appeal goes now.
    """
    deadline = {"in-time": status.last_day, "waiting-for-certificate": status.earliest_last_day}.get(status.status)
    if deadline is None:
        return None
    day = deadline - datetime.timedelta(days=_plan.NOTE_TO_TRIBUNAL_DAYS_BEFORE_D)
    return day if day > situation.today else None


@cites(CFA_2014_S55, HESC_RULE_20_1_C, HESC_RULE_5_3_A, CFA_2014_S51_2_C_III, CFA_2014_S51_2_C_IV)
def attachments(situation: Situation, status: PlanStatus) -> tuple[str, ...]:
    """The documents to send with the form, and nothing else, in :data:`ATTACHMENTS` order.

    >>> import datetime
    >>> s = Situation(datetime.date(2027, 1, 4), datetime.date(2027, 1, 11), grounds=("c-ii",),
    ...               certificate_issued=datetime.date(2027, 1, 8))
    >>> attachments(s, plan_status(s))
    ('decision-letter', 'mediation-certificate', 'ehc-plan', 'section-k-reports', 'evidence')

    The certificate is sent unless the appeal is about section I alone (s.55); with it, when it has
    not come, the note for if it does not come in time (:func:`note_if_no_certificate`). The plan and its
    section K reports whenever the decision is about a plan; the school contacted for section I;
    the reasons for lateness once the deadline has passed, and, worded "if my appeal is late", once the
    certificate is overdue (rule 5(3)(a); W6).
    """
    chosen = appealed(situation.grounds)
    if not chosen:
        return ()
    found = [DECISION_LETTER]
    if status.needs_certificate or status.certificate_advised:
        found.append(MEDIATION_CERTIFICATE)
        if situation.certificate_issued is None and note_if_no_certificate(situation, status):
            found.append(NO_CERTIFICATE_NOTE)
    if any(key in PLAN_GROUNDS for key in chosen):
        found += [EHC_PLAN, SECTION_K_REPORTS]
    if any(key in _plan.SECTION_I_GROUNDS for key in chosen):
        found.append(SCHOOL_CONTACTED)
    if status.status in ("deadline-passed", "certificate-overdue"):  # overdue: "if my appeal is late" (W6)
        found.append(LATE_REASONS)
    found.append(EVIDENCE)
    return tuple(found)


@cites(CFA_2014_S36_8, CFA_2014_S51_2_B, CFA_2014_S51_2_C_I, CFA_2014_S51_2_C_II, CFA_2014_S51_2_C_III,
       CFA_2014_S51_2_C_IV, CFA_2014_S51_2_D, CFA_2014_S51_2_E, CFA_2014_S51_2_F, RECOMMENDATIONS_REGS_2017)
def reason_grounds(grounds: tuple[str, ...]) -> tuple[str, ...]:
    """The grounds to give reasons for, one box each: every ground appealed, and health and social care
    recommendations only alongside an appeal on form SEND35.

    >>> reason_grounds(("c-ii", "health-social-care", "other")), reason_grounds(("a", "health-social-care"))
    (('c-ii', 'health-social-care'), ('a',))

    For a refusal to assess the question is the test of s.36(8); for the plan's sections, what is
    missing or wrong and what it should say; for section I, the school wanted and why; for the
    other decisions, why the decision is wrong.
    """
    chosen = appealed(grounds)
    if HEALTH_AND_SOCIAL_CARE in grounds and appeal_form(grounds) == SEND35:
        chosen += (HEALTH_AND_SOCIAL_CARE,)
    return chosen


@dataclass(frozen=True)
class AppealPack:
    """What to send: the form, the documents, the plan's status and dates, and the grounds to give reasons for."""

    situation: Situation
    status: PlanStatus
    form: str | None
    attachments: tuple[str, ...]
    reasons: tuple[str, ...]

    def as_dict(self, questions: dict[str, str]) -> dict[str, object]:
        """The pack as plain JSON data; ``questions`` words each ground's question (the wording module's)."""
        status = self.status.as_dict()
        return {
            "form": self.form,
            "attachments": list(self.attachments),
            "status": status["status"],
            "last_day": status["last_day"],
            "earliest_last_day": status["earliest_last_day"],
            "reasons": [{"ground": key, "question": questions[key]} for key in self.reasons],
        }


@cites(CFA_2014_S51_1, CFA_2014_S55, HESC_RULE_20_1_C)
def appeal_pack(situation: Situation) -> AppealPack:
    """The pack for these answers: the plan's status, the form, the documents and the reasons to give.

    >>> import datetime
    >>> pack = appeal_pack(Situation(datetime.date(2027, 1, 4), datetime.date(2027, 1, 11), grounds=("a",),
    ...                              certificate_issued=datetime.date(2027, 1, 8)))
    >>> pack.form, pack.status.status, pack.reasons
    ('SEND35a', 'in-time', ('a',))
    """
    status = plan_status(situation)
    return AppealPack(situation, status, appeal_form(situation.grounds), attachments(situation, status),
                      reason_grounds(situation.grounds))
