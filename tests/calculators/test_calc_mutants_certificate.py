"""Cases that kill the certificate mutants the other tables let through (issue 15).

The "result" JSON the browser and ``--json`` return, the routes when health and social care is
ticked beside an appeal or a discrimination claim, and the exception messages the package raises.
Expected values are written out from CFA 2014 ss.51, 53-55, the Recommendations Regs 2017 and
EqA 2010 Sch 17 / s.114, never read back from the package.
"""

import pytest

from calculators.certificate import NoGrounds, UnknownGround, mediation_certificate_check


def test_the_result_json_has_every_key_with_its_value():
    """Section F, health and social care and discrimination ticked together."""
    result = mediation_certificate_check(["disability-discrimination", "health-social-care", "c-ii"]).as_dict()
    provisions = result.pop("provisions")
    assert result == {
        "grounds": ["c-ii", "health-social-care", "disability-discrimination"],  # in the form's order
        "outcome": "certificate-required",
        "certificate_required": True,
        "open_question": None,
        "mediation_available": True,
        "recommendations_possible": True,  # s.51(2)(c) allows recommendations (Regs 2017)
        "recommendations_asked": True,
        "routes": ["sen-appeal", "discrimination-claim"],
        "where_to_go": [],
        "discrimination_forums": {"school": "send-tribunal", "college": "county-court", "other": "county-court"},
    }
    assert [(p["citation"], p["url"]) for p in provisions] == [
        ("CFA 2014, section 51(2)(c)(ii)", "https://www.legislation.gov.uk/ukpga/2014/6/section/51"),
        ("Recommendations Regs 2017", "https://www.legislation.gov.uk/uksi/2017/1306"),
        ("EqA 2010 Sch 17, paragraph 3", "https://www.legislation.gov.uk/ukpga/2010/15/schedule/17/paragraph/3"),
        ("EqA 2010, section 114(1)(c), (3)", "https://www.legislation.gov.uk/ukpga/2010/15/section/114"),
        ("CFA 2014, section 55", "https://www.legislation.gov.uk/ukpga/2014/6/section/55"),
        ("CFA 2014, section 53", "https://www.legislation.gov.uk/ukpga/2014/6/section/53"),
        ("CFA 2014, section 54", "https://www.legislation.gov.uk/ukpga/2014/6/section/54"),
    ]


def test_the_open_question_is_in_the_result_json():
    result = mediation_certificate_check(["c-iii", "health-social-care"]).as_dict()
    assert (result["outcome"], result["certificate_required"], result["open_question"]) == (
        "certificate-advised", True, "section-i-with-health-social-care")


@pytest.mark.parametrize("grounds, routes", [
    pytest.param(["c-ii", "health-social-care"], ("sen-appeal",),
                 id="health and social care beside an appeal is part of that appeal (Regs 2017): one route"),
    pytest.param(["a", "health-social-care", "other"], ("sen-appeal", "not-appealable"),
                 id="beside a refusal to assess it still rides on the appeal, no route of its own"),
    pytest.param(["health-social-care", "disability-discrimination"], ("discrimination-claim",),
                 id="with no appeal, health and social care is no route: only the discrimination claim"),
    pytest.param(["health-social-care", "disability-discrimination", "other"], ("discrimination-claim", "not-appealable"),
                 id="with no appeal, a claim and something else: no health and social care route"),
])
def test_health_and_social_care_has_no_route_of_its_own(grounds, routes):
    assert mediation_certificate_check(grounds).routes == routes


@pytest.mark.parametrize("grounds, error, message", [
    pytest.param([], NoGrounds, "no grounds given", id="nothing ticked"),
    pytest.param(["z"], UnknownGround, "z", id="one unknown key is named"),
    pytest.param(["zz", "c-ii", "y"], UnknownGround, "y, zz", id="every unknown key is named, sorted"),
])
def test_the_error_names_what_is_wrong(grounds, error, message):
    with pytest.raises(error) as raised:
        mediation_certificate_check(grounds)
    assert str(raised.value) == message
