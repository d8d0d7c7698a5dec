# ruff: noqa: F811 (the fixtures imported from test_team_sessions are used as arguments)
"""The facilitator's tools in a team session: stop from the lobby, back, the timer, who still has to answer,
the organisation and team a session is for, attendance export, an address added afterwards, one seat each."""

import csv
import io
import re
from datetime import timedelta

from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pytest
from openpyxl import load_workbook

from accounts.factories import OrganisationFactory, UserFactory
from certificates.models import Certificate
from reports.access import Scope
from reports.figures import reach
from team_sessions.models import Participant, SessionAnswer, TeamSession
from team_sessions.services import end_session, join, start_session
from tests.test_team_sessions import (  # noqa: F401 (fixtures)
    answer,
    answer_everything_right,
    control,
    facilitator,
    facilitator_client,
    phone,
    quiz,
    right_key,
    session,
    wrong_key,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalogue_for_the_module")]


def present(client, session, **params):
    return client.get(reverse("team_sessions:present", args=[session.uuid]), params).content.decode()


class TestStopFromTheLobby:
    def test_the_lobby_offers_stop_and_stopping_asks_first(self, facilitator_client, session):
        """The lobby shows "Sessie stoppen"; the confirmation removes the session and its code stops working."""
        anna = phone(session, "Anna")
        stop_url = reverse("team_sessions:stop", args=[session.uuid])
        assert stop_url in present(facilitator_client, session)
        page = facilitator_client.get(stop_url).content.decode()
        assert "Sessie stoppen?" in page and "1 deelnemer doet al mee" in page
        assert TeamSession.objects.filter(pk=session.pk).exists(), "opening the confirmation stops nothing"
        response = facilitator_client.post(stop_url)
        assert response["Location"] == reverse("team_sessions:index")
        assert not TeamSession.objects.filter(pk=session.pk).exists() and not Participant.objects.exists()
        # A second presenter tab of the session, polling in the lobby, goes to the team sessions too.
        status = reverse("team_sessions:present_status", args=[session.uuid])
        polled = facilitator_client.get(status, {"stage": "lobby-0"}, headers={"HX-Request": "true"})
        assert polled.status_code == 204 and polled["HX-Redirect"] == reverse("team_sessions:index")
        # Anna's phone, polling in the lobby, reloads by itself and is told the session was stopped.
        polled = anna.get(reverse("team_sessions:phone_status", args=[session.code]), {"stage": "lobby-0"})
        assert polled.status_code == 204
        assert polled["HX-Redirect"].startswith(reverse("team_sessions:join", args=[session.code]))
        told = anna.get(polled["HX-Redirect"])
        assert told.status_code == 410
        assert "De begeleider heeft deze teamsessie gestopt" in told.content.decode()

    def test_a_stopped_code_costs_a_school_network_no_wrong_code_attempts(self, facilitator_client, session, settings):
        """All phones of a room come back with the stopped code at once, often from one address: they are
        told it was stopped and are not counted as guessing; a code never used still is."""
        settings.TEAM_JOIN_RATE_LIMIT = "3/m/ip"
        phones = [phone(session, f"Telefoon {n}") for n in range(5)]
        facilitator_client.post(reverse("team_sessions:stop", args=[session.uuid]))
        lookup = reverse("team_sessions:join_lookup")
        for each in phones:
            response = each.get(lookup, {"code": session.code})
            assert response.status_code == 410, response.status_code
        unused = "999999" if session.code != "999999" else "999998"
        statuses = [Client().get(lookup, {"code": unused}).status_code for _ in range(5)]
        assert statuses[:3] == [404, 404, 404] and statuses[-1] == 429

    def test_a_started_session_is_not_stopped_but_ended(self, facilitator_client, session):
        """Once a question was open, stop sends the facilitator to the usual ending instead."""
        control(facilitator_client, session, "start")
        response = facilitator_client.post(reverse("team_sessions:stop", args=[session.uuid]))
        assert response["Location"] == reverse("team_sessions:end", args=[session.uuid])
        assert TeamSession.objects.filter(pk=session.pk).exists()


class TestGoingBack:
    def test_back_shows_the_earlier_question_revealed_with_its_answers(self, facilitator_client, session):
        """Back from question 2 shows question 1's reveal with the answers as they were; next shows 2 again."""
        anna = phone(session, "Anna")
        control(facilitator_client, session, "start")
        answer(anna, session, right_key(session.questions[0]))
        control(facilitator_client, session, "reveal")
        control(facilitator_client, session, "next")
        assert "Terug naar vraag 1" in present(facilitator_client, session)
        control(facilitator_client, session, "back")
        session.refresh_from_db()
        assert (session.stage, session.position) == ("revealed", 1)
        html = present(facilitator_client, session)
        assert "Vraag 1 van 2" in html and "Toon de antwoorden" not in html and "Volgende vraag" in html
        # Nobody can change the earlier answer.
        assert answer(anna, session, wrong_key(session.questions[0]), position=1).status_code == 409
        assert SessionAnswer.objects.get(position=1).chosen == [right_key(session.questions[0])]
        control(facilitator_client, session, "next")
        session.refresh_from_db()
        assert (session.stage, session.position) == ("question", 2), "question 2 was not revealed yet"

    def test_a_second_back_from_a_stale_tab_moves_once(self, facilitator_client, session):
        """Back is compare-and-set: a repeated click with the old position moves nothing further."""
        control(facilitator_client, session, "start")
        control(facilitator_client, session, "reveal")
        control(facilitator_client, session, "next")
        stale = {"action": "back", "position": 2}
        url = reverse("team_sessions:control", args=[session.uuid])
        facilitator_client.post(url, stale)
        facilitator_client.post(url, stale)
        session.refresh_from_db()
        assert (session.stage, session.position) == ("revealed", 1)

    def test_back_from_the_first_question_is_refused(self, facilitator_client, session):
        """There is nothing before question 1."""
        control(facilitator_client, session, "start")
        assert control(facilitator_client, session, "back").status_code == 409


class TestTimerAndWhoIsLeft:
    def test_the_timer_counts_down_on_the_server_and_stops_at_the_reveal(self, facilitator_client, session):
        """The facilitator starts 60 seconds; the presenter shows the time left; the reveal clears it."""
        control(facilitator_client, session, "start")
        url = reverse("team_sessions:control", args=[session.uuid])
        facilitator_client.post(url, {"action": "timer", "position": 1, "seconds": 60})
        session.refresh_from_db()
        assert 59 <= session.timer_remaining() <= 60
        assert re.search(r"Nog (59|60) seconden", present(facilitator_client, session))
        TeamSession.objects.filter(pk=session.pk).update(timer_ends_at=timezone.now() - timedelta(seconds=1))
        status = facilitator_client.get(
            reverse("team_sessions:present_status", args=[session.uuid]), {"stage": "question-1"}
        ).content.decode()
        assert "De tijd is om" in status
        # Time is up: the facilitator gives it again in one step, without stopping the old timer first.
        page = present(facilitator_client, session)
        assert 'value="timer">Opnieuw starten' in page and 'id="timer-seconds"' in page
        facilitator_client.post(url, {"action": "timer", "position": 1, "seconds": 30})
        session.refresh_from_db()
        assert 29 <= session.timer_remaining() <= 30
        control(facilitator_client, session, "reveal")
        session.refresh_from_db()
        assert session.timer_ends_at is None

    def test_a_made_up_duration_is_refused(self, facilitator_client, session):
        """Only the offered durations start a timer."""
        control(facilitator_client, session, "start")
        url = reverse("team_sessions:control", args=[session.uuid])
        assert facilitator_client.post(url, {"action": "timer", "position": 1, "seconds": 99999}).status_code == 400

    def test_the_names_still_to_answer_show_on_request(self, facilitator_client, session):
        """The count is always there; the names (as typed) only after asking."""
        anna = phone(session, "Anna")
        phone(session, "<b>Bram</b>")
        control(facilitator_client, session, "start")
        answer(anna, session, right_key(session.questions[0]))
        html = present(facilitator_client, session)
        assert "1 van 2 heeft geantwoord" in html and "&lt;b&gt;Bram" not in html
        html = present(facilitator_client, session, nog=1)
        assert "Nog 1 moet antwoorden" in html and "&lt;b&gt;Bram&lt;/b&gt;" in html
        assert "<li>Anna</li>" not in html


class TestOrganisationAndTeam:
    def test_the_session_is_for_the_organisation_and_team_chosen_and_the_reports_count_it_there(
        self, facilitator, facilitator_client, quiz, audiences, django_capture_on_commit_callbacks
    ):
        """A facilitator of Lelystad runs a session for a school's mentors; its certificate counts there."""
        school = OrganisationFactory(name="Het Baken", municipality="almere")
        form = facilitator_client.get(reverse("team_sessions:index")).content.decode()
        assert f'<option value="{facilitator.organisation_id}" selected>' in form, "default: own organisation"
        response = facilitator_client.post(
            reverse("team_sessions:index"),
            {
                "quiz": quiz.pk,
                "group_name": "Mentoren",
                "mode": "phones",
                "organisation": school.pk,
                "team": audiences.school.pk,
            },
        )
        assert response.status_code == 302
        session = TeamSession.objects.get()
        assert (session.organisation, session.team) == (school, audiences.school)
        participant, _token = join(session, "Anna", full_name="Anna de Jong", email="anna@example.org")
        answer_everything_right(session, participant)
        with django_capture_on_commit_callbacks(execute=True):
            end_session(session)
        by_organisation = {row.label: row for row in reach(Scope())}
        assert by_organisation["Het Baken"].certificates_valid == 1
        by_team = {row.label: row for row in reach(Scope(), group_by="team")}
        assert by_team["Onderwijs"].certificates_valid == 1
        coordinator = UserFactory(organisation=None, is_staff=True, is_superuser=True)
        client = Client()
        client.force_login(coordinator)
        html = client.get(reverse("lk_reports:team_sessions")).content.decode()
        assert "Mentoren" in html and "Het Baken" in html and "Onderwijs" in html

    def test_the_default_is_the_facilitators_own(self, facilitator, quiz, audiences):
        """Without a choice, the facilitator's organisation and team."""
        facilitator.team = audiences.social
        facilitator.save()
        session = start_session(facilitator, quiz, "Team")
        assert (session.organisation, session.team) == (facilitator.organisation, audiences.social)


def ended_with(session, facilitator_client, people):
    """Seats for `people` (name → right answers?), answers, and the end; returns the participants by name."""
    seats = {}
    for name, passes in people.items():
        participant, _token = join(session, name, full_name=f"{name} Jansen")
        if passes:
            answer_everything_right(session, participant)
        seats[name] = participant
    end_session(session)
    return seats


def row_error(response, participant):
    """The error message shown at a participant's e-mail field on the summary page."""
    html = response.content.decode()
    found = re.search(rf'id="email-{participant.pk}_error"><p class="utrecht-paragraph">([^<]*)</p>', html)
    assert found, "no error at this row"
    assert f'aria-describedby="email-{participant.pk}_error"' in html
    return found.group(1)


class TestAttendance:
    def test_the_attendance_exports_as_csv_with_bom_and_neutralised_formulas(self, facilitator_client, session):
        """The CSV opens in Dutch Excel with accents, and a name like =HYPERLINK(...) is text."""
        ended_with(session, facilitator_client, {"Zoë": True, "=HYPERLINK(1)": False})
        response = facilitator_client.get(reverse("team_sessions:attendance", args=[session.uuid, "csv"]))
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        assert response.content.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
        assert rows[0][0] == "Naam op het scherm"
        by_name = {row[0]: row for row in rows[1:]}
        assert by_name["Zoë"][4:6] == ["100", "geslaagd"]
        assert "'=HYPERLINK(1)" in by_name and by_name["'=HYPERLINK(1)"][5] == "niet geslaagd"

    def test_the_attendance_exports_as_xlsx(self, facilitator_client, session):
        """The XLSX holds the same rows; a formula-like name is a text cell, as typed (no quote in front)."""
        ended_with(session, facilitator_client, {"Zoë": True, "=1+1": False})
        response = facilitator_client.get(reverse("team_sessions:attendance", args=[session.uuid, "xlsx"]))
        sheet = load_workbook(io.BytesIO(response.content)).active
        values = [[cell.value for cell in row] for row in sheet.iter_rows()]
        names = [row[0] for row in values[1:]]
        assert "Zoë" in names and "=1+1" in names
        formula_like = next(row[0] for row in sheet.iter_rows(min_row=2) if row[0].value == "=1+1")
        assert formula_like.data_type == "s"
        assert next(row for row in values if row[0] == "Zoë")[4] == 100

    def test_only_the_facilitator_exports(self, session, learner_client):
        """Someone else's session is as good as unknown."""
        end_session(session)
        url = reverse("team_sessions:attendance", args=[session.uuid, "csv"])
        assert learner_client.get(url).status_code in (403, 404)

    def test_with_nobody_passed_the_address_forms_say_no_certificate_goes_out(
        self, facilitator_client, session, django_capture_on_commit_callbacks
    ):
        """Nobody passed: the forms stay (for the attendance list), but the text no longer asks for the address
        of "someone who passed"; it says no certificates go out, and adding an address sends nothing."""
        seats = ended_with(session, facilitator_client, {"Anna": False, "Bram": False})
        summary = facilitator_client.get(reverse("team_sessions:summary", args=[session.uuid])).content.decode()
        assert "Niemand heeft de slagingsgrens gehaald, dus er gaan geen certificaten uit." in summary
        assert "Gaf iemand die geslaagd is geen" not in summary
        url = reverse("team_sessions:participant_email", args=[session.uuid])
        with django_capture_on_commit_callbacks(execute=True):
            facilitator_client.post(url, {"participant": seats["Anna"].pk, "email": "anna@example.org"})
        assert not mail.outbox and not Certificate.objects.exists()

    def test_an_address_added_afterwards_brings_the_certificate_to_that_address(
        self, facilitator_client, session, django_capture_on_commit_callbacks
    ):
        """A passed participant without an address gets the certificate, with a claim link, once it is added."""
        seats = ended_with(session, facilitator_client, {"Anna": True, "Bram": False})
        assert not Certificate.objects.exists()
        summary = facilitator_client.get(reverse("team_sessions:summary", args=[session.uuid])).content.decode()
        assert "E-mailadres toevoegen of verbeteren" in summary and "Gaf iemand die geslaagd is geen" in summary
        assert "Niemand heeft de slagingsgrens gehaald" not in summary
        url = reverse("team_sessions:participant_email", args=[session.uuid])
        with django_capture_on_commit_callbacks(execute=True):
            facilitator_client.post(url, {"participant": seats["Anna"].pk, "email": "anna@example.org"})
            facilitator_client.post(url, {"participant": seats["Bram"].pk, "email": "bram@example.org"})
        certificate = Certificate.objects.get()
        assert (certificate.full_name, certificate.email, certificate.learner) == (
            "Anna Jansen",
            "anna@example.org",
            None,
        )
        assert [m.to for m in mail.outbox] == [["anna@example.org"]]
        assert "/certificaat-ophalen/" in mail.outbox[0].body
        # A correction moves the unclaimed certificate to the new address and mails it there.
        with django_capture_on_commit_callbacks(execute=True):
            facilitator_client.post(url, {"participant": seats["Anna"].pk, "email": "anna.jansen@example.org"})
        certificate.refresh_from_db()
        assert certificate.email == "anna.jansen@example.org" and mail.outbox[-1].to == ["anna.jansen@example.org"]
        assert Certificate.objects.count() == 1

    def test_the_summary_keeps_scores_and_addresses_off_the_big_screen(self, facilitator_client, session):
        """The summary first appears on the projector: group figures show, each person's score and address
        are folded away until asked for (?deelnemers=1), and come back open after an address is saved or
        refused."""
        seats = ended_with(session, facilitator_client, {"Anna": True, "Bram": False})
        Participant.objects.filter(pk=seats["Anna"].pk).update(email="anna@example.org")
        url = reverse("team_sessions:summary", args=[session.uuid])

        def people_open(response):
            found = re.search(r'<details class="lk-details lk-people"( open)?>', response.content.decode())
            assert found, "the per-person part is missing"
            return bool(found.group(1))

        first = facilitator_client.get(url)
        assert "Gemiddelde score" in first.content.decode()
        assert not people_open(first)
        assert people_open(facilitator_client.get(url, {"deelnemers": "1"}))
        save = reverse("team_sessions:participant_email", args=[session.uuid])
        saved = facilitator_client.post(save, {"participant": seats["Bram"].pk, "email": "bram@example.org"})
        assert saved["Location"] == f"{url}?deelnemers=1#attendance-heading"
        refused = facilitator_client.post(save, {"participant": seats["Bram"].pk, "email": "bram@example"})
        assert refused.status_code == 400 and people_open(refused)

    def test_an_address_of_someone_else_in_the_session_is_refused(self, facilitator_client, session):
        """One address, one person per session."""
        seats = ended_with(session, facilitator_client, {"Anna": True, "Bram": True})
        Participant.objects.filter(pk=seats["Anna"].pk).update(email="anna@example.org")
        url = reverse("team_sessions:participant_email", args=[session.uuid])
        response = facilitator_client.post(url, {"participant": seats["Bram"].pk, "email": "ANNA@example.org"})
        assert response.status_code == 400
        assert "hoort al bij iemand anders" in row_error(response, seats["Bram"])
        assert Participant.objects.get(pk=seats["Bram"].pk).email == ""

    def test_an_invalid_address_shows_the_page_again_with_the_error_at_that_row(self, facilitator_client, session):
        """A typo is kept in its row with the message there (400), the other rows unchanged, nothing saved."""
        seats = ended_with(session, facilitator_client, {"Anna": True, "Bram": True})
        url = reverse("team_sessions:participant_email", args=[session.uuid])
        response = facilitator_client.post(url, {"participant": seats["Bram"].pk, "email": "bram@example"})
        assert response.status_code == 400
        html = response.content.decode()
        assert 'value="bram@example"' in html
        assert "Vul een geldig e-mailadres in." in row_error(response, seats["Bram"])
        assert f'id="email-{seats["Anna"].pk}_error"' not in html
        assert not Participant.objects.exclude(email="").exists() and not Certificate.objects.exists()


class TestOneSeatPerPerson:
    def test_joining_again_with_the_same_address_in_another_case_reclaims_the_seat(self, facilitator_client, session):
        """The second phone takes the seat with its answers; the first phone loses it; one seat in all."""
        first = phone(session, "Anna", full_name="Anna de Jong", email="anna@example.org")
        control(facilitator_client, session, "start")
        answer(first, session, right_key(session.questions[0]))
        second = phone(session, "Anna 2", full_name="Anna de Jong", email="ANNA@Example.org ")
        assert Participant.objects.count() == 1 and SessionAnswer.objects.count() == 1
        html = second.get(reverse("team_sessions:join", args=[session.code])).content.decode()
        assert "Je antwoord is ontvangen" in html
        old = first.get(reverse("team_sessions:join", args=[session.code])).content.decode()
        assert "Je antwoord is ontvangen" not in old and 'name="display_name"' in old
        assert "Dit apparaat heeft geen plek meer in deze sessie" in old  # told, not a blank form
        fresh = Client().get(reverse("team_sessions:join", args=[session.code])).content.decode()
        assert "geen plek meer" not in fresh  # a phone that never joined is not told it lost a seat

    def test_an_account_reclaims_its_own_seat(self, session, learner):
        """A logged-in account joining twice keeps one seat."""
        first, _t1 = join(session, "Łukasz", user=learner)
        again, _t2 = join(session, "Łukasz", user=learner)
        assert first.pk == again.pk and Participant.objects.count() == 1

    def test_typing_the_address_of_an_account_seat_is_refused(self, session, learner):
        """Someone without that account cannot take a seat that belongs to it by typing its address."""
        join(session, "Łukasz", email=learner.email, full_name="Łukasz Żółć", user=learner)
        response = Client().post(
            reverse("team_sessions:join", args=[session.code]),
            {"display_name": "Nep", "full_name": "Nep", "email": learner.email.upper()},
        )
        assert response.status_code == 409 and "Log in met dat account" in response.content.decode()
        assert Participant.objects.count() == 1

    def test_the_database_refuses_a_second_seat_for_one_address(self, session):
        """Even past the service (a race), one address gets one seat per session."""
        from django.db import IntegrityError, transaction

        Participant.objects.create(session=session, display_name="A", email="a@example.org")
        with pytest.raises(IntegrityError), transaction.atomic():
            Participant.objects.create(session=session, display_name="B", email="A@EXAMPLE.ORG")


def test_passing_the_quiz_never_returns_a_team_certificate_with_a_strangers_name(learner, session):
    """A team-session certificate in the account under another name is not handed back as the learner's own."""
    from certificates.issuing import issue_certificate
    from quizzes.models import Attempt

    Certificate.objects.create(
        learner=learner,
        team_session=session,
        participant=Participant.objects.create(session=session, display_name="X", user=learner),
        course=session.course,
        full_name="Een Vreemde",
        email=learner.email,
        course_title=session.course_title,
        valid_until=timezone.localdate() + timedelta(days=100),
    )
    attempt = Attempt.objects.create(
        user=learner,
        quiz=session.quiz,
        course=session.course,
        number=1,
        questions=session.questions,
        submitted_at=timezone.now(),
        score=100,
        passed=True,
        pass_mark=50,
    )
    certificate = issue_certificate(attempt)
    assert certificate.full_name == learner.full_name and certificate.attempt == attempt
