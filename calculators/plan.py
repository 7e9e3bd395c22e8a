"""The reader's status in the plan: waiting for a certificate is not being late (HESC r.20(1)(c); SEND Regs 2014 reg 33).

The plan puts the certificate answer (CFA 2014 s.55), the mediation timeline and the appeal
deadline together. This module decides where the reader stands, in this order (W1 to W6 of the
December 2026 legal review):

1. ``no-appeal``: nothing the SEND Tribunal hears;
2. ``in-time`` by the 2-month date when no certificate is needed (section I alone, W3);
3. ``waiting-for-certificate``: a certificate is needed, none is entered, the adviser was contacted
   by the reg 33 date, and D (the earliest the deadline can be) is ahead, even after the 2-month
   date has passed;
4. ``certificate-overdue``: as 3, but D has passed: neither late nor in time until the date on the
   certificate is known;
5. ``in-time`` or ``deadline-passed`` by ``last_day``: from an entered certificate date, or the
   2-month date (no contact yet, or late contact: no later date is promised).

It also decides which messages the reader needs, and what the plan assumes is done today.
:mod:`calculators.letters` writes the messages and :mod:`calculators.wording` the page's words.
"""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass

from .appeal_deadline import appeal_outcome, sen_appeal_deadline
from .certificate import GROUNDS as _GROUNDS
from .certificate import CertificateCheck, mediation_certificate_check
from .provisions import (
    CFA_2014_S55,
    HESC_RULE_5_3_A,
    HESC_RULE_20_1_C_I,
    HESC_RULE_20_1_C_II,
    SEND_REGS_REG_33,
    SEND_REGS_REG_42,
    SEND_REGS_REG_44,
    SEND_REGS_REGS_34_41,
    cites,
)
from .limits import MEDIATION_ARRANGED
from .timeline import (
    MediationTimeline,
    TimelineItem,
    earliest_certificate_date,
    mediation_timeline,
)

#: The statuses, in the order they are decided.
STATUSES = ("no-appeal", "in-time", "waiting-for-certificate", "certificate-overdue", "deadline-passed")
#: W1, W5: a waiting reader whose certificate is overdue is offered the note to the Tribunal when
#: D is this many days away or less (a product choice, not law: one number for W1 and W5).
NOTE_TO_TRIBUNAL_DAYS_BEFORE_D = 7
#: The messages the plan has the reader send today, and the timeline event each sending is.
SENT_TODAY_EVENTS = {"adviser-contact": "adviser-contacted", "la-mediation-request": "la-told-mediation-wanted"}
#: W7: "Does the agreement settle everything?" answers, as the status records them.
AGREEMENT_STATUS = {"yes": "settled", "no": "not-settled", "": "unsure"}
#: The s.51(2) grounds an appeal about section I alone is about (s.55: no certificate needed).
SECTION_I_GROUNDS = tuple(ground.key for ground in _GROUNDS
                          if ground.route == "sen-appeal" and ground.exempt_from_certificate)

NOT_LEGAL_CONSTANTS = ("STATUSES", "AGREEMENT_STATUS", "SENT_TODAY_EVENTS")
CITATIONS = {
    "NOTE_TO_TRIBUNAL_DAYS_BEFORE_D": CFA_2014_S55,
    "SECTION_I_GROUNDS": CFA_2014_S55,
}


@dataclass(frozen=True)
class Situation:
    """What the reader told us: the same answers as the plan's form."""

    decision_sent: datetime.date
    today: datetime.date
    grounds: tuple[str, ...] = ()
    mediation_wanted: str = ""
    health_included: str = ""
    adviser_contacted: datetime.date | None = None
    la_told: datetime.date | None = None
    mediation_ended: datetime.date | None = None
    agreement_made: datetime.date | None = None
    certificate_issued: datetime.date | None = None
    appellant: str = "parent"
    agreement_settles: str = ""
    agreement_dates: str = ""

    def certificate(self) -> CertificateCheck | None:
        return mediation_certificate_check(self.grounds) if self.grounds else None

    @property
    def mediation(self) -> str:
        """What mediation the reader wants: "yes" (the mediator gives the certificate), "health-only"
        (about health care only: the adviser gives it, W4), or "" (none wanted, or not decided).
        """
        if self.mediation_wanted != "yes":
            return ""
        return "health-only" if self.health_included == "only" else "yes"

    def section_i_alone(self) -> bool:
        return section_i_alone(self.certificate())

    def timeline(self, **planned: object) -> MediationTimeline:
        """The mediation timeline for these answers (``planned``: what the reader will do today)."""
        answers = {
            "adviser_contacted": self.adviser_contacted, "mediation_wanted": self.mediation_wanted,
            "la_told": self.la_told, "health_included": self.health_included,
            "mediation_ended": self.mediation_ended, "agreement_made": self.agreement_made,
            "certificate_issued": self.certificate_issued, "section_i_alone": self.section_i_alone(),
            "agreement_dates": self.agreement_dates, "agreed_grounds": self.grounds, **planned}
        return mediation_timeline(self.decision_sent, today=self.today, **answers)  # type: ignore[arg-type]


@cites(CFA_2014_S55)
def section_i_alone(check: CertificateCheck | None) -> bool:
    """Whether the appeal is about section I alone (or with only health or social care recommendations).

    >>> section_i_alone(mediation_certificate_check(["c-iii", "health-social-care"]))
    True

    No certificate is needed, and mediation gives no later date (W3): decided from the whole
    set of grounds, so section I with section F is not "alone".
    """
    if check is None:
        return False
    appealed = [key for key in check.grounds
                if any(g.key == key and g.route == "sen-appeal" for g in _GROUNDS)]
    return bool(appealed) and all(key in SECTION_I_GROUNDS for key in appealed)


@dataclass(frozen=True)
class PlanStatus:
    """Where the reader stands: the status, the dates it rests on, and what follows from it.

    ``last_day`` is the deadline when it is known (None while it waits on a certificate not yet
    issued, and with no appeal); ``earliest_last_day`` is D while waiting or overdue.
    ``contact`` is "in-time", "late" or "not-yet" (reg 33), and ``contact_date`` the day it counts
    from (the adviser contacted, else the local authority told; None if neither was entered);
    ``certificate_advised`` says a certificate is advised though not needed for timing (section I
    with health or social care recommendations: an open question, W3); ``arguably_in_time`` that
    a section-I-alone reader past the 2-month date holds a certificate whose month is still running
    (unsettled, so the note asks for time "if" late); ``certificate_due`` the date the
    awaited certificate was due (None when nothing has set it); ``awaiting`` what the certificate
    waits on ("adviser": the reader said they do not want mediation; "mediator": mediation
    ended; "deemed": 30 days passed, or the meeting came later, so a certificate may already be
    dated the day the local authority was told; "mediation": mediation within its 30 days;
    "la-not-told": mediation wanted, the local authority not told; "decision": the reader has not
    said whether they want mediation; "" when no certificate is awaited); ``earliest_certificate``
    the earliest date it can carry (W1); ``note_to_tribunal`` whether the
    note to the Tribunal about the missing certificate is offered (W5); ``late_appeal_note``
    whether a late reader with their certificate (or needing none) gets the note asking for
    more time (W6). ``agreement`` is, once a mediation agreement is entered (W7), "settled" (it
    settles everything), "not-settled" or "unsure"; "" without one. ``agreement_acts_by`` is the
    last date the regulations give for doing what was agreed (the reg 44 rows for the grounds
    appealed, and reg 42(3)); None when the agreement sets its own dates or there is none.
    """

    status: str
    last_day: datetime.date | None
    earliest_last_day: datetime.date | None
    two_month_day: datetime.date | None
    contact_by: datetime.date | None
    contact: str
    contact_date: datetime.date | None
    needs_certificate: bool
    certificate_advised: bool
    section_i_alone: bool
    arguably_in_time: bool
    certificate_due: datetime.date | None
    certificate_overdue: bool
    awaiting: str
    earliest_certificate: datetime.date | None
    within_mediation_days: bool
    note_to_tribunal: bool
    late_appeal_note: bool
    agreement: str = ""
    agreement_acts_by: datetime.date | None = None

    def as_dict(self) -> dict[str, object]:
        """The status as plain JSON data.

        >>> plan_status(Situation(datetime.date(2027, 1, 4), datetime.date(2027, 1, 11),
        ...     grounds=("c-iii",))).as_dict()["status"]
        'in-time'

        Dates as ISO strings; these keys sit at the top level of the plan's result.
        """
        return {key: value.isoformat() if isinstance(value, datetime.date) else value
                for key, value in dataclasses.asdict(self).items()}


def _certificate_due(timeline: MediationTimeline) -> datetime.date | None:
    """When the awaited certificate was due: the mediator's or adviser's 3 working days, or the 30 days.

    Once mediation has ended (or an agreement was made) the mediator's row is there and comes first.
    """
    for what in ("mediator-issues-certificate", "adviser-issues-certificate", "mediation-arranged"):
        found = [item.date for item in timeline.items if item.what == what]
        if found:
            return found[-1]
    return None


@cites(HESC_RULE_20_1_C_I, HESC_RULE_20_1_C_II, SEND_REGS_REG_33, SEND_REGS_REGS_34_41, CFA_2014_S55,
       HESC_RULE_5_3_A, SEND_REGS_REG_42, SEND_REGS_REG_44)
def plan_status(situation: Situation, timeline: MediationTimeline | None = None) -> PlanStatus:
    """The reader's status, decided in the order of the module docstring (W1 to W6).

    ``timeline`` is the timeline of the answers as given (not of what the plan assumes is done
    today); it is worked out when not passed. Without grounds (the timeline calculator) a
    certificate is taken to be needed.

    >>> status = plan_status(Situation(datetime.date(2027, 6, 15), datetime.date(2027, 9, 3),
    ...     grounds=("c-ii",), mediation_wanted="no", adviser_contacted=datetime.date(2027, 8, 10)))
    >>> status.status, status.earliest_last_day, status.note_to_tribunal
    ('waiting-for-certificate', datetime.date(2027, 9, 10), True)

    The 2-month date (1 September, moved out of August) has passed, but the adviser was told on
    10 August: a certificate dated then gives until Friday 10 September. The certificate was due on
    13 August and D is 7 days away, so the note "my certificate has not arrived" is offered.
    """
    check = situation.certificate()
    today = situation.today
    if check is not None and "sen-appeal" not in check.routes:
        return PlanStatus("no-appeal", None, None, None, None, "not-yet", None, False, False, False, False,
                          None, False, "", None, False, False, False)
    timeline = timeline or situation.timeline()
    alone = section_i_alone(check)
    needs = (check is None or check.certificate_required) and not alone
    two_month = sen_appeal_deadline(situation.decision_sent, today=today).last_day
    contact_by = timeline.appeal.contact_mediation_adviser_by
    no_certificate = situation.certificate_issued is None
    mediating = (situation.health_included != "only"
                 and (situation.mediation_wanted == "yes" or situation.la_told is not None))
    ended = situation.mediation_ended is not None or situation.agreement_made is not None
    due = _certificate_due(timeline) if needs and no_certificate else None
    within_days = (mediating and not ended and situation.la_told is not None
                   and today <= MEDIATION_ARRANGED.add(situation.la_told))
    # Overdue: its due date has passed, or nothing can bring it in time (W5): mediation wanted and
    # the local authority never told, or 30 days passed with no meeting.
    overdue = needs and no_certificate and (
        (due is not None and today > due) or (mediating and not ended and situation.la_told is None))

    awaiting = ""
    if needs and no_certificate and timeline.contact == "in-time":
        if mediating and situation.la_told is None and not ended:
            awaiting = "la-not-told"
        elif mediating and situation.la_told is not None:
            deadline_30 = MEDIATION_ARRANGED.add(situation.la_told)
            end_day = situation.mediation_ended or situation.agreement_made
            awaiting = ("mediator" if end_day is not None and end_day <= deadline_30 else
                        "mediation" if end_day is None and today <= deadline_30 else "deemed")
        elif mediating:
            awaiting = "mediator"
        elif situation.adviser_contacted is not None and (situation.mediation_wanted == "no"
                                                           or situation.health_included == "only"):
            awaiting = "adviser"
        elif situation.adviser_contacted is not None:
            awaiting = "decision"
    earliest_certificate = earliest_certificate_date(
        adviser_contacted=situation.adviser_contacted, mediation_wanted=situation.mediation_wanted,
        la_told=situation.la_told, health_included=situation.health_included,
        mediation_ended=situation.mediation_ended, agreement_made=situation.agreement_made,
    ) if awaiting else None

    last_day = earliest = None
    if needs and no_certificate and timeline.contact == "in-time":
        earliest = timeline.earliest_deadline or two_month
        status = "waiting-for-certificate" if today <= earliest else "certificate-overdue"
    else:
        last_day = timeline.appeal.last_day
        status = "deadline-passed" if appeal_outcome(last_day, today)[0] == "deadline-passed" else "in-time"

    note = False
    # W7: after an agreement, no note to the Tribunal by default.
    if needs and no_certificate and not within_days and situation.agreement_made is None:
        if status == "waiting-for-certificate":
            note = overdue and (earliest - today).days <= NOTE_TO_TRIBUNAL_DAYS_BEFORE_D  # type: ignore[operator]
        else:  # overdue; or no contact by the reg 33 date, or late contact
            note = status == "certificate-overdue" or today > contact_by
    late_note = status == "deadline-passed" and not note
    advised = alone and check is not None and check.certificate_required
    arguable = False
    if alone and status == "deadline-passed" and situation.certificate_issued is not None:
        arguable = sen_appeal_deadline(situation.decision_sent, situation.certificate_issued,
                                       today=today).last_day >= today
    contact_date = situation.adviser_contacted or (situation.la_told if situation.health_included != "only" else None)
    agreement = "" if situation.agreement_made is None else AGREEMENT_STATUS[situation.agreement_settles]
    acts = [item.date for item in timeline.items
            if item.provision in (SEND_REGS_REG_44, SEND_REGS_REG_42) and item.kind == "deadline"]
    return PlanStatus(status, last_day, earliest, two_month, contact_by, timeline.contact, contact_date, needs,
                      advised, alone, arguable, due, overdue, awaiting, earliest_certificate, within_days, note,
                      late_note, agreement, max(acts) if acts else None)


def _planned(situation: Situation, now: list[str]) -> Situation:
    """The situation once the reader has sent today's messages (the plan assumes they do)."""
    return dataclasses.replace(
        situation,
        adviser_contacted=situation.today if "adviser-contact" in now else situation.adviser_contacted,
        la_told=situation.today if "la-mediation-request" in now else situation.la_told)


@cites(SEND_REGS_REG_33, SEND_REGS_REGS_34_41, CFA_2014_S55, HESC_RULE_5_3_A)
def messages_needed(situation: Situation, status: PlanStatus) -> tuple[list[str], list[str], Situation]:
    """The messages to send now, those kept for later, and the situation once today's are sent.

    >>> now, later, _ = messages_needed(*(lambda s: (s, plan_status(s)))(Situation(
    ...     datetime.date(2027, 1, 4), datetime.date(2027, 1, 11), grounds=("c-ii",), mediation_wanted="yes")))
    >>> now, later
    (['adviser-contact', 'la-mediation-request'], ['mediation-not-arranged'])

    Before anything has happened: contact the adviser and the local authority now; keep the
    message for if mediation is not arranged. No note to the Tribunal: a certificate can still
    come in time (W5).
    """
    if status.status == "no-appeal":
        return [], [], situation
    no_certificate = situation.certificate_issued is None
    ended = situation.mediation_ended is not None or situation.agreement_made is not None
    wanted = status.needs_certificate or status.certificate_advised
    now: list[str] = []
    if status.contact == "not-yet" and no_certificate and (wanted or situation.mediation_wanted == "yes"):
        now.append("adviser-contact")
    if situation.mediation_wanted == "yes" and situation.la_told is None and not ended:
        now.append("la-mediation-request")
    planned = _planned(situation, now)
    later: list[str] = []
    adviser_route = planned.mediation_wanted == "no" or planned.health_included == "only"
    if wanted and no_certificate and (
            ended or (planned.adviser_contacted is not None and adviser_route)
            or status.awaiting in ("deemed", "la-not-told")):
        later.append("certificate-chase")
    if (status.needs_certificate and planned.la_told is not None and no_certificate and not ended
            and planned.health_included != "only"):
        later.append("mediation-not-arranged")
    if planned.agreement_made is not None:
        later.append("agreement-deadlines")
    if status.note_to_tribunal:
        later.append("tribunal-no-certificate")
    if status.late_appeal_note:
        later.append("tribunal-late-appeal")
    return now, later, planned


@cites(SEND_REGS_REG_33, HESC_RULE_20_1_C_II)
def plan_timeline(situation: Situation, status: PlanStatus, now: list[str],
                  planned: Situation) -> MediationTimeline | None:
    """The timeline the plan shows: as if today's messages were sent, with the reg 33 date kept.

    >>> s = Situation(datetime.date(2027, 1, 4), datetime.date(2027, 1, 11), grounds=("c-ii",),
    ...               mediation_wanted="no")
    >>> now, _, planned = messages_needed(s, plan_status(s))
    >>> [item.what for item in plan_timeline(s, plan_status(s), now, planned).items][:3]
    ['decision-sent', 'adviser-contacted', 'adviser-issues-certificate']

    The reader contacts the adviser today, 11 January; the reg 33 date (4 March) stays on the
    timeline, with the deadline it shares. For a reader who is waiting, the estimate shown is D,
    from what has happened, never from what the plan assumes is done today (W1).
    """
    if status.status == "no-appeal":
        return None
    timeline = planned.timeline()
    items = list(timeline.items)
    if ("adviser-contact" in now and status.needs_certificate and status.contact_by is not None
            and situation.today <= status.contact_by):
        # First, so that on a shared date it comes before the appeal deadline (the sort is stable).
        items.insert(0, TimelineItem(status.contact_by, "you", "contact-mediation-adviser", "deadline",
                                     SEND_REGS_REG_33))
    if status.earliest_last_day is not None:
        items = [item for item in items if item.what != "appeal-deadline-estimate"]
        if status.earliest_last_day != status.two_month_day:
            items.append(TimelineItem(status.earliest_last_day, "you", "appeal-deadline-estimate", "estimate",
                                      HESC_RULE_20_1_C_II, {"certificate": status.earliest_certificate}))
    return dataclasses.replace(timeline, items=sorted(items, key=lambda item: item.date))
