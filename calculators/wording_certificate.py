"""The words of "Do I need a mediation certificate?": what each ground means, and where to go instead."""

from __future__ import annotations


from .certificate import CertificateCheck
from .provisions import (
    EQA_S114_1_C,
    Provision,
)
from .display import Display
from .limits import APPEAL_AFTER_DECISION, CONTACT_ADVISER
from .wording import RULES_LAST_CHECKED_TEXT, SCOPE_TEXT, SENDIASS_TEXT, workings_step
from .wording_deadlines import DISCRIMINATION_FORUMS_TEXT, DISCRIMINATION_SCOPE_TEXT


# --- Mediation certificate -------------------------------------------------------------------

GROUND_TEXT = {
    "a": "the decision not to carry out an EHC needs assessment",
    "b": "the decision not to issue an EHC plan after an assessment",
    "c-i": "the special educational needs in the plan (section B)",
    "c-ii": "the special educational provision in the plan (section F)",
    "c-iii": "the school or other setting named in the plan, or the type of school (section I)",
    "c-iv": "that no school or other setting is named in the plan (section I)",
    "d": "the decision not to carry out a re-assessment of needs",
    "e": "the decision not to amend the plan after a review or re-assessment",
    "f": "the decision to stop maintaining the plan",
    "health-social-care": "the health or social care parts of the plan",
    "disability-discrimination": "disability discrimination by a school, college or other setting",
    "other": "something else, such as how a school is following the plan",
}

GROUND_CONSEQUENCE_TEXT = {
    "health-social-care": "you cannot appeal about these on their own, but in an appeal the "
                          "Tribunal can make recommendations about them",
    "disability-discrimination": "this is a claim, not an appeal. It needs no certificate. "
                                 + DISCRIMINATION_FORUMS_TEXT.rstrip("."),
    "other": "the SEND Tribunal cannot deal with this",
}

#: Legal review item 9: recommendations are not binding, but they cannot simply be ignored.
RECOMMENDATIONS_TEXT = ("The Tribunal can make recommendations about health and social care as "
                        "part of your appeal. They are not binding, but the health or social care "
                        "body must reply in writing, and give its reasons if it does not follow "
                        "them.")
#: Item 17: health and social care with an appeal only about a refusal to assess (ground a).
NO_RECOMMENDATIONS_IN_ASSESSMENT_APPEAL = (
    "you cannot appeal about these on their own, and in an appeal only about a refusal to carry "
    "out an EHC needs assessment the Tribunal cannot make recommendations about them")
#: The same, as a sentence of the answer (and of "Prepare your appeal").
NO_RECOMMENDATIONS_TEXT = ("The Tribunal cannot make health or social care recommendations in an appeal only "
                           "about a refusal to carry out an EHC needs assessment.")
#: What an appeal only about section I is about (ground c-iii, c-iv), for the "no certificate" answer.
SECTION_I_TEXT = {
    "c-iii": "the school or type of school named in the plan",
    "c-iv": "the fact that no school or other setting is named in the plan",
    "c-iii c-iv": "the school or type of school named in the plan, and the fact that no school or "
                  "other setting is named",
}

_ANSWERS = {
    "certificate-required": "Yes",
    "certificate-advised": "Yes, get one to be safe",
    "certificate-not-required": "No",
    "discrimination-claim": "No",
    "not-appealable": "No",
}

WHERE_TO_GO_TEXT = {
    "school-or-la-complaint": "Complain to the school or the local authority using their "
                              "complaints procedure.",
    "health-social-care-complaint": "For health or social care on its own, complain to the NHS "
                                    "integrated care board (ICB) or to the local authority\u2019s "
                                    "social care team.",
    "sendiass": SENDIASS_TEXT,
}


def certificate_display(result: CertificateCheck) -> Display:
    """The display object for "Do I need a mediation certificate?".

    >>> from .certificate import mediation_certificate_check
    >>> certificate_display(mediation_certificate_check(["c-ii", "c-iii"]))["answer"]
    'Yes'

    Section I together with section F needs a certificate.
    """
    outcome = result.outcome
    paragraphs: list[str] = []
    if outcome == "certificate-required":
        paragraphs.append("You must contact a mediation adviser and get a mediation "
                          "certificate before you appeal. You do not have to take part in "
                          "mediation: you only have to contact the adviser.")
    elif outcome == "certificate-advised":
        paragraphs.append("The law is not clear for an appeal only about section I that also "
                          "asks for health or social care recommendations. Get a mediation "
                          "certificate to be safe: it costs a phone call and may give you more "
                          "time to appeal.")
    elif outcome == "certificate-not-required":
        about = SECTION_I_TEXT[" ".join(key for key in ("c-iii", "c-iv") if key in result.grounds)]
        paragraphs.append(f"Your appeal is only about section I. It is about {about}. So you can "
                          "appeal without a mediation certificate. You can still choose mediation, "
                          f"but it does not stop your {APPEAL_AFTER_DECISION.amount}-month deadline.")
    elif outcome == "discrimination-claim":
        paragraphs.append("A disability discrimination claim is not an SEN appeal. You do not "
                          "need a mediation certificate, and SEN mediation is not available "
                          "for it.")
        paragraphs.append(DISCRIMINATION_FORUMS_TEXT)
    elif "other" in result.grounds:
        paragraphs.append("You cannot appeal to the SEND Tribunal about this.")
    if "discrimination-claim" in result.routes and outcome != "discrimination-claim":
        paragraphs.append("Your disability discrimination claim is separate. It does not need "
                          "a mediation certificate.")
        paragraphs.append(DISCRIMINATION_FORUMS_TEXT)
    if result.recommendations_asked:
        if result.recommendations_possible:
            paragraphs.append(RECOMMENDATIONS_TEXT)
        elif "sen-appeal" in result.routes:
            paragraphs.append(NO_RECOMMENDATIONS_TEXT)
        else:
            paragraphs.append("Health and social care cannot be appealed on their own. You can "
                              "still ask for mediation about them.")
    if "not-appealable" in result.routes and outcome != "not-appealable":
        paragraphs.append("The SEND Tribunal cannot deal with the \u201csomething else\u201d you "
                          "chose. You can still appeal about the rest.")

    steps = []
    for key in result.grounds:
        text = GROUND_TEXT[key][0].upper() + GROUND_TEXT[key][1:]
        consequence = GROUND_CONSEQUENCE_TEXT.get(key, "you can appeal this")
        if key == "health-social-care" and not result.recommendations_possible:
            consequence = (NO_RECOMMENDATIONS_IN_ASSESSMENT_APPEAL if "sen-appeal" in result.routes
                           else "you cannot appeal about these on their own, but you can ask "
                                "for mediation about them")
        steps.append(workings_step(f"{text}: {consequence}.", _provision_for(key)))
    if "disability-discrimination" in result.grounds:  # who hears it: both forums, each cited
        steps.append(workings_step("A claim against a college, university, private nursery, or the local "
                           "authority in another role goes to the County Court.", EQA_S114_1_C))
    for provision in result.provisions:
        if provision.unit == "section 55":
            steps.append(workings_step("Before appealing you must contact a mediation adviser and get a "
                               "certificate, unless the appeal is only about section I.", provision))

    notes = []
    if result.open_question:
        notes.append("No law or case settles this point. We give the safe answer.")
    if outcome != "discrimination-claim":
        notes.append(SCOPE_TEXT)
    if "discrimination-claim" in result.routes:  # L7: the Equality Act's own scope; both forums
        notes.append(DISCRIMINATION_SCOPE_TEXT.format(forum="the Tribunal or the court"))
    notes.append(RULES_LAST_CHECKED_TEXT)
    next_steps = []
    if result.certificate_required:
        next_steps.append("Contact the mediation adviser named in the decision letter within "
                          f"{CONTACT_ADVISER.text} after the letter was sent.")
        next_steps.append("Then work out your appeal deadline.")
    elif outcome == "certificate-not-required":
        next_steps.append("Work out your appeal deadline.")
    if "discrimination-claim" in result.routes:
        next_steps.append("Work out the deadline for your disability discrimination claim.")
    next_steps.extend(WHERE_TO_GO_TEXT[key] for key in result.where_to_go)
    return {
        "outcome": outcome,
        "heading": "Do you need a mediation certificate?",
        "answer": _ANSWERS[outcome],
        "paragraphs": paragraphs,
        "steps": steps,
        "notes": notes,
        "next_steps": next_steps,
        "calendar": None,
        "timeline": [],
    }


def _provision_for(key: str) -> Provision:
    from .certificate import GROUNDS

    return next(ground.provision for ground in GROUNDS if ground.key == key)


