"""The briefings app's part of a person's data. Deleting an account first cancels future registrations
(so the seat goes to the next person waiting), then removes every registration."""

from accounts.privacy import owned_by, when

from .models import Registration
from .services import cancel_registration


def export_registrations(user):
    return [
        {
            "session": registration.session.title,
            "start": when(registration.session.start),
            "status": registration.status,
            "attended": registration.attended,
        }
        for registration in Registration.objects.filter(owned_by(user)).select_related("session")
    ]


def erase_registrations(user, now, reason):
    future = Registration.objects.filter(owned_by(user), session__start__gt=now).exclude(
        status=Registration.Status.CANCELLED
    )
    for registration in future:
        cancel_registration(registration)
    Registration.objects.filter(owned_by(user)).delete()
