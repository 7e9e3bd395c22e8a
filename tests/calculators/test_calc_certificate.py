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
