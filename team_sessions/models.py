"""Team sessions: a module's quiz done live by a team, with its participants and their answers.

The tables keep the names they had in the quizzes app, so moving the models here moved no data.
"""

import math
import secrets
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.names import validate_name
from quizzes.models import GradedAnswer, QuizPage
from quizzes.snapshots import QuestionSnapshot

JOIN_CODE_LENGTH = 6


def new_join_code():
    """Six digits: quick to type on a phone keyboard and to read aloud from the big screen."""
    return "".join(secrets.choice("0123456789") for _ in range(JOIN_CODE_LENGTH))


def default_capacity():
    return settings.TEAM_SESSION_CAPACITY


# The durations the facilitator can give a question, in seconds; 60 until someone chooses another.
TIMER_CHOICES = (30, 60, 90, 120)
DEFAULT_TIMER_SECONDS = 60


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
        _("naam van de groep"),
        max_length=120,
        help_text=_("Bijvoorbeeld: Team mentoren, Het Baken"),
        validators=[validate_name],
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
    # The team the session was held for (a school's mentors, an enforcement team); the reports count it there.
    team = models.ForeignKey(
        "accounts.Audience",
        verbose_name=_("team"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="team_sessions",
    )
    mode = models.CharField(_("werkvorm"), max_length=12, choices=Mode.choices, default=Mode.PHONES)
    stage = models.CharField(_("stand"), max_length=10, choices=Stage.choices, default=Stage.LOBBY)
    position = models.PositiveSmallIntegerField(_("huidige vraag"), default=0)
    # The furthest question whose answers were shown: going forward again after "back" shows it revealed.
    revealed_upto = models.PositiveSmallIntegerField(_("antwoorden getoond tot vraag"), default=0)
    # Set when the facilitator starts the timer for the open question; every screen counts down to it.
    timer_ends_at = models.DateTimeField(_("tijd om op"), null=True, blank=True)
    # The duration last started, kept on the session (not in one browser), so every presenter screen of the
    # session, a reloaded projector and a co-facilitator's laptop, offers that duration again.
    timer_seconds = models.PositiveSmallIntegerField(
        _("tijd per vraag (seconden)"),
        choices=[(seconds, seconds) for seconds in TIMER_CHOICES],
        default=DEFAULT_TIMER_SECONDS,
    )
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
        db_table = "quizzes_teamsession"
        ordering = ["-created_at"]
        verbose_name = _("teamsessie")
        verbose_name_plural = _("teamsessies")
        constraints = [
            models.CheckConstraint(condition=Q(timer_seconds__in=TIMER_CHOICES), name="timer_seconds_offered"),
        ]

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

    def question_at(self, position):
        """The question asked at `position` (1-based) as a QuestionSnapshot, or None outside the session."""
        if 1 <= position <= len(self.questions):
            return QuestionSnapshot(self.questions[position - 1])
        return None

    @property
    def current_question(self):
        return self.question_at(self.position)

    @property
    def is_last_question(self):
        return self.position >= len(self.questions)

    def timer_remaining(self, now=None):
        """Whole seconds left on the question's timer (0 when time is up), or None without a timer."""
        if self.timer_ends_at is None or self.stage != self.Stage.QUESTION:
            return None
        left = (self.timer_ends_at - (now or timezone.now())).total_seconds()
        return max(0, math.ceil(left))


class Participant(models.Model):
    """Someone in a team session. No account needed: a phone holds its seat in a cookie.

    `seat_hash` is the SHA-256 of the cookie's secret, so the database alone cannot take over a seat.
    Participants entered by the facilitator in one-screen mode have no seat.
    """

    session = models.ForeignKey(TeamSession, on_delete=models.CASCADE, related_name="participants")
    seat_hash = models.CharField(max_length=64, unique=True, null=True, blank=True, editable=False)
    display_name = models.CharField(_("naam op het scherm"), max_length=60, validators=[validate_name])
    full_name = models.CharField(_("volledige naam"), max_length=150, blank=True, validators=[validate_name])
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
        db_table = "quizzes_participant"
        ordering = ["joined_at", "pk"]
        verbose_name = _("deelnemer teamsessie")
        verbose_name_plural = _("deelnemers teamsessie")
        # One seat per person per session: by e-mail address (any case) and by account.
        constraints = [
            models.UniqueConstraint(
                "session",
                Lower("email"),
                condition=~Q(email=""),
                name="one_seat_per_email",
            ),
            models.UniqueConstraint(
                fields=["session", "user"], condition=Q(user__isnull=False), name="one_seat_per_account"
            ),
        ]

    def __str__(self):
        return self.display_name


class SessionAnswer(GradedAnswer):
    """A participant's answer to one question of a session; without a participant it is the team's answer
    in one-screen mode."""

    session = models.ForeignKey(TeamSession, on_delete=models.CASCADE, related_name="answers")
    participant = models.ForeignKey(
        Participant, null=True, blank=True, on_delete=models.CASCADE, related_name="answers"
    )

    class Meta:
        db_table = "quizzes_sessionanswer"
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
