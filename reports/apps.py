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
