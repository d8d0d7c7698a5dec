from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    """The question bank, quiz pages, attempts and grading."""

    name = "quizzes"
    verbose_name = _("Toetsen")

    def ready(self):
        from accounts.privacy import register_personal_data
        from courses.services import register_assessment

        from .assessment import QuizAssessment
        from .privacy import anonymise_attempts, export_attempts

        register_assessment(QuizAssessment())
        register_personal_data("quiz_attempts", export=export_attempts, erase=anonymise_attempts, order=40)
