"""The legal provisions the calculators apply, each with its legislation.gov.uk link and words.

Every rule function carries the provisions it applies (the ``@cites`` decorator) and every
legal constant is listed in its module's ``CITATIONS`` table; a test walks the package and
fails if one is missing. Confidence follows the project's reference: ``HIGH`` = statutory
text read; ``MED`` = authoritative secondary sources agree, statutory text not seen; ``LOW`` =
one source, sources disagree, or the point is open (never shown to readers as settled).
"""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Callable

LEGISLATION_GOV_UK = "https://www.legislation.gov.uk/"

HIGH = "HIGH"
MED = "MED"
LOW = "LOW"


@dataclass(frozen=True)
class Provision:
    """One provision of one instrument, at the smallest unit we can cite.

    Args:
        instrument: the short name used on the site, e.g. "HESC Rules 2008".
        unit: the part cited, e.g. "rule 20(1)(c)(i)"; "" for a whole instrument.
        url: the legislation.gov.uk address of that unit.
        words: the operative words (a quote when ``quoted``), in a line or two.
        quoted: True when ``words`` are the statute's own words, False for a summary.
        confidence: HIGH (text read), MED (secondary sources agree) or LOW (open or one source).

    >>> HESC_RULE_20_1_C_I.citation
    'HESC Rules 2008, rule 20(1)(c)(i)'

    The citation is what the site shows next to each step.
    """

    instrument: str
    unit: str
    url: str
    words: str
    quoted: bool = True
    confidence: str = HIGH

    @property
    def citation(self) -> str:
        """The instrument and unit, as shown to readers.

        >>> EQA_SCH_17_PARA_4.citation
        'EqA 2010 Sch 17, paragraph 4'

        A whole instrument is cited by its short name alone.
        """
        return f"{self.instrument}, {self.unit}" if self.unit else self.instrument

    def as_dict(self) -> dict[str, object]:
        """The provision as plain JSON data.

        >>> HESC_RULE_12_2.as_dict()["url"]
        'https://www.legislation.gov.uk/uksi/2008/2699/rule/12'

        This is the shape every result uses for its provisions.
        """
        return {
            "citation": self.citation,
            "instrument": self.instrument,
            "unit": self.unit,
            "url": self.url,
            "words": self.words,
            "quoted": self.quoted,
            "confidence": self.confidence,
        }


Rule = Callable[..., object]


def cites(*provisions: Provision) -> Callable[[Rule], Rule]:
    """Mark a rule function with the provisions it applies (stored in ``__provisions__``).

    >>> @cites(HESC_RULE_12_2)
    ... def example(): ...
    >>> example.__provisions__[0].unit
    'rule 12(2)'

    The package-wide citation test reads ``__provisions__``.
    """

    def mark(function: Rule) -> Rule:
        function.__provisions__ = provisions  # type: ignore[attr-defined]
        return function

    return mark


# --- Children and Families Act 2014, Part 3 -------------------------------------------------

_CFA = "https://www.legislation.gov.uk/ukpga/2014/6/section/"

CFA_2014_PART_3 = Provision(
    "CFA 2014", "Part 3", "https://www.legislation.gov.uk/ukpga/2014/6/part/3",
    "Children and young people in England with special educational needs or disabilities; "
    "in force 1 September 2014.", quoted=False)
CFA_2014_S36_8 = Provision(
    "CFA 2014", "section 36(8)", _CFA + "36",
    "The local authority must secure an EHC needs assessment if it is of the opinion that the child "
    "or young person has or may have special educational needs, and that it may be necessary for "
    "special educational provision to be made in accordance with an EHC plan.", quoted=False, confidence=MED)
CFA_2014_S51_1 = Provision(
    "CFA 2014", "section 51(1)", _CFA + "51",
    "A child's parent or a young person may appeal to the First-tier Tribunal against the "
    "matters set out in subsection (2), subject to section 55 (mediation).", quoted=False)
CFA_2014_S51_2_A = Provision(
    "CFA 2014", "section 51(2)(a)", _CFA + "51",
    "A decision of a local authority not to secure an EHC needs assessment.", quoted=False)
CFA_2014_S51_2_B = Provision(
    "CFA 2014", "section 51(2)(b)", _CFA + "51",
    "A decision of a local authority, following an EHC needs assessment, that it is not "
    "necessary for special educational provision to be made in accordance with an EHC plan.",
    quoted=False)
CFA_2014_S51_2_C_I = Provision(
    "CFA 2014", "section 51(2)(c)(i)", _CFA + "51",
    "The child's or young person's special educational needs as specified in the EHC plan "
    "(section B).", quoted=False)
CFA_2014_S51_2_C_II = Provision(
    "CFA 2014", "section 51(2)(c)(ii)", _CFA + "51",
    "The special educational provision specified in the EHC plan (section F).", quoted=False)
CFA_2014_S51_2_C_III = Provision(
    "CFA 2014", "section 51(2)(c)(iii)", _CFA + "51",
    "The school or other institution named in the EHC plan, or the type of school or other "
    "institution specified (section I).", quoted=False)
CFA_2014_S51_2_C_IV = Provision(
    "CFA 2014", "section 51(2)(c)(iv)", _CFA + "51",
    "If no school or other institution is named in the EHC plan, that fact (section I).",
    quoted=False)
CFA_2014_S51_2_D = Provision(
    "CFA 2014", "section 51(2)(d)", _CFA + "51",
    "A decision not to secure a re-assessment of needs under section 44 following a request.",
    quoted=False)
CFA_2014_S51_2_E = Provision(
    "CFA 2014", "section 51(2)(e)", _CFA + "51",
    "A decision not to secure the amendment or replacement of an EHC plan following a review "
    "or re-assessment.", quoted=False)
CFA_2014_S51_2_F = Provision(
    "CFA 2014", "section 51(2)(f)", _CFA + "51",
    "A decision under section 45 to cease to maintain an EHC plan.", quoted=False)
CFA_2014_S53 = Provision(
    "CFA 2014", "section 53", _CFA + "53",
    "Mediation about educational provision and the other matters that can be appealed.",
    quoted=False, confidence=MED)
CFA_2014_S54 = Provision(
    "CFA 2014", "section 54", _CFA + "54",
    "Mediation about health care provision and social care provision, with the health body "
    "or local authority social care taking part.", quoted=False, confidence=MED)
CFA_2014_S55 = Provision(
    "CFA 2014", "section 55", _CFA + "55",
    "Before appealing, contact a mediation adviser and get a mediation certificate, unless "
    "the appeal is only about the school or type of school named (or none named) in section I.",
    quoted=False, confidence=MED)

CFA_2014_S80 = Provision(
    "CFA 2014", "section 80", _CFA + "80",
    "Regulations may provide for a young person's rights under Part 3 to be exercised, where the "
    "young person lacks capacity (Mental Capacity Act 2005), by an \u201calternative person\u201d "
    "instead (SEND Regulations 2014, Schedule 3, Part 2, apply this to sections 51 and 55).",
    quoted=False)

# --- SEND Regulations 2014 -------------------------------------------------------------------

_SEND = "https://www.legislation.gov.uk/uksi/2014/1530/"

SEND_REGS_REG_32_E = Provision(
    "SEND Regulations 2014", "regulation 32(e)", _SEND + "regulation/32",
    "The decision letter must tell the parent or young person to tell the local authority if "
    "they want mediation, what the mediation issues are and, where the issues include the lack "
    "of health care provision, the health care provision they want.", quoted=False)
SEND_REGS_REG_33 = Provision(
    "SEND Regulations 2014", "regulation 33", _SEND + "regulation/33",
    "The parent or young person \u201cmust contact the mediation adviser within 2 months after "
    "written notice of the local authority\u2019s decision was sent\u201d.")
SEND_REGS_REG_34 = Provision(
    "SEND Regulations 2014", "regulation 34", _SEND + "regulation/34",
    "Where you tell the mediation adviser you do not want mediation, the adviser issues the "
    "mediation certificate within 3 working days (regulation number read; time limit from "
    "guidance).", quoted=False, confidence=MED)
SEND_REGS_REGS_34_41 = Provision(
    "SEND Regulations 2014", "Part 2 (mediation)",
    _SEND + "part/2/crossheading/mediation",
    "Mediation time limits: the local authority tells the health body within 3 working days, "
    "mediation arranged within 30 days, at least 5 working days’ notice, and a "
    "certificate within 3 working days (from the mediator after mediation, from the adviser "
    "when mediation cannot be arranged).", quoted=False, confidence=MED)
SEND_REGS_REG_42 = Provision(
    "SEND Regulations 2014", "regulation 42", _SEND + "regulation/42",
    "An agreement reached in mediation is recorded in writing; for appealable matters the "
    "local authority must meet the regulation 44 time limits \u201cas if the mediation "
    "agreement were an order of the First-tier Tribunal\u201d; anything else agreed is done by "
    "\u201cthe local authority or responsible commissioning body\u201d within 2 weeks of the "
    "date of the agreement.", quoted=False)
SEND_REGS_REG_42_4 = Provision(
    "SEND Regulations 2014", "regulation 42(4)", _SEND + "regulation/42",
    "\u201cWhere the local authority was not a party to the mediation, the responsible "
    "commissioning body must notify the local authority of the mediation agreement within "
    "1 week of the date of that agreement.\u201d")
SEND_REGS_REG_44 = Provision(
    "SEND Regulations 2014", "regulation 44", _SEND + "regulation/44",
    "Time limits for a local authority to comply with an order of the First-tier Tribunal, "
    "fixed by regulation 44 itself (paragraphs (2)(a) to (c) read in a verbatim copy; the "
    "other rows from Tribunal guidance).", quoted=False, confidence=MED)

# --- HESC Rules 2008 -------------------------------------------------------------------------

_HESC = "https://www.legislation.gov.uk/uksi/2008/2699/rule/"

HESC_RULE_1 = Provision(
    "HESC Rules 2008", "rule 1(3)", _HESC + "1",
    "\u201cWorking day\u201d means any day except a Saturday or Sunday, Christmas Day, Good "
    "Friday or a bank holiday under section 1 of the Banking and Financial Dealings Act 1971.",
    quoted=False, confidence=MED)
HESC_RULE_5_3_A = Provision(
    "HESC Rules 2008", "rule 5(3)(a)", _HESC + "5",
    "The Tribunal may extend or shorten the time for complying with any rule (so it can "
    "accept a late appeal).", quoted=False, confidence=MED)
HESC_RULE_12_1 = Provision(
    "HESC Rules 2008", "rule 12(1)", _HESC + "12",
    "An act required to be done on or by a particular day must be done by 5pm on that day "
    "(wording as in the Upper Tribunal's rule 12(1)). Whether it governs the appeal deadline "
    "in rule 20 is open, so 5pm is shown as safe practice.", quoted=False, confidence=MED)
HESC_RULE_12_2 = Provision(
    "HESC Rules 2008", "rule 12(2)", _HESC + "12",
    "\u201cIf the time specified \u2026 for doing any act ends on a day other than a working "
    "day, the act is done in time if it is done on the next working day.\u201d")
HESC_RULE_12_3_A = Provision(
    "HESC Rules 2008", "rule 12(3)(a)", _HESC + "12",
    "If the time for starting proceedings under rule 20 \u201cends on a day from 25th December "
    "to 1st January inclusive, or on any day in August\u201d, the appeal is in time on \u201cthe "
    "first working day after 1st January or 31st August, as appropriate\u201d.")
HESC_RULE_20_1_C = Provision(
    "HESC Rules 2008", "rule 20(1)(c)", _HESC + "20",
    "Months are calendar months, counted from the day after the event to the corresponding "
    "date, or the last day of a shorter month (Dodds v Walker [1981] 1 WLR 1027, HL).",
    quoted=False)
HESC_RULE_20_1_C_I = Provision(
    "HESC Rules 2008", "rule 20(1)(c)(i)", _HESC + "20",
    "The Tribunal must receive the notice of appeal \u201cwithin 2 months after written notice "
    "of the decision being challenged was sent to the applicant\u201d.")
HESC_RULE_20_1_C_II = Provision(
    "HESC Rules 2008", "rule 20(1)(c)(ii)", _HESC + "20",
    "\u201cwithin 1 month from the date of issue of the mediation certificate if that date "
    "would be a later date than the date calculated by reference to paragraph (i)\u201d.")

# --- Other instruments -----------------------------------------------------------------------

RECOMMENDATIONS_REGS_2017 = Provision(
    "Recommendations Regs 2017", "", "https://www.legislation.gov.uk/uksi/2017/1306",
    "The Tribunal may make non-binding recommendations on health and social care, within an "
    "appeal under section 51(2)(b), (c), (d), (e) or (f) \u2014 not (a).", quoted=False)
EQA_SCH_17_PARA_4 = Provision(
    "EqA 2010 Sch 17", "paragraph 4", "https://www.legislation.gov.uk/ukpga/2010/15/schedule/17/paragraph/4",
    "\u201cProceedings on a claim may not be brought after the end of the period of 6 months "
    "starting with the date when the conduct complained of occurred.\u201d")
EQA_SCH_17_PARA_4_3 = Provision(
    "EqA 2010 Sch 17", "paragraph 4(3)", "https://www.legislation.gov.uk/ukpga/2010/15/schedule/17/paragraph/4",
    "The Tribunal may consider a claim which is out of time.", quoted=False)
EQA_SCH_17_PARA_4_5 = Provision(
    "EqA 2010 Sch 17", "paragraph 4(5)", "https://www.legislation.gov.uk/ukpga/2010/15/schedule/17/paragraph/4",
    "Conduct over a period counts from the end of the period; a failure to do something "
    "counts from when the person decided on it.", quoted=False)
EQA_SCH_17_PARA_3 = Provision(
    "EqA 2010 Sch 17", "paragraph 3", "https://www.legislation.gov.uk/ukpga/2010/15/schedule/17/paragraph/3",
    "\u201cA claim that a responsible body has contravened Chapter 1 of Part 6 because of a "
    "person's disability may be made to the Tribunal by the person's parent.\u201d")
EQA_S85_7 = Provision(
    "EqA 2010", "section 85(7)", "https://www.legislation.gov.uk/ukpga/2010/15/section/85",
    "Chapter 1 of Part 6 (schools) applies to maintained schools (including maintained nursery "
    "schools and pupil referral units), independent educational institutions (including "
    "academies and free schools), alternative provision academies and non-maintained special "
    "schools.", quoted=False)
EQA_S116 = Provision(
    "EqA 2010", "section 116", "https://www.legislation.gov.uk/ukpga/2010/15/section/116",
    "Disability discrimination claims against schools are made to the First-tier Tribunal "
    "under Part 2 of Schedule 17 (text summarised by the Upper Tribunal; not read).",
    quoted=False, confidence=MED)
EQA_S114_1_C = Provision(
    "EqA 2010", "section 114(1)(c), (3)", "https://www.legislation.gov.uk/ukpga/2010/15/section/114",
    "The county court determines claims about a contravention of Part 6 (education), except "
    "claims within section 116 (schools); Part 3 claims (services, such as a private nursery or "
    "the local authority) also go there (s.114(1)(a)).", quoted=False)
EQA_S118_1_A = Provision(
    "EqA 2010", "section 118(1)(a)", "https://www.legislation.gov.uk/ukpga/2010/15/section/118",
    "Proceedings on a claim within section 114 may not be brought after the end of "
    "\u201cthe period of 6 months starting with the date of the act to which the claim "
    "relates\u201d.")
EQA_S118_1_B = Provision(
    "EqA 2010", "section 118(1)(b)", "https://www.legislation.gov.uk/ukpga/2010/15/section/118",
    "\u201csuch other period as the county court or sheriff thinks just and equitable\u201d.")
EQA_S118_6 = Provision(
    "EqA 2010", "section 118", "https://www.legislation.gov.uk/ukpga/2010/15/section/118",
    "Conduct extending over a period counts from the end of the period; a failure to do "
    "something counts from when the person decided on it (EHRC guidance; wording not seen).",
    quoted=False, confidence=MED)
EQA_2010_IN_FORCE = Provision(
    "Equality Act 2010 (Commencement No. 4) Order 2010", "article 2",
    "https://www.legislation.gov.uk/uksi/2010/2317/article/2",
    "The Equality Act 2010's education and services provisions came into force on "
    "1 October 2010 (Equality Act 2010 (Commencement No. 4 ...) Order 2010, article 2).",
    quoted=False, confidence=MED)
CPR_RULE_21_2 = Provision(
    "Civil Procedure Rules 1998", "rule 21.2", "https://www.legislation.gov.uk/uksi/1998/3132/rule/21.2",
    "\u201cA child must have a litigation friend to conduct proceedings on his behalf unless the "
    "court makes an order\u201d permitting otherwise (r.21.2(2), (3)); a child is a person under "
    "18 (r.21.1(2)); a protected party (who lacks capacity to conduct the proceedings) must have "
    "one too (r.21.2(1)).")
BFDA_1971_S1 = Provision(
    "BFDA 1971", "section 1", "https://www.legislation.gov.uk/ukpga/1971/80/section/1",
    "Bank holidays in England and Wales, as listed each year by GOV.UK.", quoted=False)
