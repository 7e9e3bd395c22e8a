"""Every question the calculators ask, declared once: the forms' HTML, the browser parsing and the command line come from here.

A :class:`Question` holds a field's name (the request key; HTML ids use "-" for "_"), its label
and hint as the reader sees them, its kind ("date", "radios", "checkboxes", or "calculator":
the radio that chooses which calculator answers), its options, whether it is required, and its
validation (``after_decision``: a date that cannot be before the decision letter). A
:class:`Form` lists the questions of one page's form, in order, with conditional parts
(:class:`Reveal`). ``python -m calculators.questions DIR`` writes each form's fields as an HTML
snippet (GOV.UK Design System markup) that the pages include with ``pymdownx.snippets``;
``scripts/build`` runs it before MkDocs, so changing a label is one edit here.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from .limits import CONTACT_ADVISER

DATE = "date"
RADIOS = "radios"
CHECKBOXES = "checkboxes"
CALCULATOR = "calculator"

#: The three inputs of a date question: (part, label, width class).
DATE_PARTS = (("day", "Day", "2"), ("month", "Month", "2"), ("year", "Year", "4"))
DATE_EXAMPLE = "For example, 27 3 2026"
OPTIONAL = " (optional)"
NOT_YET = "Leave this blank if it has not happened yet."


@dataclass(frozen=True)
class Option:
    """One radio or checkbox: the value sent, its label, an optional hint, and its command-line name if not the value."""

    value: str
    label: str
    hint: str = ""
    cli: str = ""

    @property
    def cli_value(self) -> str:
        """The option's value on the command line ("undecided" for the form's empty answer)."""
        return self.cli or self.value


@dataclass(frozen=True)
class Question:
    """One question, declared once.

    >>> DECISION_SENT.id, DECISION_SENT.legend
    ('decision-sent', 'Date on the decision letter')

    An optional date's legend ends "(optional)"; error messages name it by ``label``.
    """

    name: str
    kind: str
    label: str
    hint: str = ""
    options: tuple[Option, ...] = ()
    required: bool = False
    default: str = ""
    after_decision: bool = False
    in_force: str = "cfa-2014"
    cli: str = ""
    cli_help: str = ""
    absent: str = ""
    hint_link: tuple[str, str] = ()  # (words, address): a link after the hint, to the guide page that explains

    @property
    def if_left_out(self) -> str:
        """The answer a request or command line that leaves the question out gets.

        >>> APPELLANT.if_left_out, APPELLANT.default
        ('parent', '')

        ``absent`` keeps older links and scripts working (a parent, the usual appellant) while the
        form itself preselects nothing and asks the reader to choose.
        """
        return self.default or self.absent

    @property
    def id(self) -> str:
        return self.name.replace("_", "-")

    @property
    def legend(self) -> str:
        return self.label + (OPTIONAL if self.kind == DATE and not self.required else "")

    @property
    def option(self) -> str:
        """The command-line option, for example ``--decision-sent``."""
        return "--" + (self.cli or self.id)

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(option.value for option in self.options)


@dataclass(frozen=True)
class Reveal:
    """Questions shown only when the calculator radio has the value ``when`` (GOV.UK conditional reveal)."""

    when: str
    questions: tuple[Question, ...]
    hidden: bool = False


@dataclass(frozen=True)
class Group:
    """Questions asked together, one group at a time (the plan's form); ``intro`` is said first."""

    key: str
    questions: tuple[Question, ...]
    intro: str = ""


@dataclass(frozen=True)
class Form:
    """The questions of one page's form, in order; ``calculator`` is the entry point it calls."""

    calculator: str
    items: tuple[Question | Reveal | Group, ...]

    @property
    def questions(self) -> tuple[Question, ...]:
        found: list[Question] = []
        for item in self.items:
            found.extend(item.questions if isinstance(item, (Reveal, Group)) else (item,))
        return tuple(found)


def _date(name: str, label: str, hint: str, *, required: bool = False,
          after_decision: bool = True, in_force: str = "cfa-2014") -> Question:
    return Question(name, DATE, label, f"{hint} {DATE_EXAMPLE}", required=required,
                    after_decision=after_decision, in_force=in_force)


# --- The questions ---------------------------------------------------------------------------

DECISION_SENT = _date(
    "decision_sent", "Date on the decision letter",
    "If the letter was emailed or posted before the date written on it, use the earlier date. "
    "For an appeal about what the EHC plan says, use the letter sent with the final or amended "
    "plan.", required=True, after_decision=False)
CERTIFICATE_ISSUED = _date(
    "certificate_issued", "Date on the mediation certificate",
    "Leave this blank if you do not have a mediation certificate yet.")
CONDUCT = _date(
    "conduct", "Date of the discrimination",
    "If it went on over a period, the last day of it. If they decided not to do something, "
    "the day they decided.", required=True, after_decision=False,
    in_force="equality-act-2010")
ADVISER_CONTACTED = _date(
    "adviser_contacted", "Date you contacted the mediation adviser", NOT_YET)
LA_TOLD = _date(
    "la_told", "Date you told the local authority you want mediation", NOT_YET)
MEDIATION_ENDED = _date("mediation_ended", "Date the mediation ended", NOT_YET)
AGREEMENT_MADE = _date("agreement_made", "Date of the mediation agreement", NOT_YET)

CLAIM = Question("claim", CALCULATOR, "What are you appealing or claiming about?", options=(
    Option("appeal_deadline", "A decision by the local authority (an SEN appeal)",
           "For example, a refusal to assess, or what the EHC plan says"),
    Option("discrimination_claim",
           "Disability discrimination by a school, college or other setting (a discrimination "
           "claim)"),
), default="appeal_deadline")

GROUNDS = Question(
    "grounds", CHECKBOXES, "What do you disagree with the local authority about?",
    "Select all that apply. The letters in brackets are the sections of the EHC plan.",
    options=(
        Option("a", "It refused to carry out an EHC needs assessment"),
        Option("b", "It decided not to issue an EHC plan after an assessment"),
        Option("c-i", "The special educational needs described in the plan (section B)"),
        Option("c-ii", "The special educational provision in the plan (section F)"),
        Option("c-iii", "The school or other setting named in the plan, or the type of school "
                        "(section I)"),
        Option("c-iv", "That no school or other setting is named in the plan (section I)"),
        Option("d", "It refused to carry out a re-assessment of the plan"),
        Option("e", "It decided not to change the plan after a review or re-assessment"),
        Option("f", "It decided to stop maintaining the plan (cease to maintain)"),
        Option("health-social-care", "Health or social care needs or provision in the plan "
                                     "(sections C, D, G, H1 or H2)"),
        Option("disability-discrimination",
               "Disability discrimination by a school, college or other setting"),
        Option("other", "Something else",
               "For example, how a school is following the plan, or a complaint about staff"),
    ), required=True, cli="ground", cli_help="what you disagree with (repeat for each)")

AGAINST = Question("against", RADIOS, "Who is the claim against?", options=(
    Option("school", "A school", "Including academies, free schools, independent schools, special "
                                 "schools, maintained nursery schools and pupil referral units"),
    Option("college", "A further education college, sixth-form college or university"),
    Option("other", "Someone else", "For example, a private nursery, or the local authority"),
), required=True, cli_help="school: the SEND Tribunal hears the claim; college (further "
   "education, sixth-form college, university) or other (such as a private nursery or the local "
   "authority): the County Court")

APPELLANT = Question("appellant", RADIOS, "Who is appealing?", options=(
    Option("parent", "I am the parent of a child",
           "A child is anyone who has not reached the end of compulsory school age: the last "
           "Friday in June of the school year in which they turn 16."),
    Option("young-person", "I am a young person appealing for myself",
           "Over compulsory school age and under 25."),
    Option("alternative-person", "I am the alternative person for a young person",
           "Someone who acts for a young person who lacks capacity to make this decision."),
), required=True, absent="parent", cli_help="who is appealing: the parent of a child (the default), "
   "a young person appealing for themselves, or the alternative person for a young person who "
   "lacks capacity")

UNDER_18 = Question("under_18", RADIOS, "Is the student under 18?",
                    "A claim in the County Court by someone under 18 needs an adult to run it.",
                    options=(
    Option("yes", "Yes"),
    Option("no", "No, 18 or over"),
    Option("", "I do not know", cli="unknown"),
), cli_help="yes or no: whether the student is under 18 (a County Court claim by a child needs a "
   "litigation friend)")

def _about_the_agreement(name: str, label: str, yes: str, no: str) -> Question:
    """A question asked only after a mediation agreement (W7), with "I am not sure" as its blank answer."""
    return Question(name, RADIOS, label, "Answer only if you made an agreement in mediation.", options=(
        Option("yes", yes), Option("no", no), Option("", "I am not sure", cli="unsure")))


AGREEMENT_SETTLES = _about_the_agreement(
    "agreement_settles", "Does the mediation agreement settle everything you disagree with?",
    "Yes, everything", "No, or only some things")
AGREEMENT_DATES = _about_the_agreement(
    "agreement_dates", "Does the written agreement set its own dates for what must be done?", "Yes", "No")

MEDIATION_WANTED = Question("mediation_wanted", RADIOS, "Do you want mediation?",
                            "Mediation is a meeting with the local authority and an independent mediator, "
                            "to try to agree. It is free, and you do not have to take part. If you are not "
                            "sure yet, you can still go on. To get a mediation certificate, tell the "
                            f"mediation adviser your choice within {CONTACT_ADVISER.text} of the day the letter "
                            "was sent.",
                            options=(
    Option("yes", "Yes"),
    Option("no", "No, I only need the mediation certificate"),
    Option("", "I have not decided yet", cli="undecided"),
), hint_link=("How to decide about mediation", "../decide-about-mediation/"))

HEALTH_INCLUDED = Question("health_included", RADIOS, "Is health care part of the mediation?",
                           options=(
    Option("no", "No"),
    Option("yes", "Yes, together with other things"),
    Option("only", "Yes, it is only about health care"),
    Option("", "I do not know", cli="unknown"),
))

QUESTIONS: tuple[Question, ...] = (
    DECISION_SENT, CERTIFICATE_ISSUED, CONDUCT, ADVISER_CONTACTED, LA_TOLD, MEDIATION_ENDED,
    AGREEMENT_MADE, CLAIM, GROUNDS, AGAINST, MEDIATION_WANTED, HEALTH_INCLUDED, APPELLANT, UNDER_18,
    AGREEMENT_SETTLES, AGREEMENT_DATES)
BY_NAME = {question.name: question for question in QUESTIONS}

# --- The forms, one per page -----------------------------------------------------------------

FORMS: dict[str, Form] = {
    "certificate": Form("certificate", (GROUNDS,)),
    "appeal-deadline": Form("appeal_deadline", (
        CLAIM,
        Reveal("appeal_deadline", (DECISION_SENT, CERTIFICATE_ISSUED)),
        Reveal("discrimination_claim", (AGAINST, UNDER_18, CONDUCT), hidden=True),
    )),
    "mediation-timeline": Form("mediation_timeline", (
        DECISION_SENT, ADVISER_CONTACTED, MEDIATION_WANTED, LA_TOLD, HEALTH_INCLUDED,
        MEDIATION_ENDED, AGREEMENT_MADE, AGREEMENT_DATES, CERTIFICATE_ISSUED)),
    "plan": Form("plan", (
        Group("decision", (APPELLANT, DECISION_SENT)),
        Group("grounds", (GROUNDS,)),
        Group("mediation", (MEDIATION_WANTED,)),
        Group("dates", (ADVISER_CONTACTED, LA_TOLD, HEALTH_INCLUDED, MEDIATION_ENDED,
                        AGREEMENT_MADE, AGREEMENT_SETTLES, AGREEMENT_DATES, CERTIFICATE_ISSUED),
              "Answer these only if they have already happened. Leave the rest blank."),
    )),
}
#: "Prepare your appeal" asks the plan's questions (and is handed the plan's answers).
FORMS["appeal-pack"] = Form("appeal_pack", FORMS["plan"].items)
CONTINUE = "Continue"



# --- HTML (GOV.UK Design System markup, as the pages' JavaScript reads it) --------------------

def _escape(value: str, *, quote: bool) -> str:
    # Imported here, not at the top: only the build writes HTML. In the browser, importing html
    # (and with it html.entities) would add 27 kB to the trimmed standard library for nothing.
    import html
    return html.escape(value, quote=quote)


def _text(value: str) -> str:
    return _escape(value, quote=False)


def _date_html(question: Question) -> list[str]:
    qid = question.id
    lines = [
        f'<fieldset class="govuk-fieldset" role="group" aria-describedby="{qid}-hint">',
        f'<legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{_text(question.legend)}</legend>',
        f'<div class="govuk-hint" id="{qid}-hint">{_text(question.hint)}</div>',
        f'<div class="govuk-date-input" id="{qid}">',
    ]
    for part, label, width in DATE_PARTS:
        lines.append(
            f'<div class="govuk-date-input__item"><div class="govuk-form-group">'
            f'<label class="govuk-label govuk-date-input__label" for="{qid}-{part}">{label}</label>'
            f'<input class="govuk-input govuk-date-input__input govuk-input--width-{width}" '
            f'id="{qid}-{part}" name="{qid}-{part}" type="text" inputmode="numeric" '
            f'autocomplete="off" spellcheck="false"></div></div>')
    lines += ["</div>", "</fieldset>"]
    return lines


def _choices_html(question: Question) -> list[str]:
    qid = question.id
    kind = "checkboxes" if question.kind == CHECKBOXES else "radios"
    module = "govuk-checkboxes" if kind == "checkboxes" else "govuk-radios"
    described = f' aria-describedby="{qid}-hint"' if question.hint else ""
    lines = [
        f'<fieldset class="govuk-fieldset"{described}>',
        f'<legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{_text(question.legend)}</legend>',
    ]
    if question.hint:
        link = (f' <a href="{_escape(question.hint_link[1], quote=True)}">{_text(question.hint_link[0])}</a>'
                if question.hint_link else "")
        lines.append(f'<div class="govuk-hint" id="{qid}-hint">{_text(question.hint)}{link}</div>')
    lines.append(f'<div class="{module}" data-module="{module}">')
    input_type = "checkbox" if kind == "checkboxes" else "radio"
    for number, option in enumerate(question.options, start=1):
        item_id = qid if number == 1 else f"{qid}-{number}"
        attributes = ""
        hint = ""
        if option.hint:
            attributes += f' aria-describedby="{item_id}-item-hint"'
            hint = (f'<div class="govuk-hint {module}__hint" id="{item_id}-item-hint">'
                    f'{_text(option.hint)}</div>')
        if question.default and option.value == question.default:
            attributes += " checked"
        lines.append(
            f'<div class="{module}__item"><input class="{module}__input" id="{item_id}" '
            f'name="{qid}" type="{input_type}" value="{_escape(option.value, quote=True)}"{attributes}>'
            f'<label class="govuk-label {module}__label" for="{item_id}">{_text(option.label)}</label>'
            f'{hint}</div>')
    lines += ["</div>", "</fieldset>"]
    return lines


def question_html(question: Question, checks: dict[str, str] | None = None) -> str:
    """One question as a GOV.UK form group; ``data-field`` and ``data-type`` are what the page's script reads.

    >>> question_html(MEDIATION_WANTED).splitlines()[0]
    '<div class="govuk-form-group" data-field="mediation_wanted" data-type="radios">'

    The inputs' ids are the field name with "-" for "_" (a date adds "-day", "-month", "-year").
    ``checks`` become ``data-enter``, ``data-select`` and ``data-future``: the messages a form in
    steps shows at once, before Python checks everything (see :func:`step_checks`).
    """
    body = _date_html(question) if question.kind == DATE else _choices_html(question)
    data = "".join(f' data-{key}="{_escape(message, quote=True)}"' for key, message in (checks or {}).items())
    return "\n".join([
        f'<div class="govuk-form-group" data-field="{question.name}" data-type="{question.kind}"{data}>',
        *body, "</div>"])


def step_checks(question: Question) -> dict[str, str]:
    """The messages a step checks before the next (the plan's "Continue"), as Python words them.

    >>> step_checks(APPELLANT)
    {'select': 'Select who is appealing'}

    A required date left blank ("enter"), a required choice left out ("select"), and any date
    after today ("future"). Python checks every answer again when the plan is made.
    """
    from . import wording  # here, not at the top: wording imports this module
    checks = {}
    if question.kind == DATE:
        if question.required:
            checks["enter"] = wording.enter_date_message(question.name)
        checks["future"] = wording.past_message(question.name)
    elif question.required and question.name in wording.SELECT_MESSAGES:
        checks["select"] = wording.SELECT_MESSAGES[question.name]
    return checks


def form_html(form: Form) -> str:
    """The fields of one form, in order, with its conditional parts.

    >>> form_html(FORMS["appeal-deadline"]).count('data-when=')
    2

    The page keeps the form's frame (status, error summary, button); this is what goes inside.
    """
    parts: list[str] = []
    groups = [item for item in form.items if isinstance(item, Group)]
    for item in form.items:
        if isinstance(item, Group):
            number = groups.index(item) + 1
            hidden = " hidden" if number > 1 else ""
            parts.append(f'<div class="calculator-group" id="{form.calculator}-{item.key}" '
                         f'data-group="{number}"{hidden}>')
            if item.intro:
                parts.append(f'<p class="calculator-group__intro">{_text(item.intro)}</p>')
            parts.extend(question_html(question, step_checks(question)) for question in item.questions)
            parts.append(f'<button type="button" class="md-button md-button--primary calculator-continue">'
                         f'{CONTINUE}</button>')
            parts.append("</div>")
        elif isinstance(item, Reveal):
            hidden = " hidden" if item.hidden else ""
            parts.append(f'<div data-when="{item.when}"{hidden}>')
            parts.extend(question_html(question) for question in item.questions)
            parts.append("</div>")
        else:
            parts.append(question_html(item))
    return "\n".join(parts) + "\n"


SNIPPET_FOLDER = "generated"


def snippet_name(form_key: str) -> str:
    """The snippet's path as the pages include it (relative to ``includes/``).

    >>> snippet_name("certificate")
    'generated/certificate-form.html'

    ``includes/generated/`` is made by the build and never committed.
    """
    return f"{SNIPPET_FOLDER}/{form_key}-form.html"


def write_snippets(includes: Path) -> list[Path]:
    """Write every form's snippet under ``includes`` and return the paths written."""
    written = []
    for key, form in FORMS.items():
        path = includes / snippet_name(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(form_html(form), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in write_snippets(Path(sys.argv[1] if len(sys.argv) > 1 else "includes")):
        print(written_path)
