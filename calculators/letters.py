"""The messages a reader sends on the way to an appeal, filled in with dates the calculators work out.

Like :mod:`calculators.wording`, this module holds sentences readers see (an adviser can review
every message here); the dates come from the rules (:mod:`calculators.timeline`, which applies
reg 33, the Part 2 mediation time limits and regs 42 and 44, and
:mod:`calculators.appeal_deadline`). What the reader must add themselves (their name, the
child's name, addresses) is left as a placeholder in square brackets: nothing of the kind is
ever asked for or stored. Time limits that come from guidance rather than the regulations'
text we have read (MED) are worded as guidance ("Guidance on the SEND Regulations says ...").

This module chooses and writes them; their parts are in ``letter_parts``, and the messages
themselves in ``letters_mediation`` and ``letters_tribunal``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from .letter_parts import GUIDANCE_TIME_LIMITS, Letter, LetterNotPossible  # noqa: F401 - the messages' names
from .limits import MEDIATION_ARRANGED
from .letters_mediation import (
    adviser_contact,
    agreement_deadlines,
    certificate_chase,
    la_mediation_request,
    mediation_not_arranged,
)
from .letters_tribunal import tribunal_late_appeal, tribunal_no_certificate
from .plan import PlanStatus, Situation, messages_needed, plan_status  # noqa: F401 - Situation: the messages' input


@dataclass(frozen=True)
class Message:
    """One kind of message, declared once: its title, how it is written, and when it applies.

    Args:
        kind: its name (the ``letter`` command's KIND, the plan's and the page's ``kind``).
        title: what the page calls it.
        write: writes it from the reader's answers (and, if ``reads_status``, their status).
        needs: the answers it needs, when it needs any (the first is the one to ask for).
        reads_status: it speaks of the reader's status: the plan passes the status of what has happened.
        tells_what_happened: a note to the Tribunal, written from what has happened, never from
            what the plan assumes is done today.
        about_the_certificate: it asks for a certificate: not for an appeal that needs none
            (section I alone, or nothing the SEND Tribunal hears), nor once the certificate is dated.
    """

    kind: str
    title: str
    write: Callable[..., Letter]
    needs: tuple[str, ...] = ()
    reads_status: bool = False
    tells_what_happened: bool = False
    about_the_certificate: bool = False


#: The messages, in the order a reader may need them.
MESSAGES: dict[str, Message] = {message.kind: message for message in (
    Message("adviser-contact", "Message to the mediation adviser", adviser_contact,
            about_the_certificate=True),
    Message("la-mediation-request", "Message to the local authority asking for mediation", la_mediation_request),
    Message("certificate-chase", "Message if your mediation certificate is late", certificate_chase,
            needs=("mediation_ended", "adviser_contacted"), reads_status=True, about_the_certificate=True),
    Message("mediation-not-arranged", f"Message if mediation is not arranged within {MEDIATION_ARRANGED.text}",
            mediation_not_arranged, needs=("la_told",), about_the_certificate=True),
    Message("agreement-deadlines", "Message about what was agreed in mediation, and by when", agreement_deadlines,
            needs=("agreement_made",)),
    Message("tribunal-no-certificate", "Note to the SEND Tribunal if you have no mediation certificate",
            tribunal_no_certificate, reads_status=True, tells_what_happened=True, about_the_certificate=True),
    Message("tribunal-late-appeal", "Note to the SEND Tribunal asking for more time for a late appeal",
            tribunal_late_appeal, needs=("decision_sent",), reads_status=True, tells_what_happened=True),
)}
KINDS = tuple(MESSAGES)
#: The answers each message needs, when it needs any (the first is the one to ask for).
NEEDS = {kind: message.needs for kind, message in MESSAGES.items() if message.needs}


def why_not_needed(kind: str, situation: Situation) -> tuple[str, str] | None:
    """Why a message asked for on its own (the ``letter`` command) fits no situation the plan makes.

    >>> import datetime
    >>> why_not_needed("adviser-contact", Situation(datetime.date(2027, 1, 4), datetime.date(2027, 1, 11),
    ...     grounds=("c-ii",), certificate_issued=datetime.date(2027, 1, 8)))
    ('has-certificate', 'certificate_issued')

    Returns (reason, the answer to change), or None when the message can be written. The plan
    itself never offers these combinations; :mod:`calculators.wording` words each reason. The
    rules: no certificate for section I alone or for what the SEND Tribunal does not hear (CFA
    2014 s.55, s.51(2)); none to ask for once one is dated; mediation asked for and then declined is
    a normal case, never refused (W1; SEND Regulations 2014, regulation 34).
    """
    status = plan_status(situation) if situation.grounds else None
    health_only_chase = kind == "mediation-not-arranged" and situation.health_included == "only"
    if MESSAGES[kind].about_the_certificate and not health_only_chase:
        mediation_asked = kind == "adviser-contact" and situation.mediation_wanted == "yes"  # as the plan does
        if status is not None and status.status == "no-appeal":
            return "no-sen-appeal", "grounds"
        if status is not None and not (status.needs_certificate or status.certificate_advised or mediation_asked):
            return "section-i-alone", "grounds"
        if situation.certificate_issued is not None:
            return "has-certificate", "certificate_issued"
    if kind in ("la-mediation-request", "mediation-not-arranged"):
        if situation.agreement_made is not None:
            return "agreement-made", "agreement_made"
        if situation.mediation_ended is not None:
            return "mediation-over", "mediation_ended"
    return None


def letter(kind: str, situation: Situation, status: PlanStatus | None = None) -> Letter:
    """One message, filled in with the reader's dates.

    Raises:
        KeyError: an unknown kind.
        LetterNotPossible: the message needs a date the reader has not given.
        The calculators' date errors (DateInFuture, OutsideBankHolidayData, ...).

    >>> import datetime
    >>> print(letter("certificate-chase", Situation(datetime.date(2027, 1, 4),
    ...     datetime.date(2027, 1, 18), adviser_contacted=datetime.date(2027, 1, 8),
    ...     mediation_wanted="no")).text.splitlines()[8][-56:])
    Those 3 working days ended on Wednesday 13 January 2027.

    Told on Friday 8 January, the adviser should have issued the certificate by Wednesday 13.
    """
    message = MESSAGES[kind]
    written = message.write(situation, status) if message.reads_status else message.write(situation)
    return replace(written, title=message.title)


def letters_needed(situation: Situation) -> list[Letter]:
    """The messages this reader needs now or next, in order (the plan shows these).

    >>> import datetime
    >>> [m.kind for m in letters_needed(Situation(datetime.date(2027, 1, 4),
    ...     datetime.date(2027, 1, 11), grounds=("c-ii",), mediation_wanted="yes"))]
    ['adviser-contact', 'la-mediation-request', 'mediation-not-arranged']

    Before anything has happened: contact the adviser and the local authority now; keep the
    message for if mediation is not arranged. Which messages, and why, is decided by
    :func:`calculators.plan.messages_needed`.
    """
    status = plan_status(situation)
    now, later, planned = messages_needed(situation, status)
    return plan_letters(situation, status, now, later, planned)


def plan_letters(situation: Situation, status: PlanStatus, now: list[str], later: list[str],
                 planned: Situation) -> list[Letter]:
    """The plan's messages: today's from the answers; later ones as if today's were sent.

    The notes to the Tribunal tell what has happened, never what the plan assumes is done
    today; every message that speaks of the reader's status speaks of the status they are in.
    """
    return ([letter(kind, situation) for kind in now]
            + [letter(kind, situation if MESSAGES[kind].tells_what_happened else planned, status)
               for kind in later])
