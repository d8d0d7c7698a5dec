"""The e-mails about certificates: the certificate with the briefing invitation, and the expiry reminder."""

import json
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from briefings.services import upcoming_sessions
from home.links import absolute_url
from home.mail import queue_email

from .models import Certificate


def _with_register_links(sessions):
    """Each session with the link that opens it, ready to register with one button."""
    sessions = list(sessions)
    for session in sessions:
        session.register_url = absolute_url(reverse("briefings:register", args=[session.pk]))
    return sessions


def _suggested_sessions(certificate):
    """The three briefings that fit the holder best: for an account its team and municipality; for a team
    session's participant without one, the team and organisation the session was held for."""
    if certificate.learner_id is not None:
        return upcoming_sessions(certificate.learner)[:3]
    session = certificate.team_session
    if session is None:
        return upcoming_sessions()[:3]
    return upcoming_sessions(team_id=session.team_id, organisation=session.organisation)[:3]


def send_certificate_email(certificate):
    """Queue the certificate e-mail; the PDF is rendered (once) when the mail goes out."""
    context = {
        "certificate": certificate,
        "download_url": absolute_url(reverse("certificates:download", args=[certificate.code])),
        "verify_url": absolute_url(reverse("certificates:verify", args=[certificate.code])),
        "briefings_url": absolute_url(reverse("briefings:list")),
        "sessions": _with_register_links(_suggested_sessions(certificate)),
        "signup_url": absolute_url(reverse("account_signup")),
        "has_account": certificate.learner_id is not None,
    }
    if certificate.learner_id is None and certificate.team_session_id is not None:
        from .issuing import claim_token

        context["claim_url"] = absolute_url(reverse("team_sessions:claim_certificate", args=[claim_token(certificate)]))
    attachment = {
        "filename": f"certificaat-{certificate.display_code}.pdf",
        "mimetype": "application/pdf",
        "storage": "private",
        "storage_name": f"certificates/{certificate.code}.pdf",
        "prepare": "certificates.pdf.ensure_certificate_pdf",
        "prepare_arg": certificate.code,
    }
    attachments = [attachment]
    if certificate.team_session_id and settings.CREDENTIALS_ENABLED:
        # Without an account there is no dashboard to download it from: the credential comes with the mail.
        from .credentials import credential_jwt, enveloped

        attachments.append(
            {
                "filename": f"certificaat-{certificate.display_code}.json",
                "mimetype": "application/json",
                "content": json.dumps(enveloped(credential_jwt(certificate)), indent=2),
            }
        )
    return queue_email(certificate.email, "certificates/email/certificate", context, attachments)


def send_expiry_reminders(today=None):
    """Tell holders, once, 30 days before their certificate expires, how to renew it."""
    today = today or timezone.localdate()
    horizon = today + timedelta(days=settings.CERTIFICATE_REMINDER_DAYS)
    due = Certificate.objects.filter(
        revoked_at__isnull=True,
        expiry_reminder_sent_at__isnull=True,
        valid_until__gte=today,
        valid_until__lte=horizon,
    ).exclude(email="")
    sent = 0
    for certificate in due:
        with transaction.atomic():
            claimed = Certificate.objects.filter(pk=certificate.pk, expiry_reminder_sent_at__isnull=True).update(
                expiry_reminder_sent_at=timezone.now()
            )
            if not claimed:
                continue
            context = {
                "certificate": certificate,
                "course_url": absolute_url(certificate.course.url) if certificate.course else absolute_url("/modules/"),
            }
            queue_email(certificate.email, "certificates/email/expiry_reminder", context)
            sent += 1
    return sent
