"""The mediation timeline: who must act by when, from the decision letter to the appeal (SEND Regs 2014).

Working days here are Monday to Friday less England and Wales bank holidays. The SEND
Regulations 2014 do not define "working day" (regulation 2(1) has no entry), so the ordinary
meaning is used and August is NOT excluded (that exclusion belonged to the revoked 1995
Tribunal Regulations). Only regulation 33 and regulation 42 were read in the statute (HIGH);
the other time limits come from authoritative secondary sources (MED) and are flagged.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from . import working_days
from .appeal_deadline import AppealDeadline, sen_appeal_deadline
from .limits import (
    ADVISER_CERTIFICATE,
    AGREED_OTHER_MATTERS,
    CONTACT_ADVISER,
    HEALTH_BODY_TELLS_LA,
    LA_TELLS_HEALTH_BODY,
    MEDIATION_ARRANGED,
    MEDIATOR_CERTIFICATE,
    REG_44_TIME_LIMITS,
)
from .provisions import (
    HIGH,
    HESC_RULE_20_1_C_I,
    HESC_RULE_20_1_C_II,
    SEND_REGS_REG_33,
    SEND_REGS_REG_34,
    SEND_REGS_REGS_34_41,
    SEND_REGS_REG_42,
    SEND_REGS_REG_42_4,
    SEND_REGS_REG_44,
    Provision,
    cites,
)
from .scope import DateOutOfOrder, require_cfa_2014_regime, require_not_after

#: W7: the reg 44 rows that match each s.51(2) ground appealed (an agreement about that ground is
#: treated as an order about it): assessment (a, d), make a plan (b), amend (c-i, c-ii, e),
#: section I (c-iii, c-iv), continue or cease (f). Grounds not listed (health or social care,
#: discrimination, something else) bring no reg 44 row.
REG_44_ROWS_BY_GROUND: dict[str, tuple[str, ...]] = {
    "a": ("assessment-tell-you", "assessment-decide-no-plan", "assessment-finalise-plan"),
    "d": ("assessment-tell-you", "assessment-decide-no-plan", "assessment-finalise-plan"),
    "b": ("make-plan-draft", "make-plan-final"),
    "c-i": ("amend-special-educational-provision",),
    "c-ii": ("amend-special-educational-provision",),
    "e": ("amend-special-educational-provision",),
    "c-iii": ("amend-section-i-only",),
    "c-iv": ("amend-section-i-only",),
    "f": ("cease-to-maintain-at-once", "continue-to-maintain-at-once"),
}

CITATIONS = {
    "REG_44_ROWS_BY_GROUND": SEND_REGS_REG_44,
}

#: Answers to "Is health care part of the mediation?" (form radio values).
HEALTH_ANSWERS = ("", "no", "yes", "only")
#: Answers to "Do you want mediation?" (form radio values).
MEDIATION_ANSWERS = ("", "yes", "no")
#: Answers to "Does the written agreement set its own dates?" (form radio values).
AGREEMENT_DATES_ANSWERS = ("", "yes", "no")
NOT_LEGAL_CONSTANTS = ("HEALTH_ANSWERS", "MEDIATION_ANSWERS", "AGREEMENT_DATES_ANSWERS")

#: reg 42(3): anything agreed that cannot be appealed is done by "the local authority or
#: responsible commissioning body"; for health-only mediation that is the health body.
AGREED_OTHER_MATTERS_BY = {"no": "local-authority", "yes": "local-authority-or-health-body",
                           "only": "health-body", "": "local-authority-or-health-body"}
#: Dates that cannot come before another date the reader gave: (later, earlier). A
#: certificate follows contact with the adviser; mediation (and its agreement) follows telling
#: the local authority. A certificate before the mediation ended is possible (a certificate
#: given when mediation could not be arranged in 30 days, before a later mediation), so it is
#: flagged, not refused.
ORDER = (("certificate_issued", "adviser_contacted"), ("mediation_ended", "la_told"),
         ("agreement_made", "la_told"))
CITATIONS["AGREED_OTHER_MATTERS_BY"] = SEND_REGS_REG_42
CITATIONS["ORDER"] = SEND_REGS_REGS_34_41


@dataclass(frozen=True)
class TimelineItem:
    """One dated action: who must act, what (a key), by when, under which provision.

    ``kind`` is "event" (a date you gave), "deadline" (a time limit) or "estimate" (depends on
    something not yet known); ``confidence`` is the provision's (HIGH, MED or LOW).
    """

    date: datetime.date
    who: str
    what: str
    kind: str
    provision: Provision
    facts: dict[str, object] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        """The item as plain JSON data.

        >>> TimelineItem(datetime.date(2027, 3, 1), "you", "appeal-deadline", "deadline",
        ...              SEND_REGS_REG_33).as_dict()["confidence"]
        'HIGH'

        The confidence travels with the item so the page can flag MED items.
        """
        return {
            "date": self.date.isoformat(),
            "who": self.who,
            "what": self.what,
            "kind": self.kind,
            "confidence": self.provision.confidence,
            "provision": self.provision.as_dict(),
            "facts": {k: (v.isoformat() if isinstance(v, datetime.date) else v)
                      for k, v in self.facts.items()},
        }


@dataclass(frozen=True)
class MediationTimeline:
    """The dated actions, in date order, and the resulting appeal deadline.

    ``contact`` is :func:`adviser_contact`'s answer; ``earliest_deadline`` is D (W1): while a
    reader who contacted the adviser in time waits for a certificate, the earliest the deadline
    can be (the 2-month date, or 1 month after the earliest date the certificate can carry if
    that is later); None otherwise.
    """

    items: list[TimelineItem]
    appeal: AppealDeadline
    notes: list[str]
    estimated_last_day: datetime.date | None
    earliest_certificate: datetime.date | None = None
    contact: str = "not-yet"
    earliest_deadline: datetime.date | None = None
    section_i_alone: bool = False

    def as_dict(self) -> dict[str, object]:
        """The result as plain JSON data.

        >>> mediation_timeline(datetime.date(2026, 12, 31),
        ...     today=datetime.date(2027, 1, 4)).as_dict()["appeal"]["last_day"]
        '2027-03-01'

        ``items`` are sorted by date; ``has_med_items`` says whether any needs the MED warning.
        """
        return {
            "items": [item.as_dict() for item in self.items],
            "appeal": self.appeal.as_dict(),
            "notes": list(self.notes),
            "estimated_last_day": self.estimated_last_day.isoformat() if self.estimated_last_day else None,
            "estimate_from_certificate_dated": (self.earliest_certificate.isoformat()
                                                if self.earliest_certificate else None),
            "has_med_items": any(item.provision.confidence != HIGH for item in self.items),
            "contact": self.contact,
            "earliest_deadline": self.earliest_deadline.isoformat() if self.earliest_deadline else None,
            "section_i_alone": self.section_i_alone,
        }


@cites(SEND_REGS_REG_33)
def adviser_contact(contact_by: datetime.date, *, adviser_contacted: datetime.date | None,
                    la_told: datetime.date | None = None, mediation_ended: datetime.date | None = None,
                    agreement_made: datetime.date | None = None, health_included: str = "") -> str:
    """Whether the reader contacted the mediation adviser by the reg 33 date: "in-time", "late" or "not-yet".

    Contact on the reg 33 date itself counts (reg 33: "within 2 months"), and the date is never
    moved for a weekend, August or Christmas (HESC r.12 governs the Tribunal's rules, not the
    SEND Regulations). Without a contact date, asking the local authority for mediation, or a
    mediation that has ended, shows the reader has been through the adviser (W1); mediation only
    about health care does not, since it gives no certificate for an appeal (W4).

    >>> adviser_contact(datetime.date(2027, 8, 15), adviser_contacted=datetime.date(2027, 8, 16))
    'late'

    The reg 33 date was Sunday 15 August 2027: contact on Monday 16 August is late, although an
    appeal due that day would be in time on 1 September.
    """
    if adviser_contacted is not None:
        return "late" if adviser_contacted > contact_by else "in-time"
    if health_included != "only":
        if la_told is not None:
            return "late" if la_told > contact_by else "in-time"
        if mediation_ended is not None or agreement_made is not None:
            return "in-time"
    return "not-yet"


@cites(SEND_REGS_REG_34, SEND_REGS_REGS_34_41)
def earliest_certificate_date(*, adviser_contacted: datetime.date | None, mediation_wanted: str = "",
                              la_told: datetime.date | None = None, health_included: str = "",
                              mediation_ended: datetime.date | None = None,
                              agreement_made: datetime.date | None = None) -> datetime.date | None:
    """The earliest date of issue a certificate not yet received can carry, or None if no event has set it (W1).

    A certificate cannot be dated before the event that triggers it: the day the reader told the
    adviser they do not want mediation (reg 34; also for the appealable matters beside mediation
    only about health care, W4); the day mediation ended, if it was held within 30 days of the
    local authority being told; otherwise (a later meeting, or none yet) a "deemed" certificate
    may already carry the day the local authority was told. An agreement ends the mediation.

    >>> earliest_certificate_date(adviser_contacted=datetime.date(2027, 1, 8), mediation_wanted="yes",
    ...     la_told=datetime.date(2027, 1, 11), mediation_ended=datetime.date(2027, 3, 10))
    datetime.date(2027, 1, 11)

    The meeting on 10 March was more than 30 days after 11 January: a deemed certificate may be
    dated as early as 11 January.
    """
    ended = mediation_ended if mediation_ended is not None else agreement_made
    health_only = health_included == "only"
    if not health_only and (la_told is not None or ended is not None):
        if la_told is None:
            return None  # not told, or the day is unknown: nothing sets a date we can count from
        if ended is not None and ended <= MEDIATION_ARRANGED.add(la_told):
            return ended
        return la_told
    if adviser_contacted is not None and (mediation_wanted == "no" or health_only):
        return adviser_contacted
    return None


@cites(SEND_REGS_REG_33, SEND_REGS_REG_34, SEND_REGS_REGS_34_41, SEND_REGS_REG_42, SEND_REGS_REG_42_4,
       SEND_REGS_REG_44)
def mediation_timeline(
    decision_sent: datetime.date,
    *,
    today: datetime.date,
    adviser_contacted: datetime.date | None = None,
    mediation_wanted: str = "",
    la_told: datetime.date | None = None,
    health_included: str = "",
    mediation_ended: datetime.date | None = None,
    certificate_issued: datetime.date | None = None,
    agreement_made: datetime.date | None = None,
    section_i_alone: bool = False,
    agreement_dates: str = "",
    agreed_grounds: tuple[str, ...] = (),
) -> MediationTimeline:
    """List who must act by when, given the decision date and whatever else is known.

    Args:
        decision_sent: date written notice of the decision was sent.
        today: today's date.
        adviser_contacted: date you contacted the mediation adviser.
        mediation_wanted: "yes", "no" or "" (not decided).
        la_told: date you told the local authority you want mediation.
        health_included: "no", "yes" (health with other matters), "only" (health only) or "".
        mediation_ended: date the mediation ended without full agreement.
        certificate_issued: date on the mediation certificate, if you have it.
        agreement_made: date an agreement was made in mediation.
        section_i_alone: the appeal is only about section I (alone, or with only health or
            social care recommendations): no certificate is needed, and mediation gives no
            later date (W3), so no certificate is promised and none extends the deadline.
        agreement_dates: "yes" if the written agreement sets its own dates (reg 42(5): then
            neither reg 44's nor reg 42(3)'s time limits apply), "no" or "" (not sure).
        agreed_grounds: the s.51(2) grounds appealed; only their reg 44 rows are listed (W7).
            Empty when not known (the timeline calculator): every row is listed.

    Raises:
        BeforeCfa2014Regime, DateInFuture, DateOutOfOrder: a date the calculator refuses.
        working_days.OutsideBankHolidayData: a time limit needs bank holidays we do not have.

    >>> timeline = mediation_timeline(datetime.date(2027, 1, 4), today=datetime.date(2027, 1, 11),
    ...     adviser_contacted=datetime.date(2027, 1, 8), mediation_wanted="no")
    >>> [(item.date.isoformat(), item.what) for item in timeline.items if item.kind == "deadline"][:2]
    [('2027-01-13', 'adviser-issues-certificate'), ('2027-03-04', 'appeal-deadline')]

    Told on Friday 8 January that you do not want mediation, the adviser must issue the
    certificate by Wednesday 13 January (3 working days).
    """
    answers = _Answers(decision_sent, today, adviser_contacted, mediation_wanted, la_told, health_included,
                       mediation_ended, certificate_issued, agreement_made, section_i_alone, agreement_dates,
                       agreed_grounds)
    _check(answers)
    # Section I alone: a certificate, if one is issued, is not counted (W3).
    appeal = sen_appeal_deadline(decision_sent, None if section_i_alone else certificate_issued, today=today)
    draft = _Draft()
    draft.add(decision_sent, "local-authority", "decision-sent", "event", SEND_REGS_REG_33)
    contact_by = CONTACT_ADVISER.add(decision_sent)
    contact = adviser_contact(contact_by, adviser_contacted=adviser_contacted, la_told=la_told,
                              mediation_ended=mediation_ended, agreement_made=agreement_made,
                              health_included=health_included)
    _contacting_the_adviser(answers, draft, contact_by, contact)
    _asking_for_mediation(answers, draft)
    issued_after_mediation = _the_end_of_mediation(answers, draft)
    _the_agreement(answers, draft)
    _the_certificate(answers, draft, issued_after_mediation)
    estimated_last_day, earliest_deadline, earliest_certificate = _the_earliest_deadline(answers, draft, appeal, contact)
    rule_20 = HESC_RULE_20_1_C_II if appeal.counted_from == "certificate" else HESC_RULE_20_1_C_I
    draft.add(appeal.last_day, "you", "appeal-deadline", "deadline", rule_20)
    items = sorted(draft.items, key=lambda item: item.date)  # stable: same-day items keep their logical order
    return MediationTimeline(items=items, appeal=appeal, notes=draft.notes, estimated_last_day=estimated_last_day,
                             earliest_certificate=earliest_certificate if estimated_last_day else None,
                             contact=contact, earliest_deadline=earliest_deadline,
                             section_i_alone=section_i_alone)


# --- The timeline's stages, in the order the process runs (each adds its rows and notes) ---------

@dataclass(frozen=True)
class _Answers:
    """What mediation_timeline was told (its arguments, as one value for the stages)."""

    decision_sent: datetime.date
    today: datetime.date
    adviser_contacted: datetime.date | None
    mediation_wanted: str
    la_told: datetime.date | None
    health_included: str
    mediation_ended: datetime.date | None
    certificate_issued: datetime.date | None
    agreement_made: datetime.date | None
    section_i_alone: bool
    agreement_dates: str
    agreed_grounds: tuple[str, ...]

    @property
    def health_only(self) -> bool:
        return self.health_included == "only"

    @property
    def in_mediation(self) -> bool:
        """Mediation about appealable matters: wanted, or asked of the local authority."""
        return (self.mediation_wanted == "yes" or self.la_told is not None) and not self.health_only

    @property
    def end_of_mediation(self) -> datetime.date | None:
        """An agreement ends the mediation too: the mediator's certificate follows either (W1)."""
        return self.mediation_ended if self.mediation_ended is not None else self.agreement_made


@dataclass
class _Draft:
    """The timeline as the stages write it: its rows, in the order they are added, and its notes."""

    items: list[TimelineItem] = field(default_factory=list)
    notes: list[str] = field(default_factory=lambda: ["working-days-include-august"])

    def add(self, day: datetime.date, who: str, what: str, kind: str, provision: Provision, **facts: object) -> None:
        self.items.append(TimelineItem(day, who, what, kind, provision, facts))


def _check(answers: _Answers) -> None:
    """Refuse answers the form never sends, and dates out of order or after today."""
    if answers.mediation_wanted not in MEDIATION_ANSWERS:
        raise ValueError(f"mediation_wanted must be one of {MEDIATION_ANSWERS}")
    if answers.health_included not in HEALTH_ANSWERS:
        raise ValueError(f"health_included must be one of {HEALTH_ANSWERS}")
    if answers.agreement_dates not in AGREEMENT_DATES_ANSWERS:
        raise ValueError(f"agreement_dates must be one of {AGREEMENT_DATES_ANSWERS}")
    require_cfa_2014_regime("decision_sent", answers.decision_sent)
    require_not_after("decision_sent", answers.decision_sent, answers.today)
    given = {name: getattr(answers, name) for name in
             ("adviser_contacted", "la_told", "mediation_ended", "certificate_issued", "agreement_made")}
    for name, day in given.items():
        if day is not None:
            if day < answers.decision_sent:
                raise DateOutOfOrder(name, day)
            require_not_after(name, day, answers.today)
    for later, earlier in ORDER:
        if given[later] is not None and given[earlier] is not None and given[later] < given[earlier]:
            raise DateOutOfOrder(later, given[later], after=earlier)  # type: ignore[arg-type]


def _contacting_the_adviser(answers: _Answers, draft: _Draft, contact_by: datetime.date, contact: str) -> None:
    """reg 33's date to contact the adviser, the contact, and the adviser's certificate (reg 34)."""
    if contact == "not-yet" and not answers.section_i_alone:
        draft.add(contact_by, "you", "contact-mediation-adviser", "deadline", SEND_REGS_REG_33)
    contacted = answers.adviser_contacted
    if contacted is not None:
        draft.add(contacted, "you", "adviser-contacted-late" if contacted > contact_by else "adviser-contacted",
                  "event", SEND_REGS_REG_33, contact_by=contact_by)
        # The adviser's certificate: no mediation wanted, or mediation only about health care
        # beside appealable matters (W4). Section I alone: no certificate is promised (W3).
        # Once a certificate dated from then on is entered, its time limit is history: no row.
        issued_since = answers.certificate_issued is not None and answers.certificate_issued >= contacted
        if (answers.mediation_wanted == "no" or answers.health_only) and not answers.section_i_alone and not issued_since:
            draft.add(_working_days_after(contacted, ADVISER_CERTIFICATE.amount, "adviser_contacted"),
                      "mediation-adviser", "adviser-issues-certificate", "deadline",
                      SEND_REGS_REG_34, working_days=ADVISER_CERTIFICATE.amount,
                      **({"matters": "appealable"} if answers.mediation_wanted != "no" else {}))
    if contact == "late":
        draft.notes.append("adviser-contacted-late")


def _asking_for_mediation(answers: _Answers, draft: _Draft) -> None:
    """Telling the local authority, which tells the ICB about health care and arranges mediation in 30 days."""
    la_told = answers.la_told
    if la_told is None:
        return
    draft.add(la_told, "you", "la-told-mediation-wanted", "event", SEND_REGS_REGS_34_41)
    if answers.health_included in ("yes", "only"):
        health_body_told_by = _working_days_after(la_told, LA_TELLS_HEALTH_BODY.amount, "la_told")
        draft.add(health_body_told_by, "local-authority", "la-tells-health-body", "deadline",
                  SEND_REGS_REGS_34_41, working_days=LA_TELLS_HEALTH_BODY.amount)
    if answers.health_only:  # the health body's 30 days run from the local authority's notice to it
        draft.add(MEDIATION_ARRANGED.add(health_body_told_by),
                  "health-body", "health-body-arranges-mediation", "deadline", SEND_REGS_REGS_34_41,
                  days=MEDIATION_ARRANGED.amount, earliest=MEDIATION_ARRANGED.add(la_told))
        draft.notes.append("health-only-no-appeal-certificate")
    else:
        arranged_by = MEDIATION_ARRANGED.add(la_told)
        end = answers.end_of_mediation
        if end is None or end > arranged_by:  # once held within the 30 days, the limit is spent
            draft.add(arranged_by, "local-authority", "mediation-arranged", "deadline", SEND_REGS_REGS_34_41,
                      days=MEDIATION_ARRANGED.amount)
            if not answers.section_i_alone:
                draft.notes.append("deemed-certificate-if-not-arranged")
    draft.notes.append("notice-of-mediation-date")


def _the_end_of_mediation(answers: _Answers, draft: _Draft) -> bool:
    """The mediation's end and the mediator's certificate; whether a certificate dated since was entered."""
    if answers.mediation_ended is not None:
        draft.add(answers.mediation_ended, "you", "mediation-ended", "event", SEND_REGS_REGS_34_41)
    end = answers.end_of_mediation
    issued_after_mediation = (end is not None and answers.certificate_issued is not None
                              and answers.certificate_issued >= end)
    if (end is not None and not answers.section_i_alone and not issued_after_mediation
            and (answers.mediation_ended is not None or not answers.health_only)):
        field_name = "mediation_ended" if answers.mediation_ended is not None else "agreement_made"
        draft.add(_working_days_after(end, MEDIATOR_CERTIFICATE.amount, field_name),
                  "mediator", "mediator-issues-certificate", "deadline",
                  SEND_REGS_REGS_34_41, working_days=MEDIATOR_CERTIFICATE.amount)
    if answers.section_i_alone:
        draft.notes.append("section-i-mediation-does-not-extend")
    elif (answers.in_mediation and answers.mediation_ended is None and answers.agreement_made is None
            and answers.certificate_issued is None):
        draft.notes.append("certificate-after-mediation-gives-1-month")
    return issued_after_mediation


def _the_agreement(answers: _Answers, draft: _Draft) -> None:
    """An agreement's time limits: reg 42(3) and (4), and reg 44's rows for the grounds (W7), unless its own dates apply."""
    made = answers.agreement_made
    if made is None:
        return
    own_dates = answers.agreement_dates == "yes"  # reg 42(5): the agreement's dates replace (2) and (3)
    draft.add(made, "you", "agreement-made", "event", SEND_REGS_REG_42)
    if not own_dates:
        draft.add(AGREED_OTHER_MATTERS.add(made),
                  AGREED_OTHER_MATTERS_BY[answers.health_included], "agreed-other-matters-done", "deadline",
                  SEND_REGS_REG_42, weeks=AGREED_OTHER_MATTERS.amount)
    if answers.health_only:  # the local authority was not a party: reg 42(4); nothing appealable: no reg 44
        draft.add(HEALTH_BODY_TELLS_LA.add(made), "health-body",
                  "health-body-tells-la", "deadline", SEND_REGS_REG_42_4, weeks=HEALTH_BODY_TELLS_LA.amount)
    elif not own_dates:
        rows = _reg_44_rows(answers.agreed_grounds)
        for what, limit in REG_44_TIME_LIMITS:
            if what in rows:
                draft.add(limit.add(made), "local-authority", what,
                          "deadline", SEND_REGS_REG_44, weeks=limit.amount, condition="if-agreed")
        if rows:
            draft.notes.append("reg-44-as-if-an-order")
    draft.notes.append("agreement-own-dates" if own_dates else "other-timescales-can-be-agreed")


def _the_certificate(answers: _Answers, draft: _Draft, issued_after_mediation: bool) -> None:
    """The certificate the reader has, and what its date means beside a mediation not yet ended (W2)."""
    issued = answers.certificate_issued
    if issued is None:
        return
    after_mediation = issued_after_mediation and not answers.health_only  # the mediator's (an agreement ends it too)
    draft.add(issued, "mediator" if after_mediation else "mediation-adviser",
              "certificate-issued", "event", SEND_REGS_REGS_34_41)
    if answers.section_i_alone:
        pass  # W3: the certificate gives no later date
    elif answers.mediation_ended is not None and issued < answers.mediation_ended:
        draft.notes.append("certificate-before-mediation-ended")
    elif answers.mediation_ended is None and answers.in_mediation and answers.agreement_made is None:
        draft.notes.append("certificate-before-mediation")  # W2: count from it at once


def _the_earliest_deadline(answers: _Answers, draft: _Draft, appeal: AppealDeadline, contact: str,
                           ) -> tuple[datetime.date | None, datetime.date | None, datetime.date | None]:
    """W1: the earliest deadline D, while a certificate is awaited by a reader who contacted the adviser
    in time: the later of the 2-month date and 1 month after the earliest date the certificate can
    carry, both moved by r.12. Returns the estimate, D and the earliest certificate date.
    """
    estimated_last_day = earliest_deadline = None
    earliest_certificate = earliest_certificate_date(
        adviser_contacted=answers.adviser_contacted, mediation_wanted=answers.mediation_wanted,
        la_told=answers.la_told, health_included=answers.health_included,
        mediation_ended=answers.mediation_ended, agreement_made=answers.agreement_made)
    if answers.certificate_issued is not None or answers.section_i_alone:
        return estimated_last_day, earliest_deadline, earliest_certificate
    if contact == "late":
        if earliest_certificate is not None:
            draft.notes.append("no-estimate-after-late-contact")
    elif contact == "in-time":  # no contact yet: nothing sets a certificate date (W1)
        earliest_deadline = appeal.last_day
        if earliest_certificate is not None:
            try:
                estimate = sen_appeal_deadline(answers.decision_sent, earliest_certificate,
                                               today=max(answers.today, earliest_certificate)).last_day
            except working_days.OutsideBankHolidayData:
                draft.notes.append("estimate-beyond-bank-holiday-data")
            else:
                if estimate > appeal.last_day:
                    estimated_last_day = earliest_deadline = estimate
                    draft.add(estimate, "you", "appeal-deadline-estimate", "estimate",
                              HESC_RULE_20_1_C_II, certificate=earliest_certificate)
                    draft.notes.append("recalculate-when-certificate-arrives")
    return estimated_last_day, earliest_deadline, earliest_certificate


def _reg_44_rows(agreed_grounds: tuple[str, ...]) -> set[str]:
    """The reg 44 rows for the grounds appealed; every row when the grounds are not known (W7)."""
    if not agreed_grounds:
        return {what for what, _ in REG_44_TIME_LIMITS}
    return {what for ground in agreed_grounds for what in REG_44_ROWS_BY_GROUND.get(ground, ())}


def _working_days_after(day: datetime.date, count: int, field: str) -> datetime.date:
    """add_working_days, naming the input whose time limit ran past the bank-holiday data."""
    try:
        return working_days.add_working_days(day, count)
    except working_days.OutsideBankHolidayData as error:
        error.field = field
        raise
