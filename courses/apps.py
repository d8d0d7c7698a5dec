from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    """Modules and lessons, enrolment and progress."""

    name = "courses"
    verbose_name = _("Modules")

    def ready(self):
        from accounts.privacy import register_personal_data

        from .privacy import export_lessons, export_modules

        register_personal_data("modules", export=export_modules)
        register_personal_data("lessons_completed", export=export_lessons)
