from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "reports"
    verbose_name = _("Rapportages")

    def ready(self):
        # The question bank's checks (quizzes, a lower layer) gain the item analysis, which lives here.
        from quizzes.bank_checks import register_check

        from .question_bank import LABELS, item_analysis_flags

        register_check(item_analysis_flags, LABELS)

        from django.db.models.signals import post_delete, post_save

        from quizzes.models import Answer, Attempt

        for signal in (post_save, post_delete):
            signal.connect(_attempt_changed, sender=Attempt, dispatch_uid="reports-attempt-changed")
            signal.connect(_answer_changed, sender=Answer, dispatch_uid="reports-answer-changed")


def _attempt_changed(instance, **kwargs):
    """A submitted or deleted attempt moves the upper and lower groups of its module's item analysis."""
    from .item_analysis import answers_changed

    answers_changed(instance.course_id)


def _answer_changed(instance, **kwargs):
    """A graded answer changes the figures of its own module only."""
    from quizzes.models import Answer, Attempt

    from .item_analysis import answers_changed

    if Answer.attempt.is_cached(instance):
        course_id = instance.attempt.course_id
    else:
        course_id = Attempt.objects.filter(pk=instance.attempt_id).values_list("course_id", flat=True).first()
    answers_changed(course_id)
