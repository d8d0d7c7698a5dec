"""The calendar file (.ics) for a registration: an invitation, or its cancellation."""

from datetime import date
from email.utils import parseaddr
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from .models import BriefingSession, Registration

BRIEFING_TZ = ZoneInfo("Europe/Amsterdam")
PRODID = "-//Leren Kijken//Bijeenkomsten//NL"


def registration_uid(registration):
    return f"{registration.token}@lerenkijken"


def _location(session):
    if session.place and session.online_url:
        return f"{session.place} / {session.online_url}"
    return session.place or session.online_url


def _description(session):
    parts = [session.description.strip()] if session.description.strip() else []
    if session.route_notes.strip():
        parts.append(f"Route: {session.route_notes.strip()}")
    if session.online_url:
        parts.append(f"Online deelnemen: {session.online_url}")
    return "\n\n".join(parts)


def registration_ics(registration) -> str:
    """METHOD:REQUEST for a seat (tentative while on the waiting list); METHOD:CANCEL once cancelled.

    The UID stays the same for one registration, so a calendar replaces or removes the earlier entry:
    SEQUENCE is the session's `sequence` (raised at every change of time or place), one more for a
    cancellation, so a cancellation outranks the last change (RFC 5545, 3.8.7.4).
    """
    from icalendar import Calendar, Event, vCalAddress  # Imported where used, not at worker start.

    session = registration.session
    cancelled = (
        registration.status == Registration.Status.CANCELLED or session.status == BriefingSession.Status.CANCELLED
    )
    if cancelled:
        method, status, partstat = "CANCEL", "CANCELLED", "DECLINED"
    elif registration.status == Registration.Status.WAITING:
        method, status, partstat = "REQUEST", "TENTATIVE", "TENTATIVE"
    else:
        method, status, partstat = "REQUEST", "CONFIRMED", "ACCEPTED"

    organizer_name, organizer_email = parseaddr(settings.DEFAULT_FROM_EMAIL)
    organizer = vCalAddress(f"mailto:{organizer_email}")
    organizer.params["CN"] = organizer_name or "Leren Kijken"
    attendee = vCalAddress(f"mailto:{registration.email}")
    attendee.params["CN"] = registration.full_name
    attendee.params["ROLE"] = "REQ-PARTICIPANT"
    attendee.params["PARTSTAT"] = partstat
    attendee.params["RSVP"] = "FALSE"

    start = timezone.localtime(session.start, BRIEFING_TZ)
    end = timezone.localtime(session.end, BRIEFING_TZ)
    event = Event.new(
        uid=registration_uid(registration),
        stamp=timezone.now(),
        start=start,
        end=end,
        summary=session.title,
        description=_description(session) or None,
        location=_location(session) or None,
        organizer=organizer,
        attendees=[attendee],
        status=status,
        sequence=session.sequence + 1 if cancelled else session.sequence,
        url=session.online_url or None,
    )
    calendar = Calendar.new(prodid=PRODID, method=method, subcomponents=[event])
    calendar.add_missing_timezones(first_date=date(start.year - 1, 1, 1), last_date=date(end.year + 2, 1, 1))
    return calendar.to_ical().decode()
