"""The certificates app's part of a person's data. Deleting an account revokes the certificates and removes
the name and PDF, so the verification page says "niet geldig" instead of showing a deleted person. Revoking
sets the certificate's bit in the published status list, so downloaded credentials show as revoked too."""

from django.conf import settings

from accounts.privacy import DELETED_NAME, when

from .credentials import credential_jwt
from .models import Certificate


def export_certificates(user):
    return [
        {
            "code": certificate.display_code,
            "module": certificate.course_title,
            "name_on_certificate": certificate.full_name,
            "issued_at": when(certificate.issued_at),
            "valid_until": certificate.valid_until.isoformat(),
            "status": str(certificate.status()),
            # The signed credential as issued (docs/credentials.md): a compact VC-JWT.
            "open_badges_credential": credential_jwt(certificate) if settings.CREDENTIALS_ENABLED else None,
        }
        for certificate in Certificate.objects.filter(learner=user)
    ]


def revoke_certificates(user, now, reason):
    for certificate in Certificate.objects.filter(learner=user):
        if certificate.pdf:
            certificate.pdf.delete(save=False)
        certificate.revoked_at = certificate.revoked_at or now
        certificate.revoked_reason = certificate.revoked_reason or reason
        certificate.full_name = DELETED_NAME
        certificate.email = ""
        certificate.learner = None
        certificate.save()
