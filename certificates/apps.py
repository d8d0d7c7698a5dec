from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    """Issuing, the certificate PDF, verification, revocation and expiry."""

    name = "certificates"
    verbose_name = _("Certificaten")

    def ready(self):
        from accounts.privacy import register_personal_data

        from .privacy import export_certificates, revoke_certificates

        register_personal_data("certificates", export=export_certificates, erase=revoke_certificates, order=20)
