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
