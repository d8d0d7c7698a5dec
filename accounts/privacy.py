"""Personal data (AVG/GDPR): what a learner can download about themselves, and deleting an account.

Deleting keeps what the statistics need without the person: quiz attempts stay, anonymised (no user);
certificates are revoked, their PDF deleted and the name removed, so verification says "niet geldig";
future briefing registrations are cancelled first, so the seat goes to the next person waiting.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from certificates.briefings import cancel_registration
from certificates.models import Certificate, Registration
from courses.models import Enrolment, LessonCompletion
from home.models import OutgoingEmail
from quizzes.models import Attempt, Participant

DELETED_NAME = "Verwijderd account"


def export_user_data(user):
    """Everything the platform keeps about this person, as plain data for a JSON download."""

    def when(value):
        return value.isoformat() if value else None

    return {
        "account": {
            "email": user.email,
            "full_name": user.full_name,
            "organisation": user.organisation.name if user.organisation else None,
            "team": user.team.name if user.team else None,
            "date_joined": when(user.date_joined),
            "last_login": when(user.last_login),
            "email_addresses": [
                {"email": address.email, "verified": address.verified, "primary": address.primary}
                for address in user.emailaddress_set.all()
            ],
        },
        "modules": [
            {
                "module": enrolment.course.title,
                "started_at": when(enrolment.started_at),
                "completed_at": when(enrolment.completed_at),
            }
            for enrolment in Enrolment.objects.filter(user=user).select_related("course")
        ],
        "lessons_completed": [
            {"lesson": completion.lesson.title, "completed_at": when(completion.completed_at)}
            for completion in LessonCompletion.objects.filter(user=user).select_related("lesson")
        ],
        "quiz_attempts": [
            {
                "quiz": attempt.quiz.title,
                "number": attempt.number,
                "started_at": when(attempt.started_at),
                "submitted_at": when(attempt.submitted_at),
                "score_percent": float(attempt.score) if attempt.score is not None else None,
                "passed": attempt.passed,
                "answers": [
                    {
                        "question": attempt.questions[answer.position - 1]["prompt"]
                        or attempt.questions[answer.position - 1]["title"],
                        "chosen": [
                            option["text"]
                            for question in [attempt.questions[answer.position - 1]]
                            for option in question["choices"] + [c for s in question["steps"] for c in s["choices"]]
                            if option["key"] in answer.chosen
                        ],
                        "score": float(answer.score) if answer.score is not None else None,
                    }
                    for answer in attempt.answers.all()
                ],
            }
            for attempt in Attempt.objects.filter(user=user).select_related("quiz").prefetch_related("answers")
        ],
        "certificates": [
            {
                "code": certificate.display_code,
                "module": certificate.course_title,
                "name_on_certificate": certificate.full_name,
                "issued_at": when(certificate.issued_at),
                "valid_until": certificate.valid_until.isoformat(),
                "status": str(certificate.status()),
            }
            for certificate in Certificate.objects.filter(learner=user)
        ],
        "team_sessions": [
            {
                "group": participant.session.group_name,
                "module": participant.session.course_title,
                "date": when(participant.session.created_at),
                "name_on_screen": participant.display_name,
                "full_name": participant.full_name,
                "email": participant.email,
                "score": str(participant.score) if participant.score is not None else None,
                "passed": participant.passed,
            }
            for participant in Participant.objects.filter(Q(user=user) | Q(email__iexact=user.email)).select_related(
                "session"
            )
        ],
        "briefing_registrations": [
            {
                "session": registration.session.title,
                "start": when(registration.session.start),
                "status": registration.status,
                "attended": registration.attended,
            }
            for registration in Registration.objects.filter(Q(user=user) | Q(email__iexact=user.email)).select_related(
                "session"
            )
        ],
    }


@transaction.atomic
def delete_account(user, reason="Account verwijderd op verzoek van de deelnemer"):
    now = timezone.now()
    for registration in Registration.objects.filter(
        Q(user=user) | Q(email__iexact=user.email), session__start__gt=now
    ).exclude(status=Registration.Status.CANCELLED):
        cancel_registration(registration)
    Registration.objects.filter(Q(user=user) | Q(email__iexact=user.email)).delete()
    for certificate in Certificate.objects.filter(learner=user):
        if certificate.pdf:
            certificate.pdf.delete(save=False)
        certificate.revoked_at = certificate.revoked_at or now
        certificate.revoked_reason = certificate.revoked_reason or reason
        certificate.full_name = DELETED_NAME
        certificate.email = ""
        certificate.learner = None
        certificate.save()
    Attempt.objects.filter(user=user).update(user=None)
    # Seats in team sessions hold names and an address; the sessions keep their counts.
    Participant.objects.filter(Q(user=user) | Q(email__iexact=user.email)).delete()
    OutgoingEmail.objects.filter(to__iexact=user.email).delete()
    user.delete()


def inactive_accounts(now=None):
    """Learner accounts nobody used for ACCOUNT_RETENTION_DAYS (staff accounts are kept)."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.ACCOUNT_RETENTION_DAYS)
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(is_staff=False, is_superuser=False)
        .filter(Q(last_login__lt=cutoff) | Q(last_login__isnull=True, date_joined__lt=cutoff))
    )
