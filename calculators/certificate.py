"""Do I need a mediation certificate? The s.51(2) grounds and their consequences, as a table (CFA 2014 ss.51, 55)."""

from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Iterable

from . import discrimination
from .provisions import (
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
    CFA_2014_S53,
    CFA_2014_S54,
    CFA_2014_S55,
    EQA_S114_1_C,
    EQA_SCH_17_PARA_3,
    RECOMMENDATIONS_REGS_2017,
    Provision,
    cites,
)


@dataclass(frozen=True)
class Ground:
    """One row of the grounds table: a thing a family may disagree with, and what follows from it.

    Args:
        key: the form value, e.g. "c-ii".
        s51_2: the s.51(2) paragraph ("(c)(ii)"), or None when it is not an s.51 matter.
        plan_section: the EHC plan section(s) it is about, or None.
        route: "sen-appeal", "health-social-care", "discrimination-claim" or "not-appealable".
        exempt_from_certificate: True where s.55 lets an appeal only about this go without one.
        enables_recommendations: True where an appeal on it lets the Tribunal make health and
            social care recommendations (Recommendations Regs 2017: (b) to (f), not (a)).
        mediation_available: whether SEN mediation (ss.53, 54) is available for it.
        where_to_go: keys for where to go instead, when it cannot be appealed.
        provision: the provision that defines the row.
    """

    key: str
    s51_2: str | None
    plan_section: str | None
    route: str
    exempt_from_certificate: bool
    enables_recommendations: bool
    mediation_available: bool
    where_to_go: tuple[str, ...]
    provision: Provision


#: The decision table (CFA 2014 s.51(2), s.55; Recommendations Regs 2017; EqA 2010 Sch 17).
GROUNDS: tuple[Ground, ...] = (
    Ground("a", "(a)", None, "sen-appeal", False, False, True, (), CFA_2014_S51_2_A),
    Ground("b", "(b)", None, "sen-appeal", False, True, True, (), CFA_2014_S51_2_B),
    Ground("c-i", "(c)(i)", "B", "sen-appeal", False, True, True, (), CFA_2014_S51_2_C_I),
    Ground("c-ii", "(c)(ii)", "F", "sen-appeal", False, True, True, (), CFA_2014_S51_2_C_II),
    Ground("c-iii", "(c)(iii)", "I", "sen-appeal", True, True, True, (), CFA_2014_S51_2_C_III),
    Ground("c-iv", "(c)(iv)", "I", "sen-appeal", True, True, True, (), CFA_2014_S51_2_C_IV),
    Ground("d", "(d)", None, "sen-appeal", False, True, True, (), CFA_2014_S51_2_D),
    Ground("e", "(e)", None, "sen-appeal", False, True, True, (), CFA_2014_S51_2_E),
    Ground("f", "(f)", None, "sen-appeal", False, True, True, (), CFA_2014_S51_2_F),
    Ground("health-social-care", None, "G, D, H1, H2", "health-social-care", False, False, True,
           ("health-social-care-complaint", "sendiass"), RECOMMENDATIONS_REGS_2017),
    Ground("disability-discrimination", None, None, "discrimination-claim", True, False, False,
           (), EQA_SCH_17_PARA_3),
    Ground("other", None, None, "not-appealable", True, False, False,
           ("school-or-la-complaint", "sendiass"), CFA_2014_S51_1),
)

#: The keys in table order (the form's checkbox values).
GROUND_KEYS: tuple[str, ...] = tuple(ground.key for ground in GROUNDS)

CITATIONS = {"GROUNDS": CFA_2014_S55, "GROUND_KEYS": CFA_2014_S51_1}


class UnknownGround(ValueError):
    """A ground key that is not in the table."""


class NoGrounds(ValueError):
    """No ground was given."""


@dataclass(frozen=True)
class CertificateCheck:
    """The answer to "Do I need a mediation certificate?" as structured data.

    ``outcome`` is one of "certificate-required", "certificate-advised" (open question; the
    safe reading is to get one, so ``certificate_required`` is True), "certificate-not-required",
    "discrimination-claim" or "not-appealable". ``discrimination_forums`` maps who a
    discrimination claim is against ("school", "college", "other") to who hears it
    ("send-tribunal", "county-court"), when that ground was chosen.
    """

    grounds: tuple[str, ...]
    outcome: str
    certificate_required: bool
    open_question: str | None
    mediation_available: bool
    recommendations_possible: bool
    recommendations_asked: bool
    routes: tuple[str, ...]
    where_to_go: tuple[str, ...]
    provisions: tuple[Provision, ...] = field(default_factory=tuple)
    discrimination_forums: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        """The result as plain JSON data.

        >>> mediation_certificate_check(["c-ii", "c-iii"]).as_dict()["certificate_required"]
        True

        This is the "result" object the browser and the ``--json`` command line return.
        """
        return {
            "grounds": list(self.grounds),
            "outcome": self.outcome,
            "certificate_required": self.certificate_required,
            "open_question": self.open_question,
            "mediation_available": self.mediation_available,
            "recommendations_possible": self.recommendations_possible,
            "recommendations_asked": self.recommendations_asked,
            "routes": list(self.routes),
            "where_to_go": list(self.where_to_go),
            "provisions": [p.as_dict() for p in self.provisions],
            "discrimination_forums": dict(self.discrimination_forums),
        }


@cites(CFA_2014_S51_1, CFA_2014_S55, CFA_2014_S53, CFA_2014_S54, RECOMMENDATIONS_REGS_2017,
       EQA_SCH_17_PARA_3, EQA_S114_1_C)
def mediation_certificate_check(grounds: Iterable[str]) -> CertificateCheck:
    """Whether a mediation certificate is needed for these grounds, and what else follows.

    Raises:
        UnknownGround: a key not in GROUND_KEYS.
        NoGrounds: nothing given.

    >>> check = mediation_certificate_check(["c-iii"])
    >>> check.outcome, check.certificate_required
    ('certificate-not-required', False)

    An appeal only about the school named in section I needs no certificate (s.55);
    add section B or F, or any other ground, and it does.
    """
    given = set(grounds)
    unknown = sorted(given - set(GROUND_KEYS))
    if unknown:
        raise UnknownGround(", ".join(unknown))
    if not given:
        raise NoGrounds("no grounds given")
    rows = [ground for ground in GROUNDS if ground.key in given]
    appeal_rows = [row for row in rows if row.route == "sen-appeal"]
    asked = "health-social-care" in given
    routes = tuple(dict.fromkeys(
        ("sen-appeal" if row.route == "health-social-care" and appeal_rows else row.route)
        for row in rows
        if not (row.route == "health-social-care" and not appeal_rows)
    ))
    provisions: list[Provision] = [row.provision for row in rows]
    discrimination_forums: dict[str, str] = {}
    if "disability-discrimination" in given:
        provisions.append(EQA_S114_1_C)
        discrimination_forums = {against: forum.key for against, forum in discrimination.FORUM_FOR.items()}

    open_question = None
    if appeal_rows:
        exempt = all(row.exempt_from_certificate for row in appeal_rows)
        if exempt and asked:
            outcome, required = "certificate-advised", True
            open_question = "section-i-with-health-social-care"
        elif exempt:
            outcome, required = "certificate-not-required", False
        else:
            outcome, required = "certificate-required", True
        provisions.append(CFA_2014_S55)
    elif "disability-discrimination" in given:
        outcome, required = "discrimination-claim", False
    else:
        outcome, required = "not-appealable", False
        routes = ("not-appealable",)

    recommendations_possible = any(row.enables_recommendations for row in appeal_rows)
    mediation_available = bool(appeal_rows) or asked
    if mediation_available:
        if appeal_rows:
            provisions.append(CFA_2014_S53)
        if asked:
            provisions.append(CFA_2014_S54)
    where_to_go: tuple[str, ...] = ()
    if not appeal_rows:
        where_to_go = tuple(dict.fromkeys(key for row in rows for key in row.where_to_go))
    elif "other" in given:
        where_to_go = next(row.where_to_go for row in GROUNDS if row.key == "other")
    return CertificateCheck(
        grounds=tuple(row.key for row in rows),
        outcome=outcome,
        certificate_required=required,
        open_question=open_question,
        mediation_available=mediation_available,
        recommendations_possible=recommendations_possible and asked,
        recommendations_asked=asked,
        routes=routes,
        where_to_go=where_to_go,
        provisions=tuple(dict.fromkeys(provisions)),
        discrimination_forums=discrimination_forums,
    )
