"""Certificates earned in a team session without an account move into the account that signs up (or
confirms) the same e-mail address. Only a verified address claims: typing someone else's address is not
enough."""

from django.db import transaction

from allauth.account.models import EmailAddress

from certificates.models import Certificate

from .models import Participant


def claim_team_certificates(user, email):
    """Give `user` the unclaimed team-session certificates and participations sent to `email`."""
    with transaction.atomic():
        claimed = (
            Certificate.objects.filter(learner__isnull=True, revoked_at__isnull=True, email__iexact=email)
            .filter(team_session__isnull=False)
            .update(learner=user)
        )
        Participant.objects.filter(user__isnull=True, email__iexact=email).update(user=user)
    return claimed


def on_verified_account(sender, request, user, **kwargs):
    """On log-in, and on a sign-up that arrives verified (single sign-on): claim for every confirmed
    address, so someone who already had an account finds a team-session certificate there."""
    for address in EmailAddress.objects.filter(user=user, verified=True):
        claim_team_certificates(user, address.email)


def on_email_confirmed(sender, request, email_address, **kwargs):
    claim_team_certificates(email_address.user, email_address.email)
