"""The home app's part of a person's data: queued e-mail to their address, removed last on deletion (after
the other parts may have queued a cancellation)."""

from .models import OutgoingEmail


def erase_outgoing_email(user, now, reason):
    OutgoingEmail.objects.filter(to__iexact=user.email).delete()
