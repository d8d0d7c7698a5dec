"""The coordinator's briefing form in the admin: calling off only through its confirmation page, no way back
from "afgelast", dates read as typed or refused, no second copy of a session, and help that names the labels
the coordinator sees."""

from datetime import timedelta

from django.contrib.auth.models import Permission
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.users.models import UserProfile

import pytest

from accounts.factories import UserFactory
from briefings.factories import BriefingSessionFactory, RegistrationFactory, in_days_at
from briefings.models import BriefingSession, Registration
from briefings.services import BRIEFING_TZ

PLANNED = BriefingSession.Status.PLANNED
CANCELLED = BriefingSession.Status.CANCELLED


@pytest.fixture
def coordinator(db):
    user = UserFactory(full_name="Sanne de Vries", is_staff=True)
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="briefings", codename="add_briefingsession"),
        Permission.objects.get(content_type__app_label="briefings", codename="change_briefingsession"),
    )
    return user


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client


def edit_url(session):
    return reverse("wagtailsnippets_briefings_briefingsession:edit", args=[session.pk])


def add_url():
    return reverse("wagtailsnippets_briefings_briefingsession:add")


def form_data(session=None, **changes):
    """What the edit form posts: its own fields, dates as the browser's date-and-time field sends them."""
    start = timezone.localtime(session.start if session else in_days_at(10, hour=19), BRIEFING_TZ)
    end = timezone.localtime(session.end, BRIEFING_TZ) if session else start + timedelta(hours=2)
    data = {
        "title": session.title if session else "Bijeenkomst Lelystad",
        "description": session.description if session else "Uitleg",
        "start": start.strftime("%Y-%m-%dT%H:%M"),
        "end": end.strftime("%Y-%m-%dT%H:%M"),
        "venue_name": session.venue_name if session else "Stadhuis Lelystad",
        "room": session.room if session else "zaal 2",
        "location": session.location if session else "Stadhuisplein 2, Lelystad",
        "route_notes": "",
        "online_url": session.online_url if session else "",
        "municipality": session.municipality if session else "lelystad",
        "capacity": session.capacity if session else 20,
    }
    return {**data, **changes}


@pytest.mark.django_db
class TestCallingOff:
    def test_the_edit_form_offers_no_status_but_a_way_to_the_confirmation(self, coordinator_client):
        """The form has no status field to pick "afgelast" from; it names the status and links to "Afgelasten"."""
        session = BriefingSessionFactory()
        html = coordinator_client.get(edit_url(session)).content.decode()
        assert 'name="status"' not in html
        assert "Status: gepland" in html
        assert reverse("wagtailsnippets_briefings_briefingsession:cancel", args=[session.pk]) in html

    def test_a_status_posted_to_the_edit_form_is_refused_and_nothing_changes(
        self, coordinator_client, django_capture_on_commit_callbacks
    ):
        """A (tampered) POST with status "afgelast" is a form error: no registration is cancelled, no e-mail,
        and the other changes in that POST are not saved either."""
        session = BriefingSessionFactory(title="Bijeenkomst Lelystad")
        seat = RegistrationFactory(session=session)
        with django_capture_on_commit_callbacks(execute=True):
            response = coordinator_client.post(
                edit_url(session), form_data(session, status=CANCELLED, description="Nieuw")
            )
        assert response.status_code == 200
        assert "De status verander je niet in dit formulier" in response.content.decode()
        session.refresh_from_db()
        assert (session.status, session.description) == (PLANNED, BriefingSessionFactory.description)
        assert Registration.objects.get(pk=seat.pk).status == Registration.Status.CONFIRMED
        assert mail.outbox == []

    def test_a_called_off_session_cannot_be_planned_again(self, coordinator_client):
        """Posting "gepland" for a called-off session is refused with a message; it stays called off and its
        registrations stay cancelled."""
        session = BriefingSessionFactory(status=CANCELLED)
        gone = RegistrationFactory(session=session, status=Registration.Status.CANCELLED)
        response = coordinator_client.post(edit_url(session), form_data(session, status=PLANNED))
        assert response.status_code == 200
        assert "blijft afgelast" in response.content.decode()
        session.refresh_from_db()
        assert session.status == CANCELLED
        assert Registration.objects.get(pk=gone.pk).status == Registration.Status.CANCELLED

    def test_a_called_off_session_says_so_and_other_fields_can_still_be_edited(self, coordinator_client):
        """The form of a called-off session says it cannot be undone and offers no "Afgelasten"; a new
        description is saved, and nobody is e-mailed."""
        session = BriefingSessionFactory(status=CANCELLED)
        RegistrationFactory(session=session, status=Registration.Status.CANCELLED)
        html = coordinator_client.get(edit_url(session)).content.decode()
        assert "Status: afgelast" in html and "niet ongedaan maken" in html
        assert reverse("wagtailsnippets_briefings_briefingsession:cancel", args=[session.pk]) not in html
        response = coordinator_client.post(edit_url(session), form_data(session, description="Verslag"))
        assert response.status_code == 302
        session.refresh_from_db()
        assert (session.status, session.description) == (CANCELLED, "Verslag")
        assert mail.outbox == []

    def test_a_new_session_cannot_be_created_called_off(self, coordinator_client):
        """The add form refuses a posted status "afgelast" and stores nothing."""
        response = coordinator_client.post(add_url(), form_data(status=CANCELLED))
        assert response.status_code == 200
        assert not BriefingSession.objects.exists()

    def test_the_help_names_the_button_as_it_reads_in_english_too(self, coordinator_client, coordinator):
        """The status help quotes the label of the "Afgelasten" button and the status, in either language."""
        session = BriefingSessionFactory()
        profile = UserProfile.get_for_user(coordinator)
        for language in ("nl", "en"):
            profile.preferred_language = language
            profile.save()
            html = coordinator_client.get(edit_url(session)).content.decode()
            with translation.override(language):
                button = str(translation.gettext("Afgelasten"))
                status = str(BriefingSession.Status.PLANNED.label)
            assert f"‘{button}’" in html, language
            assert f": {status}." in html, language


@pytest.mark.django_db
class TestDates:
    def test_an_impossible_date_is_refused_and_kept_as_typed(self, coordinator_client):
        """31-02-2027 is not moved to 3 March: it is refused by name, the box keeps what was typed, and the start
        stays as it was (in the Dutch order and the ISO order alike)."""
        session = BriefingSessionFactory()
        before = session.start
        for typed, shown in [("31-02-2027 10:00", "31-02-2027"), ("2027-02-31T10:00", "2027-02-31")]:
            response = coordinator_client.post(edit_url(session), form_data(session, start=typed))
            html = response.content.decode()
            assert response.status_code == 200, typed
            assert f"{shown} bestaat niet" in html, typed
            assert f'value="{typed}"' in html, typed
            session.refresh_from_db()
            assert session.start == before

    def test_unreadable_text_is_refused_with_the_format_and_kept(self, coordinator_client):
        """ "morgen" is refused with the format, is not replaced by the current time, and nothing is saved."""
        session = BriefingSessionFactory()
        before = session.start
        response = coordinator_client.post(edit_url(session), form_data(session, start="morgen"))
        html = response.content.decode()
        assert response.status_code == 200
        assert "bijvoorbeeld 12-03-2029 19:00" in html and 'value="morgen"' in html
        assert "in het verleden" not in html
        session.refresh_from_db()
        assert session.start == before

    @pytest.mark.parametrize("typed", ["2027-03-05T10:00", "2027-03-05 10:00", "05-03-2027 10:00"])
    def test_a_valid_date_is_saved_as_typed_and_shown_in_the_date_field(self, coordinator_client, typed):
        """What the browser's field sends and what is typed in a plain box are read as 5 March 2027, 10:00
        Amsterdam time, and the form shows it again in the browser's own date-and-time field."""
        session = BriefingSessionFactory()
        response = coordinator_client.post(edit_url(session), form_data(session, start=typed, end="2027-03-05T12:00"))
        assert response.status_code == 302
        session.refresh_from_db()
        assert timezone.localtime(session.start, BRIEFING_TZ).strftime("%Y-%m-%d %H:%M") == "2027-03-05 10:00"
        html = coordinator_client.get(edit_url(session)).content.decode()
        assert 'type="datetime-local"' in html and 'value="2027-03-05T10:00"' in html


@pytest.mark.django_db
class TestDuplicates:
    def test_an_exact_copy_is_refused_naming_the_existing_one(self, coordinator_client):
        """Same title, start and place as a planned session: refused with its title and time; nothing stored."""
        existing = BriefingSessionFactory(
            title="Bijeenkomst Lelystad", venue_name="Stadhuis Lelystad", room="zaal 2", location="Stadhuisplein 2"
        )
        response = coordinator_client.post(add_url(), form_data(existing, title="bijeenkomst lelystad "))
        html = response.content.decode()
        assert response.status_code == 200
        start = timezone.localtime(existing.start, BRIEFING_TZ).strftime("%d-%m-%Y %H:%M")
        assert "Deze bijeenkomst bestaat al" in html and f"Bijeenkomst Lelystad’ op {start}" in html
        assert BriefingSession.objects.count() == 1

    def test_another_time_or_place_or_a_called_off_one_is_no_copy(self, coordinator_client):
        """An hour later, another room, or the same as a called-off session: saved; editing a session is no copy
        of itself."""
        existing = BriefingSessionFactory(title="Bijeenkomst Lelystad", room="zaal 2")
        later = timezone.localtime(existing.start + timedelta(hours=1), BRIEFING_TZ)
        assert coordinator_client.post(add_url(), form_data(existing, room="zaal 3")).status_code == 302
        other_time = form_data(
            existing,
            start=later.strftime("%Y-%m-%dT%H:%M"),
            end=(later + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
        )
        assert coordinator_client.post(add_url(), other_time).status_code == 302
        assert coordinator_client.post(edit_url(existing), form_data(existing, description="Nieuw")).status_code == 302
        BriefingSession.objects.filter(pk=existing.pk).update(status=CANCELLED)
        assert coordinator_client.post(add_url(), form_data(existing)).status_code == 302
        assert BriefingSession.objects.count() == 4


def test_only_a_day_the_month_lacks_is_called_impossible():
    """ "31-02-2027 bestaat niet: die maand heeft geen 31 dagen" is for a missing day; year 0 or month 13 get
    the general format message instead (None here), not a sentence about the month's days."""
    from briefings.forms import impossible_date

    assert impossible_date("31-02-2027 10:00") == ("31-02-2027", 31)
    assert impossible_date("2027-04-31T10:00") == ("2027-04-31", 31)
    assert impossible_date("01-01-0000 10:00") is None
    assert impossible_date("01-13-2027 10:00") is None
    assert impossible_date("28-02-2027 10:00") is None
