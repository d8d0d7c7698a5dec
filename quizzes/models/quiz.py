"""The quiz that closes a module, and a learner's attempts at it with their answers."""

import uuid

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page

from courses.models import InModuleMixin
from home.choices import ExploitationForm, SignalCategory
from home.models import IntroMixin, TitleCheckMixin
from home.routing import ViewRestrictionsMixin
from home.widgets import PercentageInput

from ..forms import QuizPageForm
from .questions import MultipleChoiceField, Question

MAX_ATTEMPTS = 100
MAX_COOLDOWN_MINUTES = 30 * 24 * 60  # 30 days
MAX_DRAW = 100


class QuizPage(TitleCheckMixin, ViewRestrictionsMixin, InModuleMixin, IntroMixin, Page):
    """The quiz that closes a module."""

    class FeedbackTiming(models.TextChoices):
        EACH = "each", _("Na elke vraag")
        END = "end", _("Aan het eind")

    pass_mark = models.DecimalField(
        _("slagingsgrens (%)"),
        max_digits=5,
        decimal_places=2,
        default=70,
        validators=[
            MinValueValidator(1, message=_("Vul minstens 1 in: bij 0 procent slaagt iedereen.")),
            MaxValueValidator(100),
        ],
    )
    shuffle_choices = models.BooleanField(_("keuzes in willekeurige volgorde"), default=True)
    attempts_allowed = models.PositiveSmallIntegerField(
        _("aantal pogingen"),
        default=0,
        help_text=_("0 betekent onbeperkt."),
        validators=[MaxValueValidator(MAX_ATTEMPTS, message=_("Vul hoogstens %(limit_value)s pogingen in."))],
    )
    cooldown_minutes = models.PositiveIntegerField(
        _("wachttijd tussen pogingen (minuten)"),
        default=0,
        help_text=_("Hoogstens 43200 minuten: 30 dagen."),
        validators=[
            MaxValueValidator(
                MAX_COOLDOWN_MINUTES, message=_("Vul hoogstens %(limit_value)s minuten in: dat is 30 dagen.")
            )
        ],
    )
    feedback_timing = models.CharField(
        _("feedback"), max_length=5, choices=FeedbackTiming.choices, default=FeedbackTiming.EACH
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("fixed_questions", label=_("vaste vraag"), heading=_("Vaste vragen, in deze volgorde")),
        InlinePanel("draws", label=_("groep willekeurige vragen"), heading=_("Daarna willekeurig getrokken vragen")),
        MultiFieldPanel(
            [
                FieldPanel("pass_mark", widget=PercentageInput(attrs={"step": "0.01"})),
                FieldPanel("attempts_allowed"),
                FieldPanel("cooldown_minutes"),
                FieldPanel("shuffle_choices"),
                FieldPanel("feedback_timing"),
            ],
            heading=_("Regels"),
        ),
    ]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = []
    max_count_per_parent = 1
    base_form_class = QuizPageForm
    preview_modes = [("", _("Inleiding")), ("questions", _("Alle vragen met antwoorden"))]

    class Meta:
        verbose_name = _("toets")
        verbose_name_plural = _("toetsen")

    def get_context(self, request, *args, **kwargs):
        from ..services import quiz_overview

        context = super().get_context(request, *args, **kwargs)
        context.update(quiz_overview(request.user, self))
        return context

    def serve_preview(self, request, mode_name):
        if mode_name == "questions":
            from django.template.response import TemplateResponse

            from ..services import preview_questions

            return TemplateResponse(
                request, "quizzes/quiz_preview.html", {"page": self, "questions": preview_questions(self)}
            )
        return super().serve_preview(request, mode_name)


class QuizQuestion(Orderable):
    quiz = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="fixed_questions")
    question = models.ForeignKey(Question, verbose_name=_("vraag"), on_delete=models.PROTECT, related_name="+")

    panels = [FieldPanel("question")]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["quiz", "question"], name="unique_question_per_quiz")]


class QuizDraw(Orderable):
    """Draw `count` random live questions that carry any of these labels."""

    quiz = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="draws")
    count = models.PositiveSmallIntegerField(
        _("aantal vragen"),
        default=3,
        validators=[
            MinValueValidator(1),
            MaxValueValidator(MAX_DRAW, message=_("Trek hoogstens %(limit_value)s vragen.")),
        ],
    )
    audiences = ParentalManyToManyField("accounts.Audience", verbose_name=_("teams"), blank=True)
    exploitation_forms = MultipleChoiceField(_("vormen van uitbuiting"), choices_enum=ExploitationForm)
    signals = MultipleChoiceField(_("signalen"), choices_enum=SignalCategory)

    panels = [
        FieldPanel("count"),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        FieldPanel("exploitation_forms"),
        FieldPanel("signals"),
    ]


class Attempt(models.Model):
    """One try at a quiz. `questions` is the snapshot of what was asked, so later edits never change it."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # Empty once the learner deleted their account: the attempt stays, anonymised, for the statistics.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="quiz_attempts"
    )
    quiz = models.ForeignKey(QuizPage, on_delete=models.CASCADE, related_name="attempts")
    # The module the quiz belongs to, stored as lesson completions store it: reports and certificates read it
    # without walking the page tree.
    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("module"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    number = models.PositiveSmallIntegerField(_("poging"))
    questions = models.JSONField(_("gestelde vragen"))
    started_at = models.DateTimeField(_("gestart op"), auto_now_add=True)
    submitted_at = models.DateTimeField(_("ingeleverd op"), null=True, blank=True)
    score = models.DecimalField(_("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(_("geslaagd"), null=True, blank=True)
    pass_mark = models.DecimalField(_("slagingsgrens (%)"), max_digits=5, decimal_places=2)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "quiz", "number"], name="unique_attempt_number"),
            models.UniqueConstraint(
                fields=["user", "quiz"], condition=Q(submitted_at__isnull=True), name="one_open_attempt_per_quiz"
            ),
        ]
        indexes = [
            models.Index(fields=["user", "quiz", "submitted_at"]),
            # The reports count submitted and passed attempts over a period.
            models.Index(fields=["submitted_at", "passed"]),
        ]
        ordering = ["-started_at"]
        verbose_name = _("poging")
        verbose_name_plural = _("pogingen")

    def __str__(self):
        return f"{self.user} – {self.quiz} #{self.number}"

    @property
    def is_open(self):
        return self.submitted_at is None


class GradedAnswer(models.Model):
    """What an answer holds, in a quiz attempt or a team session: the chosen keys of the snapshot (for a
    decision path also the route), and the score once complete. `quizzes.services.record_choice` fills it."""

    position = models.PositiveSmallIntegerField(_("vraagnummer"))
    chosen = models.JSONField(_("gekozen"), default=list)
    path = models.JSONField(_("gekozen route"), default=list)
    score = models.DecimalField(_("score (0–1)"), max_digits=5, decimal_places=4, null=True, blank=True)
    completed = models.BooleanField(_("af"), default=False)
    answered_at = models.DateTimeField(_("beantwoord op"), auto_now=True)

    class Meta:
        abstract = True


class Answer(GradedAnswer):
    """The learner's answer to one question of an attempt, graded on the server when it is given."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    # The bank question that was asked (from the snapshot), so the reports can group answers in the database.
    question = models.ForeignKey(
        Question, verbose_name=_("vraag"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["attempt", "position"], name="one_answer_per_question")]
        ordering = ["position"]
        verbose_name = _("antwoord")
        verbose_name_plural = _("antwoorden")

    def __str__(self):
        return f"{self.attempt} – {self.position}"


class AnswerPick(models.Model):
    """One option chosen in an answer, as it was worded when asked: what the item analysis counts.

    `correct` is None for a step on the way in a decision path, and for an end worth neither 0 nor 100 points.
    """

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="picks")
    question = models.ForeignKey(Question, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    text = models.CharField(_("keuze"), max_length=300)
    correct = models.BooleanField(_("goed"), null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["question", "text"])]
        verbose_name = _("gekozen keuze")
        verbose_name_plural = _("gekozen keuzes")

    def __str__(self):
        return self.text
