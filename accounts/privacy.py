"""Personal data (AVG/GDPR): what a learner can download about themselves, and deleting an account.

Each app that keeps personal data registers its part here from its `AppConfig.ready()` (see each app's
`privacy.py`), so this module imports no app above it. Deleting keeps what the statistics need without the
person: quiz attempts stay, anonymised; certificates are revoked, their PDF deleted and the name removed, so
verification says "niet geldig"; future briefing registrations are cancelled first, so the seat goes to the
next person waiting; the e-mail queue is cleared last.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

DELETED_NAME = "Verwijderd account"
DEFAULT_REASON = "Account verwijderd op verzoek van de deelnemer"


@dataclass(frozen=True)
class PersonalDataPart:
    """One app's share of a person's data.

    `export(user)` returns JSON-ready data for the download under `key`; `erase(user, now, reason)` removes
    or anonymises it. Parts erase in ascending `order` (ties: registration order).
    """

    key: str
    export: Callable | None = None
    erase: Callable | None = None
    order: int = 50


_parts: dict[str, PersonalDataPart] = {}


def register_personal_data(key, *, export=None, erase=None, order=50):
    """Register (or replace) the part called `key`. Called from an app's `ready()`."""
    _parts[key] = PersonalDataPart(key=key, export=export, erase=erase, order=order)


def registered_parts():
    """The registered parts, in erase order."""
    return sorted(_parts.values(), key=lambda part: part.order)


def when(value):
    """A date or datetime as ISO 8601 text, or None."""
    return value.isoformat() if value else None


def export_account(user):
    return {
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
        # Accounts at a municipality's identity provider linked for single sign-on (deleted with the account).
        "single_sign_on": [
            {"provider": link.provider, "subject": link.uid, "last_login": when(link.last_login)}
            for link in user.socialaccount_set.all()
        ],
    }


def export_user_data(user):
    """Everything the platform keeps about this person, as plain data for a JSON download:
    `{"account": {...}, "<part key>": [...], ...}`."""
    data = {"account": export_account(user)}
    for part in _parts.values():
        if part.export is not None:
            data[part.key] = part.export(user)
    return data


def owned_by(user, user_field="user", email_field="email"):
    """A filter for rows that belong to `user`: linked to the account, or sent to its address."""
    return Q(**{user_field: user}) | Q(**{f"{email_field}__iexact": user.email})


@transaction.atomic
def delete_account(user, reason=DEFAULT_REASON):
    """Erase every registered part, then the account itself."""
    now = timezone.now()
    for part in registered_parts():
        if part.erase is not None:
            part.erase(user, now, reason)
    user.delete()


def inactive_accounts(now=None):
    """Learner accounts nobody used for ACCOUNT_RETENTION_DAYS (staff accounts are kept)."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.ACCOUNT_RETENTION_DAYS)
    return (
        get_user_model()
        .objects.filter(is_staff=False, is_superuser=False)
        .filter(Q(last_login__lt=cutoff) | Q(last_login__isnull=True, date_joined__lt=cutoff))
    )
