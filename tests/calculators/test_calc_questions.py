"""The questions declared once: their values match the rules' tables, and the browser and the command line use them."""

import pytest

from calculators import __main__ as cli
from calculators import questions, wording
from calculators.certificate import GROUND_KEYS
from calculators.browser import CALCULATORS
from calculators.questions import BY_NAME, DATE
from calculators.timeline import HEALTH_ANSWERS, MEDIATION_ANSWERS


@pytest.mark.parametrize("name, values", [
    pytest.param("grounds", GROUND_KEYS, id="the grounds checkboxes are the rows of the s.51(2) table"),
    pytest.param("mediation_wanted", MEDIATION_ANSWERS, id="the mediation radios are the timeline's answers"),
    pytest.param("health_included", HEALTH_ANSWERS, id="the health radios are the timeline's answers"),
])
def test_choices_match_the_rules(name, values):
    assert sorted(BY_NAME[name].values) == sorted(values)


def test_every_date_question_has_an_error_label():
    assert {q.name for q in questions.QUESTIONS if q.kind == DATE} == set(wording.LABELS)


@pytest.mark.parametrize("question, legend", [
    pytest.param(questions.DECISION_SENT, "Date on the decision letter", id="a required date has no (optional)"),
    pytest.param(questions.LA_TOLD, "Date you told the local authority you want mediation (optional)",
                 id="an optional date says so in its legend"),
])
def test_legend(question, legend):
    assert question.legend == legend  # the legend the form shows: tests/test_questions.py


@pytest.mark.parametrize("command, entry", [
    pytest.param(command, entry, id=f"{command} has one option per question of {entry}")
    for command, (entry, _) in cli.COMMANDS.items()
])
def test_the_command_line_options_come_from_the_questions(command, entry):
    sub = cli._parser()._subparsers._group_actions[0].choices[command]
    options = {option for action in sub._actions for option in action.option_strings}
    assert {q.option for q in CALCULATORS[entry].questions} | {"--today", "--json", "-h", "--help"} == options
