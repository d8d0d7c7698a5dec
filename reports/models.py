from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportAccess(models.Model):
    """Carries the report permissions; it has no table and no rows.

    A model with `Meta.permissions` is Django's own way to define permissions, so they appear in Wagtail's
    group editor and `user.has_perm` works without a custom backend. Unmanaged with no default permissions:
    nothing to add, change or delete.
    """

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [
            ("view_all_reports", _("Alle rapportages bekijken (alle organisaties)")),
            ("view_organisation_reports", _("Rapportages van de eigen organisatie bekijken")),
        ]
        verbose_name = _("toegang tot rapportages")
        verbose_name_plural = _("toegang tot rapportages")

    def __str__(self):
        return str(self._meta.verbose_name)


SCORE_UNITS = 10_000  # ItemStatistics keeps an answer's score (0–1) in ten-thousandths: Answer.score has four decimals
ATTEMPT_SCORE_UNITS = 100  # and an attempt's score (0–100 %) in hundredths: Attempt.score has two decimals


class ItemStatistics(models.Model):
    """Running sums of the graded answers in submitted attempts, per cell (question, module, organisation, team).

    The item analysis reads these few thousand rows instead of every answer. Each answer of a submitted attempt
    adds to one cell: `answers` += 1, `score_sum` += x and `score_squares` += x², with x the answer's score in
    ten-thousandths (0–10,000); `attempt_score_sum` += y, `attempt_score_squares` += y² and `product_sum` += x·y,
    with y the attempt's score in hundredths of a percent (0–10,000). Integers, so the sums are exact on SQLite
    and PostgreSQL alike, and every figure (facility, the item-total correlation, missed signals) follows from
    sums over cells. `reports.item_statistics` keeps them up to date in the transaction that changes an answer
    (see docs/reports.md).

    The keys are plain numbers, not foreign keys, with 0 for "none" (a deleted question, no module, no
    organisation or team), so that one unique key serves the upsert on both databases (NULLs never conflict).
    """

    question_id = models.BigIntegerField()
    course_id = models.BigIntegerField()
    organisation_id = models.BigIntegerField()
    team_id = models.BigIntegerField()
    answers = models.BigIntegerField(default=0)
    score_sum = models.BigIntegerField(default=0)
    score_squares = models.BigIntegerField(default=0)
    attempt_score_sum = models.BigIntegerField(default=0)
    attempt_score_squares = models.BigIntegerField(default=0)
    product_sum = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["question_id", "course_id", "organisation_id", "team_id"], name="one_item_statistics_cell"
            )
        ]
        default_permissions = ()

    def __str__(self):
        return f"{self.question_id}/{self.course_id}/{self.organisation_id}/{self.team_id}"


class PickStatistics(models.Model):
    """How often an option (by its wording as asked) was picked, and picked wrongly, per cell of `ItemStatistics`."""

    question_id = models.BigIntegerField()
    course_id = models.BigIntegerField()
    organisation_id = models.BigIntegerField()
    team_id = models.BigIntegerField()
    text = models.CharField(max_length=300)
    picks = models.BigIntegerField(default=0)
    wrong_picks = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["question_id", "course_id", "organisation_id", "team_id", "text"],
                name="one_pick_statistics_cell",
            )
        ]
        default_permissions = ()

    def __str__(self):
        return self.text


class AttemptStatistics(models.Model):
    """The number of submitted attempts per (module, organisation, team); keys as in `ItemStatistics`."""

    course_id = models.BigIntegerField()
    organisation_id = models.BigIntegerField()
    team_id = models.BigIntegerField()
    attempts = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["course_id", "organisation_id", "team_id"], name="one_attempt_statistics_cell"
            )
        ]
        default_permissions = ()

    def __str__(self):
        return f"{self.course_id}/{self.organisation_id}/{self.team_id}"


class ModuleProgress(models.Model):
    """One learner's progress in one module, as the modules report counts it; kept by `reports.module_statistics`.

    A row exists while the learner has an enrolment, a completed live lesson or a submitted attempt in the
    module. `lessons` counts the distinct live lessons they completed (`LessonCompletion.course`), compared at
    read time with the module's number of live lessons; `pass_after` is the time from the start of their
    enrolment to their first passed attempt in microseconds (at least 0; empty without a pass or an
    enrolment). `organisation_id` and `team_id` are the learner's as they are now (0 for none), so the row
    knows which cell of `ModuleStatistics` it counts in. Plain numbers, not foreign keys, as in `ItemStatistics`.
    """

    user_id = models.BigIntegerField()
    course_id = models.BigIntegerField()
    organisation_id = models.BigIntegerField()
    team_id = models.BigIntegerField()
    enrolled = models.BooleanField(default=False)
    completed = models.BooleanField(default=False)
    lessons = models.IntegerField(default=0)
    attempts = models.IntegerField(default=0)
    passed = models.BooleanField(default=False)
    pass_after = models.BigIntegerField(null=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user_id", "course_id"], name="one_module_progress")]
        # The median's middle values are read in this order, without visiting the table.
        indexes = [
            models.Index(
                fields=["course_id", "pass_after", "organisation_id", "team_id"], name="module_progress_pass_after"
            )
        ]
        default_permissions = ()

    def __str__(self):
        return f"{self.user_id}/{self.course_id}"


class ModuleStatistics(models.Model):
    """The learners of `ModuleProgress` summed per cell (module, organisation, team); keys as in `ItemStatistics`.

    `learners` rows; `enrolled` with an enrolment, `completed` of them completed; `started` with an enrolment
    or a submitted attempt; `attempted` with a submitted attempt, `attempts` those attempts; `passed` with a
    passed attempt; `timed` with a `pass_after` (whose median the report reads from `ModuleProgress`).
    """

    course_id = models.BigIntegerField()
    organisation_id = models.BigIntegerField()
    team_id = models.BigIntegerField()
    learners = models.BigIntegerField(default=0)
    enrolled = models.BigIntegerField(default=0)
    completed = models.BigIntegerField(default=0)
    started = models.BigIntegerField(default=0)
    attempted = models.BigIntegerField(default=0)
    attempts = models.BigIntegerField(default=0)
    passed = models.BigIntegerField(default=0)
    timed = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["course_id", "organisation_id", "team_id"], name="one_module_statistics_cell"
            )
        ]
        default_permissions = ()

    def __str__(self):
        return f"{self.course_id}/{self.organisation_id}/{self.team_id}"


class LessonStatistics(models.Model):
    """How many learners of a cell (module, organisation, team) completed exactly `lessons` live lessons (≥ 1):
    a histogram, so "all lessons done" is the learners at or above the module's lesson count of the moment."""

    course_id = models.BigIntegerField()
    organisation_id = models.BigIntegerField()
    team_id = models.BigIntegerField()
    lessons = models.IntegerField()
    learners = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["course_id", "organisation_id", "team_id", "lessons"], name="one_lesson_statistics_cell"
            )
        ]
        default_permissions = ()

    def __str__(self):
        return f"{self.course_id}/{self.organisation_id}/{self.team_id}/{self.lessons}"
