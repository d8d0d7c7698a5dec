"""Rules about accounts that other apps ask about."""

from allauth.account.models import EmailAddress


def account_with_verified_email(email):
    """The account that has confirmed this address (compared case-insensitively), or None."""
    address = EmailAddress.objects.filter(email__iexact=email, verified=True).select_related("user").first()
    return address.user if address else None
