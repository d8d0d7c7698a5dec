"""Briefing sessions: who gets a seat, who waits, who is told what.

Views, the Wagtail admin and the reminder command call these functions; none of them holds a rule of its own.
Capacity is guarded by locking the session row for the length of a registration or cancellation:
`select_for_update()` on PostgreSQL, and SQLite's IMMEDIATE transactions (see settings) on SQLite,
so two people racing for the last seat are served one after the other.
"""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import Case, Count, Exists, OuterRef, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.emails import canonical_email, validate_plain_email
from home.errors import RuleRefused
from home.links import absolute_url
from home.mail import queue_email

from .calendar import registration_ics
from .models import BriefingSession, Registration

# The sessions take place in Flevoland, whatever time zone the server runs in.
BRIEFING_TZ = ZoneInfo("Europe/Amsterdam")
LIVE = ~Q(status=Registration.Status.CANCELLED)


class BriefingError(RuleRefused):
    """A registration or cancellation that cannot happen."""


def with_counts(queryset):
    """Annotate `confirmed_count` and `waiting_count` in the same query, so a list costs one query."""
    return queryset.annotate(
        confirmed_count=Count("registrations", filter=Q(registrations__status=Registration.Status.CONFIRMED)),
        waiting_count=Count("registrations", filter=Q(registrations__status=Registration.Status.WAITING)),
    )


def upcoming_sessions(user=None, now=None, seats=True, *, team_id=None, organisation=None):
    """Planned sessions that have not started, the user's team and municipality first, then by start.

    `relevance` is 2 for the user's team plus 1 for the user's municipality: a session for both comes first,
    then one for the team (anywhere in Flevoland: what is taught fits the work), then one in the town for
    other teams, then the rest. Each session carries `relevance` and, with `seats` (the default), also
    `confirmed_count` and `waiting_count` and its audiences prefetched. A short list of links (the quiz result)
    passes `seats=False` and needs neither.

    Someone without an account (a team session's participant) has no user: pass the `team_id` and
    `organisation` the session was held for instead. A logged-in `user`'s own team and organisation win.
    """
    now = now or timezone.now()
    sessions = BriefingSession.objects.filter(status=BriefingSession.Status.PLANNED, start__gt=now)
    if user is not None and user.is_authenticated:
        team_id, organisation = user.team_id, user.organisation
    municipality = organisation.municipality if organisation else None
    team_match = (
        Case(
            When(
                Exists(
                    BriefingSession.audiences.through.objects.filter(
                        briefingsession_id=OuterRef("pk"), audience_id=team_id
                    )
                ),
                then=Value(2),
            ),
            default=Value(0),
        )
        if team_id
        else Value(0)
    )
    municipality_match = (
        Case(When(municipality=municipality, then=Value(1)), default=Value(0)) if municipality else Value(0)
    )
    sessions = sessions.annotate(relevance=team_match + municipality_match).order_by("-relevance", "start", "pk")
    return with_counts(sessions).prefetch_related("audiences") if seats else sessions


def upcoming_registrations(user, now=None):
    """The user's seats and waiting-list places for planned sessions that have not ended, soonest first, with
    their session: [Registration]. One query; for the learner's own overview (`/mijn/`)."""
    now = now or timezone.now()
    return list(
        Registration.objects.filter(
            LIVE, user=user, session__status=BriefingSession.Status.PLANNED, session__end__gt=now
        )
        .select_related("session")
        .order_by("session__start", "pk")
    )


def seats_left(session):
    """Free seats now; never below zero, even when the capacity was lowered after people registered."""
    confirmed = Registration.objects.filter(session_id=session.pk, status=Registration.Status.CONFIRMED).count()
    return max(session.capacity - confirmed, 0)


def waiting_position(registration):
    """1 for the first person on the waiting list; None for anyone not waiting."""
    if registration.status != Registration.Status.WAITING:
        return None
    ahead = Registration.objects.filter(
        Q(created_at__lt=registration.created_at) | Q(created_at=registration.created_at, pk__lt=registration.pk),
        session_id=registration.session_id,
        status=Registration.Status.WAITING,
    ).count()
    return ahead + 1


def live_registration(session, email, user=None):
    """The person's registration that still counts (seat or waiting list), if any."""
    match = Q(email__iexact=email)
    if user is not None and user.pk:
        match |= Q(user=user)
    return Registration.objects.filter(match, LIVE, session_id=session.pk).order_by("created_at", "pk").first()


def _lock_session(session):
    return BriefingSession.objects.select_for_update().get(pk=session.pk)


def register(session, user=None, full_name=None, email=None, now=None):
    """A seat while there is one, else a place on the waiting list. Registering twice gives the same registration.

    Raises BriefingError for a cancelled or past session, or a missing name or invalid address.
    """
    # One spelling per address (accounts.emails), so a look-alike finds the same registration.
    email = canonical_email(email or getattr(user, "email", "") or "")
    # An account without a name registers under its address, as certificates do.
    full_name = " ".join((full_name or getattr(user, "full_name", "") or (email if user else "")).split())
    if not full_name:
        raise BriefingError(_("Vul je naam in."))
    if len(full_name) > Registration._meta.get_field("full_name").max_length:
        raise BriefingError(_("Je naam is te lang. Gebruik hoogstens 150 tekens."))
    try:
        validate_email(email)
        validate_plain_email(email)
        if len(email) > Registration._meta.get_field("email").max_length:
            raise ValidationError("too long")
    except ValidationError:
        raise BriefingError(_("Vul een geldig e-mailadres in.")) from None

    with transaction.atomic():
        session = _lock_session(session)
        existing = live_registration(session, email, user)
        if existing:
            return existing
        _check_open(session, now)
        status = Registration.Status.CONFIRMED if seats_left(session) > 0 else Registration.Status.WAITING
        try:
            with transaction.atomic():
                registration = Registration.objects.create(
                    session=session,
                    user=user if user is not None and user.pk else None,
                    full_name=full_name,
                    email=email,
                    status=status,
                )
        except IntegrityError:
            # Only reachable when someone writes registrations without this function's lock.
            existing = live_registration(session, email, user)
            if existing:
                return existing
            raise
        if status == Registration.Status.CONFIRMED:
            send_registration_email(registration, "briefings/email/briefing_confirmed")
        else:
            send_registration_email(registration, "briefings/email/briefing_waiting")
    return registration


def _check_open(session, now=None):
    now = now or timezone.now()
    if session.status == BriefingSession.Status.CANCELLED:
        raise BriefingError(_("Deze bijeenkomst gaat niet door. Kies een andere bijeenkomst."), status=409)
    if session.start <= now:
        raise BriefingError(_("Deze bijeenkomst is al begonnen of geweest. Kies een andere bijeenkomst."), status=409)


def cancel_registration(registration, now=None):
    """Give up a seat or a waiting-list place. A freed seat goes to the first person waiting, who is e-mailed.

    Cancelling twice is harmless. Raises BriefingError once the session has started.
    """
    now = now or timezone.now()
    with transaction.atomic():
        session = _lock_session(registration.session)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        registration.session = session
        if registration.status == Registration.Status.CANCELLED:
            return registration
        if session.start <= now:
            raise BriefingError(_("De bijeenkomst is al begonnen of geweest. Afmelden kan niet meer."), status=409)
        registration.status = Registration.Status.CANCELLED
        registration.save(update_fields=["status", "updated_at"])
        send_registration_email(registration, "briefings/email/briefing_cancelled", by_coordinator=False)
        if session.status == BriefingSession.Status.PLANNED:
            _promote_waiting(session)
    return registration


def _promote_waiting(session):
    """Fill free seats from the waiting list, first come first served. Call with the session locked."""
    free = seats_left(session)
    if free <= 0:
        return []
    waiting = Registration.objects.filter(session_id=session.pk, status=Registration.Status.WAITING).order_by(
        "created_at", "pk"
    )[:free]
    promoted = []
    for registration in waiting:
        registration.session = session
        registration.status = Registration.Status.CONFIRMED
        registration.save(update_fields=["status", "updated_at"])
        send_registration_email(registration, "briefings/email/briefing_promoted")
        promoted.append(registration)
    return promoted


def fill_free_seats(session, now=None):
    """After the capacity went up: give the free seats to the waiting list, first come first served."""
    now = now or timezone.now()
    with transaction.atomic():
        session = _lock_session(session)
        if session.status != BriefingSession.Status.PLANNED or session.start <= now:
            return []
        return _promote_waiting(session)


def cancel_session(session):
    """Call off a session: every live registration is cancelled and each person is e-mailed. Returns how many."""
    with transaction.atomic():
        session = _lock_session(session)
        if session.status != BriefingSession.Status.CANCELLED:
            session.status = BriefingSession.Status.CANCELLED
            session.save(update_fields=["status"])
        live = list(Registration.objects.select_for_update().filter(LIVE, session_id=session.pk).order_by("pk"))
        for registration in live:
            registration.status = Registration.Status.CANCELLED
            registration.attended = None  # a meeting that did not take place counts nobody as there
            registration.save(update_fields=["status", "attended", "updated_at"])
            registration.session = session
            send_registration_email(registration, "briefings/email/briefing_cancelled", by_coordinator=True)
    return len(live)


def changed_fields(before, after):
    """The announced fields (time and place) whose value differs between two versions of a session."""
    return [name for name in BriefingSession.ANNOUNCED_FIELDS if getattr(before, name) != getattr(after, name)]


def announce_change(session, now=None):
    """After the time or place of a planned, future session changed: raise its calendar `sequence` and e-mail
    everyone with a seat the new details and the updated calendar item (same UID). Returns how many.

    The waiting list gets no calendar item, so it is told when a seat comes free, as before."""
    now = now or timezone.now()
    with transaction.atomic():
        session = _lock_session(session)
        if session.status != BriefingSession.Status.PLANNED or session.end <= now:
            return 0
        session.sequence += 1
        session.save(update_fields=["sequence"])
        seated = Registration.objects.filter(session_id=session.pk, status=Registration.Status.CONFIRMED)
        count = 0
        for registration in seated.order_by("pk"):
            registration.session = session
            send_registration_email(registration, "briefings/email/briefing_changed")
            count += 1
    return count


def set_attendance(registration, attended, now=None):
    """Record whether someone came: True, False, or None for not yet known. Raises BriefingError for a value
    other than those, a cancelled registration, and (except None) a session that was called off or has not
    begun: the reports count who came, so nobody is counted for a meeting that did not take place."""
    if attended not in (True, False, None):
        raise BriefingError(_("Kies aanwezig, afwezig of onbekend."))
    if registration.status == Registration.Status.CANCELLED:
        raise BriefingError(_("Deze persoon heeft zich afgemeld. Aanwezigheid kun je hier niet bijhouden."))
    session = registration.session
    if attended is not None and session.status == BriefingSession.Status.CANCELLED:
        raise BriefingError(_("Deze bijeenkomst is afgelast. Aanwezigheid kun je niet bijhouden."))
    if attended is not None and session.start > (now or timezone.now()):
        raise BriefingError(
            _("Deze bijeenkomst is nog niet begonnen. Wie er was, vul je in vanaf het begin van de bijeenkomst.")
        )
    Registration.objects.filter(pk=registration.pk).update(attended=attended, updated_at=timezone.now())
    registration.attended = attended
    return registration


def send_briefing_reminders(now=None):
    """Remind everyone with a seat at a session that starts tomorrow (Amsterdam date), once. Returns how many."""
    now = now or timezone.now()
    tomorrow = timezone.localtime(now, BRIEFING_TZ).date() + timedelta(days=1)
    day_start = datetime.combine(tomorrow, time.min, tzinfo=BRIEFING_TZ)
    day_end = datetime.combine(tomorrow + timedelta(days=1), time.min, tzinfo=BRIEFING_TZ)
    due = (
        Registration.objects.filter(
            status=Registration.Status.CONFIRMED,
            reminder_sent_at__isnull=True,
            session__status=BriefingSession.Status.PLANNED,
            session__start__gte=day_start,
            session__start__lt=day_end,
        )
        .select_related("session")
        .order_by("pk")
    )
    sent = 0
    for registration in due:
        with transaction.atomic():
            # Claim the reminder first, so two runs at once never send it twice.
            claimed = Registration.objects.filter(
                pk=registration.pk, status=Registration.Status.CONFIRMED, reminder_sent_at__isnull=True
            ).update(reminder_sent_at=now)
            if claimed:
                send_registration_email(registration, "briefings/email/briefing_reminder")
                sent += 1
    return sent


def registration_links(registration):
    token = registration.token
    return {
        "detail_url": absolute_url(reverse("briefings:registration_detail", args=[token])),
        "cancel_url": absolute_url(reverse("briefings:registration_cancel", args=[token])),
        "ics_url": absolute_url(reverse("briefings:registration_ics", args=[token])),
        "briefings_url": absolute_url(reverse("briefings:list")),
    }


def send_registration_email(registration, template, **extra):
    """Queue one of the briefing e-mails; all but the waiting-list e-mail carry the calendar file."""
    session = registration.session
    context = {
        "registration": registration,
        "session": session,
        "start": timezone.localtime(session.start, BRIEFING_TZ),
        "end": timezone.localtime(session.end, BRIEFING_TZ),
        "waiting_position": waiting_position(registration),
        **registration_links(registration),
        **extra,
    }
    attachments = []
    if registration.status != Registration.Status.WAITING:
        attachments.append(
            {"filename": "bijeenkomst.ics", "mimetype": "text/calendar", "content": registration_ics(registration)}
        )
    # Dates in the e-mail are Amsterdam time, even when sent from a request in another time zone.
    with timezone.override(BRIEFING_TZ):
        return queue_email(registration.email, template, context, attachments)
