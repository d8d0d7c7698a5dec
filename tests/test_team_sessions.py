"""Team sessions: a facilitator paces a quiz on the big screen, the team answers on phones or together."""

import re
from datetime import timedelta
from decimal import Decimal

from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pytest
from allauth.account.models import EmailAddress

from accounts.factories import UserFactory
from certificates.issuing import valid_certificate
from certificates.models import Certificate
from certificates.verification import verify_presented
from home.models import OutgoingEmail
from quizzes.factories import PathQuestionFactory, QuestionFactory, QuizPageFactory
from team_sessions.models import Participant, SessionAnswer, TeamSession
from team_sessions.services import end_session, join, purge_participants, start_session

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalogue_for_the_module")]


def claim_path_in(body):
    """The path of the claim link (`/certificaat-ophalen/<token>/`) in a certificate e-mail's text."""
    url = re.search(r"https?://\S+/certificaat-ophalen/\S+/", body).group(0)
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


@pytest.fixture
def facilitator(organisation):
    group, _ = Group.objects.get_or_create(name="Begeleiders (test)")
    group.permissions.add(Permission.objects.get(codename="add_teamsession"))
    user = UserFactory(full_name="Fleur Begeleider", organisation=organisation)
    user.groups.add(group)
    return user


@pytest.fixture
def facilitator_client(facilitator):
    client = Client()
    client.force_login(facilitator)
    return client


@pytest.fixture
def quiz(catalogue):
    questions = [
        QuestionFactory(title=f"Situatie {n}", discussion_prompts="Wat zou jij doen?\nWie bel je?") for n in (1, 2)
    ]
    return QuizPageFactory(parent=catalogue.social, questions=questions, pass_mark=50)


@pytest.fixture
def session(facilitator, quiz):
    return start_session(facilitator, quiz, "Team mentoren, Het Baken")


def right_key(question):
    return next(c["key"] for c in question["choices"] if c["correct"])


def wrong_key(question):
    return next(c["key"] for c in question["choices"] if not c["correct"])


def answer_everything_right(session, participant):
    """Store right, finished answers to every question for a participant (as if they answered on time)."""
    for position, question in enumerate(session.questions, start=1):
        SessionAnswer.objects.create(
            session=session,
            participant=participant,
            position=position,
            chosen=[right_key(question)],
            completed=True,
            score=1,
        )


def phone(session, name="Anna", **extra):
    """A phone that joined through the join page: a client holding the seat cookie."""
    client = Client()
    response = client.post(reverse("team_sessions:join", args=[session.code]), {"display_name": name, **extra})
    assert response.status_code == 302, response.content.decode()[:500]
    return client


def control(client, session, action):
    session.refresh_from_db()
    return client.post(
        reverse("team_sessions:control", args=[session.uuid]), {"action": action, "position": session.position}
    )


def answer(client, session, key, position=None):
    session.refresh_from_db()
    return client.post(
        reverse("team_sessions:answer", args=[session.code]),
        {"position": position or session.position, "choice": key},
    )


class TestStarting:
    def test_facilitator_starts_a_session_and_gets_code_link_and_qr(self, facilitator_client, quiz, catalogue):
        """The presenter screen shows the join code, the join link and a QR code."""
        response = facilitator_client.post(
            reverse("team_sessions:index"),
            {"quiz": quiz.pk, "group_name": "Team mentoren, Het Baken", "mode": "phones"},
        )
        session = TeamSession.objects.get()
        assert response.status_code == 302 and response["Location"] == reverse(
            "team_sessions:present", args=[session.uuid]
        )
        assert session.course == catalogue.social and len(session.questions) == 2
        html = facilitator_client.get(response["Location"]).content.decode()
        assert session.display_code in html
        assert f"/doe-mee/{session.code}/" in html
        assert '<svg role="img" viewBox="' in html and "QR-code om mee te doen" in html
        assert "Team mentoren, Het Baken" in html

    def test_the_menu_marks_team_sessions_as_the_current_page(self, facilitator_client, quiz, catalogue):
        """On the team-session pages the facilitator's menu item "Teamsessies" is the current one (aria-current,
        the underline), not "Mijn leeromgeving" or nothing."""
        html = facilitator_client.get(reverse("team_sessions:index")).content.decode()
        current = re.findall(r'<a class="utrecht-nav-list__link" href="([^"]+)" aria-current="page">', html)
        assert current == [reverse("team_sessions:index")]

    def test_the_start_page_offers_the_live_modules(self, facilitator_client, quiz, catalogue):
        """The start page lists the modules with a quiz, each with its facilitator guide."""
        html = facilitator_client.get(reverse("team_sessions:index")).content.decode()
        assert catalogue.social.title in html
        assert reverse("team_sessions:facilitator_guide", args=[catalogue.social.pk]) in html

    def test_a_tampered_quiz_id_is_refused_with_a_message(self, facilitator_client, quiz):
        """An unknown quiz id gives a message and a 400, and starts nothing."""
        response = facilitator_client.post(
            reverse("team_sessions:index"), {"quiz": 999999, "group_name": "Team", "mode": "phones"}
        )
        assert response.status_code == 400
        assert "Kies een module uit de lijst." in response.content.decode()
        assert not TeamSession.objects.exists()

    def test_learners_without_the_facilitator_permission_get_403(self, learner_client, quiz):
        """Only facilitators start sessions."""
        assert learner_client.get(reverse("team_sessions:index")).status_code == 403
        response = learner_client.post(
            reverse("team_sessions:index"), {"quiz": quiz.pk, "group_name": "x", "mode": "phones"}
        )
        assert response.status_code == 403 and not TeamSession.objects.exists()

    def test_anonymous_visitors_are_sent_to_log_in(self, client):
        """The facilitator pages need a log-in."""
        response = client.get(reverse("team_sessions:index"))
        assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))

    def test_another_facilitator_cannot_open_my_session(self, session, organisation):
        """Someone else's session is unknown (404) and cannot be moved."""
        other = UserFactory()
        other.user_permissions.add(Permission.objects.get(codename="add_teamsession"))
        client = Client()
        client.force_login(other)
        assert client.get(reverse("team_sessions:present", args=[session.uuid])).status_code == 404
        response = client.post(
            reverse("team_sessions:control", args=[session.uuid]), {"action": "start", "position": 0}
        )
        assert response.status_code == 404
        session.refresh_from_db()
        assert session.stage == "lobby"


class TestJoining:
    def test_join_by_code_without_an_account(self, session):
        """A phone joins with the code and a name, no account needed, and keeps a seat."""
        client = Client()
        response = client.get(reverse("team_sessions:join_lookup"), {"code": session.display_code})
        assert response.status_code == 302 and response["Location"] == reverse(
            "team_sessions:join", args=[session.code]
        )
        response = client.post(
            response["Location"], {"display_name": "Anna", "full_name": "Anna de Jong", "email": "anna@example.org"}
        )
        assert response.status_code == 302
        participant = Participant.objects.get()
        assert (participant.display_name, participant.full_name, participant.email) == (
            "Anna",
            "Anna de Jong",
            "anna@example.org",
        )
        assert participant.user is None and participant.seat_hash
        assert "Welkom, Anna" in client.get(reverse("team_sessions:join", args=[session.code])).content.decode()

    def test_an_email_without_a_full_name_is_refused(self, session):
        """A certificate needs the full name too; nothing is stored without it."""
        response = Client().post(
            reverse("team_sessions:join", args=[session.code]), {"display_name": "Anna", "email": "anna@example.org"}
        )
        assert response.status_code == 400
        assert "Vul je volledige naam in" in response.content.decode()
        assert not Participant.objects.exists()

    def test_a_wrong_code_gets_a_message_and_guessing_is_rate_limited(self, session, settings):
        """Wrong codes get a message; after the limit every code is refused."""
        settings.TEAM_JOIN_RATE_LIMIT = "3/m/ip"
        client = Client()
        wrong = "000000" if session.code != "000000" else "111111"
        for _ in range(3):
            response = client.get(reverse("team_sessions:join_lookup"), {"code": wrong})
            assert response.status_code == 404
            assert "Er is geen teamsessie met deze code" in response.content.decode()
        response = client.get(reverse("team_sessions:join", args=[wrong]))
        assert response.status_code == 429
        assert "te vaak een verkeerde code" in response.content.decode()
        # Over the limit, a right code gets the same answer: guessing cannot tell which codes are in use.
        assert client.get(reverse("team_sessions:join_lookup"), {"code": session.code}).status_code == 429
        assert client.get(reverse("team_sessions:join", args=[session.code])).status_code == 429

    def test_a_seated_phone_is_not_held_back_by_wrong_codes_from_its_network(self, session, settings):
        """Someone on the same school network guessing codes does not lock out phones that already joined."""
        settings.TEAM_JOIN_RATE_LIMIT = "3/m/ip"
        seated = phone(session, "Anna")
        for _ in range(3):
            Client().get(
                reverse("team_sessions:join_lookup"), {"code": "000000" if session.code != "000000" else "111111"}
            )
        assert Client().get(reverse("team_sessions:join", args=[session.code])).status_code == 429
        response = seated.get(reverse("team_sessions:join", args=[session.code]))
        assert response.status_code == 200 and "Welkom, Anna" in response.content.decode()
        forged = Client()
        forged.cookies[f"lk_seat_{session.code}"] = "forged"
        assert forged.get(reverse("team_sessions:join", args=[session.code])).status_code == 429

    def test_a_made_up_seat_cookie_cannot_tell_live_codes_from_unused_ones(self, session, facilitator, quiz):
        """The poll and the answer address answered a made-up seat cookie with 204/302 for a live code and 404
        for an unused one, outside the wrong-code limit: anyone could list the live codes. Now both are 404,
        with the same text; a phone whose seat was really taken away is still sent to the join page."""
        unused = "000000" if session.code != "000000" else "111111"
        answers = {}
        for code in (session.code, unused):
            forged = Client()
            forged.cookies[f"lk_seat_{code}"] = "bogus"
            status = forged.get(reverse("team_sessions:phone_status", args=[code]), {"stage": "lobby"})
            posted = forged.post(reverse("team_sessions:answer", args=[code]), {"position": "0"})
            answers[code] = (status.status_code, posted.status_code, posted.content.decode().count("niet mee"))
        assert answers[session.code] == answers[unused] == (404, 404, 1)
        # Another session's real cookie does not count for this code either.
        other = start_session(facilitator, quiz, "Team onderbouw")
        seated = phone(other, "Anna")
        borrowed = Client()
        borrowed.cookies[f"lk_seat_{session.code}"] = seated.cookies[f"lk_seat_{other.code}"].value
        assert borrowed.get(reverse("team_sessions:phone_status", args=[session.code])).status_code == 404

    def test_right_codes_are_not_counted(self, session, settings):
        """A whole team behind one school network joins with the right code without hitting the limit."""
        settings.TEAM_JOIN_RATE_LIMIT = "3/m/ip"
        for n in range(10):
            phone(session, f"Collega {n}")
        assert Participant.objects.count() == 10

    def test_a_malformed_code_is_explained(self, session):
        """A code that is not six digits is explained."""
        response = Client().get(reverse("team_sessions:join_lookup"), {"code": "12ab"})
        assert response.status_code == 400
        assert "zes cijfers" in response.content.decode()

    def test_joining_an_ended_session_is_refused(self, session):
        """After the end nobody can join."""
        end_session(session)
        response = Client().post(reverse("team_sessions:join", args=[session.code]), {"display_name": "Laat"})
        assert response.status_code == 410
        assert "afgelopen" in response.content.decode()
        assert not Participant.objects.exists()

    def test_joining_a_full_session_is_refused(self, session):
        """A full session refuses the next phone with a message."""
        TeamSession.objects.filter(pk=session.pk).update(capacity=2)
        phone(session, "Een")
        phone(session, "Twee")
        response = Client().post(reverse("team_sessions:join", args=[session.code]), {"display_name": "Drie"})
        assert response.status_code == 409
        assert "vol (2 deelnemers)" in response.content.decode()
        assert Participant.objects.count() == 2

    def test_the_capacity_defaults_to_sixty(self, session):
        """A session has 60 seats unless configured otherwise."""
        assert session.capacity == 60

    def test_html_in_a_name_is_shown_as_text(self, facilitator_client, session):
        """Markup in a display name is escaped on the big screen."""
        phone(session, "<b>Bob</b>")
        html = facilitator_client.get(reverse("team_sessions:present", args=[session.uuid])).content.decode()
        assert "&lt;b&gt;Bob&lt;/b&gt;" in html and "<b>Bob</b>" not in html

    def test_a_signed_in_learner_joins_with_their_account(self, session, learner_client, learner):
        """A signed-in learner's seat is linked to their account."""
        learner_client.post(reverse("team_sessions:join", args=[session.code]), {"display_name": "Łukasz"})
        assert Participant.objects.get().user == learner


class TestPacing:
    def test_answers_count_only_for_the_open_question(self, facilitator_client, session):
        """Answers before the start or to another question are refused."""
        anna = phone(session, "Anna")
        first, second = session.questions
        # Before the first question opens, nothing is taken.
        assert answer(anna, session, right_key(first), position=1).status_code == 409
        control(facilitator_client, session, "start")
        # An answer to a question that is not open is refused.
        assert answer(anna, session, right_key(second), position=2).status_code == 409
        assert answer(anna, session, right_key(first)).status_code == 302
        assert SessionAnswer.objects.get().position == 1

    def test_an_answer_after_the_reveal_is_refused_and_the_tally_stays(self, facilitator_client, session):
        """Once revealed, a late answer is refused and the tally does not change."""
        anna, bram = phone(session, "Anna"), phone(session, "Bram")
        control(facilitator_client, session, "start")
        answer(anna, session, right_key(session.questions[0]))
        control(facilitator_client, session, "reveal")
        response = answer(bram, session, right_key(session.questions[0]))
        assert response.status_code == 409
        assert "Het antwoord is al getoond" in response.content.decode()
        assert SessionAnswer.objects.count() == 1

    def test_a_second_answer_does_not_replace_the_first(self, facilitator_client, session):
        """The first answer counts; a second one is refused."""
        anna = phone(session, "Anna")
        control(facilitator_client, session, "start")
        question = session.questions[0]
        answer(anna, session, right_key(question))
        response = answer(anna, session, wrong_key(question))
        assert response.status_code == 409
        assert SessionAnswer.objects.get().chosen == [right_key(question)]

    def test_a_tampered_choice_is_refused_with_a_message(self, facilitator_client, session):
        """A choice that is not in the question gives a message and stores nothing."""
        anna = phone(session, "Anna")
        control(facilitator_client, session, "start")
        response = answer(anna, session, "not-a-choice")
        assert response.status_code == 400
        assert "hoort niet bij deze vraag" in response.content.decode()
        assert not SessionAnswer.objects.exists()

    def test_a_double_click_on_next_moves_one_question(self, facilitator_client, session):
        """Two clicks on 'next' from the same screen move the session once."""
        control(facilitator_client, session, "start")
        control(facilitator_client, session, "reveal")
        stale = {"action": "next", "position": 1}
        facilitator_client.post(reverse("team_sessions:control", args=[session.uuid]), stale)
        facilitator_client.post(reverse("team_sessions:control", args=[session.uuid]), stale)
        session.refresh_from_db()
        assert (session.stage, session.position) == ("question", 2)

    def test_a_stale_start_from_a_second_tab_does_not_move_the_session(self, facilitator_client, session):
        """A 'start' sent from a tab still showing the lobby leaves the session at the question it is at."""
        control(facilitator_client, session, "start")
        control(facilitator_client, session, "reveal")
        control(facilitator_client, session, "next")
        facilitator_client.post(
            reverse("team_sessions:control", args=[session.uuid]), {"action": "start", "position": 0}
        )
        session.refresh_from_db()
        assert (session.stage, session.position) == ("question", 2)

    def test_a_stale_reveal_from_a_second_tab_does_not_reveal_the_next_question(self, facilitator_client, session):
        """A 'reveal' for question 1 sent after the group moved on to question 2 does not reveal question 2."""
        control(facilitator_client, session, "start")
        control(facilitator_client, session, "reveal")
        control(facilitator_client, session, "next")
        response = facilitator_client.post(
            reverse("team_sessions:control", args=[session.uuid]), {"action": "reveal", "position": 1}
        )
        session.refresh_from_db()
        assert (session.stage, session.position) == ("question", 2)
        assert response.status_code == 302

    def test_next_after_the_last_question_is_refused(self, facilitator_client, session):
        """After the last question the facilitator is told to end the session."""
        TeamSession.objects.filter(pk=session.pk).update(stage="revealed", position=2)
        response = facilitator_client.post(
            reverse("team_sessions:control", args=[session.uuid]), {"action": "next", "position": 2}
        )
        assert response.status_code == 409 and "laatste vraag" in response.content.decode()

    def test_the_lobby_poll_lists_who_joined(self, facilitator_client, session):
        """While waiting, the status block counts and names the phones; it draws no QR code each second."""
        phone(session, "Anna")
        response = facilitator_client.get(
            reverse("team_sessions:present_status", args=[session.uuid]), {"stage": "lobby-0"}
        )
        html = response.content.decode()
        assert "1 deelnemer doet mee" in html and "Anna" in html and "<svg" not in html
        again = {"stage": "lobby-0", "seen": "1-"}
        assert (
            facilitator_client.get(reverse("team_sessions:present_status", args=[session.uuid]), again).status_code
            == 204
        )

    def test_the_presenter_sees_how_many_answered(self, facilitator_client, session):
        """The status block counts answers; unchanged polls get 204, stale screens a redirect."""
        anna, _bram = phone(session, "Anna"), phone(session, "Bram")
        control(facilitator_client, session, "start")
        answer(anna, session, right_key(session.questions[0]))
        session.refresh_from_db()
        status_url = reverse("team_sessions:present_status", args=[session.uuid])
        response = facilitator_client.get(status_url, {"stage": "question-1"})
        assert "1 van 2 heeft geantwoord" in response.content.decode()
        # Polling again while nothing changed returns no content, and a stale screen is told to reload.
        assert facilitator_client.get(status_url, {"stage": "question-1", "seen": "2-1"}).status_code == 204
        stale = facilitator_client.get(status_url, {"stage": "lobby-0"})
        assert stale.status_code == 204
        assert stale["HX-Redirect"] == reverse("team_sessions:present", args=[session.uuid]) + "?stap=question-1"

    def test_the_presenter_poll_costs_the_same_queries_for_2_and_40_phones(
        self, facilitator_client, session, django_assert_max_num_queries
    ):
        """The presenter poll's query count does not grow with the number of phones."""
        url = reverse("team_sessions:present_status", args=[session.uuid])
        control(facilitator_client, session, "start")

        def poll_queries():
            from django.db import connection
            from django.test.utils import CaptureQueriesContext

            with CaptureQueriesContext(connection) as queries:
                facilitator_client.get(url, {"stage": "question-1"})
            return len(queries)

        for n in range(2):
            join(session, f"P{n}")
        few = poll_queries()
        for n in range(38):
            join(session, f"Q{n}")
        assert poll_queries() == few

    def test_an_expired_log_in_sends_the_presenter_to_the_log_in_page(self, facilitator_client, session):
        """The poll does not put the log-in page into the status block."""
        facilitator_client.logout()
        response = facilitator_client.get(
            reverse("team_sessions:present_status", args=[session.uuid]), {"stage": "x"}, headers={"HX-Request": "true"}
        )
        assert response.status_code == 204
        assert response["HX-Redirect"].startswith(reverse("account_login") + "?next=/teamsessie/")

    def test_phones_poll_without_content_until_the_stage_changes(self, facilitator_client, session):
        """Phones learn about a new stage only through their seat."""
        anna = phone(session, "Anna")
        url = reverse("team_sessions:phone_status", args=[session.code])
        assert anna.get(url, {"stage": "lobby-0"}).status_code == 204
        control(facilitator_client, session, "start")
        response = anna.get(url, {"stage": "lobby-0"})
        # A new address per stage, fetched with GET: a page left after a refused answer is never posted again.
        assert response.status_code == 204
        assert response["HX-Redirect"] == reverse("team_sessions:join", args=[session.code]) + "?stap=question-1"
        # Without a seat, the poll tells nothing about the session.
        assert Client().get(url, {"stage": "lobby-0"}).status_code == 404


class TestReveal:
    def test_reveal_shows_the_distribution_feedback_and_discussion_prompts(self, facilitator_client, session):
        """The reveal shows counts and percentages, bar widths, feedback and discussion prompts."""
        anna, bram, chris = phone(session, "Anna"), phone(session, "Bram"), phone(session, "Chris")
        control(facilitator_client, session, "start")
        question = session.questions[0]
        answer(anna, session, right_key(question))
        answer(bram, session, right_key(question))
        answer(chris, session, wrong_key(question))
        control(facilitator_client, session, "reveal")
        html = facilitator_client.get(reverse("team_sessions:present", args=[session.uuid])).content.decode()
        assert "Zo antwoordde de groep (3 antwoorden)" in html
        assert "2 keer gekozen (67%)" in html and "1 keer gekozen (33%)" in html
        assert 'width="67%"' in html
        assert "Uitleg bij: Ik schrijf op wat ik zie en overleg" in html
        assert "Wat zou jij doen?" in html and "Wie bel je?" in html

    def test_phones_see_feedback_only_after_the_reveal(self, facilitator_client, session):
        """Before the reveal a phone shows no feedback; after it, its own."""
        anna = phone(session, "Anna")
        control(facilitator_client, session, "start")
        question = session.questions[0]
        answer(anna, session, wrong_key(question))
        before = anna.get(reverse("team_sessions:join", args=[session.code])).content.decode()
        assert "Je antwoord is ontvangen" in before
        assert "Uitleg bij:" not in before and "Overbewoning" not in before
        control(facilitator_client, session, "reveal")
        after = anna.get(reverse("team_sessions:join", args=[session.code])).content.decode()
        assert "jouw keuze" in after and "Uitleg bij: Ik spreek de huisbaas aan" in after
        assert "Overbewoning" in after


class TestRejoin:
    def test_a_phone_that_reconnects_keeps_its_seat_and_answers(self, facilitator_client, session):
        """The seat cookie brings a phone back to its seat; a forged one does not."""
        anna = phone(session, "Anna")
        control(facilitator_client, session, "start")
        answer(anna, session, right_key(session.questions[0]))
        cookie_name = f"lk_seat_{session.code}"
        # A new browser process with the same cookie, e.g. after the phone lost its connection.
        again = Client()
        again.cookies[cookie_name] = anna.cookies[cookie_name].value
        html = again.get(reverse("team_sessions:join", args=[session.code])).content.decode()
        assert "Je antwoord is ontvangen" in html
        assert Participant.objects.count() == 1
        # A forged cookie gets the join form, not someone's seat.
        forged = Client()
        forged.cookies[cookie_name] = "forged"
        assert "Doe mee" in forged.get(reverse("team_sessions:join", args=[session.code])).content.decode()


class TestEnding:
    def test_ending_scores_everyone_and_certifies_only_those_who_passed_with_an_email(
        self, facilitator_client, session, django_capture_on_commit_callbacks
    ):
        """Ending scores everyone, certifies and mails only those who passed with an address, once."""
        passer = phone(session, "Anna", full_name="Anna de Jong", email="anna@example.org")
        failer = phone(session, "Bram", full_name="Bram Bakker", email="bram@example.org")
        no_mail = phone(session, "Chris")
        control(facilitator_client, session, "start")
        for question_number in range(2):
            question = session.questions[question_number]
            answer(passer, session, right_key(question))
            answer(failer, session, wrong_key(question))
            answer(no_mail, session, right_key(question))
            control(facilitator_client, session, "reveal")
            if question_number == 0:
                control(facilitator_client, session, "next")
        with django_capture_on_commit_callbacks(execute=True):
            response = facilitator_client.post(reverse("team_sessions:end", args=[session.uuid]))
        assert response["Location"] == reverse("team_sessions:summary", args=[session.uuid])
        session.refresh_from_db()
        assert (session.stage, session.participant_count, session.passed_count) == ("ended", 3, 2)
        assert float(session.average_score) == pytest.approx(66.66, abs=0.01)
        certificate = Certificate.objects.get()
        assert (certificate.full_name, certificate.email, certificate.learner) == (
            "Anna de Jong",
            "anna@example.org",
            None,
        )
        assert certificate.participant.display_name == "Anna" and certificate.team_session == session
        assert len(mail.outbox) == 1 and mail.outbox[0].to == ["anna@example.org"]
        body = mail.outbox[0].body
        assert certificate.display_code in body and "/certificaat-ophalen/" in body
        assert mail.outbox[0].attachments[0][1][:4] == b"%PDF"
        # Without an account there is no dashboard: the digital certificate comes with the mail.
        name, content, mimetype = mail.outbox[0].attachments[1]
        assert name.endswith(".json") and mimetype == "application/json"
        verdict = verify_presented(content)
        assert verdict.status == "valid" and verdict.subject_name == "Anna de Jong"
        # Ending twice changes nothing.
        with django_capture_on_commit_callbacks(execute=True):
            facilitator_client.post(reverse("team_sessions:end", args=[session.uuid]))
        assert Certificate.objects.count() == 1 and len(mail.outbox) == 1
        # Each phone sees its own result; the summary lists attendance and scores.
        assert "Je score: 100%" in passer.get(reverse("team_sessions:join", args=[session.code])).content.decode()
        assert "Je score: 0%" in failer.get(reverse("team_sessions:join", args=[session.code])).content.decode()
        summary = facilitator_client.get(reverse("team_sessions:summary", args=[session.uuid])).content.decode()
        assert "Anna de Jong" in summary and "Bram Bakker" in summary and "Chris" in summary
        assert "Vaakst gemist" in summary and "67% goed" in summary

    def test_the_mail_suggests_briefings_for_the_sessions_team_first(
        self, session, audiences, django_capture_on_commit_callbacks
    ):
        """A participant without an account is invited to the briefings for the team and town the session was
        held for first, not to the soonest ones for other teams."""
        from accounts.factories import OrganisationFactory
        from briefings.factories import BriefingSessionFactory, in_days_at

        session.team = audiences.school
        session.organisation = OrganisationFactory(name="Het Haventje", municipality="dronten")
        session.save()
        BriefingSessionFactory(title="Sociaal domein Lelystad", audiences=[audiences.social], start=in_days_at(3))
        BriefingSessionFactory(title="Loverboys op school", audiences=[audiences.school], start=in_days_at(40))
        participant, _token = join(session, "Noor", full_name="Noor Haven", email="noor@example.org")
        answer_everything_right(session, participant)
        with django_capture_on_commit_callbacks(execute=True):
            end_session(session)
        body = mail.outbox[0].body
        assert "Deze passen het best bij jou:\n- Loverboys op school" in body
        assert body.index("Loverboys op school") < body.index("Sociaal domein Lelystad")

    def test_an_answer_after_the_end_is_refused(self, facilitator_client, session):
        """After the end no answer is stored."""
        anna = phone(session, "Anna")
        control(facilitator_client, session, "start")
        end_session(session)
        response = answer(anna, session, right_key(session.questions[0]), position=1)
        assert response.status_code == 409 and not SessionAnswer.objects.exists()

    def test_signing_up_from_the_claim_link_claims_the_certificate(
        self, session, client, organisation, audiences, django_capture_on_commit_callbacks
    ):
        """Signing up from the mail's claim link and confirming the address puts the certificate in the account;
        signing up or confirming alone does not."""
        participant, _token = join(session, "Anna", full_name="Anna de Jong", email="Anna@Example.org")
        answer_everything_right(session, participant)
        with django_capture_on_commit_callbacks(execute=True):
            end_session(session)
        certificate = Certificate.objects.get()
        claim_path = claim_path_in(mail.outbox[0].body)
        mail.outbox.clear()
        # "Account maken" on the claim page opens the sign-up form with the mail's address filled in.
        claim_page = client.get(claim_path).content.decode()
        signup_url = re.search(r'href="(/account/signup/\?[^"]+)"', claim_page).group(1).replace("&amp;", "&")
        signup_form = client.get(signup_url).content.decode()
        assert re.search(r'<input[^>]*name="email"[^>]*value="Anna@Example.org"', signup_form)
        with django_capture_on_commit_callbacks(execute=True):
            client.post(
                signup_url,
                {
                    "full_name": "Anna de Jong",
                    "email": "anna@example.org",
                    "organisation": organisation.pk,
                    "team": audiences.school.pk,
                    "password1": "een lang wachtwoord 42!",
                    "password2": "een lang wachtwoord 42!",
                },
            )
        link = re.search(r"https?://\S+/account/confirm-email/\S+/", mail.outbox[0].body).group(0)
        client.post("/" + link.split("://", 1)[1].split("/", 1)[1])
        assert EmailAddress.objects.get(email="anna@example.org").verified
        certificate.refresh_from_db()
        assert certificate.learner is None, "confirming the address alone claims nothing"
        user = EmailAddress.objects.get(email="anna@example.org").user
        client.force_login(user)
        assert "Zet het certificaat in mijn account" in client.get(claim_path).content.decode()
        assert client.post(claim_path)["Location"] == reverse("courses:dashboard")
        certificate.refresh_from_db()
        assert certificate.learner == user and certificate.full_name == "Anna de Jong"
        assert certificate.code in client.get(reverse("courses:dashboard")).content.decode().replace("-", "")
        # The link opened again: it says the certificate is in her account, with the way on (was a dead end).
        again = client.get(claim_path)
        assert again.status_code == 409 and "Dit certificaat staat al in je account." in again.content.decode()
        assert f'href="{reverse("courses:dashboard")}">Naar je leeromgeving</a>' in again.content.decode()


class TestOneScreen:
    @pytest.fixture
    def one_screen(self, facilitator, quiz):
        return start_session(facilitator, quiz, "Team wijkteam", mode=TeamSession.Mode.ONE_SCREEN)

    def team_answers(self, client, session, keys):
        control(client, session, "start")
        for number, key in enumerate(keys, start=1):
            response = client.post(
                reverse("team_sessions:team_answer", args=[session.uuid]), {"position": number, "choice": key}
            )
            assert response.status_code == 302
            session.refresh_from_db()
            assert session.stage == "revealed"
            if number < len(keys):
                control(client, session, "next")

    def test_phones_cannot_join_a_one_screen_session(self, one_screen):
        """A one-screen session tells phones they need not join."""
        response = Client().post(reverse("team_sessions:join", args=[one_screen.code]), {"display_name": "Anna"})
        assert response.status_code == 409 and "samen op het grote scherm" in response.content.decode()

    def test_everyone_present_is_credited_with_the_team_result(
        self, facilitator_client, one_screen, django_capture_on_commit_callbacks
    ):
        """Each person on the attendance list gets the team's score and, with an address, a certificate."""
        self.team_answers(facilitator_client, one_screen, [right_key(q) for q in one_screen.questions])
        html = facilitator_client.get(reverse("team_sessions:present", args=[one_screen.uuid])).content.decode()
        assert "Het antwoord van het team" in html and "gekozen door het team" in html
        data = {
            "present-TOTAL_FORMS": "3",
            "present-INITIAL_FORMS": "0",
            "present-0-full_name": "Dewi Pranoto",
            "present-0-email": "dewi@example.org",
            "present-1-full_name": "Erik Vos",
            "present-1-email": "",
            "present-2-full_name": "",
            "present-2-email": "",
        }
        with django_capture_on_commit_callbacks(execute=True):
            response = facilitator_client.post(reverse("team_sessions:end", args=[one_screen.uuid]), data)
        assert response.status_code == 302
        people = {p.full_name: p for p in Participant.objects.filter(session=one_screen)}
        assert set(people) == {"Dewi Pranoto", "Erik Vos"}
        assert all(p.passed and p.score == 100 for p in people.values())
        assert Certificate.objects.get().email == "dewi@example.org"
        assert [m.to for m in mail.outbox] == [["dewi@example.org"]]

    def test_a_failed_team_result_earns_no_certificate(
        self, facilitator_client, one_screen, django_capture_on_commit_callbacks
    ):
        """Below the pass mark nobody gets a certificate."""
        self.team_answers(facilitator_client, one_screen, [wrong_key(q) for q in one_screen.questions])
        with django_capture_on_commit_callbacks(execute=True):
            end_session(one_screen, [{"full_name": "Dewi", "email": "dewi@example.org"}])
        assert Participant.objects.get().passed is False
        assert not Certificate.objects.exists() and not mail.outbox

    def test_the_attendance_list_needs_a_name_and_no_duplicate_emails(self, facilitator_client, one_screen):
        """Duplicate addresses and a tampered form count are refused without ending the session."""
        self.team_answers(facilitator_client, one_screen, [right_key(q) for q in one_screen.questions])
        data = {
            "present-TOTAL_FORMS": "2",
            "present-INITIAL_FORMS": "0",
            "present-0-full_name": "Dewi",
            "present-0-email": "dewi@example.org",
            "present-1-full_name": "Dewi 2",
            "present-1-email": "DEWI@example.org",
        }
        response = facilitator_client.post(reverse("team_sessions:end", args=[one_screen.uuid]), data)
        assert response.status_code == 400 and "staat er twee keer in" in response.content.decode()
        one_screen.refresh_from_db()
        assert one_screen.stage == "revealed" and not Participant.objects.exists()
        # A tampered form count cannot make the list longer than a session's capacity.
        data["present-TOTAL_FORMS"] = "100000"
        response = facilitator_client.post(reverse("team_sessions:end", args=[one_screen.uuid]), data)
        assert response.status_code == 400 and not Participant.objects.exists()

    @pytest.mark.parametrize(
        "counts",
        [
            {"present-TOTAL_FORMS": "abc"},
            {"present-TOTAL_FORMS": ""},
            {"present-TOTAL_FORMS": None},
            {"present-TOTAL_FORMS": "-1"},
            {"present-TOTAL_FORMS": "1"},
            {"present-TOTAL_FORMS": "99999999999999999999"},
            {"present-INITIAL_FORMS": "<script>"},
            {"present-MAX_NUM_FORMS": "x"},
        ],
        ids=["letters", "empty", "missing", "negative", "fewer-than-typed", "huge", "initial", "max"],
    )
    def test_a_broken_form_count_gets_a_plain_message_and_keeps_what_was_typed(
        self, facilitator_client, one_screen, counts
    ):
        """Tampered hidden form counts: 400, a Dutch message (no "Verborgen veld"), the typed rows still there."""
        self.team_answers(facilitator_client, one_screen, [right_key(q) for q in one_screen.questions])
        data = {
            "present-TOTAL_FORMS": "3",
            "present-INITIAL_FORMS": "0",
            "present-0-full_name": "Dewi Pranoto",
            "present-0-email": "dewi@example.org",
            "present-2-full_name": "Erik Vos",
        }
        data.update(counts)
        data = {key: value for key, value in data.items() if value is not None}
        response = facilitator_client.post(reverse("team_sessions:end", args=[one_screen.uuid]), data)
        html = response.content.decode()
        assert response.status_code == 400
        assert "Het formulier is niet goed aangekomen." in html
        assert "TOTAL_FORMS" not in html.replace('name="present-TOTAL_FORMS"', "").replace(
            'id="id_present-TOTAL_FORMS"', ""
        )
        assert "Verborgen veld" not in html and "ManagementForm" not in html
        assert 'value="Dewi Pranoto"' in html and 'value="dewi@example.org"' in html and 'value="Erik Vos"' in html
        one_screen.refresh_from_db()
        assert one_screen.stage == "revealed" and not Participant.objects.exists()


class TestDecisionPath:
    def test_a_phone_walks_the_path_and_the_reveal_shows_the_ends(self, facilitator, catalogue, facilitator_client):
        """A decision path is answered step by step; the reveal counts the ends reached."""
        quiz = QuizPageFactory(parent=catalogue.school, questions=[PathQuestionFactory()], slug="pad")
        session = start_session(facilitator, quiz, "Team")
        anna = phone(session, "Anna")
        control(facilitator_client, session, "start")
        shown = facilitator_client.get(reverse("team_sessions:present", args=[session.uuid])).content.decode()
        assert "Apart gaan praten" in shown and "De baas aanspreken" in shown  # the first step, on the big screen
        question = session.questions[0]
        start, apart = question["steps"]
        go_apart = next(c for c in start["choices"] if c["next_step"] == "apart")
        interpreter = next(c for c in apart["choices"] if c["end_score"] == 100)
        url = reverse("team_sessions:answer", args=[session.code])
        anna.post(url, {"position": 1, "step": "start", "choice": go_apart["key"]})
        assert "Eerder gekozen" in anna.get(reverse("team_sessions:join", args=[session.code])).content.decode()
        anna.post(url, {"position": 1, "step": "apart", "choice": interpreter["key"]})
        assert SessionAnswer.objects.get().completed
        control(facilitator_client, session, "reveal")
        html = facilitator_client.get(reverse("team_sessions:present", args=[session.uuid])).content.decode()
        assert "Met een onafhankelijke tolk" in html and "1 keer gekozen (100%)" in html
        # The whole path, with where each choice leads, to discuss it step by step.
        assert "Het hele beslispad bekijken" in html and "Apart gaan praten" in html
        assert "einde, 0 punten" in html

    @pytest.mark.parametrize("step", ["nope", "a\x00b", "x" * 10_000, "<script>alert(1)</script>"])
    def test_a_tampered_step_on_a_phone_is_not_an_answer(self, facilitator, catalogue, facilitator_client, step):
        """A phone sending a made-up step gets 400 "does not belong to this question"; a real chosen step 409."""
        quiz = QuizPageFactory(parent=catalogue.school, questions=[PathQuestionFactory()], slug="pad")
        session = start_session(facilitator, quiz, "Team")
        anna = phone(session, "Anna")
        control(facilitator_client, session, "start")
        start, _apart = session.questions[0]["steps"]
        go_apart = next(c for c in start["choices"] if c["next_step"] == "apart")
        url = reverse("team_sessions:answer", args=[session.code])
        response = anna.post(url, {"position": 1, "step": step, "choice": go_apart["key"]})
        html = response.content.decode()
        assert response.status_code == 400 and "Dit antwoord hoort niet bij deze vraag." in html
        assert "Je eerste keuze telt" not in html and not SessionAnswer.objects.exists()
        anna.post(url, {"position": 1, "step": "start", "choice": go_apart["key"]})
        response = anna.post(url, {"position": 1, "step": "start", "choice": go_apart["key"]})
        assert response.status_code == 409 and "Je eerste keuze telt" in response.content.decode()
        assert len(SessionAnswer.objects.get().path) == 1


class TestRetention:
    def test_old_participants_without_an_account_are_deleted_and_certificates_stay(
        self, session, learner, django_capture_on_commit_callbacks, settings
    ):
        """The purge deletes old participants without an account and their mail; certificates stay."""
        settings.TEAM_SESSION_RETENTION_DAYS = 90
        anon, _ = join(session, "Anna", full_name="Anna de Jong", email="anna@example.org")
        member, _ = join(session, "Łukasz", user=learner)
        for participant in (anon, member):
            answer_everything_right(session, participant)
        with django_capture_on_commit_callbacks(execute=True):
            end_session(session)
        assert Certificate.objects.count() == 2
        fresh = start_session(session.facilitator, session.quiz, "Nieuw team")
        join(fresh, "Recent")

        assert purge_participants(now=timezone.now() + timedelta(days=89)) == 0
        assert purge_participants(now=timezone.now() + timedelta(days=91)) == 2  # Anna, and "Recent" never ended
        assert list(Participant.objects.values_list("display_name", flat=True)) == ["Łukasz"]
        assert SessionAnswer.objects.filter(participant__user__isnull=True).count() == 0
        assert Certificate.objects.count() == 2
        assert not OutgoingEmail.objects.filter(to="anna@example.org").exists()
        kept = Certificate.objects.get(email="anna@example.org")
        assert kept.participant is None and kept.full_name == "Anna de Jong" and kept.revoked_at is None
        session.refresh_from_db()
        assert session.participant_count == 2 and session.purged_at is not None

    def test_the_command_runs(self, session):
        """The scheduled command reports what it removed."""
        from io import StringIO

        from django.core.management import call_command

        out = StringIO()
        call_command("purge_team_participants", stdout=out)
        assert "Removed 0 participant(s) older than 90 days." in out.getvalue()


def test_a_session_asks_the_questions_in_the_facilitator_guide(facilitator, catalogue):
    """Random draws use the guide's fixed seed, so the facilitator prepares the very questions the team gets."""
    from quizzes.models import QuizDraw
    from quizzes.services import preview_questions

    quiz = QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory(title="Vast")], slug="met-trekking")
    for n in range(6):
        QuestionFactory(title=f"Bank {n}")
    QuizDraw.objects.create(quiz=quiz, count=2)
    guide_titles = [q["title"] for q in preview_questions(quiz)]
    assert len(guide_titles) == 3
    for _ in range(3):
        session = start_session(facilitator, quiz, "Team")
        assert [q["title"] for q in session.questions] == guide_titles


class TestFacilitatorTools:
    def test_the_facilitator_removes_a_participant(self, facilitator_client, session):
        """An unwelcome name leaves the big screen; that phone sees the join form again."""
        rude = phone(session, "Rude name")
        keep = phone(session, "Anna")
        participant = Participant.objects.get(display_name="Rude name")
        url = reverse("team_sessions:participants", args=[session.uuid])
        assert "Haal Rude name weg" in facilitator_client.get(url).content.decode()
        response = facilitator_client.post(url, {"participant": participant.pk, "confirm": "1"})
        assert response.status_code == 302
        assert list(Participant.objects.values_list("display_name", flat=True)) == ["Anna"]
        assert "Doe mee" in rude.get(reverse("team_sessions:join", args=[session.code])).content.decode()
        assert "Welkom, Anna" in keep.get(reverse("team_sessions:join", args=[session.code])).content.decode()

    def test_a_removed_phone_is_told_by_itself_and_its_answer_is_not_stored(self, facilitator_client, session):
        """The removed phone's next poll reloads it (not a 404 the page ignores): the join page says its seat
        is gone. An answer it still sends goes to that page too, and nothing is stored."""
        rude = phone(session, "Rude name")
        facilitator_client.post(
            reverse("team_sessions:participants", args=[session.uuid]),
            {"participant": Participant.objects.get(display_name="Rude name").pk, "confirm": "1"},
        )
        polled = rude.get(reverse("team_sessions:phone_status", args=[session.code]), {"stage": "lobby-0"})
        assert polled.status_code == 204
        page = rude.get(polled["HX-Redirect"])
        assert page.status_code == 200 and "Dit apparaat heeft geen plek meer" in page.content.decode()
        control(facilitator_client, session, "start")
        session.refresh_from_db()
        sent = answer(rude, session, right_key(session.questions[0]))
        assert sent.status_code == 302 and sent["Location"] == reverse("team_sessions:join", args=[session.code])
        assert not SessionAnswer.objects.exists()
        stranger = Client().get(reverse("team_sessions:phone_status", args=[session.code]), {"stage": "lobby-0"})
        assert stranger.status_code == 404  # a phone that never had a seat learns nothing

    def test_two_people_cannot_show_the_same_name(self, session):
        """A second "Anna" (any case, extra spaces, a zero-width space) is asked for another name at the field;
        the same person coming back with their address keeps their seat."""
        phone(session, "Anna", full_name="Anna de Jong", email="anna@example.org")
        for same in ("anna", "  ANNA ", "An\u200bna", "An\u200dna"):
            response = Client().post(reverse("team_sessions:join", args=[session.code]), {"display_name": same})
            assert response.status_code == 400, same
            assert "Iemand in deze sessie heet al Anna." in str(response.context["form"].errors["display_name"])
        assert Participant.objects.count() == 1
        phone(session, "Anna B")
        phone(session, "Anna", full_name="Anna de Jong", email="anna@example.org")  # her seat, taken back
        assert sorted(Participant.objects.values_list("display_name", flat=True)) == ["Anna", "Anna B"]

    def test_phones_label_the_options_as_the_big_screen_does(self, facilitator_client, session):
        """Asked "Wie koos B?", the phone shows the same letters before the options as the projector."""
        anna = phone(session, "Anna")
        control(facilitator_client, session, "start")
        big = facilitator_client.get(reverse("team_sessions:present", args=[session.uuid])).content.decode()
        small = anna.get(reverse("team_sessions:join", args=[session.code])).content.decode()
        session.refresh_from_db()
        for letter, choice in zip("ABC", session.question_at(1).choices, strict=False):
            expected = f'<span class="lk-options__letter">{letter}</span> <span lang="nl">{choice["text"]}</span>'
            assert expected in big
            assert f'<span class="lk-options__letter">{letter}</span> {choice["text"]}</label>' in small

    def test_removing_someone_from_another_session_changes_nothing(self, facilitator_client, session, quiz):
        """A tampered id, or a participant of another session, is refused with a message."""
        other = start_session(session.facilitator, quiz, "Ander team")
        stranger, _ = join(other, "Vreemde")
        url = reverse("team_sessions:participants", args=[session.uuid])
        for value in (stranger.pk, "abc", ""):
            response = facilitator_client.post(url, {"participant": value, "confirm": "1"}, follow=True)
            assert "doet niet (meer) mee" in response.content.decode()
        assert Participant.objects.filter(pk=stranger.pk).exists()

    def test_ending_early_warns_that_unasked_questions_count_as_wrong(self, facilitator_client, session):
        """Stopping after question 1 of 2 says what that does to the scores."""
        control(facilitator_client, session, "start")
        html = facilitator_client.get(reverse("team_sessions:end", args=[session.uuid])).content.decode()
        assert "De groep heeft 1 van de 2 vragen nog niet gehad" in html

    def test_the_summary_of_a_session_ended_early_says_how_far_it_got(self, facilitator_client, session):
        """Ended after question 1 of 2: "Vaakst gemist" listed only question 1 as if it were the whole quiz.
        The summary says 1 of 2 questions were asked, and question 2 reads "niet gesteld" instead of 0 answers."""
        anna = phone(session, "Anna")
        control(facilitator_client, session, "start")
        answer(anna, session, wrong_key(session.questions[0]))
        end_session(session)
        html = facilitator_client.get(reverse("team_sessions:summary", args=[session.uuid])).content.decode()
        # The scores count the unasked question as wrong (the end page warned): the summary does not say otherwise.
        assert "De sessie is na vraag 1 van 2 afgerond." in html
        assert "In de scores tellen de andere vragen als fout." in html and "Alleen de gestelde vragen" not in html
        assert "<dt>Vragen gesteld</dt><dd>1 van 2</dd>" in html
        assert html.count("niet gesteld") == 1

    def test_after_the_last_reveal_the_bar_has_no_second_way_to_end(self, facilitator_client, session):
        """On the last question's reveal the slide's "Sessie afronden" is the way on; the bar's "Sessie nu
        afronden" (for ending early) is not shown beside it. Before that, the bar has it."""
        phone(session, "Anna")
        control(facilitator_client, session, "start")
        url = reverse("team_sessions:present", args=[session.uuid])
        assert "Sessie nu afronden" in facilitator_client.get(url).content.decode()
        control(facilitator_client, session, "reveal")
        assert "Sessie nu afronden" in facilitator_client.get(url).content.decode()
        control(facilitator_client, session, "next")
        assert "Sessie nu afronden" in facilitator_client.get(url).content.decode()
        control(facilitator_client, session, "reveal")
        page = facilitator_client.get(url).content.decode()
        assert "Sessie afronden" in page and "Sessie nu afronden" not in page

    def test_the_summary_shows_the_pass_mark_as_a_dutch_reader_expects(self, facilitator_client, session):
        """The pass mark reads "slagingsgrens 72,5%", not "72,50%"."""
        phone(session, "Anna")
        control(facilitator_client, session, "start")
        TeamSession.objects.filter(pk=session.pk).update(pass_mark=Decimal("72.50"))
        session.refresh_from_db()
        end_session(session)
        html = facilitator_client.get(reverse("team_sessions:summary", args=[session.uuid])).content.decode()
        assert "slagingsgrens 72,5%" in html and "72,50" not in html

    def test_a_phone_whose_session_ended_early_says_why_the_score_is_low(self, facilitator_client, session):
        """The phone of a session ended after question 1 of 2 says the unasked question counts as wrong, instead
        of a bare "Je score: 50%" and "niet gehaald"; a session that ran to the end says nothing of the kind."""
        anna = phone(session, "Anna")
        control(facilitator_client, session, "start")
        answer(anna, session, right_key(session.questions[0]))
        end_session(session)
        html = anna.get(reverse("team_sessions:join", args=[session.code])).content.decode()
        assert "Je score: 50%" in html
        assert "De begeleider heeft de sessie na vraag 1 van 2 afgerond." in html
        assert "De vragen die niet aan bod kwamen, tellen in je score als fout." in html

    def test_a_phone_whose_session_ran_to_the_end_has_no_early_end_note(self, facilitator_client, session):
        """All questions asked: no note about questions that did not come up."""
        anna = phone(session, "Anna")
        control(facilitator_client, session, "start")
        for number, question in enumerate(session.questions):
            answer(anna, session, right_key(question))
            control(facilitator_client, session, "reveal")
            if number < len(session.questions) - 1:
                control(facilitator_client, session, "next")
        end_session(session)
        html = anna.get(reverse("team_sessions:join", args=[session.code])).content.decode()
        assert "Je score: 100%" in html and "niet aan bod" not in html

    def test_more_rows_keep_what_was_typed(self, facilitator_client, facilitator, quiz):
        """Making the attendance list longer keeps the names already filled in."""
        one_screen = start_session(facilitator, quiz, "Team", mode=TeamSession.Mode.ONE_SCREEN)
        data = {
            "present-TOTAL_FORMS": "15",
            "present-INITIAL_FORMS": "0",
            "present-0-full_name": "Dewi Pranoto",
            "present-0-email": "dewi@example.org",
            "more_rows": "1",
        }
        response = facilitator_client.post(reverse("team_sessions:end", args=[one_screen.uuid]), data)
        html = response.content.decode()
        assert response.status_code == 200 and 'value="Dewi Pranoto"' in html
        assert 'name="present-29-full_name"' in html and "Controleer de lijst" not in html
        one_screen.refresh_from_db()
        assert not one_screen.has_ended

    def test_the_summary_keeps_its_figures_after_the_purge(self, facilitator_client, session):
        """The questions missed most stay in the summary when the participants' data is gone."""
        anna = phone(session, "Anna")
        control(facilitator_client, session, "start")
        answer(anna, session, wrong_key(session.questions[0]))
        end_session(session)
        purge_participants(now=timezone.now() + timedelta(days=91))
        html = facilitator_client.get(reverse("team_sessions:summary", args=[session.uuid])).content.decode()
        assert "Vaakst gemist" in html and "0% goed" in html
        assert "gegevens van deelnemers zonder account zijn na de bewaartermijn gewist" in html


@pytest.mark.django_db
@pytest.mark.parametrize("logged_in", [False, True])
def test_a_broken_claim_link_gets_the_sites_404_with_a_way_on(client, home_page, logged_in):
    """A mangled claim link gets the site's own 404 page (menu and all) with the message and a link that fits:
    log in, or the learner's own overview. Not the phones' page with only "Een code invullen"."""
    if logged_in:
        client.force_login(UserFactory())
    response = client.get(reverse("team_sessions:claim_certificate", args=["niet-echt.abc"]))
    html = response.content.decode()
    assert response.status_code == 404
    assert "Vraag de begeleider van de sessie om het certificaat opnieuw te sturen." in html
    assert "Een code invullen" not in html
    way_on = (
        (reverse("courses:dashboard"), "Naar je leeromgeving") if logged_in else (reverse("account_login"), "Inloggen")
    )
    assert '<li><a class="utrecht-link" href="{}">{}</a></li>'.format(*way_on) in html


@pytest.mark.django_db
def test_the_claim_link_does_not_carry_the_address(session, django_capture_on_commit_callbacks):
    """The claim link proves the address without showing it: base64 in a link is readable in a browser's
    history and a web server's log. A link mailed before this change (with the address) still works until it
    expires; a link for another address does not."""
    import base64

    from django.core import signing

    from certificates.issuing import CLAIM_SALT, certificate_for_claim

    participant, _token = join(session, "Anna", full_name="Anna de Jong", email="anna.dejong@example.org")
    answer_everything_right(session, participant)
    with django_capture_on_commit_callbacks(execute=True):
        end_session(session)
    certificate = Certificate.objects.get()
    token = re.search(r"/certificaat-ophalen/([^/\s]+)/", mail.outbox[0].body).group(1)
    payload = token.split(":")[0]
    decoded = base64.urlsafe_b64decode(payload.lstrip(".") + "=" * (-len(payload.lstrip(".")) % 4))
    assert b"anna" not in decoded.lower() and b"example" not in decoded.lower()
    assert certificate_for_claim(token) == certificate
    old_style = signing.dumps({"c": certificate.pk, "e": "anna.dejong@example.org"}, salt=CLAIM_SALT)
    assert certificate_for_claim(old_style) == certificate
    other = signing.dumps({"c": certificate.pk, "a": "0" * 20}, salt=CLAIM_SALT)
    assert certificate_for_claim(other) is None


class TestExistingAccounts:
    def pass_session(self, session, **seat):
        participant, _token = join(session, "Łukasz", **seat)
        answer_everything_right(session, participant)
        end_session(session)
        return participant

    def test_a_typed_address_of_an_account_does_not_put_the_certificate_in_it(
        self, session, learner, client, django_capture_on_commit_callbacks
    ):
        """Someone types another person's address: that account gets nothing, not at log-in either, until its
        owner follows the claim link; then the certificate carries the account's name, not the stranger's."""
        with django_capture_on_commit_callbacks(execute=True):
            self.pass_session(session, full_name="Een Vreemde", email=learner.email.upper())
        certificate = Certificate.objects.get()
        assert certificate.learner is None and Participant.objects.get().user is None
        body = mail.outbox[0].body
        assert mail.outbox[0].to == [learner.email.upper()] and "/certificaat-ophalen/" in body
        client.post(reverse("account_login"), {"login": learner.email, "password": "correct-horse-battery"})
        certificate.refresh_from_db()
        assert certificate.learner is None, "logging in claims nothing"
        assert valid_certificate(learner, session.course) is None
        claim_path = claim_path_in(body)
        client.force_login(learner)
        html = client.get(claim_path).content.decode()
        assert "De naam van mijn account" in html and "Een Vreemde" in html
        client.post(claim_path, {"name": "account"})
        certificate.refresh_from_db()
        assert certificate.learner == learner and certificate.full_name == learner.full_name

    def test_the_claim_link_needs_a_verified_equal_address(self, session, learner, django_capture_on_commit_callbacks):
        """An account with another address, or the same one unconfirmed, cannot claim with the link."""
        with django_capture_on_commit_callbacks(execute=True):
            self.pass_session(session, full_name="Łukasz Żółć", email=learner.email)
        claim_path = claim_path_in(mail.outbox[0].body)
        other = Client()
        other.force_login(UserFactory(email="iemand.anders@example.org"))
        assert other.post(claim_path).status_code == 403
        EmailAddress.objects.filter(user=learner).update(verified=False)
        owner = Client()
        owner.force_login(learner)
        assert owner.post(claim_path).status_code == 403
        assert Certificate.objects.get().learner is None
        assert Client().get(claim_path[:-5] + "xxxx/").status_code == 404, "a forged token"

    def test_logged_in_with_another_account_the_claim_page_offers_to_switch(
        self, session, learner, django_capture_on_commit_callbacks
    ):
        """A tester opened the link while logged in as someone else: the refusal had no way on but the menu.
        The page now has "Uitloggen en een ander account gebruiken", which logs out and comes back to the
        link, where "Inloggen" and "Account maken" wait; the certificate stays unclaimed."""
        with django_capture_on_commit_callbacks(execute=True):
            self.pass_session(session, full_name="Eva Jansen", email="eva@example.net")
        claim_path = claim_path_in(mail.outbox[0].body)
        client = Client()
        client.force_login(learner)
        response = client.get(claim_path)
        html = response.content.decode()
        assert response.status_code == 403
        form = html.split(f'<form action="{reverse("account_logout")}" method="post" class="lk-present__actions"')[1]
        form = form.split("</form>")[0]
        assert f'name="next" value="{claim_path}"' in form
        assert "Uitloggen en een ander account gebruiken" in form
        response = client.post(reverse("account_logout"), {"next": claim_path})
        assert response.status_code == 302 and response["Location"] == claim_path
        html = client.get(claim_path).content.decode()
        assert "Inloggen" in html and "Account maken" in html and "Uitloggen en een ander" not in html
        assert Certificate.objects.get().learner is None

    def test_a_participant_who_holds_a_valid_certificate_gets_no_second_one(
        self, session, learner, facilitator_client, django_capture_on_commit_callbacks
    ):
        """The summary says they had one already, instead of claiming an e-mail went out."""
        Certificate.objects.create(
            learner=learner,
            course=session.course,
            full_name="Łukasz Żółć",
            email=learner.email,
            course_title="Module",
            valid_until=timezone.localdate() + timedelta(days=100),
        )
        with django_capture_on_commit_callbacks(execute=True):
            self.pass_session(session, user=learner)
        assert Certificate.objects.count() == 1 and not mail.outbox
        html = facilitator_client.get(reverse("team_sessions:summary", args=[session.uuid])).content.decode()
        assert "had al een geldig certificaat" in html


def test_switching_language_after_a_refused_answer_goes_back_to_the_phone_page(facilitator_client, session):
    """An answer sent without a choice comes back at /antwoord/; the language switch there sent the phone to that
    POST-only address (405, a dead end). It now goes back to the page the form was on."""
    anna = phone(session, "Anna")
    control(facilitator_client, session, "start")
    page = reverse("team_sessions:join", args=[session.code])
    session.refresh_from_db()
    response = anna.post(
        reverse("team_sessions:answer", args=[session.code]),
        {"position": session.position},
        HTTP_REFERER=f"http://testserver{page}",
    )
    assert response.status_code == 400
    next_value = re.search(r'name="next" value="([^"]*)"', response.content.decode()).group(1)
    assert next_value.endswith(page) and "antwoord" not in next_value
