from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BriefingsConfig(AppConfig):
    """In-person briefing sessions: registration, waiting list, reminders and calendar files."""

    name = "briefings"
    verbose_name = _("Bijeenkomsten")

    def ready(self):
        from accounts.privacy import register_personal_data

        from .privacy import erase_registrations, export_registrations

        # First, so a cancelled seat goes to the next person waiting while the account still exists.
        register_personal_data(
            "briefing_registrations", export=export_registrations, erase=erase_registrations, order=10
        )
