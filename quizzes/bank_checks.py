"""The question bank's checks as editors meet them: per question (the panel on its edit screen), over the
bank (the report and `manage.py check_question_bank`), each flag with why it matters and a link.

The checks themselves are `quizzes.quality`'s plain functions over the live bank. Apps above this one add
their own checks through `register_check` (the reports app adds the item analysis once answers exist), so
this module never imports from them (see the layers in docs/architecture.md).
"""

from collections import defaultdict
from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from . import quality
from .models import Question

CODE_LABELS = {
    quality.RIGHT_OPTION_LONGEST: _("Goede antwoord is het langste"),
    quality.LENGTH_BIAS: _("Lengte verraadt het antwoord"),
    quality.POSITION_SPREAD: _("Goede antwoord steeds op dezelfde plek"),
    quality.RIGHT_COUNT_UNIFORM: _("Steeds evenveel goede antwoorden"),
    quality.OPTION_WITHOUT_FEEDBACK: _("Keuze zonder feedback"),
    quality.PATH_END_WITHOUT_EXPLANATION: _("Einde zonder uitleg"),
    quality.UNREACHABLE_STEP: _("Onbereikbare stap"),
    quality.QUESTION_IN_NO_QUIZ: _("In geen enkele toets"),
    quality.SIGNAL_NOT_TAUGHT: _("Signaal niet in een les"),
    quality.RECALL_SIMILARITY: _("Lijkt op de les (onthouden)"),
}

_extra_checks = []


def register_check(check, labels=None):
    """Add a check: `check(questions)` gets {pk: Question} of the live bank and returns [(pk or None,
    quality.Finding)]. `labels` maps its codes to short Dutch names for lists."""
    if check not in _extra_checks:
        _extra_checks.append(check)
    CODE_LABELS.update(labels or {})


@dataclass(frozen=True)
class Flag:
    """A finding placed in the admin: `question_id` (None for the bank as a whole), the finding, and the
    question's edit URL."""

    question_id: int | None
    finding: quality.Finding

    @property
    def code(self):
        return self.finding.code

    @property
    def label(self):
        return CODE_LABELS.get(self.finding.code, self.finding.code)

    @property
    def question(self):
        return self.finding.question or _("(de hele vragenbank)")

    @property
    def message(self):
        return self.finding.message

    @property
    def detail(self):
        return self.finding.detail

    @property
    def blocking(self):
        return self.finding.blocking

    @property
    def edit_url(self):
        if self.question_id is None:
            return None
        return reverse("wagtailsnippets_quizzes_question:edit", args=[self.question_id])


def bank_flags(include=None):
    """Every flag over the live bank, in `quality.run_all`'s order, then the registered checks' flags.
    `include` adds one question that is not live (a draft being edited) to the bank.

    A finding names its question by title; where two questions share a title, the flag links the first
    (by title and id)."""
    questions, quizzes, modules = quality.bank_from_site()
    live = {q.pk: q for q in Question.objects.filter(live=True).order_by("title", "pk")}
    if include is not None and include.pk and include.pk not in live:
        questions.append(quality.question_from_model(include))
        live[include.pk] = include
    by_title = {}
    for pk, question in live.items():
        by_title.setdefault(question.title, pk)
    flags = [
        Flag(by_title.get(finding.question) if finding.question else None, finding)
        for finding in quality.run_all(questions, quizzes, modules)
    ]
    for check in _extra_checks:
        flags += [Flag(pk, finding) for pk, finding in check(live)]
    return flags


def question_flags(question, flags=None):
    """The flags about one question (bank-wide flags are left to the report)."""
    flags = bank_flags(include=question) if flags is None else flags
    return [flag for flag in flags if flag.question_id == question.pk]


def flags_by_question(flags):
    grouped = defaultdict(list)
    for flag in flags:
        grouped[flag.question_id].append(flag)
    return grouped
