import csv
import threading
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import dateformat, timezone, translation

import pytest
from icalendar import Calendar

from accounts.factories import OrganisationFactory, UserFactory
from briefings import services as briefings
from briefings.calendar import registration_ics
from briefings.factories import BriefingSessionFactory, RegistrationFactory, in_days_at
from briefings.models import BriefingSession, Registration
from briefings.services import BRIEFING_TZ, BriefingError

CONFIRMED = Registration.Status.CONFIRMED
WAITING = Registration.Status.WAITING
CANCELLED = Registration.Status.CANCELLED


def dutch_date(value, fmt="j F Y"):
    with translation.override("nl"):
        return dateformat.format(timezone.localtime(value, BRIEFING_TZ), fmt)


def outgoing(to):
    return [message for message in mail.outbox if message.to == [to]]


@pytest.fixture
def session(db):
    return BriefingSessionFactory(title="Bijeenkomst Lelystad", capacity=2)


@pytest.fixture
def coordinator(db):
    user = UserFactory(full_name="Sanne de Vries", is_staff=True)
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="briefings", codename="change_briefingsession"),
    )
    return user


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client


@pytest.mark.django_db
class TestUpcomingSessions:
    def test_team_and_municipality_first_then_by_start(self, learner, audiences):
        """Sessions for both the learner's team and municipality come first, then either, then the rest by start."""
        elsewhere = BriefingSessionFactory(municipality="almere", start=in_days_at(3))
        both = BriefingSessionFactory(municipality="lelystad", audiences=[audiences.social], start=in_days_at(20))
        own_town = BriefingSessionFactory(municipality="lelystad", start=in_days_at(10))
        own_team = BriefingSessionFactory(municipality="almere", audiences=[audiences.social], start=in_days_at(5))
        BriefingSessionFactory(status=BriefingSession.Status.CANCELLED)
        BriefingSessionFactory(start=timezone.now() - timedelta(hours=1))

        assert list(briefings.upcoming_sessions(learner)) == [both, own_team, own_town, elsewhere]
        assert list(briefings.upcoming_sessions(learner, seats=False)) == [both, own_team, own_town, elsewhere]

    def test_a_teacher_sees_sessions_for_teachers_before_a_social_domain_session_in_her_town(self, audiences):
        """A teacher in Lelystad gets the education sessions elsewhere before a social-domain one in Lelystad."""
        from accounts.factories import OrganisationFactory, UserFactory

        school = OrganisationFactory(name="Scholengroep Lelystad", municipality="lelystad")
        teacher = UserFactory(team=audiences.school, organisation=school)
        social_here = BriefingSessionFactory(municipality="lelystad", audiences=[audiences.social], start=in_days_at(2))
        teachers_elsewhere = BriefingSessionFactory(
            municipality="dronten", audiences=[audiences.school], start=in_days_at(30)
        )
        for_everyone = BriefingSessionFactory(
            municipality="flevoland", audiences=[audiences.school, audiences.social], start=in_days_at(20)
        )
        assert list(briefings.upcoming_sessions(teacher)) == [for_everyone, teachers_elsewhere, social_here]

    def test_a_boa_sees_enforcement_in_his_town_first(self, audiences):
        """A BOA in Almere: enforcement in Almere, then enforcement elsewhere, then Almere, then the rest."""
        from accounts.factories import AudienceFactory, OrganisationFactory, UserFactory

        enforcement = AudienceFactory(name="Handhaving", slug="handhaving")
        boa = UserFactory(
            team=enforcement, organisation=OrganisationFactory(name="Gemeente Almere", municipality="almere")
        )
        rest = BriefingSessionFactory(municipality="dronten", audiences=[audiences.school], start=in_days_at(1))
        almere = BriefingSessionFactory(municipality="almere", audiences=[audiences.social], start=in_days_at(2))
        enforcement_urk = BriefingSessionFactory(municipality="urk", audiences=[enforcement], start=in_days_at(3))
        enforcement_almere = BriefingSessionFactory(municipality="almere", audiences=[enforcement], start=in_days_at(9))
        assert list(briefings.upcoming_sessions(boa)) == [enforcement_almere, enforcement_urk, almere, rest]

    def test_a_care_worker_in_almere_sees_care_sessions_first_then_almere_then_the_rest(
        self, home_page, client, audiences
    ):
        """What the list's lead promises ("voor jouw team en jouw gemeente staan bovenaan"), in the tester's case:
        team Zorg from Almere gets the care sessions anywhere first (each labelled), then Almere, then the rest,
        each group by start; a session without teams matches no team."""
        from accounts.factories import AudienceFactory

        care = AudienceFactory(name="Zorg", slug="zorg")
        nurse = UserFactory(team=care, organisation=OrganisationFactory(name="Zorggroep Almere", municipality="almere"))
        rest = BriefingSessionFactory(title="Onderwijs Dronten", municipality="dronten", start=in_days_at(1))
        no_team = BriefingSessionFactory(title="Zonder team Lelystad", municipality="lelystad", start=in_days_at(2))
        almere = BriefingSessionFactory(
            title="Sociaal domein Almere", municipality="almere", audiences=[audiences.social], start=in_days_at(3)
        )
        care_elsewhere = BriefingSessionFactory(
            title="Zorg Zeewolde", municipality="zeewolde", audiences=[care], start=in_days_at(38)
        )
        care_almere = BriefingSessionFactory(
            title="Zorg Almere", municipality="almere", audiences=[care], start=in_days_at(40)
        )

        assert list(briefings.upcoming_sessions(nurse)) == [care_almere, care_elsewhere, almere, rest, no_team]
        client.force_login(nurse)
        html = client.get(reverse("briefings:list")).content.decode()
        cards = html.split('<article class="lk-card"')[1:]
        labelled = ["Past bij jouw team of gemeente" in card for card in cards]
        assert [card.split('lang="nl">', 1)[1].split("<", 1)[0] for card in cards] == [
            "Zorg Almere",
            "Zorg Zeewolde",
            "Sociaal domein Almere",
            "Onderwijs Dronten",
            "Zonder team Lelystad",
        ]
        assert labelled == [True, True, True, False, False]

    def test_without_a_user_sessions_are_by_start(self, audiences):
        """Without a user the planned future sessions come in order of start."""
        later = BriefingSessionFactory(start=in_days_at(9))
        sooner = BriefingSessionFactory(start=in_days_at(2))

        assert list(briefings.upcoming_sessions()) == [sooner, later]

    def test_counts_come_with_the_list(self, session, django_assert_num_queries):
        """The list carries confirmed and waiting counts without a query per session."""
        RegistrationFactory.create_batch(2, session=session)
        RegistrationFactory(session=session, status=WAITING)
        BriefingSessionFactory()

        with django_assert_num_queries(2):  # the sessions, and their teams
            counted = {s.pk: (s.confirmed_count, s.waiting_count) for s in briefings.upcoming_sessions()}

        assert counted[session.pk] == (2, 1)


@pytest.mark.django_db
class TestRegister:
    def test_confirmed_while_seats_left_then_waiting_list(self, session, django_capture_on_commit_callbacks):
        """People get a seat while there is one; after that they go on the waiting list."""
        with django_capture_on_commit_callbacks(execute=True):
            first = briefings.register(session, full_name="Anna Bakker", email="anna@example.org")
            second = briefings.register(session, full_name="Bram de Boer", email="bram@example.org")
            third = briefings.register(session, full_name="Chris Visser", email="chris@example.org")

        assert [first.status, second.status, third.status] == [CONFIRMED, CONFIRMED, WAITING]
        assert briefings.seats_left(session) == 0
        assert briefings.waiting_position(third) == 1

    def test_user_details_are_used(self, session, learner):
        """A signed-in learner registers with the name and e-mail address of their account."""
        registration = briefings.register(session, user=learner)

        assert (registration.user, registration.full_name, registration.email) == (
            learner,
            learner.full_name,
            learner.email,
        )

    def test_registering_twice_gives_the_same_registration(self, session, learner):
        """A second registration by the same person returns the first one; there is only one."""
        first = briefings.register(session, user=learner)
        again = briefings.register(session, full_name="Wie dan ook", email=learner.email.upper())

        assert again.pk == first.pk
        assert Registration.objects.filter(session=session).count() == 1

    def test_cancelled_session_is_refused(self, session):
        """A cancelled session takes no registrations, with a Dutch message."""
        session.status = BriefingSession.Status.CANCELLED
        session.save()

        with pytest.raises(BriefingError, match="gaat niet door") as error:
            briefings.register(session, full_name="Anna Bakker", email="anna@example.org")

        assert error.value.status == 409
        assert not Registration.objects.exists()

    def test_past_session_is_refused(self):
        """A session that has started takes no registrations."""
        past = BriefingSessionFactory(start=timezone.now() - timedelta(hours=1))

        with pytest.raises(BriefingError, match="al begonnen of geweest"):
            briefings.register(past, full_name="Anna Bakker", email="anna@example.org")

        assert not Registration.objects.exists()

    @pytest.mark.parametrize(
        ("full_name", "email", "message"),
        [("", "anna@example.org", "Vul je naam in"), ("Anna", "geen-adres", "geldig e-mailadres")],
    )
    def test_bad_input_is_refused(self, session, full_name, email, message):
        """A missing name or an invalid e-mail address is refused with a Dutch message and stores nothing."""
        with pytest.raises(BriefingError, match=message) as error:
            briefings.register(session, full_name=full_name, email=email)

        assert error.value.status == 400
        assert not Registration.objects.exists()


@pytest.mark.django_db(transaction=True)
class TestLastSeatRace:
    def test_two_people_racing_for_the_last_seat(self, monkeypatch):
        """Two people registering at the same moment for the last seat: one gets it, the other waits."""
        session = BriefingSessionFactory(capacity=2)
        RegistrationFactory(session=session)
        people = [UserFactory(full_name="Eerste Persoon"), UserFactory(full_name="Tweede Persoon")]
        both_ready = threading.Barrier(2)
        real_seats_left = briefings.seats_left

        def slow_seats_left(session):
            # Widen the gap between counting and writing, where a race without the lock would slip in.
            seats = real_seats_left(session)
            threading.Event().wait(0.2)
            return seats

        monkeypatch.setattr(briefings, "seats_left", slow_seats_left)
        results, errors = [], []

        def register(user):
            try:
                both_ready.wait()
                results.append(briefings.register(session, user=user).status)
            except Exception as error:  # noqa: BLE001 - reported by the assert below
                errors.append(error)
            finally:
                connection.close()

        threads = [threading.Thread(target=register, args=(user,)) for user in people]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        assert errors == []
        assert sorted(results) == [CONFIRMED, WAITING]
        statuses = Registration.objects.filter(user__in=people).values_list("status", flat=True)
        assert sorted(statuses) == [CONFIRMED, WAITING]
        assert Registration.objects.filter(session=session, status=CONFIRMED).count() == 2


@pytest.mark.django_db
class TestCancel:
    def test_cancel_frees_the_seat_for_the_first_waiting(self, session, django_capture_on_commit_callbacks):
        """Cancelling a seat gives it to the first person on the waiting list, who is e-mailed with the .ics."""
        seat = RegistrationFactory(session=session, email="anna@example.org")
        RegistrationFactory(session=session)
        first_waiting = RegistrationFactory(session=session, status=WAITING, email="bram@example.org")
        second_waiting = RegistrationFactory(session=session, status=WAITING, email="chris@example.org")

        with django_capture_on_commit_callbacks(execute=True):
            briefings.cancel_registration(seat)

        seat.refresh_from_db()
        first_waiting.refresh_from_db()
        second_waiting.refresh_from_db()
        assert (seat.status, first_waiting.status, second_waiting.status) == (CANCELLED, CONFIRMED, WAITING)
        [promoted] = outgoing("bram@example.org")
        assert "Er is een plek vrijgekomen" in promoted.subject
        assert "er is een plek vrijgekomen" in promoted.body
        assert promoted.attachments[0][0].endswith(".ics")
        assert "METHOD:REQUEST" in promoted.attachments[0][1]
        [cancelled] = outgoing("anna@example.org")
        assert "Je bent afgemeld" in cancelled.subject
        assert "METHOD:CANCEL" in cancelled.attachments[0][1]
        assert outgoing("chris@example.org") == []

    def test_cancelling_a_waiting_place_promotes_nobody(self, session):
        """Leaving the waiting list frees no seat, so nobody moves up."""
        RegistrationFactory.create_batch(2, session=session)
        leaving = RegistrationFactory(session=session, status=WAITING)
        staying = RegistrationFactory(session=session, status=WAITING)

        briefings.cancel_registration(leaving)

        staying.refresh_from_db()
        assert staying.status == WAITING

    def test_cancelling_twice_is_harmless(self, session):
        """A second cancellation changes nothing and promotes nobody twice."""
        seat, _ = RegistrationFactory.create_batch(2, session=session)
        waiting = RegistrationFactory.create_batch(2, session=session, status=WAITING)

        briefings.cancel_registration(seat)
        briefings.cancel_registration(seat)

        assert [Registration.objects.get(pk=r.pk).status for r in waiting] == [CONFIRMED, WAITING]

    def test_cancelling_twice_sends_one_email(self, session, django_capture_on_commit_callbacks):
        """A second cancellation (a double click, the link in an old e-mail) does not e-mail the person again."""
        seat = RegistrationFactory(session=session, email="anna@example.org")

        with django_capture_on_commit_callbacks(execute=True):
            briefings.cancel_registration(seat)
            briefings.cancel_registration(seat)

        assert len(outgoing("anna@example.org")) == 1

    def test_after_the_start_cancelling_is_refused(self):
        """Once the session has started, cancelling is refused and nothing changes."""
        registration = RegistrationFactory(session=BriefingSessionFactory(start=timezone.now() - timedelta(hours=1)))

        with pytest.raises(BriefingError, match="Afmelden kan niet meer"):
            briefings.cancel_registration(registration)

        registration.refresh_from_db()
        assert registration.status == CONFIRMED

    def test_cancel_session_cancels_and_emails_everyone(self, session, django_capture_on_commit_callbacks):
        """Calling a session off cancels every live registration and e-mails each person once."""
        seat = RegistrationFactory(session=session, email="anna@example.org")
        waiting = RegistrationFactory(session=session, status=WAITING, email="bram@example.org")
        RegistrationFactory(session=session, status=CANCELLED, email="chris@example.org")

        with django_capture_on_commit_callbacks(execute=True):
            informed = briefings.cancel_session(session)

        session.refresh_from_db()
        assert informed == 2
        assert session.status == BriefingSession.Status.CANCELLED
        assert set(Registration.objects.filter(session=session).values_list("status", flat=True)) == {CANCELLED}
        assert sorted(m.to[0] for m in mail.outbox) == [seat.email, waiting.email]
        for message in mail.outbox:
            assert message.subject == f"Gaat niet door: Bijeenkomst Lelystad op {dutch_date(session.start, 'j F')}"
            assert "Helaas gaat deze bijeenkomst niet door" in message.body
            assert "METHOD:CANCEL" in message.attachments[0][1]

    def test_set_attendance(self, session):
        """Attendance is stored as yes, no or unknown, from the start of the session on."""
        registration = RegistrationFactory(session=session)
        with pytest.raises(BriefingError, match="nog niet begonnen"):
            briefings.set_attendance(registration, True)
        assert Registration.objects.get(pk=registration.pk).attended is None

        briefings.set_attendance(registration, True, now=session.start)
        assert Registration.objects.get(pk=registration.pk).attended is True
        briefings.set_attendance(registration, None)
        assert Registration.objects.get(pk=registration.pk).attended is None

    def test_a_called_off_session_counts_nobody_as_there(self, session):
        """Calling a session off clears what was recorded, and nothing can be recorded afterwards; the reach
        report's "Bij een bijeenkomst geweest" does not count it."""
        from reports.access import Scope
        from reports.figures import reach

        came = RegistrationFactory(session=session, user=UserFactory())
        BriefingSession.objects.filter(pk=session.pk).update(start=timezone.now() - timedelta(hours=2))
        session.refresh_from_db()
        briefings.set_attendance(came, True)
        assert sum(row.briefing_attended for row in reach(Scope())) == 1
        briefings.cancel_session(session)
        assert Registration.objects.get(pk=came.pk).attended is None
        assert sum(row.briefing_attended for row in reach(Scope())) == 0
        came.refresh_from_db()
        with pytest.raises(BriefingError):
            briefings.set_attendance(came, True)
        Registration.objects.filter(pk=came.pk).update(attended=True)  # recorded before this rule existed
        assert sum(row.briefing_attended for row in reach(Scope())) == 0


@pytest.mark.django_db
class TestCalendar:
    def test_ics_is_a_request_with_uid_stamp_and_amsterdam_time(self, session):
        """The calendar file parses back, asks to add the event, and gives the times in Europe/Amsterdam."""
        registration = RegistrationFactory(session=session, full_name="Łukasz Żółć", email="lukasz@example.org")

        calendar = Calendar.from_ical(registration_ics(registration))

        assert calendar["METHOD"] == "REQUEST"
        assert str(calendar["VERSION"]) == "2.0"
        assert calendar["PRODID"]
        assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
        [event] = calendar.events
        assert event["UID"] == f"{registration.token}@lerenkijken"
        assert "DTSTAMP" in event
        assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"
        assert event["DTEND"].params["TZID"] == "Europe/Amsterdam"
        assert event.decoded("DTSTART") == session.start
        assert event.decoded("DTSTART").strftime("%H:%M") == "10:00"
        assert event.decoded("DTEND") == session.end
        assert event["SUMMARY"] == "Bijeenkomst Lelystad"
        assert event["LOCATION"] == "Stadhuis Lelystad"
        assert event["DESCRIPTION"] == session.description
        assert event["STATUS"] == "CONFIRMED"
        assert str(event["ORGANIZER"]) == "mailto:noreply@lerenkijken.nl"
        assert str(event["ATTENDEE"]) == "mailto:lukasz@example.org"
        assert event["ATTENDEE"].params["CN"] == "Łukasz Żółć"

    def test_online_session_has_the_link_as_location(self):
        """An online session puts its link where the address would be."""
        online = BriefingSessionFactory(location="", online_url="https://example.org/online")
        registration = RegistrationFactory(session=online)

        [event] = Calendar.from_ical(registration_ics(registration)).events

        assert event["LOCATION"] == "https://example.org/online"

    def test_cancelled_registration_gives_a_cancel(self, session):
        """A cancelled registration gives METHOD:CANCEL with STATUS:CANCELLED for the same UID."""
        registration = RegistrationFactory(session=session, status=CANCELLED)

        calendar = Calendar.from_ical(registration_ics(registration))

        assert calendar["METHOD"] == "CANCEL"
        [event] = calendar.events
        assert event["STATUS"] == "CANCELLED"
        assert event["UID"] == f"{registration.token}@lerenkijken"


@pytest.mark.django_db
class TestEmails:
    def test_confirmation_email(self, session, learner, django_capture_on_commit_callbacks):
        """A seat is confirmed by e-mail with date, time, place, an absolute cancel link and the .ics."""
        with django_capture_on_commit_callbacks(execute=True):
            registration = briefings.register(session, user=learner)

        [message] = mail.outbox
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        cancel_url = base + reverse("briefings:registration_cancel", args=[registration.token])
        assert message.to == [learner.email]
        assert message.subject == f"Je bent aangemeld: Bijeenkomst Lelystad op {dutch_date(session.start, 'j F')}"
        html = message.alternatives[0][0]
        for body in (message.body, html):
            assert f"Beste {learner.full_name}" in body
            assert dutch_date(session.start, "l j F Y") in body
            assert "10:00 tot 12:00 uur" in body
            assert "Stadhuis Lelystad" in body
            assert cancel_url in body
        [(filename, content, mimetype)] = message.attachments
        assert (filename, mimetype) == ("bijeenkomst.ics", "text/calendar")
        assert f"UID:{registration.token}@lerenkijken" in content

    def test_waiting_list_email(self, session, django_capture_on_commit_callbacks):
        """A place on the waiting list is e-mailed with the position and no calendar file."""
        RegistrationFactory.create_batch(2, session=session)

        with django_capture_on_commit_callbacks(execute=True):
            briefings.register(session, full_name="Anna Bakker", email="anna@example.org")

        [message] = mail.outbox
        assert message.subject.startswith("Je staat op de wachtlijst: Bijeenkomst Lelystad")
        assert "Je staat op de wachtlijst, op plaats 1." in message.body
        assert dutch_date(session.start, "l j F Y") in message.body
        assert "/bijeenkomsten/afmelden/" in message.body
        assert message.attachments == []

    def test_names_are_not_html_escaped_in_the_text_email(self, session, django_capture_on_commit_callbacks):
        """The plain-text e-mail shows a name like O'Brien as typed."""
        with django_capture_on_commit_callbacks(execute=True):
            briefings.register(session, full_name="Siobhan O'Brien", email="siobhan@example.org")

        assert "Beste Siobhan O'Brien," in mail.outbox[0].body

    def test_online_link_in_the_confirmation(self, django_capture_on_commit_callbacks):
        """The confirmation of an online session gives the link to join."""
        online = BriefingSessionFactory(location="", online_url="https://example.org/online")

        with django_capture_on_commit_callbacks(execute=True):
            briefings.register(online, full_name="Anna Bakker", email="anna@example.org")

        assert "Online deelnemen: https://example.org/online" in mail.outbox[0].body


@pytest.mark.django_db
class TestReminders:
    def test_reminder_once_for_tomorrows_sessions(self, django_capture_on_commit_callbacks):
        """Confirmed people of tomorrow's planned sessions get one reminder with the .ics; nobody else."""
        tomorrow = BriefingSessionFactory(title="Morgen in Lelystad", start=in_days_at(1, 9, 30))
        seat = RegistrationFactory(session=tomorrow, email="anna@example.org")
        RegistrationFactory(session=tomorrow, status=WAITING, email="bram@example.org")
        RegistrationFactory(session=tomorrow, status=CANCELLED, email="chris@example.org")
        RegistrationFactory(session=BriefingSessionFactory(start=in_days_at(2)), email="dirk@example.org")
        called_off = BriefingSessionFactory(start=in_days_at(1), status=BriefingSession.Status.CANCELLED)
        RegistrationFactory(session=called_off, email="eva@example.org")

        with django_capture_on_commit_callbacks(execute=True):
            assert briefings.send_briefing_reminders() == 1
            assert briefings.send_briefing_reminders() == 0

        [message] = mail.outbox
        assert message.to == ["anna@example.org"]
        assert message.subject == "Morgen: Morgen in Lelystad om 09:30 uur"
        assert dutch_date(tomorrow.start, "l j F Y") in message.body
        assert "/bijeenkomsten/afmelden/" in message.body
        assert "METHOD:REQUEST" in message.attachments[0][1]
        seat.refresh_from_db()
        assert seat.reminder_sent_at is not None

    def test_tomorrow_is_the_amsterdam_date(self):
        """Just after midnight in Amsterdam, when UTC is still on the day before, 'tomorrow' is Amsterdam's."""
        session = BriefingSessionFactory(start=in_days_at(1, 9, 0))
        RegistrationFactory(session=session)
        just_after_midnight = in_days_at(0, 0, 30)

        assert briefings.send_briefing_reminders(now=just_after_midnight) == 1

    def test_management_command(self, capsys):
        """`manage.py send_briefing_reminders` sends the reminders and says how many."""
        RegistrationFactory(session=BriefingSessionFactory(start=in_days_at(1)))

        call_command("send_briefing_reminders")

        assert "1 briefing reminders queued" in capsys.readouterr().out


@pytest.mark.django_db
class TestViews:
    def test_list_shows_sessions_seats_and_own_registrations(self, home_page, learner_client, learner, session):
        """The list shows each session with seats left or the waiting list, and the learner's own registrations."""
        full = BriefingSessionFactory(title="Volle bijeenkomst", capacity=1)
        RegistrationFactory(session=full)
        mine = RegistrationFactory(session=BriefingSessionFactory(title="Mijn bijeenkomst"), email=learner.email)

        response = learner_client.get(reverse("briefings:list"))

        html = response.content.decode()
        assert response.status_code == 200
        assert "Bijeenkomst Lelystad" in html
        assert "Nog 2 plaatsen vrij" in html
        assert "Vol: je kunt op de wachtlijst" in html
        # The button on a full session is an action, not a status.
        assert ">Zet me op de wachtlijst</button>" in html and ">Op de wachtlijst<" not in html
        assert "Jouw aanmeldingen" in html
        assert reverse("briefings:registration_detail", args=[mine.token]) in html

    def test_list_needs_login(self, home_page, client):
        """Signed-out visitors are sent to the login page."""
        response = client.get(reverse("briefings:list"))

        assert response.status_code == 302
        assert reverse("account_login") in response["Location"]

    def test_list_query_count_does_not_grow(self, home_page, learner_client, django_assert_max_num_queries):
        """The list needs the same number of queries for 2 or 12 sessions."""
        for _ in range(12):
            RegistrationFactory(session=BriefingSessionFactory())

        with django_assert_max_num_queries(12):
            assert learner_client.get(reverse("briefings:list")).status_code == 200

    def test_register_and_see_the_confirmation(
        self, home_page, learner_client, learner, session, django_capture_on_commit_callbacks
    ):
        """Registering leads to a confirmation page with the status and the calendar link, and sends an e-mail;
        the page says an e-mail is coming only right after registering, not on every later visit."""
        with django_capture_on_commit_callbacks(execute=True):
            response = learner_client.post(reverse("briefings:register", args=[session.pk]))

        registration = Registration.objects.get(session=session, user=learner)
        detail_url = reverse("briefings:registration_detail", args=[registration.token])
        assert response.status_code == 302
        assert response["Location"] == detail_url
        html = learner_client.get(detail_url).content.decode()
        assert "Je bent aangemeld." in html
        assert html.count("Je krijgt een bevestiging per e-mail, met de afspraak voor je agenda.") == 1
        assert reverse("briefings:registration_ics", args=[registration.token]) in html
        assert len(outgoing(learner.email)) == 1
        # Back on the page later (from Mijn leeromgeving): registered, without the promise of an e-mail to come.
        html = learner_client.get(detail_url).content.decode()
        assert "Je bent aangemeld." in html and "Je krijgt een bevestiging" not in html

    def test_after_cancelling_the_page_says_you_cancelled(self, home_page, learner_client, learner, session):
        """After "Afmelden" the registration's page says in plain Dutch that you cancelled, not the stilted
        "Deze aanmelding is afgemeld"."""
        learner_client.post(reverse("briefings:register", args=[session.pk]))
        registration = Registration.objects.get(session=session, user=learner)
        learner_client.post(reverse("briefings:registration_cancel", args=[registration.token]))
        assert Registration.objects.get(pk=registration.pk).status == CANCELLED
        html = learner_client.get(reverse("briefings:registration_detail", args=[registration.token])).content.decode()
        assert "Je hebt je afgemeld voor deze bijeenkomst." in html and "aanmelding is afgemeld" not in html

    def test_double_click_registers_once(self, home_page, learner_client, learner, session):
        """Two POSTs in a row give one registration and the same confirmation page."""
        url = reverse("briefings:register", args=[session.pk])

        first = learner_client.post(url)
        second = learner_client.post(url)

        assert first["Location"] == second["Location"]
        assert Registration.objects.filter(session=session).count() == 1

    def test_register_for_a_full_session_puts_you_on_the_waiting_list(self, home_page, learner_client, session):
        """When the session is full the confirmation page says so and gives the position."""
        RegistrationFactory.create_batch(2, session=session)

        response = learner_client.post(reverse("briefings:register", args=[session.pk]), follow=True)

        assert "Je staat op de wachtlijst, op plaats 1" in response.content.decode()

    def test_register_for_a_cancelled_session_is_refused(self, home_page, learner_client, session):
        """A cancelled session gives a 409 with a Dutch message and no registration."""
        session.status = BriefingSession.Status.CANCELLED
        session.save()

        response = learner_client.post(reverse("briefings:register", args=[session.pk]))

        assert response.status_code == 409
        assert "Deze bijeenkomst gaat niet door" in response.content.decode()
        assert not Registration.objects.exists()

    def test_register_for_an_unknown_session_is_404(self, home_page, learner_client):
        """An unknown session id gives 404."""
        assert learner_client.post(reverse("briefings:register", args=[999999])).status_code == 404

    def test_the_link_in_the_email_shows_the_session_and_asks_to_confirm(self, home_page, learner_client, session):
        """A GET (the invitation e-mail's link) shows the session and a button; only the POST registers."""
        url = reverse("briefings:register", args=[session.pk])
        response = learner_client.get(url)
        html = response.content.decode()
        assert response.status_code == 200 and session.title in html and "Ja, meld mij aan" in html
        assert not Registration.objects.exists()
        response = learner_client.post(url)
        assert response.status_code == 302 and Registration.objects.get().session == session

    def test_the_link_to_a_cancelled_session_says_so(self, home_page, learner_client, session):
        """A session that no longer takes registrations is explained, with the other sessions."""
        BriefingSession.objects.filter(pk=session.pk).update(status=BriefingSession.Status.CANCELLED)
        response = learner_client.get(reverse("briefings:register", args=[session.pk]))
        assert response.status_code == 410 and "niet (meer) aanmelden" in response.content.decode()

    def test_a_registration_of_a_called_off_session_says_the_session_is_off(
        self, home_page, client, session, django_capture_on_commit_callbacks
    ):
        """The e-mailed link of a registration the coordinator called off says so, not "afgemeld", and no route."""
        registration = RegistrationFactory(session=session)
        BriefingSession.objects.filter(pk=session.pk).update(route_notes="Ingang aan de achterkant")
        session.refresh_from_db()
        with django_capture_on_commit_callbacks(execute=True):
            briefings.cancel_session(session)
        html = client.get(reverse("briefings:registration_detail", args=[registration.token])).content.decode()
        assert "de coördinator heeft hem afgelast" in html
        assert "Je hebt je afgemeld" not in html and "Ingang aan de achterkant" not in html

    def test_signed_out_the_email_link_comes_back_to_the_session_after_log_in(self, home_page, client, session):
        """The log-in page returns to the session's page, not the list."""
        url = reverse("briefings:register", args=[session.pk])
        response = client.get(url)
        assert response.status_code == 302 and f"next={url}" in response["Location"].replace("%2F", "/")

    def test_anonymous_register_goes_to_login(self, home_page, client, session):
        """A signed-out visitor who posts a registration is sent to the login page and nothing is stored."""
        response = client.post(reverse("briefings:register", args=[session.pk]))

        assert response.status_code == 302
        assert reverse("account_login") in response["Location"]
        assert not Registration.objects.exists()

    def test_cancel_by_token_without_login(self, home_page, client, session, django_capture_on_commit_callbacks):
        """The cancel link from the e-mail asks for confirmation, and a POST cancels without signing in."""
        registration = RegistrationFactory(session=session, email="anna@example.org")
        waiting = RegistrationFactory(session=BriefingSessionFactory(), status=WAITING)
        url = reverse("briefings:registration_cancel", args=[registration.token])

        page = client.get(url)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(url, follow=True)

        assert page.status_code == 200
        assert "Ja, meld mij af" in page.content.decode()
        # The person cancels their own place: "je", not their name in the third person.
        assert "Wil je je afmelden voor deze bijeenkomst?" in page.content.decode()
        assert registration.full_name not in page.content.decode().split("<h1", 1)[1]
        assert response.status_code == 200
        done = response.content.decode()
        assert "Je bent afgemeld voor deze bijeenkomst. Je krijgt een bevestiging per e-mail." in done
        assert done.count("Je bent afgemeld") == 1, "said once, not by a message and the page both"
        registration.refresh_from_db()
        assert registration.status == CANCELLED
        assert Registration.objects.get(pk=waiting.pk).status == WAITING
        assert "Je bent afgemeld" in outgoing("anna@example.org")[0].subject

    def test_cancel_after_start_is_refused(self, home_page, client):
        """Cancelling a session that already began gives a 409 and changes nothing."""
        registration = RegistrationFactory(session=BriefingSessionFactory(start=timezone.now() - timedelta(hours=1)))

        response = client.post(reverse("briefings:registration_cancel", args=[registration.token]))

        assert response.status_code == 409
        assert "Afmelden kan niet meer" in response.content.decode()
        assert Registration.objects.get(pk=registration.pk).status == CONFIRMED

    def test_ics_download(self, client, session):
        """The calendar file downloads without login as text/calendar with an .ics file name."""
        registration = RegistrationFactory(session=session)

        response = client.get(reverse("briefings:registration_ics", args=[registration.token]))

        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/calendar")
        assert response["Content-Disposition"].startswith("attachment; filename=")
        assert response["Content-Disposition"].endswith('.ics"')
        assert Calendar.from_ical(response.content)["METHOD"] == "REQUEST"

    @pytest.mark.parametrize("name", ["registration_detail", "registration_cancel", "registration_ics"])
    def test_unknown_token_is_404(self, home_page, client, name):
        """A token that matches no registration gives 404."""
        url = reverse(f"briefings:{name}", args=["0c1e4d55-8a0f-4a4e-9a55-7f3b0c2e9b11"])

        assert client.get(url).status_code == 404


@pytest.mark.django_db
class TestAdmin:
    def registrations_url(self, session):
        return reverse("wagtailsnippets_briefings_briefingsession:registrations", args=[session.pk])

    def test_snippet_list_shows_counts(self, coordinator_client, session):
        """The Bijeenkomsten list in the admin shows confirmed and waiting counts and links to the registrations."""
        RegistrationFactory.create_batch(2, session=session)
        RegistrationFactory.create_batch(3, session=session, status=WAITING)

        response = coordinator_client.get(reverse("wagtailsnippets_briefings_briefingsession:list"))

        html = response.content.decode()
        assert response.status_code == 200
        assert "Bijeenkomst Lelystad" in html
        assert "Wachtlijst" in html
        assert self.registrations_url(session) in html

    def test_registrations_table(self, coordinator_client, session):
        """The registrations page lists name, e-mail address, status and attendance."""
        RegistrationFactory(session=session, full_name="Anna Bakker", email="anna@example.org")
        RegistrationFactory(session=session, full_name="Bram de Boer", status=WAITING)

        response = coordinator_client.get(self.registrations_url(session))

        html = response.content.decode()
        assert response.status_code == 200
        for text in ["Anna Bakker", "anna@example.org", "aangemeld", "Bram de Boer", "wachtlijst", "Aanwezig"]:
            assert text in html

    def test_mark_attendance(self, coordinator_client, session):
        """The coordinator records who came and who did not, once the session has begun; before, the form
        says why nothing was saved (400)."""
        came = RegistrationFactory(session=session)
        absent = RegistrationFactory(session=session)
        early = coordinator_client.post(self.registrations_url(session), {f"attended-{came.pk}": "yes"})
        assert early.status_code == 400 and "nog niet begonnen" in early.content.decode()
        assert Registration.objects.get(pk=came.pk).attended is None
        BriefingSession.objects.filter(pk=session.pk).update(start=timezone.now() - timedelta(minutes=5))

        response = coordinator_client.post(
            self.registrations_url(session), {f"attended-{came.pk}": "yes", f"attended-{absent.pk}": "no"}
        )

        assert response.status_code == 302
        assert Registration.objects.get(pk=came.pk).attended is True
        assert Registration.objects.get(pk=absent.pk).attended is False

    def test_bad_attendance_input_changes_nothing(self, coordinator_client, session):
        """A tampered form (a registration of another session, or an unknown value) gives 400 and saves nothing."""
        mine = RegistrationFactory(session=session)
        other = RegistrationFactory()

        response = coordinator_client.post(
            self.registrations_url(session), {f"attended-{mine.pk}": "yes", f"attended-{other.pk}": "yes"}
        )
        bad_value = coordinator_client.post(self.registrations_url(session), {f"attended-{mine.pk}": "misschien"})

        assert (response.status_code, bad_value.status_code) == (400, 400)
        assert "het formulier klopt niet" in response.content.decode()
        assert Registration.objects.get(pk=mine.pk).attended is None
        assert Registration.objects.get(pk=other.pk).attended is None

    def test_csv_export(self, coordinator_client, session):
        """The CSV export has a header and one row per registration, and defuses spreadsheet formulas."""
        RegistrationFactory(session=session, full_name="Anna Bakker", email="anna@example.org", attended=True)
        RegistrationFactory(session=session, full_name="=HYPERLINK(1)", email="x@example.org", status=WAITING)

        response = coordinator_client.get(
            reverse("wagtailsnippets_briefings_briefingsession:registrations_csv", args=[session.pk])
        )

        assert response.status_code == 200
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        assert response["Content-Disposition"].endswith('.csv"')
        rows = list(csv.reader(response.content.decode("utf-8-sig").splitlines(), delimiter=";"))
        assert rows[0] == ["Naam", "E-mailadres", "Status", "Aangemeld op", "Aanwezig"]
        assert rows[1][:3] + rows[1][4:] == ["Anna Bakker", "anna@example.org", "aangemeld", "ja"]
        assert rows[2][:3] == ["'=HYPERLINK(1)", "x@example.org", "wachtlijst"]
        assert len(rows) == 3

    def test_cancel_session(self, coordinator_client, session, django_capture_on_commit_callbacks):
        """The coordinator confirms, then the session is called off and everyone registered is e-mailed."""
        RegistrationFactory(session=session, email="anna@example.org")
        RegistrationFactory(session=session, email="bram@example.org", status=WAITING)
        url = reverse("wagtailsnippets_briefings_briefingsession:cancel", args=[session.pk])

        confirm = coordinator_client.get(url)
        with django_capture_on_commit_callbacks(execute=True):
            response = coordinator_client.post(url)

        assert confirm.status_code == 200
        assert "2 mensen zijn aangemeld of staan op de wachtlijst" in confirm.content.decode()
        assert response.status_code == 302
        session.refresh_from_db()
        assert session.status == BriefingSession.Status.CANCELLED
        assert sorted(m.to[0] for m in mail.outbox) == ["anna@example.org", "bram@example.org"]

    def edit(self, client, session, **changes):
        start = timezone.localtime(session.start, BRIEFING_TZ)
        data = {
            "title": session.title,
            "description": session.description,
            "start": start.strftime("%Y-%m-%d %H:%M"),
            "end": (start + timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"),
            "location": session.location,
            "online_url": session.online_url,
            "municipality": session.municipality,
            "capacity": session.capacity,
            "status": session.status,
            **changes,
        }
        return client.post(reverse("wagtailsnippets_briefings_briefingsession:edit", args=[session.pk]), data)

    def test_calling_off_without_registrations_says_nobody_is_told(
        self, coordinator_client, session, django_capture_on_commit_callbacks
    ):
        """With nobody registered the confirmation says so (not "0 mensen … Zij krijgen allemaal een e-mail"),
        and so does the message afterwards; one person is "persoon", several "mensen"."""
        url = reverse("wagtailsnippets_briefings_briefingsession:cancel", args=[session.pk])
        confirm = coordinator_client.get(url).content.decode()
        assert "Niemand is aangemeld of staat op de wachtlijst. Er gaat dus geen e-mail uit." in confirm
        assert "0 mensen" not in confirm and "Zij krijgen" not in confirm
        with django_capture_on_commit_callbacks(execute=True):
            response = coordinator_client.post(url, follow=True)
        assert "Er was niemand aangemeld, dus niemand heeft een e-mail gekregen." in response.content.decode()
        assert mail.outbox == []
        one = BriefingSessionFactory()
        RegistrationFactory(session=one)
        html = coordinator_client.get(
            reverse("wagtailsnippets_briefings_briefingsession:cancel", args=[one.pk])
        ).content.decode()
        assert "1 persoon is aangemeld of staat op de wachtlijst. Die krijgt een e-mail" in html

    def test_calling_off_twice_changes_nothing(self, coordinator_client, session, django_capture_on_commit_callbacks):
        """A second POST to "afgelasten" says the session was already called off and sends no e-mail."""
        url = reverse("wagtailsnippets_briefings_briefingsession:cancel", args=[session.pk])
        coordinator_client.post(url)
        with django_capture_on_commit_callbacks(execute=True):
            response = coordinator_client.post(url, follow=True)
        assert "Deze bijeenkomst is al afgelast." in response.content.decode()
        assert mail.outbox == []

    def test_each_registration_is_a_card_on_a_phone(self, coordinator_client, session):
        """Every cell carries its column name for the stacked layout under 50em, with no sideways-scrolling
        region around the table; the stylesheet stacks the rows (tests/e2e checks it on a 320 px screen)."""
        RegistrationFactory(session=session)
        html = coordinator_client.get(self.registrations_url(session)).content.decode()
        assert 'class="listing lk-attendance"' in html and "lk-scroll" not in html
        for label in ("E-mailadres", "Status", "Aangemeld op", "Aanwezig"):
            assert f'data-label="{label}"' in html
        css = (settings.BASE_DIR / "static/css/admin.css").read_text()
        assert "@media (max-width: 49.9375em)" in css.split("/* Briefings */", 1)[1]

    def test_more_seats_in_the_edit_form_go_to_the_waiting_list(
        self, coordinator_client, session, django_capture_on_commit_callbacks
    ):
        """Raising the capacity in the edit form gives the new seats to the first people waiting."""
        RegistrationFactory.create_batch(2, session=session)
        first = RegistrationFactory(session=session, status=WAITING, email="anna@example.org")
        second = RegistrationFactory(session=session, status=WAITING, email="bram@example.org")

        with django_capture_on_commit_callbacks(execute=True):
            response = self.edit(coordinator_client, session, capacity=3)

        assert response.status_code == 302
        assert Registration.objects.get(pk=first.pk).status == CONFIRMED
        assert Registration.objects.get(pk=second.pk).status == WAITING
        assert [m.to for m in mail.outbox] == [["anna@example.org"]]

    def test_learner_is_kept_out(self, learner_client, session):
        """A learner without admin access is sent to the admin login for every briefing admin view."""
        for url in [
            self.registrations_url(session),
            reverse("wagtailsnippets_briefings_briefingsession:registrations_csv", args=[session.pk]),
            reverse("wagtailsnippets_briefings_briefingsession:cancel", args=[session.pk]),
        ]:
            assert learner_client.get(url).status_code == 302
        assert (
            learner_client.post(
                reverse("wagtailsnippets_briefings_briefingsession:cancel", args=[session.pk])
            ).status_code
            == 302
        )
        session.refresh_from_db()
        assert session.status == BriefingSession.Status.PLANNED

    def test_editor_without_permission_gets_403(self, client, session):
        """An admin user without the change-briefing permission gets 403 and changes nothing."""
        editor = UserFactory(is_staff=True, organisation=OrganisationFactory())
        editor.user_permissions.add(
            Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
        )
        client.force_login(editor)

        assert client.get(self.registrations_url(session)).status_code == 403
        assert (
            client.get(
                reverse("wagtailsnippets_briefings_briefingsession:registrations_csv", args=[session.pk])
            ).status_code
            == 403
        )
        assert (
            client.post(reverse("wagtailsnippets_briefings_briefingsession:cancel", args=[session.pk])).status_code
            == 403
        )
        session.refresh_from_db()
        assert session.status == BriefingSession.Status.PLANNED

    def test_unknown_session_is_404(self, coordinator_client):
        """An unknown session id gives 404 in the admin views."""
        assert (
            coordinator_client.get(
                reverse("wagtailsnippets_briefings_briefingsession:registrations", args=[999999])
            ).status_code
            == 404
        )


def ics_of(message):
    [ics] = [content for _name, content, mimetype in message.attachments if mimetype.startswith("text/calendar")]
    calendar = Calendar.from_ical(ics)
    [event] = calendar.events
    return calendar, event


@pytest.mark.django_db
class TestVenueAndChanges:
    def edit(self, client, session, **changes):
        start = timezone.localtime(session.start, BRIEFING_TZ)
        data = {
            "title": session.title,
            "description": session.description,
            "start": start.strftime("%d-%m-%Y %H:%M"),
            "end": timezone.localtime(session.end, BRIEFING_TZ).strftime("%d-%m-%Y %H:%M"),
            "venue_name": session.venue_name,
            "room": session.room,
            "location": session.location,
            "route_notes": session.route_notes,
            "online_url": session.online_url,
            "municipality": session.municipality,
            "capacity": session.capacity,
            "status": session.status,
            **changes,
        }
        return client.post(reverse("wagtailsnippets_briefings_briefingsession:edit", args=[session.pk]), data)

    def test_the_room_is_named_in_the_list_the_confirmation_email_and_the_calendar(
        self, learner_client, django_capture_on_commit_callbacks
    ):
        """Venue, room and address appear in the list, the e-mail and the .ics LOCATION; route notes too."""
        session = BriefingSessionFactory(
            venue_name="Stadhuis Lelystad",
            room="zaal 2.14",
            location="Stadsplein 2, Lelystad",
            route_notes="Meld je bij de balie op de begane grond.",
        )
        place = "Stadhuis Lelystad, zaal 2.14, Stadsplein 2, Lelystad"
        assert place in learner_client.get(reverse("briefings:list")).content.decode()
        with django_capture_on_commit_callbacks(execute=True):
            registration = briefings.register(session, full_name="Anna Bakker", email="anna@example.org")
        [message] = mail.outbox
        assert f"Waar: {place}" in message.body and "Route: Meld je bij de balie" in message.body
        _calendar, event = ics_of(message)
        assert event["LOCATION"] == place and "balie" in event["DESCRIPTION"]
        detail = learner_client.get(reverse("briefings:registration_detail", args=[registration.token]))
        detail = detail.content.decode()
        assert place in detail and "Meld je bij de balie" in detail

    def test_moving_a_session_tells_everyone_with_a_seat_with_a_higher_sequence(
        self, coordinator_client, django_capture_on_commit_callbacks
    ):
        """A new start e-mails each seat holder the new time and the same UID with SEQUENCE 1; a later
        cancellation has SEQUENCE 2, so it outranks the change; the waiting list is not e-mailed."""
        session = BriefingSessionFactory(capacity=1, room="zaal 1")
        seat = RegistrationFactory(session=session, email="anna@example.org")
        RegistrationFactory(session=session, email="bram@example.org", status=WAITING)
        assert Calendar.from_ical(registration_ics(seat)).events[0]["SEQUENCE"] == 0
        new_start = in_days_at(21, hour=19)
        with django_capture_on_commit_callbacks(execute=True):
            response = self.edit(
                coordinator_client,
                session,
                start=new_start.strftime("%d-%m-%Y %H:%M"),
                end=(new_start + timedelta(hours=2)).strftime("%d-%m-%Y %H:%M"),
                room="zaal 3",
            )
        assert response.status_code == 302
        [message] = mail.outbox
        assert message.to == ["anna@example.org"] and message.subject.startswith("Gewijzigd:")
        assert "19:00 tot 21:00 uur" in message.body and "zaal 3" in message.body
        calendar, event = ics_of(message)
        assert calendar["METHOD"] == "REQUEST" and event["UID"] == f"{seat.token}@lerenkijken"
        assert event["SEQUENCE"] == 1 and event.decoded("DTSTART") == new_start
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            briefings.cancel_session(session)
        calendar, event = ics_of(outgoing("anna@example.org")[0])
        assert calendar["METHOD"] == "CANCEL" and event["SEQUENCE"] == 2

    def test_other_edits_tell_nobody(self, coordinator_client, django_capture_on_commit_callbacks):
        """Changing only the description sends no e-mail and keeps the sequence."""
        session = BriefingSessionFactory()
        RegistrationFactory(session=session)
        with django_capture_on_commit_callbacks(execute=True):
            assert self.edit(coordinator_client, session, description="Nieuwe tekst").status_code == 302
        assert mail.outbox == []
        session.refresh_from_db()
        assert session.sequence == 0

    def test_a_dutch_date_typed_by_hand_is_kept(self, coordinator_client):
        """ "12-03-2029 19:00" is read as 12 March 2029, 19:00 Amsterdam time."""
        session = BriefingSessionFactory()
        response = self.edit(coordinator_client, session, start="12-03-2029 19:00", end="12-03-2029 21:00")
        assert response.status_code == 302
        session.refresh_from_db()
        assert timezone.localtime(session.start, BRIEFING_TZ).strftime("%Y-%m-%d %H:%M") == "2029-03-12 19:00"

    def test_an_unreadable_date_is_refused_with_the_format_and_never_replaced(self, coordinator_client):
        """ "12 maart 2029" is refused with a message naming the format; the start stays as it was, and the
        end-after-start rule does not fire on a start it could not read."""
        session = BriefingSessionFactory()
        before = session.start
        response = self.edit(coordinator_client, session, start="12 maart 2029 19:00")
        html = response.content.decode()
        assert response.status_code == 200
        assert "bijvoorbeeld 12-03-2029 19:00" in html
        assert "Het einde moet na het begin liggen" not in html
        session.refresh_from_db()
        assert session.start == before

    def test_a_new_session_in_the_past_weeks_long_or_without_places_is_refused(self, coordinator_client):
        """01-03-2020 as the start of a new session, a session from 1 March to 5 April, and 0 places were all
        saved as "gepland"; each is refused with a message and nothing is stored. An existing session in the
        past can still be edited (attendance is recorded afterwards)."""
        coordinator_client.force_login(UserFactory(is_staff=True, is_superuser=True))
        url = reverse("wagtailsnippets_briefings_briefingsession:add")
        start = in_days_at(10, hour=19)
        data = {
            "title": "Bijeenkomst Lelystad",
            "description": "Uitleg",
            "start": start.strftime("%d-%m-%Y %H:%M"),
            "end": (start + timedelta(hours=2)).strftime("%d-%m-%Y %H:%M"),
            "location": "Stadhuisplein 2, Lelystad",
            "online_url": "",
            "municipality": "lelystad",
            "capacity": 20,
            "status": "planned",
        }
        wrong = {
            "start": ({"start": "01-03-2020 19:00", "end": "01-03-2020 21:00"}, "Dit begin ligt in het verleden."),
            "end": ({"end": (start + timedelta(days=36)).strftime("%d-%m-%Y %H:%M")}, "duurt hoogstens 12 uur"),
            "capacity": ({"capacity": 0}, "Geef minstens één plaats."),
            "negative capacity": ({"capacity": -5}, "Geef minstens één plaats."),
        }
        for field, (changes, message) in wrong.items():
            response = coordinator_client.post(url, {**data, **changes})
            assert response.status_code == 200, field
            assert message in response.content.decode(), field
        assert not BriefingSession.objects.exists()
        assert coordinator_client.post(url, data).status_code == 302
        past = BriefingSessionFactory(start=in_days_at(-5, 19), end=in_days_at(-5, 21))
        assert self.edit(coordinator_client, past, description="Verslag").status_code == 302

    def test_the_edit_form_shows_dates_in_the_browsers_own_field(self, coordinator_client):
        """The start is a datetime-local field (a phone shows its own picker), without Wagtail's JS picker,
        which rolled 31-02 over to 3 March."""
        session = BriefingSessionFactory(start=in_days_at(3, hour=19))
        url = reverse("wagtailsnippets_briefings_briefingsession:edit", args=[session.pk])
        html = coordinator_client.get(url).content.decode()
        iso = timezone.localtime(session.start, BRIEFING_TZ).strftime("%Y-%m-%dT19:00")
        assert f'type="datetime-local" name="start" value="{iso}"' in html
        assert 'initDateTimeChooser("id_start"' not in html


@pytest.mark.django_db
def test_the_dashboard_lists_my_briefings_with_a_way_to_cancel(client):
    """/mijn/ shows the sessions the learner has a seat or a waiting-list place for, soonest first, each
    linking to its details (where they can cancel); past, called-off and cancelled ones are left out."""
    learner = UserFactory()
    client.force_login(learner)
    later = BriefingSessionFactory(title="Later in Lelystad", start=in_days_at(20, 10), end=in_days_at(20, 12))
    soon = BriefingSessionFactory(title="Binnenkort in Almere", start=in_days_at(5, 10), end=in_days_at(5, 12))
    gone = BriefingSessionFactory(title="Afgelast in Urk")
    past = BriefingSessionFactory(title="Al geweest", start=in_days_at(-5, 10), end=in_days_at(-5, 12))
    cancelled_seat = BriefingSessionFactory(title="Afgemeld in Dronten")
    seats = {s.pk: RegistrationFactory(session=s, user=learner) for s in (later, soon, gone, past, cancelled_seat)}
    Registration.objects.filter(pk=seats[later.pk].pk).update(status=Registration.Status.WAITING)
    BriefingSession.objects.filter(pk=gone.pk).update(status=BriefingSession.Status.CANCELLED)
    Registration.objects.filter(pk=seats[cancelled_seat.pk].pk).update(status=Registration.Status.CANCELLED)
    RegistrationFactory(session=BriefingSessionFactory(title="Van iemand anders"))

    html = client.get(reverse("courses:dashboard")).content.decode()
    assert "Mijn bijeenkomsten" in html
    assert html.index("Binnenkort in Almere") < html.index("Later in Lelystad")
    for absent in ("Afgelast in Urk", "Al geweest", "Afgemeld in Dronten", "Van iemand anders"):
        assert absent not in html
    assert reverse("briefings:registration_detail", args=[seats[soon.pk].token]) in html
    assert "wachtlijst" in html
