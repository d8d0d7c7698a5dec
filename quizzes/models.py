import secrets
import uuid

from django import forms
from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import DraftStateMixin, Orderable, Page, PreviewableMixin, RevisionMixin
from wagtail.search import index

from home.blocks import INLINE_FEATURES
from home.choices import ExploitationForm, SignalCategory
from home.models import IntroMixin

from .blocks import DecisionPathBlock
from .forms import QuestionAdminForm


class MultipleChoiceField(models.JSONField):
    """A list of choices stored as JSON, edited as checkboxes (tags such as signal categories)."""

    def __init__(self, *args, choices_enum=None, **kwargs):
        self.choices_enum = choices_enum
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("choices_enum", None)
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.choices_enum.choices if self.choices_enum else [],
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )


class Question(PreviewableMixin, DraftStateMixin, RevisionMixin, index.Indexed, ClusterableModel):
    """A scenario question in the bank, shared by quizzes and team sessions."""

    class Kind(models.TextChoices):
        SINGLE = "single", _("Eén goed antwoord")
        MULTIPLE = "multiple", _("Meerdere goede antwoorden")
        PATH = "path", _("Beslispad")

    title = models.CharField(
        _("naam in de vragenbank"), max_length=200, help_text=_("Alleen zichtbaar voor redacteuren.")
    )
    kind = models.CharField(_("soort vraag"), max_length=10, choices=Kind.choices, default=Kind.SINGLE)
    scenario = RichTextField(_("situatie"), features=INLINE_FEATURES)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("afbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(_("alternatieve tekst afbeelding"), max_length=250, blank=True)
    prompt = models.CharField(_("vraag"), max_length=300, blank=True, help_text=_("Bijvoorbeeld: Wat doe je?"))
    explanation = RichTextField(_("uitleg"), features=INLINE_FEATURES, blank=True)
    discussion_prompts = models.TextField(
        _("gespreksvragen"), blank=True, help_text=_("Voor teamsessies: één vraag per regel.")
    )
    path = StreamField(DecisionPathBlock(), verbose_name=_("beslispad"), blank=True)
    audiences = ParentalManyToManyField("courses.Audience", verbose_name=_("teams"), blank=True)
    exploitation_forms = MultipleChoiceField(_("vormen van uitbuiting"), choices_enum=ExploitationForm)
    signals = MultipleChoiceField(_("signalen die de vraag oefent"), choices_enum=SignalCategory)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="question")

    panels = [
        FieldPanel("title"),
        FieldPanel("kind"),
        FieldPanel("scenario"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Afbeelding")),
        FieldPanel("prompt"),
        InlinePanel(
            "choices", label=_("Keuzes"), heading=_("Keuzes (bij één of meerdere goede antwoorden)"), min_num=0
        ),
        FieldPanel("path", heading=_("Beslispad (alleen bij de soort beslispad)")),
        FieldPanel("explanation"),
        FieldPanel("discussion_prompts"),
        MultiFieldPanel(
            [
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("exploitation_forms"),
                FieldPanel("signals"),
            ],
            heading=_("Labels"),
        ),
    ]
    base_form_class = QuestionAdminForm
    search_fields = [index.SearchField("title"), index.SearchField("scenario"), index.AutocompleteField("title")]

    class Meta:
        ordering = ["title"]
        verbose_name = _("vraag")
        verbose_name_plural = _("vragen")

    def __str__(self):
        return self.title

    @property
    def revisions(self):
        return self._revisions

    def get_preview_template(self, request, mode_name):
        return "quizzes/question_preview.html"

    def get_preview_context(self, request, mode_name):
        from .services import with_labels
        from .snapshots import snapshot_question

        return {"question": with_labels(snapshot_question(self, list(self.choices.all()))), "object": self}


class Choice(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="choices")
    text = models.CharField(_("keuze"), max_length=300)
    is_correct = models.BooleanField(_("goed"), default=False)
    feedback = models.TextField(_("feedback bij deze keuze"))

    panels = [FieldPanel("text"), FieldPanel("is_correct"), FieldPanel("feedback")]

    class Meta(Orderable.Meta):
        verbose_name = _("keuze")
        verbose_name_plural = _("keuzes")

    def __str__(self):
        return self.text


class QuizPage(IntroMixin, Page):
    """The quiz that closes a module."""

    class FeedbackTiming(models.TextChoices):
        EACH = "each", _("Na elke vraag")
        END = "end", _("Aan het eind")

    pass_mark = models.DecimalField(
        _("slagingsgrens (%)"),
        max_digits=5,
        decimal_places=2,
        default=70,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    shuffle_choices = models.BooleanField(_("keuzes in willekeurige volgorde"), default=True)
    attempts_allowed = models.PositiveSmallIntegerField(
        _("aantal pogingen"), default=0, help_text=_("0 betekent onbeperkt.")
    )
    cooldown_minutes = models.PositiveIntegerField(_("wachttijd tussen pogingen (minuten)"), default=0)
    feedback_timing = models.CharField(
        _("feedback"), max_length=5, choices=FeedbackTiming.choices, default=FeedbackTiming.EACH
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("fixed_questions", label=_("Vaste vragen"), heading=_("Vaste vragen, in deze volgorde")),
        InlinePanel("draws", label=_("Willekeurige vragen"), heading=_("Daarna willekeurig getrokken vragen")),
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
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
    preview_modes = [("", _("Inleiding")), ("questions", _("Alle vragen met antwoorden"))]

    class Meta:
        verbose_name = _("toets")
        verbose_name_plural = _("toetsen")

    def get_context(self, request, *args, **kwargs):
        from .services import quiz_overview

        context = super().get_context(request, *args, **kwargs)
        context.update(quiz_overview(request.user, self))
        return context

    def serve_preview(self, request, mode_name):
        if mode_name == "questions":
            from django.template.response import TemplateResponse

            from .services import preview_questions

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
    count = models.PositiveSmallIntegerField(_("aantal vragen"), default=3, validators=[MinValueValidator(1)])
    audiences = ParentalManyToManyField("courses.Audience", verbose_name=_("teams"), blank=True)
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


class Answer(models.Model):
    """The learner's answer to one question of an attempt, graded on the server when it is given."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    position = models.PositiveSmallIntegerField(_("vraagnummer"))
    # The bank question that was asked (from the snapshot), so the reports can group answers in the database.
    question = models.ForeignKey(
        Question, verbose_name=_("vraag"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    chosen = models.JSONField(_("gekozen"), default=list)
    path = models.JSONField(_("gekozen route"), default=list)
    score = models.DecimalField(_("score (0–1)"), max_digits=5, decimal_places=4, null=True, blank=True)
    completed = models.BooleanField(_("af"), default=False)
    answered_at = models.DateTimeField(_("beantwoord op"), auto_now=True)

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


JOIN_CODE_LENGTH = 6


def new_join_code():
    """Six digits: quick to type on a phone keyboard and to read aloud from the big screen."""
    return "".join(secrets.choice("0123456789") for _ in range(JOIN_CODE_LENGTH))


def default_capacity():
    return settings.TEAM_SESSION_CAPACITY


class TeamSession(models.Model):
    """A module's quiz done live by a team, paced by a facilitator on a big screen.

    Everything the screens need is in these rows (stage, position, answers), so any app server can
    answer any phone. `participant_count`, `passed_count` and `average_score` are kept when the session
    ends, so the figures survive the purge of participants without an account.
    """

    class Mode(models.TextChoices):
        PHONES = "phones", _("Iedereen antwoordt op de eigen telefoon")
        ONE_SCREEN = "one_screen", _("Eén scherm: het team kiest samen één antwoord")

    class Stage(models.TextChoices):
        LOBBY = "lobby", _("wachten op deelnemers")
        QUESTION = "question", _("vraag staat open")
        REVEALED = "revealed", _("antwoord getoond")
        ENDED = "ended", _("afgelopen")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    code = models.CharField(_("deelnamecode"), max_length=JOIN_CODE_LENGTH, unique=True, default=new_join_code)
    quiz = models.ForeignKey(
        QuizPage, verbose_name=_("toets"), null=True, on_delete=models.SET_NULL, related_name="team_sessions"
    )
    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("module"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    course_title = models.CharField(_("module"), max_length=255)
    group_name = models.CharField(
        _("naam van de groep"), max_length=120, help_text=_("Bijvoorbeeld: Team mentoren, Het Baken")
    )
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("begeleider"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="team_sessions",
    )
    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisatie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="team_sessions",
    )
    mode = models.CharField(_("werkvorm"), max_length=12, choices=Mode.choices, default=Mode.PHONES)
    stage = models.CharField(_("stand"), max_length=10, choices=Stage.choices, default=Stage.LOBBY)
    position = models.PositiveSmallIntegerField(_("huidige vraag"), default=0)
    capacity = models.PositiveSmallIntegerField(_("maximaal aantal deelnemers"), default=default_capacity)
    questions = models.JSONField(_("vragen"))
    pass_mark = models.DecimalField(_("slagingsgrens (%)"), max_digits=5, decimal_places=2)
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    ended_at = models.DateTimeField(_("afgesloten op"), null=True, blank=True)
    participant_count = models.PositiveIntegerField(_("aantal deelnemers"), default=0)
    passed_count = models.PositiveIntegerField(_("aantal geslaagd"), default=0)
    average_score = models.DecimalField(
        _("gemiddelde score (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    purged_at = models.DateTimeField(_("gegevens deelnemers gewist op"), null=True, blank=True)
    # Per question, kept when the session ends: position, title, answered, percent_right.
    results = models.JSONField(_("resultaten per vraag"), default=list, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("teamsessie")
        verbose_name_plural = _("teamsessies")

    def __str__(self):
        return f"{self.group_name} – {self.course_title}"

    @property
    def display_code(self):
        return f"{self.code[:3]} {self.code[3:]}"

    @property
    def is_one_screen(self):
        return self.mode == self.Mode.ONE_SCREEN

    @property
    def has_ended(self):
        return self.stage == self.Stage.ENDED

    @property
    def current_question(self):
        if 1 <= self.position <= len(self.questions):
            return self.questions[self.position - 1]
        return None

    @property
    def is_last_question(self):
        return self.position >= len(self.questions)


class Participant(models.Model):
    """Someone in a team session. No account needed: a phone holds its seat in a cookie.

    `seat_hash` is the SHA-256 of the cookie's secret, so the database alone cannot take over a seat.
    Participants entered by the facilitator in one-screen mode have no seat.
    """

    session = models.ForeignKey(TeamSession, on_delete=models.CASCADE, related_name="participants")
    seat_hash = models.CharField(max_length=64, unique=True, null=True, blank=True, editable=False)
    display_name = models.CharField(_("naam op het scherm"), max_length=60)
    full_name = models.CharField(_("volledige naam"), max_length=150, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="team_participations",
    )
    joined_at = models.DateTimeField(_("aangesloten op"), auto_now_add=True)
    score = models.DecimalField(_("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(_("geslaagd"), null=True, blank=True)

    class Meta:
        ordering = ["joined_at", "pk"]
        verbose_name = _("deelnemer teamsessie")
        verbose_name_plural = _("deelnemers teamsessie")

    def __str__(self):
        return self.display_name


class SessionAnswer(models.Model):
    """A participant's answer to one question of a session; without a participant it is the team's answer
    in one-screen mode."""

    session = models.ForeignKey(TeamSession, on_delete=models.CASCADE, related_name="answers")
    participant = models.ForeignKey(
        Participant, null=True, blank=True, on_delete=models.CASCADE, related_name="answers"
    )
    position = models.PositiveSmallIntegerField(_("vraagnummer"))
    chosen = models.JSONField(_("gekozen"), default=list)
    path = models.JSONField(_("gekozen route"), default=list)
    score = models.DecimalField(_("score (0–1)"), max_digits=5, decimal_places=4, null=True, blank=True)
    completed = models.BooleanField(_("af"), default=False)
    answered_at = models.DateTimeField(_("beantwoord op"), auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "position"],
                condition=Q(participant__isnull=False),
                name="one_session_answer_per_participant",
            ),
            models.UniqueConstraint(
                fields=["session", "position"], condition=Q(participant__isnull=True), name="one_team_answer"
            ),
        ]
        indexes = [models.Index(fields=["session", "position"])]
        verbose_name = _("antwoord teamsessie")
        verbose_name_plural = _("antwoorden teamsessie")

    def __str__(self):
        return f"{self.session} – {self.position}"
