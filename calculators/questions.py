"""Every question the calculators ask, declared once: the forms, the browser parsing and the command line come from here.

A :class:`Question` holds a field's name (the request key; HTML ids use "-" for "_"), its label
and hint as the reader sees them, its kind ("date", "radios", "checkboxes", or "calculator":
the radio that chooses which calculator answers), its options, whether it is required, and its
validation (``after_decision``: a date that cannot be before the decision letter). A
:class:`Form` lists the questions of one page's form, in order, with conditional parts
(:class:`Reveal`) or steps (:class:`Group`), and its :class:`Page`: the button's words, what to
do if the calculator cannot start, and where to go next. ``scripts/build`` renders every form
in ``FORMS``, its whole frame included, with GOV.UK Frontend's own Jinja macros
(``scripts/lib/render_forms.py``) into ``includes/generated/<key>-form.html``, which its page
includes with ``pymdownx.snippets``: changing a label is one edit here, and a new form is one
entry in ``FORMS`` and one line in its page.
"""
from __future__ import annotations

from dataclasses import dataclass

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
class Onward:
    """A link shown under an answer, to the calculator that goes further (``note``: said under it)."""

    words: str
    address: str
    note: str = ""


@dataclass(frozen=True)
class Page:
    """The frame of a form on its page: the submit button's words, and what the build draws around the questions.

    ``fallback`` is said when the calculator cannot start (HTML: it links to the page's rules);
    ``result_is_status``: the answer is announced when it appears (not the plan's, which is long).
    """

    submit: str
    fallback: str
    onward: Onward | None = None
    result_is_status: bool = True


@dataclass(frozen=True)
class Form:
    """The questions of one page's form, in order; ``calculator`` is the entry point it calls."""

    calculator: str
    items: tuple[Question | Reveal | Group, ...]
    page: Page | None = None

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

_ON_THIS_PAGE = ('You can still {what} from <a href="#{rules}">{rules_words}</a> and the '
                 '<a href="#worked-examples">worked examples</a> on this page.')
_TO_THE_PLAN = Onward("Make your plan: the messages to send and the dates to keep", "../make-your-plan/",
                      "Your answers go with you, so you do not need to enter them again.")

FORMS: dict[str, Form] = {
    "certificate": Form("certificate", (GROUNDS,), Page(
        "Check if you need a certificate",
        'You can still find your answer in <a href="#the-rule">the rule</a> and the '
        '<a href="#worked-examples">worked examples</a> on this page.',
        Onward("Work out your appeal deadline", "../work-out-your-appeal-deadline/"))),
    "appeal-deadline": Form("appeal_deadline", (
        CLAIM,
        Reveal("appeal_deadline", (DECISION_SENT, CERTIFICATE_ISSUED)),
        Reveal("discrimination_claim", (AGAINST, UNDER_18, CONDUCT), hidden=True),
    ), Page("Work out the deadline",
            _ON_THIS_PAGE.format(what="work out your deadline", rules="the-rule", rules_words="the rule"),
            _TO_THE_PLAN)),
    "mediation-timeline": Form("mediation_timeline", (
        DECISION_SENT, ADVISER_CONTACTED, MEDIATION_WANTED, LA_TOLD, HEALTH_INCLUDED,
        MEDIATION_ENDED, AGREEMENT_MADE, AGREEMENT_DATES, CERTIFICATE_ISSUED), Page(
        "Plan the timeline",
        _ON_THIS_PAGE.format(what="plan your timeline", rules="the-rules", rules_words="the rules"),
        _TO_THE_PLAN)),
    "plan": Form("plan", (
        Group("decision", (APPELLANT, DECISION_SENT)),
        Group("grounds", (GROUNDS,)),
        Group("mediation", (MEDIATION_WANTED,)),
        Group("dates", (ADVISER_CONTACTED, LA_TOLD, HEALTH_INCLUDED, MEDIATION_ENDED,
                        AGREEMENT_MADE, AGREEMENT_SETTLES, AGREEMENT_DATES, CERTIFICATE_ISSUED),
              "Answer these only if they have already happened. Leave the rest blank."),
    ), Page("Make my plan",
            'You can still work out each step from the rules and worked examples on these pages: '
            '<a href="../check-if-you-need-a-mediation-certificate/">Check if you need a mediation '
            'certificate</a>, <a href="../work-out-your-appeal-deadline/">Work out your appeal '
            'deadline</a> and <a href="../plan-the-mediation-timeline/">Plan the mediation '
            'timeline</a>.', Onward("Prepare your appeal: the form, what to send and your reasons",
                                    "../prepare-your-appeal/",
                                    "Your answers go with you, so you do not need to enter them again."),
            result_is_status=False)),
}
#: "Prepare your appeal" asks the plan's questions (and is handed the plan's answers).
FORMS["appeal-pack"] = Form("appeal_pack", FORMS["plan"].items, Page(
    "Prepare my appeal",
    'You can still read what to send on <a href="../appeal-to-the-send-tribunal/#how-to-send-your-appeal">Your '
    'appeal</a>.', result_is_status=False))
CONTINUE = "Continue"


# --- What the build checks at once (the forms themselves: scripts/render_forms.py) ------------

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
