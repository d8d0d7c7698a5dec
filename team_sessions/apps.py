from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TeamSessionsConfig(AppConfig):
    """Live team sessions: presenter, phones, pacing, one-screen mode, attendance, the facilitator guide."""

    name = "team_sessions"
    verbose_name = _("Teamsessies")

    def ready(self):
        from allauth.account.signals import email_confirmed, user_logged_in, user_signed_up

        from accounts.privacy import register_personal_data

        from .claims import on_email_confirmed, on_verified_account
        from .privacy import erase_participations, export_participations

        email_confirmed.connect(on_email_confirmed, dispatch_uid="claim_team_certificates_on_confirm")
        user_signed_up.connect(on_verified_account, dispatch_uid="claim_team_certificates_on_signup")
        user_logged_in.connect(on_verified_account, dispatch_uid="claim_team_certificates_on_login")
        register_personal_data("team_sessions", export=export_participations, erase=erase_participations, order=50)
