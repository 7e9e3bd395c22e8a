"""Do I need a mediation certificate? The s.51(2) grounds table and its combinations (CFA 2014 ss.51, 55)."""

import itertools

import pytest

from calculators.certificate import GROUND_KEYS, GROUNDS, NoGrounds, UnknownGround, mediation_certificate_check

APPEAL_GROUNDS = ("a", "b", "c-i", "c-ii", "c-iii", "c-iv", "d", "e", "f")


@pytest.mark.parametrize("grounds, outcome, required, mediation, recommendations", [
    pytest.param(["a"], "certificate-required", True, True, False, id="a refusal to assess needs a certificate"),
    pytest.param(["b"], "certificate-required", True, True, False, id="a refusal to issue a plan needs a certificate"),
    pytest.param(["c-i"], "certificate-required", True, True, False, id="section B needs a certificate"),
    pytest.param(["c-ii"], "certificate-required", True, True, False, id="section F needs a certificate"),
    pytest.param(["c-iii"], "certificate-not-required", False, True, False, id="the school named in section I alone needs no certificate"),
    pytest.param(["c-iv"], "certificate-not-required", False, True, False, id="no school named in section I alone needs no certificate"),
    pytest.param(["c-iii", "c-iv"], "certificate-not-required", False, True, False, id="both section I grounds together need no certificate"),
    pytest.param(["d"], "certificate-required", True, True, False, id="a refusal to re-assess needs a certificate"),
    pytest.param(["e"], "certificate-required", True, True, False, id="a refusal to amend needs a certificate"),
    pytest.param(["f"], "certificate-required", True, True, False, id="ceasing the plan needs a certificate"),
    pytest.param(["c-iii", "c-i"], "certificate-required", True, True, False, id="section I with section B needs a certificate"),
    pytest.param(["c-iii", "c-ii"], "certificate-required", True, True, False, id="section I with section F needs a certificate"),
    pytest.param(["c-iv", "e"], "certificate-required", True, True, False, id="section I with any other ground needs a certificate"),
    pytest.param(["c-iii", "health-social-care"], "certificate-advised", True, True, True,
                 id="section I alone with health and social care recommendations: get one to be safe"),
    pytest.param(["c-ii", "health-social-care"], "certificate-required", True, True, True,
                 id="section F with health and social care allows recommendations"),
    pytest.param(["a", "health-social-care"], "certificate-required", True, True, False,
                 id="a refusal to assess alone does not allow recommendations"),
    pytest.param(["a", "b", "health-social-care"], "certificate-required", True, True, True,
                 id="a refusal to assess with another ground allows recommendations"),
    pytest.param(["health-social-care"], "not-appealable", False, True, False,
                 id="health and social care alone cannot be appealed but mediation is available"),
    pytest.param(["disability-discrimination"], "discrimination-claim", False, False, False,
                 id="disability discrimination is a claim with no certificate and no SEN mediation"),
    pytest.param(["other"], "not-appealable", False, False, False, id="something else cannot be appealed"),
    pytest.param(["c-ii", "disability-discrimination"], "certificate-required", True, True, False,
                 id="an appeal and a discrimination claim: the appeal needs a certificate"),
    pytest.param(["c-iii", "other"], "certificate-not-required", False, True, False,
                 id="section I with something not appealable still needs no certificate"),
])
def test_certificate_check(grounds, outcome, required, mediation, recommendations):
    result = mediation_certificate_check(grounds)
    assert result.outcome == outcome
    assert result.certificate_required is required
    assert result.mediation_available is mediation
    assert result.recommendations_possible is recommendations


@pytest.mark.parametrize("grounds, routes, where_to_go", [
    pytest.param(["c-ii"], ("sen-appeal",), (), id="an SEN ground routes to an SEN appeal"),
    pytest.param(["disability-discrimination"], ("discrimination-claim",), (), id="discrimination routes to a claim"),
    pytest.param(["other"], ("not-appealable",), ("school-or-la-complaint", "sendiass"),
                 id="something not appealable routes to a complaint and SENDIASS"),
    pytest.param(["health-social-care"], ("not-appealable",), ("health-social-care-complaint", "sendiass"),
                 id="health and social care alone routes to a complaint and SENDIASS"),
    pytest.param(["c-ii", "disability-discrimination", "other"],
                 ("sen-appeal", "discrimination-claim", "not-appealable"), ("school-or-la-complaint", "sendiass"),
                 id="mixed grounds list every route"),
])
def test_routes_and_where_to_go_are_keys(grounds, routes, where_to_go):
    result = mediation_certificate_check(grounds)
    assert result.routes == routes
    assert result.where_to_go == where_to_go


def test_the_open_question_is_flagged():
    assert mediation_certificate_check(["c-iv", "health-social-care"]).open_question == "section-i-with-health-social-care"
    assert mediation_certificate_check(["c-ii", "health-social-care"]).open_question is None


def test_the_table_has_one_row_per_form_value_in_order():
    assert GROUND_KEYS == ("a", "b", "c-i", "c-ii", "c-iii", "c-iv", "d", "e", "f",
                           "health-social-care", "disability-discrimination", "other")
    assert [row.s51_2 for row in GROUNDS[:9]] == ["(a)", "(b)", "(c)(i)", "(c)(ii)", "(c)(iii)", "(c)(iv)", "(d)", "(e)", "(f)"]
    assert [row.plan_section for row in GROUNDS[2:6]] == ["B", "F", "I", "I"]


def test_every_combination_of_appeal_grounds_needs_a_certificate_unless_only_section_i():
    for size in range(1, 4):
        for grounds in itertools.combinations(APPEAL_GROUNDS, size):
            only_section_i = set(grounds) <= {"c-iii", "c-iv"}
            result = mediation_certificate_check(grounds)
            assert result.certificate_required is not only_section_i, grounds


def test_the_decision_cites_section_55_and_each_ground():
    units = [p.unit for p in mediation_certificate_check(["c-ii", "c-iii"]).provisions]
    assert units[:3] == ["section 51(2)(c)(ii)", "section 51(2)(c)(iii)", "section 55"]


@pytest.mark.parametrize("grounds, error", [
    pytest.param([], NoGrounds, id="no grounds is an error"),
    pytest.param(["z"], UnknownGround, id="an unknown ground is an error"),
])
def test_bad_grounds(grounds, error):
    with pytest.raises(error):
        mediation_certificate_check(grounds)


# The cases that kill the certificate mutants the other tables let through (issue 15), moved here from test_calc_mutants_certificate.py.
# The "result" JSON the browser and ``--json`` return, the routes when health and social care is
# ticked beside an appeal or a discrimination claim, and the exception messages the package raises.
# Expected values are written out from CFA 2014 ss.51, 53-55, the Recommendations Regs 2017 and
# EqA 2010 Sch 17 / s.114, never read back from the package.


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
