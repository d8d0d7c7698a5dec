"""Certificates earned in a team session without an account move into the account that signs up (or
confirms) the same e-mail address. Only a verified address claims: typing someone else's address is not
enough."""

from django.db import transaction

from .models import Certificate


def claim_team_certificates(user, email):
    """Give `user` the unclaimed team-session certificates and participations sent to `email`."""
    from quizzes.models import Participant

    with transaction.atomic():
        claimed = (
            Certificate.objects.filter(learner__isnull=True, revoked_at__isnull=True, email__iexact=email)
            .filter(team_session__isnull=False)
            .update(learner=user)
        )
        Participant.objects.filter(user__isnull=True, email__iexact=email).update(user=user)
    return claimed


def account_with_verified_email(email):
    """The account that has confirmed this address, or None."""
    from allauth.account.models import EmailAddress

    address = EmailAddress.objects.filter(email__iexact=email, verified=True).select_related("user").first()
    return address.user if address else None


def on_verified_account(sender, request, user, **kwargs):
    """On log-in, and on a sign-up that arrives verified (single sign-on): claim for every confirmed
    address, so someone who already had an account finds a team-session certificate there."""
    from allauth.account.models import EmailAddress

    for address in EmailAddress.objects.filter(user=user, verified=True):
        claim_team_certificates(user, address.email)


def on_email_confirmed(sender, request, email_address, **kwargs):
    claim_team_certificates(email_address.user, email_address.email)
