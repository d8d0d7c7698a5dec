"""Issuing certificates. The quiz calls `issue_certificate(attempt)` when an attempt passes."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.services import account_with_verified_email

from .models import Certificate


def add_years(day, years):
    """The same day `years` calendar years later (date); 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def default_valid_until(issued_at):
    """The last day a certificate issued at `issued_at` (aware datetime) is valid: the same local date
    CERTIFICATE_VALIDITY_YEARS calendar years on (issued 29 November 2026, valid until 29 November 2028)."""
    return add_years(timezone.localdate(issued_at), settings.CERTIFICATE_VALIDITY_YEARS)


def audience_on_certificate(user, course):
    """The learner's own team when the module is meant for it, else the module's teams (also without a
    learner: a team-session participant without an account)."""
    if course is None:
        return ""
    audiences = list(course.audiences.all())
    team_id = user.team_id if user is not None else None
    own = next((audience for audience in audiences if audience.pk == team_id), None)
    return own.name if own else ", ".join(audience.name for audience in audiences)


def valid_certificate(learner, course, today=None):
    today = today or timezone.localdate()
    return (
        Certificate.objects.filter(learner=learner, course=course, revoked_at__isnull=True, valid_until__gte=today)
        .order_by("-issued_at")
        .first()
    )


def issue_certificate(attempt):
    """The certificate for a passed attempt: made once, in the caller's transaction.

    Idempotent: the same attempt, or a learner who still holds a valid certificate for the module,
    gets the existing one. After expiry or revocation, passing again gives a new certificate.
    The e-mail with the PDF and the briefing invitation is queued to go after commit.
    """
    if not attempt.passed:
        raise ValueError("Only a passed attempt earns a certificate.")
    existing = Certificate.objects.filter(attempt=attempt).first()
    if existing:
        return existing
    course = attempt.course
    current = valid_certificate(attempt.user, course)
    if current:
        return current
    now = timezone.now()
    user = attempt.user
    try:
        with transaction.atomic():
            certificate = Certificate.objects.create(
                learner=user,
                course=course,
                attempt=attempt,
                full_name=user.full_name or user.email,
                email=user.email,
                course_title=course.title if course else attempt.quiz.title,
                audience_names=audience_on_certificate(user, course),
                issued_at=now,
                valid_until=default_valid_until(now),
            )
    except IntegrityError:
        return Certificate.objects.get(attempt=attempt)
    from .notifications import send_certificate_email

    send_certificate_email(certificate)
    return certificate


def issue_participant_certificate(participant, session):
    """The certificate for someone who passed a team session, made once, in the caller's transaction.

    It belongs to the participant record, and to the account that joined or that has confirmed the same
    e-mail address. Without one, signing up later with that address claims it (team_sessions.claims).
    """
    existing = Certificate.objects.filter(participant=participant).first()
    if existing:
        return existing
    user = participant.user or (account_with_verified_email(participant.email) if participant.email else None)
    if user is not None and participant.user_id is None:
        participant.user = user
        participant.save(update_fields=["user"])
    course = session.course
    if user is not None and valid_certificate(user, course):
        return None  # they hold a valid certificate for this module already
    now = timezone.now()
    certificate = Certificate.objects.create(
        learner=user,
        participant=participant,
        team_session=session,
        course=course,
        full_name=participant.full_name or (user.full_name if user else "") or participant.display_name,
        email=participant.email or (user.email if user else ""),
        course_title=session.course_title,
        audience_names=audience_on_certificate(user, course),
        issued_at=now,
        valid_until=default_valid_until(now),
    )
    from .notifications import send_certificate_email

    send_certificate_email(certificate)
    return certificate
