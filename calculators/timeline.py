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
from .months import corresponding_date
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

#: reg 33: contact the mediation adviser "within 2 months after written notice ... was sent".
MONTHS_TO_CONTACT_ADVISER = 2
#: You tell the adviser you do not want mediation: certificate within 3 working days (MED).
ADVISER_CERTIFICATE_WORKING_DAYS = 3
#: You tell the LA you want mediation: mediation arranged within 30 (calendar) days (MED).
MEDIATION_ARRANGED_WITHIN_DAYS = 30
#: Mediation includes health: the LA tells the health body within 3 working days (MED).
LA_TELLS_HEALTH_BODY_WORKING_DAYS = 3
#: LA cannot arrange mediation in 30 days: certificate within 3 working days of the adviser being told (MED).
DEEMED_CERTIFICATE_WORKING_DAYS = 3
#: At least 5 working days' notice of the mediation, unless you agree to less (MED).
NOTICE_OF_MEDIATION_WORKING_DAYS = 5
#: Mediation ends: the mediator issues the certificate within 3 working days (MED).
MEDIATOR_CERTIFICATE_WORKING_DAYS = 3
#: reg 42: anything agreed that is not an appealable matter is done within 2 weeks.
AGREED_OTHER_MATTERS_WEEKS = 2
#: reg 42: if the LA was not a party, the health body tells it within 1 week.
HEALTH_BODY_TELLS_LA_WEEKS = 1
#: reg 44 time limits, in weeks from the date of the agreement, applied by reg 42(2) "as if"
#: the agreement were a Tribunal order (rows (2)(a)-(c) read in a verbatim copy; others MED).
REG_44_TIME_LIMITS: tuple[tuple[str, int], ...] = (
    ("cease-to-maintain-at-once", 0),
    ("continue-to-maintain-at-once", 0),
    ("assessment-tell-you", 2),
    ("amend-section-i-only", 2),
    ("make-plan-draft", 5),
    ("amend-special-educational-provision", 5),
    ("assessment-decide-no-plan", 10),
    ("make-plan-final", 11),
    ("assessment-finalise-plan", 14),
)

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
    "MONTHS_TO_CONTACT_ADVISER": SEND_REGS_REG_33,
    "ADVISER_CERTIFICATE_WORKING_DAYS": SEND_REGS_REG_34,
    "MEDIATION_ARRANGED_WITHIN_DAYS": SEND_REGS_REGS_34_41,
    "LA_TELLS_HEALTH_BODY_WORKING_DAYS": SEND_REGS_REGS_34_41,
    "DEEMED_CERTIFICATE_WORKING_DAYS": SEND_REGS_REGS_34_41,
    "NOTICE_OF_MEDIATION_WORKING_DAYS": SEND_REGS_REGS_34_41,
    "MEDIATOR_CERTIFICATE_WORKING_DAYS": SEND_REGS_REGS_34_41,
    "AGREED_OTHER_MATTERS_WEEKS": SEND_REGS_REG_42,
    "HEALTH_BODY_TELLS_LA_WEEKS": SEND_REGS_REG_42_4,
    "REG_44_TIME_LIMITS": SEND_REGS_REG_44,
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
        if ended is not None and ended <= la_told + datetime.timedelta(days=MEDIATION_ARRANGED_WITHIN_DAYS):
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
    if mediation_wanted not in MEDIATION_ANSWERS:
        raise ValueError(f"mediation_wanted must be one of {MEDIATION_ANSWERS}")
    if health_included not in HEALTH_ANSWERS:
        raise ValueError(f"health_included must be one of {HEALTH_ANSWERS}")
    if agreement_dates not in AGREEMENT_DATES_ANSWERS:
        raise ValueError(f"agreement_dates must be one of {AGREEMENT_DATES_ANSWERS}")
    require_cfa_2014_regime("decision_sent", decision_sent)
    require_not_after("decision_sent", decision_sent, today)
    given = {
        "adviser_contacted": adviser_contacted,
        "la_told": la_told,
        "mediation_ended": mediation_ended,
        "certificate_issued": certificate_issued,
        "agreement_made": agreement_made,
    }
    for name, day in given.items():
        if day is not None:
            if day < decision_sent:
                raise DateOutOfOrder(name, day)
            require_not_after(name, day, today)
    for later, earlier in ORDER:
        if given[later] is not None and given[earlier] is not None and given[later] < given[earlier]:
            raise DateOutOfOrder(later, given[later], after=earlier)  # type: ignore[arg-type]

    # Section I alone: a certificate, if one is issued, is not counted (W3).
    appeal = sen_appeal_deadline(decision_sent, None if section_i_alone else certificate_issued,
                                 today=today)
    items: list[TimelineItem] = []
    notes: list[str] = ["working-days-include-august"]

    def add(day: datetime.date, who: str, what: str, kind: str, provision: Provision, **facts: object) -> None:
        items.append(TimelineItem(day, who, what, kind, provision, facts))

    add(decision_sent, "local-authority", "decision-sent", "event", SEND_REGS_REG_33)
    contact_by = corresponding_date(decision_sent, MONTHS_TO_CONTACT_ADVISER)
    health_only = health_included == "only"
    contact = adviser_contact(contact_by, adviser_contacted=adviser_contacted, la_told=la_told,
                              mediation_ended=mediation_ended, agreement_made=agreement_made,
                              health_included=health_included)
    if contact == "not-yet" and not section_i_alone:
        add(contact_by, "you", "contact-mediation-adviser", "deadline", SEND_REGS_REG_33)

    if adviser_contacted is not None:
        contacted_late = adviser_contacted > contact_by
        add(adviser_contacted, "you", "adviser-contacted-late" if contacted_late else "adviser-contacted",
            "event", SEND_REGS_REG_33, contact_by=contact_by)
        # The adviser's certificate: no mediation wanted, or mediation only about health care
        # beside appealable matters (W4). Section I alone: no certificate is promised (W3).
        # Once a certificate dated from then on is entered, its time limit is history: no row.
        issued_since = certificate_issued is not None and certificate_issued >= adviser_contacted
        if (mediation_wanted == "no" or health_only) and not section_i_alone and not issued_since:
            add(_working_days_after(adviser_contacted, ADVISER_CERTIFICATE_WORKING_DAYS, "adviser_contacted"),
                "mediation-adviser", "adviser-issues-certificate", "deadline",
                SEND_REGS_REG_34, working_days=ADVISER_CERTIFICATE_WORKING_DAYS,
                **({"matters": "appealable"} if mediation_wanted != "no" else {}))
    if contact == "late":
        notes.append("adviser-contacted-late")

    if la_told is not None:
        add(la_told, "you", "la-told-mediation-wanted", "event", SEND_REGS_REGS_34_41)
        if health_included in ("yes", "only"):
            health_body_told_by = _working_days_after(la_told, LA_TELLS_HEALTH_BODY_WORKING_DAYS, "la_told")
            add(health_body_told_by, "local-authority", "la-tells-health-body", "deadline",
                SEND_REGS_REGS_34_41, working_days=LA_TELLS_HEALTH_BODY_WORKING_DAYS)
        if health_only:  # the health body's 30 days run from the local authority's notice to it
            add(health_body_told_by + datetime.timedelta(days=MEDIATION_ARRANGED_WITHIN_DAYS),
                "health-body", "health-body-arranges-mediation", "deadline", SEND_REGS_REGS_34_41,
                days=MEDIATION_ARRANGED_WITHIN_DAYS, earliest=la_told + datetime.timedelta(
                    days=MEDIATION_ARRANGED_WITHIN_DAYS))
            notes.append("health-only-no-appeal-certificate")
        else:
            arranged_by = la_told + datetime.timedelta(days=MEDIATION_ARRANGED_WITHIN_DAYS)
            end = mediation_ended if mediation_ended is not None else agreement_made
            if end is None or end > arranged_by:  # once held within the 30 days, the limit is spent
                add(arranged_by, "local-authority", "mediation-arranged", "deadline", SEND_REGS_REGS_34_41,
                    days=MEDIATION_ARRANGED_WITHIN_DAYS)
                if not section_i_alone:
                    notes.append("deemed-certificate-if-not-arranged")
        notes.append("notice-of-mediation-date")

    if mediation_ended is not None:
        add(mediation_ended, "you", "mediation-ended", "event", SEND_REGS_REGS_34_41)
    # An agreement ends the mediation too: the mediator's certificate follows either (W1).
    end_of_mediation = mediation_ended if mediation_ended is not None else agreement_made
    issued_after_mediation = (end_of_mediation is not None and certificate_issued is not None
                              and certificate_issued >= end_of_mediation)
    if (end_of_mediation is not None and not section_i_alone and not issued_after_mediation
            and (mediation_ended is not None or not health_only)):
        field_name = "mediation_ended" if mediation_ended is not None else "agreement_made"
        add(_working_days_after(end_of_mediation, MEDIATOR_CERTIFICATE_WORKING_DAYS, field_name),
            "mediator", "mediator-issues-certificate", "deadline",
            SEND_REGS_REGS_34_41, working_days=MEDIATOR_CERTIFICATE_WORKING_DAYS)

    in_mediation = (mediation_wanted == "yes" or la_told is not None) and not health_only
    if section_i_alone:
        notes.append("section-i-mediation-does-not-extend")
    elif (in_mediation and mediation_ended is None and agreement_made is None
            and certificate_issued is None):
        notes.append("certificate-after-mediation-gives-1-month")

    if agreement_made is not None:
        own_dates = agreement_dates == "yes"  # reg 42(5): the agreement's dates replace (2) and (3)
        add(agreement_made, "you", "agreement-made", "event", SEND_REGS_REG_42)
        if not own_dates:
            add(agreement_made + datetime.timedelta(weeks=AGREED_OTHER_MATTERS_WEEKS),
                AGREED_OTHER_MATTERS_BY[health_included], "agreed-other-matters-done", "deadline",
                SEND_REGS_REG_42, weeks=AGREED_OTHER_MATTERS_WEEKS)
        if health_only:  # the local authority was not a party: reg 42(4); nothing appealable: no reg 44
            add(agreement_made + datetime.timedelta(weeks=HEALTH_BODY_TELLS_LA_WEEKS), "health-body",
                "health-body-tells-la", "deadline", SEND_REGS_REG_42_4, weeks=HEALTH_BODY_TELLS_LA_WEEKS)
        elif not own_dates:
            rows = _reg_44_rows(agreed_grounds)
            for what, weeks in REG_44_TIME_LIMITS:
                if what in rows:
                    add(agreement_made + datetime.timedelta(weeks=weeks), "local-authority", what,
                        "deadline", SEND_REGS_REG_44, weeks=weeks, condition="if-agreed")
            if rows:
                notes.append("reg-44-as-if-an-order")
        notes.append("agreement-own-dates" if own_dates else "other-timescales-can-be-agreed")

    if certificate_issued is not None:
        after_mediation = issued_after_mediation and not health_only  # the mediator's (an agreement ends it too)
        add(certificate_issued, "mediator" if after_mediation else "mediation-adviser",
            "certificate-issued", "event", SEND_REGS_REGS_34_41)
        if section_i_alone:
            pass  # W3: the certificate gives no later date
        elif mediation_ended is not None and certificate_issued < mediation_ended:
            notes.append("certificate-before-mediation-ended")
        elif mediation_ended is None and in_mediation and agreement_made is None:
            notes.append("certificate-before-mediation")  # W2: count from it at once

    # W1: the earliest deadline D, while a certificate is awaited by a reader who contacted the
    # adviser in time: the later of the 2-month date and 1 month after the earliest date the
    # certificate can carry, both moved by r.12.
    estimated_last_day = None
    earliest_deadline = None
    earliest_certificate = earliest_certificate_date(
        adviser_contacted=adviser_contacted, mediation_wanted=mediation_wanted, la_told=la_told,
        health_included=health_included, mediation_ended=mediation_ended, agreement_made=agreement_made)
    if certificate_issued is None and not section_i_alone:
        if contact == "late":
            if earliest_certificate is not None:
                notes.append("no-estimate-after-late-contact")
        elif contact == "in-time":  # no contact yet: nothing sets a certificate date (W1)
            earliest_deadline = appeal.last_day
            if earliest_certificate is not None:
                try:
                    estimate = sen_appeal_deadline(
                        decision_sent, earliest_certificate, today=max(today, earliest_certificate)).last_day
                except working_days.OutsideBankHolidayData:
                    notes.append("estimate-beyond-bank-holiday-data")
                else:
                    if estimate > appeal.last_day:
                        estimated_last_day = earliest_deadline = estimate
                        add(estimate, "you", "appeal-deadline-estimate", "estimate",
                            HESC_RULE_20_1_C_II, certificate=earliest_certificate)
                        notes.append("recalculate-when-certificate-arrives")

    rule_20 = HESC_RULE_20_1_C_II if appeal.counted_from == "certificate" else HESC_RULE_20_1_C_I
    add(appeal.last_day, "you", "appeal-deadline", "deadline", rule_20)
    items.sort(key=lambda item: item.date)  # stable: same-day items keep their logical order
    return MediationTimeline(items=items, appeal=appeal, notes=notes, estimated_last_day=estimated_last_day,
                             earliest_certificate=earliest_certificate if estimated_last_day else None,
                             contact=contact, earliest_deadline=earliest_deadline,
                             section_i_alone=section_i_alone)


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
