"""The team sessions' part of a person's data: the seats they had. Deleting an account removes the seats
(names and an address); the sessions keep their counts."""

from accounts.privacy import owned_by, when

from .models import Participant


def export_participations(user):
    return [
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
        for participant in Participant.objects.filter(owned_by(user)).select_related("session")
    ]


def erase_participations(user, now, reason):
    Participant.objects.filter(owned_by(user)).delete()
