"""Every rule function and legal constant in the package cites its provision on legislation.gov.uk."""

import importlib
import inspect
import pkgutil
import re

import pytest

import calculators
from calculators import limits, provisions
from calculators.limits import Limit, all_limits
from calculators.provisions import Provision

LEGISLATION_URL = re.compile(r"^https://www\.legislation\.gov\.uk/(ukpga|uksi)/\d{4}/\d+(/[a-z0-9/.-]+)?$")

RULE_MODULES = ("months", "working_days", "scope", "certificate", "appeal_deadline",
                "discrimination", "timeline", "plan", "appeal_pack")
# Modules that hold no rules: data shapes, wording, parsing and the command line.
SUPPORT_MODULES = ("provisions", "steps", "wording", "wording_deadlines", "wording_certificate", "wording_timeline",
                   "letter_parts", "letters_mediation", "letters_tribunal", "display",
                   "wording_plan", "wording_appeal_pack", "browser", "__main__", "questions", "letters")
# The time limits, each carrying its own provision (walked below, not listed in a CITATIONS table).
LIMIT_MODULES = ("limits",)


def test_every_module_is_classified_as_rules_or_support():
    found = {info.name for info in pkgutil.iter_modules(calculators.__path__)}
    assert found == set(RULE_MODULES) | set(SUPPORT_MODULES) | set(LIMIT_MODULES)


def _public_functions(module):
    return [(name, value) for name, value in vars(module).items()
            if inspect.isfunction(value) and value.__module__ == module.__name__
            and not name.startswith("_")]


def _legal_constants(module):
    not_legal = set(getattr(module, "NOT_LEGAL_CONSTANTS", ()))
    return [name for name, value in vars(module).items()
            if name.isupper() and not name.startswith("_")
            and name not in ("CITATIONS", "NOT_LEGAL_CONSTANTS")
            and name not in not_legal and not isinstance(value, (Provision, Limit))
            and getattr(provisions, name, object()) is not value  # imported from provisions
            and getattr(limits, name, object()) is not value  # a time limit: it carries its provision
            and not inspect.ismodule(value)]


@pytest.mark.parametrize("module_name", RULE_MODULES)
def test_every_public_rule_function_cites_a_provision_on_legislation_gov_uk(module_name):
    module = importlib.import_module(f"calculators.{module_name}")
    functions = _public_functions(module)
    assert functions, f"{module_name} has no rule functions"
    for name, function in functions:
        cited = getattr(function, "__provisions__", ())
        assert cited, f"{module_name}.{name} cites no provision"
        for provision in cited:
            assert LEGISLATION_URL.match(provision.url), f"{module_name}.{name}: {provision.url}"


@pytest.mark.parametrize("module_name", RULE_MODULES)
def test_every_legal_constant_cites_a_provision_on_legislation_gov_uk(module_name):
    module = importlib.import_module(f"calculators.{module_name}")
    citations = getattr(module, "CITATIONS", {})
    for name in _legal_constants(module):
        assert name in citations, f"{module_name}.{name} has no citation in CITATIONS"
        assert LEGISLATION_URL.match(citations[name].url), f"{module_name}.{name}"
    assert set(citations) <= set(vars(module)), "CITATIONS names a constant that does not exist"


def test_every_time_limit_carries_its_provision_on_legislation_gov_uk():
    found = all_limits()
    assert len(found) >= 20 and any(name.startswith("REG_44_TIME_LIMITS") for name in found)
    for name, limit in found.items():
        assert isinstance(limit.provision, Provision) and LEGISLATION_URL.match(limit.provision.url), name


def test_every_limit_a_rule_module_uses_is_one_of_the_limits():
    """A rule module counts only the limits in calculators/limits.py (imported, never redefined)."""
    for module_name in RULE_MODULES:
        module = importlib.import_module(f"calculators.{module_name}")
        for name, value in vars(module).items():
            if isinstance(value, Limit):
                assert all_limits().get(name) is value, f"{module_name}.{name}"


def test_every_provision_has_a_legislation_gov_uk_link_words_and_a_confidence():
    all_provisions = [value for value in vars(provisions).values() if isinstance(value, Provision)]
    assert len(all_provisions) >= 30
    for provision in all_provisions:
        assert LEGISLATION_URL.match(provision.url), provision
        assert provision.words and provision.instrument
        assert provision.confidence in (provisions.HIGH, provisions.MED, provisions.LOW)


@pytest.mark.parametrize("provision, url", [
    pytest.param(provisions.HESC_RULE_20_1_C_I, "https://www.legislation.gov.uk/uksi/2008/2699/rule/20",
                 id="rule 20 links to the HESC Rules 2008 rule 20"),
    pytest.param(provisions.HESC_RULE_12_3_A, "https://www.legislation.gov.uk/uksi/2008/2699/rule/12",
                 id="the August and Christmas rule links to rule 12"),
    pytest.param(provisions.SEND_REGS_REG_33, "https://www.legislation.gov.uk/uksi/2014/1530/regulation/33",
                 id="the duty to contact a mediation adviser links to regulation 33"),
    pytest.param(provisions.EQA_SCH_17_PARA_4,
                 "https://www.legislation.gov.uk/ukpga/2010/15/schedule/17/paragraph/4",
                 id="the discrimination claim limit links to Schedule 17 paragraph 4"),
    pytest.param(provisions.CFA_2014_S51_2_C_III, "https://www.legislation.gov.uk/ukpga/2014/6/section/51",
                 id="the section I ground links to section 51 of the Children and Families Act"),
])
def test_key_provisions_link_to_the_right_unit(provision, url):
    assert provision.url == url


def test_the_package_docstring_states_the_scope_and_what_is_not_modelled():
    doc = calculators.__doc__
    for words in ("England", "1 September 2014", "Wales", "judicial review", "discretion", "complaints"):
        assert words in doc


@pytest.mark.parametrize("provision, url", [
    pytest.param(provisions.BFDA_1971_S1, "https://www.legislation.gov.uk/ukpga/1971/80/section/1",
                 id="bank holidays link to section 1 of the Banking and Financial Dealings Act 1971"),
    pytest.param(provisions.CFA_2014_S55, "https://www.legislation.gov.uk/ukpga/2014/6/section/55",
                 id="the duty to get a mediation certificate links to section 55"),
    pytest.param(provisions.SEND_REGS_REG_42, "https://www.legislation.gov.uk/uksi/2014/1530/regulation/42",
                 id="mediation agreements link to regulation 42"),
    pytest.param(provisions.SEND_REGS_REG_44, "https://www.legislation.gov.uk/uksi/2014/1530/regulation/44",
                 id="the time limits after an agreement link to regulation 44"),
    pytest.param(provisions.HESC_RULE_5_3_A, "https://www.legislation.gov.uk/uksi/2008/2699/rule/5",
                 id="late appeals link to rule 5"),
    pytest.param(provisions.RECOMMENDATIONS_REGS_2017, "https://www.legislation.gov.uk/uksi/2017/1306",
                 id="health and social care recommendations link to SI 2017/1306"),
    pytest.param(provisions.SEND_REGS_REG_34, "https://www.legislation.gov.uk/uksi/2014/1530/regulation/34",
                 id="the certificate when you do not want mediation links to regulation 34"),
    pytest.param(provisions.SEND_REGS_REGS_34_41, "https://www.legislation.gov.uk/uksi/2014/1530/part/2/crossheading/mediation",
                 id="the other mediation duties link to the mediation cross-heading, regulations 34 to 41"),
    pytest.param(provisions.EQA_S114_1_C, "https://www.legislation.gov.uk/ukpga/2010/15/section/114",
                 id="legal review item 1: County Court jurisdiction links to section 114"),
    pytest.param(provisions.EQA_S118_1_A, "https://www.legislation.gov.uk/ukpga/2010/15/section/118",
                 id="legal review item 1: the County Court time limit links to section 118"),
    pytest.param(provisions.EQA_S85_7, "https://www.legislation.gov.uk/ukpga/2010/15/section/85",
                 id="legal review item 1: the schools the Tribunal hears claims about link to section 85"),
    pytest.param(provisions.EQA_S116, "https://www.legislation.gov.uk/ukpga/2010/15/section/116",
                 id="legal review item 1: the Tribunal's jurisdiction links to section 116"),
    pytest.param(provisions.EQA_SCH_17_PARA_3, "https://www.legislation.gov.uk/ukpga/2010/15/schedule/17/paragraph/3",
                 id="legal review item 1: claims to the Tribunal link to Schedule 17 paragraph 3"),
])
def test_more_provisions_link_to_the_right_unit(provision, url):
    # Source: the instruments table in the reference (legal-rules.md) and legislation.gov.uk's URL scheme.
    assert provision.url == url


@pytest.mark.parametrize("provision, confidence", [
    pytest.param(provisions.CFA_2014_S55, provisions.MED, id="section 55's exact words were not seen so it is MED"),
    pytest.param(provisions.HESC_RULE_1, provisions.MED, id="the working day definition in rule 1 was not seen so it is MED"),
    pytest.param(provisions.HESC_RULE_12_1, provisions.MED, id="the 5pm rule in rule 12(1) is believed, not seen, so it is MED"),
    pytest.param(provisions.HESC_RULE_5_3_A, provisions.MED, id="late appeals are MED"),
    pytest.param(provisions.SEND_REGS_REGS_34_41, provisions.MED, id="the mediation time limits other than regulation 33 are MED"),
    pytest.param(provisions.SEND_REGS_REG_34, provisions.MED, id="regulation 34's number was read but its time limit comes from guidance so it is MED"),
    pytest.param(provisions.SEND_REGS_REG_42_4, provisions.HIGH, id="regulation 42(4) was read so it is HIGH"),
    pytest.param(provisions.EQA_S85_7, provisions.HIGH, id="legal review item 1: section 85(7) (which schools) was read so it is HIGH"),
    pytest.param(provisions.EQA_SCH_17_PARA_3, provisions.HIGH, id="legal review item 1: Schedule 17 paragraph 3 was read so it is HIGH"),
    pytest.param(provisions.EQA_S116, provisions.MED, id="legal review item 1: section 116 was not read so it is MED"),
    pytest.param(provisions.EQA_S114_1_C, provisions.HIGH, id="legal review item 1: section 114(1)(c) and (3) were read so they are HIGH"),
    pytest.param(provisions.EQA_S118_1_A, provisions.HIGH, id="legal review item 1: section 118(1) was read so it is HIGH"),
    pytest.param(provisions.EQA_S118_1_B, provisions.HIGH, id="legal review item 1: the just and equitable route in section 118(1)(b) is HIGH"),
    pytest.param(provisions.EQA_S118_6, provisions.MED, id="legal review item 1: the County Court continuing-act rule was not read so it is MED"),
    pytest.param(provisions.SEND_REGS_REG_44, provisions.MED, id="the regulation 44 time limits are MED"),
    pytest.param(provisions.SEND_REGS_REG_33, provisions.HIGH, id="regulation 33 was read so it is HIGH"),
    pytest.param(provisions.SEND_REGS_REG_42, provisions.HIGH, id="regulation 42 was read so it is HIGH"),
    pytest.param(provisions.HESC_RULE_20_1_C_I, provisions.HIGH, id="rule 20(1)(c) was read so it is HIGH"),
    pytest.param(provisions.EQA_SCH_17_PARA_4, provisions.HIGH, id="Schedule 17 paragraph 4 was read so it is HIGH"),
])
def test_confidence_follows_the_reference(provision, confidence):
    # Source: the HIGH/MED marks in legal-rules.md sections 2 to 8 and legal-rules-mediation-and-forums.md.
    assert provision.confidence == confidence


UNIT = re.compile(r"^(section|regulation|rule|paragraph|Part|article) (\d+(?:\.\d+)?)")


def test_each_citation_links_to_the_unit_it_names():
    """L9: a citation's link opens the section, regulation, rule, paragraph, article or Part it names.

    The link's last "kind/number" pair is the cited unit (a cross-heading may follow its Part);
    only a provision cited as a whole instrument (no unit) links to the instrument.
    """
    for provision in (value for value in vars(provisions).values() if isinstance(value, Provision)):
        path = provision.url.removeprefix("https://www.legislation.gov.uk/").split("/")
        if not provision.unit:
            assert len(path) == 3, provision.url  # type/year/number
            continue
        found = UNIT.match(provision.unit)
        assert found, provision.unit
        kind, number = found.group(1).lower(), found.group(2)
        pairs = [(path[i], path[i + 1]) for i in range(3, len(path) - 1)]
        named = [pair for pair in pairs if pair[0] in ("section", "regulation", "rule", "paragraph", "part", "article")]
        assert named and named[-1] == (kind, number), (provision.citation, provision.url)
        assert path[-1] == number or path[-2:] == ["crossheading", "mediation"], (provision.citation, provision.url)
