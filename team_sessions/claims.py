"""Claiming a team-session certificate into an account.

Trust rule (issue 17): a participant types an e-mail address, and typing proves nothing. A certificate
earned without an account is mailed to the typed address with a claim link (a signed token, valid for
CERTIFICATE_CLAIM_DAYS). It joins an account only when

(a) someone logged in to an account whose *verified* address equals the certificate's address (any case)
    follows that link and confirms (logging in or signing up from the link brings them back to it), or
(b) the account itself took part: the participant joined while logged in (certificates.issuing).

Logging in or confirming an address claims nothing by itself. On claiming, the certificate never brings
another person's name into the account: when the name typed at the session differs from the account's full
name, the holder chooses, and by default it is re-issued with the account's full name; it keeps the typed
name only when the holder confirms that name is theirs.

A valid certificate in the account completes its module (`courses.services`); `record_completion` writes the
completion date at the claim, and at the end of a session for someone who joined logged in.
"""

from django.db import transaction
from django.utils.translation import gettext as _

from allauth.account.models import EmailAddress

from certificates.models import Certificate
from courses.services import close_enrolment_if_complete
from home.errors import RuleRefused

from .models import Participant


class ClaimRefused(RuleRefused):
    """The certificate cannot join this account (wrong or unverified address, claimed already)."""


def same_name(a, b):
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def check_claim(user, certificate):
    """Raise ClaimRefused, with a message for the person, unless `user` may claim `certificate` now."""
    if certificate.learner_id is not None:
        if certificate.learner_id == user.pk:
            raise ClaimRefused(_("Dit certificaat staat al in je account."), status=409)
        raise ClaimRefused(_("Dit certificaat staat al in een ander account."), status=409)
    proven = EmailAddress.objects.filter(user=user, verified=True, email__iexact=certificate.email.strip())
    if not proven.exists():
        raise ClaimRefused(
            _(
                "Dit certificaat is naar een ander e-mailadres gestuurd dan dat van je account, of je hebt dat "
                "adres nog niet bevestigd. Log in met het account van het adres waar de e-mail naartoe ging."
            ),
            status=403,
        )


def claim_certificate(user, certificate, keep_typed_name=False):
    """Put `certificate` in `user`'s account, after check_claim. The certificate gets the account's full name
    unless `keep_typed_name` (the holder confirmed the typed name is theirs) or the account has no name; a
    renamed certificate's stored PDF is dropped, so the next download prints the new name."""
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        check_claim(user, locked)
        locked.learner = user
        fields = ["learner"]
        if not keep_typed_name and user.full_name and not same_name(user.full_name, locked.full_name):
            locked.full_name = user.full_name
            fields.append("full_name")
            if locked.pdf:
                locked.pdf.delete(save=False)
                locked.pdf = None
                fields.append("pdf")
        locked.save(update_fields=fields)
        participant = locked.participant
        if participant is not None and participant.user_id is None:
            # One seat per account per session: link the seat only if the account has none there yet.
            if not Participant.objects.filter(session_id=participant.session_id, user=user).exists():
                participant.user = user
                participant.save(update_fields=["user"])
        record_completion(user, locked)
    return locked


def record_completion(user, certificate):
    """A valid certificate in the account completes its module (`courses.services`): record the completion at
    once, as the learner's own pass would, so the reports count her now and not only once she next finishes a
    lesson. It is dated on the certificate's `issued_at` (the day of the session), not the day of the claim;
    reports/migrations/0007 gave certificates claimed before the claim recorded it the same date."""
    if certificate.course_id is not None and certificate.is_valid:
        close_enrolment_if_complete(user, certificate.course, completed_at=certificate.issued_at)
