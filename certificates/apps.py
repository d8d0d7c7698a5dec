from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificaten en bijeenkomsten")

    def ready(self):
        from allauth.account.signals import email_confirmed, user_logged_in, user_signed_up

        from .claims import on_email_confirmed, on_verified_account

        email_confirmed.connect(on_email_confirmed, dispatch_uid="claim_team_certificates_on_confirm")
        user_signed_up.connect(on_verified_account, dispatch_uid="claim_team_certificates_on_signup")
        user_logged_in.connect(on_verified_account, dispatch_uid="claim_team_certificates_on_login")
