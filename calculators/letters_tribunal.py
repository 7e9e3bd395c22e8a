"""The notes to the SEND Tribunal: an appeal without a mediation certificate, and a late appeal."""

from __future__ import annotations


from .plan import PlanStatus, Situation, plan_status
from .provisions import (
    CFA_2014_S55,
    HESC_RULE_5_3_A,
    HESC_RULE_20_1_C,
    SEND_REGS_REG_32_E,
    SEND_REGS_REG_33,
    Provision,
)
from .limits import (
    ADVISER_CERTIFICATE,
    APPEAL_AFTER_CERTIFICATE,
    APPEAL_AFTER_DECISION,
    CONTACT_ADVISER,
    MEDIATION_ARRANGED,
    MEDIATOR_CERTIFICATE,
)
from .timeline import MediationTimeline
from .letter_parts import (
    Letter,
    LetterNotPossible,
    SEND_NOW,
    WHEN_TEXT,
    YOUR_NAME,
    decision_date_text,
    ended_or_end,
    header_lines,
    timeline_date,
    name_placeholder,
    reader_notes,
    message_text,
)
from .wording import date_text


_RULE_5_3_A = ("rule 5(3)(a) of the Tribunal Procedure (First-tier Tribunal) (Health, Education and "
               "Social Care Chamber) Rules 2008")
_DECISION_LETTER_GAPS = ("[If the decision letter did not tell you about your right to appeal, the "
                         "time limit, or mediation and the mediation adviser (regulation 32 of the "
                         "SEND Regulations 2014), say so here.]")
_ANYTHING_ELSE = ("[Add anything else that explains why, for example what the adviser told you. "
                  "Attach copies of your messages.]")


def _what_happened(situation: Situation, timeline: MediationTimeline, status: PlanStatus) -> list[str]:
    """The facts of the reader's mediation so far, each date in the tense today gives it."""
    today = situation.today
    contact_by = date_text(status.contact_by)  # type: ignore[arg-type]
    reasons: list[str] = []
    if situation.adviser_contacted is None and status.contact == "not-yet":
        reasons.append(f"I did not contact the mediation adviser within {CONTACT_ADVISER.text} of the decision "
                       f"letter. The {CONTACT_ADVISER.text} {ended_or_end(status.contact_by, today)} "  # type: ignore[arg-type]
                       f"on {contact_by}. "
                       "I contacted them on [date you contacted them]. This is why I did not contact "
                       "them sooner: [explain why].")
    elif situation.adviser_contacted is not None and status.contact == "late":
        reasons.append(f"I contacted the mediation adviser on {date_text(situation.adviser_contacted)}, "
                       f"after the {CONTACT_ADVISER.text} ended on {contact_by}. This is why: [explain why].")
    elif situation.adviser_contacted is not None:
        reasons.append(f"I contacted the mediation adviser on {date_text(situation.adviser_contacted)}, "
                       f"within {CONTACT_ADVISER.text} of the decision letter.")
    due = timeline_date(timeline, "adviser-issues-certificate")
    if due:
        matters = ("about the things I can appeal about"
                   if situation.health_included == "only" and situation.mediation_wanted == "yes" else "")
        reasons.append(f"I said I did not want mediation{' ' + matters if matters else ''}. Guidance on "
                       "the SEND Regulations 2014 says the adviser should issue the certificate "
                       f"within {ADVISER_CERTIFICATE.text}. Those days {ended_or_end(due, today)} on "
                       f"{date_text(due)}. I have not received it.")
    arranged_by = timeline_date(timeline, "mediation-arranged") or timeline_date(timeline, "health-body-arranges-mediation")
    end = situation.mediation_ended or situation.agreement_made
    if situation.la_told is not None and situation.health_included == "only":  # W4: no bearing on the certificate
        reasons.append("Separately, I asked for mediation about health care only. That does not affect "
                       "my certificate.")
    elif situation.la_told is not None and arranged_by is not None and end is not None:  # L11: held, but late
        reasons.append(f"Mediation took place on {date_text(end)}, more than {MEDIATION_ARRANGED.text} after I asked the "
                       f"local authority for it on {date_text(situation.la_told)}.")
    elif situation.la_told is not None and arranged_by is not None:  # not listed once mediation was held in time
        reasons.append(f"I told the local authority on {date_text(situation.la_told)} that I "
                       "wanted mediation. IPSEA says the local authority must arrange mediation "
                       f"within {MEDIATION_ARRANGED.text}. Those "
                       f"days {ended_or_end(arranged_by, today)} on {date_text(arranged_by)}.")  # type: ignore[arg-type]
    due = timeline_date(timeline, "mediator-issues-certificate")
    if situation.mediation_ended is not None and due is not None:
        reasons.append(f"Our mediation ended on {date_text(situation.mediation_ended)}. The mediator "
                       f"should issue the certificate within {MEDIATOR_CERTIFICATE.text}. Those days "
                       f"{ended_or_end(due, today)} on {date_text(due)}. I have not received it.")  # type: ignore[arg-type]
    return [f"- {reason}" for reason in reasons]


def tribunal_no_certificate(situation: Situation, status: PlanStatus | None = None) -> Letter:
    timeline = situation.timeline()
    status = status or plan_status(situation, timeline)
    happened = _what_happened(situation, timeline, status)
    permission = "I ask the Tribunal for permission to appeal without a mediation certificate."
    provisions: tuple[Provision, ...] = (CFA_2014_S55, SEND_REGS_REG_33, HESC_RULE_20_1_C)
    notes = ["leave-to-appeal"]
    if status.status == "waiting-for-certificate":
        subject, when = "My mediation certificate has not arrived", "tribunal-no-certificate-waiting"
        paragraphs: list[object] = [
            "My mediation certificate has not arrived. I am sending my appeal now, so that it "
            "reaches the Tribunal in time. " + permission,
            "I have done what the law asks of me. This is what has happened:", [*happened, _ANYTHING_ELSE],
            "I will send the certificate as soon as it arrives."]
    elif status.status == "certificate-overdue":
        subject, when = "My mediation certificate has not arrived", "tribunal-no-certificate-overdue"
        provisions += (HESC_RULE_5_3_A,)
        notes = ["leave-to-appeal-now", "late-appeal"]
        paragraphs = [
            "My mediation certificate has not arrived, so I do not know the date on it. GOV.UK says "
            "that if you do not have a mediation certificate, you need to tell the Tribunal why. "
            "This is why:", [*happened, _ANYTHING_ELSE],
            permission,
            f"If my appeal is late, I ask the Tribunal to extend the time under {_RULE_5_3_A}, "
            "because [explain why].",
            _DECISION_LETTER_GAPS]
    elif status.status == "deadline-passed":
        subject, when = "Late appeal without a mediation certificate", "tribunal-no-certificate-late"
        provisions += (HESC_RULE_5_3_A,)
        notes = ["leave-to-appeal-now", "late-appeal"]
        paragraphs = [
            f"My appeal is late, and I do not have a mediation certificate. The deadline for my "
            f"appeal was {date_text(status.last_day)}. GOV.UK says that if you do not have a "  # type: ignore[arg-type]
            "mediation certificate, you need to tell the Tribunal why.",
            f"I ask the Tribunal to extend the time for my appeal under {_RULE_5_3_A}. I also ask "
            "for permission to appeal without a mediation certificate. My reasons are:",
            ["- [Explain why your appeal is late.]", *happened, _ANYTHING_ELSE],
            _DECISION_LETTER_GAPS]
    else:
        subject, when = "Appeal without a mediation certificate", "tribunal-no-certificate"
        paragraphs = [
            "I am sending my appeal without a mediation certificate. GOV.UK says that if you do not "
            "have a mediation certificate, you need to tell the Tribunal why. This is why:",
            [*happened, _ANYTHING_ELSE],
            permission]
    text = message_text("To the SEND Tribunal,", header_lines(situation, f"Decision letter dated: {decision_date_text(situation)}"),
                 *paragraphs, ("Yours faithfully,", YOUR_NAME))
    earliest = status.earliest_last_day
    return Letter("tribunal-no-certificate", "tribunal", f"{subject} ({name_placeholder(situation)})", text, provisions,
                  WHEN_TEXT[when].format(earliest=date_text(earliest) if earliest else ""),
                  reader_notes(provisions, *notes), now=when in SEND_NOW)


def tribunal_late_appeal(situation: Situation, status: PlanStatus | None = None) -> Letter:
    timeline = situation.timeline()
    status = status or plan_status(situation, timeline)
    if status.last_day is None or status.status != "deadline-passed":
        raise LetterNotPossible("tribunal-late-appeal", "a deadline that has passed")
    from_certificate = (situation.certificate_issued is not None and not status.section_i_alone
                        and status.last_day > status.two_month_day)  # type: ignore[operator]
    reasons = ["- [Explain why your appeal is late.]"]
    if status.arguably_in_time:  # W3: unsettled whether the certificate gives longer (never "out of time")
        end = situation.mediation_ended or situation.agreement_made
        opening = (f"The {APPEAL_AFTER_DECISION.text} after the decision letter ended on {date_text(status.last_day)}. "
                   f"My mediation certificate is dated {date_text(situation.certificate_issued)}.")  # type: ignore[arg-type]
        request = f"If my appeal is late, I ask the Tribunal to extend the time under {_RULE_5_3_A}. My reasons are:"
        if end is not None:
            reasons.append(f"- My mediation with the local authority ended on {date_text(end)}.")
        reasons.append(f"- My mediation certificate is dated {date_text(situation.certificate_issued)}.")  # type: ignore[arg-type]
        reasons[0] = "- [Explain why your appeal may be late.]"
    else:
        opening = (f"My appeal is late. The deadline for my appeal was {date_text(status.last_day)}"
                   + (f", {APPEAL_AFTER_CERTIFICATE.text} after the date on my mediation certificate "
                      f"({date_text(situation.certificate_issued)})." if from_certificate else "."))  # type: ignore[arg-type]
        request = f"I ask the Tribunal to extend the time for my appeal under {_RULE_5_3_A}. My reasons are:"
    if status.contact == "late" and situation.adviser_contacted is not None:
        reasons += _what_happened(situation, timeline, status)[:1]
    reasons.append(_ANYTHING_ELSE)
    provisions = (HESC_RULE_5_3_A, HESC_RULE_20_1_C, SEND_REGS_REG_32_E)
    text = message_text(
        "To the SEND Tribunal,",
        header_lines(situation, f"Decision letter dated: {decision_date_text(situation)}"),
        opening, request, reasons, _DECISION_LETTER_GAPS,
        ("Yours faithfully,", YOUR_NAME))
    subject = "Appeal that may be late" if status.arguably_in_time else "Late appeal"
    return Letter("tribunal-late-appeal", "tribunal", f"{subject}: request for more time ({name_placeholder(situation)})",
                  text, provisions, WHEN_TEXT["tribunal-late-appeal"], reader_notes(provisions, "late-appeal"),
                  now="tribunal-late-appeal" in SEND_NOW)


