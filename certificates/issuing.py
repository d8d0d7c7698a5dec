"""Issuing certificates. The quiz calls `issue_certificate(attempt)` when an attempt passes."""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac

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
    """The team(s) the certificate prints, joined by ", ": the learner's own team when the module is meant for
    it ("Voor het team: Sociaal domein", a personal document says what its holder trained for), else every
    team the module names, in the teams' order ("Voor de teams: Onderwijs, Zorg"); also so without a learner
    (`user` None: a team-session participant without an account). "" without a module or teams."""
    if course is None:
        return ""
    audiences = list(course.audiences.all())
    team_id = user.team_id if user is not None else None
    own = next((audience for audience in audiences if audience.pk == team_id), None)
    return own.name if own else ", ".join(audience.name for audience in audiences)


def _same_name(a, b):
    return " ".join((a or "").split()).casefold() == " ".join((b or "").split()).casefold()


def counts_today(today=None):
    """The certificates that count today (a `Q`): not revoked and not expired. One rule for issuing, the claim
    and the learner's progress (`valid_certificates`)."""
    return Q(revoked_at__isnull=True, valid_until__gte=today or timezone.localdate())


def valid_certificates(learner, courses, today=None):
    """The learner's certificates for these modules that count today (an unordered queryset)."""
    return Certificate.objects.filter(counts_today(today), learner=learner, course__in=courses).order_by()


def valid_certificate(learner, course, today=None):
    """The learner's newest valid certificate for the module, or None."""
    return (
        Certificate.objects.filter(counts_today(today), learner=learner, course=course).order_by("-issued_at").first()
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
    if current and (current.participant_id is None or _same_name(current.full_name, attempt.user.full_name)):
        return current
    # A team-session certificate under another name (kept by the holder's choice, or attached under the old
    # rule) is never handed back as the learner's own: passing themselves earns one in their own name.
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


CLAIM_SALT = "team-certificate-claim"


def _address_tag(email):
    """A keyed hash of an e-mail address (`salted_hmac` with SECRET_KEY, 20 hex digits): the claim link proves
    the address without carrying it. The address itself in the link (base64 is no secret) ended up readable in
    browser histories and web-server logs."""
    return salted_hmac("lk.certificate-claim.address", email.strip().lower()).hexdigest()[:20]


def claim_token(certificate):
    """A signed token for the claim link in a team-session certificate mail: the certificate and a tag of the
    address it was sent to (`_address_tag`). Only someone who can read that mailbox has it."""
    return signing.dumps({"c": certificate.pk, "a": _address_tag(certificate.email)}, salt=CLAIM_SALT)


def certificate_for_claim(token):
    """The unclaimed, unrevoked certificate a claim token names, or None when the token is forged, older than
    CERTIFICATE_CLAIM_DAYS, or the certificate's address changed since. Links mailed before the address was
    replaced by its tag (`"e"`: the address itself) keep working until they expire."""
    try:
        data = signing.loads(token, salt=CLAIM_SALT, max_age=timedelta(days=settings.CERTIFICATE_CLAIM_DAYS))
    except signing.BadSignature:
        return None
    if not isinstance(data, dict):
        return None
    certificate = Certificate.objects.filter(pk=data.get("c"), revoked_at__isnull=True).first()
    if certificate is None:
        return None
    if "a" in data:
        same_address = constant_time_compare(_address_tag(certificate.email), str(data["a"]))
    else:
        same_address = certificate.email.strip().lower() == data.get("e")
    return certificate if same_address else None


def issue_participant_certificate(participant, session):
    """The certificate for someone who passed a team session, made once, in the caller's transaction.

    Trust rule (issue 17): a typed e-mail address proves nothing. The certificate joins an account at once
    only when that account itself took part (the participant joined while logged in); it then carries the
    account's name and address. Otherwise it has no account: it is mailed to the typed address with a claim
    link, and joins an account only when the holder of a verified, equal address follows that link
    (team_sessions.claims). Returns None when the account holds a valid certificate for the module already.
    """
    existing = Certificate.objects.filter(participant=participant).first()
    if existing:
        return existing
    user = participant.user
    course = session.course
    if user is not None and valid_certificate(user, course):
        return None  # they hold a valid certificate for this module already
    now = timezone.now()
    if user is not None:
        full_name = user.full_name or participant.full_name or participant.display_name
        email = user.email
    else:
        full_name = participant.full_name or participant.display_name
        email = participant.email
    certificate = Certificate.objects.create(
        learner=user,
        participant=participant,
        team_session=session,
        course=course,
        full_name=full_name,
        email=email,
        course_title=session.course_title,
        audience_names=audience_on_certificate(user, course),
        issued_at=now,
        valid_until=default_valid_until(now),
    )
    from .notifications import send_certificate_email

    send_certificate_email(certificate)
    return certificate
