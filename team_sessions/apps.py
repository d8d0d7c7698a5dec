from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TeamSessionsConfig(AppConfig):
    """Live team sessions: presenter, phones, pacing, one-screen mode, attendance, the facilitator guide."""

    name = "team_sessions"
    verbose_name = _("Teamsessies")

    def ready(self):
        from accounts.privacy import register_personal_data

        from .privacy import erase_participations, export_participations

        register_personal_data("team_sessions", export=export_participations, erase=erase_participations, order=50)
