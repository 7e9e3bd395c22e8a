"""The command line, called in-process: JSON keys, human-readable output, one-line errors with status 2."""

import json

import pytest

from calculators.__main__ import main
from calculators.certificate import GROUND_KEYS

#: What a decision date after today is answered with, as the reader reads it (issue 23).
FUTURE_ADVICE = ("Check you typed it correctly. Some letters show a date later than the day they were sent. Enter "
                 "the day it was sent: look at the email\u2019s date or the postmark. If you cannot tell, ask the "
                 "local authority when they sent it, and get advice from IPSEA or your local SENDIASS.")


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("argv, key, value", [
    pytest.param(["appeal-deadline", "--decision-sent", "2026-09-30", "--today", "2026-11-28", "--json"],
                 "last_day", "2026-11-30", id="appeal deadline gives last_day as an ISO date"),
    pytest.param(["appeal-deadline", "--decision-sent", "2026-10-31", "--today", "2026-11-28", "--json"],
                 "last_day", "2027-01-04", id="a decision on 31 October ends on 31 December, moved past 1 January"),
    pytest.param(["appeal-deadline", "--decision-sent", "2026-10-01", "--certificate-issued", "2026-11-27",
                  "--today", "2026-11-28", "--json"], "last_day", "2027-01-04",
                 id="a certificate on 27 November ends on 27 December, moved past 1 January"),
    pytest.param(["discrimination-claim", "--conduct", "2026-03-10", "--against", "school", "--today", "2026-11-28", "--json"],
                 "last_day", "2026-09-09", id="discrimination claim gives last_day"),
    pytest.param(["certificate", "--ground", "c-ii", "--ground", "c-iii", "--json"],
                 "certificate_required", True, id="section F and section I need a certificate"),
    pytest.param(["certificate", "--ground", "c-iii", "--json"],
                 "certificate_required", False, id="section I alone needs no certificate"),
    pytest.param(["timeline", "--decision-sent", "2026-10-01", "--la-told", "2026-10-25", "--mediation-ended", "2026-11-20",
                  "--today", "2026-11-28", "--json"], "estimated_last_day", "2026-12-21",
                 id="legal review item 3: the timeline estimates the deadline from the earliest certificate, dated the day mediation ended"),
    pytest.param(["discrimination-claim", "--conduct", "2026-03-10", "--against", "college", "--today", "2026-11-28", "--json"],
                 "forum", "county-court", id="legal review item 1: a claim against a college goes to the County Court"),
    pytest.param(["discrimination-claim", "--conduct", "2026-03-10", "--against", "other", "--today", "2026-11-28", "--json"],
                 "forum", "county-court", id="legal review item 1: a claim against a private nursery or the local authority goes to the County Court"),
    pytest.param(["discrimination-claim", "--conduct", "2026-03-10", "--against", "school", "--today", "2026-11-28", "--json"],
                 "forum", "send-tribunal", id="legal review item 1: a claim against a school goes to the SEND Tribunal"),
])
def test_json_output(capsys, argv, key, value):
    status, out, err = run(capsys, *argv)
    assert (status, err) == (0, "")
    assert json.loads(out)[key] == value


def test_human_readable_output(capsys):
    status, out, _ = run(capsys, "appeal-deadline", "--decision-sent", "2026-12-31", "--today", "2027-01-04")
    assert status == 0
    assert out.startswith("The SEND Tribunal must receive your appeal by: Monday 1 March 2027")
    assert "rule 12(2)" in out and "before 5pm" in out


def test_the_timeline_prints_its_dated_actions(capsys):
    status, out, _ = run(capsys, "timeline", "--decision-sent", "2027-01-04", "--adviser-contacted", "2027-01-08",
                         "--mediation-wanted", "no", "--today", "2027-01-11")
    assert status == 0
    assert "Wednesday 13 January 2027 - Mediation adviser:" in out


@pytest.mark.parametrize("argv, message", [
    pytest.param(["appeal-deadline", "--decision-sent", "2026-12-31", "--today", "2026-11-28"],
                 "error: Date on the decision letter must be today or in the past. " + FUTURE_ADVICE,
                 id="a future decision"),
    pytest.param(["appeal-deadline", "--decision-sent", "31/12/2026"],
                 "error: --decision-sent must be a date like 2026-12-31, not '31/12/2026'", id="a date in the wrong format"),
    pytest.param(["appeal-deadline", "--decision-sent", "2026-02-30", "--today", "2026-11-28"],
                 "error: Date on the decision letter must be a real date", id="an impossible date"),
    pytest.param(["appeal-deadline", "--decision-sent", "2026-03-10", "--certificate-issued", "2026-03-01", "--today", "2026-11-28"],
                 "error: Date on the mediation certificate must be the same as or after the date on the decision letter",
                 id="a certificate before the decision"),
    pytest.param(["appeal-deadline", "--decision-sent", "2014-08-01", "--today", "2026-11-28"],
                 "error: Date on the decision letter must be on or after 1 September 2014", id="a decision before 1 September 2014"),
    pytest.param(["appeal-deadline", "--decision-sent", "2026-01-01", "--today", "tomorrow"],
                 "error: --today must be a real date like 2026-12-31, not 'tomorrow'", id="a bad today"),
    pytest.param([], "error: the following arguments are required: command", id="no calculator named"),
    pytest.param(["appeal-deadline"], "error: the following arguments are required: --decision-sent", id="a missing option"),
    pytest.param(["discrimination-claim", "--conduct", "2026-03-10", "--today", "2026-11-28"],
                 "error: the following arguments are required: --against",
                 id="legal review item 1: a discrimination claim without saying who it is against"),
    pytest.param(["timeline", "--decision-sent", "2026-10-01", "--adviser-contacted", "2026-10-20",
                  "--certificate-issued", "2026-10-19", "--today", "2026-11-28"],
                 "error: Date on the mediation certificate must be the same as or after the date you contacted the mediation adviser",
                 id="legal review item 16: a certificate before contacting the adviser"),
])
def test_bad_input_exits_2_with_one_line_on_stderr(capsys, argv, message):
    status, out, err = run(capsys, *argv)
    assert status == 2
    assert out == ""
    assert err == message + "\n"


def test_an_unknown_ground_exits_2_with_one_line_listing_the_grounds(capsys):
    # argparse quotes the choices on CPython 3.11-3.13 but not on 3.14 (Pyodide), so check the words.
    status, out, err = run(capsys, "certificate", "--ground", "zz")
    assert status == 2
    assert out == ""
    assert err.startswith("error: argument --ground: invalid choice: ") and err.count("\n") == 1
    assert "zz" in err
    assert all(key in err for key in GROUND_KEYS)


W1_EXAMPLE = ["plan", "--decision-sent", "2027-06-15", "--ground", "c-ii", "--mediation-wanted", "no",
              "--adviser-contacted", "2027-08-10", "--today", "2027-09-03"]


def test_plan_json_has_the_status_the_dates_and_each_message_with_its_kind_and_text(capsys):
    status, out, err = run(capsys, *W1_EXAMPLE, "--json")
    assert (status, err) == (0, "")
    result = json.loads(out)
    # W1's first worked example: the 2-month date (Wednesday 1 September) has passed, but the adviser
    # was told on 10 August, so the deadline is at least 10 September: waiting, not late.
    assert (result["status"], result["last_day"], result["earliest_last_day"]) == (
        "waiting-for-certificate", None, "2027-09-10")
    assert [(m["kind"], bool(m["text"])) for m in result["messages"]] == [
        ("certificate-chase", True), ("tribunal-no-certificate", True)]
    assert [row["date"] for row in result["timeline"]] == [
        "2027-06-15", "2027-08-10", "2027-08-13", "2027-09-01", "2027-09-10"]
    assert [event["date"] for event in result["events"]] == ["2027-09-10"]


@pytest.mark.parametrize("answer, request_value", [
    pytest.param(["--mediation-wanted", "undecided"], "", id="undecided is the form's 'I have not decided yet'"),
    pytest.param(["--health-included", "unknown"], "", id="unknown is the form's 'I do not know'"),
    pytest.param(["--mediation-wanted", "yes"], "yes", id="yes stays yes"),
])
def test_plan_options_use_words_for_the_forms_empty_answers(capsys, answer, request_value):
    status, out, _ = run(capsys, "plan", "--decision-sent", "2027-01-04", "--ground", "a", *answer,
                         "--today", "2027-01-11", "--json")
    assert status == 0
    adviser = next(m for m in json.loads(out)["messages"] if m["kind"] == "adviser-contact")
    wanted = {"": "I have not decided yet whether I want mediation", "yes": "I want mediation."}
    assert wanted[request_value if "--mediation-wanted" in answer else ""] in adviser["text"]


def test_plan_prints_the_answer_the_timeline_and_every_message(capsys):
    status, out, _ = run(capsys, *W1_EXAMPLE)
    assert status == 0
    assert out.startswith("To be safe, make sure the SEND Tribunal has your appeal by Friday 10 September 2027\n")
    assert "You are not late" in out and "Timeline:" in out
    assert "1. Message if your mediation certificate is late" in out
    assert "2. Note to the SEND Tribunal if you have no mediation certificate" in out
    assert "The deadline has passed" not in out


def test_plan_bad_input_exits_2(capsys):
    status, out, err = run(capsys, "plan", "--decision-sent", "2027-01-04", "--mediation-wanted", "maybe")
    assert (status, out) == (2, "")
    assert err.startswith("error: argument --mediation-wanted: invalid choice") and err.count("\n") == 1


# --- Issue 21: no traceback from any argument, command-line words, any terminal --------------------

def test_a_date_option_given_as_a_bare_double_dash_is_bad_input_not_a_traceback(capsys):
    status, out, err = run(capsys, "appeal-deadline", "--decision-sent=--", "--today", "2027-01-01")
    # Python 3.11's argparse hands over [] for "=--", 3.14's the string "--": either way, one line.
    assert (status, out, err.count("\n")) == (2, "", 1)
    assert err.startswith("error: --decision-sent must be a date like 2026-12-31")


@pytest.mark.parametrize("argv, option", [
    pytest.param(["certificate", "--ground=--"], "--ground", id="a checkbox option"),
    pytest.param(["timeline", "--decision-sent", "2027-01-04", "--mediation-wanted=--", "--today", "2027-01-11"],
                 "--mediation-wanted", id="a radio option"),
])
def test_a_choice_given_as_a_bare_double_dash_is_bad_input_not_a_failure(capsys, argv, option):
    status, out, err = run(capsys, *argv)
    # Python 3.11's argparse hands over [] for "=--", past the option's choices; later ones refuse "--".
    assert (status, out, err.count("\n")) == (2, "", 1)
    assert err.startswith(f"error: argument {option}: ")


def test_an_iso_week_date_is_not_taken_as_today(capsys):
    status, _, err = run(capsys, "appeal-deadline", "--decision-sent", "2027-01-04", "--today", "2027-W02-7")
    assert status == 2 and "--today must be a real date like 2026-12-31" in err


def test_the_catch_all_uses_command_line_words_not_reload_the_page(capsys, monkeypatch):
    from calculators import browser
    from calculators.wording import SOMETHING_WENT_WRONG
    monkeypatch.setattr(browser, "answer", lambda name, request: json.dumps(
        {"ok": False, "errors": [{"field": "", "target": "", "message": SOMETHING_WENT_WRONG}]}))
    status, out, err = run(capsys, "appeal-deadline", "--decision-sent", "2027-01-04", "--today", "2027-01-11")
    assert (status, out) == (1, "") and err.count("\n") == 1
    assert "Reload" not in err and err.startswith("error: the calculator could not work this out")


def test_an_unexpected_failure_is_one_line_never_a_traceback(capsys, monkeypatch):
    from calculators import browser

    def broken(name, request):
        raise RuntimeError("a bug")

    monkeypatch.setattr(browser, "answer", broken)
    status, out, err = run(capsys, "plan", "--decision-sent", "2027-01-04", "--ground", "c-ii", "--today", "2027-01-11")
    assert (status, out) == (1, "") and err.count("\n") == 1 and "Traceback" not in err


def test_output_works_on_an_ascii_terminal(monkeypatch):
    import io
    import sys
    stream = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    monkeypatch.setattr(sys, "stdout", stream)
    assert main(["plan", "--decision-sent", "2027-01-04", "--ground", "c-ii", "--today", "2027-01-11"]) == 0
    stream.flush()
    text = stream.buffer.getvalue().decode("ascii")
    assert 'marked "Send this now" today' in text and "local authority's decision" in text
